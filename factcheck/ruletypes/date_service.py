"""date_service: a working life longer than the calendar allows ("opened in 1962 ... after 67 years of service").

A thing its sentence dates coming to be ("The old bridge, opened in 1962, will be closed ... after 67 years of
service") that closes, retires or is replaced "after N years of service" has served from that year to its end.
When the end is not dated, it may have come any time since (the mill "shut after 30 years of production" may have
shut long ago), so only a count too long is a slip: more years than lie between the beginning and the latest moment
the story speaks of (its publication, or a later year it gives, such as the year a replacement is due). A sentence
that looks ahead ("will be closed") may mean an end a few years off the story does not date: it is given three
more years.
"""
from __future__ import annotations

import regex

from ..model import Quantity, Span
from . import date_things
from .base import Hit, Rule, Story

# "after 67 years of service", "following nearly 40 years in operation": the count ends a working life
_AFTER_BEFORE = regex.compile(r"(?<![\p{L}])(?:after|following)\s+\Z", regex.I)
_OF_SERVICE = regex.compile(r"\s+(?:of\s+(?:service|operations?|use|production|trading|running)|"
                            r"in\s+(?:service|operation|use))(?![\p{L}])", regex.I)
# a sentence that speaks of an end still to come
_LOOKS_AHEAD = regex.compile(r"(?<![\p{L}'’])(?:will|would|is\s+to|are\s+to|to\s+be|due\s+to|once|until|set\s+to|"
                             r"plans?\s+to|planned)(?![\p{L}])", regex.I)
FUTURE_SLACK = 3


def service_too_long(q: Quantity, story: Story, rule: Rule, hit) -> Hit | None:
    """The hit for "after N years of service" longer than its sentence's dated beginning allows, else None.
    `hit` is the date check's hit builder (its message fields)."""
    published = story.doc.publication_date
    prose = story.doc.prose
    if published is None or q.unit != "year" or q.value is None or (
            q.low is not None and q.high is not None and q.low != q.high):
        return None
    start = date_things._count_start(prose, q)
    if not _AFTER_BEFORE.search(prose, max(0, start - 12), start) or not _OF_SERVICE.match(prose, q.end):
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    years = [p for p in story.quantities if s0 <= p.start < s1 and date_things.year_of(p)]
    things = [t for t in date_things.thing_years(story) if s0 <= t.q.start < s1]
    if len(years) != 1 or len(things) != 1 or things[0].q is not years[0] or years[0].end > q.start \
            or things[0].again:
        return None     # only the sentence's one dated beginning, told before the count (not "rebuilt in")
    began = things[0]
    later = [w[0] for p in story.quantities if (w := date_things.year_of(p)) and p.start >= story.doc.body_start]
    latest = max([published.year, *later])
    tol = rule.options["years_tolerance"] + (1 if q.hedge else 0)
    if _LOOKS_AHEAD.search(prose, s0, s1):
        tol += FUTURE_SLACK
    most = latest - began.year
    if q.value <= most + tol:
        return None
    computed = published.year - began.year
    problem = (f"{story.text_of(began.q.span)}, when the sentence says it began, was {computed} years before "
               f"publication ({published.isoformat()}) and {most} before {latest}, the latest year the story speaks "
               f"of; it cannot have served {q.value:g} years")
    return hit(Span(q.start, q.end), story.text_of(q.span), f"{computed} years", None,
               {"year": began.year, "published": published.isoformat(), "latest_year": latest,
                "stated_years": q.value}, problem, related=(began.q.span,))
