"""A numeral read in its context: what turns "3.5" into "$3.5bn", "3.5%" or "3.5km".

`Context.read` looks before the numeral (a currency mark, a hedge such as "at
least", a minus sign) and after it (a currency word, a percent sign, a time unit,
a physical unit, a compound unit for quantulum3), and makes the Quantity.
"""
from __future__ import annotations

import functools

import regex

from ..model import Quantity
from . import money, numbers, units
from .numbers import G_DIGITS, G_DSCALE, G_GLUED, G_VAGUE

# "a $7bn loan" is not Australian dollars: one-letter marks ("A$", "S$") only as written.
_PREFIX_BY_FOLDED = {k.casefold(): k for k in money.PREFIX_MARKS
                     if "$" in k and sum(c.isalpha() for c in k) != 1 or k in ("C$", "C $")}
_AGO = regex.compile(r"\s+ago\b")
CURRENCY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\d'’])(?P<mark>(?i:{'|'.join(regex.escape(k) for k in sorted(_PREFIX_BY_FOLDED.values(), key=len, reverse=True))})"
    rf"|{'|'.join(regex.escape(k) for k in sorted(money.PREFIX_MARKS, key=len, reverse=True))})\s?\Z")
MINOR_AFTER = regex.compile(
    rf"\s+(?:and\s+)?(?P<minor>\d{{1,2}}|(?:{'|'.join(numbers.TENS)})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:\s*(?P<cents>cents?\b|pence\b|p\b|c\b|¢)|(?=\s*(?:[.,;!?]|$|\sand\b)))", regex.I)
CURRENCY_AFTER = regex.compile(
    r"(?:\s?-?\s?)(?P<mark>" + "|".join(regex.escape(k) for k in sorted(money.SUFFIX_MARKS, key=len, reverse=True))
    + r")(?![\p{L}\d])", regex.I)
# Where a suffix mark can begin: each one that opens with an ASCII letter has its first run of ASCII letters
# (lowercased) before a character that is no letter ("rs." -> "rs", "u.s. dollar" -> "u"), so a match begins
# with a run of ASCII letters that is one of these, unless a character outside ASCII (perhaps a letter, or one
# folding to an ASCII one) stands in or just after the run; the marks opening otherwise, by their first character.
_SUFFIX_RUNS = frozenset(regex.match(r"[a-z]+", k.lower()).group() for k in money.SUFFIX_MARKS
                         if k[:1].isascii() and k[:1].isalpha())
_SUFFIX_OTHER_STARTS = frozenset(k[:1] for k in money.SUFFIX_MARKS if not (k[:1].isascii() and k[:1].isalpha()))
assert all(c.isascii() and not c.isalpha() or not c.isascii() for c in _SUFFIX_OTHER_STARTS)
assert not any(c in k for k in money.SUFFIX_MARKS for c in "\u017f\u212a")   # no mark's letter folds from ASCII
_ASCII_LETTER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _currency_after(prose: str, e: int) -> regex.Match | None:
    """CURRENCY_AFTER.match(prose, e), skipped where no mark can start (see _SUFFIX_RUNS)."""
    n = len(prose)
    p = e
    while p < n:
        c = prose[p]
        if c in _ASCII_LETTER_CHARS:
            # a letter is no part of the lead-in: a mark begins here or nowhere
            q = p + 1
            while q < n and prose[q] in _ASCII_LETTER_CHARS:
                q += 1
            if q < n and not prose[q].isascii() or prose[p:q].lower() in _SUFFIX_RUNS:
                return CURRENCY_AFTER.match(prose, e)
            return None
        if not c.isascii() or c in _SUFFIX_OTHER_STARTS:
            return CURRENCY_AFTER.match(prose, e)
        # the lead-in "\s?-?\s?" (isspace() covers every \s) reaches at most three characters on
        if p - e >= 3 or not (c.isspace() or c == "-"):
            return None
        p += 1
    return None


