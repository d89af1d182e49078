"""Round 14 (dates): every reading of a yearless weekday and of a count to now; a day with its year counted exactly;
an event dated elsewhere and named again by its own word ("that founding meeting", "the flood"); the lead that
counts and the background that dates; "the N-year-old" followed by any verb; another person's death is no moment
of an age; a founder's who-clause that tells the founding again. Sentences of our own."""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    # a yearless weekday that fits neither the publication year nor the year its paragraph told
    ("Voters went to the polls on Thursday, 14 March 2019. The recount the next day, Saturday 15 March, was quiet.",
     "2024-03-14", "IE", "Saturday 15 March"),
    ("The ferry sank on Sunday 9 June 2002; divers reached it on Tuesday 12 June, officials said.",
     "2025-06-09", "GB", "Tuesday 12 June"),
    # a day with its year is counted exactly
    ("Seventeen years ago, on the night of 2 October 2007, the river burst its banks in Kurigram.",
     "2025-10-02", "BD", "Seventeen years ago"),
    ("Twelve years ago, in the early hours of 5 May 2010, a fire tore through the market.",
     "2023-05-05", "NG", "Twelve years ago"),
    ("Nine years ago, on 21 August 2014, the landslide buried the hamlet.", "2024-08-21", "IN", "Nine years ago"),
    ("The quake struck 14 years ago, on 6 April 2009, flattening the old town.", "2024-04-06", "IT",
     "14 years ago"),
    ("It was 19 years ago, on the morning of 11 July 2004, that the bridge gave way.", "2024-07-11", "PK",
     "19 years ago"),
    # an event dated elsewhere and named again by its own word
    ("The rowing club was founded in 1921 by dockers from the east wharf. At the dinner its chairman read the "
     "minutes of that founding meeting 98 years ago to a hushed room.", "2025-05-10", "GB", "98 years ago"),
    ("The levee programme began after the flood of March 2005. \"Cars floated down this road 22 years ago,\" said a "
     "resident who still keeps photographs of the flood.", "2025-03-20", "AU", "22 years ago"),
    ("Mehta's bakery opened its doors in 1979. Regulars say the founding recipe, used since the shop's founding "
     "51 years ago, has never changed.", "2025-01-15", "IN", "51 years ago"),
    ("The 1998 landslide above the village killed nine people. Survivors say the landslide that night 31 years ago "
     "still haunts them.", "2025-09-01", "CO", "31 years ago"),
    ("The choir, which this month marks 30 years since the first rehearsals in a church hall, is touring. The choir "
     "was founded in 1999 by two music teachers.", "2025-06-12", "IE", "30 years"),
    ("This weekend's fair, which celebrates 25 years since its founding, opens on Friday. The fair was set up in "
     "2004 by local farmers.", "2025-08-01", "NZ", "25 years"),
    # the lead counts, the background dates
    ("The ageing Harbour Road depot, which opened 14 years ago as the city's main bus yard, will be rebuilt. The "
     "depot, opened in 2007 to replace kerbside stops, now handles twice its design load.", "2025-03-02", "MY",
     "14 years ago"),
    ("The Lakeside clinic, which opened nine years ago, will close in June, the board said. The clinic, built in "
     "2012 with donor money, has run short of nurses.", "2025-02-11", "KE", "nine years ago"),
    # "the N-year-old" followed by a verb of any kind
    ("\"I have waited for this,\" said Adeyemi, who was born in 1998 in Ibadan. The 33-year-old burst into tears "
     "at the line.", "2024-06-20", "NG", "33-year-old"),
    ("\"It means everything,\" said Kowalski, who was born in 1990 in Gdansk. The 40-year-old hugged his coach "
     "after the race.", "2025-07-01", "PL", "40-year-old"),
    ("Ruiz, who was born in 1985, scored twice. The 45-year-old punched the air in front of the away end.",
     "2025-04-12", "ES", "45-year-old"),
    # another person's death is no moment of the age
    ("Dai Morgan, who was born in 1970, admitted theft. A victim's husband died in 2022 before the case came to "
     "court. The judge said the 50-year-old had shown no remorse.", "2025-06-20", "GB", "50-year-old"),
    # a founder's who-clause that tells the founding again
    ("The firm was founded in 1985 by Anil Rao, who started with two looms in a garage near the bus stand, 30 "
     "years ago.", "2025-07-15", "IN", "30 years ago"),
    ("The bakery was established in 1990 by Maria Costa, who set up with one oven in a rented shop, 25 years ago.",
     "2025-03-01", "PT", "25 years ago"),
]

