"""date_learned: a date, a count of years or an age that a scorer trained on our corpus finds unlikely.

The hand rules of `date` each read one phrasing; this type scores every date,
"N years ago", anniversary and age the generator in `factcheck.learned.date`
finds, with boosted trees trained by `scripts/train_scorer.py` on corpus/
(`rules/models/date.json`), and reports those at or above the model's threshold.
A hit says what was sum-checked (the weekday, the day's existence, the
publication year less a year the story gives, a birth year), the signals that
weighed most in words, and the model with its source, date and confidence.
"""
from __future__ import annotations

import calendar
from typing import Any, ClassVar, Iterator, Mapping

import regex

from ..claims import is_year_like
from ..learned.candidate import Candidate
from ..learned.date import FEATURES
from ..learned.scoring import flagged
from .base import Hit, Option, Rule, Story
from .date import _age_mentions, _ages_of, _births, _weekday_fits_told_year

_AT = {name: i for i, name in enumerate(FEATURES)}
_DAY_NAMES = tuple(calendar.day_name)


class LearnedDateCheck:
    name: ClassVar[str] = "date_learned"
    category: ClassVar[str] = "date"
    second_reading: ClassVar[bool] = True     # gives way to a hand rule's finding on the same words
    options: ClassVar[Mapping[str, Option]] = {
        "model": Option(str, "date", "the model under rules/models/ (without .json) that scores the candidates"),
    }
    fields: ClassVar[tuple[str, ...]] = ("stated", "problem", "computed", "confidence")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        for candidate, score, model in flagged(story, "date", rule.options["model"]):
            f = candidate.facts
            if "real_weekday" in f and _weekday_fits_told_year((None, f["month"], f["day"], False), [f["weekday"]],
                                                               story, candidate.span):
                continue    # "On the night of Saturday, January 31, 1953 ... By the morning of Sunday, February 1":
                #             the day of a year the story tells, as the hand rule reads it
            if f.get("what") == "age" and "partner_year" not in f and _years_counted_aside(story, candidate):
                continue    # "The 25-year-old ... the first since Marco Pantani in 1998, 26 years ago": the year
                #             near the age is another's, told with its own count
            if f.get("what") == "age" and "partner_year" in f and _someone_else_named_in_full(story, candidate,
                                                                                                f["partner_year"]):
                continue    # "The 28-year-old, born in 1996, finished ahead of Marek Nowak, 23,": the rival's age
            confidence = model.confidence(score)
            problem, computed, suggestion = _explain(candidate.facts)
            evidence: dict[str, Any] = {"what": candidate.facts.get("what"), "stated": candidate.facts.get("stated")}
            if "partner_year" in candidate.facts:
                evidence["partner_text"] = story.text_of(candidate.related[0]) if candidate.related else None
                evidence["partner_value"] = candidate.facts["partner_year"]
            if computed:
                evidence["computed"] = computed
            evidence.update(signals=_loudest(candidate), model=model.name, model_source=model.source,
                            model_as_of=model.as_of, confidence=round(confidence, 3))
            fields = {"stated": candidate.facts.get("stated", ""), "problem": problem, "computed": computed,
                      "confidence": f"{confidence:.2f}"}
            yield Hit(span=candidate.span, fields=fields, evidence=evidence, suggestion=suggestion,
                      related=candidate.related)


RULE_TYPE = LearnedDateCheck()


# a count of years told right after a year, which dates the year's own event: "in 1998, 26 years ago"
_COUNTED_AFTER = regex.compile(r"\A\s*(?:,|\u2014|\u2013|-|\()?\s*\Z")
_AGO_AFTER = regex.compile(r"\A\s+(?:ago|earlier|before)\b", regex.I)
_AGO_WRITTEN = regex.compile(r"\b(?:ago|earlier|before)\Z", regex.I)     # the count's own words: "26 years ago"


def _years_counted_aside(story: Story, candidate: Candidate) -> bool:
    """Is every year of the age's sentence that it could be reckoned from (publication less the age, give or take
    a year or two) told with its own count of years ("in 1998, 26 years ago")? Then the age is a person's and the
    year an event's: they do not meet, however near their sums."""
    published = story.doc.publication_date
    n = candidate.facts.get("count")
    if published is None or not isinstance(n, int):
        return False
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(candidate.span.start)
    qs = [q for q in story.quantities if s0 <= q.start < s1]
    near = [k for k, q in enumerate(qs) if is_year_like(q) and abs(published.year - int(q.value) - n) <= 2]
    if not near:
        return False
    for k in near:
        year = int(qs[k].value)
        count = qs[k + 1] if k + 1 < len(qs) else None
        if count is None or count.kind != "duration" or count.unit != "year" or count.value is None \
                or not _COUNTED_AFTER.match(prose[qs[k].end:count.start]) or not (_AGO_WRITTEN.search(count.text) or _AGO_AFTER.match(prose[count.end:s1])) \
                or abs(published.year - year - count.value) > 1:
            return False
    return True


