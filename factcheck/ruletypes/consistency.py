"""Consistency: the same thing given two different values in one story.

"A factory that employs 4,500 workers" … "Its 5,400 workers"; "the 1,200km
pipeline" … "the 2,100km pipeline"; "23 people were killed" … "the 32 people
killed". Different things often share a noun (two factories, the dead of two
incidents, a daily and a cumulative toll), so the rule demands a tight match:

* the same subject noun attached to the figure in the same way (see
  `factcheck.subjects`), in the same unit;
* the later mention refers *back* ("the", "its", "their"), and is not restricted
  ("the 300 workers who were laid off");
* neither sentence moves to another time or incident ("earlier this month",
  "in 2022", "since") and no sentence in scope narrates a change of that subject
  ("the toll rose to 32");
* the two sentences do not name different countries;
* the subject takes exactly two values in scope — three or more are several
  things, not one thing misreported;
* the values differ by more than rounding (one unit of the rounder figure's last
  significant digit) and the hedges allow ("about 4,500" is ±10%).
"""
from __future__ import annotations

import functools
import math
from typing import ClassVar, Iterator, Mapping

import regex

from .. import slips
from ..entities import country_index
from ..model import Span
from ..subjects import SAME_THING, Measure, measures
from .base import Hit, Option, Rule, Story

FIELDS = ("figure", "subject", "other", "first", "detail", "advice", "suggestion")

# A part of the whole: "the 300 workers who were dismissed", "the 12 passengers rescued".
_RESTRICTED = regex.compile(r"\A\s+(?:who|whom|that|which(?!,)|laid\s+off|dismissed|sacked|fired|hired|recruited|"
                            r"rescued|arrested|evacuated|affected|involved|trapped|missing|injured|hurt|still|each|"
                            r"per|apiece|on\s+board\s+the\s+other)\b", regex.I)


