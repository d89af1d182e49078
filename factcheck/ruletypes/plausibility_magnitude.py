"""A country's head count written at a slipped magnitude: the figure is the recorded one times 10^k.

The slip reader (plausibility_slip) reads a population only in the sentence shapes it knows, and accepts a
miss anywhere within a quarter of a power of ten. Fresh copy keeps finding new shapes ("the island's 28
million residents", "a market of about 10 million consumers", "Japan's population of citizens at about
12.4 million"). This reader turns the evidence round: the NUMBER is the strong evidence. A head count that
lands within a few percent of the owner's recorded population times 10, 100 or 1,000 (or their inverses) is
very unlikely to be anything but that population with its scale word or decimal point slipped, so the sentence
need only say, loosely, that the figure counts the owner's people:

* a people noun right after the figure ("28 million residents", "10 million consumers") or "population"
  shortly before it ("the population ... to almost 1.8 million");
* an owner: the country named in the clause, a possessive ("Japan's", "the island's", "the country's",
  "its"), "a market/country/nation of", else the story's own country.

A figure above the whole (k > 0) cannot be a part of it, so a people noun after the figure is enough. A figure
below it (k < 0) may be a part ("10 million people lack clean water"), so it is read only where the sentence
makes it the whole: the noun "population", a possessive owner or "a market/country/nation of" right before it.
The world, a region or a bloc, a target or a far-off year, and another country for which the figure is about
right, silence it.
"""
from __future__ import annotations

import math
from typing import Iterator

import regex

from ..model import Quantity
from .base import Hit, Story
from .plausibility_slip import (
    PLAUSIBLE, _FUTURE, _WHOLE_MODIFIERS, _CAPITALISED, _FUNCTION_WORDS, _INSTITUTION_WORDS, _MONTHS,
    _TITLED_PERSON, _PART_WORDS, _SMALLER_WORDS, _WIDER_WORDS, _Candidate, _clause, _hit, _is_count,
    _mentions, _owners, _row, _YEAR,
)

# The figure must land this close to the record times a power of ten: a coincidence, not a near miss.
BAND = 0.08
POWERS = (1, 2, 3)
# A head count of another year keeps its order for this long.
YEARS_CLOSE = 12

_HEDGE = (r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under|"
          r"an\s+estimated|approximately|close\s+to|fewer\s+than|less\s+than|under|barely|only|just)\s+)*")
# the people counted, straight after the figure
_PEOPLE_AFTER = regex.compile(r"\s+(?:people|residents|inhabitants|citizens|consumers|souls|nationals|population)"
                              r"(?![\p{L}-])", regex.I)
# after the people, words that make them a group of the whole: "people who", "residents abroad", "aged"
_GROUP_AFTER = regex.compile(
    r"\s*(?:abroad|overseas|living\s+(?:abroad|overseas|outside|in\s+poverty|with|without|below)|who|whom|that|"
    r"aged|over\s+\d|under\s+\d|above|below|between|without|lacking|lack|with|from|outside|across|"
    r"in\s+need|at\s+risk|affected|displaced|infected|vaccinated|registered|eligible|online|use|using|"
    r"of\s+(?:whom|them)|(?:a|per|each|every)\s+(?:year|month|week|day)|annually|worldwide|globally)\b", regex.I)
# the owner right before the figure: "Japan's", "the island's", "the country's", "its", "a market of"
_OWNER_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?P<name>(?-i:\p{Lu})[\p{L}.-]*(?:\s+(?-i:\p{Lu})[\p{L}.-]*){0,2})['’]s|"
    r"\b(?:the|this|our)\s+(?:island|country|nation|republic|kingdom)['’]s|\b(?P<its>its)|"
    r"\b(?:a|the)\s+(?:domestic\s+|home\s+|consumer\s+)?(?:market|country|nation|island\s+nation|population)\s+of)"
    r"\s+" + _HEDGE + r"\Z", regex.I)
