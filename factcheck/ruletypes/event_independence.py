"""A state told winning its independence, with the year in the same clause.

A state becomes independent once, so "Ghana, which in 1957 became the first country south of the Sahara to win
independence from Britain" and "Nigeria gained its independence from Britain in 1960" tell its recorded
independence as surely as its name would ("Ghana's independence"), though the words of the name are spread
around the year. The state is the clause's subject, written by its name; the verb wins, gains or achieves
independence; the year stands between the subject and the verb ("which in 1957 became ...") or right after
"independence (from X)" ("... in 1957"). The year read so is held to the record like a date written onto the
name (events.csv, kind "independence", the state its first participant).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions

if TYPE_CHECKING:
    from .base import Story
    from .reference import Mention

_YEAR = r"(?:1[89]|20)\d\d"
# "<State>, which in 1957 became the first ... to win independence", "<State> gained its independence from Britain in"
_WON_INDEPENDENCE = regex.compile(
    r"(?P<state>\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,3})"
    r"(?:,\s+which|\s+(?:first|finally|eventually)?)\s*(?:in\s+(?P<year>" + _YEAR + r"),?\s+)?"
    r"(?:became\s+(?:the\s+first\s+[^,;.()]{1,60}?\s+)?to\s+(?:win|gain|achieve|secure|attain)|"
    r"(?:won|gained|achieved|secured|attained))"
    r"\s+(?:its\s+|their\s+)?independence"
    r"(?:\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?"
    r"(?:\s+in\s+(?P<after>" + _YEAR + r")(?![\d\p{L}]))?")


def independence_won(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The recorded independence of the state a clause tells winning it, for a year alone written in that clause:
    as (mention by name, "during", False)."""
    year, month, _ = stated
    if year is None or month is not None:
        return None
    prose = story.doc.prose
    if "independence" not in prose[s0:s1].lower():
        return None
    for m in _WON_INDEPENDENCE.finditer(prose, s0, s1):
        at = m.start("year") if m.group("year") else m.start("after") if m.group("after") else -1
        if at != q.start:
            continue
        codes = [c.code for c in story_mentions(story).within(m.start("state"), m.end("state"))]
        if len(set(codes)) != 1:
            return None
        event = _independence_of(story, codes[0])
        if event is None:
            return None
        from . import reference     # (imported here: reference imports this module)
        return reference.Mention(event, m.start("state"), m.end(), True), "during", False
    return None


def _independence_of(story: "Story", code: str):
    """The recorded independence whose state (first participant) is `code`."""
    from .reference import _events
    events, _ = _events(str(story.data.folder))
    found = [e for e in events if e.row.get("kind") == "independence"
             and (e.row.get("participants") or "").split("|")[0].strip() == code]
    return found[0] if len(found) == 1 else None
