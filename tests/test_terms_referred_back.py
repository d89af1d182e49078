"""A prison term referred back to with a length the story never gave (FC411), in our own words."""
import pytest

import factcheck


def _terms(text: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date="2025-03-04", country="GB") if f.rule == "FC411"]


def test_a_term_never_given_is_flagged_with_the_first_one_as_evidence():
    text = ("A judge jailed the former mayor for nine years for taking bribes. Two aides got two years each. "
            "Her lawyer said she would appeal the seven-year sentence.")
    found = [f for f in factcheck.check(text, date="2025-03-04", country="GB") if f.rule == "FC411"]
    assert [f.text for f in found] == ["the seven-year sentence"]
    assert "nine" in found[0].message


@pytest.mark.parametrize("text", [
    # the term referred back to is one of the terms given
    "The judge jailed the mayor for nine years and her aide for four years. The four-year term was suspended.",
    # said again the same way, twice
    "The mayor was sentenced to nine years. The nine-year term begins at once; the nine-year sentence may be appealed.",
    # no term given before: nothing to compare with
    "Her lawyer said she would appeal the seven-year sentence handed down last week.",
    # a term asked for, not referred back to
    "The mayor was sentenced to nine years. Prosecutors had sought a 12-year term.",
])
def test_terms_near_misses_stay_silent(text):
    assert not _terms(text)


def test_a_plural_without_an_s_is_a_count_noun_for_the_digit_slip_check():
    text = "The airline operates 64 aircraft. Analysts said the average age of its 46 aircraft is 6.2 years."
    assert [f.rule for f in factcheck.check(text, date="2024-05-01", country="TR")] == ["FC405"]
    # an order of new aircraft is a second thing, not the fleet said again
    assert not factcheck.check("The airline operates 64 aircraft. It has ordered 46 aircraft for delivery by 2030.",
                               date="2024-05-01", country="TR")


def _digits(text: str, country: str = "GB") -> list[str]:
    return [f.text for f in factcheck.check(text, date="2025-03-04", country=country) if f.rule == "FC412"]


def test_a_figure_referred_back_with_its_digits_swapped():
    text = ("The number waiting for surgery rose to 5,960 at the end of January. \"Clearing the backlog of 5,690 "
            "patients will take a year,\" the director said.")
    assert _digits(text, "FI") == ["5,690"]


@pytest.mark.parametrize("text", [
    # a figure not referred back to: a run total of a season, after "with"
    "Rao scored 214 runs in the final. He finished the tournament as the leading run-getter with 412 runs.",
    # compared with another year's figure
    "Exports reached $8.24b in FY23, up 517pc when compared with the figure of $2.84b for FY21.",
    # two-digit counts with different words after them: chance
    "The club has 64 members. Its 46 volunteers run the kitchen.",
    # the value given before as itself: a second figure
    "The plant employs 1,487 staff and 1,847 contractors. The 1,847 contractors were paid late.",
])
def test_digits_near_misses_stay_silent(text):
    assert not _digits(text)
