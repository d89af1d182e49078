"""The usual slips behind an impossible figure, and how to write the likely intended one.

When a figure is out of range, the knowledge checks try the mistakes copy desks
actually make — the wrong currency symbol (Rs for $, ₹ for $, Tk for $), the
wrong scale word (m for bn, thousand for million, lakh for crore), a misplaced
decimal point, two digits swapped — and offer the reading that falls in range.
Each candidate says which slip it assumes, so the message can name it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import regex

from .model import Quantity
from .quantities import money

# What a currency is called in "at 283 rupees to the dollar".
CURRENCY_NAMES = {
    "PKR": "rupees", "INR": "rupees", "LKR": "rupees", "NPR": "rupees", "MUR": "rupees", "BDT": "taka",
    "IRR": "rials", "IRT": "tomans", "AED": "dirhams", "SAR": "riyals", "QAR": "riyals", "EUR": "euros",
    "GBP": "pounds", "TRY": "lira", "NGN": "naira", "KES": "shillings", "CNY": "yuan", "JPY": "yen",
    "ZAR": "rand", "EGP": "pounds", "AFN": "afghanis", "RUB": "roubles", "CHF": "francs",
}
# How each currency is usually marked in copy, for writing a suggested reading.
CURRENCY_MARKS = {"USD": "$", "PKR": "Rs", "INR": "₹", "LKR": "Rs", "NPR": "Rs", "BDT": "Tk", "GBP": "£",
                  "EUR": "€", "AED": "Dh", "SAR": "SR", "TRY": "TL", "NGN": "N", "KES": "KSh", "ZAR": "R",
                  "CNY": "CNY ", "JPY": "¥", "IDR": "Rp", "MYR": "RM", "PHP": "₱"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Reading:
    """One way the writer may have meant the figure: the slip assumed, the text, the value."""

    slip: str           # "currency symbol", "scale word", "decimal point", "transposed digits", "unit"
    text: str           # how it would be written: "$10bn"
    value: float        # in the unit the check compares in (USD for money)
    words: str = ""     # the slip in the copy's own words: "bn for tn", "crore for lakh crore", "Rs for $"

    def named(self) -> str:
        """"scale word (bn for tn)", for an editor's message."""
        return f"{self.slip} ({self.words})" if self.words else self.slip


def style_of(text: str) -> str:
    """How the copy writes large numbers: glued "bn", words "billion", South Asian "crore", or plain."""
    if regex.search(r"\b(?:crore|lakh|arab)s?\b", text, regex.I):
        return "indian"
    if regex.search(r"\d\s*(?:bn|m|tn|k)\b", text):
        return "short"
    if regex.search(r"\b(?:thousand|million|billion|trillion)\b", text, regex.I):
        return "words"
    return "plain"


def prefix_of(q: Quantity) -> str:
    """The currency mark as written before the numeral ("Rs", "$", "Tk "), or ""."""
    if q.number_span is None:
        return ""
    before = q.text[: max(0, q.number_span[0] - q.start)]
    if q.hedge and before.lower().startswith(q.hedge.lower()):
        before = before[len(q.hedge):].lstrip()
    return before


def number(value: float, digits: int = 3) -> str:
    """A figure to `digits` significant digits, without trailing zeros: 10, 3.5, 35.3, 1,309."""
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text:
        text = f"{value:.0f}"
    as_float = float(text)
    if as_float == int(as_float):
        return f"{int(as_float):,}"
    return text


def amount(value: float, mark: str = "", style: str = "short", digits: int = 3) -> str:
    """Write an amount the way the story does: "$10bn", "Rs35.3m", "₹140 crore", "$3.5 billion"."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    if style == "indian":
        for size, word in ((1e12, "lakh crore"), (1e7, "crore"), (1e5, "lakh")):
            if value >= size:
                return f"{sign}{mark}{number(value / size, max(4, digits))} {word}"
        return f"{sign}{mark}{number(value, 4)}"
    scales = ((1e12, "tn", " trillion"), (1e9, "bn", " billion"), (1e6, "m", " million"))
    for size, short, word in scales:
        if value >= size:
            unit = short if style in ("short", "plain") else word
            return f"{sign}{mark}{number(value / size, digits)}{unit}"
    return f"{sign}{mark}{number(value, 4)}"


def scale_word(value: float, style: str) -> str:
    """The scale word a value is written with in a style: "bn", "billion", "lakh crore" ("" below a million)."""
    if style == "indian":
        sizes = ((1e12, "lakh crore"), (1e7, "crore"), (1e5, "lakh"))
    elif style == "words":
        sizes = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
    else:
        sizes = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
    return next((word for size, word in sizes if abs(value) >= size), "")


def suffix_of(q: Quantity) -> str:
    """A currency written after the numeral ("134.9 billion yuan" -> " yuan"), or ""."""
    if q.number_span is None or q.number_span[1] >= q.end:
        return ""
    return q.text[q.number_span[1] - q.start:]


def usd(value: float, country: str | None = None) -> str:
    """A US dollar amount as the story's readers read it: "US$1.7tn" where a bare "$" is their own dollar."""
    return amount(value, "US$" if country in money.HOME_DOLLARS else "$", "short")


