"""Reference: a recorded event's duration or date contradicted by the story.

"The 20-day war between Iran and Israel" — events.csv records 13–24 June 2025,
twelve days. "The February 6, 2022 earthquakes" in a story from Türkiye — the
Kahramanmaraş earthquakes struck on 6 February 2023.

An event is recognised in a sentence either by one of its names ("the
Twelve-Day War", "the Brexit referendum") or by its kind of noun ("war",
"conflict", "earthquake", "referendum") together with its participants: the
countries after "between", or at least two of the sentence's countries (one for
a single-country event, which may come from the story's main country). More than
one candidate is ambiguity, and ambiguity is silence.

A duration must be attached to the event noun ("the 20-day war", "the 20-day
Israel-Iran war", "the war between Iran and Israel, which lasted 20 days") or to two
participants that "fought for 20 days"; a date must sit right beside it ("the February 6, 2022 earthquakes",
"the referendum of June 2017", "the war began on June 13") or follow it within one clause
("Hasina resigned and fled to India on", "Russia launched its full-scale invasion of Ukraine
on" — never across a time word or a new subject: "... and Yunus was sworn in on"). When the event was
found by kind rather than by name, the stated date must agree with the record
in part (same day and month, or same month) — a wholly different date is more
likely another event than a slip.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import ClassVar, Iterator, Mapping

import regex

from ..entities import story_mentions
from ..model import Quantity, Span
from ..subjects import core_span, story_countries
from ..tables import Row
from .base import Hit, Option, Rule, Story

FIELDS = ("figure", "detail", "event", "recorded", "advice", "suggestion")

# Kinds of noun an event is called by; synonyms share a class.
NOUN_CLASSES = {
    "war": "war", "wars": "war", "conflict": "war", "fighting": "war", "hostilities": "war",
    "earthquake": "earthquake", "earthquakes": "earthquake", "quake": "earthquake", "quakes": "earthquake",
    "tsunami": "tsunami", "floods": "flood", "flood": "flood", "flooding": "flood",
    "referendum": "referendum", "election": "election", "elections": "election", "polls": "election",
    "attack": "attack", "attacks": "attack", "bombing": "attack", "riots": "riots", "uprising": "uprising",
    "revolution": "uprising", "pandemic": "pandemic", "hurricane": "hurricane", "cyclone": "hurricane",
    "airstrike": "strike", "strikes": "strike",
    "invasion": "war", "resignation": "resignation", "ouster": "resignation",
}
# Kinds that recur within a country and year (attacks, floods, strikes): found by kind alone, a
# different date is more likely another event than a slip, so only a name may link them.
_RECURRING = frozenset({"attack", "strike", "flood", "riots"})
# A word before the noun that makes it another kind of event: "local elections", "trade war".
_OTHER_KIND = frozenset(
    "local by mayoral council municipal provincial state assembly regional primary primaries party leadership "
    "senate midterm midterms european gubernatorial student union club board district county bar presidential "
    "parliamentary legislative upper snap civil trade price cold culture drug proxy cyber tariff currency "
    "tariffs water information propaganda shadow class turf gang".split())
_NOUN_RE = regex.compile(r"(?<![\p{L}-])(?:" + "|".join(sorted(NOUN_CLASSES, key=len, reverse=True)) + r")(?![\p{L}])",
                         regex.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_BEFORE = regex.compile(r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
                              r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\Z")
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
_DAYS_PER = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25}


@dataclass(frozen=True)
class Event:
    row: Row
    id: str
    names: tuple[str, ...]
    nouns: frozenset[str]
    participants: frozenset[str]
    start: dt.date
    end: dt.date | None

    @property
    def days(self) -> int | None:
        if self.row.get("duration_days"):
            return int(float(self.row["duration_days"]))
        return (self.end - self.start).days + 1 if self.end else None

    @property
    def conventional(self) -> bool:
        """True when the table records the day count itself (not derived from the dates)."""
        return bool(self.row.get("duration_days"))


@functools.lru_cache(maxsize=8)
def _events(folder: str) -> tuple[tuple[Event, ...], regex.Pattern | None]:
    from ..tables import reference_data
    events = []
    names: dict[str, int] = {}
    for row in reference_data(folder).events:
        all_names = tuple(n.strip() for n in [row["name"], *(row.get("aliases") or "").split("|")] if n.strip())
        nouns = frozenset(NOUN_CLASSES[w.lower()] for n in all_names for w in _NOUN_RE.findall(n))
        participants = frozenset(p.strip() for p in (row.get("participants") or "").split("|") if p.strip())
        end = dt.date.fromisoformat(row["end"]) if row.get("end") else None
        events.append(Event(row, row["id"], all_names, nouns, participants, dt.date.fromisoformat(row["start"]), end))
        for n in all_names:
            if len(n) >= 4:
                names.setdefault(n, len(events) - 1)
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\d])(?P<name>{alternation})(?![\p{{L}}\d])") if names else None
    return tuple(events), pattern


@dataclass(frozen=True)
class Mention:
    event: Event
    start: int
    end: int
    by_name: bool


class Reference:
    name: ClassVar[str] = "reference"
    category: ClassVar[str] = "reference"
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "check": Option(str, "duration", "what to compare with the record: duration or date"),
        "tolerance_days": Option(int, 1, "days a stated duration may differ from the recorded count"),
        "hedged_tolerance": Option(float, 0.2, "extra relative tolerance for hedged durations (about, nearly)"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        kind = rule.options.get("check", "duration")
        for q in story.quantities:
            if kind == "duration" and q.kind == "duration":
                hit = self._duration(rule, story, q)
            elif kind == "date" and (q.kind == "date" or _is_year_number(q)):
                hit = self._date(rule, story, q)
            else:
                hit = None
            if hit is not None:
                yield hit

    # -- durations ---------------------------------------------------------------
    def _duration(self, rule: Rule, story: Story, q: Quantity) -> Hit | None:
        if q.value is None or q.unit not in _DAYS_PER:
            return None
        prose = story.doc.prose
        s0, s1 = story.doc.sentence_at(q.start)
        after = _event_noun_after(prose[q.end:s1])
        mention = None
        lead = prose[s0:core_span(story, q).start]
        if after is not None:
            # "the 20-day war (between Iran and Israel)", "the 20-day Israel-Iran war"
            noun_start, noun_end = q.end + after[0], q.end + after[1]
            mention = _event_at(story, s0, s1, noun_start, noun_end, q) \
                or _recent_unmatched(story, s0, s1, noun_start, noun_end, q, rule)
        elif _LASTED_BEFORE.search(lead):
            found = _mentions(story, s0, s1)
            if len({m.event.id for m in found}) == 1:
                mention = found[0]
            else:
                # "the war, which lasted 20 days", "a conflict that lasted 20 days"
                nouns = [n for n in _NOUN_RE.finditer(lead[-100:]) if _NOUN_LASTED.match(lead[-100:], n.end())]
                if nouns:
                    offset = s0 + max(0, len(lead) - 100)
                    mention = _event_at(story, s0, s1, offset + nouns[-1].start(), offset + nouns[-1].end(), q)
        elif _FOUGHT_BEFORE.search(lead):
            # "Israel and Iran fought for 20 days": a war between the sentence's countries
            mention = _fought(story, s0, s1, q)
        if mention is None or mention.event.days is None or mention.event.end is None:
            return None
        event = mention.event
        stated = q.value * _DAYS_PER[q.unit]
        recorded = event.days
        if _duration_agrees(q, event, rule):
            return None
        span = Span(core_span(story, q).start, mention.end if mention.start >= q.end else q.end)
        figure = story.text_of(span)
        written = story.text_of((core_span(story, q).start, q.end))
        replacement = _replace_number(story.text_of(span), written, _days_text(recorded, written))
        recorded_text = (f"{event.row['name']} ran from {_day(event.start)} to {_day(event.end)}: "
                         f"{recorded} days ({event.row.source})")
        return Hit(span=span, fields={
            "figure": figure, "detail": f"{figure}: {recorded_text}", "event": event.row["name"],
            "recorded": recorded_text, "advice": f"Did you mean {replacement}?", "suggestion": replacement,
        }, evidence={"event": event.id, "stated_days": stated, "recorded_days": recorded,
                     "start": event.start.isoformat(), "end": event.end.isoformat(), **event.row.citation()},
            suggestion=replacement)

    # -- dates ---------------------------------------------------------------------
    def _date(self, rule: Rule, story: Story, q: Quantity) -> Hit | None:
        s0, s1 = story.doc.sentence_at(q.start)
        stated = _stated(story, q)
        if stated is None:
            return None
        start, year, month, day = stated
        # a day and month without a year ("the February 18 general election") is of the publication year,
        # or of the year before when that day is still to come
        guessed = year if year is not None else _guess_year(story.doc.publication_date, month, day)
        found = _event_of_date(story, s0, s1, start, q, (guessed, month, day))
        if found is None:
            return None
        mention, role = found
        event = mention.event
        published = story.doc.publication_date or dt.date.max
        if event.start > published:
            return None
        # an ongoing event ("the war in Ukraine") runs to the story's date
        first, last = event.start, event.end or (published if role == "during" else event.start)
        if role == "start":
            last = first
        elif role == "end":
            if event.end is None:
                return None
            first = last
        if _agrees(year, month, day, first, last):
            return None
        if not mention.by_name and not (_partly_agrees(year, month, day, first, last)
                                        or _near_slip(guessed, month, day, first, last, mention.event)):
            return None
        span = Span(start, q.end)
        figure = story.text_of(span)
        suggestion = _date_text(figure, first if role != "end" else last, year, month, day)
        when = _day(first) if first == last else f"from {_day(first)} to {_day(last)}"
        what = {"start": "began", "end": "ended"}.get(role, "took place" if first == last else "ran")
        recorded_text = f"{event.row['name']} {what} {when} ({event.row.source})"
        return Hit(span=span, fields={
            "figure": figure, "detail": f"{figure}: {recorded_text}", "event": event.row["name"],
            "recorded": recorded_text, "advice": f"Did you mean {suggestion}?" if suggestion else "Check the date.",
            "suggestion": suggestion,
        }, evidence={"event": event.id, "start": event.start.isoformat(),
                     "end": event.end.isoformat() if event.end else None, **event.row.citation()},
            suggestion=suggestion)


RULE_TYPE = Reference()


def _duration_agrees(q: Quantity, event: Event, rule: Rule) -> bool:
    """Does a stated duration fit the event's recorded length, allowing rounding and hedges?"""
    recorded = event.days
    if recorded is None:
        return True
    tolerance = rule.options["tolerance_days"] + (0 if event.conventional else 1) \
        + q.precision * _DAYS_PER[q.unit] + (_DAYS_PER[q.unit] / 2 if q.unit != "day" else 0)
    lo, hi = (q.low if q.low is not None else q.value), (q.high if q.high is not None else q.value)
    lo, hi = lo * _DAYS_PER[q.unit], hi * _DAYS_PER[q.unit]
    if q.hedge:
        tolerance += rule.options["hedged_tolerance"] * recorded
        if q.low is not None and q.high is None:
            hi = float("inf")
        if q.high is not None and q.low is None:
            lo = 0
    return lo - tolerance <= recorded <= hi + tolerance


