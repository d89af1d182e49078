"""consistency_terms: a prison term referred back to with a length the story never gave.

"A Seoul court sentenced the founder ... to 12 years in prison. ... The 14-year term is among the heaviest":
a court story gives each sentence once, then refers back to it ("the 14-year term", "his client would challenge
the 12-year sentence"). A term referred back to with "the", "his" or "her" must be one the story has given; one
that was never given, in a story that gave another, is the slip a sub-editor catches by reading back. Stories
with several defendants give several terms: only a length given to nobody is reported, and the suggestion is
the first term the story gave (its lede's).
"""
from __future__ import annotations

from typing import ClassVar, Iterator, Mapping

import regex

from ..model import Span
from ..quantities.numbers import TENS, UNITS
from .base import Hit, Option, Rule, Story

# terms up to thirty years, in words as the reader spells them ("a nine-year sentence")
_WORDS = {w: v for w, v in {**UNITS, **TENS}.items() if 0 < v <= 30}
_N = r"(?P<n>\d{1,2}(?:\.5)?|(?:twenty|thirty)-(?:one|two|three|four|five|six|seven|eight|nine)|" + \
    "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
# a term given: "sentenced ... to 12 years", "jailed for eight years", "received 12 years in prison",
# "a 14-year sentence", "12 years in jail"
_GIVEN = regex.compile(
    r"(?<![\p{L}])(?:sentenced|jailed|imprisoned|received|given|handed|got|gets|serve|serving|jail(?:ed)?\s+for)"
    r"(?:\s+[\p{L}'’.,-]+){0,8}?\s+(?:to\s+|for\s+)?" + _N + r"\s+years?(?![\p{L}-])"
    r"|(?<![\p{L}-])" + _N + r"[-\s]years?\s+(?:in\s+(?:prison|jail)|(?:prison\s+|jail\s+)?(?:sentence|term))(?![\p{L}])"
    # (any "for/to N years" in a court story counts as given: "jailed the mayor for nine years and her aide for
    # four years"; reading too many terms as given only makes the rule quieter)
    r"|(?<![\p{L}])(?:for|to)\s+" + _N + r"\s+years?(?![\p{L}-])",
    regex.I)
# a term referred back to: "the 14-year term", "his six-year sentence", "the 12-year jail term", "their 21-year
# sentences" (two defendants given the same term)
_BACK = regex.compile(r"(?<![\p{L}])(?:the|his|her|their)\s+" + _N + r"-year(?:\s+(?:prison|jail))?\s+(?:sentence|term)s?(?![\p{L}])",
                      regex.I)
_COURT = ("sentenc", "jail", "prison", "convict")


def _value(word: str) -> float:
    if word[0].isdigit():
        return float(word)
    return float(sum(_WORDS.get(part, UNITS.get(part, 0)) for part in word.lower().split("-")))   # "twenty-five"


class TermsReferredBack:
    name: ClassVar[str] = "consistency_terms"
    category: ClassVar[str] = "consistency"
    second_reading: ClassVar[bool] = True     # gives way to another consistency finding on the same words
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[tuple[str, ...]] = ("stated", "given")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        low = story.lowered_prose()
        if not any(w in low for w in _COURT) or "-year" not in low:
            return
        prose = story.doc.prose
        given = [(m.start("n"), m.end("n"), _value(m["n"])) for m in _GIVEN.finditer(prose, story.doc.body_start)]
        for m in _BACK.finditer(prose, story.doc.body_start):
            stated = _value(m["n"])
            before = [g for g in given if g[1] <= m.start()]
            if not before or any(v == stated for _, _, v in before):
                continue
            first = before[0]
            yield Hit(span=Span(m.start(), m.end()),
                      fields={"stated": prose[m.start():m.end()], "given": prose[first[0]:first[1]] + " years"},
                      evidence={"terms_given_before": sorted({v for _, _, v in before}), "stated": stated},
                      suggestion=f"Check the term: the story gave {prose[first[0]:first[1]]} years first.",
                      related=(Span(first[0], first[1]),))


RULE_TYPE = TermsReferredBack()
