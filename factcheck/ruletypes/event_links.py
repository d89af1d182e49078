"""Events a sentence tells of without naming them, and intervals between two dated events.

* **A story's event told again.** A story that names an event ("the 26/11 attacks") often tells it
  again a paragraph later without its name: "Ten gunmen landed at Cuffe Parade on the night of
  November 26, 2009, and went on to attack ...". A full date there with the event's day and month but
  a year one or two off is the usual slip. Read only where the event was named by name earlier in the
  story, the sentence tells of an event of its kind ("attack", "struck", "the quake"), and nothing in
  it is done about the event (an anniversary, a trial, "a year after").
* **"N years after".** "The quake of September 19, 2017 — which struck exactly 30 years after the 1985
  disaster": both years are written, so the interval can be worked out. Read where a dated thing is
  followed within a few words by "N years after/before the YEAR ..." or "... after the <recorded event>".
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions
from ..model import Quantity, Span

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event, Mention

# words that tell of an event of a kind, beyond the kind's nouns: "went on to attack", "the quake struck"
_TELLS = {
    "attack": r"attack(?:s|ed|ers?)?|storm(?:ed)?|gunm[ae]n|terrorists?|militants?|bomb(?:s|ed|ers?|ings?)?|"
              r"opened\s+fire|siege|hostages?|massacre",
    "earthquake": r"quakes?|earthquakes?|struck|shook|jolted|tremors?|magnitude",
    "tsunami": r"tsunamis?|waves|struck",
    "war": r"invaded|invasion|war|fighting|troops",
    "hurricane": r"landfall|struck|storm|winds",
    "fire": r"fire|blaze|flames|burned|burnt",
    "disaster": r"struck|collapsed|killed|destroyed|devastated|swept",
    "election": r"vot(?:e|ed|ers|ing)|polls|ballots?|elections?",
    "tournament": r"final|kicked\s+off|opening\s+match|won|beat",
    # by the first word of the event's name ("Release of Nelson Mandela"): a prisoner's release is told by the walk out
    "release": r"released|freed|walked\s+(?:out|free)|set\s+free|prison|jail",
}
# done about the event, on a date of its own: "a year after the attacks", "the trial opened on"
_NOT_THE_EVENT = regex.compile(
    r"(?i)(?<![\p{L}])(?:anniversar(?:y|ies)|years?\s+(?:after|later|since|on|earlier|before|ago)|"
    r"months?\s+(?:after|later|earlier|before)|"
    r"commemorat\w*|memorials?|remember\w*|mark(?:s|ed|ing)?|mourn\w*|vigils?|tributes?|trial|verdict|"
    r"sentenced|convicted|hanged|executed|inquiry|report|ruling|court|compensation)(?![\p{L}])")


@functools.lru_cache(maxsize=8)
def _by_day(folder: str) -> dict[tuple[int, int], tuple[Event, ...]]:
    """Recorded events by the day and month they began (or ended)."""
    from .reference import _events
    events, _ = _events(folder)
    days: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        for d in {e.start, e.end or e.start}:
            days.setdefault((d.month, d.day), []).append(e)
    return {k: tuple(v) for k, v in days.items()}


def told_again(story: Story, s0: int, s1: int, start: int, stated: tuple) -> tuple[Mention, str, bool] | None:
    """The story's named event a sentence tells of again with its day and month and a year one or two off."""
    year, month, day = stated
    if year is None or month is None or day is None:
        return None
    events = [e for e in _by_day(str(story.data.folder)).get((month, day), ())
              if 1 <= abs(year - e.start.year) <= 2 and e.end is not None]
    if not events:
        return None
    published = story.doc.publication_date
    if published is not None and year > published.year:
        return None
    from .reference import Mention, NOUN_CLASSES, _mentions
    prose = story.doc.prose
    sentence = prose[s0:s1]
    if _NOT_THE_EVENT.search(sentence):
        return None
    named = {m.event.id for a, b in _sentences_up_to(story, s1) for m in _mentions(story, a, b)
             if not m.loose and m.start < start}
    meant = [e for e in events if e.id in named]
    if len(meant) != 1:
        return None
    event = meant[0]
    words = [w for w, c in NOUN_CLASSES.items() if c in event.nouns and w not in ("vote", "ballot")] + \
        [_TELLS[c] for c in event.nouns | {event.row.get("kind", ""), _name_head(event)} if c in _TELLS]
    if not words or not regex.search(r"(?i)(?<![\p{L}])(?:" + "|".join(words) + r")(?![\p{L}])", sentence):
        return None
    countries = {m.code for m in story_mentions(story).within(s0, s1)}
    if countries and event.participants and not countries & event.participants:
        return None     # the sentence is about another country's event of that day
    return Mention(event, start, start, False, noun=next(iter(event.nouns), "")), "during", True


