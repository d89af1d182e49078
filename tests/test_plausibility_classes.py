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
    ("FC206", "Mexican exports to the United States came to $5.05 trillion in 2024.",
     "2025-03-01", "MX", "$5.05 trillion"),
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
    ("FC206", "Shipments to the United States came to $5.05 trillion in 2024.", "2025-03-01", "MX",
     "$5.05 trillion"),
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
    ("Ethiopia, the second most populous country in Africa with roughly 130 million people, has not held a "
     "census since 2007, when 74 million were counted.", "2025-10-06", "ET"),
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
    ("The Ministry of Defence was given ₹6.22 lakh crore, the largest sum of any ministry.",
     "2024-07-23", "IN"),
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
    ("Mexican exports to the United States came to $505 billion in 2024.", "2025-03-01", "MX"),
    ("Pakistan's exports to the UAE came to $2.1 billion in fiscal 2023-24.", "2025-01-27", "PK"),
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
    [f] = factcheck.check("Gross domestic product totalled 609.3 billion yen, the Cabinet Office said.",
                          date="2025-02-17", country="JP")
    assert f.suggestion == "609.3 trillion yen" and "billion for trillion" in f.message
    [f] = factcheck.check("The Ministry of Defence was given ₹6.22 crore, the largest sum of any ministry.",
                          date="2024-07-23", country="IN")
    assert f.suggestion == "₹6.22 lakh crore" and "crore for lakh crore" in f.message


@pytest.mark.xfail(strict=True, reason="'the defence ministry received the highest allocation among all ministries "
                   "at' is not read as the national defence line; 'The Ministry of Defence was given' is")
def test_defence_line_said_the_other_way_round():
    assert ("FC205", "₹6.22 crore") in plausibility(
        "The defence ministry received the highest allocation among all ministries at ₹6.22 crore.", "2024-07-23",
        "IN")


# -- a country's budget, economy, population and turnout, in every shape a reporter writes them ------------
#
# Each shape is crossed with seven countries in their own currencies and styles (RM, NZ$, KSh, ₹ lakh crore,
# N, R, £): the right figure must stay silent and the usual slip (million for billion, lakh crore for crore,
# a tenfold GDP, a tenth of the population, a turnout above 100%) must be flagged. The sentences are ours.

