"""Reading every figure in a story: the quantity grammar.

Two passes over the prose (see Document: non-prose is blanked, offsets are the
file's own):

1. `numeral_at` finds numerals — digits in Western or South Asian grouping, number
   words, scale words and glued suffixes ("3.5bn", "1.5 lakh crore", "forty-five
   thousand", "half a million").
2. Each numeral is read in its context (`context.py`): a currency mark before or
   after it, a percent sign, a time unit, a physical unit, a hedge ("at least",
   "about") before it; then neighbouring figures joined by "-", "to" or
   "between … and" become ranges (`ranges.py`) that share the second one's unit
   and scale ("$3-4bn").

Dates, weekdays and relative time come from `dates.py` first, and their digits
are not read again as numbers; clock times, phone numbers and version strings
(`SKIP`) are not figures at all.
"""
from __future__ import annotations

import datetime as dt

import regex

from ..model import Quantity
from . import dates, money, numbers, units
from .context import NEXT_WORD, TIME_UNITS, Context
from .ranges import join_ranges
from .tokens import WordIndex, around
from .numbers import (DIGITS_RE, NUMBER_WORD_RE, ORDINAL_WORDS, SCALE_WORD_RE, G_DIGITS, G_DSCALE,
                      G_GLUED, G_GLYPH, G_MDEN, G_MINT, G_MNUM, G_SCI, G_SDEN, G_SNUM, G_SPACED, G_SPACEDK, G_VAGUE,
                      G_VULGAR, G_WORDS)

_DENOMINATOR = numbers._alternation(numbers.DENOMINATORS)
# Currency marks that end in a letter or stop may touch the digits: "Rs10bn", "Tk.500".
_LETTER_MARKS = "|".join(regex.escape(k) for k in sorted(money.PREFIX_MARKS, key=len, reverse=True)
                         if k[-1].isalpha() or k[-1] == ".")
_WORD = rf"(?:{NUMBER_WORD_RE}|dozens?|dzs|dozs)"
_JOIN = r"(?:\s*-\s*|\s+|\s*&\s*|\s+(?:and|point|over|out\s+of|of\s+an?)\s+|\s+and\s+an?\s+)"
_GLUED = r"bn|mn|mln|bln|tln|tn|trn|tr|cr|k|K|m|M|MM|mil|bil|b|B|T|G"

# The numeral grammar, in pieces: a numeral that starts with a digit and one that
# starts with a word are matched by two patterns (a digit never needs the word
# alternatives, and a smaller pattern is several times faster to try).
# (the cheap test first: both alternatives are zero-width and capture nothing, so their order
# changes no match, only how soon the usual case passes)
_BEFORE_NUMERAL = rf"(?:(?<![\p{{L}}\d_.@#]|\d\.)|(?<=(?<![\p{{L}}])(?:{_LETTER_MARKS})\s?))"
_WORDS_TAIL = rf"(?:{_JOIN}(?:{_WORD}|{_DENOMINATOR}|half|\d+(?![\d,.])))*"
_WORDS_FROM_WORD = rf"""
    (?P<words>                                                      # read by numbers.parse_phrase
        (?:(?:a|an|half|quarter|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?=(?:{SCALE_WORD_RE}|{_DENOMINATOR}|dozen)(?!\p{{L}}))
          |half\s+an?\s+(?=(?:{SCALE_WORD_RE}|dozen)(?!\p{{L}})))?
        (?:{NUMBER_WORD_RE}|dozen|{_DENOMINATOR}|point(?=\s+\d))
        {_WORDS_TAIL}
    )(?!\p{{L}})"""
_WORDS_FROM_DIGIT = rf"""
    (?P<words>                                                      # "3 hundred and 21", "1 over 3"
                                                                    # (never "530 million and one of the ...")
        (?:\d+(?:\.\d+)?(?=\s+(?:over|out\s+of)\s)
          |\d+(?=\s+(?:dozens?|dzs|dozs|point\s+\d)\b)
          |\d+(?=\s+(?:{SCALE_WORD_RE})(?:\s+(?:{SCALE_WORD_RE}))?\s+(?:and\s+(?!one\s+of\b))?(?:{NUMBER_WORD_RE}|\d|an?\s+half|half)))
        {_WORDS_TAIL}
    )(?!\p{{L}})"""
# digits with a scale suffix: the last of the digit forms, and the only one most numerals can be (_plain_digits)
_PLAIN_DIGITS = rf"""
      (?P<digits>{DIGITS_RE})
      (?:
          (?P<glyph>[½¼¾⅓⅔])
        | (?-i:(?P<glued>{_GLUED}))(?![\p{{L}}\d])
        | \s(?P<spacedk>k|bln|tln|mln|bn|mn|tn|trn|tr|cr)(?![\p{{L}}\d])
        | (?:[\s-]|\s+of\s+)?(?P<dscale>(?:{SCALE_WORD_RE})(?:[\s-]+(?:{SCALE_WORD_RE}))*)(?!\p{{L}})
      )?"""
