"""Round 5: one timeline per story. Births, deaths and the years things came to be are anchored facts, each of a
subject (a person of the story's people, a thing of a kind); an age or a count of years written elsewhere is read
against the anchored fact of the same subject, at the right moment (publication, or the death for an obituary's
"He was 69"). All sentences are our own.

- A birth whose sentence opens with it and names its person after asides ("Born in May 1951 in Tamale, a market
  town in the north, the economist ...") is the person's, whether the person is named there or meant by a
  definite description ("the economist") that refers back to the one person just named.
- An obituary's "He was 69" is read at the death (or at publication) against the birth given anywhere.
- A lifespan in brackets, "(1938-2017)", is a birth and a death.
- A thing's year written after a verb and a short phrase ("opened to traffic on June 23, 1989", "was founded as
  a co-operative in 1962") is the year that thing came to be.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str = "date"):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


# -- a birth whose person is named (or described) after an opening clause, an age written later -------------

BIRTH_THEN_AGE_WRONG = [
    ("Professor Kofi Mensah-Bonsu, who stepped down as vice-chancellor last month, says the university must "
     "recruit abroad.\n\nBorn in May 1951 in Tamale, a market town in the north, the economist taught in Leeds "
     "before returning home in 1989.\n\nIn an interview at his office on Friday, the 62-year-old said funding "
     "had not kept pace with enrolment.", "2024-09-02", "GH", "62-year-old"),
    ("Dame Ruth Okafor has retired from the High Court after two decades.\n\nBorn on 14 February 1956, in "
     "Enugu, to a schoolteacher and a trader, the judge studied law in London.\n\nThe 59-year-old told "
     "colleagues she would now write.", "2025-03-20", "GB", "59-year-old"),
    ("Coach Tomas Lindqvist, who led the club to three titles, has left the post.\n\nBorn in 1968 in Umeå, "
     "the former defender played 40 internationals.\n\nHe is 49 and plans to rest, he said.",
     "2025-05-11", "SE", "is 49"),
    ("Senator Aurelio Bautista, who chairs the finance committee, filed the bill on Monday.\n\nBorn in "
     "Iloilo in 1959, to a family of sugar planters, Bautista entered politics in 1992.\n\nThe 71-year-old "
     "said the measure was overdue.", "2024-08-06", "PH", "71-year-old"),
    ("Chief executive Marta Silva, who joined the lender in 2003, will retire in June.\n\nBorn in March "
     "1964 in Porto, a port city in the north, the banker rose through the risk department.\n\nSpeaking on "
     "Thursday, the 52-year-old said a successor had been chosen.", "2025-02-14", "PT", "52-year-old"),
]
BIRTH_THEN_AGE_RIGHT = [
    ("Professor Kofi Mensah-Bonsu, who stepped down as vice-chancellor last month, says the university must "
     "recruit abroad.\n\nBorn in May 1951 in Tamale, a market town in the north, the economist taught in Leeds "
     "before returning home in 1989.\n\nIn an interview at his office on Friday, the 73-year-old said funding "
     "had not kept pace with enrolment.", "2024-09-02", "GH"),
    ("Dame Ruth Okafor has retired from the High Court after two decades.\n\nBorn on 14 February 1956, in "
     "Enugu, to a schoolteacher and a trader, the judge studied law in London.\n\nThe 69-year-old told "
     "colleagues she would now write.", "2025-03-20", "GB"),
    ("Senator Aurelio Bautista, who chairs the finance committee, filed the bill on Monday.\n\nBorn in "
     "Iloilo in 1959, to a family of sugar planters, Bautista entered politics in 1992.\n\nThe 65-year-old "
     "said the measure was overdue.", "2024-08-06", "PH"),
    # another person is named between the birth and the age: the age is not surely the first person's
    ("Senator Aurelio Bautista, who chairs the finance committee, filed the bill on Monday.\n\nBorn in "
     "Iloilo in 1959, the senator entered politics in 1992.\n\nHis rival, Senator Grace Lim, said the measure "
     "was rushed. The 48-year-old said she would vote against it.", "2024-08-06", "PH"),
    # the definite description is a person the story has not named: not the last person named
    ("Mayor Ana Reyes opened the clinic on Monday with the new district health officer.\n\nBorn in 1980 in "
     "Cebu, the doctor trained in Manila.\n\nThe 61-year-old mayor said more clinics would follow.",
     "2025-01-10", "PH"),
]


@pytest.mark.parametrize("text, date, country, wrong", BIRTH_THEN_AGE_WRONG)
def test_age_of_a_person_born_in_an_opening_clause_is_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", BIRTH_THEN_AGE_RIGHT)
def test_age_that_fits_or_is_not_surely_the_same_person_is_silent(text, date, country):
    assert found(text, date, country) == []


# -- obituaries: "He was 69" at the death ---------------------------------------------------------------------

OBITUARY_WRONG = [
    ("Harold Pike, a clockmaker who kept the town hall clock running for four decades, died Tuesday at a "
     "hospice in Exeter. He was 70.\n\nBorn on 9 August 1938 in Plymouth to a dockyard fitter, Mr Pike left "
     "school at 14.", "2025-01-16", "GB", "70"),
    ("Edna Farrow, the first woman to pilot the island ferry, has died. She was 81.\n\nBorn in 1931, Ms "
     "Farrow learned to sail on her father's lobster boat.", "2024-06-04", "AU", "81"),
    ("Rafael Quintero (1941-2019), the printer who set the city's first Braille newspaper, was remembered "
     "on Sunday.\n\nHe was 85 when he died, his family said.", "2024-03-11", "MX", "85"),
    ("The sculptor Imre Balogh has died in Szeged. He was 62.\n\nBalogh, who was born in 1949, carved the "
     "river gate.", "2023-10-02", "HU", "62"),
    ("Lucia Ferreira, a midwife who delivered some 3,000 babies in the valley, died on 2 March. She was "
     "88 years old.\n\nBorn in a mining village in 1942, Mrs Ferreira trained in Coimbra.", "2024-03-05",
     "PT", "88"),
]
OBITUARY_RIGHT = [
    ("Harold Pike, a clockmaker who kept the town hall clock running for four decades, died Tuesday at a "
     "hospice in Exeter. He was 86.\n\nBorn on 9 August 1938 in Plymouth to a dockyard fitter, Mr Pike left "
     "school at 14.", "2025-01-16", "GB"),
    # died years before the story: his age is the age at the death
    ("Rafael Quintero (1941-2019), the printer who set the city's first Braille newspaper, was remembered "
     "on Sunday.\n\nHe was 78 when he died, his family said.", "2024-03-11", "MX"),
    ("The sculptor Imre Balogh, who died in March 2011, is to be honoured with a statue. He was 62.\n\n"
     "Balogh, who was born in 1949, carved the river gate.", "2023-10-02", "HU"),
    # the age is a relative's
    ("Edna Farrow, the first woman to pilot the island ferry, has died.\n\nBorn in 1931, Ms Farrow learned "
     "to sail on her father's lobster boat. Her husband, Jack, died in 1990. He was 71.", "2024-06-04", "AU"),
]


@pytest.mark.parametrize("text, date, country, wrong", OBITUARY_WRONG)
def test_obituary_age_against_the_birth_is_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", OBITUARY_RIGHT)
def test_obituary_age_that_fits_the_death_is_silent(text, date, country):
    assert found(text, date, country) == []


# -- a thing's year after a verb and a short phrase ----------------------------------------------------------

THING_WRONG = [
    ("The 400-metre suspension bridge, which opened to traffic on June 23, 1989, will get a new deck.\n\n"
     "\"When this bridge opened 31 years ago, lorries were half the weight,\" an engineer said.",
     "2024-06-18", "CA", "31 years ago"),
    ("The co-operative dairy, founded as a farmers' union in 1962, now has 800 members.\n\nThe dairy was "
     "founded 51 years ago by eleven families.", "2025-04-02", "NZ", "51 years ago"),
    ("The Kestrel Lane tunnel was opened to the public on 4 May 1994.\n\nSince the tunnel opened 26 years "
     "ago, tolls have tripled.", "2025-08-30", "GB", "26 years ago"),
    ("The old market hall, built of local sandstone in 1881, reopens next week.\n\nThe hall was built 130 "
     "years ago by the corn merchants.", "2025-09-09", "GB", "130 years ago"),
    ("Our library, opened with a grant from the council in 1975, needs a roof.\n\nThe library opened 40 "
     "years ago, and the roof is original.", "2024-11-01", "IE", "40 years ago"),
]
THING_RIGHT = [
    ("The 400-metre suspension bridge, which opened to traffic on June 23, 1989, will get a new deck.\n\n"
     "\"When this bridge opened 35 years ago, lorries were half the weight,\" an engineer said.",
     "2024-06-18", "CA"),
    ("The co-operative dairy, founded as a farmers' union in 1962, now has 800 members.\n\nThe dairy was "
     "founded 63 years ago by eleven families.", "2025-04-02", "NZ"),
    # another bridge: the new one is not the one dated
    ("The old bridge, which opened to traffic on June 23, 1989, will close.\n\nThe new bridge opened two "
     "years ago upstream.", "2024-06-18", "CA"),
]


@pytest.mark.parametrize("text, date, country, wrong", THING_WRONG)
def test_thing_counted_from_a_year_after_a_phrase_is_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", THING_RIGHT)
def test_thing_counted_right_is_silent(text, date, country):
    assert found(text, date, country) == []


# -- more shapes of the same timeline, and near-misses that must stay silent ---------------------------------

MORE_WRONG = [
    # a birthday is an age turned at its moment
    ("Bishop Samuel Adeyemi, born in April 1949, will step down in the autumn.\n\nHe celebrated his 68th "
     "birthday last month with a service in Ibadan.", "2025-05-20", "NG", "68th birthday"),
    # the count's sentence names a decade, not the thing's year
    ("The concrete viaduct, which opened to lorries in September 1991, carries 20,000 vehicles a day.\n\n"
     "\"When the viaduct opened 22 years ago, it was built for the lorries of the 1990s,\" an engineer said.",
     "2024-10-01", "IE", "22 years ago"),
    # the birth in a lifespan, the age in apposition later
    ("A plaque to the poet Ilse Brandt (1931-2002) was unveiled on Sunday.\n\nBrandt, who died aged 59, "
     "wrote six collections.", "2025-06-02", "DE", "aged 59"),
    # a UK-style profile: the birth named after the place's county, the age after
    ("Sir Alan Reeve, who chaired the port authority for a decade, has joined the board of the museum.\n\n"
     "Born in Whitby, North Yorkshire, in 1957, Sir Alan trained as a marine engineer.\n\nThe 58-year-old "
     "said the museum needed a new roof.", "2025-02-11", "GB", "58-year-old"),
]
MORE_RIGHT = [
    ("Bishop Samuel Adeyemi, born in April 1949, will step down in the autumn.\n\nHe celebrated his 76th "
     "birthday last month with a service in Ibadan.", "2025-05-20", "NG"),
    # the birthday is a relative's
    ("Bishop Samuel Adeyemi, born in April 1949, will step down in the autumn.\n\nHis granddaughter, Tola "
     "Adeyemi, celebrated her 18th birthday last month.", "2025-05-20", "NG"),
    ("A plaque to the poet Ilse Brandt (1931-2002) was unveiled on Sunday.\n\nBrandt, who died aged 71, "
     "wrote six collections.", "2025-06-02", "DE"),
    # the year after the phrase is another event's: the founder's death
    ("The bakery, founded by Tomasz Nowak, who died in 1990, has 12 shops.\n\nThe bakery was founded 30 "
     "years ago.", "2025-03-03", "PL"),
    # a birth whose sentence goes on to someone else
    ("Coach Tomas Lindqvist and his assistant Per Holm have left the club.\n\nBorn in 1968 in Umeå, the "
     "former defender played 40 internationals.\n\nThe 49-year-old said he would rest.", "2025-05-11", "SE"),
    # an age given "then", in a year the sentence names
    ("Professor Kofi Mensah-Bonsu, who stepped down as vice-chancellor last month, says the university must "
     "recruit abroad.\n\nBorn in May 1951 in Tamale, the economist taught in Leeds.\n\nHe was appointed "
     "vice-chancellor in 2009, aged 58.", "2024-09-02", "GH"),
]


@pytest.mark.parametrize("text, date, country, wrong", MORE_WRONG)
def test_more_shapes_of_the_timeline_are_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", MORE_RIGHT)
def test_more_near_misses_are_silent(text, date, country):
    assert found(text, date, country) == []


# -- an age that opens its sentence, "at the age of", a thing dated by an opening participle or a season --------

SHAPES_WRONG = [
    ("Justice Ada Kwaru retired in March.\n\nShe was born in March 1950 in Gombe.\n\nAt 64, the judge still "
     "rises at dawn, she said.", "2020-07-14", "NG", "64"),
    ("Walter Pike, a clockmaker, died on Tuesday at the age of 69.\n\nBorn on March 3, 1946, in Leeds, Mr Pike "
     "left school at 14.", "2019-11-19", "GB", "at the age of 69"),
    ("Walter Pike, a clockmaker, died on Tuesday at age 69.\n\nBorn on March 3, 1946, in Leeds, Mr Pike left "
     "school at 14.", "2019-11-19", "US", "at age 69"),
    ("Mary Odhiambo was born on 4 July 1961. Now 55, she runs the co-operative.", "2025-03-01", "KE", "Now 55"),
    ("Mary Odhiambo was born on 4 July 1961.\n\nOdhiambo, now 55, runs the co-operative.", "2025-03-01", "KE",
     "now 55"),
    ("Opened to traffic in June 1989, the Marchand bridge is getting a new deck.\n\nThe bridge opened 31 years "
     "ago.", "2024-06-18", "CA", "31 years ago"),
    ("The bridge, completed in the spring of 1989, needs a deck.\n\nSince the bridge opened 31 years ago, "
     "traffic has doubled.", "2024-06-18", "CA", "31 years ago"),
    ("The museum first opened its doors to visitors in 1975.\n\nThe museum celebrates its 40th anniversary "
     "this year.", "2025-06-18", "GB", "40th"),
]
SHAPES_RIGHT = [
    ("Justice Ada Kwaru retired in March.\n\nShe was born in March 1950 in Gombe.\n\nAt 70, the judge still "
     "rises at dawn, she said.", "2020-07-14", "NG"),
    # "At 64," of a figure that is no one's age
    ("Justice Ada Kwaru retired in March.\n\nShe was born in March 1950 in Gombe.\n\nAt 64, the index of "
     "case delays is the worst in a decade.", "2020-07-14", "NG"),
    ("Walter Pike, a clockmaker, died on Tuesday at the age of 73.\n\nBorn on March 3, 1946, in Leeds, Mr Pike "
     "left school at 14.", "2019-11-19", "GB"),
    ("Mary Odhiambo was born on 4 July 1961. Now 63, she runs the co-operative.", "2025-03-01", "KE"),
    ("Opened to traffic in June 1989, the Marchand bridge is getting a new deck.\n\nThe ferry began 31 years "
     "ago.", "2024-06-18", "CA"),
    ("The museum first opened its doors to visitors in 1975.\n\nThe museum celebrates its 50th anniversary "
     "this year.", "2025-06-18", "GB"),
]


@pytest.mark.parametrize("text, date, country, wrong", SHAPES_WRONG)
def test_other_shapes_of_age_and_thing_are_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", SHAPES_RIGHT)
def test_other_shapes_that_fit_are_silent(text, date, country):
    assert found(text, date, country) == []


LISTING_AND_WHO_WAS_WRONG = [
    ("The Marchand bridge (opened 1989) will get a new deck.\n\nThe bridge opened 31 years ago.", "2024-06-18",
     "CA", "31 years ago"),
    ("The old mill, built 1881, is for sale.\n\nThe mill was built 130 years ago.", "2025-06-18", "GB",
     "130 years ago"),
    ("Walter Pike was born in Leeds on March 3, 1946.\n\nPike, who was 69, died at home on Friday.",
     "2019-11-19", "GB", "who was 69"),
]
LISTING_AND_WHO_WAS_RIGHT = [
    ("The old mill, built 1881, is for sale.\n\nThe mill was built 144 years ago.", "2025-06-18", "GB"),
    ("Walter Pike was born in Leeds on March 3, 1946.\n\nPike, who was 33 when he opened the shop, still "
     "works.", "2019-11-19", "GB"),
    ("Walter Pike was born in Leeds on March 3, 1946.\n\nPike, who was 33, opened the shop on Elm Street.",
     "2019-11-19", "GB"),
    ("Walter Pike was born in Leeds on March 3, 1946. His father died in 1990.\n\nPike, who was 33, opened "
     "the shop.", "2019-11-19", "GB"),
    ("Walter Pike was born in Leeds on March 3, 1946.\n\nPike, who was 73, died at home on Friday.",
     "2019-11-19", "GB"),
]


@pytest.mark.parametrize("text, date, country, wrong", LISTING_AND_WHO_WAS_WRONG)
def test_listing_year_and_age_at_death_are_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", LISTING_AND_WHO_WAS_RIGHT)
def test_listing_year_and_age_at_another_moment_are_silent(text, date, country):
    assert found(text, date, country) == []
