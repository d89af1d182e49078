"""FC405: any count noun given twice with a typing slip, the later mention referring back.

"the network will serve 85 stations" … "all 58 stations will open by March". Silent on a
real change, a part, another thing of the kind, different nouns, or values that differ
by more than a digit slip.
"""
from __future__ import annotations

import pytest

import factcheck


def recount(text: str, date: str = "2025-01-20", country: str = "IN"):
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule == "FC405"]


BAD = [
    ("The new metro network will serve 85 stations, officials said.\n\n"
     "All 58 stations will open by March.", "58 stations", "85 stations"),
    ("Rescuers said 246 miners were brought to the surface on Sunday.\n\n"
     "Doctors said all 264 miners were examined at a field hospital.", "264 miners", "246 miners"),
    ("The 85 stations were designed by a French firm.\n\nThose 58 stations will have lifts.",
     "58 stations", "85 stations"),
    ("The lender operates 124 branches nationwide.\n\nEach of the 142 branches will stay open late on Friday.",
     "142 branches", "124 branches"),
    ("The school has 315 pupils, the head teacher said.\n\nThose 351 students sat their exams on Monday.",
     "351 students", "315 students"),
    ("The district council runs 1,240 wells across the plain.\n\nIts 1,280 wells were tested for arsenic.",
     "1,280 wells", "1,240 wells"),
    ("The airline flies 36 routes from the capital.\n\nThe 63 routes will be served by larger jets.",
     "63 routes", "36 routes"),
    # "all"/"those" point back so plainly that other changes in between do not undo them
    ("The line runs 40 kilometres and serves 85 stations.\n\nMore than 18 million trips were made in "
     "the first month.\n\nWith all 58 stations open, officials expect ridership to rise.", "58 stations", "85 stations"),
    ("Rescue teams brought 246 miners to the surface overnight.\n\nThe union asked how all 264 miners came "
     "to be trapped, noting that 49 people died in mines in 2022.", "264 miners", "246 miners"),
]

CLEAN = [
    # the same value
    "The 85 stations were designed by a French firm.\n\nAll 85 stations will open by March.",
    # a part of the whole
    "Rescuers said 246 miners were brought to the surface.\n\nThe 26 miners who were injured were flown out.",
    "Rescuers said 246 miners were brought to the surface.\n\nTwenty of the 264 miners were kept overnight.",
    # an addition or an update
    "The network will serve 85 stations.\n\nA further 58 stations are planned for the suburbs.",
    "The network will serve 85 stations.\n\nAnother 58 stations will follow.",
    "The network will serve 85 stations.\n\nThe network now has 58 stations, and all 58 stations are busy.",
    "The plan was for 85 stations.\n\nThe count rose to 58 after cuts, and the 58 stations open in March.",
    "The network served 85 stations in 2019.\n\nAll 58 stations will open by March.",
    # two things of the kind
    "The Red Line will serve 85 stations.\n\nThe Blue Line will serve 58 stations, and the 58 stations open in 2027.",
    "The Red Line will serve 85 stations.\n\nThe Blue Line's 58 stations will open soon.",
    "The Red Line will serve 85 stations.\n\nA second line is planned, and its 58 stations will open in 2030.",
    # different nouns
    "The network will serve 85 stations.\n\nAll 58 trains will be built in Spain.",
    # not a slip
    "The network will serve 85 stations.\n\nAll 60 stations will open by March.",
    "Rescuers said 246 miners were brought to the surface.\n\nAll 200 miners were examined.",
    # no back-reference
    "The network will serve 85 stations.\n\nOfficials said 58 stations will open by March.",
    # three values: several things
    "Line 1 has 85 stations, line 2 has 58 stations and line 3 has 40 stations.\n\nAll 58 stations are busy.",
]


@pytest.mark.parametrize(("text", "figure", "suggestion"), BAD)
def test_recount_flags_a_slip(text, figure, suggestion):
    found = recount(text)
    assert [f.text for f in found] == [figure]
    finding = found[0]
    assert finding.severity.name.lower() == "warning"
    assert finding.suggestion == suggestion
    assert finding.related and text[finding.related[0].start:finding.related[0].end].split()[0] \
        == suggestion.split()[0]


@pytest.mark.parametrize("text", CLEAN)
def test_recount_stays_silent(text):
    assert recount(text) == []
