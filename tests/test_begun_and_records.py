"""Anniversaries counted from the beginning a story dates, race times against the records, humidity: in our
own words, with the near misses each guard is for."""
import pytest

import factcheck


def _found(text: str, date: str, country: str = "GB") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


ANNIVERSARIES = [
    # the beginning in the same sentence, before the count
    ("A bakers' cooperative set up in 1991 by 12 families said it would open a second mill, as it marked its "
     "40th anniversary.", "2024-05-02", "40th", "33rd"),
    # the beginning in the sentence before
    ("The lido opened in 1937. It celebrates its 80th anniversary with free swims this weekend.", "2022-06-10",
     "80th", "85th"),
    # "the anniversary of X": X named again beside its date in another sentence
    ("Ghana on Monday marked the 60th anniversary of the founding of the Volta River Authority. Parliament "
     "approved the founding of the authority in a vote on April 26, 1961.", "2024-04-26", "60th", "63rd"),
]


@pytest.mark.parametrize(("text", "date", "wrong", "right"), ANNIVERSARIES)
def test_anniversary_counted_from_the_dated_beginning(text, date, wrong, right):
    assert ("FC503", wrong) in _found(text, date)
    assert not [r for r in _found(text.replace(wrong, right), date) if r[0] == "FC503"]


ANNIVERSARY_NEAR_MISSES = [
    # two beginnings: which one the anniversary counts from is not said
    ("The club was founded in 1890 and its ground opened in 1921. It marks its 100th anniversary.", "2021-05-01"),
    # "that tragedy": the anniversary's event is another sentence's, not the one beside the next date
    ("The 1985 quake killed thousands. Friday was the 40th anniversary of that tragedy. The magnitude 7.1 "
     "quake of 19 September 2017 hit hours after that year's drill.", "2025-09-19"),
    # a count one year off: the anniversary just past or the one to come
    ("The museum, opened in 1984, is preparing for its 40th anniversary next spring.", "2023-11-01"),
]


@pytest.mark.parametrize(("text", "date"), ANNIVERSARY_NEAR_MISSES)
def test_anniversary_near_misses_stay_silent(text, date):
    assert not [r for r in _found(text, date) if r[0] == "FC503"]


def test_hours_minutes_and_seconds_are_one_time():
    qs = [q for q in factcheck.extract("She won in 2 hours, 21 minutes and 9 seconds.") if q.kind == "duration"]
    assert [(q.text, q.value, q.unit) for q in qs] == [("2 hours, 21 minutes and 9 seconds", 8469.0, "second")]


@pytest.mark.parametrize("text", [
    "Wanjiku won the city marathon on Sunday in 1 hour, 52 minutes, 40 seconds.",
    "The 17-year-old won the 100 metres final in 9.21 seconds.",
])
def test_a_race_time_beyond_the_record_is_flagged(text):
    assert [r for r, _ in _found(text, "2024-04-14", "KE")] == ["FC204"]


@pytest.mark.parametrize("text", [
    "Wanjiku won the city marathon on Sunday in 2 hours, 22 minutes, 40 seconds.",
    "The 17-year-old won the 100 metres final in 10.21 seconds.",
    "Wanjiku won the half marathon in 1 hour, 8 minutes.",                       # another distance
    "The marathon leaders passed halfway in 1 hour, 3 minutes.",                # a split
    "Medics reached the marathon runner within 9 seconds of his fall.",        # not the race's time
])
def test_race_time_near_misses_stay_silent(text):
    assert not [r for r in _found(text, "2024-04-14", "KE") if r[0] == "FC204"]


def test_humidity_above_100_percent_is_flagged():
    assert ("FC204", "118%") in _found("Humidity of 118% was forecast for the coast.", "2024-07-01", "EG")
    assert not _found("Humidity of 88% was forecast for the coast.", "2024-07-01", "EG")


def test_a_season_of_rain_is_no_one_day_record():
    text = "The district ended the monsoon season with 2,480 mm of rain, figures released on Friday showed."
    assert not _found(text, "2024-10-04", "IN")


def test_a_count_of_years_said_in_its_own_month_is_a_whole_count():
    # May 2009 to May 2025 is 16 years to the month: "15 years since" is a year out, not a rounding
    # (a named event's count, "since the floods of May 2009", is read by another path and not yet held so)
    assert [f.text for f in factcheck.check("It has been 15 years since the mine closed in May 2009.",
                                            date="2025-05-19", country="LK")] == ["15 years"]
    assert not factcheck.check("It has been 16 years since the mine closed in May 2009.", date="2025-05-19",
                               country="LK")
    # in another month the writer may round: May 2009 to March 2025 is 15.8 years
    assert not factcheck.check("It has been 15 years since the mine closed in May 2009.", date="2025-03-02",
                               country="LK")


