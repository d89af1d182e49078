"""Round 3 class of plausibility copy: the HIGH side of a national budget, in house styles of our own.

A national budget (its total outlay, its total expenditure, the government's spending plan, "the size of the
budget") cannot be larger than the country's whole economy; the usual slip is the currency mark ("$" written
for Rs, ₹, Tk, N, KSh, Rp), or a scale or separator slip ("Tk 790 lakh crore", "KSh4,290 trillion"). The
suggestion swaps the mark first and keeps the written digits.

Principles behind the fix:

* a country named after a clause mark that follows the figure ("..., raising defence spending after the
  conflict with India") does not own the budget; one named before it, or in its own clause, still does;
* the story's first sentence has no sentence before it (the front matter is not one);
* an unnamed budget beside another country is the home one only in a story about home;
* a budget above 100% of GDP is a slip (tiny aid- or fund-financed economies: above 300%).

Near-misses that stay silent: the right figure in the local currency, a right figure in dollars, another
country's budget, world or regional totals, multi-year or cumulative spending, a target "by 2047", a
province's budget, a ministry's budget.
"""
from __future__ import annotations

import pytest

import factcheck


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text, f.suggestion) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


BAD = [
    # wire style, Indian lakh crore, the Union Budget named after the figure
    ("The finance minister unveiled a $50.65 lakh crore Union Budget in the Lok Sabha on Saturday, with a push "
     "for rural jobs.", "2025-02-01", "IN", "$50.65 lakh crore", "₹50.65 lakh crore"),
    # Bangladeshi style: a finance adviser "placed" it; another country in a later clause
    ("Finance Adviser Salehuddin Ahmed placed a $7.90 lakh crore budget for FY2025-26 on Monday, trimming the "
     "development outlay as talks with India stalled.", "2025-06-02", "BD", "$7.90 lakh crore", "Tk7.9 lakh crore"),
    # Nigerian style, an aside after the budget, two neighbours in a later clause
    ("Finance Minister Wale Edun said the $54.99 trillion budget for 2025, signed by President Tinubu on Friday, "
     "would prioritise security, with Ghana and Benin cited as models.", "2025-03-01", "NG", "$54.99 trillion",
     "N54.99 trillion"),
    # Kenyan style, another country after "while"
    ("Treasury Cabinet Secretary John Mbadi on Thursday tabled a $4.29 trillion budget for the 2025/26 financial "
     "year in the National Assembly, cutting spending on roads while Uganda raised its own.", "2025-06-12", "KE",
     "$4.29 trillion", "KSh4.29 trillion"),
    # Pakistani glued "tr", "total outlay"
    ("Pakistan's total outlay for 2025-26 has been set at $17.57tr, the finance ministry said.", "2025-06-11", "PK",
     "$17.57tr", "Rs17.57tn"),
    # "Total expenditure ... pegged at"
    ("Total outlay for 2024-25 has been pegged at $48.21 lakh crore, the finance minister said in the Lok Sabha.",
     "2024-07-23", "IN", "$48.21 lakh crore", "₹48.21 lakh crore"),
    # Indonesian rupiah
    ("Indonesia's 2025 budget sets out total spending of $3,621 trillion, finance minister Sri Mulyani Indrawati "
     "said.", "2024-09-20", "ID", "$3,621 trillion", "Rp3,621 trillion"),
    # an aside with a name before the link
    ("Nigeria's 2025 budget, signed into law by President Tinubu, stands at $54.99 trillion, the presidency said.",
     "2025-03-01", "NG", "$54.99 trillion", "N54.99 trillion"),
    # a thousands separator where a decimal point was meant
    ("The government will spend Rs17,573 trillion in the next fiscal year, the finance minister said in his budget "
     "speech.", "2025-06-11", "PK", "Rs17,573 trillion", "Rs17.573 trillion"),
    ("Kenya's budget for the 2025/26 financial year is KSh4,290 trillion, the Treasury said.", "2025-06-12", "KE",
     "KSh4,290 trillion", "KSh4.29 trillion"),
    # "spending plan", and a neighbour in a later clause
    ("The federal government's spending plan for 2025-26 totals $17.57 trillion, Finance Minister Muhammad "
     "Aurangzeb told the National Assembly, as ties with Afghanistan worsened.", "2025-06-11", "PK",
     "$17.57 trillion", "Rs17.57 trillion"),
    # a scale slip in lakh crore
    ("Bangladesh's budget for fiscal 2025-26 stands at Tk 790 lakh crore, the finance ministry said.", "2025-06-02",
     "BD", "Tk 790 lakh crore", "Tk 7.9 lakh crore"),
    # "the size of the budget"
    ("The finance minister put the size of the budget at $17.57 trillion, up from Rs18.87 trillion last year.",
     "2025-06-11", "PK", "$17.57 trillion", "Rs17.57 trillion"),
    ("The size of the federal budget for 2025-26 is $17.57 trillion, Finance Minister Muhammad Aurangzeb said.",
     "2025-06-11", "PK", "$17.57 trillion", "Rs17.57 trillion"),
]


