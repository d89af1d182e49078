"""Checks on rules/tables/fx_rates.csv, the exchange-rate reference table.

Reads the committed CSV with the stdlib only: no network and no dependence on
the packages scripts/build_fx_rates.py uses to generate it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

TABLE = Path(__file__).resolve().parent.parent / "rules" / "tables" / "fx_rates.csv"
HEADER = ["currency", "series", "period", "per_usd", "source", "as_of"]
REQUIRED = (
    "USD EUR GBP JPY CNY INR PKR BDT LKR NPR AED SAR IRR TRY EGP NGN KES ZAR "
    "CAD AUD HKD SGD CHF RUB BRL MXN KRW IDR MYR THB NZD".split()
)
MONTHS_2015_2025 = [f"{y}-{m:02d}" for y in range(2015, 2026) for m in range(1, 13)]
YEARS_2015_2025 = [str(y) for y in range(2015, 2026)]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with TABLE.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def rates(rows) -> dict[tuple[str, str, str], float]:
    return {(r["currency"], r["series"], r["period"]): float(r["per_usd"]) for r in rows}


def test_header_exact():
    with TABLE.open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == HEADER


def test_file_size_reasonable():
    assert TABLE.stat().st_size < 1_500_000


def test_rows_well_formed(rows):
    assert rows
    for r in rows:
        assert re.fullmatch(r"[A-Z]{3}", r["currency"]), r
        assert r["series"] in {"official", "open_market"}, r
        assert re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", r["period"]), r
        assert r["source"].strip(), r
        as_of = dt.date.fromisoformat(r["as_of"])  # raises if not ISO
        assert r["as_of"] == as_of.isoformat(), r
        assert float(r["per_usd"]) > 0, r


def test_as_of_within_period(rows):
    for r in rows:
        assert r["as_of"][:len(r["period"])] == r["period"] or (
            # CBI free-market averages run 21st-to-20th, so they may start
            # in the month before the one they are filed under.
            r["series"] == "open_market"), r


def test_no_duplicate_keys(rows):
    keys = [(r["currency"], r["series"], r["period"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_sorted(rows):
    keys = [(r["currency"], r["series"], r["period"]) for r in rows]
    assert keys == sorted(keys)


@pytest.mark.parametrize("currency", REQUIRED)
def test_required_currency_full_coverage(rates, currency):
    missing = [p for p in MONTHS_2015_2025 + YEARS_2015_2025
               if (currency, "official", p) not in rates]
    assert not missing, f"{currency} missing {missing}"


def test_usd_is_one(rows):
    assert all(float(r["per_usd"]) == 1 for r in rows if r["currency"] == "USD")


def test_no_isolated_spikes(rates):
    """A month 3x off both adjacent months is a source typo, not a market move.

    (HMRC published BRL 2019-04 and IRR 2015-04 wrongly; the build script
    drops such values.) A lasting step change, such as IRR's official rate
    in 2026, matches the months on one side and passes.
    """
    series = defaultdict(dict)
    for (cur, ser, period), value in rates.items():
        if len(period) == 7:
            series[(cur, ser)][period] = value
    for key, values in series.items():
        periods = sorted(values)
        for i, p in enumerate(periods):
            adjacent = [values[q] for q in periods[max(0, i - 1):i] + periods[i + 1:i + 2]]
            ratios = [values[p] / v for v in adjacent]
            assert not (all(r > 3 for r in ratios) or all(r < 1 / 3 for r in ratios)), (
                key, p, values[p])


def test_irr_has_both_series(rates):
    official = {p for (c, s, p) in rates if c == "IRR" and s == "official"}
    market = {p for (c, s, p) in rates if c == "IRR" and s == "open_market"}
    assert official and market
    # The official (CBI) rate sat near 42,000 per dollar from mid-2018 to 2025.
    for year in range(2019, 2026):
        assert 40_000 < rates[("IRR", "official", str(year))] < 44_000


def test_irr_open_market_far_above_official(rates):
    pairs = [(p, v, rates[("IRR", "official", p)])
             for (c, s, p), v in rates.items()
             if c == "IRR" and s == "open_market" and ("IRR", "official", p) in rates]
    assert len(pairs) >= 10
    for period, market, official in pairs:
        # In 2018-19 the free rate was "only" about three times the official
        # one; from late 2020 the gap is well over fivefold.
        assert market > 2 * official, period
        if period >= "2020-09":
            assert market > 5 * official, period


@pytest.mark.parametrize(
    "currency,period,low,high",
    [
        ("PKR", "2025-11", 280, 284),
        ("INR", "2024", 82, 84.5),
        ("EUR", "2024", 0.91, 0.93),
        ("GBP", "2024", 0.78, 0.80),
        ("BDT", "2024", 110, 122),
        ("JPY", "2024", 140, 160),
    ],
)
def test_known_values(rates, currency, period, low, high):
    assert low <= rates[(currency, "official", period)] <= high
