"""Near misses the reviewers of session 18 found, in sentences of our own: each stays silent for the reason
its reading names, beside a catch of the same shape that must still be made."""
from __future__ import annotations

import pytest

import factcheck


def rules(text: str, date: str, country: str) -> list[str]:
    return [f.rule for f in factcheck.check(text, date=date, country=country)]


SILENT = [
    # FC208: a figure above the whole country's, of people who watch or tune in from anywhere, owns no country
    ("FC208", "More than 100 million people watched the song contest final in Malmo on Saturday, organisers said.",
     "2024-05-12", "SE"),
    ("FC208", "About 1.2 billion people watch the cup final each year, and Brussels hopes to host it.",
     "2024-05-10", "BE"),
    # FC208: a country's consumers are a part of its people, unless the sentence makes them "a market of"
    ("FC208", "India's 150 million consumers are increasingly buying online, the report said.", "2024-05-10", "IN"),
    # FC418: another runner's time is not the winner's referred back
    ("FC418", "Dizon won the 100m final in 10.29 seconds on Saturday. Lopez's 10.39-second run earned him silver.",
     "2024-05-10", "PH"),
    # FC418: the time referred back was given, as the meet record
    ("FC418", "Dizon won the 200m in 20.45 seconds, beating the 20.54-second meet record. Dizon's 20.54-second run "
              "was the best of her career.", "2024-05-10", "PH"),
    # FC409: "a year earlier" counts from the year just named, not from the year of publication
    ("FC409", "The cooperative sold 16.2 million cartons of milk in 2021, it said on Monday.\n\nSales rose sharply "
              "from the 12.6 million cartons it sold a year earlier, when lockdowns shut cafes.", "2022-02-08", "UY"),
    # FC602: a country may have more than one coup or referendum in a few years
    ("FC602", "Colonel Assimi Goita, who seized power in the 2021 coup, named a new prime minister on Tuesday.",
     "2024-05-10", "ML"),
    ("FC602", "Colombians rejected all seven questions put to them in the 2018 referendum on corruption.",
     "2024-05-10", "CO"),
]


@pytest.mark.parametrize("rule,text,date,country", SILENT)
def test_review_near_miss_silent(rule, text, date, country):
    assert rule not in rules(text, date, country)


CAUGHT = [
    # FC208: a figure ten times the country's with its owner said
    ("FC208", "Some 340 million people live in Ghana, the census found.", "2024-05-10", "GH"),
    ("FC208", "More than 340 million people in Ghana have phones, the regulator said.", "2024-05-10", "GH"),
    # FC208: "a market of" makes the consumers the whole
    ("FC208", "Investors see India as a market of 143 million consumers.", "2024-05-10", "IN"),
    # FC418: the winner's own time referred back with a digit swapped
    ("FC418", "Dizon won the 100m final in 10.29 seconds on Saturday. Dizon's 10.92-second run was a meet record.",
     "2024-05-10", "PH"),
]


@pytest.mark.parametrize("rule,text,date,country", CAUGHT)
def test_review_catch_kept(rule, text, date, country):
    assert rule in rules(text, date, country)


def test_head_count_of_long_ago_kept_silent_by_its_year(monkeypatch):
    """tests/test_h18a_magnitude.py's 1950 near miss is silenced by the year guard, not by an unsaid owner."""
    from factcheck.ruletypes import plausibility_magnitude
    text = "In 1950 Germany's population stood at about 8.3 million."
    assert "FC208" not in rules(text, "2024-03-01", "DE")
    monkeypatch.setattr(plausibility_magnitude, "YEARS_CLOSE", 1000)
    assert "FC208" in rules(text, "2024-03-01", "DE")


def test_market_off_the_band_kept_silent_by_the_band(monkeypatch):
    """tests/test_h18a_magnitude.py's Indonesian market near miss reaches the band check and is silenced there."""
    from factcheck.ruletypes import plausibility_magnitude
    text = "Chains are opening stores because Indonesia is a market of about 35 million consumers."
    assert "FC208" not in rules(text, "2024-03-01", "ID")
    monkeypatch.setattr(plausibility_magnitude, "BAND", 0.5)
    assert "FC208" in rules(text, "2024-03-01", "ID")
