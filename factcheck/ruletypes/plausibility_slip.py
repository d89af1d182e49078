"""Slip-shaped anomalies: a country's whole figure that misses its record by exactly a usual slip.

The sentence-frame checks (FC202, FC203, FC205) read a population, an economy or a budget only where the
sentence ties the figure to its owner in a shape they know. This check needs much less: a figure of the right
kind, a subject noun in its clause, a clear country — and a value that misses the country's table value by
a SLIP SHAPE:

* a ratio within a quarter of 10, 100 or 1,000 (or their inverses): a scale word or a decimal point;
* a ratio within a quarter of the exchange rate between the written currency and the country's own
  (RM written as US$, Rs as $).

A figure that misses the record by exactly a slip is very unlikely to be about something else, so the subject
evidence may be weak ("In a country of about 292 million people, where ..."; "the population, estimated by
the statistics office at around 46 million in April"). Guards that keep it from reading a part as the whole:

* only the figure nearest the noun is tested (no other figure of that kind between them);
* the noun must read as the whole: its modifiers are the country's own ("the", "its", "Nepal's",
  "national"), never a place, a sector or a group ("urban population", "Lagos's economy", "a digital
  economy", "the health budget"), and nothing between figure and noun makes it a share ("of whom",
  "a tenth of");
* "people" is the population only where the figure is a whole country's ("a country of N people", "its
  N people", "the N people of Nepal");
* a city, region, bloc or the world in the clause silences it; so does a target ("by 2030", "aims");
* the country is the one named in the clause, else the story's home country; a figure that is plausible
  for any country the sentence names is silent.

A national budget has no table value: it is flagged when it is below a thousandth of GDP and a scale slip
(×1,000) or the currency's exchange rate puts it between 2% and 60% of GDP.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator

import re

import regex

from .. import slips
from ..entities import story_mentions
from ..model import Quantity
from ..subjects import core_span, measures, people_plurals
from .base import Hit, Rule, Story
from .date_people import _TITLES, _TITLES_F, _TITLES_M
from .plausibility_scope import without_rankings

# A figure that misses the record by one of these factors (within TOLERANCE) is slip-shaped.
POWERS = (10.0, 100.0, 1000.0)
TOLERANCE = 1.3
# A figure within this factor of any candidate country's record is that country's, whatever else it might be.
PLAUSIBLE = 2.0
# An exchange rate this close to one cannot be told from the figure's own rounding.
DISTINCT_FX = 2.0
# A whole national budget lies between these shares of GDP.
BUDGET_SHARE = (0.02, 0.6)
BUDGET_TINY = 1e-3
# A whole national budget above the economy itself is a slip whoever holds it.
BUDGET_ABOVE_GDP = 1.0
TYPICAL_BUDGET_SHARE = 0.25

_NOUNS = regex.compile(
    r"\b(?:(?P<pop>population|inhabitants|people|citizens)"
    r"|(?P<gdp>economy|GDP|gross\s+domestic\s+product|(?:economic|national)\s+output)"
    r"|(?P<budget>(?P<spending>(?:(?:total|overall)\s+)?(?:(?:public|government|federal|national)"
    r"\s+(?:spending|expenditures?|outlays?)|(?:state\s+)?budget\s+(?:spending|expenditures?|outlays?))"
    # "total program spending" is a government's spending before debt charges (Canada's, Australia's term)
    r"|total\s+(?:program(?:me)?\s+)?(?:spending|expenditures?|outlays?))"
    r"|budget|appropriation))\b", regex.I)
# _NOUNS for a lowered ASCII story, in the plain re module without the I flag (its ASCII \s and \b read ASCII as the
# regex module's do): the same matches, found faster (their groups are read only for whether they took part, and
# "spending" by _STATE_SPENDER, whose I flag reads it lowered alike)
_NOUNS_LOW = re.compile(_NOUNS.pattern.replace("GDP", "gdp"), re.ASCII)
assert not any(c.isupper() for c in _NOUNS_LOW.pattern.replace("(?P<", ""))
_PREFILTER = ("population", "inhabitants", "people", "citizens", "economy", "gdp", "gross domestic",
              "output", "budget", "appropriation", "spending", "expenditure", "outlay")

# A people's name in the plural ("Kenyans", "Pakistanis") counts the country's head: its demonym from
# countries.csv plus "s". Names that take no plural ending ("British", "Chinese", "Swiss") are left out.
_DEMONYM_WORD = regex.compile(r"(?<![\p{L}-])\p{Lu}[\p{L}-]+s(?![\p{L}-])")
# Counting the whole head: a census or a population count in the sentence.
_HEAD_COUNT = regex.compile(r"\b(?:census|censuses|counted|enumerat\w*|population|head\s*count)\b", regex.I)
# "There are now about 24 million Pakistanis": the people counted whole (a group would follow the name)
_THERE_ARE = regex.compile(r"\bthere\s+(?:are|were)\s+(?:now\s+)?(?:(?:about|around|some|roughly|nearly|almost|over|"
                           r"more\s+than|an\s+estimated|approximately|close\s+to)\s+)?\Z", regex.I)
# After the people's name, a word that makes them a group of the people, not the whole: "Kenyans abroad",
# "Pakistanis living in the Gulf", "Nigerians who voted", "Kenyans aged 18", "registered voters".
_GROUP_AFTER = regex.compile(
    r"\s*(?:abroad|overseas|living|live|lived|working|work|who|whom|that|aged|over|under|above|below|between|"
    r"without|lacking|lack|lacked|with|in\s+(?!(?:the\s+)?(?:census|count|total|all|19\d\d|20\d\d))|"
    r"from|outside|across|voters?|registered|eligible|residing|resident|born|of\s+(?:whom|them)|"
    r"are\s+(?!counted)|were\s+(?!counted|enumerated|recorded)|have|had|need|needed|face|faced)\b", regex.I)
# A spending figure that is a change, not a level: "rose by £1.3bn", "an extra £1.3bn", "a rise of".
_CHANGE = regex.compile(r"\b(?:by|extra|additional|more|less|(?:increase|rise|cut|boost|fall|drop)s?\s+of|"
                        r"top-up|injection)\b", regex.I)
# A spending figure for a purpose: "spending on roads", "expenditure for the police".
_PURPOSE = regex.compile(r"\s+(?:on|for|per)\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)", regex.I)
# "total spending for next year", "for the year", "for 2025": the period, not a purpose
_FOR_NEXT_YEAR = regex.compile(r"\s+for\s+(?:the\s+)?(?:(?:next|coming|current|new|this)\s+)?(?:year\b|"
                               r"(?:FY\s*|(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d\b|(?:fiscal|financial|budget)\s+year\b)", regex.I)
_NATIONAL = regex.compile(r"\b(?:national|federal|union)\b")
# "budget for 2025", "budget for the 2025/26 financial year": the period a whole budget is for
_FOR_A_YEAR = regex.compile(r"\s+for\s+(?:the\s+)?(?:(?:FY\s*(?:19|20)?\d\d|(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d)"
                         r"(?:[-–/]\d{2,4})?(?![\d])|"
                         r"(?:(?:next|coming|new|current|upcoming)\s+)?(?:fiscal|financial|budget)\s+year\b)", regex.I)
# The nation as the budget's possessor right before its size: "the national government's P6.3-billion budget",
# "Japan's record ¥115.5 billion budget", "the country's ... budget" (a name is checked for a country later)
_NATION_POSSESSOR = regex.compile(
    r"(?:\b(?:national|federal|union|central)\s+government|\b(?:the|its)\s+government|\b(?:country|nation)|"
    r"(?<![\p{L}])\p{Lu}[\p{L}-]+)['’]s\s+"
    r"(?:(?:record|new|proposed|draft|annual|first|revised|latest|approved|full-year|overall|total)\s+)*\Z")
# "the 2025 budget", "a 2024-25 budget": a year just before the noun
_YEAR_BEFORE_NOUN = regex.compile(r"\b(?:FY\s*)?(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+(?:(?:national|federal|annual|"
                                  r"draft|proposed|revised|approved)\s+)?\Z", regex.I)
# between a year's budget and its size: "the 2025 budget of", "budget for 2025, worth", "budget stands at"
_BUDGET_SIZE = regex.compile(
    r"(?:\s+for\s+(?:the\s+)?(?:FY\s*(?:19|20)?\d\d|(?:19|20)\d\d)(?:[-–/]\d{2,4})?(?:\s+(?:financial|fiscal)\s+year)?)?"
    r"\s*,?\s*(?:of|worth|totall?ing|amounting\s+to|valued\s+at|(?:stands?|stood)\s+at|totals|totalled|totaled|"
    r"is|was|comes\s+to|came\s+to|"
    # "the budget for 2025, projecting spending of", "the 2025 budget calls for total expenditure of": the
    # budget's own spending, whatever verb sets it out (a line of it names its purpose: a part word)
    r"(?:\p{Ll}+\s+){1,2}?(?:total\s+|overall\s+)?(?:spending|expenditures?|outlays?)\s+(?:of|at))\s+(?:(?:about|around|nearly|almost|roughly|approximately|some|over|just\s+over|"
    r"more\s+than|an\s+estimated|a\s+total\s+of)\s+)?\Z", regex.I)


# The nation's own hands on a budget: its government, head, legislature or treasury.
_NATION_HANDS = regex.compile(r"\b(?:government|cabinet(?!-)|council\s+of\s+ministers|president|presidency|prime\s+minister|finance\s+minister|"
                              r"minister\s+of\s+finance|treasury|exchequer|chancellor|parliament|national\s+assembly|"
                              r"congress|lawmakers|legislators|MPs|signed\s+into\s+law|appropriation|national|"
                              r"federal|union)\b", regex.I)
# A possessor before the budget's phrase: "the charity's 2025 budget", "its budget"
_POSSESSOR = regex.compile(r"(?:(?P<name>[\p{L}.-]+)['’]s|\b(?P<pronoun>its|our|their|his|her))\s+"
                           r"(?:[\p{L}\d–/-]+\s+){0,3}\Z", regex.I)


def _named_national(prose: str, q: Quantity, noun: regex.Match) -> bool:
    """ "the N54.99 billion 2025 Appropriation Bill", "the national budget": the phrase names the nation's."""
    phrase = prose[min(q.start, noun.start()):max(q.end, noun.end())].lower()
    return "appropriation" in phrase or bool(_NATIONAL.search(phrase))


