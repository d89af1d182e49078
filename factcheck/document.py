"""A story as factcheck reads it: the raw text, its front matter, and where the prose is.

The raw text is never changed. Everything that is not prose (front matter, code,
URLs, HTML tags and comments, link targets) is blanked out in `prose` with spaces
of the same length, so an offset into `prose` is an offset into the file: spans
need no re-mapping, and line/column come from one index (`line_col`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from .quantities.numbers import DIGIT_TRANSLATION


# libyaml's loader when PyYAML has it: front matter is parsed for every story.
_YAML_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML_BOOL = "tag:yaml.org,2002:bool"


class _FrontMatterLoader(_YAML_BASE_LOADER):
    """YAML 1.1 reads yes/no/on/off as booleans, so `country: NO` (Norway) became False
    and the story silently lost its country. Front matter is read with YAML 1.2's
    booleans: only true/false."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _YAML_BOOL]
    for first, resolvers in _YAML_BASE_LOADER.yaml_implicit_resolvers.items()}
_FrontMatterLoader.add_implicit_resolver(
    _YAML_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_YAML_LOADER = _FrontMatterLoader


# The front matter most stories carry: `title: ...`, `date: 2024-06-14`, `country: KE`, one `key: value` a line.
# YAML's reader builds its event and node trees in Python for every story; lines of these shapes read to the same
# mapping by one match each (anything else, or any doubt, goes to YAML).
_PLAIN_LINE = re.compile(
    r"(?P<key>[A-Za-z_][A-Za-z0-9_]*): +(?:(?P<date>\d{4}-\d\d-\d\d)"
    r'|"(?P<quoted>[^"\\]*)"'                  # double quotes, no escape in them
    r"|'(?P<single>[^']*)'"                     # single quotes, no quote doubled in them
    # unquoted, opening with a letter (no indicator), no ": " or " #" (a mapping, a comment), no space at the end
    r"|(?P<plain>[A-Za-z](?:[^:#\s]|:(?=\S)|(?<=\S)#| (?=[^\s:#]))*))")
# plain words YAML (as we read it: see _FrontMatterLoader) takes for something else than text
_NOT_TEXT = frozenset(("null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"))
# what YAML's reader accepts and reads as no line break (printable characters, less the BOM, NEL and the Unicode
# line and paragraph separators), and the newline (a tab or a carriage return goes to YAML)
_UNPRINTABLE = re.compile("[^\n\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\U00010000-\U0010FFFF]")


def _plain_front_matter(block: str) -> dict | None:
    """The mapping of a front matter whose every line is `key: value` with a date, a quoted text without escapes
    or plain text as the value, as YAML reads it (a date a datetime.date, any other value a str); None when any
    line is otherwise (YAML reads it then)."""
    if not block.endswith("\n") or _UNPRINTABLE.search(block):
        return None
    data: dict[str, Any] = {}
    for line in block[:-1].split("\n"):
        m = _PLAIN_LINE.fullmatch(line)
        if m is None:
            return None
        key = m.group("key")
        if key in data or key in _NOT_TEXT:
            return None
        if m.group("date") is not None:
            try:
                value: Any = dt.date.fromisoformat(m.group("date"))
            except ValueError:
                return None     # an impossible date: YAML's reading raises, and the error names the line
        elif m.group("plain") is not None:
            value = m.group("plain")
            if value in _NOT_TEXT:
                return None
        else:
            value = m.group("quoted") if m.group("quoted") is not None else m.group("single")
        data[key] = value
    return data


_DATE_VALUE = re.compile(r""":\s*['"]?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b""")


class InputError(Exception):
    """A story that cannot be read: named by path, reported, never fatal to other files."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
_NOT_PROSE = regex.compile(
    r"""
      <!--.*?(?:-->|\Z)                          # HTML comments (suppressions read them separately)
    | <(script|style)\b.*?</\1\s*>               # scripts and styles are code
    | </?[A-Za-z][^<>\n]*>                       # HTML tags
    | `[^`\n]+`                                  # inline code
    | \]\([^)\n]*\)                              # Markdown link targets: [text](url)
    | ^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$            # reference link definitions
    | \b(?:https?|ftp)://[^\s<>()\]]+            # URLs
    | \bwww\.[^\s<>()\]]+
    | \b[\w.+-]+@[\w-]+(?:\.[\w-]+)+             # e-mail addresses
    """,
    regex.S | regex.M | regex.X | regex.I,
)
_OTHER_DIGITS = regex.compile(r"(?![0-9])\d")
_NOT_PROSE_MARKS = ("<", "`", "](", "]:", "://", "www.", "@")
# Characters normalised for matching only; each maps one code point to one, so
# offsets are unchanged.
_MATCH_TRANSLATION = dict(DIGIT_TRANSLATION)
_MATCH_TRANSLATION.update({0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x2007: " ", 0x2212: "-",
                           0x2010: "-", 0x2011: "-", 0x2018: "'", 0x2019: "'", 0x201C: '"',
                           0x201D: '"', 0x00AD: " ", 0x03BC: "µ", 0x00BA: "°"})
