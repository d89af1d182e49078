import io
import json

from factcheck.report import make_extract_reporter, make_reporter

from _report_fixtures import assert_snapshot, bad_result, clean_result, run_reporter, story_result


def test_text_format_one_line_per_finding():
    out = io.StringIO()
    run_reporter(make_reporter("text", out), [story_result(), clean_result(), bad_result()])
    lines = out.getvalue().splitlines()
    assert lines[0] == ("stories/trade.md:7:44: error FC101 Rs10bn ($3.5bn) implies 2.86 rupees to the dollar; "
                        "the rate was 283 (HMRC, Nov 2025)")
    assert lines[1].startswith("stories/trade.md:9:55: warning FC401 ")
    assert len(lines) == 3
    assert_snapshot("report_text.txt", out.getvalue())


def test_json_format_matches_contract():
    out = io.StringIO()
    run_reporter(make_reporter("json", out), [story_result(), clean_result(), bad_result()])
    data = json.loads(out.getvalue())
    assert set(data) == {"files", "summary"}
    assert [f["path"] for f in data["files"]] == ["stories/trade.md", "stories/clean.md", "stories/broken.md"]
    assert data["summary"]["files"] == 3
    assert data["summary"]["findings"] == 3
    first = data["files"][0]["findings"][0]
    for key in ("rule", "category", "severity", "start", "end", "line", "column", "text", "message",
                "evidence", "suggestion"):
        assert key in first
    assert first["rule"] == "FC101" and first["severity"] == "error" and first["suggestion"] == "$10bn"
    story = story_result().doc.text
    assert story[first["start"]:first["end"]] == first["text"] == "Rs10bn"
    assert data["files"][2]["error"].startswith("not valid UTF-8")
    assert data["files"][2]["findings"] == []


def test_extract_json_format():
    from factcheck.reading import read_quantities
    r = story_result()
    r.quantities = read_quantities(r.doc)
    out = io.StringIO()
    run_reporter(make_extract_reporter("json", out), [r])
    data = json.loads(out.getvalue())
    assert set(data) == {"files"}
    q = next(q for q in data["files"][0]["quantities"] if q["text"] == "Rs10bn")
    assert q["unit"] == "PKR" and q["value"] == 10_000_000_000 and q["kind"] == "money"
    assert {"text", "start", "end", "kind", "value", "unit", "low", "high"} <= set(q)
