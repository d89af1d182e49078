"""An average said beside the total and the count it is worked out from.

"The club drew 412,300 fans to its 17 home games, an average of 24,250": a sub-editor divides the total by
the count and gets the average. One shape, in one sentence, in this order:

- a TOTAL, a plain figure (a count or a sum of money);
- the words that say what it was spread over ("to its", "in", "over the", "across") and a COUNT of things
  written in digits, followed by its noun ("17 home games", "12 branches");
- after a comma, "an average of" or "averaging" and the AVERAGE, of the total's measure, with no other figure
  between.

The average must be the total over the count, to the rounding of each. A cricketer's average is runs per
dismissal, not per innings, and is left alone, as is an average of another time or another thing ("an average
age of", "up from an average of").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

import regex

from .claims import has_digits, is_plain, is_year_like, same_measure
from .model import Quantity
from .ruletypes.base import Story


@dataclass(frozen=True)
class StatedAverage:
    total: Quantity
    count: Quantity
    average: Quantity


# "drew 412,300 fans to its 17", "spent $4.2m across the 12": a total's noun, then where it was spread
_SPREAD_OVER = regex.compile(
    r"\A\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to|in|over|across|during|from|at)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?\Z",
    regex.I)
# "17 home games": what the count counts, a noun after at most two describing words
_COUNTED = regex.compile(r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>[\p{L}-]+s)(?![\p{L}])", regex.I)
# ", an average of", ", or an average of", ", averaging": the average of the total over the count
_AVERAGE_LEAD = regex.compile(
    r"\A[^\d;:.()]{0,60}?,\s*(?:or\s+|for\s+|giving\s+|at\s+)?(?:an\s+average\s+of|averaging)\s+\Z", regex.I)
# runs per dismissal, not per innings; a batting or bowling average is its own measure
_NOT_PER_COUNT = regex.compile(r"(?<![\p{L}])(?:innings|batting|bowling|runs|wickets)(?![\p{L}])", regex.I)


def averages_said(story: Story) -> Iterator[StatedAverage]:
    prose = story.doc.prose
    if "averag" not in prose:
        return
    figures = [q for q in story.quantities if q.start >= story.doc.body_start and q.value is not None]
    for s_start, s_end in story.doc.sentences():
        sentence = prose[s_start:s_end]
        if "averag" not in sentence or _NOT_PER_COUNT.search(sentence):
            continue
        qs = [q for q in figures if s_start <= q.start and q.end <= s_end]
        for i in range(len(qs) - 2):
            found = _average_of(qs[i], qs[i + 1], qs[i + 2], prose)
            if found is not None:
                yield found
        if qs and (_SPREAD_FIRST.fullmatch(prose, s_start, qs[0].start) or _OVER_AT_OPENING.fullmatch(prose, s_start, qs[0].start)
                   and (qs[0].hedge or "").lower() == "over"):
            found = _fronted_average(qs, prose)
            if found is not None:
                yield found


# "Across 64 matches in eight stadiums, attendance reached 3.4 million, an average of about 53,000 a game": the count
# the total was spread over opens the sentence
_SPREAD_FIRST = regex.compile(r"\W*(?:Across|Over|In|During|From)\s+(?:the\s+|its\s+|their\s+|all\s+)?", regex.I)
# the average said per thing counted: "53,000 spectators a game", "per match", "each"
_PER_ONE = regex.compile(r"\A\s+(?:[\p{L}-]+\s+){0,2}?(?:a|an|per|each)\s+(?P<noun>[\p{L}-]+)|\A\s+(?:[\p{L}-]+\s+){0,2}?each(?![\p{L}])",
                         regex.I)


# "Over 38 home games, ...": the reader takes the opening "Over" for a hedge of the count (only punctuation may come
# before it; the caller checks the hedge is "over"); there it says where
_OVER_AT_OPENING = regex.compile(r"\W*")


def _fronted_average(qs: list[Quantity], prose: str) -> StatedAverage | None:
    """The count first, then the total and its average after a comma, the average said per one of the things counted
    (by the count's noun or a word of one: "a game" after "64 matches")."""
    count = qs[0]
    if count.hedge:
        count = replace(count, hedge=None)      # (only "Over" at the opening gets here: see averages_said)
    if count.kind != "number" or not has_digits(count) or not is_plain(count) or not float(count.value).is_integer():
        return None
    counted = _COUNTED.match(prose[count.end:count.end + 40])
    if counted is None:
        return None
    for total, average in zip(qs[1:], qs[2:]):
        if total.kind not in ("number", "money") or not is_plain(total) or is_year_like(total) \
                or average.low is not None and average.low != average.value or is_year_like(average) \
                or total.low is not None and total.low != total.value \
                or regex.search(r"\d\s*[-–]\s*\Z", prose[max(0, total.start - 4):total.start]):
            continue    # (a total said as a range, "3-3.5 million", has no one average)
        if not same_measure(total, average) or not 2 <= count.value < total.value or not average.value < total.value:
            continue
        if _AVERAGE_LEAD.match(prose[total.end:average.start]) is None:
            continue
        per = _PER_ONE.match(prose[average.end:average.end + 40])
        if per is None or per.group("noun") and not _one_of(per.group("noun"), counted.group("noun")):
            return None
        return StatedAverage(total, count, average)
    return None


# what one of a count's things is called per one ("64 matches" ... "a game")
_ONE_OF = {"match": ("game", "fixture"), "game": ("match", "fixture"), "fixture": ("match", "game")}


def _one_of(one: str, counted: str) -> bool:
    one, counted = one.lower(), counted.lower()
    stem = counted[:-2] if counted.endswith("es") and counted[:-2] in _ONE_OF else counted.rstrip("s")
    return one.rstrip("s") == stem or one in _ONE_OF.get(stem, ())


def _average_of(total: Quantity, count: Quantity, average: Quantity, prose: str) -> StatedAverage | None:
    if total.kind not in ("number", "money") or count.kind != "number":
        return None
    if not all(is_plain(q) and not is_year_like(q) for q in (total, count, average)):
        return None
    if not same_measure(total, average) or not 2 <= count.value < total.value or not float(count.value).is_integer():
        return None
    if not has_digits(count):
        return None     # "three seasons": a count in words is seldom the exact one a total was divided by
    if _SPREAD_OVER.match(prose[total.end:count.start]) is None:
        return None
    counted = _COUNTED.match(prose[count.end:count.end + 40])
    if counted is None or _AVERAGE_LEAD.match(prose[count.end:average.start]) is None:
        return None
    if not average.value < total.value:
        return None
    return StatedAverage(total, count, average)
