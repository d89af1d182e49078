"""Plausibility readings from session 16's b171-b174: a country's head count given as the level a change ends at
("fell by N in the year to ..., to M"); a country's GDP in a money the rate table lacks, too small whatever its
rate (no money is worth more a unit than the Kuwaiti dinar); an air temperature colder than anywhere outside
Antarctica has been, in a country the national-record table lacks; one pipeline's flow beyond the world's
output; and their near misses."""
import pytest

import factcheck


def _plausibility(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


# -- a population as the level a change ends at --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Germany's population grew by 340,000 in the year to December 31, 2023, to 8.47 million, the statistics office said.",
    "Germany's population rose by 0.4% in 2023 to 8.47 million, the statistics office said.",
])
def test_a_population_after_its_change_is_read_against_the_country(text):
    assert _plausibility(text, "2024-06-20", "DE") == ["8.47 million"]


@pytest.mark.parametrize("text", [
    "Germany's population grew by 340,000 in the year to December 31, 2023, to 84.7 million, the statistics office said.",
    # the level of another count, not the population
    "Germany's population grew by 340,000 last year, and foreign workers rose by 120,000 to 8.47 million.",
])
def test_a_population_after_its_change_near_misses(text):
    assert _plausibility(text, "2024-06-20", "DE") == []


# -- a GDP in a money without a rate --------------------------------------------------------------------------------

def test_a_gdp_too_small_at_any_rate_is_caught():
    text = ("Tourism makes up about 8% of the Hungarian economy, whose annual gross domestic product amounts to "
            "about HUF 7.5bn, the ministry said.")
    assert _plausibility(text, "2024-05-14", "HU") == ["HUF 7.5bn"]


@pytest.mark.parametrize("text", [
    # the right size in forints
    ("Tourism makes up about 8% of the Hungarian economy, whose annual gross domestic product amounts to "
     "about HUF 75 trillion, the ministry said."),
    # too big in dollars, but with no rate the high side is never read
    ("Tourism makes up about 8% of the Hungarian economy, whose annual gross domestic product amounts to "
     "about HUF 7,500 trillion, the ministry said."),
])
def test_a_gdp_in_a_money_without_a_rate_near_misses(text):
    assert _plausibility(text, "2024-05-14", "HU") == []


# -- colder than anywhere outside Antarctica -----------------------------------------------------------------------

def test_a_reading_colder_than_any_outside_antarctica_is_caught():
    text = "Overnight temperatures in the east of the country fell to -74C, the weather service said on Tuesday."
    assert _plausibility(text, "2024-01-16", "MN") == ["-74C"]


@pytest.mark.parametrize(("text", "country"), [
    ("Overnight temperatures in the east of the country fell to -54C, the weather service said on Tuesday.", "MN"),
    # within the margin of the Greenland record
    ("Overnight temperatures in the east of the country fell to -70C, the weather service said on Tuesday.", "MN"),
    # Antarctica's own cold
    ("Overnight temperatures at the Concordia research station in Antarctica fell to -78C, the agency said.", "IT"),
    # a freezer's
    ("The vaccines are kept in freezers at -80C, the health ministry said on Tuesday.", "MN"),
])
def test_cold_near_misses(text, country):
    assert _plausibility(text, "2024-01-16", country) == []


# -- a pipeline's flow ---------------------------------------------------------------------------------------------

def test_a_pipeline_carrying_more_oil_than_the_world_produces_is_caught():
    text = "The energy ministry said the Druzhba oil pipeline carried 900 million barrels a day in May, up from April."
    assert _plausibility(text, "2024-06-05", "HU") == ["900 million barrels a day"]


@pytest.mark.parametrize("text", [
    "The energy ministry said the Druzhba oil pipeline carried 900,000 barrels a day in May, up from April.",
    # a pipeline's capacity is not its flow
    "The energy ministry said the Druzhba oil pipeline could one day carry a capacity of 900 million barrels.",
])
def test_a_pipeline_s_flow_near_misses(text):
    assert _plausibility(text, "2024-06-05", "HU") == []
