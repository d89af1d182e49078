"""World output: one producer cannot make more of a commodity than the whole world does.

"Ghana ... normally harvests about 65 million tonnes of beans a year" (the world grows about 5 million tonnes of
cocoa), "Kuwait, which pumps about 24 million barrels of crude a day" (no country pumps more than about 13
million), "Dubai International handled 869 million passengers in 2023" (the busiest airport handled about 105
million): a figure in a commodity's unit, said of ONE producer that produces, harvests, pumps, mines or exports
it (or of one airport or port that handles it), against `rules/tables/world_output.csv`.

A figure is read only when all of these hold, else the check is silent:

* its unit converts to the row's (tonnes from kg, pounds, troy ounces, kt, Mt, bags and bales the row counts;
  barrels a day from b/d, or barrels "a day"/"a year"; cubic metres from cubic feet, bcm, tcf, bcf; a daily
  figure is made a year's) — bushels, litres, barrels of oil equivalent and any other unit are left alone;
* its commodity is named in its own phrase ("tonnes of cocoa beans", "cocoa output reached"), or its unit is the
  commodity's own (barrels a day, passengers, TEU); a word several commodities share ("beans") counts only in a
  story that names exactly one of them; a related thing that weighs more is never read ("sugarcane", "seed
  cotton", "copper ore", "fresh fruit bunches");
* a production word stands in its clause ("produces", "output", "harvest", "pumps", "mined", "exports"; for an
  airport or port "handled", "welcomed", "throughput");
* no word in its clause makes it something else: a stock or reserve, a capacity, consumption, demand or imports, a
  sum over years ("since 1990", "over the decade", "between 2010 and 2020", "cumulative", "combined",
  "to date"), a target decades ahead;
* its owner is one producer: the world, a bloc ("OPEC+"), several countries or "producers" silence it
  ("the world's second-largest producer" said of a country is an apposition, not the owner).

Bounds: any one producer, above `world_factor` times the world's output; a single country (exactly one named
before the figure, or the story's own where the sentence names none but says home by its demonym or "the
country's" or the kind of state it is, "the kingdom's", `_home_grower`), above `country_factor` times the largest producer's output, or `leader_factor` times it for
the largest producer itself (its own figure may be counted more widely: US oil liquids against its crude); one
airport or port (its word in the clause), above `facility_factor` times the busiest one's traffic. A tenfold,
hundredfold or thousandfold slip that lands within the record is suggested.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, ClassVar, Iterator, Mapping

import regex

from .. import slips
from ..entities import story_mentions
from ..model import Quantity, Span
from ..tables import ReferenceData, Row
from .base import Hit, Option, Rule, Story

FIELDS = ("figure", "detail", "reference", "advice", "suggestion", "slip", "subject", "countries")


@dataclass(frozen=True, eq=False)
class _Commodity:
    name: str
    unit: str
    world: float | None
    largest: float | None
    largest_name: str
    largest_iso2: str
    owner: str              # country | airport | port
    year: str
    counted: Mapping[str, float]
    plain: tuple[str, ...]  # aliases that name it alone
    shared: tuple[str, ...]  # "~" aliases: several commodities' word ("beans")
    reexported: bool        # refined and re-exported through hubs (gold through Switzerland): exports are no
                            # country's own output
    row: Row


class WorldOutput:
    name: ClassVar[str] = "world_output"
    category: ClassVar[str] = "plausibility"
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "world_factor": Option(float, 1.5, "flag one producer's output above this multiple of the world's"),
        "country_factor": Option(float, 1.5, "flag one country's output above this multiple of the largest "
                                             "producer's"),
        "leader_factor": Option(float, 2.0, "flag the largest producer's own output above this multiple of its "
                                            "recorded output"),
        "facility_factor": Option(float, 1.5, "flag one airport's or port's traffic above this multiple of the "
                                              "busiest one's"),
        "peak_factor": Option(float, 3.0, "flag one country's oil output above this multiple of its highest yearly "
                                          "output (oil_peaks.csv)"),
        "future_years": Option(int, 10, "a target more than this many years after the story is not read"),
        "suggest": Option(bool, True, "suggest a tenfold, hundredfold or thousandfold slip that fits"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        rows = _commodities(story.data)
        if not rows:
            return
        seen: set[tuple[str, str]] = set()
        for q in story.quantities:
            hit = _check_figure(rule, story, q, rows)
            if hit is None:
                continue
            key = (regex.sub(r"[^\d.]", "", str(hit.fields["figure"])), str(hit.fields["subject"]))
            if key in seen:
                continue
            seen.add(key)
            yield hit


RULE_TYPE = WorldOutput()


# -- the table -------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _commodities_of(folder: str) -> tuple[_Commodity, ...]:
    from ..tables import reference_data
    return tuple(_commodity(row) for row in reference_data(folder).world_output)


def _commodities(data: ReferenceData) -> tuple[_Commodity, ...]:
    return _commodities_of(str(data.folder))


def _commodity(row: Row) -> _Commodity:
    aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
    counted = {}
    for item in (row.get("counted") or "").split("|") if row.get("counted") else ():
        noun, _, tonnes = item.partition(":")
        counted[noun.strip().lower()] = float(tonnes)
    return _Commodity(row["commodity"], row["unit"], row.number("world"), row.number("largest"),
                      row.get("largest_name") or "", row.get("largest_iso2") or "", row["owner"], row["year"],
                      counted, tuple(a for a in aliases if not a.startswith("~")),
                      tuple(a[1:] for a in aliases if a.startswith("~")), row.get("reexported") == "yes", row)


@functools.lru_cache(maxsize=8)
def _alias_pattern(folder: str) -> tuple[regex.Pattern, dict[str, tuple[_Commodity, ...]]]:
    """One pattern for every commodity word, longest first ("crude palm oil" before "crude"), and what each
    word names (lowered)."""
    names: dict[str, list[_Commodity]] = {}
    for c in _commodities_of(folder):
        if c.owner != "country":
            continue        # passengers and TEU are read from the unit, not as a commodity word
        for alias in c.plain + c.shared:
            names.setdefault(alias.lower(), []).append(c)
    words = sorted(names, key=len, reverse=True)
    pattern = regex.compile(r"(?<![\p{L}\d-])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\d])",
                            regex.I)
    return pattern, {w: tuple(cs) for w, cs in names.items()}


# -- one figure ------------------------------------------------------------------------------

# Units the quantity reader gives, in the row's unit (tonnes, barrels a day, cubic metres); "per day" ones are
# made a year's where the row is a year's.
_TONNES = {"tonne": 1.0, "kiloton": 1e3, "megaton": 1e6, "gigaton": 1e9, "kilogram": 1e-3, "gram": 1e-6,
           "pound": 4.5359e-4, "short ton": 0.90718, "long ton": 1.01605,
           # gold and silver are weighed in troy ounces
           "ounce": 3.1103e-5, "troy ounce": 3.1103e-5}
_CUBIC = {"cubic metre": 1.0, "cubic foot": 0.0283168}
# A bare number followed by a word the reader does not take as a unit: (row unit, factor, per day)
_COUNTED_AFTER = regex.compile(
    r"\A[\s-]*(?:(?P<pax>(?:(?:international|domestic|air|airline)\s+)?(?:passengers|travell?ers))"
    r"|(?P<teu>TEUs?|twenty[\s-]foot\s+equivalent\s+units?|containers)"
    r"|(?P<mt>mmt|MMT|mtpa|Mtpa|MTPA|mmtpa|MMTPA)"
    r"|(?P<moz>Moz|moz)|(?P<oz>(?:troy\s+)?ounces|oz)"
    r"|(?P<bcm>bcm|BCM|bcma)|(?P<tcf>tcf|Tcf|TCF)|(?P<bcf>bcf|Bcf|BCF)"
    r"|(?:(?:\d+[\s-]*(?:kg|kilogram|lb|pound)s?[\s-]+)?(?P<bag>bags|sacks|bales)))(?![\p{L}])")
_PER_DAY = regex.compile(r"(?<![\p{L}])(?:(?:a|per|each|every)\s+day|daily|a\s+day|/\s*d(?:ay)?)(?![\p{L}])", regex.I)
_PER_YEAR = regex.compile(r"(?<![\p{L}])(?:(?:a|per|each|every)\s+(?:year|annum)|annually|yearly|p\.?a\.?)"
                          r"(?![\p{L}])", regex.I)
_DAILY_BEFORE = regex.compile(r"(?<![\p{L}])(?:daily|per[\s-]day|a\s+day)\s+(?:[\p{L}-]+\s+){0,3}\Z", regex.I)


@dataclass(frozen=True)
class _Reading:
    unit: str           # the row unit it is in
    value: float        # in that unit, a year's (a day's for barrels a day)
    words_end: int      # where the figure's own words end (unit noun included)
    counted: str = ""   # "bags", "bales": the row must count it


def _reading(story: Story, q: Quantity) -> _Reading | None:
    """The figure in a row's unit, or None."""
    if q.value is None or q.value <= 0 or q.kind not in ("physical", "number"):
        return None
    prose = story.doc.prose
    value = q.low if q.low is not None else q.value
    if q.kind == "number":
        if q.unit is not None:
            return None
        m = _COUNTED_AFTER.match(prose[q.end:q.end + 40])
        if m is None:
            return None
        kind = m.lastgroup
        if kind == "pax":
            return _Reading("passenger", value, q.end + m.end())
        if kind == "teu":
            return _Reading("TEU", value, q.end + m.end())
        if kind == "mt":
            return _Reading("tonne", value * 1e6, q.end + m.end())
        if kind == "moz":
            return _Reading("tonne", value * 1e6 * _TONNES["ounce"], q.end + m.end())
        if kind == "oz":
            return _Reading("tonne", value * _TONNES["ounce"], q.end + m.end())
        if kind == "bcm":
            return _Reading("cubic metre", value * 1e9, q.end + m.end())
        if kind == "tcf":
            return _Reading("cubic metre", value * 1e12 * _CUBIC["cubic foot"], q.end + m.end())
        if kind == "bcf":
            return _Reading("cubic metre", value * 1e9 * _CUBIC["cubic foot"], q.end + m.end())
        if kind == "bag":
            noun = m.group("bag").lower()
            return _Reading("tonne", value, q.end + m.end(), counted="bale" if noun == "bales" else "bag")
        return None
    unit = q.unit or ""
    per_day = unit.endswith(" per day")
    per_year = unit.endswith(" per year")
    base = unit[:-len(" per day")] if per_day else unit[:-len(" per year")] if per_year else unit
    if base in _TONNES:
        return _Reading("tonne", value * _TONNES[base] * (365 if per_day else 1), q.end)
    if base in _CUBIC:
        return _Reading("cubic metre", value * _CUBIC[base] * (365 if per_day else 1), q.end)
    if unit == "barrel per day":
        return _Reading("barrel per day", value, q.end)
    if unit == "million barrels per day":     # "4.3mb/d"
        return _Reading("barrel per day", value * 1e6, q.end)
    if unit == "barrel per year":
        return _Reading("barrel per day", value / 365, q.end)
    if unit == "barrel":
        return _Reading("barrel", value, q.end)    # a day's or a year's: decided by the words after it
    return None


