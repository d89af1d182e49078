"""The knowledge checks on phrasings they were not first written for, and the same subjects said correctly.

Each BAD case is a slip seen in independently written copy (or its close cousin);
each CLEAN case says the same kind of thing correctly and must raise no finding in
the plausibility, reference or consistency categories.
"""
from __future__ import annotations

import pytest

import factcheck
from factcheck import slips

KNOWLEDGE = ("plausibility", "reference", "consistency")


def knowledge(text: str, date: str, country: str):
    return [(f.rule, f.text, f.suggestion) for f in factcheck.check(text, date=date, country=country)
            if f.category in KNOWLEDGE]


BAD = [
    # plausibility: trade, GDP, population, temperature, shares
    ("FC201", "Talks began after bilateral trade between Pakistan and the UAE reached $101 billion in the "
              "fiscal year ended June.", "2025-08-19", "AE", "$101 billion"),
    ("FC203", "Officials said Saudi Arabia's $110 billion economy was on course to meet Vision 2030 targets.",
     "2024-11-01", "SA", "$110 billion"),
    ("FC203", "Kenya, a $10.8bn economy, grew 5.6% last year.", "2024-07-11", "KE", "$10.8bn"),
    ("FC203", "Saudi Arabia's economy, worth about $110bn, grew 2.8%.", "2024-11-01", "SA", "$110bn"),
    ("FC202", "Ghana's population of 3.4 million is young.", "2024-06-17", "GH", "3.4 million"),
    ("FC202", "Ghana, a nation of 3.4 million people, votes on Saturday.", "2024-06-17", "GH", "3.4 million"),
    ("FC202", "Ghana is home to 3.4 million people.", "2024-06-17", "GH", "3.4 million"),
    ("FC202", "Ghana's 3.4 million people vote on Saturday.", "2024-06-17", "GH", "3.4 million"),
    ("FC204", "Phalodi touched 49.0C and Sri Ganganagar sizzled at 60.4C during the heatwave.", "2024-05-29", "IN",
     "60.4C"),
    ("FC204", "Temperatures in Mecca reached 71C on Monday as pilgrims performed the Hajj.", "2024-06-17", "SA",
     "71C"),
    ("FC204", "A pass rate of 112.6% was recorded.", "2024-06-17", "PK", "112.6%"),
    # reference: dates and durations of recorded events
    ("FC602", "A year after Labour's landslide in the general election of 11 July 2024, Starmer faces revolt.",
     "2025-07-07", "GB", "11 July 2024"),
    ("FC602", "Two years after the magnitude-7.8 earthquake that struck southern Turkey on February 9, 2023, "
              "thousands still live in containers.", "2025-02-06", "TR", "February 9, 2023"),
    ("FC602", "Hasina resigned on August 12, 2024 and fled to India.", "2025-01-01", "BD", "August 12, 2024"),
    ("FC602", "Russia invaded Ukraine on March 24, 2022.", "2025-01-01", "UA", "March 24, 2022"),
    ("FC602", "On February 9, 2023, an earthquake struck Turkey.", "2025-01-01", "TR", "February 9, 2023"),
    ("FC601", "Tehran marked the end of the nine-day war with Israel.", "2025-09-01", "IR", "nine-day war"),
    # consistency: the same thing with another value
    ("FC402", "The tribunal awarded compensation to 1,240 workers who lost their jobs.\n\n"
              "A union representing the 1,420 workers welcomed the ruling.", "2023-11-21", "LK", "1,420 workers"),
    ("FC402", "The plant employs 3,200 workers.\n\nIts 2,300 employees are paid well.", "2025-01-01", "BD",
     "2,300 employees"),
    ("FC403", "The firm will finance the 640km Caspian gas pipeline.\n\nThe 460km pipeline will open in 2030.",
     "2025-10-21", "TR", "460km pipeline"),
    ("FC404", "Leaders met at a two-day forum in Doha.\n\nThe five-day gathering ended with a pledge.",
     "2025-01-20", "QA", "five-day gathering"),
]


@pytest.mark.parametrize(("rule_id", "text", "date", "country", "figure"), BAD, ids=[f"{c[0]}-{c[4]}" for c in BAD])
def test_slip_is_found(rule_id, text, date, country, figure):
    found = knowledge(text, date, country)
    assert [(r, t) for r, t, _ in found] == [(rule_id, figure)], found


SUGGESTED = [
    ("Hasina resigned on August 12, 2024 and fled to India.", "2025-01-01", "BD", "August 5, 2024"),
    ("Labour won the general election of 11 July 2024.", "2025-07-07", "GB", "4 July 2024"),
    ("Ghana's population of 3.4 million is young.", "2024-06-17", "GH", "34 million"),
]


@pytest.mark.parametrize(("text", "date", "country", "suggestion"), SUGGESTED, ids=[s[3] for s in SUGGESTED])
def test_suggestion_keeps_the_story_form(text, date, country, suggestion):
    assert [s for _, _, s in knowledge(text, date, country)] == [suggestion]


