"""Three readings of session 15c, in our own words, with the near misses that must stay silent:

* a series' first edition told by its place ("the inaugural edition in 2009", event_inaugural.py, FC602);
* a famous match told by its score and sides put in another year ("Germany beat Brazil 7-1 in the 2018 World
  Cup", event_matches.py, FC602);
* a recorded event put in a city of another country on its own day ("his 1:59:40 in Berlin on 12 October 2019",
  event_place.py, FC607).
"""
import pytest

import factcheck


def _found(text: str, date: str, country: str, rule: str) -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule == rule]


# -- the inaugural edition -----------------------------------------------------------------------------------------

INAUGURAL = [
    # the series from the story's first sentence, the noun generic
    ("Pakistan reached the T20 World Cup semi-finals on Thursday. Their captain recalled the inaugural edition "
     "in 2009, lost to India in the final.", "2022-11-10", "PK", "2009"),
    ("Pakistan reached the T20 World Cup semi-finals on Thursday. Misbah remembered the inaugural tournament in "
     "South Africa in 2008, when his scoop cost them the final.", "2022-11-10", "PK", "2008"),
    # the series in the "of" phrase, the most particular of the names it ends with
    ("Auckland's Eden Park staged the final of the inaugural edition of the Rugby World Cup in 1991.",
     "2023-09-01", "NZ", "1991"),
    # the series written after "inaugural" or "first"
    ("Montevideo will stage a centenary match, a hundred years after the inaugural FIFA World Cup in 1934.",
     "2024-12-12", "UY", "1934"),
    ("England hosted the first Cricket World Cup in 1979 and won none of the first three.", "2023-10-05", "GB",
     "1979"),
]


@pytest.mark.parametrize(("text", "date", "country", "wrong"), INAUGURAL)
def test_the_first_edition_told_by_its_place(text, date, country, wrong):
    found = _found(text, date, country, "FC602")
    assert [f.text for f in found] == [wrong]


INAUGURAL_SILENT = [
    # the right year
    ("Pakistan reached the T20 World Cup semi-finals on Thursday. Misbah remembered the inaugural tournament in "
     "South Africa in 2007, when his scoop cost them the final.", "2022-11-10", "PK"),
    # another competition's first edition named before the year
    ("India lost in the T20 World Cup semi-finals. Warne's Rajasthan Royals won the IPL's inaugural edition in "
     "2008.", "2022-11-10", "IN"),
    # a women's story: that series began in another year
    ("Australia won the Women's T20 World Cup on Sunday. England won the inaugural edition in 2009.",
     "2023-02-26", "AU"),
    # "the first ... in <place>" is the first of those played there
    ("South Africa hosted the World Cup. It was the first edition in Africa in 2010.", "2020-06-11", "ZA"),
    # another series in the "of" phrase
    ("Real Madrid played in the World Cup final. Corinthians won the inaugural edition of the Club World Cup in "
     "2000.", "2024-01-01", "BR"),
    # a side's first, not the series'
    ("India won the T20 World Cup. It was India's first T20 World Cup in 2024 under Sharma.", "2024-07-01", "IN"),
]


@pytest.mark.parametrize(("text", "date", "country"), INAUGURAL_SILENT)
def test_near_misses_of_the_first_edition_stay_silent(text, date, country):
    assert [f.text for f in _found(text, date, country, "FC602")] == []


# -- a famous match ------------------------------------------------------------------------------------------------

MATCHES = [
    ("Belo Horizonte's stadium will always be where Germany thrashed Brazil 7-1 at the 2010 World Cup.",
     "2024-03-01", "BR", "2010"),
    # one side the story's own country
    ("Fans still sing about the 2-1 upset of Argentina at the 2018 World Cup.", "2024-12-01", "SA", "2018"),
    ("Seoul celebrated the 2-0 win over holders Germany in Kazan in 2014.", "2022-06-27", "KR", "2014"),
]


@pytest.mark.parametrize(("text", "date", "country", "wrong"), MATCHES)
def test_a_famous_match_in_another_year(text, date, country, wrong):
    assert [f.text for f in _found(text, date, country, "FC602")] == [wrong]


MATCHES_SILENT = [
    ("Belo Horizonte's stadium will always be where Germany thrashed Brazil 7-1 at the 2014 World Cup.",
     "2024-03-01", "BR"),
    # the year counted from the match
    ("Brazil lost again to Germany in 2018, four years after the 7-1.", "2024-03-01", "BR"),
    # another score in the sentence: the year is that match's
    ("Brazil beat Germany 2-1 on penalties in 2016 to take Olympic gold, a balm after the 7-1.", "2024-03-01", "BR"),
    # the score without both sides
    ("Flamengo beat Vasco 7-1 in 2016.", "2024-03-01", "BR"),
]


@pytest.mark.parametrize(("text", "date", "country"), MATCHES_SILENT)
def test_near_misses_of_a_famous_match_stay_silent(text, date, country):
    assert [f.text for f in _found(text, date, country, "FC602")] == []


# -- a recorded event's place --------------------------------------------------------------------------------------

def test_a_record_put_in_another_countrys_city_on_its_day():
    text = "Eldoret's children were not yet born when Kipchoge ran 1:59:40 around a park in Berlin in 2019."
    found = _found(text, "2024-10-12", "KE", "FC607")
    assert [f.text for f in found] == ["Berlin"]
    assert found[0].suggestion == "Vienna"


@pytest.mark.parametrize("text", [
    # its own city
    "Eldoret's children were not yet born when Kipchoge ran 1:59:40 around a park in Vienna in 2019.",
    # a city of one of its own countries
    "Fans watched Kipchoge's 1:59:40 on screens in Nairobi on 12 October 2019.",
    # no date of the event after the place: where something later was done
    "Kipchoge's 1:59:40 was celebrated again in Berlin on Sunday.",
    # another day: a later race there
    "After his 1:59:40, Kipchoge won in Berlin in 2022.",
])
def test_near_misses_of_a_place_stay_silent(text):
    assert [f.text for f in _found(text, "2024-10-12", "KE", "FC607")] == []


# -- a name that is a clause of lasting ----------------------------------------------------------------------------

def test_how_long_a_clause_name_stood():
    found = _found("Guides tell visitors the Wall divided the city for 18 years.", "2019-11-09", "DE", "FC601")
    assert [f.text for f in found] == ["18 years"]


@pytest.mark.parametrize(("text", "country"), [
    ("Guides tell visitors the Wall divided the city for 28 years.", "DE"),
    ("The Berlin Wall stood for almost three decades.", "DE"),
    # a wall of another city, in a story from elsewhere
    ("The Wall divided the city for 18 years, residents of Nicosia recall.", "CY"),
])
def test_near_misses_of_a_clause_name_stay_silent(text, country):
    assert [f.text for f in _found(text, "2019-11-09", country, "FC601")] == []
