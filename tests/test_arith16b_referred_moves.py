"""Arithmetic, session 16 (arith16b): a move whose level is the sentence before's figure, named by its subject.

"The board approved spending of £86.4m. The figure is 2.1% higher than the £80.2m ...": the sentence opens on a
definite subject ("The figure", "The spending plan", "It") and says the move at once; its level is the one figure
of the base's measure in the sentence before. A base may be "this year's" or "the current year's" figure.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    ("The water board approved capital spending of £86.4m for the coming year on Thursday.\n\n"
     "The figure is 2.1% higher than the £80.2m set aside this year, with most of it going to mains renewal.",
     "2.1%", "GB"),
    ("Trustees signed off a $612 million operating budget for the school district late on Tuesday.\n\n"
     "The spending plan is up 9.5% from the current year's $575 million, mostly because of teacher pay.",
     "9.5%", "US"),
    ("The province will spend R48.3bn on health next year, the treasury said. The allocation is up 3% from this year's R44.1bn.",
     "3%", "ZA"),
]

SILENT = [
    # the move fits the figure the subject names
    ("The water board approved capital spending of £86.4m for the coming year on Thursday.\n\n"
     "The figure is 7.7% higher than the £80.2m set aside this year, with most of it going to mains renewal.", "GB"),
    ("Trustees signed off a $612 million operating budget for the school district late on Tuesday.\n\n"
     "The spending plan is up 6.4% from the current year's $575 million, mostly because of teacher pay.", "US"),
    # two figures of the measure in the sentence before: which one the subject names is not clear
    ("The board approved spending of £86.4m, including £12.5m for new reservoirs.\n\n"
     "The figure is 2.1% higher than the £80.2m set aside this year.", "GB"),
    # the subject is another thing than the sentence before's figure, said with its own level
    ("The water board approved capital spending of £86.4m for the coming year on Thursday.\n\n"
     "Its income of £91.0m is 2.1% higher than the £89.1m it collected this year.", "GB"),
    # the move is said later in its sentence, of another thing
    ("The council will spend €95.2m on roads next year.\n\n"
     "Bus fares, which rose 12% from the current year's level, will be frozen.", "IE"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
