"""m20c: clubs as sides of a named final read with "beat", "defeated", "lost to" and "lost <the edition> to", as
countries are; the edition must be named by name and year, and the beating tied to it."""
import pytest

import factcheck


def _fc604(text, date="2024-05-01", country="US"):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC604"]


# wrong results: each names the edition by name and year and gives the final to the club that lost it
@pytest.mark.parametrize("text,side", [
    ("The Chicago Cubs beat the Los Angeles Dodgers in the 2018 World Series, the team said.", "Chicago Cubs"),
    ("The Tampa Bay Rays defeated the Los Angeles Dodgers in the 2020 World Series.", "Tampa Bay Rays"),
    ("The Texas Rangers lost the 2023 World Series to the Arizona Diamondbacks.", "Texas Rangers"),
    ("The Atlanta Braves lost to the Houston Astros in the 2021 World Series.", "Atlanta Braves"),
    ("Manchester City beat Chelsea in the 2021 Champions League final in Porto.", "Manchester City"),
    ("Tottenham Hotspur defeated Liverpool in the 2019 Champions League final in Madrid.", "Tottenham Hotspur"),
])
def test_club_final_result_backwards(text, side):
    assert _fc604(text) == [side]


@pytest.mark.parametrize("text", [
    # the right result told with beat / lost
    "The Texas Rangers beat the Arizona Diamondbacks in the 2023 World Series.",
    "The Philadelphia Phillies lost the 2022 World Series to the Houston Astros.",
    "Chelsea beat Manchester City in the 2021 Champions League final in Porto.",
    # a regular-season game between the two clubs in that year, the edition not named
    "The Tampa Bay Rays beat the Los Angeles Dodgers 6-2 in August 2020.",
    # a game of the series, not the series
    "The Tampa Bay Rays beat the Los Angeles Dodgers in Game 4 of the 2020 World Series.",
    # a later meeting, told beside the named edition
    "The Texas Rangers beat the Arizona Diamondbacks 4-1 in April 2024, months after winning the 2023 World Series.",
    "The Arizona Diamondbacks beat the Texas Rangers in May, months after the 2023 World Series.",
    # a league match, and a semi-final, beside the named final
    "Manchester City beat Chelsea in the league weeks before the 2021 Champions League final.",
    "Liverpool beat Manchester City in a semi-final on the way to the 2019 Champions League final.",
    # a club's name alone says nothing
    "The Arizona Diamondbacks beat the Texas Rangers in the World Series.",
])
def test_club_near_misses_silent(text):
    assert not _fc604(text)