@pytest.mark.parametrize("text,date,country,figure,suggestion", BAD)
def test_budget_above_the_economy_is_flagged(text, date, country, figure, suggestion):
    assert plausibility(text, date, country) == [("FC205", figure, suggestion)]


def test_first_sentence_after_front_matter_with_a_neighbour_in_a_later_clause():
    story = ("---\ntitle: Budget day\ndate: 2024-06-13\ncountry: PK\n---\n"
             "ISLAMABAD: The government on Wednesday presented a $18.87 trillion budget for 2024-25 to parliament, "
             "lifting taxes on salaried workers as trade talks with India stayed frozen.\n\n"
             "The opposition staged a walkout.\n")
    found = [(f.rule, f.text, f.suggestion) for f in factcheck.check(story) if f.category == "plausibility"]
    assert found == [("FC205", "$18.87 trillion", "Rs18.87 trillion")]


GOOD = [
    # a target for the economy, not a budget
    ("The government aims to raise the size of the economy to $30 trillion by 2047, the finance minister said in "
     "his Budget speech.", "2025-02-01", "IN"),
    # the right figure in the local currency, a neighbour in a later clause
    ("Finance Minister Muhammad Aurangzeb presented a Rs17.57 trillion budget in the National Assembly, raising "
     "defence spending after the conflict with India.", "2025-06-11", "PK"),
    ("Finance Minister Muhammad Aurangzeb presented a $62 billion budget in the National Assembly, raising "
     "defence spending after the conflict with India.", "2025-06-11", "PK"),
    ("Finance Minister Wale Edun said the N54.99 trillion budget for 2025 would prioritise security.",
     "2025-03-01", "NG"),
    ("Finance Minister Sri Mulyani Indrawati presented a Rp3,621 trillion budget for 2025 to the House of "
     "Representatives.", "2024-09-20", "ID"),
    ("India's budget for 2025-26 proposes total spending of ₹50.65 lakh crore, up from ₹47.16 lakh crore, the "
     "finance minister said.", "2025-02-01", "IN"),
    ("The finance minister put the size of the budget at Rs17.57 trillion, up from Rs18.87 trillion last year.",
     "2025-06-11", "PK"),
    # multi-year, cumulative, world and regional totals
    ("The finance minister said the country would spend ₹111 lakh crore on infrastructure over five years under "
     "the budget.", "2025-02-01", "IN"),
    ("Finance Minister Muhammad Aurangzeb said cumulative federal spending over the last decade came to Rs120 "
     "trillion, as he presented the budget.", "2025-06-11", "PK"),
    ("The finance minister told Parliament that global public spending topped $40 trillion last year, citing the "
     "IMF.", "2025-02-01", "IN"),
    ("Total spending by African governments reached $600 billion, the finance minister said in the budget speech.",
     "2025-03-01", "NG"),
    # another country's budget, named before the figure
    ("The US government will spend $7 trillion in the next fiscal year, the finance minister said in his budget "
     "speech.", "2025-06-11", "PK"),
    ("The US president unveiled a $7.3 trillion budget on Monday, the finance minister said, warning of cuts to aid "
     "for Kenya.", "2025-06-12", "KE"),
    # a province's budget, a sector's budget
    ("The finance minister said the size of the Punjab budget is Rs5.33 trillion.", "2025-06-11", "PK"),
    ("The size of the education budget is $2 trillion across the world, the finance minister said.", "2025-06-11",
     "PK"),
]


@pytest.mark.parametrize("text,date,country", GOOD)
def test_budget_near_misses_stay_silent(text, date, country):
    assert plausibility(text, date, country) == []


def test_another_country_in_the_budgets_own_clause_still_silences_it():
    # "India's" stands before the figure: the budget may be India's, so the home economy is not the yardstick
    text = ("Finance Minister Muhammad Aurangzeb said India's $50 trillion budget, the largest in the region, "
            "dwarfed Pakistan's.")
    assert plausibility(text, "2025-06-11", "PK") == []


def test_story_about_another_country_keeps_an_unnamed_budget_silent():
    story = ("---\ndate: 2025-02-02\ncountry: PK\n---\n"
             "India's budget has alarmed Islamabad. India's finance minister spoke for two hours on India's plans.\n\n"
             "The finance minister presented a $50.65 trillion budget, cutting aid to Pakistan and Nepal.\n")
    assert [f for f in factcheck.check(story) if f.category == "plausibility"] == []
