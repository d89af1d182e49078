"""Relations between the figures of a story, for the rules that recompute.

A sub-editor checks a figure against the figures beside it: the dollar amount in
brackets after a rupee amount, the percentage after "rose from A to B", the
share after "N of M", the parts after "Of the 64 passengers". This module finds
those relations once per story (cached in `story.cache`) and keeps the span of
every part, so a finding can highlight the wrong figure and point at the others.

We only build a relation when its shape is unmistakable: a missed relation costs
a missed finding, a wrong one costs a false alarm, and editors switch off a
checker that cries wolf.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story

NUMERIC_KINDS = ("money", "number", "percent", "physical")


# -- the relations ------------------------------------------------------------------

@dataclass(frozen=True)
class Pair:
    """Two amounts in different currencies given as one: "Rs10bn ($36m)", "£2.4bn, or about $3bn"."""

    first: Quantity
    second: Quantity
    joiner: str          # the words between them: "(", "or", "equivalent to"


@dataclass(frozen=True)
class Change:
    """A stated change: from `old` to `new`, by `delta` or by `rate` (percent or points), or by a factor."""

    trigger: Span                  # the word that says it changed: "rose", "an increase of", "tripled"
    direction: int                 # +1 up, -1 down, 0 not said
    old: Quantity | None = None
    new: Quantity | None = None
    delta: Quantity | None = None
    delta_points: bool = False     # "0.8 points": a delta in percentage points written as a plain number
    rate: Quantity | None = None   # percent (relative) or percentage point
    factor: float | None = None    # doubled 2, tripled 3, halved 0.5
    factor_span: Span | None = None
    factor_hedge: str | None = None    # "nearly", "more than", "about"


@dataclass(frozen=True)
class Share:
    """ "N of M", "N of M, or P%", "Of the M ..., N ..., or P%"."""

    part: Quantity
    whole: Quantity
    percent: Quantity | None = None
    written_as_of: bool = True     # "N of M" literally (a part larger than its whole is then impossible)


@dataclass(frozen=True)
class Breakdown:
    """ "Of the 64 passengers, 38 were men and 31 were women": parts of one whole."""

    whole: Quantity
    parts: tuple[Quantity, ...]
    part_spans: tuple[Span, ...]   # each part with its words: "31 were women"


@dataclass(frozen=True)
class Majority:
    """ "a two-thirds majority" said of seats won: `seats` of `total`."""

    span: Span
    label: str
    fraction: float
    seats: Quantity
    total: Quantity


@dataclass(frozen=True)
class Comparison:
    """ "99 seats, nearly double the 52": a figure said to be a multiple of another."""

    figure: Quantity
    base: Quantity
    factor: float
    span: Span
    hedge: str | None


@dataclass(frozen=True)
class ShareList:
    """ "52% backed the deal, 41% opposed it and 12% did not know": shares of one whole."""

    parts: tuple[Quantity, ...]


@dataclass(frozen=True)
class Relations:
    pairs: tuple[Pair, ...]
    changes: tuple[Change, ...]
    shares: tuple[Share, ...]
    breakdowns: tuple[Breakdown, ...]
    majorities: tuple[Majority, ...]
    comparisons: tuple[Comparison, ...]
    share_lists: tuple[ShareList, ...] = ()


def relations(story: Story) -> Relations:
    """All relations of the story, computed once and cached in `story.cache`."""
    cached = story.cache.get("claims.relations")
    if cached is None:
        cached = _find_relations(story)
        story.cache["claims.relations"] = cached
    return cached


# -- precision and intervals --------------------------------------------------------

_NUMBER_PART = re.compile(r"\d[\d,]*(?:\.\d+)?")


def precision_of(q: Quantity) -> float:
    """Half-width of the rounding the written digits imply.

    The extractor gives it for decimals ("3.1pc" -> 0.05); for a whole number with
    a scale ("$115m") we widen it to half a unit of the scale, and a whole
    percentage ("48 per cent") stands for 47.5..48.5.
    """
    if q.precision:
        return q.precision
    if q.value is None:
        return 0.0
    s, e = q.number_span or (q.start, q.end)
    surface = q.text[s - q.start:e - q.start] if q.start <= s and e <= q.end else q.text
    m = _NUMBER_PART.search(surface)
    if m:
        written = float(m.group().replace(",", ""))
        if written and abs(q.value) > abs(written) * 1.5:   # a scale word or suffix multiplies it
            scale = abs(q.value) / written if q.kind != "money" else _money_scale(q, written)
            return 0.5 * scale if "." not in m.group() else q.precision
    if q.kind == "percent" and float(q.value).is_integer():
        return 0.5
    return 0.0


def _money_scale(q: Quantity, written: float) -> float:
    ratio = abs(q.value) / written
    # the nearest power of ten (money values carry the scale: "Rs10bn" -> 1e10 / 10)
    return 10 ** round(math.log10(ratio)) if ratio > 0 else 1.0


def interval(q: Quantity) -> tuple[float, float]:
    p = precision_of(q)
    return (q.value - p, q.value + p)


def is_year_like(q: Quantity) -> bool:
    """ "2019" read as a plain number is a year, not a figure to recompute."""
    return (q.kind == "number" and q.value is not None and float(q.value).is_integer()
            and 1800 <= q.value <= 2100 and re.fullmatch(r"\d{4}", q.text.strip()) is not None)


def is_plain(q: Quantity) -> bool:
    """A single figure (not a range, not a bound) we can recompute with."""
    return (q.value is not None and q.kind in NUMERIC_KINDS and q.hedge is None
            and (q.low is None or q.low == q.value) and (q.high is None or q.high == q.value)
            and not is_year_like(q))


def is_single(q: Quantity) -> bool:
    """A single figure, hedged or not (ranges excluded)."""
    return (q.value is not None and q.kind in NUMERIC_KINDS and not is_year_like(q)
            and not (q.low is not None and q.high is not None and q.low != q.high))


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Can `a` and `b` be subtracted? Same kind and unit (money in one currency)."""
    if a.kind != b.kind:
        return False
    if a.kind in ("money", "physical", "percent"):
        return a.unit == b.unit
    return True


