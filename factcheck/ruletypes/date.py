"""date: a weekday that does not match its date, an impossible date, "N years ago" or an age that does not add up.

Each rule picks one `check`:

- `weekday`: "Thursday, February 14, 2025" (a Friday). A date written without its
  year takes the publication year — but only when that is unambiguous: if the
  stated weekday fits the same day a year either side within ten months of
  publication, we say nothing. Lists and ranges pair member by member ("Monday and
  Tuesday, September 16-17").
- `impossible`: "February 29, 2023", "April 31" (the extractor keeps these with
  date=None; we re-read the text with the same date grammar); a yearless
  "29 February" in the February just past or to come.
- `years-ago`: "in April 2015, seven years ago" against the publication date; the
  event's year may be in another sentence that names the same event; also "N years
  since ... in YEAR", "the 10th anniversary of", "in its 11th year"; a definite thing counted without a year
  ("the arena opened 17 years ago") against the years the story gave for its kind (`date_things`).
- `age`: "born in 1972, is 61" against the publication date (or another date of the
  age's sentence: "Park, 47, born in 1970, joined the orchestra in 2001" fits neither), in one
  sentence or in two that are about the same person (the story's people: `date_people`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass
from typing import ClassVar, Iterator, Mapping

import regex

from ..claims import is_year_like
from ..model import Quantity, Span
from ..quantities.dates import DATE_RE, MONTHS, WEEKDAYS
from ..quantities.numbers import UNITS
from . import date_backref   # "that founding meeting 108 years ago": an event dated earlier, named again
from . import date_independence   # "its 80th Independence Day" against the independence the story dates
from . import date_moments   # "It came on the 32nd anniversary of ...": the count to a past event's year
from . import date_people    # who a birth or an age is of, across the story
from . import date_span      # "first title in 19 years" ... "last won in 2003": one frame for a count to now
from . import date_service   # "opened in 1962 ... after 67 years of service": a working life too long
from . import date_closing   # "opened in 1958 ... will close after 53 years": a life from its opening to now
from . import date_then      # "Ota, 83, who rode the first train as a 17-year-old": an age then and now
from . import date_then_now  # "The 31-year-old, who was 19 when he was arrested in 2009": two ages, one person
from . import date_then_told  # "Gyan, then 24," ... "now 38": an age at a moment the story just dated
from . import date_things    # the years the story's things came to be, for "the arena opened 17 years ago"
from . import reference      # the recorded events' names, for "N years since the Boxing Day tsunami"
from .base import Hit, Option, Rule, Story

CHECKS = ("weekday", "impossible", "years-ago", "age")
_DAY_NAMES = tuple(calendar.day_name)
_AGO = regex.compile(r"\s+ago\b", regex.I)
# "the busiest start to a year since 2014", "the wettest half of a year since": "a year" is then a noun (any year),
# the object of "to" or "of", and no count of years since. (This stays here, not in the reader: "close to a year"
# and "the better part of a year" are spans. A rate's period, "1.24 per cent a year", the reader already drops.)
_A_YEAR_AS_NOUN = regex.compile(r"(?<![\p{L}])(?:to|of|into)\s+\Z", regex.I)
_SINCE = regex.compile(r"\A\s+(?:since|after)\s+(?:the\s+|in\s+)?\Z", regex.I)


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
    for weekdays, span, days in _dated_weekdays(story):
        tense = _tense_before(story, span.start) if published is not None else None
        readings = [_readings(parts, rule, published, tense) for parts in days]
        if any(r is None for r in readings):
            continue
        dates = [d for r in readings for d in r]
        if not dates or any(d.weekday() in weekdays for d in dates):
            continue
        if any(_weekday_fits_told_year(parts, weekdays, story, span) for parts in days):
            continue
        weekday = weekdays[0]
        date = min(readings[0], key=lambda d: abs((d - published).days) if published else 0)
        actual = _DAY_NAMES[date.weekday()]
        stated = _DAY_NAMES[weekday]
        # the nearest date that is the stated weekday: the likelier slip is the day number
        shift = (weekday - date.weekday() + 3) % 7 - 3
        near = date + dt.timedelta(days=shift)
        suggestion = f"{actual}, {_long(date)}"
        yield _hit(span, story.doc.text[span.start:span.end], actual, suggestion,
                   {"date": date.isoformat(), "actual_weekday": actual, "stated_weekday": stated,
                    "nearest_stated_weekday": near.isoformat(), "year_assumed": not days[0][3]},
                   f"{_long(date)} is a {actual}, not a {stated}", date=_long(date), weekday=actual)


def _weekday_fits_told_year(parts: tuple[int | None, int, int, bool], weekdays: list[int], story: Story,
                            span: Span) -> bool:
    """A yearless day may be of the year its paragraph has just told: "voted on Friday, 22 May 2015 ... the count the
    following day, Saturday 23 May" is 2015's 23 May, not the publication year's; so is a day said "last year" or
    "next year". Every such reading is checked: the weekday is wrong only if it fits none."""
    year, month, day, year_given = parts
    if year_given:
        return False
    said = _YEAR_SAID_AFTER.match(story.doc.prose, span.end)
    if said and story.doc.publication_date is not None:
        y = story.doc.publication_date.year + (-1 if said.group(1).lower() == "last" else 1)
        if _valid(y, month, day) and dt.date(y, month, day).weekday() in weekdays:
            return True
    # (its paragraph's, before it: a year told elsewhere in the story, "the record storm of April 2024", is no
    # year of the day the warning is about -- read so widely, one wrong weekday in seven would fit some year)
    p0 = story.doc.paragraph_at(span.start)[0]
    for p in story.quantities:
        if p.start >= span.start:
            break
        if p.start < p0 or p.kind != "date" or p.date is None or p.resolution not in ("day", "month") or \
                not p.year_given:
            continue        # a yearless date carries the publication year, which is read already
        y = p.date.year
        if _valid(y, month, day) and dt.date(y, month, day).weekday() in weekdays:
            return True
    published = story.doc.publication_date
    return any(_valid(d.year, month, day) and dt.date(d.year, month, day).weekday() in weekdays
               and abs((dt.date(d.year, month, day) - d).days) <= _NARRATIVE_DAYS
               for d in _narrated_days(story) if published is None or d.year != published.year)


_NARRATIVE_DAYS = 120


def _narrated_days(story: Story) -> list[dt.date]:
    """The days a story tells with a weekday and a year ("The last were brought up on Wednesday, October 13, 2010"):
    a retrospective's yearless "on Sunday, August 22", weeks from such a day in its year, may be of that year
    wherever in the story it is told. A year given without a weekday ("sank in 2009") is no such narrative, nor
    is a day months away from the yearless one ("Friday 9 January 2026" beside "Wednesday 18 November")."""
    return [p.date for p in story.quantities
            if p.kind == "date" and p.date is not None and p.resolution == "day" and p.year_given
            and p.weekday is not None and p.weekday == p.date.weekday()]


# "collapsed on Thursday, March 28, last year": the year the date is in, said after it
_YEAR_SAID_AFTER = regex.compile(r"\s*,?\s*(last|next)\s+year(?![\p{L}])", regex.I)


def _readings(parts: tuple[int | None, int, int, bool], rule: Rule, published: dt.date | None,
              tense: str | None = None):
    """The calendar dates a written day may be: its own year, or a yearless day in the year either
    side of publication when that is near enough to be meant -- on the side the sentence's tense
    says ("police were called on Wednesday 14 January" in March is the January just gone, not the
    next one), when it has a reading there. None when it cannot be placed."""
    year, month, day, year_given = parts
    if year_given:
        candidates = [year]
    elif published is not None:
        candidates = [y for y in (published.year - 1, published.year, published.year + 1)
                      if _valid(y, month, day)
                      and abs((dt.date(y, month, day) - published).days) <= rule.options["ambiguity_days"]]
        told = [y for y in candidates if _on_side(dt.date(y, month, day), published, tense)]
        candidates = told or candidates
    else:
        return None
    return [dt.date(y, month, day) for y in candidates if _valid(y, month, day)]


def _on_side(day: dt.date, published: dt.date, tense: str | None) -> bool:
    """Is the day on the side of publication the tense tells of (a day's grace: copy is filed the night before)?"""
    if tense == "past":
        return day <= published + dt.timedelta(days=1)
    if tense == "future":
        return day >= published - dt.timedelta(days=1)
    return True


# What joins the members of a list or range of weekdays or days: "Monday and Tuesday",
# "Friday-Sunday", "16-17", "7 and 8", "Friday to Sunday", "5, 6 and 7".
_JOIN = regex.compile(r"\A\s*(?:[-–—&/]|and|to|through|till|until|or|,)\s*\Z", regex.I)
_LIST_JOIN = regex.compile(r"\A\s*(?:[-–—&/]|and|to|through|till|until|or)\s*\Z", regex.I)
# Between a list of weekdays and its days: "Monday and Tuesday, September 16-17", "Friday-Sunday 2-4 May"
_WEEKDAYS_TO_DAYS = regex.compile(r"\A\s*,?\s*(?:the\s+)?\Z", regex.I)
# "last Tuesday (March 11)", "on Friday (14 February)"; "March 11 (Tuesday)"
_BRACKET_OPEN = regex.compile(r"\A\s*\(\s*(?:on\s+)?\Z", regex.I)
_BRACKET_CLOSE = regex.compile(r"\A\s*\)")
_DAY_NUMBER = regex.compile(r"\A(?:[0-3]?\d)(?:st|nd|rd|th)?\Z")


def _dated_weekdays(story: Story) -> Iterator[tuple[list[int], Span, list[tuple[int | None, int, int, bool]]]]:
    """Each weekday written with its date: the weekday(s), the span of both, and the day(s) meant.

    Lists and ranges pair member by member: "Monday and Tuesday, September 16-17" is Monday the
    16th and Tuesday the 17th, "Saturday and Sunday (June 7 and 8)" likewise. A weekday list
    and a day list of different lengths give each weekday all the days ("Tuesday, May 5-6")."""
    prose = story.doc.prose
    qs = story.quantities
    for i, q in enumerate(qs):
        if q.kind != "date" or q.resolution != "day":
            continue
        parts = _parts(q, story)
        if parts is None:
            continue
        first, last, days = _day_list(qs, i, prose, parts)
        if q.weekday is not None:
            # the weekday written inside the date, and any listed before it: "Monday and Tuesday, Sept 16"
            wd_first, weekdays = _weekdays_before(qs, i, prose, [q.weekday])
            span = Span(qs[wd_first].start if wd_first < i else q.start, qs[last].end)
        else:
            wd_first, weekdays = _weekdays_before(qs, first, prose, [], _BRACKET_OPEN, _WEEKDAYS_TO_DAYS)
            span_end = qs[last].end
            if weekdays:
                if _BRACKET_OPEN.match(prose[qs[first - 1].end:qs[first].start]):
                    close = _BRACKET_CLOSE.match(prose[span_end:span_end + 4])
                    if close is None:
                        continue
                    span_end += close.end()
                span = Span(qs[wd_first].start, span_end)
            else:   # "March 11 (Tuesday)", "16 and 17 September (Monday and Tuesday)"
                weekdays, span_end = _weekdays_in_brackets_after(qs, last, prose)
                if not weekdays:    # "June 14, a Saturday"
                    weekdays, span_end = _weekday_apposed_after(qs, last, prose)
                if not weekdays:
                    continue
                span = Span(qs[first].start, span_end)
        yield from _pair(weekdays, days, span)


def _pair(weekdays: list[int], days: list, span: Span):
    """Member by member when the lists are as long as each other; otherwise any weekday with any
    day will do ("Tuesday, May 5-6", "Saturday and Sunday, 3 May" say nothing if one pair fits)."""
    if len(weekdays) == len(days):
        for weekday, day in zip(weekdays, days):
            yield [weekday], span, [day]
    else:
        yield weekdays, span, days


def _day_list(qs: list[Quantity], i: int, prose: str, parts):
    """The days a date lists with its neighbours: "16-17 September", "September 16-17", "7 and 8 June".
    Returns the index of the first and last member and each day's (year, month, day, year_given)."""
    year, month, day, year_given = parts
    q = qs[i]
    numbers_before: list[int] = []
    first = i
    if q.text[:1].isdigit():            # "16-17 September": earlier days come before
        while first > 0 and _is_day_number(qs[first - 1]) and _JOIN.match(prose[qs[first - 1].end:qs[first].start]):
            first -= 1
        numbers_before = [int(qs[j].value) for j in range(first, i)]
    last = i
    numbers_after: list[int] = []
    if not q.text[:1].isdigit() and not year_given:     # "September 16-17": later days come after
        while last + 1 < len(qs) and _is_day_number(qs[last + 1]) and _JOIN.match(prose[qs[last].end:qs[last + 1].start]):
            last += 1
        numbers_after = [int(qs[j].value) for j in range(i + 1, last + 1)]
    if first == i and last == i:
        return first, last, [parts]
    # a comma-joined list must end with "and": "5, 6 and 7 May" but not "On May 2, 4 people died"
    ends = [prose[qs[j].end:qs[j + 1].start] for j in range(first, last)]
    if any("," in e for e in ends) and not _LIST_JOIN.match(ends[-1]):
        return i, i, [parts]
    days = numbers_before + [day] + numbers_after
    if days != sorted(days):
        return i, i, [parts]
    return first, last, [(year, month, d, year_given) for d in days]


def _is_day_number(q: Quantity) -> bool:
    return (q.kind in ("number", "ordinal") and q.value is not None and float(q.value).is_integer()
            and 1 <= q.value <= 31 and bool(_DAY_NUMBER.match(q.text)))


def _weekdays_before(qs: list[Quantity], i: int, prose: str, weekdays: list[int], *gaps):
    """Weekday words standing right before qs[i] (through one of `gaps` when the list is apart
    from its days), each joined to the next: "Friday-Sunday, 2-4 May", "Saturday and Sunday (June 7"."""
    j = i
    found = list(weekdays)
    if gaps:
        if j == 0 or qs[j - 1].kind != "weekday" or not any(g.match(prose[qs[j - 1].end:qs[j].start]) for g in gaps):
            return i, []
        j -= 1
        found.insert(0, qs[j].weekday)
    while j > 0 and qs[j - 1].kind == "weekday" and _JOIN.match(prose[qs[j - 1].end:qs[j].start]):
        j -= 1
        found.insert(0, qs[j].weekday)
    return j, found


def _weekdays_in_brackets_after(qs: list[Quantity], last: int, prose: str):
    j = last + 1
    if j >= len(qs) or qs[j].kind != "weekday" or not _BRACKET_OPEN.match(prose[qs[last].end:qs[j].start]):
        return [], 0
    found = [qs[j].weekday]
    while j + 1 < len(qs) and qs[j + 1].kind == "weekday" and _JOIN.match(prose[qs[j].end:qs[j + 1].start]):
        j += 1
        found.append(qs[j].weekday)
    close = _BRACKET_CLOSE.match(prose[qs[j].end:qs[j].end + 4])
    if close is None:
        return [], 0
    return found, qs[j].end + close.end()


# "on June 14, a Tuesday", "14 June - a Saturday -", "on March 3, which was a Monday": the weekday apposed to its date
_APPOSED_WEEKDAY = regex.compile(r"\s*(?:,|[-–—])\s*(?:which\s+(?:was|is|will\s+be|fell\s+on|falls\s+on)\s+)?a\s+\Z",
                                 regex.I)


_WEEKDAY_ENDS = regex.compile(r"\s*(?:[,.;:)!?\"”]|[-–—]|\Z)")


def _weekday_apposed_after(qs: list[Quantity], last: int, prose: str):
    j = last + 1
    if j >= len(qs) or qs[j].kind != "weekday" or not _APPOSED_WEEKDAY.fullmatch(prose, qs[last].end, qs[j].start):
        return [], 0
    if not _WEEKDAY_ENDS.match(prose, qs[j].end):
        return [], 0        # "On 14 June, a Tuesday crowd gathered": the weekday describes a noun
    return [qs[j].weekday], qs[j].end


def _long(d: dt.date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _parts(q: Quantity, story: Story) -> tuple[int | None, int, int, bool] | None:
    """Year (None if not written and no publication date), month, day, and whether the year was written (read once
    per figure: two rules ask)."""
    kept = story.cache.setdefault("date.parts", {})
    key = (q.start, q.end)
    if key not in kept:
        kept[key] = _read_parts(q, story)
    return kept[key]


def _read_parts(q: Quantity, story: Story) -> tuple[int | None, int, int, bool] | None:
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
            elif published is not None and not _timeless(story, q) and not _leap_day_meant(
                    published, _tense_before(story, q.start), rule.options["ambiguity_days"]):
                problem = f"no February 29 near {published.year}: it is not a leap year"
            else:
                continue
            last = 28
        else:
            continue
        # no suggestion: "February 29, 2023" may mean the 28th or March 1
        yield _hit(q.span, q.text, problem, None, {"month": month, "day": day, "year": year,
                                                   "last_day": last}, problem)


def _leap_day_meant(published: dt.date, tense: str | None, window: int = 366) -> bool:
    """Could a yearless "29 February" exist? It is the February just past when the sentence tells of
    the past ("was arrested on 29 February", "without water since 29 February"), the coming one when it
    looks ahead ("bids close on" with "will"). When it does not say, either — but only one near enough to
    be meant without its year (`window` days): in a March 2023 story "since 29 February" cannot reach
    to February 2024, while in a June 2023 story both Februaries are near."""
    past = published.year if published >= dt.date(published.year, 2, 28) else published.year - 1
    coming = published.year if published <= dt.date(published.year, 2, 28) else published.year + 1
    if tense is not None:
        years = {"past": (past,), "future": (coming,)}[tense]
    else:
        years = tuple(y for y in (past, coming) if abs((dt.date(y, 2, 28) - published).days) <= window) or (past, coming)
    return any(calendar.isleap(y) for y in years)


# A 29 February of no one year: a birthday, a leap day as such, a date that comes round ("born on 29 February",
# "leap-day babies", "every 29 February"): its year is not the story's
_TIMELESS = regex.compile(r"(?<![\p{L}])(?:born|birth\p{L}*|leap|leapling\p{L}*|every|each|annual\p{L}*|anniversar\p{L}*|"
                          r"quadrennial|once\s+in\s+four)(?![\p{L}])", regex.I)


def _timeless(story: Story, q: Quantity) -> bool:
    s0, s1 = story.doc.sentence_at(q.start)
    return _TIMELESS.search(story.doc.prose, s0, s1) is not None


_FUTURE = regex.compile(r"\b(?:will|shall|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to|due|scheduled|expected|set\s+(?:to|for)|slated|"
                        r"plans?|would|next|coming|until|till|by)\b", regex.I)
_PAST = regex.compile(r"\b(?:was|were|had|did|last)\b|\b\p{L}{3,}ed\b", regex.I)


def _tense_before(story: Story, offset: int) -> str | None:
    """ "past", "future" or None, from the words of the sentence before `offset`."""
    start, end = story.doc.sentence_at(offset)
    before = story.doc.prose[start:offset]
    clause_end = _CLAUSE_END.search(story.doc.prose, offset, end)
    if _FUTURE_AFTER.search(story.doc.prose, offset, clause_end.start() if clause_end else end):
        return None     # "objected to the timing, ... before the elections on Sunday, June 6, when voters ... will
        #                 choose": the day's own clause looks ahead, whatever the verbs before it
    if _PENDING_BEFORE.search(before):
        return None     # "recommended a dividend, subject to approval at the meeting on Sunday, 18 December": the
        #                 day of a decision still awaited, whatever the verbs before it
    if _SINCE_DATE.search(before):
        return "past"   # "without water since 29 February", "has risen ever since": counted from a day gone by
    if _LISTED_FOR.search(before):
        return "future"  # "has been listed for Friday 14 June", "adjourned until": a day set ahead
    # the date's own clause speaks first: "..., postponed in October: the game will be played on 29 February"
    clause = None
    for clause in _TENSE_CLAUSE_BREAK.finditer(before):
        pass
    if clause is not None:
        own = _tense_of(before[clause.end():])
        if own is not None:
            return own
    return _tense_of(before)


_CLAUSE_END = regex.compile(r"[;:]|\s[—–]\s")
# a clause that waits on something still to happen, the day closing it: "subject to approval at the meeting on"
_PENDING_BEFORE = regex.compile(r"(?<![\p{L}])(?:subject\s+to|pending)\s+[^.;:]{0,80}\s(?:on|at|for)\s+\Z", regex.I)
_FUTURE_AFTER = regex.compile(r"(?<![\p{L}])(?:will|shall)\s+(?!have\b)(?:\p{Ll}+\s+){0,2}?\p{Ll}+", regex.I)
_LISTED_FOR = regex.compile(r"(?<![\p{L}])(?:(?:listed|scheduled|rescheduled|set|fixed|adjourned|postponed|deferred|"
                         r"moved|booked|slated|pencilled\s+in|penciled\s+in|put\s+back)"
                         # "set the hearing for", "set sentencing for": the noun of the day set, "the" or not
                         r"(?:\s+(?:(?:the\s+)?(?:case|matter|hearing|trial|mention|sentencing|verdict)|it))?\s+(?:until|till|to|for)"
                         # "Judge X fixed Monday, 20 May, for case management": the day set is the verb's object
                         r"|fixed)\s+(?:on\s+)?\Z", regex.I)
_SINCE_DATE = regex.compile(r"(?<![\p{L}])(?:ever\s+)?since\s+(?:(?:early|late|mid|the\s+(?:night|morning|evening|afternoon|"
                         r"end|start)\s+of)\s+)?\Z", regex.I)
_TENSE_CLAUSE_BREAK = regex.compile(r"[:;]\s|\s[—–]\s|(?<![\p{L}])(?:said|says|announced|confirmed)\s+(?:that\s+)?")
# "will be played", "is to be held": a participle of the future is no past tense
_FUTURE_PASSIVE = regex.compile(r"(?<![\p{L}])(?:will|shall|would|to)\s+(?:be|have\s+been)\s+\p{L}+ed\b", regex.I)


def _tense_of(before: str) -> str | None:
    before = _FUTURE_PASSIVE.sub(" will ", before)
    future, past = _FUTURE.search(before), _PAST.search(before)
    if future and not past:
        return "future"
    if past and not future:
        return "past"
    return None


# -- N years ago ---------------------------------------------------------------------

def _years_ago(rule: Rule, story: Story) -> Iterator[Hit]:
    taken = set()
    for h in _years_ago_read(rule, story):
        taken.add((h.span.start, h.span.end))
        yield h
    # the one wide frame last: a count of years from a beginning the story dates to now, in any phrasing
    yield from date_span.span_hits(story, rule, _hit, taken)


def _years_ago_read(rule: Rule, story: Story) -> Iterator[Hit]:
    published = story.doc.publication_date
    if published is None:
        return
    yield from _anniversaries(rule, story)
    yield from _nth_years(rule, story)
    yield from date_independence.independence_day_counts(story, _hit)
    prose = story.doc.prose
    qs = story.quantities
    for i, q in enumerate(qs):
        if q.kind != "duration" or q.unit not in ("year", "decade") or q.value is None:
            continue
        if q.text.lower() in ("a year", "a decade") and _A_YEAR_AS_NOUN.search(prose, max(0, q.start - 8), q.start):
            continue
        after_ago = _AGO.match(prose, q.end)
        is_ago = q.text.lower().endswith("ago") or after_ago is not None
        since = None
        if not is_ago:
            since = _since_year(qs, i, prose, story)
            if since is None:
                hit = (date_service.service_too_long(q, story, rule, _hit)
                       or date_closing.closing_count_off(q, story, rule, _hit)
                       or _recorded_event_ago(q, story, False, None) or _thing_counted(q, story, rule, None)
                       or (_anniversary_anchor(q, story, rule, None) if _COUNTED_TO_NOW.match(prose, q.end) else None)
                       or _counted_on_from_year_before(q, story, rule)
                       or _named_event_counted(q, story, rule, None, False)
                       or (_ago_of_sentence_thing(q, story, rule, None, marked=True)
                           if _marked_years_of(prose, q) else None)
                       or _years_earlier_than_any(q, story, rule, i)
                       # (what a thing has done "for N years" may have begun after it, never before it)
                       or (_ago_of_sentence_thing(q, story, rule, None, marked=True, at_most=True)
                           if _perfect_for_years(prose, q) else None))
                if hit is not None:
                    yield hit
                continue
        stated_years = q.value * (10 if q.unit == "decade" else 1)
        if since is None and not is_ago:
            continue
        if since is not None:
            year_q, (year, month) = since
        else:
            found = (_nearest_year(qs, i, prose, story, rule.options["max_gap"])
                     or _event_year_elsewhere(qs, i, prose, story)
                     or _that_was(qs, i, prose, story)
                     or (_back_then_after(qs, i, prose, story) if is_ago else None))
            if found is None:
                hit = (_recorded_event_ago(q, story, is_ago, after_ago)
                       or _thing_counted(q, story, rule, after_ago)
                       or (_ago_of_sentence_thing(q, story, rule, after_ago) if is_ago else None)
                       or _anniversary_anchor(q, story, rule, after_ago)
                       or _named_event_counted(q, story, rule, after_ago, True))
                if hit is not None:
                    yield hit
                continue
            year_q, (year, month) = found
        tol = rule.options["years_tolerance"]
        if q.hedge:
            tol += 1
        if q.unit == "decade":
            tol += 2
        if q.low is not None and q.high is not None and q.low != q.high:
            continue
        if month is not None:
            elapsed = (published.year * 12 + published.month - (year * 12 + month)) / 12
            if month == published.month and not q.hedge and q.unit != "decade" and not _day_told(year_q):
                tol = 0     # "marks 15 years since ... May 2009" in May 2025: a whole count, said in its month
            if _day_told(year_q):
                if _fits_day_count(stated_years, year_q.date, published, tol):
                    continue
            elif abs(stated_years - elapsed) <= tol:
                continue
        else:
            elapsed = published.year - year
            if _rounds_to_year_count(stated_years, year, published, tol):
                continue
        if (q.hedge or "").lower() in date_backref.AT_LEAST and elapsed >= stated_years:
            continue    # "more than four decades since 1980" in 2025: loose, not wrong
        computed_years = round(elapsed) if month is not None else published.year - year
        span = Span(q.start, after_ago.end() if after_ago else q.end) if is_ago else q.span
        suggestion = f"{_number_words(computed_years)} years ago" if is_ago else None
        problem = (f"{story.text_of(year_q.span)} was about {computed_years} years before publication "
                   f"({published.isoformat()}), not {stated_years:g}")
        yield _hit(span, story.doc.text[span.start:span.end], f"{computed_years} years", suggestion,
                   {"year": year, "month": month, "published": published.isoformat(),
                    "elapsed_years": round(elapsed, 2), "stated_years": stated_years}, problem,
                   related=(year_q.span,))


def _day_told(q: Quantity) -> bool:
    return q.kind == "date" and q.resolution == "day" and q.year_given and q.date is not None


def _fits_day_count(stated: float, day: dt.date, published: dt.date, tol: int) -> bool:
    """Can "N years ago" of a day with its year be right? Counted in whole years gone by, rounded, or by the calendar
    years between: "Seventeen years ago, on 15 November 2007" in a story of 15 November 2025 is none of them (18).
    A looser writer (a hedge, decades) is allowed that much more either side."""
    elapsed = (published - day).days / 365.25
    whole = published.year - day.year - (1 if (published.month, published.day) < (day.month, day.day) else 0)
    counts = {whole, round(elapsed), published.year - day.year}
    slack = tol - 1
    if stated != int(stated) and abs(stated - elapsed) <= 0.25 + slack:
        return True     # "two and a half years ago" of a day 2.45 years back: a count in halves, not whole years
    return any(abs(stated - c) <= slack for c in counts)


def _named_event_counted(q: Quantity, story: Story, rule: Rule, after_ago, is_ago: bool) -> Hit | None:
    published = story.doc.publication_date
    if _dates_a_base(q, story, after_ago):
        return None
    tol = rule.options["years_tolerance"] + (1 if q.hedge else 0)

    def fits(stated: float, p: Quantity, when, published: dt.date) -> bool:
        if _day_told(p):
            return _fits_day_count(stated, p.date, published, tol)
        if when[1] is not None:
            return abs(stated - _elapsed_years(when[0], when[1], published)) <= tol
        return _rounds_to_year_count(stated, when[0], published, tol)

    found = date_backref.count_of_named_event(q, story, is_ago, fits)
    if found is None:
        return None
    year_q, (year, month), computed = found
    if _day_told(year_q) and _recorded_day_of_another_year(story, year_q):
        return None     # "the attacks of 15 March 2018 ... five years ago": the record judges the date, the slip
    stated = float(q.value)
    span = Span(q.start, after_ago.end()) if after_ago else q.span
    suggestion = f"{_number_words(computed)} years ago" if (after_ago or q.text.lower().endswith("ago")) else None
    problem = (f"{story.text_of(year_q.span)}, the year the story gives for it, was about {computed} years before "
               f"publication ({published.isoformat()}), not {stated:g}")
    return _hit(span, story.doc.text[span.start:span.end], f"{computed} years", suggestion,
                {"year": year, "month": month, "published": published.isoformat(), "stated_years": stated}, problem,
                related=(year_q.span,))


def _rounds_to_year_count(stated: float, year: int, published: dt.date, tol: int) -> bool:
    """Can "N years ago" (or "N years since") of something dated only by its year be right? The thing happened
    somewhere in that year: "in 2021" from May 2025 is 3.4 to 4.4 years back, so three or four years ago
    (counted in whole years or rounded), never five; from November 2025 it is 3.9 to 4.9, so three, four or five.
    A looser writer (the tolerance above one, a hedge, decades) is allowed that much more either side."""
    into = (published.timetuple().tm_yday - 1) / 365.25
    earliest, latest = published.year - year - 1 + into, published.year - year + into
    slack = tol - 1
    return math.floor(earliest) - slack <= stated <= math.floor(latest + 0.5) + slack


# -- "N years ago" of a thing whose year of coming to be the story gave elsewhere: "The stadium ... reopened in 2010"
# ... "Since the modernised arena opened 17 years ago". Any year the thing (or its kind) came to be, or came to be
# again, may be the one counted from; we speak only when none fits.

_BASE_OF_A_CHANGE = regex.compile(r"(?<![\p{L}])(?:up|down|rising|falling|rose|fell)\s+from\s+[^.;]{0,40}\Z", regex.I)


def _dates_a_base(q: Quantity, story: Story, after_ago) -> bool:
    """ "6,100, or about 41%, up from less than a third three years ago": the time of a change's base, counted from
    now -- not a count to now from the year of a thing or event another sentence dates."""
    if after_ago is None and not q.text.lower().endswith("ago"):
        return False
    s0 = story.doc.sentence_at(q.start)[0]
    return bool(_BASE_OF_A_CHANGE.search(story.doc.prose, max(s0, q.start - 60), q.start))


def _thing_counted(q: Quantity, story: Story, rule: Rule, after_ago) -> Hit | None:
    published = story.doc.publication_date
    if q.low is not None and q.high is not None and q.low != q.high:
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    prose = story.doc.prose
    origins = ({id(t.q) for t in date_things.thing_years(story)} if date_things.is_age_of_thing(q, prose)
               else frozenset())
    if any(s0 <= p.start < s1 and _year_of(p) and any(c.isdigit() for c in p.text)
           and prose[p.end:p.end + 1] != "s" and not p.text.endswith("s")
           and id(p) not in origins
           for p in story.quantities):
        return None     # a year written in the sentence itself (not a decade: "the traffic of the 1980s"): the
                        # sentence's own reading stands -- unless the count is the thing's age and the year is
                        # when a thing came to be ("Built in 1995, the 40-year-old bridge", "The 31-year-old
                        # building opened in 1998")
    if _dates_a_base(q, story, after_ago):
        return None
    counted = date_things.years_of_thing_counted(q, story)
    if counted is None:
        return None
    referent, candidates, by_order = counted
    stated = q.value * (10 if q.unit == "decade" else 1)
    tol = rule.options["years_tolerance"] + (1 if q.hedge else 0) + (2 if q.unit == "decade" else 0)
    if q.kind == "ordinal":
        tol = 1         # "its 15th anniversary" this year, or the one just past or to come
    for t in candidates:
        elapsed = (published.year - t.year if t.month is None
                   else (published.year * 12 + published.month - (t.year * 12 + t.month)) / 12)
        if date_things.counted_fits(by_order, t, stated, elapsed, tol):
            return None
    computed = published.year - referent.year
    span = Span(q.start, after_ago.end()) if after_ago else q.span
    suggestion = f"{_number_words(computed)} years ago" if (after_ago or q.text.lower().endswith("ago")) else None
    problem = (f"{story.text_of(referent.q.span)}, the year the story gives for it, was about {computed} years "
               f"before publication ({published.isoformat()}), not {stated:g}")
    return _hit(span, story.doc.text[span.start:span.end], f"{computed} years", suggestion,
                {"year": referent.year, "published": published.isoformat(), "stated_years": stated,
                 "years_of_the_thing": sorted({t.year for t in candidates})}, problem, related=(referent.q.span,))


# -- "N years ago" that looks back to the one coming to be its own sentence dates: as an aside closing the clause
# ("The school opened its doors in September 1975 with four teachers, 45 years ago this autumn.") or after a noun of
# beginning ("The company, set up in 1987 by two brothers, has grown from those modest beginnings 43 years ago").
# Only a sentence whose one year is a thing's coming to be: "founded in 1987, it opened a plant 10 years ago" has
# the count's own verb between and is no aside.

_AGO_ASIDE_AFTER = regex.compile(r"\s*(?:(?:this|last|next)\s+(?:autumn|spring|summer|winter|fall|month|week|year)|"
                                 r"(?:this|last)\s+\p{Lu}\p{Ll}+)?\s*(?:[,.;]|\Z)")
# "marked 30 years of operation", "celebrates 25 years in business": a count to now of what the sentence dates
_MARKED_BEFORE = regex.compile(r"(?<![\p{L}])(?:marks?|marked|marking|celebrat\w+|commemorat\w+)\s+(?:its\s+|their\s+)?\Z",
                               regex.I)
_YEARS_OF_AFTER = regex.compile(r"\A\s+(?:of\s+(?:operations?|service|business|trading|production|existence|broadcasting|"
                                r"publishing|publication|flying|activity)|in\s+(?:business|operation|service))(?![\p{L}])",
                                regex.I)


# "The bridge, which opened in 1998, has carried traffic across the river for 30 years": a present perfect that
# runs to now, for a count of years, in the clause of the sentence's one dated coming to be
_PERFECT_FOR_BEFORE = regex.compile(r"(?<![\p{L}'’])(?:has|have)\s+(?:(?:been|\p{Ll}+ly)\s+)?\p{Ll}+(?:ed|en|wn|ne|un|ld|pt|nt)"
                                    r"(?![\p{L}])[^,;.\d]{0,60}?\sfor\s+(?:(?:about|some|nearly|almost|more\s+than|over)\s+)?\Z")


def _marked_years_of(prose: str, q: Quantity) -> bool:
    start = date_things._count_start(prose, q)
    return bool(_MARKED_BEFORE.search(prose, max(0, start - 20), start) and _YEARS_OF_AFTER.match(prose[q.end:q.end + 30]))


def _perfect_for_years(prose: str, q: Quantity) -> bool:
    start = date_things._count_start(prose, q)
    return bool(_PERFECT_FOR_BEFORE.search(prose, max(0, start - 90), start))


_BEGINNINGS = regex.compile(r"(?<![\p{L}])(?:beginnings?|start|founding|inception|birth|origins?|launch|opening)"
                            r"\s+(?:(?:just|only|some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?\Z",
                            regex.I)


# Common irregular pasts, which no "-ed" test finds ("the 2010 squad won the title", "built its first creamery")
_IRREGULAR_PAST = (r"won|lost|beat|hit|struck|took|made|ran|left|began|came|went|sold|bought|built|paid|met|got|gave|"
                   r"saw|fell|rose|grew|held|kept|led|set|shut|put|cut|spent|sent|brought|found|became|broke|drove|"
                   r"wrote|chose|stood|swept|sank|burst")
# A verb of its own between the dated coming to be and an aside count: the aside closes another event's clause
# (a word in -ed before a plain noun describes it: "in two rented rooms")
_VERB_BETWEEN = regex.compile(rf"(?<![\p{{L}}'’-])(?:was|were|is|are|has|had|have|will|would|{_IRREGULAR_PAST}|"
                              r"\p{Ll}+ed(?=\s*[,.;]|\s+(?:the|a|an|its|"
                              r"their|his|her|our|in|on|at|to|for|from|with|by|into|up|out|off|over|back|down)\s))"
                              r"(?![\p{L}'’-])")


def _ago_of_sentence_thing(q: Quantity, story: Story, rule: Rule, after_ago, marked: bool = False,
                           at_most: bool = False) -> Hit | None:
    """ "Founded in 1991, 25 years ago, the cooperative ..."; with `marked`, "which opened its plant in 1998, marked
    30 years of operation": a count to now of the one thing the sentence dates."""
    prose = story.doc.prose
    published = story.doc.publication_date
    s0, s1 = story.doc.sentence_at(q.start)
    end = after_ago.end() if after_ago else q.end
    start = date_things._count_start(prose, q)
    aside = prose[max(s0, start - 2):start].endswith(", ") and _AGO_ASIDE_AFTER.match(prose, end, s1 + 1)
    if not (marked or aside or _BEGINNINGS.search(prose, max(s0, start - 40), start)):
        return None
    # ("this year marks 40 years of service": the story's own year, told in words, is the now the count runs to)
    years = [p for p in story.quantities if s0 <= p.start < s1 and (y := _year_of(p))
             and not (y[0] == published.year and not any(c.isdigit() for c in p.text))]
    things = [t for t in date_things.thing_years(story) if s0 <= t.q.start < s1]
    if len(years) != 1 or len(things) != 1 or things[0].q is not years[0] or years[0].end > q.start:
        return None
    t = things[0]
    if aside and _VERB_BETWEEN.search(prose, t.q.end, start):
        return None     # "Founded in 1991, the cooperative built its first creamery, 25 years ago": another event
    if t.again:
        return None     # "reopened in 2010, 15 years ago": which opening the count means is open
    stated = q.value * (10 if q.unit == "decade" else 1)
    elapsed = (published.year - t.year if t.month is None
               else (published.year * 12 + published.month - (t.year * 12 + t.month)) / 12)
    tol = rule.options["years_tolerance"] + (1 if q.hedge else 0) + (2 if q.unit == "decade" else 0)
    if abs(stated - elapsed) <= tol or (at_most and stated < elapsed):
        return None
    computed = round(elapsed) if t.month is not None else published.year - t.year
    span = Span(q.start, end)
    problem = (f"{story.text_of(t.q.span)}, when the sentence says it began, was about {computed} years before "
               f"publication ({published.isoformat()}), not {stated:g}")
    return _hit(span, story.doc.text[span.start:span.end], f"{computed} years", f"{_number_words(computed)} years ago",
                {"year": t.year, "month": t.month, "published": published.isoformat(), "stated_years": stated},
                problem, related=(t.q.span,))


# -- "in 1970, 43 years earlier": a count back from some later year the story speaks of. Which one is not said,
# so it is read against every year the story writes and the publication's (and the year before it, the year of
# the latest figures): where none is that many years after, the count is wrong whichever was meant.

_EARLIER_AFTER = regex.compile(r"\s+(?:earlier|before)\s*[,.;)]", regex.I)
_YEAR_THEN_COMMA = regex.compile(r"(?<![\p{L}])in\s+(?:\p{Lu}\p{Ll}+\s+)?\Z")


def _years_earlier_than_any(q: Quantity, story: Story, rule: Rule, i: int) -> Hit | None:
    prose = story.doc.prose
    qs = story.quantities
    after = _EARLIER_AFTER.match(prose, q.end)
    if after is None or not i or q.low is not None and q.high is not None and q.low != q.high:
        return None
    start = date_things._count_start(prose, q)
    year_q = qs[i - 1]
    when = _year_of(year_q)
    if when is None or prose[year_q.end:start] != ", " or not _YEAR_THEN_COMMA.search(prose, max(0, year_q.start - 14),
                                                                                     year_q.start):
        return None     # only "in 1970, 43 years earlier": the year and its count side by side
    published = story.doc.publication_date
    stated = q.value * (10 if q.unit == "decade" else 1)
    tol = rule.options["years_tolerance"] + (1 if q.hedge else 0) + (2 if q.unit == "decade" else 0)
    later = {published.year, published.year - 1} | {y for p in qs if (w := _year_of(p)) and (y := w[0]) > when[0]}
    if any(abs((y - when[0]) - stated) <= tol for y in later):
        return None
    computed = published.year - when[0]
    span = Span(q.start, after.start() + len(after.group().rstrip(",.;) ")))
    problem = (f"{story.text_of(year_q.span)} is {computed} years before publication ({published.isoformat()}), and "
               f"no year the story gives is {stated:g} years after it")
    return _hit(span, story.doc.text[span.start:span.end], f"{computed} years", None,
                {"year": when[0], "published": published.isoformat(), "stated_years": stated,
                 "years_in_story": sorted(later)}, problem, related=(year_q.span,))


# -- "N years on", "in the N years since", "N years later, the town still ...": a count to now from the year the
# sentence before gave ("The flood struck in January 1998. Twenty years on, ..."). That year is the count's origin
# only when it is the one year there and nothing else dated stands between; "later" and "after the flood" count
# to now only in a sentence that speaks of now ("still", "is", "has"), not in a past narrative ("Ten years later
# he was elected").

_ON_OR_SINCE = regex.compile(r"\s+(?:on\b(?!\s+\p{L})|since\s*[,.;:—–)]|since\s*\Z)", regex.I)
_LATER = regex.compile(r"\s+(?:later\b|after\s+(?:the|that|this|its|their)\s+\p{Ll}+\b(?!\s+(?:of|in)\b))", regex.I)
_SPEAKS_OF_NOW = regex.compile(r"(?<![\p{L}])(?:is|are|has|have|remains?|still|now|today|continues?)(?![\p{L}])",
                               regex.I)
_PAST_VERB = regex.compile(r"(?<![\p{L}])(?:was|were|had|did|\p{Ll}+ed)(?![\p{L}])")
_OPENS_SENTENCE = regex.compile(r"[\s\"“‘'(—–-]*(?:(?:and|but|now|so|yet|some|almost|nearly|about|around|just|barely|"
                                r"exactly|precisely|fully|more\s+than|over)\s+)*", regex.I)
_IN_THE_COUNT = regex.compile(r"(?<![\p{L}])(?:in|over|during|for)\s+the\s+(?:\p{L}+\s+)?\Z", regex.I)


def _elapsed_years(year: int, month: int | None, published: dt.date) -> float:
    return (published.year - year if month is None
            else (published.year * 12 + published.month - (year * 12 + month)) / 12)


def _counted_on_from_year_before(q: Quantity, story: Story, rule: Rule) -> Hit | None:
    prose = story.doc.prose
    published = story.doc.publication_date
    on = _ON_OR_SINCE.match(prose, q.end)
    later = None if on else _LATER.match(prose, q.end)
    if on is None and later is None:
        return None
    if on is not None and "since" in on.group().lower() and not _IN_THE_COUNT.search(prose, max(0, q.start - 25), q.start):
        return None     # "29 years since." alone, not "in the 29 years since"
    if q.low is not None and q.high is not None and q.low != q.high:
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    if later is not None and "after" in later.group().lower() and not _OPENS_SENTENCE.fullmatch(prose, s0, q.start):
        return None     # "The victory, coming barely a year after the election, ...": a gap between two events,
                        # not a count to now, which opens its sentence ("Ten years after the flood, the town ...")
    if later is not None and _PAST_VERB.search(prose, s0, q.start):
        return None     # "Georgia restored its independence on the same date two years later, and ... has since
                        # been": a past event dated by its gap after another, not a count to now
    now = _SPEAKS_OF_NOW.search(prose, (on or later).end(), s1)
    if not now and (later is not None or _PAST_VERB.search(prose, on.end(), s1)):
        return None     # "Two years on, little changed": a past narrative counts to its own time, not to now
    if any(s0 <= p.start < s1 and _year_of(p) for p in story.quantities if p is not q):
        return None     # a year in its own sentence: "Ten years later, in 2018," -- the sentence's reading stands
    before = story.doc.sentence_before(s0)
    if before is None or story.doc.paragraph_at(before[0]) != story.doc.paragraph_at(s0) and \
            prose[before[1]:s0].count("\n") > 2:
        return None
    dated = [p for p in story.quantities if before[0] <= p.start < before[1] and (p.kind == "date" or _year_of(p))]
    if len(dated) != 1 or _year_of(dated[0]) is None or prose[dated[0].end:dated[0].end + 1] == "s":
        return None     # no year, two, or a decade ("the 1990s"): which the count is from is not ours to guess
    para = story.doc.paragraph_at(before[0])[0]
    if any(_year_of(p) and _year_of(p)[0] != _year_of(dated[0])[0] for p in story.quantities if para <= p.start < s0):
        return None     # "... attacked on 26 November 2008 ... Kasab was hanged in November 2012. Fifteen years
                        # later": the paragraph tells of more than one year, and the count may be from any
    year_q = dated[0]
    year, month = _year_of(year_q)
    if year >= published.year:
        return None
    stated = q.value * (10 if q.unit == "decade" else 1)
    tol = rule.options["years_tolerance"] + (1 if q.hedge else 0) + (2 if q.unit == "decade" else 0)
    elapsed = _elapsed_years(year, month, published)
    if abs(stated - elapsed) <= tol:
        return None
    if any(abs(stated - _elapsed_years(*when, published)) <= tol
           for p in story.quantities if p.start < s0 and (when := _year_of(p)) and when[0] < published.year):
        return None     # "... on Sunday, 21 April 2019. [a paragraph of 2009's war] Five years later the families
                        # still ...": the count may be from any year the story has told, and one fits
    computed = round(elapsed) if month is not None else published.year - year
    problem = (f"{story.text_of(year_q.span)} was about {computed} years before publication "
               f"({published.isoformat()}), not {stated:g}")
    return _hit(q.span, q.text, f"{computed} years", None,
                {"year": year, "month": month, "published": published.isoformat(), "stated_years": stated}, problem,
                related=(year_q.span,))


# -- "N years ago" in a story pegged to an anniversary: "on the anniversary of the day the bridge opened 47 years
# ago" with the opening dated "July 1968" anywhere in a July story; "Four years ago ..." in a story published on
# 12 April that dates its event 12 April 2022. The anniversary fixes which date is counted from, so the count is
# exact. We speak only when the story has one such date, no year of the story fits the count, the count is not
# hedged ("nearly", "more than") and, without the word "anniversary", it misses by one year or one digit.

# "Twelve years on, ...", "five years since the mine flooded": a count to now without "ago"
_COUNTED_TO_NOW = regex.compile(r"\s+(?:on\s*[,.;—–]|since\s+(?!\d))", regex.I)


def _anniversary_anchor(q: Quantity, story: Story, rule: Rule, after_ago) -> Hit | None:
    published = story.doc.publication_date
    if q.hedge or q.unit != "year" or q.value is None or (q.low is not None and q.high is not None and q.low != q.high):
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    if any(s0 <= p.start < s1 and _year_of(p) and not _now(p, published) for p in story.quantities if p is not q):
        return None         # a year of its own sentence: that reading stands ("today" is not one)
    marked = "anniversar" in story.doc.prose[s0:s1].lower()
    anchors = [p for p in _anniversary_dates(story)
               if marked or (p.resolution == "day" and (p.date.month, p.date.day) == (published.month, published.day))]
    if len({p.date.year for p in anchors}) != 1:
        return None
    if _recorded_day_of_another_year(story, anchors[0]):
        return None         # a recorded event's day with another year ("the tsunami of 26 December 2005"): the
                            # date is as likely as the count to be the slip, and the event's record judges it
    anchor = anchors[0]
    day = anchor.date.day if anchor.resolution == "day" else 1
    exact = published.year - anchor.date.year - (1 if (published.month, published.day) < (anchor.date.month, day)
                                                  and anchor.resolution == "day" else 0)
    stated = int(q.value)
    if stated == exact or stated != q.value:
        return None
    # a headline that marks the day ("survivors still mark the minute the building fell") pegs the whole story to the
    # date of the publication day: a count of its quotes is counted from that date too
    pegged = marked or bool(_HEADLINE_PEG.search(story.doc.title or ""))
    if not pegged and abs(stated - exact) > 1 and not _one_digit_apart(stated, exact):
        return None         # far from the anniversary's count: another time the story does not date
    if not pegged and _PERSONAL.search(story.doc.prose, s0, s1):
        return None         # "Twelve years ago, she said, she had never seen a doctor": someone's own past
    tol = rule.options["years_tolerance"]
    for p in story.quantities:
        when = _year_of(p)
        if when is None or p is anchor or _now(p, published) or (p.kind == "date" and p.date is not None
                                                                  and p.date > published):
            continue
        year, month = when
        elapsed = (published.year - year if month is None
                   else (published.year * 12 + published.month - (year * 12 + month)) / 12)
        if abs(stated - elapsed) <= tol:
            return None     # a year of the story the count may be from
    span = Span(q.start, after_ago.end()) if after_ago else Span(q.start, q.end)
    ago = after_ago is not None or q.text.lower().endswith("ago")
    suggestion = f"{_number_words(exact)} years ago" if ago else None
    problem = (f"{story.text_of(anchor.span)}, the date the story marks, was {exact} years before publication "
               f"({published.isoformat()}), not {stated}")
    return _hit(span, story.doc.text[span.start:span.end], f"{exact} years", suggestion,
                {"date": anchor.date.isoformat(), "published": published.isoformat(), "stated_years": stated,
                 "anniversary_word": marked}, problem, related=(anchor.span,))


_HEADLINE_PEG = regex.compile(r"(?i)(?<![\p{L}])(?:anniversar(?:y|ies)|commemorat\w*|remember\w*|mark(?:s|ed|ing)?\s+the|"
                              r"mourn\w*|years\s+on)(?![\p{L}])")


def _recorded_day_of_another_year(story: Story, p: Quantity) -> bool:
    """Is the date the day of a recorded event of the story's country, written with a year or three off? (Black
    Saturday, 7 February 2009, written "February 7, 2010".) Such a date may be the slip rather than the count."""
    about = {story.doc.country} - {None}
    return any((e.start.month, e.start.day) == (p.date.month, p.date.day) and 0 < abs(e.start.year - p.date.year) <= 3
               and (not about or about & e.participants) for e in reference.recorded_events(story))


def _now(p: Quantity, published: dt.date) -> bool:
    """ "today", "this week", "on Saturday": a date of the days around publication."""
    return p.kind == "date" and p.date is not None and abs((p.date - published).days) <= 7


def _anniversary_dates(story: Story) -> list[Quantity]:
    """The story's past dates of the publication's month, day or month given with the year: the dates an
    anniversary story may be pegged to."""
    published = story.doc.publication_date
    return story.memo("date.anniversary_dates", lambda s: [
        p for p in s.quantities if p.kind == "date" and p.date is not None and p.year_given
        and p.resolution in ("day", "month") and p.date.month == published.month and p.date.year < published.year
        and s.doc.prose[p.end:p.end + 1] != "s"])


def _one_digit_apart(a: int, b: int) -> bool:
    """47 for 57: the tens slipped, the units kept."""
    return a != b and a % 10 == b % 10 and abs(a - b) < 100


# Words of a person's own past or of someone's words: "I", "we", "she said", a quote
_PERSONAL = regex.compile(r"(?<![\p{L}])(?:I|we|he|she|my|our|his|her|me|us)(?![\p{L}'’])|[\"“”]", regex.I)


# -- "N years ago" of a recorded event named without its year: "the Boxing Day tsunami, which struck 19 years
# ago", "21 years since the Indian Ocean tsunami". The event's day is known, so the count is exact: a year off
# is a slip, not rounding.

_EVENT_TO_AGO = regex.compile(
    r"(?:,\s+(?:which|that)\s+|\s+)(?:(?:was|were|first)\s+)?(?P<verb>struck|hit|began|begun|started|erupted|broke\s+out|"
    r"happened|occurred|took\s+place|ended|killed|devastated|swept|ravaged|shook|rocked|flattened|landed|"
    r"launched|touched\s+down)(?:\s+[\p{L}'’-]+){0,3}?\s+\Z", regex.I)
_SINCE_EVENT = regex.compile(r"\s+since\s+(?:the\s+)?\Z", regex.I)
_NOW_SINCE = regex.compile(r"(?i)(?<![\p{L}])(?:it\s+(?:has|is|had)\s+been|it['’]s\s+been|marks?|marked|marking|"
                           r"nearly|almost|some|more\s+than|over|about|now|today)\s+\Z")


def _recorded_event_ago(q: Quantity, story: Story, is_ago: bool, after_ago) -> Hit | None:
    published = story.doc.publication_date
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    if is_ago:
        # "the Boxing Day tsunami, which struck 19 years ago": the event named just before, its verb between
        named = [m for m in reference.event_names(story, s0, s1) if m.end <= q.start]
        if not named:
            return None
        mention = named[-1]
        link = _EVENT_TO_AGO.fullmatch(prose, mention.end, _number_start(story, q))
        if link is None:
            return None
        verb = link.group("verb").lower()
    else:
        # "21 years since the Indian Ocean tsunami", "It has been ten years since the Gorkha earthquake"
        end = q.end
        if not regex.match(r"\s+since\s", prose[end:end + 8], regex.I):
            return None
        later = [m for m in reference.event_names(story, s0, s1) if m.start >= end]
        if not later or not _SINCE_EVENT.fullmatch(prose, end, later[0].start):
            return None
        if not (_NOW_SINCE.search(prose, max(s0, q.start - 16), _number_start(story, q))
                or _number_start(story, q) - s0 <= 2):
            return None     # counted to now only after "It has been", "marks", or opening the sentence
        mention, verb = later[0], ""
    event = mention.event
    if mention.loose and not _contextual_name(prose, mention) or event.start > published:
        return None
    if event.end is None or (event.end - event.start).days > 3:
        return None     # a long or ongoing event: which of its days is meant, and which war began when is argued
    when = event.end if verb.startswith("ended") else event.start
    stated = q.value * (10 if q.unit == "decade" else 1)
    elapsed = (published - when).days / 365.25
    tol = 1 + (1 if q.hedge else 0) + (2 if q.unit == "decade" else 0)
    if abs(stated - elapsed) < tol or (q.low is not None and q.high is not None and q.low != q.high):
        return None
    if (q.hedge or "").lower() in date_backref.AT_LEAST and elapsed >= stated:
        return None     # "more than four decades" for 44 years: loose, not wrong
    computed = int(elapsed)
    span = Span(q.start, after_ago.end() if after_ago else q.end) if is_ago else q.span
    suggestion = f"{_number_words(computed)} years ago" if is_ago else None
    name = event.row["name"]
    problem = (f"{name} ({when.isoformat()}, {event.row.source}) was {computed} years before publication "
               f"({published.isoformat()}), not {stated:g}")
    return _hit(span, story.doc.text[span.start:span.end], f"{computed} years", suggestion,
                {"event": event.id, "date": when.isoformat(), "published": published.isoformat(),
                 "elapsed_years": round(elapsed, 2), "stated_years": stated, **event.row.citation()}, problem,
                related=(Span(mention.start, mention.end),))


def _contextual_name(prose: str, mention) -> bool:
    """Is a loose mention one of the event's full names that other events could bear ("Super Typhoon Yolanda"),
    read because the story is about a participant? Then "12 years since" it counts from its day; a short name
    ("Tracy") or a name bound by a year is not enough."""
    written = prose[mention.start:mention.end].casefold()
    return written in {n.casefold() for n in mention.event.contextual} and \
        written not in {n.casefold() for n in mention.event.short}


def _number_start(story: Story, q: Quantity) -> int:
    """Where the number of a duration starts ("about 20 years ago" starts at "20")."""
    m = regex.search(r"\d|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|"
                     r"twenty|thirty|forty|fifty|a\s+decade|a\s+century|decades?|half)", story.doc.prose[q.start:q.end],
                     regex.I)
    return q.start + (m.start() if m else 0)


_ANNIVERSARY = regex.compile(r"\s+anniversary\b", regex.I)


def _anniversaries(rule: Rule, story: Story) -> Iterator[Hit]:
    """ "the 10th anniversary of the 2013 floods" against the publication year."""
    published = story.doc.publication_date
    qs = story.quantities
    for i, q in enumerate(qs):
        if q.kind != "ordinal" or q.value is None or not _ANNIVERSARY.match(story.doc.prose, q.end):
            continue
        s_start, s_end = story.doc.sentence_at(q.start)
        # a year written with its digits: "its 40th anniversary this year" names when, not what is counted from
        years = [(p, _year_of(p)) for p in qs[i + 1:] if p.start < s_end and _year_of(p) is not None
                 and any(c.isdigit() for c in p.text)]
        if not years:
            # "the 19th anniversary of the Boxing Day tsunami": the recorded event's own year
            years = _anniversary_of_recorded(story, q, s_end)
        # "due to open on 9 September 2029, the 20th anniversary of ...", "will open in 2030, on its 40th
        # anniversary": the year the sentence gives before the anniversary is when it falls
        fell = _year_told_before(qs[:i], s_start)
        if not years:
            # "The arena marks its 15th anniversary": the year the story gave for the arena elsewhere
            hit = (_thing_counted(q, story, rule, None) or _anniversary_of_origin(q, story, fell)
                   or _anniversary_of_the_day(q, story, None))
            if hit is not None:
                yield hit
            continue
        if len(years) != 1 or (years[0][0].start - q.end > rule.options["max_gap"]
                               and not _dated_in_its_of_phrase(story, q, years[0])):
            hit = (_anniversary_of_origin(q, story, fell) or _anniversary_of_the_day(q, story, years[0][0])
                   if len(years) == 1 else None)
            if hit is not None:
                yield hit
            continue
        year_q, (year, month) = years[0]
        recorded = _anniversary_of_recorded(story, q, s_end) if len(years) == 1 else []
        if _FELL_IN.fullmatch(story.doc.prose, q.end, year_q.start):
            # "Katrina's 16th anniversary in 2021", "its 40th anniversary, in 2019": a year placed after the
            # anniversary itself (not in an "of" phrase) is when it fell; the thing counted from is the recorded
            # event that owns it, else unknown
            origin = recorded or _recorded_owner(story, q, s_start)
            hit = _anniversary_fell_in(q, origin[0], year_q, year) if origin else None
            if hit is not None:
                yield hit
            continue
        if recorded and recorded[0][1][0] != year:
            # "the 16th anniversary of Katrina in 2021": the event's own year is known, so the year written
            # after its name is when the anniversary fell
            hit = _anniversary_fell_in(q, recorded[0], year_q, year)
            if hit is not None:
                yield hit
            continue
        # "In 2021, when Ida struck on the 16th anniversary of Katrina": the anniversary fell in the
        # year the sentence speaks of, not in the publication year
        told_year = fell
        now = told_year if told_year is not None and year < told_year <= published.year else published.year
        computed = now - year
        # (a date far down a long "of" phrase may be of a step near the thing counted: a count a year off is left)
        slack = rule.options["years_tolerance"] - (0 if year_q.start - q.end > rule.options["max_gap"] else 1)
        if abs(computed - q.value) <= slack or computed <= 0:
            continue
        if now == published.year and month is not None and published.month < month and q.value == computed - 1:
            continue        # in January, April's anniversary just past is the one before this year's
        if now == published.year and date_moments.fell_on_a_told_year(story, q, year):
            continue        # "It came on the 32nd anniversary of the 1985 quake": the day the story's 2017 quake struck

        suggestion = _ordinal_text(computed) if q.text[:1].isdigit() else None
        problem = f"{story.text_of(year_q.span)} was {computed} years before {now}, not {q.value:g}"
        yield _hit(q.span, q.text, f"{computed}", suggestion,
                   {"year": year, "published": published.isoformat(), "stated_years": q.value}, problem,
                   related=(year_q.span,))


# "the 30th anniversary of the country's independence from its neighbour on 21 March 1990": the anniversary's own
# "of" phrase, one noun phrase however long (no comma, bracket, figure or verb of its own), ending in the day of
# what is counted from (a year or month "in", so far down, may be a step beside it)
_OF_PHRASE_TO_DATE = regex.compile(r"\s+anniversary\s+of\s+[^,;:.()\d—–\"“”]{1,100}?\s+on\s+\Z", regex.I)


def _dated_in_its_of_phrase(story: Story, q: Quantity, year: tuple) -> bool:
    """Does the anniversary's "of" phrase run straight on to the year, as the date of the thing it names? A date
    recent enough to be the anniversary's own day ("the 50th anniversary of its independence ... on 6 March 2024")
    is when it was marked, not what it counts from."""
    year_q, (y, _) = year
    prose = story.doc.prose
    return (_day_told(year_q) and _OF_PHRASE_TO_DATE.fullmatch(prose, q.end, year_q.start) is not None
            and not _VERB_BETWEEN.search(prose, q.end, year_q.start)
            and story.doc.publication_date.year - y >= 3
            # (a recorded event's day with its year slipped is the record's to judge, the count may be right)
            and not _recorded_day_of_another_year(story, year_q))


# words before the head noun of "the anniversary of the first ascent" that name no thing of their own
_NOT_HEAD_WORDS = frozenset("first second third fourth fifth final great historic famous original official "
                            "start beginning".split())
_ANNIVERSARY_OF_WORDS = regex.compile(r"\s+anniversary\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<words>(?:[\p{L}'’-]+\s*){1,3})", regex.I)


# "The surf club opened a clubhouse on Sunday as it celebrated its 75th anniversary": "it" and "its" are the
# subject's; a relative pronoun ("the museum, which marks its 50th") makes them the noun's just before
_ITS_OWN_SUBJECT = regex.compile(r"(?<![\p{L}])(?:as|while|when|and)\s+(?:it|they)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+(?:its|their)"
                                 r"\s+\Z")


def _kind_of_the_subject(things, named: str, origins: dict) -> dict:
    """Of several beginnings whose kinds the anniversary's sentence names, the one of the kind named first (whole
    word), when "it ... its" in a clause after the subject's verb points back to the subject."""
    if not _ITS_OWN_SUBJECT.search(named):
        return origins
    at = {}
    for t in things:
        if t.year in origins and t.kind:
            m = regex.search(rf"(?<![\p{{L}}]){regex.escape(t.kind)}(?![\p{{L}}])", named)
            if m is not None:
                at.setdefault(m.start(), {})[t.year] = t.q
    if not at:
        return origins
    return at[min(at)]


def _anniversary_of_origin(q: Quantity, story: Story, fell: int | None = None) -> Hit | None:
    """ "founded in 1987 ..., as it marked its 40th anniversary"; "The pool opened in 1932. ... its 85th
    anniversary"; "the 72nd anniversary of the nationalisation of the Suez Canal ... announced the
    nationalisation ... on July 26, 1956": the one beginning the story dates, counted to the publication year.
    Only a count two or more years off is reported (the anniversary may be this year's, just past or to come)."""
    published = story.doc.publication_date
    if published is None or q.low is not None and q.high is not None and q.low != q.high:
        return None
    prose = story.doc.prose
    origins = {}
    m = _ANNIVERSARY_OF_WORDS.match(prose, q.end)
    if m is None:
        # "its 40th anniversary": the anniversary of the thing itself, dated by the one beginning the story gives
        # (a year after a verb of coming to be, as date_things reads them; a reopening is no beginning)
        things = [t for t in date_things.thing_years(story) if not t.again]
        origins = {t.year: t.q for t in things}
        if len(origins) > 1:
            # "The housing cooperative celebrated its 30th anniversary" beside "The cooperative was founded in 1985"
            # and "the federation, founded in 1970": the beginning of the kind the anniversary's sentence names
            s0 = story.doc.sentence_at(q.start)[0]
            named = prose[s0:q.start].lower()
            origins = {t.year: t.q for t in things
                       if t.kind and regex.search(rf"(?<![\p{{L}}]){regex.escape(t.kind)}", named)}
            if len(origins) > 1:
                origins = _kind_of_the_subject(things, named, origins)
    else:
        # the anniversary's own words named again beside a year ("the nationalisation ... in 1956")
        if regex.match(r"(?i)(?:that|this|those|these)\b", m.group("words")):
            return None     # "the 40th anniversary of that tragedy": its referent is another sentence's
        named = [w for w in regex.findall(r"\p{L}{5,}", m.group("words")) if w.lower() not in _NOT_HEAD_WORDS]
        stems = {named[0].lower()[:6]} if named else set()     # its head word: "the nationalisation of ..."
        s0, s1 = story.doc.sentence_at(q.start)
        if any(q.end <= p.start < s1 and _year_of(p) for p in story.quantities):
            return None     # "the 70th anniversary of the first ascent ... on May 29, 1953": dated in its own sentence
        origins = {}
        for p in story.quantities:
            year = _year_of(p)
            if year is None or s0 <= p.start < s1 or not any(c.isdigit() for c in p.text) or p.start < story.doc.body_start:
                continue
            p0, p1 = story.doc.sentence_at(p.start)
            words = regex.findall(r"\p{L}{5,}", prose[max(p0, p.start - 90):p1].lower())
            if stems and any(w[:6] in stems for w in words):
                origins[year[0]] = p
    if len(origins) != 1:
        return None
    (year, origin), = origins.items()
    now = fell if fell is not None and fell > year else published.year
    computed = now - year + _years_to_come(prose, q.end)
    # (the thing's own anniversary, dated by its own coming to be: a beginning matched by a word of the "of" phrase
    # may be a step beside it, and keeps the looser count)
    whole = (_whole_anniversary_near(origin, published)
             if m is None and now == published.year and computed == now - year else None)
    if whole is not None:
        computed = whole
    if computed <= 0 or abs(computed - q.value) < (1 if whole is not None else 2):
        return None
    suggestion = _ordinal_text(computed) if q.text[:1].isdigit() else None
    problem = (f"{story.text_of(origin.span)}, when the story says it began, was {computed} years before "
               f"{now}, not {q.value:g}")
    return _hit(q.span, q.text, f"{computed}", suggestion,
                {"year": year, "published": published.isoformat(), "stated_years": q.value}, problem,
                related=(origin.span,))


# the whole "of" phrase, to its clause's end: "the anniversary of the restoration of its independence on Tuesday"
_ANNIVERSARY_OF_PHRASE = regex.compile(r"\s+anniversary\s+of\s+(?P<words>[^,;:.()\d—–\"“”]{1,80})", regex.I)


def _anniversary_of_the_day(q: Quantity, story: Story, own: Quantity | None) -> Hit | None:
    """ "Lithuania marked the 36th anniversary of the restoration of its independence on Tuesday" in a story of 11
    March 2025 that tells "On 11 March 1990, the Supreme Council ... declare independence": a day years back whose
    anniversary falls within a week of publication is the day being marked, so the count is whole (35th). The day is
    the anniversary sentence's own, or the story's one such day, a day from publication, in a sentence sharing a word
    of the "of" phrase;
    a recorded event's day with its year slipped is the record's to judge."""
    published = story.doc.publication_date
    if published is None or q.low is not None and q.high is not None and q.low != q.high:
        return None
    prose = story.doc.prose
    if own is not None:
        days = [own] if _day_told(own) else []
    else:
        m = _ANNIVERSARY_OF_PHRASE.match(prose, q.end)
        named = ([w.lower()[:6] for w in regex.findall(r"\p{L}{5,}", m.group("words")) if w.lower() not in _NOT_HEAD_WORDS]
                 if m is not None else [])
        if not named:
            return None
        days = []
        for p in story.quantities:
            if not _day_told(p) or p.start < story.doc.body_start:
                continue
            p0, p1 = story.doc.sentence_at(p.start)
            if any(w[:6] in named for w in regex.findall(r"\p{L}{5,}", prose[p0:p1].lower())):
                days.append(p)
    # (a day of another sentence, matched by a word, only when its anniversary is the publication day or the one
    # before: a few days off, it may be a step beside the day marked -- "formed on 2 March, two days after ...")
    near = 7 if own is not None else 1
    days = [p for p in days if published.year - p.date.year >= 3 and _whole_anniversary_near(p, published, near)]
    if len({p.date for p in days}) != 1 or _recorded_day_of_another_year(story, days[0]):
        return None
    day = days[0]
    whole = _whole_anniversary_near(day, published, near)
    if q.value == whole:
        return None
    suggestion = _ordinal_text(whole) if q.text[:1].isdigit() else None
    problem = f"{story.text_of(day.span)}, the day marked, was {whole} years before its anniversary, not {q.value:g}"
    return _hit(q.span, q.text, f"{whole}", suggestion,
                {"date": day.date.isoformat(), "published": published.isoformat(), "stated_years": q.value}, problem,
                related=(day.span,))


def _whole_anniversary_near(origin: Quantity, published: dt.date, days: int = 31) -> int | None:
    """The count of the anniversary of a day the story dates in full ("inaugurated on 15 November 2018") that falls
    within a month of publication: the story is about that one, so its count is exact (a story of 15 November 2024
    marks the sixth, not the fifth). None for a year or a month alone, or a day far from publication."""
    if not _day_told(origin):
        return None
    day = origin.date
    for y in (published.year - 1, published.year, published.year + 1):
        if y > day.year and _valid(y, day.month, day.day) and \
                abs((dt.date(y, day.month, day.day) - published).days) <= days:
            return y - day.year
    return None


# "will mark its 100th anniversary in three years": the anniversary counted to a year still to come
_IN_YEARS = regex.compile(r"\s+anniversary\s+(?:in|within)\s+(?:(?:about|some)\s+)?(?P<n>\d{1,2}|two|three|four|five|"
                          r"six|seven|eight|nine|ten)\s+years", regex.I)


def _years_to_come(prose: str, at: int) -> int:
    """The years until the anniversary the words after its count name ("anniversary in three years"), or 0."""
    m = _IN_YEARS.match(prose, at)
    if m is None:
        return 0
    n = m.group("n").lower()
    return int(n) if n.isdigit() else UNITS[n]


def _anniversary_fell_in(q: Quantity, recorded, year_q: Quantity, year: int) -> Hit | None:
    """ "the 16th anniversary of Katrina in 2021": the year it fell in less the recorded event's year."""
    event_q, (event_year, _) = recorded
    computed = year - event_year
    if computed <= 0 or computed == q.value:
        return None
    suggestion = _ordinal_text(computed) if q.text[:1].isdigit() else None
    problem = f"{event_q.text} ({event_year}) was {computed} years before {year}, not {q.value:g}"
    return _hit(q.span, q.text, f"{computed}", suggestion,
                {"year": event_year, "anniversary_year": year, "stated_years": q.value}, problem,
                related=(event_q.span, year_q.span))


# "anniversary in 2021", "anniversary, in August 2021", "anniversary on Aug. 29, 2021", "anniversary that year in"
_FELL_IN = regex.compile(r"\s+anniversary\s*,?\s+(?:(?:fell|came|was|is|falls|comes)\s+)?(?:in|on|during)\s+"
                         r"(?:(?:early|late|mid-?|the\s+summer\s+of|the\s+spring\s+of|the\s+autumn\s+of|the\s+winter\s+of)\s*)?",
                         regex.I)
# "Katrina's 16th anniversary": the recorded event named right before, as the anniversary's owner
_OWNER_BEFORE = regex.compile(r"['’]s?\s+\Z")


def _recorded_owner(story: Story, q: Quantity, s_start: int) -> list:
    """[(the name's span, (year, month))] for "<a recorded event's name>'s Nth anniversary" (a one-day event)."""
    start = q.start
    owner = _OWNER_BEFORE.search(story.doc.prose, max(s_start, start - 3), start)
    if owner is None:
        return []
    named = [m for m in reference.event_names(story, s_start, start) if m.end == owner.start() and not m.loose]
    if not named:
        return []
    event = named[-1].event
    if event.end is None or (event.end - event.start).days > 3:
        return []
    return [(Quantity(story.doc.text[named[-1].start:named[-1].end], named[-1].start, named[-1].end, "date", None),
             (event.start.year, event.start.month))]


def _year_told_before(earlier: list[Quantity], s_start: int) -> int | None:
    """The last year the sentence names before a figure ("In 2021, ..."), if any."""
    for p in reversed(earlier):
        if p.start < s_start:
            return None
        told = _year_of(p)
        if told is not None:
            return told[0]
    return None


# ("the 16th anniversary of Hurricane Katrina": the record's name may be only part of what the story writes)
_ANNIVERSARY_OF = regex.compile(r"\s+anniversary\s+of\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}'’-]*\s+){0,2}\Z", regex.I)


def _anniversary_of_recorded(story: Story, q: Quantity, s_end: int) -> list:
    """[(the name's span, (year, None))] for "the Nth anniversary of <a recorded event's name>" (a one-day event)."""
    later = [m for m in reference.event_names(story, q.end, s_end) if m.start >= q.end]
    if not later or later[0].loose or not _ANNIVERSARY_OF.fullmatch(story.doc.prose, q.end, later[0].start):
        return []
    event = later[0].event
    if event.end is None or (event.end - event.start).days > 3:
        return []
    return [(Quantity(story.doc.text[later[0].start:later[0].end], later[0].start, later[0].end, "date", None),
             (event.start.year, event.start.month))]


_IN_ITS = regex.compile(r"\bin\s+(?:its|their|his|her|the)\s+\Z", regex.I)
# The year a thing began, not the year a sentence speaks of ("In 2024, the fair, now in its fifth year")
_BEGUN_IN = regex.compile(r"(?:\bsince|\b(?:began|begun|started|launched|founded|established|introduced|inaugurated|"
                          r"created|held|staged|run|set\s+up|opened|formed|erupted|broke\s+out)\s+(?:[\p{L}'-]+\s+){0,2}?in)"
                          r"\s+\Z", regex.I)
_YEAR_AFTER = regex.compile(r"\s+year\b(?!\s+(?:in\s+a\s+row|running))", regex.I)


def _nth_years(rule: Rule, story: Story) -> Iterator[Hit]:
    """ "The festival, first held in 2015, is now in its 11th year": the year it began is its first."""
    published = story.doc.publication_date
    prose = story.doc.prose
    qs = story.quantities
    for i, q in enumerate(qs):
        if (q.kind != "ordinal" or q.value is None or not _YEAR_AFTER.match(prose, q.end)
                or not _IN_ITS.search(prose, max(0, q.start - 12), q.start)):
            continue
        s_start, s_end = story.doc.sentence_at(q.start)
        years = [(p, _year_of(p)) for p in qs if s_start <= p.start < s_end and p is not q and _year_of(p)]
        if len(years) != 1 or years[0][0].start > q.start:
            continue
        year_q, (year, _) = years[0]
        if not _BEGUN_IN.search(prose, max(s_start, year_q.start - 40), year_q.start):
            continue
        first_year = published.year - year + 1      # the year it began is its first
        if q.value in (first_year - 1, first_year) or first_year <= 0:
            continue
        suggestion = _ordinal_text(first_year) if q.text[:1].isdigit() else None
        problem = (f"begun in {year}, it is in its {_ordinal_text(first_year - 1)} or {_ordinal_text(first_year)} "
                   f"year in {published.year}, not its {_ordinal_text(int(q.value))}")
        yield _hit(q.span, q.text, f"{first_year}", suggestion,
                   {"year": year, "published": published.isoformat(), "stated_ordinal": q.value}, problem,
                   related=(year_q.span,))


_ordinal_text = date_things.ordinal_text


_year_of = date_things.year_of


def _nearest_year(qs: list[Quantity], i: int, prose: str, story: Story, max_gap: int):
    q = qs[i]
    sentence = story.doc.sentence_at(q.start)
    # before: the closest year ending within max_gap characters, nothing figure-like between
    if i > 0:
        p = qs[i - 1]
        y = _year_of(p)
        gap = prose[p.end:q.start]
        if y and p.start >= sentence[0] and (
                (len(gap) <= max_gap and _YEAR_TO_AGO_GAP.fullmatch(gap))
                or (len(gap) <= max_gap + 40 and _PHRASE_TO_AGO_GAP.fullmatch(gap))):
            return p, y
    tied = _year_tied_before(qs, i, prose, sentence)
    if tied is not None:
        return tied
    if i + 1 < len(qs):
        n = qs[i + 1]
        if _ANNIVERSARY_WORDS.fullmatch(n.text) and i + 2 < len(qs):
            n = qs[i + 2]   # "nine years ago this week, on May 3, 2016": the week is the anniversary's
        y = _year_of(n)
        end = regex.match(r"\s+ago", prose[q.end:q.end + 6])
        gap_start = q.end + (end.end() if end else 0)
        if y and n.end <= sentence[1] and n.start - gap_start <= 32 and _AGO_TO_YEAR_GAP.match(prose[gap_start:n.start]):
            return n, y
    return None


# Words that open another clause or are a verb: a year and a count of years with one of these between are of two
# events ("the 2012 plan was scrapped eight years ago", "listed in 2012 and moved eight years ago")
_CLAUSE_WORDS = (r"(?:and|or|but|nor|that|which|who|whom|whose|when|where|while|was|were|is|are|be|been|being|has|"
                 r"had|have|will|would|could|can|may|might|must|shall|should|did|does|do|then|than|since|after|"
                 r"before|until|ago|not|says|said|\p{L}+ed)(?![\p{L}'’-])")
_HEDGE = r"(?:(?:just|only|some|about|around|roughly|nearly|almost|more\s+than|over|barely|exactly|fully)\s+)?"
# "its 2013 listing on Catalist nine years ago", "the 1998 landslide above the village 20 years ago": the year
# modifies the noun the count follows, with nothing but that noun phrase between
_PREPOSITION = (r"(?:in|on|at|to|for|from|with|by|of|as|into|under|over|above|below|near|off|along|across|"
                r"outside|inside|beside|behind|onto|through)(?![\p{L}'’-])")
# A word of a noun phrase: not a preposition, not a clause word, not a common irregular past ("the 2010 squad won
# the title"): a phrase is its noun (one or two words) and at most two phrases of a preposition after it
_NP_WORD = (rf"(?!{_PREPOSITION}|{_CLAUSE_WORDS}|(?:{_IRREGULAR_PAST})(?![\p{{L}}'’-]))[\p{{L}}'’-]+")
_YEAR_NOUN_PHRASE = regex.compile(
    rf"\s+(?=(?-i:\p{{Ll}})){_NP_WORD}(?:\s+{_NP_WORD})?"
    rf"(?:\s+{_PREPOSITION}\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?{_NP_WORD}(?:\s+{_NP_WORD})?){{0,2}}"
    rf"\s*[,(–—]?\s+{_HEDGE}", regex.I)
# "than in 1997, when the flood of the millennium swept through the city 25 years ago", "the flood of 1997, which
# swept through Wroclaw 25 years ago": a "when" or "which" clause about the year (or the thing it dates), with no
# other clause, year or date between
_WHEN_CLAUSE = regex.compile(rf"\s*,\s*(?:when|which)\s+[^,;:.()—–\n]{{3,110}}?\s+{_HEDGE}", regex.I)


def _year_tied_before(qs: list[Quantity], i: int, prose: str, sentence: tuple[int, int]):
    """The year of the thing a count of years is tied to, written before it in its clause: a year that modifies
    the count's noun phrase, or a year a "when" clause the count closes is about."""
    q = qs[i]
    start = _count_start(prose, q)
    for j in range(i - 1, -1, -1):
        p = qs[j]
        if p.start < sentence[0]:
            return None
        y = _year_of(p)
        if y is None:
            if p.kind == "date":
                return None     # another moment between
            continue
        if prose[p.end:p.end + 1] == "s" or start - p.end > 130:
            return None
        if j == i - 1 and _YEAR_NOUN_PHRASE.fullmatch(prose, p.end, start):
            return p, y
        if _WHEN_CLAUSE.fullmatch(prose, p.end, start) or _founder_began(prose, p, start, sentence):
            return p, y
        return None
    return None


# "The company was founded in 1987 by Ramesh Goyal, who began with four looms in a shed, 33 years ago": a clause about
# the founder that tells the same event again (a verb of the same kind: founded / began) closes with the count
_FOUNDER_CLAUSE = regex.compile(rf"\s+by\s+(?:\p{{Lu}}[\p{{L}}'’.-]*\s+){{0,3}}\p{{Lu}}[\p{{L}}'’.-]*\s*,\s*who\s+"
                                rf"(?P<verb>\p{{L}}+)[^;:.()—–\n]{{0,110}}?,?\s+{_HEDGE}", regex.I)
_VERB_BEFORE_YEAR = regex.compile(r"(?P<verb>\p{L}+)(?:\s+up)?\s+in\s+\Z", regex.I)


def _founder_began(prose: str, p: Quantity, start: int, sentence: tuple[int, int]) -> bool:
    clause = _FOUNDER_CLAUSE.fullmatch(prose, p.end, start)
    before = _VERB_BEFORE_YEAR.search(prose, max(sentence[0], p.start - 30), p.start)
    if clause is None or before is None:
        return False
    kind = _EVENT_VERBS.get(before.group("verb").lower())
    return kind is not None and kind == _verb_class(clause, prose)


def _count_start(prose: str, q: Quantity) -> int:
    """Where a count of years is written from, its hedge left out ("nearly 30 years ago" from "30")."""
    m = _LEADING_HEDGE.match(q.text)
    return q.start + (m.end() if m else 0)


_LEADING_HEDGE = regex.compile(r"(?:(?:just|only|some|about|around|roughly|nearly|almost|more\s+than|over|barely|"
                               r"exactly|fully|well\s+over|close\s+to)\s+)+", regex.I)


_ANNIVERSARY_WORDS = regex.compile(r"(?:this|last)\s+(?:week|weekend|month)|today", regex.I)
# "four years ago, in 2019", "four years ago (in 2019)", "four years ago — back in 2019", "four years ago, on the night
# of 3 May 2019"
# (the anniversary may come first: "nine years ago this week, on May 3, 2016", "ten years ago to the day, on")
_AGO_TO_YEAR_GAP = regex.compile(r"\A(?:\s+(?:this|last)\s+(?:week|weekend|month)|\s+today|\s+(?:almost\s+)?to\s+the\s+day)?"
                                 r"\s*[,(–—-]?\s*(?:back\s+)?(?:in|on|since)\s+"
                                 # "on the night of", "in the early hours of", "in the summer of": a part of the day
                                 r"(?:the\s+(?:[\p{L}-]+\s+){1,2}of\s+)?\Z", regex.I)
# "It has been four years since the dam was completed in 2019": the year closes the clause
# ("since the British colony was handed back to China at midnight on 30 June 1997": up to twelve words)
# (a clause of words only, no comma: its subject may be long, "since the revised peace accord between the government
# and the rebels was signed at the Teatro Colón on")
# ("since poisonous gas leaked from the factory on the night of 2-3 December 1984": a part of the day before the date)
_SINCE_CLAUSE = regex.compile(r"\A\s+since\s+(?:(?:the|a|an|its|their|his|her|[\p{L}'-]+)\s+){1,18}?(?:in|on)\s+"
                              r"(?:the\s+(?:[\p{L}-]+\s+){1,2}of\s+)?\Z", regex.I)
_SINCE_CLAUSE_MOST = 130


_SPAN_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|during|over|within|for|across)\s+the\s+(?:first\s+|next\s+|following\s+)?\Z",
                             regex.I)


