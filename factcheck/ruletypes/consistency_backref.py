"""Consistency, back-reference (FC408): "the N <noun>" repeats a count or a size the story gave before.

Split from `consistency` (the rule type and the helpers every consistency rule shares live there).

A definite mention — "the 241 investors", "all 420 schools", "the factory's 2,100 jobs", "the 230-bed unit",
"the 16.3km line" — tells the reader the story has already introduced that many of that thing. A sub-editor
checks it against the earlier mentions of the same noun, whatever the noun is:

* a count is read with its head noun after any adjectives ("240 lower secondary schools"), folded to its
  singular ("investors" -> investor); a few nouns share a class (workers, strikers, staff, jobs and "people"
  a firm employs are one workforce);
* a size is read as an attribute of its thing ("the 320-bed Hospital ...", "the 1.2-mile Sauvie Reach Bridge",
  "the 13.1km Cat Linh line"), keyed by what it measures (beds; miles) and compared among the sizes of things
  that may be one thing (a bridge and a span; a line and a line; a hospital and a generic "unit");
* the earlier mentions must never carry the later value and carry exactly one other value. Two digits swapped
  or one digit changed (214/241, 1,200/2,100, 3,200/3,800) is the copy desk's slip and is flagged for a noun
  of the same class; any other difference only for the same noun (or a size of things of one kind), and only
  when the two are close (a tenth of the first is a part, not a misprint);
* silent where the copy explains the difference: a part ("the first 60 schools", "another 40 investors", "15
  of the 17", "including"), a change ("rose to", "expanded", "up from", an update in between that names the
  noun, a number in the story equal to the difference), another thing of the kind introduced in between
  ("a second line", "a dialysis unit" before "the 20-bed unit"), another place, owner, year or time in the
  later figure's sentence, or a restricting clause ("the 300 workers who were laid off") unless the digits
  are swapped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from .. import slips
from ..model import Span
from ..subjects import Measure, measures
from .base import Hit, Rule, Story
from .consistency import (_ANAPHORIC_LEAD, _CITY, _NATIONAL, _RESTRICTED, _STATE, _compatible, _scope_differs,
                          named_in_apposition)
from .consistency_recount import _stem
from .consistency_same import _ALLOCATION_LIST, _COMING, _rounds_apart, restates_event, _slip as _value_slip

if TYPE_CHECKING:
    from .consistency import Consistency
    from ..model import Quantity


# -- reading ----------------------------------------------------------------------

# one word of a noun phrase after the figure (names may carry an en dash: "Cat Linh–Ha Dong")
_WORD = regex.compile(r"[ \t]+(?P<w>[\p{L}](?:[\p{L}'’.–-]*[\p{L}])?)")
# words that end a noun phrase: function words, auxiliaries, common verbs
_STOP = frozenset("""
of to the a an and or but in on for from by with at per each more than over under along across into onto
was is were are be been being has had have will would shall should can could may might must do does did
that which who whom whose this these those its their his her our your my as said says say told tell also
not all both only just about some any no so if when while where after before since until because though
then there here it they he she we you i me them him us what how why such other others own same
directly indirectly apart away back up down out off again already still now yet even ever never too very
including included includes excluding plus against among between within without across toward towards
""".split())
_IRREGULAR = frozenset("people children men women staff personnel police cattle livestock crew".split())
_NOT_PLURAL = frozenset("news series species means this its has was is does says remains seems stands comes goes "
                        "becomes includes lies uses makes takes gives needs plus thus less unless across chaos "
                        "basis analysis crisis status bus gas canvas campus census bonus virus sales".split())
# counts that are not a thing introduced once: units, times, money, scores, votes, seats
_NOT_COUNT = frozenset("""
years months days weeks hours minutes seconds decades centuries times percent cents dollars pounds euros rupees
takas shillings nairas pesos reais rands yuan yen metres meters kilometres kilometers miles feet inches yards
tonnes tons kilos kilograms grams litres liters gallons barrels acres hectares points runs goals wickets overs laps
votes seats others ones crores lakhs millions billions thousands hundreds dozens amounts levels rates
degrees marks shares cases doses tests counts matches games innings sets wins losses draws rounds holes
""".split())
# "All nine defendants": the later count says it is the whole
_ALL_OF_THEM = regex.compile(r"(?<![\p{L}])(?i:all)\s+\Z")
# a few nouns that name one thing in other words (compared only on a typing slip)
_CLASS = {
    **dict.fromkeys("worker employee staff staffer workforce labourer laborer personnel striker job employed".split(),
                    "workforce"),
    **dict.fromkeys("student pupil learner".split(), "pupils"),
    **dict.fromkeys("home house dwelling flat apartment suite residence condo condominium".split(), "dwellings"),
}
# "a 1,410-unit project" counts homes
_HYPHEN_CLASS = {**_CLASS, "unit": "dwellings"}
_CLASSES = frozenset(_CLASS.values())
# nouns so general that only a typing slip ties two of their counts together
_GENERIC_COUNT = frozenset("people person other man woman child family resident individual".split())
# the dead and the hurt are FC401/FC407's: their tolls move as bodies are found
_TOLL_NOUNS = frozenset("dead death fatality body victim casualty injured injury wounded".split())
_EMPLOY_BEFORE = regex.compile(r"\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|jobs\s+for|"
                               r"work\s+for|payroll\s+of|workforce\s+of|staff\s+of|headcount\s+of)\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|"
                               r"up\s+to\s+|more\s+than\s+|over\s+|at\s+least\s+)?\Z", regex.I | regex.REVERSE)

# ("lift the plant's workforce from about 2,300 to 3,100": the workforce now, where the change is still to come)
_WORKFORCE_OF = regex.compile(r"\b(?:workforce|staff|headcount|payroll)\s+(?:of|from)\s+(?:about\s+|some\s+|nearly\s+|"
                              r"around\s+|roughly\s+|almost\s+)?\Z", regex.I | regex.REVERSE)
_WORKFORCE_WORDS = ("workforce", "staff", "headcount", "payroll")    # one is in each _WORKFORCE_OF match
# a staff named by its trade counts the people of that trade: "a teaching staff of 3,100" are 3,100 teachers
_ROLES = {"teaching": "teacher", "nursing": "nurse"}
_ROLE_STAFF = regex.compile(r"\b(?P<role>teaching|nursing)\s+(?:staff|workforce)\s+of\s+(?:about\s+|some\s+|"
                            r"nearly\s+|around\s+|roughly\s+|almost\s+)?\Z", regex.I | regex.REVERSE)
_PARTITIVE_NEXT = regex.compile(r"\s*(?:%|per\s*cent|percent|\s+of\b)", regex.I)
_HYPHEN = regex.compile(r"-(?P<w>\p{Ll}+)\b(?!-)")
_LONG = regex.compile(r"[ -]?long\b")
_OF = regex.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|new\s+)?")
# sizes: what a physical unit measures
_SIZE_UNITS = {**dict.fromkeys("kilometre metre mile foot yard".split(), "length"),
               **dict.fromkeys("hectare acre".split(), "area"),
               **dict.fromkeys("megawatt gigawatt kilowatt".split(), "power")}
# "-year-old", "-day", "-point": an age, a duration or a score, not the size of a thing
_NOT_SIZE = frozenset("year old day week month hour minute second point per cent percent time fold run goal game "
                      "match page count nation country party state member-state man woman".split())
# a race named by its distance: "the 100m freestyle", "the 400 metres hurdles", "the 10km walk" are events, and
# one athlete runs or swims several of them, so their distances are no size of one thing told twice
_RACES = frozenset("freestyle backstroke breaststroke butterfly fly medley relay hurdle hurdles steeplechase sprint "
                   "dash race final heat semifinal semi-final event walk run swim ride time-trial".split())
# things a size belongs to, folded into kinds that may be one thing; generic nouns may stand for any one
_THING_KINDS = {
    **dict.fromkeys("bridge span crossing flyover overpass viaduct deck".split(), "bridge"),     # "4.3 km of deck"
    **dict.fromkeys("railway railroad metro tramway".split(), "rail"),
    **dict.fromkeys("line route link track corridor".split(), "line"),
    **dict.fromkeys("road highway motorway expressway freeway carriageway bypass".split(), "road"),
    **dict.fromkeys("pipeline pipe".split(), "pipeline"),
    **dict.fromkeys("tower skyscraper".split(), "tower"),
    **dict.fromkeys("stadium arena ground".split(), "stadium"),
    **dict.fromkeys("estate township".split(), "estate"),
    **dict.fromkeys("plant factory mill".split(), "plant"),
    **dict.fromkeys("school academy".split(), "school"),
}
# a line, route or link may be any linear thing ("a 640km pipeline" ... "the 460km line"); a unit or facility
# any building
_GENERIC_THINGS = frozenset("unit facility project complex structure building site scheme development plant "
                            "station installation venue campus centre center line route link track corridor "
                            # a section is the story's one measured road, line or pipeline when no other is sized
                            "section stretch segment".split())
_PART_THINGS = frozenset("section stretch segment".split())
_KNOWN_THINGS = frozenset(_THING_KINDS) | _GENERIC_THINGS | frozenset(
    "hospital clinic ward wing hostel dormitory shelter block hotel resort theatre theater hall auditorium "
    "chamber school college university prison jail ship vessel ferry plane aircraft train bus dam canal tunnel "
    "wall fence barrier cable border runway farm park mall terminal airport port refinery factory mill mine "
    "detour stretch section".split())

# the later mention refers back: "the", "its", "all", "those", "the factory's", "Agency's", then neutral adjectives
_NEUTRAL = r"(?:entire|whole|full|planned|proposed|promised|combined|total|estimated|expected|same|new|existing)"
_DEFINITE = regex.compile(rf"(?:(?<![\p{{L}}'’])(?:the|its|their|this|these|those|all|both)|"
                          rf"(?P<owner>(?:(?-i:\p{{Lu}})[\p{{L}}-]*\s+){{0,3}}[\p{{L}}-]+)['’]s)"
                          rf"(?:\s+{_NEUTRAL})?\s+\Z", regex.I | regex.REVERSE)
# the thing's own measure, which refers back as "its" does: "the hospital's licensed capacity of 236 beds", "its
# total of 1,520 rooms", "a workforce of 960 people" is not definite
_DEFINITE_OF = regex.compile(r"(?:(?<![\p{L}'’])(?:the|its|their)|(?P<owner>(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,3}"
                             r"[\p{L}-]+)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capacity|total|tally|workforce|"
                             r"payroll|headcount|complement)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\Z",
                             regex.I | regex.REVERSE)
# the story's thing as the subject of its own measure: "The hospital has 236 licensed beds", "the firm, which
# employs 4,300 people", "The road, 124 km long" (the thing must be one the first mention's sentence names)
# (or the pronoun that stands for it, "It will employ 1,200 people"; and the measure may be named, "the factory
# will have a workforce of 1,200")
_DEFINITE_SUBJECT = regex.compile(r"(?<![\p{L}'’])(?:(?:the|its)\s+(?P<mods>(?:[\p{Ll}-]+\s+){0,2}?)"
                                  r"(?P<thing>\p{Ll}[\p{L}-]+)|(?P<pronoun>(?-i:It|it)))"
                                  r"(?:,\s+(?:with\s+)?|(?:,\s+(?:which|that))?\s+(?P<now>now\s+)?"
                                  # any tense of having: "will have", "is expected to have", "would employ"
                                  r"(?:(?:will|would|shall|(?:is|was)\s+(?:set|expected|due|planned|designed)\s+to)\s+)?"
                                  r"(?:has|had|have|employs|employed|employ|holds|hold|counts|houses|house|contains|"
                                  r"contain|offers|offer|accommodates|accommodate)\s+)"
                                  # ("with capacity for 560 pupils", "has room for 650 students", "places for")
                                  r"(?:(?:an?\s+)?(?:total\s+|combined\s+)?(?:workforce|staff|headcount|payroll|"
                                  r"capacity|room|space|places)\s+(?:of|for)\s+)?"
                                  r"(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?\Z",
                                  regex.I | regex.REVERSE)
# a part or a change, not the whole: "another 40", "the first 60", "15 of", "by 300", "including 210"
_PART_LEFT = regex.compile(r"(?<![\p{L}'’-])(?:another|more|additional|extra|further|other|remaining|surviving|"
                           r"first|last|next|latest|initial|final|only|just|some|by|than|per|every|each|up\s+to|"
                           r"down\s+to|includ(?:e|es|ed|ing)|comprising|among|plus|excluding|except|original|"
                           r"originally|initially|previously|formerly|"
                           r"cut|cuts|cutting|shed|sheds|shedding|lay\s+off|lays\s+off|laid\s+off|laying\s+off|lose|loses|"
                           r"losing|lost|axe|axes|axed|axing|slash\w*|eliminat\w+|retrench\w*|furlough\w*)"
                           r"\s+(?:(?:the|its|their|about|some|nearly|around|almost|up\s+to|more\s+than|over|at\s+least)"
                           r"\s+)?\Z", regex.I | regex.REVERSE)
# ("14 officials of a state pension board": "of a" with no figure after it says whose they are, not a whole)
_PART_RIGHT = regex.compile(r"\A\s*(?:of\b(?!\s+(?:a|an)\s(?![^.;,\d]{0,40}\d))|out\s+of\b|more\b|other\b|others\b|additional\b|per\b|each\b|apiece\b|"
                            r"a\s+(?:day|week|month|year|night|head|piece)\b|every\b|so\s+far\b|to\s+date\b|"
                            r"(?P<phase>(?:in|of|for|during)\s+(?:the\s+|its\s+)?(?P<which>\w+\s+)?(?:phase|"
                            r"stage|section|tranche|batch|round)\b))", regex.I)
# an old value or a change's target: "from 214 to 241", "up from 240", "has grown to 241", "was 240 in 2019"
_FROM_LEFT = regex.compile(r"(?<![\p{L}])(?:from|up\s+from|down\s+from|compared\s+with|compared\s+to|against|"
                           r"versus|vs\.?)\s+\Z", regex.I | regex.REVERSE)
# a change still to come: "will lift", "is set to grow", "lifting headcount ... by the middle of 2026"
_TO_COME = regex.compile(r"\b(?:will|would|plans?\s+to|is\s+(?:set|expected|due|planned)\s+to|aims?\s+to|"
                         r"over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming))\b", regex.I)
_UP_FROM = regex.compile(r"(?:up|down)\s+from\s+\Z", regex.I | regex.REVERSE)
# a word each _FROM_LEFT match holds but "from" (_UP_FROM needs "from"), and each _DEFINITE_OF match's noun
_FROM_LEFT_WORDS = ("compared", "against", "versus", "vs")
_CHANGED_TO_ENDS = ("to", "about", "around", "nearly", "some")    # the last word of each _CHANGED_TO match
_DEFINITE_OF_NOUNS = ("capacity", "total", "tally", "workforce", "payroll", "headcount", "complement")
_TO_AFTER = regex.compile(r"\A[^.;]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d", regex.I)
_CHANGED_TO = regex.compile(r"\b(?:rose|risen|rising|rise|rises|climbed|jumped|increased|grew|grown|reached|brings?|"
                            r"bringing|swelled|soared|expanded|extended|raised|fell|fallen|dropped|declined|cut|"
                            r"reduced|trimmed|revised|updated|lowered|scaled)\b[^.;,\d]{0,50}?\bto\s+"
                            r"(?:about\s+|around\s+|nearly\s+|some\s+)?\Z", regex.I | regex.REVERSE)
_OTHER_TIME = regex.compile(r"\b(?:last\s+(?:year|month|week)|a\s+year\s+(?:earlier|ago|before)|ago|earlier|"
                            r"previously|originally|initially|at\s+the\s+time|the\s+(?:previous|prior|same)\s+"
                            r"(?:year|period|month)|(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|"
                            r"February|March|April|May|June|July|August|September|October|November|December|"
                            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?(?:19|20)\d\d)\b", regex.I)


def _other_time(story: Story, x: _Ref, text: str) -> bool:
    """Another time in the text; a coming year by a size is when the thing is done ("the 68km road would be done
    in 2027"), not another thing's time."""
    published = story.doc.publication_date
    for found in _OTHER_TIME.finditer(text):
        year = found.group()[-4:]
        if x.kind == "size" and year.isdigit() and published is not None and int(year) >= published.year:
            continue
        return True
    return False


def _when_done(story: Story, text: str) -> bool:
    """Is every time in the text a coming year the thing is finished in ("2,500 units ... when it is completed
    in 2027")? Then it dates the thing, not another count of it."""
    published = story.doc.publication_date
    times = list(_OTHER_TIME.finditer(text))
    return bool(times) and published is not None and bool(_DONE.search(text)) and all(
        t.group()[-4:].isdigit() and int(t.group()[-4:]) >= published.year for t in times)


_DONE = regex.compile(r"\b(?:complet\w*|finish\w*|built|open\w*|ready|done|operational)\b", regex.I)


_NEXT_TIME = regex.compile(r"\b(?:next|the\s+following|the\s+coming)\s+(?:year|month|week|season|term|phase)\b",
                        regex.I)
# the later figure is what the thing will be once a change is done
# (not the thing's own finished state, its subject left out: "once fully operational", "once in full production")
_ONCE = regex.compile(r"\b(?:once(?!\s+(?:(?:fully|it\s+is|in|at|up\s+and)\s+)*(?:full\s+)?(?:operational|"
                      r"complete|completed|open|opened|finished|built|running|production|capacity|commissioned)\b)|when\s+(?:it|the\s+\w+)\s+(?:opens|is\s+(?:finished|completed?|built))|"
                      r"after\s+(?:the\s+)?(?:expansion|extension|upgrade|works?))\b", regex.I)
# right after the later figure: a change to come or a target date ("380 rooms once the new wing opens", "1,200
# workers by 2026", "150 beds after an expansion")
_ONCE_AFTER = regex.compile(r"[^.;]{0,40}?\b(?:(?:once|when|after)\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,3}?"
                            r"(?:opens|is\s+(?:finished|completed?|built|opened)|are\s+(?:finished|completed?|built)|"
                            r"expansion|extension|upgrade|works?)\b|"
                            r"by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)", regex.I)
_CLAUSE_MARK = regex.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|while|whereas|although|though|and)\b", regex.I)
# a name bound to the later figure: "the 58 stations of the Blue Line", "the 300 workers at Beximco"
_NOT_NAME = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_BOUND_AFTER = regex.compile(r"\A\s+(?:in|at|of|from|across|near|on)\s+(?:the\s+)?" + _NOT_NAME +
                             r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)")
