"""Round 11: a national budget above the whole economy by a scale or currency slip (whatever frame reads it:
"state budget spending", "in total spending for next year", a cabinet that approves it, India's Union Budget),
a year's budget whose spending follows a verb, a head count a statistics office gives, a bare reading the
hottest place stood at; and the near-misses that must stay silent (population growth and flows, spending over
several years, a bloc's or company's budget, indoor and object temperatures). All sentences are our own."""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    # a whole budget above GDP: bn/tn, ten times, or the dollar mark for the country's own
    ("The finance minister tabled a budget foreseeing JD11.8 trillion in total spending for next year.", "JO", "2024-12-05"),
    ("Proposing total expenditure of RM390 trillion, the finance minister said Budget 2024 would focus on subsidies.",
     "MY", "2023-10-14"),
    ("Overall state budget expenditure is set at 168 billion euros, the finance ministry said.", "EE", "2024-10-02"),
    ("Health will get about 1.3 billion euros, out of overall state budget spending of about 165 billion euros.",
     "EE", "2024-10-02"),
    ("President Tinubu signed the $28.7 trillion Appropriation Bill into law.", "NG", "2024-01-02"),
    ("Analysts say the nation's $27.9 trillion budget leaves little for capital projects.", "NG", "2024-01-02"),
    ("The Union Budget for 2025-26 puts total expenditure at ₹506.5 lakh crore.", "IN", "2025-02-01"),
    ("The Treasury's £12.3 trillion of total public spending this year dwarfs any before.", "GB", "2025-03-26"),
    ("Total government expenditure for the year is forecast at ¥1,155 trillion, the finance ministry said.",
     "JP", "2024-12-27"),
    ("Cabinet approved a budget of 5,490 trillion won for next year.", "KR", "2024-08-27"),
    ("Thailand's parliament passed the 2025 budget, worth 37.5 trillion baht.", "TH", "2024-09-20"),
    ("Sri Lanka's 2025 budget projects total expenditure of Rs 44,000 billion.", "LK", "2025-02-17"),
    # a year's budget too small, its spending after a verb
    ("The cabinet approved the budget for 2025, projecting spending of SR1.25bn and revenue of SR1.18 trillion.",
     "SA", "2024-12-04"),
    ("The Council of Ministers endorsed the 2025 budget, with expenditure of SR1.29bn.", "SA", "2024-12-04"),
    # a head count given by a statistics office
    ("Officials said the vote was delayed after the Pakistan Bureau of Statistics put the country's population at "
     "2.08bn.", "PK", "2017-09-06"),
    ("The Pakistan Bureau of Statistics put the population at 2.1bn.", "PK", "2017-09-06"),
    # bare degrees a place stood at, the scale given earlier
    ("Most of the plain sweltered at 44 to 47 degrees Celsius on Friday. Jhansi was the hottest place in the state "
     "at 64.1 degrees.", "IN", "2024-06-01"),
    ("Heatwave: the hottest place in Sindh was Jacobabad at 62 degrees.", "PK", "2024-06-01"),
    ("Dera Ismail Khan was hottest, at 64.5 degrees.", "PK", "2024-06-01"),
]

# a weather subject on Earth is still the air's, whatever else the sentence names
FLAGGED += [
    ("The mercury soared to 61C under a full moon in Sibi.", "PK", "2024-06-01"),
]


@pytest.mark.parametrize("text, country, date", FLAGGED)
def test_the_slip_is_flagged(text, country, date):
    assert found(text, date, country, "plausibility")


