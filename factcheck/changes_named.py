"""A percentage change that names, paragraphs later, the move it sizes: "He blamed the 8.1 per cent drop in
agribulk on ...", "Wednesday's 2.9 per cent gain in the benchmark ...".

The writer told the move earlier with its levels and no size of its own ("Agribulk ... declined to 9.8 million
tonnes from 11.4 million"; "The Hang Seng Index closed 412 points higher at 23,512") and comes back to it with a
definite reference: "the", "this", "its" or a possessive before the rate, a noun of change after it, and what
changed named after "in" or "of". A sub-editor finds that move and divides. So does this reader, cheaply: it
looks only at the moves claims.py has read already, so no sentence is searched twice.

- the RATE: a percentage not yet tied to levels, "the|its|X's P% <noun of change> in|of <thing>", the thing
  with no base of its own after it ("on last year", "since January", "from ...");
- the MOVE: a change already read with its two levels and no size (old and new), or an index move in points
  to its close (new and points), said in an earlier sentence;
- the SAME THING: the thing's words stand in the move's sentence before its figures (its subject); "the index",
  "the benchmark" refer back to an index move in points; the direction of the noun is the move's;
- ONE move only: two that fit leave the reader unsure which the rate is of, and silent.

The Change built is an ordinary one, so the percent-change rule recomputes it and words the finding.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle

_UP_NOUNS = r"increase|rise|jump|gain|growth|surge|climb|advance|rally|rebound|upturn|leap|spike|hike"
_DOWN_NOUNS = r"drop|fall|decline|decrease|reduction|slide|dip|contraction|slump|plunge|downturn|retreat|loss"
# a definite reference before the rate: "the 8.1 per cent", "Wednesday's 2.9 per cent", "its 12% ..."
_DEFINITE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|this|that|its|their|[\p{L}]+['’]s)\s+(?:[\p{L}-]+\s+)?\Z", regex.I)
_NAMED_AFTER = regex.compile(
    rf"[\s-]+(?:[\p{{L}}-]+\s+)?(?:(?P<up>{_UP_NOUNS})|(?P<down>{_DOWN_NOUNS}))(?:es|s)?\s+(?:in|of)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?P<what>[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,3})", regex.I)
# the thing as the possessor: "agribulk's 8.1 per cent drop", "the benchmark's 2.9% rise"
_OWNER_BEFORE = regex.compile(r"(?<![\p{L}])(?P<owner>[\p{L}][\p{L}-]*)['’]s\s+\Z", regex.I)
_NOUN_AFTER = regex.compile(rf"[\s-]+(?:[\p{{L}}-]+\s+)?(?:(?P<up>{_UP_NOUNS})|(?P<down>{_DOWN_NOUNS}))(?![\p{{L}}])", regex.I)
# the thing as the subject of a verb of change: "agribulk fell 8.1 per cent", "the benchmark rose 2.9%"
_SUBJECT_VERB_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<owner>[\p{L}][\p{L}-]*)\s+(?:(?:has|had|have)\s+)?(?:(?P<up>rose|gained|climbed|jumped|advanced|increased|"
    r"grew|surged|rallied)|(?P<down>fell|dropped|declined|slid|slipped|decreased|shrank|lost|slumped|tumbled))\s+"
    r"(?:by\s+)?(?:(?:about|around|some|nearly|almost)\s+)?\Z", regex.I)
# the verb's subject is a noun with its complement ("Shares in Huayu", "Sales of the group"): the word before the verb
# is not the thing that moved
_HEAD_BEFORE_OWNER = regex.compile(r"(?<![\p{L}])[\p{L}][\p{L}-]*\s+(?:in|of|at|for)\s+(?:the\s+)?\Z", regex.I)
_OTHER_TIME = regex.compile(r"(?<![\p{L}])(?:last|previous|earlier|ago|since|before|next|expected|forecast|projected|"
                         r"will|would|could|target\w*)(?![\p{L}])|(?<![\d.,])(?:19|20)\d\d(?![\d.,])", regex.I)
_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?:the|this|that)\s+\Z", regex.I)
_NOT_A_THING = frozenset("it they this that which who he she its their there what".split())
_STOP = frozenset("on in from to at as after since over for and or but was is were are had has have by "
                  "than against compared with while which that this".split())
# the rate names a base or span of its own after the thing: "the 5% rise in fares on last year", "since January"
_OWN_BASE = regex.compile(
    r"\s*(?:(?:on|over|from|than|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\p{L}'’-]+\s+){0,3}?"
    r"(?:[\p{Sc}\d]|last\b|previous\b|prior\b|a\s+year\b|the\s+same\b|(?:19|20)\d\d)|since|so\s+far|"
    r"(?:this|last|the\s+past)\s+(?:year|month|week|quarter|season)|year[\s-]to[\s-]date|(?:in|over)\s+the\s+(?:year|month|"
    r"quarter|week|period)|a\s+year|per\s+year|annually)(?![\p{L}])", regex.I)
_INDEX_WORDS = frozenset(("index", "benchmark", "gauge", "barometer", "market", "bourse"))


def named_changes(story: Story, ordered: list[Quantity], starts: list[int], changes: list) -> Iterator:
    prose = story.doc.prose
    if "%" not in prose and "cent" not in prose:
        return
    moves = [c for c in changes if c.rate is None and c.factor is None and not c.between and c.new is not None
             and (c.old is not None and c.delta is None or c.old is None and c.delta is not None and c.delta_points)]
    if not moves:
        return
    tied = {id(c.rate) for c in changes if c.rate is not None}
    s_starts = story.doc.sentence_starts()
    sentences = story.doc.sentences()
    for rate in ordered:
        if rate.kind != "percent" or rate.unit != "percent" or rate.value is None or id(rate) in tied \
                or not claims.is_plain(rate):
            continue
        k = bisect.bisect_right(s_starts, rate.start) - 1
        said = _thing_named(prose, rate, sentences[k], ordered, starts)
        if said is None:
            continue
        words, direction = said
        fits = [c for c in moves if _same_move(c, words, direction, k, prose, s_starts, sentences)]
        if len(fits) != 1:
            continue
        c = fits[0]
        old, new = c.old, c.new
        if old is not None and not claims.same_measure(old, new):
            if claims.unit_left_out(new, old, prose):      # "from 11.4 million tonnes to 9.8 million"
                new = replace(new, kind=old.kind, unit=old.unit)
            elif claims.unit_left_out(old, new, prose):
                old = replace(old, kind=new.kind, unit=new.unit)
        yield claims.Change(trigger=Span(rate.start, rate.end), direction=direction, old=old, new=new,
                            delta=c.delta, delta_points=False, rate=rate)


def _thing_named(prose: str, rate: Quantity, sentence, ordered, starts) -> tuple[list[str], int] | None:
    """What the rate is a change of, and which way: "the 8.1 per cent drop in agribulk", "agribulk's 8.1 per cent
    drop", "agribulk fell 8.1 per cent" (a rate alone in its sentence, no level beside it)."""
    after = prose[rate.end:min(len(prose), rate.end + 90)]
    before = prose[max(sentence[0], rate.start - 40):rate.start]
    named = _NAMED_AFTER.match(after)
    if named is not None and _DEFINITE_BEFORE.search(before):
        words = _thing_words(named.group("what"))
        if not words or _OWN_BASE.match(after, named.start("what") + _thing_length(named.group("what"), len(words))):
            return None
        return words, 1 if named.group("up") else -1
    owner = _OWNER_BEFORE.search(before)
    noun = _NOUN_AFTER.match(after) if owner else None
    if owner is None:
        owner = noun = _SUBJECT_VERB_BEFORE.search(before)
        if owner is None or _alone_in_sentence(rate, sentence, ordered, starts) is False \
                or _HEAD_BEFORE_OWNER.search(before, 0, owner.start()):
            return None     # ("Shares in Huayu rose 3.2%": what rose is the noun before "in", not the company)
        tail = after
    else:
        if noun is None:
            return None
        tail = after[noun.end():]
    word = owner.group("owner").lower()
    if word in _NOT_A_THING or word in _STOP or _OWN_BASE.match(tail) or _OTHER_TIME.search(prose, *sentence):
        return None     # ("Last year tea exports fell 3 percent": a change of another time, or one to come)
    if word in _INDEX_WORDS and not _THE_BEFORE.search(before, 0, owner.start()):
        return None     # "The Hang Seng Tech Index rose 3.3 per cent": an index named, not the one referred back to
    return [word], 1 if noun.group("up") else -1


