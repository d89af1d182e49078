"""What each figure is about: its subject, the countries it belongs to, its time.

The knowledge checks (plausibility, reference, consistency) only speak when they
know what a figure measures, so this module is deliberately strict: a subject is
read only from a few tight grammatical frames around the figure —

* the noun right after it: "4,500 workers", "23 people were killed",
  "the 1,200km pipeline", "the 20-day war", "a 135-year-old voter";
* the noun right before it, joined by linking words only: "bilateral trade to
  Rs10bn", "trade stood at about $3.1bn", "a population of 14 crore",
  "turnout of 112%", "the mercury reached 125C".

Anything else has no subject, and the checks stay silent on it. Countries come
from the sentence (names, demonyms, capitals) and, for a bilateral figure whose
sentence names fewer than two, from the story's most-mentioned countries. A
figure's *owner* ("India's population", "Bangladesh's $450bn economy") is read
only from names and aliases, never capitals or demonyms: "Karachi's
population" is not Pakistan's.

Results are computed once per story and kept in `story.cache["subjects"]`.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import re

import regex

from .entities import country_index, story_mentions
from .model import Claim, Quantity, Span
from .ruletypes.base import Story
from .tables import ReferenceData

# Words that may sit between a subject noun and its figure: "trade stood at about",
# "population of", "turnout was". Kept short on purpose: every word added here is
# a way to attach a figure to the wrong noun.
_LINK = (r"to|of|at|was|is|were|are|stood|stands|stand|reached|reach|reaches|hit|hits|touched|totalled|"
         r"totaled|totalling|amounted|amounting|worth|valued|estimated|put|around|about|nearly|almost|"
         r"roughly|some|approximately|currently|now|had|has|have|been|be|will|would|could|a|an|the|"
         r"annual|annually|only|just|over|crossed|exceeded|surpassed|reaching|touching|rose|grew|"
         r"climbed|jumped|soared|fell|dropped|declined|increased|decreased|recorded|registered|peaked|"
         r"of\s+about|set|expected|likely|target|targeted|goal|passed|passing|topped|topping|tops|grown|risen|fallen")
_LINKS = rf"(?:[\s,]+(?:{_LINK}))*"
# Who says so, set between a subject and its verb: ", which the statistics agency said", ", officials say,",
# ", according to the census,"
# ", estimated by the World Bank at", " - estimated by the UN at": the agent between the verb and its "at"
_ATTRIBUTION = (r"(?:,\s+(?:(?:which|that)\s+[^,;:()\d%]{0,60}?\b(?:said|says|estimated|estimates|reported|reports|"
                r"announced|believes|believed|calculated|put|puts|pegged|pegs|placed|places|valued|values)|[^,;:()\d%]{0,60}?\b(?:said|say|says|estimated|estimate|"
                r"estimates|reported|reports)\s*,|according\s+to\s+[^,;:()\d%]{1,60}?,)"
                r"|(?:,|\s+[\u2014\u2013-])\s+(?:estimated|put|valued|counted|projected)\s+by\s+[^,;:()\d%]{1,50}?(?=\s+at\b))")
_SAID_BY = regex.compile(_ATTRIBUTION, regex.I)
_COUNTRYISH = r"[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*"
# "between the two neighbours", "between them": the pair is named elsewhere (see `_pair`)
_BOTH = r"(?:(?:the\s+two|both)\s+(?:countries|neighbou?rs|nations|sides|economies|states|partners|allies)|them)"
_BETWEEN = (rf"(?:\s+(?:between\s+{_BOTH}|(?:between|with)\s+(?:the\s+)?{_COUNTRYISH}"
            rf"(?:\s+and\s+(?:the\s+)?{_COUNTRYISH})?))?")

# subject key -> pattern for the noun before the figure (anchored at the figure)
_BEFORE: dict[str, regex.Pattern] = {
    "trade": regex.compile(
        # goods are the whole the trade table counts: "two-way goods trade", "trade in goods (and services)"
        rf"(?P<noun>(?:(?P<bilateral>bilateral|two-way|mutual)\s+|(?:annual|total|overall|goods|merchandise)\s+)*"
        rf"trade(?:\s+in\s+(?:goods(?:\s+and\s+services)?|merchandise))?"
        rf"(?:\s+volumes?)?){_BETWEEN}{_ATTRIBUTION}?{_LINKS}\s*\Z", regex.I),
    # an attribution does not part the noun from its verb: "the population, which the agency said passed"
    # "the number of people living in Vietnam reached": the head count of a place, said the long way
    "population": regex.compile(rf"(?P<noun>(?:total\s+)?population|number\s+of\s+(?:people|inhabitants|residents)"
                                rf"\s+(?:(?:living|residing)\s+)?in\s+(?:the\s+)?(?-i:{_COUNTRYISH}))"
                                rf"(?:\s+of\s+(?:the\s+)?{_COUNTRYISH})?"
                                # "the population, which rose to almost": the relative's verb is the noun's
                                rf"(?:{_ATTRIBUTION}|,\s+which(?=[\s,]+(?:{_LINK})\b))?{_LINKS}\s*\Z", regex.I),
    # GDP takes only copular links: "cost Pakistan's economy an estimated $1.6bn" is a loss, not GDP
    "gdp": regex.compile(r"(?P<noun>(?:nominal\s+|annual\s+)?(?:GDP|gross\s+domestic\s+product|"
                         r"economy(?:['’]s\s+(?:size|value|worth))?))"
                         rf"(?:\s+of\s+(?:the\s+)?{_COUNTRYISH})?(?:\s+(?:in|for)\s+(?:20\d\d|the\s+(?:full\s+)?year))?"
                         rf"{_ATTRIBUTION}?"
                         r"(?:[\s,]+(?:of|at|is|was|has|had|"
                         r"stood\s+at|stands\s+at|worth|valued\s+at|estimated\s+at|totalled|totaled|about|around|nearly|"
                         r"some|roughly|now|currently|reached|hit|topped|amounted\s+to|amounts\s+to|came\s+in\s+at|"
                         # "taking gross domestic product to about $240bn", "pushed the size of its economy to":
                         # the level a verb takes the economy to
                         r"(?<=(?:taking|took|pushing|pushed|lifting|lifted|bringing|brought|raising|raised)\s+"
                         r"(?:the\s+|its\s+|their\s+|\p{Lu}\p{L}+['’]s\s+)?(?:size\s+of\s+(?:the\s+|its\s+|their\s+)?)?"
                         r"(?:nominal\s+)?(?:GDP|gross\s+domestic\s+product|economy)\s+)to|"
                         # "the economy, which produces about €6bn of goods and services a year" (a part it
                         # generates is no GDP: plausibility holds this link to "of goods and services" after)
                         r"(?:which|that)\s+(?:produces|produced|generates|generated)|"
                         # "an economy that produces goods and services worth about $1.4tn a year": the same said
                         # with the worth last
                         r"(?:which|that)\s+(?:produces|produced|generates|generated)\s+goods\s+and\s+services\s+"
                         r"(?:worth|valued\s+at)|"
                         # a level reached, never the change: "grew 5% to" (not "grew by", not "grew $2bn")
                         r"(?:rose|grew|expanded|climbed|increased|jumped|fell|shrank|contracted|declined|dropped)"
                         r"(?:\s+(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent|pc))?"
                         # "grew 4% in 2023 to", "shrank 3% last year to": the year of the change
                         r"(?:,?\s+(?:in\s+(?:19|20)\d\d|last\s+year|in\s+the\s+(?:past|last)\s+year),?)?\s+to|"
                         # "fell from close to $55bn in 2018 to $20bn": the level it started from, also the GDP then
                         r"(?:rose|grew|expanded|climbed|increased|jumped|fell|shrank|contracted|declined|dropped|"
                         r"plunged|slumped|collapsed)\s+from(?:\s+close\s+to)?))+\s*\Z"
                         # the size in apposition: "Nepal's economy, about $40 billion, ..." (the hedge is the figure's)
                         r"|(?P<noun>(?:GDP|gross\s+domestic\s+product|economy)),(?P<apposition>)\s*\Z", regex.I),
    # "turnout across the regency was", "voter participation in the runoff stood at", "a turnout of"
    # (an aside with no figure in it does not part the noun from its verb: "turnout in the Ashanti Region, the
    # party's stronghold, was", "turnout, the commission said, was")
    "turnout": regex.compile(rf"(?P<noun>(?:voter\s+|electoral\s+)?turnout|(?:voter|electoral)\s+participation|"
                             rf"(?:polling|voting|voter)\s+percentage)"
                             rf"(?:\s+(?:across|in|at|for|among|throughout|nationwide|overall|countrywide)"
                             rf"(?:\s+(?!(?:was|is|were|stood|reached|hit|of|at)\b)[\p{{L}}\d'’.-]+){{0,4}}?)?"
                             rf"(?:,\s+(?!(?:and|but|or)\b)[^,;:()\d%]{{1,60}}?(?=,))?"
                             rf"{_LINKS}\s*\Z", regex.I),
    "killed": regex.compile(rf"(?P<noun>death\s+toll|(?:number\s+of\s+)?(?:deaths|dead|fatalities)|"
                            rf"(?:killed|killing|kills|killed\s+at\s+least|claimed\s+the\s+lives\s+of)){_LINKS}\s*\Z", regex.I),
    "injured": regex.compile(rf"(?P<noun>(?:injured|injuring|wounded|wounding|injuries)){_LINKS}\s*\Z", regex.I),
    "age": regex.compile(r"(?P<noun>\baged|\bage\s+of|\bat\s+the\s+age\s+of)\s*\Z", regex.I),
    "temperature": regex.compile(
        rf"(?P<noun>temperatures?|mercury|the\s+heat|heat\s*wave|maximum|minimum|high|low){_LINKS}\s*\Z", regex.I),
}
# Letters each _BEFORE pattern cannot match without: the search runs only where one is near.
_BEFORE_WORDS = {"trade": ("trade",), "population": ("population", "number of"), "gdp": ("gdp", "gross", "economy"),
                 "turnout": ("turnout", "participation", "percentage"), "killed": ("death", "dead", "fatalit", "kill", "lives"),
                 "injured": ("injur", "wound"), "age": ("age",),
                 "temperature": ("temperature", "mercury", "heat", "maximum", "minimum", "high", "low")}

_VICTIMS = (r"people|persons|others|civilians|villagers|passengers|soldiers|troops|children|migrants|workers|"
            r"pilgrims|residents|miners|police(?:men)?|officers|militants|fighters|students|protesters|"
            r"worshippers|tourists|fishermen|labourers")
# subject key -> pattern for the noun after the figure (anchored at the figure's end)
_AFTER: dict[str, regex.Pattern] = {
    "killed": regex.compile(
        rf"\A(?:\s+(?:{_VICTIMS}))?(?:\s+(?:were|have\s+been|had\s+been|was|are|being|reportedly|confirmed|"
        rf"been|also|who\s+were|who\s+died|have|has|had|who\s+have|so\s+far|now))*"
        rf"\s+(?P<noun>killed|dead|died|deaths|fatalities|lives\s+lost)\b", regex.I),
    "injured": regex.compile(
        rf"\A(?:\s+(?:{_VICTIMS}))?(?:\s+(?:were|have\s+been|had\s+been|was|are|being|reportedly|others))*"
        rf"\s+(?P<noun>injured|wounded|hurt)\b", regex.I),
    "age": regex.compile(r"\A(?:[-\s]+(?:years?|yrs?))?[-\s]+(?P<noun>olds?)\b", regex.I),
    "turnout": regex.compile(r"\A\s+(?P<noun>(?:voter\s+)?turnout)\b", regex.I),
    # "the $450bn economy", "the $450bn Bangladeshi / New Zealand economy" (capitalised: never "digital economy")
    "gdp": regex.compile(r"\A\s+(?:(?-i:[\p{Lu}][\p{L}]+)\s+){0,2}(?P<noun>economy)\b", regex.I),
}
# Letters each _AFTER pattern cannot match without (in the case-folded text: regex.I folds "ſ" to "s" too)
_AFTER_WORDS = {"killed": ("kill", "dead", "died", "death", "fatalities", "lives"), "injured": ("injured", "wounded", "hurt"),
                "age": ("old",), "turnout": ("turnout",), "gdp": ("economy",)}
# Nouns naming a fixed property of one thing, for counts and attributive measures
# ("4,500 workers", "the 1,200km pipeline", "the 20-day war").
COUNT_NOUNS = frozenset(
    "workers employees staff labourers members seats beds rooms floors storeys stories passengers students teachers "
    "doctors nurses villages schools houses homes households families patients prisoners inmates hostages "
    "lawmakers MPs delegates candidates constituencies districts branches stores outlets flights vehicles "
    "buses trucks aircraft planes ships vessels".split())
ATTRIBUTIVE_NOUNS = frozenset(
    "pipeline road railway line border bridge tunnel canal motorway highway expressway corridor wall dam "
    "fence coastline route track tower building runway cable grid river trail stretch "
    "war conflict siege ceasefire truce strike shutdown lockdown curfew visit trip tour festival "
    "campaign march sit-in protest blockade closure standoff operation offensive "
    "forum summit conference meeting gathering congress convention symposium expo exhibition fair talks event "
    "session workshop retreat "
    "freeway span plant facility factory mill refinery".split())
# Nouns that measure a physical thing only: "a 2.1km span", "the 1,200MW plant" (never "a 10-year span").
PHYSICAL_ONLY = frozenset("span plant facility factory mill refinery line".split())
# Nouns that name the same thing: "3,200 workers" ... "its 2,300 employees"; "a two-day forum" ... "the gathering";
# "the 340km road" ... "the 430km highway"; "the 1.2km bridge" ... "the 2.1km span"; "the plant" ... "the facility".
SAME_THING = {"employee": "worker", "staff": "worker", "labourer": "worker", "workforce": "worker",
              **{n: "gathering" for n in "forum summit conference meeting gathering congress convention symposium "
                                         "expo exhibition fair talks event session workshop retreat".split()},
              **{n: "road" for n in "highway motorway expressway freeway".split()},
              "span": "bridge",
              **{n: "plant" for n in "facility factory mill refinery".split()}}

_GDP_NOT = regex.compile(r"\b(?:cost|costs|costing|lost|lose|loses|losing|drain\w*|inject\w*|add|adds|added|"
                         r"contribut\w+|pump\w*|boost\w*|save\w*)\s+(?:the\s+|[\p{Lu}][\p{L}]+['’]s\s+)?"
                         r"(?:national\s+|global\s+|world\s+)?\Z", regex.I)
_DEFINITE = regex.compile(r"(?:\b(?:the|its|their|his|her|our|those|these)|['’]s)"
                          r"(?:\s+(?:new|proposed|planned|existing|entire|whole|full|same|completed|controversial|"
                          r"ambitious|disputed|delayed|long-delayed|troubled|much-delayed|flagship|landmark|"
                          r"remaining|current|total))?\s*\Z", regex.I)
# (searched backwards: it is anchored at the figure, and only whether it matches counts)
_INCREMENT = regex.compile(r"\b(?:another|more|additional|extra|further|other|new|remaining|surviving|"
                           r"by|of|than|nearly|over|per|every|each)\s*\Z|\b\d[\d,.]*\s+(?:of|out\s+of)\s*\Z",
                           regex.I | regex.REVERSE)
_PARTITIVE_AFTER = regex.compile(r"\A\s+(?:of|out\s+of|more|other|others|additional|per|a\b)", regex.I)
# the first letter past the blanks of every _PARTITIVE_AFTER match (lstrip() strips every \s; I flag: either case)
_PARTITIVE_INITIALS = frozenset("oOmMaApP")
_OF_VOTERS = regex.compile(r"\A\s+of\s+(?:the\s+|all\s+|its\s+|some\s+)?(?:[\d.,]+\s*(?:million|m|bn|billion|crore|"
                           r"lakh|thousand)?\s+)?(?:registered\s+|eligible\s+|enrolled\s+|qualified\s+)?"
                           r"(?:voters|electorate|electors)\b", regex.I)
_A_YEAR = regex.compile(r"\A\s+(?:a|per|each)\s+year\b", regex.I)
# A sentence that moves away in time or narrates a change is about another figure.
# These three are searched in the lowercased sentence, without a case-insensitive flag: the same matches at a
# half to a third of the cost, and they run on every sentence. For three of them the standard library's engine is
# the faster (measured on the bench's news text); both read \b and \d the same way.
# ("in january 2019": a month of a past year is another time as much as the year is)
_SHIFT = re.compile(r"\b(?:earlier|previous|previously|last\s+(?:year|month|week)|ago|in\s+(?:(?:january|february|"
                    r"march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|"
                    r"since|separate|another|elsewhere|initially|first\s+reported|originally)\b")
_CHANGE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|fell|dropped|revised|updated|"
                     # ("offered seats on later sailings", "at a later date": "later" there describes a noun)
                     r"now\s+stands|(?<!\bon\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfor\s)later|from\s+[\d$]|up\s+from|down\s+from|toll\s+(?:rose|climbed|reached))\b")
# ("grew by double digits", "double-digit growth" is a size of change, not a plan to double)
_FUTURE = re.compile(r"\b(?:target|targets|aim|aims|aimed|aiming|goal|raise|raising|raised|boost|boosting|"
                     r"increase|increasing|double(?![\s-]+digits?\b)|doubling|triple|tripling|expand|expanding|"
                     r"vision|projected|projection|forecast|pledged?|by\s+20\d\d|to\s+become|"
                     r"ambition|ambitions)\b")
_SUBYEAR = regex.compile(r"\b(?:month|monthly|months|quarter|quarterly|week|weekly|weeks|half|H[12]|"
                         r"January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|first\s+\w+\s+months|"
                         r"so\s+far|to\s+date|year-to-date|daily|per\s+day)\b")


class SentenceFlags:
    """(subyear, future, shift words, changing) of one sentence, read on first use and shared by its figures.

    Most figures have no subject and no rule asks for these; equal when the values are equal.
    """

    __slots__ = ("text", "_values")

    def __init__(self, text: str):
        self.text = text
        self._values: tuple[bool, bool, tuple[str, ...], bool] | None = None

    def values(self) -> tuple[bool, bool, tuple[str, ...], bool]:
        values = self._values
        if values is None:
            sentence = self.text
            lowered = sentence.lower()
            shifts = tuple(dict.fromkeys(" ".join(w.split()) for w in _SHIFT.findall(lowered)))
            values = self._values = (bool(_SUBYEAR.search(sentence)), bool(_FUTURE.search(lowered)),
                                     shifts, bool(_CHANGE.search(lowered)))
        return values

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SentenceFlags) and (self is other or self.values() == other.values())

    def __hash__(self) -> int:
        return hash(self.values())

    def __repr__(self) -> str:
        return f"SentenceFlags{self.values()!r}"


# Not frozen, but hashed and compared as if it were (treat it as immutable: `_replace` makes a changed copy). A
# frozen dataclass sets each of its 16 fields through object.__setattr__, which made building one cost about as
# much as reading its figure's subject; every figure of every story gets one.
@dataclass(slots=True, unsafe_hash=True)
class Measure:
    """A figure with what it measures, whose it is and when (see the module doc)."""

    quantity: Quantity
    subject: str | None                 # "trade", "population", "gdp", "killed", "age", "worker", "pipeline" ...
    phrase: str = ""                    # the subject words as written
    span: Span | None = None            # the figure plus a subject noun written right after it
    sentence: tuple[int, int] = (0, 0)
    countries: tuple[str, ...] = ()     # countries named in the sentence, in order of mention
    owner: str | None = None            # whose figure: "India's population" -> IN
    pair: tuple[str, str] | None = None  # the two countries of a bilateral figure
    year: int | None = None             # the year the sentence places the figure in
    flags: SentenceFlags | None = None  # the sentence's time words, read when first asked (see the properties)
    definite: bool = False              # "the/its 5,400 workers": refers back to something named
    position: str = ""                  # "after" (noun follows the figure) or "before"
    modifier: str = ""                  # words between an attributive figure and its noun ("Caspian gas")

    @property
    def subyear(self) -> bool:
        """A month, quarter or partial-year figure."""
        return self.flags.values()[0] if self.flags else False

    @property
    def future(self) -> bool:
        """A target, plan or projection."""
        return self.flags.values()[1] if self.flags else False

    @property
    def shifts(self) -> tuple[str, ...]:
        """The words that move the sentence to another time or incident ("since", "in 2022"), lower-cased."""
        return self.flags.values()[2] if self.flags else ()

    @property
    def shifted(self) -> bool:
        """The sentence moves to another time or incident."""
        return bool(self.shifts)

    @property
    def changing(self) -> bool:
        """The sentence narrates a change ("rose to")."""
        return self.flags.values()[3] if self.flags else False

    def claim(self) -> Claim:
        entities = self.pair or ((self.owner,) if self.owner else self.countries)
        return Claim(self.quantity, self.subject, tuple(entities), self.year, Span(*self.sentence))


def measures(story: Story) -> list[Measure]:
    """Every quantity of the story with its subject, countries and time (cached per story)."""
    return story.memo("subjects", _measures)


def _measures(story: Story) -> list[Measure]:
    doc = story.doc
    spans, starts = doc.sentences(), doc.sentence_starts()
    mentions = story_mentions(story)
    facts = story.cache.setdefault("subjects.facts", {})
    flags = story.cache.setdefault("subjects.sentences", {})
    whole = (0, len(doc.text))
    out = []
    for q in story.quantities:
        if q.kind in _SUBJECT_KINDS:        # dates, weekdays: no subject
            i = bisect.bisect_right(starts, q.start) - 1        # (`doc.sentence_at`)
            out.append(_measure(story, q, spans[i] if i >= 0 else whole, mentions, facts, flags))
    return out


def story_countries(story: Story) -> tuple[str, ...]:
    """The story's countries, most mentioned first; the front-matter country counts as one mention."""
    return story.memo("subjects.countries", _ranked_countries)


