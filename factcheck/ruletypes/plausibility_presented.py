"""A national budget read from who presents it (FC208, beside the national/federal/union reading).

"Cabinet Secretary X presented the KSh3.68 billion budget for the 2023/24 financial year" names no
"national" budget, and its sentence may name counties for another reason ("County governors warned ...,
hours after ..."). Whose budget a figure is is decided by the figure's own phrase, not by the sentence:

* the figure stands right before "budget" ("the KSh3.68 billion budget"), after a presenting verb
  ("presented", "tabled", "read", "unveiled", "delivered") and its article;
* the presenter, just before the verb, is the nation's finance authority: the Treasury, the finance
  minister, a (Treasury) Cabinet Secretary, the Chancellor, or Parliament; and the budget is for a
  financial or fiscal year;
* nothing in that phrase gives the figure another owner: a state, county, province, city, governor,
  premier, a region of regions.csv, a ministry, a sector or a scheme ("the county's budget", "the health
  budget", "the budget for Nairobi County"); words elsewhere in the sentence do not count.

The anomaly is the one plausibility_slip uses: below a thousandth of GDP, with a scale or currency slip
putting it between 2% and 60% of GDP.
"""
from __future__ import annotations

from typing import Iterator

import regex

from . import plausibility_slip as slip
from .base import Hit, Story

# past, present (headlines: "Aurangzeb presents ...") and participle ("Presenting a ... budget, the finance
# minister said") forms of the verbs that put a budget before parliament
_VERB = (r"(?:present(?:ed|s|ing)?|tabl(?:ed|es|ing)|read(?:s|ing)?|unveil(?:ed|s|ing)?|deliver(?:ed|s|ing)?|"
         r"laid|lay(?:s|ing)|submit(?:ted|s|ting)?)")
_YEARS = r"(?:FY\s*)?(?:19|20)\d\d(?:[-–/]\d{2,4})?"
_HEDGE = (r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|just\s+over|more\s+than|"
          r"an\s+estimated|a\s+total\s+of)\s+)?")
# Active, figure first: "... presented the [new] "
_BEFORE_FIGURE = regex.compile(
    rf"\b{_VERB}\s+(?:out\s+)?(?:the|a|an|his|her|its|their)\s+(?:(?:new|record|draft|proposed|full-year|"
    rf"annual|national|first|maiden)\s+)*{_HEDGE}\Z", regex.I)
# Passive, figure first: "The KSh3.68 billion budget" (its presenter must follow: see _PRESENTED_BY)
_DETERMINER = regex.compile(rf"(?<![\p{{L}}-])(?:the|a|an)\s+(?:(?:new|record|draft|proposed|full-year|annual|"
                            rf"national)\s+)*{_HEDGE}\Z", regex.I)
# Active, noun first: "... presented a budget [for 2023/24] of / worth / totalling "
_BUDGET_OF = regex.compile(
    rf"\b{_VERB}\s+(?:out\s+)?(?:the|a|an|his|her|its|their)\s+(?:(?:new|record|draft|proposed|full-year|"
    rf"annual|national|first|maiden|{_YEARS})\s+)*budget(?P<period>\s+for\s+(?:the\s+)?[^,;.]{{0,40}}?)?"
    rf"\s+(?:of|worth|totall?ing|amounting\s+to|valued\s+at)\s+{_HEDGE}\Z", regex.I)
# " budget for the 2023/24 financial year", " 2024-25 budget"
_AFTER_FIGURE = regex.compile(
    rf"\s+(?:(?:national|annual|full-year|{_YEARS})\s+)*budget\b"
    rf"(?P<period>\s+for\s+(?:the\s+)?(?:{_YEARS}\s+)?(?:(?:financial|fiscal|budget)\s+year)?(?:\s*{_YEARS})?)?",
    regex.I)
# After a "budget of N" figure: its period, if the noun did not carry one
_PERIOD_AFTER = regex.compile(
    rf"\s+for\s+(?:the\s+)?(?:{_YEARS}\s+)?(?:(?:financial|fiscal|budget)\s+year)?(?:\s*{_YEARS})?", regex.I)
_YEAR_IN_NAME = regex.compile(r"(?:19|20)\d\d[-–/]\d{2,4}|\b(?:financial|fiscal)\s+year\b|\bFY\s*\d", regex.I)
# The nation's finance authority by its title (a name may follow it)
_TITLE = (r"(?:\b(?i:treasury|cabinet\s+secretary(?:\s+for\s+(?:the\s+)?(?:national\s+)?treasury)?|"
          r"(?:finance|treasury)\s+(?:minister|secretary|cabinet\s+secretary)|minister\s+(?:of|for)\s+finance|"
          r"chancellor(?:\s+of\s+the\s+exchequer)?|parliament|national\s+assembly)|\b(?:Treasury\s+)?CS)\b")
# ... just before the verb: "Treasury CS Njuguna Ndung'u [on Thursday]", "Ndung'u, the Treasury CS,"
_AUTHORITY = regex.compile(
    _TITLE + r"(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s+(?i:on\s+\p{L}+day|today|yesterday|formally|finally|also))?"
    r"\s*,?\s*\Z")
