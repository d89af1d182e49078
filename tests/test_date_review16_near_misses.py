"""Near misses found in session 16's review of the new date readers (FC503, FC504): each was flagged before the
review's mends and must stay silent; the slip beside them must still be caught."""
import pytest

import factcheck


def _date(text: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date="2024-08-14", country="PK") if f.category == "date"]


NEAR_MISSES = [
    # an address and a time after "at" are no age
    "Keir Starmer, 61, who moved in at 10 Downing Street in 2024, spoke on Monday.",
    "Tom Hale, 40, who scored at 9 minutes in the 2015 final, spoke on Monday.",
    # someone else's age in the clause
    "Maria Lopez, 52, who said her son died at 17 in 2019, spoke on Monday.",
    # (the older reading of an age at a year took the son's age for hers)
    "Maria Lopez, 52, who lost her son aged 17 in 2019, spoke on Monday.",
    # the year belongs to another verb's phrase
    "Tom Hale, 40, who left school at 16 and set up the firm in 2015, spoke on Monday.",
    # a decade dates nothing to the year
    "Kenji Ota, 45, who joined the railway at 17 in the 1990s, spoke on Monday.",
    # a past "shut" may be long ago
    "The mill opened in 1950. The mill shut after 30 years, and the site lay empty until 2010.",
    # another country's independence
    "Pakistan marked its 77th Independence Day on Wednesday. Neighbouring Bangladesh won independence in 1971.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text):
    assert _date(text) == []


def test_the_slips_beside_them_are_still_caught():
    assert _date("Kenji Ota, 83, who rode the first train as a 17-year-old in 1964, spoke on Monday.") == ["83"]
    assert _date("The mill opened in 1950. The mill will shut after 30 years, its owners said.") == ["30 years"]
    assert _date("Pakistan, which won independence in 1947, marked its 70th Independence Day.") == ["70th"]
