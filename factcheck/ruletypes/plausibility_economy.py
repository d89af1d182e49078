"""Two figures that the size of a country's economy rules out, though neither is the economy itself (FC203).

* A share of GDP said beside an amount ("dengue costs RM1.5 billion a year, equivalent to about 15% of
  Malaysia's gross domestic product") makes an economy of the amount divided by the share: RM10bn, where
  Malaysia's is about a hundred and eighty times that. The share is flagged when the economy it makes is more
  than ten times off the country's GDP in countries.csv, either way (the table's year may be up to ten years
  from the story's, and a currency may have moved: a tenfold miss is a slip, not drift).
* A facility's earnings in a year ("The canal, Egypt's main source of hard currency, earned about $530
  billion in 2016") cannot be more than the whole economy of the country it stands in: a canal, a port, an
  airport or a mine earns a small part of it.

The amount and the share must be one statement: the share follows the amount after a comma, a dash or a
bracket, or "equivalent to", "or", "representing", with no other figure between them (a conversion in
brackets aside) and no new clause ("..., while the deficit reached 5% of GDP"). Whose economy: the country named
before "GDP" ("of Malaysia's GDP"), or for "of GDP", "of the country's GDP" the one country the sentence
names, or the story's own where it names none. A state's, a province's or the world's output is none of these.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

import regex

from .. import slips
from ..entities import story_mentions
from ..model import Quantity
from .base import Hit, Rule, Story
from .plausibility_remittances import remittances_beyond_economy

# an implied economy this many times off the recorded one, either way, is a slip
SHARE_FACTOR = 10.0
# the recorded GDP speaks for the economy only this many years either side of its year
SHARE_YEAR_GAP = 10

# "of GDP", "of Malaysia's gross domestic product", "of the country's economic output", "of national output"
# (case matters only for the owner's name: the rest is read in any case)
_OF_GDP = regex.compile(
    r"\A\s*(?i:%|per\s*cent|percent|pc)?\s+of\s+(?:(?P<owner>[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,2}?)['’]s?\s+|"
    r"(?P<home>(?i:(?:the\s+)?(?:country|nation)['’]s\s+|its\s+|the\s+|national\s+|the\s+national\s+)))?"
    r"(?i:(?:(?:annual|yearly|whole|entire|total|nominal)\s+)?"
    r"(?:GDP|gross\s+domestic\s+product|economic\s+output|national\s+output|economy))\b")
# between the amount and its share: the amount's own words, then a mark or a word that restates it
_RESTATED = regex.compile(
    r"(?:[,\u2014\u2013(]|\s-)\s*(?:(?:or|equivalent\s+to|equal\s+to|representing|which\s+(?:is|was)|amounting\s+to|"
    r"accounting\s+for|roughly|about|around|some|nearly|almost|close\s+to|or\s+about|or\s+around|or\s+roughly|"
    r"or\s+some|or\s+nearly)\s+)*\Z|\s+(?:equivalent\s+to|equal\s+to|representing|or)\s+(?:(?:about|around|roughly|"
    r"some|nearly|almost)\s+)?\Z", regex.I)
# the amount's own words may not open another clause or a span of years
_NEW_CLAUSE = regex.compile(
    r"\b(?:while|whereas|but|although|though|and\s+(?:the|its|their|a|an)|which|who|where|when|as|since|after|"
    r"before|compared|against|years|decades?|cumulative\w*|combined|in\s+total|total|over\s+the|through|until|"
    r"by\s+(?:19|20)\d\d|debt|deficit|reserves)\b", regex.I)
# an amount a month, a week or a day is a twelfth, a fifty-second or a 365th of the year's
_PER = ((regex.compile(r"\b(?:a|per|each|every)\s+month\b|\bmonthly\b", regex.I), 12.0),
        (regex.compile(r"\b(?:a|per|each|every)\s+week\b|\bweekly\b", regex.I), 52.0),
        (regex.compile(r"\b(?:a|per|each|every)\s+day\b|\bdaily\b", regex.I), 365.0))
# a part of a year, whose share may be of that part's output
_PART_YEAR = regex.compile(r"\b(?:quarter|quarterly|half|H[12]|Q[1-4]|first\s+\w+\s+months|so\s+far|year-to-date|"
                           r"January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\b")
# another economy than a country's, or the world's
_NOT_A_NATION = regex.compile(
    r"\b(?:states?|provinces?|provincial|county|counties|municipal\w*|city|cities|regional|region['’]s|district|"
    r"emirate|territory|prefecture|global|world|worldwide|bloc|continent\w*|euro\s+(?:area|zone)|eurozone)\b", regex.I)
_BRACKETED = regex.compile(r"\([^()]{0,60}\)")


def economy_readings(rule: Rule, story: Story) -> Iterator[Hit]:
    """The shares of GDP, then the facilities' earnings, that the country's economy rules out."""
    if "%" in story.doc.prose or "per cent" in story.doc.prose or "percent" in story.doc.prose:
        yield from _shares_of_gdp(story)
    yield from _earnings_beyond_economy(story)
    yield from remittances_beyond_economy(story)


# -- a share of GDP beside its amount ------------------------------------------------------------------------------

def _shares_of_gdp(story: Story) -> Iterator[Hit]:
    prose = story.doc.prose
    quantities = story.quantities
    for k, share in enumerate(quantities):
        if share.kind != "percent" or not share.value or share.low is not None:
            continue
        of = _OF_GDP.match(prose[share.end:share.end + 80])    # (sliced: `\A` does not match at pos)
        if of is None:
            continue
        hit = _share_hit(story, quantities, k, share, of)
        if hit is not None:
            yield hit


def _share_hit(story: Story, quantities: list[Quantity], k: int, share: Quantity, of: regex.Match) -> Hit | None:
    from .plausibility import _country
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(share.start)
    amount = _amount_before(story, quantities, k, s0)
    if amount is None:
        return None
    sentence = prose[s0:s1]
    if _NOT_A_NATION.search(sentence) or _PART_YEAR.search(prose, s0, share.start):
        return None     # a province's output, the world's, or a quarter's
    own = _owner(story, of, s0, share.start)
    if own is None:
        return None
    row = _country(story, own)
    published = story.doc.publication_date
    if row is None or not row.number("gdp_usd") or published is None:
        return None
    if not row.get("gdp_year") or abs(published.year - int(row["gdp_year"])) > SHARE_YEAR_GAP:
        return None
    per_year = next((n for pattern, n in _PER if pattern.search(prose, amount.end, share.start)
                     or pattern.search(prose, max(s0, amount.start - 30), amount.start)), 1.0)
    readings = _usd_readings(story, amount, published)
    if not readings:
        return None
    gdp = row.number("gdp_usd")
    implied = [usd * per_year / (share.value / 100.0) for usd in readings]
    too_small = all(x < gdp / SHARE_FACTOR for x in implied)
    too_big = all(x > gdp * SHARE_FACTOR for x in implied)
    if not (too_small or too_big):
        return None
    figure = story.text_of(share.span)
    written = story.text_of(amount.span)
    actual = readings[0] * per_year / gdp * 100.0
    reference = (f"{row['name']}'s GDP was about {slips.usd(gdp, story.doc.country)} in {row['gdp_year']} "
                 f"({row.source})")
    detail = (f"{figure} of GDP beside {written} would make {row['name']}'s economy about "
              f"{slips.usd(implied[0], story.doc.country)}; {reference}, so {written} is about "
              f"{_percent(actual)} of it")
    return Hit(span=share.span, related=(amount.span,), fields={
        "figure": figure, "detail": detail, "reference": reference,
        "advice": "A share or an amount slipped? Check both figures.", "suggestion": None, "slip": None,
        "subject": f"{row['name']}'s GDP", "countries": own,
    }, evidence={"subject": f"{row['name']}'s GDP", "figure_usd": round(readings[0], 2),
                 "implied_gdp_usd": round(implied[0], 2), "direction": "too low" if too_small else "too high",
                 "table": [row.citation()]})


def _amount_before(story: Story, quantities: list[Quantity], k: int, s0: int) -> Quantity | None:
    """The money the share restates: the figure before it in its sentence, a bracketed conversion aside."""
    prose = story.doc.prose
    share = quantities[k]
    for j in range(k - 1, -1, -1):
        q = quantities[j]
        if q.start < s0:
            return None
        if q.kind == "money":
            if j > 0 and quantities[j - 1].kind == "money" and quantities[j - 1].start >= s0 \
                    and _BRACKETED.fullmatch(prose, _open_bracket(prose, q.start), q.end + 1):
                continue    # "RM1.5 billion ($376 million)": the conversion; the amount is before it
            gap = _BRACKETED.sub(lambda m: " " * len(m.group()), prose[q.end:share.start])
            if len(gap) > 120 or not _RESTATED.search(gap) or _NEW_CLAUSE.search(gap):
                return None
            if any(o.kind in ("money", "percent") for o in quantities[j + 1:k]
                   if not _inside_brackets(prose, q.end, o.start)):
                return None
            if q.value and q.low is None:
                return q
            return None
        if q.kind in ("percent",) and not _inside_brackets(prose, q.start, q.start):
            return None
    return None


def _open_bracket(prose: str, at: int) -> int:
    """Where the bracket that holds `at` opens (or `at` itself)."""
    opened = prose.rfind("(", max(0, at - 3), at + 1)
    return opened if opened >= 0 else at


def _inside_brackets(prose: str, start: int, at: int) -> bool:
    before = prose[start:at]
    return before.count("(") > before.count(")")


def _owner(story: Story, of: regex.Match, s0: int, at: int) -> str | None:
    """The country whose GDP the share is of."""
    from .plausibility import _country_words, _home_story
    names = _country_words(str(story.data.folder))[0]
    if of.group("owner"):
        return names.get(of.group("owner"))     # "of Malaysia's GDP" (a state's or a firm's: none)
    if of.group("home") and of.group("home").strip().lower() == "the":
        return None     # "of the GDP" of something said before
    # (a people counts: "Tajik migrants ... from Russia" may be either's GDP)
    named = {x.code for x in story_mentions(story).named_within(s0, at)}
    if len(named) == 1:
        return named.pop()
    home = story.doc.country
    if named or not home or not _home_story(story, home):
        return None
    return home


def _usd_readings(story: Story, q: Quantity, on: dt.date) -> list[float]:
    """The amount in dollars under each currency its mark may mean (none if a rate is missing)."""
    out = []
    for unit in (q.unit,) + tuple(q.alternatives or ()):
        found = story.data.fx.to_usd(q.value, unit, on)
        if found is None:
            return []
        out.append(found[0])
    return out


def _percent(value: float) -> str:
    return f"{slips.number(value, 2)}%" if value >= 0.01 else "less than 0.01%"


# -- a facility's earnings beyond its country's economy ------------------------------------------------------------

# a place that earns from what passes through or comes out of it, within one country
_FACILITY = (r"(?:canal|port|seaport|airport|dam|bridge|pipeline|railway|toll\s+road|tollway|motorway|expressway|"
             r"refinery|mine|oilfield|casino|museum|waterway)")
# "The canal, Egypt's main source of hard currency, ..., earned about", "the port's revenue reached"
_EARNED = regex.compile(
    rf"(?<![\p{{L}}])(?:the|its|this|that)\s+(?:[\p{{Lu}}][\p{{L}}'’-]*\s+){{0,3}}{_FACILITY}s?"
    r"(?:\s*,[^;:()]{1,160}?,)?\s+(?:(?:has|had|have)\s+)?"
    r"(?:earned|earns|generated|generates|brought\s+in|brings\s+in|took\s+in|takes\s+in|raked\s+in|collected|"
    r"made|grossed|posted\s+(?:revenues?|earnings|income)\s+of)"
    r"(?:\s+(?:a\s+record|an\s+estimated|about|around|nearly|almost|roughly|some|over|more\s+than|just\s+over|"
    r"close\s+to|just\s+under|less\s+than))*\s*\Z", regex.I)
# the earnings of a span of years, a target or a forecast: not one year's
_NOT_ONE_YEAR = regex.compile(
    r"\b(?:since|years|decades?|cumulative\w*|combined|in\s+total|altogether|so\s+far|to\s+date|by\s+(?:19|20)\d\d|"
    r"target\w*|aims?|expects?|expected|forecasts?|projected|could|would|will|plans?)\b", regex.I)
_CLAUSE_END = regex.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _earnings_beyond_economy(story: Story) -> Iterator[Hit]:
    for q, published in economy_sized_amounts(story, ("earn", "generat", "brought in", "brings in", "took in",
                                                      "takes in", "raked in", "collected", "made", "gross", "posted")):
        hit = _earning_hit(story, q, published)
        if hit is not None:
            yield hit


def economy_sized_amounts(story: Story, cues: tuple[str, ...]) -> Iterator[tuple[Quantity, dt.date]]:
    """(amount, publication date) for each amount of a billion or more, in a dated story whose lowered prose holds
    one of `cues`: the amounts a reader of "more than a whole economy" needs to look at."""
    lowered = story.lowered_prose()
    published = story.doc.publication_date
    if published is None or not any(cue in lowered for cue in cues):
        return
    for q in story.quantities:
        # (no country's economy is below a billion dollars in any currency it is written in)
        if q.kind == "money" and q.value and q.value >= 1e9:
            yield q, published


def _earning_hit(story: Story, q: Quantity, published: dt.date) -> Hit | None:
    from .plausibility import _country_words
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    left = prose[max(s0, q.start - 240):q.start]
    earned = _EARNED.search(left)
    if earned is None:
        return None
    right = prose[q.end:s1]
    own_right = right[:m.start()] if (m := _CLAUSE_END.search(right)) else right
    if _NOT_ONE_YEAR.search(earned.group()) or _NOT_ONE_YEAR.search(own_right):
        return None
    names = _country_words(str(story.data.folder))[0]
    named = {x.code for x in story_mentions(story).within(s0, s1)
             if prose[x.start:x.end] in names and not prose.startswith("$", x.end)}
    return beyond_economy_hit(
        story, q, published, named, subject="a facility's earnings",
        said="earned in a year by one facility is more than a whole economy",
        why="no canal, port, airport or mine earns more than the economy of the country it stands in",
        advice="A scale slip (billion for million)? Check the figure.")


def beyond_economy_hit(story: Story, q: Quantity, published: dt.date, named: set[str], *, subject: str, said: str,
                       why: str, advice: str) -> Hit | None:
    """The finding for a one-year amount of the countries `named` (the story's home country when the sentence names
    none) that is more than the largest of their whole economies at every reading of its currency."""
    from .plausibility import _country, _home_story
    home = story.doc.country
    if not named:
        if not home or not _home_story(story, home):
            return None
        named = {home}
    rows = [_country(story, code) for code in sorted(named)]
    if any(r is None or not r.number("gdp_usd") for r in rows):
        return None
    readings = _usd_readings(story, q, published)
    if not readings:
        return None
    row = max(rows, key=lambda r: r.number("gdp_usd"))
    gdp = row.number("gdp_usd")
    if not all(usd > gdp for usd in readings):
        return None
    figure = story.text_of(q.span)
    reference = f"{row['name']}'s whole GDP was about {slips.usd(gdp, story.doc.country)} in {row['gdp_year']} ({row.source})"
    return Hit(span=q.span, fields={
        "figure": figure, "detail": f"{figure} {said}: {reference}; {why}", "reference": reference,
        "advice": advice, "suggestion": None, "slip": None, "subject": subject, "countries": row["iso2"],
    }, evidence={"subject": subject, "figure_usd": round(readings[0], 2),
                 "plausible_range": [0.0, gdp], "direction": "too high", "table": [r.citation() for r in rows]})
