"""Round 8: one timeline of people and years, read in every form a desk writes it. All sentences are our own.

- A birth is read past any words that only say where or how ("born there in 1998", "born prematurely in 1996",
  "born abroad in 1999"), and a birth that opens its sentence past a place's other name ("in Tranquebar, now
  Tharangambadi,"). A life written as two full dates ("(March 3, 1950 - February 1, 2025)") is a birth and a death.
- An age "died ..., aged 79" whose when carries commas ("on Friday, January 10,") is the dead person's; in a story
  of one birth and one death the age at that death is checked against the birth.
- "N years ago" in a story pegged to an anniversary: the date whose anniversary the story marks (the ago's sentence
  says "anniversary", or the date falls on the publication day) is the one counted from, when no other year of
  the story fits the count.
- An age beyond any human's written in apposition ("Name, 131,") is an age for the physical-limits check.
"""
from __future__ import annotations

import pytest

from _findings import found




# -- ages against births read past where and how ------------------------------------------------------------

BIRTH_WRONG = [
    ("The 29-year-old, who grew up in Ballarat and was born there in 1998, told the squad on Monday.",
     "2025-04-14", "AU", "29-year-old"),
    ("Nkosi, 31, was born abroad in 1999 and moved to Soweto as a child.", "2025-06-01", "ZA", "31"),
    ("The midfielder Kofi Mensah, who was born prematurely in 1996, is 35 and still first choice.",
     "2025-03-01", "GH", "is 35"),
    ("Born here in 1970, Tan Wei Ming, 62, has run the council since 2015.", "2025-05-01", "SG", "62"),
    ("Aarav Mehta, who was born at a Mumbai hospital in 2001, is 30.", "2025-02-10", "IN", "is 30"),
    ("Ms Okonkwo, 48, was born just outside Enugu in 1961, and trained as a nurse.", "2025-07-01", "NG", "48"),
    ("Sione Taufa was born overseas in 1990. The 41-year-old now coaches the under-16s.",
     "2025-08-20", "NZ", "41-year-old"),
    ("Lindqvist was born blind in 1958; the 52-year-old has written nine books in braille.",
     "2025-01-15", "SE", "52-year-old"),
    ("The lawyer, who was born there in 1975 and never left, is 38.", "2025-09-09", "KE", "is 38"),
    ("Born in Tranquebar, now Tharangambadi, in 1966, Ravi Subramanian, 48, leads the trust.",
     "2025-03-03", "IN", "48"),
]

BIRTH_RIGHT = [
    ("The 26-year-old, who grew up in Ballarat and was born there in 1998, told the squad on Monday.",
     "2025-04-14", "AU"),
    ("The 27-year-old, who was born there in 1998, told the squad on Monday.", "2025-04-14", "AU"),
    ("Nkosi, 25, was born abroad in 1999 and moved to Soweto as a child.", "2025-06-01", "ZA"),
    # someone else's birth in the same sentence
    ("Nkosi, 31, said her son was born there in 2019.", "2025-06-01", "ZA"),
    # an age at a past moment
    ("Lindqvist was born blind in 1958 and was 29 when she published her first book.", "2025-01-15", "SE"),
    # a building's age, not a person's
    ("The town hall, built there in 1890, is 135 years old; the mayor, 52, was born in 1972.",
     "2025-05-05", "GB"),
    # a firm "born" in a year
    ("The company was born in a garage in 1998 and its founder, 49, still runs it.", "2025-05-05", "US"),
]


@pytest.mark.parametrize("text,date,country,flagged", BIRTH_WRONG)
def test_age_against_birth_read_past_where_and_how(text, date, country, flagged):
    assert flagged in found(text, date, country)


@pytest.mark.parametrize("text,date,country", BIRTH_RIGHT)
def test_births_and_ages_that_fit_stay_silent(text, date, country):
    assert found(text, date, country) == []


# -- obituaries: the age at death against the birth --------------------------------------------------------

