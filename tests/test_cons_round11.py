"""Consistency, round 11: classes from the b53-b56/p3 training misses and the one false alarm, in the tests' own words.

Classes: a figure dated to a past month and year ("recorded in March 2019") is another time's, not the story's
thing given again; another incident named in between owns a toll only if its sentence tells of casualties ("40
other blocks are unsafe" owns no dead); a restriction that picks a subset ("the 880 nurses affected") cannot be
larger than its whole; two figures for one named phase ("in its first phase") are one thing; a plain "the N
<noun>" refers back to the story's count past another thing named earlier (but "its", "there", a thing named in
the sentence before, or named again, may own it); an aside that opens with a count ("14 of them children")
between the dead and their verb; a spaced dash after a dateline is no minus sign; a capacity told as "with
capacity for", "room for", "space for"; a staff named by its trade ("a teaching staff of 3,100") counts that
trade; the firm speaking in a quote ("We have 3,200 skilled people here") gives its own workforce; a count for
the whole world or group ("worldwide") is another scope than one site's."""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags

CAUGHT = [
    # a toll given again past things that owned no dead
    ("At least 31 people were killed when a market roof caved in on Friday, police said.\n\n"
     "Engineers have marked 40 other blocks nearby as unsafe.\n\nRelatives of the 13 people confirmed dead gathered "
     "at the mortuary.", "13 people"),
    ("Rescuers said 46 people died after a hostel collapsed in the old town.\n\n"
     "Inspectors found two other hostels with cracked pillars.\n\nThe 64 people killed were mostly students.",
     "64 people"),
    ("A crane fell on a bus stop, killing 18 people, the fire service said.\n\n"
     "Three other cranes on the site were stopped.\n\nA vigil was held for the 81 victims on Sunday.", "81 victims"),
    # a subset larger than its whole
    ("The four colleges employ 520 lecturers between them.\n\nThe union will brief the 590 lecturers affected "
     "on Friday.", "590 lecturers"),
    ("The hospital group has 2,300 nurses on its books.\n\nA neighbouring clinic will share its car park.\n\n"
     "Talks ran late.\n\nManagers met the 2,750 nurses affected by the rota change.", "2,750 nurses"),
    ("The mill employs 1,450 workers, the owners said.\n\nThe union said the 1,720 workers laid off would get "
     "three months' pay.", "1,720 workers"),
    # one named phase
    ("Ministers approved a new cancer centre with 220 beds in its first phase.\n\nIt will cost Rs 900 crore.\n\n"
     "Tenders for the 260 beds in the first phase go out in May.", "260 beds"),
    ("The port's new terminal will have 14 berths in its initial stage, the authority said.\n\n"
     "Dredging for the 18 berths in the first stage starts in May.", "18 berths"),
    ("The estate will have 640 flats in its first phase.\n\nBuyers for the 460 flats in the first phase will be "
     "chosen by ballot.", "460 flats"),
    # a plain "the N" refers back past another thing named before
    ("The 14 schools together employ 910 teachers.\n\nOne principal said his school would absorb a neighbouring "
     "campus.\n\n\"We will keep every job,\" he said.\n\nThe union met the 1,090 teachers on Monday.",
     "1,090 teachers"),
    # an aside that opens with a count
    ("LAE - Thirty-one people, 12 of them children, died when floodwater swept through a village on Tuesday.\n\n"
     "Officials said the names of the 37 victims would be published.", "37 victims"),
    ("Nineteen miners, three of whom were contractors, died in the blast, the company said.\n\n"
     "Families of the 23 victims were told on Friday.", "23 victims"),
]

CAUGHT += [
    # capacity phrases
    ("The academy is planned for 840 students.\n\nIts governors said the school, with capacity for 480 students, "
     "would open in stages.", "480 students"),
    ("A new secondary school will have room for 1,250 pupils from 2027.\n\nThe new building, with room for "
     "1,520 pupils, will be built on the old depot site.", "1,520 pupils"),
    ("The district will build a new school with space for 630 learners.\n\nOfficials said the school, with space "
     "for 360 learners, would relieve two crowded campuses.", "360 learners"),
    # a staff named by its trade
    ("The district has a teaching staff of 3,100, the board said.\n\nUnion leaders said all 1,300 teachers would "
     "strike on Monday.", "1,300 teachers"),
    ("The hospital has a nursing staff of 1,840.\n\nManagers wrote to all 1,480 nurses on Friday.", "1,480 nurses"),
    # the firm speaking in a quote
    ('The plant employs 2,300 people.\n\n"We have 3,200 skilled people here," the managing director said.',
     "3,200 skilled people"),
    ('The brewery employs 640 people in the town.\n\n"We now employ 460 people, and we want to stay," its '
     'chief executive said.', "460 people"),
]

CAUGHT += [
    # one phase, however it is named
    ("The board approved a new clinic. Its first phase will have 180 beds.\n\nBids for the 210 beds in the first "
     "phase close in June.", "210 beds"),
    ("The board approved a new clinic with 180 beds in phase one.\n\nBids for the 210 beds in the first phase "
     "close in June.", "210 beds"),
    # a subset however it is said
    ("The nine colleges employ 830 lecturers.\n\nThe union will meet the 920 lecturers whose posts are affected "
     "on Saturday.", "920 lecturers"),
    ("The nine colleges employ 830 lecturers.\n\nThe union will meet all 920 lecturers involved in the mergers "
     "on Saturday.", "920 lecturers"),
]

