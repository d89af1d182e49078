"""factcheck: catch the figures in a news story that cannot be right.

    >>> import factcheck
    >>> [q.text for q in factcheck.extract("Trade rose to $3.5bn.")]
    ['$3.5bn']
"""
from __future__ import annotations

import datetime as _dt

from .document import Document, InputError
from .model import Claim, Finding, Quantity, Severity, Span

__version__ = "0.1.0"
__all__ = ["extract", "check", "Document", "InputError", "Quantity", "Finding", "Claim", "Severity", "Span"]


def extract(text: str, *, date: _dt.date | str | None = None, country: str | None = None,
            path: str = "<text>") -> list[Quantity]:
    """Every figure in `text` (a story, front matter allowed), with spans into `text`."""
    from .reading import read_quantities
    return read_quantities(Document.from_text(text, path, date=date, country=country))


def check(text: str, *, date: _dt.date | str | None = None, country: str | None = None,
          path: str = "<text>", rules=None) -> list[Finding]:
    """Findings for `text` with the default rule pack (or `rules`, a loaded RuleSet)."""
    from .engine import check_document
    return check_document(Document.from_text(text, path, date=date, country=country), rules=rules)
