"""A percentage change with one of its levels told elsewhere, checked against EVERY reading of that level.

A writer gives a move's size and one of its levels ("rose 2.6 per cent on Friday to close at 2,731.45";
"..., up 14.6 per cent from ₹2,360 crore") and the other level somewhere else: earlier in a long sentence
("presented a ₹2,890 crore budget for 2021-22 to the standing committee ..., up 14.6 per cent from ₹2,360
crore"), or paragraphs away ("Thursday's close of 2,695.95 had itself been a record"). Or he gives the size
alone ("a fall of 5.3% over the year") after telling both levels ("412,300 ... at the end of October 2015. A
year later the total stood at 398,900").

Which figure is the missing level is a reading, and a reader may be wrong about it. So the rule is the
sub-editor's: try every figure of the same kind and unit in the story as that level (every pair, for a size
told alone); if ANY reading makes the stated size come out, the story may be right and we stay silent. Only
when none does, and one candidate is clearly the thing's other level, is the change built — an ordinary
Change, so the percent-change rule recomputes it and words the finding. What makes a candidate clear:

- the LEVEL, when the size and base trail it: the one figure of the base's measure before ", up P% from B"
  in the same sentence, nothing of that measure in between (the participle is said of it);
- the BASE, when the size and level are given: the one figure of the level's measure marked as an earlier
  value of it ("Thursday's close of", "the previous close of", "a year earlier", "last year");
- the two LEVELS, when the size is told alone: the one pair of figures of one measure in neighbouring
  sentences, the second said at a later time ("A year later the total stood at ..."), moving the way the size
  says.

Cheap: it looks only at the changes claims.py has read (and percentages with a noun of change before them),
and compares figures by value, with no search of the text per candidate.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle

# the size trails the level as a participle clause of it: "₹2,890 crore budget ..., up 14.6 per cent"
# (or as an appositive naming the move: "..., an increase of 14.6 per cent over ₹2,360 crore", "— a rise of P% on B")
_TRAILING_CHANGE = regex.compile(
    rf"(?:,|\s[-–—]|\()\s*(?:up|down|rising|falling|higher|lower|(?:representing\s+|marking\s+)?an?\s+(?:[\p{{L}}-]+\s+)?"
    rf"(?:{claims._UP_NOUN}|{claims._DOWN_NOUN})\s+of)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+)?\Z", regex.I)
_FROM_AFTER = regex.compile(r"\s+(?:from|on|over|compared\s+with|against)\s", regex.I)
# a figure marked as the thing's earlier value: "Thursday's close of", "the previous close of", "last year's"
# (named with its noun, which the move's own sentence must use: "close" of "rose 2.6% to close at")
_EARLIER_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:previous|prior|preceding|yesterday['’]s|last\s+(?:year|month|week|quarter|session)['’]s|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+(?P<noun>[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+"
    r"(?:of|at|was|stood\s+at)\s+(?:just\s+)?\Z", regex.I)
_LEVEL_VERB_BEFORE = regex.compile(r"(?<![\p{L}])(?P<stem>closed|finished|ended|settled|stood)\s+(?:the\s+(?:day|session)\s+)?at\s+\Z",
                                   regex.I)
_DAY_AFTER = regex.compile(r"\s+on\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])")
# not the thing's last value but its best, a forecast or a goal: "the previous record of", "Friday's estimate of"
_NOT_LAST_VALUE = frozenset("record high peak low best worst estimate forecast target goal projection budget guidance".split())
# the size names a base that is no figure of the story: "up 4.4% on the previous year", "from the same period last year"
_BASE_NAMED_AFTER = regex.compile(
    r"\s+(?:[\p{L}-]+\s+){0,3}?(?:on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+day|\d))|from|over|than|against|"
    r"compared\s+(?:with|to)|year[\s-]on[\s-]year)(?![\p{L}])", regex.I)
# the second level said at a later time, opening its sentence: "A year later the total stood at ..."
_LATER_LEAD = regex.compile(
    r"(?:(?:a|one|two|three|six|twelve|\d{1,2})\s+(?:years?|months?|weeks?|days?)\s+(?:later|on)|by\s+(?:the\s+end\s+of\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|"
    r"(?:this|last)\s+(?:year|month|week)))\b", regex.I)
_WEEKDAY = regex.compile(r"(?<![\p{L}])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])")
# a size told alone, after its noun or verb of change: "a fall of 5.3%", "declined 5.3%", "fell by 5.3%"
_ALONE_AFTER = regex.compile(r"\s*(?:of|in|among|for|from|than)(?![\p{L}])", regex.I)
# ... and said of the move told before, by a definite reference: "the fall of 5.3%", "the improvement amounts to a
# fall of 5.3%", "it was a rise of 12%" ("wages posted a fall of 2.1%" is another thing's move)
_NOUNS = rf"(?:{claims._UP_NOUN}|{claims._DOWN_NOUN}|advance|improvement|deterioration|change|difference|move)s?"
_REFERRED = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:the|this|that)\s+(?:[\p{{L}}-]+\s+)?{_NOUNS}\s+of|(?:(?:the|this|that)\s+(?:[\p{{L}}-]+\s+)?{_NOUNS}|"
    rf"it|this|that|which)\s+(?:amounts?\s+to|is|was|represents?|means?|marks?)\s+an?\s+(?:[\p{{L}}-]+\s+)?{_NOUNS}\s+of)"
    r"\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?\Z", regex.I)


def rate_bases(story: Story, ordered: list[Quantity], starts: list[int], changes: list) -> Iterator:
    prose = story.doc.prose
    whole = {id(c.rate) for c in changes if c.rate is not None and c.old is not None and c.new is not None}
    for c in list(changes):
        rate = c.rate
        if rate is None or rate.unit != "percent" or not claims.is_single(rate) or c.delta is not None \
                or c.factor is not None or id(rate) in whole or (c.old is None) == (c.new is None):
            continue
        found = _missing_level(story, prose, ordered, c)
        if found is not None:
            whole.add(id(rate))
            yield found
    yield from _sizes_told_alone(story, prose, ordered, starts, changes, whole)


def _candidates(ordered: list[Quantity], like: Quantity, prose: str, skip: Quantity) -> list[Quantity]:
    """Every figure of the story that could be the other level of `like`: same kind and unit, a plain value."""
    kind, unit = like.kind, like.unit
    return [q for q in ordered if q.kind == kind and (kind == "number" or q.unit == unit) and q is not like
            and q is not skip and claims.is_plain(q) and q.value > 0]   # (an age among them only makes us quieter)


def _fits(rate: Quantity, old: float, new: float, direction: int) -> bool:
    """Could the stated size be the move from `old` to `new`? Generously: a reading that nearly fits is one the
    writer may have meant, and a doubt keeps us silent."""
    if old <= 0 or (direction and (new - old) * direction < 0):
        return False
    size = abs(new - old) / old * 100
    slack = claims.precision_of(rate) + 0.1 * abs(rate.value) + 0.3
    return abs(size - abs(rate.value)) <= slack


def _missing_level(story: Story, prose: str, ordered: list[Quantity], c) -> object | None:
    rate, known = c.rate, c.old if c.old is not None else c.new
    if not claims.is_plain(known) or known.value <= 0 or known.kind not in _LEVEL_KINDS:
        return None       # (levels in percent move in points as often as in percent: left to claims.py)
    candidates = _candidates(ordered, known, prose, rate)
    if c.old is not None:      # the level is missing: "A ..., up P% from B"
        if any(_fits(rate, known.value, q.value, c.direction) for q in candidates):
            return None
        level = _trailed_level(story, prose, candidates, rate, known) or _referred_level(story, prose, candidates, rate) \
            or _referred_level_with_base(story, prose, candidates, rate, known)
        return None if level is None or not _near(rate, known, level) else replace(c, new=level)
    if any(_fits(rate, q.value, known.value, c.direction) for q in candidates):
        return None
    base = _earlier_value(story, prose, candidates, rate)
    return None if base is None or not _near(rate, base, known) else replace(c, old=base)


_LEVEL_KINDS = ("money", "number", "physical")


def _near(rate: Quantity, old: Quantity, new: Quantity) -> bool:
    """A small stated move between levels of one order: a level more than twice or under half the other is not
    clearly the same thing's for a move said to be under 50%."""
    return abs(rate.value) >= 50 or 0.5 <= new.value / old.value <= 2


