"""Round 6: dates and years read against the story's own anchors, whatever the sentence's shape. All our own words.

- reference: a full date in a story about a recorded event that misses its record in one part by a little, in a
  sentence that tells the event happening (its kind, or what it did), though no frame binds the date to a noun;
  and an event named by its series and a year while its host is written beside it, where that host staged the
  series in another year ("the 2006 World Cup in South Africa").
- date: an age or a count of years of the person or thing the story gives a year for (born, built, founded,
  opened), wherever the story gives it.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


# -- a full date one part off, told as the event happening --------------------------------------------------

EVENT_DAY_WRONG = [
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nMore than 35,000 Sri Lankans died when the "
     "sea surged inland on December 25, 2004, flattening whole villages on the southern coast.",
     "2019-12-26", "LK", "December 25, 2004"),
    ("Fishermen in Galle still talk of the Boxing Day tsunami.\n\nOn 27 December 2004 the sea rose without "
     "warning and swept away most of the fleet moored in the harbour.", "2014-12-26", "LK", "27 December 2004"),
    ("Christchurch has rebuilt its cathedral square a decade after the earthquake.\n\nOffice blocks across "
     "the central city came down at 12.51pm on 23 February 2011, and 185 people died.",
     "2021-02-22", "NZ", "23 February 2011"),
    ("The Tohoku earthquake changed Japan's energy policy.\n\nWhen the ground began shaking at 2.46pm on "
     "11 April 2011, the reactors at Fukushima shut down automatically.", "2016-03-11", "JP", "11 April 2011"),
    ("Concepción marks ten years since the Maule earthquake.\n\nAt 3.34am on 27 February 2011 the ground shook "
     "for nearly three minutes and the sea then flooded Talcahuano.", "2020-02-27", "CL", "27 February 2011"),
    ("Kathmandu's temples are still being restored after the Gorkha earthquake.\n\nDharahara tower collapsed "
     "shortly before noon on 24 April 2015, killing more than 100 people inside.", "2020-04-25", "NP",
     "24 April 2015"),
]

EVENT_DAY_RIGHT = [
    # a day after: aid, not the wave
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nOn 27 December 2004, a day after the "
     "tsunami, the first aid flights landed in Colombo.", "2019-12-26", "LK"),
    # a later date with no verb of the event: what was done about it
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nThe government appealed for foreign help "
     "on December 28, 2004, as the tsunami's toll climbed past 20,000.", "2019-12-26", "LK"),
    # a day before, said to be before
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nThe Hendersons checked into the beach "
     "hotel on 24 December 2004, two days before the tsunami.", "2019-12-26", "LK"),
    # the right date in the same sentence: the other date is another thing's
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nThe waves struck on 26 December 2004 and "
     "the navy reached Galle on 27 December 2004.", "2019-12-26", "LK"),
    # a year later: the anniversary
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nSurvivors gathered on the beach on "
     "26 December 2005, a year after the waves struck.", "2019-12-26", "LK"),
    # Christmas Eve, with no word of the wave
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nOn 25 December 2004 the hotel served a "
     "Christmas dinner for 300 guests.", "2019-12-26", "LK"),
    # another country's event on that day (the Bam earthquake struck Iran on 26 December 2003)
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nA year earlier, on 26 December 2003, an "
     "earthquake struck Bam in Iran, killing 26,000.", "2019-12-26", "LK"),
]


@pytest.mark.parametrize("text,date,country,wrong", EVENT_DAY_WRONG)
def test_event_day_wrong(text, date, country, wrong):
    assert wrong in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", EVENT_DAY_RIGHT)
def test_event_day_right(text, date, country):
    assert found(text, date, country, "reference") == []


# -- a series named with a year and a host that staged it in another year -----------------------------------

HOST_YEAR_WRONG = [
    ("The guesthouse opened ahead of the 2006 World Cup in South Africa and has been full most winters since.",
     "2019-05-02", "ZA", "2006"),
    ("Hotel building boomed in Durban when South Africa hosted the 2006 Fifa World Cup.", "2019-05-02", "ZA",
     "2006"),
    ("The stadium was built for the 2018 World Cup, staged in Qatar, at a cost of $770 million.",
     "2024-01-10", "QA", "2018"),
    ("Prices in Moscow hotels tripled during the 2022 World Cup hosted by Russia, the report said.",
     "2024-01-10", "RU", "2022"),
    ("Brazil, host of the 2010 World Cup, spent billions on stadiums that now stand empty.",
     "2020-06-01", "BR", "2010"),
    ("The airport terminal opened before the 2014 FIFA World Cup that Russia hosted.", "2020-06-01", "RU",
     "2014"),
]

HOST_YEAR_RIGHT = [
    ("South Africa's players watched the 2006 World Cup in Germany on television.", "2019-05-02", "ZA"),
    ("The guesthouse opened ahead of the 2010 World Cup in South Africa.", "2019-05-02", "ZA"),
    ("South Africa, which hosted the 2010 World Cup, did not qualify for the 2006 World Cup.", "2019-05-02",
     "ZA"),
    ("Ghana reached the quarter-finals in South Africa after a strong 2006 World Cup in Germany.", "2019-05-02",
     "GH"),
    ("Brazil's 2010 World Cup squad was knocked out by the Netherlands.", "2020-06-01", "BR"),
    ("The 2006 World Cup, which Italy won, drew fans from South Africa to Berlin.", "2019-05-02", "ZA"),
]


@pytest.mark.parametrize("text,date,country,wrong", HOST_YEAR_WRONG)
def test_host_year_wrong(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country, "reference"))


@pytest.mark.parametrize("text,date,country", HOST_YEAR_RIGHT)
def test_host_year_right(text, date, country):
    assert found(text, date, country, "reference") == []


# -- an age or a count of years against the person's or thing's year anywhere in the story -------------------

TIMELINE_WRONG = [
    ("Grace Phiri was born in 1961 in a village near Kabwe.\n\nThe 58-year-old told a field day on Saturday "
     "that irrigation had changed her farm.", "2026-11-04", "ZM", "58-year-old"),
    ("Born in 1970, Tomas Berg has run the ferry for two decades.\n\nBerg, now 61, says he will retire next "
     "year.", "2025-03-01", "NO", "61"),
    ("The steel bridge, built in 2003 with donor money, was the only crossing.\n\nVillagers said it had not "
     "been inspected since it opened 19 years ago.", "2018-08-06", "NP", "19 years ago"),
    ("The school was founded in 1998 by a group of parents.\n\nSince the school opened its doors 30 years "
     "ago, it has sent 4,000 pupils to university.", "2024-05-01", "KE", "30 years ago"),
    ("Completed in 1985, the dam holds water for three towns.\n\nEngineers say the 45-year-old dam needs new "
     "spillway gates.", "2020-05-01", "ZA", "45-year"),
    ("The market hall was built in 1990.\n\nTraders said the hall, opened 40 years ago, had never had its "
     "roof replaced.", "2020-09-01", "GB", "40 years ago"),
]

TIMELINE_RIGHT = [
    # another person's age
    ("Grace Phiri was born in 1961 in a village near Kabwe.\n\nHer son, 38, runs the pivot. The 58-year-old "
     "neighbour, John Banda, said he would copy her.", "2026-11-04", "ZM"),
    # another thing's count
    ("The steel bridge, built in 2003 with donor money, was the only crossing.\n\nA second bridge downstream "
     "opened 19 years ago and was washed away in 2010.", "2018-08-06", "NP"),
    # rebuilt: the first opening may be older
    ("The bridge was rebuilt in 2003 after a flood.\n\nVillagers said it first opened 60 years ago.",
     "2018-08-06", "NP"),
    # right count
    ("The steel bridge, built in 2003 with donor money, was the only crossing.\n\nVillagers said it had not "
     "been inspected since it opened 15 years ago.", "2018-08-06", "NP"),
    ("Grace Phiri was born in 1961 in a village near Kabwe.\n\nThe 65-year-old told a field day on Saturday "
     "that irrigation had changed her farm.", "2026-11-04", "ZM"),
]


@pytest.mark.parametrize("text,date,country,wrong", TIMELINE_WRONG)
def test_timeline_wrong(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country, "date"))


@pytest.mark.parametrize("text,date,country", TIMELINE_RIGHT)
def test_timeline_right(text, date, country):
    assert found(text, date, country, "date") == []


OLYMPIC_HOST = [
    ("Beijing's hotels were full for the 2012 Olympics in Beijing, the report said.", "2020-06-01", "CN", "2012"),
    ("The velodrome was built for the 2016 Olympics, staged in London.", "2020-06-01", "GB", "2016"),
]
OLYMPIC_HOST_RIGHT = [
    ("Chinese swimmers trained in Beijing for the 2012 Olympics in London.", "2020-06-01", "CN"),
    ("The velodrome was built for the 2012 Olympics in London and reused in 2016.", "2020-06-01", "GB"),
]


@pytest.mark.parametrize("text,date,country,wrong", OLYMPIC_HOST)
def test_olympic_host_wrong(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country, "reference"))


@pytest.mark.parametrize("text,date,country", OLYMPIC_HOST_RIGHT)
def test_olympic_host_right(text, date, country):
    assert found(text, date, country, "reference") == []


SERIES_ROWS = [
    ("The club's academy opened in time for the 2002 World Cup in France.", "2020-06-01", "FR", "2002"),
    ("Auckland's hotels filled up during the 2015 Rugby World Cup hosted by New Zealand.", "2020-06-01", "NZ",
     "2015"),
]


@pytest.mark.parametrize("text,date,country,wrong", SERIES_ROWS)
def test_series_rows(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country, "reference"))


def test_series_rows_right():
    assert found("The club's academy opened in time for the 1998 World Cup in France.", "2020-06-01", "FR",
                 "reference") == []
    assert found("Auckland's hotels filled up during the 2011 Rugby World Cup hosted by New Zealand.", "2020-06-01",
                 "NZ", "reference") == []


MORE_EVENT_RIGHT = [
    # a report's date, later than the event
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nOfficials said on 27 December 2004 that the "
     "waves had killed more than 20,000 people.", "2019-12-26", "LK"),
    # a toll given on a later day, no verb of the disaster
    ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nBy 28 December 2004 the death toll in Sri "
     "Lanka had passed 20,000.", "2019-12-26", "LK"),
    # schools reopened after it
    ("Christchurch has rebuilt its cathedral square a decade after the earthquake.\n\nSchools reopened on "
     "27 February 2011, five days after the quake struck.", "2021-02-22", "NZ"),
    # the day before, and the next day it struck
    ("Christchurch has rebuilt its cathedral square a decade after the earthquake.\n\nOn 21 February 2011 the "
     "city held a street festival; the next day the quake struck.", "2021-02-22", "NZ"),
    # a new shock of its own
    ("The Tohoku earthquake changed Japan's energy policy.\n\nA magnitude 7.2 foreshock struck off the coast "
     "on 9 March 2011.", "2016-03-11", "JP"),
]


@pytest.mark.parametrize("text,date,country", MORE_EVENT_RIGHT)
def test_more_event_right(text, date, country):
    assert found(text, date, country, "reference") == []


MORE_TIMELINE_RIGHT = [
    # opened after it was built: the order allows it
    ("The steel bridge, built in 2003 with donor money, was the only crossing.\n\nVillagers said it opened to "
     "traffic 13 years ago.", "2018-08-06", "NP"),
    # opened its first shop after the founding
    ("The company was founded in 1990 in Leeds.\n\nIt opened its first shop 20 years ago.", "2020-06-01", "GB"),
    # the pronouns between name the husband as well: whose age it is stays unsaid
    ("Grace Phiri was born in 1961 near Kabwe. Her husband, Peter Phiri, runs the mill. He said she works "
     "hard.\n\nThe 58-year-old told visitors the mill was busy.", "2026-11-04", "ZM"),
]


@pytest.mark.parametrize("text,date,country", MORE_TIMELINE_RIGHT)
def test_more_timeline_right(text, date, country):
    assert found(text, date, country, "date") == []


MORE_EVENT_WRONG = [
    ("Thousands of tourists were on the beaches of Phuket when the Boxing Day tsunami came. The wall of water "
     "crashed ashore shortly after 10am on 26 December 2005.", "2014-12-26", "TH", "26 December 2005"),
    ("Aceh lost 170,000 people to the Indian Ocean tsunami. Banda Aceh was flattened within minutes on "
     "December 24, 2004.", "2014-12-26", "ID", "December 24, 2004"),
    ("Nepal is still rebuilding after the Gorkha earthquake. Shaking lasted nearly a minute on 25 May 2015 and "
     "toppled thousands of homes.", "2020-04-25", "NP", "25 May 2015"),
    ("Haiti has never recovered from the 2010 earthquake. Port-au-Prince was devastated on 13 January 2010 at "
     "4.53pm.", "2020-01-12", "HT", "13 January 2010"),
    ("The lodge was built before the 2014 World Cup in South Africa.", "2019-01-01", "ZA", "2014"),
    ("Germany hosted the 2010 World Cup and drew 3.4 million spectators.", "2020-01-01", "DE", "2010"),
    ("The 2020 Olympics, held in Paris, drew record crowds to the Seine.", "2025-01-01", "FR", "2020"),
]


@pytest.mark.parametrize("text,date,country,wrong", MORE_EVENT_WRONG)
def test_more_event_wrong(text, date, country, wrong):
    assert wrong in found(text, date, country, "reference")


def test_anniversary_a_year_later_stays_silent():
    text = ("Sri Lanka remembered the Indian Ocean tsunami on Thursday.\n\nOn 26 December 2005, survivors gathered "
            "on the beach where the waves struck a year earlier.")
    assert found(text, "2019-12-26", "LK", "reference") == []


def test_tokyo_games_named_by_their_year_in_tokyo_stay_silent():
    assert found("The 2020 Olympics, held in Tokyo, were staged without spectators.", "2025-01-01", "JP",
                 "reference") == []


def test_institution_in_an_older_building_stays_silent():
    text = ("The clinic was set up in 2010 by a church group.\n\nNurses said it was built 20 years ago as a "
            "warehouse.")
    assert found(text, "2024-06-01", "KE", "date") == []
