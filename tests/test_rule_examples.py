"""Every rule's YAML examples as test cases: bad ones raise the rule, good ones do not.

Ids read `FC101-bad-1`, so `pytest -k FC101` runs one rule's cases.
"""
from __future__ import annotations

import pytest

from factcheck.document import Document
from factcheck.engine import check_document
from factcheck.packs import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule.id, kind, example, id=f"{rule.id}-{kind}-{i}")
    for rule in RULES
    for kind in ("bad", "good")
    for i, example in enumerate(rule.examples.get(kind, []), 1)
]


@pytest.mark.parametrize(("rule_id", "kind", "example"), CASES)
def test_rule_example(rule_id, kind, example):
    doc = Document.from_text(example["text"], f"{rule_id}-{kind}.md", date=example.get("date"),
                             country=example.get("country"))
    findings = [f for f in check_document(doc, RULES, strict=True) if f.rule == rule_id]
    if kind == "bad":
        assert findings, f"{rule_id} should flag: {example['text']}"
        assert all(f.message and "?" not in f.message.split() for f in findings)
    else:
        assert not findings, f"{rule_id} should stay silent: {[(f.text, f.message) for f in findings]}"
