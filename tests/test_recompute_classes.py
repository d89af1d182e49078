"""The recomputing checks read a *class* of phrasing, not one sentence.

Each class is written several ways (our own sentences): every wrong one is caught on
the figure that is wrong, and its correct twin stays silent. Publication date
2025-03-14 (a Friday) unless a case says otherwise.
"""
from __future__ import annotations

import pytest

import factcheck

CATEGORIES = {"conversion", "arithmetic", "date"}
DATE = "2025-03-14"


def findings(text, country=None, date=DATE):
    return [f for f in factcheck.check(text, date=date, country=country) if f.category in CATEGORIES]


def _ids(cases):
    return [c[0][:50] for c in cases]


# -- shares: a part, its whole and the share, in any order --------------------------------
# 1,092 of 1,680 is 65%; 1,560 of 2,400 is 65%.

SHARES = [
    ("Of the 1,680 teachers who sat the exam, 1,092 passed, or {}%.", None),
    ("Of the 1,680 teachers who sat the licensing exam in Nairobi last November, 1,092 passed, or {}%.", None),
    ("Of the 1,680 teachers who sat the exam in 2024, 1,092 passed, or {}%.", None),
    ("Of the 2,400 applicants, 1,560 were admitted ({}%).", None),
    ("Of the 1,680 candidates, 1,092 — or {}% — passed.", None),
    ("A total of 1,092 passed, or {}%, of the 1,680 candidates.", None),
    ("In all, 1,092 candidates passed, or {} per cent, of the 1,680 who sat.", None),
    ("Some 1,092 — or {}% — of the 1,680 candidates passed.", None),
    ("Only 1,092 ({}%) of the 1,680 candidates passed.", None),
    ("Turnout was {}% (1,092 of 1,680 registered voters).", None),
    ("Turnout reached {}% (1,092 out of 1,680).", None),
    ("Inspectors passed 1,092 of the 1,680 schools they visited ({}%).", None),
    ("The board cleared 1,092 of the 1,680 claims lodged ({}%).", None),
    ("Smallholders grew 1,092 tonnes, accounting for {}% of the 1,680 tonnes harvested.", None),
    ("Women held 1,092 posts, accounting for {}% of the 1,680 posts in the service.", None),
    ("Salaries took Sh1,092 million, accounting for {}% of the Sh1,680 million budget.", "KE"),
    ("The county employs 1,092 nurses, representing {}% of the 1,680 health workers on its payroll.", None),
    ("In all, 1,092, or {}%, of the 1,680 candidates passed.", None),
    ("Of the 1,680 candidates, {}% (1,092) passed.", None),
    ("Of the 1,680 candidates, {}%, or 1,092, passed.", None),
    ("Of the 1,680 candidates, {}% — 1,092 — passed.", None),
    ("Some 1,092 of the 1,680 candidates passed, a pass rate of {}%.", None),
    ("Of 1,680 candidates, 1,092 passed, a pass rate of {}%.", None),
    ("Of the 1,680 candidates, 1,092 passed — {}% — the council said.", None),
    ("The exam was sat by 1,680 candidates, of whom 1,092, or {}%, passed.", None),
    # a long clause describing the whole (up to the comma that ends it), "among", "out of"
    ("Of the 1,680 public secondary school teachers in Lagos State who sat a compulsory recertification "
     "examination in January, 1,092 passed, or {}%, the ministry said.", None),
    ("Out of the 1,680 nurses employed by the county's health department who were eligible for the new "
     "hardship allowance this year, 1,092 received it, or {}%.", None),
    ("Among the 1,680 candidates, 1,092 passed, or {}%.", None),
    ("Amongst the 1,680 candidates who registered for the bar examination at the law school's three campuses "
     "this spring, some 1,092 passed ({}%).", None),
    ("Out of the 1,680 candidates, {}% (1,092) passed.", None),
    # a figure of another class inside the describing clause: a count of something else, a sum
    ("Among the 2,400 applicants who applied for places at the three federal universities in the north-east "
     "before the deadline in March, 1,560 were admitted ({}%).", None),
    ("Of the 1,680 households surveyed across 12 districts by the national statistics bureau during the dry "
     "season last year, 1,092 had piped water, or {} per cent.", None),
    ("Of the 1,680 farmers who borrowed more than $500 each from the state-backed lender under the scheme "
     "the governor launched in 2023, 1,092 repaid in full, or {}%.", None),
    ("Among the 1,680 pupils at the 14 primary schools in the flood-hit district who sat the national exam "
     "in November, {}%, or 1,092, passed.", None),
]


