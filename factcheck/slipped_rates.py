"""A stated rate that fits none of the figures around it, while a typing slip of it fits one relation.

A sub-editor who reads "Only 312 of the 1,460 compounds covered by a new survey, or 31 per cent, have a
nurse" works out 21% and sees a slipped key, however long the words between the share and its figures.
The frame readers in claims.py tie a percentage to its figures only when the words between them are few
and familiar; this reader decides from the anomaly itself:

- an OPEN relation: two figures of one measure already read as one (a share "N of M" with no
  percentage tied to it; a move "from A to B" or "A, up from B" with no rate), in the percentage's
  sentence or the one before it; or a rate already tied to a base whose level was not found, and
  exactly one other figure of that measure in the sentence;
- the PERCENTAGE is said as that relation: set off after it (", or P%", "(P%)", "— P% —", ", about
  P%", ", representing P%") for a share; named as a move ("a P% rise", "up P%", "an increase of P%")
  for a change; and it is tied to no other relation;
- the ANOMALY: the percentage fits no relation computable from the figures of its sentence and the one
  before (any share, rise or fall of any two figures of one measure, any gap between two percentages),
  while one typing slip of it (one digit changed, or two neighbouring digits swapped) fits the open
  relation to the rounding written, and no other relation.

The same holds for a factor in figures ("a 2.6-fold rise") against its move's ratio. And a rate named as
the one move of its sentence that fits that move worked out the wrong way (the new level as a percentage
of the old: "a 160% rise" for 60%; the change over the new level: "a 37.5% rise" for 60%), and no relation
of any other two figures, is tied to it too.

A percentage that fits something is explained and left alone; one that fits nothing and no slip of it
fits is of something else (a figure not in the copy). The relation built is an ordinary Share or Change,
so the share and percent-change rules recompute and word it.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Iterator

import regex

from .model import Quantity
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle


_PAIR_KINDS = ("number", "money", "physical")
# a percentage set off after the share it gives
_SET_OFF_BEFORE = regex.compile(
    r"(?:,\s*(?:or|that\s+is|i\.e\.|representing|accounting\s+for|equal\s+to|equivalent\s+to|about|around|some|"
    r"roughly|nearly|almost|just\s+over|just\s+under|or\s+about|or\s+around|or\s+nearly|or\s+some|or\s+roughly|just|only|"
    r"barely|merely|a\s+mere|a\s+full|fully)|"
    r"\(\s*(?:or\s+)?|[-–—]\s*(?:or\s+|just\s+|only\s+|about\s+|some\s+|roughly\s+|nearly\s+)?)\s*\Z", regex.I, cache_pattern=False)
# a percentage named as a move: "a 75% rise", "up 75%", "an increase of 75%", "75% higher"
_MOVE_AFTER = regex.compile(r"\A\s*(?:(?:year[\s-]on[\s-]year|annual|yearly|overall)\s+)?(?P<verb>increase|rise|jump|"
                            r"gain|growth|surge|climb|hike|uptick|improvement|increment|boost|drop|fall|decline|decrease|"
                            r"reduction|cut|slide|dip|plunge|slump|loss|higher|lower|more|less|up|down)(?![\p{L}])", regex.I, cache_pattern=False)
_MOVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<verb>up|down|rose|rise|rises|risen|rising|grew|grown|growing|increased|increasing|climbed|jumped|"
    r"surged|gained|soared|fell|falling|fallen|dropped|declined|decreased|slid|slipped|plunged|tumbled|shrank|"
    r"(?:an?\s+)?(?:increase|rise|jump|gain|growth|surge|climb|hike|drop|fall|decline|decrease|reduction|cut|slide|"
    r"dip|plunge|slump|loss)\s+of)\s+(?:by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?\Z", regex.I, cache_pattern=False)
_DOWN_WORDS = frozenset("down fell falling fallen dropped declined decreased slid slipped plunged tumbled shrank drop fall "
                        "decline decrease reduction cut slide dip plunge slump loss lower less".split())
# a sentence that says a time or a place of its own speaks of another move than the one before it
_ELSEWHERE = regex.compile(r"(?<![\p{L}])(?:(?i:year|years|month|months|week|weeks|quarter|season|term|ago|earlier|previous|"
                           r"previously|before|since|last|next|then|after)(?![\p{L}])|(?:[Ii]n|[Aa]t|[Ff]or|[Aa]mong|[Aa]cross)\s+"
                           r"(?:the\s+)?\p{Lu})", cache_pattern=False)
_DIGITS = regex.compile(r"\d+(?:\.\d+)?", cache_pattern=False)


def slipped_rates(story: Story, ordered: list[Quantity], starts: list[int], changes: list, shares: list
                  ) -> Iterator[object]:
    """Shares and changes whose stated percentage is a typing slip of the one relation it is said of."""
    c = claims
    prose = story.doc.prose
    used, open_rates = _tied(changes, shares)
    # cheap first: a percentage tied to nothing, in two or more digits, set off or named as a move
    pcts = [q for q in ordered if q.kind == "percent" and q.unit == "percent" and id(q) not in used
            and _slippable(q, prose)
            and (_set_off(q, prose) or _move_word(q, prose))]
    yield from _slipped_folds(story, ordered, starts, changes, used, c)     # (none without "fold" in the story)
    if not pcts:
        return
    sentences = story.doc.sentences()
    sentence_starts = story.doc.sentence_starts()
    for pct in pcts:
        k = bisect.bisect_right(sentence_starts, pct.start) - 1
        if k < 0:
            continue
        lo, hi = sentences[k]
        if claims._RATE_OF_ANOTHER_VERB.search(prose, max(lo, pct.start - 80), pct.start):
            continue         # ", paying for a 25% increase in ...", "could fall by up to 25%": another verb's move
        if k and bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo) == 1 \
                and not _ELSEWHERE.search(prose, lo, hi):
            lo = sentences[k - 1][0]     # "... from A to B. That is a P% rise.": a sentence with no figure,
                                         # time or place of its own
        # a share's whole may be counted in the sentence before ("Inspectors visited 1,460 clinics. ... 312 of the
        # clinics ..."): the figures of both are read, a move's only in the rate's own sentence (or the one before
        # it when the rate's has no figure of its own)
        wide = sentences[k - 1][0] if k else lo
        figs = _pair_figures(ordered, starts, wide, hi, prose, c, shares)
        opens = list(_open_relations(pct, figs, changes, shares, open_rates.get(id(pct)), lo, used, prose, c))
        if not opens:
            continue
        all_pcts = [q for q in ordered[bisect.bisect_left(starts, wide):bisect.bisect_left(starts, hi)]
                    if q.kind == "percent" and q.unit == "percent" and q.value is not None and q is not pct]
        keyed = _every_relation(figs, all_pcts, c)
        every = [iv for _, iv in keyed]
        nearby = _nearby(pct, opens, keyed, c)
        if nearby is not None:
            yield nearby
            continue
        if any(_fits_loosely(pct.value, low, high) for low, high in every):
            continue         # the percentage is some relation of its figures: explained
        slips = _slips(pct, prose)
        p = c.precision_of(pct)
        fitting = [r for r in opens if any(_fits(s, *r[1], p) for s in slips)]
        if len(fitting) != 1:
            continue
        relation, (low, high) = fitting[0]
        others = [iv for iv in every if iv != (low, high)]   # (the open relation's own interval is left out)
        if any(_fits(s, *iv, p) for s in slips if _fits(s, low, high, p) for iv in others):
            continue         # the slip fits another relation too: which one was meant is not sure
        yield relation


# -- "a 2.6-fold rise" --------------------------------------------------------------------------------
_FOLD_AFTER = regex.compile(r"\A[-‑\s]?fold(?![\p{L}])(?P<down>\s+(?:drop|fall|decline|decrease|reduction|cut|lower))?",
                            regex.I, cache_pattern=False)


def _slipped_folds(story: Story, ordered, starts, changes: list, used: set[int], c) -> Iterator[object]:
    """ "Output rose 2.6-fold from 45,000 tonnes to 72,000 tonnes": a factor in figures is held to the move's
    ratio the same way, when it fits no ratio of its sentence's figures and one slip of it fits the move's."""
    prose = story.doc.prose
    if "fold" not in prose:
        return           # most stories: no factor written in figures
    folds = [q for q in ordered if q.kind == "number" and prose[q.end:q.end + 1] in ("-", "‑", "f", " ")
             and _FOLD_AFTER.match(prose[q.end:q.end + 20]) and id(q) not in used and _slippable(q, prose)]
    if not folds:
        return
    sentences = story.doc.sentences()
    sentence_starts = story.doc.sentence_starts()
    for fold in folds:
        down = _FOLD_AFTER.match(prose[fold.end:fold.end + 20]).group("down") is not None
        lo, hi = sentences[bisect.bisect_right(sentence_starts, fold.start) - 1]
        figs = _pair_figures(ordered, starts, lo, hi, prose, c, [])
        ids = {id(q) for q in figs}
        opens = [(ch.old, ch.new, ch) for ch in changes if ch.old is not None and ch.new is not None and ch.rate is None
                 and ch.factor is None and ch.delta is None and id(ch.old) in ids and id(ch.new) in ids]
        opens += [(a, b, None) for a, b in _from_to(figs, changes, prose, c)]
        every = [_factor(small, big, c) for i, a in enumerate(figs) for b in figs[i + 1:]
                 if c.same_measure(a, b) and a.value != b.value
                 for small, big in [(a, b) if a.value < b.value else (b, a)]]
        if any(_fits_loosely(fold.value, lo_, hi_) for lo_, hi_ in every if lo_ > 0):
            continue         # the factor is some ratio of its figures: explained
        slips, p = _slips(fold, prose), c.precision_of(fold)
        fitting = []
        for old, new in {(o.start, n.start): (o, n) for o, n, _ in opens}.values():
            if (new.value < old.value) != down:
                continue
            ratio = _factor(min(old, new, key=lambda q: q.value), max(old, new, key=lambda q: q.value), c)
            if any(_fits(s, *ratio, p) for s in slips):
                fitting.append((old, new))
        if len(fitting) != 1:
            continue
        old, new = fitting[0]
        from .model import Span
        word = Span(fold.start, fold.end + _FOLD_AFTER.match(prose[fold.end:fold.end + 20]).end())
        yield c.Change(trigger=word, direction=-1 if down else 1, old=old, new=new,
                       factor=(1 / fold.value) if down else fold.value, factor_span=word)


def _factor(small: Quantity, big: Quantity, c) -> tuple[float, float]:
    (s_lo, s_hi), (b_lo, b_hi) = c.interval(small), c.interval(big)
    return (b_lo / s_hi, b_hi / s_lo) if s_lo > 0 else (0.0, 0.0)


def _tied(changes: list, shares: list) -> tuple[set[int], dict[int, object]]:
    """Percentages already tied to a relation; rates tied to a change short of a level or a base."""
    used: set[int] = set()
    open_rates: dict[int, object] = {}
    for ch in changes:
        for q in (ch.old, ch.new, ch.delta):
            if q is not None:
                used.add(id(q))
        if ch.rate is not None:
            if ch.delta is None and (ch.old is None) != (ch.new is None) and ch.factor is None:
                open_rates[id(ch.rate)] = ch
            else:
                used.add(id(ch.rate))
    for sh in shares:
        for q in (sh.part, sh.whole, sh.percent):
            if q is not None:
                used.add(id(q))
    return used, open_rates


_SET_OFF_MARKS = (",", "(", "-", "\u2013", "\u2014")


def _set_off(q: Quantity, prose: str):
    """_SET_OFF_BEFORE's match in the 24 characters before the figure. Each of its forms opens with a comma, a
    bracket or a dash: a window with none of them is not searched."""
    lo = max(0, q.start - 24)
    window = prose[lo:q.start]
    if not any(mark in window for mark in _SET_OFF_MARKS):
        return None
    return _SET_OFF_BEFORE.search(prose, lo, q.start)


def _slippable(q: Quantity, prose: str) -> bool:
    """A plain percentage written in two or more digits (a one-digit figure has a slip for every value)."""
    if q.value is None or q.hedge or q.low is not None or q.high is not None or q.value <= 0:
        return False
    s, e = q.number_span or (q.start, q.end)
    digits = prose[s:e]
    return _DIGITS.fullmatch(digits) is not None and sum(ch.isdigit() for ch in digits.lstrip("0.")) >= 2


def _pair_figures(ordered, starts, lo: int, hi: int, prose: str, c, shares: list) -> list[Quantity]:
    """The figures of one measure a relation can be made of, in reading order; "58 out of 140", one figure to
    the extractor, as the share reader split it."""
    figs = []
    for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
        if q.kind not in _PAIR_KINDS or not c.is_plain(q) or q.value is None or q.value <= 0 or c.is_year_like(q) \
                or c.is_modifier(q) or c.is_age(q, prose):
            continue
        figs.append(q)
    for sh in shares:
        if lo <= sh.part.start < hi and lo <= sh.whole.start < hi:
            figs = [q for q in figs if not (q.start <= sh.part.start < q.end or q.start <= sh.whole.start < q.end)]
            figs.extend(q for q in (sh.part, sh.whole) if c.is_plain(q) and q.value and q.value > 0)
    return sorted(figs, key=lambda q: q.start)


def _open_relations(pct: Quantity, figs: list[Quantity], changes: list, shares: list, open_change, lo: int,
                    used: set[int], prose: str, c) -> Iterator[tuple[object, tuple[float, float]]]:
    """The relations the percentage may be said of, each with the interval it computes to."""
    set_off = _SET_OFF_BEFORE.search(prose, max(lo, pct.start - 24), pct.start)
    move = _move_word(pct, prose)
    ids = {id(q) for q in figs}
    near = {id(q) for q in figs if q.start >= lo}     # the figures of the rate's own sentence(s)
    if set_off and not move:
        for sh in shares:
            if sh.percent is None and id(sh.part) in near and id(sh.whole) in ids and max(sh.part.end, sh.whole.end) <= pct.start \
                    and not _figure_between(figs, sh, pct, c):
                share = _ratio(sh.part, sh.whole, c)
                if share is not None:
                    yield replace(sh, percent=pct), share
    if move is None:
        return
    down = move.lower().split()[-1] in _DOWN_WORDS or move.lower().startswith(("down", "fell", "drop", "declin", "decreas"))
    for ch in changes:
        if ch.rate is None and ch.delta is None and ch.factor is None and ch.old is not None and ch.new is not None \
                and id(ch.old) in near and id(ch.new) in near and _said_after(max(ch.old.end, ch.new.end), pct, prose) \
                and (not ch.direction or (ch.direction < 0) == down):
            rate = _move(ch.old, ch.new, c)
            if rate is not None:
                yield replace(ch, rate=pct), rate
    for old, new in _from_to([q for q in figs if id(q) in near], changes, prose, c):
        if _said_after(max(old.end, new.end), pct, prose) and (new.value < old.value) == down:
            rate = _move(old, new, c)
            if rate is not None:
                yield c.Change(trigger=_span(pct), direction=-1 if down else 1, old=old, new=new, rate=pct), rate
    if open_change is not None:
        known = open_change.old or open_change.new
        # the one other figure of its measure, in the rate's sentence and tied to no relation of its own
        # ("... a 14% increase to 1.09 tonnes" is another change's level, not this one's base)
        others = [q for q in figs if q is not known and c.same_measure(q, known) and id(q) not in used and id(q) in near]
        if len(others) == 1 and not _rival_between(pct, known, others[0], prose):
            other = others[0]
            old, new = (known, other) if open_change.old is not None else (other, known)
            said = _BASE_BEFORE if other is old else _LEVEL_BEFORE
            if not said.search(prose, max(0, other.start - 30), other.start):
                return       # "grades 17 to 22 a 20pc increase": the other figure is not said as the base
            rate = _move(old, new, c)
            if rate is not None and (new.value > old.value) != down:
                yield replace(open_change, old=old, new=new), rate


_RIVAL = regex.compile(r"\d\s*(?:%|per\s*cent|percent|pc\b)|(?<![\p{L}])(?:while|whereas|but|against\s+a|compared\s+with\s+a)"
                      r"(?![\p{L}])", regex.I, cache_pattern=False)


def _rival_between(pct: Quantity, known: Quantity, other: Quantity, prose: str) -> bool:
    """ "rose 25.7 percent to $70 billion, and to China by 16 percent to $43 billion": another rate (or a
    "while") between the rate's figures and the candidate says the candidate is a rival's level."""
    figures = (pct, known, other)
    start, end = min(q.start for q in figures), max(q.end for q in figures)
    text = prose[start:end]
    for q in figures:
        text = text.replace(prose[q.start:q.end], " " * (q.end - q.start), 1)
    return _RIVAL.search(text) is not None


# the one figure a rate's change lacks must be said as what it lacks: its base or its level
_BASE_BEFORE = regex.compile(r"(?<![\p{L}])(?:from|against|compared\s+(?:with|to)|versus|vs\.?|on|over|than)\s+"
                             r"(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?\Z", regex.I, cache_pattern=False)
_LEVEL_BEFORE = regex.compile(r"(?<![\p{L}])(?:to|at|reached|reaching|hit|hitting|stood\s+at|of)\s+(?:(?:a|an|the)\s+)?"
                              r"(?:[\p{L}-]+\s+){0,2}?\Z", regex.I, cache_pattern=False)
_FROM_TO = regex.compile(r"\A\s+to\s+\Z", regex.I, cache_pattern=False)
_FROM = regex.compile(r"(?<![\p{L}])from\s+\Z", regex.I, cache_pattern=False)


def _from_to(figs: list[Quantity], changes: list, prose: str, c) -> Iterator[tuple[Quantity, Quantity]]:
    """ "went from 12,400 to 14,880": a move whatever its verb, when no change reader read these two figures."""
    read = {id(q) for ch in changes for q in (ch.old, ch.new) if q is not None}
    for a, b in zip(figs, figs[1:]):
        if id(a) in read or id(b) in read or not c.same_measure(a, b) or a.value == b.value:
            continue
        if _FROM.search(prose, max(0, a.start - 8), a.start) and _FROM_TO.match(prose[a.end:b.start]):
            yield a, b


def _span(q: Quantity):
    from .model import Span
    return Span(q.start, q.end)


# a verb of change of its own between a move and a rate: the rate is another subject's ("...; the club's share
# of the gate rose 37.5%")
_OWN_VERB = regex.compile(
    r";|(?<![\p{L}])(?:rose|fell|grew|climbed|jumped|surged|soared|gained|increased|decreased|declined|dropped|slid|"
    r"slipped|plunged|tumbled|shrank|eased|dipped|rises|falls|grows|climbs|jumps|gains|increases|decreases|declines|"
    r"drops|risen|fallen|grown)(?![\p{L}])", regex.I, cache_pattern=False)


def _said_after(end: int, pct: Quantity, prose: str) -> bool:
    """The rate comes after the move's figures, named as that move ("..., a rise of P%", "— up P% —"), with no
    verb of change of its own between."""
    return end <= pct.start and not _OWN_VERB.search(prose, end, pct.start)


# every match of _MOVE_BEFORE holds one of these as a whole run of letters (a word with a non-letter before it and a
# space after it): a window in ASCII without one is left before the search
_MOVE_BEFORE_WORDS = frozenset(
    "up down rose rise rises risen rising grew grown growing increased increasing climbed jumped surged gained soared "
    "fell falling fallen dropped declined decreased slid slipped plunged tumbled shrank increase jump gain growth "
    "surge climb hike drop fall decline decrease reduction cut slide dip plunge slump loss".split())
_NOT_LOWER_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _move_word(pct: Quantity, prose: str) -> str | None:
    after = _MOVE_AFTER.match(prose[pct.end:pct.end + 40])
    if after:
        return after.group("verb")
    lo = max(0, pct.start - 30)
    window = prose[lo:pct.start]
    if window.isascii() and _MOVE_BEFORE_WORDS.isdisjoint(
            window.lower().encode("ascii").translate(_NOT_LOWER_LETTER).decode("ascii").split()):
        return None
    before = _MOVE_BEFORE.search(prose, lo, pct.start)
    return before.group("verb") if before else None


def _figure_between(figs: list[Quantity], sh, pct: Quantity, c) -> bool:
    """Another count of the share's measure between it and the percentage: the percentage may be that one's
    ("three northern provinces" only describes the whole)."""
    end = max(sh.part.end, sh.whole.end)
    return any(end <= q.start and q.end <= pct.start and c.same_measure(q, sh.part) and q.value > 12 for q in figs)


def _ratio(part: Quantity, whole: Quantity, c) -> tuple[float, float] | None:
    (p_lo, p_hi), (w_lo, w_hi) = c.interval(part), c.interval(whole)
    if w_lo <= 0:
        return None
    return p_lo / w_hi * 100, p_hi / w_lo * 100


def _move(old: Quantity, new: Quantity, c) -> tuple[float, float] | None:
    (o_lo, o_hi), (n_lo, n_hi) = c.interval(old), c.interval(new)
    if o_lo <= 0 or not c.same_measure(old, new):
        return None
    values = [abs(n - o) / o * 100 for n in (n_lo, n_hi) for o in (o_lo, o_hi)]
    return min(values), max(values)


def _every_relation(figs: list[Quantity], pcts: list[Quantity], c) -> list[tuple[frozenset, tuple[float, float]]]:
    """Every share, rise and fall two figures of one measure make, and every gap between two percentages,
    each with the pair it is of."""
    out = []
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if not c.same_measure(a, b) or a.value == b.value:
                continue
            small, big = (a, b) if a.value < b.value else (b, a)
            pair = frozenset((a.start, b.start))
            for iv in (_ratio(small, big, c), _move(small, big, c), _move(big, small, c)):
                if iv is not None:
                    out.append((pair, iv))
    for i, a in enumerate(pcts):
        for b in pcts[i + 1:]:
            gap = abs(a.value - b.value)
            pair = frozenset((a.start, b.start))
            out.append((pair, (gap, gap)))
            if min(a.value, b.value) > 0:
                out.append((pair, _move(a, b, c) or (gap, gap)))
    return out


# -- a nearby relation: the move worked out the wrong way ---------------------------------------------
# "from RM45,000 to RM72,000, a 160% rise" (the new level as a percentage of the old) or "a 37.5% rise"
# (the change over the new level): the one move the rate is said of, and the rate fits that wrong sum of
# its two figures to the rounding written, and no relation of any other two figures of the sentence.

def _nearby(pct: Quantity, opens: list, keyed: list, c):
    moves = [(r, iv) for r, iv in opens if isinstance(r, c.Change)]
    if len(opens) != 1 or len(moves) != 1:
        return None
    change, right = moves[0]
    old, new = change.old, change.new
    if old is None or new is None or not c.is_plain(old) or not c.is_plain(new) or old.value <= 0 or new.value <= 0:
        return None
    if _fits_loosely(pct.value, *right):
        return None
    (o_lo, o_hi), (n_lo, n_hi) = c.interval(old), c.interval(new)
    wrong = [(n_lo / o_hi * 100, n_hi / o_lo * 100)] if new.value > old.value else []    # "a 160% rise"
    wrong.append(_move(new, old, c))                                                      # over the wrong base
    p = c.precision_of(pct)
    if not any(iv is not None and _fits(pct.value, *iv, p) for iv in wrong):
        return None
    pair = frozenset((old.start, new.start))
    if any(_fits_loosely(pct.value, *iv) for key, iv in keyed if key != pair):
        return None          # the rate is a relation of two other figures
    return change


def _fits(value: float, low: float, high: float, precision: float) -> bool:
    """To the rounding written: "21 per cent" is 20.5 to 21.5."""
    return low - precision - 1e-9 <= value <= high + precision + 1e-9


def _fits_loosely(value: float, low: float, high: float) -> bool:
    """Within the arithmetic rules' own allowance (5% of the figure, and a little more for a small one)."""
    slack = 0.05 * value + min(0.3, value / 10) + 0.5
    return low - slack <= value <= high + slack


def _slips(pct: Quantity, prose: str) -> list[float]:
    """The values one typing slip away from the written figure: one digit changed, or two neighbours swapped."""
    s, e = pct.number_span or (pct.start, pct.end)
    written = prose[s:e]
    out: set[float] = set()
    chars = list(written)
    for i, ch in enumerate(chars):
        if not ch.isdigit():
            continue
        for d in "0123456789":
            if d != ch and not (d == "0" and i == 0 and len(written) > 1 and written[1:2] != "."):
                out.add(float("".join(chars[:i] + [d] + chars[i + 1:])))
        if i + 1 < len(chars) and chars[i + 1].isdigit() and chars[i + 1] != ch and not (i == 0 and chars[1] == "0"):
            swapped = chars[:i] + [chars[i + 1], ch] + chars[i + 2:]
            out.add(float("".join(swapped)))
    out.discard(float(written))
    return sorted(v for v in out if v > 0)
