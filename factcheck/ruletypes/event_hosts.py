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
_NEAR_EDITION = 2       # a host's own edition written in a year no edition was staged: a slip of a year or two


def _edition_year(event: "Event") -> int:
    """The year an edition is named by ("2020 Summer Olympics", held in 2021)."""
    return int(_YEAR.search(event.row["name"]).group())


def _series(event: "Event") -> str:
    """The series a recorded edition belongs to: its name without the year ("fifa world cup"), nor the host city
    a name may carry in brackets ("2014 Asian Games (Incheon)")."""
    return " ".join(_YEAR.sub(" ", _BRACKETED.sub(" ", event.row["name"])).casefold().split())


_BRACKETED = regex.compile(r"\([^()]*\)")


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
    # a word of the series' own title is no place: "Asian" of "Jakarta Asian Games", "Pan American" of "Lima Pan
    # American Games" (else any story naming the series names a "venue" of every edition)
    titled = set(_series(event).split())
    for name in event.names:
        for run in _CAP_RUN.findall(name):
            words = [w for w in run.split() if w.casefold() not in _NOT_PLACES and w.casefold() not in titled
                     and not w[:1].isdigit()]
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
    host = _host_written(story, named, s0, s1, series) or _local_venue(story, named, s0)
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
            if _HOST_BEFORE.fullmatch(prose[m.end:named.start]) or _shared_with(prose, m.end, named):
                return m.code, None
    # "the 2006 World Cup in Johannesburg": a venue of an edition of the series, right after the name
    for e in series:
        for place in _venues(e):
            at = prose.find(place, named.end, min(s1, named.end + 40))
            if at >= 0 and _HOST_AFTER.fullmatch(prose[named.end:at]) and not prose[at + len(place):][:1].isalpha():
                return None, place
    return _venue_before(prose, named, s0, series) or _they_hosted(story, named, s0)


# "when they co-hosted the", "we hosted the": a pronoun as the host, right before the name
_THEY_HOSTED = regex.compile(r"(?<![\p{L}])(?:they|we)\s+(?:had\s+|have\s+|first\s+)?(?:hosted|staged|co-hosted)"
                             r"\s+(?:the\s+)?\Z", regex.I)


def _they_hosted(story: "Story", named: "Mention", s0: int) -> tuple[str, None] | None:
    """(the country, None) when "they hosted the <edition>" stands for the one country named before the pronoun in
    its sentence or the one before ("South Korea's 11th finals ... when they co-hosted the 2006 World Cup")."""
    prose = story.doc.prose
    they = _THEY_HOSTED.search(prose, max(s0, named.start - 40), named.start)
    if they is None:
        return None
    before = story.doc.sentence_before(s0)
    codes = {m.code for m in story_mentions(story).within(before[0] if before else s0, they.start())}
    return (next(iter(codes)), None) if len(codes) == 1 else None


def _venue_before(prose: str, named: "Mention", s0: int, series) -> tuple[None, str] | None:
    """(None, the venue) for a recorded venue of the series written as the host before the name: "Eden Park,
    which staged the 2011 Rugby World Cup final", "Wembley, host of the 1966 final". A stadium is named for what
    it staged, so its hosting verb ties it to the edition as a country's does."""
    window = max(s0, named.start - 60)
    for e in series:
        for place in _venues(e):
            at = prose.rfind(place, window, named.start)
            if at < 0 or (at > 0 and prose[at - 1].isalnum()) or prose[at + len(place):][:1].isalnum():
                continue
            gap = prose[at + len(place):named.start]
            co_host = _CO_HOST_LISTED.match(gap)    # "Jakarta and Palembang co-hosted the": the first of a pair
            if _HOST_BEFORE.fullmatch(gap, co_host.end() if co_host else 0) \
                    or _shared_with(prose, at + len(place), named):
                return None, place
    return None


# "Palembang shared the 2018 Asian Games with Jakarta": sharing an edition WITH another place is co-hosting it (a
# title, a medal or a stage shared is written after the name: "shared the 2018 Asian Games title with")
_SHARED = regex.compile(r"\s+(?:had\s+|has\s+|jointly\s+)?shared\s+(?:the\s+)?\Z", regex.I)
_WITH_HOST = regex.compile(r"\s+with\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?\p{Lu}")


