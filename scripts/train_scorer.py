"""Train a learned scorer on corpus/ and write it to rules/models/<category>.json.

    pip install -e ".[train]"
    python scripts/train_scorer.py consistency            # writes rules/models/consistency.json
    python scripts/train_scorer.py date --report-only     # cross-validate, write nothing

For every story in the corpus folder (sidecars say what was planted), the
category's generator (`factcheck.learned.<category>`) lists candidates with
their signals. A candidate is a *slip* when, like a finding in `factcheck
eval`, its span or a partner overlaps the planted text of that category.

The false-alarm budget decides the threshold: with 10-fold cross-validation
*by batch* (the slug's prefix, so a writer's stories never train the model that
scores them), each story is scored by a model that never saw it, and the
threshold is the lowest at which the flagged non-slips stay within the budget
(default 0.6 per 100 stories). The model written out is then trained on every
story; the trees are exported to our JSON format and checked against
scikit-learn's own scores on every candidate before the file is replaced.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import math
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import yaml
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from factcheck.document import Document
from factcheck.engine import build_story
from factcheck.evaluate import occurrences
from factcheck.learned.trees import parse_model, write_model
from factcheck.model import Span
from factcheck.packs import load_rules

ROOT = Path(__file__).resolve().parent.parent
# The forest's shape; a generator may change any of these with its own TRAINING dict
# (fewer, stronger trees score faster at check time).
PARAMS = dict(max_iter=200, learning_rate=0.06, max_leaf_nodes=15, min_samples_leaf=20,
              l2_regularization=1.0, early_stopping=False, random_state=0)


def params_for(generator) -> dict:
    return {**PARAMS, **getattr(generator, "TRAINING", {})}


def story_rows(args: tuple[str, str]) -> tuple[str, list[tuple[tuple[float, ...], bool, tuple[int, int]]], bool]:
    """(path, [(signals, is_slip, span)], has a planted slip of this category) for one story."""
    path, category = args
    doc = Document.read(path)
    sidecar = Path(path).with_name(Path(path).stem + ".expected.yaml")
    planted = [e for e in (yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}).get("findings") or []
               if e.get("category") == category]
    slips = [o for e in planted for o in occurrences(doc, e["text"])]
    return path, labelled_rows(doc, category, slips), bool(planted)


def labelled_rows(doc: Document, category: str, slips: list[Span]):
    """Each candidate's (signals, is a slip, span): a slip when it or a partner overlaps a planted figure,
    as a finding is matched in `factcheck eval`."""
    generator = importlib.import_module(f"factcheck.learned.{category}")
    return [(c.signals, any(s.overlaps(o) for s in (c.span, *c.related) for o in slips), (c.span.start, c.span.end))
            for c in generator.candidates(build_story(doc, load_rules()))]


def batch_of(path: str) -> str:
    """The writer's batch (slug prefix); a near miss's test file, so cross-validation holds out whole files."""
    if path.startswith("near-miss/"):
        return "near-miss:" + path.split("/", 2)[-1].split("::", 1)[0]
    return Path(path).name.split("-", 1)[0]


def near_miss_rows(args: tuple[dict, str]):
    """A near miss from our tests: every candidate in it is a figure that is right."""
    item, category = args
    doc = Document.from_text(item["text"], "<near miss>", date=item.get("date"), country=item.get("country"))
    rows = labelled_rows(doc, category, [])
    return f"near-miss/{item.get('test', '')}", rows, False


def collect(category: str, corpus: Path, workers: int, near_misses: Path | None = None):
    paths = [str(p) for p in sorted(corpus.glob("*.md")) if p.with_name(p.stem + ".expected.yaml").exists()]
    with ProcessPoolExecutor(workers) as pool:
        stories = list(pool.map(story_rows, [(p, category) for p in paths], chunksize=16))
        if near_misses:
            items = [json.loads(line) for line in near_misses.read_text(encoding="utf-8").splitlines() if line.strip()]
            stories += list(pool.map(near_miss_rows, [(i, category) for i in items], chunksize=16))
        return stories


def cross_validate(X, y, groups, folds: int, params: dict) -> np.ndarray:
    """Each candidate's log-odds from a model that never saw its batch."""
    oof = np.zeros(len(y))
    for train, test in GroupKFold(folds).split(X, y, groups):
        model = HistGradientBoostingClassifier(**params).fit(X[train], y[train])
        oof[test] = model.decision_function(X[test])
    return oof


def pick_threshold(scores, y, story_of, spans, planted_story, budget_per_100: float):
    """Lowest threshold whose flagged non-slips stay within the budget; recall there."""
    n_stories = len(planted_story)
    allowed = budget_per_100 * n_stories / 100
    order = np.argsort(-scores)
    false_alarms: set[tuple[int, tuple[int, int]]] = set()
    caught: set[int] = set()
    threshold = math.inf
    for i in order:
        if not y[i]:
            key = (story_of[i], spans[i])
            if key not in false_alarms and len(false_alarms) + 1 > allowed:
                break
            false_alarms.add(key)
        else:
            caught.add(story_of[i])
        threshold = scores[i]
    planted = sum(planted_story)
    return threshold, len(caught), planted, len(false_alarms), n_stories