def _trailed_level(story: Story, prose: str, candidates: list[Quantity], rate: Quantity, base: Quantity) -> Quantity | None:
    """The one figure of the base's measure before ", up P% from B" in the rate's sentence."""
    if not (rate.end <= base.start and _FROM_AFTER.match(prose, rate.end)) \
            or not _TRAILING_CHANGE.search(prose, max(0, rate.start - 30), rate.start):
        return None
    s_start, _ = story.doc.sentence_at(rate.start)
    before = [q for q in candidates if s_start <= q.start and q.end <= rate.start]
    return before[-1] if len(before) == 1 and not claims.is_age(before[-1], prose) else None


def _referred_level(story: Story, prose: str, candidates: list[Quantity], rate: Quantity) -> Quantity | None:
    """ "... approving spending of €421.6m. The figure is 3.7% higher than the €397.9m ...": a sentence opening on a
    definite subject that names the sentence before's one figure of the base's measure, then the move."""
    s_start, _ = story.doc.sentence_at(rate.start)
    if s_start == 0 or not _REFERRING_SUBJECT.match(prose[s_start:rate.start]):
        return None
    b_start, _ = story.doc.sentence_at(s_start - 1)
    before = [q for q in candidates if b_start <= q.start and q.end <= s_start]
    return before[0] if len(before) == 1 and not claims.is_age(before[0], prose) else None


