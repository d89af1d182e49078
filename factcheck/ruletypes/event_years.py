"""A recorded event's date written with the wrong year, whatever the sentence's shape.

A sub-editor who knows the Grenfell Tower fire was on 14 June 2017 stops at "14 June 2018" in a story about
Grenfell without parsing the sentence: the day and month are the fire's, so the date is the fire's, and its year
is the slip. This module reads a date so, from three signals instead of a sentence frame:

* **the anomaly** — the date has the record's day and month (a full date) and another year, up to ten years off;
  or the record's month (a month and a year) and a year one or two off. Such a date is seldom anything else's,
  and a date that is another recorded event's own is left alone.
* **the event is meant** — the sentence names it ("the Black Saturday fires of"), or writes a word of its own
  name or of its place together with a word of its kind or a second word of its own ("the fire at Grenfell
  Tower", "the World Cup in Melbourne", "when Maria hit Puerto Rico" — a tournament only by its venues, its name
  being its series'; a country points at none); or, for a full date a few years off, the
  story names the event somewhere (title or body) and the sentence tells it happening ("the ferry capsized and
  sank ... on 16 April 2015", "173 people died on that day, February 7, 2010").
* **nothing done about it** — a date can be the event's later life: its anniversary, a year after, an inquiry's
  report, a rebuilt tower. A word of such a thing between the event and the date, a time from the event just
  before it ("a year after the fire"), or a commemoration in the sentence makes the date that thing's — unless the
  sentence numbers the anniversary and the date is not it ("the eighth anniversary of the fire at Grenfell Tower
  on 14 June 2018": the eighth fell in 2025, so 2018 is the fire's year, written wrong). A new one of the kind
  ("a grassfire burned ... on 7 February 2011") is another event, and kinds held again and again (elections,
  referendums, inaugurations, prizes) are left to their own rules.

A month and year is read only where the sentence itself names or points at the event; a bare year is left to the
rules that read names ("the 2018 Grenfell fire") and hosts ("the 1982 World Cup in Mexico").
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import regex

from ..subjects import story_mentions

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event, Mention

# how far off the record's year a date may be and still be read as a slip of it
_FULL_REACH = 10        # day and month the record's: only the year is wrong, however far
_STORY_REACH = 3        # found only through the story's subject: a near slip
_MONTH_REACH = 2        # month and year: the month is the record's
_LONGEST = 90           # days: a longer event's edges (a war's phases) are argued, not slipped

# what happens to people and places on a disaster's or a final's day, for a sentence that does not name it
_HAPPENING = regex.compile(
    r"(?i)(?<![\p{L}])(?:died|killed|killing|kills|perished|drowned|sank|sunk|capsized|capsizing|burned|burnt|"
    r"burning|swept|sweeping|tore|tearing|struck|hit|destroyed|destroying|flattened|flooded|flooding|engulfed|"
    r"razed|ravaged|landfall|ashore|collapsed|erupted|exploded|lost\s+their\s+lives|won|lifted|beat|defeated|"
    # water and fire let loose: "the sea surged into the bus stand", "the waves rushed in"
    r"surged|rushed|washed|inundated|crashed|battered|pounded|wrecked|levelled|leveled|voted|"
    # what attackers do to a place: "the cells that attacked the capital on", "gunmen stormed the mall in"
    r"attacked|stormed|bombed|besieged|massacred|opened\s+fire)"
    r"(?![\p{L}])")
# what a disaster does to people and things: with a word of the event's own, it is told happening
_HARM = regex.compile(
    r"(?i)(?<![\p{L}])(?:died|killed|killing|perished|drowned|sank|capsized|burned|burnt|destroyed|flattened|"
    r"flooded|engulfed|razed|went\s+down|lost\s+their\s+lives)(?![\p{L}])")
# a commemoration, held on a later day of the event's ("marked the anniversary on 14 June 2018")
_COMMEMORATION = regex.compile(
    r"(?i)(?<![\p{L}])(?:anniversar(?:y|ies)|commemorat\w*|memorials?|remembrance|remembered|remembering|"
    r"mark(?:s|ed|ing)|mourn\w*|vigils?|tributes?|wreaths?|ceremon(?:y|ies)|gather\w*)(?![\p{L}])")
# "the country's first World Cup since readmission": "since" after "first" compares across time; it tells no
# time from the event
_NOT_COMPARED = r"(?<!(?:first|only|last|biggest|best|worst)\s[^,;.]{0,50})"
# what follows an event, on dates of its own: read sentence-wide only where the date is not bound to the event
_AFTERMATH = regex.compile(
    r"(?i)(?<![\p{L}])(?:inquiry|inquest|commission|report(?:s|ed)?|trial|verdict|ruling|sentenced|convicted|"
    r"charged|rebuilt|reopened|unveiled|opened|compensation|settlement|ago|later|since" + _NOT_COMPARED +
    r"|after|aftermath|following|before|until)(?![\p{L}])")
# right before the date, what binds it to the event: its word or a verb of its happening, then a preposition
_BOUND_BEFORE = regex.compile(
    r"(?i)(?:['’]s)?(?:\s+(?!(?:and|but|which|who|that|when|where|while|was|were|is|are|has|had|have)\s)"
    r"[\p{L}\d'’.-]+){0,5}?,?\s+(?:on|in|of|at|during)(?:\s+the\s+(?:early|small|late)\s+hours\s+of)?\s*,?\s*\Z")
_HAPPENED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:\p{L}+ed|sank|sunk|struck|hit|tore|swept|won|beat|burnt|went\s+down|came\s+ashore|"
    r"made\s+landfall)\s+(?:[\p{L}\d'’.-]+\s+){0,4}?(?:on|in|of|at)\s+\Z")
# between the event and its date: a later thing, or a new clause's subject, takes the date
_BETWEEN_BREAK = regex.compile(
    r"(?i)[;!?]|\s[—–]\s(?!\d)|(?<![\p{L}\d])(?:1[89]|20)\d\d(?![\p{L}\d])|"
    r"(?<![\p{L}])(?:after|before|since|until|till|following|followed|ago|later|earlier|then|"
    r"anniversar\w*|commemorat\w*|memorial|inquiry|report|reported|published|announced|said|says|trial|verdict|"
    r"rebuilt|reopened|opened(?!\s+fire)|unveiled|due|scheduled|planned|expected|when\s+(?:the|a|an|he|she|they|it|we)\s+"
    r"(?:government|report|inquiry|court))(?![\p{L}])"
    r"|(?:,|(?<![\p{L}])and)\s+(?:the|a|an|he|she|they|it|we|his|her|their|its|this|these|those)\s+"
    r"[\p{L}'’-]+\s+(?:was|were|is|are|has|had|have|will|would)(?![\p{L}])")
# a time counted from the event, just before it: "a year after the fire", "months before the final"
_TIMED_FROM = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:days?|weeks?|months?|years?|decades?|hours?|shortly|soon|long)\s+"
    r"(?:after|before|since|on\s+from)|since|anniversar(?:y|ies)\s+of)\s+(?:(?:the|this|that|its)\s+)?"
    r"(?:[^\s,;.]+\s+){0,3}\Z")
# a new one of the kind: "a grassfire burned", "another storm hit", "an explosion" (not the recorded one)
_A_NEW_ONE = regex.compile(
    r"(?i)(?<![\p{L}])(?:a|an|another|one)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}-]*(?:fires?|blazes?|storms?|"
    r"hurricanes?|cyclones?|typhoons?|quakes?|earthquakes?|floods?|attacks?|blasts?|explosions?|sinkings?|"
    r"crash(?:es)?|disasters?)(?![\p{L}])")
# a date written as a modifier of what follows: "the June 14, 2018, Grenfell Tower fire", "2009's"
_MODIFIER_DATE = regex.compile(r"(?i)(?<![\p{L}])(?:the|a|its|this|that)\s+\Z")
# a plan's date, not a record's: "were originally due to open in July 2020"
_PLAN = regex.compile(r"(?i)(?<![\p{L}])(?:due|scheduled|planned|postponed|delayed|originally|expected|slated)"
                      r"(?![\p{L}])")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_NUMBERED_ANNIVERSARY = regex.compile(
    r"(?i)(?<![\p{L}\d])(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+anniversar(?:y|ies)")
# a storm, a fire or a tournament with a name of its own: another event of the kind ("Hurricane Rita")
_ANOTHER_NAMED = regex.compile(
    r"(?<![\p{L}])(?:(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm|Tropical\s+Storm)\s+\p{Lu}\p{Ll}+|"
    r"(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\s)\p{Lu}[\p{L}'’-]+\s+(?:fire|fires|bushfires|blaze|earthquake|quake|disaster|tragedy|ferry|flood|floods))"
    r"(?![\p{L}])")
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
# words of names that tell nothing of the event's kind
_PLAIN = frozenset("the of and in at on for from with by its a an men's women's icc fifa world cup saturday black "
                   "landfall".split())


def year_slip(story: "Story", q, stated: tuple) -> tuple["Mention", str] | None:
    """The recorded event whose date the stated one is with only its year wrong, as (mention, role), or None."""
    start, year, month, day = stated
    if year is not None and month is None and day is None and q.text.strip().isdigit():
        return _bare_year_slip(story, q, start, year)
    if year is None or month is None or not any(c.isdigit() for c in q.text):
        return None
    published = story.doc.publication_date
    if published is not None and (year, month, day or 1) > (published.year, published.month, published.day):
        return None     # still to come: no record's
    folder = str(story.data.folder)
    reach = _FULL_REACH if day is not None else _MONTH_REACH
    index = _by_month_year(folder)
    candidates = [(e, d, role) for y in range(year - reach, year + reach + 1) if y != year
                  for e, d, role in index.get((month, y), ()) if day is None or d.day == day]
    if day is not None:
        # a vote is held again and again, but seldom on the same day and month a year or two later: only a full
        # date a near year off is a slip of one ("Voters backed Leave ... on 23 June 2015")
        candidates += [(e, d, role) for y in range(year - _STORY_REACH, year + _STORY_REACH + 1) if y != year
                       for e, d, role in _votes_by_month_year(folder).get((month, y), ()) if d.day == day]
    if not candidates:
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    found = []
    for event, recorded, role in candidates:
        meant = _meant(story, s0, s1, start, q, event, abs(year - recorded.year), day is not None)
        if meant is not None and not _done_about(story, s0, s1, start, q, event, meant, year):
            found.append((event, role, meant))
    if len({e.id for e, _, _ in found}) != 1:
        return None
    owners = {e.id: e for e, _, _ in _by_month(folder).get(month, ()) if _own_date(e, year, month, day)}
    if any(_meant(story, s0, s1, start, q, e, 0, day is not None) for e in owners.values()):
        return None     # the date is the own of another recorded event the sentence points at
    from .reference import Mention
    event, role, (a, b, _) = found[0]
    return Mention(event, a, b, False, noun=next(iter(sorted(event.nouns)), "")), role


# kinds held again and again in one place: a year off is more likely another one (another election, another
# inauguration at the same building) than a slip
_EVERY_FEW_YEARS = frozenset({"election", "referendum", "inauguration", "prize", "aftershock"})
# of those, the ones whose day moves from one to the next (an inauguration or a prize keeps its day)
_VOTES = frozenset({"election", "referendum"})


# -- the anomaly ------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _by_month(folder: str) -> dict[int, tuple]:
    """Recorded events of a few weeks at most (not one still going on), by the month of their first and last day: (event, day, role)."""
    from .reference import _events
    events, _ = _events(folder)
    by: dict[int, list] = {}
    for e in events:
        last = e.end or e.start
        if e.end is None or (last - e.start).days > _LONGEST or e.row.get("kind") in _EVERY_FEW_YEARS:
            continue
        days = [(e.start, "start" if last != e.start else "during")]
        if last != e.start:
            days.append((last, "end"))
        for d, role in days:
            by.setdefault(d.month, []).append((e, d, role))
    return {k: tuple(v) for k, v in by.items()}


@functools.lru_cache(maxsize=8)
def _by_month_year(folder: str) -> dict[tuple[int, int], tuple]:
    """`_by_month` by (month, year) of the recorded day, for a date's few years either side."""
    by: dict[tuple[int, int], list] = {}
    for month, days in _by_month(folder).items():
        for e, d, role in days:
            by.setdefault((month, d.year), []).append((e, d, role))
    return {k: tuple(v) for k, v in by.items()}


