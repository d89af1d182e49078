"""Conversion readings from session 16's b171-b174: the story's own country decides which peso it writes (a
Uruguayan, Dominican or Cuban story's pesos are never Philippine ones; with no rate for theirs, the check is
silent); a restating noun that names an amount written earlier as that thing goes back to it, not to the amount
of the sentence just before; a conversion multiplied by the rate where it should be divided ("€50m ($46m)"),
which for a money near the dollar falls inside a loose rate's allowance; and their near misses."""
import pytest

import factcheck


def _conversions(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "conversion"]


# -- whose peso -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("country", ["UY", "DO"])
def test_a_story_s_own_pesos_are_not_read_as_another_country_s(country):
    text = ("Beef sales abroad slipped to $410m, or about 16bn pesos, in the quarter, the export agency said "
            "in its monthly report.")
    assert _conversions(text, "2023-05-18", country) == []


def test_pesos_in_a_philippine_story_are_still_checked():
    text = ("Beef sales abroad slipped to $410m, or about 16bn pesos, in the quarter, the export agency said "
            "in its monthly report.")
    assert _conversions(text, "2023-05-18", "PH") == ["about 16bn pesos"]


def test_pesos_in_a_philippine_story_at_the_right_rate_stay_silent():
    text = ("Beef sales abroad slipped to $410m, or about 22.8bn pesos, in the quarter, the export agency said "
            "in its monthly report.")
    assert _conversions(text, "2023-05-18", "PH") == []


# -- which amount a restating noun names --------------------------------------------------------------------------

_BUDGET = ("Hillcrest Shire Council adopted a $92.4 million budget for 2020-21 on Tuesday. The typical household "
           "bill will rise to $1,615. The budget, equivalent to about US${usd} million, includes a $1.2 million "
           "relief fund.")


def test_a_restating_noun_goes_back_to_the_amount_written_as_that_thing():
    # US$63.6m is the A$92.4m budget at mid-2020 rates, not the $1,615 bill before it
    assert _conversions(_BUDGET.format(usd="63.6"), "2020-06-25", "AU") == []


def test_a_restatement_of_the_amount_just_before_is_still_checked():
    text = ("The council will borrow $92.4 million to build a new library. The loan, equivalent to about "
            "US$92.4 million, will be repaid over 20 years.")
    assert _conversions(text, "2020-06-25", "AU") == ["about US$92.4 million"]


# -- converted the wrong way round --------------------------------------------------------------------------------

def test_a_conversion_multiplied_by_the_rate_instead_of_divided_is_caught():
    # in November 2024 a dollar bought about 0.93 euros: €80m is about $86m, and $74m is 80 x 0.93
    text = "The bank will lend €80m ($74m) to upgrade the regional rail network, the ministry said on Monday."
    assert _conversions(text, "2024-11-20", "DE") == ["$74m"]


@pytest.mark.parametrize("usd", ["$86m", "$84m", "$88m"])
def test_a_conversion_the_right_way_round_stays_silent(usd):
    text = f"The bank will lend €80m ({usd}) to upgrade the regional rail network, the ministry said on Monday."
    assert _conversions(text, "2024-11-20", "DE") == []


def test_a_loose_rate_short_of_the_wrong_way_figure_stays_silent():
    # $78m is 8% under the month's rate: a bank's or another day's rate, not a rate applied backwards
    text = "The bank will lend €80m ($78m) to upgrade the regional rail network, the ministry said on Monday."
    assert _conversions(text, "2024-11-20", "DE") == []
