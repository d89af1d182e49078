"""event_result: a tournament final's result told against the record — who won it, whom they beat.

"A year after Lusail Stadium staged the World Cup final, in which France beat Argentina on penalties": a sports
sub-editor knows Argentina won that final. events.csv records each final's winner ("=AR") and the side that lost
it ("!FR"); a sentence that gives the final to another side, or names another side as beaten in it, is reported.

* The claims read: "A beat B in the final" (beat, defeated, edged, thrashed ...), "beating B in the final",
  "A lost the final to B" / "A were beaten by B in the final", "A's 3-1 win over B in the final", "A won the
  final", and "A won <the edition by name>" ("when they won Euro 2016": "they" is the one country named before it
  in the sentence). A side is a country written by its name (not its people or its capital: "in Abu Dhabi" is a
  place). Beating or losing to a side is a claim about the final only when the sentence names a final and no
  other round (a semi-final, a group match).
* The final is the edition the sentence picks: one named by name ("Euro 2016"); or one of the competition the
  sentence (or, for a final, the story) names whose final's venue is written ("at Mumbai's Wankhede Stadium"), its
  year agreeing with any year written; or, by year alone, one whose winner or runner-up is among the sentence's
  sides (a year and "World Cup" pick many editions; a slip keeps one side right).
* Reported: a winner the record does not give it to, a beaten side that is not the recorded runner-up (a side
  that won it is the result told backwards). The suggestion is the recorded side.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Iterator, Mapping

import regex

from ..entities import story_mentions
from ..subjects import _strict_names
from ..model import Span
from .base import Hit, Option, Rule, Story
from .event_wins import (_YEAR_TOKEN, Edition, _competition_named, _editions, _editions_by_id, _story_names,
                         _written, tournament_editions, tournament_editions_by_id)

if TYPE_CHECKING:
    from ..entities import Mention as Side

# "final" as the last match, not "semi-final" or "quarter-final"
_FINAL = regex.compile(r"(?<![\p{L}-])(?<!semi\s)(?<!quarter\s)final(?![\p{L}-])", regex.I)
# another round or another kind of match in the sentence: the beating may be that one's
_OTHER_ROUND = regex.compile(r"(?<![\p{L}])(?:semi|quarter|group|pool|round\s+of|last[\s-](?:16|eight|four)|"
                             r"qualif\w*|play-?offs?|friendly|friendlies|rematch|league|bronze|third[\s-]place|"
                             r"final\s+(?:round|day|over|ball|session|match\s+of|group|stage|whistle|minute|lap|set)|"
                             r"finals\s+(?:series|appearance)|"
                             # the opening match: "the tournament opened in Yaounde with Cameroon beating Burkina
                             # Faso" ("opened the scoring" is a goal, in any match; "hosted the opening match and
                             # the final, in which Spain beat" ties the beating to the final)
                             r"open(?:ed|s)(?!\s+(?:the|their|its|his|her)\s+(?:scoring|account))[^.;]{0,60}?\swith)",
                             regex.I)
# only these make a sentence worth reading further (lowered, in ASCII)
_CUES = ("final", "won", "beat", "defeat", "lost", "losing", "edg", "thrash", "rout", "win", "victor", "triumph",
         "lift", "clinch")

_BEAT_VERB = (r"(?:beat|beats|defeated|defeats|overcame|overcomes|edged(?:\s+out)?|edges|thrashed|routed|outclassed|"
              r"stunned|downed|crushed|hammered|outplayed|toppled|saw\s+off)")
_BEATING = (r"(?:beating|defeating|overcoming|edging(?:\s+out)?|thrashing|routing|outclassing|stunning|downing|"
            r"crushing|hammering|outplaying|toppling|seeing\s+off)")
_LOST_TO = (r"(?:(?:lost|losing|loses|went\s+down|going\s+down|(?:were|was|been|being)\s+(?:beaten|defeated|edged|"
            r"thrashed|routed|outclassed|stunned|crushed|hammered))(?:\s+(?:the|their|its|a|an|\d{4}|final|"
            r"narrowly|heavily|agonisingly|agonizingly|\d+-\d+|on\s+penalties|in\s+extra\s+time)){0,4}\s+(?:to|by)"
            # "lost the final of the 2013 Africa Cup of Nations to": the final itself between the verb and "to"
            r"|(?:lost|losing|loses)\s+the\s+(?:\d{4}\s+)?final(?:\s+[^\s,.;:]+){0,7}?\s+to)")
# "France lifting the trophy": the participle tells the same claim as the past tense
_WON = r"(?:won|wins|win|lifted|lifting|lifts|clinched|claimed|captured|took)"
# a verb and what follows it, up to where the other side's name must begin
_AFTER_VERB = regex.compile(r"\s+(?:(?:the|hosts|co-hosts|holders|title-holders|defending|reigning|champions|"
                            r"arch-rivals|old|rivals|neighbours|neighbors|favourites|favorites|underdogs|"
                            r"previous|current)\s+){0,3}\Z", regex.I)
# between a side and its verb: nothing but a word of manner or time
_BEFORE_VERB = regex.compile(r"\s+(?:(?:had|have|has|then|finally|eventually|narrowly|comfortably|famously|"
                             r"memorably|duly|went\s+on\s+to|would|later|first)\s+){0,2}\Z", regex.I)
# "Spain, who beat": a relative clause on the side just named
_WHO_RIGHT_AFTER = regex.compile(r",\s+who\s+(?:(?:had|have|then|finally|eventually|narrowly|famously|later)\s+)?",
                                 regex.I)
_THEY = regex.compile(r"(?<![\p{L}])(?:they|who)\s+(?:(?:had|have|first|last|finally|eventually|famously|then)\s+)?\Z",
                      regex.I)
_VERBS = regex.compile(rf"(?<![\p{{L}}])(?:(?P<lost>{_LOST_TO})|(?P<beating>{_BEATING})|(?P<beat>{_BEAT_VERB})|"
                       rf"(?P<won>{_WON}))(?![\p{{L}}])", regex.I)
# "A's 3-1 win over B", "A's victory over B"
_WIN_OVER = regex.compile(r"['’]s?\s+(?:(?:\d+-\d+|famous|historic|narrow|emphatic|stunning|dramatic|comfortable|"
                          r"penalty|shoot-?out|extra-time|final)\s+){0,3}(?:win|victory|triumph)\s+over\s+", regex.I)
# "was won by", "and won by": the passive puts the winner after "by"
_WON_BY = regex.compile(r"\s+by\s+(?:the\s+)?(?:(?:hosts|holders|defending\s+champions|champions)\s+)?", regex.I)
# what "won" must be followed by to claim the competition: the final, the title, the trophy or the edition's name
_WON_WHAT = regex.compile(r"\s+(?:the\s+)?(?:(?:\d{4}\s+)?final|title|trophy|crown|cup)(?![\p{L}])", regex.I)


@dataclass(frozen=True)
class Claim:
    side: "Side"
    won: bool               # the sentence says the side won the final (False: that it lost it)
    verb: Span              # the words that say so ("beat", "won Euro 2016")
    said: Span              # where the side is told: its name, or the verb's words when "they" stands for it


class EventResult:
    name: ClassVar[str] = "event_result"
    category: ClassVar[str] = "reference"
    options: ClassVar[Mapping[str, Option]] = {
        "check": Option(str, "result", "what to hold to the record: the final's result, the edition's hosts, or "
                                       "the venue of its final", choices=("result", "hosts", "venue")),
    }
    fields: ClassVar[tuple[str, ...]] = ("figure", "detail", "recorded", "advice")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        what = rule.options["check"]
        if what == "hosts":
            yield from _host_claims(story)
            yield from _host_city_claims(story)
            yield from _placed_claims(story)
            return
        if what == "venue":
            yield from _venue_claims(story)
            return
        low = story.lowered_prose()
        # (a club final is named without the word: "beat the Nationals in the 2019 World Series")
        if "final" not in low and not any(w in low for w in ("won ", "win ", "lifted", "clinched", "beat", "defeat",
                                                             "lost ", "losing ")):
            return
        if not _editions(str(story.data.folder)):
            return
        for s0, s1 in story.doc.sentences():
            sentence = low[s0:s1]
            if not any(c in sentence for c in _CUES):
                continue
            sides = _sides(story, s0, s1)
            club_final = _club_edition_named(story, s0, s1)
            if club_final:
                sides = sorted(sides + _club_sides(story, s0, s1), key=lambda m: m.start)
            if not sides:
                continue
            claims = list(_claims(story, s0, s1, sides, club_final))
            if not claims:
                continue
            edition = _edition(story, s0, s1, sides)
            if edition is None and _WON_NAMED_YEAR.search(story.doc.prose, s0, s1):
                # "Portugal, who won the European Championship in 2012": the competition and its year named with
                # the win pick the edition, whoever its final's sides were
                edition = _edition(story, s0, s1, sides, named_here_alone=True)
            if edition is None:
                edition = _edition_told_before(story, s0, s1)
            if edition is None:
                continue
            for claim in claims:
                hit = _against_record(story, edition, claim)
                if hit is not None:
                    yield hit
                    break       # one finding a sentence: the rest of its claims are the same result


_WON_NAMED_YEAR = regex.compile(r"(?<![\p{L}])won\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:in\s+)?(?:19|20)\d\d(?!\d)")
# a place, not a side: "won in the UAE", "the final in Abu Dhabi"
_PLACE_BEFORE = regex.compile(r"(?<![\p{L}])(?:in|at|to|from|of)\s+(?:the\s+)?\Z", regex.I)


# sides that play as one in sport but are no country of their own (events.csv records them by these names:
# "=England", "!West Indies"): the home nations of rugby, football and cricket, and the West Indies in cricket
_TEAMS_NOT_COUNTRIES = regex.compile(r"(?<![\p{L}])(?P<team>England|Scotland|Wales|Northern\s+Ireland|West\s+Indies)"
                                     r"(?![\p{L}'’])")


def _sides(story: Story, s0: int, s1: int) -> list["Side"]:
    """The countries a sentence writes by their names (not their people or capitals: subjects' owner names), not
    as a place; and the sporting sides that are no country ("England beat Australia")."""
    names = _strict_names(str(story.data.folder))[0]
    prose = story.doc.prose
    sides = [m for m in story_mentions(story).within(s0, s1) if names.get(prose[m.start:m.end]) == m.code
             and not _PLACE_BEFORE.search(prose, max(s0, m.start - 9), m.start)]
    teams = [_Team(regex.sub(r"\s+", " ", t.group("team")), t.start(), t.end())
             for t in _TEAMS_NOT_COUNTRIES.finditer(prose, s0, s1)
             if not _PLACE_BEFORE.search(prose, max(s0, t.start() - 9), t.start())]
    return sorted(sides + teams, key=lambda m: m.start) if teams else sides


# -- clubs ---------------------------------------------------------------------------------------------------------
# "the 2019 World Series, won by the Houston Astros", "AC Milan won the 2005 Champions League final": a club is a side
# only in a sentence that names a club competition's edition by its own name and year. A club's name is often a
# city's ("Liverpool"), and a club plays many finals a season; the edition named beside it is what makes the claim
# one about that final.

@functools.lru_cache(maxsize=8)
def _club_names(folder: str) -> frozenset[str]:
    """The sides the record names by a club's name: neither a country's code nor a side that is no country."""
    return frozenset(w for ed in _editions(folder) for w in ed.winners | ed.runners_up
                     if not regex.fullmatch(r"[A-Z]{2}", w) and not _TEAMS_NOT_COUNTRIES.fullmatch(w))


def _club_edition_named(story: Story, s0: int, s1: int) -> bool:
    """Does the sentence name, by its name and year, one edition whose final clubs played?"""
    from .reference import _mentions
    folder = str(story.data.folder)
    by_id = _editions_by_id(folder)
    clubs = _club_names(folder)
    named = {m.event.id for m in _mentions(story, s0, s1) if m.by_name and not m.loose and m.event.id in by_id}
    return len(named) == 1 and bool(by_id[next(iter(named))].winners & clubs)


def _club_sides(story: Story, s0: int, s1: int) -> list["_Team"]:
    """The recorded clubs the sentence writes, not as a place ("in Liverpool")."""
    prose = story.doc.prose
    found = []
    for club in _club_names(str(story.data.folder)):
        if prose.find(club, s0, s1) < 0:
            continue
        for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(club)}(?![\p{{L}}'’])", prose[s0:s1]):
            start = s0 + m.start()
            if not _PLACE_BEFORE.search(prose, max(s0, start - 9), start):
                found.append(_Team(club, start, s0 + m.end()))
    # a club's name inside a longer one ("Milan" of "AC Milan") is that club's
    return [t for t in found if not any(o is not t and o.start <= t.start and t.end <= o.end for o in found)]


def _host_code(side: "Side") -> str | None:
    """The country a side hosts as: England (or Wales, Scotland) hosts as the United Kingdom; the West Indies, many
    islands, as none of them alone (None: not read)."""
    if not isinstance(side, _Team):
        return side.code
    return None if side.code == "West Indies" else "GB"


@dataclass(frozen=True)
class _Team:
    """A side named like a country mention, its code the name the table records it by."""
    code: str
    start: int
    end: int


# "won the trophy in Paris, beating Germany 1-0 after extra time": a title won by beating one side, by a score or
# in extra time, tells the final without its word ("beating Italy and England", "beating Portugal on the way" are
# earlier rounds')
_WON_TITLE_BEATING = regex.compile(
    r"(?<![\p{L}])(?:won|lifted|claimed|clinched)\s+(?:the|their|its)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:trophy|title|crown|cup|championship)(?![\p{L}])[^.;:()]{0,80}?,\s+"
    r"(?:beating|defeating|overcoming|edging(?:\s+out)?)\s+(?:(?:the|hosts|holders)\s+)?"
    r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*"
    r"(?:\d+[-–]\d+|after\s+extra\s+time|in\s+extra\s+time|on\s+penalties)"
    r"(?![^.;]*?(?:\s+(?:and|along|en\s+route|on\s+(?:the|their|its)\s+way|earlier)(?![\p{L}])))", regex.I)


# "France lifted the trophy at Lusail", "clinched the title": the trophy goes to the final's winner, so lifting it
# tells the final as the word does (a league's title is no recorded edition's: the edition must still be picked)
_TROPHY_LIFTED = regex.compile(r"(?<![\p{L}])(?:lifted|lifting|lifts|clinched|clinching|won|winning)\s+"
                               r"(?:the|their|its)\s+(?:world\s+)?(?:trophy|title|crown)(?![\p{L}])", regex.I)


# a final still to come, reached by the beating: "will play in a World Cup final ... after the Lionesses beat
# Australia", "reached the final by beating": the side beaten lost an earlier round, not the final
_FINAL_REACHED = regex.compile(r"(?<![\p{L}])(?:reach|reached|reaches|reaching|play\s+in|plays\s+in|playing\s+in|"
                               r"into|through\s+to|book(?:ed|s|ing)?\s+(?:a|their|its)\s+place\s+in|"
                               r"set(?:ting|s)?\s+up|advanc(?:e|ed|es|ing)\s+to|progress(?:ed|es|ing)?\s+to)\s+"
                               r"(?:(?:the|a|an|their|its|this|next)\s+)?(?:[\p{L}'’\d-]+\s+){0,4}?final(?![\p{L}-])",
                               regex.I)
# the beating as the way there: "after", "following", "by", "when", "having" between the final and the verb
_ROUTE_WORD = regex.compile(r"(?<![\p{L}])(?:after|following|by|when|having|thanks\s+to)(?![\p{L}])", regex.I)


def _beaten_on_the_way(prose: str, s0: int, s1: int, at: int) -> bool:
    """Is the beating at `at` the round that took a side to a final still to be played?"""
    reached = _FINAL_REACHED.search(prose, s0, s1)
    if reached is None:
        return False
    if reached.end() <= at:
        return _ROUTE_WORD.search(prose, reached.end(), at) is not None
    # "After beating Australia, England will play in the final"
    return _ROUTE_WORD.search(prose, max(s0, at - 40), at) is not None


def _final_told(prose: str, s0: int, s1: int):
    """Where the sentence names the final: the word, a title won by beating one side, or the trophy lifted."""
    return _FINAL.search(prose, s0, s1) or _WON_TITLE_BEATING.search(prose, s0, s1) \
        or _TROPHY_LIFTED.search(prose, s0, s1)


def _claims(story: Story, s0: int, s1: int, sides: list["Side"], club_final: bool = False) -> Iterator[Claim]:
    prose = story.doc.prose
    final = _final_told(prose, s0, s1)
    if (final is not None or club_final) and _other_round(story, s0, s1):
        return          # a semi-final beside the final: which match a beating was is not told
    # the trophy lifted tells who won, not whom a beating in the same sentence was of ("won the title at Euro
    # 2004, beating Spain and Russia along the way")
    final_played = _FINAL.search(prose, s0, s1) or _WON_TITLE_BEATING.search(prose, s0, s1)
    yield from _lost_edition_to(story, s0, s1, sides)
    for v in _VERBS.finditer(prose, s0, s1):
        verb = Span(v.start(), v.end())
        before, by_pronoun = _side_before(story, s0, v.start(), sides)
        after = _side_after(prose, v.end(), sides)
        if v.group("won"):
            by = _WON_BY.match(prose, v.end())
            winner = _side_after(prose, by.end(), sides, exact=True) if by else None
            if winner is not None:
                # "the tournament ... was co-hosted by South Korea and Japan and won by Germany"
                yield Claim(winner, True, verb, Span(winner.start, winner.end))
                continue
            if before is None:
                continue
            named_end = _edition_named_at(story, s0, s1, v.end())
            if named_end is None and (named_year := _WON_NAMED_YEAR.match(prose, v.start(), s1)):
                named_end = named_year.end()    # "who won the European Championship in 2012"
            what = _WON_WHAT.match(prose, v.end())
            if named_end is None and not (what and final is not None):
                continue
            end = named_end or v.end() + what.end() - what.start()
            said = Span(v.start(), end) if by_pronoun else Span(before.start, before.end)
            yield Claim(before, True, Span(v.start(), end), said)
            continue
        if final_played is None and not (club_final and _in_edition_named(story, s0, s1, v.end())):
            continue    # beating a side is winning the competition only in its final (a club final's own name
                        # tells it: "beat the Nationals in the 2019 World Series")
        if _beaten_on_the_way(prose, s0, s1, v.start()):
            continue    # the beating took a side to the final: an earlier round
        won_before = bool(v.group("beat"))      # "A beat B" (A won); "A lost to B" (B won); "beating B" (B lost)
        if before is not None and (v.group("beat") or v.group("lost")):
            yield Claim(before, won_before, verb, verb if by_pronoun else Span(before.start, before.end))
        if after is not None:
            yield Claim(after, not won_before and bool(v.group("lost")), verb, Span(after.start, after.end))
    if final_played is None:
        return
    for side in sides:  # "Argentina's 3-1 win over France"
        over = _WIN_OVER.match(prose, side.end)
        if over is None:
            continue
        verb = Span(side.end, over.end())
        yield Claim(side, True, verb, Span(side.start, side.end))
        beaten = _side_after(prose, over.end(), sides, exact=True)
        if beaten is not None:
            yield Claim(beaten, False, verb, Span(beaten.start, beaten.end))


def _named_editions(story: Story, s0: int, s1: int) -> list:
    """The recorded editions the sentence names by their own names, as mentions."""
    from .reference import _mentions
    by_id = _editions_by_id(str(story.data.folder))
    return [m for m in _mentions(story, s0, s1) if m.by_name and not m.loose and m.event.id in by_id]


def _other_round(story: Story, s0: int, s1: int) -> bool:
    """Does the sentence name another round or kind of match than the final? A word of the edition's own name
    ("League" of "the 2018 Champions League final") is no other round."""
    prose = story.doc.prose
    named = _named_editions(story, s0, s1)
    return any(not any(m.start <= o.start() and o.end() <= m.end for m in named)
               for o in _OTHER_ROUND.finditer(prose, s0, s1))


# a game of a series, not the series: "in Game 4 of the 2020 World Series", "the opener", "the second game"
_GAME_OF = regex.compile(r"(?<![\p{L}])(?:games?\s+(?:\d|one|two|three|four|five|six|seven)(?![\p{L}\d])|"
                         r"(?:first|second|third|fourth|fifth|sixth|seventh|opening)\s+game|opener)", regex.I)
# between a beating and the club final it was in: the sides, a score, a manner, but no clause of its own
_IN_THE_EDITION = regex.compile(r"[^,.;:()]{0,80}?\s(?:in|at|during)\s+(?:the\s+)?\Z", regex.I)


def _in_edition_named(story: Story, s0: int, s1: int, at: int) -> bool:
    """Is the beating at `at` told as played in the club final the sentence names ("beat the Nationals in the 2019
    World Series"), not in a game of it or in another match beside it ("months before the 2019 World Series")?"""
    prose = story.doc.prose
    if _GAME_OF.search(prose, s0, s1):
        return False
    return any(m.start >= at and _IN_THE_EDITION.fullmatch(prose, at, m.start) for m in _named_editions(story, s0, s1))


# "lost the 2022 World Series to the Phillies", "lost Euro 2016 to Portugal": the edition itself lost, to its winner
_LOST_BARE = regex.compile(r"(?<![\p{L}])(?:lost|losing|loses)\s+(?:the\s+)?(?=\S)", regex.I)
_TO_SIDE = regex.compile(r"\s+(?:final\s+)?to\s+", regex.I)


def _lost_edition_to(story: Story, s0: int, s1: int, sides: list["Side"]) -> Iterator[Claim]:
    prose = story.doc.prose
    for v in _LOST_BARE.finditer(prose, s0, s1):
        named_end = _edition_named_at(story, s0, s1, v.start() + len(regex.match(r"\S+", prose[v.start():]).group()))
        to = _TO_SIDE.match(prose, named_end) if named_end is not None else None
        if to is None:
            continue
        verb = Span(v.start(), to.end())
        before, by_pronoun = _side_before(story, s0, v.start(), sides)
        winner = _side_after(prose, to.end(), sides)
        if before is not None:
            yield Claim(before, False, verb, verb if by_pronoun else Span(before.start, before.end))
        if winner is not None:
            yield Claim(winner, True, verb, Span(winner.start, winner.end))


def _side_before(story: Story, s0: int, at: int, sides: list["Side"]) -> tuple["Side | None", bool]:
    """The side that is the verb's subject: its name just before it, or "they"/"who" standing for the one country
    named before in the sentence (then True)."""
    prose = story.doc.prose
    earlier = [m for m in sides if m.end <= at]
    if not earlier:
        return None, False
    last = earlier[-1]
    if _BEFORE_VERB.fullmatch(prose, last.end, at) or prose[last.end:at] == " ":
        return last, False
    if _WHO_RIGHT_AFTER.fullmatch(prose, last.end, at):
        return last, True       # "won by Spain, who beat Serbia in the final": the side the clause is about
    they = _THEY.search(prose, max(s0, at - 30), at)
    if they is not None and len({m.code for m in earlier}) == 1 and they.start() > last.end:
        return last, True
    return None, False


# a country's name owning a named side: "Egypt's Al Ahly", "Brazil's Botafogo"
_OWNER_OF = regex.compile(r"['’]s\s+\p{Lu}")


def _side_after(prose: str, at: int, sides: list["Side"], exact: bool = False) -> "Side | None":
    later = [m for m in sides if m.start >= at]
    if not later:
        return None
    first = later[0]
    if _OWNER_OF.match(prose, first.end):
        return None     # "beat Mexico's Pachuca": the country owns the side beaten (a club, a player), is not it
    gap = prose[at:first.start]
    if (exact and not gap.strip()) or _AFTER_VERB.fullmatch(gap) or gap == " ":
        return first
    return None


def _edition_named_at(story: Story, s0: int, s1: int, at: int) -> int | None:
    """ "won Euro 2016", "won the 2019 Asian Cup": where the name of a recorded edition right after the verb ends."""
    from .reference import _mentions
    by_id = _editions_by_id(str(story.data.folder))
    gap = regex.match(r"\s+(?:the\s+)?", story.doc.prose[at:s1])
    start = at + (gap.end() if gap else 0)
    return next((m.end for m in _mentions(story, s0, s1)
                 if m.by_name and not m.loose and m.start == start and m.event.id in by_id), None)


def _edition(story: Story, s0: int, s1: int, sides: list["Side"], every_tournament: bool = False,
             named_here_alone: bool = False) -> Edition | None:
    """The one edition whose final the sentence tells (with `every_tournament`, whose hosting: any recorded
    tournament, with or without its result), or None. With `named_here_alone`, a year and the competition named
    in the sentence itself pick an edition without a side."""
    from .reference import _mentions
    folder = str(story.data.folder)
    pool = tournament_editions(folder) if every_tournament else _editions(folder)
    by_id = tournament_editions_by_id(folder) if every_tournament else _editions_by_id(folder)
    named = {m.event.id for m in _mentions(story, s0, s1) if m.by_name and not m.loose and m.event.id in by_id}
    if len(named) == 1:
        ed = by_id[next(iter(named))]
        return None if _another_team(story.doc.prose, s0, s1, ed) else ed
    if named:
        return None
    prose = story.doc.prose
    final = _final_told(prose, s0, s1) is not None
    years = {int(t.group()) for t in _YEAR_TOKEN.finditer(prose, s0, s1)}
    # (a year written as part of a date, "17 March 1996", is read by its token)
    if not years and (month := _month_alone(prose, s0, s1, story.doc.publication_date)):
        years = {month}
    if not years and (relative := _RELATIVE_YEAR.search(prose, s0, s1)) and story.doc.publication_date:
        years = {story.doc.publication_date.year - (relative.group(1).lower() == "last")}
    # the competition named in the sentence, else (for a final) in the story: "Lusail Stadium staged the World Cup
    # final" is the World Cup's, though the story is of the Asian Cup whose final Lusail staged too
    # a final told as played is of an edition already begun by the story's date
    published = story.doc.publication_date
    editions = [ed for ed in pool if not _another_team(prose, s0, s1, ed)
                and (published is None or ed.event.start <= published)]
    here = [ed for ed in editions if _competition_named(prose, s0, s1, ed)]
    candidates = here or [ed for ed in editions if (final or named_here_alone) and _story_names(story, ed)]
    if final and _WEEKDAY.search(prose, s0, s1):
        # "beat Australia in the final in Bridgetown on Saturday ... since 2007": a final dated by its weekday is
        # of the week just gone; at a ground the sentence writes, the final just played there is the news,
        # whichever sides the sentence names and whatever other year it writes
        played = _just_played([ed for ed in candidates if any(_written(prose, s0, s1, v) for v in ed.venues)],
                              published)
        if played:
            return played[0]
    if years:
        candidates = [ed for ed in candidates if _edition_years(ed) & years]
    at_venue = [ed for ed in candidates if any(_written(prose, s0, s1, v) for v in ed.venues)]
    codes = {m.code for m in sides}
    if len(at_venue) > 1:
        # a ground that staged several finals (the Maracanã: 1950, 2014): the one a side of the sentence played
        at_venue = [ed for ed in at_venue if (ed.winners | ed.runners_up) & codes]
    if len(at_venue) > 1 and not years:
        # "beat England in the final at the Stade de France on Saturday": of the ground's finals, the one just
        # played is the one the news is of
        at_venue = _just_played(at_venue, published) or at_venue
    if not at_venue and years and _FINAL_THERE.search(prose, s0, s1):
        at_venue = _venue_told_before(story, s0, candidates)
    if at_venue:
        return at_venue[0] if len(at_venue) == 1 else None
    if not years:
        # "the World Cup final in Qatar": the country written as the place of the final is the edition's host
        hosted = _hosted_in(story, s0, s1, candidates) if final else []
        return hosted[0] if len(hosted) == 1 else None
    if named_here_alone and here and len(candidates) == 1:
        return candidates[0]
    candidates = [ed for ed in candidates if (ed.winners | ed.runners_up) & codes]
    return candidates[0] if len(candidates) == 1 else None


# "on Saturday", "last Sunday" (not "on Saturday, 12 November 2022", a date of its own)
_WEEKDAY = regex.compile(r"(?<![\p{L}])(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                         r"(?![\p{L}])(?!,?\s+\d)")
# a final reported as news: played no more than this many days before the story
_NEWS_DAYS = 10


def _just_played(candidates: list[Edition], published) -> list[Edition]:
    """The one candidate whose final was played in the days just before the story, as a list (else empty): a
    sentence that writes no year about a final so recent is its report, not a look back at the ground's others."""
    if published is None:
        return []
    recent = [ed for ed in candidates if ed.event.end and 0 <= (published - ed.event.end).days <= _NEWS_DAYS]
    return recent if len(recent) == 1 else []


# "beat Australia in the final there", "the final there": the ground the story is about staged that final
_FINAL_THERE = regex.compile(r"(?<![\p{L}-])final\s+there(?![\p{L}])", regex.I)


def _venue_told_before(story: Story, s0: int, candidates: list[Edition]) -> list[Edition]:
    """The editions whose final's venue the story named before this sentence (headline or earlier sentences): what
    "there" stands for in "the final there". Empty unless exactly one edition's venue is written."""
    earlier = (story.doc.title or "") + " " + story.doc.prose[:s0]
    found = [ed for ed in candidates if any(_written(earlier, 0, len(earlier), v) for v in ed.venues)]
    return found if len(found) == 1 else []


# "last year's World Cup", "this year's final": a year told by the story's date
_RELATIVE_YEAR = regex.compile(r"(?<![\p{L}])(last|this)\s+year['’]s(?![\p{L}])", regex.I)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# "in the final at the Stade de France in October": a month told without its year is the last one before the story
# (or "on Saturday, 29 June", "on June 29")
_MONTH_WORDS = r"January|February|March|April|June|July|August|September|October|November|December"
_IN_MONTH = regex.compile(rf"(?:(?<![\p{{L}}])in\s+(?:last\s+)?(?P<month>{_MONTH_WORDS})"
                          rf"|(?<![\p{{L}}\d])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_WORDS}|May)"
                          rf"|(?<![\p{{L}}])(?P<month>{_MONTH_WORDS}|May)\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\p{{L}}\d]))"
                          r"(?![\p{L}])(?!,?\s+(?:\d|of\s+\d))")


_DAY_DIGITS = regex.compile(r"\d{1,2}")


def _month_alone(prose: str, s0: int, s1: int, published) -> int | None:
    """The year of the one month the sentence writes without a year ("in October"): the story's year, or the year
    before when that month is still to come. None when there is none, or more than one."""
    found = list(_IN_MONTH.finditer(prose, s0, s1))
    months = {m.group("month").lower() for m in found}
    if published is None or len(months) != 1:
        return None
    month = _MONTH_NAMES.index(months.pop()) + 1
    # "on June 29" in a story of 28 June: the day is still to come this year, so it is last year's
    days = {int(d.group()) for m in found if (d := _DAY_DIGITS.search(m.group()))}
    day = min(days) if len(days) == 1 else 1
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


# a sentence about the edition the one before it told: "The tournament, the first held in Asia, was ... won by"
_TOLD_BEFORE = regex.compile(r"(?:The|That|This)\s+(?:tournament|competition|championship|edition|event|finals)"
                             r"(?![\p{L}])|It\s+(?:was|had\s+been)\s+(?!\d)")


def _edition_told_before(story: Story, s0: int, s1: int) -> Edition | None:
    """The edition a sentence opening on "The tournament" (or "It was") goes on about, when it writes no year: the
    one of the story's competition in the one year the sentence before writes ("the opening match of the 2002
    tournament. The tournament ... was won by Germany")."""
    prose = story.doc.prose
    if not _TOLD_BEFORE.match(prose, s0) or _YEAR_TOKEN.search(prose, s0, s1):
        return None
    before = story.doc.sentence_before(s0)
    if before is None:
        return None
    from .reference import _mentions
    by_id = _editions_by_id(str(story.data.folder))
    named = {m.event.id for m in _mentions(story, *before) if m.by_name and not m.loose and m.event.id in by_id}
    if len(named) == 1:     # "... the opening game of the 2010 World Cup. The tournament ..."
        return by_id[named.pop()]
    years = {int(t.group()) for t in _YEAR_TOKEN.finditer(prose, *before)}
    if len(years) != 1:
        return None
    published = story.doc.publication_date
    found = [ed for ed in _editions(str(story.data.folder))
             if (published is None or ed.event.start <= published) and _edition_years(ed) & years
             and not _another_team(prose, s0, s1, ed) and _story_names(story, ed)]
    return found[0] if len(found) == 1 else None


# the final placed in a country: "in the World Cup final in Qatar", "the final, played in Russia"
_FINAL_IN = regex.compile(r"(?<![\p{L}-])(?<!semi\s)(?<!quarter\s)final(?:,?\s+(?:played|held|staged))?\s+in\s+(?:the\s+)?\Z",
                          regex.I)


def _hosted_in(story: Story, s0: int, s1: int, candidates: list[Edition]) -> list[Edition]:
    """The candidates hosted by the one country the sentence writes as the place of its final."""
    prose = story.doc.prose
    places = {m.code for m in story_mentions(story).within(s0, s1)
              if _FINAL_IN.search(prose, max(s0, m.start - 40), m.start)}
    if len(places) != 1:
        return []
    return [ed for ed in candidates if places <= ed.event.participants]


# a team the record's editions are not of: "the Women's T20 World Cup", "the under-19 final", "a veterans' cup"
_TEAM_OF = regex.compile(r"(?<![\p{L}])(?:women|women['’]s|womens|girls|under[-\s]?\d\d|u-?\d\d|junior|youth|"
                         r"legends|veterans|masters|wheelchair|blind|deaf|para)(?![\p{L}])", regex.I)


def _another_team(prose: str, s0: int, s1: int, ed: Edition) -> bool:
    """Does the sentence speak of a team of another kind than the edition's ("Women's" beside a men's edition)?"""
    kinds = {m.group().lower().rstrip("s'’") for m in _TEAM_OF.finditer(prose, s0, s1)}
    if not kinds:
        return False
    name = " ".join(ed.event.names).lower()
    return not any(k.rstrip("'’s") in name for k in kinds)


def _edition_years(ed: Edition) -> set[int]:
    """The years an edition goes by: its start, its final, and the year in its name (Euro 2020 was played in 2021)."""
    years = {ed.event.start.year}
    if ed.event.end:
        years.add(ed.event.end.year)
    years |= {int(t.group()) for n in ed.event.names for t in _YEAR_TOKEN.finditer(n)}
    return years


def _against_record(story: Story, ed: Edition, claim: Claim) -> Hit | None:
    code = claim.side.code
    if claim.won:
        if code in ed.winners:
            return None
    elif not ed.runners_up or code in ed.runners_up:
        return None
    written = story.doc.prose[claim.side.start:claim.side.end]
    from .reference import _host_names
    winner = _host_names(story, ed.event, ed.winners)
    loser = _host_names(story, ed.event, ed.runners_up) if ed.runners_up else None
    name = ed.event.row['name']
    final = f"the {name}" if name.lower().endswith("final") else f"the {name} final"
    result = f"{winner} beat {loser}" if loser else f"{winner} won it"
    said = f"{written} {'won' if claim.won else 'lost'} {final}"
    suggestion = winner if claim.won else loser
    recorded = f"{result} ({ed.event.row.source})"
    span = claim.said
    figure = story.text_of(span)
    return Hit(span=span, fields={
        "figure": figure, "detail": f"{said}, but {recorded}", "recorded": recorded,
        "advice": f"Did you mean {suggestion}?" if suggestion else "Check who played the final.",
    }, evidence={"event": ed.event.id, "winner": sorted(ed.winners), "runner_up": sorted(ed.runners_up),
                 "end": ed.event.end.isoformat() if ed.event.end else None, **ed.event.row.citation()},
        suggestion=suggestion, related=tuple(s for s in (claim.verb, Span(claim.side.start, claim.side.end))
                                             if not s.overlaps(span)))


# -- who hosted it ------------------------------------------------------------------------------------------------
# "the 2011 tournament, hosted by Australia", "co-hosted by South Korea and China": the hosts the sentence gives an
# edition, against its participants in events.csv (a tournament's are its hosts)
_HOSTED_BY = regex.compile(r"(?<![\p{L}])(?:(?:co-?hosted|jointly\s+hosted|hosted|staged)\s+(?:jointly\s+)?by|"
                           # "which it co-hosted with China": the other host
                           r"(?:co-?hosted|jointly\s+hosted|shared)\s+(?:it\s+)?with)\s+(?:the\s+)?", regex.I)
_HOSTS_JOINED = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+together\s+with\s+)(?:the\s+)?\Z", regex.I)


def _host_claims(story: Story) -> Iterator[Hit]:
    low = story.lowered_prose()
    if "hosted by" not in low and "staged by" not in low and "hosted with" not in low and "shared with" not in low:
        return
    prose = story.doc.prose
    for s0, s1 in story.doc.sentences():
        sentence = low[s0:s1]   # (sliced once, not once per phrase)
        if not any(w in sentence for w in ("hosted by", "staged by", "hosted with", "shared with")):
            continue
        names = _sides(story, s0, s1)
        for by in _HOSTED_BY.finditer(prose, s0, s1):
            hosts = _listed_from(prose, by.end(), names)
            if not hosts:
                continue
            edition = _edition(story, s0, s1, names, every_tournament=True, named_here_alone=True)
            if edition is None or not edition.event.participants:
                continue
            wrong = [h for h in hosts if _host_code(h) not in edition.event.participants and _host_code(h)]
            if not wrong:
                continue
            # the edition as the sentence names it ("built for Euro 2016, which Poland co-hosted with Ukraine"):
            # the hosts may be right and its year the slip
            year = regex.search(rf"(?<!\d){edition.event.start.year}(?!\d)", prose[s0:s1])
            named = (Span(s0 + year.start(), s0 + year.end()),) if year else ()
            yield _host_hit(story, edition, wrong[0], Span(by.start(), hosts[-1].end), named)
            break


# an edition placed in a country by "in": "at the 2019 tournament in Australia", "the World Cup it won in Russia in
# December 2022" — the year before the country (on a noun every edition answers to) or right after it
# (an edition named by its own name and year, "the 2018 World Cup in Qatar", is the year slip FC602 reads)
_PLACED_AFTER_YEAR = regex.compile(r"(?<![\p{L}\d])(?P<year>(?:19|20)\d\d)\s+(?:tournament|edition|finals)\s+in\s+"
                                   r"(?:the\s+)?\Z")
_PLACED_WON = regex.compile(r"(?<![\p{L}])(?:tournament|edition|finals|World\s+Cup)\s+(?:(?:it|they|\p{Lu}[\p{L}'’]*)"
                            r"\s+)?(?:won|lifted|played)\s+in\s+(?:the\s+)?\Z")
_YEAR_AFTER_PLACE = regex.compile(r"\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|"
                                  r"October|November|December)\s+)?(?P<year>(?:19|20)\d\d)(?![\p{L}\d])")


def _placed_claims(story: Story) -> Iterator[Hit]:
    """A country written as the place of a recorded edition ("the 2019 tournament in Australia") that did not host
    it but hosted another edition of the same series: the two editions run together. The series is the one the
    story names (its most particular name: "Rugby World Cup" over "World Cup"), narrowed by the sides of the
    sentence when several share the year."""
    prose = story.doc.prose
    for s0, s1 in story.doc.sentences():
        if prose.find(" in ", s0, s1) < 0:
            continue
        names = None     # the sentence's sides, read only for a place written as an edition's (few sentences)
        strict = _strict_names(str(story.data.folder))[0]
        # the places: countries written by their names after "in" (which _sides leaves out as no side)
        for place in story_mentions(story).within(s0, s1):
            if strict.get(prose[place.start:place.end]) != place.code:
                continue
            before = _PLACED_AFTER_YEAR.search(prose, max(s0, place.start - 60), place.start)
            if before is not None:
                year = int(before.group("year"))
                claim = Span(before.start(), place.end)
            elif (won := _PLACED_WON.search(prose, max(s0, place.start - 50), place.start)) is not None \
                    and (after := _YEAR_AFTER_PLACE.match(prose, place.end, s1)) is not None:
                year = int(after.group("year"))
                claim = Span(won.start(), after.end())
            else:
                continue
            if names is None:
                names = _sides(story, s0, s1)
            ed = _edition_placed(story, s0, s1, year, [n for n in names if n is not place])
            if ed is None or not ed.event.participants or place.code in ed.event.participants:
                continue
            series = _series_of(ed)
            if any(_series_of(other) == series and place.code in other.event.participants
                   for other in tournament_editions(str(story.data.folder)) if other is not ed):
                yield _host_hit(story, ed, place, claim)
                break


def _series_of(ed: Edition) -> str:
    """The series an edition belongs to: its name without the year ("Rugby World Cup")."""
    return " ".join(_YEAR_TOKEN.sub(" ", ed.event.row["name"]).split())


def _edition_placed(story: Story, s0: int, s1: int, year: int, sides: list["Side"]) -> Edition | None:
    """The one edition of the year whose competition the story names, by its most particular name when several
    share the year ("Rugby World Cup" written: not the Cricket World Cup), else by a side of the sentence."""
    prose = story.doc.prose
    published = story.doc.publication_date
    found = [ed for ed in tournament_editions(str(story.data.folder))
             if year in _edition_years(ed) and (published is None or ed.event.start <= published)
             and not _another_team(prose, s0, s1, ed) and _story_names(story, ed)]
    if len(found) > 1:
        longest = [ed for ed in found if any(len(b.split()) > 2 and _written(prose, 0, len(prose), b)
                                             for b in ed.bases)]
        found = longest or found
    if len(found) > 1:
        codes = {m.code for m in sides}
        found = [ed for ed in found if (ed.winners | ed.runners_up) & codes]
    return found[0] if len(found) == 1 else None


# "the 2000 Melbourne Olympics": a year, a city and the series, as editions are named ("1956 Melbourne Olympics")
_YEAR_CITY_SERIES = regex.compile(r"(?<![\p{L}\d])(?P<year>(?:19|20)\d\d)\s+(?P<words>\p{Lu}[\p{L}'’.-]*"
                                  r"(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})")


@functools.lru_cache(maxsize=8)
def _host_cities(folder: str) -> tuple[dict, dict]:
    """From the editions' names, (series, city) -> the editions staged in that city, and (series, year) -> the
    edition of that year: "1956 Melbourne Olympics" gives ("olympics", "Melbourne") and "2000 Olympics"
    ("olympics", 2000)."""
    by_city: dict[tuple[str, str], set[str]] = {}
    by_year: dict[tuple[str, int], set[str]] = {}
    for ed in tournament_editions(folder):
        for name in ed.event.names:
            m = _YEAR_CITY_SERIES.fullmatch(name)
            if m is None:
                continue
            year, words = int(m.group("year")), m.group("words").split()
            by_year.setdefault((" ".join(words).casefold(), year), set()).add(ed.event.id)
            for k in range(1, len(words)):
                by_city.setdefault((" ".join(words[k:]).casefold(), " ".join(words[:k])), set()).add(ed.event.id)
    # a word of an edition's own title is the series', no city: "2000 Summer Olympics", "2019 Rugby World Cup"
    titled = {w for ed in tournament_editions(folder) for w in ed.event.row["name"].split("(")[0].split()}
    # and a city lies in one country: "Olympic" of "2000 Olympic Games" is in every host's
    by_id = tournament_editions_by_id(folder)
    by_city = {(rest, city): ids for (rest, city), ids in by_city.items() if not set(city.split()) & titled
               and len({by_id[i].event.participants for i in ids}) == 1}
    return by_city, by_year


def _host_city_claims(story: Story) -> Iterator[Hit]:
    """ "the 2000 Melbourne Olympics": an edition named by its year with a city that staged another edition of the
    series, not this one (Sydney did). Only a city an edition's own name puts the series in is read."""
    folder = str(story.data.folder)
    by_city, by_year = _host_cities(folder)
    by_id = tournament_editions_by_id(folder)
    prose = story.doc.prose
    for m in _YEAR_CITY_SERIES.finditer(prose):
        year, words = int(m.group("year")), m.group("words").rstrip(".").split()
        for k in range(1, len(words)):
            city, series = " ".join(words[:k]), " ".join(words[k:]).casefold()
            there = by_city.get((series, city))
            meant = by_year.get((series, year))
            if not there or not meant or len(meant) != 1 or meant & there:
                continue
            ed = by_id.get(next(iter(meant)))
            if ed is None or any(city in n.split() or f" {city} " in f" {n} " for n in ed.event.names):
                continue
            yield _city_hit(story, ed, city, series, Span(m.start("words"), m.start("words") + len(city)),
                            Span(m.start(), m.end()))
            break


def _city_hit(story: Story, ed: Edition, city: str, series: str, span: Span, claim: Span) -> Hit:
    hosts = _host_names_of(ed, str(story.data.folder), series)
    recorded = f"the {ed.event.row['name']} was staged in {hosts} ({ed.event.row.source})"
    return Hit(span=span, fields={
        "figure": city, "detail": f"{city} did not host it: {recorded}", "recorded": recorded,
        "advice": f"Did you mean {hosts}?",
    }, evidence={"event": ed.event.id, "hosts": sorted(ed.event.participants), **ed.event.row.citation()},
        suggestion=hosts, related=(claim,))


def _host_names_of(ed: Edition, folder: str, series: str) -> str:
    """The city an edition's own name gives it in the series written ("2000 Sydney Olympics": Sydney), else its
    name."""
    by_city, _ = _host_cities(folder)
    cities = [city for (rest, city), ids in by_city.items() if ed.event.id in ids and rest == series]
    return cities[0] if len(cities) == 1 else ed.event.row["name"]


def _listed_from(prose: str, at: int, names: list["Side"]) -> list["Side"]:
    """The countries listed from `at`: "South Korea and China", "India, Sri Lanka and Bangladesh"."""
    listed = []
    for m in names:
        if m.start < at or (listed and m.start < listed[-1].end):
            continue    # (before the list, or inside a name listed: "Korea" of "South Korea")
        start = listed[-1].end if listed else at
        gap = prose[start:m.start]
        if (not listed and gap.strip()) or (listed and not _HOSTS_JOINED.fullmatch(gap)):
            break
        listed.append(m)
    return listed


def _host_hit(story: Story, ed: Edition, wrong: "Side", claim: Span, named: tuple[Span, ...] = ()) -> Hit:
    from .reference import _host_names
    hosts = _host_names(story, ed.event)
    written = story.doc.prose[wrong.start:wrong.end]
    recorded = f"the {ed.event.row['name']} was hosted by {hosts} ({ed.event.row.source})"
    span = Span(wrong.start, wrong.end)
    return Hit(span=span, fields={
        "figure": written, "detail": f"{written} did not host it: {recorded}", "recorded": recorded,
        "advice": f"Did you mean {hosts}?",
    }, evidence={"event": ed.event.id, "hosts": sorted(ed.event.participants), **ed.event.row.citation()},
        suggestion=hosts, related=(claim, *named))


# -- where its final was played -----------------------------------------------------------------------------------
# a stadium, not a city (a city hosts many finals of many competitions)
_STADIUM = regex.compile(r"(?:Stadium|Stadion|Stade|Estadio|Estádio|Gardens|Ground|Oval|Park|Arena|Bowl|Field|"
                         r"Lord['’]s|Wembley|Maracan[ãa]|Wankhede|Olympiastadion|MCG|SCG)", regex.I)


@functools.lru_cache(maxsize=8)
def _stadiums(folder: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every final's stadium the table records, with the editions whose final it staged."""
    found: dict[str, set[str]] = {}
    for ed in _editions(folder):
        for v in ed.venues:
            if _STADIUM.search(v):
                found.setdefault(v, set()).add(ed.event.id)
    return tuple((v, frozenset(ids)) for v, ids in sorted(found.items(), key=lambda kv: -len(kv[0])))


# "at Kolkata's Eden Gardens", "in the Wankhede Stadium": where a match was played
_PLAYED_AT_BEFORE = regex.compile(r"(?<![\p{L}])(?:at|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’]*\s+){0,2}\Z")


def _venue_claims(story: Story) -> Iterator[Hit]:
    low = story.lowered_prose()
    if "final" not in low:
        return
    prose = story.doc.prose
    folder = str(story.data.folder)
    stadiums = _stadiums(folder)
    for s0, s1 in story.doc.sentences():
        if "final" not in low[s0:s1]:
            continue
        final = _FINAL.search(prose, s0, s1)
        if final is None or _OTHER_ROUND.search(prose, s0, s1):
            continue
        written = [(v, ids) for v, ids in stadiums if prose.find(v, s0, s1) >= 0 and _written(prose, s0, s1, v)]
        if not written:
            continue
        sides = _sides(story, s0, s1)
        edition = _edition(story, s0, s1, sides, named_here_alone=True)
        if edition is None or not any(_STADIUM.search(v) for v in edition.venues):
            continue
        codes = {m.code for m in sides}
        if not (edition.winners | edition.runners_up) & codes:
            continue    # the sentence's sides do not confirm the edition: its year may be the slip (FC602)
        by_id = _editions_by_id(folder)
        for venue, ids in written:
            if edition.event.id in ids or any(venue in v or v in venue for v in edition.venues):
                continue
            if any((by_id[i].winners | by_id[i].runners_up) & codes for i in ids if i in by_id):
                continue    # the venue's own final fits the sides too: which of year and venue slipped is not told
            at = prose.find(venue, s0, s1)
            if not _PLAYED_AT_BEFORE.search(prose, max(s0, at - 30), at):
                continue    # the venue is not where something was played: "Eden Gardens will host ..."
            yield _venue_hit(story, edition, venue, Span(at, at + len(venue)), Span(final.start(), final.end()))
            break


def _venue_hit(story: Story, ed: Edition, venue: str, span: Span, final: Span) -> Hit:
    own = next(v for v in ed.venues if _STADIUM.search(v))
    recorded = f"the {ed.event.row['name']} final was played at {own} ({ed.event.row.source})"
    return Hit(span=span, fields={
        "figure": venue, "detail": f"{venue}: {recorded}", "recorded": recorded, "advice": f"Did you mean {own}?",
    }, evidence={"event": ed.event.id, "venues": list(ed.venues), **ed.event.row.citation()},
        suggestion=own, related=(final,))


RULE_TYPE = EventResult()
