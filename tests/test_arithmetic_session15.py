"""Session 15 shapes of arithmetic copy (lead's reading of b155-b158), in house styles of our own.

* The Bahraini dinar as Manama's papers write it: "BD 12.6m", "BD9.8m".
* A level told as a part of a whole before its base: "giving it 159 of the 400 seats, down from 230" moved from
  230 to 159, not to 400.
* A second subject's change after a first change in one clause: "won 40.18% of the vote, down from 57.50%,
  giving it 159 seats, down from 230, a loss of 61 seats".
"""
from __future__ import annotations

import pytest

import factcheck


def arithmetic(text: str, date: str = "2024-06-04", country: str = "ZA"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "arithmetic"]


BAD = [
    ("Gulf Cold Chain reported a half-year net profit of BD 4.2m ($11.1m), up from BD 3.5m a year earlier, a "
     "rise of 27%.", "BH", ("FC301", "27%")),
    ("The party won 212 of the 350 seats in parliament, down from 251 in 2019, a loss of 29 seats.", "ZA",
     ("FC302", "29")),
    ("The alliance took 38.6% of the vote, down from 45.2% in 2019, giving it 171 seats, down from 196 five years "
     "ago, a loss of 35 seats.", "ZA", ("FC302", "35")),
]


@pytest.mark.parametrize("text, country, finding", BAD)
def test_the_change_is_recomputed(text, country, finding):
    assert arithmetic(text, country=country) == [finding]


SILENT = [
    ("Gulf Cold Chain reported a half-year net profit of BD 4.2m ($11.1m), up from BD 3.5m a year earlier, a "
     "rise of 20%.", "BH"),
    ("The party won 212 of the 350 seats in parliament, down from 251 in 2019, a loss of 39 seats.", "ZA"),
    ("The alliance took 38.6% of the vote, down from 45.2% in 2019, giving it 171 seats, down from 196 five years "
     "ago, a loss of 25 seats.", "ZA"),
    # a market breadth count: parts of the scrips traded, no change
    ("Some 448 scrips were active, out of which 164 advanced, 221 declined and 63 remained unchanged.", "PK"),
    # "BD" that is no currency
    ("The BD team said 14 of its 20 engineers had left, down from 18 last year.", "BH"),
]


@pytest.mark.parametrize("text, country", SILENT)
def test_figures_that_agree_are_silent(text, country):
    assert arithmetic(text, country=country) == []


def test_bahraini_dinars_are_read_as_money():
    assert [(q.text, q.unit) for q in factcheck.extract("a profit of BD 12.6m and BD9.8m")] == [
        ("BD 12.6m", "BHD"), ("BD9.8m", "BHD")]


def test_a_bare_dollar_beside_the_home_dollar_is_the_us_dollar():
    """"C$1.1m ($1.49m)" in a Canadian paper: the bracketed bare "$" is the US dollar (a conversion is never into
    the same currency), and $1.49m multiplies by the rate instead of dividing."""
    text = "The average selling price of a home was about C$1,100,000 ($1.49m) in September, the brokerage said."
    assert [(f.rule, f.text) for f in factcheck.check(text, date="2024-10-24", country="CA")] == [("FC101", "$1.49m")]
    right = text.replace("$1.49m", "$810,000")
    assert factcheck.check(right, date="2024-10-24", country="CA") == []
