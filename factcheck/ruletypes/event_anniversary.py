"""A year told as an anniversary's: "on Sept. 19, 2017, the anniversary of the devastating 1987 earthquake".

A day that is an anniversary of an event is that event's own day and month: the sentence says the earlier event
struck on the same 19 September, only in the year written before its noun. A sub-editor reads "the anniversary
of the 1987 earthquake" beside "Sept. 19" as a quake on 19 September 1987, and knows Mexico City's was in 1985.
So the bare year takes the day and month of the date the anniversary stands in apposition to, and is then held to
the record like any full date ("the September 19, 1987 earthquake").
"""
from __future__ import annotations

import calendar

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ..model import Quantity
    from .base import Story

# from the day to the year: ", the anniversary of the devastating ", ", the 32nd anniversary of a "
_ANNIVERSARY_OF = regex.compile(r"\A\s*,\s+(?:on\s+)?(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|[\p{L}-]+)\s+)?anniversary\s+of\s+"
                                r"(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}\Z", regex.I)


def anniversary_day(story: "Story", q: "Quantity", stated: tuple) -> tuple | None:
    """(start, year, month, day) for a bare year after "<day and month>, the anniversary of the"; None otherwise."""
    start, year, month, day = stated
    if month is not None or year is None or "anniversary" not in story.doc.prose[max(0, q.start - 80):q.start]:
        return None
    s0, _ = story.doc.sentence_at(q.start)
    prose = story.doc.prose
    for d in story.quantities:
        if d.kind != "date" or d.resolution != "day" or d.date is None or not (s0 <= d.start and d.end <= q.start):
            continue
        if _ANNIVERSARY_OF.match(prose[d.end:q.start]):
            if (d.date.month, d.date.day) == (2, 29) and not calendar.isleap(year):
                return None     # ("Feb. 29, 2024, the anniversary of the 1985 earthquake": no such day in 1985)
            return start, year, d.date.month, d.date.day
    return None
