"""Arithmetic, round 13: classes that recur in fresh copy.

- an amount lost, earned or added in a period, then straight ", up from B <earlier period>", then the rate: the
  amount is the level, not the move ("lost ₹38.6 crore this year, up from ₹21 crore, a rise of 84%");
- a list whose parts carry long names ("roads and public works Sh3.1 billion", "140 callouts in the Wairoa
  district") and whose total follows a when-clause ("between Sunday night and Friday — 312 in all") or "bringing
  total spending across the five departments to T";
- a share whose whole is named by its noun ("312 of the affected employees ... — 31% of those whose jobs are at
  stake") and counted in an earlier paragraph: wrong on every reading of the whole, it is flagged (naming the
  nearest); "of those whose <the whole's own noun>" names the whole again, not a part of it;
- a total of another year than the list before it is not its sum.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

# (text, the figure flagged, country)
CAUGHT = [
    # an amount of a period, then its base of the period before, then the rate
    ("Shoppers in the state lost ₹52.4 crore to online scams between January and June, up from ₹30 crore in the "
     "same period of 2023, a rise of 45%, police said.", "45%", "IN"),
    ("The airline lost $412m in the first half, up from $250m a year earlier, an increase of 39 percent.",
     "39 percent", "US"),
    ("Farmers earned £8.4m from the scheme last year, up from £6m the year before, a rise of 60 per cent.",
     "60 per cent", "GB"),
    ("The fund paid out R1.8bn in claims this year, down from R2.4bn last year, a drop of 40%.", "40%", "ZA"),
    # long part names, the total after a when-clause or "bringing total ... to"
    ("Under the plan, primary care gets Sh2.2 billion, roads and rural access Sh1.9 billion, youth and vocational "
     "skills Sh1.4 billion and irrigation Sh0.8 billion, bringing total spending across the four departments to "
     "Sh6.9 billion.", "Sh6.9 billion", "KE"),
    ("Crews answered 212 calls in the northern coastal towns, 148 in the river valley and 96 in the hill suburbs "
     "between Monday morning and Thursday night — 476 in all.", "476", "NZ"),
    ("Volunteers planted 3,400 trees along the old railway corridor, 2,150 in the city's eastern parks and 1,800 "
     "beside the reservoir between March and May, 7,900 in total.", "7,900", "GB"),
    ("The board gave ₹410 crore to school buildings and hostels, ₹260 crore to rural health centres and ₹180 crore "
     "to drinking water schemes, bringing total outlay for the three sectors to ₹890 crore.", "₹890 crore", "IN"),
    ("Inspectors visited 64 restaurants in the old town, 51 cafes along the seafront and 38 takeaways near the "
     "station over the summer — 163 in all.", "163", "GB"),
    # a whole with its count of parts beside it, the later parts' currency left out
    ("Spending on the scheme comes to 8.4 billion dirhams across three phases, the ministry said. The first phase "
     "accounts for 3.6 billion dirhams. The second is put at 2.9 billion, while the third will cost 2.7 billion.",
     "8.4 billion dirhams", "MA"),
    ("The project is budgeted at R14.2bn over four phases. The first phase takes R5.1bn. The second is put at 3.8bn, "
     "the third at 2.9bn and the fourth at 1.9bn.", "R14.2bn", "ZA"),
    ("The programme comes to ₹2,400 crore across two phases, officials said. The first phase accounts for ₹1,350 "
     "crore. The second is put at 1,200 crore.", "₹2,400 crore", "IN"),
    # a whole whose sentence counts its holders, a list of exactly that many parts beside it
    ("Four coastal districts had 18,620 homes without power on Tuesday night, the utility said.\n\nNorthport "
     "accounted for 7,400 of the outages, Eastbay for 5,210, Millbrook for 3,980 and Westfield for 1,630.",
     "18,620", "GB"),
    ("The two hospitals saw 3,115 patients in their emergency wards over the long weekend.\n\nSt Mary's treated "
     "1,870 and the General 1,425, figures from the health board show.", "3,115", "IE"),
    ("On first count Ms Achieng polled 4,512 votes, ahead of Mr Otieno on 3,208. Mr Wafula received 1,144 and "
     "Ms Njeri 612.\n\nThat took the tally of valid votes for the four candidates to 9,746.", "9,746", "KE"),
    ("Five northern provinces reported 2,940 cases of dengue in March.\n\nLampang recorded 910, Nan 702, Phrae 611, "
     "Phayao 430 and Uttaradit 217, according to the ministry.", "2,940", "TH"),
    # a share said as what two counts mean, the part in the sentence before
    ("Patients waiting for a care-home place occupied 212 beds on Monday. The trust has 1,480 in all, meaning 19 "
     "per cent were taken up by people fit to go home.", "19 per cent", "GB"),
    ("Inspectors found breaches at 318 shops, the ministry said. Its teams had visited 1,150 premises, meaning 35 "
     "percent were in violation.", "35 percent", "SA"),
    ("Some 2,760 of the flats failed the fire test. The council owns 9,800 flats in the borough — meaning about 22% "
     "need new cladding.", "about 22%", "GB"),
    ("Police stopped 640 drivers over the weekend and 96 failed a breath test, which means 21% were over the limit.",
     "21%", "AU"),
    # a share whose whole is named by its noun and counted in an earlier paragraph
    ("The mine will close two shafts, putting 2,300 jobs at risk.\n\nThe group, which employs about 9,600 people in "
     "the province, opened talks in May. By Friday, 540 of the affected workers had taken voluntary packages — "
     "about 34% of those whose jobs are at stake.", "about 34%", "ZA"),
    ("The council plans to cut 860 posts over two years.\n\nIt has some 4,100 staff across the borough. So far 190 "
     "of the affected staff have applied for early retirement, or 31 per cent of those whose posts are going.",
     "31 per cent", "GB"),
    ("The carmaker said 1,200 jobs would go at its Ohio plant.\n\nIt employs roughly 6,500 workers in the state. "
     "By Monday, 480 of the affected employees had accepted buyouts — about 52% of those whose jobs are being cut.",
     "about 52%", "US"),
]

SILENT = [
    # the same shapes, right
    "Shoppers in the state lost ₹52.4 crore to online scams between January and June, up from ₹30 crore in the "
    "same period of 2023, a rise of 75%, police said.",
    "BENGALURU: Victims of cyber fraud lost ₹44.1 crore in the first half of the year, up from ₹27 crore in the same "
    "period last year, an increase of 63 per cent.",
    "The airline lost $412m in the first half, up from $250m a year earlier, an increase of 65 percent.",
    "The fund paid out R1.8bn in claims this year, down from R2.4bn last year, a drop of 25%.",
    # a move and its base: not an amount of a period
    "Petrol averaged Shs5,150 a litre this month, down Shs150 from Shs5,300 in July, a drop of about 2.8 percent.",
    "Under the plan, primary care gets Sh2.2 billion, roads and rural access Sh1.9 billion, youth and vocational "
    "skills Sh1.4 billion and irrigation Sh0.8 billion, bringing total spending across the four departments to "
    "Sh6.3 billion.",
    "Crews answered 212 calls in the northern coastal towns, 148 in the river valley and 96 in the hill suburbs "
    "between Monday morning and Thursday night — 456 in all.",
    "The board gave ₹410 crore to school buildings and hostels, ₹260 crore to rural health centres and ₹180 crore "
    "to drinking water schemes, bringing total outlay for the three sectors to ₹850 crore.",
    # the same, adding up; a count of other things after a part is not a part
    "Spending on the scheme comes to 8.4 billion dirhams across three phases, the ministry said. The first phase "
    "accounts for 3.6 billion dirhams. The second is put at 2.5 billion, while the third will cost 2.3 billion.",
    "The project is budgeted at R14.2bn over four phases. The first phase takes R5.1bn. The second is put at 3.8bn, "
    "the third at 3.4bn and the fourth at 1.9bn.",
    "The programme comes to ₹2,400 crore across two phases, officials said. The first phase accounts for ₹1,350 "
    "crore. It will serve 1.2 million people in 40 villages.",
    "The plan is worth $6.2 billion across three phases. The first phase takes $2.4 billion. About 1.5 million "
    "homes will be connected, and 2.1 million more later.",
    # the same, adding up; or a list of another count of parts, or of another time
    "Four coastal districts had 18,620 homes without power on Tuesday night, the utility said.\n\nNorthport "
    "accounted for 7,400 of the outages, Eastbay for 5,210, Millbrook for 3,980 and Westfield for 2,030.",
    "On first count Ms Achieng polled 4,512 votes, ahead of Mr Otieno on 3,208. Mr Wafula received 1,144 and "
    "Ms Njeri 612.\n\nThat took the tally of valid votes for the four candidates to 9,476.",
    "Five northern provinces reported 2,940 cases of dengue in March.\n\nLampang recorded 910, Nan 702 and Phrae "
    "611, according to the ministry.",
    "The two hospitals saw 3,115 patients in their emergency wards over the long weekend.\n\nLast year St Mary's "
    "treated 1,870 and the General 1,425 over the same weekend.",
    "Three regional airports handled 412,000 passengers in July.\n\nThe busiest, Kestrel Field, handled 190,000, "
    "up from 170,000 a year earlier.",
    "The three-day festival drew 41,000 visitors.\n\nOrganisers counted 12,000 on Friday and 15,500 on Saturday.",
    "The striker scored eight goals, three of them penalties. The keeper made 12 saves, including two spot kicks "
    "late on.",
    "Ministers approved three contracts; a state firm won the other two. The new road should cut the trip between "
    "its two end towns to around four hours from seven.",
    # a share said as what two counts mean: right, of another whole, or a comparison
    "Patients waiting for a care-home place occupied 212 beds on Monday. The trust has 1,480 in all, meaning 14 "
    "per cent were taken up by people fit to go home.",
    "Inspectors found breaches at 318 shops, the ministry said. Its teams had visited 1,150 premises, meaning 28 "
    "percent were in violation.",
    "Police stopped 640 drivers over the weekend and 96 failed a breath test, which means 15% were over the limit.",
    "The county has 412 schools and 1,240 teachers on contract, meaning 30 per cent of the state's temporary staff "
    "work there.",
    "Sales reached 1,450 units in May against 1,210 in April, meaning 20 per cent more cars left the lots.",
    "The depot has 86 buses and 310 drivers, meaning 12 per cent fewer drivers than a year ago.",
    # a total that runs on, or of more than the parts listed
    "Crews answered 212 calls in the northern coastal towns, 148 in the river valley and 96 in the hill suburbs "
    "on Thursday, bringing the total so far this month to 1,310.",
    "Inspectors visited 64 restaurants in the old town, 51 cafes along the seafront and 38 takeaways near the "
    "station, among 420 premises checked in all this year.",
    # a total of another year than its list
    "In July 2024 the maker sold 131,000 cars. This includes 118,200 units in the home market and 12,800 units "
    "of exports. The company had sold a total of 119,450 units in July 2023.",
    "Exports in 2024 reached 84,000 tonnes. That includes 51,000 tonnes of tea and 33,000 tonnes of coffee. "
    "Shipments had totalled 79,500 tonnes in 2023.",
    # the share right on one reading of the whole
    "The mine will close two shafts, putting 2,300 jobs at risk.\n\nThe group, which employs about 9,600 people in "
    "the province, opened talks in May. By Friday, 540 of the affected workers had taken voluntary packages — "
    "about 23% of those whose jobs are at stake.",
    "The carmaker said 1,200 jobs would go at its Ohio plant.\n\nIt employs roughly 6,500 workers in the state. "
    "By Monday, 480 of the affected employees had accepted buyouts — about 40% of those whose jobs are being cut.",
    # a share of a part of the whole, its size not given
    "The mine will close two shafts, putting 2,300 jobs at risk.\n\nThe group employs about 9,600 people. By "
    "Friday, 540 of the affected workers had taken packages — about 61% of those who are over 55.",
    "Of the 3,200 members balloted, 2,140 voted. Of those, 1,390 backed the deal — 71% of those who voted "
    "in person.",
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT)
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    _silent(text)
