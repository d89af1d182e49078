"""A team's record against the matches it was played over.

"have won 22 of their 30 league matches, drawn 5 and lost 4"; "ended the 30-match campaign with 17 wins, nine
draws and seven defeats"; "Played 34, won 20, drawn 9, lost 7". Each win, draw or defeat is one match, so the
results together cannot be more than the matches. One sentence, read this way:

- a RESULT is a whole count with its word: a verb before it ("won", "drew", "lost", "tied") or a noun after it
  ("wins", "draws", "defeats", "losses"); a score ("won 3-1") is not a count;
- a RECORD is two or more results of different kinds in a run, joined by commas and "and" (the matches' own
  phrase may sit between: "won 22 of their 30 league matches this season, drawn 5");
- the MATCHES are one count of games said beside it: "of their 30 league matches", "from 30 games", "a 30-match
  campaign", "Played 30".

Only a record past its matches is wrong. Fewer results than matches is how a season with games still to play,
or with one abandoned, is written. A count of another span ("their last 15", "12 home games"), a sentence with
two records (the league's and the cup's) or with two counts of matches, is not read: which goes with which is
the writer's to say.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from .claims import is_plain
from .model import Quantity
from .ruletypes.base import Story


@dataclass(frozen=True)
class TeamRecord:
    results: tuple[Quantity, ...]      # in the order written, one of each kind at most
    kinds: tuple[str, ...]             # "win", "draw", "defeat", each result's
    matches: Quantity
    last: tuple[int, int]              # the last result with its word: where a slip shows


# a result's word, as a verb before its count ...
_VERB_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<kind>won|win|winning|drawn|drew|drawing|tied|lost|losing)\s+(?:only\s+|just\s+)?\Z", regex.I)
# ... or as a noun after it
_NOUN_AFTER = regex.compile(
    r"\A\s+(?P<kind>wins|victories|draws|ties|defeats|losses)(?![\p{L}])", regex.I)
_KIND = {"won": "win", "win": "win", "winning": "win", "wins": "win", "victories": "win",
         "drawn": "draw", "drew": "draw", "drawing": "draw", "tied": "draw", "draws": "draw", "ties": "draw",
         "lost": "defeat", "losing": "defeat", "defeats": "defeat", "losses": "defeat"}
# what may follow a verb's count: the end of the result, not a thing won ("won 3-1", "won 2 titles")
_VERB_COUNT_ENDS = regex.compile(
    r"\A(?:\s+(?:league\s+)?(?:matches|games|times|fixtures|outings))?(?:\s*[,;:.]|\s+(?:and|of|from|in|with|out)\b|\s*\Z)",
    regex.I)
# the games a record was played over
_MATCH_NOUN = r"(?:matches|games|fixtures|outings|match|game|fixture)"
_MATCHES_AFTER = regex.compile(
    rf"\A(?:\s+(?:[\p{{L}}-]+\s+){{0,2}}?{_MATCH_NOUN}|-{_MATCH_NOUN}\s+(?:season|campaign|programme|schedule))(?![\p{{L}}])",
    regex.I)
_MATCHES_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:of|from|in|over)\s+(?:their|its|his|her|the|all|a|an)?\s*|(?<![\p{L}])played\s+)\Z", regex.I)
# a count of some of the matches already told: "four of those games", "three of their matches"
_SOME_OF_THEM = regex.compile(r"\s+of\s+(?:those|these|them|the|its|their|his|her)\b", regex.I)
_PLAYED_BEFORE = regex.compile(r"(?<![\p{L}])played\s+\Z", regex.I)
# a count of another span than the season's
_OTHER_SPAN = regex.compile(
    r"(?<![\p{L}])(?:last|first|opening|previous|past|final|remaining|next|home|away|cup|european|friendly)\s*\Z",
    regex.I)
_OTHER_SPAN_AFTER = regex.compile(r"\A\s+(?:home|away|cup|european|friendly|knockout|play-?off)(?![\p{L}])", regex.I)
# between two results of one record: joining words, or the matches' own phrase
_JOINED = regex.compile(r"\A\s*(?:,|;|\band\b|\bwith\b|\s)*\Z", regex.I)
_NUMERAL = regex.compile(r"\A(?:[\d,]+|[\p{L}-]+)")


_LOSS_WORDS = ("drawn", "drew", "draws", "lost", "defeats", "losses")
_DRAW_OR_DEFEAT = regex.compile(r"(?<![\p{L}])(?:drawn|drew|draws|lost|defeats|losses)(?![\p{L}])")


def team_records(story: Story) -> Iterator[TeamRecord]:
    prose = story.doc.prose
    lowered = story.lowered_prose()
    # (a record has a draw or a defeat: substrings first, the whole-word pattern only where one may be)
    if not any(w in lowered for w in _LOSS_WORDS) or not _DRAW_OR_DEFEAT.search(lowered):
        return
    figures = [q for q in story.quantities if q.start >= story.doc.body_start and is_plain(q)
               and float(q.value).is_integer() and q.value >= 0]
    for s_start, s_end in story.doc.sentences():
        qs = [q for q in figures if s_start <= q.start and q.end <= s_end]
        found = _record_in(qs, prose, s_start)
        if found is not None:
            yield found


def _record_in(qs: list[Quantity], prose: str, s_start: int) -> TeamRecord | None:
    results = [(q, kind, span) for q in qs if (got := _result(q, prose, s_start)) is not None for kind, span in [got]]
    matches = [q for q in qs if _counts_matches(q, prose, s_start)]
    if len(results) < 2 or len(matches) != 1:
        return None
    kinds = [kind for _, kind, _ in results]
    if len(set(kinds)) != len(kinds):
        return None     # two wins counts: two records, or a record and a span of it
    total = matches[0]
    if total.start < results[0][0].start and not _PLAYED_BEFORE.search(prose[s_start:total.start]) \
            and prose[total.end:results[0][0].start].count(",") > 1:
        return None     # matches said well before the record may count another thing
    for (a, _, span_a), (b, _, span_b) in zip(results, results[1:]):
        gap = prose[max(a.end, span_a[1]):min(b.start, span_b[0])]
        if total.start >= a.end and total.end <= b.start:
            gap = _without_matches(prose, a, span_b[0], total)
            if gap is None:
                return None
        if not _JOINED.match(gap):
            return None
    return TeamRecord(tuple(q for q, _, _ in results), tuple(kinds), total, results[-1][2])


def _result(q: Quantity, prose: str, s_start: int) -> tuple[str, tuple[int, int]] | None:
    """ "won 22" or "17 wins": the kind of result and the span of the count with its word."""
    numeral = _NUMERAL.match(q.text)
    if numeral is None:
        return None
    end = q.start + numeral.end()
    before = _VERB_BEFORE.search(prose[max(s_start, q.start - 20):q.start])
    if before is not None and _VERB_COUNT_ENDS.match(prose[end:end + 40]):
        return _KIND[before["kind"].lower()], (q.start - len(before.group()), end)
    after = _NOUN_AFTER.match(prose[end:end + 20])
    if after is not None:
        return _KIND[after["kind"].lower()], (q.start, end + after.end())
    return None


def _counts_matches(q: Quantity, prose: str, s_start: int) -> bool:
    """ "of their 30 league matches", "a 30-match campaign", "Played 34": the games of the whole record."""
    numeral = _NUMERAL.match(q.text)
    if numeral is None or q.value < 2:
        return False
    end = q.start + numeral.end()
    before = prose[max(s_start, q.start - 30):q.start]
    if _OTHER_SPAN.search(before) or _OTHER_SPAN_AFTER.match(prose[end:end + 20]):
        return False
    if _PLAYED_BEFORE.search(before):
        return True
    if _SOME_OF_THEM.match(prose, end):
        return False    # "a bonus point in four of those games": some of the record's matches, not all of them
    return _MATCHES_AFTER.match(prose[end:end + 40]) is not None and (
        _MATCHES_BEFORE.search(before) is not None or prose[end] == "-")


def _without_matches(prose: str, a: Quantity, b_start: int, total: Quantity) -> str | None:
    """The words between two results once the matches' phrase after the first is taken out ("won 22 of their 30
    league matches this season, drawn 5"): only a few words of time may trail it."""
    head = prose[a.end:total.start]
    tail = prose[total.end:b_start]
    if not regex.match(r"\A(?:\s+(?:[\p{L}-]+\s+){0,2}?(?:matches|games|fixtures)?)?\s*(?:of|from|in)\s+"
                       r"(?:their|its|his|her|the|all)?\s*\Z", head, regex.I):
        return None
    trailing = regex.match(
        rf"\A(?:\s+(?:[\p{{L}}-]+\s+){{0,2}}?{_MATCH_NOUN})?(?:\s+(?:this|last|so\s+far|in)\s+(?:[\p{{L}}-]+\s*){{0,2}})?",
        tail, regex.I)
    return tail[trailing.end():]