# "shortened by a year", "pushed up by two years": the count after "by" is the size of a change
_SIZE_OF_A_CHANGE = regex.compile(r"(?<![\p{L}])by\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|"
                                  r"just|only)\s+)?\Z", regex.I)


def _since_year(qs: list[Quantity], i: int, prose: str, story: Story):
    """ "five years since 2019", "ten years since the 2015 quake", "four years since the dam was completed in 2019"."""
    if i + 1 >= len(qs):
        return None
    first_night = _first_night_of_a_range(qs, i + 1, prose)
    n = qs[i + 2] if first_night else qs[i + 1]     # "on the night of 2-3 December 1984": the first night is the date's own
    year = _year_of(n)
    if year is None:
        return _after_the_event_of(qs, i, prose, story)
    gap = prose[qs[i].end:qs[i + 1].start if first_night else n.start]
    if _SINCE.match(gap) and _after_another_date(qs, i, n, gap, story):
        return None
    if _SIZE_OF_A_CHANGE.search(prose, max(0, qs[i].start - 30), _count_start(prose, qs[i])):
        return None     # "cut the wait by about a year since 2015": how much it moved, not the time since the year
    if "after" in gap.lower() and _SPAN_BEFORE.search(prose, max(0, qs[i].start - 24), qs[i].start):
        return None     # "in the five years after 2003": a span after the year, not the time since it
    if _SINCE.match(gap) or (len(gap) <= _SINCE_CLAUSE_MOST and _SINCE_CLAUSE.match(gap)
                             and n.end <= story.doc.sentence_at(qs[i].start)[1]):
        if _still_to_come(year[0], story) and not _SINCE.match(gap):
            return None     # "will mark 500 years since its founding in 2025": the year the count is reached
        return n, year
    if len(gap) <= _SINCE_CLAUSE_MOST and _TO_THE_DAY_AFTER_CLAUSE.match(gap) and _told_on_its_own_day(qs, i, n, story):
        return n, year
    return _after_the_event_of(qs, i, prose, story)


