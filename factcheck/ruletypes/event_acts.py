"""A state's recorded act told by its verb, with the date closing the clause.

Some events are things a state does once, and copy tells them by the verb rather than by a name:
"Singapore left the Malaysian federation in 1965" (its separation), "Kazakhstan moved its capital to Akmola in
1997", "Britain handed Hong Kong back to China on 1 July 1997", "the peace agreement signed in November 2016" after
the FARC are named. A sub-editor reads each date as the recorded event's as surely as if its name were written.

Each act is one frame, keyed to events.csv by kind and participants, never by a story's words:
  - leaving: the state (by name, or "the city-state/country/island" of a story about it) left, quit, separated or
    broke away from another state (by name, its federation or union by adjective, or "the federation"): its
    recorded independence (kind "independence") whose participants hold both; a thing carrying the state's name
    or adjective ("the Malaysian rail link talks") is not the state;
  - moving the capital: the state moved (relocated, shifted, transferred) its capital: its recorded move (kind
    "capital move"), when a destination written is the recorded one and no "first" marks an earlier move;
  - handing over: a state handed the recorded thing (by its name or head noun: "the canal", "Hong Kong") over or
    back to another, or handed "it" over in a story about the other: the recorded handover or transfer (name
    "Handover ..." or "Transfer ...") whose participants hold both;
  - signing: "the <peace> agreement (accord, deal, treaty) signed in": the one recorded agreement of the story's
    country with that noun phrase in a name whose other words the story has written ("FARC").
The date must close the clause: a few words of place or object between the act and "in"/"on", never a clause word
("after", "since", "which", "and") or a sentence break. A new or another one ("a new peace deal signed in") is not
the recorded one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions

if TYPE_CHECKING:
    from .base import Story
    from .reference import Event, Mention

_STATE = r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}"
# the story's own state told by a common noun: "The city-state, which left ..."
_HOME_NOUN = r"(?:the\s+)?(?:city-state|country|nation|island\s+nation|island|republic)"
_SUBJECT = rf"(?P<state>(?:[Tt]he\s+)?{_STATE}|(?i:{_HOME_NOUN}))(?:,\s+which|\s+which|\s+that)?" \
           r"(?:\s+(?:had|has|was|formally|officially|finally|eventually|later|first|itself)){0,2}\s+"
_LEFT = regex.compile(_SUBJECT + r"(?:left|quit|exited|separated\s+from|broke\s+away\s+from|seceded\s+from|"
                      r"split\s+from|was\s+expelled\s+from|was\s+ousted\s+from)\s+(?P<object>(?:the\s+)?[^,;:.()]{2,60}?)"
                      r"(?=\s+(?:in|on)\s+\Z)")
_MOVED_CAPITAL = regex.compile(_SUBJECT + r"(?:moved|relocated|shifted|transferred)\s+(?:its|the|their)\s+"
                               r"(?:national\s+|political\s+)?capital(?P<object>)")
_HANDED = regex.compile(_SUBJECT + r"(?:formally\s+)?(?:handed|transferred|returned|gave)\s+(?P<object>it|"
                        r"(?:the\s+)?[^,;:.()]{2,60}?)\s+(?:over|back)?\s*(?:to\s+(?P<to>(?:the\s+)?" + _STATE + r"))?"
                        r"(?=(?:\s+(?:in|on)\s+\Z)|\s*,?\s+(?:at|under|after)\s)")
# the agreement told by its noun and "signed": "the peace agreement signed in", "the accord, which was signed on"
_SIGNED = regex.compile(r"(?i)(?<![\p{L}])the\s+(?P<phrase>(?:[\p{L}-]+\s+){0,2}(?:agreement|accord|deal|treaty))"
                        r"(?:,?\s+(?:which|that)\s+(?:was|were|had\s+been))?\s+(?:formally\s+|finally\s+)?signed"
                        r"(?P<object>)")
_NOT_THE_RECORDED = regex.compile(r"(?i)(?<![\p{L}])(?:new|another|other|next|latest|second|revised|fresh|"
                                  r"interim|proposed|draft|first)(?![\p{L}])")
# between the act and the date: words of place or object, asides set off by commas; no clause word
_CLAUSE_WORD = regex.compile(r"(?i)(?<![\p{L}])(?:after|before|since|until|till|when|while|which|who|but|and|because|"
                             r"although|as|where)(?![\p{L}])|[;:.!?()]")
_TO_DATE = regex.compile(r"[^;:.!?()]{0,90}?\s(?:in|on)\s+\Z", regex.I)


def act_told(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The recorded act a clause tells by its verb, for the date closing that clause: (mention by name, role,
    False)."""
    prose = story.doc.prose
    for frame, role, find in ((_LEFT, "start", _separation), (_MOVED_CAPITAL, "start", _capital_move),
                              (_HANDED, "start", _handover), (_SIGNED, "during", _agreement)):
        for m in frame.finditer(prose, s0, start, overlapped=True):
            between = prose[m.end():start]
            if not _TO_DATE.fullmatch(" " + between) or _CLAUSE_WORD.search(between[:-3] if between.endswith(
                    ("in ", "on ")) else between):
                continue
            event = find(story, m, s0, s1)
            if event is None:
                continue
            from . import reference     # (imported here: reference imports this module)
            return reference.Mention(event, m.start(), m.end(), True), role, False
    return None


