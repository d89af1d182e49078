"""Round 4 date classes, in our own sentences, with clean near-misses.

- An anniversary that fell in a year the sentence names ("In 2019, when ... on the 15th anniversary of the
  Boxing Day tsunami") is counted to that year, not to the publication year.
- A thing given a year under a long proper name ("The Colegio San Martín de Porres of Arequipa, founded in
  1998,") is of the kind its name says (a college is a school), so "the school opened 30 years ago" counts
  from that year.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str = "date"):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


ANNIVERSARY_IN_A_YEAR_RIGHT = [
    ("In 2019, when fresh floods swept the coast on the 15th anniversary of the Boxing Day tsunami, "
     "fishermen in Aceh stayed ashore.", "2024-12-20", "ID"),
    ("Back in 2014, on the tenth anniversary of the Boxing Day tsunami, the village unveiled a memorial wall.",
     "2025-01-05", "LK"),
    ("The clinic opened in 2009 on the fifth anniversary of the Boxing Day tsunami; fifteen years on it "
     "treats 200 patients a day.", "2024-12-26", "IN"),
]
ANNIVERSARY_IN_A_YEAR_WRONG = [
    ("In 2019, when fresh floods swept the coast on the 12th anniversary of the Boxing Day tsunami, "
     "fishermen in Aceh stayed ashore.", "2024-12-20", "ID", "12th"),
    ("Back in 2014, on the 19th anniversary of the Boxing Day tsunami, the village unveiled a memorial wall.",
     "2025-01-05", "LK", "19th"),
]


@pytest.mark.parametrize("text, date, country", ANNIVERSARY_IN_A_YEAR_RIGHT)
def test_anniversary_counted_to_the_year_the_sentence_names_is_silent(text, date, country):
    assert found(text, date, country) == []


@pytest.mark.parametrize("text, date, country, wrong", ANNIVERSARY_IN_A_YEAR_WRONG)
def test_anniversary_wrong_for_the_year_the_sentence_names_is_flagged(text, date, country, wrong):
    assert found(text, date, country) == [wrong]


NAMED_THING = ("The Colegio San Martín de Porres of Arequipa, founded in 1998 by a parish cooperative, now "
               "teaches 900 pupils. \"When the school opened {n} years ago we had two classrooms,\" its head said.")


def test_a_school_under_a_long_name_counts_from_its_year():
    assert found(NAMED_THING.format(n="30"), "2023-04-02", "PE") == ["30 years ago"]
    assert found(NAMED_THING.format(n="25"), "2023-04-02", "PE") == []


@pytest.mark.parametrize("name", [
    "The Instituto Técnico Superior of Rosario, established in 1987,",
    "The Nairobi Polytechnic Institute, set up in 1987,",
    "Shah Abdul Latif College in Mirpur Khas, founded in 1987,",
])
def test_institutes_colleges_and_polytechnics_are_schools(name):
    text = f"{name} trains nurses and electricians. The school first opened 30 years ago with 40 students."
    assert found(text, "2025-03-01", "GB") == ["30 years ago"]
    assert found(text.replace("30 years", "38 years"), "2025-03-01", "GB") == []


def test_a_thing_of_another_kind_under_a_long_name_is_not_the_school():
    text = ("The Hotel Miramar of Valparaíso, opened in 2001, overlooks the bay. \"The school opened 30 years "
            "ago, long before the hotel,\" the mayor said.")
    assert found(text, "2024-06-10", "CL") == []
