"""Consistency, same thing (FC407): one thing introduced with a figure, referred back to with another.

Split from `consistency` (the rule type and the helpers every consistency rule shares live there).
"""
from __future__ import annotations

import copy
import functools
import itertools
from typing import TYPE_CHECKING, Iterator, NamedTuple

import regex

from .. import slips
from ..model import Span
from ..subjects import _AFTER as _TOLL_AFTER, _VICTIMS, Measure, _written_years, measures
from .base import Hit, Rule, Story
from .consistency import (_DEATH_WORD, _MEASURE_SUBJECTS, _RESTRICTED, _UPDATE_NOUNS, _breakdown_of, _clusters, _pair_alone,
                          _compatible, _rounding, _scope_differs, _tally_differs, _told_apart, _updated,
                          named_in_apposition)
from .consistency_recount import _stem
from .consistency_words import (FOREIGN, FOREIGN_FIRST, FOREIGN_NOUNS, JOB_NOUNS, ROMANCE_BACKREF,
                                ROMANCE_CHANGED_TO, ROMANCE_PART, SLIP_ONLY, STAND_IN_FOR, STAND_IN_NOUNS,
                                running_since, years_window)

if TYPE_CHECKING:
    from .consistency import Consistency


# -- same thing: one thing introduced with a figure, referred back to with another -----
#
# "Nineteen people died" ... "15 of the 17 victims"; "a 320km gas pipeline" ... "the 230km route";
# "340 kilometers of state highways" ... "all 430 km of the highways"; "the $1.4-billion project" ...
# "the $1.7-billion line". One model for every such thing:
#
# * each figure is read with the noun that names what it counts or measures, folded to a class
#   through its synonyms (dead/died/deaths/victims/bodies; workers/employees/staff/workforce;
#   units/homes/flats; jobs/posts/paycheques/"people out of work"; a line's stations; road/highway/motorway;
#   bridge/span/crossing; project/scheme/estimate ...);
#   a generic noun ("the route", "the line", "the units") takes the story's one thing of its kind;
# * a later mention is compared with an earlier one of the same class, in the same unit (money: the
#   same currency), when it refers back ("the", "its", "all", "15 of the 17", a possessive) and the
#   two differ beyond rounding and hedges ("at least 37" admits no 34);
# * a size is read with the thing it belongs to ("the 500-bed hospital", "a hospital with 500 beds", "the
#   hotel's 300 rooms", "a plant with a capacity of 1,200MW"): two mentions naming the same thing are compared
#   among that thing's sizes only (a wing, block, extension or annexe are one kind of thing; a hospital and its
#   wing two), and figures in one sentence that add up to one given elsewhere are its parts;
# * a later mention refers back through its owner as well as its article: "the Blue Line will add 16 stations",
#   "the landslides, which killed 43 people"; "Among the dead were ..." gives a part of the toll;
# * the copy desk's usual slip — two digits swapped, one digit wrong — is evidence of its own: with it
#   a story may hold other values of the class, and a workforce given twice needs no "the";
#   without it a class must take exactly two values, and money is never compared;
# * silent where the copy explains the difference: a part ("the 300 workers who were laid off",
#   "another 500 homes", "the first 12km"), a change ("rose to", "from 14"), another time or place
#   in the figure's own clause, another thing of the kind introduced in between ("another crash",
#   "a second plant", a figure of the class that fits), an update in between whose number accounts
#   for the difference ("two more bodies"), or a total and its part;
# * every such guard reads only copy that concerns the thing compared (stories are long and full of other
#   figures): things in the plural do not take a singular "the 540-bed hospital", a thing given a size of its
#   own is not what an unmatched size means, a breakdown ("22 at the scene and five more in hospital") is no
#   update, a running count "since January" is no incident's toll, and a number equal to the difference
#   explains it only where it counts the class ("400 jobs", not "a three-storey building").

_DEAD_NOUNS = "dead deaths fatalities bodies deceased victims casualties".split()
_WORKFORCE_NOUNS = "workers employees staff staffers workforce labourers laborers personnel".split()
_DWELLING_NOUNS = "homes houses flats apartments dwellings residences units".split()
_BED_NOUNS = ["beds"]
# sizes read only with the thing they belong to ("a 40-storey tower", "the stadium's 60,000 seats"): bare
# "183 seats" are a party's, "40 stories" a newspaper's
_HEADED_NOUNS = {"storeys": "storeys stories floors", "seats": "seats", "rooms": "rooms"}
# lengths: the specific thing, and nouns that may name any one of them ("the 230km route")
_LENGTH_CLASSES = {
    "road": "road roads highway highways motorway motorways expressway expressways freeway freeways "
            "carriageway bypass",
    "rail": "railway railways railroad rail metro tramway",
    "pipeline": "pipeline pipelines",
    "bridge": "bridge span crossing flyover overpass viaduct",
    "tunnel": "tunnel",
    "canal": "canal waterway",
    "wall": "wall barrier fence",
    "cable": "cable interconnector",
    "border": "border frontier",
    "coast": "coastline",
    "runway": "runway",
}
_LENGTH_GENERIC = ("route line link corridor project scheme track length structure "
                   "upgrade duplication widening dualling realignment").split()   # the works are the road
# a stretch, section or segment is the story's one measured thing only when named with "the" and of nothing
# ("the 48km stretch", not "a 12km stretch" or "the 20km section of the road")
_STRETCH_NOUNS = frozenset("stretch section segment".split())
_LENGTH_GENERIC += sorted(_STRETCH_NOUNS)
_STRETCH_DEFINITE = regex.compile(r"(?<![\p{L}'’])(?:the|this|its)\s+(?:(?:whole|entire|full|planned)\s+)?\Z",
                                  regex.I | regex.REVERSE)
_STRETCH_OF = regex.compile(r"\A\s+(?:of|between|from|near|through|in)\b", regex.I)
# money: what a cost belongs to; a generic noun names the cost of whatever the story builds
_COST_CLASSES = {
    **_LENGTH_CLASSES,
    "rail": _LENGTH_CLASSES["rail"] + " line",
    "building": "hospital block extension building tower wing centre center complex campus annex stadium "
                "arena terminal airport port harbour harbor dam plant refinery factory facility mall",
}
_COST_GENERIC = ("project scheme plan programme program estimate cost bill budget request investment "
                 "development upgrade expansion redevelopment renovation overhaul tag").split()   # "price tag"

_NOUN_CLASS: dict[tuple[str, str], str] = {}    # (kind group, noun) -> class
for _noun in _DEAD_NOUNS:
    _NOUN_CLASS[("count", _noun)] = "dead"
for _noun in _WORKFORCE_NOUNS:
    _NOUN_CLASS[("count", _noun)] = "workforce"
for _noun in _DWELLING_NOUNS:
    _NOUN_CLASS[("count", _noun)] = "dwellings"
for _noun in _BED_NOUNS:
    _NOUN_CLASS[("count", _noun)] = "beds"
for _noun in JOB_NOUNS:
    _NOUN_CLASS[("count", _noun)] = "jobs"
for _noun in STAND_IN_NOUNS:
    _NOUN_CLASS[("count", _noun)] = "households"
for _cls, _nouns in FOREIGN_NOUNS.items():
    for _noun in _nouns.split("|"):
        _NOUN_CLASS[("count", _noun)] = _cls
for _cls, _nouns in _HEADED_NOUNS.items():
    for _noun in _nouns.split():
        _NOUN_CLASS[("count", _noun)] = _cls
for _cls, _nouns in _LENGTH_CLASSES.items():
    for _noun in _nouns.split():
        _NOUN_CLASS[("length", _noun)] = _cls
for _noun in _LENGTH_GENERIC:
    _NOUN_CLASS[("length", _noun)] = "*"
for _cls, _nouns in _COST_CLASSES.items():
    for _noun in _nouns.split():
        _NOUN_CLASS[("money", _noun)] = _cls
for _noun in _COST_GENERIC:
    _NOUN_CLASS[("money", _noun)] = "*"
_LENGTH_UNITS = frozenset("kilometre metre mile foot yard".split())

_COUNT_NOUNS = frozenset(n for g, n in _NOUN_CLASS if g == "count")
# the first word of each count noun ("posti" of "posti letto", "pay" of "pay packets")
_COUNT_FIRST = _COUNT_NOUNS | FOREIGN_FIRST | frozenset(n.split()[0] for n in _COUNT_NOUNS)
_NOUNS = {group: "|".join(sorted((regex.escape(n) for g, n in _NOUN_CLASS if g == group), key=len, reverse=True))
          for group in ("count", "length", "money")}
# words that cannot modify the head noun: "12,000 housing units", "the 2.6-kilometre Lumbayao Bridge"
_NOT_MOD = (r"(?:of|to|the|a|an|and|or|in|on|for|from|by|with|at|per|each|more|than|over|under|along|across|"
            r"into|was|is|were|are|has|had|have|will|would|that|which|who|people|persons|were|been|its|their|"
            r"this|these|those|other|others|as|said|says|could|can|may|might|also|not|all)\b")
_MOD = rf"(?:(?!{_NOT_MOD})[\p{{L}}][\p{{L}}'’.-]*\s+)"
_CONVERSION = r"(?:\s*\([^()]{1,60}\))?"
# a count takes its noun after a space ("12,000 housing units"; "four-room flats" counts rooms)
_NOUN_GAP = {"count": r"[ ]+", "length": r"[\s-]+", "money": r"[\s-]+"}
# a thing's own name before its noun: "the 12.4-km Qilin Yangtze River Bridge" (capitalised words only)
# (a road named by its two ends: "the 42km Bukomero–Kiboga road", "the Mombasa-Nairobi highway")
_NAME_MODS = r"(?-i:(?:\p{Lu}[\p{L}'’.\-–/]*\s+){1,4}?)"
_NOUN_AFTER = {
    group: regex.compile(rf"\A{_CONVERSION}(?:\s*-?\s*(?:long|km-long))?{_NOUN_GAP[group]}"
                         rf"(?P<mods>{_MOD}{{0,2}}?|{_NAME_MODS})(?P<noun>{nouns})(?![\p{{L}}-])", regex.I)
    for group, nouns in _NOUNS.items()}
# "5,032 new flats", "200 more jobs": an addition, not the whole
_ADDED_MODS = frozenset("new more additional extra further other remaining surviving fresh".split())
# "340 kilometers of state highways", "all 430 km of the highways"
_LENGTH_OF = regex.compile(rf"\A\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|new\s+)?(?P<mods>{_MOD}{{0,2}}?)"
                           rf"(?P<noun>{_NOUNS['length']})(?![\p{{L}}-])", regex.I)
# a workforce named before its figure: "bringing its workforce in the city to 650", "employs 1,200"
_WORKFORCE_BEFORE = regex.compile(
    r"(?:\b(?:workforce|headcount|staff)\b[^.;,\d]{0,40}?\b(?:to|of|at|is|was|"
    r"stands\s+at|numbers|totals)|\bemploy(?:s|ed|ing)?)\s+\Z", regex.I | regex.REVERSE)
# a death toll named before its figure: "the death toll ... has risen to 14", "the number of people killed
# ... to at least 37"
_TOLL_BEFORE = regex.compile(
    r"(?:\b(?:death\s+)?toll|\bnumber\s+of\s+(?:people\s+|those\s+)?(?:killed|dead|deaths|"
    r"fatalities|people\s+who\s+died))\b[^.;\d]{0,160}?\b(?:(?:has|had|have)\s+)?(?:risen|rose|climbed|jumped|"
    r"increased|reached|stood|stands|is|was|hit|to|at)(?:\s+(?:to|at))?\s+\Z", regex.I | regex.REVERSE)
# the word right before the figure in those two frames (checked before the patterns run)
_WORKFORCE_LINKS = frozenset("to of at is was numbers totals employ employs employed employing".split())
_TOLL_LINKS = frozenset("risen rose climbed jumped increased reached stood stands is was hit to at".split())
# "a 1,200-unit estate", "a 380-bed hospital"
_HYPHEN_CLASS = {"unit": "dwellings", "home": "dwellings", "house": "dwellings", "flat": "dwellings",
                 "apartment": "dwellings", "bed": "beds", "storey": "storeys", "story": "storeys",
                 "floor": "storeys", "seat": "seats", "seater": "seats", "room": "rooms", "member": "members"}
_HYPHEN_COUNT = regex.compile(r"\A-(?P<noun>unit|home|house|flat|apartment|bed|storey|story|floor|seater|seat|"
                              r"room|member)(?![\p{L}-])", regex.I)
# The thing a size belongs to: "the 500-bed hospital", "a hospital with 500 beds", "the hotel's 300 rooms".
# A generic noun ("the 1,020-bed facility", "the campus's 1,020 beds") may stand for any of them.
_SPECIFIC_HEADS = ("hospital clinic ward wing extension annex annexe unit centre center hostel dormitory shelter "
                   "home block tower "
                   "skyscraper hotel resort guesthouse motel inn stadium arena ground theatre theater hall "
                   "auditorium parliament assembly house chamber senate legislature council estate township "
                   "headquarters school college university prison jail ship vessel ferry plane aircraft jet "
                   "train bus coach").split()
_GENERIC_HEADS = "facility complex building project development scheme site campus venue structure property".split()
_HEADS = "|".join(sorted(_SPECIFIC_HEADS + _GENERIC_HEADS, key=len, reverse=True))
_HEAD_AFTER = regex.compile(rf"\A\s+(?:{_MOD}|(?-i:\p{{Lu}}[\p{{L}}'’.-]*\s+)){{0,3}}?(?P<head>{_HEADS})"
                            r"(?![\p{L}-])", regex.I)
# "a hospital with 1,200 beds", "a tower of 40 storeys", "the hotel, which has 300 rooms", "the estate's 420 homes"
_HEAD_BEFORE = regex.compile(
    rf"(?<![\p{{L}}-])(?P<head>{_HEADS})(?:['’]s(?:\s+(?:new|total|entire|full|planned|existing|current))?|"
    r"(?:\s*,)?\s+(?:which|that)(?:\s+(?:now|currently|will|would|also))?\s+(?:has|had|have|boasts|contains|"
    r"offers|holds|houses|seats|comprises|includes)|(?:\s+(?:now|currently|already|also|still|will|would))?\s+"
    r"(?:with|of|has|had|have|boasts|boasting|contains|containing|offers|offering|holds|holding|comprising|"
    r"comprises|houses|housing|seating|seats|accommodating|accommodates|features|featuring))"
    r"(?:\s+(?:a\s+total\s+of|an\s+estimated|about|some|nearly|around|roughly|almost|over|more\s+than|up\s+to|"
    r"just\s+over|just\s+under))?\s*\Z", regex.I | regex.REVERSE)
# (a body's size, "the 52-member assembly", is read only in that form, with its body: "a 12-member team" is none)
_HEADED_ONLY = frozenset(_HEADED_NOUNS) | {"members"}
# a venue whose seats a sentence counts: "With 20,000 seats, the stadium ...", "the arena's ... 18,000 seats"
_VENUE_WORDS = (r"(?<![\p{L}-])(?P<head>stadium|arena|theatre|theater|auditorium|amphitheatre|cinema|ballpark|"
                r"velodrome|concert\s+hall)(?![\p{L}-])")
_VENUE = regex.compile(_VENUE_WORDS, regex.I)
_VENUE_NEXT = regex.compile(r"[^.;]{0,6}?,\s+(?:the|its|this|a|an)\s+(?:[\p{L}-]+\s+){0,2}?" + _VENUE_WORDS, regex.I)
# the thing that holds a size, named after it: "150 beds in this new wing", "the 420 homes on the estate"
_HEAD_OF_AFTER = regex.compile(rf"\s+(?:in|at|of|on|inside|within)\s+(?:this|that|the|its)\s+(?:[\p{{L}}-]+\s+){{0,2}}?"
                               rf"(?P<head>{_HEADS})(?![\p{{L}}'’-])", regex.I)
_NEXT_HEAD = regex.compile(rf"\s+(?P<head>{_HEADS})(?![\p{{L}}-])", regex.I)
_BARE_BACKREF = regex.compile(r"(?<![\p{L}'’])(?:all|its|their|the)\s+\Z", regex.I | regex.REVERSE)
# "its 650-person workforce", "a 1,200-member staff"
_HYPHEN_WORKFORCE = regex.compile(r"\A-(?:person|member|strong|worker|employee)\s+(?:[\p{Ll}-]+\s+)?"
                                  r"(?P<noun>workforce|staff|team|payroll|labour\s+force|labor\s+force)\b", regex.I)
# the dead as lives: "19 passengers lost their lives", "claimed 19 lives"
_LIVES_AFTER = regex.compile(r"\A\s+(?:(?:people|persons|passengers|others|workers|miners|children|residents|"
                             r"villagers|pilgrims|students|soldiers)\s+)?(?:have\s+|had\s+|reportedly\s+)?"
                             r"lost\s+their\s+lives\b", regex.I)
_WHO_DIED = regex.compile(r"\A\s+(?:(?P<noun>people|persons|passengers|workers|miners|children|residents|villagers|"
                          r"pilgrims|students|soldiers|others)\s+)?(?:who|that)\s+(?:died|perished|were\s+killed|"
                          r"lost\s+their\s+lives|have\s+died|had\s+died)\b", regex.I)
