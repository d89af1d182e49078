"""Arithmetic, session 16 (arith16): false alarms where a change, a list or a gap was read of the wrong figures.

- "This season's tally is 12% above the old best of 640": "This" opens on a time, not on the figure before; and a
  count said only by its order ("tens of thousands of fans") is never a level to divide by;
- "fell to $88m from $97m, with Germany, its second market, down by about half": a "with" clause names its own
  subject, and the move after it is that subject's;
- "Stock in Orvana fell 4.1%": the thing that moved is the noun before "in", not the company after it;
- a budget whose funding side is told after its items ("Tax receipts are forecast at ..., new bonds ...") is not
  more items of it;
- "Okafor, 49, polled 31,420 votes": a surname opening its sentence, the age set off by commas;
- "a majority of 151 of the 300 seats": the seats a majority needs, not a gap between two rivals.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    # the pronoun pointing back at the figure before still reads its level
    ("Dealers sold 64,000 tractors in 2023. That is 45% more than the 52,000 sold in 2022.", "45%", "IN"),
    # a move said right after its levels, with no "with" clause, is theirs
    ("Shipments dropped to $88m from $97m a year earlier, a fall of about half.", "about half", "DE"),
    ("Shipments dropped to $88m from $97m a year earlier, a fall of 50%.", "50%", "DE"),
    # a rate named back to a move whose subject it is
    ("Sugar exports declined to 1.2 million tonnes from 1.5 million tonnes. Officials blamed the 8% drop in sugar "
     "exports on the drought.", "8%", "BR"),
    # a list of candidates' votes against its total, no age among them
    ("Okafor received 31,420 votes, or 52.1% of the total, against 24,310 for Bello and 3,120 for Musa, the "
     "commission said. A total of 59,850 ballots were cast for governor.", "59,850", "NG"),
]

SILENT = [
    ("Since then, thousands of fans have queued at the gates. This season's ticket total is 12% higher than the "
     "previous record of 640 set in 2019.", "GB"),
    ("Since then, thousands of fans have queued at the gates. This season's tally is 12% higher than the 640 set in "
     "2019.", "GB"),
    ("Shipments dropped to $88m from $97m a year earlier, with Germany, its second market, down by about half.", "DE"),
    ("Shipments dropped to $88m from $97m a year earlier, with sales to Germany down 40%.", "DE"),
    ("Orvana proposed a dividend of 0.60 rand a share, up from 0.50 rand. Stock in Orvana rose 4.1% on Friday.", "ZA"),
    ("Orvana proposed a dividend of 0.60 rand a share, up from 0.50 rand, and said it would open a plant. Shares in "
     "Orvana climbed 4.1% in Johannesburg on Friday morning.", "ZA"),
    ("The cabinet on Monday approved a record €84.2 billion ($91bn) budget for the coming year, driven by rising "
     "pension and defence costs. The finance minister's first budget includes €30.1 billion for pensions, the largest "
     "single item. Defence spending will rise to a record €6.3 billion ($6.8bn). Tax revenue is projected at a record "
     "€51.8 billion, but the government will still need to issue €28.4 billion of new bonds to fund the budget.", "IE"),
    ("Okafor, 49, received 31,420 votes, or 52.1% of the total, against 24,310 for Bello and 3,120 for Musa, the "
     "commission said. A total of 58,850 ballots were cast for governor.", "NG"),
    ("The party would govern alone if it won an absolute majority of 151 of the 300 seats, but its leader has said "
     "he would refuse to govern without one.", "FR"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
