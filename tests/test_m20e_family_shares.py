"""Session 20 (m20e): a share of a whole counted by a noun of one family (visitors, tourists, arrivals), in our
own words.

Catches: "N of the <noun>, or P%" in the whole's own sentence, the noun pointing back at the whole's count; a
share "of the national total" (or "the country's total") a sentence after the whole.
Silent: the right share; a share of another whole ("of Andalusia's visitors"); a share said of another year than
the whole's; a comparison ("30% more than").
"""
import pytest

import factcheck


def _arith(text, date="2024-05-01", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.rule.startswith("FC3")]


def _shares(text):
    return [r for r in _arith(text) if r[0] in ("FC313", "FC304")]


@pytest.mark.parametrize("text, stated", [
    ("The island drew 6 million foreign tourists last year, and 1.8 million of the visitors, or 45%, were from "
     "Germany.", "45%"),
    ("The park counted 400,000 arrivals in the summer, and 90,000 of those visitors, or 35%, came by coach.", "35%"),
    ("Portugal welcomed 30 million tourists in 2022. Lisbon had 9 million visitors, or 18% of the national total.",
     "18%"),
    ("The region received 2.4 million travellers last year. The capital took 600,000 visitors, or 40% of the "
     "country's total, the board said.", "40%"),
])
def test_family_share_of_a_whole(text, stated):
    assert any(t == stated for _, t in _shares(text)), _arith(text)


@pytest.mark.parametrize("text", [
    # the right share
    "The island drew 6 million foreign tourists last year, and 1.8 million of the visitors, or 30%, were from Germany.",
    "Portugal welcomed 30 million tourists in 2022. Lisbon had 9 million visitors, or 30% of the national total.",
    # a share of another whole
    "Portugal welcomed 30 million tourists in 2022. Lisbon had 9 million visitors, or 18% of Andalusia's visitors.",
    # a share of a later year than the whole's
    "Portugal welcomed 30 million tourists in 2022. In 2023 Lisbon had 9 million visitors, or 18% of the national total.",
    "The island drew 6 million foreign tourists in 2022, and in 2023 1.8 million of the visitors, or 45%, were from "
    "Germany.",
    # a comparison, not a share
    "Portugal welcomed 30 million tourists in 2022. Lisbon had 9 million visitors, or 18% more than the year before.",
    # another thing counted
    "The island drew 6 million foreign tourists last year, and 1.8 million of the hotel beds, or 45%, were empty.",
])
def test_family_share_near_misses(text):
    assert not _shares(text), _arith(text)