@pytest.mark.parametrize("template,country", SHARES, ids=_ids(SHARES))
def test_share_class(template, country):
    bad = findings(template.format(81), country)
    assert [(f.rule, f.text.split()[0].rstrip("%")) for f in bad] == [("FC304", "81")], \
        [(f.rule, f.text, f.message) for f in bad]
    assert bad[0].suggestion and bad[0].suggestion.startswith("65")
    good = findings(template.format(65), country)
    assert not good, [(f.rule, f.text, f.message) for f in good]


SHARE_SILENCE = [
    # a percentage beside a part and a whole that is not the part's share
    "Of the 1,680 candidates, 1,092 passed, up 12% from last year.",
    "Some 1,092 of the 1,680 candidates passed (up from 58% last year).",
    "Unemployment was 12% (1,092 of the 1,680 graduates were jobless a year ago).",
    "Exports of 1,092 tonnes, or 40%, went to Uganda; of the 1,680 tonnes shipped last year, most went to Rwanda.",
    "The firm has 1,092 staff, accounting for 3% of the sector; 1,680 more work for suppliers.",
    "Of the 1,680 candidates, 1,092 passed – 12% more than last year.",
    "Of the 1,680 candidates, 1,092 passed, a growth rate of 12% on last year.",
    "The exam was sat by 1,680 candidates, of whom 1,092 passed, up 12% on last year.",
    # "among" with no part right after the describing clause; a figure of the same class inside it
    "Among the 36 states, Lagos recorded 1,092 cases, or 12% of the national total.",
    "Among the 1,680 candidates who sat the exam, Lagos accounted for 1,092, or 12% more than last year.",
    "Of the 1,680 teachers in Lagos State who sat the examination in January, alongside 640 teachers from "
    "neighbouring Ogun State who sat it in February, 1,092 passed, or 41%.",
    "Of the 1,680 teachers who sat the examination at the 12 centres across Lagos State in January, "
    "12 centres reported 1,092 passes, or 81%.",
    "Out of the 1,680 candidates registered by the council for the licensing examination in the three "
    "northern regions, 1,092 passed, up 12% on the year before.",
    "Of the 1,680 teachers in Lagos State who sat the recertification examination at centres across the "
    "state in January, most were women, and 1,092 were over 40, or 12% more than in 2020.",
]


@pytest.mark.parametrize("text", SHARE_SILENCE, ids=[t[:50] for t in SHARE_SILENCE])
def test_share_lookalikes_stay_silent(text):
    found = findings(text)
    assert not found, [(f.rule, f.text, f.message) for f in found]


# -- conversions with shilling marks, in every pair form ----------------------------------
# March 2025: about 129 KES, 3,676 UGX and 2,599 TZS to the dollar.

PAIR_FORMS = [
    "{a} ({b})",
    "{a}, or about {b},",
    "{b} ({a})",
    "{a} – about {b} –",
    "{a}, equivalent to {b},",
    "{a}, roughly {b},",
    "{a} (about {b})",
    "{a}, or {b},",
]
SHILLINGS = [
    # (country, local amount, right dollars, wrong dollars)
    ("KE", "Sh45 billion", "$348 million", "$920 million"),
    ("KE", "Sh45bn", "$348m", "$3.48bn"),
    ("KE", "KSh45 billion", "$348 million", "$920 million"),
    ("UG", "Shs500 billion", "$136 million", "$540 million"),
    ("UG", "Sh500bn", "$136m", "$1.36bn"),
    ("TZ", "Sh500 billion", "$192 million", "$790 million"),
    ("TZ", "TSh500 billion", "$192 million", "$790 million"),
]
CONVERSIONS = [(form, *row) for form in PAIR_FORMS for row in SHILLINGS]


@pytest.mark.parametrize("form,country,local,right,wrong", CONVERSIONS,
                         ids=[f"{f}-{c}-{lo}" for f, c, lo, _, _ in CONVERSIONS])
def test_shilling_pair_forms(form, country, local, right, wrong):
    text = "The Treasury set aside " + form.format(a=local, b=wrong) + " for the programme."
    bad = findings(text, country)
    assert [f.rule for f in bad] == ["FC101"], [(f.rule, f.text, f.message) for f in bad]
    text = "The Treasury set aside " + form.format(a=local, b=right) + " for the programme."
    good = findings(text, country)
    assert not good, [(f.rule, f.text, f.message) for f in good]


# -- changes ----------------------------------------------------------------------------
# (wrong sentence, the figure flagged, right sentence)

