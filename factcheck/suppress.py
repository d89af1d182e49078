"""Inline suppressions: HTML comments an editor leaves in the story.

    <!-- factcheck: ignore -->              every rule, for the next paragraph
    <!-- factcheck: ignore FC101 FC2 -->    those rules (id prefixes or dotted names)
    <!-- factcheck: ignore conversion -->   a whole category by its dotted name
    <!-- factcheck: off -->  …  <!-- factcheck: on -->     a block (all rules)
    <!-- factcheck: off FC301 --> … <!-- factcheck: on FC301 -->  a block, for some rules

"The next paragraph" is the text from the end of the comment to the next blank
line, skipping blank lines right after the comment; a comment at the end of a
line of prose therefore covers the rest of that paragraph. An `off` with no
matching `on` runs to the end of the story. Selectors match as in the
configuration (config.specificity). Comments are HTML, so a story stays
publishable with them in: Markdown and HTML renderers drop them.

A suppression that matched no finding is reported as a *note* — a line on stderr,
`path:line:col: note: …`, never a finding — so it cannot change the exit status
or the machine-readable outputs (after sqlfluff's unused-noqa warning).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterable

from .config import matches
from .document import Document
from .model import Finding

# The whole grammar, in one place (flake8 keeps its noqa regex the same way).
SUPPRESSION = re.compile(
    r"<!--\s*factcheck\s*:\s*(?P<action>ignore|off|on)\b(?P<selectors>[^>]*?)\s*-->",
    re.IGNORECASE,
)
_SELECTOR = re.compile(r"[A-Za-z][\w.-]*")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


@dataclasses.dataclass
class Suppression:
    action: str                        # "ignore" or "off"
    selectors: tuple[str, ...]         # empty: every rule
    comment_start: int
    comment_end: int
    start: int                         # the region it covers, [start, end)
    end: int
    comment: str
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.start < self.end and matches(self.selectors, finding.rule, finding.name)


@dataclasses.dataclass(frozen=True)
class Note:
    """Something about the story's suppressions worth telling the editor (stderr only)."""

    line: int
    column: int
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}:{self.column}: note: {self.message}"


def parse(doc: Document) -> tuple[list[Suppression], list[Note]]:
    """Every suppression comment in the story, with the region each covers."""
    text = doc.text
    found: list[Suppression] = []
    notes: list[Note] = []
    open_blocks: list[Suppression] = []
    for m in SUPPRESSION.finditer(text, doc.body_start):
        action = m.group("action").lower()
        selectors = tuple(_SELECTOR.findall(m.group("selectors")))
        if action == "ignore":
            start, end = _next_paragraph(text, m.end())
            found.append(Suppression("ignore", selectors, m.start(), m.end(), start, end, m.group(0)))
        elif action == "off":
            block = Suppression("off", selectors, m.start(), m.end(), m.end(), len(text), m.group(0))
            open_blocks.append(block)
            found.append(block)
        else:
            closing = [b for b in open_blocks if not selectors or set(b.selectors) == set(selectors)]
            if not closing:
                line, col = doc.line_col(m.start())
                notes.append(Note(line, col, f"'{_squash(m.group(0))}' has no matching "
                                             "'<!-- factcheck: off -->' before it"))
            for block in closing:
                block.end = m.start()
                open_blocks.remove(block)
    return found, notes


def apply(doc: Document, findings: Iterable[Finding]) -> tuple[list[Finding], int, list[Note]]:
    """The findings no comment suppresses, how many were suppressed, and notes
    for suppressions that matched nothing."""
    suppressions, notes = parse(doc)
    if not suppressions:
        return list(findings), 0, notes
    kept: list[Finding] = []
    dropped = 0
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        if covering:
            for s in covering:
                s.used = True
            dropped += 1
        else:
            kept.append(finding)
    for s in suppressions:
        if not s.used:
            line, col = doc.line_col(s.comment_start)
            notes.append(Note(line, col, f"suppression '{_squash(s.comment)}' matched no finding"))
    notes.sort(key=lambda n: (n.line, n.column))
    return kept, dropped, notes


def _next_paragraph(text: str, pos: int) -> tuple[int, int]:
    # skip the blank lines between the comment and the paragraph it governs
    m = re.compile(r"[ \t\r\n]*").match(text, pos)
    start = m.end() if m else pos
    blank = _BLANK_LINE.search(text, start)
    return start, blank.start() if blank else len(text)


def _squash(comment: str) -> str:
    return " ".join(comment.split())
