"""Lists whose whole is said in another sentence, each made whole by the copy's own words.

A sub-editor adds up a list wherever its whole is, when the copy says the list is all of it:

- a thing counted in one sentence, then "The vehicles will be split between three depots: 136 ...,
  158 ... and 132 ...": a definite subject ("The vehicles", "They", "The money") split, divided or
  shared out names the whole said just before, and the parts must add up to it;
- allocations over several sentences or paragraphs ("has allocated SR3.1bn to roads", "drainage will
  receive SR2.6bn", "SR1.5bn will go to cleaning"), then "In all, the municipality will spend SR8.4bn":
  the total, said as such, is their sum.

Both are built as the Breakdown the arithmetic rules already check (stated_sum: the sum must be the
whole, to the rounding shown), flagged on the whole. Guards keep them to lists that are plainly
all of one whole: one candidate whole of the parts' measure, nothing said of another time or of
"some of" it, and a sum within a slip of the whole (far off, the list is of something else).
"""
from __future__ import annotations

from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle


# a sum this far from the whole is a list of something else, not a slip
_NEAR = (0.6, 1.5)


def _near(total: float, whole: float) -> bool:
    return whole > 0 and _NEAR[0] <= total / whole <= _NEAR[1]


# -- a definite subject split into parts, its whole said just before ---------------------------

# "The vehicles will be split between three depots:", "They are divided among", "The money is shared
# across", "The fleet is made up of", "These break down into"
_SPLIT_SUBJECT = regex.compile(
    r"(?:The|These|Those|They|It|Its|Their|This)(?![\p{L}])[^.;:\d]{0,60}?(?<![\p{L}])"
    r"(?:(?:split|divided|distributed|shared|spread|apportioned|allocated|allotted|parcelled|parceled)\s+"
    r"(?:out\s+)?(?:evenly\s+|equally\s+|unevenly\s+)?(?:between|among|amongst|across|into|over)|"
    r"broken\s+down\s+(?:into|as|by)|break\s+down\s+(?:into|as)|made\s+up\s+of|consist(?:s|ing)?\s+of|compris(?:e|es|ing))"
    r"(?![\p{L}])", regex.I)
# the list said to be only some of it, or of another time
_SOME_OR_OTHER = regex.compile(
    r"(?<![\p{L}])(?:including|include|includes|of\s+which|of\s+whom|among\s+them|such\s+as|besides|also|another|"
    r"further|more|additional|remaining|rest|other|others|main|biggest|largest|most|mostly|mainly|some|"
    r"last\s+year|previous|earlier|so\s+far|to\s+date|first|initial|phase)(?![\p{L}])", regex.I)