def _nation_owns(story: Story, sentence: tuple[int, int], q: Quantity, noun: regex.Match) -> bool:
    """A budget read from a year alone ("the 2025 budget of N54.99 billion") is the nation's only where the
    sentence puts it in the nation's hands (its name, government, head, legislature or treasury) and no other
    possessor owns it ("the charity's 2025 budget", "its budget")."""
    prose = story.doc.prose
    start = min(q.start, noun.start())
    owner = _POSSESSOR.search(prose, max(sentence[0], start - 40), start)
    if owner is not None:
        name = owner.group("name") or ""
        # (a name of several words, "Sri Lanka's", starts before the possessive's last word)
        named = [m for m in _mentions(story, max(sentence[0], owner.start() - 30), owner.end())
                 if m.end > owner.start()
                 and prose[m.start:m.end] != (_row(story, m.code) or {}).get("capital")]     # "Abuja's": a city's
        if owner.group("pronoun") or not (name.lower() in ("country", "nation", "government", "president",
                                                            "treasury", "exchequer") or named):
            return False
        if _NATION_POSSESSOR.search(prose, max(sentence[0], start - 60), start):
            return True     # "the national government's P6.3-billion budget": the nation's, whoever else is named
    s0, s1 = sentence
    from .plausibility_presented import _OTHER_OWNER
    if _OTHER_OWNER.search(_NATIONAL_BODY.sub(" cabinet ", _VENUE.sub(" ", prose[s0:s1]))):
        return False        # so weak a tie is silent beside any other owner: "the Kisumu County Treasury"
    return bool(_NATION_HANDS.search(prose, s0, s1) or any(
        m.code == story.doc.country and prose[m.start:m.end] != (_row(story, m.code) or {}).get("capital")
        for m in _mentions(story, s0, s1)))     # "Tokyo's assembly": a city's hands, not the nation's


def _year_budget_of(prose: str, q: Quantity, noun: regex.Match) -> bool:
    """ "the 2025 budget of N54.99 billion", "a budget for 2025 worth", "the 2025 budget stands at": a year's whole
    budget, its size tied to it with nothing else between (the owner is judged from the clause)."""
    if not _BUDGET_SIZE.fullmatch(prose, noun.end(), q.start):
        return False
    return bool(_YEAR_BEFORE_NOUN.search(prose, max(0, noun.start() - 20), noun.start())
                or _FOR_A_YEAR.match(prose, noun.end())
                or _FOR_NEXT_YEAR.match(prose, q.end))     # "a budget of N for next year"


# After a budget's phrase, an aside about another thing: "..., with the health budget alone ..."
_ASIDE = regex.compile(r",\s+(?:with|while|including|whereas|against)\b", regex.I)
# A month's spending, not the year's: "Government spending in October was ...".
_A_MONTHS = regex.compile(r"\b(?:in|for|during|of)\s+(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b")
# The country's own noun: "the country's population", "the nation's economy"
_COUNTRYS = regex.compile(r"\b(?:country|nation)['’]s\s+\Z", regex.I)
# The nation's cabinet under names that hold a place word: "the Council of Ministers"
_NATIONAL_BODY = regex.compile(r"\b(?:Council\s+of\s+Ministers|Federal\s+Executive\s+Council|Cabinet\s+Council)\b")
# India's "Union Budget", "the Union government": the nation's, not a bloc's
_UNION_NATIONAL = regex.compile(r"\bUnion\s+(?=(?:[Bb]udget|[Gg]overnment|[Cc]abinet|[Ff]inance)\b)")
# "the state budget", "state budget spending", "state expenditure": whose it is depends on the country
_STATE_BUDGET = regex.compile(r"\bstate(?:['’]s)?\s+(?=budget|spending|expenditure)", regex.I)
# Who may hold a budget outside the state: a company's or a club's may be bigger than a small country's GDP
_NON_STATE_HOLDER = regex.compile(r"\b(?:company|firm|group|club|party|league|film|university|hospital|campaign|"
                                  r"project|emirate|emirate's)\b", regex.I)
# A venue where a budget was signed or passed names no owner: "at the State House", "at the National Assembly".
_VENUE = regex.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:State|Government|White)\s+House\b")

# Where a clause ends: a semicolon, a colon, a dash, or a comma that opens another clause.
_CLAUSE_END = regex.compile(r"[;:]|[,.!?][\"”](?=\s)|\s[—–]\s|\s-\s|,\s+(?:where|which|while|but|although|though|whereas|and|who|"
                            r"as|so|when|after|before|because|since)\b", regex.I)
_CLAUSE_END_ASCII = re.compile(_CLAUSE_END.pattern, re.I | re.ASCII)    # for ASCII text (see _NOUNS_ASCII)