@functools.lru_cache(maxsize=8)
def _votes_by_month_year(folder: str) -> dict[tuple[int, int], tuple]:
    """Votes of one day (elections, referendums), by the (month, year) of that day: read only for full dates."""
    from .reference import _events
    events, _ = _events(folder)
    by: dict[tuple[int, int], list] = {}
    for e in events:
        if e.row.get("kind") in _VOTES and e.end is not None and e.end == e.start:
            by.setdefault((e.start.month, e.start.year), []).append((e, e.start, "during"))
    return {k: tuple(v) for k, v in by.items()}


@functools.lru_cache(maxsize=8)
def _by_year(folder: str) -> dict[int, tuple]:
    """`_by_month`'s events by the year of their first day (one of a few weeks, held once)."""
    by: dict[int, list] = {}
    for days in _by_month(folder).values():
        for e, d, role in days:
            if d == e.start:
                by.setdefault(d.year, []).append(e)
    return {k: tuple(v) for k, v in by.items()}


# a year that modifies the words after it ("the 2005 tsunami", "the 2018 mosque attacks"): those words, to the
# clause's next mark; or the noun before "of" ("the tsunami of 2005")
_YEAR_MODIFIES = regex.compile(r"(?:\s+(?!(?:and|or|but|in|on|at|of|for|to|was|were|is|are|has|had|that|which|who)\b)"
                               r"[\p{L}'’-]+){1,4}")
