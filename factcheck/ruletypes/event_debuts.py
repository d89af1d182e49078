"""A sport's Olympic title or medal placed at Games held before the sport was on the programme.

"Fiji retained their sevens title, won at London 2012": a sports desk knows rugby sevens first came to the Games at
Rio 2016, so no one won it in London. The table records each such first appearance as a row with an alias
"Olympic debut of <sport>" (`kind` debut), dated as the sport's first Olympic competition. The signals, all needed:

* **the sport** — the sentence writes the sport's name ("rugby sevens", "skateboarding"), or the story writes it
  and no other sport (a story of a Games' whole team may tell any sport's medals);
* **the Games** — the sentence names a Summer Olympics by its host city and year ("London 2012") or by its year
  ("the 2012 Olympics", "the 2012 Games"), and that year is before the sport's debut;
* **a win there** — the sentence tells a title, a gold or a medal won (won, title, gold, medal, champions), and
  names no other sport (a story of rugby sevens may recall the host's golds in rowing).

Only sports never before on the programme in any form carry such a row: a sport that came back (golf, baseball)
was won at older Games.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

_DEBUT_ALIAS = regex.compile(r"^Olympic debut of (?P<sport>.+)$")
_WIN = regex.compile(r"(?i)(?<![\p{L}])(?:won|win|wins|winning|title|titles|gold|golds|medal|medals|champions?|"
                     r"crown|crowned)(?![\p{L}])")
# another sport in the sentence: the win there may be that one's
_OTHER_SPORT = regex.compile(r"(?i)(?<![\p{L}])(?:athletics|rowing|cycling|swimming|boxing|judo|sailing|hockey|"
                             r"football|tennis|golf|gymnastics|weightlifting|wrestling|shooting|archery|canoe\w*|"
                             r"triathlon|taekwondo|fencing|equestrian|diving|basketball|volleyball|handball|"
                             r"badminton|marathon|sprint\w*|high\s+jump|long\s+jump|pole\s+vault)(?![\p{L}])")


@functools.lru_cache(maxsize=8)
def _debuts(folder: str) -> tuple[tuple[str, "Event"], ...]:
    """(sport, the row of its first Olympic competition), once per tables folder."""
    from .reference import _events
    found = []
    for e in _events(folder)[0]:
        if e.row.get("kind") != "debut":
            continue
        for cell in (e.row.get("aliases") or "").split("|"):
            if m := _DEBUT_ALIAS.match(cell.strip()):
                found.append((m.group("sport"), e))
    return tuple(found)


def _games_named(story: "Story", q, year: int) -> bool:
    """Is the year written as the Summer Olympics of that year: "London 2012", "the 2012 Olympics|Games"?"""
    from .event_editions import editions
    prose = story.doc.prose
    games = [e for e in editions(str(story.data.folder)).get("Summer Olympics", ()) if e.year == year]
    if not games:
        return False    # no Summer Games that year: "the 2018 Games" are another series'
    after = prose[q.end:q.end + 24]
    if regex.match(r"\s+(?:Summer\s+)?(?:Olympics|Olympic\s+Games|Games)(?![\p{L}])", after):
        return True
    before = prose[max(0, q.start - 40):q.start]
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(place)}\s+\Z", before)
               for e in games for place in e.places)


def debut_slip(story: "Story", q, stated: tuple) -> "Event | None":
    """The sport's debut row when a bare year written as an earlier Games is where the sentence has the sport's
    title or medal won; else None."""
    start, year, month, day = stated
    if year is None or month is not None or not q.text.strip().isdigit():
        return None
    debuts = _debuts(str(story.data.folder))
    if not debuts:
        return None
    low = story.lowered_prose()
    playing = [(sport, e) for sport, e in debuts if sport.casefold() in low and year < e.start.year]
    if not playing or not _games_named(story, q, year):
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    sentence = story.doc.prose[s0:s1]
    if not _WIN.search(sentence):
        return None
    if not any(sport.casefold() in sentence.casefold() for sport, _ in playing) and (
            len(playing) > 1 or _OTHER_SPORT.search(story.doc.prose)):
        return None     # a Games' team of many sports: the win may be any sport's, unless the sentence names it
    # another sport written in the sentence (not a word of the story's own: "volleyball" of "beach volleyball")
    sports = " ".join(sport.casefold() for sport, _ in playing)
    if any(m.group().casefold() not in sports for m in _OTHER_SPORT.finditer(sentence)):
        return None
    events = {e.id: e for _, e in playing}
    return next(iter(events.values())) if len(events) == 1 else None
