"""Whose population an unowned "population" is: the story's own country's, when nothing else can own it.

A reporter writes "demand is underpinned by a fast-growing population, which the statistics agency said passed
10 million" or, in a quote, "With a population of 530 million ..., we cannot build our way out of this" in a
story about one country: the population is that country's, though no sentence names it. It is read as the home
country's only where

* the noun phrase is whole: a determiner and words that keep it whole ("a fast-growing population", "the
  total population", "the country's population"), never a part ("the urban population", "the prison
  population"), another possessive ("Lagos's population", "its population"), a share ("a tenth of the
  population") or a pronoun's ("It has a population of"); a holder ("X has a population of") must be the
  country itself ("Kenya", "the country", "we");
* no one else is named before it in its sentence (a capitalised name that is not the home country's), its
  own words name no province, city or region, nor the world or a continent;
* "the population" (definite) refers back: the sentence or the one before names the home country itself;
* a leading "With a population of N ..., X ..." is X's: "we", "the country", the home country's name;
* the story is about its own country: named no less often than any other, and the sentence and the one
  before name no other country.

A city is always smaller than its country, so the low side is read with a wider margin than for a named
country (a megacity holds up to a fifth of its country's people): see `UNOWNED_LOW`.
"""
from __future__ import annotations

import regex

from ..entities import story_mentions
from ..subjects import Measure
from .base import Story
from .plausibility_scope import clause_right

# The low bound for a population read as the home country's without its name (a megacity, such as Cairo or
# Dhaka, holds about a fifth of its country's people; the usual slip is tenfold).
UNOWNED_LOW = 0.2

# The noun phrase before "population", anchored at the noun: a determiner and words that keep it whole
_WHOLE_PEOPLE = regex.compile(
    r"(?:(?<![\p{L}'’-])(?P<det>a|an|the|this)\s+)?"
    r"(?:(?:total|entire|whole|national|overall|current|estimated|growing|fast-growing|fast\s+growing|"
    r"rapidly\s+growing|young|youthful|ageing|aging|large|huge|vast|booming|expanding|swelling)\s+)*\Z", regex.I)
# A place named right after the noun: "the population of the capital", "the population in Lagos"
# (never the figure's own "of": "a population of about 530 million")
_PLACE_AFTER_NOUN = regex.compile(
    r"\A\s+(?:of|in|across|at|around|outside|inside|within|on)\s+(?!(?:(?:about|around|nearly|almost|roughly|some|"
    r"just|only|over|under|approximately|more\s+than|less\s+than|close\s+to|an\s+estimated|at\s+least)\s*)?\Z)",
    regex.I)
# What owns or parts a population just before its noun phrase: a possessive, "of", a pronoun
_OWNED_BEFORE = regex.compile(r"(?:['’]s?|(?<![\p{L}])(?:of|its|their|our|his|her|whose))\s*\Z", regex.I)
# "the country's population", "the nation's total population": the country the story is about
# (Irish copy calls its country "the State", capitalised: a US state is "the state")
_HOME_POSSESSIVE = regex.compile(r"(?<![\p{L}])(?:the|this|our)\s+(?:country|nation|kingdom|(?-i:State))['’]s\s*\Z",
                                 regex.I)
_PRONOUN = regex.compile(r"(?<![\p{L}'’-])(?:it|its|they|their|them|he|she|his|her)(?![\p{L}'’-])", regex.I)
_CAPITALISED = regex.compile(r"(?<![\p{L}'’.-])[\p{Lu}][\p{L}'’.-]*")
# Wider wholes than a nation: the world's, a continent's, a region's
_WIDER = regex.compile(r"\b(?:world|global|continent|continental|worldwide|planet|regional|Africa|Asia|Europe|"
                       r"Americas?|Latin\s+America|Middle\s+East|Gulf|Sahel|diaspora)\b", regex.I)
# "With a population of N ..., we ...": the main clause's subject owns the leading phrase
_LEADING = regex.compile(r"\A[\s\"“‘'(]*(?:With|Home\s+to|Boasting)\s+\Z")
# A verb that makes its subject the population's holder: "Lagos has a population of", "Ghana, home to a"
_HELD_BY = regex.compile(r"(?<![\p{L}])(?:has|have|had|with|boasts|boasting|counts|home\s+to)\s*\Z", regex.I)
_HOME_HOLDER = regex.compile(r"\A[\s\"“‘'(]*(?:we|(?:the|this|our)\s+(?:country|nation))\s*,?\s*(?:now\s+|still\s+)?\Z",
                             regex.I)
_HOME_SUBJECT = regex.compile(r"\A\s*(?:we|(?:the|this|our)\s+(?:country|nation))\b", regex.I)