# a toll told with any plural noun and its verb: "Five firefighters were killed", "two young climbers died"
# (the people may be placed first: "Forty-seven people from the village died", "12 miners at the pit were killed")
_ANY_TOLL_AFTER = regex.compile(r"\A\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>people|children|\p{Ll}[\p{Ll}-]+(?:s|men|people|children))"
                                r"(?:\s+(?:from|in|of|at|on|aboard|inside)\s+(?:the\s+|this\s+|a\s+)?"
                                r"(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?\s+(?:(?:were|have\s+been|had\s+been|"
                                r"are|reportedly|also|have|had)\s+)*(?P<verb>killed|died|perished|injured|wounded|hurt)\b")
# a workforce as people employed: "650 people are employed at the site", "1,200 staff employed there"
_EMPLOYED_AFTER = regex.compile(r"\A\s+(?:people|persons|workers|staff)\s+(?:are\s+|were\s+|currently\s+)*"
                                r"(?:employed|working)\b", regex.I)
_MISSING_AFTER = regex.compile(r"\A(?:\s+(?:people|persons|others|passengers|workers|miners|children))?"
                               r"(?:\s+(?:are|were|remain|remained|still|have\s+been|had\s+been|reported|"
                               r"listed\s+as))*\s+missing\b", regex.I)
_CLAIMED_BEFORE = regex.compile(r"\b(?:claimed|claiming|claims|took|taking|cost|costing)\s+(?:at\s+least\s+|"
                                r"more\s+than\s+|nearly\s+|about\s+|some\s+)?\Z", regex.I | regex.REVERSE)
_LIVES = regex.compile(r"\A\s+lives\b", regex.I)
# people who lose their work: "putting 340 people out of work", "rendering 460 workers jobless", "350 staff will
# lose their jobs" count the jobs lost, whatever noun names the people
_JOBS_LOST_AFTER = regex.compile(r"\A\s+(?:(?:people|persons|staff|men|women|\p{Ll}[\p{Ll}-]*s)\s+)?"
                                 r"(?:(?:will|would|could|may|are|were|set\s+to|stand\s+to|to)\s+){0,2}"
                                 r"(?:out\s+of\s+(?:work|a\s+job|their\s+jobs)|jobless|unemployed|"
                                 r"los(?:e|ing|t)\s+their\s+(?:jobs|livelihoods)|without\s+(?:work|a\s+job|jobs))\b",
                                 regex.I)
# a length given by a verb after its thing: "the bridge, which spans 2.6 kilometres"
_LENGTH_VERBS = regex.compile(r"\b(?:is|was|will\s+be|measures|measuring|stretches|stretching|runs|running|spans|"
                              r"spanning|extends|extending|covers|covering|run|stretch|span|extend|cover|measure)"
                              r"(?:\s+(?:for|over))?\s+(?:about\s+|some\s+|nearly\s+|"
                              r"roughly\s+|around\s+|almost\s+)?\Z", regex.I | regex.REVERSE)
_LENGTH_BEFORE = regex.compile(rf"\b(?P<art>the|a|an|its|this)\s+(?:{_MOD}{{0,2}}?)(?P<noun>{_NOUNS['length']})\b"
                               r"(?:,\s+which|,?\s+that)?[^.;,\d]{0,12}?\s+(?:is|was|will\s+be|measures|measuring|"
                               r"stretches|stretching|runs|running|spans|spanning|extends|extending|covers|covering|"
                               r"run|stretch|span|extend|cover|measure)(?:\s+(?:for|over))?"
                               r"\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|almost\s+)?\Z",
                               regex.I | regex.REVERSE)
# the length told by a verb is the whole thing's where nothing qualifies it after the figure ("runs 42km between
# the towns", "stretches 340km."), not "runs 15.5km underground"
_WHOLE_LENGTH_END = regex.compile(r"\A\s*(?:[,.;:)]|\Z|(?:long|in\s+length|from|between|to|across|when|once|"
                                  r"and\s+(?:will|is|has|"
                                  r"would|was|links|connects|joins))\b)", regex.I)
_LONG_AFTER = regex.compile(r"\A\s*-?\s*long\b", regex.I)
_NOUN_JUST_BEFORE = regex.compile(rf"(?<![\p{{L}}-])(?P<noun>{_NOUNS['length']}),?\s+\Z", regex.I | regex.REVERSE)
# the thing named with "the" before its length: "the Qilin Bridge, 12.4 km long," refers back like "the 12.4km bridge"
_DEFINITE_THING = regex.compile(r"(?<![\p{L}'’])(?:the|its|this)\s+(?:[\p{L}'’.-]+\s+){0,3}?\Z",
                                regex.I | regex.REVERSE)
_FREE_NOUN = regex.compile(rf"\A{_CONVERSION}[\s-]+(?!{_NOT_MOD})(?P<noun>\p{{Ll}}[\p{{Ll}}-]{{2,}})\b(?![-'’])")
# the thing a sum is, after one word that says whose or what kind it is
_DEAL_AFTER_MOD = regex.compile(r"[ \t]+(?P<noun>loan|loans|grant|grants|bailout|subsidy|settlement|payout|bond|"
                                r"overdraft|mortgage|fine)(?![\p{L}'’-])")
# words after an amount that name no thing of their own: a change, a time, a verb
_NOT_THING = frozenset("increase increases rise rises drop drops fall falls decline declines jump jumps gain gains "
                       "loss losses cut cuts hike hikes reduction reductions boost boosts last next annually yearly "
                       "monthly worth already so more less each per year years month months week weeks day "
                       "days".split())
# ages: "Ahmed Khan, 45, a trader", "Khan (45)", "45-year-old Ahmed Khan", "the 54-year-old said"
_NAME_COMMA = regex.compile(r"(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*,\s*\Z", regex.REVERSE)
_NAME_PAREN = regex.compile(r"(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*\s*\(\s*\Z", regex.REVERSE)
_AGE_COMMA_AFTER = regex.compile(r"\A\s*(?:,|\.|\s+(?:was|is|has|had|who|said|told|and|died|appeared|pleaded))")
_OLD_AFTER = regex.compile(r"\A-old\b")
_NAME_AFTER = regex.compile(r"\s+(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+")
_THE_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]he\s+\Z", regex.REVERSE)
# "the 54-year-old said ...", "the 54-year-old, who ...": no noun of its own (never "the 54-year-old driver")
_BARE_AGE_END = regex.compile(r"\s*(?:[,.;:]|\s+(?:said|says|was|is|has|had|told|added|who|will|would|did|does|"
                              r"denied|denies|pleaded|appeared|died|remains|remained|faces|faced|could|can)\b)")
_COST_BEFORE = regex.compile(r"\b(?:cost(?:s|ing)?|worth|valued\s+at|estimated\s+at|price\s+tag\s+of|budget\s+of|"
                             r"budgeted\s+at|at\s+a\s+cost\s+of)(?:\s+(?:of|about|around|nearly|some|an\s+estimated))?"
                             r"\s+\Z", regex.I | regex.REVERSE)
# money put up for the work the story is about: "committed A$1.9 billion (US$1.31 billion) to duplicate 41km of
# track", "earmarked Rs 4,000 crore for the new terminal". It may be the whole cost or a share of it, so it is
# compared with a later cost only where a typing slip explains the two: digits swapped or one wrong, or the same
# numeral under another scale word ("A$1.9 billion" ... "the $1.9 million project"; see _scale_slip)
_FUNDS_BEFORE = regex.compile(r"\b(?:committed|commits|commit|pledged|pledges|pledge|allocated|allocates|allocate|"
                              r"earmarked|earmarks|earmark|set\s+aside|sets\s+aside|approved|approves|approve|"
                              r"budgeted|sanctioned|sanctions|sanction)(?:\s+(?:about|around|nearly|some|roughly|"
                              r"an\s+estimated|a\s+further|another|a\s+total\s+of))?\s+\Z", regex.I | regex.REVERSE)
_FUNDS_FOR = regex.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:to\s+(?:build|construct|duplicate|upgrade|extend|widen|"
                           r"complete|rebuild|replace|electrify|modernise|modernize|expand|renovate|refurbish|deliver|"
                           r"lay)|for\s+(?:the|a|an)\s)", regex.I)
# the later mention refers back: "the", "its", "all", "all of the", "each of the", "Agency's"
_BACKREF_LEFT = regex.compile(
    r"(?:(?<![\p{L}'’])(?:the|its|their|this|these|those|his|her|our|all|both)|['’]s)"
    r"(?:\s+(?:entire|whole|full|planned|proposed|estimated|overall|total|same|expected|promised|combined|"
    r"new))?\s+\Z",
    regex.I | regex.REVERSE)
# a part or a change, not the whole: "another 500", "a further 12km", "by 300", "the first 12km"
_PART_LEFT = regex.compile(r"(?<![\p{L}'’-])(?:another|more|additional|extra|further|other|remaining|surviving|"
                           r"by|than(?:\s+the)?|per|every|each|only|just|first|last|next|latest|initial|final|new|"
                           r"up\s+to|down\s+to|some\s+of)\s+\Z", regex.I | regex.REVERSE)
_FROM_LEFT = regex.compile(r"(?<![\p{L}'’-])from\s+\Z", regex.I | regex.REVERSE)
_FROM_RIGHT = regex.compile(r"\A[^.;,]{0,30}?\bto\s+(?:about\s+|around\s+|nearly\s+|at\s+least\s+)?\d", regex.I)
# the change's target: "has risen to 14", "bringing its workforce to 650" (the current value)
_CHANGED_TO = regex.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|grew|grown|reached|brings?|bringing|"
                            r"takes?|taking|took|"
                            r"mounted|soared|swelled|surged|went\s+up|"
                            r"raising|raised|fell|fallen|dropped|declined|cut|revised|updated|lowered|"
                            # the change to come: "its workforce will fall to 8,300"
                            r"(?:will|would|to|could|may)\s+(?:fall|drop|decline|shrink|rise|grow|climb|increase|go\s+(?:up|down)))\b"
                            r"[^.;,\d]{0,60}?"
                            r"\bto\s+\Z", regex.I | regex.REVERSE)
_NEW_READING = regex.compile(r"\b(?:now|so\s+far|to\s+date|latest|updated|revised|new\s+(?:toll|figures?|count|"
                             r"tally|estimate)|has\s+(?:risen|climbed|jumped|increased|grown|fallen|dropped))\b",
                             regex.I)
# a part of a count named before it: "Among the dead were a couple and their two children", "among those
# laid off were 40 drivers"
_AMONG_LEFT = regex.compile(r"\b[Aa]mong\s+(?:the|those|them|its|their)\b[^.;:\d]{0,40}?\b(?:were|was|are|is|"
                            r"included|include)\s+(?:the\s+|those\s+)?\Z", regex.REVERSE)
_SO_FAR = regex.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|as\s+of|until\s+now|by\s+then)\b", regex.I)
_PARTITIVE_RIGHT = regex.compile(r"\A\s*(?:of\b|out\s+of|more\b|other\b|others\b|additional\b|per\b|a\s+(?:day|"
                                 r"week|month|year)\b|each\b|apiece\b)", regex.I)
_CLAUSE_MARK = regex.compile(r"[,;:()\u2014\u2013]|\s[-]\s|\b(?:but|while|whereas|although|though|after|before|"
                             r"when|because)\b", regex.I)
# the last break before a figure, found from the end (the same as the last of _CLAUSE_MARK's matches)
_LAST_CLAUSE_MARK = regex.compile(_CLAUSE_MARK.pattern, _CLAUSE_MARK.flags | regex.REVERSE)
# a relative clause that the time sits in: "the storm that swept through the region earlier this week"
_RELATIVE_BEFORE = regex.compile(r"\b(?:that|which|who)\s+(?:[\w'’-]+\s+){0,8}\Z", regex.I | regex.REVERSE)
# a comparison after the figure: what follows is the yardstick ("the worst since 2019", "more than last year")
_YARDSTICK = regex.compile(r"\b(?:since|than|compared\s+(?:with|to)|against)\b", regex.I)
# another time in the figure's own clause: "in 2019", "last year", "originally", "since March"
_LOCAL_SHIFT = regex.compile(r"\b(?:earlier|previous|previously|last\s+(?:year|month|week)|ago|"
                             r"since|initially|originally|first\s+reported|at\s+the\s+time|formerly|"
                             r"used\s+to|a\s+year\s+earlier)\b", regex.I)
# a place or a name bound to the figure: "the 17 victims in Ciudad Valles", "all 3,400 employees of Beximco"
# (a month or a weekday is a time, not a place: "open from May", "on Friday")
_NOT_NAME = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_BOUND_NAME = regex.compile(r"\A\s+(?:in|at|near|from|of|across|outside|on)\s+(?:the\s+)?" + _NOT_NAME +
                            r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)")
_LEAD_PLACE = regex.compile(r"\A\s*(?:In|At|Across|Outside|Near)\s+(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?"
                            r"(?P<name>\p{Lu}[\p{L}'’-]+"
                            r"(?:\s+\p{Lu}[\p{L}'’-]+)*)\s*,")
_POSSESSOR_LEFT = regex.compile(r"(?<![\p{L}])(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)['’]s"
                                r"(?:\s+\p{Ll}+)?\s+\Z", regex.REVERSE)
# a death or a funeral in the sentence: "victims" there are the dead, not the injured
# (and the rites that honour them: "a minute's silence for the eight victims", a vigil, a memorial, flags at
# half-mast, coffins, graves)
_DEATH_WORDS = regex.compile(r"\b(?:bodies|body|corpses|remains|funerals?|buried|burials?|mourn\w*|condol\w*|"
                             r"silence|vigils?|memorials?|wreaths?|half[- ]mast|coffins?|caskets?|graves?|"
                             r"laid\s+to\s+rest|in\s+memory|posthumous\w*|"
                             r"morgue|mortuary|died|dead|killed|deaths?|perished|lost\s+their\s+lives|"
                             r"death\s+toll|loss\s+of\s+(?:human\s+)?li(?:fe|ves)|lives\s+(?:were\s+)?lost|"
                            r"next\s+of\s+kin|bereaved)\b", regex.I)
# "compensation for the family of each of the 21 victims": a victim whose family is paid is one of the dead
_BEREAVED = regex.compile(r"\bfamil(?:y|ies)\s+of\s+(?:each\s+of\s+|all\s+|both\s+)?(?:the\s+)?\Z", regex.I)
_NEUTRAL_MODS = frozenset("planned proposed entire whole total full existing current present same completed "
                          "controversial ambitious "
                          "flagship landmark long-awaited delayed new state national federal".split())
# another thing of the kind introduced between the two mentions
_ANOTHER_LEAD = r"(?:another|a\s+second|a\s+third|a\s+separate|a\s+rival|a\s+parallel|one\s+more|other|two\s+other|" \
                r"several\s+other|a\s+similar|an\s+earlier|a\s+previous|an\s+older|a\s+competing|a\s+sister|" \
                r"a\s+neighbou?ring|the\s+neighbou?ring|its\s+sister|a\s+nearby|the\s+other|" \
                r"the\s+existing|an\s+existing|the\s+old)"     # "a new hospital" ... "the existing hospital"
_INCIDENTS = ("crash|accident|attack|blast|explosion|collapse|fire|flood|floods|landslide|stampede|incident|shooting|"
              "bombing|raid|strike|clash|clashes|earthquake|quake|storm|cyclone|disaster|tragedy|outbreak|building|"
              "bus|train|boat|ferry|vessel|mine|plane|slide|mudslide|avalanche|sinking|capsizing|derailment|blaze|"
              "inferno|tornado|twister|typhoon|hurricane|wreck|riot|ambush")
# a toll told through the incident referred back, whatever the verb: "the landslides, which killed 43", "the blast
# killed 14", "the slides, which left 43 dead", "the sinking, which claimed 46 lives", "the crash that took 12 lives"
_INCIDENT_BACK = regex.compile(rf"(?<![\p{{L}}'’])(?:the|this|that)\s+(?:[\p{{Ll}}-]+\s+){{0,2}}?(?:{_INCIDENTS})s?"
                               r"(?:\s*,\s*(?:which|that)|\s+(?:which|that))?\s+(?:(?:has|had|have)\s+)?"
                               r"(?:killed|left|claimed|took|cost)\s+(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?"
                               r"(?:the\s+lives\s+of\s+)?\Z", regex.I | regex.REVERSE)
_INCIDENT_VERBS = ("kill", "left", "claim", "took", "cost")
_EMPLOYERS = ("plant|factory|factories|mill|company|companies|firm|employer|contractor|subcontractor|supplier|"
              "subsidiary|unit|facility|mine|refinery|shipyard|yard|works|manufacturer|producer|operator|site|"
              "branch|hospital|store|office|brewery|bank|lender|insurer|airline|hotel|school|university|retailer|"
              "chain|group|business|maker|carmaker|automaker|port|farm|estate|plantation|tannery|workshop|"
              "warehouse|depot|campus|agency|ministry|department|council")
_PROJECTS = "project|development|scheme|estate|complex|phase|tower|block|township|city"
_THING_NOUNS = {"dead": _INCIDENTS, "injured": _INCIDENTS, "workforce": _EMPLOYERS, "dwellings": _PROJECTS,
                "jobs": _EMPLOYERS, "households": f"{_INCIDENTS}|{_PROJECTS}",
                **{cls: "|".join(_SPECIFIC_HEADS) for cls in ("beds", "storeys", "seats", "rooms")}}
