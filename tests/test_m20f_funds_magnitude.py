"""FC407 compares money put up for a work ("earmarked A$1.9 billion for the new terminal") with a later cost of
the work when the two are one figure typed with the wrong scale word ("the $1.9 million project"): the same
digits a thousand times apart (a hundred for lakh and crore) are no share of the cost but a slip. A share of a
larger cost, another work and a later phase stay silent."""
import pytest

import factcheck


def _fc407(text, date="2024-05-01", country="AU"):
    found = [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]
    return [r for r in found if r[0] == "FC407"], found


@pytest.mark.parametrize("text", [
    "The government set aside A$2.6 billion for the new rail link on Thursday.\n\n"
    "Residents living along the route said the $2.6 million project had ignored them.",
    "The council has approved A$480 million for the new aquatic centre, the mayor said.\n\n"
    "Opponents said the $480 billion scheme was the wrong priority for the town.",
    "Ministers earmarked A$3.4m for the harbour upgrade on Tuesday.\n\n"
    "Fishers said the $3.4bn project would take years to finish.",
])
def test_money_put_up_then_the_cost_at_another_scale(text):
    hits, found = _fc407(text)
    assert hits, found


@pytest.mark.parametrize("text", [
    # a share of a larger cost: other digits, other scale
    "The state committed A$200 million to the new rail link on Thursday.\n\n"
    "Residents said the $1.2 billion project had ignored them.",
    # the same digits at the same scale: the cost told again, nothing to flag
    "The government set aside A$2.6 billion for the new rail link on Thursday.\n\n"
    "Residents said the $2.6 billion project had ignored them.",
    # another work named by its own noun
    "The government set aside A$2.6 billion for the new rail link on Thursday.\n\n"
    "Residents said the $2.6 million car park beside the station had ignored them.",
    # a later phase of the work
    "The government set aside A$2.6 billion for the new rail link on Thursday.\n\n"
    "Residents said the $2.6 million second stage of the project had ignored them.",
    # a part of the whole in the later figure's clause
    "The government set aside A$2.6 billion for the new rail link on Thursday.\n\n"
    "Of that, the first $2.6 million would go to planning.",
])
def test_other_amounts_stay_silent(text):
    hits, found = _fc407(text)
    assert not hits, found


def test_lakh_for_crore_is_a_scale_slip_too():
    text = ("The state cabinet sanctioned Rs 450 crore for the new bridge over the river on Monday.\n\n"
            "Engineers said the Rs 450 lakh project would need two working seasons.")
    hits, found = _fc407(text, "2024-05-01", "IN")
    assert hits, found