# The commodity's phrase after the figure: "of (the country's) cocoa beans", up to a clause mark or a preposition
_OF_PHRASE = regex.compile(r"\A\s*(?:\([^()]{0,60}\)\s*)?(?P<of>of\s+)?(?P<phrase>(?:[\p{L}'’-]+\s*){0,5})")
_PHRASE_STOP = regex.compile(r"(?<![\p{L}])(?:a|an|per|in|to|from|for|at|last|this|that|by|and|or|on|worth|valued|"
                             r"which|while|with|during|over|each|every|daily|annually|yearly|since|was|were|is|are|"
                             r"has|had|have|will|would|its|their)(?![\p{L}])", regex.I)
# Heavier things than the commodity, or a different measure of it: never the row
_NOT_THE_ROW = regex.compile(
    r"(?<![\p{L}])(?:sugar\s*cane|sugarcane|cane|(?:white|black|green|brown|yellow)\s+gold|beets?|seed\s+cotton|cottonseed|cherr(?:y|ies)|fresh\s+fruit\s+bunch\w*|"
    r"FFBs?|(?<!iron\s)ores?|concentrates?|oil\s+equivalent|boe|boed|boepd|gas\s+equivalent|"
    r"greenhouse|emissions?|CO2|carbon|methane|flar\w+|waste|tailings|slag|scrap|milk|cocoa\s+butter|powder|"
    r"liquor|paste|chocolate|instant|roasted|ethanol|biodiesel|cakes?|meal|kernels?|fertili[sz]ers?|feed|flour|"
    r"noodles|products)(?![\p{L}])", regex.I)
