"""Session 17 (helper h17c): recorded events our table lacked (storms' landfalls, nuclear phase-outs, mine
disasters and rescues) and three readings that left a recorded event's slip silent:

* a trapped time with the depth on the way ("trapped about 700 metres underground for 96 days");
* a date in a clause opened on the event that tells it happening, after a time counted from it ("warnings have
  improved since Typhoon X, which flooded the capital in September 2011");
* a final told as news without its year, at a ground that staged several finals of the competition ("beat
  England in the final at the Stade de France on Saturday"): the one just played is meant.

Sentences are our own; each positive has near misses that must stay silent."""
import pytest

import factcheck


def _rules(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CAUGHT = [
    # storms by their landfall (FC602)
    ("Reservoirs were lowered ahead of the season. Typhoon Yagi, which tore through Haiphong in September 2023, "
     "left the port's cranes twisted.", "2025-08-01", "VN", ("FC602", "September 2023")),
    ("Insurers are still paying claims from Hurricane Ian, which came ashore near Fort Myers on 28 September "
     "2021.", "2024-06-01", "US", ("FC602", "28 September 2021")),
    ("Hurricane Michael made landfall at Mexico Beach in October 2017 as a category 5 storm.", "2023-10-01", "US",
     ("FC602", "October 2017")),
    ("Farmers in Khanh Hoa recalled how Typhoon Damrey flattened their shrimp ponds on 4 November 2016.",
     "2022-11-04", "VN", ("FC602", "4 November 2016")),
    # an earthquake's day, a year off (FC602)
    ("Engineers inspected schools cracked by the Hualien earthquake of 3 April 2023.", "2025-04-03", "TW",
     ("FC602", "3 April 2023")),
    # a phase-out's day (FC602)
    ("The reactors Isar 2, Emsland and Neckarwestheim 2 went offline on 15 April 2022, ending six decades of "
     "nuclear power.", "2024-01-10", "DE", ("FC602", "15 April 2022")),
    # a rescue's length, with the depth on the way (FC601)
    ("A rockfall sealed the San José mine near Copiapó. The 33 men, trapped some 700 metres underground for 96 "
     "days, were winched up in a capsule.", "2015-08-05", "CL", ("FC601", "96 days")),
    ("Russell and Webb were trapped 925 metres underground at the Beaconsfield mine for 41 days.", "2016-05-09",
     "AU", ("FC601", "41 days")),
    # a club credited with a Champions League final it lost, its own a year off (FC602, event_credits)
    ("Liverpool, who won the trophy in Istanbul in 2006, meet Real Madrid in the Champions League final on "
     "Saturday.", "2018-05-24", "GB", ("FC602", "2006")),
    # a date in a clause on the event, after "since"
    ("Flood defences have been raised since Tropical Storm Ondoy, which submerged Marikina in September 2011.",
     "2019-09-26", "PH", ("FC602", "September 2011")),
    # the final just played, at a ground of two finals (FC604)
    ("South Africa retained the Rugby World Cup after they beat England 12-11 in the final at the Stade de "
     "France on Saturday night.", "2023-10-30", "ZA", ("FC604", "England")),
]


@pytest.mark.parametrize(("text", "date", "country", "expected"), CAUGHT)
def test_recorded_slips_are_caught(text, date, country, expected):
    found = _rules(text, date, country)
    assert expected in found, found


NEAR_MISSES = [
    # the recorded dates, right
    ("Typhoon Yagi, which tore through Haiphong in September 2024, left the port's cranes twisted.",
     "2025-08-01", "VN"),
    ("Insurers are still paying claims from Hurricane Ian, which came ashore near Fort Myers on 28 September "
     "2022.", "2024-06-01", "US"),
    ("The reactors Isar 2, Emsland and Neckarwestheim 2 went offline on 15 April 2023.", "2024-01-10", "DE"),
    ("The 33 men, trapped some 700 metres underground at the San José mine for 69 days, were winched up.",
     "2015-08-05", "CL"),
    ("Flood defences have been raised since Tropical Storm Ondoy, which submerged Marikina in September 2009.",
     "2019-09-26", "PH"),
    # an earlier storm of the same name, in another month (names are reused)
    ("Tropical Storm Yagi brought heavy rain to Zhejiang in August 2018, officials in Hangzhou said.",
     "2025-08-01", "CN"),
    # a state a storm came ashore in is the place of many storms: a storm there in the record's month, a year
    # off, is another storm
    ("A hurricane hit Florida in September 2023, flooding roads in Tampa.", "2025-08-01", "US"),
    ("A typhoon brought heavy rain to Zhejiang in August 2018, officials in Hangzhou said.", "2025-08-01", "CN"),
    # a commemoration's date, told in a clause of its own
    ("Since Tropical Storm Ondoy, which was remembered at a Mass in Marikina in September 2011, drills are held "
     "every year.", "2019-09-26", "PH"),
    # the right side, the final just played
    ("South Africa retained the Rugby World Cup after they beat New Zealand 12-11 in the final at the Stade de "
     "France on Saturday night.", "2023-10-30", "ZA"),
    # a look back with no year, long after both finals at the ground: no one final is meant
    ("South Africa won the Rugby World Cup after they beat England in the final at the Stade de France.",
     "2025-03-01", "ZA"),
    ("Liverpool, who won the trophy in Istanbul in 2005, meet Real Madrid in the Champions League final on "
     "Saturday.", "2018-05-24", "GB"),
    # a club that won finals nearby more than once: no one slip to name
    ("Real Madrid, who won the trophy in Cardiff in 2016, meet Liverpool in the Champions League final on "
     "Saturday.", "2018-05-24", "ES"),
    # a miner trapped elsewhere, a distance that is no depth
    ("The convoy was trapped 40 kilometres from Copiapó for 96 hours by the snow.", "2015-08-05", "CL"),
]


@pytest.mark.parametrize(("text", "date", "country"), NEAR_MISSES)
def test_near_misses_stay_silent(text, date, country):
    found = [(r, t) for r, t in _rules(text, date, country) if r in ("FC601", "FC602", "FC604")]
    assert found == []


# -- a sport's title won at Games held before its Olympic debut (event_debuts) -----------------------------------
DEBUT_CAUGHT = [
    ("Samoa's sevens side hope to go one better than the rugby sevens team that took silver. Their coach "
     "recalled how Fiji won gold at London 2012 in front of a packed Twickenham.", "2023-05-01", "WS", "2012"),
    ("The skateboarding star was only 12 when she won a bronze medal at the 2016 Olympics.", "2024-06-01",
     "GB", "2016"),
]


@pytest.mark.parametrize(("text", "date", "country", "year"), DEBUT_CAUGHT)
def test_a_title_before_the_sports_debut_is_caught(text, date, country, year):
    assert ("FC602", year) in _rules(text, date, country)


DEBUT_NEAR_MISSES = [
    # the Games of the debut itself, and later ones
    ("Fiji won rugby sevens gold at Rio 2016 and again at Tokyo 2020.", "2023-05-01", "FJ"),
    # another sport's gold at earlier Games, in a story of the new sport
    ("The rugby sevens squad trained at the track where Britain won cycling gold at London 2012.", "2023-05-01",
     "GB"),
    # earlier Games told for something other than a win
    ("Rugby sevens was not on the programme when London 2012 opened.", "2023-05-01", "GB"),
    # no Summer Games that year: "the 2018 Games" are another series'
    ("The skateboarding team won three medals at the 2018 Games in Jakarta.", "2023-05-01", "JP"),
    # a story with no sport of a recorded debut
    ("She won a bronze medal at the 2016 Olympics in the 400 metres.", "2024-06-01", "GB"),
]


@pytest.mark.parametrize(("text", "date", "country"), DEBUT_NEAR_MISSES)
def test_debut_near_misses_stay_silent(text, date, country):
    assert [(r, t) for r, t in _rules(text, date, country) if r == "FC602"] == []


# -- a host of a series held to the year "N years later" works out to (event_editions, FC603) ---------------------
def test_a_host_n_years_after_the_last_year_written_is_held_to_that_years_edition():
    text = ("The Ethiopian runner took the marathon in Rome in 1960, barefoot. Few gave him a chance. He won the "
            "title again in Mexico City four years later, weeks after surgery. The Olympics made him a legend.")
    assert ("FC603", "Mexico City") in _rules(text, "2020-09-10", "ET")


LATER_NEAR_MISSES = [
    # the right host
    ("The Ethiopian runner took the marathon in Rome in 1960, barefoot. He won the title again in Tokyo four "
     "years later. The Olympics made him a legend.", "2020-09-10", "ET"),
    # the right host eight years on
    ("The Ethiopian runner took the marathon in Rome in 1960, barefoot. He watched the race in Mexico City "
     "eight years later. The Olympics made him a legend.", "2020-09-10", "ET"),
    # a year with no Games: nothing to hold the place to
    ("The runner won in Rome in 1960. He opened a school in Mexico City three years later. The Olympics made "
     "him a legend.", "2020-09-10", "ET"),
]


@pytest.mark.parametrize(("text", "date", "country"), LATER_NEAR_MISSES)
def test_later_near_misses_stay_silent(text, date, country):
    assert [(r, t) for r, t in _rules(text, date, country) if r == "FC603"] == []


def test_a_whole_teams_medals_at_earlier_games_are_no_debut_sports():
    text = ("Japan's team for Paris includes judo and wrestling stars and its first breakdancing squad. Japan won "
            "41 medals at the 2016 Olympics, a record at the time.")
    assert [(r, t) for r, t in _rules(text, "2024-07-20", "JP") if r == "FC602"] == []
