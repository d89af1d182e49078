"""Session 18 (helper m18a): mends from the review of this session's arithmetic readers. Each guard that silenced
a real wrong total (or a team's points) is narrowed; the cases it was made for stay silent. Every sentence is ours."""
import pytest

import factcheck


def _rules(text, date="2024-05-10", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CAUGHT = [
    # a run made of the list's own first parts is no other list: the total is wrong (FC308, FC305)
    ("Party A won 40 seats, Party B 30 and Party C 25, a total of 70 seats.", "FC308", "70"),
    ("The three depots shipped 500 crates, 300 crates and 200 crates, a total of 800 crates.", "FC308", "800"),
    ("Of the 70 seats, Labour won 40, the Greens 30 and independents 25.", "FC305", "70"),
    # an earlier figure of the measure equal to the shortfall is no part left out of the list without a cue
    ("The party, which won 12 seats in 2019, took 40 seats in the north, 30 in the south and 25 in the west, "
     "a total of 107 seats.", "FC308", "107"),
    ("The firm had 150 staff in its first year. It now employs 400 staff in Leeds, 300 in York and 100 in Hull, "
     "a total of 950 staff.", "FC308|FC311", "950"),
]


@pytest.mark.parametrize("text,rule,figure", CAUGHT)
def test_wrong_total_caught(text, rule, figure):
    assert any((r, figure) in _rules(text) for r in rule.split("|"))


POINTS_CAUGHT = [
    "With 17 wins and four draws this season, they have 58 points.",
    "The victory was their 20th of the season. With six draws, they sit on 57 points.",
]


@pytest.mark.parametrize("text", POINTS_CAUGHT)
def test_wrong_points_still_caught(text):
    assert [r for r, _ in _rules(text) if r == "FC321"]


SILENT = [
    # another run beside the total: the list was misread (the cases the guard was made for)
    ("The Alliance won 64 seats, with its partner in the north taking another four seats and the Greens two seats, "
     "for a total of 70 seats.", "FC308"),
    ("Of the 64 passengers, 38 were men and 26 were women, and 31 were children.", "FC305"),
    # a part named before the list, with a cue that the list leaves it out
    ("The largest campus has 900 students. Its other two campuses have 420 and 380 students, for a total of 1,700.",
     "FC308"),
    ("The main site has 120 beds. The remaining wards have 80 beds and 50 beds, a total of 250 beds.", "FC308"),
]


@pytest.mark.parametrize("text,rule", SILENT)
def test_a_total_of_another_reading_is_silent(text, rule):
    assert not [r for r, _ in _rules(text) if r == rule]


POINTS_SILENT = [
    # a record of another span than the season's; "lifting them to" states the season's total
    "Since Moyes took over in January they have six wins and three draws, lifting them to 25 points and out of the "
    "drop zone.",
    "Under their new coach they have eight wins and two draws, taking them to 30 points.",
    "In their last 10 games they have seven wins and two draws and now sit on 28 points.",
    # points deducted earlier in the story
    "Everton were deducted six points in November. With 10 wins and 8 draws this season, they have 32 points.",
    "The club was docked four points for breaching the rules. With 12 wins and 5 draws, it has 37 points.",
    # the ordinal counts the wins in all competitions, away or at home, not the league's
    "The victory was their 20th of the season in all competitions. With six draws, they sit on 57 points in the "
    "league.",
    "The win was their 9th of the season away from home. With four draws, they have 35 points.",
]


@pytest.mark.parametrize("text", POINTS_SILENT)
def test_points_of_another_reckoning_are_silent(text):
    assert not [r for r, _ in _rules(text) if r == "FC321"]
