"""An air temperature beyond its country's all-time record (FC210).

"Singapore's Paya Lebar station recorded 47.2C" cannot be right where the country's hottest day on record
reached 37.0C; neither can "-41C in Montevideo" in a country whose coldest was about -11C. Each country's
all-time high and low are in rules/tables/temperature_records.csv; a reading more than `margin` (2.5) degrees
beyond one of them is flagged, more than `record_margin` (3) in a story that says a record was set or broken
(a new national record passes the old one by less: the UK's of 2022 by 1.6C; Canada's of 2021, a rare leap,
by 4.6C, and the table holds the new one).

Whose record: a place named in the sentence gives its country (a country's name, alias or capital from
countries.csv, a state or province from regions.csv; a demonym is a people, not a place); a sentence that
names none is the story's own country's (its front matter), a demonym's, or a country named earlier in the
story, and is flagged only beyond every one of their records. Where the sentence names several countries,
only a figure beyond each one's record is flagged; a country without a row silences it. A figure beyond
Earth's records is FC204's, not this rule's.

What is an air temperature is read as FC204 reads it (`plausibility.air_temperature`): a weather reading,
not made another thing's by the rule's `ignore_words` (water, sea, body, oven, ...) or `clause_words`
("feels like", "heat index", "surface", ...). Besides: a heat index or "feels like" said earlier in the
paragraph (`paragraph_words`) makes the readings listed after it its own; a gap or a change ("1.5C above
average", "rose by 2C", "a warming of 2C", "a gap of 3.9C", "the difference widened to 4.3C") is no reading; a sentence about the world ("global
temperatures", "the world record") is no country's. Bare "degrees" may be either scale and are flagged only
if impossible in both; "118F", which the quantity reader leaves a bare number in US copy, is Fahrenheit.

Known limit: a city that neither table names ("Seville", "Dubai") in a story whose front matter is another
country, and that names the city's country nowhere before it, is read as the front-matter country's.
"""
from __future__ import annotations

import dataclasses
from typing import Iterator

import regex

from .. import slips
from ..entities import story_mentions
from ..subjects import Measure, core_span, measures
from .base import Hit, Rule, Story

_TEMPERATURE_UNITS = ("degree Celsius", "degree Fahrenheit")
# "118F", "118 F" beside weather words: the quantity reader leaves the number bare
_FAHRENHEIT_AFTER = regex.compile(r"\s?F\b(?![\p{L}\d-])")
# the world's record or Earth's, named in the sentence: its figures are not the place's
# a gap or a change, not a level: "1.5C above pre-industrial levels", "rose by 5C", "a warming of 2C"
_GAP_AFTER = regex.compile(r"\A\s*(?:(?:°|degrees?)\s*)?(?:(?:Celsius|centigrade|Fahrenheit|C|F)\s+)?(?:above|below|warmer|"
                           r"cooler|colder|hotter|higher|lower|more|less|over|under|of\s+(?:global\s+)?warming|"
                           r"rise|increase|drop|fall|anomaly|difference|swing|gap|differential|spread|contrast)\b", regex.I)
_GAP_BEFORE = regex.compile(r"(?:(?<!\b(?:followed|trailed|led|topped|measured|recorded|reported|set)\s+)\bby|\b(?:warming|warmed|anomal\w+|rise|increase|drop|fall|swing|difference|change|"
                            r"jump|plunge|cooling|heating)\s+of)(?:\s+(?:about|nearly|around|some|almost|up\s+to|"
                            r"as\s+much\s+as|more\s+than|over|under|less\s+than|roughly|a|an|the))*\s*\Z", regex.I)
# a gap's own noun before the figure in its clause: "a gap of 3.9C", "the gap between the estates and the park widened to
# 4.3C", "the difference was 5C": a difference between two readings, not one
_GAP_NOUN_BEFORE = regex.compile(
    r"\b(?:gaps?|differences?|differential|spread|contrast|margin|deviation|departure)\b[^,;:.!?\d]{0,60}?"
    r"(?:\b(?:of|to|at|was|is|were|reached|hit|stood\s+at|widened\s+to|narrowed\s+to|grew\s+to|rose\s+to|fell\s+to|"
    r"shrank\s+to)|\bas\s+(?:wide|large|big|much)\s+as)(?:\s+(?:about|nearly|around|some|almost|up\s+to|roughly|"
    r"more\s+than|over|under|less\s+than|just|a|an|the))*\s*\Z", regex.I)