# ... or after the figure's phrase, in the passive: ", presented by Treasury CS ..."
_PRESENTED_BY = regex.compile(
    rf",?\s+(?:(?:which|that)\s+(?:was|were)\s+|as\s+)?{_VERB}\s+(?:on\s+\p{{L}}+day\s+)?by\s+(?:the\s+)?"
    + _TITLE)
# A participle opening the budget's phrase: its presenter is the subject of the clause after it
_PARTICIPLE = regex.compile(r"\p{L}+ing\b", regex.I)
_FRONTED_BY = regex.compile(r"\s*,\s+(?:the\s+)?(?:(?i:country's|nation's|federal|national|union)\s+)?" + _TITLE)
# Another owner in the figure's own phrase: a part of the state, its head, a ministry, a sector, a scheme
_OTHER_OWNER = regex.compile(
    r"\b(?:state|states|county|counties|provincial|province|city|municipal|municipality|council|regional|"
    r"district|local|governor|mayor|premier|chief\s+minister|menteri\s+besar|CEC|MEC|MCA|commissioner|"
    r"ministry|ministries|department|agency|authority|sector|programme|program|scheme|fund|project|health|"
    r"education|defen[cs]e|supplementary|development|university|hospital|company|board)\b", regex.I)


def presented_budgets(story: Story, seen: set[int]) -> Iterator[Hit]:
    """Every national budget, read from its presenter, that a slip puts far below the economy."""
    if "budget" not in story.lowered_prose():
        return
    prose = story.doc.prose
    for q in story.quantities:
        if q.kind != "money" or not q.value or id(q) in seen:
            continue
        s0, s1 = story.doc.sentence_at(q.start)
        phrase = _budget_phrase(prose, q, s0)
        if phrase is None:
            continue
        start, end = phrase
        if not _YEAR_IN_NAME.search(prose, start, end):
            continue                                # a year's budget: "for the 2023/24 financial year"
        presenter = _presenter(prose, s0, start)
        passive = _PRESENTED_BY.match(prose, end, s1)
        if passive is None and _PARTICIPLE.match(prose, start):
            passive = _FRONTED_BY.match(prose, end, s1)     # "Presenting a ... budget for 2025-26, the finance minister"
        if presenter is None and passive is None:
            continue                                # presented by the nation's finance authority
        owned = prose[presenter if presenter is not None else start:passive.end() if passive else end]
        if presenter is not None:                   # the title's own modifiers: "Kisumu County Treasury"
            owned = prose[max(s0, presenter - 30):presenter].split(",")[-1] + owned
        tail = _TAIL.match(prose, end, s1)          # "... budget to the Nairobi County Assembly"
        owned += tail.group() if tail and passive is None else ""
        if _OTHER_OWNER.search(owned) or _names_region(story, owned) or slip._FUTURE.search(owned):
            continue                                # "the county's", "health", "for Karachi district"
        hit = _judge(story, q, (presenter if presenter is not None else start, end), end)
        if hit is not None:
            seen.add(id(q))
            yield hit


# A prepositional phrase right after the budget's phrase may name its owner; a new clause ("as counties
# waited") does not
_TAIL = regex.compile(r"\s+(?:for|of|to|in|at|from|by|before)\b[^,;.]{0,40}", regex.I)


def _budget_phrase(prose: str, q, s0: int) -> tuple[int, int] | None:
    """The presenting verb through the budget's period around this figure, or None.

    "presented the KSh3.68 billion budget for the 2023/24 financial year" or "tabled a budget of KSh3.68
    billion for 2023/24".
    """
    window = max(s0, q.start - 90)
    after = _AFTER_FIGURE.match(prose, q.end)
    if after is not None:
        lead = _BEFORE_FIGURE.search(prose, window, q.start)
        if lead is None:                            # "The KSh3.68 billion budget ..., presented by ..."
            det = _DETERMINER.search(prose, window, q.start)
            return (det.start(), after.end()) if det else None
        return lead.start(), after.end()
    lead = _BUDGET_OF.search(prose, window, q.start)
    if lead is None:
        return None
    period = _PERIOD_AFTER.match(prose, q.end)
    return lead.start(), period.end() if period else q.end


def _presenter(prose: str, s0: int, verb: int) -> int | None:
    """Where the finance authority presenting the budget starts, or None."""
    start = max(s0, verb - 80)
    cut = prose.rfind(";", start, verb)
    found = _AUTHORITY.search(prose, cut + 1 if cut >= 0 else start, verb)
    return found.start() if found else None


def _names_region(story: Story, phrase: str) -> bool:
    from .plausibility_regions import _index
    table = _index(story.data)
    return bool(table and table[0].search(phrase))


def _judge(story: Story, q, clause: tuple[int, int], noun: int) -> Hit | None:
    owners = slip._owners(story, clause[0], clause[1], city_owns=False)
    if not owners or len(owners) > 1:
        return None
    usd = slip._in_usd(story, q)
    if usd is None or usd <= 0:
        return None
    cand = slip._Candidate(q, "budget", clause, noun)
    return slip._judge_budget(story, cand, owners[0], usd)
