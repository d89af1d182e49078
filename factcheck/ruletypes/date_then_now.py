"""date_then_now: an age now beside the same person's age at a dated moment.

"The 31-year-old, who was 19 when he was arrested on March 14, 2009, walked free on Monday" gives one person two
ages in one breath: 19 on a day the clause dates, and 31 at publication. The years between the day and
publication must bridge them: from March 2009 to July 2025 a 19-year-old becomes 35 or 36, never 31. Only the
tight shape is read -- the age-now description and its "who was N when" clause side by side, the clause ending on a
date with its year -- so the two ages are surely one person's and the date surely the moment of the younger one.
"""
from __future__ import annotations

import datetime as dt

import regex

from ..model import Quantity, Span
from . import date_things
from .base import Hit, Story

# "The 31-year-old, who was 19 when", "Babu, 31, who was 19 when": the age now, then its clause of an age then
_THEN_AND_NOW = regex.compile(
    r"(?:(?<![\p{L}])[Tt]he\s+(?P<now>\d{1,3})-year-old(?:\s+\p{Ll}+)?"
    r"|(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+,\s+(?P<now2>\d{1,3}))"
    r",\s+who\s+was\s+(?:aged\s+|just\s+|only\s+|barely\s+)?(?P<then>\d{1,2})\s+when\s+")
# the words of the "when" clause up to its date: no comma, no full stop, so the date is the clause's own
_CLAUSE_WORDS = regex.compile(r"[^,.;:\n()\"“”]{0,90}\Z")


def ages_then_and_now(story: Story, hit) -> list[Hit]:
    """The hits for an age now the years since its own "who was N when ... <date>" cannot bridge. `hit` is the
    date check's hit builder."""
    published = story.doc.publication_date
    prose = story.doc.prose
    if published is None or "who was" not in prose:
        return []
    found = []
    for m in _THEN_AND_NOW.finditer(prose, story.doc.body_start):
        now = int(m.group("now") or m.group("now2"))
        then = int(m.group("then"))
        s1 = story.doc.sentence_at(m.start())[1]
        date = _clause_date(story, m.end(), s1)
        if date is None or not 10 <= now <= 110 or then >= now:
            continue
        possible = _ages_now(then, date, published)
        if possible is None or now in possible:
            continue
        at = m.start("now") if m.group("now") else m.start("now2")
        span = Span(at, m.end("now") if m.group("now") else m.end("now2"))
        if m.group("now"):
            span = Span(at, prose.index("-year-old", at) + len("-year-old"))
        low, high = min(possible), max(possible)
        told = story.text_of(date.span)
        on = "on" if date.kind == "date" and date.resolution == "day" else "in"
        ages = f"{low} or {high}" if high == low + 1 else (str(low) if low == high else f"{low} to {high}")
        problem = f"someone who was {then} {on} {told} would be {ages} on {published.isoformat()}, not {now}"
        found.append(hit(span, prose[span.start:span.end], str(low), None,
                         {"age_then": then, "moment": told, "published": published.isoformat(),
                          "possible_ages": sorted(possible)}, problem, related=(date.span,)))
    return found


def _clause_date(story: Story, start: int, s1: int) -> Quantity | None:
    """The first date or year in the "when" clause, written before any comma of the clause's own."""
    for q in story.quantities:
        if q.start < start:
            continue
        if q.start >= s1 or not _CLAUSE_WORDS.fullmatch(story.doc.prose, start, q.start):
            return None
        if date_things.year_of(q) is not None and story.doc.prose[q.end:q.end + 1] != "s":
            return q        # (not "the 1990s")
        if q.kind != "weekday":
            return None     # another figure first ("when he scored 40 goals in 2010"): not a plain dated moment
    return None


def _ages_now(then: int, q: Quantity, published: dt.date) -> set[int] | None:
    """The ages at publication of someone `then` years old at the moment `q` dates. A day gives the years between
    exactly; a month or a year leaves the moment anywhere in it, so the years between anywhere in that span. Each
    way, a birthday may fall in the last part year: `then` plus the whole years between, or one more."""
    year, month = date_things.year_of(q)
    if q.kind == "date" and q.resolution == "day":
        d = q.date
        if d > published:
            return None
        shortest = longest = published.year - d.year - ((published.month, published.day) < (d.month, d.day))
    elif month is not None:
        months = (published.year - year) * 12 + published.month - month
        if months < 0:
            return None
        shortest, longest = max(0, months - 1) // 12, (months + 1) // 12
    else:
        if year > published.year:
            return None
        shortest, longest = max(0, published.year - year - 1), published.year - year
    return set(range(then + shortest, then + longest + 2))
