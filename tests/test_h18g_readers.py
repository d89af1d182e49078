"""Session 18 (helper h18g): readers for a total that counts a part named before its list, a remainder's share of
both parts, a session move set against another period's level, a breakdown opened by "Of the <noun>,", the
Caribbean dollars, a budget grown from last year's, and a rate above a norm. Every sentence is our own."""
import pytest

import factcheck


def _rules(text, date="2024-05-10", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CATCHES = [
    # a breakdown opened by "Of the <noun>," refers back to the count of the sentence before (FC305)
    ("The county has recruited 2,150 teachers since January. Of the recruits, 1,120 went to primary schools, "
     "690 to secondary schools and 480 to colleges.", "KE", "FC305", "2,150"),
    # a Caribbean dollar is money: a budget and its allocations add up (FC305)
    ("The parish council approved a J$2.6 billion budget. J$1.2 billion is earmarked for roads, J$800 million "
     "for drainage and J$900 million for markets.", "JM", "FC305", "J$2.6 billion"),
    # ... with the budget's growth on last year's sum said beside it
    ("The borough tabled a TT$410 million budget for the year, up 6% from TT$387 million last year. TT$220 million "
     "would go to roads, TT$130 million to drainage and TT$95 million to parks.", "TT", "FC305", "TT$410 million"),
    # a rate above a norm is measured on the norm (FC301)
    ("The town received 150mm of rain in March, 40% above the long-term average for the month of 80mm.", "GB",
     "FC301", "40%"),
    ("Farmers harvested 2,600 tonnes, 12% above the normal of 2,000 tonnes.", "GB", "FC301", "12%"),
    # three points a win, one a draw (FC321); the wins may be the ordinal of the sentence before
    ("Rovers ended the season with 19 wins, six draws and nine defeats, finishing on 60 points.", "GB", "FC321", "60"),
    ("Rovers won 1-0 at Bury. It was their 19th win of the season. With six draws and nine defeats, they have "
     "60 points.", "GB", "FC321", "60"),
    ("With 19 wins and six draws, Rovers have 60 points, with only nine points left to play for.", "GB", "FC321",
     "60"),
]


@pytest.mark.parametrize("text,country,rule,figure", CATCHES)
def test_caught(text, country, rule, figure):
    assert (rule, figure) in _rules(text, country=country)


NEAR_MISSES = [
    # the total counts a part named before the list ("its other two ...")
    ("The largest campus has 900 students. Its other two campuses have 420 and 380 students, for a total of 1,700.",
     "GB"),
    # "the remaining N, or P%" is a share of both parts, not of the other one
    ("The trust ordered 4 million masks. Of the total, 3.2 million will go to hospitals, with the remaining "
     "800,000, or 20%, kept in reserve.", "GB"),
    # a session's move against last week's close: the move is the day's
    ("The index closed down 42.10 points, or 0.3%, at 14,210.55, compared with 13,980.20 at the end of last week.",
     "GB"),
    # "Of the <noun>," with parts that add up
    ("The county has recruited 2,290 teachers since January. Of the recruits, 1,120 went to primary schools, "
     "690 to secondary schools and 480 to colleges.", "KE"),
    # a budget and allocations that add up, last year's sum beside it
    ("The borough tabled a TT$445 million budget for the year, up 6% from TT$420 million last year. TT$220 million "
     "would go to roads, TT$130 million to drainage and TT$95 million to parks.", "TT"),
    # a rate above a norm that fits
    ("The town received 150mm of rain in March, 87% above the long-term average for the month of 80mm.", "GB"),
    ("Farmers harvested 2,600 tonnes, 30% above the normal of 2,000 tonnes.", "GB"),
    # points that fit three a win, two a win (another table), rugby's bonus points, a deduction, two teams' totals
    ("Rovers ended the season with 19 wins, six draws and nine defeats, finishing on 63 points.", "GB"),
    ("Rovers ended the season with 19 wins, six draws and nine defeats, finishing on 44 points.", "IN"),
    ("The Sharks ended the season with 19 wins, six draws and nine defeats, finishing on 95 points.", "ZA"),
    ("Rovers ended the season with 19 wins, six draws and nine defeats, but were docked three points and finished "
     "on 60 points.", "GB"),
    ("Rovers have 19 wins and six draws, 63 points, while United have 58 points.", "GB"),
]


@pytest.mark.parametrize("text,country", NEAR_MISSES)
def test_silent(text, country):
    assert [r for r in _rules(text, country=country) if r[0].startswith("FC3")] == []