_AGES = frozenset("new old existing former current previous original replacement planned proposed future "
                   "rebuilt upgraded expanded enlarged temporary".split())
# (a place by its name or as another one: "In Mombasa", "In the neighbouring county"; not a condition or a time,
# "At full production", "In total", "At its peak")
_PLACE_LEAD = regex.compile(r"\A\s*(?:(?:In|At|Across|Outside|Near)\s+(?:the\s+)?(?:\p{Lu}|(?:neighbou?ring|nearby|other|"
                            r"rural|urban|northern|southern|eastern|western|coastal)\b)|"
                            r"(?:Elsewhere|Meanwhile|Separately)\b)")


class _Ref:
    """One figure read with the thing it counts or sizes."""

    __slots__ = ("m", "q", "value", "kind", "key", "cls", "head", "definite", "owner", "part", "old", "target",
                 "restricted", "span", "noun_end", "typed", "word", "name", "anchor", "age", "phase", "subset",
                 "label", "by_verb", "share")

    def __init__(self, m: Measure, kind: str, key: str, cls: str, head: str, noun_end: int, typed: str):
        self.m, self.q, self.value = m, m.quantity, m.quantity.value or 0.0
        self.kind, self.key, self.cls, self.head = kind, key, cls, head
        self.noun_end, self.typed = noun_end, typed
        self.definite = self.part = self.old = self.target = self.restricted = False
        self.share = False          # "29 of the state's districts": told as a share of an owner's, no whole given
        self.owner = ""
        self.word = ""              # the count's noun as written ("investors")
        self.name = ""              # the thing's own name by the figure ("Lakeside Court")
        self.anchor = ""            # the thing named as the figure's subject ("The hospital has 236 beds")
        self.age = ""               # "new", "old" ... before that subject: a replacement or the thing replaced
        self.phase = ""             # the one named phase the figure is told for ("in its first phase")
        self.subset = False         # restricted to a subset of the whole ("the 710 teachers affected")
        self.label: frozenset[str] = frozenset()    # a size's words before its thing ("main" of "main runway")
        self.by_verb = False        # people counted by what was done to them ("people already vaccinated")
        self.span = Span(m.quantity.start, noun_end)


def _refs(story: Story) -> list[_Ref]:
    return story.memo("consistency.backrefs", _read_refs)


