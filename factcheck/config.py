"""Project configuration: `[tool.factcheck]` in pyproject.toml, or `.factcheck.toml`.

Found from the checked file's folder upwards (the first `.factcheck.toml`, or the
first `pyproject.toml` that has a `[tool.factcheck]` table; in one folder
`.factcheck.toml` wins). Every key is optional::

    [tool.factcheck]
    packs = ["newsroom-rules/"]        # extra rule packs, relative to this file
    select = ["FC1", "date"]           # rule id prefixes or dotted names; empty = all
    ignore = ["FC105", "date.years-ago"]
    fail-on = "warning"                # error | warning | info
    country = "PK"                     # where neither --country nor front matter says
    locale = "en_PK"
    include = ["*.md", "*.txt"]        # when walking folders
    exclude = ["drafts/*", "archive"]
    max-file-size = "10MB"             # larger stories are refused, by name

    [tool.factcheck.severity]          # severity overrides, by selector
    "FC101" = "warning"
    "date" = "info"

    [tool.factcheck.options.FC101]     # tolerances and other options of a rule
    tolerance = 0.2

Selection works as in flake8 and sqlfluff: among the `select` and `ignore`
selectors that match a rule, the most specific wins — an exact id or name beats any
prefix, a longer prefix beats a shorter one, and on a tie `ignore` wins. The same
matcher serves severity overrides, options and inline suppressions. A bad value is
a `ConfigError` naming the file and the key.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from pathlib import Path
from typing import Any, Iterable, Mapping

from .model import Severity

CONFIG_NAMES = (".factcheck.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
KEYS = ("packs", "select", "ignore", "fail-on", "country", "locale", "include", "exclude",
        "max-file-size", "severity", "options")


class ConfigError(Exception):
    """A bad configuration file: names the file and the key."""

    def __init__(self, path: str | Path, key: str | None, message: str):
        where = f"{path}: " + (f"key '{key}': " if key else "")
        super().__init__(where + message)
        self.path, self.key, self.message = str(path), key, message


@dataclasses.dataclass(frozen=True)
class Config:
    path: Path | None = None
    packs: tuple[Path, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = None
    country: str | None = None
    locale: str | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    severity: Mapping[str, Severity] = dataclasses.field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = dataclasses.field(default_factory=dict)

    # -- selection --------------------------------------------------------------
    def is_selected(self, rule_id: str, name: str = "") -> bool:
        chosen = best_match(self.select, rule_id, name) if self.select else (0.0, "")
        dropped = best_match(self.ignore, rule_id, name)
        if chosen is None:
            return False
        return dropped is None or chosen[0] > dropped[0]

    def severity_for(self, rule_id: str, name: str = "") -> Severity | None:
        hit = best_match(self.severity, rule_id, name)
        return self.severity[hit[1]] if hit else None

    def options_for(self, rule_id: str, name: str = "") -> dict[str, Any]:
        """Options from every matching selector, the more specific overriding the less."""
        matched = [(specificity(sel, rule_id, name), sel) for sel in self.options]
        merged: dict[str, Any] = {}
        for _, sel in sorted((m for m in matched if m[0] is not None), key=lambda m: m[0]):
            merged.update(self.options[sel])
        return merged

    def configure(self, ruleset):
        """A RuleSet with this configuration applied: selection, severities, options."""
        from .packs import RuleSet
        from .ruletypes import rule_type

        rules = []
        for rule in ruleset.rules:
            if not self.is_selected(rule.id, rule.name):
                continue
            changes: dict[str, Any] = {}
            severity = self.severity_for(rule.id, rule.name)
            if severity is not None and severity != rule.severity:
                changes["severity"] = severity
            overrides = self.options_for(rule.id, rule.name)
            if overrides:
                schema = rule_type(rule.type).options
                unknown = sorted(set(overrides) - set(schema))
                if unknown:
                    raise ConfigError(self.path or "<config>", f"options.{rule.id}",
                                      f"rule {rule.id} ({rule.type}) has no option(s) {', '.join(unknown)}; "
                                      f"it takes: {', '.join(schema) or 'none'}")
                changes["options"] = {**rule.options, **overrides}
            rules.append(dataclasses.replace(rule, **changes) if changes else rule)
        return RuleSet(tuple(rules), ruleset.tables)


def specificity(selector: str, rule_id: str, name: str = "") -> float | None:
    """How much of the rule a selector names (None: it does not match).

    An exact id or dotted name scores 2; a prefix scores the share of the id (or
    of the name's dotted parts) it covers, so "FC10" beats "FC1" and
    "conversion.implied" beats "conversion".
    """
    sel = selector.strip()
    if not sel:
        return None
    if sel.upper() == rule_id.upper() or (name and sel.lower() == name.lower()):
        return 2.0
    if sel.lower() == "all":
        return 0.01  # matches everything, less specific than any real prefix
    if re.fullmatch(r"[A-Za-z]+\d*", sel) and rule_id.upper().startswith(sel.upper()):
        return len(sel) / max(len(rule_id), 1)
    if name and name.lower().startswith(sel.lower() + "."):
        return (sel.count(".") + 1) / (name.count(".") + 1)
    return None


def best_match(selectors: Iterable[str], rule_id: str, name: str = "") -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for sel in selectors:
        score = specificity(sel, rule_id, name)
        if score is not None and (best is None or score > best[0]):
            best = (score, sel)
    return best


def matches(selectors: Iterable[str], rule_id: str, name: str = "") -> bool:
    """True when any selector names the rule (an empty list names every rule)."""
    selectors = list(selectors)
    return not selectors or best_match(selectors, rule_id, name) is not None


# -- finding and reading ------------------------------------------------------------

def find_config(start: str | Path) -> Path | None:
    """The configuration file governing `start` (a file or folder), searching upwards."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        dotfile = folder / ".factcheck.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_factcheck_table(pyproject):
            return pyproject
    return None


def _has_factcheck_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # an unrelated broken pyproject is not ours to judge unless it names us
        try:
            return "[tool.factcheck" in pyproject.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return isinstance(data.get("tool"), dict) and "factcheck" in data["tool"]


def config_for(start: str | Path) -> Config:
    """The Config for a file or folder (defaults when no configuration file is found)."""
    found = find_config(start)
    return load_config(found) if found else DEFAULT_CONFIG


def load_config(path: str | Path) -> Config:
    """Read one configuration file (cached while the file is unchanged)."""
    path = Path(path)
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    return _load_config(path, stamp)


@functools.lru_cache(maxsize=64)
def _load_config(path: Path, stamp: tuple[int, int] | None) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, None, "no such configuration file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(path, None, f"cannot read: {e}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(path, None, f"not valid TOML: {e}") from None
    if path.name == "pyproject.toml" or isinstance(data.get("tool"), dict) and "factcheck" in data["tool"]:
        table = data.get("tool", {}).get("factcheck")
        prefix = "tool.factcheck."
        if table is None:
            raise ConfigError(path, "tool.factcheck", "no [tool.factcheck] table in this file")
    else:
        table, prefix = data, ""
    if not isinstance(table, dict):
        raise ConfigError(path, prefix.rstrip(".") or None, "must be a table")
    return parse_config(table, path, prefix)


def parse_config(table: Mapping[str, Any], path: Path, prefix: str = "") -> Config:
    def key(k: str) -> str:
        return prefix + k

    normal: dict[str, Any] = {}
    for raw, value in table.items():
        k = raw.replace("_", "-")
        if k not in KEYS:
            raise ConfigError(path, key(raw), f"unknown key (known: {', '.join(KEYS)})")
        normal[k] = value

    def strings(k: str) -> tuple[str, ...] | None:
        if k not in normal:
            return None
        v = normal[k]
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise ConfigError(path, key(k), "must be a list of non-empty strings")
        return tuple(x.strip() for x in v)

    def severity(k: str, v: Any) -> Severity:
        try:
            return Severity(str(v).lower())
        except ValueError:
            raise ConfigError(path, key(k), f"{v!r} is not a severity (error, warning or info)") from None

    fields: dict[str, Any] = {"path": path}
    base = path.parent
    if (packs := strings("packs")) is not None:
        fields["packs"] = tuple((base / p).resolve() for p in packs)
        for p, raw in zip(fields["packs"], packs):
            if not p.exists():
                raise ConfigError(path, key("packs"), f"rule pack {raw!r} not found (looked in {p})")
    for k in ("select", "ignore", "include", "exclude"):
        if (v := strings(k)) is not None:
            fields[k] = v
    for k in ("select", "ignore"):
        for sel in fields.get(k, ()):
            if not _valid_selector(sel):
                raise ConfigError(path, key(k), f"{sel!r} is not a rule id prefix (FC1) or dotted name (conversion)")
    if "fail-on" in normal:
        fields["fail_on"] = severity("fail-on", normal["fail-on"])
    if "country" in normal:
        c = normal["country"]
        if not isinstance(c, str) or not re.fullmatch(r"[A-Za-z]{2}", c.strip()):
            raise ConfigError(path, key("country"), f"{c!r} is not an ISO 3166 alpha-2 country code")
        fields["country"] = c.strip().upper()
    if "locale" in normal:
        loc = normal["locale"]
        if not isinstance(loc, str) or not re.fullmatch(r"[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?", loc.strip()):
            raise ConfigError(path, key("locale"), f"{loc!r} is not a locale (en_PK)")
        fields["locale"] = loc.strip()
    if "max-file-size" in normal:
        fields["max_file_size"] = parse_size(normal["max-file-size"], path, key("max-file-size"))
    if "severity" in normal:
        table = normal["severity"]
        if not isinstance(table, dict):
            raise ConfigError(path, key("severity"), "must be a table of selector = severity")
        for sel in table:
            if not _valid_selector(sel):
                raise ConfigError(path, key(f"severity.{sel}"), "not a rule id prefix or dotted name")
        fields["severity"] = {sel: severity(f"severity.{sel}", v) for sel, v in table.items()}
    if "options" in normal:
        table = normal["options"]
        if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
            raise ConfigError(path, key("options"), "must be a table of [options.<rule>] tables")
        for sel in table:
            if not _valid_selector(sel):
                raise ConfigError(path, key(f"options.{sel}"), "not a rule id prefix or dotted name")
        fields["options"] = {sel: dict(v) for sel, v in table.items()}
    return Config(**fields)


DEFAULT_CONFIG = Config()


def _valid_selector(sel: str) -> bool:
    return bool(re.fullmatch(r"(?i:all)|[A-Za-z]+\d*|[a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*", sel.strip()))


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)\s*", re.I)
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2,
          "g": 1024**3, "gb": 1024**3, "gib": 1024**3}


def parse_size(value: Any, path: str | Path = "<command line>", key: str = "max-file-size") -> int:
    """A byte count from 10485760, "10MB", "512 KiB"; a ConfigError names the key otherwise."""
    if isinstance(value, bool):
        raise ConfigError(path, key, f"{value!r} is not a size")
    if isinstance(value, int) and value > 0:
        return value
    m = _SIZE.fullmatch(str(value)) if isinstance(value, str) else None
    if not m or m.group(2).lower() not in _UNITS or float(m.group(1)) <= 0:
        raise ConfigError(path, key, f"{value!r} is not a size (a byte count, or like '10MB')")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])
