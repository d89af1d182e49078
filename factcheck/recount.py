"""A second reading of lists, changes, shares and differences: the figures of one sentence, in any order.

The frame readers in claims.py follow the shapes of sentences ("rose from A to B, an increase of P").
A sub-editor does not: she sees a stated total next to a list of amounts of its kind, or a percentage
next to the two counts it must come from, and adds them up whatever the words between. This module
reads those four cases from a few signals and leaves the rest alone:

- LIST TOTALS: two or more amounts of one measure in a sentence with a total said after them ("for a
  total capital spend of $148.6 million", "together 84,000 visitors", "filling all 150 seats"); a list
  opened by "the remaining" runs back through the sentences before it. Or three or more amounts that
  make up a whole the sentence before gave, tied to it by its noun ("a $4.2 million package ... The
  package includes $1.5 million ..., $1.9 million ... and $1.1 million ...") or by what each contributed;
  or a list whose next sentence opens on its total ("Together they make up a programme of €4.2bn").
- CHANGES: a sentence with exactly two amounts of one measure, one of them marked as the base ("from",
  "compared with"), and exactly one percentage said as their change ("a 23.4 per cent increase"); or a
  level, another figure of another size, then "up from" the base and the rate ("10,887,705 people attended
  the 720 games, up from 8,100,326, an increase of 22%").
- SHARES: "Of the 480 candidates ..., 312 passed, or 72%" and "Of these, 412 were children ... — 32
  percent": the part, its whole and the share said of them; a side's share of a two-way tally ("passed
  with 18,412 votes to 11,330, or 64.8%"); and parts set off with their shares of one whole ("QR920
  million, or 50% of the total; ... QR480 million, or 17%") where all but one imply the whole the story
  states; and a part with its share "of all" or "of the entire" whole a sentence before gave ("11.9 million
  passengers, or 24% of all traffic" after "handled 86.9 million passengers").
- DIFFERENCES: "spending of £386.4m against income of £361.9m, leaving a gap of £26.5m"; "scoring 52 goals
  and conceding 26 for a goal difference of +28"; "157 of the 338 seats, 15 short of the 170 needed";
  "fell 612 points to close at 41,230 from 41,742": the difference said of the two figures beside it; and across
  sentences, a finisher's "41 seconds behind" against the faster times told before it, and "a 13-point win"
  against the story's one Australian football score.

Every reading keeps its figures' rounding, so only a figure the rounding cannot explain is reported,
and it is reported only by rules that give way to the frame rules' findings on the same words
(a second reading, engine.deduplicate): this reading adds what the frames miss, never a second message.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from .claims import _of_another_verb_or_subject, counted_family, has_digits, is_age, is_plain, is_year_like, precision_of, same_measure
from .model import Quantity
from .ruletypes.base import Story


@dataclass(frozen=True)
class ListTotal:
    parts: tuple[Quantity, ...]
    total: Quantity
    said_complete: bool        # the copy says the list is all of the total (so a shortfall is a slip too)


@dataclass(frozen=True)
class StatedChange:
    base: Quantity             # the earlier figure ("from ...")
    new: Quantity
    rate: Quantity             # the percentage said of the change


@dataclass(frozen=True)
class StatedShare:
    part: Quantity
    whole: Quantity
    rate: Quantity


@dataclass(frozen=True)
class StatedDifference:
    larger: Quantity
    smaller: Quantity
    difference: Quantity       # "a gap of", "a goal difference of", "N short of"


@dataclass(frozen=True)
class Recount:
    totals: tuple[ListTotal, ...]
    changes: tuple[StatedChange, ...]
    shares: tuple[StatedShare, ...]
    differences: tuple[StatedDifference, ...] = ()


def recount(story: Story) -> Recount:
    """The four readings of a story, worked out once and shared by the rules that use them."""
    return story.memo("recount", _read)


def _read(story: Story) -> Recount:
    sentences = _by_sentence(story)
    return Recount(tuple(_list_totals(story, sentences)), tuple(_changes(story, sentences)),
                   tuple(_shares(story, sentences)) + tuple(_tally_shares(story, sentences))
                   + tuple(_share_lists(story, sentences)) + tuple(_shares_of_a_whole_before(story, sentences)),
                   tuple(_differences(story, sentences)) + tuple(_named_sides(story, sentences))
                   + tuple(_time_gaps(story, sentences)) + tuple(_winning_margins(story, sentences)))


def _by_sentence(story: Story) -> list[tuple[int, int, list[Quantity]]]:
    """Each sentence of the body with the figures inside it."""
    doc = story.doc
    spans = doc.sentences()
    starts = [s for s, _ in spans]
    figures: list[list[Quantity]] = [[] for _ in spans]
    for q in story.quantities:
        if q.start < doc.body_start or q.value is None:
            continue
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and q.end <= spans[i][1]:
            figures[i].append(q)
    return [(s, e, f) for (s, e), f in zip(spans, figures)]


def _exact(q: Quantity) -> bool:
    """One figure as written: not a range, not a bound, not a year."""
    return ((q.low is None or q.low == q.value) and (q.high is None or q.high == q.value)
            and not is_year_like(q) and bool(q.value))


# -- list totals -------------------------------------------------------------------------------

_AMOUNTS = ("money", "number", "physical")
_TOTAL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:total|totall?ing|totall?ed|all(?!\s+out)|together|combined|overall|altogether|bringing|taking|making|giv(?:e|es|ing)|gave|"
    r"comes?\s+to|came\s+to|amount(?:s|ed|ing)?\s+to|add(?:s|ed|ing)?\s+up\s+to)(?:\s+[\p{L}'’-]+){0,4}?\s*(?:of|to|at)?\s*\Z",
    regex.I)
_TOTAL_AFTER = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s*(?:in\s+all|in\s+total|altogether|all\s+told|combined|"
                             r"between\s+them|together|overall)(?![\p{L}])", regex.I)
# a total written as a bound or an estimate says too little to add up against
_BOUND_BEFORE = regex.compile(r"(?<![\p{L}])(?:past|over|above|more\s+than|nearly|almost|about|around|some|up\s+to|under|"
                              r"below|less\s+than|roughly)\s*\Z", regex.I)
_REST = regex.compile(r"(?<![\p{L}])(?:remaining|the\s+rest|the\s+balance)(?![\p{L}])", regex.I)
# parts of another time or a move are not parts of the total
_NOT_PARTS = regex.compile(r"(?<![\p{L}])(?:earlier|previous|previously|ago|last\s+year|a\s+year|per|each|every|average|up|down|"
                           r"rose|fell|increased?|decreased?|than|compared|from|including|of\s+whom|of\s+which|among\s+them|"
                           r"so\s+far|to\s+date)(?![\p{L}])", regex.I)
# after the total: a running total, or the total of a longer time ("a total of 25 so far", "8.4 million for the year")
_RUNNING_AFTER = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,3}?\s+(?:so\s+far|to\s+date|this\s+year|for\s+the\s+year|since)(?![\p{L}])",
                               regex.I)
# a total that leaves room for other parts ("out of a total of 21,966 formal votes": other candidates)
_ROOM_FOR_MORE = regex.compile(r"(?<![\p{L}])(?:out\s+of|among)(?![\p{L}])", regex.I)
# another subject between the list and the total ("1,120 rooms and 540 suites, and its sister property 1,860 keys")
_OTHER_SUBJECT = regex.compile(r"(?:,\s*(?:and|but)\s+|(?<![\p{L}])(?:while|whereas)\s+)(?:its|their|the|his|her|a|an)\s", regex.I)
# "X took 39 seats and Y 38, leaving the coalition partners Z and Y with 86 between them": the total may be of other
# holders than the parts -- the names after "leaving", read by _left_to_other_holders
_LEAVING = regex.compile(r",\s*leaving\s+(?=(?:its|their|the|his|her)\s|(?-i:\p{Lu}))", regex.I)
_NAME = regex.compile(r"(?<![\p{L}])(?-i:\p{Lu})[\p{L}'’-]*")
# "the two parties", "both sides": the holders counted in words
_HOLDERS_COUNTED = regex.compile(r"\A(?:the\s+)?(?P<count>both|two|three|four|five|six)\s+[\p{L}-]+\s", regex.I)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _left_to_other_holders(text: str, s: int, parts: list[Quantity], t: Quantity) -> bool:
    """Is the total after ", leaving ..." said of other holders than the parts'? "Labour won 41 seats and the Greens 17,
    leaving the governing allies Labour and the Liberals with 66 between them": the Liberals hold no part. Not when
    every name after "leaving" holds a part ("leaving Labour and the Greens with 80"), nor when the holders are
    counted as many as the parts ("leaving the two parties with 80"); other words ("the coalition partners") are
    another group."""
    m = _LEAVING.search(text, parts[-1].end, t.start)
    if m is None:
        return False
    holders = text[m.end():t.start]
    names = [n for n in _NAME.findall(holders) if n not in ("The", "Its", "Their", "His", "Her")]
    if names:
        told = set(regex.findall(r"[\p{L}'’-]+", text[s:parts[-1].end]))
        return not all(n in told for n in names)
    counted = _HOLDERS_COUNTED.match(holders)
    return counted is None or _COUNTS[counted.group("count").lower()] != len(parts)


# "The package ...", "Its homes ...": the noun that ties a breakdown to the whole the sentence before gave
_THE_NOUN = regex.compile(r"\A\s*(?:The|Its|Their|This|These|Of\s+the)\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>[\p{L}-]{4,})", regex.I)
_SOME = regex.compile(r"(?<![\p{L}])(?:such\s+as|among\s+(?:them|others)|notably|mainly|mostly|chiefly|top|largest|biggest|"
                      r"leading|includ(?:es|ed|ing))(?![\p{L}])", regex.I)

def adds_up(parts: tuple[Quantity, ...] | list[Quantity], total: Quantity) -> bool:
    """Do the parts add up to the total, to the rounding of each as written?"""
    allowance = precision_of(total) + sum(precision_of(p) for p in parts) + 0.005 * abs(total.value)
    return abs(sum(p.value for p in parts) - total.value) <= allowance


def _some_run_adds_up(parts: list[Quantity], total: Quantity) -> bool:
    """Two or more parts in a row that add up to the total: the list holds other figures too ("a workforce of
    410, taking it to 570" after the owner's age)."""
    n = len(parts)
    return any(adds_up(parts[a:b], total) for a in range(n) for b in range(a + 2, n + 1) if (a, b) != (0, n))


_JOINED = regex.compile(r"[,;]|\.\s|(?<![\p{L}])(?:and|while|plus|followed\s+by)(?![\p{L}])", regex.I)


def _listed(text: str, parts: list[Quantity]) -> bool:
    """Each part joined to the next as a list is ("$1.5m for roads, $1.9m for ... and $1.1m"), not "from A to B"."""
    return all(_JOINED.search(text, a.end, b.start) for a, b in zip(parts, parts[1:]) if a.end <= b.start)


def _amounts(figures: list[Quantity]) -> list[Quantity]:
    return [q for q in figures if q.kind in _AMOUNTS and is_plain(q) and q.value]


# "grade 9", "Year 11", "level 3": a small number naming a rank or a step, not an amount to add up
_LABEL_BEFORE = regex.compile(r"(?<![\p{L}])(?:grade|level|year|form|class|division|tier|stage|phase|band|category|standard)\s+\Z",
                              regex.I)


def _a_label(text: str, q: Quantity) -> bool:
    return q.kind == "number" and q.value < 20 and has_digits(q) \
        and _LABEL_BEFORE.search(text, max(0, q.start - 12), q.start) is not None


# "a four-party coalition", "a 12-storey block": a count hyphened to its noun sizes a thing, it is not counted in a list
# (a squad "64-strong", a "12-member" board, "a 30-seat majority" count)
_HYPHENED_TO_ITS_NOUN = regex.compile(r"[-‑](?!strong|member|seat)\p{L}", regex.I)


def _describes(text: str, prose: str, q: Quantity) -> bool:
    """A figure that describes someone or something rather than adding to a total: a person's age ("Schoof, 67,"),
    a count hyphened to its noun ("a four-party coalition")."""
    return q.kind == "number" and (_HYPHENED_TO_ITS_NOUN.match(text, q.end) is not None or is_age(q, prose))


def _list_totals(story: Story, sentences) -> list[ListTotal]:
    text = story.doc.text
    found: list[ListTotal] = []
    prose = story.doc.prose
    amounts = [[q for q in _amounts(f) if not _a_label(text, q) and not _describes(text, prose, q)] for _, _, f in sentences]
    for i, (s, e, _) in enumerate(sentences):
        found.extend(_total_after_list(text, sentences, amounts, i))
        if i:
            found.extend(_whole_before(text, sentences, amounts, i))
            found.extend(_total_next(text, sentences, amounts, i))
    return found


# the next sentence opening on the list's total ("Together they make up a programme of €4.2bn")
# ("Together with Al Boraq, that took ...": a part the list did not give, so no opener of its total)
_ADDING_UP = r"(?:Together(?!\s+with)|Combined|Altogether|In\s+all|In\s+total|All\s+told|Between\s+them)"
_TOTAL_OPENS = regex.compile(rf"\A\s*(?:{_ADDING_UP}\b|"
                             r"(?:They|These|The\s+\p{L}+)\s+(?:together\s+)?(?:make\s+up|add\s+up\s+to|come\s+to|total))", regex.I)


_PARTS_NAMED = regex.compile(rf"\s*{_ADDING_UP}\s*,?\s+"
                            r"(?:the|these|those|all)\s+(?:(?:top|largest|biggest|leading|main)\s+)?"
                            r"(?P<n>two|three|four|five|six)(?![\p{L}])", regex.I)
_WORD_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _total_next(text: str, sentences, amounts, i: int) -> list[ListTotal]:
    """ "... sets out three envelopes: €1.9bn for rolling stock; €1.5bn for track; and €1.1bn for stations.
    Together they make up a programme of €4.2bn": the sentence after a list opens on its total."""
    s, _, figures = sentences[i]
    if not _TOTAL_OPENS.match(text[s:s + 60]):
        return []
    # "Together the top three sources accounted for $20.5 billion": the number of parts, said in words
    named = _PARTS_NAMED.match(text, s, min(len(text), s + 60))
    if named:
        figures = [q for q in figures if not (named.start("n") <= q.start < named.end("n"))]
    # the total is the sentence's first figure, right after its opening words
    own = [q for q in amounts[i] if q in figures]
    totals = own[:1] if figures and own and figures[0] is own[0] and own[0].start - s <= 70 else []
    parts = [q for q in amounts[i - 1] if totals and same_measure(q, totals[0])]
    if named and totals:
        # that many parts, the list running back into the sentence before if need be
        n = _WORD_COUNTS[named.group("n").lower()]
        earlier = [q for q in amounts[i - 2] if same_measure(q, totals[0])] if i >= 2 else []
        parts = (earlier + parts)[-n:] if len(parts) < n else parts
        if len(parts) != n:
            return []
    if len(parts) < 2 or not _listed(text, parts) or totals[0].value <= max(p.value for p in parts):
        return []
    if _some_run_adds_up(parts, totals[0]) or _RUNNING_AFTER.match(text[totals[0].end:totals[0].end + 50]):
        return []
    if _MOVES.search(text, sentences[i - 1][0], parts[-1].end) or any(
            _NESTED_BEFORE.search(text, max(0, p.start - 16), p.start) for p in parts):
        return []
    return [ListTotal(tuple(parts), totals[0], said_complete=True)]


_MOVES = regex.compile(r"(?<![\p{L}])(?:earlier|previous|ago|last\s+year|up|down|rose|fell|increased?|decreased?|than|"
                       r"compared|from|so\s+far|to\s+date)(?![\p{L}])", regex.I)
_NESTED_BEFORE = regex.compile(r"(?<![\p{L}])(?:including|of\s+which|of\s+whom|among\s+them)\s+\Z", regex.I)


_TOTAL_WORDS = ("total", "all", "together", "combined", "overall", "bringing", "taking", "making", "came to",
                "comes to", "amount", "add", "between them", "give", "gave")
# "the two parties", "all three": the number of the parts, said in words, is none of them
_COUNT_OF_PARTS = regex.compile(r"(?<![\p{L}])(?:the|all|both|these|those)\s+\Z", regex.I)


def _total_after_list(text: str, sentences, amounts, i: int) -> list[ListTotal]:
    """ "$61.2m for roads, ... and $29.1m for libraries, for a total capital spend of $148.6m"."""
    s, e, _ = sentences[i]
    out = []
    if len(amounts[i]) < 2:
        return out
    lowered = text[s:e].lower()     # (once: a generator's expression is worked out again for every word)
    if not any(w in lowered for w in _TOTAL_WORDS):
        return out      # (a total and a part at least, and a word of the total)
    for t in amounts[i]:
        if not (_TOTAL_BEFORE.search(text, max(s, t.start - 60), t.start) or _TOTAL_AFTER.match(text[t.end:t.end + 40])):
            continue
        if _BOUND_BEFORE.search(text, max(s, t.start - 20), t.start):
            continue
        parts = [q for q in amounts[i] if q.start < t.start and same_measure(q, t)
                 and (has_digits(q) or not _COUNT_OF_PARTS.search(text, max(s, q.start - 8), q.start))]
        if parts and _REST.search(text, s, t.start):
            # "The remaining Sh2.7 billion goes to ..., bringing the total to Sh14.2 billion": the list began earlier
            for j in range(i - 1, max(-1, i - 4), -1):
                before = [q for q in amounts[j] if same_measure(q, t)]
                if not before:
                    break
                parts = before + parts
        if len(parts) < 2 or not _listed(text, parts) or (
                _NOT_PARTS.search(text, s, t.start) and not _REST.search(text, s, t.start)):
            continue
        if _RUNNING_AFTER.match(text[t.end:t.end + 50]) or _OTHER_SUBJECT.search(text, parts[-1].end, t.start) \
                or _left_to_other_holders(text, s, parts, t):
            continue
        if any(p.value >= t.value for p in parts) or _some_run_adds_up(parts, t):
            continue
        out.append(ListTotal(tuple(parts), t, said_complete=not _ROOM_FOR_MORE.search(text, s, t.start)))
    return out


_NUMBER_OF_PARTS = regex.compile(r"\s+[\p{L}-]+\s*:")


# "Its medical division contributed CHF 142 million, ...": parts said as what each brought to the whole
_CONTRIBUTED = regex.compile(r"(?<![\p{L}])(?:contributed|accounted\s+for|brought\s+in|generated|made\s+up)(?![\p{L}])", regex.I)


# "Hotels contributed 2.4 billion baht, spas ...": the first part's own noun, with no article, then what it brought
_FIRST_PART_CONTRIBUTED = regex.compile(r"\A\s*(?P<noun>\p{Lu}[\p{L}-]{3,})\s+(?:contributed|accounted\s+for|brought\s+in|generated)\s+\Z")


# "The programme comprises S$520 million ..., S$430 million ... and S$370 million": the subject, whatever its noun,
# said to be made of the parts that follow
_COMPRISES = regex.compile(r"(?<![\p{L}])(?:comprises|comprised|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|"
                           r"was\s+made\s+up\s+of|is\s+split\s+into|was\s+split\s+into|breaks\s+down\s+into|"
                           r"is\s+divided\s+into)\s+(?:of\s+)?\Z", regex.I)


def _whole_before(text: str, sentences, amounts, i: int) -> list[ListTotal]:
    """ "a $4.2 million package ... The package includes $1.5 million ..., $1.9 million ... and $1.1 million"."""
    s, e, _ = sentences[i]
    here = amounts[i]
    if here and _NUMBER_OF_PARTS.match(text, here[0].end) and here[0].value == len(here) - 1:
        here = here[1:]    # "spread across three sites: 520 ..., 410 ... and 350 ...": the count of the parts
    if here and here[0].kind == "money":
        # counts in the parts' own words are not parts of a sum of money ("S$520 million to rebuild two blocks")
        here = [q for q in here if q.kind == "money"]
    if len(here) < 3 or any(not same_measure(q, here[0]) for q in here):
        return []
    if not _listed(text, here):
        return []
    head = text[s:here[0].start]
    m = _THE_NOUN.search(head) or _FIRST_PART_CONTRIBUTED.search(head)
    if not m or _NOT_PARTS.search(text, here[0].start, here[-1].end):
        return []
    ps, pe, _ = sentences[i - 1]
    before = [q for q in amounts[i - 1] if same_measure(q, here[0])]
    wholes = [q for q in before if q.value > max(p.value for p in here)]
    if len(wholes) != 1 or any(adds_up(here, q) for q in before) or _some_run_adds_up(here, wholes[0]):
        return []
    whole = wholes[0]
    noun = m.group("noun").lower().rstrip("s")
    if noun not in text[max(ps, whole.start - 50):min(pe, whole.end + 50)].lower() \
            and not _CONTRIBUTED.search(text, s, here[0].start) and not _COMPRISES.search(head):
        return []
    complete = not _SOME.search(head)
    return [ListTotal(tuple(here), whole, said_complete=complete and ":" in head)]


# -- changes -----------------------------------------------------------------------------------

_BASE_BEFORE = regex.compile(r"(?<![\p{L}])(?:from|compared\s+with|compared\s+to|against|versus|vs\.?)\s+(?:a\s+|an\s+|the\s+)?"
                             r"(?:record\s+|revised\s+|low\s+of\s+|high\s+of\s+)?\Z", regex.I)
_MOVE_NOUN = (r"(?:increase|rise|jump|gain|growth|surge|climb|improvement|hike|drop|fall|decline|decrease|reduction|cut|slide|dip|"
              r"slump|plunge|contraction|loss)")
_RATE_AFTER_MOVE = regex.compile(
    r"(?<![\p{L}])(?:up|down|rose|fell|increased|decreased|grew|jumped|climbed|dropped|declined|gained|lost|slipped|surged|plunged|"
    r"soared|slumped|tumbled|shrank|expanded|rising|falling|by|" + _MOVE_NOUN + r"s?\s+of|(?:,|\()\s*(?:or|a|an))"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|just\s+over\s+|more\s+than\s+)?\Z", regex.I)
_MOVE_AFTER_RATE = regex.compile(r"\A\s*(?:year-on-year\s+|annual\s+|yearly\s+)?(?:" + _MOVE_NOUN +
                                 r"|higher|lower|more|less|fewer|up|down)(?![\p{L}])", regex.I)
# (", so in dollar terms the auction average is up about 2%": what follows "so" is the consequence, another subject's)
_CLAUSE_BREAK = regex.compile(r";|,\s*so\s|(?<![\p{L}])(?:(?:while|whereas|but|although|though)(?![\p{L}])|"
                              r"(?:and|with)\s+(?:the|its|their|a|an)\s)", regex.I)
_POINTS_AFTER = regex.compile(r"\A\s*(?:percentage\s+)?points?", regex.I)
_OF_AFTER = regex.compile(r"\A\s*(?:of|stake|share|owned|majority|interest|tax|duty|tariff|VAT|rate|margin|discount|commission)(?![\p{L}])",
                          regex.I)
_ROUND_HEDGES = ("about", "around", "nearly", "almost", "roughly", "some")


_UP_FROM_BEFORE = regex.compile(r"(?<![\p{L}])(?:up|down)\s+from\s+(?:a\s+|the\s+)?\Z", regex.I)


def _levels_of_the_base(levels: list[Quantity], text: str, s: int, rates: list[Quantity] = ()) -> list[Quantity]:
    """ "A total of 10,887,705 people attended the 720 games ..., up from 8,100,326": of more than two levels, the
    base after "up from" or "down from" and the one figure of its measure and size (a tenth to ten times it) before
    it, in their order ("from 10 a.m. to 3 p.m." is no move)."""
    if len(levels) <= 2:
        return levels
    bases = [q for q in levels if _UP_FROM_BEFORE.search(text, max(s, q.start - 20), q.start)]
    if len(bases) != 1 or not bases[0].value:
        return levels
    base = bases[0]
    alike = [q for q in levels if q is not base and same_measure(q, base) and q.value and q.start < base.start
             and 0.1 <= q.value / base.value <= 10]
    # the rate said right after the base, with no figure between ("..., up from 8,100,326 last year, an increase of
    # 22%"): a rate said before it, or after other figures, may be another move's
    if len(alike) != 1 or len(rates) != 1 or rates[0].start < base.end \
            or any(base.end <= q.start < rates[0].start for q in levels):
        return levels
    return sorted([alike[0], base], key=lambda q: q.start)


_OWN_LEVEL_GAP = regex.compile(r"\A(?:[^,;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,30}?(?<![\p{L}])to\s+(?:a\s+(?:record\s+)?|about\s+|nearly\s+|some\s+)?\Z", regex.I)


def _changes(story: Story, sentences) -> list[StatedChange]:
    text = story.doc.text
    out = []
    for s, e, figures in sentences:
        exact = [q for q in figures if q.kind in ("money", "number", "physical", "percent") and _exact(q)]
        rates = [q for q in exact if q.kind == "percent" and q.unit == "percent"]   # (not basis points)
        levels = _levels_of_the_base([q for q in exact if q.kind != "percent"], text, s, rates)
        if len(rates) != 1 or len(levels) != 2 or not same_measure(*levels) or not all(map(has_digits, levels)):
            continue
        rate, (a, b) = rates[0], levels
        if rate.hedge and rate.hedge.lower() not in _ROUND_HEDGES or a.value == b.value:
            continue
        if _POINTS_AFTER.match(text[rate.end:rate.end + 20]) or _OF_AFTER.match(text[rate.end:rate.end + 14]):
            continue
        if not (_RATE_AFTER_MOVE.search(text, max(s, rate.start - 40), rate.start)
                or _MOVE_AFTER_RATE.match(text[rate.end:min(e, rate.end + 40)])):
            continue
        from_a = _BASE_BEFORE.search(text, max(s, a.start - 16), a.start)
        from_b = _BASE_BEFORE.search(text, max(s, b.start - 16), b.start)
        if bool(from_a) == bool(from_b):
            continue    # which figure is the base is not said: the frame readers decide, or nobody
        if _CLAUSE_BREAK.search(text, min(a.start, b.start, rate.start), max(a.end, b.end, rate.end)):
            continue    # two clauses: the percentage may be another subject's ("while profit was up 31 percent")
        base, new = (a, b) if from_a else (b, a)
        last = max(a.end, b.end)
        if rate.start > last and _of_another_verb_or_subject(text[last:rate.start]):
            continue    # ", funding a 15% increase in bus hours": the object of another verb, or a forecast (or the
            #             move of a "with" clause's own subject: ", with sales to China down 40%")
        if max(a.value, b.value) / min(a.value, b.value) > 10:
            continue    # ten times apart: two different things, not one figure's move
        if any(q.start > rate.end and not same_measure(q, a) and _OWN_LEVEL_GAP.match(text[rate.end:q.start])
               for q in figures):
            continue    # "412 stores, up from 356, ... revenue rose 19 per cent in 2023 to $186 million": the rate's
            #             own level is another measure's
        out.append(StatedChange(base, new, rate))
    return out


# -- shares ------------------------------------------------------------------------------------

_OF_THE = regex.compile(r"(?:\A|[,;:]\s+|(?<![\p{L}])(?:and|but|that)\s+)(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                        r"(?:[\p{L}'’-]+['’]s?\s+)?(?:[\p{L}-]+\s+){0,2}?\Z", regex.I)
_OF_THESE = regex.compile(r"(?:\A\s*|[,;]\s+)(?:of|out\s+of)\s+(?:these|those|them|whom|which|the\s+total)\s*,?\s*\Z", regex.I)
_NOT_A_SHARE = regex.compile(r"(?<![\p{L}])(?:up|down|from|than|increase|rise|rose|fell|drop|decline|higher|lower|compared|against|"
                             r"previous|earlier|last|ago|points?|growth|rate)(?![\p{L}])", regex.I)
# a percentage said as a comparison after all ("– 12% more than last year", "up 12% on the year before")
_COMPARED_AFTER = regex.compile(r"\A\s*(?:more|fewer|less|higher|lower|faster|slower|above|below|over|than|up|down|on\s+(?:last|the)|"
                                r"growth|increase|rise|drop|fall|decline)(?![\p{L}])", regex.I)
# "or 31% of the registered nurses": a share of another base, named after it
_OF_ANOTHER = regex.compile(r"\A\s*of\s+(?!all\b|the\s+(?:total|whole)\b|(?:them|those|these)\b(?!\s+(?:who|that|which|with|in|from|at)\b)|the\s+[\p{L}-]+\s+total\b)", regex.I)
_SHARE_LEAD = regex.compile(r"(?:,\s*(?:or|about|around|nearly|some|roughly|representing|making\s+up|accounting\s+for)|\(|[—–]|"
                            r"(?<![\p{L}])(?:to|of|at|is|was|a\s+pass\s+rate\s+of|percentage\s+(?:of|to|at)))"
                            r"(?:\s+(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under))?\s*\Z", regex.I)


def _counts(figures: list[Quantity]) -> list[Quantity]:
    return [q for q in figures if q.kind == "number" and q.value > 0 and _exact(q)]


def _shares(story: Story, sentences) -> list[StatedShare]:
    text = story.doc.text
    out = []
    for i, (s, e, figures) in enumerate(sentences):
        counts = _counts(figures)
        rates = [q for q in figures if q.kind == "percent" and _exact(q)]
        if not counts or not rates:
            continue
        pair = _part_of_whole(text, s, e, counts) or (i and _part_of_these(text, s, counts, _counts(sentences[i - 1][2]))) \
            or _part_of_a_poll(text, s, counts, rates)
        if not pair:
            continue
        part, whole = pair
        rate = next((r for r in rates if r.start > part.end), None)
        if rate is None:
            continue
        gap = text[part.end:rate.start]
        after = text[rate.end:rate.end + 40]
        if _NOT_A_SHARE.search(gap) or len(gap) > 120 or _POINTS_AFTER.match(after) or _COMPARED_AFTER.match(after) \
                or _OF_ANOTHER.match(after):
            continue
        if not _SHARE_LEAD.search(text, max(s, rate.start - 40), rate.start):
            continue
        if any(q is not part and part.end <= q.start < rate.start and q.kind in ("number", "money") and q.hedge is None
               and q.value >= 20 and has_digits(q) and not is_year_like(q) for q in figures):
            continue   # another figure between: the share may be of it
        out.append(StatedShare(part, whole, rate))
    return out


# "passed with 18,412 votes to 11,330, or 64.8%": a side's share of a two-way tally
_TALLY = regex.compile(r"\A\s+(?:(?:votes?|seats?|ballots?)\s+)?to\s+\Z", regex.I)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s+\Z", regex.I)
_VOTE_WORDS = regex.compile(r"(?<![\p{L}])(?:votes?|voted|voting|ballots?|seats?|passed|carried|approved|defeated|"
                            r"rejected|in\s+favou?r|against|referendum|measure|motion|bill|elected|won|winning)(?![\p{L}])",
                            regex.I)
_TALLY_RATE = regex.compile(r"\A(?:\s+(?:votes?|seats?|ballots?))?\s*,\s*or\s+\Z", regex.I)


def _tally_shares(story: Story, sentences) -> list[StatedShare]:
    text = story.doc.text
    out = []
    for s, e, figures in sentences:
        if " to " not in text[s:e]:
            continue
        for a, b, rate in zip(figures, figures[1:], figures[2:]):
            if not (a.kind == b.kind == "number" and rate.kind == "percent" and rate.unit == "percent"
                    and _exact(a) and _exact(b) and _exact(rate) and a.value > 0 and b.value > 0):
                continue
            if not _TALLY.match(text[a.end:b.start]) or not _TALLY_RATE.match(text[b.end:rate.start]):
                continue
            if _FROM_BEFORE.search(text, max(s, a.start - 12), a.start) or not _VOTE_WORDS.search(text, s, e):
                continue    # "fell from 1,104 to 905, or 18 percent": a move, not a tally
            whole = replace(b, text=f"{a.text} + {b.text}", value=a.value + b.value, precision=0.0)
            out.append(StatedShare(a, whole, rate))
    return out


# "QR920 million, or 50% of the total; commercial leasing QR610 million, or 33%; and the hotels QR480 million, or
# 17%": parts set off with their shares of one whole. Each pair implies the whole; when all but one agree and the
# story states that whole (in the sentence or the one before), the one that does not is recomputed against it.
_SET_OFF_RATE = regex.compile(r"\A\s*(?:,\s*(?:or|representing|accounting\s+for|making\s+up)\s+|\(\s*)\Z", regex.I)
_AGREE = 0.03       # implied wholes within 3% of each other agree (each share is rounded)


def _share_lists(story: Story, sentences) -> list[StatedShare]:
    text = story.doc.text
    out = []
    for i, (s, e, figures) in enumerate(sentences):
        pairs = [(x, r) for x, r in zip(figures, figures[1:])
                 if x.kind in ("money", "number", "physical") and r.kind == "percent" and r.unit == "percent"
                 and _exact(x) and _exact(r) and x.value > 0 and 0 < r.value < 100
                 and _SET_OFF_RATE.match(text[x.end:r.start])]
        if len(pairs) < 3 or not all(same_measure(pairs[0][0], x) for x, _ in pairs):
            continue
        implied = [x.value / r.value * 100 for x, r in pairs]
        for k, (x, r) in enumerate(pairs):
            others = implied[:k] + implied[k + 1:]
            mid = sorted(others)[len(others) // 2]
            if not all(abs(w / mid - 1) <= _AGREE for w in others) or abs(implied[k] / mid - 1) <= 0.15:
                continue
            before = sentences[i - 1][2] if i else []
            whole = next((q for q in [*before, *figures] if same_measure(q, x) and _exact(q)
                          and abs(q.value / mid - 1) <= _AGREE and q.value > x.value), None)
            if whole is not None:
                out.append(StatedShare(x, whole, r))
            break
    return out


# "India ... with 11.9 million passengers, or 24% of all traffic", "Adult social care, at £214m, now accounts for
# 52% of the entire budget": a part and its share of the whole, the whole given sentences before (and not here)
_PART_TO_SHARE = regex.compile(
    r"\A(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s*(?:or|(?:now\s+|still\s+)?(?:representing|accounting\s+for|making\s+up|accounts?\s+for|"
    r"accounted\s+for|makes?\s+up|made\s+up|represents?|represented))\s+"
    r"(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than)?\s*\Z", regex.I)
_SHARE_OF_ALL = regex.compile(r"\s*of\s+(?:all|total|the\s+(?:total|entire|whole|overall)|its\s+(?:total|entire|whole)|"
                              r"the\s+(?:national|nationwide|country['’]s|nation['’]s)\s+total)"
                              r"(?![\p{L}])(?:\s+(?P<noun>[\p{L}-]{3,}))?", regex.I)
_PART_OF_ALL_THEN_SHARE = regex.compile(
    r"\A\s*of\s+(?:all|total|the\s+(?:total|entire|whole|overall)|its\s+(?:total|entire|whole))(?![\p{L}])"
    r"(?:\s+(?P<noun>[\p{L}-]{3,}))?\s*,\s*or\s+(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under)?\s*\Z", regex.I)
# "2.5 million of the visitors, or 25%": the part named as some of a counted thing said before (the whole may be
# in the same sentence: "welcomed 10 million tourists last year, and 2.5 million of the visitors, or 25%")
_PART_OF_THE_COUNTED_THEN_SHARE = regex.compile(
    r"\A\s*of\s+(?:the|these|those|its|their)\s+(?P<counted>[\p{L}-]{3,})\s*,\s*or\s+"
    r"(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under)?\s*\Z", regex.I)
_WORDS_AFTER = regex.compile(r"(?:\s+\(?[\p{L}-]+\)?){1,4}")     # (used with .match at a position: no \A)


def _nouns_after(text: str, at: int) -> list[str]:
    """The (up to four) words after a figure, bracket marks dropped, lowered and made singular: "(TEU)" -> "teu"."""
    m = _WORDS_AFTER.match(text, at)
    return [w.strip("()").lower().rstrip("s") for w in m.group().split()] if m else []
_GENERIC_COUNTS = frozenset(("unit",))
_NOT_THE_WHOLE_NOUN = frozenset("of for in at to from who that which was were is are and".split())


# "In Turkana, 412 of the schools, or 62 per cent": the part counts the schools of a place of its own, not the
# whole counted before
_A_PLACE_OF_ITS_OWN = regex.compile(r"(?<![\p{L}])(?:In|At|Among|Across|Within|For)\s+(?:the\s+)?\p{Lu}")


def _shares_of_a_whole_before(story: Story, sentences) -> list[StatedShare]:
    text = story.doc.text
    out = []
    earlier: list[Quantity] = []
    for s, e, figures in sentences:
        amounts = [q for q in figures if q.kind in ("money", "number", "physical") and _exact(q) and has_digits(q)]
        # (by identity: a figure equal to an amount passes the test above too, so is one; `in` compared each
        # amount field by field)
        amount_ids = {id(q) for q in amounts}
        for a, p in zip(figures, figures[1:]):
            if id(a) not in amount_ids or not (p.kind == "percent" and p.unit == "percent" and _exact(p) and 0 < p.value < 100):
                continue
            counted = _PART_OF_THE_COUNTED_THEN_SHARE.match(text[a.end:p.start])
            if counted and not _COMPARED_AFTER.match(text[p.end:p.end + 40]) \
                    and not _A_PLACE_OF_ITS_OWN.search(text, s, a.start):
                noun = counted.group("counted").lower().rstrip("s")
                # (the whole said earlier in this sentence too: the part names it by its noun, so no guess)
                here = [q for q in amounts if q.end <= a.start]
                whole = _the_whole_before(text, a, p, None, earlier + here, counted=noun)
                if whole is not None and _same_year(text, sentences, whole, a):
                    out.append(StatedShare(a, whole, p))
                    break
            whole_said = _SHARE_OF_ALL.match(text, p.end)
            if not whole_said or not _PART_TO_SHARE.match(text[a.end:p.start]):
                # "made up 3.1 trillion won of the total, or 62%": the whole named after the part, the share after it
                whole_said = _PART_OF_ALL_THEN_SHARE.match(text[a.end:p.start])
                if not whole_said:
                    continue
            if any(q is not a and same_measure(q, a) and q.value > a.value for q in amounts):
                break       # the whole may be in the sentence: the in-sentence readers' case (a smaller figure
                #             of its measure could not be: "SR662 billion, or 72% of total revenue, with non-oil
                #             revenue ... SR313 billion")
            whole = _the_whole_before(text, a, p, whole_said.group("noun"), earlier)
            if whole is not None and _same_year(text, sentences, whole, a):
                out.append(StatedShare(a, whole, p))
            break
        earlier.extend(amounts)
    return out


def _the_whole_before(text: str, part: Quantity, rate: Quantity, noun: str | None,
                      earlier: list[Quantity], counted: str | None = None) -> Quantity | None:
    """The whole a share is said of: the largest earlier figure of the part's measure (of its counted noun, for a
    count; near the noun the share names, if it names one). None where one of them fits the share anyway (the
    rule would find nothing) or none is of the part's thing."""
    if counted is None and part.kind == "number":
        counted = next(iter(_nouns_after(text, part.end)), None)
        if not counted or counted in _NOT_THE_WHOLE_NOUN:
            return None
    # (the base of a change, "up 49% from 27.9 million a year earlier", is another time's: no whole of this share)
    larger = [w for w in earlier if same_measure(w, part) and w.value > part.value
              and not _BASE_BEFORE.search(text, max(0, w.start - 30), w.start)]
    if any(abs(100 * part.value / w.value - rate.value) <= 1.0 + precision_of(rate) for w in larger):
        return None         # a whole that fits, whatever its noun ("9,120 votes, or 31% of the total" of 29,410 ballots)
    candidates = []
    for w in larger:
        if counted and counted not in _GENERIC_COUNTS and counted_family(counted) not in \
                {counted_family(n) for n in _nouns_after(text, w.end)}:
            continue         # ("22,140 units, making up 64% of the total" counts whatever the whole does)
        if noun and noun.lower() not in _NOT_THE_WHOLE_NOUN and part.kind == "money" \
                and noun.lower().rstrip("s") not in text[max(0, w.start - 40):w.end + 40].lower():
            continue
        candidates.append(w)
    return max(candidates, key=lambda w: w.value) if candidates else None


_YEAR = regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _year_of(text: str, sentences, q: Quantity) -> str | None:
    """The year a figure is said of: the first named just after it in its sentence ("85 million tourists in 2023"),
    else the last named before it there ("In 2024 Barcelona had 12 million visitors")."""
    s, e = next(((s, e) for s, e, _ in sentences if s <= q.start < e), (q.start, q.end))
    after = _YEAR.search(text, q.end, min(e, q.end + 40))
    if after:
        return after.group()
    before = _YEAR.findall(text, s, q.start)
    return before[-1] if before else None


def _same_year(text: str, sentences, whole: Quantity, part: Quantity) -> bool:
    """False where the part is said of another year than its whole (a share of 2024's visitors is no share of the
    85 million tourists of 2023)."""
    a, b = _year_of(text, sentences, whole), _year_of(text, sentences, part)
    return a is None or b is None or a == b


def _lead(text: str, s: int, at: int, width: int = 60) -> str:
    """The sentence's words before `at` (the last `width` of them, cut after a space so that a pattern's
    start anchor stands for the sentence's start only)."""
    return text[s:at] if at - s <= width else " " + text[at - width:at]


# "The poll of 1,200 voters ... found that 516 respondents, or 47%, named inflation": those asked, then the first
# count said with its share
_POLL_OF = regex.compile(r"(?<![\p{L}])(?:poll|survey|sample|census)\s+of\s+(?:some\s+|about\s+|more\s+than\s+)?\Z", regex.I)
_SHARE_RIGHT_AFTER = regex.compile(r"(?:\s+[\p{L}-]+){0,2},\s+or\s+\Z")
_THOSE_ASKED = frozenset({"respondent", "participant", "interviewee"})     # (as _nouns_after gives them)


def _part_of_a_poll(text: str, s: int, counts: list[Quantity], rates: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    whole = next((c for c in counts if _POLL_OF.search(text, max(s, c.start - 30), c.start)), None)
    if whole is None:
        return None
    part = next((c for c in counts if c.start > whole.end), None)
    if part is None or part.value >= whole.value or not any(
            r.start > part.end and _SHARE_RIGHT_AFTER.fullmatch(text, part.end, r.start) for r in rates):
        return None
    if _NOT_A_SHARE.search(text, whole.end, part.start):
        return None     # "The survey of 1,240 firms found profits rose to 806, or 55%": a move, not a share
    asked, said = _nouns_after(text, whole.end)[:1], _nouns_after(text, part.end)[:1]
    if not asked or not said or not (said[0] in _THOSE_ASKED or said == asked):
        return None     # "The survey of 1,240 schools found 806 teachers, or 55%": another thing counted
    return part, whole


def _part_of_whole(text: str, s: int, e: int, counts: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """ "Of the 480 candidates who sat ..., 312 passed": the first count after the clause's comma."""
    for c in counts:
        if _OF_THE.search(_lead(text, s, c.start)):
            comma = text.find(",", c.end, e)
            after = [q for q in counts if q.start > comma] if comma >= 0 else []
            if after and after[0].value < c.value and not _NOT_A_SHARE.search(text, comma, after[0].start):
                return after[0], c
            return None
    return None


def _part_of_these(text: str, s: int, counts: list[Quantity], before: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """ "... admitted 1,860 patients. Of these, 412 were children": the whole is the sentence before's count."""
    part = counts[0]
    if not before or not _OF_THESE.search(_lead(text, s, part.start)):
        return None
    # the sentence before must give one count ("There were 2,400 applicants and 300 places": which?)
    return (part, before[0]) if len(before) == 1 and before[0].value > part.value else None


# -- differences -------------------------------------------------------------------------------

# the words that say a figure is the difference of the two before it
_DIFFERENCE_LEAD = regex.compile(
    r"(?<![\p{L}])(?:(?:a|the|its|their)\s+)?(?:gap|deficit|shortfall|surplus|difference|margin|balance)\s+of\s+"
    r"(?:just\s+|only\s+|some\s+)?[+−-]?\Z|(?<![\p{L}])goal\s+differen(?:ce|tial)\s+(?:of\s+)?(?:[+−-]|(?:plus|minus)[-\s])?\Z",
    regex.I)
_SHORT_OF = regex.compile(r"\A\s+(?:seats?\s+|votes?\s+|points?\s+)?short\s+of\s+(?:the\s+)?\Z", regex.I)
_SCORED = regex.compile(r"(?<![\p{L}])scor(?:ed|ing)\s+\Z", regex.I)
# (North American copy: "allowed 198", "gave up 41")
_CONCEDED = regex.compile(r"(?<![\p{L}])(?:conced(?:ed|ing)|allow(?:ed|ing)|gave\s+up|giving\s+up|let\s+in|letting\s+in)\s+\Z",
                          regex.I)


def _differences(story: Story, sentences) -> list[StatedDifference]:
    text = story.doc.text
    out = []
    for s, e, figures in sentences:
        if len(figures) < 2:
            continue
        lowered = text[s:e].lower()     # (once: a generator's expression is worked out again for every word)
        if not any(w in lowered for w in _DIFFERENCE_WORDS):
            continue    # (a cheap test before each figure's words are read)
        exact = [q for q in figures if q.kind in ("money", "number", "physical") and is_plain(q) and q.value]
        for d in exact:
            lead = _lead(text, s, d.start)
            if _MOVED_BY.search(lead) and _POINTS_AFTER.match(text[d.end:d.end + 12]):
                pair = _index_levels(text, d, e, exact)     # (its "from" is the level it moved from)
            elif _ANOTHER_TIME.search(lead[-40:]) or _ANOTHER_TIME.search(text, d.end, min(e, d.end + 40)):
                continue    # "narrower than a gap of 12 points in the previous poll": another time's gap
            elif _DIFFERENCE_LEAD.search(lead):
                pair = _goals(text, s, d, exact) if "goal" in lead.lower() else _two_before(text, d, exact)
            else:
                pair = _short_of(text, d, exact)
            if pair is None:
                continue
            larger, smaller = sorted(pair, key=lambda q: -abs(q.value))
            # sides a hundred times apart are not two sides of one gap (a scale slip in one of them is another
            # rule's to report: "spending of SR1.285bn and revenue of SR1.184 trillion")
            if abs(d.value) < abs(larger.value) and larger.value != smaller.value and smaller.value \
                    and abs(larger.value / smaller.value) < 100 and not _side_slipped_by_a_power_of_ten(pair, d):
                out.append(StatedDifference(larger, smaller, d))
    return out


_ANOTHER_TIME = regex.compile(r"(?<![\p{L}])(?:than|previous|previously|earlier|compared|last|ago|before|from)(?![\p{L}])",
                              regex.I)


_DIFFERENCE_WORDS = ("gap", "deficit", "shortfall", "surplus", "differen", "margin", "balance", "short", "point")


def _two_before(text: str, d: Quantity, exact: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """ "net spending of £386.4m ..., against income of £361.9m, leaving a gap of £26.5m": exactly two figures
    of the difference's measure before it in the sentence."""
    before = [q for q in exact if q.end <= d.start and same_measure(q, d)]
    if len(before) != 2 or ";" in text[before[0].start:d.start] or d.start - before[1].end > 60 \
            or _CLAUSE_BREAK.search(text, before[1].end, d.start):
        return None     # "reached 241, but a first-innings deficit of 230": the gap of another pair
    if any(_BASE_BEFORE.search(text, max(0, q.start - 16), q.start) for q in before):
        return None     # "rose to $4.1bn from $3.6bn; the trade gap of ...": a move, not the gap's two sides
    return before[0], before[1]


# "The index gained 96 points, or 0.6 per cent, to close at 12,684, up from 12,606"
_MOVED_BY = regex.compile(r"(?<![\p{L}])(?:gained|rose|added|climbed|jumped|surged|advanced|fell|lost|shed|dropped|slipped|"
                          r"declined|tumbled|slid|eased)(?:\s+by)?\s+\Z", regex.I)
_TO_LEVEL = regex.compile(r"(?<![\p{L}])to\s+(?:(?:close|end|finish|settle)\s+(?:the\s+\p{L}+\s+)?at\s+)?\Z", regex.I)
_FROM_LEVEL = regex.compile(r"(?<![\p{L}])from\s+(?:a\s+|the\s+|its\s+)?(?:previous\s+close\s+of\s+|close\s+of\s+)?\Z", regex.I)


def _index_levels(text: str, d: Quantity, e: int, exact: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The level a move of points ended at and the one it started from, both written after it."""
    after = [q for q in exact if q.start > d.end and q.kind == d.kind and q.unit == d.unit]
    to = [q for q in after if _TO_LEVEL.search(text, max(0, q.start - 30), q.start)]
    frm = [q for q in after if _FROM_LEVEL.search(text, max(0, q.start - 30), q.start)]
    if len(to) != 1 or len(frm) != 1 or _CLAUSE_BREAK.search(text, d.end, max(to[0].end, frm[0].end)):
        return None
    if _OTHER_BASE_AFTER.match(text[frm[0].end:frm[0].end + 40]):
        return None     # "up from 102,926.40 at the start of the year": the level of another day than the move's
    return to[0], frm[0]


_OTHER_BASE_AFTER = regex.compile(r"\A\s*(?:at\s+the\s+(?:start|end|beginning)|in\s+(?:January|the\s+year)|a\s+year|last\s+"
                                  r"(?:year|month|week)|this\s+year|since|earlier\s+(?:this|in))", regex.I)


def _goals(text: str, s: int, d: Quantity, exact: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """ "scoring 52 goals and conceding 26 for a goal difference of +28"."""
    scored = [q for q in exact if q.end <= d.start and _SCORED.search(text, max(s, q.start - 12), q.start)]
    conceded = [q for q in exact if q.end <= d.start and _CONCEDED.search(text, max(s, q.start - 14), q.start)]
    return (scored[-1], conceded[-1]) if len(scored) == 1 and len(conceded) == 1 else None


_OF_WHOLE = regex.compile(r"(?<![\p{L}])(?:out\s+)?of\s+(?:the\s+|its\s+|all\s+)?\Z", regex.I)


def _short_of(text: str, d: Quantity, exact: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """ "winning 157 of the 338 seats ..., 15 short of the 170 needed": the needed figure less the one won
    (the figure of the measure right before the difference)."""
    after = [q for q in exact if q.start > d.end]
    if not after or not _SHORT_OF.match(text[d.end:after[0].start]):
        return None
    before = [q for q in exact if q.end <= d.start and same_measure(q, d) and not _OF_WHOLE.search(text, max(0, q.start - 12), q.start)]
    if before and _A_BAR_AFTER.match(text, before[-1].end, d.start):
        return None     # "cleared the 66-vote majority but fell five short of the 87 required": another bar, not the tally
    return (after[0], before[-1]) if before else None


# a figure named as a bar to clear ("the 66-vote absolute majority", "the 40-seat threshold"), not the figure won
_A_BAR_AFTER = regex.compile(r"[-‑\s]*(?:[\p{L}]+[-‑\s]+){0,2}?(?:majority|threshold|quorum|needed|required|minimum|hurdle)"
                             r"(?![\p{L}])", regex.I)


# -- a finisher's time and the gap said after it ----------------------------------------------
# "Haugland won in 2:21:47. Solbakken was second in 2:22:35, 48 seconds behind": the gap is the finisher's time less
# the time of someone ahead, told in the sentence or the two before. Behind whom is not always said (the winner, or
# the one just ahead), so only a gap that fits no earlier, faster time is reported.

_GAP_BEHIND = regex.compile(r"\A\s*(?:behind|back|adrift|slower|off\s+the\s+pace)(?![\p{L}])", regex.I)
_OWN_TIME_THEN = regex.compile(r"\A\s*,\s*(?:just\s+|only\s+|some\s+)?\Z")
_TIMES_BACK = 2     # sentences before the gap's where faster times may be told


def _time_gaps(story: Story, sentences) -> list[StatedDifference]:
    text = story.doc.text
    out = []
    for k, (s, e, figures) in enumerate(sentences):
        times = [q for q in figures if _in_seconds(q)]
        for own, gap in zip(times, times[1:]):
            if not _GAP_BEHIND.match(text[gap.end:gap.end + 20]) or not _OWN_TIME_THEN.match(text[own.end:gap.start]) \
                    or not own.value > gap.value > 0:
                continue
            ahead = [q for j in range(max(0, k - _TIMES_BACK), k + 1) for q in sentences[j][2]
                     if _in_seconds(q) and q.end <= own.start and own.value / 2 < q.value < own.value]
            if not ahead or any(_gap_fits(own, q, gap) for q in ahead):
                continue
            # (reported against the fastest time before it: the winner's, whom a bare "behind" means most often)
            fastest = min(ahead, key=lambda q: q.value)
            out.append(StatedDifference(_to_the_second(own), _to_the_second(fastest), _to_the_second(gap)))
    return out


def _in_seconds(q: Quantity) -> bool:
    """A time told to the second ("2:21:47", "2 hours 21 minutes 47 seconds", "38 seconds"), not a hedged one."""
    return q.kind == "duration" and q.unit == "second" and q.value is not None and _exact(q) and not q.hedge \
        and not q.approximate


def _to_the_second(q: Quantity) -> Quantity:
    """A time's rounding is its last written place ("2:22:35" to the second, "9.58" to the hundredth), not the
    scale of its first number that precision_of would read into "2:22:35"."""
    decimals = regex.search(r"\.(\d+)", q.text)
    return replace(q, precision=0.5 * 10 ** -len(decimals.group(1)) if decimals else 0.5)


def _gap_fits(own: Quantity, ahead: Quantity, gap: Quantity) -> bool:
    slack = sum(precision_of(_to_the_second(q)) for q in (own, ahead, gap))
    return abs(own.value - ahead.value - gap.value) <= slack


# -- the winning margin of a football score -----------------------------------------------------
# "won the grand final 12.9 (81) to 10.14 (74) ... sealed a seven-point win": an Australian football score gives
# each side's points in brackets after its goals and behinds, so a margin said of the win is their difference. Only
# a story with one such score is read (a round-up's margins belong to other games), and a margin of another time
# ("last year's 30-point win") is left alone.

_FOOTY_SCORE = regex.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\s*\((?P<a>\d{1,3})\)\s*(?:to|[-–]|def(?:eated|\.)?|beat)\s*"
                             r"\d{1,2}\.\d{1,2}\s*\((?P<b>\d{1,3})\)")
# (not "margin": "a 20-point margin at three-quarter time" is the lead at a break)
_MARGIN_AFTER = regex.compile(r"\A[-‑\s]?points?\s+(?:win|victory|triumph|defeat|loss)(?![\p{L}])", regex.I)
_MARGIN_BEFORE = regex.compile(r"(?<![\p{L}])(?:won|win|wins|winning|beat|beating|lost|losing)\s+by\s+\Z", regex.I)
_POINTS_THEN = regex.compile(r"\A\s*points?(?![\p{L}])", regex.I)
_OTHER_GAME = regex.compile(r"(?<![\p{L}])(?:last\s+(?:year|season|week)|previous|earlier|(?:19|20)\d\d)(?![\p{L}\d])", regex.I)


def _winning_margins(story: Story, sentences) -> list[StatedDifference]:
    text = story.doc.text
    scores = list(_FOOTY_SCORE.finditer(text, story.doc.body_start))
    if len(scores) != 1:
        return []
    score = scores[0]
    figures = [q for _, _, f in sentences for q in f]
    sides = [next((q for q in figures if q.start == score.start(g) and q.kind == "number"), None) for g in ("a", "b")]
    if None in sides or sides[0].value == sides[1].value:
        return []
    out = []
    for s, e, f in sentences:
        if s < score.end():
            continue
        for q in f:
            said = _MARGIN_AFTER.match(text[q.end:q.end + 30]) or (
                _MARGIN_BEFORE.search(text, max(s, q.start - 20), q.start) and _POINTS_THEN.match(text[q.end:q.end + 10]))
            if said and q.kind == "number" and is_plain(q) and not _OTHER_GAME.search(text, s, e):
                out.append(StatedDifference(*sorted(sides, key=lambda x: -x.value), q))
    return out


# -- a balance and the two sides it names ------------------------------------------------------
# "Exports reached 2.87 trillion yuan ..., while imports rose 7.9% to 1.57 trillion yuan. ... the trade surplus
# widened to 1.48 trillion yuan": a balance is what its name says it is -- exports less imports, revenue less
# costs, spending less revenue -- when the story names each side once, just before.

# the balance's name, its sides (the larger first when the balance is a surplus or a profit)
_BALANCES = (
    (regex.compile(r"(?<![\p{L}])trade\s+(?:surplus|deficit|balance|gap)", regex.I),
     regex.compile(r"(?<![\p{L}])exports?(?![\p{L}])", regex.I), regex.compile(r"(?<![\p{L}])imports?(?![\p{L}])", regex.I)),
    (regex.compile(r"(?<![\p{L}])operating\s+(?:profit|income|loss)", regex.I),
     regex.compile(r"(?<![\p{L}])(?:revenue|revenues|sales|turnover)(?![\p{L}])", regex.I),
     regex.compile(r"(?<![\p{L}])(?:costs|expenses|expenditure)(?![\p{L}])", regex.I)),
    (regex.compile(r"(?<![\p{L}])(?:budget|fiscal)\s+(?:deficit|surplus|gap|shortfall)", regex.I),
     regex.compile(r"(?<![\p{L}])(?:spending|expenditure|outlays)(?![\p{L}])", regex.I),
     regex.compile(r"(?<![\p{L}])(?:revenue|revenues|income|receipts)(?![\p{L}])", regex.I)),
)
# the words between a balance's name and its figure ("the trade surplus widened to", "an operating profit of")
_BALANCE_THEN = regex.compile(r"\A(?:\s+(?!from\b|than\b)[\p{L}]+){0,2}?\s+(?:of|at|to|was|reached|totall?ed|stood\s+at)\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\Z", regex.I)
# any of the side words: the last one before a figure names it
_SIDE_WORDS = regex.compile(r"(?<![\p{L}])(?:exports?|imports?|revenues?|sales|turnover|costs|expenses|expenditure|spending|"
                            r"outlays|income|receipts|profits?|surplus|deficit|trade|budget)(?![\p{L}])", regex.I)
_CLAUSE_OPEN = regex.compile(r"[,;:—–(]|(?<![\p{L}])(?:while|whereas|and|but)(?![\p{L}])", regex.I)
_SIDES_BACK = 3     # sentences before the balance's where its sides may be told


def _named_sides(story: Story, sentences) -> list[StatedDifference]:
    text = story.doc.text
    # every balance's name holds one of these words (a story without any has no balance to read)
    low = text.lower()
    if "trade" not in low and "operating" not in low and "budget" not in low and "fiscal" not in low:
        return []
    out = []
    for i, (s, e, figures) in enumerate(sentences):
        lowered = text[s:e].lower()
        if not any(w in lowered for w in ("surplus", "deficit", "balance", "gap", "operating", "shortfall")) \
                or not any(w in lowered for w in ("trade", "operating", "budget", "fiscal")):
            continue
        for d in figures:
            if d.kind != "money" or not is_plain(d) or not d.value:
                continue
            lead = _lead(text, s, d.start, 70)
            for name, plus, minus in _BALANCES:
                named = [m for m in name.finditer(lead) if _BALANCE_THEN.match(lead[m.end():])]
                if not named:
                    continue
                earlier = [(q, st) for st, _, fs in sentences[max(0, i - _SIDES_BACK):i + 1] for q in fs
                           if q.end <= d.start and q is not d]
                sides = _sides(text, d, earlier, plus, minus)
                if sides is not None and not _side_slipped_by_a_power_of_ten(sides, d):
                    larger, smaller = sorted(sides, key=lambda q: -abs(q.value))
                    if abs(d.value) < abs(larger.value) and smaller.value and larger.value / smaller.value < 100:
                        out.append(StatedDifference(larger, smaller, d))
                break
    return out


def _side_slipped_by_a_power_of_ten(sides: tuple[Quantity, Quantity], balance: Quantity) -> bool:
    """ "exports of $4.05 billion ... imports of $380.8 billion, leaving a trade surplus of $24.8 billion": one side
    written ten, a hundred or a thousand times off gives the balance to its rounding ($405 billion less $380.8
    billion), so the side is what slipped -- another rule's to report -- and the balance is right."""
    a, b = sides
    for k in (10, 100, 1000):
        for scaled, other in ((a, b), (b, a)):
            for factor in (k, 1 / k):
                slack = scaled.precision * factor + other.precision + balance.precision + abs(balance.value) * 0.005
                if abs(abs(scaled.value * factor - other.value) - abs(balance.value)) <= slack:
                    return True
    return False


def _sides(text: str, d: Quantity, earlier: list[tuple[Quantity, int]], plus, minus) -> tuple[Quantity, Quantity] | None:
    """The one figure told of each side, of the balance's measure: its own side word the last of them in its
    clause before it ("while imports rose 7.9% to 1.57 trillion yuan"), or just after it ("a N703bn budget");
    figures of another time ("from", "compared with") are no side."""
    found: dict[int, list[Quantity]] = {0: [], 1: []}
    prev_end = None
    for q, s in earlier:
        if not same_measure(q, d):
            continue
        start = max(s, q.start - 80, prev_end or s)
        prev_end = q.end
        if not is_plain(q) or not q.value or is_year_like(q) or _BASE_BEFORE.search(text, max(s, q.start - 16), q.start) \
                or _OTHER_TIME_AFTER.match(text, q.end):
            continue
        lead = text[start:q.start]
        opens = list(_CLAUSE_OPEN.finditer(lead))
        words = list(_SIDE_WORDS.finditer(lead, opens[-1].end() if opens else 0))
        if not words:
            continue    # ("with US$27.2 billion from domestic enterprises": a part of a side, not a side)
        word = words[-1].group()
        for k, side in enumerate((plus, minus)):
            if side.fullmatch(word):
                found[k].append(q)
    if len(found[0]) != 1 or len(found[1]) != 1:
        return None
    return found[0][0], found[1][0]


_OTHER_TIME_AFTER = regex.compile(r"\s*(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+year\s+before|in\s+the\s+same\s+"
                                  r"(?:period|quarter|half)|previously)(?![\p{L}])", regex.I)
