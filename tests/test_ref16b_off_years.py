"""Session 16 (ref16b): an edition of a recurring series named by a year in which the series was not held, in our
own words.

"the 1996 Winter Olympics": the record holds Winter Games in 1994 and 1998, at the series' usual interval, so no
1996 edition can be missing from it. Silent for a loose name of an edition of that year ("the 1994 Olympics" for
the Winter Games), for a year an edition was played in though named by another ("the 2022 Africa Cup of Nations",
the 2021 edition played in January 2022), for phrases too plain to be one series ("the 1997 World Cup"), for a
longer name the phrase only begins ("Rugby World Cup Sevens"), for a gap in the record and for years outside it.
"""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    ('2021-01-10', 'NO', 'The bobsleigh track, built for the 1996 Winter Olympics at Lillehammer, needs new cooling '
                         'pipes.', '1996'),
    ('2023-05-04', 'CA', 'She carried the flag at the 2000 Winter Olympics before retiring.', '2000'),
    ('2022-06-01', 'GH', 'He scored twice for Ghana at the 2016 Africa Cup of Nations.', '2016'),
    ('2019-09-01', 'NZ', 'The lock made his debut at the 2005 Rugby World Cup in France.', '2005'),
]

SILENT = [
    # editions that were held
    ('2021-01-10', 'NO', 'The bobsleigh track, built for the 1994 Winter Olympics at Lillehammer, needs new cooling '
                         'pipes.'),
    # a loose name of the Winter Games of that year
    ('2021-01-10', 'NO', 'She skated at the 1994 Olympics in Lillehammer.'),
    # named by the year it was played in
    ('2022-06-01', 'SN', 'Sadio Mane won the 2022 Africa Cup of Nations with Senegal in Yaoundé.'),
    # too plain a phrase: other sports hold a World Cup
    ('2019-09-01', 'AU', 'He played hockey at the 1997 World Cup in Perth.'),
    # a longer name the series' phrase only begins
    ('2019-09-01', 'FJ', 'Fiji won the 2005 Rugby World Cup Sevens in Hong Kong.'),
    # a gap in the record (no 2007 Cricket World Cup row): the table may lack it
    ('2019-09-01', 'IE', 'Ireland beat Pakistan at the 2007 Cricket World Cup.'),
    # outside the recorded run
    ('2024-09-01', 'FR', 'The French Alps will stage the 2030 Winter Olympics.'),
]


@pytest.mark.parametrize("date,country,text,figure", FLAGGED)
def test_flagged(date, country, text, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("date,country,text", SILENT)
def test_silent(date, country, text):
    assert found(text, date, country, "reference") == []
