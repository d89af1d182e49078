"""How long a recorded event lasted, as a story states it.

A sub-editor reads a duration against the record with the hedge the writer put on it:

* **plain** ("lasted four days", "the 12-year war"): the figure, give or take its rounding (half a week,
  half a month, half a year) and a day for counting the first and last days or not;
* **about** ("about", "some", "roughly", "around"): the same, and a fifth of the record more either way;
* **under** ("almost", "nearly", "just under", "close to"): a little less than the figure — at least three
  quarters of it, never a third of it ("almost three weeks" for a twelve-day war, "nearly five years" for
  one of three);
* **over** ("more than", "over", "upwards of"): at least the figure (less its rounding); any length above
  is true, if loose ("more than two years" for three and a half is not a slip);
* **less** ("less than", "under", "fewer than"): at most the figure.

The hedge is the figure's own ("almost two years"), or a word just before it that the figure reader leaves
out ("lasted for over a decade").

The module also reads the event a duration belongs to when the story writes "the N years of <event>"
("during the 12 years of the Iran–Iraq war"), and says whether an event found only by its kind and a place
of its own (a siege "at the Westgate mall") is the one meant: a place names it as firmly as a name when the
story's country or the sentence's countries take part in it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions
from .event_places import placed_events

if TYPE_CHECKING:
    from ..model import Quantity
    from .base import Rule, Story
    from .reference import Event, Mention

DAYS_PER = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5}

_UNDER = frozenset({"almost", "nearly", "just under", "close to", "not quite", "approaching", "a little under",
                    "just shy of", "shy of", "nigh on", "getting on for", "the best part of", "well-nigh"})
_OVER = frozenset({"more than", "over", "well over", "just over", "upwards of", "in excess of", "a little over",
                   "at least", "longer than", "a little more than", "slightly more than", "well beyond", "beyond"})
_LESS = frozenset({"less than", "under", "fewer than", "shorter than", "no more than", "not more than", "up to",
                   "within", "at most", "a little less than", "slightly less than", "just less than"})
# a hedge word left just before the figure: "lasted for over a decade", "ran for nearly"
_HEDGE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?P<hedge>" + "|".join(sorted((h.replace(" ", r"\s+") for h in _UNDER | _OVER | _LESS | {
        "about", "around", "some", "roughly", "approximately", "an estimated", "nearly"}), key=len, reverse=True))
    + r")\s+\Z")
# "nearly N" covers at least this share of N
_UNDER_SHARE = 0.75


def hedge_of(q: Quantity, lead: str) -> str:
    """'under', 'over', 'less', 'about' or '' for the hedge on a stated duration."""
    written = (q.hedge or "").lower().strip()
    if not written:
        before = _HEDGE_BEFORE.search(lead[-40:])
        written = regex.sub(r"\s+", " ", before.group("hedge").lower()) if before else ""
    if not written:
        return ""
    if written in _UNDER:
        return "under"
    if written in _OVER:
        return "over"
    if written in _LESS:
        return "less"
    return "about"


def agrees(q: Quantity, lead: str, event: Event, rule: Rule) -> bool:
    """Does a stated duration fit the event's recorded length, read with its hedge?"""
    recorded = event.days
    if recorded is None:
        return True
    unit = DAYS_PER[q.unit]
    counted = rule.options["tolerance_days"] + (0 if event.conventional else 1)
    rounding = q.precision * unit + (unit / 2 if q.unit != "day" else 0)
    low = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else q.value
    lo = low * unit
    if q.low is not None and q.high is not None and not q.hedge:
        return lo - counted - rounding <= recorded <= hi * unit + counted + rounding     # "three to four days"
    hedge = hedge_of(q, lead)
    slack = rule.options["hedged_tolerance"] * recorded
    if hedge == "under":
        # "almost three weeks": a little less than three weeks, never twelve days; "nearly five years" is more
        # than four
        share = max(_UNDER_SHARE, (hi - 1) / hi) if q.unit != "day" and 1 < hi <= 10 else _UNDER_SHARE
        return hi * share * unit - counted - q.precision * unit <= recorded <= hi * unit + counted + rounding
    # "more than"/"less than" already say which way the figure is rounded: no half unit more
    if hedge == "over":
        return recorded >= lo - counted - q.precision * unit - slack
    if hedge == "less":
        return recorded <= hi * unit + counted + q.precision * unit + slack
    if hedge == "about":
        return lo - counted - rounding - slack <= recorded <= hi * unit + counted + rounding + slack
    return lo - counted - rounding <= recorded <= hi * unit + counted + rounding


