"""What the round tests share: the words one category's findings flag in a story of our own."""
from __future__ import annotations

import factcheck


def found(text: str, date: str, country: str, category: str = "date") -> list[str]:
    """The text of each finding of `category` in the story, in order."""
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]