def _ranked_countries(story: Story) -> tuple[str, ...]:
    ranked = list(story.countries)
    if story.doc.country and story.doc.country not in ranked:
        ranked.append(story.doc.country)
    return tuple(ranked)


def core_span(story: Story, q: Quantity) -> Span:
    """The figure without its hedge: "about 14 crore" -> "14 crore"."""
    start = q.start
    if q.hedge:
        written = story.doc.text[q.start:q.end]
        if written.lower().startswith(q.hedge.lower()):
            start = q.start + len(q.hedge)
            while start < q.end and written[start - q.start].isspace():
                start += 1
    return Span(start, q.end)


# -- reading one figure -----------------------------------------------------------

def _measure(story: Story, q: Quantity, sentence_span: tuple[int, int], mentions, facts: dict, flag_cache: dict) -> Measure:
    doc = story.doc
    s0, s1 = sentence_span
    if s1 < q.end:
        s1 = q.end
    prose = doc.prose
    left = prose[s0:q.start]
    right = prose[q.end:s1]
    sentence = prose[s0:s1]
    subject, phrase, position, noun_end = _subject(q, left, right, q.end)
    if subject is None and q.kind == "number" and q.value and left.endswith(("to ", "to")):
        # "the population fell by 595,000 in the year to October, to 12.44 million": the level the change ends at
        level_left = _change_cut(left)
        if level_left is not None and _subject(q, level_left, right, q.end)[0] == "population":
            left = level_left
            subject, phrase, position, noun_end = _subject(q, left, right, q.end)
    people_of = None
    if subject is None and q.kind == "number" and q.value:
        people_of = _nation_by_its_people(story, left, right)
        if people_of is not None:
            subject, phrase, position, noun_end = "population", people_of[0], "after", q.end + people_of[1]
    countries, years = facts.get((s0, s1)) or _sentence_facts(story, mentions, s0, s1)
    span = Span(core_span(story, q).start if q.hedge else q.start, noun_end if noun_end else q.end)
    definite = bool(_DEFINITE.search(left[-40:])) if position == "after" else False
    if subject == "killed" and position == "before" and _TOLL_OF.search(left[-40:]):
        definite = True     # "the death toll of 30" refers back to the dead counted before
    if subject == "worker" and position == "after" and not definite and _ALL_BEFORE.search(left[-12:]):
        definite = True     # "all 3,400 employees" refers back to the workforce named before
    if phrase == "jobs" and not definite:
        subject, phrase, position, noun_end = None, "", "", 0     # "1,000 jobs at the plant" may be a part
    flags = flag_cache.get((s0, s1)) or _flags_of(story, s0, s1, sentence)
    modifier = ""
    if position == "after" and noun_end and q.kind in ("physical", "duration"):
        modifier = prose[q.end:noun_end - len(phrase)].strip(" -")
    m = Measure(
        quantity=q, subject=subject, phrase=phrase, span=span, sentence=(s0, s1), countries=countries,
        year=_nearest_year(years, q) if years else None, flags=flags, definite=definite, position=position,
        modifier=modifier,
    )
    if subject in ("population", "gdp"):
        owner = people_of[2] if people_of else _owner(story, left, right, sentence, countries, position)
        if owner is None and position == "after":
            owner = _home_owner(story, left, right, countries, s0)
        m = _replace(m, owner=owner)
    elif subject == "trade":
        # only countries before the figure describe it: "... trade to Rs10bn and work with Pakistan and China"
        before = tuple(dict.fromkeys(x.code for x in mentions.within(s0, q.start)))
        m = _replace(m, pair=_pair(story, left, before, s0))
    return m


