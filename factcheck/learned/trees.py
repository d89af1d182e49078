"""Boosted decision trees shipped as JSON, scored in plain Python.

`scripts/train_scorer.py` trains scikit-learn's HistGradientBoostingClassifier
on corpus/ and writes its trees here in a small format of our own, so that a
check needs no scikit-learn, no pickles and no native code::

    {
      "name": "consistency",
      "source": "scripts/train_scorer.py on corpus/ at 1a2b3c4 (3,690 stories)",
      "as_of": "2026-11-30",
      "features": ["ratio_log10", "same_head_noun", ...],
      "baseline": -4.1,                 # the trees' starting log-odds
      "threshold": 1.3,                 # flag at or above this log-odds
      "trees": [
        [[3, 0.5, 1, 2], [0.12], [-0.3]],   # one tree a line; a node is
        ...                                 #   [feature, split, left, right] or [leaf value]
      ]
    }

A split sends a candidate left when its feature is <= the split value, as in
scikit-learn. Signals are always finite numbers (a feature that does not apply
is written as a number too), so missing values never reach the trees.

Each model is compiled once into one Python expression (a sum of nested
conditionals): scoring a candidate is then a few hundred comparisons with no
loop in Python, which keeps the learned rules within the check's speed budget.
A mistake in a model file is a `ModelError` naming `file:line`.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..paths import rules_root

_REQUIRED = {"name": str, "source": str, "as_of": str, "features": list, "baseline": (int, float),
             "threshold": (int, float), "trees": list}
_OPTIONAL = {"category", "trained_on", "params", "cross_validation"}


class ModelError(Exception):
    """A model file that cannot be used: names `file:line` and what is wrong."""


@dataclass(frozen=True)
class Model:
    """A scorer: feature names, the compiled trees and the threshold they were tuned to."""

    name: str
    source: str
    as_of: str
    features: tuple[str, ...]
    threshold: float
    path: str
    score: Callable[[Sequence[float]], float] = field(repr=False, compare=False)
    info: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def confidence(self, score: float) -> float:
        """The score as a probability, for evidence ("0.93")."""
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def models_dir() -> Path:
    return rules_root() / "models"


@functools.lru_cache(maxsize=16)     # every story asks; the file is read and compiled once per process
def load_model(name_or_path: str) -> Model:
    """The model `rules/models/<name>.json` (or a path to a model file)."""
    path = Path(name_or_path)
    if path.suffix != ".json":
        path = models_dir() / f"{name_or_path}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ModelError(f"{path}: cannot read the model: {e.strerror or e}") from None
    return parse_model(text, str(path))


def parse_model(text: str, path: str = "<model>") -> Model:
    """Validate a model file's text and compile its trees."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ModelError(f"{path}:{e.lineno}: not valid JSON: {e.msg}") from None
    if not isinstance(data, dict):
        raise ModelError(f"{path}:1: a model is a JSON object")
    where = _Lines(text, path)
    for key in data:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise ModelError(f"{where.key(key)}: unknown key {key!r}")
    for key, kind in _REQUIRED.items():
        if key not in data:
            raise ModelError(f"{path}:1: missing key {key!r}")
        if not isinstance(data[key], kind) or isinstance(data[key], bool):
            raise ModelError(f"{where.key(key)}: {key!r} has the wrong type")
    try:
        dt.date.fromisoformat(data["as_of"])
    except ValueError:
        raise ModelError(f"{where.key('as_of')}: as_of {data['as_of']!r} is not a date (YYYY-MM-DD)") from None
    features = data["features"]
    if not features or not all(isinstance(f, str) and f for f in features) or len(set(features)) != len(features):
        raise ModelError(f"{where.key('features')}: features must be distinct non-empty names")
    if not data["trees"]:
        raise ModelError(f"{where.key('trees')}: a model needs at least one tree")
    terms = [_tree_expression(tree, len(features), where.tree(i)) for i, tree in enumerate(data["trees"])]
    score = _compile(float(data["baseline"]), terms, path)
    info = {k: data[k] for k in _OPTIONAL if k in data}
    return Model(name=data["name"], source=data["source"], as_of=data["as_of"], features=tuple(features),
                 threshold=float(data["threshold"]), path=path, score=score, info=info)


