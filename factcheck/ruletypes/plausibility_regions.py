"""Slip-shaped populations of states and provinces (FC208, beside the country check in plausibility_slip).

A state's or province's whole head count that misses its census record (rules/tables/regions.csv) by
exactly a usual slip — ten, a hundred (lakh for crore) or a thousand times — is very unlikely to be about
something else, so the sentence need only tie the figure to the region loosely: one region named in the
figure's clause, a population noun, the figure nearest that noun, read as the whole ("Bihar, home to N
people", "Ontario's population of N", "the N residents of Sindh"). Guards that keep it from reading a
part or another place:

* a city, district, county, town, capital or other place word in the clause silences it ("state" and
  "province" do not: they are the region's own words); so does a second region or another country;
* a group or sector next to the noun ("rural population", "Muslim residents"), share words between figure
  and noun ("of whom", "%"), and a noun post-modified into a part ("people living in", "people affected");
* a target or projection ("by 2036", "projected"); a year in the clause far from the census;
* a proper name before the figure that is no region's or country's ("Lucknow, home to ...").
"""
from __future__ import annotations

import functools
from typing import Iterator

import regex

from . import plausibility_slip as slip
from .base import Hit, Story
from ..subjects import core_span
from .. import slips

# the figure's census year may be this far from a year in its clause (populations do not move tenfold)
YEAR_GAP = 12
# a story published this long after the census no longer reads it as today's head count
STORY_GAP = 20

_NOUN = regex.compile(r"\b(?:(?P<whole>population)|(?P<people>people|inhabitants|residents|citizens))\b", regex.I)
_PREFILTER = ("population", "people", "inhabitants", "residents", "citizens")

# Other places and parts in the clause: the figure is theirs. "state"/"province"/"territory" are the region's.
_OTHER_PLACE = regex.compile(
    r"\b(?:city|cities|town|towns|village|villages|capital|metro|metropolitan|metropolis|urban|rural|district|"
    r"districts|county|counties|municipal|municipality|corporation|council|borough|tehsil|taluka?|block|blocks|"
    r"division|constituency|ward|wards|island|islands|valley|area|areas|zone|region|regions|belt|basin|delta|"
    r"camp|camps|suburbs|outskirts|neighbourhood|neighborhood|diaspora|world|global|continent|bloc|abroad)\b",
    regex.I)
_GROUPS = regex.compile(
    r"\b(?:rural|urban|working-age|adult|elderly|child|youth|student|prison|tribal|Muslim|Hindu|Sikh|Christian|"
    r"Catholic|Jewish|Dalit|indigenous|Aboriginal|Indigenous|Hispanic|Latino|Black|white|Asian|migrant|refugee|"
    r"ethnic|minority|voting|eligible|registered|poor|affected|displaced|unemployed|homeless|farming|"
    r"Francophone|Anglophone|voters)\b", regex.I)
# "people" is the whole only in these shapes before the figure: strong ones ("home to", "Bihar's", "its") ...
_HEDGES = (r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under|"
           r"an\s+estimated|approximately|close\s+to|fewer\s+than|less\s+than|barely|only|a\s+little\s+over)\s+)?")
_WHOLE_LEAD = regex.compile(
    r"(?:\bhome\s+to|\bpopulation\s+of|\b(?:state|province|territory)\s+of|['’]s|\bits)\s+" + _HEDGES + r"$",
    regex.I)
# ... and weak ones ("has", "with"), where the people must be nothing more than the head count
_WEAK_LEAD = regex.compile(
    r"(?:\b(?:has|had|have|houses|housed|counts|counted|numbers|numbered)|"
    r"(?:\b(?:state|province|territory)|\p{Lu}\p{L}+),?\s+with)\s+" + _HEDGES + r"$")
_BARE_AFTER = regex.compile(
    r"\s*(?:[,.;:)(—–]|\s-\s|$|and\b|according\b|as\s+(?:per|of)\b|(?:at|in)\s+(?:the\s+)?(?:last\s+|latest\s+|"
    r"(?:19|20)\d\d\s+)?(?:census|count)\b|in\s+(?:19|20)\d\d\b|(?:is|are|was|were)\b)", regex.I)
