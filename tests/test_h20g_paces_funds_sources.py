"""FC407 reads a count said per period ("50,000 flats a year") as a pace, compared only with a pace, and money
put up for a work ("pledged $1.4bn to widen the road") as a cost told once more only where a typing slip
explains a later cost. FC101 reads a conversion at another big money's rate ("€46.5m ($60.7m)" is £46.5m in
dollars) as a slip, though it lies inside a loose rate's allowance."""
import pytest

import factcheck


def _rules(text, date="2024-05-14", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


@pytest.mark.parametrize("text", [
    "Under the scheme, 70,000 homes a year would be built on council land.\n\n"
    "Critics noted that fewer than 6,000 of the 40,000 homes promised under a 2018 programme had been handed over.",
    "Under the scheme, 70,000 homes would be built annually on council land.\n\n"
    "Critics noted that fewer than 6,000 of the 40,000 homes promised under a 2018 programme had been handed over.",
])
def test_a_pace_is_not_the_size_of_one_thing(text):
    assert not [r for r in _rules(text) if r[0] == "FC407"]


@pytest.mark.parametrize("text", [
    "The council will build 4,500 homes on the old airfield.\n\n"
    "Critics said the 5,400 homes would take a decade to finish.",
    "The council will build 4,500 homes a year on the old airfield.\n\n"
    "Critics said the 5,400 homes a year would need more builders than the county has.",
])
def test_one_count_or_one_pace_told_twice_is_still_compared(text):
    assert [r for r in _rules(text) if r[0] in ("FC405", "FC407")]


def test_a_year_ago_is_a_time_not_a_pace():
    # "The agency has rehoused 3,200 families a year ago in emergency shelters."
    # (whatever else the rule says of it, "a year ago" does not mark the first count as a pace)
    from factcheck.ruletypes import consistency_same as cs
    assert not cs._RATE_AFTER.match(" a year ago in emergency shelters")
    assert cs._RATE_AFTER.match(" a year would be built")
    assert cs._RATE_AFTER.match(" annually")
    assert cs._RATE_AFTER.match(" a year on the old airfield")
    assert not cs._RATE_AFTER.match(" a year on, the site is empty")


@pytest.mark.parametrize("text", [
    "The state on Monday pledged NZ$1.4 billion to widen 30 kilometres of the motorway south of the city.\n\n"
    "A planner said the $2.4 billion project was poor value against better buses.",
    "The council approved NZ$350 million (US$210 million) for the new hospital wing in March.\n\n"
    "Nurses said the $530 million project had been needed for a decade.",
])
def test_money_put_up_then_the_cost_with_a_slip(text):
    assert ("FC407" in {r[0] for r in _rules(text, "2023-06-01", "NZ")}), _rules(text, "2023-06-01", "NZ")


@pytest.mark.parametrize("text", [
    # a share of the cost, not the cost retyped: no typing slip between them
    "The state on Monday pledged NZ$1.4 billion to widen 30 kilometres of the motorway south of the city.\n\n"
    "A planner said the $3.8 billion project was poor value against better buses.",
    # a cost said with "the" but not put up for the work ("approved" a plan, not money for it)
    "The council approved NZ$350 million in cuts to libraries in March.\n\n"
    "Nurses said the $530 million project had been needed for a decade.",
])
def test_money_put_up_without_a_slip_stays_silent(text):
    assert "FC407" not in {r[0] for r in _rules(text, "2023-06-01", "NZ")}, _rules(text, "2023-06-01", "NZ")


@pytest.mark.parametrize("text", [
    "The dairy group's operating profit rose to €46.5m ($60.7m) last year.",
    "The club's wage bill reached £46.5m ($52.7m) last season.",
])
def test_converted_at_another_moneys_rate(text):
    assert "FC101" in {r[0] for r in _rules(text, "2019-03-14", "IE")}, _rules(text, "2019-03-14", "IE")


@pytest.mark.parametrize("text", [
    "The dairy group's operating profit rose to €46.5m ($52.7m) last year.",     # the euro's rate
    "The dairy group's operating profit rose to €46.5m ($55.5m) last year.",     # a loose rate, no other money's
    "The club's wage bill reached £46.5m ($61.0m) last season.",                 # sterling's rate
])
def test_a_loose_rate_is_not_another_money(text):
    assert "FC101" not in {r[0] for r in _rules(text, "2019-03-14", "IE")}, _rules(text, "2019-03-14", "IE")
