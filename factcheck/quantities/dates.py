"""Dates, weekdays and relative time, resolved against the publication date.

"Nov 25, 2025", "25 November 2025", "Tuesday, November 26, 2025", "2025-11-25",
"on Monday", "in August", "earlier this year", "last week". A date written with a
weekday keeps the weekday it was given (Quantity.weekday), so the date rule can
compare the two; an impossible date ("February 29, 2023", "April 31") is kept with
date=None and its parts in `value`/`low` so the rule can name the problem.
"""
from __future__ import annotations

import calendar
import datetime as dt

import regex

from ..model import Quantity
from .tokens import WordIndex, around

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

_MONTH_WORDS = frozenset(MONTHS) | {"sept"}
_WEEKDAY_WORDS = frozenset(name.lower() for name in calendar.day_name)
_RELATIVE_ANCHORS = frozenset({"yesterday", "today", "tomorrow", "year", "month", "week"})
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)"

DATE_RE = regex.compile(
    rf"""
    (?<![\p{{L}}\d])
    (?:{_WEEKDAY},?\s+(?:the\s+)?)?
    (?:
        {_MONTH}\s+{_DAY}(?!\d|:\d)(?:,?\s+{_YEAR}(?!\d))?           # Nov 25, 2025 / November 25
      | {_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}(?!\d))?           # 25 November 2025 / 25 Nov
      | (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))(?!\d)     # 2025-11-25
    )
    (?![\p{{L}}\d])
    """,
    regex.X,
)
# Weekdays standing alone ("on Tuesday"), months alone ("in August"), relative time.
WEEKDAY_RE = regex.compile(
    r"(?<![\p{L}\d])(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}\d])")
MONTH_RE = regex.compile(
    r"(?<![\p{L}\d])(?:(?:in|since|from|until|till|by|during|last|this|next|early|late|mid-?)\s+"
    r"(?P<month>January|February|March|April|June|July|August|September|October|November|December)"
    r"(?:\s+(?P<year>1[6-9]\d\d|20\d\d))?"
    r"|(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December)"
    r",?\s+(?P<year2>1[6-9]\d\d|20\d\d))(?![\p{L}\d])")
# Days known by name, written with their year: "Boxing Day 2004", "Christmas Eve, 2019". Only fixed days, and
# only with a year (a yearless "Christmas Day" is a season as often as a date).
HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
            "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "bastille day": (7, 14),
            "guy fawkes night": (11, 5)}
HOLIDAY_RE = regex.compile(
    r"(?<![\p{L}\d])(?P<holiday>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Eve|Day)|Boxing\s+Day|Valentine['’]s\s+Day|"
    r"Halloween|St\.?\s+Patrick['’]s\s+Day|Bastille\s+Day|Guy\s+Fawkes\s+Night)"
    r",?\s+(?:of\s+)?(?P<year>1[6-9]\d\d|20\d\d)(?![\p{L}\d])")
_HOLIDAY_WORDS = frozenset({"christmas", "boxing", "valentine", "halloween", "patrick", "bastille", "fawkes"})
# The words find_dates looks up in the story's word index (the reader indexes only these and its own)
INDEXED_WORDS = _MONTH_WORDS | _WEEKDAY_WORDS | _RELATIVE_ANCHORS | _HOLIDAY_WORDS | {"year"}
RELATIVE_RE = regex.compile(
    r"(?<![\p{L}\d])(?P<rel>(?:earlier|later)\s+this\s+(?:year|month|week)|this\s+(?:year|month|week)"
    r"|last\s+(?:year|month|week)|next\s+(?:year|month|week)|yesterday|today|tomorrow)(?![\p{L}\d])", regex.I)