# "The figure is", "The spending plan is up", "It was", "This represents an increase of": the subject is the thing
# the sentence before gave a figure for, and the verb says the move at once
_REFERRING_SUBJECT = regex.compile(
    rf"\A(?:(?:The|This|That)\s+(?:[\p{{L}}-]+\s+)?[\p{{L}}-]+|It|This|That)\s+(?:is|was|represents|marks|will\s+be|would\s+be)\s+"
    rf"(?:up\s+|down\s+|an?\s+(?:[\p{{L}}-]+\s+)?(?:{claims._UP_NOUN}|{claims._DOWN_NOUN})\s+of\s+)?(?:some\s+|about\s+|nearly\s+)?\Z",
    regex.I)


# "The outlay is up from Tk 2,130 crore ...", "Arrivals were up from 208,253 in January 2024": a sentence opening on a
# subject named before (a definite noun, a pronoun, or a bare plural) whose verb says the move from its base at once
_REFERRING_SUBJECT_BASE = regex.compile(
    r"\A(?:(?:The|This|That|Its|Their)\s+(?:[\p{L}-]+\s+)?(?P<noun>[\p{L}-]+)|(?P<pronoun>It|This|That|They)|(?P<noun>\p{Lu}\p{Ll}+s))\s+"
    r"(?:is|was|are|were|has\s+been|have\s+been)\s+(?:up|down)\s+(?:by\s+[^\s\d]{0,4}\d[^\s]*\s+)?from\s+"
    r"(?:about\s+|some\s+|nearly\s+|around\s+)?\Z", regex.I)
# between the base and its size: the base's time, then the move named ("in January 2024, an increase of")
_BASE_THEN_SIZE = regex.compile(r"\A(?:[^\d.;:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?(?:,|\s[-–—])\s*an?\s+(?:[\p{L}-]+\s+)?[\p{L}]+\s+of\s+(?:some\s+|about\s+|nearly\s+)?\Z",
                                regex.I)
# a figure said as an aim or a forecast is not the thing's level
_AIM_BEFORE = regex.compile(r"(?<![\p{L}])(?:target|goal|aim|forecast|projection|estimate|ambition|plan)s?\s+(?:of|for)\s+"
                            r"(?:about\s+|some\s+|nearly\s+|around\s+)?\Z", regex.I)
_LOOK_BACK = 3      # sentences