# a thing resized between two mentions: "the hospital was expanded", "it has since been scaled back", "they
# enlarged the stadium" (never "a reduced density", "add 14,000 beds across the city": those are not the thing)
_RESIZED = regex.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been|will\s+be|is\s+being|was\s+being|since\s+been)\s+"
    r"(?:\w+\s+)?(?:expanded|extended|enlarged|downsized|scaled\s+(?:back|down|up)|shrunk|redesigned|resized|"
    r"lengthened|shortened|rerouted|realigned)\b|"
    rf"\b(?:expand\w*|enlarg\w*|extend\w*|downsiz\w*|shr[iau]nk)\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_HEADS})\b", regex.I)
_SIZED_CLASSES = frozenset(("beds", "dwellings", "rooms", "storeys", "seats", "power"))


# a sentence that opens in another year or time speaks of another event: "In November 2021, a tower ..."
_LEAD_TIME = regex.compile(r"\A\s*(?:(?:In|By|On|During|Since|Until|As\s+of|Back\s+in)\s+(?:[\p{L}]+\s+){0,2}?"
                           r"(?P<year>(?:19|20)\d\d)\b|(?:Earlier|Previously|Last\s+year|In\s+the\s+past|Years\s+ago|"
                           r"A\s+year\s+ago|In\s+a\s+separate|Elsewhere)\b)")
_LEAD_TIME_INITIALS = frozenset("IBODSUAEPLY")
# a count of the whole sector or nation is not the one employer's or incident's
_WIDER = regex.compile(r"\b(?:sector|industry|industries|nationally|nationwide|countrywide|across\s+the\s+(?:country|"
                       r"nation|region|state|province)|worldwide|globally)\b", regex.I)
# another time named anywhere in the rest of the figure's clause: "the 336 deaths recorded in the same
# period last year" (not "since": "the line has gone through two estimates since 2019" is still the line)
_SHIFT_AFTER = regex.compile(r"\b(?:last\s+(?:year|month|week)|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|"
                             r"prior|same)\s+(?:year|period|month|quarter|week)|ago|earlier|previously|originally|"
                             r"initially|in\s+(?:all\s+of\s+|the\s+whole\s+of\s+|the\s+course\s+of\s+)?"
                             r"(?P<year>(?:19|20)\d\d))\b", regex.I)
# the figure's own place is another of the kind: "2,100 workers at the company's two other plants"
_AT_OTHER = regex.compile(r"\A\s+(?:at|in|from|of|across|on)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+['’]s\s+)?"
                          r"(?:(?:two|three|four|five|several|many|all|its|the|\d+)\s+)?(?:other|another|sister|rival|"
                          r"separate|remaining)\b", regex.I)
# a list of allocations after the noun: "120 beds for general medicine, 80 for surgery, 50 for ..."
_ALLOCATION_LIST = regex.compile(r"\A\s+(?:for|in|on|at|to)\s+[^,;.\d]{1,40}?[,;]\s+(?:and\s+)?\d[\d,.]*\s+"
                                 r"(?:for|in|on|at|to)\b", regex.I)
# a part named after the noun: "1,500 units in the first phase", "the 45km of road in the northern section"
_PART_AFTER_NOUN = regex.compile(r"\A\s*,?\s+(?:in|of|for|under|during|from|on)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?(?:phase|stage|section|segment|stretch|portion|part|tranche|leg|"
                                 r"spur|branch)\b", regex.I)     # singular: "delivered in three phases" is the whole
# a workplace, incident or project of its own after the noun: "the 1,500 workers at its Durban plant"
_FRAME_AFTER = regex.compile(rf"\A\s+(?:at|of|in|from|on|with)\s+(?:its|their|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?"
                             rf"(?P<noun>{_INCIDENTS}|{_EMPLOYERS}|{_PROJECTS})\b", regex.I)
# words in the figure's clause that make it a part: "the first phase, costing $1.4bn"
# ("the road will stretch 48 kilometres": the verb, not a stretch of it)
_PART_WORDS = regex.compile(r"\b(?:phase|phases|stage|stages|section|sections|segment|segments|"
                            r"(?<!\b(?:will|would|to|can|could|may|shall|should|might)\s)stretch(?!\s+(?:for|over)\b)|"
                            r"portion|part|"
                            r"tranche|instalment|installment|share|contribution|leg|spur|branch|"
                            r"first|second|third|initial|final|remaining)\b", regex.I)
# in the figure's clause, only the part nouns: an ordinal there makes the figure a part only when it heads the
# figure's own noun phrase ("the first two £1bn tranches", "its initial 300 beds"); "the final go-ahead to a
# £2.4bn scheme" and "the first trains on the 38-mile line" speak of something else
_PART_NOUN_WORDS = regex.compile(r"\b(?:phase|phases|stage|stages|section|sections|segment|segments|"
                                 r"(?<!\b(?:will|would|to|can|could|may|shall|should|might)\s)stretch(?!\s+(?:for|over)\b)|"
                                 r"portion|part|tranche|instalment|installment|share|contribution|leg|spur|branch)\b",
                                 regex.I)
# a word each match of _PART_NOUN_WORDS and _PART_AFTER_NOUN holds ("instal" for both spellings), and one each
# match of _NEW_READING holds: a text without any (casefolded, as the I flag reads letters) skips the pattern
_PART_NOUNS = ("phase", "stage", "section", "segment", "stretch", "portion", "part", "tranche", "instal", "share",
               "contribution", "leg", "spur", "branch")
# the part noun is another thing's and the figure its whole: "a large share of the 1,319 people killed"
_SHARE_OF_WHOLE = regex.compile(r"\b(?:share|part|portion)\s+of\s+(?:the|all|its|their|those)\s+\Z", regex.I)
_NEW_READING_WORDS = ("now", "far", "date", "latest", "updated", "revised", "new", "has")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    low = text.casefold()
    return any(w in low for w in words)


_ORDINAL_HEADS = regex.compile(r"\b(?:first|second|third|initial|final|remaining)"
                               r"(?:\s+(?!(?:to|of|for|on|in|at|by|with|from|into|over|under|after|as|is|was|will|"
                               r"would|has|had|have|be|been|said|says)\b)[\w'’-]+){0,3}\s+\Z", regex.I)
_EMPLOYER_WORD = regex.compile(rf"\b(?:{_EMPLOYERS})\b", regex.I)
# the employer named with "the" right before its workforce: "the factory, which has 21,000 employees"
_DEFINITE_EMPLOYER = regex.compile(
    rf"(?<![\p{{L}}'’])(?:the|this)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_EMPLOYERS})\s*,?\s+(?:(?:which|that)\s+)?"
    r"(?:now\s+|currently\s+|still\s+)?(?:has|had|employs|employed|has\s+employed|will\s+have|would\s+have|"
    r"will\s+employ|would\s+employ)\s+(?:about\s+|some\s+|nearly\s+|"
    r"around\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+)?\Z", regex.I | regex.REVERSE)
# a noun before the figure that refers back: "the death toll stands at 17", "its workforce of 650"
# ("the toll of 41", "its workforce of 2,100", and through a possessive: "the plant's workforce of 2,100")
_DEF_FRAME = regex.compile(r"(?:\b(?:the|its|their)|\p{L}['’]s)\s+(?:death\s+toll|toll|workforce|headcount|number\s+of|"
                           r"deaths\s+of|killings?\s+of|murders?\s+of)\b"
                           r"[^.;,\d]{0,60}\Z", regex.I | regex.REVERSE)


class _Mention:
    """One figure read as a thing of a class: "the 17 victims" -> dead, referring back."""

    __slots__ = ("m", "cls", "group", "noun", "mods", "span", "backref", "part", "restricted", "old", "target",
                 "shifted", "frame", "bound", "value", "unit", "specific", "underline", "framed", "head", "named_back",
                 "stand_in", "window", "owner", "phase", "rate", "funds")

    def __init__(self, m: Measure, cls: str, group: str, noun: str, mods: str, end: int):
        self.m, self.cls, self.group, self.noun = m, cls, group, noun.lower()
        self.mods = frozenset(w.lower() for w in mods.split())
        self.span = Span(m.span.start, max(end, m.quantity.end))
        self.value, self.unit = m.quantity.value, m.quantity.unit
        self.backref = self.part = self.restricted = self.old = self.target = self.shifted = False
        self.bound: str | None = None
        self.frame: str | None = None
        self.specific = cls        # the class before a generic noun is resolved
        self.underline = self.span.end
        self.framed = False        # back-reference, part, time and place: read by _frame when needed
        self.head = ""             # the thing a size belongs to ("hospital"), "*" for a generic one
        self.named_back = False    # "the bridge, which is 14.2km long": refers back by its noun
        self.stand_in = False      # families counted for the homes or jobs of the story (see consistency_words)
        self.window = ""           # the running count's start: "since the rains began"
        self.owner = ""            # the named thing that holds the size: "Blue Line" in "the Blue Line's 16 stations"
        self.phase = 0             # the phase it is a part as, and only as: 1 for "the 540 beds of phase one"
        self.rate = False          # a count each year, month or day: "50,000 homes a year" (see _RATE_AFTER)
        self.funds = False         # money put up for the work, not named as its cost (see _FUNDS_BEFORE)


def _referent_mentions(story: Story) -> list[_Mention]:
    return story.memo("consistency.referents", _read_mentions)


def _read_mentions(story: Story) -> list[_Mention]:
    prose = story.doc.prose
    out = []
    for m in measures(story):
        q = m.quantity
        if q.kind == "percent" or q.kind == "duration" and m.subject != "age":
            continue
        if q.value is None or q.value <= 0 or (q.low is not None and q.high is not None):
            continue        # a range is two figures, not one thing
        if q.kind == "number" and q.value == int(q.value) and 1900 <= q.value <= 2100 and q.text.isdigit():
            continue        # a year
        s0, s1 = m.sentence
        left, right = prose[max(s0, q.start - 200):q.start], prose[q.end:min(s1, q.end + 120)]
        read = _read_one(story, m, left, right)
        if read is None or _threshold(prose, q, read.noun_end, s0):     # (the figure's noun, then "needed to")
            continue
        x = _Mention(m, read.cls, read.group, read.noun, read.mods, read.noun_end)
        if read.group == "money":
            x.cls = "cost"      # every cost is one class; the noun's own class must agree (see _same_thing)
        x.underline = max(read.underline, q.end)
        x.rate = bool(_RATE_AFTER.match(prose, read.noun_end)) or bool(_PACE_IN.search(prose, q.end, x.span.end))
        x.funds = read.group == "money" and read.noun == "funding"
        x.head = read.head
        x.named_back = read.definite
        if read.cls in ("stations", "stops"):
            x.owner = _owner_name(left)
        out.append(x)
    _resolve_generic(story, out)
    _venue_seats(out)
    return [x for x in out if x.cls not in ("*", "victims", "units", "power-part") and x.head != "?"]


# a figure a thing must reach, not a size it has: "the 289 seats needed to govern alone", "the 50 signatures
# required for a recall", "a majority of 289" (the house it is a majority of has its own size)
_NEEDED_TO_REACH = regex.compile(r"(?:-?\s*[\p{L}-]+){0,2}?\s+(?:(?:that|which)\s+)?(?:(?:is|are|was|were|would\s+be|will\s+be)\s+)?"
                              r"(?:needed|required|necessary)\s+(?:to|for)(?![\p{L}])", regex.I)
_MAJORITY_BEFORE = regex.compile(r"(?<![\p{L}])(?:majority|threshold|quorum)\s+(?:of\s+)?(?:at\s+least\s+)?\Z",
                                 regex.I)


# a count said per period is a pace, not the size of one thing: "50,000 homes a year would be built" is not "the
# 30,000 homes promised" under an older scheme, nor "the 150,000 homes" of the plan ("a year ago" is a time, not a pace)
_RATE_AFTER = regex.compile(r"(?:\s+(?:(?:would|will|could|should|are|were|to)\s+)?(?:be\s+|being\s+)?"
                            r"[\p{L}]+(?:ed|en|t|ing)(?=\s+(?:a|per|each|every|annually|yearly)\b))?"    # "would be built"
                            r"\s*(?:(?:a|per|each|every)\s+(?:year|month|week|day|annum)(?!\s+(?:(?:ago|earlier|later|"
                            r"before|after|since)\b|from\s+now\b|on\s*,))(?![\p{L}-])|annually\b|yearly\b)", regex.I)

_PACE_IN = regex.compile(r"(?<![\p{L}])(?:a|per|each|every)\s+(?:year|month|week|day|annum)(?![\p{L}-])"
                         r"|\b(?:annually|yearly)\b", regex.I)       # (the measure may have read the pace with its noun)


def _threshold(prose: str, q, noun_end: int, s0: int) -> bool:
    return bool(_NEEDED_TO_REACH.match(prose, q.end, max(noun_end, q.end) + 60)
                or _MAJORITY_BEFORE.search(prose, max(s0, q.start - 30), q.start))


def _venue_seats(mentions: list[_Mention]) -> None:
    """"the 25,000 seats" with no venue of its own are the seats of the story's one venue, where the story has
    given a venue its seats ("With 20,000 seats, the stadium ..."); else they may be a party's."""
    venues = {x.head for x in mentions if x.cls == "seats" and x.head not in ("", "?", "*")}
    if len(venues) == 1:
        venue = venues.pop()
        for x in mentions:
            if x.cls == "seats" and x.head == "?":
                x.head = venue


class _Reading(NamedTuple):
    """What one figure was read as, before its frame (back-reference, part, time) is read."""

    cls: str
    group: str          # "count", "length", "money" or "age"
    noun: str
    mods: str
    noun_end: int       # where the noun ends (the frame is read from there)
    underline: int      # where the finding's span ends: the noun, or the figure alone ("340 km of roads")
    head: str = ""      # the thing a size belongs to: "hospital" in "the 500-bed hospital", "*" if generic
    definite: bool = False  # the thing was named with "the" before its figure ("the bridge, which is 14.2km long")


def _read_one(story: Story, m: Measure, left: str, right: str) -> _Reading | None:
    """The class of thing one figure counts or measures, with the noun that says so, or None."""
    q = m.quantity
    age = _read_age(m, left, right)
    if age is not None:
        return age
    if q.kind == "number":
        return _read_count(m, left, right)
    if q.kind == "physical" and q.unit in _POWER_UNITS:
        return _read_power(left, right, q.end)
    if q.kind == "physical" and q.unit in _LENGTH_UNITS:
        return _read_length(m, left, right)
    if q.kind == "money" and q.unit:
        after = _NOUN_AFTER["money"].match(right)
        if after:
            noun = after.group("noun").lower()
            end = q.end + after.end("noun")
            return _Reading(_NOUN_CLASS[("money", noun)], "money", noun, after.group("mods"), end, end)
        if _COST_BEFORE.search(left[-40:]):
            return _Reading("*", "money", "cost", "", q.end, q.end)
        if _FUNDS_BEFORE.search(left[-40:]) and _FUNDS_FOR.match(right):
            return _Reading("*", "money", "funding", "", q.end, q.end)
        free = _FREE_NOUN.match(right)
        if free and (dealt := _DEAL_AFTER_MOD.match(right, free.end("noun"))) is not None:
            # "the £1.6m council loan", "a $40m federal grant": who lends or gives it, then the thing itself
            noun = dealt.group("noun").lower()
            end = q.end + dealt.end("noun")
            return _Reading("=" + _stem(noun), "money", noun, free.group("noun"), end, end)
        if free and free.group("noun").lower() not in _NOT_THING:
            # "a $250 million loan" ... "the $520 million loan": any other noun names only itself
            noun = free.group("noun").lower()
            end = q.end + free.end("noun")
            return _Reading("=" + _stem(noun), "money", noun, "", end, end)
    return None


def _read_age(m: Measure, left: str, right: str) -> _Reading | None:
    """A named person's age ("Ahmed Khan, 45,", "Khan (45)", "45-year-old Ahmed Khan") or a bare
    "the 54-year-old" that can only point back to a person already named."""
    q = m.quantity
    if q.value is None or q.value != int(q.value) or not 12 <= q.value <= 110:
        return None
    lead = left[-3:].rstrip()
    if q.kind == "number" and (lead.endswith(",") and _NAME_COMMA.search(left[-60:]) and _AGE_COMMA_AFTER.match(right)
                               or lead.endswith("(") and right.startswith(")") and _NAME_PAREN.search(left[-60:])):
        return _Reading("age", "age", "named", "", q.end, q.end)
    if q.kind == "duration" and q.unit == "year" and m.subject == "age":
        old = _OLD_AFTER.match(right)
        if old and _NAME_AFTER.match(right, old.end()):
            return _Reading("age", "age", "named", "", q.end + old.end(), q.end + old.end())
        if old and _THE_BEFORE.search(left[-8:]) and _BARE_AGE_END.match(right, old.end()):
            return _Reading("age", "age", "bare", "", q.end + old.end(), q.end + old.end())
    return None


