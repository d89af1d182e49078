"""Round 8 (refmag): the readers of the reference and plausibility checks, widened to the class, in our own words.

* FC208 reads a people's plural name ("Kenyans", "Pakistanis", from countries.csv) as its country's head count
  where the sentence counts heads (a census, "counted", "population") or the figure is the country's own; a group
  after the name ("abroad", "living in", "who", "voters") keeps it silent.
* FC208 reads total public / government spending as the national budget, the noun before or after the figure,
  never a change ("rose by") or a purpose ("spending on roads"); a signing's venue ("at the State House") names
  no owner; quoted speech ends a clause, so a place named after the closing quote owns nothing inside it.
* FC602 reads a series written without its year and tied to a host by a hosting verb ("Qatar hosted the World
  Cup in late 2018", "the FIFA World Cup it hosted in 2018") against the host's one edition, when the year
  written is another edition's of that series.
* events.csv records the Lehman Brothers bankruptcy and the Iraqi occupation of Kuwait; an occupation is found by
  kind only with both sides named; a collapse's place counts only on the same side of a break.
* event_story: capitalised words before a kind word pick the candidates whose names carry them ("the Club World
  Cup" is not the World Cup); another named thing joined on before the date ("and the Asian Cup in") takes it.
"""
from __future__ import annotations

import pytest

from _findings import found

import factcheck



FLAGGED = [
    # a people's plural name as the head count
    ("Revenue shares rest on the 2019 census, which counted 4.76 million Kenyans.", "2025-06-12", "KE",
     "4.76 million", "plausibility"),
    ("The last census, when 4.8 million Kenyans were enumerated, still sets the formula.", "2024-03-02", "KE",
     "4.8 million", "plausibility"),
    ("The 2023 census counted 24.1 million Pakistanis, the bureau said on Friday.", "2025-03-22", "PK",
     "24.1 million", "plausibility"),
    ("The enumerators counted nearly 4.7 million Kenyans during the 2019 exercise.", "2025-06-12", "KE",
     "4.7 million", "plausibility"),
    ("There are now about 24 million Pakistanis, according to the statistics bureau.", "2025-03-22", "PK",
     "24 million", "plausibility"),
    # a country's people in quoted speech, a place named after the quote
    ("\"We are a nation of 24 million people living off one river,\" the chairman told a seminar in Islamabad, "
     "adding that India stores far more.", "2025-03-22", "PK", "24 million", "plausibility"),
    # a budget signed at a venue
    ("The president signed the N54.99 billion 2025 Appropriation Bill into law at the State House in Abuja.",
     "2025-03-01", "NG", "N54.99 billion", "plausibility"),
    ("The N54.99 billion 2025 Appropriation Act was signed at the State House, Abuja, on Friday.", "2025-03-01",
     "NG", "N54.99 billion", "plausibility"),
    # a year's budget in the nation's hands, its size tied to it
    ("Lawmakers approved a 2025 budget of N54.99 billion on Thursday.", "2025-03-01", "NG", "N54.99 billion",
     "plausibility"),
    ("President Tinubu has signed the 2025 budget, worth N54.99 billion, into law.", "2025-03-01", "NG",
     "N54.99 billion", "plausibility"),
    ("President Tinubu signed a N54.99 billion budget for 2025 on Friday.", "2025-03-01", "NG", "N54.99 billion",
     "plausibility"),
    ("The government's 2025 budget of £1.3bn was approved by MPs.", "2025-06-12", "GB", "£1.3bn", "plausibility"),
    # total public spending
    ("The Chancellor told MPs that total public spending would climb to about £1.3bn this year, with health "
     "alone above £200bn.", "2025-06-12", "GB", "£1.3bn", "plausibility"),
    ("Overall public expenditure will be about £1.3bn this year, the Treasury said.", "2025-06-12", "GB", "£1.3bn",
     "plausibility"),
    ("Reeves set out plans for £1.3bn of total public spending in 2025.", "2025-06-12", "GB", "£1.3bn",
     "plausibility"),
    ("The government plans total spending of N54.99 billion in 2025, the finance minister said.", "2025-03-01",
     "NG", "N54.99 billion", "plausibility"),
    # a company's collapse
    ("Savers learnt their notes were tied to Lehman Brothers, the Wall Street bank whose collapse in September "
     "2007 set off the crisis.", "2018-09-14", "HK", "September 2007", "reference"),
    ("Credit froze worldwide after the bankruptcy of Lehman Brothers in September 2009.", "2018-09-14", "GB",
     "September 2009", "reference"),
    ("Lehman Brothers' September 2007 collapse turned a slump into a panic.", "2018-09-14", "US", "September 2007",
     "reference"),
    # an occupation's length
    ("Iraqi tanks rolled into Kuwait before dawn, and the occupation lasted nearly 17 months until the coalition "
     "drove Iraqi forces out.", "2025-08-02", "KW", "nearly 17 months", "reference"),
    ("Iraq invaded Kuwait in 1990. Seventeen months of occupation followed.", "2025-08-02", "KW",
     "Seventeen months", "reference"),
    ("The 17-month Iraqi occupation of Kuwait ended in February 1991.", "2025-08-02", "KW", "17-month",
     "reference"),
    # a host's own edition in another edition's year
    ("Visitor numbers took off with the FIFA World Cup it hosted in late 2018.", "2025-06-17", "QA", "2018",
     "reference"),
    ("Since Qatar hosted the World Cup in November 2018, hotels have been full.", "2025-06-17", "QA",
     "November 2018", "reference"),
    ("Qatar staged the World Cup in 2018, and the metro still carries fans.", "2025-06-17", "QA", "2018",
     "reference"),
]