# -- finding them --------------------------------------------------------------------

# Alternatives that begin alike are grouped (",\s+..." and "\b(?:...)\b"): the same matches, found faster.
_CLAUSE_BREAK = regex.compile(r";|\s[-–—]\s|,\s+(?:but\b|and\s+(?=the\b|its\b|their\b|\p{Lu})|which\b|when\b)|"
                              r"\b(?:while|whereas|after|before)\b|\bcompared\s+(?:with|to)\s+(?=\p{L})", regex.I)

_UP = r"rose|rise|rises|risen|rising|increased|increases|increase|increasing|grew|grow|grown|growing|climbed|climbing|jumped|jumping|surged|surging|soared|soaring|gained|gaining|gains|added|adding|up|advanced|advancing|rallied|rallying|expanded|widened|improved|raised|boosted|higher"
_DOWN = r"fell|fall|falls|fallen|falling|dropped|dropping|drop|declined|declining|decline|decreased|decreasing|decrease|slid|sliding|slipped|slipping|shed|shedding|lost|losing|down|plunged|plunging|tumbled|tumbling|eased|easing|dipped|dipping|sank|sinking|shrank|shrinking|contracted|narrowed|cut|reduced|lower"
_UP_NOUN = r"increase|rise|jump|gain|growth|surge|climb|expansion|improvement|hike|uptick"
_DOWN_NOUN = r"drop|fall|decline|decrease|reduction|cut|slide|dip|contraction|slump|plunge|loss"

