"""What the consistency round tests share: the story's consistency findings, and "flags that figure only"."""
from __future__ import annotations

import factcheck


def consistency(text: str, country: str = "KE", date: str = "2025-03-10"):
    return [f for f in factcheck.check(text, date=date, country=country) if f.category == "consistency"]


def flags_only(found, figure: str) -> bool:
    """Found something, and every finding is on that figure (the later mention, not the first)."""
    return bool(found) and all(figure in f.text or f.text in figure for f in found)


def flags(found, figure: str) -> bool:
    """Found something, and one finding is on that figure."""
    return bool(found) and any(figure in f.text or f.text in figure for f in found)