def _recent_unmatched(story: Story, s0: int, s1: int, noun_start: int, noun_end: int, q: Quantity,
                      rule: Rule) -> Mention | None:
    """Several events could be "the N-day war": when the figure fits none of them, the one of the last
    three years is meant ("the nine-day war" in 2025 is the twelve-day Iran–Israel war)."""
    candidates = [e for e in _kind_candidates(story, s0, s1, noun_start, noun_end) if e.end is not None]
    if len(candidates) < 2 or any(_duration_agrees(q, e, rule) for e in candidates):
        return None
    published = story.doc.publication_date
    if published is None:
        return None
    recent = [e for e in candidates if 0 <= (published - e.end).days <= 3 * 366]
    if len(recent) != 1 or _YEAR_IN.search(story.doc.prose[s0:s1]):
        return None     # a year in the sentence may name an older event
    return Mention(recent[0], noun_start, noun_end, False)


_YEAR_IN = regex.compile(r"\b(?:19|20)\d\d\b")


# -- finding events ----------------------------------------------------------------

def _mentions(story: Story, s0: int, s1: int) -> list[Mention]:
    """Events named in a sentence by one of their names (each sentence is scanned once, then cached)."""
    cache = story.cache.setdefault("reference.mentions", {})
    found = cache.get((s0, s1))
    if found is None:
        found = cache[(s0, s1)] = _scan_names(story, s0, s1)
    return found


