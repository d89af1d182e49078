"""Arithmetic, session 16 (arith16b): a team's record against the matches it was played over.

Wins, draws and defeats are each a match: together they cannot be more than the matches they came from ("have
won 19 of their 28 league games, drawn 6 and lost 4" is 29 results from 28 games). Fewer is left alone: games
still to play, abandoned or awarded ones. A total of another span ("their last 15", "home games"), a sentence
with two records, or a score ("won 3-1") is not read.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    ("The visitors have won 19 of their 28 league games this term, drawn 6 and lost 4, conceding only 21 goals.",
     "lost 4", "GB"),
    ("Over a 26-match season the club collected 14 wins, eight draws and six defeats, its best return in a decade.",
     "six defeats", "AU"),
    ("Played 34, won 20, drawn 9, lost 7: the side finished fourth, a place short of Europe.", "lost 7", "NL"),
    ("The Wolves won 11 and lost 7 of their 16 games before the break.", "lost 7", "US"),
    ("From 22 matches the newly promoted side have 12 victories, 7 draws and 4 losses.", "4 losses", "KE"),
]

SILENT = [
    # the record adds up to the games, or falls short of them with games to come
    ("The visitors have won 19 of their 28 league games this term, drawn 5 and lost 4, conceding only 21 goals.", "GB"),
    ("Over a 26-match season the club collected 14 wins, six draws and six defeats, its best return in a decade.", "AU"),
    ("With four rounds left the leaders have won 19, drawn 5 and lost 2 of their 30-match season.", "CL"),
    ("They have played 30, won 22 and drawn 5, with four games still to play.", "ZA"),
    ("Of their 30 fixtures they won 20, drew 6 and lost 3, with one abandoned in a storm.", "GB"),
    # the total is another span than the record
    ("They are unbeaten in 12 home games and have won 9, drawn 5 and lost 3 this season.", "GB"),
    ("They have won 10 of their 12 home games, with 3 draws and 2 defeats on the road.", "ES"),
    ("Since March the side have won 8 of their last 9 matches, drawn 2 and lost 1 overall.", "GB"),
    # a league record and a separate cup record in one sentence (read as one, 23 results would pass the 20 games)
    ("The side have won 14 and lost 3 of 20 league games, and won 4 and lost 2 in the cup.", "IT"),
    # a score is not a count of defeats (read as one, 'lost 2' would make 21 results from 20 matches)
    ("The champions have won 15 and drawn 4 of their 20 matches, and lost 2-1 to the leaders in their only defeat.",
     "BR"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