# A production word in the figure's clause
_PRODUCTION = regex.compile(
    r"(?<![\p{L}])(?:produc(?:e|es|ed|ing|tion|er|ers)|output|outputs|harvest\w*|crops?|pump(?:s|ed|ing)?|"
    r"min(?:e|es|ed|ing)|extract\w*|export(?:s|ed|ing)?|ship(?:s|ped|ping|ments?)|grow(?:s|n|ing)?|grew|"
    r"smelt\w*|refin(?:e|es|ed|ing)|mak(?:e|es|ing)|made|yielded|turn(?:s|ed)?\s+out|churn\w*\s+out)(?![\p{L}])",
    regex.I)
_EXPORTS = regex.compile(r"export|ship", regex.I)
_HANDLED = regex.compile(
    r"(?<![\p{L}])(?:handl(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|processed|process(?:es|ing)|"
    r"throughput|traffic|footfall|passed\s+through|moved|saw|sees|recorded|registered|logged)(?![\p{L}])", regex.I)
# Words that make the figure something other than one producer's year of output (in its clause)
_SOMETHING_ELSE = regex.compile(
    r"(?<![\p{L}])(?:reserves?|stocks?|stockpil\w*|inventor(?:y|ies)|deposits?|resources?|in\s+the\s+ground|"
    r"capacit(?:y|ies)|nameplate|demand|consum\w*|import(?:s|ed|ing|er|ers)?|purchas\w*|bought|buy(?:s|ing)?|"
    r"since|cumulative\w*|altogether|combined|together|jointly|in\s+total|to\s+date|decades?|ever|lifetime|"
    r"over\s+(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:[\p{L}\d-]+\s+)?(?:years|decades|seasons)|"
    r"over\s+[\p{L}\d-]+\s+(?:years|decades|seasons)|in\s+[\p{L}\d-]+\s+years|"
    r"between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+(?:to|until|through|till)\s+(?:19|20)\d\d|"
    r"potential|could\s+(?:produce|pump|hold)|enough\s+to|equivalent|worth|valued|value|"
    # what a plant or a terminal can take, not what it did ("will be able to handle up to 260 million
    # passengers a year", "designed to process", "can accommodate")
    r"(?:be\s+)?able\s+to|capable\s+of|designed\s+(?:to|for)|built\s+(?:to|for)|"
    r"(?:can|could)\s+(?:handle|accommodate|take|serve|process|welcome))(?![\p{L}])", regex.I)
