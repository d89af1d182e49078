"""Land a country lost, larger than the country (FC211).

A fire burns, a flood covers, a drought or a plague of locusts reaches land inside one country: none of it can
be larger than the whole country (rules/tables/areas.csv, total area from the CIA World Factbook). "A wildfire in
the Peloponnese scorched 170,000 square kilometres" is more than all of Greece; the usual slip is a unit
(square kilometres for hectares) or a scale word.

The figure must be an area (km², sq mi, hectares, acres), a land word must stand in its sentence (burned,
flooded, farmland, forest ...), and the sentence must tie it to one country: the one country it names, or, when it
names none, the story's own where the story is mostly about it. Silent for the sea's and the world's (an
exclusive economic zone, "worldwide", a continent, a basin across borders), for a sum over years ("since 2001",
"over the past decade"), and for a yardstick ("an area larger than Portugal", "twice the size of").
"""
from __future__ import annotations

import regex

from .. import slips
from ..entities import story_mentions
from ..subjects import Measure, core_span, story_countries
from .base import Hit, Rule, Story

# square kilometres in one of each area unit the quantity reader gives
_KM2 = {"square kilometre": 1.0, "square mile": 2.589988, "hectare": 0.01, "acre": 0.004046856,
        "square metre": 1e-6}

# Land lost or used inside the country: a fire's, a flood's, a drought's, a farm's
_LAND_WORDS = regex.compile(
    r"(?<![\p{L}])(?:burn(?:ed|t|ing|s)?|scorch(?:ed|ing)|char(?:red|ring)|raz(?:ed|ing)|ravag(?:ed|ing)|"
    r"blaze|blazes|fire|fires|wildfires?|bushfires?|forest\s+fires?|flood(?:s|ed|ing|waters)?|inundat(?:ed|ing)|"
    r"submerg(?:ed|ing)|under\s+water|drought|locusts?|deforest(?:ed|ation)|farmland|cropland|crops|forest|forests|"
    r"woodland|scrub|bush|pasture|grassland|planted|sown|harvested)(?![\p{L}])", regex.I)

# Not inside one country: the sea's, the world's, a region across borders
_NOT_ONE_COUNTRY = regex.compile(
    r"(?<![\p{L}])(?:sea|seas|ocean|oceans|marine|maritime|offshore|waters|seabed|EEZ|exclusive\s+economic\s+zone|"
    r"world|world['’]s|worldwide|global|globally|planet|continent|continental|basin|across\s+(?:the\s+)?"
    r"(?:region|continent|border)|Europe|European|Africa|African|Asia|Asian|Amazon|Mediterranean|Sahel|"
    r"Siberia|Arctic|Antarctic|Americas|Latin\s+America|Middle\s+East|Balkans|Scandinavia|Caribbean|"
    r"Pacific|Atlantic|Horn\s+of\s+Africa|neighbouring|neighboring|countries|nations)(?![\p{L}])", regex.I)

# A sum over years: land burned again and again may add up to more than the country
_OVER_YEARS = regex.compile(
    r"(?<![\p{L}])(?:since|cumulative(?:ly)?|combined|altogether|over\s+the\s+(?:past|last|previous|next)|"
    r"in\s+the\s+(?:past|last)\s+\w+\s+(?:years|decades)|between\s+(?:19|20)\d\d\s+and|decades?|"
    r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d(?!\d)|per\s+decade|a\s+century)(?![\p{L}])", regex.I)

# A country named as a yardstick: "an area larger than Portugal", "twice the size of Greece"
_YARDSTICK = regex.compile(
    r"(?<![\p{L}])(?:size\s+of|larger\s+than|bigger\s+than|greater\s+than|smaller\s+than|as\s+large\s+as|"
    r"as\s+big\s+as|area\s+of|equivalent\s+to|times|compared\s+with|compared\s+to|roughly\s+the|more\s+than\s+all)"
    r"(?![\p{L}])", regex.I)

# slack for a total area given with rounding, or a figure that takes in some coastal water
FACTOR = 1.1


def area_beyond_country(rule: Rule, story: Story, m: Measure) -> Hit | None:
    """A fire's, a flood's or a farm's area in one country larger than that whole country."""
    q = m.quantity
    if q.kind != "physical" or q.unit not in _KM2 or not q.value:
        return None
    s0, s1 = m.sentence
    prose = story.doc.prose
    sentence = prose[s0:s1]
    if not _LAND_WORDS.search(sentence) or _NOT_ONE_COUNTRY.search(sentence) or _OVER_YEARS.search(sentence) \
            or _YARDSTICK.search(sentence):
        return None
    owner = _owner(story, m)
    if owner is None:
        return None
    row = story.data.area_by_country.get(owner)
    area = row.number("area_km2") if row is not None else None
    if not area:
        return None
    lo = (q.low if q.low is not None else q.value) * _KM2[q.unit]
    if lo <= area * FACTOR:
        return None
    span = core_span(story, q)
    figure = story.text_of(span)
    km2 = slips.number(round(lo))
    detail = (f"{figure}{'' if q.unit == 'square kilometre' else f' (about {km2} km²)'} is more than all of {row['name']}, whose total area is about "
              f"{slips.number(area)} km² ({row.source})")
    suggestion = _suggest(q, area)
    advice = (f"A {suggestion[0]} slip? Did you mean {suggestion[1]}?" if suggestion
              else "Land inside one country cannot be larger than the country; check the figure and its unit.")
    return Hit(span=span, fields={
        "figure": figure, "detail": detail, "reference": f"{row['name']}: {slips.number(area)} km²",
        "advice": advice, "suggestion": suggestion[1] if suggestion else None,
        "slip": suggestion[0] if suggestion else None, "subject": f"an area in {row['name']}", "countries": owner,
    }, evidence={"subject": "area", "figure_km2": round(lo, 2), "country_area_km2": area, "country": owner,
                 "table": [row.citation()]}, suggestion=suggestion[1] if suggestion else None)


