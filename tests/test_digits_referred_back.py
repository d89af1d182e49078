"""FC412, a figure referred back with its digits in another order: the slips it is for, and one near miss per guard
it borrows from FC405/FC409 (each near miss fires without its guard: see test_each_near_miss_needs_its_guard)."""
import pytest
import regex

import factcheck
from factcheck.ruletypes import consistency_digits


def _digits(text: str, date: str = "2025-03-04", country: str = "GB") -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC412"]


# the slips: the first figure may come with a change, a margin or its year; the later one refers back to it
SLIPS = [
    ("Grain exports rose 11% last year to 6.71 million tonnes, the board said on Monday. Traders said the board's "
     "7.61 million tonnes had been shipped through two ports.", "7.61 million tonnes"),
    ("Osei won the by-election by 2,593 votes. Observers said Osei's 2,953-vote majority was built in the market "
     "towns.", "2,953"),
    ("The insurer said on Friday that its annual profit climbed to €1.84 billion. The €1.48 billion profit was "
     "helped by lower storm claims.", "€1.48 billion"),
    # a difference between them that adds nothing ("the first 90,000 tonnes") explains neither value
    ("The port handled 1.56 million tonnes of grain last year, up 8%, its operator said. The first 90,000 tonnes "
     "arrived by rail. Traders said the port's 1.65 million tonnes had been moved despite strikes.",
     "1.65 million tonnes"),
    # an amount that names no thing of its own may be the later one's thing
    ("The regulator is expected to fine the bank £3.4 million, people familiar with the case said. Lawyers said "
     "the £4.3 million penalty would be the largest of its kind.", "£4.3 million"),
    # a phase named outside the first figure's clause leaves it whole; a week of this year is this year
    ("The smelter raised output to 4.7 million tonnes, though its first phase was finished in spring. Managers "
     "said the smelter's 7.4 million tonnes had kept the furnaces busy this week.", "7.4 million tonnes"),
]


@pytest.mark.parametrize(("text", "slip"), SLIPS)
def test_a_figure_referred_back_with_its_digits_in_another_order(text, slip):
    assert _digits(text) == [slip]


NEAR_MISSES = [
    # a part or an addition in the later figure's clause
    "The bakery chain will close 260 shops this spring. The remaining 620 shops will open longer hours.",
    # a change noun after the later figure: the amount is the change, not the total
    "Ticket income rose by £36m to £410m. The £63m rise came mostly from summer concerts.",
    # the first figure is a part of a whole
    "The college has 18,000 students, 3,100 of them part-time. The 1,300 part-time students pay by the module.",
    "The first stage of the bypass will cost €3.8bn, the province said. Farmers said the €8.3bn bypass would cut "
    "their land in two.",
    # another place
    "A 380-bed hospital is going up in Kumasi. In Tamale, the 830-bed teaching hospital is short of doctors.",
    # another name or owner
    "The Jubilee Line has 27 stations. The Victoria Line's 72 stations are older.",
    "A 1,500-bed hospital opened on Friday. \"The old hospital was always full,\" a nurse said. The old hospital's "
    "1,050 beds will go to long-term care.",
    # a workplace of its own after the later figure's noun
    "The brewer employs 3,600 people in the country. The 3,060 workers at its Kumasi brewery will move to shifts.",
    # two amounts that name two things
    "The state signed a $470 million loan with the lender on Monday. The $740 million grant will pay for clinics.",
    # other years
    "In 2018 the club had 1,290 members. In 2024 the club's membership of 9,210 was a record.",
    "The mill will grind 3,500 tonnes of maize this year. The 5,300 tonnes planned for next year have no buyer yet.",
    # another thing of the kind, an update of the count, or the difference as an addition in between
    "The mill employs 560 staff at its Jinja site. A rival mill nearby laid off workers, and its 650 employees "
    "went unpaid.",
    "The ministry said 2,480 clinics would close for the strike. By Friday more clinics had shut, and the 2,840 "
    "clinics will stay closed until Monday.",
    "A fraudster took money from 318 savers, the court heard. Another 63 savers have since come forward, and the "
    "381 savers will share what is recovered.",
    # the later sentence resizes the thing
    "The first plans had 290 beds. The clinic was enlarged and the 920-bed clinic opens in June.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text):
    assert not _digits(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_each_near_miss_needs_its_guard(text, monkeypatch):
    monkeypatch.setattr(consistency_digits, "_explained", lambda story, first, later, told_again: "")
    assert _digits(text), "the near miss no longer reaches the guards: it tests nothing"


# read before the guards: a cricket total is runs for wickets, and a possessive before a verb is its subject
def test_a_cricket_total_is_no_figure_referred_back(monkeypatch):
    text = "The opener struck 187 off 124 balls. The 412 for six was a record."
    assert not _digits(text)
    monkeypatch.setattr(consistency_digits, "_CRICKET_SCORE_AFTER", regex.compile(r"(?!x)x"))
    assert _digits(text) == ["412"], "without its guard the total is read: the test shows the guard"


def test_a_possessive_before_a_verb_is_its_subject(monkeypatch):
    # "St Xavier's posted 412": the team did something with the figure, it does not refer back to one
    posted = "The opener struck 187 off 124 balls. St Xavier's posted 412 in their 50 overs, a record."
    assert not _digits(posted)
    verbs = "|made|scored|posted|set|hit|put|saw|sold|ran|\\p{L}+ed"
    assert verbs in consistency_digits._REFERRED.pattern
    monkeypatch.setattr(consistency_digits, "_REFERRED", regex.compile(
        consistency_digits._REFERRED.pattern.replace(verbs, ""), consistency_digits._REFERRED.flags))
    assert _digits(posted) == ["412"], "without its guard the verb's object is read: the test shows the guard"


def test_a_year_after_the_later_figure_is_read_against_the_first_s():
    # "in 2017" in a 2018 story is the first figure's "last year": still the slip
    text = ("Beira handled 4.2 million tonnes of cargo last year, up 17%. Officials said the port's 2.4 million "
            "tonnes of cargo in 2017 had been handled despite power cuts.")
    assert _digits(text, date="2018-03-01") == ["2.4 million tonnes"]


@pytest.mark.parametrize(("text", "slip"), [
    # a rate's unit and the same unit with its time said apart
    ("The plant will produce 250,000 cubic metres a day, the utility said. Its backers said the plant's 205,000 "
     "cubic metres of daily output would replace two old units.", "205,000 cubic metres"),
    # a share of the whole: the whole is the figure referred back; a two-digit count whose noun opened the sentence
    ("Deaths on the province's roads fell to 73 last year from 81. Motorcyclists accounted for nearly a third of "
     "the 37 deaths.", "37"),
])
def test_more_ways_of_referring_back(text, slip):
    assert _digits(text) == [slip]


@pytest.mark.parametrize("text", [
    # the earlier two-digit count has a noun of its own: another thing
    "Holt scored 22 points and took 13 rebounds. His 31 points lifted his tally to 142.",
    # "of the" a part of a whole, not a share of it
    "The fund lent 380 farmers a total of $2m. Of the 830 farmers who applied, most were women.",
])
def test_more_near_misses(text):
    assert not _digits(text)
