"""A recorded flight told again by what the craft is: "... a new search for flight MH370 ... The Boeing 777 vanished
on 8 March 2015".

A story names a lost airliner once, by its flight number or its airline's name for it, and then tells what
happened to it with the aircraft's type or a plain noun ("the plane", "the jet", "the Boeing 777") and the
event's own verb ("vanished", "crashed", "was shot down"). A sub-editor reads the date closing that clause as the
recorded day. The signals:

* **one flight named before** — exactly one recorded flight (a name with "Flight" in it) is named earlier in the
  story or its title: by one of its names, or by its flight code ("MH370", "AF447") written as a word;
* **the craft as the subject** — the sentence opens with "The" and a noun of an aircraft ("plane", "jet",
  "airliner", "Boeing 777", "Airbus A330"), and its next verb is one of the event's own: the verbs its names tell
  (a disappearance is "vanished", a crash "crashed", a downing "was shot down");
* **the date closes that clause** — a few words of place or manner between verb and date, no comma or clause word.

The date is then held to the record as a reference back (a slip of the record's day), never as a name.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Mention

# the event's own verbs, by a word its names tell it with
_VERBS_BY_WORD = (
    (regex.compile(r"(?i)disappear|vanish|went\s+missing"),
     r"(?:vanished|disappeared|went\s+missing|lost\s+contact)"),
    (regex.compile(r"(?i)downing|shot\s+down"), r"(?:was\s+shot\s+down|was\s+downed)"),
    (regex.compile(r"(?i)(?<![\p{L}])crash"), r"(?:crashed|went\s+down|came\s+down|plunged)"),
    (regex.compile(r"(?i)bombing"), r"(?:exploded|blew\s+up|was\s+blown\s+up|was\s+brought\s+down)"),
)
# a flight code as airlines write it: two letters (or a letter and a digit) and up to four digits
_CODE = regex.compile(r"(?<![\p{L}\d-])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])-?\d{2,4}(?![\p{L}\d])")
# the craft told by what it is, as the sentence's subject
_CRAFT = (r"(?:plane|jet|jetliner|airliner|aircraft|flight|Boeing\s+\d{3}(?:-\d+)?|Airbus\s+A?\d{3}(?:-\d+)?|"
          r"(?:Boeing|Airbus)\s+(?:jet|plane|airliner))")
_SUBJECT = regex.compile(rf"\A\s*The\s+(?:[\p{{L}}-]+\s+){{0,2}}?{_CRAFT}(?![\p{{L}}\d])"
                         r"(?:\s*,\s*[^,;:]{1,80},)?\s+(?:had\s+|first\s+|then\s+)?")
# from the verb to the date: a few words of place or manner, no comma and no word opening another clause
_TO_DATE = regex.compile(r"(?:\s+(?!(?:after|before|since|until|till|when|while|which|who|but|and)(?![\p{L}]))"
                         r"[\p{L}'’.\d-]+){0,10}?\s+(?:in|on)\s+\Z", regex.I)


@functools.lru_cache(maxsize=8)
def _flights(folder: str) -> tuple[tuple[object, str, frozenset[str]], ...]:
    """(event, verb pattern, flight codes) for each recorded flight whose names tell what happened to it."""
    from .reference import _events
    found = []
    for e in _events(folder)[0]:
        if e.end is not None and e.end != e.start:
            continue
        told = " | ".join(e.names)
        if "Flight" not in told:
            continue
        verbs = [v for word, v in _VERBS_BY_WORD if word.search(told)]
        if len(verbs) != 1:
            continue    # a name that tells no one thing done to the craft: no verb is its own
        found.append((e, verbs[0], frozenset(_CODE.findall(told))))
    return tuple(found)


def _named_in(event, codes: frozenset[str], text: str) -> bool:
    return any(c in text and regex.search(rf"(?<![\p{{L}}\d-]){regex.escape(c)}(?![\p{{L}}\d])", text) for c in codes) \
        or any(len(n) >= 6 and n in text for n in event.names)


def craft_told_again(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The one recorded flight named earlier, for a date closing "The <craft> <its verb> ... on"."""
    prose = story.doc.prose
    subject = _SUBJECT.match(prose[s0:start])
    if subject is None:
        return None
    earlier = (story.doc.title or "") + "\n" + prose[:s0]
    meant = [(e, verb) for e, verb, codes in _flights(str(story.data.folder)) if _named_in(e, codes, earlier)]
    if len(meant) != 1:
        return None     # none named, or several flights: "the plane" may be any of them
    event, verb = meant[0]
    told = regex.compile(rf"(?i){verb}(?![\p{{L}}])").match(prose, s0 + subject.end(), start)
    if told is None or not _TO_DATE.fullmatch(prose, told.end(), start):
        return None
    from .reference import Mention
    return Mention(event, start, start, False, backref=True, noun="disaster"), "during", False
