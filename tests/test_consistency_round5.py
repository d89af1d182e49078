"""Consistency, round 5: one counted-thing table per story.

Every figure attached to a head noun ("48 schools", "a 212-bed hospital", "a 142km section", "employs 3,400
people") is one mention of (noun class, value). Where the story's mentions of one class that refer to its one
thing carry two values, the later is a slip unless the copy explains it. The dev misses of this round each
failed on a detail of that table, not on its idea:

1. A breakdown is part of the whole, not another value: "19 schools in Sohag, 17 in Qena and 12 in Assiut"
   adds up to the 48 given before, and is no third value against a later 52.
2. A number equal to the difference explains it only where it counts the class: "two foreign foundations"
   does not account for 36 schools becoming 38.
3. A workforce under the name of the story's own employer ("Of Valmora's 4,300 employees") is that employer's,
   when the story named it before the first figure.
4. A size read as "the hospital's capacity of 236 beds" refers back to the hospital as "its 236 beds" does.
5. A section, stretch or segment is the story's one measured linear thing ("a 142km section" ... "the 124km
   road").
6. The thing as the subject of its own measure refers back ("The hospital has 236 beds"), when it is the
   thing the first figure belongs to (not "The district has 38 schools", not the company of "the company's
   plant ... employs"); "now has" is a change's result.

Each class pairs the slip, in several shapes and house styles, with clean near-misses where the copy explains
the difference. Every sentence is written for these tests; none is taken from a published or evaluation story.
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags_only


# -- 1. a breakdown is part of the whole ---------------------------------------------------------------

BREAKDOWNS = [
    ("A trust will build 48 new schools across three districts of Kassala, its chairman said on Monday.\n\n"
     "Parents in the villages say classes of 90 are common.\n\n"
     "The trust said 19 schools would go up in Aroma, 17 in Hamashkoreib and 12 in Telkuk.\n\n"
     "The chairman said the 52 schools would be handed to the state once finished.", "52 schools", "SD"),
    ("Under the plan, 31 clinics will open in Kisumu, 22 in Siaya and 9 in Homa Bay, a total of 62 clinics.\n\n"
     "Nurses will be trained locally, and the county said the 66 clinics would be staffed by June.",
     "66 clinics", "KE"),
    ("The ministry is building 75 bridges in the hill districts.\n\n"
     "Of these, 40 bridges are in Gandaki, 20 in Karnali and 15 in Sudurpashchim, engineers said.\n\n"
     "Work on all 57 bridges is expected to finish before the monsoon.", "57 bridges", "NP"),
    ("Some 120 wells will be dug this year - 50 wells in Mopti, 40 in Segou and 30 in Kayes.\n\n"
     "Villagers will maintain the 102 wells themselves, the charity said.", "102 wells", "ML"),
    ("The foundation has pledged 84 libraries: 34 libraries for Leyte, 28 for Samar and 22 for Biliran.\n\n"
     "A spokesman said the 48 libraries would each hold 3,000 books.", "48 libraries", "PH"),
    ("Donors will fund 36 health posts, with 16 health posts in Tigray, 12 in Afar and 8 in Amhara.\n\n"
     "Staff for the 38 health posts will be recruited from nearby towns.", "38 health posts", "ET"),
]

BREAKDOWNS_CLEAN = [
    ("A trust will build 48 new schools across three districts of Kassala, its chairman said on Monday.\n\n"
     "The trust said 19 schools would go up in Aroma, 17 in Hamashkoreib and 12 in Telkuk.\n\n"
     "The chairman said the 48 schools would be handed to the state once finished.", "SD"),
    ("The ministry is building 75 bridges in the hill districts.\n\n"
     "Of these, 40 bridges are in Gandaki, 20 in Karnali and 15 in Sudurpashchim, engineers said.\n\n"
     "Work on the 40 bridges in Gandaki is expected to finish before the monsoon.", "NP"),
    ("The trust built 48 schools last year.\n\n"
     "This year it will add four more, and the 52 schools will share one inspector.", "SD"),
]


@pytest.mark.parametrize("text,figure,country", BREAKDOWNS)
def test_breakdown_is_no_third_value(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", BREAKDOWNS_CLEAN)
def test_breakdown_clean(text, country):
    assert consistency(text, country) == []


# -- 2. the difference must count the class ----------------------------------------------------------

DIFFERENCES = [
    ("A local charity has finished 36 primary schools in the hills of Kaffa, its director said.\n\n"
     "The money came from traders, diaspora donors and two church groups.\n\n"
     "It now plans to fit the 38 schools with solar lamps for evening classes.", "38 schools", "ET"),
    ("The agency has drilled 64 boreholes in Turkana since 2021, using three rigs.\n\n"
     "Herders say the 46 boreholes have halved the walk to water.", "46 boreholes", "KE"),
    ("Volunteers restored 27 chapels in the valley; four bishops attended the reopening.\n\n"
     "Visitors to the 23 chapels rose sharply over the summer.", "23 chapels", "IT"),
    ("A builder has completed 58 classrooms in Gulu, with five lorries bringing bricks each week.\n\n"
     "Head teachers said the 53 classrooms had ended double shifts.", "53 classrooms", "UG"),
    ("The programme has put up 91 footbridges in Nepal's far west; seven engineers supervised the work.\n\n"
     "Children crossing the 98 footbridges no longer wade through rivers.", "98 footbridges", "NP"),
]

# other copy between the two that only looks like an update: "another" with no thing after it, "a third
# less", the thing's own pupils rising, "the new schools" meaning the ones built
DIFFERENCES += [
    ("A charity has built 36 schools in Wolaita over five years, its director said.\n\n"
     "Enrolment at the new schools has risen to about 18,000 pupils, from 11,000 before.\n\n"
     "It will now wire the 38 schools to the grid.", "38 schools", "ET"),
    ("Pupils study in two shifts, one from 7 a.m. to noon and another from 1 p.m. to 5 p.m.; the trust has "
     "built 27 classrooms to end that.\n\n"
     "Importers sell desks for a third less, but the 72 classrooms use local carpenters.", "72 classrooms", "MW"),
    ("The Ostrava firm employs about 2,600 people, its spokesman said.\n\n"
     "Rivals in Asia make the same parts for a third less.\n\n"
     "All 6,200 employees will get a bonus this year, management said.", "6,200 employees", "CZ"),
]

DIFFERENCES_CLEAN = [
    ("Once the 420 clinics are complete, the ministry expects visits to double; the plan was for 240 clinics "
     "when it began, and 180 more were added in 2023.", "KH"),
    ("A charity has built 36 schools in Wolaita over five years, its director said.\n\n"
     "Two new schools opened in October, and the 38 schools now teach 18,000 pupils.", "ET"),
    ("A local charity has finished 36 primary schools in the hills of Kaffa, its director said.\n\n"
     "Two more schools were finished in October, and it now plans to fit the 38 schools with solar lamps.",
     "ET"),
    ("The agency has drilled 64 boreholes in Turkana since 2021.\n\n"
     "Another two boreholes were added this month, and herders say the 66 boreholes have halved the walk.",
     "KE"),
]


@pytest.mark.parametrize("text,figure,country", DIFFERENCES)
def test_difference_of_another_noun_explains_nothing(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", DIFFERENCES_CLEAN)
def test_difference_of_the_class_explains(text, country):
    assert consistency(text, country) == []


# -- 3. the story's own employer ------------------------------------------------------------------------

EMPLOYERS = [
    ("Workers at Ferrovia Lucchese walked out on Monday over a plan to cut 600 jobs.\n\n"
     "The company employs about 2,700 people at two plants near Lucca.\n\n"
     "\"Of Ferrovia Lucchese's 7,200 employees, half live in the valley,\" the mayor said.",
     "7,200 employees", "IT"),
    ("Brasserie Maelbeek, the city's last family brewer, plans to shut its bottling hall.\n\n"
     "The brewer has 1,480 staff, most of them in Brussels.\n\n"
     "Unions said Maelbeek's 1,840 workers would strike on Friday.", "1,840 workers", "BE"),
    ("Talleres Ondarroa said on Tuesday it would move part of its assembly to Morocco.\n\n"
     "The firm, which employs 5,300 people in the Basque Country, lost money last year.\n\n"
     "Talleres Ondarroa's 3,500 workers were told of the plan by video.", "3,500 workers", "ES"),
    ("Nordvik Marine has won a contract for six ferries, the shipyard said.\n\n"
     "It has a workforce of some 960 people at its yard in Ulsteinvik.\n\n"
     "For Nordvik's 690 employees, the order means work until 2029.", "690 employees", "NO"),
    ("Kowloon Precision Tools will close its Shenzhen line, the group said on Friday.\n\n"
     "The group employs 2,150 people in Hong Kong and Guangdong.\n\n"
     "Managers briefed Kowloon Precision Tools' 2,510 employees on Friday afternoon.", "2,510 employees", "HK"),
]

EMPLOYERS_CLEAN = [
    ("Workers at Ferrovia Lucchese walked out on Monday over a plan to cut 600 jobs.\n\n"
     "The company employs about 2,700 people at two plants near Lucca.\n\n"
     "Its rival Carrozzeria Pisana, which buys its axles, has 7,900 employees; "
     "\"of Carrozzeria Pisana's 7,900 employees, half live here,\" the mayor said.", "IT"),
    ("Brasserie Maelbeek, the city's last family brewer, plans to shut its bottling hall.\n\n"
     "The brewer has 1,480 staff, most of them in Brussels.\n\n"
     "Heineken's 1,950 workers in the region are not affected.", "BE"),
]


@pytest.mark.parametrize("text,figure,country", EMPLOYERS)
def test_own_employer_workforce(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", EMPLOYERS_CLEAN)
def test_other_employer_workforce(text, country):
    assert consistency(text, country) == []


# -- 4. the thing's capacity of N beds ---------------------------------------------------------------

CAPACITIES = [
    ("The project will add 24 intensive care rooms to the 212-bed hospital, officials said.\n\n"
     "The chief executive said the expansion would not change the hospital's licensed capacity of 236 beds.",
     "236 beds", "US"),
    ("Mercy General, a 340-bed hospital, will open a new maternity wing in May.\n\n"
     "The wing will not alter the hospital's total of 430 beds, a spokeswoman said.", "430 beds", "US"),
    ("A 180-bed district hospital opened in Mubende on Monday.\n\n"
     "The hospital's capacity of 810 beds will be reached in stages, the minister said.", "810 beds", "UG"),
    ("The 1,250-room resort opened on Saturday after three years of building.\n\n"
     "With its total of 1,520 rooms, it is the largest hotel on the island.", "1,520 rooms", "MV"),
    ("Officials toured the 420-bed teaching hospital in Enugu.\n\n"
     "The facility's official capacity of 402 beds is often exceeded during outbreaks, doctors said.",
     "402 beds", "NG"),
]

CAPACITIES_CLEAN = [
    ("The project will add 24 intensive care rooms to the 212-bed hospital, officials said.\n\n"
     "Once the wing opens, the hospital's licensed capacity of 236 beds will be the largest in the region.",
     "US"),
    ("Mercy General, a 340-bed hospital, will open a new maternity wing in May.\n\n"
     "The county's total of 510 beds across three hospitals is below the state average.", "US"),
]


# the thing as the subject of its own measure refers back as "the" does
CAPACITIES += [
    ("The 212-bed hospital will add an intensive care wing.\n\n"
     "The hospital has 236 licensed beds and will not add more, its chief executive said.", "236", "US"),
    ("Nyeri's referral hospital, a 380-bed facility, will get a new oxygen plant.\n\n"
     "The hospital, which has 308 beds, treats patients from five counties.", "308", "KE"),
    ("The firm employs 1,920 people at its two mills in Tampere.\n\n"
     "The firm has 1,290 employees on permanent contracts, the union said.", "1,290", "FI"),
]
CAPACITIES_CLEAN += [
    ("The firm employs 1,920 people at its two mills in Tampere.\n\n"
     "The firm now has 1,290 employees after years of cuts, the union said.", "FI"),
    ("A charity has completed 36 primary schools in Sidama, its director said.\n\n"
     "The district has 38 schools in all, most of them built by the government.", "ET"),
    ("The 212-bed hospital will add an intensive care wing.\n\n"
     "The other hospital in town has 236 beds and no intensive care unit.", "US"),
]


@pytest.mark.parametrize("text,figure,country", CAPACITIES)
def test_capacity_refers_back(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", CAPACITIES_CLEAN)
def test_capacity_clean(text, country):
    assert consistency(text, country) == []


# -- 5. a section is the story's one measured road -----------------------------------------------------

SECTIONS = [
    ("A 142-kilometre section of the Trans-Borneo highway will open next month, the operator said.\n\n"
     "Hauliers welcomed it but said the 124-km road needed links to the north.", "124-km", "ID"),
    ("The 86km stretch between Hue and Da Nang is due to open in June.\n\n"
     "Tolls on the 68km expressway will be set by the ministry.", "68km", "VN"),
    ("Contractors have finished a 312-mile segment of the pipeline across the plains.\n\n"
     "Landowners along the 321-mile pipeline were paid in advance.", "321-mile", "US"),
    ("Traffic on the new 47km section of the ring road will be free for a month.\n\n"
     "Engineers said the 74km road was built on soft clay.", "74km", "KE"),
    ("Work on a 230-kilometre stretch of railway in the north has begun.\n\n"
     "The 203-kilometre railway will carry copper to the port, officials said.", "203-kilometre", "ZM"),
]

SECTIONS_CLEAN = [
    ("A 142-kilometre section of the Trans-Borneo highway will open next month, the operator said.\n\n"
     "The highway is planned to run for about 2,800 km, and the 2,800-km road will take a decade to finish.",
     "ID"),
    ("The 86km stretch between Hue and Da Nang is due to open in June.\n\n"
     "A separate 68km expressway to Quang Ngai opened in 2022, and tolls on the 68km expressway are lower.",
     "VN"),
    ("Traffic on the new 47km section of the ring road will be free for a month.\n\n"
     "The section was extended last year, and the 74km road now reaches the airport.", "KE"),
]


@pytest.mark.parametrize("text,figure,country", SECTIONS)
def test_section_is_the_road(text, figure, country):
    assert flags_only(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", SECTIONS_CLEAN)
def test_section_clean(text, country):
    assert consistency(text, country) == []
