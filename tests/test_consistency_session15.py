"""Session 15 shapes of consistency copy, in house styles of our own.

* "a large share of the 1,319 people killed": a share *of* the figure makes the figure the whole, not a part.
* Defendants named without "defendants": "charged 17 people with ...", "17 people accused of ...", "Of the 17
  accused" ... "all 19 accused" / "all 71 defendants".
* People counted by what was done to them ("1.4 million people had been vaccinated" ... "with 4.1 million people
  already vaccinated"): one count, compared on swapped digits only.
* A singular "hectare" is an area ("the 41,200-hectare fire"), and a change whose old size its sentence gives
  ("had grown to 14,200 hectares from 6,800") leaves no room for the later figure to be that old size.
* A power of ten rounds only what lies just below it: "the 100MW plant" is no rounded "60MW plant".
* Mid-round (b159-b162): "İZMİR — Thirty-four people, including ..., went on trial" (a Turkish dotted capital I
  no longer shifts the word index); "another boat" brings in no other accused; "The 60 residents who had been
  evacuated" restates "about 90 residents evacuated"; "the fall in the waiting list to 46,200" tells the move to
  64,200 again (FC412); a goal's minute with its digits swapped ("Ledesma's 43rd-minute strike", FC415).
* A contract ("the two-year deal") and a vote's tally ("the 62-52 vote") referred back to with a value the story
  never gave (FC413, FC414).
"""
from __future__ import annotations

import pytest

import factcheck


def consistency(text: str, date: str = "2024-09-04", country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "consistency"]


BAD = [
    # a share of the toll: the toll is the whole
    ("The death toll from the monsoon floods rose to 1,391 on Wednesday, the disaster authority said. Children "
     "account for a large share of the 1,319 people killed, officials said.", "1,319 people killed"),
    # people a prosecutor charged, then the accused in the court's words
    ("Prosecutors have charged 17 people with running a fuel tax scheme. The court is expected to decide soon whether "
     "to accept the charges against all 71 defendants.", "71 defendants"),
    ("A special court took cognisance of a charge sheet against 14 people accused of running a chit fund. Of the "
     "14 accused, nine have been arrested. The judge ordered that copies be given to all 16 accused.", "16 accused"),
    # people counted by what was done to them, digits swapped
    ("Health officials said 1.6 million people had been vaccinated against influenza so far this season. With "
     "6.1 million people already vaccinated, the region would reach its target by June, they said.",
     "6.1 million people"),
    # a fire's area, the old size its change came from given
    ("The fire had grown to an estimated 23,600 hectares from 9,100 hectares on Sunday. Officials said the "
     "32,600-hectare blaze was the largest in the province.", "32,600-hectare"),
    # a contract and a vote referred back with values never given
    ("Rovers have signed the Ghanaian midfielder on a four-year contract, the club said. The three-year deal "
     "includes a release clause.", "The three-year deal"),
    # a power of ten is no rounding of a figure well below it
    ("On Monday the president commissioned the 100MW Chanda solar plant near the capital. Officials said the "
     "60MW Chanda plant was one of several projects.", "60MW Chanda plant"),
    # a Turkish dateline, an appositive list before "went on trial", the accused later
    ("İZMİR — Forty-five people, including a contractor, two engineers and the owners of several shops, went on "
     "trial on Wednesday over the collapse. The 54 defendants face a combined 96 charges.", "54 defendants"),
    # another thing of another kind between two counts of the accused
    ("The court convicted nine people and acquitted five others, in a case involving 14 defendants. Another boat "
     "capsized weeks later. Lawyers said several of the 17 defendants would appeal.", "17 defendants"),
    # a restriction that restates the first sentence's event
    ("Thirteen people were taken to hospital after the fire, with about 90 residents evacuated from the block. "
     "The 60 residents who had been evacuated were allowed to return home on Tuesday.", "60 residents"),
    # a move told again by its noun
    ("The number of patients waiting has fallen to 58,300, its lowest level for two years. The chief executive "
     "said the fall in the waiting list to 85,300 showed clinics were working.", "85,300"),
    # a goal's minute with its digits swapped
    ("Ledesma scored the only goal in the 27th minute. \"Ledesma's 72nd-minute strike was the kind of goal you see "
     "on television,\" the coach said.", "Ledesma's 72nd-minute strike"),
    ("The assembly voted 71 to 48 to approve the budget. Analysts said the 77-48 vote showed the coalition was "
     "holding.", "the 77-48 vote"),
]


