"""Session 15 plausibility shapes, in sentences of our own: an oil producer's output far beyond its own highest
year (oil_peaks.csv, FC209), an economy opening the sentence with its country named after it (FC203), and a crowd
larger than its ground (stadiums.csv, FC213). Each shape has near misses that must stay silent."""
from __future__ import annotations

import pytest

import factcheck


def rules_of(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


# ---------------------------------------------------------------- oil output against the producer's own peak

def test_a_country_pumping_ten_times_its_best_year_is_flagged_with_the_slip():
    text = "Angola's crude production recovered to 11.2 million barrels a day in March, the oil ministry said."
    found = [f for f in factcheck.check(text, date="2024-04-10", country="AO") if f.rule == "FC209"]
    assert [f.text for f in found] == ["11.2 million barrels a day"]
    assert "Angola's highest yearly output" in found[0].message
    assert "1.12 million barrels a day" in found[0].message


def test_unnamed_output_in_a_story_about_one_producer_is_that_producers():
    text = ("Algeria's oil sector is recovering from years of underinvestment. "
            "Crude output averaged 9.6 million barrels a day in the first quarter, Sonatrach said.")
    assert ("FC209", "9.6 million barrels a day") in rules_of(text, "2024-05-02", "DZ")


@pytest.mark.parametrize("text, country", [
    # the figure right
    ("Angola's crude production recovered to 1.12 million barrels a day in March, the oil ministry said.", "AO"),
    # an old peak, within the record
    ("Libya was pumping more than 3 million barrels a day by 1970, before output was cut.", "LY"),
    # a target within three times the best year
    ("Nigeria's oil output will reach 4 million barrels a day by 2030, the minister said.", "NG"),
    # another country named in the story before the unnamed figure: its owner is unsure
    ("Algeria and Saudi Arabia met in Algiers. Crude output averaged 9.6 million barrels a day in the first "
     "quarter, officials said.", "DZ"),
    # a producer without a peak row falls back to the largest producer's record
    ("Guyana's output rose to 9.6 million barrels a day, the ministry said.", "GY"),
])
def test_oil_output_near_misses_stay_silent(text, country):
    assert not [r for r, _ in rules_of(text, "2024-05-02", country) if r == "FC209"]


# ---------------------------------------------------------------- an economy opening the sentence

def test_an_economy_opening_the_sentence_belongs_to_the_country_named_after_it():
    text = ("Kenya and Uganda signed a trade deal. With the region's largest economy, worth some $1.1 trillion, "
            "Kenya hosts most of the bloc's banks.")
    assert ("FC203", "$1.1 trillion") in rules_of(text, "2024-03-01", "KE")


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a trade deal. With the region's largest economy, worth some $110bn, Kenya hosts most "
    "of the bloc's banks.",
    # the country after the opening phrase is not the subject of the sentence
    "Kenya and Uganda signed a trade deal. With an economy worth $1.1 trillion, the bloc courts Kenya's banks.",
])
def test_an_economy_opening_the_sentence_near_misses(text):
    assert not [r for r, _ in rules_of(text, "2024-03-01", "KE") if r == "FC203"]


# ---------------------------------------------------------------- a crowd larger than its ground

def test_a_crowd_twice_the_ground_is_flagged_with_the_slipped_digit():
    text = "France beat Ireland in front of a crowd of 178,400 at the Stade de France on Saturday."
    found = [f for f in factcheck.check(text, date="2024-02-03", country="FR") if f.rule == "FC213"]
    assert [f.text for f in found] == ["178,400"]
    assert "78,400" in found[0].message


def test_a_crowd_written_as_fans_after_the_figure():
    text = "Some 690,000 supporters packed the Allianz Arena for the title decider."
    assert ("FC213", "Some 690,000 supporters") in rules_of(text, "2024-05-20", "DE")


@pytest.mark.parametrize("text", [
    "France beat Ireland in front of a crowd of 78,400 at the Stade de France on Saturday.",
    # a tournament's total, people outside, television
    "The Stade de France drew 1.2 million spectators across the season's matches.",
    "About 300,000 fans lined the streets outside the Allianz Arena after the final.",
    "The final at Lusail Stadium was watched by 1.5 billion viewers on television.",
    # a ground the table does not list
    "A crowd of 150,000 filled the Maracana for the 1950 decider.",
])
def test_crowd_near_misses_stay_silent(text):
    assert not [r for r, _ in rules_of(text, "2024-05-20", "FR") if r == "FC213"]
