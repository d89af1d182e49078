"""consistency_terms: a term or a tally referred back to with a value the story never gave.

"A Seoul court sentenced the founder ... to 12 years in prison. ... The 14-year term is among the heaviest":
a court story gives each sentence once, then refers back to it ("the 14-year term", "his client would challenge
the 12-year sentence"). A term referred back to with "the", "his" or "her" must be one the story has given; one
that was never given, in a story that gave another, is the slip a sub-editor catches by reading back. Stories
with several defendants give several terms: only a length given to nobody is reported, and the suggestion is
the first term the story gave (its lede's).

Sport and politics copy refers back the same way, so the rule reads several families (option `family`):
* `prison`: prison terms, as above;
* `contract`: a player's or a manager's contract ("signed on a three-year contract" ... "The two-year deal
  includes an option");
* `vote`: a vote's tally ("The Knesset voted 66 to 52" ... "the 62-52 vote");
* `minute`: a goal's minute with two digits swapped ("scoring in the 34th minute" ... "Ledesma's 43rd-minute
  strike"); a match has several goals, so a minute never given is reported only as such a swap;
* `result`: a match's score ("beat Riverside 3-1" ... "after the 2-1 win"), silent where the later sentence names
  another time, leg or round, or the story gives several results (a round-up);
* `time`: a race time to the hundredth ("clocking 50.87 seconds" ... "Dizon's 50.81-second swim"); a meet has
  several times (heats, the old record, the margin), so one never given is reported only as a digit slip of one
  given (one digit wrong, or two swapped), and not where its clause names another race or time ("in the heats").
"""
from __future__ import annotations

from typing import ClassVar, Iterator, Mapping

import regex

from .. import slips
from ..model import Span
from ..quantities.numbers import TENS, UNITS
from .base import Hit, Option, Rule, Story

# terms up to thirty years, in words as the reader spells them ("a nine-year sentence")
_WORDS = {w: v for w, v in {**UNITS, **TENS}.items() if 0 < v <= 30}
_N = r"(?P<n>\d{1,2}(?:\.5)?|(?:twenty|thirty)-(?:one|two|three|four|five|six|seven|eight|nine)|" + \
    "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
# a term given: "sentenced ... to 12 years", "jailed for eight years", "received 12 years in prison",
# "a 14-year sentence", "12 years in jail"
_GIVEN = regex.compile(
    r"(?<![\p{L}])(?:sentenced|jailed|imprisoned|received|given|handed|got|gets|serve|serving|jail(?:ed)?\s+for)"
    r"(?:\s+[\p{L}'’.,-]+){0,8}?\s+(?:to\s+|for\s+)?" + _N + r"\s+years?(?![\p{L}-])"
    r"|(?<![\p{L}-])" + _N + r"[-\s]years?\s+(?:in\s+(?:prison|jail)|(?:prison\s+|jail\s+)?(?:sentence|term))(?![\p{L}])"
    # (any "for/to N years" in a court story counts as given: "jailed the mayor for nine years and her aide for
    # four years"; reading too many terms as given only makes the rule quieter)
    r"|(?<![\p{L}])(?:for|to)\s+" + _N + r"\s+years?(?![\p{L}-])",
    regex.I)
# a term referred back to: "the 14-year term", "his six-year sentence", "the 12-year jail term", "their 21-year
# sentences" (two defendants given the same term)
_BACK = regex.compile(r"(?<![\p{L}])(?:the|his|her|their)\s+" + _N + r"-year(?:\s+(?:prison|jail))?\s+(?:sentence|term)s?(?![\p{L}])",
                      regex.I)
_COURT = ("sentenc", "jail", "prison", "convict")
# a term referred back to as one asked for, not given: "the 14-year sentence prosecutors had initially sought",
# "the 20-year term the state requested"
_ASKED_AFTER = regex.compile(r"\s+(?:that\s+|which\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:(?:had|have|has)\s+)?(?:(?:initially|"
                             r"originally|first|earlier)\s+)?(?:sought|requested|asked\s+for|demanded|proposed|"
                             r"recommended|called\s+for|pushed\s+for|wanted)(?![\p{L}])", regex.I)

# a contract's length given: "a three-year contract", "a new two-year deal", "signed for four years"
_CONTRACT_GIVEN = regex.compile(
    r"(?<![\p{L}])(?:an?|new|fresh|improved|[\p{L}]+['’]s)\s+(?:new\s+)?" + _N +
    r"[-\s]years?\s+(?:contract|deal|extension)(?![\p{L}])"
    r"|(?<![\p{L}])(?:signed|agreed|committed|extended)\s+(?:[\p{L}'’.,-]+\s+){0,4}?(?:for|by)\s+(?:a\s+further\s+|another\s+)?"
    + _N + r"\s+(?:more\s+)?years?(?![\p{L}-])", regex.I)
