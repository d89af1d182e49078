"""An index move in points and percent, held to the level it moved to, wherever in the story that level is said.

A markets sub-editor checks "climbed 72.4 points (1.9 per cent)" against the close: the percent is the points over
the prior close, Z - N after a gain, Z + N after a fall. claims.py reads the move when it is said in one frame with
its close ("gained N points, or P%, to close at Z"); this reader takes the move and its level from their kinds:

- the MOVE is a plain number said in points (not percentage points) with a percentage right beside it, in brackets,
  after "or", or as "a gain/fall of P%"; either order ("P% (N points)");
- its LEVEL is the one index-sized figure (many times the points) said as a level ("at", "to", "on") in the move's
  sentence, else the next, else the one before; in another sentence only when that sentence names no index the
  move's sentence does not (a pronoun, "the index", or the same name);
- a move said over another span ("over the month", "this year", "since", "by lunchtime") is of another base: left.

The percent is flagged only when it fits neither direction; the arithmetic rule checks the Change it becomes.
"""
from __future__ import annotations

import bisect
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle

_POINTS = regex.compile(r"\A[\s-]+(?:points?|pts?)(?![\p{L}])", regex.I)
# between the points and the percent (or the percent and the points): brackets, "or", "a gain of"
_BESIDE = regex.compile(
    r"\A[\s,]*(?:\(\s*|(?:[-–—]\s*)?or\s+|,\s*|(?:[,;]|\s[-–—])\s*(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:gain|rise|increase|jump|"
    r"climb|advance|fall|drop|decline|loss|slide|dip|slump|retreat)\s+of\s+)\Z", regex.I)
_BESIDE_POINTS_AFTER = regex.compile(r"\A\s*(?:\(\s*|,\s*or\s+|\s[-–—]\s*)\Z", regex.I)
# the percentage said as the move itself, after the points
_MOVE_SAID = regex.compile(
    r"(?<![\p{L}])(?:or|gain\w*|ris(?:e|es|ing)|rose|increase\w*|jump\w*|climb\w*|advanc\w*|add\w*|fall\w*|fell|drop\w*|"
    r"los(?:s|es|t|ing)|declin\w*|slid\w*|shed\w*|slump\w*|retreat\w*|up|down)[\s,(]+(?:of\s+|by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?\Z",
    regex.I)
# another subject between the points and the percentage: "and the euro gained 0.3%"
_NEW_SUBJECT = regex.compile(r"(?<![\p{L}])(?:and|while|whereas|but|as|with|when)\s+(?:the\s+|its\s+|\p{Lu})", regex.I)
# the level: "at Z", "to Z", "on Z" right before it, or "to a record Z", "at a fresh high of Z"
_LEVEL_BEFORE = regex.compile(r"(?<![\p{L}])(?:at|to|on)\s+(?:an?\s+(?:new\s+|fresh\s+)?(?:record|high|low|peak)"
                              r"(?:\s+(?:high|low|close))?(?:\s+of)?\s+)?\Z", regex.I)
# (a level "at 83,912.37 points" is said in points too: the ratio to the move, not the word, tells it from the move)
_UP = regex.compile(r"(?<![\p{L}])(?:up|higher|gain\w*|rose|rise[sn]?|rising|climb\w*|advanc\w*|add\w*|jump\w*|surg\w*|"
                    r"rall\w*|increas\w*|firm\w*|put\s+on)(?![\p{L}])", regex.I)
_DOWN = regex.compile(r"(?<![\p{L}])(?:down|lower|fell|fall\w*|drop\w*|slid\w*|slip\w*|shed\w*|lost|los\w*|declin\w*|"
                      r"sank|sink\w*|tumbl\w*|plung\w*|retreat\w*|eas\w*|decreas\w*|slump\w*)(?![\p{L}])", regex.I)
