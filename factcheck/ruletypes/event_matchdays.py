"""A match of a recorded tournament dated a year off: "the quarter-final victory over Portugal in Doha on
10 December 2021" when the Qatar World Cup ran from 20 November to 18 December 2022.

A tournament's record holds its first and last days; every day between is one of its match days. A sub-editor
who knows the edition stops at a match of it (a stage word: "quarter-final", "group game", "semi-final") told in
its host's city or country and with the series written ("World Cup") on a day that falls inside the edition's
weeks one year early or late. Three signals tie the date to the edition instead of a sentence frame:

* the sentence writes a stage of a tournament and a word of the edition's kind ("World Cup", "tournament");
* it places the match in a host of the edition ("in Doha", "in Qatar");
* the day and month fall within the edition's weeks in a year one off the stated one, and no recorded
  tournament holds the stated day itself.

Guards: another competition named in the sentence ("the Arab Cup quarter-final") is another tournament's; a
plan ("was due to be played") or a date of the story's own year is no slip of the record.
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

_LONGEST = 90       # days: a tournament of a few weeks; longer seasons have no single edition's weeks
_OFF = 1            # a year early or late: a slip, not another edition
# the stage a match belongs to: only a tournament's matches have one
_STAGE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:quarter-?finals?|semi-?finals?|round\s+of\s+(?:16|sixteen)|last[\s-](?:16|sixteen|eight|four)|"
    r"group(?:-stage|\s+stage)?\s+(?:game|match|tie|opener|win|defeat|draw)|third-place\s+play-?off|opener)"
    r"(?![\p{L}-])")
# a competition named by capitalised words: another one unless it is the edition's own ("the Arab Cup")
_COMPETITION = regex.compile(r"(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Cup|Championship|Championships|Trophy|Games|"
                             r"League|Series)(?![\p{L}])")
_PLAN = regex.compile(r"(?i)(?<![\p{L}])(?:due|scheduled|planned|postponed|expected|slated|will|would)(?![\p{L}])")


@functools.lru_cache(maxsize=8)
def _tournaments(folder: str) -> tuple["Event", ...]:
    from .reference import _events
    events, _ = _events(folder)
    return tuple(e for e in events if e.row.get("kind") == "tournament" and e.end is not None
                 and (e.end - e.start).days <= _LONGEST)


def _within(event: "Event", year: int, month: int, day: int) -> bool:
    try:
        return event.start <= dt.date(year, month, day) <= event.end
    except ValueError:
        return False


# another kind of match than the edition's: "a warm-up against Serbia", "a friendly", "the qualifier"
_OTHER_MATCH = regex.compile(r"(?i)(?<![\p{L}-])(?:friendl(?:y|ies)|warm-?ups?|exhibition|training|qualif\w*|"
                             r"practice|rehearsal)(?![\p{L}-])")


def _month_off(event: "Event", year: int, month: int, day: int) -> bool:
    """A day of the edition's own year a month off one of its match days ("8 June 2014" for 8 July, when the
    tournament ran from 12 June to 13 July)."""
    if not event.start.year <= year <= event.end.year:
        return False
    for k in (-1, 1):
        m = month + k
        if 1 <= m <= 12 and _within(event, year, m, day):
            return True
    return False


def match_day_slip(story: "Story", q, stated: tuple) -> "Event | None":
    """The recorded tournament whose match the stated full date tells with its year one off, or None."""
    start, year, month, day = stated
    if year is None or month is None or day is None or not any(c.isdigit() for c in q.text):
        return None
    published = story.doc.publication_date
    if published is not None and year >= published.year:
        return None     # the story's own year: a match of now, not a slip of the record
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    if _PLAN.search(prose, s0, s1) or _OTHER_MATCH.search(prose, s0, s1):
        return None
    staged_here = _STAGE.search(prose, s0, s1) is not None
    if not staged_here:
        # "Most Germans remember the semi-final ... On 8 June 2014, in Belo Horizonte, ... against the hosts": the
        # stage named in the sentence before, the match told in this one
        before = story.doc.sentence_before(s0)
        if before is None or not _STAGE.search(prose, *before):
            return None
    folder = str(story.data.folder)
    tournaments = _tournaments(folder)
    hosts = {m.code for m in story_mentions(story).within(s0, s1)}
    if not hosts or any(_within(e, year, month, day) and e.participants & hosts for e in tournaments):
        return None     # the day is a recorded tournament's own
    from .event_years import _editions_by_id, _kind_written
    sentence = prose[s0:s1]
    found = []
    playing = None
    for e in tournaments:
        if not (e.participants & hosts) or not (any(_within(e, year + k, month, day) for k in (-_OFF, _OFF))
                                                or _month_off(e, year, month, day)):
            continue
        if not _kind_written(sentence, e):
            # the edition the story is about (its name, or its kind and a place of its own, written somewhere)
            if playing is None:
                from .event_story import in_play
                playing = {r.event.id for r in in_play(story)}
            if e.id not in playing:
                continue
        edition = _editions_by_id(folder).get(e.id)
        bases = edition.bases if edition is not None else frozenset()
        if any(not any(b in cup.group() for b in bases) for cup in _COMPETITION.finditer(sentence)):
            continue    # "the Arab Cup quarter-final in Doha": another competition's match
        found.append(e)
    return found[0] if len(found) == 1 else None
