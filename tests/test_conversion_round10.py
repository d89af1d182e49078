"""Round 10: a bare "$" in the press of a dollar country is its own dollar; a year that only starts a period
("since the 1980s") does not take a sentence's amount out of the rate table; an amount's time between it and its
equivalent ("$34.5 billion last year, or about P1.98 trillion"); a restating noun set off by dashes ("The money —
approximately $4.8 million —"); "about" rounds but does not excuse a rate a quarter off. Sentences of our own."""
from __future__ import annotations

import pytest

import factcheck
from _findings import found

FLAGGED = [
    # the local dollar converted the wrong way, by a factor of ten, or not at all
    ("The state will spend $900 million, or about US$1.35 billion, on new trains, the minister said.",
     "2024-06-12", "AU", "about US$1.35 billion"),
    ("Ottawa pledged $2 billion (US$2.7 billion) for rental housing on Tuesday.", "2024-03-19", "CA",
     "US$2.7 billion"),
    ("Councillors approved the $450 million (US$735 million) stadium after a six-hour debate.", "2024-06-05", "NZ",
     "US$735 million"),
    ("The government set up a $3 billion (US$4 billion) fund for green start-ups.", "2024-03-01", "SG",
     "US$4 billion"),
    ("A joint $1.2 billion recovery package was unveiled for flood-hit towns. The package, worth about "
     "US$1.8 billion, will be split between Canberra and the state.", "2024-03-20", "AU", "about US$1.8 billion"),
    # a decade after "since" starts another state of affairs; the amount is today's
    ("The council approved a 900 million peso (US$900 million) contract to rebuild the market traders have "
     "used since the 1970s.", "2024-06-10", "MX", "US$900 million"),
]
FLAGGED += [
    ("Remittances rose 3 percent to a record $34.5 billion last year, or about P1.52 trillion, the central bank said.",
     "2025-02-17", "PH", "about P1.52 trillion"),
    ("Exports reached $2.1 billion in 2024, or about Rs 420 billion, the bureau said.", "2025-03-10", "PK",
     "about Rs 420 billion"),
    ("The cabinet approved a Rs500 million grant for the hockey federation. The money — approximately $4.8 million "
     "— will pay for training camps.", "2025-06-11", "PK", "approximately $4.8 million"),
    # an old rate a quarter off, hedged
    ("The province will borrow Rs 60 billion, or about $280 million, for rail.", "2025-05-05", "PK",
     "about $280 million"),
]

SILENT = [
    ("The state will spend $900 million, or about US$600 million, on new trains, the minister said.",
     "2024-06-12", "AU"),
    ("Ottawa pledged $2 billion (US$1.48 billion) for rental housing on Tuesday.", "2024-03-19", "CA"),
    ("Councillors approved the $450 million (US$275 million) stadium after a six-hour debate.", "2024-06-05", "NZ"),
    # "$" in an American story about Canada is still the US dollar
    ("Toronto's new transit line will cost $2 billion (€1.85 billion), the US contractor said.", "2024-06-10",
     "US"),
    # the earnings per share of a Canadian company are Canadian cents, not a conversion
    ("Net income climbed to $212-million, or 87 cents a share, from $188-million, or 78 cents.", "2024-06-10",
     "CA"),
    ("The council approved a 900 million peso (about US$54 million) contract to rebuild the market traders have "
     "used since the 1970s.", "2024-06-10", "MX"),
    ("Remittances rose 3 percent to a record $34.5 billion last year, or about P1.97 trillion, the central bank said.",
     "2025-02-17", "PH"),
    ("Exports reached $2.1 billion in 2024, or about Rs 590 billion, the bureau said.", "2025-03-10", "PK"),
    ("The cabinet approved a Rs500 million grant for the hockey federation. The money — approximately $1.8 million "
     "— will pay for training camps.", "2025-06-11", "PK"),
    # two amounts of two years are no pair
    ("Exports reached $2.1 billion in 2024, against Rs 480 billion in 2023.", "2025-03-10", "PK"),
    ("The province will borrow Rs 60 billion, or about $214 million, for rail.", "2025-05-05", "PK"),
    # a decade that dates the amount itself is outside the table: nothing to read it against
    ("In the 1990s the port's expansion cost 900 million pesos ($90 million).", "2024-06-10", "MX"),
]


@pytest.mark.parametrize("text,date,country,flagged", FLAGGED)
def test_flagged(text, date, country, flagged):
    assert found(text, date, country, "conversion") == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert found(text, date, country, "conversion") == []


def test_bare_dollar_reads_as_home_currency_with_us_dollar_left_open():
    money = [q for q in factcheck.extract("A $40 million upgrade.", date="2024-06-10", country="AU")
             if q.kind == "money"]
    assert [(q.unit, q.alternatives) for q in money] == [("AUD", ("USD",))]
    money = [q for q in factcheck.extract("A $40 million upgrade in Toronto.", date="2024-06-10", country="US")
             if q.kind == "money"]
    assert [(q.unit, q.alternatives) for q in money] == [("USD", ())]
