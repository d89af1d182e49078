"""An edition of a recurring series named by a year in which the series was not held: "the opening ceremony of the
1996 Winter Olympics" (the Winter Games were held in 1994 and 1998, none in 1996).

events.csv names each edition by its year and its series ("1994 Winter Olympics", "1994 Winter Games", "2019
Africa Cup of Nations"); the phrases after the year are the series' names. A year written right before such a
phrase names an edition, and when the series was held in the years either side of it at its usual interval, no
edition can be missing from the record between them: the year is a slip. A sub-editor reads "the 1996 Winter
Olympics" in a story on Lillehammer's ski jumps and knows they were the 1994 Games.

Silence when:

* the series' recorded years are not regular round the year (the table may lack an edition);
* any recorded edition of that year is named by the same words and more ("the 1994 Olympics" is the Winter Games
  of 1994, named loosely), or the series' phrase is too plain to be one series ("the 1997 World Cup" may be of a
  sport the table does not record);
* the year lies outside the recorded run (a future edition, an edition before the record begins).

The suggestion is the neighbouring edition whose place the story writes ("Lillehammer"), else none.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

_NAMED_BY_YEAR = regex.compile(r"(?P<year>(?:1[89]|20)\d\d)\s+(?P<series>\p{Lu}[\p{L}'’ -]*\p{L})")
# phrases too plain to name one series: many sports hold a "World Cup", a "Women's World Cup", a "European
# Championship", an "Asian Cup" or a "Champions Trophy", many bodies "Games"
_PLAIN = frozenset({"World Cup", "Games", "Cup", "Championship", "Championships", "Final", "Open", "Women's World Cup",
                    "Women’s World Cup", "European Championship", "World Championship", "World Championships",
                    "Asian Cup", "Champions Trophy"})
_FEWEST = 4     # editions: fewer tell no usual interval
_WORDS = regex.compile(r"[\p{L}'’]+")


@dataclass(frozen=True)
class Series:
    phrase: str
    years: tuple[int, ...]                  # the years its editions are named by, sorted
    editions: dict                          # year -> event
    usual: int                              # the interval between editions most often recorded


@functools.lru_cache(maxsize=8)
def _series(folder: str) -> tuple[dict[str, Series], dict[int, tuple[frozenset[str], ...]]]:
    """Each series phrase with the years of its editions; and, per year, the word sets of every phrase an edition of
    that year is named by (once per tables folder)."""
    from .reference import _events
    by_phrase: dict[str, dict[int, Event]] = {}
    words_of_year: dict[int, set[frozenset[str]]] = {}
    for event in _events(folder)[0]:
        if event.row.get("kind") != "tournament":
            continue
        for name in event.names:
            m = _NAMED_BY_YEAR.fullmatch(name)
            if m is None or regex.search(r"\d", m.group("series")):
                continue
            year, phrase = int(m.group("year")), m.group("series")
            by_phrase.setdefault(phrase, {})[year] = event
            # the year it is named by and the years it was played in ("the 2022 Afcon" for the 2021 edition,
            # played in January 2022, is a loose name, not a slip)
            for y in {year, event.start.year, (event.end or event.start).year}:
                words_of_year.setdefault(y, set()).add(frozenset(_WORDS.findall(phrase.lower())))
    out = {}
    for phrase, editions in by_phrase.items():
        years = tuple(sorted(editions))
        if phrase in _PLAIN or len(years) < _FEWEST:
            continue
        gaps = Counter(b - a for a, b in zip(years, years[1:]))
        out[phrase] = Series(phrase, years, editions, gaps.most_common(1)[0][0])
    return out, {y: tuple(w) for y, w in words_of_year.items()}


def off_year(story: "Story", q, year: int) -> tuple[Series, "Event", "Event", "Event | None"] | None:
    """(the series, the editions before and after, the one the story's words point to) for a year written right
    before a series' name in which the series was not held; None otherwise."""
    prose = story.doc.prose
    m = _NAMED_BY_YEAR.match(prose, q.start)
    if m is None or m.end("year") != q.end:
        return None
    if "women" in story.lowered_prose():
        return None     # (a women's edition keeps its own calendar: the "2021 Rugby World Cup" was played in 2022)
    series_of, words_of_year = _series(str(story.data.folder))
    written = m.group("series")
    # the longest recorded phrase the words after the year begin with ("Winter Olympics", not "Winter")
    found = None
    for phrase, series in series_of.items():
        rest = written[len(phrase):]
        # the phrase whole, not the start of a longer name ("2013 Rugby World Cup Sevens", "Cricket World Cup
        # Qualifier")
        if written.startswith(phrase) and not regex.match(r"\p{L}|\s+\p{Lu}", rest):
            if found is None or len(phrase) > len(found.phrase):
                found = series
    if found is None or year in found.editions:
        return None
    before = max((y for y in found.years if y < year), default=None)
    after = min((y for y in found.years if y > year), default=None)
    if before is None or after is None or after - before > found.usual:
        return None     # outside the run, or a gap wider than usual: the table may lack the edition
    words = frozenset(_WORDS.findall(found.phrase.lower()))
    if any(w >= words for w in words_of_year.get(year, ())):
        return None     # an edition of that year is named by these words and more: a loose name of it
    a, b = found.editions[before], found.editions[after]
    meant = [e for e in (a, b) if _place_written(prose, e)]
    return found, a, b, meant[0] if len(meant) == 1 else None


def _place_written(prose: str, event: "Event") -> bool:
    """Does the story write the edition's own place ("Lillehammer", from "Lillehammer Winter Olympics")?"""
    places = set(event.places)
    for name in event.names:
        first = regex.match(r"(?P<place>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)*?)\s+(?:\d{4}\s+)?"
                            r"(?:Winter\s+|Summer\s+)?(?:Olympics|Olympic|Games|Asian|Commonwealth)", name)
        if first is not None and not first.group("place")[:1].isdigit():
            places.add(first.group("place"))
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(p)}(?![\p{{L}}])", prose) for p in places)
