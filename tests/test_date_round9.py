"""Round 9: three classes of date error, each read by one mechanism rather than a sentence frame. All sentences
are our own.

- An age at death whose person is written far before it: past a "who ..." relative clause ("Ana Ruiz, who ran the
  bakery for 40 years, died ...") and past a day written without "on" ("died Aug. 14", "died 3 May", "died
  Tuesday") the subject of the verb is the one aged.
- A count of years since a thing opened, read against the year the story gives for its founding ("started out",
  "was set up", "launched"): a thing opens no earlier than it is founded, so a count that puts the opening before
  the founding cannot be right (a later opening may be).
- "<a recorded event>'s Nth anniversary in YEAR": a year placed after the anniversary itself is when it fell, so
  the count is that year less the event's own year (not the publication year).
"""
from __future__ import annotations

import pytest

from _findings import found




# -- an age at death, the person past a relative clause or a bare day ---------------------------------------------

AGE_AT_DEATH_WRONG = [
    ("Ana Ruiz, who ran the corner bakery in Valladolid for four decades, died Aug. 14 at the age of 77.\n\n"
     "Born on 2 February 1941 in a village near Zamora, she moved to the city at 16.", "2025-08-20", "ES",
     "at the age of 77"),
    ("Tomasz Wrona, who coached the junior rowing squad and later chaired the regatta committee, died 3 May "
     "aged 70.\n\nHe was born in Poznan in 1948.", "2025-05-09", "PL", "aged 70"),
    ("Evelyn Marsh, whose cakes won the county show nine times, died Tuesday at the age of 101.\n\nBorn in 1931, "
     "she baked for the village fete until she was 90.", "2025-03-14", "GB", "at the age of 101"),
    ("Ravi Menon, who taught mathematics at the college for 35 years, died Sunday aged 58.\n\nBorn in Kochi in "
     "1960, he joined the faculty in 1987.", "2025-02-03", "IN", "aged 58"),
    ("Gordon McPhee, who fished out of Lunenburg for 60 years, died Nov. 2 at age 80.\n\nMcPhee was born in "
     "1938 in Blue Rocks, N.S.", "2025-11-06", "CA", "at age 80"),
    ("Irene Kowalczyk, who founded the town's first lending library, died on 9 June, at the age of 79.\n\n"
     "Born in 1937, she trained as a bookbinder.", "2025-06-12", "PL", "at the age of 79"),
    ("Samuel Okoro, who served two terms as the ward councillor and ran a hardware shop, died Jan. 21 aged "
     "66.\n\nHe was born in Enugu in 1953.", "2025-01-25", "NG", "aged 66"),
]


@pytest.mark.parametrize("text,date,country,expected", AGE_AT_DEATH_WRONG)
def test_age_at_death_past_relative_clause(text, date, country, expected):
    assert expected in found(text, date, country)


AGE_AT_DEATH_CLEAN = [
    # the age fits the birth
    ("Ana Ruiz, who ran the corner bakery in Valladolid for four decades, died Aug. 14 at the age of 84.\n\n"
     "Born on 2 February 1941 in a village near Zamora, she moved to the city at 16.", "2025-08-20", "ES"),
    ("Ravi Menon, who taught mathematics at the college for 35 years, died Sunday aged 64.\n\nBorn in Kochi in "
     "1960, he joined the faculty in 1987.", "2025-02-03", "IN"),
    # the birth is another person's: his mother's
    ("Tomasz Wrona, who coached the junior rowing squad, died 3 May aged 70.\n\nHis mother, born in 1921, "
     "still lives in Poznan.", "2025-05-09", "PL"),
    # the one who died is not the one born in the relative clause's year
    ("Gordon McPhee, whose father was born in 1912, died Nov. 2 at age 80.", "2025-11-06", "CA"),
    # the age is the wife's, named after the verb
    ("Samuel Okoro, who ran a hardware shop, died Jan. 21. His wife, Grace, aged 66, survives him.\n\n"
     "He was born in Enugu in 1938.", "2025-01-25", "NG"),
]