# After "people": a post-modifier makes them a part ("people living in slums", "people affected by")
_PART_AFTER = regex.compile(
    r"\s*(?:who|that|whose|which|living|live|lives|from|under|over|below|above|without|aged|across|"
    r"(?!according\b)\p{L}+ing\b|(?!(?:died|included)\b)\p{L}+ed\b|in\s+(?!(?:the\s+)?(?:(?:19|20)\d\d|census|"
    r"last|latest|most\s+recent)\b))", regex.I)
_UP_TO = regex.compile(r"\s+(?i:to)\b")     # "UP to 20 lakh": the adverb, not Uttar Pradesh
_ALLOWED_CAPITALS = frozenset("According Census Home Nearly About Some Roughly Around Almost Over With Its State "
                              "Province Territory Government Statistics Bureau Office Registrar General Australian "
                              "Canadian Indian Pakistani Chinese American".split())


def region_anomalies(story: Story, seen: set[int]) -> Iterator[Hit]:
    """Every slip-shaped whole-region population of the story."""
    table = _table(story)
    if table is None or not any(w in story.lowered_prose() for w in _PREFILTER):
        return
    names, rows = table
    doc = story.doc
    prose = doc.prose
    by_sentence: dict[tuple[int, int], list] = {}
    for q in story.quantities:
        if q.value and q.kind == "number" and id(q) not in seen and slip._is_count(prose, q):
            by_sentence.setdefault(doc.sentence_at(q.start), []).append(q)
    for sentence, figures in by_sentence.items():
        lower = story.lowered_prose()[sentence[0]:sentence[1]]
        if not any(w in lower for w in _PREFILTER):
            continue
        for noun in _NOUN.finditer(prose, sentence[0], sentence[1]):
            hit = _judge(story, noun, sentence, figures, names, rows)
            if hit is not None and id(hit[0]) not in seen:
                seen.add(id(hit[0]))
                yield hit[1]


def _judge(story: Story, noun, sentence, figures, names, rows):
    prose = story.doc.prose
    c0, c1 = slip._clause(prose, sentence, noun.start())
    near = slip._nearest(prose, [q for q in figures if c0 <= q.start and q.end <= c1], noun.start(), noun.end())
    if near is None or not _reads_whole(prose, near, noun, c0):
        return None
    # what owns the figure stands before it or right by it, not after the next comma ("..., has 75 districts")
    last = max(noun.end(), near.end)
    comma = prose.find(",", last, c1)
    scope = prose[c0:min(c1, last + 40, comma if comma >= 0 else c1)]
    # (a region's own name may hold a place word: "Yogyakarta Special Region", "the Northern Territory")
    if _OTHER_PLACE.search(names.sub(" ", slip._RANKING.sub(" ", scope))) or slip._FUTURE.search(scope):
        return None
    # the region names are looked up last, only for a figure that reads as a whole population
    places = [m for m in names.finditer(prose, max(sentence[0], c0 - 40), c1)
              if not (m.group().isupper() and _UP_TO.match(prose, m.end()))]
    named = {prose[m.start():m.end()] for m in places if c0 <= m.start() and m.end() <= c1}
    if not named:
        named = _antecedent(prose, places, c0)      # "Bihar, which is home to ..."
    if len(named) != 1:
        return None                                 # no region, or two ("Punjab and Sindh, home to ...")
    name = named.pop()
    row = _region_row(story, rows.get(name, ()), c0, c1)
    if row is None or _foreign_capital(story, c0, min(near.start, noun.start()), name, row):
        return None
    census = int(row["population_year"])
    years = [int(y) for y in slip._YEAR.findall(scope)]
    if any(abs(y - census) > YEAR_GAP for y in years):
        return None
    published = story.doc.publication_date
    if not years and published is not None and abs(published.year - census) > STORY_GAP:
        return None
    value = float(row["population"])
    ratio = float(near.value) / value
    if 1 / slip.PLAUSIBLE <= ratio <= slip.PLAUSIBLE:
        return None
    shape = slip._slip_shape(ratio, [])
    if shape is None:
        return None
    return near, _hit(story, near, row, value, ratio, shape)


# A relative clause opened right after the region: the region is what it describes
_RELATIVE = regex.compile(r",\s+(?:which|where)\s*\Z", regex.I)