def _shared_with(prose: str, host_end: int, named: "Mention") -> bool:
    return bool(_SHARED.fullmatch(prose, host_end, named.start) and _WITH_HOST.match(prose, named.end))


# the other hosts listed after the first: " and Palembang", ", Surabaya and Bandung"
_CO_HOST_LISTED = regex.compile(r"(?:\s*(?:,|and|,\s+and)\s+\p{Lu}[\p{L}'’-]*)+(?=\s+(?:co-)?host)")


# -- a local venue tied to an edition --------------------------------------------------------------------------
#
# "ending years of losses on a venue built for the 2006 FIFA World Cup", "when the stadium hosted the opening match
# of the 2010 World Cup": a venue of the story's own country tied to the edition by what was done there for it
# (built, upgraded, hosted, staged ...) is the host written. It is the story's country's only when the sentence
# names no other country and the story never names the edition's own host (a story about a foreign stadium says
# where it is); a sentence about watching the tournament was set aside before.

_VENUE = regex.compile(r"(?i)(?<![\p{L}])(?:stadium|stadiums|stadia|arena|venue|venues|ground|grounds|oval|bowl)"
                       r"(?![\p{L}])")
# from the venue's noun to the edition's name: " built for the", " hosted the opening match of the", ", which
# staged three games at the"
_VENUE_TIE = regex.compile(
    # (a word may close an aside: "complex in Ñuñoa, which was refurbished for")
    r"\A,?(?:\s+(?!(?:and|but|or|where|while|watched|screened|showed)\s)[\p{L}'’-]+,?){0,5}?\s+"
    r"(?:built|constructed|erected|upgraded|renovated|refurbished|revamped|expanded|redeveloped|rebuilt|readied|"
    r"hosted|staged|co-hosted|used)"
    r"(?:\s+(?!(?:and|but|or|where|while)\s)[\p{L}'’-]+){0,4}?"
    r"(?:\s+(?:for|of|during|at|in|ahead\s+of|before|in\s+time\s+for))?\s+(?:the\s+)?\Z", regex.I)
# "one of the venues for the", "a host venue of the": the noun ties it alone
_VENUE_OF = regex.compile(r"\A\s+(?:for|of|at|during)\s+(?:the\s+)?\Z", regex.I)
_VENUE_NOUNS = frozenset({"venue", "venues", "stadia"})
# "the stadium where the opening match of the 2010 World Cup was played": a where-clause the edition fills
_WHERE_PART = regex.compile(r"\A,?\s+where\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:of|in|at)\s+)?(?:the\s+)?\Z",
                            regex.I)
_WAS_PLAYED = regex.compile(r"\s+(?:was|were)\s+(?:played|staged|held|contested)(?![\p{L}])", regex.I)


# the name modifying another thing, played anywhere: "a 2006 World Cup qualifier", "the 2006 World Cup bid"
_NOT_THE_FINALS = regex.compile(r"\s+(?:qualif\p{L}*|preliminar\p{L}*|bids?|campaigns?|squads?|teams?|draw|trophy|"
                                r"tours?|fans?|fan\s+\p{L}+|parties|party|screenings?|friendl\p{L}*|warm-ups?|"
                                r"reunions?|celebrations?|exhibitions?)(?![\p{L}])", regex.I)


def _tied(prose: str, venue, named: "Mention") -> bool:
    """Is the venue tied to the named edition: built or used for it, its venue, or where part of it was played?"""
    if _NOT_THE_FINALS.match(prose, named.end):
        return False
    gap = prose[venue.end():named.start]
    return bool(_VENUE_TIE.match(gap) or (venue.group().casefold() in _VENUE_NOUNS and _VENUE_OF.match(gap))
                or (_WHERE_PART.match(gap) and _WAS_PLAYED.match(prose, named.end)))


