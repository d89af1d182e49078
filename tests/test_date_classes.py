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


# -- session 2: classes found in the blind batches b9-b11, each in wordings of our own ----------------------

BAD_2 = [
    # an age that fits the birth neither now nor at another date of its sentence
    ("FC504", "Park Min-jun, 47, who was born in the fishing town of Yeosu in 1970, joined the orchestra in 2001.",
     "2025-04-10", "47"),
    ("FC504", "Okonkwo, 39, born in Enugu in 1962, took over the family farm in 1990.", "2025-04-10", "39"),
    ("FC504", "Helen Muir, 66, who was born in 1971, was elected to the council in 2012 and again in 2017.",
     "2025-04-10", "66"),
    # a period ("between 2019 and 2022") is not a moment an age is given at
    ("FC504", "The 44-year-old mother of three had falsified invoices between May 2017 and June 2021.\n\n"
              "Quinn, who was born in Athlone in 1968, was fined.", "2025-10-01", "44-year-old"),
    ("FC504", "The 71-year-old haulier dumped waste from 2018 to 2020, the court heard.\n\n"
              "Brady was born in 1963 in Tralee.", "2025-10-01", "71-year-old"),
    # "the N-year-old <description>" is the person the story is about
    ("FC504", "The 58-year-old grandfather of six was cleared on Monday.\n\nHe was born in Cork in 1961.",
     "2025-10-01", "58-year-old"),
    ("FC504", "The 33-year-old striker signed a two-year deal.\n\nTorres, born in Cadiz in 1984, scored 12 goals.",
     "2025-10-01", "33-year-old"),
    ("FC504", "The 50-year-old engineer led the rescue.\n\nThe engineer, born in 1965, has since retired.",
     "2025-10-01", "50-year-old"),
    # names with particles, family name first, an Arabic article; "a 1971-born ..."
    ("FC504", "Kim Ji-hoon (38) won the award.\n\nKim was born in Busan in 1971.", "2025-05-15", "38"),
    ("FC504", "Ahmed al-Rashid, 44, chairs the board.\n\nAl-Rashid was born in 1960 in Mosul.", "2025-05-15", "44"),
    ("FC504", "The 40-year-old Pedro de la Fuente was sworn in.\n\nDe la Fuente (b. 1962) studied law.",
     "2025-05-15", "40-year-old"),
    ("FC504", "Nadia Haddad, a 1979-born architect, is 52.", "2025-05-15", "is 52"),
    ("FC504", "Lars Berg (61), a 1971-born engineer, opened the plant.", "2025-05-15", "61"),
    # "N years ago" beside a year with a phrase of place, manner or government between
    ("FC503", "The reform was enacted in March 2012 under the previous coalition, 19 years ago, and is still law.",
     "2025-11-05", "19 years ago"),
    ("FC503", "The mill was built in 1998 by a Danish consortium, 12 years ago, for $40m.", "2025-11-05",
     "12 years ago"),
    ("FC503", "The treaty was signed in 2005 in Lisbon, eleven years ago, by 27 states.", "2025-11-05",
     "eleven years ago"),
    # the event's year in another sentence, under another verb of the same kind or a first-person subject
    ("FC503", "The bakery was set up by two sisters in Rosario in 1996.\n\n"
              "\"We started 23 years ago with one oven,\" said the elder, who retired in 2020.", "2025-05-21",
     "23 years ago"),
    ("FC503", "The co-operative was established in 2001.\n\nThe co-operative was founded 30 years ago by farmers.",
     "2025-05-21", "30 years ago"),
    ("FC503", "The pension law was passed in December 2011.\n\nThe law, enacted 16 years ago, is still debated.",
     "2024-11-05", "16 years ago"),
    ("FC503", "The brewery was launched by three friends in 2004.\n\nFounded 15 years ago, the brewery now "
              "employs 90 people.", "2025-05-21", "15 years ago"),
]

