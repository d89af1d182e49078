"""Numerals as newsrooms write them: digits, number words, scale words and suffixes.

Everything here is a pure function of a string. The regex fragments are combined
into the full grammar in `extract.py`; the value functions turn a matched numeral
into a value *and* the precision the writer's digits imply ("35.7" -> 0.05), so a
check can tell rounding from a wrong figure.
"""
from __future__ import annotations

import functools


# Non-Latin digits map one code point to one code point, so offsets survive.
_DIGIT_BLOCKS = (0x0660, 0x06F0, 0x0966, 0x09E6)  # Arabic-Indic, Ext. Arabic-Indic, Devanagari, Bengali
DIGIT_TRANSLATION = {block + i: ord("0") + i for block in _DIGIT_BLOCKS for i in range(10)}
DIGIT_TRANSLATION.update({0x066B: ord("."), 0x066C: ord(",")})  # Arabic decimal & thousands separators

UNITS = {
    "zero": 0, "nil": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
# Scale words, Western and South Asian. "arab" and "kharab" are 10^9 and 10^11 in
# Pakistani and Indian usage.
SCALES = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
    "lacs": 100_000, "lkh": 100_000, "lkhs": 100_000, "million": 10**6, "crore": 10**7, "crores": 10**7, "kror": 10**7,
    "krors": 10**7, "krore": 10**7, "krores": 10**7, "koti": 10**7, "thousands": 1_000, "billion": 10**9, "arab": 10**9, "kharab": 10**11, "trillion": 10**12,
    "millions": 10**6, "billions": 10**9, "trillions": 10**12,
}
# Suffixes glued to digits: "$3.5bn", "Rs10bn", "1.2k". "m" is handled apart
# because it is also the metre.
SUFFIXES = {
    "k": 1_000, "K": 1_000, "thousand": 1_000, "G": 10**9,
    "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "MM": 10**6,
    "bn": 10**9, "b": 10**9, "B": 10**9, "bln": 10**9, "bil": 10**9,   # "US$1.9bil" (Malaysian press) "billion": 10**9,
    "tn": 10**12, "trn": 10**12, "tln": 10**12, "tr": 10**12, "T": 10**12, "trillion": 10**12,
    "cr": 10**7, "crore": 10**7, "lakh": 10**5,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
}
# Denominators for fractions written in words ("two-thirds", "a quarter").
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "hundredth": 100,
    "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
}


def _alternation(words) -> str:
    # Longest first so "seventeen" is tried before "seven".
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


NUMBER_WORD_RE = _alternation(list(UNITS) + list(TENS) + list(SCALES))
SCALE_WORD_RE = _alternation(SCALES)

# The groups of the numeral patterns (extract.py), numbered alike in every one of them, so that code reading a
# numeral match asks for a group by number: by name costs the regex module several times more on every call.
NUMERAL_GROUPS = ("words", "sci", "mixed", "mint", "mnum", "mden", "slash", "snum", "sden", "spaced", "digits", "glyph",
                  "glued", "spacedk", "dscale", "vague", "vulgar", "couple", "half")
(G_WORDS, G_SCI, G_MIXED, G_MINT, G_MNUM, G_MDEN, G_SLASH, G_SNUM, G_SDEN, G_SPACED, G_DIGITS, G_GLYPH, G_GLUED,
 G_SPACEDK, G_DSCALE, G_VAGUE, G_VULGAR, G_COUPLE, G_HALF) = range(1, len(NUMERAL_GROUPS) + 1)

# Digits with Western (1,234,567) or South Asian (12,34,567) grouping, or none.
# A leading minus only when it is a sign, not a hyphen joining words.
DIGITS_RE = r"""
    (?:\d{1,3}(?:,\d{3})+(?!,?\d)           # 1,234,567
      |\d{1,2}(?:,\d{2})+,\d{3}(?!,?\d)     # 12,34,567  1,00,000
      |\d{1,3},\d{1,2}(?=\s?%|\s(?:por|pour|per)\s?cento?\b|\s(?:pontos?|puntos?|punti)\s+percentua|\s(?:puntos?\s+porcentua|points?\s+de\s+pourcentage|Prozent))
                                            # 51,95%  5,9 pontos percentuais: a decimal comma (never a thousands group)
      |\d+)
    (?:\.\d+)?
  | \.\d+
"""