_OF_YEAR = regex.compile(r"(?i)(?<![\p{L}])the\s+(?P<noun>(?:[\p{L}'’-]+\s+){1,3})of\s+\Z")
_CAPITAL_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}'’-]*")


# a place written right after the event's noun: "the 2010 earthquake in Darfield"
_PLACED_AFTER = regex.compile(r"\s+(?:in|at|off|near|on)\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)"
                              r"(?P<poss>['’]s)?")
# what may follow the event's noun in its own phrase: a verb of what it did ("the 2005 tsunami killed")
_PHRASE_VERB = regex.compile(r"(?i)\p{L}+ed|struck|hit|tore|swept|left|shook|sank|burnt|brought|caught|took|"
                             r"wrecked|came|began|ended|led|forced|saw|made|is|was|were|remains|still")


@functools.lru_cache(maxsize=256)
def _tokens_of(words: str) -> tuple[list[str], tuple[str, ...]]:
    """The words' tokens and each casefolded (the same words are read against many events)."""
    tokens = _WORD.findall(words)
    return tokens, tuple(w.casefold() for w in tokens)


def _headed_by_kind(words: str, event: "Event") -> bool:
    """Do the words a year modifies end on a noun of the event's kind ("tsunami", "mosque attacks"), not on
    another noun it modifies in turn ("tsunami warning system", "hurricane season", "tsunami anniversary")?"""
    tokens, folded = _tokens_of(words)
    kind_words, phrases = _kind_of(event)
    # `_kind_written` of each token: a token is one word of its own
    kinds = [i for i, f in enumerate(folded) if f in kind_words or (phrases and any(p in f for p in phrases))]
    if not kinds:
        return False
    rest = tokens[kinds[-1] + 1:]
    return not rest or _PHRASE_VERB.fullmatch(rest[0]) is not None


@functools.lru_cache(maxsize=8)
def _kind_words_of_year_events(folder: str) -> frozenset[str]:
    """Every kind word (`_kind_of`) of the events `_bare_year_slip` may read (not a tournament: those have phrases
    and are never read there)."""
    return frozenset(w for events in _by_year(folder).values() for e in events
                     if e.row.get("kind") != "tournament" for w in _kind_of(e)[0])


