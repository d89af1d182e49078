"""The `factcheck` command line: `main(argv=None) -> int`, one function per command.

Exit statuses (DESIGN.md, a contract):

    0  nothing at or above the fail level (`--fail-on`, default `warning`: info
       findings are advice and never fail a run by default)
    1  findings at or above it
    2  a usage or input error: bad arguments, configuration or rule pack, or a story
       that could not be read (named on stderr; every other story is still checked
       and reported)
    3  an internal error in factcheck itself (a bug: please report it)
  130  interrupted

`main` is the one error boundary that maps exceptions to these; commands return
their status and never call `sys.exit` (after pre-commit's `main`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import traceback
from typing import IO, TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from . import __version__
from .config import ConfigError, parse_size
from .model import Severity
from .report import EXTRACT_FORMATS, FORMATS, FileResult, Summary, make_extract_reporter, make_reporter

if TYPE_CHECKING:
    from .runner import Options

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_FAIL_ON = Severity.WARNING
# Show a progress bar on stderr from this many files, when stderr is a terminal.
PROGRESS_FROM = 20


class UsageError(Exception):
    """A mistake on the command line found after argparse (exit status 2)."""


# -- argument types -------------------------------------------------------------------

def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO 3166 alpha-2 country code (PK, IN, GB)")
    return value.strip().upper()


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of jobs") from None
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per CPU) or more")
    return n or (os.cpu_count() or 1)


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ConfigError as e:
        raise argparse.ArgumentTypeError(e.message) from None


class _Parser(argparse.ArgumentParser):
    """argparse, with the program name fixed (not `__main__.py` under `python -m`)."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck",
                     description="Flag the figures in a news story that cannot be right.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    def story_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="*", metavar="PATH", help="stories or folders; - reads stdin")
        p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                       help="publication date where the front matter gives none")
        p.add_argument("--country", type=_country, metavar="CC",
                       help="country (ISO 3166 alpha-2) where the front matter gives none")
        p.add_argument("--config", metavar="FILE", help="a .factcheck.toml or pyproject.toml to use "
                                                        "instead of searching upwards from each story")
        p.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                       help="check N files in parallel (0: one per CPU); output order is unchanged")
        p.add_argument("--max-file-size", type=_size, metavar="SIZE",
                       help="refuse stories larger than this (default 10MB)")

    def rule_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--rules", action="append", default=[], metavar="PATH",
                       help="an extra rule pack (folder or YAML file); may be repeated")

    p = commands.add_parser("extract", help="list the figures read in each story")
    story_options(p)
    p.add_argument("--format", choices=EXTRACT_FORMATS, default="rich")
    p.set_defaults(func=cmd_extract)

    p = commands.add_parser("check", help="flag the figures that cannot be right")
    story_options(p)
    rule_options(p)
    p.add_argument("--format", choices=FORMATS, default="rich")
    p.add_argument("--fail-on", choices=[s.value for s in Severity][::-1], metavar="{error,warning,info}",
                   help="the least severe finding that makes the exit status 1 (default: warning)")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    p.set_defaults(func=cmd_check)

    p = commands.add_parser("eval", help="score the checker on a corpus of stories with expected findings")
    p.add_argument("corpus", metavar="CORPUS_DIR")
    rule_options(p)
    p.set_defaults(func=cmd_eval)

    p = commands.add_parser("rules", help="list the rules in force")
    rule_options(p)
    p.add_argument("--format", choices=("rich", "json"), default="rich")
    p.set_defaults(func=cmd_rules)

    p = commands.add_parser("explain", help="show a rule with its examples")
    p.add_argument("rule_ids", nargs="+", metavar="RULE", help="a rule id (FC101) or dotted name")
    rule_options(p)
    p.set_defaults(func=cmd_explain)

    p = commands.add_parser("baseline", help="accept the current findings; later checks report only new ones")
    sub = p.add_subparsers(dest="baseline_command", metavar="ACTION")
    sub.required = True
    c = sub.add_parser("create", help="write the current findings of PATH... to a baseline file")
    story_options(c)
    rule_options(c)
    c.add_argument("--output", "-o", default=None, metavar="FILE",
                   help="where to write it (default: .factcheck-baseline.json)")
    c.set_defaults(func=cmd_baseline_create)

    p = commands.add_parser("serve", help="run the editor's web page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    return parser


# -- the error boundary ------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    """Run one factcheck command; return its exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:     # argparse: --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else EXIT_ERROR
    from .baseline import BaselineError
    from .packs import PackError
    try:
        return args.func(args)
    except (UsageError, ConfigError, PackError, BaselineError) as e:
        _error(str(e))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`factcheck check … | head`): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_FINDINGS
    except Exception:  # noqa: BLE001 — the boundary: a bug gets a message, not a bare traceback
        _error("internal error (this is a bug in factcheck; please report it with the text below)")
        traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL


def _error(message: str) -> None:
    print(f"factcheck: error: {message}", file=sys.stderr)


def _report_problems(result: FileResult) -> None:
    """Input errors and notes go to stderr, by name, as they happen."""
    if result.error is not None:
        print(f"{result.path}: error: {result.error}", file=sys.stderr)
    for note in result.notes:
        print(note, file=sys.stderr)


# -- commands ----------------------------------------------------------------------------

def _options(args: argparse.Namespace) -> "Options":
    from .runner import Options
    return Options(date=args.date, country=args.country, packs=tuple(getattr(args, "rules", ()) or ()),
                   config_file=args.config, max_file_size=args.max_file_size)


def _jobs_for(args: argparse.Namespace, options) -> list:
    from .runner import collect
    if not args.paths:
        raise UsageError(f"{args.command}: give at least one PATH (a story, a folder, or - for stdin)")
    if args.paths.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    if args.config and not os.path.isfile(args.config):
        raise UsageError(f"--config {args.config}: no such file")
    for pack in getattr(args, "rules", ()) or ():
        if not os.path.exists(pack):
            raise UsageError(f"--rules {pack}: no such rule pack")
    return collect(args.paths, options)


def _with_progress(results: Iterator[FileResult], total: int, what: str) -> Iterator[FileResult]:
    """Show a progress bar on stderr for long runs on a terminal; pass results through."""
    if total < PROGRESS_FROM or not _isatty(sys.stderr):
        yield from results
        return
    from rich.progress import Progress

    from .report.rich import make_console
    with Progress(console=make_console(stderr=True), transient=True,
                  redirect_stdout=_isatty(sys.stdout), redirect_stderr=False) as progress:
        task = progress.add_task(what, total=total)
        for result in results:
            yield result
            progress.advance(task)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _run_check(args: argparse.Namespace) -> tuple[list, Iterator[FileResult], Any]:
    """The shared front half of `check` and `baseline create`."""
    from .runner import check_job, prepare, run_jobs
    options = _options(args)
    jobs = _jobs_for(args, options)
    rulesets = prepare(jobs, options)
    rules = _union_rules(rulesets)
    results = _with_progress(run_jobs(check_job, jobs, options, args.jobs), len(jobs), "checking")
    return rules, results, options


def _union_rules(rulesets: Iterable[Any]) -> list:
    seen: dict[str, Any] = {}
    for rs in rulesets:
        for rule in rs.rules:
            seen.setdefault(rule.id, rule)
    return sorted(seen.values(), key=lambda r: r.id)


def cmd_check(args: argparse.Namespace) -> int:
    from .baseline import Baseline
    from .runner import configuration
    baseline = Baseline.load(args.baseline) if args.baseline else None
    rules, results, options = _run_check(args)
    reporter = make_reporter(args.format, sys.stdout)
    reporter.start(rules)
    summary = Summary()
    failed = input_error = False
    for result in results:
        if baseline is not None and result.findings:
            fresh, known = baseline.new_findings(result.path, result.doc, result.findings)
            result.findings, result.baselined = fresh, known
        _report_problems(result)
        input_error |= result.error is not None
        fail_on = _fail_level(args, configuration(options, result.path) if result.error is None else None)
        failed |= any(f.severity.rank >= fail_on.rank for f in result.findings)
        reporter.file(result)
        summary.add(result)
        result.doc = None     # keep memory bounded on long runs
    reporter.summary(summary)
    if input_error:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK


def _fail_level(args: argparse.Namespace, cfg) -> Severity:
    if args.fail_on:
        return Severity(args.fail_on)
    if cfg is not None and cfg.fail_on is not None:
        return cfg.fail_on
    return DEFAULT_FAIL_ON


def cmd_extract(args: argparse.Namespace) -> int:
    from .runner import extract_job, prepare, run_jobs
    args.rules = []
    options = _options(args)
    jobs = _jobs_for(args, options)
    prepare(jobs, options, rules=False)
    reporter = make_extract_reporter(args.format, sys.stdout)
    reporter.start()
    summary = Summary()
    input_error = False
    for result in _with_progress(run_jobs(extract_job, jobs, options, args.jobs), len(jobs), "reading"):
        _report_problems(result)
        input_error |= result.error is not None
        reporter.file(result)
        summary.add(result)
        result.doc = None
    reporter.summary(summary)
    return EXIT_ERROR if input_error else EXIT_OK


def cmd_baseline_create(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .baseline import DEFAULT_NAME, entries_for, write_baseline
    output = Path(args.output or DEFAULT_NAME)
    root = output.resolve().parent
    _, results, _ = _run_check(args)
    entries: list[dict] = []
    input_error = False
    files = 0
    for result in results:
        _report_problems(result)
        input_error |= result.error is not None
        files += 1
        entries.extend(entries_for(result.path, result.doc, result.findings, root))
        result.doc = None
    write_baseline(output, entries)
    print(f"wrote {len(entries)} finding{'s' if len(entries) != 1 else ''} from {files} "
          f"file{'s' if files != 1 else ''} to {output}", file=sys.stderr)
    return EXIT_ERROR if input_error else EXIT_OK


def _load(args: argparse.Namespace):
    from .packs import load_rules
    for pack in args.rules:
        if not os.path.exists(pack):
            raise UsageError(f"--rules {pack}: no such rule pack")
    return load_rules(tuple(args.rules))


def cmd_rules(args: argparse.Namespace) -> int:
    ruleset = _load(args)
    rules = sorted(ruleset.rules, key=lambda r: r.id)
    if args.format == "json":
        import json
        json.dump({"rules": [{"id": r.id, "name": r.name, "type": r.type, "category": r.category,
                              "severity": r.severity.value, "description": r.description,
                              "options": dict(r.options), "source": r.source} for r in rules]},
                  sys.stdout, indent=2, default=str)
        sys.stdout.write("\n")
        return EXIT_OK
    from .report.rich import make_console, rules_table
    make_console().print(rules_table(rules))
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .report.rich import explain_view, make_console
    ruleset = _load(args)
    console = make_console()
    status = EXIT_OK
    for wanted in args.rule_ids:
        rule = next((r for r in ruleset.rules if wanted.upper() == r.id.upper() or wanted.lower() == r.name), None)
        if rule is None:
            _error(f"no rule {wanted!r} (see `factcheck rules`)")
            status = EXIT_ERROR
            continue
        console.print(explain_view(rule))
        console.print()
    return status


def cmd_eval(args: argparse.Namespace) -> int:
    if not os.path.isdir(args.corpus):
        raise UsageError(f"{args.corpus}: not a folder of stories")
    try:
        from .evaluate import evaluate, format_report
    except ImportError as e:
        raise UsageError(f"eval is not available in this installation: {e}") from None
    report = evaluate(args.corpus, rules=_load(args))
    print(format_report(report))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from .web import serve
    except ImportError as e:
        raise UsageError("the web page needs the web extra: pip install 'factcheck[web]' "
                         f"({e})") from None
    return serve(args.host, args.port) or EXIT_OK