def _read_count(m: Measure, left: str, right: str) -> _Reading | None:
    q = m.quantity
    if m.subject not in ("killed", "injured"):
        dead = _dead_by_verb(q, left, right)
        if dead is not None:
            return dead
    near = right[:60].lower()
    died = _WHO_DIED.match(right) if " who " in near or " that " in near else None
    if died:            # "the 21 people who died", "the six workers who died": the dead, whatever the noun
        end = q.end + died.end()
        return _Reading("dead", "count", died.group("noun") or "died", "", end, end)
    if m.subject is None and ("kill" in near or "died" in near or "dead" in near or "injur" in near
                              or "wound" in near or "hurt" in near):
        toll = _ANY_TOLL_AFTER.match(right)
        if toll:        # "Five firefighters were killed", "three teenage climbers died": the dead, whatever noun
            end = q.end + toll.end("noun")
            cls = "injured" if toll.group("verb").lower() in ("injured", "wounded", "hurt") else "dead"
            return _Reading(cls, "count", toll.group("noun").lower(), "", end, end)
    lost = _JOBS_LOST_AFTER.match(right) if "work" in near or "job" in near or "unemploy" in near else None
    if lost:            # "putting 340 people out of work", "460 workers jobless": the jobs the closure costs
        end = q.end + lost.end()
        return _Reading("jobs", "count", "jobs", "", end, end)
    if m.subject in _MEASURE_SUBJECTS:
        return _Reading(_MEASURE_SUBJECTS[m.subject], "count", m.phrase, m.modifier, m.span.end, m.span.end)
    if right.startswith("-"):
        return _read_hyphened(q, right)
    if "stations" in near or "stops" in near:
        stations = _read_stations(q, left, right)
        if stations is not None:
            return stations
    # the noun is one of the next three words: look it up before running the pattern
    after = _NOUN_AFTER["count"].match(right) if right.startswith(" ") and any(
        w.strip(",.;:)") in _COUNT_FIRST for w in near.split(None, 3)[:3]) else None
    if after:
        noun = after.group("noun").lower()
        # victims and casualties may be the dead or the dead and the injured: resolved below
        cls = "victims" if noun in ("victims", "casualties") else _NOUN_CLASS[("count", noun)]
        if noun == "units" and not (set(after.group("mods").lower().split()) & {"housing", "residential",
                                                                                 "apartment", "home"}):
            cls = "units"        # resolved against the story's dwellings below
        end = q.end + after.end("noun")
        head = _head_before(left) if cls in _HEAD_CLASSES else ""
        definite = False
        if cls in _HEAD_CLASSES and not head:
            # "150 beds in this new wing", "the 300 rooms at the hotel": the thing named after its size, with
            # "this"/"the"/"its", is the one the story has named (a size of it, as "the wing's 150 beds" is)
            held = _HEAD_OF_AFTER.match(right, after.end("noun"))
            if held:
                head, definite = _fold_head(held.group("head")), True
        if cls == "seats" and not head:
            # a venue's seats: "With 20,000 seats, the stadium is ..." names its venue in the sentence; "the
            # 25,000 seats" refers back to the story's venue (resolved in _venue_seats)
            venue = _VENUE.search(left[-120:]) or _VENUE_NEXT.match(right[after.end("noun"):])
            head = _fold_head(venue.group("head")) if venue else "?" if _BARE_BACKREF.search(left[-12:]) else ""
        if cls in _HEADED_ONLY and not head and (cls == "seats" or not _BARE_BACKREF.search(left[-12:])):
            return None     # "183 seats", "40 stories": whose? ("all 40 storeys" refers back; seats are a party's)
        return _Reading(cls, "count", noun, after.group("mods"), end, end, head, definite)
    if "capacity" in left[-60:] or "hold" in left[-30:] or "accommodat" in left[-30:] or "seat" in left[-30:]:
        seats = _venue_capacity(q, left, right)
        if seats is not None:
            return seats
    employed = _EMPLOYED_AFTER.match(right) if "employed" in near or "working" in near else None
    if employed:
        end = q.end + employed.end()
        return _Reading("workforce", "count", "employed", "", end, end)
    missing = _MISSING_AFTER.match(right) if "missing" in near else None
    if missing:         # "three others are missing": read only as a part of a toll (see _total_and_part)
        return _Reading("missing", "count", "missing", "", q.end + missing.end(), q.end + missing.end())
    if "lives" in near and (_LIVES_AFTER.match(right) or _CLAIMED_BEFORE.search(left[-30:]) and _LIVES.match(right)):
        return _Reading("dead", "count", "lives", "", q.end, q.end)
    words = left[-16:].split()      # (the last 16 characters may be all blank: a table's padding)
    last = words[-1].lower() if words else ""
    tail = left[-200:]
    if last in _WORKFORCE_LINKS and ("workforce" in tail or "employ" in tail or "staff" in tail
                                     or "headcount" in tail) and _WORKFORCE_BEFORE.search(tail):
        return _Reading("workforce", "count", "workforce", "", q.end, q.end)
    if last in _TOLL_LINKS and ("toll" in tail or "number of" in tail) and _TOLL_BEFORE.search(tail) \
            and ("death" in tail or "number of" in tail or _DEATH_WORDS.search(tail + right)):
        # a bare "toll" is the dead where the sentence speaks of death ("the last body ... bringing the toll
        # to nine"), not a bridge's
        return _Reading("dead", "count", "toll", "", q.end, q.end)
    if last == "of" and m.subject is None:
        return _toll_after_of(q, left, right)
    if m.subject is None and ("—" in near or "–" in near or "(" in near or " -" in near or "," in near):
        return _toll_past_aside(q, right)
    return None


# A line's stations are a size of the line, read only where the line owns them in the figure's clause ("The
# 30km line will have 14 stations", "the Blue Line will add 16 stations to the network", "the line's 19
# stations"): police, radio and petrol stations have no line. A definite owner ("the Blue Line") refers back.
_STATIONS_AFTER = regex.compile(r"\A\s+(?P<mods>(?:(?:new|metro|underground|elevated|tram|train|rail|railway|subway|"
                                r"passenger|light-rail|intermediate)\s+)?)(?P<noun>stations|stops)\b", regex.I)
_LINE_OWNER = regex.compile(r"(?:(?P<art>(?<![\p{L}'’])(?:the|its|this|a|an)\s+)(?P<name>(?:[\p{L}.-]+\s+){0,4}?))?"
                            r"(?P<head>line|metro|railway|tramway|subway|monorail|rail\s+link|route|corridor|busway)"
                            r"(?:['’]s)?(?![\p{L}-])[^.;:\d]{0,50}\Z", regex.I | regex.REVERSE)
_NETWORK = regex.compile(r"\b(?:network|system)(?:['’]s|\s+(?:has|had|have|will\s+have|would\s+have))\b", regex.I)


def _read_stations(q, left: str, right: str) -> _Reading | None:
    after = _STATIONS_AFTER.match(right)
    if after is None:
        return None
    clause = left[-110:]
    owner = _LINE_OWNER.search(clause)
    if owner is None or _NETWORK.search(clause, owner.end()):
        return None         # no line owns them, or the network's total
    end = q.end + after.end("noun")
    definite = (owner.group("art") or "").strip().lower() in ("the", "its", "this") \
        and not _CLAUSE_MARK.search(clause, owner.end())
    noun = after.group("noun").lower()
    # a station is a railway's, a stop a tram's or bus's: the two nouns count two kinds of thing
    return _Reading(noun, "count", noun, after.group("mods"), end, end, "line", definite)


def _owner_name(left: str) -> str:
    """The name of the line that owns a count of stations: "the Blue Line" -> "blue line"; "" if unnamed."""
    owner = _LINE_OWNER.search(left[-110:])
    if owner is None:
        return ""
    words = (owner.group("name") or "").split() + [owner.group("head")]
    return " ".join(w for w in words if w[:1].isupper() or w[:1].isdigit()).lower()


# an aside between the dead and their verb: "Seventeen people — including four children — died", "12 people
# (most of them traders) were killed"
# (or between commas, opened by a word that makes it one: "23 people, including five children, were killed")
_ASIDE_AFTER = regex.compile(rf"\A(?P<noun>\s+(?:{_VICTIMS}))?\s*(?:(?:[—–(]|\s-{{1,2}}\s)[^—–()\n]{{1,80}}?"
                             r"(?:[—–)]|\s-{1,2}(?=\s))|,\s+(?:including|among\s+(?:them|whom)|most(?:ly|\s+of\s+them)|"
                             r"many\s+of\s+them|all\s+of\s+them|some\s+of\s+them|both|mainly|chiefly|"
                             # "Twenty-seven people, 14 of them children, died", "nine people, three of whom ..."
                             r"[\w-]+\s+of\s+(?:them|whom))\b[^,;:.\n]{1,60},)",
                             regex.I)


def _toll_past_aside(q, right: str) -> _Reading | None:
    aside = _ASIDE_AFTER.match(right)
    if aside is None:
        return None
    noun = aside.group("noun") or ""
    for cls, key in (("dead", "killed"), ("injured", "injured")):
        after = _TOLL_AFTER[key].match(noun + right[aside.end():])
        if after:
            end = q.end + len(noun)
            return _Reading(cls, "count", after.group("noun").lower(), "", end, end)
    return None


def _dead_by_verb(q, left: str, right: str) -> _Reading | None:
    """"a fire killed 16 workers", "the deaths of 19 miners", "the bodies of 14 people": the dead, whoever they were (the noun after the
    figure would make them a workforce)."""
    tail = left[-30:]
    if ("injur" in tail or "wound" in tail or "hurt" in tail) and _HURT_BEFORE.search(tail):
        # "derailed ..., injuring 57 passengers": the injured, whoever they were
        people = _PEOPLE_AFTER.match(right)
        end = q.end + people.end() if people else q.end
        return _Reading("injured", "count", people.group().strip().lower() if people else "injured", "", q.end, end)
    if not ("kill" in tail or "death" in tail or "lives" in tail or "murder" in tail or "bodies" in tail) \
            or not (_KILLED_BEFORE.search(tail) or _DEATHS_OF.search(tail)):
        return None
    people = _PEOPLE_AFTER.match(right)
    end = q.end + people.end() if people else q.end
    return _Reading("dead", "count", people.group().strip().lower() if people else "deaths", "", q.end, end)


# a venue's capacity given as a bare number: "raise the stadium's capacity from 52,000 to 65,000", "a capacity
# of 45,000" (a person count after it, "45,000 spectators", says the same)
_SEATING_CAPACITY_BEFORE = regex.compile(r"\bcapacity\s+(?:(?:will|would|to)\s+(?:rise|grow|increase|go\s+up)\s+)?"
                                 r"(?:of|to|at|from(?:\s+[\d,.]+\s+to)?|is|was|will\s+be|would\s+be)\s+"
                                 r"(?:(?:about|some|nearly|around|roughly|almost|just\s+over|more\s+than)\s+)?\Z",
                                 regex.I)
_VENUE_HOLDS = regex.compile(r"\b(?:hold|holds|holding|accommodate|accommodates|accommodating|seat|seats|seating)\s+"
                             r"(?:(?:about|some|nearly|around|roughly|almost|more\s+than|up\s+to)\s+)?\Z", regex.I)
_CAPACITY_NEXT = regex.compile(r"(?:\s+(?:spectators|fans|people|seated\s+fans|supporters|concertgoers)\b|"
                               r"(?![\s-]*[\p{L}\d]))", regex.I)


def _venue_capacity(q, left: str, right: str) -> _Reading | None:
    """A stadium's or hall's capacity as a bare number: its seats, of the venue the sentence names (or, with none
    named, of the story's one venue: see _venue_seats)."""
    if not _CAPACITY_NEXT.match(right):
        return None
    if not _SEATING_CAPACITY_BEFORE.search(left[-60:]):
        # "The arena ... would hold 45,000 spectators": a venue named in the clause that holds them
        held = _VENUE_HOLDS.search(left[-30:])
        if held is None or not _VENUE.search(left[-200:]):
            return None
    venue = _VENUE.search(left[-200:])
    return _Reading("seats", "count", "seats", "", q.end, q.end, _fold_head(venue.group("head")) if venue else "?")


_HURT_BEFORE = regex.compile(r"\b(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt)\s+\Z",
                             regex.I | regex.REVERSE)
_KILLED_BEFORE = regex.compile(r"\b(?:killed|killing|kills|kill|claimed\s+the\s+lives\s+of)\s+\Z",
                               regex.I | regex.REVERSE)
# "the names of 23 people killed", "the deaths of 17 people": a toll after "of", which the subject reader leaves
# alone because "of" may open a change ("a rise of 12 deaths"); the frame still reads a part ("15 of the 17")
_CHANGE_OF = regex.compile(r"\b(?:rise|rises|increase|increases|drop|drops|fall|falls|decline|declines|jump|jumps|"
                           r"cut|cuts|reduction|reductions|decrease|decreases|gain|gains|loss|losses|surge|surges|"
                           r"addition|additions|difference|margin|gap)\s+of\s*\Z", regex.I | regex.REVERSE)
# ("the bodies of 14 people" are the dead as surely as "the deaths of 14 people")
_DEATHS_OF = regex.compile(r"\b(?:deaths|killing|killings|murders?|bodies)\s+of\s*(?:the\s+|all\s+)?\Z",
                           regex.I | regex.REVERSE)
_PEOPLE_AFTER = regex.compile(rf"\A\s+(?:{_VICTIMS}|victims|casualties)\b", regex.I)


_TOLL_WORDS = ("kill", "dead", "died", "death", "fatalit", "lives", "injur", "wound", "hurt")


def _toll_after_of(q, left: str, right: str) -> _Reading | None:
    near = right[:60].lower() + left[-30:].lower()
    if not any(w in near for w in _TOLL_WORDS) or _CHANGE_OF.search(left[-30:]):
        return None
    for cls, key in (("dead", "killed"), ("injured", "injured")):
        after = _TOLL_AFTER[key].match(right)
        if after:
            end = q.end + after.end("noun")
            return _Reading(cls, "count", after.group("noun").lower(), "", end, end)
    return None


def _read_hyphened(q, right: str) -> _Reading | None:
    """"its 650-person workforce", "a 1,200-unit estate", "a 380-bed hospital"."""
    strong = _HYPHEN_WORKFORCE.match(right)
    if strong:
        end = q.end + strong.end("noun")
        return _Reading("workforce", "count", "workforce", "", end, end)
    hyphened = _HYPHEN_COUNT.match(right)
    if hyphened:
        noun = hyphened.group("noun").lower()
        end = q.end + hyphened.end("noun")
        cls = _HYPHEN_CLASS[noun]
        found = _HEAD_AFTER.match(right[hyphened.end():hyphened.end() + 80])
        if cls in _HEADED_ONLY and found is None:
            return None     # "a 40-storey drop", "a 12-room search": no thing to hold the size
        head, stop = (found.group("head"), hyphened.end() + found.end()) if found else ("", 0)
        while found and (found := _NEXT_HEAD.match(right, stop, hyphened.end() + 80)):
            head, stop = found.group("head"), found.end()   # "an 800-bed university hospital" is a hospital
        return _Reading(cls, "count", noun, "", end, end, _fold_head(head) if head else "")
    return None


_HEAD_CLASSES = frozenset(("beds", "dwellings")) | _HEADED_ONLY


def _fold_head(word: str) -> str:
    word = word.lower()
    return "*" if word in _GENERIC_HEADS else "centre" if word == "center" else "theatre" if word == "theater" \
        else word


def _head_before(left: str) -> str:
    """The thing named just before a count of its parts: "a hospital with 1,200 beds" -> "hospital"."""
    found = _HEAD_BEFORE.search(left[-70:])
    return _fold_head(found.group("head")) if found else ""


# A power station's capacity: "a 1,200MW solar plant", "a plant with a capacity of 1,200MW", "the plant, which
# has a capacity of 1,200 megawatts", "its 1,200MW capacity". A unit, reactor or turbine is a part of the plant.
_POWER_UNITS = frozenset("megawatt gigawatt kilowatt".split())
_POWER_THINGS = r"plant|station|facility|project|complex|scheme|installation|farm|park|dam"
_POWER_PARTS = r"unit|reactor|turbine|block|phase|stage|module"
_POWER_AFTER = regex.compile(rf"\A{_CONVERSION}[\s-]+(?P<mods>{_MOD}{{0,2}}?|{_NAME_MODS})"
                             rf"(?P<noun>{_POWER_THINGS}|{_POWER_PARTS})(?![\p{{L}}-])", regex.I)
_CAPACITY_BEFORE = regex.compile(
    rf"\b(?P<noun>{_POWER_THINGS})(?:['’]s|(?:\s*,)?\s+(?:which|that)\s+(?:has|had|will\s+have|would\s+have)|"
    r"\s+(?:with|has|had|will\s+have|would\s+have))\s+(?:(?:a|an|the|its)\s+)?(?:(?:total|installed|generating|"
    r"planned|combined|rated|peak)\s+)?(?:capacity|output)\s+(?:of|is|was|will\s+be|of\s+up\s+to)"
    r"(?:\s+(?:about|some|nearly|around|roughly|almost))?\s*\Z", regex.I | regex.REVERSE)
_CAPACITY_AFTER = regex.compile(r"\A[\s-]+(?:(?:generating|installed|total|planned|combined)\s+)?capacity\b", regex.I)
_ITS_BEFORE = regex.compile(rf"(?:(?<![\p{{L}}])its|\b(?:the\s+)?(?:{_POWER_THINGS})['’]s)\s+\Z",
                            regex.I | regex.REVERSE)


def _read_power(left: str, right: str, end: int) -> _Reading | None:
    after = _POWER_AFTER.match(right)
    if after:
        noun = after.group("noun").lower()
        cls = "power-part" if regex.fullmatch(_POWER_PARTS, noun) else "power"
        stop = end + after.end("noun")
        return _Reading(cls, "power", noun, after.group("mods"), stop, stop, "*")
    before = _CAPACITY_BEFORE.search(left[-90:])
    if before:
        return _Reading("power", "power", before.group("noun").lower(), "", end, end, "*")
    capacity = _CAPACITY_AFTER.match(right)
    if capacity and _ITS_BEFORE.search(left[-30:]):
        stop = end + capacity.end()
        return _Reading("power", "power", "capacity", "", stop, stop, "*")
    return None


