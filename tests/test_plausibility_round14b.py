"""Round 14 (second pass) shapes of plausibility copy, in house styles of our own.

* What a country's sales abroad brought in, told after the verb whose subject the country is ("Ghana shipped
  ... cocoa last season, earning $X", "Ghana exported cocoa worth $X"), or after its exports ("Ghana's cocoa
  exports earned $X"): one product's exports, never more than twice the economy that grew them.
* An economy "which produces goods and services worth $X a year" is its GDP; "West Africa's biggest economy,
  which ..." is a country, the story's own.
* A story that speaks of "an average of 22%" or "a shortage of" does not speak of ages: "the Chamber of Small
  Industries, 414, or 69%," is a count of firms, not a person's age.
* Land a fire burned or a flood covered in one country is never larger than the country (FC211).
* A state's or province's economy ("Ohio's $X economy") is never five times its share of the nation's output per
  head, nor a twentieth of it.
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # a country's sales abroad, what they earned told after the verb
    ("Ghana shipped about 640,000 tonnes of cocoa in the season to September, earning $210 billion, the marketing "
     "board said.", "2023-10-12", "GH", "FC206", "$210 billion"),
    ("Kenya exported tea worth $250 billion last year as auction prices recovered.", "2024-02-02", "KE", "FC206",
     "$250 billion"),
    # the same after the exports noun
    ("Ghana's cocoa exports earned $210 billion last season, the board said.", "2023-10-12", "GH",
     "FC206", "$210 billion"),
    # a region's biggest economy, its worth given as what it produces
    ("Investors doubt the plan suits West Africa's biggest economy, which produces goods and services worth some "
     "$360 million a year.", "2024-03-14", "NG", "FC203", "$360 million"),
]

BAD += [
    # a local fire larger than its country; the country named in the sentence before
    ("Crews near Sparta finally held the line on Friday after the fire had burned through some 150,000 square "
     "kilometres of pine and olive groves.", "2021-08-20", "GR", "FC211", "150,000 square kilometres"),
    ("Portugal's floods were the worst in decades. Rivers inundated 140,000 square kilometres of farmland.",
     "2023-02-10", "PT", "FC211", "140,000 square kilometres"),
    # a state's economy at a third of the nation's
    ("Analysts said Arizona's $7.5 trillion economy grew 2% last year.",
     "2019-04-02", "US", "FC203", "$7.5 trillion"),
    ("The survey found Karnataka's economy, worth about $2.7 billion, grew faster than the national average.",
     "2023-06-01", "IN", "FC203", "$2.7 billion"),
]

GOOD = [
    ("Crews near Sparta finally held the line on Friday after the fire had burned through some 150 square "
     "kilometres of pine and olive groves.", "2021-08-20", "GR"),
    ("Portugal's floods were the worst in decades. Rivers inundated 1,400 square kilometres of farmland.",
     "2023-02-10", "PT"),
    # the world's, the sea's, years added up, a yardstick
    ("Fires worldwide burned about 3.9 million square kilometres last year, satellite data showed.", "2024-02-01",
     "GR"),
    ("Since 2001, fires in Portugal have burned a combined 150,000 square kilometres, much of it more than once.",
     "2023-02-10", "PT"),
    ("Canada's fires burned 150,000 square kilometres, an area larger than Greece.", "2023-10-01", "CA"),
    ("Portugal's exclusive economic zone of 1.7 million square kilometres holds rich fishing grounds where oil "
     "spills burned.", "2023-02-10", "PT"),
    # states at their size, and a state's target
    ("Arizona's $475 billion economy grew 2% last year.", "2023-04-02", "US"),
    ("The survey found Karnataka's economy, worth about $270 billion, grew faster than the national average.",
     "2023-06-01", "IN"),

    # the same shapes at the right size
    ("Ghana shipped about 640,000 tonnes of cocoa in the season to September, earning $2.1 billion, the marketing "
     "board said.", "2023-10-12", "GH"),
    ("Kenya exported tea worth $1.3 billion last year as auction prices recovered.", "2024-02-02", "KE"),
    ("Ghana's cocoa exports earned $2.1 billion last season, the board said.", "2023-10-12", "GH"),
    ("Investors doubt the plan suits West Africa's biggest economy, which produces goods and services worth some "
     "$360 billion a year.", "2024-03-14", "NG"),
    # a firm, not a country, exported; a money figure before the earnings is another thing's
    ("Kumasi Cocoa Traders exported 40,000 tonnes last season, earning $210 million.", "2023-10-12", "GH"),
    ("Ghana shipped $2bn of cocoa beans to Europe, earning $210 billion in carbon credits for the forests, the "
     "minister claimed.", "2023-10-12", "GH"),
    # a count of firms after a body's name, in a story with an average in it
    ("Of 500 members polled by the Nairobi Chamber of Small Industries, 341, or 68%, said orders had fallen, by an "
     "average of 18%.", "2024-05-08", "KE"),
]


@pytest.mark.parametrize("text,date,country,rule,figure", BAD)
def test_flagged(text, date, country, rule, figure):
    assert (rule, figure) in plausibility(text, date, country)


@pytest.mark.parametrize("text,date,country", GOOD)
def test_silent(text, date, country):
    assert plausibility(text, date, country) == []
