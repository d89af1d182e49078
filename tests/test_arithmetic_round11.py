"""Arithmetic, round 11: three false alarms fixed at their cause, and readers widened to the class.

- a spread ("ranging from 32 to 48 storeys", "varying from", "anywhere from") is no move (claims._changes);
- an index move's level is not the close of another move said after it ("..., while the Nasdaq rose 156.15
  points, or 1.3%, to 12,036.79"), nor is a percentage past a sentence naming another index its size; "to a
  record Z" is a level (index_moves);
- an age that says who the part are ("264 were aged over 75, or 38%", "children under 14") is read past
  between a part and its share (claims._shares, claims.is_age);
- "the 8.1 per cent drop in agribulk", "Wednesday's 2.9 per cent gain in the benchmark": a definite change
  held to the one move of that thing told earlier (changes_named);
- a margin against a score said "55-45" (stated_results.margins), only when the story tells one score;
- a list under a whole that "totals", its items named then priced ("public safety at $41.2 million", "roads
  ($22.5 million)") or closed by "all other ..." (list_totals).

Every case is our own sentence. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

# (text, the figure flagged, country)
CAUGHT = [
    # index moves beside their own close
    ("The Sensex rose 512 points, or 1.7%, to a fresh high of 78,140.", "1.7%", "IN"),
    ("The S&P 500 added 57.82 points, or 2.6%, to a record 3,635.41, while the Nasdaq Composite rose 156.15 "
     "points, or 1.3%, to 12,036.79.", "2.6%", "US"),
    ("The Hang Seng Index closed 412 points higher at 23,512. It rose 3.3 per cent on the day.", "3.3 per cent", "HK"),
    # shares with an age between the part and its percentage
    ("Of the 931 patients, 264 were aged over 75, or 38%, the union said.", "38%", "IE"),
    ("Of the 31 people who died, 19 were children under 14, or 71 percent, the district health chief said.",
     "71 percent", "ID"),
    ("Of the 1,240 new cases, 410 were in adults over 60 — about 45 per cent — the ministry said.",
     "about 45 per cent", "ZA"),
    ("Among the 5,600 people screened, 1,030 were infants under two, or 28 percent.", "28 percent", "PH"),
    ("Out of 880 people treated at the clinic, 204 were toddlers below five, or 13.2%.", "13.2%", "NG"),
    # a change named later, its levels told earlier
    ("Agribulk, which includes grain, oilseeds and animal feed, declined to 9.8 million tonnes from 11.4 million."
     "\n\nThe chief executive said the flows had changed. He blamed the 8.1 per cent drop in agribulk on lower "
     "grain exports.", "8.1 per cent", "NL"),
    ("The Hang Seng Index closed 412 points higher at 23,512. The Hang Seng Tech Index rose 3.3 per cent.\n\n"
     "Technology shares led the gains. Wednesday's 2.9 per cent gain in the benchmark left it up about 17 per cent "
     "since the start of the year.", "2.9 per cent", "HK"),
    ("Container volumes rose to 14.2 million TEU from 13.1 million last year.\n\nOfficials credited the 18 per cent "
     "rise in container volumes to new Asian services.", "18 per cent", "SG"),
    ("Tea exports fell from 310 million kg in 2023 to 288 million kg.\n\nGrowers said the 3 percent fall in tea "
     "exports reflected drought in the west.", "3 percent", "KE"),
    ("Enrolment at state schools climbed to 48,200 from 45,100, the ministry said.\n\nThe minister put the 12% "
     "increase in enrolment down to free meals.", "12%", "AU"),
    ("Passenger numbers at the airport grew from 2.4 million to 2.9 million in the year.\nThe airport's 11 per "
     "cent growth in passenger numbers outpaced the region.", "11 per cent", "GB"),
    ("Agribulk declined to 9.8 million tonnes from 11.4 million.\n\nHe said agribulk's 8.1 per cent drop was due to "
     "lower grain exports.", "8.1 per cent", "NL"),
    ("Agribulk volumes slid from 11.4 million tonnes to 9.8 million.\n\nThe 8.1% decline in agribulk was blamed on "
     "the war.", "8.1%", "NL"),
    ("The Hang Seng Index jumped 412 points to close at 23,512.\n\nThe index's 2.9% advance on Wednesday left it up "
     "17% this year.", "2.9%", "HK"),
    ("The Hang Seng Index closed 412 points higher at 23,512.\n\nOn Wednesday the benchmark rose 2.9 per cent.",
     "2.9 per cent", "HK"),
    # a margin against a score
    ("The latest poll showed the opposition ahead 55-45 on a two-party-preferred basis — a lead of eight points.",
     "eight", "AU"),
    ("Labor leads the Coalition 55-45, a lead of eight points.", "eight", "AU"),
    # a whole, then its items named and priced
    ("The general fund budget totals $84.6 million. Its biggest line is public safety at $41.2 million. Next come "
     "roads and bridges ($22.5 million), then parks ($13.1 million) and administration at $9.8 million.",
     "$84.6 million", "US"),
    ("City council approved a $412.6-million operating budget for 2025 on Tuesday night.\n\nThe budget breaks down "
     "as follows: $96.4 million for policing, $58.1 million for fire and rescue, $71.3 million for transit, $44.8 "
     "million for parks, and $131.2 million for all other services.", "$412.6-million", "CA"),
    ("The state's health budget comes to ₹1,240 crore. Hospitals get ₹610 crore, primary care ₹380 crore and ₹190 "
     "crore goes to all other programmes.", "₹1,240 crore", "IN"),
]

SILENT = [
    # spreads of values
    "The firm intends to put up five towers, ranging from 32 to 48 storeys, on land beside the station.",
    "The council set up four clinics, varying from 20 to 35 beds each.",
    "Ticket prices go up by five dollars, anywhere from $40 to $95 depending on the seat.",
    # one index's move against another's close, or another index's percentage
    "The broader S&P 500 added 57.82 points, or 1.6%, to a record 3,635.41, while the Nasdaq Composite rose 156.15 "
    "points, or 1.3%, to 12,036.79.",
    "The Hang Seng Index closed 412 points higher at 23,512. The Hang Seng Tech Index rose 3.3 per cent, and the "
    "China Enterprises Index added 2.6 per cent.",
    "The Nikkei closed 310 points up at 39,420. The Topix rose 1.9 per cent.",
    "The Sensex rose 512 points, or 0.7%, to a fresh high of 78,140, and the Nifty added 160 points, or 0.7%, to "
    "23,720.",
    # shares right, or the percentage of something else
    "Of the 931 patients, 264 were aged over 75, or 28%, the union said.",
    "Of the 31 people who died, 19 were children under 14, or 61 percent.",
    "Of the 1,240 new cases, 410 were in adults over 60, while 45 per cent were men.",
    "Of the 31 people who died, 19 were children under 14, and 71 per cent of those had not been vaccinated.",
    # a named change that is right, of another span, or of one of two things
    "Agribulk declined to 9.8 million tonnes from 11.4 million.\n\nHe blamed the 14 per cent drop in agribulk on "
    "lower grain exports.",
    "Agribulk declined to 9.8 million tonnes from 11.4 million. Coal fell to 20 million tonnes from 26 million.\n\n"
    "He said the 8 per cent drop in agribulk since 2019 was driven by Ukraine.",
    "Container volumes rose to 14.2 million TEU from 13.1 million last year. Bulk volumes fell to 40 million tonnes "
    "from 44 million.\n\nThe 9 per cent fall in coal volumes was expected.",
    "The Hang Seng Index closed 412 points higher at 23,512.\n\nThe 2.9 per cent gain in the benchmark this month "
    "was its best since 2021.",
    "The Hang Seng Index closed 412 points higher at 23,512.\n\nOn Wednesday the benchmark rose 1.8 per cent.",
    "Tea exports fell from 310 million kg to 288 million kg.\n\nLast year tea exports fell 3 percent.",
    # margins of another time, a side of a score, wickets and runs, periods that add up
    "Labor leads the Coalition 54-46, a lead of eight points.",
    "The team won 3-1, its lead of two goals never in doubt.",
    "Labor leads 55-45 on two-party preferred, down from a lead of 12 points last month.",
    "The Greens lead 55-45 after preferences, narrower than a gap of 12 points in the previous poll.",
    "The home side raced to a 17-7 lead after 11 minutes, with four tries.",
    "A 128-ball 112 from the opener carried Kozhikode to the U-19 title as they beat Malappuram by 46 runs.",
    "Set up by a first-innings total of 9-287 declared, the hosts had a 73-run lead after dismissing the visitors "
    "for 214.",
    "The Raptors led 26-24 after one quarter. They outscored the Cavs 26-19 in the second, to take a nine-point lead "
    "into the break.",
    # lists that add up, are some of it, or are of another year
    "The general fund budget totals $84.6 million. Its biggest line is public safety at $41.2 million. Next come "
    "roads and bridges ($22.5 million), then parks ($13.1 million) and administration at $7.8 million.",
    "City council approved a $412.6-million operating budget on Tuesday.\n\nThe budget includes $96.4 million for "
    "policing, $58.1 million for fire and rescue and $71.3 million for transit.",
    "The general fund budget totals $84.6 million. Last year public safety cost $41.2 million, roads $22.5 million "
    "and parks $13.1 million.",
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:50] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text", SILENT, ids=[t[:50] for t in SILENT])
def test_silent(text):
    _silent(text)
