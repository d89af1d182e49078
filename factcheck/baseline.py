"""Baselines: accept today's findings, report only new ones from now on.

`factcheck baseline create` writes the findings of the stories given; `check
--baseline FILE` drops every finding the baseline already holds.

A finding's fingerprint is the rule plus the normalised text of its span and of
its sentence — never offsets or line numbers — so it survives edits elsewhere in
the story (a paragraph added above, a headline rewritten), while rewriting the
sentence itself brings the finding back for a fresh look. The same fingerprint
twice in one story is counted: the baseline absorbs as many as it recorded.

Paths are stored relative to the baseline file's folder, so a baseline committed
to a content repository works from any working directory. The file is written
atomically (a temporary file in the same folder, then `os.replace`), so a crash
never leaves half a baseline.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Iterable

from .document import Document
from .model import Finding

FORMAT_VERSION = 1
DEFAULT_NAME = ".factcheck-baseline.json"
STDIN_NAME = "<stdin>"


class BaselineError(Exception):
    """An unreadable or malformed baseline file (named)."""


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def _sentence_of(doc: Document, finding: Finding) -> str:
    s, e = doc.sentence_at(finding.start)
    if not (s <= finding.start and finding.end <= e):
        s = doc.text.rfind("\n", 0, finding.start) + 1
        nl = doc.text.find("\n", finding.end)
        e = nl if nl >= 0 else len(doc.text)
    return doc.text[s:e]


def fingerprint(doc: Document | None, finding: Finding) -> str:
    """A stable id for a finding: rule + its words + its sentence, no positions."""
    sentence = _sentence_of(doc, finding) if doc is not None else ""
    key = "\x1f".join((finding.rule, _normal(finding.text), _normal(sentence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _key(path: str, root: Path) -> str:
    if path == STDIN_NAME:
        return path
    try:
        return Path(os.path.relpath(Path(path).resolve(), root)).as_posix()
    except ValueError:   # another drive on Windows
        return Path(path).resolve().as_posix()


class Baseline:
    """Known findings: (path, fingerprint) -> how many times each was recorded."""

    def __init__(self, root: Path, entries: Iterable[dict] = ()):
        self.root = root
        self.counts: Counter = Counter()
        self.entries = list(entries)
        for e in self.entries:
            self.counts[(e["path"], e["fingerprint"])] += 1

    @classmethod
    def load(cls, path: str | Path) -> "Baseline":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: no such baseline file (make one with `factcheck baseline create`)") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise BaselineError(f"{path}: not a factcheck baseline: {e}") from None
        entries = data.get("findings") if isinstance(data, dict) else None
        if (not isinstance(entries, list) or data.get("version") != FORMAT_VERSION
                or not all(isinstance(e, dict) and {"path", "fingerprint"} <= e.keys() for e in entries)):
            raise BaselineError(f"{path}: not a factcheck baseline (version {FORMAT_VERSION} with a 'findings' list)")
        return cls(path.resolve().parent, entries)

    def new_findings(self, path: str, doc: Document | None, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """The findings the baseline does not hold, and how many it absorbed."""
        remaining = Counter()
        key = _key(path, self.root)
        fresh: list[Finding] = []
        known = 0
        for f in findings:
            fp = fingerprint(doc, f)
            used = remaining[fp]
            if used < self.counts.get((key, fp), 0):
                remaining[fp] += 1
                known += 1
            else:
                fresh.append(f)
        return fresh, known


def entries_for(path: str, doc: Document | None, findings: Iterable[Finding], root: Path) -> list[dict]:
    key = _key(path, root)
    return [{"path": key, "rule": f.rule, "fingerprint": fingerprint(doc, f), "text": f.text,
             "line": f.line, "message": f.message} for f in findings]


def write_baseline(output: str | Path, entries: list[dict]) -> Path:
    """Write the baseline atomically: temp file beside the target, then os.replace."""
    output = Path(output)
    folder = output.resolve().parent
    if not folder.is_dir():
        raise BaselineError(f"{output}: folder {folder} does not exist")
    document = {"version": FORMAT_VERSION, "tool": "factcheck",
                "findings": sorted(entries, key=lambda e: (e["path"], e["line"], e["rule"]))}
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=2)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, output)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return output
