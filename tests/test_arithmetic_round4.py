"""Arithmetic, round 4: the figures a named relation relates are the nearest figures of the right kind.

Six classes, each for any verb, noun and house style:
- "from A to B" whose change is named right after it (", a rise of P%", "— an increase of", ", up P%")
  is a move from A to B whatever the verb before it ("grows", "goes", "swelled");
- a measure said of the part ("within six minutes", "at 40 km/h") between a part and its share is words:
  the share is the nearest percentage;
- "of M ..., N, or P%" opening a clause after "that", "while", "but" (not only a sentence);
- parts in brackets after their names ("Inanda (78), Umlazi (71) and ...") said to be all of a total
  ("together accounted for T");
- a move in percentage points named with its noun ("a jump of N percentage points") whose two levels are
  the two shares just before it, said of two times, over a sentence break;
- a part and its share ("212 came — barely 40 percent") with no whole in its sentence: the whole is the
  one count of the sentence before.

Every case is our own sentence. A wrong one must be flagged on the figure that does not follow, its
corrected twin must stay silent, and the near-misses are legitimate copy that must stay silent.
Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _flags, _ids, _silent


# -- "from A to B", then the change named ------------------------------------------------------
# (wrong, flagged, right, country)

MOVES_FROM_TO = [
    ("The council's capital plan grows from $2.40 billion to $2.52 billion, a rise of 9 per cent.", "9 per cent",
     "The council's capital plan grows from $2.40 billion to $2.52 billion, a rise of 5 per cent.", "CA"),
    ("Ridership goes from 41,000 to 46,000 a day under the new timetable, an increase of 21%.", "21%",
     "Ridership goes from 41,000 to 46,000 a day under the new timetable, an increase of 12%.", "US"),
    ("The health board's budget swelled from £310m to £344m, an increase of 17 per cent.", "17 per cent",
     "The health board's budget swelled from £310m to £344m, an increase of 11 per cent.", "GB"),
    ("Outlay on rural roads moves from ₹12,000 crore to ₹13,800 crore, a jump of 25 per cent.", "25 per cent",
     "Outlay on rural roads moves from ₹12,000 crore to ₹13,800 crore, a jump of 15 per cent.", "IN"),
    ("The club's wage bill ballooned from €80 million to €96 million — an increase of 30 percent.", "30 percent",
     "The club's wage bill ballooned from €80 million to €96 million — an increase of 20 percent.", "DE"),
    ("Enrolment slipped from 2,400 to 2,160 pupils, a drop of 16%.", "16%",
     "Enrolment slipped from 2,400 to 2,160 pupils, a drop of 10%.", "AU"),
    ("The water utility's debt ran from KSh 8.0 billion to KSh 9.2 billion over the year, an increase of 25 per cent.",
     "25 per cent",
     "The water utility's debt ran from KSh 8.0 billion to KSh 9.2 billion over the year, an increase of 15 per cent.",
     "KE"),
    ("Average rent in the district went from $1,500 to $1,650 a month, up 15%.", "15%",
     "Average rent in the district went from $1,500 to $1,650 a month, up 10%.", "US"),
    ("Catches shrink from 620 tonnes to 496 tonnes in the forecast, a fall of 30 per cent.", "30 per cent",
     "Catches shrink from 620 tonnes to 496 tonnes in the forecast, a fall of 20 per cent.", "NZ"),
    ("The province's deficit widens from R14 billion to R21 billion, a rise of 25%.", "25%",
     "The province's deficit widens from R14 billion to R21 billion, a rise of 50%.", "ZA"),
    ("Its staff went from 1,250 to 1,500 in two years (an increase of 30 per cent).", "30 per cent",
     "Its staff went from 1,250 to 1,500 in two years (an increase of 20 per cent).", "GB"),
    ("The number of clinics goes from 12 to 15 under the plan — an increase of 35 per cent — while staff numbers "
     "go from 300 to 360.", "35 per cent",
     "The number of clinics goes from 12 to 15 under the plan — an increase of 25 per cent — while staff numbers "
     "go from 300 to 360.", "ZA"),
]

MOVES_FROM_TO_SILENT = [
    # a range, not a move: the change named is of something else or the words say a range
    "Fares ranging from $2.50 to $4.00 will rise by 10% next month.",
    "Estimates vary from 1,200 to 1,800 deaths, an increase of 40% on earlier counts.",
    "Tickets cost from £15 to £45, a rise of 5 per cent on last season's prices.",
    # a move the writer rounds
    "The operating budget grows from $1.02 billion to $1.06 billion, a rise of about 4 per cent.",
    # a from-to of years
    "Spending was frozen from 2019 to 2021, a cut of 3 per cent in real terms.",
    # the rate says another base
    "Output goes from 400 to 440 units a day, 10% more than the plant managed a year ago.",
    # one end a count, the other in cents: the ends cannot be told apart as written
    "The price of a loaf goes from 80 to 95 cents next week, a 29% rise.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", MOVES_FROM_TO, ids=_ids(MOVES_FROM_TO))
def test_a_move_from_to_with_its_change_named(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", MOVES_FROM_TO_SILENT, ids=[t[:60] for t in MOVES_FROM_TO_SILENT])
def test_ranges_and_right_moves_stay_silent(text):
    _silent(text)


# -- a measure between a part and its share ----------------------------------------------------

MEASURE_BETWEEN = [
    ("Of the 960 flights scheduled in March, 720 left within 15 minutes of their slot, or 85%.", "85%",
     "Of the 960 flights scheduled in March, 720 left within 15 minutes of their slot, or 75%.", "US"),
    ("Of the 1,500 lorries weighed, 315 were more than 2 tonnes over the limit, or 31 per cent.", "31 per cent",
     "Of the 1,500 lorries weighed, 315 were more than 2 tonnes over the limit, or 21 per cent.", "GB"),
    ("Of the 2,000 drivers stopped, 380 were doing more than 80 km/h, or 29 per cent.", "29 per cent",
     "Of the 2,000 drivers stopped, 380 were doing more than 80 km/h, or 19 per cent.", "AU"),
    ("Of the 640 calls logged, 512 were answered in under 30 seconds, or 90%.", "90%",
     "Of the 640 calls logged, 512 were answered in under 30 seconds, or 80%.", "CA"),
    ("Of the 4,000 wells tested, 1,120 were deeper than 60 metres, or 38 per cent.", "38 per cent",
     "Of the 4,000 wells tested, 1,120 were deeper than 60 metres, or 28 per cent.", "IN"),
    ("Out of the 250 ambulances sent, 205 reached the patient within eight minutes, or 72%.", "72%",
     "Out of the 250 ambulances sent, 205 reached the patient within eight minutes, or 82%.", "GB"),
    ("Of the 1,800 parcels posted, 1,350 arrived within two days, or 65 percent.", "65 percent",
     "Of the 1,800 parcels posted, 1,350 arrived within two days, or 75 percent.", "US"),
    ("Of the 300 patients, 87 waited more than four hours, or 39 per cent.", "39 per cent",
     "Of the 300 patients, 87 waited more than four hours, or 29 per cent.", "GB"),
    ("Among the 500 buses checked, 140 had tyres worn below 1.6mm, or 38%.", "38%",
     "Among the 500 buses checked, 140 had tyres worn below 1.6mm, or 28%.", "GB"),
    ("Of the 2,400 trains run, 2,160 arrived within five minutes of time (80 per cent).", "80 per cent",
     "Of the 2,400 trains run, 2,160 arrived within five minutes of time (90 per cent).", "GB"),
]

MEASURE_BETWEEN_SILENT = [
    # the percentage is of the measure, not a share of the whole
    "Of the 960 flights, 720 left within 15 minutes, or 25% faster than last year.",
    # another whole said after the share
    "Of the 1,500 lorries weighed, 315 were more than 2 tonnes over, or 31 per cent of the county's fleet.",
    # right, rounded
    "Of the 640 calls logged, 512 were answered in under 30 seconds, or about 80%.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", MEASURE_BETWEEN, ids=_ids(MEASURE_BETWEEN))
def test_a_measure_between_part_and_share_is_words(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", MEASURE_BETWEEN_SILENT, ids=[t[:60] for t in MEASURE_BETWEEN_SILENT])
def test_measure_near_misses_stay_silent(text):
    _silent(text)


# -- "of M" opening a clause after "that", "while", "but" -----------------------------------------

OF_M_IN_CLAUSE = [
    ("Records show that of 8,200 nurses in district hospitals who hold a two-year diploma, 2,050, or 31%, have "
     "been promoted.", "31%",
     "Records show that of 8,200 nurses in district hospitals who hold a two-year diploma, 2,050, or 25%, have "
     "been promoted.", "KE"),
    ("The audit found that of the 1,200 schools inspected, 300, or 35 per cent, lacked fire exits.", "35 per cent",
     "The audit found that of the 1,200 schools inspected, 300, or 25 per cent, lacked fire exits.", "GB"),
    ("Officials said that of 4,500 applicants for the three-year scheme, 1,800, or 45 percent, were approved.",
     "45 percent",
     "Officials said that of 4,500 applicants for the three-year scheme, 1,800, or 40 percent, were approved.", "US"),
    ("The study notes that of 640 farms surveyed, 224, or 45%, use drip irrigation.", "45%",
     "The study notes that of 640 farms surveyed, 224, or 35%, use drip irrigation.", "IN"),
    ("Turnout was low, while of the 90,000 people registered, 27,000, or 40 per cent, cast a postal vote.",
     "40 per cent",
     "Turnout was low, while of the 90,000 people registered, 27,000, or 30 per cent, cast a postal vote.", "IE"),
    ("The ministry admits that of 15,000 boreholes drilled since the 10-year plan began, 4,500, or 20%, have "
     "dried up.", "20%",
     "The ministry admits that of 15,000 boreholes drilled since the 10-year plan began, 4,500, or 30%, have "
     "dried up.", "NG"),
    ("Data show that of 2,500 graduates, 1,750, or 80 per cent, found work within a year.", "80 per cent",
     "Data show that of 2,500 graduates, 1,750, or 70 per cent, found work within a year.", "ZA"),
    ("Police said that of the 360 cars stopped, 54, or 25%, had no valid licence.", "25%",
     "Police said that of the 360 cars stopped, 54, or 15%, had no valid licence.", "AU"),
    ("The report found that of 11,000 loans issued under the five-year programme, 2,200, or 28 per cent, had "
     "defaulted.", "28 per cent",
     "The report found that of 11,000 loans issued under the five-year programme, 2,200, or 20 per cent, had "
     "defaulted.", "PK"),
    ("Figures show that of 48,000 homes in the valley, 12,000, or 35 percent, still lack mains water.", "35 percent",
     "Figures show that of 48,000 homes in the valley, 12,000, or 25 percent, still lack mains water.", "PH"),
]

OF_M_IN_CLAUSE_SILENT = [
    # "of" not opening a clause: a noun's complement
    "The cost of 8,200 new homes, 2,050 of them social housing, is put at 31% of the budget.",
    # another whole for the share
    "Records show that of 8,200 nurses, 2,050, or 31% of the regional workforce, have been promoted.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", OF_M_IN_CLAUSE, ids=_ids(OF_M_IN_CLAUSE))
def test_of_m_opening_a_clause(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", OF_M_IN_CLAUSE_SILENT, ids=[t[:60] for t in OF_M_IN_CLAUSE_SILENT])
def test_of_m_near_misses_stay_silent(text):
    _silent(text)


# -- parts in brackets after their names, said to be all of a total --------------------------------

BRACKETED_PARTS = [
    ("Kisumu (412), Siaya (305) and Homa Bay (288) together recorded 1,105 of the region's cases.", "1,105",
     "Kisumu (412), Siaya (305) and Homa Bay (288) together recorded 1,005 of the region's cases.", "KE"),
    ("Leeds (64), Bradford (51) and Wakefield (38) between them account for 163 of the county's closures.", "163",
     "Leeds (64), Bradford (51) and Wakefield (38) between them account for 153 of the county's closures.", "GB"),
    ("Pune (1,240), Nashik (980) and Nagpur (760) together reported 3,180 dengue cases.", "3,180",
     "Pune (1,240), Nashik (980) and Nagpur (760) together reported 2,980 dengue cases.", "IN"),
    ("Lagos (23), Kano (17) and Kaduna (12) jointly accounted for 56 of the deaths.", "56",
     "Lagos (23), Kano (17) and Kaduna (12) jointly accounted for 52 of the deaths.", "NG"),
    ("The three largest stations, Inchanga (88), Verulam (73) and Phoenix (59), together logged 240 robberies.",
     "240",
     "The three largest stations, Inchanga (88), Verulam (73) and Phoenix (59), together logged 220 robberies.",
     "ZA"),
    ("Ohio (14), Indiana (9) and Michigan (11) together lost 38 plants last year.", "38",
     "Ohio (14), Indiana (9) and Michigan (11) together lost 34 plants last year.", "US"),
    ("Gauteng (2,410), KwaZulu-Natal (1,980) and the Western Cape (1,305) together made up 5,995 of the "
     "murders.", "5,995",
     "Gauteng (2,410), KwaZulu-Natal (1,980) and the Western Cape (1,305) together made up 5,695 of the "
     "murders.", "ZA"),
    ("Cebu (41), Bohol (27), Leyte (33) and Samar (19) together counted 130 damaged bridges.", "130",
     "Cebu (41), Bohol (27), Leyte (33) and Samar (19) together counted 120 damaged bridges.", "PH"),
    ("Auckland (310), Wellington (145) and Christchurch (122) combined produced 607 of the complaints.", "607",
     "Auckland (310), Wellington (145) and Christchurch (122) combined produced 577 of the complaints.", "NZ"),
    ("Dhaka (2,140), Chattogram (1,380) and Sylhet (610) together had 4,430 confirmed cases.", "4,430",
     "Dhaka (2,140), Chattogram (1,380) and Sylhet (610) together had 4,130 confirmed cases.", "BD"),
]

BRACKETED_PARTS_SILENT = [
    # bracketed figures that are not the parts (ranks, years)
    "Kisumu (2019), Siaya (2021) and Homa Bay (2022) together recorded 1,105 cases.",
    # the list is some of the total
    "Among them, Kisumu (412), Siaya (305) and Homa Bay (288) together recorded more than half the 1,900 cases.",
    # no word that says they are all of it
    "Kisumu (412), Siaya (305) and Homa Bay (288) were the worst hit; the region recorded 1,900 cases.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", BRACKETED_PARTS, ids=_ids(BRACKETED_PARTS))
def test_bracketed_parts_said_together(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", BRACKETED_PARTS_SILENT, ids=[t[:60] for t in BRACKETED_PARTS_SILENT])
def test_bracketed_near_misses_stay_silent(text):
    _silent(text)


# -- a move in points whose two levels are the shares before it ----------------------------------

POINT_MOVES = [
    ("The survey found 310 of 500 firms, or 62 per cent, planned to hire. A year earlier, just 48 per cent said "
     "so — a jump of 24 percentage points.", "24 percentage points",
     "The survey found 310 of 500 firms, or 62 per cent, planned to hire. A year earlier, just 48 per cent said "
     "so — a jump of 14 percentage points.", "AU"),
    ("Support for the levy stands at 41%. Last year it was 55%, a fall of 4 percentage points.",
     "4 percentage points",
     "Support for the levy stands at 41%. Last year it was 55%, a fall of 14 percentage points.", "GB"),
    ("This spring 73 percent of parents said they trust the board. In 2022, 61 percent did, an increase of 22 "
     "percentage points.", "22 percentage points",
     "This spring 73 percent of parents said they trust the board. In 2022, 61 percent did, an increase of 12 "
     "percentage points.", "US"),
    ("Vaccination cover reached 88 per cent in March. Twelve months ago it stood at 79 per cent, a rise of 6 "
     "percentage points.", "6 percentage points",
     "Vaccination cover reached 88 per cent in March. Twelve months ago it stood at 79 per cent, a rise of 9 "
     "percentage points.", "KE"),
    ("Now 35% of shops accept only cards. In the previous survey 21% did — a jump of 4 percentage points.",
     "4 percentage points",
     "Now 35% of shops accept only cards. In the previous survey 21% did — a jump of 14 percentage points.", "SE"),
    ("The pass rate this year is 64.2%. In 2023 it was 58.9%, an improvement of 7.3 percentage points.",
     "7.3 percentage points",
     "The pass rate this year is 64.2%. In 2023 it was 58.9%, an improvement of 5.3 percentage points.", "ZA"),
    ("Unemployment among graduates is 9.5 per cent. Two years earlier it was 12.0 per cent, a drop of 4.5 "
     "percentage points.", "4.5 percentage points",
     "Unemployment among graduates is 9.5 per cent. Two years earlier it was 12.0 per cent, a drop of 2.5 "
     "percentage points.", "IN"),
    ("Forest cover is now 23 percent of the land. Before the programme it was 19 percent, a gain of 8 percentage "
     "points.", "8 percentage points",
     "Forest cover is now 23 percent of the land. Before the programme it was 19 percent, a gain of 4 percentage "
     "points.", "PH"),
    ("Of the 900 households polled, 540, or 60 per cent, own a car. In 2015 the figure was 44 per cent, an "
     "increase of 26 percentage points.", "26 percentage points",
     "Of the 900 households polled, 540, or 60 per cent, own a car. In 2015 the figure was 44 per cent, an "
     "increase of 16 percentage points.", "NZ"),
    ("Turnout came in at 52%. At the last election it was 67%, a decline of 5 percentage points.",
     "5 percentage points",
     "Turnout came in at 52%. At the last election it was 67%, a decline of 15 percentage points.", "CA"),
]

POINT_MOVES_SILENT = [
    # two rivals at one time: the move is one party's, its earlier level not given
    "Labour is on 42% and the Conservatives on 27%. That is a rise of 3 percentage points for Labour.",
    # three shares in reach: which two the move relates is not sure
    "Support is 41%, opposition 35% and 24% are undecided. Last year support was 38%, a rise of 3 percentage "
    "points.",
    # the level follows the move in its own sentence
    "Support stood at 41% last year. It has since seen a rise of 6 percentage points to 47%.",
    # a margin of error is not a move
    "Support is 41%. A year earlier it was 38%, with a margin of error of 3 percentage points.",
    # right
    "Support for the levy stands at 41%. Last year it was 55%, a fall of 14 percentage points.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", POINT_MOVES, ids=_ids(POINT_MOVES))
def test_a_move_in_points_across_a_sentence(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", POINT_MOVES_SILENT, ids=[t[:60] for t in POINT_MOVES_SILENT])
def test_point_move_near_misses_stay_silent(text):
    _silent(text)


# -- a share whose whole is the one count of the sentence before -----------------------------------

COUNT_BEFORE = [
    ("The clinic had 480 patients booked. On Monday 150 turned up — barely 41 per cent.", "41 per cent",
     "The clinic had 480 patients booked. On Monday 150 turned up — barely 31 per cent.", "GB"),
    ("There are 1,200 stalls in the market. Only 300 opened on Friday, or 35%.", "35%",
     "There are 1,200 stalls in the market. Only 300 opened on Friday, or 25%.", "KE"),
    ("\"We invited 250 families. Just 90 came — 46 percent,\" the organiser said.", "46 percent",
     "\"We invited 250 families. Just 90 came — 36 percent,\" the organiser said.", "US"),
    ("The union balloted its 8,000 members. Some 5,600 voted, or 60 per cent.", "60 per cent",
     "The union balloted its 8,000 members. Some 5,600 voted, or 70 per cent.", "GB"),
    ("The scheme funded 640 start-ups in its first round. So far 192 have failed, or 40%.", "40%",
     "The scheme funded 640 start-ups in its first round. So far 192 have failed, or 30%.", "IN"),
    ("The airline cancelled 2,400 flights. It has refunded 1,800 passengers' bookings — only 65 per cent.",
     "65 per cent",
     "The airline cancelled 2,400 flights. It has refunded 1,800 passengers' bookings — only 75 per cent.", "AU"),
    ("Inspectors checked 360 restaurants. They closed 54, or 25 percent.", "25 percent",
     "Inspectors checked 360 restaurants. They closed 54, or 15 percent.", "US"),
    ("The district registered 15,000 voters. On polling day 9,000 cast a ballot — barely 50 per cent.",
     "50 per cent",
     "The district registered 15,000 voters. On polling day 9,000 cast a ballot — barely 60 per cent.", "ZA"),
    ("The nursery shipped 5,000 seedlings to the ridge. Inspectors found 4,000 healthy, or 90%.", "90%",
     "The nursery shipped 5,000 seedlings to the ridge. Inspectors found 4,000 healthy, or 80%.", "NZ"),
    ("The ministry sent tablets to 2,500 schools. Only 700 use them daily — 38 per cent.", "38 per cent",
     "The ministry sent tablets to 2,500 schools. Only 700 use them daily — 28 per cent.", "PK"),
]

COUNT_BEFORE_SILENT = [
    # the share is of something else, or a change
    "The clinic had 480 patients booked. On Monday 150 turned up, or 41 per cent more than last week.",
    "There are 1,200 stalls in the market. Only 300 opened on Friday, or 35% of the traders' association.",
    "The union has 8,000 members. Turnout rose to 5,600, or 70 per cent.",
    # two counts before: which is the whole is not sure
    "The clinic had 480 patients booked and 600 on the waiting list. On Monday 150 turned up — barely 41 per cent.",
    # each count of its own time
    "There were 530 applications last year. This year 212 were approved — 52 percent.",
    "Exactly 5,000 seedlings were planted last year. This month 4,000 survive, or 90%.",
    # another place than the whole's
    "The agency inspected 1,650 schools. In Turkana, 412 lacked water, or 62 per cent.",
    # a whole smaller than the part
    "The firm has 120 staff. Last year it hired 150, or 41 per cent of applicants.",
    # right
    "There are 1,200 stalls in the market. Only 300 opened on Friday, or 25%.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", COUNT_BEFORE, ids=_ids(COUNT_BEFORE))
def test_a_share_of_the_count_before(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", COUNT_BEFORE_SILENT, ids=[t[:60] for t in COUNT_BEFORE_SILENT])
def test_count_before_near_misses_stay_silent(text):
    _silent(text)


# -- more of the same principle: the change, share or sum named, whatever stands between ---------

NAMED_RELATIONS = [
    # a dash before the change named does not end the clause
    ("Membership is 5,200, up from 4,600 a year ago — a 30% increase.", "30%",
     "Membership is 5,200, up from 4,600 a year ago — a 13% increase.", "GB"),
    ("Fees rose from £4,600 to £5,200 — or 30 per cent — over three years.", "30 per cent",
     "Fees rose from £4,600 to £5,200 — or 13 per cent — over three years.", "GB"),
    ("Rents climbed to ₹26,000 from ₹20,000 — a 40 per cent jump in two years.", "40 per cent",
     "Rents climbed to ₹26,000 from ₹20,000 — a 30 per cent jump in two years.", "IN"),
    # the level straight before "from" its base
    ("Turnover of the firm's 12 stores reached €5.2m from €4.6m a year earlier, a rise of 30%.", "30%",
     "Turnover of the firm's 12 stores reached €5.2m from €4.6m a year earlier, a rise of 13%.", "IE"),
    ("Exports hit Tk 52,000 crore from Tk 46,000 crore in the previous year, an increase of 30 per cent.",
     "30 per cent",
     "Exports hit Tk 52,000 crore from Tk 46,000 crore in the previous year, an increase of 13 per cent.", "BD"),
    # a bare base takes the currency of its level
    ("Wages were raised from 4,600 to 5,200 rupees a month, a hike of 30 per cent.", "30 per cent",
     "Wages were raised from 4,600 to 5,200 rupees a month, a hike of 13 per cent.", "PK"),
    ("The daily allowance goes up from 800 to 1,000 pesos, a 40 percent increase.", "40 percent",
     "The daily allowance goes up from 800 to 1,000 pesos, a 25 percent increase.", "PH"),
    # "P% more than the N"
    ("The hospital saw 1,420 patients in its first week, 40 percent more than the 1,180 it expected.",
     "40 percent",
     "The hospital saw 1,420 patients in its first week, 20 percent more than the 1,180 it expected.", "US"),
    ("The mill crushed 9,000 tonnes, 25 per cent less than the 10,000 tonnes it managed last season.",
     "25 per cent",
     "The mill crushed 9,000 tonnes, 10 per cent less than the 10,000 tonnes it managed last season.", "AU"),
    # a sample named with "of", then its part and share
    ("The survey of 1,240 adults found 806, or 55%, had skipped a meal in the past 30 days.", "55%",
     "The survey of 1,240 adults found 806, or 65%, had skipped a meal in the past 30 days.", "US"),
    ("A poll of 2,000 voters in the 12 districts found 560, or 38 per cent, undecided.", "38 per cent",
     "A poll of 2,000 voters in the 12 districts found 560, or 28 per cent, undecided.", "GB"),
    # a whole said to comprise its parts
    ("The 91 medals comprised 41 gold, 27 silver and 13 bronze.", "91",
     "The 81 medals comprised 41 gold, 27 silver and 13 bronze.", "NG"),
    ("The delegation of 64 consists of 30 athletes, 22 coaches and 2 doctors.", "64",
     "The delegation of 54 consists of 30 athletes, 22 coaches and 2 doctors.", "KE"),
]

NAMED_RELATIONS_SILENT = [
    # a count of another thing before the part
    "The survey of 1,240 schools found 806 teachers, or 55%, had no contract.",
    # a change, not a share
    "The survey of 1,240 firms found profits rose to 806, or 55%.",
    # "more than" as a bound, not a comparison of two figures
    "The hospital saw more than 1,420 patients, 40 percent of them children.",
    # the base of "more than" is another thing's
    "Women made up 1,420 of the applicants, 40 percent more than men, whose 1,180 applications came late.",
    # a dash that opens an aside with its own figures
    "Fees rose from £4,600 to £5,200 — or £600 — over three years.",
]


@pytest.mark.parametrize("wrong, flagged, right, country", NAMED_RELATIONS, ids=_ids(NAMED_RELATIONS))
def test_named_relations_whatever_stands_between(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text", NAMED_RELATIONS_SILENT, ids=[t[:60] for t in NAMED_RELATIONS_SILENT])
def test_named_relation_near_misses_stay_silent(text):
    _silent(text)


TALLIES_SILENT = [
    # rival tallies, each with its share of the votes cast: no count is the whole of another
    "Khan took 1,088,225 votes, or 43.8%, against 812,397, or 32.7%, for the Conservative candidate.",
    "The incumbent obtained 19,604 votes. An independent candidate got 942 votes (2.10 per cent).",
    "Kufuor had 3,104,393, representing 48.44 percent, and Mills, who had 2,871,051, representing 44.8 percent.",
    "The sitting MP won 15,902 votes (39.9 per cent), and an independent candidate took 5,556 (13.9 per cent).",
]


@pytest.mark.parametrize("text", TALLIES_SILENT, ids=[t[:60] for t in TALLIES_SILENT])
def test_rival_tallies_stay_silent(text):
    _silent(text)
