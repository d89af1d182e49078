"""The terminal report: each finding shown in its sentence, the figure highlighted.

Article text always enters Rich as `Text(...)` styled by our own offsets with
`stylize()` — never as a markup string, because square brackets in news copy
("[sic]", "[1]") would be eaten or injected — and with `highlight=False`, or Rich
would colour every number in the story. Colours live in one Theme under
`factcheck.*` names. Rich itself drops colour when the output is not a terminal
or NO_COLOR is set, so the same code gives the plain report.
"""
from __future__ import annotations

import json
from typing import IO, Any, Iterable, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from ..document import Document
from ..model import Finding
from . import FileResult, Reporter, Summary

THEME = Theme({
    "factcheck.error": "bold red reverse",
    "factcheck.warning": "bold yellow reverse",
    "factcheck.info": "bold cyan reverse",
    "factcheck.related": "underline magenta",
    "factcheck.severity.error": "bold red",
    "factcheck.severity.warning": "bold yellow",
    "factcheck.severity.info": "bold cyan",
    "factcheck.path": "bold",
    "factcheck.location": "dim",
    "factcheck.rule": "bold",
    "factcheck.name": "dim",
    "factcheck.label": "dim italic",
    "factcheck.suggestion": "green",
    "factcheck.quantity": "bold",
    "factcheck.ok": "green",
})

# Longest excerpt shown for one finding: a whole sentence unless it runs on.
EXCERPT_LIMIT = 320


def make_console(file: IO[str] | None = None, *, width: int | None = None,
                 stderr: bool = False, force_terminal: bool | None = None) -> Console:
    """The one way we build a Console: our theme, no automatic highlighting."""
    return Console(file=file, width=width, stderr=stderr, theme=THEME, highlight=False,
                   force_terminal=force_terminal, soft_wrap=False)


def excerpt(doc: Document | None, finding: Finding) -> Text:
    """The finding's sentence as Text, its span styled by severity, related spans marked."""
    if doc is None:
        text = Text(finding.text)
        text.stylize(f"factcheck.{finding.severity.value}")
        return text
    start, end = _sentence_around(doc, finding.start, finding.end)
    return _styled(doc, start, end, finding, main=True)


def _sentence_around(doc: Document, start: int, end: int) -> tuple[int, int]:
    s, e = doc.sentence_at(start)
    if not (s <= start and end <= e):
        # not in the prose sentences (front matter, a heading): fall back to its line
        s = doc.text.rfind("\n", 0, start) + 1
        nl = doc.text.find("\n", end)
        e = nl if nl >= 0 else len(doc.text)
    if e - s > EXCERPT_LIMIT:
        half = max(0, (EXCERPT_LIMIT - (end - start)) // 2)
        s2 = max(s, start - half)
        e2 = min(e, end + half)
        # snap to word boundaries so the excerpt does not start mid-word
        if s2 > s:
            sp = doc.text.find(" ", s2, start)
            s2 = sp + 1 if sp >= 0 else s2
        if e2 < e:
            sp = doc.text.rfind(" ", end, e2)
            e2 = sp if sp >= 0 else e2
        s, e = s2, e2
    return s, e


def _styled(doc: Document, s: int, e: int, finding: Finding, *, main: bool) -> Text:
    # Newlines inside a sentence become spaces: same length, so offsets still hold.
    body = doc.text[s:e].replace("\r", " ").replace("\n", " ").replace("\t", " ")
    text = Text(body)
    for span in finding.related:
        if s <= span.start and span.end <= e:
            text.stylize("factcheck.related", span.start - s, span.end - s)
    if main:
        text.stylize(f"factcheck.{finding.severity.value}", finding.start - s, finding.end - s)
    prefix = "… " if s > 0 and not _at_sentence_start(doc, s) else ""
    suffix = " …" if e < len(doc.text) and not _at_sentence_end(doc, e) else ""
    return Text(prefix) + text + Text(suffix)


def _at_sentence_start(doc: Document, offset: int) -> bool:
    return any(s == offset for s, _ in doc.sentences()) or doc.text[offset - 1] == "\n"


def _at_sentence_end(doc: Document, offset: int) -> bool:
    return any(e == offset for _, e in doc.sentences()) or doc.text[offset:offset + 1] in ("\n", "")


class FindingView:
    """One finding as a Panel: excerpt, then rule, message, evidence, suggestion."""

    def __init__(self, result: FileResult, finding: Finding):
        self.result = result
        self.finding = finding

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        f = self.finding
        doc = self.result.doc
        parts: list[Any] = [excerpt(doc, f)]
        if doc is not None:
            shown = _sentence_around(doc, f.start, f.end)
            for span in f.related:
                if not (shown[0] <= span.start and span.end <= shown[1]):
                    s, e = _sentence_around(doc, span.start, span.end)
                    line, _ = doc.line_col(span.start)
                    parts.append(Text.assemble(("see line ", "factcheck.label"), (str(line), "factcheck.label"),
                                               (": ", "factcheck.label"), _styled(doc, s, e, f, main=False)))
        parts.append(Text())
        head = Text.assemble(
            (f.severity.value, f"factcheck.severity.{f.severity.value}"), "  ",
            (f.rule, "factcheck.rule"), " ", (f.name, "factcheck.name"), "  ",
            ("“", ""), (f.text, f"factcheck.severity.{f.severity.value}"), ("”", ""),
        )
        parts.append(head)
        parts.append(Text(f.message))
        evidence = _evidence_lines(f.evidence)
        if evidence:
            parts.append(Text("evidence", style="factcheck.label"))
            parts.append(Padding(Group(*evidence), (0, 0, 0, 2)))
        if f.suggestion:
            parts.append(Text.assemble(("suggestion: ", "factcheck.label"), (f.suggestion, "factcheck.suggestion")))
        title = Text.assemble((self.result.path, "factcheck.path"), (f":{f.line}:{f.column}", "factcheck.location"))
        yield Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED,
                    border_style=f"factcheck.severity.{f.severity.value}", expand=True)