def _bare_year_slip(story: "Story", q, start: int, year: int) -> tuple["Mention", str] | None:
    """ "The 2005 tsunami killed 160,000 people in Aceh": a bare year that modifies a noun of a recorded event's
    kind, one year off its record, where the sentence or the story points at that event (its name or words, or a
    story from a country it struck) and at no event recorded in the year written. One candidate only."""
    prose = story.doc.prose
    # cheap tests first: a year right after "the" or "of", with a recorded event a year either side
    lead = prose[max(0, start - 5):start].casefold()
    if not lead.endswith((" the ", "the ", " of ")) or not (
            _by_year(str(story.data.folder)).get(year - 1) or _by_year(str(story.data.folder)).get(year + 1)):
        return None
    published = story.doc.publication_date
    if published is not None and year >= published.year:
        return None
    s0, s1 = story.doc.sentence_at(q.start)
    if _MODIFIER_DATE.search(prose, max(s0, start - 8), start):
        phrase = _YEAR_MODIFIES.match(prose, q.end, s1)
    else:
        phrase = _OF_YEAR.search(prose, max(s0, start - 60), start)
    if phrase is None:
        return None
    words = phrase.group("noun") if "noun" in phrase.groupdict() else phrase.group()
    folder = str(story.data.folder)
    if _kind_words_of_year_events(folder).isdisjoint(_tokens_of(words)[1]):
        return None     # no word of any candidate's kind: `_headed_by_kind` holds for none (a cheap test first)
    after = phrase.end() if "noun" not in phrase.groupdict() else q.end
    placed = _PLACED_AFTER.match(prose, after, s1)
    found = []
    for off in (-1, 1):
        for event in _by_year(folder).get(year + off, ()):
            if event.row.get("kind") == "tournament" or not _headed_by_kind(words, event):
                continue
            if placed and (placed.group("poss") or placed.group("place") not in _own_words(event, folder)):
                continue    # "the 2010 earthquake in Darfield": another place's; "the fire at the tower's neighbour"
            meant = _meant(story, s0, s1, start, q, event, 1, False)
            if meant is None and _kind_at_home(story, event) and not _CAPITAL_WORD.search(words):
                meant = (phrase.start(), phrase.end(), "word")     # "the 2005 tsunami" in a story from Aceh
            if meant is not None:
                found.append((event, meant))
    if len({e.id for e, _ in found}) != 1:
        return None
    if any(_kind_written(words, e) and _meant(story, s0, s1, start, q, e, 0, False) for e in _by_year(folder).get(year, ())):
        return None     # an event of the year written is meant
    from .reference import Mention
    event, (a, b, _) = found[0]
    return Mention(event, a, b, False, noun=next(iter(sorted(event.nouns)), "")), "start"


def _own_date(event: "Event", year: int, month: int, day: int | None) -> bool:
    """Does the stated date fall within the event's own days (its record, not a slip of it)?"""
    last = event.end or event.start
    lo, hi = (event.start.year, event.start.month), (last.year, last.month)
    if not lo <= (year, month) <= hi:
        return False
    if day is None:
        return True
    try:
        return event.start <= dt.date(year, month, day) <= last
    except ValueError:
        return False


# -- the event is meant -----------------------------------------------------------------------------------------

_REFERENCE = []


def _reference():
    """The reference module (imported on first use: it imports this one), without an import statement per call."""
    if not _REFERENCE:
        from . import reference
        _REFERENCE.append(reference)
    return _REFERENCE[0]


def _meant(story: "Story", s0: int, s1: int, start: int, q, event: "Event", off: int,
           full: bool) -> tuple[int, int, str] | None:
    """Where the sentence names or points at the event, as (start, end, how): "name", "word" (a word of its own
    with one of its kind), or "story" (the story's subject, told happening); None when it does not."""
    reference = _reference()
    prose = story.doc.prose
    named = [m for m in reference._mentions(story, s0, s1) if m.event.id == event.id and not (m.start <= q.start < m.end)]
    if named and all(m.loose for m in named) and not (_kind_written(prose[s0:s1], event)
                                                    or _named_in_story(story, event, by_words=False)):
        named = []      # "Yolanda Reyes, a teacher": a name others bear, alone
    if named:
        m = min(named, key=lambda m: abs(m.start - start))
        return m.start, m.end, "name"
    sentence = prose[s0:s1]
    folder = str(story.data.folder)
    written = [p for p in _own_words(event, folder) if p in sentence]     # most own words are not written at all
    own = _outermost([(s0 + a, s0 + b) for p in written for a, b in _spans_of(sentence, p)]) if written else []
    if own:
        kind = _kind_written(sentence, event)
        if not kind and not reference._full_name_written(story, event):
            own = [(a, b) for a, b in own if prose[a:b] not in event.short]     # "Maria" alone is many people
        if own and (kind or len({prose[a:b] for a, b in own}) > 1 or _HARM.search(sentence)
                    or _named_in_story(story, event, by_words=False)):
            a, b = min(own, key=lambda ab: abs(ab[0] - start))
            return a, b, "word"
    if full and off <= _STORY_REACH and (_named_in_story(story, event) or _kind_at_home(story, event)) and (
            _HAPPENING.search(sentence) or _kind_written(sentence, event)):
        return s0, s0, "story"
    won = _won_at_home(story, s0, s1, event) if event.row.get("kind") == "tournament" else None
    if won is not None:
        return won[0], won[1], "word"
    words = _name_words_written(story, s0, s1, event)
    if words is not None:
        a, b = min(words, key=lambda ab: abs(ab[0] - start))
        return a, b, "word"
    return None


# the final or the title of a tournament, not any match of it
_TITLE_WON = regex.compile(r"(?i)(?<![\p{L}-])(?:final|title|trophy|crown|crowned|champions|lifted|tournament)"
                           r"(?![\p{L}-])")
_WIN = regex.compile(r"(?i)(?<![\p{L}-])(?:won|win|wins|beat|beating|defeated|lifted|crowned|clinched|triumph|triumphed)"
                  r"(?![\p{L}-])")
_OTHER_MATCH = regex.compile(r"(?i)(?<![\p{L}-])(?:friendly|friendlies|rematch|qualifier|qualifiers|qualifying|"
                             r"semi-finals?|semifinals?|quarter-finals?|group\s+stage|warm-up)(?![\p{L}-])")
_COMPETITION = regex.compile(r"(?<![\p{L}])(?:(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Cup|Championship|Championships|Trophy|Games|"
                             r"League|Series)|(?<=\bfinal\s+of\s+the\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?![\p{L}])")


