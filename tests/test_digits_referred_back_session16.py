"""FC412 (a figure told again with its digits in another order), four readings added in session 16: a count
"N-strong", a budget's shortfall called a gap, a hedged first figure, and one deed told again for its year without
a referring word. Each has its near miss, which stays silent."""
import pytest

import factcheck


def _digits(text: str, date: str = "2024-05-14", country: str = "GB") -> list[str]:
    # (FC409 reads the same slip where the later figure keeps its unit's noun; either names it)
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule in ("FC409", "FC412")]


SLIPS = [
    # "its 75-strong fleet": the count's noun is the word after "-strong", named before the first figure
    ("The order will take the airline's fleet to 90 aircraft by 2030, up from 57 today, the carrier said. The "
     "airline said its 75-strong fleet would fly twelve new routes.", "75"),
    # a shortfall and a gap are one amount the budget lacks
    ("The county council faces a £24.7m shortfall in next year's budget, a report said. The treasurer said cuts to "
     "libraries would still leave the council short of closing the £27.4m gap.", "£27.4m"),
    # a hedged first figure may be the one typed in another order
    ("Officials evacuated about 41,000 residents from low-lying districts on Friday. Officials said the 14,000 "
     "evacuees were sheltering in schools and mosques.", "14,000"),
    # one verb before both, and both told for one year: "last year" in a 2024 story is 2023
    ("The terminal handled a record 2.73 million containers last year, its operator said on Tuesday. The operator "
     "said that after handling 2.37 million containers in 2023, it expected to pass three million this year.",
     "2.37 million"),
    # a floor the later figure lies above
    ("The council faces power cuts over more than £3.4 million it owes the supplier, officials said. A "
     "councillor said the £4.3 million owed to the supplier kept growing.", "£4.3 million"),
    # one speed told "at" its figure twice, whatever the verb
    ("A man detected driving at 172km/h on a regional road has been banned for three years. The judge said that "
     "travelling at 127km/h on a road used by cyclists was sheer madness.", "127km/h"),
    # boliviano amounts are money
    ("A court sentenced a former works director to eight years for diverting Bs 6.3m from a paving project. It "
     "ordered the defendants to repay the Bs 3.6m diverted.", "Bs 3.6m"),
]


@pytest.mark.parametrize(("text", "slip"), SLIPS)
def test_the_same_figure_told_again_in_another_order(text, slip):
    assert _digits(text) == [slip]


def test_a_boliviano_amount_is_money():
    (amount,) = factcheck.extract("diverting Bs 4.2m from a road project")
    assert (amount.kind, amount.unit, amount.value) == ("money", "BOB", 4_200_000)
    (amount,) = factcheck.extract("a budget of Bs. 120m", country="VE")
    assert amount.unit == "VES"


NEAR_MISSES = [
    # the noun after "-strong" is not the first figure's thing
    "The order will take the airline's fleet to 90 aircraft by 2030, up from 57 today. Its 75-strong squad of "
    "engineers will be trained in Toulouse.",
    # a shortfall and a contract are two amounts
    "The county council faces a £24.7m shortfall in next year's budget. The treasurer said the £27.4m contract "
    "for road repairs would go ahead.",
    # both hedged: two estimates
    "Officials evacuated about 41,000 residents on Friday. By Sunday about 14,000 had returned home.",
    # the same deed in another year is another figure
    "The terminal handled a record 2.73 million containers last year, its operator said. After handling 2.37 "
    "million containers in 2021, it had expanded its quays.",
    # a floor the later figure lies below may count a part
    "The council faces power cuts over more than £4.3 million it owes the supplier. A councillor said the "
    "£3.4 million owed by households was the larger share.",
    # speeds not told "at" their figure: a limit and a speed
    "The driver was caught doing 148km/h on the motorway. Police said a second car was doing 184km/h.",
    # another deed for the year
    "The terminal handled a record 2.73 million containers last year, its operator said. It said it had stored "
    "2.37 million containers in 2023 at its inland depot.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text):
    assert _digits(text) == []
