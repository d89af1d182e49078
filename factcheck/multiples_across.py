"""A multiple said in words ("have doubled", "more than tripled", "twice as many ... as five years ago", "a
threefold rise") whose before and after figures stand in the sentences around it, not beside the word.

A sub-editor reading "Presentations to the emergency department have doubled in five years" and, two
paragraphs on, "the department recorded 14,200 presentations in 2019-20, rising to 21,300 in 2024-25" divides
the two and sees 1.5. The clause reader in claims.py ties a factor word only to the figures of its own clause;
this reader decides from the figures, not the sentence frame:

- the BEFORE and AFTER are two figures of one measure (counts with counts, one currency, one unit) that the
  story sets in time: a move already read ("rose from A to B", "up from A") or two levels each with its own
  time ("A in 2019 ... B in 2024", "A in 2018; this year B", "two years ago A"), in the factor's sentence,
  the one before or the next three;
- the SAME THING: the counted noun of the two figures agrees, and the factor's sentence and the figures'
  sentences share a content word ("presentations", "knife", "buses"); a sentence that turns to something
  else ("Meanwhile", "Across the state", "also") is not the factor's;
- the SAME PERIOD: a year the factor names ("since 2019") is the before's year, a span it names ("in five
  years", "over the decade") is the gap between the two years, give or take one;
- the ANOMALY: no such pair in reach fits the factor to the rounding written and the hedge ("nearly",
  "more than"); one that fits explains the word and nothing is said.

The relation built is an ordinary Change with a factor, so the `multiple` rule recomputes it and words the
finding. A factor of the future or of a wish ("will double", "aims to double", "could halve"), a verb of
another sense ("doubled as", "doubled down") and a factor already tied to figures in its clause are left
alone.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle

_HEDGE = (r"(?:(?P<hedge>nearly|almost|more\s+than|well\s+over|over|about|roughly|around|just\s+over|just\s+under|"
          r"close\s+to|at\s+least|some)\s+)?")
_FOLD_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "2": 2.0, "3": 3.0, "4": 4.0}
# the multiple as a word: a verb of the past ("have doubled", "more than tripled"), a noun ("a doubling"), "twice
# as many ... as" a time, "a threefold rise" / "rose fourfold"
_FACTOR_SAID = regex.compile(
    r"(?<![\p{L}\d.,])" + _HEDGE +       # (no digit before: "a 12-fold jump" is not "2-fold")
    # ("doubled as a venue" is another sense; hedged, "more than doubled as prices rose", "as" opens a reason)
    r"(?:(?P<verb>doubled|tripled|trebled|quadrupled|halved)(?(hedge)(?!\s+(?:down|up|back)\b)|(?!\s+(?:as|down|up|back)\b))(?![\p{L}-])"
    r"|(?<=(?<![\p{L}])a\s+(?:near[\s-]+)?)(?P<noun>doubling|tripling|trebling|halving)(?![\p{L}])"
    r"|(?P<twice>twice)\s+as\s+(?:many|much|high|large|big|common|likely)(?![\p{L}])"
    r"|(?P<fold>two|three|four|[234])[\s-]?fold(?=\s+(?:rise|increase|jump|growth|surge|climb|expansion)\b|[\s,.;])"
    r")", regex.I)
# where a _FACTOR_SAID match can start: a hedge word or the multiple's own first word, after no letter (each
# alternative above opens with one of these); tried before the pattern, which is slow to scan a whole story
_FACTOR_START_WORDS = ("nearly|almost|more|well|over|about|roughly|around|just|close|at|some|"
                       "doubl|tripl|trebl|quadrupl|halv|twice|two|three|four|[234]")
_FACTOR_START = regex.compile(rf"(?<![\p{{L}}])(?:{_FACTOR_START_WORDS})", regex.I)
# the same in lowered ASCII (there a letter is [a-z]): the plain re module scans faster
_FACTOR_START_ASCII = re.compile(rf"(?<![a-z])(?:{_FACTOR_START_WORDS})")


def _factors_said(prose: str, low: str) -> Iterator[regex.Match]:
    """_FACTOR_SAID.finditer(prose): the pattern tried only where one of its matches can start."""
    starts = _FACTOR_START_ASCII.finditer(low) if prose.isascii() else _FACTOR_START.finditer(prose)
    pos = 0
    for c in starts:
        at = c.start()
        if at < pos:
            continue
        m = _FACTOR_SAID.match(prose, at)
        if m is not None:
            pos = m.end()
            yield m


_STEMS = ("doubl", "tripl", "trebl", "quadrupl", "halv", "twice", "twofold", "threefold", "fourfold", "-fold", "o fold",
          "e fold", "r fold", "2fold", "3fold", "4fold")     # a cheap test: one of them is in every _FACTOR_SAID match
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5, "twice": 2.0}
# "twice as many ... as five years ago": the base of the comparison is a time, not another group
_AS_A_TIME = regex.compile(r"[^.;:\d]{0,80}?\sas\s+(?:there\s+were\s+|it\s+(?:was|did)\s+)?(?:in\s+(?:19|20)\d\d|"
                           r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?)\s+"
                           r"(?:ago|earlier|before)|a\s+decade\s+ago|last\s+year|(?:a|the)\s+year\s+before)", regex.I)
_FOLD_AFTER_VERB = regex.compile(r"(?:rose|risen|increased|grew|grown|jumped|climbed|surged|multiplied)\s+\Z", regex.I)
# a multiple not (yet) measured: the future, a wish, a condition
_NOT_YET = regex.compile(r"(?<![\p{L}])(?:will|would|could|might|may|should|shall|can|set\s+to|expected\s+to|due\s+to|"
                         r"projected\s+to|forecast\s+to|likely\s+to|aims?\s+to|plans?\s+to|hopes?\s+to|wants?\s+to|seeks?\s+to|"
                         r"to|if|unless|target|goal|pledged?|promised?|could\s+have|would\s+have|need\s+to|needs\s+to)"
                         r"(?:\s+(?:have|be|more\s+than|nearly|almost|at\s+least|roughly|about))*\s+\Z", regex.I)

# a time beside a figure: a year (the first of "2019-20"), or one said relative to the publication year
_TIME = regex.compile(
    r"(?<![\p{L}\d])(?:(?P<year>(?:19|20)\d\d)(?![\d])(?:[-/]\d\d(?!\d))?|(?P<last>last\s+year|(?:a|the)\s+year\s+before|"
    r"the\s+previous\s+year)|(?P<now>this\s+year|now|today|currently|so\s+far\s+this\s+year)|"
    r"(?P<ago>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:ago|earlier)|"
    r"(?P<months>twelve|12)\s+months\s+(?:ago|earlier))(?![\p{L}\d])",
    regex.I)
_SET_AGAINST = regex.compile(r"(?<![\p{L}])(?:compared\s+(?:with|to)|against|versus|up\s+from|down\s+from)\s+(?:the\s+)?\Z", regex.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}
# the span the factor says it took: "in five years", "over the decade", "since 2019"
_SPAN_SAID = regex.compile(r"(?<![\p{L}])(?:in|over|within|across)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                           r"(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?|"
                           r"(?P<decade>(?:a\s+)?decade))(?![\p{L}])", regex.I)
_SINCE = regex.compile(r"(?<![\p{L}])(?:since|from)\s+(?:the\s+)?(?:\p{L}+\s+)?(?P<y>(?:19|20)\d\d)(?!\d)", regex.I)
# a multiple up to now ("have doubled", "has more than tripled") or one set in a period we can read
_PERFECT = regex.compile(r"(?<![\p{L}])(?:has|have|had|'s|’s)\s+(?:(?:now|since|already|roughly|almost|nearly)\s+)*\Z", regex.I)
_ANCHOR = regex.compile(r"(?<![\p{L}\d])(?:(?:since|from|in|by|between)\s+(?:(?:the\s+)?(?:year|financial\s+year|fiscal)\s+)?(?:19|20)\d\d|"
                        r"(?:last|this|a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|past|previous)\s+"
                        r"(?:years?|decades?|months?)|the\s+decade|as\s+(?:it\s+did\s+)?(?:in|last|a|one|two|three|four|five|\d)|"
                        # a reporting period: "first-quarter net profit more than doubled", "in the first half"
                        r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)|(?:half|full)[\s-]+year|"
                        r"(?:three|six|nine|twelve|3|6|9|12)\s+months\s+to)(?![\p{L}])", regex.I)
_DECADE = regex.compile(r"(?<![\p{L}])(?:in|during|over|through|since|throughout)\s+the\s+(?:19|20)\d0s(?![\p{L}])", regex.I)
# a sentence that turns to another thing or place than the one before it
_TURNS_AWAY = regex.compile(r"\A\W*(?:Meanwhile|Separately|Elsewhere|By\s+contrast|In\s+contrast|Across|Nationally|"
                            r"Nationwide|Statewide|Countrywide|Overall|In\s+comparison|However|But)(?![\p{L}])|"
                            r"(?<![\p{L}])(?:also|too|likewise|similarly)(?![\p{L}])")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_PLAIN_WORDS = frozenset(
    "said says year years figures figure data show shows showed number numbers total according this that these those "
    "there their they them have been were with from since over more than about nearly almost which while when where "
    "what last next first second third also into onto after before during under rose rise risen fell fall fallen "
    "grew grown increased increase doubled tripled trebled halved twice many much times fold compared against "
    "january february march april june july august september october november december across today now "
    "ago earlier later city state country region county district people per cent percent "
    "released official officials report reported statement recorded record records "
    # scale words and the firm itself say nothing of what moved ("Rs 4.82 billion" shares no thing with "Rs 1 billion")
    "thousand million billion trillion crore crores lakh lakhs company "
    # quantifiers name no thing ("some 185,000 holdings" and "some rates" share nothing)
    "some most several such other others each every".split())
_STOP_AFTER = frozenset("in at by on of for over the a an and or to from this last that was were is are had has have "
                        "per each one two three four five six seven eight nine ten eleven twelve eighteen twenty".split())
# (a number word after a figure begins its time, "3,140 twelve months earlier", not the noun it counts)


def multiples_across(story: Story, ordered: list[Quantity], starts: list[int], changes: list) -> Iterator:
    """Changes with a factor, for each multiple said in words whose figures are in the sentences around it."""
    low = story.lowered_prose()
    if not any(stem in low for stem in _STEMS):
        return       # most stories say no multiple in words
    prose = story.doc.prose
    sentences = story.doc.sentences()
    s_starts = story.doc.sentence_starts()
    tied = {ch.factor_span.start for ch in changes if ch.factor_span is not None}
    year_now = story.doc.publication_date.year if story.doc.publication_date else None
    for m in _factors_said(prose, low):
        word_start = m.start(m.lastgroup) if m.lastgroup != "hedge" else m.start()
        if any(abs(word_start - t) <= 20 for t in tied):
            continue     # tied to its figures in its own clause (claims.py)
        factor = _factor_of(m)
        if factor is None or _NOT_YET.search(prose, max(0, m.start() - 40), m.start()):
            continue
        if m.group("twice") and not _AS_A_TIME.match(prose, m.end()):
            continue     # "twice as many women as men": two groups, not a move
        if m.group("fold") and not (regex.match(r"\s+(?:rise|increase|jump|growth|surge|climb|expansion)", prose[m.end():m.end() + 12])
                                    or _FOLD_AFTER_VERB.search(prose, max(0, m.start() - 12), m.start())):
            continue
        i = bisect.bisect_right(s_starts, m.start()) - 1
        if i < 0:
            continue
        if not _PERFECT.search(prose, max(s_starts[i], m.start() - 30), m.start()) \
                and not _ANCHOR.search(prose, s_starts[i], sentences[i][1]):
            continue     # "Arrests doubled in the city centre": a past multiple of no period we can read
        if _said_again_with_its_figure(prose, changes, sentences, i, m, factor):
            continue
        if _of_its_own_subject(prose, ordered, starts, s_starts[i], m.start()):
            continue
        if _SOME_OF_THEM.search(prose, max(s_starts[i], m.start() - 60), m.start()):
            continue     # "saying some rates had doubled": a few of the things, not the total the figures give
        found = _factor_pair(story, ordered, starts, changes, sentences, i, m, factor, year_now)
        if found is not None:
            old, new = found
            span_end = m.end() if m.group("verb") or m.group("noun") else m.start(m.lastgroup) + len(m.group(m.lastgroup))
            hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
            yield claims.Change(trigger=Span(m.start(), span_end), direction=1 if factor > 1 else -1, old=old, new=new,
                                factor=factor, factor_span=Span(m.start(), span_end), factor_hedge=hedge)


# the multiple said of some of the things only: "some rates had doubled", "many fares have more than tripled"
_SOME_OF_THEM = regex.compile(r"(?<![\p{L}])(?:some|many|several|a\s+few|certain|most)\s+(?:of\s+(?:the|its|their)\s+)?"
                              r"(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+(?:(?:had|have|has)\s+(?:been\s+)?|were\s+|was\s+)?\Z", regex.I)


def _of_its_own_subject(prose: str, ordered: list[Quantity], starts: list[int], s_start: int, at: int) -> bool:
    """ "Revenue rose to 12.3 billion yuan from 8.2 billion yuan, a 50% jump, as Chinese sales of new-energy vehicles
    more than doubled": after the figures, a clause opened by "as", "while" or "after" with a subject of its own says the
    multiple of that subject, not of the figures before it."""
    k = bisect.bisect_left(starts, at)
    before = [q for q in ordered[bisect.bisect_left(starts, s_start):k] if q.end <= at]
    if not before:
        return False
    return claims._factor_of_another(prose, s_start, before[0].start, before[-1].end, at)


def _said_again_with_its_figure(prose: str, changes, sentences, i: int, m, factor: float) -> bool:
    """ "... after the government doubled the minimum wage in the region. ... In the border zone, it was doubled to
    176.72 pesos": the same multiple said again nearby, there with a figure of its own, is the one the bare word
    announced; the figures of another move around it are not its before and after."""
    lo = sentences[max(0, i - 1)][0]
    hi = sentences[min(len(sentences) - 1, i + 3)][1]
    if any(ch.factor == factor and ch.factor_span is not None and lo <= ch.factor_span.start < hi
           and not m.start() <= ch.factor_span.start < m.end() for ch in changes):
        return True      # tied to its figures in its own clause
    return any(other.start() != m.start() and _factor_of(other) == factor and _TO_A_FIGURE.match(prose, other.end())
               for other in _FACTOR_SAID.finditer(prose, lo, hi))


# "was doubled to £4.00": the multiple's own level right after it
_TO_A_FIGURE = regex.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[^\s\d]{0,4}\d")


def _factor_of(m) -> float | None:
    if m.group("fold"):
        return _FOLD_WORDS.get(m.group("fold").lower())
    word = (m.group("verb") or m.group("noun") or m.group("twice") or "").lower()
    return next((f for stem, f in _FACTORS.items() if word.startswith(stem)), None)


def _factor_pair(story, ordered, starts, changes, sentences, i, m, factor, year_now):
    """The before and after of the multiple, or None when none is in reach, several disagree or one fits."""
    prose = story.doc.prose
    f_start, f_end = sentences[i]
    said = prose[f_start:f_end]
    reach = range(max(0, i - 1), min(len(sentences), i + 4))
    topic = _content_stems(said)
    # the times of the factor's own clause: "profit almost doubled as arrivals passed 2 million for the first time
    # since 2018": the year after "as" is the reason's, not the factor's
    reason = _REASON_AFTER.search(prose, m.end(), f_end)
    own = prose[f_start:reason.start()] if reason else said
    candidates: list[tuple[Quantity, Quantity]] = []
    seen: set[tuple[int, int]] = set()
    # moves already read in reach ("rose from A to B", "up from A")
    lo_at, hi_at = sentences[reach[0]][0], sentences[reach[-1]][1]
    for ch in changes:
        if ch.old is None or ch.new is None or ch.factor is not None or ch.between:
            continue
        if lo_at <= ch.old.start < hi_at and lo_at <= ch.new.start < hi_at:
            key = (id(ch.old), id(ch.new))
            if key not in seen:
                seen.add(key)
                candidates.append((ch.old, ch.new))
    # two levels each set in its own time
    timed = []
    for k in reach:
        s, e = sentences[k]
        if k != i and _TURNS_AWAY.search(prose[s:e]):     # sliced: `\A` does not match at a search's start position
            continue
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        figs = [q for q in ordered[lo:hi] if q.end <= e and _a_level(q, prose)]
        times = [_time_of(q, figs, j, prose, s, e, year_now) for j, q in enumerate(figs)]
        if len(figs) == 2 and times[0] is None and times[1] is not None \
                and _SET_AGAINST.search(prose, figs[0].end, figs[1].start):
            # "5,020 were on the list in December, compared with 3,140 twelve months earlier": the first is the later
            times[0] = times[1] + 1
        for j, q in enumerate(figs):
            t = times[j]
            if t is None and k == i:
                t = year_now      # "has doubled to 41,000": the factor's own level is the present one
            if t is not None:
                timed.append((q, t))
    for a in range(len(timed)):
        for b in range(a + 1, len(timed)):
            (x, tx), (y, ty) = timed[a], timed[b]
            if tx == ty or not _one_measure(x, y, prose, _sentence_of(x, sentences) == _sentence_of(y, sentences)):
                continue
            old, new = (x, y) if tx < ty else (y, x)
            key = (id(old), id(new))
            if key not in seen:
                seen.add(key)
                candidates.append((old, new))
    if not candidates:
        return None
    kept = []
    for old, new in candidates:
        if not claims.is_plain(old) or not claims.is_plain(new) or not claims.same_measure(old, new):
            continue
        if old.value <= 0 or new.value <= 0:
            continue
        if not _same_thing(topic, old, new, prose, sentences, i):
            continue
        if not _same_period(own, old, new, prose, year_now, story):
            continue
        kept.append((old, new))
    if not kept:
        return None
    kept = [(old, new) for old, new in kept if (new.value > old.value) == (factor > 1)]   # a move the other way
    for old, new in kept:                                                                 # is not the factor's
        ratio = _ratio(old, new)
        if ratio is None or _fits(ratio, factor, m):
            return None  # a pair the factor fits: explained
    if not kept:
        return None
    # several pairs, none fitting: the factor is wrong whichever it is of; name the likeliest, a move already read
    # (those come first) or the first pair told
    return kept[0]


_REASON_AFTER = regex.compile(r"\s(?:as|because|amid|while|when|after|thanks\s+to|due\s+to)\s", regex.I)


def _ratio(old: Quantity, new: Quantity):
    lo_o, hi_o = claims.interval(old)
    lo_n, hi_n = claims.interval(new)
    if lo_o <= 0:
        return None
    return lo_n / hi_o, hi_n / lo_o


def _fits(ratio, factor: float, m) -> bool:
    from .ruletypes.arithmetic import _factor_ok     # the multiple rule's own test of a factor, hedge and all
    hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
    return _factor_ok(ratio, factor, hedge, 0.12)


def _a_level(q: Quantity, prose: str) -> bool:
    if q.start >= 5 and prose[q.start - 1] in "-/–" and prose[q.start - 5:q.start - 1].isdigit():
        return False     # "2019-20": the end of a year, not a figure
    if q.kind == "duration" and (q.unit or "").rstrip("s") not in ("second", "minute", "hour"):
        return False     # "two years ago", "in five years": the time a figure is set in, not a level
    return (q.kind in ("number", "money", "physical", "percent", "duration") and q.value is not None and not claims.is_year_like(q)
            and not claims.is_modifier(q) and not claims.is_age(q, prose))


def _time_of(q: Quantity, figs: list[Quantity], j: int, prose: str, s: int, e: int, year_now):
    """The year a figure is set in: said just after it ("1,450 in the year to March 2019"), or else just before it
    ("In 2018 the colleges enrolled 6,200"), never across another figure or a semicolon."""
    stop = figs[j + 1].start if j + 1 < len(figs) else e
    after = prose[q.end:min(stop, q.end + 70)]
    after = after.split(";")[0]
    cut = regex.search(r",\s+(?:rising|falling|up|down|climbing|compared|against|and|but|while|from)\b", after)
    t = _first_time(after[:cut.start()] if cut else after, year_now)
    if t is not None:
        return t
    begin = figs[j - 1].end if j > 0 else s
    before = prose[max(begin, q.start - 70):q.start].split(";")[-1]
    times = list(_TIME.finditer(before))
    return _year_of(times[-1], year_now) if times else None


def _first_time(text: str, year_now):
    m = _TIME.search(text)
    return _year_of(m, year_now) if m else None


def _year_of(m, year_now):
    if m.group("year"):
        return int(m.group("year"))
    if year_now is None:
        return None
    if m.group("last"):
        return year_now - 1
    if m.group("now"):
        return year_now
    if m.group("months"):
        return year_now - 1
    n = m.group("ago").lower()
    return year_now - (_SMALL.get(n) or int(n))


def _one_measure(x: Quantity, y: Quantity, prose: str, one_sentence: bool) -> bool:
    """One measure, one counted noun: in one sentence the second may leave it out ("2,480 burglaries in 2014 and
    3,960 in 2024"); across sentences both must say it."""
    if not claims.same_measure(x, y):
        return False
    nx, ny = _noun_after(x, prose), _noun_after(y, prose)
    if nx is None or ny is None:
        return one_sentence
    return nx[:4] == ny[:4]


def _noun_after(q: Quantity, prose: str) -> str | None:
    m = _WORD.match(prose, q.end + 1) if prose[q.end:q.end + 1] == " " else None
    if m is None:
        return None
    w = m.group().lower()
    return None if w in _STOP_AFTER else w


def _content_stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower().replace("-", " ")) if len(w) >= 4 and w not in _PLAIN_WORDS}


