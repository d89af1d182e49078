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

That is FC401-FC404. Five mechanisms have modules of their own, each importing the
shared helpers below: `consistency_recount` (FC405, any count noun with a typing slip),
`consistency_period` (FC406, one month's reading of an indicator), `consistency_same`
(FC407, one thing read through its class of nouns) and `consistency_backref` (FC408, a
definite "the N <noun>" checked against the earlier mentions of that noun, whatever it is) and
`consistency_slip` (FC409, two figures of one kind whose digits are two neighbours swapped).

Speed: a pattern that reads the words just before a figure is anchored at the end of them ("... the$") and
is compiled with regex.REVERSE, as claims.py does: matched from the end of the text, a miss (nearly every
call) costs one try instead of one per character. Only `search` is used on them (in REVERSE, `match`
anchors at the end).
"""
from __future__ import annotations

import functools
import math
from typing import ClassVar, Iterator, Mapping

import regex

from .. import slips
from ..model import Span
from ..quantities.numbers import round_count_rounding
from ..subjects import SAME_THING, Measure, measures
from .base import Hit, Option, Rule, Story

FIELDS = ("figure", "subject", "other", "first", "detail", "advice", "suggestion")

# A part of the whole: "the 300 workers who were dismissed", "the 12 passengers rescued".
# ("the 427 passengers who were on board" are all of them: being on board is what carrying them said, unless it names
# another vessel: "who were on board the second ferry")
_RESTRICTED = regex.compile(r"\A\s+(?!(?:who|that)\s+(?:were|was|had\s+been)\s+(?:on\s+board|aboard)(?!\s+(?:the|a|an|another|"
                            r"other|its|their|that|this)\b))(?:who|whom|that|which(?!,)|laid\s+off|dismissed|sacked|fired|hired|recruited|"
                            r"rescued|arrested|evacuated|affected|involved|trapped|missing|injured|hurt|still|each|"
                            # ("the 650 homes scheduled for delivery in 2021": a part set for a time of its own)
                            r"scheduled|slated|earmarked|per|apiece|on\s+board\s+the\s+other)\b", regex.I)


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
        "same_thing": Option(bool, False, "compare two mentions of one thing read through its class of nouns "
                                          "(\"Nineteen people died\" ... \"the 17 victims\"; \"a 320km pipeline\" "
                                          "... \"the 230km route\"; \"the $1.4-billion project\" ... "
                                          "\"the $1.7-billion line\")"),
        "period": Option(bool, False, "compare an indicator's readings for one month (\"inflation slowed to "
                                      "24.1% in December\" ... \"December's 23.4% reading\")"),
        "backref": Option(bool, False, "compare a definite \"the N <noun>\" / \"the N-<unit> <thing>\" with the "
                                       "earlier mentions of that noun, whatever the noun (\"214 investors\" ... "
                                       "\"the 241 investors\")"),
        "typing_slip": Option(bool, False, "compare any two figures of one kind (one unit of size, one counted "
                                           "noun) whose typed digits are two neighbouring digits swapped, where "
                                           "the later refers back (\"340 hectares\" ... \"all 430 hectares\")"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        # the three mechanisms of their own live in their own modules (they import this one's helpers)
        if rule.options["recount"]:
            from .consistency_recount import _recount
            yield from _recount(self, rule, story)
            return
        if rule.options["period"]:
            from .consistency_period import _period
            yield from _period(self, rule, story)
            return
        if rule.options["typing_slip"]:
            from .consistency_slip import _typing_slip
            yield from _typing_slip(self, rule, story)
            return
        if rule.options["backref"]:
            from .consistency_backref import _backref
            yield from _backref(self, rule, story)
            return
        if rule.options["same_thing"]:
            from .consistency_same import _same_thing
            yield from _same_thing(self, rule, story)
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
        # other values among the plain mentions close to either of a pair make them several things, not one
        # misreported (see _pair_alone)
        plain = [m for m in usable if id(m) not in restricted]
        generic = set(rule.options["generic_nouns"])
        for i, later in enumerate(usable):
            later_generic = later.phrase.lower() in generic
            if rule.options["require_definite"] and not (later.definite or later_generic):
                continue
            for earlier in usable[:i]:
                if earlier.sentence == later.sentence or _compatible(earlier, later, rule) \
                        or not _pair_alone(plain, earlier, later, rule):
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
                if later.subject in ("killed", "injured") and _tally_differs(story, earlier, later) \
                        or _told_apart(story, earlier.sentence, later.span.end, later.sentence[1]) \
                        or _other_phase(story, earlier, later):
                    continue
                if _introduced_between(story, kin, earlier, later, rule) or _other_names(story, earlier, later) \
                        or _said_before(story, earlier, later):
                    continue
                if later.subject not in ("killed", "injured") and _resized_between(story, earlier, later):
                    continue    # "It has since been extended, and the 37-mile pipeline ..."
                if _owned_elsewhere(story, earlier, later):
                    continue    # "Its parent group's 54,000 employees" after "the airline has about 4,700 staff"
                # "It will hire 200 new workers": an update in between that accounts for the later value
                cls = _MEASURE_SUBJECTS.get(later.subject or "")
                if cls and _updated(story, cls, earlier.span.end, later.quantity.start,
                                    earlier.quantity.value, later.quantity.value):
                    continue
                return self._hit(story, earlier, later)
        return None

    def _hit(self, story: Story, earlier: Measure, later: Measure) -> Hit:
        # FC408 and FC409 come last in the pack and leave a figure another consistency rule has flagged to that rule
        story.cache.setdefault("consistency.flagged", set()).add(later.quantity.start)
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


# an owner marked as another: "its parent group's", "the neighbouring district's", "a rival firm's"
_OTHER_OWNER = regex.compile(r"\b(?:parent|neighbou?ring|nearby|adjacent|rival|sister|other|another|second|"
                             r"existing|old|former)\s+(?:[\p{L}-]+\s+){0,2}?(?P<owner>[\p{L}-]+)['’]s\s+"
                             r"(?:[\p{Ll}-]+\s+)?\Z", regex.I | regex.REVERSE)


def _owned_elsewhere(story: Story, earlier: Measure, later: Measure) -> bool:
    """Does the later figure belong to an owner marked as another ("its parent group's 54,000 employees", "the
    neighbouring district's 2,600 nurses") that the first figure's sentence does not name so? Another owner's
    count is another thing."""
    prose = story.doc.prose
    owner = _OTHER_OWNER.search(prose, max(later.sentence[0], later.quantity.start - 60), later.quantity.start)
    return owner is not None and owner.group().split()[0].lower() not in \
        prose[earlier.sentence[0]:earlier.sentence[1]].lower()


def _resized_between(story: Story, earlier: Measure, later: Measure) -> bool:
    """Was the thing resized between the two mentions ("was expanded", "has since been extended")? Then its two
    sizes are before and after, as FC407 reads them."""
    from .consistency_same import _RESIZED
    return bool(_RESIZED.search(story.doc.prose, earlier.span.end, later.quantity.start))


_PLACE = regex.compile(
    r"\b(?i:in|at|near|from)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<place>[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)")


def _elsewhere(story: Story, a: Measure, b: Measure) -> bool:
    """Do the two sentences place their figures in different countries or places ("in Karachi" / "In Quetta")?"""
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        return True
    prose = story.doc.prose
    places_a = {m.group("place") for m in _PLACE.finditer(prose, *a.sentence)}
    places_b = {m.group("place") for m in _PLACE.finditer(prose, *b.sentence)}
    if places_a and places_b and not places_a & places_b:
        return True
    # "In nearby Elm Grove, the three people killed ...": a place the story sets beside its own is another one
    later = story.lowered_prose()[b.sentence[0]:b.sentence[1]]
    if "nearby" not in later and "neighbo" not in later and "adjacent" not in later:
        return False
    return any(m.group("place") not in prose[a.sentence[0]:a.sentence[1]]
               for m in _NEARBY_PLACE.finditer(prose, *b.sentence))


_NEARBY_PLACE = regex.compile(r"\b(?i:nearby|neighbouring|neighboring|adjacent)\s+(?P<place>[\p{Lu}][\p{L}'’-]+"
                              r"(?:\s+[\p{Lu}][\p{L}'’-]+)*)")


# a national total beside a local one: "24 people in Lagos" ... "nationwide, the 30 deaths"
# (or the whole world or group beside one site: "its 21,000 workers worldwide" after a plant's 1,200; not "a
# worldwide payroll of 31,000", an adjective for another figure in the sentence)
_NATIONAL = regex.compile(r"\b(?:nationwide|nationally|countrywide|country-wide|across\s+the\s+(?:country|nation)|"
                          r"(?<!\b(?:a|an|the|its|our|their)\s)(?:worldwide|group-wide)|globally|"
                          r"(?:around|across)\s+the\s+(?:world|globe|group)|"
                          r"(?:in|across)\s+(?:the\s+)?(?:whole|entire)\s+(?:country|nation)|national\s+(?:toll|total|"
                          r"tally|figure)|(?:across|in)\s+all\s+(?:\d+\s+)?(?:states|provinces|regions|districts))\b",
                          regex.I)
# a whole province, state or region counted: "across the province", "statewide", "in all 36 districts"
_WIDE_AREA = regex.compile(r"\b(?:across|throughout)\s+(?:the\s+|all\s+|its\s+)?(?:\w+\s+)?(?:provinces?|states?|"
                           r"regions?|count(?:y|ies)|districts?|territor(?:y|ies))\b|"
                           r"\b(?:statewide|state-wide|province-wide|provincewide|region-wide|regionwide)\b", regex.I)
_CITY = regex.compile(r"\b(?:city|town|metropolis|capital|municipality)\b", regex.I)
_STATE = regex.compile(r"\b(?:state|province|region|county|district)\b", regex.I)


def _scope_differs(story: Story, a: Measure, b: Measure, ends: tuple[int, int] | None = None) -> bool:
    """One sentence counts the whole nation and the other does not, or one a city and the other its state.
    `ends`: where each figure's scope is read up to (its clause's end), for a scope told before the figure or
    in its clause ("a housing complex with 3,400 homes in the state"), not in a comparison that follows it
    ("..., roughly the population of a small municipality")."""
    prose = story.doc.prose
    end_a, end_b = ends or (a.sentence[1], b.sentence[1])
    sa, sb = prose[a.sentence[0]:end_a], prose[b.sentence[0]:end_b]
    if bool(_NATIONAL.search(sa)) != bool(_NATIONAL.search(sb)):
        return True
    city_a, city_b = bool(_CITY.search(sa)), bool(_CITY.search(sb))
    state_a, state_b = bool(_STATE.search(sa)), bool(_STATE.search(sb))
    return (city_a and not state_a and state_b and not city_b) or (city_b and not state_b and state_a and not city_a)


def _tally_differs(story: Story, a: Measure, b: Measure) -> bool:
    """Of two tolls, one counts a whole province or state and the other does not: "10 people in the valley" ...
    "the 14 deaths across the province this season" (a programme "across the province" is still one programme,
    so this is read for the dead and the hurt only)."""
    prose = story.doc.prose
    return bool(_WIDE_AREA.search(prose, *a.sentence)) != bool(_WIDE_AREA.search(prose, *b.sentence))


# right after the later figure's noun: another place named by a common noun ("the 17 deaths in the neighbouring
# district"), or another source ("the 45 deaths reported by the rebels", "according to local media")
_TOLD_APART = regex.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:"
    r"(?:in|at|from|across|on)\s+(?:the\s+|a\s+|an\s+)?(?:neighbou?ring|nearby|adjacent|another|other|next|"
    r"separate|different|rival)\b|"
    # "the 13 people killed in that collapse": a demonstrative points at the other incident just named
    r"(?:in|at|from|during)\s+that\s+(?=\p{L})|"
    r"(?:reported|claimed|cited|given|announced|counted|recorded|alleged)\s+by\s+(?:the\s+|a\s+)?"
    r"(?:[\p{L}-]+\s+)??(?P<source>[\p{L}-]+)\b|according\s+to\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)??"
    r"(?P<source>[\p{L}-]+)\b)",
    regex.I)


# the phase a figure is told for: "the 260 beds in the second phase", "in its initial stage"
_PHASE_AFTER = regex.compile(r"\s+(?:in|of|for|during)\s+(?:the\s+|its\s+)?(?P<which>[\w-]+)\s+(?:phase|stage|tranche)\b",
                             regex.I)


def _other_phase(story: Story, earlier: Measure, later: Measure) -> bool:
    """Is the later figure told for a phase the first figure's sentence does not name ("220 beds in its first
    phase" ... "the 260 beds in the second phase")? Another phase is another part of the thing."""
    prose = story.doc.prose
    found = _PHASE_AFTER.match(prose, later.span.end, later.sentence[1])
    return found is not None and found.group("which").lower() not in prose[earlier.sentence[0]:earlier.sentence[1]].lower()


def _told_apart(story: Story, first: tuple[int, int], end: int, stop: int) -> bool:
    """Does the copy right after the later figure's noun put it in another place, or give it to a source the
    first sentence does not name?"""
    prose = story.doc.prose
    found = _TOLD_APART.match(prose, end, stop)
    if found is None:
        return False
    source = found.group("source")
    return source is None or source.lower() not in prose[first[0]:first[1]].lower()


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
_OWNER_BEFORE = regex.compile(r"(?P<name>[\p{Lu}][\p{L}-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}\Z", regex.REVERSE)
# a first mention that names no one: "The company employs ...", "It has ...", "The firm, which employs ..."
_ANAPHORIC_LEAD = regex.compile(r"\s*(?:(?:The|Its|Their)\s+\p{Ll}[\p{L}-]*|It|They)\b")
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
        # "Heineken's 1,950 workers": an employer the first sentence does not give, and not the one the story
        # named before it and the first sentence calls "the company"
        owner = _OWNER_BEFORE.search(story.doc.prose, max(later.sentence[0], later.quantity.start - 40),
                                     later.quantity.start)
        if owner and owner.group("name") not in before \
                and not (owner.group("name") in story.doc.prose[:earlier.sentence[0]]
                         and _ANAPHORIC_LEAD.match(story.doc.prose, earlier.sentence[0], earlier.quantity.start)):
            return True
    return any(name not in before for name in _PROPER.findall(later.modifier)) or _labelled_apart(earlier, later) \
        or named_in_apposition(story.doc.prose, later.sentence, later.quantity.start, before)


# a figure set in apposition to a name right before it: "the East African Crude Oil Pipeline, the 1,443km line",
# "Lake Kariba — the 5,580 sq km reservoir" (the name's words end at the comma or dash)
_NAME_IN_APPOSITION = regex.compile(r"(?P<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}'’.-]*)"
                                    r"{0,6})\s*(?:,|[—–]|\s-)\s*(?:the|a|an|its)\s+\Z")


# what a name in apposition to a size names by its last word: a built or natural thing that has a size
_NAMED_THINGS = frozenset("""pipeline line road highway motorway expressway railway railroad bridge tunnel canal dam
corridor route link hospital stadium arena airport port terminal plant station tower project scheme mine field
reservoir lake river park reserve estate complex refinery farm""".split())


def named_in_apposition(prose: str, sentence: tuple[int, int], start: int, first_sentence: str) -> bool:
    """Is the figure at `start` said of ANOTHER thing, named right before it ("..., the 1,443km line"), than the first
    figure's? A thing told of generically first ("a 1,443km crude oil pipeline") is often given its proper name
    later ("the East African Crude Oil Pipeline, the 1,434km line"): the name alone says nothing. The copy must
    set the named thing apart: "its second project after ...", "like ...", "longer than ...", "the previous
    project, ...", or the first sentence names its own thing otherwise."""
    found = _NAME_IN_APPOSITION.search(prose, max(sentence[0], start - 90), start)
    if found is None:
        return False
    name, name_start = found["name"], found.start("name")
    if found.start() == sentence[0]:
        # "Like the Harbour Park Stadium, a 42,800-seat arena, ...": the opening word may set the name apart;
        # otherwise a sentence's opening capital names nothing ("The 1,443km line ...")
        opening = regex.match(r"(?P<word>\p{Lu}\p{L}*)\s+(?:the\s+)?(?=\p{Lu})", name)
        if opening is None or opening["word"].lower() not in _SETS_APART_OPENING:
            return False
        name, name_start = name[opening.end():], name_start + opening.end()
    if name.split()[-1].lower() not in _NAMED_THINGS:
        return False    # "According to the Ministry of Cities, the 4,300 homes": a source, not a thing
    if all(w in first_sentence for w in regex.findall(r"\p{Lu}[\p{L}'’.-]*", name)):
        return False    # the first sentence's own name: the same thing
    if found.start() == sentence[0]:
        return True
    return _SETS_APART.search(prose, max(sentence[0], name_start - 80), name_start) is not None \
        or _names_another(first_sentence, name)


# words before a name that make it another thing than the story's: "its second project after", "like", "longer
# than", "the previous project,", "follows", "compared with"
_SETS_APART = regex.compile(r"(?<![\p{L}])(?:another|other|second|third|fourth|previous|earlier|former|existing|"
                            r"older|rival|after|like|unlike|than|follows?|followed|following|besides|alongside|"
                            r"compared(?:\s+(?:it|them))?\s+(?:to|with)|similar\s+to)(?![\p{L}])", regex.I)
_SETS_APART_OPENING = frozenset("like unlike after besides alongside".split())
# a proper name of a built or natural thing: "the Lamu Products Pipeline", "Harbour Park Stadium"
_PROPER_THING = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){0,6}")


