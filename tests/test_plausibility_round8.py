"""Round 8: readings the limits check now takes, in sentences of our own — air temperatures beyond the records
when the scale is the newsroom's own ("60.5 degrees" in a Pakistani paper is Celsius), glued Fahrenheit in weather
copy ("highs near 140F"), a day's "high of"; and shares above 100% named in more ways ("of the vote",
"participation", a time between the share's name and its level)."""
from __future__ import annotations

import pytest

from _findings import found




TEMPERATURES_FLAGGED = [
    ("The temperature peaked at 60.5 degrees in Larkana on Friday.", "PK", "60.5 degrees"),
    ("Temperatures plunged to -94 degrees in the Yakut village overnight.", "RU", "-94 degrees"),
    ("Heat peaked at 59 degrees in Churu, officials said.", "IN", "59 degrees"),
    ("Death Valley sweltered under a high of 139 degrees on Sunday.", "US", "139 degrees"),
    ("The high reached 138F in Needles on Sunday.", "US", "138F"),
    ("Forecasters expect highs near 137F across the desert.", "US", "137F"),
    ("The thermometer outside the clinic showed 61 degrees on Tuesday.", "SA", "61 degrees"),
]


@pytest.mark.parametrize("text, country, figure", TEMPERATURES_FLAGGED)
def test_an_impossible_reading_is_flagged(text, country, figure):
    assert figure in found(text, "2025-06-19", country, "plausibility")


TEMPERATURES_SILENT = [
    # a place that reports in Fahrenheit, quoted by a newsroom that does not
    ("Phoenix recorded 118 degrees on Sunday, US forecasters said.", "IN"),
    # British copy writes either scale
    ("Temperatures reached 96 degrees in Hyde Park.", "GB"),
    # possible readings
    ("The high reached 104F in Needles on Sunday.", "US"),
    ("A high of 47 degrees was recorded in Jacobabad.", "PK"),
    ("Lows of minus 40 degrees are expected in Yakutsk.", "RU"),
    # not weather
    ("The Boeing 777F landed with a high load factor.", "US"),
    ("The 13F filing showed a high of 141 shares.", "US"),
    ("The oven reached 250 degrees.", "PK"),
    ("The road turned through 180 degrees near the high pass.", "PK"),
]


@pytest.mark.parametrize("text, country", TEMPERATURES_SILENT)
def test_possible_or_other_readings_stay_silent(text, country):
    assert found(text, "2025-06-19", country, "plausibility") == []


SHARES_FLAGGED = [
    ("The governing party took 108.6 per cent of the vote in the district.", "GH", "108.6 per cent"),
    ("She was returned with 103% of valid votes.", "AZ", "103%"),
    ("The mayor won 117 per cent of the votes cast, the tally showed.", "KE", "117 per cent"),
    ("Voter participation stood at 106 percent, officials said.", "US", "106 percent"),
    ("The matric pass rate this year was 102.3 per cent.", "ZA", "102.3 per cent"),
    ("Turnout on Saturday reached 104.5%, the commission said.", "NG", "104.5%"),
    ("Turnout in 2024 was 121 per cent in the ward.", "GB", "121 per cent"),
]


@pytest.mark.parametrize("text, country, figure", SHARES_FLAGGED)
def test_a_share_above_the_whole_is_flagged(text, country, figure):
    assert figure in found(text, "2025-06-19", country, "plausibility")


SHARES_SILENT = [
    ("The governing party took 54% of the vote, up from 41%.", "GB"),
    ("Its share of the vote rose 120% on 2019.", "GB"),
    ("Labour force participation stood at 62 percent.", "US"),
    ("The pass rate this year was up 104 per cent on 2015.", "ZA"),
    ("Turnout was up 104% on the last election.", "GB"),
    ("The number of votes cast rose 112 per cent.", "IN"),
    ("Postal votes were 130% of the total in 2019.", "GB"),
    ("Occupancy at the hospital stood at 130%.", "GB"),
    ("Enrolment hit 105pc of the target.", "PK"),
]


@pytest.mark.parametrize("text, country", SHARES_SILENT)
def test_changes_ratios_and_possible_levels_stay_silent(text, country):
    assert found(text, "2025-06-19", country, "plausibility") == []