def _alone_in_sentence(rate: Quantity, sentence, ordered, starts) -> bool:
    lo, hi = bisect.bisect_left(starts, sentence[0]), bisect.bisect_left(starts, sentence[1])
    return all(q is rate or q.kind in ("date", "weekday") or claims.is_year_like(q) for q in ordered[lo:hi])


def _thing_words(what: str) -> list[str]:
    """The first content word naming what changed (what follows may be the sentence going on: "... in enrolment
    down to free meals")."""
    out = []
    for w in what.split():
        if w.lower() in _STOP:
            break
        out.append(w.lower())
    return out[:1]


def _thing_length(what: str, n: int) -> int:
    """How many characters the first `n` words of `what` take (to read what follows the thing's name)."""
    m = regex.match(r"\s*(?:\S+\s+){%d}" % n, what + " ")
    return len(m.group().rstrip()) if m else len(what)


def _same_move(c, words: list[str], direction: int, k: int, prose: str, s_starts, sentences) -> bool:
    first = min(q.start for q in (c.old, c.new, c.delta) if q is not None)
    j = bisect.bisect_right(s_starts, first) - 1
    if j >= k:
        return False        # the rate refers back to a move told before it
    moved = c.direction or (0 if c.old is None else (1 if c.new.value > c.old.value else -1 if c.new.value < c.old.value else 0))
    if moved != direction:
        return False
    subject = prose[sentences[j][0]:first].lower()
    head = words[0]         # the thing's first word names it ("agribulk", "tea exports", "container volumes")
    if head in _INDEX_WORDS:
        return c.delta is not None      # "the benchmark", "the index": an index move in points
    # (a thing named after "per" is the measure's unit, not what moved: "shares" is not "earnings per share")
    return regex.search(r"(?<![\p{L}])(?<!(?<![\p{L}])per\s)" + regex.escape(head[:5]), subject, regex.I) is not None
