"""Held-out classes: a long gap before an event's date, death tolls phrased differently, one month's reading twice."""
from __future__ import annotations

import pytest

import factcheck

KNOWLEDGE = ("plausibility", "reference", "consistency")


def found(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category in KNOWLEDGE]


LAGOS = "The outbreak has killed 24 people in Lagos, officials said.\n\n"
BAD = [
    ("FC602", "Hasina, now 77, resigned and fled by military helicopter to India on 2 August 2024, after weeks of "
              "protests.", "2025-01-01", "BD"),
    ("FC602", "Hasina resigned and fled by military helicopter to neighbouring India on 12 August 2024.",
     "2025-01-01", "BD"),
    ("FC401", LAGOS + "Of the 30 deaths in the state, most were children.", "2025-01-01", "NG"),
    ("FC401", "24 people have died of cholera in Lagos, officials said.\n\nThe 30 deaths were mostly among children.",
     "2025-01-01", "NG"),
    ("FC401", LAGOS + "The death toll of 30 includes 12 children.", "2025-01-01", "NG"),
    ("FC401", LAGOS + "The 30 fatalities were mostly children.", "2025-01-01", "NG"),
    ("FC406", "Inflation slowed to 24.1% in December, the statistics office said.\n\n"
              "December's 23.4% reading was the lowest in a year.", "2025-01-20", "NG"),
    ("FC406", "The jobless rate was 4.2% in November.\n\nNovember's 4.4% rate surprised markets.", "2025-01-20", "US"),
    ("FC406", "Unemployment rose to 4.2% in November, data showed.\n\n"
              "The unemployment rate for November was 4.4%, the highest since 2021.", "2025-01-20", "US"),
    ("FC406", "Consumer inflation rose to 5.5% in October.\n\n"
              "The central bank said October's 5.2% inflation rate was above its ceiling.", "2025-01-20", "IN"),
]

CLEAN = [
    ("Hasina, now 77, resigned and fled by military helicopter to India on 5 August 2024, after weeks of protests.",
     "2025-01-01", "BD"),
    ("Hasina resigned and fled to India, and an interim government led by Muhammad Yunus was sworn in on "
     "8 August 2024.", "2025-01-01", "BD"),
    ("Hasina, now 77, resigned in August 2024 and was sentenced to death in absentia on 17 November 2025.",
     "2025-12-01", "BD"),
    (LAGOS + "Of the 24 deaths in the state, most were children.", "2025-01-01", "NG"),
    (LAGOS + "The death toll rose to 30 on Tuesday.", "2025-01-01", "NG"),
    (LAGOS + "The toll has now climbed to 30.", "2025-01-01", "NG"),
    (LAGOS + "Nationwide, the 30 deaths were mostly children.", "2025-01-01", "NG"),
    (LAGOS + "Across the country, the 30 deaths were mostly children.", "2025-01-01", "NG"),
    (LAGOS + "Officials reported 30 new deaths on Tuesday.", "2025-01-01", "NG"),
    (LAGOS + "In Kano, the 30 deaths were mostly children.", "2025-01-01", "NG"),
    ("Inflation slowed to 24.1% in December.\n\nDecember's 24% reading was the lowest in a year.", "2025-01-20", "NG"),
    ("Inflation slowed to 24.1% in December.\n\nCore inflation was 23.4% in December.", "2025-01-20", "NG"),
    ("Urban inflation slowed to 24.1% in December.\n\nRural inflation was 23.4% in December.", "2025-01-20", "NG"),
    ("Inflation slowed to 24.1% in December.\n\nNovember's 23.4% reading was higher.", "2025-01-20", "NG"),
    ("Annual inflation slowed to 2.4% in December.\n\nMonth-on-month inflation was 0.4% in December.",
     "2025-01-20", "GB"),
    ("Inflation slowed to 24.1% in December.\n\nEconomists had expected December's reading to come in at 23.4%.",
     "2025-01-20", "NG"),
    ("The jobless rate was 4.2% in November.\n\nYouth unemployment was 9.4% in November.", "2025-01-20", "US"),
    ("The jobless rate was 4.2% in November.\n\nThe central bank held its policy rate at 4.4% in November.",
     "2025-01-20", "US"),
    ("Inflation slowed to 24.1% in December 2024.\n\nDecember 2023's 28.9% reading was a record.", "2025-01-20", "NG"),
]


@pytest.mark.parametrize(("rule", "text", "date", "country"), BAD)
def test_bad_twin_is_flagged(rule, text, date, country):
    assert rule in [r for r, _ in found(text, date, country)]


@pytest.mark.parametrize(("text", "date", "country"), CLEAN)
def test_clean_twin_is_silent(text, date, country):
    assert found(text, date, country) == []
