"""consistency_digits: a figure referred back to with its digits in another order.

"The number waiting rose to 4,870 ... 'Clearing the backlog of 4,780 patients will take ...'"; "Beira handled 4.2
million tonnes of cargo ... the port's 2.4 million tonnes"; "64 aircraft ... its 46 aircraft"; "by 1,847 votes
... Vargas's 1,487-vote margin". A transposition is the commonest typing slip, and a figure said again with the
same digits in another order is rarely a second, different figure. The signals, not a sentence frame:

* two figures of one measure (money in one currency and scale, one physical unit, or counts), in different
  sentences, whose digits are the same in another order;
* the later one referred back: "the", "its", "their", a possessive ("the port's", "Vargas's") or "all"
  a few words before it; or told by the first one's verb for the first one's year ("handled a record 1.84
  million TEU last year" ... "after handling 1.48 million TEU in 2022");
* no word of change, share or another time beside the later one ("rose to", "of the", "last year");
* a two-digit pair of counts ("64" and "46") only with the same word after both ("aircraft"): two-digit
  transpositions happen by chance.

FC405 reads the same slip with a head noun on both sides, FC409 with a counted noun or a unit of size; this is a
second reading and gives way to any consistency finding on the figure.

The near misses are the ones those rules are built to leave alone, and this rule asks their own guards
(`_explained` below calls them and copies none: FC409's reading of a digit slip, FC407's workplace of a
figure's own, FC401-FC404's words of an update, the multiples reader's year of a figure): the later figure's
clause says it is a part, an addition or a change ("the remaining 430 workers", "the £54m increase", "in the
second phase"); the first figure is a part ("4,200 of them", a phase in its clause); the two are set in
different places or scopes ("In Mumbai", "In the capital, ..."), given to another name or owner ("the Blue
Line's", "the old hospital's"), to a workplace of their own ("the 2,070 workers at its Durban plant"), or to two
different things ("a $250 million loan" ... "the $520 million grant"); they are set in different years; or
between them the copy introduces another thing of the kind ("a rival brewery", "another pipeline"), updates the
count ("more schools had closed") or gives the difference as an addition ("another 27 investors"), or the later
sentence resizes the thing ("was expanded and the 740-bed").

What FC409 reads in the first figure's own words (a change, "by", "last year") it does not read here: "rose to
4,870", "defeating him by 1,847 votes", "its net profit rose 12.4% last year to HK$6.42 billion" give the value
the story goes on to refer back to, and those are the slips this rule is for (FC409 leaves them alone). For the
same reason a change, a resize or a revision between the two counts only where it is read for the later figure
(its clause, its sentence, its count's noun), a difference between them only as an addition ("the first 900
units" adds nothing), an amount as another thing only where both amounts name theirs, and a year only where
the figures are set in different ones.
"""
from __future__ import annotations

import re
from typing import ClassVar, Iterator, Mapping

import regex

from ..claims import is_year_like
from ..model import Quantity, Span
from ..multiples_across import _year_near
from ..subjects import measures
from . import consistency_slip as slip
from .base import Hit, Option, Rule, Story
from .consistency import _UPDATE_AFTER, _UPDATE_BEFORE
from .consistency_backref import opens_with_at
from .consistency_recount import _stem
from .consistency_same import _FRAME_AFTER, _one_kind_of

# a rounded figure told as a move in points: "the 1,691-point rally", "1,691 points"
_POINTS_MOVE_AFTER = regex.compile(r"(?:-|\s+)points?(?![\p{L}])", regex.I)
_DIGITS = re.compile(r"\d")
# hedges that round a figure, which may still be typed in another order ("about 62,000" ... "the 26,000"), and
# floors, which a later figure above them may have been typed from ("over R1.2 billion" ... "the R2.1 billion owed")
_ABOUT = frozenset("about around some roughly nearly almost approximately".split()) | {"an estimated", "close to"}
_FLOOR = frozenset({"over", "more than", "at least", "upwards of", "in excess of"})
# the referring word governs the figure: at most one word between, and no preposition or verb after it ("the
# backlog of 4,780", "the port's 2.4 million", "its 46"; not "the leading run-getter with 412")
_REFERRED = regex.compile(r"(?<![\p{L}])(?:the|its|their|his|her|all|those|these|[\p{L}]+['’]s)\s+"
                          # (a verb after a possessive makes it a subject: "St Xavier's posted 412")
                          r"(?:(?!(?:with|by|in|at|for|on|to|from|of|was|were|is|are|had|has|paid|won|took|got|"
                          r"made|scored|posted|set|hit|put|saw|sold|ran|\p{L}+ed)\b)"
                          r"[\p{L}-]+\s+)?(?:of\s+)?\Z", regex.I)