def _state_of(story: "Story", m) -> str | None:
    """The one state the subject names, or the story's own for "the city-state"."""
    if regex.fullmatch(rf"(?i){_HOME_NOUN}", m.group("state")):
        return story.doc.country
    codes = {c.code for c in story_mentions(story).within(m.start("state"), m.end("state"))}
    return next(iter(codes)) if len(codes) == 1 else None


def _states_in(story: "Story", a: int, b: int) -> set[str]:
    return {c.code for c in story_mentions(story).within(a, b)}


def _events_of(story: "Story", test) -> list["Event"]:
    from .reference import _events
    events, _ = _events(str(story.data.folder))
    return [e for e in events if test(e)]


def _one(found: list["Event"]) -> "Event | None":
    return found[0] if len(found) == 1 else None


def _separation(story: "Story", m, s0: int, s1: int) -> "Event | None":
    """ "Singapore left the Malaysian federation": the leaving state's independence from the state it left."""
    state = _state_of(story, m)
    if state is None:
        return None
    other = _state_left(story, m)
    if other is None or other == state:
        return None
    return _one(_events_of(story, lambda e: e.row.get("kind") == "independence" and _first(e) == state
                           and (other == _ANY or other in e.participants)))


_ANY = "*"
# what a state leaves when it leaves a state: the state by name ("Malaysia"), its federation or union told by its
# adjective ("the Malaysian federation"), or "the federation" alone; "the Malaysian rail link talks" or "Malaysia
# Airlines' frequent flyer scheme" carry the state's name but are things a state may quit any year
_UNION = regex.compile(r"(?i)\A(?:the\s+)?(?P<state>.*?)(?:\s*(?<![\p{L}])(?:federation|union|confederation))?\Z")


def _state_left(story: "Story", m) -> str | None:
    """The state an object of "left" names as a whole (or _ANY for "the federation"), else None."""
    a, b = m.span("object")
    told = _UNION.match(m.group("object"))
    named = told.group("state")
    if not named:
        return _ANY if regex.fullmatch(r"(?i)(?:the\s+)?federation", m.group("object")) else None
    at = a + told.start("state")
    mentions = [c for c in story_mentions(story).within(at, b) if c.start == at and c.end == at + len(named)]
    return mentions[0].code if len(mentions) == 1 else None


def _first(event: "Event") -> str:
    return (event.row.get("participants") or "").split("|")[0].strip()


def _capital_move(story: "Story", m, s0: int, s1: int) -> "Event | None":
    prose = story.doc.prose
    state = _state_of(story, m)
    if state is None or _FIRST.search(prose[m.start():m.start("object")]):
        return None     # "first moved its capital": an earlier move than the recorded one
    event = _one(_events_of(story, lambda e: e.row.get("kind") == "capital move" and _first(e) == state))
    if event is None:
        return None
    to = _DESTINATION.search(prose, m.end(), s1)
    if to is not None and not _recorded_destination(event, to.group("city")):
        return None     # "moved its capital to Almaty in 1929" (or "in 1929 to Almaty"): another move than Akmola's
    return event


