"""The events a story is about, and a date written onto one of them that nearly matches its record.

A sub-editor who knows the Christchurch earthquake struck on 22 February 2011 stops at "the magnitude 6.3
quake struck at 12.51pm on 22 February 2010" without reading the sentence's grammar: the story is about that
quake, the date is written onto a quake, and it misses the record in one part by a little. This module reads
a date the same way, from three signals instead of a sentence frame:

* **in play** — the recorded events the story is about: one of its names is written anywhere (title or
  body), or a word of its kind ("earthquake", "typhoon", "final", "Olympics", "sworn in") and one of its
  places ("Christchurch", "Maule", "Johannesburg", "Union Buildings") are both written somewhere;
* **written onto it** — the date stands in the clause of a word of the event's kind or of its name, after it
  ("the final on", "the quake struck at 12.51pm on", "the collapse of Samarco's dam in Mariana, in") or
  right before it ("the 2012 World Cup"), or in the clause of an "It" that opens the next sentence;
* **a near miss** — exactly one of year, month and day differs from the record, and by a little (a year by
  one to three, a month by one or two, a day by one to three), and the date is not that of another recorded
  event (the Darfield quake of 4 September 2010 beside the Christchurch one of 22 February 2011).

Guards keep what a story does about an event apart from the event: a date later than the record behind a
commemoration ("marked the anniversary of the quake on 22 February 2012") or a time after it ("a year after
the quake, on") is the later thing's unless the event's own verb binds it ("the earthquake that struck before
dawn on"); an indefinite noun ("an earthquake struck on") is a new one; a capitalised word or country of its
own before the noun ("the Emir Cup final", "the Nepal earthquake") is another one; a date still to come, or
one of a plan ("were due to open in"), is no record's.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions
from ..subjects import story_countries

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event, Mention

# Words of a kind of event, by the class they stand for. "final" is a tournament's last day.
_KIND_WORDS = {
    "quake": ["earthquake", "earthquakes", "quake", "quakes", "tremor", "temblor"],
    "storm": ["typhoon", "typhoons", "cyclone", "cyclones", "hurricane", "hurricanes", "storm", "superstorm",
              "landfall"],
    "tsunami": ["tsunami"],
    "cup": ["World Cup"],
    "final": ["final"],
    "olympics": ["Olympics", "Olympic Games", "Games"],
    "collapse": ["collapse", "collapsed", "dam"],
    "inauguration": ["inauguration", "inaugurated", "sworn in", "swearing-in", "took office"],
    "prize": ["Nobel Peace Prize", "Nobel Prize", "Nobel"],
    "vote": ["election", "elections", "referendum", "plebiscite"],
    "attack": ["attack", "attacks", "bombing", "bombings", "shooting", "shootings", "massacre"],
}
_CLASS_OF = {w.casefold(): cls for cls, words in _KIND_WORDS.items() for w in words}
# Capitalised kinds are read only so ("the Games", never "video games"); the rest in any case.
_KIND_RE = regex.compile(
    r"(?<![\p{L}-])(?:" + "|".join(regex.escape(w) if not w[:1].isupper() else f"(?-i:{regex.escape(w)})"
                                   for w in sorted({w for ws in _KIND_WORDS.values() for w in ws},
                                                   key=len, reverse=True)) + r")(?![\p{L}-])", regex.I)
_KIND_FOLDED = tuple(sorted({w.casefold() for ws in _KIND_WORDS.values() for w in ws}))
# those that hold no other ("attacks" holds "attack"): a text holds one of these if and only if it holds one of all
_KIND_FOLDED_LEAST = tuple(w for w in _KIND_FOLDED if not any(v != w and v in w for v in _KIND_FOLDED))


# each class's words as `_KIND_RE` reads them, with their casefolds for a cheap test first
_CLASS_RES = tuple(
    (cls, tuple(w.casefold() for w in words), regex.compile(
        r"(?<![\p{L}-])(?:" + "|".join(regex.escape(w) if not w[:1].isupper() else f"(?-i:{regex.escape(w)})"
                                       for w in sorted(set(words), key=len, reverse=True)) + r")(?![\p{L}-])",
        regex.I))
    for cls, words in _KIND_WORDS.items())


def _kinds_written(title: str, prose: str, folded: str) -> set[str]:
    """The classes of kind the title or prose writes (as `_KIND_RE` finds them: a kind word is never part of
    another class's phrase, so each class is looked for on its own, and only where its words' casefolds are)."""
    if not folded.isascii():
        return {cls for cls, casefolds, pattern in _CLASS_RES
                if any(map(folded.__contains__, casefolds)) and (pattern.search(title) or pattern.search(prose))}
    # in ASCII a match begins where one of the class's casefolds is written (casefold is lower and keeps every
    # offset): the pattern is tried only there, not searched for over the whole story
    lowered = None
    found = set()
    for cls, casefolds, pattern in _CLASS_RES:
        if not any(map(folded.__contains__, casefolds)):
            continue
        if lowered is None:
            lowered = (title.lower(), prose.lower())
        if _matched_at_words(pattern, title, lowered[0], casefolds) \
                or _matched_at_words(pattern, prose, lowered[1], casefolds):
            found.add(cls)
    return found


def _matched_at_words(pattern: "regex.Pattern", text: str, lowered: str, casefolds: tuple[str, ...]) -> bool:
    """pattern.search(text) is not None, for ASCII text whose every match begins with one of `casefolds`."""
    for w in casefolds:
        at = lowered.find(w)
        while at >= 0:
            if pattern.match(text, at):
                return True
            at = lowered.find(w, at + 1)
    return False


def _kind_said(story: "Story", s0: int, s1: int):
    """`_KIND_RE`'s first match in the sentence (False when no kind word is written there): read once for all the
    dates of a sentence."""
    cache = story.cache.setdefault("event_story.kind_said", {})
    key = (s0, s1)
    if key not in cache:
        cache[key] = _kind_word_in(story, s0, s1) and _KIND_RE.search(story.doc.prose, s0, s1)
    return cache[key]


def _kind_word_in(story: "Story", s0: int, s1: int) -> bool:
    """A cheap test before `_KIND_RE`: is any kind word written in the sentence, in any case? (every match of
    `_KIND_RE` casefolds to one of these)"""
    folded = story.doc.prose[s0:s1].casefold()
    return any(map(folded.__contains__, _KIND_FOLDED_LEAST))


# Kinds whose every event needs a near miss in the full date: they recur within a country every few years
# (an election of 2016 beside the recorded one of 2018 is more likely another election than a slip).
_FULL_DATE_ONLY = frozenset({"vote", "attack"})
# Kinds whose events recur at one place (every president is sworn in at the Union Buildings, a prize every
# year): the place or person of the record must be written in the date's own sentence.
_PLACE_IN_SENTENCE = frozenset({"inauguration", "prize", "collapse"})
# Row kinds and the classes they give, beside those read from the event's names.
_ROW_KIND = {"election": {"vote"}, "referendum": {"vote"}, "attack": {"attack"}, "aftershock": {"quake"},
             "inauguration": {"inauguration"}, "prize": {"prize"}}
# Words of a name that say nothing of where: "the 2011 Christchurch earthquake" has one place, Christchurch.
_NOT_PLACES = frozenset("the of and in at on for a an fifa icc men's women's summer winter super great severe "
                        "tropical very cyclonic world cup olympic olympics games game typhoon cyclone hurricane "
                        "storm earthquake quake tsunami final tournament championship collapse dam disaster "
                        "national general presidential parliamentary election referendum plebiscite attack "
                        "attacks the magnitude death release inauguration nobel peace prize january february march "
                        "april may june july august september october november december".split())
# a storm's name's note of where it came ashore: "(Florida landfall)", "(Philippine landfalls)". The state is the
# place of many storms, not a place of this one ("a hurricane hit Florida in September 2023" is no slip of Helene's)
LANDFALL_NOTE = regex.compile(r"\s*\([^()]*\blandfalls?\)")
_CAP_RUN = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}[\p{L}'’.-]*)*")

# What an event itself does on its date: read in the clause between its noun and the date.
_EVENT_VERB = regex.compile(
    r"(?<![\p{L}])(?:struck|strikes|hit|hits|made\s+landfall|tore|slammed|swept|killed|collapsed|burst|"
    r"gave\s+way|came\s+down|erupted|shook|rocked|jolted|devastated|flattened|ravaged|crossed|took\s+place|"
    r"was\s+held|were\s+held|was\s+played|were\s+played|staged|opened|began|started|ended|closed|broke\s+out|"
    r"won|beat|lifted|sworn\s+in|inaugurated|awarded|was\s+fought)(?![\p{L}])", regex.I)
# Between the event word and its date: what ends the event's clause or makes the date another thing's.
_GAP_BREAK = regex.compile(
    r"[;!?]|\s[—–]\s|(?<![\p{L}])(?:after|since|until|till|ago|later|earlier|anniversar\w*|following|than|but|"
    r"because|whereas|although|though|said|says|told|announced|scheduled|planned|postponed|delayed|moved|"
    r"rescheduled|due|expected|slated|originally|bid|hosted|host|reopened|rebuilt|restored|demolished|convicted|"
    r"sentenced|charged|arrested|ruled|verdict|trial|inquiry|report|reported|published|followed|preceded|"
    r"prompted|caused|triggered|sparked|compensat\w*|settlement|marked|commemorat\w*|memorial|remembered|"
    r"returned|died|resigned|elected|re-elected|before(?!\s+(?:dawn|daybreak|sunrise|noon|midday|midnight)))"
    r"(?![\p{L}])"
    # a new subject: ", and the city was", " and he left"
    r"|(?:,|(?<![\p{L}])and)\s+(?:the|a|an|he|she|they|it|we|i|his|her|their|its|this|these|those)\s+"
    r"[\p{L}'’-]+\s+(?:was|were|is|are|has|had|have|will|would|\p{Ll}+ed)(?![\p{L}])", regex.I)
# Before the event word: a time after it or something done about it ("a year after the quake, on",
# "marked the anniversary of the quake on"); such a date is the later thing's unless the event's own verb binds it.
_FRAMED = regex.compile(
    r"(?<![\p{L}])(?:anniversar\w*|commemorat\w*|memorial\w*|remembrance|remember\w*|mark(?:s|ed|ing)?|"
    r"mourn\w*|vigils?|tributes?|since|ago|aftermath|(?:days?|weeks?|months?|years?|decades?|hours?|shortly|soon|"
    r"long)\s+(?:after|before|on|later|earlier)|after\s+(?:the|this|that|its)|"
    r"due|scheduled|planned|postponed|delayed|originally|expected|bid|awarded\s+the\s+right)(?![\p{L}])", regex.I)
_AFTER_THE = regex.compile(r"(?i)(?<![\p{L}])after\s+(?:the|this|that|its)\s+(?:[^\s,;]+\s+){0,2}\Z")


def _framed(prose: str, s0: int, word_start: int, date_start: int) -> bool:
    """Is the event word framed as the time of something later ("marked the anniversary of the quake on", "a year
    after the quake, on")? A bare "after the final at Lusail on" keeps the date the final's; a comma gives it
    to what follows."""
    framed = _FRAMED.search(prose, s0, word_start)
    if framed is None:
        return False
    if _AFTER_THE.match(prose, framed.start(), word_start) and regex.match(r"after\s", framed.group(), regex.I):
        return "," in prose[word_start:date_start]
    return True


# A tournament or Games is given to its hosts years before it is played: a date of that choice is not the event's.
_HOSTED_CLASSES = frozenset({"cup", "olympics", "final"})
_HOSTS_CHOSEN = regex.compile(r"(?<![\p{L}])(?:awarded|chosen|selected|picked|voted|bid|won\s+the\s+(?:right|bid|vote)|"
                              r"given\s+to|handed\s+to)(?![\p{L}])", regex.I)
_PLAN = regex.compile(r"(?<![\p{L}])(?:due|scheduled|planned|postponed|delayed|originally|expected|slated|"
                      r"would\s+have|were\s+to|was\s+to)(?![\p{L}])", regex.I)
# An indefinite noun is a new event of the kind: "an earthquake struck on", "another typhoon".
_INDEFINITE = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|another|one|other|every|each|next|new|second|third|"
                            r"previous|earlier|later)\s+(?:[^\s,;]+\s+){0,3}\Z")
_PREP_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:on|in|of|at|during|by)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+|"
                             r"(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|summer|winter|spring|"
                             r"autumn|fall|end|start|beginning|middle)\s+of\s+)?\Z")
# "the 2012 World Cup", "its November 2013 collapse": a date that modifies the event noun has a determiner before
# it ("In 2012 the quake commission paid out" is the clause's time, not the quake's)
_DETERMINER = regex.compile(r"(?i)(?<![\p{L}])(?:the|its|their|this|that)\s+\Z")
_IT_OPENS = regex.compile(r"\s*(?:And\s+|But\s+|Then\s+)?It\s")
# "the 2012 World Cup", "the November 2013 collapse", "2012's World Cup": up to two words between
_DATE_THEN_NOUN = regex.compile(r"(?:['’]s)?,?\s+(?:[\p{L}\d.'’-]+\s+){0,2}?(?=\S)")


@dataclass(frozen=True)
class Recorded:
    """An event as this module reads it: its classes of kind and its places."""
    event: "Event"
    kinds: frozenset[str]
    places: frozenset[str]


@functools.lru_cache(maxsize=8)
def _recorded(folder: str) -> tuple[Recorded, ...]:
    from .reference import _events
    events, _ = _events(folder)
    out = []
    for e in events:
        kinds = set(_ROW_KIND.get(e.row.get("kind") or "", ()))
        places = set(e.places) | {n[1:].strip() for n in (e.row.get("aliases") or "").split("|")
                                  if n.strip().startswith("#")}
        for name in e.names:
            for w in _KIND_RE.findall(name):
                kinds.add(_CLASS_OF[w.casefold()])
            for run in _CAP_RUN.findall(LANDFALL_NOTE.sub("", name)):
                words = [w for w in run.split() if w.casefold() not in _NOT_PLACES and not w[:1].isdigit()]
                if words and len(" ".join(words)) >= 4:
                    places.add(" ".join(words))
        if "cup" in kinds and e.row.get("kind") == "tournament":
            kinds.add("final")
        if e.row.get("kind") == "tournament" and "olympics" not in kinds and "Olympic" in " ".join(e.names):
            kinds.add("olympics")
        if not kinds:
            continue
        out.append(Recorded(e, frozenset(kinds), frozenset(p for p in places if p)))
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _by_id(folder: str) -> dict[str, Recorded]:
    return {r.event.id: r for r in _recorded(folder)}


def _story_words(story: "Story") -> tuple[str, str]:
    """The story's title and prose, to look kinds and places up in."""
    return (story.doc.title or ""), story.doc.prose


def in_play(story: "Story") -> tuple[Recorded, ...]:
    """The recorded events the story is about (worked out once per story)."""
    return story.memo("event_story.in_play", _in_play)


def _place_with_word(prose: str, s0: int, s1: int, place: str, a: int, b: int) -> bool:
    """Is the place written in the sentence on the kind word's side of any break ("Lehman Brothers, the bank whose
    collapse in", never "the building collapsed in 2007, a year before Lehman Brothers filed")?"""
    text = prose[s0:s1]
    at = text.find(place)
    while at >= 0:
        p0, p1 = s0 + at, s0 + at + len(place)
        if not (text[at - 1:at].isalnum() or text[at + len(place):at + len(place) + 1].isalnum()) \
                and not _GAP_BREAK.search(prose, min(p1, b), max(p0, a)):
            return True
        at = text.find(place, at + 1)
    return False


def _written(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        before = text[at - 1:at]
        after = text[at + len(word):at + len(word) + 1]
        if not (before.isalnum() or after.isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


@functools.lru_cache(maxsize=8)
def _long_names(folder: str) -> tuple:
    """Each recorded event with its names of six or more characters, casefolded, and whether each is contextual;
    by class of kind, the places of the events of that class in that list; and each event's places with their
    first words (None where a place opens with no letter or digit)."""
    recorded = tuple((r, tuple((n.casefold(), n in r.event.contextual) for n in r.event.names if len(n) >= 6))
                     for r in _recorded(folder))
    by_class: dict[str, list[int]] = {}
    for i, (r, _) in enumerate(recorded):
        for cls in r.kinds:
            by_class.setdefault(cls, []).append(i)
    places = tuple(tuple((p, run.group() if (run := _ALNUM_RUN.match(p)) else None) for p in r.places)
                   for r, _ in recorded)
    # for cheap tests first: each event's long names with a word of each, and its places' first words (None when some place
    # opens with no letter or digit, so that no test of first words can rule its places out)
    # a word inside a name (a run with a character of no run on either side) is a whole run wherever the name is
    # written: the longest such run of each name, or None
    inner = [[(n, max((m.group() for m in _ALNUM_RUN.finditer(n) if 0 < m.start() and m.end() < len(n)),
                      key=len, default=None)) for n, _ in long_names] for _, long_names in recorded]
    # per event: the inner words of its names that have one, and its names that have none
    names_only = tuple((frozenset(w for _, w in ns if w is not None), tuple(n for n, w in ns if w is None))
                       for ns in inner)
    firsts = tuple(None if any(f is None for _, f in ps) else frozenset(f for _, f in ps) for ps in places)
    return recorded, {cls: tuple(found) for cls, found in by_class.items()}, places, names_only, firsts


# a run of characters for which str.isalnum() holds ("\w" but the underscore)
_ALNUM_RUN = re.compile(r"[^\W_]+")


def _in_play(story: "Story") -> tuple[Recorded, ...]:
    title, prose = _story_words(story)
    published = story.doc.publication_date or dt.date.max
    folded = title.casefold() + "\n" + prose.casefold()
    kinds = _kinds_written(title, prose, folded)
    if not kinds:
        return ()
    about = {story.doc.country, *story_countries(story)[:1]} if story.doc.country or story_countries(story) else set()
    found = []
    recorded, by_class, places, names_only, firsts = _long_names(str(story.data.folder))
    # a place written whole (`_written`) has its first word written as a word of its own
    words = set(_ALNUM_RUN.findall(prose)) | set(_ALNUM_RUN.findall(title))
    # the runs of the casefolded text (in ASCII casefold is lower, run for run)
    folded_runs = {w.lower() for w in words} if folded.isascii() else set(_ALNUM_RUN.findall(folded))
    # only an event of a kind the story writes can be told by its kind (a name alone is read by reference)
    for i in sorted({i for cls in kinds for i in by_class.get(cls, ())}):
        r, long_names = recorded[i]
        if r.event.start > published:
            continue
        # (a name is tested in full only when some name is written, a place only when some first word is)
        runs, bare = names_only[i]
        if ((not runs.isdisjoint(folded_runs) or any(map(folded.__contains__, bare)))
                and any(n in folded and (not contextual or r.event.participants & about)
                        for n, contextual in long_names)) \
                or ((firsts[i] is None or not words.isdisjoint(firsts[i]))
                    and any((first is None or first in words) and (_written(prose, p) or _written(title, p))
                            for p, first in places[i])):
            found.append(r)
    return tuple(found)


@dataclass(frozen=True)
class Slip:
    mention: "Mention"
    role: str           # "during" (any day of it) or "end" (a tournament's final)
    start: int          # where the stated date begins


# An aside opened after the subject, the event named inside it: "Liverpool, who lost the 2018 Champions League
# final,", "The Astros, beaten in the 2019 World Series,"; the comma that closes it hands the sentence back to the
# subject, and a date after it is the subject's ("..., won in 2019"), not the event's.
ASIDE_OPENED_BEFORE = regex.compile(r"(?i),\s+(?:who|which|whose|having|after|beaten|\p{Ll}+ed)\s[^,;:()]*\Z")


def near_miss(story: "Story", q, stated: tuple) -> Slip | None:
    """The one event in play that a date written onto it misses by a little, or None."""
    s0, s1 = story.doc.sentence_at(q.start)
    if not (_kind_said(story, s0, s1) or _IT_OPENS.match(story.doc.prose, s0, s1)):
        # no word of a kind in the sentence and no "It" that refers back: nothing to write it onto, unless the
        # sentence tells the event happening ("the waves struck the coast on the morning of December 25, 2004")
        return told_happening(story, q, stated)
    start, year, month, day = stated
    if year is None or not any(c.isdigit() for c in q.text):
        return None     # "this year", "last November": a date told from the story's own is no slip of a record
    published = story.doc.publication_date
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    from .reference import Mention, _adjunct_of_another, _mentions
    names = _mentions(story, s0, s1)
    if any(m.start <= q.start < m.end for m in names):
        return None     # the year of a name ("Tokyo 2020", "the 2022 World Cup") is the name's
    if _date_of(year, month, day) is None or (published and _date_of(year, month, day) > published):
        return None     # a date still to come is no record's
    if _PLAN.search(prose, s0, s1):
        return None     # "the Games were due to open in July 2020": a plan's date
    playing = in_play(story)    # (worked out once per story, and only for a date that gets this far)
    slips = []
    for word_start, word_end, candidates, bound in _words_onto(story, s0, s1, start, q, playing, names):
        for r in candidates:
            role = "end" if _CLASS_OF.get(prose[word_start:word_end].casefold()) == "final" else "during"
            first, last = r.event.start, r.event.end or r.event.start
            if role == "end":
                first = last
            if _agrees(year, month, day, first, last) or (
                    "storm" in r.kinds and day is not None and _within_days(year, month, day, first, last, 2)):
                return None     # a storm's rain and surge reach places a day or two either side of its landfall
            kind = _CLASS_OF.get(prose[word_start:word_end].casefold())
            if kind == "final" and day is None:
                continue    # "the 2019 final in Abu Dhabi": a final is a day; by its year it may be any competition's
            if (kind in _FULL_DATE_ONLY or (r.kinds & _FULL_DATE_ONLY and kind is None)) and day is None:
                continue
            if not _misses_by_little(year, month, day, first, last):
                continue
            if r.event.row.get("kind") == "aftershock" and year == first.year and month == first.month:
                continue    # an aftershock comes in a sequence: "the earthquake of 13 May 2015" may be the next one
            if (last - first).days > 90:
                continue    # a long event's edges are argued; a war's phase is not its start
            if _later(year, month, day, last) and ((not bound and _framed(prose, s0, word_start, start))
                                                   or _adjunct_of_another(story, s0, s1, word_start, start)):
                continue    # "marked the anniversary of the quake on 22 February 2012", "Talks following the
                # quake began in May 2015": a later date of something done about it
            if kind in _PLACE_IN_SENTENCE and not any(_place_with_word(prose, s0, s1, w, word_start, word_end)
                                                      for p in r.places for w in (p, p.split()[-1])):
                continue
            slips.append((r, role, word_start, word_end))
        if slips:
            break
    if not slips:
        return told_happening(story, q, stated)
    if len({r.event.id for r, *_ in slips}) != 1:
        return None
    r, role, a, b = slips[0]
    if _another_recorded(story, r, year, month, day, prose[a:b], (s0, s1)):
        return None
    return Slip(Mention(r.event, a, b, False), role, start)


def _words_onto(story: "Story", s0: int, s1: int, start: int, q, playing, names):
    """Each event word whose clause the date is written in, nearest first: (start, end, candidates, bound),
    bound when the event's own verb stands between it and the date."""
    prose = story.doc.prose
    # an event named in the sentence is in play there, whatever the rest of the story writes
    by_id = _by_id(str(story.data.folder))
    words = [(m.start, m.end, [by_id[m.event.id]] if m.event.id in by_id else []) for m in names]
    here = [c for _, _, cands in words for c in cands if c not in playing]
    for k in _KIND_RE.finditer(prose, s0, s1):
        cls = _CLASS_OF[k.group().casefold()]
        if any(a <= k.start() < b for a, b, _ in words):
            continue
        words.append((k.start(), k.end(), [r for r in (*playing, *here) if cls in r.kinds]))
    words.sort()
    found = []
    # after the word: "the quake struck at 12.51pm on", "the final on", "Yolanda ... made landfall in Guiuan, on"
    prep = _PREP_BEFORE.search(prose, max(s0, start - 40), start)
    if prep is not None:
        for a, b, cands in reversed(words):
            if b > prep.start() or not cands:
                continue
            gap = prose[b:prep.start()]
            if len(gap) > 110 or gap.count(",") > 4 or _GAP_BREAK.search(gap) or _AND_ANOTHER.search(gap):
                break
            if gap.lstrip().startswith(",") and ASIDE_OPENED_BEFORE.search(prose, max(s0, a - 80), a):
                break   # "Liverpool, who lost the 2018 final, won in 2019": the aside closed, the verb is the subject's
            if _CLASS_OF.get(prose[a:b].casefold()) in _HOSTED_CLASSES and _HOSTS_CHOSEN.search(gap):
                break   # "since the Games were awarded in 2015": the vote on the hosts, years before the Games
            if _other_one(story, s0, a, b, cands) or _elsewhere(story, b, prep.start(), cands):
                break
            cands = _named_by_caps(story, s0, a, cands)
            found.append((a, b, cands, bool(_EVENT_VERB.search(gap))))
            break
    # before the word: "the 2012 World Cup", "the November 2013 collapse"
    from .reference import _stands_alone
    lead = _DATE_THEN_NOUN.match(prose, q.end, s1) if _DETERMINER.search(prose, max(s0, start - 8), start) else None
    if lead is not None:
        for a, b, cands in words:
            if a == lead.end() and cands and not _GAP_BREAK.search(lead.group()) and _stands_alone(prose, b, s1) \
                    and not _other_one(story, s0, start, start, cands):
                found.append((a, b, cands, False))
    # "It struck at 3:34 a.m. on ...": the event of the sentence before
    it = _IT_OPENS.match(prose, s0, start)
    if it is not None and prep is not None and not found:
        gap = prose[it.end():prep.start()]
        before = story.doc.sentence_before(s0)
        if before and _EVENT_VERB.search(gap) and not _GAP_BREAK.search(gap):
            earlier = set()
            for k in _KIND_RE.finditer(prose, *before):
                earlier |= {r.event.id for r in playing if _CLASS_OF[k.group().casefold()] in r.kinds}
            cands = [r for r in playing if r.event.id in earlier]
            if cands:
                found.append((it.end() - 3, it.end() - 1, cands, True))
    return found


def _elsewhere(story: "Story", a: int, b: int, cands) -> bool:
    """Does a country the event did not strike stand between its word and the date ("the typhoon hit Vietnam
    on")? Elsewhere the event has other dates."""
    if all(r.event.row.get("kind") == "tournament" for r in cands):
        return False    # the teams that played are no place of a tournament's
    codes = {m.code for m in story_mentions(story).within(a, b)}
    participants = set().union(*(r.event.participants for r in cands))
    return bool(codes) and not codes & participants


def _other_one(story: "Story", s0: int, a: int, b: int, cands) -> bool:
    """Is the event word a new one of its kind ("an earthquake") or another's ("the Emir Cup final", "the
    Nepal earthquake")?"""
    prose = story.doc.prose
    if _INDEFINITE.search(prose, max(s0, a - 40), a):
        return True
    # a capitalised word may carry digits: "the T20 World Cup", "the U-17 World Cup" are other competitions
    before = regex.search(r"(?:(?<![\p{L}\p{N}])(?P<cap>\p{Lu}[\p{L}\p{N}'’.-]*)[\s-]+)+\Z", prose[max(s0, a - 40):a])
    if before is None or max(s0, a - 40) + before.start() == s0:
        return False
    caps = [regex.sub(r"['’]s\Z", "", w) for w in before.group(0).split()]
    allowed = set()
    for r in cands:
        allowed |= {w for p in r.places for w in p.split()} | {w for n in r.event.names for w in n.split()}
    codes = {m.code for m in story_mentions(story).within(max(s0, a - 40) + before.start(), a)}
    participants = set().union(*(r.event.participants for r in cands))
    if codes and not codes <= participants:
        return True
    return any(w.strip("-") not in allowed and not codes for w in caps)


def _named_by_caps(story: "Story", s0: int, a: int, cands):
    """ "the Club World Cup": capitalised words before the kind word that some candidates' names carry pick those
    candidates (the Club World Cup, not the World Cup of the same host)."""
    before = _CAPS_BEFORE.search(story.doc.prose, max(s0, a - 40), a)
    if before is None or before.start() == s0:
        return cands
    caps = {regex.sub(r"['’]s\Z", "", w).strip("-") for w in before.group(0).split()}
    named = [r for r in cands if caps <= {w for n in r.event.names for w in n.split()}]
    return named if named else cands


# Another named thing joined on between the event word and the date: "the World Cup in 2022 and the Asian Cup in"
_AND_ANOTHER = regex.compile(r"(?<![\p{L}])and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*")
_CAPS_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’.-]*[\s-]+)+\Z")


def _date_of(year, month, day) -> dt.date | None:
    try:
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        return None


def _agrees(year, month, day, first: dt.date, last: dt.date) -> bool:
    lo = (first.year, first.month if month else 0, first.day if day else 0)
    hi = (last.year, last.month if month else 0, last.day if day else 0)
    return lo <= (year, month or 0, day or 0) <= hi


def _within_days(year, month, day, first: dt.date, last: dt.date, days: int) -> bool:
    stated = _date_of(year, month, day)
    return stated is not None and first - dt.timedelta(days=days) <= stated <= last + dt.timedelta(days=days)


def _later(year, month, day, last: dt.date) -> bool:
    return (year, month or 0, day or 0) > (last.year, last.month if month else 0, last.day if day else 0)


def _misses_by_little(year, month, day, first: dt.date, last: dt.date) -> bool:
    """Exactly one of year, month and day differs from an edge of the record, and by a little."""
    for d in {first, last}:
        same_year, same_month, same_day = year == d.year, month == d.month, day == d.day
        if month is None:
            if 1 <= abs(year - d.year) <= 3:
                return True
        elif day is None:
            if same_month and 1 <= abs(year - d.year) <= 3:
                return True
            if same_year and 1 <= abs(month - d.month) <= 2:
                return True
        else:
            if same_month and same_day and 1 <= abs(year - d.year) <= 3:
                return True
            if same_year and same_day and 1 <= abs(month - d.month) <= 2:
                return True
            if same_year and same_month and 1 <= abs(day - d.day) <= 3:
                return True
    return False


def _another_recorded(story: "Story", chosen: Recorded, year, month, day, word: str,
                      sentence: tuple[int, int]) -> bool:
    """Is the date that of another recorded event (the day one began or ended, of any kind; of the word's kind, by
    month or year)?"""
    folded = word.casefold()
    s0, s1 = sentence
    here = story.doc.prose[s0:s1]
    placed = any(_written(here, p) for p in chosen.places)
    for r in _recorded(str(story.data.folder)):
        if r is chosen:
            continue
        if day is None and placed and not any(_written(here, p) for p in r.places):
            continue    # "Tokyo's Olympics ... in 2022": the place written is the chosen one's, not Beijing's
        first, last = r.event.start, r.event.end or r.event.start
        if day is not None:
            if _date_of(year, month, day) in (first, last):
                return True
        elif (_CLASS_OF.get(folded) in r.kinds or any(folded in n.casefold() for n in r.event.names)) \
                and _agrees(year, month, day, first, last):
            return True
    return False


# -- a full date told as the event happening, with no noun to bind it -----------------------------------------
#
# "More than 30,000 people were killed when the waves struck the coast on the morning of December 25, 2004": the
# story is about the Boxing Day tsunami, the sentence tells a disaster happening (its verb, or its kind), and the
# date misses the record by one day. No frame binds the date to a noun; the anomaly itself decides. Only events of
# one day whose kind is a sudden disaster (a quake, a tsunami, a collapse) are read so: a storm's rain and a
# tournament run over days, a vote or an attack recurs, and what follows a disaster (aid, burials, a toll) comes
# on the days after it, so a later date needs the disaster's own verb and no word of a time after it.

_HAPPENING_KINDS = frozenset({"quake", "tsunami", "collapse"})
# what an attacker does on the day: read for a one-day attack with a place of its own written in the sentence
# ("On 15 April 2019 a gunman opened fire at Al Noor mosque"); attacks recur, so the place and the near miss decide
_ATTACK_VERB = regex.compile(
    r"(?<![\p{L}])(?:opened\s+fire|open\s+fire|attacked|stormed|bombed|shot\s+dead|gunned\s+down|blew\s+up|"
    r"blew\s+himself\s+up|blew\s+themselves\s+up|detonated|killed|killing|massacred)(?![\p{L}])", regex.I)
_HAPPENING_FOLDED = tuple(sorted({w.casefold() for k in _HAPPENING_KINDS for w in _KIND_WORDS[k]}))
_ATTACK_FOLDED = tuple(w.casefold() for w in _KIND_WORDS["attack"])
# what a sudden disaster does on its day
_DISASTER_VERB = regex.compile(
    r"(?<![\p{L}])(?:struck|strikes|hit|hits|killed|kills|swept|sweeps|surged|crashed|slammed|tore|flooded|"
    r"engulfed|inundated|shook|shakes|shaking|rocked|jolted|flattened|levelled|leveled|devastated|ravaged|"
    r"destroyed|collapsed|came\s+down|caved\s+in|gave\s+way|burst|buried|toppled|rumbled|ruptured)(?![\p{L}])",
    regex.I)
# a time before the event ("two days before the tsunami", "on the eve of"), though not of the day ("before dawn")
_TIME_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:before|ahead\s+of|prior\s+to|eve|preceding|earlier|later|"
    r"(?:next|following)\s+(?:day|morning|night|evening|week))(?![\p{L}])"
    r"(?!\s+(?:dawn|daybreak|sunrise|noon|midday|midnight|\d))", regex.I)