# The change between a head count's noun and the level it ends at: "fell by 595,000 in the year to October 1,
# 2023, to", "rose by 1.2% over the past year to" (cut, the level reads as "the population fell to").
_CHANGE_BEFORE_LEVEL = regex.compile(
    r"(?<![\p{L}])(?:rose|risen|fell|fallen|grew|grown|shrank|shrunk|declined|dropped|increased|decreased|climbed|"
    r"slipped|swelled|swollen|expanded)\s+"
    r"(?P<cut>by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more\s+than\s+|over\s+)?"
    r"\d[\d,.]*(?:\s*(?:million|thousand|m|k)(?![\p{L}]))?(?:\s+(?:people|inhabitants|residents))?"
    r"(?:\s*(?:%|per\s*cent|percent))?"
    # the span the change took: "in the past year", "in six years", "over the past decade", "since 2016",
    # "since the last census" (the level it ends at is still the noun's)
    r"(?:,?\s+(?:(?:in|over|during)\s+(?:the\s+)?(?:(?:past\s+|last\s+|previous\s+)?"
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:years?|twelve\s+months|12\s+months|months|decades?)"
    r"(?![\p{L}])[^;:()%.]{0,40}?|(?:19|20)\d\d)|last\s+year|since\s+(?:(?:19|20)\d\d|the\s+(?:last|previous)\s+"
    r"(?:census|count))))?,?\s+)to\s*\Z", regex.I)