# The words that make an area a country's whole extent: "Argentina, which covers 2.78m km²", "Chile has a
# total area of ...", "Nepal's total area of ...", "Uganda, a country of 241,550 km²". Only what stands
# between the country's name and the figure is read, so an area in the country ("a park in Kenya covering ...")
# is not the country's.
_WHOLE_EXTENT = regex.compile(
    r"\A(?:['’]s?\s+(?:(?:total|land|surface)\s+)?area\s+(?:of|is)\s+|"
    r",?\s+(?:which|that)\s+(?:covers|spans|measures|has\s+(?:an?\s+)?(?:total\s+|land\s+|surface\s+)?area\s+of)\s+|"
    r"\s+(?:covers|spans|measures|has\s+(?:an?\s+)?(?:total\s+|land\s+|surface\s+)?area\s+of)\s+|"
    r",\s+a\s+(?:country|nation)\s+of\s+)"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under)|more\s+than|over|less\s+than|"
    r"under)\s+)?\Z", regex.I)

# how far a stated whole area may stray from the Factbook's total: land area alone, rounding, land a country
# claims ("including Western Sahara"); the slips it is for are a thousand or a million out
EXTENT_FACTOR = 2.0

# a sea a country's waters cover: "Kiribati ... covers 3.5 million square kilometres of ocean"
_SEA = regex.compile(r"(?<![\p{L}])(?:seas?|oceans?|maritime|marine|waters|EEZ|exclusive\s+economic\s+zone|"
                     r"seabed|offshore)(?![\p{L}])", regex.I)


def country_area_wrong(rule: Rule, story: Story, m: Measure) -> Hit | None:
    """A country's own whole area given far from the record: "Argentina, which covers 278,000 square
    kilometres" (2.78 million) is a magnitude slip."""
    q = m.quantity
    if q.kind != "physical" or q.unit not in _KM2 or not q.value:
        return None
    prose = story.doc.prose
    if _SEA.search(prose, *m.sentence):
        return None
    owner = None
    for x in story_mentions(story).within(m.sentence[0], q.start):
        if _WHOLE_EXTENT.match(prose[x.end:q.start]) and not _capital_named(story, x):
            owner = x.code
    row = story.data.area_by_country.get(owner) if owner else None
    area = row.number("area_km2") if row is not None else None
    if not area:
        return None
    stated = q.value * _KM2[q.unit]
    if area / EXTENT_FACTOR <= stated <= area * EXTENT_FACTOR:
        return None
    span = core_span(story, q)
    figure = story.text_of(span)
    scaled = _scaled(q, stated, area)
    detail = (f"{figure}{'' if q.unit == 'square kilometre' else f' (about {slips.number(round(stated))} km²)'} "
              f"is given as the area of {row['name']}, whose total area is about {slips.number(area)} km² "
              f"({row.source})")
    advice = (f"A magnitude slip? Did you mean {scaled}?" if scaled
              else "Check the figure and its unit against the country's recorded area.")
    return Hit(span=span, fields={
        "figure": figure, "detail": detail, "reference": f"{row['name']}: {slips.number(area)} km²",
        "advice": advice, "suggestion": scaled, "slip": "magnitude" if scaled else None,
        "subject": f"the area of {row['name']}", "countries": owner,
    }, evidence={"subject": "area", "figure_km2": round(stated, 2), "country_area_km2": area, "country": owner,
                 "table": [row.citation()]}, suggestion=scaled)


def _capital_named(story: Story, x) -> bool:
    """Is the mention a capital's name ("Victoria covers ...", "Lake Victoria covers ...")? A city's or a lake's
    area, or an Australian state's, is no country's whole extent, though the capital may stand for its government."""
    from .plausibility_slip import _row
    capitals = ((_row(story, x.code) or {}).get("capital") or "").split("|")
    return story.doc.prose[x.start:x.end] in capitals


def _scaled(q, stated: float, area: float) -> str | None:
    """The figure times a power of ten (a slipped thousand or million) that lands near the record, if one does."""
    for power in (10, 100, 1000, 0.1, 0.01, 0.001):
        if area / EXTENT_FACTOR <= stated * power <= area * EXTENT_FACTOR:
            return f"{slips.number(q.value * power)} {q.unit}s"
    return None


def _owner(story: Story, m: Measure) -> str | None:
    """The one country the sentence names, or the story's own where it names none and the sentence before names
    only it, or names none in a story mostly about it."""
    named = {x.code for x in story_mentions(story).within(*m.sentence)}
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None
    home = story.doc.country
    if not home:
        return None
    before = story_mentions(story).within(*story.doc.sentence_at(max(0, m.sentence[0] - 2)))
    if before and {x.code for x in before} == {home}:
        return home     # "Canada's worst fire season ... Fires burned about ...": the sentence before names it
    top = story_countries(story)
    return home if not before and top and top[0] == home else None


def _suggest(q, area: float) -> tuple[str, str] | None:
    """The usual slip that lands inside the country: square kilometres written for hectares."""
    if q.unit == "square kilometre" and q.value * 0.01 <= area:
        return "unit (square kilometres for hectares)", f"{slips.number(q.value)} hectares"
    return None
