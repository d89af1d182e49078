"""consistency_place: one measurement at one named spot, given again with a slipped value.

"Snow depth at the village office reached 2.4 metres on Wednesday morning" and, three paragraphs on, "With 2.1
metres of snow on the ground at the village office, ...": a weather or river story names the gauge and gives its
reading twice, the second time with no "the" or "its" to say so, because the place says it. A sub-editor sees the
same measure at the same spot and two values a keystroke apart. The signals, not a sentence frame:

* two figures of one unit of length (a depth of snow or rain, a river's level, a height), in different paragraphs,
  neither hedged nor a range;
* their typed values differ by a typing slip: two neighbouring digits swapped or one digit wrong (the
  coincidence is the evidence: a second reading at the same spot rarely lands one keystroke away);
* near each figure the copy names the same spot ("at the village office", "in the Sita river basin"; two words or
  more after "the", or a name) and the same thing measured (a word the two figures share beside them: "snow");
* the later figure's words tell no change ("has risen to", "now") and its sentence no other time than the first
  one's (another weekday, date, month or "a year earlier"); and no third value is given at that spot, which
  would make the story a series of readings;
* neither figure is a level set or to come ("the danger level ... is 6.8 metres", "a further 1.2 metres is
  forecast", "expected to peak at"), and the later sentence tells no time relative to the first ("by the evening",
  "hours later", "overnight"): a gauge story gives thresholds, forecasts and later readings beside its reading.
A second reading: gives way to any other consistency finding on the figure.
"""
from __future__ import annotations

from typing import ClassVar, Iterator, Mapping

import regex

from .. import slips
from .base import Hit, Option, Rule, Story
from .consistency_slip import _CHANGE

# units a reading at a spot is given in (depths, levels, heights); not areas, counts or money
_READING_UNITS = frozenset("millimetre centimetre metre inch foot".split())
# a spot: "at the village office", "in the upper Sita basin" (two words or more after "the"), or a name ("at Shirakawa
# station", "in Udupi"); the words end at a function word or a mark
_SPOT = regex.compile(r"(?<![\p{L}])(?:at|in|on|near)\s+(?:(?:the\s+(?P<words>[\p{L}-]+(?:\s+[\p{L}-]+){1,3}?))"
                      r"|(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))(?=\s*(?:[,.;:)]|\s(?:on|in|at|was|"
                      r"is|had|has|reached|stood|were|and|by|for|from|since|after|before|with|workers|officials)\b))")
_WORD = regex.compile(r"[\p{L}]{4,}")
_NOT_MEASURED = frozenset("""
about after before from have into more than that there this were with which while would their said says said
metre metres centimetre centimetres millimetre millimetres inch inches feet foot reached stood total morning
evening afternoon night monday tuesday wednesday thursday friday saturday sunday week weeks hours days
""".split())
# another time in a figure's sentence: a weekday, a month, a year, "yesterday", "a year earlier", "last winter"; "a
# record" measures against other years
_TIME = regex.compile(r"(?<![\p{L}\d])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                      r"january|february|march|april|may|june|july|august|september|october|november|december|"
                      r"1[89]\d\d|20\d\d|last\s+(?:year|week|month|winter|summer|season)|(?:a|one)\s+(?:year|week|"
                      r"month|day)\s+(?:earlier|ago|before)|earlier|previously|record)(?![\p{L}\d])", regex.I)
# a level set, not read ("the danger level", "warning mark"), or one to come ("forecast", "could", "will")
_NOT_A_READING = regex.compile(r"(?<![\p{L}])(?:(?:danger|warning|alert|alarm|flood|evacuation|critical|"
                               r"high-water)\s+(?:level|mark|line|threshold)|threshold|forecasts?|forecast(?:ed|ing)|"
                               r"expected|projected|predicted|likely|could|may|might|will|would|should)(?![\p{L}])",
                               regex.I)
# an amount on top of the reading: "a further 1.2 metres", "another 30cm", "1.2 metres more"
_MORE_BEFORE = regex.compile(r"(?<![\p{L}])(?:further|another|more|additional|extra)\s+(?:[\p{L}-]+\s+)?\Z", regex.I)
_MORE_AFTER = regex.compile(r"\s+(?:more|further)(?![\p{L}])", regex.I)
# a later (or earlier) reading told by a time relative to the first: "by the evening", "hours later", "overnight"
_RELATIVE_TIME = regex.compile(r"(?<![\p{L}])(?:by\s+(?:the\s+)?(?:morning|afternoon|evening|night|nightfall|noon|"
                               r"midday|midnight|dawn|dusk|then|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))|"
                               r"later|overnight|since|then|earlier|afterwards)(?![\p{L}])", regex.I)
_NEAR = 90      # characters either side of a figure where its spot and its measured thing are read