# the date of a report about it: "officials said on 27 December 2004 that the waves had killed 20,000"
_REPORTED = regex.compile(r"(?<![\p{L}])(?:said|says|told|announced|reported|confirmed|estimated|declared|"
                          r"counted|had|have|has)(?![\p{L}])", regex.I)
# a time after it, or something done about it
_TIME_AFTER = regex.compile(
    r"(?<![\p{L}])(?:after|afterwards|since|following|later|next|aftermath|anniversar\p{L}*|commemorat\p{L}*|"
    r"memorial\p{L}*|remember\p{L}*|mark(?:s|ed|ing)?|ago|relief|aid|rescue\p{L}*|recover\p{L}*|toll)(?![\p{L}])"
    r"(?!\s+(?:dawn|daybreak|sunrise|noon|midday|midnight|\d))", regex.I)
# a new event of its own: "an aftershock", "a magnitude 7.2 foreshock struck", "another quake hit"
_ANOTHER_ONE = regex.compile(
    r"(?<![\p{L}])(?:aftershocks?|foreshocks?|tremors)(?![\p{L}])"
    r"|(?<![\p{L}])(?:a|an|another|second|new)\s+(?:[^\s,;.]+\s+){0,3}?(?:struck|hit|killed|shook|rocked|jolted|"
    r"swept|flattened|devastated)(?![\p{L}])", regex.I)


