"""Events named by where they happened, or by a name that needs its year.

Reporters seldom use an event's full name. They write its kind and its place — "the Mumbai attacks",
"the earthquake that flattened Concepción", "the attacks in Mumbai" — or a name that every edition of it
shares, with the year left to a date nearby: "the World Cup final on December 18, 2022".

* A **place** is an alias marked "@" in events.csv ("@Mumbai", "@Maule", "@San José mine"). It names
  the event only together with a noun of the event's kind in the same sentence; two events of one
  place and kind (the Mexico City earthquakes of 1985 and 2017) are told apart by the year written,
  and stay silent when none is.
* A **year-bound name** is a name written with its year ("2022 World Cup", "FIFA World Cup 2022"). Its
  base ("World Cup") is read as that event only when the year written in the same sentence is the
  event's, and only as a *loose* name: a date found through it must be a near slip of the record. A
  base after a capitalised word, a digit or a possessive is another competition ("Club World Cup",
  "T20 World Cup", "Women's World Cup").
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

_CAPITALISED = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}]*")
_YEAR_TOKEN = regex.compile(r"(?<![\p{L}\d/-])(?:1[89]|20)\d\d(?![\p{L}\d])")
# a word before a base that makes it another competition or thing: "Club World Cup", "T20 World Cup",
# "Women's World Cup" (a capitalised word is allowed only where the sentence begins)
_QUALIFIED_BEFORE = regex.compile(r"(?:(?P<word>[\p{Lu}][\p{L}.'’-]*)|[\p{L}]*\d[\p{L}\d]*|['’]s)[\s-]+\Z")


# -- places ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _places_by_first(folder: str) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Each place written in events.csv ("@Mumbai"), longest first, grouped by its first capitalised word,
    with the ids of the events it names."""
    from .reference import _events
    events, _ = _events(folder)
    ids: dict[str, set[str]] = {}
    for e in events:
        for place in e.places:
            ids.setdefault(place, set()).add(e.id)
    grouped: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for place in sorted(ids, key=len, reverse=True):
        first = _CAPITALISED.match(place)
        if first:
            grouped.setdefault(first.group(), []).append((place, frozenset(ids[place])))
    return {k: tuple(v) for k, v in grouped.items()}


def _story_places(story: Story) -> tuple[list[int], list[tuple[int, int, frozenset[str]]]]:
    """Every place of a recorded event written in the story (one scan of its capitalised words)."""
    def scan(s: Story):
        by_first = _places_by_first(str(s.data.folder))
        prose = s.doc.prose
        found: list[tuple[int, int, frozenset[str]]] = []
        for w in _CAPITALISED.finditer(prose):
            for place, ids in by_first.get(w.group(), ()):
                stop = w.start() + len(place)
                if prose.startswith(place, w.start()) and not (stop < len(prose) and prose[stop].isalnum()):
                    found.append((w.start(), stop, ids))
                    break
                described = _described(place, prose, w.start())
                if described is not None:
                    found.append((w.start(), described, ids))
                    break
        return [f[0] for f in found], found
    return story.memo("reference.places", scan)


# a place whose last word is a common noun ("San José mine", "Rana Plaza building") may be written with words of
# description before that noun: "the San José copper and gold mine", "the Tham Luang cave complex" is another shape
_DESCRIBING = r"(?:\s+[\p{Ll}][\p{Ll}-]*(?:\s+and\s+[\p{Ll}][\p{Ll}-]*)?){1,2}"


@functools.lru_cache(maxsize=512)
def _described_pattern(place: str) -> regex.Pattern | None:
    head, _, last = place.rpartition(" ")
    if not head or not last.islower() or not head.split()[-1][:1].isupper():
        return None
    return regex.compile(regex.escape(head) + _DESCRIBING + r"\s+" + regex.escape(last) + r"(?![\p{L}\d])")


def _described(place: str, prose: str, start: int) -> int | None:
    """Where "San José copper and gold mine" ends, for the place "San José mine"; None when not so written."""
    pattern = _described_pattern(place)
    m = pattern.match(prose, start) if pattern is not None else None
    return m.end() if m else None


def placed_events(story: Story, s0: int, s1: int) -> frozenset[str]:
    """The ids of the recorded events whose place is written in [s0, s1)."""
    starts, found = _story_places(story)
    ids: set[str] = set()
    for start, stop, events in found[bisect.bisect_left(starts, s0):]:
        if start >= s1:
            break
        if stop <= s1:
            ids |= events
    return frozenset(ids)