@functools.lru_cache(maxsize=4096)   # pure, and the same numerals recur across stories
def words_value(phrase: str) -> float | None:
    """Value of a run of number words: "two hundred and fifty thousand", "1.5 lakh crore".

    Digits may lead ("3 hundred", "1.5 lakh crore"). Returns None when the words do
    not form one number ("five six" is two numbers, handled by the caller).
    """
    tokens = [t for t in phrase.lower().replace("-", " ").replace(",", " ").split() if t not in ("and", "a", "an")]
    if not tokens:
        return None
    if len(tokens) in (2, 3) and tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10 and tokens[1] in TENS \
            and (len(tokens) == 2 or (tokens[2] in UNITS and 0 < UNITS[tokens[2]] < 10)):
        # "one twenty two" is 122, as a number is read aloud.
        return UNITS[tokens[0]] * 100 + TENS[tokens[1]] + (UNITS[tokens[2]] if len(tokens) == 3 else 0)
    total = 0.0
    current = 0.0
    last = None          # kind of the previous token: "unit", "tens", "hundred", "scale"
    last_scale = None
    for tok in tokens:
        if tok in UNITS or tok in TENS or _is_digits(tok):
            value = UNITS.get(tok, TENS.get(tok)) if not _is_digits(tok) else float(tok.replace(",", ""))
            kind = "tens" if tok in TENS else "unit"
            if last == "unit" or (last == "tens" and kind == "tens"):
                return None  # "five six", "twenty thirty"
            if last == "tens" and value >= 10:
                return None  # "twenty eleven" is a year, not a number here
            current += value
            last = kind
        elif tok == "hundred":
            current = (current or 1) * 100
            last = "hundred"
        elif tok in SCALES:
            scale = SCALES[tok]
            if last == "scale" and current == 0 and last_scale is not None and scale > 1:
                # "lakh crore", "thousand crore": the new scale multiplies the group.
                total *= scale
            else:
                if scale <= (last_scale or float("inf")) or total == 0:
                    total += (current or 1) * scale
                else:
                    total = (total + (current or 1)) * scale
            current = 0
            last = "scale"
            last_scale = scale
        else:
            return None
    return total + current


def _is_digits(tok: str) -> bool:
    return bool(tok) and tok.replace(",", "").replace(".", "", 1).isdigit()


_DECIMAL_COMMA = __import__("re").compile(r"\d{1,3},\d{1,2}")


def round_count_rounding(value: float) -> float:
    """Half a unit of the last significant digit of a round whole number: 1,200 -> 50, 4,000 -> 500, 23 -> 0.
    A count ending in zeros may stand for any figure that rounds to it."""
    if value != int(value) or value == 0:
        return 0.0
    n, unit = int(abs(value)), 1
    while n % 10 == 0 and n >= 10:
        n //= 10
        unit *= 10
    return unit / 2 if unit > 1 else 0.0


@functools.lru_cache(maxsize=4096)   # pure, and called for every numeral
def digits_value(text: str) -> tuple[float, float]:
    """Value and rounding half-width of a digit string: "35.7" -> (35.7, 0.05).

    Whole numbers written with trailing zeros ("3,000") get precision 0: we cannot
    know whether they were rounded, and a check must not assume it.
    """
    if "," in text and _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")       # "51,95" before a percent sign (see DIGITS_RE)
    clean = text.replace(",", "")
    value = float(clean)
    if "." in clean:
        decimals = len(clean.split(".")[1])
        return value, 0.5 * 10 ** (-decimals)
    return value, 0.0


# -- number phrases in words ------------------------------------------------------
#
# "two hundred and fifty thousand", "three fifths", "twenty and three fifths",
# "one hundred thirty-fifths" (100/35), "five point five", "1 over 3", "half a
# million", "two thirds of a million", "3 hundred and 21", "6 crore and two hundred".
# The regex in grammar finds a phrase; `parse_phrase` reads as much of it as forms
# one number and says where it stopped, so the rest is read again.

import regex as _regex

_TOKEN = _regex.compile(r"[^\W\d_]+|\d[\d,]*(?:\.\d+)?|&|-")
DENOMINATORS = {w: d for w, d in FRACTION_WORDS.items()}
DENOMINATORS.update({k + "s": v for k, v in ORDINAL_WORDS.items() if k not in ("second",)})
DENOMINATORS.update({k: v for k, v in ORDINAL_WORDS.items() if k not in ("second", "first")})
DENOMINATORS.update({"trillionth": 10**12, "trillionths": 10**12, "millionths": 10**6, "billionths": 10**9})
DIGIT_WORDS = {**UNITS, **TENS}


class _Tok:
    __slots__ = ("word", "end", "hyphen_before")

    def __init__(self, word, end, hyphen_before):
        self.word, self.end, self.hyphen_before = word, end, hyphen_before


def _tokens(phrase: str) -> list[_Tok]:
    out, hyphen = [], False
    for m in _TOKEN.finditer(phrase):
        w = m.group().lower()
        if w == "-":
            hyphen = True
            continue
        out.append(_Tok("and" if w == "&" else w, m.end(), hyphen))
        hyphen = False
    return out


