"""Score factcheck's extractor on the peers' own test suites (copied into bench/peers/).

    python bench/peer_scores.py [--json results.json]

Runs bench/peers/score.py with bench/peers/factcheck_adapter.py on the
Recognizers-Text English specs and quantulum3's own tests, and prints the
scorer's tables. Baselines (same scorer, from the suites' README): Recognizers-
Text 89.0% on its own specs, quantulum3 50.8%; quantulum3 89.4% on its own tests,
Recognizers-Text 47.8%.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

PEERS = Path(__file__).resolve().parent / "peers"
ROOT = PEERS.parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the scorer's results JSON here")
    args = ap.parse_args(argv)
    cmd = [sys.executable, "score.py", "--adapter", "factcheck_adapter:extract",
           "--suite", "recognizers_en.jsonl", "--suite", "quantulum3_en.jsonl", "--cold-start"]
    if args.json:
        cmd += ["--json", str(Path(args.json).resolve())]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run(cmd, cwd=PEERS, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