_TOKEN = regex.compile(r"(?<![\p{L}\d])[\p{L}\d]+")


def _scan_names(story: Story, s0: int, s1: int) -> list[Mention]:
    """Every event name in the story: each word is looked up among the names' first words (no long alternation)."""
    by_first = _names_by_first(str(story.data.folder))
    prose = story.doc.prose
    published = story.doc.publication_date or dt.date.max
    found: list[Mention] = []
    end = 0
    for w in _TOKEN.finditer(prose, s0, s1):
        if w.start() < end:
            continue
        for name, event in by_first.get(w.group(), ()):
            stop = w.start() + len(name)
            if not prose.startswith(name, w.start()):
                # "Hasina, now 77, resigned": a short appositive after the name's first word
                first = w.group()
                apposed = _APPOSITIVE.match(prose, w.end(), s1) if " " in name and name.startswith(first + " ") else None
                if apposed is None or not prose.startswith(name[len(first) + 1:], apposed.end()):
                    continue
                stop = apposed.end() + len(name) - len(first) - 1
            if stop <= s1 and not (stop < len(prose) and prose[stop].isalnum()):
                if event.start <= published:
                    found.append(Mention(event, w.start(), stop, True))
                end = stop
                break
    return found


_APPOSITIVE = regex.compile(r",\s+(?:now|then|aged|who\s+is|\d{2}|a|an|the)(?:\s+[\p{L}\d'’-]+){0,3},\s+")