def _still_to_come(year: int, story: Story) -> bool:
    """A year after the story's own: no count to now can run from it."""
    published = story.doc.publication_date
    return published is not None and year > published.year


def _first_night_of_a_range(qs: list[Quantity], j: int, prose: str) -> bool:
    """ "2-3 December 1984": a bare day number joined by a dash to a dated day."""
    if j + 1 >= len(qs):
        return False
    d, n = qs[j], qs[j + 1]
    return (d.kind == "number" and d.value is not None and 1 <= d.value <= 31 and _day_told(n)
            and regex.fullmatch(r"\s*[-–]\s*", prose[d.end:n.start]) is not None)


# "seven years to the day after fire tore through the roof of the cathedral on 15 April 2019": an anniversary said
# on the day it is kept, the event's clause closing with its date
_TO_THE_DAY_AFTER_CLAUSE = regex.compile(
    r"\A\s+to\s+the\s+day\s+(?:since|after)\s+(?:(?:the|a|an|its|their|his|her|[\p{L}'’-]+)\s+){1,18}?(?:in|on)\s+"
    r"(?:the\s+(?:[\p{L}-]+\s+){1,2}of\s+)?\Z", regex.I)


def _told_on_its_own_day(qs: list[Quantity], i: int, n: Quantity, story: Story) -> bool:
    """The sentence tells of the story's own day and names no other year the count could run to."""
    s0, s1 = story.doc.sentence_at(qs[i].start)
    if n.end > s1 or not _NEWS_DAY.search(story.doc.prose, s0, s1):
        return False
    # ("today", "yesterday" are read as dates of the story's own day: not another year)
    return not any(p is not qs[i] and p is not n and s0 <= p.start < s1 and _year_of(p) is not None
                   and not _NEWS_DAY.fullmatch(story.doc.prose, p.start, p.end) for p in qs)