# -- the points a record earns ----------------------------------------------------------------------
# "with 17 wins, four draws and three defeats, have 51 points": three for a win and one for a draw is the
# football table. Two for a win (older tables, cricket's leagues) and four or more with bonus points (rugby)
# are other tables, so only a total between those readings (not two-for-a-win's, not 4W + 2D or more) is wrong.

@dataclass(frozen=True)
class PointsTally:
    wins: int
    draws: Quantity
    points: Quantity
    wins_said: str                     # "17 wins", "their 17th" (a win counted in the sentence before)
    related: tuple[tuple[int, int], ...]


_POINTS_WORD = regex.compile(r"[\s-]+points?(?![\p{L}])", regex.I)
# points taken away or added besides the results: another reckoning
_OTHER_RECKONING = regex.compile(r"(?<![\p{L}])(?:deduct\w*|docked|bonus|penalt\w*|stripped|awarded|per\s+(?:win|victory))"
                                 r"(?![\p{L}])", regex.I)
# "The win was their 17th of the season", "their 17th league win of the season": the wins so far, by ordinal
_NTH_WIN = regex.compile(r"(?<![\p{L}])(?:their|its)\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:(?:league\s+)?(?:win|victory)\s+)?"
                         r"of\s+the\s+(?:season|campaign)(?![\p{L}])", regex.I)
