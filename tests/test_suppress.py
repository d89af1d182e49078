import pytest

from factcheck.document import Document
from factcheck.model import Finding, Severity
from factcheck.suppress import SUPPRESSION, apply, parse


@pytest.mark.parametrize("comment, action, selectors", [
    ("<!-- factcheck: ignore -->", "ignore", ""),
    ("<!-- factcheck: ignore FC101 -->", "ignore", "FC101"),
    ("<!--factcheck:ignore FC101,FC2-->", "ignore", "FC101,FC2"),
    ("<!-- factcheck: ignore FC101 FC202 -->", "ignore", "FC101 FC202"),
    ("<!-- FactCheck: IGNORE conversion -->", "IGNORE", "conversion"),
    ("<!-- factcheck: off -->", "off", ""),
    ("<!-- factcheck: on -->", "on", ""),
    ("<!-- factcheck: off date.weekday -->", "off", "date.weekday"),
    ("<!--\n  factcheck: off\n-->", "off", ""),
])
def test_grammar_matches(comment, action, selectors):
    m = SUPPRESSION.search(comment)
    assert m and m.group("action") == action and m.group("selectors").strip() == selectors


@pytest.mark.parametrize("comment", [
    "<!-- factcheck ignore FC101 -->",
    "<!-- fact-check: ignore -->",
    "<!-- factcheck: ignored -->",
    "<!-- factcheck: disable -->",
    "factcheck: ignore FC101",
    "<!-- note: factcheck: ignore -->",
])
def test_grammar_rejects(comment):
    # a directive must open the comment and use one of the three actions
    assert not SUPPRESSION.search(comment)


STORY = """# Talks

<!-- factcheck: ignore FC101 -->
Trade of Rs10bn ($3.5bn) was agreed.
Second line of the same paragraph with Rs5bn ($2bn).

A later paragraph with Rs8bn ($3bn).

<!-- factcheck: off -->
Blocked paragraph with Rs7bn ($1bn).

Still blocked: Rs6bn ($1bn).
<!-- factcheck: on -->

After the block, Rs4bn ($1bn).
"""


def finding_at(doc, surface, rule="FC101", name="conversion.implied-rate"):
    start = doc.text.index(surface)
    line, col = doc.line_col(start)
    return Finding(rule=rule, name=name, category=name.split(".")[0], severity=Severity.ERROR, start=start,
                   end=start + len(surface), line=line, column=col, text=surface, message="m")


def test_ignore_covers_next_paragraph_and_off_on_block():
    doc = Document.from_text(STORY, "a.md")
    findings = [finding_at(doc, s) for s in ("Rs10bn", "Rs5bn", "Rs8bn", "Rs7bn", "Rs6bn", "Rs4bn")]
    kept, suppressed, notes = apply(doc, findings)
    assert [f.text for f in kept] == ["Rs8bn", "Rs4bn"]
    assert suppressed == 4
    assert notes == []


def test_ignore_only_named_rules():
    doc = Document.from_text(STORY, "a.md")
    other = finding_at(doc, "Rs10bn", rule="FC301", name="date.weekday")
    kept, suppressed, notes = apply(doc, [other])
    assert kept == [other] and suppressed == 0
    assert len(notes) == 2  # the ignore FC101 and the off block both matched nothing
    assert notes[0].line == 3
    assert "matched no finding" in notes[0].format("a.md")
    assert notes[0].format("a.md").startswith("a.md:3:1: note: suppression '<!-- factcheck: ignore FC101 -->'")


def test_selectors_by_dotted_name():
    doc = Document.from_text("<!-- factcheck: ignore conversion -->\nRs10bn ($3.5bn).\n", "a.md")
    kept, suppressed, _ = apply(doc, [finding_at(doc, "Rs10bn")])
    assert kept == [] and suppressed == 1


def test_off_without_on_runs_to_end_and_on_without_off_is_noted():
    doc = Document.from_text("<!-- factcheck: on -->\n\nA.\n\n<!-- factcheck: off -->\n\nRs10bn ($3.5bn).\n", "a.md")
    kept, _, notes = apply(doc, [finding_at(doc, "Rs10bn")])
    assert kept == []
    assert len(notes) == 1 and "no matching" in notes[0].message


def test_selective_off_closed_by_matching_on():
    text = "<!-- factcheck: off FC101 -->\nRs10bn.\n<!-- factcheck: on FC101 -->\n\nRs9bn.\n"
    doc = Document.from_text(text, "a.md")
    kept, _, _ = apply(doc, [finding_at(doc, "Rs10bn"), finding_at(doc, "Rs9bn")])
    assert [f.text for f in kept] == ["Rs9bn"]


def test_comment_in_front_matter_is_ignored():
    text = "---\ntitle: '<!-- factcheck: off -->'\n---\nRs10bn ($3.5bn).\n"
    doc = Document.from_text(text, "a.md")
    sups, _ = parse(doc)
    assert sups == []


def test_no_suppressions_passes_everything_through():
    doc = Document.from_text("Rs10bn ($3.5bn).\n", "a.md")
    f = finding_at(doc, "Rs10bn")
    assert apply(doc, [f]) == ([f], 0, [])
