"""A country's own whole area given far from the record (FC212).

Profiles and explainers give a country's size ("Peru, which covers ..."); a slipped thousand or million there is
as wrong as a slipped population. Only an area the words between the country's name and the figure make the
country's own is read: a park, a farm or a fire inside the country is something else, and so is the sea a
country's waters cover.
"""
from __future__ import annotations

import pytest

import factcheck


def areas(text: str, date: str = "2024-05-01", country: str = "GB"):
    return [(f.rule, f.text, f.suggestion) for f in factcheck.check(text, date=date, country=country)
            if f.rule == "FC212"]


BAD = [
    # a thousand out, after "which covers"
    ("Peru, which covers about 128,500 square kilometres, has three climate zones, the ministry's guide says.",
     "128,500 square kilometres", "1,285,000 square kilometres"),
    # "has a land area of", ten times too large
    ("Portugal has a land area of 920,000 square kilometres and a population of 10.6 million.",
     "920,000 square kilometres", "92,000 square kilometres"),
    # a possessive with "total area", in square miles
    ("Texas is big, but Mongolia's total area of 60,400 square miles dwarfs most of Europe.",
     "60,400 square miles", "604,000 square miles"),
    # "a country of", in hectares that are a hundred times short
    ("Ghana, a country of 238,500 hectares, has 34 million people.",
     "238,500 hectares", "23,850,000 hectares"),
]


@pytest.mark.parametrize("text, figure, suggestion", BAD)
def test_a_country_area_far_from_the_record_is_flagged_with_the_slip(text, figure, suggestion):
    assert areas(text) == [("FC212", figure, suggestion)]


SILENT = [
    # the same countries, their areas right (total or land only)
    "Peru, which covers about 1.29 million square kilometres, has three climate zones, the ministry's guide says.",
    "Portugal has a land area of 91,600 square kilometres and a population of 10.6 million.",
    "Mongolia's total area of 604,000 square miles dwarfs most of Europe.",
    # a place inside the country, not the country
    "Kenya's Tsavo East national park covers 13,747 square kilometres, the wildlife service said.",
    "Ghana's cocoa farms cover 1.9 million hectares, the board said.",
    "Brazil's soybean planting covers about 46 million hectares this season.",
    # a country's land holding of a kind, told with "of"
    "Canada's 2,000 hectares of vineyards in the Okanagan came through the frost.",
    # the sea a country's waters take in
    "Kiribati, which covers 3.5 million square kilometres of ocean, has only 811 square kilometres of land.",
    # a country that claims more than the record (within twice the Factbook's figure)
    "Morocco covers 710,850 square kilometres including Western Sahara, the atlas says.",
]


@pytest.mark.parametrize("text", SILENT)
def test_areas_that_are_not_a_country_s_whole_or_fit_the_record_are_silent(text):
    assert areas(text) == []


def test_the_finding_cites_the_areas_table():
    finding = next(f for f in factcheck.check(BAD[0][0], date="2024-05-01", country="PE") if f.rule == "FC212")
    assert "CIA World Factbook" in finding.message
    assert finding.evidence["country"] == "PE"
    assert finding.evidence["country_area_km2"] == pytest.approx(1_285_000, rel=0.01)
