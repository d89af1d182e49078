"""Relations between the figures of a story, for the rules that recompute.

A sub-editor checks a figure against the figures beside it: the dollar amount in
brackets after a rupee amount, the percentage after "rose from A to B", the
share after "N of M", the parts after "Of the 64 passengers". This module finds
those relations once per story (cached in `story.cache`) and keeps the span of
every part, so a finding can highlight the wrong figure and point at the others.

We only build a relation when its shape is unmistakable: a missed relation costs
a missed finding, a wrong one costs a false alarm, and editors switch off a
checker that cries wolf.

Shapes read (each with its figures' spans):

- pairs: "X (Y)", "X, or Y", "X, equivalent to Y", "X, roughly Y" — never a rate ("N470/$1",
  "Rs280 per dollar", "(1 US dollar is Tk 86.20)") nor a bracket that goes on
  after its amount ("(22 cents of every rand)");
- changes: "rose from A to B", "fell 25% to A from B", "up 12% at A from B",
  "A, up from B", "A, up 12% from B", "A, up 12% on B", "A, 12% higher than B",
  "A, compared with B a year earlier" (a time is required after B), "B last year and A
  this year, a 12% increase" (each level with its own time), "was sold at A against its sale at B", "a drop of 2.4
  percentage points", market moves ("gained N points, or P%, to close at X",
  "closed at X, down N points or P%", "ended N points, or P%, lower at X"),
  doubled/tripled/halved; a clause with a second subject and its own change is read in
  two ("..., an increase of 12%, on revenue that climbed 11% to C"); the rate said in the
  next sentence ("... to A from B. The 12 per cent increase ...");
- shares: "N of M, or P%", "N out of M (P%)", "P% (N of M)", "Of the M, N ..., or P%"
  (also "— or P% —", "a pass rate of P%", "P% (N)"), "P% of the M, or N", "N passed,
  or P%, of the M", "N (P%) of the M", "N tonnes, accounting for P% of the M tonnes",
  "M candidates, of whom N, or P%", "N seats amount to / account for / make up P% of the
  M-seat house", "N seats in the M-member house, or P%"; across sentences: "The list stood
  at M. Of those, N — P% — ...", "The remaining N, or P%" (the earlier whole the parts add up to);
- lists: "Of the M, A ..., B ... and C ..." (and "A further C" in the next sentence), "A,
  B and C, a total of M" / "M in all" / "a total of M: A, B and C" (the sum stated), "A, B
  and C out of M", "M members: A, B and C" (a whole the parts cannot exceed);
- majorities: a named majority said of seats won (with "of M", "in a house of M",
  "the M-seat house") — not one that was lost, denied, sought or fallen short of;
- fractions in words where a rate or a share is read ("an increase of a third", "— about
  half —", "one in five of the M"), as percentages rounded the way writers round to a fraction;
- more shapes of the same claims: "closed up P% (X points) at Z"; "B ... compared with / versus /
  against A a year earlier" without a comma; "P% above the A of a year earlier"; "There were A
  in 2023 and B in 2024. That is a P% increase."; "P% (N) of the M"; "N of them, or P%" (the
  one count before, in the sentence or the one before it); "N ..., a P% pass rate"; "N of M. That
  is P%."; sums "A plus B = T", "T ..., comprising A, B and C", "..., bringing the total for the
  three states to T" (only when the parts are said to be all of it), "A, B and C together recorded
  T. A ... with N1. B ... N2 ..." (named parts in the next sentences), "A, B and C. In all, T ..."
  and a total after parts given with their shares (see _totals_after_parts).
- read to the nearest figures of the right kind, whatever stands between: "grows from A to B, a rise of
  P%" (any verb, the change named after the range), "1,003 arrived within six minutes ..., or P%" (a
  measure of the part read past), "figures show that of M ..., N, or P%", "Inanda (78), Umlazi (71) and
  Plessislaer (62) together accounted for T" (parts in brackets after their names), "P% more than the
  N", "The survey of M adults found N, or P%" and "We have M pupils. This morning N came — P%" (the one
  larger count before, never a rival's tally);
- across a sentence break, in neighbours.py: a gap in points between the two shares before it; a move
  in points named with its noun whose two levels are the two shares before it, said of two times;
  "A, B and C. Another D. In all, T". An age ("under the age of five") or a weekday between a part and
  its share is words.
- a whole, then its breakdown (next sentence, colon or brackets), "the remaining R" as the whole less
  the others, "N of the <noun>, or P%" of the one earlier count of the noun: in broken_down.py.
- any list of one measure and the one figure of it marked as its whole, before or after it, in any
  words; a named whole of money and its allocations over the next sentences: in list_totals.py.
- a percentage (or "N-fold") tied to the one share or move of its sentence that a typing slip of it fits,
  or that it fits worked out the wrong way, however long the words between: in slipped_rates.py.
"""
from __future__ import annotations

import bisect
import importlib
import math
import re
from dataclasses import dataclass, replace
from typing import Iterator

import regex

from .model import Quantity, Span
from .quantities.ranges import CHANGE_DOWN as _DOWN, CHANGE_UP as _UP
from .ruletypes.base import Story
from .subjects import SAME_THING

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
    between: bool = False          # a gap between two rivals' figures ("a lead of 1.4 points"), not a move


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
    stated_sum: bool = False       # the whole is said to be their sum: "a total of 86", "1,240 in all"
    whole_first: bool = False      # the whole named a sentence before its parts: the whole is what is flagged
    remainder: Quantity | None = None  # the last part said as what is left ("the remaining £58m"): flagged instead


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
    fraction_asides: tuple[FractionAside, ...] = ()


@dataclass(frozen=True)
class FractionAside:
    """ "A quarter - 40% - of the staff", "about a third (32%) of voters": a fraction in words said again
    in figures in an aside right after it."""

    fraction: Quantity
    percent: Quantity


def relations(story: Story) -> Relations:
    """All relations of the story, computed once and cached in `story.cache`."""
    return story.memo("claims.relations", _find_relations)


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
    # (the range before is_integer(): the same answer, the cheaper test first)
    return (q.kind == "number" and q.value is not None and 1800 <= q.value <= 2100
            and float(q.value).is_integer() and len(t := q.text.strip()) == 4 and t.isascii() and t.isdigit())


def _two_figures(qs: list[Quantity]) -> bool:
    """At least two of qs are numeric figures with a value that are not years (counting stops at two)."""
    seen = 0
    for q in qs:
        if q.kind in NUMERIC_KINDS and q.value is not None and not is_year_like(q):
            if seen:
                return True
            seen = 1
    return False


def is_plain(q: Quantity) -> bool:
    """A single figure (not a range, not a bound) we can recompute with."""
    return (q.value is not None and q.kind in NUMERIC_KINDS and q.hedge is None
            and (q.low is None or q.low == q.value) and (q.high is None or q.high == q.value)
            and not is_year_like(q))


def is_vague_count(q: Quantity) -> bool:
    """ "thousands of climbers", "dozens of guides": a count said only by its order, never a level to divide by."""
    return q.kind == "number" and q.approximate and q.hedge is None and not has_digits(q) and q.high is None \
        and q.low is not None and q.text.lower().endswith("s")


def is_single(q: Quantity) -> bool:
    """A single figure, hedged or not (ranges excluded)."""
    return (q.value is not None and q.kind in NUMERIC_KINDS and not is_year_like(q)
            and not (q.low is not None and q.high is not None and q.low != q.high))


