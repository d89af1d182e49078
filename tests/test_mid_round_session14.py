"""Readings from session 14's b147-b150 (scored unseen first, then read): an amount said again with its digits
swapped past a count of other things with the same digits ("The 12-metre buses") and a fraction ("a third as
much"); "N years since" a storm by its full name; "N years after the <event> of <date>" counted to the story's
day; and the near misses that raised false alarms there: an age at a moment ("at the age of 11, when ..."), two
things of a kind told apart by their words ("main runway" ... "crosswind runway"), "more than four decades"."""
import pytest

import factcheck


def _found(text: str, date: str, country: str, category: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


_BUSES = ("The transport authority took delivery of the first 40 of 250 electric buses under an order worth "
          "E£3.4 billion ($219 million). The 12-metre buses carry up to 85 passengers, about a third as many as a "
          "tram. The {amount} contract also covers eight years of maintenance.")


def test_an_amount_swapped_past_a_count_with_the_same_digits_is_read_back():
    assert _found(_BUSES.format(amount="E£4.3 billion"), "2023-01-11", "EG", "consistency") == ["E£4.3 billion"]


def test_the_amount_said_again_right_is_silent():
    assert not _found(_BUSES.format(amount="E£3.4 billion"), "2023-01-11", "EG", "consistency")


@pytest.mark.parametrize(("text", "found"), [
    ("Tacloban marked 12 years since Super Typhoon Yolanda on Wednesday.", ["12 years"]),
    ("Tacloban marked 10 years since Super Typhoon Yolanda on Wednesday.", []),
])
def test_years_since_a_storm_by_its_full_name(text, found):
    assert _found(text, "2023-11-08", "PH", "date") == found


@pytest.mark.parametrize(("text", "found"), [
    ("The port on Thursday opened a new sea wall, 11 years after the magnitude 7.1 earthquake of 4 March 2010 "
     "destroyed the old one.", ["11 years"]),
    ("The port on Thursday opened a new sea wall, 15 years after the magnitude 7.1 earthquake of 4 March 2010 "
     "destroyed the old one.", []),
    # no news day: the count may run to another time of the story
    ("The port opened a new sea wall 11 years after the magnitude 7.1 earthquake of 4 March 2010.", []),
])
def test_years_after_the_event_of_a_date_count_to_the_story_day(text, found):
    assert _found(text, "2025-03-06", "CL", "date") == found


@pytest.mark.parametrize(("text", "found"), [
    ("Ibarra was born on 3 June 1961 in Salta and began singing at the age of nine, when her aunt took her to "
     "a choir. She died on Monday at the age of 62.", []),
    ("Ibarra was born on 3 June 1961 in Salta and began singing at the age of 9, when her aunt took her to a "
     "choir.", []),
    ("Ibarra was born on 3 June 1961 in Salta. She died on Monday at the age of 52.", ["at the age of 52"]),
])
def test_an_age_at_a_moment_is_no_age_now(text, found):
    assert _found(text, "2024-03-06", "AR", "date") == found


@pytest.mark.parametrize(("text", "found"), [
    ("The grant will pay for resurfacing its 9,000-foot main runway. During the work, flights will use the "
     "6,100-foot crosswind runway.", []),
    ("The grant will pay for resurfacing its 9,000-foot main runway. During the work, flights will use the "
     "6,100-foot runway.", ["6,100-foot runway"]),
])
def test_two_things_of_a_kind_told_apart_by_their_words(text, found):
    assert _found(text, "2024-03-06", "US", "consistency") == found


@pytest.mark.parametrize(("text", "found"), [
    ("It has been more than four decades since the 1980 eruption of Mount St. Helens.", []),
    ("It has been more than six decades since the 1980 eruption of Mount St. Helens.", ["more than six decades"]),
])
def test_more_than_n_decades_is_a_lower_bound(text, found):
    assert _found(text, "2025-05-15", "US", "date") == found


@pytest.mark.parametrize(("text", "found"), [
    ("Officials paraded through the capital, which sits at about 13,500 metres above sea level.", ["13,500 metres"]),
    ("Officials paraded through the capital, which sits at about 1,350 metres above sea level.", []),
    # what flies may be higher than any mountain
    ("The balloon reached 12,500 metres above sea level before it burst.", []),
])
def test_a_place_above_sea_level_is_below_everest(text, found):
    assert _found(text, "2023-05-29", "NP", "plausibility") == found


@pytest.mark.parametrize(("text", "found"), [
    ("A court on Tuesday convicted five people and acquitted three in the trial of eight defendants. All six "
     "defendants had pleaded not guilty.", ["six defendants"]),
    ("A court on Tuesday convicted five people and acquitted three in the trial of eight defendants. All eight "
     "defendants had pleaded not guilty.", []),
    # a small count without "all" may have grown: one more may have been charged
    ("A court on Tuesday convicted five people and acquitted three in the trial of eight defendants. The six "
     "defendants who appealed were freed on bail.", []),
])
def test_all_n_of_a_small_count_is_the_whole(text, found):
    assert _found(text, "2022-11-23", "GH", "consistency") == found


@pytest.mark.parametrize(("text", "found"), [
    # a mayor's "we": the council's people, no country's
    ('"We have 1,200 kilometres of road and a population of 31,000," the mayor said.', []),
    # a speaker for the nation keeps the country's bounds
    ('"Our population of 14 crore is young," the minister said.', ["14 crore"]),
    ("The shire has a population of 31,000, the council said.", []),
])
def test_a_speakers_own_population(text, found):
    assert _found(text, "2024-01-01", "IN" if "crore" in text else "AU", "plausibility") == found
