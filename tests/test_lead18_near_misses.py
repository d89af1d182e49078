"""Near misses found by the lead's last read of session 18, each silent now and firing before its mend."""
from __future__ import annotations

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


def test_a_diaspora_ten_times_the_nation_is_not_its_population():
    # the nation's people abroad or of its descent may outnumber it many times (FC208 read it as Ireland's)
    text = ("Ireland's population is 5.1 million, and the diaspora numbers about 50 million people, the government "
            "says.")
    assert plausibility(text, "2024-05-10", "IE") == []


def test_ten_times_the_nation_without_words_of_abroad_still_fires():
    # without words of people abroad, ten times the nation is still the slip
    text = "\"Ghana is a market of about 340 million consumers, most of them young,\" the trader said."
    assert ("FC208", "340 million") in plausibility(text, "2024-03-01", "GH")


def arithmetic(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "arithmetic"]


def test_some_of_the_games_are_not_the_games_played():
    # "four of those games" counts some of the record's matches (FC317 read it as the four played)
    text = ("The Warriors have 12 wins and 3 draws this season for 39 points, with a bonus point in four of those "
            "games.")
    assert arithmetic(text, "2024-05-20", "NZ") == []


def test_a_record_beyond_the_games_played_still_fires():
    text = "The Warriors have won 12 and drawn 5 of their 15 matches this season."
    assert [r for r, _ in arithmetic(text, "2024-05-20", "NZ")] == ["FC317"]


def consistency(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "consistency"]


def test_a_time_in_another_round_is_not_a_slip():
    # one athlete, two rounds, two times a few hundredths apart (FC418 read the final's as a slip of the heat's)
    text = "Gomez ran 9.91 seconds to win the heat. In the final, Gomez's 9.97-second run was enough for bronze."
    assert consistency(text, "2024-08-05", "US") == []


def test_a_time_retold_in_the_same_round_still_fires():
    text = ("Gomez ran 9.91 seconds to win the final on Sunday. Gomez's 9.97-second run in the final was the "
            "fastest of his career.")
    assert [r for r, _ in consistency(text, "2024-08-05", "US")] == ["FC418"]
