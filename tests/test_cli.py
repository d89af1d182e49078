"""The command line, in-process through `main([...])` (after pre-commit's tests)."""
import io
import json
import sys
import types

import pytest

from factcheck.cli import main

WRONG = """---
date: 2025-11-25
country: PK
---
# Pakistan and Iran

The deal is worth Rs10bn ($3.5bn), officials said in Islamabad.
"""
RIGHT = WRONG.replace("($3.5bn)", "($36m)")
TRADE = """---
date: 2025-11-25
country: PK
---
Pakistan and Iran agreed to raise bilateral trade to Rs10bn within five years, officials said.
"""


@pytest.fixture
def stories(tmp_path):
    (tmp_path / "wrong.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "right.md").write_text(RIGHT, encoding="utf-8")
    (tmp_path / "trade.md").write_text(TRADE, encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *argv):
    code, out, err = run(capsys, "check", "--format", "json", *argv)
    return code, json.loads(out), err


def test_clean_story_exits_0(capsys, stories):
    code, data, err = check_json(capsys, stories / "right.md")
    assert code == 0, err
    assert data["summary"] == {**data["summary"], "files": 1, "findings": 0}


def test_wrong_conversion_exits_1(capsys, stories):
    code, data, _ = check_json(capsys, stories / "wrong.md")
    assert code == 1
    (finding,) = data["files"][0]["findings"]
    assert finding["rule"] == "FC101" and finding["category"] == "conversion"
    assert finding["line"] == 7
    assert WRONG[finding["start"]:finding["end"]] == finding["text"]


def test_missing_file_exits_2(capsys, stories):
    code, out, err = run(capsys, "check", stories / "nope.md")
    assert code == 2
    assert "nope.md" in err and "no such file" in err


def test_several_files_in_order(capsys, stories):
    code, data, _ = check_json(capsys, stories / "right.md", stories / "wrong.md", stories / "trade.md")
    assert code == 1
    assert [f["path"].rsplit("/", 1)[1] for f in data["files"]] == ["right.md", "wrong.md", "trade.md"]
    assert [len(f["findings"]) for f in data["files"]] == [0, 1, 1]
    assert data["summary"]["files"] == 3 and data["summary"]["findings"] == 2


def test_invalid_utf8_named_while_good_files_reported(capsys, stories):
    bad = stories / "latin1.md"
    bad.write_bytes("Caf\xe9 owners paid Rs10bn.".encode("latin-1"))
    code, data, err = check_json(capsys, stories / "wrong.md", bad, stories / "trade.md")
    assert code == 2
    assert "latin1.md" in err and "UTF-8" in err
    by_name = {f["path"].rsplit("/", 1)[1]: f for f in data["files"]}
    assert by_name["wrong.md"]["findings"][0]["rule"] == "FC101"
    assert by_name["trade.md"]["findings"][0]["rule"] == "FC201"
    assert "error" in by_name["latin1.md"]


@pytest.mark.parametrize("name, content, message", [
    ("empty.md", b"", "empty"),
    ("blank.txt", b"  \n\n", "empty"),
    ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_inputs_named(capsys, stories, name, content, message):
    (stories / name).write_bytes(content)
    code, out, err = run(capsys, "check", "--format", "text", stories / name, stories / "wrong.md")
    assert code == 2
    assert name in err and message in err
    assert "wrong.md:7:" in out


def test_oversized_story_refused_without_reading(capsys, stories):
    big = stories / "big.md"
    with open(big, "wb") as f:
        f.seek(50 * 1024 * 1024 - 1)
        f.write(b".")
    code, out, err = run(capsys, "check", "--format", "text", big, stories / "wrong.md")
    assert code == 2
    assert "big.md" in err and "limit" in err
    assert "wrong.md:7:" in out
    code, _, err = run(capsys, "check", "--max-file-size", "100", stories / "trade.md")
    assert code == 2 and "trade.md" in err and "limit" in err


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WRONG.encode())))
    code, data, _ = check_json(capsys, "-")
    assert code == 1
    assert data["files"][0]["path"] == "<stdin>"
    assert data["files"][0]["findings"][0]["rule"] == "FC101"


def test_stdin_with_date_and_country_flags(capsys, monkeypatch):
    body = WRONG.split("---\n", 2)[2]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body.encode())))
    code, data, _ = check_json(capsys, "--date", "2025-11-25", "--country", "pk", "-")
    assert code == 1 and data["files"][0]["findings"][0]["rule"] == "FC101"


def test_folder_walked_with_default_globs(capsys, stories):
    (stories / "notes.json").write_text("{}")
    (stories / ".hidden").mkdir()
    (stories / ".hidden" / "x.md").write_text(WRONG)
    code, data, _ = check_json(capsys, stories)
    names = sorted(f["path"].rsplit("/", 1)[1] for f in data["files"])
    assert names == ["right.md", "trade.md", "wrong.md"]
    assert code == 1


