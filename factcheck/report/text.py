"""`--format text`: one line per finding, `path:line:col: severity rule message`.

The shape compilers and flake8 use, so editors and `grep` understand it. Nothing
else goes to stdout: input errors go to stderr from the CLI.
"""
from __future__ import annotations

from typing import IO

from ..model import Finding
from . import FileResult, Reporter


class TextReporter(Reporter):
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def finding(self, result: FileResult, finding: Finding) -> None:
        message = " ".join(finding.message.split())   # one finding, one line
        self.stream.write(f"{result.path}:{finding.line}:{finding.column}: "
                          f"{finding.severity.value} {finding.rule} {message}\n")