def _read_refs(story: Story) -> list[_Ref]:
    out = []
    for m in measures(story):
        q = m.quantity
        if q.value is None or q.value <= 0 or q.low is not None and q.high is not None:
            continue        # a range is two figures
        if q.kind == "number":
            if q.value == int(q.value) and 1900 <= q.value <= 2100 and q.text.isdigit():
                continue    # a year
            ref = _read_count(story, m)
        elif q.kind == "physical" and q.unit in _SIZE_UNITS:
            ref = _read_size(story, m, f"{_SIZE_UNITS[q.unit]}:{q.unit}", q.end)
        else:
            continue
        if ref is not None:
            out.append(ref)
    # only a figure that has something of its kind to be compared with needs its frame read
    keys: dict[str, int] = {}
    for x in out:
        for k in {x.key, x.cls}:
            keys[k] = keys.get(k, 0) + 1
    for x in out:
        if keys[x.key] > 1 or keys[x.cls] > 1:
            _read_frame(story, x)
    _read_breakdowns(story, out, [x for x in out if keys[x.key] > 1 or keys[x.cls] > 1])
    return out


# a list item with no noun of its own: "17 in Qena", "22 for Samar", "9 in Homa Bay"
_ITEM_AFTER = regex.compile(r"\A\s+(?:in|for|at|on|to|from|across|under)\s+\S", regex.I)


_ARTICLE = regex.compile(r"\A(?:The|A|An)\s+")
_WHOLE_OF = regex.compile(r"\b(?:including|includes|of\s+which|of\s+them|among\s+them)\s+(?:about\s+|some\s+)?\Z",
                          regex.I | regex.REVERSE)


def _read_breakdowns(story: Story, refs: list[_Ref], compared: list[_Ref]) -> None:
    """A count at the head of a list ("19 schools in Sohag, 17 in Qena and 12 in Assiut") is one item of a
    breakdown, a part of the whole and no value of the thing itself. Its siblings are the sentence's later
    bare figures that name a place or a purpose; one sibling is enough, for the list tells the reader the
    figure is a share (and where the items add up to another figure of the class, that is the whole)."""
    prose = story.doc.prose
    read = {x.q.start for x in refs}
    for x in compared:
        if x.kind != "count" or x.part:
            continue
        s1 = x.m.sentence[1]
        numbers = [q for q in story.quantities
                    if x.q.end < q.start < s1 and q.start not in read and q.kind == "number"
                    and q.value is not None and not (1900 <= q.value <= 2100 and q.text.isdigit())]
        # ("660 beds, including 40 in intensive care": the figure is the whole its part is taken from)
        siblings = [q for q in numbers if _ITEM_AFTER.match(prose[q.end:min(s1, q.end + 12)])
                    and not _WHOLE_OF.search(prose, max(x.q.end, q.start - 20), q.start)]
        # the list's head is the last figure before its first item ("120 wells - 50 wells in Mopti, 40 in
        # Segou" lists the 50, not the 120 it adds up to)
        if siblings and not any(x.q.end <= q.start < siblings[0].start for q in story.quantities):
            x.part = True


def _typed(story: Story, m: Measure) -> str:
    q = m.quantity
    typed = story.doc.prose[q.number_span[0]:q.number_span[1]] if q.number_span else ""
    if typed[:1].isalpha() and q.value is not None and float(q.value).is_integer() and q.value >= 10 \
            and _OPENS_SENTENCE.fullmatch(story.doc.prose, m.sentence[0], q.number_span[0]):
        # "Fourteen former officials were arraigned": style spells out a figure that opens a sentence; the
        # reporter's notes (and any slip later) have it in digits
        return str(int(q.value))
    return typed


_OPENS_SENTENCE = regex.compile(r"(?:\p{Lu}[\p{Lu}\s,.'’-]*\s+[—–-]\s+)?")    # after a dateline "LAGOS — "


# "29 of the state's districts", "12 of its 20 wards" (not this one: a figure gives the whole)
_OF_AN_OWNERS = regex.compile(r"\s+of\s+(?:the\s+(?:\p{L}[\p{L}-]*\s+)?\p{L}[\p{L}-]*['’]s|its|their)\s+"
                              r"(?P<noun>\p{Ll}[\p{L}-]+)(?![\p{L}'’-])")


def _read_count(story: Story, m: Measure) -> _Ref | None:
    """"240 lower secondary schools", "the 3,200 strikers", "employ 1,200 people"; "a 320-bed hospital"."""
    prose = story.doc.prose
    q = m.quantity
    end = m.sentence[1]
    if prose.startswith("-", q.end):
        hyphen = _HYPHEN.match(prose[q.end:min(end, q.end + 30)])
        if hyphen is None or hyphen.group("w") in _NOT_SIZE:
            return None
        key = _stem(hyphen.group("w"))
        ref = _read_size(story, m, key, q.end + hyphen.end())
        if ref is not None:     # underline "320-bed", not the name after it
            ref.span = Span(q.start, q.end + hyphen.end())
            ref.cls = _HYPHEN_CLASS.get(key, key)
        return ref
    lo = max(m.sentence[0], q.start - 50)
    lead = prose[lo:q.start].casefold()    # (once, not once per word)
    if any(w in lead for w in _WORKFORCE_WORDS) and _WORKFORCE_OF.search(prose, lo, q.start) \
            and not _PARTITIVE_NEXT.match(prose, q.end) and not _plural_next(prose, q.end, end):
        # "a workforce of 1,200.": the count names its noun before it ("a teaching staff of 3,100" counts teachers)
        role = _ROLE_STAFF.search(prose, max(m.sentence[0], q.start - 60), q.start)
        key = _ROLES[role.group("role").lower()] if role else "workforce"
        ref = _Ref(m, "count", key, key if role else "workforce", "", q.end, _typed(story, m))
        ref.word = "workforce" if role is None else key + "s"
        return ref
    if prose[q.end:q.end + 1] not in (" ", "\t"):
        return None         # "12%", "12,", "12." : no noun after the figure
    owned = _OF_AN_OWNERS.match(prose, q.end, end)
    if owned and _plural(owned.group("noun").lower()) and owned.group("noun").lower() not in _STOP \
            and not any(c.isdigit() for c in prose[q.end:end]) and not _PART_LEFT.search(prose[lo:q.start]):
        # "affecting 2.4 million people in 29 of the state's districts": no whole given, the count is of the
        # districts themselves (the story's affected ones), as "the 21 affected districts" later refers to them
        noun = _stem(owned.group("noun").lower())
        ref = _Ref(m, "count", noun, _CLASS.get(noun, noun), "", owned.end("noun"), _typed(story, m))
        ref.word = owned.group("noun").lower()
        ref.share = True
        return ref
    head, stop = "", q.end
    chunk = prose[q.end:min(end, q.end + 64)]
    pos = 0
    for raw in chunk.split(None, 4)[:4]:
        pos = chunk.find(raw, pos)
        word = raw.rstrip(",.;:!?)”’\"'")
        if not word or not word[0].isalpha() or "\n" in chunk[:pos]:
            break
        low = word.lower()
        if low in _STOP or low.endswith("ly") and len(low) > 4 or word[0].isupper() and head:
            break
        if low in _NOT_COUNT:
            return None     # "2,500 tonnes", "18 months"
        if _plural(low) or low == "accused" and not head:
            head, stop = low, q.end + pos + len(word)
            break           # the first plural is the head: "2,300 workers find new jobs"
        if word != raw:
            break           # a comma or a full stop ends the phrase
        pos += len(raw)
    if not head:
        return None
    noun = _stem(head)
    if noun in _TOLL_NOUNS or m.subject in ("killed", "injured"):
        return None
    cls = _CLASS.get(noun, noun)
    if noun in ("people", "person") and (_EMPLOY_BEFORE.search(prose, max(m.sentence[0], q.start - 40), q.start)
                                         or _we_have(prose, m.sentence[0], q.start)
                                         or _ON_PAYROLL.match(prose, stop, end)):
        cls = "workforce"   # "will employ 1,200 people"; the firm speaking: "We have 3,200 skilled people here"
    if (noun in _PERSON_NOUNS or noun in _OFFICE_HOLDERS) and (_ON_TRIAL.match(prose, stop, end)
                                  or _CHARGED_BEFORE.search(prose, max(m.sentence[0], q.start - 30), q.start)) \
            or noun == "accused":
        noun = cls = "defendant"    # "Fourteen people went on trial", "charged 17 people", "the 17 accused" ...
                                    # "all 12 defendants"
    done = _DONE_TO.match(prose, stop, end) if noun in ("people", "person") else None
    if done and done.group("verb").lower() not in _NOT_DONE_TO:
        # "1.4 million people had been vaccinated" ... "with 4.1 million people already vaccinated": people counted
        # by what was done to them are one count, compared on a swap of digits only (see _pair)
        noun = cls = done.group("verb").lower() + " people"
    ref = _Ref(m, "count", noun, cls, "", stop, _typed(story, m))
    ref.word = head
    ref.by_verb = done is not None and noun.endswith(" people")
    return ref


# what was done to people, right after them: "people had been vaccinated", "people already evacuated"
_DONE_TO = regex.compile(r"(?:\s+(?:had|have|has|were|was|are|is|been|being|already|now|so\s+far|fully|since))*"
                         r"\s+(?P<verb>\p{Ll}{3,}ed)\b")
# participles that say where people are or what they did, not one thing done to them all
_NOT_DONE_TO = frozenset("aged based employed involved concerned affected needed used expected estimated "
                         "surveyed interviewed polled asked registered listed".split())


_PERSON_NOUNS = frozenset("people person men women persons individuals suspects".split())
# people named by their office who stand in the dock as the story's defendants ("Fourteen former officials ... were
# arraigned"), read as defendants only beside a verb of the dock
_OFFICE_HOLDERS = frozenset("official officer executive director manager employee staffer".split())
# people in the dock: the story's defendants
_ON_TRIAL = regex.compile(r"(?:,\s+including\s[^.;]{0,160}?,)?"     # "Thirty-four people, including a contractor, ..., went"
                          # "Fourteen former officials of a state board and two firms were arraigned": whose they were
                          r"(?:\s+of\s+(?:the|a|an)\s+[^.;,()]{0,80}?(?=\s+(?:were|are|have|had|went|stood)\s))?"
                          r"\s+(?:(?:have|had|will|are|were|went|go|goes|stood|stand|standing|have\s+gone)\s+)?"
                          r"(?:(?:on\s+trial|trial)|(?:were|are|have\s+been|had\s+been)\s+(?:charged|indicted|arraigned|"
                          r"tried|prosecuted)|(?:appeared|appear|appearing)\s+in\s+(?:the\s+)?(?:court|dock)|"
                          r"(?:face|faced|facing)\s+trial|in\s+the\s+dock|accused\s+of|charged\s+(?:with|over))\b",
                          regex.I)
# the prosecutor's verb before the people: "have charged 17 people with ..."
_CHARGED_BEFORE = regex.compile(r"\b(?:charged|indicted|arraigned|charging|indicting|arraigning)\s+\Z", regex.I)