def _local_venue(story: "Story", named: "Mention", s0: int) -> tuple[str | None, str | None] | None:
    """(the story's country, None) when a venue in the sentence is tied to the named edition and is the story's
    own: no other country is named in the sentence and the edition's host is named nowhere in the story."""
    home = story.doc.country
    if not home:
        return None
    prose = story.doc.prose
    window = max(s0, named.start - 120)
    venues = list(_VENUE.finditer(prose, window, named.start))
    if not venues or not any(_tied(prose, v, named) for v in venues):
        return None
    s1 = story.doc.sentence_at(named.start)[1]
    if any(m.code != home and not named.start <= m.start < named.end for m in story_mentions(story).within(s0, s1)):
        return None     # "Germany's Allianz Arena, built for the 2006 World Cup": a venue abroad (a country word
                        # inside the edition's own name, "American" of "Pan American Games", is no other country)
    if any(m.code in named.event.participants for m in story_mentions(story).found):
        return None     # the story names the edition's host: the venue may be there
    if any(place in prose for place in _venues(named.event)):
        return None
    return home, None


# -- a host's own edition, named by the series alone ---------------------------------------------------------
#
# "Qatar hosted the World Cup in late 2018", "the FIFA World Cup it hosted in 2018": the series is written
# without a year, the host is tied to it by a hosting verb, and the date follows. A host staged few editions of a
# series, so the host and the series pick the edition; the date is the slip when it is ANOTHER edition's year of
# that same series (Russia's 2018) and the host staged exactly one edition of it within two editions' time.
# A year no edition of the series had is left alone (the table may lack that edition), and so is a series the
# host staged twice nearby.

_HOSTING = regex.compile(r"(?<![\p{L}])(?:hosted|staged|co-hosted|co-staged|played\s+host\s+to|was\s+host\s+to)"
                         r"(?![\p{L}])", regex.I)
# between the series' name and the date: "in", "in late", ", in the winter of", "back in November"
_TO_THE_DATE = regex.compile(r"\A[\s,]*(?:back\s+)?(?:in|on|during)\s+(?:(?:the\s+)?(?:late|early|mid|the\s+end\s+of|"
                             r"the\s+start\s+of|the\s+winter\s+of|the\s+summer\s+of|autumn|spring|winter|summer)"
                             r"[\s-]+(?:of\s+)?)?"
                             # "in November and December 2022": the first month of a span that ends at the date
                             r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December)\s*(?:and|to|through|[–-])\s*)?\Z", regex.I)
# a series' last word that names it alone: "hosted the Olympics in 2016"
_ONE_WORD_SERIES = frozenset({"olympics", "paralympics"})
# a capitalised word right before the shared words names another series: "the Club World Cup", "Asian Cup"
_ANOTHER_SERIES = regex.compile(r"(?<![\p{L}])(?!The\b)\p{Lu}[\p{L}'’-]*\s+\Z")
_SERIES_WORDS = regex.compile(r"[\p{L}'’]+")
# between a series' name and its host's verb: "it", "that Qatar", ", which the country had"
_HOST_BETWEEN = regex.compile(r"[\s,]*(?:that\s+|which\s+)?(?:it|the\s+(?:country|nation|emirate|kingdom)|"
                              r"\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:had\s+|has\s+|once\s+)?")
# between a host and its verb: "Qatar hosted", "Qatar, which had hosted", "Qatar also staged"
_HOST_TO_VERB = regex.compile(r"\s*(?:,\s*(?:which|that)\s+|(?:which|that)\s+)?(?:had\s+|has\s+|also\s+|once\s+)*")
_PRONOUN_HOST = regex.compile(r"(?<![\p{L}])(?:it|the\s+country|the\s+nation|the\s+emirate|the\s+kingdom)\s+"
                              r"(?:had\s+|has\s+)?\Z", regex.I)