class Consistency:
    name: ClassVar[str] = "consistency"
    category: ClassVar[str] = "consistency"
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "subjects": Option(list, ["killed", "injured"], "subject keys this rule compares (see factcheck.subjects)"),
        "scope": Option(str, "story", "where two mentions are compared: story or paragraph"),
        "tolerance": Option(float, 0.0, "relative difference always allowed between two mentions"),
        "hedged_tolerance": Option(float, 0.1, "relative slack for a hedged figure (about, nearly)"),
        "require_definite": Option(bool, True, "the later mention must refer back (the/its/their ...)"),
        "position": Option(str, "any", "where the subject noun sits: after (the 4,500 workers), before, or any"),
        "skip_shifted": Option(bool, True, "leave out sentences that move to another time or incident"),
        "separate_countries": Option(bool, True, "sentences naming different countries are about different things"),
        "parts": Option(bool, True, "a mention restricted by a clause (\"the 300 workers who ...\") may be a part "
                                    "of the whole: compare it only where the two values look like a typing slip"),
        "generic_nouns": Option(list, [], "nouns that refer back even without the/its (\"a two-day forum\" ... "
                                          "\"a five-day gathering\")"),
        "same_noun": Option(bool, False, "the two mentions must use the same noun, unless the later one is generic"),
        "referring_nouns": Option(dict, {}, "nouns that refer back to a thing of another kind when the story has "
                                            "exactly one such thing (\"a 640km pipeline\" ... \"the 460km line\"): "
                                            "noun -> the subjects it may stand for"),
        "ignore_shifts": Option(list, [], "shift words that do not move this subject to another time "
                                          "(\"the 3,200 workers have not been paid since March\")"),
        "recount": Option(bool, False, "compare any count noun phrase (\"246 miners\" ... \"all 264 miners\") "
                                       "where the later mention refers back and the values look like a typing slip"),
        "skip_subjects": Option(list, [], "with recount: subjects other rules compare, left to them"),
        "period": Option(bool, False, "compare an indicator's readings for one month (\"inflation slowed to "
                                      "24.1% in December\" ... \"December's 23.4% reading\")"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        if rule.options["recount"]:
            yield from _recount(self, rule, story)
            return
        if rule.options["period"]:
            yield from _period(self, rule, story)
            return
        wanted = set(rule.options["subjects"])
        referring = rule.options["referring_nouns"]
        position = rule.options["position"]
        found = [m for m in measures(story)
                 if (m.subject in wanted or m.subject in referring) and m.quantity.value is not None
                 and (position == "any" or m.position == position)]
        # "the 460km line" in a story whose only measured line-like thing is a pipeline is that pipeline
        resolved: dict[tuple, str] = {}
        for noun, kinds in referring.items():
            for kind, unit in {(m.quantity.kind, m.quantity.unit) for m in found if m.subject == noun}:
                others = {m.subject for m in found if m.subject in kinds and m.subject != noun
                          and (m.quantity.kind, m.quantity.unit) == (kind, unit)}
                if len(others) == 1:
                    resolved[(noun, kind, unit)] = others.pop()
        groups: dict[tuple, list[Measure]] = {}
        for m in found:
            q = m.quantity
            # only "the 460km line" refers back; "a 300km spur line" is another thing
            subject = resolved.get((m.subject, q.kind, q.unit), m.subject) if m.definite else m.subject
            if subject not in wanted:
                continue
            scope = story.doc.paragraph_at(q.start) if rule.options["scope"] == "paragraph" else (0, 0)
            groups.setdefault((subject, q.kind, q.unit, scope), []).append(m)
        for (subject, kind, unit, _), mentions in groups.items():
            # everything that could be a thing of this kind, referring or not ("a 300km spur line")
            kin = [m for m in found if (m.quantity.kind, m.quantity.unit) == (kind, unit)
                   and (m.subject == subject or subject in referring.get(m.subject, ()))]
            hit = self._group(rule, story, mentions, kin)
            if hit is not None:
                yield hit

    def _group(self, rule: Rule, story: Story, mentions: list[Measure], kin: list[Measure]) -> Hit | None:
        if len(mentions) < 2 or any(m.changing for m in mentions):
            return None
        ignored = set(rule.options["ignore_shifts"])
        usable = [m for m in mentions
                  if not (rule.options["skip_shifted"] and any(w not in ignored for w in m.shifts))]
        if len(usable) < 2:
            return None
        restricted = {id(m) for m in usable
                      if rule.options["parts"] and _RESTRICTED.match(story.doc.prose[m.span.end:m.sentence[1]])}
        # three or more values among the plain mentions are several things, not one misreported
        if len(_clusters([m for m in usable if id(m) not in restricted], rule)) > 2:
            return None
        generic = set(rule.options["generic_nouns"])
        for i, later in enumerate(usable):
            later_generic = later.phrase.lower() in generic
            if rule.options["require_definite"] and not (later.definite or later_generic):
                continue
            for earlier in usable[:i]:
                if earlier.sentence == later.sentence or _compatible(earlier, later, rule):
                    continue
                if rule.options["same_noun"] and not later_generic \
                        and earlier.phrase.lower() != later.phrase.lower():
                    continue
                # a part ("the 300 workers who were laid off") is compared only where a digit slip explains it
                if (id(earlier) in restricted or id(later) in restricted) \
                        and not slips.digit_slip(earlier.quantity.value or 0, later.quantity.value or 0):
                    continue
                if rule.options["separate_countries"] and (_elsewhere(story, earlier, later)
                                                           or _scope_differs(story, earlier, later)):
                    continue
                if _introduced_between(story, kin, earlier, later, rule) or _other_names(story, earlier, later) \
                        or _said_before(story, earlier, later):
                    continue
                return self._hit(story, earlier, later)
        return None

    def _hit(self, story: Story, earlier: Measure, later: Measure) -> Hit:
        figure = story.text_of(later.span)
        first = story.text_of(earlier.span)
        q, e = later.quantity, earlier.quantity
        swapped = e.value in slips.transpositions(q.value or 0)
        detail = f"{figure} — earlier the story says {first}"
        if swapped:
            detail += " (the same digits in another order)"
        number = story.text_of(Span(*q.number_span)) if q.number_span else None
        other = story.text_of(Span(*e.number_span)) if e.number_span else None
        suggestion = None
        if number and other and number in figure:
            suggestion = figure.replace(number, other, 1)
        line, _ = story.doc.line_col(earlier.span.start)
        return Hit(span=later.span, fields={
            "figure": figure, "subject": later.phrase or later.subject, "other": first, "first": first,
            "detail": detail, "advice": f"Which is right? If the first, write {suggestion}." if suggestion
            else "Which is right?", "suggestion": suggestion,
        }, evidence={"subject": later.subject, "values": [e.value, q.value],
                     "first": {"text": first, "start": earlier.span.start, "end": earlier.span.end, "line": line},
                     "transposed_digits": swapped},
            suggestion=suggestion, related=(earlier.span,))


RULE_TYPE = Consistency()


# -- recount: any count noun given twice with a typing slip ------------------------
#
# "the network will serve 85 stations" ... "all 58 stations will open by March". Conservative by
# construction: digits only, the noun right after the numeral, the later mention refers back ("all",
# "the", "those", "its", "each of the"), the two values differ by a digit slip, and nothing in
# between or in the later sentence suggests a change, a part or a second thing of the kind.

_COUNT_AFTER = regex.compile(r"\A[ \t]+(?P<noun>\p{Ll}[\p{Ll}-]*\p{Ll}s|people|children|men|women)\b(?!['’-])")
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
                         regex.I)