_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "initial": "first", "opening": "first"}
# a restriction that picks a subset of the thing itself, never more of it than the whole ("the 710 teachers
# affected", "the 300 workers laid off"); not "hired", "who have worked there", which may count comers and goers
_SUBSET = regex.compile(r"\A\s+(?:(?:who|that)\s+(?:are|were|will\s+be|would\s+be|have\s+been|had\s+been)\s+)?"
                        r"(?:affected|involved|concerned|laid\s+off|dismissed|sacked|fired|trapped|evacuated|"
                        r"displaced|made\s+redundant)\b", regex.I)


def _same_phase(prose: str, x: _Ref, later: _Ref) -> bool:
    """Are the two figures told for one phase: the same named phase, or neither named, or one named and the other's
    sentence naming it too ("Its first phase will have 480 beds" ... "the 540 beds in the first phase")?"""
    if x.phase == later.phase:
        return True
    named, other = (x, later) if x.phase else (later, x)
    if other.phase:
        return False
    words = _PHASE_WORDS.search(prose, *other.m.sentence)
    return words is not None and _phase_key(words) == named.phase


# a phase named anywhere in a sentence: "the first phase", "phase one", "its initial stage"
_PHASE_WORDS = regex.compile(r"\b(?P<phase>(?P<which>first|second|third|initial|opening|final|1st|2nd|3rd)[\s-]+"
                             r"(?:phase|stage|tranche)|(?:phase|stage)\s+(?P<which2>one|two|three|1|2|3|I|II|III)\b)",
                             regex.I)
_PHASE_NUMBERS = {"one": "first", "1": "first", "i": "first", "two": "second", "2": "second", "ii": "second",
                  "three": "third", "3": "third", "iii": "third"}


def _phase_key(found: regex.Match) -> str:
    """"in its first phase", "for the initial stage" -> "first phase" (the word that names which, and what)."""
    if found.groupdict().get("which2"):     # "phase one", "stage 2"
        which = _PHASE_NUMBERS.get(found.group("which2").lower(), found.group("which2").lower())
        return f"{which} {found.group('phase').split()[0].lower()}"
    which = found.group("which").strip().lower()
    what = regex.split(r"[\s-]+", found.group("phase"))[-1].lower()
    return f"{_ORDINAL_WORDS.get(which, which)} {what}"


# "14,200 people currently on the payroll", "people on its books": the workforce
_ON_PAYROLL = regex.compile(r"\s+(?:(?:currently|now|still)\s+)?(?:on\s+(?:the|its|their)\s+(?:own\s+)?(?:payroll|books)|"
                            r"employed\s+(?:there|by\s+(?:the|it)))\b", regex.I)
# the firm speaking of its own people: "We have 3,200 ...", "we now employ 900 ..."
_WE_HAVE = regex.compile(r"(?<![\p{L}])(?i:we)\s+(?:now\s+|still\s+|already\s+)?(?:have|employ)\s+(?:about\s+|some\s+|"
                         r"nearly\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|almost\s+)?\Z", regex.REVERSE)


def _we_have(prose: str, s0: int, at: int) -> bool:
    """Inside a quote, "we have N": the speaker's own, as "its" would be (only in quoted speech)."""
    found = _WE_HAVE.search(prose, max(s0, at - 30), at)
    return found is not None and any(c in prose[max(s0 - 200, 0):found.start()] for c in "\"“")


def _plural_next(prose: str, start: int, end: int) -> bool:
    """Does a plural noun follow the figure ("a staff of 1,200 nurses" counts nurses)?"""
    word = _WORD.match(prose, start, end)
    return bool(word) and _plural(word.group("w").lower())


def _plural(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) \
        and word not in _NOT_PLURAL


# a size set before its thing at the head of the sentence: "At 421 metres, the tower would be ..." — the thing the
# story has named, as "the 421-metre tower" would be (a quote's opening mark may stand before "At"; FC412 reads
# the same opening)
_AT_OPENING = regex.compile(r"\s*[\"“‘']?\s*At\s+(?:(?:about|some|nearly|almost|roughly)\s+)?\Z")
_FRONTED_THE = regex.compile(r",\s+(?:the|its)\s")


def opens_with_at(prose: str, s0: int, start: int) -> bool:
    """Does the sentence opening at `s0` open on the figure at `start` with "At" ("At 421 metres, ...")?"""
    return _AT_OPENING.match(prose, s0, start) is not None


def _fronted(prose: str, m: Measure) -> regex.Match | None:
    """", the" after a size the sentence opens on with "At" ("At 421 metres, the tower"), or None."""
    if not opens_with_at(prose, m.sentence[0], m.quantity.start):
        return None
    return _FRONTED_THE.match(prose, m.quantity.end, m.sentence[1])


_ADVERB_AFTER = regex.compile(r"[ \t]+(?:early|late|overnight|suddenly|again|[\p{L}]+ly)\b|[ \t]*[,.;:]", regex.I)


def _verb_next(prose: str, w: regex.Match, end: int) -> bool:
    """Is the word a past-tense verb ending the noun phrase ("the 180-metre breach opened early", "the 26-mile
    detour closed on Friday")? A word in -ed followed by a function word, an adverb or a stop; an adjective in
    -ed stands before its noun ("the 2km reinforced wall")."""
    if not w.group("w").endswith("ed"):
        return False
    nxt = _WORD.match(prose, w.end(), end)
    return nxt is not None and nxt.group("w").lower() in _STOP or _ADVERB_AFTER.match(prose, w.end(), end) is not None


def _read_size(story: Story, m: Measure, key: str, pos: int) -> _Ref | None:
    """A size and the thing it belongs to: "the 1.2-mile Sauvie Reach Bridge", "the 16.3km line", "a 320-bed
    Hospital Regional do Litoral", "a pipeline 320km long", "At 421 metres, the tower"."""
    prose = story.doc.prose
    end = m.sentence[1]
    long = _LONG.match(prose[pos:min(end, pos + 8)])
    fronted = None if long or m.quantity.kind != "physical" else _fronted(prose, m)
    if long:
        pos += long.end()
    elif fronted:
        pos = fronted.end() - 1     # the thing's words, read as after "the 421-metre"
    elif m.quantity.kind == "physical":
        # "all 430 km of the highways", "340 kilometres of state roads"
        of = _OF.match(prose[pos:min(end, pos + 20)])
        if of:
            pos += of.end() - 1
    of = m.quantity.kind == "physical" and pos > m.quantity.end and not long
    head, stop, words, last, names, read = "", pos, 0, "", [], []
    while words < 5:
        w = _WORD.match(prose, pos, end)
        if w is None:
            break
        low = w.group("w").lower()
        if low in _STOP or words and not head and _verb_next(prose, w, end):
            break
        if low in _RACES and not head:
            return None     # "the 200m freestyle": an event, not a thing's size
        # the last thing-word of the phrase is the head ("an 800-bed university hospital"), a specific one
        # before a generic one ("the 500-bed hospital site")
        if w.group("w")[0].isupper():
            names.append(w.group("w"))
        thing = low if low in _KNOWN_THINGS else _stem(low)
        read.append(low if w.group("w").islower() else "")     # (a name's words are its name, not a label)
        if thing in _KNOWN_THINGS and not (head and head not in _GENERIC_THINGS and thing in _GENERIC_THINGS):
            head, stop = thing, w.end()
        last = low if not head else last
        pos, words = w.end(), words + 1
    if not head and long:
        # "a highway 12 kilometres long", "the bridge, 2.6km long,": the thing is named before its length
        before = [w for w in regex.findall(r"[\p{L}]+", prose[max(m.sentence[0], m.quantity.start - 50):
                                                                  m.quantity.start].lower()) if w in _KNOWN_THINGS]
        if not before:
            return None
        head = before[-1]
    if not head:
        if not last or last in _STOP:
            return None
        head = _stem(last)  # "the 26-mile detour": a thing we have no word for names only itself
    ref = _Ref(m, "size", key, key, head, m.quantity.end if m.quantity.kind == "physical" and not of else stop,
               _typed(story, m))
    if of:
        ref.span = Span(m.quantity.start, m.quantity.end)     # "430 km" of "all 430 km of the highways"
    ref.name = " ".join(n for n in names if n.lower() != head)
    if head in _KNOWN_THINGS and head in read:
        ref.label = frozenset(w for w in read[:read.index(head)] if w)
    return ref


def _read_frame(story: Story, x: _Ref) -> None:
    """Does the figure refer back, and is it a part, an old value or a change's target?"""
    prose = story.doc.prose
    q = x.q
    s0, s1 = x.m.sentence
    left = prose[max(s0, q.start - 60):q.start]
    right = prose[q.end:s1]
    after = prose[x.noun_end:s1]
    low = left.casefold()     # (words the patterns below need, looked for first: the I flag reads letters so)
    definite = _DEFINITE.search(left) or (any(w in low for w in _DEFINITE_OF_NOUNS) and _DEFINITE_OF.search(left)
                                          or None)
    x.definite = bool(definite) or x.kind == "size" and _fronted(prose, x.m) is not None
    if definite and definite.group("owner"):
        # ("The force's 6,100 officers": the owner is "force", not "The force" the first sentence never writes)
        x.owner = _ARTICLE.sub("", definite.group("owner"))
    part_right = _PART_RIGHT.match(after)
    owned = x.kind == "count" and (o := _OF_AN_OWNERS.match(prose, q.end, s1)) is not None and o.end("noun") == x.noun_end
    x.part = bool(_PART_LEFT.search(left)) or bool(part_right) \
        or x.kind == "count" and bool(not owned and _PART_RIGHT.match(right) or _ALLOCATION_LIST.match(after))
    if x.part and part_right is not None and part_right.group("phase") and not _PART_LEFT.search(left) \
            and not (x.kind == "count" and _ALLOCATION_LIST.match(after)):
        # "480 beds in its first phase" ... "the 540 beds in the first phase": a named phase is one thing, and two
        # figures for the same phase are compared as the thing's own (only with each other); "in phase one"
        named = _PHASE_WORDS.match(after, part_right.start("phase") + len(part_right.group("phase").split()[0]) + 1)
        if part_right.group("which") or named:
            x.part, x.phase = False, _phase_key(named or part_right)
    has_from = "from" in low
    x.old = bool((has_from or any(w in low for w in _FROM_LEFT_WORDS)) and _FROM_LEFT.search(left)
                 and _TO_AFTER.match(right)) or bool(has_from and _UP_FROM.search(left))
    if x.old and _TO_COME.search(prose, s0, s1) and not (has_from and _UP_FROM.search(left)):
        x.old = False   # "will lift its workforce from 2,300 to 3,100 by 2026": the change is to come, 2,300 is now
    # (_CHANGED_TO ends in "to" or a hedge, and blanks: rstrip() strips every \s, so a window ending otherwise has none)
    x.target = prose[max(s0, q.start - 80):q.start].rstrip().casefold().endswith(_CHANGED_TO_ENDS) \
        and bool(_CHANGED_TO.search(prose, max(s0, q.start - 80), q.start))
    x.restricted = x.kind == "count" and bool(_RESTRICTED.match(after))
    x.subset = x.restricted and bool(_SUBSET.match(after))
    if not definite and x.by_verb:
        x.definite = True   # compared only on a swap of digits (see _pair)
    elif not definite and x.cls == "workforce" and _we_have(prose, s0, q.start):
        x.definite = True   # "We have 3,200 skilled people here," the director said: the firm's own workforce
    elif not definite:
        subject = _DEFINITE_SUBJECT.search(left)
        if subject and subject.group("pronoun"):
            x.definite = True       # "It will employ 1,200 people": the story's thing, as "its" would be
        elif subject and subject.group("thing").lower() not in _STOP:
            x.definite, x.anchor = True, subject.group("thing").lower()
            x.age = next((w for w in subject.group("mods").lower().split() if w in _AGES), "")
            # "The Green Line has 20 stations": the subject's own name (checked against the first sentence's)
            x.name = x.name or " ".join(w for w in subject.group("mods").split() if w[:1].isupper())
        if subject:
            x.target = x.target or bool(subject.group("now"))   # "the firm now has 1,290": where it got to


