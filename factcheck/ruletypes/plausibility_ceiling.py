"""An owner-free ceiling for a government's spending: no government, national or local, spends in one year more
than the whole economy of its country. A spending figure in a government's budget ("a 2025 state budget that
plans to spend $1.285 trillion" in a Saudi story: the riyal written as a dollar) is checked against the GDP of
EVERY country the story names, its own included, and is flagged only when it exceeds all of them: whichever
country owns it, it cannot be. No frame ties the figure to the budget; the figure's own clause need only speak of
spending, the sentence of a government, and nothing may make the figure several years' worth, a debt, an economy's
size or someone else's (a company's, the world's)."""
from __future__ import annotations

import regex

from ..entities import story_mentions
from ..subjects import Measure
from .base import Story

# The figure's own clause speaks of spending: "plans to spend", "outlays of", "a spending plan worth", "budget"
_SPENDING_LEFT = regex.compile(r"\b(?:spend|spends|spending|expenditures?|outlays?|budget|budgets)\b", regex.I)
# ... or names it right after the figure: "$1.4 trillion in spending", "$2.6 trillion of expenditure"
_SPENDING_RIGHT = regex.compile(r"\A\s*(?:\([^()]{0,30}\)\s*)?(?:in|of)\s+(?:(?:total|public|government|state|planned)\s+)*"
                                r"(?:spending|expenditures?|outlays?)\b", regex.I)
# Whose spending: a government's ("the cabinet", "the state budget", "the kingdom", "parliament", "the Treasury")
_GOVERNMENT = regex.compile(
    r"\b(?:government|cabinet|state\s+budget|national\s+budget|federal|kingdom|parliament|congress|treasury|"
    r"finance\s+minist\w*|ministry\s+of\s+finance|budget)\b", regex.I)
# What makes the figure something other than one year of one government's spending: several years ("over the next
# decade", "by 2030", "since 2015", "between 2016 and 2030"), a stock (debt, assets, reserves), the economy's
# size, the world's, a region's or a company's money
_NOT_ONE_YEARS_SPENDING = regex.compile(
    r"\b(?:years|decades?|since|cumulative\w*|combined|by\s+(?:19|20)\d\d|(?:through|until|till|to)\s+(?:19|20)\d\d|"
    r"between\s+(?:19|20)\d\d|debts?|borrowing|liabilities|assets|reserves|wealth|GDP|economy|economies|output|"
    r"global|world|worldwide|international|company|companies|firm|firms|corporation|group|Inc|Ltd|plc|bank|banks|"
    r"fund|investors?|shareholders|market|trade|exports|imports|investments?|PPP|purchasing|"
    # many governments' spending together: "African governments", "Gulf states", "member countries"
    r"governments|countries|nations|states|member|members|bloc|union|continent\w*|region\w*|African|Asian|"
    r"European|Arab|Gulf|Latin|Caribbean|Pacific|Nordic|Balkan)\b", regex.I)
_CLAUSE_MARK = regex.compile(r"[,;:()\u2014\u2013]")
# Below this GDP a government may spend several times its economy (aid-funded Tuvalu, Nauru, Kiribati); FC205's
# frame-read budgets use the same limit (plausibility.py)
SMALL_ECONOMY_USD, SMALL_ECONOMY_CEILING = 1e10, 3.0


def spending_beyond_every_economy(story: Story, m: Measure, country, to_usd) -> tuple[str, float, float, list] | None:
    """(home, ceiling, home GDP, rows) where a government's one-year spending figure exceeds the economy of every
    country the story names, else None. `country` looks up a country's table row by its code; `to_usd` gives the
    figure's least dollar value under every currency its mark may mean (None if one is unknown)."""
    q = m.quantity
    if q.kind != "money" or not q.value:
        return None
    economies = story.memo("plausibility.every_economy", lambda s: _every_economy(s, country))
    if economies is None:
        return None
    home, ceiling, gdp, rows = economies
    least = to_usd(q)
    if least is None or least <= ceiling:
        return None         # (most figures): within some country's economy, no need to read the words
    s0, s1 = m.sentence
    prose = story.doc.prose
    left = prose[max(s0, q.start - 160):q.start]
    clause = left[max((x.end() for x in _CLAUSE_MARK.finditer(left)), default=0):]
    # (sliced: `\A` does not match at a match's start position)
    if not (_SPENDING_LEFT.search(clause) or _SPENDING_RIGHT.match(prose[q.end:s1])):
        return None
    sentence = prose[s0:s1]
    if not _GOVERNMENT.search(sentence) or _NOT_ONE_YEARS_SPENDING.search(sentence):
        return None
    return economies


def _every_economy(story: Story, country) -> tuple[str, float, float, list] | None:
    """The story's own country, the largest economy among those it names (its own included, a small one counted
    at several times its size), the own country's GDP and the rows: once per story."""
    home = story.doc.country
    if not home:
        return None
    codes = {home} | {x.code for x in story_mentions(story).within(story.doc.body_start, len(story.doc.prose))}
    rows = [row for row in (country(story, code) for code in sorted(c for c in codes if c)) if row is not None]
    if len(rows) < len(codes) or any(row.number("gdp_usd") is None for row in rows):
        return None         # a country of unknown size may own it: no ceiling holds
    home_row = next((row for row in rows if row["iso2"] == home), None)
    if home_row is None:
        return None
    ceiling = max(row.number("gdp_usd") * (SMALL_ECONOMY_CEILING if row.number("gdp_usd") < SMALL_ECONOMY_USD
                                           else 1.0) for row in rows)
    return home, ceiling, home_row.number("gdp_usd"), rows
