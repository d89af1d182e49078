"""Document -> findings: build the Story once, run every rule, make findings.

`check_document` is a pure function of the document and the loaded rule set: it
mutates no module state, so it can be mapped over worker processes. Line and
column come from `Document.line_col`, the one place offsets become positions.
"""
from __future__ import annotations

import functools
import warnings
from pathlib import Path
from typing import Iterable

from .document import Document
from .entities import countries_in, ranked_countries, story_mentions
from .model import Finding, Span
from .packs import RuleSet, load_rules, render
from .paths import default_tables_dir
from .reading import read_quantities
from .ruletypes import Hit, Rule, Story, rule_type


class RuleCrashWarning(RuntimeWarning):
    """A rule type raised on a story: the other rules still ran (tests make this an error)."""


def build_story(doc: Document, rules: RuleSet | None = None) -> Story:
    """Everything the rules look at, computed once."""
    rules = rules if rules is not None else load_rules()
    story = Story(doc=doc, quantities=[], data=rules.data)
    story.countries = _countries(story)
    # The same countries decide what "Rs" means: scan the story for them once.
    default = _is_default_tables(story.data.folder)
    story.quantities = read_quantities(doc, mentioned=story.countries if default else None)
    return story


@functools.lru_cache(maxsize=8)
def _is_default_tables(folder) -> bool:
    """Are these the default tables? (Two Path objects built and compared cost more than the rest of a short
    story's set-up; a folder gives the same answer all run.)"""
    return Path(folder) == default_tables_dir()


def _countries(story: Story) -> tuple[str, ...]:
    """The countries the story's body mentions, most mentioned first.

    `countries_in` reads the default tables; when those are the story's tables,
    the story's own scan of its prose (kept for the rules) gives the same answer.
    """
    doc = story.doc
    if not _is_default_tables(story.data.folder):
        return countries_in(doc.prose, doc.body_start)
    return ranked_countries(story_mentions(story).within(doc.body_start, len(doc.prose)))


def check_document(doc: Document, rules: RuleSet | None = None, *, strict: bool = False) -> list[Finding]:
    """The findings for one story, de-duplicated and sorted by position.

    A rule type that raises does not stop the others: it is reported as a
    `RuleCrashWarning` (or re-raised with `strict=True`).
    """
    rules = rules if rules is not None else load_rules()
    story = build_story(doc, rules)
    findings: list[Finding] = []
    second_readings = set()     # rules whose type is a second reading (learned scorers, the recount reader)
    for rule in rules.rules:
        kind = rule_type(rule.type)
        if getattr(kind, "second_reading", False):
            second_readings.add(rule.id)
        try:
            hits = list(kind.check(rule, story))
        except Exception as e:  # noqa: BLE001 — one broken rule must not silence the rest
            if strict:
                raise
            warnings.warn(f"{rule.id} ({rule.name}) failed on {doc.path}: {type(e).__name__}: {e}",
                          RuleCrashWarning, stacklevel=2)
            continue
        findings.extend(finding_of(doc, rule, hit) for hit in hits)
    return deduplicate(findings, frozenset(second_readings))


def finding_of(doc: Document, rule: Rule, hit: Hit) -> Finding:
    """One hit of one rule as a finding record."""
    line, column = doc.line_col(hit.span.start)
    return Finding(rule=rule.id, name=rule.name, category=rule.category, severity=rule.severity,
                   start=hit.span.start, end=hit.span.end, line=line, column=column,
                   text=doc.text[hit.span.start:hit.span.end], message=render(rule.message, hit.fields),
                   evidence=dict(hit.evidence), suggestion=hit.suggestion, related=tuple(hit.related),
                   path=doc.path)


def deduplicate(findings: Iterable[Finding], second_readings: frozenset[str] = frozenset()) -> list[Finding]:
    """One finding per span and category (the most severe, then the lowest rule id), by position.

    A second reading's finding (a rule whose type says `second_reading`: the learned scorers, the recount
    reader) gives way to a first reading's finding of its category on overlapping words: the two name one
    slip, and the first reading's message says more.
    """
    findings = list(findings)
    written = [f for f in findings if f.rule not in second_readings]
    if len(written) < len(findings):
        findings = written + [f for f in findings if f.rule in second_readings and not any(
            w.category == f.category and w.start < f.end and f.start < w.end for w in written)]
    best: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        key = (f.start, f.end, f.category)
        kept = best.get(key)
        if kept is None or (f.severity.rank, kept.rule) > (kept.severity.rank, f.rule):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.start, f.end, f.rule))


def overlaps_any(span: Span, spans: Iterable[Span]) -> bool:
    return any(span.overlaps(s) for s in spans)
