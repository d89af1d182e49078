"""A recorded event named, then when it was held (FC602, event_held.py).

"The PyeongChang Winter Olympics were held in 2014": the words between the name and the year say the year is the
event's own, so it is held to the record as if written beside the name. "in" alone does so only after a verb that
takes the event as its object ("the province that hosted the ... in 2014"); a year more than three years off a
recurring name is a slip when the table records another edition of its series that year (Sochi's 2014).
"""
from __future__ import annotations

import pytest

import factcheck


def reference(text: str, date: str = "2022-02-10", country: str = "KR"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "reference"]


@pytest.mark.parametrize("text", [
    "The PyeongChang Winter Olympics were held in 2014, and the venues still cost the province money.",
    "Gangwon, the province that hosted the PyeongChang Winter Olympics in 2014, is still paying for its venues.",
    "The PyeongChang Winter Olympics, which took place in 2014, left the province with debts.",
])
def test_a_year_told_as_the_event_s_own_is_held_to_the_record(text):
    assert reference(text) == [("FC602", "2014")]


@pytest.mark.parametrize("text", [
    "The PyeongChang Winter Olympics were held in 2018, and the venues still cost the province money.",
    "Gangwon, the province that hosted the PyeongChang Winter Olympics in 2018, is still paying for its venues.",
    "The Sochi Winter Olympics in 2014 cost about $51 billion, the most expensive Games so far.",
])
def test_the_right_year_or_a_year_of_something_else_is_silent(text):
    assert reference(text) == []