@functools.lru_cache(maxsize=8)
def _names_by_first(folder: str) -> dict[str, tuple[tuple[str, Event], ...]]:
    """Event names of four or more characters, longest first, grouped by their first word."""
    events, _ = _events(folder)
    names: dict[str, Event] = {}
    for e in events:
        for n in e.names:
            if len(n) >= 4:
                names.setdefault(n, e)
    grouped: dict[str, list[tuple[str, Event]]] = {}
    for n in sorted(names, key=len, reverse=True):
        first = _TOKEN.match(n)
        if first:
            grouped.setdefault(first.group(), []).append((n, names[n]))
    return {k: tuple(v) for k, v in grouped.items()}


def _event_at(story: Story, s0: int, s1: int, noun_start: int, noun_end: int, q: Quantity,
              stated: tuple | None = None) -> Mention | None:
    """The one recorded event the noun at [noun_start, noun_end) names, or None.

    Found by kind, several candidates are narrowed by the stated (year, month, day): to the
    one of that year, else to the one it matches in day and month.
    """
    named = _named_at(story, s0, s1, noun_start, q)
    if named is not None:
        return named
    candidates = _kind_candidates(story, s0, s1, noun_start, noun_end)
    if len(candidates) > 1 and stated is not None and stated[0] is not None:
        year = stated[0]
        same_year = [e for e in candidates if e.start.year <= year <= (e.end or e.start).year]
        candidates = same_year or [e for e in candidates if _partly_agrees(*stated, e.start, e.end or e.start)]
    if len(candidates) != 1:
        return None
    return Mention(candidates[0], noun_start, noun_end, False)


def _named_at(story: Story, s0: int, s1: int, noun_start: int, q: Quantity) -> Mention | None:
    """A name of the event around the noun ("the Twelve-Day War", "Kahramanmaraş earthquake")."""
    for m in _mentions(story, s0, s1):
        if m.start <= noun_start < m.end + 1 and not (m.start <= q.start < m.end):
            return m
    return None


_MODIFIER_BEFORE = regex.compile(r"(?P<word>[\p{L}]+)-?\s*\Z")


