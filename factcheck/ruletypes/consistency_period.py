"""Consistency, period (FC406): one indicator's reading for one month given twice.

Split from `consistency` (the rule type and the helpers every consistency rule shares live there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import re

import regex

from ..entities import country_index
from ..subjects import Measure, measures
from .base import Hit, Rule, Story
from .consistency import _compatible, _elsewhere, _scope_differs

if TYPE_CHECKING:
    from .consistency import Consistency


# -- period: one indicator's reading for one month given twice ---------------------
#
# "inflation slowed to 24.1% in December" ... "December's 23.4% reading". The indicator is read in the
# figure's own clause (a bare "reading"/"rate" takes the story's only indicator for that month); its
# qualifiers (core, food, urban, month-on-month ...) must match; the month must be attached to the figure.
# Forecasts, revisions and flash estimates are other figures and are left out.

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_NAMES = tuple(name.capitalize() for name in _MONTHS)    # as _MONTH writes them (case counts there)
_INDICATOR = regex.compile(r"(?P<ind>inflation|unemployment(?:\s+rate)?|jobless(?:ness)?(?:\s+rate)?|"
                           r"(?:policy|interest|benchmark|repo|lending|deposit|discount)\s+rates?)\b", regex.I)
_INDICATOR_WORDS = ("inflation", "unemployment", "jobless", " rate")    # _INDICATOR needs one of them
# _INDICATOR for lowered ASCII text, in the plain re module without the I flag (its words are lowercase; ASCII \s
# and \b read ASCII as the regex module's do): the same matches at the same places, found faster. (Only the
# lowered "ind" group is read, and where it starts and ends.)
assert not any(c.isupper() for c in _INDICATOR.pattern.replace("(?P<", ""))
_INDICATOR_LOW = re.compile(_INDICATOR.pattern, re.ASCII)
_QUALIFIER = regex.compile(r"\b(?P<q>core|food|fuel|energy|services?|goods|urban|rural|underlying|producer|"
                           r"wholesale|youth|month-on-month|month-over-month|monthly|m/m|mom|quarterly|"
                           r"seasonally\s+adjusted|unadjusted|non-food|housing|transport|rent|trimmed|"
                           r"sequential|real|female|male|women|men|black|white|hispanic|long-term)\b", regex.I)
_CLAUSE_BREAK = regex.compile(r"[,;:(\u2014\u2013]|\b(?:while|whereas|but|and|compared\s+with|against|versus|than|"
                              r"from|after|before)\b", regex.I)
_MONTH_AFTER = regex.compile(rf"\A\s+(?:in|for|during|through|in\s+the\s+year\s+to)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b")
_MONTH_OWN = regex.compile(rf"{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?['’]s\s+(?:(?:annual|headline|year-on-year|"
                           r"official|final|latest)\s+)?\Z", regex.REVERSE)
_MONTH_BEFORE_IND = regex.compile(rf"(?:\bin\s+|\b){_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\s+(?:[\p{{L}}-]+\s+)?\Z",
                                  regex.REVERSE)
_IND_MONTH = regex.compile(rf"\s+(?:in|for)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\s+(?:was|stood\s+at|came\s+in\s+at|"
                           r"reached|hit|rose\s+to|fell\s+to|eased\s+to|slowed\s+to|of)\s+\Z")
_READING = regex.compile(r"\A\s+(?:(?:annual|headline|year-on-year|inflation|jobless|unemployment)\s+)?"
                         r"(?:reading|rate|figure|print|level|number|rise|increase)\b", regex.I)
_NOT_ACTUAL = regex.compile(r"\b(?:forecasts?|forecasted|expected|expectations?|expect|predicted|projected|"
                            r"projections?|estimates?|estimated|polls?|polled|consensus|survey|"
                            r"target|targets|revised|revision|revisions|preliminary|flash|initial|initially|"
                            r"originally|previously|earlier\s+reported|first\s+reported|adjusted|would|could|"
                            r"might|may\s+(?:rise|fall|reach)|likely|anticipated|seen)\b", regex.I)
assert not any(c.isupper() for c in _NOT_ACTUAL.pattern)
_NOT_ACTUAL_LOW = re.compile(_NOT_ACTUAL.pattern, re.ASCII)   # for lowered ASCII text (see _INDICATOR_LOW)


def _indicator(left: str) -> tuple[str, frozenset] | None:
    """The indicator named in the figure's clause, with its qualifiers: ("inflation", {"core"})."""
    found = None
    for m in (_INDICATOR_LOW.finditer(left.lower()) if left.isascii() else _INDICATOR.finditer(left)):
        found = m
    if found is None:
        return None
    ind = found.group("ind").lower()
    key = ("inflation" if ind.startswith("inflation") else "jobless" if ind.startswith(("unemployment", "jobless"))
           else "policy")
    quals = frozenset(" ".join(q.lower().split()).replace("month-over-month", "month-on-month")
                      .replace("monthly", "month-on-month").replace("m/m", "month-on-month")
                      .replace("mom", "month-on-month")
                      for q in _QUALIFIER.findall(left[max(0, found.start() - 40):found.end() + 30]))
    return key, quals


