"""Arithmetic, session 15 (second helper): two false-alarm classes and three shapes of a whole and its parts.

- "The Treasury said the measure would benefit 95% of buyers ... and that 80% would pay none": a "said" before
  every percentage is the speaker's, reporting claims each of its own group; it is no cue of a list of shares
  (a poll's "12% said they did not know" still is). "averaged 96% ..., well above the 85% level": a level and
  the mark it is compared with ("above", "below", "averaged") are no shares of one whole;
- "won 29 of the 50 seats, leaving 25 to ...": a part said with its whole, then what is left (FC309);
- "delivered 48,200 cars, up 53% from 31,500 a year earlier. Deliveries were made up of ...": the base of a
  change said of another time is no rival whole, and "made up of" opens the list ("9,600 of its new MPV" there
  names what the part is);
- "drew 565,200 spectators to their 18 home matches, an average of 34,600": the average is the total over the
  count (FC316).

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    ("In the poll, 55% of voters backed the plan, 40% opposed it and 9% said they were unsure.", "9%", "GB"),
    ("The pollster said 58% backed the levy and 49% opposed it.", "49%", "GB"),
    ("The governing bloc took 31 of the 65 seats, leaving 38 to the opposition and independents.", "38", "KW"),
    ("The carmaker sold 36,400 vehicles in the second quarter, up 12% from 32,500 a year earlier. Sales were made "
     "up of 15,200 pickups, 14,100 hatchbacks and 8,300 of its new electric van, which went on sale in May.",
     "36,400", "CN"),
    ("The firm shipped 36,400 vehicles in the quarter. Shipments were made up of 15,200 pickups, 14,100 "
     "hatchbacks and 8,300 vans.", "36,400", "CN"),
    ("The festival sold 96,600 tickets across its 14 evenings this summer, an average of 7,900.", "7,900", "GB"),
    ("The fund paid out $86,400 in 24 monthly grants, averaging $4,100.", "$4,100", "US"),
]

SILENT = [
    ("The ministry said the scheme would help 92% of renters now paying the levy and that 70% would pay nothing.",
     "GB"),
    ("Officials said ward occupancy had averaged 97% in March, far above the 85% level seen as safe.", "GB"),
    ("The governing bloc took 31 of the 65 seats, leaving 34 to the opposition and independents.", "KW"),
    ("The bloc took 29 of the 65 seats, leaving 4 short of a majority of its own.", "KW"),
    ("The carmaker sold 36,400 vehicles in the second quarter, up 12% from 32,500 a year earlier. Sales were made "
     "up of 15,200 pickups, 14,100 hatchbacks and 7,100 of its new electric van, which went on sale in May.", "CN"),
    ("The festival sold 96,600 tickets across its 14 evenings this summer, an average of 6,900.", "GB"),
    ("The fund paid out $86,400 in 24 monthly grants, averaging $3,600.", "US"),
    ("She made 1,130 runs in 25 innings last season, averaging 56.5.", "IN"),
    ("The festival sold 96,600 tickets over three weekends, an average of 40,000.", "GB"),
    ("The festival sold 96,600 tickets across its 14 evenings, up from an average of 5,000 a night last year.", "GB"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
