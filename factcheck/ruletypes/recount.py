"""recount: a list total, a change or a share read from a sentence's figures in any order (recount.py); a margin
or an average that a typing slip of it would make right (slipped_results.py).

The `arithmetic` type recomputes what the frame readers of claims.py found. This type recomputes what
`factcheck.recount` reads in any word order, for the shapes the frames miss. It is a second reading:
engine.deduplicate lets its findings give way to a first reading's finding of the category on the same
words (one slip, one message).
"""
from __future__ import annotations

from dataclasses import replace

from typing import ClassVar, Iterator, Mapping

from ..claims import interval, precision_of
from ..model import Quantity, Span
from ..recount import ListTotal, StatedChange, StatedDifference, StatedShare, adds_up, recount
from ..slipped_results import SlippedResult, slipped_results
from ..averages_said import StatedAverage, averages_said
from ..team_records import PointsTally, TeamRecord, team_points, team_records
from .arithmetic import _fmt, _in_style_of, _ratio_interval, _restyle, _told_in_another_clause
from .base import Hit, Option, Rule, Story

RELATIONS = ("sum", "change", "share", "difference", "slipped", "average", "record", "points")
_ROUND_HEDGES = ("about", "around", "nearly", "almost", "roughly", "some")


class Recount:
    name: ClassVar[str] = "recount"
    category: ClassVar[str] = "arithmetic"
    second_reading: ClassVar[bool] = True     # gives way to the frame rules' finding on the same words
    options: ClassVar[Mapping[str, Option]] = {
        "relation": Option(str, "sum", "which reading to recompute", choices=RELATIONS),
        "relative_tolerance": Option(float, 0.05, "allowed difference as a fraction of the stated figure, beyond rounding"),
        "hedge_tolerance": Option(float, 0.10, "extra relative allowance when the stated figure is hedged (about)"),
        "widest_gap": Option(float, 0.5, "a list more than this fraction away from its total is not its breakdown"),
    }
    fields: ClassVar[tuple[str, ...]] = ("stated", "computed", "figures")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        relation = rule.options["relation"]
        if relation == "slipped":
            for sr in slipped_results(story):
                yield _slipped(story, sr)
            return
        if relation == "average":
            for sa in averages_said(story):
                yield from _average(rule, story, sa)
            return
        if relation == "record":
            for tr in team_records(story):
                yield from _record(story, tr)
            return
        if relation == "points":
            for pt in team_points(story):
                yield _points(story, pt)
            return
        read = recount(story)
        if relation == "sum":
            for t in read.totals:
                yield from _sum(rule, story, t)
        elif relation == "change":
            for c in read.changes:
                yield from _change(rule, story, c)
        elif relation == "share":
            for sh in read.shares:
                yield from _share(rule, story, sh)
        else:
            for sd in read.differences:
                yield from _difference(rule, story, sd)


RULE_TYPE = Recount()


def _slack(rule: Rule, stated: Quantity) -> float:
    """Rounding as written, a writer's loose rounding, and more for "about"."""
    v = abs(stated.value)
    slack = precision_of(stated) + rule.options["relative_tolerance"] * v + min(0.3, v / 10)
    if stated.hedge and stated.hedge.lower() in _ROUND_HEDGES:
        slack += rule.options["hedge_tolerance"] * v
    return slack


def _sum(rule: Rule, story: Story, t: ListTotal) -> Iterator[Hit]:
    total = sum(p.value for p in t.parts)
    stated = t.total.value
    if adds_up(t.parts, t.total):
        return
    widest = rule.options["widest_gap"]
    over = stated < total <= stated * (1 + widest)
    short = t.said_complete and stated * (1 - widest / 2) <= total < stated
    if not (over or short):
        return
    figures = " + ".join(p.text for p in t.parts)
    computed = _in_style_of(story, t.total, total)
    yield Hit(span=Span(t.total.start, t.total.end),
              fields={"stated": t.total.text, "computed": computed, "figures": figures},
              evidence={"relation": "sum", "parts": [p.text for p in t.parts], "computed": computed,
                        "reading": "the parts are read as the whole's breakdown" + ("" if over else ", said to be all of it")},
              suggestion=f"Check the parts and the total: the parts add up to {computed}.",
              related=tuple(Span(p.start, p.end) for p in t.parts))


def _change(rule: Rule, story: Story, c: StatedChange) -> Iterator[Hit]:
    ratio = _ratio_interval(interval(c.new), interval(c.base))     # (the rounding of both figures)
    if ratio is None or _told_in_another_clause(story.doc.prose, c.rate, c.base, c.new):
        return
    low, high = (ratio[0] - 1) * 100, (ratio[1] - 1) * 100
    if low <= 0 <= high:
        return
    stated = abs(c.rate.value)
    lo, hi = sorted((abs(low), abs(high)))
    slack = _slack(rule, c.rate)
    if lo - slack <= stated <= hi + slack:
        return
    value = (c.new.value / c.base.value - 1) * 100
    computed = f"{_fmt(abs(value), c.rate)}%"
    yield Hit(span=Span(c.rate.start, c.rate.end),
              fields={"stated": c.rate.text, "computed": computed, "figures": f"{c.base.text} to {c.new.text}"},
              evidence={"relation": "change", "base": c.base.text, "new": c.new.text, "computed": computed,
                        "reading": "the figure after 'from' is the base"},
              suggestion=f"Did you mean {_restyle(story, c.rate, abs(value))}?",
              related=(Span(c.base.start, c.base.end), Span(c.new.start, c.new.end)))


