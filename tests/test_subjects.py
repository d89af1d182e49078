"""What a figure is about: subject, owner, pair of countries, time, reference-back."""
from __future__ import annotations

import pytest

from factcheck.document import Document
from factcheck.engine import build_story
from factcheck.subjects import measures


def measure_of(text: str, figure: str, date="2025-11-25", country="PK"):
    story = build_story(Document.from_text(text, date=date, country=country))
    for m in measures(story):
        if figure in story.doc.text[m.quantity.start:m.quantity.end]:
            return m, story
    raise AssertionError(f"{figure!r} not read in {text!r}")


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("He spoke of raising bilateral trade to Rs10bn.", "Rs10bn", "trade"),
    ("Two-way trade stood at about $3.1bn last year.", "$3.1bn", "trade"),
    ("India, with a population of about 14 crore, is large.", "14 crore", "population"),
    ("Turnout of 112% was reported.", "112%", "turnout"),
    ("A total of 23 people were killed on Sunday.", "23", "killed"),
    ("Prayers for the 32 people killed were held.", "32", "killed"),
    ("The factory employs 4,500 workers.", "4,500", "worker"),
    ("They will finance the 1,200km pipeline.", "1,200km", "pipeline"),
    ("Damage from the 20-day war was heavy.", "20-day", "war"),
    ("A 135-year-old voter cast her ballot.", "135", "age"),
    ("The mercury reached 125C on Friday.", "125C", "temperature"),
    ("Bangladesh’s $450bn economy grew.", "$450bn", "gdp"),
])
def test_subjects_are_read_from_tight_frames(text, figure, subject):
    m, _ = measure_of(text, figure)
    assert m.subject == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("Pakistan's trade deficit widened to $2bn.", "$2bn"),
    ("Floods cost Pakistan's economy an estimated $30bn.", "$30bn"),
    ("Another 500 workers were hired.", "500"),
    ("Trade rose by $2bn.", "$2bn"),
    ("GDP per capita of $1,500 is low.", "$1,500"),
    ("The 150-year-old mosque was restored.", "150"),
])
def test_other_figures_have_no_knowledge_subject(text, figure):
    m, _ = measure_of(text, figure)
    assert m.subject in (None, "age")   # a "-year-old" building is read as an age, then not as a human
    if m.subject == "age":
        from factcheck.ruletypes.plausibility import _HUMAN_AFTER
        assert not _HUMAN_AFTER.match(" mosque was restored.")


def test_bilateral_trade_takes_the_story_pair_when_the_sentence_names_neither():
    text = ("Pakistan and Iran held talks in Islamabad. Iran's president met Pakistan's prime minister.\n\n"
            "He spoke of raising bilateral trade to Rs10bn and of working with Pakistan and China.")
    m, _ = measure_of(text, "Rs10bn")
    assert m.pair == ("IR", "PK")


def test_trade_between_names_its_pair():
    m, _ = measure_of("Pakistan said trade between India and the US was $129bn.", "$129bn")
    assert m.pair == ("IN", "US")


def test_plain_trade_with_one_country_has_no_pair():
    m, _ = measure_of("Pakistan's trade stood at $90bn.", "$90bn")
    assert m.pair is None


@pytest.mark.parametrize(("text", "figure", "owner"), [
    ("India's population of 1.44bn is the largest.", "1.44bn", "IN"),
    ("The population of Pakistan is about 240 million.", "240 million", "PK"),
    ("Karachi, Pakistan's biggest city, has a population of about 20 million.", "20 million", None),
    ("Islamabad's population of 1.2 million is growing.", "1.2 million", None),
])
def test_owner_is_the_country_itself_never_a_city(text, figure, owner):
    m, _ = measure_of(text, figure)
    assert m.owner == owner


def test_time_and_reference_back():
    m, _ = measure_of("Trade between Pakistan and Iran was $2bn in 2023.", "$2bn")
    assert m.year == 2023
    m, _ = measure_of("Its 5,400 workers are paid the minimum wage.", "5,400", date="2024-10-15", country="BD")
    assert m.definite and m.span is not None
    m, _ = measure_of("Earlier this month, floods in Maiduguri killed at least 30 people.", "30",
                      date="2024-09-24", country="NG")
    assert m.shifted


def test_measures_are_cached_per_story():
    _, story = measure_of("He spoke of raising bilateral trade to Rs10bn.", "Rs10bn")
    assert measures(story) is measures(story)
    m = measures(story)[0]
    assert m.claim().subject == m.subject