# Places and wholes other than a country: in the figure's clause they own it ("Dhaka, a city of ...").
# Parts of a country hold fewer people and less money than the whole, so they can explain a figure below
# the record but never one above it ("the country's 1.7 billion people, ... rural districts").
_SMALLER_PLACES = (
    r"city|cities|town|towns|village|villages|capital|metro|metropolitan|metropolis|urban|rural|province|"
    r"provinces|provincial|district|districts|county|counties|municipal|municipality|council|borough|island|"
    r"islands|valley|area|areas|zone|diaspora|camp|camps|coast|coastal|border|borders|delta|belt|basin|"
    r"highlands|lowlands|mountains|hills|countryside|north|south|east|west|northern|southern|eastern|western|"
    r"suburbs|outskirts|neighbourhood|neighborhood")
# Wholes that may be bigger than the country, and other countries: they own a figure above the record too.
_WIDER_PLACES = (
    r"state|states|region|regions|regional|bloc|union|continent|world|world's|global|globe|planet|EU|ASEAN|"
    r"Gulf|Sahel|Europe|Africa|Asia|America|Americas|Caribbean|Balkans|Middle\s+East|neighbouring|"
    r"neighboring|neighbour|neighbor|another|other|foreign|rival")
_PLACES = _SMALLER_PLACES + "|" + _WIDER_PLACES
# Groups and sectors: next to the noun they make it a part ("urban population", "digital economy",
# "health budget"); anywhere in a budget's clause they make it a ministry's.
_PARTS = (r"community|communities|tribe|minority|prison|student|students|working-age|over-\d+s|Muslim|"
          r"Christian|Hindu|Catholic|Jewish|ethnic|indigenous|migrant|migrants|refugee|refugees|Arab|"
          r"digital|informal|creative|green|blue|night|gig|tourism|shadow|underground|sector|sectors|"
          r"ministry|ministries|department|agency|commission|company|firm|group|university|hospital|project|"
          r"programme|program|health|education|defence|defense|military|security|police|school|schools|"
          r"supplementary|additional|extra|emergency|stimulus|mini|development|household|households|"
          r"per\s+capita|per\s+head|quarterly|monthly|quarter|purchasing|PPP|local|party|campaign|club|"
          r"film|league|emirate|emirate's|non-oil")
_NOT_COUNTRY = regex.compile(rf"\b(?:{_PLACES}|{_PARTS})\b", regex.I)
_PLACE_WORDS = regex.compile(rf"\b(?:{_PLACES})\b", regex.I)
_SMALLER_WORDS = regex.compile(rf"\b(?:{_SMALLER_PLACES})\b", regex.I)
_WIDER_WORDS = regex.compile(rf"\b(?:{_WIDER_PLACES})\b", regex.I)
_PART_CLAUSE = regex.compile(rf"\b(?:{_PARTS})\b", regex.I)
# "Europe's largest economy", "the world's fourth-biggest": a ranking names the container, not the owner.
_RANKING = regex.compile(r"\b[\p{L}]+['’]s\s+(?:\S+-)?(?:largest|biggest|smallest|richest|poorest|"
                         r"most\s+populous|fastest-growing|leading)\b", regex.I)

# Before "people": the figure is a whole country's head count only in these shapes.
_WHOLE_PEOPLE_BEFORE = regex.compile(
    r"(?:\b(?:country|nation|republic|population)\s+of|\bhome\s+to|\b(?:its|our|their|all)|\b(?:country|nation)['’]s)"
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just\s+over|"
    r"just\s+under|an\s+estimated|approximately|close\s+to|fewer\s+than|less\s+than)\s+)?$", regex.I)
# Words that make a figure a share or a part of the whole the noun names.
_PART_WORDS = regex.compile(r"\b(?:of\s+(?:whom|which|them)|including|among|half|third|thirds|quarter|fifth|"
                            r"tenth|share|proportion|percent|per\s+cent|fraction|one\s+in|majority|"
                            r"minority)\b|%", regex.I)
# A target or projection: compared against today's record it need not be a slip.
_FUTURE = regex.compile(r"\b(?:by\s+(?:19|20)\d\d|target|targets|aim|aims|aiming|goal|vision|become|becoming|"
                        r"projected|forecast|will\s+be|would\s+be|could|reach|reaching|double|doubling|"
                        r"triple)\b", regex.I)
_BUDGET_FUTURE = regex.compile(r"\b(?:by\s+(?:19|20)\d\d|target|targets|aim|aims|aiming|goal|vision|double|"
                               r"doubling|triple)\b", regex.I)
_YEAR = regex.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class _Candidate:
    quantity: Quantity
    subject: str            # "population", "gdp", "budget"
    clause: tuple[int, int]
    noun: int               # where the subject noun starts
    owner: str | None = None    # the country a people's name ("Kenyans") counts


def slip_anomalies(rule: Rule, story: Story) -> Iterator[Hit]:
    """Every slip-shaped whole-country figure of the story (see the module doc)."""
    seen: set[int] = set()
    for cand in _candidates(story):
        if id(cand.quantity) in seen:
            continue
        hit = _judge(story, cand)
        if hit is not None:
            seen.add(id(cand.quantity))
            yield hit
    # (imported here: both modules build on this one's helpers)
    from .plausibility_presented import presented_budgets
    from .plausibility_regions import region_anomalies
    # a state's or province's census head count, read the same way against regions.csv
    yield from region_anomalies(story, seen)
    # a year's budget presented by the nation's finance authority, whatever else the sentence names
    yield from presented_budgets(story, seen)
    # a head count that is the owner's population times a power of ten, read in looser shapes
    from .plausibility_magnitude import magnitude_anomalies
    yield from magnitude_anomalies(story, seen)


# -- finding figures a subject noun reads ---------------------------------------------------------------

_WHOSE_BEFORE = regex.compile(r"(?<![\p{L}])whose\s+(?:[\p{Ll}-]+\s+){0,2}\Z", regex.I)


def _candidates(story: Story) -> list[_Candidate]:
    return story.memo("plausibility_slip.candidates", _find_candidates)


def _find_candidates(story: Story) -> list[_Candidate]:
    doc = story.doc
    prose = doc.prose
    ascii_prose = prose.isascii()
    found: list[_Candidate] = []
    by_sentence: dict[tuple[int, int], list[Quantity]] = {}
    for q in story.quantities:
        if q.value and q.kind in ("number", "money"):
            by_sentence.setdefault(doc.sentence_at(q.start), []).append(q)
    for sentence, figures in by_sentence.items():
        text = prose[sentence[0]:sentence[1]]
        lower = text.lower()
        found.extend(_demonym_candidates(story, sentence, figures))
        if not any(word in lower for word in _PREFILTER):
            continue
        found_nouns = _NOUNS_LOW.finditer(story.lowered_prose(), sentence[0], sentence[1]) if ascii_prose \
            else _NOUNS.finditer(prose, sentence[0], sentence[1])
        for noun in found_nouns:
            subject = "population" if noun.group("pop") else "gdp" if noun.group("gdp") else "budget"
            kind = "number" if subject == "population" else "money"
            clause = _clause(prose, sentence, noun.start())
            near = _nearest(prose, [q for q in figures if q.kind == kind and _is_count(prose, q)
                                    and clause[0] <= q.start and q.end <= clause[1]], noun.start(), noun.end())
            if near is not None and (_CHANGE_AFTER_NOUN.match(prose, noun.end())
                                     or subject == "population" and _PER_PERIOD.match(prose, near.end)):
                continue    # "population growth of 100,000", "100,000 people a year": a change or a flow
            if near is not None and _WHOSE_BEFORE.search(prose, max(sentence[0], noun.start() - 30), noun.start()):
                continue    # "the historic centre, whose resident population has fallen below 50,000": the
                #             place before "whose" owns it
            if near is not None and subject == "population" and spoken_locally(prose, sentence, near.start):
                continue    # "We have ... a population of 29,000": the speaker's own people, a council's as often
            if near is not None and _reads_whole(prose, near, noun, subject):
                if subject == "budget" and not noun.group("spending") and not _named_national(prose, near, noun) \
                        and not _nation_owns(story, sentence, near, noun):
                    continue    # a budget read from its year alone
                if noun.group("spending") and not _STATE_SPENDER.search(noun.group()) \
                        and not _nation_owns(story, sentence, near, noun) and not _only_national_budget(story):
                    continue    # bare "total expenditure" is whoever's the story is about: a city's, a firm's
                found.append(_Candidate(near, subject, clause, noun.start()))
    return found


