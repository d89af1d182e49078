"""Scale slips from session 17's b179-b182 (helper h17a): a country's people owned by "the island's" in a story
about an island state; "the country's" people after a sentence whose only other country is a currency mark
("US$"); a country's exports owned by "the country's" with an aside on what they are; a crop forecast by one of
the country's own bodies, named by its demonym; a price quoted "a tonne" with its conversion in brackets; and
their near misses."""
import pytest

import factcheck


def _found(text: str, date: str, country: str, category: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


def _plausibility(text: str, date: str, country: str) -> list[str]:
    return _found(text, date, country, "plausibility")


# -- "the island's N residents" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Power cuts will continue until March, leaving the island's 32 million residents without a reliable supply.",
    "Doctors say the island's 32 million people deserve better than a single cancer ward.",
])
def test_an_island_states_people_ten_times_too_many_are_caught(text):
    # Cyprus had about 1.3 million people; Jamaica about 2.8 million
    assert _plausibility(text.replace("32 million", "13 million"), "2023-11-02", "CY") == ["13 million"]
    assert _plausibility(text.replace("32 million", "28 million"), "2023-11-02", "JM") == ["28 million"]


@pytest.mark.parametrize("text, country", [
    # the right size
    ("Power cuts will continue until March, leaving the island's 1.3 million residents without a reliable supply.", "CY"),
    # a part of the country: an island's people are fewer, never read on the low side
    ("Ferries were cancelled, leaving the island's 4,000 residents cut off from the mainland.", "GR"),
    # another country named just before: the island may be its
    ("Indonesia has sent rice to Java. The island's 150 million residents face higher prices.", "SG"),
])
def test_an_islands_people_near_misses(text, country):
    assert _plausibility(text, "2023-11-02", country) == []


# -- "the country's N people" after a currency mark --------------------------------------------------------------------

def test_the_countrys_people_after_a_sentence_with_a_us_dollar_mark_are_read():
    text = ("The storm cost insurers NZ$2bn, or about US$1.2bn. Wellington, home to 215,000 of the country's "
            "52 million people, escaped the worst of it.")
    assert _plausibility(text, "2024-03-05", "NZ") == ["52 million"]


@pytest.mark.parametrize("text", [
    "The storm cost insurers NZ$2bn, or about US$1.2bn. Wellington, home to 215,000 of the country's "
    "5.2 million people, escaped the worst of it.",
    # a country named in the sentence before may own "the country's"
    "Many of the workers moved to the United States. Wellington, home to 215,000 of the country's "
    "52 million people, escaped the worst of it.",
])
def test_the_countrys_people_near_misses(text):
    assert _plausibility(text, "2024-03-05", "NZ") == []


# -- "the country's exports, mostly ..., were worth" ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The country's exports, mainly copper, lithium and salmon, were worth about US$95 trillion last year.",
    "The country's exports were valued at US$95 trillion in 2023, the central bank said.",
])
def test_the_countrys_exports_beyond_its_economy_are_caught(text):
    # Chile's GDP was about $335bn
    assert _plausibility(text, "2024-04-10", "CL") == ["US$95 trillion"]


@pytest.mark.parametrize("text", [
    "The country's exports, mainly copper, lithium and salmon, were worth about US$95 billion last year.",
    # unnamed, the low side is not read ("the country's" may be a part after all)
    "The country's exports were valued at US$95 million in 2023, the central bank said.",
    # another country in the sentence before: whose exports?
    "China is the main buyer. The country's exports were worth US$95 trillion last year.",
])
def test_the_countrys_exports_near_misses(text):
    assert _plausibility(text, "2024-04-10", "CL") == []


# -- a crop forecast by the country's own body, named by its demonym --------------------------------------------------

def test_a_crop_forecast_by_a_national_body_beyond_any_country_is_caught():
    text = ("The Canadian Department of Agriculture and Agri-Food Resources now puts the wheat harvest at "
            "340 million tonnes, up from its summer estimate.")
    assert _plausibility(text, "2023-12-04", "CA") == ["340 million tonnes"]


