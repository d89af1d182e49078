"""Arithmetic, session 16 (arith16c): misses of gaps, margins and shares.

- "finished second in 1:48:20, 41 seconds behind" after the winner's 1:47:49: a finisher's gap is her time less a
  faster time told in the sentence or the two before (reported only when it fits none of them);
- "won 14.11 (95) to 9.8 (62) ... a 23-point win": the margin of the one Australian football score in a story;
- "scored 211 goals and allowed 164, a goal differential of plus-37": North American words for goals against;
- "8.1 million barrels of the 12.6 million barrels exported, or 71%": a share of a measure of its own unit, and
  "Maize made up 2.3 million tonnes, or 64% of the total" after the harvest the sentence before gave;
- "NOK 4.6bn", "DKK 950m", "SEK 2.1bn": the Nordic crowns by their codes are money.

Every case is our own sentence.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _silent, caught_alone

CAUGHT = [
    ("Marta Lind won the women's race in 1:47:49. Ida Berg finished second in 1:48:50, 41 seconds behind, after a "
     "fall on the last descent.", "41 seconds", "NO"),
    ("Kyneton held on to win the decider 14.11 (95) to 9.8 (62) on Saturday.\n\nThe Tigers trailed by nine points "
     "at half-time before kicking away. A late goal sealed a 13-point win.", "13", "AU"),
    ("The Wolves scored 211 goals in 72 games and allowed 164, a goal differential of plus-57.", "57", "CA"),
    ("India bought 8.1 million barrels of the 12.6 million barrels exported, or 71%, the data showed.", "71%", "NG"),
    ("Growers brought in 3.6 million tonnes of grain this season, officials said. Maize made up 2.3 million tonnes, "
     "or 74% of the total, with sorghum and millet making up the rest.", "74%", "ZM"),
    ("Operating revenue rose to NOK 4.6bn from NOK 4.1bn a year earlier, an increase of 18%.", "18%", "NO"),
]

SILENT = [
    # the gap fits the winner's time, or the time of the one just ahead
    ("Marta Lind won the women's race in 1:47:49. Ida Berg finished second in 1:48:30, 41 seconds behind, after a "
     "fall on the last descent.", "NO"),
    ("Marta Lind won in 1:47:49. Ida Berg was second in 1:48:30, 41 seconds behind. Ane Dahl was third in 1:48:52, "
     "22 seconds behind Berg.", "NO"),
    ("Marta Lind won in 1:47:49. Ida Berg was second in 1:48:30, 41 seconds behind. Ane Dahl was third in 1:48:52, "
     "22 seconds behind.", "NO"),
    # the margin fits, and a margin at a break of play or of another season is not the win's
    ("Kyneton held on to win the decider 14.11 (95) to 9.8 (62) on Saturday.\n\nThe Tigers trailed by nine points "
     "at half-time before kicking away. A late goal sealed a 33-point win.", "AU"),
    ("Kyneton held on to win the decider 14.11 (95) to 9.8 (62) on Saturday.\n\nIt avenged last year's 13-point "
     "loss in the preliminary final.", "AU"),
    ("Kyneton beat Woodend 14.11 (95) to 9.8 (62), while Gisborne beat Romsey 12.6 (78) to 8.10 (58). Both "
     "sealed a 13-point win or better.", "AU"),
    ("The Wolves scored 211 goals in 72 games and allowed 164, a goal differential of plus-47.", "CA"),
    ("India bought 8.1 million barrels of the 12.6 million barrels exported, or 64%, the data showed.", "NG"),
    ("Growers brought in 3.6 million tonnes of grain this season, officials said. Maize made up 2.3 million tonnes, "
     "or 64% of the total, with sorghum and millet making up the rest.", "ZM"),
    ("Operating revenue rose to NOK 4.6bn from NOK 4.1bn a year earlier, an increase of 12%.", "NO"),
]


@pytest.mark.parametrize("text,flagged,country", CAUGHT, ids=[c[0][:60] for c in CAUGHT])
def test_caught(text, flagged, country):
    caught_alone(text, flagged, country)


@pytest.mark.parametrize("text,country", SILENT, ids=[c[0][:60] for c in SILENT])
def test_silent(text, country):
    _silent(text, country)
