"""An amount restated in another currency at the start of the next sentence.

"The ministry will seek ¥120 billion in next year's budget. The money, roughly $770 million, would be spread
over five years." The conversion is a pair like "¥120 billion ($770 million)" split across a sentence break:
the second sentence opens by naming the first amount again and gives it in another currency as an aside.
Read as a pair only where nothing else can be meant:

* the restating sentence opens with words that refer back: a noun phrase set off by commas whose aside says it
  is the same sum in other money ("The money, roughly $770 million, ...", "The joint package, equivalent to
  about $1.4bn, ..."), or the whole predicate ("That is about $770m", "In dollar terms, that is about $770m");
  "The grant amounts to about $4.8m" counts when the sentence says it converts ("At current rates") or the
  grant was written as one before;
* an aside that gives a value ("The deal, worth about $369m, ...") may be another thing's value: it is read
  as a restatement only when its head noun names an undertaking with a price (deal, grant, contract ...) and
  the amount before was written as such an undertaking's ("a £450m contract", "a grant of Rs500 million").
  "The state spent Rs 1,450 crore. The package, worth $500 million, ..." names no package before: silent;
* the sentence before holds one amount in another currency, or one headline amount with only much smaller
  ones beside it ("A$1bn ..., including grants of up to A$50,000"): with two of like size, which one?
"""
from __future__ import annotations

import bisect

import regex

from .claims import Pair     # claims imports this module only inside a function, so this is no cycle
from .model import Quantity
from .ruletypes.base import Story

# Nouns that name a sum of money, or an undertaking whose size is one: what "The deal, worth ..." can restate.
_PRICED = (
    r"money|sum|amount|figure|total|deal|contract|package|grant|loan|project|scheme|programme|program|plan|"
    r"bailout|fund|investment|award|settlement|fine|budget|allocation|order|purchase|acquisition|takeover|sale|"
    r"agreement|bid|offer|subsidy|payout|compensation|lifeline|facility|bond|tender|lease|deposit|donation|"
    r"pledge|aid|stimulus|injection|windfall|bill|cost|outlay|spending|expenditure|levy|dividend|bonus|prize|"
    r"purse|fee|deficit|debt|revenue|profit|loss|turnover|credit|financing|funding|transfer|relief|"
    r"allowance|payment|price|valuation|fundraising|round")
# An opening noun phrase: "The money", "The joint package", "This year's allocation", "Their new deal".
_NOUN_PHRASE = (r"(?:The|This|That|These|Its|Their|His|Her|Such\s+a)\s+(?:[\w'’-]+\s+){0,3}?"
                rf"(?P<head>{_PRICED})(?:e?s)?\s*(?:,|[—–]|\s-)\s*")
# Asides that say the same sum in other money, and asides that give a value.
_SAME_SUM = r"(?:equal\s+to|equivalent\s+to|or|roughly|about|around|some|approximately|nearly|almost)\s+"
_VALUE = r"(?:worth|valued\s+at|priced\s+at|amounting\s+to|totalling|totaling|of)\s+"
_HEDGE = r"(?:(?:roughly|about|around|some|nearly|almost|approximately|just\s+over|just\s+under|an\s+estimated)\s+)?"
# "In dollar terms,", "At current exchange rates,": the sentence says it converts.
_CONVERTING = (r"(?:(?:In|At)\s+(?:(?:US\s+)?dollar|sterling|euro|rupee|today's|current|present|the\s+current|"
               r"the\s+prevailing|prevailing)(?:\s+exchange)?\s+(?:terms|rates?|money)\s*,?\s*)")
# The predicates that equate: "is", "comes to", "works out at", "amounts to", "translates to", "is worth".
_EQUATES = (r"(?:is|was|'s|’s|comes\s+to|came\s+to|works\s+out\s+(?:to|at)|amounts\s+to|amounted\s+to|"
            r"translates\s+(?:in)?to|translated\s+(?:in)?to|converts\s+to|equals|is\s+worth|was\s+worth)")
_RESTATING = regex.compile(
    rf"(?:{_NOUN_PHRASE}(?:(?P<same>{_SAME_SUM})|{_VALUE})?{_HEDGE}"
    rf"|(?P<converting>{_CONVERTING})?(?:That|This|It|that|this|it)\s*{_EQUATES}\s+"
    rf"(?:equal\s+to\s+|equivalent\s+to\s+)?{_HEDGE}"
    # "The grant amounts to about $4.8m", "At current rates the grant is worth about $4.8m"
    rf"|(?P<converting2>{_CONVERTING})?(?:The|the|This|this|That|that|Its|its)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?P<subject>{_PRICED})(?:e?s)?\s+{_EQUATES}\s+{_HEDGE})\Z")
# After an aside opened by a noun: a comma, a dash or the sentence's end ("The money, roughly $770m, would").
_ASIDE_END = regex.compile(r"\s*(?:,|[—–]|\s-\s|\.|;|\)|\Z)")
# The sum itself, restated by any noun: "The money, roughly $770m" needs no antecedent.
_SUM_ITSELF = frozenset({"money", "sum", "amount", "figure", "total"})
# How an amount is written as an undertaking's: "a £450m contract", "a grant of Rs500 million", "deal worth £2bn".
_PRICED_AFTER = regex.compile(rf"(?i)\A\s*(?:[\w-]+\s+){{0,2}}?(?:{_PRICED})(?:e?s)?\b")
_PRICED_BEFORE = regex.compile(rf"(?i)\b(?:{_PRICED})(?:e?s)?\s+(?:of|worth|valued\s+at|totalling|totaling|"
                               r"amounting\s+to)\s+(?:(?:about|some|around|roughly|nearly|almost|up\s+to)\s+)?\Z")
