"""Round 2 classes of plausibility copy, each in several house styles of our own (never a blind story's words).

* a weather subject tied to a temperature ("pushed temperatures to", "the mercury hit") wins over a word
  that elsewhere makes a temperature a thing's ("a heatwave baking the region", "the scorching sun", "road
  closures"); the word silences only where the temperature is *of* it ("the oven temperature of", "the road
  surface reached", "temperatures inside the kiln", "a fire burning at", "a heat index of");
* "a country of N people" is a population whatever follows it ("that needed three bailouts", "where a quarter
  of the population is in school");
* a share of a group ("the share of candidates obtaining five credits, including English, rose to") cannot
  exceed 100%; a change ("rose 104%") and a ratio ("debt as a share of GDP") can;
* a national budget is read through an aside ("The budget, which the Nationalrat approved on Thursday after a
  long debate, foresees outlays of") and named by its parliament; a month or a week in another clause ("passed
  last week", "a number the IMF endorsed in May") does not make a budget or an economy a part-year figure;
* a whole smaller than its own part, with no table: a national budget below one of its lines (new borrowing,
  a deficit, an allocation), a population below a group of its people (learners, registered voters).

Each class has clean near-misses that must stay silent.
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # -- a weather subject tied to the figure wins over weather-copy words elsewhere ----------------------
    ("FC204", "A relentless heatwave baking the north pushed temperatures to 63.1C in Jacobabad on Monday.",
     "2024-05-27", "PK", "63.1C"),
    ("FC204", "Under a scorching sun, the mercury hit 58.9C in Sweihan, the highest reading this summer.",
     "2024-07-20", "AE", "58.9C"),
    ("FC204", "Temperatures climbed to 64.2 degrees Celsius in Phalodi as road closures were announced.",
     "2024-05-28", "IN", "64.2 degrees Celsius"),
    ("FC204", "With crops roasting in the fields, temperatures reached 67C across Sindh, officials said.",
     "2024-05-27", "PK", "67C"),
    ("FC204", "The heatwave that has been frying the Punjab plains sent temperatures to 62.5°C on Friday.",
     "2024-05-24", "IN", "62.5°C"),
    ("FC204", "Temperatures rose to 141F in Phoenix as the sun beat down and the ground cracked.",
     "2024-07-10", "US", "141F"),
    ("FC204", "As firefighters battled a blaze on the outskirts, temperatures in Athens reached 58.4C.",
     "2024-07-17", "GR", "58.4C"),
    ("FC204", "Baking heat gripped Basra, where the mercury touched 66C on Sunday, the weather office said.",
     "2024-07-21", "IQ", "66C"),
    ("FC204", "Temperatures hit 61C in Ouargla, raising the risk of fire in the palm groves, forecasters said.",
     "2024-07-22", "DZ", "61C"),
    ("FC204", "The hottest day on record was Tuesday, when temperatures touched 59.6C in Kuwait City, and "
              "asphalt softened on the ring road.", "2024-07-23", "KW", "59.6C"),
    ("FC204", "Sri Ganganagar sizzled at 60.4C as the scorching sun baked the streets.", "2024-05-29", "IN",
     "60.4C"),
    # -- "a country of N people", whatever follows -----------------------------------------------------------
    ("FC202", "Tourism now drives the recovery in Greece, a country of about 104 million people that was bailed "
              "out three times after 2010.", "2019-08-20", "GR", "104 million"),
    ("FC202", "In a country of 1.73 million people where almost half the population is under 18, the "
              "ministry is short of teachers.", "2024-06-04", "PH", "1.73 million"),
    ("FC202", "Life expectancy has risen in Nigeria, a nation of 22.4 million people who mostly live on less "
              "than $2 a day.", "2024-06-04", "NG", "22.4 million"),
    ("FC202", "The reforms were hard on Portugal, a country of about 1.05 million people which needed an "
              "international rescue in 2011.", "2019-08-20", "PT", "1.05 million"),
    ("FC202", "In Kenya, a country of 5.5 million people where a third of the population is under 15, "
              "schools are overcrowded.", "2024-06-04", "KE", "5.5 million"),
    ("FC202", "India, a country of 14 crore people that has grown faster than China for a decade, votes in "
              "April.", "2024-03-20", "IN", "14 crore"),
    ("FC202", "Few expected unrest in Bangladesh, a country of some five million people that had been growing "
              "at 6% a year.", "2024-08-14", "BD", "five million"),
    ("FC202", "In Pakistan - a country of 2.4 million people whose economy depends on IMF loans - prices keep "
              "rising.", "2024-08-14", "PK", "2.4 million"),
    ("FC202", "Sweden, a nation of 105 million people where cash has almost disappeared, is testing an "
              "e-krona.", "2024-08-14", "SE", "105 million"),
    ("FC202", "The Philippines, a country of 1.17 billion people which imports most of its rice, faces "
              "higher prices.", "2024-08-14", "PH", "1.17 billion"),
    ("FC202", "Tourism lifted Portugal, a country of 103 million people in southern Europe, out of recession.",
     "2019-08-20", "PT", "103 million"),
    ("FC202", "In a country of 10.6 million people, nearly a third are of school age.", "2018-06-04", "PH",
     "10.6 million"),
    # -- a share of a group above 100% -------------------------------------------------------------------------
    ("FC204", "Some 104.6 per cent of candidates obtained five credits, up from 38.2 per cent.", "2026-02-11",
     "SL", "104.6 per cent"),
    ("FC204", "About 117% of households own a mobile phone, the survey found.", "2026-02-11", "KE", "117%"),
    ("FC204", "The share of candidates obtaining five credits or more, including mathematics, rose to "
              "107.3 per cent, from 41 per cent.", "2025-02-11", "SL", "107.3 per cent"),
    ("FC204", "The proportion of households with piped water climbed to 112% last year, the survey found.",
     "2025-02-11", "KE", "112%"),
    ("FC204", "The percentage of pupils who sat the exam and passed it was 104.8 percent, the board said.",
     "2025-02-11", "US", "104.8 percent"),
    ("FC204", "The share of adults holding a bank account has reached 131 per cent, the central bank said.",
     "2025-02-11", "NG", "131 per cent"),
    ("FC204", "The share of registered voters, who queued for hours in some towns, stood at 118.6%.",
     "2025-02-11", "GH", "118.6%"),
    ("FC204", "The proportion of the population living below the poverty line rose to 101.5 per cent.",
     "2025-02-11", "ZW", "101.5 per cent"),
    ("FC204", "The share of women in formal employment has risen from 31% to 129%, the ministry said.",
     "2025-02-11", "EG", "129%"),
    ("FC204", "The pass rate of students writing the national exam in English jumped to 114 pc.",
     "2025-02-11", "IN", "114 pc"),
    ("FC204", "The fraction of farmers using certified seed was about 140%, officials said.",
     "2025-02-11", "ET", "140%"),
    ("FC204", "The share of schools with electricity reached a record 124 percent this year.",
     "2025-02-11", "RW", "124 percent"),
    # -- a national budget through an aside, named by its parliament; a week elsewhere ------------------------
    ("FC205", "The budget, which the Nationalrat approved on Thursday after a long debate, foresees outlays of "
              "€123 million next year.", "2024-11-27", "AT", "€123 million"),
    ("FC205", "The 3.48 billion baht budget bill for fiscal 2024, passed by the House of Representatives "
              "last week, sets out the spending plan.", "2024-01-08", "TH", "3.48 billion baht"),
    ("FC205", "The budget, approved by the Lok Sabha last week, provides for total spending of ₹50.65 crore.",
     "2025-03-20", "IN", "₹50.65 crore"),
    ("FC205", "The budget, which the Diet passed in March, provides for spending of ¥112 billion in all.",
     "2024-04-02", "JP", "¥112 billion"),
    ("FC205", "The 2.1 billion rand budget, tabled in Parliament last week, was welcomed by business.",
     "2024-02-28", "ZA", "2.1 billion rand"),
    ("FC205", "The budget, tabled in the Dewan Rakyat on Friday, provides for spending of RM421 million next "
              "year.", "2024-10-18", "MY", "RM421 million"),
    ("FC205", "The federal budget, signed into law by the president last week, envisages spending of 36.6 "
              "billion roubles.", "2024-12-02", "RU", "36.6 billion roubles"),
    ("FC205", "The Budget, presented to the Dáil on Tuesday, provides for spending of €10.5 million in 2025.",
     "2024-10-02", "IE", "€10.5 million"),
    ("FC205", "The budget, passed by the Knesset early on Thursday, provides for spending of 584 million "
              "shekels.", "2024-03-14", "IL", "584 million shekels"),
    ("FC205", "Kenya's budget, read in the National Assembly last week, totals KSh 3.9 billion.",
     "2024-06-20", "KE", "KSh 3.9 billion"),
    ("FC205", "The Bundestag passed a budget of €476.8 million on Friday.", "2024-02-02", "DE", "€476.8 million"),
    ("FC205", "The Lok Sabha on Tuesday approved a budget of ₹50.65 crore for 2025-26.", "2025-03-20", "IN",
     "₹50.65 crore"),
    ("FC205", "Congress passed a budget of $6.75 billion for the fiscal year.", "2024-03-14", "US",
     "$6.75 billion"),
    ("FC205", "The budget bill, worth 2.72 billion baht, was passed by the National Assembly.", "2015-09-21",
     "TH", "2.72 billion baht"),
    # -- an economy with an event's month in another clause -----------------------------------------------------
    ("FC203", "The central bank estimated the economy's size at about $64 trillion.", "2021-09-08", "TZ",
     "$64 trillion"),
    ("FC203", "The central bank reckons the economy is worth roughly $53 trillion, a number the IMF endorsed "
              "in May.", "2025-09-03", "UG", "$53 trillion"),
    ("FC203", "Kenya's economy grew 5.6 per cent. The statistics office put the size of the economy at KSh "
              "160 trillion, up from the previous year, which ended in December.", "2025-01-15", "KE",
     "KSh 160 trillion"),
    ("FC203", "The statistics agency put the size of the economy at $3.7 trillion last month, when it rebased "
              "the accounts.", "2024-10-03", "KE", "$3.7 trillion"),
    ("FC203", "The central bank, which published its review in March, estimated GDP at about $7.9bn.",
     "2024-10-03", "NG", "$7.9bn"),
]


@pytest.mark.parametrize("rule, text, date, country, figure", BAD, ids=[b[4] for b in BAD])
def test_flagged(rule, text, date, country, figure):
    assert (rule, figure) in plausibility(text, date, country)


GOOD = [
    # temperatures of things, tied to the figure
    ("The oven temperature of 250C is reached in ten minutes.", "2024-05-27", "GB"),
    ("Temperatures inside the kiln reached 1,300C, the potter said.", "2024-05-27", "GB"),
    ("The road surface reached 71C in Phoenix on Tuesday, the city said.", "2024-07-10", "US"),
    ("The tarmac hit 62C at midday as the heatwave went on.", "2024-07-10", "US"),
    ("Temperatures reached 45C, with a heat index of 61C in coastal towns.", "2024-05-27", "IN"),
    ("Temperatures hit 46C but it felt like 63C in the humid port city.", "2024-05-27", "PK"),
    ("Temperatures reached 1,000C as the fire raged through the warehouse.", "2024-05-27", "AE"),
    ("A fire burning at 900C gutted the depot, firefighters said.", "2024-05-27", "AE"),
    ("Temperatures on the sand reached 70C while the air was at 45C.", "2024-07-10", "AE"),
    ("Vaccines must be stored at -70C, far below the -20C of a kitchen freezer.", "2024-07-10", "GB"),
    ("The engine temperatures rose to 120C before the pilot landed.", "2024-07-10", "GB"),
    ("Temperatures reached 44.2C in Tuong Duong, a record, as the sun baked the province.", "2024-05-01", "VN"),
    # populations that are right, or a region's
    ("Athens hopes tourism will carry Greece, a country of about 10.4 million people that needed three "
     "bailouts, through the slowdown.", "2019-08-20", "GR"),
    ("The delta is home to 5 million people who depend on the river for their living.", "2024-06-04", "VN"),
    ("Teachers are in short supply in a country of 128 million people where roughly a quarter of the "
     "population is in school.", "2024-06-04", "MX"),
    # shares: changes, ratios, a group's share in range
    ("The share of candidates obtaining five credits rose 104.6 per cent from a low base.", "2025-02-11", "SL"),
    ("Government debt as a share of GDP rose to 112% last year.", "2025-02-11", "GH"),
    ("The share of candidates obtaining five credits, including English, rose to 64.6 per cent.",
     "2025-02-11", "SL"),
    ("The number of pupils passing was up 104 per cent on last year.", "2025-02-11", "GH"),
    ("The share of exports going to China was 104% of the 2019 level.", "2025-02-11", "AU"),
    ("Imports as a share of exports rose to 130% as the trade gap widened.", "2025-02-11", "PK"),
    ("Some 40% of households' income goes on rent, and spending reached 140% of the target.", "2024-01-01",
     "GB"),
    ("Rents rose 140% of households surveyed said, in a poorly worded poll.", "2024-01-01", "GB"),
    # budgets that are right, a state's, a part
    ("The Bundestag passed a budget of €476.8 billion on Friday.", "2024-02-02", "DE"),
    ("Congress passed a budget of $6.75 trillion for the fiscal year.", "2024-03-14", "US"),
    ("The budget, which the Nationalrat approved on Thursday after a long debate, foresees outlays of "
     "€123 billion next year.", "2024-11-27", "AT"),
    ("The state budget, passed by the assembly last week, provides for spending of ₹50.65 crore.",
     "2025-03-20", "IN"),
    ("The supplementary budget, passed by the Diet last week, provides for spending of ¥13 trillion.",
     "2024-04-02", "JP"),
    ("The KSh 3.99 trillion budget for 2024/25, passed by the National Assembly last week, sets the "
     "capitation grant.", "2024-06-25", "KE"),
    # economies that are right
    ("The central bank reckons the economy is worth roughly $53 billion, a number the IMF endorsed in May.",
     "2025-09-03", "UG"),
]


@pytest.mark.parametrize("text, date, country", GOOD, ids=[g[0][:40] for g in GOOD])
def test_silent(text, date, country):
    assert plausibility(text, date, country) == []


# -- a whole smaller than its own part (FC207: no table needed, the tables only decide which is off) -------------

PARTS_BAD = [
    ("The government tabled a ₹5.07 lakh crore Union Budget on Saturday. Of it, ₹6.81 lakh crore has been "
     "allocated to defence.", "2025-02-02", "IN", "₹5.07 lakh crore"),
    ("Parliament approved the Tk 79,700 crore national budget for 2024-25 on Sunday. The budget sets aside "
     "Tk 88,000 crore for education and technology.", "2024-06-30", "BD", "Tk 79,700 crore"),
    ("Lawmakers passed the KSh 398 billion national budget on Thursday. It provides for new borrowing of "
     "KSh 597 billion to plug the gap.", "2024-06-20", "KE", "KSh 398 billion"),
    ("The Finance Minister presented the country's Rs1.88 trillion federal budget. The budget deficit of "
     "Rs8.5 trillion will be financed largely by domestic borrowing.", "2024-06-12", "PK", "Rs1.88 trillion"),
    ("The 39.9 billion rand budget, tabled in Parliament, was praised by investors. Health will receive "
     "R271 billion in the budget, the minister said.", "2025-03-12", "ZA", "39.9 billion rand"),
    ("Parliament passed the E£386 billion national budget on Friday. The budget sets aside E£1.8 trillion "
     "for interest payments.", "2024-06-22", "EG", "E£386 billion"),
    ("The N2.85 trillion 2024 federal budget was signed by the President on Monday. It allocates N3.25 "
     "trillion to defence and security.", "2024-01-02", "NG", "N2.85 trillion"),
    ("The Finance Minister tabled a Rs 6.2 lakh crore Union Budget. The Budget has allocated Rs 6.81 lakh "
     "crore to defence, up 9.5 per cent.", "2025-02-02", "IN", "Rs 6.2 lakh crore"),
    ("Voters in a nation of 1.8 million people go to the polls. Some 17 million registered voters are "
     "expected to cast ballots.", "2024-12-05", "XX", "1.8 million"),
]


@pytest.mark.parametrize("text, date, country, figure", PARTS_BAD, ids=[p[3] for p in PARTS_BAD])
def test_whole_below_part(text, date, country, figure):
    assert ("FC207", figure) in plausibility(text, date, country) or \
        any(f == figure for _, f in plausibility(text, date, country))


PARTS_GOOD = [
    # a budget of the right size: the part is the other figure, or not a line of it
    ("The government tabled a ₹50.65 lakh crore Union Budget on Saturday. Of it, ₹6.81 lakh crore has been "
     "allocated to defence.", "2025-02-02", "IN"),
    ("The government tabled a ₹50.65 lakh crore Union Budget on Saturday. The states will receive ₹60 lakh "
     "crore over five years.", "2025-02-02", "IN"),
    ("Parliament approved the Tk 7.97 lakh crore national budget for 2024-25. The country received Tk 2.6 lakh "
     "crore in remittances in the budget year.", "2024-06-30", "BD"),
    ("Lawmakers passed the KSh 3.98 trillion national budget on Thursday. It provides for new borrowing of "
     "KSh 597 billion.", "2024-06-20", "KE"),
    # a population with larger groups that are not its own people at home
    ("Portugal, a country of 10.3 million people, welcomed 30 million tourists last year.", "2024-06-04",
     "PT"),
    ("In a country of 106 million people, some 27.7 million learners went back to school.", "2018-06-04", "PH"),
    ("Lebanon, a nation of 5.3 million people, hosts 1.5 million refugees.", "2024-06-04", "LB"),
    ("In a country of 106 million people, some 277 million learners went back to school.", "2018-06-04", "PH"),
    ("Lawmakers passed the 2023 national budget of KSh 3.6 trillion. In 2025, new borrowing of KSh 4 trillion "
     "is planned.", "2023-06-20", "KE"),
    ("Parliament passed the E£3.86 trillion national budget on Friday. The budget sets aside E£1.8 trillion "
     "for interest payments.", "2024-06-22", "EG"),
    ("The N28.7 trillion 2024 budget was signed by the President on Monday. Nigeria received N9 trillion in "
     "remittances last year.", "2024-01-02", "NG"),
]


@pytest.mark.parametrize("text, date, country", PARTS_GOOD, ids=[p[0][:40] for p in PARTS_GOOD])
def test_whole_with_its_parts_silent(text, date, country):
    assert plausibility(text, date, country) == []
