"""Classes of copy the reference checks must read, each in several wordings of our own.

A recorded event's date or duration can be written before the event ("It was on DATE that ...",
"since DATE, when ...", "the 2018 Notre-Dame fire"), after it ("the Easter Sunday attacks of DATE"),
under a general noun that refers back to an event named or described just before ("the disaster of
DATE", "the 36-day tournament"), and as "N days of war". Each class has clean twins that must stay
silent: a date that belongs to something done about the event (an anniversary, a report, a trial), a
name that only modifies another noun ("the Brexit trade talks"), another event of a name that recurs
in history ("the 1924 Paris Olympics"), a part of an event ("the first ten days of the war").
"""
from __future__ import annotations

import pytest

import factcheck


def reference(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "reference"]


BAD = [
    # a date that opens the clause its event fills: cleft, "since ..., when", "On DATE, <event> ..."
    ("FC602", "It was on March 11, 2021, that the WHO declared Covid-19 a pandemic.", "2025-03-11", "US",
     "March 11, 2021"),
    ("FC602", "It was on 12 March 2020 that the World Health Organisation declared the coronavirus outbreak a "
              "pandemic, forcing schools to close.", "2024-03-11", "GB", "12 March 2020"),
    ("FC602", "Since March 12, 2011, when the tsunami swept ashore, 40,000 residents have not returned.",
     "2021-03-11", "JP", "March 12, 2011"),
    ("FC602", "It was on March 11, 2012, that the earthquake struck off the Tohoku coast.", "2021-03-11", "JP",
     "March 11, 2012"),
    ("FC602", "On April 12, 2019, the Easter attacks killed 269 people in churches and hotels.", "2024-04-21",
     "LK", "April 12, 2019"),
    # a date written onto a name after it ("of DATE"), or right before it ("the 2018 Notre-Dame fire")
    ("FC602", "Parishioners prayed for the victims of the Easter Sunday bombings of 21 April 2018.", "2024-04-21",
     "LK", "21 April 2018"),
    ("FC602", "Five years after the 2018 Notre-Dame fire, the cathedral welcomed worshippers again.",
     "2024-12-08", "FR", "2018"),
    ("FC602", "Survivors of the April 28, 2019 Easter Sunday attacks demanded a new inquiry.", "2025-04-20",
     "LK", "April 28, 2019"),
    ("FC602", "Londoners remembered the 52 people killed in the 7/7 bombings of 6 July 2005.", "2025-07-07", "GB",
     "6 July 2005"),
    # names as reporters write them, in any case past the first letter
    ("FC602", "The Great East Japan earthquake struck on March 12, 2011.", "2021-03-11", "JP", "March 12, 2011"),
    ("FC602", "The World Health Organization declared COVID-19 a global pandemic on 11 March 2019.",
     "2024-03-11", "IN", "11 March 2019"),
    ("FC602", "Benazir Bhutto was assassinated in Rawalpindi on December 27, 2008.", "2024-12-27", "PK",
     "December 27, 2008"),
    ("FC602", "The Notre Dame fire broke out on April 15, 2018, in the attic of the cathedral.", "2024-12-07",
     "US", "April 15, 2018"),
    # a general noun for an event described or named before it
    ("FC602", "A magnitude 9 earthquake and a tsunami devastated the coast ten years ago. A decade on from the "
              "disaster of March 13, 2011, the clean-up continues.", "2021-03-11", "JP", "March 13, 2011"),
    ("FC602", "Flames tore through the cathedral's roof. The fire of 15 April 2018 destroyed the spire.",
     "2024-12-07", "FR", "15 April 2018"),
    ("FC602", "The blaze of 14 June 2016 at Grenfell Tower killed 72 people.", "2024-09-04", "GB",
     "14 June 2016"),
    # durations of a named tournament, or of "the tournament" just named
    ("FC601", "Doha hosted the 2022 World Cup last year. The 36-day tournament drew 3.4 million fans.",
     "2023-11-20", "QA", "36-day tournament"),
    ("FC601", "Argentina won the World Cup in Qatar in December. The 33-day tournament ended in a shoot-out.",
     "2023-01-10", "AR", "33-day tournament"),
    ("FC601", "The 2022 World Cup in Qatar lasted 36 days.", "2024-08-01", "QA", "36 days"),
    ("FC601", "The 20-day Paris Olympics ended with a flag handover to Los Angeles.", "2024-09-01", "FR",
     "20-day Paris Olympics"),
    # "N days of war" when the days are the whole of it
    ("FC601", "After 24 days of war with Israel, Iran agreed to a ceasefire.", "2025-09-01", "IR",
     "24 days of war"),
    ("FC601", "Twenty days of fighting between Iran and Israel ended with a truce in June.", "2025-09-01", "IR",
     "Twenty days of fighting"),
    ("FC602", "Five years ago, on 11 March 2021, the World Health Organization declared a pandemic.",
     "2025-03-11", "GB", "11 March 2021"),
    ("FC602", "The pandemic was declared on March 11, 2021, and schools closed days later.", "2025-03-11", "US",
     "March 11, 2021"),
    ("FC602", "The cathedral was ravaged by fire on 15 April 2018.", "2024-12-07", "FR", "15 April 2018"),
    ("FC602", "Since the triple disaster of March 2012, 40,000 people have left the region.", "2021-03-11", "JP",
     "March 2012"),
    # events a reporter names by a passive clause or a verb
    ("FC602", "Article 370 was abrogated on August 5, 2020.", "2025-01-01", "IN", "August 5, 2020"),
    ("FC602", "Nelson Mandela was released from prison on February 11, 1991.", "2025-01-01", "ZA",
     "February 11, 1991"),
    ("FC602", "The Westgate siege began on September 22, 2013, and ended four days later.", "2025-01-01", "KE",
     "September 22, 2013"),
]

