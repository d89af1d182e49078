"""A whole said first and its parts told in the sentences after, in the shapes newsrooms use beyond one list in the
next sentence: the whole set against last year's in its own sentence, a sentence on the vote between, a list run on
over two sentences, a breakdown opened "By region,". Near misses that add up, take a part apart, or are some of it
stay silent."""
import pytest

import factcheck


def _arith(text, date="2024-03-05", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.rule in ("FC305", "FC308", "FC309")]


# -- the whole beside the base of its change ("up 9% from this year's £3.1 billion") --------------------------------
def test_whole_set_against_last_years_still_has_its_parts():
    text = ("The county approved a £3.4 billion budget on Monday, an increase of about 9% from this year's £3.1 "
            "billion. Under the plan, £1.5 billion is earmarked for schools, £1.2 billion for care services and "
            "£0.9 billion for roads.")
    assert ("FC305", "£3.4 billion") in _arith(text)


def test_whole_set_against_last_years_parts_that_fit_are_silent():
    text = ("The county approved a £3.4 billion budget on Monday, an increase of about 9% from this year's £3.1 "
            "billion. Under the plan, £1.5 billion is earmarked for schools, £1.1 billion for care services and "
            "£0.8 billion for roads.")
    assert _arith(text) == []


# -- sentences about the whole between it and its parts ---------------------------------------------------------------
def test_parts_after_a_vote_and_a_comparison():
    text = ("Councillors approved a total budget of €260m for next year. The plan passed by 30 votes to 12. It "
            "represents a rise of 2.1% on this year's €254.6m. Health takes the largest share, at €120m. Housing "
            "will receive €85m, libraries €40m and the remaining €30m goes to administration.")
    assert ("FC305", "€260m") in _arith(text, country="FR")


def test_parts_far_from_the_whole_without_a_share_word_are_silent():
    text = ("Councillors approved a total budget of €260m for next year. The plan passed by 30 votes to 12. It "
            "represents a rise of 2.1% on this year's €254.6m. Separately, the port will receive €120m, the airport "
            "€85m, the tram €40m and the ferry €30m from the region.")
    assert _arith(text, country="FR") == []


# -- a list run on over two sentences --------------------------------------------------------------------------------
def test_list_of_allocations_told_over_two_sentences():
    text = ("The town hall presented a budget of €96.0m for 2025. Wages, the largest item, will take €38.5m, "
            "followed by €22.4m for contracted services. Investment will total €19.6m, while welfare programmes "
            "will receive €14.2m and debt repayments and interest €9.1m.")
    assert ("FC305", "€96.0m") in _arith(text, country="ES")


def test_list_over_two_sentences_that_adds_up_is_silent():
    text = ("The town hall presented a budget of €96.0m for 2025. Wages, the largest item, will take €38.5m, "
            "followed by €22.4m for contracted services. Investment will total €19.6m, while welfare programmes "
            "will receive €8.5m and debt repayments and interest €7.0m.")
    assert _arith(text, country="ES") == []


def test_second_sentence_taking_a_part_apart_is_not_more_parts():
    text = ("The town hall presented a budget of €96.0m for 2025. Wages will take €58.5m, followed by €30.4m for "
            "contracted services. Of the wages, €31.0m will go to teachers and €22.0m to nurses.")
    assert _arith(text, country="ES") == []


def test_second_sentence_smaller_than_a_part_is_not_more_parts():
    text = ("The town hall presented a budget of €96.0m for 2025. Wages will take €58.5m, followed by €30.4m for "
            "contracted services. Teachers' pay will take €31.0m and nurses' pay €22.0m.")
    assert _arith(text, country="ES") == []


# -- "By region," opening a count's breakdown ------------------------------------------------------------------------
def test_by_region_breakdown_that_falls_short_of_the_whole():
    text = ("Nurses screened 212,400 adults for diabetes during the spring drive, the ministry said. By region, they "
            "reached 96,300 in the north, 51,700 in the east, 38,200 in the west and 6,200 in the south.")
    assert ("FC308", "212,400") in _arith(text, country="KE")


def test_by_region_breakdown_that_adds_up_is_silent():
    text = ("Nurses screened 212,400 adults for diabetes during the spring drive, the ministry said. By region, they "
            "reached 96,300 in the north, 51,700 in the east, 38,200 in the west and 26,200 in the south.")
    assert _arith(text, country="KE") == []


def test_by_region_naming_only_the_largest_is_silent():
    text = ("Nurses screened 212,400 adults for diabetes during the spring drive, the ministry said. By region, the "
            "most were in the north with 96,300, followed by the east with 51,700.")
    assert _arith(text, country="KE") == []


@pytest.mark.parametrize("opening", ["By contrast,", "By noon,", "By then,"])
def test_by_a_time_or_manner_opens_no_breakdown(opening):
    text = ("Nurses screened 212,400 adults for diabetes during the spring drive, the ministry said. " + opening +
            " they had reached 96,300 in the north, 51,700 in the east, 38,200 in the west and 6,200 in the south.")
    assert _arith(text, country="KE") == []
