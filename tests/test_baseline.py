import json
import os

import pytest

from factcheck.baseline import Baseline, BaselineError, entries_for, fingerprint, write_baseline
from factcheck.document import Document
from factcheck.model import Finding, Severity

STORY = """Pakistan and Iran agreed to raise trade to Rs10bn ($3.5bn), officials said.

The meeting was held in Islamabad.
"""


def finding(doc, surface, rule="FC101", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    line, col = doc.line_col(start)
    return Finding(rule=rule, name="conversion.implied-rate", category="conversion", severity=Severity.ERROR,
                   start=start, end=start + len(surface), line=line, column=col, text=surface, message="m")


def test_fingerprint_survives_edits_elsewhere():
    before = Document.from_text(STORY, "a.md")
    edited = Document.from_text("# A new headline\n\nAn added paragraph above.\n\n" + STORY + "\nAnd below.\n", "a.md")
    f1, f2 = finding(before, "Rs10bn"), finding(edited, "Rs10bn")
    assert (f1.line, f1.start) != (f2.line, f2.start)
    assert fingerprint(before, f1) == fingerprint(edited, f2)


def test_fingerprint_changes_with_its_sentence_or_rule():
    doc = Document.from_text(STORY, "a.md")
    changed = Document.from_text(STORY.replace("officials said", "ministers said"), "a.md")
    f = finding(doc, "Rs10bn")
    assert fingerprint(doc, f) != fingerprint(changed, finding(changed, "Rs10bn"))
    assert fingerprint(doc, f) != fingerprint(doc, finding(doc, "Rs10bn", rule="FC102"))


def test_whitespace_and_case_do_not_matter():
    doc = Document.from_text(STORY, "a.md")
    rewrapped = Document.from_text(STORY.replace("to Rs10bn", "to\nRs10bn"), "a.md")
    assert fingerprint(doc, finding(doc, "Rs10bn")) == fingerprint(rewrapped, finding(rewrapped, "Rs10bn"))


def test_write_load_and_filter(tmp_path):
    story = tmp_path / "stories" / "a.md"
    story.parent.mkdir()
    story.write_text(STORY)
    doc = Document.read(story)
    f = finding(doc, "Rs10bn")
    out = tmp_path / "baseline.json"
    write_baseline(out, entries_for(str(story), doc, [f], tmp_path))
    data = json.loads(out.read_text())
    assert data["version"] == 1 and data["findings"][0]["path"] == "stories/a.md"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json", "stories"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    base = Baseline.load(out)
    # from another working directory, the relative path still matches
    cwd = os.getcwd()
    try:
        os.chdir(story.parent)
        fresh, known = base.new_findings("a.md", doc, [f])
    finally:
        os.chdir(cwd)
    assert fresh == [] and known == 1
    # a new finding in another sentence is reported
    g = finding(doc, "Islamabad", rule="FC301")
    fresh, known = base.new_findings(str(story), doc, [f, g])
    assert fresh == [g] and known == 1


def test_duplicate_findings_are_counted(tmp_path):
    out = tmp_path / "b.json"
    twin_text = "Rs10bn ($3.5bn) here.\n\nRs10bn ($3.5bn) here.\n"
    twin = Document.from_text(twin_text, "a.md")
    a, b = finding(twin, "Rs10bn"), finding(twin, "Rs10bn", nth=1)
    assert fingerprint(twin, a) == fingerprint(twin, b)
    write_baseline(out, entries_for(str(tmp_path / "a.md"), twin, [a], tmp_path))
    base = Baseline.load(out)
    fresh, known = base.new_findings(str(tmp_path / "a.md"), twin, [a, b])
    assert known == 1 and fresh == [b]


@pytest.mark.parametrize("content", ["", "{}", "[]", '{"version": 2, "findings": []}', '{"version": 1}'])
def test_bad_baseline_is_named(tmp_path, content):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(BaselineError, match="b.json"):
        Baseline.load(path)


def test_missing_baseline(tmp_path):
    with pytest.raises(BaselineError, match="no such baseline"):
        Baseline.load(tmp_path / "nope.json")


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    out = tmp_path / "b.json"
    write_baseline(out, [])
    before = out.read_text()

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_baseline(out, [{"path": "a", "fingerprint": "x", "rule": "FC1", "line": 1}])
    assert out.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]