# a figure compared with, or of another time ("compared with the figure of $2.82b for FY21"); "higher than the 210
# people officially listed" compares with the story's own figure, named with "the" right before it
_COMPARED = regex.compile(r"(?<![\p{L}])(?:compared|against|versus|than(?!\s+the\s+\Z)|whereabouts)(?![\p{L}])",
                          regex.I)
# (a year written after it is read against the first figure's by _other_years: "the port's 2.4 million tonnes of
# cargo in 2017" in a 2018 story is last year's)
_OTHER_TIME_AFTER = regex.compile(r"\A[^.;]{0,20}?(?<![\p{L}])(?P<when>for\s+FY|last\s+year|a\s+year\s+"
                                  r"(?:earlier|ago|before)|the\s+(?:previous|year\s+before))", regex.I)
_NOT_THE_SAME = regex.compile(r"(?<![\p{L}])(?:rose|risen|fell|fallen|up|down|from|to|of\s+the|another|further|"
                              r"more|extra|additional|next|last|previous|earlier|before|after|since|per|each|every|"
                              r"average|new|target|forecast|expected|planned)\s+(?:[\p{L}-]+\s+){0,1}?\Z", regex.I)
# (a "64-strong fleet" is 64 aircraft of the fleet: the noun is the word after "-strong")
_WORD_AFTER = regex.compile(r"(?:-strong\s+)?[\s-]*(?P<w>[\p{L}]+)")
# "nearly a third of the 37 deaths", "40% of the 1,250 jobs": a share of the whole, which is the figure itself
_SHARE_OF_THE = regex.compile(r"(?:(?<![\p{L}])(?:a|one|two|three)\s+(?:third|quarter|half|fifth|tenth)s?|%|per\s*cent|"
                              r"percent|majority|most|half)\s+of\s+(?:the|its|their)\s+\Z", regex.I)
# "Of the HK$830 million total": the whole itself, not a part of it
_THE_TOTAL = regex.compile(r"\A\s+(?:total|in\s+total|overall)(?![\p{L}])", regex.I)
# "412 for six", "287/4": a cricket total (runs for wickets), never a figure referred back
_CRICKET_SCORE_AFTER = regex.compile(r"\A(?:\s+for\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                                     r"(?![\p{L}\d])|/\d{1,2}(?!\d))", regex.I)


def _digits(q: Quantity) -> str:
    s, e = q.number_span or (q.start, q.end)
    return "".join(_DIGITS.findall(q.text[s - q.start:e - q.start] if q.start <= s <= e <= q.end else q.text))


def _whole_digits(q: Quantity) -> str:
    """The digits before the decimal point of a figure written with decimals and three or more whole digits
    ("1,961.32" -> "1961"), which the copy may give again rounded; "" otherwise ("1.84 million" rounds to no
    figure of its own)."""
    s, e = q.number_span or (q.start, q.end)
    number = q.text[s - q.start:e - q.start] if q.start <= s <= e <= q.end else q.text
    if "." not in number:
        return ""
    digits = "".join(_DIGITS.findall(number.split(".", 1)[0]))
    return digits if len(digits) >= 3 else ""