def export_trees(model: HistGradientBoostingClassifier) -> tuple[float, list[list[list[float]]]]:
    """scikit-learn's fitted predictors as our node lists (left when feature <= split)."""
    trees = []
    for (predictor,) in model._predictors:          # one predictor per iteration for a binary task
        nodes = predictor.nodes
        tree = []
        for n in nodes:
            if n["is_leaf"]:
                tree.append([float(n["value"])])
            else:
                tree.append([int(n["feature_idx"]), float(n["num_threshold"]), int(n["left"]), int(n["right"])])
        trees.append(tree)
    return float(np.ravel(model._baseline_prediction)[0]), trees


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("category", help="a generator in factcheck/learned/ (consistency, arithmetic, date)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--near-misses", type=Path, default=None,
                    help="JSON lines {text, date, country, test}: right figures the model must learn to leave alone "
                         "(default: corpus/near-misses/<category>.jsonl when there is one)")
    ap.add_argument("--out", type=Path, default=None, help="default: rules/models/<category>.json")
    ap.add_argument("--budget", type=float, default=0.6, help="false alarms allowed per 100 stories (default 0.6)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--report-only", action="store_true", help="cross-validate and print; write no model")
    a = ap.parse_args(argv)
    generator = importlib.import_module(f"factcheck.learned.{a.category}")

    if a.near_misses is None and (a.corpus / "near-misses" / f"{a.category}.jsonl").exists():
        a.near_misses = a.corpus / "near-misses" / f"{a.category}.jsonl"
    stories = collect(a.category, a.corpus, a.workers, a.near_misses)
    X, y, story_of, spans, groups = [], [], [], [], []
    planted_story = []
    for k, (path, rows, planted) in enumerate(stories):
        planted_story.append(planted)
        for signals, slip, span in rows:
            X.append(signals), y.append(slip), story_of.append(k), spans.append(span), groups.append(batch_of(path))
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=bool)
    if not np.isfinite(X).all():
        sys.exit("a generator gave a signal that is not a finite number: fix it before training")
    caught_at_all = len({story_of[i] for i in np.flatnonzero(y)})
    print(f"{len(stories)} stories, {sum(planted_story)} with a planted {a.category} slip "
          f"({caught_at_all} of them have a candidate on it); {len(y)} candidates, {int(y.sum())} slips")

    params = params_for(generator)
    oof = cross_validate(X, y, groups, a.folds, params)
    threshold, caught, planted, alarms, n = pick_threshold(oof, y, story_of, spans, planted_story, a.budget)
    print(f"cross-validated by batch ({a.folds} folds): recall {caught}/{planted} = {caught / planted:.1%} "
          f"with {alarms} false alarms on {n} stories (budget {a.budget}/100); threshold {threshold:.4f}")
    if a.report_only:
        return 0

    model = HistGradientBoostingClassifier(**params).fit(X, y)
    baseline, trees = export_trees(model)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    header = {
        "name": a.category,
        "category": a.category,
        "source": f"scripts/train_scorer.py {a.category} on {a.corpus.name}/"
                  + (f" and {a.near_misses.relative_to(ROOT) if a.near_misses.is_relative_to(ROOT) else a.near_misses}"
                     if a.near_misses else "") + f" at commit {commit}",
        "as_of": dt.date.today().isoformat(),
        "trained_on": {"stories": len(stories), "planted": planted, "candidates": int(len(y)),
                       "slips": int(y.sum())},
        "cross_validation": {"folds_by_batch": a.folds, "recall": round(caught / planted, 4),
                             "false_alarms": alarms, "stories": n, "budget_per_100": a.budget},
        "params": {k: v for k, v in params.items() if k != "random_state"},
        "features": list(generator.FEATURES),
        "baseline": baseline,
        "threshold": float(threshold),
    }
    out = a.out or ROOT / "rules" / "models" / f"{a.category}.json"
    tmp = out.with_name(out.stem + ".check.json")
    write_model(tmp, header, trees)
    ours = parse_model(tmp.read_text(encoding="utf-8"), str(tmp))
    theirs = model.decision_function(X)
    worst = max(abs(ours.score(list(row)) - t) for row, t in zip(X, theirs))
    if worst > 1e-6:
        tmp.unlink()
        sys.exit(f"exported trees disagree with scikit-learn by {worst:g}: not written")
    tmp.replace(out)
    print(f"wrote {out} ({len(trees)} trees; agrees with scikit-learn within {worst:.1e})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
