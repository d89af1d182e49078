"""The things of a story and the years they came to be, for "N years ago" written without a year beside it.

A sub-editor reading "The stadium, rebuilt for Euro 2012 and reopened in 2010, ... Since the modernised arena
opened 17 years ago" knows the arena is the stadium (a definite description of the same kind of thing) and that
it opened in 2010, fifteen years before a 2025 story. This module keeps that small model:

- each year written after a verb of coming to be (opened, reopened, built, rebuilt, founded, set up, launched,
  completed ...) belongs to a thing: the object of the verb ("set up the company in 1995"), its subject ("the
  arena opened in 2010"), or the noun the sentence opens with when the verb is in a clause about it ("The
  stadium, rebuilt ... and reopened in 2010,");
- things are of a kind: a stadium, an arena and a ground are one venue; a company, a firm and a group one firm;
- "the arena opened N years ago" means the thing of that kind last given such a year before it.

`years_of_thing_counted(q, story)` gives, for a count of years written after such a verb and its thing, the years
that thing (or any thing of its kind, or any thing the story leaves unnamed) came to be: the check speaks only
when none of them fits, since the story may count from the first opening or the reopening.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..claims import is_year_like
from ..model import Quantity
from .base import Story

# Verbs of coming to be, and of coming to be again: any of them may be what "opened N years ago" counts from.
_VERBS = (r"opened|reopened|re-opened|built|rebuilt|re-built|constructed|reconstructed|completed|inaugurated|"
          r"founded|co-founded|established|set\s+up|launched|relaunched|re-launched|created|formed|started|began|"
          r"begun|incorporated|unveiled|commissioned|renovated|refurbished|modernised|modernized|redeveloped|"
          r"restored|converted|opened\s+its\s+doors|first\s+opened|opened\s+for\s+business|listed|floated|"
          # a law's coming to be
          r"passed|enacted|adopted")
_HOW = r"(?:(?:was|were|is|are|had|has|have|been|being|first|originally|officially|formally|only|finally|later)\s+)*"
_APPROX = r"(?:(?:just|only|some|about|around|roughly|nearly|almost|more\s+than|over|under|less\s+than|barely|exactly)\s+)*"

# What a firm or a body begins: "the company, which began trading 34 years ago", "started operations"
_ACTIVITY = r"(?:trading|operations|operating|production|producing|business|life|work|services|broadcasting)"
# "the arena opened 17 years ago", "the firm, set up 30 years ago", "which was built nearly 40 years ago"
_COUNTED_SUBJECT = regex.compile(
    rf"(?:(?P<det>the|its|their|our|this|that|his|her)\s+(?P<mods>(?:[\p{{L}}'’-]+\s+){{0,3}}?))?"
    rf"(?P<head>[\p{{L}}'’-]+),?\s+{_HOW}(?P<verb>{_VERBS})(?:\s+its\s+doors|\s+{_ACTIVITY})?\s+{_APPROX}\Z",
    regex.I)
# "he set up the company 30 years ago", "they opened the first shop about ten years ago"
_COUNTED_OBJECT = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_VERBS})\s+(?P<det>the|its|their|our|this|his|her)\s+(?P<mods>(?:[\p{{L}}'’-]+\s+){{0,2}}?)"
    rf"(?P<head>[\p{{L}}'’-]+)\s+{_APPROX}\Z", regex.I)
# A word of the short phrase that may stand between a verb and its year ("opened to traffic on June 23, 1989",
# "founded as a farmers' union in 1962", "built of local sandstone in 1881"): any word but one that opens another
# clause or is another verb, whose year it would then be ("founded by his father, who died in 1990")
_ASIDE_WORD = (r"(?!(?:who|whom|whose|which|that|when|where|after|before|until|since|while|but|or|was|were|is|are|"
               r"had|has|have|did|does|do|then|died|closed|shut|left|became|moved|retired)(?![\p{L}'’-]))"
               r"(?-i:and(?=\s+\p{Lu})|&|\p{Lu}[\p{L}'’.-]*|[\p{Ll}'’.-]+(?<!ed))")
# the year's verb: "reopened in 2010", "set up the company in 1995", "opened its doors in 2010",
# "founded by two brothers in 1996", "built in Gdansk in 1975"
_YEAR_AFTER_VERB = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_VERBS})(?P<obj>\s+(?:the|its|their|our|a|an|his|her)\s+(?:[\p{{L}}'’-]+\s+){{0,2}}?"
    rf"(?P<head>[\p{{L}}'’-]+))?"
    rf"(?:\s+{_ASIDE_WORD}){{0,8}}?"
    # "in 1989", "on June 23, 1989", "in the spring of 1989", "in late 1989"
    r"\s+(?:in|on|back\s+in|as\s+early\s+as)(?:\s+(?:the\s+)?(?-i:\p{Ll}[\p{Ll}-]*)(?:\s+of)?)?\s+\Z", regex.I)
# "The Marchand bridge (opened 1989)", "the mill, built 1881,": a listing's year straight after the verb
_VERB_THEN_YEAR = regex.compile(rf"(?<=(?<![\p{{L}}'’-])(?P<head>[\p{{L}}'’-]+)\s*[(,]\s*)(?P<verb>{_VERBS})\s+\Z",
                                regex.I)
_PRONOUNS = frozenset({"it", "they", "which", "that", "who", "he", "she", "we", "i", "and", "then", "also"})
# A thing marked as another of its kind: "the new arena opened three years ago" is not the old stadium
_OTHER = frozenset({"new", "old", "original", "first", "second", "third", "former", "other", "another", "rival",
                    "sister", "neighbouring", "neighboring", "nearby", "current", "present", "previous",
                    "temporary", "replacement", "latest", "newest", "oldest", "next", "last", "own", "parent", "holding",
                    "subsidiary", "partner", "local", "regional", "national", "foreign", "state-owned"})
# Nouns that are no thing that came to be ("opened its doors in 2010")
_NOT_THINGS = frozenset({"doors", "door", "operations", "business", "work", "way", "year", "years", "season",
                         "first", "same", "time", "day", "week", "month"})

# Kinds of thing: one thing may be written as any of these
_KINDS = {}
for _kind, _words in {
    "venue": "stadium stadion stadio estadio arena ground venue bowl coliseum colosseum",
    "firm": "company firm business group holdings developer enterprise outfit concern corporation startup start-up "
            "maker manufacturer producer retailer lender insurer carrier airline operator brand chain",
    "shop": "shop store outlet boutique",
    "works": "factory plant works mill facility refinery smelter",
    "law": "law act legislation statute",
    "festival": "festival fair fest carnival",
    "railway": "line railway metro railroad network",
    "building": "building tower block skyscraper hall",
    "bridge": "bridge crossing",
    "museum": "museum gallery",
    "hotel": "hotel resort",
    "restaurant": "restaurant eatery bistro cafe café",
    "mine": "mine pit colliery",
    "market": "market bazaar souk",
    "school": "school academy institute institut instituto college colegio polytechnic faculty",
    "ward": "ward unit wing department",
}.items():
    for _w in _words.split():
        _KINDS[_w] = _kind


def _kind(head: str) -> str:
    head = head.lower()
    if head in _KINDS:
        return _KINDS[head]
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return _KINDS.get(singular, singular)


@dataclass(frozen=True)
class ThingYear:
    q: Quantity
    year: int
    month: int | None
    kind: str                  # "" when the story does not say what came to be then ("it opened in 2008")
    verb: str = ""             # how it came to be, as a family ("open", "build", "found"): see _verb_family
    again: bool = False        # came to be again ("rebuilt", "reopened"): its first coming to be is older
    named: bool = False        # the thing is a name the verb took as object ("set up Ceylon Spice Heritage in 1987")


def thing_years(story: Story) -> list[ThingYear]:
    return story.memo("date.thing_years", _read_thing_years)


def year_of(q: Quantity) -> tuple[int, int | None] | None:
    """(year, month or None) a figure names: a dated day or month with its year, or a bare year."""
    if q.kind == "date" and q.date is not None and q.year_given and q.resolution in ("day", "month", "year"):
        return q.date.year, (q.date.month if q.resolution in ("day", "month") else None)
    if is_year_like(q):
        return int(q.value), None
    return None


def _read_thing_years(story: Story) -> list[ThingYear]:
    prose = story.doc.prose
    found = []
    for q in story.quantities:
        when = year_of(q)
        if when is None or prose[q.end:q.end + 1] == "s":     # not "the 1990s"
            continue
        s0, s1 = story.doc.sentence_at(q.start)
        m = (_YEAR_AFTER_VERB.search(prose, max(s0, q.start - 90), q.start)
             or (_VERB_THEN_YEAR.search(prose, max(s0, q.start - 30), q.start) if is_year_like(q) else None))
        if m is None:
            continue
        head = _object_head(prose, m)
        named = head is None and _NAME_OBJECT.match(prose, m.end("verb"), m.end()) is not None
        if named:
            found.append(ThingYear(q, when[0], when[1], "", _verb_family(m.group("verb")), named=True))
            continue
        if (head is None or head.lower() in _NOT_THINGS) and not prose[s0:m.start()].strip(" \"“'‘"):
            # "Opened to traffic in June 1989, the bridge is ...": the thing the main clause opens with
            head = _noun_after_clause(prose, q.end, s1)
        elif head is None or head.lower() in _NOT_THINGS:
            head = _subject_of(prose, s0, m.start())
            if head is None or _kind(head) not in _KIND_NAMES:
                head = _kind_named_in(prose, s0, m.start()) or head
        verb = m.group("verb")
        found.append(ThingYear(q, when[0], when[1], _kind(head) if head else "", _verb_family(verb),
                               regex.match(r"re-?\p{L}", verb, regex.I) is not None))
    return found


# A name the verb took as object: "set up Ceylon Spice Heritage in 1987", "founded Mendoza & Hijos in 1952"
_NAME_OBJECT = regex.compile(r"(?:\s+(?-i:\p{Lu}[\p{L}'’.-]*|&|and|de|del|of))+\s+(?:in|on|back\s+in)\s", regex.I)


_OBJECT_TAIL = regex.compile(r"\s+(?P<word>\p{Ll}[\p{Ll}'’-]*)")


def _object_head(prose: str, m: regex.Match) -> str | None:
    """The head noun of the verb's object: "opened its paediatric unit in 2006" is a unit; the pattern reads the
    object's first words lazily, so the lower-case words after them, up to a word of the phrase after, are the
    object's too."""
    head = m.group("head")
    if head is None:
        return None
    at = m.end("head")
    for _ in range(2):
        nxt = _OBJECT_TAIL.match(prose, at, m.end())
        if nxt is None or nxt.group("word").lower() in _NOT_OBJECT:
            break
        head, at = nxt.group("word"), nxt.end()
    return head


