"""A state told joining NATO or the European Union, with the date in the same clause.

A state joins the alliance or the union once, so "since Sweden formally joined NATO in March 2023" tells its
recorded accession (7 March 2024) as surely as its name would ("Sweden's accession to NATO"). The state is the
clause's subject, written by its name, right before "joined" (a list keeps its last state: "Bulgaria and Romania
joined the EU in 2007"); the body follows the verb by its name, not as a possessive ("joined NATO's Partnership for
Peace" is another thing); the date comes right after it, "in" or "on" before it ("... as its 32nd member in March
2024"). "applied to join", "rejoined" and "joined NATO exercises" are not read. The date is held to the record like
one written onto the name (events.csv, kind "accession", the state its participant and the body in its name).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..entities import story_mentions

if TYPE_CHECKING:
    from .base import Story
    from .reference import Mention

# "Sweden formally joined NATO", "Croatia, which joined the EU": the verb right after the state
_JOINED = regex.compile(
    r"(?P<state>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})"
    r"(?:,\s+which|\s+(?:has|had))?\s+(?:(?:formally|officially|finally|eventually|only|first)\s+)?"
    r"(?<![\p{L}])joined\s+(?:the\s+)?"
    r"(?P<body>NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|European\s+Union|EU)(?![\p{L}'’-])")
# between the body and the date: the alliance's word for itself, the member it became, then "in"/"on"
_TO_DATE = regex.compile(r"(?:\s+(?:military\s+)?(?:alliance|bloc))?"
                         r"(?:\s+as\s+(?:its|the\s+(?:alliance|bloc|union)['’]s)\s+[\p{L}\d-]+\s+member(?:\s+state)?)?"
                         r",?\s+(?:in|on)\s+", regex.I)


def accession_told(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The recorded accession of the state a clause tells joining NATO or the EU, for the date written right after
    it: as (mention by name, "start", False)."""
    prose = story.doc.prose
    if "joined" not in prose[s0:start]:
        return None
    for m in _JOINED.finditer(prose, s0, start):
        if not _TO_DATE.fullmatch(prose, m.end(), start):
            continue
        codes = [c.code for c in story_mentions(story).within(m.start("state"), m.end("state"))]
        if not codes:
            return None
        event = _accession_of(story, codes[-1], "NATO" if _is_nato(m.group("body")) else "European")
        if event is None or _another_half(m.group("state"), event.row["name"]):
            return None
        from . import reference     # (imported here: reference imports this module)
        return reference.Mention(event, m.start("state"), m.end(), True), "start", False
    return None


def _another_half(state: str, recorded: str) -> bool:
    """ "East Germany joined NATO in 1990" is not West Germany's 1955 accession: a divided state's half the row does
    not name."""
    half = state.split()[0]
    return half in ("East", "West", "North", "South") and half not in recorded.split()


def _is_nato(body: str) -> bool:
    return body == "NATO" or body.lower().startswith("north")


def _accession_of(story: "Story", code: str, body: str):
    """The recorded accession of `code` to the body whose name holds `body`."""
    from .reference import _events
    events, _ = _events(str(story.data.folder))
    found = [e for e in events if e.row.get("kind") == "accession" and body in e.row["name"]
             and (e.row.get("participants") or "").strip() == code]
    return found[0] if len(found) == 1 else None


# -- the member a state became ----------------------------------------------------------------------------------
# "made Sweden the alliance's 31st member", "Croatia became the EU's 28th member state", "the 30th member of NATO":
# the order of accession is the record's too. A state's place is the members before it and those joining with it:
# the founders, then every recorded accession of the body up to its day (the seven of 29 March 2004 were 20th to
# 26th, in any order a story likes). Founders by their treaties: the twelve signatories of the North Atlantic
# Treaty (4 April 1949, nato.int "Founding members"); the six of the Treaty of Rome (in force 1 January 1958,
# european-union.europa.eu "EU history"). Later members only join: a departure (the UK's, 2020) renumbers no one.
_FOUNDERS = {"NATO": 12, "European": 6}
_MEMBER_ORDINAL = regex.compile(
    r"\s+(?:(?:full\s+)?member(?:\s+(?:state|country|nation))?|(?:country|nation|state)\s+to\s+join)(?![\p{L}])"
    r"(?P<of>\s+(?:of|in)\s+(?:the\s+)?(?P<body>NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|European\s+Union|"
    r"EU|alliance|bloc|union)(?![\p{L}]))?", regex.I)
# "the alliance's 31st", "NATO's 32nd", "the EU's 28th", "the bloc's 27th" right before the ordinal
_OWNER_BEFORE = regex.compile(r"(?P<body>NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|European\s+Union|EU|"
                              r"alliance|bloc|union)['’]s\s+\Z", regex.I)


def _body_named(word: str, story: "Story") -> str | None:
    """ "NATO" or "European" for the body a word names; "alliance", "bloc", "union" by what the story is about."""
    w = word.lower()
    if w == "nato" or w.startswith("north"):
        return "NATO"
    if w in ("eu", "european union"):
        return "European"
    prose = story.doc.prose
    nato = regex.search(r"(?<![\p{L}])NATO(?![\p{L}])|North\s+Atlantic", prose) is not None
    eu = regex.search(r"(?<![\p{L}])EU(?![\p{L}])|European\s+Union", prose) is not None
    if w == "alliance" and nato and not eu:
        return "NATO"
    if w in ("bloc", "union") and eu and not nato:
        return "European"
    return None


# "by Hungary", "by the Turkish parliament": the agent of a delay or a ratification, not the state that joined
_AGENT_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:by|from|on|against)\s+(?:the\s+)?\Z")


def _aside_or_agent(prose: str, s0: int, mention, end: int) -> bool:
    """A state that is no candidate for the member a sentence tells: one inside an aside set off by commas before
    the ordinal ("Sweden's accession, delayed by Hungary, made it the 32nd") or after "by" ("ratified at last by
    Turkey"). The member is the subject the ordinal is given to, not a state that held it up."""
    if _AGENT_BEFORE.search(prose, max(s0, mention.start - 12), mention.start):
        return True
    opened = prose.rfind(",", s0, mention.start)
    return opened >= 0 and "," in prose[mention.end:end]


def member_place(story: "Story", q) -> tuple[str, object, int, int] | None:
    """(state, accession event, first, last place it may be given) for an ordinal that tells the member a state
    became of NATO or the EU, the state named before it in its sentence."""
    prose = story.doc.prose
    tail = _MEMBER_ORDINAL.match(prose, q.end)
    if tail is None:
        return None
    s0, _ = story.doc.sentence_at(q.start)
    owner = _OWNER_BEFORE.search(prose, max(s0, q.start - 60), q.start)
    if owner is not None and tail.group("of"):
        return None     # "the bloc's 27th member of the euro": two owners, not one
    word = owner.group("body") if owner is not None else tail.group("body")
    if word is None:
        return None
    body = _body_named(word, story)
    if body is None:
        return None
    states = [m for m in story_mentions(story).within(s0, q.start) if not _aside_or_agent(prose, s0, m, q.start)]
    if not states:
        return None
    state = states[-1]
    event = _accession_of(story, state.code, body)
    if event is None or _another_half(prose[state.start:state.end], event.row["name"]):
        return None
    from .reference import _events
    events, _ = _events(str(story.data.folder))
    joined = [e.start for e in events if e.row.get("kind") == "accession" and body in e.row["name"]]
    first = _FOUNDERS[body] + sum(d < event.start for d in joined) + 1
    last = _FOUNDERS[body] + sum(d <= event.start for d in joined)
    return prose[state.start:state.end], event, first, last
