"""A fall that ends far above where it began, or a rise far below: one of the two figures is a slip.

"The fertility rate fell to a record low of 7.2 from 0.78", "exports rose to $3.1bn from $31bn": the verb says
which way the level went, and the two figures say the opposite by a usual slip's factor (ten, a hundred, a
thousand: a decimal point or a scale word). No table is needed: the sentence rules itself out. The level the
change ends at is reported (in newsroom copy the new figure is the one retyped; the one it started from is
usually the last report's).

Read only where the two figures are of one kind (two counts, two shares, two sums in one currency, two
measures in one unit), both written with a scale word or neither ("fell to 4.5 million from 4.9" leaves the
scale unsaid on the second), and the start is no year ("rose to 310 from 2019"). A gap that is no usual slip
(fell to 40 from 12) is left alone: it may be a misread verb or another measure.

Two kinds of figure go the other way, and are left alone: a currency or exchange rate quoted per dollar ("the
pound slid to 1,000 from 100": a weaker currency takes more of it to buy a dollar) and a rank, place or position
("slipped to 20th from 2nd", "fell to 20 from 2 in the standings": a fall is a larger number).
"""
from __future__ import annotations

import regex

from .. import slips
from ..model import Quantity, Span
from .base import Hit, Rule, Story

_DOWN = (r"fell|fallen|falls|dropped|drops|declined|declines|decreased|slipped|slid|eased|dipped|sank|sunk|"
         r"plunged|plummeted|tumbled|slumped|shrank|shrunk|contracted|narrowed|went\s+down|came\s+down")
_UP = (r"rose|risen|rises|climbed|climbs|increased|increases|grew|grown|jumped|surged|soared|swelled|widened|"
       r"expanded|went\s+up|edged\s+up|picked\s+up")
# What may stand between the verb and "to": "fell 4.6% in 2023 to", "dropped further to", "fell by 12,000 to"
# "shrank over the winter to" (a few words of when or how, none that opens another clause)
_BETWEEN_VERB_AND_TO = (r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|points?)?|"
                        r"\s+(?!(?:and|but|or|which|that|while|from|to|as|after|before|when)\b)[\p{L}]+){0,5}?")
# Words about the level between "to" and its figure: "to a record low of", "to an all-time high of", "to just"
_LEVEL_WORDS = (r"(?:\s+(?:a|an)(?:\s+(?!of\b)[\p{L}-]+){0,3}?\s+of)?"
                r"(?:\s+(?:just|only|about|around|nearly|almost|roughly|some|an\s+estimated))?\s*")
# "fell to X ... from Y": the verb, then "to", the level (found at the end of this), the start after "from" later
_TO_THEN_FROM = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{_DOWN}|{_UP}){_BETWEEN_VERB_AND_TO}\s+to{_LEVEL_WORDS}\Z",
                              regex.I)
# "fell from Y to X": the start first
_FROM_THEN_TO = regex.compile(rf"(?<![\p{{L}}])(?P<verb>{_DOWN}|{_UP}){_BETWEEN_VERB_AND_TO}\s+from"
                              r"(?:\s+(?:about|around|nearly|almost|roughly|some|close\s+to|an\s+estimated))?\s*\Z",
                              regex.I)
_DOWN_VERB = regex.compile(rf"\A(?:{_DOWN})\Z", regex.I)
# Between the level and "from": a year or a span ("in 2023", "last year"), an attribution, never a new verb or
# clause ("... to 7.2 in 2023 from 0.78 the year before")
_WHEN = (r"in|during|for|over|at|on|last|this|the|(?:19|20)\d\d|year|month|quarter|week|season|fiscal|financial|"
         r"January|February|March|April|May|June|July|August|September|October|November|December|,")
# (the first figure's counted noun may come first: "to 9,400 buses from 940"; the other figure must then have the same
# noun or none)
_NOUN = rf"(?P<noun>\s+(?!(?:{_WHEN}|from|to)\b)[\p{{L}}]+)?"
_TO_FROM_GAP = regex.compile(rf"\A{_NOUN}(?:(?:\s+|\s*,\s*)(?:{_WHEN})\b)*\s+from"
                             r"(?:\s+(?:about|around|nearly|almost|roughly|some|an\s+estimated|a\s+revised))?\s*\Z",
                             regex.I)
_FROM_TO_GAP = regex.compile(rf"\A{_NOUN}(?:(?:\s+|\s*,\s*)(?:{_WHEN})\b)*"
                             rf"\s+to{_LEVEL_WORDS}\Z", regex.I)
_SCALE_WORD = regex.compile(r"(?:\d\s*(?:k|m|bn|b|tn|mn|cr)\b|\b(?:thousand|million|billion|trillion|crore|lakh|lakhs)\b)",
                            regex.I)
# What is quoted the other way round: a currency against the dollar, a rank or a place in a table
_INVERTED = regex.compile(
    r"(?i)(?<![\p{L}])(?:currenc(?:y|ies)|pounds?|lira|liras|rupees?|naira|dollars?|pesos?|roubles?|rubles?|"
    r"rand|yuan|renminbi|euros?|francs?|shillings?|cedis?|kwacha|taka|riyals?|rials?|dinars?|dirhams?|ringgit|"
    r"baht|rupiah|hryvnias?|forints?|zloty|kron[ae]|kyat|kip|leone|exchange|greenback|(?:official|parallel|"
    r"black[\s-]market|street|interbank)\s+(?:market\s+)?rate|"
    r"ranks?|rank(?:ed|ing|ings)|positions?|places?|seeds?|seeded|seeding|standings|table|league|ladder|charts?|"
    r"spots?|ordinal|No\.)(?![\p{L}])")