GOOD_2 = [
    # an age given at another moment of its sentence
    ("Park Min-jun, 30, who was born in the fishing town of Yeosu in 1970, joined the orchestra in 2001.",
     "2025-04-10"),
    ("Park Min-jun, 54, who was born in the fishing town of Yeosu in 1970, joined the orchestra in 2001.",
     "2025-04-10"),
    ("The 44-year-old mother of three had falsified invoices between May 2017 and June 2021.\n\n"
     "Quinn, who was born in Athlone in 1981, was fined.", "2025-10-01"),
    # someone else: a child, a relative, another named person
    ("The 5-year-old girl was pulled from the river.\n\nRuto, born in 1985, said the fence was broken.",
     "2025-10-01"),
    ("The 58-year-old grandfather of six was cleared.\n\nHis son, born in 1990, gave evidence.", "2025-10-01"),
    ("Kim Ji-hoon (38) won the award.\n\nLee Min-ho was born in Busan in 1971.", "2025-05-15"),
    ("Ahmed al-Rashid, 64, chairs the board.\n\nAl-Rashid was born in 1960 in Mosul.", "2025-05-15"),
    ("Nadia Haddad, a 1979-born architect, is 46.", "2025-05-15"),
    # another event, another clause, another verb
    ("The reform was enacted in March 2012 under the previous coalition, 13 years ago, and is still law.",
     "2025-11-05"),
    ("He moved to Lisbon in 2005 with his wife, who died 16 years ago.", "2025-11-05"),
    ("The bakery was set up by two sisters in Rosario in 1996.\n\nThe bakery was set up by two sisters in "
     "Tucuman in 2010.\n\n\"We started 23 years ago with one oven,\" said the elder.", "2025-05-21"),
    ("The bakery was set up in 1996.\n\nIts shop opened 10 years ago.", "2025-05-21"),
    ("The co-operative was established in 2001.\n\nIn 2019 its chairman said the co-operative was founded "
     "ten years ago.", "2025-05-21"),
    ("The mill was built in 1998, and it was sold 12 years ago.", "2025-11-05"),
]


@pytest.mark.parametrize("rule,text,date,expected", BAD_2, ids=[f"{r}-{e}-{i}" for i, (r, _, _, e) in enumerate(BAD_2)])
def test_date_error_of_new_classes_is_found(rule, text, date, expected):
    found = dates(text, date)
    assert any(r == rule and expected in t for r, t in found), found


@pytest.mark.parametrize("text,date", GOOD_2, ids=[str(i) for i in range(len(GOOD_2))])
def test_right_date_of_new_classes_stays_silent(text, date):
    assert dates(text, date) == []


# -- generated: every shape of an age crossed with every shape of a birth, every event verb with every shape
# of "N years ago". A wrong value must be caught and the right one left alone in each combination.

_PUB = "2025-06-01"         # born 3 May 1971 (or in 1971): 54 (or 53); founded in 2005: 20 years ago
_NAMES = [("Maria Gonzalez", "Gonzalez"), ("Choi Min-seo", "Choi"), ("Sean O'Brien", "O'Brien"),
          ("Ahmed al-Hassan", "al-Hassan"), ("Juan de la Cruz", "de la Cruz"), ("Aisha Bello-Okafor", "Bello-Okafor")]
