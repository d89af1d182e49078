"""A date told by what it ended: "government forces defeated the rebels in May 2009, ending a 26-year civil war".

Copy often dates an act (a defeat, a signing, a ceasefire) and says in a participle after the date that the act
ended a recorded event. The date is then the day the event ended, and a sub-editor holds it to the record as if
"the war ended in" were written. The frame is tight: the date closes its clause, a comma (or nothing) and the
verb of ending follow at once ("ending", "which ended", "bringing an end to", "putting an end to"), and the event
is the noun phrase right after it -- a name ("ending the Sri Lankan civil war") or a kind noun a few words on
("ending a 26-year civil war"), read by the same kind-and-country lookup as "the war ended in". "beginning" and
"starting" work the same way for the day an event began ("... in June 1950, starting the Korean War").

Three things make the date another day than the record's, and leave it alone:
- the event is narrowed to a place ("ending the Second World War in Europe": VE Day, not the war's last day);
- the ending is hedged as a matter of form ("formally ending", "officially ending", "effectively ending"): a treaty
  signed months after the fighting stopped, the fighting stopping before the treaty;
- the act is a surrender, an armistice, a ceasefire, a treaty or an announcement, each commonly reported as the end
  though the record dates the end on another day of the same months (a surrender announced in August, signed in
  September): only a date more than a year off the record is read as a slip.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ..model import Quantity
    from .base import Story
    from .reference import Mention

# right after the date: ", ending", " and ended", ", which ended", ", bringing an end to", ", finally ending"
_ENDING_AFTER = regex.compile(
    r"(?:\s*,)?\s+(?:(?:and|which|that)\s+)?(?:(?P<hedge>finally|effectively|formally|officially|legally|"
    r"technically|nominally|symbolically|de\s+jure|in\s+effect)\s+)?"
    r"(?P<verb>ending|ended|bringing\s+an\s+end\s+to|brought\s+an\s+end\s+to|putting\s+an\s+end\s+to|"
    r"put\s+an\s+end\s+to|bringing\s+to\s+an\s+end|beginning|began|starting|started)\s+", regex.I)
# the event's noun phrase after the verb: a determiner or owner and a few words of length or kind ("a 26-year
# civil war", "Sri Lanka's long civil war", "more than five decades of war" is a length, not a name: left alone)
_TO_NOUN = regex.compile(r"(?:(?:the|a|an|its|their|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?['’]s?)\s+)?"
                         r"(?P<words>(?:[\p{L}\d-]+\s+){0,3}[\p{L}\d-]+)")
# the event noun heads its phrase: punctuation or a word of place, side or clause follows it
_HEAD_ENDS = regex.compile(r"\s*(?:[,.;:)—–]|\Z)|\s+(?:in|of|on|at|between|with|against|over|that|which|and|"
                           r"after|who|when|by|for)(?![\p{L}])", regex.I)
# the event narrowed to a place after its noun: "the Second World War in Europe", "the war in the Pacific"
_NARROWED = regex.compile(r"\s+(?:in|across|on|throughout)\s+(?:the\s+)?(?!(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)(?![\p{L}]))\p{Lu}")
# acts commonly told as the end though the record's end falls on a nearby day (the surrender announced, then signed)
_FORMAL_ACT = regex.compile(r"(?i)(?<![\p{L}])(?:surrender\w*|armistice|cease-?fires?|truce|treaty|treaties|"
                            r"peace\s+(?:deal|accord|agreement)|accords?|announc\w*|capitulat\w*|signed|signing|"
                            r"ratif\w*)(?![\p{L}])")
# how far off the record such an act may be reported and still be the same end
_FORMAL_ACT_DAYS = 366
_WORD = regex.compile(r"(?<![\p{L}\d-])\p{L}+(?![\p{L}\d-])")
# the date's own clause must carry the act: a preposition governs it ("in May 2009", "on 18 May 2009")
_IN_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:in|on)\s+(?:(?:early|mid|late|the\s+(?:spring|summer|autumn|"
                           r"winter|middle|end)\s+of)[\s-]+)?\Z")


def ended_by(story: Story, s0: int, s1: int, start: int, q: Quantity,
             stated: tuple) -> tuple[Mention, str, bool] | None:
    """The recorded event a participle after the date says was ended (or begun), with its role."""
    prose = story.doc.prose
    if not _IN_BEFORE.search(prose, max(s0, start - 40), start):
        return None
    verb = _ENDING_AFTER.match(prose, q.end, s1)
    if verb is None:
        return None
    role = "end" if verb.group("verb").lower().startswith(("end", "bring", "brought", "put")) else "start"
    if role == "end" and verb.group("hedge") and verb.group("hedge").lower() != "finally":
        return None     # "formally ending the war": the form's day, not the fighting's
    at = verb.end()
    found = _event_ended(story, s0, s1, at, q, stated)
    if found is None:
        return None
    mention, end = found
    if _NARROWED.match(prose, end, s1):
        return None     # "ending the Second World War in Europe": a part of the event ended that day
    if role == "end" and _FORMAL_ACT.search(prose, s0, start) and _within_reach(mention.event, stated):
        return None     # "Japan announced its surrender on 15 August 1945, ending the war": told as the end
    return mention, role, False


def _within_reach(event, stated: tuple) -> bool:
    """The date written is within a year of the recorded end (a day of an unknown month or day reads generously)."""
    year, month, day = stated
    if event.end is None or year is None:
        return False
    written = dt.date(year, month or 7, day or 15)
    return abs((written - event.end).days) <= _FORMAL_ACT_DAYS + (0 if month else 183)


def _event_ended(story: Story, s0: int, s1: int, at: int, q: Quantity, stated: tuple):
    """(mention, where its words end) of the event named or kind-found right after the verb."""
    from .reference import NOUN_CLASSES, _event_at, _mentions
    prose = story.doc.prose
    named = [m for m in _mentions(story, s0, s1) if m.start == at and not m.loose]
    if not named:
        # "ending the Sri Lankan Civil War": the name may follow a determiner
        lead = regex.match(r"(?i)(?:the|its)\s+", prose[at:s1])
        named = [m for m in _mentions(story, s0, s1) if lead and m.start == at + lead.end() and not m.loose]
    if len(named) == 1:
        return named[0], named[0].end
    phrase = _TO_NOUN.match(prose, at, s1)
    if phrase is None:
        return None
    # the first event noun of the phrase ("a 26-year civil war": war), with no "of" before it ("ending decades of
    # war", "beginning a year of talks": a span, not the event's own noun)
    noun = next((w for w in _WORD.finditer(prose, phrase.start("words"), phrase.end("words"))
                 if w.group().lower() in NOUN_CLASSES), None)
    if noun is None or regex.search(r"(?i)(?<![\p{L}])of(?![\p{L}])", prose[at:noun.start()]):
        return None
    if not _HEAD_ENDS.match(prose, noun.end(), s1):
        return None     # "starting the election campaign": the noun modifies another, the campaign is what began
    if _NARROWED.match(prose, noun.end(), s1):
        return None     # "ending a civil war in Chad": a place narrows (or moves) the event
    mention = _event_at(story, s0, s1, noun.start(), noun.end(), q, stated)
    return (mention, noun.end()) if mention is not None else None
