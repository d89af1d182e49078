"""Consistency, recount (FC405): any count noun given twice with a typing slip.

Split from `consistency` (the rule type and the helpers every consistency rule shares live there).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from .. import slips
from ..model import Span
from ..subjects import Measure, measures
from .base import Hit, Rule, Story
from .consistency import _RESTRICTED, _far

if TYPE_CHECKING:
    from .consistency import Consistency


# -- recount: any count noun given twice with a typing slip ------------------------
#
# "the network will serve 85 stations" ... "all 58 stations will open by March". Conservative by
# construction: digits only, the noun right after the numeral, the later mention refers back ("all",
# "the", "those", "its", "each of the"), the two values differ by a digit slip, and nothing in
# between or in the later sentence suggests a change, a part or a second thing of the kind.

# (plurals without an s count too: "64 aircraft" ... "its 46 aircraft")
_COUNT_AFTER = regex.compile(r"\A[ \t]+(?P<noun>\p{Ll}[\p{Ll}-]*\p{Ll}s|people|children|men|women|aircraft|spacecraft|"
                             r"staff|personnel|crew|cattle|sheep|livestock|police)\b(?!['’-])")
_DIGITS = regex.compile(r"\A\d{1,3}(?:,\d{3})*\Z|\A\d+\Z")
_NOT_COUNT = frozenset(
    "years months days weeks hours minutes seconds decades centuries times percent cents dollars pounds euros "
    "rupees takas metres meters kilometres kilometers miles feet inches yards tonnes tons kilos kilograms grams "
    "litres liters gallons barrels acres hectares points runs goals wickets overs laps votes others ones "
    "crores lakhs millions billions thousands hundreds dozens units amounts levels rates degrees per-cent".split())
# the later mention refers back: "all 58", "the 58", "those 58", "its 58", "each of the 58" (never "one of the 58")
_BACKREF = regex.compile(r"(?:(?<![\p{L}'’])(?:all|those|these|its|their)"
                         r"|(?<![\p{L}'’])(?<!\bof\s+)the"
                         r"|(?<![\p{L}'’])(?:each|all|both|every\s+one)\s+of\s+(?:the|its|their|those|these))\s+\Z",
                         regex.I | regex.REVERSE)
_STRONG_BACKREF = regex.compile(r"(?<![\p{L}'’])(?:all|those|these|(?:each|all|both|every\s+one)\s+of\s+(?:the|its|their|those|these))\s+\Z",
                                regex.I | regex.REVERSE)
# a first mention that is a change or a part: "another 85 stations", "23 of 246", "rose to 85"
_NOT_FIRST = regex.compile(r"\b(?:another|more|additional|extra|further|other|new|remaining|surviving|of|than|by|"
                           r"per|every|each|to|from|up|down|only|just)\s*\Z", regex.I | regex.REVERSE)
# a later sentence (or the text between) that narrates a change or adds to the count
_UPDATE = regex.compile(r"\b(?:rose|risen|rises|rising|increased?|increasing|grew|grown|climbed|jumped|soared|fell|"
                        r"fallen|dropped|declined|cut|cuts|reduced|reducing|revised|updated|expanded|expanding|"
                        r"added|adding|adds|now|another|more|further|additional|extra|fewer|less|"
                        r"remaining|surviving|rest|latest|new|newly|second|third|separate|rival|parallel|other|"
                        r"instead|originally|initially|previously|earlier|later|since|total|totals|altogether|"
                        r"combined|brings?|bringing|raised|lowered|doubled|halved|up\s+from|down\s+from|"
                        r"(?:19|20)\d\d)\b", regex.I)
_PART_AFTER = regex.compile(r"\A\s+(?:of|out\s+of|per|each|apiece|a\b|in\s+(?:all|total)|so\s+far|to\s+date)", regex.I)
_POSSESSOR = regex.compile(r"(?<![\p{L}])(?P<name>[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)['’]s\s+\Z",
                           regex.REVERSE)
# a place or a name bound to the figure after its noun (a month or a weekday is a time, not a place)
_PLACE_AFTER = regex.compile(r"\A\s+(?:in|at|near|from|across|outside)\s+(?:the\s+)?(?!(?:January|February|March|"
                             r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
                             r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?P<name>\p{Lu}[\p{L}'’-]+)")
_RECOUNT_SYNONYMS = {"person": "people", "persons": "people", "kid": "child", "pupil": "student",
                     "vessel": "ship", "lorry": "truck", "lorries": "truck", "automobile": "car"}


def _stem(noun: str) -> str:
    """The head noun without its plural ending, with close synonyms folded: "stations" -> "station"."""
    noun = noun.lower()
    irregular = {"people": "people", "children": "child", "men": "man", "women": "woman"}
    if noun in irregular:
        stem = irregular[noun]
    elif noun.endswith("ies") and len(noun) > 4:
        stem = noun[:-3] + "y"
    elif noun.endswith(("ches", "shes", "sses", "xes")):
        stem = noun[:-2]
    elif noun.endswith("s"):
        stem = noun[:-1]
    else:
        stem = noun
    return _RECOUNT_SYNONYMS.get(stem, _RECOUNT_SYNONYMS.get(noun, stem))


def _slip_pair(found: list) -> list | None:
    """The mentions of the two values compared: the only two, or (pairwise) two that are a digit slip of each
    other where every other value stands far from both (a site's 42 miners beside a mine's 246 and 264)."""
    values = sorted({m.quantity.value for m, _, _ in found})
    if len(found) < 2 or len(values) < 2:
        return None
    if len(values) == 2:
        return found
    pairs = [(a, b) for i, a in enumerate(values) for b in values[i + 1:]
             if slips.digit_slip(a, b) and all(_far(v, a) and _far(v, b) for v in values if v not in (a, b))]
    if len(pairs) != 1:
        return None
    return [x for x in found if x[0].quantity.value in pairs[0]]


def _recount(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    prose = story.doc.prose
    skip = rule.options["skip_subjects"]
    by_noun: dict[str, list[tuple[Measure, str, str]]] = {}
    for m in measures(story):
        q = m.quantity
        if q.kind != "number" or q.number_span is None or q.value is None or m.subject in skip:
            continue
        noun = _COUNT_AFTER.match(prose[q.end:min(q.end + 40, m.sentence[1])]) \
            if prose.startswith((" ", "\t"), q.end) else None     # (the pattern opens with a blank)
        if noun is None:
            continue
        word = noun.group("noun")
        if word.lower() in _NOT_COUNT:
            continue
        by_noun.setdefault(_stem(word), []).append((m, word, q.end + noun.end("noun")))
    for stem, found in by_noun.items():
        found = _slip_pair(found)
        if found is None:
            continue        # one value is no slip; three or more close together are several things
        from ..subjects import _replace, _sentence_flags
        mentions = [(_replace(m, subject=stem, phrase=word, span=Span(m.span.start, end)),
                     prose[m.quantity.number_span[0]:m.quantity.number_span[1]]) for m, word, end in found]
        hit = _recount_pair(rule_type, story, mentions, _sentence_flags)
        if hit is not None:
            yield hit


def _recount_pair(rule_type: Consistency, story: Story, mentions: list, flags) -> Hit | None:
    prose = story.doc.prose
    first, _ = mentions[0]
    q1 = first.quantity
    a = q1.value
    if not _DIGITS.match(mentions[0][1]) or q1.hedge or q1.low is not None or q1.high is not None:
        return None
    if _NOT_FIRST.search(prose, max(first.sentence[0], q1.start - 30), q1.start) \
            or _PART_AFTER.match(prose[first.span.end:first.sentence[1]]) \
            or _RESTRICTED.match(prose[first.span.end:first.sentence[1]]):
        return None
    # every mention of the first value must precede every mention of the other
    later = [(m, w) for m, w in mentions if m.quantity.value != a]
    if any(m.quantity.start < max(x.quantity.start for x, _ in mentions if x.quantity.value == a) for m, _ in later):
        return None
    if len(later) != 1:
        return None
    second, written = later[0]
    q2 = second.quantity
    if not _DIGITS.match(written) or q2.hedge or q2.low is not None or q2.high is not None \
            or second.sentence == first.sentence or not slips.digit_slip(a, q2.value or 0):
        return None
    left = prose[max(second.sentence[0], q2.start - 40):q2.start]
    # "the 1,540 schools affected" may be a part of the 1,450 schools; with the digits swapped it is the whole
    swapped = (q2.value or 0) in slips.transpositions(int(a)) if a == int(a) else False
    if not _BACKREF.search(left) or _PART_AFTER.match(prose[second.span.end:second.sentence[1]]) \
            or _RESTRICTED.match(prose[second.span.end:second.sentence[1]]) and not swapped:
        return None
    # "the Blue Line's 58 stations": a possessor the first sentence does not name
    owner = _POSSESSOR.search(left)
    if owner and owner.group("name") not in prose[first.sentence[0]:first.sentence[1]]:
        return None
    # "214 families in Kasese" ... "the 241 families in Bundibugyo": a place bound to the later figure that the
    # first sentence does not name is another place's count
    place = _PLACE_AFTER.match(prose[second.span.end:second.sentence[1]])
    if place and place.group("name") not in prose[first.sentence[0]:first.sentence[1]]:
        return None
    # a change, a part or a second thing: between the two, or anywhere in the later sentence.
    # "all 58 stations" / "those 58 stations" point back so plainly that only the words just
    # before the figure can undo it; a bare "the 58" needs the whole stretch to be quiet.
    if _STRONG_BACKREF.search(left):
        if _UPDATE.search(left) or any(flags(story, *first.sentence)[2:]):
            return None   # ... or the first figure belongs to another time ("in 2019")
    else:
        if _update_between(story, first.span.end, second.sentence[0], first.subject) \
                or _UPDATE.search(prose, second.sentence[0], second.sentence[1]):
            return None
        for m in (first, second):
            _, _, shifts, changing = flags(story, *m.sentence)
            if shifts or changing:
                return None
    if first.year is not None and second.year is not None and first.year != second.year:
        return None
    return rule_type._hit(story, first, second)


def _update_between(story: Story, start: int, end: int, noun: str) -> bool:
    """A change or an addition narrated between two mentions of a count: only a sentence that speaks of the
    count — names its noun or gives a figure by the word ("another 30", "rose to 45") — can change it; "my son
    has had more days on his phone" cannot."""
    prose = story.doc.prose
    for u in _UPDATE.finditer(prose, start, end):
        s0, s1 = story.doc.sentence_at(u.start())
        if noun.lower() in prose[s0:s1].lower() or any(
                q.kind == "number" and s0 <= q.start < s1 and -15 < q.start - u.start() and q.start - u.end() < 12
                for q in story.quantities):
            return True
    return False


