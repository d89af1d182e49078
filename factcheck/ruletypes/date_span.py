"""date_span: a count of years between a beginning the story dates and now, said in any of the ways newsrooms say it.

A sub-editor reading "its first league title in 19 years" with "last crowned champions in 2003" in the next sentence,
"marking 35 years of production" after "Founded in 1986", "the 16th anniversary of the attack" beside the day the
attack happened, or "28 years before [this week's] jump in Tokyo" after "the 1996 Atlanta Olympics" does one sum:
the year counted to, less the year counted from. The phrasings differ; the frame is one:

- the count says what it measures: a wait that ends now ("the first ... in N years", "an N-year wait"), a life marked
  now ("marking N years of", "celebrates N years"), an anniversary, or a gap to the story's own event ("N years
  before" a thing the headline names);
- the beginning is a year tied to it by its own words, in the count's sentence or the one either side: the last time
  ("last won in 2003"), a coming to be ("Founded in 1986"), the day itself ("on 23 November 2009" in a story of
  23 November), or the year the count's sentence looks back to ("That summer");
- the end is the story's date.

We speak only when the sum is a near slip (a quarter or less off, more than the rounding allowed) and no two years
the story gives, nor one of them and the publication year, are as far apart as the count: a count of years that
fits any pair may be of something else the story tells. Ages, terms and contracts are never counts of these shapes.
"""
from __future__ import annotations

import datetime as dt

import regex

from ..model import Quantity, Span
from . import date_things, reference
from .base import Hit, Rule, Story

# -- what the count measures --------------------------------------------------------------------------------------
# "its first league title in 19 years", "for the first time in 19 years": a wait ended by the story's event
# ("the lowest inflation in 14 years", "its biggest win in 19 years": a record since the last time too)
_FIRST_IN = regex.compile(r"(?<![\p{L}])(?:first|worst|best|most|least|fewest|(?:high|low|bigg|larg|small|strong|weak|fast|slow|heavi|hott|"
                          r"cold|wett|dri|deep|busi|long|short|great|sharp|steep|bright|dark|clos|wid|narrow)est)\b[^.;:!?\"“”]{0,60}?\bin\s+"
                          r"(?:(?:more\s+than|over|almost|nearly|about|some)\s+)?\Z", regex.I)
# "the biggest the council has taken and will be repaid in 17 years": a verb phrase between the superlative and "in"
# ends the superlative's clause; what follows counts a span of its own (a term, a repayment), not a wait
_VERB_BETWEEN = regex.compile(r"(?<![\p{L}])(?:will|shall|would|be\s+\p{L}+(?:ed|en|id|wn)|(?:has|have|had)\s+\p{L}+"
                              r"\s+(?:and|but)|to\s+be)(?![\p{L}])", regex.I)


def _waits_since(before: str) -> bool:
    m = _FIRST_IN.search(before)
    return m is not None and not _VERB_BETWEEN.search(m.group())


# "back in the top flight after 19 years", "returned after 19 years away": a wait ended, the count closing its clause
_AFTER_N = regex.compile(r"(?<![\p{L}])(?:after|following)\s+(?:(?:more\s+than|over|almost|nearly|about|some)\s+)?\Z",
                         regex.I)
# ... and only when something came back or began again: "closed after 40 years", "retired after 30 years" tell how
# long a thing lasted, not a wait that ends now
_CAME_BACK = regex.compile(r"(?<![\p{L}])(?:return(?:s|ed|ing)?|back|re-?open(?:s|ed|ing)?|resum(?:e|es|ed|ing)|"
                           r"restor(?:e|es|ed|ing)|reviv(?:e|es|ed|ing)|reunit(?:e|es|ed|ing)|again|"
                           r"end(?:s|ed|ing)?\s+(?:a|an|the|their|its|his|her)\b)(?![\p{L}])", regex.I)
_CLAUSE_ENDS = regex.compile(r"\s*(?:[.,;:!?—–)]|\s(?:away|out|absence)\b|$)", regex.I)
# "ending a 22-year wait", "a 19-year drought"
_WAIT_AFTER = regex.compile(r"(?:-year|\s+years?)(?:-long)?\s+(?:wait|drought|absence|hiatus)\b", regex.I)
# "marking 35 years of production", "celebrates 40 years since its founding", "to mark 25 years in business"
_MARKING = regex.compile(r"(?<![\p{L}])(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+"
                         r"(?:(?:its|their|his|her|the|our)\s+)?\Z", regex.I)