def by_place(story: Story, s0: int, s1: int, candidates: list[Event], noun_class: str) -> list[Event] | None:
    """Events of the noun's kind placed in the sentence ("the attacks in Mumbai"), or None when the sentence
    places none of that kind. Several are narrowed later by the year written."""
    placed = placed_events(story, s0, s1)
    if not placed:
        return None
    kind = [e for e in candidates if e.id in placed and noun_class in e.nouns]
    return kind or None


# -- names that need their year ---------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _bases_by_first(folder: str) -> dict[str, tuple[tuple[str, tuple[tuple[int, Event], ...]], ...]]:
    """The bases of year-bound names ("World Cup" of "2022 World Cup"), longest first, grouped by first word,
    each with the (year, event) pairs it may stand for. A base that is itself a name is left to the names."""
    from .reference import _events
    events, _ = _events(folder)
    full = {n.casefold() for e in events for n in e.names}
    bases: dict[str, dict[int, Event]] = {}
    for e in events:
        for name in e.names:
            if name in e.contextual:
                continue
            years = _YEAR_TOKEN.findall(name)
            if len(years) != 1:
                continue
            base = regex.sub(r"\s+", " ", _YEAR_TOKEN.sub(" ", name)).strip(" ,")
            base = regex.sub(r"^(?:of|in)\s+|\s+(?:of|in)$", "", base)
            if len(base) < 4 or not _CAPITALISED.search(base) or base.casefold() in full:
                continue
            bases.setdefault(base, {}).setdefault(int(years[0]), {})[e.id] = e
    grouped: dict[str, list] = {}
    for base in sorted(bases, key=len, reverse=True):
        first = regex.match(r"[\p{L}\d]+", base)
        # two events of one base and year ("Nepal earthquake" of April and May 2015) are left to the names
        editions = tuple(sorted(((year, next(iter(es.values()))) for year, es in bases[base].items() if len(es) == 1),
                                key=lambda x: x[0]))
        if first and editions:
            grouped.setdefault(first.group().casefold(), []).append((base, editions))
    return {k: tuple(v) for k, v in grouped.items()}


@functools.lru_cache(maxsize=8)
def _bases_by_written_first(folder: str) -> tuple[dict[str, tuple], regex.Pattern]:
    """The bases grouped by their first word as written ("World", "Euro"), which must open with a capital letter
    (a month does not: "May 2015 Nepal earthquake" is a name, not a base)."""
    grouped: dict[str, list] = {}
    for group in _bases_by_first(folder).values():
        for base, editions in group:
            first = regex.match(r"\p{Lu}[\p{L}]*", base)
            if first and first.group().casefold() not in _MONTHS:
                grouped.setdefault(first.group(), []).append((base, editions))
    firsts = {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in grouped.items()}
    pattern = regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(regex.escape(k) for k in sorted(firsts, key=len, reverse=True))
                            + r")(?![\p{L}\d])")
    return firsts, pattern


_CAPITAL_RUN = re.compile(r"[A-Z][A-Za-z0-9]*")


@functools.lru_cache(maxsize=8)
def _firsts_beyond_runs(folder: str) -> tuple[str, ...]:
    """The first words that are not a capital and a run of ASCII letters and digits ("Michoacán", "Kīlauea"):
    the scan for capitals cannot be asked about them (see year_bound_names)."""
    firsts, _ = _bases_by_written_first(folder)
    return tuple(k for k in firsts if not _CAPITAL_RUN.fullmatch(k))
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def year_bound_names(story: Story, s0: int, s1: int, taken: list[tuple[int, int]]) -> list[tuple[Event, int, int]]:
    """(event, start, end) for each base of a year-bound name in the sentence whose year is written there too
    and names exactly one event ("the World Cup final on December 18, 2022"); `taken` are spans already named."""
    prose = story.doc.prose
    firsts, pattern = _bases_by_written_first(str(story.data.folder))
    text = prose[s0:s1]
    if firsts.keys().isdisjoint(_CAPITAL_RUN.findall(text)) and (
            text.isascii() or not any(k in text for k in _firsts_beyond_runs(str(story.data.folder)))):
        # the pattern finds a first word only with no letter or digit on either side: one that is a capital and a
        # run of ASCII letters and digits is then a whole run, and the scan for capitals finds every such run, in
        # any text (a letter outside ASCII beside it is no run's, and stops the pattern too); the few other first
        # words ("Michoacán") are looked for as they are written
        return []
    years = {int(y) for y in _YEAR_TOKEN.findall(prose, s0, s1)}
    if not years:
        return []
    found: list[tuple[Event, int, int]] = []
    for w in pattern.finditer(prose, s0, s1):
        hit = _base_at(prose, s0, s1, w.start(), firsts[w.group()], years)
        if hit is not None and not any(a < hit[2] and hit[1] < b for a, b in taken):
            found.append(hit)
    return found