# Words after an object that are no part of it: "opened the hall to visitors in 1990", "built the bridge in 1972"
_NOT_OBJECT = frozenset("in on at to for from with by of as under near into onto after before during back "
                        "and or but early late mid".split())


# Verbs that tell the same coming to be: "the bridge opened in 1987" is what "when it opened 27 years ago"
# counts from, whereas "built in 1985" may be another year (two years' work) and "renovated in 2010" another event
_FAMILIES = {"open": "opened|reopened|re-opened|inaugurated|first opened|opened its doors|opened for business|unveiled",
             "build": "built|rebuilt|re-built|constructed|reconstructed|completed",
             "found": "founded|co-founded|established|set up|launched|relaunched|re-launched|created|formed|started|"
                      "began|begun|incorporated|passed|enacted|adopted",
             "renew": "renovated|refurbished|modernised|modernized|redeveloped|restored|converted|commissioned",
             # a firm's coming to the market: "listed on the exchange in 2013" ... "since the firm listed"
             "list": "listed|floated"}
_FAMILY_OF = {v: f for f, vs in _FAMILIES.items() for v in vs.split("|")}


_KIND_NAMES = frozenset(_KINDS.values())
# Kinds that a name founded by someone may be: what "The company, which began trading" can refer back to
_INSTITUTIONS = frozenset({"firm", "shop", "festival", "museum", "hotel", "restaurant", "market", "school"})


