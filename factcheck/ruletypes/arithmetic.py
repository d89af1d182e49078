"""arithmetic: a stated change, share, sum or multiple that does not follow from the figures beside it.

Each rule picks one `relation` from claims.py and recomputes it:

- `percent-change`: "rose from $2.1bn to $2.8bn, an increase of 12%"; "gained 2,412
  points, or 3.1pc, to close at 161,820"; "a drop of 2.4 percentage points". A
  change between two percentages stated in *percent* may be relative or in points
  (writers use both), so either reading passes; stated in *percentage points* it
  must be the difference.
- `absolute-change`: "rose 0.8 points to 20.1% from 19.3%", "fell by 63 to 240 from 303".
- `multiple`: "tripled from 31 to 62", "99 seats, nearly double the 52".
- `share`: "240 of 543 seats, or 48 per cent".
- `parts`: "Of the 64 passengers, 38 were men and 31 were women"; "70 of 64".
- `majority`: "won 340 of 543 seats, a two-thirds majority".
- `fraction-aside`: "a quarter - 40% - of the staff" (a quarter is 25%).
- `sum`: "49 men, 31 women and 12 children, a total of 86"; "a total of 86: 49 men, ...".

Rounding as written is allowed for (Quantity.precision: "3.1pc" is 3.05..3.15),
then a relative and an absolute tolerance. A change over 100% is fine.
"""
from __future__ import annotations

import math
import re

import regex
from dataclasses import replace
from typing import ClassVar, Iterator, Mapping

from ..claims import (Breakdown, Change, Comparison, FractionAside, Majority, Share, ShareList, interval, is_fraction_rate, is_plain,
                      is_single, is_year_like, noun_stem, precision_of, relations, same_measure, unit_left_out)
from ..model import Quantity, Span
from .base import Hit, Option, Rule, Story

RELATIONS = ("percent-change", "absolute-change", "multiple", "share", "parts", "majority", "shares-total", "sum",
             "remainder", "fraction-aside")
_ABOUT = ("about", "around", "roughly", "approximately", "approx", "approx.", "some", "an estimated", "estimated",
          "close to", "circa", "c.")
_NEARLY = ("nearly", "almost", "just under", "close to")
_MORE = ("more than", "over", "above", "at least", "in excess of", "upwards of", "just over", "no fewer than",
         "no less than")
_LESS = ("less than", "under", "below", "up to", "at most", "fewer than", "no more than")


class Arithmetic:
    name: ClassVar[str] = "arithmetic"
    category: ClassVar[str] = "arithmetic"
    options: ClassVar[Mapping[str, Option]] = {
        "relation": Option(str, "percent-change", "which relation to recompute", choices=RELATIONS),
        "relative_tolerance": Option(float, 0.05, "allowed difference as a fraction of the stated figure, beyond rounding"),
        "absolute_tolerance": Option(float, 0.3, "allowed difference in the stated figure's own unit, beyond rounding"),
        "hedge_tolerance": Option(float, 0.10, "extra relative allowance when the stated figure is hedged (about)"),
        "factor_tolerance": Option(float, 0.12, "allowed relative difference for doubled/tripled/halved"),
    }
    fields: ClassVar[tuple[str, ...]] = ("stated", "computed", "suggestion", "figures", "relation", "measured")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        rel = relations(story)
        for attribute, check in _CHECKS[rule.options["relation"]]:
            for relation in getattr(rel, attribute):
                yield from check(rule, story, relation)


RULE_TYPE = Arithmetic()


# -- comparing a stated figure with a computed interval -----------------------------------

def agrees(stated: Quantity, low: float, high: float, rule: Rule, *, magnitude: bool = True) -> bool:
    """Does the stated figure (with its rounding and hedge) fit the computed interval?"""
    if magnitude:
        low, high = _abs_interval(low, high)
    value = abs(stated.value) if magnitude else stated.value
    p = precision_of(stated)
    # the absolute allowance is for a writer's loose rounding of a sizeable figure; it must not swallow
    # a small one ("gained 48.3 points, or 0.9 per cent" when the move was 0.55 per cent)
    slack = rule.options["relative_tolerance"] * abs(value) + min(rule.options["absolute_tolerance"], abs(value) / 10)
    hedge = (stated.hedge or "").lower()
    if hedge in _MORE:
        return high >= value - p - slack
    if hedge in _LESS:
        return low <= value + p + slack
    if hedge in _NEARLY:
        return low <= value + p + slack and high >= value * (1 - 2 * rule.options["hedge_tolerance"]) - p - slack
    if hedge:
        slack += rule.options["hedge_tolerance"] * abs(value)
    return high >= value - p - slack and low <= value + p + slack


def _abs_interval(low: float, high: float) -> tuple[float, float]:
    if low <= 0 <= high:
        return 0.0, max(-low, high)
    return (min(abs(low), abs(high)), max(abs(low), abs(high)))


def _ratio_interval(num: tuple[float, float], den: tuple[float, float]) -> tuple[float, float] | None:
    if den[0] <= 0 <= den[1]:
        return None
    values = [n / d for n in num for d in den]
    return min(values), max(values)


def _fmt(x: float, like: Quantity | None = None) -> str:
    decimals = 1
    if like is not None:
        s, e = like.number_span or (like.start, like.end)
        digits = like.text[s - like.start:e - like.start] if like.start <= s <= e <= like.end else like.text
        decimals = len(digits.split(".")[1]) if "." in digits and digits.split(".")[1][:1].isdigit() else 0
        decimals = max(decimals, 1) if abs(x) < 100 and not float(round(x, 1)).is_integer() else decimals
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{decimals}f}"