# a move over another span than the session the level closes
_OTHER_SPAN = regex.compile(
    r"(?<![\p{L}])(?:over\s+the\s+(?:week|month|year|quarter|period)|this\s+(?:week|month|year|quarter)|since|so\s+far|"
    r"year[\s-]to[\s-]date|by\s+(?:lunch\w*|midday|noon|mid[\s-]?session|the\s+break)|in\s+(?:the\s+)?(?:morning|early)|"
    r"weekly|monthly|for\s+the\s+(?:week|month|year)|intraday|at\s+one\s+(?:point|stage)|earlier)(?![\p{L}])", regex.I)
# a name in the level's sentence (capitalised word or a figure in a name: "FTSE 250") the move's sentence lacks
_NAME_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}&/-]*(?:\s\d{2,3}(?![\d.,]))?(?![\p{L}\d])")
_REFERS_BACK = frozenset("The It Its The index gauge benchmark barometer market bourse measure".split())
_MIN_RATIO = 15          # the level is many times the points: "72.4 points" of 8,474.9


def index_moves(story: Story, ordered: list[Quantity], starts: list[int], changes: list) -> Iterator:
    prose = story.doc.prose
    if "point" not in prose and "pts" not in prose:
        return
    read = {id(ch.rate) for ch in changes if ch.rate is not None and (ch.old is not None or ch.new is not None)}
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for i, q in enumerate(ordered):
        if q.kind != "number" or q.value is None or not claims.is_plain(q) or claims.is_year_like(q):
            continue
        if not _POINTS.match(prose[q.end:q.end + 12]):
            continue
        rate = _rate_beside(q, i, ordered, prose)
        if rate is None or id(rate) in read:
            continue
        k = bisect.bisect_right(s_starts, q.start) - 1
        s_start, s_end = sentences[k]
        if _OTHER_SPAN.search(prose, s_start, s_end):
            continue
        level = _level(q, rate, ordered, starts, prose, sentences, k)
        if level is None:
            continue
        first, last = (q, rate) if q.start < rate.start else (rate, q)
        direction = _direction(prose, max(s_start, first.start - 60), last.start, last.end, min(s_end, last.end + 30))
        if _fits(rate, q, level, +1) or _fits(rate, q, level, -1):
            continue
        if not direction:
            continue
        yield claims.Change(trigger=Span(q.start, q.end), direction=direction, new=level, delta=q, rate=rate)


def _rate_beside(q: Quantity, i: int, ordered, prose: str) -> Quantity | None:
    points_end = q.end + _POINTS.match(prose[q.end:q.end + 12]).end()
    nxt = ordered[i + 1] if i + 1 < len(ordered) else None
    if nxt is not None and _is_rate(nxt) and nxt.start - points_end < 40 and _BESIDE.match(prose[points_end:nxt.start]):
        return nxt
    # "Sensex ends 820 pts higher at 74,310; gains 2.9%", "The 61.2-point gain, 1.6 per cent, came ...", "closed down
    # 230 points at 17,820. That was a drop of 2.3%": the next percentage, said as the move, with no other subject between
    later = ordered[i + 1:i + 3]
    for n, r in enumerate(later):
        if not _is_rate(r):
            if r.kind == "number" and n == 0 and _LEVEL_BEFORE.search(prose[max(0, r.start - 6):r.start]):
                continue         # the level between the points and the percentage
            break
        gap = prose[points_end:r.start]
        if len(gap) <= 60 and _MOVE_SAID.search(gap) and not _NEW_SUBJECT.search(gap) and "\n" not in gap \
                and not _another_index_after_break(prose, q.start, points_end, r.start):
            return r
        break
    prev = ordered[i - 1] if i else None
    if prev is not None and _is_rate(prev) and q.start - prev.end < 6 and _BESIDE_POINTS_AFTER.match(prose[prev.end:q.start]):
        return prev     # "rose 0.9% (72.4 points)"
    return None