def has_digits(q: Quantity) -> bool:
    """Is the figure written in digits ("16 seats"), not in words ("two parties")?"""
    return any(c.isdigit() for c in q.text)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Can `a` and `b` be subtracted? Same kind and unit (money in one currency)."""
    if a.kind != b.kind:
        return False
    if a.kind in ("money", "physical", "percent"):
        return a.unit == b.unit
    return True


# -- finding them --------------------------------------------------------------------

# -- fractions said as rates --------------------------------------------------------
# "rose from 1,500 to 2,000, an increase of a third"; "412 of the murders — about a third —";
# "fell by half"; "212 of 540 schools, or two in five". A fraction in a rate's or a share's place
# is a percentage of the base, rounded the way writers round to a simple fraction (a tenth of
# its value either way: "a third" stands for about 30-37%). Read so only where changes and shares
# are read: elsewhere "a third" may be an ordinal ("a third term") and "two-thirds" a majority.

_FRACTION_RATE = regex.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\Z", regex.I)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "twenty": 20, "hundred": 100}
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})"
# "half" (never read as a figure alone) and "one in five", each only after a rate's or a share's lead
_SAID_FRACTION_WORDS = (
    r"\s*(?P<hedge>(?:about|around|roughly|nearly|almost|some|more\s+than|"
    r"less\s+than|just\s+over|just\s+under|over|under)\s+)?(?P<what>half|" + _SMALL + r"\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3}))(?![\p{L}\d-])")
_SAID_FRACTION = regex.compile(r"(?P<lead>(?<![\p{L}])(?:by|of)|,\s*or|[(—–])" + _SAID_FRACTION_WORDS, regex.I)
_SAID_FRACTION_OPENING = regex.compile(r"(?P<lead>)" + _SAID_FRACTION_WORDS, regex.I)   # at a sentence's start
# "one-tenth of a percent", "a third of a mile", "half a point", "a quarter-point cut": a fraction of a unit, not a rate
_FRACTION_OF_UNIT = regex.compile(r"\s+(?:of\s+)?(?:a|an|one)\s+(?![\p{L}]+\s+(?:of|than)\b)|(?:\s+|-)(?:of\s+)?(?:a\s+)?(?:percent|per\s+cent|"
                                  r"percentage|points?)\b", regex.I)
_HALF_NOT_RATE = regex.compile(r"\A(?:-|\s+(?:a|an)\b|\s+(?:of\s+(?:the\s+)?)?(?:year|century|decade|season|time|term|"
                               r"day|hour|way|mile|dozen|million|billion)\b)", regex.I)


_RATIO_HEADS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")


def _fraction_hint(text: str) -> bool:
    """A cheap look for "half" or "one in five" before the search proper (most sentences have neither)."""
    if "alf" in text:
        return True
    for joiner in (" in ", " out of "):
        at = text.find(joiner)
        while at > 0:
            if text[:at].lower().endswith(_RATIO_HEADS):
                return True
            at = text.find(joiner, at + 1)
    return False


def is_fraction_rate(q: Quantity) -> bool:
    """A percentage read from a fraction in words ("a third", "half", "one in five"); such a figure
    lives only in the relations, marked by its resolution "fraction"."""
    return q.kind == "percent" and q.resolution == "fraction"


def _fraction_as_rate(q: Quantity, value: float) -> Quantity:
    percent = value * 100
    return replace(q, kind="percent", unit="percent", value=percent, low=None, high=None,
                   precision=percent / 10, approximate=True, resolution="fraction")


def _rates_of_fractions(qs: list[Quantity], prose: str, s_start: int, s_end: int) -> list[Quantity]:
    """The figures of a sentence with fractions in words read as percentages (see above)."""
    out = []
    for q in qs:
        # ("nearly two-thirds": a hedge's bound at the fraction itself is still the fraction)
        if q.kind == "number" and q.value is not None and 0 < q.value < 1 and q.low in (None, q.value) \
                and q.high in (None, q.value):
            s, e = q.number_span or (q.start, q.end)
            if _FRACTION_RATE.match(" ".join(prose[s:e].split())) and not _FRACTION_OF_UNIT.match(prose, q.end):
                q = _fraction_as_rate(q, q.value)
        out.append(q)
    if not _fraction_hint(prose[s_start:s_end]):
        return out
    # (the sentence's first words are tried on their own: "Half of the 540 schools, or 270, ...")
    opening = _SAID_FRACTION_OPENING.match(prose, s_start, min(s_end, s_start + 40))
    said = ([opening] if opening else []) + list(_SAID_FRACTION.finditer(prose, s_start, s_end))
    for m in said:
        what = " ".join(m.group("what").lower().split())
        if what == "half":
            if _HALF_NOT_RATE.match(prose[m.end():m.end() + 24]):
                continue
            value = 0.5
        else:
            words = what.replace("out of", "in").replace("every ", "").split(" in ")
            num, den = (float(_SMALL_NUMBERS.get(w, w)) if not w.isdigit() else float(w) for w in words)
            if not 0 < num < den:
                continue
            value = num / den
        start = m.start("hedge") if m.group("hedge") else m.start("what")
        if any(q.start < m.end() and start < q.end and not (q.kind == "number" and q.value is not None
                                                           and q.start >= start and q.end <= m.end()) for q in out):
            continue    # overlaps a figure read otherwise ("by half a point"); not its own first number ("roughly one")
        out = [q for q in out if not (start <= q.start and q.end <= m.end())]
        hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
        q = Quantity(text=prose[start:m.end()], start=start, end=m.end(), kind="number", value=value, hedge=hedge,
                     number_span=(m.start("what"), m.end()))
        out.append(_fraction_as_rate(q, value))
    return sorted(out, key=lambda q: q.start)



# Alternatives that begin alike are grouped (",\s+..." and "\b(?:...)\b"): the same matches, found faster.
_CLAUSE_BREAK = regex.compile(r";|\s[-–—]\s(?!(?:up|down|a\s+rise|an\s+increase|a\s+jump|a\s+gain|a\s+drop|a\s+fall|a\s+decline)\b"
                              # "— a 30% increase", "— or 30 per cent —": the change named, not a new clause
                              r"|an?\s+[\d.,]+\s*(?:%|per\s*cent|percent|pc)[\s-]+(?:[\p{L}-]+\s+)?(?:increase|rise|jump|gain|"
                              r"growth|drop|fall|decline|decrease|reduction|cut)\b|or\s+(?:about\s+|some\s+|nearly\s+)?\d"
                              # "— 18 percent more than the 1.84 million ...": the change against the base, not a new clause
                              r"|[\d.,]+\s*(?:%|per\s*cent|percent|pc)\s+(?:more|fewer|less|higher|lower|above|below|up|down)\b)|,\s+(?:but\b|and\s+(?=the\b|its\b|their\b|\p{Lu})|which\b|when\b)|"
                              r"\sand\s+(?=(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){1,4}(?:has|have|had|was|were|is|are|will|rose|fell|grew|"
                              r"jumped|dropped|declined|increased|decreased|climbed|slid|gained|lost|stood|reached|hit)\b)|"
                              # "Labour gained one seat, the Greens rose from one to three": a list of clauses, each
                              # its own subject and verb, joined by a comma alone
                              r",\s+(?=(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){1,4}(?:rose|fell|grew|jumped|dropped|declined|"
                              r"increased|decreased|climbed|slid|gained|lost)\s+(?:from\s+)?(?:\d|one|two|three|four|five|"
                              r"six|seven|eight|nine|ten)\b)|"
                              r"\b(?:while|whereas|after(?!\s+(?:climbing|rising|gaining|adding|jumping|surging|advancing|rallying|falling|dropping|"
                              r"losing|shedding|sliding|slipping|declining|easing|tumbling|sinking)\b)|(?<!(?:year|month|week|day|quarter|season|session|decade|night|term|election)\s)before)\b|\bcompared\s+(?:with|to)\s+(?=\p{L})(?!(?!the\b)\p{L}[\p{L}.]{0,2}\s?\$?\d)", regex.I)

_UP_NOUN = r"increase|rise|jump|gain|growth|surge|climb|expansion|improvement|hike|uptick"
_DOWN_NOUN = r"drop|fall|decline|decrease|reduction|cut|slide|dip|contraction|slump|plunge|loss"

_VERB_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?(?:a\s+|an\s+)?(?:further\s+|another\s+)?\Z", regex.I | regex.REVERSE)
_NOUN_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_UP_NOUN}|{_DOWN_NOUN})s?\s+(?:of|by)\s+(?:a\s+|an\s+)?\Z", regex.I | regex.REVERSE)
_NOUN_AFTER = regex.compile(rf"\A[\s-]+(?:year-on-year\s+|annual\s+|monthly\s+|month-on-month\s+)?(?P<verb>{_UP_NOUN}|{_DOWN_NOUN}|higher|lower|"
                           r"(?:above|below)(?=\s+(?:the|its|their|last)\b)|(?:more|fewer|less)(?=\s+than\s+(?:the|its|their|last)\b))\b",
                           regex.I)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s+(?:a\s+|an\s+|the\s+)?(?:(?:last|this|the\s+(?:previous|current))\s+(?:year|month|quarter|season|week)['’]s\s+)?"
                             r"(?:(?:revised|previous|year-earlier|record|low|high|peak)\s+(?:of\s+)?)?"
                             # the last session's close: "up $8.30 from Wednesday's close of $46.10"
                             r"(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|the\s+previous\s+"
                             r"(?:day|session)|the\s+prior\s+(?:day|session)|last\s+week)['’]s\s+|(?:previous|prior)\s+)?"
                             r"(?:close|closing\s+(?:level|price|value)|finish|settlement)\s+(?:of|at)\s+)?\Z", regex.I | regex.REVERSE)
# After a rate: "up 12% on $2.1bn", "a 12% increase on last year's $2.1bn", "12% higher than the $2.1bn".
_BASE_AFTER_RATE = regex.compile(
    r"(?<![\p{L}])(?:on|than|over|above|below)\s+(?:the\s+)?(?:(?:last|the\s+previous)\s+(?:year|month|quarter|season)['’]s\s+|"
    r"(?:previous|year-earlier|prior)\s+)?(?:(?:level|figure|total)\s+of\s+)?\Z"
    # "184% above the long-term average for the whole of October of 41mm", "18.7% above the normal of 1,105mm": a norm
    r"|(?<![\p{L}])(?:above|below|than)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:average|normal|norm|mean)"
    r"(?:\s+(?:for|in)(?:\s+[\p{L}-]+){1,5}?)?\s+of\s+\Z", regex.I | regex.REVERSE)
_TO_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:to\s+(?:a\s+|an\s+|the\s+)?(?:(?:record|new|fresh|(?:[\w-]+-(?:year|month|week)))\s+(?:high|low|peak)\s+of\s+)?"
    r"|to\s+(?:close|end|settle|finish|stand|trade)\s+(?:the\s+(?:day|session|week)\s+)?at\s+)\Z", regex.I | regex.REVERSE)
_TOTAL_TO_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:bringing|brought|taking|took|pushing|pushed|lifting|lifted)\s+(?:(?:the|its|their)\s+(?:total|tally|toll|"
    r"combined|overall|cumulative)(?:\s+[\p{L}-]+){0,3}\s+)?to\s+\Z", regex.I | regex.REVERSE)
_VERB_ANYWHERE = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{_UP}|{_DOWN}|{_UP_NOUN}|{_DOWN_NOUN})(?![\p{{L}}])", regex.I)
_UP_WORD = regex.compile(rf"(?:{_UP})|(?:{_UP_NOUN})", regex.I)
_DOWN_WORD = regex.compile(rf"(?:{_DOWN})|(?:{_DOWN_NOUN})", regex.I)
_BY_BEFORE = regex.compile(r"(?<![\p{L}])by\s+(?:a\s+|an\s+|another\s+|a\s+further\s+)?\Z", regex.I | regex.REVERSE)
_OR_BEFORE = regex.compile(r"\A(?:\s+(?:index\s+)?(?:percentage\s+)?points?)?\s*(?:,\s*or|\(|,\s*or\s+by|,\s*equivalent\s+to|,\s*or\s+some|\s+or|"
                        r"\s[-–—]\s*or)\s*\Z", regex.I)
# The base named by comparison: "compared with $2.5bn a year earlier", "against Rs1.2tn last year",
# "against its sale at $1,807". Only with a word of time after the figure (or a price's own words):
# "compared with $2.5bn for imports" compares two things, not two times.
_COMPARED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?:compare[sd]?\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+(?:the\s+|a\s+)?"
    r"(?:(?:previous|year-earlier|earlier|last\s+year's|a\s+year-earlier)\s+)?(?:(?:level|figure|total|reading)\s+of\s+)?)\Z", regex.I | regex.REVERSE)
# A level set against its norm: "2,215 mm of rain against a normal of 2,830 mm", "against the long-term
# average for October of 41mm". The norm is the base its departure is measured on, as a year-earlier level is.
_NORM_OF = r"(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:normal|average|norm|mean)(?:\s+(?:for|in)(?:\s+[\p{L}-]+){1,5}?)?\s+of\s+"
_AGAINST_NORM_BEFORE = regex.compile(rf"(?<![\p{{L}}])against\s+{_NORM_OF}\Z", regex.I | regex.REVERSE)
# ... and the departure from that norm, in the words of weather desks: "a deficit of 28%", "an excess of 12%"
# (a deficit said with no norm before it is a budget's, never a move)
_DEPARTURE_BEFORE = regex.compile(r"(?<![\p{L}])(?P<verb>deficit|shortfall|surplus|excess)\s+of\s+(?:a\s+|an\s+)?\Z",
                                  regex.I | regex.REVERSE)
_DEPARTURES = {"deficit": -1, "shortfall": -1, "surplus": 1, "excess": 1}
# A difference in the figures' own unit, said before the base it is measured on: "AED 2.4bn, AED 600m more than
# last year's AED 1.6bn", "1,850 claims, 240 fewer than the 2,090 of a year earlier". Only with the base named
# by a determiner after "than": "$600m more than it spent on schools" sets no figure against it.
_DIFFERENCE_AFTER = regex.compile(r"\s+(?P<verb>more|fewer|less|higher|lower)\s+than\s+(?=(?:the|its|their|last|a\s+year)\b)",
                                  regex.I)
# (a unit word may follow the difference: "340 tonnes fewer than the 2,090 tonnes")
_DIFFERENCE_IN = regex.compile(r"\d[^\s]*(?:\s+\p{L}+)?\s+(?:more|fewer|less|higher|lower)\s+than\s+(?:the|its|their|last|a\s+year)\b", regex.I)
_DIFFERENCE_DIRECTIONS = {"more": 1, "higher": 1, "fewer": -1, "less": -1, "lower": -1}
_PRICE_AGAINST = regex.compile(
    r"(?<![\p{L}])against\s+(?:its|the|their|a)\s+(?:previous\s+|earlier\s+)?(?:sale|selling|price|rate|level|close|closing|value)"
    r"(?:\s+price)?\s+(?:at|of)\s+\Z", regex.I | regex.REVERSE)
_TIME_AFTER = regex.compile(
    r"\A[^.;\d]{0,6}?\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:year|month|quarter|week|season)\s+before|(?:a|the\s+previous|the\s+same)\s+(?:month|quarter|week|period|year)(?:\s+(?:earlier|ago|before|last\s+year))?|"
    r"last\s+(?:year|month|quarter|week|season|fiscal\s+year|financial\s+year)|the\s+previous\s+(?:year|month|quarter|week|day|session|fiscal\s+year)|"
    r"earlier|previously|before|ago|at\s+the\s+(?:end|start)\s+of|"
    # "in the opening quarter of 2018", "in the first half of 2023": a period of a year named
    r"in\s+the\s+(?:[\p{L}-]+\s+){1,2}of\s+(?:19|20)\d\d|"
    r"in\s+(?:the\s+(?:same|previous|corresponding|last)|(?:19|20)\d\d|FY|fiscal|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:a|one|two|three|five|ten)\s+(?:years?|decades?)\s+(?:earlier|ago|before))", regex.I)
# A level after a verb of standing: "was sold at $1,703", "closed at 74,000", "stood at 6.2%".
_LEVEL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:sold|selling|traded|trading|stood|standing|stands|closed|closing|settled|settling|ended|ending|finished|finishing|"
    r"(?:is|are|was|were|now)(?:\s+(?:being\s+)?(?:sold|traded|quoted))?|quoted)\s+at\s+\Z", regex.I | regex.REVERSE)
_LOOSE_SCALE = regex.compile(r"\s*(?:cr|crore|crores|lakh|lakhs|lac|bn|mn|mln|million|billion|trillion|tn|arab|kharab)\b", regex.I)
_AT_BEFORE = regex.compile(r"(?<![\p{L}])at\s+\Z", regex.I | regex.REVERSE)
# "ended 600 points, or 0.8%, lower at 74,000": the direction after the move.
_POINTS_DIRECTION_AFTER = regex.compile(
    r"\A\s+(?:index\s+)?points?\s*(?:,\s*or\s+[^,;()]{1,16},|\([^()]{1,16}\))?\s+(?P<verb>higher|lower)\b", regex.I)
# The level, then its change: "82.1% this year, up from 78.4%", "$2.8bn, up 12% from $2.5bn",
# "$2.8bn, compared with $2.5bn a year earlier".
_THEN_CHANGE = regex.compile(
    rf"\A(?:[^\d;:()]{{0,60}}?,|\s*\()\s*(?:(?P<verb>up|down|rising|falling|climbing|dropping|increasing|decreasing|higher|lower|"
    rf"an?\s+(?:{_UP_NOUN}|{_DOWN_NOUN})\s+of|(?:an?\s+)?(?:{_UP_NOUN}|{_DOWN_NOUN})\s+of)\s+(?:by\s+|from\s+(?:a\s+|the\s+)?"
    r"(?:(?:revised|previous|year-earlier|record|peak)\s+)?)?"
    r"|compared\s+(?:with|to)\s+(?:the\s+|a\s+)?|as\s+against\s+|against\s+)\Z"
    r"|\A[^\d;:(),]{0,60}?\s(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+(?:the\s+|a\s+)?\Z"
    # "2,215 mm of rain against a normal of 2,830 mm": the level, then the norm it is set against
    rf"|\A[^\d;:(),]{{0,60}}?\sagainst\s+{_NORM_OF}\Z"
    # "reached €5.2m from €4.6m a year earlier": the level, then straight "from" its base
    r"|\A\s+from\s+(?:a\s+|the\s+)?\Z", regex.I)
# "$2.8bn, a 12% increase on $2.1bn"; "profit of $2.8bn was 12% higher than the $2.1bn"
_THEN_RATE = regex.compile(r"\A(?:[^\d;:()]{0,70}?(?:,|\s[-–—])\s*(?:an?\s+)?|\s+(?:was|were|is|are|stood|came\s+in)\s+)(?P<verb>)\Z", regex.I)
# (the level's own noun may come between: "1,850 claims, 340 fewer than ...")
_THEN_DIFFERENCE = regex.compile(r"\A(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}?\s*(?:,|\s[-–—])\s*(?P<verb>)\Z")
_POINTS_AFTER = regex.compile(r"\A\s+(?:index\s+)?(?:percentage\s+)?points?\b", regex.I)
_YEAR_ON_YEAR = regex.compile(r"(?<![\p{L}])(?:year[\s-]on[\s-]year|y/y|yoy|annually|annual(?=\s+(?:basis|terms|rate|pace|growth|increase|rise|gain|jump|fall|drop|decline|decrease))|from\s+a\s+year\s+(?:earlier|ago)|over\s+the\s+year)(?![\p{L}])", regex.I)
_MONTH_ON_MONTH = regex.compile(
    r"(?<![\p{L}])(?:month[\s-]on[\s-]month|m/m|a\s+month\s+(?:earlier|ago|before)|(?:the\s+)?previous\s+(?:month|quarter)|last\s+month|"
    r"quarter[\s-]on[\s-]quarter|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?![\p{L}])",
    regex.I)
_FACTOR_WORDS = "doubled|doubling|trebled|tripled|tripling|trebling|quadrupled|quadrupling|halved|halving"
_FACTOR = regex.compile(
    r"(?<![\p{L}])(?:(?P<hedge>nearly|almost|more\s+than|over|about|roughly|around|just\s+over|just\s+under|close\s+to)\s+)?"
    rf"(?P<word>{_FACTOR_WORDS})(?![\p{{L}}])", regex.I)
# The words of _VERB_ANYWHERE and _FACTOR as a set: a sentence is tested by looking its words up
_LETTER_RUN = regex.compile(r"\p{L}+")
# ("27% above the 2,310 of a year earlier": above and below say a change only after a rate, see _NOUN_AFTER)
_CHANGE_WORDS = frozenset("|".join((_UP, _DOWN, _UP_NOUN, _DOWN_NOUN, _FACTOR_WORDS, "above|below")).split("|"))
# "12% above the", "40 percent more than the 1,180": a rate, then the base it is measured on
_RATE_ABOVE = regex.compile(r"(?:%|per\s*cent|percent)\s+(?:above|below|(?:more|fewer|less|higher|lower)\s+than)\s", regex.I)
_FACTORS = {"doubl": 2.0, "trebl": 3.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_COMPARE = regex.compile(
    r"\A,?\s*(?:(?P<hedge>nearly|almost|more\s+than|over|about|roughly|around|just\s+over|just\s+under|close\s+to)\s+)?"
    r"(?P<word>double|twice|triple|treble|half|(?P<n>\d{1,3}(?:\.\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty)\s+times)\s+(?:the\s+|that\s+of\s+|its\s+|"
    # "more than four times the daily average of", "almost three times the long-term October average of"
    r"(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:average|level|norm|mean|median|total|figure)\s+of\s+)?\Z", regex.I)
_COMPARE_NEEDS = ("double", "twice", "triple", "treble", "times", "half")     # one of them is in every _COMPARE match
_COMPARE_FACTORS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}
_TIMES_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def _compare_factor(m) -> float | None:
    """The factor a comparison says: "twice", "triple", "five times", "2.9 times" (any multiple, not a hand list)."""
    n = m.group("n")
    if n is None:
        return _COMPARE_FACTORS.get(m.group("word").lower())
    n = n.lower()
    value = float(n) if n[0].isdigit() else float(_TIMES_WORDS[n])
    return value if value > 1 else None

# "/" is not a pair joiner: "N455/$1", "Rs280/$" are rates, never an amount and its equivalent.
_PAIR_GAP = regex.compile(
    r"\A\s*(?:\(\s*|,\s*or\s+|\s*or\s+|,\s*(?:equivalent|equal)\s+to\s+|\(\s*(?:equivalent|equal)\s+to\s+|"
    r",\s*(?:about|around|roughly|approximately|some|nearly|almost|worth)\s+|\s[-–—]\s+(?:about\s+)?)\Z", regex.I)
# The time of an amount written straight after it, before a comma: "last year", "in 2024", "in March 2024"
_TIME_AFTER_AMOUNT = regex.compile(
    r"\s+(?:(?:last|this|the\s+previous|the\s+past)\s+(?:year|month|quarter|week|fiscal\s+year|financial\s+year)|"
    r"in\s+(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d)(?=\s*,)")
_HEDGED_PAIR_GAP = regex.compile(r"\A\s*,\s*\Z")
_PAIR_HEDGE = regex.compile(r"(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|close\s+to|just\s+(?:over|under))\s*", regex.I)
# A bracket that goes on after its amount says something else: "(1 US dollar is Tk 86.20)",
# "(22 cents of every rand)", "(Rs280 per dollar)". A pair's bracket holds the amount and at
# most a few words of hedge or date ("at current rates", "in 2024").
_PAIR_BRACKET_OK = regex.compile(
    r"\A\s*(?:(?:at\s+(?:current|today's|the\s+current|the\s+prevailing|prevailing|the\s+official|official|"
    r"(?:the\s+)?(?:then|current|present)[\s-]*(?:exchange\s+)?)?\s*(?:exchange\s+)?rates?)|approx(?:imately|\.)?|"
    r"roughly|about|US|in\s+(?:today's\s+)?(?:money|terms)|at\s+today's\s+rates?)?\s*\)", regex.I)
# Rate notation on either side: "N455/$1", "Rs280 per dollar", "Tk110 to the dollar", "$1 = Rs280".
_RATE_AFTER = regex.compile(
    # ("Rs250 per kg ($0.90)" is a price by its unit and its conversion, not a rate: "per" a thing's unit never is)
    r"\A\s*(?:/|per\b(?!\s+(?:kg|kilos?|kilograms?|kilogrammes?|tonnes?|tons?|metric\s+tons?|litres?|liters?|"
    r"barrels?|troy\s+ounces?|ounces?|oz|grams?|bags?|sacks?|square\s+met(?:re|er)s?|sq\s*m|cubic\s+met(?:re|er)s?|"
    r"megawatt[\s-]hours?|MWh|kWh|kilowatt[\s-]hours?|MMBtu|mmbtu|bushels?)\b)|a\s+(?:dollar|euro|pound|unit)\b|to\s+(?:the|a|one|1)\b|against\s+(?:the|a|one|1)\b|=|is\b|equals?\b|"
    r"buys?\b|for\s+(?:every|each|one|1)\b|of\s+(?:every|each)\b)", regex.I)
_ONE_UNIT = regex.compile(r"(?<![\d.,])(?:1|one)(?![\d.,]*\d)", regex.I)

# "N of M", "N out of M", "N applicants out of M" (with a noun, only "out of": "300 pupils of 12 schools" is no share)
_OF_GAP = regex.compile(r"\A(?:\s+[\p{L}-]+(?=\s+out\s+of\b))?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                        r"(?:[\p{L}-]+'s?\s+)?\Z", regex.I)
_SHARE_PCT_GAP = regex.compile(
    r"\A[^.;:0-9]{0,60}?(?:,\s*or|\(|\s[-–—]\s*or|,\s*(?:representing|accounting\s+for|equivalent\s+to|about|or\s+about|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than))\s*\Z",
    regex.I)
# a share that carries its own hedge ("roughly 43 per cent"): the comma alone sets it off
_OWN_HEDGE = regex.compile(r"(?:about|or\s+about|nearly|almost|some|roughly|around|just\s+over|just\s+under|more\s+than)\s", regex.I)
_HEDGED_SHARE_GAP = regex.compile(r"\A(?:[^.;:0-9]|(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)){0,70}?,\s*\Z")   # (a year is words)
_PCT_OF_GAP = regex.compile(r"\A\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?\Z", regex.I)
_PCT_OF_PART_GAP = regex.compile(r"\A(?:\s+[\p{L}-]+){0,3}\s*(?:,\s*or|\()\s*(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?\Z",
                                 regex.I)
_OF_THE = regex.compile(r"(?<![\p{L}])of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)?\Z", regex.I)
_PART_WORDS = regex.compile(
    r"\s+(?:(?:were|are|was|is|had\s+been|have\s+been|came|come)\s+(?:from\s+)?)?(?P<what>(?!and\b)[\p{L}-]+)", regex.I)
_NESTED = regex.compile(r"\A\s+(?:of\s+(?:whom|them|which|those|these)|among\s+them|including)\b", regex.I)
# "887 voted to reject, or 85.8% of those voting": a share of the part before, not of the whole
SHARE_OF_THOSE = regex.compile(r"[^,.;]{0,30},?\s+or\s+(?:about\s+|nearly\s+|some\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+"
                                r"of\s+(?:those|them|these)(?![\p{L}])", regex.I)
_MAJORITY = regex.compile(
    r"(?<![\p{L}])(?P<label>simple|absolute|outright|two-thirds|two-third|two\s+thirds|three-fifths|three-quarters|three-fourths)\s+"
    r"(?P<what>majority|super-?majority|threshold)",
    regex.I)
# "a two-thirds majority of those present and voting", "of the votes cast": the denominator is
# the members who voted, not the house; a tally against ("61 votes to 30", "with 12 abstentions")
# leaves the same doubt when the count is of votes.
_MAJORITY_OF_VOTERS = regex.compile(
    r"\A\s+(?:of\s+(?:those|members|lawmakers|legislators|senators|MPs|deputies)\s+(?:present|voting)|"
    r"of\s+(?:the\s+)?votes\s+cast|of\s+(?:the\s+)?(?:members\s+)?present)", regex.I)
_VOTE_TALLY = regex.compile(
    r"(?<![\p{L}])(?:against|abstain\w*|abstention\w*|present\s+and\s+voting|votes\s+cast|opposed|in\s+favou?r)(?![\p{L}])|"
    r"\bvotes?\s+to\s+\d", regex.I)
_MAJORITY_FRACTIONS = {"simple": 0.5, "absolute": 0.5, "outright": 0.5, "two-thirds": 2 / 3, "two-third": 2 / 3,
                       "two thirds": 2 / 3, "three-fifths": 0.6, "three-quarters": 0.75, "three-fourths": 0.75}
_MAJORITY_NEGATED = regex.compile(
    r"(?:short\s+of|shy\s+of|fell\s+short|fall\s+short|falling\s+short|failed|fail|without|lack|lacks|lacked|lacking|need|needs|needed|require|requires|required|requiring|secure|win|reach|not|no|seeking|seek|want|wants|needing|for|than|"
    r"lost|lose|loses|losing|denied|deny|denying|below|under|beneath|stripped|strip|deprived|end|ended|ending|ends|forfeit(?:ed|s)?|"
    r"regain|regaining|restore|restoring|retake|hopes?|aim(?:s|ed|ing)?|bid|target(?:s|ed|ing)?|toward|towards|"
    r"missed|miss|misses|missing|eluded|elude|away\s+from)\b[^.;]{0,25}\Z",
    regex.I)
# "a majority it lost", "the majority it had held until": the named majority is not claimed of the seats.
_MAJORITY_NEGATED_AFTER = regex.compile(
    r"\A[^.;,]{0,30}?\b(?:it|they|the\s+party|the\s+alliance)\s+(?:had\s+)?(?:lost|had\s+held|once\s+held|held\s+until|enjoyed\s+until|sought|wanted|needed|hoped)\b",
    regex.I)

# Shapes of the helpers below, compiled once.
# "Of the M", and "of M" opening a clause after "that"/"while" ("figures show that of 11,400 teachers, ...")
_OF_THE_LEAD = regex.compile(
    r"(?:^|[.,;:]\s*|\A\s*|(?<![\p{L}])(?:that|while|whereas|but)\s+)\s*(?:[Oo]ut\s+)?[Oo]f\s+"
    r"(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)?\Z")
_OUT = regex.compile(r"^out\s+")
_OF_THE_WHOLE = regex.compile(r"(?<![\p{L}])[Oo]f\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)\Z")
_PART_JOINER = regex.compile(r"\s*(?:,|,?\s+and|,?\s+while|;)\s*", regex.I)
_PART_TAIL = regex.compile(r"[^,;.\d]*?(?=,|\s+and\s|;|\.|$)")
_IN_HOUSE_GAP = regex.compile(r"\A\s+[\p{L}-]+\s+in\s+(?:the|a|an|its)\s+\Z", regex.I)
_HOUSE_SIZE = regex.compile(r"-(?:member|seat|strong)\b")
_SEATS = regex.compile(r"\s+(?:seats|MPs|lawmakers|legislators|deputies|(?P<votes>votes))\b")
_HOUSE_OF = regex.compile(r"(?<![\p{L}])(?:house|parliament|assembly|chamber|senate|legislature|council|lower\s+house|upper\s+house)"
                          r"\s+of\s+(?:just\s+|only\s+)?\Z", regex.I)
_SEATS_OUT_OF = regex.compile(r"(?<![\p{L}])seats\s+(?:out\s+)?of\s+(?:the\s+)?\Z", regex.I)
_OF_THE_TOTAL = regex.compile(r"(?<![\p{L}])(?:of|out\s+of)\s+(?:the\s+|its\s+|all\s+)?\Z", regex.I)
_SEATS_OR_MEMBERS = regex.compile(r"\A\s+(?:[\p{L}-]+\s+)?(?:seats|members|MPs|lawmakers|legislators|deputies|senators)\b")
_TIMES = regex.compile(r"\s+times\b")
_ONE_NOUN = regex.compile(r"\A\s+[\p{L}-]+(?=,)")
_BRACKET_ONLY = regex.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+)?")
_OF_WORD = regex.compile(r"\b(?:of|among(?:st)?)\b|-(?:seat|member|strong)\b", regex.I)
# "Among the 1,680 candidates, 1,092 passed, or 81%": "among" opens the whole like "of the"
_AMONG_LEAD = regex.compile(
    r"(?:^|[.,;:]\s*)\s*[Aa]mong(?:st)?\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|all\s+)?\Z")
# a long clause describing the whole ends at a comma, and the part opens the next clause
_CLAUSE_THEN_PART = regex.compile(
    r",\s*(?:(?:some|about|nearly|almost|only|just|roughly|exactly|a\s+total\s+of)\s+)?\Z", regex.I)
_LIST_JOINER = regex.compile(r",|\band\b|;")


_LATER: dict[str, object] = {}


def _later(name: str):
    """A module that imports this one, imported on first use (then kept: a from-import costs microseconds)."""
    module = _LATER.get(name)
    if module is None:
        module = _LATER[name] = importlib.import_module(f".{name}", __package__)
    return module


def _find_relations(story: Story) -> Relations:
    prose = story.doc.prose
    pairs: list[Pair] = []
    changes: list[Change] = []
    shares: list[Share] = []
    breakdowns: list[Breakdown] = []
    majorities: list[Majority] = []
    comparisons: list[Comparison] = []
    share_lists: list[ShareList] = []
    ordered = StoryFigures(sorted(story.quantities, key=lambda q: q.start))
    starts = [q.start for q in ordered]
    for s_start, s_end in story.doc.sentences():
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        if hi - lo < 2:
            continue     # (the test below needs two figures in the sentence)
        qs = [q for q in ordered[lo:hi] if q.end <= s_end]
        # every relation needs two figures (a year is not one): most sentences have fewer
        if not _two_figures(qs):
            continue
        qs = _split_joined(qs, prose)
        pairs.extend(_pairs(_without_unit_prices(qs, prose), prose))
        # every share is said with "of" ("N of M", "P% of the M", "Of the M", "of whom", "a rate of")
        # or of a house by its size ("159 seats in the 400-seat house, or 39.8%")
        rq = _rates_of_fractions(qs, prose, s_start, s_end)     # "an increase of a third", "— about half —"
        sentence = prose[s_start:s_end]
        lowered = sentence.lower()
        ascii_sentence = lowered.isascii()   # then the plain re module reads the lowered sentence the same
        words = set(_ascii_words(lowered) if ascii_sentence else _LETTER_RUN.findall(lowered))
        shares_here = list(_shares(rq, prose, s_start)) if _of_word_in(prose, s_start, s_end, lowered, ascii_sentence,
                                                                       words) else []
        shares.extend(shares_here)
        shares.extend(_percent_said_as_fraction(rq, prose))
        breakdowns.extend(_breakdowns(qs, prose))
        if not _TOTAL_WORDS.isdisjoint(words) or any(c in sentence for c in ":+="):
            breakdowns.extend(_stated_totals(qs, prose, s_start, s_end))
        if not ascii_sentence or "majorit" in lowered or "threshold" in lowered:   # every _MAJORITY has one
            majorities.extend(_majorities(qs, prose, s_start, s_end, shares_here))
        comparisons.extend(_comparisons(qs, prose))
        share_lists.extend(_share_lists(qs, prose, s_start, s_end))
        if _CHANGE_WORDS.isdisjoint(words) and not ("than" in words and _RATE_ABOVE.search(sentence)) \
                and not ("against" in words and not words.isdisjoint(_DEPARTURES)) \
                and not ("than" in words and _DIFFERENCE_IN.search(sentence)):
            continue     # no word of change in the sentence: no change to read (see _changes)
        for c_start, c_end in _clauses(prose, s_start, s_end):
            cq = [q for q in rq if c_start <= q.start and q.end <= c_end]
            if len(cq) >= 2:
                changes.extend(_clause_changes(cq, prose, c_start, c_end))
    _said_across(story, ordered, starts, changes, shares, breakdowns)
    restated = _later("restated")  # "¥120bn ... The money, roughly $770m, ...": a pair across a sentence break
    pairs.extend(restated.restated_pairs(story, ordered, starts))
    breakdowns.extend(_named_totals(story, ordered, starts))
    breakdowns.extend(_totals_after_parts(story, ordered, starts))
    neighbours = _later("neighbours")  # relations across a sentence break (a module of its own: see there)
    changes.extend(list(neighbours.point_gaps(story, ordered, starts, changes)))
    changes.extend(list(neighbours.point_moves(story, ordered, starts, changes)))
    index_moves = _later("index_moves")  # a move in points and percent held to its close, said anywhere near (see there)
    changes.extend(list(index_moves.index_moves(story, ordered, starts, changes)))
    breakdowns.extend(neighbours.lists_going_on(story, ordered, starts))
    lists_across = _later("lists_across")  # a list whose whole is said in another sentence (see there)
    breakdowns.extend(lists_across.split_lists(story, ordered, starts))
    breakdowns.extend(lists_across.allocations_then_total(story, ordered, starts))
    shares_left = _later("shares_left")  # shares of a whole, then "the remaining P%": all of it (see there)
    breakdowns.extend(shares_left.shares_with_a_remainder(story, ordered, starts))
    broken_down = _later("broken_down")  # a whole, then its breakdown (same sentence or the next; see there)
    broken_down.add_breakdowns(story, ordered, starts, breakdowns, shares)
    list_totals = _later("list_totals")  # any list and its total, read from a few signals (see there)
    breakdowns.extend(list(list_totals.list_totals(story, ordered, starts, breakdowns)))
    breakdowns.extend(list(list_totals.wholes_then_parts(story, ordered, starts, breakdowns)))
    breakdowns.extend(list(list_totals.announced_wholes(story, ordered, starts, breakdowns)))
    bodies = _later("bodies")  # tallies of seats or wards beyond the body's size, "the 80-ward corporation" (see there)
    breakdowns.extend(list(bodies.overfull_bodies(story, ordered, starts, breakdowns)))
    breakdowns.extend(list(bodies.backed_tallies(story, ordered, starts)))
    slipped_rates = _later("slipped_rates")  # a percentage tied to the one relation a typing slip of it fits (see there)
    for found in list(slipped_rates.slipped_rates(story, ordered, starts, changes, shares)):
        (shares if isinstance(found, Share) else changes).append(found)
    from . import stated_results  # a result beside the figures it is of, fitting none of their relations (see there)
    shares.extend(list(stated_results.shares(story, ordered, starts, changes, shares)))
    shares.extend(list(stated_results.named_rates(story, ordered, starts, changes, shares)))
    shares.extend(list(stated_results.meant_shares(story, ordered, starts, changes, shares)))
    changes.extend(list(stated_results.pointed_moves(story, ordered, starts, changes, shares)))
    changes.extend(list(stated_results.margins(story, ordered, starts, changes, shares)))
    from . import multiples_across  # "have doubled", its figures in the sentences around it (see there)
    changes.extend(list(multiples_across.multiples_across(story, ordered, starts, changes)))
    changes_named = _later("changes_named")  # "the 8.1 per cent drop in agribulk": a move told earlier (see there)
    changes.extend(list(changes_named.named_changes(story, ordered, starts, changes)))
    rate_bases = _later("rate_bases")  # a move's size with one level told elsewhere, tried against every reading (see there)
    changes.extend(list(rate_bases.rate_bases(story, ordered, starts, changes)))
    # "two each in Anamizu and Noto": a part counted once for each of several places is no single part, whichever
    # reader found the list
    breakdowns = [b for b in breakdowns if not any(_EACH_AFTER.match(story.doc.prose, p.end) for p in b.parts)]
    return Relations(tuple(pairs), tuple(changes), tuple(shares), tuple(breakdowns), tuple(majorities),
                     tuple(comparisons), tuple(share_lists), tuple(_fraction_asides(story, ordered)))


# -- a fraction said again in figures ------------------------------------------------
# "A quarter - 40% - of the 400 staff", "about a third (32%) of voters", "nearly half — 48% — of
# households": the aside opens right after the fraction and closes right after the percentage. A
# percentage with words of its own ("a quarter of staff - 40% of them women -") or after a dash that
# opens a new clause ("fell by a quarter - 40% of voters stayed home") is another figure.

# ("the second half (70%)", "the other half": a part of a year or a game, not 50%)
_HALF_BEFORE_ASIDE = regex.compile(r"(?<![\p{L}-])(?<!\b(?:the|a|an|first|second|other|latter|former|back|top|bottom|"
                                   r"upper|lower|opening|final|its|their|his|her)\s+)(?:(?P<hedge>about|around|roughly|nearly|almost|some|more\s+than|less\s+than|"
                                   r"just\s+over|just\s+under|over|under)\s+)?half\Z", regex.I)
_ASIDE_OPENS = regex.compile(r"(?:\s+-|\s*[–—]|\s*\()\s*\Z")
_ASIDE_CLOSES = {"(": regex.compile(r"\s*\)"), "-": regex.compile(r"\s*[-–—](?!\d)")}


def _fraction_asides(story: Story, ordered: list[Quantity]) -> Iterator[FractionAside]:
    prose = story.doc.prose
    for k, pct in enumerate(ordered):
        if pct.kind != "percent" or pct.unit != "percent" or not is_plain(pct) or is_fraction_rate(pct):
            continue
        opens = _ASIDE_OPENS.search(prose, max(0, pct.start - 4), pct.start)
        if not opens:
            continue
        closer = _ASIDE_CLOSES["(" if "(" in opens.group() else "-"]
        if not closer.match(prose, pct.end):
            continue
        s_start, s_end = story.doc.sentence_at(pct.start)
        qs = [q for q in ordered[max(0, k - 4):k] if q.start >= s_start]
        said = [q for q in _rates_of_fractions(qs, prose, s_start, pct.start) if q.end <= opens.start()]
        if said and is_fraction_rate(said[-1]) and said[-1].end == opens.start():
            yield FractionAside(said[-1], pct)
        elif half := _HALF_BEFORE_ASIDE.search(prose, max(s_start, opens.start() - 24), opens.start()):
            # "... said that about half (48%) of ...": "half" right before the aside is the fraction, whatever leads it
            hedge = " ".join(half.group("hedge").lower().split()) if half.group("hedge") else None
            q = Quantity(text=half.group(), start=half.start(), end=half.end(), kind="number", value=0.5, hedge=hedge,
                         number_span=(half.end() - 4, half.end()))
            yield FractionAside(_fraction_as_rate(q, 0.5), pct)


_EACH_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?(?:each|apiece)\b", re.I)


# Two figures the extractor reads as one: "240 out of 543" (a ratio) and "fell by $500m to
# $2.2bn" (a range). For the relations we need each figure with its own span.
_OUT_OF = regex.compile(r"(?P<a>\d[\d,]*(?:\.\d+)?)\s+out\s+of\s+(?P<b>\d[\d,]*(?:\.\d+)?)\Z")
_BY_RANGE = regex.compile(r"(?P<a>.*?\d.*?)\s+to\s+(?P<b>.*\d.*)\Z")
_BY_JUST_BEFORE = regex.compile(r"(?<![\p{L}])by\s+\Z", regex.I)
_DIGITS = regex.compile(r"\d[\d,]*(?:\.(\d+))?")


def _of_word_in(prose: str, s_start: int, s_end: int, lowered: str, ascii_sentence: bool, words: set[str]) -> bool:
    """_OF_WORD.search(prose, s_start, s_end) is not None. In ASCII a match is a run of letters "of", "among"
    or "amongst" (a word of the sentence's `words`) or holds "-seat", "-member" or "-strong": without
    any of them the sentence has none."""
    if ascii_sentence and "of" not in words and "among" not in words and "amongst" not in words \
            and "-seat" not in lowered and "-member" not in lowered and "-strong" not in lowered:
        return False
    return _OF_WORD.search(prose, s_start, s_end) is not None


def _split_joined(qs: list[Quantity], prose: str) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        ns, ne = q.number_span or (q.start, q.end)
        if q.kind == "number" and q.value is not None and q.value < 1:
            m = _OUT_OF.search(prose, ns, q.end)
            if m and m.start() == ns or (m and prose[ns:m.start()].strip() == ""):
                a = _figure(prose, m.start("a"), m.end("a"), float(m.group("a").replace(",", "")), q, q.hedge)
                b = _figure(prose, m.start("b"), m.end("b"), float(m.group("b").replace(",", "")), q, None)
                a = replace(a, start=q.start, text=prose[q.start:a.end]) if q.hedge else a
                out += [a, b]
                continue
        if q.kind in ("money", "number") and q.low is not None and q.high is not None and q.low < q.high \
                and _BY_JUST_BEFORE.search(prose, max(0, q.start - 8), q.start):
            m = _BY_RANGE.match(prose, q.start, q.end)
            if m and " to " in prose[q.start:q.end]:
                out += [_figure(prose, m.start("a"), m.end("a"), q.low, q, None),
                        _figure(prose, m.start("b"), m.end("b"), q.high, q, None)]
                continue
        if q.low is not None and q.high is not None and q.low != q.high and _a_move_from(q, prose):
            m = _BY_RANGE.match(prose, q.start, q.end)
            if m and " to " in prose[q.start:q.end] and _ends_as_written(m, q):
                a, b = (q.low, q.high) if _first_is_low(m, q) else (q.high, q.low)
                out += [_figure(prose, m.start("a"), m.end("a"), a, q, None),
                        _figure(prose, m.start("b"), m.end("b"), b, q, None)]
                continue
        out.append(q)
    return out


# "the budget grows from $1.02 billion to $1.06 billion, a rise of 9.8 per cent": whatever the verb, a
# "from A to B" whose change is named right after it is a move from A to B, not a range of values
# "ranging from A to B", "varying from A to B", "anywhere from A to B": a spread of values, never a move
_SPREAD_BEFORE = regex.compile(r"(?<![\p{L}])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spann?(?:s|ed|ing)?)\s+"
                               r"(?:in\s+[\p{L}]+\s+)?from\s+\Z", regex.I)
_SPREAD_END_BEFORE = regex.compile(r"(?<![\p{L}])to\s+\Z", regex.I)
_FROM_JUST_BEFORE = regex.compile(r"(?<![\p{L}])from\s+\Z", regex.I)
_RANGE_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?:rang\w*|var\w*|anywhere|spann?\w*|between|estimates?|"
                                   r"forecasts?|projections?|costs?|costing|priced|prices?|fares?|sells?|selling|"
                                   r"aged|ages|sizes?)\s+(?:[\p{L}]+\s+)?from\s+\Z", regex.I)
# the change named after it has a base of its own: "a rise of 5 per cent on last season's prices"
_OWN_BASE_AFTER = regex.compile(r"\A\s+(?:on|over|than|from|compared|against|versus|vs)(?![\p{L}])", regex.I)
_CHANGE_NAMED_AFTER = regex.compile(
    rf"\A(?:\s+[^,;.\d()—–]{{1,40}}?)?\s*(?:,|\(|\s[-–—])\s*"
    rf"(?:(?:or|by)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?=[\d\p{{Sc}}])|"
    rf"(?:a|an)\s+(?:[\p{{L}}-]+\s+)?(?:{_UP_NOUN}|{_DOWN_NOUN})\s+(?:of|by)\s|(?:up|down)\s+(?:by\s+)?(?=[\d\p{{Sc}}])|"
    rf"(?:a|an)\s+[\d.,]+\s*(?:%|per\s*cent|percent|pc)[\s-]+(?:[\p{{L}}-]+\s+)?(?:{_UP_NOUN}|{_DOWN_NOUN})(?![\p{{L}}]))",
    regex.I)


def _a_move_from(q: Quantity, prose: str) -> bool:
    if q.kind not in ("money", "number", "percent", "physical") or is_year_like(q):
        return False
    if not _FROM_JUST_BEFORE.search(prose, max(0, q.start - 6), q.start):
        return False
    if _RANGE_WORD_BEFORE.search(prose, max(0, q.start - 40), q.start):
        return False
    named = _CHANGE_NAMED_AFTER.match(prose[q.end:q.end + 80])
    if named is None:
        return False
    rate = _DIGITS.search(prose, q.end + named.end(), q.end + named.end() + 30)
    tail = prose[rate.end():rate.end() + 60] if rate else ""
    return not _OWN_BASE_AFTER.match(regex.sub(r"\A\s*(?:%|per\s*cent|percent|pc|percentage\s+points?|points?)", "", tail))


def _ends_as_written(m, q: Quantity) -> bool:
    """The range's two ends stand to each other as their written digits do ("$1.02 billion to $1.06 billion"),
    so each end can be given its own value; "80 to 95 cents" (one end a count, one in cents) cannot."""
    d, e = _DIGITS.search(m.group("a")), _DIGITS.search(m.group("b"))
    if not d or not e:
        return False
    a, b = float(d.group().replace(",", "")), float(e.group().replace(",", ""))
    if not a or not b or not q.low or not q.high:
        return False
    lo, hi = sorted((a, b))
    return abs((q.high / q.low) / (hi / lo) - 1) < 1e-6


def _first_is_low(m, q: Quantity) -> bool:
    """Which end of a range the first figure was (a range keeps its ends sorted: "from 42 to 27")."""
    d = _DIGITS.search(m.group("a"))
    e = _DIGITS.search(m.group("b"))
    if not d or not e:
        return True
    return float(d.group().replace(",", "")) <= float(e.group().replace(",", ""))


def _figure(prose: str, start: int, end: int, value: float, like: Quantity, hedge: str | None) -> Quantity:
    """One figure of a joined reading, with the rounding its own digits imply."""
    text = prose[start:end]
    m = _DIGITS.search(text)
    precision = 0.0
    if m:
        written = float(m.group().replace(",", ""))
        scale = value / written if written else 1.0
        if m.group(1):
            precision = 0.5 * 10 ** -len(m.group(1)) * scale
        elif scale >= 10:
            precision = 0.5 * 10 ** round(math.log10(scale))
    return replace(like, text=text, start=start, end=end, value=value, low=None, high=None, hedge=hedge,
                   precision=precision, number_span=(start + m.start(), start + m.end()) if m else None,
                   approximate=hedge is not None)


# _CLAUSE_BREAK for lowered ASCII, without the I flag (faster): its one \p{Lu} matches any cased letter under I,
# in lowered ASCII any of a-z
assert _CLAUSE_BREAK.pattern.count(r"\p{Lu}") == 1
_CLAUSE_BREAK_LOWER = regex.compile(_CLAUSE_BREAK.pattern.replace(r"\p{Lu}", "[a-z]"), _CLAUSE_BREAK.flags & ~regex.I)


def _clauses(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    off = max(0, start - 16)    # the lookbehinds see at most 10 characters before a break
    window = prose[off:end]
    if window.isascii():
        breaks = [(m.start() + off, m.end() + off) for m in _CLAUSE_BREAK_LOWER.finditer(window.lower(), start - off)]
    else:
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(prose, start, end)]
    for b_start, b_end in breaks:
        yield pos, b_start
        pos = b_end
    yield pos, end


# An aside the reader reads past between two related figures: "(TEUs)", "- drinking water, wastewater
# and stormwater -". Only one without a figure of its own is an aside.
_ASIDE = regex.compile(r"\([^()\d]{0,60}\)|\s[-–—]\s[^-–—\d;.()]{1,80}?\s[-–—](?=\s)")


def bridged(prose: str, start: int, end: int, qs: list[Quantity], keep=None, years: bool = False) -> str:
    """The words between two related figures as a reader takes them in, the same length as the text:
    a figure of another kind between them ("twenty-foot", "the three waters") blanked to a word,
    a bracketed or dashed aside without figures to spaces. `keep(q)` says which figures stay; a year
    ("in 2017") is blanked too when `years` (it says when, as "last year" does)."""
    text = prose[start:end]
    inner = [q for q in qs if start <= q.start and q.end <= end and (years or not is_year_like(q))
             and not (keep and keep(q) and not is_year_like(q))]
    if not inner and "(" not in text and " - " not in text and "–" not in text and "—" not in text \
            and not (years and "FY" in text):
        return text
    chars = list(text)
    for q in inner:
        chars[q.start - start:q.end - start] = "n" * (q.end - q.start)
    text = "".join(chars)
    if years:
        text = _FISCAL_YEAR.sub(lambda m: "n" * len(m.group()), text)
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


_ON_BEFORE = regex.compile(r"(?<![\p{L}])on\s+\Z", regex.I)


def _dates_blanked(gap: str, start: int, end: int, dates: list[Quantity]) -> str:
    """The gap between two figures with every date in it blanked to a word: "on Monday, 17 October," says
    when the level was, as "in 2017" does, and is no figure between the level and its change."""
    inner = [d for d in dates if start <= d.start and d.end <= end]
    if not inner:
        return gap
    chars = list(gap)
    for d in inner:
        chars[d.start - start:d.end - start] = "n" * (d.end - d.start)
    return "".join(chars)


_FISCAL_YEAR = regex.compile(r"(?<![\p{L}\d])FY\s?\d{2,4}(?:[-/]\d{2,4})?(?![\d])")
# "40-foot", "twenty-foot", "50-kilogram": a measure that describes what is counted, not a figure of its own
_MODIFIER = regex.compile(r"[-‑][\p{L}]+\Z")
# after a base whose unit is left out: "up from 8.4 million in 2023", "from 468 million."
_UNIT_LEFT_OUT = regex.compile(r"\A(?:\s*[,.;)]|\s*\Z|\s+(?:in|a|an|the|last|this|from|to|at|on|over|during|for|"
                               r"year|earlier|ago|before|previously)(?![\p{L}]))", regex.I)


def is_modifier(q: Quantity) -> bool:
    return q.kind == "physical" and _MODIFIER.search(q.text) is not None


def unit_left_out(base: Quantity, level: Quantity, prose: str) -> bool:
    """ "9.1 million barrels ..., up from 8.4 million": a bare base takes the unit of its level;
    "from 4,600 to 5,200 rupees": so does a bare base said right before its level's money."""
    if base.kind == "number" and level.kind == "money" and base.end <= level.start:
        return _TO_JUST_BETWEEN.fullmatch(prose, base.end, level.start) is not None and level.value >= 1 \
            and _scale_free(base, level)
    return (base.kind == "number" and level.kind == "physical" and not is_modifier(level)
            and _UNIT_LEFT_OUT.match(prose[base.end:base.end + 12]) is not None)


_TO_JUST_BETWEEN = regex.compile(r"\s+to\s+(?:about\s+|some\s+|nearly\s+)?", regex.I)


def _scale_free(base: Quantity, level: Quantity) -> bool:
    """ "from 4,600 to 5,200 rupees": the bare figure is written at the level's scale (no "bn" it lacks)."""
    return level.value / max(base.value, 1e-9) < 1000 and base.value / max(level.value, 1e-9) < 1000


def _kin(x: Quantity, base: Quantity, prose: str) -> bool:
    """Can `x` be the level of `base` (same kind, or the base's unit left out)? Money in another currency is not:
    "RM72,000 (about US$17,250) ..., up from RM45,000" gives the level's conversion, an aside."""
    if x.kind == "money" and base.kind == "money" and x.unit != base.unit and x.unit and base.unit:
        return False
    return not is_modifier(x) and (x.kind == base.kind or unit_left_out(base, x, prose))


# Wider asides that say the same sum in other money, each with a word that says so: ", which is about",
# ", the equivalent of", "translates to", "a sum of about", "— about ... —" after the amount's own noun
# ("a Rs500m grant — about $4.8m —"), and a clause's closing aside (", roughly $4.8m." after a few words
# with no figure, verb or "and" between: "Rs500m for the federation, roughly $4.8m.").
_SAME_SUM_GAP = regex.compile(
    r"\A\s*(?:[\p{Ll}-]+\s+){0,2}?(?:[-–—]{1,2}|\()\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|"
    r"the\s+equivalent\s+of|equivalent\s+to|equal\s+to)\s+)?\Z"
    r"|\A\s*,?\s*(?:which\s+(?:is|was)|that\s+is|i\.e\.|the\s+equivalent\s+of|equivalent\s+of|a\s+sum\s+(?:of|worth)|"
    r"(?:which\s+)?(?:translates?|translated|converts?|converted)\s+(?:in)?to)\s+"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under|equivalent\s+to|"
    r"equal\s+to|the\s+equivalent\s+of)\s+)?\Z", regex.I)
_ASIDE_HEDGE = r"(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under)"
_CLOSING_ASIDE_GAP = regex.compile(
    r"\A(?P<words>(?:\s+\p{L}[\p{L}'’-]*){1,5}?)\s*(?:[-–—]{1,2}\s*|,\s*)"
    rf"(?:(?:or\s+)?{_ASIDE_HEDGE}\s+|(?:a\s+sum\s+(?:of|worth)|the\s+equivalent\s+of|equivalent\s+to)\s+"
    rf"(?:{_ASIDE_HEDGE}\s+)?)\Z", regex.I)
_CLOSING_ASIDE_END = regex.compile(r"\s*(?:[.;]|\Z)")
_SAME_SUM_AFTER = regex.compile(r"\s*(?:[,.;:)—–]|\s-\s|\Z|(?:at|in)\s+(?:current|today's|the\s+current|present)\b)", regex.I)
_CLOSING_ASIDE_STOP = regex.compile(r"\b(?:and|or|but|while|whereas|against|versus|compared|plus|minus|than|"
                                    r"is|are|was|were|has|have|had|will|would|spent|paid|raised|lost|earned|cost)\b",
                                    regex.I)


def _same_sum_gap(gap: str, prose: str, b: Quantity) -> bool:
    """Does the gap between two amounts say the second is the first in other money (beyond _PAIR_GAP)?"""
    if _SAME_SUM_AFTER.match(prose, b.end) is None:
        return False             # "Rs500m for roads — $4.8m more than ..." goes on: not an aside
    if _SAME_SUM_GAP.match(gap):
        return True
    closing = _CLOSING_ASIDE_GAP.match(gap)
    return bool(closing and not _CLOSING_ASIDE_STOP.search(closing.group("words"))
                and _CLOSING_ASIDE_END.match(prose, b.end))


# "a tonne", "per barrel", "an ounce": one unit written straight after a price, the amount it is the price of
_UNIT_PRICE_WORDS = regex.compile(r"\A\s+(?:a|an|per|each)\s+\Z", regex.I)
# and the price's conversion in brackets straight after it ("a tonne ($1,670)"); one after a comma may be another
# amount's ("$4,500 a tonne, or about Rp7.8 trillion" converts the year's revenue said before)
_BRACKET_AFTER_UNIT = regex.compile(r"\A\s*\(\s*(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?\Z",
                                    regex.I)


def _without_unit_prices(qs: list[Quantity], prose: str) -> list[Quantity]:
    """The figures less the single unit a price is quoted by where its conversion follows in brackets
    ("RM6,990 a tonne ($1,670)"): a price and its conversion stand either side of it, and it is no figure of its
    own."""
    if len(qs) < 3:
        return qs
    return [q for k, q in enumerate(qs)
            if not (0 < k < len(qs) - 1 and q.kind == "physical" and q.value == 1 and qs[k - 1].kind == "money"
                    and qs[k + 1].kind == "money"
                    and _UNIT_PRICE_WORDS.match(prose[qs[k - 1].end:q.end - len(q.text.split()[-1])])
                    and _BRACKET_AFTER_UNIT.match(prose[q.end:qs[k + 1].start]))]


def _pairs(qs: list[Quantity], prose: str) -> Iterator[Pair]:
    for k, (a, b) in enumerate(zip(qs, qs[1:])):
        gap_start = a.end
        if (b.kind == "date" or is_year_like(b)) and a.kind == "money" and k + 2 < len(qs):
            # "$34.5 billion last year, or about P1.52 trillion": the amount's time between it and its equivalent
            when = _TIME_AFTER_AMOUNT.match(prose, a.end)
            if when is None or when.end() < b.end:
                continue
            b, gap_start = qs[k + 2], when.end()
        if a.kind != "money" or b.kind != "money" or a.value is None or b.value is None:
            continue
        if a.unit == b.unit and (not (a.alternatives or b.alternatives) or a.alternatives == b.alternatives):
            continue     # one mark read one way twice ("$6.1 million, about $31.9 million"): never a conversion
        gap = prose[gap_start:b.start]
        if not _PAIR_GAP.match(gap):
            hedge = _PAIR_HEDGE.match(b.text) if b.hedge else None
            # "Sh45 billion, roughly $920 million": the hedge word went into the second amount
            if hedge is not None and _HEDGED_PAIR_GAP.match(gap):
                gap = gap + b.text[:hedge.end()]
            elif not _same_sum_gap(gap + (b.text[:hedge.end()] if hedge else ""), prose, b):
                continue
        if _is_rate_statement(a, b, prose) or ("(" in gap and not _PAIR_BRACKET_OK.match(prose[b.end:b.end + 60])):
            continue
        yield Pair(a, b, " ".join(gap.replace(",", " ").split()) or "(")


def _is_rate_statement(a: Quantity, b: Quantity, prose: str) -> bool:
    """ "(1 US dollar is Tk 86.20)", "N455/$1", "Tk110 to the dollar": a rate, not an amount and its equivalent."""
    for q in (a, b):
        if _RATE_AFTER.match(prose[q.end:q.end + 20]):
            return True
        if q.value == 1 and _ONE_UNIT.search(q.text):
            return True
    return False


# A second subject with its own change, opened at a comma: "profit rose from A to B, an increase of
# 12%, on revenue that climbed 11% to C", ", with turnover rising 2% to C", ", and net profit fell ...".
# Only a finite verb or a participle opens it ("an increase of", "up 12%" belong to the first change).
_SECOND_SUBJECT = regex.compile(
    r",\s+(?:[\p{L}'’-]+\s+){1,5}?(?:rose|grew|climbed|jumped|surged|soared|gained|advanced|rallied|expanded|widened|"
    r"improved|increased|fell|dropped|declined|decreased|slid|slipped|plunged|tumbled|eased|dipped|sank|shrank|"
    r"contracted|narrowed|edged|rising|growing|climbing|jumping|surging|gaining|increasing|falling|dropping|"
    r"declining|decreasing|sliding|slipping|easing|dipping|shrinking|rises|falls|grows|climbs|jumps)(?![\p{L}])|"
    # a consequence with its own figures: ", pushing the margin down to 6.1% from 7.6%"
    r",\s+(?:pushing|sending|dragging|lifting|driving|taking|bringing|raising|knocking|giving|leaving)\s+(?:the\s+|its\s+|their\s+)?\p{L}",
    regex.I)


def _clause_changes(qs: list[Quantity], prose: str, c_start: int, c_end: int) -> list[Change]:
    """The changes of one clause; when it reads as none and holds two subjects each with its own
    change, the changes of each part ("... an increase of 12 per cent, on revenue that climbed ...")."""
    found = list(_changes(qs, prose, c_start, c_end))
    if len(qs) < 4:
        return found
    # a change read already leaves the rest of the clause to a second subject only where two figures of it are
    # in no change: "40.18% of the vote, down from 57.50%, giving it 159 seats, down from 230, a loss of 61"
    used = {id(x) for c in found for x in (c.old, c.new, c.delta, c.rate) if x is not None}
    if found and sum(1 for q in qs if id(q) not in used and not is_year_like(q)) < 2:
        return found
    cuts = [m.start() for m in _SECOND_SUBJECT.finditer(prose, c_start, c_end)
            if any(q.end <= m.start() for q in qs) and any(q.start >= m.end() for q in qs)]
    if not cuts:
        return found
    for a, b in zip([c_start, *cuts], [*cuts, c_end]):
        part = [q for q in qs if a <= q.start and q.end <= b]
        if len(part) >= 2 and not any(id(q) in used for q in part):
            found.extend(_changes(part, prose, a, b))
    return found


_OF_AFTER = regex.compile(r"\s+of(?![\p{L}])", regex.I)


# _VERB_ANYWHERE and _FACTOR read faster in plain ASCII: a match of _VERB_ANYWHERE is a whole run of letters
# that is one of its words (in ASCII a letter is [A-Za-z]), and one of _FACTOR holds one of these stems
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
# every byte but a-z, as a space: a lowered ASCII text so translated splits into its runs of letters
_NOT_LOWER_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _ascii_words(lowered: str) -> list[str]:
    """_ASCII_LETTERS.findall(lowered) for a lowered ASCII text (its runs of a-z), by one byte translation."""
    return lowered.encode("ascii").translate(_NOT_LOWER_LETTER).decode("ascii").split()
_VERB_WORDS = frozenset("|".join((_UP, _DOWN, _UP_NOUN, _DOWN_NOUN)).split("|"))
_FACTOR_STEMS = ("doubl", "trebl", "tripl", "quadrupl", "halv")


def _factor_in(prose: str, c_start: int, c_end: int, clause: str, ascii_clause: bool):
    """_FACTOR.search(prose, c_start, c_end)."""
    if ascii_clause:
        low = clause.lower()
        if not any(stem in low for stem in _FACTOR_STEMS):
            return None
    return _FACTOR.search(prose, c_start, c_end)


def _verb_anywhere(prose: str, c_start: int, c_end: int, clause: str, ascii_clause: bool, edge: bool):
    """(start, end, word) of the first match of _VERB_ANYWHERE in the clause: searched in prose from c_start
    (edge: a letter just before the clause counts) or in the clause alone."""
    if not ascii_clause:
        m = _VERB_ANYWHERE.search(prose, c_start, c_end) if edge else _VERB_ANYWHERE.search(clause)
        return None if m is None else (m.start("verb") + (0 if edge else c_start),
                                       m.end("verb") + (0 if edge else c_start), m.group("verb"))
    # the first run of letters that is one of the words, found in the lowered clause's runs (by translation); its
    # first occurrence as a whole run is that run (an earlier one would be an earlier run of the words)
    low = clause.lower()
    for word in _ascii_words(low):
        if word in _VERB_WORDS:
            break
    else:
        return None
    n, size = len(word), len(low)
    i = low.find(word)
    while (i > 0 and "a" <= low[i - 1] <= "z") or (i + n < size and "a" <= low[i + n] <= "z"):
        i = low.find(word, i + 1)
    if not (i == 0 and edge and c_start > 0 and prose[c_start - 1].isalpha()):
        return (c_start + i, c_start + i + n, clause[i:i + n])
    for m in _ASCII_LETTERS.finditer(clause):     # the clause opens inside a word: the runs in turn
        word = m.group()
        if word.lower() in _VERB_WORDS:
            if m.start() == 0 and edge and c_start > 0 and prose[c_start - 1].isalpha():
                continue     # the clause opens inside a word
            return (c_start + m.start(), c_start + m.end(), word)
    return None


# Words the \Z-anchored patterns before a figure need (lowercase, ASCII: an ASCII window lowered is read as the
# I flag reads it): _COMPARED_BEFORE ("compared with", "as against", "versus", "vs"), _TOTAL_TO_BEFORE (its verbs).
# _SPREAD_BEFORE and _FROM_BEFORE need "from", _PRICE_AGAINST "against", _LEVEL_BEFORE "at".
_COMPARED_NEEDS = ("compare", "against", "versus", "vs")
_TOTAL_TO_NEEDS = ("bringing", "brought", "taking", "took", "pushing", "pushed", "lifting", "lifted")


# the things a figure after "by" counts ("by three haulage associations"): a plural noun, not a measure's
_THINGS_COUNTED_AFTER = regex.compile(r"\s+(?:[\p{Ll}-]+\s+){0,2}?(?!points\b|percentage\b|basis\b)\p{Ll}{3,}s\b")


def _agent_by(q: Quantity, prose: str, c_start: int, factor_m) -> bool:
    """ "was called by three haulage associations that say a new toll increase": a figure after "by" that counts
    things, with no word of change (or factor) before it in the clause, names who acted, not the move's size
    ("rose by 3", "cut by a third", "lifted by 40 to 120" stay moves)."""
    if not _THINGS_COUNTED_AFTER.match(prose, q.end):
        return False
    if factor_m is not None and factor_m.start() < q.start:
        return False
    head = prose[c_start:q.start]
    return _verb_anywhere(prose, c_start, q.start, head, head.isascii(), False) is None


def _may_name_a_move(low: str) -> bool:
    """Can _VERB_BEFORE or _NOUN_BEFORE match in this lowered ASCII window? Each needs a whole run of letters
    that is one of their words (a noun perhaps with an "s": "increases of"), and every such word is one of
    _VERB_WORDS."""
    for w in _ascii_words(low):
        if w in _VERB_WORDS or (w[-1] == "s" and w[:-1] in _VERB_WORDS):
            return True
    return False


_PART_OF = regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?", regex.I)


def _part_before_whole(qs: list[Quantity], x: Quantity, prose: str) -> Quantity | None:
    """"giving it 159 of the 400 seats, down from 230": the level that moved is the part, not the whole it is
    counted of."""
    i = next((i for i, q in enumerate(qs) if q is x), 0)
    if i == 0:
        return None
    part = qs[i - 1]
    if part.kind == x.kind == "number" and part.value is not None and _PART_OF.fullmatch(prose, part.end, x.start):
        return part
    return None


# words of a measure or a time, said of any subject ("the number of", "per year"): no sign of whose noun it is
_ANY_SUBJECTS = frozenset(("number", "value", "volume", "amount", "total", "level", "share", "size", "rate", "sum",
                           "of", "the", "a", "an", "its", "their", "per", "year", "month", "week", "day", "quarter"))


# the words of an "and" clause that are no part of its subject, and subject words that point back at the figures
_JOINED_SUBJECT_SKIP = frozenset("that its the their his her had has have was were is are been nearly almost more than "
                                 "said says added noted "
                                 "about roughly around close to".split())
_SAME_SUBJECT_WORDS = frozenset("figure figures tally count it".split())


def _factor_of_another(prose: str, subject_start: int, first: int, last_end: int, at: int) -> bool:
    """Is the factor at `at` said of another subject than the figures before it (from `first` to `last_end`)? "profit
    fell 31% to £24.8m, as its energy bill more than doubled". A subject named with "of" ("as overseas bookings of
    guided tours nearly doubled") is another only when none of its own words is in the figures' subject: "Rice exports
    rose to $12 billion from $4 billion, as the value of rice exports doubled" is of the exports."""
    m = _FACTOR_OF_ANOTHER.search(prose, last_end, at)
    if m is None:
        return False
    named = regex.findall(r"[\p{L}'’-]+", m.group(0))[1:]      # (past "as", "while" or "after")
    if m.group(0).lstrip(", \t\n").lower().startswith(("and", "but")):
        # "..., and the figure has doubled": a word of any subject, or the figures' own noun, says it of them
        subject = [w for w in named if w.lower() not in _JOINED_SUBJECT_SKIP]
        own = {noun_stem(w) for w in regex.findall(r"[\p{L}'’-]+", prose[subject_start:first])} - _ANY_SUBJECTS
        return bool(subject) and not all(w.lower() in _ANY_SUBJECTS or w.lower() in _SAME_SUBJECT_WORDS
                                         or noun_stem(w) in own for w in subject)
    if not {"of", "for"} & {w.lower() for w in named}:
        return True
    own = {noun_stem(w) for w in regex.findall(r"[\p{L}'’-]+", prose[subject_start:first])} - _ANY_SUBJECTS
    return not any(noun_stem(w) in own for w in named if w.lower() not in _ANY_SUBJECTS)


# nouns that count one thing (by stem): arrivals are visitors; an outlay is a budget ("passengers" also count those
# leaving, so they are not here). Read where a figure's thing is matched to another's (rate_bases, recount).
_COUNTED_FAMILY = {**{n: "visitor" for n in "arrival visitor tourist traveller traveler holidaymaker".split()},
                   **{n: "budget" for n in "budget outlay spending expenditure allocation".split()}}


def counted_family(stem: str) -> str:
    """The one thing a noun stem counts: "tourist", "arrival" -> "visitor"; others themselves."""
    return _COUNTED_FAMILY.get(stem, stem)


def noun_stem(word: str) -> str:
    """ "exports" and "export", "companies" and "company", "prices" and "price": one noun, singular or plural."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def _changes(qs: list[Quantity], prose: str, c_start: int, c_end: int) -> Iterator[Change]:
    """Roles of the figures in one clause: from (old), to (new), by (delta or rate)."""
    # a date says when, as a year does: "96mm of rain on Monday, 17 October, 184% above the average" reads past it
    # (only a day said with "on": "in the year to 30 June" names the level's period, and a level with one is left
    # as it was read before)
    dates = [q for q in qs if q.kind == "date" and c_start <= q.start and q.end <= c_end
             and _ON_BEFORE.search(prose, max(c_start, q.start - 4), q.start)]
    # "would make up about a third of the economy": a fraction of something is a share, not a change
    qs = [q for q in qs if q.kind in NUMERIC_KINDS and q.value is not None
          and not (is_fraction_rate(q) and _OF_AFTER.match(prose, q.end))]
    if not qs:
        return
    # every change is said by a word of change (rose, a drop of, higher) or a factor (doubled):
    # a clause with neither is left before the per-figure searches
    clause = prose[c_start:c_end]
    ascii_clause = clause.isascii()
    # the words every match of _EXISTING_BEFORE holds, looked for once per clause instead of searched per figure
    low_clause = clause.lower()
    may_add_to = "add" in low_clause and any(w in low_clause for w in ("existing", "current", "present"))
    factor_m = _factor_in(prose, c_start, c_end, clause, ascii_clause)
    if factor_m is not None and _factor_of_another(prose, c_start, qs[0].start, qs[-1].end, factor_m.start()):
        factor_m = None     # "profit fell 31% to £24.8m from £35.9m, as its energy bill more than doubled": the
        #                     factor is said of another subject, after the figures
    departs = "against" in low_clause and any(w in low_clause for w in _DEPARTURES)
    if factor_m is None and _verb_anywhere(prose, c_start, c_end, clause, ascii_clause, True) is None \
            and not _RATE_ABOVE.search(prose, c_start, c_end) and not departs \
            and not ("than" in low_clause and _DIFFERENCE_IN.search(clause)):
        return
    if any(_LOOSE_SCALE.match(prose, q.end, c_end) for q in qs if q.kind in ("money", "number")):
        return   # "Rs 73,000 cr": a scale word the figure did not take; its value is not the one written
    roles: dict[str, list[Quantity]] = {"old": [], "new": [], "delta": [], "rate": []}
    triggers: list[tuple[Span, int]] = []
    points: set[int] = set()
    prev_end = c_start
    prev_role = None
    prev_q: Quantity | None = None
    spread = False
    compared = False    # a base read from "compared with B <time>", not from "from B"
    norm = False        # a base read from "against a normal of B": its departure may be "a deficit of P%"
    than_delta = None   # a difference read from "D more than": the base follows "than"
    for q in qs:
        start = max(c_start, prev_end, q.start - 60)
        before = prose[start:q.start]
        role = None
        if is_year_like(q):
            prev_end, prev_role = q.end, None
            continue
        # each pattern below needs a word of its own in `before`: in ASCII (lowered exactly) a window without it
        # skips the search (_COMPARED_NEEDS, _TOTAL_TO_NEEDS); elsewhere every search runs
        low = before.lower() if before.isascii() else None
        has_from = low is None or "from" in low
        # "five towers, ranging from 32 to 48 storeys": the two ends of a spread of values, not a move
        if (spread and _SPREAD_END_BEFORE.search(before)) or (has_from and _SPREAD_BEFORE.search(before)):
            spread = not spread
            prev_end, prev_role = q.end, None
            continue
        spread = False
        if (has_from and _FROM_BEFORE.search(before)) or ((low is None or "against" in low)
                                                           and _PRICE_AGAINST.search(before)) or (
                prev_role == "rate" and _BASE_AFTER_RATE.search(before)) or (
                (low is None or any(w in low for w in _COMPARED_NEEDS)) and _COMPARED_BEFORE.search(before)
                and _TIME_AFTER.match(prose[q.end:min(c_end, q.end + 60)])):
            role = "old"
            compared = compared or not (has_from and _FROM_BEFORE.search(before))
        elif than_delta is not None and prev_q is than_delta and _BASE_AFTER_RATE.search(before) \
                and same_measure(than_delta, q):
            role = "old"        # "AED 600m more than last year's AED 1.6bn": the base of the difference
        elif q.kind in ("money", "number", "physical") and (diff := _DIFFERENCE_AFTER.match(prose, q.end, c_end)):
            triggers.append((Span(diff.start("verb"), diff.end("verb")), _DIFFERENCE_DIRECTIONS[diff.group("verb").lower()]))
            role, than_delta = "delta", q
        elif departs and _AGAINST_NORM_BEFORE.search(before):
            role, compared, norm = "old", True, True
        elif norm and q.kind == "percent" and (dep := _DEPARTURE_BEFORE.search(before)):
            triggers.append((Span(start + dep.start("verb"), start + dep.end("verb")), _DEPARTURES[dep.group("verb").lower()]))
            role = "rate"
        elif (low is None or any(w in low for w in _TOTAL_TO_NEEDS)) and _TOTAL_TO_BEFORE.search(before):
            role = None      # "bringing the total to Sh15.2bn": a sum of this and more, not the level
        elif _TO_BEFORE.search(before) or ((low is None or "at" in low) and _LEVEL_BEFORE.search(before)) or (
                prev_role in ("rate", "delta") and _AT_BEFORE.search(before)):
            role = "new"
        elif (prev_role == "delta" or (prev_role == "new" and (roles["delta"] or roles["old"]))) \
                and _OR_BEFORE.match(before) and q.kind == "percent":
            role = "rate"       # "rose by £600, or 13%", "rose from £4,600 to £5,200 — or 13 per cent —"
        elif prev_role == "rate" and not roles["delta"] and q.kind == "number" and _OR_BEFORE.match(before) \
                and _POINTS_AFTER.match(prose[q.end:c_end]):
            role = "delta"      # "closed up 0.6% (48.3 points) at 8,871.2": the points after the rate
        elif q.kind == "number" and (after_pts := _POINTS_DIRECTION_AFTER.match(prose[q.end:c_end])):
            triggers.append((Span(q.end + after_pts.start("verb"), q.end + after_pts.end("verb")),
                             _direction(after_pts.group("verb"))))
            role = "delta"
        else:
            verb = _VERB_BEFORE.search(before) or _NOUN_BEFORE.search(before) if low is None or _may_name_a_move(low) \
                else None
            if verb:
                triggers.append((Span(start + verb.start("verb"), start + verb.end("verb")),
                                 _direction(verb.group("verb"))))
                role = "rate" if q.kind == "percent" else "delta"
            elif _BY_BEFORE.search(before) and not _agent_by(q, prose, c_start, factor_m):
                role = "rate" if q.kind == "percent" else "delta"
            elif q.kind == "percent":
                after = _NOUN_AFTER.match(prose[q.end:c_end])
                if after:
                    triggers.append((Span(q.end + after.start("verb"), q.end + after.end("verb")),
                                     _direction(after.group("verb"))))
                    role = "rate"
            elif q.kind == "number" and (pts := _POINTS_WORD_AFTER.match(prose, q.end, c_end)) \
                    and (after := _NOUN_AFTER.match(prose[pts.end() - 1:c_end])) and after.group("verb")[:1].islower():
                # "an 11.3-point gain": a move in points named by its noun after the figure
                at = pts.end() - 1
                triggers.append((Span(at + after.start("verb"), at + after.end("verb")), _direction(after.group("verb"))))
                role = "delta"
        if role == "old" and roles["new"] and prev_q is not None and same_measure(prev_q, q) \
                and not any(prev_q is x for xs in roles.values() for x in xs) \
                and not (has_from and _FROM_BEFORE.search(before)):
            role = None         # "rose 41% to ₦612.4bn, helped by a price of ₦8,600, against ₦5,900": the base
            #                     of the figure before it, not of the level already read
        if role in (None, "new") and q.kind != "percent" \
                and may_add_to and _EXISTING_BEFORE.search(prose, max(c_start, q.start - 120), q.start):
            role = "old"        # "adding 3 million units a year to its existing capacity of 7.5 million": what is
            #                     there already is the base the addition is measured on
        if role == "delta" and _describes_a_thing(q, prose):
            role = None         # "adding a 40-bed critical care unit": the size of a thing added, not the move
        if role in ("delta",) and q.kind == "number" and (_POINTS_AFTER.match(prose[q.end:c_end])
                                                          or _POINTS_WORD_AFTER.match(prose, q.end, c_end)):
            points.add(id(q))
        if role:
            roles[role].append(q)
        prev_end, prev_role, prev_q = q.end, role, q
    # "China added 78.42 GW in the first half, up 154% from 30.88 GW a year earlier": what was added in
    # one period, set against what was added in the one before, is a level, not the change
    if _period_amount(roles, prose, qs):
        roles["new"], roles["delta"] = roles["delta"], []
    # "82.1% this year, up from 78.4%": the level comes first, its change after it.
    if not roles["new"] and (roles["old"] or roles["rate"] or roles["delta"]):
        assigned = {id(x) for v in roles.values() for x in v}
        base = roles["old"][0] if roles["old"] else None
        # a figure of another kind than the base, in no role, describes the level ("2.67 million
        # twenty-foot equivalent units (TEUs), up 24% from 2.35 million"): read past it
        sized: dict[int, bool] = {}     # (bridged asks of every figure in every gap: each is read once)

        def sizes_another(x: Quantity) -> bool:
            if id(x) not in sized:
                sized[id(x)] = _sizes_another_thing(x, base, prose)
            return sized[id(x)]
        seen = [x for x in qs if id(x) in assigned or not is_year_like(x) and not is_modifier(x)
                and (base is None or _kin(x, base, prose)) and not sizes_another(x)]
        aside = lambda x: id(x) not in assigned and (is_modifier(x) or base is not None and not _kin(x, base, prose)
                                                     or sizes_another(x))
        for x, nxt in zip(seen, seen[1:]):
            if id(x) in assigned or id(nxt) not in assigned or is_year_like(x):
                continue
            gap = _dates_blanked(bridged(prose, x.end, nxt.start, qs, lambda q: not aside(q), years=True),
                                 x.end, nxt.start, dates)
            if base is not None and _years_out_of_order(qs, x, nxt, base, prose):
                break       # "1.2m tonnes in 2022, ..., up from 0.9m in 2023": not a level and its base
            m = _THEN_CHANGE.match(gap)
            if m is None and nxt is than_delta:
                m = _THEN_DIFFERENCE.match(gap)     # "AED 2.4bn, AED 600m more than ...": the level, then its difference
            if m is None and roles["old"] and any(nxt is r for r in roles["rate"]):
                m = _THEN_RATE.match(gap)   # "$2.8bn, a 12% increase on $2.1bn"
            if m and (not roles["old"] or same_measure(x, roles["old"][0]) or unit_left_out(roles["old"][0], x, prose)):
                x = _part_before_whole(qs, x, prose) or x
                roles["new"].append(x)
                if m.group("verb"):
                    vs = x.end + m.start("verb")
                    triggers.append((Span(vs, x.end + m.end("verb")), next((d for d in map(_direction, m.group("verb").split()) if d), 0)))
                break
    # "1,487,303 visitors in 2023, the authority said on Tuesday, up from 719,978 in 2022":
    # the level with its year, a reporting clause, then the base with an earlier time.
    if not roles["new"] and len(roles["old"]) == 1:
        level = _reported_level(qs, roles["old"][0], prose, c_end,
                                points=any(r.unit == "percentage point" for r in roles["rate"]))
        if level is not None and not any(level is v for vs in roles.values() for v in vs):
            roles["new"].append(level)
    # "growth of 3.6% and average inflation of 12%, down from around 24%": a rate said of one subject before
    # another's level and base is that subject's own level, not their change
    if roles["rate"] and roles["new"]:
        roles["rate"] = [r for r in roles["rate"] if not (r.end <= roles["new"][0].start
                         and _ANOTHER_SUBJECT_OF.match(prose[r.end:roles["new"][0].start]))]
    # "rose to C$86.5m from C$77m, funding a 15% increase in bus hours"; "cut its target to R175 from R240 and said
    # earnings could fall by up to 25%": a rate after both levels that is the object of another verb, or a
    # forecast, sizes another move than the one between them
    if roles["rate"] and roles["old"] and roles["new"]:
        last = max(roles["old"][0].end, roles["new"][0].end)
        roles["rate"] = [r for r in roles["rate"] if not (r.start > last and _of_another_verb_or_subject(
            bridged(prose, last, r.start, qs)))]
    # "rose 8 cents to $25.69, a 2.6 percent increase from a year earlier": the rate is the year's, the move the
    # month's -- with no base told, the two are of different periods
    if roles["rate"] and roles["delta"] and not roles["old"]:
        roles["rate"] = [r for r in roles["rate"] if not _RATE_OF_A_YEAR.match(prose, r.end, c_end)]
    # "$2.1m last year and $2.8m this year, a 33% increase": two levels, each with its time
    # (the later may already be read as the level, the earlier as the base).
    if roles["rate"] or roles["delta"]:
        changed = {id(x) for x in roles["rate"] + roles["delta"]}
        figs = [x for x in qs if not is_year_like(x)]
        for x, y in zip(figs, figs[1:]):
            if id(x) in changed or id(y) in changed or not same_measure(x, y):
                continue
            order = _two_times(prose, x, y)
            if not order:
                continue
            o, n = (x, y) if order > 0 else (y, x)
            pair = {id(x), id(y)}
            if any(id(v) not in pair for v in roles["old"] + roles["new"]) or any(v is n for v in roles["old"]):
                break
            roles["old"], roles["new"] = [o], [n]
            break
    # "tripled from £4.2m to £9.8m as attendances climbed to 11,460": of two levels, the one of the base's
    # measure is the move's (a figure of another kind is another thing's level, in a clause of its own)
    if len(roles["old"]) == 1 and len(roles["new"]) > 1:
        kin = [x for x in roles["new"] if same_measure(x, roles["old"][0])]
        if len(kin) == 1 and kin[0] is roles["new"][0]:
            roles["new"] = kin
    # Stop before the clause-wide searches when no change can be read: it needs a figure
    # in some role, at most one in each, and two parts in all (a factor counts as one).
    if not any(roles.values()) or any(len(v) > 1 for v in roles.values()):
        return
    if sum(len(v) for v in roles.values()) + (factor_m is not None) < 2:
        return
    # a trigger word anywhere in the clause ("rose from A to B")
    verb_anywhere = _verb_anywhere(prose, c_start, c_end, clause, ascii_clause, False)
    if verb_anywhere and not triggers:
        triggers.append((Span(verb_anywhere[0], verb_anywhere[1]), _direction(verb_anywhere[2])))
    if factor_m:
        triggers.append((Span(factor_m.start("word"), factor_m.end("word")),
                         1 if _factor_of(factor_m.group("word")) > 1 else -1))
    if not triggers or any(len(v) > 1 for v in roles.values()):
        return   # no change said, or two of one role: not a shape we can read for sure
    old = roles["old"][0] if roles["old"] else None
    new = roles["new"][0] if roles["new"] else None
    if old is not None and new is not None and unit_left_out(old, new, prose):
        old = replace(old, kind=new.kind, unit=new.unit)     # "9.1 million barrels ..., up from 8.4 million"
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
    if compared and _moves_against(old, new, direction) and (delta is not None or rate is not None):
        old = None      # "closed down 85 points at 38,403, compared with 37,835 at the end of last week": a move
        #                 the other way from the level compared is the session's, on another base
    if sum(x is not None for x in (old, new, delta, rate, factor)) < 2:
        return
    clause = prose[c_start:c_end]
    if rate is not None and old is not None and new is not None and rate.kind == old.kind == new.kind == "percent" \
            and _TIME_AFTER_2.match(prose[rate.end:rate.end + 40]):
        return   # "growth of 1.5% in 2019 compared with 0.8% last year and 1.4% in 2017": three levels, no change
    if rate is not None and old is not None and _YEAR_ON_YEAR.search(clause) and _MONTH_ON_MONTH.search(clause):
        return   # "up 12% year on year to $2.8bn, from $2.7bn in August": two different bases
    if delta is not None and old is not None and new is not None and _whole_of_a_list(delta, old, new, qs, prose):
        return   # "has raised $95 million: $5 million in a seed round, $20 million in 2019 and $70 million in 2021"
    if delta is not None and delta.kind == "number" and (new is not None or old is not None) \
            and _counts_another_thing(delta, new or old, prose, c_start):
        return   # "added two knitting floors ..., raising its workforce to 18,500": the count of another thing
    yield Change(trigger=triggers[0][0], direction=direction, old=old, new=new, delta=delta,
                 delta_points=delta is not None and id(delta) in points, rate=rate, factor=factor,
                 factor_span=factor_span, factor_hedge=factor_hedge)


def _moves_against(old: Quantity | None, new: Quantity | None, direction: int) -> bool:
    """A move said one way ("down") between two levels that go the other: not a move between them."""
    if old is None or new is None or not direction or old.value is None or new.value is None:
        return False
    return (new.value - old.value) * direction < 0 and abs(new.value - old.value) > precision_of(old) + precision_of(new)


_EXISTING_BEFORE = regex.compile(r"(?<![\p{L}])add(?:s|ed|ing)?\s[^,;]{0,60}?(?<![\p{L}])to\s+(?:[\p{L}'’]+\s+){0,2}?"
                                 r"(?:existing|current|present)\s+(?:[\p{L}-]+\s+){0,2}?(?:of\s+)?\Z", regex.I)
_FACTOR_OF_ANOTHER = regex.compile(r"(?:,\s*|\s)(?:as|while|after)\s+(?:its|the|their|his|her|[\p{Lu}][\p{L}'’]*['’]s?)\s+"
                                   r"(?:[\p{L}'’-]+\s+){0,3}?\Z"
                                   # ", as Chinese sales of new-energy vehicles more than doubled", "as demand for electric
                                   # cars doubled": a subject of its own, with a noun joined by "of" or "for" (a longer
                                   # name than three words)
                                   r"|(?:,\s*|\s)(?:as|while|after)\s+(?:(?:its|the|their|[\p{Lu}][\p{L}'’-]*)\s+)?"
                                   r"(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+(?:of|for)\s+(?:[\p{L}'’-]+\s+){1,3}?\Z"
                                   r"|(?:,\s*|\s)(?:as|while|after)\s+(?:its|the|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?"
                                   r"(?:nearly|almost|more\s+than|over|about|roughly|around|just\s+over|just\s+under|close\s+to)\s+\Z"
                                   # ", and that prize money had been doubled", "and fares have tripled": a clause joined by
                                   # "and" with a subject of its own before its own verb (not "and has since doubled")
                                   r"|(?:,\s*|\s)(?:and|but)\s+(?:(?:the\s+)?\p{Ll}+\s+(?:said|says|added|noted)\s+)?(?:that\s+)?(?:(?:its|the|their|his|her)\s+)?"
                                   r"(?!(?:it|they|this|that|which|has|have|had|was|were|is|are|then|since|later|now|more|"
                                   r"nearly|almost|also|again|subsequently)\b)"
                                   r"\p{Ll}[\p{L}'’-]*\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?(?:had|has|have|was|were|is|are)\s+(?:been\s+)?"
                                   r"(?:(?:nearly|almost|more\s+than|about|roughly|around|close\s+to)\s+)?\Z",
                                   regex.I)


def _whole_of_a_list(delta: Quantity, old: Quantity, new: Quantity, qs: list[Quantity], prose: str) -> bool:
    """A figure a colon opens onto a list of its parts ("raised $95 million: $5 million in 2017, $20 million in 2019
    and $70 million in 2021") is their whole: two of the parts, each with its year, are no move by it."""
    first = min(old.start, new.start)
    if delta.end > first:
        return False
    colon = prose.find(":", delta.end, first)
    return colon >= 0 and any(colon < q.start and q.end <= first and same_measure(q, delta) for q in qs)


# the noun a plain count names ("two knitting floors"), and the measure a level is said of ("its workforce to")
_COUNT_NOUN_AFTER = regex.compile(r"\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>\p{Ll}+s)\b")
_LEVEL_NOUN_BEFORE = regex.compile(r"\b(?:its|the|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>\p{Ll}+)"
                                   r"\s+(?:to|from|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\Z")


def _counts_another_thing(delta: Quantity, level: Quantity, prose: str, c_start: int) -> bool:
    """A delta that counts things of its own ("added two knitting floors and a dyeing unit") set against
    levels said of another measure ("raising its workforce to 18,500 from 14,200"): no change between them."""
    if level.start < delta.end:
        return False
    counted = _COUNT_NOUN_AFTER.match(prose, delta.end, level.start)
    said = _LEVEL_NOUN_BEFORE.search(prose[max(c_start, level.start - 80):level.start])
    if counted is None or said is None:
        return False
    return _thing_counted(counted.group("noun")) != _thing_counted(said.group("noun"))


def _thing_counted(noun: str) -> str:
    """One name for what a noun counts: "jobs" and "hires" grow a workforce; SAME_THING folds the rest."""
    return _PEOPLE_HIRED.get(noun) or SAME_THING.get(noun.rstrip("s"), SAME_THING.get(noun, noun.rstrip("s")))


# what a workforce grows by: "added 300 jobs, raising its workforce to"
_PEOPLE_HIRED = {w: "worker" for w in "jobs hires recruits people posts positions headcount".split()}


# "a 40-bed unit", "a 12-storey block": a figure joined to its noun by a hyphen names the size of a thing;
# it is a change only when that thing is a change ("a 40-point rise", "a 3-seat gain")
_COMPOUND_HEAD = regex.compile(r"\A[-‑]\p{L}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,2}(?P<head>[\p{L}]+)", cache_pattern=False)


def _describes_a_thing(q: Quantity, prose: str) -> bool:
    at = q.end if prose[q.end:q.end + 1] in ("-", "‑") else (q.number_span or (q.start, q.end))[1]
    if prose[at:at + 1] not in ("-", "‑"):
        return False
    m = _COMPOUND_HEAD.match(prose[at:at + 60])
    words = set(_LETTER_RUN.findall(m.group().lower())) if m else set()
    return not words & _VERB_WORDS


# the noun a base names after it: "up from 12,000 seats"
_BASE_NOUN = regex.compile(r"\s+(?P<noun>\p{Ll}+)")
_COMPOUND_NOUN = regex.compile(r"[-‑](?P<noun>\p{L}+)")


def _sizes_another_thing(x: Quantity, base: Quantity | None, prose: str) -> bool:
    """ "about 8,900 at their 15,000-seat stadium, up from 6,700": a figure hyphened to its noun sizes a thing the
    sentence names on its way, not the level the base is of -- unless the base counts that noun too ("a 15,000-seat
    ground, up from 12,000 seats")."""
    if base is not None and _attributive_measure(x, prose, base):
        return True
    if base is None or not _describes_a_thing(x, prose):
        return False
    at = (x.number_span or (x.start, x.end))[1] if prose[x.end:x.end + 1] not in ("-", "‑") else x.end
    compound = _COMPOUND_NOUN.match(prose, at)
    counted = _BASE_NOUN.match(prose, base.end)
    noun = compound.group("noun").lower() if compound else ""
    return not (counted and noun and counted.group("noun").lower().rstrip("s") == noun.rstrip("s"))


# "the 193km waterway", "a 2,000MW plant": a measure between an article and its noun sizes the thing named, written
# without the hyphen; the word after it is a noun, not a word of time, place or change
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|a|an|its|their|this|that)\s+\Z", regex.I)
_NOUN_RIGHT_AFTER = regex.compile(r"\s+(?P<noun>\p{Ll}{3,})(?![\p{L}'’-])")
_NOT_A_NOUN_AFTER = frozenset("and but or the from for with into over under than that this which who per each last next "
                              "ago earlier later before after since more less higher lower".split())


def _attributive_measure(x: Quantity, prose: str, base: Quantity) -> bool:
    """ "1,008 vessels transited the 193km waterway in May, down 51.3% from 2,068": a measure in a unit the base does
    not carry, said between an article and a noun, sizes the thing the level passes through, not the level."""
    if x.kind != "physical" or base.kind != "number" or not x.unit:
        return False
    if not _ARTICLE_BEFORE.search(prose, max(0, x.start - 8), x.start):
        return False
    m = _NOUN_RIGHT_AFTER.match(prose, x.end)
    if m is None:
        return False
    noun = m.group("noun").lower()
    if noun in _NOT_A_NOUN_AFTER or noun in _VERB_WORDS:
        return False
    counted = _BASE_NOUN.match(prose, base.end)
    return not (counted and counted.group("noun").lower().rstrip("s") == noun.rstrip("s"))


def _years_out_of_order(qs: list[Quantity], level: Quantity, nxt: Quantity, base: Quantity, prose: str) -> bool:
    """The level's year (said between it and its change) is not after the base's year."""
    said = [q for q in qs if level.end <= q.start and q.end <= nxt.start and is_year_like(q)]
    then = _BASE_TIME.match(prose[base.end:base.end + 60])
    return bool(said and then and then.group("y2") and said[-1].value <= int(then.group("y2")))


def _period_amount(roles: dict, prose: str, qs: list[Quantity]) -> bool:
    """A figure read as the change ("added 78.42 GW") that its own rate and base, said of an earlier period
    (", up 154% from 30.88 GW a year earlier"), compare like with like."""
    if roles["new"] or len(roles["delta"]) != 1 or len(roles["old"]) != 1 or len(roles["rate"]) != 1:
        return False
    delta, old, rate = roles["delta"][0], roles["old"][0], roles["rate"][0]
    if not same_measure(delta, old) or rate.unit != "percent" or not _TIME_AFTER.match(prose[old.end:old.end + 50]):
        return False
    if delta.end <= rate.start < old.start:
        return bool(_THEN_CHANGE.match(bridged(prose, delta.end, rate.start, qs, years=True)))
    # "Victims lost ₹38.6 crore this year, up from ₹21 crore in 2022, a rise of 84%": the amount
    # lost in one period, then straight its base from the period before; the rate comes after both
    # (its own word of change before the base: "down Shs150 from Shs5,300" is the move and its base)
    if not delta.end <= old.start < rate.start:
        return False
    m = _THEN_CHANGE.match(bridged(prose, delta.end, old.start, qs, years=True))
    return bool(m and m.group("verb"))


_TIME_PAST = (r"last\s+(?:year|month|quarter|season|week|fiscal\s+year|financial\s+year)|a\s+year\s+(?:earlier|ago|before)|"
              r"the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter|season|week)|(?:the\s+)?(?:year|month)\s+before")
_TIME_NOW = r"this\s+(?:year|month|quarter|season|week|time)|now|so\s+far\s+this\s+year"
_TIME_YEAR = r"in\s+(?:(?:fiscal|FY)\s*)?(?P<{}>(?:19|20)\d\d)(?:-\d\d)?"
_TWO_TIMES = regex.compile(
    rf"\A(?:\s+(?!(?:and|to|but|against|versus)\b)[\p{{L}}-]+){{0,3}}?\s+"
    rf"(?:(?P<past1>{_TIME_PAST})|(?P<now1>{_TIME_NOW})|{_TIME_YEAR.format('y1')})\s*,?\s*"
    r"(?:and|to|but|compared\s+with|against|versus|rising\s+to|falling\s+to|then)\s+(?:to\s+)?"
    r"(?:(?:reached|hit|totalled|totaled|was|were|stood\s+at|came\s+to)\s+)?(?:about\s+|some\s+)?\Z", regex.I)
_TIME_AFTER_2 = regex.compile(
    rf"\A\s+(?:(?P<past2>{_TIME_PAST})|(?P<now2>{_TIME_NOW})|{_TIME_YEAR.format('y2')})(?![\p{{L}}\d])", regex.I)


_NOUN_WORDS = r"(?P<{}>(?:(?!in\b|the\b|a\b)[\p{{L}}-]+\s+){{0,6}}?)"
_LEVEL_THEN_BASE = regex.compile(
    r"\A\s+" + _NOUN_WORDS.format("noun") + r"(?:in\s+(?:(?:fiscal|FY)\s*)?(?P<y1>(?:19|20)\d\d)|(?P<now>last\s+year|this\s+year))?\s*,\s*"
    r"(?:[^\d;:()]{0,60}?(?<![\p{L}])(?:said|says|reported|announced|showed|shows|according\s+to)(?![\p{L}])[^\d;:()]{0,40}?,\s*)?"
    r"(?:(?:up|down|rising|falling|climbing|dropping|increasing|decreasing)\s+from|compared\s+(?:with|to)|as\s+against|against)"
    r"\s+(?:the\s+|a\s+)?\Z", regex.I)
# a share, what it is of in any words, then its base: a move in points names the two as one measure
_SHARE_THEN_BASE = regex.compile(r"\A(?:(?!per\s*cent|pc\b)[^;:()%]){0,90}?,\s*(?:up|down|rising|falling|climbing|dropping)\s+from\s+(?:the\s+|a\s+)?\Z",
                                 regex.I)
_BASE_TIME = regex.compile(
    r"\A\s+" + _NOUN_WORDS.format("noun") + r"(?:in\s+(?:(?:fiscal|FY)\s*)?(?P<y2>(?:19|20)\d\d)(?![\d-])|"
    r"(?P<past>a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before))(?![\p{L}])", regex.I)


def _reported_level(qs: list[Quantity], old: Quantity, prose: str, c_end: int, points: bool = False) -> Quantity | None:
    """The level said before its base across a reporting clause, when the two share the
    noun and unit and each has its own period ("in 2023" / "in 2022" or "a year earlier").
    A figure of another kind between them describes the level ("2.67 million twenty-foot
    equivalent units (TEUs)"): it is read past, not taken for the level."""
    i = next((k for k, q in enumerate(qs) if q is old), None)
    if not i:
        return None
    j = i - 1
    while j >= 0 and (is_year_like(qs[j]) or not _kin(qs[j], old, prose)):
        j -= 1
    if j < 0 or not (same_measure(qs[j], old) or unit_left_out(old, qs[j], prose)):
        return None
    level = qs[j]
    if points and level.kind == old.kind == "percent" and _SHARE_THEN_BASE.match(bridged(prose, level.end, old.start, qs)):
        return level   # "41.2% said they favoured it, up from 35.6% in March, a gain of N points": two shares, one move
    m1 = _LEVEL_THEN_BASE.match(bridged(prose, level.end, old.start, qs))
    m2 = m1 and _BASE_TIME.match(prose[old.end:min(c_end, old.end + 60)])
    if not m1 or not m2:
        return None
    n1, n2 = m1.group("noun").split(), m2.group("noun").split()
    if n2 and n1[:1] != n2[:1] and n1[-1:] != n2[-1:]:
        return None   # "719,978 arrivals by air": not the same count
    if m2.group("y2"):
        if not m1.group("y1") or int(m1.group("y1")) <= int(m2.group("y2")):
            return None
    return level


def _two_times(prose: str, x: Quantity, y: Quantity) -> int:
    """+1 if `x` is the earlier of two levels each given its time, -1 if `y` is, 0 if not that shape."""
    m1 = _TWO_TIMES.match(prose[x.end:y.start])
    if not m1:
        return 0
    m2 = _TIME_AFTER_2.match(prose[y.end:y.end + 40])
    if not m2:
        return 0
    if m1.group("y1") and m2.group("y2"):
        a, b = int(m1.group("y1")), int(m2.group("y2"))
        return 1 if a < b else -1 if a > b else 0
    if m1.group("past1") and (m2.group("now2") or m2.group("y2")):
        return 1
    if m2.group("past2") and (m1.group("now1") or m1.group("y1")):
        return -1
    return 0


def _direction(word: str) -> int:
    w = word.lower()
    if _UP_WORD.fullmatch(w):
        return 1
    if _DOWN_WORD.fullmatch(w):
        return -1
    return {"more": 1, "fewer": -1, "less": -1}.get(w, 0)


def _factor_of(word: str) -> float:
    w = word.lower()
    for stem, f in _FACTORS.items():
        if w.startswith(stem):
            return f
    return 1.0


# "children under the age of five", "aged 12", "15-year-olds": an age describes who is counted, it is
# never a part nor a whole of the count
_AGE_BEFORE = regex.compile(r"(?<![\p{L}])(?:age[sd]?(?:\s+of)?|aged\s+(?:between|from|over|under)|(?:over|under)-|"
                         r"(?:children|kids|infants|babies|toddlers|pupils|adults|people|those)\s+(?:under|over|below|above))\s*\Z",
                            regex.I)
# a word of every _AGE_BEFORE branch, lowercased: most windows before a figure have none
_AGE_BEFORE_WORDS = ("age", "over", "under", "below", "above")


def age_before(prose: str, start: int, end: int) -> bool:
    """_AGE_BEFORE.search(prose, start, end) is not None, its words looked for first in an ASCII window."""
    window = prose[start:end]
    if window.isascii():
        low = window.lower()
        if not any(w in low for w in _AGE_BEFORE_WORDS):
            return False
    return _AGE_BEFORE.search(prose, start, end) is not None


_AGE_BOUND = regex.compile(r"(?:under|over|below|above)\s", regex.I)
_AGE_GROUP_BEFORE = regex.compile(r"(?<![\p{L}])(?:children|kids|infants|babies|toddlers|pupils|adults|people|those)\s+\Z",
                                  regex.I)
_AGE_AFTER = regex.compile(r"\A[\s-]+(?:years?[\s-]+old|years?\s+of\s+age|year-olds?|and\s+(?:under|over|older|younger)\b)",
                           regex.I)


def _age_after(after: str):
    """_AGE_AFTER.match(after): every branch holds "year" or "and" (casefolded, as the I flag reads letters)."""
    low = after.casefold()
    return _AGE_AFTER.match(after) if "year" in low or "and" in low else None


# a person's age in apposition to the full name, as newspapers give it: "said its lead engineer, Asha Rai, 46."
# (a name of two or more capitalised words, then the figure alone, closed by a comma, a full stop or a bracket)
_NAMED_PERSON_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)+\s*[,(]\s*\Z", cache_pattern=False)
_AGE_CLOSED = regex.compile(r"\A\s*(?:[,;)]|\.(?!\d))", cache_pattern=False)


def is_age(q: Quantity, prose: str) -> bool:
    """A figure that is an age: "under the age of five", "aged 12", "15-year-olds", "the under-fives",
    "Asha Rai, 46,"."""
    if q.kind != "number" or q.value is None or q.value > 130:
        return False
    return bool(age_before(prose, max(0, q.start - 22), q.start) or _age_after(prose[q.end:q.end + 16])
                or _named_person_age(q, prose)
                # "children under 14": the extractor reads "under 14" as one hedged figure
                or (q.hedge is not None and _AGE_BOUND.match(q.text) and _AGE_GROUP_BEFORE.search(prose, max(0, q.start - 12), q.start)))


def _named_person_age(q: Quantity, prose: str) -> bool:
    return 12 <= q.value <= 110 and float(q.value).is_integer() and q.text.isdigit() \
        and _AGE_CLOSED.match(prose[q.end:q.end + 3]) is not None \
        and (_NAMED_PERSON_BEFORE.search(prose, max(0, q.start - 48), q.start) is not None
             or _surname_age(q, prose))


# "Villanueva, 56, received 48,216 votes": a sentence opening on a surname alone, the age set off by commas, then
# the verb (a list of places and counts goes on with another name: "Cebu, 56, Bohol, 34")
_SURNAME_OPENING = regex.compile(r"(?:\A|[.!?]\s+|\n\s*)\p{Lu}[\p{Ll}'’-]{2,},\s*\Z", cache_pattern=False)
_VERB_AFTER_AGE = regex.compile(r",\s+(?:who\s+|has\s+|had\s+|is\s+|was\s+)?(?!(?:and|but|or|while|with)(?![\p{L}]))"
                                r"\p{Ll}{3,}", cache_pattern=False)


def _surname_age(q: Quantity, prose: str) -> bool:
    return _SURNAME_OPENING.search(prose, max(0, q.start - 30), q.start) is not None \
        and _VERB_AFTER_AGE.match(prose, q.end) is not None


_OF_KINDS = ("number", "physical")


def _shares(qs: list[Quantity], prose: str, s_start: int) -> Iterator[Share]:
    used: set[int] = set()
    found: list[Share] = []
    # a date or a weekday between a part and its share is words ("1,836 had paid by Sunday, or 85%")
    figures = [q for q in qs if not is_year_like(q) and q.kind not in ("date", "weekday") and not is_age(q, prose)]
    ages = tuple(q for q in qs if q.kind == "number" and not is_year_like(q) and is_age(q, prose)) if len(figures) < len(qs) else ()
    for i, q in enumerate(figures):
        if q.kind not in _OF_KINDS or not is_single(q) or q.value is None:
            continue
        # "N of M" / "N out of M" ("11.2 million tonnes of the 16.4 million tonnes": a measure of its own kind too)
        if i + 1 < len(figures):
            whole = figures[i + 1]
            if whole.kind == q.kind and same_measure(q, whole) and is_single(whole) and (
                    _OF_GAP.match(prose[q.end:whole.start])
                    # "159 seats in the 400-seat house, or 39.8%": the whole written as the house's size
                    or (_IN_HOUSE_GAP.match(prose[q.end:whole.start]) and _SEATS.match(prose[q.end:q.end + 14])
                        and _HOUSE_SIZE.match(prose[whole.end:whole.end + 8]))):
                pct = _share_percent(figures, i + 2, whole.end, prose, whole, ages)
                if pct is None and i > 0 and _BRACKET_ENDS.match(prose[whole.end:whole.end + 60]):
                    pct = _percent_before(figures[i - 1], q, prose)   # "81% (1,092 of 1,680 voters)"
                used.add(id(q))
                if pct is not None:
                    used.add(id(pct))
                found.append(Share(q, whole, pct, True))
                continue
    # "P% of the M things, or N" / "P% of the M (N)"
    for i, pct in enumerate(figures[:-2]):
        whole, part = figures[i + 1], figures[i + 2]
        if pct.kind != "percent" or pct.unit != "percent" or not is_single(pct) or id(pct) in used:
            continue
        if whole.kind != "number" or part.kind != "number" or not is_single(whole) or not is_single(part) \
                or id(part) in used:
            continue
        if _PCT_OF_GAP.match(prose[pct.end:whole.start]) and _PCT_OF_PART_GAP.match(prose[whole.end:part.start]):
            used.add(id(part))
            used.add(id(pct))
            found.append(Share(part, whole, pct, False))
    # "N passed, or P%, of the M", "N — or P% — of the M", "N (P%) of the M",
    # "N tonnes, accounting for P% of the M tonnes"
    for i, pct in enumerate(figures[1:-1], start=1):
        part, whole = figures[i - 1], figures[i + 1]
        if pct.kind != "percent" or pct.unit != "percent" or not is_single(pct) or id(pct) in used \
                or id(part) in used:
            continue
        if not (is_single(part) and is_single(whole) and part.kind in ("number", "money", "physical")
                and same_measure(part, whole)):
            continue
        lead = _PART_THEN_PCT.match(prose[part.end:pct.start])
        if not lead or not _PCT_THEN_WHOLE.match(prose[pct.end:whole.start]):
            continue
        if lead.group("close") and not regex.match(r"\A\s*(?:\)|[-–—]|,)", prose[pct.end:whole.start]):
            continue
        used.add(id(part))
        used.add(id(pct))
        found.append(Share(part, whole, pct, False))
    # "Of the M things, N ..., or P%", "Out of the M ...", "Among the M ..." (a year or a date may
    # stand between: "who sat it in 2024"; so may a sum or a measure in a long describing clause)
    for i, whole in enumerate(figures):
        if whole.kind != "number" or not is_single(whole) or i + 1 >= len(figures):
            continue
        head = prose[max(s_start, whole.start - 20):whole.start]
        among = False
        if _OF_THE.search(prose, max(s_start, whole.start - 20), whole.start):
            lead = prose[s_start:whole.start].strip().lower()
            if not _OF_THE_LEAD.search(head) and _OUT.sub("", lead) not in ("of", "of the", "of its", "of their", "of all"):
                continue
        elif _AMONG_LEAD.search(head):
            among = True
        else:
            continue
        j = i + 1
        skipped = False     # a figure of another class in the describing clause: a sum, a measure, "three universities"
        while j < len(figures):
            f = figures[j]
            gap = prose[whole.end:f.start]
            if len(gap) > 200 or ";" in gap:
                j = len(figures)
                break
            if f.kind == "date":
                j += 1
                continue
            if f.kind in ("number", "percent") and _whole_clause_ok(gap, among or skipped):
                break
            if f.kind in ("money", "physical", "duration") or (f.kind == "number" and _other_class(whole, f, prose)):
                skipped = True
                j += 1
                continue
            if not skipped and not among:
                break       # the first figure is the part or nothing (the gap test below rejects it)
            j = len(figures)
        if j >= len(figures):
            continue
        strict = among or skipped
        # "Of the 1,680 candidates, 81% (1,092) passed" / "81%, or 1,092," / "81% — 1,092 —"
        if j + 1 < len(figures) and figures[j].kind == "percent" and figures[j].unit == "percent" \
                and is_single(figures[j]) and id(figures[j]) not in used:
            pct, part = figures[j], figures[j + 1]
            gap = prose[whole.end:pct.start]
            if part.kind == "number" and is_single(part) and id(part) not in used \
                    and _whole_clause_ok(gap, strict) and _PCT_THEN_PART.match(prose[pct.end:part.start]):
                used.add(id(part))
                found.append(Share(part, whole, pct, False))
            continue
        part = figures[j]
        if part.kind != "number" or not is_single(part) or id(part) in used:
            continue
        if not _whole_clause_ok(prose[whole.end:part.start], strict):
            continue
        pct = _share_percent(figures, j + 1, part.end, prose, whole, ages)
        if pct is not None and id(pct) not in used:
            found.append(Share(part, whole, pct, False))
    # "1,680 candidates, of whom 1,092, or 81%, passed"
    for i, whole in enumerate(figures[:-2]):
        part = figures[i + 1]
        if whole.kind != "number" or part.kind != "number" or not is_single(whole) or not is_single(part) \
                or id(part) in used or not _OF_WHOM_GAP.match(prose[whole.end:part.start]):
            continue
        pct = _share_percent(figures, i + 2, part.end, prose, whole)
        if pct is not None and id(pct) not in used:
            used.add(id(part))
            found.append(Share(part, whole, pct, False))
    # "The audit found 39% (212) of the 540 schools": the share, its count in brackets, the whole
    for i, pct in enumerate(figures[:-2]):
        part, whole = figures[i + 1], figures[i + 2]
        if pct.kind != "percent" or pct.unit != "percent" or not is_single(pct) or id(pct) in used or id(part) in used:
            continue
        if part.kind == "number" and whole.kind == "number" and is_single(part) and is_single(whole) \
                and _PCT_THEN_PART.match(prose[pct.end:part.start]) and _PART_THEN_WHOLE.match(prose[part.end:whole.start]):
            used.update((id(part), id(pct)))
            found.append(Share(part, whole, pct, False))
    # "A survey of 540 schools found 212 of them, or 39 per cent, ...": the whole is the one count before
    found.extend(_of_them_shares(figures, figures, prose, used))
    # "The survey of 1,240 adults found 806, or 65%, had ...": a part and its share, the whole the one count before
    found.extend(_shares_of_the_count_before(figures, prose, used, {id(sh.percent) for sh in found if sh.percent}))
    yield from found


def _shares_of_the_count_before(figures: list[Quantity], prose: str, used: set[int], pcts: set[int]) -> Iterator[Share]:
    for i, part in enumerate(figures):
        if i == 0 or part.kind != "number" or id(part) in used or i + 1 >= len(figures):
            continue
        nxt = figures[i + 1]
        if nxt.kind != "percent" or id(nxt) in pcts or id(nxt) in used:
            continue
        if any(q.kind == "percent" for q in figures[:i]):
            continue     # "X had 3,104,393, representing 48.4 percent, and Y 2,871,051, representing 44.8 percent": rivals
        if _REMAINING.search(prose, max(0, part.start - 24), part.start):
            continue     # "1.2 million go to clinics, with the remaining 300,000, or 20%, ...": a share of both (see _remaining_shares)
        # the whole is larger than its part: "a poll of 2,000 voters in the 12 districts found 560"
        wholes = [q for q in figures[:i] if q.value is not None and q.value > part.value]
        share = _share_of_count_before([part, nxt], wholes, prose)
        if share is not None and not _other_class(share.whole, part, prose) \
                and not _said_to_change(prose[share.whole.start:nxt.end]):
            used.add(id(part))
            yield share


# "212 of them", "212 of those", "212 out of these": a part of a whole counted earlier
_OF_THEM = regex.compile(r"\A\s+(?:out\s+)?(?:of|among)\s+(?:them|those|these)(?![\p{L}])", regex.I)
_PART_THEN_WHOLE = regex.compile(r"\A\s*\)\s*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?\Z", regex.I)


def _of_them_shares(figures: list[Quantity], earlier: list[Quantity], prose: str, used: set[int]) -> Iterator[Share]:
    """ "A survey of 540 schools found 212 of them, or 39 per cent, ...": the part says "of them" and
    the whole is the one count of `earlier` before it (the sentence's own, or the sentence before's)."""
    for i, part in enumerate(figures):
        if part.kind != "number" or not is_single(part) or id(part) in used:
            continue
        them = _OF_THEM.match(prose[part.end:part.end + 20])
        if them is None:
            continue
        wholes = [q for q in earlier if q.end <= part.start and q.kind == "number" and is_single(q)
                  and id(q) not in used]
        if len(wholes) != 1 or wholes[0].value <= part.value:
            continue
        pct = _share_percent(figures, i + 1, part.end + them.end(), prose, wholes[0])
        if pct is not None and id(pct) not in used:
            used.update((id(part), id(pct)))
            yield Share(part, wholes[0], pct, False)


_CLASS_STOP = frozenset("who which that whom whose the a an in at of on for from to with by and or were was are is had have".split())
_WORDS = regex.compile(r"[\p{L}-]+")


def _head_words(prose: str, at: int, n: int, end: int | None = None) -> set[str]:
    """The first `n` words after a figure, up to its clause's comma ("teachers", "school"), singular."""
    words = []
    for w in _WORDS.findall(prose[at:min(at + 60, end or at + 60)].split(",", 1)[0]):
        w = w.lower()
        if w not in _CLASS_STOP:
            words.append(w[:-1] if w.endswith("s") and len(w) > 3 else w)
            if len(words) >= n:
                break
    return set(words)


def _other_class(whole: Quantity, f: Quantity, prose: str) -> bool:
    """ "Of the 2,400 applicants for places at the three universities, ...": "three" counts something else."""
    if not is_single(f) or f.value is None:
        return False
    after = prose[f.end:f.end + 30]
    if not regex.match(r"\A\s+[\p{L}]", after):
        return False        # a bare figure: we cannot tell what it counts
    mine, its = _head_words(prose, whole.end, 4, f.start), _head_words(prose, f.end, 2)
    return bool(its) and not (mine & its)


def _whole_clause_ok(gap: str, strict: bool) -> bool:
    """The gap from "Of the M" to the part (or its share): the clause describing the whole, then a comma.

    A short clause may run on past its comma ("Of the 1,680 candidates, women made up 1,092");
    a long one (up to 200 characters), one opened by "among", or one holding a sum or a measure
    must end with the comma right before the part ("..., who sat it in January, 1,092 passed").
    """
    if "," not in gap or ";" in gap:
        return False
    if len(gap) <= 100 and not strict:
        return True
    return len(gap) <= 200 and _CLAUSE_THEN_PART.search(gap) is not None


_PCT_THEN_PART = regex.compile(r"\A\s*(?:\(|,\s*or\s+|\s[–—]\s*|,\s*or\s+(?:some|about|nearly|almost)\s+)\s*\Z", regex.I)
_OF_WHOM_GAP = regex.compile(r"\A(?:\s+[\p{L}-]+){0,3}\s*,\s*(?:of\s+(?:whom|which|these|them)|among\s+(?:whom|them))\s+\Z", regex.I)


# "1,092 passed, or 81%, of the", "1,092 — or 81% — of the", "1,092 (81%) of the",
# "1,092 tonnes, accounting for 81% of the"
_PART_THEN_PCT = regex.compile(
    r"\A(?:\s+[\p{L}'’-]+){0,6}?\s*(?:,\s*or\s+|\s[-–—]\s*or\s+|(?P<close>\(\s*)|"
    r"\s[-–—]\s*|"
    r"\s(?:amount(?:s|ed)?\s+to|account(?:s|ed)?\s+for|represent(?:s|ed)?|(?:make|makes|made|take|takes|took)\s+up|"
    r"constitute(?:s|d)?|form(?:s|ed)?|equal(?:s|led|ed)?|(?:are|were)(?:\s+equal\s+to)?|"
    r"(?:give|gives|gave|giving|hand|hands|handed)\s+(?:it|them|him|her|the\s+[\p{L}-]+)|hold|holds|held|control|controls)\s+|"
    r",\s*(?:accounting\s+for|representing|making\s+up|equivalent\s+to|or\s+about|or\s+nearly|or\s+almost|or\s+some|or\s+roughly)\s+)"
    r"(?:(?:about|nearly|almost|some|roughly|just\s+over|just\s+under)\s+)?\Z", regex.I)
_PCT_THEN_WHOLE = regex.compile(
    r"\A\s*(?:\)|,|\s[-–—])?\s*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+|a\s+total\s+of\s+|the\s+total\s+of\s+)?\Z", regex.I)
_PCT_BEFORE_BRACKET = regex.compile(r"\A\s*\(\s*\Z")
_BRACKET_ENDS = regex.compile(r"\A(?:\s+[\p{L}-]+){0,3}\s*\)")


def _percent_before(pct: Quantity, part: Quantity, prose: str) -> Quantity | None:
    """ "81% (1,092 of 1,680)": the share written before its part and whole in brackets."""
    if pct.kind == "percent" and pct.unit == "percent" and is_single(pct) \
            and _PCT_BEFORE_BRACKET.match(prose[pct.end:part.start]):
        return pct
    return None


# A measure said of the part ("arrived within six minutes", "a 40-foot container") is words between
# the part and its share: the share is the nearest percentage, not the nearest figure.
_MEASURE_KINDS = ("duration", "physical", "ordinal")


_PCT_COMPARED = regex.compile(r"\s+(?:more|less|fewer|higher|lower|faster|slower|cheaper|dearer|bigger|smaller|"
                              r"above|below|than|up|down|increase|rise|drop|fall|gain|growth|decline)(?![\p{L}])", regex.I)


def _share_percent(qs: list[Quantity], j: int, after: int, prose: str, whole: Quantity | None = None,
                   ages: tuple[Quantity, ...] = ()) -> Quantity | None:
    k = j
    # a measure, or a count inside a noun phrase of the whole's own words ("jobs at its two ageing shafts"),
    # describes what is counted: it is read past, as words
    while k < len(qs) and (qs[k].kind in _MEASURE_KINDS or _DESCRIBING_COUNT.search(prose, max(after, qs[k].start - 24),
                                                                                     qs[k].start)
                           or _SMALL_BOUND(qs[k])):
        k += 1
    if k < len(qs) and qs[k].kind == "percent" and qs[k].unit == "percent" and is_single(qs[k]):
        if whole is not None and _of_another_whole(qs[k], whole, prose):
            return None
        if _PCT_COMPARED.match(prose, qs[k].end):
            return None     # "720 left on time, or 25% faster than last year": a comparison, not a share
        skipped = {id(q) for q in qs[j:k]}
        j = k
        # an age that says who the part are ("264 were aged over 75, or 38%") is words too
        gap = bridged(prose, after, qs[j].start, list(qs) + list(ages),
                      keep=lambda q: q.kind not in _MEASURE_KINDS and id(q) not in skipped and q not in ages)
        if any(ch.isdigit() for ch in gap):
            gap = _GLUED_LABEL.sub(lambda m: "x" * len(m.group()), gap)   # "grades A1 to C6": labels, not figures
        if _SHARE_PCT_GAP.match(gap) or _RATE_OF_GAP.match(gap):
            return qs[j]
        if _OWN_HEDGE.match(qs[j].text) and _HEDGED_SHARE_GAP.match(gap):
            return qs[j]     # "212 said they would hire, roughly 43 per cent": the hedge the gap's words would say is the figure's
        if _closing_share(gap, prose, qs[j]):
            return qs[j]
        if _RATE_BEFORE_GAP.match(gap) and _RATE_NAMED_AFTER.match(prose, qs[j].end):
            return qs[j]
        # "1,092 passed — 81% — the council said": a share set off by a pair of dashes, or by one
        # dash at the sentence's end ("212 came — barely 40 percent.")
        if _DASH_GAP.match(gap) and _DASH_CLOSE.match(prose[qs[j].end:qs[j].end + 40]):
            return qs[j]
    return None


# "1,860 of 7,400 budgeted posts across the region's 41 hospitals were vacant at the end of September, or 31%.": a
# share closing the sentence of its part and whole, after the part's one clause, however long
_LONG_SHARE_GAP = regex.compile(r"\A[^.;:0-9()]{0,130}?,\s*or\s*\Z")
_ANOTHER_CLAUSE = regex.compile(r"(?<![\p{L}])(?:and|but|while|whereas|than|compared|against|versus|up|down|from|"
                                r"rose|fell|increased|decreased)(?![\p{L}])", regex.I)


def _closing_share(gap: str, prose: str, pct: Quantity) -> bool:
    return len(gap) > 60 and _LONG_SHARE_GAP.match(gap) is not None and gap.count(",") == 1 \
        and _CLOSES.match(prose, pct.end) is not None and _ANOTHER_CLAUSE.search(gap) is None


_CLOSES = regex.compile(r"\s*(?:[.!?]|\Z)")
_GLUED_LABEL = regex.compile(r"(?<=\p{L})\d{1,2}(?![\d,.]\d)")


def _SMALL_BOUND(q: Quantity) -> bool:
    """ "312 failed at least one inspection": a small bound that says what the part did, not a figure of the share."""
    return q.kind == "number" and q.hedge is not None and q.value is not None and q.value <= 10 \
        and q.text[:1].isalpha() and not is_fraction_rate(q)


_PCT_OF_NAMED = regex.compile(r"\A\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|a\s+|an\s+)?(?P<what>\p{L}[\p{L}-]*)", regex.I)
# words that name the whole already counted, whatever it is: "or 48 per cent of the chamber"
_ANY_WHOLE = frozenset("total whole all those them these number group list figure sum overall "
                       "house chamber assembly parliament senate legislature council seat "
                       # a body of people or things as one, whatever its members are called ("jobs ... of the workforce")
                       "workforce staff payroll fleet intake cohort".split())
# "at its two ageing shafts": a small count after a possessive, inside the whole's noun phrase
# ("across the region's 41 public hospitals": a possessive of a place or body owns the count too)
_DESCRIBING_COUNT = regex.compile(r"(?<![\p{L}])(?:its|their|his|her|our|[\p{L}-]{2,}['’]s)\s+\Z",
                                  regex.I)


_OWNED = regex.compile(r"['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>[\p{L}-]+)(?=\s*(?:[,.;:)]|\s[-–—]|\Z|\s+(?:there|here|in|at|and)\b))",
                       regex.I)
_WHO_AFTER = regex.compile(r"\s+(?:who|that|which|whose|with|in|at|from|aged)(?![\p{L}])", regex.I)


def _of_another_whole(pct: Quantity, whole: Quantity, prose: str) -> bool:
    """ "24 of the 36 sub-divisions, accounting for 63 per cent of the area": a share of something else."""
    named = _PCT_OF_NAMED.match(prose[pct.end:pct.end + 40])
    if named is None:
        return False
    if named.group("what")[:1].isupper():
        return False    # "or 44 per cent of the Lok Sabha": the body the whole belongs to, by name
    what = named.group("what").lower()
    owned = _OWNED.match(prose, pct.end + named.end())
    if owned is not None:
        # "or 3% of the group's global workforce": a whole of another owner, unless it is what the whole counts
        noun = owned.group("noun").lower()
        return (noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun) not in _head_words(prose, whole.end, 4)
    if what in ("those", "them", "these") and (who := _WHO_AFTER.match(prose, pct.end + named.end())):
        # "or 55 per cent of those who also passed": a part of the whole, its size not given; but "of those
        # whose jobs are on the line" after "1,450 jobs at risk" names the whole again by its own noun
        return not (who.group().strip().lower() == "whose"
                    and _head_words(prose, who.end(), 1) & _head_words(prose, whole.end, 1))
    what = what[:-1] if what.endswith("s") and len(what) > 3 else what
    return what not in _ANY_WHOLE and what not in _head_words(prose, whole.end, 4)


# "1,092 passed, a pass rate of 81%": a rate that is the share itself
_RATE_NAMES = (r"(?:pass|success|completion|approval|attendance|turnout|participation|vaccination|coverage|enrolment|"
               r"enrollment|literacy|survival|response|uptake|recovery|conviction|acceptance|admission)")
_RATE_OF_GAP = regex.compile(
    rf"\A[^.;:0-9]{{0,100}}?(?:,|\s[-–—])\s*(?:giving\s+|for\s+)?an?\s+(?:{_RATE_NAMES}\s+)?"
    r"rate\s+of\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+over\s+|just\s+under\s+)?\Z", regex.I)
# "1,092 passed, a 65% pass rate": the rate's name after the figure
_RATE_BEFORE_GAP = regex.compile(r"\A[^.;:0-9]{0,60}?,\s*(?:giving\s+|for\s+)?an?\s+\Z", regex.I)
_RATE_NAMED_AFTER = regex.compile(rf"\s+{_RATE_NAMES}\s+rate\b", regex.I)
# "— 81% —", "— just 56 per cent —"
_DASH_GAP = regex.compile(r"\A[^.;:0-9()]{0,40}?\s[–—]\s*(?:(?:just|only|a\s+mere|or|barely|scarcely|about|around|nearly|"
                          r"almost|some|roughly)\s+)?\Z", regex.I)
_DASH_CLOSE = regex.compile(r"\A(?:\s*[–—]|[.!?][\"”’']?(?:\s|\Z)|,?[\"”](?:\s|\Z)|\Z"
                         # "... — roughly one in four, according to a report": the sentence's source, not more of it
                         r"|,\s+(?:according\s+to|(?:[\p{L}'’-]+\s+){0,3}(?:said|says|reported|reports|found|showed|shows))(?![\p{L}]))")


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
        listed = _listed_parts(rest, prose, whole.end)
        if listed is None:
            return      # "52 survived, 19 of whom ...": parts that overlap
        if listed:
            yield Breakdown(whole, *listed)


def _listed_parts(rest: list[Quantity], prose: str, prev_end: int) -> tuple | None:
    """The parts listed from `rest[0]` on, each with its words ("38 were men", "31 were women"):
    (parts, spans) when two or more with different words, () when not a list, None when a part
    is said to hold others ("19 of whom", "including")."""
    parts: list[Quantity] = []
    spans: list[Span] = []
    whats: list[str] = []
    for q in rest:
        between = prose[prev_end:q.start]
        if parts and not _PART_JOINER.fullmatch(between):
            break
        if q.kind != "number" or not is_plain(q):
            break
        if _NESTED.match(prose[q.end:q.end + 30]) or (parts and SHARE_OF_THOSE.match(prose, q.end, q.end + 70)):
            return None     # (a later part given as a share "of those voting" is a part of the part before it)
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
        if _turnout_then_way(parts, prose):
            return None
        return tuple(parts), tuple(spans)
    return ()


# "187 cast ballots, and 176 voted yes": those who voted, then how some of them voted -- a part of the part
_TURNED_OUT = regex.compile(r"\s+(?:cast\s+(?:their\s+)?(?:ballots?|votes?)|voted(?!\s+(?:yes|no|for|against|in|to)\b)|"
                            r"turned\s+out|took\s+part)\b", regex.I)
_VOTED_A_WAY = regex.compile(r"\s+(?:voted\s+(?:yes|no|for|against|in\s+favou?r|to)|backed|supported|opposed|approved|"
                             r"rejected)\b", regex.I)


def _turnout_then_way(parts: list[Quantity], prose: str) -> bool:
    turned_out = False
    for q in parts:
        if turned_out and _VOTED_A_WAY.match(prose, q.end):
            return True
        turned_out = turned_out or bool(_TURNED_OUT.match(prose, q.end))
    return False


# -- a list and its total ------------------------------------------------------------
# "49 men, 31 women and 12 children, a total of 86"; "610 approved, 480 rejected and 190 pending —
# 1,240 in all"; "a total of 86 people: 49 men, 31 women and 12 children". A list joined by "and"
# and set beside "a total of", "in all", "altogether" is the whole: its parts must add up to it.
# "610 approved, 480 rejected and 190 pending out of 1,240" names a whole the parts may fall short of.
# a word that says a total (looked up in the sentence's words): "a total of", "in all", "together", "plus",
# "comprising", "made up of", "out of" ...
_TOTAL_WORDS = frozenset("total totalling totaling totalled totaled totals all altogether told combined out together "
                         "between jointly plus comprising comprised comprises made consisting consists consisted split "
                         "divided broken".split())
_TOTAL_SAID = r"a\s+(?:combined\s+|grand\s+)?total\s+of|totall?ing|a\s+combined"
# "..., bringing the total for the three states to 3,180"; "..., bringing total exports for the month to 612,000"
_BRING_TOTAL = (r"(?:bringing|taking|putting|making)\s+(?:the\s+|their\s+|its\s+|(?:the\s+)?\p{L}+['’]s?\s+)?(?:combined\s+)?(?:total|tally)"
                r"(?:\s+(?!to\b|national|nationwide|overall|global|cumulative|annual|country|year)[\p{L}'’-]+){0,5}?\s+to")
_LIST_THEN_TOTAL = regex.compile(
    rf"\A[^\d;:()]{{0,80}}?(?:,|\s[-–—]|:|\s*\()\s*(?:(?:for|making|giving)\s+)?(?:(?P<said>{_TOTAL_SAID})\s+|(?P<bring>{_BRING_TOTAL})\s+)?\Z"
    # "Inanda (78), Umlazi (71) and Plessislaer (62) together accounted for 211": the parts said to be all of it
    r"|\A\s*,?\s+(?P<said>(?:together|jointly|between\s+them|combined)\s+(?:[\p{L}-]+\s+){1,2})\Z",
    regex.I)
# A total brought to by its parts is their sum only when the copy says the parts are all of it: they
# "accounted for" or "made up" the total, or the total is "for the three states", "for both", "combined";
# and nothing is "more", "another" or "so far" (then the total runs on from before).
_PARTS_ARE_ALL = regex.compile(
    r"(?<![\p{L}])(?:accounted\s+for|account\s+for|made\s+up|make\s+up|contributed|comprised|"
    r"total(?:\s+[\p{L}-]+){0,3}\s+(?:for|across|of|in)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\b|"
    r"combined|together|between\s+them)(?![\p{L}])", regex.I)
_RUNS_ON = regex.compile(
    r"(?<![\p{L}])(?:more|another|further|additional|new|fresh|latest|so\s+far|to\s+date|since|cumulative|overall|"
    r"this\s+(?:year|month|season|week))(?![\p{L}])", regex.I)
_LIST_OUT_OF = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,4}?,?\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?\Z", regex.I)
_TOTAL_AFTER = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,2}?\s+(?:in\s+all|in\s+total|altogether|all\s+told|combined|"
                             r"between\s+them|together)(?![\p{L}])", regex.I)
