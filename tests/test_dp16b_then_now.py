"""Session 16 (helper dp16b): an age now beside the same person's age at a dated moment.

"The 44-year-old, who was 20 when she was detained on 2 May 2001" gives one woman two ages in one breath; the
years from the dated moment to publication must bridge them. Near misses: the bridge holds; the "when" clause
dates nothing; another figure comes first in the clause; two people.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "date"]


FREED = ("The appeal court on Tuesday quashed the conviction of Maria Okonjo. The {now}-year-old, who was 20 when "
         "she was detained on 2 May 2001, left the women's prison in Kirikiri that evening.")


@pytest.mark.parametrize("now", [36, 42, 48])
def test_age_now_the_years_cannot_bridge_is_flagged(now):
    hits = found(FREED.format(now=now), "2025-06-10", "NG")
    assert any(text == f"{now}-year-old" for _, text in hits), hits


@pytest.mark.parametrize("now", [44, 45])
def test_age_now_that_the_years_bridge_is_silent(now):
    assert found(FREED.format(now=now), "2025-06-10", "NG") == []


NAMED = ("Tomasz Wrona, {now}, who was 17 when he joined the shipyard in 1989, retired on Friday after 36 years "
         "at the yard.")


def test_named_age_now_against_a_year_is_flagged():
    hits = found(NAMED.format(now=47), "2025-03-21", "PL")
    assert any(text == "47" for _, text in hits), hits


@pytest.mark.parametrize("now", [52, 53, 54])
def test_named_age_now_within_the_year_is_silent(now):
    assert found(NAMED.format(now=now), "2025-03-21", "PL") == []


def test_clause_without_a_date_is_silent():
    text = ("The 38-year-old, who was 19 when she first sang at the festival, returns on Saturday as its "
            "headliner.")
    assert found(text, "2025-07-01", "GB") == []


def test_another_figure_first_in_the_clause_is_silent():
    # the year belongs to the record, not to the moment she was 19
    text = ("The 30-year-old, who was 19 when she broke a record set by 12 swimmers before 1998, will retire after "
            "the championships.")
    assert found(text, "2025-07-01", "GB") == []


def test_a_clause_after_a_comma_is_silent():
    text = ("The 30-year-old, who was 19 when she left home, moved to Lagos, in 2001, to study law.")
    assert found(text, "2025-07-01", "GB") == []