_DIGIT_FORMS = rf"""
      (?P<sci>\d+(?:\.\d+)?(?:[eE][+-]?\d+|\^[+-]{{0,2}}\d+|\s?[x×]\s?10\^?[-−]?\d+))(?![\p{{L}}\d])   # 1.3e6, 1.1^23, 2.48×10-5
    | (?P<mixed>(?P<mint>\d+)\s+(?P<mnum>\d)/(?P<mden>\d{{1,2}}))(?![\d/])     # 1 1/2
    | (?P<slash>(?P<snum>\d{{1,3}})/(?P<sden>\d{{1,3}}))(?![\d/])                 # 3/4
    | (?P<spaced>\d{{1,3}}(?:\ \d{{3}})+(?:\.\d+)?)(?![\d,])                      # 1 234 567
    | {_PLAIN_DIGITS}"""
_WORD_FORMS = r"""
      (?P<vague>(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|billions|lakhs|crores))(?=\s+of\b)
    | (?P<vulgar>[½¼¾⅓⅔⅕⅛])
    | (?P<couple>(?:a\s+)?couple)(?!\p{L})
    | (?<=\b(?:than|nearly|almost|about|over|under|by|roughly|just)\s)(?P<half>half)(?!\s+(?:an?\s|hour|day|year|month|week|time|century|decade)|-)"""
# Every numeral group (numbers.NUMERAL_GROUPS), declared in that order in a first alternative that fails at once,
# so each group has the same number in every numeral pattern (one a pattern lacks is there, never matching).
_NUMBERING = "(?!)" + "".join(f"(?P<{g}>)" for g in numbers.NUMERAL_GROUPS) + "|"
NUMERAL_FROM_DIGIT = regex.compile(
    rf"{_BEFORE_NUMERAL}(?:{_NUMBERING}{_WORDS_FROM_DIGIT}|{_DIGIT_FORMS})", regex.X | regex.I | regex.V0)
NUMERAL_FROM_WORD = regex.compile(
    rf"{_BEFORE_NUMERAL}(?:{_NUMBERING}{_WORD_FORMS}|{_WORDS_FROM_WORD})", regex.X | regex.I | regex.V0)
# NUMERAL_FROM_DIGIT with only its last alternative (plain digits and their suffixes), for a numeral
# _plain_digits shows no earlier alternative can match (trying them all cost more than the rest).
NUMERAL_PLAIN_DIGITS = regex.compile(
    rf"{_BEFORE_NUMERAL}(?:{_NUMBERING}{_PLAIN_DIGITS})", regex.X | regex.I | regex.V0)
assert NUMERAL_FROM_DIGIT.groupindex == NUMERAL_FROM_WORD.groupindex == NUMERAL_PLAIN_DIGITS.groupindex \
    == {g: i for i, g in enumerate(numbers.NUMERAL_GROUPS, 1)}
# Words after a digit run that _WORDS_FROM_DIGIT can go on with ("3 hundred", "1 over 3", "2 dozen", "3 point 5")
_DIGIT_WORD_LEADS = frozenset(["over", "out", "dozen", "dozens", "dzs", "dozs", "point"] + list(numbers.SCALES))
_ASCII_DIGITS = frozenset("0123456789")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _plain_digits(prose: str, at: int) -> bool:
    """True when, at `at`, none of NUMERAL_FROM_DIGIT's alternatives before plain digits (_WORDS_FROM_DIGIT,
    sci, mixed, slash, spaced) can match: each needs its digit run followed by whitespace, ".", "e", "^",
    "x", "×" or "/" and, after whitespace, a digit, an "x" or one of _DIGIT_WORD_LEADS. Any character we are
    unsure of (not ASCII) answers False, and the full pattern is tried."""
    n = len(prose)
    i = at
    if prose[i] == ".":
        return True                      # every earlier alternative begins with a digit
    while i < n and prose[i] in _ASCII_DIGITS:
        i += 1
    if i == at:
        return False
    c = prose[i:i + 1]
    decimal = False
    if c == ".":
        j = i + 1
        while j < n and prose[j] in _ASCII_DIGITS:
            j += 1
        if j == i + 1:
            return prose[j:j + 1].isascii()      # "in 2024." (no decimal digits): nothing goes on
        decimal = True                           # "3.5": only sci and "3.5 out of" can go on
        i = j
        c = prose[i:i + 1]
    if c == "":
        return True
    if not c.isascii():
        return _no_sign(c)
    if c in "eE^xX/":
        return False
    if not c.isspace():
        return True
    i = _past_spaces(prose, i)
    if i < 0:
        return False
    if i >= n:
        return True
    c = prose[i]
    if not c.isascii():
        return _no_sign(c)
    if c in _ASCII_DIGITS or c in "xX":
        return False
    j = _word_end(prose, i)
    if j < 0:
        return False
    word = prose[i:j].lower()
    if decimal:
        return word not in ("over", "out")
    if word in numbers.SCALES:
        # "5 million people": _WORDS_FROM_DIGIT's scale form goes on only to a number word, "a" or a digit
        # (perhaps after "and" or a second scale word)
        return _no_number_after(prose, j)
    return word not in _DIGIT_WORD_LEADS