# "a total of 86", "together recorded 3,180", "totalled 624,000"
_TOTAL_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_TOTAL_SAID}|(?:together|jointly|between\s+them)\s+[\p{{L}}]+|"
                              r"totall?ed|came\s+to|amounted\s+to|added\s+up\s+to)\s+\Z", regex.I)
# "a total of 86: 49 men, ..."; "3,180 cases between them: Kano 1,240, ..." (the first part's name before it)
# "3,510 health workers, comprising 1,415 nurses, ...": a whole and all its parts
# (words that say the list is all of it may come a little later: "16,500 homes were approved in June, made up of ...")
_TOTAL_THEN_LIST = regex.compile(
    r"\A(?:(?:\s+[\p{L}'’-]+){0,8}?\s*(?P<colon>:)|(?:\s+[\p{L}'’-]+){0,5}?\s[-–—]|(?:\s+[\p{L}'’-]+){0,8}?,?\s+(?P<all>comprising|comprised(?:\s+of)?|comprises|made\s+up\s+of|"
    r"consist(?:s|ed|ing)\s+of|split\s+into|divided\s+into|broken\s+down\s+into))\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\Z", regex.I)
# between two parts of a list: the first part's words, a comma or "and", the next part's verb
# (a measure that describes the part may stand in its words: "498,000 60-kilogramme bags and ...")
_LIST_GAP = regex.compile(r"\A(?:\s*(?:\d[\d.,]*-)?[\p{L}'’-]+){0,7}?\s*(?P<sep>,\s*and|,|\s+and)\s+(?:[\p{L}'’-]+\s+){0,5}?\Z",
                          regex.I)
