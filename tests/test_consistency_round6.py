"""Consistency, round 6: the typing slip as a story-level anomaly (FC409).

Five of the seven consistency misses on unseen copy were one thing given twice with two neighbouring digits
swapped (an area of 340 then 430 hectares, a bridge of 1.2 then 2.1 km, a class of about 4,300 then 3,400
workers, 14,200 then 12,400 hectares, 1,140 then 1,410 destroyed homes). FC407/FC408 have the comparison, but
each first reads the sentence for a thing noun ("the 430 hectares of the affected area": area is no known thing;
"the 12,400 hectares will be managed": no noun at all; "about 4,300 current and former workers": "and" ends the
noun phrase) and guards by sentence ("the existing bridge" in between; "town" in one sentence and "state" in the
other). Each detail failed on a new shape.

FC409 decides from the anomaly itself: two figures of one kind (the same unit of length, area or power, or the
same counted noun, folded through its class) whose typed digits differ only by two neighbouring digits swapped.
Unrelated figures rarely stand in that relation; the copy's own explanations (a change, a part, a phase, a rate,
a new/old/other thing, another year or place in the figure's clause, a change narrated in between) and a
comparison or list within one sentence leave it silent.

Every sentence is written for these tests; none is taken from a published or evaluation story.
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags



# -- paraphrases of the five slips, in other shapes and house styles --------------------------------------

SLIPS = [
    # an area in hectares, the thing named differently each time
    ("A tribunal told the mining firm to replant 560 hectares of cloud forest it had cleared without a licence.\n\n"
     "Lawyers for the villagers said the order, which applies to all 650 hectares of the cleared land, was "
     "the first of its kind.", "CO", "650 hectares"),
    ("The fire burnt through roughly 2,870 hectares of pine plantation near the ridge, the forestry service said.\n\n"
     "Crews were still patrolling the 2,780 hectares on Thursday to stop flare-ups.", "PT", "2,780 hectares"),
    ("Farmers in the delta have switched 7,350 acres of rice paddy to shrimp ponds over the past decade.\n\n"
     "Researchers who surveyed the 3,750 acres found the soil there now too salty for grain.", "BD", "3,750 acres"),
    ("Under the agreement the state will buy back 1,260 ha of grazing land for the reserve.\n\n"
     "Rangers will begin fencing the 1,620 ha next month, officials said.", "AU", "1,620 ha"),
    ("The council approved plans to protect 83 hectares of wetland at the river mouth.\n\n"
     "Birdwatchers have long campaigned for the 38 hectares to be left undisturbed.", "GB", "38 hectares"),
    # a length, written in words, symbols and hyphenated
    ("The four-lane viaduct will run 3.4 kilometres across the bay, the transport ministry said.\n\n"
     "Fishermen fear the 4.3-km crossing will block the channel they use at low tide.", "PH", "4.3-km"),
    ("Work began on Monday on a tunnel 6.7 miles long under the estuary.\n\n"
     "Engineers expect to finish boring the 7.6-mile tunnel in 2028.", "US", "7.6-mile"),
    ("The company will lay 1,450 kilometres of fibre-optic cable along the railway.\n\n"
     "When the 1,540km network is finished, rural schools will be online, the minister said.", "KE",
     "1,540km"),
    ("Residents along the coast road, which runs for 26.3km between the two ports, say it floods every monsoon.\n\n"
     "Repairs to the 23.6km road will cost Rs 480 crore.", "IN", "23.6km"),
    # a headcount and a count of homes, with adjectives, participles and "and" in the noun phrase
    ("The union represents some 5,620 full-time and part-time nurses at the city's hospitals.\n\n"
     "It said the 5,260 nurses would walk out on Friday if talks failed.", "NZ", "5,260 nurses"),
    ("The court certified a class of roughly 2,740 current and former drivers who said they were misclassified.\n\n"
     "Each of the 2,470 drivers will receive a share of the fund.", "US", "2,470 drivers"),
    ("Officials say 3,180 houses were swept away when the embankment gave way.\n\n"
     "The government has promised to rebuild the 3,810 destroyed houses within two years.", "PK", "3,810"),
    ("A census of the camp found 12,530 displaced families living in tents.\n\n"
     "Aid agencies said the 12,350 families had received food parcels, but not shelter.", "SD", "12,350 families"),
    ("The new hospital will have 460 beds, the health department said in a statement on Tuesday.\n\n"
     "Patients from three districts will use the 640 beds once it opens.", "NG", "640 beds"),
    ("The factory, which makes car seats, employs 1,870 workers on three shifts.\n\n"
     "Managers told all 1,780 workers on Monday that the plant would close.", "MX", "1,780 workers"),
]


# other shapes: lakh and crore, possessives, brackets, the thing as the subject of its measure, long clauses with
# unrelated figures in between, capitals, power
SLIPS += [
    ("The state has brought 1.6 lakh hectares of dry land under drip irrigation since 2015, the minister said.\n\n"
     "Farmers on the 6.1 lakh hectares earn twice what they did, he claimed.", "IN", "6.1 lakh hectares"),
    ("Helmand Cement employs 2,130 staff at its plant on the river, most of them from nearby villages.\n\n"
     "The company's 2,310 staff will keep their jobs under the new owner, a spokesman said.", "PK", "2,310 staff"),
    ("The utility will build a solar park (1,450 megawatts) on former mining land in the north.\n\n"
     "Power from the 1,540MW park will be sold to the grid at a fixed tariff.", "ZA", "1,540MW"),
    ("A garment maker in Gazipur that employs 8,240 workers shut its gates on Sunday.\n\n"
     "The factory, which has 8,420 workers, owes wages for two months, union leaders said.", "BD", "8,420 workers"),
    ("Police said 1,370 students sat the exam at the centre.\n\n"
     "Results for all 1,730 students, who paid Tk 500 each in fees and travelled up to 40 km, are due on 12 "
     "March, and 16 of the 52 invigilators have been suspended.", "BD", "1,730 students"),
    ("THE council has quietly sold off 265 acres of playing fields to builders.\n\n"
     "Campaigners vowed last night to fight for ALL 256 acres.", "GB", "256 acres"),
]


@pytest.mark.parametrize("text,country,figure", SLIPS)
def test_typing_slip_is_flagged(text, country, figure):
    assert flags(consistency(text, country), figure)


# -- near-misses: such figures for two different things, or the difference explained ---------------------

CLEAN = [
    # a change narrated
    "The reserve covered 340 hectares when it was created.\n\nIt was enlarged in 2019, and the 430 hectares it "
    "now covers include a strip of beach.",
    "The company employed 4,300 workers at the start of the year.\n\nAfter the closures, the 3,400 workers who "
    "remain have been offered new contracts.",
    "The estate was designed with 1,140 homes.\n\nThe plans were revised in March, and the 1,410 homes will be "
    "finished by 2028.",
    "The district had 2,360 teachers when the school year began.\n\nSince then it has hired 270 more, and the "
    "2,630 teachers still fall short of the need.",
    # a part, a phase, a rate
    "The scheme will irrigate 14,200 hectares in all.\n\nThe first 12,400 hectares are due to be finished next "
    "year.",
    "The bridge will be 2.1 kilometres long.\n\nEach of the 1.2 kilometre approach ramps has been tendered "
    "separately.",
    "The park covers 650 hectares.\n\nOf the park's land, the 560 hectares of former farmland will be replanted.",
    "The contractor will lay 1,450 kilometres of cable.\n\nIn the second phase, the 1,540 kilometres of "
    "trunk line will be upgraded.",
    # two things, named apart
    "The new line will be 340 kilometres long.\n\nThe existing 430 kilometres of track, built in 1970, will be "
    "closed.",
    "The northern farm has 1,260 hectares under wheat.\n\nA second farm near the coast is larger, and the 1,620 "
    "hectares there are irrigated.",
    "The city will add 210 new buses next year.\n\nThe 120 buses of its current fleet are old and unreliable.",
    "Flooding destroyed 1,140 homes across the district.\n\nThe 1,410 homes in Bundibugyo were also hit, "
    "officials said.",
    # other years, places
    "In 2019 the district had 2,470 teachers.\n\nThe 2,740 teachers it has in 2024 are still too few.",
    "Officials in Kisumu said 1,350 households had been moved.\n\nAll 1,530 households in Homa Bay were warned.",
    # one sentence: a comparison or a list
    "The northern section is 43 kilometres long and the southern section 34 kilometres.",
    "Farmers planted 1,230 hectares of maize, the 1,320 hectares of beans and 880 hectares of sorghum.",
    # readings that move, and seats
    "Temperatures reached 43 degrees Celsius on Monday.\n\nBy Wednesday the 34 degrees Celsius felt mild.",
    "The party won 67 seats in 2019.\n\nIt is expected to keep all 76 seats this time.",
    # money is compared by FC407 under its noun, not on the currency alone
    "Development gets Sh7.4 billion in the budget.\n\nThe Sh4.7 billion for health is up 14 per cent.",
    # the thing as the subject of its measure, but another thing of the kind
    "The Gazipur factory employs 8,240 workers.\n\nA rival mill nearby also shut, and the mill, which has 8,420 "
    "workers, says it cannot pay them.",
    # "including", "of whom"
    "The dam displaced 3,560 families, including the 3,650 families of the upper valley counted twice by mistake.",
    "The survey counted 4,120 households.\n\nOf whom, the 1,420 households of the river bank were moved first.",
    "The district has 1,240 schools.\n\nThe 1,420 schools of the neighbouring district were closed by the floods.",
    # two things of one unit, named by their own nouns
    "The firm laid a 340km pipeline to the port.\n\nSoldiers patrol the 430km border with the neighbouring state.",
    "Farmers planted 1,230 hectares of maize this season.\n\nThe 1,320 hectares of beans were hit by drought.",
    "The plant will have 1,250 megawatts of gas turbines.\n\nThe 1,520 megawatts of solar panels will come later.",
    # the difference in the copy
    "The ward had 120 beds.\n\nNinety beds were added in a new wing, so the 210 beds now serve two districts.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_explained_or_different_things_stay_silent(text):
    assert not [f for f in consistency(text, "GB") if f.rule == "FC409"]


# -- a toll read from "the bodies of N people" (FC407) ------------------------------------------------------
# The toll of the Sironko miss was given only as "the bodies of 14 people" (recovered when the search ended); the
# dead were read after "the deaths of" but not after "the bodies of", so the later "all 17 victims" had nothing to
# be compared with.

TOLLS = [
    ("Divers ended the search on Sunday after recovering the bodies of 23 passengers from the capsized ferry.\n\n"
     "A memorial service for all 26 victims was held at the port on Tuesday.", "TZ", "26 victims"),
    ("Rescuers pulled the bodies of 11 miners from the flooded shaft before calling off the operation.\n\n"
     "Families of the 13 dead are demanding compensation from the mine's owners.", "ZA", "13 dead"),
    ("Police said the bodies of 31 people had been found in the burnt-out bus.\n\n"
     "Forensic teams are still working to identify the 34 victims, officials said.", "NG", "34 victims"),
    ("The search was called off after the bodies of 19 climbers were brought down from the glacier.\n\n"
     "The 16 victims included three guides, the park authority said.", "NP", "16 victims"),
    ("Soldiers recovered the bodies of 42 villagers from the mud, and the search ended on Friday.\n\n"
     "A mass burial for the 47 victims took place on Saturday.", "UG", "47 victims"),
]


@pytest.mark.parametrize("text,country,figure", TOLLS)
def test_toll_from_bodies_is_compared(text, country, figure):
    assert flags(consistency(text, country), figure)


TOLLS_CLEAN = [
    # more bodies found in between
    "Rescuers recovered the bodies of 23 passengers on Sunday.\n\nThree more bodies were found on Monday, and a "
    "service for all 26 victims was held on Tuesday.",
    # the toll said to rise
    "Police said the bodies of 31 people had been found.\n\nBy Wednesday the death toll had risen to 34, and the "
    "34 victims were buried together.",
    # the same toll
    "Soldiers recovered the bodies of 42 villagers from the mud.\n\nA mass burial for the 42 victims took place "
    "on Saturday.",
    # a part of the dead
    "The bodies of 12 children were among those recovered.\n\nThe 30 victims were buried on Sunday.",
]


@pytest.mark.parametrize("text", TOLLS_CLEAN)
def test_toll_from_bodies_near_miss_is_silent(text):
    assert not consistency(text, "KE")


# -- a cost said of the thing, then the thing named by its cost (FC407) ----------------------------------------
# "said the project would cost RM2.9 billion" ... "The RM3.2 billion project": the first cost was read with the
# noun "cost", the later with the generic "project", and a generic noun was never compared without a typing slip.
# The first sentence makes the project the subject of the cost, so the two are one thing's cost.

COSTS = [
    ("The agency said the scheme would cost Sh4.6 billion and take three years.\n\n"
     "Contractors bidding for the Sh5.2 billion scheme must show they have built similar works.", "KE",
     "Sh5.2 billion"),
    ("Officials said the project is expected to cost $780 million, most of it borrowed.\n\n"
     "The $870 million project will be financed by two development banks.", "GH", "$870 million"),
    ("The ministry estimates the project will cost Rs 1,340 crore.\n\n"
     "Land for the Rs 1,480 crore project has already been acquired, officials said.", "IN", "Rs 1,480 crore"),
    ("The council said the scheme will cost £46m over five years.\n\n"
     "Opponents of the £52m scheme say the money should go to buses.", "GB", "£52m"),
    ("Engineers said the project would cost about RM1.9 billion.\n\n"
     "The RM2.2 billion project will be paid for with bonds.", "MY", "RM2.2 billion"),
]


@pytest.mark.parametrize("text,country,figure", COSTS)
def test_cost_said_of_the_thing_is_compared(text, country, figure):
    found = consistency(text, country)
    if "about" in text:     # a hedged first cost is no exact figure to contradict
        assert not found
    else:
        assert flags(found, figure)


COSTS_CLEAN = [
    # the cost moved
    "The agency said the scheme would cost Sh4.6 billion.\n\nThe cost has since risen, and the Sh5.2 billion "
    "scheme is now out to tender.",
    # another project
    "Officials said the project would cost $780 million.\n\nA separate $870 million project will upgrade the port.",
    # the same value
    "The council said the scheme will cost £46m.\n\nOpponents of the £46m scheme say the money should go to buses.",
    # far apart: not one figure misreported
    "The ministry said the project would cost Rs 1,340 crore.\n\nThe Rs 4,800 crore project next door is "
    "separate.",
]


@pytest.mark.parametrize("text", COSTS_CLEAN)
def test_cost_said_of_the_thing_near_miss_is_silent(text):
    assert not consistency(text, "GB")
