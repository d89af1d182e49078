"""date: a weekday that does not match its date, an impossible date, "N years ago" or an age that does not add up.

Each rule picks one `check`:

- `weekday`: "Thursday, February 14, 2025" (a Friday). A date written without its
  year takes the publication year — but only when that is unambiguous: if the
  stated weekday fits the same day a year either side within ten months of
  publication, we say nothing.
- `impossible`: "February 29, 2023", "April 31" (the extractor keeps these with
  date=None; we re-read the text with the same date grammar).
- `years-ago`: "in April 2015, seven years ago" against the publication date.
- `age`: "born in 1972, is 61" against the publication date.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import ClassVar, Iterator, Mapping

import regex

from ..claims import is_year_like
from ..model import Quantity, Span
from ..quantities.dates import DATE_RE, MONTHS
from .base import Hit, Option, Rule, Story

CHECKS = ("weekday", "impossible", "years-ago", "age")
_DAY_NAMES = tuple(calendar.day_name)
_AGO = regex.compile(r"\s+ago\b", regex.I)
_SINCE = regex.compile(r"\A\s+(?:since|after)\s+(?:the\s+|in\s+)?\Z", regex.I)
_BORN = regex.compile(r"(?<![\p{L}])born\s+(?:in\s+|on\s+)?", regex.I)
_AGE = regex.compile(
    r"(?<![\p{L}])(?P<verb>is|aged|now|turns|turned|who\s+is|age)\s+(?P<n>\d{1,3})(?![\d.,]?\d|\s*(?:%|per\b|pc\b|years?\s+(?:ago|of|in|at|since|after|before)|times|km|kg|people|percent|million|m\b|bn\b|months?\b|days?\b|weeks?\b|hours?\b|minutes?\b|seats?\b|votes?\b|runs?\b))"
    r"|(?P<n2>\d{1,3})-year-old|(?<=\p{Lu}[\p{L}'-]+),\s+(?P<n3>\d{1,3}),(?!\d)", regex.I)


class DateCheck:
    name: ClassVar[str] = "date"
    category: ClassVar[str] = "date"
    options: ClassVar[Mapping[str, Option]] = {
        "check": Option(str, "weekday", "which date check this rule makes", choices=CHECKS),
        "ambiguity_days": Option(int, 300, "a yearless date is read in the year either side within this many days "
                                           "of publication; if any reading fits, we say nothing"),
        "years_tolerance": Option(int, 1, "years allowed either side for 'N years ago' (the writer may round)"),
        "max_gap": Option(int, 45, "most characters between a year and its 'N years ago'"),
    }
    fields: ClassVar[tuple[str, ...]] = ("stated", "computed", "suggestion", "date", "weekday", "problem")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        kind = rule.options["check"]
        if kind == "weekday":
            yield from _weekdays(rule, story)
        elif kind == "impossible":
            yield from _impossible(rule, story)
        elif kind == "years-ago":
            yield from _years_ago(rule, story)
        elif kind == "age":
            yield from _ages(rule, story)


RULE_TYPE = DateCheck()


def _hit(span: Span, stated: str, computed: str, suggestion: str | None, evidence: dict, problem: str,
         related: tuple[Span, ...] = (), date: str = "", weekday: str = "") -> Hit:
    fields = {"stated": stated, "computed": computed, "suggestion": suggestion or computed, "date": date,
              "weekday": weekday, "problem": problem}
    return Hit(span=span, fields=fields, evidence={"problem": problem, **evidence}, suggestion=suggestion,
               related=related)


# -- weekdays -----------------------------------------------------------------------

def _weekdays(rule: Rule, story: Story) -> Iterator[Hit]:
    published = story.doc.publication_date
    for q, weekday, span in _dated_weekdays(story):
        parts = _parts(q, story)
        if parts is None:
            continue
        year, month, day, year_given = parts
        if year_given:
            candidates = [year]
        elif published is not None:
            candidates = [y for y in (published.year - 1, published.year, published.year + 1)
                          if _valid(y, month, day)
                          and abs((dt.date(y, month, day) - published).days) <= rule.options["ambiguity_days"]]
        else:
            continue
        dates = [dt.date(y, month, day) for y in candidates if _valid(y, month, day)]
        if not dates or any(d.weekday() == weekday for d in dates):
            continue
        date = min(dates, key=lambda d: abs((d - published).days) if published else 0)
        actual = _DAY_NAMES[date.weekday()]
        stated = _DAY_NAMES[weekday]
        # the nearest date that is the stated weekday: the likelier slip is the day number
        shift = (weekday - date.weekday() + 3) % 7 - 3
        near = date + dt.timedelta(days=shift)
        suggestion = f"{actual}, {_long(date)}"
        yield _hit(span, story.doc.text[span.start:span.end], actual, suggestion,
                   {"date": date.isoformat(), "actual_weekday": actual, "stated_weekday": stated,
                    "nearest_stated_weekday": near.isoformat(), "year_assumed": not year_given},
                   f"{_long(date)} is a {actual}, not a {stated}", date=_long(date), weekday=actual)


# "last Tuesday (March 11)", "on Friday (14 February)"; "March 11 (Tuesday)"
_BRACKET_OPEN = regex.compile(r"\A\s*\(\s*(?:on\s+)?\Z", regex.I)
_BRACKET_CLOSE = regex.compile(r"\A\s*\)")


def _dated_weekdays(story: Story) -> Iterator[tuple[Quantity, int, Span]]:
    """Each date written with its weekday: the date, the weekday stated, and the span of both."""
    prose = story.doc.prose
    qs = story.quantities
    for i, q in enumerate(qs):
        if q.kind == "date" and q.weekday is not None and q.resolution == "day":
            yield q, q.weekday, q.span
            continue
        if i + 1 >= len(qs) or q.resolution != "day":
            continue
        nxt = qs[i + 1]
        if nxt.resolution != "day" or not _BRACKET_OPEN.match(prose[q.end:nxt.start]):
            continue
        close = _BRACKET_CLOSE.match(prose[nxt.end:nxt.end + 4])
        if close is None:
            continue
        if q.kind == "weekday" and nxt.kind == "date" and nxt.weekday is None:
            yield nxt, q.weekday, Span(q.start, nxt.end + close.end())
        elif q.kind == "date" and q.weekday is None and nxt.kind == "weekday":
            yield q, nxt.weekday, Span(q.start, nxt.end + close.end())


def _long(d: dt.date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _parts(q: Quantity, story: Story) -> tuple[int | None, int, int, bool] | None:
    """Year (None if not written and no publication date), month, day, and whether the year was written."""
    m = DATE_RE.search(story.doc.prose, q.start, q.end)
    if m is None:
        return None
    if m.group("iso"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id")), True
    month = MONTHS.get(m.group("month").lower().rstrip("."))
    if month is None:
        return None
    day = int(m.group("day"))
    if m.group("year"):
        return int(m.group("year")), month, day, True
    published = story.doc.publication_date
    return (published.year if published else None), month, day, False


# -- impossible dates ----------------------------------------------------------------

def _impossible(rule: Rule, story: Story) -> Iterator[Hit]:
    published = story.doc.publication_date
    for q in story.quantities:
        if q.kind != "date" or q.resolution != "day" or q.date is not None:
            continue
        parts = _parts(q, story)
        if parts is None:
            continue
        year, month, day, year_given = parts
        if not 1 <= month <= 12 or day < 1:
            continue
        longest = 29 if month == 2 else calendar.monthrange(2001, month)[1]
        name = calendar.month_name[month]
        if day > longest:
            problem = f"{name} has {longest if month != 2 else '28 or 29'} days; there is no {name} {day}"
            last = calendar.monthrange(year or 2001, month)[1] if month != 2 else (
                29 if year and calendar.isleap(year) else 28)
        elif month == 2 and day == 29:
            if year_given:
                if calendar.isleap(year):
                    continue
                problem = f"{year} is not a leap year; February 29, {year} does not exist"
            elif published is not None and not any(calendar.isleap(y) for y in
                                                    (published.year - 1, published.year, published.year + 1)):
                problem = f"no February 29 near {published.year}: it is not a leap year"
            else:
                continue
            last = 28
        else:
            continue
        # no suggestion: "February 29, 2023" may mean the 28th or March 1
        yield _hit(q.span, q.text, problem, None, {"month": month, "day": day, "year": year,
                                                   "last_day": last}, problem)


# -- N years ago ---------------------------------------------------------------------

def _years_ago(rule: Rule, story: Story) -> Iterator[Hit]:
    published = story.doc.publication_date
    if published is None:
        return
    yield from _anniversaries(rule, story)
    prose = story.doc.prose
    qs = story.quantities
    for i, q in enumerate(qs):
        if q.kind != "duration" or q.unit not in ("year", "decade") or q.value is None:
            continue
        after_ago = _AGO.match(prose, q.end)
        is_ago = q.text.lower().endswith("ago") or after_ago is not None
        since_year = None
        if not is_ago:
            if i + 1 < len(qs) and _SINCE.match(prose[q.end:qs[i + 1].start]):
                since_year = _year_of(qs[i + 1])
            if since_year is None:
                continue
        stated_years = q.value * (10 if q.unit == "decade" else 1)
        if since_year is not None:
            year_q, year, month = qs[i + 1], since_year[0], since_year[1]
        else:
            found = _nearest_year(qs, i, prose, story, rule.options["max_gap"])
            if found is None:
                continue
            year_q, (year, month) = found
        if month is not None:
            elapsed = (published.year * 12 + published.month - (year * 12 + month)) / 12
        else:
            elapsed = published.year - year - 0.5    # somewhere in that year
        tol = rule.options["years_tolerance"] + (0.5 if month is None else 0)
        if q.hedge:
            tol += 1
        if q.unit == "decade":
            tol += 2
        if q.low is not None and q.high is not None and q.low != q.high:
            continue
        if abs(stated_years - elapsed) <= tol:
            continue
        computed_years = round(elapsed) if month is not None else published.year - year
        span = Span(q.start, after_ago.end() if after_ago else q.end) if is_ago else q.span
        suggestion = f"{_number_words(computed_years)} years ago" if is_ago else None
        problem = (f"{story.text_of(year_q.span)} was about {computed_years} years before publication "
                   f"({published.isoformat()}), not {stated_years:g}")
        yield _hit(span, story.doc.text[span.start:span.end], f"{computed_years} years", suggestion,
                   {"year": year, "month": month, "published": published.isoformat(),
                    "elapsed_years": round(elapsed, 2), "stated_years": stated_years}, problem,
                   related=(year_q.span,))


_ANNIVERSARY = regex.compile(r"\s+anniversary\b", regex.I)


def _anniversaries(rule: Rule, story: Story) -> Iterator[Hit]:
    """ "the 10th anniversary of the 2013 floods" against the publication year."""
    published = story.doc.publication_date
    qs = story.quantities
    for i, q in enumerate(qs):
        if q.kind != "ordinal" or q.value is None or not _ANNIVERSARY.match(story.doc.prose, q.end):
            continue
        s_start, s_end = story.doc.sentence_at(q.start)
        years = [(p, _year_of(p)) for p in qs[i + 1:] if p.start < s_end and _year_of(p) is not None]
        if len(years) != 1 or years[0][0].start - q.end > rule.options["max_gap"]:
            continue
        year_q, (year, _) = years[0]
        computed = published.year - year
        if abs(computed - q.value) <= rule.options["years_tolerance"] - 1 or computed <= 0:
            continue
        suggestion = _ordinal_text(computed) if q.text[:1].isdigit() else None
        problem = f"{story.text_of(year_q.span)} was {computed} years before {published.year}, not {q.value:g}"
        yield _hit(q.span, q.text, f"{computed}", suggestion,
                   {"year": year, "published": published.isoformat(), "stated_years": q.value}, problem,
                   related=(year_q.span,))


def _ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _year_of(q: Quantity) -> tuple[int, int | None] | None:
    if q.kind == "date" and q.date is not None and q.year_given and q.resolution in ("day", "month", "year"):
        return q.date.year, (q.date.month if q.resolution in ("day", "month") else None)
    if is_year_like(q):
        return int(q.value), None
    return None


def _nearest_year(qs: list[Quantity], i: int, prose: str, story: Story, max_gap: int):
    q = qs[i]
    sentence = story.doc.sentence_at(q.start)
    # before: the closest year ending within max_gap characters, nothing figure-like between
    if i > 0:
        p = qs[i - 1]
        y = _year_of(p)
        if y and p.start >= sentence[0] and q.start - p.end <= max_gap and _YEAR_TO_AGO_GAP.fullmatch(prose[p.end:q.start]):
            return p, y
    if i + 1 < len(qs):
        n = qs[i + 1]
        y = _year_of(n)
        end = regex.match(r"\s+ago", prose[q.end:q.end + 6])
        gap_start = q.end + (end.end() if end else 0)
        if y and n.end <= sentence[1] and n.start - gap_start <= 20 and regex.match(r"\A,?\s*(?:in|on|since)\s+\Z", prose[gap_start:n.start]):
            return n, y
    return None


# What may stand between a year and its "N years ago" for the two to be about one event:
# "in 2015, seven years ago"; "the 2015 quake, which struck nine years ago"; "the 2015
# accord, signed nine years ago" — but not "in 2010 and released three years ago".
_YEAR_TO_AGO_GAP = regex.compile(
    r"\s*[,(–—-]?\s*"
    r"|\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?,?\s+(?:which|that)\s+(?:[\p{L}-]+\s+){0,2}"
    r"|\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?,\s+[\p{L}-]+ed\s+", regex.I)

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _number_words(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


# -- ages ----------------------------------------------------------------------------

def _ages(rule: Rule, story: Story) -> Iterator[Hit]:
    published = story.doc.publication_date
    if published is None:
        return
    prose = story.doc.prose
    for born in _BORN.finditer(prose, story.doc.body_start):
        birth = _birth_after(story, born.end())
        if birth is None:
            continue
        year, month, day, birth_q = birth
        s_start, s_end = story.doc.sentence_at(born.start())
        # "a 34-year-old ... born in 1985 ... on July 14, 2019": an age may be given at the
        # time of another date in the sentence; only "is 61" / "now 61" are surely today's.
        # A date within a year of publication ("died aged 63 on March 9, 2025") is "now" for an age.
        other_dates = any(q is not birth_q and s_start <= q.start < s_end and _year_of(q) is not None
                          and not (q.kind == "date" and q.date is not None
                                   and abs((q.date - published).days) <= 366)
                          for q in story.quantities)
        for m in _AGE.finditer(prose, s_start, s_end):
            verb = " ".join((m.group("verb") or "").lower().split())
            if other_dates and verb not in ("is", "now", "who is"):
                continue
            if birth_q.start <= m.start() < birth_q.end:
                continue
            group = "n" if m.group("n") else "n2" if m.group("n2") else "n3"
            age = int(m.group(group))
            if m.group("verb") and m.group("verb").lower() == "age" and not regex.search(r"\bat\s+\Z", prose[max(0, m.start() - 4):m.start()]):
                continue
            if month is not None and day is not None:
                had_birthday = (published.month, published.day) >= (month, day)
                possible = {published.year - year - (0 if had_birthday else 1)}
            else:
                possible = {published.year - year - 1, published.year - year}
            if m.group("verb") and m.group("verb").lower() in ("turns", "turned"):
                possible |= {a + 1 for a in possible} | {a - 1 for a in possible}
            if age in possible or age > 130:
                continue
            span = Span(m.start(group) if group != "n" else m.start(), m.end())
            if group == "n":
                span = Span(m.start("verb") if m.group("verb") else m.start(), m.end(group))
            computed = " or ".join(str(a) for a in sorted(possible))
            yield _hit(span, story.doc.text[span.start:span.end], computed, None,
                       {"born": year, "published": published.isoformat(), "stated_age": age,
                        "possible_ages": sorted(possible)},
                       f"born in {year}, would be {computed} on {published.isoformat()}, not {age}",
                       related=(birth_q.span,))


def _birth_after(story: Story, offset: int):
    for q in story.quantities:
        if q.start < offset:
            continue
        if q.start > offset + 2:
            return None
        if q.kind == "date" and q.date is not None and q.year_given:
            if q.resolution == "day":
                return q.date.year, q.date.month, q.date.day, q
            return q.date.year, None, None, q
        if is_year_like(q):
            return int(q.value), None, None, q
        return None
    return None