def split_lists(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator:
    """ "Bogota will put 406 electric buses into service ... The vehicles will be split between three
    depots: 136 in Fontibon, 158 in Usme and 132 in Perdomo": the parts of the whole said just before."""
    prose = story.doc.prose
    if not any(w in prose for w in ("split", "divided", "distributed", "shared", "spread", "apportioned", "allocated",
                                    "allotted", "broken down", "break down", "made up of", "consist", "compris", "parcel")):
        return
    c = claims
    sentences = story.doc.sentences()
    for k in range(1, len(sentences)):
        s_start, s_end = sentences[k]
        cue = _SPLIT_SUBJECT.match(prose, s_start, s_end)
        if cue is None or _SOME_OR_OTHER.search(prose, s_start, s_end):
            continue
        qs = c._sentence_figures(ordered, starts, prose, s_start, s_end)
        parts = _parts_after(qs, cue.end(), prose)
        if parts is None:
            continue
        whole = _whole_before(parts, c._sentence_figures(ordered, starts, prose, *sentences[k - 1]), c)
        if whole is None or _SO_FAR.search(prose, *sentences[k - 1]):
            continue
        total = sum(p.value for p in parts)
        if _near(total, whole.value):
            yield c.Breakdown(whole, parts, tuple(Span(p.start, p.end) for p in parts), stated_sum=True, whole_first=True)


def _parts_after(qs: list[Quantity], cue_end: int, prose: str) -> tuple[Quantity, ...] | None:
    """The list after the cue: the sentence's figures of one measure from there on (after the colon, if
    one follows: "three depots:", "48 counties:" say what the parts are), joined by commas and a last
    "and"; a label ("Ward 1", "Zone 3") names a part, it is not one."""
    c = claims
    colon = prose.find(":", cue_end, qs[-1].start if qs else cue_end)
    after = [q for q in qs if q.start >= (colon if colon >= 0 else cue_end) and not _is_label(q, prose)]
    counted = [q for q in qs if cue_end <= q.start < colon and q.kind == "number"]
    if counted and counted[-1].value != len(after):
        return None     # "spread across 12 countries: 2,000 in Kenya, 1,500 in Uganda and 1,000 in ...": some of them
    if len(after) < 2 or any(not c.is_plain(q) or not c.same_measure(q, after[0]) for q in after):
        return None
    if any(c._NESTED.match(prose[q.end:q.end + 30]) or c._OF_BESIDE.match(prose[q.end:q.end + 10]) for q in after):
        return None
    for i, (a, b) in enumerate(zip(after, after[1:])):
        m = c.list_gap(c._LIST_GAP, c.bridged(prose, a.end, b.start, qs))
        if m is None or ("and" in m.group("sep")) != (i == len(after) - 2):
            return None
    return tuple(after)


# "Ward 1", "Zone 3", "Route 9": a name with a number, directly before it
_LABEL = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+\s+\Z")
# the whole of the sentence before is a running count: "so far", "to date", "bringing the total to"
_SO_FAR = regex.compile(r"(?<![\p{L}])(?:so\s+far|to\s+date|cumulative|since|bringing|taking\s+the\s+total)(?![\p{L}])", regex.I)


def _is_label(q: Quantity, prose: str) -> bool:
    return (q.kind == "number" and q.value is not None and q.value < 100 and float(q.value).is_integer()
            and _LABEL.search(prose, max(0, q.start - 20), q.start) is not None)


def _whole_before(parts: tuple[Quantity, ...], before: list[Quantity], c) -> Quantity | None:
    """The one figure of the parts' measure in the sentence before, larger than any part."""
    same = [q for q in before if c.same_measure(q, parts[0])]
    if len(same) != 1 or not c.is_plain(same[0]) or same[0].value <= max(p.value for p in parts):
        return None
    return same[0]


# -- allocations over several sentences, then "In all" -------------------------------------------

# each part said as money going somewhere: "allocated SR3.1bn to", "will receive SR2.6bn", "SR1.5bn will go to"
_ALLOCATED = regex.compile(
    r"(?<![\p{L}])(?:allocated|allotted|earmarked|set\s+aside|budgeted|assigned|devoted|directed|channelled|channeled|"
    r"go(?:es)?\s+to|went\s+to|will\s+go|would\s+go|to\s+go|receive[sd]?|get[s]?|got|will\s+get|spend|spent|spending|"
    r"invest(?:ed|ing)?|reserved|provided|provides?|funding\s+for|for\s+(?:the\s+)?\p{L}+)(?![\p{L}])", regex.I)
# the run speaks of another time, a change, or some of another whole
_NOT_A_RUN = regex.compile(
    r"(?<![\p{L}])(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|previous|previously|compared|up\s+from|down\s+from|"
    r"rose|fell|increase[sd]?|decrease[sd]?|cut|more\s+than|less\s+than|of\s+which|of\s+this|of\s+that|including|"
    r"additional|extra|separate|separately|on\s+top|in\s+addition|besides|so\s+far|to\s+date|already)(?![\p{L}])", regex.I)
_MAX_RUN = 5
# "In all, the municipality will spend", "In total, the county plans to spend", "All told, Dubai will spend"
_ALL_SPEND = regex.compile(r"(?:In\s+all|In\s+total|Altogether|All\s+told)\s*,?\s*(?:[\p{L}'’-]+\s+){0,6}?(?:some\s+)?")


def allocations_then_total(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator:
    """ "... has allocated SR3.1bn to roads ... Drainage will receive SR2.6bn ... Parks have been allocated
    SR1.9bn, while SR1.5bn will go to cleaning ... In all, the municipality will spend SR8.4bn": the
    allocations of the sentences just before a total said "In all" add up to it."""
    prose = story.doc.prose
    if not any(w in prose for w in ("In all", "In total", "Altogether", "All told")):
        return
    c = claims
    sentences = story.doc.sentences()
    for k in range(2, len(sentences)):
        s_start, s_end = sentences[k]
        if not c._ALL_OPEN.match(prose, s_start, s_end):
            continue
        qs = c._sentence_figures(ordered, starts, prose, s_start, s_end)
        total = next((q for q in qs if q.kind == "money"), None)
        if total is None or not c.is_plain(total) or sum(c.same_measure(q, total) for q in qs) != 1:
            continue
        lead = _ALL_SPEND.fullmatch(prose, s_start, total.start)
        if lead is None or c._SOME_OF_TOTAL.search(prose, s_start, s_end) or c._RUNNING_TOTAL.search(prose, s_start, s_end):
            continue
        parts = _allocations_before(total, ordered, starts, prose, sentences, k, c)
        if parts is None:
            continue
        total_parts = sum(p.value for p in parts)
        if _near(total_parts, total.value):
            yield c.Breakdown(total, parts, tuple(Span(p.start, p.end) for p in parts), stated_sum=True)


def _allocations_before(total: Quantity, ordered, starts, prose: str, sentences, k: int, c) -> tuple | None:
    """The run of sentences just before sentence `k` whose every figure of the total's measure is an
    allocation; at least two sentences and three parts (one sentence is read by the same-sentence lists)."""
    parts: list[Quantity] = []
    n = 0
    for j in range(k - 1, max(-1, k - 1 - _MAX_RUN), -1):
        b_start, b_end = sentences[j]
        figs = [q for q in c._sentence_figures(ordered, starts, prose, b_start, b_end) if c.same_measure(q, total)]
        if not figs or any(not _allocated(q, prose, b_start, b_end) for q in figs):
            break
        if _NOT_A_RUN.search(prose, b_start, b_end) or any(not c.is_plain(q) or q.value >= total.value for q in figs):
            return None
        parts[:0] = figs
        n += 1
    if n < 2 or len(parts) < 3:
        return None
    return tuple(parts)


def _allocated(q: Quantity, prose: str, s_start: int, s_end: int) -> bool:
    return _ALLOCATED.search(prose, max(s_start, q.start - 30), min(s_end, q.end + 30)) is not None
