"""Hand-made stories and findings for the reporter tests (no engine needed)."""
from __future__ import annotations

import os
from pathlib import Path

from factcheck.document import Document
from factcheck.model import Finding, Severity, Span
from factcheck.report import FileResult, Summary

STORY = """---
date: 2025-11-25
country: PK
---
# Trade talks

Pakistan and Iran agreed to raise trade to Rs10bn ($3.5bn) by 2028 [sic], officials said.

The 1,200km pipeline opens in May. Officials said the 2,100km pipeline would cost $7bn.
"""

SNAPSHOTS = Path(__file__).parent / "snapshots"


def _finding(doc: Document, rule, name, category, severity, surface, message, *, nth=0,
             related=(), evidence=None, suggestion=None) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    end = start + len(surface)
    line, col = doc.line_col(start)
    spans = []
    for r in related:
        rs = doc.text.index(r)
        spans.append(Span(rs, rs + len(r)))
    return Finding(rule=rule, name=name, category=category, severity=severity, start=start, end=end,
                   line=line, column=col, text=surface, message=message, evidence=evidence or {},
                   suggestion=suggestion, related=tuple(spans), path=doc.path)


def story_result(path: str = "stories/trade.md") -> FileResult:
    doc = Document.from_text(STORY, path)
    findings = [
        _finding(doc, "FC101", "conversion.implied-rate", "conversion", Severity.ERROR, "Rs10bn",
                 "Rs10bn ($3.5bn) implies 2.86 rupees to the dollar; the rate was 283 (HMRC, Nov 2025)",
                 related=["$3.5bn"], evidence={"implied_rate": 2.857, "table_rate": 283.006,
                                               "source": "HMRC monthly rates", "period": "2025-11"},
                 suggestion="$10bn"),
        _finding(doc, "FC401", "consistency.same-subject", "consistency", Severity.WARNING, "2,100km",
                 "the pipeline is 1,200km earlier in the story", related=["1,200km"]),
        _finding(doc, "FC999", "reference.example", "reference", Severity.INFO, "$7bn",
                 "an info-level note, with [brackets] and a % sign, and a comma"),
    ]
    return FileResult(path, findings=findings, doc=doc)


def clean_result(path: str = "stories/clean.md") -> FileResult:
    return FileResult(path, findings=[], doc=Document.from_text("Trade rose to $3bn.\n", path))


def bad_result(path: str = "stories/broken.md") -> FileResult:
    return FileResult(path, error="not valid UTF-8 at byte 3 (line 1)")


def run_reporter(reporter, results, rules=()):
    reporter.start(rules)
    summary = Summary()
    for r in results:
        reporter.file(r)
        summary.add(r)
    reporter.summary(summary)
    return summary


def assert_snapshot(name: str, actual: str) -> None:
    """Compare with tests/snapshots/NAME; FACTCHECK_UPDATE_SNAPSHOTS=1 rewrites it."""
    path = SNAPSHOTS / name
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from snapshot {path} (FACTCHECK_UPDATE_SNAPSHOTS=1 to accept)"
