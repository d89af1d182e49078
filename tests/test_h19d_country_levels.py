"""Session 19 (helper h19d): a country's level said with the change that led to it, and a big economy's trade.

FIRES: a near miss that holds an error the rules must report (each failed before this round's readings).
SILENT: the same shape with the right figure, which must stay quiet."""
import pytest

import factcheck


def _rules(text, date="2023-06-01", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


FIRES = [
    # a head count reached after a change said with its span of time (FC202)
    ("Portugal's population has grown by 2.1% in five years to 31 million, the statistics institute said, "
     "the most since records began in 1864.", "2024-03-01", "PT", "31 million"),
    ("Hungary's population has fallen by 150,000 since the last census to 29 million, officials said.",
     "2024-03-01", "HU", "29 million"),
    # an economy's level reached from a start said first ("fell from ... to"), or after a year's change (FC203)
    ("Ghana's gross domestic product fell from about $390bn in 2021 to $68bn a year later.",
     "2024-03-01", "GH", "$390bn"),
    ("Peru's GDP grew 2.7% in 2022 to $1.3 trillion, the central bank said.", "2024-03-01", "PE", "$1.3 trillion"),
    # an economy of $2tn or more never sells abroad its whole output (FC206)
    ("Japan's exports rose 3% last year to $4.6 trillion, the finance ministry said.", "2024-03-01", "JP",
     "$4.6 trillion"),
    # a crop the nation's ministry counts is the home country's, and no country grows more than the largest
    # producer (FC209)
    ("The farm ministry's new forecast puts this season's maize crop at 950 million tonnes, despite the drought.",
     "2024-03-01", "ZA", "950 million tonnes"),
]

SILENT = [
    ("The farm ministry's new forecast puts this season's maize crop at 16 million tonnes, despite the drought.",
     "2024-03-01", "ZA"),
    # a province's ministry may count a province's crop: not read as the country's
    ("The provincial farm ministry's new forecast puts this season's maize crop at 16 million tonnes.",
     "2024-03-01", "ZA"),
    ("Portugal's population has grown by 2.1% in five years to 10.4 million, the statistics institute said, "
     "the most since records began in 1864.", "2024-03-01", "PT"),
    ("Hungary's population has fallen by 150,000 since the last census to 9.6 million, officials said.",
     "2024-03-01", "HU"),
    ("Ghana's gross domestic product fell from about $79bn in 2021 to $73bn a year later.", "2024-03-01", "GH"),
    ("Peru's GDP grew 2.7% in 2022 to $245bn, the central bank said.", "2024-03-01", "PE"),
    ("Japan's exports rose 3% last year to $710bn, the finance ministry said.", "2024-03-01", "JP"),
    # a small open economy may ship more than its output: below $2tn the ceiling stays at twice GDP
    ("Singapore's exports rose 3% last year to $680bn, the trade ministry said.", "2024-03-01", "SG"),
]


@pytest.mark.parametrize(("text", "date", "country", "figure"), FIRES)
def test_fires(text, date, country, figure):
    assert any(figure in t for _, t in _rules(text, date, country)), _rules(text, date, country)


@pytest.mark.parametrize(("text", "date", "country"), SILENT)
def test_silent(text, date, country):
    assert _rules(text, date, country) == []
