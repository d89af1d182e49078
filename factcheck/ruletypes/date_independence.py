"""date_independence: "its 80th Independence Day" against the independence the story itself dates.

A country's Independence Day comes once a year from the day it won independence, so the one the story counts is
the publication year less the independence year: "gained independence from Britain on 25 May 1946" makes May
2024's the 78th. Newsrooms and governments count two ways (India's 2024 celebration was officially its 78th, 77
years after 1947: the day itself counted as the first), and a story written before the day may count the one just
past, so a count within a year either way stands; one further off is a slip. The independence year is read only
from a sentence of the story that tells the independence being won or declared with its year. A National Day may
count from another event (an accession, a union) and is read only where the story dates the independence to a day
whose anniversary falls within days of publication: then the day celebrated is that one. A Republic Day is not read.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..entities import story_mentions
from ..model import Quantity
from . import date_things
from .base import Hit, Story

# "its 80th Independence Day", "the 78th independence anniversary"
_INDEPENDENCE_DAY_AFTER = regex.compile(r"\s+(?:Independence\s+Day|independence\s+(?:day|anniversary))\b")
# "its 68th National Day": counted from independence only where the day is independence's own (below)
_NATIONAL_DAY_AFTER = regex.compile(r"\s+National\s+Day\b")
# how near publication the anniversary of a dated independence must fall for the National Day being celebrated
# then to be that anniversary: a story is written in the days before or after the holiday
_HOLIDAY_DAYS = 10
# a sentence that tells a state winning or declaring its independence (not the day's name)
_WON = regex.compile(r"(?<![\p{L}])(?:(?:gained|won|achieved|attained|secured|declared|proclaimed|got)\s+"
                     r"(?:its\s+|their\s+|full\s+)?independence|became\s+(?:an\s+)?independent|"
                     r"(?:since|at)\s+independence\s+(?:in|on)|independence\s+(?:from\s+[^,.;]{2,40}?\s+)?"
                     r"(?:in|on)\s+(?=\d|\p{Lu}))(?!\s+Day)", regex.I)


def independence_day_counts(story: Story, hit) -> Iterator[Hit]:
    """Hits for an Nth Independence Day that no year the story gives for the independence allows.
    `hit` is the date check's hit builder."""
    from .date import _ordinal_text     # (imported here: date imports this module)
    published = story.doc.publication_date
    prose = story.doc.prose
    if published is None or "ndependen" not in prose:
        return
    counts = [q for q in story.quantities if q.kind == "ordinal" and q.value is not None
              and (_INDEPENDENCE_DAY_AFTER.match(prose, q.end) or _NATIONAL_DAY_AFTER.match(prose, q.end))]
    if not counts:
        return
    origins = _independence_years(story)
    if not origins:
        return
    for q in counts:
        own = [(year, year_q) for year, year_q in origins if _one_state(story, q, year_q)]
        if _NATIONAL_DAY_AFTER.match(prose, q.end):
            own = [(year, year_q) for year, year_q in own if _independence_day_now(year_q, published)]
        if not own or any(abs(q.value - (published.year - year)) <= 1 for year, _ in own):
            continue
        year, year_q = own[0]
        computed = published.year - year
        suggestion = _ordinal_text(computed) if q.text[:1].isdigit() else None
        day = "National Day" if _NATIONAL_DAY_AFTER.match(prose, q.end) else "Independence Day"
        problem = (f"independence in {year}, as the story says, makes {published.year}'s {day} the "
                   f"{_ordinal_text(computed)} (or the {_ordinal_text(computed + 1)}, counting {year}'s own day), "
                   f"not the {_ordinal_text(int(q.value))}")
        yield hit(q.span, q.text, f"{computed}", suggestion,
                  {"year": year, "published": published.isoformat(), "stated_ordinal": q.value}, problem,
                  related=(year_q.span,))


def _independence_years(story: Story) -> list[tuple[int, Quantity]]:
    """(year, its figure) for each sentence that tells independence being won with one year, before publication."""
    prose = story.doc.prose
    published = story.doc.publication_date
    found = []
    for m in _WON.finditer(prose, story.doc.body_start):
        s0, s1 = story.doc.sentence_at(m.start())
        years = [(w[0], p) for p in story.quantities if s0 <= p.start < s1 and (w := date_things.year_of(p))
                 and prose[p.end:p.end + 1] != "s"]
        if len({y for y, _ in years}) == 1 and years[0][0] < published.year:
            found.append(years[0])
    return found


def _independence_day_now(year_q: Quantity, published) -> bool:
    """Is the independence this figure dates to the day ("on 31 August 1957") remembered within days of publication?
    Then the National Day celebrated then is its anniversary (Malaysia's, Singapore's); a National Day that marks
    another event (Kuwait's accession day in February, independence in June) is not counted from it."""
    if year_q.kind != "date" or year_q.resolution != "day" or year_q.date is None:
        return False
    try:
        day = year_q.date.replace(year=published.year)
    except ValueError:      # 29 February in a common year
        return False
    return abs((day - published).days) <= _HOLIDAY_DAYS


def _one_state(story: Story, count: Quantity, year_q: Quantity) -> bool:
    """May the independence dated by `year_q` be the one whose day is counted? Not where both sentences name
    countries and none is the same ("Pakistan marked its 77th Independence Day" ... "Bangladesh won independence
    in 1971")."""
    prose = story.doc.prose
    # (the state it won independence from is not the one that won it: "gained independence from Britain")
    named = [{m.code for m in story_mentions(story).within(*story.doc.sentence_at(q.start))
              if not _FROM_BEFORE.search(prose, max(0, m.start - 12), m.start)}
             for q in (count, year_q)]
    return not (named[0] and named[1]) or bool(named[0] & named[1])


_FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s+(?:the\s+)?\Z", regex.I)
