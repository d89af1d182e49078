"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error file=a.md,line=15,endLine=15,col=58,endColumn=64,title=FC201 …::message

error -> `error`, warning -> `warning`, info -> `notice`. Escaping follows GitHub's
toolkit (`@actions/core` command.ts): in the message `%`, `\\r`, `\\n`; in property
values also `:` and `,`.
"""
from __future__ import annotations

from typing import IO

from ..model import Finding
from . import STDIN_NAME, FileResult, Reporter

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(result: FileResult, finding: Finding) -> str:
    end_line, end_col = result.end_of(finding)
    props: list[tuple[str, str]] = []
    if result.path != STDIN_NAME:
        props.append(("file", result.path))
    props += [("line", str(finding.line)), ("endLine", str(end_line)), ("col", str(finding.column))]
    if end_line == finding.line:
        # GitHub only honours column ranges on a single line
        props.append(("endColumn", str(end_col)))
    props.append(("title", f"{finding.rule} {finding.name}"))
    message = finding.message
    if finding.suggestion:
        message += f"\nSuggestion: {finding.suggestion}"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{LEVELS[finding.severity.value]} {head}::{escape_data(message)}"


class GithubReporter(Reporter):
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def finding(self, result: FileResult, finding: Finding) -> None:
        self.stream.write(annotation(result, finding) + "\n")