DEATH_WRONG = [
    ("Tributes were paid to Margaret Olsen, the town's first woman mayor, who died on Sunday, March 2, aged 71.\n\n"
     "Born on June 9, 1948, in Tromso, now a city of 77,000, Olsen trained as a nurse.", "2025-03-05", "NO",
     "aged 71"),
    ("Dr Peter Quaye died in Kumasi on Monday, 6 January, at the age of 80.\n\nQuaye was born on 11 November 1938 "
     "in Cape Coast and taught surgery for 30 years.", "2025-01-09", "GH", "at the age of 80"),
    ("Sunil Perera, the cricket umpire, died at his home in Kandy on Friday, 7 March, aged 64.\n\nBorn on 2 March "
     "1956 in Galle, Perera stood in 40 Tests.", "2025-03-10", "LK", "aged 64"),
    ("Helena Brandt (March 3, 1950 - February 1, 2025) was a potter who taught at the art school for 30 years.\n\n"
     "She died aged 70 after a short illness.", "2025-02-05", "DE", "aged 70"),
    ("The former judge Amos Wekesa, who died on Tuesday, February 4, aged 90, was born on 17 August 1936 in "
     "Bungoma.", "2025-02-07", "KE", "aged 90"),
    ("Jean-Marc Leblanc, the founder of the choir, died on Saturday, 11 January, in Lyon, aged 77.\n\nLeblanc, "
     "born on 30 May 1939, sang at the opera for two decades.", "2025-01-14", "FR", "aged 77"),
]

DEATH_RIGHT = [
    ("Tributes were paid to Margaret Olsen, the town's first woman mayor, who died on Sunday, March 2, aged 76.\n\n"
     "Born on June 9, 1948, in Tromso, now a city of 77,000, Olsen trained as a nurse.", "2025-03-05", "NO"),
    ("Helena Brandt (March 3, 1950 - February 1, 2025) was a potter who taught at the art school for 30 years.\n\n"
     "She died aged 74 after a short illness.", "2025-02-05", "DE"),
    # the age of someone else's death
    ("Sunil Perera, born on 2 March 1956 in Galle, stood in 40 Tests.\n\nHis wife, who died on Friday, 7 March, "
     "aged 64, was a teacher.", "2025-03-10", "LK"),
    # an age at a past moment of the dead person's life
    ("Dr Peter Quaye died in Kumasi on Monday, 6 January, aged 86.\n\nQuaye, born on 11 November 1938, was 29 "
     "when he became a surgeon.", "2025-01-09", "GH"),
]


@pytest.mark.parametrize("text,date,country,flagged", DEATH_WRONG)
def test_age_at_death_against_birth(text, date, country, flagged):
    assert flagged in found(text, date, country)


@pytest.mark.parametrize("text,date,country", DEATH_RIGHT)
def test_ages_at_death_that_fit_stay_silent(text, date, country):
    assert found(text, date, country) == []


# -- "N years ago" counted from the date an anniversary story is pegged to ------------------------------------

AGO_WRONG = [
    ("Residents gathered on Saturday to mark the anniversary of the day the tower collapsed 12 years ago.\n\n"
     "The block fell in September 2003, killing 14 people.", "2025-09-20", "GB", "12 years ago"),
    ("Friday marks the anniversary of the day the pier reopened 31 years ago.\n\nRebuilt after a storm, the pier "
     "reopened to visitors in August 1984.", "2025-08-15", "GB", "31 years ago"),
    ("Walkers will cross the viaduct on its anniversary this weekend, 38 years ago to the month since it first "
     "carried trains.\n\nThe line over the valley opened in June 1977.", "2025-06-12", "IE", "38 years ago"),
    ("On 12 March 2021 the mine flooded, trapping 40 men underground.\n\nFive years ago few here had heard of "
     "the company; today its name is on every protest banner.", "2025-03-12", "ZA", "Five years ago"),
    ("The ferry went down on 21 March 2014 with 300 passengers aboard.\n\nTwelve years on, the families still "
     "want answers.", "2025-03-21", "KR", "Twelve years"),
    ("On 9 June 2019, the tailings dam above the valley gave way.\n\nSeven years ago no one in the village knew "
     "what a tailings dam was.", "2025-06-09", "BR", "Seven years ago"),
    ("The anniversary of the flood that swept the old bridge away 26 years ago falls today.\n\nThe river rose "
     "overnight on 3 October 1989.", "2025-10-03", "IN", "26 years ago"),
]