@pytest.mark.parametrize("text, date, country, figure, category", FLAGGED)
def test_widened_readers_speak(text, date, country, figure, category):
    assert any(figure in f or f in figure for f in found(text, date, country, category))


SILENT = [
    ("About 4.76 million Kenyans abroad sent money home last year.", "2025-06-12", "KE"),
    ("Some 4.8 million Kenyans are registered voters in Nairobi and its suburbs.", "2025-06-12", "KE"),
    ("A survey found 24 million Pakistanis lack access to clean water.", "2025-03-22", "PK"),
    ("Only 2.2 million Nigerians hold a passport, the census office said.", "2025-01-10", "NG"),
    ("The 2019 census counted 47.6 million Kenyans.", "2025-06-12", "KE"),
    ("There are now 24 million Pakistanis without clean water.", "2025-03-22", "PK"),
    ("There were 5.2 million Kenyans in formal jobs last year.", "2025-06-12", "KE"),
    ("The census counted 4.76 million Kenyans in the diaspora.", "2025-06-12", "KE"),
    ("Karachi, a city of 20 million people, runs short of water.", "2025-03-22", "PK"),
    ("Lagos State signed its N3.3 trillion 2025 Appropriation Bill into law at the State House in Alausa.",
     "2025-03-01", "NG"),
    ("The health ministry's spending rose to £1.3bn this year.", "2025-06-12", "GB"),
    ("Abuja's 2025 budget of N54.99 billion was approved.", "2025-03-01", "NG"),
    ("The charity's 2025 budget of £1.3bn was approved.", "2025-06-12", "GB"),
    ("The 2025 budget is £1.3bn, the trust said.", "2025-06-12", "GB"),
    ("Our 2025 budget is £1.3bn, the council leader said.", "2025-06-12", "GB"),
    ("Kano State's 2025 budget of N549 billion was signed on Friday.", "2025-03-01", "NG"),
    ("The 2025 budget sets aside N54.99 billion for the census.", "2025-03-01", "NG"),
    ("Government spending in October was £1.3bn.", "2025-06-12", "GB"),
    ("Public spending on roads rose to £1.3bn this year.", "2025-06-12", "GB"),
    ("Total public spending rose by £1.3bn this year.", "2025-06-12", "GB"),
    ("Total public spending will be about £1.3 trillion this year.", "2025-06-12", "GB"),
    ("The building collapsed in September 2007, a year before Lehman Brothers filed for bankruptcy.",
     "2018-09-14", "US"),
    ("Northern Rock collapsed in September 2007.", "2018-09-14", "GB"),
    ("The occupation of the university building lasted 17 days.", "2025-08-02", "KW"),
    ("The Iraqi occupation of Kuwait lasted seven months.", "2025-08-02", "KW"),
    ("Israel's occupation of the West Bank began in 1967.", "2025-08-02", "IL"),
    ("Qatar hosted the World Cup in late 2022.", "2025-06-17", "QA"),
    ("Russia hosted the World Cup in 2018.", "2025-06-17", "QA"),
    ("Qatar bid for the World Cup in 2010.", "2025-06-17", "QA"),
    ("Fans who watched the World Cup Russia hosted in 2018 remember the heat.", "2025-06-17", "RU"),
    ("Japan, which hosted the Rugby World Cup in 2019, will bid again.", "2025-06-17", "JP"),
    ("France hosted the Women's World Cup in 2019.", "2025-06-17", "FR"),
    # (these two were false alarms before this round: another series, another named thing before the date)
    ("Qatar hosted the Club World Cup in 2019 and 2020.", "2025-06-17", "QA"),
    ("Qatar hosted the World Cup in 2022 and the Asian Cup in early 2024.", "2025-06-17", "QA"),
]


@pytest.mark.parametrize("text, date, country", SILENT)
def test_near_misses_stay_silent(text, date, country):
    assert not [f for f in factcheck.check(text, date=date, country=country)
                if f.category in ("plausibility", "reference")]
