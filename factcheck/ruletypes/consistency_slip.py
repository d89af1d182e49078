"""Consistency, typing slip (FC409): one thing given twice with two neighbouring digits swapped.

Split from `consistency` (the rule type and the helpers every consistency rule shares live there).

FC407 and FC408 compare two mentions of one thing once they have read the sentence for the thing: a head noun
they know ("the 430 hectares of the affected area" names no thing they know), a noun phrase they can parse
("about 4,300 current and former workers": "and" ends it), a noun at all ("the 12,400 hectares will be
managed"), and guards read per sentence ("the existing bridge" in between; "town" in one sentence and "state"
in the other). Each of those details failed on a new shape of copy.

This rule decides from the anomaly itself, as a sub-editor does who sees "340 hectares" and later "all 430
hectares": two figures of one kind — the same unit of length, area or power, the same counted noun folded
through its class (workers/employees/staff; homes/houses/flats) whether written "640 beds" or "the 460-bed
hospital", or an amount of one currency spent on one undertaking (contract, deal, project) — whose typed digits
differ only by one pair of digits exchanged, neighbours or not ("640"/"460", "312"/"213", "1.48"/"1.84"). Unrelated figures rarely stand in that relation, and the later mention must refer
back to something the story has already given ("the", "all", "its"). It stays silent where the copy accounts for
the two values:

* one sentence holds both (a comparison or a list of parts);
* the figure's own clause says it is a part, a rate or another thing ("the first 120", "a further", "per",
  "each of its ramps", "210 new buses", "the existing line"), a change ("rose to", "now", "up from", "was
  expanded"), or another time ("in 2019", "last year", "originally");
* the later value was written before (it points to that figure's thing);
* the two sentences name different years, or a figure's clause a past time ("built last year"); the figures'
  clauses name different places, or the later figure is bound to a place the first sentence does not name
  ("the 2,470 drivers in Ohio", "of the neighbouring district"), or to an owner or name it does not give ("the
  Blue Line's 85 stations");
* two sizes name two different things by their nouns ("340km pipeline" ... "the 430km border"; "hectares of
  maize" ... "hectares of beans"), where neither is generic ("the affected area", "the line");
* a change in the first figure's clause ("expanded to 640 beds") makes the later the old size, unless the copy
  gives the thing a third value in between ("currently has around 520 beds");
* two amounts name two things ("a $1.34 billion loan" ... "the $1.43 billion expansion"), or the later names one
  the first sentence does not spend on; between them the cost moved ("costs have since risen");
* another owner of such parts is introduced between them or owns the later figure ("the existing district
  hospital", "the old hospital's 1,020 beds"); the two sentences name different bearings ("In the north" ... "In
  the south");
* between the two, the copy resizes or revises the thing ("the reserve was enlarged", "the plans were
  revised"), updates the count beside its noun ("more schools had closed", unless that breath carries a count of
  its own), introduces another thing of the kind ("a second farm", "another pipeline"), or gives a figure of the
  kind equal to the difference.

Speed: figures are first grouped by the digits they are written with (sorted), a dictionary lookup per figure;
only figures that share their digits with another figure of the story are read any further (few stories have
one pair), and the reading is cached on the story.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from .. import slips
from ..subjects import Measure, _replace, measures
from .base import Hit, Rule, Story
from .consistency import _PLACE, _RESTRICTED
from .consistency_backref import _CLASS, _GENERIC_THINGS, _KNOWN_THINGS, _NOT_COUNT, _STOP, _THING_KINDS, _TOLL_NOUNS, _plural
from .consistency_recount import _stem
from .consistency_same import _ANOTHER_LEAD, _COST_CHANGE, _GENERIC_HEADS, _SPECIFIC_HEADS

if TYPE_CHECKING:
    from .consistency import Consistency


# units of a thing's size (not readings that move: temperatures, speeds, prices): what they measure
_SIZE_UNITS = {
    **dict.fromkeys("kilometre metre mile foot yard nautical-mile".split(), "length"),
    **dict.fromkeys(("hectare", "acre", "square kilometre", "square metre", "square mile", "square foot"), "area"),
    **dict.fromkeys("megawatt gigawatt kilowatt".split(), "power"),
}
# the dead are one class whatever the noun; a toll's slip is FC401/FC407's too, but they read fewer shapes
_FOLD = {**_CLASS, **dict.fromkeys(_TOLL_NOUNS, "dead"), "unit": "dwellings", "household": "family"}
# counts that are a party's, a match's or a reading's, not a thing introduced once; and people, so general a
# noun that two groups of them are two things
_NOT_THING = _NOT_COUNT | frozenset("people persons others ones percent cents".split())
_JOIN = frozenset(("and", "or", "and/or"))
# the dead counted as people: the killing verb or the toll before the count, or the dying after it
_PEOPLE = regex.compile(r"[ \t]+(?:people|persons|residents|villagers)\b")
_KILLED_BEFORE = regex.compile(r"\b(?:killed|killing|kills|kill|claimed\s+the\s+lives\s+of|death\s+toll|toll|"
                               r"dead|deaths)\b[^,;:.()\d]*\Z", regex.I)
_WORK_AFTER = regex.compile(r"[ \t]+(?:(?:will|would|are|were|to)[ \t]+)?(?:work|working|be[ \t]+employed|"
                            r"employed|hired|recruited)\b", regex.I)
_TOLL_OF = regex.compile(r"\btoll\s+(?:of|at|to|stood\s+at|reached|hit)\s+(?:at\s+least\s+)?\Z",
                      regex.I | regex.REVERSE)
_DIED_AFTER = regex.compile(r"[ \t]+(?:(?:have|had|were|are|was|is)[ \t]+)?(?:died|dead|killed|perished|drowned|"
                            r"confirmed[ \t]+dead|lost[ \t]+their[ \t]+lives)\b", regex.I)
# words that end a noun phrase before its noun ("1,400 of the", "230 were")
_PHRASE_STOP = frozenset("""
of to the a an in on for from by with at per each than over under into as is are was were be been will would
has have had who which that whose said says more other who while when where after before since until because
""".split())
# "-bed hospital": a singular noun after the hyphen, then the thing it is an attribute of
_HYPHEN_NOUN = regex.compile(r"-(?P<w>\p{Ll}+)(?=[ \t]+\p{L})")
_NOT_ATTRIBUTIVE = frozenset("""
year month day week hour minute second decade century time per percent point strong member odd plus fold
old long high wide deep tall run goal mile metre meter kilometre kilometer foot inch yard acre hectare tonne ton
""".split())
_WORD = regex.compile(r"[ \t]+(?P<w>[\p{L}][\p{L}'’-]*)(?P<end>[,.;:!?)”\"]?)")

# the later mention refers back: "the", "all", "its", "those", "the company's", then up to two modifiers
_DEFINITE = regex.compile(r"(?:(?<![\p{L}'’])(?:the|its|their|these|those|all|both|this|our|his|her)|"
                          r"\p{L}['’]s)(?:\s+(?:entire|whole|full|planned|proposed|promised|combined|total|"
                          r"estimated|expected|same|affected|targeted))?\s+\Z", regex.I | regex.REVERSE)
# the story's thing as the subject of its own measure refers back as "the" does: "The factory, which has 21,000
# employees", "the bridge will be 2.1 km long", "the reserve now covers ..." (the "now" is read as a change),
# "the quake, which killed 201 people"
_DEFINITE_SUBJECT = regex.compile(r"(?<![\p{L}'’])(?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]+,?\s+"
                                  r"(?:(?:which|that)\s+)?(?:has|had|have|employs|employed|covers|covered|spans|"
                                  r"spanned|measures|stretches|runs|is|was|killed|claimed|(?:will|would)\s+(?:be|have|employ|cover|span|"
                                  r"measure|stretch|run))\s+"
                                  r"(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?\Z",
                                  regex.I | regex.REVERSE)
# the thing named definitely, the figure its complement: "the death toll of 73", "the mine's workforce of 2,400"
_DEFINITE_OF = regex.compile(r"(?:(?<![\p{L}'’])(?:the|its|their)|\p{L}['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?"
                             r"\p{Ll}[\p{L}-]+\s+(?:of|at|stood\s+at|to)\s+(?:about\s+|some\s+|around\s+|"
                             r"nearly\s+|roughly\s+|at\s+least\s+)?\Z", regex.I | regex.REVERSE)
# the thing named with "the", the figure in apposition: "The deck, 4.3 km in all, ..."
_APPOSITION = regex.compile(r"(?<![\p{L}'’])(?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]+,\s+"
                            r"(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?\Z", regex.I | regex.REVERSE)
# a figure at the head of its clause owns no other thing: "officials said 4.3 km of deck would be built",
# "; 73 people died" (not "the charity built 240 schools", "which killed 41 workers")
_CLAUSE_HEAD = regex.compile(r"(?:\b(?:said|says|say|added|told|noted|that|stated|showed|show|shows)|[;:\u2014]|"
                             r"\s-)\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|at\s+least\s+)?\Z",
                             regex.I | regex.REVERSE)
# a part, an addition, another thing or another time, right before the figure or in its noun phrase
_PART_WORDS = frozenset("""
another more additional extra further other others remaining first second third fourth fifth last next latest
initial final only just some new existing current old former original originally initially previously formerly
earlier later by than per every each including included includes comprising plus excluding except
separate rival nearby neighbouring neighboring parallel different sister
up down against versus vs compared
""".split())
_PART_AFTER = regex.compile(r"[\s,]*(?:of\s+(?:them|these|those|which|whom)\b|out\s+of\b|more\b|"
                            r"other\b|additional\b|per\b|each\b|apiece\b|a\s+(?:day|week|month|year|head|piece)\b|"
                            r"every\b|so\s+far\b|to\s+date\b|(?:in|of|for|during)\s+(?:the\s+|its\s+|a\s+)?"
                            r"(?:\w+\s+)?(?:phase|stage|tranche|batch|round)\b)", regex.I)
# a change, a comparison or another time in the figure's own clause
_CHANGE = regex.compile(
    r"\b(?:rose|risen|rise|rises|rising|climbed|jumped|increased?|increasing|grew|grown|grow|swelled|soared|"
    r"expanded?|expanding|extended|enlarged|lengthened|shortened|widened|added|raised|revised|updated|upgraded|"
    r"corrected|amended|adjusted|fell|fallen|dropped|declined|shrank|shrunk|reduced|trimmed|scaled|cut|halved|"
    r"doubled|lowered|now|up\s+from|down\s+from|compared|versus|against|instead|rather|"
    r"previously|originally|initially|formerly|earlier|used\s+to|last\s+(?:year|month|week|season)|ago|"
    r"at\s+the\s+time)\b", regex.I)
_TO_COME = regex.compile(r"\b(?:could|may|might|will|would|is\s+expected\s+to|are\s+expected\s+to|likely\s+to|"
                      r"set\s+to|feared\s+to)\s+(?:\w+\s+)?\Z", regex.I | regex.REVERSE)
_EACH = frozenset("each every both apiece per".split())
_OF_WHOLE = regex.compile(r"\s*(?:Of|Out\s+of|Among|From)\b")
# "Of the 43,800 patients waiting, 2,140 ...": the figure opening the sentence is the whole a part is taken from
OF_THE_FIGURE = regex.compile(r"\s*(?:Of|Out\s+of|Among)\s+(?:the|its|their|all)\s+\Z")
# a phase of the whole ("the first phase", "phase two"; not "delivered in three phases", which is all of it)
_PHASE = regex.compile(r"\b(?:first|second|third|fourth|final|last|next|initial|later|this|each|one)\s+(?:phase|stage|"
                       r"tranche)\b|\b(?:phase|stage|tranche)\s+(?:\d|one|two|three|four|I{1,3}\b|IV\b)", regex.I)
# words that name the thing a story introduces when they stand by its first figure ("1,200 new classrooms")
_INTRODUCING = frozenset("new current existing".split())
_OF_WHAT = regex.compile(r"\s+of\s+(?P<words>(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)")
_CLAUSE_MARK = regex.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|while|whereas|although|though|and|or)\b", regex.I)
_RELATIVE_YEAR = regex.compile(r"\b(?:this|last|next|the\s+previous|the\s+following)\s+(?:year|month|week)\b|\ba\s+year\s+"
                            r"(?:earlier|ago|before|later)\b", regex.I)
_OTHER_TIME = regex.compile(r"\blast\s+(?:year|month|week|season|decade)\b|\b(?:ago|previously|originally|"
                            r"initially|formerly|at\s+the\s+time|in\s+the\s+past)\b", regex.I)
_OWNER = regex.compile(r"(?P<owner>(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+\Z", regex.REVERSE)
_NAME = regex.compile(r"\p{Lu}[\p{L}'’-]+")
_NAME_AFTER = regex.compile(r"[ \t]+(?P<names>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)*)")
_YEAR = regex.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
# a place bound to the figure: "the 2,470 drivers in Ohio", "the 340 hectares at Los Ríos"
_NOT_NAME = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_BOUND_AFTER = regex.compile(r"\s+(?:in|at|of|from|across|near|on|for)\s+(?:the\s+)?" + _NOT_NAME +
                             r"(?P<name>\p{Lu}[\p{L}'’-]+)")
# an addition right before a count's noun: "more schools", "200 additional workers"
# (never "its new workers", the ones the story is about)
_MORE = regex.compile(r"(?<!\b(?:the|its|their|these|those)\s+)\b(?:more|additional|further|extra|new|another)\s+"
                      r"(?:[\p{L}-]+\s+)?\Z", regex.I | regex.REVERSE)
# "help workers find new jobs": jobs sought elsewhere, no addition to the count
_SOUGHT = regex.compile(r"\b(?:find|finding|found|seek|seeking|sought|look(?:ing)?\s+for|search(?:ing)?\s+for|"
                        r"into|move\s+to|moving\s+to)\s+new\s+\Z", regex.I)
_BREAK = regex.compile(r"[.;,\d]")
_COUNT_CHANGE = regex.compile(r"\b(?:rose|risen|increased|grew|grown|climbed|jumped|swelled|fell|fallen|dropped|declined|"
                              r"shrank|revised|updated|corrected|added|hired|recruited|laid\s+off|dismissed|"
                              r"sacked|closed|reopened|joined|left|quit)\b", regex.I)
_OF_THE = regex.compile(r"[ \t]+of(?:[ \t]+(?:the|its|their|this|that))?(?=[ \t])", regex.I)
# things that may stand for the story's one measured thing ("the affected area", "the site", "the line")
_GENERIC_SIZED = _GENERIC_THINGS | frozenset("land area ground space territory zone property plot estate "
                                             "farmland network system".split())
_OTHER_PLACE = regex.compile(r"\s+(?:in|at|of|from|across|on|for)\s+(?:the\s+|a\s+|an\s+)?(?:neighbou?ring|nearby|"
                             r"adjacent|another|other|next|separate|different|rival)\b", regex.I)
# between the two: the thing resized or the figures revised, whatever the thing
_RESIZED = regex.compile(r"\b(?:expanded|enlarged|extended|lengthened|shortened|widened|downsized|resized|"
                         r"redesigned|rerouted|realigned|revised|updated|corrected|amended|scaled\s+(?:back|down|up))"
                         r"\b", regex.I)
_WORDS = regex.compile(r"\p{L}+")
# the thing an amount is spent on, past a bracketed conversion: "Shs1.48 trillion ($402 million) contract"
_MONEY_NOUN = regex.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:-[ \t]*)?(?P<words>\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})")
# the words one undertaking's price is said with: the contract, the deal, the project, the works
_ONE_UNDERTAKING = frozenset("""
contract deal project plan scheme programme program agreement package work tender award venture
""".split())
# what a budget lacks, whichever word the copy uses ("a £38.6m shortfall" ... "to close the £36.8m gap")
_ONE_SHORTFALL = frozenset("shortfall gap deficit hole".split())
_ONE_KIND_OF_AMOUNT = (_ONE_UNDERTAKING, _ONE_SHORTFALL)
# things that own parts (beds, seats, rooms, homes), and words that introduce another of them
_OWNERS = frozenset(_SPECIFIC_HEADS) | frozenset(_GENERIC_HEADS)
_ANOTHER_OWNER = regex.compile(rf"\b{_ANOTHER_LEAD}\b", regex.I)
_SCOPE = regex.compile(r"(?:In|At|Across)\s+the\s+(?P<place>\p{Ll}+(?:\s+\p{Ll}+)?),", regex.I)
_BEARING = regex.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b|\bcentral\b", regex.I)
_ATTRIBUTE_BEFORE = regex.compile(r"(?<![\p{L}'’])(?:a|an)\s+\Z", regex.I | regex.REVERSE)
_IT_RESIZED = regex.compile(r"\b(?:it|they)\s+(?:was|were|has|had|have|will|would|is)\b", regex.I)
# another thing of the kind named in between: "a second farm", "another pipeline", "a separate road"
_ANOTHER = regex.compile(
    r"\b(?:another|a\s+(?:second|third|rival|separate|nearby|neighbou?ring|sister|parallel|different|competing)|"
    r"(?:two|three|several|the)\s+other)\s+(?!(?:\d|time|way|day|week|month|year|reason|thing|hand|side|one|"
    r"less|more|fewer|phase|stage|tranche|half|quarter|round|of|as|and|or|to|in|at|by|for|than)\b)[\p{L}-]{3,}",
    regex.I)    # ("a third as much" is a fraction, no third thing)


class _Figure:
    """One figure typed in digits, with the kind of thing it counts or measures."""

    __slots__ = ("m", "q", "typed", "key", "noun_end", "sentence")

    def __init__(self, m: Measure, typed: str, key: str, noun_end: int):
        self.m, self.q, self.typed, self.key, self.noun_end = m, m.quantity, typed, key, noun_end
        self.sentence = m.sentence


def _typing_slip(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    flagged = story.cache.get("consistency.flagged", ())     # by FC401-FC408, which run before this rule
    done: set[int] = set()
    # no slack for hedges: "about 4,300" is no rounding of 3,400, and a hedge on a figure written to its last
    # digits ("some 5,620") is no licence for its digits to move
    for first, later in _slip_pairs(story):
        if later.q.start in flagged or later.q.start in done:
            continue
        if _explained(story, first, later):
            continue
        done.add(later.q.start)
        yield rule_type._hit(story, _as_measure(story, first), _as_measure(story, later))


def _slip_pairs(story: Story) -> list[tuple[_Figure, _Figure]]:
    return story.memo("consistency.slip_pairs", _read_pairs)


def _read_pairs(story: Story) -> list[tuple[_Figure, _Figure]]:
    """Pairs of figures of one kind whose typed digits are two neighbouring digits swapped."""
    prose = story.doc.prose
    by_digits: dict[str, list[tuple[Measure, str]]] = {}
    for m in measures(story):
        q = m.quantity
        if q.number_span is None or not q.value or q.value <= 0 or q.low is not None and q.high is not None:
            continue
        if q.kind not in ("number", "physical", "money") or q.kind == "money" and not q.unit:
            continue
        typed = prose[q.number_span[0]:q.number_span[1]]
        digits = "".join(filter(str.isdigit, typed))
        if len(digits) < 2 or not typed[:1].isdigit():
            continue
        by_digits.setdefault("".join(sorted(digits)), []).append((m, typed))
    pairs = []
    for group in by_digits.values():
        if len(group) < 2 or len({t for _, t in group}) < 2:
            continue        # one figure, or one figure repeated
        figures = [f for f in (_figure(story, m, t) for m, t in group) if f is not None]
        for i, later in enumerate(figures):
            for first in figures[:i]:
                if first.key == later.key and first.sentence != later.sentence \
                        and _exchanged(first.q.value, later.q.value, first.typed, later.typed):
                    pairs.append((first, later))
    pairs.sort(key=lambda p: p[1].q.start)
    return pairs


def _exchanged(a: float, b: float, x: str, y: str) -> bool:
    """Two typed figures whose digits are one pair exchanged: neighbours ("640"/"460") or not ("312"/"213",
    "1.48"/"1.84"), at one scale (the values stand in the ratio of the digits)."""
    if slips.written_slip(a, b, x, y) == "swap":
        return True
    dx, dy = "".join(c for c in x if c.isdigit()), "".join(c for c in y if c.isdigit())
    if len(dx) != len(dy) or len(dx) < 3 or dx[0] == "0" or dy[0] == "0" or abs(b / a - int(dy) / int(dx)) > 1e-6 * (b / a):
        return False
    wrong = [i for i in range(len(dx)) if dx[i] != dy[i]]
    return len(wrong) == 2 and dx[wrong[0]] == dy[wrong[1]] and dx[wrong[1]] == dy[wrong[0]]


def _figure(story: Story, m: Measure, typed: str) -> _Figure | None:
    q = m.quantity
    if q.kind == "money":
        # an amount of one currency; a price or a rate ("$1.25 a litre", "per share") is left to _qualified
        digits = sum(c.isdigit() for c in typed)
        return _Figure(m, typed, f"money:{q.unit}", q.end) if digits >= 3 else None
    if q.kind == "physical":
        kind = _SIZE_UNITS.get(q.unit or "")
        return _Figure(m, typed, f"{kind}:{q.unit}", q.end) if kind else None
    if typed.isdigit() and 1900 <= q.value <= 2100:
        return None     # a year
    noun, end = _counted(story.doc.prose, q.end, m.sentence[1])
    if not noun:
        noun, end = _toll(story.doc.prose, q, m.sentence)
    return _Figure(m, typed, f"count:{noun}", end) if noun else None


def _toll(prose: str, q, sentence: tuple[int, int]) -> tuple[str, int]:
    """People counted as the dead: "killed at least 37 people", "a death toll of 73 people", "73 people died".
    People in general are too general a noun to be one thing; the people a disaster killed are its toll."""
    people = _PEOPLE.match(prose, q.end, sentence[1])
    if people is None:
        # "the toll of 72 could rise", "put the death toll at 92": the toll names the count
        return ("dead", q.end) if _TOLL_OF.search(prose, max(sentence[0], q.start - 30), q.start) else ("", q.end)
    if _KILLED_BEFORE.search(prose, max(sentence[0], q.start - 45), q.start) or \
            _DIED_AFTER.match(prose, people.end(), sentence[1]):
        return "dead", people.end()
    # "1,200 people will work on the site", "the 2,100 people hired": the people at work are a workforce ("employs
    # 2,700 people" is left to FC407, which reads whose: a firm's in the country, a sector's, a plant's)
    if _WORK_AFTER.match(prose, people.end(), sentence[1]):
        return "workforce", people.end()
    return "", q.end


def _counted(prose: str, pos: int, stop: int) -> tuple[str, int]:
    """The thing a bare count counts, past its modifiers: "4,300 current and former workers" -> workforce,
    "1,410 destroyed homes" -> dwellings; "" for "2,500 tonnes", "18 months", "230 were"."""
    if prose[pos:pos + 1] == "-":
        return _attributive(prose, pos, stop)
    if prose[pos:pos + 1] not in (" ", "\t"):
        return "", pos      # "12%", "12,": no noun after the figure
    for _ in range(5):
        w = _WORD.match(prose, pos, stop)
        if w is None:
            return "", pos
        low = w.group("w").lower()
        if low in _PHRASE_STOP:
            return "", pos
        if low not in _JOIN and _plural(low):
            noun = _stem(low)
            if low in _NOT_THING or noun in _NOT_THING:
                return "", pos
            return _FOLD.get(noun, noun), w.end("w")
        if w.group("end"):
            return "", pos  # a comma or a full stop before any noun
        pos = w.end()
    return "", pos


def _attributive(prose: str, pos: int, stop: int) -> tuple[str, int]:
    """A count written as an attribute of its thing: "the 460-bed hospital" counts beds, as "640 beds" does;
    "a 1,520-seat theatre" counts a venue's seats (bare "183 seats" are a party's). Not an age or a span
    ("a 12-year-old", "a 30-day limit"): units and times are no counted thing."""
    w = _HYPHEN_NOUN.match(prose, pos, stop)
    if w is None:
        return "", pos
    noun = w.group("w").lower()
    if noun in _NOT_THING or noun + "s" in _NOT_THING and noun != "seat" or noun in _NOT_ATTRIBUTIVE:
        return "", pos
    return _FOLD.get(noun, noun), w.end("w")


# -- what explains two values --------------------------------------------------------------------------------

def _explained(story: Story, first: _Figure, later: _Figure) -> str:
    """Why the two values may both be right ("" if nothing in the copy says so)."""
    prose = story.doc.prose
    if not _refers_back(prose, later):
        return "the later figure does not refer back"   # it introduces a thing of its own
    if _said_before(story, later):
        return "the later value was given before"   # it refers to that figure's thing
    if _qualified(prose, first, False) or _qualified(prose, later, True, first):
        return "a part, another thing, a change or another time in a figure's clause"
    if _one_year(story, first, later):
        # "shipped 18.4 million boxes in 2018" ... "a rise of 3% on the 14.8 million boxes shipped last year"
        # (told in 2019): both figures are pinned to one year, so a change or "last year" by the later one
        # does not make it another value of the thing; only a part or another place or name could
        return "another place" if _other_place(prose, first, later) else \
            "another name" if _other_name(prose, first, later) else \
            "two things" if _two_things(prose, first, later) else ""
    if _changed_in_clause(prose, later) or _changed_in_clause(prose, first) and not _third_value(story, first, later) \
            and not _old_size_given(story, first, later):
        # "expanded to 640 beds" ... "the 460-bed hospital" may be the old size and the new, unless the copy
        # gives the old size as another figure ("currently has 520 beds"): then the later is neither
        return "a change in a figure's clause"
    if _other_years(prose, first, later):
        return "other years"
    if _other_place(prose, first, later):
        return "another place"
    if _other_name(prose, first, later):
        return "another name"
    if _two_things(prose, first, later):
        return "two things"
    return "a change in between" if _changed_between(story, first, later) else ""


def _refers_back(prose: str, later: _Figure) -> bool:
    """The later figure points back to a thing already given: "the 460 beds", "its 2,100 workers", "the
    bridge will be 4.3 km long", "the death toll of 73", "the mine's workforce of 2,400"; or it owns no thing
    of its own, standing at the head of its clause ("said 4.3 km of deck would be built", "73 people died").
    A figure after an indefinite ("a 420-bed facility") or as the object of another actor ("the charity built
    240 schools") may introduce a thing of its own."""
    window = max(later.sentence[0], later.q.start - 60), later.q.start
    return bool(_DEFINITE.search(prose, *window) or _DEFINITE_SUBJECT.search(prose, *window)
                or _DEFINITE_OF.search(prose, *window) or _CLAUSE_HEAD.search(prose, *window)
                or _APPOSITION.search(prose, *window)
                or later.q.start == later.sentence[0])


def _said_before(story: Story, later: _Figure) -> bool:
    """"A separate 450km pipeline will feed the port, and the 450km route ...": the later figure's value was
    written before it, so it points back to that, not to the first figure."""
    q = later.q
    return any(p.start < q.start and p.value == q.value and p.kind == q.kind and p.unit == q.unit
               for p in story.quantities)


def _qualified(prose: str, x: _Figure, later: bool, first: _Figure | None = None) -> bool:
    """A part, an addition, another thing, a rate, a change or another time in the figure's own clause."""
    s0, s1 = x.sentence
    left = [w.strip(",.;:()") for w in prose[max(s0, x.q.start - 30):x.q.start].lower().split()]
    # the two words before the figure past any "the": "the first 120", "another 40" (not an owner's words: "the
    # new campus's 1,020 beds" are the campus's)
    near = left[-2:] if not left or not left[-1].endswith(("'s", "’s")) else []
    # "higher than the 210 people officially listed": compared with the story's own figure, named with "the" (not
    # "than the 321 passengers it carried last year", a figure of another time)
    if near == ["than", "the"] and not _times(prose, _clause(prose, x)) \
            and not _OTHER_TIME.search(prose, *_clause(prose, x)):
        near = near[1:]
    if any(w in _PART_WORDS and (later or w not in _INTRODUCING) for w in near):
        return True
    # a size said of each of several things ("each of the 1.2km ramps"); "each of the 2,470 drivers" is all of them
    if x.q.kind == "physical" and _EACH & set(left[-4:]):
        return True
    # a part of a whole named first ("Of the park's land, the 560 hectares ...", "Among them, ..."), a phase
    if _OF_WHOLE.match(prose, s0, x.q.start) and not OF_THE_FIGURE.match(prose, s0, x.q.start) \
            or _PHASE.search(prose, s0, s1):
        return True
    # "430 hectares of former farmland": what the size measures may itself be a part or another thing
    of = _OF_WHAT.match(prose, x.noun_end, s1)
    if of and any(w.lower() in _PART_WORDS for w in of.group("words").split()):
        return True
    # "the 3,400 workers who remain", "the 300 laid off": a restricted later count may be a part; on the first
    # figure the words describe the group the story introduces ("about 4,300 current and former workers who said
    # they were not paid", "A group of 212 investors who lost money"), which the later figure refers back to whole;
    # nor is it a part where its words repeat what the first figure's sentence counts ("The construction phase will
    # employ 1,400 workers" ... "the 4,100 workers hired for construction")
    # (sliced: `\A` does not match at a match's start position)
    if later and x.q.kind == "number" and (restricted := _RESTRICTED.match(prose[x.noun_end:s1])) \
            and not (first is not None and _restriction_told(prose, restricted, x, first)):
        return True
    # "210 new buses" is an addition; "current and former workers" are all of them
    # ("1,200 new classrooms" on first mention is the thing the story introduces)
    modifiers = [w.strip(",.;:()") for w in prose[x.q.end:x.noun_end].lower().split()]
    if not _JOIN & set(modifiers) and any(w in _PART_WORDS and (later or w not in _INTRODUCING) for w in modifiers):
        return True
    return bool(_PART_AFTER.match(prose, x.noun_end, s1))


# restrictions that say how many of a kind (a rate, who is left), not what the figure's group was for
_RESTRICTED_COUNTING = frozenset("still each per apiece".split())
_TOLD_WORD = regex.compile(r"\p{L}{4,}")


# people who were at the match or the show ("who packed the stands", "that filled the arena", "who turned out"): the
# whole crowd, not a part of it, where the first figure counts the crowd (on board a ship is FC402's like reading)
_ATTENDING = regex.compile(r"\s+(?:who|that)\s+(?:had\s+)?(?:packed|filled|crammed|squeezed|thronged|attended|watched|"
                           r"turned\s+out|were\s+(?:in|at|inside)\s+the)\b", regex.I)
_CROWD = regex.compile(r"(?<![\p{L}])(?:crowds?|attendance|gate|spectators|fans|supporters|audience|turnout|"
                       r"sell-out|capacity\s+crowd)(?![\p{L}])", regex.I)


def _crowd(prose: str, first: _Figure) -> bool:
    """Does the first figure count a crowd ("a crowd of 48,200", "an attendance of", "48,200 spectators")?"""
    s0, s1 = first.sentence
    return _CROWD.search(prose, max(s0, first.q.start - 25), min(s1, first.noun_end + 15)) is not None


def _restriction_told(prose: str, restricted, x: _Figure, first: _Figure) -> bool:
    """Do the words of a later figure's restriction ("hired for construction") repeat a word of the first
    figure's sentence ("The construction phase will employ 1,400 workers")? Then it restricts to the group the
    first figure counts, not to a part of it. Read to the restriction's clause end, at most six words."""
    word = restricted.group().split()[0].lower() if restricted.group().split() else ""
    if word in _RESTRICTED_COUNTING or word == "on":
        return False
    if _ATTENDING.match(prose, x.noun_end + restricted.start()) and _crowd(prose, first):
        return True     # "the 42,800 fans who packed the stands" after "a crowd of 48,200": being there is the crowd
    start = x.noun_end + restricted.start()
    clause = _CLAUSE_MARK.search(prose, x.noun_end + restricted.end(), x.sentence[1])
    words = prose[start:clause.start() if clause else x.sentence[1]].split()[:6]
    told = {w.lower() for w in _TOLD_WORD.findall(" ".join(words))} - _PHRASE_STOP
    seen = {w.lower() for w in _TOLD_WORD.findall(prose[first.sentence[0]:first.sentence[1]])}
    return bool(told & seen)


def _changed_in_clause(prose: str, x: _Figure) -> bool:
    """A change near the figure, within its clause ("now covers 430 hectares", "the 430 hectares it now covers",
    not "found the soil there now too salty")."""
    start, end = _clause(prose, x)
    for change in _CHANGE.finditer(prose, max(start, x.q.start - 50), min(end, x.noun_end + 15)):
        # "the toll of 73 could rise further": a change still to come leaves the figure as it stands now
        if _TO_COME.search(prose, max(start, change.start() - 25), change.start()) or _rain_fell(prose, x, change):
            continue
        return True
    return False


# a depth of rain or snow is the subject of its own "fell" ("the 1,420mm that fell in July", "30cm of snow had
# fallen"): the weather's deed, not a change in the figure (rainfall that "fell to 420mm" is still one)
_FELL_AS_RAIN = regex.compile(r"(?:\s+of\s+(?:[\p{L}-]+\s+)?(?:rain|rainfall|snow|snowfall|hail|sleet))?"
                              r"(?:\s+(?:that|which|had|has|have|already))*\s+\Z", regex.I)
_DEPTHS = frozenset("millimetre centimetre metre inch foot".split())


def _rain_fell(prose: str, x: _Figure, change: regex.Match) -> bool:
    return x.q.kind == "physical" and x.q.unit in _DEPTHS and change.group().lower() in ("fell", "fallen") \
        and change.start() > x.q.end and _FELL_AS_RAIN.match(prose[x.q.end:change.start()]) is not None


def _third_value(story: Story, first: _Figure, later: _Figure) -> bool:
    """Does the story give the thing a third value between the two ("currently has around 520 beds")? Then a
    change to the first figure does not make the later its other end."""
    prose = story.doc.prose
    for m in measures(story):
        q = m.quantity
        if not first.q.start < q.start < later.q.start or q.kind != first.q.kind or q.value in (None, first.q.value,
                                                                                                later.q.value):
            continue
        typed = prose[q.number_span[0]:q.number_span[1]] if q.number_span else ""
        x = _figure(story, m, typed) if typed[:1].isdigit() else None
        if x is not None and x.key == first.key and not _changed_in_clause(prose, x):
            return True
    return False


# the old size a change starts from: "had grown to 14,200 hectares from 6,800 hectares"
_FROM_BEFORE = regex.compile(r"\b(?:from|up\s+from|down\s+from)\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?\Z",
                             regex.I)


def _old_size_given(story: Story, first: _Figure, later: _Figure) -> bool:
    """Does the first figure's sentence give the old size its change started from, another value than the later
    figure ("had grown to 14,200 hectares from 6,800 hectares" ... "the 41,200-hectare fire")? Then the later is
    neither end of the change."""
    s0, s1 = first.sentence
    prose = story.doc.prose
    return any(s0 <= q.start < s1 and q is not first.q and q.kind == first.q.kind and q.unit == first.q.unit
               and q.value is not None and q.value != later.q.value
               and _FROM_BEFORE.search(prose, max(s0, q.start - 20), q.start) for q in story.quantities)


def _clause(prose: str, x: _Figure) -> tuple[int, int]:
    """The figure's clause: from the last clause mark before it to the first after its noun."""
    s0, s1 = x.sentence
    start = s0
    for c in _CLAUSE_MARK.finditer(prose, max(s0, x.q.start - 120), x.q.start):
        start = c.end()
    after = _CLAUSE_MARK.search(prose, x.noun_end, s1)
    return start, after.start() if after else s1


def _other_years(prose: str, a: _Figure, b: _Figure) -> bool:
    """The two sentences are set in different years ("In 2019 ... 214"; "This year the 241 ..."; "this year" ...
    "planned for next year"), or a figure's own clause sets it in another time ("the 1,040 built last year")."""
    ya, yb = _times(prose, a.sentence), _times(prose, b.sentence)
    if ya and yb and not ya & yb:
        return True
    return any(_OTHER_TIME.search(prose, *_clause(prose, x)) for x in (a, b))


# the year a relative phrase names, from the year the story is published (weeks and months name none); "a year
# earlier", "the previous year" count from a year the story named, not from today, and name none here
_YEAR_OFFSET = {"this year": 0, "last year": -1, "next year": 1, "a year ago": -1}


def clause_years(prose: str, x: _Figure, now: int | None) -> set[int]:
    """The years named in a figure's clause, a relative one counted from the year the story is told ("shipped last
    year" in a story of 2019 is 2018)."""
    found = set()
    for t in _times(prose, _clause(prose, x)):
        if t.isdigit():
            found.add(int(t))
        elif now is not None and t in _YEAR_OFFSET:
            found.add(now + _YEAR_OFFSET[t])
    return found


def _one_year(story: Story, first: _Figure, later: _Figure) -> bool:
    """Are both figures set, each in its own clause, in one and the same year ("in 2018" ... "last year" in a story
    of 2019; "in 2018" ... "in 2018")? Two values of one thing for one year cannot both be right."""
    prose = story.doc.prose
    published = story.doc.publication_date
    if published is None:
        return False
    a, b = (clause_years(prose, x, published.year) for x in (first, later))
    return len(a) == 1 and a == b


def _times(prose: str, sentence: tuple[int, int]) -> set[str]:
    return set(_YEAR.findall(prose, *sentence)) | {" ".join(t.lower().split()) for t in
                                                   _RELATIVE_YEAR.findall(prose, *sentence)}


def _other_place(prose: str, first: _Figure, later: _Figure) -> bool:
    """The two sentences set their figures in different named places ("in Visayas" ... "In Mindanao")."""
    places = [_places(prose, x) for x in (first, later)]
    if places[0] and places[1] and not places[0] & places[1]:
        return True
    # the later sentence scoped to a place by a common noun the first does not name: "In the capital, the 127
    # deaths ..." after "217 people had died across the state"
    scope = _SCOPE.match(prose, later.sentence[0], later.q.start)
    if scope and scope.group("place").lower() not in prose[first.sentence[0]:first.sentence[1]].lower():
        return True
    # a region named by its bearing: "In the north, ..." ... "In the south, the 814km network"
    bearings = [{b.lower().rstrip("ern") for b in _BEARING.findall(prose, *_clause(prose, x))} |
                {b.lower().rstrip("ern") for b in _BEARING.findall(prose, x.sentence[0], min(x.sentence[1],
                                                                                             x.sentence[0] + 40))}
                for x in (first, later)]
    return bool(bearings[0] and bearings[1] and not bearings[0] & bearings[1]) or _bound_elsewhere(prose, first, later)


# a comparison between a figure and a place after it: the place is the thing compared with, not the figure's
_COMPARED_WITH = regex.compile(r"\b(?:compete|competes|competing|competitors?|rivals?|than|compared|against|versus|"
                               r"unlike)\b", regex.I)


def _places(prose: str, x: _Figure) -> set[str]:
    """The words of the places named in the figure's clause or at the head of its sentence ("In Mindanao, ..."):
    "Lindi Region" and "Lindi" share a place."""
    start, end = _clause(prose, x)
    found = set()
    for lo, hi in ((start, end), (x.sentence[0], min(end, x.sentence[0] + 40))):
        for m in _PLACE.finditer(prose, lo, hi):
            if lo == x.sentence[0] and lo != start and m.start() > lo + 3:
                continue    # only the sentence's opening "In X," scopes the whole of it
            if m.start() > x.noun_end and _COMPARED_WITH.search(prose, x.noun_end, m.start()):
                continue    # "the 3,200-strong workforce ... to compete with plants in Poland": the rivals' place
            found.update(m.group("place").split())
    return found


_TIME_NAMES = frozenset("January February March April May June July August September October November December Monday "
                        "Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _other_name(prose: str, first: _Figure, later: _Figure) -> bool:
    """The later figure names its thing or owner with a name the first sentence does not give ("the Blue Line's
    85 stations", "the 430km Lagos-Ibadan expressway")."""
    before = prose[first.sentence[0]:first.sentence[1]]
    s0 = later.sentence[0]
    owner = _OWNER.search(prose, max(s0, later.q.start - 50), later.q.start)
    # ("Friday's 1,691-point rally": a day or month owns nothing, it says when)
    names = [n for n in _NAME.findall(owner.group("owner")) if n not in _TIME_NAMES] if owner else []
    after = _NAME_AFTER.match(prose, later.noun_end, later.sentence[1])
    if after:
        names += _NAME.findall(after.group("names"))
    return any(n not in before for n in names)


def _money_things(prose: str, x: _Figure) -> set[str]:
    """The words of the noun phrase an amount is an attribute of: "a Shs1.48 trillion ($402 million) contract"
    -> {contract}; "the $1.72 billion transit budget was" -> {transit, budget}; none for "$1.2 billion on roads"."""
    w = _MONEY_NOUN.match(prose, x.q.end, x.sentence[1])
    if w is None:
        return set()
    words = []
    for word in w.group("words").split():
        if word.lower() in _STOP:
            break
        words.append(_stem(word))
    return set(words)


def _one_kind(a: set[str], b: set[str]) -> bool:
    return bool(a & b) or any(a & family and b & family for family in _ONE_KIND_OF_AMOUNT)


def _two_things(prose: str, first: _Figure, later: _Figure) -> bool:
    """Two sizes that name two different things ("340km pipeline" ... "the 430km border"; "1,230 hectares of
    maize" ... "the 1,320 hectares of beans"). A thing of no name, or a generic one ("the affected area", "the
    line"), may be the story's one measured thing; a bridge and a span are one kind."""
    if first.q.kind == "money":
        # an amount is compared only where both name one undertaking, or the later names the thing the first
        # sentence spends on ("Rs 3,640 crore on the new metro line" ... "the Rs 3,460 crore line")
        a, b = _money_things(prose, first), _money_things(prose, later)
        if not b:
            return True
        if not a:
            words = set(_WORDS.findall(prose[first.sentence[0]:first.sentence[1]].lower()))
            return not {_stem(w) for w in words} & b
        return not _one_kind(a, b)
    if first.q.kind != "physical":
        return False
    a, b = _thing_of(prose, first), _thing_of(prose, later)
    if not a or not b or a in _GENERIC_SIZED or b in _GENERIC_SIZED:
        return False
    return _THING_KINDS.get(a, a) != _THING_KINDS.get(b, b)


def _thing_of(prose: str, x: _Figure) -> str:
    """The thing a size belongs to, by the words after it: "of coastal wetland" -> wetland, "-km gas pipeline"
    -> pipeline. A unit written as a plural word ("hectares", "acres") is followed by its thing only after "of"
    ("3,750 acres found": the verb is no thing)."""
    pos, stop = x.q.end, x.sentence[1]
    of = _OF_THE.match(prose, pos, stop)
    if of:
        pos = of.end()
    elif x.q.text.endswith("s"):
        return ""
    words, clean = [], False
    for _ in range(4):
        w = _WORD.match(prose, pos, stop)
        low = w.group("w").lower() if w else ""
        if w is None or low in _STOP or w.group("w")[:1].isupper() or low.endswith(("ing", "ed")):
            clean = True    # the phrase ends at a function word, a name or a verb ("road linking", "road opens")
            break
        words.append(low if low in _KNOWN_THINGS else _stem(low))     # "bypass" is no plural
        if w.group("end"):
            clean = True
            break
        pos = w.end()
    # a thing we know ("asphalt road", "dual carriageway"), else a noun phrase that ended cleanly ("of maize")
    known = [w for w in words if w in _KNOWN_THINGS]
    return known[-1] if known else words[-1] if words and clean else ""


def _bound_elsewhere(prose: str, first: _Figure, later: _Figure) -> bool:
    """Either figure bound to a place ("the 2,470 drivers in Ohio") the other figure's sentence does not name, or
    to another place named by a common noun ("the 1,420 schools of the neighbouring district")."""
    for x, other in ((later, first), (first, later)):
        if _OTHER_PLACE.match(prose, x.noun_end, x.sentence[1]):
            return True
        bound = _BOUND_AFTER.match(prose, x.noun_end, x.sentence[1])
        if bound and bound.group("name") not in prose[other.sentence[0]:other.sentence[1]]:
            # the later mention that names no place refers back to the first's ("37 people in Sidama" ...
            # "the death toll of 73"); only a later figure bound to a place, or one whose sentence names a
            # place of its own, is set elsewhere
            if x is later or _places(prose, later):
                return True
    return False


def _changed_between(story: Story, first: _Figure, later: _Figure) -> bool:
    """Between the two: a thing resized or the figures revised, another thing of the kind, or a number equal to
    the difference."""
    prose = story.doc.prose
    start, end = first.noun_end, later.q.start
    later_things = _money_things(prose, later) if later.q.kind == "money" else set()
    for another in _ANOTHER.finditer(prose, start, end):
        # "a separate budget" is not what "the Shs1.84 trillion project" points to
        if not later_things or _one_kind({_stem(another.group().split()[-1])}, later_things):
            return True
    if _other_owner(prose, first, later):
        return True
    if later.q.kind == "money" and _COST_CHANGE.search(prose, start, end):
        return True     # "costs have since risen", "the revised estimate", "originally budgeted"
    # a resize said of the thing ("the reserve was enlarged", "it was extended"), not of anything in between
    # ("the government has expanded its subsidy programme")
    things = _thing_words(prose, first) | _thing_words(prose, later)
    for verb in _RESIZED.finditer(prose, start, end):
        if _ATTRIBUTE_BEFORE.search(prose, max(start, verb.start() - 12), verb.start()):
            continue    # "an expanded emergency department" names a thing, it does not resize ours
        s0, s1 = story.doc.sentence_at(verb.start())
        words = set(_WORDS.findall(prose[s0:s1].lower()))
        if words & things or _IT_RESIZED.search(prose, max(s0, verb.start() - 25), verb.start()):
            return True
    return _count_updated_between(story, first, later) or bool(_differences_between(story, first, later))


def _count_updated_between(story: Story, first: _Figure, later: _Figure) -> bool:
    """A count updated between the two: "more schools had closed", "the number of workers rose", "hired 200
    workers" (the count's noun, as either figure writes it, in one breath with an addition or a change)."""
    if later.q.kind != "number":
        return False
    prose = story.doc.prose
    start, end = first.noun_end, later.q.start
    nouns = {w for x in (first, later) for w in _WORDS.findall(prose[x.q.end:x.noun_end].lower())[-1:]}
    if later.key == "count:dead":
        nouns.add("toll")   # "the toll has since risen": the dead counted again in between
    low = story.lowered_prose()
    for noun in nouns:
        at = low.find(noun, start, end)
        while at >= 0:
            if _count_changed(story, at, noun):
                return True
            at = low.find(noun, at + len(noun), end)
    return False


def _differences_between(story: Story, first: _Figure, later: _Figure) -> list:
    """The figures between the two that give their difference as a figure of the same kind ("90 more homes", "a
    0.9km extension"; not "within 90 days")."""
    start, end = first.noun_end, later.q.start
    diff = abs(first.q.value - later.q.value)
    return [q for q in story.quantities if start <= q.start < end and q.kind == later.q.kind and q.unit == later.q.unit
            and q.value is not None and abs(q.value - diff) < 1e-9 * max(1.0, diff)]


def _other_owner(prose: str, first: _Figure, later: _Figure) -> bool:
    """Another thing that owns such parts named between the two, or as the later figure's owner: "the
    existing district hospital" ... "the 560-bed hospital"; "the old hospital's 1,020 beds" after "a 1,200-bed
    hospital". The owners are read by the figures ("-bed hospital", "hospital with", "hospital's")."""
    owners = set()
    for x in (first, later):
        owners.update(w for w in _WORDS.findall(prose[max(x.sentence[0], x.q.start - 40):
                                                      min(x.sentence[1], x.noun_end + 30)].lower()) if w in _OWNERS)
    if not owners:
        return False
    for lead in _ANOTHER_OWNER.finditer(prose, first.noun_end, later.q.start):
        if any(w.lower().rstrip("'’s") in owners or w.lower() in owners
               for w in _WORDS.findall(prose, lead.end(), min(later.q.start, lead.end() + 30))[:3]):
            return True
    return False


def _thing_words(prose: str, x: _Figure) -> set[str]:
    """The words that may name the figure's thing: its noun, and the words by its unit ("of coastal wetland",
    "-kilometre gas pipeline"), singular and plural."""
    words = {w for w in _WORDS.findall(prose[x.q.start:min(x.sentence[1], x.noun_end + 40)].lower())
             if len(w) > 3 and w not in _PHRASE_STOP}
    return words | {w + "s" for w in words} | {w[:-1] for w in words if w.endswith("s")}


def _count_changed(story: Story, at: int, noun: str) -> bool:
    """The count's noun and an addition or a change in one breath ("more schools had closed", "the number of
    workers rose"), unless that breath carries a count of its own ("165,000 classrooms nationwide ... grew",
    "tens of thousands of textile workers have been laid off"): then it is another count's change."""
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(at)
    head = prose[max(s0, at - 40):at]
    head = head[max(head.rfind(c) for c in ".;,") + 1:]
    tail = prose[at + len(noun):min(s1, at + len(noun) + 40)]
    cut = _BREAK.search(tail)
    tail = tail[:cut.start()] if cut else tail
    if not (_MORE.search(head) and not _SOUGHT.search(head) or _COUNT_CHANGE.search(head) or _COUNT_CHANGE.search(tail)):
        return False
    return not any(max(s0, at - 40) <= q.start < at and q.kind == "number" for q in story.quantities) \
        and "thousands" not in head.lower()


def _as_measure(story: Story, x: _Figure) -> Measure:
    from ..model import Span
    noun = story.doc.prose[x.q.end:x.noun_end].strip() if x.noun_end > x.q.end else ""
    return _replace(x.m, span=Span(x.q.start, x.noun_end), phrase=noun or x.key.split(":")[-1],
                    subject=x.key)
