"""Round 8: air temperatures beyond the records when the scale is the newsroom's own ("60.5 degrees" in a
Pakistani paper is Celsius), glued Fahrenheit in weather copy ("highs near 140F"), and a day's "high of",
in sentences of our own."""
from __future__ import annotations

import pytest

import factcheck


def flagged(text: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date="2025-06-19", country=country)
            if f.category == "plausibility"]


FLAGGED = [
    ("The temperature peaked at 60.5 degrees in Larkana on Friday.", "PK", "60.5 degrees"),
    ("Temperatures plunged to -94 degrees in the Yakut village overnight.", "RU", "-94 degrees"),
    ("Heat peaked at 59 degrees in Churu, officials said.", "IN", "59 degrees"),
    ("Death Valley sweltered under a high of 139 degrees on Sunday.", "US", "139 degrees"),
    ("The high reached 138F in Needles on Sunday.", "US", "138F"),
    ("Forecasters expect highs near 137F across the desert.", "US", "137F"),
    ("The thermometer outside the clinic showed 61 degrees on Tuesday.", "SA", "61 degrees"),
]


@pytest.mark.parametrize("text, country, figure", FLAGGED)
def test_an_impossible_reading_is_flagged(text, country, figure):
    assert figure in flagged(text, country)


SILENT = [
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


@pytest.mark.parametrize("text, country", SILENT)
def test_possible_or_other_readings_stay_silent(text, country):
    assert flagged(text, country) == []