# "13 years after the magnitude 8.8 earthquake and tsunami of 27 February 2010": the event named with its date
# after "of", its noun phrase free to carry a figure of its own (a magnitude, a flight number)
_AFTER_EVENT_OF = regex.compile(r"\A\s+(?:since|after)\s+(?:the|a|an)\s+(?:[\p{L}\d.,'’-]+\s+){1,8}?of\s+\Z", regex.I)
_SINCE_OR_AFTER = regex.compile(r"\s+(?:since|after)\s", regex.I)
# the sentence tells of the story's own day, so the count runs to it: "on Thursday inaugurated ..."
_NEWS_DAY = regex.compile(r"(?<![\p{L}])(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|"
                          r"yesterday|this\s+week)(?![\p{L}])", regex.I)


def _after_the_event_of(qs: list[Quantity], i: int, prose: str, story: Story):
    """The event's date after "of" in "N years after the <event> of <date>", counted to the story's own day."""
    if not _SINCE_OR_AFTER.match(prose, qs[i].end):
        return None     # (what _AFTER_EVENT_OF needs first: most "N years" are followed by neither)
    s0, s1 = story.doc.sentence_at(qs[i].start)
    later = [p for p in qs[i + 1:] if p.start < s1]
    dated = next((k for k, p in enumerate(later) if _year_of(p) is not None), None)
    if dated is None or any(p.kind == "date" for p in later[:dated]):
        return None
    n = later[dated]
    if not _AFTER_EVENT_OF.match(prose[qs[i].end:n.start]) or not _NEWS_DAY.search(prose, s0, s1):
        return None
    if any(p is not qs[i] and p is not n and _year_of(p) is not None for p in qs if s0 <= p.start < s1):
        return None     # another year in the sentence: the count may run to it
    if _day_told(n) and _recorded_day_of_another_year(story, n):
        return None     # "the earthquake of April 25, 2016": the record's day with its year slipped (FC602's)
    return n, _year_of(n)


