"""h20b: tournament editions as knowledge — World Series and Pan American Games rows, clubs as sides of a named
club final, an edition shared with a co-host, and the series' own words never taken for a host city."""
import factcheck


def _rules(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def test_world_series_winner_by_club():
    # the 2021 World Series went to Atlanta, over Houston
    found = _rules("Ticket sales have not recovered since the 2021 World Series, won by the Houston Astros.",
                   "2024-03-01", "US")
    assert ("FC604", "Houston Astros") in found


def test_world_series_right_winner_silent():
    assert not [r for r in _rules("Ticket sales have not recovered since the 2021 World Series, won by the "
                                  "Atlanta Braves.", "2024-03-01", "US") if r[0] == "FC604"]


def test_club_without_named_edition_silent():
    # no edition named by its year: a club's win is no claim about one final
    assert not [r for r in _rules("The Houston Astros won in seven games.", "2024-03-01", "US") if r[0] == "FC604"]


def test_pan_american_games_venue_built_for_other_edition():
    found = _rules("The stadium was upgraded for the 2015 Pan American Games, officials said.", "2022-05-01", "PE")
    assert ("FC602", "2015") in found


def test_pan_american_games_own_edition_silent():
    assert not _rules("The stadium was upgraded for the 2019 Pan American Games, officials said.",
                      "2022-05-01", "PE")


def test_shared_edition_with_cohost():
    found = _rules("Palembang shared the 2014 Asian Games with the capital.", "2022-05-01", "ID")
    assert ("FC602", "2014") not in found       # "the capital" is no place: nothing to hold
    found = _rules("In 2014 Palembang shared the 2014 Asian Games with Jakarta, the organisers said.",
                   "2022-05-01", "ID")
    assert ("FC602", "2014") in found


def test_shared_title_is_no_hosting():
    assert not _rules("Indonesia shared the 2014 Asian Games badminton lead with Japan.", "2022-05-01", "ID")


def test_series_word_is_no_host_city():
    # "Asian" of the 2018 edition's name is no venue: a stadium built for the 2014 Games in a story of Indonesia
    found = _rules("The stadium was built for the 2014 Asian Games, the city said.", "2022-05-01", "ID")
    assert ("FC602", "2014") in found