def _kind_named_in(prose: str, s0: int, verb_at: int) -> str | None:
    """ "The Institut de Formation ... (IFMI) of Gzenaya, established in 1993": a long name read for the first word
    that says what kind of thing it is, up to the comma that opens the verb's clause."""
    comma = prose.rfind(",", s0, verb_at)
    if comma < 0:
        return None
    for w in _WORD.finditer(prose, s0, comma):
        if w.group().lower() in _KINDS:
            return w.group()
    return None


def _verb_family(verb: str) -> str:
    verb = regex.sub(r"\s+", " ", verb.lower())
    for word in (verb, verb.split(" ")[-1], verb.split(" ")[0]):
        if word in _FAMILY_OF:
            return _FAMILY_OF[word]
    return verb


_SUBJECT_BEFORE = regex.compile(rf"(?P<head>[\p{{L}}'’-]+),?\s+{_HOW}\Z", regex.I)
# The noun a sentence opens with: "The stadium, rebuilt ...", "The Enea Stadion was reopened ..."
_OPENING_NOUN = regex.compile(r"[\s\"“]*(?:(?:the|its|their|this|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?P<head>[\p{L}'’-]+)"
                              r"(?=\s*,|\s+(?:was|were|is|has|had|first|originally)\b)", regex.I)


