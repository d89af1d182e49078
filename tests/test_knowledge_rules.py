"""Plausibility, reference and consistency rule types, run directly and through the engine.

Each case is a story fragment with its publication date and country; `bad` cases
must raise the rule on the given text with the given suggestion, `good` ones
must not. The clean stories in tests/stories/ must raise nothing in these
categories, and a single planted slip in each must be found.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.document import Document
from factcheck.engine import build_story
from factcheck.packs import load_rules
from factcheck.ruletypes import rule_type

RULES = load_rules()
KNOWLEDGE = ("plausibility", "reference", "consistency")
STORIES = Path(__file__).parent / "stories"


def hits(rule_id: str, text: str, date: str, country: str):
    rule = RULES.by_id(rule_id)
    story = build_story(Document.from_text(text, date=date, country=country), RULES)
    return [(story.text_of(h.span), h.suggestion) for h in rule_type(rule.type).check(rule, story)]


BAD = [
    ("FC201", "Iran's president spoke of raising bilateral trade with Pakistan to Rs10bn.", "2025-11-25", "PK",
     "Rs10bn", "$10bn"),
    ("FC201", "India and the US aim to raise bilateral trade to ₹500bn by 2030.", "2025-03-12", "IN",
     "₹500bn", "$500bn"),
    ("FC201", "Trade between India and the US was about $129m in 2024.", "2025-03-12", "IN",
     "$129m", "$129bn"),
    ("FC202", "India, with a population of about 14 crore, overtook China.", "2024-07-11", "IN",
     "14 crore", "140 crore"),
    ("FC202", "Pakistan's population of 24 million is growing fast.", "2024-07-11", "PK",
     "24 million", "240 million"),
    ("FC203", "Bangladesh will study the state of the $4.5tn economy.", "2024-09-03", "BD", "$4.5tn", "$450bn"),
    ("FC203", "Bangladesh, whose economy is worth about $4.5tn, needs reform.", "2024-09-03", "BD", "$4.5tn",
     "$450bn"),
    ("FC203", "Pakistan's GDP of $338m is recovering.", "2024-09-03", "PK", "$338m", "$338bn"),
    ("FC204", "The mercury reached 125C in Sweihan on Friday.", "2024-08-03", "AE", "125C", "51.7C"),
    ("FC204", "Officials said turnout of 112% was recorded in one constituency.", "2024-02-09", "PK", "112%", None),
    ("FC204", "A 135-year-old voter was carried to the polling station.", "2024-02-09", "PK", "135-year", None),
    ("FC601", "Iran began repairs after the 20-day war between Iran and Israel.", "2025-07-08", "IR",
     "20-day war", "12-day war"),
    ("FC601", "Pakistanis supported Iran during the twenty-day conflict between Iran and Israel.", "2025-11-25", "PK",
     "twenty-day conflict", "twelve-day conflict"),
    ("FC602", "Crowds marked the anniversary of the February 6, 2022 earthquakes in Türkiye.", "2025-02-06", "TR",
     "February 6, 2022", "February 6, 2023"),
    ("FC602", "Britain left the EU years after the referendum of June 2017.", "2025-01-15", "GB",
     "June 2017", "June 2016"),
    ("FC401", "A total of 23 people were killed in the flood.\n\nPrayers for the 32 people killed were held.",
     "2024-09-24", "NG", "32 people killed", "23 people killed"),
    ("FC402", "The factory employs 4,500 workers.\n\nIts 5,400 workers are paid the minimum wage.",
     "2024-10-15", "BD", "5,400 workers", "4,500 workers"),
    ("FC403", "They will finance the 1,200km pipeline.\n\nOfficials said the 2,100km pipeline would open in 2030.",
     "2025-10-21", "TR", "2,100km pipeline", "1,200km pipeline"),
]

GOOD = [
    ("FC201", "Iran's president spoke of raising bilateral trade with Pakistan to $10bn.", "2025-11-25", "PK"),
    ("FC201", "Pakistan's exports to Iran were $80m in October.", "2025-11-25", "PK"),
    ("FC201", "Trade between Pakistan and Iran was $250m in October.", "2025-11-25", "PK"),
    ("FC201", "Pakistan's trade deficit with China was $10m.", "2025-11-25", "PK"),
    ("FC201", "Trade between India and the US was $92bn in 2019.", "2025-03-12", "IN"),
    ("FC202", "Karachi, Pakistan's biggest city, has a population of about 20 million.", "2024-07-11", "PK"),
    ("FC202", "Punjab, India's farm belt, has a population of about three crore.", "2024-07-11", "IN"),
    ("FC202", "India's population in 1951 was 36 crore.", "2024-07-11", "IN"),
    ("FC202", "Pakistan's population of 241.5 million grew 2.55% a year.", "2024-07-11", "PK"),
    ("FC203", "India aims to become a $30tn economy by 2047.", "2025-03-12", "IN"),
    ("FC203", "Floods cost Pakistan's economy an estimated $30bn in 2022.", "2024-09-03", "PK"),
    ("FC203", "Pakistan's economy of about $340bn grew 2.5%.", "2024-09-03", "PK"),
    ("FC204", "A 45C heatwave gripped Jacobabad, where the mercury touched 51C.", "2024-05-27", "PK"),
    ("FC204", "Steel is poured at 1,500C in the furnace.", "2024-05-27", "PK"),
    ("FC204", "The 150-year-old bridge will be rebuilt.", "2024-05-27", "GB"),
    ("FC204", "Rents have risen 250% since 2010, and food prices 112%.", "2024-05-27", "GB"),
    ("FC204", "The 82-year-old voted in Lahore, where turnout was 61.4%.", "2024-02-09", "PK"),
    ("FC601", "Iran began repairs after the twelve-day war between Iran and Israel.", "2025-07-08", "IR"),
    ("FC601", "The Six-Day War of 1967 lasted six days.", "2025-07-08", "IL"),
    ("FC601", "The war with Israel, which lasted 12 days, ended in June.", "2025-07-08", "IR"),
    ("FC602", "Turkey remembered the 1999 earthquake in Izmit, which killed more than 17,000 people.", "2025-02-06", "TR"),
    ("FC602", "The referendum of September 2014 kept Scotland in the UK.", "2025-01-15", "GB"),
    ("FC401", "A total of 23 people were killed in the flood.\n\nEarlier this month, floods in Maiduguri "
              "killed at least 30 people, and the 30 people killed were buried.", "2024-09-24", "NG"),
    ("FC401", "At least 23 people were killed on Sunday.\n\nBy Tuesday the toll had risen, and the 32 people "
              "killed were buried.", "2024-09-24", "NG"),
    ("FC401", "More than 1,000 people were killed in Iran.\n\nIn Israel, the 28 people killed were buried.",
     "2025-07-08", "IR"),
    ("FC402", "The factory employs 4,500 workers.\n\nThe 300 workers who were dismissed will be rehired.",
     "2024-10-15", "BD"),
    ("FC402", "The bus carried 64 passengers.\n\nThe 12 passengers injured were taken to hospital.",
     "2024-10-15", "ZA"),
    ("FC403", "They will finance the 1,200km pipeline.\n\nThe 1,200km pipeline will join a 300km spur line.",
     "2025-10-21", "TR"),
    ("FC403", "The Six-Day War reshaped the region.\n\nThe twelve-day war this year did too.",
     "2025-10-21", "IL"),
]


@pytest.mark.parametrize(("rule_id", "text", "date", "country", "figure", "suggestion"), BAD,
                         ids=[f"{c[0]}-{c[4]}" for c in BAD])
def test_bad_case_is_flagged_with_its_suggestion(rule_id, text, date, country, figure, suggestion):
    assert hits(rule_id, text, date, country) == [(figure, suggestion)]


@pytest.mark.parametrize(("rule_id", "text", "date", "country"), GOOD, ids=[f"{c[0]}-{c[1][:30]}" for c in GOOD])
def test_good_case_is_silent(rule_id, text, date, country):
    assert hits(rule_id, text, date, country) == []


CLEAN = sorted(p for p in STORIES.glob("*.md") if p.name != "pk-iran-security-talks.md")


@pytest.mark.parametrize("path", CLEAN, ids=[p.stem for p in CLEAN])
def test_clean_stories_raise_no_knowledge_finding(path):
    found = [f for f in factcheck.check(path.read_text(encoding="utf-8")) if f.category in KNOWLEDGE]
    assert not found, [(f.rule, f.text, f.message) for f in found]


# One slip planted in each clean story: the check is live, not merely quiet.
PLANTED = [
    ("in-population-day-turnout.md", "about 144 crore", "about 14.4 crore", "FC202"),
    ("in-population-day-turnout.md", "turnout reached 81.6%", "turnout reached 181.6%", "FC204"),
    ("ae-heatwave-power.md", "reached 50.8C", "reached 150.8C", "FC204"),
    ("ir-war-anniversary.md", "the twelve-day war", "the 21-day war", "FC601"),
    ("bd-factory-wages-clean.md", "Its 4,500 workers", "Its 5,400 workers", "FC402"),
    ("bd-factory-wages-clean.md", "about $450bn", "about $4.5tn", "FC203"),
    ("tr-pipeline-trade-clean.md", "the 1,200km pipeline would", "the 2,100km pipeline would", "FC403"),
    ("in-us-trade-talks.md", "about $129bn in 2024", "about ₹129bn in 2024", "FC201"),
]


@pytest.mark.parametrize(("name", "old", "new", "rule_id"), PLANTED, ids=[f"{p[3]}-{p[0][:20]}" for p in PLANTED])
def test_planted_slip_in_clean_story_is_found(name, old, new, rule_id):
    text = (STORIES / name).read_text(encoding="utf-8")
    assert old in text
    found = [f for f in factcheck.check(text.replace(old, new, 1)) if f.category in KNOWLEDGE]
    assert [f.rule for f in found] == [rule_id], [(f.rule, f.text, f.message) for f in found]


def test_rule_types_declare_their_fields_and_options():
    for name in KNOWLEDGE:
        rtype = rule_type(name)
        assert rtype.category == name and rtype.fields and rtype.options


def test_possessive_before_dollar_amount():
    assert hits("FC203", "Bangladesh's $4.5tn economy needs reform.", "2024-09-03", "BD") == [("$4.5tn", "$450bn")]


ORDINARY = [
    ("Pakistan beat Bangladesh by 50 runs; Babar Azam, 30, made 112.", "2024-09-01", "PK"),
    ("Temperatures will range from 28C to 34C this week, with a high of 45C in Jacobabad.", "2024-05-27", "PK"),
    ("The 101-year-old grandmother voted in Lahore, where turnout was 61.4%.", "2024-02-09", "PK"),
    ("Pakistan's exports to China rose 12% to $2.8bn in the first half.", "2025-03-01", "PK"),
    ("India's trade with the UAE reached $85bn last year, and the two aim to raise it to $100bn.", "2025-03-01", "IN"),
    ("Pakistan's population grew from 208 million in 2017 to 241 million in 2023.", "2024-07-11", "PK"),
    ("Nigeria, with a population of more than 220 million, is Africa's most populous country.", "2024-07-11", "NG"),
    ("The economy of Kenya, worth about $108bn, grew 5.6%.", "2024-07-11", "KE"),
    ("Six people were killed in Karachi on Monday.\n\nIn Quetta, the 11 people killed in a blast were buried.",
     "2024-07-11", "PK"),
    ("The Indus Waters Treaty of 1960 survived the 1965 war and the 1971 war.", "2025-05-01", "PK"),
    ("Markets rallied after the four-day conflict with India in May.", "2025-06-01", "PK"),
    ("The Kargil war lasted about three months in 1999.", "2025-06-01", "IN"),
    ("Winds of 150km/h and 300mm of rain lashed the coast overnight.", "2024-05-27", "BD"),
    ("Share prices rose 150% this year; the state's stake is 51%.", "2024-05-27", "IN"),
]


@pytest.mark.parametrize(("text", "date", "country"), ORDINARY, ids=[t[0][:40] for t in ORDINARY])
def test_ordinary_copy_raises_no_knowledge_finding(text, date, country):
    found = [f for f in factcheck.check(text, date=date, country=country) if f.category in KNOWLEDGE]
    assert not found, [(f.rule, f.text, f.message) for f in found]