PERCENT_BEFORE = regex.compile(r"(?<![\p{L}])(?:percents?|per\s?cent|percentage)\s+of\s+\Z", regex.I)
PERCENT_AFTER = regex.compile(
    r"""\s?(?:(?P<pct>%|per[\s-]?cents?\b|percents?\b|percentage\b(?![\s-]points?)|pc\b|pct\b
                  |por\s+cento\b|pour\s?cent\b|per\s+cento\b|Prozent\b)(?P<pts>\s+points?\b)?
        |(?P<pp>\s?percentage[\s-]points?\b|\s?pp\b|\s?ppts?\b|\s?%\s?pts?\b
              |\s?pontos?\s+percentua(?:is|l)\b|\s?puntos?\s+porcentual(?:es)?\b|\s?points?\s+de\s+pourcentage\b
              |\s?punti\s+percentuali\b|\s?Prozentpunkte?\b)
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

# ("MENDI - Twenty-seven people died": a spaced dash after a word is a dateline's or a clause's dash, not a sign)
NEGATIVE_BEFORE = regex.compile(r"(?:(?<![\p{L}\d,.)%])-|(?<![\p{L}\d)%]\s)(?<![\p{L}\d,.)%])-\s|\bminus\s+|\bnegative\s+)\Z", regex.I)
# "the 100m sprint" is metres; "1.5m barrels" is a million. Words after a glued
# "m" that mean length:
_METRE_CONTEXT = regex.compile(
    r"[\s-]*(?:high|tall|deep|long|wide|sprint|race|hurdles|freestyle|backstroke|breaststroke|butterfly|relay|dash|"
    r"medley|final|heat|above|below|away|from|up|down|across|under|beneath|in\s+(?:length|height|diameter|depth)|"
    r"-|\)|$|\.|,|;|:)", regex.I)

# After a number: a unit with "/", "^", "²", "s-1", "±" or "<unit> per <unit>" is a compound.
COMPOUND_AFTER = regex.compile(
    r"\s?(?:\+/-|±|[x×]\d+\^|(?:[^\W\d_]{1,4}|µ[^\W\d_]{0,3})(?:\s?/\s?[^\W\d_]|\^-?\d|[²³]/|-1\b)|times\s+per\s+\w|"
    r"(?:[^\W\d_]{1,3})\s+per\s+(?:metre|meter|litre|liter|kg|kilogram)\b)")
_QUARTER_OF = regex.compile(r"\s+of\s+an?\s+(hour|year|day|century)\b", regex.I)
_BELOW_ZERO = regex.compile(r"\s+below\s+(?:zero|freezing)\b", regex.I)
_PICO_ATTO = regex.compile(r"\s(pm|am)(?![\p{L}\d])")
# "48,200 tonnes a year earlier" is a level with its time, not a rate
_PER_TIME = regex.compile(r"\s+(?:per|a|an)\s+(?P<tu>second|minute|hour|day|week|month|year)\b"
                          r"(?!\s+(?:earlier|ago|before|later|after|on\b))", regex.I)
_COMPOUND_TAIL = regex.compile(r"(?:\s?/\s?[^\W\d_]|\^-?\d|[²³]/|\s+per\s+(?:metre|meter|litre|liter|kg|kilogram|square|cubic)\b)")
_UNIT_CLOSE = regex.compile(
    r"(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:thick|wide|long|tall|high|deep|across|in\s+diameter|of|outside|inside|today|"
    r"tonight|yesterday|and|or|to|on|at|in|by|with|from|was|is|were|are|per|a|an|each|over|under|valued|worth)\b)", regex.I)
_YEARISH = regex.compile(r"1[89]\d\d|20\d\d")
_INCH_MEASURE = regex.compile(r"\s*(?:[.,;:!?)\]]|$)|\s+(?:thick|wide|long|tall|high|deep|across|in\s+diameter)\b", regex.I)
_TEMPERATURE_WORDS = regex.compile(
    r"(?i:temperature|heat|hot|cold|warm|cool|chill|freez|degrees|celsius|fahrenheit|mercury|weather|climate|thermometer|"
    r"boil|melt|oven|fever|frost|scorch|sizzl|swelter|outside|forecast|highs\b|lows\b|high\s+(?:of|reached|hit|was|near|around|topped)\b)|°", regex.I)
# (scale letter, spaced from its number) that is a temperature only in weather copy: "the 13F filing",
# "Boeing 777F"; "a 58c increase" (cents); "Group 4 C" (but a glued "45C" is Celsius anywhere).
_LETTER_SCALE_NEEDS_WEATHER = frozenset({("F", False), ("F", True), ("c", False), ("c", True), ("C", True)})
_WEIGHT_WORDS = regex.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weight|heavy|heavier|lighter|bag|sack|baby|lost|gained|ounces|stone|coal|"
    r"flour|sugar|rice|beans|meat|fish|kg|lb|lbs)\b", regex.I)
_MONEY_WORDS = regex.compile(
    r"\b(?:cost|costs|paid|pay|pays|price|priced|worth|spent|spend|fund|funding|budget|salary|wage|fee|fees|fine|fined|"
    r"sterling|bill|loan|debt|profit|revenue|sold|buy|bought|earn|earned|million|billion|bn|m)\b", regex.I)

NEXT_WORD = regex.compile(r"[\s-]+([^\W\d_]+)")



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
    nxt = NEXT_WORD.match(prose, e)
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
              "points", "point", "of", "pm", "am", "times", "below", "x", "and", "bln", "tln", "mln", "k",
              "por", "pour", "pontos", "ponto", "puntos", "punto", "punti", "prozent", "prozentpunkte"}
    words |= {form for unit in TIME_UNITS for form in (unit, unit + "s")}   # "hours", "centuries", "yrs"
    for key in units.lexicon():
        first = _LEADING_LETTERS.match(key)
        if first:
            words.add(first.group().lower())
    return frozenset(words)



_LEADING_LETTERS = regex.compile(r"[^\W\d_]+")


# Number words a numeral can begin with.

# "96 degrees", "30°": the writer left the scale to the reader, who reads the newsroom's own.
_SCALE_UNSAID = frozenset({"degree", "degrees", "°", "º", "deg", "degs"})
# Countries whose weather is reported in Fahrenheit (the US and the countries that follow its usage).
FAHRENHEIT_COUNTRIES = frozenset({"US", "LR", "BS", "BZ", "KY", "PW", "FM", "MH"})


# Newsrooms whose copy writes a bare "degrees" in either scale ("a sweltering 90 degrees" in a British paper).
BOTH_SCALES = frozenset({"GB"})


def _unsaid_scale(country: str | None, mentioned: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """(the scale a bare "degrees" most likely means, the other one when it stays possible).

    The newsroom settles it: a Pakistani paper's "60.5 degrees" is Celsius, an American paper's "141 degrees"
    Fahrenheit. It stays open in copy with no newsroom, in British copy, and in a story about a place that reports
    in the other scale ("Phoenix hit 118 degrees" in an Indian paper may quote it)."""
    fahrenheit = country in FAHRENHEIT_COUNTRIES
    name, other = ("degree Fahrenheit", "degree Celsius") if fahrenheit else ("degree Celsius", "degree Fahrenheit")
    open_scale = (country is None or country in BOTH_SCALES
                  or any((c in FAHRENHEIT_COUNTRIES) != fahrenheit for c in mentioned))
    return name, ((other,) if open_scale else ())


class Context:
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
            e = s + len(m.group(G_DIGITS) or m.group(0))
            return Quantity(self.text[s:e], s, e, "number", *numbers.digits_value(m.group(G_DIGITS))[:1],
                            number_span=(s, e)) if m.group(G_DIGITS) else None
        # A glued "m" is a million in money and counts, a metre in "the 100m sprint".
        glued = m.group(G_GLUED)
        if glued in ("b", "B", "T", "G") and not self._currency_before(s) and "." not in (m.group(G_DIGITS) or ""):
            return None if m.group(G_DIGITS) is None else self._plain(m, *numbers.digits_value(m.group(G_DIGITS)), s, s + len(m.group(G_DIGITS)))
        if glued == "K" and not self._currency_before(s) and self._near(s, _TEMPERATURE_WORDS):
            e = s + len(m.group(G_DIGITS))
            value, precision = numbers.digits_value(m.group(G_DIGITS))
            return self._finish(s, e + 1, "physical", value, "kelvin", precision, (s, e), None, None, None)
        if glued == "m" and not self._currency_before(s) and _reads_as_metre(prose, e, value / 1e6):
            value, precision = value / 1e6, precision / 1e6
            e = s + len(m.group(G_DIGITS))
            number_span = (s, e)
            q = self._physical(s, e, value, precision, number_span)
            if q is not None:
                return q
        before = self._currency_before(s)
        # the word before the figure, read once for the hedge and the "per cent of" tests below
        last = _last_word(prose, s) if before is None else None
        hedge_kind, hedge, s_hedged = self._hedge(s, before, last)
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
                after = _currency_after(prose, e)
                if after and money.SUFFIX_MARKS[after.group("mark").lower()].default == mark.default:
                    e = after.end()
                elif mark_text in ("$", "£", "€", "US$") and not m.group(G_GLUED) and not m.group(G_DSCALE):
                    minor = MINOR_AFTER.match(prose, e)   # "$20 and 43c"
                    cents = numbers.words_value(minor.group("minor")) if minor else None
                    if cents is not None and cents < 100 and (minor.group("cents") or prose[e:minor.start("minor")].strip() == ""):
                        value += cents / 100
                        e = minor.end()
                return self._money(mark_start, e, value, precision, mark, number_span, hedge_kind, hedge, s_hedged)
        if not _may_have_unit(prose, e):
            # Nothing after the figure can make it money, a share, a time or a measure
            # ("300 people", "in 2023."): only "per cent of 22" is left to try.
            before_pct = PERCENT_BEFORE.search(prose, max(0, s - 24), s) \
                if (last if last is not None else _last_word(prose, s)) == "of" else None
            if before_pct and not m.group(G_GLUED):
                return self._finish(before_pct.start(), e, "percent", value, "percent", precision, number_span,
                                    hedge_kind, hedge, s_hedged)
            return self._plain(m, value, precision, s, e, hedge_kind, hedge, s_hedged)
        after = _currency_after(prose, e)
        if after and after.group("mark").lower() in ("pound", "pounds") and not m.group(G_GLUED) \
                and not self._pounds_are_money(s):
            after = None   # "a twenty-pound bag of rice" weighs; the physical reading follows
        if after and not (after.group("mark") == "p" and (m.group(G_GLUED) or value >= 1000)):
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
        pct = PERCENT_AFTER.match(prose, e)
        before_pct = None if pct else (
            PERCENT_BEFORE.search(prose, max(0, s - 24), s)
            if (last if last is not None else _last_word(prose, s)) == "of" else None)
        if before_pct and not m.group(G_GLUED):   # "per cent of 22" (but "percentage of 82.1%" has its sign)
            return self._finish(before_pct.start(), e, "percent", value, "percent", precision, number_span,
                                hedge_kind, hedge, s_hedged)
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
        if "." in (m.group(G_DIGITS) or ""):
            tiny = _PICO_ATTO.match(prose, e)
            if tiny is not None:   # "2.1 pm" after decimals is a length, "2.30pm" a time (SKIP)
                unit = "picometre" if tiny.group(1) == "pm" else "attometre"
                return self._finish(s, tiny.end(), "physical", value, unit, precision, number_span, hedge_kind, hedge, s_hedged)
        duration = DURATION_AFTER.match(prose, e)
        if duration and value >= 1 and duration.group().lstrip()[:3].lower() == "of ":
            duration = None   # "the 2,310 of a year earlier": "of a" joins a fraction to its unit, not a count
        if duration and not m.group(G_GLUED):
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
        if duration and not m.group(G_GLUED) and unit is not None:
            end = duration.end()
            ago = _AGO.match(prose[end:end + 8])
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
        if surface == "in" and at > e and _YEARISH.fullmatch(prose[s:e]) and not _INCH_MEASURE.match(after):
            return None   # "opened in 2012 in a former warehouse": a year, then a preposition
        rate = _PER_TIME.match(prose, end)
        if rate is not None and " per " not in name:
            name, end = f"{name} per {rate.group('tu').lower()}", rate.end()   # "two kb per second"
        if (surface, at > e) in _LETTER_SCALE_NEEDS_WEATHER and not self._near(s, _TEMPERATURE_WORDS):
            return None   # a bare letter is a temperature scale only in copy about weather
        alternatives = ()
        if name.startswith("degree "):
            below = _BELOW_ZERO.match(prose, end)
            if below is not None:   # "2 degrees below zero"
                value, end = -value, below.end()
            if surface.lower() in _SCALE_UNSAID:
                name, alternatives = _unsaid_scale(self.country, self.mentioned)
        return self._finish(s, end, "physical", value, name, precision, number_span, hedge_kind, hedge, s_hedged,
                            alternatives=alternatives)

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
        if m.group(G_VAGUE):
            return Quantity(self.text[s:e], s, e, "number", value, low=value, approximate=True)
        return self._finish(s, e, "number", value, None, precision, (s, e), hedge_kind, hedge, s_hedged)

    def _finish(self, s, e, kind, value, unit, precision, number_span, hedge_kind, hedge, s_hedged, alternatives=()):
        neg = NEGATIVE_BEFORE.search(self.prose, max(0, s - 9), s) if _may_be_negative(self.prose, s) else None
        if neg is not None and kind in ("number", "physical", "percent", "money"):
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
        prose = self.prose
        if not _may_end_a_mark(prose, s):
            return None
        # a mark that ends in a letter is all letters with no letter before it: the whole word must be one
        # ("the 5", "was 5" are not)
        j = s - 1 if prose[s - 1:s] == " " else s
        if j > 0 and prose[j - 1].isalpha():
            i = j - 1
            while i > 0 and prose[i - 1].isalpha():
                i -= 1
            if prose[i:j] not in _LETTER_MARKS:
                return None
        m = CURRENCY_BEFORE.search(self.prose, max(0, s - 6), s)
        if m is None:
            return None
        mark = m.group("mark")
        mark = mark if mark in money.PREFIX_MARKS else _PREFIX_BY_FOLDED[mark.casefold()]
        if mark in money.LOCAL_ONLY_MARKS and money.LOCAL_ONLY_MARKS[mark] != self.country:
            return None
        return mark, m.start()

    def _hedge(self, s: int, currency_before: tuple[str, int] | None,
               last: str | None = None) -> tuple[str | None, str | None, int | None]:
        """A hedge before the figure (or before its currency mark): kind, words, start. `last` is the word
        before s when already read (with no currency mark)."""
        start = currency_before[1] if currency_before else s
        word = last if last is not None and currency_before is None else _last_word(self.prose, start)
        if word not in _HEDGE_LAST_WORDS:
            return None, None, None
        needs = _HEDGE_NEEDS.get(word)
        if needs is not None:
            lead = self.prose[max(0, start - 24):start].casefold()     # (once, not once per word)
            if not any(w in lead for w in needs):
                return None, None, None
        m = HEDGE_BEFORE.search(self.prose, max(0, start - 24), start)
        if m is None:
            return None, None, None
        word = " ".join(m.group("hedge").lower().split())
        if word in _POSITIONAL_HEDGES and _OF_AFTER.match(self.prose, s):
            return None, None, None   # "under one of the agreements" is not a bound
        kind = "low" if word in _LOW_HEDGES else "high" if word in _HIGH_HEDGES else "about"
        return kind, word, m.start()



# Cheap looks before a numeral, so most figures skip the window searches above.
# Every mark's last one to four characters, case-folded marks included ("c $").
_MARK_TAILS = frozenset(key[-k:] for key in money.PREFIX_MARKS for k in range(1, min(5, len(key)) + 1))
_LETTER_MARKS = frozenset(k for k in money.PREFIX_MARKS if k[-1].isalpha())
assert all(k.isalpha() for k in _LETTER_MARKS)
_HEDGE_LAST_WORDS = frozenset({"least", "than", "of", "over", "above", "to", "most", "under", "below", "nearly",
                               "almost", "about", "around", "roughly", "approximately", "approx", "some",
                               "estimated", "circa", "c"})


# the hedges that end in "of", "to" or "than" each hold one of these words before it (casefolded, as the I flag
# reads letters): "a minimum of", "up to", "no fewer than", ...
_HEDGE_NEEDS = {"of": ("minimum", "excess", "upwards", "maximum"), "to": ("up", "close"),
                "than": ("fewer", "less", "more", "lower", "higher", "greater", "smaller")}


def _may_end_a_mark(prose: str, s: int) -> bool:
    """Could a currency mark end just before s ("$", "Rs", "Tk.", "US$ ")?"""
    # A tail of one of the marks ends with that mark's last character, itself one of _MARK_TAILS:
    # the last character before s (spaces skipped, within 7) decides alone.
    lo = max(0, s - 7)
    i = s
    while i > lo and prose[i - 1] == " ":
        i -= 1
    return i > lo and prose[i - 1] in _MARK_TAILS


def _last_word(prose: str, s: int) -> str:
    """The word just before s, lowercased ("at least 12" -> "least")."""
    chunk = prose[max(0, s - 20):s].rstrip(" -\n\t").rstrip(".")
    if chunk[-1:].isalpha():
        last = chunk.rsplit(None, 1)[-1]     # the last word, whitespace (never a letter) before it
        if last.isalpha():
            return last.lower()
    i = len(chunk)
    while i and chunk[i - 1].isalpha():
        i -= 1
    return chunk[i:].lower()


def _may_be_negative(prose: str, s: int) -> bool:
    tail = prose[max(0, s - 10):s]
    if "-" in tail[-2:]:
        return True
    tail = tail.rstrip()
    # "minus", "negative": only a tail ending in s or e can end with either
    return tail[-1:] in _S_OR_E and tail.lower().endswith(("minus", "negative"))


_S_OR_E = frozenset("sSeE")


def _reads_as_metre(prose: str, e: int, number: float) -> bool:
    """Is the "m" glued to this number a metre? Only when length words follow."""
    if _METRE_CONTEXT.match(prose, e):
        if prose[e:e + 1] in (".", ",", ";", ":", ")", "") or e >= len(prose):
            return number >= 50 and number == int(number)   # "the 800m." vs "cost 1.5m."
        return True
    return False