_FRACTION_NAMES = ((50.0, "half"), (100 / 3, "a third"), (25.0, "a quarter"), (200 / 3, "two-thirds"),
                   (75.0, "three-quarters"), (20.0, "a fifth"), (40.0, "two-fifths"), (60.0, "three-fifths"),
                   (10.0, "a tenth"))


def _as_fraction(value: float) -> str:
    """A percentage in the words a fraction was written in: "a third" for 33.5, else "about 39%"."""
    for percent, name in _FRACTION_NAMES:
        if abs(value - percent) <= percent / 20:
            return name
    return f"about {value:.0f}%"


def _restyle(story: Story, q: Quantity, value: float) -> str:
    """`q` with its number replaced by `value`, in the same style ("1.5pc", "44.2 per cent")."""
    if is_fraction_rate(q):
        words = _as_fraction(value)
        return words[0].upper() + words[1:] if q.text[:1].isupper() else words
    s, e = q.number_span or (q.start, q.end)
    text = story.doc.text
    number = _fmt(value, q)
    if q.hedge:
        start = s
    else:
        start = q.start
    return text[start:s] + number + text[e:q.end]


def _hit(story: Story, span: Span, stated: Quantity | str, computed: str, suggestion: str | None,
         related: tuple[Span, ...], relation: str, figures: str, evidence: dict) -> Hit:
    stated_text = stated if isinstance(stated, str) else stated.text
    # a gap between two rivals' figures is not a move of one of them: say which it is
    measured = "a gap of" if "gap" in relation else "a change of"
    fields = {"stated": stated_text, "computed": computed, "suggestion": suggestion or computed,
              "figures": figures, "relation": relation, "measured": measured}
    return Hit(span=span, fields=fields, evidence={"relation": relation, "computed": computed, **evidence},
               suggestion=suggestion, related=related)


# -- changes -------------------------------------------------------------------------------

_NOT_ONE_MOVE = 1000.0


def _percent_change(rule: Rule, story: Story, c: Change) -> Iterator[Hit]:
    rate = c.rate
    if rate is None or not is_single(rate):
        return
    old, new, delta = c.old, c.new, c.delta
    if old is not None and new is not None:
        if _told_in_another_clause(story.doc.prose, rate, old, new, story.doc.sentence_at(min(old.start, new.start))[0]):
            return
        # a level said "about" is read with the hedge's allowance ("fell to about 530,000 tonnes from 750,000,
        # a drop of 18%"); a bound ("more than") says too little to recompute from
        o, n = _hedged_interval(old, rule), _hedged_interval(new, rule)
        o, n = _as_precise_as_its_pair(old, new, o), _as_precise_as_its_pair(new, old, n)
        if o is None or n is None or old.value == 0 or not (
                same_measure(old, new) or unit_left_out(new, old, story.doc.prose) or unit_left_out(old, new, story.doc.prose)):
            return   # (a unit left off the second level is the first's: "from 11.4 million tonnes to 9.8 million")
        if c.direction and (new.value - old.value) * c.direction < 0:
            return   # "lost 40% of its value, falling from 18.6 to 31 per dollar": an inverted measure
        if old.value and new.value and max(abs(old.value / new.value), abs(new.value / old.value)) > _NOT_ONE_MOVE:
            return   # "Revenue rose 41% to ₦612.4bn, ... a price of ₦8,600 per bag, against ₦5,900": levels a
            #          thousand times apart are two things, not the two ends of one move
        diff = (n[0] - o[1], n[1] - o[0])
        both_percent = old.kind == "percent" and new.kind == "percent"
        if rate.unit == "percentage point" and _a_band_not_a_move(story.doc.prose, rate):
            return
        if rate.unit == "percentage point":
            # a move in points between two printed shares is their difference to the rounding written and no
            # more, like a gap between rivals: "from 71% to 84%, a gain of 11 points" is no loose estimate
            strict = not rate.hedge and (c.between or (is_plain(old) and is_plain(new)))
            if not both_percent or (_gap_agrees(rate, diff) if strict else agrees(rate, *diff, rule)):
                return
            computed = abs(new.value - old.value)
            yield _hit(story, rate.span, rate, f"{_fmt(computed, rate)} percentage points",
                       _restyle(story, rate, computed), (old.span, new.span),
                       "percentage-point gap" if c.between else "percentage-point change", _figures(c),
                       {"old": old.value, "new": new.value, "points": round(computed, 4)})
            return
        relative = _ratio_interval(diff, o)
        if relative is None:
            return
        relative = (relative[0] * 100, relative[1] * 100)
        computed = abs((new.value - old.value) / old.value * 100)
        if _change_agrees(rate, relative, computed, rule, not (is_plain(old) and is_plain(new))) \
                or (both_percent and agrees(rate, *diff, rule)):
            return
        yield _hit(story, rate.span, rate, f"{_fmt(computed, rate)}%", _restyle(story, rate, computed),
                   (old.span, new.span), "percent change", f"{old.text} to {new.text}",
                   {"old": old.value, "new": new.value, "percent": round(computed, 4)})
        return
    if delta is None or rate.unit != "percent" or not is_plain(delta):
        return
    if c.delta_points and any(q is not None and q.kind == "percent" for q in (old, new)):
        return   # "up 0.8 points to 20.1%": points of a percentage, not a base to divide by
    if new is not None and old is None and c.direction and is_plain(new) and same_measure(delta, new):
        base_value = new.value - c.direction * delta.value
        d, n = interval(delta), interval(new)
        base = (n[0] - c.direction * d[1], n[1] - c.direction * d[0]) if c.direction > 0 else \
               (n[0] + d[0], n[1] + d[1])
        related = (delta.span, new.span)
        # "a fall of 5,600 won to 48,400 won (from 54,000 won)": the base the move and the level imply, said
        figures = (f"{'a rise' if c.direction > 0 else 'a fall'} of {delta.text} to {new.text} "
                   f"(from {_restyle(story, new, base_value)})")
    elif old is not None and new is None and is_plain(old) and same_measure(delta, old):
        base_value = old.value
        base = interval(old)
        related = (delta.span, old.span)
        figures = f"{delta.text} from {old.text}"
    else:
        return
    if base_value <= 0 or base[0] <= 0:
        return
    relative = _ratio_interval(interval(delta), base)
    if relative is None:
        return
    relative = (relative[0] * 100, relative[1] * 100)
    if agrees(rate, *relative, rule):
        return
    computed = abs(delta.value / base_value * 100)
    yield _hit(story, rate.span, rate, f"{_fmt(computed, rate)}%", _restyle(story, rate, computed), related,
               "percent change", figures, {"delta": delta.value, "base": base_value, "percent": round(computed, 4)})