class ReadingAtOneSpot:
    name: ClassVar[str] = "consistency_place"
    category: ClassVar[str] = "consistency"
    second_reading: ClassVar[bool] = True
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[tuple[str, ...]] = ("stated", "earlier", "spot")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        doc = story.doc
        prose = doc.prose
        readings = [q for q in story.quantities if q.start >= doc.body_start and q.kind == "physical"
                    and q.unit in _READING_UNITS and q.value and not q.hedge and q.number_span
                    and (q.low is None or q.low == q.value) and (q.high is None or q.high == q.value)]
        if len(readings) < 2:
            return
        spots = {id(q): _spots(prose, doc.sentence_at(q.start), q) for q in readings}
        for j, later in enumerate(readings):
            for earlier in readings[:j]:
                if earlier.unit != later.unit or earlier.value == later.value \
                        or _paragraph(prose, earlier.start) == _paragraph(prose, later.start):
                    continue
                shared = spots[id(earlier)].keys() & spots[id(later)].keys()
                if not shared or _slip(prose, earlier, later) is None or not _one_thing(prose, earlier, later, shared) \
                        or _changed(prose, doc.sentence_at(later.start), later) \
                        or _not_a_reading(prose, doc.sentence_at(later.start), later) \
                        or _not_a_reading(prose, doc.sentence_at(earlier.start), earlier) \
                        or _RELATIVE_TIME.search(prose, *doc.sentence_at(later.start)) \
                        or _another_time(prose, doc, earlier, later) \
                        or _third_value(readings, spots, earlier, later, shared):
                    continue
                spot = spots[id(later)][sorted(shared)[0]]
                yield Hit(span=later.span, fields={"stated": later.text, "earlier": earlier.text, "spot": spot},
                          evidence={"earlier": earlier.text, "later": later.text, "spot": spot},
                          suggestion=f"Check which is right: {earlier.text} earlier, {later.text} here, both {spot}.",
                          related=(earlier.span,))
                break


def _paragraph(prose: str, pos: int) -> int:
    return prose.count("\n\n", 0, pos)


def _typed(prose: str, q) -> str:
    return prose[q.number_span[0]:q.number_span[1]]


def _slip(prose: str, a, b) -> str | None:
    """A typing slip between the two as typed: two neighbouring digits swapped, or one digit wrong."""
    return slips.written_slip(a.value, b.value, _typed(prose, a), _typed(prose, b), shortest=2)


def _spots(prose: str, sentence: tuple[int, int], q) -> dict[str, str]:
    """The spots named near a figure, in lower case, each with its words as written ("at the village office")."""
    s0, s1 = sentence
    found = {}
    for m in _SPOT.finditer(prose, max(s0, q.start - _NEAR), min(s1, q.end + _NEAR)):
        if m["name"] and m.start("name") == s0:
            continue
        written = regex.sub(r"\s+", " ", m.group())
        found[written.lower()] = written
    return found


def _one_thing(prose: str, a, b, shared: set[str]) -> bool:
    """The same thing measured beside both figures ("snow depth ... 2.4 metres", "2.1 metres of snow"), beyond the
    spot's own words."""
    spot = {w for s in shared for w in _WORD.findall(s)}
    words = lambda q: {w.lower() for w in _WORD.findall(prose[max(0, q.start - 60):q.end + 25])} - _NOT_MEASURED
    return bool(words(a) & words(b) - spot)


def _changed(prose: str, sentence: tuple[int, int], q) -> bool:
    """A change told beside the later figure ("has risen to 2.7 metres", "now stands at")."""
    return _CHANGE.search(prose, max(sentence[0], q.start - 40), min(sentence[1], q.end + 40)) is not None


def _not_a_reading(prose: str, sentence: tuple[int, int], q) -> bool:
    """A figure near the spot that is no reading of it: a threshold ("the danger level ... is 6.8 metres"), an
    amount to come or a projection ("a further 1.2 metres is forecast", "expected to peak at")."""
    s0, s1 = sentence
    if _NOT_A_READING.search(prose, max(s0, q.start - 80), min(s1, q.end + 40)):
        return True
    return _MORE_BEFORE.search(prose, max(s0, q.start - 25), q.start) is not None \
        or _MORE_AFTER.match(prose, q.end, s1) is not None


def _another_time(prose: str, doc, a, b) -> bool:
    """The later figure's sentence names a time the earlier one's does not: another reading."""
    times = [{t.lower() for t in _TIME.findall(prose, *doc.sentence_at(q.start))} for q in (a, b)]
    return bool(times[1] - times[0])


def _third_value(readings, spots, a, b, shared: set[str]) -> bool:
    """Another value at the same spot: a series of readings, not one reading told twice."""
    return any(q is not a and q is not b and q.unit == a.unit and q.value not in (a.value, b.value)
               and spots[id(q)].keys() & shared for q in readings)


RULE_TYPE = ReadingAtOneSpot()