def _past_spaces(prose: str, i: int) -> int:
    """The index after the ASCII whitespace at i, or -1 where whitespace outside ASCII (which the patterns may
    read differently) stands among it."""
    n = len(prose)
    while i < n and prose[i].isspace():
        if not prose[i].isascii():
            return -1
        i += 1
    return i


def _word_end(prose: str, i: int) -> int:
    """The end of the ASCII letters at i, or -1 where a character outside ASCII (perhaps a letter) follows them."""
    n = len(prose)
    while i < n and prose[i] in _ASCII_LETTERS:
        i += 1
    return -1 if i < n and not prose[i].isascii() else i


def _no_sign(c: str) -> bool:
    """A character outside ASCII after a digit run (or the space after it) that begins none of the earlier
    alternatives: "°" does; "×" (sci), a space, and any letter or digit (which might fold to or be one the
    patterns spell), might."""
    return c != "×" and not c.isalnum() and not c.isspace()


_NUMBER_LEADS = tuple(list(numbers.UNITS) + list(numbers.TENS) + list(numbers.SCALES) + ["a", "half"])


def _no_number_after(prose: str, j: int) -> bool:
    """After a scale word ending at j: no number word, "a", "an", "and", "half" or digit begins the next word
    (any word that starts with one of them counts, and any character outside ASCII)."""
    n = len(prose)
    if j >= n or not prose[j].isspace():
        return True
    j = _past_spaces(prose, j)
    if j < 0:
        return False
    if j >= n:
        return True
    c = prose[j]
    if not c.isascii():
        return False
    if c in _ASCII_DIGITS:
        return False
    k = _word_end(prose, j)
    if k < 0:
        return False
    return not prose[j:k].lower().startswith(_NUMBER_LEADS)


def numeral_at(prose: str, at: int, end: int | None = None) -> regex.Match | None:
    """The numeral starting at `at`, if one does."""
    if prose[at:at + 1].isdigit() or prose[at:at + 1] == ".":
        if end is None:
            return (NUMERAL_PLAIN_DIGITS if _plain_digits(prose, at) else NUMERAL_FROM_DIGIT).match(prose, at)
        pattern = NUMERAL_FROM_DIGIT
    else:
        pattern = NUMERAL_FROM_WORD
    return pattern.match(prose, at) if end is None else pattern.match(prose, at, end)
ORDINAL = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?P<odig>\d+)(?P<osuf>st|nd|rd|th)|(?P<oword>(?:(?:{'|'.join(numbers.TENS)})[\s-])?(?:{numbers._alternation(ORDINAL_WORDS)})))(?![\p{{L}}\d])",
    regex.I,
)
# "all day", "another week", "a few minutes", "half an hour": durations with no numeral.
VAGUE_DURATION = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<one>all|full|whole|another)[\s-]|(?P<half>half)[\s-](?:an?\s+)?|(?P<few>(?:a\s+)?few|some|several)\s+|(?P<couple>(?:a\s+)?couple\s+of)\s+)"
    r"(?P<tu>(?(few)(?:seconds|minutes|hours|days|weeks|months|years|decades)|(?(couple)(?:seconds|minutes|hours|days|weeks|months|years|decades)|(?:second|minute|hour|day|week|month|year|decade))))(?![\p{L}\d])", regex.I)
ARTICLE_DURATION = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<half>half\s+)an?|an?)\s+(?P<tu>fortnight|decade|century|year|month|week|day|hour|minute)"
    r"(?P<andhalf>\s+and\s+(?:a\s+)?(?:half|quarter))?(?![\p{L}\d])", regex.I)
_NOT_DURATION_BEFORE = regex.compile(
    r"(?:\d|%|\d(?:bn|m|k|tn|pc)|\b(?:once|twice|thrice|times|per|every|than|bn|m|k|million|billion|trillion|tn|thousand|lakh|crore|dollars|rupees|each|"
    r"cent|percent|pc|point|[a-z]+s))\s*\Z", regex.I)   # "1.24 per cent a year": the rate's period, no count of years
# "a gallon of beer", "a mile away", "a penny": one of a unit, with no numeral.
ARTICLE_UNIT = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<half>half\s+)?a|an)\s+(?P<unit>gallon|litre|liter|kilogram|kilo|tonne|metre|meter|kilometre|kilometer|"
    r"mile|yard|acre|hectare|barrel|ounce|gram|kilowatt|megawatt|penny|cent|dollar|euro|rupee|buck|pound(?=\s+of\b))"
    r"(?![\p{L}\d])", regex.I)
