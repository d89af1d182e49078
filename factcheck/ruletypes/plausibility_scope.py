"""What belongs to a figure's own clause, for the plausibility checks.

A sub-editor reads a figure with the words that are *about* it, not with every word of its sentence:

* a month or a week makes a figure partial only where it qualifies the figure ("GDP in the first quarter
  reached"), not where it dates an event in another clause ("..., which the World Bank conferred in July";
  "the budget, passed last week, totals");
* an aside set off by commas ("The budget, passed by the Bundestag on Friday, provides for ...") does not
  part a subject from its verb;
* a word that makes a temperature something other than the air's ("oven", "road surface", "heat index")
  silences the check only when the temperature is *of* it: "the oven temperature of", "the road surface
  reached", "temperatures inside the kiln", "a fire burning at". A weather subject tied to the figure
  ("pushed temperatures to", "the mercury hit") wins over the same word in a metaphor or another clause
  ("a heatwave baking the region", "as firefighters battled a blaze");
* a share of a group ("the share of candidates obtaining five credits ... rose to") is a part of that
  group, and no part is more than the whole.
"""
from __future__ import annotations

import regex

from ..subjects import Measure, core_span
from .base import Story

# -- the figure's own clause ------------------------------------------------------------------

# An aside between commas that opens with a participle or a relative word: ", passed by the Bundestag on
# Friday,", ", which was approved last week,", ", unveiled in June,". Blanked (same length) before a frame is read.
_ASIDE = regex.compile(
    r",\s+(?:(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|written|drawn|given|taken|shown|seen|sent|made|held|laid|set|put|"
    r"read|won|begun|done|known|due|expected|scheduled|first|already|now|still|once|originally|which|who|whose)"
    r"\b[^,;:()\u2014\u2013.]{0,120}?),(?=\s)")


def without_asides(text: str) -> str:
    """`text` with its comma-set asides blanked out (same length, so offsets still hold)."""
    if "," not in text:
        return text
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


# The set a ranking compares with: "one of the fastest rates in Europe and Central Asia", "the lowest water
# resources in the Mediterranean", "among the largest in Latin America", "faster than most in Latin America", "one
# of the deepest falls in the region". The place named there is where the country stands among others, not who
# owns the figure.
_RANKED_IN = regex.compile(
    r"\b(?:(?:(?:one|some)\s+of\s+the|among\s+the|the)\s+(?:\p{L}+est|most\s+\p{L}+|least\s+\p{L}+)|"
    # "has grown faster than most in Latin America"
    r"\p{L}+er\s+than\s+(?:most|any|all|many|others))\b[^,;:.()]{0,60}?"
    r"\b(?:in|across)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'’-]*)*|"
    # "one of the deepest falls in the region": the countries around, not a province
    r"(?:region|world|continent|bloc)\b)")


def without_rankings(text: str) -> str:
    """`text` with the place a ranking compares within blanked out (same length, so offsets still hold)."""
    if " in " not in text and " across " not in text:
        return text
    return _RANKED_IN.sub(lambda m: " " * len(m.group()), text)


def asides(text: str) -> list[str]:
    """The comma-set asides of `text`, as written (where a budget's parliament may be named)."""
    return [m.group(1) for m in _ASIDE.finditer(text)] if "," in text else []


# Where the figure's clause ends on its right: a clause mark or a word that opens another clause
_CLAUSE_BREAK = regex.compile(
    r"[,;:()\u2014\u2013]|\s-\s|\b(?:as|while|when|whereas|but|after|before|because|although|though|which|who|"
    r"where|with|and\s+(?:the|a|an|its|their|temperatures?|it|they)|amid|despite|until|since)\b", regex.I)
# The relative or contrasting words after which the rest of the sentence is about something else
_OTHER_CLAUSE = regex.compile(r";|\b(?:where|whereas|while|although|though|but)\b", regex.I)


def own_clause_after(right: str) -> str:
    """The words after a figure up to a clause about something else ("... people where a third of the
    population is of school age": the population named there is not the figure's)."""
    cut = _OTHER_CLAUSE.search(right)
    return right[:cut.start()] if cut else right


