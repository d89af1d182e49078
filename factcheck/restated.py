"""An amount restated in another currency at the start of the next sentence.

"The ministry will seek ¥120 billion in next year's budget. The money, roughly $770 million, would be spread
over five years." The conversion is a pair like "¥120 billion ($770 million)" split across a sentence break:
the second sentence opens by naming the first amount again ("the money", "the sum", "that") and gives it in
another currency as an aside. Read as a pair only where nothing else can be meant:

* the restating sentence opens with words that refer back to the amount itself, and the other currency
  follows at once: set off by commas after a noun ("The money, roughly $770 million, ...", not "the
  package, worth ...", which may be another package), or as the whole predicate ("That is about $770m");
* the sentence before holds exactly one amount, in another currency (two amounts: which one is restated?).
"""
from __future__ import annotations

import bisect

import regex

from .claims import Pair     # claims imports this module only inside a function, so this is no cycle
from .model import Quantity
from .ruletypes.base import Story

# "The money, roughly", "The sum, equivalent to", "That is about", "This works out to". Only nouns that name
# the amount itself: "the package, worth $500m" may be another package than the sum spent before.
_RESTATING = regex.compile(
    r"(?:(?P<noun>(?:The|This|That|Such\s+a)\s+(?:money|sum|amount|figure|total)\s*,\s*(?:equal\s+to\s+|"
    r"equivalent\s+to\s+|or\s+)?)"
    r"|(?:That|This|It)\s+(?:is|was|comes\s+to|came\s+to|works\s+out\s+(?:to|at)|amounts\s+to|amounted\s+to)\s+"
    r"(?:equal\s+to\s+|equivalent\s+to\s+)?)"
    r"(?:(?:roughly|about|around|some|nearly|almost|approximately|just\s+over|just\s+under)\s+)?\Z")
# After an aside opened by a noun: a comma, a dash or the sentence's end ("The money, roughly $770m, would").
_ASIDE_END = regex.compile(r"\s*(?:,|[—–]|\s-\s|\.|;|\Z)")


def restated_pairs(story: Story, ordered: list[Quantity], starts: list[int]):
    """Pairs (first amount, its restatement) across a sentence break; see the module doc."""
    prose = story.doc.prose
    sentences = story.doc.sentences()
    for before, (s0, s1) in zip(sentences, sentences[1:]):
        restated = _opening_amount(prose, ordered, starts, s0, s1)
        if restated is None:
            continue
        amounts = _amounts(ordered, starts, *before)
        if len(amounts) != 1 or amounts[0].unit == restated.unit or not amounts[0].unit:
            continue
        yield Pair(amounts[0], restated, "restated")


def _amounts(ordered: list[Quantity], starts: list[int], s0: int, s1: int) -> list[Quantity]:
    lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
    return [q for q in ordered[lo:hi] if q.kind == "money" and q.value and q.end <= s1]


def _opening_amount(prose: str, ordered: list[Quantity], starts: list[int], s0: int, s1: int) -> Quantity | None:
    """The amount that opens a sentence as a restatement ("The money, roughly $770 million,"), or None."""
    lo = bisect.bisect_left(starts, s0)
    if lo >= len(ordered):
        return None
    q = ordered[lo]
    if q.kind != "money" or not q.value or not q.unit or q.end > s1 or q.start - s0 > 60:
        return None
    opening = prose[s0:q.start].lstrip(" \n\"“‘'")
    m = _RESTATING.match(opening)
    if m is None or m.group("noun") and not _ASIDE_END.match(prose, q.end):
        return None
    return q
