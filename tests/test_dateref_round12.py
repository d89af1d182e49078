"""Round 12 (dates and references): each reading of a figure checked, in sentences of our own.

- "a year" that is the object of "to"/"of" ("the busiest start to a year since 2014") is no count of years.
- A capitalised qualifier with digits ("the T20 World Cup", "the U-19 World Cup") makes the cup another competition.
- A birth apposed to a name by an indefinite description ("Menon, 44, a native of Kochi born on ...") is the named
  person's; "the N-year-old" after a preposition ("For the 55-year-old,") refers back to the person introduced.
- "When we started N years ago", in a quote, counts from the one founding the story dated before.
- A name that puts the event's noun at a place ("fire at Notre-Dame") gives a place of the event's own.
- An act done at a recorded place may run on to its date ("opened fire at the Al Noor mosque and then ... on");
  a recurring kind placed by a place of its own may be a near slip.
- A match of the edition the story is about, at its host, dated a month off the edition's weeks.
- A commemorated moment told by its own clause ("marking the minute the seabed ruptured ... on") dates the event.
- "left the EU" names Britain's withdrawal in a story about Britain.
- A story whose headline marks a day it dates on the publication day counts every "N years ago" from that date,
  a quote's too, when no other year of the story fits.
"""
from __future__ import annotations

import pytest

from _findings import found

WRONG = [
    ('Lerato Dlamini, a retired nurse born in Soweto in 1960, chairs the clinic board. The 52-year-old was elected on Tuesday.',
     '2025-06-18', 'ZA', 'date', '52-year-old'),
    ('Ravi Menon, 44, a native of Kochi born on 3 March 1970, took charge of the port on Monday.',
     '2025-05-01', 'IN', 'date', '44'),
    ('Ana Souza, an engineer born in 1985, leads the project.\n\nThe 31-year-old said the bridge would open in May.',
     '2025-02-10', 'BR', 'date', '31-year-old'),
    ('Pieter de Vries, a former goalkeeper born in Utrecht in 1979, has been appointed coach. The 38-year-old starts next week.',
     '2025-07-01', 'NL', 'date', '38-year-old'),
    ('Kwame Boateng, 51, a son of a cocoa farmer born in Kumasi on 12 May 1962, was sworn in as mayor.',
     '2025-06-20', 'GH', 'date', '51'),
    ('Grace Wanjiru was born in Nyeri in 1958 and has taught at the same school for 30 years.\n\nFor the 55-year-old, retirement is not yet on the cards.',
     '2025-03-12', 'KE', 'date', '55-year-old'),
    ('Tomasz Nowak was born in Gdansk in 1966.\n\nTo the 49-year-old, the shipyard is still home.',
     '2025-04-02', 'PL', 'date', '49-year-old'),
    ('Maria Lopez was born in Cebu in 1975.\n\nFor the 40-year-old, the new post is a homecoming.',
     '2025-04-02', 'PH', 'date', '40-year-old'),
    ('A dairy cooperative set up by 60 farming families in 2001 opened a cheese plant on Monday.\n\nIts chair, Ines Ruiz, spoke to reporters.\n\n"When we started 35 years ago we had one cooling tank," Ruiz said.',
     '2024-05-08', 'ES', 'date', '35 years ago'),
    ('The brewery, founded by three friends in 2010, now ships to 12 countries.\n\nSales rose last year.\n\n"We began 25 years ago in a garage," co-founder Sam Lee said.',
     '2025-02-01', 'AU', 'date', '25 years ago'),
    ('Tourists returned to the Ile de la Cite as the cathedral, gutted by the fire of April 2018 that toppled its spire, reopened near Notre-Dame square.',
     '2024-12-10', 'FR', 'reference', 'April 2018'),
    ('Since the fire of April 2017 destroyed the roof of Notre-Dame, donors have given 846 million euros.',
     '2024-12-10', 'FR', 'reference', 'April 2017'),
    ('A gunman opened fire at the Al Noor mosque during afternoon prayers on 15 April 2019, killing dozens.',
     '2021-12-08', 'NZ', 'reference', '15 April 2019'),
    ("Germans still talk about the World Cup semi-final.\n\nOn 8 June 2014, in Belo Horizonte, Loew's side beat the hosts, Brazil, 7-1.",
     '2024-07-14', 'DE', 'reference', '8 June 2014'),
    ('The semi-final in Belo Horizonte on 8 August 2014 ended 7-1 to Germany against the hosts, Brazil, at the World Cup.',
     '2024-07-14', 'DE', 'reference', '8 August 2014'),
    ('Sirens sounded on Friday, marking the minute the seabed ruptured in a 9.1 quake on 26 December 2005 and sent the Indian Ocean tsunami ashore.',
     '2024-12-26', 'ID', 'reference', '26 December 2005'),
    ('Britain formally left the EU on 31 January 2021 under Boris Johnson.',
     '2024-06-23', 'GB', 'reference', '31 January 2021'),
    ('The UK left the European Union on 31 January 2019, three years after the referendum.',
     '2024-06-23', 'GB', 'reference', '31 January 2019'),
    ('Fifty-one people died when a gunman opened fire at the Al Noor mosque and then the Linwood Islamic Centre during Friday prayers on 15 April 2019.',
     '2021-12-08', 'NZ', 'reference', '15 April 2019'),
]