def _antecedent(prose: str, places, c0: int) -> set[str]:
    opener = _RELATIVE.search(prose, max(0, c0 - 12), c0)
    if opener is None:
        return set()
    return {prose[m.start():m.end()] for m in places if m.end() == opener.start()}


def _reads_whole(prose: str, q, noun, c0: int) -> bool:
    """Does the noun name the region's whole population, with this figure as its size?"""
    before_noun = prose[max(c0, noun.start() - 30):noun.start()].split(",")[-1]
    if _GROUPS.search(before_noun):
        return False                                # "the rural population", "Muslim residents"
    if q.end <= noun.start():                       # "home to 20 lakh people"
        between = prose[q.end:noun.start()]
        if between.strip() not in ("", "-strong", "strong") or _GROUPS.search(between):
            return False
        if _PART_AFTER.match(prose, noun.end()):
            return False
        if noun.group("people"):
            lead = prose[max(c0, q.start - 40):q.start]
            return bool(_WHOLE_LEAD.search(lead) or (_WEAK_LEAD.search(lead) and _BARE_AFTER.match(prose, noun.end())))
        return True
    if noun.group("people"):
        return False                                # "people ... 20 lakh": whose, and which people?
    between = slip._ATTRIBUTION.sub(" ", prose[noun.end():q.start])
    return not (slip._PART_WORDS.search(between) or _GROUPS.search(between) or len(between.split()) > 14)


def _region_row(story: Story, candidates, c0: int, c1: int):
    """The row of the named region: in the country the clause names, else the story's; unique otherwise."""
    mentioned = {m.code for m in slip._mentions(story, c0, c1)}
    home = story.doc.country
    if any(code not in {r["country"] for r in candidates} for code in mentioned):
        return None                                 # another country in the clause: a comparison
    for pick in (mentioned, {home} if home else set()):
        chosen = [r for r in candidates if r["country"] in pick]
        if len(chosen) == 1:
            return chosen[0]
    if len(candidates) == 1 and not home:
        return candidates[0]
    if len(candidates) == 1 and home:
        return None                                 # a foreign state with no country named: too loose
    return None


def _foreign_capital(story: Story, start: int, end: int, name: str, row) -> bool:
    """A proper name before the figure that is no region's or country's: a city's figure ("Lucknow, ...")."""
    prose = story.doc.prose
    countries = [(m.start, m.end) for m in slip._mentions(story, start, end)]
    own = set(name.split())
    for w in slip._CAPITALISED.finditer(prose, start, end):
        word = regex.sub(r"['’]s$", "", w.group())
        if (word in own or word in slip._FUNCTION_WORDS or word in slip._MONTHS or word in _ALLOWED_CAPITALS
                or any(a <= w.start() < b for a, b in countries)):
            continue
        return True
    return False


def _hit(story: Story, q, row, value: float, ratio: float, shape: str) -> Hit:
    span = core_span(story, q)
    figure = story.text_of(span)
    name = row["name"]
    reference = (f"{name} ({row['kind']}) had {slips.amount(value, '', 'short')} people at the "
                 f"{row['population_year']} census ({row.source})")
    subject = f"{name}'s population"
    return Hit(span=span, fields={
        "figure": figure, "detail": f"{figure} misses {subject} by {shape}: {reference}", "reference": reference,
        "advice": "A scale-word (lakh for crore, million for billion) or decimal-point slip? Check the figure.",
        "suggestion": None, "slip": shape, "subject": subject, "countries": row["country"],
    }, evidence={"subject": subject, "ratio": round(ratio, 6), "slip": shape, "table": [row.citation()]})


def _table(story: Story):
    return _index(story.data)


@functools.lru_cache(maxsize=4)
def _index(data):
    """The region names (and aliases) as one pattern, and the rows each name may mean."""
    rows: dict[str, list] = {}
    for row in data.regions:
        for written in [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)]:
            rows.setdefault(written, []).append(row)
    if not rows:
        return None
    words = sorted(rows, key=len, reverse=True)
    pattern = regex.compile(r"(?<![\p{L}\p{N}-])(?:" + "|".join(regex.escape(w) for w in words) +
                            r")(?![\p{L}\p{N}-])")
    return pattern, {k: tuple(v) for k, v in rows.items()}