def _kind_candidates(story: Story, s0: int, s1: int, noun_start: int, noun_end: int) -> list[Event]:
    """Recorded events of the noun's kind whose participants fit the countries around it."""
    prose = story.doc.prose
    noun_class = NOUN_CLASSES[prose[noun_start:noun_end].lower()]
    events, _ = _events(str(story.data.folder))
    published = story.doc.publication_date or dt.date.max
    mentions = story_mentions(story)
    modifier = _MODIFIER_BEFORE.search(prose[max(s0, noun_start - 30):noun_start])
    modifier = modifier.group("word").lower() if modifier else ""
    between = _BETWEEN_AFTER.match(prose[noun_end:s1])
    top = story_countries(story)
    if between:
        named = {m.code for m in mentions.within(noun_end, noun_end + between.end())}
        if len(named) < 2:
            home = story.doc.country if story.doc.country and story.doc.country not in named else \
                next((c for c in top if c not in named), None)
            if len(named) == 1 and between.group("word") in ("with", "against") and home:
                named.add(home)     # "the war with Israel" in an Iranian story
            else:
                return []
        candidates = [e for e in events if noun_class in e.nouns and named <= e.participants]
    else:
        named = {m.code for m in mentions.within(s0, s1)}
        candidates = []
        for e in events:
            if noun_class not in e.nouns or not e.participants:
                continue
            shared = named & e.participants
            if not named:
                # the sentence names no country: the story's main country must take part (for an
                # election, the story's own country: "the February 18 general election" in a Pakistani story)
                main = story.doc.country if noun_class == "election" and story.doc.country else (top[0] if top else None)
                ok = main is not None and main in e.participants
            else:
                # every country named is a participant ("the earthquakes in Türkiye"), or two are
                ok = named <= e.participants or len(shared) >= 2
            if ok:
                candidates.append(e)
    if modifier in _OTHER_KIND:
        candidates = [e for e in candidates if any(modifier in n.lower().split() for n in e.names)]
    return [e for e in candidates if e.start <= published]


# -- dates as stated -------------------------------------------------------------------

def _is_year_number(q: Quantity) -> bool:
    return (q.kind == "number" and q.value is not None and q.value == int(q.value) and 1900 <= q.value <= 2100
            and bool(_FOUR_DIGITS.fullmatch(q.text)))


_FOUR_DIGITS = regex.compile(r"\d{4}")
_NOUN_AFTER_DURATION = regex.compile(r"\A[\s-]*(?:long\s+)?(?P<noun>[\p{L}]+)")
_WORD_AFTER_DURATION = regex.compile(r"\s*(?P<word>[\p{L}][\p{L}'’–-]*)")
_NOT_MODIFIER = frozenset("of in on at to for from with by and or but as that which who the a an its their his her "
                          "was were is are has had have will would after before during since than".split())
_LASTED_BEFORE = regex.compile(r"\b(?:lasted|lasting|went\s+on\s+for|raged\s+for|spanned)\s+(?:for\s+)?"
                               r"(?:(?:just|only|some|about|around|nearly|almost|more\s+than|less\s+than)\s+)?\Z")
# after the event noun, up to its "lasted": "war between Iran and Israel, which lasted"
_NOUN_LASTED = regex.compile(r"(?:\s+(?:between|with|involving|in|of|and|the|[\p{Lu}][\p{L}'’–-]*)){0,6}?,?\s+"
                             r"(?:(?:that|which)\s+)?(?:had\s+|has\s+)?(?:lasted|raged|went\s+on)\b")
_FOUGHT_BEFORE = regex.compile(r"\b(?:fought|battled|clashed|traded\s+(?:fire|strikes|missiles|blows))"
                               r"(?:\s+each\s+other)?\s+for\s+(?:(?:just|only|some|about|around|nearly|almost|"
                               r"more\s+than|less\s+than)\s+)?\Z")


def _event_noun_after(text: str) -> tuple[int, int] | None:
    """The event noun of "the 20-day war", "the 20-day Israel-Iran war", "the 20-day air war" (offsets in text)."""
    m = _NOUN_AFTER_DURATION.match(text)
    if m is None:
        return None
    if m.group("noun").lower() in NOUN_CLASSES:
        return m.start("noun"), m.end("noun")
    pos = m.start("noun")
    # the noun within three words: "Israel-Iran war", "Iran–Israel air war"
    for _ in range(3):
        w = _WORD_AFTER_DURATION.match(text, pos)
        if w is None or w.group("word").lower() in _NOT_MODIFIER:
            return None
        if w.group("word").lower() in NOUN_CLASSES:
            return w.start("word"), w.end("word")
        pos = w.end("word")
    return None