def test_folder_without_stories_is_an_error(capsys, tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n")
    code, out, err = run(capsys, "check", tmp_path)
    assert code == 2
    assert str(tmp_path) in err and "no stories" in err


def test_fail_on(capsys, stories):
    (stories / ".factcheck.toml").write_text('[severity]\nFC101 = "info"\n')
    code, data, _ = check_json(capsys, stories / "wrong.md")
    assert data["files"][0]["findings"][0]["severity"] == "info"
    assert code == 0
    code, _, _ = check_json(capsys, "--fail-on", "info", stories / "wrong.md")
    assert code == 1


def test_config_ignore_and_fail_on(capsys, stories):
    (stories / "pyproject.toml").write_text('[tool.factcheck]\nignore = ["conversion"]\n')
    code, data, _ = check_json(capsys, stories / "wrong.md")
    assert code == 0 and data["summary"]["findings"] == 0
    (stories / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "error"\n[tool.factcheck.severity]\nFC1 = "warning"\n')
    code, _, _ = check_json(capsys, stories / "wrong.md")
    assert code == 0


def test_bad_config_exits_2_naming_key(capsys, stories):
    (stories / ".factcheck.toml").write_text('fail-on = "sometimes"\n')
    code, out, err = run(capsys, "check", stories / "wrong.md")
    assert code == 2
    assert ".factcheck.toml" in err and "fail-on" in err


def test_jobs_keeps_serial_order(capsys, stories):
    for i in range(6):
        (stories / f"extra{i}.md").write_text(WRONG if i % 2 else RIGHT)
    _, serial, _ = check_json(capsys, stories)
    _, parallel, _ = check_json(capsys, "--jobs", "3", stories)
    assert parallel == serial


@pytest.mark.parametrize("fmt, expect", [
    ("text", ": error FC101 "),
    ("github", "::error file="),
    ("sarif", '"ruleId": "FC101"'),
    ("rich", "FC101"),
])
def test_formats(capsys, stories, fmt, expect):
    code, out, _ = run(capsys, "check", "--format", fmt, stories / "wrong.md")
    assert code == 1
    assert expect in out


def test_sarif_has_rule_and_line(capsys, stories):
    code, out, _ = run(capsys, "check", "--format", "sarif", stories / "wrong.md")
    run_ = json.loads(out)["runs"][0]
    assert any(r["id"] == "FC101" for r in run_["tool"]["driver"]["rules"])
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 7


def test_suppression_and_unused_note(capsys, stories):
    suppressed = WRONG.replace("The deal", "<!-- factcheck: ignore FC101 -->\nThe deal")
    (stories / "s.md").write_text(suppressed)
    code, data, err = check_json(capsys, stories / "s.md")
    assert code == 0 and data["summary"]["findings"] == 0
    (stories / "u.md").write_text(RIGHT.replace("The deal", "<!-- factcheck: ignore FC501 -->\nThe deal"))
    code, _, err = check_json(capsys, stories / "u.md")
    assert code == 0
    assert "u.md:7:1: note: suppression" in err


def test_baseline_create_and_use(capsys, stories, monkeypatch):
    monkeypatch.chdir(stories)
    code, _, err = run(capsys, "baseline", "create", "--output", "base.json", "wrong.md", "trade.md")
    assert code == 0 and "wrote 2 findings" in err
    assert json.loads((stories / "base.json").read_text())["findings"][0]["path"] in ("trade.md", "wrong.md")
    code, data, _ = check_json(capsys, "--baseline", "base.json", "wrong.md", "trade.md")
    assert code == 0 and data["summary"]["findings"] == 0
    # an edit elsewhere in the story keeps it known; a new error is reported
    (stories / "wrong.md").write_text(WRONG + "\nA new paragraph about the weather.\n"
                                      "\nA second deal is worth Rs20bn ($7bn), they said.\n")
    code, data, _ = check_json(capsys, "--baseline", "base.json", "wrong.md")
    assert code == 1
    assert [f["text"] for f in data["files"][0]["findings"]] == ["$7bn"]


def test_bad_baseline_file_exits_2(capsys, stories):
    (stories / "b.json").write_text("not json")
    code, _, err = run(capsys, "check", "--baseline", stories / "b.json", stories / "right.md")
    assert code == 2 and "b.json" in err


def test_nothing_written_beside_the_stories(capsys, stories):
    before = sorted(p.name for p in stories.rglob("*"))
    run(capsys, "check", "--format", "json", stories)
    run(capsys, "extract", "--format", "json", stories)
    assert sorted(p.name for p in stories.rglob("*")) == before


@pytest.mark.parametrize("argv", [
    ["check"],
    ["check", "--date", "25/11/2025", "x.md"],
    ["check", "--country", "Pakistan", "x.md"],
    ["check", "--format", "xml", "x.md"],
    ["check", "--fail-on", "never", "x.md"],
    ["check", "--rules", "no-such-pack", "x.md"],
    ["check", "--config", "no-such.toml", "x.md"],
    ["check", "-", "-"],
    ["frobnicate"],
    [],
])
def test_usage_errors_exit_2(capsys, argv):
    assert main(argv) == 2


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "check" in capsys.readouterr().out


def test_extract_json_and_errors(capsys, stories):
    code, out, err = run(capsys, "extract", "--format", "json", stories / "wrong.md", stories / "missing.md")
    assert code == 2 and "missing.md" in err
    data = json.loads(out)
    q = next(q for q in data["files"][0]["quantities"] if q["text"] == "Rs10bn")
    assert q["unit"] == "PKR" and q["value"] == 10_000_000_000
    code, out, _ = run(capsys, "extract", stories / "wrong.md")
    assert code == 0 and "Rs10bn" in out and "PKR" in out


def test_rules_and_explain(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "FC101" in out
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert any(r["id"] == "FC101" for r in json.loads(out)["rules"])
    code, out, _ = run(capsys, "explain", "FC101")
    assert code == 0 and "conversion.implied-rate" in out and "flagged" in out
    code, out, err = run(capsys, "explain", "conversion.implied-rate", "FC999")
    assert code == 2 and "FC999" in err and "conversion.implied-rate" in out


def test_serve_delegates_to_web(capsys, monkeypatch):
    calls = []
    fake = types.ModuleType("factcheck.web")
    fake.serve = lambda host, port: calls.append((host, port)) or 0
    monkeypatch.setitem(sys.modules, "factcheck.web", fake)
    assert main(["serve", "--port", "8123"]) == 0
    assert calls == [("127.0.0.1", 8123)]


def test_serve_without_web_extra(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "factcheck.web", None)   # import fails
    code, _, err = run(capsys, "serve")
    assert code == 2 and "factcheck[web]" in err


def test_internal_error_is_caught(capsys, monkeypatch, stories):
    import factcheck.cli as cli

    def boom(args):
        raise RuntimeError("kaboom")
    monkeypatch.setattr(cli, "cmd_check", boom)
    code, _, err = run(capsys, "check", stories / "wrong.md")
    assert code == 3 and "internal error" in err and "kaboom" in err


def test_engine_crash_on_one_file_is_reported_and_others_checked(capsys, monkeypatch, stories):
    import factcheck.engine as engine
    real = engine.check_document

    def flaky(doc, rules=None, **kw):
        if doc.path.endswith("trade.md"):
            raise ValueError("rule bug")
        return real(doc, rules, **kw)
    monkeypatch.setattr(engine, "check_document", flaky)
    code, data, err = check_json(capsys, stories / "trade.md", stories / "wrong.md")
    assert code == 2 and "trade.md" in err and "rule bug" in err
    assert data["files"][1]["findings"][0]["rule"] == "FC101"


def test_python_m_entry_point():
    import subprocess
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "json", "-"],
                          input=WRONG.encode(), capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr.decode()
    assert json.loads(proc.stdout)["files"][0]["findings"][0]["rule"] == "FC101"


def test_config_edits_are_seen_in_one_process(capsys, stories):
    cfg = stories / ".factcheck.toml"
    cfg.write_text('ignore = ["conversion"]\n')
    code, data, _ = check_json(capsys, stories / "wrong.md")
    assert code == 0 and data["summary"]["findings"] == 0
    cfg.write_text('ignore = ["date"]\n\n')   # a different size, so a different version
    code, data, _ = check_json(capsys, stories / "wrong.md")
    assert code == 1 and data["summary"]["findings"] == 1


def test_html_story(capsys, tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<!doctype html><html><body>\n<p>The deal is worth <b>Rs10bn</b> ($3.5bn), officials "
                    "said in Islamabad.</p>\n</body></html>\n")
    code, data, _ = check_json(capsys, "--date", "2025-11-25", "--country", "PK", page)
    assert code == 1
    f = data["files"][0]["findings"][0]
    assert page.read_text()[f["start"]:f["end"]] == f["text"]
    assert f["line"] == 2


def test_extract_stdin_and_jobs(capsys, monkeypatch, stories):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TRADE.encode())))
    code, out, _ = run(capsys, "extract", "--format", "json", "-")
    assert code == 0 and json.loads(out)["files"][0]["path"] == "<stdin>"
    _, serial, _ = run(capsys, "extract", "--format", "json", stories)
    _, parallel, _ = run(capsys, "extract", "--format", "json", "--jobs", "2", stories)
    assert serial == parallel


def test_progress_bar_path_keeps_output(capsys, monkeypatch, stories):
    import factcheck.cli as cli
    _, plain, _ = check_json(capsys, stories)
    monkeypatch.setattr(cli, "PROGRESS_FROM", 1)
    monkeypatch.setattr(cli, "_isatty", lambda stream: stream is sys.stderr)
    code, with_bar, _ = check_json(capsys, stories)
    assert with_bar == plain and code == 1