def _evidence_lines(evidence: Any) -> list[Text]:
    return [Text.assemble((f"{key}: ", "factcheck.label"), _plain_value(value))
            for key, value in dict(evidence or {}).items()]


def _plain_value(value: Any) -> str:
    """Evidence for a reader: nested records as `key value, ...`, numbers unpadded."""
    if isinstance(value, dict):
        return ", ".join(f"{k} {_plain_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, dict) for v in value):
            return "; ".join(_plain_value(v) for v in value)
        return "[" + ", ".join(_plain_value(v) for v in value) + "]"
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


class RichReporter(Reporter):
    def __init__(self, console: Console):
        self.console = console
        self.console.push_theme(THEME)

    def file_started(self, result: FileResult) -> None:
        if result.error is not None:
            return     # the CLI has already named it on stderr
        if result.findings:
            self.console.print(Text.assemble((result.path, "factcheck.path"), "  ",
                                             (_count(len(result.findings), "finding"), "factcheck.label")))

    def finding(self, result: FileResult, finding: Finding) -> None:
        self.console.print(FindingView(result, finding))

    def summary(self, summary: Summary) -> None:
        self.console.print(summary_table(summary))


def summary_table(summary: Summary) -> Table | Text:
    checked = summary.files - summary.unreadable
    line = f"{_count(summary.findings, 'finding')} in {_count(checked, 'file')} checked"
    if summary.unreadable:
        line += f"; {_count(summary.unreadable, 'file')} could not be read"
    if summary.suppressed:
        line += f"; {summary.suppressed} suppressed"
    if summary.baselined:
        line += f"; {summary.baselined} in the baseline"
    if not summary.findings:
        return Text(line, style="factcheck.ok")
    table = Table(title="Summary", caption=line, box=box.SIMPLE_HEAD, title_justify="left",
                  caption_justify="left")
    table.add_column("Rule", style="factcheck.rule", no_wrap=True)
    table.add_column("Name", no_wrap=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Findings", justify="right")
    for rule, n in sorted(summary.by_rule.items()):
        sev = summary.severities.get(rule, "")
        table.add_row(Text(rule), Text(summary.names.get(rule, "")),
                      Text(sev, style=f"factcheck.severity.{sev}" if sev else ""), Text(str(n)))
    return table


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# -- extract ----------------------------------------------------------------------
class ExtractTableReporter(Reporter):
    """`factcheck extract`: a table of the figures read in each story."""

    def __init__(self, console: Console):
        self.console = console
        self.console.push_theme(THEME)

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            return
        self.console.print(extract_table(result.path, result.quantities or (), result.doc))

    def summary(self, summary: Summary) -> None:
        pass


def extract_table(path: str, quantities: Iterable[Any], doc: Document | None = None) -> Table:
    quantities = list(quantities)
    table = Table(title=Text(f"{path} · {_count(len(quantities), 'figure')}", style="factcheck.path"),
                  title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Line:Col", style="factcheck.location", no_wrap=True)
    table.add_column("Text", style="factcheck.quantity")
    table.add_column("Kind")
    table.add_column("Value", justify="right", no_wrap=True)
    table.add_column("Unit")
    table.add_column("Low", justify="right", no_wrap=True)
    table.add_column("High", justify="right", no_wrap=True)
    for q in quantities:
        d = q.to_dict()
        where = "%d:%d" % doc.line_col(q.start) if doc is not None else str(q.start)
        value = d.get("date") if d.get("value") is None and d.get("date") else _num(d.get("value"))
        table.add_row(Text(where), Text(q.text), Text(q.kind), Text(value),
                      Text(str(d.get("unit") or "")), Text(_num(d.get("low"))), Text(_num(d.get("high"))))
    return table


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)   # "2026", not "2,026"
    return str(value)


def rules_table(rules: Sequence[Any]) -> Table:
    """`factcheck rules`: every loaded rule, one row each (a name's first part is its category)."""
    from . import rule_attr, severity_of
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("Rule", style="factcheck.rule", no_wrap=True)
    table.add_column("Name", no_wrap=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Description", ratio=1)
    for rule in rules:
        sev = severity_of(rule_attr(rule, "severity", "warning")).value
        desc = str(rule_attr(rule, "description", "") or "").strip()
        desc = " ".join(desc.split(". ")[0].split()) + ("." if ". " in desc else "")
        if len(desc) > 72:      # the first sentence, cut short: `factcheck explain FC…` gives it whole
            desc = desc[:71].rsplit(" ", 1)[0] + "…"
        table.add_row(Text(str(rule_attr(rule, "id"))), Text(str(rule_attr(rule, "name", ""))),
                      Text(sev, style=f"factcheck.severity.{sev}"), Text(desc))
    return table


def explain_view(rule: Any) -> Group:
    """`factcheck explain FC…`: one rule with its message, options and examples."""
    from . import rule_attr, severity_of
    sev = severity_of(rule_attr(rule, "severity", "warning")).value
    parts: list[Any] = [
        Text.assemble((str(rule_attr(rule, "id")), "factcheck.rule"), "  ", str(rule_attr(rule, "name", "")),
                      "  ", (sev, f"factcheck.severity.{sev}"), "  ",
                      (str(rule_attr(rule, "category", "")), "factcheck.label")),
    ]
    description = str(rule_attr(rule, "description", "") or "").strip()
    if description:
        parts += [Text(), Text(description)]
    message = rule_attr(rule, "message")
    if message:
        parts += [Text(), Text("message", style="factcheck.label"), Padding(Text(str(message)), (0, 0, 0, 2))]
    options = dict(rule_attr(rule, "options", {}) or {})
    if options:
        parts += [Text(), Text("options", style="factcheck.label")]
        parts += [Padding(Text(f"{k}: {json.dumps(v, default=str)}"), (0, 0, 0, 2)) for k, v in options.items()]
    examples = rule_attr(rule, "examples", {}) or {}
    for kind, label in (("bad", "flagged"), ("good", "not flagged")):
        items = examples.get(kind) if isinstance(examples, dict) else None
        if items:
            parts += [Text(), Text(label, style="factcheck.label")]
            for item in items:
                if isinstance(item, dict):
                    item = item.get("text") or item.get("story") or json.dumps(item, default=str)
                parts.append(Padding(Text(" ".join(str(item).split())), (0, 0, 0, 2)))
    source = rule_attr(rule, "source")
    if source:
        parts += [Text(), Text(f"defined in {source}", style="factcheck.label")]
    return Group(*parts)
