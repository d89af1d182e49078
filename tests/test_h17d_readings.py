"""Session 17 (helper h17d): lists, wholes, multiples and terms read as newsrooms write them.

Each SILENT text was flagged before this round's readings and must stay silent; each FIRES text is a near miss
that still holds an error the rules must report."""
import pytest

import factcheck


def _rules(text, date="2023-06-01", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


SILENT = [
    # a per-period rate over several periods is no single part of the whole (FC308)
    ("The contract covers 300 fixtures: 50 a season in 2024 and 2025, 60 in 2026 and 2027 and 80 in 2028.",
     "2023-06-01", "GB"),
    ("The airline will take 130 jets: 20 a year in 2025 and 2026, 25 in 2027 and 2028 and 40 in 2029.",
     "2023-06-01", "GB"),
    # the parts counted in words after the list is how many there are, not a part (FC308)
    ("The board approved an extra 4,200 scans: 1,900 in cardiology, 1,500 in neurology and 800 in oncology, "
     "the three departments with the worst backlogs.", "2023-06-01", "GB"),
    # the part said to be what is left closes the list: a part of a part after it is no further part (FC305)
    ("The council passed a £40 million budget on Monday. Capital projects will receive £12 million, or 30% of it. "
     "Day-to-day services account for the remaining £28 million. Staff pay is budgeted at £19 million, about "
     "half of all spending.", "2023-06-01", "GB"),
    # a term asked for, referred back to, was never given to anyone (FC411)
    ("The court sentenced the former treasurer to eight years in prison. A plea deal earned him a one-third cut "
     "from the 12-year sentence the prosecution had originally requested.", "2023-06-01", "GB"),
    # a bare "doubled" announced, then said again with its own figure: the move between is another (FC303)
    ("The city doubled bus fares in the outer zone last year. Fares in the centre rose 10% to £2.20 from £2.00. "
     "In the outer zone, the fare was doubled to £4.00.", "2023-06-01", "GB"),
    # a figure in a phrase of origin describes the figure before it: that one is compared (FC303)
    ("Some 1,800 cyclists from 40 countries took part, more than double the 820 who rode in 2022.",
     "2023-06-01", "GB"),
]


@pytest.mark.parametrize(("text", "date", "country"), SILENT)
def test_silent(text, date, country):
    assert _rules(text, date, country) == []


FIRES = [
    # a list with no rate: still added up
    ("The contract covers 300 fixtures: 50 in 2024, 60 in 2026 and 80 in 2028.", "FC308", "300"),
    # a rate of another figure in a part's words ("two days a week") leaves the list whole
    ("Of the 900 homes surveyed, 480 said they had no power for two days a week, 310 reported cuts and 190 said "
     "supply was reliable.", "FC305", None),
    # the count after the list is a different number from its parts: still a part (and the sum is off)
    ("Rescuers found 52 men, 27 women and 14 children, a total of 88.", "FC308", "88"),
    # a whole overfilled by the first allocations, before any part said to be what is left
    ("The council passed a £40 million budget on Monday. Capital projects will receive £22 million, or 55% of it. "
     "Day-to-day services will get £28 million.", "FC305", None),
    # a term referred back to that nobody asked for or got
    ("The court sentenced the former treasurer to eight years in prison. His lawyer said he would appeal the "
     "12-year sentence.", "FC411", None),
    # a comparison of the head figure that does not fit
    ("Some 1,200 cyclists from 40 countries took part, more than double the 820 who rode in 2022.",
     "FC303", None),
]


@pytest.mark.parametrize(("text", "rule", "flagged"), FIRES)
def test_fires(text, rule, flagged):
    found = _rules(text)
    assert any(r == rule and (flagged is None or t == flagged) for r, t in found), found


CATCHES = [
    # a figure with decimals told again rounded, its digits in another order (FC412); a weekday owns nothing
    ("The index jumped 2,841.57 points, or 3.1%, to close at 94,310.20. Brokers were relieved. \"Tuesday's "
     "2,481-point gain was overdue,\" one said.", "FC412", "2,481"),
    # a league table's gap between the leader's points and the rival's named after it (FC302)
    ("Celtic finished the season on 93 points, 11 clear of Rangers on 84.", "FC302", "11"),
    # the count an average is worked out over, said first (FC316)
    ("Over 38 home games, the club drew 1.1 million fans, an average of about 35,000 a match.", "FC316",
     "about 35,000"),
]


@pytest.mark.parametrize(("text", "rule", "flagged"), CATCHES)
def test_catches(text, rule, flagged):
    assert (rule, flagged) in _rules(text)


QUIET = [
    # rounded the right way: the same figure
    "The index jumped 2,841.57 points, or 3.1%, to close at 94,310.20. Brokers were relieved. \"Tuesday's "
    "2,842-point gain was overdue,\" one said.",
    # the gap is right
    "Celtic finished the season on 93 points, nine clear of Rangers on 84.",
    "Celtic finished the season on 93 points, 9 clear of Rangers on 84.",
    # the average is right, to its hedge
    "Over 38 home games, the club drew 1.1 million fans, an average of about 29,000 a match.",
    # an average per another thing than the count's (a month, not a branch)
    "Across 12 branches, the bank lent $48 million, an average of about $9 million a month.",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text):
    assert _rules(text) == []


def test_a_small_count_named_in_full_is_held_to_its_names():
    text = ("The festival will use 12 venues in four towns: Ripon, Thirsk, Malton and Whitby. Six venues are in "
            "Ripon, with two each in the other three towns. Hotels expect bookings across the five host towns.")
    assert ("FC408", "five host towns") in _rules(text)


@pytest.mark.parametrize("text", [
    # the names agree with the later count
    "The festival will use 12 venues in four towns: Ripon, Thirsk, Malton and Whitby. Six venues are in Ripon, "
    "with two each in the other three towns. Hotels expect bookings across the four host towns.",
    # a small count not named in full may gain one (a new town)
    "The festival will use 12 venues in four towns. Six venues are in Ripon. Hotels expect bookings across the "
    "five host towns.",
])
def test_a_small_count_not_contradicted(text):
    assert [r for r in _rules(text) if r[0] == "FC408"] == []


def test_all_on_board_told_again_with_another_count():
    # being on board is what carrying them said; "later buses" describes the buses, it narrates no change (FC402)
    text = ("The coach carrying 48 passengers broke down on the motorway on Friday. The operator said the 62 "
            "passengers who were on board were taken home on later buses.")
    assert ("FC402", "62 passengers") in _rules(text)


@pytest.mark.parametrize("text", [
    # those on board another vehicle are a part
    "The coach carrying 48 passengers broke down on the motorway on Friday. The operator said the 12 passengers who "
    "were on board the second coach were taken home on later buses.",
    # a count restricted by what was done to them is a part ("who were taken to hospital")
    "The coach carrying 48 passengers broke down on the motorway on Friday. The operator said the 12 passengers who "
    "were taken to hospital went home on later buses.",
])
def test_on_board_near_misses(text):
    assert [r for r in _rules(text) if r[0] in ("FC402", "FC408")] == []


def test_named_units_adding_up_past_the_whole():
    text = ("The miner's output rose 4% last year to 5.2 million tonnes, from 5.0 million tonnes. The Aral mine "
            "produced 2.4 million tonnes, the Taldy mine 1.9 million tonnes and the newer Kyzyl mine 1.6 million "
            "tonnes.")
    assert ("FC305", "5.2 million tonnes") in _rules(text)


@pytest.mark.parametrize("text", [
    # the units add up to the whole
    "The miner's output rose 4% last year to 5.2 million tonnes, from 5.0 million tonnes. The Aral mine produced "
    "2.4 million tonnes, the Taldy mine 1.6 million tonnes and the newer Kyzyl mine 1.2 million tonnes.",
    # units of different kinds are not the whole's breakdown
    "The group's output rose 4% last year to 5.2 million tonnes, from 5.0 million tonnes. The Aral mine produced "
    "2.4 million tonnes, the Taldy smelter 1.9 million tonnes and the Kyzyl port 1.6 million tonnes.",
])
def test_named_units_near_misses(text):
    assert [r for r in _rules(text) if r[0] in ("FC305", "FC308")] == []