# after a whole that announces its list, a part may say more of what it is ("₹380 crore on 12 new medical colleges and")
_LIST_AFTER_GAP = regex.compile(r"\A(?:\s*(?:\d[\d.,]*-)?[\p{L}'’-]+){0,7}?\s*(?P<sep>,\s*and|,|\s+and)\s+(?:[\p{L}'’-]+\s+){0,3}?\Z",
                                regex.I)


def list_gap(pattern: regex.Pattern, gap: str):
    """pattern.match(gap) for _LIST_GAP or _LIST_AFTER_GAP. Their words before the separator can be split in
    many ways, and a gap that cannot match is refused only after every split is tried (up to a millisecond
    for a long one). A match ends in whitespace and holds its separator, a comma or whitespace then "and" (the
    I flag folds only "A", "N" and "D" to its letters; every \\s of regex is str.isspace, as the stdlib's \\s
    is), so a gap without both is refused at once, before the search."""
    if not gap[-1:].isspace() or not _SEPARATOR_HINT.search(gap):
        return None
    return pattern.match(gap)


_SEPARATOR_HINT = re.compile(r",|\sand", re.I)


# a tally, each part after its holder's name: "Alcott with 5,412 votes, ahead of Cr Sam Pitsikas on 4,166 and the
# Greens' Rhiannon Tait on 2,089"
_TALLY_GAP = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,2}?\s*(?P<sep>,\s*and|,|\s+and)\s+(?:(?:ahead\s+of|followed\s+by)\s+)?"
                           r"(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+|(?:sitting|incumbent|former|independent|councillor|candidate)\s+){1,5}on\s+\Z")
