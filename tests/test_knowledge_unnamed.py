"""Knowledge checks where the story leaves a name unsaid.

* the story's own country, referred to as "a country of 17 million people",
  "the nation's 17 million citizens", "home to some 17 million" (the front
  matter's country is the subject when the sentence names no other);
* a recorded event by kind, country and year: "the February 18 general election",
  "the 18 February polls" (year from the publication date), "the 19-day war with
  Israel" in an Iranian story;
* a workforce named again with another determiner or synonym: "its 2,400 workers"
  ... "all 3,400 employees" / "all 3,400 jobs at the plant".

Each BAD case must raise exactly the one finding; each CLEAN case none in the
knowledge categories.
"""
from __future__ import annotations

import pytest

import factcheck

KNOWLEDGE = ("plausibility", "reference", "consistency")


def knowledge(text: str, date: str, country: str):
    return [(f.rule, f.text, f.suggestion) for f in factcheck.check(text, date=date, country=country)
            if f.category in KNOWLEDGE]


BAD = [
    # 1. the story's own country, unnamed
    ("FC202", "Voters in a country of 1.7 million people go to the polls on Wednesday.", "2024-06-17", "NL",
     "1.7 million", "17 million"),
    ("FC202", "The vote will shape a nation of 1.7 million for years.", "2024-06-17", "NL", "1.7 million",
     "17 million"),
    ("FC202", "The country's 1.7 million citizens will vote on Wednesday.", "2024-06-17", "NL", "1.7 million",
     "17 million"),
    ("FC202", "The nation's 170 million residents will vote on Wednesday.", "2024-06-17", "NL", "170 million",
     "17 million"),
    ("FC202", "The country is home to some 1.7 million people.", "2024-06-17", "NL", "1.7 million", "17 million"),
    ("FC202", "Home to some 1.7 million people, the country votes on Wednesday.", "2024-06-17", "NL",
     "1.7 million", "17 million"),
    ("FC202", "A country of 2.4 crore people votes today.", "2024-02-01", "PK", "2.4 crore", "24 crore"),
    ("FC203", "The nation's Tk450bn economy is in crisis.", "2024-06-17", "BD", "Tk450bn", "$450bn"),
    # 2. an event by kind, country and year
    ("FC602", "Khan's party won most seats in the February 18 general election.", "2024-03-01", "PK",
     "February 18", "February 8"),
    ("FC602", "Khan's party won most seats in the general election on February 18.", "2024-03-01", "PK",
     "February 18", "February 8"),
    ("FC602", "Khan's party won most seats in the 18 February polls.", "2024-03-01", "PK", "18 February",
     "8 February"),
    ("FC602", "Independents did well in the general election held on February 18.", "2024-06-01", "PK",
     "February 18", "February 8"),
    # published the next January: the July before is meant
    ("FC602", "Labour won the general election on July 14 by a landslide.", "2025-01-10", "GB", "July 14",
     "July 4"),
    ("FC602", "The Awami League won the January 17 election.", "2024-02-01", "BD", "January 17", "January 7"),
    ("FC601", "Officials recalled the 19-day war with Israel as buildings were repaired.", "2025-09-01", "IR",
     "19-day war", "12-day war"),
    ("FC601", "Officials recalled the 19-day war against Israel.", "2025-09-01", "IR", "19-day war", "12-day war"),
    ("FC601", "Officials recalled the 9-day war with India.", "2025-09-01", "PK", "9-day war", "4-day war"),
    # 3. a workforce named again
    ("FC402", "The company said its 2,400 workers would strike.\n\nAll 3,400 employees stopped work on Monday.",
     "2025-01-01", "BD", "3,400 employees", "2,400 employees"),
    ("FC402", "The plant has 2,400 workers.\n\nAll 3,400 employees will be paid on Friday.", "2025-01-01", "BD",
     "3,400 employees", "2,400 employees"),
    ("FC402", "The company said its 2,400 workers would strike.\n\nThose 3,400 staff stopped work on Monday.",
     "2025-01-01", "BD", "3,400 staff", "2,400 staff"),
    ("FC402", "The company said its 2,400 workers would strike.\n\nAll 3,400 jobs at the plant are at risk.",
     "2025-01-01", "BD", "3,400 jobs at the plant", "2,400 jobs at the plant"),
]