CLEAN = [
    # trade, GDP, population: said correctly, or about something else
    ("Bilateral trade between Pakistan and the UAE reached $10.1 billion in the fiscal year ended June.",
     "2025-08-19", "AE"),
    ("The two sides aim to raise bilateral trade between Pakistan and the UAE to $25bn by 2030.", "2025-08-19", "AE"),
    ("Barter trade between Pakistan and Iran reached $200m last year.", "2025-08-19", "PK"),
    ("Border trade between Pakistan and Iran was worth $400m in 2024.", "2025-08-19", "PK"),
    ("Officials said Saudi Arabia's $1.1 trillion economy was on course to meet Vision 2030 targets.",
     "2024-11-01", "SA"),
    ("Saudi Arabia's economy grew 2.8 per cent in the third quarter, adding $8bn of output.", "2024-11-01", "SA"),
    ("India aims to become a $5tn economy by 2027.", "2024-11-01", "IN"),
    ("Ghana, a nation of 34 million people, votes on Saturday.", "2024-06-17", "GH"),
    ("India is home to 144 crore people.", "2024-06-17", "IN"),
    ("Pakistan is home to 3 million Afghan refugees.", "2024-06-17", "PK"),
    ("Pakistan's 25 million people living in poverty need help.", "2024-06-17", "PK"),
    ("Karachi, home to 20 million people, is Pakistan's largest city.", "2024-06-17", "PK"),
    ("Lagos, Nigeria's commercial capital, is home to 16 million people.", "2024-06-17", "NG"),
    ("Nigeria, a country of 36 states, votes in February.", "2024-06-17", "NG"),
    # temperatures
    ("Jacobabad hit 51C on Monday, the hottest place in the country.", "2024-05-27", "PK"),
    ("Phalodi touched 49.0C and Sri Ganganagar sizzled at 48.4C during the heatwave.", "2024-05-29", "IN"),
    ("The heat index in Bandar Mahshahr hit 74C as the heatwave continued.", "2023-08-01", "IR"),
    ("Land surface temperatures in Jacobabad reached 70C, satellite data showed.", "2024-05-27", "PK"),
    ("During the heatwave, bakeries kept their ovens at 220C through the night.", "2024-05-27", "PK"),
    ("The driver made a 180-degree turn in the heat.", "2024-05-27", "PK"),
    ("Pfizer's vaccine must be stored at -70C even as temperatures hit 45C.", "2024-05-27", "PK"),
    # events, dates and durations said correctly, and other events of the same kind
    ("A year after Labour's landslide in the general election of 4 July 2024, Starmer faces revolt.",
     "2025-07-07", "GB"),
    ("Labour did well in the local elections of May 2, 2024.", "2025-01-01", "GB"),
    ("Reform UK gained control of 10 councils in the local elections on 1 May 2025.", "2025-07-07", "GB"),
    ("Two years after the magnitude-7.8 earthquake that struck southern Turkey on February 6, 2023, thousands "
     "still live in containers.", "2025-02-06", "TR"),
    ("A magnitude-5.2 earthquake struck Malatya on August 10, 2023.", "2025-01-01", "TR"),
    ("Hasina resigned on August 5, 2024 and fled to India.", "2025-01-01", "BD"),
    ("Russia invaded Ukraine on February 24, 2022.", "2025-01-01", "UA"),
    ("Shelling continued in the war in Ukraine in March 2023.", "2025-01-01", "UA"),
    ("Tehran marked the end of the 12-day war with Israel.", "2025-09-01", "IR"),
    ("Iran remembered the eight-year war with Iraq.", "2025-09-01", "IR"),
    ("The US-China trade war of 2018 hurt exporters.", "2025-09-01", "CN"),
    ("A suicide attack in Peshawar on March 4, 2022 killed 63 worshippers.", "2025-09-01", "PK"),
    # consistency: updates, parts, different things
    ("At least 23 people were killed in the flood, officials said on Sunday.\n\n"
     "The death toll rose from 23 to 32 on Tuesday, and the 32 people killed were buried.", "2024-09-24", "NG"),
    ("A factory in Ashulia employs 4,500 workers.\n\nIn Gazipur, the 2,800 workers at a second factory went on "
     "strike.", "2024-10-15", "BD"),
    ("The factory employs 4,500 workers.\n\nThe 300 workers who were dismissed will be rehired.",
     "2024-10-15", "BD"),
    ("The factory employs 4,500 workers.\n\nThe 450 workers who were dismissed will be rehired.",
     "2024-10-15", "BD"),
    ("Five new cases were reported on Monday.\n\nThe 120 cases recorded since March are all linked.",
     "2025-04-16", "US"),
    ("Ministers met at a two-day summit in Doha.\n\nOfficials then held a three-day workshop on trade rules.",
     "2025-01-20", "QA"),
    ("They built 300km of new road last year.\n\nThe 200km road to the port opened.", "2025-01-20", "KE"),
    ("The 640km Caspian gas pipeline will be financed by banks.\n\nThe 640km pipeline will open in 2030.",
     "2025-10-21", "TR"),
]


@pytest.mark.parametrize(("text", "date", "country"), CLEAN, ids=[c[0][:40] for c in CLEAN])
def test_clean_copy_raises_no_knowledge_finding(text, date, country):
    assert knowledge(text, date, country) == []


def test_digit_slip():
    assert slips.digit_slip(1240, 1420) and slips.digit_slip(640, 460) and slips.digit_slip(3200, 2300)
    assert slips.digit_slip(3200, 3800)
    assert not slips.digit_slip(4500, 300) and not slips.digit_slip(23, 32.5) and not slips.digit_slip(12, 13)
