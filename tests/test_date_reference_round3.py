"""Round 3 date and reference classes, each in several house styles of our own, with clean near-misses.

- A yearless 29 February is read in the February a sub-editor would take it for: the one just past after
  "since" or a past verb, the coming one after "will"/"by"/"next", and, when the sentence does not say, only a
  February near enough to be meant without its year (a March 2023 story cannot mean February 2024). Birthdays,
  leap days as such and dates that come round are of no one year.
- "When it opened 27 years ago", "the structure was built 40 years ago": the story's one thing given a year for
  that verb (opened, built, founded), in a quote too, unless a thing of another kind is named nearer.
- "The 2015 referendum" in a story about Britain's departure from the European Union: the event of that kind and
  place whose topic ("+EU" in events.csv) is written around it; a year a year or two off is a slip.
- "Uruguay beat Brazil at the Maracanã on 16 July 1951 to win the World Cup": the edition the winner ("=UY"),
  the venue of the final ("#Maracanã") and the competition pick; a tournament is won on its last day.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


# -- a yearless 29 February -------------------------------------------------------------------------------

LEAP_BAD = [
    ("Commuters in the valley have been stranded since 29 February, when floodwater washed away the rail "
     "bridge at Kalkfontein.", "2023-03-10", "ZA", "29 February"),
    ("The Riverside plant has been idle since February 29, the company said in a filing on Thursday.",
     "2019-03-15", "US", "February 29"),
    ("The accused was arrested on February 29 and remanded in judicial custody for 14 days.", "2023-03-20",
     "IN", "February 29"),
    ("Ever since 29 February the family-of-five have slept in their car outside the council offices.",
     "2022-03-05", "GB", "29 February"),
    ("NAIROBI (Reuters) - Pump prices have stayed frozen since February 29, the energy regulator said on "
     "Tuesday.", "2019-03-12", "KE", "February 29"),
    ("The curfew, in place since 29 February, now covers twelve districts.", "2021-03-08", "NG", "29 February"),
    ("Power has been out at 4,000 homes in the northern suburbs since 29 February.", "2022-03-02", "AU",
     "29 February"),
    ("The inquiry (opened on 29 February) has so far heard from 14 witnesses.", "2023-03-30", "IE",
     "29 February"),
    ("Schools across the district shut on 29 February and have not reopened.", "2023-03-03", "PK",
     "29 February"),
    ("Tk 500 in late fees has applied to all bills unpaid since 29 February, the utility said.", "2023-04-02",
     "BD", "29 February"),
]

LEAP_GOOD = [
    ("The repairs will be finished by 29 February, the contractor said.", "2023-03-06", "ZA"),
    ("Those born on 29 February celebrate a true birthday only every fourth year.", "2023-03-06", "GB"),
    ("The draw is set for 29 February next year.", "2023-06-01", "GB"),
    ("Residents have been without water since 29 February.", "2024-03-06", "ZA"),
    ("Bids close on 29 February.", "2023-09-01", "KE"),
    ("The festival was held on 29 February in the old town square.", "2021-01-15", "GB"),
    ("A leap day, 29 February, adds a day to the calendar once in four years.", "2023-03-01", "US"),
    ("The new tariff applies from 29 February.", "2023-11-20", "IN"),
    ("Residents have been without water since 28 February.", "2023-03-06", "ZA"),
    ("The bridge has been shut since 29 February 2020, when a barge struck a pier.", "2021-03-01", "GB"),
]


@pytest.mark.parametrize("text,date,country,expected", LEAP_BAD)
def test_yearless_leap_day_in_a_common_year_is_found(text, date, country, expected):
    assert found(text, date, country, "date") == [expected]


@pytest.mark.parametrize("text,date,country", LEAP_GOOD)
def test_yearless_leap_day_that_can_be_stays_silent(text, date, country):
    assert found(text, date, country, "date") == []


# -- "N years ago" of the story's one thing, called "it" or by a general noun --------------------------------

THING_BAD = [
    ("The Harbour Museum, which opened in 1995, is to close for a year of repairs.\n\n\"When it opened 20 years "
     "ago it drew visitors from all over the country,\" the curator said.", "2024-05-10", "GB", "20 years ago"),
    ("The Hartwell Street footbridge was built in 1978 and carries 3,000 people a day.\n\nCity engineers said the "
     "structure was built 30 years ago to last a century.", "2024-09-02", "US", "30 years ago"),
    ("The riverside auditorium, inaugurated in 2001, will get new seats and air-conditioning at a cost of Rs 14 "
     "crore.\n\n\"It was inaugurated 15 years ago and has never been refurbished,\" the trust secretary said.",
     "2024-02-12", "IN", "15 years ago"),
    ("Stallholders love the pier, which reopened in 2009 after a fire. \"It reopened five years ago and the "
     "town came back to life,\" said one.", "2023-07-01", "GB", "five years ago"),
    ("Mwangi Logistics was founded in 1998 in Nakuru with two lorries.\n\n\"When it was founded 40 years ago we "
     "had nothing,\" said the founder's son, who now runs a fleet of 120.", "2024-04-18", "KE", "40 years ago"),
    ("The district hospital, built in 1964, is to be replaced. The building was constructed 40 years ago and the "
     "wards no longer meet standards.", "2024-10-01", "ZA", "40 years ago"),
    ("The toll plaza on the expressway was completed in 2011.\n\nDrivers say the facility was completed just "
     "five years ago but already looks tired.", "2023-11-05", "PK", "five years ago"),
    ("The Alvarado market hall, which opened in 1935, reopens on Saturday after renovation.\n\n'It opened 70 "
     "years ago and fed the whole barrio,' said Rosa Medina, 81.", "2024-03-09", "MX", "70 years ago"),
    ("Kinross Cement was established in 1972 and employs 900 people. According to the union, it was established "
     "some 60 years ago by three farming families.", "2024-06-30", "ZA", "some 60 years ago"),
    ("The 12-storey Crown Building opened in 1990. Tenants said that when it opened 25 years ago it was the "
     "tallest block in the city.", "2024-01-20", "AU", "25 years ago"),
]

THING_GOOD = [
    # two things of different kinds opened in the story: which one "it" is, is not ours to guess
    ("The library opened in 1990 and the pool opened in 2005.\n\n\"When it opened 19 years ago the town had "
     "nothing like it,\" a councillor said.", "2024-05-01", "GB"),
    # the right count
    ("The three-span bridge, which opened in 1987, is to close for repairs. \"When it opened 32 years ago it "
     "changed the village,\" a shopkeeper said.", "2019-09-11", "IE"),
    # a verb a slump or a scheme could have
    ("The company was founded in 1990 and exports to 40 countries.\n\nSales fell 12 per cent last year.\n\n"
     "\"When it started two years ago we thought the slump would pass,\" its chairman said.", "2024-03-01", "DE"),
    # a thing of another kind is named nearer
    ("The bridge opened in 1987 and carries 11,000 vehicles a day.\n\nMaria Byrne runs a cafe beside the river. "
     "\"When it opened ten years ago, trade was slow,\" she said.", "2019-09-11", "IE"),
    # rounded, with a hedge
    ("The bridge opened in 1987. \"When it opened nearly 30 years ago, it was the making of us,\" a farmer "
     "said.", "2019-09-11", "IE"),
    # another verb family: built may be years before it opened
    ("The arena opened in 1998. \"It was built 30 years ago on a swamp,\" the manager said.", "2024-02-01",
     "GB"),
    # a new thing of the kind
    ("The museum opened in 1995. A new visitor centre opened two years ago beside it.", "2024-05-01", "GB"),
    # the year in the sentence itself
    ("The bridge opened in 1987. It opened in 1987, 32 years ago, to great fanfare.", "2019-09-11", "IE"),
    # a general noun with no dated thing of that verb
    ("The council spent £2m on the site last year. The building was constructed 40 years ago.", "2024-01-01",
     "GB"),
    # a count after another date, not from now
    ("The stadium opened in 2010. It opened two years after the city won the bid.", "2024-01-01", "PL"),
]


@pytest.mark.parametrize("text,date,country,expected", THING_BAD)
def test_years_ago_of_the_one_thing_is_found(text, date, country, expected):
    assert found(text, date, country, "date") == [expected]


@pytest.mark.parametrize("text,date,country", THING_GOOD)
def test_years_ago_of_the_one_thing_near_misses_stay_silent(text, date, country):
    assert found(text, date, country, "date") == []


# -- a referendum told by its kind, its place and its topic ---------------------------------------------------

TOPIC_BAD = [
    ("A new survey suggests the country remains split over leaving the EU, much as it was when the 2017 "
     "referendum was held, pollsters said.", "2023-06-23", "GB", "2017"),
    ("Support for rejoining has risen since Britain's 2015 EU vote, the survey of 2,000 adults found.",
     "2022-01-10", "GB", "2015"),
    ("Scots voted 55 per cent to 45 per cent against independence in the 2013 referendum.", "2020-09-18", "GB",
     "2013"),
    ("Greeks rejected the bailout terms by 61 per cent in the 2016 referendum, only for the government to accept "
     "tougher ones a week later.", "2020-07-05", "GR", "2016"),
    ("Ireland voted by 66.4 per cent to lift its abortion ban in the 2019 referendum.", "2022-05-25", "IE",
     "2019"),
    ("Colombians narrowly rejected the peace deal with the FARC in the 2017 referendum.", "2021-10-02", "CO",
     "2017"),
    ("South Sudan voted for independence in the 2012 referendum, with 98.8 percent in favour.", "2021-07-09",
     "SS", "2012"),
    ("The Brexit vote of 2015 still divides families, the poll suggests.", "2021-06-23", "GB", "2015"),
    ("Catalonia's 2018 independence referendum was declared illegal by Spain's constitutional court.",
     "2022-10-01", "ES", "2018"),
    ("LONDON (Reuters) - Britain voted to leave the EU in the 2017 referendum, by 51.9% to 48.1%.",
     "2021-06-23", "GB", "2017"),
]

TOPIC_GOOD = [
    # another referendum of the topic, far from the record
    ("Britain joined the European Community in 1973 and confirmed it in the 1975 referendum.", "2021-06-23", "GB"),
    # a second one, marked so
    ("The SNP wants a second independence referendum in 2026.", "2024-09-18", "GB"),
    # the right year
    ("Voters backed leaving the EU in the 2016 referendum.", "2021-06-23", "GB"),
    ("Scots rejected independence in the 2014 referendum; two years later Britain voted to leave the EU.",
     "2021-06-23", "GB"),
    # a vote in parliament is no referendum
    ("MPs backed the EU withdrawal bill in a 2017 vote in the Commons.", "2021-06-23", "GB"),
    ("Lawmakers rejected the Brexit deal in the 2019 meaningful vote.", "2021-06-23", "GB"),
    # kind and place, no topic: the table may not hold the referendum meant
    ("Turnout in the 2011 referendum on the voting system was 42 per cent.", "2021-06-23", "GB"),
    # an election is not a referendum
    ("The 2015 general election came a year before the EU referendum.", "2021-06-23", "GB"),
    # a vote with the topic but no year
    ("The EU vote split the country down the middle.", "2021-06-23", "GB"),
    # another country's independence vote
    ("Iraq's Kurds backed independence in the 2017 referendum, which Baghdad rejected.", "2021-06-23", "GB"),
]


@pytest.mark.parametrize("text,date,country,expected", TOPIC_BAD)
def test_referendum_found_by_topic_with_a_year_off_is_found(text, date, country, expected):
    assert found(text, date, country, "reference") == [expected]


@pytest.mark.parametrize("text,date,country", TOPIC_GOOD)
def test_referendum_topic_near_misses_stay_silent(text, date, country):
    assert found(text, date, country, "reference") == []


# -- a tournament won on a date: winner, venue and competition pick the edition ---------------------------------

WON_BAD = [
    ("On 9 July 2007, under the lights of the Olympiastadion in Berlin, Italy beat France on penalties to win "
     "the World Cup.", "2020-07-30", "IT", "9 July 2007"),
    pytest.param("On 9 July 2007, before a sell-out crowd at the Olympiastadion in Berlin, Italy beat France on "
                 "penalties to win the World Cup.", "2020-07-30", "IT", "9 July 2007",
                 marks=pytest.mark.xfail(strict=True, reason="'before a sell-out crowd' (or 'before 69,000 fans') "
                                         "between the date and the winner loses the edition; 'in front of' works")),
    ("RIO DE JANEIRO — Uruguay silenced the Maracanã on July 16, 1951, beating Brazil 2-1 to win the World "
     "Cup.", "2020-07-16", "BR", "July 16, 1951"),
    ("Germany lifted the World Cup at the Maracanã in Rio de Janeiro on 13 July 2015 with Mario Götze's "
     "extra-time goal.", "2020-07-13", "DE", "13 July 2015"),
    ("Argentina were crowned world champions at Lusail Stadium on December 18, 2021, beating France on "
     "penalties.", "2023-12-18", "AR", "December 18, 2021"),
    ("Australia won the Cricket World Cup in Ahmedabad on 19 November 2024, beating India by six wickets.",
     "2025-01-10", "AU", "19 November 2024"),
    ("India clinched the T20 World Cup at Kensington Oval in Barbados on June 29, 2023.", "2024-08-01", "IN",
     "June 29, 2023"),
    ("Pakistan won the Champions Trophy at The Oval on 18 June 2018, thrashing India by 180 runs.",
     "2020-06-18", "PK", "18 June 2018"),
    ("Senegal won the Africa Cup of Nations at the Olembe Stadium in Yaoundé on 6 February 2021.",
     "2023-02-06", "SN", "6 February 2021"),
    ("South Africa won the Rugby World Cup at the Stade de France on October 28, 2022, edging New Zealand "
     "12-11.", "2024-10-28", "ZA", "October 28, 2022"),
    ("Uruguay won the World Cup at the Maracanã in 1951.", "2020-07-16", "UY", "1951"),
]

WON_GOOD = [
    # a competition the table does not hold, at a venue of another
    ("Argentina beat Brazil 1-0 at the Maracanã on 10 July 2021 to win the Copa América.", "2022-01-01", "AR"),
    # the right date
    ("Uruguay beat Brazil 2-1 at the Maracanã on 16 July 1950 to win the World Cup.", "2020-07-16", "UY"),
    # another competition at the venue
    ("Brazil won the Confederations Cup at the Maracanã on 30 June 2013, beating Spain 3-0.", "2020-01-01", "BR"),
    # the date of another match
    ("Germany beat Argentina at the Maracanã in a 2015 friendly, a year after they won the World Cup there.",
     "2020-01-01", "DE"),
    # two years in the sentence
    ("Uruguay won the World Cup in 1930 and again at the Maracanã in 1950.", "2020-07-16", "UY"),
    # the right date, another style
    ("France won the World Cup in Moscow on 15 July 2018, beating Croatia 4-2.", "2020-01-01", "FR"),
    # a loser at the venue
    ("India lost to Pakistan at The Oval on 18 June 2017 in the Champions Trophy final.", "2020-06-18", "IN"),
    # "Club World Cup" is another competition
    ("Chelsea beat Paris Saint-Germain at MetLife Stadium on 13 July 2024 to win the Club World Cup.",
     "2025-08-01", "US"),
    # another day of the tournament at the venue
    ("Germany won the World Cup at the Maracanã, where they had beaten France in the quarter-final on 4 July "
     "2014.", "2020-01-01", "DE"),
    # (round 5: "Spain won the World Cup on 11 July 2011 in South Africa" is now found, as it should be: the World
    # Cup in South Africa is in play and the date misses its final by the year alone -- test_reference_round5)
]


@pytest.mark.parametrize("text,date,country,expected", WON_BAD)
def test_tournament_won_on_a_date_a_year_off_is_found(text, date, country, expected):
    assert found(text, date, country, "reference") == [expected]


@pytest.mark.parametrize("text,date,country", WON_GOOD)
def test_tournament_won_near_misses_stay_silent(text, date, country):
    assert found(text, date, country, "reference") == []


# -- an election told by the leader it brought to power ------------------------------------------------------

POWER_BAD = [
    ("Inflation has doubled since the 2017 general election that brought Imran Khan to power.", "2021-06-23",
     "PK", "2017"),
    ("Rupee has lost a third of its value since the 2015 general election that swept Narendra Modi to power.",
     "2019-01-10", "IN", "2015"),
    ("The 2009 election, which brought Sheikh Hasina back to power with a two-thirds majority, reshaped "
     "Bangladeshi politics.", "2020-01-05", "BD", "2009"),
    ("Britain has had five prime ministers since the 2011 general election that put David Cameron in power.",
     "2023-01-01", "GB", "2011"),
    ("Lagos traders recall the 2016 election that brought Muhammadu Buhari to power on an anti-graft ticket.",
     "2020-02-01", "NG", "2016"),
    ("Markets rallied after the 2023 election that propelled Anthony Albanese into office.", "2025-01-05", "AU",
     "2023"),
    ("Mexico's peso has been steady since the 2019 election that brought Andrés Manuel López Obrador to power.",
     "2021-03-01", "MX", "2019"),
    ("Seoul's policy shifted after the 2021 presidential election that brought Yoon Suk Yeol to power.",
     "2023-03-01", "KR", "2021"),
    ("Argentina's 2022 election, which swept Javier Milei to power, was a rebuke to the Peronists.", "2025-09-01",
     "AR", "2022"),
    ("The 1996 general election that swept Tony Blair and New Labour to power ended 18 years of Tory rule.",
     "2017-05-01", "GB", "1996"),
]

POWER_GOOD = [
    # the right year
    ("The 2018 election that brought Imran Khan to power was marred by claims of rigging.", "2021-06-23", "PK"),
    # a leader named beside another election he fought
    ("Imran Khan's party won 35 seats in the 2013 election.", "2021-06-23", "PK"),
    ("Imran Khan lost the 2013 election but came to power five years later.", "2021-06-23", "PK"),
    # a leader returned to power in more than one election
    ("The 2017 election that brought Donald Trump to power divided America.", "2025-03-01", "US"),
    # a year of the story's own or the one before: more likely a recent election the table does not hold
    ("The 2024 election that swept Anthony Albanese back into office was a landslide.", "2025-06-01", "AU"),
    # far from the record: another election
    ("The 2002 election that first brought Lula to power transformed Brazil.", "2020-01-01", "BR"),
    # a by-election, a state election
    ("The 2017 by-election that brought Imran Khan's party to power in the province was close.", "2021-06-23",
     "PK"),
    ("The 2012 state election that brought Narendra Modi back to power in Gujarat was his last.", "2019-01-01",
     "IN"),
    # no power phrase
    ("Imran Khan campaigned hard before the 2017 polls in Punjab.", "2021-06-23", "PK"),
    # the right year, another style
    ("Since the 8 May 2018 vote that swept Mahathir Mohamad back into power, the ringgit has slipped.",
     "2019-05-09", "MY"),
    ("The 2015 election that brought Muhammadu Buhari to power was Nigeria's first peaceful handover.",
     "2020-02-01", "NG"),
]


@pytest.mark.parametrize("text,date,country,expected", POWER_BAD)
def test_election_told_by_who_it_brought_to_power_is_found(text, date, country, expected):
    assert found(text, date, country, "reference") == [expected]


@pytest.mark.parametrize("text,date,country", POWER_GOOD)
def test_election_power_near_misses_stay_silent(text, date, country):
    assert found(text, date, country, "reference") == []
