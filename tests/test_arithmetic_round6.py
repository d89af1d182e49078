"""Arithmetic, round 6: a percentage that is a typing slip of the one relation it is said of; lists set
under their whole; and two guards (an age in apposition, a figure that sizes a thing).

The slip reader (factcheck/slipped_rates.py) ties a percentage to a share or a move read without one,
however long the words between, when the percentage fits no relation of its sentence's figures and one
typing slip of it (a digit changed, two neighbours swapped) fits that relation. Every case is our own
sentence. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _flags, _ids, _silent

# (wrong, flagged, right, country)

# a share, its percentage set off after a long describing clause, one key slipped
SLIPPED_SHARES = [
    ("Just 418 of the 2,050 primary schools inspected by the education ministry's quality unit last term, or 30 per "
     "cent, had a working library.", "30 per cent",
     "Just 418 of the 2,050 primary schools inspected by the education ministry's quality unit last term, or 20 per "
     "cent, had a working library.", "GB"),
    ("Of the 1,240 small businesses that applied for the city's storefront recovery grants during the spring "
     "round, 397 — 23 percent — received the full amount.", "23 percent",
     "Of the 1,240 small businesses that applied for the city's storefront recovery grants during the spring "
     "round, 397 — 32 percent — received the full amount.", "US"),
    ("Only 58 out of 140 fans questioned outside the ground on Saturday night by supporters' trust volunteers "
     "(14%) said they would renew.", "14%",
     "Only 58 out of 140 fans questioned outside the ground on Saturday night by supporters' trust volunteers "
     "(41%) said they would renew.", "GB"),
    ("Some 2,736 of the 9,120 rural health posts in the three northern provinces visited by the inspectors, "
     "representing 40 per cent, lacked a fridge for vaccines.", "40 per cent",
     "Some 2,736 of the 9,120 rural health posts in the three northern provinces visited by the inspectors, "
     "representing 30 per cent, lacked a fridge for vaccines.", "KE"),
    ("In all, 1,062 of the 4,425 boreholes drilled under the county's emergency drought programme since 2019, "
     "or 42 per cent, have since run dry.", "42 per cent",
     "In all, 1,062 of the 4,425 boreholes drilled under the county's emergency drought programme since 2019, "
     "or 24 per cent, have since run dry.", "KE"),
]

# the whole counted in the sentence before ("the clinics" refers back to it)
SLIPPED_SHARES.append(
    ("Inspectors visited 1,460 clinics. A resident nurse was found at 312 of the clinics visited by the teams in the "
     "first half of the year, or 31 per cent.", "31 per cent",
     "Inspectors visited 1,460 clinics. A resident nurse was found at 312 of the clinics visited by the teams in the "
     "first half of the year, or 21 per cent.", "GH"))

# a move with its rate said after a long clause, or in the next sentence, one key slipped
SLIPPED_MOVES = [
    ("The junior circuit will offer Rs 4.8 crore (about $575,000) in prize money this season, up from Rs 3.2 crore "
     "last year — a 80% jump — after a telecom firm signed on.", "80%",
     "The junior circuit will offer Rs 4.8 crore (about $575,000) in prize money this season, up from Rs 3.2 crore "
     "last year — a 50% jump — after a telecom firm signed on.", "IN"),
    ("Enrolment at the college went from 12,400 to 14,880 over the decade. That is a 30 per cent increase.",
     "30 per cent",
     "Enrolment at the college went from 12,400 to 14,880 over the decade. That is a 20 per cent increase.", "GB"),
    ("The prize pool rises to RM64,000 (about US$14,300) this year from RM40,000, a 69% increase.", "69%",
     "The prize pool rises to RM64,000 (about US$14,300) this year from RM40,000, a 60% increase.", "MY"),
]

# a factor in figures, one key slipped; a rate worked out the wrong way (the new level over the old, the
# change over the new level)
FOLDS_AND_NEARBY = [
    ("Output at the smelter rose 2.6-fold from 45,000 tonnes to 72,000 tonnes after the new furnace was lit.",
     "2.6-fold",
     "Output at the smelter rose 1.6-fold from 45,000 tonnes to 72,000 tonnes after the new furnace was lit.", "ZA"),
    ("Attendance climbed to 72,000 from 45,000, the organisers said on Sunday, citing better weather, which is a "
     "rise of 160%.", "160%",
     "Attendance climbed to 72,000 from 45,000, the organisers said on Sunday, citing better weather, which is a "
     "rise of 60%.", "AU"),
    ("Ridership went from 45,000 a day in March to 72,000 in September — a 37.5 percent jump, the agency said.",
     "37.5 percent",
     "Ridership went from 45,000 a day in March to 72,000 in September — a 60 percent jump, the agency said.", "US"),
]

NEAR_MISSES = [
    # the new level as a percentage of the old, said as such
    ("Attendance reached 72,000, or 160% of the 45,000 who came in 2019.", "AU"),
    # another subject's move after a semicolon, with its own verb
    ("Attendance climbed to 72,000 from 45,000; the club's share of the gate rose 37.5% in the same period.", "AU"),
    # a rate of another base named in the sentence
    ("Sales rose from 45,000 units to 72,000 units, a 160 percent increase on the 27,000 sold in 2015.", "US"),
    # a factor that fits the move
    ("Output rose 1.6-fold from 45,000 tonnes to 72,000 tonnes.", "GB"),
    # a percentage of another part, not set off as the share
    ("Only 312 of the 1,460 compounds have a resident nurse, and 31 per cent lack running water.", "GH"),
    ("Inspectors visited 1,460 clinics. A resident nurse was found at 312 of the clinics visited by the teams, "
     "and 31 per cent had water.", "GH"),
    # the share right
    ("Only 312 of the 1,460 compounds covered by the new national survey, or 21 per cent, have a resident nurse.", "GH"),
    # a rival's rate and level
    ("Exports to Europe rose 14 percent to $8.2 billion, while exports to Asia climbed 41 percent to $7.2 billion.", "US"),
    ("Sales in the north rose 18.1% to 42,992 units, while the south rose by 6.5%, with 32,783 units.", "ZA"),
    # another time in the next sentence
    ("Rents in the district rose from €1,600 to €1,840. Last year they had risen by 51 per cent.", "IE"),
    ("The index rose from 155.7 to 159.3, the estimates showed. This comes after prices went up by 3.4 per cent.", "SG"),
    # another place in the next sentence
    ("Enrolment went from 12,400 to 14,880 over the decade. In Mombasa the rise was 30 per cent.", "KE"),
    # a slip that fits nothing: a percentage of something not in the copy
    ("Only 312 of the 1,460 compounds covered by the new national survey of rural clinics, or 64 per cent of those "
     "that applied for one, have a resident nurse.", "GH"),
    # the rate fits a relation of the figures (points against relative)
    ("Turnout rose from 41.2% to 46.8%, a 13.6% increase on the last election.", "GB"),
]

# a list of three or more under its whole, the sum short, nothing saying it is some of it
LISTS_UNDER_WHOLE = [
    ("The county assembly approved a KSh 860 million development plan on Tuesday. Roads will cost KSh 410 million. "
     "A new market will cost KSh 215 million, and KSh 135 million has been set aside for water kiosks.",
     "KSh 860 million",
     "The county assembly approved a KSh 860 million development plan on Tuesday. Roads will cost KSh 410 million. "
     "A new market will cost KSh 215 million, and KSh 235 million has been set aside for water kiosks.", "KE"),
    ("The mill bought 52,400 tonnes of cane this season. Of this, 21,000 tonnes came from the estate, 17,600 tonnes "
     "from outgrowers and 16,100 tonnes from the cooperative.", "52,400 tonnes",
     "The mill bought 54,700 tonnes of cane this season. Of this, 21,000 tonnes came from the estate, 17,600 tonnes "
     "from outgrowers and 16,100 tonnes from the cooperative.", "ZA"),
    ("The company bought 64,200 tonnes of coffee last season. Out of these, 30,000 tonnes came from Nyeri, 19,500 "
     "tonnes from Kirinyaga and 16,700 tonnes from Murang'a.", "64,200 tonnes",
     "The company bought 66,200 tonnes of coffee last season. Out of these, 30,000 tonnes came from Nyeri, 19,500 "
     "tonnes from Kirinyaga and 16,700 tonnes from Murang'a.", "KE"),
]

LIST_NEAR_MISSES = [
    # the main items of a bigger plan
    ("The council adopted a €14.2m investment programme. The main items are a school costing €6.3m, a sports hall "
     "costing €4.1m and roads costing €2.9m.", "FR"),
    ("The council adopted a €14.2m investment programme. It includes a school costing €6.3m, a sports hall "
     "costing €4.1m and roads costing €2.9m.", "FR"),
    # far short: a list of something else
    ("The council adopted a €24.2m investment programme. The school will cost €6.3m. The sports hall will cost €4.1m, "
     "and €2.9m has been set aside for roads.", "FR"),
    # two parts only
    ("The council adopted a €11.2m investment programme. The school will cost €6.3m and the sports hall €4.1m.", "FR"),
]

# guards: an age in apposition is not a count; a figure that sizes a thing is not a change's delta
GUARDS = [
    ('"Several buildings would fare badly in a quake," said its lead engineer, Asha Rai, 46. The report urges '
     "retrofitting 11 buildings and testing the remaining 18.", "NP"),
    ("The board will lift the hospital's capacity from 200 beds to 300 and add a 40-bed burns unit.", "IN"),
    ("The school will grow from 600 pupils to 840, adding a 120-place nursery next year.", "GB"),
    ("Patrick Owusu Mensah, 52, and his brother, 48, were among the 130 passengers; 90 were men and 40 women.", "GH"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", SLIPPED_SHARES, ids=_ids(SLIPPED_SHARES))
def test_slipped_share(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", SLIPPED_MOVES, ids=_ids(SLIPPED_MOVES))
def test_slipped_move(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text,country", NEAR_MISSES, ids=_ids(NEAR_MISSES))
def test_slip_near_miss(text, country):
    _silent(text, country)


@pytest.mark.parametrize("wrong,flagged,right,country", LISTS_UNDER_WHOLE, ids=_ids(LISTS_UNDER_WHOLE))
def test_list_under_whole(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("text,country", LIST_NEAR_MISSES, ids=_ids(LIST_NEAR_MISSES))
def test_list_near_miss(text, country):
    _silent(text, country)


@pytest.mark.parametrize("text,country", GUARDS, ids=_ids(GUARDS))
def test_guard(text, country):
    _silent(text, country)


@pytest.mark.parametrize("wrong,flagged,right,country", FOLDS_AND_NEARBY, ids=_ids(FOLDS_AND_NEARBY))
def test_fold_or_nearby(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)