NATIONS = {  # code: name, demonym, date, budget, budget slipped, GDP, GDP slipped, population, population slipped
    "MY": ("Malaysia", "Malaysian", "2024-10-18", "RM421 billion", "RM421 million", "$400 billion", "$4 trillion",
           "34 million", "3.4 million"),
    "NZ": ("New Zealand", "New Zealand", "2024-05-30", "NZ$139.6 billion", "NZ$139.6 million", "NZ$410 billion",
           "NZ$41 billion", "5.2 million", "52 million"),
    "KE": ("Kenya", "Kenyan", "2024-06-13", "KSh3.99 trillion", "KSh3.99 billion", "$107 billion", "$10.7 billion",
           "55 million", "5.5 million"),
    "IN": ("India", "Indian", "2025-02-01", "₹50.65 lakh crore", "₹50.65 crore", "$3.9 trillion", "$390 billion",
           "1.43 billion", "14.3 crore"),
    "NG": ("Nigeria", "Nigerian", "2025-02-28", "N54.99 trillion", "N54.99 billion", "$363 billion",
           "$36.3 billion", "224 million", "22.4 million"),
    "ZA": ("South Africa", "South African", "2024-02-21", "R2.37 trillion", "R2.37 billion", "$378 billion",
           "$3.78 trillion", "60 million", "6 million"),
    "GB": ("Britain", "British", "2024-10-30", "£1.2 trillion", "£1.2 billion", "$3.3 trillion", "$330 billion",
           "68 million", "6.8 million"),
}
# a story about the national budget: what lets an unnamed "the budget" be the nation's
BUDGET_CUE = "Finance Minister Sam Obi presented the Budget in parliament on Thursday."
SHAPES = {
    "budget": {
        "tabled-the": "{cue} Officials said he tabled the {v} budget after a long debate.",
        "named-year": "{cue} The {v} Budget 2025 is the largest in the country's history.",
        "government-of": "{cue} The government's budget of {v} was approved by parliament.",
        "the-worth": "{cue} The budget, worth {v}, was approved by parliament on Thursday.",
        "government-spending": "{cue} Government spending is forecast at {v} in the coming fiscal year.",
        "national-totals": "The national budget totals {v}, the finance minister said.",
        "year-totals": "{cue} Budget 2025 totals {v}, according to the Treasury.",
        "country-of": "{name}'s budget of {v} was approved by parliament.",
        "country-figure": "{name}'s {v} budget was approved by parliament.",
        "public-expenditure": "{cue} Total public expenditure of {v} is planned for the year.",
        "presented-a": "{cue} He presented a budget of {v} to parliament.",
        "proposes-spending": "{cue} The Budget proposes total spending of {v} next year.",
        "outlay": "{cue} The Budget has a total outlay of {v}.",
        "record": "The country's record {v} budget was approved by parliament.",
        "passed-the": "{cue} Parliament passed the {v} budget on Tuesday.",
        "unveiled-record": "{cue} He unveiled a record {v} budget on Friday.",
        "spending-plan": "{cue} The government's {v} spending plan was passed.",
        "budget-for-year": "{cue} The budget for 2025 is {v}, the largest ever.",
        "tabled-for-year": "{cue} He tabled a {v} budget for 2025 in parliament.",
        "total-budget": "{cue} The total budget is {v}, the largest ever.",
        "envisages": "{cue} The budget envisages spending of {v} next year.",
        "budget-size": "{cue} The budget size was set at {v}.",
        "total-expenditure": "{cue} Total expenditure for 2025 is projected at {v}.",
        "federal-expenditure": "{cue} Federal government expenditure will total {v}.",
        "plans-to-spend": "{cue} The government plans to spend {v} next year.",
        "titled-minister": "Finance Minister Sam Obi has delivered a {v} Budget, the coalition's first.",
    },
    "gdp": {
        "possessive-economy": "{name}'s {v} economy grew 3 per cent last year.",
        "apposition-worth": "{name}, an economy worth about {v}, depends on remittances.",
        "gdp-of": "{name}'s GDP of {v} is small by regional standards.",
        "the-country's": "The country's {v} economy grew 3 per cent last year.",
        "has-worth": "{name} has an economy worth {v}.",
        "bare-gdp": "Gross domestic product reached {v} last year, the statistics office said.",
        "economy-worth": "The economy, worth about {v}, grew 3 per cent last year.",
        "gdp-stood": "{name}'s gross domestic product stood at {v} in 2023.",
        "demonym": "The {v} {dem} economy grew 3 per cent last year.",
        "size-of": "The size of {name}'s economy is about {v}.",
        "valued-at": "{name}'s economy, valued at {v}, grew 3 per cent last year.",
    },
    "population": {
        "with-population": "{name}, with a population of {v}, votes on Saturday.",
        "country-of": "Voters in a country of {v} people go to the polls on Saturday.",
        "home-to": "{name} is home to {v} people, the census found.",
        "population-of": "{name}'s population of {v} is growing fast.",
        "country's-people": "The country's {v} people are growing older.",
        "has-inhabitants": "{name} has {v} inhabitants, according to the census.",
        "population-stood": "The population of {name} stood at {v}, the census found.",
        "nation-of": "The reforms will affect a nation of {v}.",
    },
    "turnout": {
        "was": "Turnout was {v}, the commission said.",
        "stood-at-of-voters": "Turnout stood at {v} of registered voters, the commission said.",
        "of-voters-voted": "Some {v} of registered voters voted, the commission said.",
        "a-turnout-of": "A turnout of {v} was recorded, the commission said.",
        "put-at": "The commission put turnout at {v} of the 18.8 million registered voters.",
        "reached-up-from": "Turnout reached {v}, up from 79 per cent in 2020.",
        "voter-turnout-in": "Voter turnout in the runoff was {v}, officials said.",
        "of-electorate": "About {v} of the electorate cast their ballots on Saturday.",
        "attributive": "The {v} turnout surprised analysts.",
        "record": "Turnout hit a record {v} in the capital, officials said.",
        "participation": "Voter participation stood at {v}, the commission said.",
    },
}
_VALUES = {"budget": (3, 4), "gdp": (5, 6), "population": (7, 8)}
NATIONAL_GRID = [(kind, shape, code) for kind, shapes in SHAPES.items() for shape in shapes for code in NATIONS]


