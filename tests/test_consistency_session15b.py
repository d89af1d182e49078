"""Session 15b consistency shapes (FC412, digits in another order), in sentences of our own.

* A count whose noun is said once for two values ("to 58 aircraft by 2027 from 37 today"): the bare "37" counts
  aircraft too, and "its 73 aircraft" later is its digits in another order.
* "Of the EUR450 million total": "total" (sum, amount) names the amount the story has been counting, not a thing of
  its own, so an earlier "EUR540 million using forged orders" is no second thing.
* "higher than the 321 people listed": "than the" compares with the story's own figure (not "than 321 people",
  nor "than the 321 people it carried last year").
* FC408: "Of the 28 clinics in the plan, the first six are due to open in June 2026": the whole a sentence opens
  on takes no year from the part after its comma; and "more than 40 in five" (a number after "in") is no
  difference told between two counts.
* FC416: a match's result referred back ("after the 2-1 win") with a score the story never gave, keeping one
  side of the one it gave ("beat Westfield 3-1").
"""
from __future__ import annotations

import pytest

import factcheck


def consistency(text: str, date: str = "2024-09-04", country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "consistency"]


BAD = [
    # a count whose noun is said once: "to 58 aircraft by 2027 from 37 today", then "its 73 jets"
    ("The carrier said the order would take its fleet to 58 aircraft by 2027 from 37 today. Its chief executive said "
     "demand for flights to the islands was growing. Engineers said the average age of its 73 aircraft was nine years.",
     "73"),
    # "Of the ... total": the sum the story has been counting, not a thing of its own
    ("A regional court jailed the former treasurer for taking €540 million using forged transfer orders "
     "that drained the pension fund. The fund has recovered €120 million so far. Of the €450 million total, most was moved "
     "abroad, the court heard.", "€450 million"),
    # "higher than the 321 passengers listed": the story's own count, compared with what may be true
    ("The boat's manifest listed 298 passengers and 14 crew, a total of 312 people, the coastguard said. Survivors "
     "said many had boarded without tickets, so the real number may be higher than the 321 people listed.", "321"),
]
SILENT = [
    # the earlier count has a noun of its own
    "The carrier said the order would take its fleet to 58 jets by 2027 from 37 routes today. Its chief executive "
    "said demand was growing. Engineers said the average age of its 73 aircraft was nine years.",
    # the later count is of another noun
    "The carrier said the order would take its fleet to 58 aircraft by 2027 from 37 today. Its chief executive said "
    "demand was growing. It now flies from its 73 gates across the region.",
    # a total of another time
    "A regional court jailed the former treasurer for taking €540 million using forged transfer orders "
    "that drained the pension fund. The sum is more than the €450 million total of 2019, the court heard.",
    # "than" a figure with no "the": a comparison, not the story's figure
    "The boat's manifest listed 298 passengers and 14 crew, a total of 312 people, the coastguard said. Survivors "
    "said the real number may be more than 321 people, since many boarded without tickets.",
    # "than the" a figure of another time
    "The boat's manifest listed 298 passengers and 14 crew, a total of 312 people, the coastguard said. That is "
    "fewer than the 321 people it carried last year on the same route.",
]


@pytest.mark.parametrize("text, figure", BAD)
def test_digits_in_another_order_are_flagged(text, figure):
    assert [f for _, f in consistency(text)] == [figure]


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_stay_silent(text):
    assert consistency(text) == []


BAD_WHOLE = [
    # "Of the N things in the plan, ...": the whole the sentence opens on; the year after its comma is the part's
    ("The province will open 23 new clinics by March 2027 at a cost of $40 million, the health department said. "
     "Most of its clinics now work in two shifts and more than 40 in five, it said. "
     "Of the 28 clinics in the plan, the first six are due to open in June 2026.", "28 clinics"),
]
SILENT_WHOLE = [
    # the fronted whole is of another year
    "The province will open 23 new clinics by March 2027 at a cost of $40 million, the health department said. "
    "Of the 28 clinics it opened in 2019, the first six were in the north.",
    # the difference told as an addition in between
    "The province will open 23 new clinics by March 2027 at a cost of $40 million, the health department said. "
    "In May it added five more clinics to the plan. "
    "Of the 28 clinics in the plan, the first six are due to open in June 2026.",
    # a part of the whole, not the whole
    "The province will open 23 new clinics by March 2027 at a cost of $40 million, the health department said. "
    "Of the clinics in the plan, the first six are due to open in June 2026.",
]


@pytest.mark.parametrize("text, figure", BAD_WHOLE)
def test_the_whole_a_sentence_opens_on_is_compared(text, figure):
    assert [f for _, f in consistency(text, date="2025-05-01")] == [figure]


@pytest.mark.parametrize("text", SILENT_WHOLE)
def test_the_whole_near_misses_stay_silent(text):
    assert consistency(text, date="2025-05-01") == []


BAD_RESULT = [
    ("Harbour United beat Westfield 3-1 at home on Sunday to move second in the table, four points off the top. "
     "\"We wanted a reaction after last week,\" the coach told reporters after the 2-1 win.", "the 2-1 win"),
    ("The visitors lost 2-0 to the champions on Friday night. Their coach said the 3-0 defeat showed how far they "
     "still had to go.", "the 3-0 defeat"),
]
SILENT_RESULT = [
    # the same result
    "Harbour United beat Westfield 3-1 at home on Sunday to move second. The coach praised his players after the 3-1 win.",
    # another match, named by its time
    "Harbour United beat Westfield 3-1 at home on Sunday. The coach said the 2-1 win over Westfield last season had "
    "been harder.",
    # another leg
    "Harbour United beat Westfield 3-1 in the second leg on Sunday, after the 2-1 defeat in the first leg.",
    # a round-up of several results
    "Harbour United beat Westfield 3-1 on Sunday. Rovers won 2-0 and Athletic drew 1-1. Town's 2-1 win came late.",
    # a score never given, but nothing it keeps a side of
    "Harbour United beat Westfield 3-1 on Sunday. Fans recalled the 5-4 win that sealed promotion.",
]


@pytest.mark.parametrize("text, figure", BAD_RESULT)
def test_a_result_referred_back_with_another_score_is_flagged(text, figure):
    assert consistency(text) == [("FC416", figure)]


@pytest.mark.parametrize("text", SILENT_RESULT)
def test_result_near_misses_stay_silent(text):
    assert consistency(text) == []


def test_another_teams_result_of_the_round_stays_silent():
    # "their 1-1 draw" is the side placed second's, not the match the story reports
    text = ("Harbour United beat Westfield 2-1 on Sunday to go four points clear. Rovers are second after their 1-1 "
            "draw away from home.")
    assert consistency(text) == []
