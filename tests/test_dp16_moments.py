"""An anniversary that fell on the day of an event the story dates earlier than publication ("It came on the 32nd
anniversary of the 1985 earthquake", the "it" a quake of 2017 told in a story of 2018): the count is to that event's
year, not the publication's. Near misses: with no such year in the story, or a count that fits neither, it is flagged."""
from __future__ import annotations

import pytest

import factcheck


def dates(text: str, date: str, country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category == "date"]


STORY = ("Families gathered on Friday to mark one year since the floods of 12 March 2023 swept through the valley.\n\n"
         "The water rose overnight and cut off three villages. {sentence}")


@pytest.mark.parametrize("sentence", [
    "It came on the 40th anniversary of the 1983 floods that destroyed the old bridge.",
    "The disaster fell on the 40th anniversary of the 1983 floods that destroyed the old bridge.",
])
def test_anniversary_of_an_event_the_story_dated_earlier_is_silent(sentence):
    assert dates(STORY.format(sentence=sentence), "2024-03-12", "GB") == []


def test_a_count_that_fits_neither_the_told_year_nor_publication_is_flagged():
    text = STORY.format(sentence="It came on the 37th anniversary of the 1983 floods that destroyed the old bridge.")
    assert ("FC503", "37th") in dates(text, "2024-03-12", "GB")


def test_without_an_earlier_event_the_count_is_to_publication():
    text = ("Families gathered on Friday in the valley.\n\n"
            "The ceremony came on the 40th anniversary of the 1983 floods that destroyed the old bridge.")
    assert ("FC503", "40th") in dates(text, "2024-03-12", "GB")