def _after_another_date(qs: list[Quantity], i: int, n: Quantity, gap: str, story: Story) -> bool:
    """ "The 2017 quake struck 30 years after the 1985 one": "N years after" a year counts to another date of its
    sentence, not to publication ("since" always counts to now)."""
    if "after" not in gap.lower():
        return False
    s0, s1 = story.doc.sentence_at(qs[i].start)
    return any(o is not qs[i] and o is not n and s0 <= o.start < s1 and _year_of(o) is not None for o in qs)


# -- an event's year written in another sentence: "Construction began in 2019." ... "since
# construction began four years ago". The same event verb with the same subject (or "it" right
# after), and no other year for that verb and subject in the story.

# Verbs of one kind of event share a class: a firm "founded in 1994" is the one "we started 29 years ago",
# a law "passed in 2011" the one "enacted 13 years ago".
_EVENT_VERBS = {
    "began": "begin", "begun": "begin", "begin": "begin", "started": "begin", "opened": "open",
    "launched": "begin", "founded": "begin", "established": "begin", "built": "build", "constructed": "build",
    "passed": "pass", "enacted": "pass", "adopted": "pass", "ratified": "pass",
    "completed": "complete", "closed": "close", "shut": "close", "collapsed": "collapse", "died": "die",
    "married": "marry", "elected": "elect", "signed": "sign", "struck": "strike", "hit": "hit",
    "commissioned": "commission", "inaugurated": "inaugurate", "created": "begin", "formed": "begin",
    "debuted": "debut", "joined": "join", "retired": "retire", "acquired": "acquire", "bought": "buy",
    "sold": "sell", "listed": "list", "introduced": "introduce", "set": "set", "erupted": "erupt",
    "flooded": "flood", "unveiled": "unveil", "abolished": "abolish", "discovered": "discover",
    "reopened": "reopen", "privatised": "privatise", "privatized": "privatise", "nationalised": "nationalise",
    "nationalized": "nationalise", "merged": "merge", "banned": "ban", "stopped": "stop", "ended": "end",
    "suspended": "suspend", "imposed": "impose", "approved": "pass", "awarded": "award",
}
# "we started 29 years ago" in a quote from the firm whose founding the story gave
_PRONOUN_SUBJECTS = frozenset({"it", "they", "which", "that", "he", "she", "who", "we", "i"})
_THING_PRONOUNS = frozenset({"we"})
_AGO_VERB = regex.compile(r"(?P<subject>[\p{L}'-]+),?\s+(?:(?:was|were|had|has|have|been|first|only|just|officially|formally)\s+)*"
                          r"(?P<verb>\p{L}+)(?:\s+(?:up|out|off))?\s+(?:(?:just|only|some|about|around|nearly|almost|more\s+than|over|barely|exactly)\s+)?\Z", regex.I)
# "began in 2019", "opened its doors in 2019", "founded by two sisters in Rosario in 1996", "set up in Lagos in
# 2001": the verb, then who did it or where, then the year
_YEAR_VERB = regex.compile(r"(?P<subject>[\p{L}'-]+),?\s+(?:(?:was|were|had|has|have|been|first|only|officially|formally)\s+)*"
                           r"(?P<verb>\p{L}+)\s+(?:(?:its|their|the|his|her|doors|work|operations|operating|up)\s+){0,2}"
                           r"(?:(?:by|in|at)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+|[\p{Ll}\d][\p{L}\d'’-]*\s+|&\s+){1,6}?)?"
                           r"(?:in|back\s+in)\s+\Z", regex.I)


def _event_year_elsewhere(qs: list[Quantity], i: int, prose: str, story: Story):
    q = qs[i]
    sentence = story.doc.sentence_at(q.start)
    if any(_year_of(p) and not _in_later_clause(prose, q, p) for p in qs if sentence[0] <= p.start < sentence[1]):
        return None     # a year in the sentence itself: the sentence's own reading stands
    m = _AGO_VERB.search(prose, max(sentence[0], q.start - 60), q.start)
    subject_word = m.group("subject") if m is not None else None
    if m is None:
        # "Founded 29 years ago, the firm ...": the participle opens the sentence, its subject follows the comma
        m = _OPENING_VERB.match(prose, sentence[0], q.start)
        after = _SUBJECT_AFTER.match(prose, _AGO.match(prose, q.end).end() if _AGO.match(prose, q.end) else q.end)
        if m is None or after is None:
            return None
        subject_word = after.group("subject")
    verb = _verb_class(m, prose)
    if verb is None:
        return None
    subject = _subject_word(subject_word, prose, m.start())
    matches = [(p, y, subj) for p, y, v, subj in _event_years(story) if v == verb]
    if subject in _PRONOUN_SUBJECTS:
        # "It opened three years ago": only one such event in the story, written in the same paragraph or the
        # sentence just before, with no other dated event between ("it" may be anything named nearer: "the
        # slump"). "When we started 30 years ago", in a quote, is the firm the story dated, wherever it did
        if len(matches) != 1:
            return None
        p, y, _ = matches[0]
        para = story.doc.paragraph_at(q.start)
        previous = story.doc.sentence_before(sentence[0]) or (0, 0)
        near = para[0] <= p.start < q.start or previous[0] <= p.start < previous[1]
        if not (near or (subject in _THING_PRONOUNS and p.start < q.start)):
            return None
        if any(p.start < other.start < q.start for other, *_ in _event_years(story)):
            return None
        return p, y
    same = [(p, y) for p, y, subj in matches if subj == subject]
    if len({y for _, y in same}) != 1:
        return None
    return same[0]


_OPENING_VERB = regex.compile(r"\s*[\"“]?(?P<verb>\p{L}+)(?:\s+up)?\s+(?:(?:just|only|some|about|around|nearly|almost|"
                              r"more\s+than|over|barely|exactly)\s+)?\Z", regex.I)
_SUBJECT_AFTER = regex.compile(r"\s*,\s+(?:(?:the|its|their|our|this|that)\s+)?(?:[\p{Ll}-]+\s+)??(?P<subject>[\p{L}'-]+)"
                               r"(?=\s+(?:is|was|has|had|now|still|employs|runs|has|have|are|were|will|[\p{Ll}]+s)\b)")


def _verb_class(m: regex.Match, prose: str) -> str | None:
    """The event class of the verb matched: "set up" is a founding, "set" alone is not an event verb."""
    verb = m.group("verb").lower()
    if verb == "set":
        return "begin" if regex.match(r"\s+up\b", prose[m.end("verb"):m.end("verb") + 4]) else None
    return _EVENT_VERBS.get(verb)


_CLAUSE_BREAK = regex.compile(r"[,;:()\"“”—–]")


def _in_later_clause(prose: str, q: Quantity, p: Quantity) -> bool:
    """Is the year p written after "N years ago" (q), past a clause break ("...," said its owner, who took over in
    2019)? Such a year is another clause's and leaves the ago free to be the event's."""
    return p.start >= q.end and _CLAUSE_BREAK.search(prose, q.end, p.start) is not None


# "In December 2011 parliament passed the law. That was 16 years ago." - the year of the sentence before
_THAT_WAS = regex.compile(r"\s*[\"“]?(?:That|This|It)\s+(?:was|is)\s+(?:(?:just|only|some|about|around|nearly|almost|"
                          r"more\s+than|over|exactly|already)\s+)?\Z")


def _that_was(qs: list[Quantity], i: int, prose: str, story: Story):
    q = qs[i]
    s0, _ = story.doc.sentence_at(q.start)
    if s0 == 0 or not _THAT_WAS.fullmatch(prose, s0, q.start):
        return None
    if regex.match(r"(?:\s+ago)?,?\s+(?:that|when|since|before|after)\b", prose[q.end:q.end + 16], regex.I):
        return None     # "It was ten years ago that ...": the clause after is what happened then
    before = story.doc.sentence_before(s0)
    if before is None:
        return None
    p0, p1 = before
    years = [(p, _year_of(p)) for p in qs if p0 <= p.start < p1 and _year_of(p)]
    years = [(p, y) for p, y in years if not (prose[p.end:p.end + 1] == "s")]      # not "the 1990s"
    if len({y for _, y in years}) != 1:
        return None
    return years[0]


# The next sentence going back to the time just counted: "... opening day 19 years ago. Back in March 1998 there was
# no roof", "... eleven years ago. That was in 2014, when ...", "It was in May 2004 that ..."
_BACK_THEN = regex.compile(r"\s*[\"“]?(?:Back\s+(?:then\s*,\s*)?in|(?:That|This|It)\s+was\s+(?:back\s+)?in|"
                           r"(?:That|This|It)\s+was)\s+(?:(?:early|late|mid-?)\s+)?\Z", regex.I)
_SENTENCE_END_AFTER_AGO = regex.compile(r"(?:\s+ago)?(?:\s+(?:this|last|next)\s+(?:week|month|spring|summer|autumn|"
                                        r"fall|winter))?\s*[.!?][\"”’]?\s*\Z")


def _back_then_after(qs: list[Quantity], i: int, prose: str, story: Story):
    """The one date opening the next sentence when that sentence goes back to the time just counted ("...
    opening day 19 years ago. Back in March 1998 ..."): only when "N years ago" closes its own sentence, so the
    next sentence can only be about then."""
    q = qs[i]
    _, s1 = story.doc.sentence_at(q.start)
    if not _SENTENCE_END_AFTER_AGO.match(prose, q.end, s1):
        return None
    for p in qs[i + 1:i + 4]:
        if p.start < s1:
            continue
        n0, _ = story.doc.sentence_at(p.start)
        if n0 < s1 or not _BACK_THEN.fullmatch(prose, n0, p.start):
            return None
        year = _year_of(p)
        return (p, year) if year else None
    return None


def _subject_word(word: str, prose: str, start: int) -> str:
    """The subject's head word, singular, lower case; "which"/"that" after a comma take the noun before it."""
    word = word.lower()
    if word in ("which", "that", "who"):
        before = regex.search(r"([\p{L}'-]+)\s*,\s*\Z", prose[max(0, start - 40):start])
        if before is not None:
            word = before.group(1).lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


# "In 1998, 43 families formed the cooperative": a year opening its sentence, then who did what to whom
_OPENING_IN = regex.compile(r"[\s\"“]*(?:In|Back\s+in)\s+", regex.I)
_VERB_THEN_OBJECT = regex.compile(r"\s*,\s+(?:[\p{L}\d'’-]+\s+){1,5}?(?P<verb>\p{Ll}+ed|set|built|began|founded)(?:\s+up)?"
                                  r"\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<subject>\p{Ll}[\p{L}-]*)"
                                  r"(?![\p{L}])")


def _event_years(story: Story):
    """Each year written after an event verb ("began in 2019", "opened its doors in 2019"), once per story."""
    return story.memo("date.event_years", _read_event_years)


def _read_event_years(story: Story):
    found = []
    prose = story.doc.prose
    for p in story.quantities:
        y = _year_of(p)
        if y is None:
            continue
        s0 = story.doc.sentence_at(p.start)[0]
        m = _YEAR_VERB.search(prose, max(s0, p.start - 100), p.start)
        verb = _verb_class(m, prose) if m is not None else None
        if verb is not None:
            found.append((p, y, verb, _subject_word(m.group("subject"), prose, m.start())))
        elif _OPENING_IN.fullmatch(prose, s0, p.start) and (then := _VERB_THEN_OBJECT.match(prose, p.end)) is not None \
                and (verb := _verb_class(then, prose)) is not None:
            # "In 1998, 43 families formed the cooperative": the year opens the sentence, the event's verb follows
            found.append((p, y, verb, _subject_word(then.group("subject"), prose, then.start("subject"))))
    return found


# What may stand between a year and its "N years ago" for the two to be about one event:
# "in 2015, seven years ago"; "the 2015 quake, which struck nine years ago"; "the 2015
# accord, signed nine years ago" — but not "in 2010 and released three years ago".
_YEAR_TO_AGO_GAP = regex.compile(
    r"\s*[,(–—-]?\s*(?:(?:just|only|barely|exactly|fully|some)\s+)?"
    r"|\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?,?\s+(?:which|that)\s+(?:[\p{L}-]+\s+){0,2}"
    r"|\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?,\s+[\p{L}-]+ed\s+", regex.I)