# The same, as character -> character, and a pattern for the characters (see _prose_of).
_MATCH_REPLACEMENTS = {chr(k): v if isinstance(v, str) else chr(v) for k, v in _MATCH_TRANSLATION.items()}
assert not set(_MATCH_REPLACEMENTS.values()) & set(_MATCH_REPLACEMENTS)   # no replacement is replaced again
_TRANSLATED_CHARS = re.compile("[" + "".join(re.escape(c) for c in sorted(_MATCH_REPLACEMENTS)) + "]")
# (the stop is matched first and the abbreviation before it looked behind for: the same matches as a
# lookbehind placed before the stop, found faster)
_SENTENCE_END = regex.compile(
    r"""[.!?](?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|No|Nos|Rs|Re|Tk|Dh|Dhs|Sen|Gen|Col|Lt|Capt|Gov|Rep|Mt|vs|etc|approx|Inc|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|[A-Z])[.!?])
        ["')\]]*(?=\s+["'(\[]?[\p{Lu}\d\p{Sc}])
      | \n[ \t]*\n""",
    regex.X,
)


@dataclass
class Document:
    """One story: `text` as read, `prose` for matching, front matter, line index."""

    text: str
    path: str = "<text>"
    front_matter: dict[str, Any] = field(default_factory=dict)
    publication_date: dt.date | None = None
    country: str | None = None
    locale: str | None = None
    title: str | None = None
    body_start: int = 0
    prose: str = ""
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)   # see line_col
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)
    _sentence_starts: list[int] | None = field(default=None, repr=False)

    # -- building -------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, path: str = "<text>", *, date: dt.date | str | None = None,
                  country: str | None = None, kind: str | None = None) -> "Document":
        """Read a story from its text. `date`/`country` apply where front matter gives none."""
        doc = cls(text=text, path=path)
        doc._read_front_matter()
        if doc.publication_date is None and date is not None:
            doc.publication_date = _as_date(date, path, "--date")
        if doc.country is None and country:
            doc.country = _as_country(country, path, "--country")
        kind = kind or _kind_of(path, text)
        doc.prose = _prose_of(text, doc.body_start, kind)
        return doc

    @classmethod
    def read(cls, path: str | Path, *, date=None, country=None) -> "Document":
        """Read a file as UTF-8; an unreadable, binary or undecodable file raises InputError."""
        name = str(path)
        try:
            data = Path(path).read_bytes()
        except IsADirectoryError:
            raise InputError(name, "is a directory") from None
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except OSError as e:
            raise InputError(name, f"cannot read: {e.strerror or e}") from None
        return cls.from_bytes(data, name, date=date, country=country)

    @classmethod
    def from_bytes(cls, data: bytes, path: str, *, date=None, country=None) -> "Document":
        if b"\x00" in data[:8192]:
            raise InputError(path, "looks like a binary file (NUL bytes), not a story")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise InputError(path, f"not valid UTF-8 at byte {e.start} (line {line})") from None
        if text.startswith("\ufeff"):
            text = text[1:]   # a BOM is not part of the story; offsets count from after it
        if not text.strip():
            raise InputError(path, "is empty")
        return cls.from_text(text, path, date=date, country=country)

    def _read_front_matter(self) -> None:
        m = _FRONT_MATTER.match(self.text)
        if not m:
            return
        try:
            data = _plain_front_matter(m.group(1))
            if data is None:
                data = yaml.load(m.group(1), Loader=_YAML_LOADER) or {}
        except UnicodeEncodeError as e:
            # a lone surrogate (from a broken decode upstream) cannot be handed to the YAML reader
            line = self.text[:m.start(1) + e.start].count("\n") + 1
            raise InputError(self.path, f"line {line}: front matter holds a character that is not valid text "
                                        f"({e.object[e.start]!r})") from None
        except (ValueError, OverflowError) as e:
            # YAML reads "date: 2018-19-15" as a timestamp and the calendar refuses it
            raise InputError(self.path, f"{self._line_of_bad_value(m)}: front matter holds an impossible date "
                                        f"or number ({e})") from None
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f"line {mark.line + 2}" if mark else "front matter"
            raise InputError(self.path, f"{where}: front matter is not valid YAML: {getattr(e, 'problem', e)}") from None
        if not isinstance(data, dict):
            raise InputError(self.path, "front matter must be a mapping of keys to values")
        self.front_matter = data
        self.body_start = m.end()
        if data.get("date") is not None:
            self.publication_date = _as_date(data["date"], self.path, "front matter 'date'")
        if data.get("country"):
            self.country = _as_country(str(data["country"]), self.path, "front matter 'country'")
        self.locale = str(data["locale"]) if data.get("locale") else None
        self.title = str(data["title"]) if data.get("title") else None

    def _line_of_bad_value(self, m: re.Match) -> str:
        """ "line N" of the first front-matter line whose date-like value the calendar refuses."""
        first = self.text[:m.start(1)].count("\n") + 1
        for n, line in enumerate(m.group(1).splitlines()):
            d = _DATE_VALUE.search(line)
            if d:
                try:
                    dt.date(int(d["y"]), int(d["m"]), int(d["d"]))
                except ValueError:
                    return f"line {first + n}"
        return "front matter"

    # -- positions ------------------------------------------------------------
    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset."""
        starts = self._line_starts
        if not starts:      # worked out on the first finding (most stories have few or none)
            starts = self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans over the prose (cached: every rule asks for them)."""
        if self._sentences is None:
            self._sentences = _split_sentences(self.prose, self.body_start)
        return self._sentences

    def sentence_starts(self) -> list[int]:
        """Where each sentence of `sentences()` starts (cached), for bisecting."""
        if self._sentence_starts is None:
            self._sentence_starts = [s for s, _ in self.sentences()]
        return self._sentence_starts

    def sentence_at(self, offset: int) -> tuple[int, int]:
        spans = self.sentences()
        i = bisect.bisect_right(self.sentence_starts(), offset) - 1
        if i < 0:
            return (0, len(self.text))
        return spans[i]

    def sentence_before(self, start: int) -> tuple[int, int] | None:
        """The sentence before the one that begins at `start`; None for the story's first (before it
        there is only front matter, which `sentence_at` would answer with the whole text)."""
        i = bisect.bisect_left(self.sentence_starts(), start) - 1
        return self.sentences()[i] if i >= 0 else None

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n\n", 0, offset)
        end = self.text.find("\n\n", offset)
        return (start + 2 if start >= 0 else 0, end if end >= 0 else len(self.text))