def _same_thing(topic: set[str], old: Quantity, new: Quantity, prose: str, sentences, i: int) -> bool:
    """The figures' sentences share a content word with the factor's, and count the same noun."""
    counted = {n for n in (_noun_after(old, prose), _noun_after(new, prose)) if n}
    if len({n[:4] for n in counted}) > 1:
        return False
    if any(n[:5] in topic for n in counted):
        return True      # "14,200 presentations" beside "Presentations ... have doubled"
    words: set[str] = set()
    for q in (old, new):
        s, e = _sentence_of(q, sentences)
        words |= _content_stems(prose[s:e])
    return bool(topic & words)


def _sentence_of(q: Quantity, sentences):
    for s, e in sentences:
        if s <= q.start < e:
            return s, e
    return q.start, q.end


def _same_period(said: str, old: Quantity, new: Quantity, prose: str, year_now, story) -> bool:
    """The years of the two figures agree with the span the factor names, when both are known."""
    if _DECADE.search(said):
        return False      # "doubled in the 1990s": another period than today's figures
    yo = _year_near(old, prose, year_now, story)
    yn = _year_near(new, prose, year_now, story)
    since = _SINCE.search(said)
    if since and yo is not None and int(since.group("y")) != yo:
        return False
    years_said = {int(y) for y in regex.findall(r"(?<![\d])(?:19|20)\d\d(?![\ds])", said)}
    if years_said and not since and yo is not None and yn is not None and not years_said & {yo, yn}:
        return False
    span = _SPAN_SAID.search(said)
    if span and yo is not None and yn is not None:
        n = 10 if span.group("decade") else (_SMALL.get(span.group("n").lower()) or int(span.group("n")))
        if abs((yn - yo) - n) > 1:
            return False
    return True


def _year_near(q: Quantity, prose: str, year_now, story) -> int | None:
    s, e = story.doc.sentence_at(q.start)
    figs = sorted((x for x in story.quantities if s <= x.start and x.end <= e and _a_level(x, prose)), key=lambda x: x.start)
    for j, x in enumerate(figs):
        if x is q:
            return _time_of(q, figs, j, prose, s, e, year_now)
    return None
