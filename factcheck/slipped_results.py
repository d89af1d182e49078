"""A stated margin or average that fits none of the figures around it, while a typing slip of it fits two of them.

"Rotich finished second in 1:01:49 ... Kiprono crossed the line 47 seconds clear" after "winning in 1:01:12": a
sub-editor works out 37 seconds and sees a slipped key. The frame readers of claims.py and recount.py tie a result
to its figures by the words between them; this reader decides from the anomaly itself, as slipped_rates does for
percentages, for two more kinds of result:

- a DIFFERENCE: a figure said as a margin, gap, deficit, lead or shortfall ("a deficit of N196bn", "a 17-point
  win", "47 seconds clear", "35 basis points tighter", "gained 421.80 points"), against the gap between any two
  figures of its measure around it (its sentence, the two before and the one after) that are alike in size (the
  smaller at least half the larger) and both larger than it; basis points against the gap between two
  percentages;
- an AVERAGE per unit ("3,831 tonnes a day", "6.2 tonnes per hectare", "5.47 an over") against any figure of its
  measure divided by a count of that unit around it ("over the 181 days", "48,600 ha", "in 50 overs").

A result that fits some pair to the rounding written is explained and left alone. One that fits none, while
exactly one value its pairs give is the result with one digit changed or two neighbouring digits swapped, is
reported with that value: a wrong figure that happens to be a typing slip of a right one is a slip.

Small numbers slip into each other too easily for that to say anything: a margin that is a bare count needs three
significant digits ("985 votes", "412.80 points"; a "17-point win" among a rugby story's scores is read by
nothing); an amount of money or of a unit ("€9.2m ... higher than", "47 seconds"), basis points and an average need
two (an average a count of its unit written in digits). A figure in
a score ("a 31-24 win") is neither a result nor a figure of one.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

import regex

from .claims import is_year_like, precision_of
from .model import Quantity
from .ruletypes.base import Story
from .slips import written_slip


@dataclass(frozen=True)
class SlippedResult:
    result: Quantity
    meant: float                     # the value the figures give, in the result's unit
    figures: tuple[Quantity, Quantity]
    relation: str                    # "difference" or "average"


# -- what a result is said as ------------------------------------------------------------------------------------
# (a funding or financing gap is what is needed beyond the money in hand, not the gap between two figures told)
_GAP_BEFORE = regex.compile(
    r"(?<![\p{L}])(?<!(?:funding|financing|investment|infrastructure)\s+)"
    r"(?:margin|gap|deficit|shortfall|difference|lead|surplus|advantage|deficit\s+of\s+just)\s+"
    r"(?:of\s+)?(?:just\s+|only\s+|some\s+|a\s+mere\s+|barely\s+)?\Z"
    r"|(?<![\p{L}])(?:won|win|wins|winning|lead|leads|led|leading|trail|trails|trailed|trailing|beat|beating)\s+by\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?\Z", regex.I)
_GAP_AFTER = regex.compile(
    r"\A[\s-]*(?:(?:points?|votes?|seats?|runs?|goals?|strokes?|seconds?|secs?|minutes?|mins?|basis\s+points?|bps?)"
    r"[\s-]+)?(?:clear|ahead|behind|short|margin|win|victory|lead|gap|deficit|tighter|wider|narrower)(?![\p{L}])",
    regex.I)
# "€9.2m, or 5.1%, higher than this year's €141.4m": the gap said against the figure it is measured from
_THAN_AFTER = regex.compile(r"\A(?:\s*,\s*or\s+[^,;]{1,25},)?\s+(?:higher|lower|more|less|bigger|smaller|larger|greater)\s+"
                            r"than(?![\p{L}])", regex.I)
_POINTS_MOVED = regex.compile(r"(?<![\p{L}])(?:(?:gained|lost|added|shed|rose|fell|climbed|dropped|jumped|slid|"
                              r"declined|advanced|retreated)\s+(?:by\s+)?|"
                              # "a gain of 2,850 points", "a fall of 412.8 points"
                              r"(?:gain|loss|rise|fall|drop|decline|jump|slide|advance|move)\s+of\s+)\Z", regex.I)
_POINTS_AFTER = regex.compile(r"\A\s*(?:points?|pts)(?![\p{L}])", regex.I)
# "a day", "per hectare", "an over": what an average is of (the count it is divided by is written in the plural)
_PER_AFTER = regex.compile(r"\A(?:\s+[\p{L}]+){0,2}?\s+(?:a|an|per|each)\s+(?P<per>day|week|month|year|hectare|"
                           r"acre|over|hour|match|game|night|shift|round)(?![\p{L}])", regex.I)
_PLURALS = {"day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"),
            "year": ("year", "years"), "hectare": ("hectare", "hectares", "ha"), "acre": ("acre", "acres"),
            "over": ("overs",), "hour": ("hour", "hours"), "match": ("matches",), "game": ("games",),
            "night": ("nights",), "shift": ("shifts",), "round": ("rounds",)}
_COUNT_AFTER = regex.compile(r"\A\s*(?P<noun>[\p{L}]+)", regex.I)
# "a year earlier", "a day later": a time, not "per"
_TIME_AFTER_PER = regex.compile(r"\A\s*(?:earlier|ago|later|before|after|on|since|from)(?![\p{L}])", regex.I)
# a figure of a score: "a 31-24 win", "16-10"
_SCORE_BEFORE = regex.compile(r"\d\s?[-–]\s?\Z")
_SCORE_AFTER = regex.compile(r"\A\s?[-–]\s?\d")
# a time of its own right after the result: "won by 4,274 votes in 2021", "a margin of 958 last time" (another
# occasion than the figures around it)
_ANOTHER_TIME = regex.compile(r"\A[^;,.]{0,30}?(?<![\p{L}\d])(?:(?:in|of|at)\s+(?:19|20)\d\d(?!\d)|last\s+(?:time|year|"
                              r"season|month)|(?:a|one|two|three|four|five|\d+)\s+years?\s+(?:ago|earlier|before)|"
                              r"previously|earlier|before\s+that)", regex.I)
_A_DIGIT = regex.compile(r"\d")


def slipped_results(story: Story) -> list[SlippedResult]:
    return story.memo("slipped_results", _read)


def _read(story: Story) -> list[SlippedResult]:
    prose = story.doc.prose
    low = story.lowered_prose()
    if not any(w in low for w in ("margin", "gap", "deficit", "shortfall", "difference", "lead", "clear", "ahead",
                                  "behind", "short", "win", "victory", "tighter", "wider", "narrower", "point",
                                  " by ", " a ", " an ", " per ", " each ")):
        return []
    ordered = sorted((q for q in story.quantities if q.value is not None and q.kind != "date"
                      and not is_year_like(q)), key=lambda q: q.start)
    starts = [q.start for q in ordered]
    sentences = story.doc.sentences()
    sentence_starts = story.doc.sentence_starts()
    found: list[SlippedResult] = []
    for q in ordered:
        said = _said_as(q, prose)
        if said is None or _in_score(q, prose) or _ANOTHER_TIME.match(prose[q.end:q.end + 50]):
            continue
        # (two digits for an amount of money or of a unit, or basis points: a bare count of two digits is a score)
        two_enough = q.kind in ("money", "physical") or (q.kind == "percent" and (q.unit or "").startswith("basis"))
        written = _written_number(q, prose)
        if written is None or len(written[0].lstrip("0")) < (3 if said[0] == "difference" and not two_enough else 2):
            continue
        k = bisect.bisect_right(sentence_starts, q.start) - 1
        if k < 0:
            continue
        lo = sentences[max(0, k - 2)][0]
        hi = sentences[min(len(sentences) - 1, k + 1)][1]
        around = [x for x in ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
                  if x is not q and not _in_score(x, prose)]
        relation, per = said
        if relation == "difference":
            values = list(_differences(q, around))
        else:
            values = list(_averages(q, around, prose, per))
        slipped = _the_slip(q, written, values, exact_only=relation == "average")
        if slipped is not None:
            meant, figures = slipped
            found.append(SlippedResult(q, meant, figures, relation))
    return found


_BEFORE_CUES = ("margin", "gap", "deficit", "shortfall", "difference", "lead", "surplus", "advantage", " by ",
                "trail", "gained", "lost", "added", "shed", "rose", "fell", "climbed", "dropped", "jumped", "slid",
                "declined", "advanced", "retreated", " of ")
_AFTER_CUES = ("clear", "ahead", "behind", "short", "margin", "win", "victory", "lead", "gap", "deficit", "tighter",
               "wider", "narrower", "than", " a ", " an ", "per ", "each ")

# "is one of the cues a substring?" as one scan in C (the same answer as any(w in text for w in cues), which
# tries every cue in turn for the many figures that have none)
_BEFORE_CUE_IN = re.compile("|".join(re.escape(w) for w in _BEFORE_CUES))
_AFTER_CUE_IN = re.compile("|".join(re.escape(w) for w in _AFTER_CUES))


def _said_as(q: Quantity, prose: str) -> tuple[str, str] | None:
    """("difference", "") for a margin, ("average", "day") for "N a day", else None."""
    if q.kind == "percent" and q.unit == "percent":
        return None     # a percentage's relations are slipped_rates'
    before = prose[max(0, q.start - 40):q.start]
    after = prose[q.end:q.end + 40]
    # cheap first (most figures are said as none): every pattern below needs one of these words
    low_before, low_after = before.lower(), after.lower()
    if not _BEFORE_CUE_IN.search(low_before) and not _AFTER_CUE_IN.search(low_after) \
            and not (q.unit and " per " in q.unit):
        return None
    if _GAP_BEFORE.search(before) or _GAP_AFTER.match(after) or _THAN_AFTER.match(after):
        return "difference", ""
    if (q.kind == "number" or q.unit == "point") and _POINTS_MOVED.search(before) and _POINTS_AFTER.match(after):
        return "difference", ""
    per = _PER_AFTER.match(after)
    if per is not None and not _TIME_AFTER_PER.match(after[per.end():]):
        return "average", per.group("per").lower()
    if q.unit and " per " in q.unit:
        return "average", q.unit.split(" per ", 1)[1]
    return None


def _in_score(q: Quantity, prose: str) -> bool:
    return bool(_SCORE_BEFORE.search(prose, max(0, q.start - 3), q.start) or _SCORE_AFTER.match(prose[q.end:q.end + 3]))


def _measure(q: Quantity) -> tuple:
    """What must be alike for two figures to be of one measure: kind and unit (a duration in seconds)."""
    if q.kind == "duration":
        return ("duration",)
    if q.kind == "percent":
        return ("percent", q.unit)
    return (q.kind, q.unit.split(" per ", 1)[0] if q.unit else None)


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def _in_units_of(q: Quantity, of: Quantity) -> float | None:
    if q.kind == "duration":
        a, b = _SECONDS.get(q.unit or ""), _SECONDS.get(of.unit or "")
        return q.value * a / b if a and b else None
    return q.value


def _differences(r: Quantity, around: list[Quantity]) -> Iterator[tuple[float, tuple[Quantity, Quantity]]]:
    basis = r.kind == "percent" and (r.unit or "").startswith("basis")
    if basis:
        figures = [x for x in around if x.kind == "percent" and x.unit == "percent"]
    else:
        figures = [x for x in around if _measure(x) == _measure(r)]
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            va, vb = (a.value, b.value) if basis else (_in_units_of(a, r), _in_units_of(b, r))
            if va is None or vb is None or va <= 0 or vb <= 0 or va == vb:
                continue
            small, large = sorted((va, vb))
            if small < large / 2:
                continue    # a gap is between two figures alike in size
            gap = (large - small) * (100 if basis else 1)
            if not basis and large <= r.value:
                continue
            yield gap, (a, b)


def _averages(r: Quantity, around: list[Quantity], prose: str, per: str) -> Iterator[tuple[float, tuple[Quantity, Quantity]]]:
    nouns = _PLURALS.get(per, ())
    counts = [x for x in around if _counts(x, prose, per, nouns)]
    if not counts:
        return
    # (an "about 1,800 trips" is no exact whole to divide: "10 trains a day in each direction, or about 1,800 trips
    # over the 90-day quarter" counts both directions)
    whole = [x for x in around if x not in counts and _measure(x)[:1] == _measure(r)[:1]
             and (r.kind != "physical" or _measure(x) == _measure(r)) and x.value > r.value]
    for n in whole:
        for d in counts:
            if d.value and d.value > 1:
                yield n.value / d.value, (n, d)


def _exact(figs: tuple[Quantity, Quantity]) -> bool:
    """May an average of these figures be the one a slip was made from? Not when one is hedged or rounded by words:
    it still explains a result that fits it, but "about 1,800 trips" is no exact whole to slip from. (A gap keeps
    its hedged ends: "guidance of around 1.87%" is the level the pricing is measured from.)"""
    return not any(f.hedge or f.approximate for f in figs)


def _counts(x: Quantity, prose: str, per: str, nouns: tuple[str, ...]) -> bool:
    """Is `x` a count of the average's unit written in digits: "181 days", "48,600 ha", "50 overs" (not "three
    years", "a year ago")?"""
    a, b = x.number_span or (x.start, x.end)
    if not _A_DIGIT.search(prose, a, b) or _TIME_AFTER_PER.match(prose[x.end:x.end + 12]):
        return False
    if "-" in prose[a:x.end] or prose[x.end:x.end + 1] == "-":
        return False    # "the 90-day quarter": a description of a thing, not a count to divide by
    if x.kind == "duration":
        return (x.unit or "") == per and x.value == int(x.value)
    if x.kind == "physical":
        return (x.unit or "") == per
    if x.kind == "number":
        noun = _COUNT_AFTER.match(prose[x.end:x.end + 20])
        return noun is not None and noun.group("noun").lower() in nouns
    return False


