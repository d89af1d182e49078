"""A recorded event named, then when it was held: "The Beijing Olympics were held in 2012", "the PyeongChang Winter
Olympics in 2014", "the Rugby World Cup, which took place in 2015".

A name that is the event's own (events.csv names and aliases, read by `_mentions`) followed in its clause by the
verb of its happening and "in" or "on", or by "in" alone where a verb before the name takes the event as its
object ("hosted the ... in 2014"), dates that event: the date is held to the record as if it
were written beside the name. Only a name read as the event's (not a kind, not a noun referring back), and only
where nothing stands between the name and the date but those words.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Mention

# what may stand between the name and its date: "were held in", ", which took place in", "in", "staged in"
_HELD_GAP = regex.compile(
    r"\A(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|have\s+been)\s+)?"
    r"(?:held|staged|played|hosted|contested|took\s+place)\s+"
    r"(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?\Z", regex.I)
# "in" alone dates the event only after a verb that has the event as its object: "the province that hosted the
# PyeongChang Winter Olympics in 2014" (not "compensation for the ... Olympics in 2021", a date of the compensation)
_BARE_IN = regex.compile(r"\A\s+in\s+(?:(?:early|late|mid-?)\s*)?\Z", regex.I)
_HOSTED_BEFORE = regex.compile(r"(?<![\p{L}])(?:hosted|staged|held|won|attended|boycotted|co-hosted)\s+(?:the\s+)?\Z",
                               regex.I)


def held_in(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The event named right before the date with only the verb of its happening between."""
    from .reference import _mentions
    prose = story.doc.prose
    before = [m for m in _mentions(story, s0, s1) if m.by_name and not m.loose and m.end <= start]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    gap = prose[last.end:start]
    if not (_HELD_GAP.match(gap) or _BARE_IN.match(gap) and _HOSTED_BEFORE.search(prose, max(s0, last.start - 30),
                                                                                  last.start)):
        return None
    return last, "during", False     # the words between say the date is the event's own, not a thing done about it
