"""Session 16 (helper dp16b): a capital's name is no country's whole extent; a comma ends a range.

"Victoria covers about 227,000 square kilometres" in an Australian story is the state; "Lake Victoria covers ..."
is the lake; neither is the area of Seychelles, whose capital is Victoria. The country's own name still reads.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "plausibility"]


@pytest.mark.parametrize("text, country", [
    ("The state of Victoria, which covers about 227,400 square kilometres, will hold its election in November.", "AU"),
    ("Victoria covers about 227,400 square kilometres and has more than six million residents.", "AU"),
    ("Lake Victoria covers about 68,800 square kilometres, and three countries share its shores.", "UG"),
])
def test_a_capitals_name_is_silent(text, country):
    assert found(text, "2024-06-03", country) == []


def test_the_countrys_own_name_is_still_read():
    text = "Seychelles covers about 45,500 square kilometres and has fewer than 130,000 people."
    hits = found(text, "2024-06-03", "SC")
    assert any("45,500" in t for _, t in hits), hits


# -- a comma closes a clause: no range across it --------------------------------------------------------------------

def test_a_level_then_a_share_after_a_comma_is_no_range():
    text = ("The mill's workforce rose to 2,340 from 2,110, and 64% of employees are local residents, the company "
            "said.")
    assert found(text, "2024-06-03", "GB") == []


def test_a_share_range_is_still_read():
    text = "Between 70 and 140% of the harvest was exported, the ministry said."
    hits = found(text, "2024-06-03", "GB")
    assert any("140%" in t for _, t in hits), hits
