"""date_then_told: an age at a moment the clause does not date itself, but the story has just dated.

"For older residents, the floods recall the great rains of 1961 ... Otieno, who was 19 when those floods swept
through, said at 72 ..."; "The final, on 2 July 2010, went to extra time ... Gyan, then 24, stepped up"; in a story
marking 4 November 1922, "Carter, born in 1874, was 52 when he made the find". A sub-editor reads "then", "those
floods" and "the find" as the moment told just before, and holds the age to it: someone 19 in 1961 is about 78 in
2020, someone 24 on 2 July 2010 is 34 ten years on, and someone born in 1874 was 47 or 48 in November 1922.

The age then is read as "<Name>, then 24,", "<Name>, 24 at the time,", "the then 24-year-old <Name>" and "was 19
when <clause>". Its moment is a year the age's own sentence gives (one only), or, where the sentence gives none and
the clause points back ("then"; a demonstrative, "those floods", "that day"; an event by its definite name, "the
find", "the final"), the one date or year of the sentence before, or else the one past day the story marks on its
publication's day and month (an anniversary story). "when he joined the firm" points nowhere: the firm is no event.
The age then is held to an age of the same person we can tie to it surely: a birth apposed right before it
("Carter, born in 1874, was 52 when"), an age now in the main clause of the same sentence ("Otieno, who was 19 when
..., said at 72"), or the one age now ("Gyan, now 38", "Gyan, 38,") the story gives the same name after it.
date_then asks `moment_told_before` too, for "Karim, 60, who was 17 when those storms hit".
"""
from __future__ import annotations

import datetime as dt

import regex

from ..model import Quantity, Span
from . import date_things
from .base import Hit, Story

# "Gyan, then 24,", "Adiyiah, then aged 19,", "Gyan, 24 at the time,", "Gyan, who was 24 at the time,", "the then
# 24-year-old Asamoah Gyan": an age then given a name
_THEN_APPOSED = regex.compile(
    r"(?<=(?P<name>\p{Lu}[\p{L}'’.-]+)),\s+(?:then\s+(?:aged\s+)?(?P<then>\d{1,2})"
    r"|(?:who\s+was\s+)?(?P<then2>\d{1,2})\s+at\s+the\s+time),(?!\d)"
    r"|(?<![\p{L}])then[\s-]+(?P<then3>\d{1,2})-year-old\s+(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}(?P<name2>\p{Lu}[\p{L}'’.-]+)"
    r"(?![\p{L}'’.-]|\s+\p{Lu})")
# "was 19 when those floods swept through", "was just 52 when he made the find": the clause up to its end
_WAS_WHEN = regex.compile(r"(?<![\p{L}])was\s+(?:aged\s+|only\s+|just\s+|barely\s+)?(?P<then>\d{1,2})"
                          r"(?:\s+years\s+old)?\s+when\s+(?P<clause>[^,.;:!?()\"“”—–\n]{3,120})")
# a clause that points back to a moment told before: "those floods", "that day", "the find", "the first train"
_POINTS_BACK = regex.compile(
    r"(?<![\p{L}])(?:(?:that|those|these)\s+(?!(?:was|were|is|are|had|has|he|she|it|they|I|we|you|his|her|their|"
    r"its|the|a|an|this|there|my|our)(?![\p{L}]))\p{L}{3,}"
    r"|the\s+(?:find|discovery|attack|attacks|bombing|blast|explosion|crash|disaster|floods?|earthquake|quake|"
    r"tsunami|cyclone|hurricane|storm|fire|massacre|coup|uprising|riot|riots|landing|sinking|collapse|final|match|"
    r"game|penalty|miss|goal|victory|win|defeat|first|inaugural|maiden|opening|handover|launch|rescue|raid|"
    r"eruption|derailment|hijacking|shooting|siege|invasion|liberation|race|fight|bout|climb|ascent|dive|flight|"
    r"voyage|expedition)(?![\p{L}]))",
    regex.I)
# the age now beside a "who was 19 when ..." clause, in its main clause: ", said at 72 he", ", is now 72"
_NOW_IN_MAIN = regex.compile(r",\s+(?:\p{Ll}+\s+){0,2}?(?:now\s+(?:aged\s+)?(?P<now>\d{1,3})(?![\d%.,]?\d)(?!\s+(?:years?|decades?|months?)(?![\p{L}]))"
                             r"|at\s+(?P<now2>\d{2,3})(?=,?\s+(?:he|she|I|still|is|was|has|had)(?![\p{L}])))")
# "Gyan, now 38", "Gyan, 38,": a name's age now
_NOW_APPOSED = regex.compile(r"(?<=(?P<name>\p{Lu}[\p{L}'’.-]+)),\s+(?:now\s+(?:aged\s+)?)?(?P<now>\d{1,3})"
                             r"(?:,(?!\d)|\s+(?=and\s))")