CLEAN = [
    # the right date in each shape
    ("It was on March 11, 2020, that the WHO declared COVID-19 a pandemic.", "2025-03-11", "US"),
    ("Since March 11, 2011, when the tsunami swept ashore, 40,000 residents have not returned.", "2021-03-11",
     "JP"),
    ("Parishioners prayed for the victims of the Easter Sunday bombings of 21 April 2019.", "2024-04-21", "LK"),
    ("Doha hosted the 2022 World Cup last year. The 29-day tournament drew 3.4 million fans.", "2023-11-20", "QA"),
    ("The 19-day Paris Olympics ended with a flag handover to Los Angeles.", "2024-09-01", "FR"),
    ("After 12 days of war with Israel, Iran agreed to a ceasefire.", "2025-09-01", "IR"),
    # dates of what is done about an event: anniversaries, memorials, reports, trials
    ("Japan marked the tenth anniversary of the Great East Japan Earthquake on March 11, 2021.", "2021-03-12",
     "JP"),
    ("Thousands marked the first anniversary of the earthquakes on February 6, 2024, in Antakya.", "2024-02-07",
     "TR"),
    ("Campaigners marked the anniversary of the Brexit referendum on 23 June 2025.", "2025-06-24", "GB"),
    ("On April 21, 2024, the Easter Sunday attacks were remembered in Negombo.", "2024-04-21", "LK"),
    ("Londoners gathered on 7 July 2025 to remember the 7/7 bombings.", "2025-07-07", "GB"),
    ("PPP workers marked Benazir Bhutto's assassination anniversary on December 27, 2024.", "2024-12-27", "PK"),
    ("The Grenfell Tower fire inquiry published its final report on 4 September 2024.", "2024-09-04", "GB"),
    # a name that modifies another noun, or a new clause after it
    ("Brexit trade deal talks resumed in March 2025, officials said.", "2025-06-24", "GB"),
    ("The Brexit referendum campaign began in February 2016.", "2025-06-24", "GB"),
    ("The September 11 attacks memorial opened in 2011.", "2025-06-24", "US"),
    ("The 9/11 museum opened in May 2014.", "2025-06-24", "US"),
    ("Five years after the 2019 Notre-Dame fire, the cathedral reopened on 7 December 2024.", "2024-12-07", "FR"),
    ("The 2010 World Cup draw took place in December 2009.", "2025-01-01", "ZA"),
    # a name that other events bear
    ("The Easter Sunday attack in Lahore on March 27, 2016 killed 75 people.", "2016-03-30", "PK"),
    ("The 1924 Paris Olympics were the last Games hosted by the city for a century.", "2025-01-01", "FR"),
    ("The Paris Olympics of 1924 were the last Games hosted by the city for a century.", "2025-01-01", "FR"),
    ("Winnie Madikizela-Mandela died on 2 April 2018.", "2025-01-01", "ZA"),
    ("Police opened fire on 15 April 2023 in Marseille.", "2024-12-07", "FR"),
    # a disease is not its pandemic; a pandemic's edges are argued
    ("Covid-19 was first detected in Wuhan in December 2019.", "2025-03-11", "US"),
    ("Covid-19 remains a threat to older people in 2024, officials said.", "2025-03-11", "US"),
    ("The Covid pandemic, which began in China in late 2019, killed millions.", "2025-03-11", "US"),
    # part of an event, or something else that lasted
    ("In the first ten days of the war with Israel, Iran fired hundreds of missiles.", "2025-09-01", "IR"),
    ("Within three days of the war with Israel, flights were cancelled.", "2025-09-01", "IR"),
    ("The Paralympics, which lasted 12 days, followed the Paris Olympics.", "2024-09-01", "FR"),
    ("The 36-day tournament drew 3.4 million fans.", "2023-11-20", "QA"),
    ("Doha hosted the 2022 World Cup last year. Qatar will also stage the Asian Cup. The 30-day tournament "
     "starts in January.", "2023-11-20", "QA"),
    ("Doha hosted the 2022 World Cup last year. A 10-day youth tournament begins on Monday.", "2023-11-20", "QA"),
    # a general noun for another disaster of the same country
    ("The disaster of January 1, 2024 in Noto killed more than 200 people.", "2024-01-05", "JP"),
    ("The pandemic was declared over in May 2023.", "2025-03-11", "US"),
    ("The WHO declared a pandemic in June 2009 when swine flu spread.", "2019-06-11", "US"),
    ("Five years ago, on 11 March 2020, the World Health Organization declared a pandemic.", "2025-03-11", "GB"),
    # a date that belongs to another clause, or to a recent event of the kind
    ("Officials said on March 3, 2025 that the war with Israel had cost billions.", "2025-09-01", "IR"),
    ("The government said on November 1, 2025 that the assassination of Benazir Bhutto still shaped policy.",
     "2025-11-01", "PK"),
    ("Ten years after the Marikana massacre, the city held elections in May 2025.", "2025-11-01", "ZA"),
    ("The 2022 World Cup was awarded to Qatar in December 2010.", "2025-01-01", "QA"),
    ("The Supreme Court upheld the abrogation of Article 370 in December 2023.", "2025-01-01", "IN"),
    ("South Africa's first democratic election, held on 27 April 1994, ended apartheid.", "2025-01-01", "ZA"),
]


@pytest.mark.parametrize(("rule", "text", "date", "country", "figure"), BAD)
def test_wrong_event_figure_is_flagged(rule, text, date, country, figure):
    assert (rule, figure) in reference(text, date, country)


@pytest.mark.parametrize(("text", "date", "country"), CLEAN)
def test_clean_twin_is_silent(text, date, country):
    assert reference(text, date, country) == []
