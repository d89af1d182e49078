"""Arithmetic, round 10: readers widened to the class, not the training story's phrasing.

- a share whose rate is named for what its two counts measure (pass rate, turnout, attendance), wherever the
  clause puts the rate: after a long clause or a dash, before the counts, or in the next sentence ("That is
  ...") (claims._share_percent, stated_results.named_rates);
- a count inside the whole's own noun phrase ("at its three depots") is read past; "of the workforce" names
  the whole;
- a list added up in the next sentence ("The three depots together ...") (list_totals);
- a gap in points set off as an aside on the second share ignores a third party's later share; a move in
  points that points back ("That jump of ...") takes the two levels of the sentences before (neighbours);
- a level said "about" is recomputed with the hedge's allowance; "the year before" is no clause break;
  "down from a record $N"; "— P% more than the N" after a dash or reporting clause (claims, arithmetic).

Every case is our own sentence. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

# (text, the figure flagged, country)
CAUGHT = [
    # shares with the rate named, in any place
    ("The council said 4,210 of the 6,050 households surveyed across the eastern wards had been reconnected — a "
     "reconnection rate of 81 per cent.", "81 per cent", "GB"),
    ("Of the 2,400 apprentices who enrolled in 2022, 1,530 finished the course, a completion rate of 71%.", "71%", "US"),
    ("Only 930 of 1,480 trains ran to time last month. That is a punctuality rate of 72 per cent.", "72 per cent", "GB"),
    ("The completion rate was 80 percent, with 1,530 of the 2,400 apprentices finishing the course.", "80 percent", "US"),
    ("With 8,450 passes from 11,300 entries, the pass rate stood at 82 per cent, the board said.", "82 per cent", "IN"),
    ("Turnout was 58 per cent, with 19,200 of the 41,000 registered voters casting a ballot.", "58 per cent", "KE"),
    ("Of the ward's 12,600 registered voters, 8,190 voted on Saturday, officials said. That was a turnout of 71 "
     "per cent.", "71 per cent", "NG"),
    ("The mill will lay off 610 of the 1,900 staff at its three plants near the river, or 41% of the workforce "
     "there.", "41%", "ZA"),
    ("Police recovered 312 of the 1,050 stolen vehicles reported in the district - a recovery rate of 41 percent.",
     "41 percent", "PH"),
    # a list added up in the next sentence
    ("Kisumu recorded 410 cases, Homa Bay 365, Siaya 290 and Migori 185. The four counties together account for "
     "1,350 of the cases reported in the region.", "1,350", "KE"),
    ("The north depot holds 1,200 tonnes of grain, the south depot 950 tonnes and the river depot 640 tonnes. "
     "Between them, the three depots hold 3,100 tonnes.", "3,100 tonnes", "AU"),
    # gaps and moves in points
    ("The Ipsos survey put Labour on 38 per cent. The Conservatives trailed on 27 per cent - a gap of 13 points - "
     "while Reform was third on 14 per cent.", "13", "GB"),
    ("The jobless rate fell to 5.4 percent in June. In June last year it stood at 6.9 percent. That drop of 2.5 "
     "percentage points was the sharpest in a decade.", "2.5 percentage points", "US"),
    # changes with hedged levels, 'the year before', a record, a dash
    ("Rice output fell to about 2.1 million tonnes from 3.4 million tonnes the year before, a drop of 21%, the "
     "ministry said.", "21%", "PH"),
    ("Tourist arrivals totalled 8.2 million in 2024, down from a record 9.6 million the previous year, a decline of "
     "22%.", "22%", "TH"),
    # a close, then the move that led to it ("after climbing ...")
    ("The benchmark index finished at 8,474.9, a record close, after climbing 72.4 points (1.9 per cent).",
     "1.9 per cent", "AU"),
    ("The Nikkei ended at 38,210.5 after shedding 412.3 points, or 2.4 per cent.", "2.4 per cent", "JP"),
    # a move in points and percent held to its close in another sentence (index_moves.py)
    ("The all share index ended Friday at 71,240.50 points, a record high.\n\nIt was the bourse's best day in "
     "weeks. The session's gain, 850.20 points, amounted to a rise of 2.3%.", "2.3%", "ZA"),
    ("The benchmark closed at 6,418.3 on Thursday. It had climbed 96.4 points, or 0.6 per cent, by the bell.",
     "0.6 per cent", "NZ"),
    # a base set in a period of a year ("in the opening quarter of 2018")
    ("Mills crushed 2.26 million tonnes of cane in the first quarter. That compares with 1.70 million tonnes in the "
     "opening quarter of 2023, a gain of 25%.", "25%", "BR"),
    ("Exports reached $5.2bn in the first half, compared with $4.1bn in the first half of 2023, a rise of 12%.",
     "12%", "US"),
    # a budget's capital and running sides are all of it; a whole restated in another currency
    ("The county assembly passed a KSh 14.2 billion budget for 2025/26 on Tuesday.\n\nDevelopment expenditure is "
     "set at KSh 5.1 billion, while recurrent expenditure accounts for KSh 8.4 billion.", "KSh 14.2 billion", "KE"),
    ("The city unveiled a £3.2bn budget on Monday. Capital spending was put at £1.1bn and revenue spending at £1.9bn.",
     "£3.2bn", "GB"),
    ("The commissioner presented a ₹9,420 crore ($1.1 billion) budget on Friday.\n\nCapital expenditure has been "
     "set at ₹3,150 crore, while revenue expenditure accounts for ₹5,610 crore.", "₹9,420 crore", "IN"),
    ("The port handled 3.9 million containers in 2024, the authority told reporters on Friday — 24 per cent more "
     "than the 3.5 million it handled the year before.", "24 per cent", "SG"),
]

SILENT = [
    # the right figures of the cases above
    "The council said 4,210 of the 6,050 households surveyed across the eastern wards had been reconnected — a "
    "reconnection rate of 70 per cent.",
    "Only 930 of 1,480 trains ran to time last month. That is a punctuality rate of 63 per cent.",
    "Turnout was 47 per cent, with 19,200 of the 41,000 registered voters casting a ballot.",
    "Kisumu recorded 410 cases, Homa Bay 365, Siaya 290 and Migori 185. The four counties together account for "
    "1,250 of the cases reported in the region.",
    "The jobless rate fell to 5.4 percent in June. In June last year it stood at 6.9 percent. That drop of 1.5 "
    "percentage points was the sharpest in a decade.",
    "Rice output fell to about 2.1 million tonnes from 3.4 million tonnes the year before, a drop of 38%, the "
    "ministry said.",
    # near-misses: another time, another base, a running tally, a rate of something else, a third share
    "The pass rate was 81 per cent this year; 1,530 of the 2,400 apprentices finished the course last year.",
    "There were 540 spoilt ballots, and turnout was 68 per cent of the 41,000 registered voters.",
    "The pass rate was 29 per cent, with 1,700 of the 2,400 apprentices failing the course.",
    "The completion rate was 71 per cent, with 1,530 apprentices finishing in the city and 2,400 in the province.",
    "Kisumu recorded 410 cases, Homa Bay 365 and Siaya 290. In all, 4,800 cases have been reported so far this year.",
    "The mill will lay off 610 of the 1,900 staff at its plants near the river, or 3% of the group's global "
    "workforce.",
    "The jobless rate fell to 5.4 percent in June, while youth unemployment was 12.8 percent. In June last year it "
    "stood at 6.9 percent. The drop of 2.5 percentage points was the sharpest in a decade.",
    "The survey put Labour on 38 per cent and the Conservatives on 27 per cent (a gap of 11 points), with Reform on "
    "14 per cent.",
    "Exports reached $4.6bn in 2024 — 15% higher than the $4.0bn of 2023.",
    "The benchmark index finished at 8,474.9 after climbing 72.4 points (0.9 per cent).",
    "The all share index ended Friday at 71,240.50 points, a record high.\n\nIt was the bourse's best day in weeks. "
    "The session's gain, 850.20 points, amounted to a rise of 1.2%.",
    "Mills crushed 2.26 million tonnes of cane in the first quarter. That compares with 1.70 million tonnes in the "
    "opening quarter of 2023, a gain of 33%.",
    "The FTSE 100 closed at 8,210.4 on Tuesday. The index fell 96.2 points, or 2.1 per cent, over the week.",
    "The Nikkei ended at 38,210.5 after shedding 412.3 points, or 1.1 per cent.",
    "The county assembly passed a KSh 14.2 billion budget for 2025/26 on Tuesday.\n\nDevelopment expenditure is "
    "set at KSh 5.8 billion, while recurrent expenditure accounts for KSh 8.4 billion.",
    "The city unveiled a £3.2bn budget on Monday. Capital spending was put at £1.1bn, including £0.4bn for schools.",
    "The council approved a Rs 8.9 billion budget. Rs 3.2 billion has been set aside for capital works and Rs 4.1 "
    "billion for salaries, including pensions.",
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:50] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text", SILENT, ids=[t[:50] for t in SILENT])
def test_silent(text):
    _silent(text)
