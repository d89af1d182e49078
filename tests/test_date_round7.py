"""Round 7: the story timeline decides from who and what, not from a sentence's frame. All sentences are our own.

- An age is of the person it is tied to anywhere in the story: by name, by pronoun ("She was aged 70"), by a
  definite description ("the 58-year-old") that means the person last mentioned who can be meant -- not the
  speaker whose words carry the age ("her lawyer argued that the 61-year-old ..."), not a person of the other sex
  ("... defeating Raj Gill. The 58-year-old ..., when she became"); or by the same noun ("a 38-year-old broker"
  ... "Born in 1979, the broker").
- A count of years is of the thing it is tied to: a year that modifies the same noun phrase ("its 2013 listing on
  Catalist nine years ago"), a year a "when" clause is about ("in 1997, when the river burst ... 25 years ago"),
  the thing of an "N years ago, when the line opened" clause, or the one thing the sentence before dates by the
  same verb ("opened its cardiac unit in 2008. Since the ward opened ...").
- "the 16th anniversary of Katrina in 2021": the year after a recorded event's name is when the anniversary fell.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str = "date"):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


# -- an age tied to the person born, past a speaker, a person of the other sex, or by the same noun ----------

AGE_WRONG = [
    # the speaker's words carry the age: the speaker is not the one aged
    ("Nomvula Khumalo, who was born in Durban in 1970, was found guilty of theft in May.\n\nHer attorney, "
     "Themba Zulu, asked for a fine, saying the 48-year-old cared for her elderly mother.",
     "2025-09-01", "ZA", "48-year-old"),
    ("Derek Fairbrother, born in June 1961, admitted the offences at an earlier hearing.\n\nProsecutor Anne "
     "Blake told the court the 55-year-old had lied to auditors for years.", "2025-05-20", "GB", "55-year-old"),
    ("Rohan Mehta was born in Pune in 1975 and ran the trust for a decade.\n\nDefence counsel Vikram Rao "
     "argued that the 41-year-old had acted on advice.", "2024-12-02", "IN", "41-year-old"),
    ("Mr Hollis, born in 1963, ran the depot from 1999.\n\nAccording to detective sergeant Kim Ward, the "
     "52-year-old had kept two sets of books.", "2025-02-11", "GB", "52-year-old"),
    ("Lucía Ferreyra was born in Rosario in 1966. She pleaded guilty in March.\n\nJudge Pablo Ortiz said "
     "the 50-year-old had shown remorse.", "2025-04-04", "AR", "50-year-old"),
    # a person of the other sex stands between
    # (the hand rule FC504 cannot: the story never tells Lis's sex, and "handing her" is an object pronoun,
    # which may be anyone's; the learned date rule FC505 catches it since session 10)
    ("Delegates re-elected Marta Nowicka as head of the teachers' union, handing her a third term.\n\n"
     "Nowicka, born in 1968 in Gdynia, beat rival Piotr Lis by 40 votes.\n\nThe 62-year-old has led the "
     "union since 2017, when she replaced its founder.", "2025-06-10", "PL", "62-year-old"),
    ("Delegates re-elected Marta Nowicka as head of the teachers' union.\n\nNowicka, born in 1968 in Gdynia, beat "
     "rival Piotr Lis, who said he would appeal.\n\nThe 62-year-old has led the union since 2017, when she "
     "replaced its founder.", "2025-06-10", "PL", "62-year-old"),
    ("Aisha Bello was sworn in as governor on Monday, and she named her cabinet.\n\nBello, who was born in "
     "1972, defeated Musa Dantata in the run-off. Dantata said he would go to court.\n\nThe 48-year-old said "
     "she would cut fuel prices.", "2025-05-29", "NG", "48-year-old"),
    ("Hamid Karimi took his seat on the board on Tuesday.\n\nKarimi, born in 1959, succeeds Leila Nouri, "
     "who said she was proud of her work.\n\nThe 60-year-old said he would review the budget.",
     "2025-03-03", "IR", "60-year-old"),
    # an obituary's "He was aged 88"
    ("Ravi Perera, who built a shipping line, died in Colombo on Tuesday. He was aged 88.\n\nBorn in Kandy "
     "on 2 May 1941, Perera joined a port agency at 20.", "2025-09-10", "LK", "aged 88"),
    ("Dame Enid Lowe, the sculptor, died at home on Sunday. She was aged 79.\n\nBorn on 30 January 1938, "
     "she studied in Florence.", "2025-03-10", "GB", "aged 79"),
    ("Gustav Brandt died in Hamburg last week. He was aged 70 and had been ill for months.\n\nBrandt, born "
     "in 1949, ran the yard for 30 years.", "2025-05-01", "DE", "aged 70"),
    # the same noun for one person the story never names
    ("A court in Irbid jailed a 35-year-old property developer for six years on Monday.\n\nBorn in Mafraq "
     "in 1980, the developer sold flats he never built.", "2022-03-07", "JO", "35-year-old"),
    ("Police charged a 44-year-old school bus driver on Friday.\n\nThe driver, born in 1972, was arrested "
     "at the depot.", "2024-10-11", "AU", "44-year-old"),
    ("A 29-year-old tax consultant was jailed for fraud.\n\nBorn in 1990 in Cluj, the consultant worked "
     "for three firms.", "2025-01-15", "RO", "29-year-old"),
]
AGE_RIGHT = [
    # the age fits the birth
    ("Nomvula Khumalo, who was born in Durban in 1970, was found guilty of theft in May.\n\nHer attorney, "
     "Themba Zulu, asked for a fine, saying the 55-year-old cared for her elderly mother.",
     "2025-09-01", "ZA"),
    ("Ravi Perera, who built a shipping line, died in Colombo on Tuesday. He was aged 84.\n\nBorn in Kandy "
     "on 2 May 1941, Perera joined a port agency at 20.", "2025-09-10", "LK"),
    # the age is the speaker's own, named
    ("Nomvula Khumalo, who was born in Durban in 1970, was found guilty of theft in May.\n\nHer attorney, "
     "Themba Zulu, 48, asked for a fine.", "2025-09-01", "ZA"),
    # the age is of the other person, who is of the sex its pronoun tells
    ("Delegates re-elected Marta Nowicka as head of the teachers' union, handing her a third term.\n\n"
     "Nowicka, born in 1968 in Gdynia, beat rival Piotr Lis by 40 votes.\n\nThe 44-year-old has led the "
     "opposition since 2017, when he left the board.", "2025-06-10", "PL"),
    # the age is of the last person named, who is not excluded
    ("Nowicka, born in 1968 in Gdynia, beat rival Piotr Lis by 40 votes.\n\nThe 44-year-old has led the "
     "opposition since 2017.", "2025-06-10", "PL"),
    # a different noun: another person
    ("A court in Irbid jailed a 35-year-old property developer for six years on Monday.\n\nBorn in Mafraq "
     "in 1980, the accountant who helped him was fined.", "2022-03-07", "JO"),
    # an age at a past moment
    ("Gustav Brandt, born in 1949, ran the yard for 30 years.\n\nHe was 38 when he bought it.",
     "2025-05-01", "DE"),
    ("Lucía Ferreyra was born in Rosario in 1966.\n\nJudge Pablo Ortiz said she was 38 when the fraud "
     "began.", "2025-04-04", "AR"),
    # a relative's age
    ("Lucía Ferreyra was born in Rosario in 1966.\n\nHer daughter, 24, testified. The judge said the "
     "24-year-old had been coerced.", "2025-04-04", "AR"),
]


@pytest.mark.parametrize("text, date, country, wrong", AGE_WRONG)
def test_age_tied_to_the_person_born_is_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


@pytest.mark.parametrize("text, date, country", AGE_RIGHT)
def test_age_of_another_person_or_that_fits_is_silent(text, date, country):
    assert found(text, date, country) == []


# -- a count of years tied to a thing's year ------------------------------------------------------------------

AGO_WRONG = [
    # the year modifies the noun phrase the count follows
    ("The chairman said the move would be the first since its 2012 listing on the junior board eight years "
     "ago.", "2025-10-02", "SG", "eight years ago"),
    ("Shares have tripled since the firm's 2015 flotation in Mumbai six years ago.", "2025-02-01", "IN",
     "six years ago"),
    ("Residents recall the 1998 landslide above the village 20 years ago.", "2024-04-04", "CO",
     "20 years ago"),
    # a year that a "when" clause is about
    ("The city is better protected than in 1997, when the river burst its banks across the old town 25 years "
     "ago.", "2024-09-16", "PL", "25 years ago"),
    ("Officials compared it with 2004, when a tsunami struck the coast nearly 30 years ago.",
     "2025-12-01", "LK", "30 years ago"),
    ("Few remember 1988, when the dam was finished on the upper river 40 years ago, before the town grew.",
     "2025-03-01", "TR", "40 years ago"),
    # "N years ago, when the line opened": the thing dated elsewhere
    ("The city's first tram line opened in May 1985.\n\nSome of the cars were bought 45 years ago, when the "
     "first line opened.", "2025-06-01", "RO", "45 years ago"),
    ("The bridge was completed in 1972.\n\nThe toll booths date from 40 years ago, when the bridge was "
     "completed.", "2025-01-10", "US", "40 years ago"),
    ("The museum opened in 1999 in a former mill.\n\nIts first curator was hired 30 years ago, when the "
     "museum opened.", "2025-07-01", "GB", "30 years ago"),
    # the one thing the sentence before dates by the same verb
    ("The clinic opened its cardiac unit in 2008 with six beds. Since the ward opened 25 years ago, demand "
     "has doubled.", "2024-11-19", "IR", "25 years ago"),
    ("The university opened its law faculty in 1990. The school opened 20 years ago with 40 students.",
     "2025-02-02", "KE", "20 years ago"),
]
AGO_RIGHT = [
    ("The chairman said the move would be the first since its 2012 listing on the junior board 13 years "
     "ago.", "2025-10-02", "SG"),
    # a verb between the year and the count: another event
    ("The 2012 plan was scrapped eight years ago.", "2025-10-02", "SG"),
    ("The firm listed in 2012 and moved to the main board eight years ago.", "2025-10-02", "SG"),
    ("The city is better protected than in 1997, when the river burst its banks 27 years ago.",
     "2024-09-16", "PL"),
    # a "when" clause with another year of its own
    ("It was worse in 1997, when the 2010 flood defences were not yet built, than 14 years ago.",
     "2024-09-16", "PL"),
    ("The city's first tram line opened in May 1985.\n\nSome of the cars were bought 40 years ago, when the "
     "first line opened.", "2025-06-01", "RO"),
    # a second line, not the first
    ("The city's first tram line opened in May 1985.\n\nSome of the cars were bought 20 years ago, when the "
     "second line opened.", "2025-06-01", "RO"),
    # another kind of thing
    ("The museum opened in 1999 in a former mill.\n\nIts cafe was added 10 years ago, when the bridge "
     "opened.", "2025-07-01", "GB"),
    # a part of the thing, with its own words
    ("The hospital opened in 1970. Its new burns ward opened 25 years ago.", "2025-02-02", "IR"),
    ("The clinic opened its cardiac unit in 2008 with six beds. Since the ward opened 16 years ago, demand "
     "has doubled.", "2024-11-19", "IR"),
    # a thing of a known other kind
    ("The stadium opened in 2010. The museum opened 5 years ago.", "2025-02-02", "GB"),
]


@pytest.mark.parametrize("text, date, country, wrong", AGO_WRONG)
def test_count_tied_to_the_things_year_is_checked(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country))


@pytest.mark.parametrize("text, date, country", AGO_RIGHT)
def test_count_of_another_thing_or_that_fits_is_silent(text, date, country):
    assert found(text, date, country) == []


# -- an anniversary that fell in a year the sentence names ---------------------------------------------------

ANNIVERSARY_RIGHT = [
    ("Since 2005 the levees have held. Hurricane Ida hit on the 16th anniversary of Katrina in 2021.",
     "2025-08-28", "US"),
    ("Hurricane Ida, which struck on the 16th anniversary of Hurricane Katrina in 2021, cut power for days.",
     "2025-08-28", "US"),
]
ANNIVERSARY_WRONG = [
    ("Hurricane Ida hit on the 14th anniversary of Hurricane Katrina in 2021.", "2025-08-28", "US", "14th"),
]


@pytest.mark.parametrize("text, date, country", ANNIVERSARY_RIGHT)
def test_anniversary_in_a_named_year_is_silent(text, date, country):
    assert found(text, date, country) == []


@pytest.mark.parametrize("text, date, country, wrong", ANNIVERSARY_WRONG)
def test_anniversary_in_a_named_year_that_misses_is_checked(text, date, country, wrong):
    assert wrong in found(text, date, country)


# -- a second batch, written after the fixes above in other shapes and styles (13/13 caught, 5/13 before) -----

SECOND_WRONG = [
 # ages
 ("Born in 1975 in Nagpur, Ramesh Iyer rose to head the cooperative bank.\n\nHis counsel, senior advocate Arvind Nair, told the bench the 43-year-old had no criminal record.", "2025-03-01", "IN", "43-year-old"),
 ("Ms Tan Hui Min, who was born on 3 March 1970, founded the bakery chain.\n\nThe 60-year-old said she would step back this year.", "2025-04-01", "SG", "60-year-old"),
 ("Kwame Boateng (born 1962) has been named chairman of the board.\n\nAnalysts said the 55-year-old was a safe choice.", "2025-01-20", "GH", "55-year-old"),
 ("The defendant, Carlos Mendes, was born in Braga in 1985.\n\nPolice said Mendes, 31, had fled to Spain.", "2025-02-02", "PT", "31"),
 ("Haruto Sato, born in 1950, retired as mayor in March.\n\nAt the ceremony, his deputy Yui Kato said the 70-year-old had rebuilt the town.", "2025-05-05", "JP", "70-year-old"),
 ("Olga Petrenko died on Monday in Kyiv. She was 81.\n\nPetrenko was born on 12 May 1940 in Poltava.", "2025-08-20", "UA", "81"),
 ("Jean-Marc Aubert was born in Lyon in 1966 and joined the force at 20. On Thursday his lawyer, Claire Roux, asked for bail, saying the 51-year-old posed no risk.", "2025-06-12", "FR", "51-year-old"),
 # counts
 ("Shares have doubled since the group's 2014 debut on the Nairobi bourse five years ago.", "2025-03-03", "KE", "five years ago"),
 ("Locals still talk of 1985, when an earthquake flattened the old market 30 years ago.", "2025-09-01", "MX", "30 years ago"),
 ("The city's first metro line opened in 1995.\n\nThe signals were installed 40 years ago, when the first line opened.", "2025-01-01", "CL", "40 years ago"),
 ("The academy was founded in 1961 by missionaries.\n\nIts library dates from 50 years ago, when the academy was founded.", "2025-06-01", "UG", "50 years ago"),
 ("The plant was commissioned in 1988.\n\nSince the facility opened 20 years ago, output has tripled.", "2025-06-01", "ZA", "20 years ago"),
 ("Since its 1977 opening, 52 years ago, the line has carried billions.", "2026-02-09", "UZ", "52 years ago"),
]
SECOND_RIGHT = [
 ("Born in 1975 in Nagpur, Ramesh Iyer rose to head the cooperative bank.\n\nHis counsel, senior advocate Arvind Nair, 43, told the bench the banker had no record.", "2025-03-01", "IN"),
 ("Kwame Boateng (born 1962) has been named chairman.\n\nHis wife Ama, who said she was proud, is 55.", "2025-01-20", "GH"),
 ("Haruto Sato, born in 1950, retired as mayor in March.\n\nHis deputy Yui Kato, 52, said the town was rebuilt. The 52-year-old takes over.", "2025-05-05", "JP"),
 ("Jean-Marc Aubert was born in Lyon in 1966. He was 38 when he joined the board in 2004.", "2025-06-12", "FR"),
 ("Shares have doubled since the group's 2014 debut on the Nairobi bourse 11 years ago.", "2025-03-03", "KE"),
 ("The 2014 squad won the league five years ago.", "2025-03-03", "KE"),
 ("The 2014 floods in Kerala left 400 dead; the state rebuilt its dams five years ago.", "2025-03-03", "IN"),
 ("Locals still talk of 1985, when an earthquake flattened the old market, and of the fire 30 years ago.", "2025-09-01", "MX"),
 ("The city's first metro line opened in 1995.\n\nThe signals were installed 12 years ago, when the third line opened.", "2025-01-01", "CL"),
 ("Marking the 40th anniversary of the 1985 earthquake, the mayor laid a wreath.", "2025-09-19", "MX"),
 ("Kerala observed the 10th anniversary of the floods in 2018 with silence.", "2028-08-15", "IN"),
]


@pytest.mark.parametrize("text, date, country, wrong", SECOND_WRONG)
def test_second_batch_is_checked(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country))


@pytest.mark.parametrize("text, date, country", SECOND_RIGHT)
def test_second_batch_near_misses_are_silent(text, date, country):
    assert found(text, date, country) == []


# -- near-misses of the new ties: an age at a moment not dated, the age the story gave another person before, a
# name apposed to the described person, a person of the other sex

THIRD_RIGHT = [
 ("Walter Pike was born in Leeds in 1946.\n\nPike, who was aged 33 when he opened the shop, still works.", "2019-11-19", "GB"),
 ("Walter Pike was born in Leeds in 1946.\n\nHe was aged 33 when he opened the shop.", "2019-11-19", "GB"),
 ("Walter Pike was born in Leeds in 1946.\n\nHe was aged just 33 at the time.", "2019-11-19", "GB"),
 ("Tom Smith, born in 1960, was jailed for six years. His co-accused, a 34-year-old mechanic, got four.\n\nProsecutor Jane Doe said the 34-year-old had driven the getaway car.", "2025-03-03", "GB"),
 ("Tom Smith, born in 1960, was jailed. A 34-year-old woman was also charged.\n\nDetective Ian Cole said the 34-year-old was released on bail.", "2025-03-03", "GB"),
 ("Okafor, born in 1950, founded the bank. Ms Bello, 52, succeeds him. Bello said the 52-year-old bank needed change.", "2025-06-05", "NG"),
 ("Kowalski, born in 1971, won the vote. Her rival, Jan Nowak, said he would accept it.\n\nThe 44-year-old has led the opposition since 2019, when he left the board.", "2025-06-10", "PL"),
 ("Anna Berg, born in 1980, leads the party. Her deputy said the 61-year-old former leader, Per Lund, would stay on.", "2025-06-10", "SE"),
]


@pytest.mark.parametrize("text, date, country", THIRD_RIGHT)
def test_third_batch_near_misses_are_silent(text, date, country):
    assert found(text, date, country) == []


# -- a fourth batch: "N years since", "the N-year-old" thing, a "which" clause, a listing -------------------

FOURTH_WRONG = [
 ("The clinic opened its maternity wing in 2009.\n\nIt has been 25 years since the unit opened, and staff numbers have tripled.", "2025-01-01", "KE", "25 years"),
 ("The ward, which opened in 2006, is full.\n\nThe 25-year-old ward will be rebuilt.", "2024-11-19", "IR", "25-year"),
 ("Uzbekistan's first metro line opened in 1977.\n\nIt is 52 years since the first line opened.", "2026-02-09", "UZ", "52 years"),
 ("The company listed on the exchange in 2013.\n\nSince the firm listed nine years ago, its shares have tripled.", "2025-10-02", "SG", "nine years ago"),
 ("Poland remembers the great flood of 1997, which swept through Wroclaw 25 years ago.", "2024-09-16", "PL", "25 years ago"),
]
FOURTH_RIGHT = [
 ("The clinic opened its maternity wing in 2009.\n\nIt has been 16 years since the unit opened.", "2025-01-01", "KE"),
 ("The ward, which opened in 2006, is full.\n\nThe 18-year-old ward will be rebuilt.", "2024-11-19", "IR"),
 ("Poland remembers the great flood of 1997, which swept through Wroclaw 27 years ago.", "2024-09-16", "PL"),
]


@pytest.mark.parametrize("text, date, country, wrong", FOURTH_WRONG)
def test_fourth_batch_is_checked(text, date, country, wrong):
    assert any(wrong in f for f in found(text, date, country))


@pytest.mark.parametrize("text, date, country", FOURTH_RIGHT)
def test_fourth_batch_near_misses_are_silent(text, date, country):
    assert found(text, date, country) == []
