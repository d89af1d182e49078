"""h17i: anniversaries counted "to the day after" an event and "since" a night of two dates; a count of people in
the dock spelled out at the head of a sentence, referred back to with its digits swapped."""
import factcheck


def _rules(text, date, country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


# -- FC503: "N years to the day after <event> on <date>", told on the anniversary itself --

def test_to_the_day_after_an_event_clause_counts_to_publication():
    text = ("Church bells were rung on Sunday morning, nine years to the day after the old mill burned down "
            "on 12 March 2017.")
    assert ("FC503", "nine years") in _rules(text, "2025-03-12")


def test_to_the_day_after_an_event_clause_right_count_is_silent():
    text = ("Church bells were rung on Sunday morning, eight years to the day after the old mill burned down "
            "on 12 March 2017.")
    assert not [r for r in _rules(text, "2025-03-12") if r[0] == "FC503"]


def test_to_the_day_after_with_another_year_in_the_sentence_is_silent():
    # the count may run to the other year, not to publication
    text = ("The mill reopened in 2021 on Sunday, nine years to the day after it burned down on 12 March 2017.")
    assert not [r for r in _rules(text, "2025-03-12") if r[0] == "FC503"]


def test_to_the_day_after_without_the_news_day_is_silent():
    text = "She died nine years to the day after her husband was buried on 12 March 2017."
    assert not [r for r in _rules(text, "2025-03-12") if r[0] == "FC503"]


# -- FC503: "since <event> on the night of 2-3 <month> <year>" --

def test_since_an_event_on_a_night_of_two_dates():
    text = ("Relatives laid wreaths on Friday, which marks 11 years since the ferry capsized off the island "
            "on the night of 14-15 June 2012.")
    assert ("FC503", "11 years") in _rules(text, "2025-06-13")


def test_since_an_event_on_a_night_of_two_dates_right_count_is_silent():
    text = ("Relatives laid wreaths on Friday, which marks 13 years since the ferry capsized off the island "
            "on the night of 14-15 June 2012.")
    assert not [r for r in _rules(text, "2025-06-13") if r[0] == "FC503"]


# -- FC408: a spelled-out count heading the sentence, its digits swapped later --

def test_spelled_out_defendants_then_digits_swapped():
    text = ("Sixteen former managers of a regional water utility were arraigned in Abuja on Monday. "
            "A lawyer for the 61 defendants said they would fight the charges.")
    assert ("FC408", "61 defendants") in _rules(text, "2021-03-02", "NG")


def test_spelled_out_defendants_then_same_count_is_silent():
    text = ("Sixteen former managers of a regional water utility were arraigned in Abuja on Monday. "
            "A lawyer for the 16 defendants said they would fight the charges.")
    assert not [r for r in _rules(text, "2021-03-02", "NG") if r[0].startswith("FC4")]


def test_spelled_out_count_inside_a_sentence_is_no_typing_slip():
    # only the head of a sentence is spelled out by style: elsewhere the word is what the reporter wrote
    text = ("Prosecutors said sixteen former managers were arraigned in Abuja on Monday. "
            "A lawyer for the 61 defendants said they would fight the charges.")
    assert not [r for r in _rules(text, "2021-03-02", "NG") if r[0] == "FC408"]


def test_a_count_of_another_noun_does_not_explain_the_difference():
    # 45 charges is not 45 more defendants
    text = ("Sixteen former managers of a regional water utility were arraigned in Abuja on Monday on 45 charges "
            "of fraud. A lawyer for the 61 defendants said they would fight the charges.")
    assert ("FC408", "61 defendants") in _rules(text, "2021-03-02", "NG")


# -- FC407: one sum named back by its noun, its last written digit changed --

def test_a_loan_named_back_with_its_tenth_changed():
    text = ("The county council agreed a €3.2m loan to restore the old mill. Its treasurer said the €3.5m council "
            "loan would be repaid over 20 years.")
    assert ("FC407", "€3.5m council loan") in _rules(text, "2022-09-14", "IE")


def test_a_loan_named_back_with_the_same_sum_is_silent():
    text = ("The trust agreed a €3.2m loan to restore the old mill. Its treasurer said the €3.2m bank loan "
            "would be repaid over 20 years.")
    assert not [r for r in _rules(text, "2022-09-14", "IE") if r[0].startswith("FC4")]


def test_a_loan_from_a_lender_the_first_sentence_never_names_is_silent():
    # a bank's loan is not the council's
    text = ("The county council agreed a €3.2m loan to restore the old mill. Its treasurer said the €3.5m bank "
            "loan would be repaid over 20 years.")
    assert not [r for r in _rules(text, "2022-09-14", "IE") if r[0] == "FC407"]


def test_a_second_loan_not_named_back_is_silent():
    text = ("The trust agreed a €3.2m loan to restore the old mill. It has also applied for a €3.5m bank loan "
            "for a visitor centre.")
    assert not [r for r in _rules(text, "2022-09-14", "IE") if r[0].startswith("FC4")]


def test_whole_sums_one_digit_apart_stay_with_the_rounding_reading():
    # "€13m" and "€12m" may be one sum rounded two ways: only a written tenth is taken as exact
    text = ("The trust agreed a €13m loan to restore the old mill. Its treasurer said the €12m bank loan "
            "would be repaid over 20 years.")
    assert not [r for r in _rules(text, "2022-09-14", "IE") if r[0] == "FC407"]


# -- FC408: "N of the <owner>'s <things>" with no whole given counts the things themselves --

def _fc408(text):
    return [r for r in _rules(text, "2023-02-07", "CA") if r[0] == "FC408"]


def test_share_of_an_owners_things_then_the_affected_ones_disagree():
    text = ("Storms on Monday cut power in 18 of the province's municipalities. "
            "Crews were working in the 13 affected municipalities on Tuesday.")
    assert ("FC408", "13 affected municipalities") in _fc408(text)


def test_share_of_an_owners_things_then_the_same_count_is_silent():
    text = ("Storms on Monday cut power in 18 of the province's municipalities. "
            "Crews were working in the 18 affected municipalities on Tuesday.")
    assert not _fc408(text)


def test_share_then_a_larger_count_may_be_the_owners_whole():
    text = ("Storms on Monday cut power in 18 of the province's municipalities. "
            "Schools in the 21 municipalities reopen on Tuesday.")
    assert not _fc408(text)


def test_share_of_a_whole_given_in_figures_stays_a_part():
    text = ("Storms on Monday cut power in 18 of the province's 21 municipalities. "
            "Crews were working in the 13 affected municipalities on Tuesday.")
    assert not _fc408(text)
