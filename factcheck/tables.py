"""Reference tables with provenance: exchange rates, countries, trade, events, limits, world output.

Every table is a CSV under `rules/tables/` whose rows carry `source` and `as_of`.
A bad row is an error naming `file:row`. Tables are loaded once per process and
indexed for the lookups the rules make; loading is a pure function of the files,
so a worker process loads the same tables and finds the same things.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .paths import default_tables_dir


class TableError(Exception):
    """A mistake in a reference table, pointing at the file and row."""

    def __init__(self, path: Path | str, row: int, message: str):
        super().__init__(f"{path}:{row}: {message}")
        self.path, self.row, self.message = str(path), row, message


@dataclass(frozen=True, slots=True)
class Row:
    """One table row, its provenance, and where it came from (for evidence and errors)."""

    values: dict
    source: str
    as_of: dt.date
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def get(self, key: str, default=None):
        value = self.values.get(key)
        return default if value in (None, "") else value

    def number(self, key: str) -> float | None:
        value = self.values.get(key)
        if value in (None, ""):
            return None
        try:
            return float(value)
        except ValueError:
            raise TableError(self.path, self.line, f"column {key!r}: {value!r} is not a number") from None

    def citation(self) -> dict:
        return {"source": self.source, "as_of": self.as_of.isoformat(), "table": Path(self.path).name,
                "row": self.line}


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[Row]:
    """Rows of one CSV, checked: every required column present, source and as_of on each row."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        missing = [c for c in (*required, "source", "as_of") if c not in header]
        if missing:
            raise TableError(path, 1, f"missing column(s): {', '.join(missing)}")
        for record in reader:
            line = reader.line_num
            if None in record:
                raise TableError(path, line, "more cells than columns")
            if any(v is None for v in record.values()):
                raise TableError(path, line, "fewer cells than columns")
            source = (record.get("source") or "").strip()
            if not source:
                raise TableError(path, line, "empty 'source': every figure needs one")
            try:
                as_of = dt.date.fromisoformat((record.get("as_of") or "").strip())
            except ValueError:
                raise TableError(path, line, f"'as_of' {record.get('as_of')!r} is not a date (YYYY-MM-DD)") from None
            for column in required:
                if not (record.get(column) or "").strip() and column not in _OPTIONAL:
                    raise TableError(path, line, f"empty {column!r}")
            yield Row(record, source, as_of, str(path), line)


_OPTIONAL = {"aliases", "demonyms", "capital", "population", "population_year", "gdp_usd", "gdp_year", "end",
             "duration_days", "note", "participants", "min", "max", "currency", "world", "largest", "largest_name",
             "largest_iso2", "counted", "reexported", "low_c", "low_place", "low_date"}


# -- exchange rates -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Rate:
    currency: str
    series: str
    period: str
    per_usd: float
    row: Row


