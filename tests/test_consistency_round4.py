"""Consistency, round 4: one thing introduced once and referred to again with another value.

The held-out stories (b23-b26) missed seven such slips, each on a detail of reading rather than on the
idea: a toll of 10 taken as "about 10", a toll written after "of" ("the names of 23 people killed", "the
deaths of 17 people"), a hospital's beds "explained" by a minister's "more beds" for the whole programme, a
cost given to "a project" whose sentence builds one plant, a place the story had already given the thing, and
a nationwide backlog counted as a third value of one batch of classrooms. Each class pairs the slip, in
several house styles and with unrelated copy around it, with the clean near-misses where the copy explains
the difference. Every sentence is written for these tests; none is taken from a published or evaluation story.

1. A bare count under a hundred is written as counted: "killed 10 people" ... "the 12 deaths" differ
   ("about 10" keeps its slack).
2. A toll is read wherever the copy says who died: after "of" ("the names of 23 people killed", "the deaths
   of 17 people") and after the verb ("a fire killed 16 workers" counts the dead, not a workforce).
3. An update without a number resizes a thing only where it is said of the thing: "we will deliver more
   beds faster" is the programme's, not the hospital's.
4. A generic cost ("a project valued at Dh1.8bn") is the cost of the one thing its sentence builds; a place
   the story has already given "the plant" is that plant's, not another's.
5. FC408: a count for another scope ("a backlog of 165,000 classrooms nationwide") is another thing's and
   does not make one batch a thing of three values.
6. A round figure stands for values near it ("a 500-home estate" ... "the 480 homes"), but not for one that
   differs from it in a single typed digit ("the 300km section" ... "the 330km first section"), unless hedged.
7. Near-misses that stay silent: another district named without a name, another source ("reported by the
   rebels"), a line that was extended.
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags_only


# -- 1. a small count is exact ----------------------------------------------------------------------

SMALL_COUNTS = [
    ("A landslide in the hills above Mzuzu killed 10 people on Sunday, police said.\n\n"
     "Rescue teams said most of the 12 deaths were in one village.", "12 deaths", "MW"),
    ("Police said 20 people died when a minibus hit a lorry on the Kano road on Friday.\n\n"
     "The families of the 23 dead were given cash by the state governor.", "23 dead", "NG"),
    ("Monsoon rains killed 30 people across Sylhet this week, officials said.\n\n"
     "Of the 34 deaths, most were caused by mudslides.", "34 deaths", "BD"),
    ("Forty people were killed in the stampede at the stadium gate, the minister said.\n\n"
     "The 45 deaths have prompted an inquiry into crowd control.", "45 deaths", "CM"),
    ("Flash floods killed 10 people in Sindh's Dadu district on Tuesday. Schools were shut and roads cut.\n\n"
     "The provincial disaster authority said the 13 people killed included four children.",
     "13 people killed", "PK"),
    ("Fifteen people were injured when a grandstand collapsed at the district show on Saturday, police said.\n\n"
     "The 18 injured were taken to Kitale hospital.", "18 injured", "KE"),
    ("LUCKNOW: Twenty people died after consuming spurious liquor in Barabanki district, officials said on "
     "Sunday.\n\nThe state has announced Rs 2 lakh each for the families of the 26 dead.", "26 dead", "IN"),
    ("SÃO PAULO — A bus plunged into a ravine in Minas Gerais on Sunday, killing 25 people, state police "
     "said.\n\nThe 52 victims were mostly pilgrims returning from a festival.", "52 victims", "BR"),
    ("HAVANA (Reuters) - The storm killed 10 people as it crossed the island, the civil defence said on "
     "Monday — the worst toll in years.\n\nMost of the 12 deaths occurred in the capital, where old buildings "
     "gave way.", "12 deaths", "CU"),
    ("Eleven miners died in the flooded pit at Hwange, the company said in a statement.\n\n"
     "Relatives of the 17 dead gathered at the shaft head on Thursday.", "17 dead", "ZW"),
    ("A boat capsized on the Niger river on Sunday, killing ten people, officials said.\n\n"
     "The twelve deaths have prompted calls for life jackets.", "twelve deaths", "NG"),
    ("A boat capsized on the river on Sunday, killing 10 people.\n\n"
     "A memorial service will be held for the 12 who died.", "12 who died", "NG"),
]

SMALL_COUNTS_CLEAN = [
    # a hedged round figure keeps its slack
    ("A landslide in the hills above Mzuzu killed about 10 people on Sunday, police said.\n\n"
     "Rescue teams said most of the 12 deaths were in one village.", "MW"),
    # the toll rose
    ("A landslide killed 10 people on Sunday, police said.\n\n"
     "By Tuesday the toll had risen to 12, and most of the 12 deaths were in one village.", "MW"),
    # another place and time
    ("A landslide killed 10 people in Mzuzu on Sunday.\n\n"
     "In Karonga, the 12 deaths from floods last month are still under investigation.", "MW"),
    # the nation since June
    ("Monsoon rains killed 30 people across Sylhet this week, officials said.\n\n"
     "Nationwide, the 34 deaths since June have prompted a review.", "BD"),
    # an update in between
    ("Monsoon rains killed at least 30 people across Sylhet this week. Two more bodies were found on Friday.\n\n"
     "Of the 32 deaths, most were caused by mudslides.", "BD"),
    # a province's tally for the season
    ("A flood killed 10 people in the valley.\n\n"
     "Of the 14 deaths recorded across the province this season, most were caused by landslides.", "PK"),
    # another year
    ("Police said 20 people died in the crash on Friday.\n\n"
     "Last year the 23 deaths on the same stretch led to a new speed limit.", "NG"),
    # another district, named without a name
    ("Floods killed 14 people in the district.\n\n"
     "The 17 deaths in the neighbouring district were caused by a landslide.", "KE"),
    # another source
    ("The army said 40 soldiers were killed in the ambush.\n\n"
     "The 45 deaths reported by the rebels could not be verified.", "ML"),
    ("Police said 10 people died in the blast at the depot.\n\n"
     "The 12 deaths according to local media include two firefighters.", "GH"),
    # the same figure
    ("Eleven miners died in the flooded pit at Hwange, the company said.\n\n"
     "Relatives of the 11 dead gathered at the shaft head on Thursday.", "ZW"),
]


@pytest.mark.parametrize("text,figure,country", SMALL_COUNTS)
def test_a_small_count_is_exact(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", SMALL_COUNTS_CLEAN)
def test_a_small_count_clean(text, country):
    assert consistency(text, country) == []


# -- 2. a toll wherever the copy says who died ----------------------------------------------------

TOLLS_READ = [
    ("Mourners lined up to read the names of 23 people killed when a ferry capsized on Lake Victoria on "
     "Saturday.\n\nAnother 41 passengers were rescued by fishermen.\n\n"
     "The death toll of 27 makes it the worst accident on the lake in a decade.", "27", "UG"),
    ("A tanker explosion killed 14 people on the Lagos-Ibadan expressway last week.\n\n"
     "The driver has been charged over the deaths of 17 people.", "17 people", "NG"),
    ("A total of 18 people were killed in the attack on the market, the army said.\n\n"
     "The 21 dead were buried on Friday in a mass grave.", "21 dead", "ML"),
    ("Police released the identities of 12 people killed in the shooting at the mall.\n\n"
     "A vigil was held on Sunday night for the 15 victims.", "15 victims", "US"),
    ("Villagers gathered outside the clinic for news of 31 people killed in the gas blast — the worst in the "
     "province for years.\n\nThe 13 deaths have been blamed on a faulty valve.", "13 deaths", "ZA"),
    ("A fire at a textile warehouse in Karachi killed 16 workers on Monday night, rescue officials said.\n\n"
     "Firefighters took nine hours to put it out. The owner was arrested over the deaths of 19 workers.",
     "19", "PK"),
    ("Funerals were held on Thursday for 11 people killed in the Kasese mudslide.\n\n"
     "The government has pledged to resettle families near the slopes. The 14 dead included six children.",
     "14 dead", "UG"),
    ("MASINDI - A coach driver accused of causing a crash that killed 14 people on the Kampala-Gulu highway "
     "last month was charged on Wednesday. Eleven passengers died at the scene and three more in hospital.\n\n"
     "Police say road crashes killed more than 3,500 people last year. The trial over the deaths of 17 "
     "people opens in October.", "17", "UG"),
    ("Rescuers have recovered the bodies of 9 people killed when a mine shaft collapsed near Geita.\n\n"
     "The company has offered compensation to the families of the 6 miners killed.", "6 miners killed", "TZ"),
    ("NAIROBI, Kenya — Relatives waited for news of 32 people killed in the collapse of a dam wall near "
     "Solai.\n\nThe county said the 23 dead would be buried at public expense.", "23 dead", "KE"),
    # an aside in dashes or brackets between the dead and their verb
    ("Seventeen people — including four children — died when the ferry sank off Zanzibar, officials said.\n\n"
     "The government declared three days of mourning for the 71 dead.", "71 dead", "TZ"),
    ("A building collapse in Lagos Island killed 12 people (most of them traders), emergency officials said.\n\n"
     "The bodies of the 21 victims were taken to the mortuary.", "21 victims", "NG"),
    ("PATNA: The administration released the names of 23 people killed after drinking spurious liquor in Saran "
     "(Chapra) on Tuesday.\n\nThe state will pay Rs 4 lakh each to the families of the 32 dead.", "32 dead", "IN"),
]

TOLLS_READ_CLEAN = [
    # a change, not a toll
    ("A tanker explosion killed 14 people on the Lagos-Ibadan expressway last week.\n\n"
     "The state has recorded a rise of 17 deaths on its roads compared with last year.", "NG"),
    # the injured died since
    ("A tanker explosion killed 14 people on the expressway last week. Three of the injured later died in "
     "hospital.\n\nThe driver has been charged over the deaths of 17 people.", "NG"),
    # another crash in another year
    ("A tanker explosion killed 14 people last week.\n\n"
     "The driver of a bus in a separate crash in 2019 was charged over the deaths of 17 people.", "NG"),
    # another attack
    ("A gas explosion killed 12 people in a market in Lagos on Monday, police said.\n\n"
     "The killings of 15 people in a separate attack in Kaduna are being investigated.", "NG"),
    # another warehouse, another year
    ("A fire at a warehouse in Karachi killed 16 workers on Monday night.\n\n"
     "The owner of a factory in Lahore, where a blaze killed 19 workers in 2022, was also questioned.", "PK"),
    # the toll counted up to date
    ("Mourners read the names of 23 people killed when a ferry capsized on Saturday.\n\n"
     "Four more bodies were pulled from the lake on Monday. The death toll of 27 makes it the worst accident "
     "in a decade.", "UG"),
    # the aside does not make the rescued dead
    ("Seventeen people — including four children — were rescued when the ferry sank, officials said. Two "
     "passengers died.\n\nThe government thanked the fishermen who saved the 71 passengers.", "TZ"),
    ("PATNA: The administration released the names of 23 people killed after drinking spurious liquor on "
     "Tuesday.\n\nNine more people died overnight, taking the toll to 32. The families of the 32 dead will "
     "get Rs 4 lakh each.", "IN"),
    # a breakdown and the same toll
    ("A crash killed 14 people on the highway. Eleven passengers died at the scene and three more in "
     "hospital.\n\nThe trial over the deaths of 14 people opens in October.", "UG"),
]


@pytest.mark.parametrize("text,figure,country", TOLLS_READ)
def test_a_toll_is_read_wherever_the_copy_says_who_died(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", TOLLS_READ_CLEAN)
def test_a_toll_read_clean(text, country):
    assert consistency(text, country) == []


# -- 3. an update without a number resizes only the thing it is said of ----------------------------

SIZES = [
    ("The health ministry signed a SR900 million deal for a 300-bed hospital in Dammam on Monday.\n\n"
     "\"This model lets us add more beds quickly,\" an official said.\n\n"
     "Once open, the hospital's 500 beds will serve the eastern suburbs.", "500 beds", "SA"),
    ("A 250-room hotel will open at the airport in June, the developer said.\n\n"
     "Tourism officials said the city needs more rooms before the World Cup.\n\n"
     "The hotel's 350 rooms will be run by a Swiss chain.", "350 rooms", "QA"),
    ("The county approved a 120-bed care home on the edge of town.\n\n"
     "Campaigners said the region needed more beds, not fewer.\n\n"
     "The 150-bed home will open in 2027.", "150-bed", "GB"),
    ("The government on Tuesday laid the foundation of a 500-bed cancer hospital in Peshawar.\n\n"
     "Doctors said the province needs more beds for cancer patients, who now travel to Lahore.\n\n"
     "The hospital's 700 beds will include a children's ward.", "700 beds", "PK"),
    ("MUMBAI: The civic body will build a 400-bed hospital in Goregaon at a cost of Rs 600 crore.\n\n"
     "\"The city needs more beds in every ward,\" the commissioner said.\n\n"
     "Of the hospital's 480 beds, 60 will be for intensive care.", "480 beds", "IN"),
]

SIZES_CLEAN = [
    # said of the hospital
    ("The health ministry signed a deal for a 300-bed hospital in Dammam on Monday.\n\n"
     "The hospital will get more beds in a second phase, officials said.\n\n"
     "Once expanded, the hospital's 500 beds will serve the eastern suburbs.", "SA"),
    # another hospital with its own size
    ("The ministry signed a deal for a 300-bed hospital in Dammam.\n\n"
     "A 500-bed hospital in Jeddah opened last year.\n\n"
     "The hospital's 500 beds serve the western coast.", "SA"),
    # the hotel said to add rooms
    ("A 250-room hotel will open at the airport in June, the developer said.\n\n"
     "The hotel will add more rooms in a new wing next year.\n\n"
     "The hotel's 350 rooms will be run by a Swiss chain.", "QA"),
    # the same size
    ("The county approved a 120-bed care home on the edge of town.\n\n"
     "Campaigners said the region needed more beds, not fewer.\n\n"
     "The 120-bed home will open in 2027.", "GB"),
]


@pytest.mark.parametrize("text,figure,country", SIZES)
def test_an_update_without_a_number_resizes_only_its_thing(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", SIZES_CLEAN)
def test_sizes_clean(text, country):
    assert consistency(text, country) == []


# -- 4. a generic cost is the cost of the thing its sentence builds; the thing's own place ---------

COSTS = [
    ("RAS AL KHAIMAH — The government has awarded a contract to build a 300MW wind plant in a project valued "
     "at Dh1.6 billion.\n\nThe plant, to be built near Jebel Jais, will start up in 2027.\n\n"
     "Caption: The Dh1.9 billion plant near Jebel Jais.", "Dh1.9 billion", "AE"),
    ("NAIROBI — The county signed a deal to build a 40MW waste-to-energy plant in a project worth "
     "Sh12 billion.\n\nThe plant, which will sit at Dandora, will burn 1,000 tonnes of rubbish a day.\n\n"
     "The Sh15 billion plant at Dandora is due in 2028.", "Sh15 billion", "KE"),
    ("Oman has awarded a contract for a desalination plant at Barka in a project valued at RO96 million, "
     "the water authority said.\n\nThe plant will supply 100,000 homes.\n\n"
     "Work on the RO118 million plant will begin in March.", "RO118 million", "OM"),
    ("The state signed a deal on Monday to build a 250MW solar plant in a project estimated at "
     "$310 million.\n\nThe plant, on 600 hectares near Tonopah, will sell power to the utility.\n\n"
     "The $370 million plant near Tonopah should be running by 2027.", "$370 million", "US"),
    ("The state government will build a 600-bed hospital in Ikeja at a cost of N45 billion, the commissioner "
     "said.\n\nThe N54 billion hospital is due to open in 2027.", "N54 billion", "NG"),
]

COSTS_CLEAN = [
    # the cost moved
    ("The government awarded a contract to build a 300MW wind plant in a project valued at Dh1.6 billion.\n\n"
     "The cost of the project has since risen by a fifth, officials said.\n\n"
     "The Dh1.9 billion plant will start up in 2027.", "AE"),
    # another plant elsewhere
    ("The county signed a deal to build a 40MW plant in a project worth Sh12 billion.\n\n"
     "The Sh15 billion plant at Kisumu, a separate scheme, is due in 2028.", "KE"),
    # the sentence builds two things
    ("The ministry signed a deal to build a desalination plant and a pipeline in a project valued at "
     "RO96 million.\n\nWork on the RO118 million plant will begin in March.", "OM"),
    # the same cost
    ("The government awarded a contract to build a 300MW wind plant in a project valued at Dh1.6 billion.\n\n"
     "The plant, to be built near Jebel Jais, will start up in 2027.\n\n"
     "Caption: The Dh1.6 billion plant near Jebel Jais.", "AE"),
]


@pytest.mark.parametrize("text,figure,country", COSTS)
def test_a_generic_cost_is_the_cost_of_the_thing_built(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", COSTS_CLEAN)
def test_costs_clean(text, country):
    assert consistency(text, country) == []


# -- 5. FC408: a count for another scope is another thing's ----------------------------------------

SCOPES = [
    ("The education ministry said 1,400 new classrooms would be handed over before term.\n\n"
     "The backlog stands at about 90,000 classrooms nationwide.\n\n"
     "\"The 1,040 classrooms we hand over this month will ease crowding,\" the minister said.",
     "1,040 classrooms", "PH"),
    ("MANILA — The department will open 2,300 new health stations this year.\n\n"
     "There are about 21,000 health stations nationwide.\n\n"
     "The 3,200 health stations will be staffed by midwives.", "3,200 health stations", "PH"),
    ("The province will hand 1,250 new houses to flood victims by December.\n\n"
     "Across the country, some 2.1 million houses are needed, the housing ministry estimates.\n\n"
     "The 1,520 houses are being built by the army.", "1,520 houses", "PK"),
    ("The state will recruit 4,800 new teachers for rural schools, the minister said.\n\n"
     "Nationally there are more than 160,000 teachers in public schools.\n\n"
     "The 8,400 teachers will be posted from July.", "8,400 teachers", "NG"),
]

SCOPES_CLEAN = [
    ("The education ministry said 1,400 new classrooms would be handed over before term.\n\n"
     "The backlog stands at about 90,000 classrooms nationwide.\n\n"
     "The 1,400 classrooms will ease crowding.", "PH"),
    ("The ministry said 1,400 new classrooms would be handed over in Visayas.\n\n"
     "In Mindanao, the 1,040 classrooms built last year are already full.", "PH"),
    ("The ministry said 2,400 new classrooms would be built this year.\n\n"
     "Across the country there is a shortage of 42,000 classrooms.\n\n"
     "The 4,200 classrooms planned for next year are not yet funded.", "PH"),
]


@pytest.mark.parametrize("text,figure,country", SCOPES)
def test_a_count_for_another_scope_is_another_things(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", SCOPES_CLEAN)
def test_scopes_clean(text, country):
    assert consistency(text, country) == []


# -- 6. a typed digit slip is no rounding ---------------------------------------------------------

DIGIT_SLIPS = [
    ("DAR ES SALAAM — Passenger trains on the 300km section to Morogoro will start in July, the railway "
     "corporation said.\n\nTickets will be sold online. Engineers are testing signals along the 330km first "
     "section.", "330km", "TZ"),
    ("Kenya Power says the 400km transmission line will cost Sh20 billion.\n\n"
     "The 440km line will run from Olkaria to Lessos.", "440km", "KE"),
    ("The council approved a 2,000-home estate at Northstowe on Tuesday.\n\n"
     "The 2,300 homes will include 600 for social rent.", "2,300 homes", "GB"),
    ("Work started on the 600-bed Korle Bu extension in Accra.\n\nThe 660-bed extension is due in 2027.",
     "660-bed", "GH"),
    ("A 700MW hydropower plant on the Rufiji will be completed next year.\n\n"
     "The 770MW plant is financed by the state.", "770MW", "TZ"),
    ("MEXICO CITY — The 90-kilometre line will link the airport with the capital.\n\n"
     "The 99-kilometre line will carry 250,000 passengers a day.", "99-kilometre", "MX"),
]

DIGIT_SLIPS_CLEAN = [
    # hedged: the first is rounded
    ("Passenger trains on the roughly 300km section to Morogoro will start in July.\n\n"
     "Engineers are testing signals along the 330km first section.", "TZ"),
    ("The carmaker employs some 5,000 workers at its Pune plant.\n\nIts 5,600 workers will get a bonus.", "IN"),
    # a rounding, not one digit
    ("The council approved a 2,000-home estate on Tuesday.\n\nThe 1,960 homes will include 600 for social rent.",
     "GB"),
    # resized in between
    ("Kenya Power says the 400km transmission line will cost Sh20 billion.\n\n"
     "The line was extended last year, and the 440km line now runs to Lessos.", "KE"),
    # another section
    ("Passenger trains on the 300km section to Morogoro will start in July.\n\n"
     "The second section, from Morogoro, is 330km long, and the 330km section will open in 2026.", "TZ"),
]


@pytest.mark.parametrize("text,figure,country", DIGIT_SLIPS)
def test_a_typed_digit_slip_is_no_rounding(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", DIGIT_SLIPS_CLEAN)
def test_digit_slips_clean(text, country):
    assert consistency(text, country) == []
