"""Which countries a story is about: names, short forms, demonyms and capitals.

Built from `countries.csv`, so adding an alias is a table edit, not a code change.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from .model import _fast_init
from .tables import ReferenceData, reference_data

if TYPE_CHECKING:
    from .ruletypes.base import Story


@dataclass(frozen=True, slots=True)
class Mention:
    code: str        # ISO 3166 alpha-2
    start: int
    end: int


_fast_init(Mention)


class CountryIndex:
    """Every way news names a country, and what each way means."""

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
        # Names grouped by their first word: a story is scanned for capitalised
        # words once, and only the names that start with one of them are tried.
        # Places whose names hold a country's but are not it are tried too, to be
        # passed over whole.
        self._by_first: dict[str, list[str]] = {}
        for name in sorted({*names, *NOT_A_COUNTRY}, key=len, reverse=True):
            self._by_first.setdefault(_first_word(name), []).append(name)

    def mentions(self, prose: str, start: int = 0, end: int | None = None) -> list[Mention]:
        end = len(prose) if end is None else end
        found: list[Mention] = []
        covered = start     # the words of a name already read ("Sudan" in "South Sudan") are not a second name
        for m in _CAPITALISED.finditer(prose, start, end):
            if m.start() < covered:
                continue
            word = m.group()
            names = self._by_first.get(word) or (self._by_first.get(word[:-1], ()) if word.endswith(".") else ())
            for name in names:
                stop = m.start() + len(name)
                if stop <= end and prose.startswith(name, m.start()) and not _continues(prose, stop):
                    covered = stop
                    if name not in NOT_A_COUNTRY:
                        found.append(Mention(self.names[name], m.start(), stop))
                    break
        return found


# Places and groups whose names hold a country's name but are not that country: "Latin America" is not the
# United States, "Northern Ireland" not Ireland, "New Mexico" not Mexico.
NOT_A_COUNTRY = frozenset(
    f"{region} {name}" for region in ("Latin", "South", "North", "Central") for name in ("America", "American", "Americans")
) | {"Pan-American", "Northern Ireland", "New Mexico", "New Mexican", "New Mexicans"}

# A word that may begin a country's name: "Pakistan", "U.S.", "UAE", "Côte".
_CAPITALISED = regex.compile(r"(?<![\p{L}\d.])\p{Lu}[\p{L}]*\.?")


def _first_word(name: str) -> str:
    m = _CAPITALISED.match(name)
    return m.group() if m else name.split()[0]


def _continues(prose: str, at: int) -> bool:
    """Does a word go on past `at` ("Indiana" is not "India")?"""
    return at < len(prose) and (prose[at].isalnum())


@functools.lru_cache(maxsize=8)
def country_index(folder: str | None = None) -> CountryIndex:
    return CountryIndex(reference_data(folder))


class ProseMentions:
    """The country mentions of one text, found in one scan; any window's share without scanning again."""

    def __init__(self, index: CountryIndex, prose: str):
        self.index = index
        self.prose = prose
        self.found = index.mentions(prose)
        self._starts = [m.start for m in self.found]

    def within(self, start: int, end: int) -> list[Mention]:
        """The same as `index.mentions(prose, start, end)`.

        Each capitalised word gives at most one mention, whatever the window, and
        only `end` can change which: a long name cut by it ("Saudi Arabia") may
        leave a shorter one that fits ("Saudi"), so that word is read again.
        """
        within: list[Mention] = []
        for m in self.found[bisect.bisect_left(self._starts, start):]:
            if m.start >= end:
                break
            if m.end <= end:
                within.append(m)
            else:
                within.extend(x for x in self.index.mentions(self.prose, m.start, end) if x.start == m.start)
        return within

    def named_within(self, start: int, end: int) -> list[Mention]:
        """`within`, less the currency marks: "US$5.7bn", "NZ$9bn" name a money, not a country."""
        return [m for m in self.within(start, end) if not self.prose.startswith("$", m.end)]


def story_mentions(story: Story) -> ProseMentions:
    """The country mentions of the story's prose, found once per story and kept in `story.cache`.

    Callers take a sentence's share with `.within(start, end)` instead of scanning
    the sentence again for every figure in it.
    """
    return story.memo("entities.mentions",
                      lambda s: ProseMentions(country_index(str(s.data.folder)), s.doc.prose))


def countries_in(prose: str, start: int = 0, folder: str | None = None) -> tuple[str, ...]:
    """Countries the story mentions, most mentioned first (ties: first mentioned first)."""
    return ranked_countries(country_index(folder).mentions(prose, start))


def ranked_countries(found: list[Mention]) -> tuple[str, ...]:
    """The countries of `found`, most mentioned first (ties: first mentioned first)."""
    counts: dict[str, list[int]] = {}
    for m in found:
        counts.setdefault(m.code, [0, m.start])[0] += 1
    return tuple(sorted(counts, key=lambda c: (-counts[c][0], counts[c][1])))
