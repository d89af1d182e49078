"""Candidates and signals for the learned date scorer.

Four shapes of date slip, each read from the figures the engine has already found:

- a *date* (with or without a weekday before it): does the weekday fit the year,
  does the day exist in that year ("Thursday, February 14, 2025", "29 February 2023");
- a *count of years* ("seven years ago", "two decades since", "a 30-year lease"):
  does it fit the publication year less some year the story gives, or the gap
  between two of its years;
- an *anniversary* ("the 10th anniversary"): the same sums as a count of years;
- an *age* ("45-year-old", "aged 40", "Smith, 45,", "turned 50"): does it fit a
  birth year the story gives ("born in 1972"), the publication year or another
  year of its sentence.

Dates, weekdays and counts of years come from `story.quantities`; only what the
quantities do not say is read from the words around a figure (an age's form, a
birth, "ago" after a count, the cue words of its sentence).

A story without a publication date gets no publication-year calendar signals for
a date written without its year: on real news, weekdays in undated stories were
nearly all the false alarms of an early version.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re

from ..model import Quantity, Span
from ..ruletypes.base import Story
from .candidate import Candidate

# scripts/train_scorer.py's forest for this generator: 60 stronger trees score in under a third of
# the time of the default 200, for one slip fewer cross-validated (299 of 317 against 300).
TRAINING = dict(max_iter=60, learning_rate=0.2)

FEATURES: tuple[str, ...] = (
    # which shape of figure
    "is_weekday_and_date", "is_date", "is_count_of_years", "is_anniversary", "is_age",
    # words of its sentence
    "sentence_says_ago", "sentence_says_since", "sentence_says_born", "sentence_says_founded",
    "sentence_says_opened", "sentence_says_anniversary", "sentence_says_later", "sentence_says_after",
    "sentence_says_died", "hedged", "in_quotes", "place_in_story", "story_has_publication_date",
    "years_in_story",
    # dates
    "year_written", "no_such_day_in_any_year", "is_29_february", "no_such_day_in_its_year",
    "no_such_day_in_publication_year", "no_such_day_in_nearest_year", "weekday_fits_its_year",
    "weekday_fits_publication_year", "weekday_fits_year_either_side", "weekday_fits_a_nearby_year",
    "weekday_fits_any_story_year", "weekday_days_off", "days_from_publication", "in_brackets",
    "year_said_after", "weekday_fits_year_told_before", "first_day_of_a_range",
    # counts of years (and ages, against the years)
    "count", "count_off_by_vs_publication_year", "count_off_by_best", "count_fits_some_year",
    "count_within_one", "count_off_by_vs_nearby_year", "nearest_year_distance", "count_digit_slip",
    "says_ago_after", "says_old_after", "count_off_by_vs_full_date",
    # ages
    "age_form", "births_in_story", "age_off_by_vs_birth", "birth_distance", "age_digit_slip",
    "age_off_by_vs_any_birth", "age_off_by_vs_any_year", "age_off_by_to_the_day", "age_off_by_vs_sentence_year",
    "age_off_by_vs_turned",
)
_N = len(FEATURES)
_AT = {name: i for i, name in enumerate(FEATURES)}

_MONTH_OF = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_OF.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_OF["sept"] = 9
_MONTH_WORD = re.compile(r"[A-Za-z]+")
_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)(?:st|nd|rd|th)?")
_YEAR_NUMBER = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_WEEKDAY_THEN_DATE = re.compile(r",?\s*(?:\(|the\s+)?\Z")
_YEAR_SAID_AFTER = re.compile(r",?\s+(?:of\s+)?(next|last|this)\s+year\b", re.I)    # "Feb 29 next year"
_RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to|and)\s*\d")                            # "September 16-17"

# The cue words of a figure's sentence, looked up in the set of its words (one pass over the sentence).
_CUE_WORDS = (
    ("sentence_says_ago", frozenset({"ago"})),
    ("sentence_says_since", frozenset({"since"})),
    ("sentence_says_born", frozenset({"born"})),
    ("sentence_says_founded", frozenset({"founded", "established", "created", "launched", "formed"})),
    ("sentence_says_opened", frozenset({"opened", "built", "completed", "inaugurated", "began", "started"})),
    ("sentence_says_anniversary", frozenset({"anniversary", "anniversaries"})),
    ("sentence_says_later", frozenset({"later"})),
    ("sentence_says_after", frozenset({"after"})),
    ("sentence_says_died", frozenset({"died", "death", "dead"})),
)
_WORD = re.compile(r"[a-z]+")
_HEDGE_BEFORE = re.compile(
    r"\b(?:about|around|almost|nearly|some|roughly|more than|over|under|just|approximately)\s*\Z", re.I)
_AGO_AFTER = re.compile(r"ago|since|later|after|earlier|before", re.I)
_OLD_AFTER = re.compile(r"\A[\s-]*old\b", re.I)
_ANNIVERSARY_AFTER = re.compile(r"\A\s+(?:anniversary|birthday|year)\b", re.I)
# The first year after "born" (not "born in 1990 and signed in 2012"); a full stop ends the search only
# where a sentence ends ("born in Sudbury, Ont., in 1961").
_BORN_BEFORE = re.compile(r"\bborn\b(?:(?!\.\s+[A-Z]|\d{4}).){0,55}\Z|\(b\.\s*\Z", re.I)
_BORN_ON_BEFORE = re.compile(r"\bborn\b[^.]{0,30}\Z", re.I)
_TURNED_IN = re.compile(r"turned\s+(\d{2,3})\s+in\s+(\d{4})")
# How an age is written, by the words either side of a plain number (form 0 is "N-year-old").
_AGE_FORMS = (
    (1, re.compile(r"\baged\s+\Z", re.I), None),
    (2, re.compile(r"\b(?:at\s+)?(?:the\s+)?age\s+(?:of\s+)?\Z", re.I), None),
    (3, re.compile(r"\b(?:who\s+(?:is|was)|is|was|turned|turns|now)\s+\Z"),
     re.compile(r"\A[\d%.,]*\s*(?:per|%|years?\s+(?:ago|since)|million|billion|km|kg|m\b)")),
    (4, re.compile(r",\s+\Z"), re.compile(r"\A,")),
)
_AGE_WORDS_BEFORE = frozenset({"aged", "age", "of", "is", "was", "turned", "turns", "now"})
_YEARS_PER = {"year": 1, "decade": 10, "century": 100}


def candidates(story: Story) -> list[Candidate]:
    """Every date, count of years, anniversary and age in the story, with its signals."""
    # One pass picks the figures that could be candidates; most stories have few, many none, and the
    # story-wide context (births, full dates, ...) is worked out only when one is there.
    qs = story.quantities
    text = story.doc.text
    picked = []
    years = []          # the years the story gives, as plain numbers or in dates, with where they sit
    for i, q in enumerate(qs):
        kind = q.kind
        if kind == "number":
            v = q.value
            if v is None:
                continue
            if 10 <= v <= 120:
                if q.number_span and _may_be_age(text, q.number_span):
                    picked.append((_plain_age_candidate, i))
            elif 1800 <= (q.low if q.low is not None else v) <= 2099:
                # "1961", "between 2013 and 2019"
                years.extend((int(m[1]), q.start + m.start(1)) for m in _YEAR_NUMBER.finditer(q.text))
        elif kind == "date":
            if q.year_given:
                years.extend((int(m[1]), q.start + m.start(1)) for m in _YEAR_NUMBER.finditer(q.text))
            if q.resolution == "day":
                picked.append((_date_candidate, i))
        elif kind == "duration":
            if q.unit in _YEARS_PER and q.value:
                picked.append((_count_candidate, i))
        elif kind == "ordinal":
            if q.value:
                picked.append((_anniversary_candidate, i))
    if not picked:
        return []
    years.sort(key=lambda yp: yp[1])
    context = _Context(story, years)
    found = []
    for make, i in picked:
        c = make(context, qs[i], qs[i - 1] if i else None)
        if c is not None:
            found.append(c)
    return found


def _may_be_age(text: str, span: tuple[int, int]) -> bool:
    """A plain number with a word an age follows just before it ("aged 40", "was 61", "Smith, 45,")."""
    s, e = span
    if e - s > 3:
        return False
    before = text[max(0, s - 12):s]
    return before.endswith(", ") or before.rstrip().rpartition(" ")[2].lower() in _AGE_WORDS_BEFORE


class _Context:
    """What every candidate of one story looks at, worked out once (the rarer parts on first use)."""

    def __init__(self, story: Story, years: list[tuple[int, int]]) -> None:
        doc = story.doc
        self.story = story
        self.doc = doc
        self.text = doc.text
        self.body_start = doc.body_start
        self.body_length = max(1, len(doc.text) - doc.body_start)
        self.pub = doc.publication_date
        self.years = years                                     # [(year, offset)] in story order
        self.year_offsets = [p for _, p in self.years]
        self.year_values = sorted({y for y, _ in self.years})
        # Without a publication date, the latest year the story gives stands in for its year (as a writer
        # would read it), but only for sums of years: calendar signals need the real one.
        self.pub_year = self.pub.year if self.pub else (max(self.year_values) if self.year_values else 2024)
        self.pub_day = self.pub or dt.date(self.pub_year, 6, 30)

    @functools.cached_property
    def gaps(self) -> set[int]:
        return {abs(a - b) for a in self.year_values for b in self.year_values if a != b}

    @functools.cached_property
    def births(self) -> list[tuple[int, int]]:
        return [(y, p) for y, p in self.years if _BORN_BEFORE.search(self._before(p, 60))]

    @functools.cached_property
    def birth_days(self) -> list[tuple[dt.date, int]]:
        return [(q.date, q.start) for q in self.story.quantities
                if q.kind == "date" and q.date is not None and q.year_given
                and _BORN_ON_BEFORE.search(self._before(q.start, 32))]

    @functools.cached_property
    def told(self) -> list[tuple[int, int]]:
        """Full dates with their year, for a yearless day that follows one in its paragraph
        ("voted on Friday, 22 May 2015 ... the count the following day, Saturday 23 May")."""
        told = [(q.start, _written_year(q)) for q in self.story.quantities
                if q.kind == "date" and q.year_given and q.resolution in ("day", "month")]
        return [(p, y) for p, y in told if y]

    @functools.cached_property
    def full_dates(self) -> list[dt.date]:
        """Full dates before publication, for "four years ago" against "12 April 2022" to the day."""
        if not self.pub:
            return []
        return sorted({q.date for q in self.story.quantities if q.kind == "date" and q.year_given
                       and q.date is not None and q.resolution in ("day", "month") and q.date < self.pub})

    @functools.cached_property
    def turned(self) -> tuple[int, int] | None:
        """ "turned 60 in 2021": an age in a year."""
        lowered = self.story.lowered_prose()
        t = _TURNED_IN.search(lowered) if "turned" in lowered else None
        return (int(t[1]), int(t[2])) if t else None

    def _before(self, offset: int, n: int) -> str:
        return self.text[max(self.body_start, offset - n):offset]

    def year_told_before(self, offset: int) -> int | None:
        """The year of the last full date before `offset` in its paragraph."""
        p0 = self.doc.paragraph_at(offset)[0]
        told = [y for p, y in self.told if p0 <= p < offset]
        return told[-1] if told else None

    def years_near(self, offset: int, reach: int) -> list[tuple[int, int]]:
        """(year, distance) for the story's years within `reach` characters."""
        lo = bisect.bisect_left(self.year_offsets, offset - reach)
        hi = bisect.bisect_right(self.year_offsets, offset + reach)
        return [(y, abs(p - offset)) for y, p in self.years[lo:hi]]

    def common(self, start: int, end: int, shape: str) -> list[float]:
        """A fresh signal row with the shape and sentence signals filled in, the rest -1."""
        x = [-1.0] * _N
        for name in ("is_weekday_and_date", "is_date", "is_count_of_years", "is_anniversary", "is_age"):
            x[_AT[name]] = 0.0
        x[_AT[shape]] = 1.0
        s0, s1 = self.doc.sentence_at(start)
        sentence = self.text[s0:max(s1, end)].lower()
        words = set(_WORD.findall(sentence))
        for name, cue in _CUE_WORDS:
            x[_AT[name]] = float(not words.isdisjoint(cue))
        if "set up" in sentence:
            x[_AT["sentence_says_founded"]] = 1.0
        if "b. " in sentence:                                   # "(b. 1961)"
            x[_AT["sentence_says_born"]] = 1.0
        before = self.text[max(self.body_start, start - 120):start]
        x[_AT["hedged"]] = float(_HEDGE_BEFORE.search(before[-30:]) is not None)
        x[_AT["in_quotes"]] = float(before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"))
        x[_AT["place_in_story"]] = (start - self.body_start) / self.body_length
        x[_AT["story_has_publication_date"]] = float(self.pub is not None)
        x[_AT["years_in_story"]] = float(len(self.years))
        return x

    def count_signals(self, x: list[float], n: int, offset: int) -> tuple[int, int] | None:
        """Signals of a count of years against the story's years; the year it fits best, if any."""
        py = self.pub_year
        x[_AT["count"]] = float(n)
        before_pub = [y for y in self.year_values if y < py]
        vs_pub = [abs(py - y - n) for y in before_pub]
        x[_AT["count_off_by_vs_publication_year"]] = float(min(vs_pub)) if vs_pub else -1.0
        off = vs_pub + [abs(g - n) for g in self.gaps]
        x[_AT["count_off_by_best"]] = float(min(off)) if off else -1.0
        x[_AT["count_fits_some_year"]] = float(0 in off) if off else 0.0
        x[_AT["count_within_one"]] = float(any(o <= 1 for o in off)) if off else 0.0
        near = self.years_near(offset, 2000)
        close = [abs(py - y - n) for y, d in near if y < py and d < 400]
        x[_AT["count_off_by_vs_nearby_year"]] = float(min(close)) if close else -1.0
        x[_AT["nearest_year_distance"]] = float(min((d for _, d in near), default=5000))
        x[_AT["count_digit_slip"]] = float(any(_digit_slip(str(py - y), str(n)) for y in self.year_values))
        if self.full_dates:
            x[_AT["count_off_by_vs_full_date"]] = min(abs(n - (self.pub - d).days / 365.25) for d in self.full_dates)
        if not near:
            return None
        # The partner: the nearest year the count is measured from (closest fit, then closest place).
        year, _ = min(((y, d) for y, d in near if y < py), key=lambda yd: (abs(py - yd[0] - n), yd[1]),
                      default=(None, None))
        if year is None:
            return None
        return year, next(p for y, p in self.years if y == year and abs(p - offset) <= 2000)


def _month_and_day(q: Quantity) -> tuple[int, int] | None:
    """The month and day a date is written with (the engine keeps no date for one that cannot be)."""
    month = next((_MONTH_OF[w.lower().rstrip(".")] for w in _MONTH_WORD.findall(q.text)
                  if w.lower() in _MONTH_OF), None)
    day = next((int(m[1]) for m in _DAY_NUMBER.finditer(q.text) if not _YEAR_NUMBER.fullmatch(m[0])), None)
    if month is None or day is None or not 1 <= day <= 31:        # "yesterday", "Black Saturday"
        return None
    return month, day


def _written_year(q: Quantity) -> int | None:
    if not q.year_given:
        return None
    m = _YEAR_NUMBER.search(q.text)
    return int(m[1]) if m else None


def _exists(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    return _exists(year, month, day) and dt.date(year, month, day).weekday() == weekday


def _fits_the_told_side(cx: "_Context", at: int, month: int, day: int, weekday: int) -> bool:
    """Does the weekday fit the year either side of publication that the sentence's tense tells, where the
    publication year's day is on the other side ("opened on Friday 22 November" in an April story is last year's;
    "has been listed for Friday 14 June" in February is this year's)? The hand rule's reading (date._readings)."""
    from ..ruletypes.date import _tense_before
    tense = _tense_before(cx.story, at)
    if tense not in ("past", "future") or not _exists(cx.pub.year, month, day):
        return False
    side = (lambda d: d <= cx.pub) if tense == "past" else (lambda d: d >= cx.pub)
    if side(dt.date(cx.pub.year, month, day)):
        return False    # the publication year's day is where the tense puts it: that is the reading
    return any(_exists(y, month, day) and side(dt.date(y, month, day)) and _weekday_fits(y, month, day, weekday)
               and abs((dt.date(y, month, day) - cx.pub).days) <= 300 for y in (cx.pub.year - 1, cx.pub.year + 1))


def _fits_the_nearest_year(pub: dt.date, month: int, day: int, weekday: int) -> bool:
    """Does the weekday fit the year, other than the publication's, in which the yearless day falls nearest the
    publication date (across the turn of the year)?"""
    nearest = None
    for year in (pub.year - 1, pub.year + 1):
        if _exists(year, month, day):
            gap = abs((dt.date(year, month, day) - pub).days)
            if gap <= 75 and (nearest is None or gap < nearest[1]):
                nearest = (year, gap)
    return nearest is not None and _weekday_fits(nearest[0], month, day, weekday)


def _fits_the_year_it_falls_nearest(cx: "_Context", at: int, month: int, day: int, weekday: int) -> bool:
    """Does the weekday fit the year either side where the yearless day falls within four months of publication and
    at most half as far as in the publication's own year, on the side the sentence's tense allows? "hosts the cup
    from Friday, January 12" in an October story is the January to come (87 days off), not the one gone (278 days).
    (Not when the two are near alike: "until Saturday, October 8" in March may be either, 166 or 199 days off.)"""
    from ..ruletypes.date import _on_side, _tense_before
    if not _exists(cx.pub.year, month, day):
        return False
    own = abs((dt.date(cx.pub.year, month, day) - cx.pub).days)
    tense = _tense_before(cx.story, at)
    for year in (cx.pub.year - 1, cx.pub.year + 1):
        if not _exists(year, month, day):
            continue
        other = dt.date(year, month, day)
        gap = abs((other - cx.pub).days)
        if gap <= 120 and 2 * gap <= own and _on_side(other, cx.pub, tense) \
                and _weekday_fits(year, month, day, weekday):
            return True
    return False


def _date_candidate(cx: _Context, q: Quantity, before: Quantity | None) -> Candidate | None:
    md = _month_and_day(q)
    if md is None:
        return None
    month, day = md
    start, weekday = q.start, q.weekday
    if weekday is None and before is not None and before.kind == "weekday" and before.weekday is not None \
            and _WEEKDAY_THEN_DATE.match(cx.text, before.end, q.start) and q.start - before.end <= 6:
        start, weekday = before.start, before.weekday      # "Tuesday (March 12)", "Friday the 13th"
    written = _written_year(q)
    year = written if written else (cx.pub.year if cx.pub else None)
    said = None if written else _YEAR_SAID_AFTER.match(cx.text, q.end, q.end + 20)
    shift = {"next": 1, "last": -1}.get(said[1].lower(), 0) if said else 0
    if year and shift:
        year += shift
    py = cx.pub_year
    if not written and not shift and weekday is not None and cx.pub and _fits_the_nearest_year(cx.pub, month, day, weekday):
        return None     # "Friday, January 12" in a December story: next January's, where Friday is right
    if not written and not shift and weekday is not None and cx.pub and _fits_the_told_side(cx, start, month, day,
                                                                                           weekday):
        return None     # "The season opened on Friday 22 November" in April: the November gone
    if not written and not shift and weekday is not None and cx.pub and _fits_the_year_it_falls_nearest(
            cx, start, month, day, weekday):
        return None     # "will host from Friday, January 12" in October: the January to come
    missing_any = float(not _exists(2024, month, day))
    missing_its = float(not _exists(year, month, day)) if year else missing_any
    missing_pub = float(not _exists(py, month, day)) if cx.pub else missing_any
    near = cx.years_near(start, 400)
    if written:
        missing_near = missing_its
    else:
        missing_near = float(bool(near) and not _exists(min(near, key=lambda yd: yd[1])[0], month, day))
    if not (missing_its or missing_pub or missing_near) and (weekday is None or year is None):
        # A day that exists, with no weekday to check, or a weekday with no year to check it in (a
        # yearless date in a story without a publication date): nothing here can be shown wrong.
        return None
    x = cx.common(start, q.end, "is_weekday_and_date" if weekday is not None else "is_date")
    x[_AT["year_said_after"]] = float({0: 0, 1: 1, -1: 2}[shift]) if said else 0.0
    x[_AT["year_written"]] = float(written is not None)
    x[_AT["no_such_day_in_any_year"]] = missing_any
    x[_AT["is_29_february"]] = float(month == 2 and day == 29)
    x[_AT["no_such_day_in_its_year"]] = missing_its
    x[_AT["no_such_day_in_publication_year"]] = missing_pub
    x[_AT["no_such_day_in_nearest_year"]] = missing_near
    end = q.end + 1 if cx.text[start:q.end].count("(") > cx.text[start:q.end].count(")") \
        and cx.text[q.end:q.end + 1] == ")" else q.end         # "Tuesday (March 12)" whole
    facts = {"what": "date", "month": month, "day": day, "year": year, "stated": cx.text[start:end]}
    if weekday is not None and year:
        x[_AT["weekday_fits_its_year"]] = float(_weekday_fits(year, month, day, weekday))
        x[_AT["weekday_fits_publication_year"]] = float(_weekday_fits(py, month, day, weekday))
        x[_AT["weekday_fits_year_either_side"]] = float(_weekday_fits(py - 1, month, day, weekday)
                                                        or _weekday_fits(py + 1, month, day, weekday))
        x[_AT["weekday_fits_a_nearby_year"]] = float(any(_weekday_fits(y, month, day, weekday) for y, _ in near))
        x[_AT["weekday_fits_any_story_year"]] = float(any(_weekday_fits(y, month, day, weekday)
                                                          for y in cx.year_values))
        told = cx.year_told_before(start)
        x[_AT["weekday_fits_year_told_before"]] = float(_weekday_fits(told, month, day, weekday)) if told else -1.0
        if _exists(year, month, day):
            real = dt.date(year, month, day).weekday()
            x[_AT["weekday_days_off"]] = float(min((weekday - real) % 7, (real - weekday) % 7))
            facts.update(weekday=weekday, real_weekday=real)
    if year:
        x[_AT["days_from_publication"]] = float((dt.date(year, month, min(day, 28)) - cx.pub_day).days)
    x[_AT["in_brackets"]] = float("(" in cx.text[start:q.end + 1])
    x[_AT["first_day_of_a_range"]] = float(_RANGE_AFTER.match(cx.text[q.end:q.end + 8]) is not None)
    if x[_AT["first_day_of_a_range"]] == 1 or (not written and month == 2 and day == 29):
        # Left to the hand rules, which weigh more than these numbers: a list of weekdays pairs with a
        # range of days ("Monday and Tuesday, September 15-16"), and a yearless 29 February is read by
        # the sentence's tense (FC501, FC502).
        return None
    return Candidate(Span(start, end), (), tuple(x), facts)


def _count_candidate(cx: _Context, q: Quantity, _before: Quantity | None = None) -> Candidate | None:
    n = round(q.value * _YEARS_PER[q.unit])
    if not 0 < n <= 150 or not cx.years:      # a story that gives no year has nothing to measure a count by
        return None
    after = cx.text[q.end:q.end + 12]
    old = _OLD_AFTER.match(after)
    if old and q.text.endswith("-year"):
        return _age_candidate(cx, q, n, 0, q.end + old.end())      # "36-year-old"
    x = cx.common(q.start, q.end, "is_count_of_years")
    partner = cx.count_signals(x, n, q.start)
    x[_AT["says_ago_after"]] = float(_AGO_AFTER.search(cx.text[q.start:q.end + 8]) is not None)
    x[_AT["says_old_after"]] = float(_OLD_AFTER.match(after) is not None)
    # Only a count that places a moment ("seven years ago", "12 years since", "five years later") is
    # measured from a year; a length of time ("jailed for four years") has no partner to point at.
    if not x[_AT["says_ago_after"]]:
        partner = None

    return _with_partner(cx, q, x, n, partner, "count")


def _anniversary_candidate(cx: _Context, q: Quantity, _before: Quantity | None = None) -> Candidate | None:
    n = round(q.value)
    if not 0 < n <= 150 or not _ANNIVERSARY_AFTER.match(cx.text[q.end:q.end + 14]):
        return None
    x = cx.common(q.start, q.end, "is_anniversary")
    partner = cx.count_signals(x, n, q.start)
    return _with_partner(cx, q, x, n, partner, "anniversary")


def _with_partner(cx: _Context, q: Quantity, x: list[float], n: int, partner, what: str) -> Candidate:
    facts = {"what": what, "stated": q.text, "count": n, "publication_year": cx.pub_year,
             "dated": cx.pub is not None}
    related: tuple[Span, ...] = ()
    if partner is not None:
        year, where = partner
        related = (Span(where, where + 4),)
        facts.update(partner_year=year, computed=cx.pub_year - year)
    return Candidate(q.span, related, tuple(x), facts)


def _plain_age_candidate(cx: _Context, q: Quantity, _before: Quantity | None = None) -> Candidate | None:
    """A plain number written the way ages are: "aged 40", "age of 40", "was 61", "Smith, 45,"."""
    s, e = q.number_span
    if not cx.text[s:e].isdigit() or not cx.years:
        return None
    before = cx.text[max(cx.body_start, s - 16):s]
    if _AGE_THRESHOLD_BEFORE.search(cx.text, max(cx.body_start, s - 40), s) or _at_an_age_in_a_year(cx, s, e):
        return None
    n = int(cx.text[s:e])
    after = cx.text[e:e + 40]
    for form, left, right in _AGE_FORMS:
        said = left.search(before)
        if said and (right is None or (right.match(after) is not None) == (form == 4)):
            if form == 4:
                return _age_candidate(cx, q, n, form, e, s) if e - s == 2 else None
            # "aged 47", "age of 47", "is 47": the words with the figure, as the hand rule FC504 points at them
            return _age_candidate(cx, q, n, form, e, s - len(before) + said.start())
    return None


# "seven who were above the age of 60", "children under the age of 12": a line drawn at an age, no one's age
_AGE_THRESHOLD_BEFORE = re.compile(r"\b(?:above|over|under|below|beyond|past|older\s+than|younger\s+than|"
                                   r"reach(?:ed|es|ing)?|retire(?:ment)?|retiring)\s+(?:the\s+)?age\s+(?:of\s+)?\Z",
                                   re.I)


def _at_an_age_in_a_year(cx: _Context, s: int, e: int) -> bool:
    """ "started the business in 1989, at the age of 24": an age at a year the sentence gives, which is a birth
    year told another way. The hand rule (FC504) reads it so and weighs the story's ages now against it."""
    from ..ruletypes.date import _AGE_AT_YEAR
    s0, s1 = cx.doc.sentence_at(s)
    return any(m.start() <= s and e <= m.end() for m in _AGE_AT_YEAR.finditer(cx.text, s0, s1))


def _age_candidate(cx: _Context, q: Quantity, n: int, form: int, end: int | None = None,
                   start: int | None = None) -> Candidate | None:
    if not 10 <= n <= 120 or not cx.years:
        return None
    start, end = (q.start if start is None else start), (q.end if end is None else end)
    x = cx.common(start, end, "is_age")
    py = cx.pub_year
    x[_AT["age_form"]] = float(form)
    x[_AT["births_in_story"]] = float(len(cx.births))
    facts = {"what": "age", "stated": cx.text[start:end], "count": n, "publication_year": py,
             "dated": cx.pub is not None}
    related: tuple[Span, ...] = ()
    if cx.births:
        born, where = min(cx.births, key=lambda yp: abs(yp[1] - start))
        expected = py - born
        x[_AT["age_off_by_vs_birth"]] = float(min(abs(n - expected), abs(n - expected + 1)))
        x[_AT["birth_distance"]] = float(abs(where - start))
        x[_AT["age_digit_slip"]] = float(_digit_slip(str(expected), str(n)))
        x[_AT["age_off_by_vs_any_birth"]] = float(min(min(abs(n - (py - b)), abs(n - (py - b - 1)))
                                                      for b, _ in cx.births))
        x[_AT["age_off_by_vs_any_year"]] = float(min(min(abs(n - (y - born)), abs(n - (y - born - 1)))
                                                     for y in cx.year_values))
        s0, s1 = cx.doc.sentence_at(start)
        same = [y for y, p in cx.years if s0 <= p < s1 and y != born]
        x[_AT["age_off_by_vs_sentence_year"]] = float(min(min(abs(n - (y - born)), abs(n - (y - born - 1)))
                                                          for y in same)) if same else -1.0
        if x[_AT["age_off_by_vs_sentence_year"]] == 0 and x[_AT["age_off_by_vs_birth"]] != 0:
            # Right by a date of its own sentence ("a 29-year-old born in 1990 was hit by a bus on
            # May 2, 2019"): the age is of that day, not of publication.
            return None
        related = (Span(where, where + 4),)
        facts.update(partner_year=born, computed=expected)
    if cx.birth_days:
        born_on, _ = min(cx.birth_days, key=lambda dp: abs(dp[1] - start))
        day = cx.pub_day
        exact = day.year - born_on.year - ((day.month, day.day) < (born_on.month, born_on.day))
        x[_AT["age_off_by_to_the_day"]] = float(abs(n - exact))
    if cx.turned:
        then, year = cx.turned
        x[_AT["age_off_by_vs_turned"]] = float(min(abs(n - (then + py - year)), abs(n - (then + py - year - 1))))
    cx.count_signals(x, n, start)
    return Candidate(Span(start, end), related, tuple(x), facts)


def _digit_slip(right: str, written: str) -> bool:
    """Two figures of one length that differ in one digit or in their order ("34" for "43")."""
    return (right != written and len(right) == len(written)
            and (sum(a != b for a, b in zip(right, written)) == 1 or sorted(right) == sorted(written)))
