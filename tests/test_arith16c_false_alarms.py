"""Arithmetic, session 16 (arith16c): false alarms of sums and gaps read from figures that are not amounts.

- "cleared the 51-seat majority but was four short of the 68 needed": the figure before the gap is another bar, not
  the tally the gap is counted from;
- "grade 8", "Year 10": a small number naming a rank, never a part of a list's total;
- "Covid-19", "F-16": a number glued by a hyphen to a word is the name's, never a part; and a figure larger than a
  list's whole ("which has 212 beds, is caring for 38 ..., 14 ... and nine ..., a total of 61") is none of its parts.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    # the tally itself before the gap is still held to it
    ("The bill won 61 votes in the 101-seat chamber, six short of the 68 needed to override a veto.", "six", "CL"),
    # the parts beside the name still add up against their total
    ("The ward is caring for 38 patients with influenza, 14 with Covid-19 and nine with RSV, a total of 71 patients "
     "with respiratory illness.", "71", "IE"),
    ("The ward, which has 212 beds, is caring for 38 patients with influenza, 14 with Covid-19 and nine with RSV, "
     "a total of 71 patients with respiratory illness.", "71", "IE"),
]

SILENT = [
    ("The motion won 58 votes, clearing the 51-seat absolute majority, but it was ten votes short of the 68 "
     "needed to override a veto.", "CL"),
    ("It cleared the 51-vote threshold easily but was four votes short of the 68 required for a supermajority.", "CL"),
    ("Two students, Lena Park and Omar Haddad, reached grade 8 in all nine subjects they took.", "GB"),
    ("Four pupils in Year 11 passed all ten of their exams.", "GB"),
    ("The ward is caring for 38 patients with influenza, 14 with Covid-19 and nine with RSV, a total of 61 patients "
     "with respiratory illness.", "IE"),
    # a figure of the clause before the list, larger than its whole, is none of its parts
    ("The ward, which has 212 beds, is caring for 38 patients with influenza, 14 with Covid-19 and nine with RSV, "
     "a total of 61 patients with respiratory illness.", "IE"),
    ("The air force will retire 12 of its F-16 jets and nine older trainers, a total of 21 aircraft.", "US"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