SILENT = [
    # population growth and flows are changes, not the head count
    ("Population growth in Dubai has been about 100,000 people a year.", "AE", "2024-06-01"),
    ("\"Population growth here has been running at well over 100,000 people a year,\" he said.", "AE", "2024-06-01"),
    ("The population rises by some 90,000 people annually.", "AE", "2024-06-01"),
    ("Population growth of 120,000 a year is straining schools.", "NZ", "2024-06-01"),
    # the right budget, a part of it, or spending over several years
    ("The education budget will total about 1.2 billion euros, out of overall state budget spending of about "
     "17 billion euros.", "EE", "2024-10-02"),
    ("The bill foresees JD12.5 billion in total spending, of which JD1.7 billion is capital expenditure.",
     "JO", "2024-12-05"),
    ("Total spending of RM372.3 billion is the largest in the country's history.", "MY", "2022-10-08"),
    ("The cabinet approved spending of SR1.285 trillion for 2025.", "SA", "2024-12-04"),
    ("Total spending over the next ten years will reach Sh30 trillion under the plan.", "KE", "2024-10-20"),
    ("Public spending of RM3 trillion over the decade is planned.", "MY", "2024-10-20"),
    ("The five-year plan's total expenditure of RM3.6 trillion was tabled.", "MY", "2024-10-20"),
    ("The EU budget of 1.2 trillion euros covers seven years.", "EE", "2024-10-20"),
    ("The company's total spending reached $80 billion.", "EE", "2024-10-20"),
    ("The US federal budget of $6.8 trillion dwarfs Jordan's.", "JO", "2024-10-20"),
    ("Nigeria's 2024 budget of N28.7 trillion was signed into law.", "NG", "2024-10-20"),
    ("The state budget of Rs 7.4 lakh crore was tabled in Lucknow.", "IN", "2024-10-20"),
    ("The state budget, at about 16.7 billion euros, is the largest in history.", "EE", "2024-10-20"),
    ("The census put Karachi's population at 16 million.", "PK", "2017-09-06"),
    # bare total spending in a civic story is the city's
    ("Total expenditure of ₹5,025 crore is planned for 2024-25.", "IN", "2024-02-20"),
    ("The budget, worth ₹5,025 crore, includes revenue expenditure of ₹2,560 crore.", "IN", "2024-02-20"),
    ("The Karachi Bureau of Statistics put the population at 2.08bn.", "PK", "2017-09-06"),
    # temperatures of things and rooms, and readings in Fahrenheit copy
    ("In summer the tea is served at 70 degrees, hot enough to scald.", "IN", "2024-06-01"),
    ("The heat pump keeps the tank at 60 degrees.", "IN", "2024-06-01"),
    ("The hottest part of the engine runs at 90 degrees.", "IN", "2024-06-01"),
    ("Temperatures inside the tin-roofed homes touched 60 degrees Celsius.", "PK", "2024-06-01"),
    ("The temperature of the transformer oil reached 90 degrees, engineers said.", "KW", "2024-06-01"),
    ("Temperatures reached 64 degrees in Chicago on Monday, a mild day.", "US", "2024-06-01"),
    ("It was 45 degrees Celsius in Delhi; the road surface reached 63.4 degrees.", "IN", "2024-06-01"),
    # an interior region is no room: a turnout there is still read
]

# another world's temperatures (a lunar lander's, a rover's) are no air temperature on Earth
SILENT += [
    ("The lander must ride out swings from about 127C in the lunar daytime to minus 173C at night.", "CN",
     "2019-01-03"),
    ("Nasa's rover logged minus 125C on Mars, its coldest night yet.", "US", "2024-06-01"),
    ("Venus has a surface hot enough to melt lead, about 465C.", "GB", "2024-06-01"),
]


@pytest.mark.parametrize("text, country, date", SILENT)
def test_the_near_miss_stays_silent(text, country, date):
    assert not found(text, date, country, "plausibility")


def test_an_interior_region_is_no_room():
    text = ("In the small town of Serra Alta, in the interior of the state, the electoral court reported turnout of "
            "106.2%, after free buses to the polls.")
    assert found(text, "2024-10-07", "BR", "plausibility")


def test_a_repeated_impossible_figure_is_one_finding():
    import factcheck
    story = ("---\ndate: 2024-05-10\ncountry: BD\n---\n"
             "Turnout in the upazila reached 106.1%, the returning officer said.\n\n"
             "\"A turnout of 106.1 per cent shows how many names were added late,\" an observer said. "
             "In the next union, turnout was 102.4%.\n")
    found_ = [f for f in factcheck.check(story) if f.category == "plausibility"]
    assert [f.text for f in found_] == ["106.1%", "102.4%"]
    assert len(found_[0].related) == 1