def _names_another(first_sentence: str, name: str) -> bool:
    """The first figure's sentence names its own thing, by another name ("to build the 1,240km Lamu Products
    Pipeline")."""
    return any(found.group().rstrip(".") != name and found.group().rstrip(".").split()[-1].lower() in _NAMED_THINGS
               for found in _PROPER_THING.finditer(first_sentence))


def _labelled_apart(earlier: Measure, later: Measure) -> bool:
    """"its 7,000-foot main runway" ... "the 5,600-foot crosswind runway", "the 1,200km gas pipeline" ... "the
    2,100km oil pipeline": each mention carries words of its own before the noun and they share none, so the
    copy tells two things of the kind apart (a later mention without them, "the 2,100km pipeline", is the same)."""
    a, b = (set(m.modifier.lower().split()) for m in (earlier, later))
    return bool(a and b) and not a & b


def _interval(m: Measure, rule: Rule) -> tuple[float, float]:
    q = m.quantity
    value = q.value or 0.0
    lo = q.low if q.low is not None else (0.0 if q.high is not None else value)
    hi = q.high if q.high is not None else (math.inf if q.low is not None else value)
    # a bare count under a hundred is written as counted ("10 people were killed"): no rounding slack; "about 10"
    # keeps it
    rounding = 0.0 if q.kind == "number" and abs(value) < 100 and not q.hedge else _rounding(value)
    slack = abs(value) * rule.options["tolerance"] + q.precision + rounding
    # a power of ten rounds only what lies just below it: "100MW" is never a rounded 60MW (written "60MW"), so its
    # slack downwards is the rounding of the numbers below it (95 -> 100), a tenth of the slack upwards
    below = slack - rounding * 0.9 if rounding and _power_of_ten(value) else slack
    if q.hedge and q.low is None and q.high is None:
        hedge = _hedge_slack(abs(value), rule.options["hedged_tolerance"])
        slack, below = slack + hedge, below + hedge
    return lo - below, hi + slack


