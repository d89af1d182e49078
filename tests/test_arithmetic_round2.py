"""Arithmetic, round 2: basic shapes that failed on a detail (a figure of another kind in between, a colon
list, a whole said in another sentence, a total paragraphs after its parts).

Every case is our own sentence. A wrong one must be flagged on the stated figure that does not follow
(or its whole), its corrected twin must stay silent, and the near-misses are legitimate copy that must
stay silent. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _flags, _ids, _silent, arithmetic


# -- a level, then its change, with a figure of another kind (or an aside, or a year) between -------
# A sub-editor reads "2.67 million twenty-foot equivalent units (TEUs) of containers in 2017" as one
# level: the "twenty-foot", the bracket and the year describe it, they do not block the pairing.
# (wrong, flagged, right, country)

LEVEL_PAST_ASIDES = [
    ("Mombasa port handled 1.45 million twenty-foot equivalent units (TEUs) of cargo in 2023, up from 1.33 million "
     "in 2022, a rise of 19 per cent, the port authority said.", "19 per cent",
     "Mombasa port handled 1.45 million twenty-foot equivalent units (TEUs) of cargo in 2023, up from 1.33 million "
     "in 2022, a rise of 9 per cent, the port authority said.", "KE"),
    ("The terminal moved 812,000 40-foot boxes last year, up 31% from 705,000.", "31%",
     "The terminal moved 812,000 40-foot boxes last year, up 15% from 705,000.", None),
    ("Exports reached Rs 2.8 lakh crore in 2024, up 21% from Rs 2.5 lakh crore a year earlier.", "21%",
     "Exports reached Rs 2.8 lakh crore in 2024, up 12% from Rs 2.5 lakh crore a year earlier.", "IN"),
    ("The airline carried 6.2 million passengers (PAX) in 2024, up 24 percent from 5.5 million in 2023.", "24 percent",
     "The airline carried 6.2 million passengers (PAX) in 2024, up 13 percent from 5.5 million in 2023.", "US"),
    ("Millers bought 412,000 50-kilogram bags of maize in March, up 42% from 318,000 a year earlier.", "42%",
     "Millers bought 412,000 50-kilogram bags of maize in March, up 30% from 318,000 a year earlier.", "KE"),
    ("Revenue came to £3.6bn in the year to March, up 28 per cent from £3.2bn.", "28 per cent",
     "Revenue came to £3.6bn in the year to March, up 12.5 per cent from £3.2bn.", "GB"),
    ("The refinery processed 9.1 million barrels of crude (bbl) in 2024, up from 8.4 million in 2023, an increase "
     "of 18%.", "18%",
     "The refinery processed 9.1 million barrels of crude (bbl) in 2024, up from 8.4 million in 2023, an increase "
     "of 8%.", "NG"),
    ("Dairy farmers delivered 1.84 billion litres of milk in 2024, down from 1.95 billion in 2023, a fall of "
     "12 per cent.", "12 per cent",
     "Dairy farmers delivered 1.84 billion litres of milk in 2024, down from 1.95 billion in 2023, a fall of "
     "5.6 per cent.", "NZ"),
    ("Tk 4,210 crore was disbursed in FY24, up 35 percent from Tk 3,480 crore.", "35 percent",
     "Tk 4,210 crore was disbursed in FY24, up 21 percent from Tk 3,480 crore.", "BD"),
    ("Cargo through the canal rose to 514 million tonnes (Suez Canal Authority figures) in 2023, up 27% from "
     "468 million in 2022.", "27%",
     "Cargo through the canal rose to 514 million tonnes (Suez Canal Authority figures) in 2023, up 10% from "
     "468 million in 2022.", "EG"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", LEVEL_PAST_ASIDES, ids=_ids(LEVEL_PAST_ASIDES))
def test_level_read_past_asides(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- what was added in a period, against what was added in the period before ----------------------
# "added 78 GW in the half, up 154% from 31 GW a year earlier" compares like with like: the first figure
# is this period's level, not a change to be added to last period's.

PERIOD_AMOUNTS = [
    ("India added 18.5 gigawatts of solar capacity in the first half of 2024, up 52% from 8.3 GW a year earlier.",
     "52%",
     "India added 18.5 gigawatts of solar capacity in the first half of 2024, up 123% from 8.3 GW a year earlier.",
     "IN"),
    ("The network gained 1.2 million subscribers in the quarter, up 60 per cent from 900,000 in the same period "
     "last year.", "60 per cent",
     "The network gained 1.2 million subscribers in the quarter, up 33 per cent from 900,000 in the same period "
     "last year.", "ZA"),
    ("Employers added 254,000 jobs in September, up 45% from 159,000 a year before.", "45%",
     "Employers added 254,000 jobs in September, up 60% from 159,000 a year before.", "US"),
    ("The city planted 42,000 trees this season, up 20 per cent from 30,000 last year.", "20 per cent",
     "The city planted 42,000 trees this season, up 40 per cent from 30,000 last year.", "AU"),
    ("Developers completed 3,150 homes in 2024, up 12% from 2,520 in 2023.", "12%",
     "Developers completed 3,150 homes in 2024, up 25% from 2,520 in 2023.", "IE"),
    ("The state added 640 megawatts of wind capacity in FY24, up 18 percent from 410 MW the previous year.",
     "18 percent",
     "The state added 640 megawatts of wind capacity in FY24, up 56 percent from 410 MW the previous year.", "IN"),
    ("Banks opened 2.3 million new accounts in the quarter, down 30% from 2.9 million a year earlier.", "30%",
     "Banks opened 2.3 million new accounts in the quarter, down 21% from 2.9 million a year earlier.", "NG"),
    ("Police recruited 1,840 officers last year, up 64 per cent from 1,420 the year before.", "64 per cent",
     "Police recruited 1,840 officers last year, up 30 per cent from 1,420 the year before.", "GB"),
    ("The port added 12 new berths this decade, up 50% from 6 in the previous one.", "50%",
     "The port added 12 new berths this decade, up 100% from 6 in the previous one.", None),
    ("Farmers gained KSh 4.2 billion from tea bonuses this year, up 40 per cent from KSh 3.5 billion last year.",
     "40 per cent",
     "Farmers gained KSh 4.2 billion from tea bonuses this year, up 20 per cent from KSh 3.5 billion last year.",
     "KE"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", PERIOD_AMOUNTS, ids=_ids(PERIOD_AMOUNTS))
def test_period_amount_against_earlier_period(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- a colon right after a whole opens all of it ---------------------------------------------------
# "a programme of $84m for the year: $38.5m for roads, ... and $11.3m for parks": parts short of the
# whole are a slip as much as parts past it. A figure of another kind or an aside inside the list
# ("$24.9m for the water network - mains, meters and reservoirs -") is read past.

COLON_LISTS = [
    ("The board signed off on a $71m works programme for 2025: $33.6m for bridges, $24.9m for the water network "
     "- mains, meters and reservoirs - and $6.5m for libraries.", "$71m",
     "The board signed off on a $65m works programme for 2025: $33.6m for bridges, $24.9m for the water network "
     "- mains, meters and reservoirs - and $6.5m for libraries.", "NZ"),
    ("The county has set a development budget of KSh 4.8 billion: KSh 2.1 billion for roads, KSh 1.2 billion for "
     "health and KSh 0.6 billion for water.", "KSh 4.8 billion",
     "The county has set a development budget of KSh 3.9 billion: KSh 2.1 billion for roads, KSh 1.2 billion for "
     "health and KSh 0.6 billion for water.", "KE"),
    ("The board approved grants worth £12.5m: £6.2m for schools, £3.1m for libraries (two of them in Leeds) and "
     "£2.4m for sports clubs.", "£12.5m",
     "The board approved grants worth £11.7m: £6.2m for schools, £3.1m for libraries (two of them in Leeds) and "
     "£2.4m for sports clubs.", "GB"),
    ("The state will spend ₹1,240 crore on the scheme: ₹640 crore on hospitals, ₹380 crore on 12 new medical "
     "colleges and ₹120 crore on ambulances.", "₹1,240 crore",
     "The state will spend ₹1,140 crore on the scheme: ₹640 crore on hospitals, ₹380 crore on 12 new medical "
     "colleges and ₹120 crore on ambulances.", "IN"),
    ("The assembly has 120 members: 64 from the ruling alliance, 41 from the opposition and 11 independents.",
     "120",
     "The assembly has 116 members: 64 from the ruling alliance, 41 from the opposition and 11 independents.", None),
    ("Rescuers brought out 57 people: 31 men, 19 women and 4 children.", "57",
     "Rescuers brought out 54 people: 31 men, 19 women and 4 children.", None),
    ("The fund disbursed N48.6bn in 2024: N21.4bn to states, N14.9bn to local councils and N8.3bn to agencies.",
     "N48.6bn",
     "The fund disbursed N44.6bn in 2024: N21.4bn to states, N14.9bn to local councils and N8.3bn to agencies.", "NG"),
    ("The city's A$96m transport package: A$41m for buses, A$32m for cycleways and A$13m for footpaths.", "A$96m",
     "The city's A$86m transport package: A$41m for buses, A$32m for cycleways and A$13m for footpaths.", "AU"),
    ("Tk 9,600 crore has been set aside for the year: Tk 5,100 crore for rural roads, Tk 2,400 crore for 3,000 "
     "bridges and culverts and Tk 1,300 crore for repairs.", "Tk 9,600 crore",
     "Tk 8,800 crore has been set aside for the year: Tk 5,100 crore for rural roads, Tk 2,400 crore for 3,000 "
     "bridges and culverts and Tk 1,300 crore for repairs.", "BD"),
    ("The hospital treated 2,840 patients last month: 1,620 adults, 940 children and 180 newborns.", "2,840",
     "The hospital treated 2,740 patients last month: 1,620 adults, 940 children and 180 newborns.", None),
]


@pytest.mark.parametrize("wrong,flagged,right,country", COLON_LISTS, ids=_ids(COLON_LISTS))
def test_colon_list_is_all_of_the_whole(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- a definite subject split into parts, its whole said just before -------------------------------

SPLIT_WHOLES = [
    ("The transit agency is ordering 318 hydrogen trams for 2027. The vehicles are to be shared among three yards: "
     "97 at Eastgate, 115 at Riverside and 126 at Hillcrest.", "318",
     "The transit agency is ordering 338 hydrogen trams for 2027. The vehicles are to be shared among three yards: "
     "97 at Eastgate, 115 at Riverside and 126 at Hillcrest.", None),
    ("The ministry will hire 2,400 teachers this year. They will be divided among the provinces: 1,100 in the "
     "north, 800 in the centre and 600 in the south.", "2,400",
     "The ministry will hire 2,500 teachers this year. They will be divided among the provinces: 1,100 in the "
     "north, 800 in the centre and 600 in the south.", "ZA"),
    ("The donors pledged £41m on Tuesday. The money will be shared between four charities: £12m, £10m, £9m and £5m.",
     "£41m",
     "The donors pledged £36m on Tuesday. The money will be shared between four charities: £12m, £10m, £9m and £5m.",
     "GB"),
    ("The state has received 1,500 new ventilators. These will be distributed across 3 regions: 700 to Lagos, 400 "
     "to Kano and 300 to Enugu.", "1,500",
     "The state has received 1,400 new ventilators. These will be distributed across 3 regions: 700 to Lagos, 400 "
     "to Kano and 300 to Enugu.", "NG"),
    ("The board approved ₹860 crore for the project. The amount is split into ₹420 crore for land, ₹310 crore for "
     "construction and ₹150 crore for equipment.", "₹860 crore",
     "The board approved ₹880 crore for the project. The amount is split into ₹420 crore for land, ₹310 crore for "
     "construction and ₹150 crore for equipment.", "IN"),
    ("The league has 96 registered clubs. They are divided into three tiers: 20, 32 and 40.", "96",
     "The league has 92 registered clubs. They are divided into three tiers: 20, 32 and 40.", None),
    ("The government will build 5,200 classrooms. The classrooms will be spread across three regions: 2,100 in the "
     "north, 1,700 in the coast region and 1,600 in the west.", "5,200",
     "The government will build 5,400 classrooms. The classrooms will be spread across three regions: 2,100 in the "
     "north, 1,700 in the coast region and 1,600 in the west.", "KE"),
    ("The airline ordered 64 new jets. The fleet will be made up of 36 narrow-bodies, 18 wide-bodies and 12 "
     "regional jets.", "64",
     "The airline ordered 66 new jets. The fleet will be made up of 36 narrow-bodies, 18 wide-bodies and 12 "
     "regional jets.", "AE"),
    ("Organisers sold 84,000 tickets. They were split across two days: 46,000 for Saturday and 41,000 for Sunday.",
     "84,000",
     "Organisers sold 87,000 tickets. They were split across two days: 46,000 for Saturday and 41,000 for Sunday.",
     "AU"),
    ("The council will plant 12,500 trees. They will be allocated among the wards: 4,800 in Ward 1, 4,200 in "
     "Ward 2 and 3,900 in Ward 3.", "12,500",
     "The council will plant 12,900 trees. They will be allocated among the wards: 4,800 in Ward 1, 4,200 in "
     "Ward 2 and 3,900 in Ward 3.", "US"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", SPLIT_WHOLES, ids=_ids(SPLIT_WHOLES))
def test_split_list_adds_up_to_the_whole_before(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- allocations over several sentences, then "In all" ----------------------------------------------

ALLOCATIONS_IN_ALL = [
    ("The city has allocated R2.4 billion (about $130 million) to housing in next year's budget.\n\n"
     "Water and sanitation will receive R1.8 billion.\n\n"
     "Transport has been allocated R1.1 billion, while R0.7 billion will go to parks.\n\n"
     "In all, the city will spend R6.8 billion next year.", "R6.8 billion",
     "The city has allocated R2.4 billion (about $130 million) to housing in next year's budget.\n\n"
     "Water and sanitation will receive R1.8 billion.\n\n"
     "Transport has been allocated R1.1 billion, while R0.7 billion will go to parks.\n\n"
     "In all, the city will spend R6.0 billion next year.", "ZA"),
    ("The ministry has earmarked KSh 14 billion for new classrooms. Teacher training will get KSh 6 billion. "
     "Another line, KSh 3 billion, is set aside for laboratories. In total, the ministry will spend KSh 27 billion.",
     "KSh 27 billion",
     "The ministry has earmarked KSh 14 billion for new classrooms. Teacher training will get KSh 6 billion. "
     "Another line, KSh 3 billion, is set aside for laboratories. In total, the ministry will spend KSh 23 billion.",
     "KE"),
    ("The trust allocated £4.2m to mental health services.\n\nCommunity nursing receives £2.9m.\n\n"
     "£1.6m goes to GP surgeries and £0.8m to dentistry.\n\nAltogether the trust will spend £10.5m.", "£10.5m",
     "The trust allocated £4.2m to mental health services.\n\nCommunity nursing receives £2.9m.\n\n"
     "£1.6m goes to GP surgeries and £0.8m to dentistry.\n\nAltogether the trust will spend £9.5m.", "GB"),
    ("The province budgeted ₱3.2 billion for roads. Flood control will receive ₱2.4 billion. Schools get "
     "₱1.5 billion. All told, the province will spend ₱6.1 billion.", "₱6.1 billion",
     "The province budgeted ₱3.2 billion for roads. Flood control will receive ₱2.4 billion. Schools get "
     "₱1.5 billion. All told, the province will spend ₱7.1 billion.", "PH"),
    ("Rs 420 crore has been allocated to drinking water. Sewerage will get Rs 310 crore. Storm drains will receive "
     "Rs 180 crore. In all, the corporation will spend Rs 970 crore.", "Rs 970 crore",
     "Rs 420 crore has been allocated to drinking water. Sewerage will get Rs 310 crore. Storm drains will receive "
     "Rs 180 crore. In all, the corporation will spend Rs 910 crore.", "IN"),
    ("The county has set aside KSh 1.2 billion for roads.\n\nHealth gets KSh 900 million.\n\n"
     "Water projects will receive KSh 600 million.\n\nIn total, the county plans to spend KSh 3.1 billion.",
     "KSh 3.1 billion",
     "The county has set aside KSh 1.2 billion for roads.\n\nHealth gets KSh 900 million.\n\n"
     "Water projects will receive KSh 600 million.\n\nIn total, the county plans to spend KSh 2.7 billion.", "KE"),
    ("Ottawa earmarked C$2.5 billion for housing. Transit will get C$1.5 billion. A further C$0.5 billion goes to "
     "broadband. In all, the plan commits C$5.5 billion.", "C$5.5 billion",
     "Ottawa earmarked C$2.5 billion for housing. Transit will get C$1.5 billion. A further C$0.5 billion goes to "
     "broadband. In all, the plan commits C$4.5 billion.", "CA"),
    ("The school board allocated $14.2 million to teacher pay. Buildings will receive $6.1 million. Buses get "
     "$2.4 million. Altogether, the district will spend $25.7 million.", "$25.7 million",
     "The school board allocated $14.2 million to teacher pay. Buildings will receive $6.1 million. Buses get "
     "$2.4 million. Altogether, the district will spend $22.7 million.", "US"),
    ("Tk 8,200 crore was allocated to power plants. Transmission lines will get Tk 3,100 crore. Tk 1,400 crore will "
     "go to rural grids. In total, the ministry will spend Tk 13,700 crore.", "Tk 13,700 crore",
     "Tk 8,200 crore was allocated to power plants. Transmission lines will get Tk 3,100 crore. Tk 1,400 crore will "
     "go to rural grids. In total, the ministry will spend Tk 12,700 crore.", "BD"),
    ("The emirate allocated AED 6 billion to roads. Housing will receive AED 4 billion. Parks get AED 2 billion. "
     "All told, Dubai will spend AED 15 billion.", "AED 15 billion",
     "The emirate allocated AED 6 billion to roads. Housing will receive AED 4 billion. Parks get AED 2 billion. "
     "All told, Dubai will spend AED 12 billion.", "AE"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", ALLOCATIONS_IN_ALL, ids=_ids(ALLOCATIONS_IN_ALL))
def test_allocations_then_in_all(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- a gap reads as a gap ----------------------------------------------------------------------------

def test_gap_message_says_gap():
    found = arithmetic("The PP took 33.1% of the vote. The Socialists took 31.7%, a gap of 2.4 percentage points.")
    assert [f.text for f in found] == ["2.4 percentage points"]
    assert "a gap of 1.4 percentage points" in found[0].message and "change" not in found[0].message
    found = arithmetic("Labour's vote share fell to 39.9% from 41.2% a week earlier, a drop of 2.4 percentage points.")
    assert "a change of 1.3 percentage points" in found[0].message


# -- near-misses: legitimate copy that must stay silent ----------------------------------------------

NEAR_MISSES = [
    # the whole counts the parts listed, it is not their sum
    ("The trams will be shared among four yards: 84 at Eastgate, 91 at Riverside, 77 at Hillcrest and 60 at "
     "Portside.", None),
    ("Aid went to four districts: 1,200 families in Kitui, 900 in Makueni, 650 in Machakos and 400 in Embu.", "KE"),
    # allocations, then "In all" of another period or a wider budget
    ("Roads get R2.4 billion. Water will receive R1.8 billion. Parks get R0.7 billion. "
     "In all, the city has spent R48 billion since 2019.", "ZA"),
    ("The trust allocated £4.2m to mental health. Nursing receives £2.9m. Dentistry gets £0.8m. "
     "In all, the trust will spend £790m this year.", "GB"),
    # one sentence of allocations only: the same-sentence lists read it
    ("Roads get R2.4 billion and water R1.8 billion. In all, the city will spend R9 billion.", "ZA"),
    # a split list whose whole is given in the list's own sentence, right
    ("The 312 trams will be shared among four yards: 84 at Eastgate, 91 at Riverside, 77 at Hillcrest and 60 at "
     "Portside.", None),
    # the places counted are more than the places listed: only some of them
    ("The company employs 5,000 people. They are spread across 12 countries: 2,000 in Kenya, 1,500 in Uganda and "
     "1,000 in Tanzania.", "KE"),
    ("The company employs 5,000 people in 12 countries: 2,000 in Kenya, 1,500 in Uganda and 1,000 in Tanzania.", "KE"),
    # a colon list said to be only some of it
    ("The $84m programme has three main items: $38.5m for roads, $24.2m for water and $11.3m for parks.", "NZ"),
    ("The council will spend $84m, including: $38.5m for roads, $24.2m for water and $11.3m for parks.", "NZ"),
    ("The biggest items in the £96m plan: £41m for buses and £32m for cycleways.", "GB"),
    # a split list of another whole than the one before
    ("The city will buy 406 electric buses. Drivers will be split between three depots: 1,136 in the north, "
     "1,158 in the east and 1,132 in the south.", None),
    ("The city has bought 406 electric buses so far. The remaining vehicles will be split between two depots: "
     "150 in the north and 120 in the south.", None),
    # allocations with another year, or an "In all" of something wider
    ("The city allocated R2.4 billion to housing last year. Water will receive R1.8 billion. Parks get R0.7 billion. "
     "In all, the city will spend R6.8 billion.", "ZA"),
    ("Roads get R2.4 billion. Water will receive R1.8 billion. In all, the city will spend R16.8 billion, "
     "including salaries.", "ZA"),
    # additions of one period against the period before, right
    ("India installed 12.6 gigawatts of wind capacity in the nine months to December, up 75% from 7.2 GW a year "
     "earlier.", "IN"),
    # a delta with its rate and base, right
    ("The index added 120 points, or 1.5%, from 8,000 a year earlier.", None),
    ("Sales rose $50m, or 25%, from $200m a year earlier.", None),
    # a level and a base of different things, with an aside between
    ("The port handled 2.67 million TEUs (containers) in 2017, up from 2.35 million vehicles in 2016.", "BD"),
]


@pytest.mark.parametrize("text,country", NEAR_MISSES, ids=[t[:70] for t, _ in NEAR_MISSES])
def test_near_misses_stay_silent(text, country):
    _silent(text, country)