RIGHT = [
    ('Developers report the busiest start to a year since 2014 for off-plan sales.',
     '2021-03-09', 'AE', 'date'),
    ('It was the wettest end to a year since 2010, forecasters said.',
     '2024-01-03', 'GB', 'date'),
    ('The quietest half of a decade since 1990 ended with a boom.',
     '2024-01-03', 'GB', 'date'),
    ("It has been a year since 2023's floods, and the town is rebuilding.",
     '2024-06-01', 'GB', 'date'),
    ('Pakistan reached the final in 1999 and also won the T20 World Cup in 2009.',
     '2022-03-25', 'PK', 'reference'),
    ('India won the U-19 World Cup in 2012 and the Cricket World Cup in 2011.',
     '2022-03-25', 'IN', 'reference'),
    ('Lerato Dlamini, a retired nurse born in Soweto in 1960, chairs the clinic board. The 64-year-old was elected on Tuesday.',
     '2025-06-18', 'ZA', 'date'),
    ('Ravi Menon, 55, a native of Kochi born on 3 March 1970, took charge of the port.',
     '2025-05-01', 'IN', 'date'),
    ('Ana Souza, mother of a girl born in 2015, leads the project. The 9-year-old attends school in Recife.',
     '2025-02-10', 'BR', 'date'),
    ('Grace Wanjiru was born in Nyeri in 1958.\n\nFor the 66-year-old, retirement is not yet on the cards.',
     '2025-03-12', 'KE', 'date'),
    ('Her son was born in 1990.\n\nFor the 50-year-old, the farm is everything.',
     '2025-03-12', 'KE', 'date'),
    ('A dairy cooperative set up by 60 families in 2001 opened a plant on Monday.\n\n"When we started 23 years ago we had one tank," its chair said.',
     '2024-05-08', 'ES', 'date'),
    ('The company was founded in 1990 and exports to 40 countries.\n\nSales fell 12 per cent last year.\n\n"When it started two years ago we thought the slump would pass," its chairman said.',
     '2024-03-01', 'DE', 'date'),
    ('Since the fire of April 2019 destroyed the roof of Notre-Dame, donors have given 846 million euros.',
     '2024-12-10', 'FR', 'reference'),
    ('A fire in April 2023 damaged a chapel near Notre-Dame, officials said.',
     '2024-12-10', 'FR', 'reference'),
    ('A gunman opened fire at the Al Noor mosque during prayers on 15 March 2019, killing dozens.',
     '2021-12-08', 'NZ', 'reference'),
    ('Police said a man opened fire at a bar in Christchurch on 12 May 2021, injuring two.',
     '2021-12-08', 'NZ', 'reference'),
    ("Germans still talk about the semi-final.\n\nOn 8 July 2014, in Belo Horizonte, Loew's side beat the hosts, Brazil, 7-1.",
     '2024-07-14', 'DE', 'reference'),
    ('Before the opener, on 6 June 2014, Brazil beat Serbia in a warm-up in Sao Paulo at the World Cup venue.',
     '2024-07-14', 'BR', 'reference'),
    ('Sirens sounded on 26 December 2024, marking the anniversary of the Indian Ocean tsunami.',
     '2024-12-26', 'ID', 'reference'),
    ('Sirens sounded, marking the minute the seabed ruptured in a 9.1 quake on 26 December 2004.',
     '2024-12-26', 'ID', 'reference'),
    ('Britain left the EU on 31 January 2020, and the transition ended on 31 December 2020.',
     '2024-06-23', 'GB', 'reference'),
    ("Britain left the EU's single market on 1 January 2021.",
     '2024-06-23', 'GB', 'reference'),
    ('Greece nearly left the EU in 2015 during the debt crisis.',
     '2024-06-23', 'GR', 'reference'),
]


