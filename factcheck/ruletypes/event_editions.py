"""A tournament's host or final venue written beside a year in which the series was not played there.

"Australia's best start since Sydney hosted the Games in 1996"; "India's first World Cup title at Lord's in
1987"; "they won the tournament at Wembley in 1970". Nothing names the edition: the sentence gives a series (the
Olympics, the World Cup), a place the series has been staged in, and a year. A sub-editor knows Sydney's Games
were in 2000, and that Lord's staged the finals of 1975, 1979, 1983, 1999 and 2019, and reads the year as the
slip. The signals:

* **a series** — a word of a recorded series in the sentence ("Olympics", "Olympic Games", "the Games",
  "World Cup"), or a word of a tournament ("tournament", "final", "title") in a story that names the series;
  a cricket World Cup is told from football's by the story's cricket words;
* **its place** — a host city or final venue of an edition of that series (the `#` venues of events.csv and the
  city of a name like "Sydney Olympics"), said as where it was ("in", "at", "hosted", "staged") within a few
  words of the year;
* **no edition there that year** — and the year is not written inside an edition's own name ("the 1996 World
  Cup", which other readers check).

The suggestion is the one edition staged there, or, of several, the one the sentence's country won.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..entities import story_mentions

_OLYMPIC_CITY = regex.compile(r"(?P<city>\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)\s(?:\d{4}\s)?(?:Olympics|Olympic\sGames|Games)")
_SERIES = (
    # series name in events.csv, the words that name it in copy, words a story of that series uses
    # ("an Olympic host", "the third Olympic city": the Games told by what their host is called)
    ("Summer Olympics", regex.compile(r"(?<![\p{L}])(?:Olympics|Olympic\s+Games|the\s+Games|"
                                      r"Olympic\s+(?:host|hosts|city|cities))(?![\p{L}])"), None),
    # (a World Cup is football's unless the story is cricket's or rugby's)
    ("FIFA World Cup", regex.compile(r"(?<![\p{L}])(?:FIFA\s+)?World\s+Cup(?![\p{L}])"), None),
    ("Cricket World Cup", regex.compile(r"(?<![\p{L}])(?:Cricket\s+)?World\s+Cup(?![\p{L}])"),
     regex.compile(r"(?i)(?<![\p{L}])(?:cricket|wickets?|ICC|innings|batsman|batter|bowler|overs|runs)(?![\p{L}])")),
)
_OTHER_WORLD_CUPS = regex.compile(r"(?i)(?<![\p{L}])(?:cricket|wickets?|ICC|innings|rugby|hockey|T20)(?![\p{L}])")
_NAMED_EDITION = regex.compile(r"(?:1[89]|20)\d\d\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:World\s+Cup|Olympics|Olympic\s+Games|Games)|"
                               r"(?:World\s+Cup|Olympics|Games)\s+(?:1[89]|20)\d\d")
_TOURNAMENT_WORD = regex.compile(r"(?i)(?<![\p{L}])(?:tournament|final|title|Games|trophy|crown)(?![\p{L}])")
_AT_PLACE = r"(?:in|at|hosted|staged|host|hosts|co-hosted)"
_NOT_OF_SERIES = regex.compile(r"(?i)(?<![\p{L}])(?:women['’]s|rugby|T20|Twenty20|Winter|Youth|Paralympic\p{L}*|Euro|"
                               r"Commonwealth|Asian|club|under-\d+|U-?\d+|qualif\p{L}*)(?![\p{L}])")


@dataclass(frozen=True)
class Edition:
    event: object           # reference.Event
    year: int
    places: frozenset[str]
    winners: frozenset[str]
    hosts: frozenset[str] = frozenset()     # the host countries (ISO codes, the row's participants)


@functools.lru_cache(maxsize=8)
def editions(folder: str) -> dict[str, tuple[Edition, ...]]:
    """The recorded editions of each series, with the places they were staged in (once per tables folder)."""
    from .reference import _events      # (reference reads this module: imported when first asked)
    return _editions(_events(folder)[0])


def _editions(events: tuple) -> dict[str, tuple[Edition, ...]]:
    out: dict[str, list[Edition]] = {name: [] for name, _, _ in _SERIES}
    for event in events:
        name = event.row["name"]
        series = next((s for s, _, _ in _SERIES if name.endswith(s) and name[:4].isdigit()
                       and not _NOT_OF_SERIES.search(name)), None)
        if series is None:
            continue
        cells = [c.strip() for c in (event.row.get("aliases") or "").split("|")]
        places = {c[1:].strip() for c in cells if c.startswith("#")}
        places |= {m.group("city") for c in cells if (m := _OLYMPIC_CITY.fullmatch(c)) and not c[:4].isdigit()}
        winners = frozenset(c[1:].strip() for c in cells if c.startswith("="))
        out[series].append(Edition(event, event.start.year, frozenset(places), winners, frozenset(event.participants)))
    return {k: tuple(v) for k, v in out.items()}


def venue_year_slip(story, q, year: int):
    """(the edition meant, the editions at the place, the place, the place's span, that year's edition) when the
    year beside a place of a series is not a year the series was played there. Either may be the slip ("won in
    Brazil in 2010": the year, or the place), so the finding shows both."""
    in_story = story.memo("editions.series", _series_of_story)
    if not in_story:
        return None     # the story is about no series (most are not): nothing below can be found
    doc = story.doc
    s0, s1 = doc.sentence_at(q.start)
    sentence = doc.prose[s0:s1]
    if _NOT_OF_SERIES.search(sentence) or _NAMED_EDITION.search(sentence):
        return None     # another competition, or an edition named with its year ("the 2012 Olympics"): read elsewhere
    for series, words, _ in _SERIES:
        if series not in in_story:
            continue
        if not words.search(sentence) and not _TOURNAMENT_WORD.search(sentence):
            continue
        recorded = editions(str(story.data.folder))[series]
        found = _place_beside(doc.prose, s0, s1, q, recorded) or _host_beside(story, s0, s1, q, recorded)
        if found is None:
            continue
        place, staged, where = found
        if any(e.year == year for e in staged):
            return None
        that_year = next((e for e in recorded if e.year == year), None)
        if that_year is None:
            return None     # no recorded edition that year: the table may lack the one meant, so say nothing
        side = {c.code for c in story_mentions(story).within(s0, s1)}
        winners = [e for e in staged if e.winners & side]
        meant = staged[0] if len(staged) == 1 else winners[0] if len(winners) == 1 else None
        return meant, staged, place, where, that_year
    return None


def _series_of_story(story) -> frozenset[str]:
    """The series the story is about: named in it, and with its sport's words (once per story, not per year)."""
    prose = story.doc.prose
    if "Olympic" not in prose and "Games" not in prose and "World" not in prose:
        return frozenset()      # every series' words hold one of these (a substring test is cheaper than the scans)
    found = set()
    for series, words, context in _SERIES:
        if not words.search(prose) or (context is not None and not context.search(prose)):
            continue
        if series == "FIFA World Cup" and _OTHER_WORLD_CUPS.search(prose):
            continue
        found.add(series)
    return frozenset(found)


def _place_beside(prose: str, s0: int, s1: int, q, staged_series: tuple[Edition, ...]):
    """A place of the series written as where it was, within a few words of the year."""
    w0 = max(s0, q.start - 70)
    window = prose[w0:min(s1, q.end + 40)]
    for place in sorted({p for e in staged_series for p in e.places}, key=len, reverse=True):
        for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(place)}(?![\p{{L}}])", window):
            before = window[max(0, m.start() - 14):m.start()]
            after = window[m.end():m.end() + 12]
            if _SERIES_SINCE.match(window, m.end()) and w0 + _SERIES_SINCE.match(window, m.end()).end() == q.start:
                # "the first Paris Games since 1936": the place's last edition before this one was that year's
                return place, tuple(e for e in staged_series if place in e.places), (w0 + m.start(), w0 + m.end())
            listed = _listed_host(prose, s0, w0 + m.start(), w0 + m.end(), q)
            if not (regex.search(rf"(?i){_AT_PLACE}\s+(?:the\s+)?\Z", before)
                    or regex.match(r"(?i)\s+(?:hosted|staged|co-hosted)", after) or listed):
                continue
            # the year tied to the place: a few words apart, no clause between ("in London and reused in 2016")
            a, b = sorted((w0 + m.end(), q.start)) if w0 + m.end() <= q.start else (q.end, w0 + m.start())
            if b - a > 30 or (_BETWEEN_CLAUSES.search(prose, a, b) and not _first_since(prose, s0, a, b)):
                continue
            if _new_edition_after_since(prose, s0, q, w0 + m.start()):
                continue    # "the first title since 1996 came at Lord's"
            return place, tuple(e for e in staged_series if place in e.places), (w0 + m.start(), w0 + m.end())
    return None


