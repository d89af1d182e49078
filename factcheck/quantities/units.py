"""Physical units, from quantulum3's unit knowledge.

quantulum3 keeps units as data (surfaces, symbols, SI prefixes) — the part of it
worth keeping. Its parser is the slow part (2.3 s to import, and it reads "bn" as
barn), so we read its `units.json` straight from the installed package without
importing it, and match units with our own grammar. Money, time and
dimensionless "units" are handled by our own grammar and left out here.
"""
from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

import regex

# Entities our own grammar owns, or that only make noise in news copy.
_SKIP_ENTITIES = {"currency", "dimensionless", "time", "unknown"}
_SKIP_UNITS = {"quarter", "set", "pair", "gross", "span", "drop", "turn", "mill", "shake", "point", "great gross",
               "long hundred", "dozen", "baker's dozen", "count"}
# Symbols that collide with ordinary words, initials or our scale suffixes
# ("5 in 10", "10 pc", "3 bn", "Class A"). Single letters are allowed only from
# _SINGLE_LETTERS.
_SKIP_SYMBOLS = {"in", "at", "pc", "pt", "am", "pm", "bn", "mn", "Pa", "No", "st", "ct", "mi", "P",
                 "min", "mins", "sec", "hr", "hrs", "yr", "yrs", "mo", "wk", "hs", "h", "d",
                 "ms", "ns", "Sv", "Bq", "Ci", "R", "rd", "ha"}
_SINGLE_LETTERS = {"m": "metre", "g": "gram", "C": "degree Celsius", "F": "degree fahrenheit"}
# Surfaces that are also ordinary words or letters: read as units only when nothing
# but punctuation, the end, or a measuring word follows ("2 in thick", "278,000 t.").
NEEDS_CLOSE = {"in", "mi", "t", "L", "l", "C", "F", "°", '"'}
# SI prefixes quantulum3's units accept (its data lists which per unit).
SI_PREFIXES = {"y": "yocto", "z": "zepto", "a": "atto", "f": "femto", "p": "pico", "n": "nano", "µ": "micro",
               "m": "milli", "c": "centi", "d": "deci", "da": "deca", "h": "hecto", "k": "kilo", "M": "mega",
               "G": "giga", "T": "tera", "P": "peta", "E": "exa", "Z": "zetta", "Y": "yotta"}
# Prefixed symbols that are English words or our own scale suffixes.
_PREFIXED_DENY = {"am", "pm", "as", "at", "in", "is", "it", "on", "no", "an", "by", "do", "go", "he", "me", "my",
                  "of", "or", "so", "to", "up", "us", "we", "Pa", "ha", "Ms", "mn", "bn", "Tm", "cd", "Gb", "mb",
                  "kt", "ct", "dam", "Mt", "ft", "ms", "ns", "ks", "Ts", "Gs", "Ps", "hs", "ds", "cs", "ys", "zs", "fs"}
