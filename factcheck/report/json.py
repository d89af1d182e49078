"""`--format json`: exactly the contract in DESIGN.md, plus a few extra fields.

    {"files": [{"path": ..., "findings": [...]}], "summary": {"files": N, "findings": M}}

A file that could not be read still gets its entry (no findings, and an `error`
field), so a consumer gets an answer for every file it asked about. JSON never
passes through Rich.
"""
from __future__ import annotations

import json
from typing import IO, Any

from . import FileResult, Reporter, Summary


class JsonReporter(Reporter):
    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.files: list[dict[str, Any]] = []

    def file(self, result: FileResult) -> None:
        entry: dict[str, Any] = {"path": result.path,
                                 "findings": [f.to_dict() for f in result.findings]}
        if result.error is not None:
            entry["error"] = result.error
        self.files.append(entry)

    def summary(self, summary: Summary) -> None:
        document = {
            "files": self.files,
            "summary": {
                "files": summary.files,
                "findings": summary.findings,
                # extras: the contract allows more fields
                "by_severity": {s: summary.by_severity.get(s, 0) for s in ("error", "warning", "info")},
                "unreadable": summary.unreadable,
            },
        }
        json.dump(document, self.stream, ensure_ascii=False, indent=2, default=str)
        self.stream.write("\n")


class ExtractJsonReporter(Reporter):
    """`extract --format json`: {"files": [{"path", "quantities": [...]}]}."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.files: list[dict[str, Any]] = []

    def file(self, result: FileResult) -> None:
        entry: dict[str, Any] = {"path": result.path,
                                 "quantities": [q.to_dict() for q in result.quantities or ()]}
        if result.error is not None:
            entry["error"] = result.error
        self.files.append(entry)

    def summary(self, summary: Summary) -> None:
        json.dump({"files": self.files}, self.stream, ensure_ascii=False, indent=2, default=str)
        self.stream.write("\n")