_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
_UNIT_WORDS = regex.compile(r"(?i)(?P<sep>[\s-]+)(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)\b")


def restated(phrase: str, recorded: int, q: Quantity) -> str | None:
    """The stated figure rewritten with the recorded length in the writer's own unit: "nine-day siege" ->
    "four-day siege", "almost two years" -> "almost three and a half years"; None when the unit is days
    (the caller's own rewriting keeps the day count)."""
    if q.unit in ("day", None) or q.unit not in DAYS_PER:
        return None
    unit = _UNIT_WORDS.search(phrase)
    if unit is None:
        return None
    name = unit.group("unit").lower().rstrip("s")
    if name == "decade" and recorded < 2 * DAYS_PER["decade"]:
        name = "year"       # "over a decade" for eight years: "eight years"
    amount = round(recorded / DAYS_PER[name] * 2) / 2
    if amount < 2:
        return None         # "three weeks" for twelve days: the days themselves say it
    whole, half = int(amount), amount != int(amount)
    in_words = bool(regex.search(r"[\p{L}]", phrase[:unit.start()])) and whole < len(_NUMBER_WORDS)
    number = _NUMBER_WORDS[whole] if in_words else str(whole)
    if phrase[:1].isupper():
        number = number.capitalize()
    if unit.group("sep") == "-":
        text = f"{number}{'-and-a-half' if half else ''}-{name}"
    else:
        text = f"{number} and a half {name}s" if half else f"{number} {name}{'' if whole == 1 else 's'}"
    return text + phrase[unit.end():]


# -- "during the 12 years of the Iran-Iraq war" --------------------------------------------------

# the whole of the event, definite: "during the 12 years of", "in the three days of", "throughout the 44 days of"
_THE_WHOLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:during|in|over|throughout|across|for)\s+(?:all\s+)?the\s+"
                                  r"(?:(?:about|some|nearly|almost|roughly)\s+)?\Z")
_OF_AFTER = regex.compile(r"\s+of\s+(?:the\s+)?")


def whole_of(story: Story, s0: int, s1: int, q: Quantity, lead: str) -> int | None:
    """Where the event begins after "the N years of (the)" when the figure is the whole of it, or None."""
    if not _THE_WHOLE_BEFORE.search(lead[-40:]):
        return None
    of = _OF_AFTER.match(story.doc.prose, q.end, s1)
    return of.end() if of else None


def whole_of_named(story: Story, at: int, mentions: list[Mention]) -> Mention | None:
    """The event named at `at` ("during the 12 years of the Iran-Iraq war")."""
    return next((m for m in mentions if m.start == at and not m.loose), None)



# -- a new one of the kind -----------------------------------------------------------------------

_INDEFINITE = regex.compile(r"(?i)(?<![\p{L}])(?:a|an|one)\s+(?:[\p{L}'’-]+\s+){0,2}\Z")


# several of the kind counted before the length: "two nine-day blockades", "three 48-hour strikes", "a series of
# week-long closures" — a recorded event is one, so these are new ones, whichever countries stand around
_SEVERAL = regex.compile(r"(?i)(?<![\p{L}\d])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d|"
                         r"several|multiple|repeated|further|successive|consecutive|back-to-back|weekly|"
                         r"monthly|a\s+(?:series|run|number|string)\s+of)\s+\Z")


def several_of_the_kind(story: Story, s0: int, before: int) -> bool:
    """Is the length written after a count of events ("for two nine-day blockades in 2026 and 2027")?"""
    return _SEVERAL.search(story.doc.prose, max(s0, before - 30), before) is not None


