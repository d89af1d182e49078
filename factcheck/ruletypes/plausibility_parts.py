"""A whole smaller than its own part: a magnitude slip, found without a reference table.

A sub-editor who reads "a €476.8 million budget ... and new borrowing of about €39 billion" or "a country of
10.6 million people" after "27.7 million learners went back to school" needs no almanac: a national budget
cannot be smaller than one allocation, deficit or borrowing of it, and a country's population cannot be
smaller than one group of its own people. The whole is the slip when nothing else says it is right (the
country's GDP or population, where the tables know them, decides which of the two is off), and the
suggestion is the reading of the whole that holds the part.

Read only where both ends are certain:

* the whole is a national budget as `plausibility._national_line` reads it, or a country's population as
  the subject reader reads it ("a country of N people", "India's population of");
* the part is tied to the budget by its own words ("allocated", "set aside", "will receive ... budget",
  "new borrowing of", "a deficit of") or is a group of the country's people ("27.7 million learners",
  "12 million registered voters"), in a sentence that names no other country, no other year, no span of
  years and no flow from abroad.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import slips
from ..entities import story_mentions
from ..subjects import Measure, core_span, measures
from .base import Hit, Rule, Story
from .plausibility_scope import without_asides


@dataclass(frozen=True)
class Part:
    """A figure the story names as one part of a whole: its value in dollars (money) or people."""

    measure: Measure
    value: float                # USD for money, a head count for people
    what: str                   # "new borrowing", "learners"


# -- parts of a national budget -----------------------------------------------------------------------

# The words that make a money figure one line of the budget (searched back from the figure, over no other
# figure): "allocated", "sets aside", "new borrowing of about", "a deficit of", "will receive about"
_BUDGET_PART_BEFORE = regex.compile(
    r"(?<![\p{L}-])(?P<cue>allocat(?:ed|es|ing|ion|ions)|earmark(?:ed|s|ing)?|set(?:s|ting)?\s+aside|"
    r"budgeted|(?:new|net|fresh)\s+borrowing|borrowing\s+requirement|(?:budget\s+|fiscal\s+)?deficit|"
    r"receives?|received|receiving|will\s+get|gets|got)\b"
    r"(?P<gap>[^.;:\d$€£¥₹%]{0,80}?)\s*\Z", regex.I | regex.REVERSE)
# a word each _BUDGET_PART_BEFORE match holds (casefolded, as the I flag reads letters): "aside" for "set aside",
# "get" for "will get" and "gets", "receiv" for its four forms
_BUDGET_PART_CUES = ("allocat", "earmark", "aside", "budgeted", "borrowing", "deficit", "receiv", "get", "got")
# "₹6.81 lakh crore has been allocated to defence", "Tk 40,000 crore was earmarked for"
_BUDGET_PART_AFTER = regex.compile(
    r"\A\s+(?:(?:has|have|had|will|would)\s+)?(?:been\s+|be\s+)?(?:was\s+|were\s+|is\s+|are\s+)?"
    r"(?P<cue>allocated|earmarked|set\s+aside|budgeted)\s+(?:for|to)\b", regex.I)
# Receiving is a budget line only where the sentence speaks of the budget ("..., budget documents show")
_BUDGET_WORDS = regex.compile(r"\b(?:budget|allocation|appropriation|outlay|fiscal|spending\s+plan)", regex.I)
# Money that flows from elsewhere or over many years is no line of one year's budget
_NOT_A_LINE = regex.compile(
    r"\b(?:remittances?|FDI|foreign\s+direct|investments?|investors?|aid|donors?|loans?|grants?|exports?|imports?|"
    r"revenues?|tax(?:es)?|sales|profits?|earnings|bonds?|IMF|World\s+Bank|over\s+(?:the\s+)?(?:next\s+|past\s+|"
    r"coming\s+)?(?:\w+\s+)?(?:years|decades?)|by\s+20\d\d|since|cumulative\w*|so\s+far|to\s+date|decade|"
    r"between\s+20\d\d\s+and|through\s+20\d\d|until\s+20\d\d|multi-?year|\w+-year\s+(?:plan|programme|program|"
    r"period)|each\s+year|a\s+year|annually|per\s+year|state|provincial|province|county|city|municipal\w*|"
    r"district|regional|local|council)\b", regex.I)


def _budget_part(story: Story, m: Measure) -> str | None:
    """The words that make a money figure one line of a budget ("new borrowing"), or None."""
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    left = without_asides(prose[max(s0, q.start - 160):q.start])
    low = left.casefold()
    before = _BUDGET_PART_BEFORE.search(left) if any(w in low for w in _BUDGET_PART_CUES) else None
    cue = None
    if before is not None:
        cue = before.group("cue")
    else:
        after = _BUDGET_PART_AFTER.match(prose[q.end:s1])
        if after is None:
            return None
        cue = after.group("cue")
    sentence = prose[s0:s1]
    if cue.lower().startswith(("receiv", "will get", "gets", "got")) and not _BUDGET_WORDS.search(sentence):
        return None         # "the country received $5bn": from whom, for what?
    if _NOT_A_LINE.search(sentence):
        return None
    cue = " ".join(cue.lower().split())
    if "borrow" in cue:
        return "new borrowing"
    return "a deficit" if "deficit" in cue else "an allocation"


# -- groups of a country's people ------------------------------------------------------------------------

_GROUP_AFTER = regex.compile(
    r"\A(?:\s+(?:registered|eligible|enrolled|school-age|primary|secondary|public|private|adult|young|working-age|"
    r"rural|urban|poor|female|male|first-time|new|school|university|college))*\s+(?P<noun>learners|pupils|students|"
    r"schoolchildren|children|voters|electors|taxpayers|workers|farmers|households|families|women|men|adults|"
    r"citizens)\b", regex.I)
# Groups that live or are counted elsewhere, or over a span of time
_NOT_AT_HOME = regex.compile(
    r"\b(?:abroad|overseas|worldwide|globally|global|diaspora|world['’]s|continent\w*|region\w*|migrants?|"
    r"refugees?|expatriates?|foreign|international|since|over\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?"
    r"(?:\w+\s+)?(?:years|decades?)|so\s+far|to\s+date|in\s+total|cumulative\w*|each\s+year|every\s+year|"
    r"a\s+year|annually|per\s+year|by\s+20\d\d)\b", regex.I)


def _group_part(story: Story, m: Measure) -> str | None:
    q = m.quantity
    if q.kind != "number" or not q.value or q.low is not None or q.high is not None:
        return None
    group = _GROUP_AFTER.match(story.doc.prose[q.end:m.sentence[1]])
    if group is None or _NOT_AT_HOME.search(story.doc.prose[m.sentence[0]:m.sentence[1]]):
        return None
    return group.group("noun").lower()


# -- finding the parts once per story ----------------------------------------------------------------------

def _other_countries(story: Story, m: Measure, owner: str) -> bool:
    """Does the figure's sentence name a country other than `owner` ("US$" is a currency mark, not a name)?"""
    s0, s1 = m.sentence
    return any(x.code != owner for x in story_mentions(story).named_within(s0, s1))