_MARKED_YEARS_OF = regex.compile(r"\s+(?:of|in)\s", regex.I)
# "35 years since its founding", "40 years since it opened": "since" ties to the beginning only when it names it
# ("35 years since its first export order" counts from another day)
_SINCE_FOUNDING = regex.compile(r"\s+since\s+(?:(?:its|their|the|our|his|her)\s+(?:\p{L}+\s+)?(?:founding|foundation|"
                                r"creation|launch|opening|inception|establishment|birth|formation)|(?:it|they|we|the\s+"
                                r"\p{L}+|(?:its|their|the)\s+\p{Ll}+\s+\p{Ll}+)\s+(?:was\s+|were\s+)?(?:founded|opened|"
                                r"set\s+up|began|started|launched|"
                                r"established|formed|created))(?![\p{L}])", regex.I)


def _marks_years_from_a_beginning(prose: str, at: int) -> bool:
    return bool(_MARKED_YEARS_OF.match(prose, at) or _SINCE_FOUNDING.match(prose, at))


# "the club's 120-year history", "its 35 years of history": a life counted from its beginning
_HISTORY = regex.compile(r"(?:-year|\s+years?\s+of)\s+(?:(?:its|their|proud|rich|long)\s+)?(?:history|existence)\b",
                         regex.I)
_ANNIVERSARY = regex.compile(r"\s+anniversary\b", regex.I)
# "28 years before Brume's jump in Tokyo": a gap to an event named after "before", up to the clause's end
_BEFORE_EVENT = regex.compile(r"\s+before\s+(?P<event>[^.;:!?]{3,80})", regex.I)
# "That summer, ...", "That year": a sentence that speaks of the year its neighbour before just told
_THAT_TIME = regex.compile(r"\A\W*(?:that|the\s+same)\s+(?:year|summer|winter|spring|autumn|season|day|month)\b",
                           regex.I)

# -- what ties a year to the beginning ----------------------------------------------------------------------------
# "were last crowned champions in 2003", "the previous title came in 2003", "most recently in 2003"
_LAST_TIME = regex.compile(r"(?<![\p{L}])(?:last|previous(?:ly)?|most\s+recent(?:ly)?)(?![\p{L}])", regex.I)
# "Founded in 1986", "set up in 1986", "which opened in 1986"
_BEGAN = regex.compile(r"(?<![\p{L}])(?:found(?:ed)?|establish(?:ed)?|set\s+up|start(?:ed)?|beg[au]n|open(?:ed)?|"
                       r"launch(?:ed)?|creat(?:ed)?|form(?:ed)?|incorporat(?:ed)?|inaugurat(?:ed)?)(?![\p{L}])",
                       regex.I)
# the last time must be the wait's own event: "last won in 2003" for a title, not "last reached a cup final in 2003"
# ("last did so in 2003", "most recently in 2003" say nothing else and are the wait's)
_BARE_LAST = regex.compile(r"(?:last|previous(?:ly)?|most\s+recent(?:ly)?)(?:\s+(?:won|did\s+(?:so|it)|managed\s+(?:it|"
                           r"that)|happened|occurred|time))?\s+(?:came\s+|was\s+)?in\s+\Z", regex.I)
_EVENT_KINDS = {"reach": regex.compile(r"(?<![\p{L}])(?:reach(?:ed|es)?|finals?|semi-finals?|quarter-finals?|"
                                       r"qualif(?:y|ied|ies))(?![\p{L}])", regex.I),
                "win": regex.compile(r"(?<![\p{L}])(?:w[oi]n|wins|titles?|troph(?:y|ies)|silverware|champions(?:hip)?|"
                                     r"crown(?:ed)?|lift(?:ed)?|premiership|pennant)(?![\p{L}])", regex.I)}
_TIE_REACH = 90        # characters before a year its tie word may stand, within its sentence


def _event_kind(words: str):
    for kind, told in _EVENT_KINDS.items():
        if told.search(words):
            return kind     # "reached a cup final" is a final reached, whatever cup it names
    return None


# "a 38-year wait that stretched back to Panatta's 1976 title", "a 19-year drought dating back to 2005", "a 12-year
# wait since the 2011 final": the wait's own clause names the year it began
_REACHES_BACK = regex.compile(r"[^.;:!?]{0,80}?(?<![\p{L}])(?:(?:stretch|dat|go|reach|run)\p{L}*\s+back\s+to|since)"
                              r"(?![\p{L}])[^.;:!?]{0,60}", regex.I)


def _wait_reaches_back(prose: str, q: Quantity, p: Quantity) -> bool:
    return q.end < p.start and _REACHES_BACK.fullmatch(prose, q.end, p.start) is not None


