"""FC505 date.learned: the learned date scorer flags slips the hand rules do not read, and says why.

The stories here are written for these tests (none is from corpus/).
"""
from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.document import Document
from factcheck.engine import build_story, check_document
from factcheck.learned import date as generator
from factcheck.learned.scoring import model_for
from factcheck.learned.trees import load_model
from factcheck.packs import load_rules

RULES = load_rules()


def learned(text: str, published: str | None):
    doc = Document.from_text(text, "t.md", date=published)
    return [f for f in check_document(doc, RULES, strict=True) if f.rule == "FC505"]


def candidates(text: str, published: str | None):
    doc = Document.from_text(text, "t.md", date=published)
    return doc, generator.candidates(build_story(doc, RULES))


def signal(candidate, name: str) -> float:
    return candidate.signals[generator.FEATURES.index(name)]


# -- flagged: shapes the hand rules pass over ------------------------------------------

def test_a_count_of_years_in_its_own_paragraph_is_checked_against_the_year_before():
    (f,) = learned("The pier was washed away in a storm in 1971.\n\n"
                   "Sixty-four years ago, the town thought it would never be rebuilt, the harbour master said.",
                   "2025-11-02")
    assert f.text == "Sixty-four years ago"
    ev = f.evidence
    assert ev["what"] == "count" and ev["partner_value"] == 1971 and ev["partner_text"] == "1971"
    assert ev["computed"] == "54"                                # 2025 less 1971
    assert "1971" in f.suggestion and "54" in f.suggestion
    assert f.related and f.related[0].start < f.start
    assert "2025 less 1971 is 54 years" in f.message


def test_a_count_of_years_after_a_year_is_checked_against_it():
    # "N years after it opened" is a shape the hand rules do not read
    (f,) = learned("The factory opened in 1985.\n\nIn 2025, forty-five years after it opened, it closed.",
                   "2025-06-01")
    assert f.text == "forty-five years"
    ev = f.evidence
    assert ev["partner_value"] == 1985 and ev["computed"] == "40"
    assert "1985" in f.suggestion and "is 40" in f.suggestion


def test_an_age_of_another_person_is_left_to_the_hand_rules():
    # learned from the near misses: the age beside a birth year may be someone else's
    assert learned("Kwame Boateng (born 1962) has been named chairman.\n\n"
                   "His wife Ama, who said she was proud, is 55.", "2025-01-20") == []


def test_evidence_names_the_model_its_source_and_the_loudest_signals():
    (f,) = learned("The pier was washed away in a storm in 1971.\n\n"
                   "Sixty-four years ago, the town thought it would never be rebuilt, the harbour master said.",
                   "2025-11-02")
    ev = f.evidence
    model = load_model("date")
    assert ev["model"] == "date" and ev["model_source"] == model.source and ev["model_as_of"] == model.as_of
    assert 0.5 <= ev["confidence"] <= 1
    assert 1 <= len(ev["signals"]) <= 3 and all(isinstance(s, str) and s for s in ev["signals"])
    assert f.severity.value == "warning" and f.category == "date"


# -- silent --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("The pier was washed away in a storm in 1971.\n\n"
     "Fifty-four years ago, the town thought it would never be rebuilt, the harbour master said.", "2025-11-02"),
    ("The goalkeeper was born in Tromso in 1990 and signed for the club in 2012.\n\n"
     "The 35-year-old has kept 90 clean sheets.", "2025-08-01"),
    ("The library reopens on Monday, 3 November, after its roof was replaced.", "2025-10-28"),
    ("The ward has 40 beds, and the hospital opened in 2004.", "2025-01-15"),
])
def test_right_figures_stay_silent(text, published):
    assert learned(text, published) == []


def test_an_undated_story_gets_no_calendar_check_for_a_yearless_weekday():
    # Without a publication date there is no year to check "Monday, 3 November" in: no candidate at all,
    # while the same date in a dated story is one (with its calendar signals).
    text = "The library reopens on Monday, 3 November, after its roof was replaced."
    assert candidates(text, None)[1] == []
    (c,) = candidates(text, "2025-10-28")[1]
    assert signal(c, "weekday_fits_its_year") == 1 and signal(c, "story_has_publication_date") == 1
    assert learned(text, None) == []


def test_a_date_with_its_weekday_wrong_is_described_in_calendar_terms():
    _, found = candidates("The library reopened on Wednesday, 4 November 2025, after its roof was replaced.",
                          "2025-11-06")
    (c,) = found
    assert signal(c, "is_weekday_and_date") == 1 and signal(c, "weekday_fits_its_year") == 0
    assert signal(c, "weekday_days_off") == 1                  # 4 November 2025 is a Tuesday
    assert c.facts["real_weekday"] == dt.date(2025, 11, 4).weekday()


def test_relative_days_and_events_named_for_a_weekday_are_not_dates_here():
    _, found = candidates("Residents marked Black Saturday yesterday with a walk.", "2025-02-08")
    assert found == []


# -- the shipped model and the generator agree ------------------------------------------

def test_shipped_model_was_trained_on_the_signals_the_generator_gives():
    model = model_for("date", generator.FEATURES)
    assert model.features == generator.FEATURES
    # cross-validated with whole test files of near misses held out, which costs recall (89% without them)
    assert model.info["cross_validation"]["recall"] >= 0.80
    assert model.info["trained_on"]["stories"] > 4000           # corpus/ and the near misses
    assert len(set(generator.FEATURES)) == len(generator.FEATURES)


STORY_WORDS = st.sampled_from([
    "born", "in", "1961", "2025", "aged", "42", "43-year-old", "seven", "years", "ago", "since", "the", "10th",
    "anniversary", "Tuesday,", "4", "November", "February", "29", "31", "April", "(", ")", ",", ".", "\n\n",
    "turned", "60", "was", "a", "decade", "half", "century", "Smith,", "55,", "next", "year", "-", "Sept.",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(STORY_WORDS, max_size=60).map(" ".join), st.text(max_size=300)),
       st.sampled_from([None, "2025-03-01", "2024-02-29"]))
def test_candidates_never_crash_and_signals_are_finite(text, published):
    _, found = candidates(text, published)
    for c in found:
        assert len(c.signals) == len(generator.FEATURES)
        assert all(isinstance(v, float) and math.isfinite(v) for v in c.signals)
        assert 0 <= c.span.start < c.span.end
