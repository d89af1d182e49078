"""A count of years to now of an event the story dated in an earlier sentence and names again by a word of its own.

"SV Ennepetal was founded in 1912 ... read out the minutes of that founding meeting 108 years ago"; "the flood of
August 2002 ... 'Water stood in these streets 24 years ago,' the mayor said, by the marks of the flood"; "The festival
was founded in 1990 ... this year's festival, which marks 40 years since the first sessions". The count's sentence
gives no year; a sub-editor finds the year by the thing: a word of the count's sentence (flood, founding, festival)
that stands beside a year told elsewhere in the story (the lead often counts, the background dates). Every year so
named is a reading, and so is any other year the story tells: we speak only when none fits, and only when the count is near the one the story implies (a slip of a
digit or of a few years, not a count of something else).
"""
from __future__ import annotations

import datetime as dt

import regex

from ..model import Quantity
from .base import Story
from .date_things import year_of

# Words too common to tie a count to a year ("years", "first", "people"): they name no event
_COMMON = frozenset("""
about above after again against along already among another around because become been before being below between
cannot could during every first former further their there these those third though three through today under until
where which while whose would years year month months weeks still since people other later second says said
told added including percent million billion within without should might never often place point
""".split())
_WORD = regex.compile(r"(?<![\p{L}'’-])[\p{L}][\p{L}'’-]{3,}")
# "40 years since the first sessions": a count to now when its sentence speaks of now ("marks", "is", "has been")
_SINCE_THE = regex.compile(r"\s+since\s+(?:the|its|their|that|this|our|his|her)\b", regex.I)
_NOW_BEFORE = regex.compile(r"(?<![\p{L}])(?:is|are|it['’]s|has\s+been|have\s+been|marks|celebrates|completes|"
                            r"turns)(?![\p{L}])", regex.I)


def _stem(word: str) -> str:
    return word.lower()[:5]


_COUNT_WORD = regex.compile(r"(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|"
                            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+(?:year|decade|century))"
                            r"(?![\p{L}])", regex.I)


# "a flood", "the previous election", "another fire": an event of the kind, not the one the story dated
_ANOTHER = regex.compile(r"(?<![\p{L}])(?:a|an|another|other|previous|earlier|last|next|second|third|new|every|each)"
                         r"\s+(?:[\p{L}-]+\s+)?\Z", regex.I)


def _sentence_stems(story: Story, q: Quantity, s0: int, s1: int) -> set[str]:
    prose = story.doc.prose
    return {_stem(m.group()) for m in _WORD.finditer(prose, s0, s1)
            if not (q.start <= m.start() < q.end) and m.group().lower() not in _COMMON and len(m.group()) >= 5
            and not _ANOTHER.search(prose, max(s0, m.start() - 30), m.start())}


# the word a year dates: the verb or noun right before it ("founded in 1912", "the flood of August 2002", "struck on
# the night of 3 May 2019") or the noun right after a bare year ("the 2002 flood")
_EVENT_BEFORE = regex.compile(r"(?P<w>\p{Ll}[\p{L}-]+)\s+(?:(?:up|its\s+doors|their\s+doors)\s+)?"
                              r"(?:(?:back|first|only|officially)\s+)?(?:in|on|of|during)\s+"
                              r"(?:the\s+(?:[\p{L}-]+\s+){1,2}of\s+)?\Z")
_EVENT_AFTER = regex.compile(r"\s+(?P<w>\p{Ll}[\p{L}-]+)")
# a count since the first of a thing ("40 years since the first sessions", "since its founding") counts from its
# beginning: the year of a verb of beginning is its reading; and any word of beginning names any other ("the shop's
# founding 51 years ago" is the day it "opened its doors in 1979")
_SINCE_BEGINNING = regex.compile(r"\s+since\s+(?:the|its|their|our)\s+(?:very\s+)?(?:first|founding|inception|launch|"
                                 r"birth|start|beginning|creation|establishment)\b", regex.I)