def _power_of_ten(value: float) -> bool:
    n = abs(int(value))
    return n >= 10 and str(n).rstrip("0") == "1"


def _hedge_slack(value: float, tolerance: float) -> float:
    """What "about" adds to a figure: the full tolerance to a figure of one significant digit ("about 300",
    "about 4,000"); half of it to one written to a finer digit ("roughly 3,100" is not 3,400, "about 4,500"
    not 4,900), though never less than a unit of its last digit."""
    full = value * tolerance
    unit = 2 * _rounding(value) or 1.0
    if value < 10 * unit:
        return full
    return min(full, max(unit, full / 2))


_rounding = round_count_rounding


def _compatible(a: Measure, b: Measure, rule: Rule) -> bool:
    alo, ahi = _interval(a, rule)
    blo, bhi = _interval(b, rule)
    return alo <= bhi and blo <= ahi


# two values of one kind this far apart (twice or more) are two things: a 20-bed ICU beside a 300-bed hospital,
# a site's 420 workers beside a group's 12,500, a worldwide payroll of 31,000
_FAR = 2.0


def _far(a: float | None, b: float | None) -> bool:
    a, b = abs(a or 0.0), abs(b or 0.0)
    return max(a, b) >= _FAR * min(a, b)


def _pair_alone(mentions: list[Measure], earlier: Measure, later: Measure, rule: Rule) -> bool:
    """Pairwise, not "exactly two values": do the story's other values of the kind all stand far from both
    figures of the pair (a part, a unit, a site, a whole)? One close to either leaves the reader unsure which
    thing the later figure means."""
    if len(_clusters(mentions, rule)) <= 2:
        return True     # two values in all (a round "500" takes a "450" into its cluster)
    ev, lv = earlier.quantity.value, later.quantity.value
    return all(_far(m.quantity.value, ev) and _far(m.quantity.value, lv) for m in mentions
               if not (_compatible(m, earlier, rule) or _compatible(m, later, rule)))


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
_MEASURE_SUBJECTS = {"killed": "dead", "injured": "injured", "worker": "workforce"}
# an update in between that may account for the difference: "two more bodies", "the toll rose"
_UPDATE_NOUNS = {"dead": r"bodies|victims|deaths|dead|people|fatalities|toll",
                 "injured": r"injured|people|wounded",
                 "workforce": r"workers|employees|staff|jobs|people|positions|roles|hires|workforce|headcount",
                 "jobs": r"jobs|positions|roles|posts|workers|people",
                 "households": r"families|households|homes|houses",
                 "dwellings": r"homes|houses|flats|apartments|units|dwellings",
                 "beds": r"beds|wards|wings", "rooms": r"rooms|wings", "storeys": r"storeys|floors|stories",
                 "seats": r"seats|stands"}
