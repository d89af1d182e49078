"""A country's head count that is its recorded population times a power of ten (FC208, plausibility_magnitude),
read in loose shapes because the numeric coincidence is the evidence; sentences of our own."""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # above the whole: a people noun after the figure is enough, inside a quote too
    ("\"Ghana is a market of about 340 million consumers, most of them young,\" the trader said.", "2024-03-01",
     "GH", "340 million"),
    # below the whole: the noun "population" makes it the whole, whatever sits between
    ("The country's population, which grew quickly in the 2000s, stood at almost 4 million last year, officials "
     "said.", "2024-03-01", "CA", "4 million"),
    ("Official figures showed the number of citizens fell by 430,000 in 2018, the biggest drop since the count "
     "began in 1968, leaving Japan's population of citizens at about 12.4 million.", "2019-08-06", "JP",
     "12.4 million"),
]

GOOD = [
    # a part of the whole, not the whole
    ("About 3.4 million people in Canada lack a family doctor.", "2024-03-01", "CA"),
    ("Some 27.5 million people live in the capital region.", "2024-03-01", "ID"),
    ("Roughly 8.4 million residents who were born abroad live in Germany.", "2024-03-01", "DE"),
    # about right: no slip
    ("Germany's population of about 84 million is ageing.", "2024-03-01", "DE"),
    # the world's or a region's people
    ("Some 2.1 billion people worldwide lack safe drinking water, Brazil's delegate said.", "2022-05-10", "BR"),
    ("Africa's 340 million young people will need jobs, Ghana's minister said.", "2024-03-01", "GH"),
    # a part of the whole, said in a quote
    ("\"About 4 million people here have no family doctor,\" the minister said.", "2024-03-01", "CA"),
    ("\"We are a market of about 340 million consumers in West Africa,\" the trader said.", "2024-03-01", "GH"),
    # a city's, an animal's population
    ("Chengdu, with a population of about 14 million, sells itself as a leisure city.", "2024-03-01", "CN"),
    ("Chengdu, with a registered population of about 14 million, sells itself as a leisure city.", "2024-03-01", "CN"),
    ("The city is growing fast: Douala, whose population has grown to more than 2.9 million, needs drains.",
     "2024-03-01", "CM"),
    ("The bird population, which fell in the 2000s, stood at almost 4 million last year.", "2024-03-01", "CA"),
    # a head count of long ago
    ("In 1950 Germany's population stood at about 8.3 million.", "2024-03-01", "DE"),
    # near a power of ten but not on it
    ("Chains are opening stores because Indonesia is a market of about 35 million consumers.", "2024-03-01",
     "ID"),
    # a city's own people
    ("Lagos's 22 million residents face long commutes.", "2024-03-01", "NG"),
]


@pytest.mark.parametrize("text,date,country,figure", BAD)
def test_magnitude_slip_flagged(text, date, country, figure):
    assert ("FC208", figure) in plausibility(text, date, country)


@pytest.mark.parametrize("text,date,country", GOOD)
def test_magnitude_near_miss_silent(text, date, country):
    assert not plausibility(text, date, country)

