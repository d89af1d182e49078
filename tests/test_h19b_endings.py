"""Session 19 (helper h19b): a date told by what it ended or began ("... took the last rebel stronghold in May
2011, ending a 26-year civil war"): the participle right after the date makes the date the event's last (or
first) day, held to the record. Every sentence is our own."""
import pytest

import factcheck

CATCHES = [
    # the event by name after "ending" / "starting"
    ("Syrian-backed troops stormed the presidential palace in October 1992, ending Lebanon's civil war.",
     "2024-05-10", "LB", "October 1992"),
    ("Negotiators at Panmunjom signed an armistice in July 1955, ending the Korean War.", "2024-05-10", "KR",
     "July 1955"),
    ("North Korean divisions crossed the border in June 1951, starting the Korean War.", "2024-05-10", "KR",
     "June 1951"),
    # the event by its kind and the story's country, a length before the noun, its side named (a kind-found
    # event keeps the stricter test of a near slip: a year or two off, or its topic written)
    ("Troops overran the last positions of the Tamil Tigers in 2010, bringing an end to a 26-year civil war.",
     "2024-05-10", "LK", "2010"),
]

NEAR_MISSES = [
    # the dates on record
    ("Negotiators at Panmunjom signed an armistice in July 1953, ending the Korean War.", "2024-05-10", "KR"),
    ("The army overran the last rebel positions in 2009, bringing an end to a 26-year civil war.", "2024-05-10",
     "LK"),
    # a span of the kind ("years of war"), not the event's own noun
    ("A local truce was agreed in 2012, ending years of war in the district.", "2024-05-10", "LK"),
    # the noun modifies another: the campaign began, not the election
    ("Parliament was dissolved in May 2022, starting the election campaign.", "2024-05-10", "KE"),
    # what ended is no event on record
    ("The team beat Australia in 2012, ending a 26-year wait.", "2024-05-10", "LK"),
    # another country's war
    ("Government troops took the rebel capital in 2012, ending a civil war in Chad.", "2024-05-10", "LK"),
]


@pytest.mark.parametrize("text,date,country,flagged", CATCHES)
def test_catches(text, date, country, flagged):
    assert flagged in [f.text for f in factcheck.check(text, date=date, country=country)]


@pytest.mark.parametrize("text,date,country", NEAR_MISSES)
def test_near_misses_stay_silent(text, date, country):
    assert [f.text for f in factcheck.check(text, date=date, country=country)] == []
