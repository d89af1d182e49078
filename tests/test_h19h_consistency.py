"""Consistency, session 19 (h19h): the b199-b202 misses and false alarms, in the tests' own words.

Classes: a depth of rain or snow is the subject of its own "fell" ("the 960mm that fell"), which is no change in
the figure; the people who packed or filled a ground are the whole crowd the story counted ("a crowd of 36,400"
... "the 34,600 fans who filled the stands"); one reading at one named spot told twice needs no "the" (FC419:
"at the weir" ... "at the weir", one keystroke apart). And what is not the story's thing: a figure a thing must
reach ("the 176 seats needed for a majority") is no size of the house; a capacity ("room for 450 pupils") is not
a count of members; a size in apposition to another named thing ("the Trans-Saharan Pipeline, the 2,310km
line") is that thing's."""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags

CAUGHT = [
    # rain that fell: the weather's deed, not a change (digits swapped)
    ("The coastal town of Galle recorded 960mm of rain in June, the met office said.\n\n"
     "Roads were closed for days.\n\n\"The 690mm that fell in June flooded every paddy field,\" a farmer said.",
     "LK", "690mm"),
    ("Snowfall in the pass totalled 315cm over the winter, rangers said.\n\nThe lodge stayed shut.\n\n"
     "The 351cm which fell this winter buried the lower lift.", "CH", "351cm"),
    # the people at the match are the crowd
    ("United beat City 2-0 in front of a crowd of 36,400 on Saturday.\n\nBoth goals came after the break.\n\n"
     "The manager thanked the 34,600 fans who filled the stands.", "GB", "34,600"),
    ("An attendance of 51,800 watched the final on Sunday.\n\nThe hosts won on penalties.\n\n"
     "Organisers said the 58,100 spectators who packed the stadium had been patient with the queues.", "ZA", "58,100"),
    # one reading at one spot, told again without "the"
    ("The water level at the Chirundu gauging station reached 6.3 metres on Monday, the authority said.\n\n"
     "Villagers moved their goats uphill.\n\nWith the water at 6.8 metres at the Chirundu gauging station, "
     "the ferry was suspended.", "ZM", "6.8 metres"),
    ("Snow lay 1.7 metres deep at the Hakuba weather station on Friday morning, forecasters said.\n\n"
     "Ski lifts stayed closed.\n\nCrews worked through the night with 1.4 metres of snow at the Hakuba weather "
     "station.", "JP", "1.4 metres"),
]

SILENT = [
    # rainfall that fell to a level is a change
    ("Rainfall in Galle was 960mm in June.\n\nJuly was drier: rainfall fell to 690mm, the met office said.", "LK"),
    # some of the crowd, a part
    ("United beat City 2-0 in front of a crowd of 36,400 on Saturday.\n\nPolice said the 3,600 away fans who "
     "travelled by train were escorted to the station.", "GB"),
    # fans who packed another ground, with no crowd counted first
    ("The club has 36,400 members, its annual report says.\n\nThe 34,600 fans who filled the stands on Saturday "
     "saw a draw.", "GB"),
    # another day at the spot, a third reading, another spot
    ("The water level at the Chirundu gauging station reached 6.3 metres on Monday.\n\nVillagers moved uphill.\n\n"
     "On Wednesday the level at the Chirundu gauging station was 6.8 metres.", "ZM"),
    ("The water level at the Chirundu gauging station reached 6.3 metres on Monday.\n\nBy noon it stood at 6.5 "
     "metres at the Chirundu gauging station.\n\nWith the water at 6.8 metres at the Chirundu gauging station, "
     "the ferry was suspended.", "ZM"),
    ("The water level at the Chirundu gauging station reached 6.3 metres on Monday.\n\nVillagers moved uphill.\n\n"
     "With the water at 6.8 metres at the Kariba dam wall, engineers opened a spillway.", "ZM"),
    ("Snow lay 1.7 metres deep at the Hakuba weather station on Friday.\n\nSki lifts stayed closed.\n\n"
     "The drifts had risen to 1.4 metres at the Hakuba weather station.", "JP"),
    # a threshold is not the house's size
    ("The election left the 350-seat parliament without a clear winner.\n\nNo party holds the 176 seats needed for "
     "a majority, and talks could last weeks.", "ES"),
    ("The 120-member assembly meets on Monday.\n\nThe opposition is short of the 61 members required to pass a "
     "motion of no confidence.", "IL"),
    # a capacity of a new building is not the count of members
    ("The rowing club now has about 700 registered rowers, the club said.\n\nIts new boathouse will open in 2027.\n\n"
     "Officials said it would have room for 450 young rowers.", "GB"),
    ("The sailing club, founded in 1972, now has about 800 registered sailors across dinghy and keelboat "
     "classes.\n\nIts new training centre will include a slipway and is due to open in 2027. Club officials said "
     "it would have space for 500 young sailors.", "GB"),
    ("The school has about 1,300 pupils.\n\nA new wing is planned.\n\nIt will have space for 300 pupils when "
     "it opens.", "KE"),
    # a size told of another named thing in apposition
    ("Algeria signed a deal on Monday to build a 1,240km gas pipeline to the Moroccan border.\n\n"
     "The project follows the Trans-Saharan Pipeline, the 1,610km line that links Nigeria's gas fields to the "
     "coast.", "DZ"),
    ("Tanzania signed a deal on Monday to build a 1,240km fuel pipeline from the port to the lake.\n\nIt will be "
     "the country's second such project after the Lake Albert Export Pipeline, the 1,610km line from the oilfields "
     "to the coast, which is due to open in 2026.", "TZ"),
]


@pytest.mark.parametrize(("text", "country", "figure"), CAUGHT, ids=[c[2] for c in CAUGHT])
def test_caught(text, country, figure):
    assert flags(consistency(text, country=country), figure)


@pytest.mark.parametrize(("text", "country"), SILENT, ids=[s[0][:40] for s in SILENT])
def test_silent(text, country):
    assert consistency(text, country=country) == []