_UPDATE_AFTER = regex.compile(r"\A\s+(?:more|additional|further|other|extra|new)\b", regex.I)
_UPDATE_BEFORE = regex.compile(r"(?:\b(?:another|additional|further|extra|more|new)|\b(?:rose|risen|climbed|jumped|"
                               r"increased|revised|updated|raised|lowered|cut|brings?|bringing|grew|fell|dropped)"
                               r"\b[^.;,\d]{0,40}?\bto)\s+\Z", regex.I | regex.REVERSE)


@functools.lru_cache(maxsize=8)
def _unnumbered_update(cls: str) -> regex.Pattern:
    nouns = _UPDATE_NOUNS[cls]
    # "more bodies were found" (never "the new roles", which point back to a count already given)
    return regex.compile(rf"(?<!\b(?:the|its|their|these|those)\s+)\b(?:more|further|additional|new)\s+(?:{nouns})\b|"
                         rf"\b(?:toll|workforce|headcount|tally|count)\b[^.;]{{0,40}}\b(?:rose|risen|climbed|"
                         rf"jumped|increased|revised|updated|grew|fell|dropped|cut)\b", regex.I)


def _breakdown_of(story: Story, q, total: float) -> bool:
    """Is "five more" the rest of a breakdown of the total already given? "22 passengers died at the scene
    and five more in hospital" tells how the 27 died, and adds nobody to them."""
    s0, s1 = story.doc.sentence_at(q.start)
    return any(s0 <= p.start < s1 and p is not q and p.kind == "number" and p.value is not None
               and abs(p.value + (q.value or 0) - total) < 1e-9 * max(1.0, total) for p in story.quantities)