def _read_length(m: Measure, left: str, right: str) -> _Reading | None:
    q = m.quantity
    after = _NOUN_AFTER["length"].match(right)
    if after:
        noun = after.group("noun").lower()
        end = q.end + after.end("noun")
        if noun in _STRETCH_NOUNS and (after.group("mods") or not _STRETCH_DEFINITE.search(left[-30:])
                                       or _STRETCH_OF.match(right[after.end("noun"):])):
            return None     # "a 12km stretch", "the first 20km section", "the 5km stretch through the town"
        return _Reading(_NOUN_CLASS[("length", noun)], "length", noun, after.group("mods"), end, end)
    of = _LENGTH_OF.match(right)
    if of:          # "340 kilometers of state highways": the noun is read, the figure alone underlined
        noun = of.group("noun").lower()
        return _Reading(_NOUN_CLASS[("length", noun)], "length", noun, of.group("mods"), q.end + of.end("noun"),
                        q.end)
    if _LONG_AFTER.match(right):       # "a pipeline 320km long", "the Qilin Bridge, 12.4 km long,"
        tail = left[-60:]
        just = _NOUN_JUST_BEFORE.search(tail)
        if just:
            noun = just.group("noun").lower()
            definite = bool(_DEFINITE_THING.search(tail[:just.start()]))
            return _Reading(_NOUN_CLASS[("length", noun)], "length", noun, "", q.end, q.end, definite=definite)
    before = _LENGTH_BEFORE.search(left[-90:]) if _LENGTH_VERBS.search(left[-30:]) else None
    if before and not _WHOLE_LENGTH_END.match(right):
        before = None   # "will run 15.5 kilometres underground and 14.5 on viaduct": a part of the length
    if before:      # "the bridge, which spans 2.6 kilometres", "the highway stretches 340km"
        noun = before.group("noun").lower()
        return _Reading(_NOUN_CLASS[("length", noun)], "length", noun, "", q.end, q.end,
                        definite=before.group("art").lower() in ("the", "its", "this"))
    return None


def _frame(story: Story, x: _Mention) -> None:
    """Read the mention's frame once, and set the span its finding would underline."""
    if x.framed:
        return
    q, (s0, s1) = x.m.quantity, x.m.sentence
    prose = story.doc.prose
    _read_frame(story, x, prose[max(s0, q.start - 200):q.start], prose[x.span.end:min(s1, x.span.end + 120)])
    x.span = Span(x.span.start, x.underline)
    x.framed = True


def _read_frame(story: Story, x: _Mention, left: str, after_noun: str) -> None:
    """How the figure stands in its sentence: refers back, a part, an old value, another time or place."""
    q = x.m.quantity
    prose = story.doc.prose
    tail = left[-60:]
    x.backref = x.named_back or bool(_BACKREF_LEFT.search(tail)) \
        or x.span.end == q.end and x.group == "count" and _def_frame(tail)
    if x.cls == "dead" and not x.backref and any(v in tail for v in _INCIDENT_VERBS):
        # "the landslides, which killed 43 people": the toll refers back through its incident
        x.backref = bool(_INCIDENT_BACK.search(tail))
    foreign = x.noun in FOREIGN
    if foreign:         # "i 540 posti letto", "altri 40 posti letto", "è salito a 37 morti"
        x.backref = x.backref or bool(ROMANCE_BACKREF.search(tail))
    right = prose[q.end:x.m.sentence[1]]
    # "a new 540km pipeline", "a new 800-bed hospital": "new" is the thing's, not the figure's
    thing_new = x.group == "length" or x.group == "count" and x.noun in _HYPHEN_CLASS
    x.part = bool(_PART_LEFT.search(tail) and not (thing_new and tail.rstrip().lower().endswith("new"))) \
        or x.group == "count" and "mong" in tail and bool(_AMONG_LEFT.search(tail)) \
        or (x.span.end == q.end and bool(_PARTITIVE_RIGHT.match(right))) or foreign and bool(ROMANCE_PART.search(tail))
    # "the 300 workers who were laid off" may be a part of the workforce; "the 1,200km pipeline that will
    # carry gas" is the pipeline described
    x.restricted = x.group == "count" and bool(_RESTRICTED.match(after_noun))
    x.old = bool(_FROM_LEFT.search(tail)) or bool(_FROM_RIGHT.match(right) and "from" in tail[-25:].lower())
    # (_CHANGED_TO ends in "to" and blanks: rstrip() strips every \s, so a text that ends otherwise has no match)
    x.target = left[-120:].rstrip()[-2:].casefold() == "to" and bool(_CHANGED_TO.search(left[-120:])) \
        or foreign and bool(ROMANCE_CHANGED_TO.search(tail))
    # the figure's own clause: from the last break before it; after it, only the words right by the noun
    s0 = x.m.sentence[0]
    before = prose[s0:q.start]
    last = _LAST_CLAUSE_MARK.search(before)
    clause = before[last.end() if last else 0:]
    # "the toll now stands at 17", "the latest count puts the dead at 17": a new reading, not a reference
    x.target = x.target or _has_any(clause, _NEW_READING_WORDS) and bool(_NEW_READING.search(clause))
    near = after_noun[:25]
    rest = _CLAUSE_MARK.search(after_noun)
    rest = after_noun[:rest.start()] if rest else after_noun
    # "52 people in the province since 2019": a count over years, not the event's
    windowed = x.group == "count" and "since" in rest.lower() and years_window(rest)
    # "the deadliest storm since Kristine three weeks earlier": the yardstick's time is not the figure's
    yardstick = _YARDSTICK.search(rest)
    rest = rest[:yardstick.start()] if yardstick else rest
    # "the 34 victims identified so far": a count still running, perhaps a part
    x.part = x.part or bool(_SO_FAR.search(rest))
    # "rescuers had recovered 19 bodies by the afternoon", "12 bodies have been pulled out": the search's
    # progress, a part of the toll until it is over
    if x.cls == "dead" and "bod" in x.noun and (_RECOVERED_LEFT.search(tail) or _RECOVERED_RIGHT.match(after_noun)):
        x.part = True
    clause = _without_incident_time(clause, x.target)
    if x.group == "count" and _in_lead(story, s0):
        # the lead's "last week" dates the incident the story is about, not another one
        clause, after_noun, rest = (_RECENT.sub(_blank, text) for text in (clause, after_noun, rest))
    x.shifted = _shift_in(x, clause, len(clause)) or _shift_in(x, after_noun, 25) or windowed \
        or _elsewhen_after(story, clause) or not x.head and _elsewhen_after(story, rest) \
        or _lead_elsewhen(story, prose[s0:q.start]) \
        or x.group == "count" and bool(_WIDER.search(clause) or _WIDER.search(near)) \
        or x.cls in ("dead", "injured") and _other_incident(clause, rest) \
        or x.group == "count" and bool(_GOAL_BEFORE.search(clause[-40:]) or _NEEDED_AFTER.match(rest[:60]))
    bound = _BOUND_NAME.match(after_noun) or _LEAD_PLACE.match(prose[s0:q.start])
    owner = _POSSESSOR_LEFT.search(tail)
    x.bound = bound.group("name") if bound else owner.group("name") if owner else None
    if x.group == "count" and (x.mods & _ADDED_MODS or _AT_OTHER.match(after_noun)):
        x.part = True       # "5,032 new flats"; "2,100 workers at the company's two other plants"
    if x.group == "count" and _ALLOCATION_LIST.match(after_noun):
        x.part = True       # "120 beds for general medicine, 80 for surgery": a share of the whole
    if x.group == "money" and x.m.quantity.hedge:
        x.part = x.part or x.m.quantity.hedge.lower() in ("up to", "more than", "over", "under", "less than")
    # "the first phase, costing $1.4bn", "a 12km section of the road", "1,500 units in the first phase"
    whole = not x.part
    if _has_any(clause, _PART_NOUNS) and _PART_NOUN_WORDS.search(clause) and not _SHARE_OF_WHOLE.search(clause) \
            or _ORDINAL_HEADS.search(clause) \
            or _PART_WORDS.search(" ".join(x.mods)) \
            or _has_any(after_noun, _PART_NOUNS) and _PART_AFTER_NOUN.match(after_noun):
        x.part = True
    # "480 beds planned for the first stage" ... "the 540 beds of phase one": one phase named twice is one thing
    x.phase = _phase_named(clause, rest) if whole else 0
    # "the 1,500 workers at its Durban plant", "the 17 victims of the bus crash": a frame of its own
    framed = _FRAME_AFTER.match(after_noun)
    if framed and x.group == "money" and after_noun.lstrip()[:4].lower() == "with":
        framed = None       # "financial close on the A$840 million project with a group of banks": a party, not its owner
    x.frame = framed.group("noun").lower() if framed else None
    if x.cls == "workforce" and not x.backref and ("which" in tail or "that" in tail or " ha" in tail
                                                   or "employ" in tail):
        # "the factory, which has 21,000 employees", "the factory will have 2,100 employees": the workforce of the
        # employer named with "the", which refers back to it as "its 21,000 employees" would (the employer must
        # be the first sentence's)
        owner = _DEFINITE_EMPLOYER.search(tail)
        if owner:
            x.backref, x.frame = True, owner.group("noun").lower()


_RECOVERY_VERBS = r"(?:recovered|retrieved|pulled|exhumed|found|identified|located|dug|brought|removed)"
_RECOVERED_LEFT = regex.compile(rf"\b{_RECOVERY_VERBS}\s+(?:out\s+|up\s+)?\Z", regex.I | regex.REVERSE)
_RECOVERED_RIGHT = regex.compile(rf"\A\s*(?:(?:had|have|has|were|was|are|been|so\s+far)\s+)*{_RECOVERY_VERBS}\b",
                                 regex.I)


# a time within the news cycle: in the lead it is when the story's own incident happened
_RECENT = regex.compile(r"\b(?:last\s+(?:week|month|weekend|night)|earlier\s+this\s+(?:week|month)|yesterday|"
                        r"(?:two|three|four|five|six|a\s+few|several|\d)\s+days\s+(?:ago|earlier))\b", regex.I)


def _blank(found: regex.Match) -> str:
    return " " * len(found.group())


def _in_lead(story: Story, s0: int) -> bool:
    """Is the sentence at s0 the story's lead: its first paragraph, or one of its first two sentences?"""
    sentences = story.doc.sentences()
    if not sentences:
        return False
    if any(s0 == start for start, _ in sentences[:2]):
        return True
    return story.doc.paragraph_at(sentences[0][0]) == story.doc.paragraph_at(s0)


def _other_incident(clause: str, rest: str) -> bool:
    """Another incident named in the toll's own clause: "the killings of 15 people in a separate attack"."""
    words = _another_thing(_INCIDENTS)
    return bool(words.search(clause) or words.search(rest))


def _shift_in(x: _Mention, text: str, limit: int) -> bool:
    """Another time in the first `limit` characters of the text: "earlier", "in 2019", "since 2019". A count
    "since" the rains began is the running count to date ("38 people had died since the rains intensified"),
    the toll the story is about: it keeps the window it counts, so two different windows stay apart."""
    for shift in _LOCAL_SHIFT.finditer(text, 0, limit):
        if x.group == "count" and shift.group().lower() == "since" and running_since(text, shift.end()):
            x.window = " ".join(text[shift.end():].split()[:3]).lower()
            continue
        return True
    return False


def _without_incident_time(clause: str, current: bool) -> str:
    """The figure's clause without a relative clause that dates the incident: in "the toll from the storm
    that hit earlier this week has risen to 34" the time is the storm's, and the toll is today's."""
    shift = _LOCAL_SHIFT.search(clause) if current else None
    relative = _RELATIVE_BEFORE.search(clause, 0, shift.start()) if shift else None
    changed = _CHANGED_TO.search(clause, shift.end()) if relative else None
    return clause[:relative.start()] + clause[changed.start():] if changed else clause


def _elsewhen_after(story: Story, rest: str) -> bool:
    published = story.doc.publication_date
    for m in _SHIFT_AFTER.finditer(rest):
        # a past year is another time; a coming one is when the thing is done ("finished in 2027")
        if m.group("year") is None or published is None or int(m.group("year")) < published.year:
            return True
    return False


def _lead_elsewhen(story: Story, before: str) -> bool:
    # (every _LEAD_TIME branch opens, past its blanks, with one of these capitals: it has no I flag)
    lead = _LEAD_TIME.match(before) if before.lstrip()[:1] in _LEAD_TIME_INITIALS else None
    if lead is None:
        return False
    year = lead.group("year")
    published = story.doc.publication_date
    return year is None or published is None or int(year) < published.year


def _def_frame(tail: str) -> bool:
    return bool(_DEF_FRAME.search(tail))


def _resolve_generic(story: Story, found: list[_Mention]) -> None:
    """"the 230km route" is the story's one measured pipeline; "the 21,000 units" its homes; "the 17
    victims" its dead (unless the story also counts injured and the sentence speaks of no death)."""
    for x in found:
        if x.cls == "*" and x.group == "length":
            kinds = {y.cls for y in found if y.group == "length" and y.cls != "*" and y.unit == x.unit}
            if len(kinds) == 1:
                x.cls = kinds.pop()
            elif not kinds:
                # no pipeline, road or bridge measured by name: "a 312-mile gas line" ... "the 321-mile route"
                # are the story's one measured thing
                x.cls = "thing"
        elif x.cls == "units":
            if any(y.cls == "dwellings" and y.noun != "units" or y.cls == "dwellings" and y.mods for y in found):
                x.cls = "dwellings"
        elif x.cls == "victims":
            dead = any(y.cls == "dead" for y in found if y is not x)
            hurt = any(y.cls == "injured" for y in found)
            sentence = story.doc.prose[x.m.sentence[0]:x.m.sentence[1]]
            if dead and (not hurt or _DEATH_WORDS.search(sentence)
                         or _BEREAVED.search(story.doc.prose, max(x.m.sentence[0], x.m.quantity.start - 40),
                                             x.m.quantity.start)):
                x.cls = "dead"


