"""Classes of date copy the date rules must read, each with several wordings of our own.

Ages: a birth with a place before its year ("born in Galle in 1969"), an age in apposition
("Perera, 58,"), "aged", "who is", "(58)", "N-year-old", and the two in different sentences
about one person. "N years ago": the tolerance of a year written without its month, the year
in apposition or in brackets, the event's year in another sentence ("began in 2019" ... "began
four years ago"), "N years since ... in YEAR", "in its Nth year". A yearless 29 February read
in the February just past or to come. Weekday lists and ranges paired member by member.
Each class has clean near-misses that must stay silent.
"""
from __future__ import annotations

import pytest

import factcheck


def dates(text: str, date: str, country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "date"]


BAD = [
    # -- ages: a place (or a family) between "born" and the year
    ("FC504", "The 47-year-old, born in Kisumu in 1962, has run the clinic since it opened.", "2024-05-02", "47"),
    ("FC504", "Born in the northern town of Tamale in 1959, Mensah, 52, trained as a surveyor.", "2024-05-02", "52"),
    ("FC504", "Okafor, who was born into a farming family in 1971, is 61 and still works the land.", "2025-02-11", "is 61"),
    ("FC504", "The 39-year-old, born on 4 March 1975 in Durban, was named captain.", "2025-08-20", "39"),
    # -- ages in other sentences, linked by the name
    ("FC504", "Rohan Silva, 44, takes over as head coach next month.\n\n"
              "Silva was born in Matara in 1968 and played two Tests.", "2025-03-01", "44"),
    ("FC504", "Judge Amara Diallo (58) will chair the inquiry.\n\nDiallo, born in 1960, joined the bench in 1995.",
     "2025-10-10", "58"),
    ("FC504", "The commission is led by Helga Brandt, who is 49.\n\nBrandt was born in Hamburg in 1962.",
     "2025-06-15", "is 49"),
    ("FC504", "The 71-year-old Ngata has led the council for a decade.\n\nNgata was born in 1961 in Rotorua.",
     "2025-04-04", "71"),
    # -- the only age and the only birth in the story: "the 52-year-old" ... "he was born in 1980"
    ("FC504", "The 52-year-old said he would not stand again.\n\nHe was born in Ipoh in 1980 and trained as a lawyer.",
     "2025-09-09", "52"),
    ("FC504", "Priya Nair, aged 40, was appointed on Monday.\n\nNair was born in Kochi in 1962.", "2025-06-01",
     "aged 40"),
    ("FC504", "Priya Nair (40) was appointed on Monday.\n\nNair (b. 1962) studied in Delhi.", "2025-06-01", "40"),
    ("FC504", "Born in 1969 in Galle, Weerasekera played 14 Tests.\n\nHe is now 61.", "2025-06-01", "now 61"),
    ("FC504", "Asif Khan, 34, and his brother Ali Khan, 29, were charged.\n\nAli Khan was born in 1990 in Lahore.",
     "2025-06-01", "29"),
    # -- an exact birthday decides; "since 2010" does not date the age
    ("FC504", "Ms Otieno, who was born on 3 May 1969, is 58.", "2025-06-01", "is 58"),
    ("FC504", "Otieno was born on 3 June 1969. The 56-year-old has led the party since 2010.", "2025-06-01",
     "56-year-old"),
    # -- "N years ago" after a year written without its month: one year of rounding either way, not two
    ("FC503", "The mine closed in 2020, two years ago, after a flood.", "2025-10-01", "two years ago"),
    ("FC503", "The bridge, opened in 2018, three years ago, carries 40,000 vehicles a day.", "2024-11-15",
     "three years ago"),
    ("FC503", "The club last won the league in 2011 — just eleven years ago — under a different owner.",
     "2025-09-01", "eleven years ago"),
    # -- the year after its "N years ago", in brackets or between dashes
    ("FC503", "The turbine was installed five years ago (in 2016) and has never been serviced.", "2025-05-05",
     "five years ago"),
    ("FC503", "The airline folded three years ago — in 2019 — leaving 2,000 staff without pay.", "2025-05-05",
     "three years ago"),
    # -- the event's year in another sentence, tied by its verb and subject
    ("FC503", "Construction began in 2018 on the northern bypass.\n\n"
              "Since construction began three years ago, costs have doubled.", "2025-06-01", "three years ago"),
    ("FC503", "The museum opened in 2012 in a former warehouse.\n\n"
              "Curators say the museum opened eight years ago with just 40 pieces.", "2025-06-01", "eight years ago"),
    ("FC503", "The refinery was commissioned in 2010.\n\n"
              "It was commissioned eleven years ago at a cost of $2bn, officials said.", "2025-06-01",
     "eleven years ago"),
    # -- "N years since ... in YEAR"
    ("FC503", "It has been four years since the dam was completed in 2017.", "2025-07-22", "four years"),
    ("FC503", "It is twelve years since the club was founded in 2003.", "2025-07-22", "twelve years"),
    # -- "in its Nth year"
    ("FC503", "The festival, first held in 2015, is now in its seventh year.", "2025-07-22", "seventh"),
    ("FC503", "The strike, which began in 2023, is now in its fifth year.", "2025-03-01", "fifth"),
    ("FC503", "Running since 2001, the fair is in its 12th year.", "2025-03-01", "12th"),
    # -- a yearless 29 February in a common year, just past or to come
    ("FC502", "She was detained at the airport on 29 February, police said.", "2025-03-10", "29 February"),
    ("FC502", "The bypass was closed on February 29 for resurfacing.", "2023-04-01", "February 29"),
    ("FC502", "Nominations will close on 29 February.", "2025-01-15", "29 February"),
    # -- weekday lists and ranges, member by member
    ("FC501", "The auction runs on Monday and Tuesday, September 16-17.", "2025-09-01", "Monday and Tuesday, September 16-17"),
    ("FC501", "Gates open Friday-Sunday, 4-6 October.", "2025-09-01", "Friday-Sunday, 4-6 October"),
    ("FC501", "Voting is on Saturday and Sunday (October 5 and 6).", "2025-09-01", "Saturday and Sunday (October 5 and 6)"),
    ("FC501", "The talks are set for 9 and 10 October (Wednesday and Thursday).", "2025-09-01",
     "9 and 10 October (Wednesday and Thursday)"),
    ("FC501", "Classes resume Monday, Tuesday and Wednesday, September 2, 3 and 4.", "2025-08-20",
     "Monday, Tuesday and Wednesday, September 2, 3 and 4"),
]