ABSOLUTE_ZERO = regex.compile(r"(?<![\p{L}])absolute\s+zero\b", regex.I)
# Numbers that are not figures: clock times, phone numbers, version strings.
SKIP = regex.compile(
    r"""(?<![\p{L}\d])(?:
        \d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?|hrs|GMT|UTC|PKT|IST|BST|EST)(?![\p{L}])       # 3.30pm
      | \d{1,2}:\d\d(?::\d\d)?                                             # 10:30
      | (?<!\d[.,])\d{1,2}\s?[ap]\.?m\.?(?![\p{L}])                         # 5pm
      | \+?\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4}(?:[\s-]\d{2,4})?(?![\d])  # phone numbers
      | \d{4}-\d{7}                                                        # 0300-1234567
      | v?\d+\.\d+\.\d+(?:\.\d+)*                                          # versions, IP addresses
    )""",
    regex.X | regex.I)


_NEVER_AFTER_SKIP_RUN = frozenset(',%;!?"\'')


def _skips(prose: str, start: int, marks: list[tuple[int, int]]) -> list[regex.Match]:
    """SKIP.finditer(prose, start), tried only where a match can begin: every SKIP
    begins at a digit run's first digit or one or two characters before it ("+(", "v").
    `marks` are _DIGITS_OR_GLYPH's match spans from start: each digit run is one of them (after its dot)."""
    found = []
    pos = start
    for ds, de in marks:
        if prose[ds] == ".":
            ds += 1
        elif de - ds == 1 and not prose[ds].isdigit():
            continue             # a vulgar fraction
        c = prose[de:de + 1]
        # what follows the run rules most runs out: a clock time goes on with ":", "." or "am"/"pm",
        # a phone number with ")", "-" or a space and digits, a version with "."
        if not c or c in _NEVER_AFTER_SKIP_RUN or (c.isalpha() and (c not in "aApP" or de - ds > 2)):
            continue
        if c == " ":
            n = prose[de + 1:de + 2]
            if not ((de - ds <= 2 and n in ("a", "A", "p", "P")) or (2 <= de - ds <= 4 and n.isdigit())):
                continue
        for at in (ds - 2, ds - 1, ds):
            if at < pos or (at < ds and prose[at] not in "+(vV"):
                continue
            m = SKIP.match(prose, at)
            if m is not None:
                found.append(m)
                pos = m.end()
                break
    return found


def extract_quantities(prose: str, text: str, start: int = 0, *, published: dt.date | None = None,
                       country: str | None = None, mentioned: tuple[str, ...] = ()) -> list[Quantity]:
    """All quantities in prose[start:], sorted by position, spans into `text`."""
    index = WordIndex(prose, start, _INDEXED)
    found = dates.find_dates(prose, text, start, published, index)
    taken = _Taken([(q.start, q.end) for q in found if q.kind == "date" and q.resolution == "day"])
    marks = _digit_marks(prose, start)   # every digit run, read by _skips and _numerals
    for m in _skips(prose, start, marks):
        if m.group().count(".") >= 2 and not m.group().startswith(("v", "V")):
            # 192.168.1.2 or 1.2.3: read each part as a number, as the reader would.
            for part in regex.finditer(r"\d+", m.group()):
                s, e = m.start() + part.start(), m.start() + part.end()
                # the span's text is the story's own ("٠" stays "٠"), the value the normalised prose's
                found.append(Quantity(text[s:e], s, e, "number", float(part.group())))
        taken.add(m.start(), m.end())
    context = Context(prose, text, country, mentioned)
    # Side patterns run only around the words they need (tokens.around): most
    # stories have no "absolute zero", and a scan costs more than a lookup.
    ordinals = around(ORDINAL, prose, index.find(_ORDINAL_TRIGGERS), 8, 0, start)
    ordinals += _digit_ordinals(prose, marks)
    for m in sorted(ordinals, key=lambda m: m.start()):
        if not taken.hits(m.start(), m.end()) and _is_ordinal(prose, m):
            found.append(_ordinal(m, text))
            taken.add(m.start(), m.end())
    unit_words = index.find(_ARTICLE_UNIT_TRIGGERS)
    if unit_words:
        unit_words = [a for a in unit_words if _article_may_precede(prose, a[0])]
    for m in around(ARTICLE_UNIT, prose, unit_words, 8, 0, start):
        if not taken.hits(m.start(), m.end()):
            found.append(_article_unit(m, text, country, mentioned))
            taken.add(m.start(), m.end())
    for m in around(ABSOLUTE_ZERO, prose, index.find(("absolute",)), 0, 6, start):
        found.append(Quantity(text[m.start():m.end()], m.start(), m.end(), "physical", 0.0, "kelvin"))
        taken.add(m.start(), m.end())
    time_words = [a for a in index.find(_TIME_TRIGGERS) if _duration_may_end_at(prose, a[0])]
    for pattern in (ARTICLE_DURATION, VAGUE_DURATION):
        for m in around(pattern, prose, time_words, 16, 16, start):
            if taken.hits(m.start(), m.end()):
                continue
            if pattern is ARTICLE_DURATION and _NOT_DURATION_BEFORE.search(prose, max(0, m.start() - 12), m.start()):
                continue
            found.append(_article_duration(m, text))
            taken.add(m.start(), m.end())
    read = []
    for m, parsed in _numerals(prose, start, index, marks):
        if not taken.hits(m.start(), m.end()):
            q = context.read(m, parsed)
            if q is not None:
                read.append(q)
    found.extend(join_ranges(read, prose, text))
    found.sort(key=lambda q: (q.start, -q.end))
    return _race_clock_times(_join_clock_durations(_drop_overlaps(found), prose, text), prose, text, start)