def _host_beside(story, s0: int, s1: int, q, staged_series: tuple[Edition, ...]):
    """A host country of the series written as where it was ("won in South Africa in 2006", "Germany's World Cup
    win in Brazil in 2010"), within a few words of the year."""
    prose = story.doc.prose
    for c in story_mentions(story).within(max(s0, q.start - 40), min(s1, q.end + 40)):
        if not _IN_HOST.search(prose, max(s0, c.start - 12), c.start):
            continue
        a, b = (c.end, q.start) if c.end <= q.start else (q.end, c.start)
        if b - a > 12 or (_BETWEEN_CLAUSES.search(prose, a, b) and not _first_since(prose, s0, a, b)):
            continue
        if _new_edition_after_since(prose, s0, q, c.start):
            continue    # "Argentina's first World Cup since 1986 came in Qatar"
        staged = tuple(e for e in staged_series if c.code in e.hosts and len(e.hosts) == 1)
        if staged:
            # (an edition it shared with others that year is its own too: nothing to read)
            return prose[c.start:c.end], staged + tuple(e for e in staged_series if c.code in e.hosts
                                                        and len(e.hosts) > 1 and e.year == q_year(q)), (c.start, c.end)
    return None


def q_year(q) -> int | None:
    """The year a bare year figure writes."""
    return int(q.value) if q.value is not None and float(q.value).is_integer() else None