def _fought(story: Story, s0: int, s1: int, q: Quantity) -> Mention | None:
    """"Israel and Iran fought for 20 days": the one recorded war between two countries of the sentence."""
    named = {m.code for m in story_mentions(story).within(s0, q.start)}
    if len(named) < 2:
        return None
    events, _ = _events(str(story.data.folder))
    published = story.doc.publication_date or dt.date.max
    candidates = [e for e in events if "war" in e.nouns and len(named & e.participants) >= 2
                  and e.end is not None and e.start <= published]
    if len(candidates) > 1 and published != dt.date.max:
        # the one that ended in the last three years is meant when no year is written
        if not _YEAR_IN.search(story.doc.prose[s0:s1]):
            candidates = [e for e in candidates if 0 <= (published - e.end).days <= 3 * 366]
    if len(candidates) != 1:
        return None
    return Mention(candidates[0], q.start, q.end, False)
_NOUN_AFTER_DATE = regex.compile(r"\A\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>[\p{L}]+)")
# "the February 18 general election", "the 18 February parliamentary polls": the noun within three words
_NOUNS_AFTER_DATE = regex.compile(r"\A\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>" + "|".join(
    sorted(NOUN_CLASSES, key=len, reverse=True)) + r")(?![\p{L}-])", regex.I)


def _noun_after_date(text: str) -> regex.Match | None:
    """The event noun after a date: the next word, or an event noun within three words."""
    m = _NOUN_AFTER_DATE.match(text)
    if m is not None and m.group("noun").lower() in NOUN_CLASSES:
        return m
    return _NOUNS_AFTER_DATE.match(text) or m


_BETWEEN_AFTER = regex.compile(r"\A\s+(?P<word>between|involving|with|against)\s+(?P<rest>[^.;]{0,80})")
# "the war began in", "the earthquake of": the noun and verb before a date
_NOUN_BEFORE_DATE = regex.compile(
    r"(?P<noun>[\p{L}]+)\s+(?:(?P<verb>began|begun|started|broke\s+out|erupted|struck|hit|was\s+held|were\s+held|"
    r"took\s+place|ended|was\s+declared)\s+)?(?:of|on|in)\s+\Z")
_LAST_NOT_WORDS = regex.compile(r"(?r)[^\p{L}\s]")


_START_WORDS = regex.compile(r"\b(?:invaded|invade|invasion|began|begun|started|launched|broke\s+out|erupted|"
                             r"outbreak)\b", regex.I)
# "the earthquake that struck southern Turkey on", "the election, which was held on"
_NOUN_LINKED_BEFORE_DATE = regex.compile(
    r"(?r)(?P<noun>[\p{L}]+)(?:,\s+(?:the|a|an)\s+[^,;.()\d]{1,70},)?,?\s+(?:(?:that|which)\s+)?(?:was\s+|were\s+)?(?P<verb>struck|hit|rocked|jolted|"
    r"devastated|shook|began|started|broke\s+out|erupted|held|took\s+place|occurred|happened|ended|killed|"
    r"swept|made\s+landfall)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:on|in)\s+\Z")