def _only_national_budget(story: Story) -> bool:
    """Is the nation's budget the only one the story speaks of (a finance minister's, a federal budget, and no
    state's, city's or firm's)? Then every reading of a bare "total spending" is the nation's."""
    from .plausibility import _national_budget_story
    return _national_budget_story(story)


# Spending named as the state's own: "public", "government", "federal", "national", "state budget"
_STATE_SPENDER = regex.compile(r"\b(?:public|government|federal|national|state|budget)\b", regex.I)
# "We have 1,480 kilometres of road and a population of 29,000," the mayor said: a speaker's own people, a
# council's or a town's as often as a country's, so no country's lower bound holds for them
FIRST_PERSON = regex.compile(r"(?<![\p{L}])(?:we|our|us)(?![\p{L}])", regex.I)
# ... unless the sentence speaks for a nation: "'Our population of 14 crore is young,' the minister said"
_NATION_SPEAKS = regex.compile(r"(?<![\p{L}])(?:country|nation|national|minister|president|government|federal|"
                               r"king|premier)(?![\p{L}])", regex.I)


def spoken_locally(prose: str, sentence: tuple[int, int], at: int) -> bool:
    """Does a speaker give a head count as their own, in a sentence that speaks for no nation?"""
    return FIRST_PERSON.search(prose, sentence[0], at) is not None \
        and _NATION_SPEAKS.search(prose, sentence[0], sentence[1]) is None
# After the subject noun, a word that makes the figure its change: "population growth", "GDP gains"
_CHANGE_AFTER_NOUN = regex.compile(r"\s+(?:growth|increases?|rises?|gains?|declines?|drops?|falls?|losses|loss|"
                                   r"change|changes|boom|shrinkage|contraction|expansion)\b", regex.I)
# After a head count, a period that makes it a flow: "100,000 people a year", "90,000 annually"
_PER_PERIOD = regex.compile(r"\s+(?:(?:people|persons|inhabitants|residents|newcomers|more)\s+)?(?:(?:a|per|each|every)\s+"
                            r"(?:year|annum|month|week|day|decade)|annually|yearly)\b", regex.I)


def _demonym_plurals(story: Story) -> dict[str, str]:
    """A people's name in the plural -> its country ("Kenyans" -> KE): the table subjects.py reads its head
    counts with, from the demonyms column of countries.csv."""
    return people_plurals(str(story.data.folder))


def _demonym_candidates(story: Story, sentence: tuple[int, int], figures: list[Quantity]) -> list[_Candidate]:
    """"the 2019 census counted 4.76 million Kenyans": a head count written as the people's name.

    The figure stands right before the name (a hedge may come first), the sentence counts heads (a census,
    "counted", "population") or the figure is the country's own ("its N Kenyans"), and nothing after the name
    makes them a group ("abroad", "living in", "who", "voters")."""
    prose = story.doc.prose
    found = []
    for q in figures:
        # read only where a capitalised word follows the figure: one anchored match per figure
        if q.kind != "number" or prose[q.end + 1:q.end + 2].islower() or not prose.startswith(" ", q.end):
            continue
        word = _DEMONYM_WORD.match(prose, q.end + 1, sentence[1])
        code = _demonym_plurals(story).get(word.group()) if word else None
        if code is None or not _is_count(prose, q):
            continue
        if _GROUP_AFTER.match(prose, word.end(), sentence[1]):
            continue
        before = prose[max(0, q.start - 40):q.start]
        if not (_HEAD_COUNT.search(prose, sentence[0], sentence[1]) or _WHOLE_PEOPLE_BEFORE.search(before)
                or _THERE_ARE.search(before)):
            continue
        found.append(_Candidate(q, "population", _clause(prose, sentence, word.start()), word.start(), code))
    return found


def _is_count(prose: str, q: Quantity) -> bool:
    """A year ("2024") or a bare small number is not a head count or an amount."""
    if q.kind == "money":
        return True
    written = prose[q.start:q.end]
    return q.value >= 1000 and not _YEAR.fullmatch(written.strip())