_VERB_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?(?:a\s+|an\s+)?(?:further\s+|another\s+)?\Z", regex.I)
_NOUN_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_UP_NOUN}|{_DOWN_NOUN})s?\s+(?:of|by)\s+(?:a\s+|an\s+)?\Z", regex.I)
_NOUN_AFTER = regex.compile(rf"\A[\s-]+(?:year-on-year\s+|annual\s+|monthly\s+|month-on-month\s+)?(?P<verb>{_UP_NOUN}|{_DOWN_NOUN})\b", regex.I)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s+(?:a\s+|an\s+|the\s+)?(?:(?:revised|previous|year-earlier|record|low|high|peak)\s+(?:of\s+)?)?\Z", regex.I)
_TO_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:to\s+(?:a\s+|an\s+|the\s+)?(?:(?:record|new|fresh|(?:[\w-]+-(?:year|month|week)))\s+(?:high|low|peak)\s+of\s+)?"
    r"|to\s+(?:close|end|settle|finish|stand|trade)\s+(?:the\s+(?:day|session|week)\s+)?at\s+)\Z", regex.I)
_VERB_ANYWHERE = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{_UP}|{_DOWN}|{_UP_NOUN}|{_DOWN_NOUN})(?![\p{{L}}])", regex.I)
_UP_WORD = regex.compile(rf"(?:{_UP})|(?:{_UP_NOUN})", regex.I)
_DOWN_WORD = regex.compile(rf"(?:{_DOWN})|(?:{_DOWN_NOUN})", regex.I)
_BY_BEFORE = regex.compile(r"(?<![\p{L}])by\s+(?:a\s+|an\s+|another\s+|a\s+further\s+)?\Z", regex.I)
_OR_BEFORE = regex.compile(r"\A(?:\s+(?:index\s+)?(?:percentage\s+)?points?)?\s*(?:,\s*or|\(|,\s*or\s+by|,\s*equivalent\s+to|,\s*or\s+some)\s*\Z", regex.I)
_POINTS_AFTER = regex.compile(r"\A\s+(?:index\s+)?(?:percentage\s+)?points?\b", regex.I)
_YEAR_ON_YEAR = regex.compile(r"(?<![\p{L}])(?:year[\s-]on[\s-]year|y/y|yoy|annual(?:ly)?|from\s+a\s+year\s+(?:earlier|ago)|over\s+the\s+year)(?![\p{L}])", regex.I)
_MONTH_ON_MONTH = regex.compile(
    r"(?<![\p{L}])(?:month[\s-]on[\s-]month|m/m|a\s+month\s+(?:earlier|ago|before)|(?:the\s+)?previous\s+(?:month|quarter)|last\s+month|"
    r"quarter[\s-]on[\s-]quarter|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?![\p{L}])",
    regex.I)
_FACTOR = regex.compile(
    r"(?<![\p{L}])(?:(?P<hedge>nearly|almost|more\s+than|over|about|roughly|around|just\s+over|just\s+under|close\s+to)\s+)?"
    r"(?P<word>doubled|doubling|trebled|tripled|tripling|trebling|quadrupled|quadrupling|halved|halving)(?![\p{L}])", regex.I)
_FACTORS = {"doubl": 2.0, "trebl": 3.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_COMPARE = regex.compile(
    r"\A,?\s*(?:(?P<hedge>nearly|almost|more\s+than|over|about|roughly|around|just\s+over|just\s+under|close\s+to)\s+)?"
    r"(?P<word>double|twice|triple|three\s+times|four\s+times|half)\s+(?:the\s+|that\s+of\s+|its\s+)?\Z", regex.I)
_COMPARE_FACTORS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "three times": 3.0, "four times": 4.0, "half": 0.5}

_PAIR_GAP = regex.compile(
    r"\A\s*(?:\(\s*|,\s*or\s+|\s*or\s+|,\s*(?:equivalent|equal)\s+to\s+|\(\s*(?:equivalent|equal)\s+to\s+|"
    r",\s*(?:about|around|roughly|approximately|some|nearly|almost|worth)\s+|\s[-–—]\s+(?:about\s+)?|/\s*)\Z", regex.I)

_OF_GAP = regex.compile(r"\A\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}-]+'s?\s+)?\Z", regex.I)
_SHARE_PCT_GAP = regex.compile(
    r"\A[^.;:0-9]{0,60}?(?:,\s*or|\(|,\s*(?:representing|accounting\s+for|equivalent\s+to|about|or\s+about|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than))\s*\Z",
    regex.I)