@pytest.mark.parametrize("text", [
    # the right size
    ("The Canadian Department of Agriculture and Agri-Food Resources now puts the wheat harvest at "
     "34 million tonnes, up from its summer estimate."),
    # no home word: the International Grains Council's figure may be the world's
    "The International Grains Council now puts the wheat harvest at 790 million tonnes, up from its summer estimate.",
    # stocks, not a harvest: "resources" outside a body's name still says so
    "Canadian elevators hold wheat resources of 340 million tonnes, the board said.",
])
def test_a_crop_forecast_near_misses(text):
    assert _plausibility(text, "2023-12-04", "CA") == []


# -- a price "a tonne" with its conversion in brackets ------------------------------------------------------------------

def test_a_price_per_tonne_converted_the_wrong_way_is_caught():
    # about 4.7 ringgit to the dollar in October 2023: RM3,800 is about $810, not 3,800 x 4.7
    text = "Crude palm oil for January delivery settled at RM3,800 a tonne ($17,860) on Friday."
    assert _found(text, "2023-10-20", "MY", "conversion") == ["$17,860"]


@pytest.mark.parametrize("text", [
    "Crude palm oil for January delivery settled at RM3,800 a tonne ($805) on Friday.",
    "Crude palm oil for January delivery settled at RM3,800 per tonne ($805) on Friday.",
    # the tonne is the amount's own, and its bracket says something else
    "Crude palm oil for January delivery settled at RM3,800 a tonne (up 2%) on Friday.",
    # after a comma the amount may convert another said before: here the year's sales, not the price
    "The mine expects yearly sales of about $300 million, based on a nickel price of $16,000 a tonne, "
    "or about Rp4.6 trillion.",
])
def test_a_price_per_tonne_near_misses(text):
    assert _found(text, "2023-10-20", "MY" if "RM" in text else "ID", "conversion") == []


# -- barley, beside the other cereals in the world-output table -------------------------------------------------------

def test_one_countrys_barley_beyond_the_largest_growers_is_caught():
    # Russia, the largest grower, harvested about 23 million tonnes in 2022
    text = "Canada harvested 99 million tonnes of barley this year, the statistics agency said."
    assert _plausibility(text, "2023-12-04", "CA") == ["99 million tonnes"]


@pytest.mark.parametrize("text, country", [
    ("Canada harvested 9.9 million tonnes of barley this year, the statistics agency said.", "CA"),
    # the world's, and a bloc's: several producers together
    ("Farmers worldwide harvested 150 million tonnes of barley this year, the council said.", "CA"),
    ("French traders expect the EU barley harvest to reach 51 million tonnes this year.", "FR"),
])
def test_barley_near_misses(text, country):
    assert _plausibility(text, "2023-12-04", country) == []


def test_a_conversion_far_off_the_wrong_way_round_says_so():
    text = "Crude palm oil for January delivery settled at RM3,800 a tonne ($17,860) on Friday."
    found = [f for f in factcheck.check(text, date="2023-10-20", country="MY") if f.category == "conversion"]
    assert len(found) == 1 and "wrong way" in found[0].evidence.get("note", "")


def test_a_conversion_far_off_but_not_inverted_says_nothing_of_the_way():
    text = "Crude palm oil for January delivery settled at RM3,800 a tonne ($8,050) on Friday."
    found = [f for f in factcheck.check(text, date="2023-10-20", country="MY") if f.category == "conversion"]
    assert len(found) == 1 and "wrong way" not in found[0].evidence.get("note", "")


# -- "per kg": a price by a thing's unit, not a rate ----------------------------------------------------------------

def test_a_price_per_kilogram_with_a_far_off_conversion_is_caught():
    # about 280 rupees to the dollar in March 2024: Rs420 is about $1.50
    text = "Flour sold for Rs420 per kg ($118) at Lahore's wholesale market on Tuesday."
    assert _found(text, "2024-03-05", "PK", "conversion") == ["$118"]


@pytest.mark.parametrize("text", [
    "Flour sold for Rs420 per kg ($1.50) at Lahore's wholesale market on Tuesday.",
    # a rate, not a price: "per" the dollar
    "The rupee ended at Rs279 per dollar ($1) in the interbank market on Tuesday.",
])
def test_a_price_per_kilogram_near_misses(text):
    assert _found(text, "2024-03-05", "PK", "conversion") == []
