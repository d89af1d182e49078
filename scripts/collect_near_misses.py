"""Collect the near misses of our tests as training negatives for a learned scorer.

    python scripts/collect_near_misses.py date tests/test_date*.py tests/test_dateref*.py \
        tests/test_datref*.py tests/test_person*.py tests/test_plausdate*.py

runs those tests with every text they check recorded, and keeps the texts of
tests named as silent cases ("silent", "clean", "right", "fits", "near" ...) on
which the hand rules give no finding of the category. The learned rule's own
tests are left out. Writes corpus/near-misses/<category>.jsonl (one JSON object a
line: test, text, date, country), which scripts/train_scorer.py reads by default.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pytest

from factcheck.document import Document
from factcheck.engine import check_document
from factcheck.packs import RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent
SILENT_TEST = re.compile(r"silent|clean|right|good|fits|near|stays|other|elsewhere|not_|no_|isnt|is_not", re.I)


class Recorder:
    """A pytest plugin that notes each text a test reads through Document.from_text."""

    def __init__(self) -> None:
        self.texts: list[dict] = []
        self.test: str | None = None
        self._from_text = Document.from_text.__func__

    def pytest_configure(self, config) -> None:
        recorder, original = self, self._from_text

        def from_text(cls, text, path="<text>", *, date=None, country=None, **kw):
            recorder.texts.append({"test": recorder.test, "text": text,
                                   "date": str(date) if date else None, "country": country})
            return original(cls, text, path, date=date, country=country, **kw)

        Document.from_text = classmethod(from_text)

    def pytest_unconfigure(self, config) -> None:
        Document.from_text = classmethod(self._from_text)

    def pytest_runtest_setup(self, item) -> None:
        self.test = item.nodeid


def hand_rules() -> RuleSet:
    rules = load_rules()
    return RuleSet(rules=tuple(r for r in rules.rules if not r.name.endswith(".learned")), tables=rules.tables)


def near_misses(recorded: list[dict], category: str) -> list[dict]:
    rules, seen, kept = hand_rules(), set(), []
    for item in recorded:
        test = item["test"] or ""
        name = test.split("::")[-1].split("[")[0]
        key = (item["text"], item["date"], item["country"])
        if f"test_{category}_learned" in test or not SILENT_TEST.search(name) or key in seen:
            continue
        seen.add(key)
        doc = Document.from_text(item["text"], "<near miss>", date=item["date"], country=item["country"])
        if not any(f.category == category for f in check_document(doc, rules)):
            kept.append(item)
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("category")
    ap.add_argument("tests", nargs="+", help="test files to run")
    ap.add_argument("--out", type=Path, default=None, help="default: corpus/near-misses/<category>.jsonl")
    a = ap.parse_args(argv)
    recorder = Recorder()
    pytest.main(["-q", "-p", "no:cacheprovider", "-o", "addopts=", *a.tests], plugins=[recorder])
    kept = near_misses(recorder.texts, a.category)
    out = a.out or ROOT / "corpus" / "near-misses" / f"{a.category}.jsonl"
    tmp = out.with_suffix(".jsonl.tmp")
    tmp.write_text("".join(json.dumps(k, ensure_ascii=False) + "\n" for k in kept), encoding="utf-8")
    tmp.replace(out)
    print(f"{len(recorder.texts)} texts checked, {len(kept)} near misses written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
