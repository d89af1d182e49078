import io

import pytest

from factcheck.report import make_reporter
from factcheck.report.github import annotation, escape_data, escape_property

from _report_fixtures import bad_result, run_reporter, story_result


@pytest.mark.parametrize("raw, data, prop", [
    ("plain", "plain", "plain"),
    ("50%", "50%25", "50%25"),
    ("a\nb", "a%0Ab", "a%0Ab"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("%0A", "%250A", "%250A"),
])
def test_escaping(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_annotations_by_severity():
    out = io.StringIO()
    run_reporter(make_reporter("github", out), [story_result(), bad_result()])
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("::error file=stories/trade.md,line=7,endLine=7,col=44,endColumn=50,"
                               "title=FC101 conversion.implied-rate::")
    assert "Suggestion: $10bn" in lines[0] and "%0A" in lines[0]
    assert lines[1].startswith("::warning file=stories/trade.md,line=9,")
    assert lines[2].startswith("::notice file=stories/trade.md,")
    # message data escapes % but keeps commas
    assert "a %25 sign, and a comma" in lines[2]


def test_property_values_are_escaped():
    r = story_result("stories/a,b:c.md")
    line = annotation(r, r.findings[0])
    assert "file=stories/a%2Cb%3Ac.md," in line


def test_stdin_has_no_file_property():
    r = story_result("<stdin>")
    assert "file=" not in annotation(r, r.findings[0])
