"""date_closing: a place that "will close after N years" has been open since the year the story gave it.

"Trustees voted to shut the school, which opened in 1958. The school will close after 53 years ..." in a story of
May 2021: a closing still to come (or coming now) ends a life that began in the one year the story gives for that
thing's opening, so the count is that year to the closing, 63. Unlike "after N years of service" (date_service),
whose end may lie long ago, a closing told in the present or the future ends about now: a count too short is a
slip as much as one too long.

We speak only when the closing's subject is a definite thing of a kind the story gave exactly one beginning for (no
reopening, rebuilding, second one of its kind, or year of a thing it does not name), the count is not hedged, and nothing says the years are of a part
of its life ("after 40 years at its present site", "after 20 years under the same head").
"""
from __future__ import annotations

import regex

from ..model import Quantity, Span
from . import date_things
from .base import Hit, Rule, Story

# "The school will close after", "the mill is to shut its doors for good after", "the library closes after": a
# closing now or to come; not "closed after" (a past closing may be long ago)
_CLOSING_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:the|this|its|our)\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<head>\p{Ll}[\p{Ll}-]+)\s+"
    # ("shut" alone is as likely past as present: only after "will", "is to" or "is")
    r"(?:(?:will|is\s+(?:to|set\s+to|due\s+to|scheduled\s+to|expected\s+to)|is)\s*"
    r"(?:close|closes|closing|shut|shuts|shutting)|close|closes|closing|shuts|shutting)(?:\s+down)?(?:\s+its\s+doors)?(?:\s+(?:for\s+good|permanently))?"
    r"\s+after\s+\Z", regex.I)
# years of a part of its life only: "after 40 years at its present site", "after 53 years under one roof"
_PART_OF_LIFE = regex.compile(r"\s+(?:at|in|on|under|with)\s+(?:its|the|their|this|that)\s+(?:current|present|"
                              r"new|latest|existing|same|last)\b|\s+(?:there|here|of)\b",
                              regex.I)
_HEDGED = regex.compile(r"(?:about|around|nearly|almost|some|over|more\s+than|just|roughly|close\s+to|less\s+than|"
                        r"under)\s+\Z", regex.I)


def closing_count_off(q: Quantity, story: Story, rule: Rule, hit) -> Hit | None:
    """The hit for "<the thing> will close after N years" that does not fit the one year the story gave for that
    thing opening, else None. `hit` is the date check's hit builder."""
    published = story.doc.publication_date
    prose = story.doc.prose
    if published is None or q.unit != "year" or q.value is None or q.hedge or (
            q.low is not None and q.high is not None and q.low != q.high):
        return None
    s0, _ = story.doc.sentence_at(q.start)
    closing = _CLOSING_BEFORE.search(prose, max(s0, q.start - 80), q.start)
    if closing is None or _HEDGED.search(prose, max(s0, q.start - 15), q.start) or _PART_OF_LIFE.match(prose, q.end):
        return None
    kind = date_things._kind(closing.group("head"))
    if kind not in date_things._KIND_NAMES:
        return None
    own = [t for t in date_things.thing_years(story) if t.kind in (kind, "")]
    if len(own) != 1 or own[0].kind != kind or own[0].again or own[0].year >= published.year:
        return None     # two beginnings (built, then reopened): which the count is from is not ours to guess
    began = own[0]
    later = [w[0] for p in story.quantities if (w := date_things.year_of(p)) and p.start >= story.doc.body_start
             and w[0] >= published.year]
    closes_by = max([published.year, *later])
    tol = rule.options["years_tolerance"]
    if published.year - began.year - tol <= q.value <= closes_by - began.year + tol:
        return None
    computed = published.year - began.year
    problem = (f"a {closing.group('head')} that opened in {began.year} and closes in or after {published.year} has "
               f"been open about {computed} years, not {q.value:g}")
    return hit(Span(q.start, q.end), story.text_of(q.span), f"{computed} years", None,
               {"year": began.year, "published": published.isoformat(), "stated_years": q.value}, problem,
               related=(began.q.span,))