def _name_head(event: "Event") -> str:
    """The first word of the event's name, which says what happened ("Release of Nelson Mandela")."""
    name = (event.row.get("name") or "").split()
    return name[0].casefold() if name else ""


def _sentences_up_to(story: Story, s1: int) -> list[tuple[int, int]]:
    """The story's sentences from the first to the one ending at `s1`."""
    return [(a, b) for a, b in story.doc.sentences() if b <= s1 and a >= story.doc.body_start]


# -- "N years after" ---------------------------------------------------------------------------

# "..., which struck exactly 30 years after the 1985 disaster", "In 2017, 30 years after the ..."
_YEARS_AFTER = regex.compile(
    r"(?P<gap>(?:(?:\s+[\p{Ll}][\p{L}'’-]*){1,3}(?=\s*[,—–]))?\s*(?:[,—–-]+\s*)?(?:(?:(?:which|that)\s+(?:was\s+|were\s+)?|and\s+)?(?:came|struck|hit|happened|"
    r"occurred|took\s+place|arrived|began|followed|opened)\s+)?)"
    r"(?P<hedge>(?:exactly|precisely|just|almost|nearly|about|some|around|only)\s+)?")
_AFTER_THE = regex.compile(r"(?P<to_the_day>\s+to\s+the\s+day)?\s+(?P<dir>after|before|since)\s+(?:the\s+|that\s+)?"
                           r"(?:(?P<year>(?:1[89]|20)\d\d)(?![\d\p{L}]))?")


def interval(story: Story, q: Quantity) -> tuple[Span, int, int, int, str] | None:
    """For "N years after" a dated thing: (span, stated years, years worked out, anchor year, phrase), or None."""
    if q.kind != "duration" or q.unit != "year" or q.value is None or q.value != int(q.value) or q.value < 2:
        return None
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    after = _AFTER_THE.match(prose, q.end, s1)
    if after is None:
        return _years_later(story, q, s0, s1)
    anchor = _anchor_year(story, s0, s1, after)
    if anchor is None:
        return None
    own = _own_date(story, s0, q)
    if own is None:
        return None
    own_year, lead = own
    worked = own_year - anchor if after.group("dir") != "before" else anchor - own_year
    stated = int(q.value)
    exact = bool(lead.group("hedge") and lead.group("hedge").split()[0].lower() in ("exactly", "precisely")) \
        or bool(after.group("to_the_day"))
    if abs(worked - stated) < (1 if exact else 2):
        return None
    start = q.start - len(lead.group("hedge") or "")
    return Span(start, after.end("dir")), stated, worked, anchor, prose[start:after.end("dir")]


# "In 2017, exactly 30 years later,", "Thirty years later, in 2017,": the interval runs from a year told before it
_LATER = regex.compile(r"\s+(?:later|on|afterwards)(?=\s*(?:[,;:—–]|\.(?:\s|\Z)))")
_THEN_IN_YEAR = regex.compile(r"\s*[,—–]\s*(?:in|by)\s+(?:(?:early|mid|late)[\s-]+)?(?P<year>(?:1[89]|20)\d\d)(?![\d\p{L}])")
_YEAR_WRITTEN = regex.compile(r"(?<![\d\p{L},.$£€-])(?:1[89]|20)\d\d(?![\d\p{L}]|[,.]\d)")