_AGE_SHAPES = {
    "apposition": "{full}, {a}, won the award on Thursday.",
    "brackets": "{full} ({a}) won the award on Thursday.",
    "year-old": "The {a}-year-old {full} won the award on Thursday.",
    "aged": "{full}, aged {a}, won the award on Thursday.",
    "who-is": "{full}, who is {a}, won the award on Thursday.",
    "year-old-noun": "The {a}-year-old nurse won the award on Thursday.",
}
_BIRTH_SHAPES = {
    "born-in": "{sur} was born in 1971 in Valencia.",
    "born-on": "{sur} was born on 3 May 1971.",
    "born-bracket": "{sur} (born 1971) trained in Madrid.",
    "b.": "{sur} (b. 1971) trained in Madrid.",
    "year-born": "{sur}, a 1971-born nurse, trained in Madrid.",
    "born-place": "{sur} was born in the port city of Valencia in 1971.",
}
_ONE_SENTENCE = [
    "{full}, {a}, who was born in 1971, began work at the clinic in 2006.",
    "{full} ({a}), born on 3 May 1971, began work at the clinic in 2006.",
    "The {a}-year-old {full}, a 1971-born nurse, began work at the clinic in 2006.",
    "{full}, aged {a}, who was born in Valencia in 1971, began work at the clinic in 2006.",
    "Born in 1971 in Valencia, {full}, {a}, won the award on Thursday.",
    "{full}, born in 1971, is {a} and won the award on Thursday.",
    "{full}, who was born in 1971, is now {a}.",
    "The {a}-year-old, born in Valencia in 1971, won the award on Thursday.",
]


def _capitalised(text: str) -> str:
    return "\n\n".join(p[:1].upper() + p[1:] for p in text.split("\n\n"))


_AGE_CASES = [
    (_capitalised((age + "\n\n" + birth).format(full=full, sur=sur, a="{a}")), f"{an}+{bn}+{sur}")
    for (full, sur) in _NAMES for an, age in _AGE_SHAPES.items() for bn, birth in _BIRTH_SHAPES.items()
] + [(t.format(full=full, a="{a}"), f"one-{i}+{sur}") for i, t in enumerate(_ONE_SENTENCE) for full, sur in _NAMES[:3]]


@pytest.mark.parametrize("template", [t for t, _ in _AGE_CASES], ids=[i for _, i in _AGE_CASES])
def test_age_shapes_cross_birth_shapes(template):
    assert [r for r, _ in dates(template.format(a=47), _PUB)] == ["FC504"]
    assert dates(template.format(a=54), _PUB) == []


_EVENT_VERBS = {"founded": "company", "established": "company", "set up": "company", "launched": "company",
                "started": "company", "opened": "bridge", "built": "bridge", "passed": "law", "enacted": "law",
                "signed": "treaty"}
_AGO_SHAPES = {
    "adjacent": "The {s} was {v} in {y}, {n} years ago, and is still in use.",
    "adjacent-month": "The {s} was {v} in March {y}, {n} years ago, and is still in use.",
    "apposed": "The {s}, {v} in {y}, {n} years ago, is still in use.",
    "ago-first": "{N} years ago, in {y}, the {s} was {v}.",
    "year-after": "The {s} was {v} {n} years ago, in {y}.",
    "adverbial": "The {s} was {v} in {y} under the previous government, {n} years ago.",
    "agent": "The {s} was {v} by two brothers in {y}, {n} years ago.",
    "cross": "The {s} was {v} in {y}.\n\nThe {s} was {v} {n} years ago, officials said.",
    "cross-it": "The {s} was {v} in {y}.\n\nIt was {v} {n} years ago, officials said.",
    "since": "It has been {n} years since the {s} was {v} in {y}.",
}
_AGO_CASES = [(shape, verb, subject) for shape in _AGO_SHAPES for verb, subject in _EVENT_VERBS.items()]


@pytest.mark.parametrize("shape,verb,subject", _AGO_CASES, ids=[f"{s}-{v}" for s, v, _ in _AGO_CASES])
def test_event_verbs_cross_years_ago_shapes(shape, verb, subject):
    for right, wrong in (("20", "16"), ("twenty", "sixteen")):
        text = _AGO_SHAPES[shape]
        assert [r for r, _ in dates(text.format(s=subject, v=verb, y=2005, n=wrong, N=wrong.capitalize()), _PUB)] \
            == ["FC503"]
        assert dates(text.format(s=subject, v=verb, y=2005, n=right, N=right.capitalize()), _PUB) == []


_SYNONYMS = [(v1, v2) for v1 in ("founded", "established", "set up", "launched")
             for v2 in ("started", "began", "were founded", "set up")]


