"""Plausibility shapes from session 19's b199-b202 (helper h19f): more days or nights of something in a year than a
year has; a share level that "peaked at" past 100%; a temperature gap named before its figure ("a gap of", "the
difference widened to") that is no air reading; the kind of state home is ("the city-state's", "the kingdom's") as
the owner of a head count or of oil output; an output ranked against the years before ("its lowest in several
years"), which is no sum over years; an economy's size in apposition ("X's economy, about $N,"); and a province's
head count slipped tenfold (Indonesian provinces in regions.csv). Each with near misses that stay silent."""
import pytest

import factcheck


def _plausibility(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


# -- days and nights in a year ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Astronomers prize the plateau for its thin air and some 410 cloudless nights a year.", "410"),
    ("The resort town advertises itself with the promise of 390 days of sunshine a year.", "390 days"),
    ("Fog covers the pass on about 370 days of the year, the road agency says.", "370 days"),
])
def test_more_days_or_nights_than_a_year_has_are_caught(text, figure):
    assert _plausibility(text, "2024-03-05", "ES") == [figure]


@pytest.mark.parametrize("text", [
    "Astronomers prize the plateau for its thin air and some 310 cloudless nights a year.",
    # days added up over many people or rooms
    "Teachers' strikes cost pupils about 2,500 school days a year, the union said.",
    "The seaside hotels sell 40,000 room nights a year.",
    "The crew logged 800 man-days a year on the survey.",
    # nights over more than a year
    "The telescope observed on 420 nights over two seasons.",
])
def test_days_in_a_year_near_misses(text):
    assert _plausibility(text, "2024-03-05", "ES") == []


# -- a share's peak ---------------------------------------------------------------------------------------------------

def test_humidity_that_peaked_past_saturation_is_caught():
    text = "Relative humidity peaked at 117% before dawn as sea fog rolled over the harbour."
    assert _plausibility(text, "2023-02-14", "AU") == ["117%"]


@pytest.mark.parametrize("text", [
    "Relative humidity peaked at 97% before dawn as sea fog rolled over the harbour.",
    # a change, not the level
    "Demand for dehumidifiers peaked at 117% above last summer's sales.",
])
def test_humidity_peak_near_misses(text):
    assert _plausibility(text, "2023-02-14", "AU") == []


# -- a temperature gap is no reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Evenings in the tower blocks averaged 29.4C, against 25.6C in the wooded reserve, a gap of 3.8C.",
    "On the warmest evenings the gap between blocks and woodland widened to 4.4C.",
    "The temperature difference between the two stations was 4.1C on still nights.",
    "The gap between the two stations was as large as 4.1C on still nights.",
])
def test_a_temperature_gap_is_not_read_against_the_record_low(text):
    # Singapore's coldest reading on record is 19.4C: a 4C gap is no air temperature
    assert _plausibility(text, "2023-07-19", "SG") == []


def test_a_low_reading_in_a_gap_story_is_still_read():
    text = "The gap between estates was small, but one sensor logged 4.1C before dawn."
    assert _plausibility(text, "2023-07-19", "SG") == ["4.1C"]


# -- the kind of state home is -----------------------------------------------------------------------------------------

def test_the_city_states_people_ten_times_too_many_are_caught():
    text = "Planners say the city-state's 61 million residents will need more shade by 2030."
    assert _plausibility(text, "2023-07-19", "SG") == ["61 million"]


@pytest.mark.parametrize("text, country", [
    ("Planners say the city-state's 6.1 million residents will need more shade by 2030.", "SG"),
    # a federation's state is a part: "the state's" is never home's
    ("Planners say the state's 61 million residents will need more shade by 2030.", "IN"),
])
def test_the_city_states_people_near_misses(text, country):
    assert _plausibility(text, "2023-07-19", country) == []


def test_the_kingdoms_oil_ranked_against_past_years_is_read():
    text = ("Officials said the cut would keep the kingdom's output of roughly 95 million barrels a day at its "
            "lowest in several years.")
    assert _plausibility(text, "2023-08-08", "SA") == ["roughly 95 million barrels a day"]


@pytest.mark.parametrize("text", [
    "Officials said the cut would keep the kingdom's output of roughly 9.5 million barrels a day at its lowest in "
    "several years.",
    # a sum over years is still no year's output
    "The kingdom has pumped 95 million barrels a day in total over several years of talks.",
])
def test_the_kingdoms_oil_near_misses(text):
    assert _plausibility(text, "2023-08-08", "SA") == []


# -- an economy's size in apposition -----------------------------------------------------------------------------

def test_an_economys_size_in_apposition_is_read():
    text = "Tourism earns about a tenth of Nepal's economy, some $410 billion, the ministry said."
    assert _plausibility(text, "2024-05-13", "NP") == ["$410 billion"]


@pytest.mark.parametrize("text", [
    "Tourism earns about a tenth of Nepal's economy, some $41 billion, the ministry said.",
    # the part's own value in apposition is below the whole: never read on the low side
    "Tourism earns about a tenth of Nepal's economy, some $4 billion, the ministry said.",
])
def test_an_economys_size_in_apposition_near_misses(text):
    assert _plausibility(text, "2024-05-13", "NP") == []


# -- a province's head count ---------------------------------------------------------------------------------------

def test_an_indonesian_provinces_people_slipped_tenfold_are_caught():
    text = "East Java, home to about 4.1 million people, grows much of the country's rice."
    assert _plausibility(text, "2023-08-09", "ID") == ["4.1 million"]


@pytest.mark.parametrize("text", [
    "East Java, home to about 41 million people, grows much of the country's rice.",
    # the city of Yogyakarta is not the province: its own name is no alias
    "Yogyakarta, home to about 400,000 people, is known as a student city.",
    "The Special Region of Yogyakarta, home to about 3.7 million people, relies on tourism.",
])
def test_indonesian_province_near_misses(text):
    assert _plausibility(text, "2023-08-09", "ID") == []
