import io

from rich.console import Console

from factcheck.report.rich import THEME, RichReporter, excerpt, extract_table, summary_table
from factcheck.report import Summary

from _report_fixtures import assert_snapshot, bad_result, clean_result, run_reporter, story_result


def render(results, **console_kw) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, **console_kw)
    run_reporter(RichReporter(console), results)
    return out.getvalue()


def test_rich_report_snapshot():
    assert_snapshot("report_rich.txt", render([story_result(), clean_result(), bad_result()]))


def test_rich_report_clean_snapshot():
    assert_snapshot("report_rich_clean.txt", render([clean_result()]))


def test_plain_output_has_no_escape_codes_when_not_a_terminal():
    text = render([story_result()])
    assert "\x1b[" not in text
    # article text is not markup: the brackets survive, nothing is eaten
    assert "[sic]" in text
    assert "[brackets]" in text


def test_no_color_env_gives_plain_text(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    console = Console(file=out, width=100, force_terminal=True)
    run_reporter(RichReporter(console), [story_result()])
    # NO_COLOR drops colours; Rich may still emit bold/underline attributes, never a colour
    assert "\x1b[31" not in out.getvalue() and "\x1b[41" not in out.getvalue()


def test_terminal_output_styles_the_span():
    text = render([story_result()], force_terminal=True, color_system="standard")
    assert "\x1b[" in text


def test_excerpt_styles_span_and_related_by_offsets():
    result = story_result()
    f = result.findings[0]
    t = excerpt(result.doc, f)
    plain = t.plain
    assert plain.startswith("Pakistan and Iran agreed")
    styles = {(span.style, plain[span.start:span.end]) for span in t.spans}
    assert ("factcheck.error", "Rs10bn") in styles
    assert ("factcheck.related", "$3.5bn") in styles


def test_related_span_in_another_sentence_is_shown():
    result = story_result()
    text = render([result])
    assert "see line" in text
    assert "1,200km" in text


def test_theme_names():
    for name in ("factcheck.error", "factcheck.warning", "factcheck.info", "factcheck.related"):
        assert name in THEME.styles


def test_summary_table_counts():
    s = Summary()
    s.add(story_result())
    s.add(bad_result())
    out = io.StringIO()
    Console(file=out, width=100, theme=THEME).print(summary_table(s))
    text = out.getvalue()
    assert "3 findings in 1 file checked; 1 file could not be read" in text
    assert "FC101" in text and "FC401" in text


def test_extract_table_snapshot():
    result = story_result()
    from factcheck.reading import read_quantities
    out = io.StringIO()
    Console(file=out, width=100, theme=THEME).print(extract_table(result.path, read_quantities(result.doc), result.doc))
    text = out.getvalue()
    assert "Rs10bn" in text and "PKR" in text
    assert "stories/trade.md" in text