def hosted_edition_slip(story: "Story", q: "Quantity", year: int) -> tuple["Event", "Event"] | None:
    """(the edition the host staged, the edition of the written year) when a series written without its year,
    tied to a host by a hosting verb, is dated in another edition's year."""
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    window = max(s0, q.start - 160)
    # (watching told after the date is what someone does now: "fans who caught the bug when Japan hosted the
    # tournament in 2019 travel to watch")
    if not _HOSTING.search(prose, window, q.start) or _WATCHING.search(prose, s0, q.start):
        return None
    editions = _editions(str(story.data.folder))
    verbs = list(_HOSTING.finditer(prose, window, q.start))
    hosts: list[str | None] = []
    for k, verb in enumerate(verbs):
        host = _host_of_verb(story, verb, s0) or _host_city_of_verb(story, editions, verb, s0)
        if host is None and k and _AND_AGAIN.search(prose, max(s0, verb.start() - 20), verb.start()):
            host = hosts[-1]    # "Paris, which first staged the Games in 1900 and last hosted them in": its host
        hosts.append(host)
    for verb, host in reversed(list(zip(verbs, hosts))):
        if host is None:
            continue
        written = [series for series, name_end in _series_written(prose, editions, verb.end(), q.start)
                   if _TO_THE_DATE.match(prose[name_end:q.start])]
        if not written:
            written = _named_before(prose, editions, window, verb, q)
        if not written:
            written = _told_by_its_noun(story, editions, verb, q)
        pairs = {(pair[0].id, pair[1].id): pair for series in written
                 if (pair := _edition_pair(editions[series], host, year)) is not None}
        if any(_staged_that_year(editions[series], host, year) for series in written) or len(pairs) != 1:
            return None
        return next(iter(pairs.values()))
    return None


# "Rio de Janeiro hosted the Games in", "when Japan hosted the tournament in": the series told by a noun every
# edition answers to, the series itself written earlier in the story ("the Rugby World Cup", "Olympic")
# ("hosted and won the tournament in": winning it joined to the hosting keeps the noun the hosting's object)
_SERIES_NOUN = regex.compile(r"\s+(?:and\s+(?:also\s+)?(?:won|lifted|went\s+on\s+to\s+win)\s+)?(?:the\s+)?(?P<noun>Games|Olympic\s+Games|tournament|championships?|finals)"
                             r"(?![\p{L}])", regex.I)


# a second hosting verb joined to the first, of the same host: "and last hosted", "and again staged"
_AND_AGAIN = regex.compile(r"(?<![\p{L}])and\s+(?:last\s+|later\s+|again\s+|then\s+)?\Z", regex.I)
_THEM = regex.compile(r"\s+them(?![\p{L}])", regex.I)


def _told_by_its_noun(story: "Story", editions: dict, verb, q) -> list[str]:
    prose = story.doc.prose
    m = _SERIES_NOUN.match(prose, verb.end(), q.start)
    if m is None and (them := _THEM.match(prose, verb.end(), q.start)) is not None:
        # "Paris, which first staged the Games in 1900 and last hosted them in": the noun the sentence gave them
        s0 = story.doc.sentence_at(verb.start())[0]
        earlier = [n for n in _SERIES_NOUN.finditer(prose, s0, verb.start())]
        m = earlier[-1] if earlier and _TO_THE_DATE.match(prose[them.end():q.start]) else None
        if m is None:
            return []
    elif m is None or not _TO_THE_DATE.match(prose[m.end():q.start]):
        return []
    games = m.group("noun").casefold().endswith("games")
    told = {series for series, _ in _series_written(prose, editions, 0, verb.start())}
    if games and "olympic" in prose[:verb.start()].casefold():
        told |= {series for series in editions if series.endswith("olympics")}
    # "the Games" are the Olympics or a games series; a "tournament" any series but those
    return [series for series in told if games == (series.endswith(("olympics", "games")) or "games" in series)]


def _named_before(prose: str, editions: dict, window: int, verb, q) -> list[str]:
    """ "the FIFA World Cup it hosted in late 2018", "the World Cup that Qatar staged in": the series before the
    host and its verb."""
    if not _TO_THE_DATE.match(prose[verb.end():q.start]):
        return []
    return [series for series, name_end in _series_written(prose, editions, window, verb.start())
            if _HOST_BETWEEN.fullmatch(prose, name_end, verb.start())]