@pytest.mark.parametrize("text,date,country", AGE_AT_DEATH_CLEAN)
def test_age_at_death_clean(text, date, country):
    assert found(text, date, country) == []


# -- years since it opened, against the year it was founded --------------------------------------------------------

OPENED_SINCE_FOUNDED_WRONG = [
    ("The unit started out in 2009 with six beds.\n\nIts head nurse said demand had grown in the 24 years since "
     "it opened.", "2025-03-01", "GB", "24 years"),
    ("The clinic was set up in 2012 by two doctors. Patients have queued every morning since it opened 20 years "
     "ago.", "2025-06-10", "KE", "20 years ago"),
    ("The museum was founded in 2015.\n\nVisitors have doubled since it opened its doors 18 years ago, its "
     "director said.", "2025-09-09", "AU", "18 years ago"),
    ("The bistro was launched in 2019 by a former chef from Lyon. It opened 12 years ago with "
     "only four tables.", "2025-04-04", "FR", "12 years ago"),
    ("The ward was established in 2004. In the 30 years since it opened, it has treated thousands.",
     "2025-01-20", "ZA", "30 years"),
]


@pytest.mark.parametrize("text,date,country,expected", OPENED_SINCE_FOUNDED_WRONG)
def test_opened_before_founded(text, date, country, expected):
    assert expected in found(text, date, country)


OPENED_SINCE_FOUNDED_CLEAN = [
    # it opened later than it was founded: possible
    ("The unit started out in 2009 as a project on paper. In the 12 years since it opened, demand has grown.",
     "2025-03-01", "GB"),
    ("The museum was founded in 2005; it opened 15 years ago after a long search for a building.",
     "2025-09-09", "AU"),
    # the same year
    ("The clinic was set up in 2012. Patients have queued every morning since it opened 13 years ago.",
     "2025-06-10", "KE"),
    # two things dated: which one "it" is is not ours to guess
    ("The clinic was set up in 2012 and the bakery next door was founded in 1990. It opened 30 years ago.",
     "2025-06-10", "KE"),
]


@pytest.mark.parametrize("text,date,country", OPENED_SINCE_FOUNDED_CLEAN)
def test_opened_after_founded_clean(text, date, country):
    assert found(text, date, country) == []


# -- a recorded event's Nth anniversary in a given year -----------------------------------------------------------

ANNIVERSARY_FELL_IN_WRONG = [
    ("Ida struck on Katrina's 14th anniversary in 2021 with 150 mph winds.", "2025-08-28", "US", "14th"),
    ("Another storm hit on Katrina's 18th anniversary, in 2021.", "2025-08-28", "US", "18th"),
    ("The levee board met on Hurricane Katrina's tenth anniversary in 2021.", "2025-08-28", "US", "tenth"),
]


@pytest.mark.parametrize("text,date,country,expected", ANNIVERSARY_FELL_IN_WRONG)
def test_anniversary_fell_in_year(text, date, country, expected):
    assert expected in found(text, date, country)


ANNIVERSARY_FELL_IN_CLEAN = [
    ("Ida struck on Katrina's 16th anniversary in 2021 with 150 mph winds.", "2025-08-28", "US"),
    ("Another storm hit on Katrina's 16th anniversary, in 2021.", "2025-08-28", "US"),
    ("The levee board met on Hurricane Katrina's tenth anniversary in 2015.", "2025-08-28", "US"),
    # no recorded owner: when the club began is not known, so the count is not ours to judge
    ("The club marked its 40th anniversary in 2019 with a dinner.", "2025-08-28", "GB"),
    ("The choir celebrated its 25th anniversary during 2022.", "2025-08-28", "GB"),
]


@pytest.mark.parametrize("text,date,country", ANNIVERSARY_FELL_IN_CLEAN)
def test_anniversary_fell_in_clean(text, date, country):
    assert found(text, date, country) == []


# -- the only age, of a definite description, against the only named birth ---------------------------------------