_SENTENCE_BREAK = regex.compile(r"[.!?]\s+(?=\p{Lu})")
_POINTS_BACK = frozenset(("That", "This", "It", "Which"))


def _another_index_after_break(prose: str, move: int, a: int, b: int) -> bool:
    """The percentage's sentence names an index the move's does not: "The Hang Seng Index closed 412 points higher
    at 23,512. The Hang Seng Tech Index rose 3.3 per cent" is another index's move ("That was a drop of 2.3%" is not)."""
    breaks = list(_SENTENCE_BREAK.finditer(prose, a, b))
    if not breaks:
        return False
    own = {w for w in _NAME_WORD.findall(prose, max(0, move - 200), move)}
    names = {w for w in _NAME_WORD.findall(prose, breaks[-1].end(), b) if w not in _REFERS_BACK and w not in _POINTS_BACK}
    return bool(names - own)


def _is_rate(q: Quantity) -> bool:
    return q.kind == "percent" and q.unit == "percent" and q.value is not None and claims.is_single(q) and 0 < q.value < 50


def _level(q: Quantity, rate: Quantity, ordered, starts, prose: str, sentences, k: int) -> Quantity | None:
    for j in (k, k + 1, k - 1, k - 2):       # the close is often the lede's, two sentences up
        if not 0 <= j < len(sentences):
            continue
        a, b = sentences[j]
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        found = [z for z in ordered[lo:hi] if z is not q and z.kind == "number" and z.value is not None
                 and claims.is_plain(z) and not claims.is_year_like(z) and z.value >= _MIN_RATIO * q.value
                 and _LEVEL_BEFORE.search(prose, max(a, z.start - 30), z.start)
                 and not _another_move_between(q, z, ordered, starts, prose)]
        if len(found) > 1:
            return None
        if found:
            if j != k and (_OTHER_SPAN.search(prose, a, b) or not _same_index(prose, sentences[k], (a, found[0].start))):
                return None
            return found[0]
    return None


def _another_move_between(q: Quantity, z: Quantity, ordered, starts, prose: str) -> bool:
    """Another move in points stands between the move and the level: "added 57.82 points, or 1.6%, to a record
    3,635.41, while the Nasdaq rose 156.15 points, or 1.3%, to 12,036.79" - 12,036.79 is the Nasdaq's close."""
    a, b = (q, z) if q.start < z.start else (z, q)
    lo, hi = bisect.bisect_right(starts, a.start), bisect.bisect_left(starts, b.start)
    return any(x.kind == "number" and x.value is not None and x.value * _MIN_RATIO <= z.value
               and _POINTS.match(prose[x.end:x.end + 12]) for x in ordered[lo:hi])


def _same_index(prose: str, move: tuple[int, int], level: tuple[int, int]) -> bool:
    """Not two indexes: one of the sentences refers back (names nothing of its own: "It", "The index"), or the
    level's sentence names nothing the move's does not ("The FTSE 250 finished at ..." after a FTSE 100 move)."""
    said = {w for w in _NAME_WORD.findall(prose, move[0], move[1]) if w not in _REFERS_BACK}
    words = {w for w in _NAME_WORD.findall(prose, level[0], level[1]) if w not in _REFERS_BACK}
    return not said or words <= said


def _direction(prose: str, a: int, b: int, c: int, d: int) -> int:
    up = _UP.search(prose, a, b) or _UP.search(prose, c, d)
    down = _DOWN.search(prose, a, b) or _DOWN.search(prose, c, d)
    if bool(up) == bool(down):
        return 0
    return 1 if up else -1


def _fits(rate: Quantity, points: Quantity, level: Quantity, direction: int) -> bool:
    base = level.value - direction * points.value
    if base <= 0:
        return True
    computed = points.value / base * 100
    slack = claims.precision_of(rate) + computed * (claims.precision_of(points) / points.value
                                                    + claims.precision_of(level) / level.value) + 0.02 * computed
    return abs(computed - rate.value) <= slack
