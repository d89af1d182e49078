"""A tournament won on a date: the winner, the venue of the final and the competition tell the edition.

"On 16 July 1951, at the Maracanã in Rio de Janeiro, Uruguay beat Brazil 2-1 to win the World Cup": a
sub-editor needs no year beside "World Cup" to know which one that was — Uruguay won a World Cup at the
Maracanã once, on 16 July 1950. The sentence names the competition, a country that won it and the place of the
final; together they pick one edition, and a tournament is won on its last day.

* The winner of an edition is an alias marked "=" in events.csv ("=UY"), the place of its final one marked "#"
  ("#Maracanã", "#Rio de Janeiro"). Neither is a name of the event, and "#" is no "@" place: a venue hosts
  many tournaments, so it stands for this one only with the winner and the competition.
* The sentence must win something ("won", "to win", "lifted", "clinched", "were crowned"), name the
  competition by the name its editions share ("World Cup", "Copa América", "Euro") — or, for the World Cups,
  "world champions" — and write the winner and a venue of the same edition. One edition only, or silence.
* Found so, the date is compared as for an event found by its kind: it must be a near slip of the final's day
  (same day and month a year or two off, or, with the competition's name written, a year alone a year or two
  off), never a wholly other date, which is more likely another match.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event, Mention

_WON = regex.compile(r"(?<![\p{L}])(?:won|win|wins|winning|lifted|lift|lifts|clinched|clinch|claimed|captured|"
                     r"crowned|triumphed|conquered)(?![\p{L}])", regex.I)
_WON_STEMS = ("won", "win", "lift", "clinch", "claimed", "captured", "crowned", "triumphed", "conquered")
_WORLD_CHAMPIONS = regex.compile(r"(?<![\p{L}])world\s+(?:champions|championship|title|crown)(?![\p{L}])", regex.I)
_YEAR_TOKEN = regex.compile(r"(?<![\p{L}\d])(?:1[89]|20)\d\d(?![\p{L}\d])")


@dataclass(frozen=True)
class Edition:
    event: Event
    bases: frozenset[str]       # the names every edition shares: "World Cup", "FIFA World Cup", "Cricket World Cup"
    winners: frozenset[str]
    venues: tuple[str, ...]
    runners_up: frozenset[str] = frozenset()    # "!FR": the side that lost the final (event_results)


@functools.lru_cache(maxsize=8)
def _editions(folder: str) -> tuple[Edition, ...]:
    """The tournaments whose winner and final's venue the table records, with the names their editions share."""
    return tuple(ed for ed in tournament_editions(folder) if ed.winners and ed.venues)


@functools.lru_cache(maxsize=8)
def tournament_editions(folder: str) -> tuple[Edition, ...]:
    """Every edition of a competition the table records (a tournament, or any event with a winner and a final's
    venue), with the names its editions share; its winner, runner-up and venues where the table has them."""
    from .reference import _events
    events, _ = _events(folder)
    found = []
    for e in events:
        cells = [c.strip() for c in (e.row.get("aliases") or "").split("|")]
        winners = frozenset(c[1:].strip() for c in cells if c.startswith("="))
        venues = tuple(c[1:].strip() for c in cells if c.startswith("#"))
        runners_up = frozenset(c[1:].strip() for c in cells if c.startswith("!"))
        if not (winners and venues) and e.row.get("kind") != "tournament":
            continue
        bases = {regex.sub(r"\s+", " ", _YEAR_TOKEN.sub(" ", n)).strip(" ,") for n in e.names
                 if len(_YEAR_TOKEN.findall(n)) == 1}
        bases = {regex.sub(r"\s+in\s+.*$", "", b) for b in bases}
        bases |= {regex.sub(r"^(?:FIFA|UEFA|ICC|CAF|CONMEBOL)\s+", "", b) for b in bases}
        bases |= {"World Cup" for b in bases if b.endswith("World Cup")}
        bases = frozenset(b for b in bases if len(b) >= 4 and b[:1].isupper())
        if bases:
            found.append(Edition(e, bases, winners, venues, runners_up))
    return tuple(found)


def _written(prose: str, s0: int, s1: int, words: str) -> bool:
    # the pattern is the words literally: not in the sentence, never written (skips compiling one per venue)
    if prose.find(words, s0, s1) < 0:
        return False
    return regex.search(rf"(?<![\p{{L}}\d]){regex.escape(words)}(?![\p{{L}}\d])", prose[s0:s1]) is not None