_OF_THE = regex.compile(r"(?<![\p{L}])of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)?\Z", regex.I)
_PART_WORDS = regex.compile(
    r"\s+(?:(?:were|are|was|is|had\s+been|have\s+been|came|come)\s+(?:from\s+)?)?(?P<what>(?!and\b)[\p{L}-]+)", regex.I)
_NESTED = regex.compile(r"\A\s+(?:of\s+(?:whom|them|which|those|these)|among\s+them|including)\b", regex.I)
_MAJORITY = regex.compile(
    r"(?<![\p{L}])(?P<label>simple|absolute|outright|two-thirds|two-third|two\s+thirds|three-fifths|three-quarters|three-fourths)\s+majority",
    regex.I)
_MAJORITY_FRACTIONS = {"simple": 0.5, "absolute": 0.5, "outright": 0.5, "two-thirds": 2 / 3, "two-third": 2 / 3,
                       "two thirds": 2 / 3, "three-fifths": 0.6, "three-quarters": 0.75, "three-fourths": 0.75}
_MAJORITY_NEGATED = regex.compile(
    r"(?:short\s+of|shy\s+of|fell\s+short|fall\s+short|falling\s+short|failed|fail|without|lack|lacks|lacked|lacking|need|needs|needed|require|requires|required|requiring|secure|win|reach|not|no|seeking|seek|want|wants|needing|for|than)\b[^.;]{0,25}\Z",
    regex.I)

# Shapes of the helpers below, compiled once.
_OF_THE_LEAD = regex.compile(
    r"(?:^|[.,;:]\s*|\A\s*)\s*(?:[Oo]ut\s+)?[Oo]f\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)?\Z")
_OUT = regex.compile(r"^out\s+")
_OF_THE_WHOLE = regex.compile(r"(?<![\p{L}])[Oo]f\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)\Z")
_PART_JOINER = regex.compile(r"\s*(?:,|,?\s+and|,?\s+while|;)\s*", regex.I)
_PART_TAIL = regex.compile(r"[^,;.\d]*?(?=,|\s+and\s|;|\.|$)")
_HOUSE_SIZE = regex.compile(r"-(?:member|seat|strong)\b")
_SEATS = regex.compile(r"\s+seats\b")
_TIMES = regex.compile(r"\s+times\b")
_ONE_NOUN = regex.compile(r"\A\s+[\p{L}-]+(?=,)")
_LIST_JOINER = regex.compile(r",|\band\b|;")


def _find_relations(story: Story) -> Relations:
    prose = story.doc.prose
    pairs: list[Pair] = []
    changes: list[Change] = []
    shares: list[Share] = []
    breakdowns: list[Breakdown] = []
    majorities: list[Majority] = []
    comparisons: list[Comparison] = []
    share_lists: list[ShareList] = []
    for s_start, s_end in story.doc.sentences():
        qs = [q for q in story.quantities if s_start <= q.start and q.end <= s_end]
        if not qs:
            continue
        pairs.extend(_pairs(qs, prose))
        shares_here = list(_shares(qs, prose, s_start))
        shares.extend(shares_here)
        breakdowns.extend(_breakdowns(qs, prose))
        majorities.extend(_majorities(qs, prose, s_start, s_end, shares_here))
        comparisons.extend(_comparisons(qs, prose))
        share_lists.extend(_share_lists(qs, prose, s_start, s_end))
        for c_start, c_end in _clauses(prose, s_start, s_end):
            cq = [q for q in qs if c_start <= q.start and q.end <= c_end]
            changes.extend(_changes(cq, prose, c_start, c_end))
    return Relations(tuple(pairs), tuple(changes), tuple(shares), tuple(breakdowns), tuple(majorities),
                     tuple(comparisons), tuple(share_lists))