def _kind_at_home(story: "Story", event: "Event") -> bool:
    """Is the story from a country the event struck, and does it write a noun of the event's kind ("the tsunami"
    in a story from Sri Lanka)? Then the story is about it, though it never writes its name."""
    if story.doc.country not in event.participants or event.row.get("kind") in _EVERY_FEW_YEARS:
        return False
    found = story.cache.setdefault("event_years.kind_at_home", {})
    if event.id not in found:
        from .reference import NOUN_CLASSES
        words = [w for w, c in NOUN_CLASSES.items() if c in event.nouns and len(w) >= 5]
        text = ((story.doc.title or "") + "\n" + story.doc.prose).casefold()
        found[event.id] = any(_spans_of(text, w.casefold()) for w in words)
    return found[event.id]


@functools.lru_cache(maxsize=8)
def _editions_by_id(folder: str) -> dict:
    from .event_wins import _editions
    return {ed.event.id: ed for ed in _editions(folder)}


@functools.lru_cache(maxsize=64)
def _won_in(sentence: str) -> bool:
    return _WIN.search(sentence) is not None


def _won_at_home(story: "Story", s0: int, s1: int, event: "Event") -> tuple[int, int] | None:
    """A tournament told by its winner in a story from its host: the sentence names a team that won this edition
    and tells a win or the final ("Argentina beat France in the final"), the host is the story's country or named
    in the sentence, and the story names the competition ("World Cup"): the span of the winner's name, or None."""
    sentence = story.doc.prose[s0:s1]
    if not _won_in(sentence):
        return None
    edition = _editions_by_id(str(story.data.folder)).get(event.id)
    if edition is None:
        return None
    titled = _TITLE_WON.search(sentence) or any(_spans_of(sentence, b) for b in edition.bases)
    if not titled or _OTHER_MATCH.search(sentence):
        return None     # any match is won: only the final or the title is the edition's ("beat France in a friendly")
    for cup in _COMPETITION.finditer(sentence):
        if not any(b in cup.group() or cup.group() in b for b in edition.bases):
            return None     # another competition named: "the final of the Arab Cup"
    mentions = list(story_mentions(story).within(s0, s1))
    winners = [m for m in mentions if m.code in edition.winners]
    codes = {m.code for m in mentions} | {story.doc.country}
    if not winners or not (event.participants & codes):
        return None
    text = (story.doc.title or "") + "\n" + story.doc.prose
    if not any(_spans_of(text, b) for b in edition.bases):
        return None
    return winners[0].start, winners[0].end


_NAME_WORDS: dict[str, tuple[frozenset[str], ...]] = {}
# words of a name that carry nothing of their own
_NAME_FILLER = frozenset("the of and in at on for from with by to a an its".split())


def _name_words(event: "Event") -> tuple[frozenset[str], ...]:
    """Each name's words, as sets to find in one sentence in any order and form: "Beirut port explosion" is told as
    "the explosion at Beirut's port". Only names of a proper word and a common word, and no year (a year written
    is the date itself), are kept; a name others bear ("~") is not."""
    if event.id not in _NAME_WORDS:
        sets = []
        for name in event.names:
            if name in event.contextual or name in event.short or any(c.isdigit() for c in name):
                continue
            words = [w for w in _WORD.findall(name) if w.casefold() not in _NAME_FILLER]
            if len(words) >= 2 and any(w[:1].isupper() for w in words) and any(w[:1].islower() for w in words):
                sets.append(frozenset(_stem(w) for w in words))
        _NAME_WORDS[event.id] = tuple(sets)
    return _NAME_WORDS[event.id]


def _stem(word: str) -> str:
    """A word without its possessive or plural: "Beirut's" -> "beirut", "explosions" -> "explosion"."""
    w = word.casefold()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    elif w.endswith(("'", "’")):
        w = w[:-1]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 4 else w


def _name_words_written(story: "Story", s0: int, s1: int, event: "Event") -> list[tuple[int, int]] | None:
    """Where the sentence writes every word of one of the event's names, in any order ("the August 2019
    explosion that tore through Beirut's port"): the spans of its words, or None."""
    sets = _name_words(event)
    if not sets:
        return None
    prose = story.doc.prose
    # a cheap test first: every stem of some name is written in the sentence as a substring
    folded = _folded_words(prose[s0:s1])[0]
    sets = [words for words in sets if all(map(folded.__contains__, words))]
    if not sets:
        return None
    cache = story.cache.setdefault("event_years.stems", {})
    spans = cache.get((s0, s1))
    if spans is None:
        spans = cache[(s0, s1)] = {}
        for m in _WORD.finditer(prose, s0, s1):
            spans.setdefault(_stem(m.group()), []).append((m.start(), m.end()))
    for words in sets:
        if all(w in spans for w in words):
            return [ab for w in words for ab in spans[w]]
    return None


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside a longer one ("Grenfell" of "Grenfell Tower" is one word of the event, not two)."""
    return [(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)]


def _spans_of(text: str, word: str) -> list[tuple[int, int]]:
    """Where `word` is written whole in `text` (its case as the record writes it)."""
    spans = []
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(word):at + len(word) + 1]
        if not (before.isalnum() or after.isalnum()):
            spans.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return spans


_OWN_WORDS: dict[tuple[str, str], tuple[str, ...]] = {}


def _own_words(event: "Event", folder: str) -> tuple[str, ...]:
    """The words that point at this event and few others: the places and proper words of its names
    ("Grenfell Tower", "Sewol", "Katrina", "Black Saturday", "Melbourne" of the 1992 World Cup)."""
    key = (folder, event.id)
    if key not in _OWN_WORDS:
        from .event_story import _CAP_RUN, _NOT_PLACES, LANDFALL_NOTE
        countries = _country_words(folder)
        words = set(event.places)
        words |= {c[1:].strip() for c in (event.row.get("aliases") or "").split("|") if c.strip().startswith("#")}
        # a tournament's name is its series' ("Club World Cup", "Copa América"): only its venues point at an edition
        for name in () if event.row.get("kind") == "tournament" else event.names:
            name = LANDFALL_NOTE.sub("", name)     # "(Florida landfall)": the place of many storms
            for run in _CAP_RUN.findall(name):
                kept = [w for w in run.split() if w.casefold() not in _NOT_PLACES and not w[:1].isdigit()]
                if kept and len(" ".join(kept)) >= 4:
                    words.add(" ".join(kept))
        # a country is the place of many events ("Spain", "Indian"): it points at none of them
        _OWN_WORDS[key] = tuple(sorted(w for w in words if len(w) >= 3 and w.casefold() not in countries))
    return _OWN_WORDS[key]


@functools.lru_cache(maxsize=8)
def _country_words(folder: str) -> frozenset[str]:
    """Countries' names, other names, demonyms and capitals, casefolded."""
    from ..tables import reference_data
    words = set()
    for row in reference_data(folder).countries:
        for col in ("name", "aliases", "demonyms", "capital"):
            words |= {w.strip().casefold() for w in (row.get(col) or "").split("|") if w.strip()}
    return frozenset(words)


