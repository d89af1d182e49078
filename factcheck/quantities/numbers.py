"""Numerals as newsrooms write them: digits, number words, scale words and suffixes.

Everything here is a pure function of a string. The regex fragments are combined
into the full grammar in `grammar.py`; the value functions turn a matched numeral
into a value *and* the precision the writer's digits imply ("35.7" -> 0.05), so a
check can tell rounding from a wrong figure.
"""
from __future__ import annotations

from fractions import Fraction

# Non-Latin digits map one code point to one code point, so offsets survive.
_DIGIT_BLOCKS = (0x0660, 0x06F0, 0x0966, 0x09E6)  # Arabic-Indic, Ext. Arabic-Indic, Devanagari, Bengali
DIGIT_TRANSLATION = {block + i: ord("0") + i for block in _DIGIT_BLOCKS for i in range(10)}
DIGIT_TRANSLATION.update({0x066B: ord("."), 0x066C: ord(",")})  # Arabic decimal & thousands separators

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
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
    "lacs": 100_000, "million": 10**6, "crore": 10**7, "crores": 10**7, "billion": 10**9,
    "arab": 10**9, "kharab": 10**11, "trillion": 10**12,
}
# Suffixes glued to digits: "$3.5bn", "Rs10bn", "1.2k". "m" is handled apart
# because it is also the metre.
SUFFIXES = {
    "k": 1_000, "K": 1_000, "thousand": 1_000,
    "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "MM": 10**6,
    "bn": 10**9, "b": 10**9, "B": 10**9, "bln": 10**9, "billion": 10**9,
    "tn": 10**12, "trn": 10**12, "tr": 10**12, "T": 10**12, "trillion": 10**12,
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
SMALL_WORDS = {"dozen": 12, "dozens": 12, "score": 20, "couple": 2, "pair": 2}


def _alternation(words) -> str:
    # Longest first so "seventeen" is tried before "seven".
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


NUMBER_WORD_RE = _alternation(list(UNITS) + list(TENS) + list(SCALES))
SCALE_WORD_RE = _alternation(SCALES)

# Digits with Western (1,234,567) or South Asian (12,34,567) grouping, or none.
# A leading minus only when it is a sign, not a hyphen joining words.
DIGITS_RE = r"""
    (?:\d{1,3}(?:,\d{3})+(?!,?\d)           # 1,234,567
      |\d{1,2}(?:,\d{2})+,\d{3}(?!,?\d)     # 12,34,567  1,00,000
      |\d+)
    (?:\.\d+)?
  | \.\d+
"""


def words_value(phrase: str) -> float | None:
    """Value of a run of number words: "two hundred and fifty thousand", "1.5 lakh crore".

    Digits may lead ("3 hundred", "1.5 lakh crore"). Returns None when the words do
    not form one number ("five six" is two numbers, handled by the caller).
    """
    tokens = [t for t in phrase.lower().replace("-", " ").replace(",", " ").split() if t not in ("and", "a", "an")]
    if not tokens:
        return None
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


def digits_value(text: str) -> tuple[float, float]:
    """Value and rounding half-width of a digit string: "35.7" -> (35.7, 0.05).

    Whole numbers written with trailing zeros ("3,000") get precision 0: we cannot
    know whether they were rounded, and a check must not assume it.
    """
    clean = text.replace(",", "")
    value = float(clean)
    if "." in clean:
        decimals = len(clean.split(".")[1])
        return value, 0.5 * 10 ** (-decimals)
    return value, 0.0


def fraction_value(numerator: str, denominator_word: str) -> float | None:
    """ "two-thirds" -> 2/3; "a quarter" -> 1/4."""
    num = words_value(numerator) if numerator.lower() not in ("a", "an", "one") else 1
    den = FRACTION_WORDS.get(denominator_word.lower())
    if num is None or not den:
        return None
    return float(Fraction(int(num), den)) if num == int(num) else num / den


def format_amount(value: float) -> str:
    """Short newsroom form of a magnitude: 35_600_000 -> "35.6m", 1e10 -> "10bn"."""
    for scale, suffix in ((10**12, "tn"), (10**9, "bn"), (10**6, "m"), (10**3, "k")):
        if abs(value) >= scale:
            return _trim(value / scale) + suffix
    return _trim(value)


def _trim(x: float) -> str:
    if abs(x) >= 100:
        text = f"{x:,.0f}"
    elif abs(x) >= 10:
        text = f"{x:.1f}"
    else:
        text = f"{x:.2f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