# "enacted in March 2012 under the previous coalition, 19 years ago": a phrase that only says
# where, how or under whom, then the comma that puts "N years ago" beside the date
_PHRASE_TO_AGO_GAP = regex.compile(
    r"\s+(?:under|during|by|with|at|in|from|for|on|near|amid|after|before|as|through|via)\s+"
    r"(?:(?!(?:that|which|who|whom|whose|when|where|while|and|but|or|was|were|is|are|has|had|have|been|being|"
    r"will|would|after|before|since|until|ago)(?![\p{L}'’-]))[\p{L}'’.-]+\s+){0,7}"
    r"(?!(?:that|which|who|when|where|while|and|but|or|ago)(?![\p{L}'’-]))[\p{L}'’.-]+,\s+"
    r"(?:(?:just|only|barely|exactly|fully|some|about|around|nearly|almost|more\s+than|over)\s+)?", regex.I)

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _number_words(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


# -- ages ----------------------------------------------------------------------------
#
# A birth ("born in Galle in 1969", "b. 1969", "born on 3 May 1969") and an age ("Dufresne, 61,",
# "the 61-year-old", "aged 61", "who is 61", "Ali (61)") are checked together when they are
# surely about one person at one time: in one sentence, or in two sentences that name the same
# person, or where the story has only the one birth and the one age.


@dataclass(frozen=True)
class _Birth:
    year: int
    month: int | None
    day: int | None
    q: Quantity                 # the year or date of birth
    start: int                  # where "born" is written
    sentence: tuple[int, int]
    who: "_Who"
    approx: bool = False        # reckoned from an age at a year ("joined in 1982 at the age of 24"): a year either way
    end: int = 0                # (for such a birth, the end of the words that give it: their age is not another)


@dataclass(frozen=True)
class _Age:
    value: int
    span: Span
    form: str                   # "is", "now", "who is", "aged", "age", "turns", "turned", "year-old", "apposition"
    sentence: tuple[int, int]
    who: "_Who"


@dataclass(frozen=True)
class _Who:
    """Whom a birth or an age is about, as far as the words next to it say."""
    kind: str                   # "name", "pronoun", "back" ("the 61-year-old"), "role" ("the singer"),
                                # "other" (someone else: "her son", "children"), "" (unknown)
    name: tuple[str, ...] = ()  # the capitalised words of a name, titles dropped; a role's noun

    @property
    def surname(self) -> str:
        return self.name[-1] if self.name else ""


def _ages(rule: Rule, story: Story) -> Iterator[Hit]:
    published = story.doc.publication_date
    if published is None:
        return
    yield from date_then.ages_then_and_now(story, _hit)
    yield from date_then_now.ages_then_and_now(story, _hit)
    yield from date_then_told.ages_then_held_to_the_moment(story, _hit)
    births = _births(story)
    if not births:
        return
    ages = _age_mentions(story)
    for birth in births:
        for age, moments in _ages_of(birth, births, ages, story, published):
            hit = _age_hit(birth, age, story, published, moments)
            if hit is not None:
                yield hit


def _possible_ages(birth: _Birth, year: int, month: int | None, day: int | None, form: str) -> set[int]:
    """The ages someone born then may be at a moment (a day, or any day of a month or year)."""
    if birth.month is not None and birth.day is not None and month is not None and day is not None:
        had_birthday = (month, day) >= (birth.month, birth.day)
        possible = {year - birth.year - (0 if had_birthday else 1)}
    elif birth.month is not None and month is not None and month != birth.month:
        # "born in November 1953", read in July: the birthday is still to come, whatever its day
        possible = {year - birth.year - (0 if month > birth.month else 1)}
    else:   # the birthday may be either side of the moment
        possible = {year - birth.year - 1, year - birth.year}
    if form in ("turns", "turned"):
        possible |= {a + 1 for a in possible} | {a - 1 for a in possible}
    if birth.approx:
        possible |= {a + 1 for a in possible}     # 24 at some day of 1982: born in 1957 or 1958
    return possible


def _age_hit(birth: _Birth, age: _Age, story: Story, published: dt.date,
             moments: list[tuple[int, int | None, int | None]]) -> Hit | None:
    """An age that fits the birth at no moment it may be given at: publication, or another date in its sentence
    ("Park, 47, born in 1970, joined the orchestra in 2001" is neither 55 now nor 31 then)."""
    year = birth.year
    possible = _possible_ages(birth, published.year, published.month, published.day, age.form)
    if age.value in possible or age.value > 130 or min(possible) < 0:
        return None
    if any(age.value in _possible_ages(birth, *moment, age.form) for moment in moments):
        return None
    computed = " or ".join(str(a) for a in sorted(possible))
    born = (f"{story.doc.prose[birth.start:birth.end]} (born about {year})" if birth.approx
            else f"born in {calendar.month_name[birth.month]} {year}" if birth.month and birth.day is None
            else f"born in {year}")
    return _hit(age.span, story.doc.text[age.span.start:age.span.end], computed, None,
                {"born": year, "published": published.isoformat(), "stated_age": age.value,
                 "possible_ages": sorted(possible)},
                f"{born}, would be {computed} on {published.isoformat()}, not {age.value}",
                related=(birth.q.span,))


def _ages_of(birth: _Birth, births: list[_Birth], ages: list[_Age], story: Story, published: dt.date):
    """The ages written of the person whose birth this is."""
    if birth.who.kind == "other":       # "her son, born in 2012": not the person whose age is given
        return
    born_to = date_people.holder(story, birth.who, birth.start, birth=True)
    for age in ages:
        if birth.q.span.start <= age.span.start < birth.q.span.end or birth.start <= age.span.start < birth.end:
            continue
        if age.who.kind == "back" and any(o.value == age.value and o.span.start < age.span.start for o in ages):
            continue        # "a 34-year-old mechanic ... the 34-year-old": the one the story gave that age before
        if _names_differ(birth.who, age.who):
            continue
        # the story's people decide first: "Chan, born in 1971 ... The 58-year-old" is Chan; "His daughter,
        # Chan Hoi-yan, 29," is not
        # the birth is itself a mention of its person: "Born in 1951, the economist ... The 62-year-old said"
        aged = (date_people.holder(story, age.who, age.span.start,
                                   also=date_people.Mention(birth.start, birth.q.end, born_to))
                if born_to is not None else None)
        if aged is not None and aged != born_to:
            continue
        same_sentence = age.sentence == birth.sentence
        if aged is None and same_sentence and birth.who.kind == "role" and age.who.kind == "name":
            continue        # "the engineer, born in 1985, ... when Lee, 30, ...": two people
        if aged is None and not same_sentence and not _same_person(birth, age, births, ages) and not (
                _one_person_described(birth, age, births, ages, story.doc.prose)) and not (
                _subject_described_next(birth, age, story)):
            continue
        moments = _other_moments(age, birth, story, published)
        if moments is None:
            continue
        yield age, moments


def _one_person_described(birth: _Birth, age: _Age, births: list[_Birth], ages: list[_Age], prose: str) -> bool:
    """The only birth in the story is a named person's and the only age is given of a definite description of a
    person ("The defendant, 61,", "His client, aged 61,", "the accused, now 61"): the person the story is about,
    as "the 61-year-old" would be. Someone else's relative ("her son") or an indefinite one ("a man, 30,") is not."""
    if len(births) != 1 or len(ages) != 1 or birth.who.kind != "name" or age.who.kind != "role":
        return False
    if len(_YEARS_IN.findall(prose, *birth.sentence)) > 1:
        return False    # "Khumalo was born in 1968 and her co-accused Dube in 1964": another birth, unread
    m = _DEFINITE_ROLE.search(prose, max(age.sentence[0], age.span.start - 60), age.span.start)
    return m is not None and m.group("noun").lower() == age.who.name[0] and m.group("noun").lower() not in _OTHERS


def _subject_described_next(birth: _Birth, age: _Age, story: Story) -> bool:
    """ "Somchai, who was born in March 1962, won 212 votes, defeating Anuwat Suksan. The 59-year-old former
    schoolteacher has ...": a sentence that opens with "The N-year-old <role>" goes on about the person the sentence
    before opened with, when that sentence gives their birth (whoever else it names later)."""
    if age.who.kind != "back" or birth.who.kind != "name" or story.doc.sentence_before(age.sentence[0]) != \
            birth.sentence:
        return False
    prose = story.doc.prose
    opening = _OPENING_AGE.match(prose, age.sentence[0])
    if opening is None or opening.end() != age.span.start:
        return False
    first = _FIRST_WORD.match(prose, birth.sentence[0])
    return first is not None and first.group(1).lower() in birth.who.name


# "The 59-year-old", "The 59-year-old former schoolteacher": an age that opens its sentence
_OPENING_AGE = regex.compile(r"[\s\"“]*(?:The|the)\s+")
_FIRST_WORD = regex.compile(r"[\s\"“]*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]*)")


_YEARS_IN = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# "The defendant, 61", "His client, aged 61", "the accused, now 61": a definite person the age is apposed to
_DEFINITE_ROLE = regex.compile(r"(?<![\p{L}])(?:the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>\p{Ll}+)\s*,\s*"
                               r"(?:(?:aged|now|who\s+is)\s+)?\Z", regex.I)


def _names_differ(a: "_Who", b: "_Who") -> bool:
    if a.kind != "name" or b.kind != "name":
        return False
    if len(a.name) == 1 or len(b.name) == 1:
        # one word for a full name: the surname, or the family name written first ("Kim" for "Kim Ji-hoon")
        short, full = (a.name, b.name) if len(a.name) == 1 else (b.name, a.name)
        return short[0] not in (full[0], full[-1])
    if a.surname != b.surname:
        return True
    # "Mary Kamau" and "John Kamau": one family, two people
    return len(a.name) > 1 and len(b.name) > 1 and a.name[-2] != b.name[-2]


def _surname_shared(surname: str, births: list[_Birth], ages: list[_Age]) -> bool:
    """Does the story name two people of this surname ("Khan, 34, and his brother Ali Khan, 29")?"""
    names = {m.who.name for m in (*births, *ages) if m.who.kind == "name" and m.who.surname == surname}
    values = {a.value for a in ages if a.who.kind == "name" and a.who.surname == surname}
    # "de la Cruz" is "Juan de la Cruz" again: a name that ends another is not another person
    full = {n for n in names if len(n) > 1 and not any(len(o) > len(n) and o[-len(n):] == n for o in names)}
    return len(names) > 1 and (len(values) > 1 or len(full) > 1)


def _same_person(birth: _Birth, age: _Age, births: list[_Birth], ages: list[_Age]) -> bool:
    """Two sentences about one person: the same name (and no one else in the story with that surname
    has a birth or an age of their own), or the only birth and the only age in the story, one of them
    named and the other a pronoun or "the 61-year-old"."""
    if age.who.kind == "role" and birth.who.kind == "role":
        return age.who.name == birth.who.name
    if {age.who.kind, birth.who.kind} == {"role", "back"} and age.who.name and birth.who.name:
        return age.who.name == birth.who.name      # "The 47-year-old driver ..." ... "The driver, born in 1977"
    if age.who.kind == "name" and birth.who.kind == "name":
        if _surname_shared(age.who.surname, births, ages):
            return len(age.who.name) > 1 and age.who.name == birth.who.name
        return True
    if len(births) == 1 and age.form == "was" and birth.who.kind in ("name", "pronoun"):
        return True     # the obituary's "He was 71." is of the one person whose birth the story gives
    # someone else's age given by their role ("Our youngest player is 19") leaves the story's one person's
    told_of_someone = [a for a in ages if a.who.kind in ("name", "pronoun", "back")]
    if len(births) != 1 or len(told_of_someone) != 1:
        return False
    return {birth.who.kind, age.who.kind} in ({"name", "pronoun"}, {"name", "back"}, {"pronoun", "back"})


# An age may be given at the time of another date in its sentence ("When he founded the firm in
# 1998, Smith, 30, ..."; "died aged 63 in 2019"; "a 34-year-old engineer born in 1985, was riding
# home on July 14, 2019"); only "is 61" and "now 61" are surely today's. A date within a year of
# publication is "now", and a decade ("played in the 1990s") is not a moment an age is given at.
_THEN = regex.compile(r"\b(?:then|at\s+the\s+time|when|while|aged?)\s*,?\s*\Z", regex.I)


_SINCE_BEFORE = regex.compile(r"\bsince\s+\Z", regex.I)
_PERIOD_BEFORE = regex.compile(r"\b(?:between|from)\s+(?:[\p{L}]+\s+){0,2}?(?:\d{4}\s*(?:and|to|until|till|through|[-–])\s*"
                               r"(?:[\p{L}]+\s+){0,2}?)?\Z", regex.I)


def _other_moments(age: _Age, birth: _Birth, story: Story, published: dt.date):
    """Besides publication, the moments an age may be given at: the other dates of its sentence ("a 29-year-old
    nurse born in 1990 was hit by a bus on May 2, 2019"). None when the words tie it to a time not written."""
    if age.form in ("is", "now", "who is"):
        return []
    prose = story.doc.prose
    # an age in a story that tells of a death may be the age at the death ("He was 62", "died aged 62")
    deaths = list(_deaths(story))
    if age.form == "who was" and not _DIED.search(prose, *age.sentence):
        return None     # "Pike, who was 33, opened the shop": at some moment the story does not date; but
                        # "Pike, who was 69, died at home" is the age at the death
    if _THEN.search(prose, max(age.sentence[0], age.span.start - 16), age.span.start) and age.form != "aged":
        return None
    if age.form == "aged" and not deaths and _age_at_an_undated_event(age, birth, story):
        return None
    s0, s1 = age.sentence
    if age.form in ("year-old", "apposition") and not _DIED.search(prose, s0, s1):
        deaths = []     # "his mother had died in 2023 ... the 51-year-old had shown": another's death, and a
                        # description of the living man is his age now
    moments = deaths
    for q in story.quantities:
        if q.start < s0 or q.start >= s1 or q is birth.q:
            continue
        when = _year_of(q)
        if when is None:
            continue
        if q.kind == "date" and q.date is not None and abs((q.date - published).days) <= 366:
            continue        # "died aged 63 on March 9" in a March story: now
        if prose[q.end:q.end + 1] == "s" or prose[q.end:q.end + 2] == "'s":
            continue        # "in the 1990s": a decade, not a moment
        if _SINCE_BEFORE.search(prose, max(s0, q.start - 7), q.start):
            continue        # "the 56-year-old has led the party since 2010": still today's age
        if _PERIOD_BEFORE.search(prose, max(s0, q.start - 40), q.start):
            continue        # "falsified invoices between May 2017 and June 2021": a period, not a moment
        day = q.date.day if q.kind == "date" and q.resolution == "day" and q.date is not None else None
        moments.append((when[0], when[1], day))
    return moments


# "retired at the age of 60", "who died aged 70", "was appointed at the age of 41": an age at a one-off event of a
# life told in the past tense (a few words of where or what may come between: "died in hospital", "joined the bank")
_PAST_LIFE_EVENT = regex.compile(
    r"(?<![\p{L}])(?P<verb>retired|died|passed\s+away|joined|left|quit|moved|married|wed|emigrated|migrated|settled|"
    r"graduated|qualified|enlisted|debuted|resigned|stepped\s+down|took\s+(?:over|up)|set\s+up|fled|founded|started|"
    r"began|became|won|lost|learned|learnt|launched|bought|wrote|published|gave\s+birth|freed|released|paroled|"
    r"made\s+(?:his|her|their)\s+debut|(?:was|were)\s+(?:first\s+)?(?:appointed|elected|named|ordained|drafted|signed|"
    r"hired|recruited|knighted|promoted|crowned|widowed|orphaned|adopted|diagnosed|sworn\s+in|freed|released|"
    r"paroled|jailed|imprisoned|convicted|sentenced|arrested|deported|kidnapped|abducted|rescued))"
    r"(?P<between>(?:\s+[\p{L}'’-]+){0,6}?)\s*,?\s*(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)\Z", regex.I)
# words that date an event to the story's own days: "died yesterday", "retired this week", "left earlier this month"
_NOW_WORDS = regex.compile(r"(?<![\p{L}])(?:today|tonight|yesterday|now|recently|this\s+(?:week|month|year|morning|"
                           r"afternoon|evening|weekend|season|spring|summer|autumn|fall|winter)|last\s+(?:week|month|night|"
                           r"weekend|year)|earlier\s+this|overnight|at\s+the\s+weekend)(?![\p{L}])", regex.I)
_DATING_KINDS = ("date", "weekday", "year")
_DEATH_VERB = regex.compile(r"(?:died|passed)\b", regex.I)
# a story that reports a death, not one that tells of it in a life: "has died", a funeral, the survivors, tributes,
# "died last week"
_DEATH_IS_NEWS = regex.compile(
    r"(?<![\p{L}])(?:(?:has|have)\s+(?:died|passed\s+away)|dies|dead\s+at|funeral|wake|laid\s+to\s+rest|"
    r"survived\s+by|tributes?|mourn(?:ed|ing|ers)?|condolences|requiem|(?:died|passed\s+away|death)(?:\s+[\p{L},]+){0,4}?\s+"
    r"(?:today|yesterday|overnight|recently|(?:this|last)\s+(?:week|month|weekend)|earlier\s+this|"
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?![\p{L}])", regex.I)


# the same event told elsewhere as the story's news: "retires on Friday", "is retiring", "will be sworn in", "has
# joined", "the appointment, announced on Monday"
_NEWS_FORM_BEFORE = regex.compile(r"(?<![\p{L}])(?:is|are|will|has|have|'s|’s)\s+(?:(?:been|be|just|now)\s+)*\Z",
                                  regex.I)
_WEEKDAY_WORD = regex.compile(r"(?<![\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])", regex.I)


def _event_is_news(event: regex.Match, story: Story) -> bool:
    """Does the story report this event now ("Smith, born in 1958, retired at the age of 60" in a story about the
    retirement that says "retires on Friday" or "is retiring")? Read by the verb's stem ("retir", "appoint"):
    a present, perfect or future form, or one with a weekday or "this week" near it."""
    verb = event.group("verb").split()[-1].lower()
    if verb in ("in", "up", "over", "down", "away"):
        verb = event.group("verb").split()[-2].lower()
    stem = verb[:-2] if verb.endswith("ed") else verb
    if len(stem) < 4:
        return False        # "won", "left", "wed": irregular, too short a stem to find again
    prose = story.doc.prose
    for m in regex.finditer(r"(?<![\p{L}])" + regex.escape(stem) + r"\p{L}*", prose, regex.I):
        if m.start() == event.start("verb") or event.start("verb") <= m.start() < event.end("verb"):
            continue
        near = prose[max(0, m.start() - 40):m.end() + 40]
        if (_NEWS_FORM_BEFORE.search(prose, max(0, m.start() - 20), m.start()) or m.group(0).lower().endswith("s")
                or _NOW_WORDS.search(near) or _WEEKDAY_WORD.search(near)):
            return True
    return False


def _age_at_an_undated_event(age: _Age, birth: _Birth, story: Story) -> bool:
    """ "Jane Smith, born in 1950, retired at the age of 60.": an age at a past one-off event whose moment its
    sentence does not give is the age then, not now; only a moment told with it ("retired in May 2024",
    "died on Tuesday", "left this week") lets the age be weighed against the birth."""
    prose = story.doc.prose
    s0, s1 = age.sentence
    number = age.span.end - len(str(age.value))
    event = _PAST_LIFE_EVENT.search(prose, max(s0, number - 120), number)
    if event is None or _NOW_WORDS.search(prose, s0, s1):
        return False
    if _DEATH_VERB.match(event.group(0)) and _DEATH_IS_NEWS.search(prose):
        return False    # "Jane Smith has died. ... She died at the age of 70.": the death the story reports, now
    if _event_is_news(event, story):
        return False
    return not any(s0 <= q.start < s1 and q is not birth.q and (q.kind in _DATING_KINDS or _year_of(q) is not None)
                   for q in story.quantities)


# -- deaths: the moment an obituary's "He was 69" is given at

_DIED = regex.compile(r"(?<![\p{L}])(?:died|dies|death|passed\s+away|killed)(?![\p{L}])", regex.I)
# "Rafael Quintero (1941-2019)", "Edna Farrow (b. 1931)": a life in brackets after a name
_LIFESPAN = regex.compile(r"(?<=\p{Lu}[\p{L}'’.-]*\s*)\(\s*(?:b\.\s*)?(?P<born>1[89]\d\d|20\d\d)\s*[-–—]\s*"
                          r"(?P<died>1[89]\d\d|20\d\d)\s*\)")


def _deaths(story: Story) -> list[tuple[int, int | None, int | None]]:
    return story.memo("date.deaths", _read_deaths)


def _read_deaths(story: Story) -> list[tuple[int, int | None, int | None]]:
    """Every moment the story says someone died: the first date after "died" in its sentence ("died Friday,
    Nov. 15", "who died in March 2011"), or the end of a life in brackets. Whose death it is does not matter:
    a moment only lets an age fit, never makes one wrong."""
    prose = story.doc.prose
    published = story.doc.publication_date
    found = []
    for m in _DIED.finditer(prose, story.doc.body_start):
        _, s1 = story.doc.sentence_at(m.start())
        q = next((q for q in story.quantities if m.end() <= q.start < min(s1, m.end() + 45)
                  and (_year_of(q) is not None or (q.kind == "date" and q.resolution == "day"))), None)
        when = _year_of(q) if q is not None else None
        if q is not None and q.kind == "date" and q.date is not None and q.resolution == "day":
            day = q.date
            if not q.year_given and published is not None and day > published:
                day = day.replace(year=day.year - 1) if _valid(day.year - 1, day.month, day.day) else day
            found.append((day.year, day.month, day.day))
        elif when is not None:
            found.append((when[0], when[1], None))
    if "(" in prose:
        found.extend((int(m.group("died")), None, None) for m in _LIFESPAN.finditer(prose, story.doc.body_start))
        found.extend((died.date.year, died.date.month, died.date.day) for _, _, died in _dated_lifespans(story))
    return found


# "Helena Brandt (March 3, 1950 – February 1, 2025)": a life written as two full dates in brackets after a name
_LIFE_OPEN = regex.compile(r"(?<=\p{Lu}[\p{L}'’.-]*\s*)\(\s*\Z")
_LIFE_DASH = regex.compile(r"\s*(?:[-–—]|to)\s*\Z")


def _dated_lifespans(story: Story) -> list[tuple[int, Quantity, Quantity]]:
    return story.memo("date.dated_lifespans", _read_dated_lifespans)


def _read_dated_lifespans(story: Story) -> list[tuple[int, Quantity, Quantity]]:
    """(where the bracket opens, the birth, the death) for each life written as two dates; a span of a few years
    is a term or a season ("the fiscal year (1 April 2024 - 31 March 2025)"), not a life."""
    prose = story.doc.prose
    dated = [q for q in story.quantities if q.kind == "date" and q.date is not None and q.year_given
             and q.start >= story.doc.body_start]
    found = []
    for born, died in zip(dated, dated[1:]):
        if not _LIFE_OPEN.search(prose, max(0, born.start - 60), born.start):
            continue
        if not _LIFE_DASH.fullmatch(prose, born.end, died.start) or not prose[died.end:died.end + 3].lstrip().startswith(")"):
            continue
        if died.date.year - born.date.year < 10:
            continue
        found.append((prose.rindex("(", 0, born.start), born, died))
    return found


# -- births

_BORN = regex.compile(r"(?<![\p{L}-])(?:[Bb]orn|BORN)(?![\p{L}-])|(?<![\p{L}])b\.\s*(?=\d{4}\b)")
_BORN_DIRECT = regex.compile(r"\G\s*(?:(?:in|on)\s+)?(?:the\s+year\s+)?", regex.I)
# "born in Galle in 1969", "born in the southern town of Galle, Sri Lanka, on 3 May 1969",
# "born into a farming family in 1969": a place or a family before the year, without a verb
_BORN_PLACE = regex.compile(
    r"\G\s+(?:in|at|near|into|to)\s+"
    r"(?:(?:the|a|an|of|\p{Lu}[\p{L}'.-]*|" + "|".join((
        "town", "city", "village", "district", "province", "state", "county", "region", "capital", "suburb",
        "port", "hospital", "camp", "family", "home", "household", "southern", "northern", "eastern",
        "western", "central", "coastal", "small", "rural", "remote", "hill", "farming", "fishing", "mining",
        "poor", "working-class", "middle-class", "wealthy", "border", "island", "refugee", "military",
        "industrial", "north", "south", "east", "west", "then", "former", "nearby", "neighbouring",
        "neighboring", "outskirts", "area", "valley", "mountain", "river", "delta", "region", "republic",
        "kingdom", "country", "suburbs", "slum", "township", "estate", "tea", "cotton", "coal",
        # a place's name now, set off by dashes or commas: "born in Queenstown — today Komani — on May 14, 1941"
        "today", "now", "formerly", "present-day", "modern-day", "renamed",
    )) + r")(?:\s*,\s*|\s*[—–]\s*|\s+|-)){1,9}?"
    r"(?:in|on)\s+(?:the\s+year\s+)?")


# "born there in 1998", "born prematurely in 1996", "born just outside Enugu in 1961", "born abroad in 1999": any
# words that only say where or how, up to the year; never past a clause ("born in Lagos and moved to London in
# 1975", "born to parents who fled in 1975") or a verb ("born in a village destroyed in 1975").
_BORN_HOW = regex.compile(
    r"\G(?:\s*,?\s+(?!(?:who|whom|whose|which|that|and|but|or|nor|was|were|is|are|has|had|have|been|being|when|"
    r"where|while|after|before|until|since|then|later|so|because|as|if|than|years?|months?|days?|weeks?)(?![\p{L}'’-]))"
    r"(?![\p{L}'’-]*ed(?![\p{L}'’-]))[\p{L}'’.-]+){1,8}?\s*,?\s+(?:in|on)\s+(?:the\s+year\s+)?")


def _births(story: Story) -> list[_Birth]:
    return story.memo("date.births", _read_births)


def _read_births(story: Story) -> list[_Birth]:
    prose = story.doc.prose
    found: list[_Birth] = []
    if "born" in prose or "BORN" in prose or "Born" in prose or "b." in prose:
        for born in _BORN.finditer(prose, story.doc.body_start):
            birth = _birth_after(story, _BORN_DIRECT.match(prose, born.end()).end())
            if birth is None and born.group(0).lower() == "born":
                place = _BORN_PLACE.match(prose, born.end())
                birth = _birth_after(story, place.end()) if place else None
                if birth is None:
                    how = _BORN_HOW.match(prose, born.end(), min(len(prose), born.end() + 90))
                    birth = _birth_after(story, how.end()) if how else None
            if birth is None:
                continue
            year, month, day, q = birth
            if prose[q.end:q.end + 1] == "s":       # "born in the 1960s"
                continue
            sentence = story.doc.sentence_at(born.start())
            found.append(_Birth(year, month, day, q, born.start(), sentence,
                                _who_was_born(prose, born.start(), q.end, sentence)))
    if "aged" in prose or "age of" in prose:
        found.extend(_ages_at_a_year(story))
    if "-born" in prose:
        found.extend(_year_born(story))
    if "of birth" in prose or "of Birth" in prose or "OF BIRTH" in prose:
        found.extend(_dates_of_birth(story))
    if "(" in prose:
        found.extend(_lifespans(story))
        for start, born, _ in _dated_lifespans(story):
            sentence = story.doc.sentence_at(start)
            day = born.date.day if born.resolution == "day" else None
            found.append(_Birth(born.date.year, born.date.month, day, born, start, sentence,
                                _who_at_end(prose[sentence[0]:start])))
    return found


# "joined the business in 1982 at the age of 24", "in 1994, aged 23", "aged 23 in 1994": an age at a year is a birth
# a year either side of their difference
_AGE_AT_YEAR = regex.compile(
    r"(?<![\p{L}])in\s+(?P<year>1[89]\d\d|20\d\d),?\s+(?:at\s+the\s+age\s+of|aged)\s+(?P<age>\d{1,2})(?![\d\p{L}])"
    r"|(?<![\p{L}])(?:at\s+the\s+age\s+of|aged)\s+(?P<age2>\d{1,2}),?\s+in\s+(?P<year2>1[89]\d\d|20\d\d)(?![\d\p{L}])")


# the name a sentence opens on, titles and all, not a possessive ("Kunlavut's victory" names a victory)
_NAME_OPENING = regex.compile(r"[\s\"“]*(?:\p{Lu}[\p{L}'’.-]*(?<!['’]s)(?:\s+|,|\Z))*")
# a capitalised word later in the sentence's lead that is no place after a preposition ("in Guangzhou")
_ANOTHER_NAME = regex.compile(r"(?<!\b(?:in|at|from|to|for|of|the|on|near|across|by)\s)(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]+")


# a relative in the clause the age closes, as its subject or its object: "whose brother was killed", "lost her son"
# (not "joined her father's firm": the firm is the object)
_RELATIVE_IN_CLAUSE = regex.compile(
    r"(?<![\p{L}])(?:whose|his|her|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:sons?|daughters?|child|children|baby|twins|"
    r"brothers?|sisters?|father|mother|parents|wife|husband|partner|grand(?:son|daughter|child|children)|"
    r"step(?:son|daughter|father|mother)|nephew|niece|cousin|uncle|aunt|fianc[eé]e?|boyfriend|girlfriend|friend)"
    r"(?![\p{L}'’])", regex.I)


def _ages_at_a_year(story: Story) -> list[_Birth]:
    prose = story.doc.prose
    found = []
    for m in _AGE_AT_YEAR.finditer(prose, story.doc.body_start):
        year, age = (int(m.group("year")), int(m.group("age"))) if m.group("year") else \
            (int(m.group("year2")), int(m.group("age2")))
        at = m.start("year") if m.group("year") else m.start("year2")
        q = next((q for q in story.quantities if q.start == at), None)
        if q is None or not 10 <= age <= 99:
            continue
        sentence = story.doc.sentence_at(m.start())
        lead = prose[sentence[0]:m.start()]
        if _RELATIVE_IN_CLAUSE.search(lead, lead.rfind(",") + 1):
            continue        # "Lopez, 52, who lost her son aged 17 in 2019", "whose brother was killed in 2016 aged
            #                 20": the relative's age then, not hers
        who = _who_at_start(lead)
        if who.kind != "name" or _ANOTHER_NAME.search(lead, _NAME_OPENING.match(lead).end()):
            continue        # only the named person the sentence opens on: "she joined in 1994 aged 23" may be anyone,
            #                 and in "Kunlavut's victory came ten years after Ratchanok Intanon won ... at the age of
            #                 18" the age is the second name's
        found.append(_Birth(year - age, None, None, q, m.start(), sentence, who, approx=True, end=m.end()))
    return found


def _lifespans(story: Story) -> list[_Birth]:
    """ "Rafael Quintero (1941-2019), the printer ...": a birth of the person named before the bracket."""
    prose = story.doc.prose
    found = []
    for m in _LIFESPAN.finditer(prose, story.doc.body_start):
        q = next((q for q in story.quantities if q.start == m.start("born")), None)
        if q is None:
            continue
        sentence = story.doc.sentence_at(m.start())
        found.append(_Birth(int(m.group("born")), None, None, q, m.start(), sentence,
                            _who_at_end(prose[sentence[0]:m.start()])))
    return found


# "a 1971-born engineer", "Lee, a 1971-born teacher": the year before "-born", read like "a 47-year-old"
_YEAR_BORN = regex.compile(r"(?<![\p{L}\d])(?P<year>1[89]\d\d|20\d\d)[-‑]born(?![\p{L}-])")


def _year_born(story: Story) -> list[_Birth]:
    prose = story.doc.prose
    found = []
    for m in _YEAR_BORN.finditer(prose, story.doc.body_start):
        q = next((q for q in story.quantities if q.start == m.start("year")), None)
        if q is None:
            continue
        sentence = story.doc.sentence_at(m.start())
        who = _who_of_year_old(prose[sentence[0]:m.start()], prose[m.end():sentence[1]])
        found.append(_Birth(int(m.group("year")), None, None, q, m.start(), sentence, who))
    return found


# "Court records list his date of birth as Aug. 9, 1981", "Lim's date of birth is 3 May 1990", "date of birth:
# 12/03/1978": a record's date of birth is a birth; whose is the possessive before it
_DATE_OF_BIRTH = regex.compile(r"(?<![\p{L}])(?:date|day)\s+of\s+birth(?:\s+(?:is|was|as|of|(?:listed|given|recorded|"
                               r"shown|stated)\s+as))?\s*:?\s*", regex.I)     # a form's "Date of Birth", "DATE OF BIRTH"
_WHOSE_RECORD = regex.compile(r"(?<![\p{L}'’])(?:(?P<pronoun>(?i:his|her))|(?P<name>\p{Lu}[\p{L}'’.-]*?)['’]s?)\s+\Z")


def _dates_of_birth(story: Story) -> list[_Birth]:
    prose = story.doc.prose
    found = []
    for m in _DATE_OF_BIRTH.finditer(prose, story.doc.body_start):
        birth = _birth_after(story, m.end())
        whose = _WHOSE_RECORD.search(prose, max(0, m.start() - 40), m.start())
        if birth is None or whose is None:
            continue        # "the date of birth of each child", "a date of birth" : no one's we can name
        year, month, day, q = birth
        sentence = story.doc.sentence_at(m.start())
        who = _Who("pronoun") if whose.group("pronoun") else _name(whose.group("name"))
        found.append(_Birth(year, month, day, q, m.start(), sentence, who))
    return found


def _birth_after(story: Story, offset: int):
    for q in story.quantities:
        if q.start < offset:
            continue
        if q.start > offset + 2:
            return None
        if q.kind == "date" and q.date is not None and q.year_given:
            if q.resolution == "day":
                return q.date.year, q.date.month, q.date.day, q
            if q.resolution == "month":
                return q.date.year, q.date.month, None, q    # "born in November 1953"
            return q.date.year, None, None, q
        if is_year_like(q):
            return int(q.value), None, None, q
        return None
    return None


# Who "born" is about: the words before it ("Kamau, who was born"; "He was born"; "her son, born"),
# or, for a sentence that opens with the birth ("Born in Rimouski in 1968, Dufresne, 61, ..."), after it.
_BORN_LEAD = regex.compile(r"(?:,?\s*(?:who|which|that)\s+)?(?:(?:was|were|is|are|had\s+been|been|being)\s+)?"
                           r"(?:\(\s*)?,?\s*\Z", regex.I)
_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow", "last", "this", "next"}
# Words that join clauses rather than name anyone: "born in 1958 and is 74"
_LINKS = frozenset({"and", "but", "or", "now", "is", "was", "who", "which", "that", "then", "also", "still",
                    "has", "had", "have", "been", "being", "not", "yet", "already", "in", "on", "at", "of", "to"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                     "mayor", "president", "minister", "senator", "judge", "justice", "chief", "captain",
                     "coach", "general", "gen", "col", "sheikh", "sheik", "rev", "father", "sister",
                     "the", "a", "an", "former", "late", "mp", "governor", "king", "queen", "prince",
                     "princess", "his", "her", "their", "our", "my", "its"})


def _who_was_born(prose: str, born: int, end: int, sentence: tuple[int, int]) -> _Who:
    before = prose[sentence[0]:born]
    lead = _BORN_LEAD.search(before)
    head = before[:lead.start()] if lead else before
    # "The defendant, Carlos Mendes, was born": a verb before "born" makes the words before it its subject
    verb_before = lead is not None and regex.search(r"\b(?:was|were|is|are|been)\b", lead.group(), regex.I)
    if not head.strip() or (head.rstrip().endswith(",") and not verb_before) or _INDEFINITE_OPENING.fullmatch(head):
        # the birth opens the sentence or a clause: its person is named after it, past any asides (so does an
        # indefinite opening: "A lawyer born in 1961 in San Roque, Daguman held ..." describes Daguman)
        return _who_after_asides(prose[end:sentence[1]])
    # "Mokoena, who turned 61 this year, was born": the person a closed relative clause is about (not "McPhee,
    # whose father was born": the birth is the clause's own)
    closed = _CLOSED_RELATIVE_END.search(head)
    if closed is None and (apposed := _NAME_THEN_DESCRIPTION.search(head)) is not None:
        # "Sokutu, a former school principal born in 1971", "Dacanay, 31, a native of General Santos born on":
        # an indefinite description apposed to a name, the birth its own, describes the person named
        return _name(apposed.group("name"))
    if closed is None and not (lead and regex.search(r"\b(?:which|that)\b", lead.group(), regex.I)) and \
            (role := _name_then_role(head)) is not None:
        return role
    return _who_at_end(head[:closed.start()] if closed is not None else head)


_INDEFINITE_OPENING = regex.compile(r"[\s\"“]*(?:A|An)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s*")


# An aside after an opening birth: where ("in Tamale, a market town in the north"), to whom ("to a schoolteacher
# and a trader"), as what ("as the youngest of six")
_ASIDE = regex.compile(r"\s*(?:(?:in|at|near|into|to|on|of|as|from|now|formerly|once|then|the\s+(?:son|daughter|child|youngest|eldest)|"
                       r"a|an|one)\b|[\d(])", regex.I)
# "the economist taught ...", "the former defender played ...": a definite description of someone named before
_DESCRIBED = regex.compile(r"\s*(?:the|this)\s+(?P<noun>\p{Ll}[\p{Ll}-]*)\s+\p{Ll}")


def _who_after_asides(rest: str) -> _Who:
    """ "Born in May 1951 in Tamale, a market town in the north, the economist ...", "Born on March 3, 1946, in
    Milwaukee to a cabinetmaker, Mr. Ostrowski learned ...": the person the main clause opens with, read past the
    asides (a place, the parents, an apposition) the birth's clause carries."""
    chunks = rest.split(",")[1:5]      # the first is the birth's own clause, up to its comma
    after_place = False
    for i, chunk in enumerate(chunks):
        if not chunk.strip():
            continue
        if _ASIDE.match(chunk):
            after_place = True
            continue
        named = _NAME_RUN_START.match(chunk)
        if after_place and named is not None and not chunk[named.end():].strip() and i + 1 < len(chunks) \
                and not chunks[i + 1].strip()[:1].isdigit():
            continue        # "in Galle, Sri Lanka, Perera played ...": the place's country, not a person
        described = _DESCRIBED.match(chunk)
        if described is not None and not regex.match(r"\s*the\s+\d", chunk):
            noun = described.group("noun")
            return _Who("other") if noun in _OTHERS else _Who("back", (noun,))
        return _who_at_start(chunk)
    return _Who("")


_WORD_BEFORE = regex.compile(r"([\p{L}][\p{L}'.-]*)[\s,)]*\Z")
# A word of a name: capitalised, or an Arabic article joined to one ("al-Hassan"); lower-case particles may stand
# between the words ("Juan de la Cruz", "Ludwig van der Berg").
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ul|ud|bin|ben|abu|ibn)-\p{Lu}[\p{L}'’.-]*)"
_PARTICLES = r"(?:(?:de|del|della|la|le|da|das|do|dos|di|du|van|von|der|den|ter|ten|bin|binti|ibn|al|el|y)\s+)*"
_NAME_RUN = rf"(?:{_NAME_WORD}\s+{_PARTICLES}){{0,3}}{_NAME_WORD}"
# a name, perhaps its age ("Dacanay, 31,"), then an indefinite description up to where "born" is written
_NAME_THEN_DESCRIPTION = regex.compile(r"(?<![\p{L}])(?P<name>" + _NAME_RUN + r")(?:\s*,\s*(?:aged\s+)?\d{1,3})?"
                                       r"\s*,\s*(?:a|an)\s+[^,;:()]{1,80}?\s*,?\s*\Z")
# a name with its age, then what the person is without an article ("said Dr Rashid Omar, 49, head of the new unit, who
# was born"): the birth is the named person's. Not a relative ("Lee, 60, father of a boy born in 2012")
_NAME_AGE_ROLE = regex.compile(r"(?<![\p{L}])(?P<name>" + _NAME_RUN + r")\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*"
                               r"(?P<role>\p{Ll}[\p{Ll}-]+)\s[^,;:()\d]{1,80}?\s*,?\s*\Z")


_RELATION_WORDS = frozenset({"uncle", "aunt", "nephew", "niece", "cousin", "grandmother", "grandfather", "widow",
                             "widower", "stepson", "stepdaughter", "fiancé", "fiancée", "partner", "guardian"})


def _name_then_role(head: str) -> _Who | None:
    m = _NAME_AGE_ROLE.search(head)
    if m is None or _SAYING_ROLE.fullmatch(m.group("role")):
        return None     # "Amal Haddad, 44, said her son, born in 2010": a verb, not what she is
    words = {w.lower() for w in regex.findall(r"[\p{L}'’-]+", head[m.start("role"):])}
    if words & (_OTHERS | _RELATION_WORDS):
        return None     # "director of the children's ward", "father of the bride": someone else may be the one born
    return _name(m.group("name"))


_SAYING_ROLE = regex.compile(r"\p{Ll}+(?:ed|[^s]s)|said|told|wrote|says|spoke|took|went|came|made|left|won|lost|ran|"
                             r"has|had|was|is|will|would|can|could|also|then|now")


_NAME_RUN_END = regex.compile(_NAME_RUN + r"\s*\Z")
_NAME_RUN_START = regex.compile(r"\A\s*" + _NAME_RUN)
_ARTICLE_NAME = regex.compile(r"(?:al|el|ul|ud|bin|ben|abu|ibn)-\p{Lu}")


def _who_at_end(text: str) -> _Who:
    """The person named or meant by the words that end `text`."""
    text = text.rstrip(" ,(")
    word = _WORD_BEFORE.search(text)
    if word is None:
        return _Who("")
    w = word.group(1)
    if w.lower() in _PRONOUNS:
        return _Who("pronoun")
    if w.lower() in _LINKS:
        return _Who("")
    if regex.search(r"\d-year-old\s*\Z", text):
        return _Who("back")
    if w[:1].isupper() or _ARTICLE_NAME.match(w):
        if w.lower().rstrip(".") in _NOT_NAMES:
            return _Who("")     # "died on Sunday aged 52": a day, not a person
        run = _NAME_RUN_END.search(text)
        return _name(run.group(0) if run else w)
    return _noun(w)


def _who_at_start(text: str) -> _Who:
    """The person named or meant by the words that open `text`."""
    word = regex.match(r"\s*([\p{L}][\p{L}'.-]*)", text)
    if word is None:
        return _Who("")
    w = word.group(1)
    if w.lower() in _PRONOUNS:
        return _Who("pronoun")
    if w.lower() == "the" and regex.match(r"\s*the\s+\d{1,3}-year-old\b", text, regex.I):
        return _Who("back")
    run = _NAME_RUN_START.match(text)
    if run is not None:
        who = _name(run.group(0))
        if who.name:
            return who
    noun = regex.match(r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\s*(?:,|\b(?:is|was|has|had|who|will)\b)", text)
    return _noun(noun.group(1)) if noun else _Who("")


# Someone other than the person a story profiles: a birth of theirs is not checked against an age.
_OTHERS = frozenset({
    "son", "sons", "daughter", "daughters", "child", "children", "kids", "baby", "babies", "infant", "infants",
    "twins", "grandson", "granddaughter", "grandchild", "grandchildren", "brother", "sister", "father", "mother",
    "wife", "husband", "parents", "girl", "boy", "girls", "boys", "those", "people", "residents", "voters",
    "students", "pupils", "players", "members", "women", "men", "citizens", "anyone", "everyone", "nobody",
    "generation", "cohort", "calf", "cub", "foal", "chick", "animal", "animals", "patients", "workers",
    # things that are "born": "the idea was born in 2019"
    "idea", "company", "firm", "club", "party", "movement", "project", "plan", "scheme", "initiative",
    "campaign", "brand", "band", "group", "organisation", "organization", "business", "startup", "concept",
    "festival", "tradition", "town", "city", "nation", "country", "republic", "league", "tournament",
    "programme", "program", "venture", "partnership", "alliance", "network", "product", "label", "series",
    "show", "magazine", "newspaper", "station", "channel", "dream", "friendship", "rivalry", "style", "genre",
})


def _noun(word: str) -> _Who:
    word = word.lower()
    if word in _OTHERS:
        return _Who("other")
    return _Who("role", (word,))


def _name(run: str) -> _Who:
    # compared without case: "Al-Hassan" opening a sentence is "al-Hassan"
    words = [w.strip(".").casefold() for w in run.split()]
    while words and words[0].strip(".") in _TITLES:
        words.pop(0)
    if not words:
        return _Who("other")
    return _Who("name", tuple(words))


# -- ages written

_AGE_FORMS = regex.compile(
    # a sentence that opens with its subject's age: "At 64, the judge ..." ("Now 55," and "Aged 19," below)
    r"(?<=(?:\A|[.!?][\"”]?\s+|\n)At\s+)(?P<n9>\d{1,3})(?=,\s)|"
    # the obituary's own sentence: "He was 71.", "She was 84 years old." (short; nothing else to be 71)
    r"(?<=(?:\A|[.!?]\s+|\n)(?:He|She)\s+was\s+)(?P<n6>\d{1,3})(?=\s*(?:years\s+old\s*)?(?:[.;]\s|,(?!\d)|\.?\Z"
    r"|\s+(?:when\s+(?:he|she)\s+died|at\s+(?:the\s+time\s+of\s+)?(?:his|her)\s+death)\b))|"
    r"(?<![\p{L}])(?P<verb>is|aged|now|turns|turned|who\s+is|who\s+was|age)\s+(?P<n>\d{1,3})(?![\d.,]?\d|\s*(?:%|per\b|pc\b|"
    r"years?\s+(?:ago|of|in|at|since|after|before)|times|km|kg|people|percent|million|m\b|bn\b|months?\b|"
    r"days?\b|weeks?\b|hours?\b|minutes?\b|seats?\b|votes?\b|runs?\b|-))"
    r"|(?P<n2>\d{1,3})(?:-|\s)years?(?:-|\s)old\b"
    r"|(?P<n5>\d{1,3})\s+years?\s+of\s+age\b"
    r"|(?<=\p{Lu}[\p{L}'.-]+),\s+(?P<n3>\d{1,3}),(?!\d)"
    r"|(?<=\p{Lu}[\p{L}'.-]+)\s+\((?P<n4>\d{2,3})\)"
    # "died at the age of 69", "at age 69"
    r"|(?<![\p{L}])at\s+(?:the\s+)?age\s+(?:of\s+)?(?P<n8>\d{1,3})(?![\d.,]?\d|\s*(?:%|-|years?\s+(?:ago|later)))"
    # "celebrated his 70th birthday in March": an age turned at a moment
    r"|(?<![\p{L}])(?:his|her)\s+(?P<n7>\d{1,3})(?:st|nd|rd|th)\s+birthday\b"
    # "who was born in 1948 and at 81 still works the plot": an age now, told by "still"
    r"|(?<=\b(?:and|but|who|yet)\s+)at\s+(?P<n10>\d{2,3})\s*,?\s+(?=(?:is\s+|was\s+)?still\b)", regex.I)


# Where a match of _AGE_FORMS can begin: a digit (the forms that open with the age), a comma or blanks before the
# age (", 64," and " (64)"), or a word opening one of its lead words, not after a letter (case-blind as _AGE_FORMS
# is). Each is zero-width past its first character, so every such place is found, overlapping or not.
_AGE_FORM_STARTS = regex.compile(r"\d|(?=,\s+\d)|(?=\s+\(\d)|(?<![\p{L}])(?=is|aged|now|turn|who|age|at|his|her)", regex.I)


def _age_forms_in(prose: str, pos: int) -> list[regex.Match]:
    """_AGE_FORMS.finditer(prose, pos), tried only where a match can begin. Most of its forms open with a
    lookbehind, so the engine scans by trying every form at every character; a story is read that way in
    milliseconds, and here in a fraction of that (the same matches: a match ends the search for the next at its
    end, as finditer's does)."""
    found = []
    for c in _AGE_FORM_STARTS.finditer(prose, pos):
        at = c.start()
        if at < pos:
            continue
        m = _AGE_FORMS.match(prose, at)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


def _age_mentions(story: Story) -> list[_Age]:
    """The ages a person may be (the timeline's); `_all_ages` keeps those beyond any human for the limits check."""
    return story.memo("date.ages", lambda s: [age for age in _all_ages(s) if age.value <= 120])


def _all_ages(story: Story) -> list[_Age]:
    return story.memo("date.all_ages", _read_ages)


def _read_ages(story: Story) -> list[_Age]:
    prose = story.doc.prose
    ages = (_age_of(m, prose, story) for m in _age_forms_in(prose, story.doc.body_start))
    return [age for age in ages if age is not None and age.value > 0]


# A story that speaks of people's ages: there "Chiyo Nakamura, 131," is an age, not a score or a house number
_AGE_WORDS = ("aged", "age of", "year-old", "years old", "oldest", "birthday", "centenarian", "born", "longevity",
              "elderly")


_BRACKETED_AFTER_NAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*\s+\(\d{1,6}\)")


# whole words only: "an average of 22%", "a percentage of", "a shortage of" and "stubborn" speak of no one's age
_AGE_TALK = regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in _AGE_WORDS) + r")(?![\p{L}])")


