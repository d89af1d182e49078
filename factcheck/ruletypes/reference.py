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

A date may also come first: "the 2018 Notre-Dame fire", "It was on March 11, 2021,
that the WHO declared Covid-19 a pandemic", "since March 12, 2011, when the tsunami
...". A general noun ("the disaster", "the 36-day tournament") refers back to the one
event of its kind named in that sentence or the one before. Case past a name's first
letter is free ("COVID-19"); a name marked "~" in the table ("~Easter attacks") is
read only in a story about a participant. A date merely beside the event ("marked the
anniversary of the earthquake on ...", a day within ten days of the story's own, long
after the event) is taken for the date of what is done about it, and a name that
modifies another noun ("the Brexit trade talks", "the 9/11 museum") is not the event.
A name marked "~" is also one other events could bear ("the moon landing"), so a date
read through it must be a near slip of the record; a disaster's name with another
country before its date ("Haiyan struck Vietnam on") is another landfall; "..., which
flattened Tacloban when it struck Leyte in" refers back to the event named; "the
Sept. 19, 1985, earthquake" closes the year with a comma; and "the earthquake" of a country
is its main shock, not an aftershock (kind `aftershock`) weeks off.

Two modules read the mentions that carry no full name: `event_places` (an event by its kind and a place
of its own, "the attacks in Mumbai"; a name every edition shares, told by the year written, "the World Cup
final on December 19, 2022") and `event_links` (a story's named event told again without its name; "N years
after the 1985 quake"; "trapped for 69 days" at the place of a recorded rescue). `event_durations` reads a
duration with its hedge ("almost two years" is a little less than two) and tells when an event of a recurring
kind is meant by a place of its own. `event_topics` tells an event of a kind and place by a topic of its own
written around it ("the 2015 referendum" on Britain's departure from the European Union; "the election that
brought Imran Khan to power"), and `event_wins` a tournament edition by the winner, the venue of its final and
the competition a sentence says was won (or "beat X in the final" there, the competition named in the story).
`event_phrases` reads the clause between an event noun and its date however it is filled: phrases of place
("the earthquake off the Pacific coast of Tohoku on") or a past-tense verb of the event's own ("when the
earthquake came in"), never a verb, auxiliary or clause word of another clause. A name may be set off by an appositive or brackets before its verb
("Yolanda, one of the strongest storms ever recorded, struck ... on"), and a storm's date a day or two from
its landfall is its rain and surge, not a slip.

When no frame above reads a date, `event_story` tries the story-level test: the events the story is about (named
anywhere, or their kind and a place of their own written), a date in the clause of a word of their kind, and a near
miss of the record in one of year, month and day.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass
from typing import ClassVar, Iterator, Mapping

import regex

from ..entities import story_mentions
from ..model import Quantity, Span
from ..subjects import core_span, story_countries
from ..tables import Row
from .base import Hit, Option, Rule, Story
from .event_durations import DAYS_PER, a_new_one, agrees, placed_here, restated, several_of_the_kind, whole_of, \
    the_storys_own, \
    whole_of_named
from .event_links import interval, told_again, trapped_in
from .event_phrases import noun_phrase_pattern, phrase_before
from .event_places import by_place, done_at_place, done_when, placed_events, year_bound_names
from .event_debuts import debut_slip
from .event_editions import venue_later_slip, venue_year_slip
from .event_hosts import _YEAR as _HOSTS_YEAR, _edition_year, _editions, _series as _hosts_series, host_slip, \
    hosted_edition_slip
from .event_matchdays import match_day_slip
from .event_story import ASIDE_OPENED_BEFORE, near_miss
from .event_years import year_slip
from .event_wins import credited_to_another, may_credit, tournament_editions_by_id, won_on
from .event_independence import independence_won
from .event_accessions import accession_told, member_place
from .event_contests import contest_slip
from .event_anniversary import anniversary_day
from .event_openings import opened_it
from .event_verbs import thing_verbed
from .event_acts import act_told
from .event_endings import ended_by
from .event_craft import craft_told_again
from .event_held import held_in
from .event_inaugural import inaugural_slip
from .event_matches import match_year_slip
from .event_off_years import off_year
from .event_credits import credited_since, credited_year
from .event_topics import TOPIC_ONLY_NOUNS, another_of_the_kind, near_slip_of_year, topic_written, topic_written_near, \
    topical

FIELDS = ("figure", "detail", "event", "recorded", "advice", "suggestion")

# Kinds of noun an event is called by; synonyms share a class.
NOUN_CLASSES = {
    "war": "war", "wars": "war", "conflict": "war", "fighting": "war", "hostilities": "war",
    "earthquake": "earthquake", "earthquakes": "earthquake", "quake": "earthquake", "quakes": "earthquake",
    "tremor": "earthquake", "tremors": "earthquake", "temblor": "earthquake",
    "tsunami": "tsunami", "floods": "flood", "flood": "flood", "flooding": "flood",
    "referendum": "referendum", "election": "election", "elections": "election", "polls": "election",
    "attack": "attack", "attacks": "attack", "bombing": "attack", "riots": "riots", "uprising": "uprising",
    "revolution": "uprising", "pandemic": "pandemic", "hurricane": "hurricane", "cyclone": "hurricane",
    "airstrike": "strike", "strikes": "strike",
    "invasion": "war", "resignation": "resignation", "ouster": "resignation",
    "bombings": "attack", "shooting": "attack", "shootings": "attack", "massacre": "attack", "siege": "attack",
    "fire": "fire", "blaze": "fire", "fires": "fire", "blazes": "fire", "bushfire": "fire", "bushfires": "fire",
    "explosion": "explosion", "blast": "explosion", "blasts": "explosion",
    "tournament": "tournament", "championship": "tournament", "cup": "tournament", "olympics": "tournament",
    "coup": "coup", "assassination": "assassination",
    # what any disaster may be called once it has been described: "the disaster of March 13, 2011"
    "disaster": "disaster", "tragedy": "disaster", "catastrophe": "disaster",
    "typhoon": "hurricane", "typhoons": "hurricane", "hurricanes": "hurricane", "cyclones": "hurricane",
    # "killer waves hit the coast on": a tsunami only with a word that makes it one (_WAVES_MADE_BY)
    "waves": "tsunami", "wave": "tsunami",
    # a stand-off between states, told by the countries around it: "the blockade of Qatar", "a dispute that had
    # lasted", "the Gulf rift"
    "blockade": "blockade", "blockades": "blockade", "embargo": "blockade", "boycott": "blockade", "rift": "blockade",
    "dispute": "blockade", "standoff": "blockade", "blockage": "blockade", "sieges": "attack",
    "crisis": "crisis", "lockdown": "lockdown", "lockdowns": "lockdown", "shutdown": "shutdown",
    "strike": "strike", "walkout": "strike", "plebiscite": "referendum",
    # a building's collapse ("the collapse of the Rana Plaza building in Savar on"): recurring
    "collapse": "collapse", "bankruptcy": "collapse",
    # a land held by another state's forces: "the occupation lasted", "a seven-month occupation"
    "occupation": "occupation",
    # a mass abduction ("the abduction, which took place in April 2014"): recurring, like attacks
    "abduction": "abduction", "abductions": "abduction", "kidnapping": "abduction", "kidnappings": "abduction",
    # of the kind only beside a topic of the event: "the EU vote", "the independence ballot" (event_topics)
    "vote": "referendum", "ballot": "referendum",
    # a volcano's: "the 2010 eruption of Eyjafjallajökull", found by kind only with a place of its own ("@Taal")
    "eruption": "eruption", "eruptions": "eruption",
    # a country's own, which it has once: "since independence in 1963" (see _independence_year)
    "independence": "independence",
}
# Nouns that stand for a recorded event only as a definite noun referring back to it just named ("Black Saturday
# ... the fires of February 2009"): fires are many each summer, so their kind never finds one alone
_BACK_ONLY = frozenset({"fires", "blazes", "bushfire", "bushfires"})
_WAVES_MADE_BY = frozenset("giant killer tidal huge massive deadly monster towering devastating tsunami "
                           "enormous mountainous".split())
# A table kind whose every event answers to a general noun ("the disaster", "the tournament").
_KIND_CLASSES = {"disaster": "disaster", "tournament": "tournament"}
# General nouns: a date found through one must be a near slip of the day ("the disaster of March 13, 2011").
_GENERIC = frozenset({"disaster"})
# Kinds that recur within a country and year (attacks, floods, strikes): found by kind alone, a
# different date is more likely another event than a slip, so only a name may link them.
_RECURRING = frozenset({"attack", "abduction", "collapse", "strike", "flood", "riots", "fire", "explosion", "tournament", "hurricane",
                        "crisis", "lockdown", "shutdown"})
# Nouns too common to stand for a recorded event without a place of its own in the sentence ("@Rana Plaza")
_PLACE_ONLY = frozenset({"collapse"})
# Nouns of an event between two sides, found by kind only where both are named (or one and the story's country):
# "the occupation" of a building, a square or a campus is no state's
_BOTH_SIDES = frozenset({"occupation"})
# A word before the noun that makes it another kind of event: "local elections", "trade war".
_OTHER_KIND = frozenset(
    "local by mayoral council municipal provincial state assembly regional primary primaries party leadership "
    "senate midterm midterms european gubernatorial student union club board district county bar presidential "
    "parliamentary legislative upper snap civil trade price cold culture drug proxy cyber tariff currency "
    "tariffs water information propaganda shadow class turf gang opened open returned gun cross forest bush wild "
    "house factory governorship rerun re-run repeat partial "
    # a dispute or crisis of another kind: "a border dispute", "the debt crisis", "a hostage crisis"
    "border territorial maritime legal land oil gas fishing pay wage wages labour labor contract boundary family "
    "financial economic debt banking housing energy fuel food refugee migrant liquidity hostage missile "
    "hunger".split())
_NOUN_RE = regex.compile(r"(?<![\p{L}-])(?:" + "|".join(sorted(NOUN_CLASSES, key=len, reverse=True)) + r")(?![\p{L}])",
                         regex.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_BEFORE = regex.compile(r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
                              r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\Z")
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
_DAYS_PER = DAYS_PER


@dataclass(frozen=True)
class Event:
    row: Row
    id: str
    names: tuple[str, ...]
    nouns: frozenset[str]
    participants: frozenset[str]
    start: dt.date
    end: dt.date | None
    contextual: frozenset[str] = frozenset()    # names that need a participant in the story ("Easter attacks")
    places: frozenset[str] = frozenset()        # where it happened ("@Mumbai"): read with a noun of its kind
    topics: frozenset[str] = frozenset()        # what it was about ("+European Union"): tells it from its kind
    short: frozenset[str] = frozenset()         # a storm's own name ("Tracy" of "Cyclone Tracy"), read once the
    # story has written a full name

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
    for row in reference_data(folder).events:
        cells = [n.strip() for n in [row["name"], *(row.get("aliases") or "").split("|")] if n.strip()]
        # "@Mumbai": a place where the event happened, not a name of it (see event_places); "+EU": what it was
        # about (see event_topics)
        written = [n for n in cells if not n.startswith(("@", "+", "=", "#", "!"))]  # "=UY !BR #Maracanã": event_wins
        places = frozenset(n[1:].strip() for n in cells if n.startswith("@"))
        topics = frozenset(n[1:].strip() for n in cells if n.startswith("+"))
        # "~Easter attacks": a name other events could bear, read only in a story about a participant
        all_names = tuple(n.lstrip("~").strip() for n in written)
        contextual = frozenset(n.lstrip("~").strip() for n in written if n.startswith("~"))
        short = frozenset(_storm_short_names(all_names))
        all_names += tuple(sorted(short - set(all_names)))
        all_names += tuple(sorted(_volcano_names(all_names) - set(all_names)))
        all_names += tuple(sorted(_imposed_names(all_names) - set(all_names)))
        nouns = frozenset(NOUN_CLASSES[w.lower()] for n in all_names for w in _NOUN_RE.findall(n)
                          if w.lower() not in _BACK_ONLY)
        nouns |= {_KIND_CLASSES[row["kind"]]} if row.get("kind") in _KIND_CLASSES else set()
        participants = frozenset(p.strip() for p in (row.get("participants") or "").split("|") if p.strip())
        places |= _places_in_names(tuple(n for n in all_names if n not in contextual), folder)
        end = dt.date.fromisoformat(row["end"]) if row.get("end") else None
        events.append(Event(row, row["id"], all_names, nouns, participants, dt.date.fromisoformat(row["start"]), end,
                            contextual, places, topics, short - set(n.lstrip("~").strip() for n in written)))
    return tuple(events), None


# "fire at Notre-Dame", "attacks in Mumbai": a name that puts a noun of the event's kind at a place gives the place,
# which names the event with a noun of its kind anywhere in a sentence ("the fire of April 2019 gutted Notre-Dame"),
# as an "@" place does. A country ("earthquake in Nepal") is no such place: a country has many.
_PLACE_WORDS = r"\p{Lu}[\p{L}'’.-]*(?:[\s-]+(?:de\s+|du\s+|la\s+)?\p{Lu}[\p{L}'’.-]*){0,3}"
_NOUN_AT_PLACE = regex.compile(rf"(?P<noun>\p{{L}}+)\s+(?:at|in)\s+(?P<place>{_PLACE_WORDS})")


def _places_in_names(names: tuple[str, ...], folder: str) -> frozenset[str]:
    from ..entities import countries_in
    found = set()
    for name in names:
        m = _NOUN_AT_PLACE.fullmatch(name)
        if m is None or m.group("noun").lower() not in NOUN_CLASSES:
            continue
        place = m.group("place")
        if len(place) >= 4 and not countries_in(place, 0, folder) and place.lower() not in NOUN_CLASSES:
            found.add(place)
    return frozenset(found)


# "Cyclone Tracy", "Super Typhoon Haiyan": a storm's kind, then the name it was given
_STORM_NAME = regex.compile(r"(?:Super\s+|Tropical\s+|Severe\s+|Very\s+Severe\s+)?(?:Cyclone|Hurricane|Typhoon|"
                            r"Storm|Superstorm|Cyclonic\s+Storm|Tropical\s+Storm)\s+(?P<own>\p{Lu}\p{Ll}+)")


# "eruption of Eyjafjallajökull": copy often adds the mountain's kind, "the eruption of the Eyjafjallajökull volcano"
_ERUPTION_OF = regex.compile(r"eruption\s+of\s+(?P<volcano>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)")


def _volcano_names(names: tuple[str, ...]) -> set[str]:
    """The names of a volcano's eruption with the word "volcano" after the mountain's name."""
    found = set()
    for n in names:
        if (m := _ERUPTION_OF.fullmatch(n)) and "volcano" not in n.lower():
            v = m.group("volcano")
            found |= {f"eruption of the {v} volcano", f"eruption of {v} volcano", f"{v} volcano eruption"}
    return found


# "the blockade of Qatar": a measure one side put on another, which copy as often tells as put there ("the boycott
# imposed on Qatar by ...", "the embargo placed on Cuba"); a siege is laid, not imposed, and keeps its own names
_MEASURE_OF = regex.compile(r"(?P<measure>blockade|boycott|embargo|sanctions)\s+(?:of|on|against)\s+(?P<target>\p{Lu}.*)",
                            regex.I)


def _imposed_names(names: tuple[str, ...]) -> set[str]:
    """The names of a blockade, boycott or embargo with the verb that put it on its target."""
    found = set()
    for n in names:
        if m := _MEASURE_OF.fullmatch(n):
            measure, target = m.group("measure"), m.group("target")
            found |= {f"{measure} {verb} {prep} {target}" for verb in ("imposed", "placed", "enforced")
                      for prep in ("on", "against")}
    return found


def _storm_short_names(names: tuple[str, ...]) -> set[str]:
    """The names storms were given ("Tracy" of "Cyclone Tracy"): after the first mention, copy uses them alone."""
    return {m.group("own") for n in names if (m := _STORM_NAME.fullmatch(n))}


def _full_name_written(story: Story, event: Event) -> bool:
    """Has the story written one of the event's names other than its short ones ("Cyclone Tracy")?"""
    written = story.cache.setdefault("reference.full_names", {})
    if event.id not in written:
        prose = story.doc.prose
        written[event.id] = any(n in prose for n in event.names if n not in event.short)
    return written[event.id]


@dataclass(frozen=True)
class Mention:
    event: Event
    start: int
    end: int
    by_name: bool
    backref: bool = False       # "the tournament": the one event of its kind named just before
    noun: str = ""              # the noun class it was found by, when not by name
    loose: bool = False         # read by a name other events could bear ("~moon landing")
    topical: bool = False       # found by kind with a topic of its own beside it ("the 2015 referendum" on the EU)
    apposed: bool = False       # its date stands as its aside: "Black Saturday — 7 February 2009 —"


class Reference:
    name: ClassVar[str] = "reference"
    category: ClassVar[str] = "reference"
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "check": Option(str, "duration", "what to compare with the record: duration, date or interval"),
        "tolerance_days": Option(int, 1, "days a stated duration may differ from the recorded count"),
        "hedged_tolerance": Option(float, 0.2, "extra relative tolerance for hedged durations (about, nearly)"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        kind = rule.options.get("check", "duration")
        for q in story.quantities:
            if kind == "duration" and q.kind == "duration":
                hit = self._duration(rule, story, q)
            elif kind == "date" and (q.kind == "date" or _is_year_number(q)):
                hit = self._date_reading(rule, story, q)
            elif kind == "date" and q.kind == "ordinal":
                hit = _member_place_hit(story, q)
            elif kind == "interval" and q.kind == "duration":
                hit = self._interval(story, q)
            else:
                hit = None
            if hit is not None:
                yield hit

    def _date_reading(self, rule: Rule, story: Story, q: Quantity) -> Hit | None:
        """The first reader's finding that survives: a reader that ties the date to an event whose own day the
        sentence also writes ("voted for Brexit on 23 June 2015 and left on 31 January 2020": Brexit day is
        written, so the first date is not its) read the date onto the wrong event, and the next reader may
        know the right one (the referendum)."""
        # every reader needs the date as stated (the host reader reads a bare year, which always has one): a
        # figure with none is no reader's; it is worked out once for all six
        stated = _stated(story, q)
        if stated is None:
            return None
        stated = anniversary_day(story, q, stated) or stated    # "Sept. 19, the anniversary of the 1985 quake"
        for read in (self._date, self._near_miss, self._host_year, self._hosted_edition, self._year_slip,
                     self._match_day, self._credited_win, self._venue_year, self._inaugural,
                     self._famous_match, self._off_year, self._credited_year, self._debut, self._contest_year):
            hit = read(rule, story, q, stated)
            if hit is not None and not _day_written_beside(story, q, hit):
                return hit
        return None

    # -- durations ---------------------------------------------------------------
    def _duration(self, rule: Rule, story: Story, q: Quantity) -> Hit | None:
        if q.value is None or q.unit not in _DAYS_PER:
            return None
        prose = story.doc.prose
        if _ONE_DAY_FORMAT.match(prose, core_span(story, q).start, min(len(prose), q.end + 40)):
            return None     # "the under-19 one-day tournament", "a one-day series": cricket's format, not a length
        s0, s1 = story.doc.sentence_at(q.start)
        after = _event_noun_after(prose[q.end:s1])
        mention = None
        lead = prose[s0:core_span(story, q).start]
        whole_lead = _WHOLE_OF_BEFORE.search(lead) if after is None and _may_end_whole_lead(lead) else None
        if whole_lead and whole_lead.group("after") and not _IT_ENDED.search(prose, s0, s1):
            whole_lead = None   # "After 18 months of the blockade, the economy had adapted": a time within it
        if whole_lead:
            # "after 20 days of war", "Twelve days of fighting ended ..." (never "the first ten days of the war")
            of = _OF_NOUN_AFTER_DURATION.match(prose[q.end:s1])
            after = (of.start("noun"), of.end("noun")) if of else None
        if after is not None:
            # "the 20-day war (between Iran and Israel)", "the 20-day Israel-Iran war"; "the Cuban Missile Crisis,
            # a 13-day standoff,": a name's aside describes the name
            noun_start, noun_end = q.end + after[0], q.end + after[1]
            mention = _aside_of_name(story, s0, s1, core_span(story, q).start) \
                or _event_at(story, s0, s1, noun_start, noun_end, q, _noun_year(prose, s0, s1, noun_start, noun_end)) \
                or _recent_unmatched(story, s0, s1, noun_start, noun_end, q, rule) \
                or the_storys_own(story, s0, s1, noun_start, noun_end,
                                  NOUN_CLASSES[prose[noun_start:noun_end].lower()], core_span(story, q).start)
        elif (whole := whole_of(story, s0, s1, q, lead)) is not None:
            # "during the 12 years of the Iran-Iraq war": the whole of the event named or called by its noun
            mention = whole_of_named(story, whole, _mentions(story, s0, s1))
            noun = _NOUN_RE.search(prose, whole, min(s1, whole + 40)) if mention is None else None
            if noun is not None and not regex.search(r"[,;:]", prose[whole:noun.start()]):
                mention = _event_at(story, s0, s1, noun.start(), noun.end(), q,
                                    _noun_year(prose, s0, s1, noun.start(), noun.end()))
        elif any(w in lead for w in _LASTED_WORDS) and (lasted := _LASTED_BEFORE.search(lead)):
            found = _mentions(story, s0, s1)
            if len({m.event.id for m in found}) == 1 and _lasted_is_its(prose, found[0], s0 + lasted.start(), q):
                mention = found[0]
            else:
                # "the war, which lasted 20 days", "a conflict that lasted 20 days"
                nouns = [n for n in _NOUN_RE.finditer(lead[-100:]) if _NOUN_LASTED.match(lead[-100:], n.end())]
                if nouns:
                    offset = s0 + max(0, len(lead) - 100)
                    a, b = offset + nouns[-1].start(), offset + nouns[-1].end()
                    mention = _event_at(story, s0, s1, a, b, q, _noun_year(prose, s0, s1, a, b))
        elif _FOUGHT_BEFORE.search(lead):
            # "Israel and Iran fought for 20 days": a war between the sentence's countries
            mention = _fought(story, s0, s1, q)
        else:
            # "the Berlin Wall stood for 28 years"; "the 33 miners of the San José mine, trapped underground for 69
            # days"
            mention = _clause_name_for(story, s0, s1, q) or trapped_in(story, s0, s1, lead, prose[q.end:s1])
        if mention is None or mention.event.days is None or mention.event.end is None:
            return None
        before = min(core_span(story, q).start, mention.start)
        if not (mention.by_name or mention.backref) and mention.noun in _RECURRING \
                and not placed_here(story, s0, s1, mention, before):
            return None     # "the three-day strike", "the ten-day tournament": of a recurring kind, only a name
            # or a place of its own ("a nine-day siege" at "the Westgate mall") links
        if not (mention.by_name or mention.backref) and _year_before(prose[s0:s1], mention.event):
            return None     # "the eight-month rift of 2014": found by kind, a year before the record is another
        if not (mention.by_name or mention.backref or placed_here(story, s0, s1, mention, before)) and a_new_one(
                story, s0, s1, before, mention.event):
            return None     # "protesters held a two-day blockade": a new one of the kind
        if not mention.by_name and several_of_the_kind(story, s0, core_span(story, q).start):
            return None     # "two nine-day blockades in 2026 and 2027": several, and a recorded event is one
        event = mention.event
        stated = q.value * _DAYS_PER[q.unit]
        recorded = event.days
        if agrees(q, lead, event, rule):
            return None
        span = Span(core_span(story, q).start, mention.end if mention.start >= q.end else q.end)
        figure = story.text_of(span)
        written = story.text_of((core_span(story, q).start, q.end))
        replacement = restated(story.text_of(span), recorded, q) \
            or _replace_number(story.text_of(span), written, _days_text(recorded, written))
        recorded_text = (f"{event.row['name']} ran from {_day(event.start)} to {_day(event.end)}: "
                         f"{recorded} days ({event.row.source})")
        return Hit(span=span, fields={
            "figure": figure, "detail": f"{figure}: {recorded_text}", "event": event.row["name"],
            "recorded": recorded_text, "advice": f"Did you mean {replacement}?", "suggestion": replacement,
        }, evidence={"event": event.id, "stated_days": stated, "recorded_days": recorded,
                     "start": event.start.isoformat(), "end": event.end.isoformat(), **event.row.citation()},
            suggestion=replacement)

    # -- intervals between two dated events -------------------------------------------
    def _interval(self, story: Story, q: Quantity) -> Hit | None:
        """"The quake of September 19, 2017, which struck exactly 30 years after the 1985 disaster": 32 years."""
        found = interval(story, q)
        if found is None:
            return self._venue_later(story, q)
        span, stated, worked, anchor, figure = found
        suggestion = regex.sub(rf"\b{stated}\b|\b{_NUMBER_WORDS[stated] if stated < len(_NUMBER_WORDS) else stated}\b",
                               str(worked), figure, count=1, flags=regex.I)
        recorded = f"the years written put it {worked} years from {anchor}"
        return Hit(span=span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": str(anchor), "recorded": recorded,
            "advice": f"Did you mean {suggestion}?", "suggestion": suggestion,
        }, evidence={"stated_years": stated, "worked_out_years": worked, "from_year": anchor}, suggestion=suggestion)

    def _venue_later(self, story: Story, q: Quantity) -> Hit | None:
        """ "defended his title in Mexico City four years later", after the 1960 Games: the place of a series
        held to the year the span works out to (event_editions)."""
        found = venue_later_slip(story, q)
        if found is None:
            return None
        (meant, staged, place, where, that_year), year = found
        years = ", ".join(str(e.year) for e in sorted(staged, key=lambda e: e.year))
        series = (meant or staged[0]).event.row["name"][5:]
        held = ", ".join(sorted(that_year.places)) or _host_names(story, that_year.event)
        figure = story.text_of(Span(*where))
        recorded = (f"{place} staged the {series} in {years}; {story.text_of(q.span)} later puts it in {year}, when "
                    f"the {series} were held in {held} ({(meant or staged[0]).event.row.source}; "
                    f"{that_year.event.row.source}). The place or the span is wrong")
        return Hit(span=Span(*where), fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": that_year.event.row["name"],
            "recorded": recorded, "advice": f"Did you mean {held}?", "suggestion": held,
        }, evidence={"event": that_year.event.id, "place": place, "years_there": years, "worked_out_year": year,
                     **that_year.event.row.citation()}, suggestion=held, related=(q.span,))

    # -- dates ---------------------------------------------------------------------
    def _date(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        s0, s1 = story.doc.sentence_at(q.start)
        start, year, month, day = stated
        # a day and month without a year ("the February 18 general election") is of the publication year,
        # or of the year before when that day is still to come
        guessed = year if year is not None else _guess_year(story.doc.publication_date, month, day)
        # "were held in", "hosted the ... in": the words between name and date make it the event's own (first: the
        # readers after it take a date beside a name as perhaps another thing's)
        found = held_in(story, s0, s1, start, q, (year, month, day)) \
            or _event_of_date(story, s0, s1, start, q, (guessed, month, day)) \
            or told_again(story, s0, s1, start, (year, month, day)) \
            or won_on(story, s0, s1, start, q, (year, month, day)) \
            or independence_won(story, s0, s1, start, q, (year, month, day)) \
            or accession_told(story, s0, s1, start, q, (year, month, day)) \
            or opened_it(story, s0, s1, start, q, (year, month, day)) \
            or thing_verbed(story, s0, s1, start, q, (year, month, day)) \
            or act_told(story, s0, s1, start, q, (year, month, day)) \
            or craft_told_again(story, s0, s1, start, q, (year, month, day)) \
            or ended_by(story, s0, s1, start, q, (guessed, month, day))
        if found is None:
            return None
        mention, role, beside = found
        event = mention.event
        published = story.doc.publication_date or dt.date.max
        if event.start > published:
            return None
        if beside and (_about_the_event(story, s0, min(start, mention.start), (guessed, month, day), event)
                       or _TIMED_FROM_IT.match(story.doc.prose, q.end, s1)):
            return None     # "paid out on the earthquake in April 2016, a year after it struck": another day
        if event.row.get("kind") == "pandemic":
            role = "during"     # when a pandemic began is argued; when it was declared is its own event
        # an ongoing event ("the war in Ukraine") runs to the story's date
        first, last = event.start, event.end or (published if role == "during" else event.start)
        if role == "start":
            last = first
        elif role == "end":
            if event.end is None:
                return None
            first = last
        if _agrees(year, month, day, *_storm_days(event, role, first, last)):
            return None
        if not mention.by_name and (_this_years_own(year, day, published)
                                    or not (_partly_agrees(year, month, day, first, last)
                                            or _near_slip(guessed, month, day, first, last, mention,
                                                          lambda: placed_here(story, s0, s1, mention, start))
                                            or (mention.topical and near_slip_of_year(year, month, day, event))
                                            or _year_on_a_war_with_its_other_side(story, q, mention, (year, month, day))
                                            or _independence_year(story, s0, s1, mention, year, month, first)
                                            or (mention.backref and _one_digit_off(year, month, day, first, last)))):
            return None
        slipped_year = mention.apposed and _its_day_another_year(year, month, day, first, last, published)
        if mention.apposed and not (slipped_year or _close_to_record(year, month, day, first, last)):
            return None     # "the inquiry after the bushfires, 31 July 2010,": an aside far off is another thing's
        if mention.by_name and not slipped_year and _another_of_the_name(year, first, last, mention, story):
            return None
        if mention.loose and not slipped_year and not _close_to_record(year, month, day, first, last) \
                and not _home_year_slip(story, mention, year, month, first):
            return None     # "landed on the moon in 1971": a name others bear, so only a near slip is this one's
        if mention.by_name and _other_country_between(story, mention, start):
            return None     # "Haiyan later struck Vietnam on November 10": another landfall, not the one recorded
        if event.row.get("kind") == "pandemic" and year is not None and first.year - 1 <= year <= last.year:
            return None     # "the pandemic, which began in late 2019", "the pandemic in 2023": loose edges
        return _date_hit(story, q, start, event, role, first, last, (year, month, day))

    def _near_miss(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """A date written onto an event the story is about that misses its record by a little (event_story)."""
        slip = near_miss(story, q, stated)
        if slip is None:
            return None
        event = slip.mention.event
        first, last = event.start, event.end or event.start
        if slip.role == "end":
            first = last
        return _date_hit(story, q, slip.start, event, slip.role, first, last, stated[1:])

    def _year_slip(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """A date with a recorded event's day and month (or month) and another year, the event meant (event_years)."""
        found = year_slip(story, q, stated)
        if found is None:
            return None
        mention, role = found
        event = mention.event
        first, last = event.start, event.end or event.start
        if role == "end":
            first = last
        elif role == "start":
            last = first
        return _date_hit(story, q, stated[0], event, role, first, last, stated[1:])

    def _match_day(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """A match of a recorded tournament, at its host, dated a year off the edition's weeks (event_matchdays)."""
        event = match_day_slip(story, q, stated)
        if event is None:
            return None
        return _date_hit(story, q, stated[0], event, "during", event.start, event.end, stated[1:])

    def _host_year(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "the 2006 World Cup that South Africa hosted": a year beside a host of another edition (event_hosts)."""
        if not _is_year_number(q):
            return None
        s0, s1 = story.doc.sentence_at(q.start)
        found = host_slip(story, q, _mentions(story, s0, s1))
        if found is None:
            return None
        named, staged = found
        year = regex.search(r"(?:1[89]|20)\d\d", staged.row["name"]).group()
        recorded = (f"{named.event.row['name']} was staged in {_host_names(story, named.event)}; "
                    f"{_host_names(story, staged)} staged the {staged.row['name']} ({staged.row.source})")
        figure = story.text_of(q.span)
        return Hit(span=q.span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": staged.row["name"],
            "recorded": recorded, "advice": f"Did you mean {year}?", "suggestion": year,
        }, evidence={"event": staged.id, "named": named.event.id, "start": staged.start.isoformat(),
                     "end": staged.end.isoformat() if staged.end else None, **staged.row.citation()},
            suggestion=year)


    def _contest_year(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "Prabowo, who lost to Joko Widodo in 2009": a leader's win or loss, in a year of another contest
        (event_contests)."""
        _, year, month, day = stated
        month_year = not _is_year_number(q) and year is not None and month is not None and day is None
        if not (_is_year_number(q) or month_year):
            return None
        s0, s1 = story.doc.sentence_at(q.start)
        slip = contest_slip(story, q, s0, s1, year if month_year else None)
        if slip is None:
            return None
        c = slip.contest
        years = " and ".join(str(f.year) for f in slip.fits)
        recorded = (f"{slip.claim} in {years}; the {c.year} election was won by {c.winners[0]} over {c.losers[0]} "
                    f"({c.row.source})")
        suggestion = str(slip.fits[0].year) if len(slip.fits) == 1 else years
        figure = story.text_of(q.span)
        if month_year and len(slip.fits) == 1:
            # "the August 2017 election": the month stays as written, the record's year replaces the one told
            suggestion = regex.sub(rf"\b{year}\b", suggestion, figure)
        return Hit(span=q.span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": f"{c.year} election ({c.country})",
            "recorded": recorded, "advice": f"Did you mean {suggestion}?", "suggestion": suggestion,
        }, evidence={"claim": slip.claim, "years": years, **c.row.citation()}, suggestion=suggestion)

    def _credited_win(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "Pakistan's 1996 World Cup triumph": a named edition given to a side that won another (event_wins)."""
        if not _is_year_number(q):
            return None
        s0, s1 = story.doc.sentence_at(q.start)
        if not may_credit(story.doc.prose[s0:s1]):
            return None     # no word of a win in the sentence (a cheap test before its names are read)
        found = credited_to_another(story, q, _mentions(story, s0, s1))
        if found is None:
            return None
        mention, named, own, side = found
        year = str(own.event.start.year)
        span = Span(mention.start, mention.end)
        figure = story.text_of(span)
        suggestion = figure.replace(str(named.event.start.year), year, 1)
        recorded = (f"the {named.event.row['name']} was won by {_host_names(story, named.event, named.winners)}; "
                    f"{_host_names(story, own.event, frozenset({side}))} won the {own.event.row['name']} "
                    f"({named.event.row.source}; {own.event.row.source})")
        return Hit(span=span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": named.event.row["name"],
            "recorded": recorded, "advice": f"Did you mean {suggestion}?", "suggestion": suggestion,
        }, evidence={"event": named.event.id, "won_by": own.event.id, "start": named.event.start.isoformat(),
                     "end": named.event.end.isoformat() if named.event.end else None, **named.event.row.citation()},
            suggestion=suggestion)

    def _hosted_edition(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "Qatar hosted the World Cup in late 2018": the host's one edition of the series, in another year."""
        if not story.memo("reference.hosted_words", _hosted_words):
            return None
        if stated[1] is None:
            return None
        found = hosted_edition_slip(story, q, stated[1])
        if found is None:
            return None
        staged, other = found
        year = str(_edition_year(staged))
        recorded = (f"{_host_names(story, staged)} staged the {staged.row['name']} "
                    f"({staged.start.isoformat()} to {staged.end.isoformat() if staged.end else '?'}); "
                    + (f"no edition was staged in {stated[1]}" if other is staged else
                       f"the {other.row['name']} was staged in {_host_names(story, other)}")
                    + f" ({staged.row.source})")
        figure = story.text_of(q.span)
        return Hit(span=q.span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": staged.row["name"],
            "recorded": recorded, "advice": f"Did you mean {year}?", "suggestion": year,
        }, evidence={"event": staged.id, "named": other.id, "start": staged.start.isoformat(),
                     "end": staged.end.isoformat() if staged.end else None, **staged.row.citation()},
            suggestion=year)


    def _venue_year(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "since Sydney hosted the Games in 1996": a place of a series beside a year it was not played there
        (event_editions)."""
        if not _is_year_number(q) or stated[1] is None:
            return None
        found = venue_year_slip(story, q, stated[1])
        if found is None:
            return None
        meant, staged, place, where, that_year = found
        years = ", ".join(str(e.year) for e in sorted(staged, key=lambda e: e.year))
        series = (meant or staged[0]).event.row["name"][5:]
        held = ", ".join(sorted(that_year.places)) or _host_names(story, that_year.event)
        recorded = (f"{place} staged the {series} in {years}, not in {stated[1]} (the {stated[1]} edition: {held}) "
                    f"({(meant or staged[0]).event.row.source}; {that_year.event.row.source}). "
                    f"The year or the place is wrong")
        figure = story.text_of(q.span)
        suggestion = str(meant.year) if meant is not None else None
        return Hit(span=q.span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": (meant or staged[0]).event.row["name"],
            "recorded": recorded, "advice": f"Did you mean {suggestion}?" if suggestion else f"Check the year: {years}.",
            "suggestion": suggestion or years,
        }, evidence={"event": (meant or staged[0]).event.id, "place": place, "years_there": years,
                     "edition_that_year": that_year.event.id, **(meant or staged[0]).event.row.citation()},
            suggestion=suggestion, related=(Span(*where),))


    def _inaugural(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "after the inaugural edition in 2009": the first edition of the story's series (event_inaugural)."""
        return _year_of_event_hit(story, q, stated, inaugural_slip(story, q, stated))

    def _debut(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "the sevens title they won at London 2012": Games held before the sport's Olympic debut
        (event_debuts)."""
        return _year_of_event_hit(story, q, stated, debut_slip(story, q, stated))

    def _famous_match(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "Germany beat Brazil 7-1 in the 2018 World Cup": a recorded match by score and sides (event_matches)."""
        return _year_of_event_hit(story, q, stated, match_year_slip(story, q, stated))


    def _off_year(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "the 1996 Winter Olympics": an edition named in a year its series was not held (event_off_years)."""
        if not _is_year_number(q) or stated[1] is None:
            return None
        found = off_year(story, q, stated[1])
        if found is None:
            return None
        series, before, after, meant = found
        years = f"{_named_year(before, series.phrase)} and {_named_year(after, series.phrase)}"
        recorded = (f"no edition of the {series.phrase} was held in {stated[1]}: the editions either side are the "
                    f"{before.row['name']} and the {after.row['name']} ({before.row.source}; {after.row.source})")
        figure = story.text_of(q.span)
        suggestion = str(_named_year(meant, series.phrase)) if meant is not None else None
        return Hit(span=q.span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": (meant or before).row["name"],
            "recorded": recorded, "advice": f"Did you mean {suggestion}?" if suggestion else f"Check the year: {years}.",
            "suggestion": suggestion or years,
        }, evidence={"event": (meant or before).id, "series": series.phrase, "before": before.id, "after": after.id,
                     **(meant or before).row.citation()},
            suggestion=suggestion)


    def _credited_year(self, rule: Rule, story: Story, q: Quantity, stated: tuple) -> Hit | None:
        """ "New Zealand, who won the tournament in 1991", "England's first trophy since the 1970 World Cup": an
        edition of the story's competition given to a side that won another (event_credits)."""
        if not _is_year_number(q) or stated[1] is None:
            return None
        s0, s1 = story.doc.sentence_at(q.start)
        m = next((m for m in _mentions(story, s0, s1) if m.by_name and not m.loose and m.start <= q.start < m.end),
                 None)
        if m is None:
            found = credited_year(story, q, stated[1])
        else:
            named = tournament_editions_by_id(str(story.data.folder)).get(m.event.id)
            since = credited_since(story, s0, m, named) if named is not None else None
            found = (named, *since) if since else None
        if found is None:
            return None
        named, own, side = found
        year = str(own.event.start.year if not regex.match(r"\d{4}", own.event.row["name"])
                   else own.event.row["name"][:4])
        # (a side the record names by name, "England", passes through as written)
        winners = _host_names(story, named.event, named.winners)
        who = _host_names(story, own.event, frozenset({side}))
        recorded = (f"the {named.event.row['name']} was won by {winners}; {who} won the {own.event.row['name']} "
                    f"({named.event.row.source}; {own.event.row.source})")
        figure = story.text_of(q.span)
        return Hit(span=q.span, fields={
            "figure": figure, "detail": f"{figure}: {recorded}", "event": named.event.row["name"],
            "recorded": recorded, "advice": f"Did you mean {year}?", "suggestion": year,
        }, evidence={"event": named.event.id, "won_by": own.event.id, "start": named.event.start.isoformat(),
                     "end": named.event.end.isoformat() if named.event.end else None, **named.event.row.citation()},
            suggestion=year)


def _named_year(event: Event, phrase: str) -> int:
    """The year an edition is named by with its series' phrase ("2021 Africa Cup of Nations" was played in 2022)."""
    for name in event.names:
        if name.endswith(" " + phrase) and name[:4].isdigit():
            return int(name[:4])
    return event.start.year


def _year_of_event_hit(story: Story, q: Quantity, stated: tuple, event: Event | None) -> Hit | None:
    """A date held to the whole of an event a reader found for it (None: none found)."""
    if event is None:
        return None
    return _date_hit(story, q, stated[0], event, "during", event.start, event.end or event.start, stated[1:])


# a name that is itself a clause of standing or lasting ("Berlin Wall stood", "Wall divided the city"): "for N
# years" right after it is the event's length
_CLAUSE_NAME = regex.compile(r"(?i)(?<![\p{L}])(?:stood|divided|lasted|remained|raged)(?![\p{L}])")
_FOR_AFTER_NAME = regex.compile(r"\s+for\s+(?:(?:about|almost|nearly|some|roughly|around|more\s+than|over|just\s+over|"
                                r"just\s+under|less\s+than|fewer\s+than)\s+)?", regex.I)


def _clause_name_for(story: Story, s0: int, s1: int, q: Quantity) -> Mention | None:
    """The event a clause-name tells the length of: "The Wall divided the city for 38 years"."""
    prose = story.doc.prose
    start = core_span(story, q).start
    for mention in _mentions(story, s0, s1):
        if mention.by_name and mention.end < start and _CLAUSE_NAME.search(prose, mention.start, mention.end) \
                and _FOR_AFTER_NAME.fullmatch(prose, mention.end, start):
            return mention
    return None


def _hosted_words(story: Story) -> bool:
    """Does the story write "host" or "staged" (once per story, for `_hosted_edition`)?"""
    return "host" in story.lowered_prose() or "staged" in story.lowered_prose()


_DATE_OF_A_VERB = regex.compile(r"(?<![\p{L}])(?:in|on)\s+\Z", regex.I)


def _day_written_beside(story: Story, q: Quantity, hit: Hit) -> bool:
    """Does the sentence also write the one-day event's own date ("the fire at Grenfell Tower in June 2017 was followed
    in June 2018 by ...")? Then the other date is another thing's, not a slip of the event's."""
    start, end = hit.evidence.get("start"), hit.evidence.get("end")
    if not start or (end and end != start):
        return False
    day = dt.date.fromisoformat(start)
    s0, s1 = story.doc.sentence_at(q.start)
    for other in story.quantities:
        if other is q or not s0 <= other.start < s1 or not (other.kind == "date" or _is_year_number(other)):
            continue
        if not _DATE_OF_A_VERB.search(story.doc.prose, max(s0, other.start - 6), other.start):
            continue    # "the 2004 tsunami", "the earthquake of 1985": the name's year, not a date of its own
        stated = _stated(story, other)
        if stated is not None and stated[1] is not None and _agrees(*stated[1:], day, day):
            return True
    return False


# "since independence in", "gained independence in", "Kenya's independence in": the state's own, not a central
# bank's or a judge's
_OWN_INDEPENDENCE = regex.compile(r"(?i)(?<![\p{L}])(?:since|at|after|before|until|upon|on|gained|won|achieved|"
                                  r"declared|its|their|the\s+country['’]s|\p{Lu}\p{L}+['’]s)\s+\Z")
_INDEPENDENCE_SLIP = 12     # a year off by more is another thing's (East Timor declared it in 1975, restored 2002)


def _independence_year(story: Story, s0: int, s1: int, mention: "Mention", year: int | None, month: int | None,
                       first: dt.date) -> bool:
    """A state becomes independent once: its independence found by kind ("since independence in 1973" in a Kenyan
    story) with the year alone written is a slip when that year is a few off the record. The state must be the
    one the sentence is about: the record's first participant, the story's country or one named in the sentence."""
    if mention.noun != "independence" or mention.event.row.get("kind") != "independence" or year is None \
            or month is not None or not 0 < abs(year - first.year) <= _INDEPENDENCE_SLIP:
        return False
    if not _OWN_INDEPENDENCE.search(story.doc.prose, max(s0, mention.start - 24), mention.start):
        return False
    state = (mention.event.row.get("participants") or "").split("|")[0].strip()
    named = {m.code for m in story_mentions(story).within(s0, s1)}
    return state in named or (not named and state == story.doc.country)


_HOME_SLIP = 3      # years: a home story's year further off its own event's may be of another thing


def _home_year_slip(story: Story, mention: "Mention", year: int | None, month: int | None, first: dt.date) -> bool:
    """A name other events could bear ("the city returned to Chinese rule", "the Wall fell") is the record's own
    in a story from the record's first participant (a Hong Kong story; a Berlin one): there it means the home
    event, and a year alone a few off it is a slip. A story from elsewhere (Macau's return) is left alone."""
    if year is None or month is not None or not 0 < abs(year - first.year) <= _HOME_SLIP:
        return False
    home = (mention.event.row.get("participants") or "").split("|")[0].strip()
    return bool(home) and home == story.doc.country


def _host_names(story: Story, event: Event, codes: frozenset[str] | None = None) -> str:
    """The names of the event's countries (or of `codes`: its winners)."""
    countries = story.data.countries if hasattr(story.data, "countries") else []
    names = {row["iso2"]: row.get("name") or row["iso2"] for row in countries}
    return " and ".join(names.get(c, c) for c in sorted(event.participants if codes is None else codes))


def _date_hit(story: Story, q: Quantity, start: int, event: Event, role: str, first: dt.date, last: dt.date,
              stated: tuple) -> Hit:
    """The finding for a date that contradicts an event's record."""
    year, month, day = stated
    span = Span(start, q.end)
    figure = story.text_of(span)
    suggestion = _date_text(figure, _recorded_day(first, last, role, month, day), year, month, day)
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


def _member_place_hit(story: Story, q: Quantity) -> Hit | None:
    """The finding for a state said to be a member of NATO or the EU other than the one its accession made it."""
    placed = member_place(story, q)
    if placed is None or q.value is None:
        return None
    state, event, first, last = placed
    if first <= q.value <= last:
        return None
    from .date_things import ordinal_text as nth     # (imported here: date_things reads this module)
    place = f"the {nth(first)}" if first == last else f"one of the {nth(first)} to {nth(last)}"
    figure = story.text_of(q.span)
    recorded_text = f"{event.row['name']} on {_day(event.start)} made it {place} member ({event.row.source})"
    suggestion = nth(first) if first == last else None
    return Hit(span=Span(q.start, q.end), fields={
        "figure": figure, "detail": f"{figure}: {recorded_text}", "event": event.row["name"],
        "recorded": recorded_text, "advice": f"Did you mean {suggestion}?" if suggestion else "Check the count.",
        "suggestion": suggestion,
    }, evidence={"event": event.id, "start": event.start.isoformat(), "places": [first, last],
                 **event.row.citation()}, suggestion=suggestion)


RULE_TYPE = Reference()


def _lasted_is_its(prose: str, mention: Mention, verb: int, q: Quantity) -> bool:
    """Is the "lasted" before a duration said of the named event ("the 2022 World Cup in Qatar lasted 29 days"),
    not of something else in its sentence ("The Paralympics, which lasted 12 days, followed the Paris Olympics")?"""
    if mention.end > verb:
        return False
    said = _NOUN_LASTED.match(prose, mention.end, q.start)
    return said is not None and said.end() > verb


def _recent_unmatched(story: Story, s0: int, s1: int, noun_start: int, noun_end: int, q: Quantity,
                      rule: Rule) -> Mention | None:
    """Several events could be "the N-day war": when the figure fits none of them, the one of the last
    three years is meant ("the nine-day war" in 2025 is the twelve-day Iran–Israel war)."""
    candidates = [e for e in _kind_candidates(story, s0, s1, noun_start, noun_end) if e.end is not None]
    if len(candidates) < 2 or any(agrees(q, "", e, rule) for e in candidates):
        return None
    published = story.doc.publication_date
    if published is None:
        return None
    recent = [e for e in candidates if 0 <= (published - e.end).days <= 3 * 366]
    if len(recent) != 1 or _YEAR_IN.search(story.doc.prose[s0:s1]):
        return None     # a year in the sentence may name an older event
    # "the 36-day tournament" in a Qatari story: a host stages many tournaments, most unrecorded, so a tournament
    # keeps its noun and, as when it is the one candidate, only a name or a place of its own links it (a shutdown,
    # all of which are recorded, is still the recent one)
    noun = NOUN_CLASSES[story.doc.prose[noun_start:noun_end].lower()]
    return Mention(recent[0], noun_start, noun_end, False, noun=noun if noun == "tournament" else "")


_YEAR_IN = regex.compile(r"\b(?:19|20)\d\d\b")


# a year that modifies an event's noun: "the 1967 war", "the 2011 popular uprising"; or follows it: "the war of 1967"
_YEAR_ON_NOUN = regex.compile(r"(?<![\p{L}\d/-])(?P<year>(?:1[89]|20)\d\d)\s+(?:[\p{Ll}-]+\s+)?\Z")
_NOUN_OF_YEAR = regex.compile(r"\A\s+(?:of|in)\s+(?P<year>(?:1[89]|20)\d\d)(?![\p{L}\d])")


def _noun_year(prose: str, s0: int, s1: int, noun_start: int, noun_end: int) -> tuple | None:
    """The year written on an event's noun, as a stated (year, None, None) that narrows the events of its kind to
    that year's ("the 1967 war lasted seven days": of Israel's wars, the one of 1967), or None."""
    found = _YEAR_ON_NOUN.search(prose, max(s0, noun_start - 30), noun_start) \
        or _NOUN_OF_YEAR.match(prose[noun_end:min(s1, noun_end + 12)])     # sliced: `\A` does not match at pos
    return (int(found.group("year")), None, None) if found else None


def _year_before(sentence: str, event: Event) -> bool:
    """Does the sentence write a year before the event began (so another event of its kind is meant)?"""
    return any(int(y) < event.start.year for y in _YEAR_IN.findall(sentence))


# -- finding events ----------------------------------------------------------------

def _mentions(story: Story, s0: int, s1: int) -> list[Mention]:
    """Events named in a sentence by one of their names (each sentence is scanned once, then cached)."""
    cache = story.cache.setdefault("reference.mentions", {})
    found = cache.get((s0, s1))
    if found is None:
        found = cache[(s0, s1)] = _scan_names(story, s0, s1)
    return found


def recorded_events(story: Story) -> tuple[Event, ...]:
    """Every event of the table (for the date rules: an anniversary's date that is a recorded day of another year)."""
    return _events(str(story.data.folder))[0]


def event_names(story: Story, s0: int, s1: int) -> list[Mention]:
    """The recorded events named in a sentence (for the date rules: "the Boxing Day tsunami, 19 years ago")."""
    return _mentions(story, s0, s1)


_TOKEN = regex.compile(r"(?<![\p{L}\d])[\p{L}\d]+")


# a word before a competition's name that makes it another competition than the one recorded under that name
_ANOTHER_COMPETITION = regex.compile(r"(?<![\p{L}])(?:Under[-\s]?\d\d|U-?\d\d|Women['’]s|Junior|Youth|Rugby|Cricket|"
                                     r"T20|Twenty20|Hockey|Club|Beach|Futsal|Paralympic|Masters|Netball|Sevens|Deaf)\s+\Z")


def _scan_names(story: Story, s0: int, s1: int) -> list[Mention]:
    """Every event name in the story: each word is looked up among the names' first words (no long alternation)."""
    by_first = _names_by_first(str(story.data.folder))
    prose = story.doc.prose
    published = story.doc.publication_date or dt.date.max
    found: list[Mention] = []
    end = 0
    quick = _names_pattern(str(story.data.folder))
    capitals = _name_capitals(str(story.data.folder))
    # in ASCII (the char before the sentence included) a token is a run of [A-Za-z0-9]: the stdlib scans faster
    for w_start, w_end, key in _first_words(prose, s0, s1, by_first):
        if w_start < end:
            continue
        names = by_first[key]
        if key in capitals and prose[w_start] not in capitals[key]:
            continue    # every name of the word opens with a capital that is not written here ("in", not "In")
        if not names or (prose[w_start - 1:w_start] in ("/", "-")
                         and _JOINED_BEFORE.match(prose, w_start - 1, w_start + 1)):
            continue    # no name starts so, or part of a longer word or date: "Madikizela-Mandela", "13/3/11"
        if not quick[key].match(prose, w_start) and not (prose.startswith(",", w_end)
                                                         and _APPOSITIVE.match(prose, w_end, s1)):
            continue    # none of the names is written here (one C-level match instead of one test per name)
        for name, event in names:
            stop = w_start + len(name)
            if not _written_as(prose, w_start, name):
                # "Hasina, now 77, resigned": a short appositive after the name's first word
                first = prose[w_start:w_end]
                apposed = _APPOSITIVE.match(prose, w_end, s1) if " " in name and name.startswith(first + " ") else None
                if apposed is None or not _written_as(prose, apposed.end(), name[len(first) + 1:]):
                    continue
                stop = apposed.end() + len(name) - len(first) - 1
            if stop <= s1 and not (stop < len(prose) and (prose[stop].isalnum() or prose[stop] == "/")):
                if name in event.contextual and not _in_context(story, s0, s1, event):
                    continue
                if _ANOTHER_COMPETITION.search(prose, max(s0, w_start - 24), w_start) \
                        and not _ANOTHER_COMPETITION.search(name + " "):
                    continue    # "the ICC Under-19 World Cup in South Africa" is not the 2010 FIFA World Cup
                if name in event.short and not _full_name_written(story, event):
                    continue    # "Tracy" is Cyclone Tracy only in a story that has called it so
                if event.start <= published:
                    found.append(Mention(event, w_start, stop, True,
                                       loose=name in event.contextual or name in event.short))
                end = stop
                break
    # "the World Cup final on December 19, 2022": a name shared by every edition, told by the year written
    taken = [(m.start, m.end) for m in found]
    for event, a, b in year_bound_names(story, s0, s1, taken):
        if event.start <= published:
            found.append(Mention(event, a, b, True, loose=True))
    found.sort(key=lambda m: m.start)
    return found


# every byte but a-z and 0-9 as a space: a lowered ASCII text so translated splits into its runs of [a-z0-9]
_NOT_ALNUM = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))
# every byte but a-z as a space: into its runs of letters
_NOT_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_JOINED_BEFORE = regex.compile(r"/.|-\p{Lu}")
_ASCII_SPLIT = re.compile(r"([A-Za-z0-9]+)")


def _first_words(prose: str, s0: int, s1: int, by_first: dict) -> list[tuple[int, int, str]]:
    """(start, end, casefolded word) of each token of prose[s0:s1] that some name starts with, in order."""
    if not prose[max(0, s0 - 1):s1].isascii():
        return [(w.start(), w.end(), key) for w in _TOKEN.finditer(prose, s0, s1)
                if (key := w.group().casefold()) in by_first]
    # in ASCII a token is a maximal run of [A-Za-z0-9] and casefold is lower: split the lowered sentence (with the
    # character before it, so a run begun before s0 is told) into separators and runs, and find the runs' offsets
    # by summing lengths in C; only the runs that start a name are looked at in Python
    lo = max(0, s0 - 1)
    # every other character as a space (one byte translation), the runs are the words split on spaces; each run
    # that starts a name is found again, padded with spaces, for its offsets (a run begun before s0 is no token
    # of the sentence)
    spaced = " " + prose[lo:s1].lower().encode("ascii").translate(_NOT_ALNUM).decode("ascii") + " "
    keys = by_first.keys() & spaced.split()
    if not keys:
        return []
    found = []
    for key in keys:
        padded = " " + key + " "
        at = spaced.find(padded)
        while at >= 0:
            if lo + at >= s0:
                found.append((lo + at, lo + at + len(key), key))
            at = spaced.find(padded, at + 1)
    found.sort()
    return found


def _written_as(prose: str, at: int, name: str) -> bool:
    """Is `name` written at `at`? Past its first letter case may differ ("COVID-19", "Great East Japan
    earthquake"); a capital that begins a name must be there ("Partition", never "partition")."""
    written = prose[at:at + len(name)]
    if name[:1].isupper() and written[:1] != name[:1]:
        return False
    return written.casefold() == name.casefold()


def _in_context(story: Story, s0: int, s1: int, event: Event) -> bool:
    """A name other events could bear ("the Easter attacks") stands for this one in a story about a participant:
    the story's own country, a country named in the sentence, or the one the story names most."""
    if not event.participants:
        return True
    around = {m.code for m in story_mentions(story).within(s0, s1)}
    top = story_countries(story)[:1]
    return bool(event.participants & (around | set(top) | {story.doc.country}))


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
            grouped.setdefault(first.group().casefold(), []).append((n, names[n]))
    return {k: tuple(v) for k, v in grouped.items()}


@functools.lru_cache(maxsize=8)
def _name_capitals(folder: str) -> dict[str, frozenset[str]]:
    """Per first word whose names all open with a capital, those capitals: a name so opened is written only where
    its capital is (see `_written_as`; an appositive's first word is the name's own), so a word written
    otherwise ("in", "was", "us" in running text) starts none of them."""
    return {first: frozenset(n[0] for n, _ in names) for first, names in _names_by_first(folder).items()
            if names and all(n[:1].isupper() for n, _ in names)}


@functools.lru_cache(maxsize=8)
def _names_pattern(folder: str) -> dict[str, "regex.Pattern"]:
    """Per first word, one case-insensitive alternation of its names: a cheap test that lets `_scan_names`
    skip a word (a year starts dozens of names) before trying each name's exact rules."""
    return {first: regex.compile("|".join(regex.escape(n) for n, _ in names), regex.I | regex.F)
            for first, names in _names_by_first(folder).items()}


def _event_at(story: Story, s0: int, s1: int, noun_start: int, noun_end: int, q: Quantity,
              stated: tuple | None = None) -> Mention | None:
    """The one recorded event the noun at [noun_start, noun_end) names, or None.

    Found by kind, several candidates are narrowed by the stated (year, month, day): to the
    one of that year, else to the one it matches in day and month.
    """
    named = _named_at(story, s0, s1, noun_start, q)
    if named is not None:
        return named
    noun = NOUN_CLASSES[story.doc.prose[noun_start:noun_end].lower()]
    candidates = kind_found = _kind_candidates(story, s0, s1, noun_start, noun_end)
    if len(candidates) > 1 and stated is not None:
        candidates = _without_far_aftershocks(candidates, stated)
    if len(candidates) > 1 and stated is not None and stated[0] is not None:
        year = stated[0]
        same_year = [e for e in candidates if e.start.year <= year <= (e.end or e.start).year]
        slips = [e for e in candidates if _partly_agrees(*stated, e.start, e.end or e.start)]
        exact = [e for e in same_year if _agrees(*stated, e.start, e.end or e.start)]
        # the one whose date it is; else the one it misses by the year alone (day and month written: "the typhoon
        # of November 8, 2012" is Haiyan's day, not Bopha's of that December); else the one of that year
        candidates = exact or (slips if stated[2] is not None and len(slips) == 1 else (same_year or slips))
    earlier = _named_earlier(story, s0, s1, noun_start, noun_end)
    # the event just named is meant, unless the countries around the noun point to another of a rare kind
    if earlier is not None and (len(candidates) != 1 or candidates[0] is earlier.event or noun in _RECURRING):
        if noun not in _RECURRING and topic_written(story, s0, s1, earlier.event) \
                and not another_of_the_kind(story, s0, noun_start):
            return dataclasses.replace(earlier, topical=True)   # "voted to leave the EU in the 2015 referendum"
        return earlier
    if len(candidates) != 1:
        # "the 2015 referendum" on Britain's departure from the European Union: the one of its kind and place whose
        # topic is written around it (event_topics)
        about = topical(story, s0, s1, kind_found) if not another_of_the_kind(story, s0, noun_start) else None
        return Mention(about, noun_start, noun_end, False, noun=noun, topical=True) if about is not None else None
    topic = topic_written(story, s0, s1, candidates[0]) and not another_of_the_kind(story, s0, noun_start)
    return Mention(candidates[0], noun_start, noun_end, False, noun=noun, topical=topic)


def _without_far_aftershocks(candidates: list[Event], stated: tuple) -> list[Event]:
    """"The earthquake" of a country is its main shock, not the aftershock weeks later: an aftershock stays a
    candidate only when the stated date is its own or a few days off it (12 May 2015 in Nepal, not 25 May)."""
    year, month, day = stated
    main = [e for e in candidates if e.row.get("kind") != "aftershock"]
    if not main or len(main) == len(candidates) or month is None:
        return candidates
    kept = [e for e in candidates if e.row.get("kind") != "aftershock" or (
        year in (None, e.start.year) and month == e.start.month and (day is None or abs(day - e.start.day) <= 3))]
    return kept


# "the tournament", "this disaster", "the 36-day tournament": a definite noun, not a new one of its kind
_DEFINITE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:the|this|that|its)\s+(?:[^\s,;.]+\s+){0,3}\Z")
_NOT_THE_SAME = regex.compile(r"(?i)(?<![\p{L}])(?:other|another|next|new|upcoming|previous|last|first|second|"
                              r"following|latest|earlier|later|future|every|each|this\s+year's|last\s+year's)"
                              r"(?![\p{L}])")
# introduces another event of the kind between the name and the noun: "the Asian Cup", "a tournament"
_INDEFINITE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|another|other|next|new)\s+(?:[^\s,;.]+\s+){0,2}\Z")
_PLACE_AFTER = regex.compile(r"\s+(?:in|of|between|with|involving|against|on)\s+[^,;.]{0,60}")


def _named_earlier(story: Story, s0: int, s1: int, noun_start: int, noun_end: int) -> Mention | None:
    """A definite noun refers back to the one event of its kind named in the sentence before or earlier in its
    own: "... the FIFA World Cup Qatar 2022 ... The 36-day tournament, which ended ..." """
    prose = story.doc.prose
    determiner = _DEFINITE_BEFORE.search(prose, max(s0, noun_start - 40), noun_start)
    if determiner is None or _NOT_THE_SAME.search(determiner.group()):
        return None
    noun = NOUN_CLASSES[prose[noun_start:noun_end].lower()]
    found = [m for a, b in _previous_sentences(story, s0, s1) for m in _mentions(story, a, b)
             if m.end <= noun_start and (noun in m.event.nouns or noun in _called_back(m.event))]
    if not found or any(m.event.id != found[-1].event.id for m in found):
        return None
    last = found[-1]
    for w in _NOUN_RE.finditer(prose, last.end, noun_start):
        if NOUN_CLASSES[w.group().lower()] == noun and (
                w.group()[:1].isupper() or _INDEFINITE_BEFORE.search(prose, max(last.end, w.start() - 30), w.start())):
            return None     # another of its kind came between: "the Asian Cup", "a second tournament"
    # the countries written with the noun must take part: "the tournament in Qatar"
    place = _PLACE_AFTER.match(prose, noun_end, s1)
    named = {m.code for m in story_mentions(story).within(determiner.start(), place.end() if place else noun_end)}
    if last.event.participants and not named <= last.event.participants:
        return None
    return Mention(last.event, noun_start, noun_end, False, backref=True, noun=noun)


def _called_back(event: Event) -> frozenset[str]:
    """The kinds its names call the event by only to be referred back to ("Black Saturday fires": fire)."""
    return frozenset(NOUN_CLASSES[w.lower()] for n in event.names for w in _NOUN_RE.findall(n)
                     if w.lower() in _BACK_ONLY)


def _previous_sentences(story: Story, s0: int, s1: int) -> list[tuple[int, int]]:
    """The sentence before this one (if any) and this one."""
    before = story.doc.sentence_before(s0)
    return ([before] if before else []) + [(s0, s1)]


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
    # "by-election", never "ravaged by fire"
    modifier = modifier.group("word").lower() if modifier and modifier.group().rstrip().lower() != "by" else ""
    if prose[noun_start:noun_end].lower() in ("wave", "waves") and modifier not in _WAVES_MADE_BY:
        return []       # "heat waves", "a wave of protests": not a tsunami
    between = _BETWEEN_AFTER.match(prose[noun_end:s1])
    top = story_countries(story)
    mains = {story.doc.country} if noun_class == "election" and story.doc.country else \
        {c for c in (story.doc.country, *top[:1]) if c}
    if between:
        named = {m.code for m in mentions.within(noun_end, noun_end + between.end())}
        if len(named) < 2:
            home = story.doc.country if story.doc.country and story.doc.country not in named else \
                next((c for c in top if c not in named), None)
            if len(named) == 1 and between.group("word") in ("with", "against") and home:
                named.add(home)     # "the war with Israel" in an Iranian story
            elif not named and modifier == "civil" and home:
                named.add(home)     # "the civil war between the army and the rebels": fought at home
            else:
                return []
        candidates = [e for e in events if noun_class in e.nouns and named <= e.participants]
    else:
        named = {m.code for m in mentions.within(s0, s1)}
        if noun_class in _BOTH_SIDES and s0 > 1:
            # "Iraq invaded Kuwait in 1990. Seventeen months of occupation followed.": the sides just told
            named |= {m.code for m in mentions.within(story.doc.sentence_at(s0 - 2)[0], s0)}
        candidates = []
        for e in events:
            if noun_class not in e.nouns or not e.participants:
                continue
            shared = named & e.participants
            if noun_class in _BOTH_SIDES:
                # "the occupation lasted ...": an occupier and the occupied, in the sentence or the story's own
                ok = len(shared | ({story.doc.country} & e.participants if shared else set())) >= 2
            elif not named:
                # the sentence names no country: the story's own country or its most named one must take part
                # (a Banda Aceh story that names Helsinki once, for a peace deal, is still Indonesia's; for an
                # election, the story's own country: "the February 18 general election" in a Pakistani story)
                ok = bool(mains & e.participants)
            else:
                # every country named is a participant ("the earthquakes in Türkiye"), or two are
                ok = named <= e.participants or len(shared) >= 2
            if ok:
                candidates.append(e)
    # "the attacks in Mumbai", "the Maule earthquake": a place of the event's own in the sentence decides
    placed = by_place(story, s0, s1, list(events), noun_class)
    if placed is not None:
        candidates = placed
    elif noun_class in _PLACE_ONLY:
        return []       # "the collapse of the taka": so common a noun is an event only at a place of its own
    if modifier in _OTHER_KIND:
        candidates = [e for e in candidates if any(modifier in n.lower().split() for n in e.names)]
    if prose[noun_start:noun_end].lower() in TOPIC_ONLY_NOUNS:
        # "the EU vote", "the vote on independence": "vote" alone is too common to stand for a recorded event
        candidates = [e for e in candidates if topic_written_near(story, noun_start, noun_end, e)]
    return [e for e in candidates if e.start <= published]


# -- dates as stated -------------------------------------------------------------------

def _is_year_number(q: Quantity) -> bool:
    return (q.kind == "number" and q.value is not None and q.value == int(q.value) and 1900 <= q.value <= 2100
            and bool(_FOUR_DIGITS.fullmatch(q.text)))


_FOUR_DIGITS = regex.compile(r"\d{4}")
# "one-day" (or "50-over") before a competition or a match: the limited-overs format, not how long it ran
_ONE_DAY_FORMAT = regex.compile(r"(?i)(?:one|1)[\s-]day\s+(?:international\s+|cricket\s+|inter-\p{L}+\s+)?"
                                r"(?:tournaments?|series|internationals?|cups?|competitions?|championships?|"
                                r"trophy|format|games?|matches|match|leagues?|squads?|sides?|teams?|World\s+Cup)"
                                r"(?![\p{L}])")
_NOUN_AFTER_DURATION = regex.compile(r"\A[\s-]*(?:long\s+)?(?P<noun>[\p{L}]+)")
_WORD_AFTER_DURATION = regex.compile(r"\s*(?P<word>[\p{L}][\p{L}'’–-]*)")
_NOT_MODIFIER = frozenset("of in on at to for from with by and or but as that which who the a an its their his her "
                          "was were is are has had have will would after before during since than".split())
_LASTED_BEFORE = regex.compile(r"\b(?:lasted|lasting|went\s+on\s+for|raged\s+for|ran\s+for|spanned|spanning|"
                               r"dragged\s+on\s+for|dragging\s+on\s+for|stretched\s+(?:on\s+)?(?:for|over)|"
                               r"continued\s+for|persisted\s+for|endured\s+for|ran\s+on\s+for)\s+"
                               r"(?:for\s+)?"
                               r"(?:(?:just|only|some|about|around|roughly|nearly|almost|more\s+than|less\s+than|"
                               r"(?:well\s+|just\s+|a\s+little\s+)?(?:over|under)|close\s+to|upwards\s+of)\s+)?\Z")
# a word each _LASTED_BEFORE match holds (it has no I flag: as written)
_LASTED_WORDS = ("last", "went", "raged", "ran", "spann", "dragg", "stretched", "continued", "persisted", "endured")
# after the event noun, up to its "lasted": "war between Iran and Israel, which lasted"
# (where it happened may stand between: "the siege at the Westgate mall lasted")
_NOUN_LASTED = regex.compile(r"(?:\s+(?:between|with|involving|in|of|and|the|at|on|against|by|over|across|near|"
                             r"mall|city|school|hotel|mosque|embassy|theatre|theater|cafe|café|plant|complex|"
                             r"building|university|college|church|stadium|compound|province|region|border|town|"
                             r"village|capital|port|[\p{Lu}][\p{L}'’–-]*)){0,6}?,?\s+"
                             r"(?:(?:that|which)\s+)?(?:had\s+|has\s+)?(?:lasted|raged|went\s+on|ran\s+for|spanned|dragged\s+on|"
                             r"stretched|continued\s+for|persisted\s+for|endured\s+for|ran\s+on)\b")
_FOUGHT_BEFORE = regex.compile(r"\b(?:fought|battled|clashed|traded\s+(?:fire|strikes|missiles|blows))"
                               r"(?:\s+each\s+other)?\s+for\s+(?:(?:just|only|some|about|around|nearly|almost|"
                               r"more\s+than|less\s+than)\s+)?\Z")


# "12 days of war", "20 days of heavy fighting between ...": the noun after "of" and at most two words, when
# the days are the whole of it: the clause opens with them, or they end ("after", "following")
_WHOLE_OF_BEFORE = regex.compile(r"(?:\A\s*|[,;:—–]\s*|(?<![\p{L}])(?P<after>after|following|ending|ended)\s+)"
                                 r"(?:(?:some|about|nearly|almost|more\s+than|over)\s+)?\Z", regex.I)
# what the text before a _WHOLE_OF_BEFORE match ends with, past its spaces: nothing, a mark, or a word
_WHOLE_LEAD_MARKS = frozenset(",;:—–")
_WHOLE_LEAD_WORDS = ("after", "following", "ending", "ended", "some", "about", "nearly", "almost", "than", "over")


def _may_end_whole_lead(lead: str) -> bool:
    """Can _WHOLE_OF_BEFORE match in `lead`? A match ends at its end after whitespace (rstrip() strips every \\s,
    perhaps more), with nothing before it, or a mark, or one of its words (casefolded, as the I flag reads
    letters) right before."""
    r = lead.rstrip()
    return not r or r[-1] in _WHOLE_LEAD_MARKS or r.casefold().endswith(_WHOLE_LEAD_WORDS)


# "after N days of war" is the whole of it only where the sentence tells it ended: "a ceasefire", "was lifted"
_IT_ENDED = regex.compile(r"(?i)(?<![\p{L}])(?:ceasefire|cease-fire|truce|armistice|end|ended|ending|ends|over|halt|"
                          r"halted|stopped|peace|surrender\w*|lifted|called\s+off|reopen\w*|restor\w*|releas\w*|"
                          r"freed|rescued|resolved|deal|agreement|accord|declaration|reconcil\w*|signed|agreed|"
                          r"withdr[ae]w\w*|fell|capitulat\w*|liberat\w*)(?![\p{L}])")
_OF_NOUN_AFTER_DURATION = regex.compile(r"\A\s+of\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>" + "|".join(
    sorted(NOUN_CLASSES, key=len, reverse=True)) + r")(?![\p{L}-])")


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
# (the words between are modifiers, never a clause: "said on March 3 that the war ...")
_NOUNS_AFTER_DATE = regex.compile(r"\A\s+(?:(?!(?:that|which|when|where|while|and|or|but|the|a|an|of|in|on|to|for|"
                                  r"with|by|as|at|is|was|were|are|has|had|said|says|after|before|since)(?![\p{L}]))"
                                  r"[\p{Ll}-]+\s+){0,2}?(?P<noun>" + "|".join(
    sorted(NOUN_CLASSES, key=len, reverse=True)) + r")(?![\p{L}-])", regex.I)


_NEXT_WORD = regex.compile(r"\s+(?P<noun>[\p{L}]+)")


def _noun_after_date(text: str) -> regex.Match | None:
    """The event noun after a date: the next word, or an event noun within three words."""
    m = _NOUN_AFTER_DATE.match(text)
    if m is not None and m.group("noun").lower() in NOUN_CLASSES:
        following = _NEXT_WORD.match(text, m.end("noun"))
        if following is not None and following.group("noun").lower() in NOUN_CLASSES:
            return following    # "the 2017 independence referendum": the last noun is the event's
        return m
    return _NOUNS_AFTER_DATE.match(text) or m


_BETWEEN_AFTER = regex.compile(r"\A\s+(?P<word>between|involving|with|against)\s+(?P<rest>[^.;]{0,80})")
# "the war began in", "the earthquake of": the noun and verb before a date
_NOUN_BEFORE_DATE = regex.compile(
    # "the attacks in Mumbai on": the place where it happened may stand between
    r"(?P<noun>[\p{L}]+)\s+(?:(?:in|at|near|off|on|against)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}\s+)?(?:(?P<verb>began|begun|started|broke\s+out|erupted|struck|hit|was\s+held|were\s+held|"
    r"took\s+place|ended|was\s+declared)\s+)?(?P<prep>of|on|in)\s+\Z")
_LAST_NOT_WORDS = regex.compile(r"(?r)[^\p{L}\s]")
_LAST_EIGHT_WORDS = regex.compile(r"(?r)(?<![\p{L}])(?:[\p{L}]+\s+){1,8}\Z")


_START_WORDS = regex.compile(r"\b(?:invaded|invade|invasion|began|begun|started|launched|broke\s+out|erupted|"
                             r"severed|cut\s+(?:(?:diplomatic|all)\s+)?ties|imposed|"
                             r"outbreak|kicked\s+off|opened|got\s+under\s?way)\b", regex.I)
# "the earthquake that struck southern Turkey on", "the election, which was held on"
_NOUN_LINKED_BEFORE_DATE = regex.compile(
    r"(?r)(?P<noun>[\p{L}]+)"
    # the sides it was fought between may come first: "the war between the army and the rebels ended in"
    r"(?:\s+(?:between|with|against)\s+(?!(?:that|which|who|when)\s)(?:[\p{L}'’-]+\s+){0,9}?[\p{L}'’-]+)?"
    r"(?:,\s+(?:the|a|an)\s+[^,;.()\d]{1,70},)?,?\s+(?:(?:that|which)\s+)?(?:was\s+|were\s+)?(?P<verb>struck|hit|rocked|jolted|"
    r"devastated|shook|began|started|broke\s+out|erupted|held|took\s+place|occurred|happened|ended|killed|"
    r"swept|made\s+landfall|engulfed|ravaged|gutted|destroyed|tore|consumed)"
    # up to six words of place between the verb and its date, none that opens another clause: "struck the southern
    # coast of Sri Lanka on", never "hit Nepal and aid arrived in"
    r"(?:\s+(?!(?:and|but|or|when|after|before|until|while|as|then|since)\s)[\p{L}'’-]+){0,6}?"
    # the hour it struck may come first: "which struck at 11:56am on"
    r"(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+local\s+time)?)?\s+(?:on|in)\s+\Z")
# what an event itself does on its date (its relative clause may carry the place: "which struck Leyte in")
_EVENT_VERB = (r"(?:struck|hit|kicked\s+off|opened|began|started|broke\s+out|erupted|took\s+place|held|staged|"
               r"got\s+under\s?way|collapsed|came\s+down|made\s+landfall|swept|ravaged|rocked|devastated)")
# between an event's name and its date: "Hasina resigned on", "the Brexit referendum, held in"
# up to eight words of the same clause: "Hasina resigned and fled to India on", "Russia launched its
# full-scale invasion of Ukraine on"; never across a time word or a new subject ("... and Yunus was sworn in on")
# what a writer sets off after a name before going on with its clause: ", one of the strongest storms ever
# recorded,", ", known locally as Yolanda,", " (international name: Haiyan)" — it describes the name, so the
# clause after it is still the name's
_APPOSED = (r"(?:,\s+(?:(?:the|a|an|one|among|then|now|once|still|also|known|called|dubbed|nicknamed|named|"
            r"locally|internationally|officially|aged|who\s+(?:is|was))(?![\p{L}])[^,;.()\d]{0,90}?|\d{2})"
            r"(?=,\s+[\p{Ll}])|\s*\([^()\n]{1,60}\))")
# places an event struck, each a capitalised name, listed with commas or "and": "New Orleans and the Gulf Coast"
_PLACE_STRUCK = r"(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3}"
_PLACES_STRUCK = _PLACE_STRUCK + r"(?:(?:,\s+|,?\s+and\s+)" + _PLACE_STRUCK + r"){0,3}"
_NAME_GAP = regex.compile(
    r"\A(?:" + _APPOSED + r",?)?(?:"
    # a few lower-case words, commas allowed: "Hasina resigned on", "the Brexit referendum, held in"
    r"(?:,\s+(?:the|a|an)\s+[^,;.()\d]{1,70},)?(?:,?\s+(?:[\p{Ll}]+|\d{4})){0,4}?"
    # or up to eight words of one clause, no commas, no time word, no new subject: "Hasina resigned and fled to
    # India on", "Russia launched its full-scale invasion of Ukraine on" (never "... and Yunus was sworn in on")
    r"|(?:(?:,\s+(?:now|then|aged|a|an|the|who\s+is|who\s+was|\d{2})(?:\s+[\p{L}\d'’-]+){0,3},)?"
    r"\s+(?!(?:after|before|until|till|when|while|since|following|then|but|because|whereas|where|later|"
    r"who|which|as|amid|during|once|and(?!\s+(?:fled|left|flew|escaped|quit|resigned|stepped\s+down)\b))\b)"
    r"(?:[\p{L}][\p{L}'’-]*)){0,12}?"
    # or a relative clause of the event's own verb, with the place it happened: ", which kicked off at Al Bayt
    # Stadium in", ", which struck the Nepalese capital on"
    r"|,\s+(?:which|that)\s+(?:was\s+|were\s+)?" + _EVENT_VERB +
    r"(?:\s+(?!(?:and|but|or|when|after|before|until|while|as|then|since|later|again|also|a|an|its|their|his|her|new)\s)[\p{L}][\p{L}'’-]*){0,6}?"
    # or the event's own verb with the places it struck, joined by "and", and the strength it struck with:
    # "devastated Haiti and the Dominican Republic in", "made landfall as a Category 5 storm on"
    r"|\s+(?:was\s+|were\s+)?" + _EVENT_VERB + r"(?:\s+" + _PLACES_STRUCK + r")?"
    r"(?:\s+as\s+an?\s+(?:Category|category|Cat)\s+\d\s+(?:storm|hurricane|cyclone|typhoon))?"
    # or the states that imposed it, by name: "the boycott imposed on Qatar by Saudi Arabia, the United Arab
    # Emirates, Bahrain and Egypt in"
    r"|\s+by\s+" + _PLACES_STRUCK +
    r")\s+(?:on|in|of)\s+\Z")
_ON_BEFORE = regex.compile(r"(?<![\p{L}])(?:on|in|of)\s+\Z")
_QUALIFIER_BEFORE = regex.compile(r"(?<![\p{L}])(?:on|in|of)\s+(?P<q>(?:the\s+)?(?:(?:early|mid|late)(?:\s+|-)|"
                               r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?)\Z")
_DATE_LEAD = regex.compile(r"\A,?\s+(?:(?:that|when)\s+)?(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>[\p{L}]+)")
# a clause that a date opens and an event fills: "It was on March 11, 2020, that ...", "since 15 April 2019,
# when ...", "on 6 February 2023, when ..." (the date is the event's), or "On 21 April 2019, ..." (it may not be)
_CLEFT_BEFORE = regex.compile(r"(?i)(?<![\p{L}])it\s+(?:was|is)\s+(?:on|in)\s+\Z")
_SINCE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:since|on|in)\s+\Z")
_THAT_AFTER = regex.compile(r",?\s+(?:that|when)\s+")
_WHEN_AFTER = regex.compile(r",?\s+when\s+")
# "On 21 April 2019, ...", "Six years ago, on 21 April 2019, ...": the date opens the sentence or its first clause
_OPENS_SENTENCE = regex.compile(r"(?:\s*|[^,;]*,\s+)(?:On|In|on|in)\s+\Z")
_COMMA_AFTER = regex.compile(r",\s+")
_CLAUSE_END = regex.compile(r"[,;:()]|\s[—–-]\s")
# before the event's name in such a clause, only its subject: "that the World Health Organization declared ..."
_SUBJECT_ONLY = regex.compile(r"(?:(?:the|a|an|[\p{Lu}][\p{L}\d.'’&-]*)\s+)*")
# A name or noun that modifies another noun is not the event, and a date before it may be the other thing's:
# "the March 2022 World Cup playoff", "the earthquake's survivors". After the event itself comes punctuation,
# a preposition or conjunction, or a verb.
_EVENT_GOES_ON = regex.compile(
    r"\s*(?:[,.;:!?)\]\"”]|[—–]|-\s|\Z)"
    r"|\s+(?:on|in|of|at|to|by|for|with|from|and|or|but|that|which|who|when|where|as|"
    # a preposition of place or motion heads a phrase about the event: "survivors of the 2023 earthquakes out of
    # their tents", "the 2010 floods across Sindh"
    r"into|out|off|across|through|throughout|over|under|near|along|around|beyond|toward|towards|upon|"
    r"after|before|during|since|until|while|amid|is|was|were|are|has|had|have|will|would|could|may|might|can|did|"
    r"does|not|also|first|then|still|began|begun|struck|hit|took|broke|came|fell|fled|left|shook|swept|tore|spread|"
    r"ran|went|rose|sank|saw|won|lost|led|held|say|says|said|remain|remains|continue|continues|show|shows|want|"
    r"wants|demand|demands|live|lives|do|should|must|told|tell|tells|believe|believes|hope|hopes|fear|fears|"
    r"recall|recalls|feel|feels|need|needs|wait|waits|get|gets|got|take|takes|make|makes|made|leave|leaves|kill|"
    r"kills|destroy|destroys|changed|change|changes|haunt|haunts|shaped|shape|shapes|[\p{Ll}]+ed)(?![\p{L}])")


def _stands_alone(prose: str, end: int, s1: int) -> bool:
    """Is the name or noun ending at `end` the event itself, not a modifier ("the Brexit anniversary")?"""
    return _EVENT_GOES_ON.match(prose, end, s1) is not None


# "the 2018 Notre-Dame fire", "the April 28, 2019 Easter attacks", "2018's Notre-Dame fire"
_DETERMINER_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:the|a|an|this|that|its|their)\s+\Z")
_NAME_AFTER_DATE = regex.compile(r"(?P<possessive>['’]s)?,?\s+")


def _event_of_date(story: Story, s0: int, s1: int, start: int, q: Quantity,
                   stated: tuple) -> tuple[Mention, str, bool] | None:
    """The recorded event a stated date is attached to; whether it gives its start, end or a day during it; and
    whether the date only stands beside the event ("marked the anniversary of the earthquake on February 6, 2024",
    "On 6 February 2024, ...": it may be the date of something done about the event) rather than written onto it
    ("the fire of 15 April 2019", "the 2018 Notre-Dame fire", "It was on March 11, 2020, that ...") or given by
    its verb ("the tsunami struck on")."""
    prose = story.doc.prose
    # "struck on the 26th of December 2004", "in late December 2004": the preposition governs the date
    qualifier = _QUALIFIER_BEFORE.search(prose, max(s0, start - 32), start)
    start = qualifier.start("q") if qualifier else start
    named = _named_after_date(story, s0, s1, start, q, stated) or _apposed_to_name(story, s0, s1, start, q)
    if named is not None:
        return named
    cleft = _cleft(prose, s0, start, q.end, s1)
    end = q.end + _closing_comma(prose, s0, start, q)
    after = _noun_after_date(prose[end:s1])
    beside = False
    if not (after and after.group("noun").lower() in NOUN_CLASSES) and (cleft or prose.startswith(",", q.end)):
        after, beside, end = _DATE_LEAD.match(prose[q.end:s1]), not cleft, q.end
    if after and after.group("noun").lower() in NOUN_CLASSES:
        # "the February 6, 2023 earthquakes", "On 6 February 2023, an earthquake ...", "It was on ... that the fire"
        noun_end = end + after.end("noun")
        if not _stands_alone(prose, noun_end, s1):
            return None
        mention = _event_at(story, s0, s1, end + after.start("noun"), noun_end, q, stated)
        # "the February 24, 2022 invasion" is the day it began
        role = "start" if _START_WORDS.fullmatch(after.group("noun")) else "during"
        if mention is not None:
            return mention, role, beside
        if beside or cleft or not _ON_BEFORE.search(prose, max(s0, start - 5), start):
            return None
        # "the earthquake off Tohoku on March 11, 2012 triggered waves": a date a preposition governs modifies no
        # noun after it, so the event it belongs to is the one before it
    nouns = _nouns_in(story, s0, s1)
    # only an event noun before the date makes these frames worth reading
    noun_before = bool(nouns) and nouns[0][1] <= start
    before = _noun_before_date(prose[s0:start]) if noun_before else None
    if noun_before and before is None:
        before = _date_set_off(prose, s0, start, q.end, s1)
    if noun_before and not (before and before.group("noun").lower() in NOUN_CLASSES):
        before = _which_then_date(prose, s0, start, q.end, s1) or before
    if not (before and before.group("noun").lower() in NOUN_CLASSES):
        if not _ON_BEFORE.search(prose[max(s0, start - 5):start]):
            # "since August 2014, when police shot dead 34 miners at Marikana": the act at its place after the date
            return done_when(story, s0, s1, q.end, stated) if _SINCE_BEFORE.search(prose, max(s0, start - 8), start) \
                else None       # "on/in/of <date>" is the only way the frames below attach a date
        window = prose[max(s0, start - 120):start]
        # the frame is read only for an event noun before the date or an "it" that refers back to one
        linked = _NOUN_LINKED_BEFORE_DATE.search(window) if (noun_before or _IT_WORD.search(window)) else None
        phrase = phrase_before(_NOUN_PHRASE_BEFORE_DATE, prose, nouns, start) if noun_before else None
        if linked and linked.group("noun").lower() in NOUN_CLASSES:
            before = linked
            offset = max(s0, start - 120)
        elif phrase and (told := _phrase_before_date(story, s0, s1, phrase, q, stated)) is not None:
            # "the earthquake off the Pacific coast of Tohoku on", "when the earthquake came in" (event_phrases)
            return told
        elif linked and _IT_DID.search(linked.group(0)):
            return _it_refers_back(story, s0, s1, max(s0, start - 120) + linked.start(), q, stated, linked)
        else:
            return _named_before_date(story, s0, s1, start) or _subject_refers_back(story, s0, s1, start) \
                or done_at_place(story, s0, s1, start, stated) or done_when(story, s0, s1, q.end, stated)
    else:
        offset = s0
    mention = _event_at(story, s0, s1, offset + before.start("noun"), offset + before.end("noun"), q, stated)
    if mention is None:
        # "a gunman opened fire at the Al Noor mosque ... on": the noun names no event, the act at a place may
        return done_at_place(story, s0, s1, start, stated) if offset != s0 else None
    verb = (before.group("verb") or "").lower()
    noun_at = offset + before.start("noun")
    if verb and _ANY_SUBJECTS_VERB.match(" " + verb) and _adjunct_of_another(story, s0, s1, noun_at, start):
        return None     # "Rebuilding after the L'Aquila earthquake began on": the rebuilding's start
    # "began on", "broke out in" give the start, and so does "the invasion on"; "was held on", "struck on" a day
    # during it
    role = "end" if verb.startswith("ended") else (
        "start" if _START_WORDS.match(verb) or (not verb and _START_WORDS.fullmatch(before.group("noun")))
        else "during")
    if mention.event.row.get("kind") == "tournament" and not verb and (
            _FINAL_OF.search(prose, s0, mention.start) or _WON_BEFORE.search(prose, max(s0, mention.start - 40),
                                                                              mention.start)):
        role = "end"    # "the final of the 2022 World Cup on", "India lifted the 2024 T20 World Cup on"
    return mention, role, (not verb and before.groupdict().get("prep") in ("on", "in"))


_NOUN_PHRASE_BEFORE_DATE = noun_phrase_pattern(list(NOUN_CLASSES))
_IT_WORD = regex.compile(r"(?i)(?<![\p{L}])it\s")
# "a tsunami of waste", "the flood of complaints": a noun of disaster for a great many of something
_FIGURE_OF_SPEECH = regex.compile(r"\s+of\s+(?!(?:the|a|an|this|that|its|their)(?![\p{L}]))\p{Ll}")
# an indefinite noun is a new one of its kind, not the one on record: "an 8.1 magnitude earthquake", "another attack"
_A_NEW_ONE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|another|one)\s+(?:[^\s,;]+\s+){0,3}\Z")


_WORD = regex.compile(r"(?<![\p{L}-])[\p{L}]+")


def _nouns_in(story: Story, s0: int, s1: int) -> list[tuple[int, int]]:
    """The event nouns of a sentence, in order (each sentence scanned once)."""
    cache = story.cache.setdefault("reference.nouns", {})
    found = cache.get((s0, s1))
    if found is None:
        # one pass over the words and a dict look-up each, cheaper than the nouns' alternation
        prose = story.doc.prose
        lo = max(0, s0 - 1)
        if prose[lo:s1].isascii():
            # in ASCII a word is a maximal run of letters not after "-": split the lowered sentence (with the
            # character before it, so a run begun before s0 is told) and sum the parts' lengths in C
            lowered = prose[lo:s1].lower()
            if NOUN_CLASSES.keys().isdisjoint(lowered.encode("ascii").translate(_NOT_LETTER).decode("ascii").split()):
                found = cache[(s0, s1)] = []
                return found    # (the runs of letters, by one byte translation: most sentences name no event noun)
            parts = _ASCII_LETTERS.split(lowered)
            runs = parts[1::2]
            ends = list(itertools.accumulate(map(len, parts)))
            found = cache[(s0, s1)] = [(lo + ends[2 * k], lo + ends[2 * k + 1]) for k, r in enumerate(runs)
                                       if r in NOUN_CLASSES and lo + ends[2 * k] >= s0
                                       and prose[lo + ends[2 * k] - 1:lo + ends[2 * k]] != "-"]
            return found
        found = cache[(s0, s1)] = [m.span() for m in _WORD.finditer(prose, s0, s1)
                                   if m.group().lower() in NOUN_CLASSES]
    return found


_ASCII_LETTERS = re.compile(r"([a-z]+)")


def _phrase_before_date(story: Story, s0: int, s1: int, phrase: regex.Match, q: Quantity,
                        stated: tuple) -> tuple[Mention, str, bool] | None:
    """An event noun whose own clause runs to the date: through phrases of place ("the attacks on Al Noor Mosque
    ... during Friday prayers on") or to a verb of its own ("when the earthquake came in"). A verb read so is any
    past tense, so it is taken only for an event of a day or two, and the date only as beside the event."""
    noun_start = phrase.start("noun")
    if _A_NEW_ONE_BEFORE.search(story.doc.prose, max(s0, noun_start - 40), noun_start):
        return None     # "an 8.1 magnitude earthquake off the coast of Chiapas on Sept. 7": another of its kind
    if _FIGURE_OF_SPEECH.match(story.doc.prose, phrase.end("noun")) and \
            NOUN_CLASSES[phrase.group("noun").lower()] in ("tsunami", "flood"):
        return None     # "the tsunami of waste in the rivers": a figure of speech
    mention = _event_at(story, s0, s1, noun_start, phrase.end("noun"), q, stated)
    if mention is None or (not mention.by_name and mention.noun == "tournament"):
        return None     # "lifted the World Cup at the Maracanã on": an edition is told by its final (event_wins)
    verb = (phrase.group("verb") or "").lower()
    if not verb:
        role = "start" if _START_WORDS.fullmatch(phrase.group("noun")) else "during"
        return mention, role, phrase.group("prep") in ("on", "in")
    if _START_WORDS.fullmatch(verb) or verb.startswith("ended"):
        return mention, ("end" if verb.startswith("ended") else "start"), False
    event = mention.event
    if event.end is None or (event.end - event.start).days > 1:
        return None     # "the war resumed in March": a phase of a long event, not its date
    return mention, "during", True


# "the deadly Sept. 19, 1985, earthquake": the comma that closes a date's year in American copy, before its noun
_ADJECTIVES_AFTER_DETERMINER = regex.compile(r"(?i)(?<![\p{L}])(?:the|a|an|this|that|its|their|[\p{L}]+['’]s)\s+"
                                             r"(?:[\p{Ll}-]+\s+){0,2}\Z")


def _closing_comma(prose: str, s0: int, start: int, q: Quantity) -> int:
    """1 when the comma after a full date only closes its year ("the Sept. 19, 1985, earthquake"), else 0."""
    if not (prose.startswith(",", q.end) and q.kind == "date" and q.year_given and q.resolution == "day"):
        return 0
    return int(_ADJECTIVES_AFTER_DETERMINER.search(prose, max(s0, start - 40), start) is not None)


# "..., which flattened Tacloban when it struck Leyte in": "it" is the event named before in the sentence
_IT_DID = regex.compile(r"(?i)^it\s+(?:struck|hit|rocked|jolted|devastated|shook|began|started|broke\s+out|erupted|"
                        r"ended|killed|swept|made\s+landfall|ravaged|tore|destroyed)(?![\p{L}])")
_IT_AFTER_CONJUNCTION = regex.compile(r"(?i)(?<![\p{L}])(?:when|as|after|before|until|once|where)\s+\Z")


def _it_refers_back(story: Story, s0: int, s1: int, it: int, q: Quantity, stated: tuple,
                    linked: regex.Match) -> tuple[Mention, str, bool] | None:
    """ "Typhoon Haiyan, which flattened Tacloban when it struck Leyte in November 2013": the one event
    named (or, failing a name, called by its noun) earlier in the sentence is what "it" is."""
    prose = story.doc.prose
    if not _IT_AFTER_CONJUNCTION.search(prose, max(s0, it - 8), it):
        return None
    named = [m for m in _mentions(story, s0, s1) if m.end <= it]
    if named:
        if len({m.event.id for m in named}) != 1:
            return None
        mention = named[-1]
    else:
        nouns = [n for n in _NOUN_RE.finditer(prose, s0, it)]
        if len(nouns) != 1:
            return None
        mention = _event_at(story, s0, s1, nouns[0].start(), nouns[0].end(), q, stated)
        if mention is None:
            return None
    verb = linked.group("verb").lower()
    role = "end" if verb == "ended" else ("start" if _START_WORDS.match(verb) else "during")
    return mention, role, False


def _cleft(prose: str, s0: int, start: int, end: int, s1: int) -> bool:
    """"It was on March 11, 2020, that ...", "since 15 April 2019, when ...": the clause after is the date's event."""
    return bool((_CLEFT_BEFORE.search(prose, max(s0, start - 12), start) and _THAT_AFTER.match(prose, end, s1))
                or (_SINCE_BEFORE.search(prose, max(s0, start - 8), start) and _WHEN_AFTER.match(prose, end, s1)))


def _named_after_date(story: Story, s0: int, s1: int, start: int, q: Quantity,
                      stated: tuple) -> tuple[Mention, str, bool] | None:
    """An event named after its date: "the 2018 Notre-Dame fire", "It was on March 11, 2021, that the WHO declared
    Covid-19 a pandemic", "On 21 April 2019, the Easter Sunday attacks killed ..."."""
    prose = story.doc.prose
    later = [m for m in _mentions(story, s0, s1) if m.start >= q.end]
    if not later:
        return None
    gap = _NAME_AFTER_DATE.match(prose, q.end, s1)
    if gap and later[0].start == gap.end() and ("," not in gap.group() or _closing_comma(prose, s0, start, q)) and (
            gap.group("possessive") or _DETERMINER_BEFORE.search(prose, max(s0, start - 8), start)):
        if not _stands_alone(prose, later[0].end, s1):
            return None
        return later[0], "during", False
    cleft = _cleft(prose, s0, start, q.end, s1)
    if cleft:
        opened = _THAT_AFTER.match(prose, q.end, s1)
    elif _OPENS_SENTENCE.match(prose, s0, start):
        opened = _COMMA_AFTER.match(prose, q.end, s1)
    else:
        return None
    if opened is None:
        return None
    stop = _CLAUSE_END.search(prose, opened.end(), s1)
    first = later[0]
    if first.end > (stop.start() if stop else s1) or not _SUBJECT_ONLY.fullmatch(prose, opened.end(), first.start):
        return None
    if not _stands_alone(prose, first.end, s1):
        return None
    return first, ("start" if _START_WORDS.search(prose, first.start, first.end) else "during"), not cleft


# What may follow an event's name before its date: a comma, the preposition, a verb. Anything else makes the
# name a modifier of another thing ("the Brexit trade deal talks resumed in", "the 9/11 museum opened in").
_GAP_OPENS = regex.compile(
    r"\A(?:,|\s*\(|\s+(?:on|in|of|and|at|from|to|near|inside|outside|across|into|for|with|by|"
    r"was|were|is|has|had|first|finally|formally|officially|began|begun|struck|hit|took|"
    r"broke|came|fell|fled|left|shook|swept|tore|spread|ran|went|rose|sank|saw|won|lost|led|held|made|flew|"
    r"[\p{Ll}]+ed)"
    r"(?![\p{L}]))")
# a comma and a new subject begin another clause: "After the 2019 fire, the cathedral reopened on"
_NEW_SUBJECT = regex.compile(r",\s+(?:the|a|an|this|these|those|its|his|her|their|our)\s+[^,]*\Z", regex.I)
# a verb that reports something done about the event, or because of it, gives that thing's date: "the 2022
# World Cup was awarded to Qatar in", "the referendum was called in", "the earthquake prompted a law in"
_OTHER_ACTION = regex.compile(
    r"(?<![\p{L}])(?:awarded|announced|scheduled|planned|postponed|delayed|moved|rescheduled|called|set|confirmed|"
    r"approved|agreed|proposed|expected|due|slated|investigat\w*|probed|commemorat\w*|marked|remembered|mourned|"
    r"recalled|discussed|debated|reported|published|examined|sentenced|convicted|charged|arrested|tried|acquitted|"
    r"jailed|ruled|blamed|cited|compared|mentioned|followed|preceded|prompted|led\s+to|caused|triggered|sparked|"
    r"forced|cost|hosted|bid|qualified|compensated|rebuilt|restored|reopened|demolished|filmed|depicted|"
    r"dramati[sz]ed|recognised|recognized|designated|renamed)(?![\p{L}])", regex.I)
# a name and its date with nothing between but the preposition: "the Brexit referendum on"
_BARE_LINK = regex.compile(r"\s+(?:on|in)\s+")
# a tournament's final is its last day: "the World Cup final on", "the Euro 2024 final, played in Berlin on"
_FINAL_GAP = regex.compile(r"\s+(?:grand\s+)?final(?:\s+(?:match|game))?(?:,?\s+(?:(?:played|held|staged)\s+)?"
                           r"(?:(?:at|in)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?)?,?\s+(?:on|in)\s+")
# "India lifted the 2024 T20 World Cup on": a tournament is won on its last day
_WON_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:won|win|wins|lifted|lifts|clinched|claimed|captured|retained|"
                            r"triumphed\s+(?:at|in))\s+(?:the\s+|their\s+(?:\w+\s+)?)?\Z")
_FINAL_OF = regex.compile(r"(?<![\p{L}])(?:grand\s+)?final\s+of\s+(?:the\s+)?\Z", regex.I)


# A name inside a phrase of time after another noun ("Rebuilding after the earthquake", "Talks following the
# coup") is not the subject of the verb after it; a verb any subject may have ("began", "opened", "took place")
# is then that noun's, while the event's own verbs ("struck", "made landfall") stay the event's.
_ADJUNCT_OF_ANOTHER = regex.compile(r"[\p{L}\d'’]\s+(?:after|following|since|before|until|ahead\s+of|"
                                    r"in\s+the\s+wake\s+of)\s+(?:the\s+|a\s+|an\s+)?"
                                    r"(?:(?:[\p{Lu}\d][\p{L}\d'’.-]*|[\p{Ll}]+-[\p{L}]+)\s+){0,4}\Z")
_ANY_SUBJECTS_VERB = regex.compile(r"(?i)\s+(?:(?:was|were|had|has)\s+)?(?:[\p{Ll}]+ly\s+)?"
                                   r"(?:began|begun|started|opened|resumed|took\s+place|held|got\s+under\s?way|"
                                   r"kicked\s+off|ended|finished|closed)(?![\p{L}])")
# ... unless the sentence's own verb comes after the date: "Life since the invasion began on 24 February 2022
# has been hard" (the name's clause is then a clause of time, and its verb the event's)
_SPACE = regex.compile(r"\s+(?=[\p{Ll}])")
_MAIN_VERB_AFTER = regex.compile(r"(?i)(?<![\p{L}])(?:is|was|were|are|has|have|had|remain|remains|remained|will|"
                                 r"would|can|could|did|does|do|still|must|might)(?![\p{L}])|,\s+(?:the|a|an|it|he|"
                                 r"she|they|we|i|its|their|his|her|many|most|some)\s")


def _adjunct_of_another(story: Story, s0: int, s1: int, name_at: int, date_at: int) -> bool:
    """Is the event named at `name_at` the object of a phrase of time after another noun, the verb before the date
    being that noun's ("Talks following the coup began in May")? Only when no verb of the sentence follows."""
    prose = story.doc.prose
    if not _ADJUNCT_OF_ANOTHER.search(prose, max(s0, name_at - 60), name_at):
        return False
    if not any(_ANY_SUBJECTS_VERB.match(prose, m.start()) for m in _SPACE.finditer(prose, name_at, date_at)):
        return False    # "lifted the trophy after the final at Lusail on": no verb of its own to give away
    return _MAIN_VERB_AFTER.search(prose, date_at, s1) is None


# a flight told by what it did, the crew it carried or where it took them: "Shenzhou-5, which carried Yang Liwei
# into orbit in", "Vostok 1, which put Yuri Gagarin into orbit on" (names of people between, which _NAME_GAP
# takes for another clause's subject); read for a spaceflight only, as these verbs are common
_FLIGHT_GAP = regex.compile(
    r",\s+(?:which|that)\s+(?:was\s+)?(?:launched|lifted\s+off|blasted\s+off|carried|flew|took|put|sent)"
    r"(?:\s+(?!(?:and|but|or|when|after|before|until|while|as|then|since|later|again)\s)[\p{L}][\p{L}'’.-]*){0,7}?"
    r"\s+(?:on|in)\s+\Z")


def _flight_gap(m: Mention, gap: str) -> bool:
    return m.event.row.get("kind") == "space" and _FLIGHT_GAP.match(gap) is not None


def _named_before_date(story: Story, s0: int, s1: int, start: int) -> tuple[Mention, str, bool] | None:
    """An event named just before the date: "Hasina resigned on 5 August 2024", "Russia invaded Ukraine on"."""
    prose = story.doc.prose
    for m in reversed([x for x in _mentions(story, s0, s1) if x.end <= start]):
        gap = prose[m.end:start]
        if m.event.row.get("kind") == "tournament" and (
                _FINAL_GAP.fullmatch(gap) or (_BARE_LINK.fullmatch(gap) and (
                    _FINAL_OF.search(prose, s0, m.start) or _WON_BEFORE.search(prose, max(s0, m.start - 40), m.start)))):
            return m, "end", False      # "the World Cup final on", "the final of the 2022 World Cup in": its last day
        if _NAME_GAP.match(gap) or _flight_gap(m, gap):
            if not _GAP_OPENS.match(gap) or _NEW_SUBJECT.match(gap) or _OTHER_ACTION.search(gap):
                return None
            if _PEOPLE_OF.search(prose, max(s0, m.start - 40), m.start):
                return None     # "relatives of the victims of the port explosion marched on": the march's day
            if gap.lstrip().startswith(",") and ASIDE_OPENED_BEFORE.search(prose, max(s0, m.start - 80), m.start):
                return None     # "Liverpool, who lost the 2018 final, won in 2019": the aside closed, the verb is the subject's
            if _ANY_SUBJECTS_VERB.match(gap) and _adjunct_of_another(story, s0, s1, m.start, start):
                return None     # "Rebuilding after the Amatrice earthquake began on": the rebuilding's start
            written = prose[m.start:start]
            return m, ("start" if _START_WORDS.search(written) else "during"), _BARE_LINK.fullmatch(gap) is not None
    return None


# The people an event left, or what was done about it, told with the name as their complement: the verb after the
# name is theirs ("the victims of the port explosion marched to the courthouse on", "families of those killed in the
# attack gathered on"), and so is its date.
_PEOPLE_OF = regex.compile(
    r"(?i)(?<![\p{L}])(?:victims|relatives|families|survivors|widows|orphans|mourners|bereaved|those\s+killed|"
    r"those\s+(?:who\s+)?(?:died|lost|injured|affected)|investigators|investigation|inquiry|probe|trial|"
    r"anniversary|memorial|commemoration)(?:\s+(?:of|in|by))(?:\s+(?:the|those\s+killed\s+in\s+the))?\s+\Z")


# A date set off after a name as its apposition gives the name's day: "Black Saturday — 7 February 2009 —",
# "the Grenfell Tower fire (14 June 2017)", "the Easter attacks, 21 April 2019,". The mark that opens it must
# close it (or the sentence end), so the date is the whole aside, not the start of another clause.
_APPOSITION_OPENS = regex.compile(r"\s*(?:(?P<dash>[—–]|\s-)|(?P<bracket>\()|(?P<comma>,))\s*\Z")
_APPOSITION_CLOSES = {"dash": regex.compile(r"\s*(?:[—–]|-\s|[.;:!?]|\Z)"),
                      "bracket": regex.compile(r"\s*\)"),
                      "comma": regex.compile(r"\s*(?:,|[.;:!?]|\Z)")}


_TIME_BEFORE_NAME = regex.compile(r"(?i)(?<![\p{L}])(?:after|following|since|before|until|during|in\s+the\s+wake\s+of)"
                                 r"\s+(?:the\s+)?\Z")
_ASIDE_ARTICLE = regex.compile(r"(?:a|an|the|its|that)\s+(?:[\p{Ll}-]+\s+){0,2}?\Z")


def _aside_of_name(story: Story, s0: int, s1: int, at: int) -> Mention | None:
    """The event named just before an aside that opens with the figure's article: "the Cuban Missile Crisis, a
    13-day standoff,", "Black Saturday (a one-day firestorm)", "the Six-Day War — a six-day rout —"."""
    prose = story.doc.prose
    article = _ASIDE_ARTICLE.search(prose, max(s0, at - 30), at)
    if article is None or prose[article.start() - 1:article.start()] not in (" ", "(", "—", "–"):
        return None
    before = [m for m in _mentions(story, s0, s1) if m.end <= article.start()]
    if not before or before[-1].loose:
        return None
    m = before[-1]
    opens = _APPOSITION_OPENS.match(prose, m.end, article.start())
    if opens is None or _TIME_BEFORE_NAME.search(prose, max(s0, m.start - 30), m.start):
        return None     # "After the Falklands War, a 30-day truce ...": a clause of its own after the name
    return m


def _apposed_to_name(story: Story, s0: int, s1: int, start: int, q: Quantity) -> tuple[Mention, str, bool] | None:
    """An event named just before a date that stands alone between dashes, brackets or commas. Read as beside the
    event, so a date of something done about it ("marking Black Saturday — 7 February 2025 —") stays silent."""
    prose = story.doc.prose
    if start - s0 < 3 or prose[start - 1] not in " (—–,":
        return None     # cheap test first: an apposition opens with a mark just before the date
    before = [m for m in _mentions(story, s0, s1) if m.end <= start]
    if not before:
        return None
    m = before[-1]
    opens = _APPOSITION_OPENS.match(prose, m.end, start)
    if opens is None or m.loose and opens.lastgroup == "comma":
        return None
    if not _APPOSITION_CLOSES[opens.lastgroup].match(prose, q.end, s1 + 1 if s1 < len(prose) else s1):
        return None
    return dataclasses.replace(m, apposed=True), ("start" if _START_WORDS.search(prose, m.start, m.end)
                                                  else "during"), True


# "The eight-storey building, which housed five factories, came down on": a definite subject of the event's own
# verb opening the sentence
_DEFINITE_SUBJECT_DID = regex.compile(
    r"\s*(?:The|This|That|Its)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{Ll}]+"
    r"(?:,\s+(?:which|that|where)\s+[^,;:()]{1,80},)?\s+(?:was\s+|were\s+)?" + _EVENT_VERB +
    r"(?:\s+[\p{Ll}]+){0,3}?\s+(?:on|in)\s+\Z")


def _subject_refers_back(story: Story, s0: int, s1: int, start: int) -> tuple[Mention, str, bool] | None:
    """A definite subject that does what the event did ("The building came down on", "The storm struck in") is the
    one disaster named in the sentence before. Found so (not by name), its date must agree with the record in
    part, as for an event found by kind."""
    if _DEFINITE_SUBJECT_DID.match(story.doc.prose, s0, start) is None:
        return None
    found = [m for a, b in _previous_sentences(story, s0, s1) for m in _mentions(story, a, b) if m.end <= start]
    if not found or any(m.event.id != found[-1].event.id for m in found) or found[-1].loose:
        return None
    event = found[-1].event
    if event.row.get("kind") != "disaster":
        return None
    return Mention(event, s0, s0, False, backref=True), "during", False


def _storm_days(event: Event, role: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """A storm is recorded by its landfall, but its rain, surge and floods reach places a day or two either side
    ("Odette hit Palawan on December 17"): a date that near is not a slip."""
    if role != "during" or "hurricane" not in event.nouns:
        return first, last
    return first - dt.timedelta(days=2), last + dt.timedelta(days=2)


def _guess_year(published: dt.date | None, month: int | None, day: int | None) -> int | None:
    """The year of a day and month written without one, as of the publication date."""
    if published is None or month is None or day is None:
        return None
    try:
        written = dt.date(published.year, month, day)
    except ValueError:
        return None
    return published.year if written <= published else published.year - 1


def _another_of_the_name(year, first: dt.date, last: dt.date, mention: Mention, story: Story) -> bool:
    """A name that recurs in history ("the Paris Olympics", "the Easter attacks") with a year more than three
    years off the record: another event of that name, not a slip ("the Paris Olympics of 1924") -- unless the
    year is a recorded edition of the same series staged elsewhere ("the PyeongChang Winter Olympics in 2014",
    Sochi's year): then the year is the slip."""
    if year is None or not (mention.event.nouns & _RECURRING or mention.event.contextual):
        return False
    if not (year < first.year - 3 or year > last.year + 3):
        return False
    if _year_typo(year, first, last) and _told_as_this_one(story, mention):
        return False    # "the Delta Works built after the 1963 North Sea flood": what it is remembered for tells it
    place = story.doc.prose[mention.start:mention.end].split()[0]
    return not _edition_elsewhere(mention.event, year, place, str(story.data.folder))


def _year_typo(year: int, first: dt.date, last: dt.date) -> bool:
    """A year one digit off the record's (1963 for 1953): a mistyped year, not a year of another event."""
    return any(sum(a != b for a, b in zip(str(d.year), str(year))) == 1 for d in (first, last))


def _told_as_this_one(story: Story, mention: Mention) -> bool:
    """Does the sentence write what the recorded event is remembered for (a topic of its own, "+Delta Works") or a
    place of its own ("@Zeeland")? A name that recurs is then this one."""
    s0, s1 = story.doc.sentence_at(mention.start)
    return topic_written(story, s0, s1, mention.event) or mention.event.id in placed_events(story, s0, s1)


def _edition_elsewhere(event: Event, year: int, place: str, folder: str) -> bool:
    """Does the table record another edition of the event's series in that year, under names that do not carry
    the place the story wrote ("PyeongChang" is none of 2014's, "Paris" is one of 1924's)?"""
    if event.row.get("kind") != "tournament" or not _HOSTS_YEAR.search(event.row["name"]) or place[:1].isdigit():
        return False
    series = _hosts_series(event)
    return any(e.id != event.id and e.start.year <= year <= (e.end or e.start).year
               and place.casefold() not in " ".join((e.row["name"], e.row.get("aliases") or "")).casefold()
               for e in _editions(folder).get(series, ()))



def _its_day_another_year(year, month, day, first: dt.date, last: dt.date, published: dt.date) -> bool:
    """The record's own day and month set beside its name with another past year ("Black Saturday — 7 February
    2015 —"): a slip of the year, not another event of the name; a date of the story's year may be its
    anniversary."""
    if year is None or day is None or year >= published.year:
        return False
    return any(d.month == month and d.day == day for d in (first, last))


def _close_to_record(year, month, day, first: dt.date, last: dt.date) -> bool:
    """A slip of the recorded date: the same day and month (or month) a year or two off, or a day of the same
    year within six weeks of it. A name other events could bear is taken for this one only then."""
    if _partly_agrees(year, month, day, first, last):
        return True
    if year is None or month is None or not any(d.year == year for d in (first, last)):
        return False
    stated = dt.date(year, month, day or 15)
    return min(abs((stated - first).days), abs((stated - last).days)) <= (45 if day else 31)


def _other_country_between(story: Story, mention: Mention, start: int) -> bool:
    """Does a country a disaster did not strike stand between its name and its date ("Haiyan struck Vietnam on")?
    A storm or a tsunami is recorded where it struck; elsewhere it has other dates."""
    if mention.event.row.get("kind") != "disaster" or not mention.event.participants or mention.end >= start:
        return False
    named = {m.code for m in story_mentions(story).within(mention.end, start)}
    return bool(named) and not named & mention.event.participants


# A war with its other side named is rare between two countries: "the 2006 war with Russia" in a story from Georgia
# can only be the one war on record between them, in 2008, told a year or two off. (Coups and referendums are not:
# Mali had coups in 2020 and 2021, Colombia votes on more than one question.)
# the war's other side, named right after its noun: "war with Russia", "war against Armenia"
_OTHER_SIDE = regex.compile(r"\s+(?:with|against)\s+(?:the\s+)?\Z", regex.I)


def _year_on_a_war_with_its_other_side(story: Story, q: Quantity, mention: Mention, stated: tuple) -> bool:
    """A year written right onto the noun of a war found by its participants, with its other side named ("the
    2006 war with Russia"), a year or two off the record: a slip, where a year further off may be another war."""
    year, month, day = stated
    if mention.by_name or month is not None or day is not None or mention.noun != "war":
        return False
    prose = story.doc.prose
    if not (q.end <= mention.start and prose[q.end:mention.start].isspace()):
        return False
    s1 = story.doc.sentence_at(mention.start)[1]
    if not any(_OTHER_SIDE.search(prose, mention.end, m.start) and m.code in mention.event.participants
               for m in story_mentions(story).within(mention.end, s1)):
        return False
    return near_slip_of_year(year, None, None, mention.event)


def _near_slip(year, month, day, first: dt.date, last: dt.date, mention: Mention, placed=lambda: False) -> bool:
    """Found by kind and year: a date a few weeks off a rare event (an election, a war, a great earthquake)
    is a slip; further off, or for recurring kinds (attacks, floods), it may be another event, unless a place of
    the event's own is written in the sentence ("opened fire at the Al Noor mosque ... on 15 April 2019": that
    place had one). Found by a general noun ("the disaster of March 13, 2011"), only a few days off is a slip."""
    if year is None or month is None:
        return False
    if not any(d.year == year for d in (first, last)):
        return False
    if mention.event.nouns & _RECURRING and not placed():
        return False
    if not any(d.year == year for d in (first, last)):
        return False
    stated = dt.date(year, month, day or 15)
    gap = min(abs((stated - first).days), abs((stated - last).days))
    if mention.noun in _GENERIC:
        return day is not None and gap <= 7
    return gap <= (45 if day else 31)


# a date that says how long after (or before) the event it fell: ", a year after it struck", ", months later"
_TIMED_FROM_IT = regex.compile(r"(?i),?\s+(?:(?:a|an|one|two|three|four|five|six|some|several|many|just|only|"
                               r"nearly|almost|about|\d+)\s+)+(?:days?|weeks?|months?|years?|decades?)\s+"
                               r"(?:after|later|before|earlier|on)(?![\p{L}])")
# Something done about an event, on a date of its own: "marked the anniversary of the earthquake on ..."
_COMMEMORATED = regex.compile(r"(?i)(?<![\p{L}])(?:anniversar(?:y|ies)|commemorat\w*|memorials?|remembrance|"
                              r"remember\w*|mark(?:s|ed|ing)?|mourn\w*|vigils?|tributes?|honou?r(?:s|ed|ing)?)"
                              r"(?![\p{L}])")
# a commemoration of a moment told by a clause: "marking the minute the seabed ruptured", "marks the day the dam broke"
_MOMENT_TOLD = regex.compile(r"(?i)\s+(?:the|that)\s+(?:exact\s+|very\s+)?(?:minute|moment|hour|day|night|morning|"
                             r"evening|afternoon|time|instant|second)\s+(?!(?:of|in|on|at|for|to|when|and)(?![\p{L}]))"
                             r"(?:the|a|an|its|their)\s")
# where the clause holding the event begins: a commemoration before it is of another clause; a time phrase
# ("since", "until", "before") opens one too — "land reform has moved slowly since the first democratic elections
# on": what was done comes before it, and the date after it is the event's that the time is counted from
_CLAUSE_OPENS = regex.compile(r"(?r)[,;:]|(?<![\p{L}])(?:when|which|that|who|where|after|as|since|until|till|before)"
                              r"(?![\p{L}])", regex.I)
# what courts and governments do about an event: "the Supreme Court upheld the abrogation of Article 370 in"
_RULED_ON = regex.compile(r"(?<![\p{L}])(?:upheld|uphold|upholds|challenged|overturned|reviewed|defended|critici[sz]ed|"
                          r"condemned|denied|acknowledged|apologi[sz]ed|honou?red|justified|revisited|settled|"
                          r"compensation|settlement|verdict|ruling|judgment|judgement|inquiry|inquest|probe|trial)"
                          r"(?![\p{L}])", regex.I)


# a commemoration told as a custom, in the present tense: "Freedom Day commemorates", "the memorial honours"
_CUSTOM = regex.compile(r"(?i)(?<![\p{L}])(?:commemorates|marks|remembers|honou?rs|mourns)(?![\p{L}])")


def _long_before(stated: tuple, published: dt.date | None) -> bool:
    """Is a stated year more than a year before the publication date?"""
    return published is not None and stated[0] is not None and stated[0] < published.year - 1


def _about_the_event(story: Story, s0: int, before: int, stated: tuple, event: Event) -> bool:
    """Is a date written beside an event (not onto it) the date of something done about it: a commemoration
    in the sentence, or a day within ten days of the story's own, long after the event?"""
    clause = _CLAUSE_OPENS.search(story.doc.prose, s0, before)
    opens = clause.end() if clause else s0
    published = story.doc.publication_date
    year, month, day = stated
    custom = _CUSTOM.search(story.doc.prose, opens, before) if _long_before(stated, published) else None
    if custom is not None:
        # "Freedom Day commemorates the first democratic elections on 27 April 1994", "the day of mourning marks
        # the collapse on": a custom in the present tense has no date of its own, so a date years back is the event's
        opens = custom.end()
    commemorated = _COMMEMORATED.search(story.doc.prose, opens, before)
    if commemorated and _MOMENT_TOLD.match(story.doc.prose, commemorated.end(), before):
        commemorated = None     # "marking the minute the seabed ruptured in a 9.1 quake on": the moment marked is
        # told by its own clause, and the date is that clause's, the event's
    if commemorated or _OTHER_ACTION.search(story.doc.prose, opens, before) \
            or _RULED_ON.search(story.doc.prose, opens, before):
        return True
    if published is None or year is None or month is None or day is None:
        return False
    try:
        written = dt.date(year, month, day)
    except ValueError:
        return False
    return abs((written - published).days) <= 10 and (published - (event.end or event.start)).days > 180


# "the eruption, which in June 1991 buried towns": the relative clause of the noun puts its date before its verb
# (the date is bound to the noun by the clause, so it is no date standing beside it: no "prep" group)
_WHICH_THEN_DATE = regex.compile(r"(?P<noun>[\p{L}]+),\s+(?:which|that)\s+(?:(?P<verb>(?!x)x))?(?:on|in)\s+\Z")
_EVENT_DID_AFTER = regex.compile(r",?\s+(?:\p{Ll}+ed|struck|hit|shook|tore|swept|began|broke\s+out|came|took|sent|left|"
                                 r"drove|threw|blew|spread|brought|forced|cut|wiped)"
                                 r"(?![\p{L}])")


def _which_then_date(prose: str, s0: int, start: int, end: int, s1: int) -> regex.Match | None:
    """"the eruption, which in June 1991 buried towns": the noun whose relative clause opens with the date, when the
    clause's verb, right after the date, tells what the event did (so the date is the event's, not a later act's)."""
    if not _EVENT_DID_AFTER.match(prose, end, s1):
        return None
    return _WHICH_THEN_DATE.search(prose[s0:start], max(0, start - s0 - 60))


# "by popular vote, in May 2015, when 62% backed it": the date set off in commas after the event noun, the clause
# after it telling of the event; never "after the vote, in May 2016 the party split" (no closing comma)
_SET_OFF_PREP = regex.compile(r",\s+(?:in|on)\s+\Z")
_SET_OFF_CLOSE = regex.compile(r",\s+(?:when|which)(?![\p{L}])")


def _date_set_off(prose: str, s0: int, start: int, end: int, s1: int) -> regex.Match | None:
    """The event noun before a date set off in commas ("the referendum, in May 2015, when"), read as if the commas
    were not there; None unless the date closes its aside with a comma and a clause about the event ("after the
    attacks, on 20 September 2001." is the date of what the sentence tells)."""
    lead = _SET_OFF_PREP.search(prose, max(s0, start - 8), start)
    if lead is None or not _SET_OFF_CLOSE.match(prose, end, s1):
        return None
    return _noun_before_date(prose[s0:lead.start()] + " in ")


def _noun_before_date(text: str) -> regex.Match | None:
    """`_NOUN_BEFORE_DATE` searched in `text`, starting after its last character that is neither letter nor space.

    A match is letters and spaces only, up to the end, so it cannot start earlier;
    and it looks at nothing before its start, so skipping ahead finds the same
    match, only without trying every word of a long sentence.
    """
    other = _LAST_NOT_WORDS.search(text)
    pos = other.end() if other else 0
    # a match is at most eight words (noun, a place of three, a verb of two, the preposition): start there
    last = _LAST_EIGHT_WORDS.search(text, pos)
    return _NOUN_BEFORE_DATE.search(text, max(pos, last.start()) if last else pos)


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


def _this_years_own(year, day, published: dt.date) -> bool:
    """A month of the story's own year or the one before ("the city held elections in May 2025"), found by kind,
    is more likely a recent event of the kind than a slip for the recorded one."""
    return day is None and year is not None and published != dt.date.max and year >= published.year - 1


def _one_digit_off(year, month, day, first: dt.date, last: dt.date) -> bool:
    """The record's own month (and day, if written) with a year one digit off it ("June 1981" for June 1991): a
    mistyped year. Read for "the eruption" that refers back to the one named just before, which may be years off the
    stated one only by a slip."""
    if year is None or month is None:
        return False
    for d in (first, last):
        if d.month == month and (day is None or d.day == day) and d.year != year and \
                sum(a != b for a, b in zip(str(d.year), str(year))) == 1:
            return True
    return False


def _partly_agrees(year, month, day, first: dt.date, last: dt.date) -> bool:
    """A date that matches the record in day and month (or month) but not year: a slip, not another event."""
    if year is None or month is None:
        return False
    for d in (first, last):
        if d.month == month and (day is None or d.day == day) and abs(d.year - year) <= 2:
            return True
    # a day inside an event of a few days, the year off: "the first democratic elections on 27 April 1995" (26-29
    # April 1994)
    return (last - first).days <= 31 and any(
        abs(y - year) <= 2 and _agrees(y, month, day, first, last) for y in {first.year, last.year})


def _recorded_day(first: dt.date, last: dt.date, role: str, month, day) -> dt.date:
    """The recorded day a stated date is set right to: its own day and month within the event when they fall there
    ("27 April 1995" of the 26-29 April 1994 election is 27 April 1994), else the day it began (ended)."""
    if role == "during" and month is not None and day is not None:
        for y in sorted({first.year, last.year}):
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if first <= d <= last:
                return d
    return first if role != "end" else last


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