def _clause(prose: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    start, end = sentence
    clause_end = _CLAUSE_END_ASCII if prose[max(0, sentence[0] - 1):sentence[1]].isascii() else _CLAUSE_END
    for m in clause_end.finditer(prose, sentence[0], sentence[1]):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _nearest(prose: str, figures: list[Quantity], n0: int, n1: int) -> Quantity | None:
    """The figure nearest the noun; the nearest on each side must not have another between it and the noun."""
    best, gap = None, None
    for q in figures:
        d = n0 - q.end if q.end <= n0 else q.start - n1 if q.start >= n1 else None
        if d is None:
            continue
        if gap is None or d < gap:
            best, gap = q, d
    return best


def _reads_whole(prose: str, q: Quantity, noun: regex.Match, subject: str) -> bool:
    """Does the noun name the country's whole population, economy or budget, with this figure as its size?"""
    word = noun.group().lower()
    spending = bool(noun.group("spending"))
    if q.end <= noun.start():                       # "292 million people", "the N28.7 billion 2024 budget"
        between = prose[q.end:noun.start()]
        if _PART_WORDS.search(between) or _NOT_COUNTRY.search(between):
            return False
        gap_words = between.split()
        if spending:                                # "£1.3bn of total public spending": the state's own
            if _PURPOSE.match(prose, noun.end()) and not _FOR_NEXT_YEAR.match(prose, noun.end()):
                return False                        # "... of public spending on roads"
            return all(w.lower() in ("of", "in", "the") or _YEAR.fullmatch(w.strip("-,")) for w in gap_words) \
                and not _CHANGE.search(prose[max(0, q.start - 30):q.start])
        if subject == "budget":
            if any(not (_YEAR.fullmatch(w.strip("-,")) or w.lower() in _BUDGET_WORDS) for w in gap_words):
                return False
            # a budget is read only where it is unmistakably the nation's: an appropriation bill or a
            # national/federal/union budget, with no place or other owner right after it
            phrase = prose[q.end:noun.end()].lower()
            if not ("appropriation" in phrase or _NATIONAL.search(phrase) or _YEAR.search(phrase)
                    or _FOR_A_YEAR.match(prose, noun.end())
                    or _NATION_POSSESSOR.search(prose, max(0, q.start - 60), q.start)):
                return False                        # a year's budget ("the N54.99 billion 2025 budget") too
            year = _FOR_A_YEAR.match(prose, noun.end())
            if _PURPOSE.match(prose, noun.end()) and not year:
                return False                        # "the ... budget for flood control": a line of it
            after = _VENUE.sub(" ", prose[noun.end():noun.end() + 40])
            if _NATIONAL.search(phrase) or _NATION_POSSESSOR.search(prose, max(0, q.start - 60), q.start):
                # named the nation's: only an owner in its own tail ("... budget of Lagos State") is another's,
                # not what the clause goes on to ("... national budget for 2025 cut local projects")
                tail = _OWN_TAIL.match(prose, year.end() if year else noun.end())
                after = _VENUE.sub(" ", tail.group()) if tail else ""
            if _NOT_COUNTRY.search(after) or regex.search(r"\bState\b|\bof\s+\p{Lu}", after):
                return False
        elif [w for w in gap_words if w.lower() not in ("-strong", "strong", "a", "year")]:
            return False
        if word in ("people", "citizens"):
            served = prose[max(0, q.start - 70):q.start]
            at = served.lower().rfind("population")
            if at >= 0 and _SERVED.search(served[:at]):
                return False                        # "serves a population of about 620,000 people": a catchment
            before = prose[max(0, q.start - 40):q.start]
            return bool(_WHOLE_PEOPLE_BEFORE.search(before) or _living_in_whole(prose, noun.end(), before))
        before = prose[max(0, q.start - 30):q.start]
        return not _NOT_COUNTRY.search(before.split(",")[-1])
    # the noun before the figure: "the population, estimated ... at around 46 million"
    if spending:                                    # "total public spending would rise to about £1.3bn"
        between = prose[noun.end():q.start]
        return not (_PART_WORDS.search(between) or _NOT_COUNTRY.search(between) or _CHANGE.search(between)
                    or (_PURPOSE.match(between) and not _FOR_NEXT_YEAR.match(between))
                    or _PURPOSE.match(prose, q.end) and not _FOR_NEXT_YEAR.match(prose, q.end)
                    or len(between.split()) > 8
                    or _A_MONTHS.search(prose, noun.end(), min(len(prose), q.end + 20)))
    if subject == "budget" and word == "budget":
        return _year_budget_of(prose, q, noun)
    if word in ("people", "citizens") or subject == "budget":
        return False                                # "the entire budget works out to $32m": whose?
    if _SERVED.search(prose[max(0, noun.start() - 30):noun.start()]):
        return False                                # "will serve a population of 400,000": a catchment
    between = _ATTRIBUTION.sub(" ", prose[noun.end():q.start])
    # "the economy expanded 3.4% last year to R$11.7 billion": the rate is the change's, the figure the level's
    between = _GROWTH_RATE.sub(" ", between) if _LEVEL_TO.search(between) else between
    between = _SAID_ASIDE.sub(",", between)     # ", the statistics agency IBGE reported,": who says so
    if _PART_WORDS.search(between) or _NOT_COUNTRY.search(between) or len(between.split()) > 14:
        return False
    if _BY_CHANGE.search(between) or _FLOW_VERB.search(between):
        return False    # "economic output rose by $43bn", "the economy lost Sh10.7bn": a change or a flow, not a size
    if regex.match(r"\s+of\s+\p{Lu}", between) and not regex.match(r"\s+of\s+(?:the\s+)?(?:about|around)", between):
        return False                                # "the population of Dublin" (a country is checked later)
    before = prose[max(0, noun.start() - 30):noun.start()]
    modifier = regex.search(r"(?<![\p{L}'’-])(\p{Ll}[\p{L}-]*)\s+\Z", before)
    if subject == "gdp" and modifier and modifier.group(1) not in _WHOLE_MODIFIERS:
        return False    # "the farm economy grew 3.4% to": a sector's, not the nation's
    if "," in between and _IN_PREPOSITION.search(before):
        return False    # "a beacon of hope for the economy, raking in $34bn": the sentence's subject earns it
    return not _NOT_COUNTRY.search(before.split(",")[-1])


# the words that may stand right before the noun of a whole economy or population
_WHOLE_MODIFIERS = frozenset("the a an its our their this whole entire overall total national domestic nominal "
                             "country's nation's annual estimated".split())
# a budget's own tail: the prepositional phrase right after its noun
_OWN_TAIL = regex.compile(r"\s*,?\s*(?:of|in|for|at|by|under)\s+[^,;.]{0,30}")
# a growth rate on the way to a level: "grew 3.4% in 2024 to", "expanded by 3.4 per cent to"
_GROWTH_RATE = regex.compile(r"\b(?:grew|grown|expanded|rose|risen|increased|climbed|jumped|shrank|shrunk|contracted|"
                             r"fell|declined)\s+(?:by\s+)?(?:an?\s+)?(?:estimated\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)",
                             regex.I)
_LEVEL_TO = regex.compile(r"\bto\s*\Z", regex.I)
# "8.36 million people were living in Germany", "some 84 million people live in Germany": the people who live
# in a country, with nothing after the place that makes them a group of it, are its population. A bare
# participle ("N people living in Germany were born abroad") is a subject whose verb may pick out a part, so it
# counts only where the sentence ends at the place.
_LIVE_IN = regex.compile(
    r"\s+(?P<aux>(?:(?:were|are|was|is|now|still|currently)\s+)*)(?P<verb>living|live|lived|residing|reside|resided)"
    r"\s+in\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)", regex.I)
_LIVE_IN_TAIL_FINITE = regex.compile(
    r"\s*(?:[.;]|,(?!\s*(?:of\s+whom|who|most|many|some|half|mainly|mostly|including|among))|\Z|"
    r"\s+(?:at\s+the\s+end\s+of|as\s+of|in\s+(?:19|20)\d\d|last\s+year|this\s+year|by\s+the\s+end\s+of|"
    r"according\s+to)\b)", regex.I)
_LIVE_IN_TAIL_PARTICIPLE = regex.compile(r"\s*(?:[.;]|\Z)")
# before the figure: a number added to or taken from another, not the head count ("another 8 million people")
_NOT_WHOLE_BEFORE = regex.compile(r"\b(?:another|extra|additional|further|of\s+(?:whom|them|these|those)|"
                                  r"including|among)\s+(?:\S+\s+){0,2}$", regex.I)


def _living_in_whole(prose: str, at: int, before: str) -> bool:
    """Do the people counted just before `at` live in a place, as a whole ("were living in Germany.")?"""
    live = _LIVE_IN.match(prose, at, min(len(prose), at + 80))
    if live is None or _NOT_WHOLE_BEFORE.search(before):
        return False
    finite = live.group("aux").strip() or live.group("verb").lower() in ("live", "lived", "reside", "resided")
    tail = _LIVE_IN_TAIL_FINITE if finite else _LIVE_IN_TAIL_PARTICIPLE
    return bool(tail.match(prose, live.end(), min(len(prose), live.end() + 40)))


# A verb that makes the figure money moved, not the size: "the economy lost Sh10.7bn in the protests"
_FLOW_VERB = regex.compile(r"\b(?:lost|loses|lose|losing|cost|costs|costing|earned|earns|earning|spent|spends|"
                           r"gained|gains|received|receives|attracted|attracts|borrowed|borrows|owes|owed|saved|"
                           r"saves|needs|needed|injected|added|adds|shed|sheds|wiped|forfeited|missed)\b", regex.I)
# A change's amount: "rose by", "grew by about"
_BY_CHANGE = regex.compile(r"\bby\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|an\s+estimated)\s+)?\Z",
                           regex.I)
# "estimated by the national statistics agency at": who says it, not whose it is.
_ATTRIBUTION = regex.compile(r"\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:agency|office|bureau|ministry|"
                             r"department|commission|institute|service)\b", regex.I)


# A noun inside a prepositional phrase is not what a later clause's figure measures.
_IN_PREPOSITION = regex.compile(r"\b(?:for|to|on|into|from|in|of|about|over|with|across|at|by)\s+"
                                r"(?:the|its|our|their|a|an)?\s*(?:[\p{L}-]+\s+){0,2}$", regex.I)


# A hospital's or a network's catchment: "serve a population of", "covering a population of".
_SERVED = regex.compile(r"\b(?:serv\w*|cover\w*|reach\w*|catchment|benefit\w*)\s+(?:a|an|the)\s+(?:\S+\s+)?$",
                        regex.I)
# After the figure, a place it counts: "400,000 people in Rustaq", "4 million across the Gulf".
_PLACED_AFTER = regex.compile(r"\s*(?:people|inhabitants|residents|citizens)?\s*(?:,\s*)?"
                              r"(?:(?:(?:were|are|now|still)\s+)*(?:living|live|lived|residing|reside|resided)\s+)?"
                              r"(?:in|across|throughout|of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)")
_MONTHS = frozenset("January February March April May June July August September October November December "
                    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
                    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}-]*(?:['’]s)?")
# A title and the capitalised name after it: a person, who may act in the clause but owns no population.
# (the people's titles are the timeline's: date_people; plus the offices that present budgets and policy)
_TITLED_PERSON = regex.compile(
    rf"\b(?:{_TITLES_M}|{_TITLES_F}|{_TITLES}|Prime\s+Minister|Chancellor|Premier|Secretary|Spokesperson|"
    r"Spokesman|Spokeswoman)\.?(?:\s+\p{Lu}[\p{L}.'’-]*)+", regex.U)
# The words of a statistics office's or a ministry's name: it counts or says, it owns no figure (a place in
# its name, "the Lagos Bureau of Statistics", is still read as a place)
_INSTITUTION_WORDS = frozenset("Bureau Bureaux Statistics Statistical Office Agency Ministry Department Institute "
                               "Commission Council Authority Service Board Directorate Census Survey Division "
                               "Secretariat Registrar General Central National Federal Administration "
                               "Organisation Organization Centre Center Population Housing Demographic Treasury Exchequer Cabinet "
                               "Parliament Government".split())
_FUNCTION_WORDS = frozenset("The A An In With For Its Our Their This That And But At By On As Of To We I You They He "
                            "She It There Here These Those".split())

# (Japan's whole budget is its "general-account" one)
_BUDGET_WORDS = frozenset({"national", "federal", "annual", "union", "fiscal", "financial", "year", "year's",
                           "full-year", "bill", "the", "draft", "proposed", "revised", "approved", "total",
                           "general-account", "initial"})


# -- judging one figure --------------------------------------------------------------------------------

def _judge(story: Story, cand: _Candidate) -> Hit | None:
    prose = story.doc.prose
    c0, c1 = cand.clause
    # what owns the figure stands before it or right after its noun, not at the clause's far end ("..., in a
    # ceremony attended by the Federal Executive Council"); a budget's owner is in its own phrase, not in an
    # aside after it ("..., with the health budget alone ...")
    last = max(cand.noun, cand.quantity.end)
    stop = min(c1, last + 40)
    if cand.subject == "budget":
        aside = _ASIDE.search(prose, last, stop)
        stop = aside.start() if aside else stop
    # the venue of a signing owns nothing: "signed ... into law at the State House"
    if cand.subject == "budget" and cand.quantity.end <= cand.noun:
        # the nation named as the budget's possessor, or in its own phrase, owns it, whatever place the clause
        # named before ("City Hall expects a lean year after the national government's P6.3-billion budget",
        # "Iloilo officials said Marcos signed the P6.3-billion national budget")
        own = _NATION_POSSESSOR.search(prose, max(c0, cand.quantity.start - 60), cand.quantity.start)
        phrase = prose[cand.quantity.end:cand.noun + 6]
        if own or _NATIONAL.search(phrase):
            c0 = own.start() if own else cand.quantity.start
            noun_end = cand.noun + len(regex.match(r"\S+", prose[cand.noun:]).group())
            year = _FOR_A_YEAR.match(prose, noun_end)
            stop = min(stop, year.end() if year else noun_end)
    clause = _VENUE.sub(lambda m: " " * len(m.group()), prose[c0:c1])[:stop - c0]
    unranked = _NATIONAL_BODY.sub(" cabinet ", _UNION_NATIONAL.sub("national ", _RANKING.sub(" ", clause)))
    noun = _NOUNS.match(prose, cand.noun)
    if noun is not None and noun.group("spending") and c0 <= noun.start() and noun.end() - c0 <= len(unranked):
        # the whole's own name ("total program spending") is no part of it
        unranked = unranked[:noun.start() - c0] + " spending " + unranked[noun.end() - c0:]
    # "the state budget", "state spending": the government's own (Estonia's, Vietnam's) or a federal state's;
    # either way no wider whole, and a part only, which may own a figure below the record, never one above it
    state_budget = cand.subject == "budget" and _STATE_BUDGET.search(unranked)
    if state_budget:
        unranked = _STATE_BUDGET.sub(" budget", unranked)
    if _WIDER_WORDS.search(unranked) or (cand.subject == "budget" and _NON_STATE_HOLDER.search(unranked)):
        return None
    # a part of the country named in the clause may own a figure below the record, never one above it: a
    # ministry's or a sector's budget ("the education budget ..., out of state spending of") is the state's part
    part_named = bool(_SMALLER_WORDS.search(unranked) or state_budget
                      or (cand.subject == "budget" and _PART_CLAUSE.search(unranked)))
    part_named = part_named or (cand.subject == "budget" and _region_named(story, unranked))
    part_named = part_named or (cand.subject == "population" and _pronoun_for_place(story, c0))
    part_named = part_named or (cand.subject == "population" and _common_possessor(prose, c0, cand.noun))
    if (_BUDGET_FUTURE if cand.subject == "budget" else _FUTURE).search(clause):
        return None     # a target; a budget is a plan for its year by nature ("will be", "forecast")
    owners = _owners(story, c0, c1, city_owns=cand.subject != "budget")
    if owners is None:
        return None
    if cand.owner is not None:
        if any(code != cand.owner for code in owners if code != story.doc.country):
            return None                             # "Kenyans" beside another country's name
        owners = [cand.owner]
    if _YEAR.search(clause) and not _years_close(clause, story, 10 if cand.subject == "population" else 3):
        return None     # a head count changes slowly: a census of some years ago is still today's order
    q = cand.quantity
    if _foreign_name_near(story, cand) or _read_as_other(story, cand):
        return None
    if cand.subject != "population" and _part_of_year(prose, story.doc.sentence_at(q.start), q):
        return None     # a quarter's GDP, a half-year's spending: not the year's whole
    usd = _in_usd(story, q) if q.kind == "money" else float(q.value)
    if usd is None or usd <= 0:
        return None
    sentence = story.doc.sentence_at(q.start)
    others = _sentence_countries(story, *sentence)
    if cand.subject == "budget":
        # "Punjab Finance Minister ... presenting a budget": a province's may be small, never above GDP
        # above GDP only the home country's is judged: a neighbour's named beside it ("India's $50 trillion
        # budget ... dwarfed Pakistan's") may be written in any currency the story's readers use
        not_home = owners != [story.doc.country]
        return _judge_budget(story, cand, owners[0], usd, part_named, not_home)
    column = "population" if cand.subject == "population" else "gdp_usd"
    for code in set(owners) | set(others):
        row = _row(story, code)
        value = row.number(column) if row else None
        if value and 1 / PLAUSIBLE <= usd / value <= PLAUSIBLE:
            return None                             # some country the sentence names has about this figure
    row = _row(story, owners[0])
    value = row.number(column) if row else None
    if not value:
        return None
    ratio = usd / value
    if part_named and ratio < 1:
        return None
    slip = _slip_shape(ratio, _fx_factors(story, q, row))
    if slip is None:
        return None
    return _hit(story, cand, row, value, ratio, slip)


# A sentence whose subject is a pronoun: "It produces 40% of the country's food and is home to 2.3 million people"
_PRONOUN_SUBJECT = regex.compile(r"[\s\"“]*(?:It|They)\s+(?!(?:is|was)\s+(?:estimated|thought|said|believed)\b)")
# The first words of the sentence before, naming its subject: "The basin covers ...", "The delta's farms ..."
_SUBJECT_OPENING = regex.compile(r"[\s\"“]*(?:\S+\s+){0,3}?")


def _pronoun_for_place(story: Story, c0: int) -> bool:
    """Is the clause's subject a pronoun standing for a part of the country the sentence before opens with
    ("The basin covers about 1 million square kilometres ... It ... is home to some 2.3 million people")?"""
    doc = story.doc
    s0, _ = doc.sentence_at(c0)
    if c0 != s0 or not _PRONOUN_SUBJECT.match(doc.prose, s0):
        return False
    before = doc.sentence_before(s0)
    if before is None:
        return False
    opening = " ".join(doc.prose[before[0]:before[1]].split()[:4])
    return bool(_SMALLER_WORDS.search(opening))


# A common noun owning the head count right before it: "the historic centre's resident population", "the
# valley's population" (a country is owned by its name, or as "the country's", "the nation's", "the kingdom's";
# an island or an archipelago may be a nation)
_COMMON_POSSESSOR = regex.compile(
    r"(?<![\p{L}])(?i:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?(?P<owner>[\p{Ll}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}\Z")
_NATION_NOUNS = regex.compile(r"(?:country|nation|kingdom|republic|state|federation|island|islands|archipelago|"
                              r"emirate|sultanate|city-state|principality|commonwealth|government|economy|people|"
                              r"census|world|continent|region|bloc|union)")


def _common_possessor(prose: str, c0: int, noun: int) -> bool:
    """Is the head count owned by a common noun that names no nation ("the historic centre's resident population")?"""
    m = _COMMON_POSSESSOR.search(prose, max(c0, noun - 60), noun)
    return m is not None and not _NATION_NOUNS.fullmatch(m.group("owner"))


def _region_named(story: Story, text: str) -> bool:
    """Does the text name a state, province or region of regions.csv?"""
    from .plausibility_regions import _index
    table = _index(story.data)
    return bool(table and table[0].search(text))


# A figure for part of a year, or a measure other than nominal GDP.
_PART_OF_YEAR = regex.compile(r"\b(?:quarter|quarters|quarterly|Q[1-4]|first\s+(?:three|six|nine)\s+months|"
                              r"half|half-year|period|month|months|monthly|constant\s+prices|real|non-oil|"
                              r"per\s+capita|annualised|annualized|purchasing)\b", regex.I)


def _part_of_year(prose: str, sentence: tuple[int, int], q: Quantity) -> bool:
    """Does the sentence make the figure a part of the year's ("in the first three months", "during the first
    half")? Not an aside after the figure about something else: "..., with interest alone swallowing more than
    half of it" is a share of the whole year's figure."""
    s0, s1 = sentence
    aside = _ASIDE.search(prose, q.end, s1)
    return bool(_PART_OF_YEAR.search(prose, s0, aside.start() if aside else s1))


def _read_as_other(story: Story, cand: _Candidate) -> bool:
    """The subject reader already gives the figure another subject ("Exports ... raking in $34bn")."""
    for m in measures(story):
        if m.quantity is cand.quantity:
            return m.subject not in (None, cand.subject)
    return False


# An attribution set off by commas: ", the statistics agency IBGE said on Friday,", ", Statistics Norway reported,"
_SAID_ASIDE = regex.compile(r"(?:,\s+(?:the\s+)?[^,;:]{0,60}?\b(?:said|says|reported|reports|estimated|announced|"
                            r"told\s+\p{Ll}+)\b[^,;:]{0,30}(?:,|[.;]|\Z)|"
                            # "IBGE said on Friday that ...": who says so opens the sentence
                            r"\A[^,;:]{0,60}?\b(?:said|says|reported|reports|estimated|announced)\b[^,;:]{0,30}?\bthat\b)")


# A country named and then called a country of N: "Bangladesh, a country of nearly", "Nepal, a nation of some"
_NATION_APPOSITION = regex.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:country|nation)\s+of|home\s+to)\s+(?:(?:about|around|some|roughly|nearly|"
    r"almost|over|more\s+than|just\s+over|just\s+under|an\s+estimated|approximately|close\s+to)\s+)?")


def _foreign_name_near(story: Story, cand: _Candidate) -> bool:
    """A proper name that is no country's, owning the noun or placed after the figure: "Jeddah's population",
    "the Lagos economy", "400,000 people in Rustaq"."""
    prose = story.doc.prose
    q = cand.quantity
    c0 = cand.clause[0]
    countries = [(m.start, m.end) for m in _mentions(story, cand.clause[0], cand.clause[1])]
    if any(_NATION_APPOSITION.fullmatch(prose, b, q.start) for a, b in countries if b <= q.start):
        return False        # "Bangladesh, a country of nearly 1.73 billion people": the owner is named right there

    def foreign(start: int, end: int) -> bool:
        return not any(a <= start < b for a, b in countries)

    for after in (q.end, cand.noun + len(regex.match(r"\S+", prose[cand.noun:]).group())):
        placed = _PLACED_AFTER.match(prose, after, cand.clause[1])
        if placed and placed.group(1) not in _MONTHS and foreign(placed.start(1), placed.end(1)):
            return True     # "400,000 people in Rustaq", "the population in Lagos"
    # a proper name that is no country's, before the noun and the figure: "Lagos has a population of" (a
    # budget's signer is named there: "President X signed the ..."); not where the noun is the country's own
    # ("Officials said the bureau put the country's population at": who speaks owns nothing)
    end = min(q.start, cand.noun) if cand.subject != "budget" else c0
    if _COUNTRYS.search(prose, max(c0, cand.noun - 12), cand.noun):
        end = c0
    people = [(p.start(), p.end()) for p in _TITLED_PERSON.finditer(prose, c0, end)]
    # who says so owns nothing: ", the national statistics agency IBGE said on Friday,"
    # (sliced, so that its `\A` branch, who says so opening the clause, can match: `\A` does not match at pos)
    people += [(c0 + a.start(), c0 + a.end()) for a in _SAID_ASIDE.finditer(prose[c0:end])]
    ranked = without_rankings(prose[c0:end])     # "one of the lowest ... in the Mediterranean": where it ranks
    for w in _CAPITALISED.finditer(prose, c0, end):
        if ranked[w.start() - c0] == " ":
            continue
        word = regex.sub(r"['’]s$", "", w.group())
        if any(a <= w.start() < b for a, b in people):
            continue        # "President Ferdinand Marcos Jr. cut the tariff": a person acts, owns no head count
        if not prose[c0:w.start()].strip(" \n\"“‘'(") and word.lower() in prose:
            continue        # "Remittances are a lifeline for ...": a common word that opens the sentence
        if word in _INSTITUTION_WORDS:
            continue        # "the Pakistan Bureau of Statistics put ...": an office says, owns no head count
        if word not in _FUNCTION_WORDS and word not in _MONTHS and foreign(w.start(), w.end()):
            return True
    # capitalised words just before the figure or in the noun phrase (not the clause's first word)
    windows = [(max(c0, q.start - 25), q.start), (max(c0, cand.noun - 25), cand.noun)]
    for w in (w for a, b in windows for w in _CAPITALISED.finditer(prose, a, b)):
        word = regex.sub(r"['’]s$", "", w.group())
        if word in _FUNCTION_WORDS or word in _MONTHS or word in _INSTITUTION_WORDS:
            continue
        if w.group().endswith(("'s", "’s")) and foreign(w.start(), w.end()):
            return True
    return False


def _owners(story: Story, c0: int, c1: int, city_owns: bool = True) -> list[str] | None:
    """The countries named in the clause (by name, alias or demonym), else the story's home; None for a city.

    A capital owns a population or an economy ("Kathmandu, home to ..."), not a budget signed there; a
    currency mark ("US$") names no owner.
    """
    prose = story.doc.prose
    named: list[str] = []
    for m in _mentions(story, c0, c1):
        row = _row(story, m.code)
        if row is None:
            continue
        if prose[m.start:m.end] == row.get("capital"):
            if not city_owns:
                continue
            return None                             # "Kathmandu, home to ..." is a city's figure
        if m.code not in named:
            named.append(m.code)
    if named:
        return named
    home = story.doc.country
    return [home] if home else None


def _sentence_countries(story: Story, s0: int, s1: int) -> list[str]:
    return [m.code for m in _mentions(story, s0, s1)]


def _mentions(story: Story, start: int, end: int) -> list:
    """Country mentions, without the ones that are only a currency's mark ("US$", "S$", "HK$") or the place people
    leave for ("residents leave for the US mainland": Puerto Rico's people are no count of the US's)."""
    prose = story.doc.prose
    return [m for m in story_mentions(story).within(start, end)
            if not prose.startswith("$", m.end) and not _MAINLAND_AFTER.match(prose, m.end)]


_MAINLAND_AFTER = regex.compile(r"\s+mainland(?![\p{L}])", regex.I)


def _years_close(clause: str, story: Story, within: int = 3) -> bool:
    """A year in the clause far from the story's own date makes it a historic figure."""
    published = story.doc.publication_date
    if published is None:
        return True
    return all(abs(int(m.group(1)) - published.year) <= within for m in _YEAR.finditer(clause)
               if not _PERIOD_END.search(clause, 0, m.start()))


# "cut the tariff until 2028": the year ends the period of an action, it does not date a head count.
_PERIOD_END = regex.compile(r"\b(?:until|till|through|to\s+the\s+end\s+of)\s+\Z", regex.I)


def _in_usd(story: Story, q: Quantity) -> float | None:
    if q.unit is None:
        return None
    found = story.data.fx.to_usd(float(q.value), q.unit, story.doc.publication_date)
    return found[0] if found else None


def _fx_factors(story: Story, q: Quantity, row) -> list[tuple[float, str]]:
    """The factor a wrong currency mark makes: US$ written for RM is the ringgit's rate to the dollar."""
    if q.kind != "money" or not q.unit:
        return []
    own = row.get("currency")
    if not own or own == q.unit:
        return []
    on = story.doc.publication_date
    written = story.data.fx.to_usd(1.0, q.unit, on)
    meant = story.data.fx.to_usd(1.0, own, on)
    if not written or not meant:
        return []
    factor = written[0] / meant[0]
    if 1 / DISTINCT_FX < factor < DISTINCT_FX:
        return []
    return [(factor, f"{_mark(q.unit)} for {_mark(own)}")]


def _mark(code: str) -> str:
    return slips.CURRENCY_MARKS.get(code, code).strip()


def _slip_shape(ratio: float, fx: list[tuple[float, str]]) -> str | None:
    for power in POWERS:
        for factor, name in ((power, "too large"), (1 / power, "too small")):
            if 1 / TOLERANCE <= ratio / factor <= TOLERANCE:
                return f"a factor of {slips.number(power)} {name}"
    for factor, name in fx:
        if 1 / TOLERANCE <= ratio / factor <= TOLERANCE:
            return f"the exchange rate ({name})"
    return None


# Spending summed over several years: "over the next ten years", "a five-year plan", "since 2010"
_SEVERAL_YEARS = regex.compile(r"\b(?:years|decades?|multi-?year|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)[-\s]year|"
                               r"development\s+plan|cumulative(?:ly)?|combined|"
                               r"since\s+(?:19|20)\d\d|(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d)\b", regex.I)


def _judge_budget(story: Story, cand: _Candidate, owner: str, usd: float, part_named: bool = False,
                  below_only: bool = False) -> Hit | None:
    """A national budget below a thousandth of GDP, or above the whole economy, that a scale or currency slip
    puts back in a budget's range. A state spends at most about 60% of GDP, so a budget above GDP is no
    budget of any part of the country either (the part named may own a figure below the record only)."""
    row = _row(story, owner)
    gdp = row.number("gdp_usd") if row else None
    if not gdp:
        return None
    share = usd / gdp
    fx = _fx_factors(story, cand.quantity, row)
    if share < BUDGET_TINY and not part_named:
        slips_ = [(p, f"a factor of {slips.number(p)} too small") for p in POWERS] + \
                 [(1 / f, f"the exchange rate ({n})") for f, n in fx]
    elif share > BUDGET_ABOVE_GDP and not below_only and not _SEVERAL_YEARS.search(story.doc.prose, *cand.clause):
        # (spending over several years may add up to more than a year's economy)
        # a currency mark not the country's own is the likelier slip ("$28.7 trillion" for N28.7 trillion)
        slips_ = [(1 / f, f"the exchange rate ({n})") for f, n in fx if f > 1] or \
                 [(1 / p, f"a factor of {slips.number(p)} too large") for p in POWERS]
    else:
        return None
    lo, hi = BUDGET_SHARE
    fits = [(factor, name) for factor, name in slips_ if lo <= share * factor <= hi]
    if not fits:
        return None
    # several slips may fit the wide range: name the one that lands nearest a usual budget (a quarter of GDP)
    factor, name = min(fits, key=lambda fit: abs(math.log(share * fit[0] / TYPICAL_BUDGET_SHARE)))
    return _hit(story, cand, row, gdp, share, name, budget=True)


def _hit(story: Story, cand: _Candidate, row, value: float, ratio: float, slip: str,
         budget: bool = False) -> Hit:
    q = cand.quantity
    span = core_span(story, q)
    figure = story.text_of(span)
    name = row["name"]
    if budget:
        reference = (f"{name}'s GDP was about {slips.usd(value, story.doc.country)} in {row['gdp_year']} ({row.source}); "
                     f"a whole national budget is {_pct(BUDGET_SHARE[0])} to {_pct(BUDGET_SHARE[1])} of it")
        size = "far too small" if ratio < 1 else "more than its whole economy, far too large"
        detail = f"{figure} would be {_pct(ratio)} of {name}'s GDP, {size} for a national budget; {slip} fits"
        subject = f"{name}'s national budget"
    elif cand.subject == "population":
        reference = (f"{name}'s population was about {slips.amount(value, '', 'short')} in "
                     f"{row['population_year']} ({row.source})")
        detail = f"{figure} misses {name}'s population by {slip}"
        subject = f"{name}'s population"
    else:
        reference = f"{name}'s GDP was about {slips.usd(value, story.doc.country)} in {row['gdp_year']} ({row.source})"
        detail = f"{figure} misses the size of {name}'s economy by {slip}"
        subject = f"{name}'s GDP"
    return Hit(span=span, fields={
        "figure": figure, "detail": f"{detail}: {reference}", "reference": reference,
        "advice": "A scale-word, decimal-point or currency slip? Check the figure.", "suggestion": None,
        "slip": slip, "subject": subject, "countries": row["iso2"],
    }, evidence={"subject": subject, "ratio": round(ratio, 6), "slip": slip, "table": [row.citation()]})


def _pct(x: float) -> str:
    return f"{slips.number(x * 100, 2)}%"


def _row(story: Story, code: str):
    return _rows(story).get(code)


def _rows(story: Story) -> dict:
    return story.memo("plausibility_slip.rows", lambda s: {r["iso2"]: r for r in s.data.countries})
