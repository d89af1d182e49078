"""What a rule type is, and what it is given to look at.

A rule *type* is code (one module each in this package, listed in REGISTRY);
a *rule* is YAML in a pack that names its type and sets the options the type
declares. The engine builds a `Story` once per document and hands it to every
rule; a rule type yields `Hit`s, and the engine turns hits into `Finding`s
(message from the rule's template, line/column from the Document).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Iterator, Mapping, Protocol, TypeVar

from ..document import Document
from ..model import Quantity, Severity, Span
from ..quantities.tokens import lowered
from ..tables import ReferenceData

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Option:
    """One option a rule type accepts in YAML: its Python type, default and meaning."""

    type: type | tuple[type, ...]
    default: Any
    help: str
    choices: tuple = ()           # when not empty, the only values a pack may give


@dataclass(frozen=True)
class Rule:
    """One rule from a pack, validated against its type's options."""

    id: str                       # "FC101"
    name: str                     # "conversion.implied-rate"
    type: str                     # "conversion"
    category: str                 # one of model.CATEGORIES
    severity: Severity
    message: str                  # template with {fields} from the hit; no attribute or index access
    options: Mapping[str, Any]
    description: str = ""
    examples: Mapping[str, list] = field(default_factory=dict)   # {"good": [...], "bad": [...]}
    source: str = ""              # "rules/core/conversion.yaml:12", for errors and `factcheck explain`


_MISSING = object()


@dataclass
class Story:
    """Everything a rule may look at for one document; built once, shared by all rules."""

    doc: Document
    quantities: list[Quantity]
    data: ReferenceData
    countries: tuple[str, ...] = ()          # countries the story mentions, most mentioned first
    cache: dict[str, Any] = field(default_factory=dict)   # per-story memo for shared analyses: see `memo`

    def memo(self, key: str, compute: Callable[["Story"], T]) -> T:
        """`compute(self)`, worked out on the first call for `key` and kept for the rest of the story."""
        value = self.cache.get(key, _MISSING)    # (no KeyError raised and caught on each first call)
        if value is _MISSING:
            value = self.cache[key] = compute(self)
        return value

    def lowered_prose(self) -> str:
        """The prose lowercased, once per story: rules that look for words case-blind share it (one character for
        one, so an offset into it is an offset into the prose)."""
        return self.memo("prose.lowered", lambda s: lowered(s.doc.prose))

    def text_of(self, span: Span | tuple[int, int]) -> str:
        s, e = (span.start, span.end) if isinstance(span, Span) else span
        return self.doc.text[s:e]


@dataclass(frozen=True)
class Hit:
    """What a rule type reports: where, the template fields, evidence and a suggestion."""

    span: Span
    fields: Mapping[str, Any]
    evidence: Mapping[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    related: tuple[Span, ...] = ()


class RuleType(Protocol):
    """A rule type: declares its options, and checks a story for one rule."""

    name: ClassVar[str]
    category: ClassVar[str]
    options: ClassVar[Mapping[str, Option]]
    # Optional: `fields: ClassVar[tuple[str, ...]]`, the template fields its hits give;
    # when a type declares it, a pack's message may use only those.

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]: ...