# a clause of its own between a rate and the levels: an opener, a few words of its subject, its own verb of change
# ("... to 6.9% from 6.8% as revenues exceeded the estimates by 16.2%"; "an increase of 47%, ..., where the average
# price rose to $4.9 from $3.7")
_OWN_CLAUSE = regex.compile(
    r"(?<![\p{L}])(?:as|where|while|whereas|because|since|when)\s+(?:the\s+|its\s+|their\s+)?(?P<subject>(?:[\p{L}'’-]+\s+){1,4}?)"
    r"(?:rose|fell|grew|climbed|increased|decreased|declined|dropped|jumped|exceeded|surged|gained|slipped|soared|"
    r"plunged|expanded|shrank|overshot|went\s+up|went\s+down|was\s+up|was\s+down)(?![\p{L}])", regex.I)
# a clause's subject that stands for the levels' own: a pronoun
_PRONOUNS = frozenset(("it", "they", "this", "these", "that", "those", "which", "he", "she"))
# nouns newsrooms use for one another's subject ("Shares closed at 500p ... as the stock jumped")
_KIN = ({"stock", "share", "equity"},)
# a subject's last word that only counts what the word before it names ("passenger numbers", "sales figures")
_COUNT_NOUNS = frozenset(("number", "figure", "total", "count", "level", "volume"))


def _same_noun(a: str, words: set[str]) -> bool:
    a = noun_stem(a)
    return a in words or any(a in kin and words & kin for kin in _KIN)


def _of_another_subject(subject: str, levels_head: str) -> bool:
    """Is a clause's subject another than the levels'? Not when it is a pronoun ("when it rose 40%") or the
    levels' own noun or its kin ("The average house price reached ... as prices rose"; "Shares closed ... as the
    stock jumped"): only a noun of its own ("as fishing effort fell") is another subject."""
    words = subject.split()
    if not words or all(w.lower() in _PRONOUNS for w in words):
        return False
    if "of" in (w.lower() for w in words[1:]):
        words = words[:[w.lower() for w in words].index("of")]     # "the value of exports": its head
    while len(words) > 1 and noun_stem(words[-1]) in _COUNT_NOUNS:
        words = words[:-1]          # "as passenger numbers rose": the passengers counted, not "numbers"
    head = {noun_stem(w) for w in regex.findall(r"[\p{L}'’-]+", levels_head)}
    return not _same_noun(words[-1], head)


def _told_in_another_clause(prose: str, rate: Quantity, old: Quantity, new: Quantity, s_start: int = 0) -> bool:
    """Is the rate told of another subject than the levels, a clause with its own verb of change between them? "The
    target was revised to 6.9% from 6.8% as revenues exceeded estimates by 16.2%": the 16.2% is the revenues'
    move; "It is an increase of 47%, attributed to good prices, where the average price rose to $4.9/kg from
    $3.7/kg": the levels are the price's, the 47% the earnings' said before. A rate after the levels, in a clause
    whose subject is the levels' own ("... up from £400,000, as prices rose 40%"), is still theirs."""
    first, last = min(old.start, new.start), max(old.end, new.end)
    if rate.start >= last:
        # (the levels' words: what comes before them and the nouns after them, "handled 83.9 million passengers")
        levels_head = prose[s_start:last] if s_start <= first else ""
        return any(_of_another_subject(m.group("subject"), levels_head)
                   for m in _OWN_CLAUSE.finditer(prose, last, rate.start))
    if rate.end <= first:
        return _OWN_CLAUSE.search(prose, rate.end, first) is not None
    return False


# "a tolerance margin of 1.5 percentage points", "a band of 2 points either way": the room a target allows
_BAND_BEFORE = regex.compile(
    # the tolerance sense only, right before the figure: "a tolerance band of", "a margin of error of", "a band of
    # plus or minus" -- a band or interval alone is a plain noun ("the 18-24 age band rose 1.5 points")
    r"(?<![\p{L}])(?:(?:(?:tolerance|leeway)(?:\s+(?:band|interval|margin|range))?|margin\s+of\s+error|error\s+margin)"
    r"\s+(?:of\s+)?(?:plus\s+or\s+minus\s+|±\s*)?"
    r"|(?:band|interval|margin|range)\s+of\s+(?:plus\s+or\s+minus\s+|±\s*))\Z", regex.I)
_BAND_AFTER = regex.compile(r"\s*(?:up\s+or\s+down|either\s+(?:way|side)|on\s+either\s+side|above\s+or\s+below)", regex.I)


def _a_band_not_a_move(prose: str, rate: Quantity) -> bool:
    """Is the figure in points the band round a target, not the gap between the shares beside it? "Inflation closed
    at 5.79%, above the 3.5% target, with a tolerance margin of 1.5 percentage points": the 1.5 is how far the target
    lets prices stray, said of neither share."""
    return bool(_BAND_BEFORE.search(prose, max(0, rate.start - 40), rate.start) or _BAND_AFTER.match(prose, rate.end))


