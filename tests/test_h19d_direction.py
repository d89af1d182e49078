"""Session 19 (helper h19d): a fall that ends far above its start, or a rise far below it (FC214).

FIRES: the verb and the two figures disagree by a usual slip's factor; each failed before this reading.
SILENT: near misses the reading must leave alone."""
import pytest

import factcheck


def _rules(text, date="2024-03-01", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


FIRES = [
    ("The birth rate in the province dropped to a new low of 6.4 last year from 0.71 in 2022, the bureau said.",
     "6.4"),
    ("Monthly car exports slumped from 41,000 units in March to 410,000 units in April as the port was shut.",
     "410,000"),
    ("The insurer's quarterly profit climbed to £3.2m from £32m a year earlier, it said.", "£3.2m"),
    ("Its fleet shrank over the winter to 9,400 buses from 940.", "9,400"),
]

SILENT = [
    # the right figures
    ("The birth rate in the province dropped to a new low of 0.64 last year from 0.71 in 2022, the bureau said.",
     "2024-03-01"),
    ("The insurer's quarterly profit climbed to £32m from £3.2m a year earlier, it said.", "2024-03-01"),
    # the start's scale left unsaid: shorthand, not a slip
    ("Car sales fell to 2.3 million last year from 2.6, the industry body said.", "2024-03-01"),
    # a start that is a year, and a gap that is no usual slip
    ("Visitor numbers rose to 310 a day from 2019 levels, the museum said.", "2024-03-01"),
    ("Admissions fell to 40 from 12 after the ward reopened.", "2024-03-01"),
    # the two figures of different kinds
    ("Output fell to 12% of capacity from 1.2 million tonnes a month.", "2024-03-01"),
]


@pytest.mark.parametrize(("text", "figure"), FIRES)
def test_fires(text, figure):
    found = _rules(text)
    assert ("FC214", figure) in found, found


@pytest.mark.parametrize(("text", "date"), SILENT)
def test_silent(text, date):
    assert not [r for r in _rules(text, date) if r[0] == "FC214"]