def _change_cut(left: str) -> str | None:
    """`left` with a change's size and time cut out before the level it ends at, or None."""
    offset = max(0, len(left) - 120)
    m = _CHANGE_BEFORE_LEVEL.search(left, offset)
    if m is None:
        return None
    return left[:m.start("cut")] + left[m.end("cut"):]


def _sentence_flags(story: Story, s0: int, s1: int) -> tuple[bool, bool, tuple[str, ...], bool]:
    """(subyear, future, shift words, changing) of a sentence: read once for all the figures in it."""
    return _flags_of(story, s0, s1).values()


def _flags_of(story: Story, s0: int, s1: int, sentence: str | None = None) -> SentenceFlags:
    """The sentence's flags, one (lazily read) object for all the figures in it."""
    cache = story.cache.setdefault("subjects.sentences", {})
    flags = cache.get((s0, s1))
    if flags is None:
        flags = cache[(s0, s1)] = SentenceFlags(story.doc.prose[s0:s1] if sentence is None else sentence)
    return flags


def _sentence_facts(story: Story, mentions, s0: int, s1: int) -> tuple[tuple[str, ...], list[tuple[Quantity, int]]]:
    """(countries named in the sentence, its figures that state a year): read once for all the figures in it."""
    cache = story.cache.setdefault("subjects.facts", {})
    facts = cache.get((s0, s1))
    if facts is None:
        written, starts = _year_starts(story)
        if starts is not None:      # in order of start: the sentence's share is one slice
            years = written[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
        else:
            years = [(o, y) for o, y in written if s0 <= o.start < s1]
        facts = cache[(s0, s1)] = (tuple(dict.fromkeys(m.code for m in mentions.within(s0, s1))), years)
    return facts


def _year_starts(story: Story) -> tuple[list[tuple[Quantity, int]], list[int] | None]:
    """The written years with their starts, the starts None unless they are in order (once per story)."""
    def compute(s: Story) -> tuple[list[tuple[Quantity, int]], list[int] | None]:
        written = _written_years(s)
        starts = [o.start for o, _ in written]
        return written, starts if all(a <= b for a, b in zip(starts, starts[1:])) else None
    return story.memo("subjects.year_starts", compute)


def _nearest_year(years: list[tuple[Quantity, int]], q: Quantity) -> int | None:
    """`_year_of` over the sentence's written years (the same choice: the nearest, the first on a tie)."""
    best: tuple[int, int] | None = None
    for other, year in years:
        if other is q:
            continue
        distance = abs(other.start - q.start)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _replace(m: Measure, **changes) -> Measure:
    values = {f: getattr(m, f) for f in Measure.__slots__}
    values.update(changes)
    return Measure(**values)


# subject key -> the kinds of figure it can describe
_KINDS = {"trade": ("money",), "gdp": ("money",), "population": ("number",), "turnout": ("percent",),
          "killed": ("number",), "injured": ("number",), "age": ("number", "duration"),
          "temperature": ("physical",)}
_SUBJECT_KINDS = frozenset(kind for kinds in _KINDS.values() for kind in kinds) | {"number", "physical", "duration"}
_WHOLE_OF = regex.compile(r"\b(?:population|turnout|trade|economy|GDP|gross\s+domestic\s+product|toll|total|age|nation|country|kingdom|republic|"
                          r"archipelago|democracy|monarchy|city-state)\s+of\s*\Z", regex.I)
# the same patterns in the same order, only those a kind of figure can take
_AFTER_BY_KIND = {kind: tuple((key, pattern, _AFTER_WORDS[key]) for key, pattern in _AFTER.items()
                              if kind in _KINDS[key])
                  for kind in _SUBJECT_KINDS}
_BEFORE_BY_KIND = {kind: tuple((key, pattern, _BEFORE_WORDS[key]) for key, pattern in _BEFORE.items()
                               if kind in _KINDS[key])
                   for kind in _SUBJECT_KINDS}
# the words `_INCREMENT` can end on (its `\s*\Z` is whitespace `str.rstrip` strips too): tested first, casefolded
# as regex.I folds
_INCREMENT_ENDS = ("another", "more", "additional", "extra", "further", "other", "new", "remaining", "surviving",
                   "by", "of", "than", "nearly", "over", "per", "every", "each")
# every word the `_BEFORE` patterns of a kind need: where none is in the text, the loop over them is skipped
_AFTER_ANY_WORD = {kind: tuple(w for _, _, words in rows for w in words) for kind, rows in _AFTER_BY_KIND.items()}
_BEFORE_ANY_WORD = {kind: tuple(w for _, _, words in rows for w in words) for kind, rows in _BEFORE_BY_KIND.items()}
_YEARS_AFTER = regex.compile(r"\A(?:-|\s+)(?:years?|yrs?)", regex.I)
_WORD_AFTER = regex.compile(r"\A\s+(?P<noun>[\p{L}]+)")
# "the 1,200km pipeline", "the 640km Caspian gas pipeline", "a two-day forum": up to two words before the noun
_ATTRIBUTIVE_AFTER = regex.compile(
    r"\A(?:\s*-?\s*(?:long|high|tall|deep|wide|old))?\s*-?\s*"
    r"(?:(?!(?:of|to|the|a|an|and|or|in|on|for|from|by|with|at|per|each|more|than|over|under|along|across|"
    r"into|was|is|were|are|has|had|have|will|would|that|which|who)\b)[\p{L}]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted((regex.escape(n) for n in ATTRIBUTIVE_NOUNS), key=len, reverse=True)) + r")(?![\p{L}-])")
# "all 3,400 jobs at the plant": a workforce counted in jobs at one workplace
_JOBS_AT = regex.compile(r"\A\s+jobs\s+at\s+(?:the|its|this|that)\s+(?:plant|factory|mill|site|facility|refinery|"
                         r"mine|works|yard|shipyard|company|firm|complex|unit)\b", regex.I)
# "the death toll of 30", "its toll of 30": a toll named with the article refers back
_TOLL_OF = regex.compile(r"\b(?:the|its|their)\s+(?:death\s+)?toll\s+(?:of|at)\s*\Z", regex.I)
_ALL_BEFORE = regex.compile(r"\ball\s*\Z", regex.I)
_STRONG_AFTER = regex.compile(r"\A-strong\s+(?P<noun>workforce)\b")


# "home to 240 million people", "a nation of 34 million", "India's 1.4 billion people", "a country of just 5m";
# weaker frames ("Ghana, with 34 million people", "Chile has 19 million inhabitants") must end the clause there
_PEOPLE_HEDGE = (r"(?:\s+(?:just|only|barely|some|about|around|nearly|almost|roughly|approximately|over|under|"
                 r"(?:more|fewer|less)\s+than|well\s+over|just\s+(?:over|under)|close\s+to))?")
_PEOPLE_BEFORE = regex.compile(r"(?:(?P<frame>\bhome\s+to|\b(?:nation|country)\s+of|(?<=\p{L})['’]s)"
                               r"|(?P<kind>\b(?:kingdom|republic|archipelago|democracy|monarchy|city-state)\s+of)"
                               r"|(?P<weak>\bwith|\b(?:has|had|counts|boasts)))" + _PEOPLE_HEDGE + r"\s*\Z",
                               regex.I | regex.REVERSE)   # anchored at the figure: searched back, one try (same matches)
_PEOPLE_AFTER = regex.compile(
    r"\A(?:\s+(?P<noun>people|inhabitants|citizens|residents|souls|population)\b)?"
    r"(?!\s+(?:who|whom|that|living|live|lives|in|on|under|without|with|aged|below|above|at|across|affected|"
    r"displaced|from|of|out|still|already|employed|working|eligible|registered|enrolled|are\s+(?:poor|under|below|"
    r"living|at|in|without)|need|needing|lack|lacking|face|facing|struggling|suffering|abroad|overseas|online|"
    r"over|older|younger|between|earning|using|owning|infected|vaccinated|unemployed|poor|illiterate|"
    r"dependent|covered|insured|exposed|at\s+risk)\b)"
    r"(?=\s*(?:[,.;:)\u2014\u2013-]|\Z|\s+\p{Ll}))", regex.I)
_WEAK_END = regex.compile(r"\A(?:\s*(?:[,.;:)\u2014\u2013]|\Z)|\s+(?:and|but|is|was|has|had|will|would|can|could|"
                          r"where|which|whose|makes|making|remains|goes|votes|heads)\b)")
# "the 5.3 million-strong nation": the count names its nation after it
_STRONG_NATION = regex.compile(r"\A-strong\s+(?P<noun>nation|country|population)\b", regex.I)


# "a country of N people ...": its people, whatever follows (see `_population_frame`)
_NATION_PEOPLE = regex.compile(r"\A\s+(?P<noun>people|inhabitants|citizens|residents|souls)(?![\p{L}'’-])", regex.I)
# "a nation of 34 million," / "a nation of 34 million is ...": the count ends there
_NOUNLESS_END = regex.compile(r"\A(?:\s*[,.;:)\u2014\u2013]|\s+(?:is|was|has|had|will|would|can|could|where|"
                              r"whose|which|and|but|for|now|faces|heads|goes|votes|went|remains)\b)")


# the words `_PEOPLE_BEFORE` can end on (before its `\s*\Z`, which `str.rstrip` strips too), casefolded as regex.I
# folds: tested first
_PEOPLE_BEFORE_ENDS = ("to", "of", "'s", "’s", "with", "has", "had", "counts", "boasts", "just", "only", "barely",
                       "some", "about", "around", "nearly", "almost", "roughly", "approximately", "over", "under",
                       "than")


def _population_frame(left: str, right: str, end: int) -> tuple[str, str, str, int] | None:
    """A head count of a whole nation: "home to N people", "a nation of N", "India's N people"."""
    strong = _STRONG_NATION.match(right) if right.startswith("-") else None
    if strong and _ARTICLE_END.search(left[-12:]):
        return "population", strong.group("noun"), "after", end + strong.end("noun")
    if not left[-60:].rstrip().casefold().endswith(_PEOPLE_BEFORE_ENDS):
        return None
    before = _PEOPLE_BEFORE.search(left[-60:])
    if before is None:
        return None
    after = _PEOPLE_AFTER.match(right)
    if (after is None or after.group("noun") is None) and \
            (before.group("kind") or (before.group("frame") or "").lower().startswith(("nation", "country"))):
        # "a country of 10 million people that needed a bailout", "... people in southern Europe": whatever
        # follows, a nation's people are its population
        after = _NATION_PEOPLE.match(right) or after
    if after is None:
        return None
    noun = after.group("noun")
    if before.group("weak"):
        # "with 34 million people," only: "with 20 million people food insecure" is a part
        if noun is None or not _WEAK_END.match(right[after.end("noun"):]):
            return None
        return "population", noun, "after", end + after.end("noun")
    frame = (before.group("frame") or before.group("kind")).lower()
    if noun is None:
        # only "a nation of 34 million," may leave the noun unsaid
        if before.group("kind") or not frame.startswith(("nation", "country")) or not _NOUNLESS_END.match(right):
            return None
        return "population", "population", "after", end
    return "population", noun, "after", end + after.end("noun")


# "all 220 million Nigerians", "a nation of 17 million Dutch", "the 24 million people of Pakistan"
_ALL_OF_THEM = regex.compile(r"(?:\ball(?:\s+the)?|\b(?:nation|country)\s+of|\bhome\s+to|(?<![\p{L}-])the)"
                             + _PEOPLE_HEDGE + r"\s*\Z", regex.I | regex.REVERSE)   # anchored at the figure: search back


def people_plurals(folder: str) -> dict[str, str]:
    """Each country's people in the plural, for names only one country has: "Nigerians" -> NG."""
    return _people_frames(folder)[0]


@functools.lru_cache(maxsize=8)
def _people_frames(folder: str) -> tuple[dict[str, str], regex.Pattern, regex.Pattern, dict[str, str]]:
    """Each country's people in the plural ("Nigerians", "Swiss"), "people of <country>", and the demonyms."""
    from .entities import country_index
    plurals: dict[str, set[str]] = {}
    demonyms: dict[str, set[str]] = {}
    for code, row in country_index(folder).by_code.items():
        for demonym in (row.get("demonyms") or "").split("|"):
            demonym = demonym.strip()
            if len(demonym) >= 3:
                demonyms.setdefault(demonym, set()).add(code)
                # "Chinese", "Swiss", "Irish", "Dutch" stay as they are; "Nigerian" -> "Nigerians"
                plural = demonym if demonym.endswith(("ese", "ss", "sh", "ch")) else demonym + "s"
                plurals.setdefault(plural, set()).add(code)
    single = {plural: codes.pop() for plural, codes in plurals.items() if len(codes) == 1}
    words = "|".join(regex.escape(p) for p in sorted(single, key=len, reverse=True))
    names = _strict_names(folder)[1]
    return (single, regex.compile(rf"\A\s+(?P<noun>{words})(?![\p{{L}}'’])"),
            regex.compile(rf"\A\s+(?P<noun>people|inhabitants|citizens|residents)\s+of\s+(?:the\s+)?"
                          rf"(?P<name>{names})(?![\p{{L}}'’])"),
            {d: codes.pop() for d, codes in demonyms.items() if len(codes) == 1})


# the words `_ALL_OF_THEM` can end on (before its `\s*\Z`), casefolded as regex.I folds: tested first
_ALL_OF_THEM_ENDS = ("all", "the", "of", "to", "just", "only", "barely", "some", "about", "around", "nearly", "almost",
                     "roughly", "approximately", "over", "under", "than")
_PEOPLE_OF_WORDS = ("people", "inhabitants", "citizens", "residents")     # the words `people_of` starts with
_HOME_TO_END = regex.compile(r"\bhome\s+to" + _PEOPLE_HEDGE + r"\s*\Z", regex.I)


def _names_country(story: Story, text: str, code: str) -> bool:
    names, alternation = _strict_names(str(story.data.folder))
    return any(names.get(m.group()) == code for m in regex.finditer(rf"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", text))


def _nation_by_its_people(story: Story, left: str, right: str) -> tuple[str, int, str] | None:
    """(noun, its end after the figure, country) for a nation counted by its people, or None."""
    if not left[-40:].rstrip().casefold().endswith(_ALL_OF_THEM_ENDS) or not _ALL_OF_THEM.search(left[-40:]):
        return None
    after = right.lstrip()
    if not (right[:1].isspace() and after[:1].isupper() or after.startswith(_PEOPLE_OF_WORDS)):
        return None     # neither a demonym ("Nigerians") nor "people of ..." follows: skip the long patterns
    plurals, demonym, people_of, _ = _people_frames(str(story.data.folder))
    m = demonym.match(right)
    if m:
        if not _PEOPLE_AFTER.match(right[m.end():]):
            return None     # "all 2 million Nigerians abroad", "the 30 million Kenyans who ..."
        if not regex.search(r"(?:\ball(?:\s+the)?|\b(?:nation|country)\s+of|\bhome\s+to)" + _PEOPLE_HEDGE
                            + r"\s*\Z", left[-40:], regex.I):
            return None     # "the 2 million Nigerians" may be any group of them
        code = plurals[m.group("noun")]
        if _HOME_TO_END.search(left[-40:]) and not _names_country(story, left, code):
            return None     # "The UAE is home to 3.5 million Indians": a diaspora, not India
        return m.group("noun"), m.end(), code
    m = people_of.match(right)
    if m and _PEOPLE_AFTER.match(right[m.end():]):
        return m.group("noun"), m.end("noun"), _strict_names(str(story.data.folder))[0][m.group("name")]
    return None


# "€6bn of goods and services a year": what an economy produces, not a part of something
OF_GOODS_AND_SERVICES = regex.compile(r"\s*(?:worth\s+)?of\s+goods\s+and\s+services(?![\p{L}])", regex.I)


def _subject(q: Quantity, left: str, right: str, end: int) -> tuple[str | None, str, str, int]:
    """(subject key, words as written, "before"/"after", end offset of a following noun)."""
    if q.kind not in _SUBJECT_KINDS:
        return None, "", "", 0      # dates, weekdays, ordinals: no subject reads them
    if q.kind not in ("physical", "duration") and left[-30:].rstrip().casefold().endswith(_INCREMENT_ENDS) \
            and _INCREMENT.search(left[-30:]):
        # "another 500 workers", "rose by $2bn", "23 of the" — a part or a change, not the thing itself
        if not _WHOLE_OF.search(left[-30:]):
            return None, "", "", 0
    if right[:1].isspace() and right.lstrip()[:1] in _PARTITIVE_INITIALS and _PARTITIVE_AFTER.match(right) \
            and not (q.kind == "money" and (_A_YEAR.match(right) or OF_GOODS_AND_SERVICES.match(right))) \
            and not (q.kind == "percent" and _OF_VOTERS.match(right)):
        # "500 a day", "30 of them"; but "Tk 13bn a year" is a year's amount, and "turnout at 61% of the
        # registered voters" is the turnout
        return None, "", "", 0
    rows = _AFTER_BY_KIND[q.kind]
    if rows:
        folded = right.casefold()
        if not any(map(folded.__contains__, _AFTER_ANY_WORD[q.kind])):
            rows = ()       # no word any of the patterns needs
    for key, pattern, words in rows:
        if key == "age" and not (q.kind == "duration" and q.unit == "year" or q.kind == "number"):
            continue
        if not any(map(folded.__contains__, words)):
            continue
        m = pattern.match(right)
        if m:
            if key == "age" and q.kind == "number" and not _YEARS_AFTER.match(right):
                continue
            return key, m.group("noun"), "after", end + m.end("noun")
    if q.kind == "number":
        found = _population_frame(left, right, end)
        if found is not None:
            return found
        # (_JOBS_AT opens with blanks and "jobs": lstrip() strips every \s; _STRONG_AFTER with "-strong", as written)
        jobs = _JOBS_AT.match(right) if right.lstrip()[:4].casefold() == "jobs" else None
        if jobs:
            return "worker", "jobs", "after", end + jobs.end()
        m = _WORD_AFTER.match(right) or (_STRONG_AFTER.match(right) if right.startswith("-strong") else None)
        if m and (m.group("noun") in COUNT_NOUNS or m.group("noun") == "workforce"):
            key = m.group("noun").rstrip("s") or m.group("noun")
            return SAME_THING.get(key, key), m.group("noun"), "after", end + m.end("noun")
    if q.kind in ("physical", "duration"):
        m = _ATTRIBUTIVE_AFTER.match(right)
        if m and not (q.kind == "duration" and m.group("noun") in PHYSICAL_ONLY):
            return SAME_THING.get(m.group("noun"), m.group("noun")), m.group("noun"), "after", end + m.end("noun")
    tail = left[-160:]
    lowered = tail.lower()
    if not any(map(lowered.__contains__, _BEFORE_ANY_WORD[q.kind])):
        return None, "", "", 0
    for key, pattern, words in _BEFORE_BY_KIND[q.kind]:
        if not any(map(lowered.__contains__, words)):
            continue
        m = pattern.search(tail)
        if m and key == "gdp" and _GDP_NOT.search(tail[:m.start()]):
            continue        # "cost Pakistan's economy $1.6bn": a loss, not the size of the economy
        if m and key == "gdp" and m.group("apposition") is not None and not _APPOSITION_CLOSES.match(right):
            continue        # "hit Pakistan's economy, $30 billion in damage": the figure is what follows it
        if m and key == "trade" and _trade_part(tail[:m.start()]):
            continue        # "barter trade", "border trade", "non-oil trade": a part of the trade
        if m and key == "population" and _DIVISIONS_AFTER.match(right):
            continue        # "the oldest population of Japan's 47 prefectures": a count of its divisions
        if m:
            return key, " ".join(m.group("noun").split()), "before", 0
    return None, "", "", 0


# A size in apposition ends where the aside closes ("Nepal's economy, about $40 billion, ..." or "... in 2023.",
# "a $40 billion economy"); a noun straight after the figure makes it something else ("$30 billion in damage",
# "$9 billion in aid", "$7 billion of which")
_APPOSITION_CLOSES = regex.compile(r"(?:\s+(?:in|as\s+of)\s+(?:19|20)\d\d)?(?:\s*(?:[,;.)]|[—–]|\Z)|\s+-\s|\s+economy\b)",
                                   regex.I)


# A figure that counts a country's divisions, not its people: "of India's 28 states", "Kenya's 47 counties".
_DIVISIONS_AFTER = regex.compile(
    r"\s+(?:[\p{Ll}-]+\s+)?(?:prefectures|states|provinces|counties|districts|regions|cantons|emirates|territories|"
    r"oblasts|governorates|departments|municipalities|cities|towns|villages|islands|constituencies|wards|"
    r"divisions|union\s+territories|countries|nations|members|member\s+states)\b")


# -- whose and when ---------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _strict_names(folder: str) -> tuple[dict[str, str], str]:
    """Country names and aliases only (no capitals, no demonyms), for owners (and their alternation)."""
    from .tables import reference_data
    data: ReferenceData = reference_data(folder)
    names: dict[str, str] = {}
    for row in data.countries:
        for cell in ("name", "aliases"):
            for name in (row.get(cell) or "").split("|"):
                name = name.strip()
                if len(name) >= 2:
                    names.setdefault(name, row["iso2"])
    return names, "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))


def _owner(story: Story, left: str, right: str, sentence: str, countries: tuple[str, ...],
           position: str) -> str | None:
    """The country a population or GDP figure belongs to, or None when not certain."""
    names, frames = _owner_frames(str(story.data.folder))
    tail = left[-200:]
    for frame in frames:
        m = frame.search(tail)
        if m and frame is frames[0] and m.group(0).rstrip().endswith(",") and not _APPOSITION_CLOSES.match(right):
            continue    # "Pakistan's economy, 30 million people out of work": the aside is not about the economy
        # (who says so is no owner: "Kenya's economy, estimated by the World Bank at")
        if m and _no_other_proper_noun(_SAID_BY.sub(" ", m.group(0)[m.end("name") - m.start():]), names):
            if tail[m.end("name"):m.end("name") + 1] not in ("'", "’") and _PART_IN_BEFORE.search(tail, 0, m.start("name")):
                return None     # "Eleven provinces in south-eastern Turkey, home to 14 million": the provinces'
            return names[m.group("name")]
    demonym = _DEMONYM_ECONOMY.match(right) if position == "after" else None
    if demonym:
        # "the $450bn Bangladeshi economy"
        return _people_frames(str(story.data.folder))[3].get(demonym.group("adj"))
    if _LEADING_COUNT.search(tail):
        # "With a population of 220 million, Nigeria is ...", "Home to 220 million people, Nigeria ..."
        m = _named_after(str(story.data.folder)).match(right)
        if m:
            return names[m.group("name")]
    if position == "before" and _LEADING_ECONOMY.search(tail):
        # "With the world's fifth-largest economy, worth about $3.7 trillion, India has ...": the country is the
        # subject named straight after the opening phrase
        m = _named_after(str(story.data.folder)).match(right)
        if m:
            return names[m.group("name")]
    if position == "before" and _REGION_LARGEST.search(tail):
        # "Southeast Asia's largest economy, worth about $1 trillion": a region's biggest is a country, the story's
        # own when the sentence names no other
        top = story_countries(story)
        if top and story.doc.country == top[0] and all(c == top[0] for c in countries):
            return top[0]
    if position == "after":
        # "the $4.5tn economy" in a sentence naming exactly the story's own country
        top = story_countries(story)
        if len(countries) == 1 and top and countries[0] == top[0] and _THE_BEFORE.search(left[-12:]):
            return countries[0]
    return None


_THE_BEFORE = regex.compile(r"\bthe\s*\Z")
# A part of the country named before it, whose the figure after the name is: "eleven provinces in southern and
# south-eastern Turkey, home to", "the north of Nigeria, with", "coastal areas of Vietnam, home to"
_PART_IN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:provinces?|regions?|states?|districts?|cities|city|towns?|villages?|areas?|parts?|counties|"
    r"county|municipalities|zones?|communities|islands?|north|south|east|west|north-east|north-west|south-east|"
    r"south-west|northeast|northwest|southeast|southwest)\s+(?:in|of|across|throughout)\s+(?:the\s+)?"
    r"(?:[\p{Ll}-]+\s+(?:and\s+)?){0,4}?\Z", regex.I)
