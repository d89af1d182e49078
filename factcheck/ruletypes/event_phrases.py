"""An event noun and the date its own clause gives it, however the reporter fills the space between.

"The magnitude 9.0 earthquake off the Pacific coast of Tohoku on March 11, 2012", "the attacks on Al Noor Mosque
and the Linwood Islamic Centre during Friday prayers on 15 March 2018", "when the earthquake came in April
2016": a sub-editor reads each date as the event's, because nothing between the noun and the date starts a
clause of its own. Two shapes, neither tied to a list of places or verbs:

* a **chain of prepositional phrases** after the noun — where it happened, on whom, during what ("off the
  coast of Tohoku", "on Al Noor Mosque and the Linwood Islamic Centre during Friday prayers", "of 276 girls
  from their school", "along the coasts of Aceh, Sri Lanka and southern India") — with no verb, auxiliary or
  clause word in it, and a comma only before a name in a list;
* a **verb of the event's own**, right before the date ("came in", "struck on", "hit in"): any past-tense verb,
  regular ("-ed") or from English's closed class of irregular ones. It is read only for an event of a day or
  two (what a one-day event "did" on a date happened on its day; a war that "resumed" had phases), and the date
  is then only beside the event, so "the referendum was called in" stays the calling's date (reference's
  `_about_the_event`).
"""
from __future__ import annotations

import regex

# English's irregular past tenses (a closed class): what an event did, or what was done in it
IRREGULAR_PAST = frozenset((
    "arose awoke beat became began bent bit blew broke brought built burnt burst came caught chose clung crept "
    "cut dealt dug did drew drove dwelt fell fed felt fled flung flew forbade forgot forsook froze gave went grew "
    "ground hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met "
    "paid put quit rang rose ran said saw sought sold sent set shook shed shone shot shut sang sank sat slew slept "
    "slid slung slit spoke sped spent spun spat split spread sprang stood stole stuck stung stank strode struck "
    "strove swore swept swam swung took taught tore told thought threw thrust trod understood woke wore wove wept "
    "won wound wrung wrote").split())
# prepositions that open a phrase telling where, on whom or during what an event happened
_PREPOSITIONS = ("in|at|near|off|on|against|of|along|across|during|inside|outside|over|from|around|by|between|"
                 "among|amid|through|throughout|under|beneath|within|upon|onto|into|toward|towards|beyond|outside")
# words that begin another clause or carry a verb of their own: a chain stops before them
_CLAUSE_WORDS = ("is|was|were|are|be|been|being|has|had|have|will|would|could|should|may|might|must|can|did|does|"
                 "do|that|which|who|whom|whose|when|where|while|but|or|after|before|since|until|till|as|than|"
                 "because|if|then|also|not|to|so|yet|said|says|say|once|whereas|although|though")


def _word() -> str:
    """A word of a noun phrase: no clause word, no past-tense verb."""
    past = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
    return (rf"(?:(?!(?:{_CLAUSE_WORDS}|{past})(?![\p{{L}}'’-]))(?![\p{{Ll}}'’-]*ed(?![\p{{L}}'’-]))"
            r"[\p{L}][\p{L}'’-]*|\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\d[\d,.]*(?<![,.]))")


def noun_phrase_pattern(nouns: list[str]) -> regex.Pattern:
    """A pattern for an event noun, its chain of phrases and maybe its own verb, up to the preposition that governs
    a date; fullmatched from a noun found in the sentence to where the date begins. Groups: noun, verb, prep."""
    noun = "|".join(sorted(nouns, key=len, reverse=True))
    past = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
    word = _word()
    # a list of places may take commas before each name: "along the coasts of Aceh, Sri Lanka and southern India"
    chain = rf"(?:\s+(?:{_PREPOSITIONS})(?:(?:,(?=\s+\p{{Lu}}))?\s+(?:and\s+)?{word}){{1,8}}){{0,4}}"
    verb = rf"(?:\s+(?:was\s+|were\s+)?(?P<verb>(?:{past}|[\p{{Ll}}]+ed)(?:\s+(?:down|out|ashore))?))"
    return regex.compile(
        rf"(?P<noun>(?i:{noun})){chain}(?:{verb}\s+(?P<prep>on|in)|\s+(?P<prep>on|in|of))\s+")


def phrase_before(pattern: regex.Pattern, prose: str, nouns: list[tuple[int, int]], start: int,
                  reach: int = 160) -> regex.Match | None:
    """The nearest event noun (of `nouns`, the sentence's, in order) whose phrase runs to `start`, within `reach`
    characters: one anchored match per noun instead of a search through the sentence."""
    for a, b in reversed(nouns):
        if b > start:
            continue
        if a < start - reach:
            break
        m = pattern.fullmatch(prose, a, start)
        if m is not None:
            return m
    return None
