"""What is left of a whole split into shares: "India took 28%, China 19%, the EU 14% and Pakistan 11%.
The remaining 35% went to Africa and the Middle East."

"The remaining P%" (or "the rest, P%", "the remainder, P%") after a list of shares says the list and it
make the whole: they add up to 100%. Only a remainder that takes them past 100% is flagged: short of it, the
list may have begun a sentence earlier ("Erdoğan took 49.52%. Kılıçdaroğlu took 44.88% and Oğan 5.17%, with
the remaining 0.43% ..."). The list is the percentages of the sentence before, or of the same
sentence before the remainder, each joined to the next as items of one list ("A took 28% ..., followed by
B with 19%, C with 14% and D with 11%"), with no word of change, rate or comparison among them (12% growth
and 95% coverage are not shares of one whole). A figure restating one share in its own measure (", or about
115,500 tonnes") is read past.

It is built as a Breakdown of a whole of 100% whose last part is the remainder, so `remainder` (FC309)
checks it with the rounding of every share as written.
"""
from __future__ import annotations

import bisect
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle


# the remainder's words right before it: "The remaining 35%", "the rest, 20%,", "the remainder — 12% —"
_LEFT_BEFORE = regex.compile(r"(?<![\p{L}])(?:the\s+remaining|the\s+(?:rest|remainder|balance)\s*(?:,|[-–—]|\(|at|was|is)?)\s*\Z",
                             regex.I)