def _change_agrees(rate: Quantity, relative: tuple[float, float], computed: float, rule: Rule, loose: bool) -> bool:
    """Does a stated rate fit its levels? Either to the rounding of the levels and the rate, or with the writer's
    loose allowance round the move the printed levels give -- not both at once: "rose to $4.9bn from $4.2bn, an
    increase of 21%" is wrong though 21% lies within the allowance of the farthest corner of the levels' rounding
    (4.95 against 4.15). A level said "about" (its hedge) keeps the old, wider reading."""
    if not agrees(rate, *relative, rule):
        return False
    if loose or rate.hedge or not is_plain(rate):
        return True
    exact = replace(rule, options={**rule.options, "relative_tolerance": 0.0, "absolute_tolerance": 0.0})
    return agrees(rate, *relative, exact) or agrees(rate, computed, computed, rule)


def _figures(c: Change) -> str:
    """How the two figures are named in the message: a move "A to B", a gap "A against B"."""
    return f"{c.old.text} against {c.new.text}" if c.between else f"{c.old.text} to {c.new.text}"


def _absolute_change(rule: Rule, story: Story, c: Change) -> Iterator[Hit]:
    delta, old, new = c.delta, c.old, c.new
    if delta is None or old is None or new is None or not is_single(delta):
        return
    if not (is_plain(old) and is_plain(new) and same_measure(old, new)):
        return
    if c.delta_points:
        # points between two shares, or between two levels of an index ("closed at 78,420, up 1,150 points from
        # Friday's close of 77,600"): both a difference
        if old.kind != "percent" and not (old.kind == new.kind == delta.kind == "number" and old.unit is None
                                          and new.unit is None and delta.unit is None):
            return
    elif not same_measure(delta, old):
        return
    o, n = interval(old), interval(new)
    diff = (n[0] - o[1], n[1] - o[0])
    # points between two printed shares are their difference to the rounding written (see _percent_change)
    if _gap_agrees(delta, diff) if (c.between or c.delta_points) and not delta.hedge else agrees(delta, *diff, rule):
        return
    computed = abs(new.value - old.value)
    said = _difference_said(story, delta, computed, c.delta_points)
    yield _hit(story, delta.span, delta, said or _fmt(computed, delta), said or _restyle(story, delta, computed),
               (old.span, new.span), "gap in points" if c.between else "difference", _figures(c),
               {"old": old.value, "new": new.value, "difference": round(computed, 6)})


def _difference_said(story: Story, delta: Quantity, computed: float, points: bool) -> str | None:
    """A difference of money or of a measure written as the story wrote the stated one: "AED 800m" beside "AED
    600m", "240 tonnes" beside "340 tonnes" (not "800,000,000"); a bare count or points keep the plain figure."""
    if points or not computed:
        return None
    if delta.kind == "money":
        from .conversion import style_like     # (conversion's writer of money: "$35.6m", "KSh77.5m")
        return style_like(story, delta, computed)
    if delta.kind == "physical":
        return _in_style_of(story, delta, computed)
    return None


def _gap_agrees(stated: Quantity, diff: tuple[float, float]) -> bool:
    """A gap between two rivals' figures ("34% to 22%, a 14-point lead"; "52,114 votes to 47,390, a margin of
    4,274"): both figures are given, so the gap is theirs to the rounding written and no more; a writer works
    a lead out of the figures he prints, not from a loose estimate."""
    low, high = _abs_interval(*diff)
    p = _written_rounding(stated)
    return high >= abs(stated.value) - p - 1e-9 and low <= abs(stated.value) + p + 1e-9


def _written_rounding(q: Quantity) -> float:
    """Half a unit of the last digit written: "14" points is 13.5..14.5, "5,300" votes 5,250..5,350."""
    p = precision_of(q)
    if p:
        return p
    digits = _written_digits(q)
    if not digits or "." in digits:
        return 0.0
    bare = digits.replace(",", "")
    if q.kind == "percent" or q.unit == "percentage point" or len(bare) <= 2:
        return 0.5
    zeros = len(bare) - len(bare.rstrip("0"))
    return 0.5 * 10 ** zeros if zeros else 0.0


_FACTOR_WORDS = {2.0: "doubled", 3.0: "tripled", 4.0: "quadrupled", 0.5: "halved"}


def _factor_ok(ratio: tuple[float, float], factor: float, hedge: str | None, tol: float) -> bool:
    lo, hi = ratio
    if factor < 1 and lo > 0:
        # a halving is read as a doubling backwards: "nearly halved" is 410 to 230 as "nearly doubled" is 230 to 410
        lo, hi, factor = 1 / hi, 1 / lo, 1 / factor
    if hedge in _MORE:
        # "more than doubled" is past the factor itself: the figures' rounding is in `ratio` already, so only a
        # sliver is allowed (1.92 times "nearly doubled", it did not "more than double")
        return hi >= factor * (1 - tol / 6)
    if hedge in _NEARLY:
        return lo <= factor * (1 + tol / 2) and hi >= factor * (1 - 2 * tol)
    if hedge in _LESS:
        return lo <= factor * (1 + tol / 2)
    if hedge:
        tol *= 2
    return hi >= factor * (1 - tol) and lo <= factor * (1 + tol)


def _describe_ratio(r: float) -> str:
    if r >= 1:
        return f"{r:.2f} times".replace(".00 ", " ")
    return f"{r * 100:.0f}% of the original"


