"""Session 16 (ref16b): a side credited with an edition of the story's competition that another side won, in our own
words.

* "<side>, who won the title ... in <year>" and "<side>'s ... title came (in <place>) in <year>": the year picks
  the one edition of the competition the story names; the record gives it to another side, and the side won one
  other edition nearby (the year meant).
* "<side>'s first trophy since the <named edition>": a first trophy since an edition says the side won it.
* A side the record names by name ("England") counts as a country does.
* events.csv: the Africa Cup of Nations of 1982 (Ghana, in Libya) and 1984 (Cameroon, in Côte d'Ivoire).
* "this month's Africa Cup of Nations" names the competition as "this year's" does.
"""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    ('2019-10-01', 'GB', 'The Rugby World Cup starts on Friday. England, who won the trophy in Sydney in 2007, '
                         'open against Tonga.', '2007'),
    ('2024-01-20', 'GH', "The Africa Cup of Nations kicks off in Abidjan. Ghana's last title came in 1984, when "
                         "they beat the hosts.", '1984'),
    ('2022-11-10', 'GB', "The squad flies to Qatar today, and England's first major title since the 1970 World Cup "
                         "would be celebrated for weeks.", '1970'),
]

SILENT = [
    # the side did win that edition
    ('2019-10-01', 'GB', 'The Rugby World Cup starts on Friday. England, who won the trophy in Sydney in 2003, '
                         'open against Tonga.'),
    # another thing won that year: no word of a competition's title
    ('2019-10-01', 'GB', 'The Rugby World Cup starts on Friday. England, who won the toss in Sydney in 2007, '
                         'open against Tonga.'),
    # a clause between the win and the year
    ('2019-10-01', 'GB', 'The Rugby World Cup starts on Friday. England, who won the trophy once, and staged the '
                         'tournament in 2015, open against Tonga.'),
    # the story names no competition of that year
    ('2024-01-20', 'GH', "Ghana's last title came in 1984, when they beat the hosts."),
    # a side that never won the competition: no one year meant
    ('2024-01-20', 'GN', "The Africa Cup of Nations kicks off in Abidjan. Guinea, who won the title in 1984, are "
                         "in Group C."),
    # a first trophy since an edition the side won
    ('2022-11-10', 'GB', "England's first title since the 1966 World Cup would be celebrated."),
    # "since" an edition without the side's trophy
    ('2022-11-10', 'GB', "England's best run since the 1970 World Cup ended in the quarter-finals."),
]


@pytest.mark.parametrize("date,country,text,figure", FLAGGED)
def test_flagged(date, country, text, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("date,country,text", SILENT)
def test_silent(date, country, text):
    assert found(text, date, country, "reference") == []
