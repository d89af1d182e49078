"""An election told by who won it and whom they beat, with its year.

"Prabowo, who lost to Joko Widodo in the 2009 and 2019 elections": a political reporter knows Widodo first ran for
president in 2014; "Scott Morrison, who led the Coalition to victory in 2016": the 2016 election was Malcolm
Turnbull's. elections.csv records, for the elections of a few large democracies, the leader who won and the main
rival who lost; a year written onto such a contest is held to it.

* Claims read, each in one clause, the year(s) right after it: "<L>(, who) lost to <W> in (both) (the) Y (and Y)";
  "<W> (defeated|beat) <L> in (the) Y"; "<W>(, who) led <party> to (a|an|his|her|its|their) ... victory/win in
  (the) Y"; "<W> won the (general|presidential|...) election in Y"; "<W> won the Y (general ...) election". A year
  followed by another kind of contest ("in the 2016 state election", "the 2022 leadership election") is not read.
* A leader is written by a name the table gives (a surname counts only once the story has written the full name,
  as many leaders share one). Leaders written with the same name ("Clinton", "Le Pen") are all tried.
* Reported: a year in which the table records an election of the leader's country that the claim does not fit
  (another winner, or another pair), while the table records the claim in other years. A year the table holds no
  election for says nothing: the table does not hold every election.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ..tables import Row
    from .base import Story

_YEAR = r"(?:19|20)\d\d"
_NAME = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:da\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){0,3}"
# titles a writer puts before a leader's name
_TITLE = (r"(?:(?:outgoing|incumbent|then-|then|former|sitting|President|Prime\s+Minister|PM|Premier|"
          r"Chancellor|Vice\s+President|Vice-President|Senator|Governor|Mr\.?|Ms\.?|Mrs\.?)\s*){0,3}")
# the years a claim is held to: "in (both) (the) 2009 and 2019 (presidential) elections", "in the August 2017
# election" (the month says only when in the year)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_YEARS = (rf"\s+in\s+(?:both\s+)?(?:the\s+)?(?:(?P<month>{_MONTH})\s+)?(?P<years>{_YEAR}(?:(?:,\s+|,?\s+and\s+){_YEAR}){{0,3}})"
          r"(?![\d\p{L}])")
_CONTEST_AFTER = regex.compile(r"\s+(?:state|local|regional|provincial|mayoral|municipal|leadership|party|primary|"
                               r"primaries|by-?elections?|european|senate|senatorial|midterms?|assembly|gubernatorial|"
                               r"legislative|parliamentary\s+by-?election|nomination|caucus\w*|world|final|season)",
                               regex.I)
# an office other than the country's leader's: "won the election in 2018 to become mayor of Mexico City"
_OTHER_OFFICE_AFTER = regex.compile(r",?\s+(?:to\s+become|as|for)\s+(?:the\s+|a\s+|its\s+)?(?:first\s+)?"
                                    r"(?!(?:president|prime\s+minister|premier|chancellor|head\s+of\s+state)(?![\p{L}]))"
                                    r"[\p{L}-]+", regex.I)
_LOST_TO = regex.compile(rf"(?P<loser>{_NAME})(?:,\s+who|\s+(?:had|has|narrowly|twice))?\s+(?:lost|losing)\s+"
                         rf"(?:(?:the\s+)?(?:presidency|election|race|vote|presidential\s+race)\s+)?to\s+{_TITLE}"
                         rf"(?P<winner>{_NAME}){_YEARS}")
_BEAT = regex.compile(rf"(?P<winner>{_NAME})(?:,\s+who)?(?:\s+(?:narrowly|comfortably|easily|decisively|soundly))?\s+(?:defeated|beat)\s+{_TITLE}(?P<loser>{_NAME}){_YEARS}")
_LED_TO_VICTORY = regex.compile(
    rf"(?P<winner>{_NAME})(?:,\s+who|\s+(?:had|has|first|famously|narrowly))?\s+(?:"
    r"led\s+(?:the\s+|his\s+|her\s+)?[\p{L}'’ -]{2,40}?\s+to\s+(?:a|an|his|her|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:victory|win|election\s+victory|election\s+win)"
    r"|won\s+(?:the\s+)?(?:(?:general|federal|presidential|national)\s+)?(?:election|presidency|premiership|power)"
    rf"){_YEARS}")
_WON_THE_YEAR = regex.compile(
    rf"(?P<winner>{_NAME})(?:,\s+who|\s+(?:had|has|first|famously|narrowly))?\s+won\s+the\s+(?P<years>{_YEAR})"
    r"\s+(?:(?:general|federal|presidential|national)\s+)?(?:election|vote|poll)(?![\p{L}-])")


@dataclass(frozen=True)
class Contest:
    row: "Row"
    country: str
    year: int
    winners: tuple[str, ...]     # the winner's full name first, then the names copy writes after it
    losers: tuple[str, ...]


@functools.lru_cache(maxsize=8)
def _contests(folder: str) -> tuple[Contest, ...]:
    from ..tables import reference_data
    rows = reference_data(folder).rows("elections.csv", ("country", "date", "winner", "loser"))
    return tuple(Contest(r, r["country"], int(r["date"][:4]), _names(r["winner"]), _names(r["loser"])) for r in rows)


def _names(cell: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in (cell or "").split("|") if n.strip())


def _is(written: str, names: tuple[str, ...], prose: str) -> bool:
    """Whether a name written is one of these leader's: the full name, or a shorter one once the full is written."""
    if not names:
        return False
    written = regex.sub(r"\s+", " ", written.strip())
    if written == names[0]:
        return True
    return written in names[1:] and names[0] in prose