def _month_said(sentence: str) -> bool:
    """A month named in the sentence (every reading of the month below needs its name: most sentences have none),
    which says no forecast or target (asked once per sentence, not per percentage in it)."""
    if not any(name in sentence for name in _MONTH_NAMES):
        return False
    return not (_NOT_ACTUAL_LOW.search(sentence.lower()) if sentence.isascii() else _NOT_ACTUAL.search(sentence))


def _period_mentions(story: Story) -> list[tuple[Measure, str | None, frozenset, int, int | None]]:
    prose = story.doc.prose
    out = []
    lowered = story.lowered_prose()
    if "%" not in prose and "per" not in prose or not any(w in lowered for w in _INDICATOR_WORDS) \
            or not (_INDICATOR_LOW.search(lowered) if prose.isascii() else _INDICATOR.search(prose)):
        return out          # no indicator named anywhere: nothing to compare
    month_said: dict[tuple[int, int], bool] = {}    # per sentence: a month's name and no forecast (see _month_said)
    for m in measures(story):
        q = m.quantity
        if q.kind != "percent" or q.value is None or q.low is not None or q.high is not None:
            continue
        s0, s1 = m.sentence
        said = month_said.get(m.sentence)
        if said is None:
            said = month_said[m.sentence] = _month_said(prose[s0:s1])
        if not said or _CHANGE_WORDS.search(prose, max(s0, q.start - 12), q.start):
            continue
        sentence = prose[s0:s1]
        left = prose[s0:q.start]
        cut = None
        for c in _CLAUSE_BREAK.finditer(left):
            cut = c
        clause = left[cut.end():] if cut else left
        right = prose[q.end:s1]
        month = year = None
        own = _MONTH_OWN.search(clause)
        after = _MONTH_AFTER.match(right)
        if own:
            month, year = own.group("month"), own.group("year")
            if not _READING.match(right) and _indicator(clause) is None:
                continue
        elif after:
            month, year = after.group("month"), after.group("year")
        if month is None:
            ind_m = _INDICATOR_LOW.search(clause.lower()) if clause.isascii() else _INDICATOR.search(clause)
            before = _MONTH_BEFORE_IND.search(clause, 0, ind_m.start()) if ind_m else None
            if before is None and ind_m:
                # "inflation in March was 3.4%", "the unemployment rate for November was 4.4%"
                before = _IND_MONTH.match(clause, ind_m.end())
            if before is None:
                continue
            month, year = before.group("month"), before.group("year")
        if len(regex.findall(_MONTH, sentence)) > 1 and not after and not own:
            continue
        ind = _indicator(clause)
        if ind is None and not own:
            continue
        if ind is not None:
            ind = (ind[0], ind[1] | _series_of(story, left, clause))
        out.append((m, ind[0] if ind else None, ind[1] if ind else frozenset(),
                    _MONTHS.index(month.lower()), int(year) if year else None))
    return out


