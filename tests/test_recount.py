"""The second reading of lists, changes and shares (factcheck/recount.py, rules FC311-FC313), in our own
words, with the near misses each guard is for; and the reader fixes found with it."""
import pytest

import factcheck


def _rules(text: str, country: str = "KE") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date="2025-06-01", country=country)]


FLAGGED = [
    # a total said after the list, words between ("for a total ... spend of")
    ("The works plan sets aside $41.3 million for bridges, $22.8 million for footpaths, $17.1 million for lighting "
     "and $9.6 million for signs, for a total transport spend of $86.4 million.", "$86.4 million", "US"),
    # "the remaining" runs the list back through the sentence before
    ("Schools were allocated Sh3.1 billion and clinics Sh2.2 billion. The remaining Sh1.4 billion goes to roads, "
     "bringing the total to Sh7.4 billion.", "Sh7.4 billion", "KE"),
    # a whole the sentence before gave, broken down under its own noun
    ("The trust has announced plans to open 1,460 care beds over the next four years, the largest expansion in its "
     "history. The beds will be spread across three towns: 610 in Ashby, 520 in Coalville and 420 in Ibstock.",
     "1,460", "GB"),
    # a change reckoned from the figure after "from", with time words between
    ("Horticulture exports rose to a record Sh152.4 billion last year from Sh118.9 billion in 2023, a 22.0 per "
     "cent increase.", "22.0 per cent", "KE"),
    # "A ... up from B, an increase of P": a third figure of another size between them (the games) is no level
    ("A total of 10,887,705 people attended the 720 regular-season games, up from 8,100,326 last year, an increase "
     "of 22%, the league said.", "22%", "KR"),
    # a side's share of a two-way tally
    ("The bond passed with 18,412 votes to 11,330, or 64.8%, the county auditor said.", "64.8%", "US"),
    # parts set off with their shares: the one whose implied whole disagrees, against the whole stated before
    ("Revenue was QR1.84 billion. Leasing brought in QR920 million, or 50% of the total; offices QR610 million, or "
     "33%; and the hotels QR480 million, or 17%.", "17%", "QA"),
    # a share after a long clause
    ("Of the 2,350 candidates who sat the bar examination in the capital last November, 1,410 passed, or 68 per "
     "cent.", "68 per cent", "UG"),
]

SILENT = [
    ("The works plan sets aside $41.3 million for bridges, $22.8 million for footpaths, $17.1 million for lighting "
     "and $9.6 million for signs, for a total transport spend of $90.8 million.", "US"),
    # a tally that leaves room for other candidates
    ("Wanjiru led with 4,210 votes, ahead of Otieno on 3,870 and Mwangi on 1,120, out of a total of 9,600 votes.", "KE"),
    # the parts of another subject
    ("The resort has 860 rooms and 240 villas, and its sister hotel 1,310 keys in total.", "AE"),
    # a running total
    ("Rescuers found 14 bodies on Saturday and 9 on Sunday, a total of 31 so far.", "PH"),
    # two clauses: the percentage is another subject's
    ("Sales reached Sh4.8 billion, while margins were up 14 per cent from Sh3.9 billion.", "KE"),
    # a percentage compared, or of another base
    ("Of the 2,350 candidates, 1,410 passed, 9% more than last year.", "UG"),
    ("Of the 2,350 candidates, 1,410 passed, or 41 per cent of those who also sat the oral test.", "UG"),
    # three levels: a time span "from 10 a.m. to 3 p.m." is no move, a rate said before the base is another move's,
    # and basis points are no rate of change
    ("Shares rose 2.1 percent to SR31.45 in trading on Tadawul, which runs from 10 a.m. to 3 p.m.", "SA"),
    ("Revenue increased 28 per cent to A$742 million from A$580 million as the company settled 1,104 apartments, "
     "up from 912 the previous year.", "AU"),
    ("The margin widened to about 49% from 30.9%, up from 25 a decade ago, or 600 basis points.", "EG"),
    # a move "from A to B, or P": no tally
    ("Nonfatal shootings fell from 1,104 to 905, or 18 percent, police said.", "US"),
    ("The bond passed with 18,412 votes to 11,330, or 61.9%, the county auditor said.", "US"),
    # shares whose implied wholes agree; and an outlier with no whole stated to hold it to
    ("Revenue was QR1.84 billion. Leasing brought in QR920 million, or 50% of the total; offices QR610 million, or "
     "33%; and the hotels QR310 million, or 17%.", "QA"),
    ("Leasing brought in QR920 million, or 50% of the total; offices QR610 million, or 33%; and the hotels QR480 "
     "million, or 17%.", "QA"),
    # the sentence before gives two counts: which whole "those" means is not said
    ("There were 3,100 applicants and 400 places. Of those, 2,020 were shortlisted, or 81%.", "NG"),
]