class FxTable:
    """Units of each currency per US dollar, monthly and yearly, by series."""

    def __init__(self, rows: list[Row]):
        self._monthly: dict[tuple[str, str], list[tuple[dt.date, Rate]]] = {}
        self._yearly: dict[tuple[str, str, int], Rate] = {}
        for row in rows:
            period = row["period"].strip()
            try:
                per_usd = float(row["per_usd"])
            except ValueError:
                raise TableError(row.path, row.line, f"per_usd {row['per_usd']!r} is not a number") from None
            if per_usd <= 0:
                raise TableError(row.path, row.line, "per_usd must be positive")
            rate = Rate(row["currency"].strip(), row["series"].strip(), period, per_usd, row)
            key = (rate.currency, rate.series)
            if len(period) == 7:
                year, month = _period(period, row)
                self._monthly.setdefault(key, []).append((dt.date(year, month, 1), rate))
            elif len(period) == 4 and period.isdigit():
                self._yearly[(*key, int(period))] = rate
            else:
                raise TableError(row.path, row.line, f"period {period!r} is neither YYYY nor YYYY-MM")
        for series in self._monthly.values():
            series.sort(key=lambda item: item[0])

    def currencies(self) -> set[str]:
        return {c for c, _ in self._monthly} | {c for c, _, _ in self._yearly}

    def rate(self, currency: str, on: dt.date | None, series: str = "official") -> Rate | None:
        """The monthly rate nearest `on` (latest if no date), or None if we have none."""
        if currency == "USD":
            return _USD
        months = self._monthly.get((currency, series))
        if not months:
            return None
        if on is None:
            return months[-1][1]
        target = dt.date(on.year, on.month, 1)
        keys = [d for d, _ in months]
        i = bisect.bisect_left(keys, target)
        best = min((j for j in (i - 1, i) if 0 <= j < len(months)), key=lambda j: abs((keys[j] - target).days))
        return months[best][1]

    def yearly(self, currency: str, year: int, series: str = "official") -> Rate | None:
        if currency == "USD":
            return _USD
        return self._yearly.get((currency, series, year))

    def to_usd(self, amount: float, currency: str, on: dt.date | None) -> tuple[float, Rate] | None:
        """An amount in US dollars at the month's rate, with the rate used (for evidence)."""
        if currency == "IRT":   # the toman is ten rials; the press quotes it at market rates
            found = self.rate("IRR", on, "open_market") or self.rate("IRR", on)
            return (amount * 10 / found.per_usd, found) if found else None
        found = self.rate(currency, on)
        return (amount / found.per_usd, found) if found else None


def _period(period: str, row: Row) -> tuple[int, int]:
    try:
        year, month = int(period[:4]), int(period[5:7])
        if period[4] != "-" or not 1 <= month <= 12:
            raise ValueError
        return year, month
    except ValueError:
        raise TableError(row.path, row.line, f"period {period!r} is not YYYY-MM") from None


_USD = Rate("USD", "official", "", 1.0, Row({}, "identity", dt.date(1970, 1, 1), "", 0))


# -- loading --------------------------------------------------------------------

