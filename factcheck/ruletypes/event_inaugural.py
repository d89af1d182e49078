"""The first edition of a series told by its place in the series, not its name: "the inaugural edition in 2009".

"It was India's second T20 world title after the inaugural edition in 2009": a sports desk knows the first T20
World Cup was played in South Africa in 2007. The sentence names no edition; "inaugural" points at the first of
the series the story is about, and the year written with it is held to that edition's.

* **the first edition** — one the table marks with an alias "inaugural <series>" ("inaugural T20 World Cup"):
  the table says which edition opened a series, since it does not hold every series from its start;
* **told by its place** — "the inaugural edition/tournament/competition/championship", or "the first edition";
  a name of the series may follow in an "of" phrase ("the inaugural edition of the T20 World Cup"), and
  "inaugural" may take where it was played ("the inaugural tournament in South Africa in 2009");
* **the series** — the one named in the "of" phrase, or else the one the story names: its name written with no
  word before it that makes it another competition ("Women's T20 World Cup", "Club World Cup"), the most
  particular of several ("T20 World Cup" over "World Cup"); a bare "World Cup" is football's only in a story with
  no word of cricket, rugby or hockey. A story of a women's, youth or junior side is left alone (its series
  began in other years);
* **the year** — right after it ("in 2009", "back in 2009"), a few years off the record.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from .event_editions import _OTHER_WORLD_CUPS
from .event_wins import _NO_QUALIFIER, _QUALIFIER, _YEAR_TOKEN

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

_GENERIC = r"(?:edition|tournament|competition|championship|championships|staging|event)"
_PLACE = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,3}"
# "the inaugural edition", "the first edition": the opening words, up to the year
_SERIES_WORDS = r"(?:\p{Lu}[\p{L}'’\d-]*|\d+[\p{L}\d]*)(?:\s+(?:\p{Lu}[\p{L}'’\d-]*|\d+[\p{L}\d]*)){0,4}"
# "the inaugural edition (of the T20 World Cup)", "the first edition", "the inaugural T20 World Cup": up to the year
_TOLD = regex.compile(
    rf"(?<![\p{{L}}])the\s+(?:(?P<inaugural>inaugural)|first)\s+"
    rf"(?:(?P<noun>{_GENERIC})(?:\s+of\s+the\s+(?P<series>{_SERIES_WORDS}))?|(?P<named>{_SERIES_WORDS}))"
    rf"(?P<placed>(?:,?\s+(?:held|played|staged|hosted))?\s+(?:in|at)\s+(?:the\s+)?{_PLACE})?"
    r",?\s+(?:back\s+)?in\s+\Z")
_NOT_THE_MEN = regex.compile(r"(?i)(?<![\p{L}])(?:women|women['’]s|womens|girls|under[-\s]?\d\d|u-?\d\d|junior|"
                             r"youth|schoolboys?|veterans|masters|legends)(?![\p{L}])")
# another competition named before the year: its first edition may be meant
_ANOTHER_NAMED = regex.compile(r"(?<![\p{L}])(?:IPL|PSL|BBL|CPL|BPL|LPL|SA20|ILT20|MLS|NBA|NFL|NHL|"
                               r"\p{Lu}[\p{L}'’]*\s+(?:League|Trophy|Series|Shield|Games|Open|Championships?))(?![\p{L}])")
_ANOTHER_COMPETITION = regex.compile(r"(?i)(?<![\p{L}])(?:women|under|junior|youth|club|u-?\d\d|masters|legends|"
                                     r"beach|futsal|sevens|blind|deaf|physical)")
_SLIP = 12      # years: further off, the year is likely of another thing
_ORG = regex.compile(r"\A(?:FIFA|ICC|IRB|World\s+Rugby|UEFA|CAF|AFC)\s+")


@functools.lru_cache(maxsize=8)
def _first_editions(folder: str) -> tuple[tuple[str, "Event"], ...]:
    """(series name, event) for each edition the table marks "inaugural <series>"; the series also without its
    governing body ("World Cup" of "FIFA World Cup"), as copy writes it."""
    from .reference import _events
    found = []
    for e in _events(folder)[0]:
        for name in e.names:
            if name.startswith("inaugural "):
                series = name[len("inaugural "):]
                found.append((series, e))
                bare = _ORG.sub("", series)
                if bare != series:
                    found.append((bare, e))
    return tuple(found)


def _written_plain(prose: str, series: str) -> bool:
    """Is the series written with no word before it that makes it another competition ("Women's World Cup",
    "Club World Cup", "T20 World Cup" are not "World Cup")?"""
    for m in regex.finditer(rf"(?<![\p{{L}}\d]){regex.escape(series)}(?![\p{{L}}\d])", prose):
        q = _QUALIFIER.search(prose, max(0, m.start() - 30), m.start())
        if q is None or q.group("word").lower() in _NO_QUALIFIER or _YEAR_TOKEN.fullmatch(q.group("word")) \
                or q.group("word").endswith((".", "!", "?")):
            return True     # "the World Cup", "the 2007 World Cup", a sentence's first words
    return False


def _series_meant(story: "Story", named: str | None, s0: int, s1: int) -> "Event | None":
    """The first edition of the series the "of" phrase names, or else of the one series the story is about: named
    in its headline or first sentence (what the story is about) or in the sentence itself."""
    firsts = _first_editions(str(story.data.folder))
    if named is not None:
        # "the Rugby World Cup" is the rugby series, not the "World Cup" its name ends with: the longest that fits
        fits = [(series, e) for series, e in firsts if named == series or named.endswith(" " + series)]
        if not fits:
            return None
        longest = max(len(series) for series, _ in fits)
        hits = {e.id: e for series, e in fits if len(series) == longest}
        if named != max((series for series, _ in fits), key=len) and _ANOTHER_COMPETITION.search(named):
            return None     # "of the Under-19 World Cup", "of the Club World Cup": another series
        return next(iter(hits.values())) if len(hits) == 1 else None
    prose = (story.doc.title or "") + "\n" + story.doc.prose
    if _NOT_THE_MEN.search(prose):
        return None
    first = next(iter(story.doc.sentences()), (0, 0))
    about = (story.doc.title or "") + "\n" + story.doc.prose[first[0]:first[1]] + "\n" + story.doc.prose[s0:s1]
    written = [(series, e) for series, e in firsts if _written_plain(about, series)
               and not (series == "World Cup" and _OTHER_WORLD_CUPS.search(prose))]
    # the most particular: "T20 World Cup" over a "World Cup" that is part of it
    particular = {e.id: e for series, e in written
                  if not any(other != series and series in other for other, _ in written)}
    return next(iter(particular.values())) if len(particular) == 1 else None


def inaugural_slip(story: "Story", q, stated: tuple) -> "Event | None":
    """The series' first edition, for a year written right after "the inaugural edition (in <place>) in" that
    misses it by a few years; else None."""
    start, year, month, day = stated
    if year is None or month is not None:
        return None
    s0, _ = story.doc.sentence_at(q.start)
    prose = story.doc.prose
    lead = prose[max(s0, start - 160):start]
    if "inaugural" not in lead and "first " not in lead:
        return None
    told = _TOLD.search(lead)
    if told is None or (told.group("placed") and not told.group("inaugural")):
        return None     # "the first edition in Asia in 2002" is the first of those in Asia
    if not told.group("inaugural") and told.group("noun") not in (None, "edition"):
        return None     # "the first tournament" may be a side's first
    series = told.group("series") or told.group("named")
    if series is None and _ANOTHER_NAMED.search(prose, s0, start):
        return None     # "Rajasthan won the IPL's inaugural edition in 2008": another competition's first
    event = _series_meant(story, series, s0, story.doc.sentence_at(q.start)[1])
    if event is None:
        return None
    published = story.doc.publication_date
    if published is not None and event.start > published:
        return None
    off = abs(year - event.start.year)
    return event if 0 < off <= _SLIP else None
