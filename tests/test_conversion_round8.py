"""Round 8: restatements opened by any noun phrase for a priced thing, and slipped currency symbols, in
sentences of our own (factcheck/restated.py, conversion._slipped_symbol)."""
from __future__ import annotations

import pytest

from _findings import found




FLAGGED = [
    # a value aside on a noun whose antecedent was written as a priced undertaking (wrong-way, old rate, x10)
    ("The port authority awarded a £620m contract for the new container berth. The deal, worth about $500m, "
     "runs for 12 years.", "2024-05-14", "GB", "about $500m"),
    ("Islamabad approved a loan of Rs800 million for the textile board on Monday. The facility, valued at "
     "roughly $7.6 million, carries no interest.", "2025-04-09", "PK", "roughly $7.6 million"),
    ("Nairobi signed a KSh12 billion road tender with a Chinese builder. The tender, worth an estimated "
     "$930 million, covers 140km.", "2024-10-02", "KE", "an estimated $930 million"),
    ("The club agreed a €45m transfer for the striker. The fee, worth roughly £58m, is a club record.",
     "2023-08-21", "IE", "roughly £58m"),
    # a same-sum aside on any noun phrase
    ("Canberra and the state will put A$2 billion into drought relief. The combined fund, equivalent to about "
     "US$2.9 billion, opens in July.", "2023-06-15", "AU", "about US$2.9 billion"),
    ("Ministers will spend R1.2bn on school toilets this year. The new allocation, or about $650m, follows a "
     "court order.", "2024-02-20", "ZA", "about $650m"),
    # a symbol slipped: the figure is exactly the dollar conversion
    ("The R500m (about £27m) clinic upgrade starts in May.", "2025-03-14", "ZA", "about £27m"),
    ("Lagos approved a N9.6bn (£6.1m) bus depot.", "2024-09-10", "NG", "£6.1m"),
    # asides in one sentence that say the same sum: a dash after the amount's noun, "which is", "the
    # equivalent of", "translates to", a clause's closing aside
    ("Dhaka cleared a Tk 600 crore dredging grant — about $510 million — for the river port.", "2024-11-05", "BD",
     "about $510 million"),
    ("The utility set aside a grant of KSh3bn, which is around $230m, for meters.", "2024-10-02", "KE",
     "around $230m"),
    ("Colombo will spend Rs 90 billion, the equivalent of $3 billion, on the highway.", "2025-01-15", "LK",
     "$3 billion"),
    ("The fine of R75m translates to roughly $40m.", "2024-02-20", "ZA", "roughly $40m"),
    ("The province approved R75m for rural clinics, roughly $40m.", "2024-02-20", "ZA", "roughly $40m"),
    ("The province approved R75m for rural clinics, a sum worth about $40m.", "2024-02-20", "ZA", "about $40m"),
    # the next sentence says it converts
    ("The province approved R75m for rural clinics. In dollar terms, that is about $40m.", "2024-02-20", "ZA",
     "about $40m"),
    ("The province approved R75m for rural clinics. At current exchange rates the allocation is worth about $40m.",
     "2024-02-20", "ZA", "about $40m"),
]


@pytest.mark.parametrize("text, date, country, figure", FLAGGED)
def test_a_wrong_restatement_or_symbol_is_flagged(text, date, country, figure):
    assert figure in found(text, date, country, "conversion")


SILENT = [
    # right restatements in the same shapes
    ("The port authority awarded a £620m contract for the new container berth. The deal, worth about $790m, "
     "runs for 12 years.", "2024-05-14", "GB"),
    ("Islamabad approved a loan of Rs800 million for the textile board on Monday. The facility, valued at "
     "roughly $2.9 million, carries no interest.", "2025-04-09", "PK"),
    ("Canberra and the state will put A$2 billion into drought relief. The combined fund, equivalent to about "
     "US$1.3 billion, opens in July.", "2023-06-15", "AU"),
    # a value aside with no priced antecedent: another thing's value
    ("The province spent R1.2bn on school toilets last year. The package, worth $200m, was announced by the "
     "national treasury.", "2024-02-20", "ZA"),
    ("Exports reached Rs900 billion in the quarter. The order, worth $40 million, went to a Karachi mill.",
     "2025-04-09", "PK"),
    # two amounts of like size before: which one?
    ("The board approved a £300m loan and a £250m grant. The deal, worth about $500m, closes in May.",
     "2024-05-14", "GB"),
    # not an aside: the value is part of a longer phrase
    ("Nairobi signed a KSh12 billion road tender. The tender, worth $93 million in loans and grants from three "
     "lenders, covers 140km.", "2024-10-02", "KE"),
    # right conversions, pounds and dollars both
    ("The R500m (about £21m) clinic upgrade starts in May.", "2025-03-14", "ZA"),
    ("The R500m (about $27m) clinic upgrade starts in May.", "2025-03-14", "ZA"),
    # a loose rate within the allowance that fits no other money exactly
    ("The R500m (about £24m) clinic upgrade starts in May.", "2025-03-14", "ZA"),
    # right asides of the new shapes
    ("The province approved R75m for rural clinics, roughly $4m.", "2024-02-20", "ZA"),
    ("Dhaka cleared a Tk 600 crore dredging grant — about $51 million — for the river port.", "2024-11-05", "BD"),
    # two amounts that are not one sum in two monies
    ("The province approved R75m for roads and $40m for parks.", "2024-02-20", "ZA"),
    ("The board spent R75m on roads, about $40m less than the donors gave.", "2024-02-20", "ZA"),
    ("The province spent R75m on roads — $40m came from donors.", "2024-02-20", "ZA"),
    ("Exports earned R75bn last year, and imports cost about $40bn.", "2024-02-20", "ZA"),
    ("The board approved R75m for the stadium, some $4m of which came from sponsors.", "2024-02-20", "ZA"),
    ("The firm raised R75m in March; it raised $40m in May.", "2024-02-20", "ZA"),
    ("The R75m grant (and a $40m loan) was approved.", "2024-02-20", "ZA"),
    # "The grant amounts to" with no grant before and no word that it converts: another grant
    ("The province approved R75m for rural clinics. The grant amounts to about $40m.", "2024-02-20", "ZA"),
]


@pytest.mark.parametrize("text, date, country", SILENT)
def test_other_sentences_stay_silent(text, date, country):
    assert found(text, date, country, "conversion") == []
