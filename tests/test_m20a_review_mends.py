"""Session 20 review mends (m20a), in our own words.

- A move from its base whose level is taken from a sentence before: only when that figure counts the subject's
  own thing (same noun, or one counting the same: arrivals and visitors; an outlay and a budget), or the subject
  points back by a pronoun or "the figure". "The port handled 3.4 million passengers. Arrivals were up from ..."
  sets no level for arrivals.
- A difference with a unit word ("520 tonnes fewer than the ...") is read as the bare one is.
- A difference of money or of a measure is written in the stated figure's own style ("GH¢ 90m", "210 tonnes").
- A difference said with "less than" is read like "more"/"fewer"; within the levels' rounding it stays silent.
"""
import pytest

import factcheck


def _findings(text, date="2024-05-10", country="GB"):
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule.startswith("FC3")]


def _arith(text, **kw):
    return [(f.rule, f.text) for f in _findings(text, **kw)]


# -- 1. the level told before must count the subject's thing --------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the earlier figure counts something else than the subject
    "Guest houses let 640,000 bed nights last season. Arrivals were up from 510,000, a rise of 9%.",
    "The port handled 3.4 million passengers in 2023. Arrivals were up from 2.6 million, an increase of 11%.",
    "The festival sold 84,000 tickets this summer. Visitors were up from 70,500, a rise of 6%, organisers said.",
    "The council approved 2,300 planning permissions last year. Homes were up from 1,900, an increase of 8%.",
])
def test_level_of_another_thing_is_not_the_subjects(text):
    assert not [r for r in _arith(text) if r[0] == "FC301"]


@pytest.mark.parametrize("text", [
    # same noun, or one counting the same thing
    "The region drew 640,000 tourists last season. Tourists were up from 510,000, a rise of 9%.",
    "The region drew 640,000 foreign visitors last season. Arrivals were up from 510,000, a rise of 9%.",
    # the subject points back at the figure
    "The region drew 640,000 tourists last season. The figure was up from 510,000, a rise of 9%.",
    "The region drew 640,000 tourists last season. They were up from 510,000, a rise of 9%.",
    # a budget and its outlay
    "The county unveiled a £410m budget on Tuesday. The outlay is up from £350m, an increase of 5%.",
])
def test_level_of_the_subjects_thing_is_still_read(text):
    stated = "5%" if "5%" in text else "9%"
    assert ("FC301", stated) in _arith(text)


# -- 3. a difference with a unit word ---------------------------------------------------------------------------------

def test_difference_with_unit_word():
    text = "Mills ground 3,140 tonnes of maize, 520 tonnes fewer than the 3,450 tonnes of a year earlier."
    assert ("FC302", "520 tonnes") in _arith(text)


@pytest.mark.parametrize("text", [
    "Mills ground 3,140 tonnes of maize, 310 tonnes fewer than the 3,450 tonnes of a year earlier.",
    # no base named by a determiner after "than": nothing set against the difference
    "Mills ground 3,140 tonnes of maize, 520 tonnes more than farmers sold at the market.",
])
def test_difference_with_unit_word_near_misses(text):
    assert not [r for r in _arith(text) if r[0] == "FC302"]


# -- 4. the computed difference in the money's own style ---------------------------------------------------------------

def test_money_difference_written_like_the_stated():
    text = "Receipts reached GH¢ 1.2bn, GH¢ 150m more than last year's GH¢ 960m."
    [f] = [f for f in _findings(text, country="GH") if f.rule == "FC302"]
    assert "a change of GH¢ 240m, not GH¢ 150m" in f.message, f.message


def test_measure_difference_written_like_the_stated():
    text = "Mills ground 3,140 tonnes of maize, 520 tonnes fewer than the 3,450 tonnes of a year earlier."
    [f] = [f for f in _findings(text) if f.rule == "FC302"]
    assert "a change of 310 tonnes, not 520 tonnes" in f.message, f.message


def test_count_difference_stays_plain():
    text = "The clinic saw 2,140 patients, 410 fewer than the 2,450 of a year earlier."
    [f] = [f for f in _findings(text) if f.rule == "FC302"]
    assert "a change of 310, not 410" in f.message, f.message


# -- 2. "less than" -------------------------------------------------------------------------------------------------

def test_less_than_difference_is_read():
    text = "Spending was £2.3bn, £250m less than the previous year's £2.9bn."
    assert ("FC302", "£250m") in _arith(text)


def test_less_than_difference_within_rounding_is_silent():
    # £2.35bn against £2.85bn is £500m: the levels' rounding allows the stated figure
    text = "Spending was £2.3bn, £500m less than the previous year's £2.9bn."
    assert not [r for r in _arith(text) if r[0] == "FC302"]


def test_subject_naming_the_verb_said_of_the_level():
    # "Completions" names what was said of the homes ("were completed"): the homes are its level
    text = ("A total of 18,400 new homes were completed in the region last year. "
            "Completions were up from 16,900 in 2022, an increase of 3%.")
    assert ("FC301", "3%") in _arith(text)
    other = text.replace("were completed", "were sold")
    assert not [r for r in _arith(other) if r[0] == "FC301"]