def _same_thing(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    classes: dict[tuple, list[_Mention]] = {}
    for x in _referent_mentions(story):
        if x.cls == "missing":
            continue        # the missing are counted only as a part of a toll
        classes.setdefault((x.cls, x.group, None if x.group in ("count", "age") else x.unit), []).append(x)
    _add_stand_ins(classes)
    for mentions in classes.values():
        if len(mentions) >= 2:
            for x in mentions:      # the frame is read only where there is something to compare
                _frame(story, x)
            hit = _same_thing_pair(rule_type, rule, story, mentions)
            if hit is not None:
                yield hit


def _add_stand_ins(classes: dict[tuple, list[_Mention]]) -> None:
    """"the 14,200 families whose homes were damaged" may be the 12,400 houses, "the 1,520 families
    affected" the 1,250 jobs: each family count joins every class it may stand for, as a stand-in."""
    families = classes.get(("households", "count", None))
    if not families:
        return
    for cls in STAND_IN_FOR:
        found = classes.get((cls, "count", None))
        if not found:
            continue
        for x in families:
            proxy = copy.copy(x)
            proxy.cls, proxy.stand_in = cls, True
            found.append(proxy)
        found.sort(key=lambda y: y.m.quantity.start)


def _part_within(earlier: _Mention, later: _Mention) -> bool:
    """Is one mention a stretch, section or segment no longer than the other thing: a part of it, not it?"""
    for part, whole in ((later, earlier), (earlier, later)):
        if part.noun in _STRETCH_NOUNS and whole.noun not in _STRETCH_NOUNS and part.value <= whole.value:
            return True
    return False


# what happened to the whole thing: "destroyed 312 homes" ... "the 340 homes that burned" restricts to nothing
_EVENT_FAMILIES = (
    r"destroy\w*|burn\w*|razed|gutted|flattened|levell?ed|lost|swept\s+away|washed\s+away|reduced\s+to\s+ashes",
    r"died|dead|killed|perished|lost\s+their\s+lives",
    r"injur\w*|hurt|wounded",
)
_RESTRICTING_VERB = regex.compile(r"\s+(?:that|which|who)\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?"
                                  r"(?:(?:completely|totally|partly|fully)\s+)?(?P<verb>[\p{L}]+(?:\s+(?:away|down))?)",
                                  regex.I)


def _restates_event(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Does the later mention's restricting clause only restate what happened to the whole, as the first
    mention's own sentence tells it ("destroyed 312 homes" ... "the 340 homes that burned")? Then it picks no
    part: it is the thing itself, told again."""
    if earlier.restricted or not later.restricted:
        return False
    return restates_event(story.doc.prose, earlier.m.sentence, later.span.end, later.m.sentence[1])


def restates_event(prose: str, first: tuple[int, int], at: int, end: int) -> bool:
    """Does the restricting clause at `at` ("that burned", "that closed today") tell what the sentence `first`
    already says of the whole thing, by the same verb or one of its family?"""
    said = _RESTRICTING_VERB.match(prose, at, end)
    if said is None:
        return False
    verb = said.group("verb").lower()
    sentence = prose[first[0]:first[1]]
    stem = regex.sub(r"(?:ed|d|ing|s)\Z", "", verb) if len(verb) > 5 else verb
    if len(stem) >= 4 and stem not in _NOT_EVENT_VERBS and regex.search(rf"\b{regex.escape(stem)}\w*", sentence, regex.I):
        return True
    return any(regex.fullmatch(family, verb, regex.I) and regex.search(rf"\b(?:{family})\b", sentence, regex.I)
               for family in _EVENT_FAMILIES)


# verbs that pick a part whatever the first sentence says ("the 300 workers who were laid off")
_NOT_EVENT_VERBS = frozenset("have have been will would could should remain still live work were" .split())


# a count wished for, not counted: "the Government's target of 29,000 homes", "the roughly 50,000 homes a year the
# country needed" are two goals, neither the homes built
_GOAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:target|goal|aim|ambition)s?\s+(?:of|to\s+[\p{L}]+)\s+(?:about\s+|some\s+|"
                             r"roughly\s+|around\s+|nearly\s+)?\Z", regex.I)
# "the roughly 50,000 homes a year the country needed": the count is what someone needs (an object clause)
_NEEDED_AFTER = regex.compile(r"[^,.;]{0,30}?(?<![\p{L}])(?:the|a|an|its|their)\s+[\p{L}-]+\s+(?:needed|needs|required|"
                              r"requires|wanted|wants)(?![\p{L}])", regex.I)


def _usable(x: _Mention) -> bool:
    return not (x.part or x.old or x.shifted)


def _usable_with(x: _Mention, other: _Mention) -> bool:
    """Usable against the other mention: whole, or a part as one phase that the other is given for too."""
    return _usable(x) or not (x.old or x.shifted) and x.phase > 0 and x.phase == other.phase


_PHASE_ORDINALS = {"first": 1, "initial": 1, "1st": 1, "one": 1, "1": 1, "i": 1, "second": 2, "2nd": 2, "two": 2,
                   "2": 2, "ii": 2, "third": 3, "3rd": 3, "three": 3, "3": 3, "iii": 3}
_PHASE_NAMED = regex.compile(r"\b(?:(?P<ord>first|initial|1st|second|2nd|third|3rd)\s+(?:[\p{L}-]+\s+)?"
                             r"(?:phase|stage)|(?:phase|stage)\s+(?P<num>one|two|three|[123]|iii|ii|i)(?![\p{L}\d]))",
                             regex.I)


def _may_name_a_phase(text: str) -> bool:
    """Can _PHASE_NAMED match in `text`? Each match holds "phase" or "stage" (casefolded, as the I flag reads)."""
    low = text.casefold()
    return "phase" in low or "stage" in low


def _phase_named(clause: str, rest: str) -> int:
    """The one phase the figure's clause names ("for the first stage", "of phase one"): 1, 2, 3, or 0."""
    found = {_PHASE_ORDINALS[(m.group("ord") or m.group("num")).lower()]
             for text in (clause, rest) if _may_name_a_phase(text) for m in _PHASE_NAMED.finditer(text)}
    return found.pop() if len(found) == 1 else 0


def _plain(x: _Mention) -> bool:
    return _usable(x) and not x.restricted and not x.stand_in


def _same_thing_pair(rule_type: Consistency, rule: Rule, story: Story, mentions: list[_Mention]) -> Hit | None:
    if mentions[0].group == "age":
        return _age_pair(rule_type, story, mentions)
    _mark_breakdown(mentions)
    _mark_rest_of_breakdown(story, mentions)
    plain = [x for x in mentions if _plain(x)]
    for i, later in enumerate(mentions):
        if not (_usable(later) or later.phase) or later.target:
            continue
        for earlier in mentions[:i]:
            if not (_usable_with(earlier, later) and _usable_with(later, earlier)) \
                    or earlier.m.sentence == later.m.sentence \
                    or _compatible(earlier.m, later.m, rule) and not _rounds_apart(earlier.m, later.m) \
                    and not _floor_passed(story, earlier, later) and not _typed_slip(story, earlier, later) \
                    or _heads_differ(earlier, later) or earlier.rate != later.rate:
                continue        # (a pace is compared only with a pace)
            slip = _mention_slip(story, earlier, later)
            if (earlier.restricted or later.restricted) and slip is None \
                    and not _restates_event(story, earlier, later):
                continue        # a part of the whole is compared only where a typing slip explains it
            if (earlier.funds or later.funds) and slip is None:
                slip = _scale_slip(story, earlier, later)
                if slip is None:
                    continue    # money put up may be a share of the cost: compared only on a typing slip
                                # (a share keeps neither the cost's digits nor its numeral)
            if (earlier.stand_in or later.stand_in) and not (slip == "swap" and later.backref) \
                    or later.cls in SLIP_ONLY and slip is None:
                continue        # families for homes ("the 14,200 families"), and jobs, only on a typing slip
            # without a slip, two values of one thing are a misreport only when close: 150,000 "victims"
            # are not the 34 dead
            close = max(earlier.value, later.value) <= 2 * min(earlier.value, later.value)
            if later.backref:
                if not (slip in ("swap", "digit", "scale")
                        or _two_values(story, rule, plain, earlier, later) and close
                        and later.group != "money"
                        or _one_cost(story, rule, plain, earlier, later)):
                    continue
            elif not (slip == "swap" and later.value >= 100 and later.group == "count"
                      and _pair_alone([x.m for x in plain], earlier.m, later.m, rule)
                      or _toll_told_again(story, rule, plain, earlier, later)):
                continue
            if _part_within(earlier, later):
                continue        # "the 30km stretch" of the 42km road is a part of it; a 48km one is not
            if slip is None and _difference_given(story, earlier, later):
                continue        # "create 400 jobs ... bringing its workforce to 1,150" ... "employs 750"
            if not _nouns_agree(story, earlier, later) or _apart(story, earlier, later) \
                    or _between(story, mentions, earlier, later, rule) \
                    or _said_already(story, mentions, earlier, later, rule) \
                    or _total_and_part(story, mentions, earlier, later) or _old_and_new(story, earlier, later) \
                    or later.group == "money" and _COST_ITSELF_MOVED.search(story.doc.prose, earlier.span.end,
                                                                           later.m.quantity.start):
                continue
            from ..subjects import _replace
            first = _replace(earlier.m, span=earlier.span, phrase=earlier.noun, subject=earlier.cls)
            second = _replace(later.m, span=later.span, phrase=later.noun, subject=later.cls)
            return rule_type._hit(story, first, second)
    return None


# a cost that moved: "overran", "the bill has risen", "revised estimate", "originally budgeted"
_COST_CHANGE = regex.compile(r"\b(?:overr?un\w*|over-?budget|rose|risen|rising|rises|increased?|increasing|climbed|"
                             r"jumped|ballooned|soared|swelled|escalat\w*|inflat\w*|revised|re-?estimated|updated|"
                             r"raised|cut|reduced|trimmed|lowered|fell|fallen|dropped|initially|originally|"
                             r"previously|first\s+(?:estimated|budgeted|priced)|now|up\s+from|down\s+from)\b", regex.I)
_COST_WORDS = regex.compile(r"\b(?:cost|costs|costing|price|priced|budget|budgeted|bill|estimate|estimated|"
                            r"overrun|spend|spending|investment|value|valued|worth)\b", regex.I)


def _difference_given(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Is the difference between the two values a number in the copy, from the first mention's sentence to the
    later figure? "to create 400 jobs, bringing its workforce to 1,150" ... "employs 750 people": the 400 is the
    change that separates them."""
    a, b = earlier.m.quantity, later.m.quantity
    diff = abs((a.value or 0) - (b.value or 0))
    prose = story.doc.prose
    # (not a part: "three of the dead were children"; not the rest of a breakdown: "22 at the scene and five more
    # in hospital" of 27)
    # a length, cost or capacity changes by a figure of its own kind ("extended by 4km"), not by a bare
    # number ("a four-lane expressway"); a count by a bare number ("two more bodies")
    kinds = ("number", a.kind) if earlier.group == "count" else (a.kind,)
    # (not another incident's, time's or place's own count: "a separate storm killed two people near Elk Ridge"
    # is no update of the town's seven dead)
    elsewhere = {y.m.quantity.start for y in _referent_mentions(story) if y.cls == later.cls and _elsewhere(y, later)}
    return diff > 0 and any(earlier.m.sentence[0] <= q.start < b.start and q is not a and q.value is not None
                            and q.start not in elsewhere
                            and q.kind in kinds and abs(q.value - diff) < 1e-9 * max(1.0, diff)
                            and not _PARTITIVE_RIGHT.match(prose[q.end:q.end + 12])
                            and not _breakdown_of(story, q, a.value or 0) and not _in_name(prose, q)
                            and _counts_the_class(prose, later.cls, q)
                            for q in story.quantities)


_NAME_WORD_BEFORE = regex.compile(r"(?-i:\p{Lu})[\p{L}'’.-]*\s+\Z", regex.REVERSE)
_NAME_WORD_AFTER = regex.compile(r"\A\s+(?-i:\p{Lu})")


def _in_name(prose: str, q) -> bool:
    """"the Nakuru Level Five Hospital", "Terminal 3": a numeral inside a name counts nothing."""
    before = _NAME_WORD_BEFORE.search(prose[max(0, q.start - 30):q.start])
    if before is None or prose[max(0, q.start - 3):q.start].strip().endswith((".", "!", "?")):
        return False
    return q.text[:1].isupper() or bool(_NAME_WORD_AFTER.match(prose[q.end:q.end + 3]))


def _counts_the_class(prose: str, cls: str, q) -> bool:
    """Does the number count the class's thing, by the noun right after it ("400 jobs", "two more bodies",
    "120 new staff")? Not "a three-storey building", a size."""
    nouns = _UPDATE_NOUNS.get(cls)
    if nouns is None:
        return True
    found = regex.match(rf"\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?:{nouns})\b", prose[q.end:q.end + 40], regex.I)
    if found and cls == "dead" and found.group().lower().rstrip().endswith("people"):
        # "Two people were taken to hospital with injuries" is no part of the dead: people are the dead's
        # difference only where their breath speaks of death ("two more people died in hospital")
        start, end = max(0, q.start - 60), min(len(prose), q.end + 80)
        start = max(start, prose.rfind(".", start, q.start) + 1)
        stop = prose.find(".", q.end, end)
        return bool(_DEATH_WORD.search(prose, start, stop if stop >= 0 else end))
    return bool(found)



# the thing a figure belongs to named as the old one or its replacement: "The old hospital, with 240 beds" ...
# "A 420-bed facility will replace it"
_AGE_OF_THING = regex.compile(r"(?<![\p{L}])(?:the|its|an?|their)\s+(?P<age>old|existing|former|previous|current|"
                              r"new|replacement)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:,\s+with|\s+has|\s+had|"
                              r"\s+of|,)?\s*\Z", regex.I)
_REPLACES_AFTER = regex.compile(r"\A[^.;,]{0,30}?\b(?P<age>replace[sd]?|replacing)\b", regex.I)
_OLD_AGES = frozenset("old existing former previous current".split())


def _old_and_new(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """One mention's thing is the old one (or the new one) and the other's is not said to be: two things."""
    prose = story.doc.prose
    ages = []
    for x in (earlier, later):
        s0, s1 = x.m.sentence
        left = _AGE_OF_THING.search(prose, max(s0, x.m.quantity.start - 60), x.m.quantity.start)
        right = _REPLACES_AFTER.match(prose[x.span.end:min(s1, x.span.end + 60)])
        found = {m.group("age").lower() for m in (left, right) if m}
        ages.append("old" if found & _OLD_AGES else "new" if found else "")
    return ages[0] != ages[1] and "old" in ages


def _one_cost(story: Story, rule: Rule, plain: list[_Mention], earlier: _Mention, later: _Mention) -> bool:
    """"a RO96mn (US$250mn) desalination plant" ... "the RO118mn plant": the cost of one thing named by the same
    noun, in the same currency, given two values and no more, close, with "the" or "its" pointing back and no
    word of the cost moving in a sentence between that speaks of money ("the project has overrun")."""
    said_of = later.group == "money" and (_cost_said_of(story, earlier, later.noun)
                                          or _one_generic_thing(story, earlier, later))
    if later.group != "money" or later.specific.startswith("*") and not said_of \
            or not (earlier.noun == later.noun or _cost_of(story, earlier, later) or said_of) \
            or (earlier.m.quantity.hedge or later.m.quantity.hedge) and _mention_slip(story, earlier, later) != "swap" \
            or max(earlier.value, later.value) > 1.5 * min(earlier.value, later.value) \
            and _mention_slip(story, earlier, later) != "swap":
        return False        # ("about A$480 million" is no A$840 million: the digits are swapped)
    if not _THE_ITS.search(story.doc.prose, max(later.m.sentence[0], later.m.quantity.start - 12),
                           later.m.quantity.start):
        return False
    same = [x for x in plain if x.noun == later.noun or x is earlier]
    return len(_clusters([x.m for x in same], rule)) == 2 and not _cost_moved(story, earlier, later)


_BARE_COSTS = frozenset(("cost", "estimate", "price", "bill"))


def _one_generic_thing(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """"the A$1.8 billion project" ... "the $2.1 billion project": a generic noun named with "the" both times is
    the story's one project, unless a second one ("another project", "a new scheme") is introduced in between;
    so is "the EGP 21 billion project" after the cost of the story's one thing ("at a cost of EGP 18 billion")."""
    if not later.backref or not later.specific.startswith("*") \
            or not (earlier.noun == later.noun and earlier.backref or earlier.noun in _BARE_COSTS):
        return False
    second = regex.compile(rf"\b(?:another|a\s+(?:second|third|new|separate|rival|parallel|further|later)|one\s+more)"
                           rf"\s+(?:[\w'’-]+\s+){{0,2}}?{regex.escape(later.noun)}\b", regex.I)
    return not second.search(story.doc.prose, earlier.span.end, later.m.quantity.start)


def _cost_said_of(story: Story, earlier: _Mention, noun: str) -> bool:
    """Is the first cost said of the thing the later cost names, as the subject of "cost" right before it ("said
    the project would cost RM2.9 billion" ... "The RM3.2 billion project")? Then a generic noun ("project",
    "scheme") names the one thing whose cost the story gave, as "the RM2.9 billion project" would."""
    if not noun or earlier.noun == noun:
        return False
    q = earlier.m.quantity
    before = story.doc.prose[max(earlier.m.sentence[0], q.start - 80):q.start]
    said = _COST_SAID.search(before)
    return bool(said) and said.group("noun").lower() in (noun, noun + "s")


_COST_SAID = regex.compile(r"(?<![\p{L}'’])(?:the|its|this)\s+(?P<noun>[\p{L}-]+)\s+(?:(?:would|will|could|should|is|was|"
                           r"were|are)\s+)?(?:(?:expected|set|estimated|likely|projected)\s+to\s+)?(?:cost|costs|"
                           r"be\s+worth|be\s+valued\s+at|is\s+valued\s+at|was\s+valued\s+at)\s+"
                           r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?\Z", regex.I | regex.REVERSE)


# the cost itself said to move between two costs, whatever the slip: "the cost of the project has since risen",
# "the bill has doubled", "the estimate was revised" (never "prices of materials, which have risen")
_COST_ITSELF_MOVED = regex.compile(
    r"\b(?:cost|costs|bill|price\s+tag|budget|estimate)\s+(?:of\s+(?:the\s+|its\s+)?[\p{L}-]+\s+)?"
    r"(?:(?:has|had|have|was|were|is|will)\s+)?(?:(?:since|now|already|again|also|then|later|been)\s+)*"
    r"(?:risen|rose|rise|increased|climbed|jumped|grown|grew|ballooned|soared|swelled|doubled|fallen|fell|"
    r"dropped|revised|raised|cut|lowered|overrun|escalated)\b", regex.I)


def _cost_moved(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """A word of the cost moving, from the first cost to the later one's sentence, in a sentence that speaks of
    money ("the project has overrun", "the bill has since risen"): two readings of the cost in time, not a slip."""
    prose = story.doc.prose
    for change in _COST_CHANGE.finditer(prose, earlier.span.end, later.m.sentence[1]):
        s0, s1 = story.doc.sentence_at(change.start())
        if _COST_WORDS.search(prose, s0, s1) or any(s0 <= q.start < s1 and q.kind == "money"
                                                    for q in story.quantities):
            return True
    return False


def _cost_of(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Is a generic cost ("a project valued at Dh1.8bn", "the $2bn scheme") the cost of the one thing its
    sentence builds, named by the later mention's noun? "to build a 500MW solar plant ... in a project valued
    at Dh1.8bn" ... "the Dh2.1bn plant": the sentence names a plant and no other thing a cost may belong to."""
    if earlier.specific != "*" or later.specific == "*" or later.specific.startswith("="):
        return False
    sentence = story.doc.prose[earlier.m.sentence[0]:earlier.m.sentence[1]]
    things = {_NOUN_CLASS[("money", w.lower())] for w in _COST_THING.findall(sentence)}
    return things == {later.specific} and bool(_thing_words(regex.escape(later.noun)).search(sentence))


_COST_THING = regex.compile(r"(?<![\p{L}-])(?:" + "|".join(sorted(
    (regex.escape(n) for (g, n), c in _NOUN_CLASS.items() if g == "money" and c != "*"), key=len, reverse=True))
    + r")(?![\p{L}-])", regex.I)
_THE_ITS = regex.compile(r"(?<![\p{L}'’])(?:the|its|this)\s+\Z", regex.I | regex.REVERSE)


# how a toll given as "at least 23" comes to be 32: it rose, more bodies were found, the injured died
_TOLL_UPDATE = regex.compile(
    r"\b(?:rose|risen|rising|rises|climbed|jumped|increased|mounted|revised|updated|raised|toll|tally|"
    r"(?:more|further|other|additional)\s+(?:bodies|victims|deaths|dead|people\s+(?:died|were\s+killed))|"
    r"another\s+body|(?:later|subsequently|since|also|then)\s+(?:died|succumbed|passed\s+away)|succumb\w*|"
    r"died\s+(?:later|overnight|subsequently|in\s+hospital|at\s+(?:the\s+|a\s+)?hospital|on\s+the\s+way|"
    r"(?:of|from)\s+(?:their|his|her)\s+(?:injuries|wounds|burns))|"
    r"\d[\d,]*\s+(?:more|others)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|others))\b", regex.I)


def _floor_passed(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """"At least 23 people were killed" ... "Relatives of the 32 dead": a toll given as "at least" N (N the
    count confirmed, not a round floor such as "at least 20") admits a higher figure only when the story tells
    of an update between the two; a definite back-reference to a higher, exact toll with none is a misreport."""
    a, b = earlier.m.quantity, later.m.quantity
    if earlier.cls not in ("dead", "injured") or not later.backref or later.target or later.part \
            or (a.hedge or "").lower() != "at least" or a.low is None or a.high is not None \
            or b.hedge or b.low is not None or b.high is not None or not a.value or not b.value \
            or b.value <= a.value or _rounding(a.value):
        return False
    prose = story.doc.prose
    return not any(not _OTHERS_NOT_DEAD.match(prose, found.end(), min(found.end() + 40, b.start))
                   for found in _TOLL_UPDATE.finditer(prose, earlier.span.end, b.start))


# "14 others injured", "six others are missing": the others of another class, no update of the toll
_OTHERS_NOT_DEAD = regex.compile(r"(?<=\b(?:more|others))\s+(?:(?:were|are|have\s+been|had\s+been|remain|"
                                 r"remained|still)\s+)*(?:injured|hurt|wounded|missing|unaccounted|rescued|"
                                 r"evacuated|hospitali[sz]ed|treated|displaced)\b", regex.I)


# a sentence that tells of another time or incident: a year, "since", "worst", "previous", "ago"
_PAST_TOLL = regex.compile(r"\b(?:(?:19|20)\d\d|since|worst|deadliest|previous|earlier|last|ago|another|other|"
                           r"similar|before)\b", regex.I)


def _toll_told_again(story: Story, rule: Rule, plain: list[_Mention], earlier: _Mention, later: _Mention) -> bool:
    """"injuring 57 passengers" ... "Sixty-three people were hurt": one incident's toll told again, exact both
    times, with nothing between that updates it (a toll that rose, more bodies, the injured who died) and no
    third value, is one toll misreported, whether or not the later one says "the"."""
    a, b = earlier.m.quantity, later.m.quantity
    if later.cls not in ("dead", "injured") or a.hedge or b.hedge or a.low is not None or b.low is not None \
            or earlier.restricted or later.restricted or later.target or _rounding(a.value) or _rounding(b.value) \
            or min(a.value, b.value) < 10 or max(a.value, b.value) > 1.25 * min(a.value, b.value):
        return False        # a few dead of many ("Eleven bodies", "Five people died") are a part told apart
    if not _two_values(story, rule, plain, earlier, later):
        return False
    prose = story.doc.prose
    if _PAST_TOLL.search(prose, later.m.sentence[0], later.m.sentence[1]):
        return False        # "the worst since 2018, when 27 died": another incident's toll
    return not any(not _OTHERS_NOT_DEAD.match(prose, found.end(), min(found.end() + 40, b.start))
                   for found in _TOLL_UPDATE.finditer(prose, earlier.span.end, b.start))


def _rounds_apart(a: Measure, b: Measure) -> bool:
    """Is the precise figure no rounding of the round one? "300" stands for the values between 250 and 350,
    so "a 300-bed facility" ... "all 350 beds" differ, and so do "a 500-bed hospital" ... "the 450-bed
    facility": a figure on the half-way mark is as round as the copy needs and is written as it is. "About
    300" or a range keeps its slack."""
    qa, qb = a.quantity, b.quantity
    if qa.precision or qb.precision or None in (qa.value, qb.value) \
            or any(v is not None for v in (qa.low, qa.high, qb.low, qb.high)):
        return False
    (rough, rough_q), (fine, fine_q) = sorted(((qa.value, qa), (qb.value, qb)), key=lambda v: -_rounding(v[0]))
    # "about 3,000 workers" ... "the 3,500-strong workforce": "about" widens a round figure to its half-way
    # marks, not past them (a writer with 3,500 in hand writes "about 3,500"); a hedged fine figure keeps its slack
    if fine_q.hedge or rough_q.hedge and (rough_q.hedge or "").lower() not in _ROUND_HEDGES:
        return False
    half = _rounding(rough)
    if rough_q.hedge:
        # rounded half up (2,250 is "about 2,300", 3,500 never "about 3,000"), and "about" still keeps its
        # tenth ("some 5,000 workers" ... "its 5,600 workers")
        return half > 0 and not (rough - half <= fine < rough + half) and abs(fine - rough) >= _HEDGE_MARGIN * rough
    return half > 0 and not (rough - half < fine < rough + half)


_HEDGE_MARGIN = 0.15
_ROUND_HEDGES = frozenset(("about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to"))


def _typed_slip(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """A round figure may stand for a value near it ("a 500-home estate" ... "the 480 homes"), but not for one
    that differs from it in one typed digit ("the 300km section" ... "the 330km first section"): that reads as
    a typing slip, unless a hedge ("about 300km") says the first is rounded."""
    a, b = earlier.m.quantity, later.m.quantity
    if a.value == b.value or a.hedge or b.hedge or not (a.number_span and b.number_span):
        return False
    prose = story.doc.prose
    x, y = prose[a.number_span[0]:a.number_span[1]], prose[b.number_span[0]:b.number_span[1]]
    if _one_sum_retyped(earlier, later, x, y):
        return True
    # on the digits as typed: "$13bn" / "$12bn" is two digits, a rounding may explain it; "300" / "330" is not
    return slips.written_slip(a.value or 0, b.value or 0, x, y) is not None


def _one_sum_retyped(earlier: _Mention, later: _Mention, x: str, y: str) -> bool:
    """ "a £1.8m loan" ... "the £1.6m council loan": one sum named back by its own noun, both written to the same
    decimal place, its last digit changed. A writer who gives the tenth has not rounded it away."""
    return (earlier.group == later.group == "money" and later.backref and earlier.noun == later.noun
            and not earlier.cls.endswith("*") and "." in x and "." in y
            and slips.written_slip(earlier.value, later.value, x, y, shortest=2) == "digit")


# the parts a building is added to by are one kind of thing, told in any of its nouns ("a 220-bed wing" ... "the
# new 250-bed block"); a hospital and its wing, or a wing and its unit, stay two
_HEAD_KIN = dict.fromkeys(("wing", "block", "extension", "annex", "annexe"), "addition")
# a ground for sport named as the stadium in one paragraph and the arena in another
_HEAD_KIN.update(dict.fromkeys(("stadium", "arena", "ballpark"), "sports ground"))
# one elected chamber named as the assembly, the House or the legislature ("the 52-member County Assembly" ...
# "the 48-member House"); a senate or a council is another body
_HEAD_KIN.update(dict.fromkeys(("assembly", "house", "legislature", "chamber"), "chamber"))


def _kin(head: str) -> str:
    return _HEAD_KIN.get(head, head)


def _heads_differ(a: _Mention, b: _Mention) -> bool:
    """"the 20-bed dialysis unit" and "the 500-bed hospital" are two things."""
    return bool(a.head and b.head) and "*" not in (a.head, b.head) and _kin(a.head) != _kin(b.head)


def _two_values(story: Story, rule: Rule, plain: list[_Mention], earlier: _Mention, later: _Mention) -> bool:
    """Does the thing take only the pair's two values? Pairwise: any other value of the class must stand far
    from both (see _pair_alone). Where both mentions name the same thing ("the 500-bed hospital" ...
    "the 650-bed hospital"), only the sizes given to that thing count: a 20-bed dialysis unit is another.
    A value for another place or window is another thing's: "38 people had died in the county" ...
    "nationally, more than 230 people have died since March" ... "the 34 deaths" are two values of one toll."""
    kin = _kin(later.head)
    # "The county's existing hospital has 280 beds": an older thing of the kind, told apart by its own words
    plain = [x for x in plain if x is earlier or x is later or not _aged_thing(story, x)
             and not _toll_part_after(x, earlier, later)]
    if later.head and later.head != "*" and _kin(earlier.head) == kin:
        return _pair_alone([x.m for x in plain if _kin(x.head) == kin], earlier.m, later.m, rule)
    if _pair_alone([x.m for x in plain], earlier.m, later.m, rule):
        return True
    # a running count over a window ("60 people had died there since January") is not the toll of an incident
    # that neither mention counts over a window
    windowless = not (earlier.window or later.window)
    scoped = [x for x in plain if x is earlier or x is later
              or not _apart(story, x, later) and not (windowless and x.window)
              and not _in_past_year(story, x, earlier, later)]
    return _pair_alone([x.m for x in scoped], earlier.m, later.m, rule)


_AGED_HEAD = regex.compile(r"\b(?:existing|old|older|former|current|present|original)\s+(?:[\p{L}-]+\s+)??"
                          r"(?P<head>[\p{L}-]+)(?:['’]s)?[^.;\d]{0,40}\Z", regex.I)


def _toll_part_after(x: _Mention, earlier: _Mention, later: _Mention) -> bool:
    """"killed 19 workers" ... "Eleven bodies were burnt beyond recognition": a smaller count of the dead, told
    after the toll and not as the toll ("the"), is some of them, not a third reading of the toll."""
    return x.cls in ("dead", "injured") and not x.backref and earlier.m.quantity.start < x.m.quantity.start \
        and x.value < min(earlier.value, later.value)


def _aged_thing(story: Story, x: _Mention) -> bool:
    """Is the thing a size belongs to called existing, old or former right before the figure?"""
    if not x.head or x.head in ("*", "?"):
        return False
    q = x.m.quantity
    seen = story.memo("consistency.aged", lambda s: {})     # read once per mention, not once per pair
    aged = seen.get(q.start)
    if aged is None:
        found = _AGED_HEAD.search(story.doc.prose, max(x.m.sentence[0], q.start - 80), q.start)
        aged = seen[q.start] = bool(found) and _fold_head(found.group("head")) == x.head
    return aged


def _in_past_year(story: Story, x: _Mention, earlier: _Mention, later: _Mention) -> bool:
    """Is a third figure dated to a past year that neither of the pair carries? "a string of accidents in 2023,
    including a collapse that killed 53 people" is another incident's toll, not a value of this one."""
    published = story.doc.publication_date
    year = _own_year(story, x) if published is not None else None
    return year is not None and year < published.year \
        and _own_year(story, earlier) is None and _own_year(story, later) is None


def _mark_breakdown(mentions: list[_Mention]) -> None:
    """Figures in one sentence that add up to a figure of the class given elsewhere are its parts:
    "186 houses, 162 apartments and 72 duplex units" of a 420-home scheme; "480 beds" and "720 beds"
    of a 1,200-bed hospital."""
    by_sentence: dict[tuple[int, int], list[_Mention]] = {}
    for x in mentions:
        by_sentence.setdefault(x.m.sentence, []).append(x)
    wholes = [(x.value, x.m.sentence) for x in mentions if x.value]
    for sentence, xs in by_sentence.items():
        if not 2 <= len(xs) <= 6:
            continue
        for size in range(len(xs), 1, -1):
            for combo in itertools.combinations(xs, size):
                total = sum(x.value or 0 for x in combo)
                if any(other != sentence and abs(value - total) <= 1e-9 * value for value, other in wholes):
                    for x in combo:
                        x.part, x.phase = True, 0


_MORE_AFTER = regex.compile(r"\A\s+(?:more|others?)\b", regex.I)


def _mark_rest_of_breakdown(story: Story, mentions: list[_Mention]) -> None:
    """A figure of the class and a bare "five more" in its sentence that add up to a figure given elsewhere
    are its parts: "22 passengers died at the scene and five more in hospital" of 27 killed."""
    prose = story.doc.prose
    wholes = [(x.value, x.m.sentence) for x in mentions if x.value]
    read = {x.m.quantity.start for x in mentions}
    for x in mentions:
        s0, s1 = x.m.sentence
        for q in story.quantities:
            if not (s0 <= q.start < s1) or q.start in read or q.kind != "number" or not q.value \
                    or not _MORE_AFTER.match(prose[q.end:q.end + 12]):
                continue
            total = (x.value or 0) + q.value
            if any(other != x.m.sentence and abs(value - total) <= 1e-9 * value for value, other in wholes):
                x.part, x.phase = True, 0


def _age_pair(rule_type: Consistency, story: Story, mentions: list[_Mention]) -> Hit | None:
    """"Ahmed Khan, 45," ... "the 54-year-old said": a bare age points back to the one person the story
    has aged so far; only two digits swapped count (another person may be meant by any other age)."""
    for i, later in enumerate(mentions):
        if later.noun != "bare":
            continue
        named = [x for x in mentions[:i] if x.noun == "named"]
        if len({x.value for x in named}) != 1 or any(x.value == later.value for x in mentions[:i]):
            continue
        earlier = named[0]
        if earlier.m.sentence == later.m.sentence or _slip(earlier.value, later.value) != "swap":
            continue
        from ..subjects import _replace
        return rule_type._hit(story, _replace(earlier.m, span=earlier.span, phrase="age", subject="age"),
                              _replace(later.m, span=later.span, phrase="age", subject="age"))
    return None


def _slip(a: float | None, b: float | None) -> str | None:
    """"swap" (two neighbouring digits swapped: 340/430, 4.8/8.4), "digit" (one digit wrong in a figure of
    three or more digits: 1,400/1,700 million) or None; decimals are compared as written (2.6 -> 26)."""
    if not a or not b:
        return None
    for scale in (1, 10, 100, 1000):
        x, y = a * scale, b * scale
        if abs(x - round(x)) < 1e-6 and abs(y - round(y)) < 1e-6:
            break
    else:
        return None
    x, y = int(round(x)), int(round(y))
    if float(y) in slips.transpositions(x):
        return "swap"
    return "digit" if slips.digit_slip(x, y) else None


# the scale a sum is written in: a slip of the scale word changes the value a thousandfold ("bn" for "m"), or a
# hundredfold between lakh and crore
_SCALE_SLIPS = (1e3, 1e2)
_NUMERAL = regex.compile(r"\d[\d.,]*")


def _scale_slip(story: Story, earlier: _Mention, later: _Mention) -> str | None:
    """"scale" where two sums are written with the same digits and stand a scale word apart ("earmarked A$1.9
    billion for the new terminal" ... "the $1.9 million project"): a share of the cost would not keep its digits."""
    a, b = earlier.m.quantity, later.m.quantity
    if not (earlier.group == later.group == "money" and a.number_span and b.number_span
            and earlier.value and later.value) or a.hedge or b.hedge:
        return None
    prose = story.doc.prose
    x = _NUMERAL.search(prose, a.number_span[0], a.number_span[1])
    y = _NUMERAL.search(prose, b.number_span[0], b.number_span[1])
    if x is None or y is None or x.group() != y.group():
        return None     # "1.9 billion" / "1.9 million": the numeral typed alike, its scale word apart
    ratio = max(earlier.value, later.value) / min(earlier.value, later.value)
    return "scale" if any(abs(ratio - k) < 1e-6 * k for k in _SCALE_SLIPS) else None


def _mention_slip(story: Story, earlier: _Mention, later: _Mention) -> str | None:
    """The slip between two mentions, read on the digits as typed where both are numerals ("1,200" /
    "1,020" is a swap the values alone hide), else on the values."""
    slip = _slip(earlier.value, later.value)
    a, b = earlier.m.quantity, later.m.quantity
    if slip is None and a.number_span and b.number_span and earlier.value and later.value:
        prose = story.doc.prose
        slip = slips.written_slip(earlier.value, later.value, prose[a.number_span[0]:a.number_span[1]],
                                  prose[b.number_span[0]:b.number_span[1]])
    return slip


_COST_NOUN_WORDS = "|".join(sorted({n for (g, n) in _NOUN_CLASS if g == "money"}, key=len, reverse=True))
_COMPOUND_NEXT = regex.compile(rf"\s+(?P<noun>{_COST_NOUN_WORDS})(?![\p{{L}}-])", regex.I)


def _cost_kinds(story: Story, x: _Mention) -> set[str]:
    """The classes a cost's noun may name: its own, and the next noun's where the two make one compound."""
    kinds = {x.specific}
    nxt = _COMPOUND_NEXT.match(story.doc.prose, x.span.end) if not x.specific.startswith("=") else None
    if nxt and _NOUN_CLASS[("money", nxt.group("noun").lower())] != "*":
        kinds.add(_NOUN_CLASS[("money", nxt.group("noun").lower())])   # ("a metro project" stays a metro's)
    return kinds


def _nouns_agree(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Do the two nouns name one thing? A cost's nouns must be of one kind ("project"/"line" yes,
    "bridge"/"hospital" no); the later mention's own words must come from the first sentence
    ("the 21,000 units" after "12,000 housing units" yes; "the 300 affordable homes" no)."""
    if later.group == "money":
        # a compound is read every way it may be: "a ₹4,200 crore metro extension" is a metro's cost and an
        # extension's, and "the ₹4,800 crore extension" agrees with it
        kinds_a, kinds_b = _cost_kinds(story, earlier), _cost_kinds(story, later)
        if not (kinds_a & kinds_b or "*" in kinds_a | kinds_b
                and not any(k.startswith("=") for k in kinds_a | kinds_b)):
            return False
    first = story.doc.prose[earlier.m.sentence[0]:earlier.m.sentence[1]].lower()
    return all(w in _NEUTRAL_MODS or w in first for w in later.mods)


# a place referred back to by its kind: "from the village", "this small town"
_THE_PLACE = regex.compile(r"\b(?:the|this)\s+(?:small\s+|little\s+|remote\s+|tiny\s+)?(?:village|town|hamlet|city|"
                           r"settlement|barangay|township|municipality|county|district)\b(?!\s+(?:of|in)\b)", regex.I)


def _apart(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Another country, another place or owner bound to the later figure, another year."""
    a, b = earlier.m, later.m
    # (a scope speaks of counts that a nation, a state and a city each have; a thing's cost, length or size is
    # the thing's, whatever else its sentence names: "guarantees from the state" ... "the city council")
    scoped = later.group == "count" and not later.head
    # (a cost's currency is its country: "export credit from Spain" names a lender, not another line)
    if a.countries and b.countries and not set(a.countries) & set(b.countries) and later.group != "money" \
            or scoped and _scope_differs(story, a, b):
        return True     # another country; the nation against a city or a state
    if later.cls in ("dead", "injured") and _tally_differs(story, a, b):
        return True     # a province's tally against one incident's toll
    if _told_apart(story, a.sentence, later.span.end, b.sentence[1]):
        return True     # "the 45 deaths reported by the rebels", "the 17 deaths in the neighbouring district"
    first = story.doc.prose[a.sentence[0]:a.sentence[1]]
    # the first sentence's dateline ("CADDO SPRINGS, Okla. — Residents of this small town ...") places it
    placed = story.doc.prose[:a.sentence[1]] if a.sentence == story.doc.sentences()[0] else first
    if _THE_PLACE.search(first):
        placed = story.doc.prose[:a.sentence[1]]    # "people from the village died": the village named before
    if later.bound and later.bound.lower() not in placed.lower() and not _placed_there(story, earlier, later):
        return True
    if earlier.bound and later.bound and earlier.bound != later.bound \
            or earlier.owner and later.owner and earlier.owner != later.owner:
        return True     # "the Red Line has 29 stations" ... "the Green Line has 20 stations"
    if later.frame and not any(w in first.lower() for w in _one_kind_of(later.frame.rstrip("s"))):
        return True
    if later.cls == "workforce" and later.frame:
        # the first figure is the workforce of the employer named last before it: "the company's plant employs
        # 1,200" is the plant's, not "the company, which has 1,500 employees"
        named = [e.group().lower() for e in _EMPLOYER_WORD.finditer(story.doc.prose, a.sentence[0], a.quantity.start)]
        if named and named[-1].rstrip("s") not in _one_kind_of(later.frame.rstrip("s")):
            return True
    named = _name_by_figure(story, later)
    if named and named not in first and named.lower() != later.head:
        return True     # (not its kind's word capitalised: "the 48-member House")
    if named_in_apposition(story.doc.prose, b.sentence, b.quantity.start, first):
        return True     # "after the East African Crude Oil Pipeline, the 1,443km line": that pipeline's length     # "1,260 flats" at Riverside Gardens ... "the 1,620-unit Lakeside Court project"
    if earlier.window and later.window and earlier.window != later.window:
        return True     # "since March" and "since the storm hit": two running counts
    years = _own_year(story, earlier), _own_year(story, later)
    return None not in years and years[0] != years[1]


# one kind of workplace named in other words: "the plant will employ 1,800" ... "the factory will have 2,100"
_WORKPLACE_KINDS = ("plant", "factory", "mill", "works")


def _one_kind_of(frame: str) -> tuple[str, ...]:
    return _WORKPLACE_KINDS if frame in _WORKPLACE_KINDS else (frame,)


def _placed_there(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Has the story put the thing in the later figure's place already, between the two mentions? "a 500MW
    plant ... The plant, to be built near Al Ghail, ..." ... "the Dh2.1bn plant near Al Ghail" is that plant,
    not one elsewhere: a sentence that names the place and the thing with "the"."""
    noun = later.head if later.head and later.head != "*" else later.noun
    if not noun or not noun.isalpha():
        return False
    prose = story.doc.prose
    start, end = earlier.m.sentence[1], later.m.sentence[0]
    at = prose.find(later.bound, start, end)
    while at >= 0:
        s0, s1 = story.doc.sentence_at(at)
        if _the_thing(noun).search(prose, s0, at):
            return True
        at = prose.find(later.bound, at + 1, end)
    return False


@functools.lru_cache(maxsize=32)
def _the_thing(noun: str) -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}'’])the\s+(?:[\p{{L}}-]+\s+){{0,2}}?{regex.escape(noun)}(?![\p{{L}}-])", regex.I)


def _own_year(story: Story, x: _Mention) -> int | None:
    """The sentence's year for the figure, unless it is written after the figure's clause has closed:
    "the Shs 621bn bridge, comparing it with the Jinja bridge, which opened in 2018" (that year is the other's)."""
    if x.m.year is None:
        return None
    s0, s1 = x.m.sentence
    prose = story.doc.prose
    mark = _CLAUSE_MARK.search(prose, x.span.end, s1)
    if mark is None:
        return x.m.year
    q = x.m.quantity
    near = [(abs(o.start - q.start), year) for o, year in _written_years(story)
            if o is not q and s0 <= o.start < mark.start()]
    return min(near)[1] if near else None


def _between(story: Story, mentions: list[_Mention], earlier: _Mention, later: _Mention, rule: Rule) -> bool:
    """Does the copy between the two mentions introduce another thing of the kind, or an update that
    accounts for the difference?"""
    prose = story.doc.prose
    start, end = earlier.span.end, later.m.quantity.start
    for y in mentions:
        if start <= y.m.quantity.start < end and _compatible(y.m, later.m, rule):
            return True         # the later mention refers to this one
    between = prose[start:end]
    nouns = _THING_NOUNS.get(later.cls)
    if later.group != "count":
        nouns = _class_words(later)
    if nouns and _introduces_another(story, mentions, earlier, later, nouns, rule) \
            and not _named_as_first(story, earlier, later):
        return True
    if (later.cls in _SIZED_CLASSES or later.group == "length") and _RESIZED.search(between):
        return True     # "The hospital was expanded last year, and the 650-bed hospital ...", "the line was extended"
    if later.cls == "dead" and _died_since(story, earlier, start, end):
        return True     # "Three of the injured later died in hospital"
    if earlier.target or earlier.noun == "toll":
        # "the toll has risen to 37, as rescuers recovered more bodies", "the death toll reached 63 as more
        # bodies were identified": the update in the figure's own sentence is how it got there
        start = max(start, earlier.m.sentence[1])
    thing = _sized_thing(earlier, later) if later.cls in _SIZED_CLASSES else None
    return later.group == "count" and _updated(story, later.cls, start, end, earlier.value, later.value, thing)


def _sized_thing(earlier: _Mention, later: _Mention) -> regex.Pattern:
    """The words that name the thing whose size is compared: its own head nouns where the mentions give one
    ("hospital"), else any thing a size belongs to."""
    heads = {_SPELLINGS.get(h, h) for h in (earlier.head, later.head) if h and h != "*"}
    return _thing_words("|".join(sorted(heads)) if heads else _HEADS)


_SPELLINGS = {"centre": "centre|center", "theatre": "theatre|theater"}     # heads are folded to one spelling


@functools.lru_cache(maxsize=32)
def _thing_words(nouns: str) -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}-])(?:{nouns})(?:s|es)?(?![\p{{L}}-])", regex.I)


# the injured who died after the first count: "three of the injured later died", "succumbed to their wounds"
_DIED_LATER = regex.compile(r"\b(?:(?:later|subsequently|since|then|also)\s+(?:died|succumbed|passed\s+away)|"
                            r"succumb\w*|died\s+(?:later|overnight|subsequently|in\s+hospital|at\s+(?:the\s+|a\s+)?"
                            r"hospital|on\s+the\s+way|(?:of|from)\s+(?:their|his|her)\s+(?:injuries|wounds|burns)))\b",
                            regex.I)


def _died_since(story: Story, earlier: _Mention, start: int, end: int) -> bool:
    """Did more of the hurt die between the two counts? Not in a sentence that breaks the first toll down
    ("11 died at the scene and three died in hospital" tells how the 14 died)."""
    for found in _DIED_LATER.finditer(story.doc.prose, start, end):
        s0, s1 = story.doc.sentence_at(found.start())
        if not any(s0 <= q.start < s1 and q.kind == "number" and _breakdown_of(story, q, earlier.value or 0)
                   for q in story.quantities):
            return True
    return False


def _introduces_another(story: Story, mentions: list[_Mention], earlier: _Mention, later: _Mention, nouns: str,
                        rule: Rule) -> bool:
    """Is another thing of the kind introduced between the two mentions that the later one may point to?
    Not things in the plural when the later mention names one thing ("nursing unions complain about other
    public hospitals" ... "the 540-bed hospital"), and not a thing given a size of its own before the later
    mention ("the existing federal hospital ... Our 280 beds are never enough" ... "the 450-bed facility"
    is neither 280 nor the first figure: it is a misreport whichever it means)."""
    prose = story.doc.prose
    start, end = earlier.span.end, later.m.quantity.start
    for found in _another_thing(nouns).finditer(prose, start, end):
        if _several(found.group()) and _one_thing(later):
            continue
        if later.cls in ("dead", "injured") and not _CASUALTY_WORD.search(prose, *story.doc.sentence_at(found.start())):
            continue    # "56 other buildings are unsound": an incident no one died or was hurt in owns no toll
        if _OLD_LEAD.match(found.group()) and (_NEW_BEFORE.search(prose, max(later.m.sentence[0], end - 40), end)
                                               or _NEW_AFTER.match(prose, later.m.quantity.end, later.m.sentence[1])
                                               or _still_to_come(story, earlier, later)):
            continue    # "the old hospital" is not what "the new campus's 1,020 beds" points to
        noun = _fold_head(found.group().split()[-1].rstrip("s")) if later.group == "count" else ""
        if any(found.end() <= y.m.quantity.start < end and y.cls == later.cls
               and not (y.part or y.old or y.restricted or y.stand_in) and y.head in ("", "*", noun)
               and not _compatible(y.m, later.m, rule) and not _compatible(y.m, earlier.m, rule) for y in mentions):
            continue
        return True
    return False


# the dead or the hurt spoken of: another incident owns a toll only if its sentence tells of casualties
_CASUALTY_WORD = regex.compile(r"\b(?:died|die|dies|dead|death|deaths|killed|kill\w*|bodies|body|perished|drowned|"
                               r"succumbed|lives|fatal\w*|toll|victims?|injur\w*|wounded|hurt|casualt\w*)\b", regex.I)


def _still_to_come(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Do both mentions speak of a thing still to come ("a new 300-bed hospital ... under construction" ...
    "once open, the hospital's 350 beds will ...")? The existing one named in between is here now: a later
    mention in the future tense is the new thing's, unless it calls its thing old."""
    prose = story.doc.prose
    (a0, a1), (b0, b1) = earlier.m.sentence, later.m.sentence
    return bool(_COMING.search(prose, a0, a1) and _FUTURE.search(prose, b0, b1)
                and not _OLD_WORD.search(prose, b0, b1))


_COMING = regex.compile(r"\b(?:new|under\s+construction|being\s+built|to\s+be\s+built|will|would|planned|proposed|"
                        r"is\s+(?:expected|due|set|scheduled)\s+to)\b", regex.I)
_FUTURE = regex.compile(r"\b(?:will|would|shall|once|is\s+(?:expected|due|set|scheduled)\s+to|when\s+(?:it\s+)?"
                        r"(?:opens|is\s+(?:complete|completed|finished|operational)))\b", regex.I)
_OLD_WORD = regex.compile(r"\b(?:old|existing|former|current|present)\b", regex.I)
_OLD_LEAD = regex.compile(r"\A(?:the|an)\s+(?:existing|old)\s", regex.I)
# the thing called new after its size: "With 150 beds in this new wing"
_NEW_AFTER = regex.compile(r"[^.;,\d]{0,30}?\b(?:this|the|its|our)\s+new\b", regex.I)
_NEW_BEFORE = regex.compile(r"\bnew\b[^.;,\d]{0,30}\Z", regex.I | regex.REVERSE)
_SEVERAL_LEAD = regex.compile(r"\A(?:other|two\s+other|several\s+other|the\s+other)\s", regex.I)


def _several(introduced: str) -> bool:
    """"other public hospitals", "two other plants": things in the plural, not one thing."""
    return bool(_SEVERAL_LEAD.match(introduced)) and introduced.lower().endswith("s") \
        and not introduced.lower().endswith(("ss", "us"))


def _one_thing(x: _Mention) -> bool:
    """Does the mention name one thing ("the 540-bed hospital", "the hospital with 540 beds", "the 450km
    route"), not a count that may gather several ("the 32 people killed")?"""
    if x.group == "count":
        return bool(x.head)
    return x.group in ("length", "money", "power") and not x.noun.endswith("s")


# the thing's own name right by the later figure: "the 1,410-unit Tengah Parkview project", "the 640km Gemas line"
_NAME_BY_FIGURE = regex.compile(r"(?:-?[\p{Ll}]+\s+)?(?P<name>(?-i:\p{Lu}[\p{L}'’-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’-]+)){0,3})")


def _named_as_first(story: Story, earlier: _Mention, later: _Mention) -> bool:
    """Does the later mention name its thing, by a name the earlier sentence gives, or the phase the earlier one
    is given for? Then other projects
    or bridges named in between ("other projects are in Woodlands") are not what it refers to."""
    if earlier.phase and earlier.phase == later.phase:
        return True     # both given for one phase of it ("the first stage" ... "phase one"): one thing
    name = _name_by_figure(story, later)
    return bool(name) and name in story.doc.prose[earlier.m.sentence[0]:earlier.m.sentence[1]]


def _name_by_figure(story: Story, x: _Mention) -> str:
    q = x.m.quantity
    named = _NAME_BY_FIGURE.match(story.doc.prose, q.end, min(x.m.sentence[1], q.end + 80))
    return named.group("name") if named and len(named.group("name")) > 3 else ""


@functools.lru_cache(maxsize=32)
def _another_thing(nouns: str) -> regex.Pattern:
    return regex.compile(rf"\b{_ANOTHER_LEAD}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})(?:s|es)?\b", regex.I)


def _class_words(x: _Mention) -> str:
    if x.specific.startswith("="):
        return regex.escape(x.specific[1:])
    if x.group == "power":
        return f"{_POWER_THINGS}|{_POWER_PARTS}"
    group = "length" if x.group == "length" else "money"
    words = [n for (g, n), c in _NOUN_CLASS.items() if g == group and c in (x.specific, "*")]
    if x.group == "money" and x.specific == "*":
        words = [n for (g, n) in _NOUN_CLASS if g == "money"]
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


def _said_already(story: Story, mentions: list[_Mention], earlier: _Mention, later: _Mention, rule: Rule) -> bool:
    """Was the later value given before, as another mention of the class or as a bare figure?"""
    q = later.m.quantity
    for y in mentions:
        if y is not later and y is not earlier and y.m.quantity.start < q.start and _compatible(y.m, later.m, rule):
            return True
    for m in measures(story):
        other = m.quantity
        if other.start < q.start and other is not q and other is not earlier.m.quantity \
                and (other.kind, other.unit, other.value) == (q.kind, q.unit, q.value) \
                and m.subject in (None, later.m.subject) and _may_count(story, later.cls, m):
            return True
    return False


def _may_count(story: Story, cls: str, m: Measure) -> bool:
    """May a bare figure count the class? Not where its sentence never names the class's things ("Eleven
    departments were placed on alert, and three on the coast" counts no dead)."""
    nouns = _UPDATE_NOUNS.get(cls)
    if nouns is None or m.subject is not None:
        return True
    words = _DEATH_WORD if cls == "dead" else _class_nouns(nouns)
    return bool(words.search(story.doc.prose, *m.sentence))


@functools.lru_cache(maxsize=16)
def _class_nouns(nouns: str) -> regex.Pattern:
    return regex.compile(rf"\b(?:{nouns})\b", regex.I)


def _total_and_part(story: Story, mentions: list[_Mention], earlier: _Mention, later: _Mention) -> bool:
    """Is the difference itself a figure of the class (a total and its part: 19 dead, 17 of them ...;
    "victims" may also take in the injured and the missing)?"""
    a, b = earlier.value or 0, later.value or 0
    diff = abs(a - b)
    kin = {later.cls}
    if later.noun in ("victims", "casualties"):     # these may count the injured and the missing too
        kin |= {"dead", "injured", "missing"}
    values = {y.value for y in _referent_mentions(story) if y.cls in kin and y.group == later.group
              and not _elsewhere(y, later)}
    return diff in values


def _elsewhere(y: _Mention, later: _Mention) -> bool:
    """Is y another incident's, time's or place's own count ("a separate storm killed two people near Elk
    Ridge")? Then it is neither an update of the compared thing nor a part of it."""
    return y.framed and not y.part and (y.shifted or bool(y.bound) and y.bound != later.bound)
