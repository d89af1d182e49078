"""Round 7: what makes a plausibility anomaly speak where the sentence's shape used to silence it, in sentences
of our own.

* A part of a country (a city, a district, rural areas) may own a figure BELOW the country's record, never one
  above it: "the country's 1.7 billion people, ... households in rural districts" is still a slip (FC208).
* A person named with a title acts in the clause but owns no head count ("President X cut the tariff ... for
  a population of 1.12 billion"); a common word that opens the sentence is no place's name.
* "until 2028" ends the period of an action; it does not date the head count.
* A weather "maximum" is what the day reached: "recorded a maximum of 62C" (FC204); a rating's maximum is not.
* Trade between two countries the trade table does not hold cannot exceed twice the bigger one's GDP (FC201),
  including where the figure is given in a relative clause ("which he put at").
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


FLAGGED = [
    # a part named in the clause cannot own a figure above the whole
    ("Remittances keep afloat many of the country's 1.7 billion people, above all households in rural districts "
     "of the north-east.", "2025-01-08", "BD", "1.7 billion"),
    ("Rice is the staple for the nation's 1.17 billion people, from city slums to upland villages.",
     "2024-08-10", "PH", "1.17 billion"),
    ("The country's 2.9 billion people, most of them in rural areas, wait for the new clinics.", "2024-05-10", "NP",
     "2.9 billion"),
    # a titled person and a period's end do not silence
    ("In March, Prime Minister Sheikh Hasina extended the subsidy until 2027, a relief for a population of "
     "about 1.7 billion.", "2024-04-01", "BD", "1.7 billion"),
    ("Mr Santos said the measure, in force until 2030, would ease costs for a population of 1.15 billion.",
     "2024-08-10", "PH", "1.15 billion"),
    # a weather maximum
    ("Mohenjo Daro recorded a maximum of 62 degrees Celsius on Sunday, the Met Office said.", "2024-05-27", "PK",
     "62 degrees Celsius"),
    ("Forecasters expect highs of up to 61C in upper Sindh this week.", "2024-05-27", "PK", "61C"),
    ("Temperatures could climb to a maximum of 60.5C in Jacobabad on Friday.", "2024-05-27", "PK", "60.5C"),
    # trade between a pair the table does not hold
    ("The bridge would support trade between Romania and Moldova, which he put at about €3.5 trillion a year.",
     "2025-03-10", "RO", "€3.5 trillion"),
    ("Trade between Kenya and Uganda reached $410 billion last year, the ministry said.", "2024-03-10", "KE",
     "$410 billion"),
]


@pytest.mark.parametrize("text, date, country, figure", FLAGGED)
def test_anomaly_speaks_through_the_sentence(text, date, country, figure):
    assert any(found == figure for _, found in plausibility(text, date, country))


SILENT = [
    # parts below the whole stay silent
    ("Remittances keep afloat 1.7 million people in the country's rural districts.", "2025-01-08", "BD"),
    ("Dhaka, a city of 17 million people, keeps growing.", "2025-01-08", "BD"),
    ("The country's 17 million rural households depend on the monsoon.", "2025-01-08", "BD"),
    # wider wholes own figures above the record
    ("South Asia's 1.9 billion people face the worst heat in decades.", "2025-01-08", "BD"),
    ("The Gulf states' combined population of 60 million includes 35 million migrants.", "2025-01-08", "BD"),
    ("India's market of 1.4 billion people is the prize, Bangladeshi exporters say.", "2025-01-08", "BD"),
    # a period's end does not make a right figure wrong, and a historic year still silences
    ("The subsidy runs until 2028 for a population of roughly 117 million.", "2024-08-10", "PH"),
    ("In 1901, the country's population was 2.9 million.", "2024-08-10", "NP"),
    # ratings and machines
    ("The cable is rated for a maximum of 90C.", "2024-05-27", "PK"),
    ("The batteries work at up to 60C, the maker says.", "2024-05-27", "PK"),
    ("Mohenjo Daro recorded a maximum of 52C on Sunday.", "2024-05-27", "PK"),
    ("Temperatures will range from 20C to a maximum of 28C.", "2024-05-27", "PK"),
    # plausible trade, and pairs whose figures stay under twice the bigger economy
    ("The bridge would support trade between Romania and Moldova, which he put at about €3.5 billion a year.",
     "2025-03-10", "RO"),
    ("Trade between Singapore and Malaysia reached S$140 billion last year.", "2025-03-10", "SG"),
    ("Trade between Chile and Peru has grown to about $6 billion a year.", "2025-03-10", "CL"),
]


@pytest.mark.parametrize("text, date, country", SILENT)
def test_ordinary_copy_stays_silent(text, date, country):
    assert plausibility(text, date, country) == []
