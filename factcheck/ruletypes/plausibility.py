"""Plausibility: a figure must lie in the range its reference row or physics allows.

Four checks, one per rule (option `check`):

* `trade` — bilateral trade between two countries against `trade.csv`
  ("raising Pakistan–Iran trade to Rs10bn": about $35m, where the two already
  trade about $3bn a year);
* `population` and `gdp` — a country's own figure against `countries.csv`
  ("India, with a population of 14 crore");
* `limits` — physical records and logical bounds from `limits.csv` by unit and
  subject ("125C in Sweihan", "a 135-year-old voter", "turnout of 112%").

Money is compared in US dollars at the publication date's rate. The check
speaks only when the figure's subject *and* its countries match a row (see
`factcheck.subjects`) and the figure is off by a large factor; then it tries
the usual slips (`factcheck.slips`) and suggests the reading that fits.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any, ClassVar, Iterator, Mapping

import regex

from .. import slips
from ..model import Quantity, Span
from ..subjects import Measure, measures, story_countries
from ..tables import ReferenceData, Row
from .base import Hit, Option, Rule, Story

FIELDS = ("figure", "detail", "reference", "advice", "suggestion", "slip", "subject", "countries")


class Plausibility:
    name: ClassVar[str] = "plausibility"
    category: ClassVar[str] = "plausibility"
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "check": Option(str, "trade", "which figures: trade, population, gdp or limits"),
        "low_factor": Option(float, 0.05, "flag a figure below this multiple of the recorded value"),
        "high_factor": Option(float, 10.0, "flag a figure above this multiple of the recorded value"),
        "actual_high_factor": Option(float, 0.0, "for a figure that is not a target or projection, flag it above "
                                                 "this multiple instead (0: use high_factor)"),
        "max_year_gap": Option(int, 3, "ignore a figure whose stated year is further than this from the table's"),
        "suggest": Option(bool, True, "try the usual slips and suggest the reading that fits"),
        "ignore_words": Option(list, [], "limits: skip a sentence containing any of these words"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        kind = rule.options.get("check", "trade")
        handler = {"trade": self._trade, "population": self._population, "gdp": self._gdp,
                   "limits": self._limits}.get(kind)
        if handler is None:
            raise ValueError(f"{rule.id}: unknown plausibility check {kind!r}")
        for m in measures(story):
            hit = handler(rule, story, m)
            if hit is not None:
                yield hit

    # -- trade ---------------------------------------------------------------------
    def _trade(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if m.subject != "trade" or m.pair is None or q.kind != "money" or q.value is None:
            return None
        rows = [r for r in story.data.trade if tuple(sorted((r["country_a"], r["country_b"]))) == m.pair]
        # a target "by 2030" is compared with trade now, not with trade in 2030
        year = None if m.future else m.year
        chosen = _rows_for_year(rows, year, _published(story), rule.options["max_year_gap"])
        if not chosen:
            return None
        values = [r.number("value_usd") for r in chosen]
        names = _pair_names(story, m.pair)
        year = chosen[0]["year"]
        reference = f"{names} trade was about {slips.usd(_mean(values))} in {year} ({chosen[0].source})"
        return self._compare(rule, story, m, min(values), max(values), reference, f"{names} trade",
                             {"table": [r.citation() for r in chosen]}, low_side=not m.subyear)

    # -- population and GDP ----------------------------------------------------------
    def _population(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if m.subject != "population" or m.owner is None or q.kind != "number" or not q.value:
            return None
        row = _country(story, m.owner)
        if row is None or row.number("population") is None:
            return None
        if not m.future and not _year_close(m.year, row.get("population_year"), rule.options["max_year_gap"]):
            return None
        value = row.number("population")
        reference = (f"{row['name']}'s population was about {slips.amount(value, '', _count_style(q))} "
                     f"in {row['population_year']} ({row.source})")
        return self._compare(rule, story, m, value, value, reference, f"{row['name']}'s population",
                             {"table": [row.citation()]}, low_side=True, high_side=not m.future)

    def _gdp(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if m.subject != "gdp" or m.owner is None or q.kind != "money" or not q.value:
            return None
        row = _country(story, m.owner)
        if row is None or row.number("gdp_usd") is None:
            return None
        # a target "by 2030" is compared with the economy now (and only on the low side)
        if not m.future and not _year_close(m.year, row.get("gdp_year"), rule.options["max_year_gap"]):
            return None
        value = row.number("gdp_usd")
        reference = f"{row['name']}'s GDP was about {slips.usd(value)} in {row['gdp_year']} ({row.source})"
        return self._compare(rule, story, m, value, value, reference, f"{row['name']}'s GDP",
                             {"table": [row.citation()]}, low_side=not m.subyear or m.position == "after",
                             high_side=not m.future)

    def _compare(self, rule: Rule, story: Story, m: Measure, ref_low: float, ref_high: float, reference: str,
                 subject: str, evidence: dict, low_side: bool = True, high_side: bool = True) -> Hit | None:
        """Flag a figure outside [low_factor x ref_low, high_factor x ref_high]; suggest a fitting slip."""
        q = m.quantity
        low_factor, high_factor = rule.options["low_factor"], rule.options["high_factor"]
        if not m.future and rule.options["actual_high_factor"]:
            high_factor = rule.options["actual_high_factor"]
        floor, ceiling = ref_low * low_factor, ref_high * high_factor
        on = _published(story)
        fx = story.data.fx
        readings = []           # (currency, lo, hi, rate) for each currency the mark may mean
        for unit in ((q.unit,) + tuple(q.alternatives) if q.kind == "money" else (None,)):
            lo, hi = _bounds(q)
            rate = None
            if unit is not None:
                found = fx.to_usd(1.0, unit, on)
                if found is None:
                    return None
                rate = found[1]
                lo, hi = lo * found[0], hi * found[0]
            readings.append((unit, lo, hi, rate))
        too_low = low_side and all(hi < floor for _, _, hi, _ in readings)
        too_high = high_side and all(lo > ceiling for _, lo, _, _ in readings)
        if not (too_low or too_high):
            return None
        unit, lo, hi, rate = readings[0]
        figure = story.text_of(_core(story, m))
        value_usd = q.value * (rate and 1.0 / rate.per_usd or 1.0)
        if rate is not None and unit != "USD":
            detail = (f"{figure} is about {slips.usd(value_usd)} at {slips.number(rate.per_usd, 4)} "
                      f"{slips.CURRENCY_NAMES.get(unit, unit)} to the dollar ({slips.short_source(rate.row.source)}, "
                      f"{slips.period(rate.period)}); {reference}")
        else:
            detail = f"{figure} is {'far below' if too_low else 'far above'} the record: {reference}"
        target = math.sqrt(ref_low * ref_high)
        suggestion = None
        if rule.options["suggest"]:
            if q.kind == "money":
                local = [c for c in _local_currencies(story)]
                candidates = slips.money_readings(
                    q, local, lambda v, cur: (fx.to_usd(v, cur, on) or (None,))[0])
            else:
                candidates = slips.count_readings(q)
            suggestion = slips.best(candidates, lambda v: floor <= v <= ceiling, target)
        if suggestion is not None:
            advice = f"A {suggestion.slip} slip? Did you mean {suggestion.text}?"
        else:
            advice = ("No usual slip explains it; check the figure." if too_low or too_high else "")
        evidence: dict[str, Any] = {
            "subject": subject, "figure_usd" if q.kind == "money" else "figure": round(value_usd, 2),
            "plausible_range": [floor, ceiling], "direction": "too low" if too_low else "too high",
            **evidence,
        }
        if rate is not None and unit != "USD":
            evidence["fx_rate"] = {"currency": unit, "per_usd": rate.per_usd, "period": rate.period,
                                   **rate.row.citation()}
        if suggestion is not None:
            evidence["slip"] = suggestion.slip
        return Hit(span=_core(story, m), fields={
            "figure": figure, "detail": detail, "reference": reference, "advice": advice,
            "suggestion": suggestion.text if suggestion else None, "slip": suggestion.slip if suggestion else None,
            "subject": subject, "countries": "–".join(m.pair or ((m.owner,) if m.owner else m.countries)),
        }, evidence=evidence, suggestion=suggestion.text if suggestion else None)

    # -- physical and logical limits -------------------------------------------------
    def _limits(self, rule: Rule, story: Story, m: Measure) -> Hit | None:
        q = m.quantity
        if q.value is None or q.kind not in ("physical", "percent", "duration", "number"):
            return None
        candidates = _limit_rows(story.data).get(_limit_unit(m), ())
        if not candidates:
            return None     # no row speaks in this figure's unit: skip the sentence tests
        s0, s1 = m.sentence
        ignore = _ignore_pattern(tuple(rule.options.get("ignore_words") or ()))
        # the sentence is sliced, not searched with pos/endpos, so that \b sees its edges as edges
        if ignore is not None and ignore.search(story.doc.prose[s0:s1]):
            return None
        matched = [limit.row for limit in candidates if _limit_applies(limit, m, story)]
        if not matched:
            return None
        lo, hi = _bounds(q)
        if q.high is not None and q.low is None and q.hedge and _CLOSE_BELOW.match(q.hedge):
            lo = max(lo, q.high * 0.97)     # "nearly 108%" is still above 100%
        outside = []
        # both ends written ("from 62% to 108%", "between 45C and 62C"): either end may be impossible
        ranged = q.low is not None and q.high is not None
        for row in matched:
            if _outside(row, lo, hi, ranged):
                outside.append(row)
        if len(outside) < len(matched):
            return None
        if _fits_another_scale(story, q, outside, lo, hi, ranged):
            return None
        row = outside[0]
        figure = story.text_of(_core(story, m))
        above = row.number("max") is not None and (hi if ranged else lo) > row.number("max")
        bound = row.number("max") if above else row.number("min")
        unit = _unit_symbol(row["unit"])
        reference = (f"{row['subject']} {'cannot exceed' if above else 'cannot be below'} "
                     f"{slips.number(bound, 4)}{unit} ({row['note']}; {row.source})")
        suggestion = _limit_suggestion(q, row) if rule.options["suggest"] else None
        if suggestion is not None:
            advice = f"A {suggestion.slip} slip? Did you mean {suggestion.text}?"
        else:
            advice = "Check the figure."
        return Hit(span=_core(story, m), fields={
            "figure": figure, "detail": f"{figure} is impossible: {reference}", "reference": reference,
            "advice": advice, "suggestion": suggestion.text if suggestion else None,
            "slip": suggestion.slip if suggestion else None, "subject": row["subject"], "countries": "",
        }, evidence={"subject": row["subject"], "limit": {"min": row.number("min"), "max": row.number("max"),
                                                           "unit": row["unit"], **row.citation()}},
            suggestion=suggestion.text if suggestion else None)


RULE_TYPE = Plausibility()


# -- helpers ------------------------------------------------------------------------

_HUMAN_AFTER = regex.compile(
    r"\A\s*(?:[,.;:)\"'’]|(?:man|men|woman|women|boy|girl|person|people|voter|voters|resident|mother|father|"
    r"grandmother|grandfather|widow|widower|farmer|pensioner|patient|retiree|veteran|driver|suspect|victim|"
    r"leader|politician|president|minister|singer|actor|actress|player|cricketer|worker|labourer|vendor|"
    r"shopkeeper|teacher|student|son|daughter|wife|husband|survivor|pilgrim|grandson|granddaughter|citizen|"
    r"centenarian|candidate|lawmaker|activist|said|says|was|is|has|had|who|died|from|of|in|and|told|became)\b)",
    regex.I)
_ONE_DAY = regex.compile(r"\b(?:in\s+(?:a|one|a\s+single)\s+day|in\s+24\s+hours|within\s+24\s+hours|overnight|"
                         r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\b", regex.I)


@dataclass(frozen=True)
class _Limit:
    """A limits row with its alias patterns compiled once (see `_limit_rows`)."""

    row: Row
    turnout: bool                         # an alias names turnout
    one_day: bool                         # "rainfall in one day": the sentence must say one day
    before: regex.Pattern | None = None   # percent rows: "turnout of", "literacy rate stood at"
    after: regex.Pattern | None = None    # percent rows: "65% turnout"
    of_whole: regex.Pattern | None = None  # percent rows: "112% of candidates passed"
    near: regex.Pattern | None = None     # physical rows: an alias anywhere near the figure


def _outside(row: Row, lo: float, hi: float, ranged: bool) -> bool:
    low, high = row.number("min"), row.number("max")
    return (high is not None and (hi if ranged else lo) > high) or (low is not None and (lo if ranged else hi) < low)


def _fits_another_scale(story: Story, q, rows: list[Row], lo: float, hi: float, ranged: bool) -> bool:
    """"96 degrees" with the scale unsaid: possible in the other scale, so not impossible."""
    if q.kind != "physical" or not q.alternatives:
        return False
    subjects = {row["subject"] for row in rows}
    return any(limit.row["subject"] in subjects and not _outside(limit.row, lo, hi, ranged)
               for unit in q.alternatives for limit in _limit_rows(story.data).get(unit, ()))


def _limit_unit(m: Measure) -> str | None:
    """The only unit whose rows `_limit_applies` can accept for this figure."""
    q = m.quantity
    if q.kind in ("number", "duration"):
        return "year" if m.subject == "age" else None      # ages are the only unitless/duration limits
    if q.kind == "percent":
        return "percent"
    return q.unit if q.unit not in ("year", "percent") else None


# A share's level, said outright or as where a change ended: "turnout of", "the pass rate rose to",
# "literacy climbed to a record", "improved from 62% to" (never "rose by 12%" or "rose 12%": a change).
_SHARE_LEVEL = (r"(?:\s+(?:rate|ratio|percentage|level|figure))?(?:\s+(?:has|had|have|was|is|were|also|now|then|further|"
                r"finally|eventually|reportedly))*\s+(?:of|was|is|at|stood\s+at|stands\s+at|reached|hit|touched|"
                r"(?:rose|risen|climbed|jumped|increased|improved|soared|surged|grew|shot\s+up|went\s+up|"
                r"leapt|leaped|edged\s+up|crept\s+up|inched\s+up)(?:\s+from\s+[\d.,]+\s*(?:%|per\s*cent|percent|pc))?"
                r"\s+to|(?:rose|risen|climbed|jumped|increased|improved|soared|surged|grew|fell|dropped|declined|"
                r"decreased|went\s+(?:up|down))\s+from|ranged\s+from|ranging\s+from|between)(?:\s+(?:a|an)(?:\s+(?:record|all-time|historic|new|unprecedented))*(?:\s+(?:high|peak))?"
                r"(?:\s+of)?)?(?:\s+(?:about|nearly|around|some|almost|roughly|over|more\s+than))?")
# "112% of candidates passed", "112 per cent of registered voters cast ballots": the whole is people
_WHOLE = (r"(?:(?:the|all|registered|eligible|enrolled|those|its|their|adult|young|school|female|male|"
          r"[\p{L}-]+['’]s)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:who\s+|that\s+)?(?:have\s+|had\s+|were\s+|are\s+|can\s+)?"
          r"(?:now\s+|also\s+|successfully\s+)?")
_RELATIVE_AFTER = regex.compile(r"\A\s*(?:%|per\s*cent|percent)?\s*(?:of\s+(?:the|its|their|a|an|last|this|that|"
                                r"what|target|capacity|budget|level|previous|pre-)|above|higher|more|over|compared|"
                                r"relative|against)\b", regex.I)


@functools.lru_cache(maxsize=8)
def _limit_rows(data: ReferenceData) -> dict[str, tuple[_Limit, ...]]:
    """The limits table by unit, alias patterns compiled once per loaded table."""
    by_unit: dict[str, list[_Limit]] = {}
    for row in data.limits:
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        words = "|".join(regex.escape(a) for a in sorted(aliases, key=len, reverse=True))
        percent = row["unit"] == "percent"
        by_unit.setdefault(row["unit"], []).append(_Limit(
            row, turnout=any("turnout" in a.lower() for a in aliases), one_day="one day" in row["subject"],
            before=regex.compile(rf"\b(?:{words}){_SHARE_LEVEL}\s*\Z", regex.I) if percent else None,
            after=regex.compile(rf"\A\s+(?:{words})\b", regex.I) if percent else None,
            of_whole=regex.compile(rf"\A\s+of\s+{_WHOLE}(?:{words})\b", regex.I) if percent else None,
            near=regex.compile(rf"\b(?:{words})(?:s|es)?\b", regex.I) if words and not percent else None))
    return {unit: tuple(rows) for unit, rows in by_unit.items()}


@functools.lru_cache(maxsize=32)
def _ignore_pattern(words: tuple[str, ...]) -> regex.Pattern | None:
    """A rule's `ignore_words` as one pattern, compiled once per word list."""
    if not words:
        return None
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")(?:s|es)?\b", regex.I)


