"""The recomputing checks (conversion, arithmetic) on the phrasings real copy uses.

Three groups:

- false alarms first seen on real published news, paraphrased here (never copied):
  these must stay silent;
- misses seen on real news and on independently written batches: each must be caught,
  and its correct twin must stay silent;
- clean sentences of our own in the same phrasings, said correctly.
"""
from __future__ import annotations

import pytest

import factcheck

CATEGORIES = {"conversion", "arithmetic", "date"}


def findings(text, date="2025-10-21", country=None):
    return [f for f in factcheck.check(text, date=date, country=country) if f.category in CATEGORIES]


# -- real-news false alarms (paraphrased) ------------------------------------------------

REAL_NEWS_SILENCE = [
    # a bracket that states the rate, not an equivalent amount
    ("Losses are put at more than Tk 9,450 crore (one US dollar equals Tk 85.90).", "2021-08-01", "BD"),
    ("The bill comes to Tk 2,300 crore (1 US dollar is Tk 84.80) this year.", "2021-08-01", "BD"),
    # a share in brackets, written in minor units: not a conversion
    ("About R412.3 billion (21 cents of each rand collected) goes to servicing debt.", "2024-02-22", "ZA"),
    ("Nearly R95bn (18c of every rand) goes to wages.", "2024-02-22", "ZA"),
    # rate notation: "X/$1", "Rs280/$", "to the dollar", "per dollar"
    ("On the parallel market the naira fetched N470/$1, against N310/$1 at the official window.", "2021-04-01", "NG"),
    ("Dealers quoted N1,580/$ 1 on Friday, compared to N1,520/$ 1 a week earlier.", "2024-11-05", "NG"),
    ("The rupee ended at Rs281/$ in the interbank market.", "2024-11-05", "PK"),
    ("The taka slid to Tk122 to the dollar in the kerb market.", "2024-11-05", "BD"),
    ("Importers paid 288 rupees per dollar, against 278 rupees in the interbank market.", "2024-11-05", "PK"),
    # a story older than the rate table: its month has no rate we can use
    ("The order is valued at between $12 million (Rs 58.3 crore) and $140 million (Rs 680 crore).", "2008-12-15", "IN"),
    ("The contract, signed in 2009, was worth $50 million (Rs 243 crore).", "2024-11-05", "IN"),
    # no publication date: a pair whose rate fits some month of the table
    ("Parliament approved KSh 295.6 billion ($3.38 billion) for roads.", None, "KE"),
    ("The levy raised KSh 50bn ($330m) for the fund.", None, "KE"),
    # a lost majority is not a claim of one
    ("The ANC will hold 159 of the 400 seats after losing its outright majority.", "2024-06-02", "ZA"),
    ("The ANC lost its outright majority, winning 159 of 400 seats.", "2024-06-02", "ZA"),
    ("The coalition won 201 of 336 seats but was denied a two-thirds majority.", "2024-06-02", "TR"),
    ("The coalition won 201 of 336 seats, well below a two-thirds majority.", "2024-06-02", "TR"),
]


@pytest.mark.parametrize("text,date,country", REAL_NEWS_SILENCE, ids=[t[:45] for t, _, _ in REAL_NEWS_SILENCE])
def test_real_news_false_alarms_stay_silent(text, date, country):
    found = findings(text, date, country)
    assert not found, [(f.rule, f.text, f.message) for f in found]


def test_undated_pair_outside_every_rate_is_still_flagged():
    [f] = findings("Parliament approved KSh 295.6 billion ($33.8 billion) for roads.", None, "KE")
    assert f.rule == "FC101" and f.text == "$33.8 billion" and f.suggestion is None
    assert f.evidence["table_rate_low"] < f.evidence["table_rate_high"]
    assert "no publication date" in f.evidence["note"]


def test_dated_just_before_the_table_is_checked():
    # two months from the table's first month: close enough to use it
    assert findings("The plan costs KSh 295.6 billion ($33.8 billion).", "2014-12-01", "KE")


def test_minor_unit_suggestion_is_in_the_same_unit():
    [f] = findings("A loaf costs Rs100 (3 cents).", "2025-06-10", "PK")
    assert f.suggestion.endswith("cents") and 30 < float(f.suggestion.split()[0]) < 40


# -- misses that must be caught, each with its correct twin -------------------------------