def home_population(story: Story, m: Measure) -> str | None:
    """The story's own country for a population figure that names no owner (see the module doc), or None."""
    from .plausibility import _SUBNATIONAL, _home_story, _other_country_before  # (that module imports this one)
    home = story.doc.country
    q = m.quantity
    if not home or m.position != "before" or any(c != home for c in m.countries):
        return None
    s0, s1 = m.sentence
    prose = story.doc.prose
    left = prose[s0:q.start]
    at = left.lower().rfind("population")
    if at < 0:
        return None
    if _PLACE_AFTER_NOUN.match(left[at + len("population"):]):
        return None     # "the population of Lagos", "the population in the capital": a place's
    phrase = _WHOLE_PEOPLE.search(left, 0, at)
    lead = left[:phrase.start()] if phrase else None
    if lead is None or _PRONOUN.search(_own_clause(lead)):
        return None     # "It has a population of": the pronoun's (one in a clause before, "It has grown as the
        #                 population ...", is another thing's)
    indefinite = (phrase.group("det") or "").lower() in ("a", "an")
    home_possessive = bool(_HOME_POSSESSIVE.search(lead))
    if not indefinite and _OWNED_BEFORE.search(lead) and not home_possessive:
        return None     # "a tenth of the population", "Lagos's population", "its population" (not "the country's")
    if not phrase.group("det") and not home_possessive and lead.strip(" \"“‘'(\n")[-1:] not in ("", ".", ";", ":"):
        return None     # "a permanent population", "the Muslim population": a word the list does not know parts it
    names, demonyms, _, _ = _country_words(story)
    possessive = _HOME_POSSESSIVE.search(lead)
    for word in _CAPITALISED.finditer(lead):
        bare = regex.sub(r"['’]s\Z", "", word.group())
        if names.get(bare) == home or demonyms.get(bare) == home or (possessive and word.start() >= possessive.start()):
            continue
        if not _sentence_opening(lead, word.start()) or bare != word.group():
            return None     # "In Lagos, demand is underpinned by a young population", "Cairo's ... population"
    held = _HELD_BY.search(lead)
    if held is not None and not _LEADING.match(lead):
        # "Lagos has a population of", "The country has a population of": the subject of "has" owns it
        holder = lead[:held.start()]
        if not (_HOME_HOLDER.search(holder) or _names_home(story, holder, home, whole=True)):
            return None
    if _LEADING.match(lead):
        # "With a population of N and one of the fastest ..., we cannot ...": whose is the main clause's subject
        comma = prose.find(",", q.end, s1)
        main = prose[comma + 1:s1] if comma >= 0 else ""
        if not (_HOME_SUBJECT.match(main) or _names_home(story, main, home)):
            return None
    else:
        own = left + " " + clause_right(story, m)
        if possessive:      # (its "State" is the country's own word for itself)
            own = own[:possessive.start()] + " " * (possessive.end() - possessive.start()) + own[possessive.end():]
        if _SUBNATIONAL.search(own) or _WIDER.search(own):
            return None
        if (phrase.group("det") or "").lower() in ("the", "this") and not _home_named(story, m, home) \
                and not _no_place_near(story, m):
            return None     # "The population passed 20 million" refers back to a place named before
    if not _home_story(story, home) or _other_country_before(story, s0, home):
        return None
    return home


# A subordinating word that opens the population's own clause: "It has grown as the population ... has outpaced"
_CLAUSE_OPENER = regex.compile(r"(?<![\p{L}])(?:as|because|while|since|when|after|before|although|though|whereas)\s+",
                               regex.I)


def _own_clause(lead: str) -> str:
    """The words before the population's noun phrase in its own clause: after the last subordinating word."""
    last = None
    for last in _CLAUSE_OPENER.finditer(lead):
        pass
    return lead[last.end():] if last else lead


def _sentence_opening(lead: str, at: int) -> bool:
    """Is the word at `at` the first of its sentence or quote (where every word is capitalised)?"""
    return not lead[:at].strip(" \"“‘'(\n")


def _names_home(story: Story, text: str, home: str, whole: bool = False) -> bool:
    """Does `text` open with the home country's own name ("Kenya cannot ...")? Never its possessive ("Kenya's
    capital has"); with `whole`, the name must be all of it ("Kenya has": the holder is "Kenya")."""
    names = _country_words(story)[0]
    word = _NAME_OPENING.match(text)
    if word is None or names.get(word.group("name")) != home:
        return False
    return not whole or not text[word.end():].strip(" ,")


_NAME_OPENING = regex.compile(r"[\s\"“‘'(]*(?:the\s+)?(?P<name>[\p{Lu}][\p{L}.-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.-]*)*)"
                              r"(?![\p{L}'’])")


def _home_named(story: Story, m: Measure, home: str) -> bool:
    """Does the sentence, or the one before, name the home country itself (not its capital, a city)?"""
    names, demonyms, _, _ = _country_words(story)
    prose = story.doc.prose
    s0, s1 = m.sentence
    p0 = (story.doc.sentence_before(s0) or (s0, s0))[0]
    return any(x.code == home and (prose[x.start:x.end] in names or prose[x.start:x.end] in demonyms)
               for x in story_mentions(story).within(p0, s1))


def _no_place_near(story: Story, m: Measure) -> bool:
    """Do the sentence and the one before name no place and no one at all (no country, city or region, no place
    word, and no capitalised word but a function word opening a sentence)? Then "the population" can only be the country the story is about
    ("The housing shortage is estimated at 400,000 homes. It has grown as the population ... to 18 million")."""
    prose = story.doc.prose
    s0, s1 = m.sentence
    p0 = (story.doc.sentence_before(s0) or (s0, s0))[0]
    from .plausibility_slip import _PLACE_WORDS   # (that module builds on this one's neighbours)
    text = prose[p0:s1]
    if any(True for _ in story_mentions(story).within(p0, s1)) or _PLACE_WORDS.search(text):
        return False    # "The city keeps growing. The population passed ..."
    # "Lagos keeps growing.": a name opening a sentence is a name too; only a function word may be capitalised
    return all(w.group() in _OPENING_WORDS for w in _CAPITALISED.finditer(text))


_OPENING_WORDS = frozenset("The A An It Its This That These Those There Here In On At By For With As But And "
                           "They We He She Most Much Many Some Such".split())


def _country_words(story: Story) -> tuple[dict[str, str], dict[str, str], str, str]:
    from .plausibility import _country_words as words
    return words(str(story.data.folder))
