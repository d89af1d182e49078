"""Consistency, round 8: one thing whose one size is told twice in other words.

On fresh copy the consistency misses were all one shape: a closure, a disaster, a hospital wing, a metro line or
a workforce whose size is given twice, the second time under a synonym noun ("jobs" ... "paycheques"; "toll"
... "victims"), as a compound adjective ("a 220-bed wing" ... "the 250-bed block"), with a modifier of the
present ("current employees"), or through the incident referred back ("the landslides, which killed 43"). FC407
reads each figure as a thing of a noun CLASS held by an OWNER, and now:

* reads the whole class of a closure's jobs (jobs, posts, positions, roles, paycheques, pay packets,
  livelihoods, "people out of work", "workers jobless");
* reads a line's stations or stops as a size of the line;
* folds the parts a building is extended by (wing, block, extension, annexe) into one kind of head, so that a
  "wing" and a "block" may be one thing while a "hospital" and its "wing" stay two, and counts a thing's sizes
  among the sizes of its own kind of head only;
* reads "Among the dead were ..." as a part of the toll, not a third toll;
* takes "current", "present" and "existing" as neutral words of a workforce;
* reads a toll told through its incident referred back ("the blast, which killed 41") as referring back.

Every sentence is written for these tests; none is taken from a published or evaluation story.
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags



# -- a closure's jobs told in other nouns (the two counts one typing slip apart) ------------------------------

JOBS = [
    ("The Halvorsen paper mill will close in September, putting 560 people out of work, its owners said.\n\n"
     "\"Losing 650 paycheques will gut this valley,\" the mayor said.", "CA", "650"),
    ("Kestrel Foods is shutting its Dunmore plant with the loss of 280 jobs.\n\n"
     "The council leader said 820 livelihoods were now at stake in a town that has little else.", "GB", "820"),
    ("The closure of the zinc smelter will cost 1,240 jobs, the company said on Monday.\n\n"
     "Union leaders said the 1,420 posts would be almost impossible to replace.", "AU", "1,420"),
    ("The textile unit at Bhiwandi will down shutters next month, rendering 460 workers jobless.\n\n"
     "Traders said the loss of 640 pay packets would empty the weekly market.", "IN", "640"),
    ("Some 350 people will lose their jobs when the Millbrook bakery closes in March.\n\n"
     "\"That's 530 paychecks gone from Main Street,\" the county commissioner said.", "US", "530"),
    ("The insurer's call centre in Limerick will close, with 190 jobs lost.\n\n"
     "Staff were told that all 910 roles would end by Christmas.", "IE", "910"),
    ("Harbour Steel will shut its rolling mill, putting 730 people out of work.\n\n"
     "Retraining will be offered to the 370 people losing their jobs, the minister said.", "ZA", "370"),
    ("A shoe factory in Kanpur is to close, throwing 2,150 workers out of work.\n\n"
     "Officials said the 2,510 jobs could not be saved without a buyer.", "IN", "2,510"),
    ("The closure will put 1,280 people out of work, the union said.\n\n"
     "The 1,820 job losses will be felt across the district.", "GB", "1,820"),
    ("Closing the colliery will leave 640 miners without work.\n\n"
     "Those 460 jobs are the last of their kind in the valley.", "GB", "460"),
]

# -- a toll, and a part of it ("Among the dead were ...") --------------------------------------------------------

TOLLS = [
    ("Rescuers found the last body on Friday, bringing the toll from the mudslide to nine.\n\n"
     "Among the dead were a farmer and his three sons.\n\n"
     "The bodies of the eight victims were buried on Saturday.", "PE", "eight victims"),
    ("Rescue teams recovered the final body on Tuesday, bringing the death toll from the flood to seven.\n\n"
     "Among the dead were a couple and their two children.\n\n"
     "Prayers were said for the six victims at the mosque.", "ID", "six victims"),
    ("A bus plunged into a ravine near Shimla on Sunday, killing 14 people, police said.\n\n"
     "Among those killed were two teachers.\n\n"
     "The 15 victims were taken to the district hospital for post-mortem examinations.", "IN", "15 victims"),
    ("The warehouse fire killed 12 people, the fire service said.\n\n"
     "Among the dead was a night watchman who had raised the alarm.\n\n"
     "Relatives have identified the bodies of all 13 dead.", "KE", "13 dead"),
    ("A tanker explosion left 23 dead on the highway, police said.\n\n"
     "Among the dead were three firefighters.\n\n"
     "Compensation will be paid to the families of all 32 dead.", "NG", "32 dead"),
    ("Nine miners died when the shaft flooded on Friday.\n\n"
     "Among them was the shift supervisor.\n\n"
     "The families of the eight victims have demanded an inquiry.", "ZA", "eight victims"),
]

# -- a size given to a building's part under a kin noun ("wing" ... "block") -------------------------------------

BEDS = [
    ("A new 220-bed wing at the district hospital will open in March, officials said.\n\n"
     "The wing includes a 16-bed high dependency unit and a dialysis centre.\n\n"
     "Unions urged the ministry to staff the new 250-bed block before it opens.", "MY", "250-bed"),
    ("The 300-bed extension at St Brigid's will be finished next year.\n\n"
     "It will hold a 12-bed burns unit.\n\n"
     "Nurses said the 330-bed extension would need 200 more staff.", "IE", "330-bed"),
    ("Work has begun on a 120-bed annexe to the county hospital.\n\n"
     "The 150-bed annexe is due to open in 2027, the health board said.", "GB", "150-bed"),
    ("The province will build a 480-bed wing at the general hospital.\n\n"
     "Contractors said the 840-bed block would take three years to complete.", "CA", "840-bed"),
    ("The 96-bed extension at Queen's Hospital opened on Monday.\n\n"
     "Patients moved into the 69-bed extension from the old wards.", "GB", "69-bed"),
]

# -- a line's stations ---------------------------------------------------------------------------------------------

STATIONS = [
    ("The 30-kilometre line will have 14 stations and is due to open in 2029.\n\n"
     "Once complete, the line will add 16 stations to the network, taking the total to 78.", "AE", "16 stations"),
    ("The new tram line will serve 18 stops between the port and the university.\n\n"
     "Each of the 16 stops will have level boarding, the transport authority said.", "AU", "16 stops"),
    ("The Green Line metro will have 12 stations along its 19km route.\n\n"
     "All 21 stations will have lifts, the operator said.", "IN", "21 stations"),
    ("The 24km light rail line is planned with 17 stations.\n\n"
     "Residents near the line's 19 stations have been told to expect noise at night.", "US", "19 stations"),
]

# -- a workforce, then the same workforce as "current" or "existing" --------------------------------------------

WORKFORCE = [
    ("The firm plans to hire 2,000 more agents, taking its workforce of 12,400 employees to more than 14,000.\n\n"
     "Its 14,200 current employees will all be trained in new software.", "PH", "14,200"),
    ("The bank employs 3,600 people in the region, it said.\n\n"
     "All 6,300 existing staff will keep their jobs under the merger.", "KE", "6,300"),
    ("The insurer has 8,450 employees across the country.\n\n"
     "The company's 8,540 present employees will be offered shares.", "NG", "8,540"),
    ("The carmaker employs 4,300 people at its plant outside Pune.\n\n"
     "All 3,400 current employees will receive a bonus.", "IN", "3,400"),
]

# -- a toll told through its incident referred back ----------------------------------------------------------------

INCIDENT = [
    ("Landslides triggered by heavy rain buried two villages on Tuesday, killing 38 people.\n\n"
     "Roads to both villages remain blocked.\n\n"
     "Residents said the landslides, which killed 43 people, had come without warning.", "NP", "43"),
    ("A gas explosion at a chemical plant killed 14 workers on Monday, officials said.\n\n"
     "The explosion, which killed 41 workers, was the worst in the province for a decade.", "CN", "41"),
    ("The earthquake killed 210 people across three districts, officials said.\n\n"
     "Aid agencies say the quake, which killed 201 people, left thousands homeless.", "AF", "201"),
    ("A stampede at a temple festival killed 18 pilgrims on Saturday.\n\n"
     "The stampede, which killed 81 pilgrims, began when a railing gave way.", "IN", "81"),
    ("Floods killed 64 people in the delta last week.\n\n"
     "Relief camps were set up for the survivors.\n\n"
     "The floods, which killed 46 people, destroyed crops on 20,000 hectares.", "BD", "46"),
    ("Cyclone Mira killed 26 people when it struck the coast, officials said.\n\n"
     "The storm killed 29 people and destroyed 4,000 homes.", "MZ", "29"),
]

# paraphrases the rule still misses, and why (kept here so the catch rate is honest)
MISSES = {
    "530": "the later figure is bound to a place (\"from Main Street\") the first sentence does not name",
}
CATCH = [pytest.param(*case, marks=pytest.mark.xfail(reason=MISSES[case[2]], strict=True)) if case[2] in MISSES
         else case for case in JOBS + TOLLS + BEDS + STATIONS + WORKFORCE + INCIDENT]


@pytest.mark.parametrize("text,country,figure", CATCH)
def test_one_size_told_twice_in_other_words(text, country, figure):
    assert flags(consistency(text, country), figure)


# -- near-misses: changes and parts the copy explains, other places, years, kinds ----------------------------------

QUIET = [
    # another group of people, not the mill's
    ("The sawmill will close in July, putting 340 people out of work.\n\n"
     "Contractors and truckers who serve the mill employ another 430 people.", "CA"),
    # another closure, another year
    ("The sawmill will close in July, putting 340 people out of work.\n\n"
     "In 2019 the closure of a pulp mill in the next town cost 430 jobs.", "CA"),
    # jobs cut and workers left
    ("The company will cut 340 jobs at the plant next year.\n\n"
     "The remaining 430 workers will move to a new shift pattern.", "GB"),
    # a part of the toll
    ("A landslide killed seven people in the village on Monday, officials said.\n\n"
     "Among the dead were six children who had been sleeping.", "ID"),
    # the toll rose
    ("Seven people were killed when the landslide struck on Monday.\n\n"
     "Two more bodies were found on Wednesday, bringing the toll to nine.\n\n"
     "The nine victims were buried on Thursday.", "ID"),
    # of whom
    ("The bus crash killed 14 people, police said.\n\n"
     "Six of the victims were women, police added.", "IN"),
    # a hospital and its wing are two things
    ("The 500-bed hospital is the main referral centre for the state.\n\n"
     "Its new 220-bed wing will open next year.", "MY"),
    # a wing and a small block within it
    ("A new 220-bed wing at the hospital will open in March.\n\n"
     "The wing includes a 40-bed maternity block.", "MY"),
    # a second block
    ("A new 220-bed wing will open at the hospital in March.\n\n"
     "A second 250-bed block is planned for 2028.", "MY"),
    # a line and the network
    ("The Blue Line will have 14 stations when it opens.\n\n"
     "The network will then have 78 stations in all.", "AE"),
    # two phases of a line
    ("The first phase of the metro line will have 8 stations.\n\n"
     "The second phase, due in 2030, will add six stations.", "IN"),
    # police stations are not a line's
    ("The 30-kilometre line will have 14 stations.\n\n"
     "The city has 16 police stations, the commissioner said.", "AE"),
    # a workforce and its target
    ("The firm employs 12,400 people and plans to hire 2,000 more over the next year.\n\n"
     "That would take its workforce to 14,400 employees by mid-2026.", "PH"),
    # a workforce at one site
    ("The firm employs 12,400 people in the Philippines.\n\n"
     "Its 4,200 current employees in Cebu will move to a new building.", "PH"),
    # another landslide
    ("Landslides killed 38 people in two villages on Tuesday.\n\n"
     "A landslide in 2021, which killed 43 people in the same district, was blamed on road building.", "NP"),
    # another incident named as such
    ("The explosion killed 14 workers at the plant on Monday.\n\n"
     "An earlier explosion at a sister plant, which killed 41 workers, led to new safety rules.", "CN"),
    # the quake's toll revised
    ("The earthquake killed 210 people, officials said on Monday.\n\n"
     "By Wednesday the revised toll showed the quake had killed 260 people.", "AF"),
    # jobs created and jobs lost
    ("The new plant will create 340 jobs, the company said.\n\n"
     "Its older plant in the north, which will close, employs 430 workers.", "ZA"),
    # the company's other mill
    ("The mill will close in July, putting 340 people out of work.\n\n"
     "The company's other mill, in Prince George, employs 430.", "CA"),
    # two named lines
    ("The Red Line has 29 stations and carries 300,000 riders a day.\n\n"
     "The Green Line has 20 stations, the authority said.", "AE"),
    # a line's stations and a bus route's stops
    ("The metro line will have 14 stations.\n\nThe bus route will have 16 stops.", "AE"),
    # an extension takes the line to a new size
    ("The new line will have 14 stations when it opens in 2027.\n\n"
     "A planned extension would take the line to 16 stations by 2032.", "AE"),
    # a bridge's toll is no death toll
    ("Seven people died in the crash on the bridge.\n\nThe bridge toll was raised to 9 last year.", "ZA"),
    # two provinces
    ("The floods killed 64 people in Sindh, officials said.\n\nIn Punjab, the floods killed 46 people.", "PK"),
    # another blast, another year
    ("The blast killed 14 workers on Monday.\n\n"
     "A blast at the same plant in 2019, which killed 41 workers, led to new rules.", "CN"),
    # the old line, the old block: other things of the kind
    ("The new line will have 14 stations.\n\n"
     "Four of the 16 stations on the existing line will close for upgrades.", "GB"),
    ("A new 220-bed wing will open in March.\n\nThe existing 250-bed block will be refurbished.", "MY"),
    ("A new 220-bed wing will open in March.\n\nThe old block, which has 250 beds, will be demolished.", "MY"),
    # another attack, another month
    ("The attack killed 14 soldiers, the army said.\n\nLast month's attack killed 41 soldiers.", "NG"),
    # jobs created at an expansion
    ("The plant employs 1,240 people.\n\nThe expansion will create 1,420 new posts.", "GB"),
    # the toll rose after the part was given
    ("The fire killed seven people, officials said.\n\nAmong the dead were two children.\n\n"
     "Two of the injured later died in hospital, taking the toll to nine.", "KE"),
]


@pytest.mark.parametrize("text,country", QUIET)
def test_explained_or_other_things_stay_silent(text, country):
    assert consistency(text, country) == []