@pytest.mark.parametrize("text,date,country,category,flagged", WRONG)
def test_each_reading_wrong_is_flagged(text, date, country, category, flagged):
    assert flagged in found(text, date, country, category)


@pytest.mark.parametrize("text,date,country,category", RIGHT)
def test_a_reading_that_fits_stays_silent(text, date, country, category):
    assert found(text, date, country, category) == []


def found_titled(title: str, text: str, date: str, country: str) -> list[str]:
    import factcheck
    story = f"---\ntitle: \"{title}\"\ndate: {date}\ncountry: {country}\n---\n{text}\n"
    return [f.text for f in factcheck.check(story) if f.category == "date"]


PEGGED_WRONG = [
    ("Miners' families mark the day the shaft flooded",
     "The shaft flooded on 12 March 2005, trapping 40 men.\n\n\"Twenty-five years ago I lost my brother down there,\" "
     "a widow said.", "2025-03-12", "ZA", "Twenty-five years ago"),
    ("Ferry anniversary: islanders remember the sinking",
     "The ferry went down on 21 March 2014.\n\n\"Sixteen years ago we lost everything,\" one survivor said.",
     "2025-03-21", "KR", "Sixteen years ago"),
    ("Ten years on, a town mourns its dead",
     "The dam gave way on 9 June 2015.\n\nShe said: \"Fourteen years ago my house stood here.\"",
     "2025-06-09", "BR", "Fourteen years ago"),
]

PEGGED_RIGHT = [
    # the count fits the date marked
    ("Miners' families mark the day the shaft flooded",
     "The shaft flooded on 12 March 2005, trapping 40 men.\n\n\"Twenty years ago I lost my brother down there,\" "
     "a widow said.", "2025-03-12", "ZA"),
    # another year of the story fits
    ("Miners' families mark the day the shaft flooded",
     "The shaft flooded on 12 March 2005. The mine opened in 1985.\n\n\"Forty years ago I went down for the first "
     "time,\" a widow said.", "2025-03-12", "ZA"),
    # a headline that marks nothing: someone's own past
    ("Clinic turns ten as demand grows",
     "The clinic opened on 1 March 2015.\n\nTwelve years ago, she said, she had never seen a doctor.",
     "2025-03-01", "KE"),
    # hedged
    ("Islanders remember the sinking",
     "The ferry went down on 21 March 2014.\n\n\"More than sixteen years ago we moved here,\" one said.",
     "2025-03-21", "KR"),
]


@pytest.mark.parametrize("title,text,date,country,flagged", PEGGED_WRONG)
def test_a_pegged_story_counts_its_quotes_from_the_date_it_marks(title, text, date, country, flagged):
    assert flagged in found_titled(title, text, date, country)


