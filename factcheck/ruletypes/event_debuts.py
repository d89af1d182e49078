"""A sport's Olympic title or medal placed at Games held before the sport was on the programme.

"Fiji retained their sevens title, won at London 2012": a sports desk knows rugby sevens first came to the Games at
Rio 2016, so no one won it in London. The table records each such first appearance as a row with an alias
"Olympic debut of <sport>" (`kind` debut), dated as the sport's first Olympic competition. The signals, all needed:

* **the sport** — the sentence writes the sport's name as whole words ("rugby sevens", "skateboarding"; not the
  "surfing" of "windsurfing"), or tells "the title" won in a story that writes that sport and no other (a story
  of surfing may tell the team's golds in "Britain won 29 golds at London 2012");
* **the Games** — the sentence names a Summer Olympics by its host city and year ("London 2012") or by its year
  ("the 2012 Olympics", "the 2012 Games"), and that year is before the sport's debut;
* **a win there** — the sentence tells a title, a gold or a medal won (won, title, gold, medal, champions), and
  names no other sport outside the sport's own name (a story of rugby sevens may recall the host's golds in
  rowing; "indoor volleyball gold at the 1984 Olympics" beside "beach volleyball"; "the rugby gold at the 1924
  Olympics" is rugby union's).

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
                             r"badminton|marathon|sprint\w*|high\s+jump|long\s+jump|pole\s+vault|rugby)(?![\p{L}])")


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


def _written(sport: str, sentence: str) -> list[tuple[int, int]]:
    """Where the sentence writes the sport's name as whole words ("surfing", not the end of "windsurfing")."""
    return [m.span() for m in regex.finditer(rf"(?i)(?<![\p{{L}}]){regex.escape(sport)}(?![\p{{L}}])", sentence)]


# "defending the title they won at London 2012": one title, the story's own sport's
# (or one gold won, "Fiji won gold at London 2012"; not a count of them, "Britain won 29 golds")
_THE_TITLE = regex.compile(r"(?i)(?<![\p{L}])(?:(?:the|their|its|his|her)\s+(?:Olympic\s+)?(?:title|crown)|"
                           r"won\s+(?:the\s+|Olympic\s+)?gold(?!\s+medals)(?![\p{L}]))")


def _the_storys_title(story: "Story", sentence: str, debuts, year: int) -> list:
    """A sentence that names no sport but tells "the title" won: the story's sport, when the story writes one
    debut sport and no other sport at all ("Britain won 29 golds at London 2012" in a surfing story is the team's
    medals, not surfing's)."""
    if not _THE_TITLE.search(sentence):
        return []
    prose = story.doc.prose
    written = [(sport, e, spans) for sport, e in debuts if (spans := _written(sport, prose))]
    if len({e.id for _, e, _ in written}) != 1 or year >= written[0][1].start.year:
        return []
    own = [span for _, _, spans in written for span in spans]
    # a word of the sport's own name said alone is the same sport in such a story ("Rugby is our national game" in
    # a story of rugby sevens)
    words = {w.casefold() for sport, _, _ in written for w in sport.split()}
    if any(not any(a <= m.start() and m.end() <= b for a, b in own) and m.group().casefold() not in words
           for m in _OTHER_SPORT.finditer(prose)):
        return []
    return [(sport, e, []) for sport, e, _ in written]


def _a_sport_in(story: "Story", debuts) -> bool:
    """Is some debut's sport written anywhere in the story (as a substring)? The same answer for every bare year
    of the story: asked once, not once per year."""
    low = story.lowered_prose()
    return any(sport.casefold() in low for sport, _ in debuts)


def debut_slip(story: "Story", q, stated: tuple) -> "Event | None":
    """The sport's debut row when a bare year written as an earlier Games is where the sentence has the sport's
    title or medal won; else None."""
    start, year, month, day = stated
    if year is None or month is not None or not q.text.strip().isdigit():
        return None
    debuts = _debuts(str(story.data.folder))
    if not debuts:
        return None
    if not story.memo("event_debuts.sport_in_prose", lambda s: _a_sport_in(s, debuts)):
        return None     # (a substring first: the whole-word search only where a sport may be)
    s0, s1 = story.doc.sentence_at(q.start)
    sentence = story.doc.prose[s0:s1]
    named = [(sport, e, spans) for sport, e in debuts if year < e.start.year
             and (spans := _written(sport, sentence))]
    if not named:
        named = _the_storys_title(story, sentence, debuts, year)
    if not named or not _WIN.search(sentence) or not _games_named(story, q, year):
        return None
    # another sport written in the sentence, outside the sport's own words ("volleyball" of "beach volleyball" is
    # the sport's; "indoor volleyball", "the rugby gold" are another's)
    own = [span for _, _, spans in named for span in spans]
    if any(not any(a <= m.start() and m.end() <= b for a, b in own) for m in _OTHER_SPORT.finditer(sentence)):
        return None
    playing = [(sport, e) for sport, e, _ in named]
    events = {e.id: e for _, e in playing}
    return next(iter(events.values())) if len(events) == 1 else None