@pytest.mark.parametrize("v1,v2", _SYNONYMS, ids=[f"{a}-{b}" for a, b in _SYNONYMS])
def test_founding_verbs_link_across_sentences(v1, v2):
    text = ("The company was {v1} in 2005 by two brothers.\n\n\"We {v2} {n} years ago with one van,\" said its "
            "director, who took over in 2019.")
    assert [r for r, _ in dates(text.format(v1=v1, v2=v2, n=16), _PUB)] == ["FC503"]
    assert dates(text.format(v1=v1, v2=v2, n=20), _PUB) == []


# -- a recorded event named without its year: its day is in events.csv, so "N years ago", "N years since" and "the
# Nth anniversary of" are exact

RECORDED_BAD = [
    ("The Indian Ocean tsunami, which struck 18 years ago, killed 35,000 people in Sri Lanka.", "2024-12-26", "LK",
     "18 years ago"),
    ("Friday marks 22 years since the Boxing Day tsunami.", "2024-12-26", "LK", "22 years"),
    ("It has been twelve years since the Gorkha earthquake.", "2025-04-25", "NP", "twelve years"),
    ("The Gorkha earthquake struck central Nepal 12 years ago.", "2025-04-25", "NP", "12 years ago"),
    ("Galle marked the 19th anniversary of the Boxing Day tsunami with a minute's silence.", "2024-12-26", "LK",
     "19th"),
    ("Kathmandu marked the eighth anniversary of the Gorkha earthquake.", "2025-01-15", "NP", "eighth"),
]
RECORDED_GOOD = [
    ("The Indian Ocean tsunami, which struck 20 years ago, killed 35,000 people in Sri Lanka.", "2024-12-26", "LK"),
    ("Friday marks 20 years since the Boxing Day tsunami.", "2024-12-26", "LK"),
    ("Nearly ten years since the Gorkha earthquake, families still wait.", "2025-03-01", "NP"),
    ("Kathmandu marked the ninth anniversary of the Gorkha earthquake.", "2025-01-15", "NP"),
    ("Kathmandu marked the tenth anniversary of the Gorkha earthquake.", "2025-01-15", "NP"),
    # not measured from now, or a long event whose start is argued
    ("He retired twelve years after the Gorkha earthquake.", "2025-04-25", "NP"),
    ("The war in Ukraine, which began 11 years ago with the seizure of Crimea, goes on.", "2025-04-25", "UA"),
    ("The moon landing, which happened 56 years ago, was a triumph.", "2025-04-25", "US"),
]


@pytest.mark.parametrize("text,date,country,expected", RECORDED_BAD, ids=[str(i) for i in range(len(RECORDED_BAD))])
def test_years_from_a_recorded_event(text, date, country, expected):
    found = dates(text, date, country)
    assert any(r == "FC503" and expected in t for r, t in found), found


@pytest.mark.parametrize("text,date,country", RECORDED_GOOD, ids=[str(i) for i in range(len(RECORDED_GOOD))])
def test_years_from_a_recorded_event_that_fit(text, date, country):
    assert dates(text, date, country) == []


# "That was N years ago" after a sentence with one year
THAT_WAS_BAD = [
    ("In March 2008 the council sold the depot. That was 12 years ago.", "2025-05-01", "12 years ago"),
    ("The pier burned down in 2001.\n\nIt was nearly fifteen years ago, and nothing has been built since.",
     "2025-05-01", "fifteen years ago"),
    ("Voters approved the levy in 2016. \"That was four years ago,\" the mayor said.", "2025-05-01",
     "four years ago"),
]
THAT_WAS_GOOD = [
    ("In March 2008 the council sold the depot. That was 17 years ago.", "2025-05-01"),
    ("The pier burned down in 2001 and was rebuilt in 2010. That was nine years ago.", "2025-05-01"),
    ("The pier burned down in 2001. It was ten years ago that the council first promised a new one.",
     "2025-05-01"),
    ("Bands played the town in the 1990s. That was 30 years ago.", "2025-05-01"),
]


