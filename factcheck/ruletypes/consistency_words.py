"""Consistency: the words that let one count be told twice in other words (used by FC407).

* Stand-ins: a desk counts the families behind a count of homes or jobs ("12,400 houses damaged" ... "the
  14,200 families whose homes were damaged"; "1,250 jobs at risk" ... "the 1,520 families affected"). A
  family is not a house, so a stand-in is compared with the thing it stands for only where the two figures
  are one number with two digits swapped: two unrelated counts rarely look like that.
* Copy in Italian, Spanish, Portuguese and French counts beds, the dead, homes and workers with nouns of
  its own ("450 posti letto" ... "i 540 posti letto previsti"), refers back with its own articles and marks
  an addition with its own words ("altri 40 posti letto").
* A toll "since" the rains began is a running count to date, not a figure of another time ("38 people had
  died in the county since the long rains intensified"); "since 2019" or "since last year" is a window of
  another length, and "has since" moves the sentence on.
"""
from __future__ import annotations

import regex

# class -> nouns that stand in for it (compared only under a swap of two digits)
STAND_IN_NOUNS = ("families", "households")
STAND_IN_FOR = ("dwellings", "jobs", "workforce")
# classes compared only where the two figures look like a typing slip: jobs are cut, created and
# broken down (direct, indirect, construction) far more often than they are misreported
SLIP_ONLY = frozenset(("jobs", "households"))
# a closure's jobs, told in any of the nouns a desk uses for one job ("340 jobs" ... "430 paycheques" ... "the
# 340 posts"): the class, not the word, is what is counted
JOB_NOUNS = ("jobs", "posts", "positions", "roles", "paycheques", "paychecks", "pay packets", "wage packets",
             "payslips", "livelihoods", "redundancies", "layoffs", "lay-offs", "job losses", "job cuts")

# nouns in other languages' copy, by class
FOREIGN_NOUNS = {
    "beds": "posti letto|camas|lits|leitos",
    "dead": "morti|vittime|deceduti|muertos|fallecidos|víctimas|mortos|vítimas|morts|victimes",
    "dwellings": "abitazioni|alloggi|viviendas|casas|moradias|logements|maisons",
    "workforce": "lavoratori|dipendenti|trabajadores|empleados|trabalhadores|funcionários|salariés|employés",
    "jobs": "posti di lavoro|empleos|empregos|emplois",
}
FOREIGN = frozenset(n for nouns in FOREIGN_NOUNS.values() for n in nouns.split("|"))
# the first word of each foreign noun: the cheap test before the noun pattern runs
FOREIGN_FIRST = frozenset(n.split()[0] for n in FOREIGN)
# a definite article or possessive that refers back: "i 540 posti letto", "los 34 muertos", "les 420 salariés"
ROMANCE_BACKREF = regex.compile(r"(?<![\p{L}'’])(?:i|gli|le|il|lo|la|l['’]|los|las|el|les|os|as|o|a|sus|suoi|"
                                r"sue|ses|leurs|seus|suas|questi|queste|estos|estas|ces|esses|essas|tutti\s+i|"
                                r"tutte\s+le|todos\s+los|todas\s+las|tous\s+les|toutes\s+les|todos\s+os|"
                                r"todas\s+as)\s*\Z", regex.I | regex.REVERSE)
# an addition or a part: "altri 40 posti letto", "otros 12 muertos", "40 nouveaux lits"
ROMANCE_PART = regex.compile(r"(?<![\p{L}'’])(?:altri|altre|ulteriori|nuovi|nuove|primi|ultimi|otros|otras|nuevos|"
                             r"nuevas|más|primeros|últimos|autres|nouveaux|nouvelles|premiers|derniers|outros|"
                             r"outras|novos|novas|mais|primeiros|últimos|di\s+cui|de\s+ellos|dont|dos\s+quais)"
                             r"\s*\Z", regex.I | regex.REVERSE)
# the toll has risen to a new figure: "è salito a 37", "subió a 37", "passé à 37", "subiu para 37"
ROMANCE_CHANGED_TO = regex.compile(r"(?<![\p{L}])(?:salit[oaie]|sal(?:e|gono)|aumentat[oaie]|cresciut[oaie]|"
                                   r"sub(?:ió|io|iu)|aument(?:ó|ou)|ascendi[óo]|elev(?:ó|ou)|pass[ée]|mont[ée]|"
                                   r"chegou|atteint|alcanz(?:ó|a))\s+(?:a|à|para|hasta|fino\s+a|até)\s+\Z",
                                   regex.I | regex.REVERSE)

# "has since", "had since been": the sentence moves on; "since 2019", "since last year": another window
_ADVERB_SINCE = regex.compile(r"\b(?:has|have|had|having|been|was|were|is|are|ever)\s+\Z", regex.I | regex.REVERSE)
_YEAR_NEAR = regex.compile(r"\A[^.;,]{0,40}?\b(?:19|20)\d\d\b|\A\s+(?:last|the\s+(?:previous|last))\b", regex.I)


def running_since(text: str, at: int) -> bool:
    """Does the "since" that ends at `at` open a running count to date ("since the rains began", "since
    March"), rather than move to another time ("has since", "since 2019", "since last year")?"""
    if _ADVERB_SINCE.search(text[max(0, at - 30):at - 5]):
        return False        # "the plant has since cut 300 jobs": the sentence moves on
    rest = text[at:]
    return bool(rest[:1].isspace()) and _YEAR_NEAR.match(rest) is None


# "the deadliest storm since 2019", "the worst since records began": a yardstick, not the count's window
_SUPERLATIVE = regex.compile(r"\b(?:\p{L}+est|most|worst|best|first|highest|lowest|biggest|largest|record)\b", regex.I)
_SINCE = regex.compile(r"\bsince\b", regex.I)


def years_window(text: str) -> bool:
    """Does a count run "since 2019" or "since last year" — a window of another length than the story's
    event ("floods have killed 52 people in the province since 2019")? A superlative before it makes the
    "since" a yardstick instead ("the deadliest floods since 2019")."""
    for since in _SINCE.finditer(text):
        if not running_since(text, since.end()) and not _ADVERB_SINCE.search(text[max(0, since.start() - 30):
                                                                                    since.start()]):
            return not _SUPERLATIVE.search(text, 0, since.start())
    return False
