"""Checking a file is a pure function of its text and the loaded packs: the same in every process, whatever
its hash seed (archives will be mapped over many processes and machines)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

TEXTS = [
    # quantulum3, asked about compound units, kept or dropped the "/" by the hash seed
    "Operating profit and funds from operations for 2020 were $765 million or 14.7C/ per security.",
    "The probe reached 9.8 m/s2 and the panel took 20 J/m^2 per year.",
    "Rs10bn ($3.5bn) was pledged on Tuesday, November 25, 2025, raising trade to Rs10bn.",
]

_PROGRAM = """
import json, sys, factcheck
texts = json.loads(sys.stdin.read())
out = []
for t in texts:
    out.append([(q.text, q.start, q.end, q.kind, q.value, q.unit, q.alternatives) for q in factcheck.extract(t)])
    out.append([(f.rule, f.start, f.end, f.message) for f in factcheck.check(t, date="2025-11-26", country="PK")])
print(json.dumps(out))
"""


def _run(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _PROGRAM], input=json.dumps(TEXTS), capture_output=True, text=True,
                          env=env, check=True)
    return done.stdout


def test_same_reading_and_findings_under_any_hash_seed():
    assert _run("0") == _run("1") == _run("8")