_SUBJECT_WORDS: dict[str, tuple[str, ...]] = {}


def _subject_words(event: "Event") -> tuple[str, ...]:
    """The proper words of the event's own names that make a story about it when written anywhere ("Sewol",
    "Grenfell", "Black Saturday"): not the places a name is told by ("in Mexico", "(Louisiana landfall)"), nor a
    storm's given name alone ("Maria" is many people)."""
    if event.id not in _SUBJECT_WORDS:
        from .event_story import _CAP_RUN, _NOT_PLACES
        words = set()
        for name in event.names:
            if "(" in name or " in " in name or name in event.short or name in event.contextual:
                continue
            for run in _CAP_RUN.findall(name):
                kept = [w for w in run.split() if w.casefold() not in _NOT_PLACES and not w[:1].isdigit()]
                if kept and len(" ".join(kept)) >= 5 and " ".join(kept) not in event.short:
                    words.add(" ".join(kept))
        _SUBJECT_WORDS[event.id] = tuple(sorted(words))
    return _SUBJECT_WORDS[event.id]


_KIND_OF: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}


def _kind_written(sentence: str, event: "Event") -> bool:
    """Does the sentence write a word of the event's kind ("fire", "hurricane", "World Cup") or a common word of
    its names ("ferry", "bushfires", "sinking")?"""
    words, phrases = _kind_of(event)
    folded, written = _folded_words(sentence)
    return any(p in folded for p in phrases) or not words.isdisjoint(written)


def _kind_of(event: "Event") -> tuple[frozenset[str], tuple[str, ...]]:
    """The words (casefolded) and phrases of the event's kind, worked out once per event."""
    if event.id not in _KIND_OF:
        from .reference import NOUN_CLASSES
        words = {w for w, c in NOUN_CLASSES.items() if c in event.nouns and w not in ("vote", "ballot", "waves",
                                                                                        "wave", "cup")}
        for name in event.names:
            plain = {w.casefold() for w in _WORD.findall(name) if w[:1].islower() and len(w) >= 4}
            words |= plain | {w[:-1] for w in plain if w.endswith("s") and not w.endswith("ss")}    # "fires": "fire"
        words -= _PLAIN
        phrases = ("world cup",) if event.row.get("kind") == "tournament" else ()
        if event.row.get("kind") == "tournament":
            words |= {"final", "title", "tournament", "opener"}    # "opener": the first day's match
        if "hurricane" in event.nouns:
            words |= {"storm", "landfall"}
        _KIND_OF[event.id] = (frozenset(words), phrases)
    return _KIND_OF[event.id]


@functools.lru_cache(maxsize=1024)
def _folded_words(sentence: str) -> tuple[str, frozenset[str]]:
    """The sentence casefolded and the set of its words casefolded (one sentence is read for many events)."""
    return sentence.casefold(), frozenset(w.casefold() for w in _WORD.findall(sentence))


def _named_in_story(story: "Story", event: "Event", by_words: bool = True) -> bool:
    """Does the story (title or body) write one of the event's names — or, `by_words`, a proper word of them
    ("Sewol", "Grenfell")?"""
    named = story.cache.setdefault("event_years.named" if by_words else "event_years.named_whole", {})
    if event.id not in named:
        from .reference import _full_name_written, _in_context
        text = (story.doc.title or "") + "\n" + story.doc.prose
        found = by_words and any(_spans_of(text, w) for w in _subject_words(event) if not _a_country(story, w))
        for n in () if found else event.names:
            if len(n) < 6 or (n in event.short and not _full_name_written(story, event)):
                continue
            if n in event.contextual and ((" " not in n and not by_words)
                                          or not _in_context(story, 0, len(story.doc.prose), event)):
                continue
            if _spans_of(text, n):
                found = True
                break
        named[event.id] = found
    return named[event.id]


def _a_country(story: "Story", words: str) -> bool:
    """Is the proper word of an event's name a country's own name ("United States" of "the 2025 United States
    federal government shutdown")? A story naming the country is not thereby about the event."""
    return words in _country_names(str(story.data.folder))


