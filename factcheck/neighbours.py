"""Relations a sub-editor reads across a sentence and its neighbour.

claims.py reads most relations inside one sentence. Three checks need the sentence before too:

- a gap in percentage points between two shares ("The PP took 33.1% ... The Socialists took 31.7%,
  a gap of 1.4 percentage points"; "... (51,95%), contra ... (48,05%). A diferença entre os dois foi
  de ... 3,9 pontos percentuais"): the gap is checked against the two shares it most plausibly
  relates, the last two percentages before it, only when that reading is the only one;
- a move in points named with its noun ("A year earlier ... just 27 per cent said the same — a jump of
  15 percentage points"): its two levels are the two shares just before it (its sentence and the one
  before), when they are the only two there and are said of two times;
- a list, then "Another N ...", then "In all, T": the list goes on over the sentence break and
  the total is their sum.

Each is built as the relation type the arithmetic rules already check (Change, Breakdown),
so the rounding and tolerances are the ones of the same-sentence checks.
"""
from __future__ import annotations

import bisect
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle


# -- a gap in points between two shares --------------------------------------------------------

# "a gap of", "his lead was", "the margin, at", "A diferença ... foi de 13.697 votos, ou"
_GAP_NOUN = (r"gap|lead|margin|difference|advantage|edge|diferen[çc]a|diferencia|[ée]cart|differenza|distacco|"
             r"ventaja|vantagem|vantaggio|Abstand|Vorsprung")
_GAP_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?P<noun>{_GAP_NOUN})(?![\p{{L}}])(?:[^.;:%()]|\.(?=\d)){{0,70}}?"
    r"(?:\s(?:of|de|di|von|was|is|stood\s+at|at|to|came\s+to|amounted\s+to|foi\s+de|fue\s+de|est\s+de|è\s+di)"
    r"|,\s*(?:or|ou|o|soit|oder)|\()\s*"
    r"(?:(?:about|around|nearly|almost|just|only|some|roughly|barely|a\s+mere|cerca\s+de|quase|apenas|casi|environ)\s+)?\Z",
    regex.I)
# "a 1.4-point lead", "1.4 percentage points ahead", "5,9 pontos percentuais à frente"
_GAP_AFTER = regex.compile(
    r"\A[\s-]*(?:(?:percentage[\s-]+)?(?:points?|pts?)[\s-]+)?(?:lead|gap|margin|advantage|edge|ahead|behind|clear|apart|"
    r"adrift|difference)(?![\p{L}])", regex.I)
_POINTS_AFTER = regex.compile(r"\A[\s-]+(?:percentage[\s-]+)?(?:points?|pts?)(?![\p{L}])", regex.I)
_ERROR_MARGIN = regex.compile(r"(?<![\p{L}])(?:margin\s+of(?:\s+sampling)?\s+error|error\s+margin|margem\s+de\s+erro|"
                              r"margen\s+de\s+error|marge\s+d'erreur|plus\s+or\s+minus|±)", regex.I)
# a gap of another time or group than the shares just given
_GAP_ELSEWHERE = regex.compile(
    r"\A[^.;]{0,40}?(?<![\p{L}])(?:ago|last\s+(?:year|month|week|time|election|vote)|previous|earlier|before|in\s+(?:19|20)\d\d|"
    r"among|in\s+(?:the\s+)?\p{Lu}|across|em\s+(?:19|20)\d\d|no\s+primeiro\s+turno|au\s+premier\s+tour|en\s+(?:19|20)\d\d)"
    r"(?![\p{L}])", regex.I)
_ONE_SIDED = frozenset("lead advantage edge ventaja vantagem vantaggio vorsprung".split())
_RIVAL_AFTER = regex.compile(r"\A[\s-]*(?:(?:percentage[\s-]+)?(?:points?|pts?)[\s-]+)?(?:ahead|behind|clear|adrift|over|more|"
                             r"less|fewer|higher|lower|above|below|à\s+frente|atrás|por\s+delante|detrás|devant|derrière)"
                             r"(?![\p{L}])", regex.I)