@pytest.mark.parametrize(("text", "flagged", "country"), FLAGGED)
def test_second_reading_flags(text, flagged, country):
    assert any(t == flagged for _, t in _rules(text, country)), _rules(text, country)


@pytest.mark.parametrize(("text", "country"), SILENT)
def test_second_reading_stays_silent(text, country):
    assert not [r for r in _rules(text, country) if r[0] in ("FC311", "FC312", "FC313")]


def test_a_second_reading_gives_way_to_the_first_on_the_same_words():
    # FC308 reads this list; FC311 would say the same and is dropped
    text = "Rescuers pulled out 52 men, 27 women and 14 children, a total of 88."
    assert [r for r, _ in _rules(text)] == ["FC308"]


def test_a_year_ending_a_period_is_no_range_start():
    qs = factcheck.extract("Sales fell from 46,215 units in the year to September 2018 to 43,108 units.")
    assert "43,108" in [q.text for q in qs]


def test_a_spaced_em_dash_is_an_aside_not_a_range():
    qs = factcheck.extract("Of these, 412 were children under 10 — 32 percent of all admissions.")
    assert "32 percent" in [q.text for q in qs]


def test_a_count_then_its_rate_are_not_one_unit():
    text = "It carried 121,300 passengers, up from 98,400, an increase of 22,900 or 23.3%."
    assert _rules(text, "IE") == []


def test_a_season_total_of_rain_is_not_a_one_day_record():
    text = ("The district ended the monsoon season with 2,215 mm of rain against a normal of 2,830 mm, data released "
            "on Friday showed.")
    assert _rules(text, "IN") == []


DIFFERENCES_FLAGGED = [
    ("The trust expects costs of $88.4m against income of $71.9m, leaving a gap of $18.5m.", "$18.5m", "US"),
    ("Rovers won 19 and lost 11, scoring 58 goals and conceding 35 for a goal difference of +32.", "32", "GB"),
    ("Labour won 171 of the 650 seats, 154 short of the 326 needed to govern alone.", "154", "GB"),
]

DIFFERENCES_SILENT = [
    ("The trust expects costs of $88.4m against income of $71.9m, leaving a gap of $16.5m.", "US"),
    # another time's gap
    ("The Greens lead 56-44 after preferences, narrower than a gap of 14 points in the last poll.", "AU"),
    # the gap of another pair, after "but"
    ("Kerala were bowled out for 183 and reached 262 in their second innings, but a deficit of 219 was too much.", "IN"),
    # a move, not the gap's two sides
    ("Imports rose to $6.2bn from $5.7bn; the trade gap of $2.3bn was the widest in years.", "US"),
    # sides a hundred times apart: a scale slip is plausibility's to report, not a wrong difference
    ("The plan projects spending of SR1.285bn and revenue of SR1.184 trillion, leaving a deficit of SR101 billion.",
     "SA"),
]


@pytest.mark.parametrize(("text", "flagged", "country"), DIFFERENCES_FLAGGED)
def test_a_stated_difference_is_recomputed(text, flagged, country):
    assert ("FC314", flagged) in _rules(text, country)


@pytest.mark.parametrize(("text", "country"), DIFFERENCES_SILENT)
def test_difference_near_misses_stay_silent(text, country):
    assert not [r for r in _rules(text, country) if r[0] == "FC314"]


MORE_FLAGGED = [
    # the sentence after the list opens on its total
    ("The budget sets out three funds: R2.4bn for clinics, including 40 mobile units; R1.7bn for staff; and "
     "R0.9bn for medicines. Together they make up a package of R4.6bn.", "R4.6bn", "ZA"),
    # parts said as what each contributed to the whole the sentence before gave
    ("The group reported revenue of RM412 million. Its plantations contributed RM198 million, the mills RM141 "
     "million and the property arm RM97 million.", "RM412 million", "MY"),
    # a move of points against the levels it ran between
    ("The KSE-100 index fell 612 points to close at 41,230 from 41,742.", "612", "PK"),
]

MORE_SILENT = [
    # "Together they ...": the sentence's first figure is not the list's total
    ("A magnitude-7.8 quake was followed by a magnitude-7.5 shock. Together they killed more than 53,000 people "
     "and affected 11 provinces.", "TR"),
    # the level moved from is another day's
    ("The index rose 1,046.52 points, or 0.88 per cent, to close at 120,035.14, up from 102,926.40 at the start "
     "of the year.", "NG"),
]


@pytest.mark.parametrize(("text", "flagged", "country"), MORE_FLAGGED)
def test_more_second_readings_flag(text, flagged, country):
    assert any(t == flagged for _, t in _rules(text, country)), _rules(text, country)


@pytest.mark.parametrize(("text", "country"), MORE_SILENT)
def test_more_second_reading_near_misses(text, country):
    assert not [r for r in _rules(text, country) if r[0] in ("FC311", "FC314")]
