"""A state's recorded act told by its verb, with the date closing the clause.

Some events are things a state does once, and copy tells them by the verb rather than by a name:
"Singapore left the Malaysian federation in 1965" (its separation), "Kazakhstan moved its capital to Akmola in
1997", "Britain handed Hong Kong back to China on 1 July 1997", "the peace agreement signed in November 2016" after
the FARC are named. A sub-editor reads each date as the recorded event's as surely as if its name were written.

Each act is one frame, keyed to events.csv by kind and participants, never by a story's words:
  - leaving: the state (by name, or "the city-state/country/island" of a story about it) left, quit, separated or
    broke away from another state (by name or adjective): its recorded independence (kind "independence") whose
    participants hold both;
  - moving the capital: the state moved (relocated, shifted, transferred) its capital: its recorded move (kind
    "capital move");
  - handing over: a state handed something (over, back) to another, or handed "it" over in a story about the other:
    the recorded handover or transfer (name "Handover ..." or "Transfer ...") whose participants hold both;
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
    lead = prose[s0:start]
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
    left = _states_in(story, m.start("object"), m.end("object"))
    if state is None or len(left) != 1 or state in left:
        return None
    other = next(iter(left))
    return _one(_events_of(story, lambda e: e.row.get("kind") == "independence" and _first(e) == state
                           and other in e.participants))


def _first(event: "Event") -> str:
    return (event.row.get("participants") or "").split("|")[0].strip()


def _capital_move(story: "Story", m, s0: int, s1: int) -> "Event | None":
    state = _state_of(story, m)
    if state is None:
        return None
    return _one(_events_of(story, lambda e: e.row.get("kind") == "capital move" and _first(e) == state))


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
    return _one(_events_of(story, lambda e: e.row["name"].split()[0] in ("Handover", "Transfer")
                           and {giver, taker} <= e.participants))


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