_NUMERAL = regex.compile(r"\d[\d,]*(?:\.(\d+))?")


def _written_number(q: Quantity, prose: str) -> tuple[str, int] | None:
    """The result's digits as written and its decimal places ("3,831" -> ("3831", 0); "5.47" -> ("547", 2))."""
    a, b = q.number_span or (q.start, q.end)
    m = _NUMERAL.search(prose, a, b)
    if m is None:
        return None
    return m.group().replace(",", "").replace(".", ""), len(m.group(1) or "")


def _the_slip(r: Quantity, written: tuple[str, int], values: list[tuple[float, tuple[Quantity, Quantity]]],
              exact_only: bool = False) -> tuple[float, tuple[Quantity, Quantity]] | None:
    if not values:
        return None
    digits, places = written
    scale = r.value / float(digits) * 10 ** places if float(digits) else 0
    if not scale:
        return None
    slack = precision_of(r) + 0.01 * abs(r.value)
    if r.hedge or r.approximate or r.low is not None:
        return None     # "about 47 seconds", "more than 17": not the exact figure a slip would be
    if any(abs(v - r.value) <= slack for v, _ in values):
        return None     # the result is some pair's: explained
    slipped: dict[str, tuple[float, tuple[Quantity, Quantity]]] = {}
    for v, figs in values:
        if exact_only and not _exact(figs):
            continue
        as_written = f"{v / scale:.{places}f}".replace(".", "")
        meant = round(v / scale, places) * scale
        # one digit changed (two digits are enough here: the reader above asks for three where chance would do)
        if written_slip(r.value, meant, digits, as_written, shortest=2):
            slipped.setdefault(as_written, (meant, figs))
    if len(slipped) != 1:
        return None     # none, or several values a slip of it could be: which was meant is not sure
    return next(iter(slipped.values()))
