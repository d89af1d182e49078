"""The engine: Story built once, hits become findings with positions, de-duplicated, sorted."""
from __future__ import annotations


import pytest

import factcheck
from factcheck.document import Document
from factcheck.engine import RuleCrashWarning, check_document, deduplicate
from factcheck.model import Finding, Severity
from factcheck.packs import RuleSet, load_rules

STORY = """---
date: 2025-06-10
country: PK
---
ISLAMABAD: The budget sets aside Rs716bn ($25.4bn) for the programme.

The bill was passed on Thursday, February 14, 2025.
"""


def test_findings_carry_positions_text_message_and_evidence():
    findings = factcheck.check(STORY, path="budget.md")
    by_rule = {f.rule: f for f in findings}
    conv = by_rule["FC101"]
    assert conv.text == "$25.4bn" and STORY[conv.start:conv.end] == "$25.4bn"
    assert (conv.line, conv.column) == (5, STORY.splitlines()[4].index("$25.4bn") + 1)
    assert conv.category == "conversion" and conv.severity is Severity.ERROR
    assert conv.suggestion == "$2.54bn"
    assert conv.evidence["source"] and conv.evidence["as_of"] and conv.evidence["month"] == "2025-06"
    assert [STORY[s.start:s.end] for s in conv.related] == ["Rs716bn"]
    assert conv.path == "budget.md"
    assert "Rs716bn" in conv.message and "$25.4bn" in conv.message
    weekday = by_rule["FC501"]
    assert weekday.line == 7 and weekday.suggestion == "Friday, February 14, 2025"
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_check_is_pure_and_repeatable():
    doc = Document.from_text(STORY)
    first = check_document(doc, strict=True)
    second = check_document(Document.from_text(STORY), strict=True)
    assert first == second


def test_to_dict_has_the_contract_fields():
    d = factcheck.check(STORY)[0].to_dict()
    for key in ("rule", "category", "severity", "start", "end", "line", "column", "text", "message", "evidence",
                "suggestion"):
        assert key in d


def _finding(rule, start, end, severity=Severity.WARNING, category="arithmetic"):
    return Finding(rule=rule, name="x.y", category=category, severity=severity, start=start, end=end, line=1,
                   column=start + 1, text="x", message="m")


def test_deduplicate_keeps_the_most_severe_per_span_and_category():
    kept = deduplicate([_finding("FC302", 5, 8), _finding("FC301", 5, 8, Severity.ERROR),
                        _finding("FC303", 5, 8, category="date"), _finding("FC304", 1, 2)])
    assert [(f.rule, f.start) for f in kept] == [("FC304", 1), ("FC301", 5), ("FC303", 5)]


class _Broken:
    name = "conversion"
    category = "conversion"
    options = {}

    def check(self, rule, story):
        raise RuntimeError("boom")


def test_a_crashing_rule_warns_and_the_others_still_run(monkeypatch):
    import factcheck.engine as engine
    real = engine.rule_type
    monkeypatch.setattr(engine, "rule_type", lambda name: _Broken() if name == "conversion" else real(name))
    doc = Document.from_text(STORY)
    with pytest.warns(RuleCrashWarning, match="boom"):
        findings = check_document(doc)
    assert {f.rule for f in findings} >= {"FC501"}
    with pytest.raises(RuntimeError):
        check_document(doc, strict=True)


def test_rules_argument_limits_the_rules_run():
    rules = load_rules()
    only = RuleSet(tuple(r for r in rules if r.id == "FC501"), rules.tables)
    assert {f.rule for f in factcheck.check(STORY, rules=only)} == {"FC501"}


def test_story_without_front_matter_uses_arguments():
    text = "The bill was passed on Thursday, February 14, 2025."
    assert [f.rule for f in factcheck.check(text, date="2025-02-20", country="PK")] == ["FC501"]


def test_a_second_reading_gives_way_to_a_first_reading_on_the_same_words():
    first, second = _finding("FC405", 5, 8, category="consistency"), _finding("FC410", 5, 7, category="consistency")
    assert [f.rule for f in deduplicate([first, second], frozenset({"FC410"}))] == ["FC405"]
    # which rules are second readings is their type's word, not their name ("consistency.recount" is a first one)
    assert [f.rule for f in deduplicate([first, second])] == ["FC410", "FC405"]
