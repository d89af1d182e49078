"""The tallies of a body (seats, wards, members) set against the body's size said as a compound: "the 80-ward
corporation", "the 120-member assembly", "the 51-seat council".

A sub-editor reading "The BJP won 38 wards, the Congress 27, the AAP nine and independents eight ... in the
80-ward corporation" adds the tallies and sees 82: more seats than the house has. The list readers in
list_totals.py leave a size written as a compound adjective alone (most such figures describe a thing: "a
460-bed hospital"); this reader takes it as the whole when it sizes a body and the list counts that body's
places. It decides from:

- the WHOLE: a figure joined to a noun of places in a body ("-seat", "-ward", "-member", "-strong");
- the PARTS: a list of two or more counts joined as a list (list_totals._lists), in the whole's sentence or the
  one before or after it, each part counting places of a body ("38 wards", "64 seats", "27 councillors") or
  leaving the noun out after the first ("the Congress 27, the AAP nine");
- the ANOMALY: the parts add up to MORE than the whole. A list need not be all of the house ("others", an
  independent not named), so a sum short of the size says nothing; a sum beyond it is wrong whoever is left out.

Kept silent: parts that are attributes of members ("41 are first-timers and 36 are women" may overlap), a part
inside another ("including", "of whom", "among them"), lists of other times ("in 2020 ... in 2025", "last
time"), a list that is a share of something ("34 of the 60 wards").
"""
from __future__ import annotations

import bisect
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle

# the places of a body, as a compound's noun and as a tally's noun
_PLACE_NOUN = (r"seats?|wards?|members?|councillors?|councilors?|corporators?|MPs|MLAs|legislators?|deputies|"
               r"senators?|constituencies|constituency|divisions?|strong")
_SIZED_BODY = regex.compile(r"[-‑](?:" + _PLACE_NOUN + r")(?![\p{L}])", regex.I)
_TALLY_NOUN = regex.compile(r"\s+(?:[\p{L}-]+\s+)?(?:" + _PLACE_NOUN + r")(?![\p{L}-])", regex.I)
# the size of a body said as a noun: "the council's 48 seats", "the assembly has 90 members", "a house of 225 seats"
_BODY = (r"(?:council|assembly|house|corporation|parliament|chamber|senate|legislature|board|municipality|"
         r"body|committee|panel|bench|sabha|parishad|panchayat|Dáil|Seanad|Bundestag|Knesset|Duma|Majlis)")
_BODY_STEMS = ("council", "assembly", "house", "corporation", "parliament", "chamber", "senate", "legislature", "board",
               "municipality", "body", "committee", "panel", "bench", "sabha", "parishad", "panchayat", "dáil", "seanad",
               "bundestag", "knesset", "duma", "majlis")   # a cheap test for any word of _BODY
_BODY_HAS = regex.compile(r"(?<![\p{L}])" + _BODY + r"(?:['’]s\s+(?:total\s+of\s+)?|\s+(?:has|have|had|comprises|comprising|"
                          r"consists\s+of|is\s+made\s+up\s+of|of|with)\s+(?:the\s+|a\s+total\s+of\s+|all\s+|its\s+)?)\Z",
                          regex.I)
_OF_ANOTHER = regex.compile(r"\s+(?:[\p{L}-]+\s+)?(?:out\s+)?of\s+(?:the|its|their)(?![\p{L}])", regex.I)
# a part that is said of its members, not a tally of places: "41 are first-timers", "36 were women"
_ATTRIBUTE = regex.compile(r"\s+(?:[\p{L}-]+\s+)?(?:are|were|is|was|have|had|will|would|of\s+them|of\s+whom)(?![\p{L}])", regex.I)
_ELIDED = regex.compile(r"\s*(?:[,.;:)]|\s+and(?![\p{L}])|\s+while(?![\p{L}])|\s+(?:in|on|at)\s+the(?![\p{L}])|\Z)", regex.I)
_OTHER_TIME = regex.compile(r"(?<![\p{L}])(?:last|previous|previously|earlier|ago|before|outgoing|then|(?:19|20)\d\d)(?![\p{L}\d])",
                            regex.I)
_NESTED = regex.compile(r"(?<![\p{L}])(?:including|included|among\s+them|of\s+whom|of\s+which|of\s+them|such\s+as)(?![\p{L}])",
                        regex.I)