# "In Maharashtra, ...": the sentence turns to another place (or group) than the one before
_NEW_PLACE = regex.compile(r"(?:In|At|For|Among|Across|Em|En|Na|No)\s+(?:the\s+)?\p{Lu}")
_FROM_JUST_BEFORE = regex.compile(r"(?<![\p{L}])(?:from|desde)\s+\Z", regex.I)
# the gap said in a sentence of its own names the pair it measures
_BETWEEN_THE_TWO = regex.compile(
    r"(?<![\p{L}])(?:between\s+(?:the\s+two|them|both)|entre\s+(?:os|as|los|las|les)\s+(?:dois|duas|dos|deux)|"
    r"tra\s+i\s+due|zwischen\s+beiden)(?![\p{L}])", regex.I)
# a word that says the two shares are one thing at two times, not two rivals
_TIME_SERIES = regex.compile(
    r"(?<![\p{L}])(?:from|up|down|rose|fell|rising|falling|increased|decreased|compared|previous|earlier|ago|last|"
    r"before|after|then|now|since|was|had\s+been|em\s+relação|frente\s+a|contre\s+\d)(?![\p{L}])", regex.I)
_POLL_WORDS = frozenset("vote votes voted voting voter voters poll polls polled polling election elections ballot "
                        "survey surveys surveyed respondents turnout seats party parties candidate candidates approval "
                        "rating ratings pollster pollsters intentions support backing electorate "
                        "votos eleição eleitores elección voix suffrages scrutin voti elezioni wahl stimmen".split())


def point_gaps(story: Story, ordered: list[Quantity], starts: list[int], changes: list) -> Iterator:
    """Changes `between` two percentages for every gap in points whose two shares are unambiguous."""
    prose = story.doc.prose
    if "point" not in prose and "ponto" not in prose and "punto" not in prose:
        return
    c = claims
    used = {id(q) for ch in changes for q in (ch.rate, ch.delta, ch.old, ch.new) if q is not None}
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for q in ordered:
        points = q.kind == "percent" and q.unit == "percentage point"
        bare = not points and q.kind == "number" and _POINTS_AFTER.match(prose[q.end:q.end + 30]) is not None
        if not (points or bare) or id(q) in used or not c.is_plain(q):
            continue
        k = bisect.bisect_right(s_starts, q.start) - 1
        if k < 0:
            continue
        s_start, s_end = sentences[k]
        cue = _GAP_BEFORE.search(prose, max(s_start, q.start - 110), q.start)
        if cue is None and not _GAP_AFTER.match(prose[q.end:q.end + 40]):
            continue
        if _ERROR_MARGIN.search(prose, s_start, s_end) or _FROM_JUST_BEFORE.search(prose, max(s_start, q.start - 6), q.start) \
                or _GAP_ELSEWHERE.match(prose[q.end:s_end]):
            continue
        if bare and not _polls(prose, sentences[max(0, k - 1)][0], s_end):
            continue     # "won by 5 points": a score, unless the copy is about votes or a poll
        # "47 per cent of the vote, 13 points ahead of the Congress": a gap to a rival named here, whose share
        # (if given at all) is in this sentence; only a gap said of both ("a gap of", "between the two") looks back
        one_sided = bool((cue is not None and cue.group("noun").lower() in _ONE_SIDED)
                         or _RIVAL_AFTER.match(prose[q.end:q.end + 40]))
        pair = _the_two_shares(q, prose, ordered, starts, used, sentences, k, c, one_sided)
        if pair is None:
            continue
        old, new = pair
        if not _gap_fits(q, old, new, c) and _fits_another_reading(q, old, new, ordered, starts, prose, c):
            continue     # "lags the national rate of 87.3%, a gap of 7.7 points": the gap to a share said earlier
        trigger = Span(cue.start("noun"), cue.end("noun")) if cue is not None else Span(q.start, q.end)
        if points:
            yield c.Change(trigger=trigger, direction=0, old=old, new=new, rate=q, between=True)
        else:
            yield c.Change(trigger=trigger, direction=0, old=old, new=new, delta=q, delta_points=True, between=True)


# -- a move in points of one share, its two levels given before it --------------------------------

# "just 27 per cent said the same — a jump of 25 percentage points", "..., a fall of 4.2 percentage points"
_MOVE_NOUN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<det>a|an|that|this|the)\s+(?:[\p{L}-]+\s+)?(?P<noun>increase|rise|jump|gain|climb|improvement|surge|drop|fall|decline|"
    r"decrease|slide|dip|slump|plunge)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?\Z", regex.I)