def find_dates(prose: str, text: str, start: int, published: dt.date | None,
               index: WordIndex | None = None) -> list[Quantity]:
    """Every date-like expression in prose[start:], as date or weekday quantities.

    The story's word index (built here if the caller has none) lets each pattern
    run only around the words it needs: month names, weekdays, "year", "today".
    """
    index = index or WordIndex(prose, start)
    words = index.words
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    has_month = bool(_MONTH_WORDS & words)
    for m in _full_date_matches(prose, start, has_month, index):
        q = _full_date(m, text, published)
        if q is not None:
            found.append(q)
            taken.append((m.start(), m.end()))
    holiday_words = _HOLIDAY_WORDS | ({"year"} if "New Year" in prose else set())
    # HOLIDAY_RE and MONTH_RE spell their names capitalised and hold no other indexed word: "may", "march",
    # "boxing" and "year" in lower case begin no match of theirs, and are not tried (where the index's spans are
    # the prose's: lowercasing kept its length)
    aligned = prose.isascii() or len(prose.lower()) == len(prose)
    for m in around(HOLIDAY_RE, prose, _capitalised(index.find(holiday_words), prose, aligned), 14, 26, start):
        q = _holiday(m, text)
        if q is not None and not _inside(m.span(), taken):
            found.append(q)
            taken.append((m.start(), m.end()))
    for m in around(MONTH_RE, prose, _capitalised(index.find(_MONTH_WORDS), prose, aligned), 12, 8, start):
        month_group = "month" if m.group("month") else "month2"
        year_group = "year" if m.group("month") else "year2"
        if _inside(m.span(month_group), taken):
            continue
        month = MONTHS[m.group(month_group).lower()]
        year = int(m.group(year_group)) if m.group(year_group) else _month_year(month, published, m.group(0).lower())
        s, e = m.start(month_group), m.end(year_group) if m.group(year_group) else m.end(month_group)
        found.append(Quantity(text[s:e], s, e, "date", None,
                              date=dt.date(year, month, 1) if year else None,
                              year_given=bool(m.group(year_group)), resolution="month"))
        taken.append((s, e))
    for m in around(WEEKDAY_RE, prose, index.find(_WEEKDAY_WORDS), 0, 0, start):
        if _inside(m.span(), taken):
            continue
        wd = WEEKDAYS[m.group("weekday").lower()]
        future = _FUTURE_BEFORE.search(prose, max(start, m.start() - 48), m.start()) is not None
        resolved = _next_weekday(wd, published) if future else _recent_weekday(wd, published)
        found.append(Quantity(text[m.start():m.end()], m.start(), m.end(), "weekday", None,
                              weekday=wd, date=resolved, resolution="day"))
    for m in around(RELATIVE_RE, prose, index.find(_RELATIVE_ANCHORS), 20, 2, start):
        if _inside(m.span(), taken):
            continue
        resolved, grain = _relative(m.group("rel").lower(), published)
        found.append(Quantity(text[m.start():m.end()], m.start(), m.end(), "date", None,
                              date=resolved, resolution=grain))
    return found


def _capitalised(spans: list[tuple[int, int]], prose: str, aligned: bool) -> list[tuple[int, int]]:
    return [span for span in spans if prose[span[0]].isupper()] if aligned else spans


_ANCHOR = regex.compile(
    r"(?<![\p{L}\d])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\p{L}])|\d{4}-\d\d-\d\d")


_ISO_ANCHOR = regex.compile(r"\d{4}-\d\d-\d\d")
_DIGIT = regex.compile(r"\d")


def _anchors(prose: str, start: int, has_month: bool, index: WordIndex | None) -> list[tuple[int, int]]:
    """_ANCHOR's hits that can begin a date, in text order. A month in a DATE_RE match is a whole
    capitalised word of the index, and a match holds no other _ANCHOR hit (its weekdays, "the" and
    "of" begin with none of its letters), so only those words (and ISO dates) are tried, not the
    "Mayor" and "Marketing" a scan finds. Text whose words the index may split otherwise (lowercasing
    lengthens it, or it has numerals like "²" that are word characters but not letters) keeps the scan."""
    if index is None or not (prose.isascii() or _plain_letters(prose)):
        return [a.span() for a in _ANCHOR.finditer(prose, start)]
    spans = []
    if has_month:
        for s, _ in index.find(_MONTH_WORDS):
            if prose[s].isupper():
                a = _ANCHOR.match(prose, s)
                if a is not None:
                    spans.append(a.span())
    if "-" in prose:
        iso = [a.span() for a in _ISO_ANCHOR.finditer(prose, start)]
        if iso:
            spans = sorted(spans + iso)
    return spans


_NOT_ASCII = regex.compile(r"[^\x00-\x7f]")