def _subject_of(prose: str, s0: int, verb_at: int) -> str | None:
    """Who or what the verb at `verb_at` tells of: the word before it, or, in a clause opened by a comma or "and"
    ("The stadium, rebuilt ... and reopened in 2010"), the noun the sentence opens with."""
    m = _SUBJECT_BEFORE.search(prose, max(s0, verb_at - 60), verb_at)
    word = m.group("head").lower() if m is not None else None
    participle = m is None or word in ("and", "then", "later") or prose[s0:verb_at].rstrip().endswith(",")
    if participle:
        opening = _OPENING_NOUN.match(prose, s0, verb_at)
        return opening.group("head") if opening is not None else None
    if word in ("which", "that"):
        return _noun_before_comma(prose, s0, m.start())
    if word in _PRONOUNS:
        return None
    return word


# The subject a sentence's main clause opens with, after an opening participle: "..., the Marchand bridge is ..."
_MAIN_SUBJECT = regex.compile(r"[^,;.]{0,40},\s*(?:the|its|this|our|their)\s+(?P<words>(?:[\p{L}\d'’-]+\s+){0,3}?)"
                              r"(?P<head>[\p{L}'’-]+)\s+(?:is|was|were|are|has|had|have|will|would|can|could|now|still|"
                              r"remains|\p{Ll}+s|\p{Ll}+ed)\b")


def _noun_after_clause(prose: str, at: int, s1: int) -> str | None:
    m = _MAIN_SUBJECT.match(prose, at, s1)
    return m.group("head") if m is not None else None


def _noun_before_comma(prose: str, s0: int, at: int) -> str | None:
    """ "The resort, which reopened ...": the noun the relative clause is about."""
    noun = regex.search(r"([\p{L}'’-]+)\s*,\s*\Z", prose[max(s0, at - 60):at])
    return noun.group(1) if noun is not None else None