# between an event's name and its date: "Hasina resigned on", "the Brexit referendum, held in"
# up to eight words of the same clause: "Hasina resigned and fled to India on", "Russia launched its
# full-scale invasion of Ukraine on"; never across a time word or a new subject ("... and Yunus was sworn in on")
_NAME_GAP = regex.compile(
    r"\A(?:"
    # a few lower-case words, commas allowed: "Hasina resigned on", "the Brexit referendum, held in"
    r"(?:,\s+(?:the|a|an)\s+[^,;.()\d]{1,70},)?(?:,?\s+(?:[\p{Ll}]+|\d{4})){0,4}?"
    # or up to eight words of one clause, no commas, no time word, no new subject: "Hasina resigned and fled to
    # India on", "Russia launched its full-scale invasion of Ukraine on" (never "... and Yunus was sworn in on")
    r"|(?:(?:,\s+(?:now|then|aged|a|an|the|who\s+is|who\s+was|\d{2})(?:\s+[\p{L}\d'’-]+){0,3},)?"
    r"\s+(?!(?:after|before|until|till|when|while|since|following|then|but|because|whereas|where|later|"
    r"who|which|as|amid|during|once|and(?!\s+(?:fled|left|flew|escaped|quit|resigned|stepped\s+down)\b))\b)"
    r"(?:[\p{L}][\p{L}'’-]*)){0,12}?"
    r")\s+(?:on|in|of)\s+\Z")
_ON_BEFORE = regex.compile(r"(?<![\p{L}])(?:on|in|of)\s+\Z")
_DATE_LEAD = regex.compile(r"\A,?\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>[\p{L}]+)")


def _event_of_date(story: Story, s0: int, s1: int, start: int, q: Quantity,
                   stated: tuple) -> tuple[Mention, str] | None:
    """The recorded event a stated date is attached to, and whether it gives its start, end or a day during it."""
    prose = story.doc.prose
    after = _noun_after_date(prose[q.end:s1]) or (prose.startswith(",", q.end)
                                                  and _DATE_LEAD.match(prose[q.end:s1]))
    if after and after.group("noun").lower() in NOUN_CLASSES:
        # "the February 6, 2023 earthquakes", "On 6 February 2023, an earthquake ..."
        mention = _event_at(story, s0, s1, q.end + after.start("noun"), q.end + after.end("noun"), q, stated)
        return (mention, "during") if mention else None
    before = _noun_before_date(prose[s0:start])
    if not (before and before.group("noun").lower() in NOUN_CLASSES):
        if not _ON_BEFORE.search(prose[max(s0, start - 5):start]):
            return None         # "on/in/of <date>" is the only way the frames below attach a date
        linked = _NOUN_LINKED_BEFORE_DATE.search(prose[max(s0, start - 120):start])
        if linked and linked.group("noun").lower() in NOUN_CLASSES:
            before = linked
            offset = max(s0, start - 120)
        else:
            return _named_before_date(story, s0, s1, start)
    else:
        offset = s0
    mention = _event_at(story, s0, s1, offset + before.start("noun"), offset + before.end("noun"), q, stated)
    if mention is None:
        return None
    verb = (before.group("verb") or "").lower()
    role = "end" if verb.startswith("ended") else ("start" if verb else "during")
    return mention, role


def _named_before_date(story: Story, s0: int, s1: int, start: int) -> tuple[Mention, str] | None:
    """An event named just before the date: "Hasina resigned on 5 August 2024", "Russia invaded Ukraine on"."""
    prose = story.doc.prose
    for m in reversed([x for x in _mentions(story, s0, s1) if x.end <= start]):
        gap = prose[m.end:start]
        if _NAME_GAP.match(gap):
            written = prose[m.start:start]
            return m, ("start" if _START_WORDS.search(written) else "during")
    return None


def _guess_year(published: dt.date | None, month: int | None, day: int | None) -> int | None:
    """The year of a day and month written without one, as of the publication date."""
    if published is None or month is None or day is None:
        return None
    try:
        written = dt.date(published.year, month, day)
    except ValueError:
        return None
    return published.year if written <= published else published.year - 1


def _near_slip(year, month, day, first: dt.date, last: dt.date, event: Event) -> bool:
    """Found by kind and year: a date a few weeks off a rare event (an election, a war, a great earthquake)
    is a slip; further off, or for recurring kinds (attacks, floods), it may be another event."""
    if year is None or month is None or event.nouns & _RECURRING:
        return False
    if not any(d.year == year for d in (first, last)):
        return False
    stated = dt.date(year, month, day or 15)
    gap = min(abs((stated - first).days), abs((stated - last).days))
    return gap <= (45 if day else 31)


