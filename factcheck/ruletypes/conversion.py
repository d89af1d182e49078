"""conversion: a paired amount whose implied exchange rate is wrong for the date.

"Rs716bn ($25.4bn)" implies 28 rupees to the dollar; in June 2025 the rate was
about 281, so the dollar figure should be about $2.55bn. We compare the two
amounts in dollars at the reference rate of the story's month (nearest month in
the table), allowing for the rounding the writer's digits imply, any hedge
("about"), and 20% (the core pack's setting) for the rate the writer may have
used (a different day, a bank's rate, one of several official rates). The second
amount is the conversion, so it carries the finding; the first is the related span.

We say nothing when a currency symbol is ambiguous and the story does not settle
it — unless no reading at all makes the pair agree — nor for ranges.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import ClassVar, Iterator, Mapping

from ..claims import Pair, is_single, precision_of, relations
from ..model import Quantity, Span
from ..tables import Rate
from .base import Hit, Option, Rule, Story

# Series we try for each currency, most common first; a pair that fits any is fine
# (Iran's official and open-market rials differ tenfold: DESIGN.md §5).
_SERIES = ("official", "open_market")


class Conversion:
    name: ClassVar[str] = "conversion"
    category: ClassVar[str] = "conversion"
    options: ClassVar[Mapping[str, Option]] = {
        "tolerance": Option(float, 0.15, "relative difference from the reference rate allowed before we speak"),
        "hedge_tolerance": Option(float, 0.10, "extra allowance when either amount is hedged (about, nearly)"),
        "tolerance_by_currency": Option(dict, {}, "a wider tolerance for a currency the table gives one of several "
                                                  "official rates for (ISO code: tolerance)"),
    }
    fields: ClassVar[tuple[str, ...]] = (
        "amount", "converted", "expected", "currency", "target", "table_rate", "implied_rate", "month", "source")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        for pair in relations(story).pairs:
            hit = self._check_pair(rule, story, pair)
            if hit is not None:
                yield hit

    def _check_pair(self, rule: Rule, story: Story, pair: Pair) -> Hit | None:
        a, b = pair.first, pair.second
        if not (is_single(a) and is_single(b)) or not a.value or not b.value or a.value < 0 or b.value < 0:
            return None
        context = _story_currencies(story)
        readings = [(ca, cb) for ca in _readings(a, context) for cb in _readings(b, context) if ca != cb]
        if not readings and a.unit == b.unit and not a.alternatives and b.alternatives:
            # "C$1.1m ($1.49m)" in a Canadian paper: the bare "$" beside an amount already marked as the home dollar
            # is its other reading (a conversion is never into the same currency)
            readings = [(a.unit, cb) for cb in b.alternatives if cb and cb != a.unit]
        if not readings:
            return None
        wider = rule.options["tolerance_by_currency"]
        base = max([rule.options["tolerance"]] + [wider[c] for pair in readings for c in pair if c in wider])
        tolerance = base + _relative_precision(a) + _relative_precision(b)
        if a.hedge or b.hedge:
            tolerance += rule.options["hedge_tolerance"]
        if story.doc.publication_date is None:
            return self._check_undated(rule, story, pair, readings, tolerance)
        dates = _dates_to_try(story, a)
        if dates is None:
            return None          # the story or the sentence is outside the table's months: we cannot know the rate
        best = None      # the closest reading, for the evidence
        closest = math.inf
        fits_well = min(_SLIP_MISS, math.log1p(tolerance))
        # (whether the pair is the conversion done the wrong way round depends on the pair alone: asked once)
        converted_wrong_way = functools.cache(lambda: _wrong_way(story, pair, readings, dates[0]))
        source_slipped = functools.cache(lambda: _slipped_source(story, pair, readings, dates[0]))
        for ca, cb in readings:
            for k, on in enumerate(dates):
                rates_a, rates_b = _rates(story, ca, on), _rates(story, cb, on)
                if rates_a is None or rates_b is None:
                    continue     # no row near that month for this currency
                for ra in rates_a:
                    for rb in rates_b:
                        cross = ra.per_usd / rb.per_usd            # units of a per unit of b
                        expected = a.value / cross                  # b's currency
                        miss = abs(math.log(b.value / expected))
                        if miss <= fits_well and (miss <= _WRONG_WAY_MISS
                                                  or not (converted_wrong_way() or source_slipped())):
                            return None      # within the allowance and too close for a slipped symbol
                        closest = min(closest, miss)
                        # evidence: the publication month's rate, the closest reading
                        key = (k != 0, miss)
                        if best is None or key < best[0]:
                            best = (key, ca, cb, ra, rb, cross, expected, on)
        if best is None or not _all_readings_covered(story, readings, dates[0], (a.unit, b.unit)):
            return None
        slipped, wrong_way, source = None, False, None
        if closest <= math.log1p(tolerance):
            # within the allowance; but a figure that is the exact conversion into another money than the one
            # written ("R340m (about £18.4m)" where R340m is $18.4m) is a slipped symbol, not a loose rate
            slipped = _slipped_symbol(story, pair, readings, dates[0], closest)
            wrong_way = slipped is None and closest > _WRONG_WAY_MISS and converted_wrong_way()
            source = None if slipped or wrong_way or closest <= _WRONG_WAY_MISS else source_slipped()
            if slipped is None and not wrong_way and source is None:
                return None
        else:
            # far off: say so where the figure is the amount multiplied by the rate ("RM6,990 ($29,250)")
            wrong_way = converted_wrong_way()
        _, ca, cb, ra, rb, cross, expected, on = best
        single = len(readings) == 1
        month = ra.period if ca != "USD" else rb.period
        row = ra.row if ca != "USD" else rb.row
        suggestion = style_like(story, b, expected) if single else None
        evidence = {
            "currency": ca, "target": cb, "table_rate": _round(cross), "implied_rate": _round(a.value / b.value),
            "month": month, "expected": _round(expected, 3), **row.citation(),
        }
        if not single:
            evidence["readings"] = [f"{x}->{y}" for x, y in readings]
        if wrong_way:
            evidence["note"] = f"{b.text} is {a.text} multiplied by the rate, not divided: converted the wrong way"
        if source is not None:
            evidence["fits_currency"] = source
            evidence["note"] = f"{b.text} is {a.text} converted as if it were {source}, not {ca}: another money's rate"
        if slipped is not None:
            evidence["fits_currency"] = slipped
            evidence["note"] = f"{b.text} is {a.text} converted into {slipped}, not {cb}: a slipped currency symbol"
        fields = {"amount": a.text, "converted": b.text, "expected": suggestion or _plain_amount(expected, cb),
                  "currency": ca, "target": cb, "table_rate": _rate_text(cross), "implied_rate": _rate_text(a.value / b.value),
                  "month": month, "source": row.source}
        return Hit(span=Span(b.start, b.end), fields=fields, evidence=evidence, suggestion=suggestion,
                   related=(Span(a.start, a.end),))

    def _check_undated(self, rule: Rule, story: Story, pair: Pair, readings, tolerance: float) -> Hit | None:
        """No publication date: the pair may be from any month. We flag it only when its implied
        rate lies outside every rate the table holds for the currency (all months, all series),
        widened by the tolerance — a slip of scale or symbol, never a rate that merely moved."""
        a, b = pair.first, pair.second
        implied = a.value / b.value
        best = None
        for ca, cb in readings:
            span = _cross_span(story, ca, cb)
            if span is None:
                continue         # a currency we have no rates for (as when dated: no reading to test)
            low, high, first, last, row = span
            if low / (1 + tolerance) <= implied <= high * (1 + tolerance):
                return None
            miss = abs(math.log(implied / (low if implied < low else high)))
            if best is None or miss < best[0]:
                best = (miss, ca, cb, low, high, first, last, row)
        if best is None:
            return None
        _, ca, cb, low, high, first, last, row = best
        single = len(readings) == 1
        nearest = low if implied < low else high
        expected = a.value / nearest
        evidence = {
            "currency": ca, "target": cb, "table_rate_low": _round(low), "table_rate_high": _round(high),
            "table_rate": _round(nearest), "implied_rate": _round(implied), "month": f"{first}..{last}",
            "expected": _round(expected, 3), "note": "no publication date: checked against every month in the table",
            **row.citation(),
        }
        if not single:
            evidence["readings"] = [f"{x}->{y}" for x, y in readings]
        fields = {"amount": a.text, "converted": b.text, "expected": _plain_amount(expected, cb) if single else "?",
                  "currency": ca, "target": cb, "table_rate": f"{_rate_text(low)}-{_rate_text(high)}",
                  "implied_rate": _rate_text(implied), "month": f"any month {first} to {last}; no publication date",
                  "source": row.source}
        if not single:
            fields["expected"] = f"{_plain_amount(expected, cb)} (closest reading)"
        return Hit(span=Span(b.start, b.end), fields=fields, evidence=evidence, suggestion=None,
                   related=(Span(a.start, a.end),))


RULE_TYPE = Conversion()


# A slipped symbol: the written money misses by more than this (a rate may be loose by ~15%) ...
_SLIP_MISS = math.log1p(0.15)
# ... while the figure is, to this and its own rounding, the conversion into one of the monies stories convert to.
_SLIP_FIT = 0.02
_CONVERSION_MONIES = ("USD", "EUR", "GBP")


def _slipped_symbol(story: Story, pair: Pair, readings, on: dt.date, closest: float) -> str | None:
    """The money the converted figure really is in, when its written symbol is a slip ("£18.4m" for $18.4m)."""
    if closest <= _SLIP_MISS:
        return None
    # the amount at the other money's rate: a x (other per dollar) / (a's money per dollar)
    return _another_money(story, pair, readings, on, lambda ca, cb: ca,
                          lambda value, mine, other: value * other / mine)


def _slipped_source(story: Story, pair: Pair, readings, on: dt.date) -> str | None:
    """The money the amount was converted from, when the writer took another money's rate: "€46.5m ($60.7m)" is
    £46.5m in dollars. Euro and sterling are 10-20% apart against the dollar, inside a loose rate's allowance, so
    the figure must be that other conversion as closely as a slipped symbol is (the caller has found it more than
    `_WRONG_WAY_MISS` from the right rate at every month it tried)."""
    # the amount taken as the other money: a x (b's money per dollar) / (other per dollar)
    return _another_money(story, pair, readings, on, lambda ca, cb: cb,
                          lambda value, mine, other: value * mine / other)


def _another_money(story: Story, pair: Pair, readings, on: dt.date, kept_money, convert) -> str | None:
    """The first of the big monies that, put in place of one of the pair's (the conversion's rate taken against
    `kept_money`'s), gives the second figure as closely as a slip fits; None when the pair has more than one
    reading that matters (the extractor's choice and monies of countries the story names: "£" in a Kenyan story
    naming no Egypt is sterling)."""
    a, b = pair.first, pair.second
    _, named = _story_currencies(story)
    readings = [(ca, cb) for ca, cb in readings if (ca in named or ca == a.unit) and (cb in named or cb == b.unit)]
    if len(readings) != 1:
        return None
    ca, cb = readings[0]
    mine = kept_money(ca, cb)
    fit = math.log1p(_SLIP_FIT + _relative_precision(a) + _relative_precision(b))
    for other in _CONVERSION_MONIES:
        if other in (ca, cb):
            continue
        for ro in _rates(story, other, on) or ():
            for rm in _rates(story, mine, on) or ():
                if abs(math.log(b.value / convert(a.value, rm.per_usd, ro.per_usd))) <= fit:
                    return other
    return None


# A conversion the wrong way round is only about rate² off, within a loose rate's allowance for a money near the
# dollar (€50m at 0.93 euros to the dollar is $54m; "$46m" is 50 x 0.93). Told by fitting the inverse as closely
# as a slipped symbol fits, while missing the right way by more than a day's or a bank's rate explains.
_WRONG_WAY_MISS = math.log1p(0.10)


def _wrong_way(story: Story, pair: Pair, readings, on: dt.date) -> bool:
    """Is the converted figure the amount multiplied by the rate where it should be divided ("€50m ($46m)")?
    (The caller has found it more than `_WRONG_WAY_MISS` from the right way at every month it tried.)"""
    a, b = pair.first, pair.second
    _, named = _story_currencies(story)
    readings = [(ca, cb) for ca, cb in readings if (ca in named or ca == a.unit) and (cb in named or cb == b.unit)]
    if len(readings) != 1:
        return False
    ca, cb = readings[0]
    fit = math.log1p(_SLIP_FIT + _relative_precision(a) + _relative_precision(b))
    return any(abs(math.log(b.value / (a.value * ra.per_usd / rb.per_usd))) <= fit
               for ra in _rates(story, ca, on) or () for rb in _rates(story, cb, on) or ())


def _story_currencies(story: Story) -> tuple[set[str], set[str]]:
    """(the newsroom country's currencies, the currencies of every country the story names), once per story."""
    return story.memo("conversion.currencies", _currencies_of)


_BY_CODE: list = [None, {}]   # (the countries table last indexed, its rows by code): the tables are loaded once


def _currencies_of(story: Story) -> tuple[set[str], set[str]]:
    if _BY_CODE[0] is not story.data.countries:
        _BY_CODE[:] = [story.data.countries, {row["iso2"]: row for row in story.data.countries}]
    by_code = _BY_CODE[1]

    def currencies(code: str | None) -> set[str]:
        row = by_code.get(code) if code else None
        return {c.strip() for c in (row.get("currency") or "").split("|") if c.strip()} if row else set()

    home = currencies(story.doc.country)
    named = set(home)
    for code in story.countries:
        named |= currencies(code)
    return home, named


def _readings(q: Quantity, context: tuple[set[str], set[str]]) -> list[str]:
    """The currencies an amount may be in: its own, unless its symbol is ambiguous.

    Every reading whose country the story names stays open ("¥" in a story naming
    Japan and China may be either; "Shs" in a Kenyan paper's story on Uganda may be
    Ugandan); with none named but the newsroom's own, it is the newsroom's currency.
    """
    if not q.alternatives:
        return [q.unit] if q.unit else []
    home, named = context
    every = [c for c in (q.unit, *q.alternatives) if c]
    open_readings = [c for c in every if c in named]
    if q.unit in home and len(open_readings) <= 1:
        return [q.unit]
    return open_readings or every


def _dates_to_try(story: Story, q: Quantity) -> list[dt.date] | None:
    """The months whose rates a writer may have used: publication and the month either
    side (rates move; copy is written over days), and any year or date the sentence
    names ("KSh 180bn ($1.4bn) in 2023" may be at 2023's rates).

    None when the publication month, or a year the sentence names, is outside the
    table's months (more than `_MAX_GAP_MONTHS` from its first or last row): a 2009
    story's rupees are not January 2015's."""
    on = story.doc.publication_date
    assert on is not None
    if not _in_table(story, on):
        return None
    dates: list[dt.date | int] = [on, _add_months(on, -1), _add_months(on, 1)]
    s_start, s_end = story.doc.sentence_at(q.start)
    for other in story.quantities:
        named: list[dt.date] = []
        year = None
        if s_start <= other.start < s_end and other.kind == "date" and other.date and other.year_given:
            if other.resolution == "year" or other.resolution is None:
                year = other.date.year
            else:
                named = [other.date]
        elif s_start <= other.start < s_end and other.kind == "number" and re.fullmatch(r"(?:19|20)\d\d", other.text) \
                and other.value <= on.year:
            year = int(other.value)
        if year is not None:
            named = [dt.date(year, m, 1) for m in (1, 4, 7, 10, 12)]
        if named and not any(_in_table(story, d) for d in named):
            if _SINCE.search(story.doc.prose, max(0, other.start - 20), other.start):
                continue    # "the site traders have held since the 1980s": the start of a state, not the amount's day
            if min(abs(other.start - q.end), abs(q.start - other.end)) > _OWN_YEAR_REACH:
                continue    # "Signals dating back to the 1960s ..., after ... a £2.4bn ($1.8bn) upgrade": another thing's
            return None
        if year is not None and year < on.year:
            # a past year's total ("tea exports in 2023") is converted at that year's average rate, or at
            # today's; not at whichever month of that year happens to fit
            dates.append(year)
            continue
        dates += [d for d in named if _in_table(story, d) and d <= on]
    return dates


# How near an amount a year outside the table must be to date it ("In 1965 the bridge cost £2m ($5.6m)"); one
# farther off in the sentence dates something else, whose history the story tells
_OWN_YEAR_REACH = 60

# "since 1980", "since the late 1980s": a year that starts a period running to now
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?\Z", re.I)

# A month more than this far from every row of a currency's series is not one we have a rate for.
_MAX_GAP_MONTHS = 2


def _months_apart(a: dt.date, period: str) -> int:
    return abs(a.year * 12 + a.month - (int(period[:4]) * 12 + int(period[5:7])))


def _in_table(story: Story, on: dt.date) -> bool:
    """Is `on` within the months the table covers (its span, give or take two months)?"""
    first = story.data.fx.rate("EUR", dt.date(1900, 1, 1))
    last = story.data.fx.rate("EUR", None)
    if first is None or last is None:
        return False
    return _months_apart(on, first.period) <= _MAX_GAP_MONTHS or _months_apart(on, last.period) <= _MAX_GAP_MONTHS \
        or first.period <= f"{on.year:04d}-{on.month:02d}" <= last.period


def _all_readings_covered(story: Story, readings, on: dt.date, chosen: tuple) -> bool:
    """Every currency of every reading that matters has a row near the publication month (else
    a reading we could not check might be the one that fits). A reading matters when the story
    names its country or the extractor chose it: "£" in a Kenyan story naming no Egypt is not
    left open by the Egyptian pound's missing market rate."""
    known = _known_currencies(story)
    _, named = _story_currencies(story)
    return all(_rates(story, c, on) is not None for pair in readings for c in pair
               if c in known and (c in named or c in chosen))


def _known_currencies(story: Story) -> set[str]:
    """Currencies the table has rates for (a reading in any other is never tested)."""
    fx = story.data.fx
    cache = fx.__dict__.setdefault("_conversion_known", set())
    if not cache:
        cache.update(fx.currencies() | {"USD", "IRT"})
    return cache


def _add_months(d: dt.date, k: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + k
    return dt.date(index // 12, index % 12 + 1, 1)


def _rates(story: Story, currency: str, on: dt.date | int) -> list[Rate] | None:
    """The rates of `currency` near `on`, one per series; None if no series has a row within
    two months of it. A sparse series (Iran's open-market rial) is used only near its rows.
    A year (an int) asks for that year's average rates."""
    if isinstance(on, int):
        return _yearly_rates(story, currency, on)
    out = []
    if currency == "IRT":
        for series in _SERIES:
            rate = story.data.fx.rate("IRR", on, series)
            if rate is not None and _months_apart(on, rate.period) <= _MAX_GAP_MONTHS:
                out.append(Rate("IRT", series, rate.period, rate.per_usd / 10, rate.row))
        return out or None
    if currency == "USD":
        return [story.data.fx.rate("USD", on)]
    for series in _SERIES:
        rate = story.data.fx.rate(currency, on, series)
        if rate is not None and rate.currency != "USD" and _months_apart(on, rate.period) <= _MAX_GAP_MONTHS:
            if rate not in out:
                out.append(rate)
    if not out:
        return None
    if any(s.series == "official" for s in out) and story.data.fx.rate(currency, on, "open_market") is not None \
            and not any(s.series == "open_market" for s in out):
        # the currency has an open-market series with no row near this month: the official
        # rate alone cannot rule a pair out (Iran's market rial is ten times the official one)
        return None
    return out


def _yearly_rates(story: Story, currency: str, year: int) -> list[Rate] | None:
    """A year's average rate in each series the table has one for; None if it has none (the
    months of that year are then tried instead: see `_dates_to_try`)."""
    if currency == "USD":
        return [story.data.fx.yearly("USD", year)]
    fx = story.data.fx
    if currency == "IRT":
        out = [Rate("IRT", r.series, r.period, r.per_usd / 10, r.row)
               for r in (fx.yearly("IRR", year, series) for series in _SERIES) if r is not None]
    else:
        out = [r for r in (fx.yearly(currency, year, series) for series in _SERIES) if r is not None]
    return out or None


def _series_rates(story: Story, currency: str) -> list[Rate]:
    """Every monthly rate of `currency` in the table, all series (cached on the table)."""
    fx = story.data.fx
    cache = fx.__dict__.setdefault("_conversion_all_rates", {})
    if currency not in cache:
        rates: list[Rate] = []
        base = "IRR" if currency == "IRT" else currency
        for series in _SERIES:
            first = fx.rate(base, dt.date(1900, 1, 1), series)
            last = fx.rate(base, None, series)
            if first is None or last is None:
                continue
            y, m = int(first.period[:4]), int(first.period[5:7])
            seen: set[str] = set()
            while (y, m) <= (int(last.period[:4]), int(last.period[5:7])):
                r = fx.rate(base, dt.date(y, m, 1), series)
                if r is not None and r.period not in seen:
                    seen.add(r.period)
                    rates.append(Rate(currency, series, r.period, r.per_usd / 10, r.row) if currency == "IRT" else r)
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        cache[currency] = rates
    return cache[currency]


def _cross_span(story: Story, ca: str, cb: str):
    """(lowest, highest, first month, last month, a row) of units of `ca` per unit of `cb` over the table."""
    if ca == "USD" and cb == "USD":
        return None
    ra = _series_rates(story, ca) if ca != "USD" else None
    rb = _series_rates(story, cb) if cb != "USD" else None
    if (ca != "USD" and not ra) or (cb != "USD" and not rb):
        return None
    if rb is None:
        crosses = [(r.per_usd, r) for r in ra]
    elif ra is None:
        crosses = [(1 / r.per_usd, r) for r in rb]
    else:
        by_month = {}
        for r in rb:
            by_month.setdefault(r.period, []).append(r.per_usd)
        crosses = [(r.per_usd / x, r) for r in ra for x in by_month.get(r.period, ())]
    if not crosses:
        return None
    periods = sorted(r.period for _, r in crosses)
    low = min(c for c, _ in crosses)
    high = max(c for c, _ in crosses)
    return low, high, periods[0], periods[-1], crosses[-1][1].row


def _relative_precision(q: Quantity) -> float:
    return precision_of(q) / abs(q.value) if q.value else 0.0


def _round(x: float, digits: int = 4) -> float:
    if x == 0:
        return 0.0
    return round(x, max(0, digits - 1 - int(math.floor(math.log10(abs(x))))))


def _rate_text(x: float) -> str:
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 1:
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return f"{x:.4g}"


_GLUED = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
          "cr": 1e7}
_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
_STEPS_GLUED = (("tn", 1e12), ("bn", 1e9), ("m", 1e6))
_STEPS_WORDS = ((" trillion", 1e12), (" billion", 1e9), (" million", 1e6))


def style_like(story: Story, q: Quantity, value: float) -> str:
    """`value` written the way the story wrote `q`: "$35.6m", "US$2.5 billion", "KSh77.5m"."""
    text = story.doc.text
    ns, ne = q.number_span or (q.start, q.end)
    prefix = text[q.start:ns]
    if q.hedge:
        # drop the hedge's words ("about $1.9bn" -> "$"), keep the mark and its spacing
        prefix = re.sub(r"^\s*" + r"\s+".join(map(re.escape, q.hedge.split())) + r"\.?\s+", "", prefix, flags=re.I)
    number = text[ns:ne]
    after = text[ne:q.end]
    m = re.match(r"[\d,]*\.?\d*", number)
    written = _written_number(m.group() if m else "")
    if written and q.value and q.value < written * 0.5:
        # a minor unit ("22 cents" is $0.22): write the expected value in that unit too
        value = value * written / q.value
    scale_word = number[m.end():] if m else ""
    key = scale_word.strip().lower()
    if key in _GLUED and key != "cr":
        steps = _STEPS_GLUED if key != "k" else _STEPS_GLUED + (("k", 1e3),)
        joiner = ""
    elif key in ("mil", "bil"):
        steps = (("bil", 1e9), ("mil", 1e6))     # Malaysian copy: "RM450mil", "US$1.9bil"
        joiner = ""
    elif key in ("million", "billion", "trillion", "thousand"):
        steps = _STEPS_WORDS + ((" thousand", 1e3),) if key == "thousand" else _STEPS_WORDS
        joiner = ""
    elif key in ("crore", "lakh", "cr"):
        unit = " crore" if key != "cr" else "cr"
        return f"{prefix}{_sig(value / 1e7, 3, grouping=True)}{unit}{after}"
    else:
        return f"{prefix}{_sig(value, 3, grouping=True)}{after}"
    for word, size in steps:
        if value >= size * 0.9995:
            return f"{prefix}{_sig(value / size, 3)}{joiner}{word.strip() if not word.startswith(' ') else word}{after}"
    return f"{prefix}{_sig(value, 3, grouping=True)}{after}"


def _written_number(digits: str) -> float | None:
    try:
        return float(digits.replace(",", "")) if digits.strip(",.") else None
    except ValueError:
        return None


def _sig(x: float, digits: int, grouping: bool = False) -> str:
    """Three significant figures, as newsrooms round: 35.6, 241, 2.54; whole above 1,000."""
    if x >= 10 ** digits:
        return f"{x:,.0f}" if grouping or True else f"{x:.0f}"
    decimals = max(0, digits - 1 - int(math.floor(math.log10(abs(x))))) if x else 0
    s = f"{x:.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _plain_amount(value: float, currency: str) -> str:
    for word, size in (("tn", 1e12), ("bn", 1e9), ("m", 1e6)):
        if value >= size:
            return f"{currency} {_sig(value / size, 3)}{word}"
    return f"{currency} {_sig(value, 3)}"