# a contract referred back to: "the two-year deal", "his four-year contract"
_CONTRACT_BACK = regex.compile(r"(?<![\p{L}])(?:the|his|her|their)\s+" + _N + r"-year\s+(?:contract|deal)(?![\p{L}])",
                               regex.I)
_SIGNING = ("contract", "deal")

# a vote's tally: two counts, "66 to 52", "66-52", "by 66 votes to 52"
_T = r"(?P<a>\d{1,3})(?:\s*[-–]\s*|\s+(?:votes?\s+)?to\s+)(?P<b>\d{1,3})(?![\d%.,]\d|[\d%-])"
_VOTE_GIVEN = regex.compile(r"(?<![\p{L}])(?:voted|votes?|passed|approved|rejected|adopted|by|ballot|margin\s+of)\s+"
                            r"(?:(?:in\s+favour|in\s+favor|of|was|were)\s+)?" + _T
                            + r"|(?<![\d,.])" + _T + r"\s+(?:vote|votes|ballot|majority|margin)(?![\p{L}])", regex.I)
_VOTE_BACK = regex.compile(r"(?<![\p{L}])(?:the|its|their|this|that)\s+" + _T + r"\s+(?:vote|ballot)(?![\p{L}])",
                           regex.I)
_VOTING = ("vote", "voted", "ballot")

# a goal's minute: "scoring in the 34th minute", "a 34th-minute header"; referred back to: "Ledesma's 43rd-minute
# strike", "the 43rd-minute goal"
_GOAL = r"(?:goal|strike|header|penalty|winner|equaliser|equalizer|opener|effort|free[- ]kick|volley|finish)"
_MINUTE_GIVEN = regex.compile(r"(?<![\p{L}])in\s+the\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+minute(?![\p{L}])"
                              r"|(?<![\p{L}\d])(?P<n>\d{1,3})(?:st|nd|rd|th)[-\s]minute\s+" + _GOAL + r"(?![\p{L}])",
                              regex.I)
_MINUTE_BACK = regex.compile(r"(?:(?<![\p{L}])(?i:the|his|her|their)|\p{Lu}[\p{L}'’-]+['’]s?)\s+(?P<n>\d{1,3})"
                             r"(?:st|nd|rd|th)-minute\s+" + _GOAL + r"(?![\p{L}])")
_MATCH_WORDS = ("minute",)


# a match's result: "beat Riverside 3-1", "won 2-0 away", "drew 1-1 with", "lost 2-1 to", "a 3-1 win"; then referred
# back to ("the 2-1 win", "this 3-1 victory")
_S = r"(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})(?![\d%.,]\d|[\d%-])"
_RESULT_GIVEN = regex.compile(
    r"(?<![\p{L}])(?:beat|beats|beating|defeated|defeating|thrashed|edged|won|wins|winning|drew|draws|drawing|lost|"
    r"loses|losing|fell|went\s+down)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|de|del|of)\s+){0,4}?(?:by\s+)?" + _S
    + r"|(?<![\d,.])" + _S + r"\s+(?:win|victory|defeat|loss|draw|home\s+win|away\s+win|scoreline|result)(?![\p{L}])",
    regex.I)
# (only "the" or "this": "after their 1-1 draw", "Palmeiras's 1-1 draw" may be another team's match of the round)
_RESULT_BACK = regex.compile(r"(?<![\p{L}])(?:the|this)\s+" + _S
                             + r"\s+(?:win|victory|defeat|loss|draw|result|triumph|success)(?![\p{L}])", regex.I)
_MATCH = ("beat", "won", "win", "drew", "draw", "defeat", "lost", "victory")
# the referred-back result is another match's ("the 2-1 win over Rovers last month", "the first leg's 2-1 defeat",
# "their 2-1 win in March"): a time, a leg or a round named in its sentence
_OTHER_MATCH = regex.compile(r"(?<![\p{L}])(?:last|previous|earlier|ago|since|season|seasons|leg|aggregate|final|"
                             r"semi-final|round|replay|tie|January|February|March|April|May|June|July|August|"
                             r"September|October|November|December|(?:19|20)\d\d)(?![\p{L}])")


# a race time to the hundredth: "clocking 50.87 seconds", "in 10.92s", "a 50.87-second swim"; referred back to by
# its swimmer or runner: "Dizon's 50.81-second swim", "her 10.29-second run", "the 50.81-second time"
_TIME = r"(?P<n>\d{1,3}\.\d{1,3})"
_EFFORT = r"(?:swim|run|race|time|effort|lap|dash|sprint|clocking|performance|finish|ride|leg|split|mark|burst)"
_TIME_GIVEN = regex.compile(r"(?<![\d.,])" + _TIME + r"(?:\s*(?:seconds?|secs?|s)(?![\p{L}-])|[-\s]second\s+" + _EFFORT
                            + r"(?![\p{L}]))", regex.I)