# between the two levels, a word of time: one share at two times ("A year earlier", "in 2019", "last year")
_TWO_TIMES = regex.compile(
    r"(?<![\p{L}])(?:earlier|ago|last\s+(?:year|month|week|time|survey|poll|season|election|vote|census|quarter)|previous|before|a\s+year\s+(?:on|later)|"
    r"(?:in|by)\s+(?:19|20)\d\d|twelve\s+months|12\s+months)(?![\p{L}])", regex.I)


# the move opens its sentence, pointing back: "That jump of", "The rise of", "But this fall of"
_POINTS_BACK_OPENING = regex.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?", regex.I)


def point_moves(story: Story, ordered: list[Quantity], starts: list[int], changes: list) -> Iterator:
    """ "257 of them, or 42 per cent, ... A year earlier, ... just 27 per cent said the same — a jump of 25
    percentage points": a move in points named with its noun, in a clause with no base of its own, relates
    the two shares just before it (in its sentence and the one before), said of two times."""
    prose = story.doc.prose
    if "percentage point" not in prose:
        return
    c = claims
    # a move read in its own clause with one level only ("it was 55%, a fall of 4 points") is not checked
    # there: its figures are free for the reading across the sentence break
    used = {id(q) for ch in changes if ch.old is not None and ch.new is not None or ch.delta is not None
            for q in (ch.rate, ch.delta, ch.old, ch.new) if q is not None}
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for q in ordered:
        if q.kind != "percent" or q.unit != "percentage point" or id(q) in used or not c.is_plain(q):
            continue
        k = bisect.bisect_right(s_starts, q.start) - 1
        if k < 0:
            continue
        s_start, s_end = sentences[k]
        cue = _MOVE_NOUN_BEFORE.search(prose, max(s_start, q.start - 50), q.start)
        if cue is None or _ERROR_MARGIN.search(prose, s_start, s_end):
            continue
        if _shares_in(ordered, starts, q.end, s_end, used, prose, c):
            continue      # "a rise of 3 points to 45%": the level follows, not ours to guess
        here = _shares_in(ordered, starts, s_start, q.start, used, prose, c)
        window = here
        opened = s_start
        if len(here) < 2 and k > 0 and not _NEW_PLACE.match(prose, s_start, s_end):
            window = _shares_in(ordered, starts, sentences[k - 1][0], sentences[k - 1][1], used, prose, c) + here
            opened = sentences[k - 1][0]
        if not here and cue.group("det").lower() in ("that", "this", "the") and k > 1 \
                and _POINTS_BACK_OPENING.fullmatch(prose, s_start, cue.start()) and len(window) == 1:
            # "A year ago, it sat at 1.4 per cent. That jump of 2.7 percentage points ...": the move names the change
            # just told, whose later level may be a sentence further back
            window = _shares_in(ordered, starts, sentences[k - 2][0], sentences[k - 2][1], used, prose, c) + window
            opened = sentences[k - 2][0]
        elif not here:
            continue      # the later level must be in the move's sentence unless the move points back at it
        if len(window) != 2:
            continue      # the two levels must be the only shares in reach
        a, b = window
        if not _TWO_TIMES.search(prose, a.end, q.start) or not 0 < a.value < 100 or not 0 < b.value < 100:
            continue      # two rivals at one time: a move of one of them whose other level is not given
        if c.precision_of(q) + q.value > max(a.value, b.value) + c.precision_of(a) + c.precision_of(b):
            continue
        old, new = (b, a) if _TWO_TIMES.search(prose, a.end, b.start) and not _TWO_TIMES.search(prose, opened, a.start) \
            else (a, b)
        yield c.Change(trigger=Span(cue.start("noun"), cue.end("noun")), direction=0, old=old, new=new, rate=q)


def _polls(prose: str, start: int, end: int) -> bool:
    return not _POLL_WORDS.isdisjoint(w.lower() for w in regex.findall(r"\p{L}+", prose[start:end]))


