"""Round 13: classes, not stories. (1) A thing's age is no person's: "trees, some of them more than 200 years old",
"the mosque, which is 450 years old", "the fort is said to be 400 years old" stay silent, while a person's
impossible age still speaks. (2) An owner-free ceiling on a government's spending: a one-year spending figure in a
budget sentence above the economy of every country the story names is impossible whoever owns it (a riyal written
as a dollar), whatever words tie it to the budget. (3) "N years ago" of something dated only by its year: the thing
happened somewhere in that year, so from May 2025 "in 2021" is three or four years back, never five. All sentences
are our own."""
from __future__ import annotations

import pytest

from _findings import found

THING_AGES = [
    "The park's olive groves include trees, some of them more than 300 years old, that still bear fruit.",
    "The mosque, which is about 450 years old, reopened on Friday after repairs.",
    "Villagers say the baobab is 800 years old and older than the kingdom itself.",
    "The tradition, now more than 200 years old, draws pilgrims every spring.",
    "The fort is said to be 400 years old, the guide told visitors.",
    "A tradition 250 years old cannot be dropped, the elders said.",
    "The bridge, at 180 years old, is the oldest in the county.",
    "Its cedars, many of which are over 1,000 years old, are protected by law.",
    "The market hall was 140 years old when it burned down in 2019.",
    "Some of the vines are more than 150 years old, the winemaker said.",
    "The manuscripts, the oldest of them 600 years old, are kept in a cool room.",
    "The church bells, which are almost 300 years old, will be recast.",
    "Engineers said the pipes beneath the old town were more than 130 years old.",
    "The company's charter is 190 years old, the chairman noted.",
    "The villa, itself 250 years old, houses the collection.",
    "The temple complex — parts of it 900 years old — drew 2 million visitors.",
    "The town's clock tower (now 160 years old) is being restored.",
    "The tortoises on the island, some believed to be 150 years old, are counted each year.",
]

PERSON_AGES = [
    "The ministry said the oldest pensioner on its rolls, a woman from Kisii, is 131 years old.",
    "Amina Yusuf, who is 134 years old, was honoured by the governor.",
    "She was 135 years old when she died last week, her family said, and the oldest person in the region.",
    "The oldest resident, a farmer named Joseph Otieno, is said to be 140 years old.",
    "Officials said the village's oldest man, 138 years old, still walks to market, and the aged are honoured.",
    "A 134-year-old woman was named the oldest person in the prefecture.",
]


@pytest.mark.parametrize("text", THING_AGES)
def test_a_things_age_is_no_persons(text):
    assert found(text, "2025-05-01", "OM", "plausibility") == []


@pytest.mark.parametrize("text", PERSON_AGES)
def test_a_persons_impossible_age_still_speaks(text):
    assert found(text, "2025-05-01", "KE", "plausibility")


SPENDING = [
    ("Kuwait's cabinet has endorsed a 2025 state budget that plans to spend $480 billion, the finance ministry "
     "said.", "KW"),
    ("The Kuwaiti government approved a budget under which it will spend $890 billion in the fiscal year starting "
     "April.", "KW"),
    ("Under the new budget, the government expects expenditure to reach $2.1 trillion next year, the Treasury "
     "said.", "NZ"),
    ("Jordan's cabinet signed off on spending of $610 billion for 2025, with subsidies trimmed.", "JO"),
    ("The 2025 budget, which foresees outlays of $950 billion, was sent to parliament on Sunday.", "KE"),
    ("The budget earmarks $1.4 trillion in spending for the year, the finance minister told reporters.", "GH"),
    ("Qatar will spend $2.2 trillion in 2025 under the state budget approved by the Emir.", "QA"),
    ("The government's spending bill for 2025 totals $3.9 trillion, lawmakers were told.", "BD"),
    ("Bahrain's parliament passed the budget, allowing the government to spend $700 billion next year.", "BH"),
    ("Planned government expenditure for the coming year stands at $1.9 trillion, according to the budget "
     "statement.", "EG"),
    ("The cabinet approved a spending plan worth $1.2 trillion for 2025.", "SA"),
    ("The finance minister said total public spending would rise to $560 billion in the new fiscal year.", "LK"),
    ("The budget envisages $2.6 trillion of expenditure, up 4% on last year.", "PK"),
    ("Morocco's draft budget for 2025 plans expenditure of $1.5 trillion, the ministry said.", "MA"),
    ("In its 2025 budget the Kenyan government plans to spend $900 billion, officials said.", "KE"),
]