def a_new_one(story: Story, s0: int, s1: int, before: int, event: Event) -> bool:
    """"Protesters in Oxford held a two-day blockade": an indefinite noun found only by its kind and one country
    is a new event of the kind; the recorded one needs two of its own countries around it ("Saudi Arabia and
    Qatar ended a dispute that had lasted ..."). Several counted ("two nine-day blockades") are new ones."""
    if several_of_the_kind(story, s0, before):
        return True
    if not _INDEFINITE.search(story.doc.prose, max(s0, before - 40), before):
        return False
    named = {m.code for m in story_mentions(story).within(s0, s1)}
    return len(named & event.participants) < 2


# -- a place of the event's own, for kinds that recur ------------------------------------------

# a sentence about something happening now: "a three-day lockdown was imposed in Wuhan's Hanyang district this week"
_NOW = regex.compile(r"(?i)(?<![\p{L}])(?:(?:this|last|next)\s+(?:week|weekend|month|year)|yesterday|tonight|"
                     r"(?<!ago\s)today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|again|"
                     r"another|new|fresh|latest|recent(?:ly)?|now)(?![\p{L}])")


def placed_here(story: Story, s0: int, s1: int, mention: Mention, before: int) -> bool:
    """Is an event found by its kind also placed in the sentence ("a nine-day siege" after "stormed the
    Westgate mall"), and of a country the story is about? Then its kind may recur: the place tells it, unless a
    new one of the kind is told of as happening now ("a three-day lockdown ... this week")."""
    if mention.event.id not in placed_events(story, s0, s1):
        return False
    if _INDEFINITE.search(story.doc.prose, max(s0, before - 40), before) and _NOW.search(story.doc.prose, s0, s1):
        return False
    participants = mention.event.participants
    if not participants:
        return True
    around = {m.code for m in story_mentions(story).within(s0, s1)}
    if around:
        return bool(around & participants)
    return story.doc.country in participants


# -- the story's own event, told again by its kind ------------------------------------------------

# words before the noun that make it another one of the kind: "another nine-day blockade", "a second siege"
_ANOTHER_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:another|other|new|second|third|fresh|further|next|similar|"
                                r"earlier|previous|later)\s+(?:[^\s,;.]+\s+){0,2}\Z")


def the_storys_own(story: Story, s0: int, s1: int, noun_start: int, noun_end: int, noun_class: str,
                   before: int) -> Mention | None:
    """"Two years after the Ever Given blocked the Suez Canal ... Salvage teams finally freed it, ending a 16-day
    blockage": a story whose opening sentence names or places one recorded event of the noun's kind is about it,
    so a length on that kind later in the story is that event's, even with "a" (the kind recurs, but the story
    has told which one it means). Not when the sentence or the one before names another event, a country the
    event did not touch, another of the kind ("another", "a second"), several, or one happening now."""
    from .reference import Mention, _events, _mentions
    sentences = story.doc.sentences()
    if not sentences or s0 <= sentences[0][0]:
        return None     # in the opening sentence itself the place or name is the sentence's own (placed_here)
    l0, l1 = sentences[0]
    folder = str(story.data.folder)
    ids = {m.event.id for m in _mentions(story, l0, l1) if not m.loose} | placed_events(story, l0, l1)
    events = {e.id: e for e in _events(folder)[0] if e.id in ids and noun_class in e.nouns}
    if len(events) != 1:
        return None
    event = next(iter(events.values()))
    before_sentence = story.doc.sentence_before(s0)
    for a, b in ([before_sentence] if before_sentence else []) + [(s0, s1)]:
        if any(m.event.id != event.id for m in _mentions(story, a, b)):
            return None     # another event told beside it: the length may be that one's
    prose = story.doc.prose
    if _ANOTHER_BEFORE.search(prose, max(s0, before - 40), before) or several_of_the_kind(story, s0, before):
        return None
    if _INDEFINITE.search(prose, max(s0, before - 40), before) and _NOW.search(prose, s0, s1):
        return None     # "a three-day blockade ... this week": a new one
    around = {m.code for m in story_mentions(story).within(s0, s1)}
    if event.participants and around and not around <= event.participants:
        return None
    if event.end is None or event.start > (story.doc.publication_date or event.start):
        return None
    return Mention(event, noun_start, noun_end, False, backref=True, noun=noun_class)