# A load against capacity ("still runs close to capacity", "operating at full capacity"): the traffic fills the
# place, so the figure beside it is what it handled, not a capacity
_AT_CAPACITY = regex.compile(r"(?<![\p{L}])(?:close\s+to|near|nearing|at|over|beyond|above|stretched\s+to|full|"
                             r"running\s+to)\s+(?:(?:its|full|maximum|peak)\s+)?capacity(?!\s+(?:of|to|for)\b)(?![\p{L}])",
                             regex.I)
# A level ranked against the years before ("at its lowest level in several years", "the highest in 30 years", "for
# the first time in a decade"): a comparison, not a sum over those years
_RANKED_IN_YEARS = regex.compile(
    r"(?<![\p{L}])(?:(?:lowest|highest|weakest|strongest|smallest|biggest|largest|least|most|first\s+time)"
    r"(?:\s+[\p{L}]+){0,2}?)\s+in\s+(?:(?:a|the\s+past|the\s+last|[\p{L}\d-]+)\s+)?"
    r"(?:years?|decades?)(?![\p{L}])", regex.I)
# A public body's name is no word of the figure's ("the Bureau of Agricultural and Resource Economics expects wheat
# production of", "the Ministry of Energy and Mineral Resources said output"): its capitalised words are not read
_BODY_NAME = regex.compile(r"(?<![\p{L}])(?:Ministry|Department|Bureau|Agency|Institute|Council|Commission|Board|Office|"
                           r"Authority|Administration|Survey|Directorate)\s+(?:of|for)\s+"
                           r"(?:(?:and|of|for|the|&)\s+|[\p{Lu}][\p{L}'’-]*(?:\s+|\Z))+")
_YEAR_SPAN = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
_YEAR = regex.compile(r"(?<![\d/-])(?:19|20)\d\d(?![\d/-])")
# The world, a bloc, several producers: no one producer's
_WIDER = regex.compile(
    r"(?<![\p{L}])(?i:world|world['’]s|global(?:ly)?|globe|worldwide|planet|international\s+market|OPEC\+?|"
    r"bloc|cartel|alliance)(?![\p{L}])|(?<![\p{L}])(?:EU|E\.U\.|European\s+Union|Mercosur|ASEAN)(?![\p{L}])|(?<![\p{L}])(?:members?|member\s+(?:states|countries)|countries|nations|producers|exporters|growers|"
    r"miners|suppliers|states|provinces|regions|continent\w*|industry|sector|airports|ports|terminals|hubs|"
    r"airlines|carriers|operators?|group|network|all\s+of|across)(?![\p{L}])")
# An apposition that ranks the producer in the world ("the world's second-largest producer", "the largest
# exporter in the world"): it does not make the figure the world's
_RANKED = regex.compile(
    r"(?<![\p{L}])(?:the\s+)?(?:world|globe|planet|continent|region|Africa|Asia|Europe|Latin\s+America|Middle\s+East|"
    r"Gulf|country|nation|\p{Lu}[\p{L}]+)['’]s\s+(?:[\p{L}\d.-]+\s+){0,2}?"
    r"(?:largest|biggest|busiest|top|leading|main|major|No\.?\s*\d+|number\s+\w+|second|third|fourth|fifth|"
    r"[\p{L}]+-(?:largest|biggest|busiest|ranked))\s+(?:[\p{L}\d.-]+\s+){0,2}?"
    r"(?:producers?|exporters?|growers?|miners?|suppliers?|airports?|ports?|hubs?|harbou?rs?|compan(?:y|ies)|firms?|"
    r"makers?|economy|countr(?:y|ies)|nations?|sources?|gateways?|terminals?|carriers?|airlines?|players?)"
    r"|(?:largest|biggest|busiest|top|leading|main|major|No\.?\s*\d|number\s+\w+|[\p{L}]+-(?:largest|biggest|busiest))"
    r"\s+(?:[\p{L}-]+\s+){0,3}?(?:in\s+the\s+world|worldwide|globally|on\s+the\s+planet|on\s+earth|"
    r"(?:in|of)\s+(?:Africa|Asia|Europe|the\s+region|the\s+continent))"
    r"|(?:for|among)\s+(?:international|global|world)\s+[\p{L}]+", regex.I)
_CLAUSE_BREAK = regex.compile(r"[;:—–]|\s-\s|,\s+(?:but|while|whereas|although|though|as|and|which|where|when|"
                              r"after|before|up|down|compared|against|making|bringing|taking|accounting)(?![\p{L}])",
                              regex.I)