@pytest.mark.parametrize(("rule_id", "text", "date", "country", "figure", "suggestion"), BAD,
                         ids=[f"{c[0]}-{c[1][:40]}" for c in BAD])
def test_unnamed_slip_is_found(rule_id, text, date, country, figure, suggestion):
    assert knowledge(text, date, country) == [(rule_id, figure, suggestion)]


CLEAN = [
    # 1. right figures, regions, groups, other countries
    ("Voters in a country of 17 million people go to the polls on Wednesday.", "2024-06-17", "NL"),
    ("The country's 17 million residents will vote on Wednesday.", "2024-06-17", "NL"),
    ("The vote will shape a nation of 17 million for years.", "2024-06-17", "NL"),
    ("A province of 1.2 million people votes on Wednesday.", "2024-06-17", "NL"),
    ("The country of 1.7 million voters goes to the polls.", "2024-06-17", "NL"),
    ("The country's 1.7 million pensioners will get a rise.", "2024-06-17", "NL"),
    ("The city is home to 1.7 million people.", "2024-06-17", "NL"),
    ("Home to 1.7 million people, the city is growing.", "2024-06-17", "NL"),
    ("The Dutch coast is home to some 1.7 million people.", "2024-06-17", "NL"),
    ("A neighbouring country of 1.7 million people votes too.", "2024-06-17", "NL"),
    ("Talks with Estonia resumed. The country's 1.3 million people depend on Dutch gas.", "2024-06-17", "NL"),
    ("In Belgium, a country of 12 million people, voting is compulsory.", "2024-06-17", "NL"),
    ("The country's $450bn economy is in crisis.", "2024-06-17", "BD"),
    # 2. right dates, other elections, events still to come
    ("Khan's party won most seats in the February 8 general election.", "2024-03-01", "PK"),
    ("Khan's party won most seats in the 8 February polls.", "2024-03-01", "PK"),
    ("Khan's party won a seat in the February 18 by-election.", "2024-03-01", "PK"),
    ("Candidates are campaigning for the February 18 general election.", "2024-01-20", "PK"),
    ("Labour won the July 4 general election by a landslide.", "2025-01-10", "GB"),
    ("Labour lost ground in the May 2 local elections.", "2024-06-01", "GB"),
    ("Officials recalled the 12-day war with Israel as buildings were repaired.", "2025-09-01", "IR"),
    ("Officials recalled the four-day war with India.", "2025-09-01", "PK"),
    # 3. the same workforce, or another employer's
    ("The company said its 2,400 workers would strike.\n\nAll 2,400 employees stopped work on Monday.",
     "2025-01-01", "BD"),
    ("The company said its 2,400 workers would strike.\n\nA rival mill nearby also halted work. "
     "All 3,400 employees there went home.", "2025-01-01", "BD"),
    ("The company said its 2,400 workers would strike.\n\nAll 3,400 employees of Beximco, a rival, went home.",
     "2025-01-01", "BD"),
    ("The mill employs 2,400 workers.\n\nThe company has 3,400 employees across the country.", "2025-01-01", "BD"),
    ("The mill employs 2,400 workers.\n\nThe closure puts 1,000 jobs at the plant at risk.", "2025-01-01", "BD"),
]


@pytest.mark.parametrize(("text", "date", "country"), CLEAN, ids=[c[0][:50] for c in CLEAN])
def test_unnamed_clean_copy_is_silent(text, date, country):
    assert knowledge(text, date, country) == []
