"""Checking many stories: find the inputs, read each safely, run the rules, in order.

The CLI's commands share this: `collect` turns PATH arguments into jobs (files,
stdin, or an input error already decided, such as a missing path), and
`run_jobs` maps `check_job` (or `extract_job`) over them — serially, or in a
process pool with the same output order. Nothing here prints; a bad file becomes
a `FileResult` with an `error`, never an exception, so every other file is still
checked.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Sequence

from .config import Config, config_for, load_config
from .document import Document, InputError
from .report import STDIN_NAME, FileResult

# Folders a walk never enters: version control, environments, build output.
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache",
             ".pytest_cache", "site-packages"}


@dataclasses.dataclass(frozen=True)
class Options:
    """What every job needs to know, picklable for worker processes."""

    date: dt.date | None = None
    country: str | None = None
    packs: tuple[str, ...] = ()            # --rules
    config_file: str | None = None         # --config: one file for every input
    max_file_size: int | None = None       # --max-file-size; else the config's


@dataclasses.dataclass(frozen=True)
class Job:
    path: str                               # as the user will see it
    data: bytes | None = None               # stdin's bytes
    error: str | None = None                # decided before reading (missing path...)


def configuration(options: Options, path: str) -> Config:
    if options.config_file:
        return load_config(options.config_file)
    return config_for(Path.cwd() if path == STDIN_NAME else path)


def collect(paths: Sequence[str], options: Options, stdin: IO[bytes] | None = None) -> list[Job]:
    """Jobs for the PATH arguments, in order: files as named, folders walked, `-` for stdin."""
    jobs: list[Job] = []
    seen: set[str] = set()

    def add(job: Job) -> None:
        key = job.path if job.data is not None or job.error else os.path.realpath(job.path)
        if key not in seen:
            seen.add(key)
            jobs.append(job)

    for arg in paths:
        if arg == "-":
            add(_stdin_job(options, stdin))
            continue
        p = Path(arg)
        if p.is_dir():
            cfg = configuration(options, arg)
            found = list(walk(p, cfg.include, cfg.exclude))
            if not found:
                add(Job(arg, error=f"no stories found in this folder (looked for {', '.join(cfg.include)})"))
            for f in found:
                add(Job(str(f)))
        elif p.exists() or p.is_symlink():
            add(Job(arg))
        else:
            add(Job(arg, error="no such file or folder"))
    return jobs


def _stdin_job(options: Options, stdin: IO[bytes] | None) -> Job:
    stream = stdin if stdin is not None else sys.stdin.buffer
    limit = options.max_file_size or configuration(options, STDIN_NAME).max_file_size
    data = stream.read(limit + 1)     # never hold more than the limit, however much is piped
    if len(data) > limit:
        return Job(STDIN_NAME, error=f"is larger than the {_human(limit)} limit (see --max-file-size)")
    return Job(STDIN_NAME, data=data)


def walk(folder: Path, include: Iterable[str], exclude: Iterable[str]) -> Iterator[Path]:
    """Story files under `folder`, sorted, matching `include` and not `exclude`.

    A glob matches a file's name or its path relative to the folder walked
    (`*.md`, `drafts/*`); an exclude that names a folder prunes it.
    """
    include, exclude = tuple(include), tuple(exclude)
    for root, dirs, files in os.walk(folder):
        rel_root = Path(root).relative_to(folder)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                         and not _matches((rel_root / d).as_posix(), d, exclude))
        for name in sorted(files):
            rel = (rel_root / name).as_posix()
            if _matches(rel, name, include) and not _matches(rel, name, exclude):
                yield Path(root) / name


def _matches(rel: str, name: str, globs: tuple[str, ...]) -> bool:
    for g in globs:
        g = g.rstrip("/")
        if fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(rel, g + "/*") \
                or rel.startswith(g + "/"):
            return True
    return False


def _human(n: int) -> str:
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} bytes"


# -- one file ---------------------------------------------------------------------

def read_document(job: Job, options: Options, cfg: Config) -> Document:
    """The story of a job, refusing what is too big before reading a byte of it."""
    limit = options.max_file_size or cfg.max_file_size
    country = options.country or cfg.country
    if job.data is not None:
        doc = Document.from_bytes(job.data, job.path, date=options.date, country=country)
    else:
        try:
            size = os.stat(job.path).st_size
        except FileNotFoundError:
            raise InputError(job.path, "no such file") from None
        except OSError as e:
            raise InputError(job.path, f"cannot read: {e.strerror or e}") from None
        if Path(job.path).is_dir():
            raise InputError(job.path, "is a folder")
        if size > limit:
            raise InputError(job.path, f"is {_human(size)}, larger than the {_human(limit)} limit "
                                       "for one story (see --max-file-size)")
        doc = Document.read(job.path, date=options.date, country=country)
    if doc.locale is None and cfg.locale:
        doc.locale = cfg.locale
    return doc


_RULES_CACHE: dict[tuple, Any] = {}   # (packs, config identity) -> RuleSet, per process


def rules_for(options: Options, cfg: Config):
    """The configured RuleSet for a job (loaded once per process per configuration)."""
    key = (options.packs, id(cfg))     # configs are cached objects: one per file version
    cached = _RULES_CACHE.get(key)
    if cached is None or cached[0] is not cfg:
        from .packs import load_rules
        base = load_rules(tuple(options.packs) + tuple(str(p) for p in cfg.packs))
        cached = _RULES_CACHE[key] = (cfg, cfg.configure(base))
    return cached[1]


def check_job(job: Job, options: Options) -> FileResult:
    """Check one story: findings after configuration and inline suppressions."""
    if job.error is not None:
        return FileResult(job.path, error=job.error)
    cfg = configuration(options, job.path)
    try:
        doc = read_document(job, options, cfg)
    except InputError as e:
        return FileResult(job.path, error=e.message)
    rules = rules_for(options, cfg)
    from . import suppress
    from .engine import check_document
    try:
        findings = check_document(doc, rules)
    except Exception as e:  # noqa: BLE001 — a bug on one story must not stop the others
        return FileResult(job.path, doc=doc, error=f"internal error while checking: {type(e).__name__}: {e}")
    findings = [dataclasses.replace(f, path=job.path) if f.path != job.path else f for f in findings]
    kept, suppressed, notes = suppress.apply(doc, findings)
    return FileResult(job.path, findings=kept, doc=doc, suppressed=suppressed,
                      notes=[n.format(job.path) for n in notes])


def extract_job(job: Job, options: Options) -> FileResult:
    """Read one story's figures."""
    if job.error is not None:
        return FileResult(job.path, error=job.error)
    cfg = configuration(options, job.path)
    try:
        doc = read_document(job, options, cfg)
    except InputError as e:
        return FileResult(job.path, error=e.message)
    from .reading import read_quantities
    try:
        quantities = read_quantities(doc)
    except Exception as e:  # noqa: BLE001
        return FileResult(job.path, doc=doc, error=f"internal error while reading figures: {type(e).__name__}: {e}")
    return FileResult(job.path, doc=doc, quantities=quantities)


