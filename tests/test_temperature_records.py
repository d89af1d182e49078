"""FC210: an air temperature beyond its country's all-time record (rules/tables/temperature_records.csv).

Each flagged shape is shown with the near misses that must stay silent: the same figure where the place
is in a hotter country, the same words about water or a heat index, a record broken by a degree."""
from __future__ import annotations

import pytest

import factcheck
from factcheck.tables import ReferenceData, TableError


def _fc209(text: str, country: str | None, date: str = "2024-05-14") -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC210"]


def _finding(text: str, country: str | None, date: str = "2024-05-14"):
    found = [f for f in factcheck.check(text, date=date, country=country) if f.rule == "FC210"]
    assert len(found) == 1, found
    return found[0]


# -- the shapes caught, each beside its near misses -------------------------------------------------

def test_singapore_reading_far_above_its_record_is_flagged_with_its_record():
    finding = _finding("Singapore's Paya Lebar station recorded 47.2 deg C on Tuesday afternoon.", "SG")
    assert finding.text == "47.2 deg C"
    assert finding.severity.value == "error"
    assert "37.0C" in finding.message and "Tengah" in finding.message
    assert "Meteorological Service Singapore" in finding.message
    record = finding.evidence["records"][0]
    assert (record["country"], record["record_c"], record["table"]) == ("SG", 37.0, "temperature_records.csv")
    assert finding.evidence["direction"] == "too high"


def test_same_reading_in_a_hotter_country_is_silent():
    # 47.2C is an ordinary hot day in Pakistan (record 53.7C), named in the sentence of a Singapore story
    assert _fc209("Jacobabad in Pakistan recorded 47.2 deg C on Tuesday afternoon.", "SG") == []
    assert _fc209("Jacobabad recorded 47.2 deg C on Tuesday afternoon.", "PK") == []


def test_singapore_reading_at_its_record_is_silent():
    assert _fc209("Singapore's Paya Lebar station recorded 37.4 deg C on Tuesday afternoon.", "SG") == []


def test_sydney_reading_beyond_australias_record_by_the_front_matter_country():
    assert _fc209("Temperatures hit 53.4C in western Sydney on Saturday.", "AU", "2024-01-20") == ["53.4C"]
    # a degree lower is within the margin of Australia's 50.7C
    assert _fc209("Temperatures hit 52.4C in western Sydney on Saturday.", "AU", "2024-01-20") == []


def test_heat_index_and_water_temperature_are_not_the_air():
    assert _fc209("The heat index in Singapore reached 47.2C on Tuesday.", "SG") == []
    assert _fc209("Temperatures hit 53.4C in western Sydney, but it felt like 58C.", "AU", "2024-01-20") == ["53.4C"]
    assert _fc209("Ground temperatures in western Sydney hit 55C on Saturday.", "AU", "2024-01-20") == []
    assert _fc209("The water temperature in Singapore's reservoirs reached 41C on Tuesday.", "SG") == []
    assert _fc209("The patient's temperature reached 41C in Singapore on Tuesday.", "SG") == []


def test_montevideo_cold_is_uruguays_whatever_the_newsroom():
    assert _fc209("The mercury fell to -41C in Montevideo overnight.", "UY", "2024-07-10") == ["-41C"]
    # the capital names the country, in a British story too
    assert _fc209("The mercury fell to -41C in Montevideo overnight.", "GB", "2024-07-10") == ["-41C"]
    finding = _finding("The mercury fell to -41C in Montevideo overnight.", "UY", "2024-07-10")
    assert finding.evidence["direction"] == "too low" and "-11.0C" in finding.message
    # Uruguay's cold of a real winter, and the same -41C in a colder country, are silent
    assert _fc209("The mercury fell to -8C in Melo overnight.", "UY", "2024-07-10") == []
    assert _fc209("The mercury fell to -41C in Yellowknife overnight.", "CA", "2024-01-10") == []


def test_wind_chill_is_not_the_air():
    assert _fc209("With the wind chill it felt like -20C in Montevideo overnight.", "UY", "2024-07-10") == []


def test_fahrenheit_is_converted():
    # 118F (47.8C) is a hot Phoenix day, well inside the US record (56.7C)
    assert _fc209("Phoenix hit 118°F on Monday, forecasters said.", "US", "2024-07-10") == []
    # 118F in London is 47.8C, far beyond the UK's 40.3C; 98F (36.7C) is a hot London day
    assert _fc209("Temperatures in London hit 118°F on Monday.", "GB", "2024-07-19") == ["118°F"]
    assert _fc209("Temperatures in London hit 98°F on Monday.", "GB", "2024-07-19") == []


def test_fahrenheit_without_the_degree_sign():
    # in US copy the reader leaves "108F" a bare number; it is still 42.2C, beyond Singapore's 37.0C
    assert _fc209("Singapore hit 108F on Monday.", "US", "2024-07-19") == ["108F"]
    assert _fc209("Singapore hit 95F on Monday.", "US", "2024-07-19") == []
    assert _fc209("Temperatures in London hit 118F on Monday.", "GB", "2024-07-19") == ["118F"]
    assert _fc209("Temperatures in London hit 98F on Monday.", "GB", "2024-07-19") == []


