"""Session 15 (dates): a day the court sets without "the" ("set sentencing for"); an anniversary whose own "of"
phrase dates what it counts from, however long the phrase; an anniversary of a day the story dates, counted near
that day, is a whole count; "the move comes N years after it opened" counts to now. Sentences of our own."""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    # a day set ahead by a court or a body, the noun without "the": the coming year's day, not last year's
    ("The magistrate set sentencing for Monday, October 14, and released him on bail.", "2025-06-02", "US",
     "Monday, October 14"),
    ("The panel set trial for Tuesday, 9 April, at the district court.", "2025-01-20", "GB",
     "Tuesday, 9 April"),
    # an anniversary's own "of" phrase, however long, dating what it counts from
    ("Crowds gathered for the 40th anniversary of the republic's break from the old federation on 4 June 1991.",
     "2026-06-05", "ZZ", "40th"),
    ("Bells rang for the 25th anniversary of the signing of the coastal peace accord on 14 August 1995.",
     "2025-08-14", "GB", "25th"),
    # a day the story dates, its anniversary told near that day: a whole count
    ("The tram network marks its seventh anniversary on Sunday. The mayor opened the network on 3 May 2017 after "
     "four years of building.", "2025-05-02", "FR", "seventh"),
    ("Rivermouth library celebrates its 11th anniversary this week.\n\nIt was founded on 20 September 2013 by a "
     "group of retired teachers.", "2025-09-18", "IE", "11th"),
    # "comes N years after" the thing opened: counted to now
    ("The upgrade comes 40 years after the stadium was opened. The stadium opened in 1990 with 30,000 seats.",
     "2025-02-10", "GB", "40 years"),
    ("The Sandhill pier, which opened in 1972, will be demolished. The decision comes nearly 60 years after it "
     "first opened.", "2024-11-01", "AU", "nearly 60 years"),
]

# the day being marked: a day years back whose anniversary falls within a week of publication
FLAGGED_DAY = [
    ("The town marked the 41st anniversary of the pit disaster on Friday with a minute's silence.\n\nOn 14 May "
     "1985, a gas blast tore through the disaster-struck pit, killing 23 miners.", "2025-05-15", "GB", "41st"),
    ("Tuesday marks the 21st anniversary of the Brennick flood, the surge that swept the harbour on October 3, "
     "2005, and officials urged residents to check their insurance.", "2025-10-02", "IE", "21st"),
]

SILENT_DAY = [
    ("The town marked the 40th anniversary of the pit disaster on Friday with a minute's silence.\n\nOn 14 May "
     "1985, a gas blast tore through the disaster-struck pit, killing 23 miners.", "2025-05-15", "GB"),
    # a few days off, the day of another sentence may be a step beside the one marked
    ("The town marked the 41st anniversary of the pit disaster on Friday with a minute's silence.\n\nOn 14 May "
     "1985, a gas blast tore through the disaster-struck pit, killing 23 miners.", "2025-05-18", "GB"),
    # a day of another thing, whose sentence shares no word of the "of" phrase
    ("The town marked the 41st anniversary of the pit disaster on Friday.\n\nOn 14 May 1985, the council "
     "opened a new library.", "2025-05-15", "GB"),
    # the day's anniversary far from publication: which one is meant is open
    ("The town marked the 41st anniversary of the pit disaster.\n\nOn 14 May 1985, a gas blast tore through "
     "the disaster-struck pit.", "2025-02-16", "GB"),
]


@pytest.mark.parametrize("text,date,country,flagged", FLAGGED_DAY)
def test_flagged_day(text, date, country, flagged):
    assert found(text, date, country, "date") == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT_DAY)
def test_silent_day(text, date, country):
    assert found(text, date, country, "date") == []


SILENT = [
    # a day set ahead that is right, or a day gone by
    ("The magistrate set sentencing for Tuesday, October 14, and released him on bail.", "2025-06-02", "US"),
    ("Sentencing was on Monday, October 14, the court heard.", "2025-06-02", "US"),
    # the anniversary counted right, or its phrase opens another clause (the date is when it is marked)
    ("Crowds gathered for the 35th anniversary of the republic's break from the old federation on 4 June 1991.",
     "2026-06-05", "ZZ"),
    ("Bells rang for the 30th anniversary of the signing of the coastal peace accord on 14 August 1995.",
     "2025-08-14", "GB"),
    # far down a long phrase, a year or month "in" may be a step's beside the thing counted: left unread
    ("Bells rang for the 25th anniversary of the signing of the coastal peace accord in August 1995.",
     "2025-08-14", "GB"),
    ("The country marked the 50th anniversary of its independence from the colonial power on 6 March 2024.",
     "2025-03-10", "GH"),
    ("They met for the 40th anniversary of the strike, which ended in March 1985, on Sunday.", "2025-03-10", "GB"),
    # the right whole count, or an anniversary far from the day (which one is meant is open)
    ("The tram network marks its eighth anniversary on Sunday. The mayor opened the network on 3 May 2017 after "
     "four years of building.", "2025-05-02", "FR"),
    ("The tram network will mark its eighth anniversary. The mayor opened the network on 3 May 2017 after four "
     "years of building.", "2025-01-10", "FR"),
    ("Rivermouth library celebrates its 12th anniversary this week.\n\nIt was founded on 20 September 2013 by a "
     "group of retired teachers.", "2025-09-18", "IE"),
    # "comes N years after" counted right, another event counted from, or "came" (a past event's gap)
    ("The upgrade comes 35 years after the stadium was opened. The stadium opened in 1990 with 30,000 seats.",
     "2025-02-10", "GB"),
    ("The stadium opened in 1990 with 30,000 seats. The upgrade came 20 years after it was opened.",
     "2025-02-10", "GB"),
    ("The stadium opened in 1990 with 30,000 seats. The upgrade comes 20 years after the club was relegated.",
     "2025-02-10", "GB"),
]


@pytest.mark.parametrize("text,date,country,flagged", FLAGGED)
def test_flagged(text, date, country, flagged):
    assert found(text, date, country, "date") == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert found(text, date, country, "date") == []