def _someone_else_named_in_full(story: Story, candidate: Candidate, born: int) -> bool:
    """Is the age given to a person named in full right beside it ("Marek Nowak, 23,"), whom the hand reader of ages
    does not take for the person born in `born`? Someone introduced with a full name and an age of their own is a new
    person, not the one whose birth the story gave in another clause."""
    age = next((a for a in _age_mentions(story) if a.span.start <= candidate.span.start < a.span.end
                or candidate.span.start <= a.span.start < candidate.span.end), None)
    if age is None or age.form != "apposition" or age.who.kind != "name" or len(age.who.name) < 2:
        return False
    births = [b for b in _births(story) if b.year == born]
    if not births or story.doc.publication_date is None:
        return False
    ages = _age_mentions(story)
    return not any(paired is age for b in births
                   for paired, _ in _ages_of(b, _births(story), ages, story, story.doc.publication_date))


def _explain(f: Mapping[str, Any]) -> tuple[str, str, str]:
    """(what looks wrong, the figure worked out, what a copy editor should check), in words."""
    what, stated = f.get("what"), f.get("stated", "")
    if what == "date":
        return _explain_date(f)
    n = f.get("count")
    year = f.get("publication_year")
    # Without a publication date the story's latest year stands in for it: say so.
    by = f"{year}" if f.get("dated") else f"{year} (the latest year the story gives; it has no publication date)"
    if what == "age":
        if "partner_year" in f:
            born, age = f["partner_year"], f["computed"]
            return (f"someone born in {born} is {age - 1} or {age} in {by}, not {n}", str(age),
                    f"Check the age against the birth year: born in {born}, {age - 1} or {age} in {year}, "
                    f"not \"{stated}\"")
        return (f"the age {n} does not sit with the story's years", "",
                f"Check the age {n} against the dates the story gives")
    noun = "anniversary" if what == "anniversary" else "count of years"
    if "partner_year" in f:
        partner, gap = f["partner_year"], f["computed"]
        return (f"{by} less {partner} is {gap} years; the {noun} says {n}", str(gap),
                f"Check which is right: \"{stated}\" or the year {partner} ({year} less {partner} is {gap})")
    return (f"the {noun} \"{stated}\" does not sit with the story's years", "",
            f"Check \"{stated}\" against the years the story gives")


def _explain_date(f: Mapping[str, Any]) -> tuple[str, str, str]:
    stated, month, day, year = f.get("stated", ""), f["month"], f["day"], f.get("year")
    month_name = calendar.month_name[month]
    if year and day > calendar.monthrange(year, month)[1]:
        last = calendar.monthrange(year, month)[1]
        return (f"{month_name} {year} has {last} days: there is no {day} {month_name} {year}", "",
                f"Check the date: {month_name} {year} ends on the {last}th")
    if "real_weekday" in f:
        real, said = _DAY_NAMES[f["real_weekday"]], _DAY_NAMES[f["weekday"]]
        return (f"{day} {month_name} {year} is a {real}, not a {said}", real,
                f"Check the day or the weekday: {day} {month_name} {year} is a {real}")
    return (f"the date \"{stated}\" does not sit with the story's other dates", "",
            f"Check \"{stated}\" against the story's other dates")


# The signals worth naming, in the order they usually matter, as (name, says when) -> words.
_SAYINGS = (
    ("no_such_day_in_its_year", lambda v: v == 1, lambda v: "no such day that year"),
    ("is_29_february", lambda v: v == 1, lambda v: "29 February"),
    ("weekday_fits_its_year", lambda v: v == 0, lambda v: "weekday does not fit the year"),
    ("weekday_fits_year_either_side", lambda v: v == 1, lambda v: "weekday fits a year either side"),
    ("weekday_fits_any_story_year", lambda v: v == 0, lambda v: "weekday fits none of the story's years"),
    ("age_off_by_vs_birth", lambda v: v > 0, lambda v: f"age off by {v:g} from the birth year"),
    ("age_digit_slip", lambda v: v == 1, lambda v: "digits swapped or slipped against the birth year"),
    ("count_off_by_vs_publication_year", lambda v: v > 0, lambda v: f"off by {v:g} from publication year less a year"),
    ("count_digit_slip", lambda v: v == 1, lambda v: "digits swapped or slipped against a year"),
    ("count_within_one", lambda v: v == 0, lambda v: "fits no gap between the story's years"),
    ("sentence_says_ago", lambda v: v == 1, lambda v: "sentence says \"ago\""),
    ("sentence_says_born", lambda v: v == 1, lambda v: "sentence says \"born\""),
    ("sentence_says_anniversary", lambda v: v == 1, lambda v: "sentence says \"anniversary\""),
    ("hedged", lambda v: v == 1, lambda v: "hedged (about, nearly ...)"),
    ("in_quotes", lambda v: v == 1, lambda v: "inside a quote"),
)


def _loudest(candidate: Candidate, most: int = 3) -> list[str]:
    """Up to three of the candidate's signals, in words."""
    said = []
    one_digit = candidate.facts.get("count", 10) < 10      # any two one-digit figures "differ in one digit"
    for name, when, words in _SAYINGS:
        v = candidate.signals[_AT[name]]
        if v != -1 and when(v) and not (one_digit and "digit" in name):
            said.append(words(v))
            if len(said) == most:
                break
    return said