# "On a monthly basis, inflation slowed to 0.1%": the phrase names the series for the clauses after it
_MONTHLY_LEAD = regex.compile(r"\bon\s+(?:a\s+)?(?:monthly|month-on-month|month-over-month|sequential)\s+basis\b|"
                              r"\A\s*(?:month-on-month|month-over-month|monthly)\s*,", regex.I)
# "inflation in the National Capital Region", "unemployment in Lagos", "Bicol's inflation": a region's series
_PLACE_AFTER_IND = regex.compile(r"(?i:inflation|unemployment|jobless\w*)(?:\s+rate)?\s+(?:in|for|across|outside)\s+"
                                 r"(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|capital|cities|"
                                 r"countryside|rural\s+areas|urban\s+areas)")
_PLACE_BEFORE_IND = regex.compile(r"(?<![\p{L}'’])(?P<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)(?:['’]s)?\s+"
                                  r"(?:[\p{Ll}-]+\s+){0,2}(?i:inflation|unemployment|jobless)")
_NOT_PLACE = frozenset("the a an its their this that his her our in on at headline annual overall".split()) \
    | frozenset(m.lower() for m in _MONTHS)


def _series_of(story: Story, left: str, clause: str) -> frozenset:
    """Qualifiers the clause itself does not carry: a monthly lead, a region's own reading."""
    extra = set()
    if _MONTHLY_LEAD.search(left):
        extra.add("month-on-month")
    place = _PLACE_AFTER_IND.search(clause) or _PLACE_BEFORE_IND.search(clause)
    if place is not None:
        name = " ".join(place.group("place").split())
        if name.split()[0].lower() not in _NOT_PLACE and not _is_country(story, name):
            extra.add("place:" + name.lower())
    return frozenset(extra)


def _is_country(story: Story, name: str) -> bool:
    """A country's own name or demonym reads as the national series ("Egypt's inflation")."""
    return name in country_index(str(story.data.folder)).names


_CHANGE_WORDS = regex.compile(r"\b(?:by|of|than)\s+\Z|\bup\s+\Z|\bdown\s+\Z", regex.I | regex.REVERSE)


def _period(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    found = _period_mentions(story)
    if len(found) < 2:
        return
    # a bare "December's 23.4% reading" takes the story's only indicator for that month
    named: dict[int, set] = {}
    for m, ind, quals, month, year in found:
        if ind:
            named.setdefault(month, set()).add((ind, quals))
    groups: dict[tuple, list[tuple[Measure, int | None]]] = {}
    for m, ind, quals, month, year in found:
        if ind is None:
            if len(named.get(month, ())) != 1:
                continue
            ind, quals = next(iter(named[month]))
        groups.setdefault((ind, quals, month), []).append((m, year))
    for (_ind, _quals, _month), mentions in groups.items():
        if len({y for _, y in mentions if y}) > 1 or len({m.quantity.value for m, _ in mentions}) != 2:
            continue
        earlier = mentions[0][0]
        for later, _ in mentions[1:]:
            if later.sentence == earlier.sentence or _rounds_to(story, earlier, later):
                continue
            if _compatible(earlier, later, rule) or _elsewhere(story, earlier, later) \
                    or _scope_differs(story, earlier, later):
                continue
            yield rule_type._hit(story, earlier, later)
            break


def _decimals(story: Story, m: Measure) -> int:
    q = m.quantity
    written = story.doc.prose[q.number_span[0]:q.number_span[1]] if q.number_span else str(q.value)
    return len(written.split(".")[1]) if "." in written else 0


def _rounds_to(story: Story, a: Measure, b: Measure) -> bool:
    """Do the two readings agree at the coarser one's precision ("24.1%" / "24%")?"""
    places = min(_decimals(story, a), _decimals(story, b))
    unit = 10 ** -places
    return abs((a.quantity.value or 0) - (b.quantity.value or 0)) < unit * 0.5 + 1e-9 \
        or round(a.quantity.value or 0, places) == round(b.quantity.value or 0, places)
