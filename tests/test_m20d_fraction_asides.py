"""A fraction in words said again in figures in an aside right after it must be that fraction, as writers
round it ("a quarter - 25% -"; "more than half (55%)"), or FC322 flags the figure."""
import pytest

import factcheck


def _fraction_asides(text):
    return [f for f in factcheck.check(text, date="2021-03-09", country="GB") if f.rule == "FC322"]


@pytest.mark.parametrize("text, figure, computed", [
    ("Roughly a fifth (35%) of the town's shops stand empty.", "35%", "20%"),
    ("A quarter - 45% - of the 600 nurses plan to strike.", "45%", "25%"),
    ("Almost half — 71% — of the region's farms lack broadband.", "71%", "50%"),
    ("More than a third (52%) of the lots went unsold at auction.", "52%", "33.3%"),
    ("The council said that about half (68%) of the new homes were affordable.", "68%", "50%"),
    ("Less than a quarter (38%) of the roads were gritted.", "38%", "25%"),
    ("Two-thirds (45%) of the members signed the letter.", "45%", "66.7%"),
])
def test_fraction_and_its_aside_disagree(text, figure, computed):
    found = _fraction_asides(text)
    assert [f.text for f in found] == [figure], found
    assert computed in found[0].message


@pytest.mark.parametrize("text", [
    # the aside agrees, as writers round
    "Roughly a fifth (21%) of the town's shops stand empty.",
    "A quarter - 26% - of the 600 nurses plan to strike.",
    "Almost half — 46% — of the region's farms lack broadband.",
    "More than a third (38%) of the lots went unsold at auction.",
    "More than half (57%) of the lots went unsold.",
    "Nearly two-thirds (61%) of the members signed the letter.",
    "Three-quarters (76.4%) of the pupils passed.",
    # a percentage of another thing inside the aside, or a new clause after a dash
    "A quarter of the nurses - 45% of them part-time - plan to strike.",
    "Output dropped by a third - 52% of the plants shut for a week.",
    "Half of the lots (68% of them paintings) went unsold.",
    # a compound, not a fraction; a half that is a part of a season
    "The firm hired a third-party auditor (45%) in the end.",
    "The second half (70%) of the season was better.",
])
def test_agreeing_or_unrelated_asides_stay_silent(text):
    assert _fraction_asides(text) == []
