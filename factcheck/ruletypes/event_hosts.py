"""A tournament named by its year beside a host that staged the series in another year.

"The lodge opened ahead of the 2006 Fifa World Cup that South Africa hosted": the name is a real one (Germany
staged the 2006 World Cup), so nothing in it is wrong alone; the slip shows only against the host written beside
it. A sub-editor knows South Africa staged the World Cup once, in 2010, and reads the year as the slip. This
module reads the same three signals, not a sentence frame:

* **a tournament named with its year** — a name of a recorded tournament written with the year in it ("2006
  World Cup", "FIFA World Cup 2014");
* **a host tied to it** — a country or a recorded place of the series written as its host: after the name ("in
  South Africa", "staged in Qatar", "hosted by Russia", "that Russia hosted") or before it ("South Africa hosted
  the", "Brazil, host of the"); a possessive ("Brazil's 2010 World Cup squad") is a team, never a host;
* **one other edition** — the named edition was not staged there, and exactly one other edition of the same
  series (the row's name without its year) within two editions' time was.

Then the year is the slip, and the other edition's year the suggestion. A sentence about watching the tournament
("watched the 2006 World Cup in South Africa") is silent: it tells where the watching was.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions

if TYPE_CHECKING:
    from ..model import Quantity
    from .base import Story
    from .reference import Event, Mention

_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# the host after the name: "in South Africa", ", staged in Qatar", "hosted by Russia", "which was held in France"
_HOST_AFTER = regex.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was\s+)?)?(?:(?:hosted|staged|co-hosted)\s+(?:by|in)|"
                            r"(?:held|played)\s+in|in)\s+(?:the\s+)?\Z", regex.I)
# "that Russia hosted", "which South Africa staged": the host's verb after it
_THAT_HOST = regex.compile(r"\s*,?\s*(?:which|that)\s+\Z", regex.I)
_HOST_VERB_AFTER = regex.compile(r"\s+(?:hosted|staged|co-hosted|was\s+hosting|had\s+hosted)(?![\p{L}])", regex.I)
# the host before the name: "South Africa hosted the", "Brazil, host of the", "Qatar, which staged the"
_HOST_BEFORE = regex.compile(r"(?:\s*,\s*(?:which|that|the)?\s*)?\s*(?:(?:had\s+|has\s+)?(?:hosted|staged|co-hosted)|"
                             r"(?:was\s+|as\s+)?(?:the\s+)?(?:co-)?hosts?\s+(?:of|to|for))\s+(?:the\s+)?\Z", regex.I)
# a sentence about following a tournament from somewhere: where the watching was, not the host
_WATCHING = regex.compile(r"(?<![\p{L}])(?:watch\p{L}*|screen\p{L}*|broadcast\p{L}*|televised|viewed|viewing|"
                          r"followed|following|fan\s+parks?|bars?|pubs?)(?![\p{L}])", regex.I)
_EDITIONS_APART = 8     # two editions of a four-yearly series


def _edition_year(event: "Event") -> int:
    """The year an edition is named by ("2020 Summer Olympics", held in 2021)."""
    return int(_YEAR.search(event.row["name"]).group())


def _series(event: "Event") -> str:
    """The series a recorded edition belongs to: its name without the year ("fifa world cup")."""
    return " ".join(_YEAR.sub(" ", event.row["name"]).casefold().split())


@functools.lru_cache(maxsize=8)
def _editions(folder: str) -> dict[str, tuple["Event", ...]]:
    """The recorded tournaments by series."""
    from .reference import _events
    events, _ = _events(folder)
    by: dict[str, list] = {}
    for e in events:
        if e.row.get("kind") == "tournament" and _YEAR.search(e.row["name"]):
            by.setdefault(_series(e), []).append(e)
    return {k: tuple(v) for k, v in by.items()}


def _hosted_at(event: "Event", code: str | None, place: str | None) -> bool:
    if code is not None:
        return code in event.participants
    return place is not None and place in _venues(event)


_VENUES: dict[tuple[str, str], frozenset[str]] = {}


def _venues(event: "Event") -> frozenset[str]:
    """Where a tournament was staged: its '#' and '@' places (the final's stadium and city) and the places its
    names carry ("Beijing" of "2008 Beijing Olympics", "Qatar" of "Qatar World Cup")."""
    key = (event.id, event.row["name"])
    if key not in _VENUES:
        _VENUES[key] = _read_venues(event)
    return _VENUES[key]


def _read_venues(event: "Event") -> frozenset[str]:
    from .event_story import _CAP_RUN, _NOT_PLACES
    places = {n[1:].strip() for n in (event.row.get("aliases") or "").split("|") if n.strip().startswith(("#", "@"))}
    for name in event.names:
        for run in _CAP_RUN.findall(name):
            words = [w for w in run.split() if w.casefold() not in _NOT_PLACES and not w[:1].isdigit()]
            if words and len(" ".join(words)) >= 4:
                places.add(" ".join(words))
    return frozenset(p for p in places if p)


def host_slip(story: "Story", q: "Quantity", names: list["Mention"]) -> tuple["Mention", "Event"] | None:
    """(the named edition, the edition the host staged) when the year of a tournament's name is the slip."""
    if not q.text.isdigit():
        return None
    named = next((m for m in names if m.start <= q.start and q.end <= m.end
                  and m.event.row.get("kind") == "tournament"), None)
    if named is None or _edition_year(named.event) != int(q.text):
        return None
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    if _WATCHING.search(prose, s0, s1):
        return None
    series = _editions(str(story.data.folder)).get(_series(named.event), ())
    if len(series) < 2:
        return None
    host = _host_written(story, named, s0, s1, series)
    if host is None:
        return None
    code, place = host
    if _hosted_at(named.event, code, place):
        return None
    year = _edition_year(named.event)
    others = [e for e in series if e is not named.event and 0 < abs(_edition_year(e) - year) <= _EDITIONS_APART
              and _hosted_at(e, code, place)]
    if len(others) != 1:
        return None
    return named, others[0]


def _host_written(story: "Story", named: "Mention", s0: int, s1: int, series) -> tuple[str | None, str | None] | None:
    """A country (code) or a recorded venue (its name) written as the host of the named tournament."""
    prose = story.doc.prose
    for m in story_mentions(story).within(s0, s1):
        if m.start >= named.end:
            between = prose[named.end:m.start]
            if _HOST_AFTER.fullmatch(between) or (_THAT_HOST.fullmatch(between)
                                                  and _HOST_VERB_AFTER.match(prose, m.end, s1)):
                return m.code, None
        elif m.end <= named.start and not prose.startswith(("'s", "’s"), m.end):
            if _HOST_BEFORE.fullmatch(prose[m.end:named.start]):
                return m.code, None
    # "the 2006 World Cup in Johannesburg": a venue of an edition of the series, right after the name
    for e in series:
        for place in _venues(e):
            at = prose.find(place, named.end, min(s1, named.end + 40))
            if at >= 0 and _HOST_AFTER.fullmatch(prose[named.end:at]) and not prose[at + len(place):][:1].isalpha():
                return None, place
    return None
