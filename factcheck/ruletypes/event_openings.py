"""A recorded opening told through "it": "Since it opened in May 2022, the line has reshaped commuting".

A story about a railway, a bridge or a metro names it once ("The Elizabeth line needs more trains") and then
tells when it opened with a pronoun. The opening is recorded (events.csv, kind "inauguration", an alias
"<thing> opened"); the pronoun is the thing's when the thing is named earlier in the story and the clause
around the date points at it: the main clause after the date has the thing's head noun as its subject
("Since it opened in ..., the line has"), or the sentence before opens with the thing's name ("The Elizabeth
line ... It opened in ..."). The date is then held to the record as if the name were written.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Mention

# "Since it opened in", "When it first opened to passengers on", ". It opened in"
_IT_OPENED = regex.compile(r"(?i)(?:(?<![\p{L}])(?:since|when|after|before|until)\s+|\A\s*)it\s+(?:first\s+|was\s+)?"
                           r"opened(?:\s+to\s+(?:the\s+)?(?:public|passengers|traffic))?\s+(?:on|in)\s+\Z")


@functools.lru_cache(maxsize=8)
def _openings(folder: str) -> tuple[tuple[str, object], ...]:
    """(thing, event) for each recorded opening with an alias "<thing> opened" ("Elizabeth line opened")."""
    from .reference import _events
    events, _ = _events(folder)
    found = []
    for e in events:
        if e.row.get("kind") != "inauguration":
            continue
        for alias in (e.row.get("aliases") or "").split("|"):
            alias = alias.strip()
            if alias.endswith(" opened") and alias[:1].isupper():
                found.append((alias[:-len(" opened")], e))
    return tuple(found)


def opened_it(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The recorded opening of the thing "it" stands for, for a date right after "it opened on/in"."""
    prose = story.doc.prose
    it = _IT_OPENED.search(prose[s0:start])
    if not it:
        return _which_opened(story, s0, start, q)
    if (right_before := _named_right_before(story, s0, s0 + it.start(), start)) is not None:
        return right_before
    earlier = (story.doc.title or "") + " " + prose[:s0]
    meant = {e.id: (thing, e) for thing, e in _openings(str(story.data.folder))
             if regex.search(rf"(?<![\p{{L}}]){regex.escape(thing)}(?![\p{{L}}])", earlier)}
    if len(meant) != 1:
        return None
    thing, event = next(iter(meant.values()))
    head = thing.split()[-1]
    after = prose[q.end:s1]
    before = story.doc.sentence_before(s0)
    opens = regex.match(r"\s*It\s", prose[s0:start])
    # "Since it opened ..., the line has": the main clause names what "it" is; "It opened in ..." stands for the
    # subject of the sentence before
    points = regex.match(rf"(?i),\s+the\s+{regex.escape(head)}(?![\p{{L}}])", after) or (
        opens and before is not None and regex.match(rf"\s*(?:The\s+)?{regex.escape(thing)}(?![\p{{L}}])", prose[before[0]:before[1]]))
    if not points:
        return None
    from .reference import Mention
    return Mention(event, start, start, True), "start", False


# "The bridge, which opened in", "The tunnel, which first opened to traffic on": the thing told again by its head
# noun, as the subject of its sentence, with the opening in an aside on it; the aside may be a bare participle and
# name who opened it ("The bridge, opened by the governor in", "The tunnel, officially opened by the Queen on")
_WHICH_OPENED = regex.compile(r"\A\s*The\s+(?P<head>\p{L}+),\s+(?:(?:which\s+(?:was\s+)?)?(?:first\s+|officially\s+|"
                              r"formally\s+)?opened(?:\s+to\s+(?:the\s+)?(?:public|passengers|traffic))?"
                              r"(?:\s+by\s+[^,;:()]{1,80}?)?\s+(?:on|in)|"
                              # "The canal, which has been in service since 1914": its years of use run from the
                              # opening
                              r"(?P<since>which\s+has\s+been\s+(?:in\s+(?:service|operation)|open(?:\s+to\s+traffic)?|"
                              r"operating)\s+since))\s+\Z", regex.I)
# "since 2000 under Panamanian control", "since 1999 in local hands": a qualifier right after the year dates the
# years of use from a change of hands, not from the opening
_REANCHORED = regex.compile(r"\s+(?:under\s+[^,;:.()]{0,40}?(?:control|management|ownership|rule|administration|"
                            r"operation)|in\s+[^,;:.()]{0,30}?hands)(?![\p{L}])", regex.I)


def _mention_at(event, start: int) -> "Mention":
    from .reference import Mention
    return Mention(event, start, start, True)


def _which_opened(story: "Story", s0: int, start: int, q) -> tuple["Mention", str, bool] | None:
    """ "The bridge, which opened in 1923, carries ...": the one recorded opening whose thing the story named before
    (headline or earlier sentences) and whose head noun ("Bridge" of "Sydney Harbour Bridge") opens the sentence."""
    prose = story.doc.prose
    which = _WHICH_OPENED.match(prose[s0:start])
    if which is None or (which.group("since") and _REANCHORED.match(prose, q.end)):
        return None
    earlier = (story.doc.title or "") + " " + prose[:s0]
    head = which.group("head").lower()
    meant = {e.id: e for thing, e in _openings(str(story.data.folder))
             if thing.split()[-1].lower() == head
             and regex.search(rf"(?<![\p{{L}}]){regex.escape(thing)}(?![\p{{L}}])", earlier)}
    if len(meant) != 1:
        return None
    return _mention_at(next(iter(meant.values())), start), "start", False


def _named_right_before(story: "Story", s0: int, it_at: int, start: int) -> tuple["Mention", str, bool] | None:
    """ "through the Channel Tunnel since it opened in 1998": the thing named just before "since it opened" in the
    same sentence is what "it" stands for (nothing but a comma between them)."""
    prose = story.doc.prose
    lead = prose[s0:it_at]
    meant = {e.id: e for thing, e in _openings(str(story.data.folder))
             if regex.search(rf"(?<![\p{{L}}]){regex.escape(thing)}\s*,?\s*\Z", lead)}
    if len(meant) != 1:
        return None
    return _mention_at(next(iter(meant.values())), start), "start", False