@pytest.mark.parametrize("text, figure", BAD)
def test_the_same_thing_given_twice_is_flagged(text, figure):
    assert [f for _, f in consistency(text)] == [figure]


SILENT = [
    # the toll rose from the figure the later sentence gives
    "The death toll from the floods rose to 1,391 on Wednesday, up from 1,319 on Tuesday. Rescuers found more "
    "bodies overnight.",
    # people arrested are not the accused
    "Police arrested 17 people in raids on Monday. The court later ordered copies of the charge sheet for all 19 "
    "accused.",
    # two more charged in between
    "Prosecutors charged 17 people with fraud in March. Two more were charged on Friday, and the court will hear "
    "all 19 accused next month.",
    # a part of the accused
    "Prosecutors charged 17 people with fraud in March. The five accused who remain absconding face arrest.",
    # another season's count
    "About 1.4 million people had been vaccinated by May. Last year 4.1 million people were vaccinated over the "
    "whole season.",
    # a later count that grew, no swap
    "About 1.4 million people had been vaccinated by May, officials said. By the end of June, 1.9 million people "
    "had been vaccinated.",
    # the fire's old size is the later figure
    "The fire had grown to an estimated 14,200 hectares from 12,400 hectares on Sunday. Officials said the "
    "12,400-hectare fire was the largest in the province on Saturday.",
    # a contract and a vote referred back rightly; two signings; two rounds of votes
    "The club signed the striker on a three-year contract and the goalkeeper on a two-year deal. The two-year "
    "deal includes an option to extend.",
    "The committee approved the bill 9 to 4 on Monday, and the chamber voted 61 to 38 on Thursday. The 61-38 "
    "vote sends it to the governor.",
    "The council voted 7 to 2 in March. The 5-4 vote in June reversed it.",
    # a separate trial between two counts of the accused, and the difference in it
    "The court convicted nine people and acquitted five others, in a case involving 14 defendants. In a separate "
    "trial, three more men were charged. Lawyers said several of the 17 defendants would appeal.",
    # one school's pupils who sat the exam, far below the city's
    "In the city 9,312 students appeared and 8,604 cleared the examination. Several schools reported a 100 per cent "
    "result, including one where all 214 students who appeared cleared it.",
    # the move said afresh, or in the other direction
    "The number of patients waiting has fallen to 58,300, its lowest level for two years. The chief executive "
    "said the waiting list would fall further to 38,500 by March.",
    "The number waiting rose to 58,300 in May. The chief executive said the fall in the waiting list to 38,500 by "
    "December showed clinics were working.",
    # a part set for a time of its own
    "The developer sold 1,180 units between January and March. It has already handed over 420 of the 650 homes "
    "scheduled for delivery this year.",
    # two goals in a match
    "Ledesma opened the scoring in the 27th minute and Ruiz doubled the lead. Ruiz's 78th-minute header sealed it.",
    # a power of ten that rounds a figure just below it, or is hedged
    "On Monday the president commissioned the 100MW Chanda solar plant. Officials said the 96MW Chanda plant "
    "was one of several projects.",
    "On Monday the president commissioned the Chanda solar plant, of about 100MW. Officials said the 90MW Chanda "
    "plant was one of several projects.",
]


@pytest.mark.parametrize("text", SILENT)
def test_copy_that_explains_the_two_values_is_silent(text):
    assert consistency(text) == []


def test_a_goal_minute_finding_names_the_minute_it_swaps():
    text = ("Ruiz scored in the 12th minute and Ledesma added a second in the 34th minute. \"Ledesma's 43rd-minute "
            "strike was special,\" the coach said.")
    found = [f for f in factcheck.check(text, date="2024-06-04", country="AR") if f.rule == "FC415"]
    assert len(found) == 1 and "34th minute" in found[0].message


def test_a_turkish_dotted_capital_leaves_later_figures_readable():
    quantities = factcheck.extract("İZMİR — Thirty-four people went on trial in İzmir over 11 deaths.")
    assert [(q.text, q.value) for q in quantities] == [("Thirty-four", 34.0), ("over 11", 11.0)]


def test_a_singular_hectare_is_read_as_an_area():
    quantities = factcheck.extract("the 41,200-hectare fire and a 2.5 hectare plot")
    assert [(q.text, q.unit, q.value) for q in quantities] == [
        ("41,200-hectare", "hectare", 41200.0), ("2.5 hectare", "hectare", 2.5)]
