"""Arithmetic, round 8: the readers widened to the figures' kind and counted noun, not a sentence frame.

- a multiple said in words (doubled, more than tripled, nearly halved, twice as many ... as a time, a fourfold
  rise) whose before and after figures stand in the sentences around it, in either order (multiples_across.py);
- the tallies of a body (seats, wards, members) set against its size written as a compound ("the 80-ward
  corporation", "the 120-member assembly"), flagged when they add up to more (bodies.py);
- a party's tally said with its backers ("with the support of five independents ... 41 seats") held to its own
  seats plus theirs (bodies.py).

Every case is our own sentence, in several house styles. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import arithmetic

# (text, the figure flagged, country)
MULTIPLES = [
    ("Admissions to the children's ward at Kelby General have doubled in four years, hospital data show.\n\n"
     "The ward admitted 3,100 children in 2020, rising to 4,050 last year.", "doubled", "GB"),
    ("Burglaries in the borough more than doubled over the decade.\n\n"
     "Police recorded 2,480 burglaries in 2014 and 3,960 in 2024, according to the annual report.", "more than doubled", "GB"),
    ("Enrolment at the district's technical colleges has tripled since 2018. In 2018 the colleges enrolled 6,200 "
     "students; this year they enrolled 11,900 students.", "tripled", "IN"),
    ("The number of electric buses on city routes has doubled. The fleet stood at 140 buses in January 2023 and now "
     "numbers 196 buses, the transport authority said.", "doubled", "AU"),
    ("Water disconnections halved last year. Utility figures show 8,400 households were disconnected in 2023, "
     "compared with 6,900 households in 2024.", "halved", "ZA"),
    ("Applications for the scholarship nearly tripled this year, the foundation said. It received 1,200 "
     "applications in 2024 and 2,050 applications in 2025.", "nearly tripled", "KE"),
    ("There are now twice as many food banks in the region as five years ago.\n\n"
     "The network counted 61 food banks in 2020; it counts 94 food banks today.", "twice", "GB"),
    ("Complaints about the rail operator have more than doubled, from 5,300 complaints in 2022.\n\n"
     "Last year passengers lodged 8,100 complaints with the regulator.", "more than doubled", "GB"),
    ("Cases of dengue have doubled this season. Health officials recorded 12,400 cases by the end of August, up "
     "from 9,100 cases over the same period last year.", "doubled", "PH"),
    ("Hate-crime reports across the county have doubled since 2019, police say. Officers logged 870 reports in "
     "2019; the figure for 2024 was 1,140.", "doubled", "GB"),
    ("The tribunal's backlog has doubled in two years, with 41,000 cases waiting at the end of March. Two years "
     "ago 27,500 cases were waiting.", "doubled", "AU"),
    ("Mortgage arrears cases in the region have doubled over two years. There were 1,760 arrears cases in 2022. "
     "By 2024 there were 2,430 arrears cases.", "doubled", "IE"),
    ("Wildlife rangers say poaching incidents in the park nearly doubled in a year — rangers logged 212 incidents "
     "in 2023 and 296 incidents in 2024.", "nearly doubled", "KE"),
    ("Online fraud complaints rose fourfold in five years, the cyber cell said. It received 2,300 complaints in "
     "2019 and 5,900 complaints in 2024.", "four", "IN"),
    ("The charity now supports twice as many families as it did two years ago. It helped 1,340 families in 2023; "
     "this year it is helping 1,880 families.", "twice", "NZ"),
    ("Cycle journeys across the bridge have doubled, the city says, with 9,400 journeys a day counted this year. "
     "Three years ago the counters recorded 7,100 journeys a day.", "doubled", "NL"),
    ("Student visa refusals have doubled since 2021. Refusals stood at 18,200 in 2021 and at 26,900 in 2024, "
     "department data show.", "doubled", "AU"),
]

MULTIPLES_SILENT = [
    # the figures fit the word, to its hedge
    ("Admissions to the children's ward at Kelby General have doubled in four years, hospital data show.\n\n"
     "The ward admitted 3,100 children in 2020, rising to 6,150 last year.", "GB"),
    ("Burglaries in the borough more than doubled over the decade.\n\n"
     "Police recorded 2,480 burglaries in 2014 and 5,160 in 2024, according to the annual report.", "GB"),
    ("Applications nearly doubled this year. The office received 1,200 applications in 2024 and 2,300 "
     "applications in 2025.", "KE"),
    ("Deaths on the road have nearly halved, from 410 deaths in 2015 to 230 deaths in 2024.", "FR"),
    # another thing, another place, another period
    ("Rents in the city have doubled in a decade. Meanwhile the council's housing list grew from 3,100 families "
     "to 4,050 families.", "GB"),
    ("The fine for littering has doubled. The council also said 3,100 fines were issued in 2023 and 4,050 in 2024.", "GB"),
    ("Enrolment has tripled since 2010. In 2018 the colleges enrolled 6,200 students; this year 11,900 students "
     "enrolled.", "IN"),
    ("The company doubled its dividend. Profit rose from $3.1m to $4.05m.", "AU"),
    ("Visitor numbers doubled in the 1990s. The museum now draws 410,000 visitors a year, up from 330,000 in 2015.", "GB"),
    ("Membership doubled in the club's first decade. Today it has 2,300 members, up from 1,900 members in 2020.", "GB"),
    ("The number of wards doubled after the 2015 boundary review. In the 2020 election the party won 31 wards; "
     "this time it won 44 wards.", "IN"),
    ("Cases doubled in the northern district. Across the state, 12,400 cases were recorded in August against "
     "9,100 in July.", "IN"),
    ("Arrests doubled in the city centre. Elsewhere in the county officers made 1,200 arrests in 2023 and 1,450 "
     "arrests in 2024.", "GB"),
    ("Screening rates doubled among men aged 50 to 60. Overall 8,200 people were screened in 2023 and 9,900 in 2024.", "GB"),
    # not a measured multiple: the future, a wish, another sense, two groups
    ("The government plans to double the number of teachers. There were 41,000 teachers in 2020 and 44,500 "
     "teachers in 2024.", "KE"),
    ("The fleet will double by 2030. It had 140 buses in 2022 and 196 buses in 2024.", "AU"),
    ("The town doubled as a film set in 1998. Its population grew from 3,100 residents in 2010 to 4,050 residents "
     "in 2020.", "GB"),
    ("There are twice as many women as men on the course. It enrolled 340 students in 2023 and 410 students in 2024.", "AU"),
    ("Sales of the device have doubled, the maker said, without giving figures. Its share price rose from 140 "
     "pence to 196 pence.", "GB"),
]

BODIES = [
    ("The BJP won 38 wards, the Congress 27, the AAP nine and independents eight in the 80-ward corporation.", "80", "IN"),
    ("Labour took 22 seats, the Conservatives 19 and the Liberal Democrats 14 on the 51-seat council.", "51", "GB"),
    ("In the 120-member assembly, the ruling alliance won 64 seats, the opposition front 49 and smaller parties 11.",
     "120", "IN"),
    ("The results gave the Greens 12 seats, Labour 15 and the Nationals 8.\n\nThe 33-seat chamber meets next month.",
     "33", "AU"),
    ("Results: BJP 38 wards, Congress 27, AAP 9, independents 8. The civic body, an 80-ward house, elects its mayor "
     "next month.", "80", "IN"),
    ("The Liberals took 47 seats, Labor 35 and the crossbench 10 in the 88-seat Legislative Assembly.", "88", "AU"),
    ("On the 60-member council the ruling front won thirty-two seats, the opposition twenty-four and others six.",
     "60", "IN"),
    ("In the 70-ward municipal corporation, the Shiv Sena won 31 wards, the BJP 26 and the NCP 16.", "70", "IN"),
    ("The Greens won nine seats and Labour 14 on the 21-seat council.", "21", "NZ"),
    # the size said as a noun
    ("The ANC won 23 seats and the DA 18, while the EFF took nine of the council's 48 seats.", "48", "ZA"),
    ("The assembly has 90 members. The ruling party won 52 seats, the opposition 33 and independents seven.", "90", "IN"),
    ("In a house of 225 seats, the NPP secured 159 seats, the SJB 40 and smaller parties 30.", "225", "LK"),
    ("The corporation has 100 wards; the BJP bagged 55 wards, the SP 38 and the BSP 9.", "100", "IN"),
    # a tally with its backers
    ("The party secured 34 of the 60 wards. With the support of five independents, it now commands 41 seats.",
     "41", "IN"),
    ("The coalition won 88 seats. Backed by seven independents, it has 97 seats in the new parliament.", "97", "KE"),
    ("With the backing of three independents, the Alliance now controls 29 seats. The Alliance won 24 seats in "
     "Thursday's vote.", "29", "GB"),
    ("ODM won 14 seats in the county assembly. Backed by four nominated members, the party has 20 seats, officials "
     "said.", "20", "KE"),
]

BODIES_SILENT = [
    ("The BJP won 38 wards, the Congress 27, the AAP nine and independents six in the 80-ward corporation.", "IN"),
    ("The BJP won 38 wards, the Congress 27 and the AAP nine in the 80-ward corporation, with others taking the rest.",
     "IN"),
    ("The Liberals took 47 seats, Labor 35 and the crossbench 6 in the 88-seat Legislative Assembly.", "AU"),
    ("In the 80-ward corporation the BJP won 38 wards in 2020 and 44 wards in 2025.", "IN"),
    ("In the 70-ward corporation, the Shiv Sena won 31 wards in 2017 and 44 wards in 2022.", "IN"),
    ("Among the 80 councillors, 41 are first-timers and 36 are women.", "IN"),
    ("In the 60-seat council, 35 seats went to women and 32 to first-time candidates.", "GB"),
    ("The 250-bed hospital treated 180 patients in March and 190 in April.", "AU"),
    ("The 15-member committee held 12 meetings, heard 9 witnesses and made 6 recommendations.", "GB"),
    ("The 40-member squad includes 22 forwards, 14 backs and 6 goalkeepers.", "ZA"),
    ("Labour won 22 seats on the 51-seat council last time; this time it took 19 seats, the Conservatives 18 and "
     "the Greens 14.", "GB"),
    ("The ANC won 23 seats and the DA 14, while the EFF took nine of the council's 48 seats.", "ZA"),
    ("The assembly has 90 members. The ruling party won 52 seats in 2019 and 61 seats in 2024.", "IN"),
    ("The corporation has 100 wards; 55 councillors are women and 52 are first-timers.", "IN"),
    ("The party's 120 members met on Sunday; 70 members backed the leader and 45 members opposed him.", "IN"),
    ("The party secured 34 of the 60 wards. With the support of five independents, it now commands 39 seats.", "IN"),
    ("The party secured 34 of the 60 wards. With the support of five independents and two BSP members, it now "
     "commands 41 seats.", "IN"),
    ("The BJP won 34 of the 60 wards. With the support of five independents, who met the governor on Sunday, the "
     "BJP now has 39 seats.", "IN"),
]


def _ids(cases):
    return [c[0][:50] for c in cases]


@pytest.mark.parametrize("text,flagged,country", MULTIPLES + BODIES, ids=_ids(MULTIPLES + BODIES))
def test_flagged(text, flagged, country):
    found = arithmetic(text, country)
    assert any(flagged.lower() in f.text.lower() for f in found), [(f.rule, f.text, f.message) for f in found]


@pytest.mark.parametrize("text,country", MULTIPLES_SILENT + BODIES_SILENT, ids=_ids(MULTIPLES_SILENT + BODIES_SILENT))
def test_silent(text, country):
    found = arithmetic(text, country)
    assert not found, [(f.rule, f.text, f.message) for f in found]
