"""Unit tests per rule type (conversion, arithmetic, date): evidence, suggestions, edges."""
from __future__ import annotations

import factcheck


def check(text, date=None, country=None, rule=None):
    found = factcheck.check(text, date=date, country=country)
    return [f for f in found if rule is None or f.rule.startswith(rule)]


# -- conversion ----------------------------------------------------------------------

def test_conversion_evidence_and_suggestion_in_story_style():
    [f] = check("Rs10bn ($3.5bn) was pledged.", date="2025-11-25", country="PK", rule="FC1")
    assert f.text == "$3.5bn" and f.suggestion == "$35.3m"
    assert f.evidence["currency"] == "PKR" and f.evidence["target"] == "USD"
    assert 270 < f.evidence["table_rate"] < 290 and f.evidence["month"] == "2025-11"
    assert f.evidence["source"] and f.evidence["as_of"]


def test_conversion_word_scale_style():
    [f] = check("The plan costs Rs716 billion ($25.4 billion).", date="2025-06-10", country="PK", rule="FC1")
    assert f.suggestion == "$2.54 billion"


def test_conversion_within_tolerance_is_silent():
    assert not check("Rs10bn ($40m) was pledged.", date="2025-11-25", country="PK", rule="FC1")


def test_conversion_hedge_widens():
    # Rs10bn is about $35.6m: $44m is 24% off, past 15% and the figures' rounding (5% for "Rs10bn"), within the
    # hedge's 5% more; $48m (35% off) is past both
    assert not check("Rs10bn (about $44m) was pledged.", date="2025-11-25", country="PK", rule="FC1")
    assert check("Rs10bn ($44m) was pledged.", date="2025-11-25", country="PK", rule="FC1")
    assert check("Rs10bn (about $48m) was pledged.", date="2025-11-25", country="PK", rule="FC1")


def test_conversion_ambiguous_rupee_is_flagged_only_when_no_reading_fits():
    assert not check("Rs10bn ($120m) was pledged.", rule="FC1")     # INR reading fits
    [f] = check("Rs10bn ($3.5bn) was pledged.", rule="FC1")          # no reading fits
    assert f.suggestion is None and "readings" in f.evidence


def test_conversion_uses_the_story_date():
    # NGN lost two thirds of its value in 2023-24: N1.5tn was ~$3.3bn in early 2023, ~$940m in 2024
    assert check("The FEC approved N1.5tn ($3.3bn) for roads.", date="2024-08-20", country="NG", rule="FC1")
    assert not check("The FEC approved N1.5tn ($3.3bn) for roads.", date="2023-01-20", country="NG", rule="FC1")


def test_conversion_skips_ranges():
    assert not check("It will cost Rs3-4bn ($100m-$200m).", date="2025-06-10", country="PK", rule="FC1")


# -- arithmetic ----------------------------------------------------------------------

def test_percent_change_suggestion_keeps_style():
    [f] = check("The KSE-100 gained 2,412 points, or 3.1pc, to close at 161,820.", rule="FC3")
    assert f.text == "3.1pc" and f.suggestion == "1.5pc"
    assert f.evidence["relation"] == "percent change"


def test_percentage_points_must_be_the_difference():
    [f] = check("Turnout fell to 39.9% from 41.2%, a drop of 2.4 percentage points.", rule="FC3")
    assert f.suggestion == "1.3 percentage points"


def test_rounding_as_written_is_allowed():
    assert not check("Revenue rose from $2.14bn to $2.81bn, an increase of 31%.", rule="FC3")
    assert not check("Revenue rose from 2.1bn to 2.8bn, up 33%.", rule="FC3")


def test_share_and_parts():
    [f] = check("The party won 240 of 543 seats, or 48 per cent.", rule="FC3")
    assert f.suggestion == "44.2 per cent"
    [f] = check("Of the 64 passengers, 38 were men and 31 were women.", rule="FC3")
    assert f.text == "31 were women" and f.evidence["sum"] == 69


def test_hedged_change_is_read_as_a_bound():
    assert not check("Sales rose from $10m to $25m, an increase of more than 100%.", rule="FC3")
    assert check("Sales rose from $10m to $15m, an increase of more than 100%.", rule="FC3")


# -- date ----------------------------------------------------------------------------

def test_weekday_without_year_uses_publication_year():
    [f] = check("The court will sit on Tuesday, November 26.", date="2025-11-20", rule="FC5")
    assert f.suggestion == "Wednesday, November 26, 2025"
    assert not check("The court will sit on Wednesday, November 26.", date="2025-11-20", rule="FC5")


def test_weekday_without_year_or_date_is_silent():
    assert not check("The court will sit on Tuesday, November 26.", rule="FC5")


def test_yearless_weekday_near_new_year_is_ambiguous():
    # Tuesday, December 30 is 2025; the story is from January 2026: fits last year's date
    assert not check("The deal was signed on Tuesday, December 30.", date="2026-01-05", rule="FC5")


def test_impossible_dates():
    assert check("It happened on February 29, 2023.", rule="FC5")[0].rule == "FC502"
    assert not check("It happened on February 29, 2024.", rule="FC5")
    assert check("Bids close on 31 April.", rule="FC5")[0].rule == "FC502"
    assert not check("Bids close on February 29.", date="2024-01-10", rule="FC5")


def test_years_ago_and_age():
    [f] = check("The plant closed in 2018, three years ago.", date="2025-06-01", rule="FC5")
    assert f.rule == "FC503" and f.suggestion == "seven years ago"
    assert not check("The plant closed in 2018, about seven years ago.", date="2025-06-01", rule="FC5")
    [f] = check("Kamau, who was born in 1972, is 61.", date="2024-10-09", rule="FC5")
    assert f.rule == "FC504" and f.text == "is 61"
    assert not check("Kamau, who was born in 1972, is 61.", rule="FC5")   # no publication date