SPENDING_SILENT = [
    ("Saudi Arabia plans to spend $1.3 trillion over the next decade on giga-projects, the minister said.", "SA"),
    ("Public debt will reach $1.4 trillion next year, the budget statement showed.", "JP"),
    ("The kingdom's budget plans to spend SR1.285 trillion in 2025, the finance ministry said.", "SA"),
    ("Amazon plans to spend $100 billion on data centres, the company told investors in Nairobi.", "KE"),
    ("The government will spend $6.75 trillion in 2025 under the budget, the US Treasury said.", "US"),
    ("The budget foresees spending of $280 billion, with revenue of $250 billion, the minister said.", "SA"),
    ("The state budget of $1.2 trillion in China dwarfs Kenya's, the Kenyan finance minister noted.", "KE"),
    ("The fund, which manages assets of $925 billion, will spend more on local projects, the budget said.", "SA"),
    ("Between 2016 and 2030 the government expects to spend $1.6 trillion on infrastructure, the budget says.", "SA"),
    ("Cumulative spending since 2015 has reached $2.3 trillion, the finance ministry said in its budget "
     "statement.", "SA"),
    ("Japan's budget plans to spend ¥115 trillion in the fiscal year, the finance minister said.", "JP"),
    ("India's Union Budget plans to spend ₹50.65 lakh crore in 2025-26, the finance minister said.", "IN"),
    ("Global defence spending hit $2.7 trillion last year, the finance minister said of the budget.", "GH"),
    ("The budget will spend $45 billion, while the economy is worth $1.1 trillion, the minister said.", "SA"),
    ("The cabinet approved spending of $120 billion for 2025, the Kuwaiti finance ministry said.", "KW"),
]


@pytest.mark.parametrize("text,country", SPENDING)
def test_spending_above_every_economy_speaks(text, country):
    assert found(text, "2025-01-10", country, "plausibility")


@pytest.mark.parametrize("text,country", SPENDING_SILENT)
def test_spending_near_misses_stay_silent(text, country):
    assert found(text, "2025-01-10", country, "plausibility") == []


YEARS_AGO = [
    ("The bridge has changed the valley since it opened in 2019, seven years ago, when traffic was light.",
     "2025-03-14"),
    ("The first test flight, in 2021 — five years ago — ended when the engine cut out.", "2025-05-20"),
    ("Five years ago, in 2021, the company floated on the Nairobi exchange.", "2025-04-02"),
    ("Since the plant was commissioned in 2013, fourteen years ago, output has tripled.", "2025-02-10"),
    ("The ban, introduced in 2016 (ten years ago), has cut plastic use by half.", "2025-06-01"),
    ("In 2018, nine years ago, the council first proposed the bypass.", "2025-01-20"),
    ("Farmers still recall the drought of 2009, seventeen years ago, as the worst.", "2025-05-11"),
    ("It has been 12 years since 2014, when the stadium hosted its first final.", "2025-03-01"),
    ("The team last won the league in 2011, fifteen years ago.", "2025-02-28"),
]

YEARS_AGO_SILENT = [
    ("The bridge has changed the valley since it opened in 2019, six years ago.", "2025-03-14"),
    ("The bridge has changed the valley since it opened in 2019, five years ago.", "2025-03-14"),
    ("The first test flight, in 2021, four years ago, ended when the engine cut out.", "2025-05-20"),
    ("The first test flight, in 2021, five years ago, ended when the engine cut out.", "2025-11-20"),
    ("In 2018, seven years ago, the council first proposed the bypass.", "2025-01-20"),
    ("In 2018, six years ago, the council first proposed the bypass.", "2025-01-20"),
    ("Almost five years ago, in 2021, the company floated on the exchange.", "2025-04-02"),
    ("In 2015, about a decade ago, the law changed.", "2025-02-02"),
    ("In 2011, some fifteen years ago, the team last won the league.", "2025-02-28"),
    ("The team last won the league in 2011, fourteen years ago.", "2025-02-28"),
    ("The team last won the league in 2011, thirteen years ago.", "2025-02-28"),
    ("The merger agreed in December 2020, four years ago, is under review.", "2025-04-15"),
    ("The drought of 2009, sixteen years ago, was the worst.", "2025-08-11"),
    ("The drought of 2009, fifteen years ago, was the worst.", "2025-08-11"),
    ("In 2019, five or six years ago, the idea was first floated.", "2025-03-14"),
]


@pytest.mark.parametrize("text,date", YEARS_AGO)
def test_years_ago_of_a_year_rounds_only_so_far(text, date):
    assert found(text, date, "KE")


@pytest.mark.parametrize("text,date", YEARS_AGO_SILENT)
def test_years_ago_within_the_year_stays_silent(text, date):
    assert found(text, date, "KE") == []


REGION_SPENDING = [
    ("Spending by Gulf states on defence reached $900 billion, the Kuwaiti finance minister said at the budget "
     "launch.", "KW"),
    ("Arab governments plan to spend $1.1 trillion next year, the budget statement noted.", "JO"),
    ("Member countries of the bloc will spend $2 trillion, the finance minister said of the budget.", "GH"),
]


@pytest.mark.parametrize("text,country", REGION_SPENDING)
def test_many_governments_spending_stays_silent(text, country):
    assert found(text, "2025-01-10", country, "plausibility") == []


