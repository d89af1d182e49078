"""Consistency, learned (FC410): one thing given two values, as boosted trees trained on corpus/ judge it.

The hand-written consistency rules (FC401-FC409) each read one phrasing. This rule scores every pair the
generator in `factcheck.learned.consistency` lists — alike figures in different sentences whose values a slip
could explain, the later one referring back — with the trees in `rules/models/<model>.json`, and reports the
later figure of each pair scoring at or above the model's threshold, the earlier as its partner.

The evidence says why in words: the two or three signals that raise this pair's score the most, each found
by putting an unremarkable value in its place (what a pair of two different figures usually shows) and
seeing how far the score falls. Trees give no reasons of their own; this is the nearest honest account.
"""
from __future__ import annotations

from typing import Callable, ClassVar, Iterator, Mapping

import regex

from ..learned import consistency as generator
from ..learned.scoring import flagged
from ..model import Span
from ..subjects import SAME_THING
from .base import Hit, Option, Rule, Story
from .consistency import named_in_apposition

FIELDS = ("figure", "partner", "detail", "advice")

# For each signal: the value an unremarkable pair of two different figures shows (what the signal is set to
# when its weight is measured), and how to say it in words when it speaks for a slip.
_Say = Callable[[float, Mapping], str]
_SIGNALS: dict[str, tuple[float, _Say]] = {
    "ratio of the values, log": (1.0, lambda v, f: "values close together" if v < 0.2 else "values far apart"),
    "a factor of ten between them": (0.0, lambda v, f: "a factor of ten between them"),
    "digits swapped": (0.0, lambda v, f: "digits swapped"),
    "one digit wrong": (0.0, lambda v, f: "one digit different"),
    "one digit added or dropped": (0.0, lambda v, f: "one digit added or dropped"),
    "same counted noun (1 yes, 0 no, -1 unknown)": (
        -1.0, lambda v, f: f"same thing counted: {f['subject']}" if v == 1 else "different things counted"),
    "same word after the figures": (0.0, lambda v, f: f"same noun: {f['noun']}" if f.get("noun") else "same noun"),
    "same noun phrase": (-1.0, lambda v, f: "same noun phrase"),
    "words shared near the figures": (0.0, lambda v, f: f"{int(v)} word(s) shared around the two figures"),
    "same role word (dead/injured/missing ...; 1 yes, 0 no, -1 none)": (
        -1.0, lambda v, f: "same role (killed, injured ...)" if v == 1 else "no role word to tell them apart"),
    "sentences apart": (3.0, lambda v, f: f"{int(v)} sentence(s) apart"),
    "paragraphs apart": (2.0, lambda v, f: f"{int(v)} paragraph(s) apart"),
    "figures of the kind between them": (1.0, lambda v, f: "no other figure of the kind between them"
                                         if v == 0 else f"{int(v)} figure(s) of the kind between them"),
    "earlier is the story's first of its kind": (0.0, lambda v, f: "the earlier is the story's first of its kind"),
    "change words between them": (1.0, lambda v, f: "no change word between" if v == 0
                                  else f"{int(v)} change word(s) between"),
    "later refers back (the, its, all)": (0.0, lambda v, f: "the later refers back (the, its, all)"),
    "change word by the later figure": (1.0, lambda v, f: "no change word by the later figure"),
    "another time by the later figure": (1.0, lambda v, f: "no other time by the later figure"),
    "part or other word by the later figure": (1.0, lambda v, f: "no part or other word by the later figure"),
    "years of the two sentences differ (1 yes, 0 no, -1 unknown)": (
        1.0, lambda v, f: "same year in both sentences" if v == 0 else "no other year named"),
}
# the reading's subject names as a sub-editor would say them ("for the dead", not "for the killed")
_NOUN = {"killed": "dead", "worker": "workforce", "home": "homes", "bed": "beds", "school": "schools"}
_INDEX = {name: i for i, name in enumerate(generator.FEATURES)}


