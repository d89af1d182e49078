"""`--format sarif`: SARIF 2.1.0 for code-scanning dashboards.

One run; `tool.driver.rules` carries every loaded rule (id, name, short and full
description, help with its examples, default level); each result points into the
file with a region. Columns are Unicode code points, as our offsets are, and the
run says so (`columnKind`), because SARIF's default is UTF-16 code units.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Sequence
from urllib.parse import quote

from .. import __version__
from ..model import Finding
from . import STDIN_NAME, FileResult, Reporter, Summary, rule_attr, severity_of

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://github.com/factcheck/factcheck"


def artifact_uri(path: str) -> str:
    """A relative path stays relative (to %SRCROOT%); an absolute one becomes a file URI."""
    if path == STDIN_NAME:
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix())


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    head, dot, _ = text.partition(". ")
    return head + ("." if dot else "")


def rule_descriptor(rule: Any) -> dict[str, Any]:
    rid = rule_attr(rule, "id")
    name = rule_attr(rule, "name") or rid
    description = (rule_attr(rule, "description") or "").strip()
    message = (rule_attr(rule, "message") or "").strip()
    short = _first_sentence(description) if description else name
    help_text = description or message or name
    help_md = [f"**{rid}** `{name}`", "", help_text]
    examples = rule_attr(rule, "examples") or {}
    for kind in ("bad", "good"):
        items = examples.get(kind) if isinstance(examples, dict) else None
        if items:
            help_md += ["", f"{'Flagged' if kind == 'bad' else 'Not flagged'}:"]
            help_md += [f"- {_example_text(item)}" for item in items]
    severity = rule_attr(rule, "severity")
    descriptor: dict[str, Any] = {
        "id": rid,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text, "markdown": "\n".join(help_md)},
        "properties": {"category": rule_attr(rule, "category")},
    }
    if severity is not None:
        descriptor["defaultConfiguration"] = {"level": LEVELS[severity_of(severity).value]}
    return descriptor


def _example_text(item: Any) -> str:
    if isinstance(item, dict):
        item = item.get("text") or item.get("story") or next(iter(item.values()), "")
    return " ".join(str(item).split())


class SarifReporter(Reporter):
    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.descriptors: list[dict[str, Any]] = []
        self.index: dict[str, int] = {}

    def start(self, rules: Sequence[Any] = ()) -> None:
        super().start(rules)
        for rule in rules:
            self._add_rule(rule_descriptor(rule))

    def _add_rule(self, descriptor: dict[str, Any]) -> int:
        if descriptor["id"] not in self.index:
            self.index[descriptor["id"]] = len(self.descriptors)
            self.descriptors.append(descriptor)
        return self.index[descriptor["id"]]

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            self.notifications.append({
                "level": "error",
                "message": {"text": f"{result.path}: {result.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": self._artifact(result.path)}}],
            })
        super().file(result)

    def _artifact(self, path: str) -> dict[str, Any]:
        uri = artifact_uri(path)
        loc: dict[str, Any] = {"uri": uri}
        if not uri.startswith("file:") and path != STDIN_NAME:
            loc["uriBaseId"] = "%SRCROOT%"
        return loc

    def finding(self, result: FileResult, finding: Finding) -> None:
        index = self.index.get(finding.rule)
        if index is None:   # a rule we were not told about at start: describe it minimally
            index = self._add_rule({"id": finding.rule, "name": finding.name,
                                    "shortDescription": {"text": finding.name},
                                    "help": {"text": finding.name},
                                    "properties": {"category": finding.category}})
        end_line, end_col = result.end_of(finding)
        message = finding.message
        if finding.suggestion:
            message += f" Suggestion: {finding.suggestion}"
        sarif_result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index,
            "level": LEVELS[finding.severity.value],
            "message": {"text": message},
            "locations": [{"physicalLocation": {
                "artifactLocation": self._artifact(result.path),
                "region": {"startLine": finding.line, "startColumn": finding.column,
                           "endLine": end_line, "endColumn": end_col,
                           "charOffset": finding.start, "charLength": finding.end - finding.start,
                           "snippet": {"text": finding.text}},
            }}],
            "properties": {"category": finding.category, "evidence": _jsonable(dict(finding.evidence))},
        }
        if finding.suggestion:
            sarif_result["properties"]["suggestion"] = finding.suggestion
        if result.doc is not None:
            from ..baseline import fingerprint
            sarif_result["partialFingerprints"] = {"factcheck/v1": fingerprint(result.doc, finding)}
        self.results.append(sarif_result)

    def summary(self, summary: Summary) -> None:
        run: dict[str, Any] = {
            "tool": {"driver": {"name": "factcheck", "version": __version__,
                                "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI,
                                "rules": self.descriptors}},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
            "results": self.results,
            "invocations": [{"executionSuccessful": summary.unreadable == 0,
                             "toolExecutionNotifications": self.notifications}],
        }
        json.dump({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, self.stream,
                  ensure_ascii=False, indent=2)
        self.stream.write("\n")


def _jsonable(value: Any) -> Any:
    """Evidence may hold dates or Decimals: SARIF property bags must be plain JSON."""
    return json.loads(json.dumps(value, default=str))