@dataclass(frozen=True)
class Slip:
    contest: Contest        # the recorded election of the year written
    fits: tuple[Contest, ...]   # the recorded elections the claim does fit
    claim: str              # the claim, in newsroom words


# (compiled once: the module-level regex.search looked the pattern up in its cache on every bare year)
_WIN_OR_LOSS = regex.compile(r"(?<![\p{L}])(?:lost|losing|beat|defeated|victory|win|won)(?![\p{L}])")


def contest_slip(story: "Story", q, s0: int, s1: int, year: int | None = None) -> Slip | None:
    """A year written onto a recorded leader's win or loss that the record gives to another contest (`year`: the
    year of a month-and-year date, "in the August 2017 election", whose quantity is the whole date)."""
    prose = story.doc.prose
    if not _WIN_OR_LOSS.search(prose[s0:s1]):
        return None
    contests = _contests(str(story.data.folder))
    for pattern, kind in ((_LOST_TO, "pair"), (_BEAT, "pair"), (_LED_TO_VICTORY, "won"), (_WON_THE_YEAR, "won")):
        for m in pattern.finditer(prose, s0, s1):
            if not (m.start("years") <= q.start < m.end("years")
                    or (year is not None and m.start("month") == q.start and q.end == m.end("years"))):
                continue
            if _CONTEST_AFTER.match(prose, m.end()) or _OTHER_OFFICE_AFTER.match(prose, m.end()):
                continue    # another contest than the national one, or a win "to become mayor"
            if year is None:
                year = int(prose[q.start:q.end]) if prose[q.start:q.end].isdigit() else None
            if year is None:
                return None
            return _held_to_record(contests, kind, m, year, prose)
    return None


def _held_to_record(contests, kind: str, m, year: int, prose: str) -> Slip | None:
    winner = m.group("winner")
    loser = m.group("loser") if kind == "pair" else None
    if kind == "pair":
        fits = tuple(c for c in contests if _is(winner, c.winners, prose) and _is(loser, c.losers, prose))
        claim = f"{winner} beat {loser}"
    else:
        fits = tuple(c for c in contests if _is(winner, c.winners, prose))
        claim = f"{winner} won"
    if not fits or any(c.year == year for c in fits):
        return None
    countries = {c.country for c in fits}
    that_year = [c for c in contests if c.year == year and c.country in countries]
    if len(that_year) != 1:
        return None
    return Slip(that_year[0], fits, claim)