def _years_later(story: Story, q: Quantity, s0: int, s1: int) -> tuple[Span, int, int, int, str] | None:
    """"On 19 September 1985 ... In 2017, exactly 30 years later, ...": the figure's own year is written beside it
    and "later" runs from a year told before it. Which one is not said, so every year written earlier in the
    sentence or in the sentence before is a reading; the figure is wrong only when it fits none of them."""
    prose = story.doc.prose
    later = _LATER.match(prose, q.end, s1)
    if later is None:
        return None
    own = _own_date(story, s0, q)
    if own is not None:
        own_year, lead = own
        own_at = q.start - (len(prose[max(s0, q.start - 60):q.start]) - lead.start())
        hedge = lead.group("hedge")
    else:
        then = _THEN_IN_YEAR.match(prose, later.end(), s1)
        if then is None:
            return None
        own_year, own_at = int(then.group("year")), then.start("year")
        hedge = q.hedge
    before = story.doc.sentence_before(s0)
    lo = before[0] if before else s0
    told = [m for m in _YEAR_WRITTEN.finditer(prose, lo, min(own_at, q.start)) if int(m.group()) < own_year]
    if not told or _time_moved_on(story, q, told[0].end()):
        return None
    anchors = {int(m.group()) for m in told}
    stated = int(q.value)
    exact = bool(hedge and hedge.split()[0].lower() in ("exactly", "precisely"))
    if any(abs((own_year - a) - stated) < (1 if exact else 2) for a in anchors):
        return None
    anchor = max(anchors)   # the likeliest: the year told last before it
    start = q.start - len((hedge or "") if own is not None else "")
    return Span(start, later.end()), stated, own_year - anchor, anchor, prose[start:later.end()]


# an age or a span told after the year moves the time on without a year: "born in 1950, he left at 20"
_AGE = regex.compile(r"(?<![\p{L}])(?:aged?|at\s+\d+|at\s+the\s+age)(?![\p{L}])", regex.I)


def _time_moved_on(story: Story, q: Quantity, after: int) -> bool:
    """Is a span of time or an age told between the first year and the figure? Then "later" may run from a time
    the story never dates."""
    if _AGE.search(story.doc.prose, after, q.start):
        return True
    return any(o is not q and o.kind == "duration" and after <= o.start < q.start for o in story.quantities)


def _anchor_year(story: Story, s0: int, s1: int, after: regex.Match) -> int | None:
    """The year of what the interval runs from: written ("the 1985 disaster") or the recorded event named."""
    if after.group("year"):
        return int(after.group("year"))
    from .reference import _mentions
    named = [m for m in _mentions(story, s0, s1) if m.start == after.end() and not m.loose]
    if len(named) == 1 and named[0].event.end is not None and named[0].event.start == named[0].event.end:
        return named[0].event.start.year
    return None


_DATE_BEFORE = regex.compile(r"(?:(?:1[89]|20)\d\d)(?![\d\p{L}])")


def _own_date(story: Story, s0: int, q: Quantity) -> tuple[int, regex.Match] | None:
    """The year of the dated thing the interval is said of, written just before it: "the quake of September 19,
    2017 — which struck", "In 2017,". Only a year with at most a few words between it and the figure."""
    prose = story.doc.prose
    window = prose[max(s0, q.start - 60):q.start]
    years = list(_DATE_BEFORE.finditer(window))
    if not years:
        return None
    last = years[-1]
    lead = _YEARS_AFTER.match(window, last.end())
    if lead is None or lead.end() != len(window):
        return None
    if not dt.MINYEAR <= int(last.group()) <= dt.MAXYEAR:
        return None
    return int(last.group()), lead


# -- "trapped for N days" ------------------------------------------------------------------------

# the whole of a rescue or siege: "trapped underground for 69 days", "held hostage for", "after being stranded for"
_TRAPPED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:trapped|stranded|entombed|buried\s+alive|held\s+hostage|held\s+captive|besieged|"
    r"cut\s+off)"
    # how deep on the way: "trapped about 700 metres underground for", "trapped 2,300 feet below ground for"
    r"(?:\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?\d[\d,.]*\s*(?:metres|meters|m|feet|ft)"
    r"(?=\s+(?:deep\s+)?(?:underground|below\s+ground|down)))?"
    r"(?:\s+(?:underground|below\s+ground|inside|deep\s+underground|down|in\s+the\s+(?:mine|cave|rubble)))?"
    # the place on the way: "trapped in the Tham Luang cave for", "trapped inside the San José mine for"
    r"(?:\s+(?:in|inside|at|under|beneath)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?"
    r"\s+for\s+(?:(?:just|only|some|about|around|nearly|almost|more\s+than|over)\s+)?\Z")

# the trapped time told by what the people spent: "the men spent 96 days underground before", "they spent 28 days
# trapped in the cave," -- the time closes its clause (a comma, a full stop, "before", "after", "until"), so
# "spent 40 days underground training rescuers" is another stay
_SPENT_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])spent\s+(?:(?:just|only|some|about|around|nearly|almost|more\s+than|over)\s+)?\Z")
_SPENT_TRAPPED_AFTER = regex.compile(
    r"(?i)\s+(?:trapped|entombed|underground|deep\s+underground|below\s+ground|buried)"
    r"(?:\s+(?:in|inside|under|beneath)\s+the\s+(?:mine|cave|rubble))?"
    r"(?:\s*[,.;:]|\s+(?:before|after|until|till|when)(?![\p{L}]))")

