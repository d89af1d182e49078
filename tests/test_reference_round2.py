"""How long a recorded event lasted and when it happened, read the way a sub-editor reads them (round 2).

Written for this suite (never copied from the evaluation stories), in several house styles:

* a duration read with its hedge: "almost/nearly N" is a little less than N (never a third of it), "more
  than/over N" at least N, "less than N" at most N, "about/some N" either way; a hedge just before the
  figure ("lasted for over a decade") counts too;
* the shapes of a duration: "the N-day X", "X lasted / dragged on / raged for N", "after N years of X" (only
  where the sentence tells it ended), "during the N years of X";
* an event of a kind that recurs (a siege, a lockdown) found by a place of its own ("a nine-day siege" after
  "stormed the Westgate mall"), never when the sentence tells of a new one ("this week", "a three-day lockdown
  ... in Wuhan's Hanyang district");
* a stand-off between states by its countries ("a rift that had lasted almost two years" between Saudi
  Arabia and Qatar), never a new one named by one country only;
* a name set off by an appositive or brackets before its verb and date ("Yolanda, one of the strongest storms
  ever recorded, struck ... on"), local names of storms (PAGASA's), and a tournament "won"/"lifted" on its
  last day;
* a storm's date a day or two from its landfall is its rain and surge, not a slip.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "reference"]


# -- durations with their hedges ----------------------------------------------------------------------

DURATION_BAD = [
    # almost / nearly: a little less than the figure
    ("The Twelve-Day War lasted almost three weeks.", "2025-09-01", "IR", "three weeks"),
    ("The Korean War lasted nearly five years.", "2023-07-27", "KR", "five years"),
    ("The siege of Sarajevo lasted nearly five years.", "2023-04-05", "BA", "five years"),
    ("Officials said the blockade of Qatar, which lasted nearly two years, was over.", "2021-01-07", "QA",
     "two years"),
    ("The Nigerian Civil War lasted nearly four years.", "2020-01-15", "NG", "four years"),
    # more than / over, also left just before the figure
    ("The Iran-Iraq war, which lasted for over a decade, killed hundreds of thousands.", "2023-09-22", "IQ",
     "a decade"),
    ("Israel and Iran fought for more than three weeks in June.", "2025-09-01", "IL", "three weeks"),
    # less than
    ("The Iran-Iraq war lasted less than five years.", "2023-09-22", "IR", "five years"),
    # the shapes: "dragged on for", "during the N years of", "after N days of ... ceasefire"
    ("The Iran–Iraq war dragged on for 12 years.", "2023-09-22", "IQ", "12 years"),
    ("During the 12 years of the Iran-Iraq war, hundreds of thousands died.", "2023-09-22", "IQ",
     "12 years of the Iran-Iraq war"),
    ("After 20 days of war, Iran and Israel agreed a ceasefire.", "2025-09-01", "IR", "20 days of war"),
    ("Sri Lanka's civil war lasted 36 years.", "2019-05-18", "LK", "36 years"),
    ("The Biafran War lasted four years.", "2020-01-15", "NG", "four years"),
    ("The Russo-Georgian War lasted nine days.", "2010-08-20", "GE", "nine days"),
]

DURATION_GOOD = [
    ("The Twelve-Day War lasted almost two weeks.", "2025-09-01", "IR"),
    ("The Twelve-Day War lasted less than two weeks.", "2025-09-01", "IR"),
    ("The Twelve-Day War lasted about two weeks.", "2025-09-01", "IR"),
    ("The Korean War lasted more than three years.", "2023-07-27", "KR"),
    ("The Korean War lasted three years.", "2023-07-27", "KR"),
    ("The siege of Sarajevo lasted nearly four years.", "2023-04-05", "BA"),
    ("The Iran-Iraq war lasted almost eight years.", "2023-09-22", "IQ"),
    ("The Iran-Iraq war lasted nearly a decade.", "2023-09-22", "IQ"),
    ("During the eight years of the Iran-Iraq war, hundreds of thousands died.", "2023-09-22", "IQ"),
    ("During the first two years of the Iran-Iraq war, cities were shelled.", "2023-09-22", "IQ"),
    ("Sri Lanka's civil war lasted nearly three decades.", "2019-05-18", "LK"),
    ("Sri Lanka's civil war lasted more than a quarter of a century.", "2019-05-18", "LK"),
    ("The Biafran War lasted two and a half years.", "2020-01-15", "NG"),
    ("The Nigerian Civil War lasted 30 months.", "2020-01-15", "NG"),
    ("The Iran hostage crisis lasted more than a year.", "2024-11-04", "US"),
    ("The Iran hostage crisis lasted about 15 months.", "2024-11-04", "US"),
    ("The Cuban Missile Crisis lasted nearly two weeks.", "2022-10-28", "US"),
    ("The siege of Leningrad lasted almost two and a half years.", "2023-01-27", "RU"),
    # a time within it, not the whole: nothing in the sentence tells it ended
    ("After 18 months of the blockade, Qatar's economy had adapted.", "2021-01-06", "SA"),
    ("Georgia fought a five-day war with Russia in August 2008.", "2010-08-20", "GE"),
]


@pytest.mark.parametrize(("text", "date", "country", "figure"), DURATION_BAD)
def test_duration_read_with_its_hedge_is_flagged(text, date, country, figure):
    assert figure in found(text, date, country)


@pytest.mark.parametrize(("text", "date", "country"), DURATION_GOOD)
def test_duration_that_fits_its_hedge_is_silent(text, date, country):
    assert found(text, date, country) == []


def test_suggestion_keeps_the_writers_unit():
    finding = next(f for f in factcheck.check("The Korean War lasted nearly five years.", date="2023-07-27",
                                                country="KR") if f.category == "reference")
    assert finding.suggestion == "three years"


# -- sieges, blockades, lockdowns, shutdowns ---------------------------------------------------------------

KIND_BAD = [
    ("Gunmen stormed the Westgate mall in Nairobi, beginning a nine-day siege.", "2018-09-21", "KE",
     "nine-day siege"),
    ("The siege at the Westgate mall lasted nine days.", "2018-09-21", "KE", "nine days"),
    ("Survivors of the nine-day siege at the Westgate mall gathered on Thursday.", "2023-09-21", "KE",
     "nine-day siege"),
    ("Saudi Arabia and Qatar ended a rift that had lasted almost two years.", "2021-01-06", "QA", "two years"),
    ("The two-year blockade of Qatar by Saudi Arabia and its allies ended on Tuesday.", "2021-01-06", "QA",
     "two-year blockade of Qatar"),
    ("Five years after the two-month siege of Marawi, residents still wait to go home.", "2022-10-23", "PH",
     "two-month siege of Marawi"),
    ("The Marawi siege lasted three months.", "2022-10-23", "PH", "three months"),
    ("Wuhan's 96-day lockdown began four years ago.", "2024-01-23", "CN", "96-day lockdown"),
    ("The 45-day shutdown, the longest in US history, ended on Friday.", "2019-01-26", "US", "45-day shutdown"),
    ("The 2025 shutdown, which lasted 53 days, ended this week.", "2025-11-14", "US", "53 days"),
    ("The 544-day Iran hostage crisis ended in 1981.", "2024-11-04", "US", "544-day Iran hostage crisis"),
    ("The Cuban Missile Crisis lasted 31 days.", "2022-10-28", "US", "31 days"),
    ("The 900-day siege of Leningrad ended 79 years ago.", "2023-01-27", "RU", "900-day siege of Leningrad"),
    ("The Waco siege lasted 71 days.", "2023-04-19", "US", "71 days"),
]

KIND_GOOD = [
    ("Gunmen stormed the Westgate mall in Nairobi, beginning a four-day siege.", "2018-09-21", "KE"),
    ("The siege at Westgate lasted nearly four days.", "2018-09-21", "KE"),
    ("Police ended a nine-day siege at a farmhouse near Westgate, Iowa.", "2019-09-21", "US"),
    ("Shoppers at the Westgate centre in Oxford endured a two-day blockade by protesters.", "2019-09-21", "GB"),
    ("Qatar and Saudi Arabia ended a dispute that had lasted more than three years.", "2021-01-06", "QA"),
    ("In 2014, Saudi Arabia and Qatar ended a rift that had lasted eight months.", "2021-01-06", "QA"),
    ("Saudi Arabia and Qatar settled a border dispute that had lasted 30 years.", "2021-01-06", "QA"),
    ("The maritime dispute between Saudi Arabia and Qatar lasted a decade.", "2024-05-01", "SA"),
    ("The Marawi siege lasted almost five months.", "2022-10-23", "PH"),
    ("In the first two months of the Marawi siege, thousands fled.", "2022-10-23", "PH"),
    ("Shanghai's two-month lockdown ended on Wednesday, two years after Wuhan's.", "2022-06-01", "CN"),
    ("A three-day lockdown was imposed in Wuhan's Hanyang district this week.", "2022-06-01", "CN"),
    ("A 16-day shutdown in 2013 cost the economy billions.", "2024-03-01", "US"),
    ("The 872-day siege of Leningrad ended 79 years ago.", "2023-01-27", "RU"),
    ("The financial crisis lasted two years.", "2022-10-28", "US"),
]


@pytest.mark.parametrize(("text", "date", "country", "figure"), KIND_BAD)
def test_duration_of_a_siege_blockade_or_lockdown_is_flagged(text, date, country, figure):
    assert figure in found(text, date, country)


@pytest.mark.parametrize(("text", "date", "country"), KIND_GOOD)
def test_another_siege_blockade_or_lockdown_is_silent(text, date, country):
    assert found(text, date, country) == []


# -- dates: names set off, local names, new rows ----------------------------------------------------------

DATE_BAD = [
    ("Yolanda, one of the strongest storms ever recorded, struck Eastern Visayas on Nov. 8, 2014.",
     "2019-11-08", "PH", "Nov. 8, 2014"),
    ("Super Typhoon Yolanda (international name: Haiyan) struck Eastern Visayas on Nov. 8, 2014.",
     "2019-11-08", "PH", "Nov. 8, 2014"),
    ("Typhoon Haiyan, known locally as Yolanda, made landfall in Guiuan on 8 November 2014.", "2019-11-08",
     "PH", "8 November 2014"),
    ("Ondoy, the storm that drowned Marikina, struck on September 26, 2010.", "2019-09-26", "PH",
     "September 26, 2010"),
    ("Typhoon Pablo, known internationally as Bopha, struck Davao Oriental on Dec. 4, 2013.", "2022-12-04",
     "PH", "Dec. 4, 2013"),
    ("Super Typhoon Odette slammed into Siargao on December 16, 2022.", "2023-12-16", "PH", "December 16, 2022"),
    ("Cyclone Phailin made landfall near Gopalpur on October 12, 2012.", "2023-10-12", "IN", "October 12, 2012"),
    ("Cyclone Remal, which crossed the coast on May 26, 2023, killed 16 people.", "2024-05-26", "BD",
     "May 26, 2023"),
    ("The typhoon that struck the Visayas on November 8, 2012 left thousands dead.", "2022-11-07", "PH",
     "November 8, 2012"),
    ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on June 5, 2018.", "2024-01-05", "QA",
     "June 5, 2018"),
    ("The Marawi siege began on May 23, 2016.", "2024-10-23", "PH", "May 23, 2016"),
    ("Malaysians voted in GE15 on November 19, 2023.", "2024-11-19", "MY", "November 19, 2023"),
    ("India lifted the 2024 T20 World Cup on 29 June 2023.", "2024-07-14", "IN", "29 June 2023"),
    ("Argentina won the 2024 Copa América final on July 14, 2023.", "2024-07-14", "AR", "July 14, 2023"),
    ("Sputnik 1 was launched on October 4, 1959.", "2024-10-04", "RU", "October 4, 1959"),
    ("The James Webb Space Telescope launch on December 25, 2020 went flawlessly.", "2023-12-25", "US",
     "December 25, 2020"),
]

DATE_GOOD = [
    ("Yolanda, one of the strongest storms ever recorded, struck Eastern Visayas on Nov. 8, 2013.",
     "2019-11-08", "PH"),
    ("Yolanda, the strongest storm ever recorded, was followed by Typhoon Glenda in July 2014.", "2019-11-08",
     "PH"),
    ("Yolanda Reyes, a teacher, moved to Tacloban on Nov. 8, 2014.", "2019-11-08", "PH"),
    ("Survivors of Yolanda marked the anniversary on Nov. 8, 2019.", "2019-11-08", "PH"),
    # a storm's rain and surge a day or two from its landfall
    ("Super Typhoon Odette hit Palawan on December 17, 2021.", "2021-12-20", "PH"),
    ("Cyclone Michaung flooded Chennai on December 4, 2023.", "2023-12-06", "IN"),
    ("Cyclone Tauktae lashed Mumbai on May 17, 2021.", "2021-05-20", "IN"),
    # another landfall, another storm
    ("Typhoon Mangkhut struck Hong Kong on September 16, 2018.", "2018-09-17", "PH"),
    ("A typhoon struck the Visayas on November 8, 2024.", "2024-11-10", "PH"),
    ("The state elections of August 12, 2023 were seen as a referendum on the unity government.", "2024-11-19",
     "MY"),
    ("Qatar's emir attended the GCC summit on January 5, 2021, ending the blockade.", "2021-01-06", "QA"),
    ("Saudi Arabia cut ties with Qatar again on March 3, 2024.", "2024-03-05", "QA"),
    ("Wuhan entered a new lockdown on October 26, 2022.", "2024-01-23", "CN"),
    ("Marawi residents commemorated the siege on May 23, 2023.", "2023-05-23", "PH"),
    ("India lifted the 2024 T20 World Cup on 29 June 2024.", "2024-07-14", "IN"),
    ("The 2024 T20 World Cup began on 1 June 2024.", "2024-07-14", "IN"),
]


@pytest.mark.parametrize(("text", "date", "country", "figure"), DATE_BAD)
def test_wrong_date_of_a_named_or_placed_event_is_flagged(text, date, country, figure):
    assert figure in found(text, date, country)


@pytest.mark.parametrize(("text", "date", "country"), DATE_GOOD)
def test_right_or_other_date_is_silent(text, date, country):
    assert found(text, date, country) == []
