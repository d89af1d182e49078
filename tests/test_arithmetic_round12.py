"""Arithmetic, round 12: every reading of a figure told elsewhere, not a frame per phrasing.

- a percentage change with one level told elsewhere is tried against every figure of the level's measure;
  it is built only when none fits and one candidate is clearly the other level: the level a trailing
  ", up P% from B" is said of, however long the clause; a base marked as the thing's earlier value and named
  with the move's noun ("Monday's close of"); two levels in neighbouring sentences, the second "a year later",
  for a size told alone that refers back ("the fall of P%") (rate_bases);
- a share whose whole is named in words ("Of this year's candidates", "of those waiting") takes the one larger
  count told before; a whole said "more than W" bounds the share from above (stated_results, arithmetic);
- a whole's allocations further on when the copy says it splits ("breaks down into"), an announced count of parts
  ("in three phases") instead of verbs of allocation, one more part after a list sentence ("another", "everything
  else") (list_totals);
- a multiple in words against "A, compared with B twelve months earlier"; several pairs none of which fits the
  factor are all wrong readings (multiples_across).

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

# (text, the figure flagged, country)
CAUGHT = [
    # the level a trailing ", up P% from B" is said of
    ("The council on Monday adopted a Rs 4,120 crore budget for 2024-25 after a four-hour sitting of the finance "
     "panel, up 9.8 per cent from Rs 3,390 crore this year.", "9.8 per cent", "IN"),
    ("The trust approved a £182m spending plan for the coming year at its board meeting in Leeds, up 4.1% from £160m.",
     "4.1%", "GB"),
    ("Shareholders were told the group booked revenue of $2.64 billion in the fiscal year that ended in June, "
     "according to its annual report, up 31 percent from $2.31 billion.", "31 percent", "US"),
    ("The district handed out 18,400 food parcels over the winter through its network of church halls and schools, "
     "down 6 per cent from 23,100 a year before.", "6 per cent", "GB"),
    ("The board approved a $412m budget for the district's schools on Tuesday - a rise of 9% on the $396m of 2024.",
     "9%", "US"),
    # the base marked as the thing's earlier value, in another paragraph
    ("The Nikkei 225 climbed 3.4 per cent on Tuesday to close at 39,870.\n\nMonday's close of 39,210 had been the "
     "lowest in a month.", "3.4 per cent", "JP"),
    ("The FTSE 100 fell 1.9% on Wednesday to close at 8,120.\n\nTraders said Tuesday's close of 8,190 already "
     "reflected some of the worry.", "1.9%", "GB"),
    ("The benchmark Sensex rose 2.2 per cent on Thursday to close at 73,450.\n\nWednesday's close of 72,880 had "
     "followed three days of selling.", "2.2 per cent", "IN"),
    ("The Straits Times Index added 2.8 per cent on Monday to close at 3,402. Analysts noted that the previous "
     "close of 3,388 had come on thin volume.", "2.8 per cent", "SG"),
    ("The KOSPI rose 2.6 per cent on Friday to close at 2,731.45.\n\nThe index had closed at 2,695.95 on Thursday, "
     "itself a record.", "2.6 per cent", "KR"),
    # a size told alone, its two levels told before
    ("Registered jobseekers in the county numbered 48,200 at the end of 2022.\n\nA year later the total stood at "
     "44,100.\n\nOfficials hailed the fall of 2.1% as proof the scheme worked.", "2.1%", "GB"),
    ("The shelter housed 1,240 dogs in January.\n\nSix months later the figure stood at 1,610.\n\nStaff said the "
     "rise of 12 per cent had stretched the budget.", "12 per cent", "AU"),
    ("Enrolment at the college reached 6,420 in September 2022.\n\nBy September 2023 enrolment was 5,880.\n\nThe "
     "principal blamed the drop of 14 per cent on rents.", "14 per cent", "GB"),
    # a share whose whole is named in words and counted before
    ("The hospital treated 1,240 patients in its emergency wing on Monday.\n\nSome 310 of those admitted were "
     "children — 35% of the total — the trust said.", "35%", "IE"),
    ("A total of 8,600 households applied for the grant.\n\nOf the applicants, 2,150, or 31 per cent, were turned "
     "down.", "31 per cent", "ZA"),
    ("Police stopped 712 drivers at checkpoints over the weekend.\n\nOf those stopped, 96 — 18 per cent — failed a "
     "breath test.", "18 per cent", "NZ"),
    ("More than 41,200 pupils sat the leaving exam this summer, the board said.\n\nOf this year's candidates, 30,100 "
     "- or 82 per cent - passed English.", "82 per cent", "IE"),
    # a whole's allocations further on
    ("The county approved a $96.5-million operating budget on Tuesday.\n\nPolicing is the largest line at $31.2 "
     "million, followed by roads at $22.4 million and libraries at $9.1 million. Everything else the county does "
     "accounts for $30.6 million.", "$96.5-million", "CA"),
    ("The corporation tabled its 2025-26 estimates, pegged at ₹3,410 crore. Capital works get ₹1,420 crore, while "
     "salaries and upkeep are budgeted at ₹1,880 crore. Loan repayments will take another ₹260 crore.",
     "₹3,410 crore", "IN"),
    # a multiple against a level "twelve months earlier"
    ("The number of people waiting for a hip operation more than doubled last year, the figures show.\n\n"
     "There were 4,180 people waiting at the end of December, compared with 2,760 twelve months earlier.",
     "more than doubled", "IE"),
]

SILENT = [
    # the stated figure is right
    "The council on Monday adopted a Rs 4,120 crore budget for 2024-25 after a four-hour sitting of the finance "
    "panel, up 21.5 per cent from Rs 3,390 crore this year.",
    "The Nikkei 225 climbed 1.7 per cent on Tuesday to close at 39,870.\n\nMonday's close of 39,210 had been the "
    "lowest in a month.",
    "Registered jobseekers in the county numbered 48,200 at the end of 2022.\n\nA year later the total stood at "
    "44,100.\n\nOfficials hailed the fall of 8.5% as proof the scheme worked.",
    "The hospital treated 1,240 patients in its emergency wing on Monday.\n\nSome 310 of those admitted were "
    "children — 25% of the total — the trust said.",
    # the change is of another thing than the level before it
    "The council adopted a Rs 4,120 crore budget, with the roads allocation up 9.8 per cent from Rs 830 crore.",
    "Revenue reached $2.64 billion, while profit was up 31 percent from $410 million.",
    "The port handled 2.9 million tonnes of grain, while exports of coal saw an increase of 12 per cent from 1.4 "
    "million tonnes.",
    # some other figure of the story makes the size come out
    "The trust approved a £182m plan and a £166.4m staffing budget, up 4.1% from £160m.",
    # the earlier figure is a record, another day's or another thing's
    "The Nikkei 225 climbed 3.4 per cent on Tuesday to close at 39,870.\n\nThe previous record of 39,210 was set in "
    "1989.",
    "The Nikkei 225 climbed 3.4 per cent on Tuesday to close at 39,870.\n\nMonday's turnover of 39,210 contracts was "
    "the lowest in a month.",
    "The Nikkei 225 climbed 3.4 per cent on Tuesday to close at 39,870.\n\nTuesday's close of 39,210 was later revised.",
    "The KOSPI rose 2.6 per cent on Friday to close at 2,731.45.\n\nThe KOSDAQ closed at 2,695.95 on Friday.",
    # a size told alone of another thing, of its own base, the other way, or far from the levels
    "Registered jobseekers in the county numbered 48,200 at the end of 2022.\n\nA year later the total stood at "
    "44,100.\n\nWages posted a fall of 2.1% over the year.",
    "The shelter housed 1,240 dogs in January.\n\nSix months later the figure stood at 1,610.\n\nDonations showed a "
    "rise of 12 per cent on last year.",
    "Enrolment at the college reached 6,420 in September 2022.\n\nBy September 2023 enrolment was 5,880.\n\n"
    "Applications showed a rise of 14 per cent.",
    "The shelter housed 1,240 dogs in January.\n\nIt has 40 kennels.\n\nSix months later the figure stood at 1,610.\n\n"
    "Staff said the rise of 12 per cent had stretched the budget.",
    # a base of another order than the level
    "The district handed out 18,400 food parcels over the winter, down 6 per cent from 230 a year before.",
    # a share's whole unsure, narrowed, of another whole, under a "more than" bound
    "The hospital treated 1,240 patients on Monday and 1,480 on Tuesday.\n\nSome 310 of those admitted were children "
    "— 35% of the total — the trust said.",
    "The survey reached 2,400 farmers across the district.\n\nOf those questioned in the hills, 960 (48%) said they "
    "had lost livestock.",
    "More than 41,200 pupils sat the leaving exam.\n\nOf this year's candidates, 30,100 - or 70 per cent - passed "
    "English.",
    "The charity fed 14,800 people in December.\n\nOf the month's visitors, 4,100, or 34 per cent more than in "
    "November, were first-timers.",
    # allocations: funding of the whole is not a part; a sum paid to each is not a part
    "The city signed a R$2.4 billion contract for the new ring road on Monday.\n\nThe budget breaks down into R$1.2 "
    "billion for earthworks, R$850 million for bridges and R$350 million for lighting. The state has pledged R$900 "
    "million of it.",
    "The insurer will pay out Sh120 million in two phases. In the first, 20,000 farmers will each receive Sh3,000, a "
    "total of Sh60 million. A second phase worth Sh60 million follows in May.",
    # a multiple that fits
    "The number of people waiting for a hip operation more than doubled last year, the figures show.\n\n"
    "There were 5,980 people waiting at the end of December, compared with 2,760 twelve months earlier.",
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT)
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    _silent(text)
