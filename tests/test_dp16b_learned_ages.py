"""Session 16 (helper dp16b): ages the learned date scorer took for someone's age now.

- "clients ... above the age of 60": a line drawn at an age, no one's age;
- "set up the firm in 1991, at the age of 27": an age at a year, a birth told another way, which the hand rule
  weighs against the person's age now (and flags the age now when they disagree). The scorer's own alarm on such
  an age depends on the whole story's figures and did not come back in our own wording; these tests hold the
  hand rule's reading around it.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "date"]


GUIDE = ("Pemba Lhakpa, a {age}-year-old guide from the village of Phortse, said on Monday he would stop leading "
         "climbs after his 15th season.\n\nPemba, who was born in 1968, first worked on the mountain in 1990 as a "
         "cook. He has since taken clients from 31 countries to the top, including nine who were over the age of 53."
         "\n\nHis company said he would train young guides at its base in Namche.")


@pytest.mark.parametrize("age", [52, 56])
def test_a_line_drawn_at_an_age_is_silent(age):
    hits = found(GUIDE.format(age=age), "2024-10-14", "NP")
    assert not any("53" in text for _, text in hits), hits


def test_the_persons_own_age_is_still_flagged():
    hits = found(GUIDE.format(age=52), "2024-10-14", "NP")
    assert any("52" in text for _, text in hits), hits


BAKERY = ("Loughmore Bakeries, the Galway maker of sourdough and oat breads, has been sold to a Danish group for "
          "€120m, the companies said on Tuesday.\n\nFounder Niamh Brennan set up the business in a rented shed in "
          "Tuam in 1991, at the age of 27, selling bread to two local shops. The {age}-year-old, who owns about "
          "60% of the company, will stay on as chair for a year.\n\nThe company employs 480 people at two plants.")


def test_age_at_a_year_is_not_flagged_itself():
    hits = found(BAKERY.format(age=62), "2025-04-08", "IE")
    assert not any("27" in text for _, text in hits), hits


def test_the_age_now_that_disagrees_is_flagged():
    hits = found(BAKERY.format(age=58), "2025-04-08", "IE")
    assert any("58" in text for _, text in hits), hits


def test_the_age_now_that_fits_is_silent():
    assert found(BAKERY.format(age=60), "2025-04-08", "IE") == []
