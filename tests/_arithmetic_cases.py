"""Shared by the arithmetic class tests: each case is a wrong sentence, the figure that must be
flagged in it, and its corrected twin that must stay silent; near-misses must stay silent too."""
from __future__ import annotations

import factcheck

DATE = "2025-03-14"


def arithmetic(text, country=None):
    return [f for f in factcheck.check(text, date=DATE, country=country) if f.category == "arithmetic"]


def _ids(cases):
    return [c[0][:60] for c in cases]


def _flags(wrong, flagged, right, country=None):
    found = arithmetic(wrong, country)
    assert [f.text for f in found] == [flagged], [(f.rule, f.text, f.message) for f in found]
    found = arithmetic(right, country)
    assert not found, [(f.rule, f.text, f.message) for f in found]


def caught_alone(text, flagged, country=None):
    """The story's one arithmetic finding is on `flagged`."""
    found = arithmetic(text, country)
    assert [f.text for f in found] == [flagged], [(f.rule, f.text, f.message) for f in found]


def _silent(text, country=None):
    found = arithmetic(text, country)
    assert not found, [(f.rule, f.text, f.message) for f in found]