CAUGHT = [
    # real news
    ("Collections rose to Rs 1.53 lakh crore - up by Rs 73,000 crore or 5%.", "IN", "5%"),
    ("Gold fell by $4 and was sold at $1,703 against its sale at $1,807.", "US", "$4"),
    # the independent batches
    ("The pass rate was 82.1% this year, up from 78.4% last year, a gain of 5.7 percentage points.", "IN",
     "5.7 percentage points"),
    ("The line will cost $2.4bn (TL 7.8bn), the ministry said.", "TR", "TL 7.8bn"),
    ("The line will cost $2.4bn, or TL 7.8bn, the ministry said.", "TR", "TL 7.8bn"),
    ("The line will cost TL 7.8bn ($2.4bn), the ministry said.", "TR", "$2.4bn"),
    ("The BIST 100 posted a gain of 312.40 points to 16,890.21, or 9.1%.", "TR", "9.1%"),
    ("The BIST 100 gained 312.40 points, or 9.1%, to close at 16,890.21.", "TR", "9.1%"),
    ("The BIST 100 rose 312.40 points (9.1%) to 16,890.21.", "TR", "9.1%"),
    ("The alliance won 201 of 336 seats, a two-thirds majority.", "TR", "two-thirds majority"),
    ("With 201 of the 336 seats, the alliance secured a two-thirds majority.", "TR", "two-thirds majority"),
    # the common phrasings of a change
    ("Exports were up 25% at $2.8bn from $2.5bn.", "PK", "25%"),
    ("Exports jumped to $2.8bn from $2.5bn, a rise of 21%.", "PK", "21%"),
    ("Exports rose 21% to $2.8bn, compared with $2.5bn a year earlier.", "PK", "21%"),
    ("Exports were $2.8bn, compared with $2.5bn a year earlier, an increase of 21%.", "PK", "21%"),
    ("Exports grew from $2.5bn to $2.8bn, a 21% increase.", "PK", "21%"),
    ("Exports reached $2.8bn, up 21% from $2.5bn last year.", "PK", "21%"),
    ("Exports fell to $2.2bn from $2.5bn, down 21%.", "PK", "21%"),
    ("Exports fell by $500m to $2.2bn from $2.5bn.", "PK", "$500m"),
    ("Unemployment fell to 4.1% from 4.6%, a drop of 1.5 percentage points.", "US", "1.5 percentage points"),
    # market moves
    ("The KSE-100 gained 1,234 points, or 12pc, to close at 104,567.", "PK", "12pc"),
    ("The Sensex fell 600 points, or 8%, to end at 74,000.", "IN", "8%"),
    ("The Sensex closed at 74,000, down 600 points or 8%.", "IN", "8%"),
    ("The Sensex ended 600 points, or 8%, lower at 74,000.", "IN", "8%"),
    # shares
    ("The party won 240 of 543 seats, or 48 per cent.", "IN", "48 per cent"),
    ("Only 240 out of 543 MPs (48%) voted for the bill.", "IN", "48%"),
    ("Of the 38,350 candidates, 31,482 passed, or 85.1%.", "KE", "85.1%"),
    ("In all, 92% of the 38,350 candidates, or 31,482, passed.", "KE", "92%"),
    # majorities
    ("The alliance won 201 seats in the 336-member house, a two-thirds majority.", "TR", "two-thirds majority"),
    ("The alliance won 160 seats in the 336-member house, a simple majority.", "TR", "simple majority"),
]


@pytest.mark.parametrize("text,country,flagged", CAUGHT, ids=[t[:45] for t, _, _ in CAUGHT])
def test_miss_is_caught(text, country, flagged):
    found = findings(text, country=country)
    assert [f.text for f in found] == [flagged], [(f.rule, f.text, f.message) for f in found]


def test_caught_changes_carry_the_right_suggestion():
    [f] = findings("Collections rose to Rs 1.53 lakh crore - up by Rs 73,000 crore or 5%.", country="IN")
    assert f.suggestion == "91.2%"
    [f] = findings("Gold fell by $4 and was sold at $1,703 against its sale at $1,807.", country="US")
    assert f.suggestion == "$104"
    [f] = findings("The pass rate was 82.1% this year, up from 78.4% last year, a gain of 5.7 percentage points.")
    assert f.suggestion == "3.7 percentage points"


def test_a_change_written_with_a_spaced_crore_is_recomputed():
    # "Rs 73,000 cr" is 73,000 crore: on a new total of 1.53 lakh crore that is a 91% rise, not 5%
    found = findings("Collections rose to Rs 1.53 lakh crore - up by Rs 73,000 cr or 5%.", country="IN")
    assert [(f.rule, f.suggestion) for f in found] == [("FC301", "91.2%")]


# -- the same phrasings said correctly ------------------------------------------------------