def clause_right(story: Story, m: Measure) -> str:
    """The words after the figure up to the end of its clause. A bracket right after the figure is the figure's
    own (a conversion, "5.03 trillion yuan (US$653 billion) in the first quarter"): the clause goes on past it."""
    right = story.doc.prose[m.quantity.end:m.sentence[1]]
    start = 0
    bracket = _OWN_BRACKET.match(right)
    if bracket:
        start = bracket.end()
    cut = _CLAUSE_BREAK.search(right, start)
    return right[:cut.start()] if cut else right


_OWN_BRACKET = regex.compile(r"\s*\([^()]{0,80}\)")


def clause_left(story: Story, m: Measure) -> str:
    """The words before the figure back to the start of its clause, asides left out."""
    s0 = m.sentence[0]
    left = without_asides(story.doc.prose[s0:core_span(story, m.quantity).start])
    start = 0
    for start_match in _CLAUSE_BREAK.finditer(left):
        start = start_match.end()
    return left[start:]


# -- a partial-year figure ----------------------------------------------------------------------

# Times that date an event, never the period a figure covers: "last week", "on March 3", "two months ago"
_EVENT_TIME = regex.compile(
    r"\b(?:(?:last|this|next|earlier\s+this|later\s+this|a|the\s+same|the\s+previous|the\s+following)\s+"
    r"(?:week|month)|(?:\d+|a\s+few|several|two|three|four|six)\s+(?:weeks|months)\s+(?:ago|later|earlier)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*|"
    # when figures came out, not what they cover: "figures released at the end of December showed"
    r"(?:released|published|issued|announced|unveiled)\s+(?:on|in|at\s+the\s+(?:end|start|beginning|close)\s+of|"
    r"(?:early|late)\s+in|last)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)", regex.I)


def partial(story: Story, m: Measure) -> bool:
    """Is the figure a month's, a quarter's or a part-year's? Only a period word in the figure's own words
    counts: the sentence up to it (asides left out) and its clause after it, never an event's date."""
    if not m.subyear:
        return False
    from ..subjects import _SUBYEAR
    s0 = m.sentence[0]
    left = without_asides(story.doc.prose[s0:core_span(story, m.quantity).start])
    words = _EVENT_TIME.sub(" ", left + " " + clause_right(story, m))
    return bool(_SUBYEAR.search(words))


# -- temperatures of things that are not the air ----------------------------------------------------

# A weather subject tied to the figure by linking words only: "pushed temperatures to", "the mercury hit",
# "temperatures in Hue reached", "the hottest day on record, at" is not (a comma parts them)
_WEATHER_HEAD = regex.compile(
    r"(?<![\p{L}-])(?P<head>temperatures?|mercury|thermometers?|heat\s*waves?|(?:hottest|coldest|warmest)\s+"
    r"(?:day|days|night|nights|temperature|temperatures|reading|readings)(?:\s+(?:on\s+record|ever|of\s+the\s+year|"
    r"so\s+far|yet))?)"
    r"(?:\s+(?:in|across|at|on|over|around|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*"
    r"(?:(?:\s+and\s+|\s+)[\p{Lu}][\p{L}'’.-]*){0,4})?"
    r"(?:\s+(?:have|has|had|were|was|is|are|also|briefly|again|even|then|reportedly|already|had\s+been|"
    r"on\s+\p{Lu}\p{L}+))*"
    r"(?:\s+(?:rose|risen|soared|climbed|shot\s+up|surged|jumped|hit|hits|reached|reach|reaches|touched|topped|peaked|"
    r"crossed|recorded|registered|stood|stand|stands|hovered|hovering|were|was|is|are|of|at|to|near|around|above|"
    r"exceeded|exceeding|plunged|dropped|fell)(?:\s+(?:to|at|as\s+high\s+as|as\s+low\s+as|a\s+record|a\s+high\s+of|"
    r"a\s+low\s+of|highs?\s+of|lows?\s+of|up\s+to|about|around|nearly|almost|more\s+than|over|some|of))*)\s*\Z",
    regex.I | regex.REVERSE)
# The words of a noun phrase that may stand before its head noun ("the road surface temperature"):
# read back word by word until a determiner, a verb-like word or punctuation
_NP_STOP = regex.compile(r"(?:the|a|an|its|their|this|that|these|those|to|of|in|on|at|by|for|from|with|as|and|or|"
                         r"but|pushed|sent|drove|saw|has|have|had|was|were|is|are|\p{L}+ed|\p{L}+ing)\Z", regex.I)