def test_bare_degrees_must_be_impossible_in_both_scales():
    # 45 degrees may be Fahrenheit (7C), a London winter day: silent
    assert _fc209("Temperatures hit 45 degrees in London on Monday.", "GB", "2024-07-19") == []


def test_forecast_and_could_reach_are_checked():
    assert _fc209("Forecasters said London could reach 45C on Monday.", "GB", "2024-07-17") == ["45C"]
    assert _fc209("Forecasters said London could reach 39C on Monday.", "GB", "2024-07-17") == []


def test_a_record_broken_by_a_degree_is_silent_but_not_by_far():
    text = "Coningsby recorded {}C on Tuesday, breaking the national record of 40.3C."
    assert _fc209(text.format("41.6"), "GB", "2026-07-19") == []
    assert _fc209(text.format("43.1"), "GB", "2026-07-19") == []      # within the record margin of 3C
    assert _fc209(text.format("45.6"), "GB", "2026-07-19") == ["45.6C"]


def test_the_record_margin_is_wider_only_where_a_record_is_said():
    # 43.1C is 2.8C above the UK record: beyond the plain margin, within the record margin
    assert _fc209("Coningsby recorded 43.1C on Tuesday afternoon.", "GB", "2026-07-19") == ["43.1C"]


def test_another_country_named_in_the_sentence_owns_the_figure():
    # Kuwait's record (53.9C) is named beside Singapore's heat: the 53.9C is Kuwait's
    assert _fc209("Singapore sweltered at 36C, far from the 53.9C recorded in Kuwait in 2016.", "SG") == []


def test_the_world_record_named_in_the_sentence_is_silent():
    text = "Singapore's {} is far below the world record, 54.4C at Death Valley."
    assert _fc209(text.format("hottest day on record, at 37C,"), "SG") == []
    assert _fc209("Singapore recorded 54.4C on Tuesday, the weather service said.", "SG") == ["54.4C"]


def test_a_country_named_earlier_keeps_an_unnamed_place_possible():
    text = "India is sweltering. In Singapore the mercury stayed near 33C. Phalodi hit 50C on Sunday."
    assert _fc209(text, "SG") == []


def test_a_state_names_its_country():
    # Rajasthan is India's (record 51.0C): 50C there is possible even in a Singapore story
    assert _fc209("Temperatures in Rajasthan hit 50C on Sunday.", "SG") == []


def test_a_country_without_a_row_is_silent():
    assert _fc209("Temperatures in Iraq hit 52C on Sunday.", "SG") == []


def test_indoors_is_not_the_air():
    assert _fc209("Temperatures inside the classrooms reached 45C in London on Monday.", "GB", "2024-07-19") == []


def test_beyond_earths_record_is_fc204s_alone():
    found = [f.rule for f in factcheck.check("The mercury reached 125C in Singapore on Friday.",
                                              date="2024-08-03", country="SG")]
    assert "FC204" in found and "FC210" not in found


def test_the_margin_option_decides(tmp_path):
    # the rule's own option, not a constant: with margins of 20C, 47.2C in Singapore passes
    from factcheck.packs import load_rules
    from factcheck.paths import default_pack_dir
    text = (default_pack_dir() / "plausibility.yaml").read_text(encoding="utf-8")
    assert "      margin: 2.5\n" in text and "      record_margin: 3.0\n" in text
    text = text.replace("      margin: 2.5\n", "      margin: 20.0\n").replace("      record_margin: 3.0\n",
                                                                             "      record_margin: 20.0\n")
    (tmp_path / "plausibility.yaml").write_text(text, encoding="utf-8")
    rules = load_rules([tmp_path], core=False)
    sentence = "Singapore's Paya Lebar station recorded 47.2 deg C on Tuesday."
    assert not [f for f in factcheck.check(sentence, date="2024-05-14", country="SG", rules=rules) if f.rule == "FC210"]
    assert _fc209(sentence, "SG") == ["47.2 deg C"]


# -- the table ---------------------------------------------------------------------------------------

def test_table_holds_the_required_countries_and_sane_records():
    records = factcheck.tables.reference_data().temperature_records
    assert len(records) >= 60
    for code in ("GB", "US", "AU", "SG", "HK", "UY", "PK", "IN", "ZA", "FR", "DE", "NZ", "KW"):
        assert code in records
    assert records["SG"].number("high_c") == 37.0 and records["AU"].number("high_c") == 50.7
    assert records["US"].number("high_c") == 56.7
    for row in records.values():
        assert row.source and row.as_of
        low = row.number("low_c")
        assert low is None or low < row.number("high_c")