def _limit_applies(limit: _Limit, m: Measure, story: Story) -> bool:
    """Does a limits row speak about this figure? Unit must match and the subject be named near it."""
    q = m.quantity
    row = limit.row
    unit = row["unit"]
    s0, s1 = m.sentence
    prose = story.doc.prose
    if unit == "year":
        # ages: "a 135-year-old voter", "aged 135"; never "135 years" of anything else
        if m.subject != "age" or "age" not in row["subject"]:
            return False
        if q.kind == "duration" and q.unit == "year":
            return bool(_HUMAN_AFTER.match(prose[m.span.end:s1]))
        return q.kind == "number"
    if unit == "percent":
        if q.kind != "percent" or q.unit != "percent":
            return False
        if m.subject == "turnout" and limit.turnout:
            return True
        right = prose[q.end:s1]
        if limit.before.search(prose[s0:_core(story, m).start]):
            # "rose to 104% of the 2019 level" compares with something else
            return not _RELATIVE_AFTER.match(right)
        return bool(limit.after.match(right) or limit.of_whole.match(right[:120]))
    if q.kind != "physical" or q.unit != unit:
        return False
    if _ANGLE.search(q.text):
        return False            # "a 180-degree turn" is an angle
    if limit.one_day and not _ONE_DAY.search(prose[s0:s1]):
        return False
    window = prose[max(s0, q.start - 80):min(s1, q.end + 60)]
    if limit.near is not None and limit.near.search(window):
        return True
    return row["subject"] == "air temperature" and _weather_reading(story, m)