def _alike(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind or a.kind not in ("money", "number", "physical"):
        return False
    if a.kind == "money" and a.unit != b.unit:
        return False
    # "250,000 cubic metres a day" ... "the plant's 205,000 cubic metres of daily output": one unit, the rate's time
    # said once
    if a.kind == "physical" and _base_unit(a) != _base_unit(b):
        return False
    return True


def _base_unit(q: Quantity) -> str | None:
    return q.unit.split(" per ", 1)[0] if q.unit else None


class DigitsInAnotherOrder:
    name: ClassVar[str] = "consistency_digits"
    category: ClassVar[str] = "consistency"
    second_reading: ClassVar[bool] = True
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[tuple[str, ...]] = ("stated", "earlier")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        doc = story.doc
        prose = doc.prose
        figures = [q for q in story.quantities if q.start >= doc.body_start and q.value and not is_year_like(q)
                   and q.kind in ("money", "number", "physical") and (q.low is None or q.low == q.value)
                   and (q.high is None or q.high == q.value)]
        keyed = [(q, _digits(q)) for q in figures]
        whole = {id(q): _whole_digits(q) for q in figures}
        # the ways each multiset of digits is written: a figure is only a slip of another written in another order
        # (a cheap test before the patterns below, which most figures would otherwise be read with for nothing)
        orders: dict[str, set[str]] = {}
        for q, d in keyed:
            orders.setdefault("".join(sorted(d)), set()).add(d)
            if whole[id(q)]:
                orders.setdefault("".join(sorted(whole[id(q)])), set()).add(whole[id(q)])
        for j, (later, dl) in enumerate(keyed):
            # (a hedged first figure may be the one typed in another order: "evacuated about 62,000 people" ...
            # "the 26,000 evacuees"; a hedged later one is an estimate of its own)
            if later.hedge or len(dl) < 2 or len(set(dl)) < 2 or len(orders["".join(sorted(dl))]) < 2:
                continue
            s0, _ = doc.sentence_at(later.start)
            lead = prose[max(s0, later.start - 40):later.start]
            again = _move_told_again(prose, s0, later)      # "the fall in the waiting list to 46,200"
            if _COMPARED.search(lead) or _CRICKET_SCORE_AFTER.match(prose[later.end:later.end + 20]):
                continue
            deed = None
            if not again and (not (_REFERRED.search(lead) or _fronted(prose, s0, later))
                              or (_NOT_THE_SAME.search(lead) and not _THE_TOTAL.match(prose[later.end:later.end + 12])
                                  and not _SHARE_OF_THE.search(lead))):
                # not referred back; maybe the same deed told again for its year, or one speed told again
                deed = _deed_before(lead) or ""
                if not deed and not _AT_SPEED.search(lead):
                    continue
            when = _time_after(prose, later)
            for earlier, de in keyed[:j]:
                if whole[id(earlier)] and not whole[id(later)] and len(whole[id(earlier)]) == len(dl) \
                        and _POINTS_MOVE_AFTER.match(prose, later.end):
                    # "1,961.32 points" told again rounded as a move: "the 1,691-point rally" (not "support at the
                    # 8,134 level" after a close at 8,143.51: a level of its own)
                    de = whole[id(earlier)]
                if earlier.start >= s0 or de == dl or sorted(de) != sorted(dl) or not _alike(earlier, later) \
                        or earlier.hedge and not _hedge_allows(earlier, later):
                    continue
                if deed is not None and not _same_deed_same_year(story, earlier, later, deed) \
                        and not _one_speed(prose, earlier, later):
                    continue
                if again and not _same_move(story, earlier, again):
                    continue    # the later tells a move again: the earlier must end a move the same way
                if when and _time_after(prose, earlier) != when:
                    continue    # "the 184,000 tonnes of 2017": another time, unless the first was told for it too
                if abs(earlier.value / later.value) > 10 or abs(later.value / earlier.value) > 10:
                    continue    # another scale: not one figure typed twice
                if len(dl) == 2 and later.kind == "number" and not _same_word_after(prose, earlier, later) \
                        and not _noun_before(story, earlier, later):
                    continue
                if any(d == dl and _alike(e, later) for e, d in keyed[:j]):
                    break       # the later value was given before as itself: a second figure, not a slip
                pair = _as_figure(story, earlier), _as_figure(story, later)
                if None in pair or _explained(story, *pair, again is not None):
                    continue
                yield Hit(span=Span(later.start, later.end),
                          fields={"stated": later.text, "earlier": earlier.text},
                          evidence={"earlier": earlier.text, "later": later.text},
                          suggestion=f"Check which is right: {earlier.text} earlier, {later.text} here "
                                     f"(the same digits in another order).",
                          related=(Span(earlier.start, earlier.end),))
                break


# the deed a figure measures, told by the verb right before it ("handled a record 1.84 million", "after handling
# 1.48 million"): its stem, so the two forms of one verb meet
_DEED = regex.compile(r"(?<![\p{L}])(?P<stem>\p{L}{3,}?)(?:ed|ing)\s+(?:(?:a|an|about|some|nearly|almost|around|"
                      r"record|total|of)\s+){0,3}\Z", regex.I)


def _hedge_allows(earlier: Quantity, later: Quantity) -> bool:
    """May a hedged first figure be the other half of a transposition? A rounded one may; a floor only where the later
    figure lies above it ("at least 31 people killed" ... "the 13 people killed in that collapse" may be a part)."""
    hedge = earlier.hedge.lower()
    return hedge in _ABOUT or hedge in _FLOOR and later.value > earlier.value


# a speed told "at" its figure ("driving at 148km/h" ... "travelling at 184km/h"): one vehicle's, in a story of one
# journey, however the verb before it changes
_AT_SPEED = regex.compile(r"(?<![\p{L}])at\s+\Z", regex.I)


def _one_speed(prose: str, earlier: Quantity, later: Quantity) -> bool:
    unit = (later.unit or "").lower()
    return ("per hour" in unit or unit in ("km/h", "mph", "kph")) \
        and all(_AT_SPEED.search(prose, max(0, q.start - 5), q.start) for q in (earlier, later))


# words that end like a deed's verb and tell none: "including", "during", "need", "according", "following"
_NO_DEED = frozenset("includ dur ne accord follow regard exceed compar estimat".split())
# what a figure counts, named after "of": "1,230 tonnes of coffee"
_THING_OF = regex.compile(r"\s*(?:[\p{L}-]+\s+){0,2}?of\s+(?P<thing>\p{L}+)")


def _deed_before(lead: str) -> str | None:
    found = _DEED.search(lead)
    if found is None or found["stem"].lower() in _NO_DEED:
        return None
    stem = found["stem"].lower()
    return stem[:-1] + "y" if stem.endswith("i") else stem     # "carried" and "carrying"


def _same_deed_same_year(story: Story, earlier: Quantity, later: Quantity, deed: str) -> bool:
    """ "handled a record 1.84 million TEU last year" ... "after handling 1.48 million TEU in 2022" (a 2023 story):
    one verb before both figures, and both told for one year the story names, is one figure told twice even where
    the later is not referred back."""
    prose = story.doc.prose
    s0, _ = story.doc.sentence_at(earlier.start)
    if _deed_before(prose[max(s0, earlier.start - 40):earlier.start]) != deed:
        return False
    things = [_THING_OF.match(prose, x.end) for x in (earlier, later)]
    if all(things) and things[0]["thing"].lower() != things[1]["thing"].lower():
        return False    # "exported 1,230 tonnes of coffee" ... "exported 1,320 tonnes of cocoa": two things
    published = story.doc.publication_date
    now = published.year if published else None
    years = [_year_near(x, prose, now, story) for x in (earlier, later)]
    return years[0] is not None and years[0] == years[1]


# "At 530 million cubic feet a day, Ibis would be ...": a size the sentence opens on, said of the thing after the
# comma (its unit's words first)
_COMMA_AFTER = regex.compile(r"[^,.;:()]{0,40}?,\s")


def _fronted(prose: str, s0: int, q: Quantity) -> bool:
    """Does the sentence open on the figure with "At", its thing named after the comma?"""
    return opens_with_at(prose, s0, q.start) and _COMMA_AFTER.match(prose, q.end) is not None


def _time_after(prose: str, q: Quantity) -> str:
    """The other time written just after a figure ("last year", "for FY"), in lower case, or ""."""
    found = _OTHER_TIME_AFTER.match(prose[q.end:q.end + 60])
    return regex.sub(r"\s+", " ", found.group("when").lower()) if found else ""


# words after a count that are not its noun ("fell to 73 last year", "73 in 2019", "to 76 aircraft from 64 today")
_NO_NOUN = frozenset("last this next in on at from to a an the and or but for by of year years since after before today now "
                     "compared up down with per a-year".split())


def _noun_before(story: Story, earlier: Quantity, later: Quantity) -> bool:
    """ "Deaths on the roads ... fell to 73 last year" ... "the 37 deaths": the later count's noun is the subject of
    the earlier one's sentence (its stem opens a word before the earlier figure)."""
    prose = story.doc.prose
    word = _WORD_AFTER.match(prose, later.end)
    if word is None or len(word["w"]) < 4:
        return False
    own = _WORD_AFTER.match(prose, earlier.end)
    if own is not None and own["w"].lower() not in _NO_NOUN:
        return False    # "took 13 rebounds" ... "His 31 points": the earlier count has a noun of its own
    stem = word["w"].lower().rstrip("s")
    s0, _ = story.doc.sentence_at(earlier.start)
    return regex.search(rf"(?<![\p{{L}}]){regex.escape(stem)}", prose[s0:earlier.start], regex.I) is not None


def _same_word_after(prose: str, a: Quantity, b: Quantity) -> bool:
    wa, wb = _WORD_AFTER.match(prose, a.end), _WORD_AFTER.match(prose, b.end)
    return bool(wa and wb and wa["w"].lower().rstrip("s") == wb["w"].lower().rstrip("s"))


RULE_TYPE = DigitsInAnotherOrder()


# -- what explains two values: FC405's and FC409's guards, read for a figure referred back ------------------

def _as_figure(story: Story, q: Quantity) -> slip._Figure | None:
    """The figure as FC409 reads it (its counted noun or unit); a figure FC409 does not key ("1,487-vote
    margin", "4.2 million tonnes", "4,870 at the end of January") ends at its own last character."""
    m = story.memo("consistency_digits.measures", lambda s: {id(x.quantity): x for x in measures(s)}).get(id(q))
    if m is None:
        return None     # (every figure this rule reads has its measure: money, counts, physical units)
    prose = story.doc.prose
    typed = prose[q.number_span[0]:q.number_span[1]] if q.number_span else q.text
    return slip._figure(story, m, typed) or slip._Figure(m, typed, f"{q.kind}:{q.unit}", q.end)


# a move told to its level: "has fallen to 64,200"; told again by its noun: "the fall in the waiting list to 46,200"
_MOVED_TO = regex.compile(r"\b(?P<verb>fall|falls|fell|fallen|falling|drop|drops|dropped|decline|declined|"
                          r"rise|rises|rose|risen|rising|increase|increased|climb|climbed|grow|grew|grown)\b"
                          r"[^.;:\d]{0,60}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\Z", regex.I)
_MOVE_TOLD_AGAIN = regex.compile(r"(?<![\p{L}])(?:the|its|this|that)\s+(?:[\p{L}-]+\s+)?(?P<verb>fall|drop|decline|"
                                 r"rise|increase|climb|growth)\b[^.;:\d]{0,60}?\bto\s+(?:about\s+|around\s+|some\s+|"
                                 r"nearly\s+)?\Z", regex.I)
_DOWNWARD = ("fall", "fell", "drop", "declin")


def _move_told_again(prose: str, s0: int, q: Quantity) -> regex.Match | None:
    return _MOVE_TOLD_AGAIN.search(prose, max(s0, q.start - 90), q.start)


def _same_move(story: Story, earlier: Quantity, again: regex.Match) -> bool:
    """Does the earlier figure end a move in the direction the later noun tells again ("has fallen to 64,200" ...
    "the fall in the waiting list to 46,200")?"""
    s0, _ = story.doc.sentence_at(earlier.start)
    move = _MOVED_TO.search(story.doc.prose, max(s0, earlier.start - 90), earlier.start)
    return move is not None and move["verb"].lower().startswith(_DOWNWARD) == again["verb"].lower().startswith(_DOWNWARD)


def _explained(story: Story, first: slip._Figure, later: slip._Figure, told_again: bool) -> str:
    """Why the two values may both be right ("" if nothing in the copy says so). `told_again`: the later figure
    tells the first one's move again by its noun ("the fall in the waiting list to 46,200"; the caller kept only
    earlier figures that end that move), so a change in its clause explains nothing."""
    prose = story.doc.prose
    if slip._qualified(prose, later, True, first) or slip._changed_in_clause(prose, later) and not told_again:
        return "a part, an addition, another thing or a change in the later figure's clause"
    # "24,000 students, 4,200 of them from abroad", "The first phase of the tram scheme will cost £2.6bn" (a phase
    # in the figure's own clause: "the 450-bed hospital cost €310 million, of which ... the first phase" is whole)
    if slip._PART_AFTER.match(prose, first.noun_end, first.sentence[1]) \
            or slip._PHASE.search(prose, *slip._clause(prose, first)):
        return "the first figure is a part"
    if slip._other_place(prose, first, later):
        return "another place"
    if slip._other_name(prose, first, later) or slip._other_owner(prose, first, later):
        return "another name or owner"
    if _framed_elsewhere(prose, first, later):
        return "a workplace of its own"
    if first.q.kind == "money" and _two_things(prose, first, later):
        return "two things"
    if _other_years(story, first, later):
        return "other years"
    if _another_between(prose, first, later) or slip._count_updated_between(story, first, later) \
            or _added_between(story, first, later):
        return "another thing, an update or an addition in between"
    if slip._RESIZED.search(prose, later.sentence[0], later.q.start):
        return "the later sentence resizes the thing"    # "The hospital was expanded and the 740-bed hospital"
    return ""


def _two_things(prose: str, first: slip._Figure, later: slip._Figure) -> bool:
    """Two amounts that each name their thing, and not one undertaking ("a $250 million loan" ... "the $520
    million grant"). An amount that names nothing ("expected to cost $1.2 billion and ...", "fined a smelter
    R4.5 million") may be the later one's thing: FC409 reads the first sentence's words for it, which leaves out
    the slips this rule is for ("the project is expected to cost $1.2 billion" ... "the $2.1 billion line")."""
    a, b = (slip._money_things(prose, x) - _WHOLE_AMOUNT for x in (first, later))
    return bool(a and b) and not slip._one_kind(a, b)


# "Of the HK$830 million total", "the $1.2 billion sum": words that name an amount as a whole, not a thing of its
# own (the sum is whatever the story has been counting)
_WHOLE_AMOUNT = frozenset("total sum amount figure tally".split())


def _added_between(story: Story, first: slip._Figure, later: slip._Figure) -> bool:
    """The difference of the two given between them as an addition ("Another 27 investors have come forward",
    "it plans to hire 2,700 more"), as FC401-FC404 read an update; a difference that adds nothing ("the first
    900 units", "the EFF 9", "nine people still missing") explains neither value."""
    prose = story.doc.prose
    return any(_UPDATE_BEFORE.search(prose, max(first.noun_end, q.start - 60), q.start)
               or _UPDATE_AFTER.match(prose[q.end:later.q.start])
               for q in slip._differences_between(story, first, later))


def _framed_elsewhere(prose: str, first: slip._Figure, later: slip._Figure) -> bool:
    """"the 2,070 workers at its Durban plant" after "the carmaker employs 2,700 people": a workplace, an
    incident or a project of its own after the later figure's noun, which the first sentence does not name
    (FC407's reading)."""
    framed = _FRAME_AFTER.match(prose[later.noun_end:later.sentence[1]])
    if framed is None:
        return False
    first_words = prose[first.sentence[0]:first.sentence[1]].lower()
    return not any(w in first_words for w in _one_kind_of(framed.group("noun").lower().rstrip("s")))


def _other_years(story: Story, first: slip._Figure, later: slip._Figure) -> bool:
    """The two figures are set in different years: each figure's own year where both are told, as the multiples
    reader reads it ("last year" is the year before the story's; "up from 3.6 million tonnes in 2016" is the
    other figure's), else the years named in the two figures' clauses ("would be built this year" ... "planned
    for next year"; not "due to open in late 2029" beside "the 450-bed hospital, which ...")."""
    prose = story.doc.prose
    published = story.doc.publication_date
    now = published.year if published else None
    years = [_year_near(x.q, prose, now, story) for x in (first, later)]
    if None not in years:
        return years[0] != years[1]
    a, b = (_clause_years(prose, x, now) for x in (first, later))
    return bool(a and b and not a & b)


# (FC409's reading of the clause and its time words)
_clause_years = slip.clause_years


def _another_between(prose: str, first: slip._Figure, later: slip._Figure) -> bool:
    """Another thing named between the two ("A rival brewery nearby ..."), of a kind either figure's sentence
    names ("another car on the road" is no second tram line)."""
    # (the words of the figures' own clauses: "another season" is no second scheme because the first sentence
    # spoke of "the first heavy rain of the season" in another clause)
    named = {_stem(w) for x in (first, later) for w in slip._WORDS.findall(prose[slice(*slip._clause(prose, x))].lower())}
    return any(_stem(a.group().split()[-1].lower()) in named
               for a in slip._ANOTHER.finditer(prose, first.noun_end, later.q.start))