AGO_RIGHT = [
    ("Residents gathered on Saturday to mark the anniversary of the day the tower collapsed 22 years ago.\n\n"
     "The block fell in September 2003, killing 14 people.", "2025-09-20", "GB"),
    ("On 12 March 2022 the mine flooded, trapping 40 men underground.\n\nThree years ago few here had heard of "
     "the company.", "2025-03-12", "ZA"),
    # a count from another year the story gives
    ("On 12 March 2022 the mine flooded, trapping 40 men.\n\nThe company bought the mine in 2020. Five years ago "
     "few here had heard of it.", "2025-03-12", "ZA"),
    # hedged counts
    ("On 12 March 2022 the mine flooded, trapping 40 men underground.\n\nMore than five years ago the union "
     "warned about the pumps.", "2025-03-12", "ZA"),
    ("On 12 March 2022 the mine flooded, trapping 40 men underground.\n\nNearly four years ago the union "
     "warned about the pumps.", "2025-03-12", "ZA"),
    # no anniversary: the date is not the day of publication
    ("On 2 February 2022 the mine flooded, trapping 40 men underground.\n\nSeven years ago the union warned "
     "about the pumps.", "2025-03-12", "ZA"),
    # a count far from the anniversary's: another time
    ("On 12 March 2022 the mine flooded.\n\nTwenty years ago the town had three mines.", "2025-03-12", "ZA"),
    ("The anniversary of the day the pier reopened 41 years ago falls on Friday.\n\nThe pier reopened to "
     "visitors in August 1984.", "2025-08-15", "GB"),
    # someone's own past, not the event's
    ("The clinic opened on 1 March 2015.\n\nTwelve years ago, she said, she had never seen a doctor.",
     "2025-03-01", "KE"),
    ("The clinic opened on 1 March 2015.\n\n\"Eleven years ago I walked two days to see a nurse,\" he said.",
     "2025-03-01", "KE"),
    # a later date of the story the count fits
    ("The clinic opened on 1 March 2015 and closed on 1 March 2020.\n\nFive years ago, the ward was full.",
     "2025-03-01", "KE"),
]


@pytest.mark.parametrize("text,date,country,flagged", AGO_WRONG)
def test_years_ago_counted_from_the_anniversary(text, date, country, flagged):
    assert flagged in found(text, date, country)


@pytest.mark.parametrize("text,date,country", AGO_RIGHT)
def test_years_ago_that_fit_or_point_elsewhere_stay_silent(text, date, country):
    assert found(text, date, country) == []


# -- an age beyond any human's, in any form -------------------------------------------------------------------

# (stories that speak of people's ages: in one that does not, "Smith, 131," is as likely a score)
AGE_IMPOSSIBLE = [
    ("Chiyo Nakamura, 131, has lived at the care home since 2016.\n\nShe is the oldest of its residents.",
     "2024-09-17", "JP", "131"),
    ("The village's oldest resident, Maria Gonzaga, 127, cut the ribbon.", "2025-03-01", "PH", "127"),
    ("Grandmother Aisha Bello (134) voted in person, officials said.\n\nStaff said she was the oldest voter in "
     "the ward.", "2025-03-01", "NG", "134"),
    ("Great-grandmother Edna Pike turned 131 on Tuesday, and her family threw a birthday party.",
     "2025-03-01", "GB", "131"),
    ("Tenzin Dorje, now 136, still walks to the monastery every morning.\n\nMonks say he was born before the old "
     "road was built.", "2025-03-01", "IN", "136"),
    ("Ah Kow Lim, 140, the oldest man in the kampung, was visited by the state's chief minister.",
     "2025-03-01", "MY", "140"),
]

AGE_POSSIBLE = [
    ("Chiyo Nakamura, 113, has lived at the care home since 2016.\n\nShe is the oldest of its residents.",
     "2024-09-17", "JP"),
    ("Flat 4, 131, High Street was sold for £200,000.", "2025-03-01", "GB"),
    ("Route 131, the coast road, is closed.", "2025-03-01", "US"),
    ("Station Road, 131, was flooded on Tuesday.", "2025-03-01", "GB"),
    ("Smith, 131, and Jones, 98, were the top scorers in the Test.", "2025-03-01", "AU"),
    # a region's count in a story about centenarians
    ("The most centenarians live in Mazowsze, with 412, followed by Pomorskie (231) and Lubelskie (198).\n\n"
     "The oldest is aged 111.", "2025-03-01", "PL"),
    # a count for each of a list, in a story that speaks of ages
    ("Candidates aged 17 or 18 sat the exam. National Schools had the most top grades (912), followed by Extra "
     "County (171), Private Academies (148) and Day Schools (9).", "2025-01-10", "KE"),
    ("Older pupils, aged 18, sat the exam. Grade A went to St Mary's Academy (131).", "2025-01-10", "KE"),
    # a score in a story that speaks of a player's age
    ("Jake Morrison, 134, and Ben Tully, 77, put on 211 for the third wicket.\n\nMorrison, aged 23, was born "
     "in Perth.", "2025-03-01", "AU"),
]


@pytest.mark.parametrize("text,date,country,flagged", AGE_IMPOSSIBLE)
def test_age_beyond_any_human(text, date, country, flagged):
    assert flagged in found(text, date, country, "plausibility")


@pytest.mark.parametrize("text,date,country", AGE_POSSIBLE)
def test_not_an_impossible_age(text, date, country):
    assert found(text, date, country, "plausibility") == []
