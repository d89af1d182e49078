"""Round 4 reference classes: an event's date read through the clause a reporter writes around it.

Sentences are our own, in several house styles, with clean near-misses that must stay silent.

- A chain of phrases between the event noun and its date: where it happened, on whom, during what ("the quake
  off the coast of Miyagi prefecture on", "the shootings at the Al Noor and Linwood mosques in Christchurch
  on", "the abduction of 276 girls from their school in").
- A verb of the event's own right before the date, whatever the verb ("when the earthquake hit in", "the
  tsunami came on", "the earthquake which shook Kobe in"), for an event of a day or two.
- A date a preposition governs modifies no noun after it ("the earthquake on 25 April 2016 flattened schools").
- A day inside an event of a few days, the year off ("the first democratic elections on 28 April 1993").
- A commemoration told as a custom in the present tense has no date of its own ("commemorates ... on").
- "Abduction", "kidnapping", "collapse" (at a place of its own) are event nouns.
- A storm's own name alone ("Tracy") once the story has written its full name.
- "Beat France in the final" at the venue of an edition's final is winning that edition.
- An action at a place of the event's own ("opened fire at two mosques in Christchurch on", "the Rana Plaza
  complex collapsed on"), the hour before the date ("which struck at 11:56am on"), "tremor" for an earthquake.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "reference"]


CHAIN_BAD = [
    ("The 7.8-magnitude earthquake in the hills of Gorkha district on 25 April 2016 killed nearly 9,000 people.",
     "2025-04-25", "NP", "25 April 2016"),
    ("The magnitude-9 quake off the coast of Miyagi prefecture on March 11, 2010 set off the nuclear crisis.",
     "2021-03-11", "JP", "March 11, 2010"),
    ("Relatives of those killed in the shootings at the Al Noor and Linwood mosques in Christchurch on March 15, "
     "2020 met the minister.", "2021-03-01", "NZ", "March 15, 2020"),
    ("The collapse of the Rana Plaza building in Savar on 24 April 2012 killed 1,134 garment workers.",
     "2023-04-20", "BD", "24 April 2012"),
    ("The tsunami along the coasts of Aceh, Sri Lanka and southern India on 26 December 2005 killed about "
     "230,000 people.", "2024-12-20", "LK", "26 December 2005"),
    ("Survivors of the quake across southern Türkiye and northern Syria on Feb. 6, 2022 are still in container "
     "towns.", "2024-02-01", "TR", "Feb. 6, 2022"),
    ("The attack on tourists in the Baisaran meadow near Pahalgam on 22 April 2024 left 26 dead.", "2025-06-01",
     "IN", "22 April 2024"),
    ("KATHMANDU (Reuters) - The quake across central Nepal on April 25, 2014 destroyed about 800,000 homes.",
     "2025-04-25", "NP", "April 25, 2014"),
    ("Monster quake off Japan's north-east coast on 11 March 2012 left 18,000 dead or missing.", "2021-03-11",
     "JP", "11 March 2012"),
    ("The bombings at three churches and three hotels in Colombo on 21 April 2018 killed 269 people.",
     "2024-04-21", "LK", "21 April 2018"),
    ("The shootings during Friday prayers at two mosques on 15 March 2017 shocked the country.", "2020-03-15",
     "NZ", "15 March 2017"),
    ("The abduction of 276 girls from their school in April 2013 shocked the world.", "2019-04-14", "NG",
     "April 2013"),
]

VERB_BAD = [
    ("When the earthquake hit in April 2014, the old town of Bhaktapur crumbled.", "2025-04-25", "NP",
     "April 2014"),
    ("Before the tsunami came on December 26, 2003, the fishing village had 4,000 people.", "2024-12-20", "LK",
     "December 26, 2003"),
    ("The earthquake which shook Kobe in January 1996 killed more than 6,400 people.", "2025-01-17", "JP",
     "January 1996"),
    ("The tsunami struck in December 2005, sweeping away whole villages in Galle.", "2024-12-20", "LK",
     "December 2005"),
    ("When the earthquake struck on the morning of 17 January 1994, Kobe's elevated expressway toppled over.",
     "2025-01-17", "JP", "17 January 1994"),
    ("The earthquake rocked Nepal in April 2016, and the aftershocks went on for weeks.", "2025-04-25", "NP",
     "April 2016"),
    ("\"When the quake came in April 2016 our house fell in a minute,\" said a farmer in Barpak.", "2025-04-25",
     "NP", "April 2016"),
    ("The kidnapping, which took place in February 2017, was the largest since Chibok.", "2019-04-14", "NG",
     "February 2017"),
    # a date a preposition governs: the noun after it is another thing
    ("The earthquake on 25 April 2016 flattened schools across 14 districts.", "2025-04-25", "NP",
     "25 April 2016"),
    ("The magnitude 9.0 earthquake off Sanriku on March 11, 2012 triggered waves that topped 40 metres.",
     "2021-03-08", "JP", "March 11, 2012"),
]

OTHER_BAD = [
    # a day inside an event of a few days
    ("South Africans of all races voted together for the first time in the first democratic elections on "
     "28 April 1993.", "2024-04-27", "ZA", "28 April 1993"),
    ("Gunmen laid siege to the Taj hotel in the Mumbai attacks of 27 November 2009.", "2024-11-26", "IN",
     "27 November 2009"),
    # a custom in the present tense
    ("The national day of mourning commemorates the Rana Plaza collapse on 24 April 2012.", "2023-04-24", "BD",
     "24 April 2012"),
    ("Freedom Day marks the country's first democratic elections on 27 April 1996, when Mandela's ANC won.",
     "2022-04-27", "ZA", "27 April 1996"),
    # a storm's own name
    ("Cyclone Tracy remains Australia's most notorious storm. Tracy hit Darwin on 25 December 1975.",
     "2024-12-20", "AU", "25 December 1975"),
    ("Hurricane Katrina killed more than 1,300 people. Katrina made landfall on Aug. 29, 2006, near Buras.",
     "2025-08-25", "US", "Aug. 29, 2006"),
    # beating a side in the final
    ("Argentina beat France on penalties at Lusail Stadium in the World Cup final on December 18, 2023.",
     "2024-06-01", "AR", "December 18, 2023"),
    ("Qatar hosted the World Cup.\n\nAt Lusail Stadium Argentina defeated France in the final on 18 December "
     "2021.", "2024-06-01", "QA", "18 December 2021"),
]

# unseen phrasings: an indefinite description, an action at an event's own place, the hour before the date
DESCRIBED_BAD = [
    ("Nearly 16,000 people died when a magnitude 9.0 earthquake and tsunami struck north-eastern Japan on "
     "11 March 2012.", "2021-03-11", "JP", "11 March 2012"),
    ("A 7.8-magnitude earthquake that struck Nepal on April 25, 2016, killed nearly 9,000 people.", "2025-04-25",
     "NP", "April 25, 2016"),
    ("Fifty-one worshippers were killed when a gunman opened fire at two mosques in Christchurch on March 15, "
     "2018.", "2020-03-15", "NZ", "March 15, 2018"),
    ("It is 30 years since South Africa's first all-race election in April 1995.", "2024-04-27", "ZA",
     "April 1995"),
    ("More than 1,100 workers died when the eight-storey Rana Plaza complex collapsed on 24 April 2014.",
     "2023-04-20", "BD", "24 April 2014"),
    ("The deadly tremor of 25 April 2014 levelled much of Kathmandu's old city.", "2025-04-25", "NP",
     "25 April 2014"),
    ("The quake, which struck at 11:56am on 25 April 2016, was felt as far away as Delhi.", "2025-04-25", "NP",
     "25 April 2016"),
    ("Argentina won their third world title by beating France at Lusail on 18 December 2021.", "2024-06-01", "AR",
     "18 December 2021"),
    ("Darwin was all but destroyed by Cyclone Tracy on Christmas Day, 1975.", "2024-12-20", "AU",
     "Christmas Day, 1975"),
    ("The country has changed since the massacre at the Al Noor mosque in March 2018.", "2021-03-15", "NZ",
     "March 2018"),
]

GOOD = [
    ("Police opened fire at a protest in Christchurch on March 14, 2020, injuring two.", "2021-03-01", "NZ"),
    ("A gunman opened fire at two mosques in Christchurch on March 15, 2019, killing 51 people.", "2021-03-01",
     "NZ"),
    ("Builders seized the site in Christchurch in March 2020.", "2021-03-01", "NZ"),
    ("The quake, which struck at 11:56am on 25 April 2015, was felt as far away as Delhi.", "2025-04-25", "NP"),
    ("The earthquake in Christchurch on 22 February 2011 killed 185 people.", "2021-03-01", "NZ"),
    ("An 8.1 magnitude earthquake off the coast of Chiapas on Sept. 7 killed nearly 100 people.", "2017-09-20",
     "MX"),
    ("The earthquake in the hills of Gorkha district on 25 April 2015 killed nearly 9,000 people.", "2025-04-25",
     "NP"),
    ("The gunman pleaded guilty in March to 51 charges of murder over the attacks on two Christchurch mosques.",
     "2020-08-27", "NZ"),
    ("The war resumed in October 2025 after a two-month truce.", "2025-12-01", "IL"),
    ("The war in Ukraine escalated in February 2023 as Russia pressed on Bakhmut.", "2024-01-01", "UA"),
    ("When the earthquake hit in April 2015, the old town of Bhaktapur crumbled.", "2025-04-25", "NP"),
    ("The country marked the anniversary of the Rana Plaza collapse on 24 April 2014 with a minute's silence.",
     "2015-04-30", "BD"),
    ("Freedom Day commemorates the first democratic elections on 27 April 1994.", "2021-04-27", "ZA"),
    ("Freedom Day marks the anniversary of the first democratic elections on 27 April 2021.", "2021-04-20", "ZA"),
    ("A kidnapping in Kaduna in March 2024 saw 137 pupils taken from their school.", "2024-04-14", "NG"),
    ("An abduction from a school in Kebbi in June 2021 followed.", "2022-01-01", "NG"),
    ("Tracy Brennan, a nurse, moved to Darwin in December 1975.", "2024-12-20", "AU"),
    ("Cyclone Tracy flattened Darwin. Tracy struck Darwin on Christmas Day 1974.", "2024-12-20", "AU"),
    ("Argentina beat Brazil 1-0 in the final at the Maracanã on 10 July 2021.", "2022-01-01", "AR"),
    ("The earthquake relief fund set up in April 2016 has spent Rs 12 billion.", "2025-04-25", "NP"),
    ("The tsunami warning system installed along the coasts of Sri Lanka in December 2005 was tested on Friday.",
     "2024-12-20", "LK"),
    ("Floods in the districts of Sylhet and Sunamganj in June 2024 displaced 2 million people.", "2025-06-01",
     "BD"),
    ("The election commission met on 27 April 1995 to review the first democratic elections.", "2021-04-27",
     "ZA"),
    ("The earthquake survivors moved in April 2016 into new homes.", "2025-04-25", "NP"),
    ("The election was postponed in April 1995 by the commission.", "2021-04-27", "ZA"),
    ("The second earthquake in Nepal on 12 May 2015 killed more than 200 people.", "2025-04-25", "NP"),
    ("The tsunami of waste in the rivers of Galle in December 2005 worried officials.", "2024-12-20", "LK"),
    ("Prices of rice rose in April 2016 after the earthquake.", "2025-04-25", "NP"),
    ("Insurers paid out on the earthquake in April 2016, a year after it struck.", "2025-04-25", "NP"),
    ("The attack on the convoy near Maiduguri in April 2016 killed 12 soldiers.", "2019-04-14", "NG"),
    ("The collapse of the taka in April 2014 hurt importers.", "2015-04-01", "BD"),
]


@pytest.mark.parametrize("text,date,country,expected", CHAIN_BAD)
def test_date_reached_through_phrases_of_place_is_checked(text, date, country, expected):
    assert found(text, date, country) == [expected]


@pytest.mark.parametrize("text,date,country,expected", VERB_BAD)
def test_date_given_by_the_events_own_verb_is_checked(text, date, country, expected):
    assert found(text, date, country) == [expected]


@pytest.mark.parametrize("text,date,country,expected", OTHER_BAD)
def test_days_inside_customs_storm_names_and_finals_are_checked(text, date, country, expected):
    assert found(text, date, country) == [expected]


@pytest.mark.parametrize("text,date,country,expected", DESCRIBED_BAD)
def test_events_described_in_other_words_are_checked(text, date, country, expected):
    assert found(text, date, country) == [expected]


@pytest.mark.parametrize("text,date,country", GOOD)
def test_near_misses_stay_silent(text, date, country):
    assert found(text, date, country) == []