# between a birth's year and the age then of the same person: "born in 1874, was 52", "born in 1874 and was 52"
_BIRTH_TO_WAS = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def ages_then_held_to_the_moment(story: Story, hit) -> list[Hit]:
    """Hits for an age at a moment the story dated before, against the same person's birth or age now."""
    published = story.doc.publication_date
    prose = story.doc.prose
    if published is None or ("then" not in prose and "when" not in prose and "at the time" not in prose):
        return []
    found = []
    for m in _WAS_WHEN.finditer(prose, story.doc.body_start):
        birth = _birth_apposed_before(story, m.start())
        moment = _moment(story, m.start(), m.group("clause"), birth.q if birth is not None else None,
                         own_from=m.start("clause"), own_to=m.end("clause"))
        if moment is None:
            continue
        then = int(m.group("then"))
        if birth is not None:
            found += _against_birth(story, hit, m, then, moment, birth)
            continue
        now = _NOW_IN_MAIN.match(prose, m.end("clause"))
        if now is not None and _who_clause_of_a_name(prose, m.start()):
            group = "now" if now.group("now") else "now2"
            span = Span(now.start(group), now.end(group))
            found += _against_now(story, hit, then, moment, int(now.group(group)), span)
    for m in _THEN_APPOSED.finditer(prose, story.doc.body_start):
        name = m.group("name") or m.group("name2")
        then = int(m.group("then") or m.group("then2") or m.group("then3"))
        moment = _moment(story, m.start(), "then", own_from=m.start())
        # the one age now the story gives that name, after the age then ("Gyan, now 38 and playing for ...")
        name_at = m.start("name") if m.group("name") else m.start("name2")
        nows = [n for n in _NOW_APPOSED.finditer(prose, story.doc.body_start) if n.group("name") == name
                and _same_first_name(prose, name_at, n.start("name"))]
        if moment is None or len(nows) != 1 or nows[0].start() < m.start():
            continue
        n = nows[0]
        told = regex.match(r",\s+(now\s+)?", prose[n.start():])
        span = Span(n.start() + told.start(1) if told.group(1) else n.start("now"), n.end("now"))    # "now 38", "38"
        found += _against_now(story, hit, then, moment, int(n.group("now")), span)
    return found


# a relative clause between the age then and a year: the year is its verb's ("Gyan, then 24, who had joined Rennes
# in 2008, stepped up")
_RELATIVE = regex.compile(r"(?<![\p{L}])(?:who|whom|whose|which)(?![\p{L}])", regex.I)


def _moment(story: Story, at: int, clause: str, birth: Quantity | None = None, own_from: int = 0,
            own_to: int | None = None) -> tuple[dt.date, bool] | None:
    """When the age then was: (the date, whether its day is known). `birth` is the year of a birth in the
    sentence, which is no moment of the age. A year of the sentence is the moment only between `own_from` and
    `own_to` (the "when" clause: not "was 52 when he made the find, ten years after he began digging in 1912"),
    with no relative clause between."""
    s0, s1 = story.doc.sentence_at(at)
    own = _years(story, s0, s1, birth)
    if own is None:
        return None         # two years in the sentence: which is the moment we cannot tell
    if own:
        q = own[0]
        if not own_from <= q.start < (own_to if own_to is not None else s1) or _RELATIVE.search(
                story.doc.prose, own_from, q.start):
            return None     # another verb's year
        return _when(q)
    return moment_told_before(story, s0, clause)


def moment_told_before(story: Story, s0: int, clause: str) -> tuple[dt.date, bool] | None:
    """The moment a clause that dates nothing itself points back to ("then", "those floods", "the find"): the one
    date or year of the sentence before the one at `s0` in its paragraph, or else the one past day an anniversary
    story marks. (A new paragraph may turn to another time: "Its operator said it took in a record last year." ...
    "Vinicius, 31, who watched the match as a 21-year-old" is 21 on the day the story marks.)"""
    before = story.doc.sentence_before(s0)
    if before is not None and before[0] < story.doc.paragraph_at(s0)[0]:
        before = None
    told = _years(story, *before) if before is not None else []
    if told is None:
        return None
    if told and not _WRITTEN_YEAR.search(told[0].text):
        told = []           # "last year", "in May": a year reckoned from now, not the moment of a story told
    pointer = _POINTS_BACK.search(clause)
    if told and pointer and not _names_it(pointer.group(), story.doc.prose[before[0]:before[1]]):
        told = []           # "The stadium was rebuilt in 1995. ... who was 12 when she first saw the final": the
        #                     final is not what the sentence before dated
    if not told:
        told = _marked_day(story)
    if not told or not (clause == "then" or pointer):
        return None         # "was 17 when he joined the army": a moment of its own the story does not date
    return _when(told[0])


def _names_it(pointer: str, sentence: str) -> bool:
    """Does the sentence before name what the clause points back to: "those floods" after "floods swept ... in
    1961", "the find" after "found the tomb in 1922"? A demonstrative points back by itself ("that day")."""
    words = pointer.split()
    if words[0].lower() in ("that", "those", "these"):
        return True
    stem = words[-1].lower()[:3]
    return regex.search(rf"(?<![\p{{L}}]){regex.escape(stem)}", sentence, regex.I) is not None