# "with only 12 points left to play for": the points still to play, not a total
_POINTS_LEFT = regex.compile(r"[\s-]+points?\s+(?:left|remaining|still|available|to\s+play)(?![\p{L}])", regex.I)
# "Since Moyes took over", "Under their new coach", "In their last 10 games", "in 2024": a record of another span
# than the season's, and "lifting them to 25 points" is the season's total after it, not that record's points
_TALLY_OF_ANOTHER_SPAN = regex.compile(
    r"(?<![\p{L}])(?:since|under|last|past|recent|(?:in|during)\s+(?:(?:19|20)\d\d|january|february|march|april|may|"
    r"june|july|august|september|october|november|december))(?![\p{L}])"
    r"|(?<![\p{L}])(?:lift\w*|tak\w*|mov\w*|push\w*|bring\w*|brought|took|moved)\s+(?:them|it|the\s+\w+)\s+(?:up\s+)?to\s+\Z",
    regex.I)
# points deducted or docked anywhere in the story: the table is not three a win and one a draw alone
_POINTS_TAKEN = regex.compile(
    r"(?<![\p{L}])(?:deduct\w*|docked|stripped|penalt\w*)(?![\p{L}])[^.]{0,60}?(?<![\p{L}])points?(?![\p{L}])"
    r"|(?<![\p{L}])points?(?![\p{L}])[^.]{0,40}?(?<![\p{L}])(?:deduct\w*|docked|penalt\w*)(?![\p{L}])", regex.I)
# "their 20th of the season in all competitions", "... away from home": wins of another count than the league's
_NTH_OF_ANOTHER_COUNT = regex.compile(
    r"\s*(?:in\s+all\s+competitions|away(?:\s+from\s+home)?|at\s+home|on\s+the\s+road|in\s+(?:the|all)\s+"
    r"(?:[\p{L}-]+\s+)?cups?)(?![\p{L}])", regex.I)
_WIN_SAID = regex.compile(r"(?<![\p{L}])(?:win|victory|won|beat)(?![\p{L}])", regex.I)


def team_points(story: Story) -> Iterator[PointsTally]:
    prose = story.doc.prose
    lowered = story.lowered_prose()
    if "points" not in lowered or not any(w in lowered for w in ("draw", "drew", "drawn")):
        return
    if _POINTS_TAKEN.search(prose):
        return      # a deduction told anywhere: the points are not the results' alone
    figures = [q for q in story.quantities if q.start >= story.doc.body_start and is_plain(q)
               and float(q.value).is_integer() and q.value >= 0]
    sentences = story.doc.sentences()
    for k, (s_start, s_end) in enumerate(sentences):
        qs = [q for q in figures if s_start <= q.start and q.end <= s_end]
        tally = _tally_in(qs, prose, s_start, s_end, sentences[k - 1] if k else None)
        if tally is not None:
            yield tally


def _tally_in(qs, prose: str, s_start: int, s_end: int, before) -> PointsTally | None:
    results = {}
    for q in qs:
        got = _result(q, prose, s_start)
        if got is not None:
            if got[0] in results:
                return None     # two records in one sentence
            results[got[0]] = q
    points = [q for q in qs if _POINTS_WORD.match(prose, q.end, q.end + 12)
              and not _POINTS_LEFT.match(prose, q.end, q.end + 40)]
    if "draw" not in results or len(points) != 1 or _OTHER_RECKONING.search(prose, s_start, s_end):
        return None
    pts, draws = points[0], results["draw"]
    if pts.start < draws.start or any(q.start > pts.start for q in results.values()):
        return None     # the points said before the record, or a record after them: whose is unsure
    if _TALLY_OF_ANOTHER_SPAN.search(prose[s_start:pts.start]):
        return None
    if "win" in results:
        wins, said, where = int(results["win"].value), results["win"].text, results["win"]
        related = ((where.start, where.end), (draws.start, draws.end))
    elif before is not None and (nth := _NTH_WIN.search(prose, *before)) and _WIN_SAID.search(prose, *before) \
            and not _NTH_OF_ANOTHER_COUNT.match(prose, nth.end()):
        wins, said = int(nth["n"]), nth.group()
        related = ((nth.start(), nth.end()), (draws.start, draws.end))
    else:
        return None
    d, p = int(draws.value), int(pts.value)
    if p in (3 * wins + d, 2 * wins + d) or p >= 4 * wins + 2 * d or p < 2 * wins + d:
        return None
    return PointsTally(wins, draws, pts, said, related)