_AIRPORT = regex.compile(r"(?<![\p{L}])(?:airport|aerodrome)(?![\p{L}])|\b\p{Lu}[\p{L}-]+\s+International(?![\p{L}])"
                         r"|\b(?:Heathrow|Changi|Gatwick|Stansted|Schiphol|Haneda|Narita|Incheon|Suvarnabhumi|"
                         r"Don\s+Mueang|Soekarno-Hatta|Orly|Fiumicino|Malpensa|Barajas|Kastrup|Arlanda|Gardermoen|"
                         r"O['’]Hare|LaGuardia|Dulles)\b"
                         # a named place put as a city's gateway ("Suvarnabhumi, the main gateway to Bangkok,")
                         r"|\b\p{Lu}[\p{L}-]+,\s+(?:the|its|[\p{Lu}][\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?"
                         r"(?:air\s+)?gateway\s+(?:to|for|into)\s+\p{Lu}", regex.I)
# An attribution that opens the sentence ("Airports of Thailand said", "According to the Airports Authority,"): the
# speaker, not the figure's owner
_ATTRIBUTION = regex.compile(
    r"\A\s*(?:(?i:according\s+to)\s+[^,]{1,80},\s*|(?:(?i:the)\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?i:of|for|and|the|&)\s+)?"
    r"\p{Lu}[\p{L}'’.&-]*){0,6}\s+(?:said|says|reported|reports|announced|estimated|estimates)(?:\s+(?:that|on\s+\p{Lu}\p{Ll}+))?"
    r",?\s+)")


def _unattributed(owner_text: str) -> str:
    """The words before the figure without the attribution that opens the sentence."""
    m = _ATTRIBUTION.match(owner_text)
    return owner_text[m.end():] if m else owner_text
_NOT_AIR = regex.compile(r"(?<![\p{L}])(?:airports|rail\w*|metro|train|trains|subway|underground|bus|buses|coach\w*|"
                         r"ferr(?:y|ies)|cruise|ship|ships|airline|airlines|carrier|carriers|pilgrims|visitors|tourists|"
                         r"nationwide|country['’]s|nation['’]s|passenger\s+journeys|trips|rides|ridership|network)"
                         r"(?![\p{L}])", regex.I)
_PORT = regex.compile(r"(?<![\p{L}])(?:port|harbou?r|seaport|terminal|container\s+terminal)(?![\p{L}])", regex.I)
_NOT_PORT = regex.compile(r"(?<![\p{L}])(?:ports|terminals|harbou?rs|operator|operators|group|company|firm|line|"
                          r"lines|carrier|carriers|shipping|fleet|network|globally|worldwide|nationwide|"
                          r"country['’]s|nation['’]s|capacity)(?![\p{L}])", regex.I)


_BRACKET_OPEN_BEFORE = regex.compile(r"\(\s*(?:[\p{L}]+\s+){0,2}\Z")


