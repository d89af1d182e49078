"""The learned consistency scorer (FC410): its candidates, its findings and the model it ships with.

The stories are written for these tests; none is taken from corpus/.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.document import Document
from factcheck.engine import build_story, check_document
from factcheck.learned import consistency as generator
from factcheck.learned.scoring import model_for
from factcheck.learned.trees import load_model
from factcheck.packs import load_rules

RULES = load_rules()

# A slip none of the hand rules reads (the later count stands alone, "all 72", with no noun after it),
# which the scorer flags: digits swapped, a toll, the later referring back, no change in between.
FUNERALS = """The landslide in Bududa killed 27 villagers, the Red Cross said on Sunday.

Rescue work was slowed by rain. Funerals for all 72 began on Tuesday.
"""
FERRY = """The ferry that sank off Bukoba on Friday was carrying 164 passengers, the port authority said.

Divers worked through the night in strong currents. Relatives of the 146 passengers gathered at the harbour.
"""

SILENT = {
    "same value twice": """The landslide in Bududa killed 27 villagers, the Red Cross said on Sunday.

Rescue work was slowed by rain. Funerals for all 27 began on Tuesday.
""",
    "another count of the kind": """The landslide in Bududa killed 27 villagers, the Red Cross said on Sunday.

Rescue work was slowed by rain. Funerals for all 27 began on Tuesday, and 72 families were moved to a camp.
""",
    "dead and injured": """A bus overturned on the Nakuru highway on Sunday, killing 18 passengers and injuring 15.

Doctors said the 15 injured were in stable condition at the county hospital.
""",
    "depth and distance": """The earthquake struck at a depth of 10 km, about 70 km from the port city, the agency said.

The 17 km stretch of coast road nearest the epicentre was closed for inspection.
""",
    "one sentence, two things": """The school has 420 pupils and 24 teachers, and the 240 pupils in its junior wing start at eight.
""",
    "percentages move": """Inflation eased to 6.4% in March from 6.8% in February, the statistics office said.

Food prices, which make up a third of the basket, rose 4.6% over the year.
""",
    "temperatures are readings": """Jacobabad recorded 49°C on Monday, the met office said.

The 47°C reading on Tuesday was the highest in the province that day.
""",
}


def findings(text: str, rule: str = "FC410"):
    doc = Document.from_text(text, "t.md", date="2025-03-10", country="KE")
    return [f for f in check_document(doc, RULES, strict=True) if f.rule == rule]


def test_a_swapped_toll_is_flagged_with_its_partner():
    (f,) = findings(FUNERALS)
    assert f.text == "72"
    assert f.category == "consistency" and f.severity.value == "warning"
    assert len(f.related) == 1 and FUNERALS[f.related[0].start:f.related[0].end] == "27"
    assert f.message.startswith("72 here, but 27 in the paragraph before")
    assert f.suggestion == "Check which is right: 27 in the paragraph before for the dead, 72 here."


def test_evidence_says_why_in_words_and_names_the_model():
    (f,) = findings(FUNERALS)
    ev = f.evidence
    model = load_model("consistency")
    assert ev["partner"]["text"] == "27" and ev["partner"]["value"] == 27 and ev["value"] == 72
    assert ev["partner"]["line"] == 1
    assert ev["model"] == "consistency" and ev["model_source"] == model.source and ev["model_as_of"] == model.as_of
    assert model.confidence(model.threshold) <= ev["confidence"] <= 1.0
    assert 1 <= len(ev["signals"]) <= 3 and all(isinstance(s, str) and s for s in ev["signals"])
    assert "digits swapped" in ev["signals"]


def test_a_ferry_count_with_digits_swapped_is_flagged_once():
    # a hand rule may read it too: then its finding on the same words stands, and FC410's is folded into it
    doc = Document.from_text(FERRY, "t.md", date="2025-03-10", country="TZ")
    consistency = [f for f in check_document(doc, RULES, strict=True) if f.category == "consistency"]
    assert [f.text for f in consistency] == ["146 passengers"]
    (c,) = _candidates(FERRY)
    assert FERRY[c.span.start:c.span.end] == "146 passengers" and c.facts["partner_value"] == 164


@pytest.mark.parametrize("name", sorted(SILENT))
def test_silent_where_the_two_figures_are_two_things(name):
    assert findings(SILENT[name]) == []


def test_candidates_name_the_later_figure_and_its_partner():
    (c,) = _candidates(FUNERALS)
    assert FUNERALS[c.span.start:c.span.end] == "72"
    assert FUNERALS[c.related[0].start:c.related[0].end] == "27"
    signal = dict(zip(generator.FEATURES, c.signals))
    assert signal["digits swapped"] == 1.0
    assert signal["later refers back (the, its, all)"] == 1.0
    assert signal["sentences apart"] == 2.0 and signal["paragraphs apart"] == 1.0
    assert signal["ratio of the values, log"] == pytest.approx(math.log(72 / 27))


def test_a_hedged_or_compared_later_figure_is_no_candidate():
    assert _candidates(FUNERALS.replace("all 72", "about 72")) == []
    assert _candidates(FUNERALS.replace("Funerals for all 72 began", "That is more than the 72")) == []


def test_no_candidates_for_roles_told_apart_by_the_generator():
    # temperatures are readings, and percentages differ for good reasons: neither is compared at all
    assert _candidates(SILENT["temperatures are readings"]) == []
    assert _candidates(SILENT["percentages move"]) == []


def test_the_shipped_model_was_trained_on_the_signals_the_generator_gives():
    model = model_for("consistency", generator.FEATURES)       # raises if they differ
    assert model.features == generator.FEATURES
    assert model.info["cross_validation"]["recall"] >= 0.6
    assert len(set(generator.FEATURES)) == len(generator.FEATURES)


def _candidates(text: str):
    return generator.candidates(build_story(Document.from_text(text, "t.md", date="2025-03-10"), RULES))


_WORDS = st.sampled_from("the its all 1,250 1,520 125 12.5 $3.2bn $2.3bn 40km 4km killed injured workers "
                         "beds seats 14th tranche last year rose . , \n\n".split(" "))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=80).map(" ".join)))
def test_candidates_never_crash_and_give_finite_signals(text):
    for c in _candidates(text):
        assert len(c.signals) == len(generator.FEATURES)
        assert all(isinstance(x, float) and math.isfinite(x) for x in c.signals)
        assert c.span.start < c.span.end and all(r.end <= c.span.start for r in c.related)
