"""Round 4 conversion classes, in our own sentences, with clean near-misses.

- "£" in a story whose newsroom is Kenyan and which names no country of another pound is sterling: the
  Egyptian, Lebanese, Syrian and Sudanese readings stay open only when the story names their countries, so a
  missing market rate for one of them no longer silences the check.
- A past year's total ("tea exports in 2023") is converted at that year's average rate or at the rates of the
  publication month, not at whichever month of that year happens to fit.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "conversion"]


POUND_SLIPS = [   # the dollar figure written with a pound sign (KES ~132/USD, ~165/GBP in May 2024)
    ("Growers earned Sh66 billion (£500 million) at the Mombasa auction last year.", "2024-05-20", "KE",
     "£500 million"),
    ("The county's budget of KSh13.2bn (£100m) was passed on Thursday.", "2024-05-09", "KE", "£100m"),
]
POUND_RIGHT = [
    ("Growers earned Sh66 billion (£400 million) at the Mombasa auction last year.", "2024-05-20", "KE"),
    ("Cairo's budget of £E50 billion ($1.06 billion) was approved.", "2024-05-09", "EG"),
]


@pytest.mark.parametrize("text, date, country, wrong", POUND_SLIPS)
def test_a_pound_sign_on_a_dollar_figure_is_flagged(text, date, country, wrong):
    assert found(text, date, country) == [wrong]


@pytest.mark.parametrize("text, date, country", POUND_RIGHT)
def test_a_pound_figure_at_the_right_rate_is_silent(text, date, country):
    assert found(text, date, country) == []


# Kenya's shilling fell from ~123/USD in January 2023 to ~153 by December (2023 average ~138);
# May 2024 ~132. 180bn shillings is ~$1.30bn at the 2023 average, ~$1.36bn at May 2024's rate.
def test_a_past_years_total_at_that_years_average_or_todays_rate_is_silent():
    for dollars in ("$1.3 billion", "$1.36 billion"):
        text = f"Tea exports earned Sh180bn ({dollars}) in 2023, the board said."
        assert found(text, "2024-05-16", "KE") == []


def test_a_past_years_total_at_a_rate_from_neither_is_flagged():
    # $1.71bn implies ~105 shillings a dollar: within 20% of January 2023's ~123 (once enough to pass), but
    # of no 2023 average (~138) nor any rate around May 2024 (~130-133)
    text = "Tea exports earned Sh180bn ($1.71 billion) in 2023, the board said."
    assert found(text, "2024-05-16", "KE") == ["$1.71 billion"]