@functools.lru_cache(maxsize=8)
def _country_names(folder: str) -> frozenset[str]:
    """Countries' own names and aliases ("United States"), not their capitals: "Beirut" of the Beirut port
    explosion is the event's place, and a story naming it is about it."""
    from ..tables import reference_data
    rows = reference_data(folder).countries
    return frozenset(n.strip() for r in rows for n in [r.get("name") or "", *(r.get("aliases") or "").split("|")]
                     if n.strip())


# -- nothing done about it --------------------------------------------------------------------------------------

def _done_about(story: "Story", s0: int, s1: int, start: int, q, event: "Event", meant: tuple, year: int) -> bool:
    """Is the date that of something done about the event, or another event's, rather than the event's own?"""
    prose = story.doc.prose
    a, b, how = meant
    sentence = prose[s0:s1]
    later = year > event.start.year     # only a later date can be a commemoration's or the aftermath's
    numbered = [m for m in _NUMBERED_ANNIVERSARY.finditer(sentence)]
    # "on the eve of the eighth anniversary of the fire ... on 14 June 2018": the eighth fell in 2025
    not_the_anniversary = bool(numbered) and all(event.start.year + _ordinal(m.group("n")) != year for m in numbered)
    published = story.doc.publication_date
    if published is not None and year >= published.year:
        return True     # a day of the story's own year: today's commemoration, not a slip of the record
    if _PLAN.search(sentence):
        return True     # "the Games were originally due to open in Tokyo in July 2020"
    if how != "name" and _A_NEW_ONE.search(sentence):
        return True     # "on 7 February 2011 a grassfire burned 20 hectares near Kinglake": another fire
    if how == "story":
        # "sentenced the last of the cells that attacked the capital on ...": the date sits in a clause of the
        # event's own happening, so what the sentence does about it outside that clause is not the date's
        clause = _happening_clause(prose, s0, start)
        if _happened_elsewhere(story, s0, start, event):
            return True     # "Gunmen attacked a hotel in Kabul on": it happened where the event was not
        if _WHEN_HAPPENED.match(prose, q.end, s1):
            clause = start      # "since the night of 13 November 2015, when gunmen attacked": the date's own clause
        if later and (_COMMEMORATION.search(prose, clause, s1) or _aftermath(prose, clause, start, q.end, s1)
                      or _RECALLED.search(prose, s0, s1)):
            return True     # "when survivors recalled how gunmen attacked": the date is the telling's
        from .reference import _mentions
        if any(m.event.id != event.id for m in _mentions(story, s0, s1)):
            return True     # the sentence names another recorded event
        published = story.doc.publication_date
        return published is not None and year >= published.year - 1     # this year's day: a commemoration
    gap = prose[b:start] if b <= start else prose[q.end:a]
    if len(gap) > 160 or _BETWEEN_BREAK.search(gap):
        return True     # "the fire, and the inquiry reported on", "the tsunami, a year later, on"
    if _another_between(story, gap, event):
        return True     # "Katrina struck in 2005; Hurricane Rita hit the coast in September 2005"
    if how == "word" and _other_country(story, min(a, start), max(b, q.end), event):
        return True
    bound = b <= start and (_BOUND_BEFORE.fullmatch(gap) is not None or _HAPPENED_BEFORE.search(prose, s0, start))
    bound = bound or (start < a and regex.fullmatch(r",?\s*(?:[\p{Ll}\d-]+\s+){0,2}", gap) is not None
                      and _MODIFIER_DATE.search(prose, max(s0, start - 8), start) is not None)
    # "the anniversary of the August 2019 explosion": a date that modifies the event's noun is the event's own
    modifier = start < a and bound
    # "since the night of 13 November 2015, when gunmen attacked the Bataclan": the when-clause tells what
    # happened on the date, and it is the event happening
    modifier = modifier or (start < a and _WHEN_HAPPENED.match(gap) is not None and not _COMMEMORATION.search(gap))
    # "the tsunami, which was triggered by a quake off Sumatra on": a clause opened on the event is its own
    on_it = _CLAUSE_ON_IT.match(gap) if b <= start else None
    # "warnings have improved since Tropical Storm Ondoy, which flooded Manila in September 2009": a clause
    # opened on the event that tells it happening holds the event's own date, whatever time is counted from the
    # event before its name
    modifier = modifier or (bound and _HAPPENED_ON_IT.match(gap) is not None and not _COMMEMORATION.search(gap))
    if later and not not_the_anniversary and not modifier:
        done_to_it = bound and "," not in gap and _VERB_ON_IT.search(prose, max(s0, a - 30), a)
        if not done_to_it and _TIMED_FROM.search(prose[max(s0, min(a, start) - 60):min(a, start)]):
            return True     # "a year after the Grenfell fire, on 14 June 2018"; but "ever since gunmen stormed
            # Westgate mall in": the date is the storming's, the verb's own
        opener = _last_opener(prose, s0, start) if bound or on_it else None
        if _COMMEMORATION.search(prose, opener or s0, start):
            return True     # "marked the anniversary of the fire on 14 June 2018"; but "laid flowers at a
            # memorial to those who died when the ferry sank ... on": the date is bound in a clause of its own
        if not bound and (_COMMEMORATION.search(prose, q.end, s1) or _AFTERMATH.search(prose, opener or s0, s1)):
            return True     # "On 14 June 2018, the first anniversary of the fire, ..."
    return False


# a clause of its own about the event: "... who died when the ferry sank", "... the fire that swept"
_OPENER = regex.compile(r"(?i)(?<![\p{L}])(?:when|as|where|that|which|who)(?![\p{L}])")


