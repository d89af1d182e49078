"""Session 20 (h20i): a side's earlier titles written with a year whose edition another side won, in our own words.

* A list of years: "<side>, who also won in <y1>, <y2> and <y3>", "<side>'s previous titles came in <y1> and <y2>":
  each year is held to the edition of the story's competition played then.
* A bare "since": "<side>'s first world title since <year>", "gave <side> its first crown since <year>": a first
  title since a year says the side won that year.
* A side that won more than one edition nearby still slips when the year's edition went to another side: the year
  meant is its nearest own edition the sentence does not already list.
"""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    ('2012-07-02', 'ES', 'Spain retained the European Championship in Kyiv. They, like Germany, have now won it '
                         'three times; Spain, who also won in 1964, 2004 and 2008, are the first to defend it.', '2004'),
    ('2024-07-15', 'ES', "The European Championship ended in Berlin. Spain's earlier titles came in 2008, 2012 and "
                         "2016, each with a different coach.", '2016'),
    ('2022-12-19', 'AR', 'The World Cup final in Lusail was decided on penalties, giving Argentina their first world '
                         'title since 1990.', '1990'),
    ('2022-12-19', 'AR', "The World Cup is theirs again: Messi lifted it for Argentina's first world crown "
                         "since 1990.", '1990'),
]

SILENT = [
    # every year listed is the side's own
    ('2024-07-15', 'ES', 'The European Championship ended in Berlin. Spain, who also won in 1964, 2008 and 2012, '
                         'are now clear of Germany.'),
    # the side won none nearby: no year meant
    ('2024-07-15', 'GB', 'The European Championship ended in Berlin. Scotland, who also won in 2008 and 2016, '
                         'were out early.'),
    # a first title since a year the side did win
    ('2022-12-19', 'AR', 'The World Cup final in Lusail was decided on penalties, giving Argentina their first world '
                         'title since 1986.'),
    # "since" without a title: a first final, a first win
    ('2022-12-19', 'AR', 'The World Cup final in Lusail was Argentina’s first final since 1990.'),
    ('2022-12-19', 'AR', 'The World Cup win over Mexico was Argentina’s first victory at the finals since 1990.'),
    # years of another thing: the side played, hosted or lost in them
    ('2024-07-15', 'ES', 'The European Championship ended in Berlin. Spain, who also lost in 2016 and 2020, '
                         'were the better side.'),
    # no competition of that year named anywhere
    ('2022-12-19', 'AR', 'Argentina won its first title since 1990 at the Copa del Mundo.'),
]


@pytest.mark.parametrize("date,country,text,figure", FLAGGED)
def test_flagged(date, country, text, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("date,country,text", SILENT)
def test_silent(date, country, text):
    assert found(text, date, country, "reference") == []