# "the population ..." before the figure, nothing that makes it another thing in between
_POPULATION_BEFORE = regex.compile(r"\bpopulation\b(?P<between>[^;:()]{0,90}?)\s*\Z", regex.I)
# between "population" and its size: a number of another kind, a share, or a change ("grew by")
_NOT_SIZE_BETWEEN = regex.compile(r"\d|%|\bby\s+" + _HEDGE + r"\Z|\b(?:growth|density|increase|decline|fall|drop|"
                                  r"rise|share|of\s+(?:the\s+)?(?-i:\p{Lu}))", regex.I)
# "the country's population": a lower-case possessive that is the whole
_COUNTRYS_POPULATION = regex.compile(r"\b(?:country|nation|island|republic|kingdom)['’]s\s+population\b", regex.I)
# the word right before "population" (a possessive, a modifier, "whose")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’-])([\p{L}-]+(?:['’]s)?)\s+\Z")
# "the biggest drop since the survey began in 1968": the year dates a record, not the head count
_SINCE = regex.compile(r"\b(?:since|began\s+in|started\s+in|first\s+\p{Ll}+\s+in)\s+(?:the\s+)?\Z", regex.I)
# the nation itself in the clause
# people who watch or tune in, or do so each year or worldwide: an audience counted across countries
_AUDIENCE = regex.compile(r"\b(?:watch(?:es|ed|ing)?|viewers|viewership|audiences?|tun(?:ed|e|es|ing)\s+in|"
                          r"(?:each|every)\s+year|worldwide|globally)\b", regex.I)
# people of the nation who live outside it, or claim its descent: "the diaspora numbers about 70 million people"
_OUTSIDE = regex.compile(r"\b(?:diaspora|descent|ancestry|heritage|emigrants?|expatriates?|expats?|abroad|overseas|"
                         r"around\s+the\s+world)\b", regex.I)
_MARKET_OF = regex.compile(r"\bmarket\s+of\b", regex.I)
_NATION_WORD = regex.compile(r"\b(?:country|nation|national|nationwide)\b", regex.I)
# a year or a decade between "population" and its size dates it: "which rose in the 1990s to"
_YEARS_OF = regex.compile(r"\b(?:1[89]|20)\d\d(?:s|['’]s)?\b")
# a possessive owner that is a part, not the country: "the city's", "Lagos's" (checked against countries later)
_PART_OWNER = regex.compile(r"\b(?:city|town|capital|state|province|region|county|district|village|company|firm|"
                            r"group|party|club|church|union|world|continent)['’]s\s+" + _HEDGE + r"\Z", regex.I)
# a population of another kind: "working-age population", "prison population", "urban population"
_KIND_BEFORE_POPULATION = regex.compile(r"\b(?:urban|rural|working-age|prison|student|elderly|older|young|youth|"
                                        r"Muslim|Christian|Hindu|Jewish|ethnic|migrant|refugee|foreign|"
                                        r"foreign-born|immigrant|expat|expatriate|adult|voting|active|labour|labor|"
                                        r"bird|fish|animal|wildlife|elephant|tiger|lion|wolf|bear|deer|whale|"
                                        r"insect|bee|bat|cat|dog|horse|cattle|sheep|goat|pig|rat|penguin|seal|"
                                        r"turtle|shark|koala|gorilla|rhino|bison|(?-i:\p{Ll}+)['’]s)\s+population\b", regex.I)


def magnitude_anomalies(story: Story, seen: set[int]) -> Iterator[Hit]:
    """Every head count the slip reader left that misses its owner's population by exactly a power of ten."""
    if not story.doc.prose or "people" not in story.lowered_prose() and "population" not in story.lowered_prose() \
            and not any(w in story.lowered_prose() for w in ("resident", "inhabitant", "citizen", "consumer", "souls",
                                                             "nationals")):
        return
    for q in story.quantities:
        if id(q) in seen or q.kind != "number" or not q.value or not _is_count(story.doc.prose, q):
            continue
        hit = _judge(story, q)
        if hit is not None:
            seen.add(id(q))
            yield hit