_FIRST = regex.compile(r"(?i)(?<![\p{L}])first(?![\p{L}])")
# "to Akmola", "to the planned city of Brasília", "to the new city of Abuja": the destination a move names
_DESTINATION = regex.compile(r"(?<![\p{L}])to\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town)\s+of\s+)?"
                             r"(?P<city>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})")


def _recorded_destination(event: "Event", city: str) -> bool:
    """Whether a written destination is the recorded one: a word of what follows "to" in the event's name or
    aliases ("Akmola (Astana)", "Brasília", "Abuja")."""
    words = set()
    for name in event.names:
        at = name.rfind(" to ")
        if at >= 0:
            words |= set(regex.findall(r"\p{Lu}[\p{L}'’-]+", name[at + 4:]))
    return bool(words & set(regex.findall(r"\p{Lu}[\p{L}'’-]+", city)))


def _handover(story: "Story", m, s0: int, s1: int) -> "Event | None":
    """ "Britain handed Hong Kong back to China", "the United States handed it over" (in a Panamanian story)."""
    giver = _state_of(story, m)
    if giver is None:
        return None
    to = m.group("to")
    takers = _states_in(story, m.start("to"), m.end("to")) if to else set()
    thing = m.group("object")
    if not takers:
        if thing != "it" or not story.doc.country:
            return None
        takers = {story.doc.country}
    if len(takers) != 1 or giver in takers:
        return None
    taker = next(iter(takers))
    event = _one(_events_of(story, lambda e: e.row["name"].split()[0] in ("Handover", "Transfer")
                            and {giver, taker} <= e.participants))
    if event is None or (thing != "it" and not _the_recorded_thing(event, thing)):
        return None     # "returned the Howard air base to Panama", "transferred $1bn in aid": another thing
    return event


def _the_recorded_thing(event: "Event", thing: str) -> bool:
    """Whether what a state handed over is the recorded thing: the thing the event's name hands over ("the Panama
    Canal" of "Transfer of the Panama Canal to Panama", "Hong Kong"), written whole or by its head noun ("the
    canal")."""
    told = regex.match(r"\A\p{L}+\s+of\s+(?:sovereignty\s+over\s+)?(?P<the>the\s+)?(?P<thing>.+?)(?:\s+to\s+.*)?\Z",
                       event.row["name"])
    if told is None:
        return False
    recorded = told.group("thing")
    # a thing named with "the" has a head noun copy tells it by ("the canal"); a place's bare name ("Hong Kong")
    # has none
    words = [recorded] + ([recorded.split()[-1]] if told.group("the") and len(recorded.split()) > 1 else [])
    return any(regex.search(rf"(?i)(?<![\p{{L}}]){regex.escape(w)}(?![\p{{L}}])", thing) for w in words)


def _agreement(story: "Story", m, s0: int, s1: int) -> "Event | None":
    """ "the peace agreement signed in": the one recorded agreement of the story's country (or the sentence's) named
    with that phrase, whose name's other words the story wrote before."""
    phrase = m.group("phrase")
    if _NOT_THE_RECORDED.search(phrase):
        return None
    prose = story.doc.prose
    earlier = (story.doc.title or "") + " " + prose[:m.start()]
    home = ({story.doc.country} - {None}) | _states_in(story, s0, s1)
    low = phrase.lower()

    def named_so(e: "Event") -> bool:
        if not (home & e.participants):
            return False
        for name in e.names:
            at = name.lower().find(low)
            if at < 0 or (at > 0 and name[at - 1] != " "):
                continue
            rest = [w for w in regex.findall(r"[\p{L}]+", name[:at] + " " + name[at + len(low):]) if w[:1].isupper()]
            if rest and all(regex.search(rf"(?<![\p{{L}}]){regex.escape(w)}(?![\p{{L}}])", earlier) for w in rest):
                return True
        return False
    return _one(_events_of(story, named_so))
