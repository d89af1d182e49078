"""Session 16 (helper dp16b): date readings that spoke where a sub-editor would not, each with a slip of the same
shape that must still be flagged.

- a fractional count of years ("two and a half years ago") against the date it counts from;
- "cut the wait by a year since 2015": the size of a change, not the time since the year;
- a day "subject to approval at the meeting on Sunday, 18 December": a day still to come, whatever the verbs before;
- a yearless weekday in a story that narrates another year with full weekday dates;
- a learned weekday for a yearless day that falls nearest publication in the year either side.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str = "GB", category: str | None = "date"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if category is None or f.category == category]


# -- a fractional count of years ------------------------------------------------------------------------------------

HALF = "The port's old tariff was scrapped on 1 March 2021, {n} years ago, and traffic has grown since."


@pytest.mark.parametrize("n", ["three and a half", "3.5"])
def test_half_year_count_that_fits_is_silent(n):
    assert found(HALF.format(n=n), "2024-08-20") == []


@pytest.mark.parametrize("n", ["five and a half", "one and a half"])
def test_half_year_count_far_off_is_flagged(n):
    hits = found(HALF.format(n=n), "2024-08-20")
    assert any("years ago" in text for _, text in hits), hits


# -- "by a year since": the size of a change ------------------------------------------------------------------------

def test_change_by_a_year_since_is_silent():
    text = "The regulator said the average wait for a hearing had been shortened by about a year since 2016."
    assert found(text, "2023-05-02") == []


def test_change_by_two_years_since_is_silent():
    text = "Ministers have pushed the retirement age up by two years since 2011, the union said."
    assert found(text, "2022-11-14") == []


def test_count_since_a_year_still_flagged():
    text = "The regulator said it had been about a year since 2016 that a hearing was held."
    hits = found(text, "2023-05-02")
    assert any("year" in text for _, text in hits), hits


# -- a day still to come after "subject to" -------------------------------------------------------------------------

AGM = ("The directors proposed a final dividend of 12p a share, subject to shareholder approval at the annual "
       "meeting on {day}, 14 December.")


def test_meeting_day_to_come_is_silent():
    # 14 December 2025 is a Sunday; 14 December 2024 was a Saturday
    assert found(AGM.format(day="Sunday"), "2025-09-24") == []


def test_meeting_day_that_fits_no_year_is_flagged():
    hits = found(AGM.format(day="Wednesday"), "2025-09-24")
    assert any("14 December" in text for _, text in hits), hits


# -- a yearless weekday in a story that narrates another year ------------------------------------------------------

NARRATIVE = ("Fifteen years ago this week, the ferry Marisol ran aground off the cape with 212 people on board.\n\n"
             "Rescuers reached the wreck on {day}, September 4, after a night of storms.\n\n"
             "The last survivors were brought ashore on Monday, September 7, 2009, three days later.")


def test_weekday_of_the_year_narrated_is_silent():
    # 4 September 2009 was a Friday; 4 September 2024 is a Wednesday
    assert found(NARRATIVE.format(day="Friday"), "2024-09-04") == []


def test_weekday_fitting_no_year_of_the_story_is_flagged():
    hits = found(NARRATIVE.format(day="Tuesday"), "2024-09-04")
    assert any("September 4" in text for _, text in hits), hits


def test_year_given_only_without_weekday_does_not_license():
    # the other year is told without a weekday: no narrative of that year's days, the publication year stands
    text = ("The ferry Marisol sank in September 2009.\n\nRescuers reached the new wreck on Friday, September 4, "
            "after a night of storms, the coastguard said.")
    hits = found(text, "2024-09-06")
    assert any("September 4" in text for _, text in hits), hits


# -- a learned weekday of a day nearest publication in the next year -----------------------------------------------

CHAMPIONSHIP = ("MUSCAT — Organisers of the regional handball championship said on Tuesday that 96,000 tickets had "
                "been sold for the event that Oman will stage from {first}, January 10, to {last}, February 8, a "
                "year after the country hosted the youth games.\n\n"
                "That is about 2,000 tickets for each of the 48 matches, the organisers said. About 30% went to "
                "buyers abroad.\n\nThe cheapest seats cost OMR2, while seats for the final cost OMR15, organisers "
                "said.\n\nThe 20-team event was moved to winter to avoid the summer heat.")


def test_tournament_days_of_next_year_are_silent():
    # 10 January 2026 is a Saturday and 8 February 2026 a Sunday; in 2025 both fell on a Friday and a Saturday
    assert found(CHAMPIONSHIP.format(first="Saturday", last="Sunday"), "2025-10-21", "OM") == []


def test_tournament_days_of_no_year_near_are_flagged():
    hits = found(CHAMPIONSHIP.format(first="Tuesday", last="Sunday"), "2025-10-21", "OM")
    assert any("January 10" in text for _, text in hits), hits


def test_weekday_dated_day_months_away_does_not_license():
    # 12 February 2019 was a Tuesday, but the board's day in 2019 is eight months from 23 October 2019
    text = ("The board approved the plan on Wednesday, October 23, 2019, the minutes show.\n\n"
            "Its next review is set for Tuesday, February 12, the chairwoman said.")
    hits = found(text, "2024-10-10")
    assert any("February 12" in text for _, text in hits), hits


def test_the_two_years_near_alike_leave_the_learned_weekday_to_speak():
    # "until Saturday, October 8" in March: the October gone and the one to come are near alike in distance
    text = ("The commission late on Wednesday postponed the provincial elections until Saturday, October 11, "
            "pushing back a vote that had been set for April 27.\n\nThe ruling party called the delay unlawful "
            "and said it would challenge it in court. The commission cited a shortage of funds and police.")
    hits = found(text, "2026-03-26")
    assert any("October 11" in text for _, text in hits), hits