def _check_figure(rule: Rule, story: Story, q: Quantity, rows: tuple[_Commodity, ...]) -> Hit | None:
    reading = _reading(story, q)
    if reading is None:
        return None
    prose = story.doc.prose
    if _BRACKET_OPEN_BEFORE.search(prose, max(0, q.start - 30), q.start):
        return None     # "(714,000 tons)": an aside whose owner the sentence does not say
    s0, s1 = story.doc.sentence_at(q.start)
    right_all = prose[reading.words_end:s1]
    phrase = _phrase_after(right_all)
    per_day = bool(_PER_DAY.match(phrase.tail)) or bool(_DAILY_BEFORE.search(prose[max(s0, q.start - 60):q.start]))
    per_year = bool(_PER_YEAR.match(phrase.tail))
    unit, value = reading.unit, reading.value
    if unit == "barrel":
        if per_day:
            unit = "barrel per day"
        elif per_year:
            unit, value = "barrel per day", value / 365
        else:
            return None     # a month's shipments, a cargo, a stock: no rate to hold to the record
    elif per_day and unit in ("tonne", "cubic metre", "passenger", "TEU") and q.unit is not None \
            and not q.unit.endswith(" per day"):
        value *= 365
    elif per_day and q.unit is None:
        value *= 365
    clause_left, clause_right = _clause(prose, s0, q.start), _clause_right(right_all)
    if _NOT_THE_ROW.search(phrase.words) or _NOT_THE_ROW.search(_tail_words(clause_left, 4)):
        return None
    candidates = [c for c in rows if c.unit == unit]
    if not candidates:
        return None
    if unit in ("passenger", "TEU", "barrel per day"):
        commodity = candidates[0]
    else:
        # the words before it back to the figure before it: in a list ("... kg of gold, 30,187 tons of
        # cassiterite") the figure before owns the commodity named there
        after_previous = max((p.end for p in story.quantities if s0 <= p.end <= q.start and p is not q
                              and _a_figure(p)), default=s0)
        own_left = prose[max(after_previous, q.start - len(clause_left)):q.start]
        commodity = _named_commodity(story, phrase, own_left, unit)
        if commodity is None:
            return None
    if reading.counted:
        per = commodity.counted.get(reading.counted)
        if per is None:
            return None     # maize in 50-kg bags, a bale of wool: a weight the table does not know
        value *= per
    clause = _AT_CAPACITY.sub(" ", _RANKED_IN_YEARS.sub(" ", clause_left + " " + clause_right))
    if _SOMETHING_ELSE.search(_BODY_NAME.sub(" ", clause)) or _years_apart(clause) or _far_future(story, clause, rule):
        return None
    words = _HANDLED if commodity.owner != "country" else _PRODUCTION
    said = [m.group().lower() for text in (clause_left, phrase.words + " " + phrase.tail[:40])
            for m in words.finditer(text)]
    if not said and commodity.owner == "country" and _conduit_flow(clause_left, phrase.words + " " + phrase.tail[:40]):
        said = ["carried"]      # "the pipeline carried 1.2 billion barrels a day": one line's flow, within the world's
    if not said:
        return None
    only_exports = all(_EXPORTS.match(word) for word in said)
    owner_text = _RANKED.sub(" ", prose[s0:q.start])
    # the speaker who gives the figure is not its owner ("Airports of Thailand said Suvarnabhumi ... handled")
    spoken = _unattributed(owner_text)
    if _WIDER.search(spoken) or _WIDER.search(_RANKED.sub(" ", clause_right)):
        return None
    if commodity.owner == "airport":
        if not (_AIRPORT.search(owner_text) or _AIRPORT.search(clause_right)) or _NOT_AIR.search(spoken) \
                or _NOT_AIR.search(clause_right):
            return None
        bound, ref, basis = commodity.largest * rule.options["facility_factor"], commodity.largest, "busiest"
        owner = None
    elif commodity.owner == "port":
        if not (_PORT.search(owner_text) or _PORT.search(clause_right)) or _NOT_PORT.search(owner_text) \
                or _NOT_PORT.search(clause_right):
            return None
        bound, ref, basis = commodity.largest * rule.options["facility_factor"], commodity.largest, "busiest"
        owner = None
    else:
        codes = {m.code for m in story_mentions(story).within(s0, q.start)}
        owner = next(iter(codes)) if len(codes) == 1 else (_home_grower(story, s0, s1, q.start) if not codes else None)
        peak = _oil_peak(story, owner if owner is not None or commodity.unit != "barrel per day"
                         else _home_producer(story, s0, s1), commodity)
        bound, ref, basis = None, None, "world"
        if commodity.world is not None:
            bound, ref = commodity.world * rule.options["world_factor"], commodity.world
        if owner is not None and commodity.largest is not None and not (only_exports and commodity.reexported):
            factor = rule.options["leader_factor"] if owner == commodity.largest_iso2 else rule.options["country_factor"]
            if bound is None or commodity.largest * factor < bound:
                bound, ref, basis = commodity.largest * factor, commodity.largest, "largest"
        best = peak.number("peak_bpd") if peak is not None else None
        if best is not None and (bound is None or best * rule.options["peak_factor"] < bound):
            owner = peak["iso2"]
            bound, ref, basis = best * rule.options["peak_factor"], best, "peak"
        if bound is None:
            return None
    if value <= bound:
        return None
    return _hit(rule, story, q, reading, commodity, value, ref, basis, owner, value / max(reading.value, 1e-12))


# One conduit's flow ("the pipeline carried", "oil flowing through the strait"): never more than the world produces
_CONDUIT = regex.compile(r"(?<![\p{L}])(?:pipeline|strait|canal)(?![\p{L}])", regex.I)
_FLOW = regex.compile(r"(?<![\p{L}])(?:carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|deliver(?:s|ed|ing)?|"
                      r"flow(?:s|ed|ing)?|pass(?:es|ed|ing)?\s+through|pump(?:s|ed|ing)?)(?![\p{L}])", regex.I)


def _conduit_flow(left: str, right: str) -> bool:
    """Does the figure's clause give one pipeline's, strait's or canal's flow?"""
    return any(_CONDUIT.search(text) for text in (left, right)) and any(_FLOW.search(text) for text in (left, right))


def _oil_peak(story: Story, owner: str | None, commodity: _Commodity) -> Row | None:
    """The owner's highest yearly oil output (oil_peaks.csv), for a figure in barrels a day."""
    if owner is None or commodity.unit != "barrel per day":
        return None
    return story.data.oil_peaks.get(owner)


def _home_producer(story: Story, s0: int, s1: int) -> str | None:
    """The story's own country for output its sentence gives no owner ("Output of crude averaged ..., the
    regulator said"): only where the sentence names no country and every country named before it is the story's
    own (a field's, a firm's or a region's output is a part of the country's, never more)."""
    home = story.doc.country
    if not home or home not in story.data.oil_peaks:
        return None
    before = _named_before_only(story, s0, s1)
    return home if before == {home} else None


def _named_before_only(story: Story, s0: int, s1: int) -> set[str] | None:
    """The countries named before the sentence, or None when the sentence names one itself."""
    mentions = story_mentions(story)
    return None if mentions.within(s0, s1) else {m.code for m in mentions.within(0, s0)}


