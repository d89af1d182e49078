"""Session 16 date readings (helper date16c), in our own words:

- an age now beside an age then ("Ines Morales, 90, who swam the first crossing as a 16-year-old"): the years
  between are the years since the day the story marks, or the year the clause gives;
- a record's date of birth ("Court papers give her date of birth as March 3, 1990") is a birth, of the person the
  possessive names;
- a name with its age and a bare role ("said Dr Omar Rashid, 49, director of the clinic, who was born in 1961"):
  the birth is the named person's;
- "the museum will close after 41 years" counts from the one year the story gave for it opening, to now;
- "X happened N years later, and Y is ..." is a past event dated by its gap after another, not a count to now.
"""
from __future__ import annotations

import pytest

import factcheck


def dates(text: str, date: str, country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "date"]


# -- an age then and an age now

PEGGED = ("The ferry service across the strait began on Saturday, 14 June 1975, and islanders marked its 50th year "
          "with a parade on Saturday.\n\nAmong those on the quay was Ines Morales, {now}, who took the first sailing "
          "as a 16-year-old with her aunt.")


def test_age_now_too_old_for_the_age_at_the_marked_day():
    assert ("FC504", "72") in dates(PEGGED.format(now=72), "2025-06-14", "ES")


@pytest.mark.parametrize("now", [66, 67])
def test_age_now_that_fits_the_years_since_the_marked_day_is_silent(now):
    assert dates(PEGGED.format(now=now), "2025-06-14", "ES") == []


def test_age_then_at_an_undated_moment_is_silent():
    text = ("The ferry service across the strait began on Saturday, 14 June 1975.\n\nAmong those on the quay was "
            "Ines Morales, 72, who started work on the boats as a 16-year-old.")
    assert dates(text, "2025-06-14", "ES") == []


def test_age_then_in_a_year_of_its_own_clause():
    text = "Pedro Alves, 58, who was 9 when the river flooded the town in 1967, still lives on the same street."
    assert ("FC504", "58") in dates(text, "2025-03-02", "PT")
    fits = "Pedro Alves, 66, who was 9 when the river flooded the town in 1967, still lives on the same street."
    assert dates(fits, "2025-03-02", "PT") == []


# -- a record's date of birth

def test_date_of_birth_in_court_records_is_a_birth():
    text = ("Marisol T. Vega, 29, of Lansing, was charged on Friday with fraud. Court papers give her date of "
            "birth as March 3, 1979.")
    assert ("FC504", "29") in dates(text, "2024-05-10", "US")


def test_date_of_birth_that_fits_is_silent():
    text = ("Marisol T. Vega, 45, of Lansing, was charged on Friday with fraud. Court papers give her date of "
            "birth as March 3, 1979.")
    assert dates(text, "2024-05-10", "US") == []


def test_a_relatives_date_of_birth_is_not_the_accused():
    text = ("Marisol T. Vega, 29, of Lansing, was charged on Friday with fraud. Her mother's date of birth is "
            "March 3, 1959.")
    assert dates(text, "2024-05-10", "US") == []


# -- a name, its age and a bare role before "who was born"

def test_bare_role_after_name_and_age_keeps_the_birth_with_the_name():
    text = ('"We see more cases every winter," said Dr Omar Rashid, 49, director of the regional clinic, who was born '
            'in Aswan in 1961 and studied in Cairo.')
    assert ("FC504", "49") in dates(text, "2025-01-20", "EG")


def test_bare_role_with_a_fitting_age_is_silent():
    text = ('"We see more cases every winter," said Dr Omar Rashid, 63, director of the regional clinic, who was born '
            'in Aswan in 1961 and studied in Cairo.')
    assert dates(text, "2025-01-20", "EG") == []


def test_a_relative_after_the_name_may_be_the_one_born():
    text = "Omar Rashid, 49, grandfather of the bride, who was born in 1998, gave a speech."
    assert dates(text, "2025-01-20", "EG") == []


def test_which_after_the_role_is_about_a_thing():
    text = "Omar Rashid, 49, director of the clinic, which was born of a 1961 merger, gave a speech."
    assert dates(text, "2025-01-20", "EG") == []


# -- a closing after N years

MUSEUM = ("Councillors voted on Monday to shut the town museum, which opened in 1977.\n\n"
          "The museum will close after {n} years, and its collection will go to the county archive.")


def test_closing_count_too_short_for_the_opening_year():
    assert ("FC503", "38 years") in dates(MUSEUM.format(n=38), "2025-09-09")


@pytest.mark.parametrize("n", [47, 48])
def test_closing_count_that_fits_is_silent(n):
    assert dates(MUSEUM.format(n=n), "2025-09-09") == []


def test_closing_count_of_its_present_site_is_silent():
    text = ("Councillors voted on Monday to shut the town museum, which opened in 1977.\n\n"
            "The museum will close after 38 years at its present site.")
    assert dates(text, "2025-09-09") == []


def test_closing_of_a_thing_reopened_is_silent():
    text = ("The town museum opened in 1977 and reopened in 1987 after a fire.\n\n"
            "The museum will close after 38 years, councillors said.")
    assert dates(text, "2025-09-09") == []


# -- "N years later" after a past verb is a gap between two events

def test_a_past_event_dated_years_later_is_no_count_to_now():
    text = ("Police fired on striking miners on 3 May 1981.\n\n"
            "The mine closed on the same day three years later, and the site has since been a memorial park.")
    assert dates(text, "2025-05-03", "GB") == []


def test_a_count_later_that_opens_its_sentence_is_still_to_now():
    text = ("Police fired on striking miners on 3 May 1981.\n\n"
            "Thirty years later, the site is still a memorial park.")
    assert ("FC503", "Thirty years") in dates(text, "2025-05-03", "GB")


def test_a_verb_after_name_and_age_is_no_role():
    text = "Omar Rashid, 49, told his nephew, who was born in 2001, to stay at home."
    assert dates(text, "2025-01-20", "EG") == []
    text = "Omar Rashid, 49, thanked the nurse, who was born in 1961, for her care."
    assert dates(text, "2025-01-20", "EG") == []
