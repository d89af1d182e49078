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


# Measured on 2026-11-29 (2,346 stories, 1,198 planted errors): precision 99.4% (arithmetic) to 100%;
# recall 87.7% (arithmetic) to 99.0%, 95.8% overall. Batches 43-48 and the retold batches p1, p2 were
# added in session 6 after only part of their misses were fixed, so recall sits below the ~99.5% of a
# fully fixed corpus. Held a little below what we measure. Unseen copy scores lower: corpus/README.md.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.85


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_holds_precision_and_recall(report, category):
    score = report.by_category[category]
    if score.precision is not None:
        assert score.precision >= PRECISION_FLOOR, format_report(report)
    if score.recall is not None:
        assert score.recall >= RECALL_FLOOR, format_report(report)


def test_overall_precision_and_recall(report):
    assert report.overall.precision >= 0.98, format_report(report)
    assert report.overall.recall >= 0.94, format_report(report)


def test_report_formats_as_text(report):
    text = format_report(report)
    assert "precision" in text and "conversion" in text
    data = report.to_dict()
    assert set(data["categories"]) >= set(CATEGORIES)