# the trapped time told by the verb of holding on and where: "the miners who survived for 69 days underground", "they
# endured 17 days in the cave", "stayed 69 days below ground before"; the place follows at once and no purpose or
# activity of its own ("lived 40 days underground to study sleep", "stayed 30 days underground testing kit") makes it
# another stay
_STAYED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:survived|endured|lived|remained|stayed|held\s+out|clung\s+on)(?:\s+for)?"
    r"\s+(?:(?:just|only|some|about|around|nearly|almost|more\s+than|over)\s+)?\Z")
_STAYED_TRAPPED_AFTER = regex.compile(
    r"(?i)\s+(?:(?:trapped|entombed|underground|deep\s+underground|below\s+ground|buried)"
    r"(?:\s+(?:in|inside|under|beneath)\s+the\s+(?:mine|cave|rubble))?|(?:in|inside|under|beneath)\s+the\s+"
    r"(?:mine|cave|rubble))"
    r"(?!\s+(?:to|[\p{L}]+ing)(?![\p{L}]))")


def trapped_in(story: Story, s0: int, s1: int, lead: str, after: str = "") -> Mention | None:
    """"33 miners ... at the San José mine ... trapped underground for 69 days": the one recorded disaster or
    siege named or placed in the sentence, whose length the trapped time is."""
    if not (_TRAPPED_BEFORE.search(lead[-80:]) or _BLOCKED_BEFORE.search(lead[-80:])
            or (_SPENT_BEFORE.search(lead[-80:]) and _SPENT_TRAPPED_AFTER.match(after))
            or (_STAYED_BEFORE.search(lead[-80:]) and _STAYED_TRAPPED_AFTER.match(after))):
        return None
    from .reference import Mention
    meant, named = _trapped_events(story, s0, s1)
    # "The collapse at the San José mine ... left 33 miners trapped. The men were trapped for 96 days": the
    # sentence names the event only by its people, so the one the sentence before names or places is meant (or
    # one up to three sentences back, when those between tell something else and name no event: a story's
    # figures often stand between its opening and the look back), unless this one is set in a country the event
    # did not touch
    earlier, looked = s0, 0
    while not meant and looked < 3 and _BY_ITS_PEOPLE.search(lead[-80:]) \
            and (before := story.doc.sentence_before(earlier)) is not None:
        meant, named = _trapped_events(story, *before)
        earlier, looked = before[0], looked + 1
        if named:
            break       # a sentence naming another event stands between: the people may be its
    if earlier != s0:
        around = {m.code for m in story_mentions(story).within(s0, s1)}
        if len(meant) == 1 and around and not around <= meant[0].participants:
            return None
        named = {}      # the name is in the sentence before: the finding stays on the figure
    if len(meant) != 1:
        return None
    m = named.get(meant[0].id)
    return m or Mention(meant[0], s0, s0, True)


# "the Ever Given, which blocked the waterway for 16 days": a blockage's length, told by its verb and its place
_BLOCKED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:blocked|blocking|closed|shut|obstructed|paralysed|paralyzed|choked)(?:\s+(?:the\s+)?"
    r"[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})?\s+for\s+(?:(?:just|only|some|about|around|nearly|almost|more\s+than|over)\s+)?\Z")


# the trapped people told by a definite noun or a pronoun, so they are the ones already told of: "The men were",
# "they had been", "the 33 miners, who were", "All of them were"
_BY_ITS_PEOPLE = regex.compile(r"(?i)(?<![\p{L}])(?:they|them|the|these|those|all|both|who|its|their)(?![\p{L}])")


def _trapped_events(story: Story, s0: int, s1: int) -> tuple[list, dict]:
    """The recorded disasters and attacks of some days that a sentence names or places, and its names of them."""
    from .event_places import placed_events
    from .reference import _events, _mentions
    named = {m.event.id: m for m in _mentions(story, s0, s1) if not m.loose}
    ids = set(named) | placed_events(story, s0, s1)
    if not ids:
        return [], named
    events, _ = _events(str(story.data.folder))
    meant = [e for e in events if e.id in ids and e.end is not None and e.end != e.start
             and e.row.get("kind") in ("disaster", "attack", "blockade")]
    return meant, named