def _judge(story: Story, q: Quantity) -> Hit | None:
    prose = story.doc.prose
    sentence = story.doc.sentence_at(q.start)
    reading = _reading(prose, sentence, q)
    if reading is None:
        return None
    whole, name = reading
    c0, c1 = _clause(prose, sentence, q.start)
    clause = prose[c0:c1]
    if _WIDER_WORDS.search(clause) or _FUTURE.search(clause):
        return None         # the world's, a region's, a bloc's people; a target or a projection
    published = story.doc.publication_date
    if published is not None and any(abs(int(m.group(1)) - published.year) > YEARS_CLOSE
                                     for m in _YEAR.finditer(clause) if not _SINCE.search(clause, 0, m.start())):
        return None         # a head count of long ago
    owner = _owner(story, c0, c1, name)
    if owner is None:
        return None
    row = _row(story, owner)
    record = row.number("population") if row else None
    if not record:
        return None
    value = float(q.value)
    for m in _mentions(story, *sentence):   # a figure about right for any country the sentence names is that one's
        other = _row(story, m.code)
        number = other.number("population") if other else None
        if number and 1 / PLAUSIBLE <= value / number <= PLAUSIBLE:
            return None
    if not _mentions(story, c0, c1) and _of_the_order_of_one_named_before(story, sentence[0], value):
        return None         # the owner unsaid, and a country named before may be the one meant
    ratio = value / record
    power = round(math.log10(ratio))
    if power == 0 or abs(power) not in POWERS or abs(ratio / 10 ** power - 1) > BAND:
        return None
    if power < 0 and not whole:
        return None         # below the whole, only a figure the sentence makes the whole is read
    if power > 0 and not whole and not _mentions(story, c0, c1) and _AUDIENCE.search(clause):
        return None         # "More than 100 million people watched the final": an audience of no country said is
                            # the world's, not the story's country's
    if power > 0 and _OUTSIDE.search(clause):
        return None         # "Ireland's population is 5.1 million, and the diaspora numbers about 50 million
                            # people": more than the nation, counted among those abroad or of its descent
    if power < 0 and name is None and not _mentions(story, sentence[0], q.start) \
            and not _NATION_WORD.search(prose, sentence[0], q.start):
        return None         # "The city keeps growing. The population, which rose to ...": whose, unsaid
    if power < 0 and _SMALLER_WORDS.search(clause) and name is None:
        return None         # a city's, a province's people below the record
    cand = _Candidate(q, "population", (c0, c1), q.start)
    if power < 0 and _place_named_before(story, c0, q.start):
        return None         # "Chengdu, with a population of about 14 million": a place that is no country's
    slip = f"a factor of {10 ** abs(power):,} {'too large' if power > 0 else 'too small'}"
    return _hit(story, cand, row, record, ratio, slip)