def _modifiers(text: str, head_start: int) -> str:
    """Up to three words right before a head noun, stopping at a determiner, a verb or punctuation."""
    words = []
    for word in reversed(text[:head_start].split()[-3:]):
        bare = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
        if not regex.fullmatch(r"[\p{L}-]+(?:['’]s)?", word) or _NP_STOP.match(bare):
            break
        words.append(word)
    return " ".join(reversed(words))


_WEATHER_NOUN_AFTER = regex.compile(r"\s*(?:heat|temperatures?|heat\s*waves?|highs?|weather)\b", regex.I)


def weather_context_silences(story: Story, m: Measure, things: regex.Pattern | None,
                             copy_words: regex.Pattern | None, celsius_beyond: tuple[float, float]) -> bool:
    """Does a word in the sentence make this °C/°F figure something other than an air temperature?

    `things` ("oven", "engine", "fire", "liquid nitrogen") silence where the figure is theirs, and anywhere in
    the sentence unless a weather subject is tied to the figure; `copy_words` ("baking", "the scorching sun",
    "road", "ground", "heat index") are common in weather copy and silence only in the figure's own clause.
    A figure no weather slip explains (hotter than `celsius_beyond[1]`, colder than `celsius_beyond[0]`) in a
    sentence that names a thing is the thing's, whatever ties it.
    """
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    sentence = prose[s0:s1]
    any_thing = bool(things and things.search(sentence))
    if any_thing and q.value is not None:
        celsius = q.value if q.unit == "degree Celsius" else (q.value - 32) * 5 / 9
        if not celsius_beyond[0] <= celsius <= celsius_beyond[1]:
            return True
    start = core_span(story, q).start
    left = without_asides(prose[s0:start])
    own_left = clause_left(story, m)
    own_right = clause_right(story, m)

    def named(pattern: regex.Pattern | None, text: str) -> bool:
        return bool(pattern and text and pattern.search(text))

    if _WEATHER_NOUN_AFTER.match(prose, q.end, s1):
        # "Las Vegas baked in 142F heat": the weather noun the figure modifies makes it the air's
        return any_thing
    head = _WEATHER_HEAD.search(left)
    if head is not None:
        # "the oven temperature of", "temperatures inside the kiln": the head's own words and the words
        # between it and the figure say what the temperature is of; so do the figure's clause's last words
        own = _modifiers(left, head.start("head")) + " " + left[head.start("head"):] + " " + own_right
        return named(things, own) or named(copy_words, own)
    if any_thing:
        return True
    return named(copy_words, own_left + " " + own_right)


# -- a share of a group ---------------------------------------------------------------------------

# "the share of candidates obtaining at least five credits, including English, rose to": the share names its
# group (plural, or the population) and reaches the figure through the group's qualifiers and a level's verb.
# Never "as a share of" (one thing against another: "debt as a share of GDP") and never a change ("rose 104%").
_SHARE_OF_GROUP = regex.compile(
    r"(?<![\p{L}-])(?P<lead>as\s+an?\s+|(?:the|a|an|its|their)\s+)?(?:(?:overall|total|national|average|combined)\s+)?"
    r"(?P<noun>share|proportion|percentage|fraction|pass\s+rate|pass\s+percentage)\s+of\s+"
    r"(?:(?:the|all|its|their|registered|eligible|enrolled|adult|young|school-age|female|male)\s+)*"
    r"(?P<group>\p{Ll}[\p{Ll}-]+s|women|men|children|people|population|electorate|workforce|labou?r\s+force)\b"
    r"(?P<rest>[^.;%]{0,200}?)"
    r"(?:\s+(?:has|had|have|was|is|were|also|now|then|further|finally|reportedly))*"
    r"\s+(?P<link>was|is|stood\s+at|stands\s+at|reached|hit|(?:rose|risen|climbed|jumped|increased|improved|"
    r"soared|surged|grew|went\s+up|edged\s+up|fell|dropped|declined|slipped)(?:\s+from\s+[\d.,]+\s*(?:%|per\s*cent|"
    r"percent))?\s+to|(?:rose|risen|climbed|jumped|increased|improved|grew|fell|dropped|declined|decreased|"
    r"went\s+(?:up|down))\s+from|ranged\s+from|between)"
    r"(?:\s+(?:a|an)(?:\s+(?:record|all-time|historic|new))*(?:\s+(?:high|peak))?(?:\s+of)?)?"
    r"(?:\s+(?:about|nearly|around|some|almost|roughly|over|more\s+than))?\s*\Z", regex.I | regex.REVERSE)