def _plain_letters(prose: str) -> bool:
    return len(prose.lower()) == len(prose) and not any(
        c.isalnum() and not c.isalpha() and not c.isdecimal() for c in set(_NOT_ASCII.findall(prose)))


def _full_date_matches(prose: str, start: int, has_month: bool, index: WordIndex | None = None):
    """DATE_RE matches, searched only around month names and ISO dates (a whole-text
    scan of the full pattern costs more than the rest of the reading)."""
    if not has_month and "-" not in prose:
        return
    end = start
    for a_start, a_end in _anchors(prose, start, has_month, index):
        if a_start < end:
            continue
        # A date can begin up to a weekday and a day before its month: "Tuesday, 25th of November".
        lo, hi = max(start, end, a_start - 24), min(len(prose), a_end + 16)
        if _DIGIT.search(prose, lo, hi) is None:
            continue   # every date has a digit (its day, or the ISO form): "in March" has none
        m = DATE_RE.search(prose, lo, hi)
        if m is not None and m.start() <= a_start < m.end():
            end = m.end()
            yield _widen(m, prose)


def _widen(m: regex.Match, prose: str) -> regex.Match:
    """The window may have cut a date short ("November 25, 2025" at its edge): match again unbounded."""
    full = DATE_RE.match(prose, m.start())
    return full if full is not None and full.end() >= m.end() else m


def _full_date(m: regex.Match, text: str, published: dt.date | None) -> Quantity | None:
    if m.group("iso"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        if not 1 <= month <= 12:
            return None
        year_given = True
    else:
        month = MONTHS[m.group("month").lower().rstrip(".")]
        day = int(m.group("day"))
        year_given = bool(m.group("year"))
        year = int(m.group("year")) if year_given else (published.year if published else None)
    if not 1 <= day <= 31:
        return None
    weekday = WEEKDAYS[m.group("weekday").lower().rstrip(".")] if m.group("weekday") else None
    try:
        date = dt.date(year, month, day) if year else None
    except ValueError:
        date = None   # February 29 in a common year, April 31: the date rule reports it
    return Quantity(text[m.start():m.end()], m.start(), m.end(), "date", None,
                    date=date, weekday=weekday, year_given=year_given, resolution="day")


def _holiday(m: regex.Match, text: str) -> Quantity | None:
    name = " ".join(m.group("holiday").lower().replace("’", "'").split())
    month, day = HOLIDAYS.get(name.replace("st. ", "st "), HOLIDAYS.get(name, (0, 0)))
    if not month:
        return None
    date = dt.date(int(m.group("year")), month, day)
    return Quantity(text[m.start():m.end()], m.start(), m.end(), "date", None, date=date, year_given=True,
                    resolution="day")


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in taken)


def _month_year(month: int, published: dt.date | None, phrase: str) -> int | None:
    """ "in August" in a November story is this year's August; in March, last year's."""
    if published is None:
        return None
    if phrase.startswith("next"):
        return published.year + (month <= published.month)
    if phrase.startswith("last"):
        return published.year - (month >= published.month)
    return published.year if month <= published.month else published.year - 1


# "The cabinet will meet on Friday": the coming Friday, not the last one.
_FUTURE_BEFORE = regex.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|due\s+to|scheduled|expected\s+to|set\s+to|plans?\s+to|"
    r"would|next|coming|from)\b[^.!?\n]*\Z", regex.I)


def _next_weekday(weekday: int, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)


def _recent_weekday(weekday: int, published: dt.date | None) -> dt.date | None:
    """The latest such weekday on or before publication: news mostly reports the past week."""
    if published is None:
        return None
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _relative(phrase: str, published: dt.date | None) -> tuple[dt.date | None, str]:
    grain = phrase.split()[-1] if phrase.split()[-1] in ("year", "month", "week") else "day"
    if published is None:
        return None, grain
    if phrase == "yesterday":
        return published - dt.timedelta(days=1), "day"
    if phrase == "today":
        return published, "day"
    if phrase == "tomorrow":
        return published + dt.timedelta(days=1), "day"
    step = -1 if phrase.startswith("last") else 1 if phrase.startswith("next") else 0
    if grain == "year":
        return dt.date(published.year + step, 1, 1), grain
    if grain == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return dt.date(month_index // 12, month_index % 12 + 1, 1), grain
    return published + dt.timedelta(weeks=step), grain