def _staged_that_year(series: tuple["Event", ...], host: str, year: int) -> bool:
    return any(_staged_by(e, host) and e.start.year <= year <= (e.end or e.start).year for e in series)


def _staged_by(event: "Event", host: str) -> bool:
    """Did the host (a country's code, or "@" and a city) stage the edition?"""
    if host.startswith("@"):
        return any(_same_city(host[1:], v) for v in _venues(event))
    return host in event.participants


def _host_of_verb(story: "Story", verb, s0: int) -> str | None:
    """The country right before the hosting verb ("Qatar hosted", "Qatar, which hosted", "it hosted")."""
    prose = story.doc.prose
    before = [m for m in story_mentions(story).within(max(s0, verb.start() - 60), verb.start())]
    if before:
        m = before[-1]
        gap = prose[m.end:verb.start()]
        if _HOST_TO_VERB.fullmatch(gap):
            return m.code
    if _PRONOUN_HOST.search(prose, max(s0, verb.start() - 30), verb.start()):
        return story.doc.country or None
    return None


# a city's name as written, with its small linking words: "Rio de Janeiro", "St. Moritz", "Los Angeles"
_CITY_BEFORE = regex.compile(r"(?P<city>\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|del|di|la|le|am)\s+)?\p{Lu}[\p{L}'’.-]*)*)"
                             r"(?P<gap>\s*(?:,\s*(?:which|that)\s+|(?:which|that)\s+)?(?:had\s+|has\s+|also\s+|once\s+|last\s+|first\s+)*)\Z")


def _host_city_of_verb(story: "Story", editions: dict, verb, s0: int) -> str | None:
    """A city that staged an edition of a recorded series, right before the hosting verb ("Rio de Janeiro hosted",
    "Paris, which had staged"): the host as "@" and the city's name."""
    m = _CITY_BEFORE.search(story.doc.prose, max(s0, verb.start() - 60), verb.start())
    if m is None:
        return None
    city = m.group("city")
    venues = {p for series in editions.values() for e in series for p in _venues(e)}
    return "@" + city if any(_same_city(city, v) for v in venues) else None


def _same_city(written: str, venue: str) -> bool:
    """ "Rio de Janeiro" is the "Rio" of "Rio Olympics"; a name is its own city."""
    return written == venue or written.startswith(venue + " ")


def _series_written(prose: str, editions: dict, start: int, end: int):
    """(series, where its written name ends) for each series whose name, without its year, is written between
    start and end ("the World Cup", "the FIFA World Cup"); several series may share the written words."""
    text = prose[start:end]
    lower = text.casefold()
    for series in editions:
        words = _SERIES_WORDS.findall(series)
        # the written name is the series' last words, from a capitalised head on: "World Cup", "FIFA World Cup"
        for k in range(len(words), 0 if words[-1] in _ONE_WORD_SERIES else 1, -1):
            tail = " ".join(words[-k:])
            at = lower.rfind(tail)
            if at >= 0 and not text[at + len(tail):at + len(tail) + 1].isalnum() \
                    and (at == 0 or not text[at - 1].isalnum()) and not _ANOTHER_SERIES.search(text, 0, at):
                yield series, start + at + len(tail)
                break


def _edition_pair(series: tuple["Event", ...], host: str, year: int) -> tuple["Event", "Event"] | None:
    if _staged_that_year(series, host, year):
        return None                                 # the host's own edition that year
    written = [e for e in series if _edition_year(e) == year or e.start.year == year]
    if not written:
        # no edition that year at all: "Qatar hosted the World Cup in November and December 2021" is the host's
        # own edition a year or two off, when it staged only one that near
        own = [e for e in series if _staged_by(e, host) and abs(_edition_year(e) - year) <= _NEAR_EDITION]
        return (own[0], own[0]) if len(own) == 1 else None
    if any(_staged_by(e, host) for e in written):
        return None
    own = [e for e in series if _staged_by(e, host) and abs(_edition_year(e) - year) <= _EDITIONS_APART]
    if len(own) != 1:
        return None
    return own[0], written[0]