def _shares_in(ordered, starts, start: int, end: int, used: set[int], prose: str, c) -> list[Quantity]:
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [p for p in ordered[lo:hi] if p.end <= end and p.kind == "percent" and p.unit == "percent"
            and c.is_plain(p) and id(p) not in used]


# the gap said as an aside on the share just given: ", a gap of", " — a difference of", " (a margin of"
_ASIDE_GAP = regex.compile(
    rf"\A\s*(?:[-–—(]|,)\s*(?:(?:a|an|the)\s+)?(?:[\p{{L}}-]+\s+)?(?:{_GAP_NOUN})\s+(?:of|was|is)\s+"
    r"(?:(?:about|around|nearly|almost|just|only|some|roughly)\s+)?\Z", regex.I)
# after the gap, its aside ends and another clause begins
_GAP_CLAUSE_ENDS = regex.compile(r"\A[\s-]*(?:percentage[\s-]+)?(?:points?|pts?)?\s*(?:[-–—);]|,\s*(?:and|while|whereas|with|but)"
                                 r"(?![\p{L}]))", regex.I)


def _the_two_shares(q: Quantity, prose: str, ordered, starts, used: set[int], sentences, k: int, c, one_sided: bool):
    """The two percentages the gap relates: the last two before it, in its sentence or the one before,
    when no other pair there gives the stated gap and nothing after it in the sentence is a share."""
    s_start, s_end = sentences[k]
    here = _shares_in(ordered, starts, s_start, q.start, used, prose, c)
    if _shares_in(ordered, starts, q.end, s_end, used, prose, c) and not (
            here and not one_sided and _ASIDE_GAP.match(prose[here[-1].end:q.start])
            and _GAP_CLAUSE_ENDS.match(prose[q.end:q.end + 30])):
        return None      # "a lead of 5 points over Labour's 28%": the other share may follow (not when the gap is
                         # an aside on the share just said: "trailed on 22% - a gap of 14 points - while ... 15%")
    window = here
    if len(here) < 2 and k > 0 and not one_sided and not _NEW_PLACE.match(prose, s_start, s_end):
        window = _shares_in(ordered, starts, sentences[k - 1][0], sentences[k - 1][1], used, prose, c) + here
    if len(window) < 2:
        return None
    a, b = window[-2], window[-1]
    if not here and not _BETWEEN_THE_TWO.search(prose, s_start, q.start):
        return None      # a gap in a sentence of its own must say which two it measures
    if c.precision_of(q) + q.value > max(a.value, b.value) + c.precision_of(a) + c.precision_of(b):
        return None      # wider than the larger share: not the gap between these two
    if _TIME_SERIES.search(prose, a.end, b.start) or not 0 < a.value < 100 or not 0 < b.value < 100:
        return None      # "33%, up from 29%": one share at two times
    if len(window) > 2:
        same_sentence = any(s <= a.start and b.end <= e for s, e in sentences[max(0, k - 1):k + 1])
        if not same_sentence or any(_gap_fits(q, x, y, c) for i, x in enumerate(window) for y in window[i + 1:]):
            return None
    return (a, b) if a.value >= b.value else (b, a)


def _fits_another_reading(q: Quantity, a: Quantity, b: Quantity, ordered, starts, prose: str, c) -> bool:
    """Every reading is tried before a gap is called wrong: the one share of the gap's sentence set against any share
    the story gave before it (the pair just before is only the likeliest reading)."""
    earlier = _shares_in(ordered, starts, 0, q.start, set(), prose, c)
    return any(_gap_fits(q, x, y, c) for x in (a, b) for y in earlier if y is not x and y is not a and y is not b)


def _gap_fits(q: Quantity, x: Quantity, y: Quantity, c) -> bool:
    slack = c.precision_of(q) + c.precision_of(x) + c.precision_of(y) + 0.05 * q.value
    return abs(abs(x.value - y.value) - q.value) <= slack


# -- a list that goes on over a sentence break to its total --------------------------------------

_ANOTHER = regex.compile(r"(?:Another|A\s+further|An\s+additional|The\s+remaining|The\s+other)\s+\Z", regex.I)


# "Division One", "Grade 2", "Form Four": a label, not a count
_NAME_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+\s+\Z")
_LABEL_BEFORE = regex.compile(r"(?<![\p{L}])(?:division|grade|form|level|class|category|phase|stage|tier|round|group|zone|"
                              r"section|standard|year|band)\s+\Z", regex.I)