def years_of_thing_counted(q: Quantity, story: Story):
    """For a count of years of a thing ("the arena opened 17 years ago", "17 years since the arena opened", "the
    15-year-old arena", "the arena marks its 15th anniversary"): (the year the story last gave for a thing of that
    kind before the count, every year any thing of that kind or an unnamed one came to be, the counted verb when
    those years are of another verb of coming to be and are to be read by `counted_fits`, else ""), or None when
    the story does not say which thing, or gives it no such year."""
    thing = _thing_counted(q, story)
    if thing is None:
        return None
    head, mods, verb = thing
    head = head.lower()
    other = {w.lower() for w in mods.split()} & _OTHER
    if other and head in _GENERIC_THINGS:
        return None
    if head == "it" or head in _GENERIC_THINGS:
        one = _the_one_thing(q, story, verb, head)
        if one is not None or head == "it":
            return one
    if head in _PRONOUNS or head in _NOT_THINGS:
        return None
    kind = _kind(head)
    years = thing_years(story)
    # a thing's age counts from its coming to be before it, or in the same sentence ("The 31-year-old building
    # opened in 1998")
    own_sentence = story.doc.sentence_at(q.start) if is_age_of_thing(q, story.doc.prose) else (0, 0)
    before_q = [t for t in years if (t.q.end <= q.start or own_sentence[0] <= t.q.start < own_sentence[1])
                and t.kind == kind]
    if not before_q and kind in _INSTITUTIONS and not other:
        # "Jayasuriya set up Ceylon Spice Heritage in 1987. The company, which began trading 34 years ago": the
        # story's one name founded before, when it dates no thing of the kind
        family = _verb_family(verb)
        named = [t for t in years if t.named and t.q.end <= q.start
                 and (t.verb == family or (t.verb, family) in _BEFORE or (family, t.verb) in _BEFORE)]
        if len(named) == 1 and _one_year_in_sentence(story, named[0].q):
            by_order = verb if named[0].verb != family else ""
            return named[0], named + [t for t in years if t.kind in (kind, "")], by_order
    if not before_q:
        # the lead counts, the background dates: "The terminal, which opened 12 years ago, ..." then "The terminal,
        # launched in 2009, ...": the story's one year for a thing of the kind, given after the count
        before_q = [t for t in years if t.kind == kind and t.q.start >= q.end and not t.again]
        if len({t.year for t in before_q}) != 1:
            return None     # no year for the thing, or more than one: nothing to read it against
    if other and not _same_marks(story, before_q[-1], other, head):
        return None         # "the new arena opened three years ago" is not the stadium dated before
    return before_q[-1], [t for t in years if t.kind in (kind, "")], ""


def _one_year_in_sentence(story: Story, q: Quantity) -> bool:
    """Is `q` the one year its sentence gives ("set up Panaderia Ruiz in 1994 and Cafe Norte in 2005": two names,
    two years, and which one the story later calls "the company" is not ours to guess)?"""
    s0, s1 = story.doc.sentence_at(q.start)
    return sum(1 for p in story.quantities if s0 <= p.start < s1 and year_of(p) is not None) == 1


def _same_marks(story: Story, t: ThingYear, marks: set[str], head: str) -> bool:
    """Does the dated thing's sentence call it by the same marks, a few words before a noun of its kind ("The first
    line, Chilanzar, opened in 1977", "the city's first tram line opened" and "when the first line opened")?"""
    s0, s1 = story.doc.sentence_at(t.q.start)
    words = [w.group().lower() for w in _WORD.finditer(story.doc.prose, s0, s1)]
    kind = _kind(head)
    return all(any(w == mark and any(_kind(v) == kind for v in words[i + 1:i + 4])
                   for i, w in enumerate(words)) for mark in marks)


# The order in which a thing first comes to be: a building is built, then opened (the same year or later); a ward,
# a shop or a school is founded (started, set up, launched) no later than it opens. Pairs (earlier, later). A
# founding and a building are not ordered: an institution may be founded in a building much older than itself.
_BEFORE = frozenset({("build", "open"), ("found", "open")})
_ORDER = frozenset(v for pair in _BEFORE for v in pair)


def counted_fits(counted_verb: str, t: ThingYear, stated: float, elapsed: float, tol: float) -> bool:
    """Does a count of years ("opened 19 years ago") fit a year the story gives the thing by another verb of
    its coming to be ("built in 2003", "started out in 2006")? Only the order is known: it opened at or after it
    was built or founded, so a count that puts the opening before them cannot be right, while a later one may be."""
    counted = _verb_family(counted_verb) if counted_verb else ""
    if (t.verb, counted) in _BEFORE:
        return stated <= elapsed + tol      # came about at or after the dated step
    if (counted, t.verb) in _BEFORE:
        return stated >= elapsed - tol      # came about at or before it
    return abs(stated - elapsed) <= tol