# A headline amount may have smaller ones beside it ("A$1bn, including grants of up to A$50,000"): this much smaller.
_HEADLINE_RATIO = 5.0


def restated_pairs(story: Story, ordered: list[Quantity], starts: list[int]):
    """Pairs (first amount, its restatement) across a sentence break; see the module doc."""
    prose = story.doc.prose
    sentences = story.doc.sentences()
    for before, (s0, s1) in zip(sentences, sentences[1:]):
        opening = _opening_amount(prose, ordered, starts, s0, s1)
        if opening is None:
            continue
        restated, needs_antecedent = opening
        first = _headline_amount(_amounts(ordered, starts, *before))
        if first is None or first.unit == restated.unit or not first.unit:
            continue
        if needs_antecedent and not _written_as_priced(prose, first, before):
            continue
        if _names_an_earlier_amount(prose, ordered, starts, s0, s1, first, before):
            continue
        yield Pair(first, restated, "restated")


def _amounts(ordered: list[Quantity], starts: list[int], s0: int, s1: int) -> list[Quantity]:
    lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
    return [q for q in ordered[lo:hi] if q.kind == "money" and q.value and q.end <= s1]


def _headline_amount(amounts: list[Quantity]) -> Quantity | None:
    """The one amount a restatement can mean: the only one, or the first when every other is far smaller."""
    if not amounts:
        return None
    first = amounts[0]
    if all(q.unit == first.unit and q.value * _HEADLINE_RATIO <= first.value for q in amounts[1:]):
        return first
    return None


def _written_as_priced(prose: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """Was the amount written as an undertaking's ("a £450m contract", "a grant of Rs500 million")?"""
    s0, s1 = sentence
    return bool(_PRICED_AFTER.match(prose[q.end:min(s1, q.end + 40)])
                or _PRICED_BEFORE.search(prose[max(s0, q.start - 40):q.start]))


def _names_an_earlier_amount(prose: str, ordered: list[Quantity], starts: list[int], s0: int, s1: int,
                             first: Quantity, before: tuple[int, int]) -> bool:
    """Does the restating noun name an amount written earlier as that thing, not the one just before? "passing
    a $186m budget ... The average bill will stay at $1,842. The budget, equivalent to about US$123m, ..." goes
    back to the budget, past the bill."""
    m = _RESTATING.match(prose[s0:ordered[bisect.bisect_left(starts, s0)].start].lstrip(" \n\"“‘'"))
    noun = m and (m.group("head") or m.group("subject"))
    if not noun or noun.lower() in _SUM_ITSELF:
        return False
    named = regex.compile(rf"(?i)\A\s*(?:[\w-]+\s+){{0,2}}?{regex.escape(noun)}(?:e?s)?\b")
    named_before = regex.compile(rf"(?i)\b{regex.escape(noun)}(?:e?s)?\s+(?:of|worth|valued\s+at|totalling|totaling|"
                                 r"amounting\s+to)\s+(?:(?:about|some|around|roughly|nearly|almost|up\s+to)\s+)?\Z")

    def written_as(q: Quantity, start: int) -> bool:
        return bool(named.match(prose[q.end:q.end + 40]) or named_before.search(prose[max(start, q.start - 40):q.start]))

    if written_as(first, before[0]):
        return False             # the amount just before is that thing
    return any(q.kind == "money" and q.value and q.unit == first.unit and written_as(q, 0)
               for q in ordered[:bisect.bisect_left(starts, before[0])])


def _opening_amount(prose: str, ordered: list[Quantity], starts: list[int], s0: int,
                    s1: int) -> tuple[Quantity, bool] | None:
    """The amount that opens a sentence as a restatement ("The money, roughly $770 million,"), and whether
    it needs an antecedent before (a value aside: "The deal, worth $369m,"), or None."""
    lo = bisect.bisect_left(starts, s0)
    if lo >= len(ordered):
        return None
    q = ordered[lo]
    if q.kind != "money" or not q.value or not q.unit or q.end > s1 or q.start - s0 > 80:
        return None
    opening = prose[s0:q.start].lstrip(" \n\"“‘'")
    m = _RESTATING.match(opening)
    if m is None:
        return None
    if m.group("subject") is not None:
        # "The grant amounts to about $4.8m": the same sum if the sentence says it converts or names the sum
        # itself; else the grant must have been written as one before
        return q, not (m.group("converting2") or m.group("subject").lower() in _SUM_ITSELF)
    if m.group("head") is None:
        return q, False               # "That is about $770m"
    if not _ASIDE_END.match(prose, q.end):
        return None                   # "The package, worth $500 million in loans and ..." is not an aside
    head = m.group("head").lower()
    return q, not (head in _SUM_ITSELF or m.group("same"))
