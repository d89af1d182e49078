"""More days or nights of something in a year than a year has (FC204, beside the limits table).

"More than 400 clear nights a year", "about 380 sunny days a year", "rain on 420 days of the year": a year has 365
days and nights, 366 in a leap year, so no place has more of any kind of them. The bound is the limits row
"days in a year" (rules/tables/limits.csv).

Read only where the count is one place's days: a bare count ("400 days a year") or one a word for the sky, the
weather or an opening describes ("clear", "sunny", "rainy", "frost", "observing", "trading"), followed by "a
year", "per year", "each year", "annually", "in a year" or "of the year". Days added up over many people or
things are not one calendar's and may pass 366: "man-days", "bed nights", "room nights", "school days lost",
"sick days" -- a hyphenated or counted-in noun before "days", or a sentence about people's absence, strikes,
workers, pupils, patients or guests, silences it. So does a figure far beyond a year (over ten years' worth,
"400,000 hotel nights a year", "2 million walker days a year"): no slip of a place's count makes that, it is a total
over many rooms, vehicles or people.
"""
from __future__ import annotations

from typing import Iterator

import regex

from .. import slips
from ..subjects import core_span
from .base import Hit, Rule, Story

CALENDAR_SUBJECT = "days in a year"

# The words that may describe one place's days or nights: the sky and the weather, or what is open on them
_DAY_WORDS = (r"clear|cloudless|cloud-free|cloudy|overcast|sunny|sunshine|sunlit|rainy|wet|dry|dark|hot|cold|warm|"
              r"frost|frosty|foggy|misty|snowy|stormy|windy|fine|bright|observing|usable|operating|trading|open|"
              r"flying|fishing|good|bad|hazy|smoggy|polluted|heatwave|storm|rain|snow|fog")
_PER_YEAR = (r"(?:a|per|each|every|in\s+a|in\s+an\s+average)\s+year|annually|a\s+year\s+on\s+average|"
             r"of\s+the\s+year|out\s+of\s+the\s+year|yearly")
# "400 clear nights a year", "380 days of sunshine a year", "420 days of the year"
_OF_WEATHER = r"(?:\s+of\s+(?:clear\s+skies|sunshine|sun|rain|snow|frost|fog|smog|haze|heat|storms?|good\s+weather))?"
_DAYS_AFTER = regex.compile(
    rf"\s+(?:(?:{_DAY_WORDS})(?:\s+and\s+(?:{_DAY_WORDS}))?\s+)?(?P<noun>days|nights)"
    rf"{_OF_WEATHER}\s+(?:{_PER_YEAR})(?![\p{{L}}])", regex.I)
# the same after a figure the reader took with its noun ("380 days" is a duration)
_YEAR_AFTER_DAYS = regex.compile(rf"{_OF_WEATHER}\s+(?:{_PER_YEAR})(?![\p{{L}}])", regex.I)
# a count added up over many people or things ("2,000 man-days", "bed nights", "school days lost to strikes")
_ADDED_UP = regex.compile(
    r"(?<![\p{L}])(?:lost|lose|loses|losing|missed|miss|absen\w*|sick|strikes?|workers?|employees|staff|pupils|"
    r"students|children|patients|guests|visitors|tourists|members|people|volunteers|combined|total|altogether|"
    r"cumulative\w*|bed|beds|room|rooms|man|person|worker|patient|guest|cows?|animals?|ships?|vessels?|"
    r"aircraft|flights?|trucks?|vehicles?|machines?|buses|trams?|trains?|fleets?|hotels?|hostels?|campsites?|"
    r"sold|sells?|selling|booked|bookings?|stays?|spend|spends|spent|clock(?:s|ed)?\s+up|logged|log|"
    r"walkers|hikers|climbers|cyclists|runners|anglers|campers|holidaymakers|travell?ers|passengers|customers|"
    r"users|residents|households|farmers|troops|soldiers|officers|nurses|doctors|teachers)(?![\p{L}])", regex.I)
# ten years' worth of days: a total over many calendars, whatever the sentence says
MANY_CALENDARS = 3660
_COUNT_BEFORE = regex.compile(r"[\p{L}]-\s*\Z")     # "2,000 man-" written before the figure is no count of days


def days_beyond_year(rule: Rule, story: Story) -> Iterator[Hit]:
    """Every count of days or nights in a year above the calendar's bound."""
    lowered = story.lowered_prose()
    if "days" not in lowered and "nights" not in lowered:
        return
    row = next((r for r in story.data.limits if r["subject"] == CALENDAR_SUBJECT), None)
    bound = row.number("max") if row is not None else None
    if bound is None:
        return
    prose = story.doc.prose
    for q in story.quantities:
        if q.value is None or q.value <= bound or q.value > MANY_CALENDARS:
            continue
        if q.low is not None and q.high is not None and q.low <= bound:
            continue        # a range that reaches the possible ("300 to 400 days")
        if q.kind == "number" and q.unit is None:
            after = _DAYS_AFTER.match(prose, q.end)
            noun = after.group("noun") if after else ""
        elif q.kind == "duration" and q.unit in ("day", "night") and q.text.rstrip().lower().endswith(("days", "nights")):
            after = _YEAR_AFTER_DAYS.match(prose, q.end)
            noun = "nights" if q.text.rstrip().lower().endswith("nights") else "days"
        else:
            continue
        if after is None:
            continue
        s0, s1 = story.doc.sentence_at(q.start)
        if _ADDED_UP.search(prose, s0, s1) or _COUNT_BEFORE.search(prose, max(s0, q.start - 3), q.start):
            continue        # many people's or things' days added up
        yield _hit(story, q, row, noun, bound)


def _hit(story: Story, q, row, noun: str, bound: float) -> Hit:
    span = core_span(story, q)
    figure = story.text_of(span)
    # the figure once, with its own noun: "400 nights a year", "400 clear nights a year", "400 days a year"
    said = figure if figure.lower().rstrip().endswith(("days", "nights")) else f"{figure} {noun}"
    reference = f"a year has {slips.number(bound, 4)} {noun} at most ({row['note']}; {row.source})"
    return Hit(span=span, fields={
        "figure": figure, "detail": f"{said} a year is impossible: {reference}", "reference": reference,
        "advice": "A digit slip, or a count over several years? Check the figure.", "suggestion": None,
        "slip": None, "subject": CALENDAR_SUBJECT, "countries": "",
    }, evidence={"subject": CALENDAR_SUBJECT, "limit": {"min": row.number("min"), "max": bound,
                                                         "unit": row["unit"], **row.citation()}})