def _is_cardinal(w: str) -> bool:
    return w in UNITS or w in TENS or w in SCALES or _is_digits(w)


@functools.lru_cache(maxsize=4096)   # pure, and the same numerals recur across stories
def parse_phrase(phrase: str) -> tuple[float, int] | None:
    """Read one number from the start of `phrase`: (value, characters consumed)."""
    toks = _tokens(phrase)
    if not toks:
        return None
    if toks[0].word == "point" and len(toks) > 1 and _is_digits(toks[1].word):
        return float("0." + toks[1].word.replace(",", "")), toks[1].end      # "point 77"
    i, lead = 0, None
    if toks[0].word in ("a", "an"):
        if len(toks) < 2:
            return None
        nxt = toks[1].word
        if nxt in ("half", "quarter") and len(toks) > 2 and toks[2].word in SCALES:
            pass
        elif not (nxt in SCALES or nxt in ("dozen",) or nxt in DENOMINATORS):
            return None
        i, lead = 1, 1.0
    if toks[0].word in ("half", "quarter") and len(toks) > 2 and toks[1].word in ("a", "an") \
            and (toks[2].word in SCALES or toks[2].word == "dozen"):
        scale = SCALES.get(toks[2].word, 12)
        return (0.5 if toks[0].word == "half" else 0.25) * scale, toks[2].end
    if toks[i].word in ("half", "quarter") and i + 1 < len(toks) and toks[i + 1].word in SCALES:
        frac = 0.5 if toks[i].word == "half" else 0.25
        scale = SCALES[toks[i + 1].word]
        return frac * scale, toks[i + 1].end
    # The cardinal part: the longest run that words_value accepts.
    j = i
    while j < len(toks) and (_is_cardinal(toks[j].word) or toks[j].word in _DOZENS
                             or (toks[j].word == "and" and j + 1 < len(toks) and _is_cardinal(toks[j + 1].word)
                                 and j > i and toks[j - 1].word in SCALES)):
        j += 1
    best = None
    for k in range(j, i, -1):
        words = [t.word for t in toks[i:k]]
        if words[-1] == "and":
            continue
        value = _cardinal(words)
        if value is not None:
            best = (value, k)
            break
    if best is None:
        if lead and toks[i].word in DENOMINATORS and toks[i].word not in ("half", "halves") or (lead and toks[i].word in ("half",)):
            den = DENOMINATORS.get(toks[i].word, 2)
            return 1 / den, toks[i].end
        if lead and toks[i].word in SCALES:
            return float(SCALES[toks[i].word]), toks[i].end
        return None
    value, k = best
    if lead:
        value *= lead
    end = toks[k - 1].end
    # Tails: a denominator, "and a half", "point five", "over three".
    if k + 1 < len(toks) and toks[k].word in TENS and toks[k + 1].word in _ORDINAL_DENOMINATORS:
        # "three twenty-firsts" is 3/21, "twenty twenty fifths" 20/25.
        w = toks[k + 1].word
        if w.endswith("s") or value == 1:
            return value / (TENS[toks[k].word] + _ORDINAL_DENOMINATORS[w]), toks[k + 1].end
    if k < len(toks):
        w = toks[k].word
        if w in DENOMINATORS and (w.endswith("s") or value == 1 or w in ("half", "quarter")):
            den = DENOMINATORS[w]
            numerator_words = [t.word for t in toks[i:k]]
            mixed = _mixed_fraction(toks, i, k, den)
            if mixed is not None:
                return mixed
            # "one hundred thirty-fifths" is 100/35; "twenty twenty fifths" 20/25.
            prev = toks[k - 1]
            if prev.word in TENS and w not in _HALVES_QUARTERS and den < 10 and k - 1 > i \
                    and (prev.hyphen_before is False) and (toks[k].hyphen_before or toks[k - 2].word != "and"):
                rest = _cardinal(numerator_words[:-1])
                if rest is not None:
                    return rest / (TENS[prev.word] + den), toks[k].end
            if w in _HALVES_QUARTERS and numerator_words[-1] in SCALES:
                return value, end
            value, end = value / den, toks[k].end
            # "two thirds of a million"
            if k + 3 < len(toks) and toks[k + 1].word == "of" and toks[k + 2].word in ("a", "an") \
                    and toks[k + 3].word in SCALES:
                return value * SCALES[toks[k + 3].word], toks[k + 3].end
            return value, end
        if w == "and" and k + 1 < len(toks):
            tail = _fraction_tail(toks, k + 1)
            if tail is not None:
                frac, tend = tail
                # "one billion and a half million": the fraction takes the next scale;
                # "two and a half million": the next scale takes the whole.
                if tend < len(toks) and toks[tend].word in SCALES and toks[tend].word != "hundred":
                    scale = SCALES[toks[tend].word]
                    if _trailing_scale(toks[i:k]) > 1:
                        return value + frac * scale, toks[tend].end
                    return (value + frac) * scale, toks[tend].end
                scale = _trailing_scale(toks[i:k])
                return value + frac * scale, toks[tend - 1].end
        if w == "point" and k + 1 < len(toks):
            digits, m = "", k + 1
            while m < len(toks) and (toks[m].word in DIGIT_WORDS or toks[m].word.isdigit()):
                part = toks[m].word
                if part in TENS and m + 1 < len(toks) and toks[m + 1].hyphen_before and toks[m + 1].word in UNITS:
                    digits += str(TENS[part] + UNITS[toks[m + 1].word])   # "point seventy-one"
                    m += 2
                    continue
                digits += str(DIGIT_WORDS[part]) if part in DIGIT_WORDS else part
                m += 1
            if digits:
                value = value + float("0." + digits)
                if m < len(toks) and toks[m].word in SCALES:   # "two point two million"
                    return value * SCALES[toks[m].word], toks[m].end
                return value, toks[m - 1].end
        if w == "over" or (w == "out" and k + 1 < len(toks) and toks[k + 1].word == "of"):
            start = k + (2 if w == "out" else 1)
            sub = _longest_cardinal(toks, start)
            if sub is not None and sub[0]:
                return value / sub[0], toks[sub[1] - 1].end
    return value, end