_BEGINNING = frozenset(("found", "co-fo", "estab", "start", "began", "begun", "launc", "creat", "forme", "incep",
                        "set", "opene", "openi", "inaug"))


# a verb of beginning is any thing's ("Construction began in 2018 on the bypass ... Work on the tunnel began three
# years ago"): it names the dated beginning only as a noun of it ("that founding meeting", "the shop's opening")
_BEGINNING_NOUN = regex.compile(r"(?<![\p{L}])(?:founding|opening|launch|inception|establishment|creation)(?![\p{L}])",
                                regex.I)


def _event_stem(story: Story, p: Quantity) -> str | None:
    """The stem of the word the year dates, or None when no word stands right beside it."""
    prose = story.doc.prose
    s0, _ = story.doc.sentence_at(p.start)
    m = _EVENT_BEFORE.search(prose, max(s0, p.start - 60), p.start)
    if m is None and p.text.isdigit():
        m = _EVENT_AFTER.match(prose, p.end)
    if m is None or m.group("w").lower() in _COMMON:
        return None
    return _stem(m.group("w"))


# the hedges that make a count of years a lower bound ("more than ten years ago", "over four decades")
AT_LEAST = frozenset(("more than", "over", "at least", "upwards of", "well over", "just over", "in excess of"))


def _readings_fit(stated: float, readings, published: dt.date, fits) -> bool:
    return any(fits(stated, p, when, published) for p, when in readings)


def count_of_named_event(q: Quantity, story: Story, is_ago: bool, fits):
    """(year quantity, its (year, month), the count it implies) when the count of years q is of an event the story
    dated before it and names again in q's sentence, and no reading fits; else None. `fits(stated, p, when,
    published)` says whether a count may be right for a year (the caller's rounding rules)."""
    published = story.doc.publication_date
    if published is None or q.value is None or q.unit != "year" or q.kind != "duration" or \
            (q.low is not None and q.high is not None and q.low != q.high):
        return None
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    if not is_ago and not (_SINCE_THE.match(prose, q.end) and _NOW_BEFORE.search(prose, s0, q.start)):
        return None
    if not any(c.isdigit() for c in q.text) and not _COUNT_WORD.search(q.text):
        return None     # "a few years ago", "some years since": no count to check
    told = [(p, when) for p in story.quantities
            if not s0 <= p.start < s1 and (when := year_of(p)) and when[0] < published.year
            and prose[p.end:p.end + 1] != "s" and any(c.isdigit() for c in p.text)]
    if not told or any(s0 <= p.start < s1 and (when := year_of(p)) and when[0] < published.year
                       and any(c.isdigit() for c in p.text) for p in story.quantities if p is not q):
        return None     # a past year in the count's own sentence: that reading stands ("this year's" is none)
    stated = float(q.value)
    if q.hedge in AT_LEAST:
        return None     # "more than ten years ago": any longer count is the writer's
    if _readings_fit(stated, told, published, fits):
        return None     # a year the story told fits the count: it may be the one counted from
    words = _sentence_stems(story, q, s0, s1)
    from_beginning = not is_ago and _SINCE_BEGINNING.match(prose, q.end) is not None
    named = [(p, when) for p, when in told
             if (stem := _event_stem(story, p)) and (
                 (stem not in _BEGINNING and stem in words)
                 or (stem in _BEGINNING and (from_beginning or _BEGINNING_NOUN.search(prose, s0, s1))))]
    if not named:
        return None
    p, when = min(named, key=lambda r: abs(_whole(r[1], published) - stated))
    implied = _whole(when, published)
    if not _near(stated, implied):
        return None     # far from the count the event implies: the count is of something else
    return p, when, implied


def _whole(when: tuple[int, int | None], published: dt.date) -> int:
    return published.year - when[0]


def _near(stated: float, implied: int) -> bool:
    """A slip, not another count: within a quarter of the implied count, or one digit apart (31 for 13)."""
    if abs(stated - implied) <= max(2.0, 0.25 * implied):
        return True
    a, b = str(int(stated)), str(implied)
    return len(a) == len(b) > 1 and (sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b)) == 1)
