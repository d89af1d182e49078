"""An anniversary counted from the beginning of the kind its own sentence names, where the story dates two
beginnings ("The cooperative was founded in 1985" and "the federation, founded in 1970"), and an anniversary
still to come ("will mark its 100th anniversary in three years"). Read in session 14's b146."""
import pytest

import factcheck

_TWO_FOUNDINGS = ("Members of the Santa Rita fishing cooperative celebrated its {n} anniversary on Sunday with a "
                  "regatta. The cooperative was founded in 1982 by 40 families. Most cooperatives on the coast belong "
                  "to the national federation of fishing cooperatives, founded in 1961.")


def _dates(text: str, date: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country="CL") if f.category == "date"]


def test_the_anniversary_of_the_thing_its_sentence_names_is_counted_from_its_founding():
    assert _dates(_TWO_FOUNDINGS.format(n="30th"), "2022-03-14") == ["30th"]


@pytest.mark.parametrize("n", ["40th", "41st"])
def test_the_right_count_is_silent(n):
    assert not _dates(_TWO_FOUNDINGS.format(n=n), "2022-03-14")


def test_a_sentence_naming_neither_kind_leaves_two_beginnings_unread():
    text = ("Members celebrated the 30th anniversary on Sunday with a regatta. The cooperative was founded in "
            "1982. The national federation was founded in 1961.")
    assert not _dates(text, "2022-03-14")


@pytest.mark.parametrize(("text", "found"), [
    ("Varga, founded in 1922 as a pump repair shop, will mark its 100th anniversary in three years.", []),
    ("Varga, founded in 1922 as a pump repair shop, will mark its 100th anniversary in two years.", []),
    ("Varga, founded in 1922 as a pump repair shop, marked its 100th anniversary this year.", ["100th"]),
])
def test_an_anniversary_in_n_years_is_counted_to_then(text, found):
    assert _dates(text, "2019-05-02") == found


@pytest.mark.parametrize(("n", "found"), [("58th", ["58th"]), ("56th", []), ("55th", [])])
def test_the_anniversarys_head_word_may_follow_the_year_in_its_sentence(n, found):
    # "the 58th anniversary of the federation ... was formed on 2 March 1968, after the leaders signed the
    # Act of Federation": the founding sentence names the federation after its date
    text = (f"Veloria marked the {n} anniversary of the federation of its two islands on Monday. The republic was "
            "formed on 2 March 1968, two days after the leaders signed the Act of Federation.")
    assert _dates(text, "2024-03-04") == found


@pytest.mark.parametrize(("text", "found"), [
    ("The museum was founded in 1991. Its new wing will open in 2031, on its 40th anniversary.", []),
    ("The museum was founded in 1991. Its new wing will open in 2031, on its 45th anniversary.", ["45th"]),
    ("The tram was launched on 3 May 2004. The new line is due to open on 3 May 2029, the 25th anniversary of "
     "the tram's launch.", []),
])
def test_an_anniversary_falls_in_the_year_its_sentence_gives_before_it(text, found):
    assert _dates(text, "2025-03-01") == found