def _is_label(q: Quantity, prose: str) -> bool:
    if q.kind != "number":
        return False
    before = prose[max(0, q.start - 14):q.start]
    if q.text[:1].isupper():
        return _NAME_BEFORE.search(before) is not None       # "Division One"
    return q.value < 20 and _LABEL_BEFORE.search(before) is not None   # "grade 2"


def _counts(figs: list[Quantity], prose: str) -> list[Quantity]:
    return [q for q in figs if not _is_label(q, prose)]


def lists_going_on(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator:
    """ "41,200 passed in Division One, 38,600 in Division Two and 27,900 in Division Three. Another
    19,300 were ungraded. In all, 127,000 sat": the two sentences' parts add up to the total."""
    prose = story.doc.prose
    if not any(w in prose for w in ("Another", "A further", "An additional", "The remaining", "The other")):
        return
    c = claims
    sentences = story.doc.sentences()
    for k in range(2, len(sentences)):
        s_start, s_end = sentences[k]
        lead = c._ALL_LEAD if c._ALL_OPEN.match(prose, s_start, s_end) else None
        if lead is None:
            continue
        qs = c._sentence_figures(ordered, starts, prose, s_start, s_end)
        total = next((q for q in qs if q.kind in ("number", "money")), None)
        if total is None or not c.is_plain(total) or sum(c.same_measure(q, total) for q in qs) != 1:
            continue
        said = lead.fullmatch(prose, s_start, total.start)
        if said is None or c._SOME_OF_TOTAL.search(prose, s_start, s_end) or c._RUNNING_TOTAL.search(prose, s_start, s_end):
            continue
        m_start, m_end = sentences[k - 1]
        more = [q for q in _counts(c._sentence_figures(ordered, starts, prose, m_start, m_end), prose)
                if c.same_measure(q, total) and c.is_plain(q)]
        if len(more) != 1 or not c.is_plain(more[0]) or not _ANOTHER.fullmatch(prose, m_start, more[0].start):
            continue
        before = sentences[k - 2]
        figs = [q for q in _counts(c._sentence_figures(ordered, starts, prose, *before), prose) if c.same_measure(q, total)]
        if c._RUNNING_TOTAL.search(prose, *before) or c._PARTIAL_LEAD.search(prose, *before):
            continue
        listed = c._list_just_before(total, prose, figs, before, (s_start, s_end), said.group("makes") is not None)
        parts = listed[0] if listed else _joined_list(figs, prose)
        if parts and _same_count(total, prose, (s_start, s_end), before):
            yield c.Breakdown(total, (*parts, more[0]), tuple(Span(q.start, q.end) for q in (*parts, more[0])),
                              stated_sum=True)


# between two parts of one list: the first part's words, then "," (or "and" before the last)
_JOIN = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,7}?\s*(?P<sep>,\s*and|,|\s+and|;)\s+(?:[\p{L}'’-]+\s+){0,3}?\Z")


def _joined_list(figs: list[Quantity], prose: str) -> tuple[Quantity, ...] | None:
    """ "41,200 passed in Division One, 38,600 in Division Two and 27,900 in Division Three": every figure
    of the sentence's measure, joined by commas and a last "and"."""
    if len(figs) < 2:
        return None
    for i, (a, b) in enumerate(zip(figs, figs[1:])):
        m = _JOIN.match(prose[a.end:b.start])
        if m is None or ("and" in m.group("sep")) != (i == len(figs) - 2):
            return None
    return tuple(figs) if all(claims.is_plain(q) for q in figs) else None


def _same_count(total: Quantity, prose: str, here: tuple[int, int], before: tuple[int, int]) -> bool:
    """ "41,200 candidates passed ... In all, 127,000 candidates sat": the total counts what the list counts."""
    stem = lambda w: w.lower().rstrip("s")[:5]
    noun = {stem(w) for w in claims._head_words(prose, total.end, 2, here[1]) if len(w) > 3}
    return bool(noun & {stem(w) for w in regex.findall(r"[\p{L}-]+", prose[before[0]:before[1]]) if len(w) > 3})
