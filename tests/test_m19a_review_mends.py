"""Session 19 (m19a): four guards added this session read too wide and hid real errors; the reviewer's probes, in
sentences of our own, fire again while the false alarm each guard was written for stays silent (those are kept in
tests/test_h19c_arithmetic_readings.py and tests/test_h19e_arithmetic.py; the near misses below are new).

- a rate in an "as/when/while ..." clause is another subject's only when that clause's subject is another noun than
  the levels' -- not a pronoun, not the same noun or its kin (prices/price, stock/shares);
- "band"/"interval" silence a gap in points only in the tolerance sense ("a tolerance band of", "a margin of error
  of", "2 points either side"), not as plain nouns ("the 18-24 age band", "over the interval");
- ", leaving <holders> with N between them" is of other holders only when the names are not all the parts' own
  ("the two parties" after exactly two parts is the same holders);
- ", as the X of Y doubled" is another subject only when X of Y is not the levels' own noun.
"""
from __future__ import annotations

import pytest

import factcheck


def rules(text: str, date: str = "2024-03-01", country: str = "GB"):
    return [f.rule for f in factcheck.check(text, date=date, country=country) if f.category == "arithmetic"]


FIRES = [
    # 1. the clause of change is the levels' own subject (a pronoun, the same noun, its kin)
    ("The average house price reached £500,000 in March, up from £400,000 a year earlier, as prices rose 40%.",
     "FC301"),
    ("Shares closed at 500p, up from 400p, as the stock jumped 40% on the news.", "FC301"),
    ("The share price went to 500p from 400p when it rose 40% on Tuesday.", "FC301"),
    ("Ticket sales climbed to 9,000 from 6,000, as sales grew 25% over the summer.", "FC301"),
    # (lead's read) the levels' noun after the figure, the clause's subject a count of it
    ("The port handled 8.4 million containers last year, up from 7.9 million, as container numbers rose 16%.", "FC301"),
    # (lead's read) a subject joined by "for" that is the figures' own
    ("Sales of electric cars rose to 1.2 million units from 800,000, as demand for electric cars doubled.", "FC303"),
    # 2. a band or interval that is no tolerance
    ("Unemployment in the 18-24 age band rose 1.5 percentage points to 14.2% from 11.9%.", "FC301"),
    ("Households in the lowest council tax band fell by 1.5 percentage points to 30% from 33%.", "FC301"),
    ("Over the interval it rose 1.5 percentage points, from 3.1% to 5.2%.", "FC301"),
    # 3. the holders left with the total are the parts' own
    ("Labour took 39 seats and the Greens 38, leaving Labour and the Greens with 86 between them.", "FC311"),
    ("Labour took 39 seats and the Greens 38, leaving the two parties with 86 seats between them.", "FC311"),
    # 4. the "X of Y" that doubled is the levels' own noun
    ("Rice exports rose to $12 billion last year from $4 billion in 2022, as the value of rice exports doubled.",
     "FC303"),
    ("The number of visitors rose to 1.2 million from 400,000, after the number of visitors doubled in two years.",
     "FC303"),
]

SILENT = [
    # (lead's read) another subject's multiple, joined by "for"
    ("Sales rose to 1.2 million units from 800,000, as Chinese demand for electric cars more than doubled.", "CN"),
    # (lead's read) a count of another thing in the clause of change
    ("The port handled 8.4 million containers last year, up from 7.9 million, as cargo volumes rose 16%.", "GB"),
    # 1. another subject's move in its own clause
    ("Fares were raised to £5.50 from £5 as fuel costs rose 40% over the year.", "GB"),
    # 2. a band in the tolerance sense
    ("Inflation stood at 6.1%, above the 4% target, which has a tolerance band of 1.5 percentage points.", "GB"),
    ("The poll put the party on 34%, up from 31%, with a margin of error of 2 percentage points.", "GB"),
    # 3. other holders than the parts
    ("Labour took 39 seats and the Greens 18, leaving Labour and the Liberals with 86 seats between them.", "NZ"),
    ("Labour took 39 seats, the Greens 18 and the Liberals 30, leaving the two parties with 86 seats between them.",
     "NZ"),
    # 4. another subject's multiple
    ("Rice exports rose to $12 billion last year from $9 billion in 2022, as the volume of wheat shipments doubled.",
     "US"),
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_the_reviewers_probe_fires(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize("text,country", SILENT)
def test_the_near_miss_stays_silent(text, country):
    assert rules(text, country=country) == []