def _budget_parts(story: Story) -> list[Part]:
    return story.memo("plausibility.budget_parts", _find_budget_parts)


def _find_budget_parts(story: Story) -> list[Part]:
    on = story.doc.publication_date
    parts = []
    for m in measures(story):
        q = m.quantity
        if q.kind != "money" or not q.value or q.unit is None or m.subject in ("gdp", "trade"):
            continue
        prose = story.doc.prose
        if not any(word in prose[m.sentence[0]:m.sentence[1]].lower()
                   for word in ("alloc", "earmark", "aside", "budget", "borrow", "deficit", "receiv", "get", "got")):
            continue
        what = _budget_part(story, m)
        if what is None:
            continue
        usd = story.data.fx.to_usd(q.low if q.low is not None else q.value, q.unit, on)
        if usd is not None:
            parts.append(Part(m, usd[0], what))
    return parts


def _people_parts(story: Story) -> list[Part]:
    return story.memo("plausibility.people_parts", lambda s: [
        Part(m, m.quantity.value, what) for m in measures(s) if (what := _group_part(s, m)) is not None])


# -- the check ---------------------------------------------------------------------------------------------

def whole_below_part(rule: Rule, story: Story, m: Measure) -> Hit | None:
    """A national budget below one of its lines, or a population below one group of its people."""
    q = m.quantity
    if q.kind == "number":
        if m.subject != "population" or not m.owner or not q.value or q.high is not None:
            return None     # "more than N", "between N and M": no single whole to compare
        return _population_below_group(rule, story, m)
    if q.kind != "money" or not q.value or q.high is not None or m.subject in ("gdp", "trade"):
        return None
    if not story.memo("plausibility.budget_story", lambda s: "budget" in s.lowered_prose()):
        return None     # (a cheap test once per story: most never speak of a budget)
    if "budget" not in story.doc.prose[m.sentence[0]:m.sentence[1]].lower():
        return None
    return _budget_below_line(rule, story, m)


