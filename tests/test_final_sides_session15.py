"""Finals told with sides that are no country (England, the West Indies), the winner after "won by", a relative
"who", an edition the sentence before named, and a month or "last year's" standing for the year (event_results.py,
FC604/FC605). In our own words, with the near misses that must stay silent."""
import pytest

import factcheck


def _results(text: str, date: str, country: str, rule: str = "FC604") -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule == rule]


FLAGGED = [
    # England as a side: the 2003 final's loser was Australia
    ("Wilkinson's drop goal sealed it: England beat Fiji 20-17 in the Rugby World Cup final in Sydney in 2003.",
     "2023-11-01", "GB", "Fiji", "Australia"),
    # England as the beaten side, the year told by a month without one ("in October", the story being of April)
    ("The Springboks kept the Rugby World Cup, edging England 12-11 in the final at the Stade de France in "
     "October.", "2024-04-02", "ZA", "England", "New Zealand"),
    # the West Indies as a side in cricket
    ("Sammy's men lifted the World Twenty20 in Kolkata in 2016, when the West Indies beat Australia in the final "
     "at Eden Gardens.", "2021-04-03", "JM", "Australia", "England"),
    # the winner after "won by", the year told by "last year's"
    ("Last year's Basketball World Cup, held in Manila, was won by Serbia, who lost only once all tournament, "
     "in the final.", "2024-06-01", "PH", "Serbia", "Germany"),
    # "who" right after a side: the side the clause is about
    ("Fans recall the 2011 Cricket World Cup, won by Sri Lanka, who beat India in the final in Mumbai.",
     "2021-04-02", "LK", "Sri Lanka", "India"),
]


@pytest.mark.parametrize(("text", "date", "country", "wrong", "meant"), FLAGGED)
def test_a_final_with_the_new_readings(text, date, country, wrong, meant):
    found = _results(text, date, country)
    assert [f.text for f in found] == [wrong]
    assert found[0].suggestion == meant


def test_the_edition_named_in_the_sentence_before():
    text = ("The stadium hosted the opening game of the 2010 World Cup. The tournament, the first held in "
            "Africa, was won by the Netherlands.")
    found = _results(text, "2020-06-11", "ZA")
    assert [f.text for f in found] == ["Netherlands"]
    assert found[0].suggestion == "Spain"


SILENT = [
    # the right sides
    ("Wilkinson's drop goal sealed it: England beat Australia 20-17 in the Rugby World Cup final in Sydney in 2003.",
     "2023-11-01", "GB"),
    ("The Springboks kept the Rugby World Cup, edging New Zealand 12-11 in the final at the Stade de France in "
     "October.", "2024-04-02", "ZA"),
    ("Last year's Basketball World Cup, held in Manila, was won by Germany, who beat Serbia in the final.",
     "2024-06-01", "PH"),
    # England as a place, not a side
    ("The 2019 Cricket World Cup final in England was won by the hosts at Lord's after a super over.",
     "2024-07-14", "GB"),
    # "won by" of something else than the edition: a seat, with no tournament
    ("The seat was won by Kenya's ruling party in 2022.", "2024-07-14", "KE"),
    # the sentence before names two years: which edition is not told
    ("The stadium hosted World Cup games in 2006 and 2010. The tournament was won by the Netherlands.", "2020-06-11",
     "ZA"),
    # a sentence opening on "The tournament" with its own year is read by that year, not the sentence before
    ("The stadium hosted the opening game of the 2010 World Cup. The tournament in 2014 was won by Germany.",
     "2020-06-11", "ZA"),
]


@pytest.mark.parametrize(("text", "date", "country"), SILENT)
def test_near_misses_stay_silent(text, date, country):
    assert not _results(text, date, country)


def test_england_hosts_as_the_united_kingdom():
    text = "The 2019 Cricket World Cup, co-hosted by England and Wales, ended with a super over at Lord's."
    assert not _results(text, "2024-07-14", "GB", "FC605")


PLACED = [
    # the year on a noun every edition answers to, the series the story names by its particular name
    ("The Rugby World Cup semi-final was tight. The champions won the 2015 tournament in France, beating "
     "Australia.", "2019-10-27", "NZ", "France", "United Kingdom"),
    # the edition told after the country: "the World Cup they won in Germany in July 2010"
    ("Spain's players still speak of the World Cup they won in Germany in July 2010.", "2020-07-11", "ES",
     "Germany", "South Africa"),
]


@pytest.mark.parametrize(("text", "date", "country", "wrong", "meant"), PLACED)
def test_an_edition_placed_in_another_editions_host(text, date, country, wrong, meant):
    found = _results(text, date, country, "FC605")
    assert [f.text for f in found] == [wrong]
    assert found[0].suggestion == meant


PLACED_SILENT = [
    # the right host
    ("The Rugby World Cup semi-final was tight. The champions won the 2015 tournament in England, beating "
     "Australia.", "2019-10-27", "NZ"),
    # a country that never hosted the series: a place of something else, not two editions run together
    ("The Rugby World Cup semi-final was tight. Fans watched the 2015 tournament in Kenya on big screens.",
     "2019-10-27", "KE"),
    # the series not told: which "2015 tournament" is not known
    ("The champions won the 2015 tournament in France, beating Australia.", "2019-10-27", "NZ"),
]


@pytest.mark.parametrize(("text", "date", "country"), PLACED_SILENT)
def test_placed_near_misses_stay_silent(text, date, country):
    assert not _results(text, date, country, "FC605")


def test_watching_told_after_the_hosting_date_is_no_guard():
    text = ("Tour firms sold trips to the Rugby World Cup, as fans won over when Japan hosted the tournament in "
            "2015 travel to watch the team abroad.")
    found = [f for f in factcheck.check(text, date="2023-09-05", country="JP") if f.rule == "FC602"]
    assert [f.text for f in found] == ["2015"]
    # watching told before it still keeps the sentence silent, as before
    watched = "The Rugby World Cup drew crowds. Fans watched on big screens when Japan hosted the tournament in 2015."
    assert not [f for f in factcheck.check(watched, date="2023-09-05", country="JP") if f.rule == "FC602"]
