"""Score a story's candidates with a model: what the learned rule types share."""
from __future__ import annotations

import functools
import importlib
from types import ModuleType

from ..ruletypes.base import Story
from .candidate import Candidate
from .trees import Model, ModelError, load_model


def generator(category: str) -> ModuleType:
    """The candidate generator `factcheck.learned.<category>`."""
    return importlib.import_module(f"{__package__}.{category}")


@functools.lru_cache(maxsize=16)     # asked once per story; the answer holds for the run
def model_for(name: str, signals: tuple[str, ...]) -> Model:
    """The model `name`, refused if it was trained on other signals than the generator gives."""
    model = load_model(name)
    if model.features != tuple(signals):
        raise ModelError(f"{model.path}:1: the model was trained on other signals than factcheck/learned "
                         f"now computes; retrain it with scripts/train_scorer.py")
    return model


def flagged(story: Story, category: str, model_name: str) -> list[tuple[Candidate, float, Model]]:
    """Candidates scoring at or above the threshold, the best one per flagged span, by position."""
    gen = generator(category)
    model = model_for(model_name, gen.FEATURES)
    candidates = story.memo(f"learned.{category}", gen.candidates)
    best: dict[tuple[int, int], tuple[Candidate, float]] = {}
    for c in candidates:
        score = model.score(c.signals)
        if score >= model.threshold:
            key = (c.span.start, c.span.end)
            if key not in best or score > best[key][1]:
                best[key] = (c, score)
    return [(c, s, model) for (c, s) in sorted(best.values(), key=lambda cs: (cs[0].span.start, cs[0].span.end))]