def _factor_change(rule: Rule, story: Story, c: Change) -> Iterator[Hit]:
    if c.factor is None or c.old is None or c.new is None or c.factor_span is None:
        return
    old, new = c.old, c.new
    if not (is_plain(old) and is_plain(new) and same_measure(old, new)) or old.value <= 0:
        return
    ratio = _ratio_interval(interval(new), interval(old))
    if ratio is None or _factor_ok(ratio, c.factor, c.factor_hedge, rule.options["factor_tolerance"]):
        return
    r = new.value / old.value
    word = story.doc.text[c.factor_span.start:c.factor_span.end]
    suggestion = _nearest_factor_word(r, word)
    yield _hit(story, c.factor_span, word, _describe_ratio(r), suggestion, (old.span, new.span), "multiple",
               f"{old.text} to {new.text}", {"old": old.value, "new": new.value, "ratio": round(r, 4),
                                            "stated_factor": c.factor})


def _nearest_factor_word(r: float, word: str) -> str | None:
    for f, name in _FACTOR_WORDS.items():
        if abs(r / f - 1) <= 0.08:
            return name if word[:1].islower() else name.capitalize()
    return None


def _comparison(rule: Rule, story: Story, comp: Comparison) -> Iterator[Hit]:
    a, b = comp.figure, comp.base
    if b.value is None or b.value <= 0 or a.value is None:
        return
    ratio = _ratio_interval(interval(a), interval(b))
    if ratio is None or _factor_ok(ratio, comp.factor, comp.hedge, rule.options["factor_tolerance"]):
        return
    r = a.value / b.value
    word = story.doc.text[comp.span.start:comp.span.end]
    yield _hit(story, comp.span, word, _describe_ratio(r), None, (a.span, b.span), "multiple",
               f"{a.text} against {b.text}", {"figure": a.value, "base": b.value, "ratio": round(r, 4)})


# -- parts and shares ------------------------------------------------------------------------

def _share(rule: Rule, story: Story, sh: Share) -> Iterator[Hit]:
    pct, part, whole = sh.percent, sh.part, sh.whole
    if pct is None or whole.value is None or whole.value <= 0:
        return
    p_int, w_int = _hedged_interval(part, rule), _hedged_interval(whole, rule)
    if w_int is None and (whole.hedge or "").lower() in _MORE and whole.high is None and is_single(whole):
        # "more than 77,300 students ... 58,400, or 81%": every whole above the bound makes the share smaller, so a
        # share above part/bound is wrong whatever the whole was
        w_int = (interval(whole)[0], math.inf)
    if p_int is None or w_int is None:
        return
    share = _ratio_interval(p_int, w_int)
    if share is None:
        return
    low, high = share[0] * 100, share[1] * 100
    if agrees(pct, low, high, rule, magnitude=False) and not _short_of_nearly(pct, high):
        return
    if low > 100 >= pct.value and not sh.written_as_of:
        return      # "465,025 (27 per cent) of the 1, 606, 374": a whole misread, not a share over 100%
    computed = part.value / whole.value * 100
    yield _hit(story, pct.span, pct, f"{_fmt(computed, pct)}%", _restyle(story, pct, computed),
               (part.span, whole.span), "share", f"{part.text} of {whole.text}",
               {"part": part.value, "whole": whole.value, "percent": round(computed, 4)})


def _short_of_nearly(pct: Quantity, high: float) -> bool:
    """ "1,980 of the 3,540 families, nearly two-thirds": a fraction in words is the writer's rounding itself, so
    "nearly" allows a little under it (a share nearer the next fraction down would have been called that), not the
    fifth under a figure that "nearly" allows."""
    return is_fraction_rate(pct) and (pct.hedge or "").lower() in _NEARLY and high < pct.value * 0.88


def _written_digits(q: Quantity) -> str:
    """The figure's digits as written ("5,300", "7.5"), or ""."""
    s, e = q.number_span or (q.start, q.end)
    surface = q.text[s - q.start:e - q.start] if q.start <= s and e <= q.end else q.text
    m = _DIGITS.search(surface)
    return m.group() if m else ""


def _as_precise_as_its_pair(q: Quantity, other: Quantity, span: tuple[float, float] | None) -> tuple[float, float] | None:
    """ "from KSh 6 million to KSh 7.5 million": a whole number of millions beside one written to a tenth is
    as exact as its pair (a writer who rounded would have rounded both), not anywhere in 5.5 to 6.5 million."""
    if span is None or not is_plain(q) or not is_plain(other) or q.kind not in ("money", "number") \
            or q.kind != other.kind or q.unit != other.unit:
        return span
    mine, theirs = _written_digits(q), _written_digits(other)
    if not mine or "." in mine or "." not in theirs:
        return span
    p, pair = precision_of(q), precision_of(other)
    written = float(mine.replace(",", ""))
    scale = abs(q.value) / written if written else 0
    if not (scale > 1.5 and 0 < pair < p):
        return span     # (a plain count is exact already; only a figure with a scale word is widened)
    return q.value - pair, q.value + pair


def _hedged_interval(q: Quantity, rule: Rule) -> tuple[float, float] | None:
    """A figure's interval; "some 1,092" or "about 1,092" widened by the hedge tolerance, a bound refused."""
    if is_plain(q):
        return interval(q)
    if not is_single(q) or q.low is not None or q.high is not None:
        return None
    hedge = (q.hedge or "").lower()
    if hedge not in _ABOUT and hedge not in _NEARLY:
        return None
    lo, hi = interval(q)
    widen = rule.options["hedge_tolerance"] * abs(q.value)
    return lo - widen, hi + widen


_TOTAL_SAID_BEFORE = re.compile(r"(?:\btotal\s+of|\btotall?ing|\bin\s+all,?)\s*\Z", re.I)


def _half_of_a_numeral(prose: str, q: Quantity) -> bool:
    """ "73,9 millones", "4,41 prosent (- 2,47)": a comma glued between two runs of digits, with no space after it, is a
    decimal comma the reader did not know, not a list's separator (a list writes "73, 9"); either side of it is half
    of one figure, neither a part nor a whole."""
    s, e = q.number_span or (q.start, q.end)
    return (prose[e:e + 1] == "," and prose[e + 1:e + 2].isdigit()) or \
        (s >= 2 and prose[s - 1] == "," and prose[s - 2].isdigit())


