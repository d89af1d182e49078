"""Neighbouring figures that make one range: "$3-4bn", "10-15%", "between 3 and 4 days".

The second figure's unit and scale apply to the first when the first has none of
its own ("$3-4bn" is $3bn to $4bn). "rose from 3 to 4 per cent" is a change, not a
range, and stays two figures for the arithmetic checks.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from ..model import Quantity
from . import numbers
from .numbers import SCALE_WORD_RE

# Words that say a figure changed, shared with claims.py (which also needs the direction):
# "rose from 3 to 4 per cent" is a change, not a range.
CHANGE_UP = (r"rose|rise|rises|risen|rising|increased|increases|increase|increasing|grew|grow|grown|growing|"
    r"climbed|climbing|jumped|jumping|surged|surging|soared|soaring|gained|gaining|gains|added|adding|"
    r"up|advanced|advancing|rallied|rallying|expanded|widened|improved|raised|boosted|higher")
CHANGE_DOWN = (r"fell|fall|falls|fallen|falling|dropped|dropping|drop|declined|declining|decline|decreased|"
    r"decreasing|decrease|slid|sliding|slipped|slipping|shed|shedding|lost|losing|down|plunged|"
    r"plunging|tumbled|tumbling|eased|easing|dipped|dipping|sank|sinking|shrank|shrinking|contracted|"
    r"narrowed|cut|reduced|lower")
_CHANGE_ONLY = (r"accelerated|appreciated|ballooned|change|changed|climb|cuts|depreciated|doubled|downgraded|"
    r"drops|edged|gone|halved|hiked|improve|improving|jump|leaped|leapt|lowered|move|moved|raise|"
    r"raising|rebounded|recovered|reduce|reducing|revised|shifted|shot|slowed|slumped|spiked|"
    r"strengthened|surge|swelled|tripled|upgraded|weakened|went|worsened")
_CHANGE_BEFORE = regex.compile(rf"\b(?:{CHANGE_UP}|{CHANGE_DOWN}|{_CHANGE_ONLY})\b", regex.I)
# a change verb right before the first figure: "rose $8.30 to", "gained 1,240 points to"
_MOVED_BY = regex.compile(rf"(?<![\p{{L}}])(?:{CHANGE_UP}|{CHANGE_DOWN}|{_CHANGE_ONLY})\s+(?:by\s+)?"
                          r"(?:about|around|some|nearly|almost|roughly|more\s+than|over|another|a\s+further)?\s*\Z", regex.I)
# a move and its size, then when it happened, then a comma and its two ends: "rose 12% in the twelve months to
# March, from ...", "fell by a third in the year to September, from ..." (the time may hold digits; no clause ends)
_MOVE_SAID_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{CHANGE_UP}|{CHANGE_DOWN}|{_CHANGE_ONLY})\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
    r"roughly\s+|more\s+than\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)|(?:a|one|two|three)[\s-]+(?:half|thirds?|quarters?|"
    r"fifths?|tenths?)|half)(?![\p{L}])[^.;:!?()\d%]{0,80}?(?:(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)[^.;:!?()\d%]{0,20}?)?,\s*\Z", regex.I)
_BY_BEFORE = regex.compile(r"\bby\s+(?:[\p{Sc}A-Za-z.$]{1,4}\s?)?\Z", regex.I)
_YEAR_SAID = regex.compile(r"(?<![\p{L}])(?:in|of|since|during)\s+(?:1[89]|20)\d\d\Z", regex.I)
# (an em dash with a space either side opens an aside: "children under 10 — 32 percent of all")
RANGE_JOIN = regex.compile(r"(?:\s?(?:-|–|to|and)\s?|—)\Z|\s+(?:to|and)\s+\Z", regex.I)
BETWEEN_BEFORE = regex.compile(r"(?<![\p{L}])(?:between|from)\s+(?:[\p{Sc}A-Za-z.$]{1,4}\s?)?\Z", regex.I)

_AND_OR = regex.compile(r"\s+(?:and|or)\s+")
_SCALE_OF = regex.compile(rf"(?:\d)(?P<g>bn|mn|mln|bln|tn|trn|cr|k|K|m|M|b|B|T)\b|\s(?P<w>{SCALE_WORD_RE})\b", regex.I)


def join_ranges(found: list[Quantity], prose: str, text: str) -> list[Quantity]:
    """ "$3-4bn", "10-15%", "between 3 and 4 days": the second figure's unit and scale
    apply to the first when the first has none of its own."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        if i + 1 < len(found):
            r = found[i + 1]
            joined = _range_of(q, r, prose, text)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if q.kind == "number" and q.hedge is None and r.kind in ("physical", "percent") \
                    and _AND_OR.fullmatch(prose[q.end:r.start]) \
                    and not _YEAR_SAID.search(prose, max(0, q.start - 8), q.end) \
                    and not (r.kind == "percent" and q.value is not None and r.value is not None
                             and abs(q.value) > max(100.0, 10 * abs(r.value))):
                # ("in 2023 and 41,650 tonnes": a year; "an increase of 22,900 or 23.3%": a count, then its rate)
                q = replace(q, kind=r.kind, unit=r.unit)   # "45 and 50 mg": both are milligrams
        out.append(q)
        i += 1
    return out