_CLOCK_SECONDS = {"hour": 3600.0, "minute": 60.0, "second": 1.0}
_CLOCK_JOIN = regex.compile(r"(?:,\s*|\s+|\s+and\s+|,\s*and\s+)")


def _join_clock_durations(found: list[Quantity], prose: str, text: str) -> list[Quantity]:
    """ "in 1 hour, 41 minutes, 12 seconds", "2 hours 3 minutes": one time, in seconds, as a race or a
    flight is timed (hours, then minutes, then seconds, each written once)."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        run = [found[i]]
        while (i + len(run) < len(found) and _is_clock_part(run[-1]) and _is_clock_part(nxt := found[i + len(run)])
               and _CLOCK_SECONDS[nxt.unit] < _CLOCK_SECONDS[run[-1].unit]
               and _CLOCK_JOIN.fullmatch(prose, run[-1].end, nxt.start)):
            run.append(nxt)
        if len(run) > 1 and all(_is_clock_part(q) for q in run):
            first, last = run[0], run[-1]
            seconds = sum(q.value * _CLOCK_SECONDS[q.unit] for q in run)
            out.append(Quantity(text[first.start:last.end], first.start, last.end, "duration", seconds, "second",
                                precision=_CLOCK_SECONDS[last.unit] / 2, number_span=(first.start, last.end)))
            i += len(run)
            continue
        out.append(found[i])
        i += 1
    return out


# "won in 2:08:21", "a course record of 1:48:40", "clocking 2:01:09": a race time written h:mm:ss. Read only after
# the words that time a race, so that "1:48:40" elsewhere (a video's length, a score) is not a duration.
_RACE_CLOCK = regex.compile(r"(?<=(?<![\p{L}])(?:in|of|clocked|clocking|clock|timed\s+at|at)\s)(?<![\d:.])"
                            r"(?P<h>\d):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])", regex.I)


def _race_clock_times(found: list[Quantity], prose: str, text: str, start: int) -> list[Quantity]:
    if ":" not in prose:
        return found
    added = []
    for m in _RACE_CLOCK.finditer(prose, start):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"])
        added.append(Quantity(text[m.start():m.end()], m.start(), m.end(), "duration", float(seconds), "second",
                              precision=0.5, number_span=(m.start(), m.end())))
    return sorted(found + added, key=lambda q: (q.start, -q.end)) if added else found


def _is_clock_part(q: Quantity) -> bool:
    return (q.kind == "duration" and q.unit in _CLOCK_SECONDS and q.value is not None and q.hedge is None
            and q.low is None and q.high is None and float(q.value).is_integer())


# The last letters of the words a duration pattern puts before its time word ("a", "an", "half", "all",
# "full", "whole", "another", "few", "some", "several", "couple of")
_DURATION_LEAD_ENDS = frozenset("anflerw")


def _duration_may_end_at(prose: str, s: int) -> bool:
    """Can ARTICLE_DURATION or VAGUE_DURATION have the time word at s as its unit? Both put a space or hyphen,
    and before it one of a few words, there ("a year", "all-day", "a few minutes"); a word a match cannot
    have as its unit is no anchor for either (a character we are unsure of keeps it)."""
    j = s
    while j > 0 and (prose[j - 1].isspace() or prose[j - 1] == "-"):
        j -= 1
    if j == s:
        return s > 0 and not prose[s - 1].isascii()
    c = prose[j - 1:j]
    return c != "" and (not c.isascii() or c.lower() in _DURATION_LEAD_ENDS)


def _article_may_precede(prose: str, s: int) -> bool:
    """Can ARTICLE_UNIT have the unit word at s as its unit? It puts whitespace and, before it, "a" or "an"
    there ("a gallon", "half a mile"): "per cent" is no anchor for it (a character we are unsure of keeps it)."""
    j = s
    while j > 0 and prose[j - 1].isspace():
        j -= 1
    if j == s:
        return s > 0 and not prose[s - 1].isascii()
    c = prose[j - 1:j]
    return c != "" and (not c.isascii() or c in "aAnN")


_DIGIT_ORDINAL = regex.compile(r"(?<![\p{L}\d])(?P<odig>\d+)(?P<osuf>st|nd|rd|th)(?![\p{L}\d])(?P<oword>)", regex.I)
_ORDINAL_SUFFIX_FIRST = frozenset("sSnNrRtT\u017f")   # what s, n, r, t match with the I flag (ſ folds to s)


def _digit_ordinals(prose: str, marks: list[tuple[int, int]]) -> list[regex.Match]:
    """_DIGIT_ORDINAL.finditer(prose, start), tried only at digit runs (`marks`) a suffix letter follows:
    every match begins a digit run (no digit before it) and its suffix follows the run."""
    found = []
    for ds, de in marks:
        if prose[de:de + 1] in _ORDINAL_SUFFIX_FIRST:
            m = _DIGIT_ORDINAL.match(prose, ds + 1 if prose[ds] == "." else ds)
            if m is not None:
                found.append(m)
    return found


_ARTICLE_UNIT_TRIGGERS = frozenset({"gallon", "litre", "liter", "kilogram", "kilo", "tonne", "metre", "meter",
                                    "kilometre", "kilometer", "mile", "yard", "acre", "hectare", "barrel", "ounce",
                                    "gram", "kilowatt", "megawatt", "penny", "cent", "dollar", "euro", "rupee",
                                    "buck", "pound"})
_TIME_TRIGGERS = frozenset({"fortnight", "decade", "century", "year", "month", "week", "day", "hour", "minute",
                            "second", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades"})
_ORDINAL_TRIGGERS = frozenset(ORDINAL_WORDS)
_LEAD_WORDS = frozenset({"a", "an", "half", "quarter"})
_LEAD_FOLLOWERS = frozenset(list(numbers.SCALES) + list(numbers.DENOMINATORS) + ["a", "an", "dozen", "couple", "half"])
def _lead_can_start(prose: str, end: int) -> bool:
    nxt = NEXT_WORD.match(prose, end)
    return nxt is not None and nxt.group(1).lower() in _LEAD_FOLLOWERS


_START_WORDS = frozenset(
    list(numbers.UNITS) + list(numbers.TENS) + list(numbers.SCALES) + list(numbers.DENOMINATORS)
    + ["a", "an", "half", "quarter", "couple", "dozen", "dozens", "dzs", "dozs", "scores", "hundreds", "thousands", "point",
       "tens", "millions", "billions", "lakhs", "crores"])
# Every word the reader looks up in a story's word index (here and in dates.find_dates)
_INDEXED = (_START_WORDS | _ORDINAL_TRIGGERS | _ARTICLE_UNIT_TRIGGERS | _TIME_TRIGGERS | {"absolute"}
            | dates.INDEXED_WORDS)


# compiled once (regex.search with a str pattern goes through regex's cache on every call)
_SPACE_OR_HYPHEN = regex.compile(r"[\s-]")
_COUNT_BEFORE_SECOND = regex.compile(r"(?:\d|\b(?:one|two|three|four|five|ten|few|split|per|a|every))\s*\Z")
_OF_AFTER_FRACTION = regex.compile(r"[\s-]+of\b")
_UNIT_BEFORE_FRACTION = regex.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]\Z")
# A fraction word hyphened to a word that is not something measured is the first half of a
# compound: "a third-party candidate", "a quarter-final", "a third-quarter loss". Joined to a
# measure it stays a fraction: "a quarter-century", "a quarter-point cut", "a third-mile".
_FRACTION_MEASURES = ("century|centuries|hour|hours|mile|miles|point|points|percentage|inch|inches|pound|pounds|"
                      "acre|acres|ton|tons|tonne|tonnes|cup|cups|litre|liter|share|stake|length|lengths|"
                      "cent|cents|penny|pence|dollar|rupee|euro|size|day|days|month|year")
_HYPHENED_WORD = regex.compile(r"-\p{L}")
_ORDINAL_COMPOUND = regex.compile(rf"-(?!(?:{_FRACTION_MEASURES})(?![\p{{L}}]))\p{{L}}")


_ARTICLE_FRACTION = regex.compile(r"an?\s+(?:half|quarter|third|fifth|sixth|seventh|eighth|ninth|tenth)", regex.I)

# "the one you mentioned", "which one": a pronoun, not a count.
_PRONOUN_ONE = regex.compile(
    r"(?<![\p{L}])(?:the|this|that|which|each|every|any|no|another|little|only|right|wrong|last|first|next|same|other)\s+\Z", regex.I)


def _numeral_starts(prose: str, start: int, index: WordIndex, marks: list[tuple[int, int]]) -> list[int]:
    """Where a numeral can begin: a digit, a vulgar fraction, or a number word (`marks`: the
    match spans of _DIGITS_OR_GLYPH from start)."""
    starts = [s + 1 if prose[s] == "." and s > 0 and prose[s - 1].isalpha() else s   # see _abbreviation_dot
              for s, _ in marks]
    for s, e in index.find(_START_WORDS):
        if prose[s:e].lower() in _LEAD_WORDS and not _lead_can_start(prose, e):
            continue   # "a", "an", "half": a numeral only before a scale or fraction word
        starts.append(s)
    starts.sort()
    return starts


_DIGITS_OR_GLYPH = regex.compile(r"\.?\d+|[½¼¾⅓⅔⅕⅛]")
_DIGIT_RUN = regex.compile(r"\d+")
_VULGAR_GLYPHS = "½¼¾⅓⅔⅕⅛"


def _digit_marks(prose: str, start: int) -> list[tuple[int, int]]:
    """The spans of _DIGITS_OR_GLYPH.finditer(prose, start). In a story with no vulgar fraction they are the digit
    runs, each with the "." before it when that lies within (a "." never ends a match, so no match takes it
    first): found with the bare \\d+, which the engine scans for three times faster than the alternation."""
    if any(g in prose for g in _VULGAR_GLYPHS):
        return [m.span() for m in _DIGITS_OR_GLYPH.finditer(prose, start)]
    marks = []
    for m in _DIGIT_RUN.finditer(prose, start):
        s, e = m.span()
        marks.append((s - 1, e) if s > start and prose[s - 1] == "." else (s, e))
    return marks


def _abbreviation_dot(prose: str, at: int) -> int:
    """1 when a leading "." closes the word before it ("Rs.5bn", "Tk.500 crore", "No.3"): it is
    the abbreviation's dot, not a decimal point, and the numeral starts after it."""
    return int(prose[at] == "." and at > 0 and prose[at - 1].isalpha())


