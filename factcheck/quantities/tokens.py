"""Where each word of a story is, so side patterns run only near their key words.

A whole-text scan with a pattern like "a few minutes" costs more than looking up
where "minutes" occurs and trying the pattern there. `WordIndex` is built once
per story; `around` tries a pattern in a small window around each occurrence.
"""
from __future__ import annotations

from typing import Iterable

import re

import regex

_LETTERS = re.compile(r"[^\W\d_]+")


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _letter_runs(lowered: str, start: int) -> list[str]:
    """_LETTERS.findall(lowered, start) for lowercased text: where no character outside ASCII is a
    _LETTERS one (alphanumeric, not a decimal digit), its runs are the [a-z] runs, found several times faster."""
    if lowered.isascii() or not any(c.isalnum() and not c.isdecimal() for c in set(_NOT_ASCII.findall(lowered))):
        # the [a-z] runs, by one byte translation (every byte but a-z, a UTF-8 one outside ASCII included, to a
        # space) and a split: faster than the findall
        # ("surrogatepass": a lone surrogate, which no UTF-8 file holds but a str may, is bytes above ASCII too)
        return lowered[start:].encode("utf-8", "surrogatepass").translate(_NOT_LOWER_LETTER).decode("ascii").split()
    return _LETTERS.findall(lowered, start)


_NOT_LOWER_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


_STANDALONE: dict[str, re.Pattern] = {}


def _standalone(word: str) -> re.Pattern:
    """`word` as a whole _LETTERS run (the literal first, so the engine scans for it)."""
    p = _STANDALONE.get(word)
    if p is None:
        w = re.escape(word)
        p = _STANDALONE[word] = re.compile(rf"{w}(?<![^\W\d_]{w})(?![^\W\d_])")
    return p


def lowered(prose: str) -> str:
    """prose.lower() with every character kept one character long, so a span of the result is a span of the prose:
    "İ" (Turkish capital dotted I) lowers to two characters, which would shift every word after "İZMİR"."""
    low = prose.lower()
    if len(low) == len(prose):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in prose)


class WordIndex:
    """Lowercased word -> spans where it occurs, for prose[start:].

    With `wanted`, only those words are kept (the reader asks for a fixed few hundred
    key words, and storing every word of a story costs a quarter of the scan); `find`
    then answers only for wanted words.
    """

    def __init__(self, prose: str, start: int = 0, wanted: frozenset[str] | None = None):
        spans: dict[str, list[tuple[int, int]]] = {}
        if wanted is None:
            add = spans.setdefault
            for m in _LETTERS.finditer(lowered(prose), start):   # the stdlib engine is faster for this scan
                add(m.group(), []).append(m.span())
        else:
            # the words in C (findall), then each wanted one found again from where the last ended: no
            # standalone copy of it lies between (it would be a word of the list), so the search finds its own
            low = lowered(prose)
            at = start
            for word in [w for w in _letter_runs(low, start) if w in wanted]:
                m = _standalone(word).search(low, at)
                at = m.end()
                spans.setdefault(word, []).append(m.span())
        self.spans = spans
        self.words = frozenset(spans)
        self.wanted = wanted

    def find(self, words: Iterable[str]) -> list[tuple[int, int]]:
        """Spans of any of `words`, in text order."""
        if self.wanted is not None and not self.wanted.issuperset(words):
            raise ValueError(f"not indexed: {sorted(set(words) - self.wanted)}")
        found = [span for w in self.words.intersection(words) for span in self.spans[w]]
        found.sort()
        return found


def around(pattern: regex.Pattern, prose: str, anchors: list[tuple[int, int]], before: int, after: int,
           start: int = 0) -> list[regex.Match]:
    """Matches of `pattern` that cover an anchor span, searched only near the anchors.

    Each window reaches `before` characters back and `after` (plus a little slack
    for lookaheads) forward; a match found there is matched again on the whole text,
    so a window's edge never cuts a match short or lets a lookahead pass wrongly.
    """
    found: dict[int, regex.Match] = {}
    covered_to = -1
    for s, e in anchors:
        if e <= covered_to:
            continue
        hi = min(len(prose), e + after + _SLACK)
        pos = max(start, s - before)
        while pos <= s:
            m = pattern.search(prose, pos, hi)
            if m is None or m.start() > s:
                break
            full = pattern.match(prose, m.start())
            if full is not None and full.end() >= e:
                found.setdefault(full.start(), full)
                covered_to = max(covered_to, full.end())
                break
            pos = m.start() + 1
    return [found[k] for k in sorted(found)]


_SLACK = 12   # characters past the window for a pattern's lookahead to see