CHANGES = [
    ("Exports went from $2.1bn to $2.8bn, a rise of 12%.", "12%",
     "Exports went from $2.1bn to $2.8bn, a rise of 33%."),
    ("Maize output went from 3.2 million tonnes to 4.1 million tonnes, a rise of 12%.", "12%",
     "Maize output went from 3.2 million tonnes to 4.1 million tonnes, a rise of 28%."),
    ("Exports reached $2.8bn, up 12% from $2.1bn.", "12%",
     "Exports reached $2.8bn, up 33% from $2.1bn."),
    ("Tea earnings hit Sh180bn, up 12% from Sh150bn.", "12%",
     "Tea earnings hit Sh180bn, up 20% from Sh150bn."),
    ("The council collected $2.1m last year and $2.8m this year, a 12% increase.", "12%",
     "The council collected $2.1m last year and $2.8m this year, a 33% increase."),
    ("Enrolment was 21,000 last year and 28,000 this year, a rise of 12%.", "12%",
     "Enrolment was 21,000 last year and 28,000 this year, a rise of 33%."),
    ("Arrivals stood at 1.2 million in 2023 and 1.5 million in 2024, an increase of 40%.", "40%",
     "Arrivals stood at 1.2 million in 2023 and 1.5 million in 2024, an increase of 25%."),
    ("Sales were $30m this year against $40m last year, a drop of 10%.", "10%",
     "Sales were $30m this year against $40m last year, a drop of 25%."),
    ("Revenue increased by 12% to $2.8bn from $2.1bn.", "12%",
     "Revenue increased by 33% to $2.8bn from $2.1bn."),
    ("The workforce grew 12% to 2,800 from 2,100.", "12%",
     "The workforce grew 33% to 2,800 from 2,100."),
    ("Sales fell by 10% to Sh2.1bn from Sh2.8bn.", "10%",
     "Sales fell by 25% to Sh2.1bn from Sh2.8bn."),
    ("Profit more than doubled to $2.8bn from $2.1bn.", "doubled",
     "Profit more than doubled to $4.8bn from $2.1bn."),
    ("Cases more than doubled to 540 from 310.", "doubled",
     "Cases more than doubled to 640 from 310."),
    ("Imports doubled to $2.8bn from $2.1bn.", "doubled",
     "Imports doubled to $4.1bn from $2.1bn."),
    ("Exports were $2.8bn, up 12% on $2.1bn a year earlier.", "12%",
     "Exports were $2.8bn, up 33% on $2.1bn a year earlier."),
    ("Exports were $2.8bn, a 12% increase on last year's $2.1bn.", "12%",
     "Exports were $2.8bn, a 33% increase on last year's $2.1bn."),
    ("Exports were $2.8bn, 12% higher than the $2.1bn of a year earlier.", "12%",
     "Exports were $2.8bn, 33% higher than the $2.1bn of a year earlier."),
    ("Exports climbed from $2.1bn in 2023 to $2.8bn in 2024, a 12% jump.", "12%",
     "Exports climbed from $2.1bn in 2023 to $2.8bn in 2024, a 33% jump."),
]


@pytest.mark.parametrize("bad,flagged,good", CHANGES, ids=_ids(CHANGES))
def test_change_class(bad, flagged, good):
    found = findings(bad, "KE")
    assert [f.text for f in found] == [flagged], [(f.rule, f.text, f.message) for f in found]
    found = findings(good, "KE")
    assert not found, [(f.rule, f.text, f.message) for f in found]


CHANGE_SILENCE = [
    # two levels with times, but the percentage is about something else
    "The council collected $2.1m last year and $2.8m this year, a 12% share of the county budget.",
    "Enrolment was 21,000 last year and 28,000 this year; the dropout rate rose 12%.",
    "Arrivals were 1.2 million in 2024 and 1.5 million in 2023, a fall of 20%.",
    "Shares rose 12% on Monday to close at Sh1,450.",
    "Fares rose 12% on 1,680 routes, the regulator said.",
    "Exports were $2.8bn, 12% of GDP, against $2.1bn a year earlier.",
]


@pytest.mark.parametrize("text", CHANGE_SILENCE, ids=[t[:50] for t in CHANGE_SILENCE])
def test_change_lookalikes_stay_silent(text):
    found = findings(text, "KE")
    assert not found, [(f.rule, f.text, f.message) for f in found]


# -- majorities --------------------------------------------------------------------------
# Two-thirds of 336 is 224 seats; a simple majority of 336 is 169.

MAJORITIES = [
    ("The coalition won {} of the 336 seats, a two-thirds majority.", 201, 230),
    ("The coalition won {} seats, a two-thirds majority in the 336-seat house.", 201, 230),
    ("The coalition won {} seats in the 336-member house, giving it a two-thirds majority.", 201, 230),
    ("The coalition won {} seats, a two-thirds majority in a house of 336.", 201, 230),
    ("The coalition won {} seats, a two-thirds majority of the 336 seats.", 201, 230),
    ("With {} seats out of 336, the coalition has a two-thirds majority.", 201, 230),
    ("The party won {} seats, a simple majority of the 336 seats.", 160, 170),
    ("The party won a simple majority with {} of the 336 seats.", 160, 170),
    ("The party now has a simple majority in the 336-member assembly, with {} seats.", 160, 170),
    ("The party won {} seats, a simple majority in a parliament of 336.", 160, 170),
    ("The ruling party, with {} MPs in the 336-seat house, has a two-thirds majority.", 201, 230),
]