# the world's temperature, not a country's: "global temperatures", "the world's hottest year"
_WORLD = regex.compile(r"\b(?:global(?:ly)?|worldwide|world(?:'s|’s)?|planet(?:'s|’s)?|earth(?:'s|’s)?|"
                       r"pre-?industrial)\b", regex.I)
_WORLD_RECORD = regex.compile(
    r"\b(?:world(?:'s|’s)?|global|globe(?:'s|’s)?|earth(?:'s|’s)?|planet(?:'s|’s)?)\s+(?:[\p{L}-]+\s+){0,3}?"
    r"(?:records?|hottest|coldest|highest|lowest)\b|\b(?:hottest|coldest|highest|lowest)\s+(?:[\p{L}-]+\s+){0,3}?"
    r"(?:on\s+(?:earth|the\s+planet|record\s+(?:anywhere|worldwide|globally))|ever\s+recorded\s+on\s+earth|"
    r"in\s+the\s+world|worldwide|globally)\b", regex.I)

# A story that says a record was set or broken: its reading may pass the table's record (by the record margin)
_RECORD_SAID = regex.compile(
    r"\b(?:national|all[\s-]time|country(?:'s|’s)|nation(?:'s|’s)|new|previous|old|state|standing)\s+"
    r"(?:(?:temperature|heat|high|maximum|minimum|low)\s+)?records?\b|"
    r"\b(?:broke|break|breaks|breaking|broken|beat|beats|beating|surpass\w*|smash\w*|shatter\w*|eclips\w*|"
    r"exceed\w*|topp\w*|top|tops|set|sets|setting)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?"
    r"records?\b|\b(?:highest|lowest|hottest|coldest)\s+(?:[\p{L}-]+\s+){0,2}?ever\s+(?:recorded|measured|"
    r"registered)\b|\brecord[\s-]+(?:breaking|high|low|temperature|heat)\b", regex.I)


def national_temperature_records(rule: Rule, story: Story) -> Iterator[Hit]:
    records = story.data.temperature_records
    if not records:
        return
    for m in measures(story):
        hit = _check(rule, story, m, records)
        if hit is not None:
            yield hit


def _check(rule: Rule, story: Story, m: Measure, records) -> Hit | None:
    q = m.quantity
    if q.value is None:
        return None
    s0, s1 = m.sentence
    prose = story.doc.prose
    if q.kind == "physical" and q.unit in _TEMPERATURE_UNITS:
        scales = tuple(dict.fromkeys(u for u in (q.unit, *q.alternatives) if u in _TEMPERATURE_UNITS))
    elif q.kind == "number" and q.unit is None and (scale := _FAHRENHEIT_AFTER.match(prose, q.end, s1)):
        # "118F": Fahrenheit written without the degree sign, which the reader leaves a number in US copy
        q = dataclasses.replace(q, kind="physical", unit="degree Fahrenheit", end=scale.end(),
                                text=story.doc.text[q.start:scale.end()])
        m = dataclasses.replace(m, quantity=q)
        scales = ("degree Fahrenheit",)
    else:
        return None
    # (imported here, past the tests above: most figures are no temperature, and an import costs each of them)
    from .plausibility import (_CLOSE_BELOW, _REACHED_HEDGES, _bounds, _reached, air_temperature,
                               world_air_limits)
    lo, hi = _bounds(q)
    if q.high is not None and q.low is None and q.hedge and _CLOSE_BELOW.match(q.hedge):
        lo = max(lo, q.high - 1.0)      # "nearly 48C" is still far above 37C
    elif q.high is not None and q.low is None and q.hedge in _REACHED_HEDGES and _reached(story, m):
        lo = max(lo, q.high)            # "highs of up to 48C": it got there
    ranged = q.low is not None and q.high is not None
    # the least and the most the figure says, in Celsius, under each scale it may be in
    readings = [(_celsius(lo, unit), _celsius(hi, unit)) for unit in scales]
    world_low, world_high = world_air_limits(story.data)
    if any(not (world_low <= a and b <= world_high) for a, b in readings):
        return None     # beyond Earth's records (or nearly): FC204's, or not the air's
    margin = max(rule.options["margin"], rule.options["record_margin"]) if story.memo(
        "plausibility.record_said", lambda s: bool(_RECORD_SAID.search(s.doc.prose))) else rule.options["margin"]
    owners = _owners(story, m)
    land = None
    if not owners or any(code not in records for code in owners):
        # a place whose record the table does not hold may be hotter or colder, but never colder than anywhere
        # outside Antarctica has been
        land = _below_land_record(rule, story, readings, ranged)
        if land is None:
            return None
    beyond = []
    for code in owners if land is None else ():
        row = records[code]
        high, low = row.number("high_c"), row.number("low_c")
        above = all((b if ranged else a) > high + margin for a, b in readings)
        below = low is not None and all((a if ranged else b) < low - margin for a, b in readings)
        if not (above or below):
            return None     # possible in one of the countries the figure may belong to
        beyond.append((row, above))
    sentence = prose[s0:s1]
    if _WORLD_RECORD.search(sentence) or _WORLD.search(sentence):
        return None     # "the world record of 56.7C", "global temperatures": the world's, no country's
    start = core_span(story, q).start
    if _GAP_AFTER.match(prose[q.end:s1]) or _GAP_BEFORE.search(prose[max(s0, start - 40):start]) \
            or _GAP_NOUN_BEFORE.search(prose[max(s0, start - 90):start]):
        return None     # "1.5C above pre-industrial levels", "rose by 5C": a gap, not a reading
    if _apparent_before(rule, story, m):
        return None     # "the highest heat index was 49C in Iba, followed by 47C in Dagupan"
    if not air_temperature(rule, story, m):
        return None
    if land is not None:
        return _land_hit(story, m, land, rule.options["land_margin"], _celsius(
            q.value if q.low is None and q.high is None else (lo if ranged else hi), scales[0]))
    row, above = beyond[0]
    # the figure in Celsius, as written (the scale written, or the first the reader gives bare degrees)
    written = q.value if q.low is None and q.high is None else (
        (hi if ranged else lo) if above else (lo if ranged else hi))
    celsius = _celsius(written, scales[0])
    return _hit(story, m, row, above, margin, [r for r, _ in beyond], celsius)