# Verbs a pronoun or a general noun may be counted by: a thing opens, is built or is founded once, whereas
# "when it started two years ago" or "when it was launched" is as likely a slump, a scheme or a campaign
_PRONOUN_VERBS = frozenset("opened reopened re-opened inaugurated built rebuilt constructed completed founded "
                           "co-founded established incorporated".split())
# What any building or institution may be called once the story has named it: "the structure opened 27 years ago"
_GENERIC_THINGS = frozenset("structure building site facility complex centre center premises landmark place "
                            "institution edifice".split())


def _the_one_thing(q: Quantity, story: Story, verb: str, head: str):
    """ "When it opened 27 years ago", "the structure was built 40 years ago": the story's one thing given a year for
    that verb ("The bridge, which opened in 1987"). Two things of different kinds so dated, a verb a slump or a
    scheme could have too, or no such thing before the count: None (which thing is meant is not ours to guess)."""
    words = verb.lower().split()
    years = thing_years(story)
    if not words and is_age_of_thing(q, story.doc.prose):
        # "It is now 35 years old": an age counts from any first coming to be (founded, built, opened)
        dated = [t for t in years if t.kind and not t.again]
        kinds = {t.kind for t in dated}
        before_q = [t for t in dated if t.q.end <= q.start]
        if len(kinds) != 1 or not before_q or _last_thing_named(story, q.start) not in (None, *kinds):
            return None
        if head == "it" and not _NOTHING_BETWEEN.fullmatch(story.doc.prose, before_q[-1].q.end,
                                                            _OLD_SUBJECT.search(story.doc.prose, max(0, q.start - 120),
                                                                                _count_start(story.doc.prose, q)).start()):
            return None     # "founded in 1994 and bought a warehouse. It is 60 years old": "it" may be the warehouse
        return before_q[-1], [t for t in years if t.kind in (kinds | {""})], ""
    if not words or not ({" ".join(words), words[-1], words[0]} & _PRONOUN_VERBS):
        return None
    family = _verb_family(verb)
    dated = [t for t in years if t.verb == family and t.kind]
    by_order = not dated and family in _ORDER
    if by_order:
        # "The bridge, built in 2003, ... since it opened 19 years ago": the one thing the story dates by another
        # verb of its first coming to be; the count is then read by their order (a bridge opens once built)
        dated = [t for t in years if ((t.verb, family) in _BEFORE or (family, t.verb) in _BEFORE)
                 and t.kind and not t.again]
    kinds = {t.kind for t in dated}
    if len(kinds) != 1:
        return None
    before_q = [t for t in dated if t.q.end <= q.start]
    if not before_q:
        return None
    kind = next(iter(kinds))
    if _last_thing_named(story, q.start) not in (None, kind):
        return None     # "... runs a café beside the bridge. When it opened ...": the café is nearer
    return before_q[-1], [t for t in years if t.kind in (kind, "")], (verb if by_order else "")


_WORD = regex.compile(r"[\p{L}'’-]+")


def _last_thing_named(story: Story, at: int) -> str | None:
    """The kind of the last thing named in the sentence before `at` and the one before it: what "it" is likeliest
    to stand for."""
    s0, _ = story.doc.sentence_at(at)
    p0, _ = story.doc.sentence_at(max(0, s0 - 2)) if s0 > 1 else (s0, s0)
    prose = story.doc.prose
    last = None
    for w in _WORD.finditer(prose, p0, at):
        word = w.group().lower()
        if word in _GENERIC_THINGS or not (word in _KINDS or (word.endswith("s") and word[:-1] in _KINDS)):
            continue    # "the structure", "the facility": what any thing may be called, not another thing
        following = _WORD.match(prose, w.end() + 1) if prose[w.end():w.end() + 1] == " " else None
        if following is not None and following.group().lower() not in _NOT_A_NOUN and following.group()[:1].islower():
            continue    # "the market hall", "bridge repairs": a word that only describes the next
        last = _kind(word)
    return last


