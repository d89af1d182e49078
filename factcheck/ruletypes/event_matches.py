"""A famous match told by its score and its sides, put in another year: "Germany beat Brazil 7-1 in the 2018 World
Cup semi-final".

A sports desk knows the 7-1 was the 2014 semi-final in Belo Horizonte, and Saudi Arabia's 2-1 win over Argentina
the 2022 group opener in Lusail. Such matches are recorded in events.csv (kind "match") under a name that gives
the result the way copy writes it ("Germany 7-1 Brazil"), with the winner "=" and the loser "!".

* **the match** — its score written in the sentence (either way round: "7-1", "1-7"), and both its sides: each
  named in the sentence by its country's name, or one of them the story's own country ("the 7-1 humiliation by
  Germany" in a Brazilian story). One recorded match only, or silence;
* **the year** — the one year of the sentence (bare or in an edition's name, "the 2018 World Cup"), a few years
  off the match's; a sentence that also writes the match's own year, or another score, is telling two things.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions
from .event_wins import _YEAR_TOKEN

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

_RESULT = regex.compile(r"(?P<winner>.+?)\s+(?P<a>\d{1,2})-(?P<b>\d{1,2})\s+(?P<loser>.+)")
_SCORE = regex.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?![\d:/-]|\.\d)")
# a time counted from the match: the year is another thing's ("in 2016, two years after the 7-1")
_TIMED_FROM = regex.compile(r"(?i)(?<![\p{L}])(?:after|since|before|later|earlier|ago|anniversary|until|following|"
                            r"years|revenge|rematch)(?![\p{L}])")
_SLIP = 12      # years: further off, the year is likely another match's


@functools.lru_cache(maxsize=8)
def _matches(folder: str) -> tuple[tuple["Event", frozenset[int], str, str], ...]:
    """(event, its two scores, winner code, loser code) of each recorded match whose name gives its result."""
    from .reference import _events
    found = []
    for e in _events(folder)[0]:
        if e.row.get("kind") != "match":
            continue
        cells = [c.strip() for c in (e.row.get("aliases") or "").split("|")]
        winner = next((c[1:] for c in cells if c.startswith("=")), None)
        loser = next((c[1:] for c in cells if c.startswith("!")), None)
        result = next((m for n in e.names if (m := _RESULT.fullmatch(n))), None)
        if winner and loser and result:
            found.append((e, (int(result.group("a")), int(result.group("b"))), winner, loser))
    return tuple(found)


def match_year_slip(story: "Story", q, stated: tuple) -> "Event | None":
    """The recorded match the sentence tells by score and sides, when its one year is a few off the match's."""
    start, year, month, day = stated
    if year is None:
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    prose = story.doc.prose
    scores = {tuple(sorted((int(m.group("a")), int(m.group("b"))))) for m in _SCORE.finditer(prose, s0, s1)}
    if not scores:
        return None
    matches = [m for m in _matches(str(story.data.folder)) if tuple(sorted(m[1])) in scores]
    if not matches:
        return None
    named = {m.code for m in story_mentions(story).within(s0, s1)}
    home = story.doc.country
    fits = [e for e, _, winner, loser in matches
            if (winner in named and (loser in named or loser == home))
            or (loser in named and winner == home)]
    if len({e.id for e in fits}) != 1 or len(scores) != 1:
        return None     # another score in the sentence: the year may be that match's
    event = fits[0]
    if _TIMED_FROM.search(prose, s0, s1):
        return None
    years = {int(y) for y in _YEAR_TOKEN.findall(prose, s0, s1)}
    if event.start.year in years or len(years) != 1:
        return None
    return event if 0 < abs(year - event.start.year) <= _SLIP else None