def _base_at(prose: str, s0: int, s1: int, at: int, bases: tuple, years: set[int]) -> tuple[Event, int, int] | None:
    """The event of the longest base written at `at` whose edition of a year written in the sentence is one."""
    if at > 0 and (prose[at - 1].isalnum()):
        return None
    for base, editions in bases:
        stop = at + len(base)
        if stop > s1 or prose[at:stop].casefold() != base.casefold() or (stop < len(prose) and prose[stop].isalnum()):
            continue
        before = _QUALIFIED_BEFORE.search(prose, max(s0, at - 30), at)
        if before and not (before.group("word") and before.start() == s0 + _leading_space(prose, s0)):
            return None     # "Club World Cup", "T20 World Cup", "Women's World Cup": another competition
        meant = [e for year, e in editions if year in years]
        return (meant[0], at, stop) if len(meant) == 1 else None
    return None


def _leading_space(prose: str, s0: int) -> int:
    n = 0
    while s0 + n < len(prose) and prose[s0 + n].isspace():
        n += 1
    return n


# -- what the event did to its place ----------------------------------------------------------------

# "terrorists attacked Mumbai on", "the quake flattened Concepción in": the verb tells the kind
_VERB_KINDS = {"attacked": "attack", "stormed": "attack", "bombed": "attack", "besieged": "attack",
               "struck": "", "hit": "", "rocked": "", "devastated": "", "flattened": "", "shook": "earthquake",
               "jolted": "earthquake", "levelled": "", "leveled": "", "battered": "", "lashed": "hurricane",
               "pounded": "", "swamped": "", "inundated": ""}
_VERB_AT_PLACE = regex.compile(r"(?<![\p{L}])(?P<verb>" + "|".join(_VERB_KINDS) + r")\s+(?:the\s+(?:city|town|port|"
                               r"region|coast|coastal\s+city)\s+of\s+)?"
                               # "attacked two Christchurch mosques on": a count before the place, its noun after
                               r"(?:(?:the|two|three|four|five|several|\d+)\s+)?"
                               r"(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)"
                               r"{0,2})(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?\s+(?:on|in)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?\Z")
# what was done to people at the place, the place in a phrase of its own: "seized 276 schoolgirls from a dormitory
# in Chibok on", "opened fire at two mosques in Christchurch on"; or the place's building did it: "the eight-storey
# Rana Plaza complex collapsed on"
_DONE_KINDS = {"abducted": "abduction", "kidnapped": "abduction", "seized": "abduction", "snatched": "abduction",
               "opened fire": "attack", "gunned down": "attack", "massacred": "attack", "shot dead": "attack",
               "collapsed": "collapse", "came down": "collapse", "caved in": "collapse", **{
                   v: k for v, k in _VERB_KINDS.items() if k}}
_CLAUSE_BREAK = r"(?:and|but|or|when|after|before|until|while|as|then|since|which|who|that|said|says)"
_TAIL_BREAK = r"(?:when|after|before|until|while|since|which|who|that|said|says|but|or|was|were|is|are|has|had)"
_DONE_AT_PLACE = regex.compile(
    r"(?<![\p{L}])(?P<verb>" + "|".join(sorted(_DONE_KINDS, key=len, reverse=True)) + r")"
    r"(?:\s+(?!" + _CLAUSE_BREAK + r"\s)[\p{L}\d,'’-]+){0,8}?\s+(?:in|at|from|near|inside)\s+(?:the\s+)?"
    r"(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})"
    # the place's noun and what else the act took in, up to its date: "at the Al Noor mosque and then the Linwood
    # Islamic Centre during afternoon prayers on" (no new clause: "who", "said", "after" ...)
    r"(?:\s+(?!" + _TAIL_BREAK + r"(?![\p{L}]))[\p{L}\d'’-]+){0,10}?\s+(?:on|in)\s+"
    r"(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?\Z"
    r"|(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?:\s+[\p{Ll}-]+){0,2}\s+(?:was\s+|were\s+)?"
    r"(?P<verb>collapsed|came\s+down|caved\s+in)\s+(?:on|in)\s+\Z")


