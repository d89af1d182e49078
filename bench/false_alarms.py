"""False alarms on real published news: findings per story, at warning level or above.

    python bench/false_alarms.py [--json results.json] [--show] DIR_OR_FILE...

Published copy has been through editors, so nearly every finding on it is a false
alarm; issue 4 holds the rate to at most 0.05 per story. The stories are not kept
in the repository (they are other people's text): gather your own set of real
news as Markdown files (front matter `country:` and, where known, `date:`) and
point this at them. Each finding is listed with `--show` so a person can judge
whether it is in fact a true error in the published story.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.document import Document  # noqa: E402
from factcheck.engine import check_document  # noqa: E402
from factcheck.packs import load_rules  # noqa: E402

_COUNTED = ("warning", "error")


def _stories(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.md")) if p.is_dir() else [p])
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--json", help="write every counted finding here")
    ap.add_argument("--show", action="store_true", help="print each finding with its sentence")
    args = ap.parse_args(argv)
    rules = load_rules()
    files = _stories(args.paths)
    found = []
    for path in files:
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        for f in check_document(doc, rules):
            if f.severity.value in _COUNTED:
                s0, s1 = doc.sentence_at(f.start)
                found.append({"path": str(path), "rule": f.rule, "category": f.category, "text": f.text,
                              "message": f.message, "sentence": " ".join(doc.text[s0:max(s1, f.end)].split())})
    by_rule = collections.Counter(x["rule"] for x in found)
    print(f"{len(files)} stories, {len(found)} findings at warning or above: "
          f"{len(found) / max(1, len(files)):.3f} per story")
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule}  {n}")
    if args.show:
        for x in found:
            print(f"\n{x['path']}: {x['rule']} [{x['category']}] {x['text']!r}\n  {x['message']}\n  > {x['sentence']}")
    if args.json:
        Path(args.json).write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