_STRONG_BACKREF = regex.compile(r"(?<![\p{L}'’])(?:all|those|these|(?:each|all|both|every\s+one)\s+of\s+(?:the|its|their|those|these))\s+\Z",
                                regex.I)
# a first mention that is a change or a part: "another 85 stations", "23 of 246", "rose to 85"
_NOT_FIRST = regex.compile(r"\b(?:another|more|additional|extra|further|other|new|remaining|surviving|of|than|by|"
                           r"per|every|each|to|from|up|down|only|just)\s*\Z", regex.I)
# a later sentence (or the text between) that narrates a change or adds to the count
_UPDATE = regex.compile(r"\b(?:rose|risen|rises|rising|increased?|increasing|grew|grown|climbed|jumped|soared|fell|"
                        r"fallen|dropped|declined|cut|cuts|reduced|reducing|revised|updated|expanded|expanding|"
                        r"added|adding|adds|now|another|more|further|additional|extra|fewer|less|"
                        r"remaining|surviving|rest|latest|new|newly|second|third|separate|rival|parallel|other|"
                        r"instead|originally|initially|previously|earlier|later|since|total|totals|altogether|"
                        r"combined|brings?|bringing|raised|lowered|doubled|halved|up\s+from|down\s+from|"
                        r"(?:19|20)\d\d)\b", regex.I)
_PART_AFTER = regex.compile(r"\A\s+(?:of|out\s+of|per|each|apiece|a\b|in\s+(?:all|total)|so\s+far|to\s+date)", regex.I)
_POSSESSOR = regex.compile(r"(?<![\p{L}])(?P<name>[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)['’]s\s+\Z")
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