# a word every match of `_VERB_AT_PLACE` or `_DONE_AT_PLACE` writes (both are case-sensitive): each verb's first word
_DONE_VERB_WORDS = tuple(sorted({v.split()[0] for v in (*_VERB_KINDS, *_DONE_KINDS)} | {"collapsed", "came", "caved"}))


def done_at_place(story: Story, s0: int, s1: int, start: int, stated: tuple):
    """ "When gunmen attacked Mumbai on November 26, 2009": the one recorded event of the verb's kind at that place,
    found as by its kind (so its date must agree in part with the record). Several of one place (Mumbai 1993,
    2006, 2008) are narrowed by the year written, then by the day and month."""
    window = story.doc.prose[max(s0, start - 120):start]
    if not any(map(window.__contains__, _DONE_VERB_WORDS)):
        return None     # no verb of either pattern before the date (a cheap test before the story's places)
    if not placed_events(story, max(s0, start - 120), start):
        return None     # no place of a recorded event before the date: nothing for the patterns below to find
    done = _VERB_AT_PLACE.search(story.doc.prose, max(s0, start - 90), start) or \
        _DONE_AT_PLACE.search(story.doc.prose, max(s0, start - 120), start)
    if done is None:
        return None
    # the places the act was done at, from the first to the date ("the Al Noor mosque and then the Linwood ...")
    placed = placed_events(story, done.start("place"), start) if done.re is _DONE_AT_PLACE and \
        done.group("verb") in _DONE_KINDS and done.start("place") < start else \
        placed_events(story, done.start("place"), done.end("place"))
    if not placed:
        return None
    kind = _VERB_KINDS.get(done.group("verb")) if done.re is _VERB_AT_PLACE else \
        _DONE_KINDS[regex.sub(r"\s+", " ", done.group("verb"))]
    return _the_one_placed(story, placed, kind, stated, done)


# the date first, the act at the place in its when-clause: "since August 2012, when police shot dead 34 miners at
# the Marikana mine", "in March 2019, when a gunman opened fire at two mosques in Christchurch" (a subject of a
# few words, then the act; no other clause between)
_WHEN_DONE_AT_PLACE = regex.compile(
    r",?\s+when\s+(?:(?!" + _CLAUSE_BREAK + r"\s)[\p{L}'’-]+\s+){1,4}?"
    r"(?P<verb>" + "|".join(sorted(_DONE_KINDS, key=len, reverse=True)) + r")"
    r"(?:\s+(?!" + _CLAUSE_BREAK + r"\s)[\p{L}\d,'’-]+){0,8}?\s+(?:in|at|from|near|inside)\s+(?:the\s+)?"
    r"(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})")


def done_when(story: Story, s0: int, s1: int, end: int, stated: tuple):
    """ "since August 2014, when police shot dead 34 miners at Lonmin's Marikana mine": the when-clause after a
    date tells what was done at a recorded event's place, so the date is that event's (read as `done_at_place`,
    by kind: it must agree in part with the record)."""
    done = _WHEN_DONE_AT_PLACE.match(story.doc.prose, end, s1)
    if done is None:
        return None
    placed = placed_events(story, done.start("place"), done.end("place"))
    if not placed:
        return None
    return _the_one_placed(story, placed, _DONE_KINDS[regex.sub(r"\s+", " ", done.group("verb"))], stated, done)


def _the_one_placed(story: Story, placed, kind: str | None, stated: tuple, done: regex.Match):
    """The one recorded event of the kind done at the place (several told apart by the year stated, or by a date
    that agrees in part with the record), as a mention of its place; None when not exactly one."""
    from .reference import Mention, _events, _partly_agrees
    events, _ = _events(str(story.data.folder))
    meant = [e for e in events if e.id in placed and (not kind or kind in e.nouns)]
    year = stated[0]
    if len(meant) > 1 and year is not None:
        meant = [e for e in meant if e.start.year <= year <= (e.end or e.start).year] or \
            [e for e in meant if _partly_agrees(*stated, e.start, e.end or e.start)]
    if len(meant) != 1:
        return None
    noun = kind or next(iter(sorted(meant[0].nouns)), "")
    return Mention(meant[0], done.start("place"), done.end("place"), False, noun=noun), "during", False