@pytest.mark.parametrize("title,text,date,country", PEGGED_RIGHT)
def test_a_pegged_count_that_fits_or_is_unpegged_stays_silent(title, text, date, country):
    assert found_titled(title, text, date, country) == []


# the same classes told other ways: the birth and the age in other frames, the founding year before its verb
OTHER_FRAMES_WRONG = [
    ("Mary Atieno, a nurse, was born in Kakamega in 1961 and has worked in Kisumu for 38 years.\n\nAt 59, she "
     "still works night shifts.", "2025-03-12", "KE", "59"),
    ("The cooperative was founded in 1998 by 43 families.\n\n\"We started out 30 years ago with nothing,\" its "
     "manager said.", "2021-07-08", "CO", "30 years ago"),
    ("In 1998, 43 families formed the cooperative.\n\n\"When we began 30 years ago, we sold to whoever came,\" "
     "its manager said.", "2021-07-08", "CO", "30 years ago"),
]

OTHER_FRAMES_RIGHT = [
    ("Born in Mthatha in 1969, the former teacher was elected unopposed on Tuesday. The 56-year-old promised to "
     "fix the water network.", "2025-06-18", "ZA"),
    ("Mary Atieno, a nurse, was born in Kakamega in 1961.\n\nAt 63, she still works night shifts.",
     "2025-03-12", "KE"),
    ("In 1998, 43 families formed the cooperative.\n\n\"When we began 23 years ago, we sold to whoever came,\" "
     "its manager said.", "2021-07-08", "CO"),
    ("In 1998, 43 families formed the cooperative and in 2011 they built a mill.\n\n\"When we began 23 years "
     "ago, we sold to whoever came,\" its manager said.", "2021-07-08", "CO"),
]


@pytest.mark.parametrize("text,date,country,flagged", OTHER_FRAMES_WRONG)
def test_other_frames_of_a_class_are_flagged(text, date, country, flagged):
    assert flagged in found(text, date, country)


@pytest.mark.parametrize("text,date,country", OTHER_FRAMES_RIGHT)
def test_other_frames_that_fit_stay_silent(text, date, country):
    assert found(text, date, country) == []


# the reference classes told other ways
REFERENCE_FRAMES_WRONG = [
    ("Britain quit the EU on 31 January 2021, and the transition ran until the end of 2020.", "2024-06-23", "GB",
     "31 January 2021"),
    ("The gunman attacked two Christchurch mosques on 15 April 2019, killing 51 people.", "2021-12-08", "NZ",
     "15 April 2019"),
    ("The cathedral has been closed since fire tore through it on 15 April 2017.\n\nNotre-Dame reopened on Saturday.",
     "2024-12-09", "FR", "15 April 2017"),
    ("Notre-Dame, whose roof burned in April 2017, reopened on Saturday.", "2024-12-09", "FR", "April 2017"),
    ("Aceh fell silent at 7:59 a.m. to remember the 9.1 quake that struck on 26 December 2005.", "2024-12-26", "ID",
     "26 December 2005"),
]

REFERENCE_FRAMES_RIGHT = [
    ("Britain quit the EU on 31 January 2020, and the transition ran until the end of 2020.", "2024-06-23", "GB"),
    ("The gunman attacked two Christchurch mosques on 15 March 2019, killing 51 people.", "2021-12-08", "NZ"),
    ("A man attacked two Christchurch bars on 12 May 2021, police said.", "2021-12-08", "NZ"),
    ("Notre-Dame, whose roof burned in April 2019, reopened on Saturday.", "2024-12-09", "FR"),
]


@pytest.mark.parametrize("text,date,country,flagged", REFERENCE_FRAMES_WRONG)
def test_other_frames_of_a_reference_are_flagged(text, date, country, flagged):
    assert flagged in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", REFERENCE_FRAMES_RIGHT)
def test_other_frames_of_a_reference_that_fit_stay_silent(text, date, country):
    assert found(text, date, country, "reference") == []