# a time word between the date and the win makes the date another thing's: "a year after they won", "before",
# "since", "when they had won"; "ago" or "later" after the date likewise
_OTHER_TIME = regex.compile(r"(?<![\p{L}])(?:after|before|since|until|till|when|whereas|while|later|earlier|ago|"
                            r"previously|following|prior|then|having|had|friendly|rematch)(?![\p{L}])", regex.I)


# a word before a shared name that makes it no other competition: "The World Cup, held ...", "last year's World Cup"
# (and a year: "the 2011 World Cup final")
_NO_QUALIFIER = frozenset("the a an this that its their his her our last next year's season's summer's winter's "
                          "month's week's year’s season’s summer’s winter’s month’s week’s".split())
# the word before a shared name that may make it another competition: "Club World Cup", "Women's", "T20"
_QUALIFIER = regex.compile(r"(?P<word>[\p{Lu}][\p{L}.'’-]*|[\p{L}]*\d[\p{L}\d]*|[\p{L}]+['’]s)\s+\Z")


def _competition_named(prose: str, s0: int, s1: int, ed: Edition) -> bool:
    """Does the sentence name the edition's competition: one of its shared names, with no word before it that makes
    it another ("Club World Cup" is not the World Cup, "Cricket World Cup" is for a cricket edition)?"""
    for base in ed.bases:
        if prose.find(base, s0, s1) < 0:
            continue    # the pattern is the base literally
        for m in regex.finditer(rf"(?<![\p{{L}}\d]){regex.escape(base)}(?![\p{{L}}\d])", prose[s0:s1]):
            at = s0 + m.start()
            q = _QUALIFIER.search(prose, max(s0, at - 30), at)
            if q is None or at - len(q.group()) == s0 or f"{q.group('word')} {base}" in ed.bases \
                    or q.group("word").lower() in _NO_QUALIFIER or _YEAR_TOKEN.fullmatch(q.group("word")):
                return True
    return any(b.endswith("World Cup") for b in ed.bases) and _WORLD_CHAMPIONS.search(prose, s0, s1) is not None


# "Argentina beat France on penalties in the final": to beat a side in a final is to win the competition
_BEAT = regex.compile(r"(?<![\p{L}])(?:beat|defeated|overcame|edged|edged\s+out|thrashed|routed|outclassed)"
                      r"(?![\p{L}])", regex.I)
_FINAL = regex.compile(r"(?<![\p{L}])final(?![\p{L}])", regex.I)


def _story_names(story: Story, ed: Edition) -> bool:
    """Does the story name the edition's competition anywhere ("the World Cup" in the lead, then "Lusail Stadium,
    where Argentina beat France in the final" in a caption)? The final of a sentence is that competition's when
    the winner and the venue written beside it are an edition's own."""
    return _competition_named(story.doc.prose, 0, len(story.doc.prose), ed)


def won_on(story: Story, s0: int, s1: int, start: int, q, stated: tuple) -> tuple[Mention, str, bool] | None:
    """The one edition of a tournament the sentence says was won, by a winner and at a venue of the record, for a
    date written in that sentence; as (mention, "end", False), the mention found by kind with its competition's
    name as its topic."""
    prose = story.doc.prose
    if stated[0] is None:
        return None
    # cheap tests first (in ASCII, where lowering is the patterns' case folding): every match of _WON holds one
    # of these stems, and one of _FINAL is "final"
    text = prose[s0:s1]
    low = text.lower() if text.isascii() else None
    verb = _WON.search(prose, s0, s1) if low is None or any(w in low for w in _WON_STEMS) else None
    final = None
    if verb is None:
        # "Argentina beat France in the final": only a final makes beating a side winning the competition
        final = _FINAL.search(prose, s0, s1) if low is None or "final" in low else None
        verb = _BEAT.search(prose, s0, s1) if final else None
    if verb is None:
        return None
    a, b = sorted((verb.start(), start))
    if _OTHER_TIME.search(prose, a, max(a, b)) or _OTHER_TIME.search(prose, q.end, min(s1, q.end + 12)):
        return None     # "in a 2015 friendly, a year after they won the World Cup there": the date is of another thing
    if {int(t.group()) for t in _YEAR_TOKEN.finditer(prose, s0, s1)} - {stated[0]}:
        return None     # another year in the sentence: "Uruguay, champions in 1930, won again at the Maracanã in 1950"
    countries = {m.code for m in story_mentions(story).within(s0, s1)}
    if not countries:
        return None
    meant = {ed.event.id: ed for ed in _editions(str(story.data.folder))
             if ed.winners & countries and any(_written(prose, s0, s1, v) for v in ed.venues)
             and (_competition_named(prose, s0, s1, ed) or ((final or _FINAL.search(prose, s0, s1)) and _story_names(story, ed)))}
    if len(meant) != 1:
        return None
    ed = next(iter(meant.values()))
    from .reference import Mention
    return Mention(ed.event, verb.start(), verb.end(), False, noun="tournament", topical=True), "end", False


