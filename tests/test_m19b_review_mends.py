"""Review mends, session 19 (helper m19b): three readings added this session that went too far.

* FC419 (one reading at one spot told twice) read a threshold ("the danger level ... is 6.8 metres"), an amount to
  come ("a further 1.2 metres is forecast"), a later reading ("by the evening ... stood at 3.9 metres", "hours
  later") and a projection ("is expected to peak at") as the first reading given again.
* A size in apposition to a named thing ("the East African Crude Oil Pipeline, the 1,434km line") silenced every
  mismatch with the story's thing, though a thing introduced generically ("a 1,443km crude oil pipeline") is often
  named later. The silence is right only when the copy makes the named thing another one ("its second project after
  ...", "like ...").
* An economy's size in apposition ("Nepal's economy, some $41 billion,") read a figure that the words after it make
  something else ("$30 billion in damage").
"""
from __future__ import annotations

import pytest

import factcheck

from _consistency_cases import consistency, flags


# -- 1. one reading at one spot: thresholds, forecasts, later readings, projections stay silent ----------------------

PLACE_SILENT = [
    # a threshold at the gauge
    ("The river at the Neamatighat gauge stood at 6.3 metres on Monday, officials said.\n\n"
     "Boats ferried families to higher ground.\n\n"
     "The danger level for the river at the Neamatighat gauge is 6.8 metres.", "IN"),
    ("The Kosi at the Birpur barrage stood at 4.2 metres on Sunday.\n\nSchools were shut.\n\n"
     "The warning level at the Birpur barrage is 4.7 metres, engineers said.", "IN"),
    # an amount still to come
    ("Snow depth at the Hakuba weather station was 1.7 metres on Friday, forecasters said.\n\n"
     "Ski lifts stayed closed.\n\nA further 1.2 metres of snow is forecast at the Hakuba weather station.", "JP"),
    ("Snow lay 2.4 metres deep at the Niseko village office on Thursday.\n\nRoads were closed.\n\n"
     "Another 2.1 metres of snow could fall at the Niseko village office by Sunday.", "JP"),
    # a later reading told by a relative time
    ("The river at the Ahero weir stood at 3.6 metres on Tuesday morning, the water authority said.\n\n"
     "Residents moved livestock to higher ground.\n\n"
     "By the evening the river at the Ahero weir stood at 3.9 metres.", "KE"),
    ("The river at the Ahero weir stood at 3.6 metres on Tuesday morning, the water authority said.\n\n"
     "Residents moved livestock to higher ground.\n\n"
     "Hours later, with the river at 3.9 metres at the Ahero weir, the bridge was closed.", "KE"),
    ("The lake at the Kisumu pier stood at 2.5 metres on Monday.\n\nFishermen stayed ashore.\n\n"
     "Overnight the lake at the Kisumu pier reached 2.8 metres.", "KE"),
    # a projection
    ("The river at the Ahero weir stood at 3.6 metres on Tuesday morning, the water authority said.\n\n"
     "Residents moved livestock to higher ground.\n\n"
     "The river at the Ahero weir is expected to peak at 3.9 metres.", "KE"),
]


@pytest.mark.parametrize(("text", "country"), PLACE_SILENT, ids=[s[0][:40] for s in PLACE_SILENT])
def test_a_threshold_forecast_or_later_reading_at_the_spot_is_not_the_reading_again(text, country):
    assert [f.rule for f in consistency(text, country=country) if f.rule == "FC419"] == []


def test_one_reading_at_one_spot_told_twice_is_still_caught():
    text = ("Snow lay 1.7 metres deep at the Hakuba weather station on Friday morning, forecasters said.\n\n"
            "Ski lifts stayed closed.\n\nCrews worked through the night with 1.4 metres of snow at the Hakuba "
            "weather station.")
    assert flags(consistency(text, country="JP"), "1.4 metres")


# -- 2. a thing introduced generically, later given its name -----------------------------------------------------------