_HALVES_QUARTERS = ("half", "halves", "quarter", "quarters")
_ORDINAL_DENOMINATORS = {w: d for w, d in DENOMINATORS.items() if d < 10 and w not in _HALVES_QUARTERS}
_DOZENS = ("dozen", "dozens", "dzs", "dozs")


def _mixed_fraction(toks: list[_Tok], i: int, k: int, den: int) -> tuple[float, int] | None:
    """ "five billion and three quarters", "one hundred and three quarters": a whole
    number, "and", then a fraction — of the whole's last scale when it has one."""
    words = [t.word for t in toks[i:k]]
    if "and" not in words:
        return None
    cut = len(words) - 1 - words[::-1].index("and")
    left, right = words[:cut], words[cut + 1:]
    if not left or not right:
        return None
    scale = _trailing_scale(toks[i:i + cut])
    if scale < 1000 and toks[k].word not in _HALVES_QUARTERS:
        return None
    whole, part = _cardinal(left), _cardinal(right)
    if whole is None or part is None:
        return None
    end = toks[k].end
    if k + 1 < len(toks) and toks[k + 1].word in SCALES and toks[k + 1].word != "hundred":
        scale, end = SCALES[toks[k + 1].word], toks[k + 1].end
    return whole + part / den * scale, end


def _trailing_scale(toks: list[_Tok]) -> float:
    """ "three million and a half" is 3.5 million: the fraction is of the last scale."""
    last = toks[-1].word
    return float(SCALES[last]) if last in SCALES and last != "hundred" else 1.0


def _fraction_tail(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """After "and": "a half", "half", "a quarter", "three fifths", "one half"."""
    w = toks[i].word
    if w in ("a", "an", "one") and i + 1 < len(toks) and toks[i + 1].word in DENOMINATORS:
        return 1 / DENOMINATORS[toks[i + 1].word], i + 2
    if w in ("half",):
        return 0.5, i + 1
    sub = _longest_cardinal(toks, i)
    if sub is not None and sub[1] < len(toks) and toks[sub[1]].word in DENOMINATORS:
        den_word = toks[sub[1]].word
        if den_word.endswith("s") or sub[0] == 1:
            return sub[0] / DENOMINATORS[den_word], sub[1] + 1
    return None


def _longest_cardinal(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    j = i
    while j < len(toks) and (_is_cardinal(toks[j].word) or (toks[j].word == "and" and j > i)):
        j += 1
    for k in range(j, i, -1):
        if toks[k - 1].word == "and":
            continue
        value = _cardinal([t.word for t in toks[i:k]])
        if value is not None:
            return value, k
    return None


def _cardinal(words: list[str]) -> float | None:
    if words and words[-1] in _DOZENS:
        # "three hundred and two dozen": only the last group is counted in dozens.
        head = words[:-1]
        cut = max((n for n, w in enumerate(head) if w == "and" or w in SCALES), default=-1)
        whole = _cardinal([w for w in head[:cut + 1] if w != "and"] or ["zero"]) if cut >= 0 else 0.0
        group = _cardinal(head[cut + 1:]) if head[cut + 1:] else 1.0
        return None if whole is None or group is None else whole + group * 12
    if any(w in _DOZENS for w in words):
        return None
    return words_value(" ".join(words))
