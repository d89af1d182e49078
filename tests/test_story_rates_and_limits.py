"""Session 12 readings from fresh copy, in our own words with their near misses: a conversion at another rate than
the story's own others (FC102), the currencies of Central Asia, the Caucasus and central Europe, a relative
humidity beside weather words, a train's top speed, and an economy a verb takes to a level."""
import pytest

import factcheck


def _rules(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def test_a_conversion_at_another_rate_than_the_story_s_others():
    text = ("Farmers are paid Tg 9,000 ($19.10) a tonne. The state will spend Tg 120bn ($2.6bn) this season and "
            "Tg 40bn ($85m) on silos.")
    found = [f for f in factcheck.check(text, date="2023-09-12", country="KZ") if f.rule == "FC102"]
    assert [f.text for f in found] == ["$2.6bn"]
    assert found[0].suggestion == "Did you mean $255m?"
    assert not [r for r in _rules(text.replace("$2.6bn", "$255m"), "2023-09-12", "KZ") if r[0] == "FC102"]


@pytest.mark.parametrize("text", [
    # two pairs only, and no table rate to say which slipped
    "The budget of GEL 90m ($33m) for buses follows GEL 450m ($1.2bn) for metro trains.",
    # the others disagree among themselves: no story rate to hold it to
    "Farmers are paid Tg 9,000 ($19.10) a tonne, Tg 120bn ($2.6bn) this season and Tg 40bn ($8.5bn) on silos.",
])
def test_no_story_rate_no_finding(text):
    assert not [r for r in _rules(text, "2024-05-21", "GE") if r[0] == "FC102"]


def test_the_marks_of_more_currencies_are_money():
    found = {f.text: f.unit for f in factcheck.extract("Tg 120bn, GEL 450m, zł 3.2bn and 500 forints")}
    assert found.get("Tg 120bn") == "KZT" and found.get("GEL 450m") == "GEL" and found.get("zł 3.2bn") == "PLN"


def test_relative_humidity_above_100_beside_weather_words():
    text = ("The heat index, which combines temperature and humidity, passed 50C on Monday, when relative humidity "
            "reached 118% in the early afternoon.")
    assert ("FC204", "118%") in _rules(text, "2023-04-18", "TH")
    assert not [r for r in _rules(text.replace("118%", "78%"), "2023-04-18", "TH") if r[0] == "FC204"]


def test_a_train_s_top_speed():
    text = "The extension gives residents direct access to trains that run at up to 3,000km/h down the west coast."
    assert ("FC204", "3,000km/h") in _rules(text, "2016-06-28", "TW")
    assert not [r for r in _rules(text.replace("3,000", "300"), "2016-06-28", "TW") if r[0] == "FC204"]
    # a plane's speed in the same sentence is no train's
    assert not [r for r in _rules("Planes cruise at up to 950km/h.", "2016-06-28", "TW") if r[0] == "FC204"]


def test_an_economy_taken_to_a_level():
    text = ("The economy grew 8.7% in 2022, when high oil prices pushed the size of Saudi Arabia's economy to about "
            "$110 billion for the first time.")
    assert [t for r, t in _rules(text, "2024-02-29", "SA") if r in ("FC203", "FC208")] == ["$110 billion"]
    assert not [r for r in _rules(text.replace("$110 billion", "$1.1 trillion"), "2024-02-29", "SA")
                if r[0] in ("FC203", "FC208")]


def test_a_projected_population_ten_times_too_big():
    # a target or projection is read above only past three times today's people
    text = "The census aims to record New Zealand's 48 million people."
    assert ("FC202", "48 million") in _rules(text, "2017-03-07", "NZ")
    assert not [r for r in _rules(text.replace("48", "4.8"), "2017-03-07", "NZ") if r[0] == "FC202"]
    assert not [r for r in _rules("New Zealand's population is projected to reach 7 million by 2050.", "2017-03-07",
                                  "NZ") if r[0] == "FC202"]


def test_an_index_gain_of_points_against_its_closes():
    text = "The index closed at 128,400 points, up from 126,550 on Tuesday, a gain of 2,850 points, or 1.5%."
    # (FC302 reads points between two index levels as their difference since session 14; FC315 gives way to it)
    assert {("FC315", "2,850"), ("FC302", "2,850")} & set(_rules(text, "2024-03-07", "BR"))
    assert not [r for r in _rules(text.replace("2,850", "1,850"), "2024-03-07", "BR") if r[0] in ("FC315", "FC302")]


def test_a_whole_with_its_conversion_then_its_parts():
    # the bracketed conversion is the whole again, not the first part
    text = ("Red Range approved a A$4.2bn (US$3.25bn) iron ore development, comprising A$1.8bn for the mine, A$1.6bn "
            "for a 146km rail line and A$1.3bn for a new berth.")
    assert ("FC308", "A$4.2bn") in _rules(text, "2024-03-07", "AU")
    assert not [r for r in _rules(text.replace("A$4.2bn (US$3.25bn)", "A$4.7bn (US$3.6bn)"), "2024-03-07", "AU")
                if r[0] == "FC308"]