def _kind_of(path: str, text: str) -> str:
    lower = path.lower()
    if lower.endswith((".html", ".htm")) or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return "html"
    if lower.endswith((".txt", ".text")):
        return "text"
    return "markdown"


def _prose_of(text: str, body_start: int, kind: str) -> str:
    """The text with everything that is not prose blanked out, normalised for matching."""
    translated = text
    if not text.isascii():
        # the few characters to normalise that the story holds, each replaced at once
        # (str.translate with a dict costs several times more on a story's length)
        for ch in set(_TRANSLATED_CHARS.findall(text)):
            translated = translated.replace(ch, _MATCH_REPLACEMENTS[ch])
        if not translated.isascii():
            # Digits of scripts we do not read (regex knows newer ones than float() does)
            # become spaces, so the grammar only ever sees ASCII digits.
            translated = _OTHER_DIGITS.sub(" ", translated)
    spans = [(0, body_start)] if body_start else []
    if kind == "markdown" and ("```" in text or "~~~" in text):   # a fence opens with three of either
        spans += [m.span() for m in _FENCE.finditer(text, body_start)]
    if "<" in text or "`" in text or "@" in text or "://" in text or "www." in text \
            or ("]" in text and ("](" in text or "]:" in text)):   # _NOT_PROSE_MARKS: most stories have none
        spans += [m.span() for m in _NOT_PROSE.finditer(text, body_start)]
    if kind == "html":
        spans += [m.span() for m in re.finditer(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", text, re.I)]
    if not spans:
        return translated
    # each span blanked but for its line breaks, the text rebuilt from slices in one pass (a list of every
    # character and a join cost several times more); spans may overlap, and blanking twice changes nothing
    pieces, pos = [], 0
    for s, e in sorted(spans):
        if e <= pos:
            continue
        s = max(s, pos)
        pieces += (translated[pos:s], _NOT_LINE_BREAK.sub(" ", translated[s:e]))
        pos = e
    pieces.append(translated[pos:])
    return "".join(pieces)


_NOT_LINE_BREAK = re.compile(r"[^\n]")


def _split_sentences(prose: str, start: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(prose, start):
        end = m.end()
        if prose[pos:end].strip():
            spans.append(_trim_span(prose, pos, end))
        pos = end
    if prose[pos:].strip():
        spans.append(_trim_span(prose, pos, len(prose)))
    return spans


# A wire dateline opens a story's first sentence: "LAGOS — ", "ISLAMABAD: ",
# "NEW DELHI (Reuters) - ". It is not part of the sentence the rules read.
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu}\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|:|-{1,2})\s+")


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    # a dateline opens with a capital and a capital, space, stop, apostrophe or hyphen (ASCII that is not one
    # of these rules it out; any other character is left to the pattern)
    head = text[start:start + 2]
    dateline = None if len(head) < 2 or head.isascii() and not (
        "A" <= head[0] <= "Z" and ("A" <= head[1] <= "Z" or head[1] in " .'-")) else _DATELINE.match(text, start, end)
    if dateline is not None and dateline.end() < end:
        start = dateline.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _as_date(value: Any, path: str, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(path, f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _as_country(value: str, path: str, where: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise InputError(path, f"{where}: {value!r} is not an ISO 3166 alpha-2 country code")
    return code
