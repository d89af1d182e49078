"""Round 14 shapes of plausibility copy, in house styles of our own.

* A country's people by its possessive ("Peru's 340 million people struggling with ...", "the nation's 830 million
  residents in one way or another") are all or some of its population, whatever follows them: never more than
  twice it (only the high side: "Peru's 3 million people living in poverty" is a part).
* The people a hospital, a trust or a utility serves ("hospitals, which serve a population of 52 million") are
  the country's or a part of them: never more than twice its population, and never read as the whole on the low
  side ("the trust serves a population of about 450,000 people").
* A country named as whose firms they are ("several Japanese-owned and US companies opened plants") does not make
  the next sentence's unowned economy another country's.
* One direction of a pair's trade is judged on its own clause: a third country set beside it in a later clause
  (", against $390 billion from China") does not hide whose flow it is.
* When figures came out ("data published at the end of January showed") is not the period they cover.
* A sea's, a lake's or a river's own water ("surface water in the bays reached", "lake temperatures hit") has a far
  lower limit than the air (45C: the warmest sea surface on record is about 38C); water the ground or a machine
  heats (a hot spring, a borehole, a spa, a power plant's outflow) is no sea's, and no air's either.
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # a country's possessive people, a participle after them
    ("With Peru's 340 million people struggling with higher bus fares, the transport unions have called a stoppage.",
     "2024-03-05", "PE", "FC202", "340 million"),
    # "the nation's N residents" in some way or other
    ("The reform would reach nearly every one of the nation's 830 million residents in one way or another, the "
     "minister said.", "2024-09-30", "DE", "FC202", "830 million"),
    # the people hospitals serve: more than the country holds
    ("Unions said the strike would close wards at all of the country's 29 regional hospitals, which serve a "
     "population of 52 million.", "2022-11-02", "NZ", "FC202", "52 million"),
    # an attributive "US" in the sentence before does not own the economy
    ("Several Japanese and US companies have opened plants in the free zones. Exports are a pillar of an economy of "
     "about $790 billion, the central bank said.", "2024-05-10", "UY", "FC203", "$790 billion"),
    # a later clause sets another partner's flow beside it
    ("US imports from Canada rose to $4.2 trillion last year, against $390 billion from China, the Commerce "
     "Department said.", "2024-02-08", "CA", "FC206", "$4.2 trillion"),
    # when the figures came out is not what they cover
    ("Data published at the end of January showed Chile's exports fell 3.1 percent last year to $940 million.",
     "2024-02-10", "CL", "FC206", "$940 million"),
    # more visitors from abroad than people alive
    ("Hotel groups are hiring again after Vietnam received 18 billion international visitors last year.",
     "2024-01-20", "VN", "FC202", "18 billion"),
    # a lake's and a sea's own water
    ("Surface water in several of Estonia's shallow lakes reached 49C on Sunday as the heatwave dragged on.",
     "2022-07-18", "EE", "FC204", "49C"),
    ("Sea surface temperatures off the southern coast climbed to 58C last week, marine biologists said.",
     "2023-08-02", "ES", "FC204", "58C"),
]

GOOD = [
    ("Hotel groups are hiring again after Vietnam received 18 million international visitors last year.",
     "2024-01-20", "VN"),
    # trips and passengers repeat: billions are possible
    ("The state railway carried 7.1 billion passengers last year.", "2024-01-20", "IN"),
    ("Surface water in several of Estonia's shallow lakes reached 29C on Sunday as the heatwave dragged on.",
     "2022-07-18", "EE"),
    # air by the lake: the air's limit
    ("Temperatures around the lake reached 49C on Sunday.", "2023-07-18", "EG"),
    # water the ground heats
    ("The spa pipes water at 68C from a geothermal borehole and cools it for the lagoon pools.", "2024-02-01", "IS"),
    ("The resort draws hot water at 71C from two boreholes before it reaches the bathing pools.", "2024-02-01", "NZ"),
    ("River water below the power station's outflow reached 48C, the regulator said.", "2023-07-18", "FR"),
    ("With Peru's 34 million people struggling with higher bus fares, the transport unions have called a stoppage.",
     "2024-03-05", "PE"),
    # a part of the people, named by their possessive: only the high side is read
    ("Peru's 3 million people living in poverty will get the new payment first.", "2024-03-05", "PE"),
    ("The reform would reach nearly every one of the nation's 83 million residents in one way or another, the "
     "minister said.", "2024-09-30", "DE"),
    # a city's possessive is no country's
    ("Lima's 10 million people facing water cuts were told to store supplies.", "2024-03-05", "PE"),
    ("Unions said the strike would close wards at all of the country's 29 regional hospitals, which serve a "
     "population of 5.2 million.", "2022-11-02", "NZ"),
    # a trust's catchment is a small part of the country: not its population on the low side
    ("The trust serves a population of about 450,000 people and employs 6,100 staff.", "2023-12-04", "GB"),
    ("The health board covers a population of 310,000 across three counties.", "2023-12-04", "GB"),
    ("Several Japanese and US companies have opened plants in the free zones. Exports are a pillar of an economy of "
     "about $79 billion, the central bank said.", "2024-05-10", "UY"),
    ("US imports from Canada rose to $420 billion last year, against $390 billion from China, the Commerce "
     "Department said.", "2024-02-08", "CA"),
    # a month's exports are a month's
    ("Chile's exports fell 3.1 percent in January to $9.4 billion.", "2024-02-10", "CL"),
    ("Data published at the end of January showed Chile's exports fell 3.1 percent last year to $94 billion.",
     "2024-02-10", "CL"),
]


@pytest.mark.parametrize("text,date,country,rule,figure", BAD)
def test_caught(text, date, country, rule, figure):
    assert (rule, figure) in plausibility(text, date, country)


@pytest.mark.parametrize("text,date,country", GOOD)
def test_silent(text, date, country):
    assert plausibility(text, date, country) == []