def overfull_bodies(story: Story, ordered: list[Quantity], starts: list[int], known: list) -> Iterator:
    """Breakdowns of a body's size into tallies that add up to more than it."""
    prose = story.doc.prose
    low = story.lowered_prose()
    if not any(f"-{w}" in low for w in ("seat", "ward", "member", "council", "corporator", "mp", "mla", "legislat",
                                         "deput", "senat", "constituenc", "division", "strong")) \
            and not (("seats" in low or "wards" in low or "members" in low) and any(w in low for w in _BODY_STEMS)):
        return       # most stories size no body
    taken = {p.start for b in known for p in b.parts} | {b.whole.start for b in known}
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    for whole in ordered:
        if whole.kind != "number" or whole.value is None or whole.start in taken or whole.value < 3:
            continue
        if not _SIZED_BODY.match(prose, whole.end) and not (
                _TALLY_NOUN.match(prose, whole.end) and _BODY_HAS.search(prose, max(0, whole.start - 50), whole.start)):
            continue     # the size of a body: "80-ward", "the council's 48 seats", "the house has 225 members"
        k = bisect.bisect_right(s_starts, whole.start) - 1
        for j in (k, k - 1, k + 1):
            if not 0 <= j < len(sentences):
                continue
            s, e = sentences[j]
            lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            figs = [q for q in ordered[lo:hi] if q.end <= e and q is not whole and _a_tally(q, prose)]
            found = None
            for run in _runs(figs, whole, prose):
                parts = _tally_run(run, whole, prose, e)
                if len(parts) < 2 or any(p.start in taken for p in parts) or not _tallies(parts, prose, s, e) \
                        or _shares_of_another(parts, whole, prose):
                    continue
                total = sum(p.value for p in parts)
                if total > whole.value:
                    found = parts
                    break
            if found:
                taken.update(p.start for p in found)
                taken.add(whole.start)
                yield claims.Breakdown(whole, found, tuple(Span(p.start, p.end) for p in found), stated_sum=False,
                                       whole_first=True)
                break


def _runs(figs: list[Quantity], whole: Quantity, prose: str) -> Iterator[list[Quantity]]:
    """Runs of figures joined as a list (list_totals' test of a joint); a last part said "of" the whole itself ("the
    EFF took nine of the council's 48 seats") still counts as a part."""
    from .list_totals import _joined
    run: list[Quantity] = []
    for q in figs:
        if run and _joined(run[-1], q, prose):
            run.append(q)
            continue
        if len(run) >= 2:
            yield run
        run = [q]
    if len(run) >= 2:
        yield run


def _a_tally(q: Quantity, prose: str) -> bool:
    return (q.kind == "number" and q.value is not None and q.value >= 0 and q.low is None and q.high is None
            and not q.hedge and not claims.is_year_like(q) and not claims.is_modifier(q) and claims.is_single(q)
            and not claims.is_age(q, prose) and q.value == int(q.value) and not prose.startswith(("-", "‑"), q.end))


def _tally_run(run, whole: Quantity, prose: str, e: int) -> tuple:
    """The list up to its first figure that is no tally ("..., leaving the BJP three short of ..."); a last part said
    "of" the whole itself ("nine of the council's 48 seats") is one."""
    for n, p in enumerate(run):
        after = prose[p.end:min(e, p.end + 30)]
        of_whole = p.end < whole.start <= p.end + 40 and _OF_ANOTHER.match(prose, p.end)
        if not (_TALLY_NOUN.match(after) or _ELIDED.match(after) or of_whole) or _ATTRIBUTE.match(after):
            return tuple(run[:n])
        if of_whole:
            return tuple(run[:n + 1])
    return tuple(run)


def _shares_of_another(parts, whole: Quantity, prose: str) -> bool:
    """ "23 of the 40 seats it contested": a part said of another whole than the body's."""
    for p in parts:
        m = _OF_ANOTHER.match(prose, p.end)
        if m and not (p.end < whole.start <= p.end + 40):
            return True
    return False


def _tallies(parts, prose: str, s: int, e: int) -> bool:
    """Each part counts places (or leaves the noun out), at least one says so, none is said of members' traits,
    none sits inside another, and the list is of one time."""
    named = 0
    for p in parts:
        after = prose[p.end:min(e, p.end + 30)]
        if _ATTRIBUTE.match(after):
            return False
        if _TALLY_NOUN.match(after):
            named += 1
        elif not _ELIDED.match(after) and not (p is parts[-1] and _OF_ANOTHER.match(prose, p.end)):
            return False     # (a last part "of the council's 48 seats": see _tally_run)
    if not named:
        return False
    span = prose[max(s, parts[0].start - 40):parts[-1].end + 20]
    return not _NESTED.search(span) and not _OTHER_TIME.search(prose, parts[0].start, parts[-1].end)


