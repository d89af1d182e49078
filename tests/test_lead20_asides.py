"""A recorded event named inside an aside about the subject ("Liverpool, who lost the 2018 Champions League
final,") does not own the date after the aside closes: "..., won in 2019" is the subject's. A date written onto
the event itself is still held to the record."""
import pytest

import factcheck


def _fc602(text, date, country):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC602"]


@pytest.mark.parametrize("text, country", [
    ("Liverpool, who lost the 2018 Champions League final, won in 2019.", "GB"),
    ("The Houston Astros, who lost the 2019 World Series, won in 2022.", "US"),
    ("Argentina, beaten in the 2014 World Cup final, won in 2022.", "AR"),
])
def test_date_after_a_closed_aside_is_the_subjects(text, country):
    assert _fc602(text, "2024-05-01", country) == []


@pytest.mark.parametrize("text, country, wrong", [
    ("Liverpool lost the 2018 Champions League final in 2019.", "GB", "2019"),
    ("The tsunami, which struck on 26 December 2005, killed 230,000 people.", "ID", "26 December 2005"),
])
def test_date_written_onto_the_event_is_still_checked(text, country, wrong):
    assert wrong in _fc602(text, "2024-05-01", country)


def test_place_after_a_year_since_is_the_new_editions():
    # "since 1986" is the last title before the one told; Qatar is where the new one came
    assert _fc602("Argentina's first World Cup title since 1986 came in Qatar in December.", "2023-01-10", "AR") == []
    assert "1986" in _fc602("Argentina won the World Cup in 1986 in Qatar.", "2023-01-10", "AR")