def _misread_numerals(story: Story, b: Breakdown) -> bool:
    """Does the breakdown stand on a figure cut in two at a decimal comma (see _half_of_a_numeral)?"""
    prose = story.doc.prose
    return any(_half_of_a_numeral(prose, q) for q in (b.whole, *b.parts))


# ", Mousset 79", ": Vardy 91": a figure told right after its holder's name, the name just after a comma or colon
_NAMED_ITEM = regex.compile(r"[,:]\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\Z")


def _one_of_a_named_run(story: Story, b: Breakdown) -> bool:
    """Is the whole, said before its parts, itself one more item of a run of figures each told after a name
    ("Scorers: J. King 70, L. Mousset 79 Yellow card: Gosling 58, King 59", a match report's minutes)? Then the colon
    after it opens the next list, not its breakdown: the whole a list is a breakdown of is said of a subject ("88
    people:", "The county recorded 88 cases:"), not after a name like the items of a list before it."""
    whole, prose = b.whole, story.doc.prose
    if whole.start > b.parts[0].start:
        return False
    s_start = story.doc.sentence_at(whole.start)[0]
    if not _NAMED_ITEM.search(prose, max(s_start, whole.start - 40), whole.start):
        return False
    return any(s_start <= q.start < whole.start and q.kind == whole.kind
               and _NAMED_ITEM.search(prose, max(s_start, q.start - 40), q.start) for q in story.quantities)


def _breakdown(rule: Rule, story: Story, b: Breakdown) -> Iterator[Hit]:
    if b.stated_sum:
        return      # a whole said to be the sum is checked both ways by `sum`
    if _misread_numerals(story, b) or _one_of_a_named_run(story, b):
        return
    total = sum(p.value for p in b.parts)
    slack = sum(precision_of(p) for p in b.parts) + precision_of(b.whole)
    if total - b.whole.value < slack * (1 - 1e-9) or total <= b.whole.value:
        return      # (exceeding it by the whole of every figure's rounding at once is a slip: see _stated_sum)
    if _sum_of_another_run(story, b):
        return      # the whole is what another run beside it adds up to: that run is its list, not this one
    last_span = b.part_spans[-1]
    figures = " + ".join(p.text for p in b.parts)
    # ("the 80-ward corporation": a size written as a compound is summed as a plain count)
    compound = story.doc.prose.startswith(("-", "‑"), b.whole.end)
    summed = _in_style_of(story, b.whole, total) if b.whole_first and not compound else f"{total:,.0f}"
    computed = f"{figures} = {summed}, more than the {b.whole.text}"
    said_last = b.whole.start > last_span.end and _TOTAL_SAID_BEFORE.search(story.doc.prose, max(0, b.whole.start - 24),
                                                                            b.whole.start)
    if said_last or b.whole_first:
        # "5,412, 4,166 and 2,089, out of a total of 11,367": the total, said last and as such, is what does not follow;
        # "a $4.8bn package. ... $2.1bn for roads, $1.6bn for rail and $1.7bn for water": the whole named first
        yield _hit(story, b.whole.span, b.whole, computed, None, tuple(p.span for p in b.parts), "parts of a whole",
                   figures, {"whole": b.whole.value, "parts": [p.value for p in b.parts], "sum": total})
        return
    yield _hit(story, last_span, story.doc.text[last_span.start:last_span.end], computed, None,
               (b.whole.span, *(p.span for p in b.parts[:-1])), "parts of a whole", figures,
               {"whole": b.whole.value, "parts": [p.value for p in b.parts], "sum": total})


def _rounding_slack(figures) -> float:
    """How far a sum of rounded figures may stray from their rounded total. Each figure is off by at most half its
    last unit; past four figures all of them at that extreme at once is far less likely than a slip ("a combined
    4.4 million: 2.7 million, 0.9 million, 0.8 million and 0.2 million" is 0.2 million out), so the slack is three
    standard deviations of the sum of their roundings (each spread evenly over its half-unit), never more than the
    plain sum of the half-units."""
    widths = [precision_of(q) for q in figures]
    plain = sum(widths)
    if len(widths) < 5:
        return plain
    return min(plain, math.sqrt(3 * sum(w * w for w in widths)))


def _stated_sum(rule: Rule, story: Story, b: Breakdown) -> Iterator[Hit]:
    """ "49 men, 31 women and 12 children, a total of 86": the total must be the sum, to the rounding shown."""
    if not b.stated_sum or b.remainder is not None or _misread_numerals(story, b) or _one_of_a_named_run(story, b):
        return      # a list ending in "the remaining R" is checked by `remainder`
    total = sum(p.value for p in b.parts)
    slack = _rounding_slack((*b.parts, b.whole))
    # every figure rounded to its extreme at once, in opposite directions, cannot happen: "Rs1.6bn, Rs1.9bn and
    # Rs0.9bn, a total of Rs4.2bn" is off by the whole of that slack, a slip, not rounding
    if abs(total - b.whole.value) < slack * (1 - 1e-9) or (not slack and abs(total - b.whole.value) <= 1e-9 * abs(total)):
        return
    if _sum_of_another_run(story, b) or (
            total < b.whole.value and _part_named_before(story, b, b.whole.value - total, slack)):
        return
    figures = " + ".join(p.text for p in b.parts)
    computed = _in_style_of(story, b.whole, total)
    yield _hit(story, b.whole.span, b.whole, computed, computed, tuple(p.span for p in b.parts), "sum", figures,
               {"total": b.whole.value, "parts": [p.value for p in b.parts], "sum": total})


