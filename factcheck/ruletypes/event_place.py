"""event_place: a recorded event put in a city of another country than the one it happened in.

"Kipchoge's 1:59:40 in Berlin on October 12, 2019": the run was in Vienna's Prater park. A sub-editor reads "in
Berlin on <the day>" as where the recorded thing took place that day, and knows Berlin is not in Austria.

* **the event** — named in the sentence (events.csv), with a place of its own ("@Vienna");
* **placed** — "in/at <City>" right after its name, or after a few words of its own ("clocking 1:59:40 on a
  closed course in Berlin"), then the event's day or year ("on 12 October 2019", "in 2019"): the place and the
  date are where and when it happened, not where a later thing was told ("survivors of the bombings in Canberra"
  has no date of the event after it);
* **another country's city** — a capital (countries.csv) or the place of a recorded event of one country, in a
  country that is none of the event's own (its participants). A city of the same country is left alone: the
  table knows no distances, and "the final in Doha" for Lusail is loose, not wrong.
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import ClassVar, Iterator, Mapping

import regex

from ..model import Span
from .base import Hit, Option, Rule, Story
from .event_hosts import _YEAR

_CITY = r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}"
# a few words of the event's own between its name and the place ("on a closed course"), never a clause of another
_PLACED = regex.compile(rf"(?P<gap>(?:\s+[\p{{Ll}}-]+){{0,5}}?)\s+(?:in|at)\s+(?:the\s+)?(?P<city>{_CITY})"
                        r"(?:,?\s+(?:on|in)\s+)")
_NOT_ITS_OWN = frozenset("and or but after before since until than when while which that who where as was were is "
                         "are has have had said says told gathered met held marked mark remembered recalled "
                         "ago later earlier trial court hearing ceremony memorial anniversary".split())
_DATE_AFTER = regex.compile(r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2}),?)?"
                            r"\s*(?P<year>(?:19|20)\d\d)(?!\d)")


@functools.lru_cache(maxsize=8)
def _cities(folder: str) -> dict[str, str]:
    """City -> the one country it is in: capitals, and the places of recorded events of one country."""
    from ..tables import reference_data
    from .reference import _events
    data = reference_data(folder)
    found: dict[str, set[str]] = {}
    for row in data.countries:
        for cap in (row.get("capital") or "").split("|"):
            if cap.strip():
                found.setdefault(cap.strip(), set()).add(row["iso2"])
    for e in _events(folder)[0]:
        if len(e.participants) == 1:
            for place in e.places:
                found.setdefault(place, set()).update(e.participants)
    return {city: next(iter(codes)) for city, codes in found.items() if len(codes) == 1}


def _the_day(after: str, event) -> bool:
    """Does the date written after the place fall on the event (its year, and its day when a day is written)?"""
    m = _DATE_AFTER.match(after)
    if m is None:
        return False
    year = int(m.group("year"))
    first, last = event.start, event.end or event.start
    if not first.year <= year <= last.year:
        return False
    month_name = (m.group("m1") or m.group("m2") or "").lower()
    if not month_name:
        return True
    from .reference import _MONTHS
    month = next((i + 1 for i, n in enumerate(_MONTHS) if n.startswith(month_name[:3])), None)
    if month is None:
        return False
    try:
        day = dt.date(year, month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return False
    return first <= day <= last


class EventPlace:
    name: ClassVar[str] = "event_place"
    category: ClassVar[str] = "reference"
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[tuple[str, ...]] = ("figure", "detail", "recorded", "advice")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        from .reference import _mentions
        prose = story.doc.prose
        cities = _cities(str(story.data.folder))
        for s0, s1 in story.doc.sentences():
            if not _YEAR.search(prose, s0, s1):
                continue    # the event's own date must follow the place: a sentence with no year has none
            for mention in _mentions(story, s0, s1):
                event = mention.event
                if not event.places:
                    continue
                placed = _PLACED.match(prose, mention.end, s1)
                if placed is None or any(w in _NOT_ITS_OWN for w in placed.group("gap").split()):
                    continue
                city = placed.group("city")
                country = cities.get(city)
                if country is None or country in event.participants or city in event.places \
                        or any(city in n for n in event.names):
                    continue
                if not _the_day(prose[placed.end():s1], event):
                    continue
                yield _hit(story, event, city, Span(placed.start("city"), placed.end("city")),
                           Span(mention.start, mention.end))
                break


def _hit(story: Story, event, city: str, span: Span, named: Span) -> Hit:
    own = " / ".join(sorted(event.places))
    recorded = f"{event.row['name']} took place in {own}, not {city} ({event.row.source})"
    return Hit(span=span, fields={
        "figure": city, "detail": f"{city}: {recorded}", "recorded": recorded, "advice": f"Did you mean {own}?",
    }, evidence={"event": event.id, "places": sorted(event.places), **event.row.citation()},
        suggestion=sorted(event.places)[0], related=(named,))


RULE_TYPE = EventPlace()