ROLE_AGE_WRONG = [
    ("Her client, aged 61, cares for two grandchildren, the lawyer said.\n\nNkosi was born in 1968.",
     "2025-10-15", "ZA", "aged 61"),
    ("The defendant, 61, wept in the dock.\n\nKhumalo was born in 1968.", "2025-10-15", "ZA", "61"),
    ("His client, 44, has no previous convictions, counsel said.\n\nDaniel Roche was born in 1971.",
     "2025-04-02", "IE", "44"),
    ("The teacher, aged 39, sat silently.\n\nPriya Nair was born in May 1990 in Kochi.", "2025-07-07", "IN",
     "aged 39"),
]


@pytest.mark.parametrize("text,date,country,expected", ROLE_AGE_WRONG)
def test_definite_role_age(text, date, country, expected):
    assert expected in found(text, date, country)


ROLE_AGE_CLEAN = [
    ("Her client, aged 57, cares for two grandchildren, the lawyer said.\n\nNkosi was born in 1968.",
     "2025-10-15", "ZA"),
    # an indefinite person is someone else
    ("A man, aged 30, was arrested at the scene.\n\nNkosi, the victim, was born in 1968.", "2025-10-15", "ZA"),
    # a relative of the person is someone else
    ("Her son, aged 30, gave evidence.\n\nNkosi was born in 1968.", "2025-10-15", "ZA"),
    # two births: which one the role is, is not ours to guess
    ("The defendant, 61, wept.\n\nKhumalo was born in 1968 and her co-accused Dube in 1964.", "2025-10-15", "ZA"),
]


@pytest.mark.parametrize("text,date,country", ROLE_AGE_CLEAN)
def test_definite_role_age_clean(text, date, country):
    assert found(text, date, country) == []


# -- a thing's age against the year it came to be ----------------------------------------------------------------

THING_AGE_WRONG = [
    ("Built in 1995, the 40-year-old bridge needs repairs.", "2025-06-15", "GB", "40-year"),
    ("The bridge opened in 1995. The 40-year-old structure needs repairs.", "2025-06-15", "GB", "40-year"),
    ("The firm was founded in 1994. It is now 35 years old.", "2025-06-15", "GB", "35 years"),
    ("The law was passed in 2011. The 16-year-old law is under review.", "2025-06-15", "GB", "16-year"),
    ("The act, passed in December 2011, is now 16 years old.", "2025-06-15", "GB", "16 years"),
    ("The museum was established in 2001; the museum is 30 years old this year.", "2025-06-15", "GB", "30 years"),
]


@pytest.mark.parametrize("text,date,country,expected", THING_AGE_WRONG)
def test_thing_age(text, date, country, expected):
    assert expected in found(text, date, country)


THING_AGE_CLEAN = [
    ("The bridge opened in 1995. The 30-year-old structure needs repairs.", "2025-06-15", "GB"),
    ("Built in 1995, the 30-year-old bridge needs repairs.", "2025-06-15", "GB"),
    ("The firm was founded in 1994. It is now 31 years old.", "2025-06-15", "GB"),
    ("The firm was founded in 1994. Its founder is now 35 years old.", "2025-06-15", "GB"),
    ("The firm was founded in 1994. Its oldest lorry is 35 years old.", "2025-06-15", "GB"),
    ("The firm was founded in 1994 and bought a warehouse. It is 60 years old.", "2025-06-15", "GB"),
    ("The museum opened in 2001 in a mill. The 150-year-old building was restored.", "2025-06-15", "GB"),
    ("The club was founded in 1994. Its 12-year-old stadium is full.", "2025-06-15", "GB"),
    ("In 2010 the stadium, then 15 years old, hosted the final.", "2025-06-15", "GB"),
    ("The bridge, built in 1995, was 20 years old when it was closed in 2015.", "2025-06-15", "GB"),
    ("The bridge opened in 1995. A 40-year-old man jumped from it.", "2025-06-15", "GB"),
    ("The tower was built in 1930 and reopened in 2010. The 95-year-old tower is a landmark.", "2025-06-15", "GB"),
    ("The hotel opened in 2015 in a 100-year-old building.", "2025-06-15", "GB"),
    ("The factory, founded in 1960, replaced its 20-year-old machines.", "2025-06-15", "GB"),
]