_CLOSE_BELOW = regex.compile(r"(?:nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of))\Z", regex.I)
_ANGLE = regex.compile(r"-degrees?\b", regex.I)
# An air temperature need not say "temperature": "Sri Ganganagar sizzled at 60.4C".
_SCALE_WRITTEN = regex.compile(r"°|º|\d\s*[CF]\b|Celsius|Fahrenheit|centigrade", regex.I)
_WEATHER_WORDS = regex.compile(
    r"\b(?:temperatures?|mercury|heat|heatwaves?|hot|hotter|hottest|scorch\w*|sizzl\w*|swelter\w*|blister\w*|"
    r"searing|sun|sunny|weather|meteorolog\w*|forecast\w*|thermometers?|maximum|minimum|cold|colder|coldest|"
    r"freezing|chill\w*|frost\w*|warm\w*|summer|winter|degrees)\b", regex.I)
_STORY_WEATHER = regex.compile(r"\b(?:heat\s*waves?|temperatures?|mercury|meteorolog\w*|weather|hottest|"
                               r"coldest|cold\s*waves?|Met\s+Office|forecasters?)\b", regex.I)
_REACHED_BEFORE = regex.compile(
    r"\b(?:hit|hits|reached|reaches|touched|touches|recorded|registered|soared\s+to|climbed\s+to|rose\s+to|"
    r"peaked\s+at|topped|crossed|sizzled\s+at|sweltered\s+(?:at|in)|plunged\s+to|dropped\s+to|fell\s+to)"
    r"(?:\s+(?:a\s+)?(?:record|high|maximum|minimum|low|peak)(?:\s+of)?)?\s*\Z", regex.I)