# The limits row of the coldest air measured outside Antarctica (limits.csv), read only here
LAND_SUBJECT = "air temperature outside Antarctica"
# a story set in Antarctica (its stations, its plateau) may be colder than any land outside it
_ANTARCTIC = regex.compile(r"\b(?:Antarctic\w*|South\s+Pole|polar\s+plateau|Vostok|Concordia|Dome\s+[A-F]\b)", regex.I)


def _below_land_record(rule: Rule, story: Story, readings, ranged: bool):
    """The land-record row when every reading is more than `land_margin` below the coldest air measured outside
    Antarctica (-69.6C: "-72C" in northern Kazakhstan is beyond the Northern Hemisphere's record) and the story
    is not about Antarctica; else None. The margin is narrower than a national record's: a country's record may
    fall to a new cold snap, the hemisphere's has stood on the Greenland ice sheet since 1991."""
    row = next((r for r in story.data.limits if r["subject"] == LAND_SUBJECT and r["unit"] == "degree Celsius"), None)
    if row is None or row.number("min") is None:
        return None
    floor = row.number("min") - rule.options["land_margin"]
    if not all((a if ranged else b) < floor for a, b in readings):
        return None
    if story.memo("plausibility.antarctic", lambda s: bool(_ANTARCTIC.search(s.doc.prose))):
        return None
    return row


def _land_hit(story: Story, m: Measure, row, margin: float, celsius: float) -> Hit:
    figure = story.text_of(core_span(story, m.quantity))
    written = figure if m.quantity.unit == "degree Celsius" else f"{figure} ({celsius:.1f}C)"
    low = row.number("min")
    reference = f"the coldest air measured outside Antarctica, {low:.1f}C ({row['note']}; {row.source})"
    detail = f"{written} is {abs(celsius - low):.1f}C below {reference}"
    advice = (f"A reading more than {slips.number(margin, 2)}C below it is not the air's outside Antarctica: a "
              "digit slip, a wind chill, or another thing's temperature? Check the figure.")
    return Hit(span=core_span(story, m.quantity), fields={
        "figure": figure, "detail": detail, "reference": reference, "advice": advice, "suggestion": None,
        "slip": None, "subject": "air temperature", "countries": "",
    }, evidence={"subject": "air temperature", "direction": "too low", "figure_c": round(celsius, 1),
                 "margin_c": margin, "records": [{"place": "outside Antarctica", "record_c": low, **row.citation()}]})


# "the air temperature" between such a word and the figure makes the figure the air's again
_AIR_NAMED = regex.compile(r"\b(?:air|actual|shade)\s+temperatures?\b", regex.I)