def _recount(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    prose = story.doc.prose
    skip = rule.options["skip_subjects"]
    by_noun: dict[str, list[tuple[Measure, str, str]]] = {}
    for m in measures(story):
        q = m.quantity
        if q.kind != "number" or q.number_span is None or q.value is None or m.subject in skip:
            continue
        noun = _COUNT_AFTER.match(prose[q.end:min(q.end + 40, m.sentence[1])])
        if noun is None:
            continue
        word = noun.group("noun")
        if word.lower() in _NOT_COUNT:
            continue
        by_noun.setdefault(_stem(word), []).append((m, word, q.end + noun.end("noun")))
    for stem, found in by_noun.items():
        if len(found) < 2 or len({m.quantity.value for m, _, _ in found}) != 2:
            continue        # one value is no slip; three or more are several things
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
    if not _BACKREF.search(left) or _PART_AFTER.match(prose[second.span.end:second.sentence[1]]) \
            or _RESTRICTED.match(prose[second.span.end:second.sentence[1]]):
        return None
    # "the Blue Line's 58 stations": a possessor the first sentence does not name
    owner = _POSSESSOR.search(left)
    if owner and owner.group("name") not in prose[first.sentence[0]:first.sentence[1]]:
        return None
    # a change, a part or a second thing: between the two, or anywhere in the later sentence.
    # "all 58 stations" / "those 58 stations" point back so plainly that only the words just
    # before the figure can undo it; a bare "the 58" needs the whole stretch to be quiet.
    if _STRONG_BACKREF.search(left):
        if _UPDATE.search(left) or any(flags(story, *first.sentence)[2:]):
            return None   # ... or the first figure belongs to another time ("in 2019")
    else:
        if _UPDATE.search(prose, first.span.end, second.sentence[1]) \
                or _UPDATE.search(prose, second.sentence[0], second.span.start):
            return None
        for m in (first, second):
            _, _, shifts, changing = flags(story, *m.sentence)
            if shifts or changing:
                return None
    if first.year is not None and second.year is not None and first.year != second.year:
        return None
    return rule_type._hit(story, first, second)


_PLACE = regex.compile(
    r"\b(?i:in|at|near|from)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<place>[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)")


def _elsewhere(story: Story, a: Measure, b: Measure) -> bool:
    """Do the two sentences place their figures in different countries or places ("in Karachi" / "In Quetta")?"""
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        return True
    places_a = {m.group("place") for m in _PLACE.finditer(story.doc.prose, *a.sentence)}
    places_b = {m.group("place") for m in _PLACE.finditer(story.doc.prose, *b.sentence)}
    return bool(places_a and places_b and not places_a & places_b)


# a national total beside a local one: "24 people in Lagos" ... "nationwide, the 30 deaths"
_NATIONAL = regex.compile(r"\b(?:nationwide|nationally|countrywide|country-wide|across\s+the\s+(?:country|nation)|"
                          r"(?:in|across)\s+(?:the\s+)?(?:whole|entire)\s+(?:country|nation)|national\s+(?:toll|total|"
                          r"tally|figure)|(?:across|in)\s+all\s+(?:\d+\s+)?(?:states|provinces|regions|districts))\b",
                          regex.I)
_CITY = regex.compile(r"\b(?:city|town|metropolis|capital|municipality)\b", regex.I)
_STATE = regex.compile(r"\b(?:state|province|region|county|district)\b", regex.I)


def _scope_differs(story: Story, a: Measure, b: Measure) -> bool:
    """One sentence counts the whole nation and the other does not, or one a city and the other its state."""
    prose = story.doc.prose
    sa, sb = prose[a.sentence[0]:a.sentence[1]], prose[b.sentence[0]:b.sentence[1]]
    if bool(_NATIONAL.search(sa)) != bool(_NATIONAL.search(sb)):
        return True
    city_a, city_b = bool(_CITY.search(sa)), bool(_CITY.search(sb))
    state_a, state_b = bool(_STATE.search(sa)), bool(_STATE.search(sb))
    return (city_a and not state_a and state_b and not city_b) or (city_b and not state_b and state_a and not city_a)


def _class_nouns(subject: str) -> str:
    """The nouns (singular and plural) that name a subject: "road" -> road|highway|motorway|..."""
    nouns = {subject} | {n for n, k in SAME_THING.items() if k == subject}
    return "|".join(sorted({regex.escape(n) + "(?:s|es)?" for n in nouns}, key=len, reverse=True))


_ANOTHER = r"(?:another|a\s+second|a\s+third|a\s+new|a\s+separate|a\s+rival|a\s+parallel|one\s+more|other)"


def _introduced_between(story: Story, kin: list[Measure], earlier: Measure, later: Measure, rule: Rule) -> bool:
    """Does something between the two mentions introduce a second thing of the kind?

    "A second mill nearby employs 2,300 workers, and the 2,300 workers ..." — the
    later mention refers to the one just introduced (an indefinite mention with its
    value), or to "another pipeline" named in between without a figure.
    """
    for m in kin:
        if earlier.span.end <= m.span.start and m.span.end <= later.span.start and not m.definite \
                and _compatible(m, later, rule):
            return True
    # a referring noun ("the 460km line") takes any line named in between: "it joins a spur line"
    referring = later.subject in rule.options["referring_nouns"]
    if later.subject == "worker" and _EMPLOYER.search(story.doc.prose, earlier.span.end, later.span.start):
        return True     # "A rival mill nearby also halted work. All 3,400 employees ..." are the rival's
    return bool(_another(later.subject, referring).search(story.doc.prose, earlier.span.end, later.span.start))


def _said_before(story: Story, earlier: Measure, later: Measure) -> bool:
    """Was the later value already written, as a bare figure of its own, before it?

    "At least 31 died, including 15 in the Tubbs Fire. The 31 deaths ... The 15 dead
    in the Tubbs Fire" — the 15 refers back to the part named first, not to the 31.
    A figure with another subject ("32 injured") does not count.
    """
    q = later.quantity
    for m in measures(story):
        other = m.quantity
        if other.start < later.span.start and other is not q and other is not earlier.quantity \
                and (other.kind, other.unit, other.value) == (q.kind, q.unit, q.value) \
                and m.subject in (None, later.subject):
            return True
    return False


# Another employer named between two headcounts: "a rival mill", "another factory", "a second company".
_EMPLOYER = regex.compile(
    rf"\b(?:{_ANOTHER}|an?)\s+(?:[\w'’-]+\s+){{0,2}}?(?:plant|factory|factories|mill|company|companies|"
    r"firm|employer|contractor|subcontractor|supplier|subsidiary|rival|competitor|unit|facility|mine|"
    r"refinery|shipyard|yard|works|manufacturer|producer|operator|airline|bank|hospital)s?\b",
    regex.I)
# "all 3,400 employees of Beximco": a named employer after the noun
_EMPLOYER_AFTER = regex.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?P<name>[\p{Lu}][\p{L}'’-]+)")


@functools.lru_cache(maxsize=64)
def _another(subject: str, indefinite: bool) -> regex.Pattern:
    lead = rf"(?:{_ANOTHER}|an?)" if indefinite else _ANOTHER
    return regex.compile(rf"\b{lead}\s+(?:[\w,.'’-]+\s+){{0,2}}?(?:{_class_nouns(subject)})\b", regex.I)


_PROPER = regex.compile(r"\b[\p{Lu}][\p{L}'’-]+")


def _other_names(story: Story, earlier: Measure, later: Measure) -> bool:
    """"the 1,320MW Sahiwal plant" ... "the 660MW Jamshoro plant": the later mention gives a name the
    earlier sentence does not (a shorter later mention, "the 460km pipeline", is fine)."""
    before = story.doc.prose[earlier.sentence[0]:earlier.sentence[1]]
    if later.subject == "worker":
        named = _EMPLOYER_AFTER.match(story.doc.prose, later.span.end, later.sentence[1])
        if named and named.group("name") not in before:
            return True
    return any(name not in before for name in _PROPER.findall(later.modifier))


def _interval(m: Measure, rule: Rule) -> tuple[float, float]:
    q = m.quantity
    value = q.value or 0.0
    lo = q.low if q.low is not None else (0.0 if q.high is not None else value)
    hi = q.high if q.high is not None else (math.inf if q.low is not None else value)
    slack = abs(value) * rule.options["tolerance"] + q.precision + _rounding(value)
    if q.hedge and q.low is None and q.high is None:
        slack += abs(value) * rule.options["hedged_tolerance"]
    return lo - slack, hi + slack


def _rounding(value: float) -> float:
    """Half a unit of the last significant digit, for round figures: 1,200 -> 50, 23 -> 0."""
    if value != int(value) or value == 0:
        return 0.0
    n, unit = int(abs(value)), 1
    while n % 10 == 0 and n >= 10:
        n //= 10
        unit *= 10
    return unit / 2 if unit > 1 else 0.0


def _compatible(a: Measure, b: Measure, rule: Rule) -> bool:
    alo, ahi = _interval(a, rule)
    blo, bhi = _interval(b, rule)
    return alo <= bhi and blo <= ahi


def _clusters(mentions: list[Measure], rule: Rule) -> list[list[Measure]]:
    """Mentions grouped into mutually compatible values."""
    clusters: list[list[Measure]] = []
    for m in mentions:
        for cluster in clusters:
            if all(_compatible(m, other, rule) for other in cluster):
                cluster.append(m)
                break
        else:
            clusters.append([m])
    return clusters


# -- period: one indicator's reading for one month given twice ---------------------
#
# "inflation slowed to 24.1% in December" ... "December's 23.4% reading". The indicator is read in the
# figure's own clause (a bare "reading"/"rate" takes the story's only indicator for that month); its
# qualifiers (core, food, urban, month-on-month ...) must match; the month must be attached to the figure.
# Forecasts, revisions and flash estimates are other figures and are left out.

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_INDICATOR = regex.compile(r"(?P<ind>inflation|unemployment(?:\s+rate)?|jobless(?:ness)?(?:\s+rate)?|"
                           r"(?:policy|interest|benchmark|repo|lending|deposit|discount)\s+rates?)\b", regex.I)
_QUALIFIER = regex.compile(r"\b(?P<q>core|food|fuel|energy|services?|goods|urban|rural|underlying|producer|"
                           r"wholesale|youth|month-on-month|month-over-month|monthly|m/m|mom|quarterly|"
                           r"seasonally\s+adjusted|unadjusted|non-food|housing|transport|rent|trimmed|"
                           r"sequential|real|female|male|women|men|black|white|hispanic|long-term)\b", regex.I)
_CLAUSE_BREAK = regex.compile(r"[,;:(\u2014\u2013]|\b(?:while|whereas|but|and|compared\s+with|against|versus|than|"
                              r"from|after|before)\b", regex.I)
_MONTH_AFTER = regex.compile(rf"\A\s+(?:in|for|during|through|in\s+the\s+year\s+to)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b")
_MONTH_OWN = regex.compile(rf"{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?['’]s\s+(?:(?:annual|headline|year-on-year|"
                           r"official|final|latest)\s+)?\Z")
_MONTH_BEFORE_IND = regex.compile(rf"(?:\bin\s+|\b){_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\s+(?:[\p{{L}}-]+\s+)?\Z")
_IND_MONTH = regex.compile(rf"\s+(?:in|for)\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\s+(?:was|stood\s+at|came\s+in\s+at|"
                           r"reached|hit|rose\s+to|fell\s+to|eased\s+to|slowed\s+to|of)\s+\Z")
_READING = regex.compile(r"\A\s+(?:(?:annual|headline|year-on-year|inflation|jobless|unemployment)\s+)?"
                         r"(?:reading|rate|figure|print|level|number|rise|increase)\b", regex.I)
_NOT_ACTUAL = regex.compile(r"\b(?:forecasts?|forecasted|expected|expectations?|expect|predicted|projected|"
                            r"projections?|estimates?|estimated|polls?|polled|consensus|survey|"
                            r"target|targets|revised|revision|revisions|preliminary|flash|initial|initially|"
                            r"originally|previously|earlier\s+reported|first\s+reported|adjusted|would|could|"
                            r"might|may\s+(?:rise|fall|reach)|likely|anticipated|seen)\b", regex.I)


def _indicator(left: str) -> tuple[str, frozenset] | None:
    """The indicator named in the figure's clause, with its qualifiers: ("inflation", {"core"})."""
    found = None
    for m in _INDICATOR.finditer(left):
        found = m
    if found is None:
        return None
    ind = found.group("ind").lower()
    key = ("inflation" if ind.startswith("inflation") else "jobless" if ind.startswith(("unemployment", "jobless"))
           else "policy")
    quals = frozenset(" ".join(q.lower().split()).replace("month-over-month", "month-on-month")
                      .replace("monthly", "month-on-month").replace("m/m", "month-on-month")
                      .replace("mom", "month-on-month")
                      for q in _QUALIFIER.findall(left[max(0, found.start() - 40):found.end() + 30]))
    return key, quals


def _period_mentions(story: Story) -> list[tuple[Measure, str | None, frozenset, int, int | None]]:
    prose = story.doc.prose
    out = []
    if "%" not in prose and "per" not in prose or not _INDICATOR.search(prose):
        return out          # no indicator named anywhere: nothing to compare
    for m in measures(story):
        q = m.quantity
        if q.kind != "percent" or q.value is None or q.low is not None or q.high is not None:
            continue
        s0, s1 = m.sentence
        sentence = prose[s0:s1]
        if _NOT_ACTUAL.search(sentence) or _CHANGE_WORDS.search(prose, max(s0, q.start - 12), q.start):
            continue
        left = prose[s0:q.start]
        cut = None
        for c in _CLAUSE_BREAK.finditer(left):
            cut = c
        clause = left[cut.end():] if cut else left
        right = prose[q.end:s1]
        month = year = None
        own = _MONTH_OWN.search(clause)
        after = _MONTH_AFTER.match(right)
        if own:
            month, year = own.group("month"), own.group("year")
            if not _READING.match(right) and _indicator(clause) is None:
                continue
        elif after:
            month, year = after.group("month"), after.group("year")
        if month is None:
            ind_m = _INDICATOR.search(clause)
            before = _MONTH_BEFORE_IND.search(clause, 0, ind_m.start()) if ind_m else None
            if before is None and ind_m:
                # "inflation in March was 3.4%", "the unemployment rate for November was 4.4%"
                before = _IND_MONTH.match(clause, ind_m.end())
            if before is None:
                continue
            month, year = before.group("month"), before.group("year")
        if len(regex.findall(_MONTH, sentence)) > 1 and not after and not own:
            continue
        ind = _indicator(clause)
        if ind is None and not own:
            continue
        if ind is not None:
            ind = (ind[0], ind[1] | _series_of(story, left, clause))
        out.append((m, ind[0] if ind else None, ind[1] if ind else frozenset(),
                    _MONTHS.index(month.lower()), int(year) if year else None))
    return out


# "On a monthly basis, inflation slowed to 0.1%": the sentence's lead names the series for all its clauses
_MONTHLY_LEAD = regex.compile(r"\A\s*(?:on\s+a\s+(?:monthly|month-on-month|month-over-month|sequential)\s+basis|"
                              r"month-on-month|month-over-month|monthly)\s*,", regex.I)
# "inflation in the National Capital Region", "unemployment in Lagos", "Bicol's inflation": a region's series
_PLACE_AFTER_IND = regex.compile(r"(?:inflation|unemployment|jobless\w*)(?:\s+rate)?\s+(?:in|for|across|outside)\s+"
                                 r"(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|capital|cities|"
                                 r"countryside|rural\s+areas|urban\s+areas)")
_PLACE_BEFORE_IND = regex.compile(r"(?<![\p{L}'’])(?P<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)(?:['’]s)?\s+"
                                  r"(?:[\p{Ll}-]+\s+){0,2}(?:inflation|unemployment|jobless)")
_NOT_PLACE = frozenset("the a an its their this that his her our in on at headline annual overall".split()) \
    | frozenset(m.lower() for m in _MONTHS)


def _series_of(story: Story, left: str, clause: str) -> frozenset:
    """Qualifiers the clause itself does not carry: a monthly lead, a region's own reading."""
    extra = set()
    if _MONTHLY_LEAD.match(left):
        extra.add("month-on-month")
    place = _PLACE_AFTER_IND.search(clause) or _PLACE_BEFORE_IND.search(clause)
    if place is not None:
        name = " ".join(place.group("place").split())
        if name.split()[0].lower() not in _NOT_PLACE and not _is_country(story, name):
            extra.add("place:" + name.lower())
    return frozenset(extra)


def _is_country(story: Story, name: str) -> bool:
    """A country's own name or demonym reads as the national series ("Egypt's inflation")."""
    return name in country_index(str(story.data.folder)).names


_CHANGE_WORDS = regex.compile(r"\b(?:by|of|than)\s+\Z|\bup\s+\Z|\bdown\s+\Z", regex.I)


def _period(rule_type: Consistency, rule: Rule, story: Story) -> Iterator[Hit]:
    found = _period_mentions(story)
    if len(found) < 2:
        return
    # a bare "December's 23.4% reading" takes the story's only indicator for that month
    named: dict[int, set] = {}
    for m, ind, quals, month, year in found:
        if ind:
            named.setdefault(month, set()).add((ind, quals))
    groups: dict[tuple, list[tuple[Measure, int | None]]] = {}
    for m, ind, quals, month, year in found:
        if ind is None:
            if len(named.get(month, ())) != 1:
                continue
            ind, quals = next(iter(named[month]))
        groups.setdefault((ind, quals, month), []).append((m, year))
    for (_ind, _quals, _month), mentions in groups.items():
        if len({y for _, y in mentions if y}) > 1 or len({m.quantity.value for m, _ in mentions}) != 2:
            continue
        earlier = mentions[0][0]
        for later, _ in mentions[1:]:
            if later.sentence == earlier.sentence or _rounds_to(story, earlier, later):
                continue
            if _compatible(earlier, later, rule) or _elsewhere(story, earlier, later) \
                    or _scope_differs(story, earlier, later):
                continue
            yield rule_type._hit(story, earlier, later)
            break


def _decimals(story: Story, m: Measure) -> int:
    q = m.quantity
    written = story.doc.prose[q.number_span[0]:q.number_span[1]] if q.number_span else str(q.value)
    return len(written.split(".")[1]) if "." in written else 0


def _rounds_to(story: Story, a: Measure, b: Measure) -> bool:
    """Do the two readings agree at the coarser one's precision ("24.1%" / "24%")?"""
    places = min(_decimals(story, a), _decimals(story, b))
    unit = 10 ** -places
    return abs((a.quantity.value or 0) - (b.quantity.value or 0)) < unit * 0.5 + 1e-9 \
        or round(a.quantity.value or 0, places) == round(b.quantity.value or 0, places)