# a later telling of the event, unnamed in the sentence: the date is the telling's
_RECALLED = regex.compile(r"(?i)(?<![\p{L}])(?:recall\p{L}*|recount\p{L}*|relived|reliving|described|describing)(?![\p{L}])")
# right after a date, a clause telling what happened on it: ", when gunmen attacked the" (its first verb the
# happening's; never "when survivors recalled how gunmen attacked")
_WHEN_HAPPENED = regex.compile(r"(?i),?\s+when\s+(?:(?!(?:\p{L}+ed|said|says|told|tell|how|what)\s)[\p{L}\d'’.-]+\s+)"
                               r"{0,4}?" + _HAPPENING.pattern.removeprefix("(?i)"))
# a relative clause opened right on the event's name: ", which was triggered by", " that swept"
_CLAUSE_ON_IT = regex.compile(r",?\s*(?:which|that|when)\s", regex.I)
# a relative clause on the event whose first word is a verb of its happening: ", which flooded", " that struck"
# (not ", which was remembered")
_HAPPENED_ON_IT = regex.compile(r"(?i),?\s*(?:which|that)\s+(?:\p{L}{3,}ed|struck|hit|tore|swept|sank|shook|burnt|"
                                r"beat|won|came\s+ashore|made\s+landfall)(?![\p{L}])")
# a verb done to the event's place or name right before it: "gunmen stormed Westgate", "the wave hit the"
_VERB_ON_IT = regex.compile(r"(?i)(?<![\p{L}])(?:\p{L}{3,}ed|struck|hit|tore|swept|sank|shook|burnt|beat|won)\s+"
                            r"(?:(?:the|a|an)\s+)?\Z")


def _happening_clause(prose: str, s0: int, start: int) -> int:
    """Where the clause that holds the date opens when it tells the event happening ("the cells that attacked
    the capital on"), else the sentence's start."""
    opener = _last_opener(prose, s0, start)
    return opener if opener is not None and _HAPPENING.search(prose, opener, start) else s0


def _happened_elsewhere(story: "Story", s0: int, start: int, event: "Event") -> bool:
    """Is a country the event did not touch written between the last verb of happening and the date ("attacked a
    hotel in Kabul on")? Then what happened on that date happened somewhere else."""
    verbs = list(_HAPPENING.finditer(story.doc.prose, s0, start))
    if not verbs or not event.participants:
        return False
    codes = {m.code for m in story_mentions(story).within(verbs[-1].end(), start)}
    return bool(codes) and not codes & event.participants


def _last_opener(prose: str, s0: int, at: int) -> int | None:
    """The end of the last clause opener before `at` in the sentence, or None."""
    found = None
    for found in _OPENER.finditer(prose, s0, at):
        pass
    return found.end() if found else None


# after the date, an aftermath told by a time from the event ("..., a year after the fire"), not "after extra time"
_AFTERMATH_AFTER = regex.compile(
    r"(?i)(?<![\p{L}])(?:inquiry|inquest|commission|report(?:s|ed)?|trial|verdict|ruling|sentenced|convicted|"
    r"charged|rebuilt|reopened|unveiled|opened|compensation|settlement|ago|later|since|aftermath|"
    r"(?:days?|weeks?|months?|years?|decades?|shortly|soon|long)\s+(?:after|before|following))(?![\p{L}])"
    + _NOT_COMPARED)


def _aftermath(prose: str, s0: int, start: int, end: int, s1: int) -> bool:
    """Does the sentence tell something that followed the event: any aftermath word before the date, or after it
    one told by a time from the event?"""
    return bool(_AFTERMATH.search(prose, s0, start) or _AFTERMATH_AFTER.search(prose, end, s1))


def _ordinal(word: str) -> int:
    w = word.casefold()
    if w in _ORDINALS:
        return _ORDINALS.index(w) + 1
    digits = regex.match(r"\d+", w)
    return int(digits.group()) if digits else 0


def _another_between(story: "Story", gap: str, event: "Event") -> bool:
    for m in _ANOTHER_NAMED.finditer(gap):
        if not any(w in m.group() for w in _own_words(event, str(story.data.folder))):
            return True
    return False


def _other_country(story: "Story", a: int, b: int, event: "Event") -> bool:
    """A country the event did not touch written beside a word of its own: another place of that name's event
    ("the World Cup in Melbourne" is Australia's; "Pakistan" beside it is a team, so only non-participants that
    are no winner count)."""
    if event.row.get("kind") == "tournament" or not event.participants:
        return False
    prose = story.doc.prose
    codes = {m.code for m in story_mentions(story).within(a, b) if not _actors_by_nationality(story, prose, m)}
    return bool(codes) and not codes & event.participants


# after a nationality, a noun of a place: "a Pakistani town" is a place, "Pakistani terrorists" are people
_PLACE_NOUN = regex.compile(r"\s+(?:[\p{Ll}-]+\s+)?(?:city|cities|town|towns|village|villages|province|region|"
                            r"district|state|port|capital|coast|border|territory|territories|waters|soil|side|"
                            r"island|islands|mainland|airspace|embassy|consulate)(?![\p{L}])")
_NEXT_WORD_LOWER = regex.compile(r"\s+\p{Ll}")


def _actors_by_nationality(story: "Story", prose: str, m) -> bool:
    """Is a country mention a nationality of people ("ten Pakistani terrorists attacked ... in south Mumbai")?
    It says who did it, not where it happened, so it is no other place of the event."""
    written = prose[m.start:m.end]
    row = _country_rows(str(story.data.folder)).get(m.code)
    if row is None or written not in {d.strip() for d in (row.get("demonyms") or "").split("|")}:
        return False
    return _NEXT_WORD_LOWER.match(prose, m.end) is not None and _PLACE_NOUN.match(prose, m.end) is None


@functools.lru_cache(maxsize=8)
def _country_rows(folder: str) -> dict:
    from ..entities import country_index
    return country_index(folder).by_code
