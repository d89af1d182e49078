"""Which countries a story is about: names, short forms, demonyms and capitals.

Built from `countries.csv`, so adding an alias is a table edit, not a code change.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .tables import ReferenceData, reference_data


@dataclass(frozen=True, slots=True)
class Mention:
    code: str        # ISO 3166 alpha-2
    start: int
    end: int


class CountryIndex:
    """One pattern over every way news names a country, and what each way means."""

    def __init__(self, data: ReferenceData):
        self.by_code = {row["iso2"]: row for row in data.countries}
        names: dict[str, str] = {}
        for row in data.countries:
            code = row["iso2"]
            for cell in ("name", "aliases", "demonyms", "capital"):
                for name in (row.get(cell) or "").split("|"):
                    name = name.strip()
                    if len(name) >= 2:
                        names.setdefault(name, code)
        self.names = names
        alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
        # Names are matched as written ("US" is not "us"), possessives allowed.
        self.pattern = regex.compile(rf"(?<![\p{{L}}\d])(?:{alternation})(?![\p{{L}}\d])") if names else None

    def mentions(self, prose: str, start: int = 0, end: int | None = None) -> list[Mention]:
        if self.pattern is None:
            return []
        return [Mention(self.names[m.group()], m.start(), m.end())
                for m in self.pattern.finditer(prose, start, len(prose) if end is None else end)]


@functools.lru_cache(maxsize=8)
def country_index(folder: str | None = None) -> CountryIndex:
    return CountryIndex(reference_data(folder))


def countries_in(prose: str, start: int = 0, folder: str | None = None) -> tuple[str, ...]:
    """Countries the story mentions, most mentioned first (ties: first mentioned first)."""
    counts: dict[str, list[int]] = {}
    for m in country_index(folder).mentions(prose, start):
        counts.setdefault(m.code, [0, m.start])[0] += 1
    return tuple(sorted(counts, key=lambda c: (-counts[c][0], counts[c][1])))
