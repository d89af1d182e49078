"""Arithmetic, round 5: one reader of lists and their totals, and gaps in points between two shares.

A list is two or more figures of one kind and unit (money in one currency, counts, percentages) joined by
commas, "and" or semicolons, each with a few words of its own; its total is the one figure of that kind
said to be the whole ("a total of", "in all", "bringing the total ... to", "received N ..., with ...",
"Of the N", "a N-strong", a whole named a sentence or two before a list said to be all of it). The parts
must not add up to more than the total, nor, when the list is said to be all of it, to less.

Every case is our own sentence. A wrong one must be flagged on the figure that does not follow, its
corrected twin must stay silent, and the near-misses are legitimate copy that must stay silent.
Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _flags, _ids, _silent

# (wrong, flagged, right, country)

# a list, then its total named as such, whatever the nouns ("rooms", "suites" and "apartments" make "keys")
LIST_THEN_TOTAL = [
    ("The tower will hold 820 studio flats, 310 two-bedroom units and 95 penthouses, a total of 1,165 homes.",
     "1,165", "The tower will hold 820 studio flats, 310 two-bedroom units and 95 penthouses, a total of 1,225 homes.",
     "GB"),
    ("The ship carries 1,450 inside cabins, 620 balcony cabins and 130 suites, for a total of 2,150 staterooms.",
     "2,150", "The ship carries 1,450 inside cabins, 620 balcony cabins and 130 suites, for a total of 2,200 staterooms.",
     "US"),
    ("Organisers expect 3,200 athletes; 1,100 coaches; and 640 officials: 4,740 accredited people in all.",
     "4,740", "Organisers expect 3,200 athletes; 1,100 coaches; and 640 officials: 4,940 accredited people in all.",
     "AU"),
    ("There are 48 primary schools, 19 secondary schools and seven colleges in the district — 80 institutions altogether.",
     "80", "There are 48 primary schools, 19 secondary schools and seven colleges in the district — 74 institutions altogether.",
     "KE"),
    ("The fleet is made of 212 diesel buses, 96 hybrids and 40 electric buses, giving the operator 338 vehicles combined.",
     "338", "The fleet is made of 212 diesel buses, 96 hybrids and 40 electric buses, giving the operator 348 vehicles combined.",
     "NZ"),
    ("The complex, valued at Dh2.1 billion ($572 million), offers 640 hotel rooms, 210 suites and 150 branded residences, "
     "a total of 980 keys across three towers.", "980",
     "The complex, valued at Dh2.1 billion ($572 million), offers 640 hotel rooms, 210 suites and 150 branded residences, "
     "a total of 1,000 keys across three towers.", "AE"),
]

# allocations of money, then "bringing the total ... to T", with asides and figures of other kinds between
ALLOCATIONS_THEN_TOTAL = [
    ("The mayor said KSh 42 million had been set aside for drainage, KSh 31 million for street lights, including 400 "
     "solar lamps, and KSh 18 million for a new clinic, bringing the total development budget to KSh 97 million.",
     "KSh 97 million",
     "The mayor said KSh 42 million had been set aside for drainage, KSh 31 million for street lights, including 400 "
     "solar lamps, and KSh 18 million for a new clinic, bringing the total development budget to KSh 91 million.", "KE"),
    ("Rs 120 crore goes to irrigation, Rs 85 crore to rural roads and Rs 40 crore to school buildings, taking the "
     "district's capital outlay to Rs 255 crore.", "Rs 255 crore",
     "Rs 120 crore goes to irrigation, Rs 85 crore to rural roads and Rs 40 crore to school buildings, taking the "
     "district's capital outlay to Rs 245 crore.", "IN"),
    ("£6.2m will be spent on potholes, £4.1m on bus lanes and £1.9m on cycle parking, which brings total highways "
     "spending to £11.6m.", "£11.6m",
     "£6.2m will be spent on potholes, £4.1m on bus lanes and £1.9m on cycle parking, which brings total highways "
     "spending to £12.2m.", "GB"),
    ("The board approved $3.4 million for pumps, $2.6 million for new mains and $1.1 million for meters, making a "
     "total of $7.6 million.", "$7.6 million",
     "The board approved $3.4 million for pumps, $2.6 million for new mains and $1.1 million for meters, making a "
     "total of $7.1 million.", "US"),
    ("Of the grant, N2.4 billion is for classrooms, N1.5 billion for textbooks and N0.8 billion for teacher training, "
     "a combined N5.2 billion.", "N5.2 billion",
     "Of the grant, N2.4 billion is for classrooms, N1.5 billion for textbooks and N0.8 billion for teacher training, "
     "a combined N4.7 billion.", "NG"),
]

# a total said first, then "with" / a colon / "of whom" and a split that is all of it
TOTAL_WITH_SPLIT = [
    ("The inquiry received 2,310 written comments, with 1,180 backing the scheme, 960 against it and 250 undecided.",
     "2,310", "The inquiry received 2,310 written comments, with 1,100 backing the scheme, 960 against it and 250 undecided.",
     "GB"),
    ("Some 860 residents answered the questionnaire: 512 in favour, 301 opposed and 97 unsure.",
     "Some 860", "Some 910 residents answered the questionnaire: 512 in favour, 301 opposed and 97 unsure.", "IE"),
    ("A total of 1,420 candidates sat the exam, of whom 1,050 passed and 410 failed.",
     "1,420", "A total of 1,460 candidates sat the exam, of whom 1,050 passed and 410 failed.", "ZA"),
    ("The 64-strong squad is made up of 38 forwards and backs from the top flight and 31 development players.",
     "64", "The 69-strong squad is made up of 38 forwards and backs from the top flight and 31 development players.",
     "NZ"),
    ("Of the 540 applications, 310 were approved, 190 were refused and 60 are still pending.",
     "60 are still", "Of the 560 applications, 310 were approved, 190 were refused and 60 are still pending.", "AU"),
    ("The consultation drew 3,050 responses. Of these, 1,620 supported the plan, 1,240 opposed it and 240 had no view.",
     "240 had", "The consultation drew 3,100 responses. Of these, 1,620 supported the plan, 1,240 opposed it and 240 had no view.",
     "CA"),
]

# a whole named first, its parts said over the next sentence or two
WHOLE_THEN_PARTS = [
    ("The ministry unveiled a R96 million upgrade plan. Hospitals will get R52 million and clinics R38 million, "
     "while ambulances take the remaining R12 million.", "R12 million",
     "The ministry unveiled a R102 million upgrade plan. Hospitals will get R52 million and clinics R38 million, "
     "while ambulances take the remaining R12 million.", "ZA"),
    ("The council adopted a €62 million works programme. It is split into three parts. Streets will receive €30 million. "
     "Sewers will get €21 million. Another €16 million goes to parks.", "€62 million",
     "The council adopted a €67 million works programme. It is split into three parts. Streets will receive €30 million. "
     "Sewers will get €21 million. Another €16 million goes to parks.", "ES"),
]

# gaps in percentage points between two shares said together
POINT_GAPS_LATER = [    # not read yet: a base said with "against", and a base said in the sentence after
    ("Turnout reached 63.8 per cent, against 58.2 per cent at the last election, an increase of 7.6 points.",
     "7.6 points",
     "Turnout reached 63.8 per cent, against 58.2 per cent at the last election, an increase of 5.6 points.", "GB"),
    ("Approval of the mayor climbed to 44.6%. In March it had been 39.1%, so it rose by 7.5 percentage points.",
     "7.5 percentage points",
     "Approval of the mayor climbed to 44.6%. In March it had been 39.1%, so it rose by 5.5 percentage points.", "US"),
]

POINT_GAPS = [
    ("In the latest poll, 52.4 percent backed the reform, up from 47.1 percent in January, a gain of 7.3 percentage points.",
     "7.3 percentage points",
     "In the latest poll, 52.4 percent backed the reform, up from 47.1 percent in January, a gain of 5.3 percentage points.",
     "US"),
    ("Women made up 38.5% of new hires this year, compared with 31.9% last year — a rise of 4.6 percentage points.",
     "4.6 percentage points",
     "Women made up 38.5% of new hires this year, compared with 31.9% last year — a rise of 6.6 percentage points.", "AU"),
    ("Only 38.4 per cent of pupils said they walked to school, down from 44.1 per cent in 2019, a fall of 7.7 "
     "percentage points.", "7.7 percentage points",
     "Only 38.4 per cent of pupils said they walked to school, down from 44.1 per cent in 2019, a fall of 5.7 "
     "percentage points.", "GB"),
    ("In all, 57.0% of firms told the chamber they planned to hire, up from 49.5% a year earlier, a rise of 9.5 points.",
     "9.5",
     "In all, 57.0% of firms told the chamber they planned to hire, up from 49.5% a year earlier, a rise of 7.5 points.",
     "AU"),
    ("The pass rate was 71.3 per cent in urban schools and 64.0 per cent in rural ones, a gap of 9.3 percentage points.",
     "9.3 percentage points",
     "The pass rate was 71.3 per cent in urban schools and 64.0 per cent in rural ones, a gap of 7.3 percentage points.", "IN"),
]

# a share of "those" counted just before
SHARES_OF_THOSE = [
    ("The board wrote to 5,000 households and heard back from 1,840. Of those, 602 wanted weekly bin collections, or 38 per cent.",
     "38 per cent",
     "The board wrote to 5,000 households and heard back from 1,840. Of those, 602 wanted weekly bin collections, or 33 per cent.",
     "GB"),
    ("The survey went to 3,000 members and 1,200 replied, a response rate of 40%. Among them, 318 said they would "
     "strike, or 31%.", "31%",
     "The survey went to 3,000 members and 1,200 replied, a response rate of 40%. Among them, 318 said they would "
     "strike, or 26.5%.", "AU"),
]

NEAR_MISSES = [
    # some of a larger number
    ("The council received 1,240 submissions, including 610 in support and 540 opposed.", "NZ"),
    ("Police arrested 86 people, among them 52 men and 27 women.", None),
    # overlapping categories
    ("Rescuers pulled out 52 men and 27 women, including 14 children, a total of 79.", None),
    # a running total
    ("Twelve more bodies were found on Monday and 8 on Tuesday, bringing the total to 86.", None),
    ("The club signed 4 players in June and 3 in July, taking its summer tally to 11.", None),
    # other years or places
    ("The port handled 1,200 ships in 2023 and 1,350 in 2024; in all, 4,100 calls have been logged since 2021.", None),
    ("Kenya recorded 410 cases, Uganda 380 and Tanzania 290, while the region as a whole has seen 2,300 this year.", None),
    # ranges and rounded figures
    ("Between 300 and 400 people attended, with 120 to 150 more watching online.", None),
    ("The plan covers 1,120 standard rooms, 540 suites and 260 serviced apartments, a total of 1,920 keys.", "AE"),
    ("The tower will hold about 820 flats and 310 larger units, some 1,100 homes in all.", "GB"),
    # a list short of a total not said to be all of it
    ("The fund has $900 million. Roads will take $400 million and schools $300 million.", "US"),
    ("Of the 540 applications, 310 were approved and 190 were refused.", "AU"),
    # points between shares of different groups at other times
    ("Support stood at 41.2 percent, while opposition fell 4.4 points to 44.9 percent.", "US"),
    # a further thing counted after the list, not its total
    ("The hotel has 1,120 rooms and 540 suites, and its sister property 1,860 keys in total.", "AE"),
    # the parts are parts of something else: far from the total
    ("The squad won 21 games and drew 6, a total of 69 points.", "GB"),
    # a share of one of several counts before, at two times
    ("Applications stood at 6,200 in May and 5,900 in June. Of those, 2,480 were approved, or 40 per cent.", "AU"),
    # a share that fits the earlier count
    ("The survey went to 3,000 members and 1,200 replied. Of those, 318 said they would strike, or 10.6 per cent.", "AU"),
    # the named whole followed by some of its items only
    ("The council adopted a €62 million works programme. Streets will receive €30 million, including new lighting.", "ES"),
    ("Ministers announced a £2.5bn package. Rail will get £1.4bn. The rest has not yet been allocated.", "GB"),
    # a split list with other things counted
    ("The hospital has 400 beds, with 120 nurses and 80 doctors on its staff.", "KE"),
    ("Revenue was $5 million, with profit of $3 million and costs of $2.5 million.", "US"),
    ("Turnout was 63.8 per cent, up 5.6 points, and 58.2 per cent of voters backed the mayor.", "GB"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", LIST_THEN_TOTAL, ids=_ids(LIST_THEN_TOTAL))
def test_list_then_total(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", ALLOCATIONS_THEN_TOTAL, ids=_ids(ALLOCATIONS_THEN_TOTAL))
def test_allocations_then_total(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", TOTAL_WITH_SPLIT, ids=_ids(TOTAL_WITH_SPLIT))
def test_total_with_split(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", WHOLE_THEN_PARTS, ids=_ids(WHOLE_THEN_PARTS))
def test_whole_then_parts(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", POINT_GAPS, ids=_ids(POINT_GAPS))
def test_point_gaps(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.xfail(strict=True, reason="not read yet: a base said with 'against', or in the sentence after the move in points")
@pytest.mark.parametrize("wrong,flagged,right,country", POINT_GAPS_LATER, ids=_ids(POINT_GAPS_LATER))
def test_point_gaps_not_read_yet(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", SHARES_OF_THOSE, ids=_ids(SHARES_OF_THOSE))
def test_shares_of_those(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text,country", NEAR_MISSES, ids=[t[:60] for t, _ in NEAR_MISSES])
def test_near_misses_stay_silent(text, country):
    _silent(text, country)
