"""The usual slips: how a suggested reading is written and chosen."""
from __future__ import annotations

import pytest

from factcheck import slips
from factcheck.model import Quantity


@pytest.mark.parametrize(("value", "mark", "style", "text"), [
    (10e9, "$", "short", "$10bn"),
    (35.33e6, "$", "short", "$35.3m"),
    (4.5e11, "$", "short", "$450bn"),
    (3.5e9, "$", "words", "$3.5 billion"),
    (1.4e9, "", "indian", "140 crore"),
    (2.5e6, "₹", "indian", "₹25 lakh"),
    (12500, "Tk ", "plain", "Tk 12,500"),
])
def test_amounts_are_written_the_way_the_story_writes_them(value, mark, style, text):
    assert slips.amount(value, mark, style) == text


@pytest.mark.parametrize(("value", "swapped"), [
    (5400, [4500]), (32, [23]), (2100, [1200]), (1234, [2134, 1324, 1243]), (11, []), (1000, []),
])
def test_transpositions(value, swapped):
    assert sorted(slips.transpositions(value)) == sorted(swapped)


def test_style_and_prefix():
    q = Quantity("Rs10bn", 0, 6, "money", 10e9, "PKR", number_span=(2, 6))
    assert slips.style_of(q.text) == "short" and slips.prefix_of(q) == "Rs"
    assert slips.style_of("about 14 crore") == "indian"
    assert slips.style_of("3.5 billion dollars") == "words"


def test_money_readings_try_currency_and_scale_and_best_prefers_the_currency_slip():
    q = Quantity("Rs10bn", 0, 6, "money", 10e9, "PKR", number_span=(2, 6))
    rates = {"PKR": 283.0, "USD": 1.0}
    readings = slips.money_readings(q, ["PKR"], lambda v, cur: v / rates[cur])
    kinds = {r.slip for r in readings}
    assert {"currency symbol", "scale word", "decimal point"} <= kinds
    chosen = slips.best(readings, lambda v: 1.5e8 <= v <= 3e10, 3e9)
    assert (chosen.slip, chosen.text) == ("currency symbol", "$10bn")


def test_no_reading_fits_means_no_suggestion():
    q = Quantity("Rs10", 0, 4, "money", 10, "PKR", number_span=(2, 4))
    readings = slips.money_readings(q, ["PKR"], lambda v, cur: v)
    assert slips.best(readings, lambda v: 1e9 <= v <= 1e11, 3e9) is None


def test_source_and_period_are_shortened_for_messages():
    assert slips.short_source("HMRC monthly exchange rates (GBP base, USD cross)") == "HMRC"
    assert slips.period("2025-11") == "Nov 2025"