# An economy that opens the sentence, its country named straight after it ("With an economy worth $X, Kenya ...",
# "Boasting Africa's largest economy, valued at $X, Nigeria ...")
_LEADING_ECONOMY = regex.compile(
    r"\A\s*(?:With|Boasting)\s+(?:an?|the|its)?\s*(?:[\p{L}'’-]+\s+){0,4}?(?:economy|GDP|gross\s+domestic\s+product)"
    r"\s*,?\s+(?:(?:worth|valued\s+at|estimated\s+at|of|at)\s+)" + _PEOPLE_HEDGE + r"\s*\Z")
# "Southeast Asia's largest economy, worth", "Latin America's biggest economy, which produces"
_REGION_LARGEST = regex.compile(r"(?<![\p{L}])(?:(?:South|Southeast|South-East|East|West|North|Central|Latin|Sub-Saharan|"
                                r"Southern|Northern|Eastern|Western)\s+)?(?:Asia|Africa|America|Europe|Gulf|Arab\s+world|"
                                r"Middle\s+East|Caribbean|Pacific|Balkans|Maghreb|Nordics)['’]s\s+(?:largest|biggest)\s+"
                                r"economy\b[^.;\d]{0,60}\Z")
_DEMONYM_ECONOMY = regex.compile(r"\A\s+(?P<adj>[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+economy\b")
# A head count that opens the sentence, its country named straight after it
_LEADING_COUNT = regex.compile(r"\A\s*(?:With|Home\s+to|Boasting)\s+(?:a\s+(?:total\s+|combined\s+)?population\s+of\s*)?"
                               + _PEOPLE_HEDGE + r"\s*\Z")