@pytest.mark.parametrize(("kind", "shape", "code"), NATIONAL_GRID, ids=[f"{k}-{s}-{c}" for k, s, c in NATIONAL_GRID])
def test_national_figure_in_any_shape(kind, shape, code):
    row = NATIONS[code]
    name, demonym, date = row[:3]
    right, wrong = (row[_VALUES[kind][0]], row[_VALUES[kind][1]]) if kind in _VALUES \
        else ("60.9 per cent", "109.6 per cent")
    template = SHAPES[kind][shape]

    def text(value):
        return template.format(cue=BUDGET_CUE, v=value, name=name, dem=demonym)
    assert [figure for _, figure in plausibility(text(wrong), date, code)] == [wrong]
    assert plausibility(text(right), date, code) == []


# Budgets that are not the nation's, in a story about the national budget: a council's, an agency's, a film's,
# a ministry's, a state's; a share of the budget, a change, a month, a deficit.
NOT_THE_NATIONS_BUDGET = [
    "The council's budget of RM421 million was approved.",
    "The agency has a budget of RM421 million.",
    "The film's RM4 million budget was criticised.",
    "The health ministry's budget of RM421 million rose.",
    "The health budget of RM421 million rose.",
    "The university's RM421 million budget rose.",
    "A RM421 million budget for the new hospital was approved.",
    "The company presented a budget of RM421 million to shareholders.",
    "Selangor tabled a RM421 million budget on Thursday.",
    "The state government tabled a RM421 million budget.",
    "The Budget sets aside RM421 million for flood works.",
    "The budget includes RM421 million for flood works.",
    "Government spending on health is forecast at RM421 million.",
    "Government spending rose by RM421 million.",
    "Public spending of RM421 million on roads was approved.",
    "Government spending in October was RM421 million.",
    "The Budget's RM421 million allocation for schools was welcomed.",
    "The budget deficit of RM421 million was smaller.",
    "The budget surplus was RM421 million.",
    "Acme Holdings presented the RM421 million budget to shareholders on Friday.",
    "The government plans to spend RM421 million on flood works next year.",
    "The government will spend RM421 million to upgrade schools.",
    "The ministry said total expenditure was RM421 million.",
    "Total spending in the first quarter was RM421 million.",
    "The state government will spend RM421 million next year.",
    "The package comprises additional public spending amounting to RM421 million.",
]


@pytest.mark.parametrize("sentence", NOT_THE_NATIONS_BUDGET)
def test_another_budget_in_a_budget_story_is_silent(sentence):
    text = "Anwar tabled Budget 2025 in parliament on Friday. " + sentence
    assert plausibility(text, "2024-10-18", "MY") == []


def test_an_unnamed_budget_outside_a_budget_story_is_silent():
    for sentence in ("The budget of RM421 million was approved by the board.",
                     "The club's budget of RM421 million was approved by the board.",
                     "The board tabled a RM421 million budget on Thursday."):
        assert plausibility(sentence, "2024-10-18", "MY") == []