# "Covid-19", "F-16", "A320": a number glued to a name is a label, not a figure of a run
_LABEL_BEFORE = re.compile(r"[^\W\d_][-‑]?\Z")


_AND = re.compile(r"\band\b")


def _sum_of_another_run(story: Story, b: Breakdown) -> bool:
    """Is the stated total exactly what another run of figures beside it adds up to? Then the copy adds up and the
    list was misread: "76 seats, with DAP winning another five and Muda one, for a total of 82" (the list is three
    long, not two); "30 Gold, 35 Silver, 60 Bronze – Total: 125 Medals - Japan: 29 Gold, ..." (the total closes
    the list before it, not the one after). A run is consecutive figures of the total's measure, in the total's
    sentence and the one before, without the total or a figure of another year ("12 seats in 2019"), that closes
    right before the total or opens right after it; some of the list's own parts are a run only when they close
    with their own "and"."""
    whole = b.whole
    if not is_plain(whole) or whole.value is None:
        return False
    prose = story.doc.prose
    sentences = story.doc.sentences()
    k = next((i for i, (a, e) in enumerate(sentences) if a <= whole.start < e), None)
    if k is None:
        return False
    lo, hi = sentences[max(0, k - 1)][0], sentences[k][1]
    listed = {p.start for p in b.parts}
    figs = [q for q in sorted(story.quantities, key=lambda q: q.start)
            if lo <= q.start and q.end <= hi and q is not whole and q.start != whole.start and is_plain(q)
            and q.value is not None and not is_year_like(q) and q.kind == whole.kind and same_measure(q, whole)
            and not _LABEL_BEFORE.search(prose, max(0, q.start - 2), q.start)
            and (q.start in listed or not _OF_A_YEAR.match(prose, q.end))]    # "12 seats in 2019": another year's
    listed = sorted(listed)
    # the run sits next to the total: it closes right before it or opens right after it
    at = sum(1 for q in figs if q.start < whole.start)
    for i in range(len(figs)):
        run_sum = 0.0
        for j in range(i, len(figs)):
            run_sum += figs[j].value
            if run_sum > whole.value + precision_of(whole) + 1e-9:
                break
            run = figs[i:j + 1]
            if len(run) < 2 or sorted(q.start for q in run) == listed or (j + 1 != at and i != at):
                continue
            if all(q.start in listed for q in run) and not _closed_list(prose, run):
                continue    # "40, the Greens 30 and independents 25": some of the list's own parts, not another run
            if run[0].value == len(run) - 1:
                continue    # "Two allies, one with 16 seats and one with 12": the count of the items, not one of them
            slack = _rounding_slack((*run, whole))
            if abs(run_sum - whole.value) < slack * (1 - 1e-9) or abs(run_sum - whole.value) <= 1e-9 * abs(whole.value):
                return True
    return False


def _closed_list(prose: str, run) -> bool:
    """ "38 were men and 26 were women, and 31 were children": a run of a list's parts that closes with its own "and"
    is a list of its own, the figure after it another count across it."""
    return _AND.search(prose[run[-2].end:run[-1].start]) is not None


def _part_named_before(story: Story, b: Breakdown, gap: float, slack: float) -> bool:
    """ "The largest has 150 rooms. Its other two hotels have 132 and 130 rooms, for a total of 412": a total that
    also counts a part named just before the list (in its sentence or the one before) is short of the listed parts
    by exactly that part, so the list is not all of it."""
    first = min(p.start for p in b.parts)
    sentence = story.doc.sentence_at(first)
    prose = story.doc.prose
    if not _LEFT_OUT_CUE.search(prose, sentence[0], first):
        return False    # nothing says the list leaves a part out: a figure equal to the shortfall is a coincidence
    before = story.doc.sentence_before(sentence[0])
    start = before[0] if before else sentence[0]
    # the list's own clause is not where a part left out of it is named: the sentence before, or past a semicolon
    own_clause = max(sentence[0], prose.rfind(";", sentence[0], first) + 1)
    # (a part in figures, like the list's: "Two regional allies, ... with 16 seats and ... 12" counts the allies)
    return any(start <= q.start and q.end <= first and not own_clause <= q.start and q is not b.whole
               and same_measure(q, b.whole) and any(ch.isdigit() for ch in q.text)
               and q.value * 10 >= min(p.value for p in b.parts)
               and abs(q.value - gap) < slack + precision_of(q) + 1e-9 * abs(gap)
               and not _OF_A_YEAR.match(prose, q.end)
               for q in story.quantities)


# "Its other two hotels", "the remaining wards", "also has": the list says it is not all of the total
_LEFT_OUT_CUE = re.compile(r"\b(?:other|remaining|rest|further|also)\b", re.I)
# "12 seats in 2019": a figure of another year than the total's
_OF_A_YEAR = re.compile(r"[^,.;]{0,25}?\b(?:in|since|by|of)\s+(?:19|20)\d\d\b", re.I)