HEADER = "iso2,high_c,high_place,high_date,low_c,low_place,low_date,source,as_of\n"


@pytest.mark.parametrize("row, message", [
    ("XX,37.0,Tengah,1983-04-17,19.4,Paya Lebar,1934-01,MSS,1983-04-17", "not in countries.csv"),
    ("sg,37.0,Tengah,1983-04-17,19.4,Paya Lebar,1934-01,MSS,1983-04-17", "not an ISO alpha-2"),
    ("SG,hot,Tengah,1983-04-17,19.4,Paya Lebar,1934-01,MSS,1983-04-17", "not a number"),
    ("SG,37.0,Tengah,1983-04-17,39.4,Paya Lebar,1934-01,MSS,1983-04-17", "below high_c"),
    ("SG,37.0,,1983-04-17,19.4,Paya Lebar,1934-01,MSS,1983-04-17", "high_place"),
    ("SG,37.0,Tengah,17/04/1983,19.4,Paya Lebar,1934-01,MSS,1983-04-17", "high_date"),
    ("SG,37.0,Tengah,1983-04-17,,Paya Lebar,,MSS,1983-04-17", "without low_c"),
    ("SG,37.0,Tengah,1983-04-17,19.4,Paya Lebar,1934-01,,1983-04-17", "source"),
    ("SG,98.6,Tengah,1983-04-17,19.4,Paya Lebar,1934-01,MSS,1983-04-17", "not an air temperature"),
])
def test_a_bad_row_names_its_file_and_row(tmp_path, row, message):
    countries = open(factcheck.tables.reference_data().folder / "countries.csv", encoding="utf-8").read()
    (tmp_path / "countries.csv").write_text(countries, encoding="utf-8")
    (tmp_path / "temperature_records.csv").write_text(
        HEADER + "GB,40.3,Coningsby,2022-07-19,-27.2,Braemar,1895-02-11,Met Office,2022-07-19\n" + row + "\n",
        encoding="utf-8")
    with pytest.raises(TableError) as raised:
        ReferenceData(tmp_path).temperature_records
    assert "temperature_records.csv:3: " in str(raised.value)
    assert message in str(raised.value)


def test_a_second_row_for_a_country_is_an_error(tmp_path):
    countries = open(factcheck.tables.reference_data().folder / "countries.csv", encoding="utf-8").read()
    (tmp_path / "countries.csv").write_text(countries, encoding="utf-8")
    row = "GB,40.3,Coningsby,2022-07-19,-27.2,Braemar,1895-02-11,Met Office,2022-07-19\n"
    (tmp_path / "temperature_records.csv").write_text(HEADER + row + row, encoding="utf-8")
    with pytest.raises(TableError, match=r"temperature_records.csv:3: GB already has a row"):
        ReferenceData(tmp_path).temperature_records


def test_readings_listed_after_a_heat_index_are_the_index():
    text = "The highest heat index recorded on Friday was 49°C in Iba, followed by 47°C in Dagupan and 46°C in Aparri."
    assert _fc209(text, "PH", "2024-04-26") == []
    # the same list as air temperatures is beyond the Philippines' record (42.2C)
    assert _fc209(text.replace("heat index", "temperature"), "PH", "2024-04-26") == ["49°C", "47°C", "46°C"]
    # a definition that names the air temperature does not end the heat index's paragraph
    text = ("The heat index, or the feels-like temperature, combines air temperature and humidity. The bureau "
            "classifies readings of 42°C to 51°C as \"danger\", and anything from 52°C as \"extreme danger\".")
    assert _fc209(text, "PH", "2024-04-26") == []
    assert _fc209(text.replace("The heat index, or the feels-like temperature, combines",
                               "The bureau measures"), "PH", "2024-04-26") == ["42°C to 51°C", "52°C"]


def test_air_temperature_named_after_the_heat_index_is_the_airs():
    text = ("The heat index reached 52°C in Iba, while Tuguegarao posted an air temperature of 48.9°C by "
            "mid-afternoon.")
    assert _fc209(text, "PH", "2024-04-26") == ["48.9°C"]


def test_a_gap_or_a_change_is_not_a_reading():
    # read as levels, these would be far below Singapore's record low (19.4C)
    assert _fc209("Temperatures in Singapore were 1.5C above the long-term average last year.", "SG") == []
    assert _fc209("Temperatures in Singapore have risen by 0.25C per decade since 1948.", "SG") == []
    assert _fc209("Singapore has seen a warming of 1.8C in the city centre, the study said.", "SG") == []
    # the same small figure as a reading is beyond the record low
    assert _fc209("Temperatures in Singapore fell to 1.5C on Tuesday night.", "SG") == ["1.5C"]


def test_the_worlds_temperature_is_no_countrys():
    assert _fc209("Global temperatures are now 1.5C above pre-industrial levels, Singapore's minister said.",
                  "SG") == []
    assert _fc209("The world's hottest day saw 17.2C averaged across the globe.", "SG") == []
