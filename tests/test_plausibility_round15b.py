"""Session 15 (b159-b162) plausibility and date shapes, in sentences of our own, each with near misses that must
stay silent:

* a share of GDP beside its amount that makes an economy ten times off the country's (FC203);
* a facility's year's earnings above its whole country's economy (FC203);
* an economy's size where the sentence ranks the fall "in the region" and grows "by double digits" (FC203);
* a hotel occupancy above 100% (FC204), never a hospital's or a prison's;
* a national temperature record for Kyrgyzstan (FC210);
* the provinces of a country "home to" their own people, not the country's (FC202);
* an age against a birth month ("born in November 1953" is 64 in July 2018, FC504);
* "N years since" a long clause that ends on its date (FC503);
* the learned age scorer leaves an age beside a year told with its own count ("in 1998, 26 years ago").
"""
from __future__ import annotations

import pytest

import factcheck


def rules_of(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def fired(text: str, date: str, country: str, rule: str) -> list[str]:
    return [t for r, t in rules_of(text, date, country) if r == rule]


# ---------------------------------------------------------------- a share of GDP beside its amount

def test_a_share_of_gdp_that_makes_a_tiny_economy_is_flagged():
    text = ("Road crashes cost Thailand about 50 billion baht a year in medical bills and lost output, "
            "equal to roughly 12% of the country's GDP, the transport ministry estimated.")
    found = [f for f in factcheck.check(text, date="2019-05-02", country="TH") if f.rule == "FC203"]
    assert [f.text for f in found] == ["roughly 12%"]
    assert "would make Thailand's economy" in found[0].message


def test_a_share_of_a_named_countrys_gdp_with_a_conversion_between():
    text = ("Floods caused damage of about KSh20 billion ($155 million) across the country, or nearly 30% of "
            "Kenya's gross domestic product, officials said.")
    assert fired(text, "2024-06-10", "KE", "FC203") == ["nearly 30%"]


@pytest.mark.parametrize("text, country", [
    # the share right
    ("Road crashes cost Thailand about 500 billion baht a year, equal to roughly 3% of the country's GDP.", "TH"),
    # another clause, another figure: the deficit's share is not the amount's
    ("The ministry spent 50 billion baht on flood relief, while the deficit reached 3% of GDP.", "TH"),
    # a province's output
    ("The province spends 5 billion baht a year on roads, about 12% of its GDP.", "TH"),
    # the world's output
    ("Cybercrime cost companies about $600 billion last year, close to 1% of global GDP.", "US"),
    # two countries named: whose GDP is unsure
    ("Tajik migrants in Russia sent home $2.5 billion, or 30% of GDP, the central bank said.", "TJ"),
    # an amount over several years
    ("The plan will cost $5 billion over ten years, or 2% of GDP.", "KE"),
])
def test_share_of_gdp_near_misses_stay_silent(text, country):
    assert fired(text, "2019-05-02", country, "FC203") == []


# ---------------------------------------------------------------- a facility's earnings

def test_a_port_earning_more_than_its_country_is_flagged():
    text = ("The port, the island's busiest gateway for containers and cruise ships, earned about $120 billion "
            "in 2022, its authority said.")
    found = [f for f in factcheck.check(text, date="2023-03-01", country="LK") if f.rule == "FC203"]
    assert [f.text for f in found] == ["about $120 billion"]
    assert "whole GDP" in found[0].message


@pytest.mark.parametrize("text", [
    # the figure right
    "The port, the island's busiest gateway, earned about $1.2 billion in 2022, its authority said.",
    # cargo handled, not earned
    "The port handled cargo worth about $120 billion in 2022, its authority said.",
    # a span of years
    "The port has earned about $120 billion since it opened in 1980, its authority said.",
    # a target
    "The port aims to earn about $120 billion a year, its authority said.",
])
def test_facility_earnings_near_misses_stay_silent(text):
    assert fired(text, "2023-03-01", "LK", "FC203") == []


# ---------------------------------------------------------------- the economy's size, ranked in its region

def test_an_economy_ranked_in_the_region_is_still_the_countrys():
    text = ("Copper prices lifted the economy, with a gross domestic product of about $2.4 trillion, by double "
            "digits last year after one of the sharpest contractions in the region.")
    assert fired(text, "2022-03-01", "CL", "FC203") == ["$2.4 trillion"]


@pytest.mark.parametrize("text", [
    # right
    "Copper prices lifted the economy, with a gross domestic product of about $300 billion, by double digits "
    "last year after one of the sharpest contractions in the region.",
    # a region's own output
    "Copper lifted the economy of the region, with a gross domestic product of about $2.4 trillion.",
    # a plan to double
    "The government plans to double the economy, with a gross domestic product of about $2.4 trillion by 2040.",
])
def test_ranked_economy_near_misses_stay_silent(text):
    assert fired(text, "2022-03-01", "CL", "FC203") == []


# ---------------------------------------------------------------- hotel occupancy

def test_hotel_occupancy_above_a_hundred_per_cent_is_flagged():
    text = "Hotels on the Algarve coast reported occupancy of 112% in July, the tourism board said."
    assert fired(text, "2023-08-10", "PT", "FC204") == ["112%"]


@pytest.mark.parametrize("text", [
    "Hotels on the Algarve coast reported occupancy of 92% in July, the tourism board said.",
    "The hospital's medical wards ran at an occupancy of 112% in January, with patients on trolleys.",
    "Occupancy at the prison reached 140%, inspectors said, with three inmates to a cell.",
    "Hotel occupancy rose 112% from a year earlier as visitors returned.",
])
def test_occupancy_near_misses_stay_silent(text):
    assert fired(text, "2023-08-10", "PT", "FC204") == []


# ---------------------------------------------------------------- Kyrgyzstan's record

def test_a_reading_far_above_kyrgyzstans_record_is_flagged():
    text = "Temperatures in Osh climbed to 51.2C on Tuesday, forecasters said, as the heatwave spread."
    assert fired(text, "2023-07-12", "KG", "FC210") == ["51.2C"]


def test_a_hot_day_below_kyrgyzstans_record_is_silent():
    text = "Temperatures in Osh climbed to 42.8C on Tuesday, forecasters said, as the heatwave spread."
    assert fired(text, "2023-07-12", "KG", "FC210") == []


# ---------------------------------------------------------------- provinces home to their own people

def test_provinces_home_to_people_are_no_countrys_population():
    text = "Nine provinces in central and northern Italy, home to about 16 million people, were put on alert."
    assert fired(text, "2023-05-17", "IT", "FC202") == []


def test_a_country_home_to_its_people_is_still_read():
    text = "Italy, home to about 16 million people, put its emergency services on alert."
    assert fired(text, "2023-05-17", "IT", "FC202") == ["16 million"]


# ---------------------------------------------------------------- an age against a birth month

def test_an_age_past_a_birthday_still_to_come_is_flagged():
    text = "The 72-year-old senator, who was born in October 1952 in Ohio, said she would run again."
    found = [f for f in factcheck.check(text, date="2024-03-05", country="US") if f.rule == "FC504"]
    assert [f.text for f in found] == ["72-year-old"]
    assert "born in October 1952" in found[0].message


@pytest.mark.parametrize("text", [
    # right: the birthday in October is still to come in March
    "The 71-year-old senator, who was born in October 1952 in Ohio, said she would run again.",
    # born in the month of publication: either side of the birthday
    "The 72-year-old senator, who was born in March 1952 in Ohio, said she would run again.",
    "The 71-year-old senator, who was born in March 1952 in Ohio, said she would run again.",
    # the year alone: either age
    "The 72-year-old senator, who was born in 1952 in Ohio, said she would run again.",
])
def test_birth_month_near_misses_stay_silent(text):
    assert fired(text, "2024-03-05", "US", "FC504") == []


# ---------------------------------------------------------------- years since a long clause

def test_years_since_a_long_clause_ending_on_its_date_is_read():
    text = ("Veterans met in the capital on Sunday to mark five years since the ceasefire between the army and "
            "the northern militias was signed at the old parliament building on 3 March 2016.")
    assert fired(text, "2024-03-03", "SS", "FC503") == ["five years"]


def test_years_since_a_long_clause_right_is_silent():
    text = ("Veterans met in the capital on Sunday to mark eight years since the ceasefire between the army and "
            "the northern militias was signed at the old parliament building on 3 March 2016.")
    assert fired(text, "2024-03-03", "SS", "FC503") == []


# ---------------------------------------------------------------- the learned scorer and a year's own count

_DOUBLE = ("NAIROBI — Faith Kipyegon won her third world title on Sunday, finishing six seconds ahead of the field."
           "\n\nThe 27-year-old Kenyan, who also won in 2017 and 2022, is the first athlete to win the double in the "
           "same year since Gabriela Szabo {when}. She won six of the last eight races.\n\nFor the first time since "
           "the championships began in 1983, the final was not held at night.")


def test_an_age_beside_a_year_with_its_own_count_is_left_alone():
    assert fired(_DOUBLE.format(when="in 1996, 28 years ago"), "2024-07-22", "KE", "FC505") == []


@pytest.mark.parametrize("when, aside", [
    ("in 1996, 28 years ago", True),
    ("in 1996, 20 years ago", False),      # a count that does not fit its year dates nothing
    ("in 1996", False),                    # a year without a count of its own
])
def test_a_year_is_set_aside_only_with_a_count_that_fits_it(when, aside):
    from factcheck.document import Document
    from factcheck.engine import build_story
    from factcheck.learned.candidate import Candidate
    from factcheck.model import Span
    from factcheck.ruletypes.date_learned import _years_counted_aside
    text = _DOUBLE.format(when=when)
    story = build_story(Document.from_text(text, "<t>", date="2024-07-22", country="KE"))
    at = story.doc.prose.index("27-year-old")
    candidate = Candidate(Span(at, at + 11), (), (), {"what": "age", "count": 27})
    assert _years_counted_aside(story, candidate) is aside
