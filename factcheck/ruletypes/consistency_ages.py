"""consistency_ages: one person given two ages in one story.

"Rosa Quispe Mamani, 52, a retired teacher, has won ..." and, three paragraphs on, "the 57-year-old said": a
sub-editor knows both mean Quispe, and one of the two ages is a slip. The story's people (`date_people`, the
model the age check reads births with) decide whom each age is of; an age is compared only with an earlier one
of the same person, both told as the person's age now ("Quispe, 52,", "the 57-year-old", "aged 57", "who is
57"), and neither in a sentence that sets another moment ("when she was 30", "in 2009", "a decade ago"), where
an age is the person's then.
"""
from __future__ import annotations

import re
from typing import ClassVar, Iterator, Mapping

import regex

from . import date_people
from .base import Hit, Option, Rule, Story
from .date import _age_mentions

# the forms of an age told as the person's age now (not "was 30", "turned 30", "at the age of 30")
_NOW_FORMS = frozenset({"is", "now", "who is", "aged", "apposition", "year-old"})
# another moment in the sentence: the age may be the person's then
_ANOTHER_MOMENT = regex.compile(r"(?<![\p{L}\d])(?:1[89]\d\d|20\d\d|when|then|ago|at\s+the\s+time|last\s+year|"
                                r"earlier|previously|once|since|until|became|first)(?![\p{L}\d])", regex.I)

# a cheap first look for the forms above: "Quispe, 52,", then "is 52", "now 52"
_APPOSED = re.compile(r", \d{1,3},(?!\d)")
_IS_AGE = re.compile(r"\b(?:is|now) \d{1,3}\b")


def _two_ages_may_be_written(prose: str) -> bool:
    """Two ages may be written, one of them beside a name: ", 52," or "aged 52", and another of "52-year-old", "52
    years old", "aged 52", ", 52," or "is 52"."""
    named = prose.count("aged ") + len(_APPOSED.findall(prose))
    if not named:
        return False
    cheap = named + prose.count("-year-old") + prose.count(" years old")
    return cheap >= 2 or _IS_AGE.search(prose) is not None


class AgesOfOnePerson:
    name: ClassVar[str] = "consistency_ages"
    category: ClassVar[str] = "consistency"
    options: ClassVar[Mapping[str, Option]] = {}
    fields: ClassVar[tuple[str, ...]] = ("stated", "earlier")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        if not _two_ages_may_be_written(story.doc.prose):
            return      # (the age reader's pattern is slow: read it only where two ages may be written)
        ages = [a for a in _age_mentions(story) if a.form in _NOW_FORMS]
        if len(ages) < 2 or len({a.value for a in ages}) < 2:
            return
        prose = story.doc.prose
        # ("Rehan Sheikh (58)" on a sports page is a score more often than an age)
        now = [a for a in ages if not _ANOTHER_MOMENT.search(prose, *a.sentence) and prose[max(0, a.span.start - 1)] != "("]
        holders = [date_people.holder(story, a.who, a.span.start) for a in now]
        for j, later in enumerate(now):
            person = holders[j]
            if person is None:
                continue
            # (the earlier age is told with the person's name: "Quispe, 52," ... "the 57-year-old"; an age told of
            # "the 66-year-old" rests on whom the model thinks was last named, too weak to set against another)
            mine = [a for a, h in zip(now[:j], holders[:j])
                    if h == person and a.sentence != later.sentence and a.who.kind == "name"
                    and len(a.who.name) >= 2]     # (a full name: "Liverpool, 70," is a club's points)
            # (a year apart may be a birthday between the reporting and the writing: "Khan, 45," ... "the
            # 46-year-old")
            if not mine or any(abs(a.value - later.value) < 2 for a in mine):
                continue
            earlier = mine[-1]
            yield Hit(span=later.span, fields={"stated": _age_text(story, later), "earlier": str(earlier.value)},
                      evidence={"earlier_age": earlier.value, "stated_age": later.value},
                      suggestion=f"Check the age: {earlier.value} earlier in the story, {later.value} here.",
                      related=(earlier.span,))


def _age_text(story: Story, age) -> str:
    return story.doc.text[age.span.start:age.span.end]


RULE_TYPE = AgesOfOnePerson()
