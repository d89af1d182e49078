"""The metric test: factcheck against corpus/ (stories with expected findings).

Thresholds are set from what we measure, a little below it, so a regression
fails and ordinary noise does not. The corpus includes batches that were scored
blind before any rule saw them and then used for fixes (corpus/README.md); their
first-sight scores, the honest figure for unseen copy, are recorded there.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.evaluate import evaluate, format_report

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CATEGORIES = ("conversion", "arithmetic", "date", "plausibility", "reference", "consistency")


@pytest.fixture(scope="module")
def report():
    if not any(CORPUS.glob("*.expected.yaml")):
        pytest.skip("no corpus")
    return evaluate(CORPUS)


def test_every_story_is_read(report):
    assert not [r.error for r in report.stories if r.error]


# Measured on 2026-11-29 at the end of session 8 (3,258 stories, 1,690 planted errors): precision 100% in every
# category; recall 91.2% (arithmetic) to 100%, 97.6% overall. The retold batch p5 was added after its round
# unfixed (13 of its 36 errors missed), so recall sits below a fully fixed corpus. Held a little below what we
# measure. Unseen copy scores lower: corpus/README.md and corpus/heldout/README.md.
PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.89


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_holds_precision_and_recall(report, category):
    score = report.by_category[category]
    if score.precision is not None:
        assert score.precision >= PRECISION_FLOOR, format_report(report)
    if score.recall is not None:
        assert score.recall >= RECALL_FLOOR, format_report(report)


def test_overall_precision_and_recall(report):
    assert report.overall.precision >= 0.99, format_report(report)
    assert report.overall.recall >= 0.97, format_report(report)


def test_report_formats_as_text(report):
    text = format_report(report)
    assert "precision" in text and "conversion" in text
    data = report.to_dict()
    assert set(data["categories"]) >= set(CATEGORIES)
