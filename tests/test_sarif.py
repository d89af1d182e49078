import io
import json

import pytest

from factcheck.report import make_reporter
from factcheck.report.sarif import artifact_uri

from _report_fixtures import bad_result, clean_result, run_reporter, story_result

RULES = [
    {"id": "FC101", "name": "conversion.implied-rate", "category": "conversion", "severity": "error",
     "message": "{detail}", "description": "A paired amount whose implied rate is wrong. Checked against HMRC.",
     "examples": {"bad": [{"text": "Rs10bn ($3.5bn)"}], "good": ["Rs10bn ($36m)"]}},
    {"id": "FC401", "name": "consistency.same-subject", "category": "consistency", "severity": "warning",
     "message": "{detail}", "description": "One subject, two values."},
]

# A subset of the SARIF 2.1.0 schema: what code-scanning consumers rely on.
SUBSET_SCHEMA = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name", "rules"],
                    "properties": {"rules": {"type": "array", "items": {
                        "type": "object", "required": ["id", "name", "shortDescription", "help"],
                        "properties": {"id": {"type": "string", "pattern": "^FC\\d{3}$"},
                                       "shortDescription": {"type": "object", "required": ["text"]},
                                       "help": {"type": "object", "required": ["text"]},
                                       "defaultConfiguration": {"type": "object", "properties": {
                                           "level": {"enum": ["none", "note", "warning", "error"]}}}}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["ruleId", "level", "message", "locations"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"]},
                        "ruleIndex": {"type": "integer", "minimum": 0},
                        "locations": {"type": "array", "minItems": 1, "items": {
                            "type": "object", "required": ["physicalLocation"],
                            "properties": {"physicalLocation": {
                                "type": "object", "required": ["artifactLocation", "region"],
                                "properties": {
                                    "artifactLocation": {"type": "object", "required": ["uri"]},
                                    "region": {"type": "object",
                                               "required": ["startLine", "startColumn", "endLine", "endColumn"],
                                               "properties": {k: {"type": "integer", "minimum": 1} for k in
                                                              ("startLine", "startColumn", "endLine", "endColumn")}},
                                }}}}}}}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            }}},
    },
}


def sarif(results, rules=RULES) -> dict:
    out = io.StringIO()
    run_reporter(make_reporter("sarif", out), results, rules)
    return json.loads(out.getvalue())


def test_sarif_structure():
    data = sarif([story_result(), clean_result(), bad_result()])
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    ids = [r["id"] for r in driver["rules"]]
    assert ids[:2] == ["FC101", "FC401"] and "FC999" in ids  # unknown rule described on the fly
    fc101 = driver["rules"][0]
    assert fc101["shortDescription"]["text"] == "A paired amount whose implied rate is wrong."
    assert "Rs10bn ($3.5bn)" in fc101["help"]["markdown"]
    assert fc101["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["FC101", "FC401", "FC999"]
    assert [r["level"] for r in results] == ["error", "warning", "note"]
    first = results[0]
    assert driver["rules"][first["ruleIndex"]]["id"] == "FC101"
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "stories/trade.md"
    assert loc["region"] == {"startLine": 7, "startColumn": 44, "endLine": 7, "endColumn": 50,
                             "charOffset": loc["region"]["charOffset"], "charLength": 6,
                             "snippet": {"text": "Rs10bn"}}
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is False
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "stories/broken.md" in notes[0]["message"]["text"]
    assert "partialFingerprints" in first


def test_sarif_validates_against_subset_schema():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif([story_result(), clean_result()]), SUBSET_SCHEMA)


def test_rule_objects_accepted():
    from factcheck.packs import load_rules
    rules = load_rules().rules
    if not rules:
        pytest.skip("no rules in the default pack yet")
    data = sarif([clean_result()], rules)
    described = data["runs"][0]["tool"]["driver"]["rules"]
    assert {r["id"] for r in described} == {r.id for r in rules}
    assert all(r["help"]["text"] for r in described)


def test_artifact_uri():
    assert artifact_uri("stories/a b.md") == "stories/a%20b.md"
    assert artifact_uri("/tmp/a.md") == "file:///tmp/a.md"
    assert artifact_uri("<stdin>") == "stdin"