# words that say a sentence is about the dead ("two more died", "the toll rose to 9", "two more bodies")
_DEATH_WORD = regex.compile(r"\b(?:died|die|dies|dead|death|deaths|killed|kill|bodies|body|perished|drowned|"
                            r"succumbed|lives|fatal\w*|toll|victims?)\b", regex.I)


def _speaks_of_death(story: Story, q) -> bool:
    """Does the figure's sentence speak of the dead? A count of the hurt, the rescued or the damaged is no
    update of a toll."""
    return bool(_DEATH_WORD.search(story.doc.prose, *story.doc.sentence_at(q.start)))


def _updated(story: Story, cls: str, start: int, end: int, a: float | None, b: float | None,
             thing: regex.Pattern | None = None) -> bool:
    """An update of the count between the two mentions that explains the later value: a number
    ("two more bodies", "rose to 17") that equals the difference or the later value, or an update
    with no number at all ("more bodies were found"). For the size of a thing (`thing` names it), an
    update with no number counts only in a sentence that names the thing: "the hospital will get more
    beds" resizes it, "this is how we will deliver more beds faster" speaks of the whole programme."""
    if cls not in _UPDATE_NOUNS or a is None or b is None:
        return False
    prose = story.doc.prose
    numbered = []
    for q in story.quantities:
        if not (start <= q.start < end) or q.kind != "number" or q.value is None:
            continue
        left, right = prose[max(start, q.start - 60):q.start], prose[q.end:min(end, q.end + 40)]
        if _UPDATE_BEFORE.search(left) or _UPDATE_AFTER.match(right):
            if cls == "dead" and not _speaks_of_death(story, q):
                continue    # "six schools were damaged, and two more were shut" adds no dead
            numbered.append(q)
            if q.value in (abs(b - a), b) and not _breakdown_of(story, q, a):
                return True
    pattern = _unnumbered_update(cls)
    for u in pattern.finditer(prose, start, end):
        if any(q.start <= u.start() <= q.end + 1 for q in numbered):
            continue
        if thing is not None and not thing.search(prose, *story.doc.sentence_at(u.start())):
            continue
        return True
    return False