def period(rate_period: str) -> str:
    """"2025-11" -> "Nov 2025"; "2025" stays."""
    if len(rate_period) == 7:
        return f"{_MONTHS[int(rate_period[5:7]) - 1]} {rate_period[:4]}"
    return rate_period


def short_source(source: str) -> str:
    """"HMRC monthly exchange rates (GBP base, USD cross)" -> "HMRC"."""
    head = regex.split(r"\s+(?:monthly|yearly|annual)\b|\s*\(|;|,", source, maxsplit=1)[0].strip()
    return head or source


def money_readings(q: Quantity, local: Iterable[str], to_usd: Callable[[float, str], float | None]) -> list[Reading]:
    """Other readings of a money figure, each converted to US dollars.

    `local` are the currencies of the story's countries (for "$ written for Rs").
    """
    if q.value is None or q.unit is None:
        return []
    style = style_of(q.text)
    mark = prefix_of(q)
    suffix = suffix_of(q) if not mark else ""
    out: list[Reading] = []
    # currency symbol: Rs10bn meant $10bn, or $10bn meant Rs10bn
    written_mark = mark.strip() or suffix.strip() or q.unit
    digits = written_digits(q)     # only the mark changes: "$17.57 trillion" meant "Rs17.57 trillion"
    if q.unit != "USD":
        out.append(Reading("currency symbol", amount(q.value, "$", "words" if style == "words" else "short", digits),
                           q.value, f"{written_mark} for $"))
    else:
        for code in local:
            if code == "USD":
                continue
            converted = to_usd(q.value, code)
            if converted is not None:
                local_mark = CURRENCY_MARKS.get(code, code + " ")
                written = amount(q.value, local_mark, style, digits)
                out.append(Reading("currency symbol", written, converted, f"{written_mark} for {local_mark.strip()}"))
    # scale word: m for bn, bn for tn, thousand for million; lakh for crore, crore for lakh crore
    own = mark or ("" if suffix else CURRENCY_MARKS.get(q.unit, ""))
    factors = (1e3, 1e-3) if style != "indian" else (1e2, 1e-2, 1e5, 1e-5)
    for factor in factors:
        converted = to_usd(q.value * factor, q.unit)
        if converted is not None:
            out.append(Reading("scale word", amount(q.value * factor, own, style, digits) + suffix, converted,
                               _scale_words(q.value, q.value * factor, style)))
    out.extend(_decimal_and_digits(q, lambda v: to_usd(v, q.unit), own, style, suffix))
    return out


def written_digits(q: Quantity) -> int:
    """How many significant digits the copy wrote ("134.9 billion": 4), so a suggestion keeps them (3 at least)."""
    numeral = q.text[q.number_span[0] - q.start:q.number_span[1] - q.start] if q.number_span else q.text
    digits = regex.sub(r"\D", "", numeral).lstrip("0")
    if "." not in numeral:
        digits = digits.rstrip("0")     # "13,000" has two significant digits, "13.0" three
    return min(6, max(3, len(digits)))


def _scale_words(written: float, meant: float, style: str) -> str:
    """"bn for tn": the scale word written, then the one meant."""
    a, b = scale_word(written, style), scale_word(meant, style)
    return f"{a or 'units'} for {b or 'units'}" if a != b else ""


def count_readings(q: Quantity) -> list[Reading]:
    """Other readings of a plain count ("14 crore", "240m people")."""
    if q.value is None:
        return []
    style = style_of(q.text)
    out = []
    factors = (1e3, 1e-3) if style != "indian" else (1e2, 1e-2)
    for factor in factors:
        out.append(Reading("scale word", amount(q.value * factor, "", style, written_digits(q)), q.value * factor,
                           _scale_words(q.value, q.value * factor, style)))
    out.extend(_decimal_and_digits(q, lambda v: v, "", style))
    return out