CLEAN = [
    ("Collections rose to Rs 1.53 lakh crore - up by Rs 7,300 crore or 5%.", "IN"),
    ("Gold fell by $104 and was sold at $1,703 against its sale at $1,807.", "US"),
    ("The pass rate was 82.1% this year, up from 78.4% last year, a gain of 3.7 percentage points.", "IN"),
    ("The line will cost $2.4bn (TL 82bn), the ministry said.", "TR"),
    ("The line will cost $2.4bn, or TL 82bn, the ministry said.", "TR"),
    ("The line will cost TL 82bn ($2.4bn), the ministry said.", "TR"),
    ("The BIST 100 posted a gain of 312.40 points to 16,890.21, or 1.9%.", "TR"),
    ("The BIST 100 rose 312.40 points (1.9%) to 16,890.21.", "TR"),
    ("The alliance won 230 of 336 seats, a two-thirds majority.", "TR"),
    ("Exports were up 12% at $2.8bn from $2.5bn.", "PK"),
    ("Exports jumped to $2.8bn from $2.5bn, a rise of 12%.", "PK"),
    ("Exports rose 12% to $2.8bn, compared with $2.5bn a year earlier.", "PK"),
    ("Exports were $2.8bn, compared with $2.5bn a year earlier, an increase of 12%.", "PK"),
    ("Exports grew from $2.5bn to $2.8bn, a 12% increase.", "PK"),
    ("Exports reached $2.8bn, up 12% from $2.5bn last year.", "PK"),
    ("Exports reached $2.8bn, up from $2.5bn last year.", "PK"),
    ("Exports fell to $2.2bn from $2.5bn, down 12%.", "PK"),
    ("Exports fell by $300m to $2.2bn from $2.5bn.", "PK"),
    ("Unemployment fell to 4.1% from 4.6%, a drop of 0.5 percentage points.", "US"),
    ("The KSE-100 gained 1,234 points, or 1.2pc, to close at 104,567.", "PK"),
    ("The Sensex closed at 74,000, down 600 points or 0.8%.", "IN"),
    ("The Sensex ended 600 points, or 0.8%, lower at 74,000.", "IN"),
    ("The Nifty shed 180.5 points, or 0.8 per cent, to settle at 22,450.", "IN"),
    ("Only 240 out of 543 MPs (44%) voted for the bill.", "IN"),
    ("Of the 38,350 candidates, 31,482 passed, or 82.1%.", "KE"),
    ("About 31,482 of the 38,350 candidates passed (82.1%).", "KE"),
    ("Nearly 82% of the 38,350 candidates, or 31,482, passed.", "KE"),
    ("31,482 of the 38,350 candidates, representing 82.1 per cent, passed.", "KE"),
    ("The alliance won 170 seats in the 336-member house, a simple majority.", "TR"),
    ("The BJP won 240 of 543 seats, 32 short of a simple majority.", "IN"),
    ("The alliance won 201 of 336 seats, falling short of a two-thirds majority.", "TR"),
    ("Gold rose by Rs1,500 per tola to Rs280,000 against Rs278,500 on Friday.", "PK"),
    ("The KSE-100 index gained 1,234 points to 104,567 against the previous close of 103,333.", "PK"),
    ("Remittances were $3.1bn in October, up 24% from $2.5bn a year earlier.", "PK"),
    ("Revenue jumped to Rs1.2tn from Rs950bn, an increase of 26%.", "PK"),
    ("The pass rate was 64.5% this year compared with 61.2% last year, a gain of 3.3 percentage points.", "KE"),
    ("Unemployment stood at 4.1%, down from 4.3% a month earlier.", "US"),
    ("The party won 72 seats, up from 48, a gain of 24.", "PK"),
    ("The deal is worth Rs 1,200 crore (about $144 million at current rates).", "IN"),
    # figures that look like a relation and are not one
    ("Exports were $2.8bn, compared with $2.5bn for imports.", "PK"),
    ("Inflation was 6.2% in October, up from 5.1% in September and a peak of 38% in May 2023.", "PK"),
    ("The rupee closed at 280.5 against the dollar, compared with 281 on Friday.", "PK"),
    ("The death toll rose by 10 to 45, officials said.", "PK"),
    ("Salaries will be raised by Rs5,000 to Rs10,000 a month.", "PK"),
    ("The open-market rate was Rs285/$1 against the interbank rate of Rs278.", "PK"),
    ("The dollar traded at Tk122 (Tk120 a month ago).", "BD"),
    ("He earns Rs50,000 ($180) a month, or Rs600,000 a year.", "PK"),
    ("The deal is worth Rs 1,200 crore ($144 million; €133 million).", "IN"),
    ("Of the 400 seats, the ANC won 159, the DA 87 and the MK party 58.", "ZA"),
    ("Labour won 411 of 650 seats, a majority of 172.", "GB"),
    ("The coalition holds 201 of 336 seats, short of the two-thirds majority needed to amend the constitution.", "TR"),
    ("The rand traded at R18.20 to the dollar, or R19.80 to the euro.", "ZA"),
    ("Tuition is $1,200 (about Sh155,000) per term.", "KE"),
]