# a remainder said in the list's own sentence is joined to it: ", with the remaining 35%", "and the remaining"
_JOINED_BEFORE = regex.compile(r"(?:,|;|\s[-–—])\s*(?:with|while|and|whereas)?\s*\Z|\s+(?:and|with|while)\s*\Z", regex.I)
# one item of the list after another: ", followed by B with", ", B on", " and B with"
_NEXT_ITEM = regex.compile(r"\A(?:[^.;:\d%()]{0,60}?)(?:,|;|\band\b|\bwhile\b)(?:[^.;:\d%()]{0,60}?)\Z", regex.I)
# the winner's share "to" the runner-up's, as results are told: "won 52.4% of the vote to 44.1% for Y", "52% to 44%"
_TO_RIVAL = regex.compile(r"\A(?:\s+of\s+the\s+(?:[\p{L}-]+\s+)?votes?)?\s+to\s+\Z", regex.I)
# a share restated in its own measure: "28% of the volume, or about 115,500 tonnes,"
_RESTATED = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,5}?\s*(?:,\s*or|\()\s*(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?\Z", regex.I)
# words that make a percentage a rate, a change or a comparison rather than a share of one whole
_NOT_SHARES = regex.compile(
    rf"(?<![\p{{L}}])(?:{claims._UP}|{claims._DOWN}|{claims._UP_NOUN}|{claims._DOWN_NOUN}|from|compared|than|rate|rates|"
    r"inflation|turnout|interest|margin|error|points?|each|every|per|average|median|target|quota|at\s+least|"
    r"respectively|of\s+whom|of\s+them|of\s+those|among|aged)(?![\p{L}])", regex.I)


def shares_with_a_remainder(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator[claims.Breakdown]:
    prose = story.doc.prose
    if "remain" not in prose and " rest" not in prose and "balance" not in prose:
        return
    sentences = story.doc.sentences()
    for k, (s_start, s_end) in enumerate(sentences):
        low = prose[s_start:s_end].lower()
        if "remain" not in low and "rest" not in low and "balance" not in low:
            continue    # (a word every _LEFT_BEFORE match holds, and the remainder is said in this sentence)
        figures = _figures(ordered, starts, s_start, s_end)
        for i, left in enumerate(figures):
            if not _a_share(left):
                continue
            said = _LEFT_BEFORE.search(prose, max(s_start, left.start - 30), left.start)
            if said is None:
                continue
            if i >= 2 and _JOINED_BEFORE.search(prose, max(s_start, said.start() - 12), said.start()):
                listed = _list_of_shares(figures[:i], prose, s_start, said.start())
            elif not any(q.kind in claims.NUMERIC_KINDS and not _who_shares(q, prose) for q in figures[:i]) and k:
                p_start, p_end = sentences[k - 1]
                listed = _list_of_shares(_figures(ordered, starts, p_start, p_end), prose, p_start, p_end)
            else:
                listed = None
            if not listed or _NOT_SHARES.search(prose, left.end, _clause_end(prose, left.end, s_end)):
                continue
            if sum(q.value for q in listed) + left.value <= 100 + sum(claims.precision_of(q) for q in (*listed, left)):
                continue     # short of the whole: the list may have begun earlier ("Erdoğan took 49.52%. X took
                #              44.88% and Y 5.17%, with the remaining 0.43% ..."); past it, no list can be right
            whole = Quantity(text="100%", start=left.start, end=left.start, kind="percent", value=100.0, unit="percent",
                             precision=1e-9)
            parts = (*listed, left)
            yield claims.Breakdown(whole, parts, tuple(Span(p.start, p.end) for p in parts), stated_sum=True,
                                   remainder=left)


def _figures(ordered: list[Quantity], starts: list[int], start: int, end: int) -> list[Quantity]:
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [q for q in ordered[lo:hi] if q.end <= end and q.kind in claims.NUMERIC_KINDS and not claims.is_year_like(q)]


_COMPOUND_AFTER = regex.compile(r"-\p{L}")


def _who_shares(q: Quantity, prose: str) -> bool:
    """A figure before the remainder that says who shares it, not a share: a small count ("Three minor candidates
    shared the remaining 4.6%") or a word joined to the next ("a third-party contender", "two-party")."""
    if q.kind != "number" or q.value is None:
        return False
    if _COMPOUND_AFTER.match(prose, q.end):
        return True
    return q.unit is None and claims.is_plain(q) and float(q.value).is_integer() and 1 < q.value <= 12


def _a_share(q: Quantity) -> bool:
    return q.kind == "percent" and q.unit == "percent" and claims.is_plain(q) and 0 < q.value < 100


def _list_of_shares(figures: list[Quantity], prose: str, start: int, end: int) -> tuple[Quantity, ...] | None:
    """The shares of one whole the stretch lists, all its figures; None unless it is such a list."""
    shares: list[Quantity] = []
    first = next((q for q in figures if _a_share(q)), None)
    for q in figures:
        if _a_share(q):
            gap = _without_restatements(prose, shares[-1].end, q.start, figures) if shares else ""
            if shares and not (_NEXT_ITEM.match(gap) or _TO_RIVAL.match(gap)):
                return None
            shares.append(q)
        elif not shares and first is not None and "," in prose[q.end:first.start]:
            continue         # "With all 34 precincts reporting, X won 52.4% ...": a count in a clause before the list
        elif not (shares and _RESTATED.match(prose[shares[-1].end:q.start])):
            return None      # another figure beside the list: not a plain list of shares
    if len(shares) < 2 or sum(q.value for q in shares) >= 100 + 1e-9:
        return None
    said = _ATTRIBUTION.search(prose, shares[-1].end, end)
    if _NOT_SHARES.search(prose, start, said.start() if said else end):
        return None
    return tuple(shares)


# who says so, after the list: ", according to results from the elections office" changes no share
_ATTRIBUTION = regex.compile(r",\s*according\s+to\s[^\d%]*\Z", regex.I)


def _without_restatements(prose: str, start: int, end: int, figures: list[Quantity]) -> str:
    """The words between two shares with a restated figure between them taken out."""
    text = prose[start:end]
    for q in figures:
        if start <= q.start and q.end <= end:
            text = text.replace(prose[q.start:q.end], "")
    return text


_CLAUSE_MARK = regex.compile(r"[,;:(]|\s[-–—]\s")


def _clause_end(prose: str, start: int, end: int) -> int:
    m = _CLAUSE_MARK.search(prose, start, end)
    return m.start() if m else end
