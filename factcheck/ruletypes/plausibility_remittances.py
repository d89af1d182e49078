"""Remittances larger than the whole economy of the country they flow into (FC203).

Money sent home by a country's people abroad is a part of what its households spend, never more than the whole
economy: even where remittances weigh most (Tonga, Tajikistan, Lebanon) they are under half of GDP. So "Money sent
home by Filipinos abroad rose to a record $3.72 trillion last year" is a scale slip when the Philippine economy is
about $440bn. The amount must follow the remittance words in its own clause, with no other money between (the
amount is theirs), and be one year's or less: a sum since some year, a cumulative total or a target is not read.
Whose economy: the countries the sentence names (by name or people, "Filipinos"), the largest of them, else the
story's own country when the story is about it. A sentence about the world's or a region's remittances
("remittances to low- and middle-income countries") is none of these.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

import regex

from ..entities import story_mentions
from ..model import Quantity
from .base import Hit, Story

# the remittance words the amount follows: "remittances rose to", "money sent home by Filipinos ... rose to"
_REMITTED = regex.compile(r"(?<![\p{L}])(?:remittances?|remitted|money\s+sent\s+home|sent\s+home|"
                          r"inflows?\s+from\s+(?:workers|migrants|nationals|citizens)\s+abroad)(?![\p{L}])", regex.I)
# a sum over years, a target or a forecast, or a clause of its own between the words and the amount
_NOT_ONE_YEAR = regex.compile(
    r"(?<![\p{L}])(?:since|years|decades?|cumulative\w*|combined|in\s+total|altogether|so\s+far|to\s+date|"
    r"by\s+(?:19|20)\d\d|target\w*|aims?|expects?|expected|forecasts?|projected|could|would|will|while|whereas|"
    r"but|which|compared)(?![\p{L}])", regex.I)
# the world's, a region's or a group's remittances, not one country's
_NOT_ONE_COUNTRY = regex.compile(
    r"(?<![\p{L}])(?:global\w*|world\w*|countries|economies|nations|regions?|regional|continent\w*|bloc|"
    r"Africa|Asia|Latin\s+America|Middle\s+East|Europe|Caribbean|Pacific)(?![\p{L}])", regex.I)
_CLAUSE_END = regex.compile(r"[;:()\u2014\u2013]|\s-\s")


def remittances_beyond_economy(story: Story) -> Iterator[Hit]:
    from .plausibility_economy import economy_sized_amounts
    for q, published in economy_sized_amounts(story, ("remit", "sent home")):
        hit = _remittance_hit(story, q, published)
        if hit is not None:
            yield hit


def _remittance_hit(story: Story, q: Quantity, published: dt.date) -> Hit | None:
    from .plausibility_economy import beyond_economy_hit
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    said = list(_REMITTED.finditer(prose, max(s0, q.start - 200), q.start))
    if not said:
        return None
    between = prose[said[-1].end():q.start]
    if _CLAUSE_END.search(between) or _NOT_ONE_YEAR.search(between) or _NOT_ONE_COUNTRY.search(prose, s0, s1):
        return None
    if any(p.kind == "money" and said[-1].end() <= p.start < q.start for p in story.quantities):
        return None     # another amount nearer the words is theirs
    right = prose[q.end:s1]
    own_right = right[:m.start()] if (m := regex.search(r"[,;:()]", right)) else right
    if _NOT_ONE_YEAR.search(own_right):
        return None
    named = {x.code for x in story_mentions(story).named_within(s0, s1)}
    return beyond_economy_hit(
        story, q, published, named, subject="remittances", said="in remittances is more than a whole economy",
        why="money sent home by a country's people abroad is a part of its economy, nowhere as much as half of it",
        advice="A scale slip (trillion for billion)? Check the figure.")