# -- a party's tally with the members who back it -------------------------------------------------------------
# "With the support of five independents, the BJP now commands 41 seats": its own seats and the backers' make the
# tally said. The backers are the figures of the "support" phrase; the party's own seats the first tally of the
# last sentence before that opens on the party's name.
_BACKED = regex.compile(
    r"(?<![\p{L}])(?:with\s+the\s+(?:support|backing|help)\s+of|(?:backed|supported)\s+by|together\s+with|"
    r"along\s+with|plus)\s+(?:the\s+)?(?P<who>[^.;:]{1,120}?)(?=,|\s+(?:who|that|which)\b)", regex.I)
_COMMANDS = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}|(?<![\p{L}])(?:it|the\s+(?:party|coalition|alliance|front|bloc|"
    r"government|ruling\s+party)))\s+(?:now\s+|would\s+|will\s+)?(?:commands|controls|holds|"
    r"has|have|enjoys|reaches|musters|can\s+count\s+on|command|control|hold)\s+(?:a\s+tally\s+of\s+|the\s+support\s+of\s+)?"
    r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:seats|wards|members|councillors|corporators|MPs|MLAs)(?![\p{L}])")
_OPENS_ON = regex.compile(r"\W*(?:The\s+)?(?P<name>\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})")
_WHOLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:of|out\s+of)\s+(?:the|its)\s+\Z", regex.I)   # "34 of the 60 wards"
_OWN_TALLY = regex.compile(r"\s+(?:of\s+the\s+\d[\d,]*\s+)?(?:" + _PLACE_NOUN + r")(?![\p{L}])", regex.I)


def backed_tallies(story: Story, ordered: list[Quantity], starts: list[int]) -> Iterator:
    """Breakdowns of a tally said with its backers ("with the support of five independents ... 41 seats") into
    the party's own seats said before and the backers', held to their sum."""
    low = story.lowered_prose()
    if "support of" not in low and "backed by" not in low and "backing of" not in low:
        return
    prose = story.doc.prose
    sentences = story.doc.sentences()
    for k, (s, e) in enumerate(sentences):
        back = _BACKED.search(prose, s, e)
        if back is None:
            continue
        says = _COMMANDS.search(prose, back.end(), e) or _COMMANDS.search(prose, s, back.start())
        if says is None:
            continue
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        figs = [q for q in ordered[lo:hi] if q.end <= e and _a_tally(q, prose)]
        backers = [q for q in figs if back.start("who") <= q.start < back.end("who")]
        tally = next((q for q in figs if says.start("n") <= q.start < says.end("n") + 1), None)
        if not backers or tally is None or any(q.start > back.end() and q is not tally and q.start < tally.start
                                               for q in figs):
            continue
        own = _own_seats(story, ordered, starts, sentences, k, says.group("name"))
        if own is None:
            continue
        parts = (own, *backers)
        if sum(p.value for p in parts) != tally.value:
            yield claims.Breakdown(tally, parts, tuple(Span(p.start, p.end) for p in parts), stated_sum=True)


def _own_seats(story, ordered, starts, sentences, k: int, name: str) -> Quantity | None:
    """The party's own seats: the first tally of the nearest sentence before (or else the one after) that opens on
    its name."""
    prose = story.doc.prose
    key = name.split()[-1]
    if key.islower():
        # "it", "the party": the one tally of the sentence just before
        if not k:
            return None
        s, e = sentences[k - 1]
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        own = [q for q in ordered[lo:hi] if q.end <= e and _a_tally(q, prose) and _OWN_TALLY.match(prose, q.end)
               and not _WHOLE_BEFORE.search(prose, max(0, q.start - 12), q.start)]
        counts = [q for q in ordered[lo:hi] if q.end <= e and _a_tally(q, prose)]
        return own[0] if len(own) == 1 and counts[0] is own[0] else None
    for j in (*range(k - 1, max(-1, k - 4), -1), k + 1):
        if j >= len(sentences):
            break
        s, e = sentences[j]
        opens = _OPENS_ON.match(prose, s, e)
        if opens is None or key not in opens.group("name").split():
            continue
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        for q in ordered[lo:hi]:
            if q.end <= e and _a_tally(q, prose) and _OWN_TALLY.match(prose, q.end):
                return q
        return None
    return None
