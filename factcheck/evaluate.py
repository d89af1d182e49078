"""Score factcheck against a corpus of stories with their expected findings.

Each story `<slug>.md` has a sidecar `<slug>.expected.yaml`::

    findings:
      - category: conversion
        text: "$25.4bn"        # the wrong figure, exactly as written (its first occurrence)
        note: why it is wrong

A finding matches an expected one when the categories are equal and the
finding's span, or one of its `related` spans, overlaps an occurrence of the
expected text. Each expected finding is matched at most once. Precision and
recall are reported per category and overall; `evaluate` returns data and
`format_report` turns it into text (the CLI's `factcheck eval` prints it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .document import Document, InputError
from .engine import check_document
from .model import CATEGORIES, Finding, Span
from .packs import RuleSet, load_rules


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else None

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.true_positives, "fp": self.false_positives, "fn": self.false_negatives,
                "precision": self.precision, "recall": self.recall}


@dataclass
class StoryResult:
    path: str
    matched: list[tuple[dict, Finding]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false_alarms: list[Finding] = field(default_factory=list)
    error: str | None = None


@dataclass
class Report:
    stories: list[StoryResult]
    by_category: dict[str, Score]
    overall: Score

    def to_dict(self) -> dict[str, Any]:
        return {
            "stories": len(self.stories),
            "overall": self.overall.to_dict(),
            "categories": {c: s.to_dict() for c, s in self.by_category.items()},
            "missed": [{"path": r.path, **{k: e.get(k) for k in ("category", "text", "note")}}
                       for r in self.stories for e in r.missed],
            "false_alarms": [{"path": r.path, "rule": f.rule, "category": f.category, "text": f.text,
                              "line": f.line, "message": f.message}
                             for r in self.stories for f in r.false_alarms],
            "errors": [{"path": r.path, "error": r.error} for r in self.stories if r.error],
        }


def evaluate(corpus_dir: str | Path, rules: RuleSet | None = None) -> Report:
    """Check every story in `corpus_dir` that has a sidecar, and score the findings."""
    rules = rules if rules is not None else load_rules()
    folder = Path(corpus_dir)
    results: list[StoryResult] = []
    for story_path in sorted(folder.glob("*.md")):
        sidecar = story_path.with_name(story_path.stem + ".expected.yaml")
        if not sidecar.exists():
            continue
        results.append(_score_story(story_path, sidecar, rules))
    by_category = {c: Score() for c in CATEGORIES}
    overall = Score()
    for r in results:
        for expected, _ in r.matched:
            by_category[expected["category"]].true_positives += 1
        for expected in r.missed:
            by_category.setdefault(expected["category"], Score()).false_negatives += 1
        for f in r.false_alarms:
            by_category.setdefault(f.category, Score()).false_positives += 1
    for s in by_category.values():
        overall.true_positives += s.true_positives
        overall.false_positives += s.false_positives
        overall.false_negatives += s.false_negatives
    return Report(results, by_category, overall)


def _score_story(story_path: Path, sidecar: Path, rules: RuleSet) -> StoryResult:
    result = StoryResult(str(story_path))
    try:
        expected = (yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}).get("findings") or []
        doc = Document.read(story_path)
    except (InputError, yaml.YAMLError, OSError) as e:
        result.error = str(e)
        return result
    findings = check_document(doc, rules)
    remaining = list(findings)
    for item in expected:
        places = occurrences(doc, str(item.get("text", "")))
        match = next((f for f in remaining if f.category == item.get("category")
                      and any(span.overlaps(o) for span in (f.span, *f.related) for o in places)), None)
        if match is None:
            result.missed.append(item)
        else:
            remaining.remove(match)
            result.matched.append((item, match))
    # a second finding on an already matched figure (same category, same span) is not a new false alarm
    matched_spans = [(f.category, f.span) for _, f in result.matched]
    result.false_alarms = [f for f in remaining
                           if not any(c == f.category and s.overlaps(f.span) for c, s in matched_spans)]
    return result


def occurrences(doc: Document, text: str) -> list[Span]:
    """Every place `text` stands in the story's body (where an expected finding may be matched)."""
    if not text:
        return []
    spans = []
    start = doc.text.find(text, doc.body_start)
    while start >= 0:
        spans.append(Span(start, start + len(text)))
        start = doc.text.find(text, start + 1)
    return spans


def format_report(report: Report) -> str:
    """Precision and recall per category, then what was missed and what was wrongly flagged."""
    def pct(x: float | None) -> str:
        return "   -  " if x is None else f"{x * 100:5.1f}%"

    lines = [f"{len(report.stories)} stories", "",
             f"{'category':<14}{'tp':>4}{'fp':>4}{'fn':>4}  precision  recall"]
    for name, s in report.by_category.items():
        lines.append(f"{name:<14}{s.true_positives:>4}{s.false_positives:>4}{s.false_negatives:>4}"
                     f"     {pct(s.precision)}  {pct(s.recall)}")
    o = report.overall
    lines.append(f"{'overall':<14}{o.true_positives:>4}{o.false_positives:>4}{o.false_negatives:>4}"
                 f"     {pct(o.precision)}  {pct(o.recall)}")
    missed = [(r.path, e) for r in report.stories for e in r.missed]
    if missed:
        lines += ["", "missed:"]
        lines += [f"  {path}: [{e.get('category')}] {e.get('text')!r} — {e.get('note', '')}" for path, e in missed]
    alarms = [(r.path, f) for r in report.stories for f in r.false_alarms]
    if alarms:
        lines += ["", "false alarms:"]
        lines += [f"  {path}:{f.line}:{f.column}: {f.rule} [{f.category}] {f.text!r}: {f.message}" for path, f in alarms]
    errors = [r for r in report.stories if r.error]
    if errors:
        lines += ["", "errors:"] + [f"  {r.error}" for r in errors]
    return "\n".join(lines)