# -- comparing --------------------------------------------------------------------

def _backref(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    refs = _refs(story)
    done: set[int] = set()
    flagged = story.cache.get("consistency.flagged", ())     # by FC401-FC407, which run before this rule
    for i, later in enumerate(refs):
        if not later.definite or later.part or later.old or later.target or later.q.start in flagged:
            continue
        hit = _check_later(rule_type, rule, story, refs, i)
        if hit is not None and hit.span.start not in done:
            done.add(hit.span.start)
            yield hit


def _kin(a: _Ref, b: _Ref) -> str:
    """How two mentions may be one thing: "same" (one noun; sizes of things of one kind), "class" (nouns of one
    class, or a generic thing), or "" (two things)."""
    if a.kind == "size" and b.kind == "size" and a.key == b.key:
        ka, kb = _THING_KINDS.get(a.head, a.head), _THING_KINDS.get(b.head, b.head)
        if ka == kb:
            return "same"
        return "class" if a.head in _GENERIC_THINGS or b.head in _GENERIC_THINGS else ""
    if a.key == b.key and ":" not in a.key:     # "the hospital's 320 beds" and "the 230-bed unit" count beds
        return "class" if a.key in _GENERIC_COUNT else "same"
    return "class" if a.cls == b.cls and a.cls in _CLASSES else ""


def _check_later(rule_type: Consistency, rule: Rule, story: Story, refs: list[_Ref], i: int) -> Hit | None:
    first, _ = _pair(rule, story, refs, i)
    return None if first is None else rule_type._hit(story, _as_measure(first), _as_measure(refs[i]))


def _pair(rule: Rule, story: Story, refs: list[_Ref], i: int) -> tuple[_Ref | None, str]:
    """The earlier mention the later one contradicts, or None and the reason it does not."""
    later = refs[i]
    earlier = [x for x in refs[:i] if x.q.start < later.q.start and _kin(x, later)]
    if not earlier:
        return None, "nothing of the kind before"
    if any(_agree(x, later, rule) for x in earlier) or _said_bare(story, refs, later):
        return None, "the value was given before"
    # a count for another country or scope ("a backlog of 165,000 classrooms nationwide") is another thing's:
    # it neither is what the later figure refers to nor makes the thing one of three values
    usable = [x for x in earlier if not (x.part or x.old or x.target) and x.m.sentence != later.m.sentence
              and _same_phase(story.doc.prose, x, later)
              and not _other_scope(story, x, later)
              and not (_capacity(story.doc.prose, later) and x.kind == "count" and not _capacity(story.doc.prose, x))
              # ("after the East African Crude Oil Pipeline, the 1,443km line": that pipeline's length)
              and not named_in_apposition(story.doc.prose, later.m.sentence, later.q.start,
                                          story.doc.prose[x.m.sentence[0]:x.m.sentence[1]])]
    same = [x for x in usable if _kin(x, later) == "same"]
    if same and later.kind == "size" and later.head not in _GENERIC_THINGS:
        usable = same       # "the 880-bed hospital" is compared with the hospital, not its 36-bed unit
    values = _values(usable, rule)
    if not values:
        return None, "0 other values"
    # pairwise: the later figure answers to the earlier value nearest it; other values of the kind are other
    # things (a part, a unit, a site, a whole) only when they stand far from both (a 20-bed ICU beside a
    # 300-bed hospital); one close to either leaves the reader unsure which thing is meant
    first = min(values, key=lambda x: _ratio(x.value, later.value))
    swapped = [x for x in values if _slip(x, later) == "swap"]
    if len(swapped) == 1 and _apart(values, swapped[0], later, far=_SWAP_FAR):
        first = swapped[0]  # "1,180 schools" ... "the 1,810 schools": the swap names the earlier figure itself
    elif not _apart(values, first, later):
        return None, f"{len(values)} other values"     # several things, not one misreported
    if first.label and later.label and not first.label & later.label:
        return None, "two things told apart by their words"     # "main runway" ... "crosswind runway"
    slip = _slip(first, later)
    if first.share and later.value > first.value and slip != "swap":
        return None, "a share, and a larger count later (the owner's whole?)"   # "all 33 districts" of the state
    if later.by_verb and slip != "swap":
        return None, "people counted by what was done to them, and no swap"
    if slip is None:
        # any other difference: the same noun (or a size of things of one kind), close, and two values in all
        # "about 90 residents evacuated" ... "The 60 residents who had been evacuated": the later restates what the
        # first sentence says of all of them, so any other count within twice it contradicts it, generic noun or not (a count far below
        # it is one place's: "where all 214 students who appeared cleared")
        restated = max(first.value, later.value) <= 2 * min(first.value, later.value) \
            and restates_event(story.doc.prose, first.m.sentence, later.noun_end, later.m.sentence[1])
        if not (_one_noun(story.doc.prose, refs, first, later) or restated) \
                or _part_of(first, later, story.doc.prose) or not (_close(first.value, later.value) or restated):
            return None, "no slip, and not one noun or not close"
        if later.kind == "count" and min(first.value, later.value) < 10 \
                and not _ALL_OF_THEM.search(story.doc.prose, max(later.m.sentence[0], later.q.start - 12), later.q.start) \
                and not _named_in_full(story.doc.prose, first):
            return None, "no slip, and a small count"   # "the four defendants" after "three": one may be new;
                                                        # "All nine defendants" says it is every one of them
        story_values = _values([x for x in refs if _one_noun(story.doc.prose, refs, x, later)
                                and not (x.part or x.old or x.target) and _same_phase(story.doc.prose, x, later)
                                and not _other_scope(story, x, later)], rule)
        if not _apart([x for x in story_values if not (_agree(x, first, rule) or _agree(x, later, rule))],
                      first, later, all_others=True):
            return None, "no slip, and another value close to the two in the story"
    elif _part_of(first, later, story.doc.prose) and slip != "swap":
        return None, "restricted"   # "the 300 workers who were laid off" may be a part; a swap is the whole
    reason = _explained(story, first, later, slip)
    return (None, reason) if reason else (first, "")


# what a place can take, not who is there: "space for 600 young players", "room for up to 900 pupils", "a school
# built for 840 students"
_CAPACITY_FOR = regex.compile(r"(?<![\p{L}])(?:room|space|places?|capacity|accommodation|planned|built|designed|"
                              r"intended|meant)\s+for\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|"
                              r"as\s+many\s+as\s+)?\Z", regex.I)


def _capacity(prose: str, x: _Ref) -> bool:
    """Is the count a capacity ("it would have space for 600 players")? A capacity is compared with capacities and
    sizes only: a club's "900 registered players" are its members, which a new academy's 600 places need not be."""
    return _CAPACITY_FOR.search(prose, max(x.m.sentence[0], x.q.start - 40), x.q.start) is not None


# "across five cities: Riyadh, Jeddah, Al Khobar, Abha and Neom": the count, then every one of them by name
_NAMES_AFTER = regex.compile(r"\s*:\s*(?P<names>[^.;:()\d]{3,200}?)(?=[.;]|\s*$)")
_ONE_NAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*")


def _named_in_full(prose: str, ref: _Ref) -> bool:
    """Is a small count followed by a colon and exactly that many names? Then the story has said which they all
    are, and a later "the six host cities" cannot be a new one among them."""
    m = _NAMES_AFTER.match(prose, ref.noun_end)
    if m is None:
        return False
    items = [x.strip() for x in regex.split(r",|\s+and\s+", m.group("names")) if x.strip()]
    return len(items) == ref.value and all(_ONE_NAME.fullmatch(x) for x in items)


def _part_of(first: _Ref, later: _Ref, prose: str = "") -> bool:
    """May the later, restricted mention be a part of the first ("the 300 workers who were laid off")? Not when
    it picks a subset of the thing and is larger than the whole: "employ 640 teachers" ... "the 710 teachers
    affected" cannot both be right; nor when the restriction tells again what the first sentence says of the
    whole ("kept about 1,200 schools closed" ... "the 1,400 schools that closed")."""
    return later.restricted and not (later.subset and later.value > first.value) \
        and not (prose and restates_event(prose, first.m.sentence, later.noun_end, later.m.sentence[1]))


def _one_noun(prose: str, refs: list[_Ref], x: _Ref, later: _Ref) -> bool:
    """Are the two one thing under one noun: the same noun, or a generic one ("the 48km stretch", "the
    route") for the story's one measured thing ("the 42km Bukomero–Kiboga road") where every thing given that
    measure before the later one is of one kind?"""
    kin = _kin(x, later)
    if kin == "same":
        return True
    if kin != "class" or x.kind != "size" or later.kind != "size":
        return False
    kinds = {_THING_KINDS.get(y.head, y.head) for y in refs if y.kind == "size" and y.key == later.key
             and y.head not in _GENERIC_THINGS and y.q.start <= later.q.start}
    # a stretch no longer than the thing may be a part of it ("the 30km stretch" of a 42km road); one longer can
    # only be the thing itself ("the 42km road" ... "the 48km stretch")
    for part, whole in ((later, x), (x, later)):
        if part.head in _PART_THINGS and whole.head not in _PART_THINGS and part.value <= whole.value:
            return False
    # "the existing 28km route" is the old road beside the new one, not the story's thing
    return len(kinds) == 1 and not _AGED_BEFORE.search(prose, max(later.m.sentence[0], later.q.start - 30),
                                                      later.q.start)


_AGED_BEFORE = regex.compile(r"\b(?:existing|old|former|current|original|present)\s+(?:[\p{L}-]+\s+)?\Z",
                             regex.I | regex.REVERSE)


def _ratio(a: float, b: float) -> float:
    return max(a, b) / max(min(a, b), 1e-9)


# two figures of one kind this far apart (twice or more) are two things, not one misreported
_FAR = 2.0


# with two digits swapped, another value leaves the reader unsure only when it stands as close as this
_SWAP_FAR = 1.25


def _apart(values: list[_Ref], first: _Ref, later: _Ref, all_others: bool = False, far: float = _FAR) -> bool:
    """Do the other values of the kind stand far from both the earlier value chosen and the later one?"""
    others = values if all_others else [x for x in values if x is not first]
    return all(_ratio(x.value, later.value) >= far and _ratio(x.value, first.value) >= far for x in others)


def _other_scope(story: Story, x: _Ref, later: _Ref) -> bool:
    a, b = x.m, later.m
    return later.kind == "count" and (bool(a.countries and b.countries and not set(a.countries) & set(b.countries))
                                      or _scope_differs(story, a, b, _clause_ends(story, x, later))
                                      and not (_slip(x, later) == "swap" and _no_scope(story, later)))


def _no_scope(story: Story, later: _Ref) -> bool:
    """Does the later figure's sentence name no scope at all (nation, city, region)? "the 1,810 remaining
    schools" after "1,180 schools across the country" then takes the story's scope: with two digits swapped it
    is the same count, not a part of the country's."""
    s0, s1 = later.m.sentence
    prose = story.doc.prose
    return not (_NATIONAL.search(prose, s0, s1) or _CITY.search(prose, s0, s1) or _STATE.search(prose, s0, s1))


def _said_bare(story: Story, refs: list[_Ref], later: _Ref) -> bool:
    """Was the later value written before as a figure with no noun of its own ("rose to 241 by 2019")?"""
    read = {x.q.start for x in refs}
    return any(q.start < later.q.start and q.start not in read and q.value == later.value
               and q.kind == later.q.kind and q.unit == later.q.unit for q in story.quantities)


def _values(xs: list[_Ref], rule: Rule) -> list[_Ref]:
    """The first mention of each value (compatible values are one value)."""
    out: list[_Ref] = []
    for x in xs:
        if not any(_agree(x, y, rule) for y in out):
            out.append(x)
    return out


def _agree(a: _Ref, b: _Ref, rule: Rule) -> bool:
    """One value: equal within hedges and written precision ("about 2,300" takes 2,250); a round figure stands
    for values up to the next half-way mark only ("300-bed" ... "all 350 beds" differ), and never for one that
    differs from it in one typed digit ("the 300km section" ... "the 330km section") unless it is hedged."""
    return _compatible(a.m, b.m, rule) and not _rounds_apart(a.m, b.m) \
        and not (a.value != b.value and not (a.q.hedge or b.q.hedge) and a.typed[:1].isdigit()
                 and b.typed[:1].isdigit() and slips.written_slip(a.value, b.value, a.typed, b.typed) is not None)


def _slip(a: _Ref, b: _Ref) -> str | None:
    """The typing slip between two figures typed in digits ("Twelve" ... "21" is no slip of the keys)."""
    if not (a.typed[:1].isdigit() and b.typed[:1].isdigit()):
        return None
    slip = _value_slip(a.value, b.value)
    if slip is None and a.typed and b.typed:
        slip = slips.written_slip(a.value, b.value, a.typed, b.typed)
    return slip


def _close(a: float, b: float) -> bool:
    """Close enough to be one figure misreported: a third apart at most (1.2/1.8 miles, 13.1/16.3km)."""
    return max(a, b) <= 1.5 * min(a, b) * (1 + 1e-9)


def _as_measure(x: _Ref) -> Measure:
    from ..subjects import _replace
    return _replace(x.m, span=x.span, phrase=x.key if x.kind == "count" else x.head, subject=x.cls)


# "Of the 17 schools in the programme, the first four are due to open in September 2025": the whole a sentence
# opens on, up to its comma
_FRONTED_WHOLE = regex.compile(r"\s*(?:Of|Out\s+of|Among)\s+(?:the|its|their|all)\s+[^,;:]*,")
_WRITTEN_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_past_fronted_whole(prose: str, later: _Ref) -> bool:
    """Is the later figure the whole its sentence opens on ("Of the 17 schools in the programme, ..."), its
    sentence's year written after that phrase? The year is then the part's ("the first four are due to open in
    2025"), not the whole's."""
    s0, s1 = later.m.sentence
    fronted = _FRONTED_WHOLE.match(prose, s0, s1)
    return fronted is not None and later.q.start < fronted.end() and not _WRITTEN_YEAR.search(prose, s0, fronted.end())


def _explained(story: Story, first: _Ref, later: _Ref, slip: str | None) -> str:
    """How the copy accounts for the difference, or points the later figure at another thing ("" if it does not)."""
    prose = story.doc.prose
    a, b = first.m, later.m
    # a count for another country, the nation against a city or a state (a bridge's length knows none: "the
    # 241-kilometre road will give a shorter route to South Sudan" is still the road)
    if later.kind == "count" and a.countries and b.countries and not set(a.countries) & set(b.countries):
        return "another country"
    if later.kind == "count" and _scope_differs(story, a, b, _clause_ends(story, first, later)) \
            and not (slip == "swap" and _no_scope(story, later)):
        return "another scope"
    if a.year is not None and b.year is not None and a.year != b.year and not _year_past_fronted_whole(prose, later):
        return "another year"
    first_sentence = prose[a.sentence[0]:a.sentence[1]]
    if later.anchor and not _anchored(prose, first, later.anchor):
        return "another subject"    # "The district has 38 schools" after a charity's 36
    if later.age and later.age not in first_sentence.lower() \
            and not (later.age in ("new", "planned", "proposed", "future") and _COMING.search(first_sentence)):
        # (a thing still to come when first told, "the school will have room for 650", is the new one)
        return "another subject (new or old)"   # "a 48-bed hut" ... "The new hut, with 56 beds"
    # an owner or a name the first sentence does not give: "the Blue Line's 58 stations"
    if later.owner and later.owner.lower() not in ("its", "their") \
            and later.owner.lower() not in first_sentence.lower() and not _own_owner(prose, first, later.owner):
        return "another owner"
    if later.owner and _OLD_OWNER.search(prose, max(b.sentence[0], later.q.start - 60), later.q.start):
        return "another owner"      # "the old hospital's 1,020 beds" after "a 1,200-bed hospital"
    if later.owner and _OTHER_OWNER.search(prose, max(b.sentence[0], later.q.start - 60), later.q.start):
        return "another owner"      # "the neighbouring district's 2,600 nurses" after "the district's 2,200"
    after = prose[later.noun_end:b.sentence[1]]
    bound = _BOUND_AFTER.match(after)
    if bound and bound.group("name") not in prose[:a.sentence[1]] \
            and not (slip == "swap" and bound.group("name") in prose[a.sentence[1]:b.sentence[0]]):
        # (with two digits swapped, a place the story gave the thing after its first figure is still its own:
        # "will provide 2,500 units" ... "on a site in Bukit Raja" ... "the 2,050 units in Bukit Raja")
        return "another name"
    if later.name and any(n not in prose[:a.sentence[1]] for n in later.name.split()):
        return "another name"       # "the 1,620-unit Lakeside Court project" after Riverside Gardens' flats
    if _FRAME_AFTER.match(after):
        return "a frame of its own"     # "the 2,070 workers at its Durban plant", "at a supplier's plant"
    # the later figure's own sentence moves to another time or place
    clause = _clause(prose, b.sentence[0], later.q.start)
    if _other_time(story, later, clause) or _other_time(story, later, prose[later.noun_end:_clause_end(prose, later)]):
        return "another time (later)"
    once = _ONCE.search(prose, b.sentence[0], later.q.start)
    if once and "," in prose[once.end():later.q.start]:
        # "once the wing opens, the hospital's 236 beds ...": the figure is what the change will leave (not
        # "once the 420 schools are complete", the thing itself finished)
        return "another time (once done)"
    if _ONCE_AFTER.match(prose, later.noun_end, b.sentence[1]):
        return "another time (once done)"   # "It will have 380 rooms once the new wing opens", "... by 2028"
    coming = _NEXT_TIME.search(clause) or _NEXT_TIME.search(prose, later.noun_end, _clause_end(prose, later))
    if coming and coming.group().lower() not in first_sentence.lower():
        return "another time (next)"    # "the 4,200 classrooms planned for next year" after this year's 2,400
    # (a size only where the first figure is placed by a name of its own: "a 500-bed hospital opened in Lagos" ...
    # "In Abuja, the 560-bed hospital")
    if (later.kind == "count" or _NAMED_PLACE.search(first_sentence)) \
            and _PLACE_LEAD.match(prose[b.sentence[0]:b.sentence[1]]) \
            and not _PLACE_LEAD.match(prose[a.sentence[0]:a.sentence[1]]) \
            and _lead_name(prose, b.sentence[0]) not in first_sentence:
        return "another place"
    # the first figure belongs to another time
    if _OTHER_TIME.search(_clause(prose, a.sentence[0], first.q.start)) \
            or _TIME_LEAD.match(prose, a.sentence[0], first.q.start) \
            or _OTHER_TIME.search(prose, first.noun_end, _clause_end(prose, first)) \
            and not (slip == "swap" and _when_done(story, prose[first.noun_end:_clause_end(prose, first)])):
        return "another time (first)"
    return _changed_between(story, first, later, slip)


# a sentence opened by a time of its own that dates its main clause: "When she arrived in January 1988, there were
# 1,450 ...", "In 2009, the school had ..." (the comma parts the time from the figure, so the clause misses it)
_TIME_LEAD = regex.compile(r"\s*(?=(?:When|Back\s+in|Back\s+then|In|By|During|Until|Before|At\s+the\s+time)\b)[^.;\d]{0,120}?"
                           + _OTHER_TIME.pattern + r"[^.;]*?,", regex.I)
_OTHER_OWNER = regex.compile(r"\b(?:neighbou?ring|nearby|adjacent|other|rival|sister|another|second)\s+"
                            r"(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s+\Z", regex.I | regex.REVERSE)
_NAMED_PLACE = regex.compile(r"\b(?:in|at|near)\s+(?-i:\p{Lu})")


def _own_owner(prose: str, first: _Ref, owner: str) -> bool:
    """Is the later owner ("Valmora's 4,300 employees") the one the first mention's "the company" stands for?
    Only where the story named that owner before the first mention, and the first mention names no one."""
    name = owner.split()[-1]
    if not name[:1].isupper() or name not in prose[:first.m.sentence[0]]:
        return False
    return bool(_ANAPHORIC_LEAD.match(prose, first.m.sentence[0], first.q.start))


def _anchored(prose: str, first: _Ref, anchor: str) -> bool:
    """Is the thing named as the later figure's subject the one the first figure belongs to: its head ("the
    212-bed hospital"), or the last thing named before it in its sentence ("The firm employs 1,920 people"; not
    "The company's plant in Leeds employs 1,200 workers", the plant's)?"""
    if first.kind == "size" and (_THING_KINDS.get(anchor, anchor) == _THING_KINDS.get(first.head, first.head)
                                 or first.head in _GENERIC_THINGS and anchor in _KNOWN_THINGS
                                 or anchor in _GENERIC_THINGS and first.head in _KNOWN_THINGS):
        # "a 142km section" ... "The road, 124 km long"; "a 120-bed hospital" ... "The facility will have 150
        # beds": a generic thing is the story's one
        return True
    written = prose[first.m.sentence[0]:first.q.start]
    before = written.lower()
    if anchor in _GENERIC_THINGS and any(w in _KNOWN_THINGS for w in regex.findall(r"\p{L}+", before)):
        return True     # "The plant will create 1,800 jobs" ... "The facility will employ 1,200 people"
    # the thing under another noun of its kind: "a plant in Kulim will create 1,800 jobs" ... "the factory"
    kind = _THING_KINDS.get(anchor)
    at = max([before.rfind(anchor)] + [before.rfind(w) for w, k in _THING_KINDS.items() if kind and k == kind])
    anchor = next((w for w, k in _THING_KINDS.items() if kind and k == kind and before.rfind(w) == at), anchor)
    if at < 0 or before.startswith(("'s", "’s"), at + len(anchor)):
        return False
    # a thing-word inside a name is a place ("a plant in the Kulim Hi-Tech Park, creating 1,800 jobs": the
    # plant's jobs), a lower-case one another thing ("the company's plant employs 1,200")
    return not any(w.lower() in _KNOWN_THINGS or _stem(w.lower()) in _KNOWN_THINGS
                   for w in regex.findall(r"\p{L}+", written[at + len(anchor):]) if not w[:1].isupper())


def _clause(prose: str, start: int, at: int) -> str:
    cut = start
    for c in _CLAUSE_MARK.finditer(prose, start, at):
        cut = c.end()
    return prose[cut:at]


def _clause_ends(story: Story, x: _Ref, y: _Ref) -> tuple[int, int]:
    prose = story.doc.prose
    return _clause_end(prose, x), _clause_end(prose, y)


def _clause_end(prose: str, x: _Ref) -> int:
    mark = _CLAUSE_MARK.search(prose, x.noun_end, x.m.sentence[1])
    return mark.start() if mark else x.m.sentence[1]


def _lead_name(prose: str, start: int) -> str:
    lead = regex.match(r"\s*\p{L}+\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}'’-]+)", prose[start:start + 80])
    return lead.group("name") if lead else "\0"


_CHANGE_VERBS = (r"rose|risen|rising|increased?|increasing|grew|grown|grow|climbed|jumped|swelled|"
                 r"soared|expanded?|expanding|extended|enlarged|"
                 # ("he added that ..." speaks; "the firm added 300 jobs" changes)
                 r"added(?!\s+that\b|\s*[,.])|adding(?!\s+that\b)|adds(?!\s+that\b)|raised|revised|upgraded|cut|cuts|"
                 r"reduced|trimmed|scaled|doubled|halved|dropped|fell|fallen|shrank|shrunk|lowered|topped|"
                 r"hired|recruited|laid\s+off|dismissed|joined|signed\s+up")
_CHANGE = regex.compile(rf"\b(?:{_CHANGE_VERBS})\b", regex.I)

# another thing of the kind named in between, whatever the slip: "a rival brewery", "another pipeline"
_STRONG_ANOTHER = regex.compile(
    r"\b(?:another|a\s+(?:second|third|rival|separate|nearby|neighbou?ring|sister|parallel|different|competing)|"
    # ("a third straight year", "a second consecutive season" count times, not things)
    r"(?:two|three|several|the)\s+other)\s+(?!(?:\d|time|way|day|week|month|year|reason|thing|hand|side|one|"
    r"straight|consecutive|successive|running|quarter|half|round|term|season|"
    # ("the other three cities": the rest of those counted, no other thing)
    r"two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"[\p{L}-]+", regex.I)
# "another from 1 p.m.", "a third less": no thing of a count's or a size's kind
_NOT_A_THING = frozenset("less more fewer cheaper larger smaller bigger higher lower".split())


def _of_the_kind(m: regex.Match, later: _Ref, first: _Ref) -> bool:
    """Can the other thing named be what a size refers to? "a separate maternity unit" is no hospital the
    "the 350-bed hospital" may mean; a count's other thing ("a rival brewery ... its 840 employees") owns the
    count whatever it is."""
    word = _stem(m.group().split()[-1].lower())
    if later.cls == "defendant":
        # the accused belong to a case: "another boat capsized" between "14 defendants" and "the 17 defendants"
        # brings in no other accused, "a separate trial" may
        return word in _OTHER_DOCKS
    thing = later.head if later.kind == "size" else later.anchor    # "the hospital, with 240 beds"
    if not thing:
        return True
    kinds = {_THING_KINDS.get(h, h) for h in (thing, first.head) if h}
    return word in _GENERIC_THINGS or _THING_KINDS.get(word, word) in kinds or word not in _KNOWN_THINGS \
        and thing in _GENERIC_THINGS


_OTHER_DOCKS = frozenset("case trial hearing court indictment prosecution group gang network ring cell".split())


def _may_own(story: Story, m: regex.Match, later: _Ref) -> bool:
    """Can the other thing own the later count? A size, or a count said as someone's ("its 840 employees", "the
    brewery's 840 staff", "The plant has 840 workers"), may be the other thing's; a plain "the 710 teachers
    affected" refers back to the teachers the story counted, unless its sentence names the other thing again."""
    if later.kind != "count" or later.owner or later.anchor:
        return True
    prose = story.doc.prose
    s0 = later.m.sentence[0]
    if _POSSESSIVE_LEFT.search(prose, max(s0, later.q.start - 30), later.q.start):
        return True
    if _THERE_AFTER.match(prose, later.noun_end, later.m.sentence[1]):
        return True     # "All 3,400 employees there": the place just named
    if story.doc.sentence_at(max(0, s0 - 1))[0] <= m.start():
        return True     # "A rival mill nearby also halted work. All 3,400 employees ...": the thing just named
    word = m.group().split()[-1].lower()
    return any(True for _ in _occurrences(story, word, s0, later.m.sentence[1])) \
        or any(True for _ in _occurrences(story, word + "s", s0, later.m.sentence[1]))


_THERE_AFTER = regex.compile(r"\s+(?:there|at\s+it|at\s+that\s+\w+|in\s+it)\b", regex.I)
_POSSESSIVE_LEFT = regex.compile(r"(?<![\p{L}'’])(?:its|their|his|her)\s+(?:[\p{L}-]+\s+)?\Z", regex.I | regex.REVERSE)


def _names_a_thing(m: regex.Match) -> bool:
    word = m.group().split()[-1].lower()
    return word not in _STOP and word not in _NOT_A_THING


# a frame of the later figure's own: "the 2,070 workers at its Durban plant", "at a supplier's plant"
# (or "on the existing line", "at the old plant": another thing of the kind)
_FRAME_AFTER = regex.compile(r"\A\s+(?:at|in|of|from|on|with|for)\s+(?:its|their|a|an|one\s+of|"
                             r"the\s+(?:existing|old|other|former))\s+", regex.I)
_ANOTHER_LEAD = regex.compile(r"\b(?:another|a\s+second|a\s+third|a\s+separate|a\s+rival|a\s+parallel|a\s+new|"
                           r"one\s+more|other|two\s+other|several\s+other|a\s+similar|an\s+earlier|a\s+previous|"
                           r"an\s+older|a\s+nearby|the\s+other|a|an)(?=\s)", regex.I)
# an addition: "another 40 investors", "more schools", "27 new investors" (never "each new school", one of them)
# ("more than 160,000 teachers" is a hedge, not an addition)
_MORE_LEAD = regex.compile(r"\b(?:another|(?:more|fewer)(?!\s+than\b)|additional|extra|further|other)(?=\s)|"
                           r"\b\d[\d,.]*\s+(?:more|new|additional|extra|further)(?=\s)", regex.I)
_THE_BEFORE = regex.compile(r"(?<![\p{L}])the\s+\Z", regex.I)
_THE_NEW = regex.compile(r"\b(?:the|its|their|these|those)\s+new\Z", regex.I | regex.REVERSE)
_RESIZE_VERBS = (r"expanded|extended|enlarged|lengthened|shortened|downsized|scaled\s+(?:back|down|up)|shrunk|"
                 r"redesigned|resized|realigned|rerouted|reduced|increased|cut|trimmed|widened|doubled|halved")
# the thing resized: "the hospital was expanded" (any of these verbs, with the thing named just before), "it was
# expanded" (only the verbs that cannot be said of anything but a size), "they extended the line"
_PASSIVE_RESIZE = regex.compile(rf"\b(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|would\s+be|is\s+being|"
                                rf"was\s+being|since\s+been)\s+(?:\w+\s+)?(?:{_RESIZE_VERBS})\b", regex.I)
_RESIZED_IT = regex.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|is\s+being|since\s+been)\s+"
                            r"(?:\w+\s+)?(?:expanded|extended|enlarged|lengthened|shortened|downsized|"
                            r"scaled\s+(?:back|down|up)|resized|redesigned)\b", regex.I)
