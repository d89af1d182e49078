"""Readings from session 13's mid-session batches (b129-b130): ages reckoned from an age at a year, and the near
misses that had raised false alarms there -- each with the case its guard is for and the slip it must still catch."""
import pytest

import factcheck


def _found(text: str, date: str, country: str, category: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


def test_an_age_at_a_year_dates_a_birth():
    text = ("Ms Kavanagh, aged {now}, joined the co-op as a graduate trainee in 1994 at the age of 23 and has been its "
            "chief operating officer since 2017.")
    assert _found(text.format(now=49), "2025-05-15", "IE", "date") == ["aged 49"]
    for now in (53, 54, 55):        # 23 at some day of 1994: born in 1970 or 1971
        assert not _found(text.format(now=now), "2025-05-15", "IE", "date")


def test_an_age_told_after_a_quote_s_verb_is_the_named_person_s():
    text = ("Chairman Rohan Wijesinghe joined the business in 1982 at the age of 24 and has led it since 1996. "
            "\"We sell tea,\" said Wijesinghe, now {now}, at a ceremony.")
    assert _found(text.format(now=71), "2025-06-15", "LK", "date") == ["now 71"]
    assert not _found(text.format(now=67), "2025-06-15", "LK", "date")


@pytest.mark.parametrize(("text", "date", "country", "category"), [
    # a number of parts said in words is none of them
    ("Two regional allies, the Telugu Desam Party with 16 seats and the Janata Dal (United) with 12, will be "
     "critical. Together they hold 28 seats.", "2024-06-05", "IN", "arithmetic"),
    # "Together with X" adds a part the list did not give
    ("The operator reported 22.4 million passengers on its intercity network and 6.1 million on its suburban line. "
     "Together with Al Boraq, that took total passenger traffic to 32.7 million.", "2024-02-01", "MA", "arithmetic"),
    # a peak in time is no mountain
    ("The plant resumed production with a capacity of 18 million metres of fabric a year, about 60% of what it "
     "produced at its peak in the 1990s.", "2024-05-01", "NG", "plausibility"),
    # the fastest marathon distance ever run, unofficial
    ("Kipchoge ran the marathon distance in 1 hour 59 minutes 40 seconds in Vienna.", "2024-10-12", "KE",
     "plausibility"),
    # Mexico's other 2017 earthquake, off Chiapas on 7 September
    ("The magnitude 8.2 earthquake that struck off the coast of Chiapas on September 7 killed about 100 people, most "
     "of them in Oaxaca. A second, magnitude 7.1 quake on September 19 killed more than 360 people, mainly in Mexico "
     "City, Puebla and Morelos.", "2024-09-07", "MX", "reference"),
    # a goal and a need are neither the homes built nor each other
    ("Completions were comfortably ahead of the Government's target of 29,000 homes for the year. Economists said "
     "the number remained well short of the roughly 50,000 homes a year the country needed.", "2024-02-01", "IE",
     "consistency"),
    # two counted things: officers and seats
    ("PCB chairman Shaharyar Khan said the board had set aside about Rs400m ($3.8m) for security arrangements, "
     "including a dedicated police force of more than 7,000 officers. The Punjab government is also providing army "
     "support.\n\nThe PCB said about 21,000 of the stadium's 27,000 seats would be put on sale, with the rest "
     "reserved for security and officials.", "2017-03-01", "PK", "consistency"),
])
def test_ordinary_copy_that_once_raised_an_alarm(text, date, country, category):
    assert not _found(text, date, country, category)


@pytest.mark.parametrize(("text", "date", "country", "category", "figure"), [
    ("Two regional allies, the Telugu Desam Party with 16 seats and the Janata Dal (United) with 12, will be "
     "critical. Together they hold 30 seats.", "2024-06-05", "IN", "arithmetic", "30"),
    ("The operator reported 22.4 million passengers on its intercity network and 6.1 million on its suburban line. "
     "Together that took total passenger traffic to 32.7 million.", "2024-02-01", "MA", "arithmetic", "32.7 million"),
    ("The climbers reached the 88,490-metre peak on Sunday.", "2024-05-01", "NP", "plausibility", "88,490-metre"),
    ("He won the regional marathon in 1:58:21.", "2016-10-12", "JP", "plausibility", "1:58:21"),
    ("The 2017 Puebla earthquake struck on September 7, 2017.", "2024-02-01", "MX", "reference", "September 7, 2017"),
    # the Chiapas earthquake is a recorded event of its own now
    ("The 2017 Chiapas earthquake struck on September 19, 2017.", "2024-02-01", "MX", "reference",
     "September 19, 2017"),
])
def test_the_slips_those_guards_must_not_hide(text, date, country, category, figure):
    assert _found(text, date, country, category) == [figure]


def test_one_workforce_under_two_names_is_still_compared():
    # jobs and workers, jobs and employees: one workforce; the learned rule still weighs them
    from factcheck.ruletypes.consistency_learned import _thing
    assert _thing("jobs") == _thing("workers") == _thing("employees") == _thing("staff")
    assert _thing("seats") != _thing("officers")


def test_the_learned_rule_passes_over_two_things_counted():
    from factcheck.model import Span
    from factcheck.ruletypes.consistency_learned import _other_nouns
    text = "a force of 7,000 officers and 27,000 seats; 1,850 jobs and 1,580 workers"
    at = lambda figure: Span(text.index(figure), text.index(figure) + len(figure))     # noqa: E731
    assert _other_nouns(text, at("27,000"), at("7,000"))
    assert _other_nouns(text, at("27,000 seats"), at("7,000 officers"))
    assert not _other_nouns(text, at("1,580"), at("1,850"))
