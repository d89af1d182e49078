"""Arithmetic, round 15: false alarms on shapes newsrooms use, and readers widened, each with near misses.

Silenced (each failed before this round):
- a rate after a move's two levels that is the object of another verb (", funding a 15% increase in ...") or a
  forecast ("and said profit could fall by up to 25%") sizes another move (claims._RATE_OF_ANOTHER_VERB);
- "its shares rose 4.8%" paragraphs after "earnings per share climbed to A from B": a thing named after "per" is
  the measure's unit, not what moved (changes_named);
- a whole said as the base of a comparison ("12% larger than the $1.2bn budget for this year") or as a share of
  a larger whole ("$76m, or 40% of the cost") is not what the next sentence breaks down (broken_down, list_totals);
- "rose from 15 in the morning to 25 by noon and 34 by nightfall": one thing's levels in turn, not a list's
  parts (list_totals);
- "A further 1,897 passed in Division Two, 1,604 in Division Three ...": a list of its own does not go on with
  the list of the sentence before (claims._one_more_part).

Widened:
- "more than doubled" is past the factor itself: the figures' rounding is allowed, and only a sliver more (1.92
  times nearly doubled; arithmetic._factor_ok);
- a multiple of a reporting period ("first-quarter profit more than doubled", "in the first half of 2023") is
  held to the move its next sentences tell (multiples_across._ANCHOR); hedged, "more than doubled as prices
  rose" is a reason after "as", not "doubled as a venue", and the reason's times are not the factor's.

Every case is our own sentence. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

# (text, the figure flagged, country)
CAUGHT = [
    # the rate said of the move itself, after its two levels
    ("Library spending rises to C$42.5m from C$36m, an increase of 25%.", "25%", "CA"),
    ("Library spending rises to C$42.5m from C$36m, representing a 25% increase.", "25%", "CA"),
    # a move referred back to by its own thing
    ("The share price climbed to 630 cents from 410 cents in a year. Its shares rose 4.8% after the results.",
     "4.8%", "ZA"),
    # a whole said first, its parts after, and the whole not compared with anything
    ("The council approved a budget of $84.6m for next year. Roads take $41.2m, schools $30.5m and parks $19.8m.",
     "$84.6m", "US"),
]

CAUGHT += [
    ("Operating profit more than doubled to $48.3m from $25.2m.", "doubled", "US"),
    ("The brewer said half-year profit more than doubled as beer prices climbed across the region. Net profit for "
     "the six months to June rose to R81.6 million from R42.5 million a year earlier.", "more than doubled", "ZA"),
    ("Visitor numbers at the park more than doubled in the first half of 2023, the trust said. It counted 412,000 "
     "visitors between January and June, up from 236,000 in the same period of 2022.", "more than doubled", "GB"),
]

SILENT = [
    "Operating profit more than doubled to $51.3m from $25.2m.",
    "Operating profit nearly doubled to $48.3m from $25.2m.",
    "The brewer said half-year profit more than doubled as beer prices climbed across the region. Net profit for "
    "the six months to June rose to R91.6 million from R42.5 million a year earlier.",
    "Visitor numbers at the park more than doubled in the first half of 2023, the trust said. It counted 512,000 "
    "visitors between January and June, up from 236,000 in the same period of 2022.",
    # "doubled as": another sense, with no hedge
    "The old depot doubled as a vaccination centre in 2021. It handled 41,000 visits, up from 30,000 a year before.",
    # a multiple of no period we can read
    "Burglaries more than doubled in the city centre. Officers recorded 312 in March against 290 in February.",

    # a participle's object, and a forecast
    "Library spending rises to C$41m from C$36m, paying for a 25% increase in opening hours at branch libraries.",
    "Brokers cut their price target for the miner to A$9.10 from A$11.40 and said profit could fall by up to 15% "
    "next year.",
    # "per share" is the unit of the move told before, not the shares
    "Diluted earnings per share rose to 630 cents from 410 cents. Its shares gained 3.2% in early trade.",
    # a base of comparison, then a breakdown of the new whole
    "The new plan is 12% larger than the $75.5m budget for this year. Roads take $41.2m, schools $30.5m and parks "
    "$12.9m.",
    # a share of the cost, then the other shares of the cost
    "The state will pay $26m, or 40% of the cost. The county will pay $24m and the city the remaining $15m.",
    # a toll's levels in turn, then a total of something else
    "The death toll climbed through the day, from 12 in the morning to 19 by noon and 27 by nightfall. A total of "
    "61 fires were reported across 11 districts.",
    # a further list of its own: a breakdown of one part of the list before
    "Of the 5,210 pupils entered, 5,080 sat the papers and 130 were absent. A further 1,420 passed with merit, "
    "2,310 with a pass and 990 without.",
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:50] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text", SILENT, ids=[t[:50] for t in SILENT])
def test_silent(text):
    _silent(text)