_ACTIVE_RESIZE = regex.compile(r"\b(?:expand|extend|enlarg|lengthen|shorten|downsiz|widen|add|cut|trimm?|reduc|"
                               r"increas)\w*\s+(?:the|its|their)(?=\s)", regex.I)
_NEXT = regex.compile(r"\s+(?P<w>[^\s]+)")


def _next_words(prose: str, at: int, n: int) -> list[str]:
    """The next `n` words after `at`, lower-cased, up to a break (a comma, a full stop)."""
    out: list[str] = []
    while len(out) < n:
        w = _NEXT.match(prose, at)
        if w is None:
            break
        word = w.group("w").lower()
        out.append(word.rstrip(",.;:!?)’'\""))
        if word[-1] in ",.;:!?)":
            break
        at = w.end()
    return out


def _names(words: list[str], noun: str, within: int) -> int:
    """Where the noun (or its plural) is among the first `within` words, else -1."""
    for i, w in enumerate(words[:within]):
        if w in (noun, noun + "s", noun + "es"):
            return i
    return -1


def _more_of(prose: str, plural: str, start: int, end: int) -> bool:
    for lead in _MORE_LEAD.finditer(prose, start, end):
        if _THE_NEW.search(prose, max(start, lead.start() - 8), lead.end()):
            continue    # "the new schools" are the ones the story is about, not more of them
        if lead.group().lower() == "other" and _THE_BEFORE.search(prose, max(start, lead.start() - 6), lead.start()):
            continue    # "one each in the other three cities": the rest of those counted, not more of them
        words = _next_words(prose, lead.end(), 4)
        if words and words[0][:1].isdigit():
            words = words[1:]
        if plural in words[:3]:
            return True
    return False


