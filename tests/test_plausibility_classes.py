"""Classes of copy the plausibility rules must read, each in several wordings of our own.

* a country's population in any common shape: after an apposition ("Ghana, West Africa's second most
  populous nation, with ... people"), "a country of just N", "home to N", "the N-strong nation",
  "Chile has N inhabitants" — and a year in a later clause ("..., last counted in 2006") is not the figure's;
* GDP in local currency named bare at the head of its clause ("Gross domestic product reached 126 billion
  yuan"), with the slip named (billion for trillion) and the written digits kept;
* bilateral trade between "the two neighbours", "the two countries", "both sides", "them";
* a whole national defence allocation or national budget against the country's GDP (crore for lakh crore);
* one country's exports to one partner above the pair's whole trade, or above its own GDP;
* turnout above 100% with words between the noun and the figure.

Each class has clean near-misses that must stay silent: a city's or province's figure, a part of a budget,
a change, a historic year, a correct figure.
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # -- population, any common shape --------------------------------------------------------------
    ("FC202", "Ghana, West Africa's second most populous nation, with some 3.4 million people, votes on Saturday.",
     "2024-12-05", "GH", "3.4 million"),
    ("FC202", "Kenya, East Africa's largest economy with an estimated 5.5 million people, held a census in 2019.",
     "2025-03-10", "KE", "5.5 million"),
    ("FC202", "Bangladesh, the world's eighth most populous country with about 17 million people, goes to the polls.",
     "2025-03-10", "BD", "17 million"),
    ("FC202", "Officials warned of strain on schools in a country of just 520,000 people.\n\nThe rise was "
              "driven by arrivals from abroad.", "2024-08-14", "NZ", "520,000"),
    ("FC202", "Housing is scarce in a nation of barely 90 million people, the minister said.", "2024-08-14", "AU",
     "90 million"),
    ("FC202", "Chile has 190 million inhabitants, according to the statistics office.", "2024-05-02", "CL",
     "190 million"),
    ("FC202", "Peru, with 3.4 million residents, is Latin America's fifth most populous country.",
     "2024-05-02", "PE", "3.4 million"),
    ("FC202", "Elections are a huge task for the 14-million-strong nation.", "2024-05-02", "PK", "14-million"),
    ("FC202", "With a population of 22 million, Nigeria is the continent's most populous country.", "2025-01-01",
     "NG", "22 million"),
    ("FC202", "Home to 24 million people, Pakistan has the world's fifth-largest population.", "2025-01-01", "PK",
     "24 million"),
    ("FC202", "Ethiopia (population 12.6 million) is the region's giant.", "2025-01-01", "ET", "12.6 million"),
    ("FC202", "The reforms must serve all 23 million Nigerians, the senator said.", "2025-01-01", "NG", "23 million"),
    ("FC202", "The 24 million people of Pakistan deserve clean water.", "2025-01-01", "PK", "24 million"),
    ("FC202", "Bhutan, the Himalayan kingdom of about 7.8 million people, measures happiness.", "2024-01-01", "BT",
     "7.8 million"),
    ("FC202", "The country has 28 million people, officials said.", "2024-01-01", "ID", "28 million"),
    # -- GDP in local currency, bare noun --------------------------------------------------------------
    ("FC203", "Gross domestic product reached 126 billion yuan, the statistics bureau said on Wednesday.",
     "2024-01-18", "CN", "126 billion yuan"),
    ("FC203", "GDP hit ₹3.3 lakh crore in 2023-24, the statistics ministry said.", "2024-06-01", "IN",
     "₹3.3 lakh crore"),
    ("FC203", "The country's GDP rose to N372bn after the rebasing, officials said.", "2025-07-25", "NG",
     "N372bn"),
    ("FC203", "The $45bn Bangladeshi economy grew 5% last year.", "2025-01-01", "BD", "$45bn"),
    ("FC203", "Turkey's gross domestic product reached 43.4 billion lira last year.", "2025-03-01", "TR",
     "43.4 billion lira"),
    ("FC203", "The size of the economy was $35bn, the IMF said.", "2025-03-01", "IN", "$35bn"),
    # -- bilateral trade between "the two" ---------------------------------------------------------------
    ("FC201", "Dhaka and New Delhi held talks on Monday.\n\nTrade between the two neighbours stands at about "
              "Tk 14 billion a year, officials said.", "2025-01-27", "BD", "Tk 14 billion"),
    ("FC201", "Pakistan and China signed nine agreements.\n\nTrade between the two countries reached Rs23bn last year.",
     "2025-06-01", "PK", "Rs23bn"),
    ("FC201", "India and Russia renewed their oil deal.\n\nTrade between both sides climbed to ₹66 billion in "
              "2024-25.", "2025-07-01", "IN", "₹66 billion"),
    # -- a whole national defence line or budget ------------------------------------------------------
    ("FC205", "The defence ministry was allocated Rs2.55bn for 2025-26, the finance minister said.",
     "2025-06-11", "PK", "Rs2.55bn"),
    ("FC205", "India's defence budget for 2025-26 stands at ₹6.81 crore, up 9.5% on last year.",
     "2025-02-02", "IN", "₹6.81 crore"),
    ("FC205", "The budget sets aside ₹6.81 crore for defence, the largest share of any ministry.",
     "2025-02-02", "IN", "₹6.81 crore"),
    ("FC205", "Nigeria's federal budget of N54.9bn for 2025 was signed into law on Friday.",
     "2025-03-01", "NG", "N54.9bn"),
    # -- one country's exports to one partner --------------------------------------------------------
    ("FC206", "Swiss goods exports to the United States totalled Sfr 547 billion last year.",
     "2025-09-01", "CH", "Sfr 547 billion"),
    ("FC206", "Pakistan's exports to China stood at $230bn last year, the ministry said.",
     "2025-03-01", "PK", "$230bn"),
    ("FC206", "Kenya's exports to Uganda hit KSh 90 trillion last year.", "2025-03-01", "KE",
     "KSh 90 trillion"),
    ("FC206", "Exports from Vietnam to the United States reached $1.4 trillion in 2024.", "2025-03-01", "VN",
     "$1.4 trillion"),
    # -- turnout with words between noun and figure -------------------------------------------------
    ("FC204", "Turnout across the district was 104.3 percent, the commission said.", "2024-12-02", "ID",
     "104.3 percent"),
    ("FC204", "Voter participation in the runoff stood at 103%, officials said.", "2024-12-02", "ID", "103%"),
    ("FC204", "Turnout in the northern constituencies reached 101.6 per cent.", "2024-12-02", "PK",
     "101.6 per cent"),
    ("FC204", "The polling percentage in the constituency was 108%.", "2024-02-09", "PK", "108%"),
    ("FC206", "Goods exports to the United States totalled Sfr 527 billion last year.", "2025-08-08", "CH",
     "Sfr 527 billion"),
    ("FC206", "Kenya exported tea worth KSh 90 trillion to Pakistan last year.", "2025-03-01", "KE",
     "KSh 90 trillion"),
]


@pytest.mark.parametrize(("rule_id", "text", "date", "country", "figure"), BAD,
                         ids=[f"{b[0]}-{b[4]}" for b in BAD])
def test_class_is_flagged(rule_id, text, date, country, figure):
    found = plausibility(text, date, country)
    assert (rule_id, figure) in found, found


GOOD = [
    # population: right figures, cities, parts, history
    ("Ghana, West Africa's second most populous nation, with some 34 million people, votes on Saturday.",
     "2024-12-05", "GH"),
    ("Lagos, with 20 million people, is Africa's largest city.", "2024-12-05", "NG"),
    ("Nigeria has 20 million people living in extreme poverty, the World Bank said.", "2024-12-05", "NG"),
    ("Kenya, with 10 million people food insecure, appealed for aid.", "2024-12-05", "KE"),
    ("In 1960, Nigeria had 45 million people.", "2024-12-05", "NG"),
    ("Nigeria, Africa's most populous country with over 220 million people, last held a census in 2006, when "
     "140 million people were counted.", "2025-10-06", "NG"),
    ("Officials warned of strain on schools in a country of just 5.3 million people.", "2024-08-14", "NZ"),
    ("Nigeria, whose capital Abuja has 3 million people, is hosting the summit.", "2024-12-05", "NG"),
    ("Punjab, home to 127 million people, goes to the polls.", "2024-02-01", "PK"),
    # GDP: right figures, parts, changes, quarters, other owners
    ("Gross domestic product reached 126 trillion yuan, the statistics bureau said on Wednesday.",
     "2024-01-18", "CN"),
    ("Guangdong's GDP reached 14 trillion yuan last year.", "2024-01-18", "CN"),
    ("GDP grew by 2 billion yuan in the month.", "2024-01-18", "CN"),
    ("Gross domestic product in the first quarter reached 31.8 billion yuan.", "2024-04-18", "CN"),
    ("Abu Dhabi's non-oil economy grew.\n\nTotal GDP reached Dh276.6 billion.", "2023-06-26", "AE"),
    ("The digital economy reached $90bn, the report said.", "2024-06-01", "ID"),
    ("GDP per capita reached $2,500, officials said.", "2024-06-01", "IN"),
    ("Indonesia's $90bn digital economy is booming.", "2025-01-01", "ID"),
    ("The $45bn Bangladeshi garment industry employs 4 million.", "2025-01-01", "BD"),
    # trade: right figures and parts
    ("Dhaka and New Delhi held talks on Monday.\n\nTrade between the two neighbours stands at about "
     "$14 billion a year, officials said.", "2025-01-27", "BD"),
    ("Dhaka and New Delhi held talks.\n\nBorder trade between the two neighbours stands at Tk 14 billion a year.",
     "2025-01-27", "BD"),
    ("Pakistan and China met.\n\nTrade between the two countries reached Rs23bn in January.", "2025-06-01", "PK"),
    # budget: right figures, parts, changes, schemes, provinces, devolved ministries
    ("The Ministry of Defence received the largest allocation among ministries at ₹6.81 lakh crore.",
     "2025-02-02", "IN"),
    ("The Ministry of Defence received ₹500 crore for the new housing scheme.", "2025-02-02", "IN"),
    ("The defence ministry received an additional ₹500 crore, officials said.", "2025-02-02", "IN"),
    ("The state's defence corridor got ₹50 crore in the budget.", "2025-02-02", "IN"),
    ("Pakistan's defence budget rose by Rs200bn this year.", "2025-06-11", "PK"),
    ("The defence ministry's development budget was Rs5bn, the document showed.", "2025-06-11", "PK"),
    ("The Ministry of Defence spent ₹20 crore on advertising last year.", "2025-02-02", "IN"),
    ("It is proposed to allocate 8 billion 50 crore rupees for the Ministry of Education.", "2025-06-10", "PK"),
    ("The defence ministry got Rs2.55 trillion for 2025-26.", "2025-06-11", "PK"),
    ("Nigeria's federal budget of N54.9tn for 2025 was signed into law on Friday.", "2025-03-01", "NG"),
    ("The budget of Lagos state, N3tn, was passed.", "2025-03-01", "NG"),
    # exports: right figures, companies, parts
    ("Swiss goods exports to the United States totalled Sfr 52.7 billion last year.", "2025-09-01", "CH"),
    ("Bangladesh's exports to India stood at $1.57 billion in fiscal 2023-24.", "2025-01-27", "BD"),
    ("Vietnam's exports to the US rose to $136.6bn in 2024.", "2025-03-01", "VN"),
    ("The company's exports to China reached $900m.", "2025-03-01", "PK"),
    ("Kenya's exports to Uganda hit KSh 90 billion last year.", "2025-03-01", "KE"),
    ("Apple's exports to China reached $900bn.", "2025-03-01", "US"),
    ("Exports to India and China totalled $9tn.", "2025-03-01", "PK"),
    # population: voters, diaspora, shares, cities named after a leading count
    ("Pakistan, with 96 million registered voters, votes on Thursday.", "2024-02-01", "PK"),
    ("Bangladesh has 17 million people, or a tenth of its population, living abroad.", "2025-01-01", "BD"),
    ("With 22 million people, Lagos is Africa's largest city.", "2025-01-01", "NG"),
    ("The 2 million Nigerians abroad sent home $20bn.", "2025-01-01", "NG"),
    ("The 5 million people of Lagos State voted.", "2025-01-01", "NG"),
    ("Qatar, a country of 2.9 million people, of whom only 300,000 are citizens, hosted the World Cup.",
     "2022-11-20", "QA"),
    # GDP of a place inside the country, or a gap
    ("Gross domestic product reached 3.1 trillion yuan in Guangzhou last year.", "2025-01-20", "CN"),
    ("Gross domestic product reached 3.1 trillion yuan in the province last year.", "2025-01-20", "CN"),
    ("China's GDP was 2 billion yuan higher than forecast.", "2025-01-20", "CN"),
    # budget: a gap, a fraction
    ("The defence ministry received Rs 90 crore, a fraction of what it sought for the museum project.",
     "2024-07-22", "IN"),
    ("The defence ministry's budget was Rs 90 crore higher.", "2024-07-22", "IN"),
    ("The Pentagon's budget was $85bn.", "2025-02-02", "US"),
    # turnout: right figures and changes
    ("Turnout across the district was 64.3 percent, the commission said.", "2024-12-02", "ID"),
    ("Turnout in the capital was 12% higher than in 2019.", "2024-12-02", "ID"),
    ("Turnout across the regency rose 104 percent from 2019.", "2024-12-02", "ID"),
    ("Turnout in Lahore was 104% of the 2018 figure.", "2024-02-09", "PK"),
]


@pytest.mark.parametrize(("text", "date", "country"), GOOD, ids=[g[0][:50] for g in GOOD])
def test_near_miss_is_silent(text, date, country):
    assert plausibility(text, date, country) == []


def test_suggestions_name_the_slip_and_keep_the_digits():
    [f] = factcheck.check("Gross domestic product reached 134.9 billion yuan, the bureau said.",
                          date="2025-01-18", country="CN")
    assert f.suggestion == "134.9 trillion yuan" and "billion for trillion" in f.message
    [f] = factcheck.check("The Ministry of Defence received the largest allocation among ministries at ₹6.81 crore.",
                          date="2025-02-02", country="IN")
    assert f.suggestion == "₹6.81 lakh crore" and "crore for lakh crore" in f.message