@pytest.mark.parametrize("text,date,country", THING_AGE_CLEAN)
def test_thing_age_clean(text, date, country):
    assert found(text, date, country) == []


# -- "N years on" from the year the sentence before gave -------------------------------------------------------------

YEARS_ON_WRONG = [
    ("Ruiz started the company in 1994.\n\nTwenty-nine years on, it employs 400 people.", "2025-05-15", "ES",
     "Twenty-nine years"),
    ("It was 1998. Twenty years later, the town still remembers.", "2025-05-15", "GB", "Twenty years"),
    ("The 1998 flood killed 40. Two decades on, the town remembers.", "2025-05-15", "GB", "Two decades"),
    ("The flood struck in January 1998.\n\nTwenty years after the flood, the levee is still unfinished.",
     "2025-05-15", "GB", "Twenty years"),
    ("The mine shut in 2004. In the 12 years since, the valley has lost half its people.", "2025-03-01", "GB",
     "12 years"),
    ("The quake hit in April 2015. Five years on, thousands still live in tents.", "2025-04-20", "NP",
     "Five years"),
]


@pytest.mark.parametrize("text,date,country,expected", YEARS_ON_WRONG)
def test_years_on(text, date, country, expected):
    assert expected in found(text, date, country)


YEARS_ON_CLEAN = [
    ("The war ended in 1995. Thirty years on, the scars remain.", "2025-06-15", "GB"),
    ("The war ended in 1995. Ten years later he was elected mayor.", "2025-06-15", "GB"),
    ("The war ended in 1995. Ten years later, in 2005, he was elected.", "2025-06-15", "GB"),
    ("The plan was approved in 2015. Five years later, construction began.", "2025-06-15", "GB"),
    ("The mine opened in 1979 and closed in 2001. Twenty years on, the town is quiet.", "2025-06-15", "GB"),
    ("The firm was founded in 1994. Two years later it had 50 staff.", "2025-06-15", "GB"),
    ("The dam burst in 2015. About ten years on, survivors still wait.", "2025-06-15", "GB"),
    ("The treaty was signed in 1998. Two years on, in practice, little changed.", "2025-06-15", "GB"),
    ("The school opened in the 1990s. Twenty years on, it is full.", "2025-06-15", "GB"),
    ("Prices rose 8% in 2022 and 6% in 2023. Two years on, they remain high.", "2025-06-15", "GB"),
    ("The strike began in March 2024. A year on, talks are stalled.", "2025-06-15", "GB"),
]


@pytest.mark.parametrize("text,date,country", YEARS_ON_CLEAN)
def test_years_on_clean(text, date, country):
    assert found(text, date, country) == []


# -- a weekday apposed to its date ---------------------------------------------------------------------------------

def test_weekday_apposed_to_date():
    assert found("The council voted on June 14, a Tuesday.", "2025-06-20", "US") == ["June 14, a Tuesday"]
    assert found("The ship sailed on 14 June 2025 - a Tuesday - from Hull.", "2025-06-20", "GB")
    assert found("The council voted on June 14, a Saturday.", "2025-06-20", "US") == []
    assert found("On 14 June, a Tuesday crowd gathered.", "2025-06-20", "GB") == []


# -- a birth's person past a relative clause; "Now aged 61," opening its sentence ------------------------------------

def test_birth_person_past_relative_clause():
    assert found("Mokoena, who turned 61 this year, was born in 1968.", "2025-10-15", "ZA") == ["turned 61"]
    assert found("Mokoena, who turned 57 this year, was born in 1968.", "2025-10-15", "ZA") == []


def test_now_aged_opening():
    text = "Lindiwe Mokoena was born in Soweto in 1968, the youngest of five. Now aged {}, she has been jailed."
    assert found(text.format(61), "2025-10-15", "ZA") == ["aged 61"]
    assert found(text.format(57), "2025-10-15", "ZA") == []
    # someone else opens the clause after the age
    assert found("Lindiwe Mokoena was born in 1968. Now aged 30, her son runs the shop.", "2025-10-15", "ZA") == []
