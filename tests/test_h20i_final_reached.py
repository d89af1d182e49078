"""Session 20 (h20i): a beating that took a side to a final still to be played is no result of that final (FC604),
in our own words.

"<side> will play in a World Cup final for the first time since <year> after <side> beat <side>": the side beaten
lost the round before, not the final of the year the sentence writes. The final must be reached ("play in",
"reach", "into", "book a place in") and the beating be the way there ("after", "by", "having", "following").
"""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    # the final itself, played: the beating is its result
    ('2023-08-17', 'AR', 'Argentina played in the World Cup final at Lusail in 2022 and beat Croatia on penalties.',
     'Croatia'),
    ('2023-08-17', 'AR', 'Argentina beat Croatia in the World Cup final at Lusail in 2022.', 'Croatia'),
]

SILENT = [
    ('2023-08-17', 'GB', 'The Lionesses will play in their first World Cup final since 1966 after England beat '
                         'co-hosts Australia 3-1 in Sydney.'),
    ('2023-08-16', 'ES', 'After beating Sweden 2-1 in Auckland, Spain will play in a World Cup final for the first '
                         'time since 2010.'),
    ('2022-12-14', 'AR', 'Argentina are through to a sixth World Cup final, their first since 2014, after they '
                         'beat Croatia 3-0 in Lusail.'),
]


@pytest.mark.parametrize("date,country,text,figure", FLAGGED)
def test_flagged(date, country, text, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("date,country,text", SILENT)
def test_silent(date, country, text):
    assert found(text, date, country, "reference") == []