# Groups whose "share" is a ratio to something else, or a money flow that may exceed its base
_NOT_A_GROUP = frozenset("exports imports revenues earnings sales assets liabilities deposits loans reserves profits "
                         "costs expenses expenditures payments taxes wages salaries prices debts funds savings "
                         "emissions shares remittances receipts arrears subsidies investments flows".split())
# "rose 104% of ..." is a change, never a share's level
_CHANGE_BEFORE = regex.compile(r"\b(?:rose|risen|rises|climbed|jumped|increased|grew|fell|dropped|declined|up|down|"
                               r"by)\s*\Z", regex.I)
# What makes the level relative to something else after the figure: "104% of the 2019 level", "104% above"
_RELATIVE_AFTER = regex.compile(r"\A\s*(?:%|per\s*cent|percent)?\s*(?:of\s+(?:the|its|their|a|an|last|this|that|"
                                r"what|target|capacity|budget|level|previous|pre-)|above|higher|more|over|compared|"
                                r"relative|against|increase|rise|growth|jump)\b", regex.I)


# Words that end the noun phrase after "of": in "150 per cent of capacity as patients are placed on benches" the
# people belong to the next clause, and the share is of the capacity (a ratio that may pass 100%).
_CLAUSE_LINK = (r"(?:as|while|when|whereas|because|since|after|before|until|with|and|or|but|so|in|on|at|for|to|by|"
                r"from|than|amid|despite|if|though|although|where|which|who|that)\b")
# "104.6 per cent of candidates obtained five credits": a percentage of a group that did something (never "of
# households' income", "of the target", "of GDP")
_OF_GROUP_AFTER = regex.compile(
    r"\A\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:(?!" + _CLAUSE_LINK + r")[\p{Ll}-]+\s+){0,2}?(?P<group>\p{Ll}[\p{Ll}-]+s|women|men|"
    r"children|people)(?![\p{L}'’-])(?:\s+(?:who|that))?\s+(?:have\s+|had\s+|were\s+|are\s+)?(?:\p{Ll}+ed|were|are|"
    r"did|do|said|say|sat|took|got|won|own|use|live|hold|held|made|went|came|saw|chose|voted|passed|failed|"
    r"obtained|reported)\b", regex.I)


def share_of_group(story: Story, m: Measure) -> bool:
    """Is the percentage the level of a share of a group of people or things ("the share of candidates
    obtaining five credits rose to 104.6 per cent", "104.6 per cent of candidates obtained")? Such a share
    cannot exceed 100%."""
    q = m.quantity
    s0, s1 = m.sentence
    prose = story.doc.prose
    after = _OF_GROUP_AFTER.match(prose[q.end:s1])
    if after is not None and after.group("group").lower() not in _NOT_A_GROUP \
            and not _CHANGE_BEFORE.search(prose[max(s0, q.start - 40):core_span(story, q).start]):
        return True
    left = prose[max(s0, q.start - 260):core_span(story, q).start]
    if "of" not in left:
        return False
    found = _SHARE_OF_GROUP.search(left)
    if found is None or (found.group("lead") or "").lower().startswith("as"):
        return False
    if found.group("group").lower() in _NOT_A_GROUP:
        return False
    rest = found.group("rest")
    if regex.search(r"\b(?:per\s*cent|percent)\b", rest, regex.I):
        return False    # another percentage stands between the share and this one
    if regex.search(r"\b(?:to|against|relative|compared|versus|vs)\b\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?"
                    r"(?:GDP|output|income|level|population|total)\b", rest, regex.I):
        return False    # "the ratio of loans to deposits", "the share of workers relative to the 2019 level"
    return not _RELATIVE_AFTER.match(prose[q.end:s1])