CAUGHT += [
    # a change still to come starts from the workforce now
    ("The mill will lift its headcount from 4,600 to about 5,000 by 2027, the owners said.\n\n"
     "All 6,400 people currently on the payroll will be retrained.", "6,400 people"),
    ("The expansion is set to take the plant's workforce from about 1,850 to some 2,400 over the coming years.\n\n"
     '"We have 1,580 skilled people here," the plant manager said.', "1,580 skilled people"),
]

SILENT = [
    # another time, dated by month and year
    ("The airport handled 3.9 million passengers in January, the operator said.\n\n"
     "That was 82 per cent of the 4.75 million passengers recorded in January 2019.", "2024-02-20"),
    ("The port moved 1.2 million containers in the quarter.\n\n"
     "It was still short of the 1.4 million containers handled in mid-2018, before the strike.", "2024-02-20"),
    ("The museum drew 410,000 visitors in August.\n\nThat compares with the 520,000 visitors it had during "
     "August 2019.", "2024-09-20"),
    # another incident with casualties owns its own toll
    ("At least 31 people were killed when a market roof caved in on Friday.\n\n"
     "Two other buildings collapsed in the city last year, killing dozens.\n\nThe 13 people killed in that "
     "collapse were traders.", "2025-03-10"),
    # a part, smaller than its whole, stays a part
    ("The four colleges employ 520 lecturers between them.\n\nThe union will brief the 310 lecturers affected "
     "next week.", "2025-03-10"),
    ("The mill employs 1,450 workers.\n\nThe 600 workers laid off will get three months' pay.", "2025-03-10"),
    # another phase
    ("Ministers approved a new cancer centre with 220 beds in its first phase.\n\n"
     "The 260 beds in the second phase will follow by 2031.", "2025-03-10"),
    ("The estate will have 640 flats in its first phase.\n\nThe 700 flats in the next phase will be sold "
     "later.", "2025-03-10"),
    # another thing that owns the count
    ("The company said its 2,400 workers would strike.\n\nA rival mill nearby also halted work. "
     "All 3,400 employees went home.", "2025-01-01"),
    ("The 14 schools together employ 910 teachers.\n\nA neighbouring academy has also been told to merge; "
     "the academy's 1,090 teachers were told on Monday.", "2025-03-10"),
    ("The firm employs 910 engineers in Pune.\n\nA second campus opened in Hyderabad, and the 1,090 engineers "
     "there started work on Monday.", "2025-03-10"),
    ("The board approved a new clinic. Its first phase will have 180 beds.\n\nThe second phase will add 210 "
     "beds.", "2025-03-10"),
    ("The nine colleges employ 830 lecturers.\n\nThe union will meet the 310 lecturers whose posts are affected "
     "on Saturday.", "2025-03-10"),
    ("The mill will lift its headcount from 4,600 to 5,000 by 2027.\n\n"
     "All 5,000 people on the payroll by then will be retrained.", "2025-03-10"),
    ("The mill lifted its headcount from 4,600 to 6,400 last year.\n\n"
     "All 6,400 people currently on the payroll will be retrained.", "2025-03-10"),
    ("The mill will cut its workforce from 6,400 to 4,600 by 2027.\n\n"
     '"We have 6,400 people here today," the manager said.', "2025-03-10"),
    # another school, a part of the staff, the whole group
    ("The new primary school will have room for 720 pupils.\n\nA nearby school, with space for 270 children, "
     "will close.", "2025-03-10"),
    ("The district has a teaching staff of 3,100.\n\nThe 1,450 teachers who joined the strike lost a day's pay.",
     "2025-03-10"),
    ("The carmaker will hire 1,200 workers at the new plant.\n\nIts 21,000 workers worldwide build 900,000 cars "
     "a year.", "2025-03-10"),
    ('The plant employs 2,300 people.\n\n"Across our group we have 32,000 people," the managing director said.',
     "2025-03-10"),
    ("Rescuers reached 29 miners trapped underground on Monday.\n\nBy Tuesday, 21 of the 29 miners had been "
     "brought to the surface.", "2025-03-10"),
    ('The plant employs 2,300 people.\n\n"We have 2,300 people here and we will hire 400 more," she said.',
     "2025-03-10"),
    # a dateline dash and a word number: the count is the toll, not minus it
    ("LAE - Thirty-one people died when floodwater swept through a village on Tuesday.\n\n"
     "Officials said the names of the 31 victims would be published.", "2025-03-10"),
]


@pytest.mark.parametrize(("text", "figure"), CAUGHT, ids=[c[1] for c in CAUGHT])
def test_caught(text, figure):
    assert flags(consistency(text), figure)


@pytest.mark.parametrize(("text", "date"), SILENT, ids=[s[0][:40] for s in SILENT])
def test_silent(text, date):
    assert consistency(text, date=date) == []