def _reading(prose: str, sentence: tuple[int, int], q: Quantity) -> tuple[bool, str | None] | None:
    """(does the sentence make the figure the whole head count?, the possessive's name) where the figure counts
    people; None where it does not."""
    before = prose[max(sentence[0], q.start - 60):q.start]
    owner = _OWNER_BEFORE.search(before)
    if owner is not None and _PART_OWNER.search(before):
        return None
    after = _PEOPLE_AFTER.match(prose, q.end, sentence[1])
    if after is not None:
        if _GROUP_AFTER.match(prose, after.end(), sentence[1]):
            return None
        if _PART_WORDS.search(before[-25:]) and owner is None:
            return None     # "half of the 40 million people"
        # a country's consumers are a part of its people ("India's 150 million consumers"), the whole only where
        # the sentence makes them its market ("a market of 143 million consumers")
        whole = owner is not None and (not after.group().strip().lower().startswith("consumer")
                                       or _MARKET_OF.search(owner.group()) is not None)
        return whole, owner.group("name") if owner else None
    population = _POPULATION_BEFORE.search(prose, max(sentence[0], q.start - 100), q.start)
    # (a space closes it, so that "rose by about" ends as a change's "by" does)
    between = _YEARS_OF.sub(" ", population.group("between")) + " " if population else ""
    if population is None or _NOT_SIZE_BETWEEN.search(between) or _PART_WORDS.search(between):
        return None
    modifier = _WORD_BEFORE.search(prose, max(sentence[0], population.start() - 30), population.start())
    possessor = None
    if modifier is not None and modifier.group(1)[:1].isupper() and modifier.group(1)[-2:-1] in "'’":
        possessor = modifier.group(1)[:-2]  # "Japan's population": a country's only if the name is one (_owner)
    elif modifier is not None and modifier.group(1).lower() not in _WHOLE_MODIFIERS \
            and not _COUNTRYS_POPULATION.match(prose, modifier.start(1)):
        return None     # "whose population", "a registered population": not the nation's
    if _KIND_BEFORE_POPULATION.search(prose, max(sentence[0], population.start() - 30), population.end()) \
            and not _COUNTRYS_POPULATION.search(prose, max(sentence[0], population.start() - 30), population.end()):
        return None
    return True, possessor or (owner.group("name") if owner else None)


# After a sentence's first word, what makes it the subject that owns the head count: "Chengdu has", "Douala, whose"
_OWNING_NEXT = regex.compile(r"(?:['’]s\b|\s*,|\s+(?:has|had|is|was|now|counts|boasts|with|whose|where|remains)\b)")


def _place_named_before(story: Story, c0: int, at: int) -> bool:
    """A capitalised name before the figure that is no country's, nor a person's, an office's or a month: a city
    or a province, which owns a head count below the country's ("Chengdu, with a population of about 14 million").
    The sentence's first word counts only where it reads as the subject that owns ("Chengdu has", "Douala,")."""
    prose = story.doc.prose
    s0 = story.doc.sentence_at(at)[0]
    countries = [(m.start, m.end) for m in _mentions(story, c0, at)]
    people = [(p.start(), p.end()) for p in _TITLED_PERSON.finditer(prose, c0, at)]
    for w in _CAPITALISED.finditer(prose, c0, at):
        word = regex.sub(r"['’]s$", "", w.group())
        if word in _FUNCTION_WORDS or word in _MONTHS or word in _INSTITUTION_WORDS:
            continue
        if any(a <= w.start() < b for a, b in countries + people):
            continue
        if not prose[s0:w.start()].strip(" \n\"“‘'(") and not _OWNING_NEXT.match(prose, w.start() + len(word)):
            continue        # "Official figures showed ...": a common word that opens the sentence
        return True
    return False


def _of_the_order_of_one_named_before(story: Story, s0: int, value: float) -> bool:
    """ "Saudi Arabia pledged support. ... the budget for a kingdom of about 15 million people": with no owner in
    the clause, a country named in the sentence before, for which the figure is of the right order, may be the one
    meant."""
    before = story.doc.sentence_before(s0)
    if before is None:
        return False
    for m in _mentions(story, before[0], s0):
        row = _row(story, m.code)
        number = row.number("population") if row else None
        if number and round(math.log10(value / number)) == 0:
            return True
    return False


def _owner(story: Story, c0: int, c1: int, name: str | None) -> str | None:
    """The country a possessive names, else the one the clause names, else the story's own."""
    if name is not None:
        for m in _mentions(story, c0, c1):
            if story.doc.prose[m.start:m.end] in name or name in story.doc.prose[m.start:m.end]:
                row = _row(story, m.code)
                if row is not None and story.doc.prose[m.start:m.end] != row.get("capital"):
                    return m.code
        return None         # "Lagos's 20 million residents": a name that is no country's
    owners = _owners(story, c0, c1)
    if not owners or len(owners) > 1:
        return None
    return owners[0]