def _numerals(prose: str, start: int, index: WordIndex, marks: list[regex.Match]):
    """Numeral matches, tried only where a numeral can begin; a phrase read only in
    part is tried again after the part."""
    pos = start
    for at in _numeral_starts(prose, start, index, marks):
        if at < pos:
            continue
        m = numeral_at(prose, at)
        if m is None:
            continue
        parsed = _numeral_value(m)
        if parsed is None:
            if m.group(G_WORDS):
                # Not one number after all: perhaps its first word alone is.
                nxt = _SPACE_OR_HYPHEN.search(prose[m.start():m.end()])
                sub = numeral_at(prose, m.start(), m.start() + (nxt.start() if nxt else m.end() - m.start()))
                sub_parsed = _numeral_value(sub) if sub is not None else None
                if sub_parsed is not None:
                    pos = sub.end()
                    yield sub, sub_parsed
            continue
        pos = max(parsed[2], m.start() + 1)
        if m.group(G_WORDS) and _ARTICLE_FRACTION.fullmatch(prose, m.start(), parsed[2]) \
                and _ORDINAL_COMPOUND.match(prose, parsed[2]):
            continue   # "a quarter-final", "a half-century" stays ("century" is measured)
        if m.group(G_WORDS) and prose[m.start():parsed[2]].lower() == "one" \
                and _PRONOUN_ONE.search(prose, max(0, m.start() - 10), m.start()):
            continue
        yield m, parsed