def _last_time_of_the_wait(words: str, wait_sentence: str) -> bool:
    """Do the words before a year tell the last time of the wait's own event? A bare "last did so in" does; a last
    time of a kind of event (a title won, a final reached) must be of the wait's kind when the wait names one. Other
    last times ("last played in it in 2010", "last rose this slowly in 2009") echo the wait's own words loosely."""
    last = None
    for last in _LAST_TIME.finditer(words):
        pass
    if last is None:
        return False
    told = words[last.start():]
    if _BARE_LAST.match(told):
        return True
    kind = _event_kind(told)
    waited = {k for k, said in _EVENT_KINDS.items() if said.search(wait_sentence)}     # "won the final": both
    return kind is None or not waited or kind in waited


def span_hits(story: Story, rule: Rule, hit, taken: set) -> list[Hit]:
    """The hits for counts of years the frame reads wrong. `hit` is the date check's hit builder; `taken` the spans
    another reading already reported: the frame is the last resort."""
    published = story.doc.publication_date
    if published is None:
        return []
    found = []
    for q in story.quantities:
        if (q.start, q.end) in taken or q.value is None or q.start < story.doc.body_start:
            continue
        if q.low is not None and q.high is not None and q.low != q.high:
            continue
        reading = _reading(story, q)
        if reading is None:
            continue
        shape, start = reading
        h = _judged(story, rule, hit, q, shape, start, published)
        if h is not None:
            found.append(h)
    return found


def _reading(story: Story, q: Quantity):
    """(shape, the year quantity counted from) for a count of one of the frame's shapes, else None."""
    prose = story.doc.prose
    if q.kind == "ordinal" and _ANNIVERSARY.match(prose, q.end):
        return _tied(story, q, "anniversary")
    if q.kind != "duration" or q.unit != "year" or q.value != int(q.value) or q.value < 2:
        return None
    tail = len("-year") if q.text.endswith("-year") else 0
    if date_things.is_age_of_thing(q, prose) and not (_WAIT_AFTER.match(prose, q.end - tail)
                                                      or _HISTORY.match(prose, q.end - tail)):
        return None
    begin = date_things._count_start(prose, q)
    s0 = story.doc.sentence_at(q.start)[0]
    before = prose[max(s0, begin - 80):begin]
    if _waits_since(before) or _WAIT_AFTER.match(prose, q.end - tail):
        return _tied(story, q, "wait")
    after = _AFTER_N.search(before)
    if after is not None and _CLAUSE_ENDS.match(prose, q.end) and _CAME_BACK.search(before[:after.start()]):
        return _tied(story, q, "wait")
    if (_MARKING.search(before) and _marks_years_from_a_beginning(prose, q.end)) \
            or _HISTORY.match(prose, q.end - tail):
        return _tied(story, q, "life")
    m = _BEFORE_EVENT.match(prose, q.end)
    if m is not None and _names_the_news(story, m.group("event")):
        return _tied(story, q, "to-news")
    return None


def _names_the_news(story: Story, words: str) -> bool:
    """Does a phrase name the story's own event: a capitalised word of it is in the headline?"""
    title = story.doc.title or ""
    if not title:
        return False
    heads = {w.lower() for w in regex.findall(r"\p{Lu}\p{L}{3,}", title)}
    return any(w.lower() in heads for w in regex.findall(r"\p{Lu}\p{L}{3,}", words))


def _tied(story: Story, q: Quantity, shape: str):
    """The one year in the count's sentence or the one either side that its own words tie to the beginning."""
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    prev0 = story.doc.sentence_at(max(0, s0 - 2))[0] if s0 > story.doc.body_start else s0
    next1 = story.doc.sentence_at(min(len(prose) - 1, s1 + 2))[1] if s1 + 2 < len(prose) else s1
    if shape == "to-news":
        # the year the count's clause looks back from: its own sentence's, before it, or the one before's
        own = [p for p in story.quantities if s0 <= p.start < q.start and _year(p)]
        if not own and _THAT_TIME.match(prose[s0:s1]):
            own = [p for p in story.quantities if prev0 <= p.start < s0 and _year(p)][-1:]
        return (shape, own[-1]) if len(own) == 1 else None
    tied = []
    for p in story.quantities:
        if not (prev0 <= p.start < next1) or p is q or not _year(p):
            continue
        p0 = story.doc.sentence_at(p.start)[0]
        words = prose[max(p0, p.start - _TIE_REACH):p.start]
        if shape == "wait" and (_last_time_of_the_wait(words, prose[s0:s1]) or _wait_reaches_back(prose, q, p)):
            tied.append(p)
        elif shape == "life" and _BEGAN.search(words):
            tied.append(p)
        elif shape == "anniversary" and _on_this_day(p, story.doc.publication_date) \
                and not _recorded_day_slipped(story, p) and _marks_a_harm(prose, q) \
                and _HARM_TOLD.search(prose, p0, story.doc.sentence_at(p.start)[1]):
            tied.append(p)
    years = {_year(p)[0] for p in tied}
    return (shape, tied[0]) if len(years) == 1 else None