@pytest.mark.parametrize("text,date,expected", THAT_WAS_BAD, ids=[str(i) for i in range(len(THAT_WAS_BAD))])
def test_that_was_n_years_ago(text, date, expected):
    assert any(r == "FC503" and expected in t for r, t in dates(text, date)), dates(text, date)


@pytest.mark.parametrize("text,date", THAT_WAS_GOOD, ids=[str(i) for i in range(len(THAT_WAS_GOOD))])
def test_that_was_n_years_ago_that_fits(text, date):
    assert dates(text, date) == []


# -- session 2: "N years after <year>" counts to another date of its sentence, not to publication; the
# anniversary words before the date ("six years ago this week, on ..."); a yearless 29 February read in the
# tense of its own clause ("..., postponed in October: the game will be played on 29 February"); the obituary's
# "He was 71." and "died at home in Duluth, aged 71" (the place is not the person).
SESSION2_BAD = [
    ("FC503", "Floodwater poured into the shaft six years ago this week, on 9 October 2019, trapping 31 miners.",
     "2023-10-11", "six years ago"),
    ("FC503", "The dam failed ten years ago to the day, on 4 May 2015, flooding the valley.", "2023-05-04",
     "ten years ago"),
    ("FC503", "Five years ago today, on May 4, 2016, the refinery exploded.", "2023-05-04", "Five years ago"),
    ("FC502", "The derby, postponed in October after the floods: it will be played on 29 February.",
     "2025-01-23", "29 February"),
    ("FC502", "The league, which called off the tie in November, said the replay will be staged on 29 February.",
     "2025-01-23", "29 February"),
    ("FC502", "The board met last week; the vote will take place on 29 February.", "2027-01-10", "29 February"),
    ("FC504", "Ana Ruiz, the poet, died on Sunday in Seville. She was 64.\n\nRuiz was born on 2 May 1950.",
     "2025-09-10", "64"),
    ("FC504", "Tom Hale, a former mayor, died Friday at his home in Leeds, aged 70. Hale was born on 3 June 1941.",
     "2025-09-10", "aged 70"),
    ("FC504", "Ken Obi died on Monday. He was 59 years old. Obi was born in 1950 and won a seat in 1990 at age 40.",
     "2025-09-10", "59"),
]
SESSION2_GOOD = [
    ("The 2017 quake struck exactly 32 years after the 1985 disaster, on the same day.", "2025-09-19"),
    ("The new bridge opened in 2020, exactly 12 years after the 2008 flood.", "2025-09-19"),
    ("Floodwater poured into the shaft four years ago this week, on 9 October 2019, trapping 31 miners.",
     "2023-10-11"),
    ("The suspect was arrested on 29 February; he will appear in court next week.", "2025-01-23"),
    ("The final is to be staged on 29 February, organisers said.", "2027-03-23"),
    ("Ana Ruiz, the poet, died on Sunday in Seville. She was 75.\n\nRuiz was born on 2 May 1950.", "2025-09-10"),
    ("Tom Hale, a former mayor, died Friday at his home in Leeds, aged 84. Hale was born on 3 June 1941.",
     "2025-09-10"),
    ("Okafor was born in 1953. She was 30 when she entered parliament in 1983.", "2025-09-10"),
]


@pytest.mark.parametrize("rule,text,date,expected", SESSION2_BAD, ids=[str(i) for i in range(len(SESSION2_BAD))])
def test_session_two_date_classes(rule, text, date, expected):
    found = dates(text, date)
    assert any(r == rule and expected in t for r, t in found), found


@pytest.mark.parametrize("text,date", SESSION2_GOOD, ids=[str(i) for i in range(len(SESSION2_GOOD))])
def test_session_two_date_twins_stay_silent(text, date):
    assert dates(text, date) == []