def _occurrences(story: Story, word: str, start: int, end: int) -> Iterator[int]:
    """Where the word stands in the stretch, as a whole word (case-blind)."""
    prose, low = story.doc.prose, story.lowered_prose()
    at = low.find(word, start, end)
    while at >= 0:
        before = prose[at - 1] if at else " "
        after = prose[at + len(word)] if at + len(word) < len(prose) else " "
        if not (before.isalnum() or after.isalnum()):
            yield at
        at = low.find(word, at + 1, end)


_BREAK = regex.compile(r"[.;,\d]")
# the number is itself an addition or a cut ("hire 2,700 more", "another 2,700", "shed 300"): it says what it
# changes whatever its digits (a swap's difference, a multiple of nine, counts only when said so)
_ADDED_AFTER = regex.compile(r"\s+(?:more|additional|extra|new|fewer)\b", regex.I)
_ADDED_BEFORE = regex.compile(r"\b(?:another|an\s+additional|a\s+further|an\s+extra|hire[sd]?|hiring|add(?:s|ed|ing)?|"
                              r"recruit(?:s|ed|ing)?|cut(?:s|ting)?|shed(?:s|ding)?|lay(?:s|ing)?\s+off|laid\s+off|"
                              r"by)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?\Z", regex.I | regex.REVERSE)


