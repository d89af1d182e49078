"""Rule packs: YAML files of rules, validated against their rule types.

A *pack* is a folder of `*.yaml` files (or one such file). Each file is a mapping
with one key, `rules:`, holding a list of rules::

    rules:
      - id: FC101                       # FC + three digits, unique across all packs loaded
        name: conversion.implied-rate   # dotted, lower case
        type: conversion                # a rule type in factcheck.ruletypes.REGISTRY
        category: conversion            # one of factcheck.model.CATEGORIES
        severity: error                 # error | warning | info
        message: "{converted} implies {implied_rate} per dollar"   # {field} or {field:spec} only
        options: {tolerance: 0.15}      # the type's options; unknown keys are errors
        description: What the rule catches and why.
        examples:
          bad:
            - text: "Rs10bn ($3.5bn) ..."
              date: 2025-11-25           # optional publication date
              country: PK                # optional country
          good:
            - "A story given as plain text"

A mistake in a pack is a `PackError` whose message starts `path:line:column:` —
the position comes from the YAML node marks (we compose the document rather than
load it, so every value keeps where it was written). Rule ids come from the file,
not the file name, so a pack can be split or merged freely.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from .model import CATEGORIES, Severity
from .paths import default_pack_dir, default_tables_dir
from .ruletypes import REGISTRY, Rule, RuleType, rule_type
from .tables import ReferenceData, reference_data

RULE_KEYS = ("id", "name", "type", "category", "severity", "message", "options", "description", "examples")
REQUIRED_KEYS = ("id", "name", "type", "category", "severity", "message")
EXAMPLE_KEYS = ("text", "date", "country")
_ID = re.compile(r"FC\d{3}")
_NAME = re.compile(r"[a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+")


class PackError(Exception):
    """A mistake in a rule pack, pointing at the file, line and column."""

    def __init__(self, path: str | Path, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = str(path), line, column, message


@dataclass(frozen=True)
class RuleSet:
    """The rules in force and the reference tables they read."""

    rules: tuple[Rule, ...]
    tables: Path = field(default_factory=default_tables_dir)

    @property
    def data(self) -> ReferenceData:
        return reference_data(str(self.tables))

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


# -- templates --------------------------------------------------------------------

_FORMATTER = string.Formatter()
_SPEC = re.compile(r"[<>=^]?[+\- ]?[#0]?\d*[,_]?(?:\.\d+)?[bcdeEfFgGnosxX%]?")


def template_fields(template: str) -> list[str]:
    """The field names of a message template; ValueError if it is not a safe template.

    Safe means `{name}` or `{name:spec}` with a plain format spec: no attribute or
    index access (`{x.__class__}`, `{x[0]}`), no conversions, no nested fields.
    """
    names = []
    for _, name, spec, conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"template field {{{name}}} must be a plain name (no attribute or index access)")
        if conversion:
            raise ValueError(f"template field {{{name}!{conversion}}}: conversions are not allowed")
        if spec and ("{" in spec or not _SPEC.fullmatch(spec)):
            raise ValueError(f"template field {{{name}:{spec}}}: not a plain format spec")
        names.append(name)
    return names


def render(template: str, fields: Mapping[str, Any]) -> str:
    """Fill a (validated) template; a field the hit did not give reads as '?'."""
    out = []
    for literal, name, spec, _ in _FORMATTER.parse(template):
        out.append(literal)
        if name is None:
            continue
        value = fields.get(name)
        if value is None:
            out.append("?")
            continue
        try:
            out.append(format(value, spec or ""))
        except (ValueError, TypeError):
            out.append(str(value))
    return "".join(out)


# -- loading ----------------------------------------------------------------------

def load_pack(path: str | Path) -> list[Rule]:
    """Every rule in one pack: a folder of *.yaml files (sorted by name) or one file."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    elif path.is_file():
        files = [path]
    else:
        raise PackError(path, 0, 0, "no such rule pack (a folder of .yaml files, or one .yaml file)")
    rules: list[Rule] = []
    for file in files:
        rules.extend(load_pack_file(file))
    return rules


