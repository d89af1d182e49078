"""Country head counts from session 17's b183-b186 (helper h17f): a population read through "which rose by N last
year to" and a clause before it whose subject is a pronoun; the year a series began ("the biggest drop since the
survey began in 1970") that dates no head count; a pronoun standing for a part of the country ("The delta covers
... It is home to N people"), which owns a figure below the country's; and their near misses."""
import pytest

import factcheck


def _plausibility(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


# -- "the population, which rose by N last year to ..." --------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the pronoun belongs to the clause before "as": the population is the story's own country's
    "The Belgian government is under pressure. The lists for social flats are getting longer. They have grown as "
    "the population, which rose by about 120,000 last year to almost 1.7 million, has outrun building.",
    "Belgium is short of homes. The shortfall has widened as the population, which rose to nearly 1.2 million, "
    "kept growing.",
])
def test_a_population_through_a_relative_clause_is_read(text):
    # Belgium had about 11.8 million people
    assert _plausibility(text, "2024-10-02", "BE") == ["1.7 million" if "1.7 million" in text else "1.2 million"]


@pytest.mark.parametrize("text", [
    # the right size
    "The Belgian government is under pressure. The lists for social flats are getting longer. They have grown as "
    "the population, which rose by about 120,000 last year to almost 11.7 million, has outrun building.",
    # a name opening the sentence before may be a city's
    "The Belgian government is under pressure. Antwerp is short of flats. They have grown scarce as the "
    "population, which rose by about 8,000 last year to almost 0.55 million, has outrun building.",
    # a city named before: "the population" refers back to it
    "Antwerp keeps growing. The population, which rose by about 8,000 last year to almost 0.55 million, is young.",
    "The city keeps growing. The population, which rose to almost 1.2 million last year, is young.",
    # the pronoun is the population's own clause's subject: "It says the population ..."
    "It says the population, which rose to almost 1.2 million, needs more homes.",
])
def test_a_population_through_a_relative_clause_near_misses(text):
    assert _plausibility(text, "2024-10-02", "BE") == []


# -- the year a series began ----------------------------------------------------------------------------------

def test_the_year_a_survey_began_does_not_date_the_head_count():
    text = ("The number of deaths outran births by 300,000, the widest gap since the survey began in 1970, "
            "leaving Germany's population at about 8.3 million.")
    assert _plausibility(text, "2024-06-20", "DE") == ["8.3 million"]
    # plain "since 1970" too
    assert _plausibility(text.replace("since the survey began in 1970", "since 1970"), "2024-06-20", "DE") \
        == ["8.3 million"]


@pytest.mark.parametrize("text", [
    # the right size
    "Deaths outran births by 300,000, the widest gap since the survey began in 1970, leaving Germany's "
    "population at about 83 million.",
    # a head count of that year: historic, a country had fewer people then
    "The census of 1970 put Germany's population at about 7.8 million.",
    "In 1970, Germany's population was about 7.8 million.",
])
def test_the_year_a_survey_began_near_misses(text):
    assert _plausibility(text, "2024-06-20", "DE") == []


# -- a pronoun standing for a part of the country ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The delta covers about 40,000 square kilometres of farmland. It grows half of the country's rice and is "
    "home to some 9.9 million people.",
    "The valley stretches for 300km. It supplies a third of the nation's fruit and is home to about 9.9 million "
    "people.",
])
def test_a_parts_people_after_a_pronoun_are_not_the_countrys(text):
    # Vietnam had about 99 million people: 9.9 million would be a tenfold slip if it were the country's
    assert _plausibility(text, "2024-03-05", "VN") == []


def test_a_pronoun_for_the_country_still_reads_its_people():
    text = "The country is long and narrow. It grows rice for export and is home to some 9.9 million people."
    assert _plausibility(text, "2024-03-05", "VN") == ["9.9 million"]


# -- a river's length (limits.csv: no river runs longer than the Nile) ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Volga, Europe's longest river, runs for about 35,300 kilometres before it empties into the Caspian Sea.",
    "The Mekong, the region's longest river, stretches 47,000km from the Tibetan Plateau to the sea.",
])
def test_a_river_longer_than_the_nile_is_caught(text):
    assert len(_plausibility(text, "2024-04-02", "RU")) == 1


@pytest.mark.parametrize("text", [
    # the right size
    "The Volga, Europe's longest river, runs for about 3,530 kilometres before it empties into the Caspian Sea.",
    # a pipeline laid across a river is longer than the river
    "The pipeline, which crosses the country's longest river twice, runs for 12,000km.",
    # all of a country's rivers together
    "The country's rivers stretch for 45,000km in all.",
    # a pipeline beside a river, and the longest published measures of the Amazon and the Nile (review, session 17)
    "A pipeline along the river runs 7,000km to the coast.",
    "The Amazon river runs for 6,992km, according to Brazilian researchers.",
    "The Amazon river stretches 4,345 miles from the Andes to the Atlantic.",
    "The Nile, the world's longest river, which runs for 6,853km, feeds eleven countries.",
])
def test_a_rivers_length_near_misses(text):
    assert _plausibility(text, "2024-04-02", "RU") == []
