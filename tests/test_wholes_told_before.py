"""Arithmetic whose whole or parts stand in other sentences or other words (session 13): a share of a whole told
sentences before ("11.9 million passengers, or 24% of all traffic"), parts joined into a total by "give" or by
"Together the top three", a programme that "comprises" its parts, a poll's shares of a head count that opens the
sentence; and the near misses that once raised false alarms (a base that belongs to another figure, a funding
gap, a list with one part told in words, a rate with its own level of another measure)."""
import pytest

import factcheck


def _arithmetic(text: str, date: str = "2024-03-01", country: str = "GB") -> list:
    return [f for f in factcheck.check(text, date=date, country=country) if f.category == "arithmetic"]


DXB = ("Dubai International Airport handled 86.9 million passengers in 2023, its airport operator said. India was again "
       "the top market, with 11.9 million passengers, or {share} of all traffic, followed by Saudi Arabia.")
COUNCIL = ("Councillors approved a £487m budget on Wednesday. Adult social care, at £214m, now accounts for {share} of "
           "the entire budget, up from about 40% five years ago.")


@pytest.mark.parametrize(("template", "wrong", "right", "country"), [
    (DXB, "24%", "13.7%", "AE"),
    (COUNCIL, "52%", "44%", "GB"),
])
def test_a_share_of_a_whole_told_sentences_before(template, wrong, right, country):
    assert [f.text for f in _arithmetic(template.format(share=wrong), country=country)] == [wrong]
    assert not _arithmetic(template.format(share=right), country=country)


def test_a_share_is_silent_when_any_earlier_whole_fits_it():
    # the votes' whole is told as ballots: another noun, the same count
    text = ("A total of 29,410 ballots were cast. Ruiz received 14,862 votes. Mail ballots accounted for 9,120 votes, "
            "or 31% of the total.")
    assert not _arithmetic(text, country="US")


def test_a_share_is_not_read_against_the_base_of_a_change():
    text = ("The terminal handled a record 2.43 million twenty-foot equivalent units (TEU) last year. Throughput rose "
            "6.1 per cent from 2.29 million TEU in 2020. Transshipment cargo accounted for 1.17 million TEU, or 48 per "
            "cent of the total.")
    assert not _arithmetic(text, country="KR")


@pytest.mark.parametrize(("text", "figure"), [
    # "give" joins the parts into their total
    ("Under the proportional system, the ANC's 159 seats and the DA's 87 give the two parties 264 of the 400 seats.",
     "264"),
    # the total's sentence counts its parts, which run back two sentences
    ("The US remained the biggest source, sending $14.0 billion, or about 41% of the total. Singapore followed with "
     "$2.5 billion and Saudi Arabia with $2.0 billion. Together the top three sources accounted for $20.5 billion.",
     "$20.5 billion"),
    # the programme "comprises" its parts; counts in the parts' words are not parts
    ("The trust said it would spend S$1.2 billion (US$893 million) over six years. The programme comprises S$520 "
     "million to rebuild two blocks, S$430 million for a new building, and S$370 million for refits across 14 "
     "properties.", "S$1.2 billion"),
    # a poll's shares of the head count that opens the sentence
    ("Of 1,050 adults surveyed, 46% said they backed the project, 38% opposed it and 21% were undecided.", "21%"),
])
def test_parts_and_their_total_in_new_words(text, figure):
    assert [f.text for f in _arithmetic(text, country="ZA")] == [figure]


@pytest.mark.parametrize("text", [
    "Under the proportional system, the ANC's 159 seats and the DA's 87 give the two parties 246 of the 400 seats.",
    ("The US remained the biggest source, sending $14.0 billion, or about 41% of the total. Singapore followed with "
     "$2.5 billion and Saudi Arabia with $2.0 billion. Together the top three sources accounted for $18.5 billion."),
    ("The trust said it would spend S$1.2 billion (US$893 million) over six years. The programme comprises S$520 "
     "million to rebuild two blocks, S$430 million for a new building, and S$250 million for refits across 14 "
     "properties."),
    "Of 1,050 adults surveyed, 46% said they backed the project, 38% opposed it and 16% were undecided.",
    # without the group's head count opening the sentence, other figures still make it no plain list of shares
    "In 2,050 cases, 46% said they backed the project, 38% opposed it and 21% were undecided.",
])
def test_the_same_shapes_adding_up_are_silent(text):
    assert not _arithmetic(text, country="ZA")


@pytest.mark.parametrize(("text", "country"), [
    # the base belongs to the price before it, not to the revenue already read as the level
    ("Revenue rose 41% to ₦612.4bn, helped by an average price of ₦8,600 per bag, against ₦5,900 in the same period "
     "of 2023.", "NG"),
    # a funding gap is what is needed, not the gap between the two budgets told
    ("The net revenue budget for 2023-24 is £487m, up 6.8% from £456m this year, but the leader said inflation had "
     "left a funding gap of £31.6m.", "GB"),
    # one part told in words: the figures given need not add up to the whole
    ("Deliveries for the third quarter totalled 49,010, made up of 14,200 in July, 16,350 in August and September's "
     "record figure.", "CN"),
    # the rate has its own level, of another measure
    ("The chain, which operated 412 stores at the end of December, up from 356 a year earlier, said on Monday that "
     "revenue rose 19 per cent in 2023 to $186 million.", "VN"),
])
def test_near_misses_that_are_ordinary_copy(text, country):
    assert not _arithmetic(text, country=country)


@pytest.mark.parametrize(("text", "figure", "country"), [
    ("Revenue rose 41% to ₦612.4bn in 2024, against ₦534.9bn in 2023.", "41%", "NG"),
    ("The net revenue budget for 2023-24 is £487m, up 6.8% from £456m this year, a gap of £31.6m.", "£31.6m", "GB"),
    ("Deliveries for the third quarter totalled 49,010, made up of 24,200 in July, 26,350 in August and September's "
     "record figure.", "49,010", "CN"),
    ("The chain operated 412 stores at the end of December, up 19 per cent from 356 a year earlier.", "19 per cent",
     "VN"),
])
def test_the_guards_leave_the_slips_they_are_not_for(text, figure, country):
    assert [f.text for f in _arithmetic(text, country=country)] == [figure]