def told_happening(story: "Story", q, stated: tuple) -> Slip | None:
    """The one sudden disaster in play whose record a full date in a sentence telling a disaster happening misses
    in one part by a little; None when the date may be another day's (see above)."""
    start, year, month, day = stated
    if day is None or year is None or month is None or not any(c.isdigit() for c in q.text):
        return None     # a whole date only: "in December 2004" may be any day of the month
    sudden = _sudden_in_play(story)
    if not sudden:
        return None
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    verb = _DISASTER_VERB.search(prose, s0, s1) or _ATTACK_VERB.search(prose, s0, s1)
    kind = _kind_said(story, s0, s1)
    if verb is None and not kind:
        return None     # the sentence tells no disaster happening
    stated_day = _date_of(year, month, day)
    published = story.doc.publication_date
    if stated_day is None or (published and stated_day > published) or _PLAN.search(prose, s0, s1) \
            or _ANOTHER_ONE.search(prose, s0, s1):
        return None
    slips = []
    for r in sudden:
        first, last = r.event.start, r.event.end or r.event.start
        if not _misses_by_little(year, month, day, first, last) or _agrees(year, month, day, first, last):
            continue
        if stated_day > last:
            if verb is None or _TIME_AFTER.search(prose, s0, s1) or _TIME_BEFORE.search(prose, s0, s1) \
                    or _REPORTED.search(prose, s0, s1):
                continue    # "the first aid flights landed on 27 December 2004, a day after the tsunami"
        elif _TIME_BEFORE.search(prose, s0, s1):
            continue        # "checked in on 24 December 2004, two days before the tsunami"
        if r.kinds & (_PLACE_IN_SENTENCE | {"attack"}) and not any(_written(prose[s0:s1], p) for p in r.places):
            continue    # a collapse or an attack recurs: only a place of its own in the sentence makes it this one
        if "attack" in r.kinds and not _ATTACK_VERB.search(prose, s0, s1):
            continue
        slips.append(r)
    if len(slips) != 1:
        return None
    r = slips[0]
    if _right_day_beside(story, q, r, s0, s1) or _elsewhere(story, s0, s1, [r]) \
            or _another_recorded(story, r, year, month, day, "", (s0, s1)):
        return None
    from .reference import Mention
    at = verb or kind
    return Slip(Mention(r.event, at.start(), at.end(), False), "during", start)


def _sudden_in_play(story: "Story") -> tuple[Recorded, ...]:
    """The one-day sudden disasters the story is about (once per story)."""
    def read(s: "Story"):
        lowered = (s.doc.title or "").casefold() + "\n" + s.lowered_prose()
        if not any(w in lowered for w in _HAPPENING_FOLDED + _ATTACK_FOLDED):
            return ()       # no word of a sudden disaster anywhere: none is in play (a cheap test before in_play)
        return tuple(r for r in in_play(s) if (r.kinds & _HAPPENING_KINDS and not r.kinds & _FULL_DATE_ONLY
                                                or "attack" in r.kinds and r.places)
                     and "storm" not in r.kinds and r.event.start == (r.event.end or r.event.start))
    return story.memo("event_story.sudden", read)


def _right_day_beside(story: "Story", q, r: Recorded, s0: int, s1: int) -> bool:
    """Does the sentence also write the record's own day ("struck on 26 December 2004 and the navy reached Galle
    on 27 December 2004")? Then the other date is another thing's."""
    first = r.event.start
    for other in story.quantities:
        if other is q or not (s0 <= other.start < s1) or other.kind != "date" or other.date is None:
            continue
        if other.date == first:
            return True
    return False