# -- a named edition credited to a side that did not win it -----------------------------------------------------
#
# "the gallery devoted to Pakistan's 1996 World Cup triumph": the edition is named by its year, the sentence gives
# its win to a side, and the record gives it to another. A writer who slips a year here slips to the side's own
# edition (Pakistan won in 1992), so the finding needs that signature: the side won another edition of the same
# competition within a few editions' time. A match won during a tournament ("India's 2003 World Cup win over
# Pakistan") is no claim to the title.

# after the name: the win itself ("triumph", "title", "-winning side"), not a win over someone in it
_CREDIT_AFTER = regex.compile(
    r"(?:\s+|-)(?:triumph|title|win|victory|crown|winning|winners?|champions?)(?![\p{L}])"
    r"(?!\s+(?:over|against|in\s+the|at|on|of|from|to|with|by)(?![\p{L}]))", regex.I)
# before the name: "Pakistan's", "Pakistan's famous", or "Pakistan won the", "Australia lifted the"
_POSSESSOR_BEFORE = regex.compile(r"['’]s?\s+(?:(?:famous|historic|memorable|only|maiden|first|fabled|celebrated|"
                                  r"glorious|unforgettable)\s+)?\Z")
_WON_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?:won|lifted|clinched|claimed|captured|wins|lifts|clinches)\s+the\s+\Z",
                                regex.I)
_EDITIONS_APART = 12    # years: the side's own edition within this span of the one named


def credited_to_another(story: Story, q, mentions) -> tuple[Mention, Edition, Edition, str] | None:
    """For a year inside a named edition the sentence credits to a side the record does not: (the mention, the
    named edition, the side's own nearest edition, the side's code), or None."""
    m = next((m for m in mentions if m.by_name and not m.loose and m.start <= q.start < m.end), None)
    if m is None:
        return None
    editions = _editions_by_id(str(story.data.folder))
    named = editions.get(m.event.id)
    if named is None:
        return None
    s0, _ = story.doc.sentence_at(q.start)
    side = _side_credited(story, s0, m)
    if side is None or side in named.winners:
        return None
    year = m.event.start.year
    # the same competition: a shared name more than the bare "World Cup" (cricket's is not rugby's or football's)
    own = [ed for ed in editions.values() if side in ed.winners and ed.bases & named.bases - {"World Cup"}
           and 0 < abs(ed.event.start.year - year) <= _EDITIONS_APART]
    if len(own) != 1:
        return None     # the side never won it, or won it more than once nearby: no one slip to name
    return m, named, own[0], side


@functools.lru_cache(maxsize=8)
def _editions_by_id(folder: str) -> dict[str, Edition]:
    return {ed.event.id: ed for ed in _editions(folder)}


@functools.lru_cache(maxsize=8)
def tournament_editions_by_id(folder: str) -> dict[str, Edition]:
    return {ed.event.id: ed for ed in tournament_editions(folder)}


# every credit `credited_to_another` reads holds one of these (lowered): a cheap test before the sentence's names
_CREDIT_STEMS = ("triumph", "title", "win", "won", "victor", "crown", "champion", "lift", "clinch", "claim", "captur")


def may_credit(sentence: str) -> bool:
    """Could the sentence credit an edition to a side at all?"""
    low = sentence.lower()
    return any(w in low for w in _CREDIT_STEMS)


def _side_credited(story: Story, s0: int, m: Mention) -> str | None:
    """The country the sentence gives the named edition's win to: "Pakistan's 1996 World Cup triumph", "Pakistan won
    the 1996 World Cup"; None when it gives it to none (or to more than one)."""
    prose = story.doc.prose
    countries = story_mentions(story).within(s0, m.start)
    if not countries:
        return None
    last = max(countries, key=lambda c: c.end)
    between = prose[last.end:m.start]
    if _POSSESSOR_BEFORE.fullmatch(between):
        return last.code if _CREDIT_AFTER.match(prose, m.end) else None
    won = _WON_THE_BEFORE.search(prose, max(s0, m.start - 20), m.start)
    if won is not None and regex.fullmatch(r"\s+", prose[last.end:won.start()]):
        return last.code
    return None