def _weather_reading(story: Story, m: Measure) -> bool:
    """A °C/°F figure in a weather sentence, a weather story, or reached by a place ("Jacobabad hit 51C")."""
    q = m.quantity
    if not _SCALE_WRITTEN.search(q.text):
        return False            # "a 180-degree turn", "5 degrees above normal" name no scale
    s0, s1 = m.sentence
    prose = story.doc.prose
    if _WEATHER_WORDS.search(prose[s0:s1]) or _REACHED_BEFORE.search(prose[s0:_core(story, m).start]):
        return True
    weather = story.cache.get("plausibility.weather")
    if weather is None:
        weather = story.cache["plausibility.weather"] = bool(_STORY_WEATHER.search(prose))
    return weather


def _limit_suggestion(q: Quantity, row: Row) -> slips.Reading | None:
    """Celsius written for Fahrenheit is the one slip common enough to suggest."""
    if row["unit"] == "degree Celsius" and q.value is not None:
        celsius = (q.value - 32) * 5 / 9
        low, high = row.number("min"), row.number("max")
        if (low is None or celsius >= low) and (high is None or celsius <= high):
            return slips.Reading("Fahrenheit-for-Celsius", f"{slips.number(celsius, 3)}C", celsius)
    return None


def _unit_symbol(unit: str) -> str:
    return {"degree Celsius": "C", "degree Fahrenheit": "F", "percent": "%", "year": " years",
            "kilometre per hour": " km/h", "millimetre": "mm", "metre": "m", "centimetre": "cm"}.get(unit, f" {unit}")


