"""h20e: counts of years tied to their beginning by the count's own words, a measure told as imposed on its target,
and the member a state became of NATO or the EU."""
import factcheck


def _found(text, date, country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def _rules(text, date, country="GB"):
    return {r for r, _ in _found(text, date, country)}


# -- a life marked to a day told in full -------------------------------------------------------------------------
def test_marks_years_since_its_first_hall_opened_on_a_day():
    found = _found("On Friday the tramway marks 21 years since its first route opened on Monday, 3 May 2004.",
                   "2024-05-01")
    assert ("FC503", "21 years") in found


def test_marks_years_to_a_day_whole_or_calendar_silent():
    for n in ("20", "19"):     # calendar years between, or whole years gone by before the day comes round
        assert "FC503" not in _rules(f"On Friday the tramway marks {n} years since its first route opened on "
                                     "Monday, 3 May 2004.", "2024-05-01")


def test_marks_years_to_a_year_right_silent():
    assert "FC503" not in _rules("The tramway marks 20 years since its first route opened in 2004.", "2024-05-01")


# -- an anniversary of a fall ---------------------------------------------------------------------------------------
def test_anniversary_of_a_collapse_told_by_came_down():
    text = ("Families laid flowers on Tuesday to mark the 10th anniversary of the disaster.\n\n"
            "The stand came down on the afternoon of Wednesday, 21 October 2015, as fans waited for kick-off.")
    assert ("FC503", "10th") in _found(text, "2024-10-21")


def test_anniversary_of_a_collapse_right_count_silent():
    text = ("Families laid flowers on Tuesday to mark the ninth anniversary of the disaster.\n\n"
            "The stand came down on the afternoon of Wednesday, 21 October 2015, as fans waited for kick-off.")
    assert "FC503" not in _rules(text, "2024-10-21")


def test_anniversary_of_an_opening_not_a_harm_silent():
    text = ("Staff marked the 10th anniversary of the hall on Tuesday.\n\n"
            "The hall opened its doors on Wednesday, 21 October 2015, as fans waited outside.")
    assert "FC503" not in _rules(text, "2024-10-21")


# -- a wait that reaches back to a year in its own clause -----------------------------------------------------------
def test_wait_stretching_back_to_a_year():
    found = _found("The win ended a 31-year wait for a home champion that stretched back to Kowalski's triumph "
                   "at the 1983 national open.", "2024-06-10")
    assert ("FC503", "31-year") in found


def test_wait_dating_back_right_count_silent():
    assert "FC503" not in _rules("The win ended a 41-year wait for a home champion dating back to Kowalski's "
                                 "triumph at the 1983 national open.", "2024-06-10")


def test_wait_with_year_after_a_new_sentence_silent():
    # the year is in another sentence and tied by no word of the wait's own
    assert "FC503" not in _rules("The win ended a 31-year wait for a home champion. Kowalski played in 1983.",
                                 "2024-06-10")


# -- a measure told as imposed on its target -------------------------------------------------------------------------
def test_boycott_imposed_on_by_states_listed():
    found = _found("Traders welcomed the end of the boycott imposed on Qatar by Saudi Arabia, Bahrain and Egypt "
                   "in March 2018.", "2021-02-01", "QA")
    assert ("FC602", "March 2018") in found


def test_boycott_imposed_on_right_year_silent():
    assert "FC602" not in _rules("Traders welcomed the end of the boycott imposed on Qatar by Saudi Arabia, Bahrain "
                                 "and Egypt in June 2017.", "2021-02-01", "QA")


def test_boycott_lifted_by_states_is_another_day_silent():
    # the date is of the lifting, a thing done about the measure
    assert "FC602" not in _rules("The embargo placed on Qatar was lifted by its neighbours in January 2021.",
                                 "2021-02-01", "QA")


# -- the member a state became --------------------------------------------------------------------------------------
def test_member_place_of_nato_wrong():
    found = _found("Officials said the vote would make Montenegro the alliance's 30th member once NATO "
                   "ratified it.", "2017-06-01", "ME")
    assert ("FC602", "30th") in found


def test_member_place_of_nato_right_silent():
    assert "FC602" not in _rules("Officials said the vote would make Montenegro the alliance's 29th member once "
                                 "NATO ratified it.", "2017-06-01", "ME")


def test_member_place_of_eu_by_member_state_of():
    assert ("FC602", "27th") in _found("Croatia will become the 27th member state of the European Union next "
                                      "summer.", "2012-12-01", "HR")


def test_member_place_of_a_batch_any_order_silent():
    # the ten of 1 May 2004 were the 16th to 25th: any of those is right
    for n in ("16th", "21st", "25th"):
        assert "FC602" not in _rules(f"Malta became the EU's {n} member in 2004.", "2014-05-01", "MT")
    assert "FC602" in _rules("Malta became the EU's 26th member in 2004.", "2014-05-01", "MT")


def test_member_place_other_body_or_other_count_silent():
    # a member of something else, or an ordinal that counts no membership
    assert "FC602" not in _rules("Sweden became the 31st member of the club's board.", "2024-03-08", "SE")
    assert "FC602" not in _rules("Sweden, an EU member since 1995, marked its 31st year of growth.", "2024-03-08",
                                 "SE")
    # "alliance" in a story that speaks of both bodies is not read as either
    assert "FC602" not in _rules("Sweden joined the EU long ago and now became the alliance's 31st member, beside "
                                 "NATO's others.", "2024-03-08", "SE")
