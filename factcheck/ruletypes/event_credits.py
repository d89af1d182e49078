"""A side credited with an edition of the story's competition that another side won.

"New Zealand, who won the first tournament on home soil in 1991": the story is about the Rugby World Cup, the year
picks its 1991 edition, and the record gives that one to Australia; New Zealand's own title on home soil was 1987.
"Ghana's fourth and most recent title came in Libya in 1984": the Africa Cup of Nations of 1984 went to Cameroon,
Ghana's fourth to Ghana in 1982. "England's wait for a first major trophy since the 1970 World Cup": a first
trophy *since* an edition says the side won that edition (England won in 1966).

The signals, all in one sentence:

* **a side** — a country, or a side the record names as a winner ("England", "West Indies");
* **its win** — "<side>, who won|lifted the <title, trophy, tournament, cup> ... in <year>", "<side>'s ... title
  came (in <place>) in <year>", or "<side>'s ... trophy|title since the <named edition>";
* **the edition** — the one edition of a competition the story names played in that year (a year alone), or the
  edition named;
* **the slip's signature** — the side won exactly one other edition of the same competition within a few
  editions' time: that is the year meant. A side that never won it, or won it often nearby, gets no finding.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions
from .event_wins import _EDITIONS_APART, _story_names, tournament_editions

if TYPE_CHECKING:
    from .base import Story
    from .event_wins import Edition

# "<side>, who won the first tournament on home soil in": the win, its object (a word of a competition) and a few
# words of place or manner before "in <year>", no comma and no clause word between
_WON = r"(?:won|lifted|clinched|claimed|captured)"
# (the title's own words are generic: "the first tournament", "the world title"; not "the Six Nations title",
# "the Calcutta Cup", "the league title", another competition's)
_OBJECT = (r"(?:the|a|their|its)\s+(?:(?:first|second|third|fourth|fifth|last|most\s+recent|inaugural|only|world|"
           r"major|same|next|previous|maiden)\s+){0,3}?(?:tournament|trophy|title|crown|cup|championship)")
_TO_YEAR = (r"(?:\s+(?!(?:and|but|after|before|since|until|when|while|which|who|then)(?![\p{L}]))"
            r"[\p{L}'’.-]+){0,5}?\s+in\s+\Z")
_WHO_WON = regex.compile(rf"\A(?:,\s+who\s+(?:had\s+)?|\s+){_WON}\s+{_OBJECT}{_TO_YEAR}")
# "<side>'s fourth and most recent title came in Libya in"
_TITLE_CAME = regex.compile(rf"\A['’]s?\s+(?:[\p{{L}}-]+\s+){{0,5}}?(?:title|trophy|crown|triumph)\s+"
                            rf"(?:came|was\s+won|arrived){_TO_YEAR}")
# "<side>'s wait for a first major men's trophy since the": the side won the edition named next
_FIRST_SINCE = regex.compile(r"\A['’]s?\s+(?:[\p{L}'’-]+\s+){0,7}?(?:trophy|title|crown|honour|silverware)\s+since\s+"
                             r"(?:the|their|its)\s+\Z")
# the years listed before the one read: "in 1964, 2008 and" (each year of a list is read on its own)
_YEARS_BEFORE = r"(?:(?:(?:1[89]|20)\d\d,\s+)*(?:1[89]|20)\d\d,?\s+and\s+|(?:(?:1[89]|20)\d\d,\s+)+)?"
# "<side>, who also won in 1964, 2008 and": the win with no object, straight to its years
_WHO_ALSO_WON = regex.compile(rf"\A,\s+who\s+(?:(?:also|had|have|previously|had\s+also)\s+)?{_WON}\s+in\s+"
                              rf"{_YEARS_BEFORE}\Z")
# "<side>'s earlier titles came in 2008, 2012 and", "<side>'s previous titles were in"
_TITLES_CAME = regex.compile(rf"\A['’]s?\s+(?:[\p{{L}}-]+\s+){{0,4}}?(?:titles|trophies|crowns|triumphs)\s+"
                             rf"(?:(?:came|were\s+won|were|arrived)\s+)?in\s+{_YEARS_BEFORE}\Z")
# "<side>'s first world title since", "giving <side> their first crown since": a first title since a year says the
# side won that year
_FIRST_SINCE_YEAR = regex.compile(r"\A(?:['’]s?|\s+(?:its|their))\s+(?:first|maiden)\s+(?:[\p{L}'’-]+\s+){0,3}?"
                                  r"(?:title|trophy|crown|triumph|championship)\s+since\s+\Z")
# a World Cup of another sport or sex is told by its qualifier: kept only when the story writes it
_SPORT_QUALIFIERS = ("T20", "Rugby", "Cricket", "Women's", "Women’s", "Club", "Hockey", "Basketball", "FIBA")


def credited_year(story: "Story", q, year: int) -> tuple["Edition", "Edition", str] | None:
    """(the edition of that year, the side's own edition, the side) for a bare year the sentence gives a side's win
    of the story's competition that another side won; None otherwise."""
    prose = story.doc.prose
    s0, _ = story.doc.sentence_at(q.start)
    side = None
    for start, end, code in _sides(story, s0, q.start):
        between = prose[end:q.start]
        if _WHO_WON.match(between) or _TITLE_CAME.match(between) or _WHO_ALSO_WON.match(between) \
                or _TITLES_CAME.match(between) or _FIRST_SINCE_YEAR.match(between):
            side = code
    if side is None:
        return None
    named = [ed for ed in _of_year(str(story.data.folder), year) if _story_names(story, ed)]
    named = [ed for ed in named if _sport_written(story, ed)]
    if len(named) != 1:
        return None
    return _slip(story, named[0], side, _years_written(prose, s0, story.doc.sentence_at(q.start)[1]))


def _years_written(prose: str, s0: int, s1: int) -> frozenset[int]:
    return frozenset(int(m.group()) for m in regex.finditer(r"(?<![\p{L}\d])(?:1[89]|20)\d\d(?![\p{L}\d])",
                                                            prose[s0:s1]))


def credited_since(story: "Story", s0: int, m, named: "Edition") -> tuple["Edition", str] | None:
    """(the side's own edition, the side) for "<side>'s first trophy since the <named edition>" when another side
    won the edition named."""
    prose = story.doc.prose
    sides = [(a, b, code) for a, b, code in _sides(story, s0, m.start) if _FIRST_SINCE.match(prose[b:m.start])]
    if not sides:
        return None
    found = _slip(story, named, sides[-1][2])
    return (found[1], found[2]) if found else None


def _slip(story: "Story", named: "Edition", side: str, written: frozenset[int] = frozenset()
          ) -> tuple["Edition", "Edition", str] | None:
    """The side's own edition meant, when the edition named went to another side: its one own edition nearby, or,
    when it won several, the nearest one the sentence does not already list ("who also won in 2008, 2012 and 2016":
    2012 is listed, so 2016 was not it)."""
    if side in named.winners or not named.winners:
        return None
    year = named.event.start.year
    own = [ed for ed in tournament_editions(str(story.data.folder)) if side in ed.winners
           and ed.bases & named.bases - {"World Cup"} and ed.event.id != named.event.id
           and 0 < abs(ed.event.start.year - year) <= _EDITIONS_APART]
    if len(own) > 1:
        own = [ed for ed in own if _edition_year(ed) not in written] or own
        nearest = min(abs(ed.event.start.year - year) for ed in own)
        own = [ed for ed in own if abs(ed.event.start.year - year) == nearest]
    if len(own) != 1:
        return None     # never won it, or won two equally near: no one slip to name
    return named, own[0], side


def _edition_year(ed: "Edition") -> int:
    m = regex.match(r"(?:1[89]|20)\d\d", ed.event.row["name"])
    return int(m.group()) if m else ed.event.start.year


def _sides(story: "Story", s0: int, end: int) -> list[tuple[int, int, str]]:
    """The sides written in the sentence before `end`, in order: countries, and the winners the record names by
    name ("England", "West Indies")."""
    prose = story.doc.prose
    found = [(c.start, c.end, c.code) for c in story_mentions(story).within(s0, end)]
    for name in _named_sides(str(story.data.folder)):
        if prose.find(name, s0, end) < 0:
            continue    # the pattern is the name literally
        found += [(s0 + m.start(), s0 + m.end(), name)
                  for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", prose[s0:end])]
    return sorted(found)


@functools.lru_cache(maxsize=8)
def _named_sides(folder: str) -> tuple[str, ...]:
    """Winners the record names by name rather than code ("England", "West Indies")."""
    return tuple(sorted({w for ed in tournament_editions(folder) for w in ed.winners if not regex.fullmatch(r"[A-Z]{2}", w)}))


@functools.lru_cache(maxsize=8)
def _by_year(folder: str) -> dict[int, tuple["Edition", ...]]:
    """The editions with a recorded winner, by the year their name gives ("2021 Africa Cup of Nations")."""
    out: dict[int, list] = {}
    for ed in tournament_editions(folder):
        if not ed.winners:
            continue
        m = regex.match(r"(?:1[89]|20)\d\d", ed.event.row["name"])
        out.setdefault(int(m.group()) if m else ed.event.start.year, []).append(ed)
    return {y: tuple(v) for y, v in out.items()}


def _of_year(folder: str, year: int) -> tuple["Edition", ...]:
    return _by_year(folder).get(year, ())


def _sport_written(story: "Story", ed: "Edition") -> bool:
    """A World Cup of another sport or sex ("T20 World Cup") only in a story that writes its qualifier."""
    quals = {b.split()[0] for b in ed.bases if b.endswith("World Cup") and b.split()[0] in _SPORT_QUALIFIERS}
    return not quals or any(regex.search(rf"(?i)(?<![\p{{L}}]){regex.escape(w)}", story.doc.prose) for w in quals)
