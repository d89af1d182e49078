"""Consistency, round 3: a guard that silences a finding must concern the same thing.

Real stories are long and full of other figures. Rounds 1 and 2 caught the two sentences of a misreport on
their own, and lost them in the full story, because a guard fired on something elsewhere that had nothing to
do with the thing compared. Each class below pairs the misreport, with unrelated copy around it, in several
house styles (wire, UK, US, Indian, Gulf, Latin American and African copy; numbers in words; figures in
brackets and dashes), with the clean near-misses where the guard is right. Every sentence is written for
these tests; none is taken from a published or evaluation story.

1. Another thing of the kind in between blocks only what the later mention can point to: things in the
   plural ("other public hospitals") are not the one thing of "the 540-bed hospital", and a thing given a
   size of its own ("the old regional hospital ... we have 210 beds") is not what an unmatched third size means.
2. A breakdown is no update: "fifteen died on the spot and four more at a hospital" tells how 19 died; a
   running count "since the start of the year" is not the toll of one crash.
3. The workforce of an employer named with "the" refers back: "the plant, which has 6,900 employees".
4. A toll given as "at least 15" admits "the 51 dead" only after an update (climbed, more bodies, died in
   hospital).
5. The cost of one thing under one noun: "a QR1.9bn solar plant" ... "the QR2.3bn plant".
6. A figure on the half-way mark is no rounding: "a 300-bed hospital" ... "the 250-bed facility".
7. Near-misses that stay silent: another place, other plants, the difference given in the copy, an old and
   a new building, a cost that moved.
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags_only


# -- 1. another thing of the kind, read locally ------------------------------------------------------

OTHER_THINGS = [
    ("A 320-bed district hospital opened in Mbarara on Monday, the health ministry said.\n\n"
     "Nurses' unions have long complained about staffing at other public hospitals in the region.\n\n"
     "Once the 230-bed hospital is fully staffed it will take referrals from six districts.", "230-bed", "UG"),
    ("The state will build a 650-bed teaching hospital at Ukhra, the health secretary said.\n\n"
     "Doctors at two other government hospitals in the district have been asked to join its faculty.\n\n"
     "The 560-bed hospital is due to open in 2027.", "560-bed", "IN"),
    ("LIMA — A 1,200-megawatt gas-fired plant near Chilca began commercial operation on Friday.\n\n"
     "Several other plants on the coast are waiting for grid connections.\n\n"
     "The 2,100MW plant will supply a fifth of the capital's demand at peak.", "2,100MW", "PE"),
    ("A 14.2km toll bridge across the lagoon was opened to traffic on Sunday.\n\n"
     "Other bridges in the city carry twice as many vehicles, transport officials said.\n\n"
     "Tolls on the 12.4km bridge will be waived for the first month.", "12.4km", "NG"),
    # the thing in between is given a size of its own: the later size is neither
    ("The regional authority endorsed a 400-bed referral hospital for Tamale on Thursday.\n\n"
     "Nurses at the old regional hospital say its wards overflow. \"We have 210 beds and never a free "
     "one,\" a matron said.\n\n"
     "The health minister said the 350-bed facility would include a trauma centre.", "350-bed", "GH"),
    # the same copy with a later size off the half-way mark (600 ... 540) goes silent: the guard's exception
    # for a thing with a size of its own holds only for a half-way figure
    pytest.param("The regional authority endorsed a 600-bed referral hospital for Tamale on Thursday.\n\n"
                 "Nurses at the old regional hospital say its wards overflow. \"We have 310 beds and never a free "
                 "one,\" a matron said.\n\n"
                 "The health minister said the 540-bed facility would include a trauma centre.", "540-bed", "GH",
                 marks=pytest.mark.xfail(strict=True, reason="a thing in between with a size of its own blocks "
                                         "the finding unless the later size is a half-way figure")),
    ("MUSCAT: A 400-room beach hotel will open in Salalah in October, its developer said.\n\n"
     "A rival hotel with 120 rooms opened nearby last year.\n\n"
     "The 480-room hotel will employ mostly Omani staff.", "480-room", "OM"),
    ("A 36-storey residential tower is planned for the old port site, the council said.\n\n"
     "Another tower of 12 storeys will be built beside it.\n\n"
     "Residents have objected that the 63-storey tower would overshadow the square.", "63-storey", "GB"),
    ("The province will spend $84 million on a 120-bed long-term care home in Sudbury.\n\n"
     "Advocates said other homes in the north have waiting lists of more than a year.\n\n"
     "Construction of the 210-bed home is to begin in the spring.", "210-bed", "CA"),
    ("A 500-bed hospital opened in Gombe on Monday.\n\n"
     "Another hospital nearby has 120 beds.\n\n"
     "The 450-bed hospital was built by the state.", "450-bed", "NG"),
    ("Work has begun on a 1,400-seat concert hall for the city, the mayor said.\n\n"
     "Other halls in the region were built for chamber music, promoters noted.\n\n"
     "The 4,100-seat hall will open in 2028.", "4,100-seat", "DE"),
    ("A 250-bed maternity hospital was inaugurated in Karachi's Korangi district on Saturday.\n\n"
     "Gynaecologists at other hospitals of the province said referrals would fall.\n\n"
     "The 520-bed hospital has its own neonatal unit.", "520-bed", "PK"),
]


@pytest.mark.parametrize("text,figure,country", OTHER_THINGS)
def test_another_thing_blocks_only_what_the_later_mention_may_mean(text, figure, country):
    assert flags_only(consistency(text, country=country), figure)


OTHER_THINGS_CLEAN = [
    # one other thing of the kind with no size: the later mention may be it
    ("A 320-bed district hospital opened in Mbarara on Monday.\n\n"
     "Another hospital is being built in Ibanda.\n\n"
     "The 230-bed hospital will open next year.", "UG"),
    ("The state will build a 650-bed teaching hospital at Ukhra.\n\n"
     "The existing district hospital will be upgraded too.\n\n"
     "The 560-bed hospital is older than the town itself.", "IN"),
    # the thing in between is given only the size of a part of it: its own size is unknown
    ("A 500-bed hospital opened in Gombe on Monday.\n\n"
     "Another hospital nearby is adding a 20-bed dialysis unit.\n\n"
     "The 450-bed hospital was built by the state.", "NG"),
    # the thing in between has the later size
    ("A 400-room beach hotel will open in Salalah in October.\n\n"
     "A rival hotel nearby, with 480 rooms, opened last year.\n\n"
     "The 480-room hotel is owned by a Qatari group.", "OM"),
    # the new building against the old one
    ("A 1,200-bed hospital opened in the southern district on Wednesday.\n\n"
     "\"We used to queue at dawn at the old hospital,\" one patient said.\n\n"
     "The old hospital's 1,020 beds will be kept for long-stay patients.", "CN"),
    # plural things and a plural count: the count may gather them
    ("Twenty-three people were killed when a bus overturned near Kisii on Sunday.\n\n"
     "Other crashes on the road this month have killed nine more people.\n\n"
     "The 32 people killed on the road this month will be remembered at a service on Friday.", "KE"),
]


@pytest.mark.parametrize("text,country", OTHER_THINGS_CLEAN)
def test_another_thing_near_misses_stay_silent(text, country):
    assert consistency(text, country=country) == []


# -- 2. a breakdown is no update, a running count is no toll -----------------------------------------

BREAKDOWN = [
    ("Nineteen people died when a matatu collided with a tanker near Mai Mahiu, police said.\n\n"
     "Fifteen passengers died on the spot and four more at a hospital in Naivasha.\n\n"
     "More than 80 people have been killed on the road since the start of the year, residents said.\n\n"
     "The county said the 24 people killed would be handed to families on Wednesday.", "24 people killed",
     "KE"),
    ("DHAKA: 19 people died when a launch capsized in the Meghna on Friday, officials said.\n\n"
     "Fourteen drowned in the river and five more died in hospital.\n\n"
     "The 91 victims were buried in their villages.", "91 victims", "BD"),
    ("At least 41 people were killed in the collapse of a hostel in Enugu, rescuers said - 38 under the "
     "rubble and three more at the hospital.\n\n"
     "The families of the 14 dead will receive compensation.", "14 dead", "NG"),
    ("Thirty-four miners died in the explosion at the Soma pit, officials said. Thirty died underground and "
     "four more after they were brought out.\n\n"
     "More than 300 miners have died in the region since 2010.\n\n"
     "Funerals for the 43 dead began on Thursday.", "43 dead", "TR"),
    ("Sixteen people were killed when a truck ploughed into a market in Kasungu, police said; 12 died on the "
     "spot and four more on the way to hospital.\n\n"
     "The 61 people killed were mostly traders.", "61 people killed", "MW"),
    ("A total of 52 people died in the fire, the governor said: 47 in the building and five more in hospital "
     "overnight.\n\n"
     "Relatives of the 25 dead gathered at the morgue.", "25 dead", "MX"),
    ("Eighteen people were killed when the minibus left the road, police said. Fifteen died at the scene "
     "and three more later.\n\n"
     "Since the start of the year 140 people have died on the highway.\n\n"
     "The bodies of the 81 victims were taken to Kericho.", "81 victims", "KE"),
    ("Twenty-six pilgrims were killed in the stampede, officials said, 20 of them women. Twenty-one died on "
     "the ghat and five more in the crush at the gate.\n\n"
     "The 62 people killed were from three districts.", "62 people killed", "IN"),
    ("The storm killed 38 people across the island, the civil protection agency said; 31 drowned and seven "
     "more died in landslides.\n\n"
     "Earlier storms this year killed 90.\n\n"
     "The 83 dead will be buried on Sunday.", "83 dead", "PH"),
    ("Nineteen workers died after the scaffolding fell, the labour ministry said - 16 instantly and three "
     "more at the clinic.\n\n"
     "The 91 dead were all migrants.", "91 dead", "QA"),
]


@pytest.mark.parametrize("text,figure,country", BREAKDOWN)
def test_a_breakdown_of_the_toll_is_no_update(text, figure, country):
    assert flags_only(consistency(text, country=country), figure)


BREAKDOWN_CLEAN = [
    # a real update: five more died after the first count
    ("Nineteen people died when a matatu collided with a tanker near Mai Mahiu, police said on Sunday.\n\n"
     "On Monday five more died at a hospital in Naivasha.\n\n"
     "The 24 people killed will be laid to rest this week.", "KE"),
    ("Nineteen people died when a launch capsized in the Meghna on Friday.\n\n"
     "Divers recovered 12 more bodies on Saturday.\n\n"
     "The 31 victims were buried in their villages.", "BD"),
    # the breakdown matches the toll and the later figure repeats it
    ("Nineteen people died when a matatu collided with a tanker near Mai Mahiu. Fifteen died on the spot "
     "and four more at a hospital in Naivasha.\n\n"
     "The 19 people killed will be laid to rest on Saturday.", "KE"),
]


@pytest.mark.parametrize("text,country", BREAKDOWN_CLEAN)
def test_breakdown_near_misses_stay_silent(text, country):
    assert consistency(text, country=country) == []


# -- 3. the workforce of an employer named with "the" ------------------------------------------------

EMPLOYER = [
    ("DHAKA — A knitwear plant in Gazipur that employs 9,600 workers will shed about 1,500 of them by "
     "April.\n\n"
     "The apparel industry, with some 4 million workers, earns most of the country's export income.\n\n"
     "The layoffs at the plant, which has 6,900 employees, will be overseen by the labour ministry.",
     "6,900 employees", "BD"),
    ("A tyre factory near Pune that employs 3,400 workers has shut for a week, the company said.\n\n"
     "The factory, which has 4,300 employees, makes tyres for two-wheelers.", "4,300 employees", "IN"),
    ("The brewery in Mwanza employs 650 staff, the company said in a statement.\n\n"
     "Union officials said the brewery, which employs 560 staff, had not paid overtime.", "560", "TZ"),
    ("A shoe factory in Dong Nai with 7,800 workers has cut shifts, managers said.\n\n"
     "The industry employs 1.4 million people nationwide.\n\n"
     "The factory, which has 8,700 workers, will run four days a week.", "8,700 workers", "VN"),
    ("A Leicester textile mill that employs 1,250 people is to close, its owners said.\n\n"
     "The mill, which employs 1,520 people, was founded in 1921.", "1,520", "GB"),
    ("The smelter at Richards Bay employs 2,300 workers, the company said.\n\n"
     "The smelter, which has 3,200 workers, uses a tenth of the province's power.", "3,200 workers", "ZA"),
    ("A call centre in Cebu that employs 2,450 agents will move to a new building.\n\n"
     "The centre, which has 4,250 employees, handles calls for a US bank.", "4,250 employees", "PH"),
    ("The car plant in Bursa employs 5,600 workers.\n\n"
     "Unions at the plant, which has 6,500 employees, have called a strike.", "6,500 employees", "TR"),
    ("A fish-processing plant in Walvis Bay with 1,340 workers has suspended production.\n\n"
     "The plant, which employs 1,430 people, processes hake for export.", "1,430", "NA"),
    ("A bakery chain's factory in Monterrey employs 980 workers, the company said.\n\n"
     "The factory, which has 890 employees, will add a night shift.", "890 employees", "MX"),
]


@pytest.mark.parametrize("text,figure,country", EMPLOYER)
def test_the_workforce_of_a_definite_employer_refers_back(text, figure, country):
    assert flags_only(consistency(text, country=country), figure)


EMPLOYER_CLEAN = [
    # the difference is in the copy: 400 jobs added
    ("A Cork software company will add 250 jobs, taking its staff at the campus to 900.\n\n"
     "The firm, which employs 650 people there, is owned by a Japanese group.", "IE"),
    # another employer named by the later mention
    ("A knitwear plant in Gazipur that employs 9,600 workers will cut 1,500 jobs.\n\n"
     "The group, which has 69,000 employees in four countries, will keep its other plants running.", "BD"),
    # a definite employer with the same value
    ("A tyre factory near Pune that employs 3,400 workers has shut for a week.\n\n"
     "The factory, which has 3,400 employees, makes tyres for two-wheelers.", "IN"),
    # the plant's workforce, then the company's
    ("The company's plant in Leeds employs 1,200 workers, the firm said.\n\n"
     "The company, which has 1,500 employees, will cut costs elsewhere.", "GB"),
    ("The brewery in Mwanza employs 650 staff, the company said.\n\n"
     "The group, which has 560 staff in Tanzania, also owns a soda bottler.", "TZ"),
    # the other plants' workers
    ("The carmaker employs 1,200 workers at the plant in Leeds, the firm said.\n\n"
     "It also employs 2,100 workers at the company's two other plants.\n\n"
     "The 2,100 workers will not be affected.", "GB"),
]


@pytest.mark.parametrize("text,country", EMPLOYER_CLEAN)
def test_employer_near_misses_stay_silent(text, country):
    assert consistency(text, country=country) == []


# -- 4. "at least N" and a later definite toll --------------------------------------------------------

FLOOR = [
    ("At least 15 people died when a minibus rolled down a gorge in Cusco region, officials said.\n\n"
     "Twelve wounded travellers were flown to clinics in Abancay and Cusco.\n\n"
     "Families of the 51 dead waited at the mortuary on Tuesday.", "51 dead", "PE"),
    ("GILGIT: At least 18 passengers were killed when a van slid off the mountain road into the Indus.\n\n"
     "Two of the dead were women, and survivors were later flown to Skardu.\n\n"
     "The governor ordered that the remains of the 21 victims be returned to their villages.", "21 victims", "PK"),
    ("At least 17 people died when a boat capsized on Lake Albert, the police said.\n\n"
     "The 71 dead were mostly fishermen and traders.", "71 dead", "UG"),
    ("At least 13 miners were killed in a gas blast at a pit in Shanxi province, state media said.\n\n"
     "Families of the 31 miners killed will receive compensation.", "31 miners killed", "CN"),
    ("At least 34 people lost their lives in the floods, the disaster agency said.\n\n"
     "Roads to the worst-hit villages remain cut.\n\n"
     "Prayers were held for the 43 dead on Friday.", "43 dead", "ID"),
    ("At least 19 people were killed when a tanker exploded on the expressway, the road safety corps said.\n\n"
     "The 21 victims were burned beyond recognition.", "21 victims", "NG"),
    ("At least 27 people died in the fire at the nightclub, officials said.\n\n"
     "Most of the 72 dead were in their twenties.", "72 dead", "BR"),
    ("At least 46 people were killed in the attack on the market, the army said.\n\n"
     "The 64 dead included 12 children.", "64 dead", "BF"),
    ("At least 38 people died after drinking bootleg liquor in the district, officials said.\n\n"
     "The families of the 83 dead will get compensation of Rs 2 lakh each.", "83 dead", "IN"),
    ("At least 14 people were killed when the building collapsed, rescuers said.\n\n"
     "The 41 dead have been identified.", "41 dead", "KE"),
]


@pytest.mark.parametrize("text,figure,country", FLOOR)
def test_at_least_then_a_higher_definite_toll(text, figure, country):
    assert flags_only(consistency(text, country=country), figure)


FLOOR_CLEAN = [
    # an update between
    ("At least 15 people died when a minibus rolled down a gorge, officials said.\n\n"
     "The death toll climbed on Tuesday as recovery teams reached the wreck.\n\n"
     "Families of the 51 dead waited at the mortuary.", "PE"),
    ("At least 26 people were killed when a coach fell into a ravine.\n\n"
     "Three of the injured later died in hospital.\n\n"
     "The bodies of the 29 victims were sent home.", "PK"),
    ("At least 17 people died when a boat capsized on Lake Albert, the police said.\n\n"
     "Divers pulled more bodies from the water on Tuesday.\n\n"
     "The 21 dead were mostly fishermen.", "UG"),
    # a round floor: "at least 20" is not the count confirmed
    ("At least 20 people were killed when a bus plunged into a ravine.\n\n"
     "Relatives of the 23 dead gathered outside the morgue.", "PE"),
    # the later toll is hedged too
    ("At least 23 people were killed when a bus plunged into a ravine.\n\n"
     "Relatives of some 30 dead gathered outside the morgue.", "PE"),
    ("At least 19 people were killed when a tanker exploded, officials said.\n\n"
     "Two more victims died of their burns on Wednesday, and the 21 victims were buried together.", "NG"),
]


@pytest.mark.parametrize("text,country", FLOOR_CLEAN)
def test_floor_near_misses_stay_silent(text, country):
    assert consistency(text, country=country) == []


# -- 5. the cost of one thing under one noun ----------------------------------------------------------

COST = [
    ("DOHA: Work will start in May on a QR1.9bn (US$520mn) solar plant at Al Kharsaah, the utility said.\n\n"
     "A QR300mn substation contract is to follow in the spring.\n\n"
     "Engineers said the QR2.3bn plant would be one of the largest in the Gulf.", "QR2.3bn", "QA"),
    ("The city approved a $340 million convention centre on Tuesday.\n\n"
     "Critics said the $430 million centre was too close to homes.", "$430 million", "US"),
    ("The board signed off on a £72m library for the city centre.\n\n"
     "Councillors said the £86m library would open in 2027.", "£86m", "GB"),
    ("KAMPALA - Cabinet approved a Shs 820bn bridge over the Nile at Jinja.\n\n"
     "Engineers said the Shs 980bn bridge would carry four lanes.", "Shs 980bn", "UG"),
    ("The state has cleared a Rs 1,450 crore airport for the hill district.\n\n"
     "Work on the Rs 1,750 crore airport is expected to begin in March.", "1,750 crore", "IN"),
    ("Ministers approved a N45bn stadium for Abeokuta.\n\n"
     "The N54bn stadium will seat 40,000 fans.", "N54bn", "NG"),
    ("The authority awarded a AED 1.2bn tunnel under the creek.\n\n"
     "The AED 1.5bn tunnel will take three years to build.", "AED 1.5bn", "AE"),
    ("The university unveiled plans for a €64m research centre on Monday.\n\n"
     "The €76m centre will house 400 scientists.", "€76m", "IE"),
    ("Ghana will build a $180 million hospital in Tamale, the health minister said.\n\n"
     "The $220 million hospital will have 600 beds.", "$220 million", "GH"),
    ("The province will build a R2.4bn dam on the Mzimvubu.\n\n"
     "The R2.9bn dam will supply water to 500,000 people.", "R2.9bn", "ZA"),
]


@pytest.mark.parametrize("text,figure,country", COST)
def test_the_cost_of_one_thing_under_one_noun(text, figure, country):
    assert flags_only(consistency(text, country=country), figure)


COST_CLEAN = [
    # the cost moved, in a sentence about money
    ("The city approved a $340 million light-rail depot in 2021.\n\n"
     "Costs have since risen sharply because of inflation.\n\n"
     "Critics said the $410 million depot was too close to homes.", "US"),
    # two depots
    ("The city approved a $340 million light-rail depot on Tuesday.\n\n"
     "Another depot is planned for the north side.\n\n"
     "Critics said the $410 million depot was too close to homes.", "US"),
    # far apart: not one figure misreported
    ("The board signed off on a £72m library for the city centre.\n\n"
     "Councillors said the £186m library would open in 2027.", "GB"),
    # the budget was raised in between
    ("Ghana will build a $180 million hospital in Tamale, the health minister said.\n\n"
     "Parliament increased the hospital's budget in March.\n\n"
     "The $220 million hospital will have 600 beds.", "GH"),
    # hedged
    ("The state has cleared a Rs 1,450 crore airport for the hill district.\n\n"
     "Work on the nearly Rs 1,700 crore airport will begin in March.", "IN"),
    # other nouns: the plant and the project
    ("DOHA: Work will start in May on a QR1.9bn solar plant at Al Kharsaah, the utility said.\n\n"
     "The QR2.3bn project also covers a substation and transmission lines.", "QA"),
]


@pytest.mark.parametrize("text,country", COST_CLEAN)
def test_cost_near_misses_stay_silent(text, country):
    assert consistency(text, country=country) == []


# -- 6. a figure on the half-way mark --------------------------------------------------------------

def test_a_half_way_figure_is_no_rounding():
    text = ("Cabinet cleared a 300-bed children's hospital for Kisumu on Tuesday.\n\n"
            "The health secretary said the 250-bed facility would include a burns unit.")
    assert flags_only(consistency(text, country="KE"), "250-bed")


def test_a_hedged_round_figure_keeps_its_slack():
    text = ("Cabinet cleared a children's hospital of roughly 300 beds for Kisumu on Tuesday.\n\n"
            "The health secretary said the 250-bed facility would include a burns unit.")
    assert consistency(text, country="KE") == []


# -- 7. near-misses of rounds 1 and 2 -------------------------------------------------------------

NEAR_MISSES = [
    ("Floods displaced 214 families in Kasese district on Monday, officials said.\n\n"
     "Relief trucks reached the 241 families in Bundibugyo on Wednesday.", "UG"),
    ("The landslide buried 136 houses in Bududa, the Red Cross said.\n\n"
     "Volunteers are rebuilding the 163 houses in Namisindwa first.", "UG"),
    ("Police arrested 124 people on Saturday and 142 on Sunday, a spokesman said.\n\n"
     "The 142 protesters will appear in court on Monday.", "KE"),
    ("The airport handled 1.2 million passengers in June, the authority said.\n\n"
     "It handled 2.1 million in July, and the 2.1 million passengers were a record.", "IN"),
    ("The carmaker employs 1,200 workers at the plant, and 2,100 workers at the company's two other plants.\n\n"
     "The 2,100 workers will not be affected, the firm said.", "GB"),
    ("The miller employs 450 staff at its Thika mill.\n\n"
     "A further 540 staff work at its sister mill in Eldoret, where the 540 staff were paid late.", "KE"),
]


@pytest.mark.parametrize("text,country", NEAR_MISSES)
def test_earlier_near_misses_stay_silent(text, country):
    assert consistency(text, country=country) == []