_TIME_BACK = regex.compile(r"(?:(?<![\p{L}])(?i:the|his|her|their|this)|\p{Lu}[\p{L}'’-]+['’]s?)\s+"
                           r"(?:(?i:winning|record|new|record-breaking)\s+)?(?<![\d.,])" + _TIME + r"-second\s+"
                           + _EFFORT + r"(?![\p{L}])", regex.I)
_TIMED = ("-second",)
# a time referred back to from another race: its clause names heats, a semi-final, another meet or time
_OTHER_RACE = regex.compile(r"(?<![\p{L}])(?:heats?|semi-?finals?|semis|prelims?|preliminar(?:y|ies)|qualifying|"
                            r"last|previous|earlier|ago|season|personal\s+best|in\s+(?:19|20)\d\d)(?![\p{L}])", regex.I)


def _value(word: str) -> float:
    if word[0].isdigit():
        return float(word)
    return float(sum(_WORDS.get(part, UNITS.get(part, 0)) for part in word.lower().split("-")))   # "twenty-five"


# family: (given, referred back, words one of which the story must hold, unit after the value in a message)
_FAMILIES = {"prison": (_GIVEN, _BACK, _COURT, " years"), "contract": (_CONTRACT_GIVEN, _CONTRACT_BACK, _SIGNING, " years"),
             "vote": (_VOTE_GIVEN, _VOTE_BACK, _VOTING, ""), "minute": (_MINUTE_GIVEN, _MINUTE_BACK, _MATCH_WORDS, " minute"),
             "result": (_RESULT_GIVEN, _RESULT_BACK, _MATCH, ""), "time": (_TIME_GIVEN, _TIME_BACK, _TIMED, " seconds")}


def _read(m: regex.Match) -> tuple[tuple[int, int], tuple[float, ...], str]:
    """A match's value (a length, or a tally's two counts) and where it is written."""
    if "a" in m.re.groupindex:
        return (m.start("a"), m.end("b")), (float(m["a"]), float(m["b"])), f"{m['a']}-{m['b']}"
    end = m.end("n")
    ordinal = m.string[end:end + 2] if m.string[end:end + 2].lower() in ("st", "nd", "rd", "th") else ""
    return (m.start("n"), end + len(ordinal)), (_value(m["n"]),), m["n"] + ordinal   # "34th" of a minute


class TermsReferredBack:
    name: ClassVar[str] = "consistency_terms"
    category: ClassVar[str] = "consistency"
    second_reading: ClassVar[bool] = True     # gives way to another consistency finding on the same words
    options: ClassVar[Mapping[str, Option]] = {
        "family": Option(str, "prison", "what is referred back to: prison (terms), contract (lengths), vote "
                                        "(tallies), minute (a goal's minute), result (a match's score) or time (a race time)"),
    }
    fields: ClassVar[tuple[str, ...]] = ("stated", "given")

    def check(self, rule: Rule, story: Story) -> Iterator[Hit]:
        family = rule.options["family"]
        if family not in _FAMILIES:
            raise ValueError(f"{rule.id}: unknown family {family!r}")
        given_pattern, back_pattern, words, unit = _FAMILIES[family]
        low = story.lowered_prose()
        if not any(w in low for w in words) or family in ("prison", "contract") and "-year" not in low:
            return
        prose = story.doc.prose
        # a value referred back to is rare: look for one before reading every value given
        backs = list(back_pattern.finditer(prose, story.doc.body_start))
        if not backs:
            return
        given = [_read(m) for m in given_pattern.finditer(prose, story.doc.body_start)]
        for m in backs:
            (s0, s1), stated, _ = _read(m)
            before = [g for g in given if g[0][1] <= m.start()]
            if not before or any(v == stated for _, v, _ in before):
                continue
            if family == "prison" and _ASKED_AFTER.match(prose, m.end(), m.end() + 60):
                continue     # "a one-third reduction from the 14-year sentence prosecutors had sought": asked, not given
            if family in ("vote", "result") and not _one_side_kept(stated, [v for _, v, _ in before]):
                continue
            if family == "result" and _other_match(story, m, before):
                continue
            if family == "minute":
                # a match has several goals: only a minute with a given one's digits swapped, and that one named
                before = [g for g in before if _swapped(stated[0], g[1][0])]
                if not before:
                    continue
            if family == "time":
                # several times are told (heats, the old record, a margin): only one typed with a digit wrong or two
                # swapped, in a clause that names no other race
                before = [g for g in before if slips.written_slip(g[1][0], stated[0], g[2], _read(m)[2])
                          and _same_athlete(story, m, g[0])]
                if not before or _other_race(story, m) or _given_elsewhere(story, m) \
                        or _other_round(story, m, before[0][0]):
                    continue
            (f0, f1), _, written = before[0]
            yield Hit(span=Span(m.start(), m.end()),
                      fields={"stated": prose[m.start():m.end()], "given": written + unit},
                      evidence={"given_before": sorted({" to ".join(f"{x:g}" for x in v) for _, v, _ in before}),
                                "stated": " to ".join(f"{x:g}" for x in stated)},
                      suggestion=f"Check the figure: the story gave {written}{unit} first.",
                      related=(Span(f0, f1),))