def _decimal_and_digits(q: Quantity, convert: Callable[[float], float | None], mark: str,
                        style: str, suffix: str = "") -> list[Reading]:
    out = []
    for factor in (10.0, 0.1):
        converted = convert(q.value * factor)
        if converted is not None:
            out.append(Reading("decimal point", amount(q.value * factor, mark, style) + suffix, converted))
    for value in transpositions(q.value):
        converted = convert(value)
        if converted is not None:
            out.append(Reading("transposed digits", amount(value, mark, style) + suffix, converted))
    return out


def transpositions(value: float) -> list[float]:
    """Values with two neighbouring significant digits swapped: 5400 -> 4500, 5040."""
    if value <= 0:
        return []
    digits = f"{value:.15g}"
    if "e" in digits or "." in digits:
        return []
    significant = digits.rstrip("0")
    zeros = len(digits) - len(significant)
    out = []
    for i in range(len(significant) - 1):
        a, b = significant[i], significant[i + 1]
        if a == b or (i == 0 and b == "0"):
            continue
        swapped = significant[:i] + b + a + significant[i + 2:]
        out.append(float(swapped + "0" * zeros))
    return out


def digit_slip(a: float, b: float) -> bool:
    """Could one figure be the other mistyped: two digits swapped (1,240/1,420) or one digit wrong (3,200/3,800)?"""
    if a == b or a <= 0 or b <= 0 or a != int(a) or b != int(b):
        return False
    x, y = str(int(a)), str(int(b))
    if len(x) != len(y):
        return False
    if b in transpositions(a):
        return True
    return len(x) >= 3 and sum(1 for i, j in zip(x, y) if i != j) == 1


_NOT_A_DIGIT = regex.compile(r"\D")     # compiled once: FC407 compares many pairs of figures per story


def written_slip(a: float, b: float, x: str, y: str, shortest: int = 3) -> str | None:
    """The slip between two figures as typed: "swap" (two neighbouring digits, a zero too: "1,200"/"1,020",
    "12.4"/"14.2") or "digit" (one digit wrong, `shortest` digits or more: three by default, as two-digit
    figures slip into each other by chance), else None.

    Compared on the digits written, so a swap into a trailing zero counts ("1,200" for "1,020") while a
    scale ("1.2bn"/"1.02bn") does not; the values must stand in the ratio of the digits (same scale and
    decimal places), else the two are not one number mistyped.
    """
    dx, dy = _NOT_A_DIGIT.sub("", x), _NOT_A_DIGIT.sub("", y)
    if not dx or not dy or len(dx) != len(dy) or dx == dy or dx[0] == "0" or dy[0] == "0" or a <= 0 or b <= 0:
        return None
    if abs(b / a - int(dy) / int(dx)) > 1e-6 * (b / a):
        return None
    wrong = [i for i in range(len(dx)) if dx[i] != dy[i]]
    if len(wrong) == 2 and wrong[1] == wrong[0] + 1 and dx[wrong[0]] == dy[wrong[1]] \
            and dx[wrong[1]] == dy[wrong[0]]:
        return "swap"
    return "digit" if len(wrong) == 1 and len(dx) >= shortest else None


# Which slip is commoner: a currency symbol first (trade targets are quoted in dollars); for a country's own
# figure in its own currency (a budget, GDP) the scale word comes first.
USUAL_ORDER = {"currency symbol": 0, "scale word": 1, "unit": 1, "decimal point": 2, "transposed digits": 3}
SCALE_FIRST = {"scale word": 0, "unit": 0, "currency symbol": 1, "decimal point": 2, "transposed digits": 3}


def best(readings: Iterable[Reading], fits: Callable[[float], bool], target: float,
         order: dict[str, int] | None = None) -> Reading | None:
    """The reading that fits, preferring the commoner slip, then the one nearest `target`."""
    import math
    order = order or USUAL_ORDER
    fitting = [r for r in readings if r.value > 0 and fits(r.value)]
    if not fitting or target <= 0:
        return None
    return min(fitting, key=lambda r: (order.get(r.slip, 9), abs(math.log(r.value / target))))
