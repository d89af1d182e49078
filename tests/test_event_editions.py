"""A series' host or final venue beside a year it was not played there (event_editions.py, read by FC602):
in our own words, with the near misses each guard is for."""
import pytest

import factcheck


def _years(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC602"]


FLAGGED = [
    # a host city of the Olympics, the year of another edition
    ("Swimming has not had a better week since Athens staged the Games in 2008.", "2016-08-12", "GR", "2008", "2004"),
    # a final venue of the cricket World Cup; the country names the edition it won
    ("Australia's second World Cup title, sealed at Lord's in 2003 with an eight-wicket win, began their run of "
     "dominance in one-day cricket.", "2015-03-01", "AU", "2003", "1999"),
    # a football final venue, the series named in the sentence before
    ("The World Cup returns to England for the first time in decades. The hosts won the tournament at Wembley in "
     "1970, beating West Germany after extra time.", "2024-05-01", "GB", "1970", "1966"),
]


@pytest.mark.parametrize(("text", "date", "country", "wrong", "meant"), FLAGGED)
def test_a_year_beside_a_place_of_another_edition(text, date, country, wrong, meant):
    assert wrong in _years(text, date, country)
    finding = next(f for f in factcheck.check(text, date=date, country=country) if f.text == wrong)
    assert finding.suggestion == meant
    assert not _years(text.replace(wrong, meant), date, country)


SILENT = [
    # the place and the year are two clauses
    ("The velodrome was built for the Olympics in London and reused in 2016 for the cycling worlds.", "2020-06-01",
     "GB"),
    # an edition named with its year: other readers check it
    ("Crowds at the 2000 Olympics in Sydney were the largest of any Games.", "2021-07-27", "AU"),
    # no recorded edition that year: the table may lack the one meant
    ("London first hosted the Games in 1908.", "2024-07-26", "GB"),
    # another sport's World Cup in a story of it
    ("The rugby World Cup final at Twickenham in 2015 drew 80,000 fans.", "2023-09-01", "GB"),
]


@pytest.mark.parametrize(("text", "date", "country"), SILENT)
def test_edition_near_misses_stay_silent(text, date, country):
    assert not _years(text, date, country)


def test_another_competition_of_the_same_name_is_not_the_recorded_one():
    # the 2010 FIFA World Cup is "the World Cup in South Africa"; the Under-19 cricket one is another event
    text = "Selectors are watching ahead of the ICC Under-19 World Cup in South Africa in January and February."
    assert not factcheck.check(text, date="2019-11-25", country="PK")


def test_a_yearless_day_across_the_turn_of_the_year_takes_the_nearest_year():
    # 12 January 2024 was a Friday: in a December 2023 story "Friday, January 12" is next month's
    text = "The tournament kicks off at Lusail on Friday, January 12, when the holders play Lebanon."
    assert not factcheck.check(text, date="2023-12-17", country="QA")


@pytest.mark.parametrize(("text", "wrong", "meant"), [
    ("The era included Spain's only World Cup, won in South Africa in 2006, and two European titles.", "2006", "2010"),
    ("Coaches credit the boom to Germany's World Cup win in Brazil in 2010.", "2010", "2014"),
])
def test_a_host_country_beside_the_year_of_another_edition(text, wrong, meant):
    found = [f for f in factcheck.check(text, date="2024-07-15", country="ES") if f.rule == "FC602"]
    assert [(f.text, f.suggestion) for f in found] == [(wrong, meant)]


def test_a_host_country_of_two_hosts_names_no_single_edition():
    # Japan co-hosted 2002 with South Korea: "in Japan" is not enough to tell an edition
    assert not factcheck.check("Brazil's fifth World Cup came in Japan in 2006.", date="2024-01-01", country="BR")


def test_a_race_named_anywhere_in_the_sentence_times_its_result():
    text = ("Okonjo won the men's 100 metres at the provincial athletics championships in Regina on Sunday, "
            "clocking 8.93 seconds in the final.")
    assert [f.rule for f in factcheck.check(text, date="2024-06-01", country="CA")] == ["FC204"]


def test_the_place_is_shown_beside_the_year_either_may_be_the_slip():
    text = "Memorabilia from Spain's only World Cup, won in Brazil in 2010, sold for €2m."
    found = [f for f in factcheck.check(text, date="2024-05-01", country="ES") if f.rule == "FC602"]
    assert len(found) == 1 and found[0].text == "2010"
    assert [text[s.start:s.end] for s in found[0].related] == ["Brazil"]
    assert "The year or the place is wrong" in found[0].message