def _share(rule: Rule, story: Story, sh: StatedShare) -> Iterator[Hit]:
    ratio = _ratio_interval(interval(sh.part), interval(sh.whole))
    if ratio is None:
        return
    low, high = ratio[0] * 100, ratio[1] * 100
    stated = sh.rate.value
    slack = precision_of(sh.rate) + 0.02 * abs(stated) + 0.3
    if sh.rate.hedge and sh.rate.hedge.lower() in _ROUND_HEDGES:
        slack += rule.options["hedge_tolerance"] * abs(stated)
    if low - slack <= stated <= high + slack:
        return
    value = sh.part.value / sh.whole.value * 100
    computed = f"{_fmt(value, sh.rate)}%"
    yield Hit(span=Span(sh.rate.start, sh.rate.end),
              fields={"stated": sh.rate.text, "computed": computed, "figures": f"{sh.part.text} of {sh.whole.text}"},
              evidence={"relation": "share", "part": sh.part.text, "whole": sh.whole.text, "computed": computed},
              suggestion=f"Did you mean {_restyle(story, sh.rate, value)}?",
              related=(Span(sh.part.start, sh.part.end), Span(sh.whole.start, sh.whole.end)))


def _difference(rule: Rule, story: Story, sd: StatedDifference) -> Iterator[Hit]:
    spread = precision_of(sd.larger) + precision_of(sd.smaller)
    gap = abs(abs(sd.larger.value) - abs(sd.smaller.value))
    low, high = gap - spread, gap + spread
    stated = abs(sd.difference.value)
    slack = precision_of(sd.difference) + 0.005 * stated
    if low - slack <= stated <= high + slack:
        return
    value = abs(abs(sd.larger.value) - abs(sd.smaller.value))
    computed = _in_style_of(story, sd.difference, value)
    yield Hit(span=Span(sd.difference.start, sd.difference.end),
              fields={"stated": sd.difference.text, "computed": computed,
                      "figures": f"{sd.larger.text} less {sd.smaller.text}"},
              evidence={"relation": "difference", "larger": sd.larger.text, "smaller": sd.smaller.text,
                        "computed": computed},
              suggestion=f"Did you mean {computed}?",
              related=(Span(sd.larger.start, sd.larger.end), Span(sd.smaller.start, sd.smaller.end)))


def _average(rule: Rule, story: Story, sa: StatedAverage) -> Iterator[Hit]:
    """The total over the count, to the rounding of the total and of the average."""
    low = (sa.total.value - precision_of(sa.total)) / sa.count.value
    high = (sa.total.value + precision_of(sa.total)) / sa.count.value
    stated = sa.average.value
    value = sa.total.value / sa.count.value
    # the writer rounds the average worked out: its allowances are of that value, or of the stated one if smaller
    # ("about 63,000" for 53,125 is no rounding of it, though 15% of 63,000 would reach it)
    slack = _slack(rule, replace(sa.average, value=min(stated, value)))
    if low - slack <= stated <= high + slack:
        return
    computed = _in_style_of(story, sa.average, value)
    yield Hit(span=Span(sa.average.start, sa.average.end),
              fields={"stated": sa.average.text, "computed": computed,
                      "figures": f"{sa.total.text} over {sa.count.text}"},
              evidence={"relation": "average", "total": sa.total.text, "count": sa.count.text, "computed": computed,
                        "reading": "the average is the total divided by the count beside it"},
              suggestion=f"Did you mean {computed}?",
              related=(Span(sa.total.start, sa.total.end), Span(sa.count.start, sa.count.end)))


def _record(story: Story, tr: TeamRecord) -> Iterator[Hit]:
    """Each win, draw and defeat is one match: together no more than the matches played."""
    played = sum(q.value for q in tr.results)
    if played <= tr.matches.value:
        return      # fewer: games still to play, or abandoned
    kinds = {"win": "wins", "draw": "draws", "defeat": "defeats"}
    figures = " + ".join(f"{q.text} {kinds[k]}" for q, k in zip(tr.results, tr.kinds))
    computed = f"{played:.0f}"
    yield Hit(span=Span(*tr.last),
              fields={"stated": tr.matches.text, "computed": computed, "figures": figures},
              evidence={"relation": "record", "results": [q.text for q in tr.results], "matches": tr.matches.text,
                        "computed": computed,
                        "reading": "every win, draw and defeat is one of the matches played"},
              related=tuple(Span(q.start, q.end) for q in (*tr.results[:-1], tr.matches)))


def _points(story: Story, pt: PointsTally) -> Hit:
    """Three points for a win and one for a draw: the table's total from the record beside it."""
    computed = f"{3 * pt.wins + int(pt.draws.value)}"
    figures = f"{pt.wins} wins and {pt.draws.text} draws"
    return Hit(span=Span(pt.points.start, pt.points.end),
               fields={"stated": pt.points.text, "computed": computed, "figures": figures},
               evidence={"relation": "points", "wins": pt.wins_said, "draws": pt.draws.text, "computed": computed,
                         "reading": "three points for a win and one for a draw"},
               suggestion=f"Did you mean {computed}?",
               related=tuple(Span(*r) for r in pt.related))


def _slipped(story: Story, sr: SlippedResult) -> Hit:
    a, b = sr.figures
    computed = _in_style_of(story, sr.result, sr.meant)
    if sr.relation == "difference":
        figures = f"the gap between {a.text} and {b.text}"
    else:
        figures = f"{a.text} over {b.text}"
    return Hit(span=Span(sr.result.start, sr.result.end),
               fields={"stated": sr.result.text, "computed": computed, "figures": figures},
               evidence={"relation": sr.relation, "figures": [a.text, b.text], "computed": computed,
                         "reading": "the stated figure fits none of the figures around it; one typing slip of it "
                                    "fits these two"},
               suggestion=f"Did you mean {computed}?",
               related=(Span(a.start, a.end), Span(b.start, b.end)))
