"""Round 8: shares above 100% named in more ways ("of the vote", "participation", a time between the share's
name and its level), in sentences of our own."""
from __future__ import annotations

import pytest

import factcheck


def flagged(text: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date="2025-06-19", country=country)
            if f.category == "plausibility"]


FLAGGED = [
    ("The governing party took 108.6 per cent of the vote in the district.", "GH", "108.6 per cent"),
    ("She was returned with 103% of valid votes.", "AZ", "103%"),
    ("The mayor won 117 per cent of the votes cast, the tally showed.", "KE", "117 per cent"),
    ("Voter participation stood at 106 percent, officials said.", "US", "106 percent"),
    ("The matric pass rate this year was 102.3 per cent.", "ZA", "102.3 per cent"),
    ("Turnout on Saturday reached 104.5%, the commission said.", "NG", "104.5%"),
    ("Turnout in 2024 was 121 per cent in the ward.", "GB", "121 per cent"),
]


@pytest.mark.parametrize("text, country, figure", FLAGGED)
def test_a_share_above_the_whole_is_flagged(text, country, figure):
    assert figure in flagged(text, country)


SILENT = [
    ("The governing party took 54% of the vote, up from 41%.", "GB"),
    ("Its share of the vote rose 120% on 2019.", "GB"),
    ("Labour force participation stood at 62 percent.", "US"),
    ("The pass rate this year was up 104 per cent on 2015.", "ZA"),
    ("Turnout was up 104% on the last election.", "GB"),
    ("The number of votes cast rose 112 per cent.", "IN"),
    ("Postal votes were 130% of the total in 2019.", "GB"),
    ("Occupancy at the hospital stood at 130%.", "GB"),
    ("Enrolment hit 105pc of the target.", "PK"),
]


@pytest.mark.parametrize("text, country", SILENT)
def test_changes_ratios_and_possible_levels_stay_silent(text, country):
    assert flagged(text, country) == []