def _clauses(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _CLAUSE_BREAK.finditer(prose, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _pairs(qs: list[Quantity], prose: str) -> Iterator[Pair]:
    for a, b in zip(qs, qs[1:]):
        if a.kind != "money" or b.kind != "money" or a.value is None or b.value is None:
            continue
        if a.unit == b.unit and not (a.alternatives or b.alternatives):
            continue
        gap = prose[a.end:b.start]
        if _PAIR_GAP.match(gap):
            yield Pair(a, b, " ".join(gap.replace(",", " ").split()) or "(")


def _changes(qs: list[Quantity], prose: str, c_start: int, c_end: int) -> Iterator[Change]:
    """Roles of the figures in one clause: from (old), to (new), by (delta or rate)."""
    qs = [q for q in qs if q.kind in NUMERIC_KINDS and q.value is not None]
    if not qs:
        return
    roles: dict[str, list[Quantity]] = {"old": [], "new": [], "delta": [], "rate": []}
    triggers: list[tuple[Span, int]] = []
    points: set[int] = set()
    prev_end = c_start
    prev_role = None
    for q in qs:
        start = max(c_start, prev_end, q.start - 60)
        before = prose[start:q.start]
        role = None
        if is_year_like(q):
            prev_end, prev_role = q.end, None
            continue
        if _FROM_BEFORE.search(before):
            role = "old"
        elif _TO_BEFORE.search(before):
            role = "new"
        elif prev_role == "delta" and _OR_BEFORE.match(before) and q.kind == "percent":
            role = "rate"
        else:
            verb = _VERB_BEFORE.search(before) or _NOUN_BEFORE.search(before)
            if verb:
                triggers.append((Span(start + verb.start("verb"), start + verb.end("verb")),
                                 _direction(verb.group("verb"))))
                role = "rate" if q.kind == "percent" else "delta"
            elif _BY_BEFORE.search(before):
                role = "rate" if q.kind == "percent" else "delta"
            elif q.kind == "percent":
                after = _NOUN_AFTER.match(prose[q.end:c_end])
                if after:
                    triggers.append((Span(q.end + after.start("verb"), q.end + after.end("verb")),
                                     _direction(after.group("verb"))))
                    role = "rate"
        if role in ("delta",) and q.kind == "number" and _POINTS_AFTER.match(prose[q.end:c_end]):
            points.add(id(q))
        if role:
            roles[role].append(q)
        prev_end, prev_role = q.end, role
    # Stop before the clause-wide searches when no change can be read: it needs a figure
    # in some role, at most one in each, and two parts in all (a factor counts as one).
    if not any(roles.values()) or any(len(v) > 1 for v in roles.values()):
        return
    factor_m = _FACTOR.search(prose, c_start, c_end)
    if sum(len(v) for v in roles.values()) + (factor_m is not None) < 2:
        return
    # a trigger word anywhere in the clause ("rose from A to B")
    verb_anywhere = _VERB_ANYWHERE.search(prose[c_start:c_end])
    if verb_anywhere and not triggers:
        triggers.append((Span(c_start + verb_anywhere.start("verb"), c_start + verb_anywhere.end("verb")),
                         _direction(verb_anywhere.group("verb"))))
    if factor_m:
        triggers.append((Span(factor_m.start("word"), factor_m.end("word")),
                         1 if _factor_of(factor_m.group("word")) > 1 else -1))
    if not triggers or any(len(v) > 1 for v in roles.values()):
        return   # no change said, or two of one role: not a shape we can read for sure
    old = roles["old"][0] if roles["old"] else None
    new = roles["new"][0] if roles["new"] else None
    delta = roles["delta"][0] if roles["delta"] else None
    rate = roles["rate"][0] if roles["rate"] else None
    if rate is not None and rate.unit not in ("percent", "percentage point"):
        rate = None
    directions = {d for _, d in triggers if d}
    direction = directions.pop() if len(directions) == 1 else 0
    factor = factor_span = factor_hedge = None
    if factor_m:
        factor = _factor_of(factor_m.group("word"))
        factor_span = Span(factor_m.start("word"), factor_m.end("word"))
        factor_hedge = " ".join(factor_m.group("hedge").lower().split()) if factor_m.group("hedge") else None
    if sum(x is not None for x in (old, new, delta, rate, factor)) < 2:
        return
    clause = prose[c_start:c_end]
    if rate is not None and old is not None and _YEAR_ON_YEAR.search(clause) and _MONTH_ON_MONTH.search(clause):
        return   # "up 12% year on year to $2.8bn, from $2.7bn in August": two different bases
    yield Change(trigger=triggers[0][0], direction=direction, old=old, new=new, delta=delta,
                 delta_points=delta is not None and id(delta) in points, rate=rate, factor=factor,
                 factor_span=factor_span, factor_hedge=factor_hedge)


def _direction(word: str) -> int:
    w = word.lower()
    if _UP_WORD.fullmatch(w):
        return 1
    if _DOWN_WORD.fullmatch(w):
        return -1
    return 0


def _factor_of(word: str) -> float:
    w = word.lower()
    for stem, f in _FACTORS.items():
        if w.startswith(stem):
            return f
    return 1.0


def _shares(qs: list[Quantity], prose: str, s_start: int) -> Iterator[Share]:
    used: set[int] = set()
    for i, q in enumerate(qs):
        if q.kind != "number" or not is_single(q) or q.value is None:
            continue
        # "N of M" / "N out of M"
        if i + 1 < len(qs):
            whole = qs[i + 1]
            if whole.kind == "number" and is_single(whole) and _OF_GAP.match(prose[q.end:whole.start]):
                pct = _share_percent(qs, i + 2, whole.end, prose)
                used.add(id(q))
                yield Share(q, whole, pct, True)
                continue
    # "Of the M things, N ..., or P%"
    for i, whole in enumerate(qs):
        if whole.kind != "number" or not is_single(whole) or i + 1 >= len(qs):
            continue
        if not _OF_THE.search(prose, max(s_start, whole.start - 20), whole.start):
            continue
        head = prose[max(s_start, whole.start - 20):whole.start]
        lead = prose[s_start:whole.start].strip().lower()
        if not _OF_THE_LEAD.search(head) and _OUT.sub("", lead) not in ("of", "of the", "of its", "of their", "of all"):
            continue
        part = qs[i + 1]
        if part.kind != "number" or not is_single(part) or id(part) in used:
            continue
        gap = prose[whole.end:part.start]
        if "," not in gap or len(gap) > 60:
            continue
        pct = _share_percent(qs, i + 2, part.end, prose)
        if pct is not None:
            yield Share(part, whole, pct, False)


def _share_percent(qs: list[Quantity], j: int, after: int, prose: str) -> Quantity | None:
    if j < len(qs) and qs[j].kind == "percent" and qs[j].unit == "percent" and is_single(qs[j]):
        if _SHARE_PCT_GAP.match(prose[after:qs[j].start]):
            return qs[j]
    return None


def _breakdowns(qs: list[Quantity], prose: str) -> Iterator[Breakdown]:
    """ "Of the 64 passengers, 38 were men and 31 were women"."""
    for i, whole in enumerate(qs):
        if whole.kind != "number" or not is_plain(whole):
            continue
        head = prose[max(0, whole.start - 16):whole.start]
        if not _OF_THE_WHOLE.search(head):
            continue
        rest = qs[i + 1:]
        gap = prose[whole.end:rest[0].start] if rest else ""
        if not rest or "," not in gap or len(gap) > 60:
            continue
        parts: list[Quantity] = []
        spans: list[Span] = []
        whats: list[str] = []
        prev_end = whole.end
        for q in rest:
            between = prose[prev_end:q.start]
            if parts and not _PART_JOINER.fullmatch(between):
                break
            if q.kind != "number" or not is_plain(q):
                break
            if _NESTED.match(prose[q.end:q.end + 30]):
                return
            words = _PART_WORDS.match(prose, q.end)
            if not words:
                break
            what = words.group("what").lower()
            parts.append(q)
            whats.append(what)
            spans.append(Span(q.start, words.end()))
            prev_end = words.end()
            # let a clause continue up to the next comma/and: "38 were men and 31 were women"
            tail = _PART_TAIL.match(prose[prev_end:prev_end + 40])
            if tail and "and" not in tail.group():
                prev_end += len(tail.group())
        if len(parts) >= 2 and len(set(whats)) == len(whats):
            yield Breakdown(whole, tuple(parts), tuple(spans))


def _majorities(qs, prose, s_start, s_end, shares: list[Share]) -> Iterator[Majority]:
    for m in _MAJORITY.finditer(prose, s_start, s_end):
        if _MAJORITY_NEGATED.search(prose, max(s_start, m.start() - 40), m.start()):
            continue
        seat_shares = [(sh.part, sh.whole) for sh in shares
                       if sh.written_as_of and "seat" in prose[sh.whole.end:sh.whole.end + 25].lower()]
        if not seat_shares:
            # "won 150 seats in the 250-member house"
            totals = [q for q in qs if q.kind == "number" and _HOUSE_SIZE.match(prose[q.end:q.end + 8])]
            won = [q for q in qs if q.kind == "number" and q not in totals
                   and _SEATS.match(prose[q.end:q.end + 7])]
            if len(totals) == 1 and len(won) == 1:
                seat_shares = [(won[0], totals[0])]
        if len(seat_shares) != 1:
            continue
        part, whole = seat_shares[0]
        label = " ".join(m.group("label").lower().split()) if " " in m.group("label") else m.group("label").lower()
        yield Majority(Span(m.start(), m.end()), label, _MAJORITY_FRACTIONS[label], part, whole)


def _comparisons(qs: list[Quantity], prose: str) -> Iterator[Comparison]:
    # "three times the 52": the multiplier word is not one of the figures compared
    qs = [q for q in qs if not _TIMES.match(prose[q.end:q.end + 7])]
    for a, b in zip(qs, qs[1:]):
        if not (is_single(a) and is_plain(b) and same_measure(a, b)):
            continue
        gap = prose[a.end:b.start]
        # "99 seats, nearly double the 52": allow one noun between the figure and the comparison
        m = _COMPARE.search(_ONE_NOUN.sub("", gap))
        if m:
            word = " ".join(m.group("word").lower().split())
            hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
            offset = a.end + gap.find(m.group("word").split()[0])
            yield Comparison(a, b, _COMPARE_FACTORS[word], Span(offset, offset + len(m.group("word"))), hedge)


# A sentence that lists shares of one group: a poll, a vote, a survey. Any word of
# change, rate or comparison and we leave it alone (12% growth and 95% coverage
# are not shares of one whole).
_SHARE_CUE = regex.compile(
    r"(?<![\p{L}])(?:respondents|voters|those\s+(?:surveyed|polled|asked)|of\s+the\s+vote|vote\s+share|of\s+votes|"
    r"backed|supported|opposed|favoured|favored|said|undecided|did\s+not\s+know|don't\s+know|polled|survey(?:ed)?)(?![\p{L}])",
    regex.I)
_NOT_SHARES = regex.compile(
    rf"(?<![\p{{L}}])(?:{_UP}|{_DOWN}|{_UP_NOUN}|{_DOWN_NOUN}|from|compared|than|rate|inflation|turnout|interest|"
    r"margin|error|points?|each|every|per|average|median|target|quota|at\s+least|more|less|fewer|over|under|"
    r"respectively|among|aged|of\s+(?:men|women|those|them)|of\s+whom|while|whereas|but)(?![\p{L}])", regex.I)


def _share_lists(qs: list[Quantity], prose: str, s_start: int, s_end: int) -> Iterator[ShareList]:
    percents = [q for q in qs if q.kind == "percent"]
    if len(percents) < 2 or any(q.unit != "percent" or not is_plain(q) for q in percents):
        return
    if len(percents) != len([q for q in qs if q.kind in NUMERIC_KINDS]):
        return   # other figures in the sentence: not a plain list of shares
    sentence = prose[s_start:s_end]
    if not _SHARE_CUE.search(sentence) or _NOT_SHARES.search(sentence):
        return
    for a, b in zip(percents, percents[1:]):
        gap = prose[a.end:b.start]
        if len(gap) > 60 or not _LIST_JOINER.search(gap):
            return
    yield ShareList(tuple(percents))
