"""The records every stage of factcheck passes on: quantities, claims, findings.

All are frozen dataclasses. Spans are half-open code-point offsets into the
document's full text (front matter included), so any stage can point back at the
exact words; line and column are derived from them in one place (Document).
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Severity(str, enum.Enum):
    """How loudly a finding speaks; `rank` orders them for --fail-on."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range [start, end) of code points in the document text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


# The kinds a quantity can be. "number" covers plain numbers and counts.
KINDS = ("money", "number", "ordinal", "percent", "duration", "date", "weekday", "physical")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure as written in the story.

    `value` is in `unit` as written ("3.5 per cent" -> 3.5, "$3.5bn" -> 3.5e9 USD).
    `precision` is the half-width of the rounding interval the writer's digits
    imply ("$35.7m" -> 50_000: it stands for 35.65m..35.75m); checks use it to
    allow for rounding. `low`/`high` carry ranges and bounds ("at least 12" ->
    low 12). `alternatives` lists other units an ambiguous symbol could mean
    ("Rs" in a story with no country: PKR, INR, ...); we never guess silently.
    """

    text: str
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    precision: float = 0.0
    hedge: str | None = None          # "about", "nearly", "more than" ...
    alternatives: tuple[str, ...] = ()
    date: dt.date | None = None       # resolved calendar date (kind date)
    weekday: int | None = None        # 0=Monday (kind weekday, or a date's stated weekday)
    year_given: bool = True           # False for a date written without its year
    resolution: str | None = None     # a date's grain: "day", "week", "month", "year"
    approximate: bool = False         # written as a range/hedge/round words
    number_span: tuple[int, int] | None = None  # where the numeral itself sits

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def bounds(self) -> tuple[float, float]:
        """The interval the figure stands for, from its range and written precision."""
        if self.value is None:
            return (float("nan"), float("nan"))
        lo = self.low if self.low is not None else self.value
        hi = self.high if self.high is not None else self.value
        return (lo - self.precision, hi + self.precision)

    def to_dict(self) -> dict[str, Any]:
        """The contract fields of `extract --format json`, then our extras."""
        d: dict[str, Any] = {
            "text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
            "value": _plain(self.value), "unit": self.unit,
            "low": _plain(self.low), "high": _plain(self.high),
        }
        if self.precision:
            d["precision"] = _plain(self.precision)
        if self.hedge:
            d["hedge"] = self.hedge
        if self.alternatives:
            d["alternatives"] = list(self.alternatives)
        if self.date is not None:
            d["date"] = self.date.isoformat()
        if self.resolution:
            d["resolution"] = self.resolution
        if self.weekday is not None:
            d["weekday"] = _WEEKDAYS[self.weekday]
        return d


def _fast_init(cls):
    """The same __init__ as the dataclass's, setting each slot through its descriptor (a frozen
    dataclass's own goes through object.__setattr__ per field; a story builds thousands of these)."""
    from dataclasses import MISSING, fields
    fs = fields(cls)
    assert all(f.default_factory is MISSING and f.init for f in fs)
    args = ", ".join(f.name if f.default is MISSING else f"{f.name}=_d_{f.name}" for f in fs)
    body = "".join(f"\n    _s_{f.name}(self, {f.name})" for f in fs)
    if hasattr(cls, "__post_init__"):
        body += "\n    self.__post_init__()"
    env = {f"_s_{f.name}": getattr(cls, f.name).__set__ for f in fs}
    env.update({f"_d_{f.name}": f.default for f in fs if f.default is not MISSING})
    exec(f"def __init__(self, {args}):{body}", env)
    env["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = env["__init__"]
    return cls


_fast_init(Quantity)
_fast_init(Span)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _plain(x: float | None) -> float | int | None:
    """Write whole numbers as ints in JSON (10000000000, not 1e10)."""
    if x is None:
        return None
    if x == int(x) and abs(x) < 2**63:
        return int(x)
    return x


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantity with what it is about: subject noun, entities, time, relations."""

    quantity: Quantity
    subject: str | None = None                 # "bilateral trade", "workers", "pipeline"
    entities: tuple[str, ...] = ()             # ISO alpha-2 codes or event ids
    year: int | None = None                    # the year the figure refers to
    sentence: Span | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing factcheck says about a story. Every reporter reads these."""

    rule: str                      # "FC201"
    name: str                      # "plausibility.bilateral-trade"
    category: str                  # one of CATEGORIES
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    text: str
    message: str
    evidence: Mapping[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    related: tuple[Span, ...] = ()
    path: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "name": self.name, "category": self.category,
            "severity": self.severity.value, "start": self.start, "end": self.end,
            "line": self.line, "column": self.column, "text": self.text,
            "message": self.message, "evidence": dict(self.evidence),
            "suggestion": self.suggestion,
            "related": [{"start": s.start, "end": s.end} for s in self.related],
        }


CATEGORIES = ("plausibility", "conversion", "arithmetic", "consistency", "date", "reference")
