"""A result said right beside the figures it is worked out from, that fits none of their relations.

A sub-editor reading "Of the 74,210 candidates who sat the exam in the region, 48,930 scored credits in
English, mathematics, science and social studies, or 61.4 per cent of the total" divides the two counts
the sentence is built on, however long the clause between them, and sees 65.9%. The frame readers in
claims.py tie a result to its figures only through a few familiar words; slipped_rates.py reaches further
but only when a typing slip explains the result. This reader decides from the structure of the figures
and the anomaly:

- the FIGURES the result is of are fixed by the sentence's structure, not its wording: a share's part is
  the count just before the percentage that is set off after it (", or P", "(P)", "— P —"), with no other
  count or percentage between, and its whole is the count the clause opens on ("Of the M ...", "Among the
  M ...") or, for "Of those ...", the last count of the sentence before; a move's missing level, when the
  rate's sentence opens on a pronoun pointing back ("That is 36% more than the 17.1 million tonnes ..."),
  is the one figure of that measure in the sentence before; a margin ("a margin of D", "a D-vote
  majority") is the gap between the two figures of its measure in its sentence, when there are two;
- KINDS match (counts with counts, tonnes with tonnes, money in one currency);
- the ANOMALY: the stated result fits no relation of any other two figures of its sentence and the one
  before, to the rounding written (a percentage that is some other share or move is explained and left
  alone).

The relation built is an ordinary Share or Change, so the arithmetic rules recompute it with their
rounding and tolerances and word the finding. A share said of another base ("or 61 per cent of those
who also passed"), a percentage compared ("12 per cent higher"), a back-reference narrowed to a place or
a group ("Of those who voted in the capital"), a margin of another time ("in 2020 his margin was") or a
sentence with three rival figures are left alone.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import replace
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle


# -- shares ------------------------------------------------------------------------------------------
# a percentage set off right after its part: ", or P", "(P", "— P", ", representing P"
_SET_OFF = regex.compile(
    r"(?:,\s*(?:or|that\s+is|i\.e\.|representing|accounting\s+for|equal\s+to|equivalent\s+to)|\(|\s[-–—])\s*"
    r"(?:or\s+)?\Z", regex.I, cache_pattern=False)
# the clause opens on its whole: "Of the 74,210 ...", "Among the 1,275 ...", ", out of the 8,640 ..."
_OF_THE = regex.compile(r"(?:(?:\A|[.!?\n\u201c\x22])\s*(?:Of|Out\s+of|Among(?:st)?)|[,;:(—–]\s*(?:of|out\s+of|among(?:st)?))\s+"
                        r"(?:the|all|all\s+the|its|their)\s+\Z", cache_pattern=False)
# "Of those who voted, ...": a whole counted in the sentence before; a clause that narrows it to a place, a
# time or a group ("who voted in the capital", "aged over 60") names a part of it whose size is not given
_OF_THOSE = regex.compile(r"\W*(?:Of|Among(?:st)?|Out\s+of)\s+(?:those|these|them)(?P<clause>(?:\s+(?:who|that|which)"
                          r"(?:\s+[\p{Ll}'’-]+){1,4})?)\s*,\s*", cache_pattern=False)
_NARROWED = regex.compile(r"(?<![\p{L}])(?:in|at|from|aged|over|under|outside|across|among|between|with|without|before|"
                          r"after|during|since|also|only)(?![\p{L}])", regex.I, cache_pattern=False)
# kinds that are words between a part and its share ("60 hours a week", "by Sunday", "in 2024")
_WORDS_KINDS = ("date", "weekday", "duration", "ordinal", "physical")


def shares(story: Story, ordered: list[Quantity], starts: list[int], changes: list, found: list) -> Iterator:
    c = claims
    prose = story.doc.prose
    pcts = [q for q in ordered if q.kind == "percent" and q.unit == "percent" and c.is_single(q) and q.value
            and _SET_OFF.search(prose, max(0, q.start - 16), q.start)]
    if not pcts:
        return
    used = _used(changes, found)
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for pct in pcts:
        if id(pct) in used:
            continue
        k = bisect.bisect_right(s_starts, pct.start) - 1
        if k < 0:
            continue
        lo, hi = sentences[k]
        part = _part_before(pct, ordered, starts, lo, prose, c)
        if part is None:
            continue
        # "48,930 of the 74,210 candidates who ..., — 61.4 per cent": the count just before is the whole of a share
        # read without its percentage
        whole = next((sh.whole for sh in found if sh.whole is part and sh.percent is None and sh.written_as_of), None)
        if whole is not None:
            part = next(sh.part for sh in found if sh.whole is whole and sh.percent is None)
        else:
            whole = _whole_of(part, found, ordered, starts, sentences, k, prose, c, pct)
        if whole is None or whole.value <= part.value:
            continue
        if c._PCT_COMPARED.match(prose, pct.end) or c._of_another_whole(pct, whole, prose):
            continue     # "12 per cent higher", "or 55 per cent of those who also passed": not this share
        wide = sentences[k - 1][0] if k else lo
        if _explained(pct, (part, whole), ordered, starts, wide, hi, prose, c, moves=False):
            continue
        yield c.Share(part, whole, pct, False)


# -- a rate named for what the counts beside it measure ----------------------------------------------------
# "131,300 of the 182,400 candidates ... — a pass rate of 78 per cent", "the pass rate was 78 per cent, with
# 131,300 of 182,400 ...", "131,300 of 182,400 passed. That is a pass rate of 78 per cent": the rate is the share
# of the sentence's two counts, one said of the other, however the clause is built
_RATE_NAMED = regex.compile(
    r"(?<![\p{L}])(?:(?:(?P<name>[\p{L}-]+)\s+)?(?:rate|percentage|ratio)|turnout|attendance|occupancy)\s*(?:,\s*)?"
    r"(?:of|was|is|were|stood\s+at|"
    r"came\s+to|reached|at|hit|rose\s+to|fell\s+to)?\s+(?:(?:about|around|nearly|almost|some|roughly|just\s+over|"
    r"just\s+under|only|just)\s+)?\Z", regex.I, cache_pattern=False)
# between the two counts, a word that says one is some of the other ("of", "out of", "from", "of them")
_ONE_OF_OTHER = regex.compile(r"(?<![\p{L}])(?:of|out\s+of|from|among(?:st)?)(?![\p{L}])", regex.I, cache_pattern=False)
# two times named in reach: the counts and the rate may be of different ones
_ANOTHER_TIME = regex.compile(r"(?<![\p{L}\d])(?:(?:this|last|previous|next)\s+(?:year|month|week|quarter|season|term|session)|"
                              r"(?:19|20)\d\d|earlier|ago|before|prior|previously)(?![\p{L}\d])", regex.I, cache_pattern=False)
_PRICE_RATES = frozenset("interest exchange tax inflation growth policy repo base mortgage lending discount vat tariff "
                         "birth death fertility crime hourly daily annual annualised annualized average flat fixed "
                         "variable tax-free".split())
# "Of the municipality's 41,230 registered voters, 32,902 ...": the clause opens on the whole
_OPENS_ON_WHOLE = regex.compile(r"(?:(?:\A|[.!?\n\u201c\x22])\s*(?:Of|Out\s+of|Among(?:st)?)|[,;:(—–]\s*(?:of|out\s+of|among(?:st)?))\s+"
                                r"(?:(?:the|all|all\s+the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}\Z", cache_pattern=False)
_OPENS_ON_IT = regex.compile(r"\W*(?:That|This|It)(?![\p{L}])", cache_pattern=False)


def named_rates(story: Story, ordered: list[Quantity], starts: list[int], changes: list, found: list) -> Iterator:
    c = claims
    prose = story.doc.prose
    if " rate" not in prose and "percentage" not in prose and "urnout" not in prose and "ttendance" not in prose \
            and "ccupancy" not in prose:
        return           # cheap: every named rate has one of these
    used = _used(changes, found) | {id(sh.percent) for sh in found if sh.percent is not None}
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for pct in ordered:
        if pct.kind != "percent" or pct.unit != "percent" or not c.is_single(pct) or not pct.value or id(pct) in used:
            continue
        named = _RATE_NAMED.search(prose, max(0, pct.start - 40), pct.start)
        if named is None:
            continue
        k = bisect.bisect_right(s_starts, pct.start) - 1
        if k < 0:
            continue
        lo, hi = sentences[k]
        counts = _counts_in(ordered, starts, lo, hi, prose, c)
        if not counts and k and _OPENS_ON_IT.match(prose, lo):
            lo = sentences[k - 1][0]      # "That is a pass rate of 78 per cent": the counts are the sentence before's
            counts = _counts_in(ordered, starts, lo, sentences[k - 1][1], prose, c)
        if named.group("name") and named.group("name").lower() in _PRICE_RATES:
            continue     # "an interest rate of 8%": a price, not a share of the counts
        if len({m.group().lower() for m in _ANOTHER_TIME.finditer(prose, lo, hi)}) > 1:
            continue     # "78 per cent this year; 131,300 of 182,400 passed last year": counts of another time
        if len(counts) != 2 or counts[0].value == counts[1].value:
            continue     # the share of two counts only: with three there is no telling which
        first, second = counts
        part, whole = sorted(counts, key=lambda q: q.value)
        between = prose[first.end:second.start]
        if not (_ONE_OF_OTHER.search(between) or c._OF_THEM.match(prose[second.end:second.end + 20])
                or _OPENS_ON_WHOLE.search(prose, max(0, first.start - 40), first.start)):
            continue     # two counts not said as one of the other: two separate things
        if any(q.kind == "percent" and q is not pct for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]):
            continue     # another percentage in reach: it may be this share, the named rate something else
        if c._PCT_COMPARED.match(prose, pct.end):
            continue
        share = part.value / whole.value * 100
        if pct.value > 100 or not 0.6 <= share / pct.value <= 1.6:
            continue     # far from their share: the rate is of something else ("612 rejected ballots, and turnout was
                         # 71.9 per cent of the 56,300 registered voters")
        complement = (whole.value - part.value) / whole.value * 100
        if abs(complement - pct.value) <= c.precision_of(pct) + 0.05 * pct.value + 0.3:
            continue     # the rate of the other part ("a failure rate" said of the passes' counts)
        yield c.Share(part, whole, pct, False)


_ABOUT_COUNT = ("some", "about", "around", "roughly", "approximately", "nearly", "almost")
_AT_LEAST = ("more than", "over", "at least", "upwards of", "in excess of")


def _counts_in(ordered, starts, lo: int, hi: int, prose: str, c, bounds: bool = False) -> list[Quantity]:
    return [q for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
            if q.kind == "number" and c.is_single(q) and (q.low is None and q.high is None and (c.is_plain(q) or (
                q.hedge or "").lower() in _ABOUT_COUNT) or bounds and q.high is None and (q.hedge or "").lower() in _AT_LEAST) and q.value is not None and q.value >= 2 and not c.is_year_like(q)
            and not c.is_modifier(q) and not c.is_age(q, prose)
            and not (q.value < 10 and not any(ch.isdigit() for ch in q.text))]


def _part_before(pct: Quantity, ordered, starts, lo: int, prose: str, c) -> Quantity | None:
    """The count just before the percentage, with only figures of other kinds (words) between."""
    i = bisect.bisect_left(starts, pct.start) - 1
    while i >= 0 and ordered[i].start >= lo:
        q = ordered[i]
        if q.kind in _WORDS_KINDS or c.is_year_like(q) or c.is_modifier(q) or (
                q.kind == "number" and (not c.is_plain(q) or not any(ch.isdigit() for ch in q.text)) and q.value < 10) \
                or (q.kind == "number" and c.is_age(q, prose)):
            i -= 1       # "at least one member", "three weeks", "over the age of 75": something else, said in words
            continue
        if q.kind != "number" or not c.is_single(q) or q.value is None or q.value < 2 or c.is_age(q, prose) \
                or c.is_fraction_rate(q):
            return None
        return q
    return None


def _whole_of(part: Quantity, found: list, ordered, starts, sentences, k: int, prose: str, c,
              pct: Quantity | None = None) -> Quantity | None:
    for sh in found:
        if sh.part is part and sh.percent is None and sh.written_as_of:
            return sh.whole              # "N of the M ...": read as a share with no percentage of its own
    lo = sentences[k][0]
    before = [q for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, part.start)]
              if q.kind == "number" and c.is_single(q) and not c.is_year_like(q) and not c.is_modifier(q)]
    if c._OF_THEM.match(prose[part.end:part.end + 20]):
        # "74,210 candidates sat the exam and 48,930 of them passed ...": the one count before it
        if not before and k:
            return _whole_told_before(part, ordered, starts, sentences, k, prose, c, pct)
        return before[0] if len(before) == 1 else None
    for whole in reversed(before):
        if _OF_THE.search(prose[max(0, whole.start - 16):whole.start]):
            between = [q for q in before if whole.end <= q.start]
            if "," in prose[whole.end:part.start] and not between:
                return whole             # "Of the M <what they are>, N ..."
            return None
    lead = _OF_THOSE.match(prose, lo, part.start)
    if lead is None and not before and k:
        return _whole_told_before(part, ordered, starts, sentences, k, prose, c, pct)
    if lead is None or k == 0 or before or _NARROWED.search(lead.group("clause")):
        return None
    p_lo, p_hi = sentences[k - 1]
    earlier = [q for q in ordered[bisect.bisect_left(starts, p_lo):bisect.bisect_left(starts, p_hi)]
               if q.kind == "number" and c.is_plain(q) and not c.is_year_like(q) and not c.is_modifier(q)
               and not c.is_age(q, prose)]
    if not earlier:
        return None
    if len(earlier) > 1 and (any(q.value <= earlier[-1].value for q in earlier[:-1])
                             or c._TWO_WHENS.search(prose, earlier[0].end, earlier[-1].start)):
        return None     # several counts, not each a part of the one before, or one count at two times
    return earlier[-1]  # "those" are the last ones counted ("Of the 3,120 members, 2,410 voted. Of those ...")


# the part's sentence says it is of a whole counted earlier, naming it in words and not by figure: "Of the year's
# candidates, 58,400 ...", "264 of those waiting ...", "— 38% of the total —"
_WHOLE_OPENS = regex.compile(r"\W*(?:Of|Among(?:st)?|Out\s+of)\s+(?:the|all|all\s+the|those|these|this|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}"
                          r"[\p{L}'’-]+\s*,\s*", cache_pattern=False)
# ("312 of the affected employees": the whole named by its noun, counted earlier)
_WHOLE_AFTER = regex.compile(r"\s+(?:out\s+of|of|among)\s+(?:(?:those|them|these)(?:\s+[\p{Ll}-]+)?|the(?:\s+[\p{Ll}-]+){1,2})(?![\p{L}])",
                             cache_pattern=False)


def _whole_told_before(part: Quantity, ordered, starts, sentences, k: int, prose: str, c,
                       pct: Quantity | None = None) -> Quantity | None:
    """A whole named in words by the part's sentence and counted in an earlier one: every count before the part
    that is larger than it is a reading of that whole; one such count is the whole, two leave it unsure."""
    lo, hi = sentences[k]
    said = _WHOLE_OPENS.fullmatch(prose, lo, part.start) or _WHOLE_AFTER.match(prose, part.end, min(hi, part.end + 30))
    if said is None or _NARROWED.search(said.group()):
        return None       # ("of those aged over 60": a part of the whole, its size not given)
    if said.start() > lo and _NARROWED.search(prose, lo, part.start):
        return None       # "In Turkana, 412 of the schools": the whole narrowed to a place, its size not given
    w_lo = sentences[0][0]
    larger = [q for q in _counts_in(ordered, starts, w_lo, lo, prose, c, bounds=True)
              if q.value > part.value and not q.text.lstrip()[:1] == "0"]
    if len(larger) == 1:
        return larger[0]
    if pct is None or not larger or any(_fits(pct, part, w, c) for w in larger):
        return None
    s_starts = [a for a, _ in sentences]
    if len({bisect.bisect_right(s_starts, w.start) for w in larger}) < len(larger):
        return None     # "1,240 patients on Monday and 1,480 on Tuesday": counts listed together, the whole may be any sum
    # several counts could be the whole and the share fits none of them: wrong on every reading; the
    # finding names the likeliest (the one its share comes nearest)
    return min(larger, key=lambda w: abs(math.log(100 * part.value / w.value / pct.value)))


def _fits(pct: Quantity, part: Quantity, whole: Quantity, c) -> bool:
    """Is `pct` the share `part` is of `whole`, to its rounding and a little more (as _explained allows)?"""
    slack = c.precision_of(pct) + 0.015 * abs(pct.value) + 0.3
    return abs(100 * part.value / whole.value - pct.value) <= slack


def _used(changes: list, found: list) -> set[int]:
    used = {id(q) for ch in changes for q in (ch.old, ch.new, ch.delta, ch.rate) if q is not None}
    used.update(id(sh.percent) for sh in found if sh.percent is not None)
    return used


# -- the anomaly ----------------------------------------------------------------------------------------

def _explained(stated: Quantity, pair: tuple[Quantity, Quantity], ordered, starts, lo: int, hi: int, prose: str,
               c, moves: bool = True) -> bool:
    """Does the percentage fit a relation of any other two figures of its sentence and the one before, to its
    rounding and a little more? A share is explained by another share (or a gap of two percentages), a move
    by any share, rise or fall: the fall from 3,120 members to 541 "no" votes is no explanation of a share."""
    from . import slipped_rates as s
    figs = s._pair_figures(ordered, starts, lo, hi, prose, c, [])
    pcts = [q for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
            if q.kind == "percent" and q.unit == "percent" and q.value is not None and q is not stated]
    own = frozenset(q.start for q in pair)
    slack = c.precision_of(stated) + 0.015 * abs(stated.value) + 0.3
    if moves:
        relations = s._every_relation(figs, pcts, c)
    else:
        relations = [(frozenset((a.start, b.start)), s._ratio(*sorted((a, b), key=lambda q: q.value), c))
                     for i, a in enumerate(figs) for b in figs[i + 1:] if c.same_measure(a, b) and a.value != b.value]
        relations += [(frozenset((a.start, b.start)), (abs(a.value - b.value),) * 2)
                      for i, a in enumerate(pcts) for b in pcts[i + 1:]]
    return any(key != own and iv is not None and iv[0] - slack <= stated.value <= iv[1] + slack for key, iv in relations)


# -- a move whose level is what a pronoun points back to --------------------------------------------------
# "That is already 36% more than the 17.1 million tonnes gathered in 2023": "That" is the figure before
# ("This year's total is 17% higher than ...": a determiner of a time opens on the time, not on the figure before)
_POINTS_BACK = regex.compile(r"\W*(?:That|This|It|Which|These|Those)(?:['’]s|\s+(?:is|was|are|were|would\s+be|will\s+be|"
                             r"represents|represented|marks|marked|means|meant))?(?![\p{L}])"
                             r"(?!\s+(?:year|month|week|season|quarter|time|morning|evening|afternoon|spring|summer|"
                             r"autumn|winter|term|half|decade)s?(?:['’]s)?(?![\p{L}]))", cache_pattern=False)


def pointed_moves(story: Story, ordered: list[Quantity], starts: list[int], changes: list, found: list) -> Iterator:
    c = claims
    prose = story.doc.prose
    open_moves = [ch for ch in changes if ch.rate is not None and ch.rate.unit == "percent" and ch.delta is None
                  and ch.factor is None and (ch.old is None) != (ch.new is None) and not ch.between]
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    open_moves.extend(_rates_on_a_base(story, ordered, starts, changes, found, sentences, s_starts, c))
    for ch in open_moves:
        if ch.old is None:
            continue     # "This brought the total to 24,325, an increase of 13%": the level is here, the base not given
        known = ch.old
        k = bisect.bisect_right(s_starts, ch.rate.start) - 1
        if k < 1 or not c.is_plain(known):
            continue
        lo, hi = sentences[k]
        if not _POINTS_BACK.match(prose, lo, ch.rate.start):
            continue
        mine = [q for q in _measured(ordered, starts, lo, hi, prose, c) if c.same_measure(q, known) and q is not known]
        p_lo, p_hi = sentences[k - 1]
        theirs = [q for q in _measured(ordered, starts, p_lo, p_hi, prose, c) if c.same_measure(q, known)]
        if mine or len(theirs) != 1 or claims.is_vague_count(theirs[0]):
            continue     # the level must be the one figure of the measure the pronoun can point to, told in figures
        level = theirs[0]
        old, new = (known, level) if ch.old is not None else (level, known)
        if ch.direction and (new.value - old.value) * ch.direction < 0:
            continue     # the level moves the other way: not what the pronoun points to
        if _explained(ch.rate, (old, new), ordered, starts, p_lo, hi, prose, c):
            continue
        yield replace(ch, old=old, new=new)


def _rates_on_a_base(story: Story, ordered, starts, changes: list, found: list, sentences, s_starts, c) -> Iterator:
    """ "This was 19 percent up on the 112,000 it sold in 2023": a rate named as a move, in a sentence opening on a
    pronoun, with one figure after it; that figure is the base (the level is what the pronoun points to)."""
    from . import slipped_rates as s
    prose = story.doc.prose
    used = _used(changes, found)
    for k, (lo, hi) in enumerate(sentences):
        if k == 0 or not _POINTS_BACK.match(prose, lo, hi):
            continue
        figs = [q for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if not c.is_year_like(q)
                and q.kind not in ("date", "weekday", "duration", "ordinal")]
        if len(figs) != 2 or figs[0].kind != "percent" or figs[0].unit != "percent" or id(figs[0]) in used:
            continue
        rate, base = figs
        word = s._move_word(rate, prose) if c.is_single(rate) else None
        if word is None or base.kind not in ("number", "money", "physical") or not c.is_plain(base) or id(base) in used:
            continue
        down = word.lower() in s._DOWN_WORDS
        yield c.Change(trigger=Span(rate.start, rate.end), direction=-1 if down else 1, old=base, rate=rate)


def _measured(ordered, starts, lo: int, hi: int, prose: str, c) -> list[Quantity]:
    return [q for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
            if q.kind in ("number", "money", "physical") and c.is_plain(q) and q.value and not c.is_year_like(q)
            and not c.is_modifier(q) and not c.is_age(q, prose)]


# -- a margin between two figures ---------------------------------------------------------------------
_MARGIN_BEFORE = regex.compile(r"(?:(?<![\p{L}])(?:margin|majority|lead|gap|difference|advantage)\s+of|"
                               r"(?<![\p{L}])(?:won|wins|winning|beat|beats|beating|defeated|edged|lost|losing|leads|led|"
                               r"trails|trailed)\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}?by)\s+"
                               r"(?:(?:just|only|barely|a\s+mere)\s+)?\Z", regex.I, cache_pattern=False)
_MARGIN_AFTER = regex.compile(r"\A[\s-]+(?:[\p{L}]+[\s-]+)?(?:margin|majority|lead|gap)(?![\p{L}])"
                              # a league table's gap: "81 points, 12 clear of Arsenal on 71"
                              r"|\A\s+(?:points?\s+|pts\s+)?clear\s+of(?![\p{L}])", regex.I, cache_pattern=False)
_RIVALS = regex.compile(r"(?<![\p{L}])(?:to|against|versus|vs|v|and|while|whereas|over|compared\s+with|ahead\s+of|clear\s+of)(?![\p{L}])",
                        regex.I, cache_pattern=False)
_NOT_RIVALS = regex.compile(r"(?<![\p{L}])(?:(?<!(?:ahead|clear)\s+)of|out\s+of|with|including|among)(?![\p{L}])", regex.I,
                            cache_pattern=False)
_MARGIN_WORDS = ("margin", "majority", "lead", "gap", "difference", "advantage", "won by", "beat", "defeated", "edged",
                 "lost by", "trail", "clear of")
_SCORE_PAIR = regex.compile(r"(?<![\d.,-])\d{1,3}[-–]\d{1,3}(?![\d.,]|[-–]\d)", cache_pattern=False)


def _scores_in_story(story: Story) -> int:
    return len(_SCORE_PAIR.findall(story.doc.prose))


_SCORE_END = regex.compile(r"\d[-–]\Z", cache_pattern=False)
_SCORE_START = regex.compile(r"[-–]\d", cache_pattern=False)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])(?:from|than|since)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}]+\s+){0,2}of\s+\Z",
                           regex.I, cache_pattern=False)
# "ahead 55-45": two rivals' figures written as a score
_SCORE_DASH = regex.compile(r"[-–]", cache_pattern=False)
# "11 votes to eight": a tally's two counts (the second is a figure the reader has read)
_TALLY_AFTER = regex.compile(r"\s+(?:votes?\s+|seats?\s+)?(?:to|against)\s+", regex.I, cache_pattern=False)
# "289 of the 577 seats": the figure is a part of the whole after it
_PART_OF_AFTER = regex.compile(r"\s+(?:seats\s+|votes\s+)?(?:out\s+)?of\s+(?:the\s+|its\s+|a\s+)?", regex.I, cache_pattern=False)
_MOST_OF = regex.compile(r"(?<![\p{L}])the\s+\Z", regex.I, cache_pattern=False)
_ERROR = regex.compile(r"(?<![\p{L}])(?:error|plus\s+or\s+minus|sampling)(?![\p{L}])|±", regex.I, cache_pattern=False)
# words of another time between the figures and the margin: a margin of another race
_OTHER_RACE = regex.compile(r";|(?<![\p{L}])(?:ago|last|previous|previously|earlier|before|then)(?![\p{L}])|"
                            r"(?<![\d,.])(?:19|20)\d\d(?![\d,])", regex.I, cache_pattern=False)


def margins(story: Story, ordered: list[Quantity], starts: list[int], changes: list, found: list) -> Iterator:
    c = claims
    prose = story.doc.prose
    lowered = story.lowered_prose()
    if not any(w in lowered for w in _MARGIN_WORDS):
        return
    used = _used(changes, found)
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for q in ordered:
        if q.kind not in ("number", "money", "physical") or id(q) in used or not c.is_plain(q) or not q.value \
                or c.is_year_like(q):
            continue
        # cheap tests first: a cue before ends on "of" or "by", one after holds a word of margin
        # (in ASCII, where lowering is the pattern's case folding)
        window = prose[max(0, q.start - 40):q.start]
        low = window.lower()
        cue = _MARGIN_BEFORE.search(prose, max(0, q.start - 40), q.start) \
            if "of" in low or "by" in low or not window.isascii() else None
        if cue is None:
            after = prose[q.end:q.end + 30]
            low = after.lower()
            if not ("margin" in low or "majority" in low or "lead" in low or "gap" in low or "clear" in low
                    or not after.isascii()) \
                    or not _MARGIN_AFTER.match(after):
                continue
        if cue is not None and _MOST_OF.search(prose, max(0, cue.start() - 6), cue.start()):
            continue     # "the majority of 574 respondents": most of them, not a margin
        tally = _TALLY_AFTER.match(prose, q.end)
        if tally is not None and _figure_at(ordered, starts, tally.end()):
            continue     # "by a majority of 11 votes to eight": the winning side's count of a tally, not a gap
        whole = _PART_OF_AFTER.match(prose, q.end)
        if whole is not None and _figure_at(ordered, starts, whole.end()):
            continue     # "an absolute majority of 289 of the 577 seats": the seats a majority needs, not a gap
        k = bisect.bisect_right(s_starts, q.start) - 1
        lo, hi = sentences[k]
        if _ERROR.search(prose, lo, hi):
            continue
        if _SCORE_END.search(prose, max(lo, q.start - 2), q.start) or _SCORE_START.match(prose, q.end):
            continue     # "raced to a 17-7 lead": the figure is one side of a score, not the gap
        measured = _measured(ordered, starts, lo, hi, prose, c)
        rivals = [f for f in measured if f is not q and c.same_measure(f, q) and f.kind == q.kind]
        # "ahead 55-45 on a two-party-preferred basis — a lead of eight points": the one score said is the rivals'
        scores = [(f, g) for f, g in zip(rivals, rivals[1:]) if _SCORE_DASH.fullmatch(prose, f.end, g.start)]
        table = _table_rivals(q, rivals, prose) if cue is None else None
        if table is not None:
            rivals, scores = table, []   # "81 points, 12 clear of Arsenal on 71": the two around the gap, whatever
            #                              else the sentence says ("priced at 5,000-1")
        if len(scores) == 1:
            if story.memo("stated_results.scores", _scores_in_story) > 1:
                continue     # "led 26-24 after one quarter ... outscored them 26-19 ... a nine-point lead": a lead
                             # adds up over the periods; with more than one score told, which it is of is unclear
            rivals = list(scores[0])
            if q.value >= min(f.value for f in rivals):
                continue     # "a total of 9-287 ... a 73-run lead": wickets and runs, not two sides' shares
        if len(rivals) != 2 or any(id(f) in used for f in rivals):
            continue     # two rivals and their gap; with three the gap may be any pair's
        a, b = rivals
        if a.value == b.value or q.value >= max(a.value, b.value) or not (
                _RIVALS.search(prose, a.end, b.start) or _SCORE_DASH.fullmatch(prose, a.end, b.start)) \
                or _NOT_RIVALS.search(prose, a.end, b.start):
            continue     # two figures set against each other ("52,114 votes to Brennan's 47,390"), not a part of the
                         # other ("411 of the 650 seats") or a figure inside it ("replied with 245, X top-scoring with 88")
        first, last = min(a.start, q.start), max(b.end, q.end)
        if _OTHER_RACE.search(prose, first, last) or _OTHER_RACE.search(prose, q.end, min(hi, q.end + 30)) \
                or _FROM_BEFORE.search(prose, max(lo, q.start - 30), q.start):
            continue     # "down from a lead of 12 points last month": the margin of another time
        yield c.Change(trigger=Span(q.start, q.end), direction=0, old=a, new=b, delta=q, between=True)


# "12 clear of runners-up Arsenal on 71": the rival named, then its own figure
_CLEAR_OF_RIVAL_ON = regex.compile(r"\s+(?:points?\s+|pts\s+)?clear\s+of\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:on|with)\s+\Z", regex.I,
                                   cache_pattern=False)


def _table_rivals(q: Quantity, rivals: list[Quantity], prose: str) -> list[Quantity] | None:
    """A league table's gap: the leader's figure just before it ("finished with 81 points, 12 clear of ...") and the
    rival's figure after its name ("... Arsenal on 71"), both in the gap's own clause."""
    before = [f for f in rivals if f.end <= q.start and regex.fullmatch(r"\s+(?:points?|pts)?\s*,\s*", prose[f.end:q.start])]
    after = [f for f in rivals if f.start >= q.end and _CLEAR_OF_RIVAL_ON.fullmatch(prose, q.end, f.start)]
    if len(before) != 1 or len(after) != 1:
        return None
    return [before[0], after[0]]


def _figure_at(ordered: list[Quantity], starts: list[int], at: int) -> bool:
    """Does a figure the reader has read start at `at`?"""
    k = bisect.bisect_left(starts, at)
    return k < len(ordered) and ordered[k].start == at


# -- a share said as what two counts mean ------------------------------------------------------------------
# "... occupied 186 beds. The hospital has 1,240 in total, meaning 18 per cent were taken up by ..."; "breaches at
# 412 outlets. Its teams had checked 1,240 businesses, meaning 38 percent were found in violation": the count just
# before "meaning" is the whole, the part a smaller count of its measure in that sentence or the one before. Every
# such count is a reading; the share is flagged only when it fits none (naming the nearest).
_MEANING = regex.compile(r"(?:,|\s[-–—])\s*(?:meaning|which\s+means|which\s+meant|so\s+that|implying|i\.e\.)\s+"
                         r"(?:that\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?\Z",
                         regex.I, cache_pattern=False)
_MEANING_WORDS = ("meaning", "which means", "which meant", "so that", "implying", "i.e.")


def meant_shares(story: Story, ordered: list[Quantity], starts: list[int], changes: list, found: list) -> Iterator:
    c = claims
    prose = story.doc.prose
    low = story.lowered_prose()
    if not any(w in low for w in _MEANING_WORDS):
        return
    used = _used(changes, found)
    sentences = None
    for pct in ordered:
        if pct.kind != "percent" or pct.unit != "percent" or not c.is_single(pct) or not pct.value or id(pct) in used:
            continue
        if not _MEANING.search(prose, max(0, pct.start - 30), pct.start):
            continue
        if sentences is None:
            sentences, s_starts = story.doc.sentences(), story.doc.sentence_starts()
        k = bisect.bisect_right(s_starts, pct.start) - 1
        lo = sentences[k - 1][0] if k else sentences[k][0]
        counts = [q for q in _counts_in(ordered, starts, lo, pct.start, prose, c) if not q.hedge]
        if len(counts) < 2:
            continue
        last = counts[-1]
        if _words_between(prose, last.end, pct.start) > 12:
            continue     # the clause is built on the count just before "meaning"
        # every reading: the last count the whole of a smaller one before it, or a part of a larger one
        readings = [(q, last) if q.value < last.value else (last, q) for q in counts[:-1]
                    if q.value != last.value and c.same_measure(q, last)]
        if not readings or any(_fits(pct, p, w, c) for p, w in readings):
            continue
        part, whole = min(readings, key=lambda r: abs(math.log(100 * r[0].value / r[1].value / pct.value)))
        if c._PCT_COMPARED.match(prose, pct.end) or c._of_another_whole(pct, whole, prose) or _explained(
                pct, (part, whole), ordered, starts, lo, sentences[k][1], prose, c, moves=True):
            continue     # "meaning 12 per cent more", a share of something else, or a move the percentage is
        yield c.Share(part, whole, pct, False)


def _words_between(prose: str, a: int, b: int) -> int:
    return len(prose[a:b].split())
