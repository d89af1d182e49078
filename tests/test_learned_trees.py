"""Model files: the trees score as written, and a broken file names file:line."""
from __future__ import annotations

import json
import re

import pytest

from factcheck.learned.trees import ModelError, parse_model, write_model

# Two stumps and a deeper tree over two signals, with scores worked out by hand.
TREES = [
    [[0, 0.5, 1, 2], [-1.0], [2.0]],
    [[1, 10.0, 1, 2], [0.25], [-0.5]],
    [[0, 2.5, 1, 4], [1, 3.0, 2, 3], [0.1], [0.2], [0.3]],
]
HEADER = {"name": "toy", "source": "written by hand for this test", "as_of": "2026-11-30",
          "features": ["ratio", "distance"], "baseline": -0.5, "threshold": 1.0}


def model_text(tmp_path, header=HEADER, trees=TREES) -> str:
    path = tmp_path / "toy.json"
    write_model(path, dict(header), trees)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("signals, expected", [
    ((0.0, 0.0), -0.5 - 1.0 + 0.25 + 0.1),      # left, left, left-left
    ((0.5, 10.0), -0.5 - 1.0 + 0.25 + 0.2),     # a split value itself goes left; 10 > 3 goes right
    ((3.0, 11.0), -0.5 + 2.0 - 0.5 + 0.3),      # right, right, right
])
def test_trees_score_as_written(tmp_path, signals, expected):
    model = parse_model(model_text(tmp_path), "toy.json")
    assert model.score(signals) == pytest.approx(expected)
    assert model.features == ("ratio", "distance")
    assert model.confidence(0.0) == pytest.approx(0.5)


def test_written_file_has_one_tree_a_line(tmp_path):
    lines = model_text(tmp_path).splitlines()
    start = next(i for i, line in enumerate(lines) if '"trees"' in line)
    assert [json.loads(line.strip().rstrip(",")) for line in lines[start + 1:start + 4]] == TREES


def _broken(tmp_path, tree_index, node):
    trees = [list(t) for t in TREES]
    trees[tree_index] = list(trees[tree_index])
    trees[tree_index][0] = node
    return model_text(tmp_path, trees=trees)


@pytest.mark.parametrize("tree_index, node, says", [
    (1, [5, 1.0, 1, 2], "uses feature 5"),
    (2, [0, 2.5, 1, 9], "points at node 9"),
    (0, [0, "x", 1, 2], "must be [feature, split, left, right]"),
    (0, [0, 0.5, 1, 1], "reached twice"),
])
def test_bad_tree_names_its_line(tmp_path, tree_index, node, says):
    text = _broken(tmp_path, tree_index, node)
    tree_line = next(n for n, line in enumerate(text.splitlines(), 1) if '"trees"' in line) + 1 + tree_index
    with pytest.raises(ModelError, match=rf"toy\.json:{tree_line}: .*{re.escape(says)}"):
        parse_model(text, "toy.json")


def test_unreachable_node_is_an_error(tmp_path):
    text = model_text(tmp_path, trees=[[[0, 0.5, 1, 2], [1.0], [2.0], [3.0]]])
    with pytest.raises(ModelError, match="not reachable"):
        parse_model(text, "toy.json")


@pytest.mark.parametrize("change, says", [
    ({"colour": "red"}, "unknown key 'colour'"),
    ({"as_of": "last year"}, "not a date"),
    ({"features": ["a", "a"]}, "distinct"),
    ({"threshold": "high"}, "wrong type"),
])
def test_bad_header_names_its_line(tmp_path, change, says):
    text = model_text(tmp_path, header={**HEADER, **change})
    key = next(iter(change))
    line = next(n for n, l in enumerate(text.splitlines(), 1) if f'"{key}":' in l)
    with pytest.raises(ModelError, match=rf"toy\.json:{line}: .*{says}"):
        parse_model(text, "toy.json")


def test_missing_key_and_bad_json(tmp_path):
    header = {k: v for k, v in HEADER.items() if k != "source"}
    with pytest.raises(ModelError, match="missing key 'source'"):
        parse_model(model_text(tmp_path, header=header), "toy.json")
    with pytest.raises(ModelError, match=r"toy\.json:4: not valid JSON"):
        parse_model('{\n "name": "x",\n "source": \n}', "toy.json")


def _training_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "train_scorer.py"
    spec = importlib.util.spec_from_file_location("train_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_export_agrees_with_scikit_learn(tmp_path):
    """The training script's export gives scikit-learn's own scores (when it is installed)."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("sklearn")
    from sklearn.ensemble import HistGradientBoostingClassifier

    export_trees = _training_script().export_trees

    rng = np.random.default_rng(7)
    X = rng.normal(size=(400, 3))
    y = (X[:, 0] + 0.5 * X[:, 1] ** 2 > 0.7)
    fitted = HistGradientBoostingClassifier(max_iter=30, max_leaf_nodes=7, random_state=0).fit(X, y)
    baseline, trees = export_trees(fitted)
    path = tmp_path / "m.json"
    write_model(path, {**HEADER, "features": ["a", "b", "c"], "baseline": baseline}, trees)
    ours = parse_model(path.read_text(encoding="utf-8"), str(path))
    theirs = fitted.decision_function(X)
    assert max(abs(ours.score(list(row)) - t) for row, t in zip(X, theirs)) < 1e-9