def _apparent_before(rule: Rule, story: Story, m: Measure) -> bool:
    """Does the figure's paragraph speak of another measure (a heat index, a "feels like") before it, with no
    "air temperature" between? Readings listed after it are its own: "the highest heat index was 49C in
    Iba, followed by 47C in Dagupan and 46C in Aparri"."""
    from .plausibility import _ignore_pattern
    words = _ignore_pattern(tuple(rule.options.get("paragraph_words") or ()))
    if words is None:
        return False
    start = core_span(story, m.quantity).start
    p0, _ = story.doc.paragraph_at(start)
    before = story.doc.prose[p0:start]
    said = None
    for said in words.finditer(before):
        pass
    # (an "air temperature" in an earlier sentence may be the index's definition: "combines air temperature and
    # humidity")
    return said is not None and not _AIR_NAMED.search(before, max(said.end(), m.sentence[0] - p0))


def _celsius(value: float, unit: str) -> float:
    return value if unit == "degree Celsius" else (value - 32) * 5 / 9


def _owners(story: Story, m: Measure) -> tuple[str, ...]:
    """The countries the figure's place may be in: the places the sentence names, else the story's own
    country and the countries named before the sentence."""
    s0, s1 = m.sentence
    prose = story.doc.prose
    named: list[str] = []
    demonyms: list[str] = []
    index = story_mentions(story)
    for mention in index.within(s0, s1):
        row = index.index.by_code.get(mention.code)
        written = prose[mention.start:mention.end]
        if row is not None and written in {d.strip() for d in (row.get("demonyms") or "").split("|")} \
                and written not in {row["name"], *(a.strip() for a in (row.get("aliases") or "").split("|"))}:
            demonyms.append(mention.code)   # "Singaporean tourists": a people, not a place
        else:
            named.append(mention.code)
    named.extend(_region_countries(story, s0, s1))
    if named:
        return tuple(dict.fromkeys(named))
    found = list(demonyms)
    if story.doc.country:
        found.append(story.doc.country)
    found.extend(mention.code for mention in index.within(0, s0))
    return tuple(dict.fromkeys(found))


def _region_countries(story: Story, s0: int, s1: int) -> list[str]:
    from .plausibility_regions import _index
    table = _index(story.data)
    if table is None:
        return []
    pattern, rows = table
    return [row["country"] for found in pattern.finditer(story.doc.prose, s0, s1) for row in rows[found.group()]]


def _hit(story: Story, m: Measure, row, above: bool, margin: float, rows, celsius: float) -> Hit:
    figure = story.text_of(core_span(story, m.quantity))
    side = "high" if above else "low"

    def record(r) -> str:
        return (f"{_name(story, r['iso2'])}'s all-time record {side}, {r.number(side + '_c'):.1f}C "
                f"({r[side + '_place']}, {_date(r[side + '_date'])}; {r.source})")

    reference = "; ".join(record(r) for r in rows)
    written = figure if m.quantity.unit == "degree Celsius" else f"{figure} ({celsius:.1f}C)"
    gap = abs(celsius - row.number(f"{side}_c"))
    detail = f"{written} is {gap:.1f}C {'above' if above else 'below'} {reference}"
    if len(rows) > 1:
        detail = f"{written} is beyond the record of every country the sentence may mean: {reference}"
    advice = (f"A reading more than {slips.number(margin, 2)}C past a national record is not the air's: a digit or "
              "Fahrenheit slip, or another thing's temperature? Check the figure.")
    return Hit(span=core_span(story, m.quantity), fields={
        "figure": figure, "detail": detail, "reference": reference, "advice": advice, "suggestion": None,
        "slip": None, "subject": "air temperature", "countries": "–".join(r["iso2"] for r in rows),
    }, evidence={"subject": "air temperature", "direction": "too high" if above else "too low",
                 "figure_c": round(celsius, 1), "margin_c": margin,
                 "records": [{"country": r["iso2"], "record_c": r.number(f"{side}_c"), "place": r[f"{side}_place"],
                              "date": r[f"{side}_date"], **r.citation()} for r in rows]})


def _name(story: Story, code: str) -> str:
    from .plausibility import _country
    country = _country(story, code)
    return country["name"] if country is not None else code


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _date(written: str) -> str:
    """ "1983-04-17" -> "17 Apr 1983"; a month or a year as written."""
    parts = written.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return written