# The home country said before the figure without its name: its demonym ("The Australian Bureau of Agricultural
# ... Economics expects wheat production of"), or "the country's"/"the nation's"
# ("the kingdom's", "the republic's", "the emirate's": the kind of state home is, said for its name)
_HOME_UNNAMED = regex.compile(r"(?<![\p{L}])(?i:the|this|our)\s+(?:country|nation|kingdom|republic|emirate|sultanate|"
                              r"city[\s-]state)['’]s(?![\p{L}])"
                              # the nation's ministry that counts the crop or the output ("the agriculture ministry's
                              # latest estimate puts this year's wheat harvest at"), with nothing before its name
                              # that makes it a province's ("the provincial farm ministry")
                              r"|(?<![\p{L}])(?i:the)\s+(?i:(?:agriculture|agricultural|farm|mines|mining|energy|"
                              r"petroleum|oil)\s+ministry|ministry\s+of\s+(?:agriculture|mines|energy|petroleum|oil))"
                              r"(?![\p{L}])")


def _home_grower(story: Story, s0: int, s1: int, at: int) -> str | None:
    """The story's own country for output whose sentence names no country but says home before the figure, by its
    demonym or "the country's" (one of its agencies forecasting the crop, "the country's wheat output"): only
    where every country named before the sentence is the story's own. A farm's or a region's output is a part
    of the country's, never more; the world's is never said with one country's demonym."""
    from .plausibility import _country_words
    home = story.doc.country
    before = _named_before_only(story, s0, s1) if home else None
    if before is None or before - {home}:
        return None
    left = story.doc.prose[s0:at]
    demonyms = [word for word, code in _country_words(str(story.data.folder))[1].items() if code == home]
    said = _HOME_UNNAMED.search(left) or any(regex.search(rf"(?<![\p{{L}}]){regex.escape(d)}(?![\p{{L}}])", left)
                                             for d in demonyms)
    return home if said else None


@dataclass(frozen=True)
class _Phrase:
    words: str      # the commodity's words after the figure ("cocoa beans")
    tail: str       # what follows them ("a year, but ...")
    of: bool        # written "of ..." (the figure's own noun)


def _a_figure(q: Quantity) -> bool:
    """An amount that can own a commodity named before it: not an ordinal ("the first half"), a date or a year."""
    if q.kind not in ("physical", "number", "money", "percent"):
        return False
    return not (q.kind == "number" and q.value is not None and 1900 <= q.value <= 2100 and q.text.strip().isdigit())


def _phrase_after(right: str) -> _Phrase:
    m = _OF_PHRASE.match(right)
    phrase = m.group("phrase") if m else ""
    stop = _PHRASE_STOP.search(phrase)
    cut = stop.start() if stop else len(phrase)
    words = phrase[:cut]
    start = (m.start("phrase") if m else 0) + cut
    return _Phrase(words.strip(), right[start:].lstrip(), bool(m and m.group("of")))


def _clause(prose: str, s0: int, at: int) -> str:
    """The words of the figure's clause before it (back to a semicolon, a dash or a clause-opening comma)."""
    left = prose[s0:at]
    start = 0
    for m in _CLAUSE_BREAK.finditer(left):
        start = m.end()
    return left[start:]


_CLAUSE_MARK = regex.compile(r"[,;:—–(]|\s-\s")     # (compiled once, not looked up in regex's cache per figure)


def _clause_right(right: str) -> str:
    m = _CLAUSE_MARK.search(right)
    return right[:m.start()] if m else right


def _tail_words(text: str, n: int) -> str:
    return " ".join(text.split()[-n:])


def _named_commodity(story: Story, phrase: _Phrase, left: str, unit: str) -> _Commodity | None:
    """The commodity the figure's own words name: after it ("tonnes of cocoa"), else in the words just before it
    ("cocoa output reached"); a shared word ("beans") names the one commodity the story speaks of. A figure whose
    own "of ..." names something else ("tons of cassiterite") is that thing's, whatever stands before it."""
    pattern, names = _alias_pattern(str(story.data.folder))
    texts = (phrase.words,) if phrase.of and phrase.words else (phrase.words, _tail_words(left, 8))
    for text in texts:
        found: set[_Commodity] = set()
        shared: set[str] = set()
        for m in pattern.finditer(text):
            word = m.group().lower()
            options = [c for c in names.get(word, ()) if c.unit == unit]
            plain = [c for c in options if any(a.lower() == word for a in c.plain)]
            if plain:
                found.update(plain)
            elif options:
                shared.add(word)
        if not found and shared:
            found = {c for word in shared for c in _story_commodity(story, names[word], unit)}
        if len(found) == 1:
            return next(iter(found))
        if found or shared:
            return None     # two commodities in one phrase ("coal and palm oil exports"): whose is it?
    return None