@pytest.mark.parametrize("text,country", CLEAN, ids=[t[:45] for t, _ in CLEAN])
def test_correct_phrasing_is_silent(text, country):
    found = findings(text, date="2024-11-05", country=country)
    assert not found, [(f.rule, f.text, f.message) for f in found]


def test_dated_ambiguous_symbol_is_flagged_when_no_reading_fits():
    # "Rs" with no country may be a currency the table lacks (MUR, SCR): those readings are not tested
    [f] = findings("Rs10bn ($3.5bn) was pledged.", "2025-06-01", None)
    assert f.rule == "FC101" and "readings" in f.evidence
    assert not findings("Rs10bn ($120m) was pledged.", "2025-06-01", None)


# -- a change split by a reporting clause; majorities counted in votes -----------------------

REPORTED_CHANGE = [
    # (wrong, right)
    ("Sri Lanka welcomed 1,487,303 foreign visitors in 2023, the tourism authority said on Tuesday, "
     "up from 719,978 in 2022, an increase of 84%.",
     "Sri Lanka welcomed 1,487,303 foreign visitors in 2023, the tourism authority said on Tuesday, "
     "up from 719,978 in 2022, an increase of 106.6%."),
    ("Sri Lanka welcomed 1,487,303 foreign visitors in 2023, up from 719,978 in 2022, an increase of 84%.",
     "Sri Lanka welcomed 1,487,303 foreign visitors in 2023, up from 719,978 in 2022, an increase of 107%."),
    ("Kenya exported $4.2 billion of tea in 2024, the ministry said, compared with $3.1 billion a year earlier, a rise of 20%.",
     "Kenya exported $4.2 billion of tea in 2024, the ministry said, compared with $3.1 billion a year earlier, a rise of 35%."),
    ("The port handled 5.6 million containers in 2024, according to figures released on Monday, "
     "up from 4.8 million containers in 2023, a rise of 30%.",
     "The port handled 5.6 million containers in 2024, according to figures released on Monday, "
     "up from 4.8 million containers in 2023, a rise of 17%."),
    ("Registrations reached 41,200 in 2024, the agency reported, down from 52,000 in 2023, a drop of 10%.",
     "Registrations reached 41,200 in 2024, the agency reported, down from 52,000 in 2023, a drop of 20.8%."),
    ("The airline carried 12.4 million passengers last year, the company said, up from 9.1 million the previous year, an increase of 52%.",
     "The airline carried 12.4 million passengers last year, the company said, up from 9.1 million the previous year, an increase of 36%."),
]

REPORTED_CHANGE_SILENT = [
    # two different counts: not a change of one
    "The port handled 5.6 million containers in 2024, the operator said, up from 4.8 million tonnes in 2023, a rise of 30%.",
    # the base's year is not earlier
    "Exports were 1.2 million tonnes in 2022, the board said, up from 0.9 million in 2023, a rise of 5%.",
]

VOTE_MAJORITIES = [
    ("The Senate approved the amendment with 61 votes, enough to clear the two-thirds threshold in the 96-seat upper house.",
     "The Senate approved the amendment with 65 votes, enough to clear the two-thirds threshold in the 96-seat upper house."),
    ("The ruling party won 201 of the 336 seats, a two-thirds majority.",
     "The ruling party won 230 of the 336 seats, a two-thirds majority."),
    ("The coalition secured 130 votes in the 272-member house, a simple majority.",
     "The coalition secured 180 votes in the 272-member house, a simple majority."),
    ("Lawmakers backed the reform with 140 votes in the 225-member parliament, meeting the two-thirds majority.",
     "Lawmakers backed the reform with 150 votes in the 225-member parliament, meeting the two-thirds majority."),
]

VOTE_MAJORITIES_SILENT = [
    # the denominator is those voting, which we are not told
    "The amendment won 61 votes in the 96-seat chamber, a two-thirds majority of those present and voting.",
    "The bill passed with 61 votes to 30 in the 96-seat chamber, a two-thirds majority.",
    "The motion got 61 votes, short of the two-thirds threshold in the 96-seat upper house.",
]


@pytest.mark.parametrize("wrong,right", REPORTED_CHANGE + VOTE_MAJORITIES)
def test_reported_change_and_vote_majority_twins(wrong, right):
    assert [f for f in findings(wrong) if f.category == "arithmetic"], wrong
    assert findings(right) == [], right


@pytest.mark.parametrize("text", REPORTED_CHANGE_SILENT + VOTE_MAJORITIES_SILENT)
def test_reported_change_and_vote_majority_unknowns_are_silent(text):
    assert findings(text) == [], text
