"""A crowd larger than its ground (FC213).

A match, a final or a concert at a named ground cannot draw more people than the ground holds: "in front of
188,966 fans at Lusail Stadium" is more than twice the 88,966 the stadium seats. Grounds are read from
rules/tables/stadiums.csv (each ground's most, seated or in its biggest layout, from its operator or the
tournament's report); only grounds with no older, bigger ground of the same name are listed, so an old record
crowd is never held to a new ground's seats.

The figure is a head count written as a crowd ("88,966 fans", "a crowd of 60,000", "an attendance of",
"in front of 70,000"), its sentence names one listed ground, and nothing makes it a sum of several matches or
people elsewhere (a tournament's or season's total, television viewers, fans in the streets or a fan zone).
Flagged above `crowd_factor` times the ground's most (standing room on the pitch at a concert adds some); a
slipped digit or zero that lands within it is suggested.
"""
from __future__ import annotations

import functools

import regex

from .. import slips
from ..model import Span
from ..tables import Row
from .base import Hit, Rule, Story

# slack over the ground's most for standing room at a concert or a count that takes in staff and press
CROWD_FACTOR = 1.5

# a head count written as a crowd: the noun right after the figure, or a crowd word right before it
_CROWD_AFTER = regex.compile(r"\A[\s-]*(?:(?:cheering|flag-waving|screaming|travelling|home|away|local|"
                             r"jubilant|delirious|sell-out|capacity)\s+)?(?:fans|spectators|supporters|"
                             r"people|onlookers|attendees|ticket[\s-]holders|crowd)(?![\p{L}])", regex.I)
_CROWD_BEFORE = regex.compile(r"(?<![\p{L}])(?:crowd\s+of|attendance\s+of|in\s+front\s+of|watched\s+by|"
                              r"attended\s+by|before\s+a\s+(?:sell-out\s+|capacity\s+)?crowd\s+of|"
                              r"a\s+(?:sell-out\s+|capacity\s+|record\s+)?crowd\s+of)\s+"
                              r"(?:(?:a|an|some|about|around|nearly|almost|roughly|over|more\s+than|"
                              r"an\s+estimated|a\s+record)\s+)?\Z", regex.I)
# a sum of several matches, or people who were not in the ground
_ELSEWHERE = regex.compile(
    r"(?<![\p{L}])(?:across|tournament|season|total|in\s+all|altogether|combined|cumulative\w*|aggregate|"
    r"matches|games|fixtures|since|viewers|viewership|audience|television|TV|televised|broadcast|streamed|"
    r"streaming|online|screens?|fan\s+(?:zone|zones|park|parks|festival)|streets|outside|lined|parade|"
    r"applications|applied|requests|tickets\s+sold\s+for|registered|queued|"
    # visitors to the country or the city over weeks: a tournament's, not one match's
    r"into|country|city|visitors|tourists|arrivals|days|weeks|months|overall)(?![\p{L}])", regex.I)


@functools.lru_cache(maxsize=8)
def _grounds(folder: str) -> tuple[regex.Pattern | None, dict[str, Row]]:
    from ..tables import reference_data
    names: dict[str, Row] = {}
    for row in reference_data(folder).stadiums:
        for name in [row["name"]] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]:
            names[name.lower()] = row
    if not names:
        return None, {}
    words = sorted(names, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}])",
                         regex.I), names


def crowd_beyond_ground(rule: Rule, story: Story):
    pattern, names = _grounds(str(story.data.folder))
    if pattern is None:
        return
    prose = story.doc.prose
    for q in story.quantities:
        if q.kind != "number" or q.unit is not None or not q.value or q.value < 1000 or q.low is not None:
            continue
        after = _CROWD_AFTER.match(prose[q.end:q.end + 40])
        before = _CROWD_BEFORE.search(prose, max(0, q.start - 50), q.start)
        if after is None and before is None:
            continue
        s0, s1 = story.doc.sentence_at(q.start)
        grounds = {names[m.group().lower()]["name"]: names[m.group().lower()]
                   for m in pattern.finditer(prose[s0:s1])}
        if len(grounds) != 1 or _ELSEWHERE.search(prose[s0:s1]):
            continue
        row = next(iter(grounds.values()))
        most = row.number("capacity")
        if most is None or q.value <= most * CROWD_FACTOR:
            continue
        end = q.end + (after.end() if after else 0)
        yield _hit(story, q, Span(q.start, end), row, most)


def _hit(story: Story, q, span: Span, row: Row, most: float) -> Hit:
    figure = story.text_of(span)
    reference = f"{row['name']} holds at most about {slips.number(most, 6)} ({row.source}, {row.as_of})"
    scaled = _slipped(q.value, most)
    advice = (f"A slipped digit or zero? Did you mean {slips.number(scaled, 6)}?" if scaled is not None
              else "Check the figure.")
    detail = f"{figure} is more people than the ground can hold: {reference}"
    return Hit(span=span, fields={
        "figure": figure, "detail": detail, "reference": reference, "advice": advice,
        "suggestion": slips.number(scaled, 6) if scaled is not None else None, "slip": "magnitude" if scaled else None,
        "subject": f"the crowd at {row['name']}", "countries": row["iso2"],
    }, evidence={"subject": "crowd", "figure": q.value, "capacity": most, "ground": row["name"],
                 "table": [row.citation()]}, suggestion=slips.number(scaled, 6) if scaled is not None else None)


def _slipped(value: float, most: float) -> float | None:
    """The figure with a zero too many, or its leading digit dropped, if that fits the ground."""
    for meant in (value / 10, value / 100):
        if most * 0.3 <= meant <= most:
            return meant
    digits = str(int(value))
    if len(digits) > 1:
        rest = float(digits[1:])
        if most * 0.3 <= rest <= most:
            return rest
    return None