# "the first World Cup hosted in the U.S. since 1998", "the first Olympics in London since 1948": the place's edition
# before the one told is that year's; "first" stands before the series in the clause
_SINCE_GAP = regex.compile(r"\s+since\s+")
# a year after "since" is the last time before the one told, so a place after it is the new one's
_SINCE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])since\s+\Z")


def _new_edition_after_since(prose: str, s0: int, q, place_start: int) -> bool:
    """Is the place written after a year said with "since"? Then it is where the new edition was, not that year's."""
    return place_start >= q.end and _SINCE_BEFORE.search(prose, max(s0, q.start - 8), q.start) is not None
_FIRST_BEFORE = regex.compile(r"(?i)(?<![\p{L}])first\s+(?:[^\s,;]+\s+){0,2}?(?:Summer\s+)?(?:Olympics|Olympic\s+Games|Games|"
                              r"(?:FIFA\s+)?World\s+Cup)(?![\p{L}])[^,;]{0,40}\Z")


def _first_since(prose: str, s0: int, a: int, b: int) -> bool:
    """Is the gap between the place and the year "since", after "the first <series>" told there?"""
    return _SINCE_GAP.fullmatch(prose, a, b) is not None and _FIRST_BEFORE.search(prose, s0, a) is not None


# "a Summer Olympic host after Melbourne in 1956 and Sydney in 1996": earlier hosts listed after a word of hosting,
# each with its year ("Sydney in 1996", "Sydney (1996)"); only list words lead to the place, no clause of its own
_HOST_WORD = regex.compile(r"(?i)(?<![\p{L}])(?:host|hosts|hosted|hosting|staged|Olympic\s+cit(?:y|ies))(?![\p{L}])")
_LIST_LEAD = regex.compile(r"(?i)(?:(?<![\p{L}])(?:after|before|following|like|joining|and|with)|,)\s+\Z")
_NOT_A_LIST = regex.compile(r"(?i)[;:]|(?<![\p{L}])(?:who|which|that|when|where|while|but|because|said|says|moved|"
                            r"lived|born|visited|went|was|were|is|are|will|would)(?![\p{L}])")
_YEAR_RIGHT_AFTER = regex.compile(r"\s+(?:in\s+|\()\Z")


def _listed_host(prose: str, s0: int, p0: int, p1: int, q) -> bool:
    """Is the place one of earlier hosts listed with their years after a word of hosting ("after Melbourne in 1956
    and Sydney in 1996")?"""
    if q.start < p1 or not _YEAR_RIGHT_AFTER.fullmatch(prose, p1, q.start) or not _LIST_LEAD.search(prose, s0, p0):
        return False
    hosting = [h for h in _HOST_WORD.finditer(prose, s0, p0)]
    if not hosting:
        return False
    gap = (hosting[-1].end(), p0)
    return gap[1] - gap[0] <= 90 and not _NOT_A_LIST.search(prose, *gap)


_IN_HOST = regex.compile(r"(?<![\p{L}])(?:in|hosted\s+by|staged\s+in|held\s+in)\s+(?:the\s+)?\Z", regex.I)
# "<place> Games since": the place's edition before this one, told by its year right after "since"
_SERIES_SINCE = regex.compile(r"\s+(?:(?:Summer|Olympic)\s+)?(?:Olympics|Olympic\s+Games|Games|World\s+Cup)\s+since\s+")
_BETWEEN_CLAUSES = regex.compile(r"[,;]|(?<![\p{L}])(?:and|but|while|then|before|after|until|since)(?![\p{L}])", regex.I)


# "four years later": the span runs on from the last year told before it
_LATER = regex.compile(r"\s+later(?![\p{L}])")
_YEAR_WRITTEN = regex.compile(r"(?<![\p{L}\d])(?:1[89]|20)\d\d(?![\p{L}\d])")
_LOOK_BACK = 3          # sentences before the span's own, for the year it runs on from


def venue_later_slip(story, q):
    """(venue_year_slip's finding, the year worked out) for "he defended his title in Mexico City four years later"
    after a story dated by 1960's Games: the year is the last one written before the span (in its sentence or up
    to three before) plus the span, and the place is held to it as a year written beside it would be."""
    if q.unit != "year" or q.value is None or not float(q.value).is_integer() or not 0 < q.value <= 40:
        return None
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    if not _LATER.match(prose, q.end, s1):
        return None
    lo = s0
    for _ in range(_LOOK_BACK):
        before = story.doc.sentence_before(lo)
        if before is None:
            break
        lo = before[0]
    years = [int(m.group()) for m in _YEAR_WRITTEN.finditer(prose, lo, q.start)]
    if not years:
        return None
    year = years[-1] + int(q.value)
    found = venue_year_slip(story, q, year)
    return (found, year) if found is not None else None

