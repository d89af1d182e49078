"""Plausibility shapes from session 20's b207-b210 (helper h20f): one airport's traffic where the sentence opens with
its operator's name ("Airports of Thailand said ...") or calls it a city's gateway, and where it runs "close to
capacity"; what an airport will be able to handle is a capacity, not traffic; a day's rainfall beside another
gauge's monthly average; a gap between two heights ("by a total of 14 centimetres", "30 centimetres clear of") is
no height; a head count owned by a common noun ("the old town's population") is a part's. Near misses stay silent."""
import pytest

import factcheck


def _plausibility(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


# -- one airport's year ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Airports of Malaysia said Kuala Lumpur International handled some 590 million passengers last year.",
    "Don Mueang, the second gateway to Bangkok, welcomed about 410 million passengers in 2024, the operator said.",
    "Changi handled 590 million passengers last year and is running close to capacity in the mornings.",
])
def test_one_airports_impossible_traffic_is_caught(text):
    assert _plausibility(text, "2025-02-01", "MY")


@pytest.mark.parametrize("text", [
    "Airports of Malaysia said its 39 airports handled some 590 million passengers over the decade.",
    "Airports of Malaysia said Kuala Lumpur International handled some 59 million passengers last year.",
    # what a terminal will be able to take
    "When finished, the new terminal will be able to handle as many as 300 million passengers a year.",
    "The airport, designed to process 240 million passengers a year, opens in 2032.",
    "The hub can accommodate 250 million passengers a year once the second runway is built.",
    # a capacity given as a figure
    "Changi is running close to its capacity of 590 million passengers, planners said.",
])
def test_one_airports_traffic_near_misses(text):
    assert _plausibility(text, "2025-02-01", "MY") == []


# -- a day's rain beside another gauge's average --------------------------------------------------------------------

def test_a_days_rain_beside_another_gauges_average_is_still_read():
    text = ("A rain gauge on the escarpment logged 3,900mm in the 24 hours to 6am, while the town itself measured 41mm, "
            "close to its average March rainfall of 55mm.")
    assert _plausibility(text, "2025-03-10", "ZA") == ["3,900mm"]


@pytest.mark.parametrize("text", [
    "A gauge on the escarpment has logged 3,900mm so far this season, with 41mm in the 24 hours to 6am.",
    "The escarpment's average annual rainfall of 3,900mm fell short on Sunday, when 41mm was measured in a day.",
])
def test_a_seasons_rain_near_misses(text):
    assert _plausibility(text, "2025-03-10", "ZA") == []


# -- a gap between heights ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Over eleven world records she has lifted the height by a total of 9 centimetres since 2019.",
    "Her winning height was 12 centimetres clear of the next jumper.",
    "He cleared a height 20 centimetres better than his previous best.",
])
def test_a_gap_between_heights_is_no_height(text):
    assert _plausibility(text, "2025-03-10", "SE") == []


def test_a_height_itself_is_still_read():
    assert _plausibility("The man, who stands 30 centimetres tall, was named the world's shortest adult.",
                         "2025-03-10", "SE") == ["30 centimetres"]


# -- a head count owned by a common noun ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The old town's resident population dropped below 60,000 in 2023, the council said.",
    "The lagoon's population of 59,000 has halved since the 1960s.",
])
def test_a_parts_head_count_is_not_the_countrys(text):
    assert _plausibility(text, "2024-05-10", "IT") == []


@pytest.mark.parametrize("text", [
    "The country's resident population dropped below 59,000 in 2023, the statistics office said.",
    "The nation's population of 59,000 is ageing fast, the report said.",
])
def test_the_countrys_own_slipped_head_count_is_still_caught(text):
    assert _plausibility(text, "2024-05-10", "IT")
