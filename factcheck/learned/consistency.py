"""Candidates for the learned consistency scorer: one thing given two different values.

A candidate is an ordered pair of figures — an earlier mention and a later one —
of the same kind and unit whose values differ beyond their written precision.
The finding would point at the later figure, with the earlier as its partner.

Most pairs of figures in a story are two different things, so the generator
first keeps only pairs whose values stand in a relation a slip leaves behind
(digits swapped, one digit wrong or added, a factor of ten, or values within
half of each other) and that sit in different sentences: on corpus/ every
planted slip's pair passes both tests, and they drop about three pairs in four
before anything is read around the figures. Only then are the figures' words
read, once per figure, from the story's own cached reading (`subjects.measures`:
the noun each figure counts, its sentence's time words and changes, whose it
is) and from a few words either side.

The signals then say how the two values relate, whether the two mentions name
the same thing (same counted noun, same word after, shared words nearby), what
separates them (sentences, paragraphs, other figures of the kind, change words)
and — because the prototype's false alarms on real news were all two things
measured alike — what role each figure plays: the dead or the injured, a
depth or a distance, a rank ("the 14th seat") or a count, a part ("a tranche",
"a further") or the whole.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right

from ..claims import is_year_like
from ..model import Quantity
from ..ruletypes.base import Story
from ..subjects import measures
from .candidate import Candidate

_KINDS = frozenset(("number", "money", "physical"))

# scripts/train_scorer.py's forest for this generator: 40 stronger trees score about five times
# faster than the default 200 for 0.3 points of cross-validated recall.
TRAINING = dict(max_iter=40, learning_rate=0.2)

FEATURES: tuple[str, ...] = (
    # how the two values relate
    "ratio of the values, log",
    "a factor of ten between them",
    "digits swapped",
    "one digit wrong",
    "one digit added or dropped",
    "later value larger",
    "size of the earlier value, log10",
    "both round numbers",
    "a value under 13",
    # kind of figure
    "money",
    "physical measure",
    # do the two mentions name one thing
    "same counted noun (1 yes, 0 no, -1 unknown)",
    "counted nouns known (0, 1 or 2)",
    "same word after the figures",
    "same noun phrase",
    "words shared near the figures",
    "same role word (dead/injured/missing ...; 1 yes, 0 no, -1 none)",
    "same measure role (depth/distance/length/height; 1 yes, 0 no, -1 none)",
    "a rank beside either figure (14th, No 3)",
    # what separates them
    "sentences apart",
    "paragraphs apart",
    "characters apart, log",
    "figures of the kind between them",
    "earlier is the story's first of its kind",
    "figures of this kind and unit in the story",
    "times the earlier value is given",
    "times the later value is given",
    "change words between them",
    # how each mention is written
    "later refers back (the, its, all)",
    "earlier refers back",
    "later hedged",
    "earlier hedged",
    "part or other word by the later figure",
    "part or other word by the earlier figure",
    "later in a list",
    "earlier in a list",
    "change word by the later figure",
    "change word by the earlier figure",
    "another time by the later figure",
    "another time by the earlier figure",
    "plan or forecast by the later figure",
    "years of the two sentences differ (1 yes, 0 no, -1 unknown)",
    "owners or countries differ (1 yes, 0 no, -1 unknown)",
)

# words that make a figure a part, a rate or another instance of its thing
_PART = frozenset("""
another second third new separate additional other more further extra each per every average both remaining rest
tranche tranches instalment installment instalments installments phase stage batch round portion share first last
initial final latest previous earlier former existing current original including among whom which those them
""".split())
# words a change is told with (the story moved the figure, so two values can both be right)
_CHANGE = frozenset("""
rose risen rise rises rising increased increase increases decreased fell fallen falls dropped declined grew grown
revised updated now climbed jumped surged doubled cut reduced expanded raised lowered compared from since
originally initially previously later latest then added total overall combined so
""".split())
# a figure's role among alike figures: the first of these within a few words names it
# words that put a figure in another time, or make it a plan ("last year", "by 2030", "is expected to")
_TIME = frozenset("""
year years ago last previous previously earlier since until before former originally initially month months decade
week weeks season record history yesterday
""".split())
_PLAN = frozenset("will would could may might expected planned plans plan target aims aim forecast projected "
                  "proposed".split())
_ROLE = {
    **dict.fromkeys("killed dead death deaths died dying fatalities bodies toll lives perished drowned victims".split(),
                    1),
    **dict.fromkeys("injured injuries injury hurt wounded hospitalised hospitalized casualties".split(), 2),
    **dict.fromkeys("missing trapped unaccounted rescued evacuated displaced homeless stranded".split(), 3),
    **dict.fromkeys("arrested detained held charged convicted".split(), 4),
    **dict.fromkeys("jobs workers employees staff employed hired".split(), 5),
    **dict.fromkeys("seats seat beds bed rooms places capacity".split(), 6),
    **dict.fromkeys("votes voters ballots".split(), 7),
}
# what a length measures, from the word after it ("10 km deep", "70 km from Tokyo", "a 12 km road")
_MEASURE_ROLE = {
    **dict.fromkeys("deep depth below beneath underground underwater".split(), 1),
    **dict.fromkeys("from away off north south east west northeast northwest southeast southwest "
                    "north-east north-west south-east south-west outside".split(), 2),
    **dict.fromkeys("long length stretch road line route pipeline track railway highway corridor border".split(), 3),
    **dict.fromkeys("high tall height altitude elevation above".split(), 4),
    **dict.fromkeys("wide width across".split(), 5),
}
# nouns that make a figure a part of its thing
_PORTION = frozenset("stretch stretches section sections segment segments portion portions part parts phase phases "
                     "leg legs tranche tranches instalment installment stage stages batch lot share".split())
# an owner marked as another, before the figure: "the neighbouring district's", "a rival firm's"
_ELSEWHERE = frozenset("neighbouring neighboring nearby adjacent rival sister parent old former existing".split())
# readings that move rather than sizes of a thing: temperatures, speeds, flows ("49°C" ... "the 47°C")
_READING = re.compile(r"degree|\bper\b|/")
_BACK = frozenset("the its their this these those all both his her our".split())
_HEDGES = ("about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "estimated")
_STOP = frozenset("""
the a an of in on at to for and or but with by from as is was were be been are has had have that this these those it
its their his her they he she which who said says will would per cent percent than more less about some over under
into after before up down all also not no new million billion thousand
""".split())
_PUNCT = ".,;:()\"'“”‘’!?"


def candidates(story: Story) -> list[Candidate]:
    """Every pair of alike figures (earlier, later) whose values a slip could explain, with its signals."""
    groups = _alike_figures(story)
    if not groups:
        return []
    low = story.lowered_prose()
    out = []
    for group in groups:
        pairs = _related_pairs(group, low)
        if not pairs:
            continue
        values: dict[float, int] = {}         # how often each value is given among the group's figures
        for f in group:
            values[f.q.value] = values.get(f.q.value, 0) + 1
        for f in {f for pair in pairs for f in pair}:
            f.read_words(story, low)
        out += [_candidate(low, a, b, len(group), values) for a, b in pairs
                if not (_roles_differ(a.words, b.words) or _owners_differ(a.words, b.words)
                        or _hedged_or_other_year(a.words, b.words) or _part_and_whole(a.words, b.words))]
    return out


class _Figure:
    """A figure with the reading the story already holds for it (`subjects.measures`)."""

    __slots__ = ("q", "measure", "index", "digits", "sorted_digits", "words")

    def __init__(self, measure, index: int):
        self.measure = measure
        self.q = measure.quantity
        self.index = index            # its place among the story's figures of that kind and unit
        self.digits: str | None = None       # read on first need: most figures are never compared by digits
        self.sorted_digits = ""
        self.words: _Words | None = None

    def read_digits(self) -> None:
        q = self.q
        text = q.text if q.number_span is None else story_text_at(q, q.number_span)
        self.digits = "".join(ch for ch in text if ch.isdigit())
        self.sorted_digits = "".join(sorted(self.digits))

    def read_words(self, story: Story, low: str) -> None:
        self.words = _Words(story, self, low)


def story_text_at(q: Quantity, span: tuple[int, int]) -> str:
    """The numeral of a quantity (number_span is in document offsets; the quantity's text starts at q.start)."""
    s, e = span[0] - q.start, span[1] - q.start
    return q.text[s:e] if 0 <= s <= e <= len(q.text) else q.text


def _alike_figures(story: Story) -> list[list[_Figure]]:
    """The story's counts, amounts and measures (no years, percentages or durations) grouped by kind and
    unit, groups of one left out. Percentages and durations are left out because none of the slips planted in
    corpus/ is one, and real copy has many of them that differ for good reasons."""
    body = story.doc.body_start
    groups: dict[tuple, list] = {}
    for m in measures(story):
        q = m.quantity
        kind = q.kind
        if kind not in _KINDS or q.start < body:
            continue
        v = q.value
        if v is None or v <= 0 or (kind == "number" and 1800 <= v <= 2100 and is_year_like(q)):
            continue
        if kind == "physical" and _READING.search(q.unit or ""):
            continue
        key = (kind, q.unit)
        group = groups.get(key)
        if group is None:
            groups[key] = [m]
        else:
            group.append(m)
    out = []
    for ms in groups.values():
        if len(ms) > 1:
            out.append([_Figure(m, k) for k, m in enumerate(ms)])
    return out


def _related_pairs(group: list[_Figure], low: str) -> list[tuple[_Figure, _Figure]]:
    """(earlier, later) alike figures in different sentences whose values a slip could explain, the later
    referring back to something already named ("the", "its", "all") or counting a known noun."""
    pairs = []
    rows = [(f, f.q.start, f.q.end, f.q.value, f.q.precision, f.measure.sentence) for f in group]
    for j in range(1, len(rows)):
        b, start, _, vb, pb, sb = rows[j]
        m = b.measure
        if not (m.definite or m.subject is not None or _definite_before(low, start)):
            continue          # per figure, before its pairs: most later figures stop here
        for a, _, end, va, pa, sa in rows[:j]:
            if sa == sb or end > start:
                continue
            if abs(va - vb) <= max(pa, pb, 1e-9 * va):
                continue
            if (va < 1.5 * vb and vb < 1.5 * va) or _slip_like(a, b, va, vb):
                pairs.append((a, b))
    return pairs


def _refers_back(f: _Figure, low: str) -> bool:
    """The later mention of a thing: "the/its/all 5,400 workers", or a figure of a noun the story counts.

    On corpus/ this keeps 315 of the 325 planted slips that have a candidate, and a sixth of the pairs."""
    m = f.measure
    return m.definite or m.subject is not None or _definite_before(low, f.q.start)


def _definite_before(low: str, start: int) -> bool:
    """ "the", "its", "all" ... or a possessive within the two words before the figure."""
    for w in low[max(0, start - 24):start].rsplit(None, 2)[-2:]:
        if w in _BACK or w.endswith("'s"):
            return True
    return False


def _slip_like(a: _Figure, b: _Figure, va: float, vb: float) -> bool:
    """Values a slip leaves behind: within half of each other, digits swapped, a factor of ten, one digit
    wrong, added or dropped (on corpus/ every planted slip's pair is one of these)."""
    ratio = va / vb if va > vb else vb / va
    if ratio < 1.5:
        return True
    if _tenfold(ratio):
        return True
    if a.digits is None:
        a.read_digits()
    if b.digits is None:
        b.read_digits()
    if a.sorted_digits == b.sorted_digits and a.digits:
        return True
    # one digit wrong, added or dropped, in figures of two digits or more: any two single digits differ by
    # one ("3" and "7"), and "5" ... "15" is as often two things as a slip (on corpus/, 9 slips among 566 pairs)
    return min(len(a.digits), len(b.digits)) > 1 and _one_digit_apart(a.digits, b.digits) > 0


def _tenfold(ratio: float) -> bool:
    power = math.log10(ratio)
    return abs(power - round(power)) < 1e-6


def _one_digit_apart(x: str, y: str) -> int:
    """1 when one digit differs, 2 when one digit was added or dropped, 0 otherwise."""
    n, m = len(x), len(y)
    if n == m:
        k = 0
        while k < n and x[k] == y[k]:
            k += 1
        return 1 if k < n and x[k + 1:] == y[k + 1:] else 0
    if n - m in (1, -1):
        short, long = (x, y) if n < m else (y, x)
        k = 0
        while k < len(short) and short[k] == long[k]:
            k += 1
        return 2 if long[k + 1:] == short[k:] else 0
    return 0


class _Words:
    """What is read around one figure: a few words either side and its measure's reading."""

    __slots__ = ("before", "after", "near", "role", "measure_role", "rank", "part", "listed", "definite",
                 "hedged", "subject", "phrase", "change", "time", "plan", "year", "owner", "countries",
                 "paragraph", "sentence", "elsewhere", "portion")

    def __init__(self, story: Story, f: _Figure, low: str):
        q, measure = f.q, f.measure
        raw_before = low[max(story.doc.body_start, q.start - 45):q.start].split()[1:]   # the first may be cut
        raw_after = low[q.end:q.end + 45].split()[:-1]                                  # in half, so the last
        before = [w.strip(_PUNCT) for w in raw_before]
        after = [w.strip(_PUNCT) for w in raw_after]
        self.before, self.after = before, after
        self.near = {w for w in before[-5:] + after[:5] if len(w) > 2 and w not in _STOP}
        self.role = _first_role(after[:5], before[-4:], _ROLE)
        self.measure_role = _first_role(after[:2], before[-3:], _MEASURE_ROLE)   # "10 km deep", "a depth of 10 km"
        self.rank = float(low[q.end:q.end + 2] in ("st", "nd", "rd", "th") or before[-1:] in (["no"], ["number"]))
        self.elsewhere = not _ELSEWHERE.isdisjoint(before[-4:])
        self.portion = not _PORTION.isdisjoint(after[:2])
        self.part = float(sum(1 for w in before[-3:] + after[:3] if w in _PART))
        # "12 schools, 40 clinics and ...": a comma right before, or within the next two words
        self.listed = float(bool(raw_before) and raw_before[-1][-1:] in ",;" or
                            (bool(raw_before) and raw_before[-1] == "and" and len(raw_before) > 1 and
                             raw_before[-2][-1:] == ",") or any(w[-1:] in ",;" for w in raw_after[:2]))
        self.definite = float(bool(before) and (before[-1] in _BACK or (len(before) > 1 and before[-2] in _BACK)
                                                or before[-1].endswith("'s")))
        self.hedged = float(bool(q.hedge) or q.approximate or (bool(before) and before[-1] in _HEDGES))
        self.paragraph = story.doc.text.count("\n\n", 0, q.start)
        self.sentence = bisect_right(story.doc.sentence_starts(), q.start) - 1
        self.subject, self.phrase = measure.subject, measure.phrase or None
        self.definite = max(self.definite, float(measure.definite))
        # the sentence's own time words (`measure.changing`, `.shifted`) cost a reading per sentence that
        # other rules rarely ask for; six words either side say most of it for nothing
        window = before[-6:] + after[:6]
        self.change = float(len(_CHANGE.intersection(window)))
        self.time = float(not _TIME.isdisjoint(window) or any(len(w) == 4 and w.isdigit() for w in window))
        self.plan = float(not _PLAN.isdisjoint(window))
        self.year, self.owner, self.countries = measure.year, measure.owner, measure.countries


def _owners_differ(wa: "_Words", wb: "_Words") -> bool:
    """One figure marked as another owner's ("the neighbouring district's 2,600 nurses") and the other not."""
    return wa.elsewhere != wb.elsewhere


def _hedged_or_other_year(wa: "_Words", wb: "_Words") -> bool:
    """The later figure hedged ("some 5,600") or compared ("higher than the 419 deaths"), or the two figures in
    different years or countries: on corpus/ almost no planted slip is any of these (3 of 309), and near
    misses of these shapes are common."""
    return bool(wb.hedged) or "than" in wb.before[-3:] or bool(wa.year and wb.year and wa.year != wb.year) or \
        bool(wa.countries and wb.countries and not set(wa.countries) & set(wb.countries))


def _part_and_whole(wa: "_Words", wb: "_Words") -> bool:
    """One figure names a part of its thing by the noun after it ("the 30km stretch", "a 90km section") and the
    other does not: a part and its whole, not one thing given twice."""
    return wa.portion != wb.portion


def _roles_differ(wa: "_Words", wb: "_Words") -> bool:
    """Two roles told apart in words: the dead and the injured, a depth and a distance. Such pairs are two
    things, not one given twice (on corpus/ no planted slip is one); the real-news false alarms of the
    prototype were of this kind, and the trees, seeing few of them, would not learn it."""
    return (wa.role != wb.role and wa.role and wb.role) or \
        (wa.measure_role != wb.measure_role and wa.measure_role and wb.measure_role)


def _first_role(after: list[str], before: list[str], roles: dict[str, int]) -> int:
    """The role the nearest role word gives: the words after the figure first, then those before it."""
    for w in after:
        if w in roles:
            return roles[w]
    for w in reversed(before):
        if w in roles:
            return roles[w]
    return 0


def _same(x, y) -> float:
    """1 when both are known and equal, 0 when both are known and differ, -1 when either is unknown."""
    if not x or not y:
        return -1.0
    return float(x == y)


def _round(v: float) -> bool:
    if v < 1:
        return False
    scale = 10 ** int(math.floor(math.log10(v)))
    return v == round(v / scale) * scale


def _candidate(low: str, a: _Figure, b: _Figure, size: int, values: dict) -> Candidate:
    """The pair's signals, in FEATURES' order, and the facts a finding explains itself with."""
    qa, qb, wa, wb = a.q, b.q, a.words, b.words
    va, vb = qa.value, qb.value
    ratio = va / vb if va > vb else vb / va
    between = low[max(qa.end, qb.start - 300):qb.start]        # the last 300 characters before the later
    change_between = len(_CHANGE.intersection(between.split()))     # distinct change words
    for f in (a, b):
        if f.digits is None:
            f.read_digits()
    apart = _one_digit_apart(a.digits, b.digits)
    if wa.year and wb.year:
        years = float(wa.year != wb.year)
    else:
        years = -1.0
    if wa.owner and wb.owner:
        owners = float(wa.owner != wb.owner)
    elif wa.countries and wb.countries:
        owners = float(not set(wa.countries) & set(wb.countries))
    else:
        owners = -1.0
    signals = (
        math.log(ratio),
        float(_tenfold(ratio)),
        float(a.sorted_digits == b.sorted_digits and a.digits != b.digits),
        float(apart == 1),
        float(apart == 2),
        float(vb > va),
        math.log10(va),
        float(_round(va) and _round(vb)),
        float(max(va, vb) < 13),
        float(qa.kind == "money"),
        float(qa.kind == "physical"),
        _same(wa.subject, wb.subject),
        float(bool(wa.subject) + bool(wb.subject)),
        float(bool(wa.after) and wa.after[:1] == wb.after[:1]),
        _same(wa.phrase, wb.phrase),
        float(len(wa.near & wb.near)),
        _same(wa.role, wb.role),
        _same(wa.measure_role, wb.measure_role),
        max(wa.rank, wb.rank),
        float(wb.sentence - wa.sentence),
        float(wb.paragraph - wa.paragraph),
        math.log1p(qb.start - qa.end),
        float(b.index - a.index - 1),
        float(a.index == 0),
        float(size),
        float(values[va]),
        float(values[vb]),
        float(change_between),
        wb.definite,
        wa.definite,
        wb.hedged,
        wa.hedged,
        wb.part,
        wa.part,
        wb.listed,
        wa.listed,
        wb.change,
        wa.change,
        wb.time,
        wa.time,
        wb.plan,
        years,
        owners,
    )
    facts = {
        "value": qb.text, "partner": qa.text, "partner_value": va, "later_value": vb,
        "sentences_apart": wb.sentence - wa.sentence, "subject": wb.subject or wa.subject,
        "noun": (wb.after[:1] or [""])[0] if wa.after[:1] == wb.after[:1] else "",
        "paragraphs_apart": wb.paragraph - wa.paragraph,
    }
    # the figure with its noun where the story's reading has one ("72 homes"), as the hand rules point at it:
    # a finding of theirs on the same words then stands for both
    span, partner = b.measure.span or qb.span, a.measure.span or qa.span
    return Candidate(span=span, related=(partner,), signals=signals, facts=facts)
