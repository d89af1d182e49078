"""Reading every figure in a story: the quantity grammar.

Two passes over the prose (see Document: non-prose is blanked, offsets are the
file's own):

1. `NUMERAL` finds numerals — digits in Western or South Asian grouping, number
   words, scale words and glued suffixes ("3.5bn", "1.5 lakh crore", "forty-five
   thousand", "half a million").
2. Each numeral is read in its context: a currency mark before or after it, a
   percent sign, a time unit, a physical unit, a hedge ("at least", "about")
   before it; then neighbouring figures joined by "-", "to" or "between … and"
   become ranges that share the second one's unit and scale ("$3-4bn").

Dates, weekdays and relative time come from `dates.py` first, and their digits
are not read again as numbers.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

import regex

from ..model import Quantity
from . import dates, money, numbers, units
from .tokens import WordIndex, around
from .numbers import DIGITS_RE, NUMBER_WORD_RE, ORDINAL_WORDS, SCALE_WORD_RE

_DENOMINATOR = numbers._alternation(numbers.DENOMINATORS)
# Currency marks that end in a letter or stop may touch the digits: "Rs10bn", "Tk.500".
_LETTER_MARKS = "|".join(regex.escape(k) for k in sorted(money.PREFIX_MARKS, key=len, reverse=True)
                         if k[-1].isalpha() or k[-1] == ".")
_WORD = rf"(?:{NUMBER_WORD_RE}|dozens?|dzs|dozs)"
_JOIN = r"(?:\s*-\s*|\s+|\s*&\s*|\s+(?:and|point|over|out\s+of|of\s+an?)\s+|\s+and\s+an?\s+)"
_GLUED = r"bn|mn|mln|bln|tln|tn|trn|cr|k|K|m|M|MM|mil|b|B|T|G"

NUMERAL = regex.compile(
    rf"""
    (?:(?<=(?<![\p{{L}}])(?:{_LETTER_MARKS})\s?)|(?<![\p{{L}}\d_.@#]|\d\.))
    (?:
        (?P<vague>(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|billions|lakhs|crores))(?=\s+of\b)
      | (?P<words>                                                  # read by numbers.parse_phrase
            (?:(?:a|an|half|quarter|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?=(?:{SCALE_WORD_RE}|{_DENOMINATOR}|dozen)(?!\p{{L}}))
              |half\s+an?\s+(?=(?:{SCALE_WORD_RE}|dozen)(?!\p{{L}})))?
            (?:{NUMBER_WORD_RE}|dozen|{_DENOMINATOR}
              |\d+(?:\.\d+)?(?=\s+(?:over|out\s+of)\s)
              |\d+(?=\s+(?:dozens?|dzs|dozs|point\s+\d)\b)
              |point(?=\s+\d)
              |\d+(?=\s+(?:{SCALE_WORD_RE})(?:\s+(?:{SCALE_WORD_RE}))?\s+(?:and\s+)?(?:{NUMBER_WORD_RE}|\d|an?\s+half|half)))
            (?:{_JOIN}(?:{_WORD}|{_DENOMINATOR}|half|\d+(?![\d,.])))*
        )(?!\p{{L}})
      | (?P<sci>\d+(?:\.\d+)?(?:[eE][+-]?\d+|\^[+-]{{0,2}}\d+|\s?[x×]\s?10\^?[-−]?\d+))(?![\p{{L}}\d])   # 1.3e6, 1.1^23, 2.48×10-5
      | (?P<mixed>(?P<mint>\d+)\s+(?P<mnum>\d)/(?P<mden>\d{{1,2}}))(?![\d/])     # 1 1/2
      | (?P<slash>(?P<snum>\d{{1,3}})/(?P<sden>\d{{1,3}}))(?![\d/])                 # 3/4
      | (?P<spaced>\d{{1,3}}(?:\ \d{{3}})+(?:\.\d+)?)(?![\d,])                      # 1 234 567
      | (?P<digits>{DIGITS_RE})
        (?:
            (?P<glyph>[½¼¾⅓⅔])
          | (?-i:(?P<glued>{_GLUED}))(?![\p{{L}}\d])
          | \s(?P<spacedk>k|bln|tln|mln|bn|mn|tn|trn)(?![\p{{L}}\d])
          | (?:[\s-]|\s+of\s+)?(?P<dscale>(?:{SCALE_WORD_RE})(?:[\s-]+(?:{SCALE_WORD_RE}))*)(?!\p{{L}})
        )?
      | (?P<vulgar>[½¼¾⅓⅔⅕⅛])
      | (?P<couple>(?:a\s+)?couple)(?!\p{{L}})
      | (?<=\b(?:than|nearly|almost|about|over|under|by|roughly|just)\s)(?P<half>half)(?!\s+(?:an?\s|hour|day|year|month|week|time|century|decade)|-)
    )
    """,
    regex.X | regex.I | regex.V0,
)
ORDINAL = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?P<odig>\d+)(?P<osuf>st|nd|rd|th)|(?P<oword>(?:(?:{'|'.join(numbers.TENS)})[\s-])?(?:{numbers._alternation(ORDINAL_WORDS)})))(?![\p{{L}}\d])",
    regex.I,
)
# Marks are matched as written, except the "$" family, which wire copy also lowercases ("c $").
# "a $7bn loan" is not Australian dollars: one-letter marks ("A$", "S$") only as written.
_PREFIX_BY_FOLDED = {k.casefold(): k for k in money.PREFIX_MARKS
                     if "$" in k and sum(c.isalpha() for c in k) != 1 or k in ("C$", "C $")}
CURRENCY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\d'’])(?P<mark>(?i:{'|'.join(regex.escape(k) for k in sorted(_PREFIX_BY_FOLDED.values(), key=len, reverse=True))})"
    rf"|{'|'.join(regex.escape(k) for k in sorted(money.PREFIX_MARKS, key=len, reverse=True))})\s?\Z")
MINOR_AFTER = regex.compile(
    rf"\s+(?:and\s+)?(?P<minor>\d{{1,2}}|(?:{'|'.join(numbers.TENS)})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:\s*(?P<cents>cents?\b|pence\b|p\b|c\b|¢)|(?=\s*(?:[.,;!?]|$|\sand\b)))", regex.I)
CURRENCY_AFTER = regex.compile(
    r"(?:\s?-?\s?)(?P<mark>" + "|".join(regex.escape(k) for k in sorted(money.SUFFIX_MARKS, key=len, reverse=True))
    + r")(?![\p{L}\d])", regex.I)
PERCENT_BEFORE = regex.compile(r"(?<![\p{L}])(?:percents?|per\s?cent|percentage)\s+of\s+\Z", regex.I)
PERCENT_AFTER = regex.compile(
    r"""\s?(?:(?P<pct>%|per[\s-]?cents?\b|percents?\b|percentage\b(?![\s-]points?)|pc\b|pct\b)(?P<pts>\s+points?\b)?
        |(?P<pp>\s?percentage[\s-]points?\b|\s?pp\b|\s?ppts?\b|\s?%\s?pts?\b)
        |(?P<bp>\s?basis[\s-]points?\b|\s?bps?\b))""", regex.X | regex.I)
TIME_UNITS = {"night": "day", "h": "hour", "d": "day", "y": "year", "w": "week", "yo": "year",
              "second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour",
              "hr": "hour", "day": "day", "week": "week", "fortnight": "fortnight", "month": "month",
              "year": "year", "yr": "year", "decade": "decade", "century": "century", "centurie": "century",
              "millennium": "millennium", "millennia": "millennium", "quarter": "quarter"}
DURATION_AFTER = regex.compile(
    r"(?:\s+of\s+an?\s+|[\s-]|\s+and\s+a\s+half\s+|-and-a-half-)?(?P<tu>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|centuries|century|millennium|millennia"
    r"|(?-i:h|d|D|y|Y|w|W|yo)(?![\p{L}\d]))(?![\p{L}\d])"
    r"(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter))?", regex.I)
# "all day", "another week", "a few minutes", "half an hour": durations with no numeral.
VAGUE_DURATION = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<one>all|full|whole|another)[\s-]|(?P<half>half)[\s-](?:an?\s+)?|(?P<few>(?:a\s+)?few|some|several)\s+|(?P<couple>(?:a\s+)?couple\s+of)\s+)"
    r"(?P<tu>(?(few)(?:seconds|minutes|hours|days|weeks|months|years|decades)|(?(couple)(?:seconds|minutes|hours|days|weeks|months|years|decades)|(?:second|minute|hour|day|week|month|year|decade))))(?![\p{L}\d])", regex.I)
ARTICLE_DURATION = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<half>half\s+)an?|an?)\s+(?P<tu>fortnight|decade|century|year|month|week|day|hour|minute)"
    r"(?P<andhalf>\s+and\s+(?:a\s+)?(?:half|quarter))?(?![\p{L}\d])", regex.I)
_NOT_DURATION_BEFORE = regex.compile(
    r"(?:\d|%|\b(?:once|twice|thrice|times|per|every|than|bn|m|k|million|billion|trillion|thousand|lakh|crore|dollars|rupees|each|[a-z]+s))\s*\Z", regex.I)
HEDGE_BEFORE = regex.compile(
    r"""(?<![\p{L}])(?P<hedge>at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than|over|above|in\s+excess\s+of|upwards\s+of|
        up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|under|below|a\s+maximum\s+of|
        lower\s+than|higher\s+than|greater\s+than|fewer\s+than|smaller\s+than|
        nearly|almost|just\s+under|just\s+over|about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated|close\s+to|circa|c\.)\s+\Z""",
    regex.X | regex.I)
_POSITIONAL_HEDGES = {"over", "under", "above", "below", "some", "around"}
_OF_AFTER = regex.compile(r"[\w.,-]*\s+of\b", regex.I)
_LOW_HEDGES = ("at least", "no fewer than", "no less than", "not less than", "a minimum of", "more than", "over",
               "higher than", "greater than",
               "above", "in excess of", "upwards of", "just over")
_HIGH_HEDGES = ("up to", "at most", "no more than", "not more than", "less than", "fewer than", "under", "below",
                "lower than", "smaller than",
                "a maximum of", "nearly", "almost", "just under")
_CHANGE_BEFORE = regex.compile(
    r"\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|decreased?|"
    r"grew|grow|grown|dropped|drop|drops|climbed|climb|declined?|jumped|jump|cut|cuts|raised?|raising|reduced?|"
    r"reducing|up|down|widened|narrowed|went|gone|surged?|slumped|plunged|soared|slipped|eased|edged|lowered|"
    r"hiked|doubled|halved|tripled|changed?|moved?|shifted|revised|upgraded|downgraded|expanded|shrank|contracted)\b", regex.I)
RANGE_JOIN = regex.compile(r"\s?(?:-|–|—|to|and)\s?\Z|\s+(?:to|and)\s+\Z", regex.I)
BETWEEN_BEFORE = regex.compile(r"(?<![\p{L}])(?:between|from)\s+(?:[\p{Sc}A-Za-z.$]{1,4}\s?)?\Z", regex.I)
NEGATIVE_BEFORE = regex.compile(r"(?:(?<![\p{L}\d,.)%])-|(?<![\d)%]\s)(?<![\p{L}\d,.)%])-\s|\bminus\s+|\bnegative\s+)\Z", regex.I)
# "the 100m sprint" is metres; "1.5m barrels" is a million. Words after a glued
# "m" that mean length:
_METRE_CONTEXT = regex.compile(
    r"[\s-]*(?:high|tall|deep|long|wide|sprint|race|hurdles|freestyle|backstroke|breaststroke|butterfly|relay|dash|"
    r"medley|final|heat|above|below|away|from|up|down|across|under|beneath|in\s+(?:length|height|diameter|depth)|"
    r"-|\)|$|\.|,|;|:)", regex.I)
# "a gallon of beer", "a mile away", "a penny": one of a unit, with no numeral.
ARTICLE_UNIT = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<half>half\s+)?a|an)\s+(?P<unit>gallon|litre|liter|kilogram|kilo|tonne|metre|meter|kilometre|kilometer|"
    r"mile|yard|acre|hectare|barrel|ounce|gram|kilowatt|megawatt|penny|cent|dollar|euro|rupee|buck|pound(?=\s+of\b))"
    r"(?![\p{L}\d])", regex.I)
ABSOLUTE_ZERO = regex.compile(r"(?<![\p{L}])absolute\s+zero\b", regex.I)
# After a number: a unit with "/", "^", "²", "s-1", "±" or "<unit> per <unit>" is a compound.
COMPOUND_AFTER = regex.compile(
    r"\s?(?:\+/-|±|[x×]\d+\^|(?:[^\W\d_]{1,4}|µ[^\W\d_]{0,3})(?:\s?/\s?[^\W\d_]|\^-?\d|[²³]/|-1\b)|times\s+per\s+\w|"
    r"(?:[^\W\d_]{1,3})\s+per\s+(?:metre|meter|litre|liter|kg|kilogram)\b)")
_QUARTER_OF = regex.compile(r"\s+of\s+an?\s+(hour|year|day|century)\b", regex.I)
_BELOW_ZERO = regex.compile(r"\s+below\s+(?:zero|freezing)\b", regex.I)
_PICO_ATTO = regex.compile(r"\s(pm|am)(?![\p{L}\d])")
_PER_TIME = regex.compile(r"\s+(?:per|a|an)\s+(?P<tu>second|minute|hour|day|week|month|year)\b", regex.I)
_COMPOUND_TAIL = regex.compile(r"(?:\s?/\s?[^\W\d_]|\^-?\d|[²³]/|\s+per\s+(?:metre|meter|litre|liter|kg|kilogram|square|cubic)\b)")
_UNIT_CLOSE = regex.compile(
    r"(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:thick|wide|long|tall|high|deep|across|in\s+diameter|of|outside|inside|today|"
    r"tonight|yesterday|and|or|to|on|at|in|by|with|from|was|is|were|are|per|a|an|each|over|under|valued|worth)\b)", regex.I)
_TEMPERATURE_WORDS = regex.compile(
    r"(?i:temperature|heat|hot|cold|warm|cool|chill|freez|degrees|celsius|fahrenheit|mercury|weather|climate|thermometer|"
    r"boil|melt|oven|fever|frost|scorch|sizzl|swelter|outside)|°", regex.I)
_WEIGHT_WORDS = regex.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weight|heavy|heavier|lighter|bag|sack|baby|lost|gained|ounces|stone|coal|"
    r"flour|sugar|rice|beans|meat|fish|kg|lb|lbs)\b", regex.I)
_MONEY_WORDS = regex.compile(
    r"\b(?:cost|costs|paid|pay|pays|price|priced|worth|spent|spend|fund|funding|budget|salary|wage|fee|fees|fine|fined|"
    r"sterling|bill|loan|debt|profit|revenue|sold|buy|bought|earn|earned|million|billion|bn|m)\b", regex.I)
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


def extract_quantities(prose: str, text: str, start: int = 0, *, published: dt.date | None = None,
                       country: str | None = None, mentioned: tuple[str, ...] = ()) -> list[Quantity]:
    """All quantities in prose[start:], sorted by position, spans into `text`."""
    index = WordIndex(prose, start)
    found = dates.find_dates(prose, text, start, published, index)
    taken = _Taken([(q.start, q.end) for q in found if q.kind == "date" and q.resolution == "day"])
    for m in SKIP.finditer(prose, start):
        if m.group().count(".") >= 2 and not m.group().startswith(("v", "V")):
            # 192.168.1.2 or 1.2.3: read each part as a number, as the reader would.
            for part in regex.finditer(r"\d+", m.group()):
                s = m.start() + part.start()
                found.append(Quantity(part.group(), s, s + len(part.group()), "number", float(part.group())))
        taken.add(m.start(), m.end())
    context = _Context(prose, text, country, mentioned)
    # Side patterns run only around the words they need (tokens.around): most
    # stories have no "absolute zero", and a scan costs more than a lookup.
    ordinals = around(ORDINAL, prose, index.find(_ORDINAL_TRIGGERS), 8, 0, start)
    ordinals += [m for m in _DIGIT_ORDINAL.finditer(prose, start)]
    for m in sorted(ordinals, key=lambda m: m.start()):
        if not taken.hits(m.start(), m.end()) and _is_ordinal(prose, m):
            found.append(_ordinal(m, text))
            taken.add(m.start(), m.end())
    for m in around(ARTICLE_UNIT, prose, index.find(_ARTICLE_UNIT_TRIGGERS), 8, 0, start):
        if not taken.hits(m.start(), m.end()):
            found.append(_article_unit(m, text, country, mentioned))
            taken.add(m.start(), m.end())
    for m in around(ABSOLUTE_ZERO, prose, index.find(("absolute",)), 0, 6, start):
        found.append(Quantity(text[m.start():m.end()], m.start(), m.end(), "physical", 0.0, "kelvin"))
        taken.add(m.start(), m.end())
    time_words = index.find(_TIME_TRIGGERS)
    for pattern in (ARTICLE_DURATION, VAGUE_DURATION):
        for m in around(pattern, prose, time_words, 16, 16, start):
            if taken.hits(m.start(), m.end()):
                continue
            if pattern is ARTICLE_DURATION and _NOT_DURATION_BEFORE.search(prose, max(0, m.start() - 12), m.start()):
                continue
            found.append(_article_duration(m, text))
            taken.add(m.start(), m.end())
    read = []
    for m, parsed in _numerals(prose, start, index):
        if not taken.hits(m.start(), m.end()):
            q = context.read(m, parsed)
            if q is not None:
                read.append(q)
    found.extend(_join_ranges(read, prose, text))
    found.sort(key=lambda q: (q.start, -q.end))
    return _drop_overlaps(found)


_DIGIT_ORDINAL = regex.compile(r"(?<![\p{L}\d])(?P<odig>\d+)(?P<osuf>st|nd|rd|th)(?![\p{L}\d])(?P<oword>)", regex.I)


_ARTICLE_UNIT_TRIGGERS = frozenset({"gallon", "litre", "liter", "kilogram", "kilo", "tonne", "metre", "meter",
                                    "kilometre", "kilometer", "mile", "yard", "acre", "hectare", "barrel", "ounce",
                                    "gram", "kilowatt", "megawatt", "penny", "cent", "dollar", "euro", "rupee",
                                    "buck", "pound"})
_TIME_TRIGGERS = frozenset({"fortnight", "decade", "century", "year", "month", "week", "day", "hour", "minute",
                            "second", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades"})
_ORDINAL_TRIGGERS = frozenset(ORDINAL_WORDS)
_LEAD_WORDS = frozenset({"a", "an", "half", "quarter"})
_LEAD_FOLLOWERS = frozenset(list(numbers.SCALES) + list(numbers.DENOMINATORS) + ["a", "an", "dozen", "couple", "half"])
_NEXT_WORD = regex.compile(r"[\s-]+([^\W\d_]+)")


def _lead_can_start(prose: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(prose, end)
    return nxt is not None and nxt.group(1).lower() in _LEAD_FOLLOWERS


def _may_have_unit(prose: str, e: int) -> bool:
    """Could a unit, currency, percent or time word follow the figure ending at e?

    A cheap look at the next character and word, so that the many figures followed
    by an ordinary noun skip the unit matchers altogether.
    """
    ch = prose[e:e + 1]
    if not ch or ch in ",;:!?)\n" or (ch == "." and not prose[e + 1:e + 2].isalnum()):
        return False
    if ch != " ":
        return True          # glued: "40C", "3h", "20%", "12-day", "20 (kg)"
    nxt = _NEXT_WORD.match(prose, e)
    if nxt is None:
        return prose[e + 1:e + 2] not in ("", "\n")   # a symbol after the space: "100 ₡", "30 °C"
    if prose[nxt.end():nxt.end() + 1] in ("/", "^", "-", "²", "³", "·"):
        return True          # a compound unit: "4e14 s-1", "20 J/m^2"
    return nxt.group(1).lower() in _follower_words()


@functools.lru_cache(maxsize=1)
def _follower_words() -> frozenset[str]:
    """First words of everything that can follow a figure and change what it is."""
    words = {k.split()[0].lower() for k in money.SUFFIX_MARKS if k[:1].isalpha()}
    words |= {"per", "percent", "percents", "percentage", "pc", "pct", "pp", "ppt", "ppts", "basis", "bps", "bp",
              "points", "point", "of", "pm", "am", "times", "below", "x", "and", "h", "d", "y", "w", "yo",
              "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
              "day", "days", "night", "nights", "week", "weeks", "fortnight", "fortnights", "month", "months",
              "quarter", "quarters", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
              "millennium", "millennia", "bln", "tln", "mln", "k"}
    for key in units.lexicon():
        first = _LEADING_LETTERS.match(key)
        if first:
            words.add(first.group().lower())
    return frozenset(words)


_LEADING_LETTERS = regex.compile(r"[^\W\d_]+")


# Number words a numeral can begin with.
_START_WORDS = frozenset(
    list(numbers.UNITS) + list(numbers.TENS) + list(numbers.SCALES) + list(numbers.DENOMINATORS)
    + ["a", "an", "half", "quarter", "couple", "dozen", "dozens", "dzs", "dozs", "scores", "hundreds", "thousands", "point",
       "tens", "millions", "billions", "lakhs", "crores"])


# "the one you mentioned", "which one": a pronoun, not a count.
_PRONOUN_ONE = regex.compile(
    r"(?<![\p{L}])(?:the|this|that|which|each|every|any|no|another|little|only|right|wrong|last|first|next|same|other)\s+\Z", regex.I)


def _numeral_starts(prose: str, start: int, index: WordIndex) -> list[int]:
    """Where a numeral can begin: a digit, a vulgar fraction, or a number word."""
    starts = [m.start() for m in _DIGITS_OR_GLYPH.finditer(prose, start)]
    for s, e in index.find(_START_WORDS):
        if prose[s:e].lower() in _LEAD_WORDS and not _lead_can_start(prose, e):
            continue   # "a", "an", "half": a numeral only before a scale or fraction word
        starts.append(s)
    starts.sort()
    return starts


_DIGITS_OR_GLYPH = regex.compile(r"\.?\d+|[½¼¾⅓⅔⅕⅛]")


def _numerals(prose: str, start: int, index: WordIndex):
    """NUMERAL matches, tried only where a numeral can begin; a phrase read only in
    part is tried again after the part."""
    pos = start
    for at in _numeral_starts(prose, start, index):
        if at < pos:
            continue
        m = NUMERAL.match(prose, at)
        if m is None:
            continue
        parsed = _numeral_value(m)
        if parsed is None:
            if m.group("words"):
                # Not one number after all: perhaps its first word alone is.
                nxt = regex.search(r"[\s-]", prose[m.start():m.end()])
                sub = NUMERAL.match(prose, m.start(), m.start() + (nxt.start() if nxt else m.end() - m.start()))
                sub_parsed = _numeral_value(sub) if sub is not None else None
                if sub_parsed is not None:
                    pos = sub.end()
                    yield sub, sub_parsed
            continue
        pos = max(parsed[2], m.start() + 1)
        if m.group("words") and prose[m.start():parsed[2]].lower() == "one" \
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
        return any(a < e and s < b for a, b in self.spans)


class _Context:
    """Reads one numeral in its surroundings."""

    def __init__(self, prose: str, text: str, country: str | None, mentioned: tuple[str, ...]):
        self.prose, self.text, self.country, self.mentioned = prose, text, country, mentioned

    def read(self, m: regex.Match, parsed: tuple[float, float, int]) -> Quantity | None:
        """The quantity a numeral (already valued by _numeral_value) makes in its context."""
        value, precision, e = parsed
        s = m.start()
        number_span = (s, e)
        prose = self.prose
        if s >= 2 and prose[s - 1] == "-" and prose[s - 2].isalpha():
            # "COVID-19", "KSE-100", "SCP-173m": a name's number, never a measure.
            e = s + len(m.group("digits") or m.group(0))
            return Quantity(self.text[s:e], s, e, "number", *numbers.digits_value(m.group("digits"))[:1],
                            number_span=(s, e)) if m.group("digits") else None
        # A glued "m" is a million in money and counts, a metre in "the 100m sprint".
        glued = m.group("glued")
        if glued in ("b", "B", "T", "G") and not self._currency_before(s) and "." not in (m.group("digits") or ""):
            return None if m.group("digits") is None else self._plain(m, *numbers.digits_value(m.group("digits")), s, s + len(m.group("digits")))
        if glued == "K" and not self._currency_before(s) and self._near(s, _TEMPERATURE_WORDS):
            e = s + len(m.group("digits"))
            value, precision = numbers.digits_value(m.group("digits"))
            return self._finish(s, e + 1, "physical", value, "kelvin", precision, (s, e), None, None, None)
        if glued == "m" and not self._currency_before(s) and _reads_as_metre(prose, e, value / 1e6):
            value, precision = value / 1e6, precision / 1e6
            e = s + len(m.group("digits"))
            number_span = (s, e)
            q = self._physical(s, e, value, precision, number_span)
            if q is not None:
                return q
        hedge_kind, hedge, s_hedged = self._hedge(s)
        before = self._currency_before(s)
        if before is None and prose[s - 1:s] == "-" and s > 1:
            before = self._currency_before(s - 1)   # "$-99.99"
            if before is not None:
                value = -value
        if before is not None:
            mark_text, mark_start = before
            mark = money.PREFIX_MARKS[mark_text]
            if mark_text in money.LOCAL_ONLY_MARKS and money.LOCAL_ONLY_MARKS[mark_text] != self.country:
                before = None
            else:
                # "$10 million dollars" or "Rs 5 crore rupees": one amount, one mark.
                after = CURRENCY_AFTER.match(prose, e)
                if after and money.SUFFIX_MARKS[after.group("mark").lower()].default == mark.default:
                    e = after.end()
                elif mark_text in ("$", "£", "€", "US$") and not m.group("glued") and not m.group("dscale"):
                    minor = MINOR_AFTER.match(prose, e)   # "$20 and 43c"
                    cents = numbers.words_value(minor.group("minor")) if minor else None
                    if cents is not None and cents < 100 and (minor.group("cents") or prose[e:minor.start("minor")].strip() == ""):
                        value += cents / 100
                        e = minor.end()
                return self._money(mark_start, e, value, precision, mark, number_span, hedge_kind, hedge, s_hedged)
        if not _may_have_unit(prose, e):
            # Nothing after the figure can make it money, a share, a time or a measure
            # ("300 people", "in 2023."): only "per cent of 22" is left to try.
            before_pct = PERCENT_BEFORE.search(prose, max(0, s - 24), s)
            if before_pct and not m.group("glued"):
                return self._finish(before_pct.start(), e, "percent", value, "percent", precision, number_span,
                                    hedge_kind, hedge, s_hedged)
            return self._plain(m, value, precision, s, e, hedge_kind, hedge, s_hedged)
        after = CURRENCY_AFTER.match(prose, e)
        if after and after.group("mark").lower() in ("pound", "pounds") and not m.group("glued") \
                and not self._pounds_are_money(s):
            after = None   # "a twenty-pound bag of rice" weighs; the physical reading follows
        if after and not (after.group("mark") == "p" and (m.group("glued") or value >= 1000)):
            written = after.group("mark")
            mark = money.SUFFIX_MARKS[written.lower()]
            end = after.end()
            if written.lower() in money.MAJOR_WITH_MINOR:
                minor = MINOR_AFTER.match(prose, end)
                if minor is not None:
                    cents = numbers.words_value(minor.group("minor"))
                    if cents is not None and cents < 100:
                        value += cents / 100
                        end = minor.end("cents") if minor.group("cents") else minor.end("minor")
            return self._money(s, end, value, precision, mark, number_span, hedge_kind, hedge, s_hedged)
        before_pct = PERCENT_BEFORE.search(prose, max(0, s - 24), s)
        if before_pct and not m.group("glued"):
            return self._finish(before_pct.start(), e, "percent", value, "percent", precision, number_span,
                                hedge_kind, hedge, s_hedged)
        pct = PERCENT_AFTER.match(prose, e)
        if pct:
            unit = "percent"
            if pct.group("pp") or pct.group("pts"):
                unit = "percentage point"
            elif pct.group("bp"):
                unit = "basis point"
            return self._finish(s, pct.end(), "percent", value, unit, precision, number_span, hedge_kind, hedge, s_hedged)
        physical = self._physical(s, e, value, precision, number_span, hedge_kind, hedge, s_hedged)
        compound = self._compound(s, physical.end if physical else e, hedge_kind, hedge, s_hedged,
                                  number_end=e)
        if compound is not None:
            return compound
        if "." in (m.group("digits") or ""):
            tiny = _PICO_ATTO.match(prose, e)
            if tiny is not None:   # "2.1 pm" after decimals is a length, "2.30pm" a time (SKIP)
                unit = "picometre" if tiny.group(1) == "pm" else "attometre"
                return self._finish(s, tiny.end(), "physical", value, unit, precision, number_span, hedge_kind, hedge, s_hedged)
        duration = DURATION_AFTER.match(prose, e)
        if duration and not m.group("glued"):
            tu = duration.group("tu").lower()
            tu = "century" if tu == "centuries" else tu if len(tu) <= 2 else tu.rstrip("s")
            unit = TIME_UNITS.get(tu, tu)
            if tu in ("d",) and value < 5 and duration.group("tu") == "D":
                unit = None   # "3D printing" is not three days
            quarter_of = _QUARTER_OF.match(prose, duration.end()) if unit == "quarter" else None
            if quarter_of is not None:   # "3 quarters of an hour"
                value, unit = value / 4, quarter_of.group(1).lower()
                duration = quarter_of
            elif unit is not None:
                if duration.group("half"):
                    value += 0.25 if "quarter" in duration.group("half").lower() else 0.5
                elif "half" in duration.group(0)[: duration.start("tu") - duration.start()]:
                    value += 0.5
        if duration and not m.group("glued") and unit is not None:
            end = duration.end()
            ago = regex.match(r"\s+ago\b", prose[end:end + 8])
            return self._finish(s, end + (ago.end() if ago else 0), "duration", value, unit, precision, number_span,
                                hedge_kind, hedge, s_hedged)
        if physical is not None:
            return physical
        return self._plain(m, value, precision, s, e, hedge_kind, hedge, s_hedged)

    # -- the kinds ------------------------------------------------------------
    def _money(self, s, e, value, precision, mark, number_span, hedge_kind, hedge, s_hedged):
        code, alternatives = money.resolve(mark, self.country, self.mentioned)
        return self._finish(s, e, "money", value * mark.factor, code, precision * mark.factor, number_span,
                            hedge_kind, hedge, s_hedged, alternatives=alternatives)

    def _physical(self, s, e, value, precision, number_span, hedge_kind=None, hedge=None, s_hedged=None):
        prose = self.prose
        at = e + (1 if prose[e:e + 1] in (" ", "-") else 0)
        bracket = prose[at:at + 1] in ("(", "[", "{", "<")      # "20 (kg)"
        um = units.match_unit(prose, at + bracket)
        if um is None:
            return None
        surface, name, end = um
        if bracket:
            if prose[end:end + 1] not in (")", "]", "}", ">"):
                return None
            end += 1
        after = prose[end:end + 24]
        if surface in units.NEEDS_CLOSE and at > e and not _UNIT_CLOSE.match(after):
            return None
        rate = _PER_TIME.match(prose, end)
        if rate is not None and " per " not in name:
            name, end = f"{name} per {rate.group('tu').lower()}", rate.end()   # "two kb per second"
        if name in ("degree Celsius", "degree Fahrenheit") and len(surface) <= 2 and surface != "°C" and surface != "°F" \
                and not self._near(s, _TEMPERATURE_WORDS):
            return None   # "the 13F filing", "Boeing 777F": letters, not temperatures
        if name.startswith("degree "):
            below = _BELOW_ZERO.match(prose, end)
            if below is not None:   # "2 degrees below zero"
                value, end = -value, below.end()
        return self._finish(s, end, "physical", value, name, precision, number_span, hedge_kind, hedge, s_hedged)

    def _compound(self, s, e, hedge_kind, hedge, s_hedged, number_end):
        """A compound unit ("km/s2", "J/m^2 per year", "s-1"): ask quantulum3, lazily.

        `e` is where our own reading ends (after its unit, if it found one): only
        what is left over there — a "/", "^", "²" or "per <unit>" — needs quantulum3.
        """
        if not (COMPOUND_AFTER.match(self.prose, e) or (e > number_end and _COMPOUND_TAIL.match(self.prose, e))):
            return None
        e = number_end
        s0 = s - 1 if self.prose[s - 1:s] in ("-", "−") else s
        reading = units.quantulum_reading(self.prose[s0:min(len(self.prose), e + 40)])
        if reading is None or s0 + reading[1] <= e:
            return None
        start, end, value, unit = reading
        return self._finish(s0 + start, s0 + end, "physical", value, unit, 0.0, (s, e), hedge_kind, hedge, s_hedged)

    def _pounds_are_money(self, s: int) -> bool:
        if self._near(s, _WEIGHT_WORDS):
            return False
        return self.country == "GB" or self._near(s, _MONEY_WORDS)

    def _near(self, s: int, words: regex.Pattern) -> bool:
        """Does the sentence around offset s use any of these words?"""
        return words.search(self.prose, max(0, s - 120), min(len(self.prose), s + 120)) is not None

    def _plain(self, m, value, precision, s, e, hedge_kind=None, hedge=None, s_hedged=None):
        if m.group("vague"):
            return Quantity(self.text[s:e], s, e, "number", value, low=value, approximate=True)
        return self._finish(s, e, "number", value, None, precision, (s, e), hedge_kind, hedge, s_hedged)

    def _finish(self, s, e, kind, value, unit, precision, number_span, hedge_kind, hedge, s_hedged, alternatives=()):
        if NEGATIVE_BEFORE.search(self.prose, max(0, s - 9), s) and kind in ("number", "physical", "percent", "money"):
            neg = NEGATIVE_BEFORE.search(self.prose, max(0, s - 9), s)
            s = neg.start()
            value = -value
        low = high = None
        if hedge_kind == "low":
            low = value
        elif hedge_kind == "high":
            high = value
        start = s_hedged if hedge else s
        return Quantity(self.text[start:e], start, e, kind, value, unit, low=low, high=high,
                        precision=precision, hedge=hedge, alternatives=alternatives,
                        approximate=hedge is not None, number_span=number_span)

    # -- context --------------------------------------------------------------
    def _currency_before(self, s: int) -> tuple[str, int] | None:
        m = CURRENCY_BEFORE.search(self.prose, max(0, s - 6), s)
        if m is None:
            return None
        mark = m.group("mark")
        mark = mark if mark in money.PREFIX_MARKS else _PREFIX_BY_FOLDED[mark.casefold()]
        if mark in money.LOCAL_ONLY_MARKS and money.LOCAL_ONLY_MARKS[mark] != self.country:
            return None
        return mark, m.start()

    def _hedge(self, s: int) -> tuple[str | None, str | None, int | None]:
        start = s
        cur = self._currency_before(s)
        if cur:
            start = cur[1]
        m = HEDGE_BEFORE.search(self.prose, max(0, start - 24), start)
        if m is None:
            return None, None, None
        word = " ".join(m.group("hedge").lower().split())
        if word in _POSITIONAL_HEDGES and _OF_AFTER.match(self.prose, s):
            return None, None, None   # "under one of the agreements" is not a bound
        kind = "low" if word in _LOW_HEDGES else "high" if word in _HIGH_HEDGES else "about"
        return kind, word, m.start()


_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
_SPACED_SCALE = {"k": 1_000, "bln": 10**9, "tln": 10**12, "mln": 10**6, "bn": 10**9, "mn": 10**6, "tn": 10**12, "trn": 10**12}


def _numeral_value(match: regex.Match) -> tuple[float, float, int] | None:
    """Value, written precision, and end of a NUMERAL match (a phrase may be read in part)."""
    end = match.end()
    m = match
    kind = match.lastgroup
    if kind in ("glyph", "glued", "spacedk", "dscale"):
        kind = "digits"   # the digits alternative, closed by one of its suffixes
    if kind == "words":
        parsed = numbers.parse_phrase(m.group("words"))
        if parsed is None:
            return None
        value, used = parsed
        return value, 0.0, m.start("words") + used
    if kind == "sci":
        return _scientific(m.group("sci")), 0.0, end
    if kind == "mixed":
        return int(m.group("mint")) + int(m.group("mnum")) / int(m.group("mden")), 0.0, end
    if kind == "slash":
        den = int(m.group("sden"))
        return (int(m.group("snum")) / den, 0.0, end) if den else None
    if kind == "spaced":
        value, precision = numbers.digits_value(m.group("spaced").replace(" ", ""))
        return value, precision, end
    if kind == "vulgar":
        return _GLYPHS[m.group("vulgar")], 0.0, end
    if kind == "half":
        return 0.5, 0.0, end
    if kind == "couple":
        return 2.0, 0.0, end
    if kind == "digits":
        value, precision = numbers.digits_value(m.group("digits"))
        if m.group("glyph"):
            value += _GLYPHS[m.group("glyph")]
        scale = 1.0
        if m.group("glued"):
            scale = numbers.SUFFIXES.get(m.group("glued"), numbers.SUFFIXES.get(m.group("glued").lower(), 1))
        elif m.group("spacedk"):
            scale = _SPACED_SCALE[m.group("spacedk").lower()]
        elif m.group("dscale"):
            scale = numbers.words_value("1 " + m.group("dscale")) or 1.0
        if scale > 1 and not precision:
            # "$115m" is rounded to the million: it stands for 114.5m..115.5m.
            precision = 0.5
        return value * scale, precision * scale, end
    if kind == "vague":
        word = " ".join(m.group("vague").lower().split())
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


def _reads_as_metre(prose: str, e: int, number: float) -> bool:
    """Is the "m" glued to this number a metre? Only when length words follow."""
    if _METRE_CONTEXT.match(prose, e):
        if prose[e:e + 1] in (".", ",", ";", ":", ")", "") or e >= len(prose):
            return number >= 50 and number == int(number)   # "the 800m." vs "cost 1.5m."
        return True
    return False


def _is_ordinal(prose: str, m: regex.Match) -> bool:
    word = m.group("oword")
    if not word:
        return True
    lower = word.lower()
    if lower in ("second", "quarter") or lower.endswith("second"):
        # "two second" is a duration; "a second term" is an ordinal.
        before = prose[max(0, m.start() - 12):m.start()].lower()
        if regex.search(r"(?:\d|\b(?:one|two|three|four|five|ten|few|split|per|a|every))\s*\Z", before) and lower == "second":
            return False
    if lower in numbers.FRACTION_WORDS and regex.match(r"[\s-]+of\b", prose[m.end():m.end() + 5]):
        return False  # "a third of" is a fraction, read by NUMERAL
    before = prose[max(0, m.start() - 12):m.start()].lower()
    if lower in numbers.FRACTION_WORDS and regex.search(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]\Z", before):
        return False  # "two-thirds", "a fifth"
    return True


def _ordinal(m: regex.Match, text: str) -> Quantity:
    if m.group("odig"):
        value = float(m.group("odig"))
    else:
        parts = regex.split(r"[\s-]", m.group("oword").lower())
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


def _join_ranges(found: list[Quantity], prose: str, text: str) -> list[Quantity]:
    """ "$3-4bn", "10-15%", "between 3 and 4 days": the second figure's unit and scale
    apply to the first when the first has none of its own."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        if i + 1 < len(found):
            r = found[i + 1]
            joined = _range_of(q, r, prose, text)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if q.kind == "number" and q.hedge is None and r.kind in ("physical", "percent") \
                    and regex.fullmatch(r"\s+(?:and|or)\s+", prose[q.end:r.start]):
                q = replace(q, kind=r.kind, unit=r.unit)   # "45 and 50 mg": both are milligrams
        out.append(q)
        i += 1
    return out


def _range_of(q: Quantity, r: Quantity, prose: str, text: str) -> Quantity | None:
    gap = prose[q.end:r.start]
    if len(gap) > 7 or not RANGE_JOIN.search(gap + "\0"[:0]):
        return None
    join = gap.strip().lower()
    between = BETWEEN_BEFORE.search(prose, max(0, q.start - 14), q.start)
    if join == "and" and not (between and between.group().lower().startswith("between")):
        return None
    hedged = q.hedge is not None
    if hedged:
        q = replace(q, hedge=None)
    from_ = between is not None and between.group().lower().startswith("from")
    if join in ("to",) and from_ and _CHANGE_BEFORE.search(prose, max(0, between.start() - 40), between.start()):
        return None  # "rose from 3 to 4 per cent" is a change, not a range
    plain_to = (between is None and join == "to" and q.value is not None and r.value is not None
                and q.value < r.value and not _CHANGE_BEFORE.search(prose, max(0, q.start - 40), q.start))
    if r.kind == "number" and q.kind == "number" and (between is not None or plain_to) and join in ("to", "and") \
            and q.hedge is None and r.hedge is None:
        start = between.start() if between is not None and not from_ else q.start
        low, high = sorted((q.value, r.value))
        return Quantity(text[start:r.end], start, r.end, "number", (low + high) / 2, None, low=low, high=high,
                        precision=max(q.precision, r.precision), approximate=True, number_span=(q.start, r.end))
    if q.kind == "money" and r.kind == "number" and join in ("-", "–", "—", "to") and _scale_of(r, text) > 1:
        # "$3-4bn": the first end takes the second's scale, the second the first's currency.
        scale = _scale_of(r, text)
        low = q.value * scale
        if low > r.value:
            return None
        return Quantity(text[q.start:r.end], q.start, r.end, "money", (low + r.value) / 2, q.unit, low=low, high=r.value,
                        precision=max(q.precision * scale, r.precision), alternatives=q.alternatives,
                        approximate=True, number_span=(q.start, r.end))
    if r.kind in ("number", "ordinal", "date", "weekday"):
        return None
    low, high = q.value, r.value
    if q.kind == "number":
        scale = _scale_of(r, text)
        low = q.value * scale if q.value * scale <= r.value or scale == 1 else q.value
        if r.kind == "money" and q.value * scale > r.value and scale != 1:
            return None
    elif q.kind == "money" and r.kind == "number":
        return None
    elif q.kind != r.kind or q.unit != r.unit:
        return None
    if low is None or high is None:
        return None
    if low > high:
        if not (from_ or between is not None):
            return None
        low, high = high, low   # "ranged from -18C to -34C"
    start = between.start() if between and between.group().lower().startswith("between") else q.start
    if q.kind == "money" and r.kind != "money":
        return None
    if hedged:
        start = min(start, q.number_span[0] if q.number_span else q.start)
    return Quantity(text[start:r.end], start, r.end, r.kind, (low + high) / 2, r.unit, low=low, high=high,
                    precision=max(q.precision, r.precision), alternatives=r.alternatives, approximate=True,
                    number_span=(q.start, r.end))


def _scale_of(r: Quantity, text: str) -> float:
    """The scale written on the second end of a range ("4bn" -> 1e9), 1 if none."""
    s, e = r.number_span or (r.start, r.end)
    surface = text[s:e]
    m = regex.search(rf"(?:\d)(?P<g>bn|mn|mln|bln|tn|trn|cr|k|K|m|M|b|B|T)\b|\s(?P<w>{SCALE_WORD_RE})\b", surface, regex.I)
    if not m:
        return 1.0
    if m.group("g"):
        return float(numbers.SUFFIXES[m.group("g")])
    return float(numbers.words_value("1 " + m.group("w")) or 1)


def _drop_overlaps(found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        if out and q.start < out[-1].end:
            if (q.end - q.start) > (out[-1].end - out[-1].start):
                out[-1] = q
            continue
        out.append(q)
    return out
