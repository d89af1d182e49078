"""Silence on ordinary copy: none of these may raise a conversion, arithmetic or date finding."""
from __future__ import annotations

import pytest

import factcheck

ORDINARY = [
    "Arsenal won 3-2 at home on Saturday after trailing 2-1 at half-time.",
    "City took a 2-1 lead into the break and held on.",
    "Babar Azam made 112 runs off 98 balls, with 11 fours and two sixes.",
    "Pakistan were 245 for 6 after 50 overs, needing 31 runs from the last 18 balls.",
    "Food prices rose 112% over a decade, the statistics office said.",
    "Rents have risen 250% since 2010.",
    "The company was founded in 1998 and listed in 2004.",
    "The meeting began at 10.30am and ended at 3pm.",
    "Call the helpline on 0300-1234567 or 021-111-222-333.",
    "The update, version 18.2.1, fixes 23 security flaws.",
    "The driver, 47, and his wife, 44, were unhurt.",
    "Temperatures will range from 28C to 34C this week.",
    "Between 3,000 and 4,000 people attended the rally.",
    "The KSE-100 index closed at 161,820 points on Wednesday.",
    "The Sensex rose 1.2% to 80,245, while the Nifty gained 1.1% to 24,320.",
    "Inflation eased to 6.2pc in October from 7.2pc in September.",
    "Remittances rose 21% to $2.4bn in September, from $2.0bn a year earlier.",
    "The rupee closed at 280.9 to the dollar.",
    "Of the 120 passengers, 70 were men.",
    "Of the 64 passengers, 52 survived, 19 of whom were admitted to hospital.",
    "The bill passed by 342 votes to 128, a majority of 214.",
    "The state has 80 seats, of which the party won 37.",
    "Exports were worth $3.2bn (Rs900bn), up 8% from a year earlier.",
    "Growth slowed to 2.4% from 3.1% a year earlier, the slowest since 2019.",
    "He scored 30 points and grabbed 12 rebounds in a 110-98 win.",
    "Polls open at 7am on Thursday, July 4.",
    "The 20-year-old striker joined in 2022 for £45m.",
    "The index rose 40.6pc from 115,127 at the end of 2024.",
    "Turnout rose to 66 per cent from 61 per cent in 2019.",
    "Nine out of ten unvaccinated contacts are infected.",
    "Prices doubled between 2020 and 2024.",
    "The population grew from 1.2bn in 2011 to 1.44bn in 2024, a rise of 20%.",
    # rates, not pairs; a lost majority; comparisons that are not a base
    "The naira fetched N1,580/$1 in the parallel market, against N1,520/$1 a week earlier.",
    "The taka traded at Tk122 to the dollar (Tk120 a month ago).",
    "Importers paid 288 rupees per dollar.",
    "The ruling party lost its two-thirds majority, winning 201 of the 336 seats.",
    "Exports were $2.8bn, compared with $2.5bn for imports.",
    "The death toll rose by 10 to 45, officials said.",
    "Salaries will be raised by Rs5,000 to Rs10,000 a month.",
]

CATEGORIES = {"conversion", "arithmetic", "date"}


@pytest.mark.parametrize("text", ORDINARY, ids=[t[:40] for t in ORDINARY])
def test_ordinary_copy_raises_nothing(text):
    for date, country in ((None, None), ("2024-11-20", "PK"), ("2024-07-05", "GB")):
        found = [f for f in factcheck.check(text, date=date, country=country) if f.category in CATEGORIES]
        assert not found, [(f.rule, f.text, f.message) for f in found]