def prepare(jobs: Sequence[Job], options: Options, *, rules: bool = True) -> list:
    """Load every configuration (and rule set) the jobs need, in this process.

    Raises ConfigError or PackError — usage errors, fatal to the run — before any
    story is checked, rather than once per file or per worker.
    """
    loaded = []
    for job in jobs:
        if job.error is None:
            cfg = configuration(options, job.path)
            loaded.append(rules_for(options, cfg) if rules else cfg)
    if not jobs or all(j.error is not None for j in jobs):
        cfg = configuration(options, STDIN_NAME)
        loaded.append(rules_for(options, cfg) if rules else cfg)
    return loaded


def _call(args: tuple[Callable[[Job, Options], FileResult], Job, Options]) -> FileResult:
    fn, job, options = args
    return fn(job, options)


def run_jobs(fn: Callable[[Job, Options], FileResult], jobs: Sequence[Job], options: Options,
             workers: int = 1) -> Iterator[FileResult]:
    """Results in job order; with workers > 1, from a process pool (same order)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield fn(job, options)
        return
    # Callers load configuration and rules in the parent first (`prepare`), so a
    # bad pack or config fails once with its own message, and forked workers
    # inherit the loaded rules.
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        yield from pool.map(_call, [(fn, job, options) for job in jobs], chunksize=1)