def _speaks_of_ages(story: Story) -> bool:
    body = story.doc.prose[story.doc.body_start:].lower()
    return _AGE_TALK.search(body) is not None


# The words right before an age in the forms `human_age` reads: "Nakamura, 131", "Bello (134", "turned 131",
# "now 136", "He was 131", "at the age of 131", "At 131"
_AGE_SHAPE_BEFORE = regex.compile(r"(?:\p{L}[.'’]?,\s+|\p{L}\s+\(|(?<![\p{L}])(?:turn(?:ed|s)|now|was|of|at|aged?)\s+)\Z",
                                  regex.I)


def human_age(story: Story, q: Quantity) -> bool:
    """Is this figure written as a named person's age ("Chiyo Nakamura, 131,", "Aisha Bello (134)", "Edna Pike
    turned 131", "He was 131")? The one reader of ages the timeline uses, asked by the limits check for the forms
    its subject words do not name ("aged", "-year-old" they do). Read around the figure only: the story's other
    ages are read only for a figure that is one."""
    prose = story.doc.prose
    if not (_AGE_SHAPE_BEFORE.search(prose, max(0, q.start - 12), q.start)
            and prose[q.end:q.end + 1] in (",", ")", ".", " ", ";")):
        return False        # not written as an age's forms are
    if not story.memo("date.age_talk", _speaks_of_ages):
        return False        # a story that never speaks of ages: "Smith, 131," is a score, a count, a number
    s0, s1 = story.doc.sentence_at(q.start)
    found = next((m for m in _AGE_FORMS.finditer(prose, max(s0, q.start - 30), min(s1, q.end + 40))
                  if m.start() <= q.start < m.end()), None)
    age = _age_of(found, prose, story) if found is not None else None
    if age is not None and age.form != "is" and _OLDEST_PERSON.search(prose, s0, q.start):
        return True         # "Norway's oldest resident ... turned 131": a person, named or not
    if age is None or age.who.kind not in ("name", "pronoun") or age.form == "is":
        return False        # "Smith is 131": a score as often as an age
    if found.group("n4") and len(_BRACKETED_AFTER_NAME.findall(prose, s0, s1)) > 1:
        return False        # "Extra County (172), Private Schools (143)": a count for each of a list
    who = age.who
    if who.kind == "name" and not date_people.full_person_name(story, who.name, q.start):
        return False        # a region's count ("Śląskie (287)"), a street's number ("Station Road, 131,")
    # the person's age given elsewhere ("Morrison, aged 23"): "Morrison, 134," is a score
    return not any(a.who.kind == "name" and a.who.surname == who.surname and a.value <= 120
                   for a in _all_ages(story))