def _story_commodity(story: Story, options: tuple[_Commodity, ...], unit: str) -> list[_Commodity]:
    """Of the commodities a shared word may name, the one the story names by a word of its own (none if several)."""
    lowered = story.lowered_prose()
    named = [c for c in options if c.unit == unit and any(
        regex.search(r"(?<![\p{L}])" + regex.escape(a.lower()) + r"(?![\p{L}])", lowered) for a in c.plain)]
    return named if len(named) == 1 else []


def _years_apart(clause: str) -> bool:
    """ "2010-2020" in the clause: a sum over years (a season "2023-24" is written with two digits)."""
    return any(int(m.group(2)) - int(m.group(1)) > 1 for m in _YEAR_SPAN.finditer(clause))


def _far_future(story: Story, clause: str, rule: Rule) -> bool:
    published = story.doc.publication_date
    if published is None:
        return False
    return any(int(y) > published.year + rule.options["future_years"] for y in _YEAR.findall(clause))


_FACTORS = ((10.0, "tenfold", "a decimal point or a zero too many"), (100.0, "hundredfold", "two zeros too many"),
            (1000.0, "thousandfold", "a scale word (million for thousand)"))
_UNIT_NAMES = {"tonne": "tonnes", "barrel per day": "barrels a day", "cubic metre": "cubic metres",
               "passenger": "passengers", "TEU": "TEU"}


def _hit(rule: Rule, story: Story, q: Quantity, reading: _Reading, c: _Commodity, value: float, ref: float,
         basis: str, owner: str | None, scale: float) -> Hit:
    figure = story.text_of(Span(q.start, reading.words_end))
    unit = _UNIT_NAMES[c.unit]
    source = c.row.source
    if basis == "largest":
        reference = (f"the largest producer, {c.largest_name}, produced about {_amount(c.largest)} {unit} of "
                     f"{c.name} in {c.year}" + (f", the whole world about {_amount(c.world)}" if c.world else "")
                     + f" ({source})")
    elif basis == "peak":
        peak = story.data.oil_peaks[owner]
        reference = (f"{peak['name']}'s highest yearly output was about {_amount(ref)} {unit}, in {peak['peak_year']} "
                     f"({peak.source})")
    elif basis == "busiest":
        reference = f"the busiest, {c.largest_name}, handled about {_amount(c.largest)} {unit} in {c.year} ({source})"
    else:
        reference = f"the whole world produced about {_amount(c.world)} {unit} of {c.name} in {c.year} ({source})"
    said = f"{figure} ({_amount(value)} {unit} a {'day' if c.unit == 'barrel per day' else 'year'})" \
        if abs(scale - 1.0) > 0.01 or reading.counted else figure
    who = "one airport" if c.owner == "airport" else "one port" if c.owner == "port" else \
        "one country" if basis == "largest" else story.data.oil_peaks[owner]["name"] if basis == "peak" else \
        "one producer"
    detail = f"{said} is more {c.name if c.owner == 'country' else 'traffic'} than {who} can account for: {reference}"
    if basis == "peak":
        detail = f"{said} is more {c.name} than {who} has ever produced, by far: {reference}"
    suggestion = None
    if rule.options["suggest"]:
        for factor, slip, words in _FACTORS:
            meant = value / factor
            if meant <= ref:
                if meant >= ref * 1e-4:
                    suggestion = (slip, words, _rewrite(story, q, reading, factor))
                break
    if suggestion is not None and suggestion[2]:
        advice = f"A {suggestion[0]} slip ({suggestion[1]})? Did you mean {suggestion[2]}?"
    else:
        suggestion = None
        advice = "No usual slip explains it; check the figure."
    evidence: dict[str, Any] = {
        "subject": c.name, "unit": c.row["unit"], "figure": round(value, 2), "bound": basis,
        "world": c.world, "largest": c.largest, "largest_producer": c.largest_name or None, "year": c.year,
        "owner": owner, "table": [c.row.citation()],
    }
    if suggestion is not None:
        evidence["slip"] = suggestion[0]
    return Hit(span=Span(q.start, reading.words_end), fields={
        "figure": figure, "detail": detail, "reference": reference, "advice": advice,
        "suggestion": suggestion[2] if suggestion else None, "slip": suggestion[0] if suggestion else None,
        "subject": c.name, "countries": owner or "",
    }, evidence=evidence, suggestion=suggestion[2] if suggestion else None)


def _amount(value: float | None) -> str:
    if value is None:
        return "?"
    return slips.amount(value, "", "words")


def _rewrite(story: Story, q: Quantity, reading: _Reading, factor: float) -> str | None:
    """The figure as written with its number divided by `factor` ("65 million tonnes" -> "650,000 tonnes",
    "24 million barrels" -> "2.4 million barrels")."""
    if q.number_span is None or q.low is not None:
        return None
    text = story.doc.text
    n0, n1 = q.number_span
    numeral = text[n0:n1]
    style = slips.style_of(numeral)
    if style == "plain":
        style = "words" if q.value / factor >= 1e6 else "plain"
    written = q.value / factor
    number = slips.amount(written, "", "words" if style == "plain" else style)
    if style == "plain":
        number = slips.number(written, 4)
    return text[q.start:n0] + number + text[n1:reading.words_end]
