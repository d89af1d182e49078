"""A margin or an average that fits none of the figures around it while a typing slip of it fits two (FC315,
slipped_results.py): in our own words, with the near misses each guard is for."""
import pytest

import factcheck


def _slipped(text: str, country: str = "GB") -> list:
    return [f for f in factcheck.check(text, date="2024-05-01", country=country) if f.rule == "FC315"]


FLAGGED = [
    # a margin of votes, the two tallies in the sentence before
    ("Ruiz took 24,310 votes and the mayor 23,452. She won by a margin of 958 votes.", "958", "858"),
    # an index move in points against the two closes
    ("The index closed at 18,204.6, up from 17,930.2 on Monday. It gained 247.4 points on the day, traders said.",
     "247.4", "274.4"),
    # a deficit, the revenue and the spending told before
    ("The county expects revenue of £612m. Spending is put at £847m, leaving a deficit of £253m.", "£253m", "£235m"),
    # an amount of money "higher than" the figure it is measured from, a rate set off between
    ("Councillors approved a €148.6m budget. It is €9.2m, or 5.1%, higher than this year's €141.4m.", "€9.2m",
     "€7.2m"),
    # basis points between two yields
    ("The bonds priced at a yield of 4.15%, against guidance of 4.40%, or 15 basis points tighter.", "15 basis points",
     "25 basis points"),
    # an average a day over a count of days in digits
    ("The port handled 1,456,000 tonnes in the quarter. Over its 91 days that is 16,900 tonnes a day.",
     "16,900 tonnes a day", "16,000 tonnes a day"),
    # runs an over, the overs counted by their noun
    ("Colombo made 287 runs in their 50 overs, a rate of 5.47 an over.", "5.47", "5.74"),
    # an average per hectare
    ("Farmers harvested 84,600 tonnes from 21,150 hectares, a yield of 5.0 tonnes per hectare.", "5.0 tonnes",
     "4.0 tonnes"),
]


@pytest.mark.parametrize(("text", "stated", "meant"), FLAGGED)
def test_a_result_one_slip_away_from_its_figures(text, stated, meant):
    found = _slipped(text)
    assert [f.text for f in found] == [stated]
    assert found[0].suggestion == f"Did you mean {meant}?"
    assert len(found[0].related) == 2
    assert not _slipped(text.replace(stated, meant))


SILENT = [
    # two digits: small margins slip into each other too easily
    "Canterbury beat Otago 31-17 and lead the table by 24 points.",
    # a score is no margin and no figure of one
    "Taranaki won 31-24 in New Plymouth, a 14-point swing from last week's 17-31 loss.",
    # hedged or bounded: not the exact figure a slip would be
    "Ruiz took 24,310 votes and the mayor 23,452. She won by a margin of about 958 votes.",
    "Ruiz took 24,310 votes and the mayor 23,452. She won by a margin of more than 758 votes.",
    # a result far from every pair: of something not in the copy
    "Ruiz took 24,310 votes and the mayor 23,452, the closest race since a margin of 3,917 votes in 2011.",
    # an average against a hedged whole over an attributive count ("the 90-day quarter")
    "The railway runs 10 trains a day in each direction, or about 1,800 trips over the 90-day quarter.",
    # a margin of another occasion
    "Ruiz won by 958 votes in 2019; this time she took 24,310 to the mayor's 23,452.",
    # "a year earlier" is a time, not an average per year
    "Revenue passed $40 million over three years, up from $13 million a year earlier.",
    # the count of days written in words: not read
    "The port handled 1,456,000 tonnes over ninety days, or 16,900 tonnes a day.",
    # two pairs whose gaps are both one slip away: which was meant is not told
    "Ruiz took 24,310 votes, Lee 24,400 and the mayor 23,452. She won by a margin of 958 votes.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent_where_no_one_slip_is_told(text):
    assert not _slipped(text)
