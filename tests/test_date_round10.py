"""Round 10: "N years ago" of a firm founded under its name in another sentence ("set up Ceylon Spice Heritage
in 1987 ... The company, which began trading 34 years ago"), in sentences of our own."""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    ("Ana Ruiz set up Panaderia Ruiz in 1994 with one oven. The bakery chain, which began trading 25 years ago, "
     "now has 40 outlets.", "2024-05-02", "ES", "25 years ago"),
    ("Two brothers founded Kestrel Freight in 2001. The company started operations 30 years ago with a single "
     "lorry.", "2025-03-11", "GB", "30 years ago"),
    ("Mr Okafor established Lagos Lens & Co in 2009. The firm, which began business 20 years ago, employs 45.",
     "2024-08-20", "NG", "20 years ago"),
    ("His grandfather launched Hotel Miramar in 1962. The hotel, which opened 70 years ago, is still family run.",
     "2024-01-10", "IT", "70 years ago"),
]

SILENT = [
    # right
    ("Ana Ruiz set up Panaderia Ruiz in 1994 with one oven. The bakery chain, which began trading 30 years ago, "
     "now has 40 outlets.", "2024-05-02", "ES"),
    ("Two brothers founded Kestrel Freight in 2001. The company started operations 24 years ago with a single "
     "lorry.", "2025-03-11", "GB"),
    # two names founded: which one the company is, the story does not say
    ("Ana Ruiz set up Panaderia Ruiz in 1994 and Cafe Norte in 2005. The company, which began trading 25 years "
     "ago, now has 40 outlets.", "2024-05-02", "ES"),
    # another firm, marked as such
    ("Two brothers founded Kestrel Freight in 2001. Its parent company started operations 30 years ago in Leeds.",
     "2025-03-11", "GB"),
    # a name whose year is not a founding: bought, not set up
    ("The family bought Hotel Miramar in 1962. The hotel, which opened 90 years ago, is still family run.",
     "2024-01-10", "IT"),
]


@pytest.mark.parametrize("text,date,country,flagged", FLAGGED)
def test_flagged(text, date, country, flagged):
    assert found(text, date, country) == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert found(text, date, country) == []
