"""date_then: an age now beside an age then ("Kenji Ota, 83, who rode the first train as a 17-year-old").

A person given an age at publication and, in the same breath, an age at a dated moment has aged by the years
between: someone who was 17 when the line opened on 1 October 1964 is 77 on 1 October 2024, not 83. The moment is
a year or date in the clause that gives the age then ("who was 17 when the line opened in 1964"), or, in a story
pegged to an anniversary, the day it marks, when the clause speaks of that day's event ("the first train", "the
opening", "that day") and the story gives the one past date of the publication's month and day.

We speak only for a named person whose two ages stand in one sentence, joined by "who"; an age then at a moment
the words do not date ("who joined the railway at 17") says nothing of the calendar.
"""
from __future__ import annotations

import datetime as dt

import regex

from ..model import Span
from . import date_then_told, date_things
from .base import Hit, Story

# "Kenji Ota, 83, who rode the first train as a 17-year-old", "Ana Ruiz, 71, who was 12 when ...", "..., who
# joined at the age of 19 in 1972"
_NOW_THEN = regex.compile(
    r"(?<=\p{Lu}[\p{L}'’.-]+),\s+(?P<now>\d{1,3}),\s+who\s+(?P<clause>[^.;:!?()\"“”]{0,120}?)"
    # ("at 10 Downing Street", "at 9 minutes": an address or a time, not an age)
    r"(?:\s+as\s+an?\s+(?P<then>\d{1,2})-year-old\b|\s+at\s+(?:the\s+age\s+of\s+)?(?P<then2>\d{1,2})"
    r"(?![\d\p{L}%,.])(?!\s+(?:\p{Lu}|minutes?|mins?|seconds?|hours?|km|kg|miles?|metres?|meters?|per\b|[ap]\.?m\b))"
    r"|\s+aged\s+(?P<then3>\d{1,2})(?![\d\p{L}])|(?<=\bwas)\s+(?P<then4>\d{1,2})(?=\s+when\b))"
    r"(?P<rest>[^.;:!?()\"“”]{0,80})")
# someone else's age in the clause: "who said her son died at 17", "whose daughter was 12 when"
_ANOTHER_PERSON = regex.compile(r"(?<![\p{L}])(?:his|her|their|whose)\s+(?:[\p{Ll}-]+\s+)?(?:son|daughter|child|"
                                r"children|mother|father|wife|husband|brother|sister|grandson|granddaughter|"
                                r"grandmother|grandfather|friend|partner|team|side|club)s?\b|\p{L}['’]s\s", regex.I)
# where the age then's own phrase ends: another verb's phrase ("left school at 16 and set up the firm in 2015")
_OWN_PHRASE_END = regex.compile(r",|;|\s(?:and|but|then|before|after|until|while)\s", regex.I)
# the day an anniversary story marks, spoken of again: "the first train", "the opening", "that day"
_MARKED_EVENT = regex.compile(r"(?<![\p{L}])(?:the\s+(?:first|inaugural|maiden|opening)|that\s+(?:day|night|morning)|"
                              r"the\s+(?:day|night)\s+it)(?![\p{L}])", regex.I)


def ages_then_and_now(story: Story, hit) -> list[Hit]:
    published = story.doc.publication_date
    prose = story.doc.prose
    found = []
    if published is None or "who" not in prose:
        return found
    for m in _NOW_THEN.finditer(prose, story.doc.body_start):
        if _ANOTHER_PERSON.search(m.group("clause")):
            continue
        now = int(m.group("now"))
        then = int(next(g for g in (m.group("then"), m.group("then2"), m.group("then3"), m.group("then4")) if g))
        moment = _moment(story, m)
        if moment is None or not 0 < then < now <= 120:
            continue
        when, exact = moment
        if exact:   # whole years since the day: a birthday in between or not
            years = published.year - when.year - ((published.month, published.day) < (when.month, when.day))
            possible = {then + years, then + years + 1}
        else:       # any day of the year: born early in one year or late in the next
            years = published.year - when.year
            possible = {then + years - 1, then + years, then + years + 1}
        if now in possible:
            continue
        computed = " or ".join(str(a) for a in sorted(possible))
        at = f"on {when.day} {when:%B} {when.year}" if exact else f"in {when.year}"
        span = Span(m.start("now"), m.end("now"))
        found.append(hit(span, m.group("now"), computed, None,
                         {"age_then": then, "then": when.isoformat(), "published": published.isoformat(),
                          "stated_age": now, "possible_ages": sorted(possible)},
                         f"someone {then} {at} would be {computed} on {published.isoformat()}, not {now}"))
    return found


def _moment(story: Story, m: regex.Match) -> tuple[dt.date, bool] | None:
    """When the age then was: (the date, whether its day is known), from a year in the clause or the anniversary
    day the story marks."""
    # (the year told in the age then's own phrase, up to another verb's: not "... at 16 and set up the firm in 2015";
    # a decade, "in the 1990s", dates nothing to the year)
    end = m.start("rest") + (e.start() if (e := _OWN_PHRASE_END.search(m.group("rest"))) else len(m.group("rest")))
    told = [p for p in story.quantities if m.start("clause") <= p.start < end and date_things.year_of(p)]
    if len(told) > 1 or any(m.string[p.end:p.end + 1] == "s" for p in told):
        return None
    if told:
        p = told[0]
        if p.kind == "date" and p.resolution == "day":
            return p.date, True
        return dt.date(date_things.year_of(p)[0], 7, 1), False
    if not _MARKED_EVENT.search(m.group("clause")):
        # "Karim, 60, who was 17 when those storms hit": the moment the sentence before dates
        return date_then_told.moment_told_before(story, story.doc.sentence_at(m.start())[0],
                                                 m.string[m.start("clause"):end])
    published = story.doc.publication_date
    marked = [p for p in story.quantities if p.kind == "date" and p.date is not None and p.year_given
              and p.resolution == "day" and (p.date.month, p.date.day) == (published.month, published.day)
              and p.date.year < published.year]
    if len({p.date for p in marked}) != 1:
        return None
    return marked[0].date, True