class _Taken:
    """Spans already read, so a date's digits are not read again as numbers."""

    def __init__(self, spans):
        self.spans = list(spans)

    def add(self, s: int, e: int) -> None:
        self.spans.append((s, e))

    def hits(self, s: int, e: int) -> bool:
        for a, b in self.spans:     # (a plain loop: any() over a generator costs more on every numeral)
            if a < e and s < b:
                return True
        return False


_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}


def _numeral_value(match: regex.Match) -> tuple[float, float, int] | None:
    """Value, written precision, and end of a numeral match (a phrase may be read in part)."""
    end = match.end()
    m = match
    kind = match.lastgroup
    if kind in ("glyph", "glued", "spacedk", "dscale"):
        kind = "digits"   # the digits alternative, closed by one of its suffixes
    if kind == "words":
        parsed = numbers.parse_phrase(m.group(G_WORDS))
        if parsed is None:
            return None
        value, used = parsed
        return value, 0.0, m.start(G_WORDS) + used
    if kind == "sci":
        try:
            return _scientific(m.group(G_SCI)), 0.0, end
        except OverflowError:
            return None     # "0E1010": past any float, no figure a story means
    if kind == "mixed":
        den = int(m.group(G_MDEN))
        return (int(m.group(G_MINT)) + int(m.group(G_MNUM)) / den, 0.0, end) if den else None
    if kind == "slash":
        den = int(m.group(G_SDEN))
        return (int(m.group(G_SNUM)) / den, 0.0, end) if den else None
    if kind == "spaced":
        value, precision = numbers.digits_value(m.group(G_SPACED).replace(" ", ""))
        return value, precision, end
    if kind == "vulgar":
        return _GLYPHS[m.group(G_VULGAR)], 0.0, end
    if kind == "half":
        return 0.5, 0.0, end
    if kind == "couple":
        return 2.0, 0.0, end
    if kind == "digits":
        value, precision = numbers.digits_value(m.group(G_DIGITS))
        if m.group(G_GLYPH):
            value += _GLYPHS[m.group(G_GLYPH)]
        scale = 1.0
        if m.group(G_GLUED):
            scale = numbers.SUFFIXES.get(m.group(G_GLUED), numbers.SUFFIXES.get(m.group(G_GLUED).lower(), 1))
        elif m.group(G_SPACEDK):
            scale = numbers.SUFFIXES[m.group(G_SPACEDK).lower()]
        elif m.group(G_DSCALE):
            scale = numbers.words_value("1 " + m.group(G_DSCALE)) or 1.0
        if scale > 1 and not precision:
            # "$115m" is rounded to the million: it stands for 114.5m..115.5m.
            precision = 0.5
        return value * scale, precision * scale, end
    if kind == "vague":
        word = " ".join(m.group(G_VAGUE).lower().split())
        base = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                "billions": 10**9, "lakhs": 10**5, "crores": 10**7, "tens of thousands": 10_000,
                "hundreds of thousands": 100_000}[word]
        return 2.0 * base, 0.0, end
    return None


