"""consistency_digits: a figure referred back to with its digits in another order.

"The number waiting rose to 4,870 ... 'Clearing the backlog of 4,780 patients will take ...'"; "Beira handled 4.2
million tonnes of cargo ... the port's 2.4 million tonnes"; "64 aircraft ... its 46 aircraft"; "by 1,847 votes
... Vargas's 1,487-vote margin". A transposition is the commonest typing slip, and a figure said again with the
same digits in another order is rarely a second, different figure. The signals, not a sentence frame:

* two figures of one measure (money in one currency and scale, one physical unit, or counts), in different
  sentences, whose digits are the same in another order;
* the later one referred back: "the", "its", "their", a possessive ("the port's", "Vargas's") or "all"
  a few words before it;
* no word of change, share or another time beside the later one ("rose to", "of the", "last year");
* a two-digit pair of counts ("64" and "46") only with the same word after both ("aircraft"): two-digit
  transpositions happen by chance.

FC405 reads the same slip with a head noun on both sides; this is a second reading and gives way to it.
"""
from __future__ import annotations

import re
from typing import ClassVar, Iterator, Mapping

import regex

from ..claims import is_year_like
from ..model import Quantity, Span
from .base import Hit, Option, Rule, Story

_DIGITS = re.compile(r"\d")
# the referring word governs the figure: at most one word between, and no preposition or verb after it ("the
# backlog of 4,780", "the port's 2.4 million", "its 46"; not "the leading run-getter with 412")
_REFERRED = regex.compile(r"(?<![\p{L}])(?:the|its|their|his|her|all|those|these|[\p{L}]+['’]s)\s+"
                          r"(?:(?!(?:with|by|in|at|for|on|to|from|of|was|were|is|are|had|has|paid|won|took|got)\b)"
                          r"[\p{L}-]+\s+)?(?:of\s+)?\Z", regex.I)
# a figure compared with, or of another time ("compared with the figure of $2.82b for FY21")
_COMPARED = regex.compile(r"(?<![\p{L}])(?:compared|against|versus|than|whereabouts)(?![\p{L}])", regex.I)
_OTHER_TIME_AFTER = regex.compile(r"\A[^.;]{0,20}?(?<![\p{L}])(?:for\s+FY|in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+"
                                  r"(?:earlier|ago|before)|the\s+(?:previous|year\s+before))", regex.I)
_NOT_THE_SAME = regex.compile(r"(?<![\p{L}])(?:rose|risen|fell|fallen|up|down|from|to|of\s+the|another|further|"
                              r"more|extra|additional|next|last|previous|earlier|before|after|since|per|each|every|"
                              r"average|new|target|forecast|expected|planned)\s+(?:[\p{L}-]+\s+){0,1}?\Z", regex.I)
_WORD_AFTER = regex.compile(r"[\s-]*(?P<w>[\p{L}]+)")


def _digits(q: Quantity) -> str:
    s, e = q.number_span or (q.start, q.end)
    return "".join(_DIGITS.findall(q.text[s - q.start:e - q.start] if q.start <= s <= e <= q.end else q.text))


def _alike(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "number", "physical"):
        return False
    if a.kind in ("money", "physical") and a.unit != b.unit:
        return False
    return True


class DigitsInAnotherOrder:
    name: ClassVar[str] = "consistency_digits"
    category: ClassVar[str] = "consistency"
    second_reading: ClassVar[bool] = True
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[tuple[str, ...]] = ("stated", "earlier")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        doc = story.doc
        prose = doc.prose
        figures = [q for q in story.quantities if q.start >= doc.body_start and q.value and not is_year_like(q)
                   and q.kind in ("money", "number", "physical") and (q.low is None or q.low == q.value)
                   and (q.high is None or q.high == q.value) and not q.hedge]
        keyed = [(q, _digits(q)) for q in figures]
        for j, (later, dl) in enumerate(keyed):
            if len(dl) < 2 or len(set(dl)) < 2:
                continue
            s0, _ = doc.sentence_at(later.start)
            lead = prose[max(s0, later.start - 40):later.start]
            if not _REFERRED.search(lead) or _NOT_THE_SAME.search(lead) or _COMPARED.search(lead) \
                    or _OTHER_TIME_AFTER.match(prose, later.end):
                continue
            for earlier, de in keyed[:j]:
                if earlier.start >= s0 or de == dl or sorted(de) != sorted(dl) or not _alike(earlier, later):
                    continue
                if abs(earlier.value / later.value) > 10 or abs(later.value / earlier.value) > 10:
                    continue    # another scale: not one figure typed twice
                if len(dl) == 2 and later.kind == "number" and not _same_word_after(prose, earlier, later):
                    continue
                if any(d == dl for _, d in keyed[:j]):
                    break       # the later value was given before as itself: a second figure, not a slip
                yield Hit(span=Span(later.start, later.end),
                          fields={"stated": later.text, "earlier": earlier.text},
                          evidence={"earlier": earlier.text, "later": later.text},
                          suggestion=f"Check which is right: {earlier.text} earlier, {later.text} here "
                                     f"(the same digits in another order).",
                          related=(Span(earlier.start, earlier.end),))
                break


def _same_word_after(prose: str, a: Quantity, b: Quantity) -> bool:
    wa, wb = _WORD_AFTER.match(prose, a.end), _WORD_AFTER.match(prose, b.end)
    return bool(wa and wb and wa["w"].lower().rstrip("s") == wb["w"].lower().rstrip("s"))


RULE_TYPE = DigitsInAnotherOrder()
