"""Session 20 (h20h): arithmetic readings from batches b207-b210, in our own words.

Catches: a move said from its base by a subject that points back at a level given a sentence or two before
("The levy is up from ..., an increase of P%"); a share whose whole is named before it ("... of the total, or
P%") or counted by a noun of the same thing (visitors, tourists); a second move after ", bringing its ...".
Silences: a multiple said of some of the things ("some fares had doubled") or of a subject of its own joined by
"and"; an age or a hyphened count in a list ("Okafor, 58, heads a three-party alliance"); a guess between two
("crews of six or seven"); a measure that sizes the thing passed through ("the 48km canal").
"""
import pytest

import factcheck


def _rules(text, date="2024-05-10", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def _arith(text, **kw):
    return [r for r in _rules(text, **kw) if r[0].startswith("FC3")]


# -- a move from its base, its level told a sentence or two before ------------------------------------------------

@pytest.mark.parametrize("text, stated", [
    ("The harbour board approved a £640m spending plan on Monday. Members debated it for four hours. "
     "The plan is up from £520m last year, an increase of 31%, mostly for dredging.", "31%"),
    ("The museum drew 48,300 visitors in March, its busiest month. "
     "Visitors were up from 39,100 in March 2023, a rise of 12%, the trust said.", "12%"),
])
def test_move_from_base_with_level_told_before(text, stated):
    assert ("FC301", stated) in _arith(text)


@pytest.mark.parametrize("text", [
    # the stated size fits the level told before
    "The harbour board approved a £640m spending plan on Monday. Members debated it for four hours. "
    "The plan is up from £520m last year, an increase of 23%, mostly for dredging.",
    "The museum drew 48,300 visitors in March, its busiest month. "
    "Visitors were up from 39,100 in March 2023, a rise of 24%, the trust said.",
    # two figures of the level's order before: which is the level is not clear
    "The museum drew 48,300 visitors in March and 51,200 in April. "
    "Visitors were up from 39,100 a year ago, a rise of 12%, the trust said.",
    # no subject pointing back: a new thing's move
    "The museum drew 48,300 visitors in March. "
    "Membership sales at the shop rose from 39,100 units, a rise of 12%, the trust said.",
])
def test_move_from_base_near_misses(text):
    assert not [r for r in _arith(text) if r[0] == "FC301"]


def test_aim_before_is_not_the_level():
    text = ("The island welcomed 61,400 visitors in June, putting it on course for its target of 700,000 this year. "
            "Arrivals were up from 50,200 in June 2023, an increase of 22%.")
    assert not [r for r in _arith(text) if r[0] == "FC301"]    # 61,400 fits; the target is no level


# -- a share whose whole was given before --------------------------------------------------------------------------

def test_share_with_whole_named_before_it():
    text = ("Turnover fell 8% to 2.5 trillion won from 2.72 trillion won. "
            "Exports made up 1.6 trillion won of the total, or 51%, the company said.")
    assert ("FC313", "51%") in _arith(text, country="KR")


def test_share_with_whole_named_before_it_fits():
    text = ("Turnover fell 8% to 2.5 trillion won from 2.72 trillion won. "
            "Exports made up 1.6 trillion won of the total, or 64%, the company said.")
    assert not _arith(text, country="KR")


def test_share_of_visitors_against_tourists():
    text = ("Portugal received 31.2 million foreign tourists last year, up 9% from 28.6 million. "
            "Germany was the biggest market with 4.1 million visitors, or 21% of the total.")
    assert ("FC313", "21%") in _arith(text, country="PT")
    fits = text.replace("or 21%", "or 13%")
    assert not [r for r in _arith(fits, country="PT") if r[0] == "FC313"]


# -- a second move after ", bringing its ..." ------------------------------------------------------------------------

def test_move_before_a_bringing_clause():
    text = ("Sales rose from $4.2bn to $4.9bn, a rise of 25%, helped by 14 new outlets, "
            "bringing its total from 210 to 224.")
    assert ("FC301", "25%") in _arith(text, country="US")
    fits = text.replace("25%", "17%")
    assert not _arith(fits, country="US")


# -- multiples said of something else --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ticket revenue is forecast at £61m, up from £55m. Fans complained about the new pricing, saying some "
    "season tickets had doubled.",
    "Entries reached 6,200 this year, up from 5,100, and the organisers said prize money had been doubled "
    "to a total of £40,000.",
    "Entries reached 6,200 this year, up from 5,100, and ticket prices have tripled since the event began.",
])
def test_multiple_of_another_subject_is_silent(text):
    assert not [r for r in _arith(text) if r[0] == "FC303"]


@pytest.mark.parametrize("text", [
    "Entries tripled from 2,100 to 4,300 over the past two years.",
    "Confirmed cases tripled from 31 to 62 over the past fortnight, and clinics are stretched.",
])
def test_multiple_of_the_figures_still_checked(text):
    assert [r for r in _arith(text) if r[0] == "FC303"]


# -- lists: ages, hyphened counts, guesses between two ---------------------------------------------------------------

def test_age_and_hyphened_count_are_no_parts():
    text = ("Okafor, 58, heads a three-party alliance of the APC, the Labour Party and the NNPP. "
            "Together they control 71 of the 109 seats.")
    assert not _arith(text, country="NG")


def test_guess_between_two_is_no_part():
    text = ("The 120 boats sailed in 21 fleets: 13 inshore fleets, which are crewed by teams of six or seven "
            "volunteers, and 8 offshore fleets.")
    assert not _arith(text)
    wrong = text.replace("21 fleets", "24 fleets")
    assert [r for r in _arith(wrong) if r[0] in ("FC308", "FC311")]


# -- a measure that sizes the thing passed through -------------------------------------------------------------------

def test_attributive_measure_is_not_the_level():
    text = "Some 412 barges used the 48km canal in April, down 22.1% from 529 in April 2023, the authority said."
    assert not _arith(text, country="NL")
    wrong = text.replace("22.1%", "32.1%")
    assert ("FC301", "32.1%") in _arith(wrong, country="NL")
