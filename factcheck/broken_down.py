"""A whole, then its breakdown: what a sub-editor adds up when the parts follow the whole.

Four shapes, each for any unit and any noun (money, counts of people, beds, schools, tonnes):

- a whole in one sentence, its parts in the next one or two, cued as a breakdown ("accounts for the
  largest group, with 2,140 ..., followed by ... 1,380"; "The largest, with 460 beds, ... A facility
  in Poznan will have 380 beds"; "Of them, ..."; a colon): parts of the whole's measure that add up
  to MORE than it cannot be right. Short of it is only wrong when the copy says the list is all of
  it: "the remaining / the rest / the other / the balance" names the last part, or the whole's
  sentence counts the things ("three more hospitals ..., adding 1,240 beds") and exactly that many
  parts follow;
- the same in one sentence, the parts after a colon or in brackets ("The 4,870 people ... are in four
  specialties: orthopaedics with 2,140, ..."; "1,240 beds in three hospitals (460 in Lodz, ...)");
- "Of the W, A ..., B ... and C ..., with the remaining R ...": in one sentence, the remainder is the
  whole less the other parts (flagged on the remainder, with the figure it should be; rule FC309);
- "N of the <noun>, or P%" where "the <noun>" refers back to the one count of that noun said
  earlier ("visited 1,650 schools ... 412 of the schools, or 38 per cent"): the share of that count.

Built as the relations the arithmetic rules already check (Breakdown, Share), so rounding and
tolerances are theirs. Guards keep each to copy that is plainly one whole and its parts: nothing said
of another time ("last year", "up from"), of some of it ("including", "such as", "among them"), of a
part of a part ("of whom"); one candidate whole; a sum within a slip of the whole.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

import regex

from .model import Quantity, Span
from .quantities.numbers import round_count_rounding
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle


_KINDS = ("number", "money", "physical")
# a sum this far from the whole is a list of something else, not a slip
_NEAR = (0.6, 1.5)


def _near(total: float, whole: float) -> bool:
    return whole > 0 and _NEAR[0] <= total / whole <= _NEAR[1]


# -- the words --------------------------------------------------------------------------------------

# the sentence after a whole reads as its breakdown (said before its first part, or "followed by" between them)
_BREAKDOWN_CUE = regex.compile(
    r"(?<![\p{L}])(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|followed\s+by|"
    r"(?:the|its|their)\s+(?:largest|biggest|smallest|lion['’]s)|the\s+(?:bulk|largest|biggest)|"
    r"(?:of|among)\s+(?:them|those|these|that|this|which|it)|split|divided|broken\s+down|breaks\s+down)(?![\p{L}])|:\s", regex.I)
# a part said as what is left: "the remaining £58m", "the rest, 140,", "leaving 58"
_REMAINDER_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:the\s+(?:remaining|other|final|last)|the\s+(?:rest|balance|remainder)(?:\s*,|\s*[-–—(]|\s+of|\s+at|"
    r"\s+(?:is|was|are|were|goes|went|will\s+go|covers?|accounts?\s+for|makes?\s+up|came\s+to|comes\s+to))?|leaving(?:\s+the\s+rest\s+at)?)"
    r"\s+(?:(?:a\s+further|another)\s+)?\Z", regex.I)
# a list said to be some of the whole, or of another time, or changed: not a breakdown to add up
_NOT_ALL_OF_IT = regex.compile(
    r"(?<![\p{L}])(?:including|included|includes|include|such\s+as|among\s+them|among\s+others|some\s+of|notably|"
    r"for\s+example|for\s+instance|e\.g|last\s+(?:year|month|week|time|season)|a\s+year\s+(?:earlier|ago|before)|"
    r"previous(?:ly)?|earlier|compared|versus|up\s+from|down\s+from|rose|fell|risen|fallen|increased|decreased|"
    r"since|so\s+far|to\s+date|top\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)|additional|extra|on\s+top|in\s+addition|separately|besides|excluding|"
    r"per(?!\s+cent)|average|averaged|median)(?![\p{L}])", regex.I)
# in one sentence the whole and its parts share their time ("spent $412m on roads last year: $168m ..."): only
# a list said to be some of it, or a change, is not its breakdown
_SOME_OR_CHANGED = regex.compile(
    r"(?<![\p{L}])(?:including|included|includes|include|such\s+as|among\s+them|among\s+others|some\s+of|notably|"
    r"for\s+example|for\s+instance|e\.g|compared|versus|up\s+from|down\s+from|rose|fell|risen|fallen|increased|"
    r"decreased|additional|extra|on\s+top|in\s+addition|separately|besides|excluding|per(?!\s+cent)|average|median)"
    r"(?![\p{L}])", regex.I)
# the same in lower-case ASCII for the plain re module (its \s also takes \x1c-\x1f: spelt out)
_SOME_OR_CHANGED_ASCII = re.compile(
    "(?<![a-z])" + _SOME_OR_CHANGED.pattern.replace(r"(?<![\p{L}])", "").replace(r"(?![\p{L}])", "")
    .replace(r"\s", r"[\t\n\v\f\r ]") + "(?![a-z])")


def _some_or_changed(prose: str, s_start: int, s_end: int) -> bool:
    """_SOME_OR_CHANGED.search(prose, s_start, s_end), lowercased and without case folding where ASCII."""
    lo = max(0, s_start - 1)      # the character before, for the lookbehind
    sentence = prose[lo:s_end]
    if sentence.isascii():
        return _SOME_OR_CHANGED_ASCII.search(sentence.lower(), s_start - lo) is not None
    return _SOME_OR_CHANGED.search(prose, s_start, s_end) is not None


# a figure that is a rate or a size of each part, not a part: "2,140 a day", "each with 30"
_PER_AFTER = regex.compile(r"\A\s*(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|head|person|capita|pupil|bed)(?![\p{L}])",
                           regex.I)
_EACH_BEFORE = regex.compile(r"(?<![\p{L}])(?:each|every|apiece|per)(?:\s+with)?\s+(?:[\p{L}-]+\s+){0,2}\Z", regex.I)
# "Of the £412m,", "Out of its 1,650", "Of this year's £412m": the whole the sentence breaks down
_OF_THE_LEAD = regex.compile(r"\s*(?:Of|Out\s+of|From)\s+(?:(?:the|its|their|this|that|a|an)\s+)?"
                             r"(?:[\p{L}'’-]+\s+){0,3}?", regex.I)
_OTHER_TIME = regex.compile(r"(?<![\p{L}])(?:previous|last\s+(?:year|month|week|season)|a\s+year\s+(?:earlier|ago|before)|ago)"
                           r"(?![\p{L}])", regex.I)
_RUNNING = regex.compile(r"(?<![\p{L}])(?:bringing|brought|taking|took\s+the|so\s+far|to\s+date|since|cumulative)(?![\p{L}])",
                         regex.I)
_RUNNING_WORDS = ("bringing", "brought", "taking", "took", "far", "date", "since", "cumulative")


def _running(prose: str, s_start: int, s_end: int) -> bool:
    """_RUNNING.search(prose, s_start, s_end) is not None; each match holds one of _RUNNING_WORDS (casefolded, as
    the I flag reads letters: "so far", "to date")."""
    low = prose[s_start:s_end].casefold()
    return any(w in low for w in _RUNNING_WORDS) and _RUNNING.search(prose, s_start, s_end) is not None


# the whole's sentence names the first of a ranking: what follows are its rivals, not its parts
_RANKED = regex.compile(r"(?<![\p{L}])(?:highest|most|maximum|top|topped|led|leading|largest|biggest)(?![\p{L}])", regex.I)
_PERIOD = regex.compile(r"(?<![\p{L}])(?:year|quarter|month|week|season|fiscal|period|half)(?![\p{L}])", regex.I)
_WORD_ONE = frozenset(("one", "a", "an"))


# -- the figures ------------------------------------------------------------------------------------

_FIRST_WORD = regex.compile(r"[\s\-–—]+(\p{L}[\p{L}'’-]*)")
_NOT_A_NOUN = frozenset("and or in at on of for from to with by while but each a an the as than this that its their "
                        "whom which who were was are is had have has will would could in into across under over per "
                        # a verb after a count says what they did, not what they are
                        "came went did do does said say says got took made won lost left ran fell rose saw met gave "
                        "paid sat stood hold held live work come go went get gets take takes make makes".split())


def _nouns(prose: str, q: Quantity, end: int) -> set[str]:
    """What a count counts ("beds", "schools"), from the words right after it; none when bare."""
    first = _FIRST_WORD.match(prose, q.end, q.end + 40)
    word = first.group(1).lower() if first is not None else ""
    if not word or word in _NOT_A_NOUN or (len(word) > 4 and word.endswith("ed")):
        return set()      # "with 960 and ...", "310, each": bare, the list's noun said once
    return claims._head_words(prose, q.end, 2, end)


def _noun_match(a: set[str], b: set[str]) -> bool:
    stem = lambda w: w[:5]
    return bool({stem(w) for w in a} & {stem(w) for w in b})


_SCORE = regex.compile(r"\s?[-–:]\s?\d")
_SCORE_BEFORE = regex.compile(r"\d\s?[-–:]\s?\Z")
# measures that add up; a temperature, a speed or anything "per" does not
_NOT_ADDITIVE = ("degree", "celsius", "fahrenheit", "kelvin", " per ", "/", "percent")


_NAME_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+\s+\Z")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?:With|And|Of|To|At|For|In|By|Only|Just)\s+\Z")


def _name_like(q: Quantity, prose: str) -> bool:
    return q.start > 1 and prose[q.start - 1] == "-" and prose[q.start - 2].isalpha()


def _countable(q: Quantity, prose: str, s_start: int) -> bool:
    """A figure that can be a part: not "one" as a pronoun, not a label, not an age, not a rate."""
    c = claims
    if q.kind not in _KINDS or q.value is None or c.is_year_like(q) or c.is_age(q, prose):
        return False
    n_start = (q.number_span or (q.start, q.end))[0]
    if q.kind == "number" and q.value <= 130 and c.age_before(prose, max(0, n_start - 20), n_start):
        return False      # "children under five", "adults over 60": an age, said with its hedge
    if q.kind == "physical" and any(w in f" {q.unit or ''} " for w in _NOT_ADDITIVE):
        return False
    if q.text.strip().lower() in _WORD_ONE:
        return False      # "one in Gdansk 310": a pronoun
    if _name_like(q, prose) or _SCORE.match(prose, q.end) or _SCORE_BEFORE.search(prose, max(0, q.start - 8), q.start):
        return False      # "Covid-19", "F-16": a name; "(68-3)", "9:40": a score or a time
    if q.kind == "number" and q.value < 100 and _NAME_BEFORE.search(prose, max(s_start, q.start - 20), q.start) \
            and not _WORD_BEFORE.search(prose, max(s_start, q.start - 8), q.start):
        return False      # "Ward 3", "Zone 12": a name
    return not _PER_AFTER.match(prose[q.end:q.end + 16])


# -- a whole, its breakdown in the next sentence(s) -------------------------------------------------

# a substring of every cue above, tested before the regexes: most sentences have none
_CUE_HINTS = re.compile("ccount|make|made|ollowed|argest|iggest|mallest|lion|bulk|of th|mong th|of which|of it|split|"
                        "divided|broken|breaks|:|remaining|rest|balance|remainder|other|leaving")


# what _BREAKDOWN_CUE and _REMAINDER_BEFORE match, without their edges: a breakdown found is cued (see
# _cued), so one of these is in its sentence (or in the 40 characters before it, where a remainder's words
# may start)
_CUE_ANY = regex.compile(
    r"accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|followed\s+by|"
    r"(?:the|its|their)\s+(?:largest|biggest|smallest|lion['’]s)|the\s+(?:bulk|largest|biggest)|"
    r"(?:of|among)\s+(?:them|those|these|that|this|which|it)|split|divided|broken\s+down|breaks\s+down|:\s", regex.I)
_REMAINDER_ANY = regex.compile(r"the\s+(?:remaining|other|final|last|rest|balance|remainder)|leaving", regex.I)
# both at once, in lower-case ASCII (the plain re module, no case folding: much faster), each branch opening
# with a letter of its own so the engine skips, by its first-character set, the places none can start
_CUE_LARGEST, _CUE_OF_THEM = r"(?:largest|biggest|smallest|lion['’]s)", r"(?:them|those|these|that|this|which|it)"
_ANY_CUE_ASCII = re.compile(
    rf"accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|followed\s+by|the\s+{_CUE_LARGEST}|its\s+{_CUE_LARGEST}|"
    rf"their\s+{_CUE_LARGEST}|the\s+(?:bulk|largest|biggest)|of\s+{_CUE_OF_THEM}|among\s+{_CUE_OF_THEM}|split|divided|"
    r"broken\s+down|breaks\s+down|:\s|the\s+(?:remaining|other|final|last|rest|balance|remainder)|leaving")


# "Of the new staff, 640 ...": a sentence opening on a definite noun (no figure of its own) refers back to the whole
_OF_THE_NOUN_LEAD = regex.compile(r"\s*(?:Of|Among)\s+(?:the|these|those)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s*,\s*")


def _any_cue(prose: str, n_start: int, n_end: int) -> bool:
    """Can _cued find a cue for parts in the sentence n_start..n_end?"""
    if _OF_THE_NOUN_LEAD.match(prose, n_start, n_end):
        return True
    window = prose[max(0, n_start - 40):n_end]
    if window.isascii():
        return _ANY_CUE_ASCII.search(window.lower()) is not None
    return bool(_CUE_ANY.search(prose, n_start, n_end) or _REMAINDER_ANY.search(prose, max(0, n_start - 40), n_end))


def _figures_in(starts: list[int], start: int, end: int) -> int:
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def wholes_then_breakdown(story: Story, ordered: list[Quantity], starts: list[int], taken: set[int]) -> Iterator:
    """ "... with 4,870 people past the 52-week mark. Orthopaedics accounts for the largest group, with
    2,140 long waiters, followed by ENT with 1,380, general surgery with 960 and gynaecology with 590":
    the parts cannot add up to more than the whole (nor less, when the copy says they are all of it)."""
    prose = story.doc.prose
    c = claims
    sentences = story.doc.sentences()
    cache: dict[int, list[Quantity]] = {}

    def figures(j: int) -> list[Quantity]:      # each sentence is read as a whole's and as a breakdown's
        if j not in cache:
            cache[j] = c._sentence_figures(ordered, starts, prose, *sentences[j])
        return cache[j]

    # so each figure is asked once whether it can be a part: as a whole's sentence and as a breakdown's, a
    # sentence's figures (the same objects, kept in `cache`) are asked with the same sentence start
    countable_of: dict[int, bool] = {}

    def countable(q: Quantity, s_start: int) -> bool:
        known = countable_of.get(id(q))
        if known is None:
            known = countable_of[id(q)] = _countable(q, prose, s_start)
        return known

    # most sentences: no whole or no part to read (each sentence's figures counted once)
    left = bisect.bisect_left
    has = [left(starts, e) > left(starts, s) for s, e in sentences]
    for k in range(len(sentences) - 1):
        if not (has[k + 1] and has[k]):
            continue
        n_start, n_end = sentences[k + 1]
        if not _CUE_HINTS.search(prose, n_start, n_end) and not _OF_THE_NOUN_LEAD.match(prose, n_start, n_end):
            continue
        if not _any_cue(prose, n_start, n_end):
            continue     # no cue _cued could find (the hints above also pass "million" for "lion's")
        found = _breakdown_after(story, figures, countable, sentences, k, c, taken)   # cued: see _cued
        if found is not None and not _NOT_ALL_OF_IT.search(prose, n_start, n_end):
            taken.add(id(found.whole))
            yield found


def _measure(q: Quantity) -> tuple:
    return (q.kind, None if q.kind == "number" else q.unit)


def _breakdown_after(story, figures, countable, sentences, k, c, taken):
    prose = story.doc.prose
    s_start, s_end = sentences[k]
    n_start, n_end = sentences[k + 1]
    raw_next = figures(k + 1)
    measures = {_measure(q) for q in raw_next if q.kind in _KINDS}
    raw = figures(k)
    if not any(q.kind in _KINDS and _measure(q) in measures and c.is_plain(q) and q.value >= 10 for q in raw):
        return None       # no figure here that the next sentence's could be parts of
    if _OTHER_TIME.search(prose, s_start, s_end) and _PERIOD.search(prose, n_start, n_end):
        return None       # "in the previous year ... Rs352bn. In the first quarter, ...": two periods
    if _running(prose, s_start, s_end) and not _OF_THE_NOUN_LEAD.match(prose, n_start, n_end):
        return None       # "bringing the death toll since Sunday to 38": a running total, its parts are of other days
        #                   ("Of the dead, ...": unless the next sentence breaks that very total down)
    if _RANKED.search(prose, s_start, s_end):
        return None       # "Sindh recorded the highest number, 306. Balochistan accounted for 234": a ranking, not a whole
    here = [q for q in raw if q.kind in _KINDS and countable(q, s_start)]
    nxt = [q for q in raw_next if q.kind in _KINDS and countable(q, n_start)]
    for whole in here:
        if id(whole) in taken or not c.is_plain(whole) or whole.value < 10:
            continue
        mine = [q for q in nxt if c.same_measure(q, whole)]
        if not mine or compared_or_part(prose, whole, s_start, s_end):
            continue
        noun = _nouns(prose, whole, s_end) if whole.kind == "number" else set()
        parts = _parts(mine, whole, prose, n_start)
        if not parts or not _cued(parts, prose, n_start):
            continue
        more = sentences[k + 2] if k + 2 < len(sentences) else None
        if len(parts) == 1 and more is not None and (noun or whole.kind == "physical"):
            # "The largest, with 460 beds, ...": one part only, the list goes on in the next sentence
            parts += _parts_going_on(figures(k + 2), whole, noun, prose, more, c)
        if len(parts) < 2:
            continue
        rivals = [q for q in raw if q is not whole and c.same_measure(q, whole) and not _name_like(q, prose)
                  and q.value > max(p.value for p in parts) and not _of_another_time(q, prose, s_start, s_end)
                  and not _named_away(q, whole, noun, parts, prose, (s_end, n_start, n_end))]
        if rivals or any(p.value >= whole.value or not c.is_plain(p) for p in parts):
            continue     # two wholes the list could be of, or a "part" as large as the whole
        count = _counted(whole, raw, prose, (s_start, s_end), c)
        if _REMAINDER_BEFORE.search(prose, max(0, parts[-1].start - 40), parts[-1].start) and any(
                q is not whole and c.same_measure(q, whole) and q.value != count for q in here):
            continue     # "won 9 of the 23 seats. ... 11 seats, and the remaining 3": a part said with the whole
        return _judged(whole, tuple(parts), prose, count == len(parts), c)
    return None


def _named_away(rival: Quantity, whole: Quantity, noun: set[str], parts, prose: str, where: tuple[int, int, int]) -> bool:
    """ "1,240 inpatient beds for a population of about 2.2 million. Of those beds, 610 ...": the breakdown opens on the
    whole's own noun, the rival counts something else and is far from the parts' sum: no whole the list could be of."""
    s_end, n_start, n_end = where
    lead = _OF_THE_NOUN_LEAD.match(prose, n_start, n_end)
    if lead is None or not noun:
        return False
    said = {w.lower().strip("'’").rstrip("s") for w in regex.findall(r"\p{L}[\p{L}'’-]*", lead.group())}   # (as _nouns: "bed")
    total = sum(p.value for p in parts)
    return _noun_match(said, noun) and not _noun_match(_nouns(prose, rival, s_end), noun) \
        and not _near(total, rival.value) and _near(total, whole.value)


# "up 53% from 31,500 a year earlier": the figure a change was counted from, said of another time
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s+\Z", regex.I)
_ANOTHER_TIME_AFTER = regex.compile(r"\s*(?:[\p{L}-]+\s+){0,2}?(?:a\s+year\s+(?:earlier|ago|before)|last\s+(?:year|month|week|season|quarter)|"
                                    r"in\s+the\s+(?:same|previous|year-earlier)\s+(?:period|quarter|month|year))(?![\p{L}])", regex.I)


def _of_another_time(q: Quantity, prose: str, s_start: int, s_end: int) -> bool:
    """ "delivered 48,200 cars, up 53% from 31,500 a year earlier": the earlier figure is no rival whole of the
    breakdown after; it is the base of the change, said of another time."""
    return (_FROM_BEFORE.search(prose, max(s_start, q.start - 6), q.start) is not None
            and _ANOTHER_TIME_AFTER.match(prose, q.end, min(s_end, q.end + 40)) is not None)


# a figure said as the base of a comparison, or as a share of something larger: not a whole the next sentence splits
_NOT_THIS_WHOLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:than|compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    r"(?:[\p{L}'’-]+\s+){0,2}?\Z|(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*"
    r"(?:,\s*or|\()\s*(?:about\s+|some\s+|nearly\s+|roughly\s+)?\Z", regex.I)
_SHARE_OF_ANOTHER_AFTER = regex.compile(
    r"\s*(?:,\s*or|\()\s*(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of(?![\p{L}])"
    # "$118 million through its grants programme, covering 55.7% of the cost": the share said a little later
    r"|[^.;:!?\d]{0,50}?,\s*(?:covering|accounting\s+for|representing|making\s+up|equal\s+to|or)\s+"
    r"(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+|just\s+(?:over|under)\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of"
    r"(?!\s+(?:which|whom|it|them)(?![\p{L}]))(?![\p{L}])",
    regex.I)


def compared_or_part(prose: str, whole: Quantity, s_start: int, s_end: int) -> bool:
    """ "16.6% larger than the Rs1.315 trillion budget"; "C$76m, or 40% of the cost": a base of comparison, or
    itself a share of a larger whole, is not what the next sentences break down."""
    return _NOT_THIS_WHOLE_BEFORE.search(prose, max(s_start, whole.start - 60), whole.start) is not None \
        or _SHARE_OF_ANOTHER_AFTER.match(prose, whole.end, min(s_end, whole.end + 60)) is not None


# "remained in surplus by Rs 237bn", "more than 40": a difference or a bound, not a part
# ("made up of 21,600 SUVs", "consisted of": the "of" that opens a breakdown is its own)
_NOT_PART_BEFORE = regex.compile(r"(?<![\p{L}])(?<!followed\s)"
                                 r"(?<!(?:made\s+up|consist(?:s|ed|ing)?|comprised|composed)\s+)"
                                 r"(?:by|than|of|off|from|to|in|across|among|between)\s+\Z", regex.I)


# "19 of whom", "2,140 of the 4,870", "including 300": a part of a part, or a share of another whole;
# "5,200 of them" is a part of the whole before, and stays
_SUB_PART = regex.compile(r"\s+(?:(?:out\s+)?of\s+(?:whom|which|the|its|their|all|\d)|among\s+them|including)(?![\p{L}])",
                          regex.I)


def _cued(parts: list[Quantity], prose: str, n_start: int) -> bool:
    """The breakdown is said as such before its first part ("accounts for the largest group, with",
    "The largest, with", "Of them,", "three depots: 136"), or between its parts ("followed by"), or
    its last part is what is left ("the remaining £58m")."""
    first = parts[0]
    lead = _OF_THE_NOUN_LEAD.match(prose, n_start, first.start + 1)
    if lead is not None and lead.end() == first.start:
        return True
    for m in _BREAKDOWN_CUE.finditer(prose, n_start, max(parts[-1].start, first.end)):
        if m.group().startswith(":"):
            if m.end() <= first.start <= m.end() + 40:
                return True
        elif m.end() <= first.start or m.group().lower().startswith("followed"):
            return True
    return _REMAINDER_BEFORE.search(prose, max(0, parts[-1].start - 40), parts[-1].start) is not None


# "deliveries were made up of", "the fleet consists of": what follows is the whole list of parts
_MADE_UP_OF = regex.compile(r"(?<![\p{L}])(?:made\s+up|consist(?:s|ed|ing)?|comprised|composed)\s+of(?![\p{L}])", regex.I)
# "of its new multi-purpose vehicle": a kind named after the count, no figure of a larger whole
_OF_ITS_KIND = regex.compile(r"\s+of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s*(?:[,.;)]|\s(?:and|which|that|who)\s))",
                             regex.I)


def _parts(mine: list[Quantity], whole: Quantity, prose: str, n_start: int) -> list[Quantity] | None:
    """Every figure of the whole's measure in the breakdown sentence: each said as a part (not "of whom",
    not "by", "from" or "in" something), and plain (a hedged part leaves the sum unknown). What each
    counts may be named its own way ("2,140 long waiters", "1,200 adults over 60"): a sub-group."""
    c = claims
    parts: list[Quantity] = []
    listed = bool(mine) and _MADE_UP_OF.search(prose, n_start, mine[0].start) is not None
    for q in mine:
        if _EACH_BEFORE.search(prose, max(n_start, q.start - 30), q.start):
            continue      # "each with between 30 and 40 places": the size of each, not a part
        sub = _SUB_PART.match(prose, q.end, q.end + 30)
        if sub is not None and listed and _OF_ITS_KIND.match(prose, q.end, q.end + 40):
            sub = None    # "made up of 21,600 SUVs and 9,600 of its new MPV": what the part is, in a list said whole
        if sub or _NOT_PART_BEFORE.search(prose, max(n_start, q.start - 12), q.start) or not c.is_plain(q):
            return None   # "2,140, of whom 300 ...", "2,140 of the 4,870", "from 22 districts": not a part to add
        if q.text[:1].isalpha() and q.value < 20:
            continue      # "the top five foreign visitors, with 2.24 million": a count of something else
        parts.append(q)
    return parts


def _parts_going_on(figs: list[Quantity], whole: Quantity, noun: set[str], prose: str, span: tuple[int, int], c) -> list:
    """The list goes on into the next sentence ("The largest, with 460 beds, ... A facility in Poznan will
    have 380 beds and one in Gdansk 310"): only when every figure of the measure there is of the whole's
    noun (or bare after one that is), plain and smaller, and nothing marks another time or some of it."""
    if _NOT_ALL_OF_IT.search(prose, *span):
        return []
    mine = [q for q in figs if c.same_measure(q, whole) and _countable(q, prose, span[0])
            and not _EACH_BEFORE.search(prose, max(span[0], q.start - 30), q.start)]
    if not mine or (noun and not _noun_match(_nouns(prose, mine[0], span[1]), noun)):
        return []
    if any(not c.is_plain(q) or q.value >= whole.value for q in mine):
        return []
    if any(_nouns(prose, q, span[1]) and not _noun_match(_nouns(prose, q, span[1]), noun) for q in mine):
        return []
    return mine


# "three more temporary hospitals by March, adding 1,240 beds": the things the parts are of, counted
_COUNT_WORD_MAX = 12


# "spread over three hospitals": "over" is where, not a bound (the extractor reads it as a hedge)
_SPREAD_OVER = regex.compile(r"(?:spread|split|divided|shared|distributed|scattered)\s+over\s", regex.I)


def _counted(whole: Quantity, figs: list[Quantity], prose: str, here: tuple[int, int], c) -> int | None:
    """How many things the whole's sentence says it is spread over: one small count near the whole
    ("three more temporary hospitals ..., adding 1,240 beds"; "1,240 beds in three hospitals"), of
    another noun than the whole's, with no other figure between them."""
    noun = _nouns(prose, whole, here[1])
    found = []
    for q in figs:
        spread = q.hedge == "over" and _SPREAD_OVER.search(prose, max(here[0], q.start - 24), q.start + 5)
        if q is whole or q.kind != "number" or not (c.is_plain(q) or spread) or not float(q.value).is_integer() \
                or not 2 <= q.value <= _COUNT_WORD_MAX:
            continue
        a, b = (q.end, whole.start) if q.end <= whole.start else (whole.end, q.start)
        if b - a > 100 or ";" in prose[a:b] or any(a <= f.start < b for f in figs if f is not q and f is not whole):
            continue
        if c._SOME_ITEMS.search(prose, q.end, min(here[1], q.end + 24)):
            continue     # "three main items": the biggest of them, not all
        its = _nouns(prose, q, here[1]) and c._head_words(prose, q.end, 1, here[1])
        if not its or _noun_match(its, noun) or regex.match(r"\A\s+of(?![\p{L}])", prose[q.end:q.end + 5]) \
                or regex.search(r"(?<![\p{L}])(?:of|than|to|by)\s+\Z", prose[max(here[0], q.start - 6):q.start]):
            continue
        found.append(q)
    return int(found[0].value) if len(found) == 1 else None


def _rounding(q: Quantity, c) -> float:
    """The rounding a figure may carry: as written ("$4.8bn"), and for a count ending in zeros, half its
    last written digit ("4,000" may be 3,950 to 4,049)."""
    p = c.precision_of(q)
    if q.kind != "number" or not float(q.value).is_integer() or q.value < 100:
        return p
    return max(p, round_count_rounding(q.value))


def _judged(whole: Quantity, parts: tuple[Quantity, ...], prose: str, all_counted: bool, c):
    """Over the whole: wrong. Short of it: wrong only when the list is all of it (a remainder, or as many
    parts as the things counted); flagged on the remainder, or else on the whole."""
    total = sum(p.value for p in parts)
    slack = sum(c.precision_of(p) for p in parts) + _rounding(whole, c)
    spans = tuple(Span(p.start, p.end) for p in parts)
    last = parts[-1]
    remainder = _REMAINDER_BEFORE.search(prose, max(0, last.start - 40), last.start) is not None
    if not _near(total, whole.value) or abs(total - whole.value) <= slack:
        return None
    if remainder and total - last.value < whole.value:
        return c.Breakdown(whole, parts, spans, stated_sum=True, whole_first=True, remainder=last)
    if all_counted:
        return c.Breakdown(whole, parts, spans, stated_sum=True, whole_first=True)
    if total > whole.value:
        return c.Breakdown(whole, parts, spans, whole_first=True)
    return None


# -- "Of the W, A, B and C, with the remaining R": one sentence -------------------------------------

_REMAINDER_WORDS = ("remaining", "rest", "balance", "remainder", "other", "leaving")
# the whole opens the list: "£412m: ...", "£412m, of which ..."
_WHOLE_OPENS = regex.compile(r"\A(?:[^\d:;.,]{0,40}:\s|\s*,\s*of\s+which|\s*[-–—]\s)", regex.I)


def remainders_said(story: Story, ordered: list[Quantity], starts: list[int], taken: set[int]) -> Iterator:
    """ "Of the £412m, adult social care accounts for £168m, followed by children's services at £97m and
    highways at £74m, with the remaining £58m covering ...": the remainder is the whole less the others."""
    prose = story.doc.prose
    if not any(w in prose for w in _REMAINDER_WORDS):
        return
    c = claims
    for s_start, s_end in story.doc.sentences():
        if _figures_in(starts, s_start, s_end) < 3:
            continue     # a whole, another part and what is left
        sentence = prose[s_start:s_end]
        if not any(w in sentence for w in _REMAINDER_WORDS) or _some_or_changed(prose, s_start, s_end):
            continue
        qs = [q for q in c._sentence_figures(ordered, starts, prose, s_start, s_end) if _countable(q, prose, s_start)]
        for i, rest in enumerate(qs):
            if not c.is_plain(rest) or not _REMAINDER_BEFORE.search(prose, max(s_start, rest.start - 40), rest.start):
                continue
            found = _whole_and_others(qs[:i], rest, prose, s_start, c)
            if found is None or id(found[0]) in taken:
                continue
            whole, others = found
            parts = (*others, rest)
            b = _judged(whole, parts, prose, True, c)
            if b is not None and b.remainder is rest:
                taken.add(id(whole))
                yield b


# "29 of the 50", "29 out of 50": a part, then the whole it is of
_PART_OF_THE_WHOLE = regex.compile(r"\A\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?\Z", regex.I)
_SHORT_AFTER = regex.compile(r"\s+(?:[\p{L}-]+\s+)?(?:short|shy)(?![\p{L}])", regex.I)


def _whole_and_others(before: list[Quantity], rest: Quantity, prose: str, s_start: int, c):
    """The whole is the sentence's first figure of the remainder's measure, said as the whole ("Of the
    £412m,", "£412m: ...", "£412m, of which"); the others are every figure of its measure after it."""
    mine = [q for q in before if c.same_measure(q, rest)]
    if len(mine) < 2:
        return None
    if len(mine) == 2 and _PART_OF_THE_WHOLE.match(prose[mine[0].end:mine[1].start]):
        # "won 29 of the 50 seats, leaving 25 to ...": one part said with its whole, the rest what is left
        if _SHORT_AFTER.match(prose, rest.end, rest.end + 30):
            return None   # "leaving 4 short of a majority": a gap to another figure, not a part
        whole, others = mine[1], mine[:1]
    else:
        whole, others = mine[0], mine[1:]
        if not (_OF_THE_LEAD.fullmatch(prose, s_start, whole.start) or _WHOLE_OPENS.match(prose[whole.end:whole.end + 44])):
            return None
    if not c.is_plain(whole) or any(not c.is_plain(q) or q.value >= whole.value for q in others):
        return None
    if any(_NOT_PART_BEFORE.search(prose, max(s_start, q.start - 8), q.start) for q in others):
        return None       # "1,150 came from 40 countries": a figure of something else inside the list
    if any(c._NESTED.match(prose[q.end:q.end + 30]) or _EACH_BEFORE.search(prose, max(s_start, q.start - 30), q.start)
           for q in others):
        return None
    return whole, others      # what each part counts may be named its own way: "820 were houses and 420 apartments"


# -- "The 4,870 ... are in four specialties: orthopaedics with 2,140, ...": one sentence, a colon -------

_COLON = regex.compile(r"(?<!\d)\s*:\s+|(?<=\p{L})\s+\((?=[^()]*\d[^()]*\))")


def colon_lists(story: Story, ordered: list[Quantity], starts: list[int], taken: set[int]) -> Iterator:
    """A whole, then a colon and its parts: "The 4,870 people waiting more than a year are in four
    specialties: orthopaedics with 2,140, ENT with 1,380, ...". More than the whole is wrong; less only
    when the list is all of it (as many parts as the things counted before the colon)."""
    prose = story.doc.prose
    if ": " not in prose and " (" not in prose:
        return
    c = claims
    for s_start, s_end in story.doc.sentences():
        if _figures_in(starts, s_start, s_end) < 3 or (": " not in prose[s_start:s_end] and " (" not in prose[s_start:s_end]):
            continue
        colon = _COLON.search(prose, s_start, s_end)
        end = s_end if colon is None or ":" in colon.group() else prose.find(")", colon.end(), s_end)
        if colon is None or _some_or_changed(prose, s_start, s_end) or _running(prose, s_start, s_end):
            continue
        figs = c._sentence_figures(ordered, starts, prose, s_start, s_end)
        before = [q for q in figs if q.end <= colon.start() and q.kind in _KINDS and _countable(q, prose, s_start)]
        after = [q for q in figs if colon.end() <= q.start and q.end <= end and q.kind in _KINDS
                 and _countable(q, prose, s_start)]
        if not before or len(after) < 2 or after[0].start > colon.end() + 60:
            continue
        parts = _parts([q for q in after if c.same_measure(q, after[0])], after[0], prose, colon.end())
        if not parts or len(parts) < 2:
            continue
        wholes = [q for q in before if c.same_measure(q, parts[0]) and q.value > max(p.value for p in parts)]
        if len(wholes) != 1 or id(wholes[0]) in taken or not c.is_plain(wholes[0]):
            continue
        whole = wholes[0]
        count = _counted(whole, figs, prose, (s_start, colon.start()), c)
        b = _judged(whole, tuple(parts), prose, count == len(parts), c)
        if b is not None:
            taken.add(id(whole))
            yield b


# -- "N of the <noun>, or P%": the whole counted earlier ---------------------------------------------

_OF_THE_NOUN = regex.compile(
    r"\A\s+(?:out\s+)?of\s+(?:the|these|those)\s+(?P<noun>[\p{L}-]+(?:\s+[\p{L}-]+)?)(?=\s*(?:,|\(|[-–—]|\s+or\s))", regex.I)
# "Of the schools, 412 — 38 per cent —": the noun said first, the part right after its comma
_OF_THE_NOUN_LEAD = regex.compile(r"(?:Of|Among)\s+(?:the|these|those)\s+(?P<noun>[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*,\s*"
                                  r"(?:(?:some|about|nearly|almost|only|just)\s+)?", regex.I)
_SUBSET_OR_TIME = regex.compile(
    r"(?<![\p{L}])(?:(?:In|At|Among|Across|For)\s+(?-i:\p{Lu})|last\s+(?:year|month|week|time)|a\s+year\s+(?:earlier|ago)|"
    r"previous|earlier|in\s+(?:19|20)\d\d)", regex.I)


def shares_of_the_noun(story: Story, ordered: list[Quantity], starts: list[int], shares: list) -> Iterator:
    """ "Field officers visited 1,650 schools ... They found that 412 of the schools, or 38 per cent, relied
    on rainwater": the share of the one earlier count of that noun."""
    prose = story.doc.prose
    if not any(w in prose for w in (" of the ", " of these ", " of those ", "Of the ", "Of these ", "Of those ",
                                    "Among the ")):
        return
    c = claims
    used = {id(sh.part) for sh in shares} | {id(sh.percent) for sh in shares if sh.percent is not None}
    sentences = story.doc.sentences()
    for k in range(1, len(sentences)):
        s_start, s_end = sentences[k]
        if "f th" not in prose[s_start:s_end] and "mong th" not in prose[s_start:s_end]:
            continue
        qs = c._sentence_figures(ordered, starts, prose, s_start, s_end)
        for j, part in enumerate(qs):
            if part.kind != "number" or not c.is_single(part) or id(part) in used:
                continue
            of = _OF_THE_NOUN.match(prose[part.end:part.end + 60])
            lead = None if of is not None or j else _OF_THE_NOUN_LEAD.fullmatch(prose, s_start, part.start)
            if of is None and lead is None:
                # "412 of the schools visited by the teams ..., or 38 per cent": the share with no percentage
                # tied to it (slipped_rates may tie one, from the figures alone)
                loose = _OF_THE_NOUN_LOOSE.match(prose[part.end:part.end + 60])
                if loose is not None:
                    found = _loose_share(part, loose, qs, prose, (s_start, s_end), sentences[:k], ordered, starts, c)
                    if found is not None:
                        used.add(id(part))
                        yield found
                continue
            noun_at, after = (part.end + of.start("noun"), part.end + of.end()) if of else (lead.start("noun"), part.end)
            pct = c._share_percent(qs, j + 1, after, prose)
            if pct is None or id(pct) in used:
                continue
            if _SUBSET_OR_TIME.search(prose, s_start, pct.start) or any(
                    q.kind == "number" and q.start < part.start for q in qs):
                continue     # "In Turkana, 412 of the schools": some of them; a figure before: a whole here
            whole = _counted_before(part, set(claims._head_words(prose, noun_at, 2)),
                                    ordered, starts, prose, sentences[:k], c)
            subset = _SUBSET_WORD.match(prose, noun_at)
            if whole is not None and subset is not None \
                    and subset.group(1).lower() not in claims._head_words(prose, whole.end, 3):
                continue     # "118 of the successful candidates" after "1,240 candidates": of those who passed,
                #              not of all who sat
            if whole is not None:
                used.update((id(part), id(pct)))
                yield c.Share(part, whole, pct, False)


# a noun phrase that names some of what was counted: "the successful candidates", "the remaining households"
_SUBSET_WORD = regex.compile(r"(successful|unsuccessful|remaining|eligible|surviving|selected|shortlisted|qualified|"
                             r"winning|passing|failed|new|additional|affected)\s", regex.I)


_OF_THE_NOUN_LOOSE = regex.compile(r"\A\s+(?:out\s+)?of\s+(?:the|these|those)\s+(?P<noun>[\p{L}-]+(?:\s+[\p{L}-]+)?)", regex.I, cache_pattern=False)


def _loose_share(part: Quantity, of, qs: list[Quantity], prose: str, here: tuple[int, int], before, ordered, starts, c):
    """ "N of the <noun> ...": a share of the one earlier count of the noun, without its percentage."""
    s_start, s_end = here
    if _SUBSET_OR_TIME.search(prose, s_start, s_end) or any(q.kind == "number" and q.start < part.start for q in qs):
        return None
    whole = _counted_before(part, set(c._head_words(prose, part.end + of.start("noun"), 2)), ordered, starts, prose,
                            before, c)
    return None if whole is None else c.Share(part, whole, None, False)


_WORD_AFTER = regex.compile(r"\A[\s-]+\p{L}", cache_pattern=False)


def _counted_before(part: Quantity, noun: set[str], ordered, starts, prose: str, before, c) -> Quantity | None:
    """The one count of `noun` in the sentences before, larger than the part."""
    if not noun:
        return None
    found = []
    for b_start, b_end in before:
        for q in c._sentence_figures(ordered, starts, prose, b_start, b_end):
            if q.kind == "number" and c.is_single(q) and q.value > part.value \
                    and _noun_match(c._head_words(prose, q.end, 3, b_end), noun) \
                    and _WORD_AFTER.match(prose[q.end:q.end + 3]):
                found.append(q)
    if len({q.value for q in found}) != 1:
        return None
    return found[-1]


# -- all of them, in the order claims.py calls them --------------------------------------------------

def add_breakdowns(story: Story, ordered: list[Quantity], starts: list[int], breakdowns: list, shares: list) -> None:
    """Add this module's relations to claims' lists. A whole claims already reads as a total is left alone;
    one it reads as a whole the parts may fall short of is re-read here when this module finds the list
    is all of it (a remainder, or as many parts as things counted)."""
    taken = {id(b.whole) for b in breakdowns if b.stated_sum}
    found = list(remainders_said(story, ordered, starts, set()))     # what is left is the figure to flag
    taken |= {id(b.whole) for b in found}
    found += colon_lists(story, ordered, starts, taken)
    found += wholes_then_breakdown(story, ordered, starts, taken | {id(b.whole) for b in found})
    for b in found:
        if b.stated_sum:
            breakdowns[:] = [x for x in breakdowns if x.whole is not b.whole]
        elif any(x.whole is b.whole for x in breakdowns):
            continue
        breakdowns.append(b)
    shares.extend(shares_of_the_noun(story, ordered, starts, shares))