_WRITTEN_YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")


def _when(q: Quantity) -> tuple[dt.date, bool]:
    return (q.date, True) if _day(q) else (dt.date(date_things.year_of(q)[0], 7, 1), False)


def _years(story: Story, s0: int, s1: int, besides: Quantity | None = None) -> list[Quantity] | None:
    """The one year or dated day written between s0 and s1 ([] for none; None for more than one, or a decade)."""
    prose = story.doc.prose
    published = story.doc.publication_date
    told = [q for q in story.quantities if s0 <= q.start < s1 and date_things.year_of(q) and q is not besides]
    if len(told) > 1 or any(prose[q.end:q.end + 1] == "s" for q in told):
        return None
    if told and date_things.year_of(told[0])[0] >= published.year:
        return None         # this year's or a later one: not a moment long past
    return told


def _day(q: Quantity) -> bool:
    return q.kind == "date" and q.resolution == "day" and q.date is not None


def _marked_day(story: Story) -> list[Quantity]:
    """The one past day the story gives on its publication's day and month: the day an anniversary story marks."""
    published = story.doc.publication_date
    marked = [q for q in story.quantities if _day(q) and q.year_given
              and (q.date.month, q.date.day) == (published.month, published.day) and q.date.year < published.year]
    return marked[:1] if len({q.date for q in marked}) == 1 else []


def _birth_apposed_before(story: Story, at: int):
    """The birth apposed right before "was N when": "Carter, born in 1874, was 52 when"; "Born in 1874, Carter was
    52 when" (the sentence opens with the birth and its subject follows)."""
    from . import date      # (imported here: date imports this module)
    prose = story.doc.prose
    for birth in date._births(story):
        if birth.approx or birth.who.kind == "other" or birth.sentence != story.doc.sentence_at(at):
            continue
        if _BIRTH_TO_WAS.fullmatch(prose, birth.q.end, at):
            return birth
        if regex.fullmatch(r"[\s\"“]*", prose[birth.sentence[0]:birth.start]) and regex.fullmatch(
                r",\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}", prose[birth.q.end:at]):
            return birth
    return None


_FIRST_NAME_BEFORE = regex.compile(r"(?P<first>\p{Lu}[\p{L}'’.-]+)\s+\Z")


def _same_first_name(prose: str, a: int, b: int) -> bool:
    """"Asamoah Gyan, then 24," and "Baffour Gyan, 30," are two people: where both give a first name, it must agree."""
    first = [_FIRST_NAME_BEFORE.search(prose, max(0, at - 30), at) for at in (a, b)]
    return None in first or first[0].group("first") == first[1].group("first")


def _who_clause_of_a_name(prose: str, at: int) -> bool:
    """ "Otieno, who was 19 when": the clause is a named person's, so its main clause's age is theirs."""
    return regex.search(r"\p{Lu}[\p{L}'’.-]+,\s+who\s+\Z", prose[max(0, at - 60):at]) is not None


def _against_birth(story: Story, hit, m: regex.Match, then: int, moment: tuple[dt.date, bool], birth) -> list[Hit]:
    when, exact = moment
    if when.year <= birth.year:
        return []
    if birth.month is not None and birth.day is not None and exact:
        possible = {when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))}
    else:
        possible = {when.year - birth.year - 1, when.year - birth.year}
    if then in possible:
        return []
    computed = " or ".join(str(a) for a in sorted(possible))
    at = f"on {when.day} {when:%B} {when.year}" if exact else f"in {when.year}"
    span = Span(m.start("then"), m.end("then"))
    return [hit(span, m.group("then"), computed, None,
                {"born": birth.year, "then": when.isoformat(), "stated_age": then, "possible_ages": sorted(possible)},
                f"someone born in {birth.year} was {computed} {at}, not {then}", related=(birth.q.span,))]


def _against_now(story: Story, hit, then: int, moment: tuple[dt.date, bool], now: int, span: Span) -> list[Hit]:
    published = story.doc.publication_date
    when, exact = moment
    if not 0 < then < now <= 120:
        return []
    if exact:       # whole years since the day: a birthday in between or not
        years = published.year - when.year - ((published.month, published.day) < (when.month, when.day))
        possible = {then + years, then + years + 1}
    else:           # any day of the year
        years = published.year - when.year
        possible = {then + years - 1, then + years, then + years + 1}
    if now in possible:
        return []
    computed = " or ".join(str(a) for a in sorted(possible))
    at = f"on {when.day} {when:%B} {when.year}" if exact else f"in {when.year}"
    return [hit(span, story.doc.prose[span.start:span.end], computed, None,
                {"age_then": then, "then": when.isoformat(), "published": published.isoformat(), "stated_age": now,
                 "possible_ages": sorted(possible)},
                f"someone {then} {at} would be {computed} on {published.isoformat()}, not {now}")]
