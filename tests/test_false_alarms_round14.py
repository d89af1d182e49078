"""False alarms, round 14: seven clean figures the rules misread, each fixed as a class. All sentences are the
tests' own.

Classes: one currency mark read the same way twice ("$7.4 million, about $44.6 million") is never an amount and
its conversion; a figure counting a country's divisions ("India's 28 states") is not its population; a count of
other things added ("two surgical wings") is not the move of the workforce the clause then gives; a city's or a
civic body's budget is not the nation's, and "Congress councillors" are a party, not a legislature; a dateline
"PLACE, Sept 21:" is a date, not a total; a figure opened by "where" sits inside the part before it; a sentence
opened by its own past time ("When she started in May 1990, there were ...") dates the first figure. Each class
has a near-miss the rule still flags."""
from __future__ import annotations

import pytest

import factcheck


def _rules(text: str, date: str, country: str) -> list[str]:
    return [f.rule for f in factcheck.check(text, date=date, country=country)]


SILENT = [
    # one mark read one way twice: not a conversion
    ("A $52 million (US$33 million) settlement was approved. After costs of $7.4 million, about $44.6 million "
     "remains for the members.", "2025-03-20", "AU"),
    ("The club sold its stand for $18 million (US$11 million). After debts of $4 million, roughly $14 million "
     "remains.", "2025-03-20", "AU"),
    ("The fund paid out $26 million (US$16 million). After fees of $3.2 million, about $22.8 million remains "
     "for investors.", "2025-03-20", "AU"),
    ("The trust received NZ$9 million (US$5.2 million) in grants. Of that, $2.5 million, or about $6.5 million "
     "less than the total, went on wages.", "2025-03-20", "NZ"),
    # a country's divisions are not its people
    ("Nairobi is the most crowded of Kenya's 47 counties, and its population keeps rising.", "2025-05-10", "KE"),
    ("Bihar has the youngest population of India's 28 states, a new survey shows.", "2025-05-10", "IN"),
    ("Papua has the smallest population of Indonesia's 38 provinces, the statistics office said. About 900 "
     "teachers were hired there.", "2025-05-10", "ID"),
    # a count of other things added is not the workforce's move
    ("The mill added four spinning lines and a warehouse, raising its workforce to 6,100 from 4,800.",
     "2024-06-01", "BD"),
    ("The hospital added two surgical wings and a pharmacy during the year, raising its staff to 1,450 from 1,020.",
     "2024-06-01", "KE"),
    ("The port installed six new cranes last year, raising its workforce to 3,300 from 2,750.", "2024-06-01", "KE"),
    # a city's budget, and the Congress party
    ("The Pune Municipal Corporation presented a budget of ₹12,000 crore for 2024-25. The civic body said roads "
     "would get the largest share. In dollar terms, the budget is worth roughly $1.4 billion. Opposition Congress "
     "councillors walked out, alleging earlier budget promises were broken.", "2024-03-01", "IN"),
    ("The Lucknow city council passed its budget of ₹3,100 crore on Tuesday. Converted, the budget is worth about "
     "$370 million, officials said, and Congress leaders called it empty.", "2024-03-01", "IN"),
    ("Councillors approved the Nagpur civic body's plan on Friday. The budget, worth about $420 million, keeps "
     "water charges unchanged; Congress members said the budget ignored slums.", "2024-03-01", "IN"),
    # a dateline is a date
    ("POKHARA, Sept 21: Eight people have been confirmed dead and 17 are missing after floods hit the valley.",
     "2021-09-21", "NP"),
    ("KATHMANDU, August 14: Six people died and 11 were hurt when a bus fell off the highway.", "2021-08-14", "NP"),
    ("DHANGADHI, Jul 12: Five climbers were rescued and nine remain stranded on the ridge.", "2021-07-12", "NP"),
    # "where" opens a part of the part before
    ("Of the 30 trucks checked this week, 22 were cleared at the border and eight reached the depot, where five "
     "were impounded within an hour.", "2024-05-01", "GB"),
    ("Of the 16 climbers on the ridge, nine were airlifted out and seven walked down to the camp, where four were "
     "treated for frostbite.", "2024-05-01", "GB"),
    ("Of the 25 decoy parcels posted this month, 18 were caught at sorting and seven reached the warehouse, where "
     "three were spotted by guards.", "2024-05-01", "GB"),
    # a sentence opened by its own past time
    ("When the matron started at the hospital as a junior nurse in May 1990, there were 410 beds, no scanner and "
     "one theatre. When she retires at the end of August, the hospital will have 520 beds, two scanners and four "
     "theatres.", "2025-07-18", "ZA"),
    ("When the coach arrived at the academy in June 1999, there were 320 players, one pitch and no gym. When he "
     "steps down in December, the academy will have 250 players, three pitches and a clinic.", "2025-07-18", "ZA"),
    ("In 2004, when the library first opened, there were 2,300 members and a single reading room; by the end of "
     "this year the library will have 1,800 members and a café.", "2025-07-18", "ZA"),
]

FLAGGED = [
    ("A $52 million (US$80 million) settlement was approved on Thursday.", "2025-03-20", "AU", "FC101"),
    ("Kenya's population of 52,000 is growing fast, and 600,000 pupils sat exams this year.", "2025-05-10", "KE",
     "FC202"),
    ("The mill added 300 jobs during the year, raising its workforce to 2,300 from 1,900.", "2024-06-01", "BD",
     "FC302"),
    ("The mill added 300 people during the year, raising its headcount to 2,300 from 1,900.", "2024-06-01", "BD",
     "FC302"),
    ("The finance minister presented the Union budget in Parliament on Saturday. The budget, worth ₹50.65 crore, "
     "raises capital spending.", "2025-02-02", "IN", "FC205"),
    ("POKHARA, Sept 21: A total of 20 people were affected: eight have been confirmed dead and 17 are missing.",
     "2021-09-21", "NP", "FC308"),
    ("Of the 14 boats sent out, 11 were stopped at sea and five reached the beach.", "2024-05-01", "GB", "FC305"),
    ("When the coach arrived at the academy, there were 320 players, one pitch and no gym. When he steps down in "
     "December, the academy will have 250 players, three pitches and a clinic.", "2025-07-18", "ZA", "FC408"),
]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert _rules(text, date, country) == []


@pytest.mark.parametrize("text,date,country,rule", FLAGGED)
def test_still_flagged(text, date, country, rule):
    assert rule in _rules(text, date, country)