_CLAUSE_BREAK = regex.compile(r"[,;:(—–]|\s-\s")
# A usual slip's factor (a decimal point, a scale word), within this much
POWERS = (10.0, 100.0, 1000.0)
TOLERANCE = 1.3


def direction_slips(rule: Rule, story: Story):
    """Each level whose verb's direction its start contradicts by a slip's factor."""
    prose = story.doc.prose
    # (a year between the two ends is a span, not a figure: "fell to 7.2 in 2023 from 0.78")
    figures = [q for q in story.quantities
               if q.value and q.kind in ("number", "percent", "money", "physical") and not _year(q)]
    for a, b in zip(figures, figures[1:]):
        # the numbers first: a pair of one measure a slip's factor apart is rare, the sentence patterns cost more
        if a.value <= 0 or b.value <= 0 or (_slip(a.value / b.value) is None and _slip(b.value / a.value) is None) \
                or not _same_measure(a, b):
            continue
        found = _pair(prose, a, b)
        if found is None:
            continue
        verb, level, start = found
        if not _same_measure(level, start) or _quoted_the_other_way(story, a, b):
            continue
        down = bool(_DOWN_VERB.match(regex.sub(r"\s+", " ", verb.strip())))
        ratio = level.value / start.value if down else start.value / level.value
        factor = _slip(ratio)
        if factor is None:
            continue
        yield _hit(story, level, start, down, factor)


def _pair(prose: str, a: Quantity, b: Quantity) -> tuple[str, Quantity, Quantity] | None:
    """(verb, level, start) where `a` and `b` are a change's two ends in one clause, else None."""
    left = prose[max(0, a.start - 120):a.start]
    between = prose[a.end:b.start]
    if len(between) > 60:
        return None
    to = _TO_THEN_FROM.search(left)
    gap = _TO_FROM_GAP.match(between) if to is not None else None
    if gap is not None and _same_noun(prose, gap, b, required=False):
        return to.group("verb"), a, b
    frm = _FROM_THEN_TO.search(left)
    gap = _FROM_TO_GAP.match(between) if frm is not None else None
    if gap is not None and _same_noun(prose, gap, b, required=False):
        return frm.group("verb"), b, a
    return None


def _quoted_the_other_way(story: Story, a: Quantity, b: Quantity) -> bool:
    """The subject before the change, or the words just after it, name a currency or a rank ("the pound slid to",
    "... in the standings"): a fall there is a larger number."""
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(a.start)
    # after the change, only its own clause ("... in the standings"), not the next ("..., extending its position")
    clause = _CLAUSE_BREAK.search(prose, b.end, min(s1, b.end + 40))
    return bool(_INVERTED.search(prose, s0, a.start)
                or _INVERTED.search(prose, b.end, clause.start() if clause else min(s1, b.end + 40)))


def _same_noun(prose: str, gap: regex.Match, b: Quantity, required: bool) -> bool:
    """The second figure counts what the first does: the same noun after it, or none at all."""
    noun = (gap.group("noun") or "").strip().lower()
    if not noun:
        return True
    after = regex.match(r"\s+([\p{L}]+)", prose[b.end:b.end + 40])
    word = after.group(1).lower() if after else ""
    return word == noun or (not required and (not word or regex.fullmatch(_WHEN, word, regex.I) is not None
                                              or word in ("a", "an", "and", "the")))


def _same_measure(level: Quantity, start: Quantity) -> bool:
    """Two figures of one kind and unit, both with a scale word or neither."""
    if level.kind != start.kind or (level.unit or "") != (start.unit or "") or level.alternatives or start.alternatives:
        return False
    if bool(_SCALE_WORD.search(level.text)) != bool(_SCALE_WORD.search(start.text)):
        return False
    return level.value > 0 and start.value > 0


def _year(q: Quantity) -> bool:
    return q.kind == "number" and q.value == int(q.value) and 1900 <= q.value <= 2100 \
        and bool(regex.fullmatch(r"\d{4}", q.text.strip()))


def _slip(ratio: float) -> float | None:
    """The slip's factor (10, 100, 1,000) a ratio is within TOLERANCE of, else None."""
    for power in POWERS:
        if power / TOLERANCE <= ratio <= power * TOLERANCE:
            return power
    return None


def _hit(story: Story, level: Quantity, start: Quantity, down: bool, factor: float) -> Hit:
    way, side = ("fell", "above") if down else ("rose", "below")
    scaled = level.value / factor if down else level.value * factor
    detail = (f"{level.text} cannot be where a figure that {way} from {start.text} ended: it is about "
              f"{slips.number(factor)} times {side} its start, the opposite way")
    advice = (f"A decimal point or a scale word may have slipped: perhaps {slips.number(scaled, 6)}"
              if scaled else "Check both figures")
    return Hit(span=Span(level.start, level.end), fields={
        "figure": level.text, "detail": detail, "reference": f"the start it {way} from, {start.text}",
        "advice": advice, "suggestion": slips.number(scaled, 6), "slip": "magnitude",
        "subject": "the level after the change", "countries": story.doc.country or "",
    }, evidence={"subject": "direction", "figure": level.value, "start": start.value, "factor": factor},
        suggestion=slips.number(scaled, 6), related=(Span(start.start, start.end),))
