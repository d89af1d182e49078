"""A recorded event told by the thing it happened to and that thing's own verb: "The MS Estonia, which sank in a
storm on the route between Tallinn and Stockholm in September 1996".

events.csv names such an event by its noun ("sinking of the MS Estonia", "collapse of the Morandi bridge"); copy
often names the thing and tells the event with the noun's verb instead. A sub-editor reads "the MS Estonia, which
sank ... in September 1996" as the sinking's date. The thing is taken from a name "<noun> of (the) <Thing>" of a
one-day event; its verb must follow the thing's name (", which", "was" between allowed) and the date must close the
same clause: a few phrases of place or manner ("in a storm on the route between Tallinn and Stockholm"), never a
comma, a clause word or another verb's time ("after", "since", "until") before it.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .base import Story
    from .reference import Mention

# the event's noun in its name, and the verb copy tells it with
_VERB_OF = {"sinking": r"(?:sank|sunk|capsized|went\s+down)", "capsizing": r"(?:capsized|overturned|sank)",
            "collapse": r"collapsed"}
_THING_OF = regex.compile(r"(?P<noun>sinking|capsizing|collapse)\s+of\s+(?:the\s+)?(?P<thing>(?:\p{Lu}[\p{L}'’.-]*\s+)*"
                          r"\p{Lu}[\p{L}'’.-]*)")
# between the thing's name and its verb: ", which", " that", " was", ", which had"
_TO_VERB = r"(?:\s*,\s*which|\s+which|\s+that)?(?:\s+(?:had|has|was|first|finally))?\s+"
# from the verb to the date: up to a dozen words of place and manner, no comma and no word opening another clause
_TO_DATE = regex.compile(r"(?:\s+(?!(?:after|before|since|until|till|when|while|which|who|but|and\s+(?:was|is|has|had)"
                         r")(?![\p{L}]))[\p{L}'’.-]+){0,12}?\s+(?:in|on)\s+\Z", regex.I)


@functools.lru_cache(maxsize=8)
def _things(folder: str) -> tuple[tuple[str, str, object], ...]:
    """(thing, verb pattern, event) for each one-day event named "<noun> of the <Thing>" (not a country alone)."""
    from ..entities import countries_in
    from .reference import _events
    found = []
    for e in _events(folder)[0]:
        if e.end is not None and e.end != e.start:
            continue
        for name in e.names:
            m = _THING_OF.fullmatch(name)
            if m is None or (countries_in(m.group("thing"), 0, folder) and " " not in m.group("thing")):
                continue    # "the sinking of the Estonia": a country's name alone is read as the country
            found.append((m.group("thing"), _VERB_OF[m.group("noun").lower()], e))
    return tuple(found)


def thing_verbed(story: "Story", s0: int, s1: int, start: int, q, stated: tuple) -> tuple["Mention", str, bool] | None:
    """The recorded event of the thing named in the sentence and told by its verb, for a date closing that clause."""
    prose = story.doc.prose
    lead = prose[s0:start]
    meant = {}
    for thing, verb, event in _things(str(story.data.folder)):
        if thing not in lead:
            continue
        told = regex.search(rf"(?<![\p{{L}}]){regex.escape(thing)}{_TO_VERB}{verb}(?![\p{{L}}])", lead)
        if told is not None and _TO_DATE.fullmatch(lead, told.end()):
            meant[event.id] = event
    if len(meant) != 1:
        return None
    from .reference import Mention
    return Mention(next(iter(meant.values())), start, start, True), "during", False
