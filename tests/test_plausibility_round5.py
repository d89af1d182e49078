"""Round 5: slip-shaped anomalies (FC208), in sentences of our own.

A figure of the right kind with a subject noun in its clause, a clear country, and a value that misses the
country's record by exactly a slip (x10, x100, x1000, or an exchange rate) is flagged without a sentence frame.
Parts, places, other subjects, targets and quarter figures stay silent.
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # a head count of the home country, its clause running on past unrelated countries
    ("For a nation of some 310 million people, with many working in Qatar and Japan, the remittance business "
     "is huge.", "2023-03-01", "NP", "310 million"),
    ("Its 3 million people, most of them farmers, rely on the monsoon.", "2023-03-01", "NP", "3 million"),
    ("A country of roughly 2.9 million people cannot absorb such a shock, the economist said.", "2023-03-01",
     "NP", "2.9 million"),
    # the noun first, an attribution between
    ("The population, put by the national statistics agency at close to 52 million last spring, keeps "
     "growing.", "2016-05-01", "IE", "52 million"),
    pytest.param("Officials said the population, which the census office estimated at 0.53 million in its latest "
                 "count, was ageing fast.", "2024-05-01", "IE", "0.53 million",
                 marks=pytest.mark.xfail(reason="a relative clause (', which') ends the noun's clause")),
    # an economy: scale word and currency mark
    ("With GDP of about €4.4 billion, Germany is still the largest economy in the euro area.", "2024-02-01", "DE",
     "€4.4 billion"),
    ("\"An open US$1.6 trillion economy such as ours feels every tariff,\" she said.", "2023-06-01", "MY",
     "US$1.6 trillion"),
    ("Nepal's $409 billion economy is heavily dependent on remittances.", "2024-04-01", "NP", "$409 billion"),
    # a national budget a thousand times too small
    ("The president signed the N27.5 billion 2024 Appropriation Bill on Monday.", "2024-01-03", "NG",
     "N27.5 billion"),
    ("Parliament passed the ₹48 crore Union Budget after a short debate.", "2024-03-01", "IN", "₹48 crore"),
]

GOOD = [
    # right figures
    ("In a country of about 29.2 million people, remittances are a lifeline.", "2023-03-01", "NP"),
    ("With GDP of about €4.4 trillion, Germany is still the largest economy in the euro area.", "2024-02-01", "DE"),
    ("\"An open RM1.6 trillion economy such as ours feels every tariff,\" she said.", "2023-06-01", "MY"),
    ("The president signed the N27.5 trillion 2024 Appropriation Bill on Monday.", "2024-01-03", "NG"),
    # parts and places
    ("Kathmandu, home to about 3 million people, is growing fastest.", "2023-03-01", "NP"),
    ("About 3 million people live abroad, most of them in the Gulf.", "2023-03-01", "NP"),
    ("The urban population, at 3.1 million, is growing fast.", "2023-03-01", "NP"),
    ("Dublin's population is estimated at around 0.53 million.", "2024-05-01", "IE"),
    ("The new hospital will serve a population of 3 million people in the western hills.", "2023-03-01", "NP"),
    ("Lagos State's N2.2 trillion 2024 budget was signed by the governor.", "2024-01-03", "NG"),
    ("The health budget of N36 billion was criticised.", "2024-01-03", "NG"),
    # another subject, a part of the year, a target, a historic year
    ("Exports remain a hope for the economy, bringing in $4.1 billion last year.", "2023-03-01", "NP"),
    ("GDP stood at €440 billion in the first quarter, the statistics office said.", "2024-05-01", "DE"),
    ("The government aims to become a $400 billion economy by 2040.", "2024-04-01", "NP"),
    ("In 1911 the population was about 5.6 million.", "2024-03-01", "NP"),
    # a figure that fits a country the sentence names
    ("Indonesia, a country of 277 million people, is Malaysia's neighbour.", "2023-06-01", "MY"),
]


@pytest.mark.parametrize("text,date,country,figure", BAD)
def test_slip_shaped_figure_is_flagged(text, date, country, figure):
    found = plausibility(text, date, country)
    assert any(t == figure for _, t in found), found


@pytest.mark.parametrize("text,date,country", GOOD)
def test_near_miss_stays_silent(text, date, country):
    assert not [r for r, _ in plausibility(text, date, country) if r == "FC208"]
