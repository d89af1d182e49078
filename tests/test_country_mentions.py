"""Which countries a story names: a place whose name holds a country's is not that country ("Latin America" is not
the United States, "Northern Ireland" not Ireland), and the words of a longer name are not a second country
("South Sudan" is not also Sudan). Everything that asks whose a figure is reads these mentions."""
import pytest

import factcheck
from factcheck.entities import ProseMentions, country_index


def _named(text: str) -> list[tuple[str, str]]:
    return [(m.code, text[m.start:m.end]) for m in country_index().mentions(text)]


@pytest.mark.parametrize(("text", "named"), [
    ("Latin America's largest economy grew.", []),
    ("Exports to South America and North America rose.", []),
    ("Central American migrants crossed into New Mexico.", []),
    ("Stormont sits in Northern Ireland.", []),
    ("South Sudan split from Sudan in 2011.", [("SS", "South Sudan"), ("SD", "Sudan")]),
    ("Equatorial Guinea and Papua New Guinea", [("GQ", "Equatorial Guinea"), ("PG", "Papua New Guinea")]),
    ("the Democratic Republic of the Congo", [("CD", "Democratic Republic of the Congo")]),
    ("South Korea and North Macedonia", [("KR", "South Korea"), ("MK", "North Macedonia")]),
    # the countries themselves are still read
    ("America and Ireland signed it; Mexico did not.", [("US", "America"), ("IE", "Ireland"), ("MX", "Mexico")]),
])
def test_a_place_named_after_a_country_is_not_it(text, named):
    assert _named(text) == named


def test_a_window_of_the_story_reads_the_same_mentions():
    text = "Sudan and South Sudan met in Latin America. Papua New Guinea joined; Guinea did not."
    prose = ProseMentions(country_index(), text)
    for start, end in [(0, len(text)), (0, 44), (44, len(text)), (10, 30)]:
        assert prose.within(start, end) == [m for m in country_index().mentions(text, start, end)]


def test_a_region_s_largest_economy_is_not_read_as_american():
    # "Latin America" once made the United States a second country of the sentence, and the figure ownerless
    text = "Brazil voted on Sunday. Latin America's largest economy, worth about $190 billion, is expected to grow."
    found = [f for f in factcheck.check(text, date="2022-11-01", country="BR") if f.category == "plausibility"]
    assert [f.text for f in found] == ["$190 billion"]
    assert not [f for f in factcheck.check(text.replace("$190 billion", "$1.9 trillion"), date="2022-11-01",
                                           country="BR") if f.category == "plausibility"]