# the athlete a time referred back is credited to: "Lopez's 10.39-second run"
_ATHLETE_BACK = regex.compile(r"(?P<who>\p{Lu}[\p{L}-]+)['’]s?\s")


def _same_athlete(story: Story, m: regex.Match, given: tuple[int, int]) -> bool:
    """A time referred back by its athlete's name is that athlete's: the time given before is the same one only
    where its sentence names them up to the time's clause ("Dizon won in 10.29 seconds ... Lopez's 10.39-second
    run" is another runner's; "Dizon broke the record, clocking 50.87 seconds" is Dizon's)."""
    who = _ATHLETE_BACK.match(m.group())
    if who is None:
        return True
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(given[0])
    after = _CLAUSE_MARK.search(prose, given[1], s1)
    clause = prose[s0:after.start() if after else s1]
    return regex.search(r"(?<![\p{L}])" + regex.escape(who["who"]) + r"(?![\p{L}])", clause) is not None


def _given_elsewhere(story: Story, m: regex.Match) -> bool:
    """Is the time referred back written elsewhere in the story ("beating the 20.54-second meet record")? Then it
    was given, as some time of the race, however the given reading missed it."""
    prose = story.doc.prose
    figure = regex.compile(r"(?<![\d.,])" + regex.escape(m["n"]) + r"(?![\d])")
    return any(f.start() != m.start("n") for f in figure.finditer(prose, story.doc.body_start))


def _other_race(story: Story, m: regex.Match) -> bool:
    """Is the time referred back to another race's ("his 50.81-second swim in the heats", "her 10.92-second run
    last season")? Read in its own clause."""
    prose = story.doc.prose
    s0, s1 = story.doc.sentence_at(m.start())
    marks = list(_CLAUSE_MARK.finditer(prose, s0, m.start()))
    after = _CLAUSE_MARK.search(prose, m.end(), s1)
    return bool(_OTHER_RACE.search(prose, marks[-1].end() if marks else s0, after.start() if after else s1))


# the rounds of one meet, each run in its own time
_ROUND = regex.compile(r"(?<![\p{L}])(heat|semi-?final|semi|final|qualif|prelim)", regex.I)


def _rounds(prose: str, s0: int, s1: int) -> set[str]:
    return {r.lower().replace("-", "").replace("semifinal", "semi") for r in _ROUND.findall(prose, s0, s1)}


def _other_round(story: Story, m: regex.Match, given: tuple[int, int]) -> bool:
    """Do the two times' sentences name different rounds ("ran 9.91 seconds to win the heat ... In the final,
    Gomez's 9.97-second run")? An athlete runs each round in its own time, a few hundredths apart."""
    prose = story.doc.prose
    told = _rounds(prose, *story.doc.sentence_at(given[0]))
    back = _rounds(prose, *story.doc.sentence_at(m.start()))
    return bool(told and back and told.isdisjoint(back))


def _swapped(a: float, b: float) -> bool:
    x, y = f"{a:g}", f"{b:g}"
    return x != y and sorted(x) == sorted(y)


def _one_side_kept(stated: tuple[float, ...], given: list[tuple[float, ...]]) -> bool:
    """A tally is misreported, not another vote's, when it keeps one side of a tally given and changes the
    other ("66 to 52" ... "the 62-52 vote"); a story of two rounds gives two tallies apart on both sides."""
    return any(len(v) == 2 and (v[0] == stated[0]) != (v[1] == stated[1]) for v in given)


def _other_match(story: Story, m: regex.Match, before: list) -> bool:
    """Is the result referred back to another match's? Its sentence names a time, a leg or a round, or the story
    gives more than one result before it that the stated one keeps a side of (a report of a round of matches)."""
    s0, s1 = story.doc.sentence_at(m.start())
    prose = story.doc.prose
    # (the result's own clause to the sentence's end: a quote before it, '"We were angry about last week," the coach
    # said after the 2-1 win', speaks of another time than the result)
    marks = list(_CLAUSE_MARK.finditer(prose, s0, m.start()))
    start = marks[-1].end() if marks else s0
    return bool(_OTHER_MATCH.search(prose, start, s1)) or len({v for _, v, _ in before}) > 2


_CLAUSE_MARK = regex.compile(r"[,;:\"“”—]")


RULE_TYPE = TermsReferredBack()
