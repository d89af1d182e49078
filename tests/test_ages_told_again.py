"""FC417: one person given two ages in one story, read with the story's people (date_people)."""
import pytest

import factcheck


def _ages(text: str, date: str = "2024-03-05", country: str = "PE") -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC417"]


SLIPS = [
    # a Spanish name of three words is known by its middle one, the father's surname
    ("Carmen Huaman Rojas, 48, a former nurse, has won the mayoralty of the district, partial results showed.\n\n"
     "Huaman, who ran on a promise of clean water, took 41% of the vote.\n\n"
     "\"People want pipes, not speeches,\" the 45-year-old said at her office on Monday.", "45-year-old"),
    ("Omar Haddad, aged 63, was elected chairman of the chamber of commerce on Tuesday.\n\n"
     "Haddad, 36, said exporters needed cheaper credit.", "36"),
]


@pytest.mark.parametrize(("text", "slip"), SLIPS)
def test_one_person_two_ages(text, slip):
    assert _ages(text) == [slip]


NEAR_MISSES = [
    # two people of one family name
    "Carmen Huaman Rojas, 48, has won the mayoralty.\n\nHer rival, Luis Huaman, 45, conceded on Monday.",
    # the later age is the person's then
    "Omar Haddad, 63, was elected chairman on Tuesday.\n\nHaddad, who first joined the chamber in 1990 when he was "
    "29, said exporters needed cheaper credit.",
    # the earlier age was given of "the 66-year-old", whom the story may not have named last
    "Coach Reza Karimi retired on Monday. \"It is time,\" the 66-year-old said.\n\nHis assistant Ali Nouri, 41, "
    "will take over.",
    # a figure in brackets after a name on a sports page is a score
    # (a named age elsewhere, so the rule reads the story's ages at all)
    "Khan added 119 with Rehan Sheikh (58) to steady the reply.\n\nThe 24-year-old faced 134 balls. Their coach, "
    "Imran Malik, 51, praised both.",
    # the same age twice
    "Omar Haddad, 63, was elected chairman on Tuesday.\n\nThe 63-year-old said exporters needed cheaper credit.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text):
    assert _ages(text) == []