# Where quantulum3 has several units for one surface, the one news means.
_PREFERRED = {
    "ton": "tonne", "tons": "tonne", "pound": "pound-mass", "pounds": "pound-mass", "lb": "pound-mass",
    "lbs": "pound-mass", "degree": "degree Celsius", "degrees": "degree Celsius", "°": "degree Celsius",
    "ounce": "ounce", "oz": "ounce", "gallon": "gallon", "barrel": "barrel", "barrels": "barrel",
    "ha": "hectare", "c": "degree Celsius", "mile": "mile", "knot": "knot", "knots": "knot",
    "cup": "cup", "cups": "cup",
}
# News units quantulum3 lacks or names differently.
_EXTRA = {
    "barrel per day": ["barrels a day", "barrels per day", "barrel a day", "barrel per day", "bpd", "b/d"],
    "kilometre per hour": ["km/h", "kmph", "kph", "km per hour", "kilometres an hour", "kilometers an hour",
                           "kilometres per hour", "kilometers per hour"],
    "mile per hour": ["mph", "miles an hour", "miles per hour"],
    "megawatt": ["MW", "megawatt", "megawatts"], "gigawatt": ["GW", "gigawatt", "gigawatts"],
    "kilowatt": ["kW", "kilowatt", "kilowatts"], "kilowatt hour": ["kWh", "kilowatt-hour", "kilowatt-hours", "kilowatt hours"],
    "hectolitre": ["hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl"],
    "megawatt hour": ["MWh", "megawatt-hour", "megawatt-hours"], "watt hour": ["Wh", "watt-hour", "watt-hours"], "gigawatt hour": ["GWh", "gigawatt-hours"],
    "square kilometre": ["sq km", "sq. km", "square km", "km²", "km2", "sqkm"],
    "square foot": ["sq ft", "sq. ft", "square feet", "ft²"],
    "square mile": ["sq mi", "square miles"], "hectare": ["hectares", "hectare", "ha"],
    "million cubic feet per day": ["mmcfd", "mmcf/d"],
    "million barrels per day": ["mb/d", "mbpd", "mmb/d", "mmbpd", "mmbd"], "cubic foot per second": ["cusecs", "cusec", "cfs"],
    "degree Celsius": ["°C", "ºC", "° C", "degrees celsius", "degree celsius", "degrees c", "degree c", "C", "celsius",
                       "centigrade", "deg c", "deg celsius", "celcius", "degrees celcius", "centigrate",
                       "degrees centigrade", "°"],
    "degree fahrenheit": ["°F", "ºF", "° F", "degrees fahrenheit", "degree fahrenheit", "degrees f", "degree f", "F",
                          "fahrenheit", "farenheit", "degrees farenheit", "deg f", "deg fahrenheit"],
    "kelvin": ["kelvin", "kelvins", "degrees kelvin"],
    "square metre": ["sq m", "m²", "m2", "sq metres", "sq meters", "square metres", "square meters"],
    "cubic foot": ["cubic feet", "cu ft", "cubic foot", "standard cubic feet", "standard cubic foot"],
    "cubic metre": ["m³", "m3", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "standard cubic metres"],
    "inch": ["inches", "inch", '"', "in"], "mile": ["miles", "mile", "mi"], "litre": ["litres", "liters", "litre", "liter", "ltr", "L", "l"],
    "tonne": ["tonnes", "tons", "ton", "metric tons", "metric tonnes", "tonne", "MT", "mt", "t"],
    "kilogram": ["kg", "kgs", "kilos", "kilo", "kilograms", "kilogrammes"],
    "millimetre": ["mm", "millimetres", "millimeters"], "centimetre": ["cm", "centimetres", "centimeters"],
    "kilometre": ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"],
    "metre": ["m", "metres", "meters", "metre", "meter"], "acre": ["acres", "acre"],
    "megaton": ["megatons", "megatonnes"], "kiloton": ["kilotons", "kilotonnes"],
    "millilitre": ["ml", "millilitres", "milliliters"],
    "foot": ["ft", "feet", "foot"],
    "nautical mile": ["nautical miles"], "gram": ["g", "grams", "gram", "grammes"],
    "milligram": ["mg", "milligrams"], "pound-mass": ["lb", "lbs", "pounds", "pound"],
}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Surface or symbol -> quantulum3 unit name. Built once, on first use."""
    table: dict[str, str] = {}
    for name, unit in _quantulum_units().items():
        if unit.get("entity") in _SKIP_ENTITIES or name in _SKIP_UNITS:
            continue
        for surface in unit.get("surfaces", []):
            for form in _plurals(surface):
                table.setdefault(form.lower(), name)
        for symbol in unit.get("symbols", []):
            if symbol in _SKIP_SYMBOLS or (len(symbol) == 1 and symbol not in _SINGLE_LETTERS):
                continue
            table.setdefault(symbol, name)
    for name, unit in _quantulum_units().items():
        if unit.get("entity") in _SKIP_ENTITIES or not unit.get("prefixes"):
            continue
        for prefix in unit["prefixes"]:
            long = SI_PREFIXES.get(prefix)
            if not long:
                continue
            prefixed = long + name
            for surface in unit.get("surfaces", []):
                for form in _plurals(long + surface):
                    table.setdefault(form.lower(), prefixed)
            for symbol in unit.get("symbols", []):
                candidate = prefix + symbol
                if len(symbol) <= 3 and candidate not in _PREFIXED_DENY and candidate not in table:
                    table[candidate] = prefixed
    for key in [k for k in table if "metre" in k or "litre" in k]:
        table.setdefault(key.replace("metre", "meter").replace("litre", "liter"), table[key])   # US spelling
    for name, surfaces in _EXTRA.items():
        for s in surfaces:
            key = s if (len(s) <= 3 or any(c.isupper() for c in s)) else s.lower()
            table[key] = name
    for surface, name in _PREFERRED.items():
        table[surface] = name
    for letter, name in _SINGLE_LETTERS.items():
        table[letter] = name
    return {key: _ENGLISH_NAMES.get(name, name) for key, name in table.items()}


# quantulum3's names where they are not the unit's plain English name (DESIGN.md's
# contract: "degree Celsius", "kilometre", "tonne").
_ENGLISH_NAMES = {"degree fahrenheit": "degree Fahrenheit", "pound-mass": "pound"}


def quantulum_reading(text: str) -> tuple[int, int, float, str] | None:
    """quantulum3's reading of the physical quantity at the start of `text`.

    Used only for compound units our lexicon does not spell out ("9.8 m/s2",
    "20 J/m^2 per year", "4e14 s-1"). quantulum3 is imported here, on first
    need, because importing it costs about two seconds (see bench/).
    Returns (start, end, value, unit name), or None when it reads no physical unit.
    """
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser
        # quantulum3 switches to its pickled classifier whenever scikit-learn is importable (the 'train'
        # extra installs it), and its pickle does not load with today's scikit-learn; a check reads
        # the same way with or without scikit-learn beside it, by the plain rules.
        classifier.USE_CLF = False
        quantities = parser.parse(text)
    for q in quantities:
        if q.span[0] > 1:
            break
        entity = getattr(q.unit.entity, "name", "")
        if entity in ("currency", "dimensionless", "unknown") and "per" not in q.unit.name:
            continue
        # quantulum3 sometimes keeps a dangling "/" in the span and sometimes not, depending on the process's
        # hash seed ("14.7C/ per security"); a slash with no unit after it is not part of the reading, and a check
        # must read the same text the same way in every process
        start, end = q.span
        while end > start + 1 and text[end - 1] in "/ ":
            end -= 1
        return start, end, float(q.value), q.unit.name
    return None


def match_unit(text: str, pos: int) -> tuple[str, str, int] | None:
    """The longest unit surface starting at `pos`: (surface, unit name, end), or None.

    Surfaces are looked up, longest first, at each place a word ends within the
    next few words — a few dictionary lookups instead of one regular expression
    over some 2,000 surfaces (which cost 100 ms to compile on every cold start).
    Word surfaces match in any case, symbols exactly ("mm" is not "Mm").
    """
    window = text[pos:pos + 48]
    first = _UNIT_RUN.match(window)
    if first is None or not _may_start_a_unit(first.group()):
        return None
    symbols, words = _tables()
    ends = [m.end() for m in _UNIT_RUN.finditer(window)][:6]
    for end in reversed(ends):
        candidate = window[:end]
        # (a cubic or square unit hyphenated in a compound: "the 2.1-billion-cubic-metre reservoir", "a
        # 50-square-metre flat"; only those: "the 650,000-barrel-per-day refinery" describes a plant by its size and
        # stays the words it was)
        name = symbols.get(candidate) or words.get(candidate.lower()) \
            or (words.get(candidate.lower().replace("-", " ")) if _SQUARE_OR_CUBIC.match(candidate) else None)
        if name is not None:
            return candidate, name, pos + end
    return None


_UNIT_RUN = regex.compile(r"[\w°º²³µ'\"$]+")
_SQUARE_OR_CUBIC = regex.compile(r"(?i:square|cubic)-")


def _may_start_a_unit(run: str) -> bool:
    """Is this first word (as written) the start of any surface? Most words after a figure are not."""
    starts_exact, starts_folded = _first_runs()
    return run in starts_exact or run.lower() in starts_folded


@functools.lru_cache(maxsize=1)
def _first_runs() -> tuple[frozenset[str], frozenset[str]]:
    symbols, words = _tables()
    first = lambda key: (_UNIT_RUN.match(key) or _EMPTY).group()
    return frozenset(first(k) for k in symbols), frozenset(first(k) for k in words)


_EMPTY = regex.match("", "")


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """The lexicon split: symbols matched exactly, word surfaces (stored lowercase) in any case."""
    symbols, words = {}, {}
    for key, name in lexicon().items():
        if len(key) <= 3 or any(c.isupper() for c in key) or not key.isascii():
            symbols[key] = name
        else:
            words[key] = name
    return symbols, words


def unit_of(surface: str) -> str | None:
    table = lexicon()
    return table.get(surface) or table.get(surface.lower())


def _plurals(surface: str) -> list[str]:
    forms = [surface]
    if surface.endswith(("s", "x", "z")):
        return forms
    if surface.endswith("foot"):
        return forms + [surface[:-4] + "feet"]
    if surface.endswith("inch"):
        return forms + [surface + "es"]
    if surface.endswith("y") and not surface.endswith(("ay", "ey")):
        return forms + [surface[:-1] + "ies"]
    if " per " in surface:
        head, tail = surface.split(" per ", 1)
        return forms + [p + " per " + tail for p in _plurals(head)[1:]]
    return forms + [surface + "s"]


def _quantulum_units() -> dict:
    """quantulum3's unit data, read from its package folder without importing it."""
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return {}
    root = Path(next(iter(spec.submodule_search_locations)))
    units: dict = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        if path.exists():
            for name, data in json.loads(path.read_text(encoding="utf-8")).items():
                units.setdefault(name, {}).update(data)
    return units
