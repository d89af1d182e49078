"""Session 18 (helper h18c): arithmetic readings and guards measured on the unseen set. Every sentence is our own."""
import pytest

import factcheck


def _rules(text, date="2024-05-10", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


# A stated total that another run of figures beside it adds up to exactly: the copy adds up, the list was misread.
TOTAL_OF_ANOTHER_RUN = [
    # the list is three long, the second and third said with "another"
    ("The Alliance won 64 seats, with its partner in the north taking another four seats and the Greens two seats, "
     "for a total of 70 seats.", "MY"),
    # a table whose totals close the list before them, not the one after
    ("Medals after day five:\n- Kenya: 12 Gold, 9 Silver, 7 Bronze – Total: 28 Medals\n"
     "- Ethiopia: 8 Gold, 11 Silver, 6 Bronze – Total: 25 Medals\n"
     "- Uganda: 3 Gold, 2 Silver, 5 Bronze – Total: 10 Medals", "KE"),
]


@pytest.mark.parametrize("text,country", TOTAL_OF_ANOTHER_RUN)
def test_a_total_that_another_run_adds_up_to_is_silent(text, country):
    assert not [r for r, _ in _rules(text, country=country) if r == "FC308"]


def test_a_total_no_run_adds_up_to_is_still_flagged():
    text = "The ward nurses treated 49 men, 31 women and 12 children, a total of 96 patients."
    assert ("FC308", "96") in _rules(text)


# Parts said to exceed their whole when a run of them is the whole exactly: the further figure counts across the
# others (children among the men and women), not beside them.
WHOLE_OF_ANOTHER_RUN = [
    "Of the 64 passengers, 38 were men and 26 were women, and 31 were children.",
    "Of the 120 delegates, 70 came from the north and 50 from the south, and 45 were attending for the first time.",
]


@pytest.mark.parametrize("text", WHOLE_OF_ANOTHER_RUN)
def test_a_whole_that_a_run_of_its_parts_adds_up_to_is_silent(text):
    assert not [r for r, _ in _rules(text) if r == "FC305"]


def test_parts_over_a_whole_no_run_adds_up_to_are_still_flagged():
    assert ("FC305", "31 were women") in _rules("Of the 64 passengers, 38 were men and 31 were women.")
