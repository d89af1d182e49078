"""date_moments: an anniversary on which some past event of the story fell, not the publication's.

"It came on the 32nd anniversary of the 1985 earthquake", in a story of 2018 about a quake of 19 September 2017:
the anniversary is the day "it" struck, a year the story gives elsewhere, so the count runs to that year (2017,
the 32nd), not to publication (the 33rd). Read only where a past verb puts its subject on the anniversary ("came
on", "fell on", "struck on", "coincided with"), and only for a year the story dates before publication that makes
the count exact.
"""
from __future__ import annotations

import regex

from ..model import Quantity
from . import date_things
from .base import Story

# "It came on the", "The disaster fell on the", "which coincided with the": a past event put on the anniversary
_FELL_ON_BEFORE = regex.compile(r"(?<![\p{L}])(?:came|fell|struck|happened|occurred|hit|landed|began|took\s+place|"
                                r"coincided)\s+(?:(?:on|with)\s+)(?:the\s+)?\Z", regex.I)


def fell_on_a_told_year(story: Story, q: Quantity, origin_year: int) -> bool:
    """Does a past event of the sentence fall on this anniversary in a year the story gives before publication?"""
    prose = story.doc.prose
    published = story.doc.publication_date
    s0, s1 = story.doc.sentence_at(q.start)
    if published is None or not _FELL_ON_BEFORE.search(prose, max(s0, q.start - 40), q.start):
        return False
    told = {w[0] for p in story.quantities
            if not s0 <= p.start < s1 and p.start >= story.doc.body_start and (w := date_things.year_of(p))}
    return any(origin_year < y < published.year and y - origin_year == q.value for y in told)