def _tree_expression(tree: Any, n_features: int, where: str) -> str:
    """One tree as a nested conditional over `x`, checking every node on the way."""
    if not isinstance(tree, list) or not tree:
        raise ModelError(f"{where}: a tree is a non-empty list of nodes")
    seen: set[int] = set()

    def node(i: int) -> str:
        if i in seen:
            raise ModelError(f"{where}: node {i} is reached twice (a tree has no cycles or shared nodes)")
        seen.add(i)
        n = tree[i]
        if isinstance(n, list) and len(n) == 1 and _is_number(n[0]):
            return repr(float(n[0]))
        if not (isinstance(n, list) and len(n) == 4 and all(_is_number(v) for v in n)
                and isinstance(n[0], int) and isinstance(n[2], int) and isinstance(n[3], int)):
            raise ModelError(f"{where}: node {i} must be [feature, split, left, right] or [value]")
        feature, split, left, right = n
        if not 0 <= feature < n_features:
            raise ModelError(f"{where}: node {i} uses feature {feature}, but the model lists {n_features}")
        for child in (left, right):
            if not 0 <= child < len(tree) or child == i:
                raise ModelError(f"{where}: node {i} points at node {child}, which this tree does not have")
        return f"({node(left)} if x[{feature}] <= {float(split)!r} else {node(right)})"

    expression = node(0)
    if len(seen) != len(tree):
        raise ModelError(f"{where}: {len(tree) - len(seen)} node(s) are not reachable from the root")
    return expression


def _compile(baseline: float, terms: list[str], path: str) -> Callable[[Sequence[float]], float]:
    # Sums in chunks: one flat expression of a few hundred trees is fine for the
    # compiler, and chunking keeps each statement's nesting shallow.
    lines = ["def score(x):", f"    s = {baseline!r}"]
    for start in range(0, len(terms), 25):
        lines.append("    s += " + " + ".join(terms[start:start + 25]))
    lines.append("    return s")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), f"<model {path}>", "exec"), namespace)   # only numbers we validated go in
    return namespace["score"]


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


class _Lines:
    """Line numbers for keys and trees, from the text as written (one tree a line)."""

    def __init__(self, text: str, path: str) -> None:
        self.lines = text.splitlines()
        self.path = path
        self.trees_at = self._line_of("trees")        # 1-based line of `"trees": [`, or 0

    def _line_of(self, key: str) -> int:
        needle = json.dumps(key) + ":"
        return next((n for n, line in enumerate(self.lines, 1) if needle in line), 0)

    def key(self, key: str) -> str:
        return f"{self.path}:{self._line_of(key) or 1}"

    def tree(self, index: int) -> str:
        # Written one tree a line after `"trees": [`; otherwise name the tree's place.
        line = self.trees_at + 1 + index
        if self.trees_at and len(self.lines) >= line and self.lines[line - 1].lstrip().startswith("[["):
            return f"{self.path}:{line}"
        return f"{self.path}:{self.trees_at or 1} (tree {index})"


def write_model(path: Path, header: dict[str, Any], trees: list[list[list[float]]]) -> None:
    """Write a model file in the format above (one tree a line), atomically."""
    body = json.dumps(header, indent=2, ensure_ascii=False)[:-2]   # drop the closing "\n}"
    out = [body + ",", '  "trees": [']
    out += ["    " + json.dumps(t, separators=(",", ":")) + ("," if i < len(trees) - 1 else "")
            for i, t in enumerate(trees)]
    out += ["  ]", "}", ""]
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text("\n".join(out), encoding="utf-8")
    tmp.replace(path)