# the subject of an age that needs no name: "the country's oldest resident", "the oldest living man"
_OLDEST_PERSON = regex.compile(r"(?<![\p{L}])oldest\s+(?:living\s+|known\s+|surviving\s+)?(?:resident|woman|man|person|"
                               r"citizen|inhabitant|villager|islander|nun|priest|veteran|survivor|grandmother|"
                               r"grandfather|twins?)(?![\p{L}])", regex.I)


def _age_of(m: regex.Match, prose: str, story: Story) -> _Age | None:
    sentence = story.doc.sentence_at(m.start())
    before = prose[sentence[0]:m.start()]
    if m.group("n"):
        verb = " ".join(m.group("verb").lower().split())
        if verb == "age" and not regex.search(r"\bat\s+\Z", before[-4:]):
            return None
        # "Kamau is 61", "Kamau, who is 61", "Kamau, aged 61": the name is right before; after
        # "Tremblay, born in 1988 in Sherbrooke, Quebec, is 41" it is further back, so unknown
        who = _Who("")
        if verb in ("now", "aged") and not _AGE_LEAD.sub("", before).strip() and prose.startswith(",", m.end("n")):
            # "Now 55, she runs ...", "Aged 19, Okafor left ...": the subject after the comma
            return _Age(int(m.group("n")), Span(m.start("verb"), m.end("n")), verb, sentence,
                        _who_opening_after(prose[m.end("n") + 1:sentence[1]]))
        if verb == "aged" and _PLACE_END.search(before):
            # "died Monday at his home in Duluth, aged 71": the place is not the person; the subject is
            who = _who_at_start(before)
        elif verb == "aged" and _DID_BEFORE.search(before):
            # "Brandt, who died aged 59", "Okafor retired aged 70": the subject of the verb
            who = _who_at_end(_without_apposition(before[:_DID_BEFORE.search(before).start()]))
        elif (verb == "who was" or (verb == "aged" and _WAS_END.search(before))) and _WHEN_AFTER.match(prose, m.end("n")):
            return None     # "who was 33 when he opened the shop", "He was aged 33 when ...": an age at a moment
                            # not written as a date
        elif verb in ("aged", "who is", "who was") or not before.rstrip().endswith(","):
            who = _who_at_end(_AGE_LEAD.sub("", before))
        elif verb == "now" and _APPOSED_NAME.search(before):
            who = _who_at_end(before)       # "Odhiambo, now 55, runs ...": the name the apposition follows
        return _Age(int(m.group("n")), Span(m.start("verb"), m.end("n")), verb, sentence, who)
    if m.group("n2") or m.group("n5"):
        group = "n2" if m.group("n2") else "n5"
        return _Age(int(m.group(group)), Span(m.start(group), m.end()), "year-old", sentence,
                    _who_of_year_old(before, prose[m.end():sentence[1]]))
    if m.group("n6"):
        return _Age(int(m.group("n6")), Span(m.start("n6"), m.end("n6")), "was", sentence, _Who("pronoun"))
    if m.group("n8"):
        if _WHEN_AFTER.match(prose, m.end("n8")):
            return None     # "began playing at the age of 11, when her grandfather ...": an age at a moment
        lead = _DID_BEFORE.search(before)
        who = _who_at_end(_without_apposition(before[:lead.start()]) if lead else _AGE_LEAD.sub("", before))
        return _Age(int(m.group("n8")), Span(m.start(), m.end("n8")), "aged", sentence, who)
    if m.group("n9"):     # "At 64, the judge ..."
        return _Age(int(m.group("n9")), Span(m.start("n9"), m.end("n9")), "aged", sentence,
                    _who_opening_after(prose[m.end("n9") + 1:sentence[1]]))
    if m.group("n10"):    # "... born in 1948 and at 81 still works": the sentence's subject, as it is now
        return _Age(int(m.group("n10")), Span(m.start("n10"), m.end("n10")), "now", sentence, _Who(""))
    if m.group("n7"):
        return _Age(int(m.group("n7")), Span(m.start("n7"), m.end()), "turned", sentence, _Who("pronoun"))
    group = "n3" if m.group("n3") else "n4"
    return _Age(int(m.group(group)), Span(m.start(group), m.end(group)), "apposition", sentence,
                _who_at_end(before))


_WAS_END = regex.compile(r"\bwas\s*\Z", regex.I)
# ("retires at the age of 60 after 31 years": "after" a span of years is the career, not a moment before or after)
_WHEN_AFTER = regex.compile(r"\s*(?:years\s+old\s*)?,?\s*(?:when|while|at\s+the\s+time|then|"
                            r"(?:before|after)(?!\s+(?:(?:more\s+than|nearly|almost|some|over)\s+)?\d{1,2}\s+years\b)|"
                            r"in\s+\d)\b", regex.I)
# a name that opens its sentence or clause, then the comma: "Odhiambo, now 55"
# (after a quote's verb too: '"We sell tea," said Wijesinghe, now 71,')
_APPOSED_NAME = regex.compile(r"(?:\A|[,;]\s*|\b(?:and|but|said|says|added|adds)\s+)\s*" + _NAME_RUN + r"\s*,\s*\Z")
# A day written straight after the verb, without "on": "died Aug. 14", "died 14 August", "died Monday"
_BARE_WHEN = (r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}|"
              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
# "Brandt, who died aged 59", "Pike died on Tuesday at the age of 69": the verb (and its when or where) the age
# follows, whose subject is the person
_DID_BEFORE = regex.compile(r"(?:,?\s*(?:who|which)\s+)?(?:(?:was|had|has)\s+)?(?:died|passed\s+away|\p{Ll}+ed)"
                            r"(?:\s+(?:(?:on|in|at|last|this|early|late)\b|(?=" + _BARE_WHEN + r"))(?:[^,;]|,(?=\s*(?:\p{Lu}\p{Ll}+\.?\s+\d|\d|"
                            r"(?:in|at|on|near)\s)))"
                            r"{0,70}?)?\s*,?\s*\Z")
_CLOSED_RELATIVE_END = regex.compile(r",\s*(?:who|whose)\s[^;]{1,250}?,\s*\Z")
_RELATIVE_END = regex.compile(r",\s*(?:who|whose)\s[^;]{1,250}?,?\s*\Z")
# "Walter Pike, a clockmaker, died": the apposition between the person and the verb
_APPOSITION_END = regex.compile(r",\s*(?:a|an|the)\s+[^,]{1,100},?\s*\Z")
def _who_opening_after(after: str) -> _Who:
    """The subject of a clause an age opens: "At 64, the judge ...", "Now 55, she ...", "Aged 19, Okafor ..."."""
    described = _DESCRIBED.match(after)
    if described is not None:
        noun = described.group("noun")
        # "At 64, the judge": someone named before; "At 64, the index ...": no one
        return _Who("back", (noun,)) if date_people.is_role(noun) else _noun(noun)
    return _who_at_start(after)


def _without_apposition(text: str) -> str:
    m = _APPOSITION_END.search(text)
    text = text[:m.start()] if m is not None else text
    # "Harold Pike, who farmed near Regina for 50 years, died": the relative clause between the person and the verb
    m = _RELATIVE_END.search(text)
    return text[:m.start()] if m is not None else text


_PLACE_END = regex.compile(r"(?<![\p{L}])(?:in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'.-]*\s*){1,3},\s*\Z")
# "Kamau, who is 61", "He is now 61", "Nair, aged 40": the words between the person and the age
# ("He was aged 88": the pronoun before "was")
_AGE_LEAD = regex.compile(r"(?:\s*(?:,|\bwho|\bis|\bwas|\bnow|\bstill|\balready|\bjust))*\s*\Z", regex.I)


_DEFINITE_END = regex.compile(r"(?:\A|[^\p{L}])(?:The|the)\s*\Z")
# "the 61-year-old former leader, Per Lund, ...": the name apposed to the described person
_NAMED_AFTER_NOUN = regex.compile(r"\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s*,\s+(" + _NAME_RUN + r")\s*(?:,|\)|\Z|\s+\p{Ll})")
_ACCORDING_END = regex.compile(r"(?<![\p{L}])according\s+to\s+(?:[\p{Ll}-]+\s+){0,3}\Z", regex.I)
_NOUN_RUN = regex.compile(r"\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\b(?!-)")
_NEXT_NOUN = regex.compile(r"\s+([\p{Ll}]+)\b(?!-)")
# Words that end a noun phrase rather than carry it on: "a 38-year-old investment broker to 15 years"
_PHRASE_ENDS = frozenset({"who", "was", "is", "has", "had", "said", "will", "and", "from", "in", "of", "to", "for",
                          "with", "at", "on", "by", "as", "or", "but", "that", "which", "whose", "were", "are",
                          "would", "could", "can", "may", "might", "must", "did", "does", "also", "then", "now",
                          "after", "before", "since", "when", "while", "into", "over", "under", "about", "than"})


def _head_noun(after: str):
    """The head of the noun phrase after "a 38-year-old": the last of its lower-case words ("investment broker"
    is a broker), up to a word that ends the phrase or a verb ("driver died", "nurse says")."""
    noun = _NOUN_RUN.match(after)
    if noun is None or noun.group(1) in _PHRASE_ENDS:
        return noun
    for _ in range(2):
        nxt = _NEXT_NOUN.match(after, noun.end())
        if nxt is None or nxt.group(1) in _PHRASE_ENDS or nxt.group(1).endswith("ed") or (
                nxt.group(1).endswith("s") and not nxt.group(1).endswith(("ss", "us", "is"))):
            break
        noun = nxt
    return noun


# "The 59-year-old said", "For the 59-year-old, the hardest part": "the N-year-old" with no noun of its own, opening
# the sentence or after a preposition, is someone the story has introduced
_THE_OPENS_OR_AFTER_PREPOSITION = regex.compile(
    r"(?:\A|[.!?]\s*|(?<![\p{L}])(?:for|to|with|of|by|from|as|on|at|about|like|among)\s+)(?:The|the)\s*\Z", regex.I)


def _who_of_year_old(before: str, after: str) -> _Who:
    """ "the 61-year-old Weerasekera", "Weerasekera, a 61-year-old", "The 61-year-old, ...", "a 61-year-old man"."""
    named_after = (regex.match(r"\s+(?:(?:former|ex-|veteran|Mr|Mrs|Ms|Dr)\.?\s+)*(" + _NAME_RUN + ")", after)
                   or _NAMED_AFTER_NOUN.match(after))
    if named_after is not None:
        return _name(named_after.group(1))
    noun = _head_noun(after)
    lead = before.rstrip()
    if _THE_OPENS_OR_AFTER_PREPOSITION.search(lead) and regex.match(r"\s*[,)]|\s+(?:is|was|has|had|said|will|who)\b", after):
        return _Who("back")
    # "Weerasekera, a 61-year-old", "Lee (47), a 1977-born teacher", "Lee, aged 47, a 1977-born teacher"
    apposed = regex.search(r"(" + _NAME_RUN + r")(?:,\s*(?:aged\s+)?\d{1,3}|\s*\(\d{1,3}\))?"
                           r",\s+(?:a|an|the)\s*\Z", lead)
    if apposed is not None and not _ACCORDING_END.search(lead, 0, apposed.start()):
        # (not "According to sergeant Kim Ward, the 52-year-old ...": the source, not the person)
        return _name(apposed.group(1))
    if noun is not None and _DEFINITE_END.search(lead) and (
            noun.group(1) not in _OTHERS or regex.match(r"\s+of\b", after[noun.end():])):
        # "The 58-year-old grandfather of six, ...", "the 47-year-old driver": someone the story has introduced
        return _Who("back", (noun.group(1),))
    if noun is not None and noun.group(1) not in ("who", "was", "is", "has", "had", "said", "will", "and", "from", "in", "of"):
        return _noun(noun.group(1))
    return _Who("")
