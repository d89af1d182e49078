"""Rule types, one module each, listed explicitly.

A rule in a pack names its type with `type:`; the engine imports the module on
first use, so a pack that uses only some types loads only those.
"""
from __future__ import annotations

import functools
import importlib

from .base import Hit, Option, Rule, RuleType, Story

# type name -> module in this package defining `RULE_TYPE`
REGISTRY: dict[str, str] = {
    "conversion": "conversion",
    "conversion_story": "conversion_story",
    "arithmetic": "arithmetic",
    "recount": "recount",
    "date": "date",
    "plausibility": "plausibility",
    "reference": "reference",
    "event_result": "event_results",
    "event_place": "event_place",
    "world_output": "world_output",
    "consistency": "consistency",
    "consistency_learned": "consistency_learned",
    "consistency_terms": "consistency_terms",
    "consistency_digits": "consistency_digits",
    "consistency_ages": "consistency_ages",
    "consistency_place": "consistency_place",
    "date_learned": "date_learned",
}


@functools.lru_cache(maxsize=None)   # asked once per rule per story: the import machinery is not free
def rule_type(name: str) -> RuleType:
    """The rule type called `name`; KeyError if there is none."""
    module = importlib.import_module(f"{__name__}.{REGISTRY[name]}")
    return module.RULE_TYPE


__all__ = ["REGISTRY", "rule_type", "Hit", "Option", "Rule", "RuleType", "Story"]