def _referred_level_with_base(story: Story, prose: str, candidates: list[Quantity], rate: Quantity,
                              base: Quantity) -> Quantity | None:
    """ "... announced a Tk 2,520 crore budget. ... The outlay is up from Tk 2,130 crore in the current year, an
    increase of 22.3%": the subject points back at a thing the story sized a sentence or two before; its level is
    the last figure of the base's measure said there, of the base's order and not an aim ("its target of 3 million
    arrivals")."""
    s_start, _ = story.doc.sentence_at(rate.start)
    subject = _REFERRING_SUBJECT_BASE.match(prose[s_start:base.start]) if s_start < base.start else None
    if s_start == 0 or subject is None or not (base.start < rate.start) \
            or not _BASE_THEN_SIZE.match(prose[base.end:rate.start]):
        return None
    starts = story.doc.sentence_starts()
    k = bisect.bisect_right(starts, s_start) - 1
    lo = starts[max(0, k - _LOOK_BACK)]
    before = [q for q in candidates if lo <= q.start and q.end <= s_start]
    if not before:
        return None
    # the nearest sentence with a figure of the measure holds the level; figures there of another order or named as
    # an aim are other things
    near = story.doc.sentence_at(before[-1].start)[0]
    said = [q for q in before if q.start >= near and _near(rate, base, q) and not claims.is_age(q, prose)
            and not _AIM_BEFORE.search(prose, max(0, q.start - 30), q.start)]
    return said[0] if len(said) == 1 and _counts_the_subject(subject, said[0], prose) else None


# a subject that refers back to whatever figure was given, not to a thing: "It is up from", "The figure was up from"
_FIGURE_NOUNS = frozenset("figure total number tally count sum amount level".split())
# the words that name a figure's thing: after it ("1.2 million room nights", "Tk 2,520 crore ($289 million)
# budget"), or before it ("a budget of Tk 2,520 crore")
_WORDS_AFTER_LEVEL = regex.compile(r"(?:\s*\([^()]{0,40}\))?(?P<words>(?:\s+[\p{L}-]+){1,3})")
_NOUN_OF_BEFORE = regex.compile(r"(?P<noun>[\p{L}-]+)\s+of\s+(?:about\s+|some\s+|nearly\s+|around\s+)?\Z")
_DONE_AFTER = regex.compile(r"(?:\s+[\p{L}-]+){0,3}?\s+(?:were|was|had\s+been|have\s+been)\s+(?P<verb>\p{L}+ed)(?![\p{L}])")
_STOP = frozenset("of for in at to from on by with and or but was were is are had has have that which who as "
                  "this last a an the its their".split())


def _counts_the_subject(subject, level: Quantity, prose: str) -> bool:
    """ "Hotels sold 1.2 million room nights. Arrivals were up from ...": the figure before counts another thing
    than the subject, so it is not the subject's level. It is when the subject points back by a pronoun or "the
    figure", or names the thing the figure counts (same noun, or one counting the same: arrivals and visitors)."""
    if subject.group("pronoun") or subject.group("noun").lower() in _FIGURE_NOUNS:
        return True
    own = _thing(subject.group("noun"))
    named = []
    after = _WORDS_AFTER_LEVEL.match(prose, level.end)
    if after:
        for w in after.group("words").split():
            if w.lower() in _STOP:
                break
            named.append(w)
    # "32,695 new homes were completed ... Completions were up from": the subject names the verb said of the figure
    done = _DONE_AFTER.match(prose, level.end)
    if done and own[:5] == done.group("verb").lower()[:5]:
        return True
    before = _NOUN_OF_BEFORE.search(prose, max(0, level.start - 40), level.start)
    if before:
        named.append(before.group("noun"))
    return any(_thing(w) == own for w in named)


def _thing(word: str) -> str:
    return claims.counted_family(claims.noun_stem(word))


