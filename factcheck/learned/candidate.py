"""What a candidate generator hands the trees and, if flagged, the rule type."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..model import Span


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a slip could be, described by its signals.

    `span` is the figure a finding would point at (the later mention, the
    stated result, the weekday and date); `related` are its partners (the
    earlier mention, the figures it was recomputed from), highlighted beside it.
    `signals` has one finite number per name in the generator's FEATURES, in
    order. `facts` keeps what the rule type needs to explain a hit in words
    (values, the recomputed figure, the partner's text).
    """

    span: Span
    related: tuple[Span, ...]
    signals: tuple[float, ...]
    facts: Mapping[str, Any] = field(default_factory=dict)