class ReferenceData:
    """All reference tables of one folder, each loaded on first use."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def rows(self, name: str, required: tuple[str, ...]) -> list[Row]:
        path = self.folder / name
        if not path.exists():
            return []
        return list(read_rows(path, required))

    @functools.cached_property
    def fx(self) -> FxTable:
        return FxTable(self.rows("fx_rates.csv", ("currency", "series", "period", "per_usd")))

    @functools.cached_property
    def countries(self) -> list[Row]:
        return self.rows("countries.csv", ("iso2", "iso3", "name", "aliases", "demonyms", "capital", "currency",
                                           "population", "population_year", "gdp_usd", "gdp_year"))

    @functools.cached_property
    def trade(self) -> list[Row]:
        return self.rows("trade.csv", ("country_a", "country_b", "year", "value_usd", "measure"))

    @functools.cached_property
    def events(self) -> list[Row]:
        return self.rows("events.csv", ("id", "name", "aliases", "participants", "kind", "start", "end",
                                        "duration_days"))

    @functools.cached_property
    def regions(self) -> list[Row]:
        """First-level subdivisions (states, provinces, territories) with their census population."""
        rows = self.rows("regions.csv", ("country", "name", "aliases", "kind", "population", "population_year"))
        for row in rows:
            _check_region(row)
        return rows

    @functools.cached_property
    def areas(self) -> list[Row]:
        """Each country's total area (land and water) in square kilometres."""
        return self.rows("areas.csv", ("iso2", "name", "area_km2"))

    @functools.cached_property
    def area_by_country(self) -> dict[str, Row]:
        """areas.csv indexed by ISO 3166 alpha-2 code, built once."""
        return {row["iso2"]: row for row in self.areas}

    @functools.cached_property
    def limits(self) -> list[Row]:
        return self.rows("limits.csv", ("subject", "aliases", "unit", "min", "max", "note"))

    @functools.cached_property
    def world_output(self) -> list[Row]:
        """A commodity's world output and its largest producer's, or the busiest airport's or port's traffic."""
        rows = self.rows("world_output.csv", ("commodity", "aliases", "unit", "world", "largest", "largest_name",
                                              "largest_iso2", "owner", "year", "counted", "reexported", "note"))
        for row in rows:
            _check_world_output(row)
        return rows

    @functools.cached_property
    def stadiums(self) -> list[Row]:
        """Named grounds with the most people each holds."""
        rows = self.rows("stadiums.csv", ("name", "aliases", "iso2", "capacity", "opened", "note"))
        for row in rows:
            if not (row.number("capacity") or 0) > 0:
                raise TableError(row.path, row.line, f"capacity {row['capacity']!r} is not a positive count")
        return rows

    @functools.cached_property
    def oil_peaks(self) -> dict[str, Row]:
        """Each oil producer's highest yearly output (barrels a day) by ISO alpha-2 code, checked on load."""
        rows = self.rows("oil_peaks.csv", ("iso2", "name", "peak_bpd", "peak_year", "note"))
        known = {row["iso2"] for row in self.countries}
        by_code: dict[str, Row] = {}
        for row in rows:
            if known and row["iso2"] not in known:
                raise TableError(row.path, row.line, f"iso2 {row['iso2']!r} is not in countries.csv")
            if not (row.number("peak_bpd") or 0) > 0:
                raise TableError(row.path, row.line, f"peak_bpd {row['peak_bpd']!r} is not a positive rate")
            if row["iso2"] in by_code:
                raise TableError(row.path, row.line, f"{row['iso2']} already has a row (line {by_code[row['iso2']].line})")
            by_code[row["iso2"]] = row
        return by_code

    @functools.cached_property
    def temperature_records(self) -> dict[str, Row]:
        """National all-time air-temperature records (°C) by ISO alpha-2 code, each row checked on load."""
        rows = self.rows("temperature_records.csv", ("iso2", "high_c", "high_place", "high_date", "low_c",
                                                     "low_place", "low_date"))
        known = {row["iso2"] for row in self.countries}
        by_code: dict[str, Row] = {}
        for row in rows:
            _check_temperature_record(row, known)
            if row["iso2"] in by_code:
                raise TableError(row.path, row.line, f"{row['iso2']} already has a row (line {by_code[row['iso2']].line})")
            by_code[row["iso2"]] = row
        return by_code


_REGION_KINDS = ("state", "province", "territory")
# A record's date as far as it is known: a year, a month or a day
_RECORD_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m", "%Y")