def load_pack_file(path: str | Path) -> list[Rule]:
    """The rules of one YAML file, each validated; PackError names `path:line:column`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PackError(path, 0, 0, f"cannot read rule pack: {e}") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise PackError(path, line, col, f"malformed YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise PackError(path, 0, 0, f"malformed YAML: {e}") from None
    reader = _NodeReader(path)
    if root is None:
        return []
    if isinstance(root, yaml.MappingNode):
        top = reader.mapping(root, allowed=("rules",), what="a pack file")
        if "rules" not in top:
            return []
        root = top["rules"][1]
        if _is_null(root):
            return []
    if not isinstance(root, yaml.SequenceNode):
        raise reader.error(root, "a pack file is a mapping with a `rules:` list")
    return [_read_rule(reader, node) for node in root.value]


def load_rules(extra_packs: Iterable[str | Path] = (), *, tables: str | Path | None = None,
               core: bool = True) -> RuleSet:
    """The default pack (`rules/core/`) plus any extra packs, validated; cached per process.

    Rule ids must be unique across everything loaded; a duplicate is a PackError at
    the second occurrence that names the first.
    """
    return _load_rules(tuple(str(Path(p).resolve()) for p in extra_packs),
                       str(Path(tables).resolve()) if tables else None, core)


@functools.lru_cache(maxsize=16)
def _load_rules(extra: tuple[str, ...], tables: str | None, core: bool) -> RuleSet:
    packs = ([str(default_pack_dir())] if core else []) + list(extra)
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for pack in packs:
        for rule in load_pack(pack):
            if rule.id in seen:
                path, line, col = _split_source(rule.source)
                raise PackError(path, line, col, f"duplicate rule id {rule.id} (first defined at {seen[rule.id].source})")
            seen[rule.id] = rule
            rules.append(rule)
    return RuleSet(tuple(rules), Path(tables) if tables else default_tables_dir())


def _split_source(source: str) -> tuple[str, int, int]:
    path, line, col = source.rsplit(":", 2)
    return path, int(line), int(col)


class _NodeReader:
    """Turns composed YAML nodes into values, with errors at the node's position."""

    def __init__(self, path: Path):
        self.path = path
        self._constructor = yaml.SafeLoader("")

    def error(self, node: yaml.Node, message: str) -> PackError:
        mark = node.start_mark
        return PackError(self.path, mark.line + 1, mark.column + 1, message)

    def where(self, node: yaml.Node) -> str:
        return f"{self.path}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"

    def value(self, node: yaml.Node) -> Any:
        try:
            return self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError as e:
            raise self.error(node, f"bad value: {e}") from None

    def mapping(self, node: yaml.Node, allowed: tuple[str, ...], what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Keys of a mapping node -> (key node, value node); unknown or repeated keys are errors."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                raise self.error(key_node, f"unknown key {key!r} in {what} (allowed: {', '.join(allowed)})")
            if key in out:
                raise self.error(key_node, f"key {key!r} given twice in {what}")
            out[key] = (key_node, value_node)
        return out

    def string(self, node: yaml.Node, key: str) -> str:
        value = self.value(node)
        if not isinstance(value, str) or not value.strip():
            raise self.error(node, f"{key!r} must be a non-empty string, not {_type_name(value)}")
        return value


def _read_rule(reader: _NodeReader, node: yaml.Node) -> Rule:
    keys = reader.mapping(node, RULE_KEYS, "a rule")
    for key in REQUIRED_KEYS:
        if key not in keys:
            raise reader.error(node, f"rule is missing {key!r}")

    id_node = keys["id"][1]
    rule_id = reader.string(id_node, "id")
    if not _ID.fullmatch(rule_id):
        raise reader.error(id_node, f"rule id {rule_id!r} must be FC and three digits (FC101)")
    name_node = keys["name"][1]
    name = reader.string(name_node, "name")
    if not _NAME.fullmatch(name):
        raise reader.error(name_node, f"rule name {name!r} must be dotted lower-case words (conversion.implied-rate)")

    type_node = keys["type"][1]
    type_name = reader.string(type_node, "type")
    if type_name not in REGISTRY:
        raise reader.error(type_node, f"unknown rule type {type_name!r} (known: {', '.join(sorted(REGISTRY))})")
    try:
        rtype: RuleType = rule_type(type_name)
    except ImportError as e:
        raise reader.error(type_node, f"rule type {type_name!r} is not available in this installation: {e}") from None

    category_node = keys["category"][1]
    category = reader.string(category_node, "category")
    if category not in CATEGORIES:
        raise reader.error(category_node, f"unknown category {category!r} (known: {', '.join(CATEGORIES)})")

    severity_node = keys["severity"][1]
    severity_name = reader.string(severity_node, "severity")
    try:
        severity = Severity(severity_name)
    except ValueError:
        raise reader.error(severity_node, f"severity must be error, warning or info, not {severity_name!r}") from None

    message_node = keys["message"][1]
    message = reader.string(message_node, "message")
    try:
        names = template_fields(message)
    except ValueError as e:
        raise reader.error(message_node, f"message: {e}") from None
    declared = getattr(rtype, "fields", None)
    if declared is not None:
        unknown = [n for n in names if n not in declared]
        if unknown:
            raise reader.error(message_node, f"message uses field(s) {', '.join(unknown)} that rule type "
                                             f"{type_name!r} does not give (it gives: {', '.join(declared)})")

    options = _read_options(reader, keys.get("options"), rtype, type_name)

    description = ""
    if "description" in keys:
        d_node = keys["description"][1]
        description = reader.value(d_node)
        if not isinstance(description, str):
            raise reader.error(d_node, f"'description' must be a string, not {_type_name(description)}")

    examples: dict[str, list] = {"good": [], "bad": []}
    if "examples" in keys and not _is_null(keys["examples"][1]):
        ex = reader.mapping(keys["examples"][1], ("good", "bad"), "examples")
        for kind, (_, list_node) in ex.items():
            if not isinstance(list_node, yaml.SequenceNode):
                raise reader.error(list_node, f"examples.{kind} must be a list of stories")
            examples[kind] = [_read_example(reader, item, kind) for item in list_node.value]

    source = reader.where(node)
    return Rule(id=rule_id, name=name, type=type_name, category=category, severity=severity, message=message,
                options=options, description=description.strip(), examples=examples, source=source)


def _read_options(reader: _NodeReader, entry, rtype: RuleType, type_name: str) -> dict[str, Any]:
    schema = rtype.options
    options = {key: opt.default for key, opt in schema.items()}
    if entry is None or _is_null(entry[1]):
        return options
    keys = reader.mapping(entry[1], tuple(schema), f"options of rule type {type_name!r}")
    for key, (_, value_node) in keys.items():
        value = reader.value(value_node)
        expected = schema[key].type
        if not _is_instance(value, expected):
            raise reader.error(value_node, f"option {key!r} must be {_expected_name(expected)}, not {_type_name(value)}")
        if schema[key].choices and value not in schema[key].choices:
            raise reader.error(value_node, f"option {key!r} must be one of {', '.join(map(str, schema[key].choices))}, "
                                           f"not {value!r}")
        if isinstance(value, int) and not isinstance(value, bool) and _wants_float(expected):
            value = float(value)
        options[key] = value
    return options


def _read_example(reader: _NodeReader, node: yaml.Node, kind: str) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        text = reader.value(node)
        if not isinstance(text, str) or not text.strip():
            raise reader.error(node, f"a {kind} example must be story text or a mapping with `text`")
        return {"text": text, "date": None, "country": None, "line": node.start_mark.line + 1}
    keys = reader.mapping(node, EXAMPLE_KEYS, f"a {kind} example")
    if "text" not in keys:
        raise reader.error(node, f"a {kind} example needs `text`")
    text = reader.string(keys["text"][1], "text")
    date = None
    if "date" in keys:
        d_node = keys["date"][1]
        date = reader.value(d_node)
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                date = None
        if not isinstance(date, dt.date):
            raise reader.error(d_node, "example `date` must be a date (YYYY-MM-DD)")
    country = None
    if "country" in keys:
        country = reader.string(keys["country"][1], "country")
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise reader.error(keys["country"][1], "example `country` must be an ISO 3166 alpha-2 code (PK)")
    return {"text": text, "date": date, "country": country, "line": node.start_mark.line + 1}


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _is_instance(value: Any, expected: type | tuple[type, ...]) -> bool:
    types = expected if isinstance(expected, tuple) else (expected,)
    if isinstance(value, bool):
        return bool in types
    if isinstance(value, int) and float in types:
        return True
    if isinstance(value, list) and any(t in (list, tuple) for t in types):
        return True
    return isinstance(value, tuple(t for t in types if t is not tuple))


def _wants_float(expected) -> bool:
    types = expected if isinstance(expected, tuple) else (expected,)
    return float in types and int not in types


def _expected_name(expected) -> str:
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
               tuple: "a list", dict: "a mapping"}


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return _TYPE_NAMES.get(type(value), type(value).__name__)