def _remainder(rule: Rule, story: Story, b: Breakdown) -> Iterator[Hit]:
    """ "Of the £412m, ... £168m, ... £97m and ... £74m, with the remaining £58m": what is left is the whole
    less the other parts, to the rounding shown; the remainder is the figure that does not follow."""
    if b.remainder is None or _misread_numerals(story, b):
        return
    others = [p for p in b.parts if p is not b.remainder]
    slack = sum(precision_of(p) for p in b.parts) + precision_of(b.whole)
    left = b.whole.value - sum(p.value for p in others)
    if abs(left - b.remainder.value) <= slack + 1e-9 * abs(b.whole.value) or left <= 0:
        return
    computed = _in_style_of(story, b.remainder, left)
    listed = ", ".join(p.text for p in others[:-1]) + (" and " if len(others) > 1 else "") + others[-1].text
    # (a whole of 100% that shares of it imply is said nowhere: no span of its own)
    whole = (b.whole.span,) if b.whole.end > b.whole.start else ()
    yield _hit(story, b.remainder.span, b.remainder, computed, computed, (*whole, *(p.span for p in others)),
               "remainder", f"{b.whole.text} minus {listed}",
               {"total": b.whole.value, "parts": [p.value for p in others], "remainder": left})


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _in_style_of(story: Story, q: Quantity, value: float) -> str:
    """`value` written like `q`, scale word and all: "$4.5m" beside a stated "$5.5m". Where that rounds to what was
    stated ("an average of 2" for 2.5), a decimal more, so the finding never reads "2, not 2"."""
    text = story.doc.text[q.start:q.end]
    digits = _DIGITS.search(text)
    written = float(digits.group().replace(",", "")) if digits else 0.0
    if not written:
        return f"{value:,.0f}"
    scaled = value / (q.value / written)
    decimals = len(digits.group().split(".")[1]) if "." in digits.group() else 0
    for more in range(3):
        places = decimals + more
        number = f"{scaled:,.{places}f}" if "," in digits.group() or scaled >= 10000 else f"{scaled:.{places}f}"
        if number != digits.group():
            break
    return text[:digits.start()] + number + text[digits.end():]


def _part_over_whole(rule: Rule, story: Story, sh: Share) -> Iterator[Hit]:
    part, whole = sh.part, sh.whole
    if not sh.written_as_of or not is_plain(part) or not is_plain(whole):
        return
    if whole.value < 2 or part.value <= whole.value + precision_of(whole) + precision_of(part):
        return
    yield _hit(story, part.span, part, f"more than the whole ({whole.text})", None, (whole.span,),
               "part of a whole", f"{part.text} of {whole.text}", {"part": part.value, "whole": whole.value})


def _majority(rule: Rule, story: Story, m: Majority) -> Iterator[Hit]:
    seats, total = m.seats, m.total
    if not is_plain(seats) or not is_plain(total) or total.value <= 0:
        return
    needed = math.floor(total.value * m.fraction) + 1 if m.fraction == 0.5 else math.ceil(total.value * m.fraction - 1e-9)
    if seats.value >= needed:
        return
    share = seats.value / total.value * 100
    text = story.doc.text[m.span.start:m.span.end]
    yield _hit(story, m.span, text, f"{share:.1f}% of the seats ({needed:,.0f} needed)", None,
               (seats.span, total.span), "majority", f"{seats.text} of {total.text}",
               {"seats": seats.value, "total": total.value, "needed": needed, "fraction": round(m.fraction, 4)})


def _shares_total(rule: Rule, story: Story, sl: ShareList) -> Iterator[Hit]:
    total = sum(q.value for q in sl.parts)
    slack = sum(precision_of(q) for q in sl.parts) + rule.options["absolute_tolerance"] * len(sl.parts)
    if total <= 100 + slack:
        return
    last = sl.parts[-1]
    figures = " + ".join(q.text for q in sl.parts)
    yield _hit(story, last.span, last, f"{figures} = {total:g}%, more than the whole", None,
               tuple(q.span for q in sl.parts[:-1]), "shares of one whole", figures,
               {"shares": [q.value for q in sl.parts], "sum": round(total, 4)})


# Each `relation` option: which relations of the story it reads, and the check for each.
# -- a fraction said again in figures ----------------------------------------------------------
# A fraction in words is the writer's own rounding of the figure beside it: plain, it stands for a tenth
# of itself either way (at least three points: "a quarter" is 22-28%); "about" a little wider; "nearly"
# and "almost" only below it, "more than" and "over" only above it, and never by more than a fifth
# (at least five points: "more than half" is 50-60%, beyond that a writer names the next fraction).

def _fraction_band(fraction: Quantity) -> tuple[float, float]:
    value, hedge = fraction.value, (fraction.hedge or "").lower()
    reach = max(value / 5, 5.0) + 1
    if hedge in _NEARLY or hedge in _LESS:
        return value - reach, value + 1
    if hedge in _MORE:
        return value - 1, value + reach
    if hedge:
        return value - max(value * 0.15, 4.0) - 1, value + max(value * 0.15, 4.0) + 1
    return value - max(value / 10, 3.0) - 1, value + max(value / 10, 3.0) + 1


def _fraction_aside(rule: Rule, story: Story, a: FractionAside) -> Iterator[Hit]:
    low, high = _fraction_band(a.fraction)
    if low <= a.percent.value <= high:
        return
    value = a.fraction.value
    words = " ".join(a.fraction.text.split())
    computed = f"{_fmt(value)}%".replace(".0%", "%")
    hedge = (a.fraction.hedge or "").lower()
    computed = ("just under " if hedge in _NEARLY or hedge in _LESS else "just over " if hedge in _MORE else "") + computed
    yield _hit(story, a.percent.span, a.percent, computed, _restyle(story, a.percent, round(value, 1)),
               (a.fraction.span,), "fraction-aside", words, {"fraction": round(value / 100, 4), "percent": a.percent.value})


_CHECKS = {
    "percent-change": (("changes", _percent_change),),
    "absolute-change": (("changes", _absolute_change),),
    "multiple": (("changes", _factor_change), ("comparisons", _comparison)),
    "share": (("shares", _share),),
    "parts": (("breakdowns", _breakdown), ("shares", _part_over_whole)),
    "majority": (("majorities", _majority),),
    "shares-total": (("share_lists", _shares_total),),
    "sum": (("breakdowns", _stated_sum),),
    "remainder": (("breakdowns", _remainder),),
    "fraction-aside": (("fraction_asides", _fraction_aside),),
}
assert set(_CHECKS) == set(RELATIONS), "every relation option needs its checks"