def _core(story: Story, m: Measure) -> Span:
    from ..subjects import core_span
    return core_span(story, m.quantity)


def _bounds(q: Quantity) -> tuple[float, float]:
    """The interval a figure stands for; "more than N" is open above, "fewer than N" below."""
    value = q.value or 0.0
    lo = q.low if q.low is not None else (0.0 if q.high is not None else value)
    hi = q.high if q.high is not None else (math.inf if q.low is not None else value)
    return lo - q.precision, hi + q.precision


def _published(story: Story) -> dt.date | None:
    return story.doc.publication_date


def _rows_for_year(rows: list[Row], year: int | None, published: dt.date | None, max_gap: int) -> list[Row]:
    if not rows:
        return []
    years = sorted({int(r["year"]) for r in rows})
    if year is not None:
        nearest = min(years, key=lambda y: abs(y - year))
        if abs(nearest - year) > max_gap:
            return []
    else:
        usable = [y for y in years if published is None or y <= published.year]
        if not usable:
            return []
        nearest = usable[-1]
        if published is not None and published.year - nearest > max_gap:
            return []
    return [r for r in rows if int(r["year"]) == nearest]


def _year_close(year: int | None, table_year: str | None, max_gap: int) -> bool:
    if year is None or not table_year:
        return True
    return abs(int(year) - int(table_year)) <= max_gap


def _country(story: Story, code: str) -> Row | None:
    for row in story.data.countries:
        if row["iso2"] == code:
            return row
    return None


def _pair_names(story: Story, pair: tuple[str, str]) -> str:
    """"Pakistan–Iran": the story's own country first."""
    first = story.doc.country if story.doc.country in pair else None
    ordered = sorted(pair, key=lambda c: (c != first, story_countries(story).index(c)
                                          if c in story_countries(story) else 99))
    return "–".join((_country(story, c) or {"name": c})["name"] for c in ordered)


def _local_currencies(story: Story) -> list[str]:
    codes = []
    for code in ([story.doc.country] if story.doc.country else []) + list(story_countries(story)[:2]):
        row = _country(story, code)
        if row is not None:
            for cur in (row.get("currency") or "").split("|"):
                if cur and cur not in codes:
                    codes.append(cur)
    return codes


def _count_style(q: Quantity) -> str:
    return slips.style_of(q.text)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)