def _check_temperature_record(row: Row, known: set[str]) -> None:
    """A record row names a known country, a high above its low, each with its place and a date."""
    code = row["iso2"]
    if len(code) != 2 or not code.isupper():
        raise TableError(row.path, row.line, f"iso2 {code!r} is not an ISO alpha-2 code")
    if known and code not in known:
        raise TableError(row.path, row.line, f"iso2 {code!r} is not in countries.csv")
    high, low = row.number("high_c"), row.number("low_c")
    if not -90 < high < 60:
        raise TableError(row.path, row.line, f"high_c {row['high_c']!r} is not an air temperature in °C")
    if low is not None and not -90 < low < high:
        raise TableError(row.path, row.line, f"low_c {row['low_c']!r} is not an air temperature in °C below high_c")
    for side in ("high", "low"):
        if side == "low" and low is None:
            if row.get("low_place") or row.get("low_date"):
                raise TableError(row.path, row.line, "low_place or low_date without low_c")
            continue
        if not row.get(f"{side}_place"):
            raise TableError(row.path, row.line, f"empty '{side}_place'")
        written = row.get(f"{side}_date") or ""
        if not any(_is_date(written, f) for f in _RECORD_DATE_FORMATS):
            raise TableError(row.path, row.line, f"{side}_date {written!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def _is_date(text: str, form: str) -> bool:
    try:
        dt.datetime.strptime(text, form)
    except ValueError:
        return False
    return True


def _check_region(row: Row) -> None:
    """A census row must be a whole count of a known kind of subdivision in a census year."""
    if len(row["country"]) != 2 or not row["country"].isupper():
        raise TableError(row.path, row.line, f"country {row['country']!r} is not an ISO alpha-2 code")
    if row["kind"] not in _REGION_KINDS:
        raise TableError(row.path, row.line, f"kind {row['kind']!r} is not one of {', '.join(_REGION_KINDS)}")
    if not row["population"].isdigit() or int(row["population"]) <= 0:
        raise TableError(row.path, row.line, f"population {row['population']!r} is not a whole count")
    if not (row["population_year"].isdigit() and len(row["population_year"]) == 4):
        raise TableError(row.path, row.line, f"population_year {row['population_year']!r} is not a year")


WORLD_OUTPUT_UNITS = ("tonne", "barrel per day", "cubic metre", "passenger", "TEU")
_WORLD_OUTPUT_OWNERS = ("country", "airport", "port")


def _check_world_output(row: Row) -> None:
    """A world-output row: a known unit and owner, positive figures (a largest producer's at most the world's),
    a year or season, counted units as `noun:tonnes`."""
    if row["unit"] not in WORLD_OUTPUT_UNITS:
        raise TableError(row.path, row.line, f"unit {row['unit']!r} is not one of {', '.join(WORLD_OUTPUT_UNITS)}")
    if row["owner"] not in _WORLD_OUTPUT_OWNERS:
        raise TableError(row.path, row.line, f"owner {row['owner']!r} is not one of {', '.join(_WORLD_OUTPUT_OWNERS)}")
    world, largest = row.number("world"), row.number("largest")
    for name, value in (("world", world), ("largest", largest)):
        if value is not None and value <= 0:
            raise TableError(row.path, row.line, f"{name} must be positive")
    if world is None and largest is None:
        raise TableError(row.path, row.line, "a row needs a world figure, a largest producer's, or both")
    if world is not None and largest is not None and largest > world:
        raise TableError(row.path, row.line, "the largest producer's output exceeds the world's")
    if row["owner"] != "country" and largest is None:
        raise TableError(row.path, row.line, f"an {row['owner']} row needs the busiest one's traffic in 'largest'")
    if largest is not None and not row.get("largest_name"):
        raise TableError(row.path, row.line, "'largest' needs 'largest_name'")
    code = row.get("largest_iso2")
    if code is not None and (len(code) != 2 or not code.isupper()):
        raise TableError(row.path, row.line, f"largest_iso2 {code!r} is not an ISO alpha-2 code")
    if not _SEASON.fullmatch(row["year"]):
        raise TableError(row.path, row.line, f"year {row['year']!r} is neither YYYY nor a season YYYY/YY")
    for item in (row.get("counted") or "").split("|") if row.get("counted") else ():
        noun, _, tonnes = item.partition(":")
        try:
            ok = bool(noun.strip()) and float(tonnes) > 0
        except ValueError:
            ok = False
        if not ok:
            raise TableError(row.path, row.line, f"counted {item!r} is not 'noun:tonnes' (bag:0.06)")
        if row["unit"] != "tonne":
            raise TableError(row.path, row.line, "counted units convert to tonnes: the row's unit must be tonne")
    if row.get("reexported") not in (None, "yes"):
        raise TableError(row.path, row.line, f"reexported {row['reexported']!r} is neither 'yes' nor empty")
    for alias in row["aliases"].split("|"):
        if not alias.strip().lstrip("~"):
            raise TableError(row.path, row.line, "an empty alias")


_SEASON = re.compile(r"(?:19|20)\d\d(?:/\d\d)?")


@functools.lru_cache(maxsize=8)
def reference_data(folder: str | None = None) -> ReferenceData:
    """The reference tables of `folder` (default: the installed default tables)."""
    return ReferenceData(Path(folder) if folder else default_tables_dir())
