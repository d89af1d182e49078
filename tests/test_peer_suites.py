"""The extractor against the peers' own suites (bench/peers/, MIT-licensed, see LICENSES.md).

Holds the scores the README reports: at least 90% exact on the Recognizers-Text
English specs (Recognizers-Text itself: 89%) and 85% on quantulum3's own tests.
"""
import json
import sys
from pathlib import Path

import pytest

PEERS = Path(__file__).resolve().parent.parent / "bench" / "peers"
sys.path.insert(0, str(PEERS))

score = pytest.importorskip("score")
import factcheck_adapter  # noqa: E402  (bench/peers, on the path above)


def exact_share(suite: str) -> float:
    """Share of positive cases read exactly (value and unit), as the scorer counts them."""
    cases = [json.loads(line) for line in (PEERS / suite).read_text(encoding="utf-8").splitlines() if line.strip()]
    exact = total = 0
    for case in cases:
        if score.kind_group(case) in ("negative", "unit_only"):
            continue
        items = score.as_items(factcheck_adapter.extract(case["input"]))
        total += 1
        exact += all(score.match_expected(e, items, True) for e in case["expected"])
    return exact / total


def test_recognizers_text_english_specs():
    assert exact_share("recognizers_en.jsonl") >= 0.90


def test_quantulum3_own_tests():
    assert exact_share("quantulum3_en.jsonl") >= 0.85


def test_negative_cases_extract_nothing_of_their_class():
    cases = [json.loads(line) for line in (PEERS / "recognizers_en.jsonl").read_text(encoding="utf-8").splitlines()]
    negatives = [c for c in cases if score.kind_group(c) == "negative"]
    passed = sum(score.negative_pass(c["model"], score.as_items(factcheck_adapter.extract(c["input"]))) for c in negatives)
    assert passed / len(negatives) >= 0.9