# a list said to be some of a larger number, or a total that keeps running over time
# ("498 out of 500", "12 of the victims"; but "498,000 of Robusta" names what the part is)
_OF_BESIDE = regex.compile(r"\A\s+(?:out\s+)?of\s+(?:(?:the|its|their|all|them|whom|which|these|those)(?![\p{L}])|\d)", regex.I)
_PARTIAL_LEAD = regex.compile(r"(?<![\p{L}])(?:including|included|among\s+them|of\s+whom|of\s+which|such\s+as|besides)(?![\p{L}])",
                              regex.I)
_RUNNING_TOTAL = regex.compile(
    r"(?<![\p{L}])(?:(?:bringing|taking|raising|pushing|lifting|brought|took|raised|pushed)\s+(?:the|its|their|it)\b|"
    r"this\s+(?:year|month|season|week)|so\s+far|to\s+date|since|cumulative|overall)(?![\p{L}])", regex.I)


# "1.2 million in January and 1.1 million in February, a total of 8.4 million for the year":
# the total of a longer period than the parts
_TOTAL_PERIOD = regex.compile(
    r"\A[^.;\d]{0,40}?(?<![\p{L}])(?:for|in|over|during|across|through|throughout)\s+(?:the\s+|this\s+|that\s+|its\s+)?"
    r"(?:whole\s+|entire\s+|full\s+|first\s+|past\s+|last\s+|same\s+)?(?:year|period|season|month|quarter|half|decade|week|"
    r"campaign|programme|program|scheme|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|fiscal|financial|FY)", regex.I)


