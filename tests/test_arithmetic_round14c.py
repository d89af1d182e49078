"""Arithmetic, round 14c: readers widened to shapes newsrooms use, each with near misses that stay silent.

- a move and its size, then when it happened, then ", from A to B" (quantities.ranges: the two ends are a
  move, not a range): "fell by a quarter in the twelve months to June, from 4.8 million to 4.2 million";
- "from R4 million to R5.5 million": a whole number of millions beside one written to a tenth is as exact as
  its pair (arithmetic._as_precise_as_its_pair);
- a poll's dates ("between 12 and 18 May") and a count naming who holds a share ("and three independents with
  a combined 9.4%") are no figures beside a list of shares (claims._share_lists);
- a sum of money split two sentences on by the noun of its verb ("has been awarded £54,300 ... The award
  comprises ...") (list_totals);
- shares of a whole, then "the remaining P%", past 100% (shares_left);
- a percentage said again as a ratio in words after ", or" ("41.2% of the seats, or about one in five")
  (claims._percent_said_as_fraction).

Every case is our own sentence. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

# (text, the figure flagged, country)
CAUGHT = [
    # a move, its time, then its two ends
    ("Ticket sales fell by a quarter in the twelve months to June, from 4.8 million to 4.2 million.", "a quarter", "GB"),
    ("Coffee exports rose 30% in the year to March 2021, from $410m to $450m, the board said.", "30%", "UG"),
    # a whole number of millions beside one written to a tenth
    ("The council raised the arts grant from R4 million to R5.5 million, an increase of 25%.", "25%", "ZA"),
    # a poll's dates beside its shares
    ("Of 800 residents polled between 12 and 18 May, 52% said they backed the plan, 31% opposed it and 22% were "
     "undecided.", "22%", "NZ"),
    # a count naming who holds the last share
    ("The Greens won 41.5% of the vote, Labour 33.2%, the Liberals 18.6% and three independents with a combined "
     "9.4%.", "9.4%", "AU"),
    # a sum split two sentences on
    ("A nurse has been awarded £54,300 by a tribunal in Leeds. The panel found she had been treated unfavourably "
     "after returning from sick leave. The award comprises £15,000 for injury to feelings, £36,800 for lost "
     "earnings and £1,900 in interest.", "£54,300", "GB"),
    # shares, then what is left, past the whole
    ("Brazil bought 34% of the cargo, or about 21,000 tonnes, followed by Egypt with 22%, Turkey with 17% and "
     "Vietnam with 9%. The remaining 25% went to smaller buyers.", "25%", "AR"),
    ("Brazil bought 34% of the cargo, Egypt 22% and Turkey 17%, with the remaining 35% going to smaller buyers.",
     "35%", "AR"),
    # a percentage said again as a ratio in words
    ("Women won 41.2% of the 2,380 council seats contested in March, or about one in five.", "about one in five",
     "IN"),
]

SILENT = [
    # the same shapes, right
    "Ticket sales fell by an eighth in the twelve months to June, from 4.8 million to 4.2 million.",
    "Coffee exports rose 10% in the year to March 2021, from $410m to $450m, the board said.",
    "The council raised the arts grant from R4 million to R5.5 million, an increase of 37.5%.",
    "Of 800 residents polled between 12 and 18 May, 52% said they backed the plan, 31% opposed it and 17% were "
    "undecided.",
    "The Greens won 41.5% of the vote, Labour 33.2%, the Liberals 18.6% and three independents with a combined 6.7%.",
    "A nurse has been awarded £53,700 by a tribunal in Leeds. The panel found she had been treated unfavourably "
    "after returning from sick leave. The award comprises £15,000 for injury to feelings, £36,800 for lost "
    "earnings and £1,900 in interest.",
    "Brazil bought 34% of the cargo, or about 21,000 tonnes, followed by Egypt with 22%, Turkey with 17% and "
    "Vietnam with 9%. The remaining 18% went to smaller buyers.",
    "Women won 41.2% of the 2,380 council seats contested in March, or about two in five.",
    # near misses
    # a ratio not said as the percentage again
    "Women won 41.2% of the 2,380 council seats; one in five mayors is now a woman.",
    # a spread of prices after a move is no move
    "Coffee exports rose 30% last year, with prices ranging from $2.10 to $2.40 a kilo.",
    # two whole numbers of millions: each rounded as written
    "The council raised the arts grant from R4 million to R5 million, an increase of 22%.",
    # the list began a sentence earlier: short of 100% is no error
    "Brazil took 34% of the cargo. Egypt took 22% and Turkey 17%, with the remaining 27% going elsewhere.",
    # shares that are rates of change, then a remainder of something else
    "Sales rose 34% in Brazil, 22% in Egypt and 17% in Turkey. The remaining 60% of the stock was sold at home.",
    # another sum of money between the whole and the split: the split may be of that one
    "A nurse has been awarded £54,300 by a tribunal in Leeds. The trust had offered £20,000 to settle. The award "
    "comprises £15,000 for injury to feelings, £36,800 for lost earnings and £1,900 in interest.",
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:50] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text", SILENT, ids=[t[:50] for t in SILENT])
def test_silent(text):
    _silent(text)
