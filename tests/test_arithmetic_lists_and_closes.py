"""Arithmetic, session 14: lists whose verb is said once, wholes split in the next sentence, moves from the
last session's close, shares of a total said before.

- a list of allocations whose verb is said once ("will go to infrastructure, 640 million to roads and 410
  million to loans"), past a figure restated in brackets; "The programme comprises ..." after the whole; the
  last part "will fund" what is left;
- "Of the new beds, ..." points at the sentence before's count of beds; "three days a week" is a rate, no
  other time;
- "up 610 points from Monday's close of 37,910": the last session's close is the move's base (points between
  two index levels are their difference);
- levels a thousand times apart are no move's two ends (a price per bag set against revenue);
- "P% of total revenue" with a smaller figure of its measure beside it looks back for the whole; "units"
  count whatever the whole counts.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    # the verb said once for the list, a part restated in brackets
    ("The council approved a 2.4 billion shilling roads budget for the year.\n\nUnder the plan, 1.3 billion "
     "shillings (about $10 million) will go to resurfacing in the eastern wards, 720 million shillings to new "
     "bridges, and 610 million shillings to footpaths.", "2.4 billion shilling", "KE"),
    # the next sentence splits the whole ("The programme comprises")
    ("The airport said it would spend €900 million over five years on its terminals.\n\nThe programme comprises "
     "€410 million to extend the north pier, €320 million for a new baggage hall, and €240 million for runway "
     "repairs.", "€900 million", "IE"),
    # the last part pays for what is left
    ("The province approved a 600 million rand tourism plan on Monday.\n\nThe largest part, 250 million rand, "
     "would go to new air routes. Another 210 million rand is earmarked for beach facilities. The remaining "
     "190 million rand will fund marketing.", "600 million rand", "ZA"),
    # "Of the new places" points back at the places counted
    ("The region opened 8,600 school places last year for its 2 million residents, officials said.\n\nOf the new "
     "places, 5,100 were in primary schools, 2,400 in secondary schools and 1,500 in nurseries.", "8,600", "PL"),
    # a rate of days a week is no other time
    ("Of the 900 farms surveyed, 420 said they lost power at least two days a week, 310 reported occasional cuts "
     "and 230 said supply was steady.", "900", "ZA"),
    # the move from the last session's close
    ("The Nikkei closed at 38,420 on Tuesday, up 610 points from Monday's close of 37,910.", "610", "JP"),
    ("Shares of the brewer ended Friday at $31.20, down $2.40 from Thursday's close of $34.10.", "$2.40", "US"),
    # a share of total revenue, a smaller sum of its measure beside it
    ("Tax revenue is projected at R840 billion.\n\nIncome tax is forecast at R410 billion, or 53% of total "
     "revenue, with customs duties expected to bring in R95 billion.", "53%", "ZA"),
    # "units" count what the whole counts
    ("The brewery sold 12,400 kegs in June.\n\nSales to pubs reached 7,900 units, making up 58% of the total.",
     "58%", "GB"),
]

SILENT = [
    ("The council approved a 2.4 billion shilling roads budget for the year.\n\nUnder the plan, 1.2 billion "
     "shillings (about $9 million) will go to resurfacing in the eastern wards, 640 million shillings to new "
     "bridges, and 560 million shillings to footpaths.", "KE"),
    ("The airport said it would spend €900 million over five years on its terminals.\n\nThe programme comprises "
     "€410 million to extend the north pier, €320 million for a new baggage hall, and €170 million for runway "
     "repairs.", "IE"),
    # another sum split in the next sentence: a settlement is not the project
    ("The builder finished the €900 million terminal in May.\n\nThe settlement sum is made up of €41 million in "
     "unpaid bills and €12 million in interest charged at the statutory rate.", "IE"),
    # revenue and the deficit it leaves are no list of one verb
    ("The minister tabled a 64 billion rupee budget.\n\nRevenue is projected at 41 billion rupees, leaving a "
     "deficit of 23 billion rupees, to be financed by borrowing.", "LK"),
    ("The province approved a 600 million rand tourism plan on Monday.\n\nThe largest part, 250 million rand, "
     "would go to new air routes. Another 210 million rand is earmarked for beach facilities. The remaining "
     "140 million rand will fund marketing.", "ZA"),
    ("The region opened 8,600 school places last year for its 2 million residents, officials said.\n\nOf the new "
     "places, 5,100 were in primary schools, 2,400 in secondary schools and 1,100 in nurseries.", "PL"),
    ("Of the 900 farms surveyed, 420 said they lost power at least two days a week, 310 reported occasional cuts "
     "and 170 said supply was steady.", "ZA"),
    ("The Nikkei closed at 38,420 on Tuesday, up 510 points from Monday's close of 37,910.", "JP"),
    ("Shares of the brewer ended Friday at $31.20, down $2.90 from Thursday's close of $34.10.", "US"),
    # a level of another day than the last session's
    ("The Nikkei closed at 38,420 on Tuesday, up 2,610 points from its close of 35,910 at the start of the year.",
     "JP"),
    ("Tax revenue is projected at R840 billion.\n\nIncome tax is forecast at R410 billion, or 49% of total "
     "revenue, with customs duties expected to bring in R95 billion.", "ZA"),
    ("The brewery sold 12,400 kegs in June.\n\nSales to pubs reached 7,900 units, making up 64% of the total.", "GB"),
    # levels a thousand times apart are two things, not one move's ends
    ("Sales rose 18% to ₦240.5bn, the miller said, helped by an average flour price of ₦41,000 per 50kg bag, "
     "against ₦29,000 in the same period of 2023.", "NG"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