class ConsistencyLearned:
    name: ClassVar[str] = "consistency_learned"
    category: ClassVar[str] = "consistency"
    second_reading: ClassVar[bool] = True     # gives way to a hand rule's finding on the same words
    fields: ClassVar[tuple[str, ...]] = FIELDS
    options: ClassVar[Mapping[str, Option]] = {
        "model": Option(str, "consistency", "the model under rules/models/ (without .json)"),
    }

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        for candidate, score, model in flagged(story, "consistency", rule.options["model"]):
            facts = candidate.facts
            partner: Span = candidate.related[0]
            if _other_nouns(story.doc.text, candidate.span, partner):
                continue    # "more than 7,000 officers" and "the stadium's 27,000 seats": two things counted
            if _says_of_another_name(story, candidate.span, partner):
                continue    # "after the East African Crude Oil Pipeline, the 1,443km line from ...": that one's
            figure, other = story.text_of(candidate.span), story.text_of(partner)
            line, _ = story.doc.line_col(partner.start)
            where = _where(facts)
            noun = _NOUN.get(facts.get("subject"), facts.get("subject")) or facts.get("noun")
            about = f" for the {noun}" if noun and noun not in other.lower() else ""   # "96 beds ... for the beds"
            yield Hit(
                span=candidate.span,
                fields={"figure": figure, "partner": other,
                        "detail": f"{figure} here, but {other} {where} for what reads as the same thing",
                        "advice": "Which is right?"},
                evidence={
                    "partner": {"text": other, "value": facts["partner_value"], "start": partner.start,
                                "end": partner.end, "line": line},
                    "value": facts["later_value"],
                    "signals": _loudest(model, candidate.signals, score, facts),
                    "model": model.name, "model_source": model.source, "model_as_of": model.as_of,
                    "confidence": round(model.confidence(score), 3),
                },
                suggestion=f"Check which is right: {other} {where}{about}, {figure} here.",
                related=candidate.related,
            )


def _says_of_another_name(story: Story, span: Span, partner: Span) -> bool:
    """Is the later figure said of another thing named right before it (FC403's reading of "..., the 1,443km
    line")?"""
    p0, p1 = story.doc.sentence_at(partner.start)
    return named_in_apposition(story.doc.prose, story.doc.sentence_at(span.start), span.start, story.doc.prose[p0:p1])


_NOUN_AFTER = regex.compile(r"\s+(\p{Ll}{3,})(?![\p{L}-])")
# words after a figure that are no counted noun of their own
_NOT_NOUNS = frozenset("and are for from had has have more new now other over per than that the their this were was "
                       "who will with each people".split())


_LAST_WORD = regex.compile(r"(\p{Ll}{3,})\Z")


def _counted_noun(text: str, span: Span) -> str | None:
    """The noun a figure counts: the span's own last word ("27,000 seats"), or the word right after it."""
    own = _LAST_WORD.search(text, span.start, span.end)
    if own:
        return own.group(1)
    after = _NOUN_AFTER.match(text, span.end)
    return after.group(1) if after else None


def _other_nouns(text: str, span: Span, partner: Span) -> bool:
    """Are the two figures of two different plural nouns ("7,000 officers", "27,000 seats")? The trees weigh a
    different word after the figures, but not enough to outvote a slipped digit; two counted things are two things."""
    x, y = _counted_noun(text, span), _counted_noun(text, partner)
    if not x or not y:
        return False
    if x in _NOT_NOUNS or y in _NOT_NOUNS or not (x.endswith("s") and y.endswith("s")):
        return False
    return _thing(x) != _thing(y)


# nouns that count one thing under other names ("1,850 jobs" and "1,580 workers" are one workforce)
_WORKFORCE = frozenset("job worker employee staff personnel position post role hire".split())


def _thing(noun: str) -> str:
    one = noun[:-1] if noun.endswith("s") else noun
    one = SAME_THING.get(one, one)
    return "worker" if one in _WORKFORCE else one


def _where(facts: Mapping) -> str:
    paragraphs = facts.get("paragraphs_apart", 0)
    if paragraphs == 0:
        return "earlier in the paragraph"
    if paragraphs == 1:
        return "in the paragraph before"
    return "earlier in the story"


def _loudest(model, signals: tuple[float, ...], score: float, facts: Mapping, n: int = 3) -> list[str]:
    """The signals whose own value raises the score most, in words (see the module doc)."""
    weights = []
    for name, (plain, say) in _SIGNALS.items():
        i = _INDEX[name]
        if signals[i] == plain:
            continue
        x = list(signals)
        x[i] = plain
        weights.append((score - model.score(x), name))
    weights.sort(reverse=True)
    return [_SIGNALS[name][1](signals[_INDEX[name]], facts) for weight, name in weights[:n] if weight > 0]


RULE_TYPE = ConsistencyLearned()