GOOD = [
    # ages that fit, or belong to someone else, or to another time
    ("The 55-year-old, born in Kisumu in 1969, has run the clinic since it opened.", "2024-05-02"),
    ("Born in the northern town of Tamale in 1959, Mensah, 65, trained as a surveyor.", "2024-05-02"),
    ("Rohan Silva, 56, takes over as head coach next month.\n\nSilva was born in Matara in 1968.", "2025-03-01"),
    ("Rohan Silva, 57, takes over as head coach next month.\n\nSilva was born in Matara in 1968.", "2025-03-01"),
    ("Amal Haddad, 44, said her son, born in 2010, had not been to school for a year.", "2025-03-01"),
    ("Amal Haddad, 44, runs the shop.\n\nHer daughter Rana Haddad was born in 2001 in Beirut.", "2025-03-01"),
    ("Mary Kamau, 61, chairs the board.\n\nJohn Kamau was born in 1990 and joined in 2015.", "2025-03-01"),
    ("A 5-year-old girl drowned in the canal.\n\nHer father, born in 1985, said the fence was broken.", "2025-03-01"),
    ("When he founded the firm in 1998, Lindqvist, 30, was born in 1968 in Umea.", "2025-03-01"),
    ("The victim, a 29-year-old nurse born in 1990, was hit by a bus on May 2, 2019.", "2025-03-01"),
    ("Koroma, 52, played for the national side in the 1990s, having been born in Bo in 1972.", "2025-03-01"),
    ("Tanaka (64) was born in Osaka.\n\nThe plant was built in 1971 and the mayor was born in 1955.", "2025-03-01"),
    ("The 34-year-old was arrested.\n\nThe club, born in 1980 from a merger, denied wrongdoing.", "2025-03-01"),
    ("Children born in 2019 are six this year.", "2025-03-01"),
    ("Born in 1969 in Galle, Weerasekera played 14 Tests.\n\nHe is now 56.", "2025-06-01"),
    ("Khan, 34, and his brother Ali Khan, 29, were charged.\n\nKhan was born in 1990 in Lahore.", "2025-06-01"),
    ("The idea was born in 2019 when Lee, 30, met Park at a conference.", "2025-06-01"),
    ("Lee, 30, said the company was born in a garage in 2012.", "2025-06-01"),
    ("Otieno was born on 3 June 1969.\n\nThe 55-year-old has led the party.", "2025-06-01"),
    ("The museum opened in 2012 in a former warehouse, and a pipe 20 in long was found.", "2025-06-01"),
    # "N years ago" that fits with a year of rounding
    ("The mine closed in 2020, five years ago, after a flood.", "2025-10-01"),
    ("The mine closed in 2020, four years ago, after a flood.", "2025-10-01"),
    ("The mine closed in 2020, six years ago, after a flood.", "2025-10-01"),
    ("The turbine was installed nine years ago (in 2016) and has never been serviced.", "2025-05-05"),
    # another event, another subject, or a year in the sentence itself
    ("Construction began in 2018 on the bypass.\n\nWork on the tunnel began three years ago.", "2025-06-01"),
    ("The museum opened in 2012.\n\nA second gallery opened three years ago.", "2025-06-01"),
    ("The museum opened in 2012.\n\nThe museum opened in 2019 after a move.\n\nThe museum opened six years ago.",
     "2025-06-01"),
    ("It opened in 2010.\n\nThe mall closed in 2015.\n\nIt opened three years ago.", "2025-06-01"),
    ("It has been eight years since the dam was completed in 2017.", "2025-07-22"),
    ("The festival, first held in 2015, is now in its 11th year.", "2025-07-22"),
    ("The festival, first held in 2015, is now in its tenth year.", "2025-07-22"),
    ("The strike began in 2023 and is in its third year in a row of losses.", "2025-03-01"),
    ("In 2024, the programme, now in its fifth year, reached 2,000 schools.", "2025-03-01"),
    # 29 February that exists, or may
    ("She was detained at the airport on 29 February, police said.", "2025-01-10"),
    ("Nominations will close on 29 February.", "2023-11-15"),
    ("The tournament runs from 28 February to 31 March.", "2025-01-10"),
    # weekday lists and ranges that are right, and one weekday with a range it opens
    ("The next sale is scheduled for Monday and Tuesday, September 15-16.", "2025-09-01"),
    ("Gates open Friday-Sunday, 3-5 October 2025.", "2025-09-01"),
    ("Gates open Friday to Sunday, October 3-5.", "2025-09-01"),
    ("Voting is on Saturday and Sunday (October 4 and 5).", "2025-09-01"),
    ("The talks are set for 8 and 9 October (Wednesday and Thursday).", "2025-09-01"),
    ("The fair opens on Friday, October 3-5.", "2025-09-01"),
    ("Classes resume Tuesday, Wednesday and Thursday, September 2, 3 and 4.", "2025-08-20"),
    ("On September 2, 4 people were hurt on Monday and Tuesday.", "2025-09-10"),
    ("He will be away Saturday and Sunday, October 4.", "2025-09-01"),
]


@pytest.mark.parametrize("rule,text,date,expected", BAD, ids=[f"{r}-{e}-{i}" for i, (r, _, _, e) in enumerate(BAD)])
def test_date_error_is_found(rule, text, date, expected):
    found = dates(text, date)
    assert any(r == rule and expected in t for r, t in found), found


@pytest.mark.parametrize("text,date", GOOD, ids=[str(i) for i in range(len(GOOD))])
def test_right_date_stays_silent(text, date):
    assert dates(text, date) == []
