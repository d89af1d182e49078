"""Arithmetic, session 16 (arith16): misses of changes, shares and budgets split into parts.

- a stated rate is held to its levels either to their rounding or with the writer's loose allowance, not both at
  once ("rose to $5.9bn from $5.2bn, an increase of 17%": 13.5%, and 17% fits only the farthest corner of the
  rounding plus the allowance);
- a part's own few words, then ", including what it buys," before the next part: an aside, not other money;
- "The package includes A, B and C" after a sum spent: some of the whole, held to not exceeding it; a sum alone in
  brackets after a part is that part again;
- "N of M things across the county's 12 depots were idle in May, or P%": a share closing its sentence after one long
  clause, with a count the whole's possessive owns read past;
- who pays ("will contribute", "coming from") is the whole's funding, not more of its items.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    ("Group revenue for the year rose to $5.9bn from $5.2bn, an increase of 17%.", "17%", "US"),
    ("The county approved a 10-year capital plan worth C$2.5 billion (US$1.9 billion) on Tuesday. Under the plan, C$1.2 billion "
     "will go to roads and bridges, including four new crossings, C$700 million to schools and C$900 million to water mains.",
     "C$2.5 billion", "CA"),
    ("The state will spend S$4.2bn ($3.1bn) over four years to help older workers. The package includes S$1.9bn "
     "($1.4bn) in hiring grants, S$1.3bn ($0.96bn) for job redesign and S$1.6bn ($1.2bn) in training credits.",
     "S$4.2bn", "SG"),
    ("The inspection found that 420 of 2,600 registered buses across the county's 12 depots were out of service at "
     "the end of May, or 24%.", "24%", "KE"),
]

SILENT = [
    # the rounding of the levels explains the rate, or the allowance does
    ("Group revenue for the year rose to $5.9bn from $5.2bn, an increase of 14%.", "US"),
    ("Group revenue for the year rose to $5.9bn from $5.2bn, an increase of 15%.", "US"),
    ("Group revenue for the year rose to $5.9bn from $5.2bn, an increase of about 16%.", "US"),
    ("The county approved a 10-year capital plan worth C$2.6 billion (US$1.9 billion) on Tuesday. Under the plan, C$1.2 billion "
     "will go to roads and bridges, including four new crossings, C$700 million to schools and C$700 million to water mains.", "CA"),
    ("The state will spend S$4.8bn ($3.5bn) over four years to help older workers. The package includes S$1.9bn "
     "($1.4bn) in hiring grants, S$1.3bn ($0.96bn) for job redesign and S$1.6bn ($1.2bn) in training credits.", "SG"),
    ("The inspection found that 420 of 2,600 registered buses across the county's 12 depots were out of service at "
     "the end of May, or 16%.", "KE"),
    ("The operator will spend £1.4bn over five years on trains and signals. The package includes 30 new trains worth "
     "£420m and the resignalling of 80 miles of track. The government will contribute £500m, with the remaining "
     "£900m coming from the operator's shareholders.", "GB"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