# "the 16th anniversary of the attack" ... "were abducted and shot ... on 23 November 2009": what the anniversary
# marks and what the day's sentence tells are both a harm (a day on which a library opened is another day's)
_HARM_MARKED = regex.compile(r"\s+anniversary\s+of\s+(?:[\p{L}'’-]+\s+){0,4}?(?:attacks?|massacres?|disasters?|"
                             r"bombings?|blasts?|explosions?|(?:earth)?quakes?|tsunamis?|floods?|fires?|crash(?:es)?|"
                             r"collapses?|killings?|shootings?|genocide|siege|sinking|tragedy|accident|storm|typhoon|"
                             r"cyclone|hurricane|landslides?)\b", regex.I)
_HARM_TOLD = regex.compile(r"(?<![\p{L}])(?:killed|killing|died|dead|deaths?|shot|murdered|massacred|struck|"
                           r"collapsed|exploded|destroyed|sank|victims?|injured|wounded|abducted|perished|swept|"
                           # a building or bridge that fell: "came down on the morning of 24 April 2013"
                           r"came\s+down|caved\s+in|gave\s+way|toppled|crumbled)"
                           r"(?![\p{L}])", regex.I)


def _marks_a_harm(prose: str, q: Quantity) -> bool:
    return _HARM_MARKED.match(prose, q.end) is not None


def _year(p: Quantity):
    when = date_things.year_of(p)
    return when if when is not None and when[0] >= 1000 else None


def _on_this_day(p: Quantity, published: dt.date | None) -> bool:
    """A day told in full whose anniversary is the story's day or the one before: the day an anniversary story
    marks."""
    if published is None or p.kind != "date" or p.resolution != "day" or p.date is None or not p.year_given:
        return False
    d = p.date
    if published.year - d.year < 2:
        return False
    try:
        this_year = dt.date(published.year, d.month, d.day)
    except ValueError:
        return False
    return 0 <= (published - this_year).days <= 1


def _recorded_day_slipped(story: Story, p: Quantity) -> bool:
    """Is the day a recorded event's, written with a year or three off ("the tsunami of 26 December 2005")? Then
    the date is the slip, not the anniversary's count (the record's check speaks of it)."""
    return any((e.start.month, e.start.day) == (p.date.month, p.date.day) and 0 < abs(e.start.year - p.date.year) <= 3
               for e in reference.recorded_events(story))


def _judged(story: Story, rule: Rule, hit, q: Quantity, shape: str, start: Quantity, published: dt.date):
    year = _year(start)[0]
    stated = int(q.value)
    computed = published.year - year
    tol = 0 if shape == "anniversary" else rule.options["years_tolerance"] + (1 if q.hedge else 0)
    if shape == "life" and _full_day(start) and not q.hedge:
        # "marks 15 years since its first line opened on 9 September 2009": a count to a day told in full is the
        # calendar years between or the whole years gone by, not a round figure
        tol = 0
        if stated == computed - 1 and (published.month, published.day) < (start.date.month, start.date.day):
            return None
    if computed <= 0 or abs(computed - stated) <= tol:
        return None
    if abs(computed - stated) * 4 > computed:
        return None     # far off: the count may be of something else
    if _fits_any_pair(story, q, stated, tol, published):
        return None
    if shape == "anniversary":
        nth = date_things.ordinal_text
        problem = (f"{story.text_of(start.span)}, the day marked, was {computed} years before the story's "
                   f"({published.isoformat()}), so this is the {nth(computed)} anniversary, not the {nth(stated)}")
        suggestion = nth(computed) if q.text[:1].isdigit() else None
    else:
        problem = (f"counted from {story.text_of(start.span)} to the story's year ({published.year}) that is "
                   f"{computed} years, not {stated}")
        suggestion = None
    return hit(Span(q.start, q.end), story.text_of(q.span), f"{computed}", suggestion,
               {"year": year, "published": published.isoformat(), "stated_years": stated, "shape": shape},
               problem, related=(start.span,))


def _full_day(p: Quantity) -> bool:
    return p.kind == "date" and p.resolution == "day" and p.date is not None and p.year_given


def _fits_any_pair(story: Story, q: Quantity, stated: int, tol: int, published: dt.date) -> bool:
    """Is any year the story gives the count away from the publication year or a year of the count's own sentence?
    Then the count may run from another beginning than the one tied to it."""
    years = {w[0] for p in story.quantities if (w := _year(p))} | {published.year}
    s0, s1 = story.doc.sentence_at(q.start)
    ends = {w[0] for p in story.quantities if s0 <= p.start < s1 and (w := _year(p))} | {published.year}
    return any(abs((b - a) - stated) <= tol or (tol == 0 and b - a - 1 == stated)
               for a in years for b in ends if b > a)