def _is_year(q: Quantity) -> bool:
    t = q.text.strip()
    return len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100


def _range_of(q: Quantity, r: Quantity, prose: str, text: str) -> Quantity | None:
    gap = prose[q.end:r.start]
    if len(gap) > 7 or not RANGE_JOIN.search(gap + "\0"[:0]):
        return None
    if "," in gap:
        return None   # "rose to 1,150 from 1,020, and 81% of staff are ...": a comma closes the clause, no range
    join = gap.strip().lower()
    if r.hedge is not None and join in ("-", "–", "—"):
        return None   # "a third - about 40% - of voters": a dash opens an aside with its own hedge, not a range's end
    if r.kind == "percent" and q.kind == "number" and q.value is not None and 0 < q.value < 1 \
            and not any(c.isdigit() for c in q.text):
        return None   # "a quarter - 25% - of them": a fraction in words, then the same share in figures
    if _BY_BEFORE.search(prose, max(0, q.start - 8), q.start):
        return None   # "fell by $500m to $2.2bn": a change and a level, not a range
    if r.kind != "number" and _YEAR_SAID.search(prose, max(0, q.start - 8), q.end):
        return None   # "from 3,400 tonnes in 2023 to 3,910 tonnes": a year, then the next level
    between = BETWEEN_BEFORE.search(prose, max(0, q.start - 14), q.start)
    if join == "and" and not (between and between.group().lower().startswith("between")):
        return None
    hedged = q.hedge is not None
    if hedged:
        q = replace(q, hedge=None)
    from_ = between is not None and between.group().lower().startswith("from")
    if join in ("to",) and from_ and _CHANGE_BEFORE.search(prose, max(0, between.start() - 40), between.start()):
        return None  # "rose from 3 to 4 per cent" is a change, not a range
    if join == "to" and from_ and _MOVE_SAID_BEFORE.search(prose, max(0, between.start() - 140), between.start()):
        return None  # "fell by a third in the year to September, from €21.0m to €16.8m": the move's two ends
    if join == "to" and between is None and _MOVED_BY.search(prose, max(0, q.start - 30), q.start):
        return None  # "rose $8.30 to $52.40", "fell 5,600 won to 48,400 won": the move, then the level
    plain_to = (between is None and join == "to" and q.value is not None and r.value is not None
                and q.value < r.value and not _CHANGE_BEFORE.search(prose, max(0, q.start - 40), q.start)
                and not (_is_year(q) and not _is_year(r)))   # "in the year to September 2018 to 43,108 units"
    if r.kind == "number" and q.kind == "number" and (between is not None or plain_to) and join in ("to", "and") \
            and q.hedge is None and r.hedge is None:
        start = between.start() if between is not None and not from_ else q.start
        low, high = sorted((q.value, r.value))
        return Quantity(text[start:r.end], start, r.end, "number", (low + high) / 2, None, low=low, high=high,
                        precision=max(q.precision, r.precision), approximate=True, number_span=(q.start, r.end))
    if q.kind == "money" and r.kind == "number" and join in ("-", "–", "—", "to") and _scale_of(r, text) > 1:
        # "$3-4bn": the first end takes the second's scale, the second the first's currency.
        scale = _scale_of(r, text)
        low = q.value * scale
        if low > r.value:
            return None
        return Quantity(text[q.start:r.end], q.start, r.end, "money", (low + r.value) / 2, q.unit, low=low, high=r.value,
                        precision=max(q.precision * scale, r.precision), alternatives=q.alternatives,
                        approximate=True, number_span=(q.start, r.end))
    if r.kind in ("number", "ordinal", "date", "weekday"):
        return None
    low, high = q.value, r.value
    if q.kind == "number":
        scale = _scale_of(r, text)
        low = q.value * scale if q.value * scale <= r.value or scale == 1 else q.value
        if r.kind == "money" and q.value * scale > r.value and scale != 1:
            return None
    elif q.kind == "money" and r.kind == "number":
        return None
    elif q.kind != r.kind or q.unit != r.unit:
        return None
    if low is None or high is None:
        return None
    if low > high:
        if not (from_ or between is not None):
            return None
        low, high = high, low   # "ranged from -18C to -34C"
    start = between.start() if between and between.group().lower().startswith("between") else q.start
    if q.kind == "money" and r.kind != "money":
        return None
    if hedged:
        start = min(start, q.number_span[0] if q.number_span else q.start)
    return Quantity(text[start:r.end], start, r.end, r.kind, (low + high) / 2, r.unit, low=low, high=high,
                    precision=max(q.precision, r.precision), alternatives=r.alternatives, approximate=True,
                    number_span=(q.start, r.end))



def _scale_of(r: Quantity, text: str) -> float:
    """The scale written on the second end of a range ("4bn" -> 1e9), 1 if none."""
    s, e = r.number_span or (r.start, r.end)
    surface = text[s:e]
    m = _SCALE_OF.search(surface)
    if not m:
        return 1.0
    if m.group("g"):
        return float(numbers.SUFFIXES[m.group("g")])
    return float(numbers.words_value("1 " + m.group("w")) or 1)
