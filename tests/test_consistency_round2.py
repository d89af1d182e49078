"""Consistency, round 2: a definite back-reference repeats a count or a size the story gave before (FC408).

"The 241 investors", "all 420 schools", "the factory's 2,100 jobs", "the 230-bed unit", "the 16.3km line":
a definite mention says the story has already introduced that many of that thing. Three classes, each in
several house styles (wire, UK "per cent", US, Irish and Indian courts copy, lakh/crore, numbers in words,
figures in brackets and dashes), with the clean near-misses a real story holds: several places, phases or
years; a part ("the first 60"); an addition ("another 40"); a change ("rose to", "expanded"); another
thing of the kind introduced in between; a restricting clause; a rounded or hedged figure. Every sentence
is written for these tests; none is taken from a published or evaluation story.

1. The same noun, whatever it is, with any adjectives before it: "214 investors" ... "the 241 investors";
   "240 lower secondary schools" ... "the 420 schools".
2. Nouns of one class with a typing slip: workers, strikers, staff, jobs and the people a firm employs.
3. A size of the one thing of its kind: "the 1.2-mile Sauvie Bridge" ... "the 1.8-mile span"; "the 13.1km
   Cat Linh–Ha Dong line" ... "the 16.3km line"; "a 320-bed hospital" ... "the 230-bed unit".
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags_only


# -- 1. the same noun, any noun ---------------------------------------------------------------------

SAME_NOUN = [
    ("A Sligo accountant who took €2.9 million from 183 clients has been jailed for six years.\n\n"
     "The judge said he must repay what he can to the 138 clients.", "138 clients", "IE"),
    ("The water agency will drill 150 solar-powered boreholes across the arid north this year.\n\n"
     "Once the 510 boreholes are running, herders will no longer walk for days to find water.", "510 boreholes",
     "KE"),
    ("LUCKNOW: The state will upgrade 2.4 lakh primary classrooms under the scheme, the minister said.\n\n"
     "Work on the 4.2 lakh classrooms will be completed by March, officials said.", "4.2 lakh classrooms", "IN"),
    ("The ministry plans to open 64 rural maternity clinics by December.\n\n"
     "Nurses for all 46 clinics will be trained at the regional college.", "46 clinics", "NG"),
    ("Regulators fined the bank for mis-selling policies to 3,750 pensioners.\n\n"
     "The bank has agreed to refund the 3,570 pensioners in full within six months.", "3,570 pensioners", "GB"),
    ("The city bought 84 electric ambulances (each with a range of 300km) from a local maker.\n\n"
     "Crews for the 48 ambulances began training on Monday.", "48 ambulances", "ZA"),
    ("Organisers said 1,260 runners - a record - had signed up for Sunday's half-marathon.\n\n"
     "Each of the 1,620 runners will receive a medal and a tree seedling.", "1,620 runners", "UG"),
    ("The council will plant 2,150 street trees along the ring road this winter.\n\n"
     "Residents can adopt any of the 2,510 trees through the council's website.", "2,510 trees", "GB"),
    ("The fund will give grants to 375 women-owned small businesses in the first year.\n\n"
     "The 735 businesses were chosen from more than 9,000 applicants.", "735 businesses", "US"),
    ("Police said they had seized 1,840 counterfeit passports at the port.\n\n"
     "Investigators are trying to trace where the 1,480 passports were printed.", "1,480 passports", "TH"),
    ("The airline will retire 36 ageing regional jets by 2027.\n\n"
     "The 63 jets will be replaced by turboprops, the chief executive said.", "63 jets", "BR"),
    # numbers in words: no typing slip, but one noun and two close values
    ("Fifty-two villages in the valley were cut off by the snow, the governor said.\n\n"
     "Helicopters dropped food to the 58 villages on Tuesday.", "58 villages", "PK"),
]


@pytest.mark.parametrize(("text", "figure", "country"), SAME_NOUN)
def test_same_noun_told_twice(text, figure, country):
    found = consistency(text, country=country)
    assert flags_only(found, figure), found


# -- 2. nouns of one class, with a typing slip --------------------------------------------------------

CLASS_SLIP = [
    ("A Kenyan-Turkish investor broke ground on a textile mill in Athi River that will employ 1,400 people.\n\n"
     "The managing director said the mill's 4,100 jobs would go to local residents first.", "4,100 jobs", "KE"),
    ("The union, which represents some 2,600 workers at the smelter, called the stoppage on Monday.\n\n"
     "The 6,200 strikers will meet management on Friday.", "6,200 strikers", "ZA"),
    ("The new call centre in Cebu will hire 1,350 staff in its first year.\n\n"
     "The firm said the centre's 1,530 employees would work in three shifts.", "1,530 employees", "PH"),
    ("The plant employs 4,800 workers on two shifts, the company said.\n\n"
     "All 8,400 employees will receive a bonus this year.", "8,400 employees", "MX"),
    ("The brewery, which employs about 720 people, will close for a month for repairs.\n\n"
     "Its 270 workers will be paid in full during the closure.", "270 workers", "NG"),
    ("DHAKA: The factory employs 3,650 workers, most of them women.\n\n"
     "The owner said the factory's 3,560 jobs were safe.", "3,560 jobs", "BD"),
    ("The hospital employs 1,870 staff (including 300 doctors).\n\n"
     "The 1,780 employees have not been paid since June, the union said.", "1,780 employees", "GH"),
    ("Some 5,200 workers at the port - dockers, crane drivers and clerks - walked out on Tuesday over pay.\n\n"
     "On Thursday the 2,500 strikers marched to the ministry.", "2,500 strikers", "CL"),
    ("The car plant will employ 2,340 people when it reaches full output.\n\n"
     "Training for the 2,430 workers starts next month.", "2,430 workers", "MA"),
    ("The mine employs 910 workers, the company said.\n\n"
     "The mine's 190 employees voted to accept the offer.", "190 employees", "ZM"),
]


@pytest.mark.parametrize(("text", "figure", "country"), CLASS_SLIP)
def test_class_nouns_with_a_typing_slip(text, figure, country):
    found = consistency(text, country=country)
    assert flags_only(found, figure), found


# -- 3. a size of the one thing of its kind ---------------------------------------------------------

SIZES = [
    ("Commissioners approved a plan to replace the 2.4-mile Hollis Creek Bridge, a two-lane crossing built in "
     "1961.\n\nCrews will spend a year taking the 2.9-mile steel span apart.", "2.9-mile", "US"),
    ("Jakarta's second line, the 15.7km Blok M–Kota line, will open in stages.\n\n"
     "The city hopes the 19.2km line will ease traffic on Gajah Mada.", "19.2km", "ID"),
    ("The state opened the 420-bed Hospital Geral do Sertão on Monday, eight years after work began.\n\n"
     "Staffing the 240-bed unit will need about 1,100 nurses and doctors.", "240-bed", "BR"),
    ("The contractor will build a 540km gas pipeline from the field to the coast.\n\n"
     "Farmers along the 450km route have been offered compensation.", "450km", "MZ"),
    ("A new 18-kilometre highway linking the airport with the city centre opened on Sunday.\n\n"
     "Officials said the 21km road would carry 60,000 vehicles a day.", "21km", "EG"),
    ("The authority will build a 640-bed teaching hospital on the outskirts of the city.\n\n"
     "When complete, the 460-bed facility will serve five districts.", "460-bed", "UG"),
    ("The developer plans a 1,250-unit housing estate on the former airfield.\n\n"
     "Half of the 1,520 homes will be sold at below-market prices.", "1,520 homes", "GB"),
    ("The 3.6km Rainbow Bridge will cut the crossing to five minutes.\n\n"
     "Traffic on the 6.3km bridge will be tolled from 2027.", "6.3km", "CN"),
    ("Rail officials said the 212-mile line would open in stages.\n\n"
     "Stations on the 221-mile line will be built by three contractors.", "221-mile", "US"),
    ("The board approved a 36-storey tower on the waterfront on Tuesday.\n\n"
     "The 63-storey tower will hold 400 flats and a hotel.", "63-storey", "AU"),
    ("The company will build a 12.8km tunnel under the pass, the minister said.\n\n"
     "Drilling the 18.2km tunnel will take four years.", "18.2km", "NO"),
]


@pytest.mark.parametrize(("text", "figure", "country"), SIZES)
def test_size_of_the_one_thing(text, figure, country):
    found = consistency(text, country=country)
    assert flags_only(found, figure), found


# -- near-misses that must stay silent ---------------------------------------------------------------

SILENT = [
    # several places, several counts of one noun
    ("Floods destroyed 240 schools in Sindh and 420 schools in Balochistan, officials said.\n\n"
     "The 420 schools in Balochistan will be rebuilt first.", "PK"),
    ("The ministry will build 240 schools this year.\n\nIn Ratanakiri, the 42 schools planned will open in 2027.",
     "KH"),
    # a part, an addition, a change
    ("The province plans 180 new health posts, with the first 45 health posts to be staffed by 2026.\n\n"
     "The 45 health posts will be in the uplands.", "LA"),
    ("A Mayo man took €6.3 million from 214 investors, the court heard.\n\n"
     "Another 27 investors have since come forward, and the 241 investors will share what has been recovered.",
     "IE"),
    ("The fund took money from 214 investors in its first year; the number of investors rose to 241 by 2019.\n\n"
     "The 241 investors were repaid in part.", "IE"),
    ("The factory employs 1,200 people, up from 900 last year.\n\nThe factory's 1,200 jobs are secure.", "UG"),
    ("The hospital opened with 320 beds in 2019 and was expanded last year.\n\n"
     "The 380-bed hospital now serves four districts.", "BR"),
    ("The 300-bed hospital will open in June.\n\nIt will also house a 16-bed intensive care unit, and the "
     "16-bed unit will open first.", "UG"),
    # another thing of the kind introduced in between
    ("The 21.4km Purple Line began carrying passengers on Monday.\n\nAnother line, linking Thonburi with the "
     "airport, is being built, and the 19.6km line should be finished in 2027.", "TH"),
    ("The 500-bed hospital will open in June.\n\nThe ministry will also build a maternity unit on the same site, "
     "and the 50-bed unit will open in 2027.", "IN"),
    # a restricting clause, a hedge, a round figure
    ("The plant employs 4,500 workers.\n\nThe 300 workers who were laid off in May will be rehired.", "BD"),
    ("The union represents about 2,300 workers at the mine.\n\nThe 2,250 workers walked out on Thursday.", "CL"),
    ("The scheme will build 1,200 homes on the site.\n\nThe 1,180 homes will be finished by 2028.", "GB"),
    # another year, another owner
    ("In 2019 the charity ran 214 food banks.\n\nThis year the 241 food banks served twice as many families.",
     "GB"),
    ("The Red Line will have 58 stations when complete.\n\nThe Blue Line's 85 stations open next year.", "IN"),
    # the difference is in the copy
    ("The fund took money from 214 investors in Ireland and 27 in Britain.\n\n"
     "The judge ordered repayment to the 241 investors.", "IE"),
    # different things that share a noun
    ("The county has 120 public schools and 45 private schools.\n\nThe 45 schools will get new laptops.", "US"),
    ("The operator runs 36 buses on the airport route.\n\nThe firm also ordered 50 new buses, and the 50 buses "
     "will arrive in March.", "KE"),
    # a figure in words is no typing slip: "Twelve" ... "the 21" are not one number mistyped
    ("Twelve schools were closed on Monday.\n\nThe 21 schools will reopen next week after repairs.", "GB"),
    ("The charity fed 3,200 children in Nairobi, and a partner group fed 2,300 children in Mombasa.\n\n"
     "The 2,300 children in Mombasa got school meals too.", "KE"),
    ("The first phase will deliver 1,200 homes by 2027.\n\nThe 2,100 homes in the second phase will follow by "
     "2030.", "GB"),
    ("Last year the company employed 1,200 workers.\n\nThe company's 2,100 workers will get a raise this year.",
     "US"),
    ("The budget funds 240 new schools across 12 provinces: 42 in Kampot, 60 in Takeo and the rest elsewhere.\n\n"
     "The 42 schools in Kampot open first.", "KH"),
    ("The county will build 36 classrooms this year. It built 63 classrooms in 2023.\n\n"
     "The 63 classrooms are already in use.", "KE"),
    ("The 1,200MW plant will be built in two stages, the first of 600MW.\n\nThe 600MW unit will open in 2027.",
     "PK"),
    # a small count without a slip
    ("Three defendants appeared in court on Monday.\n\nThe four defendants were remanded in custody.", "GB"),
    # a bridge and a detour
    ("The 1.2-mile Sauvie Bridge will close for repairs.\n\nDrivers face a 26-mile detour; the 1.2-mile bridge "
     "will reopen in May.", "US"),
    # a noun that is not the count's ("a pay rise ... per worker") does not silence, but a narrated cut does
    ("The mill employs 3,200 workers.\n\nThe company has since laid off workers, and the 2,900 workers who remain "
     "were paid on Friday.", "ID"),
]


@pytest.mark.parametrize(("text", "country"), SILENT)
def test_near_miss_is_silent(text, country):
    assert consistency(text, country=country) == []


def test_span_names_the_thing_and_points_back():
    text = ("A Leeds financial adviser who siphoned £4.8 million from 358 clients was jailed on Friday.\n\n"
            "He must repay the 385 clients.")
    found = [f for f in consistency(text, country="GB") if f.rule == "FC408"]
    assert [f.text for f in found] == ["385 clients"]
    assert found[0].suggestion == "358 clients"
    assert text[found[0].related[0].start:found[0].related[0].end] == "358 clients"
