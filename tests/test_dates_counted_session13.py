"""Counts of years and days set against dates, in shapes read in session 13: what a thing "has done for N years"
since it began (never longer than it has existed), "in 1970, 43 years earlier" against every later year the story
gives, a day a court "fixed" for a hearing (the future, whatever the verb's tense); and the near miss that once
raised a false alarm (an anniversary dated in its own sentence)."""

import factcheck


def _dates(text: str, date: str, country: str = "GB") -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.category == "date"]


def test_a_thing_cannot_have_done_something_for_longer_than_it_has_existed():
    text = "The 640-metre bridge, which opened in 1998, has carried traffic across the river for {n} years."
    assert [f.text for f in _dates(text.format(n=30), "2023-07-15")] == ["30 years"]
    assert not _dates(text.format(n=25), "2023-07-15")
    # a shorter spell may have begun later: her years at its head are not the firm's
    assert not _dates("The firm, founded in 1998, has been run by her for 10 years.", "2023-07-15")


def test_years_earlier_than_no_year_the_story_gives():
    text = ("Births fell to about 230,000 last year. That is less than a quarter of the 1 million babies born in 1970, "
            "{n} years earlier, when the government promoted family planning.")
    assert [f.text for f in _dates(text.format(n=43), "2024-02-28", "KR")] == ["43 years earlier"]
    assert not _dates(text.format(n=53), "2024-02-28", "KR")      # before last year's figures
    assert not _dates(text.format(n=54), "2024-02-28", "KR")      # before publication
    # earlier than another year the story tells of
    assert not _dates("He was elected in 2010. He had first stood in 2005, five years earlier, and lost.", "2024-02-28")


def test_a_day_a_court_fixed_is_ahead_of_publication():
    text = "Judge Rozilah Mat Isa fixed {day}, 20 May, for case management."
    assert not _dates(text.format(day="Monday"), "2024-03-14", "MY")     # 20 May 2024 is a Monday
    assert [f.text for f in _dates(text.format(day="Tuesday"), "2024-03-14", "MY")] == ["Tuesday, 20 May"]


def test_an_anniversary_dated_in_its_own_sentence_is_not_read_against_another_first():
    text = ("The ministry may raise the royalty for the first time since 2015. The season coincided with the 70th "
            "anniversary of the first ascent by Edmund Hillary and Tenzing Norgay on May 29, 1953.")
    assert not _dates(text, "2023-06-01", "NP")