@functools.lru_cache(maxsize=8)
def _named_after(folder: str) -> regex.Pattern:
    """", Nigeria" straight after a leading head count (never "Nigeria's Lagos")."""
    return regex.compile(rf"\A(?:\s+(?:people|inhabitants|residents|citizens|souls))?\s*,\s+(?:the\s+)?"
                         rf"(?P<name>{_strict_names(folder)[1]})(?![\p{{L}}'’])")
_ARTICLE_END = regex.compile(r"(?:(?<![\p{L}-])(?:a|an|the|this|its|our|their)|(?<=\p{L})['’]s)\s*\Z", regex.I)

# The story's own country, unnamed: "a country of 17 million people", "the nation's 17 million citizens",
# "the country is home to some 17 million" (never "a province of", "a neighbouring country of").
_HOME_BEFORE = regex.compile(
    r"(?:(?<![\p{L}-])(?:a|an|the|this|our|that)\s+(?:(?:small|large|big|vast|tiny|young|poor|rich|wealthy|"
    r"populous|landlocked|island|mostly|Muslim-majority|Catholic|predominantly|\p{Ll}+-\p{Ll}+)\s+){0,2}"
    r"(?:country|nation)\s+of"
    r"|(?<![\p{L}-])(?:the|this|our)\s+(?:country|nation)['’]s"
    r"|(?<![\p{L}-])(?:country|nation)(?:,)?\s+(?:(?:is|was|remains|has\s+become)\s+)?home\s+to"
    r"|(?<![\p{L}-])(?:the|this|our)\s+(?:country|nation)\s+(?:now\s+)?(?:has|had|counts|boasts)"
    r"|(?:\A|[.;:]\s*)\s*home\s+to)" + _PEOPLE_HEDGE + r"\s*\Z", regex.I)