_COUNT_AS_MODIFIER = regex.compile(r"[-‑](?!strong|member|seat)\p{L}", regex.I)
_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|all|its|their)\s+\Z", regex.I)
# before a colon list, words that say it names only some of the whole
_SOME_ITEMS = regex.compile(r"(?<![\p{L}])(?:main|biggest|largest|major|key|top|chief|principal|notable|includ\w*|among|such|"
                            r"highlights?|examples?|some|several|mostly|mainly|chiefly|other)(?![\p{L}])", regex.I)


def _conversion_aside(qs: list[Quantity], k: int, prose: str) -> bool:
    """Is qs[k] the bracketed conversion of the amount before it ("A$4.2bn (US$3.25bn)"): no part of a list?"""
    q = qs[k]
    if not k or q.kind != "money" or qs[k - 1].kind != "money" or qs[k - 1].unit == q.unit:
        return False
    return prose[qs[k - 1].end:q.start].strip() == "(" and prose[q.end:q.end + 2].strip()[:1] == ")"


_NAMES_NUMBER = regex.compile(r"(?<=\p{L}[-‑])\d+(?![\d,.]\d)")


def is_names_number(q: Quantity, prose: str) -> bool:
    """ "Covid-19", "F-16", "G-20": a number glued by a hyphen to the word before it is part of a name."""
    return q.kind == "number" and q.start > 1 and prose[q.start - 1] in "-‑" and prose[q.start - 2].isalpha()


def _stated_totals(qs: list[Quantity], prose: str, s_start: int, s_end: int) -> Iterator[Breakdown]:
    # "498,000 60-kilogramme bags": the size of the bag describes the count, it is not a part
    # and "the three states" names the parts, it is not one of them
    # (a weekday or month says when, it is not a part: "... 91 in Hastings between Sunday and Friday — 312 in all")
    figures = [q for k, q in enumerate(qs) if not is_year_like(q) and q.value is not None
               and not (k and q.kind == "physical" and "-" in q.text and prose[qs[k - 1].end:q.start] == " ")
               and not (q.kind == "number" and q.text.isalpha() and _THE_BEFORE.search(prose, max(0, q.start - 5), q.start))
               and not (q.kind == "number" and _COUNT_AS_MODIFIER.match(prose, q.end))     # "310 two-bedroom units"
               and not _conversion_aside(qs, k, prose)     # "A$4.2bn (US$3.25bn) ..., comprising": the whole again
               and not is_names_number(q, prose)]          # "19 with Covid-19": the disease's name, not a part
    if len(figures) < 3:
        return
    named = frozenset()     # parts in brackets after their names ("Inanda (78)"): each counts what the total does
    if "(" in prose[s_start:s_end]:
        prose, named = _figures_unbracketed(prose, figures)
    found: list[Breakdown] = []
    composed: set[int] = set()     # "made up of", "comprising": the list is the whole, whatever its period
    brought: list[Breakdown] = []
    for i, total in enumerate(figures):
        if not is_plain(total) or total.kind not in ("number", "money"):
            continue
        if i >= 2:
            gap = prose[figures[i - 1].end:total.start]
            lead = _LIST_THEN_TOTAL.match(gap)
            said = lead is not None and (lead.group("said") or lead.group("bring")
                                         or _TOTAL_AFTER.match(prose[total.end:total.end + 40]))
            out_of = not said and _LIST_OUT_OF.match(gap)
            if said or out_of:
                listed = _list_before(figures[:i], total, prose, s_start, named)
                if listed:
                    (brought if lead is not None and lead.group("bring") else found).append(
                        Breakdown(total, *listed, stated_sum=bool(said)))
                    continue
        # a month or weekday between the total and its list says when, it is not a part; a figure of
        # another kind inside the list describes a part ("$24.2m for the three waters")
        rest = [q for q in figures[i + 1:] if q.kind in NUMERIC_KINDS and q.value is not None and q.kind == total.kind]
        if len(rest) >= 2 and (then := _TOTAL_THEN_LIST.match(bridged(prose, total.end, rest[0].start, qs, years=True))):
            said = bool(_TOTAL_BEFORE.search(prose, max(s_start, total.start - 24), total.start)
                        or _TOTAL_AFTER.match(prose[total.end:total.end + 40]) or then.group("all"))
            # "The council has 45 members: 20 ..., 15 ... and 12 ...": a colon right after the whole opens
            # its breakdown, so the parts must add up to it ("the main items:", "includes:" open only some)
            colon = then.group("colon") is not None
            if said or colon:
                listed = _list_after(rest, total, prose, figures)
                if listed and part_without_figure(prose, listed[0], s_end):
                    said = colon = False    # "14,200 in July, 16,350 in August and September's record": one part
                    #                         has no figure, so the ones given need not add up to the whole
                if listed:
                    whole_list = colon and not _SOME_ITEMS.search(prose, s_start, rest[0].start)
                    found.append(Breakdown(total, *listed, stated_sum=said or whole_list))
                    if then.group("all") or whole_list:
                        composed.add(id(found[-1]))
    # "12 more deaths, bringing the total to 86 this year": a total of other days too
    if found and not _RUNNING_TOTAL.search(prose, s_start, s_end):
        yield from (b for b in found
                    if id(b) in composed or not _TOTAL_PERIOD.match(prose[b.whole.end:b.whole.end + 50]))
    # (three parts or more listed before "bringing the total to" are a breakdown, not the latest additions)
    if brought and not _RUNS_ON.search(prose, s_start, s_end):
        yield from (b for b in brought if len(b.parts) >= 3 or _PARTS_ARE_ALL.search(prose, s_start, s_end))
    if "plus" in prose[s_start:s_end] or "+" in prose[s_start:s_end]:
        yield from _plus_sums(figures, prose)


_AND_WORD = regex.compile(r"(?<![\p{L}])and(?![\p{L}])")   # (compiled once: see part_without_figure)
_AND_WORDS_AFTER = regex.compile(r"[^\d;:.]*?(?<![\p{L}])and\s+[^\d;:.]*(?:[;:.]|\Z)")


def part_without_figure(prose: str, parts: tuple[Quantity, ...] | list[Quantity], s_end: int | None = None) -> bool:
    """Does the list go on past its last figure with one more part in words ("..., 16,350 in August and
    September's record figure")? Only where the last figure was not the one joined by "and"."""
    if len(parts) < 2 or _AND_WORD.search(prose[parts[-2].end:parts[-1].start]):
        return False
    return bool(_AND_WORDS_AFTER.match(prose[parts[-1].end:s_end if s_end is not None else parts[-1].end + 200]))


def _figures_unbracketed(prose: str, figures: list[Quantity]) -> tuple[str, frozenset[int]]:
    """`prose` with the brackets that hold nothing but a figure blanked: "Inanda (78), Umlazi (71) and ..."
    lists its parts as "Inanda  78 , Umlazi  71  and ..." does (same length, so offsets hold)."""
    chars = None
    named = set()
    for q in figures:
        if q.start > 0 and prose[q.start - 1] == "(" and prose[q.end:q.end + 1] == ")":
            if chars is None:
                chars = list(prose[figures[0].start - 1:figures[-1].end + 1])
                base = figures[0].start - 1
            chars[q.start - 1 - base] = " "
            chars[q.end - base] = " "
            named.add(id(q))
    if chars is None:
        return prose, frozenset()
    return prose[:base] + "".join(chars) + prose[base + len(chars):], frozenset(named)