# Words after a thing's noun that leave it the noun: "the cafe beside the river", "the bridge, which", "the
# shop was"; any other lower-case word after it makes it a modifier ("the market hall")
_NOT_A_NOUN = frozenset("the a an and or but of in on at to for from with by beside near next behind opposite across "
                        "over under along outside inside into onto is was were are has had have will would could can "
                        "which that where who whose said says opened reopened closed shut itself it its they their "
                        "he she we there here now then also still only just as so than".split())


# "17 years since the arena opened", "ten years since the museum was founded"
# "delivered 52 years ago, when the first line opened"
_WHEN_THING = regex.compile(
    rf"(?:\s+ago)?\s*,?\s+when\s+(?P<det>the|its|their|our|this|that)\s+(?P<mods>(?:[\p{{L}}'’-]+\s+){{0,3}}?)"
    rf"(?P<head>[\p{{L}}'’-]+)\s+{_HOW}(?P<verb>{_VERBS})(?![\p{{L}}])", regex.I)
_SINCE_THING = regex.compile(
    rf"\s+since\s+(?:(?P<det>the|its|their|our|this|that)\s+(?P<mods>(?:[\p{{L}}'’-]+\s+){{0,3}}?))?"
    rf"(?P<head>[\p{{L}}'’-]+)\s+{_HOW}(?P<verb>{_VERBS})(?![\p{{L}}])", regex.I)
# "The closure comes 30 years after the viaduct opened", "after it was built": the news of the story, in the present
# tense, is now, so the count runs from the thing's coming to be to now ("came 20 years after" is a past gap)
_COMES_BEFORE = regex.compile(r"(?<![\p{L}])comes?\s+\Z", regex.I)
_AFTER_THING = regex.compile(
    rf"\s+after\s+(?:(?P<det>the|its|their|our|this|that)\s+(?P<mods>(?:[\p{{L}}'’-]+\s+){{0,3}}?))?"
    rf"(?P<head>[\p{{L}}'’-]+)\s+{_HOW}(?P<verb>{_VERBS})(?![\p{{L}}])", regex.I)
# Between a thing's year and the "It" that opens the next sentence: nothing else it could mean
_NOTHING_BETWEEN = regex.compile(r"[.;]?\s*")
# "35 years old" (not "35-year-old", read below)
_YEARS_OLD = regex.compile(r"\s+old\b")
# The subject of a thing's age: "The firm is now", "It is", "The co-operative, founded in 1994, was", "the bridge
# will be", "the plant, 28 years old": determiner, noun, an aside between commas, a linking verb and hedges
_OLD_SUBJECT = regex.compile(
    r"(?:(?<![\p{L}])(?P<det>the|its|their|our|this)\s+(?P<mods>(?:[\p{L}'’-]+\s+){0,3}?))?(?<![\p{L}'’-])(?P<head>[\p{L}'’-]+)"
    r"(?:\s*,[^,;]{1,80},)?\s*(?:,|[-–—]|(?:\s+(?:is|was|will\s+be|would\s+be|has\s+become|becomes|became|turns|turned|"
    r"now|already|still|just|nearly|almost|about|around|some|more\s+than|over|exactly|only))+)\s*\Z", regex.I)
_HEDGE_START = regex.compile(r"(?:(?:about|around|nearly|almost|some|over|more\s+than|just|exactly|only)\s+)+\Z", regex.I)


def _count_start(prose: str, q: Quantity) -> int:
    """Where the words before a count end, its hedge left out ("now about 35 years old": before "about")."""
    m = _HEDGE_START.search(prose, max(0, q.start - 20), q.start)
    return m.start() if m is not None else q.start


def is_age_of_thing(q: Quantity, prose: str) -> bool:
    """Is this count of years a thing's age ("the 40-year-old bridge", "40 years old")?"""
    return q.text.endswith("-year") or _YEARS_OLD.match(prose, q.end) is not None


