"""Round 7: an amount restated in another currency at the start of the next sentence is a conversion pair
(factcheck/restated.py), in sentences of our own."""
from __future__ import annotations

import pytest

import factcheck


def conversions(text: str, date: str, country: str):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "conversion"]


FLAGGED = [
    ("The ministry will seek ¥120 billion in next year's budget. The money, roughly $7.7 billion, would be spread "
     "over five years.", "2024-08-28", "JP", "roughly $7.7 billion"),
    ("The council approved Rs 1,450 crore for the corridor. That is about $1.7 billion at current rates.",
     "2025-02-10", "IN", "about $1.7 billion"),
    ("Treasury released KSh45 billion to the counties on Friday.\n\nThe amount, equivalent to $3.5 billion, is the "
     "largest single transfer this year.", "2024-03-15", "KE", "$3.5 billion"),
    ("Shareholders will receive R2.4 billion in dividends. This works out to roughly £1 billion.", "2024-09-02",
     "ZA", "roughly £1 billion"),
]


@pytest.mark.parametrize("text, date, country, figure", FLAGGED)
def test_a_wrong_restatement_is_flagged(text, date, country, figure):
    assert figure in conversions(text, date, country)


SILENT = [
    # right restatements
    ("The ministry will seek ¥120 billion in next year's budget. The money, roughly $770 million, would be spread "
     "over five years.", "2024-08-28", "JP"),
    ("The council approved Rs 1,450 crore for the corridor. That is about $170 million at current rates.",
     "2025-02-10", "IN"),
    # two amounts before: which one is restated?
    ("The council approved Rs 1,450 crore for the corridor and Rs 300 crore for stations. The money, about "
     "$1.7 billion, comes from loans.", "2025-02-10", "IN"),
    # another thing with its own value, not the amount restated
    ("The state spent Rs 1,450 crore last year. The package, worth $500 million, was announced by the Centre.",
     "2025-02-10", "IN"),
    ("The firm raised KSh2 billion in March. It is now seeking $50 million from foreign lenders.", "2024-03-15",
     "KE"),
]


@pytest.mark.parametrize("text, date, country", SILENT)
def test_other_sentences_stay_silent(text, date, country):
    assert conversions(text, date, country) == []