NAMED_LATER = [
    ("Uganda and Tanzania signed a deal on Monday to build a 1,443km crude oil pipeline from the oilfields to the "
     "coast.\n\nThe line will carry 216,000 barrels a day.\n\nConstruction of the East African Crude Oil Pipeline, "
     "the 1,434km line from Hoima to Tanga, will begin next year.", "UG", "1,434km", "FC403"),
    ("The city council approved plans for a new stadium on Tuesday.\n\nThe stadium will seat 48,200 fans and "
     "cost $900 million.\n\nWork on the new Riverside Stadium, a 42,800-seat arena, starts next year.", "US",
     "42,800", "FC407"),
]


@pytest.mark.parametrize(("text", "country", "figure", "rule"), NAMED_LATER, ids=[c[2] for c in NAMED_LATER])
def test_a_thing_named_later_in_apposition_is_still_the_storys_thing(text, country, figure, rule):
    assert flags([f for f in consistency(text, country=country) if f.rule == rule], figure)


NAMED_OTHER = [
    # another thing by the copy's own words: "after", "like", "than", "another", "second", "previous"
    ("Kenya signed a deal on Monday to build a 1,240km products pipeline from the port to the lake.\n\nIt will be "
     "the region's second major pipeline project after the Lake Albert Export Pipeline, the 1,610km line from the "
     "oilfields to the coast.", "KE"),
    ("Kenya signed a deal on Monday to build a 1,240km products pipeline from the port to the lake.\n\nIt will be "
     "shorter than the Lake Albert Export Pipeline, the 1,610km line from the oilfields to the coast.", "KE"),
    ("The city approved plans for a 48,200-seat stadium on Tuesday.\n\nLike the Harbour Park Stadium, a 42,800-seat "
     "arena opened in 2019, it will have a retractable roof.", "US"),
    ("The city approved plans for a 48,200-seat stadium on Tuesday.\n\nThe previous project, the Harbour Park "
     "Stadium, a 42,800-seat arena, ran two years late.", "US"),
    # the first thing is itself named, and differently
    ("Kenya signed a deal on Monday to build the 1,240km Lamu Products Pipeline.\n\nOfficials compared it to the "
     "Lake Albert Export Pipeline, the 1,610km line from the oilfields to the coast.", "KE"),
]


@pytest.mark.parametrize(("text", "country"), NAMED_OTHER, ids=[s[0][:40] for s in NAMED_OTHER])
def test_another_named_thing_in_apposition_stays_silent(text, country):
    assert consistency(text, country=country) == []


# -- 3. an economy's size in apposition: not a figure the words after it make something else -------------------------

def _plausibility(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


@pytest.mark.parametrize("text", [
    "The floods hit Pakistan's economy, $30 billion in damage by one estimate.",
    "The war battered Ukraine's economy, $150 billion in losses so far, the central bank said.",
    "The quake shook Nepal's economy, $7 billion of which went on rebuilding homes.",
    "Donors pledged to shore up Nepal's economy, $9 billion in aid over five years, the ministry said.",
    "Smuggling drains Nepal's economy, $2 billion a year in lost duties, customs officials said.",
])
def test_a_figure_after_the_economy_that_is_something_else_is_not_its_size(text):
    # (FC203, the economy's record read through the apposition; FC208's clause-wide "economy" reading of the
    # Pakistan sentence is older and not this reading's)
    country = "PK" if "Pakistan" in text else "UA" if "Ukraine" in text else "NP"
    found = factcheck.check(text, date="2024-05-13", country=country)
    assert [f.text for f in found if f.rule == "FC203"] == []


@pytest.mark.parametrize("text", [
    "Tourism earns about a tenth of Nepal's economy, some $410 billion, the ministry said.",
    "Remittances make up a quarter of Nepal's economy, $410 billion.",
])
def test_an_economys_size_in_apposition_is_still_read(text):
    assert _plausibility(text, "2024-05-13", "NP") == ["$410 billion"]