_INDEFINITE_NATION = regex.compile(r"an?\s", regex.I)
_THIS_NATION_END = regex.compile(r"(?<![\p{L}-])(?:the|this|our)\s*\Z", regex.I)
_HOME_SUBJECT_AFTER = regex.compile(r",\s+(?:the|this|our)\s+(?:country|nation)\b")
_NOT_HOME = regex.compile(r"\b(?:neighbou?ring|another|other|foreign|rival|donor|host|partner|sister|third|"
                          r"every|each|any|such)\s+(?:\S+\s+)?(?:country|nation)\b[^,;]{0,20}\Z", regex.I)


def _home_owner(story: Story, left: str, right: str, countries: tuple[str, ...], s0: int) -> str | None:
    """The story's own country for a head count that names no country: "a nation of 17 million people"."""
    home = story.doc.country
    if not home or any(c != home for c in countries):
        return None
    tail = left[-80:]
    m = _HOME_BEFORE.search(tail)
    if m is None and _STRONG_NATION.match(right):
        m = _THIS_NATION_END.search(tail)      # "the 5.3 million-strong nation"
    if m is None or _NOT_HOME.search(tail):
        return None
    if m.group(0).lstrip(" .;:").lower().startswith("home") and not _HOME_SUBJECT_AFTER.match(
            regex.sub(r"\A\s+\p{L}+", "", right, count=1)):
        return None     # "Home to 17 million people, the country ..." only: "Home to ..., Lagos" is a city
    # "the country" refers to the last one named: the sentence before must name no other country
    # ("a country of 5 million" may follow one that only says "Australian wages" or "in Perth")
    p0, p1 = story.doc.sentence_before(s0) or (s0, s0)
    # ("NZ$9bn, or US$5.7bn": a currency mark names no other country)
    others = [x for x in story_mentions(story).named_within(p0, p1) if x.code != home]
    if _INDEFINITE_NATION.match(m.group(0).lstrip(" .;:")):
        names = _strict_names(str(story.data.folder))[0]
        others = [x for x in others if story.doc.prose[x.start:x.end] in names]
    if others:
        return None
    return home


# A change said between the noun and its level: "grew 5.6% in 2023 to", "fell from close to" (the level
# it ends at, or starts from, is still the owner's)
_CHANGE_LINK = (r"(?:\s+(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)(?:,?\s+(?:in\s+(?:19|20)\d\d|last\s+year),?)?"
                r"\s+to|\s+from(?:\s+close\s+to)?)")