def test_turnout_relative_to_another_election_is_silent():
    for sentence in ("Turnout stood at 104 per cent of the 2019 level, officials said.",
                     "Turnout rose 104 per cent from 2019, officials said.",
                     "Election officials said turnout reached 58 per cent of the 27.5 million voters on the roll."):
        assert plausibility(sentence, "2024-12-10", "GH") == []


# The national budget read by whoever presents it, as each country's copy names them.
PRESENTED_BUDGETS = [
    ("NAIROBI — Treasury Cabinet Secretary Amos Kiprono on Thursday read the Sh3.99 billion budget for the "
     "2024/25 financial year in the National Assembly.", "2024-06-13", "KE", "Sh3.99 billion"),
    ("Chancellor Jane Hollis delivered a £1.2 billion Budget to the Commons on Wednesday.", "2024-10-30", "GB",
     "£1.2 billion"),
    ("Finance Minister Ravi Menon on Saturday presented a ₹50.65 crore Budget for 2025-26.", "2025-02-01", "IN",
     "₹50.65 crore"),
    ("Lawmakers passed the N54.99 billion budget on Tuesday, days after the finance minister presented it.",
     "2025-02-28", "NG", "N54.99 billion"),
]


@pytest.mark.parametrize(("text", "date", "country", "figure"), PRESENTED_BUDGETS,
                         ids=[p[3] for p in PRESENTED_BUDGETS])
def test_presented_budget_is_the_nations(text, date, country, figure):
    assert plausibility(text, date, country) == [("FC205", figure)]
    right = {"KE": "Sh3.99 trillion", "GB": "£1.2 trillion", "IN": "₹50.65 lakh crore", "NG": "N54.99 trillion"}
    assert plausibility(text.replace(figure, right[country]), date, country) == []


# -- session 2: a head count in the story's first sentence; "home to N <nationals>" elsewhere --------

FIRST_SENTENCE_POPULATION = [
    ("Nairobi, May 2 - Health officials will extend free screening to every county, reaching all adults in a "
     "country of about 5.6 million people.\n\nKenya, Uganda and Tanzania launched the plan in 2023.",
     "2025-05-02", "KE", "5.6 million"),
    ("Lima - The ministry will connect every school to the internet by 2027 in a nation of some 3.4 million "
     "people.\n\nPeru, Chile and Bolivia signed a pact on rural schools last year.", "2025-05-02", "PE",
     "3.4 million"),
    ("Dhaka, June 3 - The new curriculum reaches every pupil in a country of roughly 17 million people, the "
     "minister said.\n\nBangladesh and India agreed a textbook exchange.", "2025-06-03", "BD", "17 million"),
]


@pytest.mark.parametrize(("text", "date", "country", "figure"), FIRST_SENTENCE_POPULATION,
                         ids=[c[3] for c in FIRST_SENTENCE_POPULATION])
def test_population_in_the_first_sentence_is_the_home_countrys(text, date, country, figure):
    assert ("FC202", figure) in plausibility(text, date, country)


DIASPORA = [
    ("Malaysia is home to about 2 million Indonesians, many of them plantation workers.", "2025-05-02", "ID"),
    ("Britain is home to roughly 2 million Nigerians, according to community groups.", "2025-05-02", "NG"),
    ("Saudi Arabia is home to some 2.6 million Pakistanis, many of them construction workers.", "2025-05-02", "PK"),
    ("Dubai is home to nearly 1.2 million Filipinos, the consulate said.", "2025-05-02", "PH"),
]


@pytest.mark.parametrize(("text", "date", "country"), DIASPORA, ids=[d[0][:40] for d in DIASPORA])
def test_nationals_living_in_another_country_are_not_its_population(text, date, country):
    assert not [f for f in plausibility(text, date, country) if f[0] == "FC202"]


def test_a_nation_home_to_its_own_people_is_still_checked():
    found = plausibility("Nigeria is home to 22 million Nigerians, the census board said.", "2025-05-02", "NG")
    assert ("FC202", "22 million") in found
