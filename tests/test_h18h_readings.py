"""Session 18, helper h18h: five readings, each with its near misses. Every sentence is our own.

* FC409: two figures pinned to one year, one of them by a relative year ("in 2021" ... "last year" in a 2022
  story), are one value of the thing, whatever change word stands by the later one;
* FC408: a race named by its distance ("the 200m freestyle") is an event, not the size of a thing;
* FC418: a race time referred back to by its athlete with a digit wrong;
* FC101: the Barbados dollar ("BDS$", "Bds$", "BBD") at its peg of BBD 2 per US dollar, and the other pegged
  Caribbean dollars ("EC$" 2.70, "BZ$" 2.00, and in a Nassau paper "B$" at par);
* FC204: an age written before the person it is of ("Officials met a 131-year-old woman") is a person's.
"""
import pytest

import factcheck


def _rules(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CATCHES = [
    # one year, told once by its number and once as "last year"
    ("FC409", "12.6 million", "The cooperative said on Monday it sold 16.2 million cartons of milk in 2021, up from "
     "15.1 million the year before.\n\nIt hopes to sell 17 million cartons this year, a rise of about 5% on the "
     "12.6 million cartons sold last year.", "2022-02-08", "UY"),
    ("FC418", "Moreau's 22.43-second", "Lea Moreau won the 200 metres on Saturday in 22.48 seconds, a meeting "
     "record.\n\nHer coach said Moreau's 22.43-second run showed she was ready for the world championships.",
     "2024-06-02", "FR"),
    ("FC101", "US$60 million", "Island Breweries said it had raised BDS$30 million (US$60 million) from a bond sale "
     "to expand its plant.", "2023-05-16", "BB"),
    ("FC101", "US$10 million", "The airport authority will spend Bds$5 million (US$10 million) on a new runway "
     "light system.", "2023-05-16", "BB"),
    ("FC101", "US$5 million", "The Grenada port authority approved an EC$27 million (US$5 million) crane.",
     "2023-05-16", "GD"),
    ("FC101", "US$25 million", "Nassau Marine reported revenue of B$12.5 million (US$25 million) for the year.",
     "2023-05-16", "BS"),
    ("FC204", "133-year", "Health workers met a 133-year-old man who said he had never seen a doctor.",
     "2021-07-01", "ET"),
    ("FC204", "128-year", "The clinic welcomed a 128-year-old grandmother on Monday.",
     "2021-07-01", "BO"),
]


@pytest.mark.parametrize("rule,text_part,text,date,country", CATCHES)
def test_catches(rule, text_part, text, date, country):
    found = _rules(text, date, country)
    assert any(r == rule and f.startswith(text_part) for r, f in found), found


NEAR_MISSES = [
    # two years: the later figure is the year before's, not the first one's
    ("The cooperative said on Monday it sold 16.2 million cartons of milk in 2021, up from 15.1 million the year "
     "before.\n\nIt hopes to sell 17 million cartons this year, a rise of about 5% on the 12.6 million cartons sold "
     "in 2019.", "2022-02-08", "UY"),
    # a swimmer's two events, and a runner's several distances
    ("Ana Silva set a national record in the 100 metres butterfly on Sunday. She also won the 200m butterfly on "
     "Friday.", "2024-06-02", "BR"),
    ("Kiprono won the 5,000 metres race in Oslo. He will run the 10,000m race in Rome next month.",
     "2024-06-02", "KE"),
    # a time from the heats, a time given as written, another athlete's time last season
    ("Lea Moreau won the 200 metres on Saturday in 22.48 seconds. Her 22.43-second run in the heats on Friday had "
     "been quicker.", "2024-06-02", "FR"),
    ("Lea Moreau won the 200 metres on Saturday in 22.48 seconds. Her coach said Moreau's 22.48-second run was "
     "her best.", "2024-06-02", "FR"),
    ("Moreau won in 22.48 seconds, ahead of Dubois in 22.71 seconds. Dubois's 22.79-second run last season is "
     "still her best.", "2024-06-02", "FR"),
    # the peg applied the right way round
    ("Island Breweries said it had raised BDS$30 million (US$15 million) from a bond sale.", "2023-05-16", "BB"),
    ("The Grenada port authority approved an EC$27 million (US$10 million) crane.", "2023-05-16", "GD"),
    ("Belize will borrow BZ$80 million (US$40 million) for roads.", "2023-05-16", "BZ"),
    # "B$" outside the Bahamas is Brunei's dollar, for which no rate is kept
    ("The sultanate opened a B$7 million (US$14 million) school.", "2023-05-16", "BN"),
    # an old thing's age, written before the thing
    ("Volunteers repainted a 135-year-old church where women of the parish still meet.", "2021-07-01", "ET"),
    ("Officials reopened the 140-year-old bridge on Monday.", "2021-07-01", "GB"),
]


@pytest.mark.parametrize("text,date,country", NEAR_MISSES)
def test_near_misses(text, date, country):
    found = [(r, f) for r, f in _rules(text, date, country) if r in ("FC409", "FC408", "FC418", "FC101", "FC204")]
    assert found == [], found
