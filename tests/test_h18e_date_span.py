"""A count of years from a beginning the story dates to now, in any of its phrasings (date_span)."""
import factcheck


def _dates(text, date, country="GB"):
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule.startswith("FC5")]


def test_first_in_n_years_against_the_last_time_next_sentence():
    text = ("Harrowgate Rovers won the county cup on Sunday, their first trophy in 14 years.\n\n"
            "The club last lifted silverware in 2007, when they were still an amateur side.")
    assert [f.text for f in _dates(text, "2025-04-14")] == ["14 years"]


def test_first_in_n_years_that_fits_is_silent():
    text = ("Harrowgate Rovers won the county cup on Sunday, their first trophy in 18 years.\n\n"
            "The club last lifted silverware in 2007, when they were still an amateur side.")
    assert _dates(text, "2025-04-14") == []


def test_marking_years_of_a_life_founded_the_sentence_before():
    text = ("Set up in 1991 by two brothers, the bakery now supplies 40 shops. "
            "This month it is marking 40 years of trading with a street party.")
    assert [f.text for f in _dates(text, "2026-06-02")] == ["40 years"]


def test_marking_years_that_fits_is_silent():
    text = ("Set up in 1991 by two brothers, the bakery now supplies 40 shops. "
            "This month it is marking 35 years of trading with a street party.")
    assert _dates(text, "2026-06-02") == []


def test_anniversary_of_the_day_told_in_the_next_paragraph():
    text = ("Miners' families gathered on Tuesday for the 22nd anniversary of the collapse.\n\n"
            "Nine men died when the shaft gave way on 4 March 2005 during the night shift.")
    assert [f.text for f in _dates(text, "2025-03-04")] == ["22nd"]


def test_anniversary_right_count_is_silent():
    text = ("Miners' families gathered on Tuesday for the 20th anniversary of the collapse.\n\n"
            "Nine men died when the shaft gave way on 4 March 2005 during the night shift.")
    assert _dates(text, "2025-03-04") == []


def test_years_before_the_news_the_headline_names():
    text = ("---\ntitle: Kenya's Paris relay team takes bronze\ndate: 2024-08-10\n---\n"
            "The relay squad took bronze on Friday.\n\n"
            "Kenya last reached a relay final at the 1992 Barcelona Games. That year the team finished "
            "sixth, 36 years before Friday's run in Paris.")
    assert [f.text for f in factcheck.check(text, country="KE") if f.rule.startswith("FC5")] == ["36 years"]


def test_near_misses_stay_silent():
    # an age, a contract, a term and a span of something else beside a dated beginning
    assert _dates("Founded in 1991, the firm is run by Ana Ruiz, 38, who has a five-year contract.", "2025-06-02") == []
    assert _dates("The club, last champions in 2007, signed him for 14 years of service as coach.", "2025-06-02") == []
    # a far-off count is of something else
    assert _dates("Their first title in 40 years came as the club, last champions in 2007, rebuilt.", "2025-06-02") == []
    # the count fits another year of the story to now
    assert _dates("Rovers won their first cup in 14 years. The club last won in 2007. "
                  "Its ground was sold in 2011.", "2025-04-14") == []


def test_a_record_in_n_years_and_a_return_after_n_years():
    text = ("Inflation fell to 2.1% in May, its lowest in 12 years.\n\n"
            "Prices last rose this slowly in 2009, after the financial crisis.")
    assert [f.text for f in _dates(text, "2025-06-10")] == ["12 years"]
    text = ("The side are back in the top division after 12 years.\n\n"
            "They last played in it in 2010, the season the club nearly folded.")
    assert [f.text for f in _dates(text, "2025-05-20")] == ["12 years"]


def test_a_history_counted_from_its_founding():
    text = ("The choir, formed in 1921 by mill workers, will sing at the cathedral on Sunday. "
            "It is the first time in its 94-year history that it has performed there.")
    assert [f.text for f in _dates(text, "2025-03-01")] == ["94-year"]
    text = text.replace("94-year", "104-year")
    assert _dates(text, "2025-03-01") == []


def test_future_and_other_spans_stay_silent():
    # a span to come, a sentence served, a count that is not near the tied one
    assert _dates("The loan, last refinanced in 2019, is the biggest the council has taken and will be repaid "
                  "in 25 years.", "2025-03-01") == []
    # ... and near the tied count too (20 years since 2005): the superlative's clause ends at the verb before "in"
    assert _dates("The loan, last refinanced in 2005, is the biggest the council has taken and will be repaid "
                  "in 17 years.", "2025-03-01") == []
    assert _dates("He was last seen in 2015. He was jailed after 12 years on the run.", "2025-03-01") == []


def test_anniversary_of_a_harm_needs_a_harm_on_the_day():
    # the day in the next paragraph tells of something else: not the day marked
    text = ("Miners' families gathered on Tuesday for the 22nd anniversary of the collapse.\n\n"
            "On 4 March 2005 the parish council approved a new playground.")
    assert _dates(text, "2025-03-04") == []