def test_a_race_time_written_on_the_clock_is_read_after_the_words_that_time_a_race():
    qs = [q for q in factcheck.extract("She won the city marathon in a course record of 2:19:40.") if q.kind == "duration"]
    assert [(q.text, q.value) for q in qs] == [("2:19:40", 8380.0)]
    assert [f.rule for f in factcheck.check("He won the Nile Marathon on Sunday in 1:51:12.", date="2024-02-01",
                                            country="UG")] == ["FC204"]
    # a clock time not said as a race's: not a duration
    assert not [q for q in factcheck.extract("The recording runs 1:51:12 and was released on Friday.")
                if q.kind == "duration"]


def test_a_part_counted_for_each_of_several_places_is_not_summed_once():
    text = ("Of the 58 deaths, 31 were in Sendai, 14 in Ishinomaki, three each in Natori and Tagajo, and one each "
            "in Iwanuma and Rifu.")
    assert not factcheck.check(text, date="2024-01-05", country="JP")
    # without "each", parts adding up to more than the whole are a slip
    assert [f.category for f in factcheck.check("Of the 42 deaths, 31 were in Sendai, 14 in Ishinomaki and three in "
                                                "Natori.", date="2024-01-05", country="JP")] == ["arithmetic"]


def test_a_bare_dollar_in_a_jamaican_paper_is_the_jamaican_dollar():
    # Jamaica's GDP is about J$2.9 trillion: read as US dollars it would be a hundredfold slip
    assert not factcheck.check("Jamaica's gross domestic product was $2.32 trillion in 2022.", date="2023-03-08",
                               country="JM")
    qs = [q for q in factcheck.extract("The budget is $998 billion.", country="JM") if q.kind == "money"]
    assert [q.unit for q in qs] == ["JMD"]


def test_a_twelve_fold_rise_is_not_read_as_two_fold():
    text = ("The surplus saw a 12-fold jump to 47.3 billion riyals in the first half, compared with 4 billion riyals "
            "a year earlier.")
    assert not factcheck.check(text, date="2022-08-01", country="QA")


def test_years_since_a_day_told_at_the_end_of_a_long_clause():
    # up to twelve words between "since" and the day: the count runs from that day to publication
    text = ("It is 29 years since the British colony was handed back to China at midnight on 30 June 1997 under the "
            "formula.")
    assert [f.text for f in factcheck.check(text, date="2025-07-01", country="HK") if f.rule == "FC503"] == ["29 years"]
    assert not [f for f in factcheck.check(text.replace("29", "28"), date="2025-07-01", country="HK")
                if f.rule == "FC503"]


def test_a_marathon_named_in_spanish_is_a_marathon():
    text = "Kiprotich won the Maratón del Bajío in León on Sunday in 1 hour 52 minutes 14 seconds, a course record."
    found = [f.text for f in factcheck.check(text, date="2024-03-10", country="MX") if f.rule == "FC204"]
    assert found == ["1 hour 52 minutes 14 seconds"]
    assert not [f for f in factcheck.check(text.replace("1 hour 52", "2 hours 12"), date="2024-03-10", country="MX")
                if f.rule == "FC204"]


@pytest.mark.parametrize(("text", "date"), [
    # a day set ahead: "listed for" is the future, whatever the participle
    ("A confiscation hearing has been listed for Friday 14 June.", "2024-02-16"),
    # the past tense puts a yearless day in the year gone when this year's is still to come (the learned rule too)
    ("The season opened on Friday 22 November and will have lasted 151 days.", "2025-04-16"),
    # a span after a year, not the time since it
    ("The club's junior membership almost doubled in the five years after 2003, rising from 140 to 270.",
     "2023-11-22"),
])
def test_days_and_spans_read_on_the_side_the_sentence_tells(text, date):
    assert not [f for f in factcheck.check(text, date=date, country="GB") if f.category == "date"]


def test_the_told_side_still_holds_a_wrong_weekday():
    found = [f.text for f in factcheck.check("A hearing has been listed for Wednesday 14 June.", date="2024-02-16",
                                             country="GB") if f.category == "date"]
    assert found == ["Wednesday 14 June"]


@pytest.mark.parametrize(("text", "date", "wrong"), [
    ("Gulf Ammonia, which opened its plant at Point Lisas in 1998, marked 30 years of operation on Monday.",
     "2023-05-24", "30 years"),
    ("The airline, founded in 2001, celebrates 12 years in business this week.", "2023-05-24", "12 years"),
])
def test_years_of_operation_marked_against_the_dated_beginning(text, date, wrong):
    assert [f.text for f in factcheck.check(text, date=date, country="TT") if f.rule == "FC503"] == [wrong]


def test_years_of_operation_near_misses():
    # right; and a count of another thing's years (no year of its beginning in the sentence)
    assert not [f for f in factcheck.check("The airline, founded in 2001, celebrates 22 years in business this week.",
                                           date="2023-05-24", country="TT") if f.rule == "FC503"]
    assert not [f for f in factcheck.check("The chef marked 30 years of service at the hotel on Monday.",
                                           date="2023-05-24", country="TT") if f.rule == "FC503"]
