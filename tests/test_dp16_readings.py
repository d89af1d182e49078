"""Session 16 (helper dp16): five shapes of date and plausibility copy, each with near misses that stay silent.

- a working life longer than the calendar allows: "The bridge, opened in 1971, ... after 64 years of service"
  when the story reaches no later than 2026;
- an age written "at 79 still ..." beside the person's birth year;
- "its 70th Independence Day" against the independence the story dates;
- a learned age that belongs to another person, named in full with an age of their own;
- a year's remittances into one country larger than its whole economy.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str = "GB", category: str | None = None):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if category is None or f.category == category]


# -- a working life beyond the calendar -----------------------------------------------------------------------------

SERVICE_STORY = ("The old swing bridge over the estuary, opened in 1971, will be pulled down once the new crossing "
                 "is ready, after {n} years of service.\n\nThe new crossing is due to open in 2026, the county said.")


def test_service_longer_than_the_story_reaches_is_flagged():
    hits = found(SERVICE_STORY.format(n=64), "2024-03-10", "GB", "date")
    assert any(text.startswith("64 years") for _, text in hits), hits


@pytest.mark.parametrize("n", [53, 54, 55])
def test_service_that_fits_is_silent(n):
    assert found(SERVICE_STORY.format(n=n), "2024-03-10", "GB", "date") == []


def test_service_that_ended_long_ago_is_silent():
    # a closing the sentence does not date may have come any time after the opening: only "too long" is a slip
    text = "The pumping station, built in 1958, was shut after 30 years of operation and now houses a museum."
    assert found(text, "2024-03-10", "GB", "date") == []


def test_service_of_another_thing_than_the_dated_one_is_silent():
    text = ("The depot opened in 1990.\n\nThe last of the old trams was retired after 70 years of service, "
            "the operator said.")
    assert found(text, "2024-03-10", "GB", "date") == []


# -- "at 79 still ..." --------------------------------------------------------------------------------------------

def test_age_written_at_n_still_against_the_birth_year():
    text = ("Rosa Quintero, who was born in 1951 and at 79 still milks her cows by hand, said the dry months "
            "had been the worst she could remember.")
    hits = found(text, "2024-05-02", "CO", "date")
    assert any("79" in t for _, t in hits), hits


@pytest.mark.parametrize("text", [
    "Rosa Quintero, who was born in 1951 and at 73 still milks her cows by hand, said the dry months were hard.",
    "Rosa Quintero, who was born in 1951 and at 72, still milks her cows by hand, said the dry months were hard.",
    "The reservoir, built in 1951, stood at 79 still on Monday, well above last year's level.",
])
def test_age_at_n_still_near_misses(text):
    assert found(text, "2024-05-02", "CO", "date") == []


# -- the Nth Independence Day ----------------------------------------------------------------------------------------

INDEPENDENCE_STORY = ("Ghana marked its {nth} Independence Day on Wednesday with a parade in Accra.\n\n"
                      "The country won independence from Britain on 6 March 1957, the first in sub-Saharan Africa.")


def test_independence_day_count_against_the_dated_independence():
    hits = found(INDEPENDENCE_STORY.format(nth="70th"), "2024-03-07", "GH", "date")
    assert ("FC503", "70th") in hits, hits


@pytest.mark.parametrize("nth", ["67th", "68th", "66th"])
def test_independence_day_count_that_fits_either_way_of_counting(nth):
    # the 67th anniversary, or the 68th celebration counting 1957's own day as the first
    assert found(INDEPENDENCE_STORY.format(nth=nth), "2024-03-07", "GH", "date") == []


def test_independence_day_without_a_dated_independence_is_silent():
    text = "Ghana marked its 70th Independence Day on Wednesday with a parade in Accra, the first since the vote."
    assert found(text, "2024-03-07", "GH", "date") == []


def test_another_national_day_is_not_counted_from_independence():
    text = ("Kuwait marks its 63rd National Day on Sunday.\n\n"
            "The emirate gained independence from Britain in 1961.")
    assert found(text, "2024-02-24", "KW", "date") == []


# -- a learned age that is another person's ----------------------------------------------------------------------

RACE_STORY = (
    "Tomasz Zieliński won his fourth national single sculls title in Gdańsk on Sunday in 6 minutes 49.20 seconds.\n\n"
    "The 28-year-old from Toruń, born on 3 April 1996, finished 1.7 seconds ahead of Marek Nowak, {a}, who clocked "
    "6:50.90. Last year's winner Adam Lis was third in 6:52.08.\n\n"
    "Zieliński, who first won the title in 2016, led from the halfway mark. His margin was the widest in the final "
    "since 2019.\n\n"
    "\"The water was flat and I felt strong from the start,\" he said. \"I only looked across once.\"\n\n"
    "About 500 rowers from 40 clubs entered the three-day regatta, which ended on Sunday. Organisers said the entry "
    "was the biggest for a decade.\n\n"
    "In the women's event, Ewa Duda, 27, of AZS Kraków, won in 7:30.11, retaining the title she took last year.\n\n"
    "The national federation is expected to announce its crews for the summer's international races next week, and "
    "its head coach said the weekend's results would count for a great deal.")


@pytest.mark.parametrize("a", [23, 25])
def test_age_of_a_rival_named_in_full_is_not_held_to_the_winners_birth(a):
    assert found(RACE_STORY.format(a=a), "2024-05-20", "PL", "date") == []


def test_the_winners_own_age_is_still_held_to_his_birth():
    text = RACE_STORY.format(a=23).replace("The 28-year-old", "The 31-year-old")
    assert ("FC504", "31-year-old") in found(text, "2024-05-20", "PL", "date")


# -- remittances beyond the economy ---------------------------------------------------------------------------------

def test_remittances_larger_than_the_economy():
    text = ("Money sent home by Kenyans working abroad rose 4.1% to a record $4.19 trillion last year, the "
            "central bank said on Tuesday.")
    hits = found(text, "2024-01-30", "KE", "plausibility")
    assert any("4.19 trillion" in t for _, t in hits), hits


@pytest.mark.parametrize("text", [
    "Money sent home by Kenyans working abroad rose 4.1% to a record $4.19 billion last year, the central bank said.",
    "Remittances worldwide reached $860 billion last year, the World Bank said, with India the largest recipient.",
    "Remittances to low- and middle-income countries rose to $656 billion, the World Bank said.",
    "Kenyans abroad have sent home more than $40 billion in remittances since 2010, the central bank said.",
])
def test_remittance_near_misses(text):
    assert found(text, "2024-01-30", "KE", "plausibility") == []


# -- a beginning whose founders' names run long before its year -------------------------------------------------------

FOUNDED = ("The bakery, founded by sisters Ana and Maria Lopes Ferreira in 1999 with one oven in Porto, is marking "
           "its {nth} anniversary this year. Sales for 2023 rose 8% to €4.1 million.")


def test_anniversary_of_a_firm_founded_by_a_long_run_of_names():
    assert ("FC503", "20th") in found(FOUNDED.format(nth="20th"), "2024-06-03", "PT", "date")


@pytest.mark.parametrize("nth", ["25th", "24th"])
def test_anniversary_of_a_firm_founded_by_a_long_run_of_names_that_fits(nth):
    assert found(FOUNDED.format(nth=nth), "2024-06-03", "PT", "date") == []
