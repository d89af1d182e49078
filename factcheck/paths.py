"""Where the default rule pack and reference tables live.

In a wheel they are packaged as `factcheck/_rules`; in a source checkout or an
editable install they are the repository's `rules/` folder. Either way the
installed CLI finds them from any working directory.
"""
from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)    # an installation does not move while it runs; rules ask per story
def rules_root() -> Path:
    for candidate in (_PACKAGE / "_rules", _PACKAGE.parent / "rules"):
        if (candidate / "core").is_dir():
            return candidate
    raise FileNotFoundError("factcheck's default rules folder is missing from this installation")


def default_pack_dir() -> Path:
    return rules_root() / "core"


def default_tables_dir() -> Path:
    return rules_root() / "tables"