# (4) "N years ago" closing its sentence, the next sentence going back to that time with its date
BACK_THEN = [
    ("The museum looks nothing like it did on opening day 12 years ago. Back in June 2004 the galleries were half "
     "empty.", "2025-04-04"),
    ("Few remember the first market, held 30 years ago. Back then, in 1985, traders sold from carts.", "2025-04-04"),
    ("The clinic first opened its doors nine years ago. That was in 2012, when the town had no doctor.",
     "2025-04-04"),
    ("It all began 25 years ago.\n\nBack in 1990, two teachers rented a room above a shop.", "2025-09-04"),
    ("The ferry made its last crossing eight years ago. It was in March 2021 that the service ended.",
     "2025-04-04"),
    ("The first batch of cadets graduated 40 years ago this spring. Back in 1995 there were only 12 of them.",
     "2025-04-04"),
]

BACK_THEN_SILENT = [
    ("The museum looks nothing like it did on opening day 21 years ago. Back in June 2004 the galleries were half "
     "empty.", "2025-04-04"),
    ("Few remember the first market, held 40 years ago. Back then, in 1985, traders sold from carts.", "2025-04-04"),
    ("The clinic first opened its doors 13 years ago. That was in 2012, when the town had no doctor.",
     "2025-04-04"),
    ("The clinic opened nine years ago, and it grew fast. In 2012 it added a maternity ward.", "2025-04-04"),
    ("She left the village ten years ago. In 2001 her brother followed.", "2025-04-04"),
    ("The club was founded 50 years ago by dock workers. Back in 1990 it nearly folded.", "2025-04-04"),
    ("The plan was drawn up five years ago. By 2030 it should be finished.", "2025-04-04"),
    ("The bypass was first proposed 12 years ago, officials said. Back in the 1990s the road was quiet.",
     "2025-04-04"),
]


@pytest.mark.parametrize("text,date", BACK_THEN)
def test_years_ago_then_back_to_that_time(text, date):
    assert found(text, date, "GB")


@pytest.mark.parametrize("text,date", BACK_THEN_SILENT)
def test_back_then_near_misses_stay_silent(text, date):
    assert found(text, date, "GB") == []


# (5) More people than live in every country the story names put together: no count of any of their people
PEOPLE_FLAG = [
 ("\"Feeding 180 crore people is no small task,\" the Bangladeshi food secretary said after talks with Myanmar.", "BD"),
 ("The ministry must keep rice affordable for 2.4 billion people, the Pakistani official said.", "PK"),
 ("With 2.1 billion citizens to register, Nigeria's identity agency asked for more staff.", "NG"),
 ("Power cuts affect the lives of 1.9 billion people in Bangladesh, the minister admitted.", "BD"),
 ("The new ID card will be issued to 2.6 billion Indonesians by the interior ministry.", "ID"),
 ("Egypt must find water for 1.06 billion people, the irrigation minister warned, blaming Ethiopia's dam.", "EG"),
 ("Kenya's housing agency says 5 billion people need decent homes.", "KE"),
 ("Feeding 1.7 billion people is a responsibility we cannot outsource, he said, pointing to shortages in India.", "BD"),
]

PEOPLE_SILENT = [
 ("Feeding 8 billion people is the world's challenge, the Bangladeshi scientist said.", "BD"),
 ("South Asia's 1.9 billion people face extreme heat, the Bangladeshi minister said.", "BD"),
 ("Africa's 1.4 billion people need more power, the Kenyan minister said.", "KE"),
 ("About 1.8 billion people use WhatsApp, the Pakistani regulator noted.", "PK"),
 ("During the holiday, 2.3 billion people travelled by rail and road, the Chinese ministry said.", "CN"),
 ("India must feed 1.4 billion people, the Bangladeshi official said of its neighbour.", "BD"),
 ("The fund has reached 1.2 billion people since 2000, the Nigerian official said.", "NG"),
 ("China and India together have 2.8 billion people, the Pakistani economist noted.", "PK"),
 ("The Muslim world's 1.9 billion people mark Eid this week, the Egyptian cleric said.", "EG"),
 ("By 2050 the country will have 2.1 billion people, a fanciful projection claimed.", "NG"),
 ("Feeding 17 crore people is a big responsibility, the Bangladeshi official said.", "BD"),
 ("Some 1.3 billion people watched the final on television, the Pakistani board said.", "PK"),
 ("The scheme has provided 2.5 billion meals to people in need, the Indian minister said.", "IN"),
 ("Feeding 1.2 billion people a day is the job of the Indian grain agency, the Nepali official said.", "NP"),
 ("Vaccines have protected 1.1 billion people across the region, the Kenyan health minister said.", "KE"),
]


@pytest.mark.parametrize("text,country", PEOPLE_FLAG)
def test_more_people_than_every_named_country(text, country):
    assert found(text, "2024-06-01", country, "plausibility")


@pytest.mark.parametrize("text,country", PEOPLE_SILENT)
def test_world_region_audience_people_stay_silent(text, country):
    assert found(text, "2024-06-01", country, "plausibility") == []