@pytest.mark.parametrize("template,wrong,right", MAJORITIES, ids=_ids(MAJORITIES))
def test_majority_class(template, wrong, right):
    found = findings(template.format(wrong))
    assert [f.rule for f in found] == ["FC306"], [(f.rule, f.text, f.message) for f in found]
    found = findings(template.format(right))
    assert not found, [(f.rule, f.text, f.message) for f in found]


MAJORITY_SILENCE = [
    "The party won 160 seats, short of a simple majority of the 336 seats.",
    "The party won 160 seats and needs nine more for a simple majority in the 336-seat house.",
    "The coalition won 201 seats, well short of a two-thirds majority in a house of 336.",
]


@pytest.mark.parametrize("text", MAJORITY_SILENCE, ids=[t[:50] for t in MAJORITY_SILENCE])
def test_majority_lookalikes_stay_silent(text):
    found = findings(text)
    assert not found, [(f.rule, f.text, f.message) for f in found]


# -- dates -------------------------------------------------------------------------------
# Published Friday 2025-03-14. Born in 1961: 63 or 64. 2007 was 18 years before.
# March 11, 2025 was a Tuesday; March 12 a Wednesday.

DATES = [
    ("Okello, born in 1961, died aged 52 on Sunday.", "Okello, born in 1961, died aged 63 on Sunday."),
    ("Okello, who was born in 1961, died on Sunday aged 52.", "Okello, who was born in 1961, died on Sunday aged 64."),
    ("The 52-year-old, born in 1961, was arrested on Monday.", "The 63-year-old, born in 1961, was arrested on Monday."),
    ("Born in 1961 in Kisumu, the 52-year-old has run the co-operative for a decade.",
     "Born in 1961 in Kisumu, the 64-year-old has run the co-operative for a decade."),
    ("Okello, 52, was born in 1961 in Kisumu.", "Okello, 63, was born in 1961 in Kisumu."),
    ("Okello, born in 1961, died aged 52 on March 9, 2025.", "Okello, born in 1961, died aged 63 on March 9, 2025."),
    ("The mill was built 12 years ago, in 2007.", "The mill was built 18 years ago, in 2007."),
    ("The mill opened in 2007, 12 years ago.", "The mill opened in 2007, 18 years ago."),
    ("Twelve years ago, in 2007, the mill opened.", "Eighteen years ago, in 2007, the mill opened."),
    ("The mill opened some 12 years ago, in March 2007.", "The mill opened some 18 years ago, in March 2007."),
    ("The vote was held on Thursday 12 March 2025.", "The vote was held on Wednesday 12 March 2025."),
    ("The vote was held on Thursday, 12 March 2025.", "The vote was held on Wednesday, 12 March 2025."),
    ("The vote was held on Thu, 12 Mar.", "The vote was held on Wed, 12 Mar."),
    ("The vote was held on Thursday 12th March.", "The vote was held on Wednesday 12th March."),
    ("The vote was held last Tuesday (March 12).", "The vote was held last Tuesday (March 11)."),
    ("The vote was held on Tuesday (12 March).", "The vote was held on Tuesday (11 March)."),
    ("The vote was held on March 12 (Tuesday).", "The vote was held on March 11 (Tuesday)."),
]


@pytest.mark.parametrize("bad,good", DATES, ids=_ids(DATES))
def test_date_class(bad, good):
    found = findings(bad)
    assert len(found) == 1 and found[0].category == "date", [(f.rule, f.text, f.message) for f in found]
    found = findings(good)
    assert not found, [(f.rule, f.text, f.message) for f in found]


DATE_SILENCE = [
    "Okello, born in 1961, died aged 52 on March 9, 2013.",
    "Okello, born in 1961, died in 2013 aged 52.",
    "Okello, born in 1961, was 25 when he founded the co-operative in 1986.",
    "The weekly market (Tuesday) draws traders from Uganda.",
    "Polls close on Tuesday (the count starts on March 12).",
]


@pytest.mark.parametrize("text", DATE_SILENCE, ids=[t[:50] for t in DATE_SILENCE])
def test_date_lookalikes_stay_silent(text):
    found = findings(text)
    assert not found, [(f.rule, f.text, f.message) for f in found]