SILENT = [
    # the weekday fits the year its paragraph told
    ("On Friday, 22 May 2015, the country voted. The count the following day, Saturday 23 May, drew crowds.",
     "2025-05-22", "IE"),
    ("The ferry sank on Sunday 9 June 2002; divers reached it on Wednesday 12 June, officials said.",
     "2025-06-09", "GB"),
    ("Polls opened on Thursday, 14 March 2019. The recount the next day, Friday 15 March, was quiet.",
     "2024-03-14", "IE"),
    # a count to now that another year of the story fits
    ("The blasts struck on Sunday, 21 April 2019. It was the worst violence since the war ended in May 2009.\n\n"
     "Five years later the families say they still have no answers.", "2024-04-21", "LK"),
    ("The quake hit on 27 February 2010. It was the strongest since the 1960 quake in Valdivia.\n\nFifteen years "
     "on, the town is still rebuilding.", "2025-02-27", "CL"),
    # "a year after the X" inside its sentence is a gap between two events, not a count to now
    ("The team won the cup in 1995. The coach died in 1998.\n\nThe win, coming barely a year after the first free "
     "election, is still remembered.", "2025-06-24", "ZA"),
    # a day with its year counted right
    ("Eighteen years ago, on the night of 15 November 2007, the cyclone struck the coast.", "2025-11-15", "BD"),
    ("Twelve years ago, in the early hours of 5 May 2011, a fire tore through the market.", "2023-05-05", "NG"),
    ("The quake struck 15 years ago, on 6 April 2009, flattening the old town.", "2024-05-06", "IT"),
    ("Nine years ago, on 21 August 2014, the landslide buried the hamlet.", "2023-09-21", "IN"),
    # a named event counted right, or a count of something else
    ("The rowing club was founded in 1921 by dockers. Its chairman read the minutes of that founding meeting 104 "
     "years ago.", "2025-05-10", "GB"),
    ("The levee programme began after the flood of March 2005. \"Cars floated down this road 20 years ago,\" said a "
     "resident.", "2025-03-20", "AU"),
    ("The cooperative was founded in 2006. Oil now sells for three times what the women were paid 15 years ago, "
     "its president says.", "2023-04-19", "MA"),
    ("The training centre was established in 1993. The king, who acceded to the throne 20 years ago, called for "
     "more vocational training.", "2019-09-17", "MA"),
    ("Investors have poured in since rules were eased in 2023. \"Five years ago investors asked whether they could "
     "get their money out,\" an official said.", "2026-04-24", "UZ"),
    ("The memorial hall was opened in 1985. Some of the veterans met there more than ten years ago.",
     "2025-01-16", "IN"),
    ("The festival began in 1990. A few years ago the organisers moved it to the harbour.", "2025-07-24", "IE"),
    ("The attacks of 15 March 2019 shook the country. Residents remembered the victims killed five years ago.",
     "2024-03-15", "NZ"),
    # the lead counts, the background dates: right, or two things of the kind
    ("The Harbour Road depot, which opened 18 years ago, will be rebuilt. The depot, opened in 2007, now handles "
     "twice its design load.", "2025-03-02", "MY"),
    ("The Lakeside clinic, which opened nine years ago, will close. The clinic opened in 2016 and a second clinic "
     "opened in 2012.", "2025-02-11", "KE"),
    # "the N-year-old" with the right age, or a preposition after it
    ("\"I have waited for this,\" said Adeyemi, who was born in 1998 in Ibadan. The 25-year-old burst into tears "
     "at the line.", "2024-06-20", "NG"),
    ("Volkov, who was born in March 1981, has played 20 seasons. Team-mates praised the 38-year-old after the "
     "final whistle.", "2020-01-20", "RU"),
    # a death in the age's own sentence may be its moment
    ("Dai Morgan, who was born in 1970, ran the home. The 52-year-old died in 2022, before the case came to court.",
     "2025-06-20", "GB"),
    ("Dai Morgan, who was born in 1970, admitted theft. A victim's husband died in 2022. The judge said the "
     "54-year-old had shown no remorse.", "2025-06-20", "GB"),
    # a founder's who-clause of another event
    ("The firm was founded in 1985 by Anil Rao, who retired from the board, 30 years ago.", "2025-07-15", "IN"),
    ("The firm was founded in 1985 by Anil Rao, who started with two looms in a garage, 40 years ago.",
     "2025-07-15", "IN"),
]


@pytest.mark.parametrize("text,date,country,flagged", FLAGGED)
def test_flagged(text, date, country, flagged):
    assert found(text, date, country, "date") == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert found(text, date, country, "date") == []


# a verb of beginning is any thing's: the tunnel's work is not the bypass's construction
SILENT_MORE = [
    ("Construction began in 2003 on the bypass.\n\nWork on the tunnel began 18 years ago.", "2025-06-01", "GB"),
    ("The bank was founded in 1990. Its chief executive started the payments arm 31 years ago.", "2025-06-01", "KE"),
]


@pytest.mark.parametrize("text,date,country", SILENT_MORE)
def test_silent_more(text, date, country):
    assert found(text, date, country, "date") == []


# an event of the kind, not the one the story dated: "the previous election", "a flood"
SILENT_OTHER = [
    ("The election of May 2019 returned the party. At the previous election eight years ago it lost.",
     "2025-06-01", "GB"),
    ("The flood of August 2002 swept the old town. \"We had a flood here 24 years ago too,\" a resident said.",
     "2024-08-16", "DE"),
]


@pytest.mark.parametrize("text,date,country", SILENT_OTHER)
def test_silent_other(text, date, country):
    assert found(text, date, country, "date") == []