def _noun_before_date(text: str) -> regex.Match | None:
    """`_NOUN_BEFORE_DATE` searched in `text`, starting after its last character that is neither letter nor space.

    A match is letters and spaces only, up to the end, so it cannot start earlier;
    and it looks at nothing before its start, so skipping ahead finds the same
    match, only without trying every word of a long sentence.
    """
    other = _LAST_NOT_WORDS.search(text)
    return _NOUN_BEFORE_DATE.search(text, other.end() if other else 0)


def _stated(story: Story, q: Quantity) -> tuple[int, int | None, int | None, int | None] | None:
    """(start offset, year, month, day) of a stated date; a bare year may take a month written before it."""
    if q.kind == "date":
        if q.date is None or q.resolution not in ("day", "month", "year"):
            return None
        year = q.date.year if q.year_given else None
        month = q.date.month if q.resolution in ("day", "month") else None
        day = q.date.day if q.resolution == "day" else None
        if year is None and month is None:
            return None
        return q.start, year, month, day
    # "June 2017" read as a bare year: take the month written before it
    before = _MONTH_BEFORE.search(story.doc.prose[max(0, q.start - 12):q.start])
    if before:
        month = next(i + 1 for i, name in enumerate(_MONTHS) if name.startswith(before.group("month").lower()[:3]))
        return q.start - (len(before.group(0))), int(q.value), month, None
    return q.start, int(q.value), None, None


def _agrees(year, month, day, first: dt.date, last: dt.date) -> bool:
    """Could the stated (partial) date fall within [first, last]?"""
    d = first
    while d <= last:
        if (year is None or d.year == year) and (month is None or d.month == month) and (day is None or d.day == day):
            return True
        if (last - first).days > 4000:
            # long events: compare by year/month bounds rather than day by day
            lo = (first.year, first.month if month else 0)
            hi = (last.year, last.month if month else 0)
            return year is None or lo <= (year, month or 0) <= hi
        d += dt.timedelta(days=1)
    return False


def _partly_agrees(year, month, day, first: dt.date, last: dt.date) -> bool:
    """A date that matches the record in day and month (or month) but not year: a slip, not another event."""
    if year is None or month is None:
        return False
    for d in (first, last):
        if d.month == month and (day is None or d.day == day) and abs(d.year - year) <= 2:
            return True
    return False


def _day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _date_text(written: str, recorded: dt.date, year, month, day) -> str | None:
    """The stated date rewritten with the recorded year (the usual slip), keeping its form."""
    if year is not None and regex.search(rf"\b{year}\b", written) and (month is None or month == recorded.month) \
            and (day is None or day == recorded.day):
        return regex.sub(rf"\b{year}\b", str(recorded.year), written, count=1)
    if year is None and _DAY_FIRST.match(written):
        return f"{recorded.day} {recorded.strftime('%B')}"      # "18 February" -> "8 February"
    if _MONTH_FIRST.match(written):
        # keep the story's order: "August 12, 2024" -> "August 5, 2024"
        return f"{recorded.strftime('%B')} {recorded.day}, {recorded.year}" if year else \
            f"{recorded.strftime('%B')} {recorded.day}"
    return _day(recorded)


_DAY_FIRST = regex.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_MONTH_FIRST = regex.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d")


def _days_text(days: int, written: str) -> str:
    if regex.search(r"[\p{L}]", regex.sub(r"-?(?:day|days|week|weeks|month|months|year|years)\b", "", written)) \
            and days < len(_NUMBER_WORDS):
        word = _NUMBER_WORDS[days]
        return word.capitalize() if written[:1].isupper() else word
    return str(days)


def _replace_number(phrase: str, written: str, number: str) -> str:
    """"20-day war" -> "12-day war"; "two weeks" -> "12 days"."""
    m = regex.match(r"(?P<num>[\p{L}\d.,\s-]+?)(?P<sep>[\s-]+)(?P<unit>days?|weeks?|fortnights?|months?|years?)\b",
                    phrase, regex.I)
    if not m:
        return phrase
    unit = m.group("unit").lower()
    if not unit.startswith("day"):
        unit = "day" if m.group("sep") == "-" else "days"
    return number + m.group("sep") + (unit if unit.startswith("day") else unit) + phrase[m.end():]