def _earlier_value(story: Story, prose: str, candidates: list[Quantity], rate: Quantity) -> Quantity | None:
    """The one candidate marked as the thing's earlier value, said of another day than the move."""
    s_start, s_end = story.doc.sentence_at(rate.start)
    day = _WEEKDAY.search(prose, s_start, s_end)
    if _BASE_NAMED_AFTER.match(prose, rate.end, s_end):
        return None
    words = set(claims._LETTER_RUN.findall(prose[s_start:s_end].lower()))
    marked = []
    for q in candidates:
        if s_start <= q.start < s_end:
            continue       # a figure of the move's own sentence is that sentence's to read
        before = _EARLIER_BEFORE.search(prose, max(0, q.start - 50), q.start)
        if before is None:
            # "... had closed at 2,695.95 on Thursday": the verb of the level, then another day than the move's
            verb = _LEVEL_VERB_BEFORE.search(prose, max(0, q.start - 30), q.start)
            after = _DAY_AFTER.match(prose, q.end)
            if verb and after and day and after.group(1) != day.group(1) \
                    and any(w.startswith(verb.group("stem")[:4]) for w in words):
                marked.append(q)
            continue
        noun = before.group("noun").lower().split()
        if not _NOT_LAST_VALUE.isdisjoint(noun) or not any(w in words or w + "d" in words or w + "s" in words for w in noun):
            continue       # not the thing's earlier value, or of another thing than the move's
        said = _WEEKDAY.search(before.group())
        if said and day and said.group(1) == day.group(1):
            continue       # "Friday's close of": the move's own day, not its base
        marked.append(q)
    return marked[0] if len(marked) == 1 and not claims.is_age(marked[0], prose) else None


def _sizes_told_alone(story: Story, prose: str, ordered: list[Quantity], starts: list[int], changes: list,
                      whole: set[int]) -> Iterator:
    """ "a fall of 5.3% over the year" with no level in its sentence; the two levels told before."""
    used = {id(x) for c in changes for x in (c.rate, c.old, c.new, c.delta) if x is not None}
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for rate in ordered:
        if rate.kind != "percent" or rate.unit != "percent" or id(rate) in used or id(rate) in whole \
                or not claims.is_single(rate) or claims.is_fraction_rate(rate):
            continue
        if "of" not in prose[max(0, rate.start - 14):rate.start]:
            continue        # every size referred back is "... <noun> of P%" (see _REFERRED): a cheap first test
        lead = max(0, rate.start - 40)
        said = claims._NOUN_BEFORE.search(prose, lead, rate.start) or claims._VERB_BEFORE.search(prose, lead, rate.start)
        if said is None or _ALONE_AFTER.match(prose, rate.end) or not _REFERRED.search(prose, max(0, rate.start - 80), rate.start):
            continue        # no noun or verb of change before it, or a share/base of something named after it
        k = bisect.bisect_right(s_starts, rate.start) - 1
        s_start, s_end = sentences[k]
        here = [q for q in ordered if s_start <= q.start < s_end and q is not rate and q.kind in ("money", "number")
                and claims.is_plain(q) and not claims.is_age(q, prose)]
        if here:
            continue        # a level in its own sentence: the change is that sentence's to read
        direction = claims._direction(said.group("verb"))
        found = _told_levels(prose, ordered, sentences, s_starts, rate, k, direction)
        if found is not None:
            yield claims.Change(trigger=Span(said.start("verb"), said.end("verb")), direction=direction,
                                old=found[0], new=found[1], rate=rate)


def _told_levels(prose: str, ordered: list[Quantity], sentences, s_starts, rate: Quantity, k: int,
                 direction: int) -> tuple[Quantity, Quantity] | None:
    levels = [q for q in ordered if q.end <= sentences[k][0] and q.kind in ("money", "number") and claims.is_plain(q)
              and q.value > 0 and not claims.is_age(q, prose)]
    clear = []
    for i, b in enumerate(levels):
        kb = bisect.bisect_right(s_starts, b.start) - 1
        later = _LATER_LEAD.match(prose, sentences[kb][0], b.start)
        for a in levels[:i]:
            if not claims.same_measure(a, b):
                continue
            if _fits(rate, a.value, b.value, direction) or _fits(rate, b.value, a.value, direction):
                return None        # some pair of the story's figures makes the size come out
            ka = bisect.bisect_right(s_starts, a.start) - 1
            if later and ka == kb - 1 and direction and (b.value - a.value) * direction > 0 and _near(rate, a, b):
                clear.append((a, b))
    return clear[0] if len(clear) == 1 else None
