"""Session 19 (helper h19b): two readings of a recorded event's length. The trapped time told by the verb of holding
on and where ("the miners who survived for 96 days underground"); and a length on the kind of the event a story's
opening sentence names or places ("... the Ever Given blocked the canal. ... ending a 16-day blockage"). Every
sentence is our own."""
import pytest

import factcheck

CATCHES = [
    # holding on, then where
    ("Families waited at the San José mine for the 33 men who survived for 96 days underground.", "2020-08-05",
     "CL", "96 days"),
    ("Crews at the San José mine still speak of the men, who endured 40 days in the mine before the drill broke "
     "through.", "2020-08-05", "CL", "40 days"),
    # the story's own event, told again by its kind a few sentences on
    ("Shippers still remember the week the Ever Given ran aground in the Suez Canal. Insurers paid out for months. "
     "When tugs finally pulled the ship free, they ended a 12-day blockage that had stranded hundreds of vessels.",
     "2023-03-23", "EG", "12-day blockage"),
]

NEAR_MISSES = [
    # the length on record
    ("Families waited at the San José mine for the 33 men who survived for 69 days underground.", "2020-08-05",
     "CL"),
    # a stay of another purpose
    ("At the San José mine, two volunteers lived 40 days underground to study sleep.", "2020-08-05", "CL"),
    ("At the San José mine, a crew stayed 30 days underground testing rescue capsules.", "2020-08-05", "CL"),
    # the story's event, then another of its kind: a new one, one happening now, several
    ("Shippers still remember the week the Ever Given ran aground in the Suez Canal. Insurers paid out for months. "
     "Fishermen staged another 12-day blockage of the port at Suez.", "2023-03-23", "EG"),
    ("Shippers still remember the week the Ever Given ran aground in the Suez Canal. Insurers paid out for months. "
     "Protesters began a 12-day blockage of the port this week.", "2023-03-23", "EG"),
    ("Shippers still remember the week the Ever Given ran aground in the Suez Canal. Insurers paid out for months. "
     "Two 12-day blockages by striking pilots followed in 2022.", "2023-03-23", "EG"),
    # the length on record for the story's own event
    ("Shippers still remember the week the Ever Given ran aground in the Suez Canal. Insurers paid out for months. "
     "When tugs finally pulled the ship free, they ended a six-day blockage that had stranded hundreds of vessels.",
     "2023-03-23", "EG"),
]


@pytest.mark.parametrize("text,date,country,flagged", CATCHES)
def test_catches(text, date, country, flagged):
    assert flagged in [f.text for f in factcheck.check(text, date=date, country=country)]


@pytest.mark.parametrize("text,date,country", NEAR_MISSES)
def test_near_misses_stay_silent(text, date, country):
    assert [f.text for f in factcheck.check(text, date=date, country=country)] == []
