"""conversion_story: a conversion at another rate than the story's own other conversions of the same currencies.

"Tg 9,000 ($19.10) a tonne ... Tg 120bn ($2.6bn) this season": the first pair implies 471 tenge to the dollar, the
second 46. A sub-editor needs no rate table to see that one of them slipped: a story converts one currency at one
rate. This reading needs no table row either (the tenge and the lari have none), so it speaks where the rate check
(FC101) cannot, and beside it where the story's own rate is the better witness (a rate that moved that month: the
Egyptian pound floated in March 2024, and a story of April that converts at 47 to the dollar once and at 31 once
has slipped, whatever the month's average allows).

* The pairs are claims.py's ("Rs10bn ($36m)", "£2.4bn, or about $3bn"), grouped by their two currencies (either
  order); each gives the rate its digits imply, as an interval for their rounding.
* A pair is reported when the others agree with each other (within 3%) and it is more than 15% (beyond both
  rounding intervals, and a hedge's allowance) from them. With one other pair only, the rate table must side with
  the other (within 15% of it), or no one can tell which slipped.
* Ranges, bounds and ambiguous currency marks are not read. A second reading: gives way to FC101's finding on the
  same words.
"""
from __future__ import annotations

import statistics
from typing import ClassVar, Iterator, Mapping

from ..claims import Pair, interval, is_single, relations
from ..model import Span
from ..slips import amount, prefix_of, style_of
from .base import Hit, Option, Rule, Story

_AGREE = 0.03


class StoryRate:
    name: ClassVar[str] = "conversion_story"
    category: ClassVar[str] = "conversion"
    second_reading: ClassVar[bool] = True     # gives way to FC101's finding on the same words
    options: ClassVar[Mapping[str, Option]] = {
        "tolerance": Option(float, 0.15, "relative difference from the story's own rate allowed before we speak"),
        "hedge_tolerance": Option(float, 0.10, "extra allowance when either amount is hedged (about, nearly)"),
    }
    fields: ClassVar[tuple[str, ...]] = ("amount", "converted", "expected", "implied_rate", "story_rate", "others")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        groups: dict[tuple[str, str], list[tuple[Pair, float, float, float]]] = {}
        for p in relations(story).pairs:
            read = _rate(p)
            if read is not None:
                key, low, mid, high = read
                groups.setdefault(key, []).append((p, low, mid, high))
        for key, pairs in groups.items():
            if len(pairs) < 2:
                continue
            for i, (p, low, mid, high) in enumerate(pairs):
                others = pairs[:i] + pairs[i + 1:]
                story_rate = statistics.median(o[2] for o in others)
                if not all(abs(o[2] / story_rate - 1) <= _AGREE for o in others):
                    continue
                slack = rule.options["tolerance"] + (rule.options["hedge_tolerance"]
                                                     if p.first.hedge or p.second.hedge else 0.0)
                o_low, o_high = min(o[1] for o in others), max(o[3] for o in others)
                if low <= o_high * (1 + slack) and high >= o_low / (1 + slack):
                    continue    # within the rounding of both and the tolerance
                if len(others) == 1 and not _table_sides_with(story, key, story_rate, mid, rule):
                    continue
                yield _hit(story, p, key, mid, story_rate, [o[0] for o in others])
                break           # one slipped pair a currency pair: the rest agree


def _rate(p: Pair) -> tuple[tuple[str, str], float, float, float] | None:
    """(the two currencies in a fixed order, the rate's low, middle and high: units of the first per one of the
    second), or None for a pair that cannot be read."""
    a, b = p.first, p.second
    if not (is_single(a) and is_single(b)) or a.alternatives or b.alternatives or not a.unit or not b.unit:
        return None
    if a.unit == b.unit or not a.value or not b.value:
        return None
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    if alo <= 0 or blo <= 0:
        return None
    if a.unit < b.unit:
        return (a.unit, b.unit), alo / bhi, a.value / b.value, ahi / blo
    return (b.unit, a.unit), blo / ahi, b.value / a.value, bhi / alo


def _table_sides_with(story: Story, key: tuple[str, str], story_rate: float, mid: float, rule: Rule) -> bool:
    """With two pairs only: does the month's table rate stand by the other pair's rate and not by this one's?"""
    on = story.doc.publication_date
    if on is None:
        return False
    first, second = key
    fx = story.data.fx
    one = fx.to_usd(1.0, second, on)      # USD per unit of the second currency
    other = fx.to_usd(1.0, first, on)
    if one is None or other is None or not other[0]:
        return False
    table = one[0] / other[0]               # units of the first per one of the second
    tol = rule.options["tolerance"]
    return abs(story_rate / table - 1) <= tol and abs(mid / table - 1) > tol


def _hit(story: Story, p: Pair, key: tuple[str, str], mid: float, story_rate: float, others: list[Pair]) -> Hit:
    a, b = p.first, p.second
    # the second amount is the conversion: at the story's own rate it would be
    expected_value = a.value / story_rate if a.unit == key[0] else a.value * story_rate
    expected = amount(expected_value, prefix_of(b), style_of(b.text))
    rate_text = lambda r: f"{r:,.4g} {key[0]} per {key[1]}"
    said = "; ".join(f"{o.first.text} = {o.second.text}" for o in others)
    return Hit(span=Span(b.start, b.end), fields={
        "amount": a.text, "converted": b.text, "expected": expected, "implied_rate": rate_text(mid),
        "story_rate": rate_text(story_rate), "others": said,
    }, evidence={"implied_rate": round(mid, 6), "story_rate": round(story_rate, 6), "pairs": said,
                 "currencies": list(key)},
        suggestion=f"Did you mean {expected}?",
        related=(Span(a.start, a.end), *(Span(o.second.start, o.second.end) for o in others)))


RULE_TYPE = StoryRate()
