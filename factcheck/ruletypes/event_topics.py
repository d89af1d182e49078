"""Events told by their kind, their place and what they were about.

"The night of the 2015 referendum" in a story about Britain's departure from the European Union: a sub-editor
knows which referendum that is — Britain has held two in this century, but only one was about the EU — and
that it was held in 2016. Kind and place alone ("the 2015 referendum" in a British story) are not enough: the
table does not hold every referendum, and the one the writer meant may be missing. A word that names the
event's subject makes it safe.

* A **topic** is an alias marked "+" in events.csv ("+European Union", "+EU", "+Brexit", "+independence"). It
  is no name of the event: it tells which of the events of a kind and a place is meant, when written in the
  sentence of the event's noun or in the one before it. A topic written with a capital must be written so
  ("EU", never "eu"); one in lower case may open a sentence ("Independence").
* Found so, an event's date may be contradicted by its **year** alone ("the 2015 referendum"), but only by a
  near slip (two years at most) and never by a year marked as another one ("the second referendum", "a new
  vote"): the 1975 vote on the European Community is another referendum, not a slip for 2016.
* An election's topic is the leader it first brought to power ("+Imran Khan"), read only in a sentence that says
  so ("the 2017 general election that brought Imran Khan to power"): a leader is named beside every election he
  fought, and one returned to power ("+Trump" of 2016 and of 2024) is no topic of either.
* "vote" and "ballot" are nouns of the kind only beside a topic ("the EU vote", "the Brexit vote", "the
  independence ballot"); alone they are too common to stand for a recorded event.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event

# nouns that stand for a referendum only with its topic beside them
TOPIC_ONLY_NOUNS = frozenset({"vote", "ballot"})
# a year marked as that of another event of the kind: "the second referendum", "a fresh vote on independence"
_ANOTHER = regex.compile(r"(?<![\p{L}])(?:second|third|another|new|fresh|repeat|next|planned|proposed|future|"
                         r"upcoming|later|rerun|re-run|indyref2)(?![\p{L}])", regex.I)


@functools.lru_cache(maxsize=64)
def _pattern(topic: str) -> regex.Pattern:
    if topic[:1].isupper():
        return regex.compile(rf"(?<![\p{{L}}\d]){regex.escape(topic)}(?![\p{{L}}\d])")
    first, rest = topic[:1], regex.escape(topic[1:])
    return regex.compile(rf"(?<![\p{{L}}\d])[{first}{first.upper()}](?i:{rest})(?![\p{{L}}\d])")


def topic_written(story: Story, s0: int, s1: int, event: Event) -> bool:
    """Is a topic of the event written in the sentence [s0, s1) or the one before it? An election's topic is who it
    brought to power, and counts only in a sentence that says so ("the election that swept Imran Khan to power"):
    leaders are named beside every election they fought."""
    if not event.topics:
        return False
    prose = story.doc.prose
    if event.row.get("kind") == "election":
        power = _TO_POWER.search(prose, s0, s1)
        return power is not None and any(_pattern(t).search(prose, s0, s1) for t in event.topics)
    p0 = story.doc.sentence_at(s0 - 2)[0] if s0 > 1 else s0
    return any(_pattern(t).search(prose, p0, s1) for t in event.topics)


def topic_written_near(story: Story, start: int, end: int, event: Event, reach: int = 40) -> bool:
    """Is a topic of the event written right beside the noun at [start, end) ("the EU vote", "the vote on
    independence")? For the nouns that are of the kind only so, and never in a sentence about a parliament's
    votes ("MPs backed the EU withdrawal bill in a 2017 vote")."""
    if not event.topics:
        return False
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(start)
    if _PARLIAMENT.search(prose, s0, s1) or _INDEFINITE.search(prose, max(s0, start - 30), start):
        return False
    return any(_pattern(t).search(prose, max(s0, start - reach), min(s1, end + reach)) for t in event.topics)


# "brought Imran Khan to power", "swept Labour into office", "the vote that put Modi in power"
_TO_POWER = regex.compile(r"(?<![\p{L}])(?:brought|brings|bringing|swept|sweeping|propelled|catapulted|carried|put|"
                          r"ushered|vaulted|elevated)\s+(?:[^\s,;.]+\s+){1,5}?(?:to|into|in)\s+(?:power|office)"
                          r"(?![\p{L}])", regex.I)
# votes that are a parliament's, a party's or a court's, not the people's
_PARLIAMENT = regex.compile(r"(?<![\p{L}])(?:MPs?|MEPs?|TDs?|MSPs?|peers|Commons|Lords|parliament\p{L}*|Parliament\p{L}*|"
                            r"lawmakers?|legislators?|legislature|senators?|Senate|Congress|congressional|Dáil|assembly|"
                            r"bill|motion|meaningful|amendment|members|cabinet|councillors?|delegates|party|"
                            r"confidence|leadership|court|judges?|shareholders?|board)(?![\p{L}])")
# "a 2017 vote": one vote among many, not the one the topic names
_INDEFINITE = regex.compile(r"(?<![\p{L}])(?:a|an|another|one|every|each|any)\s+(?:[^\s,;.]+\s+){0,2}\Z", regex.I)


def topical(story: Story, s0: int, s1: int, candidates: list[Event]) -> Event | None:
    """The one event among the candidates whose topic is written around the sentence; None for none or several."""
    found = {e.id: e for e in candidates if topic_written(story, s0, s1, e)}
    return next(iter(found.values())) if len(found) == 1 else None


def another_of_the_kind(story: Story, s0: int, noun_start: int) -> bool:
    """Is the noun marked as another event of its kind ("the second independence referendum")?"""
    return _ANOTHER.search(story.doc.prose, max(s0, noun_start - 40), noun_start) is not None


def near_slip_of_year(year: int | None, month: int | None, day: int | None, event: Event) -> bool:
    """A year a little off the record ("the 2015 referendum" for 2016), with no month or day that says otherwise."""
    if year is None:
        return False
    first, last = event.start, event.end or event.start
    if first.year <= year <= last.year:
        return False
    if month is not None and month not in (first.month, last.month):
        return False
    if day is not None and day not in (first.day, last.day):
        return False
    # the record's own month written beside it ("ended in May 2012" for May 2009) says the year alone slipped,
    # a little further
    reach = 3 if month is not None else 2
    return min(abs(year - first.year), abs(year - last.year)) <= reach