# "the 15-year-old arena": a thing's age written like a person's
_YEAR_OLD_THING = regex.compile(r"-old\s+(?P<mods>(?:[\p{Ll}-]+\s+){0,2}?)(?P<head>[\p{L}'’-]+)")
# "The arena, which marks its 15th anniversary ...": the sentence's own thing
_ANNIVERSARY = regex.compile(r"\s+anniversary\b(?!\s+of\b)", regex.I)
_ANNIVERSARY_SUBJECT = regex.compile(
    r"[\s\"“]*(?:the|its|their|this|our)\s+(?P<mods>(?:[\p{L}'’-]+\s+){0,3}?)(?P<head>[\p{L}'’-]+)\s+"
    r"(?:(?:will|is|was|has|this\s+\p{L}+|next\s+\p{L}+|on\s+\p{L}+)\s+)?(?:celebrat|mark|observ|toast|commemorat)\p{L}*"
    r"\s+its\s+", regex.I)


def _thing_counted(q: Quantity, story: Story) -> tuple[str, str, str] | None:
    """The thing (head noun, the words before it, the verb it came to be by) whose years a count tells, when the
    words around it say."""
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(q.start)
    if q.kind == "ordinal":
        if not _ANNIVERSARY.match(prose, q.end):
            return None
        opening = _ANNIVERSARY_SUBJECT.fullmatch(prose, s0, q.start)
        return (opening.group("head"), opening.group("mods"), "") if opening is not None else None
    after = prose[q.end:min(s1, q.end + 80)]
    if q.text.endswith("-year"):
        if not regex.search(r"(?<![\p{L}])(?:the|its|their)\s+\Z", prose[max(s0, q.start - 8):q.start], regex.I):
            return None     # "a 25-year-old stadium" is not one the story gave a year for
        m = _YEAR_OLD_THING.match(after)
        if m is None:
            return None
        # "the 45-year-old dam": a noun of a kind of thing, or of the kind of a thing the story gave a year for
        head = m.group("head")
        dated = (head.lower() in _KINDS or head.lower() in _GENERIC_THINGS
                 or any(t.kind == _kind(head) for t in thing_years(story)))
        return (head, m.group("mods"), "") if dated else None
    if _YEARS_OLD.match(after):
        # "the firm is now 35 years old", "It is 35 years old", "The co-operative, founded in 1994, was 30 years old":
        # the subject of the clause the age ends
        m = _OLD_SUBJECT.search(prose, max(s0, q.start - 120), _count_start(prose, q))
        if m is None or m.group("head").lower() in _NOT_THINGS:
            return None
        if m.group("head").lower() == "it":
            return "it", "", ""
        return (m.group("head"), m.group("mods") or "", "") if m.group("det") else None
    m = _SINCE_THING.match(after)
    if m is None and _COMES_BEFORE.search(prose, max(s0, _count_start(prose, q) - 12), _count_start(prose, q)):
        m = _AFTER_THING.match(after)
    if m is None and (q.text.lower().endswith("ago") or regex.match(r"\s+ago\b", after)):
        m = _WHEN_THING.match(after)
    if m is None:
        if not (q.text.lower().endswith("ago") or regex.match(r"\s+ago\b", after)):
            return None     # "opened 17 years after the war": counted from another date, not from now
        before = prose[max(s0, q.start - 90):q.start]
        m = _COUNTED_OBJECT.search(before)
        if m is None or m.group("head").lower() in _NOT_THINGS:
            # "since the school opened its doors 30 years ago": "its doors" is no object; the school opened
            m = _COUNTED_SUBJECT.search(before) or m
    if m is None:
        return None
    head = m.group("head").lstrip("'’")     # "'It opened 70 years ago,' she said": a quote opens before it
    verb = m.group("verb") or ""
    if head.lower() == "it" and m.group("det") is None:
        return "it", "", verb   # "When it opened 27 years ago": the story's one thing so dated, if it has one
    if m.group("det") is None and head.lower() not in ("which", "that"):
        return None         # "A second gallery opened three years ago": not a thing the story gave before
    if head.lower() in ("which", "that"):
        # "The resort, which reopened eight years ago": the noun before the comma
        noun = _noun_before_comma(prose, s0, q.start - len(m.group(0)) + m.start("head") - m.start())
        return (noun, "", verb) if noun is not None else None
    return head, m.group("mods") or "", verb


def ordinal_text(n: int) -> str:
    """22 -> "22nd", 112 -> "112th": an anniversary's or a season's count as newsrooms write it."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
