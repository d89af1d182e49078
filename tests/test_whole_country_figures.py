"""A whole country's figures said in shapes the first readers missed (plausibility, session 12): its exports to all
the world, the economy "which produces" its output, "a kingdom of N people", Irish copy's "the State", and the age
of a country's oldest resident. In our own words, with the near miss each guard is for."""
import pytest

import factcheck


def _found(text: str, date: str, country: str) -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


FLAGGED = [
    # exports to all the world ten times too big: more than twice the economy
    ("Turkey's total exports reached a record $2.55 trillion last year, the trade ministry said.", "2024-01-04", "TR",
     "$2.55 trillion", "$255 billion"),
    ("Vietnam's exports, which reached a record $3.7 trillion last year, fell by a tenth this year.", "2023-09-01",
     "VN", "$3.7 trillion", "$370 billion"),
    # what an economy produces is its output
    ("New Zealand's economy, which produces roughly NZ$4 trillion of goods and services a year, can afford it.",
     "2024-06-01", "NZ", "NZ$4 trillion", None),
    # a kingdom of N people is a country's head count
    ("Housing is the biggest item in the budget of a kingdom of about 15 million people, where citizens expect a "
     "home.", "2024-03-01", "BH", "15 million", None),
    # "the State" is how Irish copy names the country
    ("The State's population of about 51 million is growing by roughly 1.5% a year.", "2024-03-01", "IE",
     "51 million", None),
    # the oldest resident is a person: no one has lived to 131
    ("Norway's oldest resident, a retired teacher in Bergen, turned 131 last month.", "2024-01-10", "NO", "131", None),
]


@pytest.mark.parametrize(("text", "date", "country", "figure", "meant"), FLAGGED)
def test_a_whole_country_figure_out_of_range(text, date, country, figure, meant):
    found = _found(text, date, country)
    assert [f.text for f in found] == [figure]
    if meant:
        assert found[0].suggestion == meant


SILENT = [
    # the right size
    ("Turkey's total exports reached a record $255 billion last year, the trade ministry said.", "2024-01-04", "TR"),
    # an entrepôt ships more than its GDP, though not twice
    ("Hong Kong's total exports reached HK$4.7 trillion last year.", "2024-01-04", "HK"),
    # a province's exports, a product's: parts, not the country's flow
    ("Gaziantep's exports reached $10.4 billion last year.", "2024-01-04", "TR"),
    ("Turkey's exports of cars reached $2.55 trillion in lira terms over the decade.", "2024-01-04", "TR"),
    # what the economy generated in one line of business is a part of it
    ("Kenya's economy, which generated $2 billion in tourism revenue, grew 5.6%.", "2024-06-01", "KE"),
    # a US state is "the state", lowercase
    ("The state's population of about 39 million is growing slowly.", "2024-03-01", "US"),
    # an old building is no person
    ("The town's oldest building turned 131 this year.", "2024-01-10", "NO"),
]


@pytest.mark.parametrize(("text", "date", "country"), SILENT)
def test_silent_where_the_figure_is_no_whole_country_s(text, date, country):
    assert not _found(text, date, country)


def test_a_region_s_largest_economy_is_the_story_s_own():
    text = "The minister said Southeast Asia's largest economy, worth about $10 trillion, remained sound."
    assert [f.text for f in _found(text, "2018-10-09", "ID")] == ["$10 trillion"]
    assert not _found(text.replace("$10 trillion", "$1 trillion"), "2018-10-09", "ID")
    # another country named in the sentence may be the region's largest
    assert not _found("Unlike Indonesia, Southeast Asia's largest economy, worth about $10 trillion, is Thailand's.",
                      "2018-10-09", "TH")


def test_a_kingdom_of_n_people_does_not_point_forward_to_a_country_named_later():
    text = ("Housing is one of the biggest items in the budget for a kingdom of about 15 million people. The government "
            "agreed to a $10 billion support package from Saudi Arabia, the UAE and Kuwait.")
    assert [f.text for f in _found(text, "2019-03-06", "BH")] == ["15 million"]
    # named before the figure, the larger kingdom may be the one meant
    before = ("Saudi Arabia pledged support. Housing is one of the biggest items in the budget for a kingdom of about "
              "15 million people.")
    assert not _found(before, "2019-03-06", "BH")


@pytest.mark.parametrize(("text", "country", "figure"), [
    # where a country ranks names no owner of its figures
    ("Tunisia has one of the lowest levels of water resources in the Mediterranean, at about 450 cubic metres a "
     "year for each of its 113 million inhabitants.", "TN", "113 million"),
    ("Armenia's economy grew by more than 8% in 2023, one of the fastest rates in Europe and Central Asia, taking "
     "gross domestic product to about $240bn.", "AM", "$240bn"),
])
def test_the_place_a_country_ranks_in_is_not_the_figure_s_owner(text, country, figure):
    assert [f.text for f in _found(text, "2024-03-01", country)] == [figure]


@pytest.mark.parametrize(("text", "country"), [
    # a region's own head count or output may be that large
    ("Water is scarce in the Mediterranean, home to about 113 million inhabitants on its southern shore.", "TN"),
    ("Growth was strong in Europe and Central Asia, taking output there to about $240bn.", "AM"),
])
def test_a_place_that_owns_the_figure_still_silences(text, country):
    assert not _found(text, "2024-03-01", country)


def test_the_home_country_named_in_the_sentence_owns_its_gdp_whoever_the_story_also_names():
    text = ("Armenia's banks earned a record as money and people from Russia kept arriving. Armenia's economy grew by "
            "more than 8% in 2023, taking gross domestic product to about $240bn. Russians moved to Armenia and to "
            "Georgia; Russia's economy slowed.")
    assert [f.text for f in _found(text, "2024-03-01", "AM")] == ["$240bn"]
    # without the home country's name the sentence after Russia's is not surely Armenia's
    unnamed = text.replace("Armenia's economy grew", "The economy grew")
    assert not _found(unnamed, "2024-03-01", "AM")