def _changes(story: Story, plural: str, start: int, end: int, diff: float) -> bool:
    """The count's noun and a change in one breath: "the number of investors rose", "120 workers were laid off",
    "hired 300 more workers" (never "a pay rise ... per worker": the change must sit right by the noun), unless
    the change carries a count of its own ("tens of thousands of textile workers have been laid off")."""
    prose = story.doc.prose
    for at in _occurrences(story, plural, start, end):
        tail = prose[at + len(plural):at + len(plural) + 45]
        cut = _BREAK.search(tail)
        after = _CHANGE.search(tail[:cut.start() if cut else len(tail)])
        head = prose[max(start, at - 45):at]
        cuts = [m.end() for m in regex.finditer(r"[.;,]", head)]
        head = head[cuts[-1]:] if cuts else head
        before = _CHANGE.search(head)
        if after and after.start() <= 30 and not prose[max(0, at - 4):at].lower() == "per " \
                or before and len(head) - before.end() <= 30:
            if not _counted_apart(story, at - 40, at, diff) and not _counts_another(story, at, plural):
                return True
    return False


def _resized(prose: str, head: str, start: int, end: int) -> bool:
    """The thing itself resized: "the hospital was expanded", "the route has since been shortened", "extended
    the line" (never "the road would cut travel time": the thing does the cutting)."""
    for verb in _PASSIVE_RESIZE.finditer(prose, start, end):
        before = prose[max(start, verb.start() - 45):verb.start()]
        cut = max(before.rfind("."), before.rfind(";"))
        near = before[cut + 1:].lower().split()
        if head in near or head + "s" in near:
            return True
    for verb in _ACTIVE_RESIZE.finditer(prose, start, end):
        if _names(_next_words(prose, verb.end(), 3), head, 3) >= 0:
            return True
    return False


def _another_thing(prose: str, head: str, start: int, end: int) -> bool:
    """"a haemodialysis unit", "a second line": a thing the later "the 20-bed unit" may point to (not "a
    180-metre span", given a size of its own, nor "a national roads programme", a modifier)."""
    for lead in _ANOTHER_LEAD.finditer(prose, start, end):
        words = _next_words(prose, lead.end(), 4)
        i = _names(words, head, 3)
        if i < 0 or any(c.isdigit() for w in words[:i] for c in w):
            continue
        if i + 1 < len(words) and words[i + 1][:1].isalpha() and words[i + 1] not in _STOP \
                and not _ends_word(prose, lead.end(), i):
            continue
        return True
    return False


# ("the existing district hospital's 280 beds": the owner may carry a word of its own)
_OLD_OWNER = regex.compile(r"\b(?:old|existing|former|other|previous)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s+\Z",
                           regex.I | regex.REVERSE)
_OLD_LEAD = regex.compile(r"\b(?:the|an|its)\s+(?:existing|old|former|current)(?=\s)", regex.I)


def _old_thing(prose: str, head: str, start: int, end: int) -> bool:
    """"the existing district hospital", "the old bridge": the thing a new one replaces or joins, whatever the
    slip, is a thing the later mention may point to."""
    return any(_names(_next_words(prose, lead.end(), 3), head, 3) >= 0
               for lead in _OLD_LEAD.finditer(prose, start, end))


def _ends_word(prose: str, at: int, i: int) -> bool:
    """Does the (i+1)-th word after `at` end with a break (",", ".")?"""
    for _ in range(i + 1):
        w = _NEXT.match(prose, at)
        if w is None:
            return True
        at = w.end()
    return prose[at - 1] in ",.;:!?)"


# a number after "in" says where or in how many parts ("more than 150 schools teach in three", "spread across
# four"), never how many of the thing were added
_WHERE_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|into|across)\s+\Z", regex.I)


# "with one each in the other three cities": so many for every one of them, never how many were added
_EACH_AFTER = regex.compile(r"\s+(?:each|apiece)(?![\p{L}])", regex.I)


def _counts_another_plural(prose: str, q: Quantity, words: set[str]) -> bool:
    """ "on 27 counts of fraud": the number's own plural noun, not the thing's, follows it (whatever the reader of
    counts made of that noun)."""
    w = _NEXT_WORD.match(prose, q.end)
    if w is None:
        return False
    low = w.group(1).lower()
    return _plural(low) and low not in _STOP and low not in words and _stem(low) not in {_stem(x) for x in words}


_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{L}'’-]*)")


def _changed_between(story: Story, first: _Ref, later: _Ref, slip: str | None) -> str:
    """A change, an addition or another thing of the kind narrated between the two mentions ("" if none)."""
    prose = story.doc.prose
    start, end = first.noun_end, later.q.start
    diff = abs(first.value - later.value)
    # a number between the two equal to the difference, said of the thing: "27 more joined", "a 0.6-mile
    # extension" (a swap's difference, a multiple of nine, is too common a number to count anywhere)
    words = {later.word.lower(), first.word.lower(), later.head, first.head} - {""}
    stop = later.m.sentence[1]
    # a number that counts another noun ("two foreign foundations") is not the thing's difference
    counted = {x.q.start: x.cls for x in _refs(story)}
    for q in story.quantities:
        if start <= q.start < stop and q is not later.q and q.value is not None \
                and abs(q.value - diff) < 1e-9 * max(1.0, diff) \
                and counted.get(q.start, later.cls) in (later.cls, first.cls) \
                and (q.kind == "number" or q.kind == later.q.kind and q.unit == later.q.unit) \
                and not _WHERE_BEFORE.search(prose, max(start, q.start - 10), q.start) \
                and not _EACH_AFTER.match(prose, q.end) \
                and not _counts_another_plural(prose, q, words):
            s0, s1 = story.doc.sentence_at(q.start)
            if slip is None or any(w in prose[s0:s1].lower() for w in words) or _ADDED_AFTER.match(prose, q.end) \
                    or _ADDED_BEFORE.search(prose, max(s0, q.start - 30), q.start):
                return f"the difference {q.text!r} is in the copy"
    # another thing of the kind named in between, whatever the slip: "a rival brewery ... its 840 employees",
    # "another pipeline, and the 460km pipeline"
    if any(_names_a_thing(m) and _of_the_kind(m, later, first) and _may_own(story, m, later)
           for m in _STRONG_ANOTHER.finditer(prose, start, end)):
        return "another thing named in between"
    if later.kind == "count":
        for plural in {later.word.lower(), first.word.lower()} - {""}:
            if _more_of(prose, plural, start, end):
                return "an addition in between"
            if _changes(story, plural, start, end, diff):
                return "a change in between"
        return ""
    # a size: the thing resized between the two ("the bridge was lengthened", "they extended the line")
    for head in {later.head, first.head} - {""}:
        if _resized(prose, head, start, end):
            return "resized in between"
    if _RESIZED_IT.search(prose, start, end):
        return "resized in between"     # "It was expanded last year, and the 650-bed hospital ..."
    if later.head not in _GENERIC_THINGS and _old_thing(prose, later.head, start, end):
        return "the old thing in between"   # "a new 650-bed hospital" ... "the existing district hospital"
    if slip != "swap" and later.head != first.head:
        # "a haemodialysis unit" before "the 230-bed unit"; a thing given its own size ("a 180-metre span") is
        # not what a figure that does not match it points to
        if _another_thing(prose, later.head, start, end):
            return "another thing of the kind in between"
    return ""


def _counts_another(story: Story, at: int, plural: str) -> bool:
    """Does the change carry, right after the noun, a count of another noun ("the schools had risen to about
    21,600 pupils")? Then it is that count that changed, not the number of schools."""
    stop = min(story.doc.sentence_at(at)[1], at + len(plural) + 45)
    noun = _stem(plural.lower())
    return any(at < x.q.start < stop and x.kind == "count" and x.key != noun and x.cls != _CLASS.get(noun, noun)
               for x in _refs(story))


def _counted_apart(story: Story, start: int, end: int, diff: float) -> bool:
    """Does a change carry a count of its own that is not the difference ("tens of thousands of textile
    workers have been laid off across Java")? Then it is another count's change."""
    s0, s1 = story.doc.sentence_at(start)
    return any(max(s0, start - 40) <= q.start < end and q.kind == "number" and q.value is not None
               and abs(q.value - diff) > 1e-9 * max(1.0, diff) for q in story.quantities)