def _budget_below_line(rule: Rule, story: Story, m: Measure) -> Hit | None:
    from . import plausibility as P     # (it imports this module: its helpers are read at check time)
    parts = _budget_parts(story)
    if not parts:
        return None
    line = P._national_line(story, m)
    if line is None or line[0] != "budget":
        return None
    owner = line[2]
    q = m.quantity
    on = story.doc.publication_date
    found = story.data.fx.to_usd(q.value, q.unit, on)
    if found is None:
        return None
    whole, rate = found
    year = P._clause_year(story, m)
    row = P._country(story, owner)
    gdp = row.number("gdp_usd") if row is not None else None
    if gdp is not None and whole >= 0.1 * gdp:
        return None     # a budget the size of a real one: if a line is larger, the line is the slip
    larger = [p for p in parts if p.measure is not m and p.value > whole
              and (gdp is None or p.value < 0.6 * gdp)
              and not _other_countries(story, p.measure, owner)
              and _same_year(year, P._clause_year(story, p.measure))]
    if not larger:
        return None
    part = max(larger, key=lambda p: p.value)
    ceiling = gdp if gdp is not None else part.value * 1e3
    candidates = slips.money_readings(q, P._own_currencies(story, owner),
                                      lambda v, cur: (story.data.fx.to_usd(v, cur, on) or (None,))[0])
    suggestion = slips.best(candidates, lambda v: part.value <= v <= ceiling, part.value * 8, slips.SCALE_FIRST)
    figure = story.text_of(core_span(story, q))
    part_text = story.text_of(core_span(story, part.measure.quantity))
    what = f"{P._name(story, owner)}'s national budget"
    reference = f"the story gives {part.what} of {part_text} within it"
    return _hit(story, m, figure, what, reference, part, suggestion,
                {"whole_usd": round(whole, 2), "part_usd": round(part.value, 2),
                 "fx_rate": {"currency": q.unit, "per_usd": rate.per_usd, "period": rate.period}})


def _population_below_group(rule: Rule, story: Story, m: Measure) -> Hit | None:
    from . import plausibility as P
    parts = _people_parts(story)
    if not parts:
        return None
    q = m.quantity
    owner = m.owner
    whole = q.value + q.precision
    row = P._country(story, owner)
    recorded = row.number("population") if row is not None else None
    if recorded is not None and 0.5 * recorded <= q.value <= 2 * recorded:
        return None     # the population is right: a larger group is the slip (or another thing)
    larger = [p for p in parts if p.measure is not m and p.value > whole
              and not _other_countries(story, p.measure, owner)]
    if not larger:
        return None
    part = max(larger, key=lambda p: p.value)
    ceiling = recorded * 2 if recorded else part.value * 1e3
    # with no table, the smallest reading that holds the group (every slip alike): "18 million" for "1.8 million"
    suggestion = slips.best(slips.count_readings(q), lambda v: part.value <= v <= ceiling,
                            recorded or part.value * 1.5, _ANY_SLIP if recorded is None else None)
    figure = story.text_of(core_span(story, q))
    part_text = story.text_of(core_span(story, part.measure.quantity))
    what = f"{P._name(story, owner)}'s population"
    reference = f"the story counts {part_text} {part.what} among its people"
    return _hit(story, m, figure, what, reference, part, suggestion, {"whole": q.value, "part": part.value})


def _same_year(a: int | None, b: int | None) -> bool:
    return a is None or b is None or abs(a - b) <= 1


def _hit(story: Story, m: Measure, figure: str, what: str, reference: str, part: Part,
         suggestion: slips.Reading | None, evidence: dict) -> Hit:
    detail = f"{figure} for {what} is smaller than one part of it: {reference}"
    advice = (f"A {suggestion.named()} slip? Did you mean {suggestion.text}?" if suggestion is not None
              else "Check both figures.")
    part_span = core_span(story, part.measure.quantity)
    return Hit(span=core_span(story, m.quantity), fields={
        "figure": figure, "detail": detail, "reference": reference, "advice": advice,
        "suggestion": suggestion.text if suggestion else None, "slip": suggestion.slip if suggestion else None,
        "subject": what, "countries": m.owner or "",
    }, evidence={"subject": what, "part": {"text": story.text_of(part_span), "what": part.what,
                                           "start": part_span.start, "end": part_span.end}, **evidence,
                 **({"slip": suggestion.slip} if suggestion else {})},
        suggestion=suggestion.text if suggestion else None, related=(part_span,))


_ANY_SLIP = {"": 0}     # every slip alike: the reading nearest the target wins
