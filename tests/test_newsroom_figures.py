"""Newsroom figures: does the extractor read the figure each sentence is about?

The cases live in tests/data/newsroom_figures.yaml (see its header for the format).
A case is correct when some extracted quantity has the expected surface text and
value (relative tolerance 1e-6; for dates, the same date at the stated resolution),
the expected unit, and the expected low/high and kind when those are given.
The aggregate accuracy must reach 95%; every failing case is printed.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import yaml

import factcheck

DATA = Path(__file__).parent / "data" / "newsroom_figures.yaml"
THRESHOLD = 0.95


def load_cases() -> list[dict]:
    with DATA.open(encoding="utf-8") as f:
        return yaml.safe_load(f)["cases"]


def _close(got, want) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    want = float(want)
    return math.isclose(float(got), want, rel_tol=1e-6, abs_tol=1e-9 if want == 0 else 0.0)


def _as_date(x) -> dt.date:
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    return dt.date.fromisoformat(str(x))


def _same_date(got: dt.date | None, want, resolution: str | None) -> bool:
    if got is None:
        return False
    want = _as_date(want)
    if resolution == "year":
        return got.year == want.year
    if resolution == "month":
        return (got.year, got.month) == (want.year, want.month)
    if resolution == "week":
        return got.isocalendar()[:2] == want.isocalendar()[:2]
    return got == want


def matches(q, expect: dict) -> bool:
    """Does quantity `q` satisfy the expectation of one case?"""
    if q.text != expect["surface"]:
        return False
    if "kind" in expect and q.kind != expect["kind"]:
        return False
    if "date" in expect:
        if not _same_date(q.date, expect["date"], expect.get("resolution")):
            return False
    if "value" in expect and not _close(q.value, expect["value"]):
        return False
    if "unit" in expect and q.unit != expect["unit"]:
        return False
    for bound in ("low", "high"):
        if bound in expect and not _close(getattr(q, bound), expect[bound]):
            return False
    return True


def run_case(case: dict) -> tuple[bool, list]:
    got = factcheck.extract(case["text"], date=case.get("date"), country=case.get("country"))
    return any(matches(q, case["expect"]) for q in got), got


def _describe(q) -> str:
    d = q.to_dict()
    keep = {k: d[k] for k in ("text", "kind", "value", "unit", "low", "high", "date") if d.get(k) is not None}
    return repr(keep)


def failure_report(cases: list[dict]) -> tuple[int, list[str]]:
    """Run every case; return the number correct and a readable line block per failure."""
    correct, lines = 0, []
    for i, case in enumerate(cases):
        ok, got = run_case(case)
        if ok:
            correct += 1
            continue
        ctx = ", ".join(f"{k}={case[k]}" for k in ("country", "date") if case.get(k))
        lines.append(
            f"[{i}] {case['text']!r}" + (f" ({ctx})" if ctx else "") + "\n"
            f"     expected {case['expect']!r}\n"
            f"     got      " + ("; ".join(_describe(q) for q in got) or "nothing")
        )
    return correct, lines


def test_cases_are_well_formed():
    cases = load_cases()
    assert len(cases) >= 250
    for case in cases:
        assert set(case) <= {"text", "country", "date", "expect"}, case
        e = case["expect"]
        assert e["surface"] in case["text"], case
        assert "value" in e or "date" in e or ("low" in e and "high" in e), case


def test_newsroom_accuracy(capsys):
    cases = load_cases()
    correct, failures = failure_report(cases)
    accuracy = correct / len(cases)
    with capsys.disabled():
        print(f"\nnewsroom figures: {correct}/{len(cases)} correct ({accuracy:.1%})")
        for line in failures:
            print(line)
    assert accuracy >= THRESHOLD, f"newsroom accuracy {accuracy:.1%} < {THRESHOLD:.0%}; {len(failures)} failures above"


if __name__ == "__main__":  # python tests/test_newsroom_figures.py: just the report
    c, f = failure_report(load_cases())
    print("\n".join(f))
    print(f"{c}/{len(load_cases())}")