@functools.lru_cache(maxsize=8)
def _owner_frames(folder: str) -> tuple[dict[str, str], tuple[regex.Pattern, ...]]:
    """The frames that name a figure's owner, compiled once per table folder (the names make them long)."""
    names, alternation = _strict_names(folder)
    name = rf"(?P<name>{alternation})"
    frames = (
        # "India's population of", "Bangladesh's $450bn" (figure then "economy")
        rf"(?<![\p{{L}}]){name}['’]s\s+(?:total\s+|nominal\s+|estimated\s+|entire\s+|annual\s+)?"
        rf"(?:population|GDP|gross\s+domestic\s+product|economy){_ATTRIBUTION}?"
        # (or its size in apposition: "Nepal's economy, about $40 billion,")
        rf"(?:,\s+(?:which|that)\s+(?:produces|produced|generates|generated))?{_LINKS}{_CHANGE_LINK}?,?\s*\Z",
        rf"(?<![\p{{L}}]){name}['’]s\s*\Z",
        # "Kenya, a $108bn economy", "Ghana, a nation of", "India is home to", "Ghana, home to"
        rf"(?<![\p{{L}}]){name}(?:,\s+|\s+(?:is|was|remains|became|has\s+become)\s+)(?:now\s+)?"
        rf"(?:(?:an?|the)\s*|(?:(?:an?\s+)?(?:nation|country)\s+of|home\s+to){_PEOPLE_HEDGE}\s*)\Z",
        # "the population of India is", "GDP of Pakistan"
        rf"(?:population|GDP|gross\s+domestic\s+product|economy)\s+of\s+(?:the\s+)?{name}[^.;]{{0,30}}\Z",
        rf"\bnumber\s+of\s+(?:people|inhabitants|residents)\s+(?:(?:living|residing)\s+)?in\s+(?:the\s+)?{name}"
        rf"{_LINKS}\s*\Z",
        # "India, with a population of", "India has a population of", "India, a nation of", "Jordan, an economy
        # worth", "Kenya, a middle-income economy of"
        rf"(?<![\p{{L}}]){name}(?:,\s+(?:with|which\s+has|whose|home\s+to|a\s+country\s+(?:of|with))|\s+has|\s+had)"
        rf"\s+(?:a\s+|an\s+|its\s+)?(?:estimated\s+)?(?:total\s+)?(?:population|economy|GDP)[^.;]{{0,30}}\Z",
        rf"(?<![\p{{L}}]){name},\s+(?:an?|the)\s+(?:[\p{{Ll}}-]+\s+){{0,2}}?economy\s+(?:worth|valued\s+at|of|"
        rf"with\s+(?:a\s+)?(?:GDP|output)\s+of){_LINKS}\s*\Z",
        # a head count straight after the name: "Chile has 19 million people", "Ghana, with 34 million people"
        rf"(?<![\p{{L}}]){name}(?:,\s+(?:with|which\s+has|home\s+to)|\s+(?:(?:now|currently|still|already)\s+)?"
        rf"(?:has|had|counts|boasts)){_PEOPLE_HEDGE}\s*\Z",
        # or after an apposition that calls it a country: "Nigeria, Africa's most populous country, with",
        # "Indonesia, the world's largest archipelago nation and home to"
        rf"(?<![\p{{L}}]){name},\s+(?:an?|the|(?:[\p{{Lu}}][\p{{L}}]+\s+)?[\p{{Lu}}][\p{{L}}]+['’]s)\s+[^,;:.()\d]{{0,60}}?"
        rf"\b{_NATION_NOUN}\b"
        rf"[^,;:.()\d]{{0,30}}?(?:,\s*|\s+)(?:with|(?:and\s+)?home\s+to|of|which\s+has|that\s+has|has|had|counts)"
        rf"{_PEOPLE_HEDGE}\s*\Z",
        # "Nigeria (population 220 million)", "Bangladesh, population 171 million,"
        rf"(?<![\p{{L}}]){name}\s*(?:\(|,)\s*population[:\s]*(?:of\s+)?{_PEOPLE_HEDGE}\s*\Z",
    )
    return names, tuple(regex.compile(frame) for frame in frames)


# A word before "trade" that names a part of it: "border trade", "non-oil trade", "rice trade".
_PART_OF_TRADE = regex.compile(r"(?<![\p{L}'’-])(?P<word>[\p{L}][\p{L}'’-]*)\s+\Z")
_TRADE_PART_WORDS = frozenset(
    "barter border informal illegal illicit smuggling services service digital online rice oil non-oil arms drug "
    "drugs wildlife transit cross-border foreign external global world maritime seaborne retail wholesale halal "
    "e-commerce sea air land bulk energy gas agricultural agri farm food textile textiles petroleum commodity "
    "commodities defence defense tourism tea cotton fish gold sugar wheat auto car steel chemical pharmaceutical "
    "regional intra-regional formal legal slave carbon".split())


def _trade_part(before: str) -> bool:
    """Does a word before "trade" name a part of it ("border trade")?"""
    m = _PART_OF_TRADE.search(before)
    return bool(m) and m.group("word").lower() in _TRADE_PART_WORDS


_PROPER_WORD = regex.compile(r"[\p{Lu}][\p{L}'’-]+")


def _no_other_proper_noun(between: str, names: dict[str, str]) -> bool:
    """"India's Uttar Pradesh, with a population of" belongs to Uttar Pradesh, not India.

    A region that places the country ("Africa's most populous country") is not another owner.
    """
    for word in _PROPER_WORD.findall(between):
        bare = regex.sub(r"['’]s\Z", "", word)
        if word not in names and bare not in names and word.upper() != word and bare not in _REGION_WORDS:
            return False
    return True


# The head noun of an apposition that says what a country is: "Africa's most populous country"
_NATION_NOUN = (r"(?:country|nation|state|democracy|republic|kingdom|monarchy|economy|archipelago|"
                r"member|producer|exporter|importer|emirate|sultanate)")
# Regions that place a country in an apposition ("Africa's most populous", "the Gulf's smallest")
_REGION_WORDS = frozenset(
    "Africa Asia Europe America Americas Latin South North East West Southeast Central Middle Gulf Pacific "
    "Caribbean Arab Balkans Nordic Scandinavia Scandinavian Sahel Horn Oceania Eurasia Himalayan Mediterranean "
    "Baltic Muslim Christian Catholic Buddhist Hindu Anglophone Francophone Lusophone Commonwealth African Asian "
    "European American Sub-Saharan Southern Northern Eastern Western World Earth".split())


_BETWEEN_BOTH = regex.compile(rf"\bbetween\s+{_BOTH}", regex.I)
_BILATERAL = regex.compile(rf"\b(?:bilateral|two-way|mutual)\s+(?:(?:goods|merchandise)\s+)?trade|trade\s+between|between\s+{_BOTH}", regex.I)
_TRADE_WITH = regex.compile(rf"\b[Tt]rade\s+with\s+(?:the\s+)?{_COUNTRYISH}[^.;]{{0,60}}\Z")
_TRADE_BETWEEN = regex.compile(
    rf"trade\s+between\s+(?:the\s+)?(?P<a>{_COUNTRYISH})\s+and\s+(?:the\s+)?(?P<b>{_COUNTRYISH})")


def _pair(story: Story, left: str, countries: tuple[str, ...], s0: int = 0) -> tuple[str, str] | None:
    """The two countries of a trade figure: named before it, or the story's two main ones for "bilateral"."""
    bilateral = bool(_BILATERAL.search(left))
    if len(countries) < 2 and _BETWEEN_BOTH.search(left):
        # "between the two neighbours" refers back: to the two the sentence before names, or to a story of two
        named = set(countries)
        before = story.doc.sentence_before(s0)
        if before:
            named |= {x.code for x in story_mentions(story).within(*before)}
        if len(named) == 2:
            return tuple(sorted(named))
        top = story_countries(story)
        return tuple(sorted(top)) if len(top) == 2 and set(countries) <= set(top) else None
    between = _TRADE_BETWEEN.search(left)
    if between:
        index = country_index(str(story.data.folder))
        named = tuple(dict.fromkeys(m.code for m in index.mentions(between.group(0))))
        return tuple(sorted(named)) if len(named) == 2 else None
    if len(countries) == 2:
        return tuple(sorted(countries))
    if len(countries) == 1 and _TRADE_WITH.search(left):
        # "trade with China reached $100bn" in a Malaysian story: the story's own country is the other side
        home = [c for c in ([story.doc.country] if story.doc.country else []) + list(story_countries(story)[:1])
                if c != countries[0]]
        return tuple(sorted((countries[0], home[0]))) if home else None
    if not bilateral or len(countries) > 2:
        return None
    top = [c for c in story_countries(story)]
    chosen = list(countries)
    for code in top:
        if len(chosen) == 2:
            break
        if code not in chosen:
            chosen.append(code)
    return tuple(sorted(chosen)) if len(chosen) == 2 else None


def _year_of(story: Story, q: Quantity, s0: int, s1: int) -> int | None:
    """The year the sentence places a figure in: a year written nearby, "last year", "this year"."""
    best: tuple[int, int] | None = None
    for other, year in _written_years(story):
        if other is q or not (s0 <= other.start < s1):
            continue
        distance = abs(other.start - q.start)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _written_years(story: Story) -> list[tuple[Quantity, int]]:
    """The story's figures that state a year, in order, with that year (found once per story)."""
    return story.memo("subjects.years", lambda s: [(q, year) for q in s.quantities
                                                   if (year := _written_year(q)) is not None])


def _written_year(q: Quantity) -> int | None:
    """The year a figure states: a date with its year written, or a bare four-digit year.
    ("yesterday" and "last week" are dated from publication but write no year.)"""
    if q.kind == "date" and q.date is not None and q.year_given and _YEAR_WRITTEN.search(q.text):
        return q.date.year
    if q.kind == "number" and q.value is not None and q.value == int(q.value) \
            and 1900 <= q.value <= 2100 and _FOUR_DIGITS.fullmatch(q.text):
        return int(q.value)
    return None


_FOUR_DIGITS = regex.compile(r"\d{4}")
_YEAR_WRITTEN = regex.compile(r"\d{4}|['’]\d\d\b")
