"""Extraction and checking speed, side by side with quantulum3, in one run.

    python bench/extract_speed.py [--rounds 5] [--json results.json] [FILES...]

Reads the same news text (default: every story in corpus/ and examples/) with
  - factcheck.extract()                      (the quantity grammar),
  - factcheck.check() with the default pack  (the full check),
  - quantulum3.parser.parse()                (the peer),
and reports throughput (KB/s) and the ratios against quantulum3. Each figure is
the best of several rounds, interleaved, so a busy machine slows all sides alike.
It also measures the cold start of `factcheck extract` on one story in a fresh
process (median of 5) against quantulum3's import and first parse.

Machines are noisy: compare the ratios, not the absolute numbers.
"""
from __future__ import annotations

import argparse
import glob
import json
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _stories(paths: list[str]) -> list[str]:
    files = paths or sorted(glob.glob(str(ROOT / "corpus" / "*.md")) + glob.glob(str(ROOT / "examples" / "*.md")))
    return [Path(f).read_text(encoding="utf-8") for f in files]


def _best(fn, stories: list[str], rounds: int) -> float:
    """Best wall time over `rounds` passes of fn over all stories."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in stories:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def _cold(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    import factcheck
    from factcheck.packs import load_rules
    from quantulum3 import parser

    stories = _stories(args.files)
    size_kb = sum(len(s.encode("utf-8")) for s in stories) / 1024
    rules = load_rules()
    for text in stories:                      # warm: tables, lexicon, lazy imports on both sides
        factcheck.extract(text)
        factcheck.check(text, rules=rules)
    parser.parse(stories[0])

    ours = theirs = check = float("inf")
    for _ in range(args.rounds):              # interleave so load hits every side alike
        ours = min(ours, _best(factcheck.extract, stories, 1))
        check = min(check, _best(lambda t: factcheck.check(t, rules=rules), stories, 1))
        if _ < 3:
            theirs = min(theirs, _best(parser.parse, stories, 1))

    example = "examples/pakistan-iran-trade.md"
    cold_ours = _cold([sys.executable, "-m", "factcheck", "extract", "--format", "json", example])
    cold_q3 = _cold([sys.executable, "-c", "import warnings; warnings.filterwarnings('ignore');"
                     "from quantulum3 import parser; import sys;"
                     f"parser.parse(open({example!r}, encoding='utf-8').read())"])
    result = {
        "stories": len(stories), "kilobytes": round(size_kb, 1),
        "extract_kb_s": round(size_kb / ours, 1), "check_kb_s": round(size_kb / check, 1),
        "quantulum3_kb_s": round(size_kb / theirs, 1),
        "extract_vs_quantulum3": round(theirs / ours, 1), "check_vs_quantulum3": round(theirs / check, 1),
        "cold_start_extract_s": round(cold_ours, 3), "cold_start_quantulum3_s": round(cold_q3, 3),
    }
    print(f"{len(stories)} stories, {size_kb:.0f} KB, best of {args.rounds} rounds")
    print(f"  factcheck extract   {result['extract_kb_s']:>8.1f} KB/s   {result['extract_vs_quantulum3']:>5.1f}x quantulum3")
    print(f"  factcheck check     {result['check_kb_s']:>8.1f} KB/s   {result['check_vs_quantulum3']:>5.1f}x quantulum3")
    print(f"  quantulum3 parse    {result['quantulum3_kb_s']:>8.1f} KB/s")
    print(f"  cold start: factcheck extract {cold_ours:.2f} s, quantulum3 import+parse {cold_q3:.2f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
