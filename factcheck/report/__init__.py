"""Reporters: one module per output format, all fed from the same finding records.

Every reporter follows one lifecycle (after flake8's formatters):

    start(rules) -> file(result) for each file, in input order -> summary(summary)

`file()` calls `file_started`, then `finding` for each finding, then `file_done`;
a format overrides whichever steps it needs. Reporters never decide what is a
finding or what the exit status is: the CLI does that, then hands them records.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import IO, Any, Iterable, Mapping, Sequence

from ..document import Document
from ..model import Finding, Quantity, Severity

# A stdin story is reported under this name (a GitHub annotation or SARIF uri gets none).
STDIN_NAME = "<stdin>"


@dataclasses.dataclass
class FileResult:
    """One input as the reporters see it: its findings, or why it could not be read."""

    path: str
    findings: list[Finding] = dataclasses.field(default_factory=list)
    doc: Document | None = None          # for sentences, end positions and fingerprints
    error: str | None = None             # an input error: the file was not checked
    quantities: list[Quantity] | None = None   # `extract` only
    notes: list[str] = dataclasses.field(default_factory=list)   # stderr lines (unused suppressions)
    suppressed: int = 0                 # findings dropped by inline suppressions
    baselined: int = 0                  # findings dropped as already in the baseline

    def end_of(self, finding: Finding) -> tuple[int, int]:
        """1-based line and column just after the finding's span (SARIF's exclusive end)."""
        if self.doc is not None and finding.end <= len(self.doc.text):
            return self.doc.line_col(finding.end)
        text = finding.text or ""
        if "\n" not in text:
            return finding.line, finding.column + len(text)
        return finding.line + text.count("\n"), len(text) - text.rfind("\n")


@dataclasses.dataclass
class Summary:
    """What the run came to, for the closing table and the JSON summary."""

    files: int = 0
    findings: int = 0
    unreadable: int = 0
    by_severity: Counter = dataclasses.field(default_factory=Counter)
    by_rule: Counter = dataclasses.field(default_factory=Counter)
    names: dict[str, str] = dataclasses.field(default_factory=dict)
    severities: dict[str, str] = dataclasses.field(default_factory=dict)
    suppressed: int = 0
    baselined: int = 0

    @classmethod
    def of(cls, results: Iterable[FileResult], **extra: int) -> "Summary":
        s = cls(**extra)
        for r in results:
            s.add(r)
        return s

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.error is not None:
            self.unreadable += 1
        self.suppressed += result.suppressed
        self.baselined += result.baselined
        for f in result.findings:
            self.findings += 1
            self.by_severity[f.severity.value] += 1
            self.by_rule[f.rule] += 1
            self.names.setdefault(f.rule, f.name)
            self.severities.setdefault(f.rule, f.severity.value)


class Reporter:
    """The base lifecycle; every step is a no-op unless a format needs it."""

    def start(self, rules: Sequence[Any] = ()) -> None:
        self.rules = list(rules)

    def file(self, result: FileResult) -> None:
        self.file_started(result)
        for finding in result.findings:
            self.finding(result, finding)
        self.file_done(result)

    def file_started(self, result: FileResult) -> None:
        pass

    def finding(self, result: FileResult, finding: Finding) -> None:
        pass

    def file_done(self, result: FileResult) -> None:
        pass

    def summary(self, summary: Summary) -> None:
        pass


FORMATS = ("rich", "text", "json", "sarif", "github")
EXTRACT_FORMATS = ("rich", "json")


def make_reporter(fmt: str, stream: IO[str], *, console=None) -> Reporter:
    """The reporter for `fmt`, writing to `stream` (rich: to `console` if given)."""
    # Imported here so `--format json` never pays for Rich's renderables, and the
    # registry stays one explicit dict (after pre-commit's all_languages).
    if fmt == "rich":
        from .rich import RichReporter, make_console
        return RichReporter(console or make_console(stream))
    if fmt == "text":
        from .text import TextReporter
        return TextReporter(stream)
    if fmt == "json":
        from .json import JsonReporter
        return JsonReporter(stream)
    if fmt == "sarif":
        from .sarif import SarifReporter
        return SarifReporter(stream)
    if fmt == "github":
        from .github import GithubReporter
        return GithubReporter(stream)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def make_extract_reporter(fmt: str, stream: IO[str], *, console=None) -> Reporter:
    if fmt == "rich":
        from .rich import ExtractTableReporter, make_console
        return ExtractTableReporter(console or make_console(stream))
    if fmt == "json":
        from .json import ExtractJsonReporter
        return ExtractJsonReporter(stream)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXTRACT_FORMATS)}")


def rule_attr(rule: Any, name: str, default: Any = None) -> Any:
    """A rule's field, whether the rule is a Rule object or a plain mapping."""
    if isinstance(rule, Mapping):
        return rule.get(name, default)
    return getattr(rule, name, default)


def severity_of(value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    return Severity(str(value))