def _scientific(text: str) -> float:
    """ "1.3e6", "1.1^23" (read as the Recognizers specs do: 1.1 ** 23), "2.48×10−5"."""
    t = text.replace("−", "-").replace(" ", "")
    if "^" in t and not regex.search(r"[x×]10", t):
        base, _, power = t.partition("^")
        sign = -1 if power.count("-") % 2 else 1
        return float(base) ** (sign * float(power.lstrip("+-")))
    m = regex.match(r"([\d.]+)(?:[eE]([+-]?\d+)|[x×]10\^?([-]?\d+))", t)
    mantissa, exponent = float(m.group(1)), int(m.group(2) or m.group(3))
    return mantissa * 10.0 ** exponent


def _is_ordinal(prose: str, m: regex.Match) -> bool:
    word = m.group("oword")
    if not word:
        return True
    lower = word.lower()
    if lower in ("second", "quarter") or lower.endswith("second"):
        # "two second" is a duration; "a second term" is an ordinal.
        before = prose[max(0, m.start() - 12):m.start()].lower()
        if _COUNT_BEFORE_SECOND.search(before) and lower == "second":
            return False
    if lower in numbers.FRACTION_WORDS and _OF_AFTER_FRACTION.match(prose[m.end():m.end() + 5]):
        return False  # "a third of" is a fraction, read by numeral_at
    if _HYPHENED_WORD.match(prose, m.end()):
        return True   # "a third-party candidate", "a tenth-century church": the compound's first half, not 1/3
    before = prose[max(0, m.start() - 12):m.start()].lower()
    if lower in numbers.FRACTION_WORDS and _UNIT_BEFORE_FRACTION.search(before):
        return False  # "two-thirds", "a fifth"
    return True


def _ordinal(m: regex.Match, text: str) -> Quantity:
    if m.group("odig"):
        value = float(m.group("odig"))
    else:
        parts = _SPACE_OR_HYPHEN.split(m.group("oword").lower())
        value = float(sum(numbers.TENS.get(p, 0) for p in parts[:-1]) + ORDINAL_WORDS[parts[-1]])
    return Quantity(text[m.start():m.end()], m.start(), m.end(), "ordinal", value, "ordinal")


def _article_unit(m: regex.Match, text: str, country, mentioned) -> Quantity:
    word = m.group("unit").lower()
    value = 0.5 if m.group("half") else 1.0
    if word in ("penny", "cent", "dollar", "euro", "rupee", "buck"):
        mark = money.SUFFIX_MARKS[word if word != "buck" else "bucks"]
        code, alternatives = money.resolve(mark, country, mentioned)
        return Quantity(text[m.start():m.end()], m.start(), m.end(), "money", value * mark.factor, code,
                        alternatives=alternatives)
    return Quantity(text[m.start():m.end()], m.start(), m.end(), "physical", value, units.unit_of(word) or word)


def _article_duration(m: regex.Match, text: str) -> Quantity:
    """ "a fortnight", "an hour and a half", "all day", "a few minutes" (read as 3, approximate)."""
    groups = m.groupdict()
    value = 0.5 if groups.get("half") else 3.0 if groups.get("few") else 2.0 if groups.get("couple") else 1.0
    if groups.get("andhalf"):
        value += 0.25 if "quarter" in groups["andhalf"].lower() else 0.5
    unit = TIME_UNITS[m.group("tu").lower().rstrip("s")]
    return Quantity(text[m.start():m.end()], m.start(), m.end(), "duration", value, unit,
                    approximate=bool(groups.get("few") or groups.get("couple")))


def _drop_overlaps(found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        if out and q.start < out[-1].end:
            if (q.end - q.start) > (out[-1].end - out[-1].start):
                out[-1] = q
            continue
        out.append(q)
    return out
