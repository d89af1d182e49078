"""Arithmetic, session 15: four false-alarm classes, each a change or a difference read of the wrong figures.

- "about 8,900 at their 15,000-seat stadium, up from 6,700": a figure hyphened to its noun sizes a thing named on
  the way, not the level the base is of (unless the base counts that noun: "up from 12,000 seats");
- "a cut of more than a quarter-point": a fraction joined to "point" by a hyphen is a size in points, not a rate;
- "Labour gained one seat, the Greens rose from one to three": a comma alone may join two clauses, each with its
  own subject and move;
- "exports of $4.05 billion ... imports of $380.8 billion, a trade surplus of $24.8 billion": a side written a
  power of ten off gives the balance; the side slipped, not the balance.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    ("Attendance averaged 9,400 at the 20,000-seat ground, up from 7,100 a year earlier, an increase of about a "
     "tenth.", "about a tenth", "GB"),
    ("The club now has a 24,000-seat stadium, up from 18,000 seats, an increase of 50%.", "50%", "GB"),
    ("The bank cut its rate to 4.5% from 6%, a fall of about a tenth.", "about a tenth", "NZ"),
    ("The Greens rose from one to three, a gain of one seat.", "one", "GB"),
    ("Exports rose to $52.3 billion and imports to $47.9 billion, leaving a trade surplus of $5.4 billion.",
     "$5.4 billion", "TH"),
]

SILENT = [
    ("Crowds averaged about 8,100 at the 12,000-seat arena, up from 6,200 last season, an increase of nearly a "
     "third.", "AU"),
    ("The central bank lowered its rate to 5% from 5.5%, its first cut of more than a quarter-point in four years.",
     "NZ"),
    ("The Greens gained one seat to finish on five, the Socialists rose from two to six.", "FR"),
    ("Exports came to $3.12 billion and imports to $290.5 billion, leaving a trade surplus of $21.5 billion.", "TH"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