# "498,000 bags of Robusta plus 126,000 of Arabica makes 624,000"; "1,240 + 980 + 760 = 2,980"
_PLUS_GAP = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,3}?\s*(?:plus|\+)\s+(?:[\p{L}'’-]+\s+){0,2}?\Z", regex.I)
_PLUS_TOTAL = regex.compile(
    r"\A(?:\s+[\p{L}'’-]+){0,3}?\s*(?:=|equals?|gives?|makes?|is|are|comes?\s+to|adds?\s+up\s+to|"
    r",?\s*(?:for\s+)?a\s+total\s+of|,?\s*totall?ing)\s+\Z", regex.I)


def _plus_sums(figures: list[Quantity], prose: str) -> Iterator[Breakdown]:
    i = 0
    while i < len(figures) - 2:
        parts = [figures[i]]
        j = i + 1
        while j < len(figures) and _PLUS_GAP.match(prose[parts[-1].end:figures[j].start]):
            parts.append(figures[j])
            j += 1
        if len(parts) >= 2 and j < len(figures) and _PLUS_TOTAL.match(prose[parts[-1].end:figures[j].start]):
            total = figures[j]
            if is_plain(total) and all(is_plain(p) and same_measure(p, total) for p in parts):
                yield Breakdown(total, tuple(parts), tuple(Span(p.start, p.end) for p in parts), stated_sum=True)
        i = j


def _list_before(figures: list[Quantity], total: Quantity, prose: str, s_start: int,
                 named: frozenset[int] = frozenset()) -> tuple | None:
    """The parts listed right before a total, back to the first: the last two joined by "and"."""
    parts = [figures[-1]]
    for q in reversed(figures[:-1]):
        gap = _NAMES_NUMBER.sub(lambda m: "x" * len(m.group()), prose[q.end:parts[0].start])   # "... with Covid-19 and"
        m = list_gap(_LIST_GAP, gap) or _TALLY_GAP.match(gap)
        if not m or ("and" in m.group("sep")) != (len(parts) == 1):
            break
        if len(parts) >= 2 and q.value is not None and total.value is not None and q.value > total.value:
            break       # "which has 412 beds, is treating 46 ..., 19 ... and seven ..., a total of 72": a figure
            #             larger than the whole is no part of it, but of the clause before the list
        parts.insert(0, q)
    return _as_list(parts, total, prose, max(s_start, parts[0].start - 40), named)


def _list_after(figures: list[Quantity], total: Quantity, prose: str, around: list[Quantity] = ()) -> tuple | None:
    """The parts listed right after a total ("a total of 86: 49 men, 31 women and 12 children"); figures
    of `around` between two parts, and asides, are read past ("$24.2m for the three waters - ... - and")."""
    parts = [figures[0]]
    for q in figures[1:]:
        m = list_gap(_LIST_AFTER_GAP, bridged(prose, parts[-1].end, q.start, list(around)))
        if not m:
            return None
        parts.append(q)
        if "and" in m.group("sep"):
            return _as_list(parts, total, prose, total.end)
    return None


# Nouns a total may count its parts by ("49 men, 31 women and 12 children, a total of 92 people").
_COLLECTIVE = frozenset(
    "people person individual resident victim casualtie casualty passenger survivor patient case application applicant "
    "claim unit home house dwelling building propertie property student pupil candidate worker employee staff member "
    "medal seat vehicle animal death injurie injury incident school facilitie facility project job post children child "
    "adult visitor tourist arrival migrant refugee familie family household item participant entrie entry "
    "request complaint".split())
_ELIDED_NOUN = regex.compile(r"\s+of\s+(?!the\b|its\b|their\b)\p{L}", regex.I)
_TOTAL_ONLY = frozenset("all total altogether told combined".split())


_CLAUSE_END = regex.compile(r"[.!?;:](?:\s|\Z)|\s[-–—]\s")


def _counts_the_same(total: Quantity, parts: list[Quantity], prose: str) -> bool:
    """ "20 wins and 5 draws, a total of 65 points": a total of another thing than its parts."""
    if total.kind == "money":
        return True
    # "106 new health workers"; not the next sentence's words ("— 312 in all. Many involved ...")
    stop = _CLAUSE_END.search(prose, total.end, total.end + 60)
    named = _head_words(prose, total.end, 3, stop.start() if stop else None) - _TOTAL_ONLY
    if not named or named & _COLLECTIVE:
        return True
    # "624,000 bags: 498,000 of Robusta and ...": the part's noun left out before "of"
    return any(named & _head_words(prose, p.end, 2) or _ELIDED_NOUN.match(prose, p.end) for p in parts)


_MADE_OF = regex.compile(r"(?<![\p{L}])(?:made\s+up|consist(?:s|ed|ing)|composed|comprised)\s+of\s+\Z", regex.I)


_OF_THE_NOUN = regex.compile(r"\A\s+of\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}-]+\s*,", regex.I)


def _names_the_whole(p: Quantity, parts: list[Quantity], prose: str) -> bool:
    """ "Wages take Shs2.41tn of the health allocation, development Shs1.96tn and ...": the first of three parts
    or more names, once, the whole they are all of (not each a share of its own whole: "498 out of 500 and ...")."""
    return len(parts) >= 3 and p is parts[0] and _OF_THE_NOUN.match(prose[p.end:p.end + 60]) is not None \
        and not any(_OF_BESIDE.match(prose[q.end:q.end + 10]) for q in parts[1:])


def _as_list(parts: list[Quantity], total: Quantity, prose: str, lead_from: int,
             named: frozenset[int] = frozenset()) -> tuple | None:
    if len(parts) < 2 or any(not is_plain(p) or not same_measure(p, total) for p in parts):
        return None
    if total.kind == "number" and all(p.value > total.value for p in parts):
        return None     # "split between three depots: 136 ..., 158 ...", "in 12 countries: 2,000 in ...": it counts places
    if not all(id(p) in named for p in parts) and not _counts_the_same(total, parts, prose):
        return None
    if _PARTIAL_LEAD.search(prose, lead_from, parts[-1].start) \
            or any(_NESTED.match(prose[p.end:p.end + 30]) or (_OF_BESIDE.match(prose[p.end:p.end + 10])
                                                              and not _names_the_whole(p, parts, prose))
                   or (_OF_THE_TOTAL.search(prose, max(0, p.start - 12), p.start)
                       and not _MADE_OF.search(prose, max(0, p.start - 16), p.start)) for p in parts):
        return None     # "498 out of 500 and 497 out of 500": each part a share of its own whole
    return tuple(parts), tuple(Span(p.start, p.end) for p in parts)


def _majorities(qs, prose, s_start, s_end, shares: list[Share]) -> Iterator[Majority]:
    for m in _MAJORITY.finditer(prose, s_start, s_end):
        if _MAJORITY_NEGATED.search(prose, max(s_start, m.start() - 40), m.start()) \
                or _MAJORITY_NEGATED_AFTER.match(prose[m.end():min(s_end, m.end() + 60)]):
            continue
        if m.group("what").lower() == "threshold" and m.group("label").lower() in ("simple", "absolute", "outright"):
            continue
        if _MAJORITY_OF_VOTERS.match(prose[m.end():min(s_end, m.end() + 40)]):
            continue   # "two-thirds of those present and voting": a denominator we are not told
        seat_shares = [(sh.part, sh.whole) for sh in shares
                       if sh.written_as_of and "seat" in prose[sh.whole.end:sh.whole.end + 25].lower()]
        if not seat_shares:
            # "won 150 seats in the 250-member house"
            # "a simple majority of the 336 seats", "in a house of 336"
            totals = [q for q in qs if q.kind == "number" and (
                _HOUSE_SIZE.match(prose[q.end:q.end + 8])
                or _HOUSE_OF.search(prose, max(s_start, q.start - 40), q.start)
                or _SEATS_OUT_OF.search(prose, max(s_start, q.start - 20), q.start)
                or (_OF_THE_TOTAL.search(prose, max(s_start, q.start - 12), q.start)
                    and _SEATS_OR_MEMBERS.match(prose[q.end:q.end + 12])))]
            won = [q for q in qs if q.kind == "number" and q not in totals
                   and _SEATS.match(prose[q.end:q.end + 14])]
            if len(totals) == 1 and len(won) == 1:
                votes = _SEATS.match(prose[won[0].end:won[0].end + 14]).group("votes")
                # "with 61 votes ... in the 96-seat house": only when no tally against is given
                if not (votes and _VOTE_TALLY.search(prose, s_start, s_end)):
                    seat_shares = [(won[0], totals[0])]
        if len(seat_shares) != 1:
            continue
        part, whole = seat_shares[0]
        label = " ".join(m.group("label").lower().split()) if " " in m.group("label") else m.group("label").lower()
        yield Majority(Span(m.start(), m.end()), label, _MAJORITY_FRACTIONS[label], part, whole)


def _comparisons(qs: list[Quantity], prose: str) -> Iterator[Comparison]:
    # "three times the 52": the multiplier word is not one of the figures compared
    # (a date between them is the first figure's time: "2,940 last year, five times the 1,012")
    qs = [q for q in qs if not ("times" in (after := prose[q.end:q.end + 7]) and _TIMES.match(after))
          and q.kind != "date"]
    # "HK$239.5 billion (US$30.9 billion), more than four times ...": the bracketed equivalent is no figure compared
    qs = [q for k, q in enumerate(qs) if not (k and q.kind == "money" == qs[k - 1].kind and q.unit != qs[k - 1].unit
                                              and _BRACKET_ONLY.fullmatch(prose, qs[k - 1].end, q.start))]
    for k, (a, b) in enumerate(zip(qs, qs[1:])):
        if not (is_single(a) and is_plain(b) and same_measure(a, b)):
            continue
        gap = prose[a.end:b.start]
        low = gap.lower()   # (once, not once per word)
        if not any(word in low for word in _COMPARE_NEEDS):
            continue
        said = a       # (the comparison's words follow the figure written before them)
        a = _head_of_its_phrase(qs, k, prose, b)
        # "99 seats, nearly double the 52": allow one noun between the figure and the comparison
        m = _COMPARE.search(_ONE_NOUN.sub("", gap))
        if m is None and "," in gap and len(gap) <= 90:
            # "reached 2,940 in the final quarter of last year, five times the 1,012 ...": the figure's own
            # words of time or place, then the comparison set off by a comma
            m = _COMPARE.search(gap[gap.rfind(","):])
        if m:
            factor = _compare_factor(m)
            if factor is None:
                continue
            if a is not said and b.value and abs(said.value / b.value - factor) <= 0.1 * factor:
                continue    # "900 artists from 40 nations, double the 20": the phrase's own figure may be the one
            hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
            offset = said.end + gap.find(m.group("word").split()[0])
            yield Comparison(a, b, factor, Span(offset, offset + len(m.group("word"))), hedge)


# "2,350 runners from 64 countries": a figure in a phrase of origin or place that describes the figure before it
_OF_ORIGIN = regex.compile(r"\s+[\p{L}-]+\s+(?:from|in|across|at)\s+\Z", regex.I)


def _head_of_its_phrase(qs: list[Quantity], k: int, prose: str, b: Quantity) -> Quantity:
    """The figure compared: "2,350 runners from 64 countries started the race, more than double the 1,100 who took
    part in 2019" compares the runners, not the countries their phrase names; but "30 players from 12 countries,
    double the 6 countries" compares the countries, the noun said again."""
    a = qs[k]
    if k and is_single(qs[k - 1]) and same_measure(qs[k - 1], a) \
            and _OF_ORIGIN.fullmatch(prose, qs[k - 1].end, a.start):
        noun = _NOUN_AFTER_FIGURE.match(prose, a.end)
        again = _NOUN_AFTER_FIGURE.match(prose, b.end)
        if noun and again and noun.group(1).lower() == again.group(1).lower():
            return a
        return qs[k - 1]
    return a


_NOUN_AFTER_FIGURE = regex.compile(r"\s+([\p{L}-]+)")


_RATE_OF_A_YEAR = regex.compile(r"(?:\s+[\p{L}-]+){0,2}?\s+(?:from|than|on|over|compared\s+with)\s+(?:a|the)\s+"
                                r"(?:year|twelve\s+months|12\s+months)\s+(?:earlier|before|ago)|\s+(?:year-on-year|"
                                r"year\s+over\s+year|on\s+the\s+year)", regex.I)
# between a move's levels and a rate: a participle that makes the rate its object (", funding a 15% increase in ...";
# not one that names the move: ", representing a 12% rise"), or a verb of the future ("could fall by", "will rise")
_RATE_OF_ANOTHER_VERB = regex.compile(
    r",\s+(?!representing|marking|reflecting|meaning|amounting|making|giving|bringing|taking|pushing|lifting|equating|"
    r"translating|rising|falling|climbing|dropping|increasing|decreasing|declining|growing|jumping|gaining|sliding|"
    r"slipping|surging|soaring|plunging|tumbling|easing|dipping|shrinking)\p{Ll}+ing\s+(?:for\s+)?(?:a|an)\s+"
    r"(?:[\p{L}-]+\s+)?\Z|"
    r"(?<![\p{L}])(?:could|would|may|might|will|should|(?:is|are|was|were)\s+(?:expected|forecast|projected)\s+to)\s+"
    r"(?:[\p{L}]+\s+){0,2}?(?:by\s+)?(?:up\s+to\s+|about\s+|as\s+much\s+as\s+)?\Z", regex.I)
# "dropped to €103m from €120m, with China, its largest market, down by about a third": a "with" clause names its own
# subject, and the move after it is that subject's
_WITH_SUBJECT_MOVE = regex.compile(
    r",\s+with\s+[^,;.()\d]{1,40}?(?:,\s+[^,;.()\d]{1,40}?,)?\s(?:up|down|rising|falling|growing|shrinking|"
    r"climbing|dropping|sliding|slipping|gaining|losing|declining|increasing|decreasing)\s+(?:by\s+)?"
    r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\Z", regex.I)


def _of_another_verb_or_subject(gap: str) -> bool:
    """Is a rate after both levels, with `gap` before it, said of another verb or another subject than their move?"""
    return bool(_RATE_OF_ANOTHER_VERB.search(gap) or _WITH_SUBJECT_MOVE.search(gap))


_ANOTHER_SUBJECT_OF = regex.compile(r"\A\s+and\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:of|at|was|is|stood\s+at)\s+"
                                    r"(?:about\s+|around\s+|some\s+|nearly\s+)?\Z", regex.I)


# A sentence that lists shares of one group: a poll, a vote, a survey. Any word of
# change, rate or comparison and we leave it alone (12% growth and 95% coverage
# are not shares of one whole).
_SHARE_CUE = regex.compile(
    r"(?<![\p{L}])(?:respondents|voters|those\s+(?:surveyed|polled|asked)|of\s+the\s+vote|vote\s+share|of\s+votes|"
    r"backed|supported|opposed|favoured|favored|said|undecided|did\s+not\s+know|don't\s+know|polled|survey(?:ed)?)(?![\p{L}])",
    regex.I)
_NOT_SHARES = regex.compile(
    rf"(?<![\p{{L}}])(?:{_UP}|{_DOWN}|{_UP_NOUN}|{_DOWN_NOUN}|from|compared|than|rate|inflation|turnout|interest|"
    r"margin|error|points?|each|every|per|averag(?:e|ed|ing)|median|target|quota|at\s+least|more|less|fewer|over|under|"
    r"above|below|"
    r"respectively|among|aged|of\s+(?:men|women|those|them)|of\s+whom|while|whereas|but)(?![\p{L}])", regex.I)


# "Of 1,050 adults surveyed, 46% ...": the head count of the group the shares divide
# (capitalised: the sentence opens on it)
_GROUP_LEAD = regex.compile(r"(?<![\p{L}])(?:Of|Among|Out\s+of)\s+(?:the\s+)?\Z")


_DAYS_JOINED = regex.compile(r"\s*(?:and|to|-|–)\s*\Z", regex.I)


def _first_day_of_dates(q: Quantity, nxt: Quantity | None, prose: str) -> bool:
    """ "surveyed between 3 and 9 September": the 3 is the first day of the dates, not a figure of the list."""
    return (nxt is not None and nxt.kind == "date" and q.kind == "number" and q.value is not None
            and float(q.value).is_integer() and 1 <= q.value <= 31 and _DAYS_JOINED.match(prose[q.end:nxt.start]) is not None)


_ITEM_OPENS = regex.compile(r"\A\s*(?:,|,?\s+and|;)\s+\Z", regex.I)
_HOLDERS_THEN_SHARE = regex.compile(r"\A\s+[\p{L}][\p{L}\s'’-]{2,50}?\s(?:with|on|took|won|got|had)\s+(?:a\s+combined\s+|a\s+total\s+of\s+)?\Z",
                                    regex.I)


def _holders_of_a_share(q: Quantity, before: Quantity | None, after: Quantity | None, prose: str) -> bool:
    """ "..., 14.9% and two independent candidates with a combined 8.3%": a count that opens one item of a list
    of shares names who holds the next share; it is no figure beside the list."""
    return (before is not None and after is not None and before.kind == after.kind == "percent" and q.kind == "number"
            and q.value is not None and float(q.value).is_integer() and 2 <= q.value <= 12
            and _ITEM_OPENS.match(prose[before.end:q.start]) is not None
            and _HOLDERS_THEN_SHARE.match(prose[q.end:after.start]) is not None)


_OR_BEFORE_FRACTION = regex.compile(r",\s*or\s+\Z", regex.I)


def _percent_said_as_fraction(rq: list[Quantity], prose: str) -> Iterator[Share]:
    """ "36.7% of the 10,387 who sat the exams, or roughly one in four": a fraction in words after ", or" says the
    percentage before it again (no other percentage between), so it must be near it. Read as a share of a whole
    of 100 whose part is the percentage."""
    for k, q in enumerate(rq):
        if not (is_fraction_rate(q) and q.number_span and "in" in prose[q.number_span[0]:q.number_span[1]].split()):
            continue
        if not _OR_BEFORE_FRACTION.search(prose, max(0, q.start - 8), q.start):
            continue
        before = [p for p in rq[:k] if p.kind == "percent"]
        if not before or not is_plain(before[-1]) or before[-1].unit != "percent" or is_fraction_rate(before[-1]):
            continue
        pct = before[-1]
        whole = Quantity(text="the whole", start=pct.start, end=pct.start, kind="percent", value=100.0,
                         unit="percent", precision=1e-9)
        yield Share(part=pct, whole=whole, percent=q)


def _answered_by_shares(sentence: str, first_share: int) -> bool:
    """ "12% said they did not know": the shares are the group's answers. A "said" before every share is the
    speaker's ("The Treasury said the measure would benefit 95% ... and that 80% would pay none"): it reports
    claims, each perhaps of its own group, and is no cue of a list of shares."""
    return any(m.group().lower() != "said" or m.start() > first_share for m in _SHARE_CUE.finditer(sentence))


def _share_lists(qs: list[Quantity], prose: str, s_start: int, s_end: int) -> Iterator[ShareList]:
    percents = [q for q in qs if q.kind == "percent"]
    if len(percents) < 2 or any(q.unit != "percent" or not is_plain(q) for q in percents):
        return
    sentence = prose[s_start:s_end]
    if not _answered_by_shares(sentence, percents[0].start - s_start) or _NOT_SHARES.search(sentence):
        return      # (the sentence's own cues first: cheaper than reading every other figure below)
    others = [q for k, q in enumerate(qs) if q.kind in NUMERIC_KINDS and q.kind != "percent"
              and not _first_day_of_dates(q, qs[k + 1] if k + 1 < len(qs) else None, prose)
              and not _holders_of_a_share(q, qs[k - 1] if k else None, qs[k + 1] if k + 1 < len(qs) else None, prose)]
    if any(not (q.kind == "number" and _GROUP_LEAD.search(prose, max(s_start, q.start - 12), q.start)) for q in others):
        return   # other figures in the sentence (but the group's own head count, "Of 1,050 adults surveyed"):
        #          not a plain list of shares
    for a, b in zip(percents, percents[1:]):
        gap = prose[a.end:b.start]
        if len(gap) > 60 or not _LIST_JOINER.search(gap):
            return
    yield ShareList(tuple(percents))


# -- said across sentences -----------------------------------------------------------
# A sentence may lean on the one before it with a definite back-reference: "The list stood at
# 84,200. Of those, 52,620 — 62.5 per cent — ..."; "... rose to $2.2bn from $1.8bn. The 12 per cent
# increase ..."; "The remaining 31,580, or 37.5 per cent, ..."; "A further 190 are pending". We read
# those shapes only, and only when the figure referred back to is the one the earlier sentence can mean.

_BACK_HEAD = frozenset("the this that it its their of among amongst out a another".split())
_OF_THOSE = regex.compile(
    r"(?:Of|Among(?:st)?|Out\s+of)\s+(?:those|these|them|this|that|(?:this|that|the)\s+(?:total|number|figure|amount|sum))\s*,\s*",
    regex.I)
_RATE_NEXT_LEAD = regex.compile(
    r"(?:(?:The|This|That|Its|Their)\s+|(?:That|This|It|Which)(?:'s|\s+(?:is|was|represents|represented|marks|marked|means|meant|"
    r"amounts\s+to|amounted\s+to))\s+(?:an?\s+)?)", regex.I)
_RATE_NOUN_AFTER = regex.compile(
    rf"\A[\s-]+(?P<points>(?:percentage[\s-]+)?points?[\s-]+)?(?:year-on-year\s+|annual\s+|on-year\s+)?(?P<verb>{_UP_NOUN}|{_DOWN_NOUN})(?![\p{{L}}])"
    r"(?:\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?P<what>[\p{L}-]+))?", regex.I)
_RATE_NOUN_BEFORE = regex.compile(_RATE_NEXT_LEAD.pattern + rf"(?P<verb>{_UP_NOUN}|{_DOWN_NOUN})\s+of\s+", regex.I)
# "Of the 1,240, 610 were approved and 480 rejected. A further 190 are pending.": the list goes on
_MORE_PART = r"(?:A\s+further|Another|The\s+(?:remaining|other|last))\s+"
_ONE_MORE_PART = regex.compile(_MORE_PART + r"\Z", regex.I)
_REMAINING = regex.compile(r"(?<![\p{L}])(?:the\s+)?(?:remaining|other)\s+\Z", regex.I)

# the openings above, tested at the start of a sentence before its figures are gathered
_BACK_LEAD = regex.compile(
    rf"{_OF_THOSE.pattern}|{_MORE_PART}\d|(?:{_RATE_NEXT_LEAD.pattern})"
    rf"(?:(?:{_UP_NOUN}|{_DOWN_NOUN})\s+of\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?\d", regex.I)
_REMAINING_SAID = regex.compile(r"(?<![\p{L}])(?:remaining|other)\s+\d")


def _said_across(story: Story, ordered: list[Quantity], starts: list[int], changes: list[Change],
                 shares: list[Share], breakdowns: list[Breakdown]) -> None:
    prose = story.doc.prose
    sentences = story.doc.sentences()
    for k in range(1, len(sentences)):
        s_start, s_end = sentences[k]
        sentence = prose[s_start:s_end]
        remaining = ("remaining " in sentence or "other " in sentence) and _REMAINING_SAID.search(sentence) is not None
        head = _LETTER_RUN.match(prose, s_start, s_start + 12)
        if head is not None and (head.group().lower() not in _BACK_HEAD or not _BACK_LEAD.match(prose, s_start, s_end)):
            head = None
        them = " of them" in sentence or " of those" in sentence or " of these" in sentence
        # "We have 530 pupils on the register. This morning 212 came — barely 40 percent.": a share with no
        # whole of its own takes the one count of the sentence before
        bare_share = not them and head is None and ("%" in sentence or "cent" in sentence) \
            and 2 <= bisect.bisect_left(starts, s_end) - bisect.bisect_left(starts, s_start) <= 4
        if "ompare" in sentence[:20] or " from " in sentence[:24]:
            _compared_back(ordered, starts, prose, (s_start, s_end), sentences[k - 1], changes)
        if not remaining and head is None and not them and not bare_share:
            continue
        lo = bisect.bisect_left(starts, s_start)
        if lo >= len(ordered) or ordered[lo].start >= s_end:
            continue        # no figure in the sentence
        qs = _sentence_figures(ordered, starts, prose, s_start, s_end)
        if not qs:
            continue
        p_start, p_end = sentences[k - 1]
        if them and head is None and qs[0].kind == "number" and _OF_THEM.match(prose[qs[0].end:qs[0].end + 20]):
            # "The survey covered 540 schools. It found 212 of them, or 39 per cent, ...": the whole before
            shares.extend(_of_them_shares(qs, _sentence_figures(ordered, starts, prose, p_start, p_end), prose, set()))
        if bare_share and len(qs) == 2:
            share = _share_of_count_before(qs, _sentence_figures(ordered, starts, prose, p_start, p_end), prose)
            # the words are read last, for the few sentences that hold the shape
            if share is not None and not _said_to_change(sentence) and not _other_times(prose[p_start:p_end], sentence):
                shares.append(share)
        if head is not None:
            lead = _OF_THOSE.match(prose, s_start, s_end)
            if lead:
                _of_those(_sentence_figures(ordered, starts, prose, p_start, p_end), qs, prose, lead.end(),
                          shares, breakdowns)
            elif qs[0].kind == "number" and _ONE_MORE_PART.match(prose, s_start, qs[0].start):
                _one_more_part(qs, _sentence_figures(ordered, starts, prose, p_start, p_end), prose,
                               (s_start, s_end), (p_start, p_end), breakdowns)
            elif (qs[0].kind == "percent" or _points_said(qs[0], prose)) and (_RATE_NEXT_LEAD.fullmatch(prose, s_start, qs[0].start)
                                              or _RATE_NOUN_BEFORE.fullmatch(prose, s_start, qs[0].start)):
                change = _rate_said_next(qs[0], [c for c in changes if p_start <= c.trigger.start < p_end],
                                         prose, s_start, p_start, p_end,
                                         _sentence_figures(ordered, starts, prose, p_start, p_end))
                if change is not None:
                    changes.append(change)
                elif _RATE_NEXT_LEAD.fullmatch(prose, s_start, qs[0].start):
                    shares.extend(_share_said_next(qs[0], [sh for sh in shares if p_start <= sh.part.start < p_end],
                                                   prose))
        if remaining:
            w_start = sentences[max(0, k - 2)][0]
            for share in _remaining_shares(_sentence_figures(ordered, starts, prose, w_start, s_start) + qs,
                                           qs, prose):
                shares.append(share)
    # the first sentence can still say "the remaining" of itself
    if sentences and ("remaining" in prose[sentences[0][0]:sentences[0][1]]):
        qs = _sentence_figures(ordered, starts, prose, *sentences[0])
        shares.extend(_remaining_shares(qs, qs, prose))


# after a share, words that make it a share of something else or a change: "or 52 percent more than"
_PCT_GOES_ON = regex.compile(r"\s*(?:of|more|less|fewer|higher|lower|above|below|up|down|over|under|than|"
                             r"increase|rise|drop|fall|gain|growth|decline|points?|a\s|an\s|the\s)(?![\p{L}])", regex.I)


_PARTICLE = regex.compile(r"(?<![\p{L}])(?:up|down)(?!\s+(?:by\s+|from\s+|to\s+)?[\d\p{Sc}])(?![\p{L}])", regex.I)


# "In Turkana, 412 ...": the sentence turns to one place (or group) of the whole before
_ANOTHER_PLACE = regex.compile(r"(?<![\p{L}])(?:[Ii]n|[Aa]t|[Ff]or|[Aa]mong|[Aa]cross)\s+(?:the\s+)?\p{Lu}")


_TIME_SAID = regex.compile(
    r"(?<![\p{L}])(?:(?:this|last|next|previous|that)\s+(?:year|month|week|quarter|season|term|morning|time|election)|"
    r"(?:a|one)\s+(?:year|month|week)\s+(?:ago|earlier|before|later)|(?:in|by|since)\s+(?:19|20)\d\d|yesterday|today|"
    r"now|so\s+far)(?![\p{L}])", regex.I)


def _other_times(before: str, sentence: str) -> bool:
    """ "There were 530 applications last year. This year 212 were approved": each count of its own time."""
    a = {" ".join(m.lower().split()) for m in _TIME_SAID.findall(before)}
    b = {" ".join(m.lower().split()) for m in _TIME_SAID.findall(sentence)}
    return bool(a and b and a != b)


_TALLY_AFTER = regex.compile(r"\s+(?:[\p{L}-]+\s+)?(?:votes|seats|ballots|preferences)(?![\p{L}])", regex.I)


def _said_to_change(sentence: str) -> bool:
    """A word of change in the sentence ("rose", "a drop of", "up 5%"); "turned up", "sat down" are not."""
    words = set(_LETTER_RUN.findall(_PARTICLE.sub(" ", sentence).lower()))
    return not _CHANGE_WORDS.isdisjoint(words)


_OWN_WHOLE_LEAD = regex.compile(r"(?:\A|[.!?]\s+)(?:Of|Among(?:st)?|Out\s+of)\s+(?:those|these|them)\s+[^.;!?\d]{1,80}\Z")


def _share_of_count_before(qs: list[Quantity], before: list[Quantity], prose: str) -> Share | None:
    """A part and its share ("212 came — barely 40 percent", "212 turned up, or 40%") in a sentence that gives
    no whole: the whole is the one count of the sentence before, when it is the only figure there and larger."""
    if len(qs) != 2 or len(before) != 1:
        return None
    part, whole = qs[0], before[0]
    for q in (part, whole):
        if q.kind != "number" or not is_single(q) or is_age(q, prose) or is_fraction_rate(q):
            return None
    if whole.value <= part.value or part.value < 2:
        return None
    if _OF_AFTER.match(prose, part.end) or _ANOTHER_PLACE.search(prose, max(0, part.start - 60), part.start) \
            or _OWN_WHOLE_LEAD.search(prose, max(0, part.start - 90), part.start):
        return None     # "412 of the schools", "In Turkana, 412 ...", "Of those who voted in the capital, 412":
                        # a whole of its own, or another place's
    if _TALLY_AFTER.match(prose, part.end) or _TALLY_AFTER.match(prose, whole.end):
        return None     # "took 942 votes (2.1 per cent)": a share of the votes cast, not of a rival's tally
    pct = _share_percent(qs, 1, part.end, prose)
    if pct is None or _PCT_GOES_ON.match(prose, pct.end):
        return None
    return Share(part, whole, pct, False)


# "... 14,499 passed, or 84.1%. That compares with 78.5% last year, a gain of 5.6 points.": the level
# is the last figure of the sentence before, the base and the change are said after "That".
_COMPARED_BACK = regex.compile(
    r"(?:That|This|It)\s+(?:compares|compared)\s+(?:with|to)\s+|(?:That|This|It)(?:'s|\s+is|\s+was)\s+(?:up|down)\s+from\s+",
    regex.I)


def _compared_back(ordered: list[Quantity], starts: list[int], prose: str, here: tuple[int, int],
                   before: tuple[int, int], changes: list[Change]) -> None:
    lead = _COMPARED_BACK.match(prose, *here)
    if lead is None:
        return
    qs = _sentence_figures(ordered, starts, prose, *here)
    prev = _sentence_figures(ordered, starts, prose, *before)
    if not qs or not prev or qs[0].start != lead.end() or not is_single(prev[-1]) or not same_measure(prev[-1], qs[0]):
        return
    for i, c in enumerate(changes):
        if c.old is qs[0] and c.new is None and (c.rate is not None or c.delta is not None):
            changes[i] = replace(c, new=prev[-1])


class StoryFigures(list):
    """A story's figures in text order, as the relation finders are handed them, with each sentence's
    figures as the relations read them kept beside (the cross-sentence readers ask for the same sentences
    about twenty times a story). It lives only while the story's relations are found."""

    def __init__(self, figures):
        super().__init__(figures)
        self.by_sentence: dict[tuple[int, int], tuple[Quantity, ...]] = {}


def _sentence_figures(ordered: list[Quantity], starts: list[int], prose: str, s_start: int, s_end: int) -> list[Quantity]:
    """The figures of one sentence as the relations read them; kept on `ordered` when it is the story's
    StoryFigures (a plain list, as tests pass, is read afresh)."""
    kept = getattr(ordered, "by_sentence", None)
    found = kept.get((s_start, s_end)) if kept is not None else None
    if found is None:
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        qs = _rates_of_fractions(_split_joined([q for q in ordered[lo:hi] if q.end <= s_end], prose), prose, s_start, s_end)
        found = tuple(q for q in qs if q.kind in NUMERIC_KINDS and q.value is not None and not is_year_like(q))
        if kept is not None:
            kept[(s_start, s_end)] = found
    return list(found)


def _of_those(prev: list[Quantity], qs: list[Quantity], prose: str, lead_end: int,
              shares: list[Share], breakdowns: list[Breakdown]) -> None:
    """ "The list stood at 84,200. Of those, 52,620 — 62.5 per cent — ...": the whole is the one
    count (or sum) of the sentence before."""
    wholes = [q for q in prev if q.kind in ("number", "money") and is_single(q) and q.value >= 2 and not is_age(q, prose)]
    if not wholes:
        return
    whole = wholes[-1]      # "those" are the last ones counted ("sent to 4,000 ... received 1,530 replies")
    figs = [q for q in qs if q.start >= lead_end]
    if len(figs) < 2:
        return
    first, second = figs[0], figs[1]
    if len(wholes) > 1 and (not (figs[1].kind == "percent" and same_measure(first, whole))
                            or _TWO_WHENS.search(prose, wholes[0].end, whole.end)):
        return              # with several counts before, only a part and its share say which one is meant
                            # (and not when they are one count at two times: "84,200 in January and 80,000 in June")
    if same_measure(first, whole) and is_single(first) and first.value <= whole.value:
        pct = _share_percent(figs, 1, first.end, prose, whole)
        if pct is None and len(figs) == 2 and figs[1].unit == "percent" and is_single(figs[1]) \
                and _LONG_OR_SHARE.match(prose[first.end:figs[1].end]):
            pct = figs[1]   # "Of those, 412 said they wanted ... on Torggatan, or 31 per cent": its only share
        if pct is not None and len(wholes) > 1 and any(_share_near(first, w, pct) for w in wholes[:-1]):
            return          # the share fits an earlier count: it may be the one meant
        if pct is not None:
            shares.append(Share(first, whole, pct, False))
        elif (listed := _listed_parts(figs, prose, lead_end)):
            breakdowns.append(Breakdown(whole, *listed))
    elif first.kind == "percent" and first.unit == "percent" and is_single(first) and same_measure(second, whole) \
            and is_single(second) and _PCT_THEN_PART.match(prose[first.end:second.start]):
        shares.append(Share(second, whole, first, False))     # "Of those, 62.5% (52,620) ..."


_TWO_WHENS = regex.compile(r"(?<![\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|(?:19|20)\d\d|year|month|quarter|week|earlier|ago|now|today)(?![\p{L}])")
_LONG_OR_SHARE = regex.compile(r"[^.;:0-9%]{0,160}?,\s*or\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?(?=\d)", regex.I)


def _share_near(part: Quantity, whole: Quantity, pct: Quantity) -> bool:
    return whole.value > 0 and abs(part.value / whole.value * 100 - pct.value) <= 1.0 + 0.02 * abs(pct.value)


def _one_more_part(qs: list[Quantity], prev: list[Quantity], prose: str, here: tuple[int, int],
                   before: tuple[int, int], breakdowns: list[Breakdown]) -> None:
    """ "Of the 1,240, 610 were approved and 480 rejected. A further 190 are pending." (the list of the
    sentence before goes on); "Rescuers found 49 men and 31 women. Another 12 children were pulled
    out, a total of 86." (the list goes on to its stated total)."""
    part = qs[0]
    words = _PART_WORDS.match(prose, part.end)
    if not is_plain(part) or not words:
        return
    span = Span(part.start, words.end())
    if len(qs) >= 2 and not _RUNNING_TOTAL.search(prose, *here):
        total = qs[1]
        lead = _LIST_THEN_TOTAL.match(prose[part.end:total.start])
        if lead and (lead.group("said") or _TOTAL_AFTER.match(prose[total.end:total.end + 40])) and is_plain(total) \
                and total.kind in ("number", "money") and prev and not _TOTAL_PERIOD.match(prose[total.end:total.end + 50]):
            listed = _list_before(prev, total, prose, before[0])
            if listed and same_measure(part, total):
                breakdowns.append(Breakdown(total, (*listed[0], part), (*listed[1], span), stated_sum=True))
            return
    if any(q is not part and same_measure(q, part) and is_plain(q) for q in qs[1:]):
        return      # "A further 1,897 passed in Division Two, 1,604 in Division Three ...": a list of its own, which
        #             may break down one part of the list before rather than go on with it
    listed = [b for b in breakdowns if not b.stated_sum and before[0] <= b.parts[-1].start < before[1]]
    if len(listed) == 1:
        b = listed[0]
        breakdowns.remove(b)
        breakdowns.append(replace(b, parts=(*b.parts, part), part_spans=(*b.part_spans, span)))


def _rate_said_next(rate: Quantity, before: list[Change], prose: str, s_start: int,
                    p_start: int, p_end: int, prev: list[Quantity]) -> Change | None:
    """ "Revenue rose to $2.2bn from $1.8bn a year earlier. The 12 per cent increase ...": the rate
    of the one change the sentence before gave without one, said with a noun of the same direction;
    or of its two levels, each with its time ("There were 1,087 in 2023 and 1,203 in 2024.")."""
    points = _points_said(rate, prose)
    if not is_single(rate) or (rate.unit not in ("percent", "percentage point") and not points):
        return None
    noun = _RATE_NOUN_BEFORE.fullmatch(prose, s_start, rate.start)
    after = None if noun else _RATE_NOUN_AFTER.match(prose[rate.end:rate.end + 60])
    if noun is None and after is None:
        return None
    if points and (noun is not None or not after.group("points")):
        return None
    direction = _direction((noun or after).group("verb"))
    what = after.group("what") if after is not None else None
    if what and not regex.search(rf"(?<![\p{{L}}]){regex.escape(what.rstrip('s'))}", prose[p_start:p_end], regex.I):
        return None     # "The 12 per cent increase in costs": a change of something else
    open_changes = [c for c in before if c.old is not None and c.new is not None and c.rate is None
                    and c.delta is None and c.factor is None and (not c.direction or c.direction == direction)]
    if not before and not open_changes:
        open_changes = list(_two_levels(prev, prose, direction))
        if points and not open_changes:
            open_changes = list(_share_against_earlier(prev, prose, direction))
    if len(open_changes) != 1:
        return None
    if points:
        # "... 38.5%, against 29.2% five years ago. The 11.3-point gain ...": a move in points of the two shares
        change = open_changes[0]
        if change.old.kind != "percent" or change.new.kind != "percent":
            return None
        return replace(change, delta=rate, delta_points=True)
    return replace(open_changes[0], rate=rate)


_POINTS_WORD_AFTER = regex.compile(r"[\s-]+(?:percentage[\s-]+)?points?[\s-]+", regex.I)


def _points_said(q: Quantity, prose: str) -> bool:
    """A plain number followed by "points" ("The 11.3-point gain"): a move in points, if a change of shares is near."""
    return q.kind == "number" and _POINTS_WORD_AFTER.match(prose, q.end, q.end + 24) is not None


# "... 318 of 760 applicants. That is 42% of the total.": after the share, the end of the sentence or its whole named
_SHARE_NEXT_TAIL = regex.compile(
    r"\s*(?:of\s+(?:the\s+|all\s+|those\s+|them\b|these\b)?(?:total|whole|applicants?|[\p{L}-]+)?\s*)?(?:[.;]|\Z)", regex.I)


def _share_said_next(pct: Quantity, before: list[Share], prose: str) -> Iterator[Share]:
    """ "The college admitted 318 of its 760 applicants. That is 42 per cent.": the percentage of the one
    "N of M" the sentence before gave without one."""
    if not is_single(pct) or pct.unit != "percent" or not _SHARE_NEXT_TAIL.match(prose, pct.end):
        return
    open_shares = [sh for sh in before if sh.percent is None and sh.written_as_of and is_plain(sh.part)
                   and is_plain(sh.whole) and sh.part.kind == "number"]
    if len(open_shares) == 1 and len(before) == 1:
        yield replace(open_shares[0], percent=pct, written_as_of=False)


def _two_levels(figures: list[Quantity], prose: str, direction: int) -> Iterator[Change]:
    """ "There were 1,087 burglaries in 2023 and 1,203 in 2024": the sentence's only two figures of
    one measure, each with its time, and moving the way the next sentence says."""
    figs = [q for q in figures if q.kind in NUMERIC_KINDS and is_plain(q)]
    if len(figs) != 2 or not same_measure(*figs):
        return
    order = _two_times(prose, *figs)
    if not order:
        return
    old, new = figs if order > 0 else figs[::-1]
    if direction and (new.value - old.value) * direction <= 0:
        return
    yield Change(trigger=Span(figs[0].start, figs[1].end), direction=direction, old=old, new=new)


def _share_against_earlier(figures: list[Quantity], prose: str, direction: int) -> Iterator[Change]:
    """ "... or 38.5%, against 29.2% five years ago": the sentence's only two shares, the later one set against
    the earlier by a word of comparison and a word of time (for a move in points said in the next sentence)."""
    figs = [q for q in figures if q.kind == "percent" and q.unit == "percent" and is_plain(q)]
    if len(figs) != 2:
        return
    new, old = figs
    if not (_COMPARED_BEFORE.search(prose[new.end:old.start]) or _FROM_BEFORE_LEVEL.search(prose[new.end:old.start])) \
            or not _TIME_AFTER.match(prose[old.end:old.end + 40]):
        return
    if direction and (new.value - old.value) * direction <= 0:
        return
    yield Change(trigger=Span(new.start, old.end), direction=direction, old=old, new=new)


_FROM_BEFORE_LEVEL = regex.compile(r"(?:up|down)\s+from\s+\Z", regex.I)


def _remaining_shares(window: list[Quantity], qs: list[Quantity], prose: str) -> Iterator[Share]:
    """ "Of those, 52,620 ... The remaining 31,580, or 37.5 per cent": the whole is the earlier
    figure that the two parts add up to (one only)."""
    for j, rest in enumerate(qs):
        if rest.kind != "number" or not is_plain(rest) \
                or not _REMAINING.search(prose, max(0, rest.start - 24), rest.start):
            continue
        pct = _share_percent(qs, j + 1, rest.end, prose)
        if pct is None:
            continue
        earlier = [q for q in window if q.end <= rest.start and q.kind == "number" and is_plain(q)]
        found = [(part, whole) for whole in earlier for part in earlier
                 if part is not whole and part.start < rest.start and whole.value > max(part.value, rest.value)
                 and abs(part.value + rest.value - whole.value) <= precision_of(part) + precision_of(rest)
                 + precision_of(whole)]
        if len(found) == 1:
            yield Share(rest, found[0][1], pct, False)


# -- a total said of named parts, each given its figure after ------------------------------
# "Guanajuato, Baja California and the State of Mexico together recorded 3,180 victims. Guanajuato
# ... topped the list with 1,240. Baja California followed with 980, and the State of Mexico ...
# recorded 760." The names are the parts: when each, in the next sentences, comes with one figure of
# the total's measure (and of its noun, if it names one), those figures must add up to the total.

_TOGETHER = regex.compile(r"(?<![\p{L}])(?:together|combined|jointly|between\s+them)(?![\p{L}])", regex.I)
_NAME = r"(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|del|do|da|dos|das|la|el)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}"
_NAMED_LIST = regex.compile(rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})(?P<gap>[^\d.;:]{{0,50}}?)\Z")
_NAME_GAP_OK = regex.compile(r"\A\s+(?:(?:together|combined|jointly)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+\Z")
_PART_TIME = regex.compile(r"(?<![\p{L}])(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|previous|earlier|ago|in\s+(?:19|20)\d\d)"
                           r"(?![\p{L}])", regex.I)


def _named_totals(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator[Breakdown]:
    prose = story.doc.prose
    if not any(w in prose for w in ("together", "ombined", "jointly", "between them")):
        return
    sentences = story.doc.sentences()
    for k, (s_start, s_end) in enumerate(sentences[:-1]):
        cue = _TOGETHER.search(prose, s_start, s_end)
        if cue is None:
            continue
        qs = _sentence_figures(ordered, starts, prose, s_start, s_end)
        total = next((q for q in qs if q.start > s_start and q.kind in ("number", "money", "physical")), None)
        if total is None or not is_plain(total) or total.value < 2:
            continue
        listed = _NAMED_LIST.search(prose, s_start, total.start)
        # the cue said of the list and its total: "A, B and C together recorded T", "... T cases between them"
        if listed is None or not (_NAME_GAP_OK.match(listed.group("gap") + " ")
                                  and (cue.start() < total.start or _TOTAL_AFTER.match(prose[total.end:total.end + 40]))):
            continue
        names = [" ".join(n.split()) for n in regex.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("names"))]
        names = [n[4:] if n.startswith("the ") else n for n in names]
        if len(names) < 2 or len(set(names)) != len(names):
            continue
        found = _parts_named(names, total, ordered, starts, prose, sentences[k + 1:k + 4])
        if found:
            parts, spans = found
            yield Breakdown(total, parts, spans, stated_sum=True)


def _parts_named(names: list[str], total: Quantity, ordered: list[Quantity], starts: list[int], prose: str,
                 after: list[tuple[int, int]]) -> tuple | None:
    """Each name's one figure in the sentences `after`: the first mention of the name, up to the next
    listed name or the sentence's end, must hold exactly one figure, of the total's measure and noun."""
    if not after:
        return None
    w_start, w_end = after[0][0], after[-1][1]
    mentions = []
    for name in names:
        m = regex.search(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", prose[w_start:w_end])
        if m is None:
            return None
        mentions.append((w_start + m.start(), w_start + m.end()))
    noun = _head_words(prose, total.end, 2) - _TOTAL_ONLY
    parts, spans = [], []
    for at, end in mentions:
        s_start, s_end = next(s for s in after if s[0] <= at < s[1])
        stop = min([a for a, _ in mentions if at < a < s_end] + [s_end])
        if _PART_TIME.search(prose, end, stop) or _PARTIAL_LEAD.search(prose, end, stop):
            return None     # "Kano recorded 1,240 last year": another period; "including 1,240 children": some of it
        figs = [q for q in _sentence_figures(ordered, starts, prose, s_start, s_end) if end <= q.start and q.end <= stop]
        if len(figs) != 1 or not is_plain(figs[0]) or not same_measure(figs[0], total):
            return None
        its = _head_words(prose, figs[0].end, 2, stop)
        if its and noun and not (its & noun) and regex.match(r"\s+\p{L}", prose[figs[0].end:figs[0].end + 3]):
            return None     # "Kano has 44 local government areas": a count of something else
        parts.append(figs[0])
        spans.append(Span(figs[0].start, figs[0].end))
    return tuple(parts), tuple(spans)


# -- a total after its parts, in a sentence of its own -------------------------------------------
# "Vasconcelos received 91,406 votes, or 50.1%. ... took 62,118 votes (34.1%) ... with 21,870 votes,
# and ..., with 6,928. In all, 182,322 valid votes were cast." The earlier figures of the total's noun
# may be only some of it (the minor candidates left out), so the sum is compared with the total only
# when the copy shows the list is whole: every share given with a part is a share of the parts' sum,
# and at least one of them cannot be a share of the stated total.

_ALL_OPEN = regex.compile(r"(?:In\s+all|In\s+total|Altogether|All\s+told|(?:That|This)\s+makes)(?![\p{L}])")
_ALL_OPEN_INITIALS = ("I", "A", "T")     # what every _ALL_OPEN match opens with (it has no I flag)
_ALL_LEAD = regex.compile(r"(?:In\s+all|In\s+total|Altogether|All\s+told|(?P<makes>(?:That|This)\s+makes))\s*,?\s*"
                          r"(?:[\p{L}'’-]+\s+){0,4}?(?:some\s+)?\Z")
_NOT_A_PART = regex.compile(
    r"(?<![\p{L}])(?:(?:difference|margin|majority|lead|gap|deficit|surplus|swing)\s+of|by|than|ahead\s+by|"
    r"short\s+by)\s+\Z", regex.I)
_MORE_AFTER = regex.compile(r"\A\s+(?:[\p{L}-]+\s+)?(?:more|fewer|less)(?![\p{L}])", regex.I)
_PART_SHARE_GAP = regex.compile(r"\A(?:\s+[\p{L}-]+){0,2}?\s*(?:,\s*or\s+|\(\s*)\Z", regex.I)
_SOME_OF_TOTAL = regex.compile(r"(?<![\p{L}])(?:including|of\s+which|of\s+whom|among\s+them|besides|excluding|plus)(?![\p{L}])",
                               regex.I)


def _totals_after_parts(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator[Breakdown]:
    prose = story.doc.prose
    if not any(w in prose for w in ("In all", "In total", "Altogether", "All told", "total", "makes")):
        return
    sentences = story.doc.sentences()
    for k in range(1, len(sentences)):
        s_start, s_end = sentences[k]
        if not (prose[s_start:s_start + 1] in _ALL_OPEN_INITIALS and _ALL_OPEN.match(prose, s_start, s_end)) \
                and "total" not in prose[s_start:s_end]:
            continue
        qs = _sentence_figures(ordered, starts, prose, s_start, s_end)
        total = next((q for q in qs if q.kind in ("number", "money", "physical")), None)
        if total is None or not is_plain(total) or sum(same_measure(q, total) for q in qs) != 1:
            continue
        lead = _ALL_LEAD.fullmatch(prose, s_start, total.start)
        if not (lead or _TOTAL_BEFORE.search(prose, s_start, total.start)) \
                or _SOME_OF_TOTAL.search(prose, s_start, s_end) or _RUNNING_TOTAL.search(prose, s_start, s_end):
            continue
        if _another_year(ordered, starts, sentences, k):
            continue    # "... 11,338 units of exports. The company had sold a total of 121,712 units in July 2015."
        # "The ministry hired 1,415 nurses, 1,060 midwives and 835 clinical officers. In all, 3,310 ...":
        # the sentence before is one list, whole by its "and"
        listed = _list_just_before(total, prose, _sentence_figures(ordered, starts, prose, *sentences[k - 1]),
                                   sentences[k - 1], (s_start, s_end), lead is not None and lead.group("makes") is not None)
        if listed:
            yield Breakdown(total, *listed, stated_sum=True)
            continue
        noun = _head_words(prose, total.end, 2, s_end) - _TOTAL_ONLY
        if not noun and total.kind != "money":
            continue    # a count must say what it counts; an amount has its currency
        found = _parts_before(total, noun, ordered, starts, prose, sentences[max(0, k - 4):k])
        if found:
            yield Breakdown(total, found, tuple(Span(q.start, q.end) for q in found), stated_sum=True)


def _years_in(ordered: list[Quantity], starts: list[int], lo: int, hi: int) -> set[int]:
    return {q.date.year if q.date is not None else int(q.value)
            for q in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
            if (q.kind == "date" and q.date is not None) or is_year_like(q)}


def _another_year(ordered: list[Quantity], starts: list[int], sentences, k: int) -> bool:
    """The total's sentence names a year, and the last year said before it (within the parts' sentences and
    the one before them) is another: the total is of another time than its parts."""
    here = _years_in(ordered, starts, *sentences[k])
    if not here:
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        there = _years_in(ordered, starts, *sentences[j])
        if there:
            return here.isdisjoint(there)
    return False


def _list_just_before(total: Quantity, prose: str, figs: list[Quantity], before: tuple[int, int],
                      here: tuple[int, int], makes: bool) -> tuple | None:
    """The list that makes up the sentence before, when all its figures of the total's measure are the
    list's and the total's sentence says what they did ("were hired" after "hired"; "That makes" says it)."""
    figs = [q for q in figs if same_measure(q, total)]
    if len(figs) < 2 or _RUNNING_TOTAL.search(prose, *before) or _PARTIAL_LEAD.search(prose, *before):
        return None
    listed = _list_before(figs, total, prose, before[0])
    if not listed or len(listed[0]) != len(figs):
        return None
    if not makes:
        words = lambda a, b: {w.lower()[:5] for w in _WORDS.findall(prose[a:b]) if w.lower() not in _CLASS_STOP and len(w) > 3}
        if not words(total.end, here[1]) & words(before[0], before[1]):
            return None     # "... were arrested. In all, 27 people were questioned.": another count
    return listed


def _parts_before(total: Quantity, noun: set[str], ordered: list[Quantity], starts: list[int], prose: str,
                  before: list[tuple[int, int]]) -> tuple[Quantity, ...] | None:
    parts: list[Quantity] = []
    shares: list[tuple[Quantity, Quantity]] = []
    named = False
    for s_start, s_end in before:
        figs = _sentence_figures(ordered, starts, prose, s_start, s_end)
        for j, q in enumerate(figs):
            if not same_measure(q, total) or not is_plain(q) or q.value >= total.value:
                continue
            if _NOT_A_PART.search(prose, max(s_start, q.start - 24), q.start) or _MORE_AFTER.match(prose[q.end:q.end + 20]):
                continue
            its = _head_words(prose, q.end, 2, s_end)
            if noun and its and regex.match(r"\s+\p{L}", prose[q.end:q.end + 3]):
                if not its & noun:
                    continue     # "612 electronic voting machines": a count of something else
                named = True
            parts.append(q)
            nxt = figs[j + 1] if j + 1 < len(figs) else None
            if nxt is not None and nxt.kind == "percent" and nxt.unit == "percent" and is_plain(nxt) \
                    and _PART_SHARE_GAP.match(prose[q.end:nxt.start]):
                shares.append((q, nxt))
    if len(parts) < 2 or (noun and not named) or not shares:
        return None
    whole = sum(q.value for q in parts)
    if abs(whole - total.value) <= sum(precision_of(q) for q in parts) + precision_of(total):
        return None

    def fits(part: Quantity, pct: Quantity, base: float) -> bool:
        return abs(part.value / base * 100 - pct.value) <= precision_of(pct) + 0.05

    if all(fits(q, pct, whole) for q, pct in shares) and any(not fits(q, pct, total.value) for q, pct in shares):
        return tuple(parts)
    return None

