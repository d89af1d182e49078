"""Arithmetic, round 14: known classes in new shapes.

- a move in points between two printed shares is their difference to the rounding written (no loose slack);
  said as "an N-point gain", or as "The N-point rise" in the next sentence after "X%, against Y% <earlier>";
- "N times the M" with any multiple (five times, 2.9 times), past the first figure's own words of time or place;
- a share with its own hedge after a comma ("..., roughly 43 per cent"), a fraction after a dash closed by its
  source ("— roughly one in four, according to ..."), a small bound said of the part ("failed at least one");
- of two levels after "to", the one of the base's measure is the move's;
- sums: "bringing the <owner>'s total to" after three parts; the first part naming the whole ("of the
  allocation"); "Of the <words> of W for 2025/26, A, B, C and D"; a whole named first whose list "splits ...
  among four areas:" or follows its restatement in another currency; "split its sample among";
- a gap in points is not called wrong when it fits a share said earlier.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    # points between two printed shares, strictly
    ("Turnout climbed from 62 per cent in 2019 to 71 per cent this time, an increase of 7 percentage points.",
     "7 percentage points", "IN"),
    ("The pass rate went from 48% to 57%, a rise of 11 percentage points.", "11 percentage points", "GB"),
    ("Approval fell from 44 percent in June to 39 percent in August, a drop of 7 percentage points.",
     "7 percentage points", "US"),
    # "an N-point gain" in its sentence
    ("Female enrolment rose from 41.2% to 47.6%, an 8.4-point gain.", "8.4", "KE"),
    ("The party's share slipped to 27% from 33%, a four-point drop.", "four", "GB"),
    # the move in points in the next sentence, its two levels set against each other
    ("Girls are now 52.4% of science entrants, against 45.1% a decade ago. The 9.3-point rise surprised the board.",
     "9.3", "AU"),
    ("Now 61.5% of households own a bicycle, compared with 55.8% five years ago. The 3.7-point increase is modest.",
     "3.7", "NL"),
    # any multiple
    ("Leeds logged 1,860 complaints in the spring, nearly four times the 930 recorded in York.", "four times", "GB"),
    ("The port handled 2.4 million tonnes in March, 3.5 times the 1.1 million tonnes of a smaller rival.",
     "3.5 times", "NL"),
    ("Kisumu registered 5,210 voters in the last drive, six times the 1,300 registered in Siaya.", "six times", "KE"),
    # shares: own hedge after a comma, a dashed fraction closed by its source, a small bound said of the part
    ("Of the 820 clinics checked in the spring, 205 lacked a working fridge in 2023, roughly 35 per cent.",
     "roughly 35 per cent", "GH"),
    ("Of the 2,400 buses tested in the region over the winter, 290 failed at least one brake check — roughly one in "
     "five, according to the transport office.", "roughly one in five", "IE"),
    ("Of the 450 farms visited, 150 had no clean water — about one in four, inspectors said.", "about one in four", "ZA"),
    # grade labels glued to letters between the part and its share are words
    ("Of the 960 pupils entered by the district's four schools, 610 scored between B2 and C4 in English, or "
     "74.5 per cent.", "74.5 per cent", "NG"),
    # two levels after "to": the base's measure chooses
    ("Gate receipts doubled from £3.1m to £8.4m as the average crowd rose to 9,870.", "doubled", "GB"),
    # sums
    ("Salaries take Sh3.20 billion of the county allocation, drugs Sh1.45 billion and equipment Sh0.90 billion, "
     "bringing the department's total to Sh5.95 billion, the treasury said.", "Sh5.95 billion", "KE"),
    ("Of the council's capital budget of £286m for 2025/26, schools will get £121m, roads £84m, housing £52m and "
     "everything else £37m.", "£286m", "GB"),
    ("The county adopted a $640 million budget on Monday.\n\nThe budget splits spending among three areas: "
     "$310 million for schools, $205 million for roads and $95 million for parks.", "$640 million", "US"),
    ("The cabinet cleared a ₹2,900 crore water package (about $335 million) that will run to 2027.\n\n"
     "According to officials, the package comprises ₹1,400 crore for pipelines, ₹950 crore for treatment plants "
     "and ₹430 crore for storage.", "₹2,900 crore", "IN"),
    ("The poll of 2,000 adults, carried out online in May, split its sample among 900 in the north, 640 in the "
     "centre and 310 in the south.", "2,000", "GB"),
]

SILENT = [
    # the right differences, and a hedged move
    ("Turnout climbed from 62 per cent in 2019 to 71 per cent this time, an increase of 9 percentage points.", "IN"),
    ("Female enrolment rose from 41.2% to 47.6%, a 6.4-point gain.", "KE"),
    ("Girls are now 52.4% of science entrants, against 45.1% a decade ago. The 7.3-point rise surprised the board.",
     "AU"),
    ("The pass rate went from 48% to 57%, a rise of about 10 percentage points.", "GB"),
    # a rounded move of rounded levels (71.4% to 83.6% printed as 71 and 84, a rise of 12 points)
    ("Coverage rose from 71 per cent to 84 per cent, a gain of 12 percentage points.", "KE"),
    # "points" of a game or an index
    ("The side climbed from 41 to 52 points, an 11-point gain on last season.", "GB"),
    # right multiples
    ("Leeds logged 1,860 complaints in the spring, double the 930 recorded in York.", "GB"),
    ("Kisumu registered 5,210 voters in the last drive, four times the 1,300 registered in Siaya.", "KE"),
    ("The port handled 2.4 million tonnes in March, 2.2 times the 1.1 million tonnes of a smaller rival.", "NL"),
    # right shares
    ("Of the 960 pupils entered by the district's four schools, 610 scored between B2 and C4 in English, or "
     "63.5 per cent.", "NG"),
    ("Of the 820 clinics checked in the spring, 205 lacked a working fridge in 2023, roughly 25 per cent.", "GH"),
    ("Of the 2,400 buses tested in the region over the winter, 480 failed at least one brake check — roughly one in "
     "five, according to the transport office.", "IE"),
    ("Gate receipts doubled from £3.1m to £6.3m as the average crowd rose to 9,870.", "GB"),
    # sums that add up, and running totals
    ("Salaries take Sh3.20 billion of the county allocation, drugs Sh1.45 billion and equipment Sh0.90 billion, "
     "bringing the department's total to Sh5.55 billion, the treasury said.", "KE"),
    ("Police held 40 people on Monday and another 25 on Tuesday, bringing the total to 112.", "GB"),
    ("The county adopted a $640 million budget on Monday.\n\nThe budget splits spending among three areas: "
     "$330 million for schools, $215 million for roads and $95 million for parks.", "US"),
    ("The poll of 1,850 adults, carried out online in May, split its sample among 900 in the north, 640 in the "
     "centre and 310 in the south.", "GB"),
    ("Of the council's capital budget of £294m for 2025/26, schools will get £121m, roads £84m, housing £52m and "
     "everything else £37m.", "GB"),
    # a gap in points to a share said earlier, not to the one just before
    ("The district's pass rate rose to 79.6% this year.\n\nOf the 6,000 who sat, 1,680, or 28.0%, earned a "
     "university entrance pass. The national rate was 87.3%, a gap of 7.7 percentage points.", "ZA"),
    # a loss in one year against the year before
    ("Savers lost $1.20 billion to fraud in 2024, down about 20 per cent on the $1.50 billion lost the year before.", "AU"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
