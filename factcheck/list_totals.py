"""One reader of lists and their totals, whatever the verbs and nouns.

A sub-editor adds up a list whenever the copy names its total. The reader works from a few signals,
not from sentence frames:

- a LIST is two or more figures of one measure (money in one currency, counts, tonnes ...) in one
  sentence, each pair joined by a comma, "and", "while" or a semicolon with a few words of their own
  between ("1,120 standard rooms, 540 suites and 260 serviced apartments"; "GH¢5.1 million for roads,
  GH¢3.8 million for stalls and a lorry park, ... and GH¢1.8 million for classrooms"); figures of
  another kind and asides between parts are words;
- its TOTAL is the one figure of that measure marked as a whole: after the list, with a total word
  between or just after ("a total of", "in all", "altogether", "combined", "bringing the total ...
  to"); or before it, said to be split ("received 1,240 submissions, with 610 ..., 540 ... and 150
  ..."; "a total of N ...: ..."; "made up of", "of whom", "Of these," opening the next sentence).

The parts must not add up to more than the total. They must add up to it when the copy says the list
is all of it (a total word after the list, a colon, "made up of", "split into", a last part that is what
is left: "neither", "undecided", "the rest"). A list said to be some of it ("including", "such as",
"among them") is only held to not exceeding it; a list of other times (years, months, "a year
earlier"), a running total ("so far", "more", "this year") or a range is left alone.

The result is the Breakdown the arithmetic rules already check, flagged on the total.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Iterator

import regex

from .model import Quantity, Span
from .ruletypes.base import Story
from . import claims     # claims imports this module only inside a function, so this is no cycle
from .broken_down import compared_or_part


_MEASURED = ("money", "number", "physical")
# the words that join two parts of a list
_JOINER = regex.compile(r",|;|(?<![\p{L}])(?:and|while|whereas|plus)(?![\p{L}])", regex.I)
# between two parts: no sentence-like break, no comparison or move (then they are two times or a range)
_NOT_A_LIST = regex.compile(
    r"[:()]|(?<![\p{L}])(?:than|compared|as\s+against|versus|vs|up|down|rose|fell|increased|decreased|"
    r"earlier|ago|previous|previously|last|before|after|between|per|each|every|a\s+year|of\s+whom|of\s+which|"
    r"of\s+them|among\s+them)(?![\p{L}])", regex.I)
# a part said to be inside the one before it ("52 men, including 14 boys"): words right before the part
_NESTED = regex.compile(r"(?<![\p{L}])(?:including|included|such\s+as|besides|among\s+them|notably)(?![\p{L}])", regex.I)
# a relative word opening the next figure's clause puts it inside the part before ("..., where two", ", of those 4")
_INSIDE_THE_PART = regex.compile(r"\s*(?:where|whereupon|of\s+(?:those|these|whom|which|them)|in\s+which|who|which)\s+"
                                 r"(?:[\p{L}'’-]+\s+){0,2}?\Z", regex.I)
# an aside of words in brackets or dashes inside a part's words: read past
_ASIDE = regex.compile(r"\([^()\d]{0,80}\)|\s[-–—]\s[^-–—\d;.()]{1,80}?\s[-–—](?=\s)")
# a figure restated in brackets, in another currency or unit ("920 million dinars ($3.05 billion) will go to ..."):
# the same part said again, read past like an aside
_RESTATED_ASIDE = regex.compile(r"\((?:about|around|roughly|some|nearly|almost|approximately|or|c\.)?\s*[^\s\d()]{0,4}\s?"
                                r"\d[\d.,]*\s*(?:[\p{L}]{1,9})?\)")
_MAX_GAP = 140
_AND = regex.compile(r"(?<![\p{L}])(?:and|while|whereas|but)(?![\p{L}])", regex.I)
_LETTER = regex.compile(r"\p{L}")

# a total said after its list: "a total of", "in all", "bringing the total capital budget to"
_TOTAL_LEAD = regex.compile(
    r"(?<![\p{L}])(?:(?:a\s+)?(?:combined\s+|grand\s+)?total(?:\s+[\p{L}-]+)?(?:\s+of)?|totall?(?:ing|ed)|a\s+combined|combined|"
    r"(?:bringing|taking|putting|making|brings|takes|puts|makes)\s+(?:the\s+|their\s+|its\s+|it\s+)?"
    r"(?:[\p{L}'’-]+\s+){0,5}?to|came\s+to|comes\s+to|amount(?:ed|s|ing)?\s+to|add(?:ed|s|ing)?\s+up\s+to|"
    r"making)\s*\Z", regex.I)
_TOTAL_AFTER = regex.compile(r"\A(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s*(?:in\s+all|in\s+total|altogether|all\s+told|combined|"
                             r"between\s+them|together|overall)(?![\p{L}])", regex.I)
_RUNNING = regex.compile(
    r"(?<![\p{L}])(?:more|another|further|additional|so\s+far|to\s+date|since|cumulative|this\s+(?:year|month|season|week)|"
    r"tally|toll)(?![\p{L}])", regex.I)
_BUDGET_WORDS = regex.compile(r"(?<![\p{L}])(?:budget|spending|outlay|allocation|package|plan|capital|expenditure|bill|"
                              r"cost|investment|programme|program)(?![\p{L}])", regex.I)
# a total said before its list, then words that split it
_SPLIT_LEAD = regex.compile(
    r"(?P<all>:|(?<![\p{L}])(?:made\s+up\s+of|comprising|comprised(?:\s+of)?|comprises|consist(?:s|ed|ing)\s+of|"
    r"split\s+(?:(?:its|the|their)\s+[\p{L}-]+\s+)?(?:into|between|among)|divided\s+(?:(?:its|the|their)\s+[\p{L}-]+\s+)?(?:into|between|among)|"
    r"broken\s+down\s+into))"
    r"|(?P<with>(?:,|\s[-–—])\s*(?:with|of\s+whom|of\s+which|of\s+these|of\s+them)(?![\p{L}]))"
    r"|(?P<some>(?<![\p{L}])(?:including|among\s+them|among\s+whom|such\s+as|notably|mainly|mostly|chiefly))", regex.I)
_WHOLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:a\s+(?:combined\s+|grand\s+)?total\s+of|of\s+the|of\s+all|totall?ing|"
                              r"in\s+all|in\s+total|altogether)\s+\Z", regex.I)
# "310 two-bedroom units", "a three-star hotel": a figure that describes, not one counted
_WORD_MODIFIER = regex.compile(r"[-‑](?!strong|member)\p{L}", regex.I)
_HYPHENS = ("-", "‑")     # what a _WORD_MODIFIER match opens with
# "Four of the trains ...": a part of something named, not a part of the list's total
_SHARE_OF = regex.compile(r"\A\s+(?:out\s+)?of\s+(?:the|its|their|them|these|those|whom|which)(?![\p{L}])", regex.I)
_OUT_OF = regex.compile(r"(?<![\p{L}])out\s+of(?![\p{L}])", regex.I)
_BROUGHT = regex.compile(r"(?<![\p{L}])(?:bring|brings|bringing|brought|taking|takes|take|took|putting|puts|pushing|lifting|"
                         r"raising)(?![\p{L}])", regex.I)
_SOME_ITEMS = regex.compile(r"(?<![\p{L}])(?:main|biggest|largest|major|key|top|chief|principal|notable|includ\w*|among|"
                            r"such|highlights?|examples?|some|several|mostly|mainly|chiefly)(?![\p{L}])", regex.I)
# a sum this far from the total is a list of something else, not a slip
_NEAR = (0.6, 1.5)
_STRONG = regex.compile(r"\A-(?:strong|member)\b", regex.I)
# the next sentence opening on the whole just said: "Of these, ...", "Of them, ..."
# (any word pointing back at it: "these", "that", "this", "it", "the total", "the amount")
_OF_THESE = regex.compile(r"\A\W*(?:Of|Among|Out\s+of)\s+(?:these|those|them|that|this|it|the\s+(?:total|sum|amount|"
                          r"figure|lot|tally))\s*,", regex.I)
# the next sentence opening on a noun of the whole just said: "Of the new beds, 7,900 were in ..." (the noun's figure in
# the sentence before is the whole)
_OF_THE_NOUN = regex.compile(r"\A\W*(?:Of|Among|Out\s+of)\s+(?:the|these|those|its|their)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?"
                             r"(?P<noun>\p{L}[\p{L}-]{2,})\s*,", regex.I)
# the next sentence opening on how the whole just said is broken down: "By province, vaccinators reached 241,800 in ...,
# 98,600 in ... and ..." (the dimension, never a time or a manner: "By noon," "By contrast,")
_BY_DIMENSION = regex.compile(r"\A\W*(?:Broken\s+down\s+)?By\s+(?:province|region|state|district|county|country|city|"
                              r"municipality|sector|industry|age|gender|sex|category|segment|division|type|source|party|"
                              r"department|ministry|area|zone|market|product|channel|continent|nationality|borough|ward|"
                              r"constituency|prefecture|emirate|island|governorate)s?\s*,", regex.I)


def _counts(q: Quantity, noun: str, prose: str) -> bool:
    """Is `noun` what `q` counts: among the four words right after it ("12,400 hospital and clinic beds")?"""
    words = regex.findall(r"[\p{L}-]+", prose[q.end:q.end + 50])[:4]
    stem = noun.lower().rstrip("s")
    return any(w.lower().rstrip("s") == stem for w in words)


# a last part that is what is left: the list is then all of it
_RESIDUAL = regex.compile(
    r"(?<![\p{L}])(?:neither|undecided|unsure|no\s+view|no\s+opinion|don['’]t\s+know|did\s+not\s+know|other|others|"
    r"rest|remaining|remainder|balance|pending|abstain\w*|no\s+preference)(?![\p{L}])", regex.I)
# words of other times or places in the list: the parts are not of one whole
_OTHER_TIME = regex.compile(
    r"(?<![\p{L}])(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last|previous|earlier|ago|"
    r"year|years|month|quarter|week)(?![\p{L}])")
_COMPARED_TIME = frozenset("yesterday today last previous earlier ago year years month quarter week".split())


_PER_TIME = regex.compile(r"(?<![\p{L}])(?:a|an|per|every|each)\s+(?:year|month|quarter|week)(?![\p{L}])", regex.I)


def _other_times(text: str) -> bool:
    """Parts of other times: a word that sets one time against another ("last", "a year ago"), or two days or
    months named ("512 on Monday, 596 on Tuesday"); one day the whole list is of ("as of Tuesday") is not."""
    if "a " in text or "per " in text or "every " in text or "each " in text:
        text = _PER_TIME.sub(" ", text)     # "three days a week": a rate, no other time
    said = [m.group() for m in _OTHER_TIME.finditer(text)]
    return any(w.lower() in _COMPARED_TIME for w in said) or len(set(said)) >= 2


# "Of the 2,146 factories ...": a figure opening its clause as the whole its parts are said of, never one of them
_OF_THE_WHOLE = regex.compile(r"(?:(?:\A|[.!?\n\u201c\x22])\s*(?:Of|Out\s+of|Among(?:st)?)|[,;:(—–]\s*(?:of|out\s+of|among(?:st)?))\s+"
                              r"(?:the|all|all\s+the|its|their)\s+\Z")
_LONG_WHOLE_CLAUSE = 220
_OF_THE_NOUN_OF = regex.compile(r"(?:\A|[.!?\n\u201c\x22])\s*(?:Of|Out\s+of|Among(?:st)?)\s+(?:the|its|their)\s+"
                                r"[^\d,.;:()]{1,70}?\s(?:of|at|worth|totalling|totaling)\s+\Z")
_PERIOD_IN_GAP = regex.compile(r"(?<![\d,.])(?:FY\s?)?(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?(?![\d,.]\d)")
_ONE_AS_PRONOUN = regex.compile(r"(?<![\p{L}])(?:an?|the|this|that|each|every|any|no|another)\s+(?:[\p{L}-]+\s+)?\Z", regex.I)


# parts that are not pieces of the total but other measures of it
_NOT_PIECES = regex.compile(
    r"(?<![\p{L}])(?:profit|profits|loss|losses|revenue|revenues|turnover|cost|costs|"
    # (what a budget pays on its debt is a line of it: "debt repayments and interest €31.8m", "and debt service")
    r"debt(?!\s+(?:repayments?|service|servicing|payments?|charges))|tax|taxes|earnings|income|"
    r"salary|salaries|price|prices|value|worth|average|median|deficit|surplus|capacity|target)(?![\p{L}])", regex.I)
# a part's first word when it has no noun of its own (then it counts what the total counts)
_ELLIPTIC = frozenset("in for from on at to of with were was are is had have has said say says backing backed "
                      "supporting supported support opposed opposing oppose against voted neither undecided unsure "
                      "who which that did do would will could in favour favor favoured".split())


def list_totals(story: Story, ordered: list[Quantity], starts: list[int], known: list) -> Iterator:
    """Breakdowns of lists and their totals not already read by another finder (`known`)."""
    prose = story.doc.prose
    taken = {p.start for b in known for p in b.parts} | {b.whole.start for b in known}
    sentences = story.doc.sentences()
    for k, (s_start, s_end) in enumerate(sentences):
        # a list and its total are three figures in a sentence, or two after "Of these," (cheap count first)
        n = bisect.bisect_left(starts, s_end) - bisect.bisect_left(starts, s_start)
        if n < 2:
            continue
        opening = prose[s_start:s_start + 60]
        pointed = _OF_THESE.match(opening) or _OF_THE_NOUN.match(opening) or _BY_DIMENSION.match(opening)
        least = 2 if pointed else 3
        if n < least:
            continue
        figs = _figures(story, ordered, starts, s_start, s_end, claims)
        if len(figs) < least:
            continue
        figs = _units_carried(figs, prose)
        for parts in _lists(figs, prose, claims):
            if any(p.start in taken for p in parts) or _LEVELS_OF_A_MOVE.search(prose, max(s_start, parts[0].start - 60),
                                                                                 parts[0].start):
                continue     # "rose from 15 in the morning to 25 by the afternoon and 34 by nightfall": one thing's
                #              levels in turn, not parts of a whole
            found = _total_after(parts, figs, prose, s_end, claims) or _total_before(parts, figs, prose, claims)
            if found is None and k >= 2 and pointed and _NOW_POINTED.match(opening) and \
                    _THEN.search(prose, *sentences[k - 1]):
                found = _whole_before_the_then(story, parts, ordered, starts, sentences[k - 2], claims)
            elif found is None and k and pointed:
                found = _whole_in_sentence_before(story, parts, ordered, starts, sentences[k - 1], claims,
                                                  pointed.groupdict().get("noun"))
            if found is None and k and len(parts) >= 3 and _named_units(parts, prose, s_start):
                found = _whole_of_its_units(story, parts, ordered, starts, sentences[k - 1], claims)
            if found is None and k and parts[0].kind == "money":
                found = _whole_said_with_its_verb(story, parts, ordered, starts, sentences, k)
            if found is None and k + 1 < len(sentences) and parts[-1] is figs[-1]:
                found = _whole_in_sentence_after(story, parts, ordered, starts, sentences[k + 1], claims)
            if found is None:
                continue
            total, complete = found
            if total.start in taken or total.value <= max(p.value for p in parts):
                continue
            if not _NEAR[0] <= sum(p.value for p in parts) / total.value <= _NEAR[1]:
                continue     # "20 games and drew 5, a total of 65 points": far off, a total of something else
            if not complete and total.end <= parts[0].start:
                # "By province, ...": the whole's sentence before says what is counted ("children aged under five");
                # only the list's own sentence can say it is some of it
                complete = listed_in_full(parts, total, prose, s_start if total.end < s_start and
                                          _BY_DIMENSION.match(opening) else total.end, s_end)
            taken.update(p.start for p in parts)
            taken.add(total.start)
            spans = tuple(Span(p.start, p.end) for p in parts)
            yield claims.Breakdown(total, parts, spans, stated_sum=complete, whole_first=not complete)


_LEVELS_OF_A_MOVE = regex.compile(r"(?<![\p{L}])from\s+(?:about\s+|some\s+)?[^\s\d]{0,4}\d[^.;:]{0,40}?(?<![\p{L}])to\s+"
                                  r"(?:about\s+|some\s+|nearly\s+)?[^\s\d]{0,4}\Z", regex.I)


def _figures(story: Story, ordered, starts, s_start, s_end, claims) -> list[Quantity]:
    """The figures a list can be made of in one sentence (kept for the story: both readers ask)."""
    per_sentence = story.memo("list_totals.figures", lambda s: {})
    found = per_sentence.get(s_start)
    if found is None:
        prose = story.doc.prose
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        found = per_sentence[s_start] = [q for q in ordered[lo:hi] if _list_figure(q, s_end, claims, prose)]
    return found


def _list_figure(q: Quantity, s_end: int, claims, prose: str) -> bool:
    # cheap tests first: most figures are dates, years or percentages
    if q.kind not in _MEASURED or q.value is None or q.end > s_end or q.low is not None or q.high is not None:
        return False
    if q.value == 1 and q.text.lower() == "one" and _ONE_AS_PRONOUN.search(prose, max(0, q.start - 30), q.start):
        return False         # "158 had an expired one": a word for the thing counted, not a count
    if claims.is_year_like(q) or not claims.is_single(q) \
            or prose[q.end:q.end + 1] in _HYPHENS and _WORD_MODIFIER.match(prose, q.end, q.end + 12):
        return False
    if claims.is_modifier(q) and not _STRONG.match(q.text[q.text.rfind('-'):]):
        return False         # "a 4.5-day week": a measure that describes, not one counted ("a 64-strong squad" is)
    if claims.is_names_number(q, prose):
        return False         # "Covid-19", "F-16": a name's number, not a count
    if _EITHER_AFTER.match(prose, q.end) or _EITHER_BEFORE.search(prose, max(0, q.start - 16), q.start):
        return False         # "teams of four or five candidates", "two or three times": a guess between two, no part
    return not claims.is_age(q, prose)


_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
_EITHER_AFTER = regex.compile(rf"\s+or\s+(?:so(?![\p{{L}}])|\d|{_NUMBER_WORDS}(?![\p{{L}}]))", regex.I)
_EITHER_BEFORE = regex.compile(rf"(?:(?<![\d,.])\d+|(?<![\p{{L}}]){_NUMBER_WORDS})\s+or\s+\Z", regex.I)


def _lists(figs: list[Quantity], prose: str, claims) -> Iterator[tuple[Quantity, ...]]:
    """Runs of two or more figures of one measure, each pair joined as a list."""
    used: set[int] = set()
    last_of_kind = {q.kind: j for j, q in enumerate(figs)}
    for i, first in enumerate(figs):
        if first.start in used or first.hedge:
            continue
        if last_of_kind[first.kind] == i:
            continue         # no later figure of its kind
        run = [first]
        for q in figs[i + 1:]:
            if q.kind != first.kind or not claims.same_measure(first, q):
                continue
            if q.hedge or not _joined(run[-1], q, prose) or _counts_the_list(q, run, prose):
                break
            run.append(q)
        if len(run) >= 3 and not claims.has_digits(run[0]) and all(map(claims.has_digits, run[1:])):
            run = run[1:]    # "Two regional allies, the TDP with 16 seats and the JD(U) with 12": how many, not a part
        if len(run) >= 3 and _in_opening_clause(figs[:i], run[0], prose):
            run = run[1:]    # "Of the 1,240 households surveyed across the town's 14 wards, 612 ...": the wards'
            #                  count is in the whole's own clause, not the first part
        if len(run) >= 2 and (_OF_THE_WHOLE.search(prose[max(0, first.start - 16):first.start])
                              or _OF_THE_NOUN_OF.search(prose[max(0, first.start - 90):first.start])):
            continue         # "Of the 2,146 factories, 1,892 ..., 173 ... and 96 ...": the whole, then its list
        if len(run) < 2 or _NESTED.search(_lead_words(figs, i, prose)):
            continue         # "12 people, including 5 children, and 30 ...": a part of a part opens no list
        if not any(_SHARE_OF.match(prose[q.end:q.end + 30]) for q in run):
            used.update(q.start for q in run)
            yield tuple(run)


# "the three specialities", "these four lines": the list's parts counted, pointed back at
_POINTED_COUNT = regex.compile(r"(?<![\p{L}])(?:the|these|those|all|all\s+the|both)\s+\Z", regex.I)


def _counts_the_list(q: Quantity, run: list[Quantity], prose: str) -> bool:
    """ "2,600 in orthopaedics, 1,900 in general surgery and 1,400 in ophthalmology, the three specialities with
    the longest queues": a count in words, right after the list, of as many parts as it has is how many there
    were, not one more part."""
    return q.value == len(run) and not claims.has_digits(q) \
        and _POINTED_COUNT.search(prose, max(0, q.start - 12), q.start) is not None


def _in_opening_clause(before: list[Quantity], q: Quantity, prose: str) -> bool:
    """Does `q` stand in the clause "Of the N ..." opens, before its comma?"""
    return any(_OF_THE_WHOLE.search(prose[max(0, w.start - 16):w.start]) and "," not in prose[w.end:q.start]
               and "." not in prose[w.end:q.start] for w in before[-2:])


def _lead_words(figs: list[Quantity], i: int, prose: str) -> str:
    """The words just before figure `i`, back to the last joiner (or 30 characters)."""
    start = max(figs[i - 1].end if i else 0, figs[i].start - 30)
    before = prose[start:figs[i].start]
    joiners = list(_JOINER.finditer(before))
    return before[joiners[-1].end():] if joiners else before


# _JOINER's and _NOT_A_LIST's words: in an ASCII gap each of their word branches matches a whole run of letters
# (lowered, as the I flag reads ASCII), a two-word one two runs in a row
_JOINER_WORDS = frozenset(("and", "while", "whereas", "plus"))
_NOT_A_LIST_WORDS = frozenset("than compared versus vs up down rose fell increased decreased earlier ago previous "
                              "previously last before after between per each every".split())
_NOT_A_LIST_PAIRS = frozenset({("as", "against"), ("a", "year"), ("of", "whom"), ("of", "which"), ("of", "them"),
                               ("among", "them")})
_NOT_LOWER_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _gap_words(gap: str) -> list[str]:
    """The runs of letters of an ASCII gap, lowered (by one byte translation)."""
    return gap.lower().encode("ascii").translate(_NOT_LOWER_LETTER).decode("ascii").split()


def _joiner_in(gap: str) -> bool:
    """_JOINER.search(gap) is not None."""
    if not gap.isascii():
        return _JOINER.search(gap) is not None
    return "," in gap or ";" in gap or not _JOINER_WORDS.isdisjoint(_gap_words(gap))


def _not_a_list(gap: str) -> bool:
    """_NOT_A_LIST.search(gap) is not None; an ASCII gap with none of its marks, words or word pairs has none."""
    if gap.isascii() and ":" not in gap and "(" not in gap and ")" not in gap:
        words = _gap_words(gap)
        if _NOT_A_LIST_WORDS.isdisjoint(words) and _NOT_A_LIST_PAIRS.isdisjoint(zip(words, words[1:])):
            return False
    return _NOT_A_LIST.search(gap) is not None


# a part said as a rate ("74 a season in 2023 and 2024, 84 in 2025 and 2026 ..."): so many each period, over
# several periods, is no single part of the whole
_RATE_RIGHT_AFTER = regex.compile(r"\s+(?:a|an|per|each|every)\s+(?:season|year|month|week|day|quarter|term)(?![\p{L}])",
                                  regex.I)


def _joined(a: Quantity, b: Quantity, prose: str) -> bool:
    if b.start - a.end > _MAX_GAP + 80 or _RATE_RIGHT_AFTER.match(prose, a.end):
        return False
    gap = _without_asides(prose[a.end:b.start])
    if len(gap) > _MAX_GAP or not _joiner_in(gap) or _not_a_list(gap):
        return False
    split = _split_lead(gap)
    if split and not split.group("some") or _TOTAL_LEAD_BACK.search(gap) or _TOTAL_AFTER.match(prose[b.end:b.end + 40]):
        return False         # the list's total, not a part of it
    joiners = list(_JOINER.finditer(gap))
    if _NESTED.search(gap, joiners[-1].end()) or _INSIDE_THE_PART.match(gap, joiners[-1].end()):
        return False         # "52 men, including 14 boys": a part of the part (an aside "including ..." before
                             # the next joiner only describes the part); so is "three reached the shore, where two
                             # were caught" (a relative word right before the figure)
    return _LETTER.search(gap) is not None       # each part has words of its own


# a word of every _SPLIT_LEAD branch, lowercased: most gaps (", ", " and ") have none, and the pattern costs more
_SPLIT_WORDS = (":", "made", "compris", "consist", "split", "divided", "broken", "with", "of", "including", "among",
                "such", "notably", "mainly", "mostly", "chiefly")
# _TOTAL_LEAD searched back from its \Z (only whether it matches is asked)
_TOTAL_LEAD_BACK = regex.compile(_TOTAL_LEAD.pattern, _TOTAL_LEAD.flags | regex.REVERSE)


def _split_lead(gap: str) -> regex.Match | None:
    if gap.isascii():
        low = gap.lower()
        if not any(w in low for w in _SPLIT_WORDS):
            return None
    return _SPLIT_LEAD.search(gap)


def _without_asides(gap: str) -> str:
    if "(" in gap or "-" in gap or "–" in gap or "—" in gap:
        return _ASIDE.sub(" ", _RESTATED_ASIDE.sub(" ", gap) if "(" in gap else gap)
    return gap


# (compiled once: the module-level regex.search looked each pattern up in its cache on every call)
_A_DIGIT = regex.compile(r"\d")
_SET_OFF = regex.compile(r"[,;:—–(]|\s-\s")


def _total_after(parts, figs, prose: str, s_end: int, claims):
    last = parts[-1]
    later = [q for q in figs if q.start > last.end and claims.same_measure(q, last) and q.kind == last.kind]
    if not later:
        return None
    total = later[0]
    gap = _ASIDE.sub(" ", prose[last.end:total.start])
    if len(gap) > 90 or _A_DIGIT.search(gap):
        return None
    lead = _TOTAL_LEAD.search(gap)
    if not lead and _AND.search(gap):
        return None          # "1,120 rooms and 540 suites, and its sister hotel 1,860 keys in all": another thing
    said = lead or _TOTAL_AFTER.match(prose[total.end:min(s_end, total.end + 40)])
    if not said or not _SET_OFF.search(gap):
        return None          # a total word right after the list's last words, not set off: not the list's total
    if _OUT_OF.search(gap):
        return None          # "..., out of a total of 7,820": a share of the total, read by the share rules
    listed = prose[parts[0].start:total.end]
    brought = _BROUGHT.search(gap)     # "bringing the total to": all of it only if nothing says it ran on
    # "bringing the total capital budget to T": a budget is made of its allocations; a tally runs on
    complete = (not brought or _BUDGET_WORDS.search(gap)) and not _RUNNING.search(listed) and not _OTHER_TIME.search(prose[parts[0].start:last.end]) \
        and not _OTHER_TIME.search(prose[total.end:total.end + 30])
    if not complete and not _TOTAL_LEAD.search(gap):
        return None
    return total, complete


_CLAUSE_END = regex.compile(r"[,.;:()\d]|\s[-–—]\s")
# a whole said of one day ("race-day attendance", "Sunday's final drew")
_ONE_DAY = regex.compile(r"(?<![\p{L}])(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?(?![\p{L}])",
                         regex.I)


def _end_of_its_clause(prose: str, at: int) -> int:
    """Where the clause a figure ends in stops (its own words after it, at most 60 characters)."""
    m = _CLAUSE_END.search(prose, at, min(len(prose), at + 60))
    return m.start() if m else min(len(prose), at + 60)


def _total_before(parts, figs, prose: str, claims):
    first = parts[0]
    earlier = [q for q in figs if q.end <= first.start and claims.same_measure(q, first) and q.kind == first.kind]
    if not earlier:
        return None
    total = earlier[-1]
    # "Of the 1,240 households surveyed across the town's 14 wards, 612 ...": the figure the clause opens on is the
    # whole, not a count in its words
    opening = [q for q in earlier if _OF_THE_WHOLE.search(prose[max(0, q.start - 16):q.start])]
    if opening and opening[-1] is not total:
        total = opening[-1]
    gap = prose[total.end:first.start]
    # the clause that says what the whole counts may be long ("Of the 2,146 factories under the monitoring of the
    # police in Ashulia, Gazipur, ... and Khulna, 1,892 ..."): its opening says it is the whole
    opened = _OF_THE_WHOLE.search(prose[max(0, total.start - 16):total.start]) is not None
    # "Of the authority's net revenue budget of £412m for 2025/26, ...": the clause opens on the whole's noun
    opened_far = not opened and _OF_THE_NOUN_OF.search(prose[max(0, total.start - 90):total.start]) is not None
    opened = opened or opened_far
    gap = _PERIOD_IN_GAP.sub(" ", gap)      # (the whole's year says when, it is no figure between)
    if opened and len(parts) < 3 and not _SPLIT_LEAD.search(gap):
        return None          # "Of the 14,433 units, 11,020 are built, but only 8,745 occupied": two may nest
    longest = _LONG_WHOLE_CLAUSE if opened else 120
    # (a count in the opening clause's own words is no figure between: "Of the 1,240 households surveyed across the
    # town's 14 wards, 612 ...")
    if len(gap) > longest or (not opened and _A_DIGIT.search(_ASIDE.sub(" ", gap))) \
            or total.hedge and total.hedge.lower() not in (
            "some", "about", "around", "roughly"):
        return None
    split = _SPLIT_LEAD.search(gap)
    dashed = split is None and _DASH_ONLY.match(gap) is not None and _elliptic(parts, prose)
    named = _WHOLE_BEFORE.search(prose[max(0, total.start - 24):total.start]) or _STRONG.match(prose[total.end:total.end + 12]) \
        or opened
    if split is None and not (named and "," in gap) and not dashed:
        return None
    # "Sunday's final drew about 58,000, with 31,000 on Saturday and 26,000 for Friday's practice": a whole of one day,
    # and the last part's day said after it, to the end of its clause. (Only then: "the third quarter totalled
    # 49,010, made up of 24,200 in July, 26,350 in August and ..." names its months because they are its parts.)
    listed_to = parts[-1].end
    if _ONE_DAY.search(prose, max(0, total.start - 60), total.start):
        listed_to = _end_of_its_clause(prose, listed_to)
    if _other_times(_ASIDE.sub(" ", prose[first.start:listed_to])):
        return None
    if any(claims.SHARE_OF_THOSE.match(prose, p.end, p.end + 70) for p in parts[1:]):
        return None          # "1,034 took part in the vote and 887 voted to reject, or 85.8% of those voting":
        #                      the later part is a part of the earlier one, not of the whole beside it
    # ("split among": the split's own "among" is not "among them")
    rest_of_gap = gap[:split.start()] + " " + gap[split.end():] if split is not None and split.group("all") else gap
    if split is not None and split.group("some") or _SOME_ITEMS.search(rest_of_gap):
        return None                           # some of it ("including", "the main items:"): not a sum
    if split is not None and split.group("with") and not _elliptic(parts, prose):
        return None                           # "400 beds, with 120 nurses and 80 doctors": other things counted
    tail = prose[parts[-1].end:parts[-1].end + 40]
    complete = bool(split is not None and split.group("all")) or dashed or bool(_RESIDUAL.match(tail.strip()) or
                                                                       _RESIDUAL.search(tail.split(",")[0]))
    if complete and claims.part_without_figure(prose, parts):
        complete = False    # "..., 16,350 in August and September's record figure": a part told without a figure
    if total.kind == "money" and _NOT_PIECES.search(prose[first.start:parts[-1].end]):
        return None
    return total, complete


# "amounted to S$9,400 — S$8,100 in duty and S$1,300 in tax": a dash right after the whole opens its breakdown, as a
# colon does, when each part is told by what it is in or for (no noun of its own: "40 died — 12 children and 9
# women" names some of them, not all)
_DASH_ONLY = regex.compile(r"\A\s*[–—]\s*\Z|\A\s+-\s+\Z")


def _elliptic(parts, prose: str) -> bool:
    """Each part said without a noun of its own ("610 in support, 540 opposed"): it counts what the total does."""
    for p in parts:
        word = regex.match(r"\s*([\p{L}'’-]+)", prose[p.end:p.end + 30])
        if word and word.group(1).lower() not in _ELLIPTIC and not word.group(1).lower().endswith(("ed", "ing")):
            return False
    return True


def _whole_in_sentence_before(story: Story, parts, ordered, starts, before: tuple[int, int], claims,
                              noun: str | None = None):
    """ "The consultation drew 3,050 responses. Of these, 1,620 ..., 1,240 ... and 240 ...": the whole is the
    last figure of the parts' measure in the sentence before; "Of the new beds, ..." points at the one figure
    there that counts beds."""
    prose = story.doc.prose
    figs = [q for q in _figures(story, ordered, starts, before[0], before[1], claims)
            if claims.same_measure(q, parts[0]) and q.kind == parts[0].kind]
    if noun:
        figs = [q for q in figs if _counts(q, noun, prose)]
    if len(figs) != 1 or figs[-1].hedge:      # the one figure it can be
        return None
    if _other_times(prose[parts[0].start:parts[-1].end]):
        return None
    tail = prose[parts[-1].end:parts[-1].end + 40]
    return figs[-1], bool(_RESIDUAL.search(tail.split(",")[0]))


# "Of the current stock, ...", "Of this year's total, ...": the whole of now, pointed past a sentence of another time
# ("... stood at 580 million cubic metres. A year earlier they held 1.02 billion. Of the current stock, ...")
_NOW_POINTED = regex.compile(r"\A\W*(?:Of|Among|Out\s+of)\s+(?:the\s+)?(?:current|present|latest|today['’]s|this\s+"
                             r"(?:year|month|week|season)['’]s)(?![\p{L}])", regex.I)
# "capacity of 2.33 billion cubic metres": a figure said as another measure of the whole, never the whole itself
_OTHER_MEASURE_BEFORE = regex.compile(r"(?<![\p{L}])(?:capacity|target|limit|ceiling|maximum)\s+(?:of\s+)?\Z", regex.I)


def _whole_before_the_then(story: Story, parts, ordered, starts, before: tuple[int, int], claims):
    """The one figure of the parts' measure in the sentence before the one of another time (not a capacity or a
    target said beside it); held only to not exceeding it unless the list says it is all."""
    prose = story.doc.prose
    figs = [q for q in _figures(story, ordered, starts, before[0], before[1], claims)
            if claims.same_measure(q, parts[0]) and q.kind == parts[0].kind
            and not _OTHER_MEASURE_BEFORE.search(prose, max(before[0], q.start - 20), q.start)]
    if len(figs) != 1 or figs[0].hedge or _other_times(prose[parts[0].start:parts[-1].end]) \
            or _THEN.search(prose, *before):
        return None
    return figs[0], False


# "... was awarded £2.4m in damages. ... The judge awarded £1.6m for lost earnings, £550,000 for care and £300,000
# for pain and suffering": a sum, then a list of sums each told by what it is for, after the same verb. The verb said
# again of pieces is the whole taken apart; held only to not exceeding it (the pieces told may be some of it).
_VERB_BEFORE = regex.compile(r"(?<![\p{L}])(?P<verb>\p{Ll}{2,}ed|paid|spent|won|got|cost|lost|drew|gave|given|made|took|sold|bought)\s+(?:a\s+total\s+of\s+)?\Z")
_FOR_WHAT = regex.compile(r"\s+(?:for|in|towards?|on)(?![\p{L}])", regex.I)
_SUMS_BACK = 3
# "A second firm was fined ...", "His co-defendant was also ordered to pay ...": the verb said of another
_SOMEONE_ELSE = regex.compile(r"(?<![\p{L}])(?:another|second|third|other|others|also|too|separately|co-[\p{L}]+|each|"
                              r"both)(?![\p{L}])", regex.I)


def _whole_said_with_its_verb(story: Story, parts, ordered, starts, sentences, k: int):
    prose = story.doc.prose
    s_start = sentences[k][0]
    said = _VERB_BEFORE.search(prose, max(s_start, parts[0].start - 30), parts[0].start)
    if said is None or not all(_FOR_WHAT.match(prose, p.end) for p in parts) \
            or _THEN.search(prose, s_start, sentences[k][1]) or _RUNNING.search(prose, s_start, sentences[k][1]) \
            or _SOMEONE_ELSE.search(prose, s_start, parts[0].start):
        return None
    verb = said.group("verb")
    for j in range(k - 1, max(-1, k - 1 - _SUMS_BACK), -1):
        lo, hi = sentences[j]
        sums = [q for q in _figures(story, ordered, starts, lo, hi, claims)
                if claims.same_measure(q, parts[0]) and q.kind == parts[0].kind]
        if not sums:
            continue
        # the latest sentence with a sum of the measure: its one sum, after the same verb, is the whole
        if len(sums) != 1 or sums[0].hedge or _THEN.search(prose, lo, hi) or _RUNNING.search(prose, lo, hi):
            return None
        whole = sums[0]
        before = _VERB_BEFORE.search(prose, max(lo, whole.start - 30), whole.start)
        if before is None or before.group("verb") != verb:
            return None
        if _OWN_TIME.search(prose, lo, hi) or _OWN_TIME.search(prose, s_start, sentences[k][1]):
            return None     # "raised £50,000 in March. In April it raised ...": each sentence its own time
        told_of = _passive_subject(prose, lo, before.start()), _passive_subject(prose, s_start, said.start())
        if None not in told_of and told_of[0] != told_of[1]:
            return None     # "The club was fined £50,000 ... The players were fined £30,000 ...": two payers
        return whole, False
    return None


# a month or a written year: the sentence's own time
_OWN_TIME = regex.compile(r"(?<![\p{L}\d])(?:January|February|March|April|June|July|August|September|October|"
                          r"November|December|(?:19|20)\d\d)(?![\p{L}\d])")
_PASSIVE_BEFORE = regex.compile(r"(?P<subject>[\p{L}'’-]+)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+\Z",
                                regex.I)


def _passive_subject(prose: str, lo: int, verb_start: int) -> str | None:
    """The word a passive verb is said of ("The players were fined": players), or None for an active verb."""
    m = _PASSIVE_BEFORE.search(prose, lo, verb_start)
    return m.group("subject").lower() if m else None


# "The Karasay field produced 3.9 million tonnes, the Sholkara field 2.6 million tonnes and the older Kumbulak field
# 1.8 million": each part a named unit of one kind (a field, a plant, a mine), the whole's units told one by one
_NAMED_UNIT = regex.compile(r"(?<![\p{L}])(?i:the)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+"
                            r"(?!(?:of|and|or|in|on|at|for|to|from|by|with|said|says|has|had|have|was|were|is|are|will|"
                            r"would|which|who|that)(?![\p{L}]))(?P<noun>\p{Ll}[\p{L}-]*)(?![\p{L}])")


def _named_units(parts, prose: str, s_start: int) -> bool:
    """Is every part told of a named unit of one kind ("the Karasay field ..., the Sholkara field ...")?"""
    nouns = set()
    begin = s_start
    for p in parts:
        units = list(_NAMED_UNIT.finditer(prose, begin, p.start))
        if not units:
            return False
        nouns.add(units[-1].group("noun").lower())
        begin = p.end
    return len(nouns) == 1


def _whole_of_its_units(story: Story, parts, ordered, starts, before: tuple[int, int], claims):
    """The whole the units make, in the sentence before: its figures of the parts' measure (a move's two levels,
    "rose 6% to 7.4 million tonnes, from 6.98 million"). Parts of one time adding up past every one of them cannot be
    its breakdown whichever it is: held only to not exceeding the largest."""
    prose = story.doc.prose
    figs = [q for q in _figures(story, ordered, starts, before[0], before[1], claims)
            if claims.same_measure(q, parts[0]) and q.kind == parts[0].kind]
    if not figs or len(figs) > 2 or any(q.hedge for q in figs) or _other_times(prose[parts[0].start:parts[-1].end]):
        return None
    return max(figs, key=lambda q: q.value), False


# the next sentence adds the list up, pointing back at it: "The four states together account for 2,105 ...",
# "Between them, they pumped ...", "In all, the three funds hold ..."
_ADDS_UP = regex.compile(r"(?<![\p{L}])(?:together|combined|between\s+them|in\s+all|altogether|all\s+told|in\s+total|"
                         r"a\s+(?:combined\s+|grand\s+)?total\s+of|totall?(?:ing|ed)|add(?:s|ed)?\s+up\s+to)(?![\p{L}])", regex.I)


# a word that sets the total at another time than the list ("last year", "a year earlier")
_THEN = regex.compile(r"(?<![\p{L}])(?:last|previous|previously|earlier|ago|yesterday|before)(?![\p{L}])", regex.I)


def _whole_in_sentence_after(story: Story, parts, ordered, starts, after: tuple[int, int], claims):
    """ "..., Lagos with 580 and Abia with 340. The four states together account for 2,105 of the cases": the
    whole is the next sentence's first figure of the parts' measure, said to add them up before it; a count of
    the parts ("the four states") may stand before it, nothing else."""
    prose = story.doc.prose
    a, b = after
    if not _ADDS_UP.search(prose, a, min(b, a + 140)):
        return None          # cheap: no word that adds anything up in the sentence's opening
    lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
    for q in ordered[lo:hi]:
        if q.kind == "number" and q.value == len(parts) and q.start - a < 40:
            continue         # "the four states": how many parts there were
        if q.kind != parts[0].kind or not claims.same_measure(q, parts[0]) or q.hedge or q.start - a > 140:
            return None
        gap = prose[a:q.start]
        if not _ADDS_UP.search(gap) or _RUNNING.search(gap) or _THEN.search(gap) or _OUT_OF.search(gap):
            return None      # "So far this year, a total of ...": a running or other tally
        if _other_times(prose[parts[0].start:parts[-1].end]) or _THEN.search(prose, q.end, min(b, q.end + 30)) \
                or _RUNNING.search(prose, parts[0].start, b):
            return None      # "a total of 1,615 ... to date this year": a running tally, not the list's sum
        return q, True
    return None


# -- a whole named first, its parts over the next few sentences ------------------------------------
# "... an investment plan worth €84 million. The plan is divided into three blocks. Roads will receive
# €41 million, ... The water network will get €27 million ... A further €22 million will go to schools."
# The whole is the one figure of its measure in its sentence and is named as a whole (a plan, budget,
# package ... or "worth", "a total of"); the parts are the figures of that measure in the sentences that
# follow, each said as what something gets; the list ends at the first sentence without one.
_WHOLE_NOUNS = (r"budget|package|plan|programme|program|fund|allocation|envelope|outlay|stimulus|appropriation|"
                r"estimates|bill|investment|grant|scheme|project|spending")
_NAMED_WHOLE_AFTER = regex.compile(rf"\A\s*(?:[\p{{L}}-]+\s+){{0,2}}?(?:{_WHOLE_NOUNS})(?![\p{{L}}])", regex.I)
_NAMED_WHOLE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:(?:{_WHOLE_NOUNS}),?\s+(?:(?:pegged|put|set|fixed)\s+at|of|worth|totall?ing|totals|totalled|totaled|amounting\s+to|amounts\s+to|comes\s+to|stands\s+at)|worth|"
                                    r"a\s+(?:combined\s+|grand\s+)?total\s+of|totall?ing)\s+\Z", regex.I)
# a word each match of _NAMED_WHOLE_BEFORE holds (a whole noun, "worth" or "total"), casefolded as the I flag reads
# letters ("program" covers "programme")
_WHOLE_NOUN_WORDS = tuple(w for w in _WHOLE_NOUNS.split("|") if w != "programme")
_NAMED_WHOLE_WORDS = _WHOLE_NOUN_WORDS + ("worth", "total")


def _named_whole_before(text: str) -> bool:
    """_NAMED_WHOLE_BEFORE.search(text) is not None."""
    low = text.casefold()
    return any(w in low for w in _NAMED_WHOLE_WORDS) and _NAMED_WHOLE_BEFORE.search(text) is not None


_GETS = regex.compile(
    r"(?<![\p{L}])(?:allocated|earmarked|set\s+aside|budgeted|assigned|devoted|directed|channell?ed|go(?:es)?\s+to|"
    r"went\s+to|will\s+go|would\s+go|cover|covers|get|gets|receive|receives|for|spent\s+on|on|"
    # what the money pays for: "The remaining 320 million dirhams will fund marketing"
    r"fund|funds|finance|finances|pay\s+for|pays\s+for|"
    # what an item of the plan costs is its share of the whole: "the school, which will cost €6.3m"
    r"cost|costs|costing|priced\s+at|at\s+a\s+cost\s+of|worth|"
    # a part's size stated: "Capital expenditure has been set at ₹4,850 crore", "is put at", "pegged at"
    r"(?:set|put|pegged|fixed|estimated|budgeted)\s+at|"
    # an item named, then its sum: "public safety at $41.2 million", "roads and bridges ($22.5 million)",
    # "policing accounts for $96.4 million", "the biggest line is ... at"
    r"(?<=[\p{L}),]\s)at|accounts?\s+for|accounted\s+for|takes?|took)(?![\p{L}])|[\p{L}]\s+\((?=[^()\d]{0,4}\d)", regex.I)
_OTHER_MONEY = regex.compile(
    r"(?<![\p{L}])(?:also|additional|separate|separately|extra|on\s+top|besides|in\s+addition|last\s+year|previous|a\s+year\s+(?:earlier|ago)|compared|up\s+from|down\s+from|rose|fell|increase|"
    r"decrease|cut|including|such\s+as|among)(?![\p{L}])", regex.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_IN_N_PARTS = regex.compile(r"(?<![\p{L}])(?:into|in|across|between|among|over)\s+(?P<n>two|three|four|five|six|seven|eight|"
                            r"nine|ten|\d)\s+(?:[\p{L}-]+\s+)?(?:blocks|parts|areas|strands|pillars|components|chapters|"
                            r"items|heads|categories|sectors|phases|lots|priorities|programmes|packages)(?![\p{L}])", regex.I)
# the noun of every _IN_N_PARTS match, lowercased: most windows have none
_PARTS_NOUNS = ("blocks", "parts", "areas", "strands", "pillars", "components", "chapters", "items", "heads",
                "categories", "sectors", "phases", "lots", "priorities", "programmes", "packages")


def _in_n_parts(prose: str, start: int, end: int) -> regex.Match | None:
    """_IN_N_PARTS.search(prose, start, end), its nouns looked for first in an ASCII window."""
    window = prose[start:end]
    if window.isascii():
        low = window.lower()
        if not any(n in low for n in _PARTS_NOUNS):
            return None
    return _IN_N_PARTS.search(prose, start, end)



# the next sentence opens by splitting the whole just said: "The programme comprises ...", "The money is divided
# into ...", "Of the total, ..."
# ("The package includes ..." opens on it too: a list of some of it, held only to not exceeding it)
_SPLIT_OPENING = regex.compile(r"\A\W*(?:(?:The|This|That|Its|Their)\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>[\p{L}-]+)\s+(?:comprises|consists\s+of|includes|"
                               # "The draft allocates 2.4bn zlotys to transport, ...": the plan handing out its money
                               r"allocates|earmarks|sets\s+aside|"
                               r"is\s+made\s+up\s+of|breaks\s+down\s+(?:into|as)|is\s+(?:split|divided)\s+(?:into|between|among))|"
                               r"Of\s+(?:the\s+total|that|this|the\s+sum|the\s+amount|the\s+money)\s*,)(?![\p{L}])")


def _opens_on_its_split(prose: str, start: int, end: int, whole: Quantity) -> bool:
    """The next sentence opens by splitting the whole: by a noun of wholes ("The programme comprises") or the noun
    said of the whole ("a 1.2bn-rand project. The project consists of"); "The judgment amount is made up of" after
    "the R1.2bn project" splits another sum."""
    m = _SPLIT_OPENING.match(prose[start:min(end, start + 80)])
    if m is None or not m.group("noun"):
        return m is not None
    noun = m.group("noun").lower()
    if m.group().rstrip().endswith(("allocates", "earmarks", "aside")):
        # a plan handing out money is the whole's when the whole's own sentence named it ("under a draft budget")
        return noun in _WHOLE_NOUN_WORDS or noun == "programme" or _named_in_its_sentence(noun, prose, whole)
    return noun in _WHOLE_NOUN_WORDS or noun == "programme" or \
        noun in (w.lower() for w in regex.findall(r"[\p{L}-]+", prose[whole.end:whole.end + 40])[:3]) or \
        _verb_of_the_noun(noun, prose[max(0, whole.start - 40):whole.start])


def _named_in_its_sentence(noun: str, prose: str, whole: Quantity) -> bool:
    """Is `noun` said, with a word of wholes, in the whole's sentence ("... 6.2bn zlotys next year, ..., under a draft
    budget presented on Tuesday. The draft allocates ...")?"""
    start = max(prose.rfind(". ", 0, whole.start), prose.rfind("\n", 0, whole.start)) + 1
    end = min(i for i in (prose.find(". ", whole.end), prose.find("\n", whole.end), len(prose)) if i >= 0)
    return regex.search(rf"(?<![\p{{L}}]){regex.escape(noun)}\s+(?:{_WHOLE_NOUNS})(?![\p{{L}}])|"
                        rf"(?<![\p{{L}}])(?:{_WHOLE_NOUNS})(?![\p{{L}}])", prose[start:end], regex.I) is not None \
        and regex.search(rf"(?<![\p{{L}}]){regex.escape(noun)}(?![\p{{L}}])", prose[start:end], regex.I) is not None


def _verb_of_the_noun(noun: str, before: str) -> bool:
    """ "has been awarded £97,680 ... The award comprises": the whole's verb is the noun the split opens on
    ("awarded"/"award", "fined"/"fine", "granted"/"grant")."""
    return len(noun) >= 4 and any(w.lower().startswith(noun) and len(w) - len(noun) <= 3
                                  for w in regex.findall(r"[\p{L}-]+", before)[-3:])


def _split_a_sentence_on(story: Story, ordered: list[Quantity], starts: list[int], k: int, whole: Quantity) -> bool:
    """ "has been awarded £97,680 by a tribunal. The judge ruled .... The award comprises £28,000 ...": the
    sentence after next opens by splitting the whole, with no sum of money in the sentence between."""
    sentences = story.doc.sentences()
    if k + 2 >= len(sentences):
        return False
    lo, hi = bisect.bisect_left(starts, sentences[k + 1][0]), bisect.bisect_left(starts, sentences[k + 1][1])
    if any(q.kind == "money" for q in ordered[lo:hi]):
        return False
    return _opens_on_its_split(story.doc.prose, *sentences[k + 2], whole)


def wholes_then_parts(story: Story, ordered: list[Quantity], starts: list[int], known: list) -> Iterator:
    prose = story.doc.prose
    taken = {p.start for b in known for p in b.parts} | {b.whole.start for b in known}
    sentences = story.doc.sentences()
    sentence_starts = story.doc.sentence_starts()
    announced: dict[int, bool] = {}
    for named in ordered:
        # cheap first: a sum of money named as a whole ("a €84 million plan", "worth €84 million"), read past its
        # restatement in another currency ("a ₹12,618 crore ($1.46 billion) budget")
        if named.kind != "money" or named.hedge or named.start in taken:
            continue
        restated = _RESTATED_AFTER.match(prose, named.end, named.end + 40) if "(" in prose[named.end:named.end + 3] else None
        after = restated.end() if restated else named.end
        k = bisect.bisect_right(sentence_starts, named.start) - 1
        if k < 0 or k + 1 >= len(sentences):
            continue
        s_start, s_end = sentences[k]
        # a whole by its name ("a €84 million plan"), or by what the next sentence says of it: "The project will be
        # developed in three phases" (looked for once per sentence)
        # "comes to 10.9 billion dirhams across three phases": the count of parts announced beside the whole
        said = _in_n_parts(prose, after, min(s_end, after + 60))
        if not (said or _NAMED_WHOLE_AFTER.match(prose[after:min(s_end, after + 40)])
                or _named_whole_before(prose[max(s_start, named.start - 30):named.start])):
            if k + 1 not in announced:
                announced[k + 1] = _in_n_parts(prose, *sentences[k + 1]) is not None
            if not announced[k + 1] and not _opens_on_its_split(prose, *sentences[k + 1], named) \
                    and not _split_a_sentence_on(story, ordered, starts, k, named):
                continue
        # "a ₹4,200 crore infrastructure package (about $486 million)": restated after the whole's noun
        later = None if restated else _RESTATED_NAMED.match(prose, named.end, min(s_end, named.end + 80))
        money = [q for q in _figures(story, ordered, starts, s_start, s_end, claims) if q.kind == "money"
                 and not (restated and named.end < q.start and q.end <= after)
                 and not (later and later.start("said") < q.start and q.end <= later.end())
                 and not (named.end < q.start and _BASE_OF_ITS_CHANGE.search(prose, max(named.end, q.start - 60), q.start))
                 and not _restated_in_commas(named, q, prose)]
        if money != [named]:
            continue         # the one sum of money in its sentence, named as a whole
        if compared_or_part(prose, named, s_start, s_end):
            continue         # "16.6% larger than the Rs1.315 trillion budget": the base of a comparison
        whole = named
        found = _parts_after(story, whole, sentences[k + 1:k + 6], ordered, starts, claims,
                             _count_of(said) if said else None)
        if found is None:
            continue
        parts, count = found
        if any(p.start in taken for p in parts) or len(parts) < 2 or (count is not None and count != len(parts)):
            continue
        total = sum(p.value for p in parts)
        if total * 10 < whole.value:
            continue         # parts a tenth of the whole: not its breakdown, or a whole off by a scale word (plausibility's)
        # words of the whole's own sentence beyond its clause ("placing roads at the top of its priorities") are not
        # about the list: from the whole's sentence only its own clause is read for "some of it"
        complete = count == len(parts) or (
            listed_in_full(parts, whole, prose, s_end, story.doc.sentence_at(parts[-1].start)[1])
            and not _SOME_OF_IT.search(prose, whole.end, _clause_end(prose, whole.end, s_end))) \
            or _capital_and_running(parts, prose) or _rest_of_it(parts[-1], prose, story.doc.sentence_at(parts[-1].start)[0]) \
            or bool(_SPLIT_ALL.search(prose, story.doc.sentence_at(parts[0].start)[0], parts[0].start))
        if not complete and not (whole.value < total <= 1.5 * whole.value):
            continue
        taken.update(p.start for p in parts)
        yield claims.Breakdown(whole, parts, tuple(Span(p.start, p.end) for p in parts), stated_sum=complete,
                               whole_first=True)


# "a J$3.2 billion budget ..., up 7% from J$2.99 billion this year": the sum the whole grew from, another year's
# ("an increase of about 11% from this year's ₱4.7 billion", "a rise of 3.5% on this year's €398m")
_BASE_OF_ITS_CHANGE = regex.compile(r"(?<![\p{L}])(?:up|down|rising|falling|an?\s+(?:increase|rise|cut|decrease|drop|fall|"
                                    r"reduction)\s+of)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|"
                                    r"less\s+than)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s+"
                                    r"(?:from|on|over)\s+(?:the\s+|a\s+|(?:last|this|the\s+previous|the\s+current)\s+"
                                    r"year['’]s\s+(?:(?:plan|budget|allocation|spending|total)\s+(?:of\s+)?)?)?\Z", regex.I)


# "6.2bn zlotys next year, about $1.57bn at current rates,": the whole again in another currency, set off by a comma
# a few words after it
_COMMA_RESTATED = regex.compile(r"\A(?:\s+[\p{L}-]+){0,3}\s*,\s*(?:or\s+)?(?:(?:about|around|roughly|some|nearly|almost|"
                                r"approximately|equivalent\s+to)\s+)?\Z", regex.I)


def _restated_in_commas(named: Quantity, q: Quantity, prose: str) -> bool:
    return q.kind == "money" and q.unit != named.unit and named.end < q.start < named.end + 50 \
        and _COMMA_RESTATED.match(prose[named.end:q.start]) is not None


# "₹12,618 crore ($1.46 billion)": the whole again in another currency, in brackets right after it
_RESTATED_AFTER = regex.compile(r"\s*\((?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[^()\d]{0,6}\d[^()]{0,24}\)", regex.I)
_RESTATED_NAMED = regex.compile(r"\s+(?:[\p{L}-]+\s+){1,3}?(?P<said>\()(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[^()\d]{0,6}\d[^()]{0,24}\)",
                                regex.I)
# a budget's two sides: what it builds and what it runs on. Said together, they are all of it
_CAPITAL = regex.compile(r"(?<![\p{L}])(?:capital|development)(?:\s+(?:expenditure|spending|budget|outlay|works|account))?(?![\p{L}])", regex.I)
_RUNNING_SIDE = regex.compile(r"(?<![\p{L}])(?:revenue|recurrent|recurring|current|operating|running|routine)\s+"
                              r"(?:expenditure|expenses|spending|budget|costs|outlay|account)(?![\p{L}])", regex.I)


_CLAUSE_MARK = regex.compile(r"[,;:(—–]|\s-\s")


def _clause_end(prose: str, start: int, end: int) -> int:
    m = _CLAUSE_MARK.search(prose, start, end)
    return m.start() if m else end


# the last item is all the rest: "and $131.2 million for all other city services" closes the list
_REST_OF_IT = regex.compile(r"\A[^.;\d]{0,30}?(?<![\p{L}])(?:all\s+other|everything\s+else|the\s+rest|the\s+remainder|"
                            r"all\s+remaining)(?![\p{L}])", regex.I)


def _rest_of_it(last, prose: str, start: int = -1) -> bool:
    """The last part is what is left: "and $131.2 million for all other services"; "Everything else ... accounts for
    $131.2 million" (its words before it, from `start`)."""
    return _REST_OF_IT.match(prose[last.end:last.end + 50]) is not None or (
        start >= 0 and _ONE_MORE.search(prose, start, last.start) is not None
        and "another" not in prose[start:last.start].lower() and "further" not in prose[start:last.start].lower())


def _capital_and_running(parts, prose: str) -> bool:
    """ "Capital expenditure has been set at ₹4,850 crore, while revenue expenditure ... accounts for ₹7,210 crore":
    two parts, one the capital side and the other the running side of the budget, with nothing else listed."""
    if len(parts) != 2:
        return False
    first, second = sorted(parts, key=lambda p: p.start)
    words = [prose[max(0, first.start - 60):first.end], prose[first.end:second.end + 40]]   # each part's own words
    return (_CAPITAL.search(words[0]) is not None and _RUNNING_SIDE.search(words[1]) is not None) or \
        (_CAPITAL.search(words[1]) is not None and _RUNNING_SIDE.search(words[0]) is not None)




# -- a list of three or more set right under its whole: all of it ----------------------------------
# "a €14.2m programme. ... will cost €6.3m. ... will cost €4.1m, and €2.9m has been set aside for roads": a
# sub-editor adds up three or more allocations set under their whole, and expects the whole, unless the copy says
# the list is some of it ("including", "the main items", "other", "also"). Only a shortfall a slip could make
# is held against it: the parts cover most of the whole (a list of the main items among many leaves more out).
_MOST_OF_IT = 0.85
_SOME_OF_IT = regex.compile(
    r"(?<![\p{L}])(?:includ\w*|among|such\s+as|notably|other|others|also|several|some|main|mainly|major|key|chiefly|"
    r"mostly|largely|principal|primarily|highlights?|examples?|e\.g|part|partly|partially|remaining|rest|balance|"
    r"additional|extra|besides|separate\w*|top|first|so\s+far|to\s+date|about|around|roughly|nearly|almost|"
    r"approximately|some|over|more\s+than|at\s+least|up\s+to|under|below|less\s+than)(?![\p{L}])", regex.I, cache_pattern=False)


def listed_in_full(parts, whole: Quantity, prose: str, start: int, end: int) -> bool:
    """Three or more plain parts, said after their whole with no word of "some of it", covering most of it."""
    if len(parts) < 3 or whole.hedge or any(p.hedge for p in parts):
        return False
    total = sum(p.value for p in parts)
    if not _MOST_OF_IT * whole.value <= total < whole.value:
        return False
    return not _SOME_OF_IT.search(prose, start, end)


def _count_of(said: regex.Match) -> int | None:
    n_txt = said.group("n").lower()
    return _NUMBER_WORDS.get(n_txt) or (int(n_txt) if n_txt.isdigit() else None)


# "The second ... is put at 3.1 billion": a later part with the currency left out, the scale word kept
_SCALED = regex.compile(r"(?:million|billion|trillion|crore|lakh|bn|mn|tn)\Z", regex.I)


# (with no noun of its own after it: "1.2 million people" counts something else)
_BARE_AFTER = regex.compile(r"\s*[,.;:)—–-]|\s*\Z|\s+(?:and|while|whereas|but|for|on|to|in|at|over|with)(?![\p{L}])", regex.I)


def _units_carried(figs: list[Quantity], prose: str) -> list[Quantity]:
    """ "470 million cubic metres were in the north, 95 million in the centre and 63 million in Cap Bon": a bare
    "95 million" after a part in a unit, joined to it as the next item of the list, is in that unit too."""
    carried = list(figs)
    for i in range(1, len(carried)):
        before = carried[i - 1]
        if before.kind in ("physical", "money") and _joined(before, carried[i], prose):
            carried[i] = _in_the_whole_money(carried[i], before, prose)
    return carried


def _in_the_whole_money(q: Quantity, whole: Quantity, prose: str) -> Quantity:
    if q.kind == "number" and q.value is not None and not q.hedge and _SCALED.search(q.text) \
            and _BARE_AFTER.match(prose, q.end):
        return replace(q, kind=whole.kind, unit=whole.unit)
    return q


# the other side of a budget: what pays for it, not what it is spent on ("Tax revenue is projected at ¥65.2 trillion,
# ... will issue ¥36.9 trillion of new bonds to fund the budget")
_FUNDS_THE_WHOLE = regex.compile(
    r"(?<![\p{L}])(?:(?:revenues?|receipts|income)\s+(?:is|are|was|were|will\s+be)\s+(?:projected|expected|estimated|"
    r"forecast|seen)|(?:new\s+)?bonds|borrowing|to\s+(?:fund|finance|cover)\s+the\s+(?:budget|deficit|shortfall|gap)|"
    # who pays: "The Department for Transport will contribute £450m, with the remaining £750m coming from shareholders"
    r"contribut(?:e|es|ed|ing)|com(?:e|es|ing)\s+from|came\s+from)(?![\p{L}])",
    regex.I)
_COMPARED_GAP = regex.compile(r"(?<![\p{L}])(?:than|compared\s+(?:with|to)|as\s+against|versus|vs\.?|(?:up|down)\s+from)"
                              r"(?![\p{L}])", regex.I)


def _parts_after(story: Story, whole, following, ordered, starts, claims, count: int | None = None):
    """The allocations said after `whole`, one run of sentences, and how many parts the copy announced.

    The run starts in the sentence after the whole or the one after that; further on only when the list's sentence
    says it splits the whole ("the budget breaks down into ..."). A part's sum is said as what something gets,
    unless the copy announced how many parts there are ("in three phases"): then the count is the guard."""
    prose = story.doc.prose
    parts: list[Quantity] = []
    closed = False
    for n, (n_start, n_end) in enumerate(following):
        if not parts and n >= 2 and not _SPLIT_ALL.search(prose, n_start, n_end) \
                and not _LARGEST_SHARE.search(prose, n_start, n_end):
            # far from the whole, a list is its breakdown only when it says so; a sum of money before that ends it
            lo, hi = bisect.bisect_left(starts, n_start), bisect.bisect_left(starts, n_end)
            if any(q.kind == "money" for q in ordered[lo:hi]):
                return None
            continue
        said = _in_n_parts(prose, n_start, n_end) if count is None else None
        if said:
            count = _count_of(said)
        # a bare "410 million" after a part in the whole's money ("540 million pesos ..., 410 million for ...")
        # or in a later sentence of the list is that money too
        figs = []
        for x in _figures(story, ordered, starts, n_start, n_end, claims):
            if parts or any(claims.same_measure(f, whole) for f in figs):
                x = _in_the_whole_money(x, whole, prose)
            if x.kind == "money":
                figs.append(x)
        # "₹2,180 crore ($262 million)": a part again in another currency is the same part
        figs = [q for i, q in enumerate(figs) if not (i and (not claims.same_measure(q, whole) or _bracketed_alone(q, prose))
                                                     and prose[figs[i - 1].end:q.start].strip() == "(")]
        if not figs:
            if parts:
                break            # the list has ended
            continue
        if not parts and all(_BASE_OF_ITS_CHANGE.search(prose, max(n_start, q.start - 60), q.start) for q in figs):
            continue             # "It represents an increase of 3.5% on this year's €398m": the whole set against
            #                      another year's, before its parts are told
        if closed and not (len(figs) == 1 and _ONE_MORE.search(prose, n_start, figs[0].start)) \
                and not _list_runs_on(figs, parts, prose, n_start):
            break                # a list in one sentence is the whole breakdown, unless the next adds the last part
            #                      or goes on with the list
        # ("splits spending among four areas": the count's own "among" says how it is split, not other money)
        o_start = said.end() if said and _OTHER_MONEY.search(prose, n_start, said.end()) and \
            not _OTHER_MONEY.search(prose, n_start, said.start()) else n_start
        # "The programme comprises S$520 million to rebuild ..., S$430 million ...": the sentence splits the whole
        split_here = not parts and n <= 1 and _opens_on_its_split(prose, n_start, n_end, whole)
        fits = not (_OTHER_MONEY.search(prose, o_start, n_end) and not parts_only_asides(prose, o_start, n_end, figs)) \
            and all(claims.same_measure(q, whole) and not q.hedge and q.value < whole.value
                    and (count is not None or split_here or _gets(figs, i, prose, n_start, n_end))
                    and not _PER_HEAD.search(prose, max(n_start, q.start - 20), min(n_end, q.end + 20))
                    for i, q in enumerate(figs))
        # "collect Rs12.97 trillion ..., about 40% more than the revised estimate of Rs9.25 trillion": one sum set
        # against another, not two parts
        fits = fits and not any(_COMPARED_GAP.search(prose, a.end, b.start) for a, b in zip(figs, figs[1:])) \
            and not _FUNDS_THE_WHOLE.search(prose, n_start, n_end)
        if not fits:
            if len(parts) >= 2:
                break            # what follows speaks of other money, or breaks a part down: the list is over
            return None
        parts.extend(figs)
        if closed or (count is not None and len(parts) >= count) or _what_is_left(figs[-1], prose):
            break
        closed = len(figs) >= 2
    return (tuple(parts), count) if parts else None


# a sentence that takes a part apart: "Of that, ...", "Within it, ...", "That includes ..."
_PART_OF_A_PART = regex.compile(r"\A\W*(?:Of|Within|Inside|Among|Out\s+of|That|This|It|Including|Includ\w*)(?![\p{L}])", regex.I)


def _list_runs_on(figs, parts, prose: str, n_start: int) -> bool:
    """ "Staff costs will take €152.3m, followed by €118.4m for ... . Investment spending will total €97.5m, while
    social programmes will receive €48.6m and debt repayments €31.8m": a list of allocations told over two sentences.
    The second goes on with the list when it is a list of its own (two or more sums joined as one), opens on no word
    that takes a part apart, and adds up to more than any part before (the pieces of one part fit inside it)."""
    if len(figs) < 2 or len(parts) > 4 or _PART_OF_A_PART.match(prose[n_start:n_start + 30]) \
            or not all(_joined(a, b, prose) and not _LEAVING.search(prose, a.end, b.start) for a, b in zip(figs, figs[1:])):
        return False
    return sum(q.value for q in figs) > max(p.value for p in parts)


# "Recurrent spending accounts for the remaining Sh16.7 billion": the part that is what is left of the whole
_LEFT_BEFORE = regex.compile(r"(?<![\p{L}])(?:the\s+)?(?:remaining|balance\s+of|rest\s+of|remainder\s+of)\s+"
                             r"(?:(?:the|its)\s+)?\Z", regex.I)


def _what_is_left(q: Quantity, prose: str) -> bool:
    """Is the part said to be what is left of the whole? Then the whole is used up: a sum said after it ("The
    wage bill is budgeted at ...") is a part of a part or other money, not one more allocation."""
    return _LEFT_BEFORE.search(prose, max(0, q.start - 30), q.start) is not None


def _bracketed_alone(q: Quantity, prose: str) -> bool:
    """ "S$2.8bn ($2.13bn)": a sum alone in brackets right after a part is the part again (a "$" the story's country
    may read as its own dollar), not a part of its own."""
    return prose[q.end:q.end + 1] == ")"


def _gets(figs, i: int, prose: str, start: int, end: int) -> bool:
    """Is figure `i` said as what something gets? By its own words, or as an item of a list another item of which
    said it: "920 million dinars will go to infrastructure, 640 million dinars to roads and 410 million
    dinars to loans" (the verb is said once for the whole list)."""
    q = figs[i]
    if _GETS.search(prose, max(start, q.start - 40), min(end, q.end + 40)):
        return True
    j = i
    while j > 0 and _items_of_one_list(figs[j - 1], figs[j], prose):
        j -= 1
        if _gets_for_the_list(prose, max(start, figs[j].start - 40), min(end, figs[j].end + 40)):
            return True
    j = i
    while j + 1 < len(figs) and _items_of_one_list(figs[j], figs[j + 1], prose):
        j += 1
        if _gets_for_the_list(prose, max(start, figs[j].start - 40), min(end, figs[j].end + 40)):
            return True
    return False


# words of _GETS too slight to be said of a whole list ("R138m in interest calculated at the prescribed rate")
_SLIGHT_GETS = frozenset(("at", "on", "for", "take", "takes", "took", "worth"))


def _gets_for_the_list(prose: str, start: int, end: int) -> bool:
    return any(m.group().lower() not in _SLIGHT_GETS and not m.group().startswith(("(",)) and "(" not in m.group()
               for m in _GETS.finditer(prose, start, end))


_LEAVING = regex.compile(r"(?<![\p{L}])(?:leaving|leaves|left|against)(?![\p{L}])", regex.I)


def _items_of_one_list(a: Quantity, b: Quantity, prose: str) -> bool:
    """Joined as a list, with no other measure named between ("Revenue is projected at Tk 433,000 crore, leaving a
    deficit of Tk 245,064 crore": a deficit is no item the revenue's verb is said of)."""
    gap = prose[a.end:b.start]
    return _joined(a, b, prose) and not _NOT_PIECES.search(gap) and not _LEAVING.search(gap)


# a sum paid to each ("61,500 farmers will each receive Sh4,200"): a rate, not an allocation of the whole
_PER_HEAD = regex.compile(r"(?<![\p{L}])(?:each|apiece|per\s+(?:head|person|household|family|farmer|pupil|student|"
                          r"worker|month|year|week|day)|a\s+(?:head|month|year|week|day))(?![\p{L}])", regex.I)
# the part after a list sentence that closes it: "... will take another ₹385 crore", "Everything else ... accounts for"
_ONE_MORE = regex.compile(r"(?<![\p{L}])(?:another|a\s+further|everything\s+else|all\s+other|the\s+rest|the\s+remainder|"
                          r"all\s+remaining)(?![\p{L}])", regex.I)


# a part said to be the largest piece of the whole just told: "Education accounts for the largest share, at €188m"
# opens its breakdown a few sentences on, as "breaks down into" does (but says nothing of whether all is listed)
_LARGEST_SHARE = regex.compile(r"(?<![\p{L}])(?:(?:largest|biggest|greatest|lion['’]s)\s+(?:single\s+)?(?:share|slice|"
                               r"chunk|portion|item|part)|the\s+bulk)(?![\p{L}])", regex.I)
_SPLIT_ALL = regex.compile(r"(?<![\p{L}])(?:breaks?\s+down|broken\s+down|splits?|split\s+(?:into|between|among)|divided|"
                           r"made\s+up\s+of|comprises|comprising|consists?\s+of|is\s+allocated|are\s+allocated)(?![\p{L}])", regex.I)


def parts_only_asides(prose: str, start: int, end: int, figs) -> bool:
    """ "Roads ... will receive €41 million, including the long-awaited redevelopment of ...": "including" after
    the sentence's last figure with no figure of money after it describes that part, not another sum."""
    m = _OTHER_MONEY.search(prose, start, end)
    while m:
        if m.group().lower() not in ("including", "such as", "among") or m.start() < figs[-1].end and \
                not _between_part_and_next(prose, m.start(), figs):
            return False
        m = _OTHER_MONEY.search(prose, m.end(), end)
    return True


def _between_part_and_next(prose: str, at: int, figs) -> bool:
    # "including" right after a part and before the next figure of money's own words: an aside on the part
    before = [q for q in figs if q.end <= at]
    return bool(before) and (at - before[-1].end < 20 or _part_said_then_aside(prose[before[-1].end:at]))


def _part_said_then_aside(words: str) -> bool:
    """ "C$1.4 billion will go to transit, including new buses ..., C$900 million to ...": the part's own few words,
    then a comma and "including" what it buys."""
    return len(words) < 50 and words.rstrip().endswith(",") and words.count(",") == 1 and ";" not in words


# -- a whole whose sentence counts its holders, its list of that many parts next to it --------------------
# "Three Tohoku prefectures had 26,450 people sheltering ... / Miyagi accounted for 12,400 of the evacuees, Fukushima
# for 8,150 and Iwate for 3,900"; "Ms Nguyen polled 3,412 votes, ahead of ... 2,987. ... received 1,106 and ... 544. /
# That brought the count of formal votes for the four candidates to 8,409". The copy says how many holders the whole
# is of; a list of exactly that many figures of its measure in the sentences beside it is their breakdown: the count
# is the guard, not the verbs ("accounted for", "polled", "received") or the nouns.
_HOLDERS = regex.compile(r"\s+(?:[\p{L}'’-]+\s+){0,2}?(?P<noun>\p{L}[\p{L}-]*s)(?![\p{L}])")
_OF_THE_PART = regex.compile(r"\A\s+(?:out\s+)?of\s+(?:them|these|those|whom|which|it)(?![\p{L}])", regex.I)
_HOLDERS_THEN_WHOLE = regex.compile(r"(?:\s+[\p{L}'’-]+){1,3}\s+")
_NOT_HOLDERS = frozenset("years months weeks days hours minutes seconds times decades quarters seasons terms sessions "
                         "rounds games matches points goals runs wickets sets laps percent cents".split())


def announced_wholes(story: Story, ordered: list[Quantity], starts: list[int], known: list) -> Iterator:
    prose = story.doc.prose
    taken = {p.start for b in known for p in b.parts} | {b.whole.start for b in known}
    sentences = None
    for q in ordered:
        # cheap first: a count in words, two to ten ("three", "the four"), before a plural noun of holders
        if q.kind != "number" or q.value is None or not 2 <= q.value <= 10 or not q.text[-1:].isalpha() \
                or not q.text.replace(" ", "").isalpha():
            continue
        held = _HOLDERS.match(prose, q.end, q.end + 40)
        if held is None or held.group("noun").lower() in _NOT_HOLDERS:
            continue
        if sentences is None:
            sentences, s_starts = story.doc.sentences(), story.doc.sentence_starts()
        k = bisect.bisect_right(s_starts, q.start) - 1
        s_start, s_end = sentences[k]
        figs = [f for f in _figures(story, ordered, starts, s_start, s_end, claims) if f is not q and f.start != q.start]
        # the whole right after its holders and a verb ("Three prefectures had 26,450", "for the four candidates
        # to 8,409"), in digits; not a figure the count is a part of ("14 saves, including two penalties")
        total = next((f for f in figs if f.start >= held.end()), None)
        if total is None or total.kind not in ("number", "money") or total.start in taken or total.hedge \
                or not claims.is_plain(total) or not any(ch.isdigit() for ch in total.text) \
                or not _HOLDERS_THEN_WHOLE.fullmatch(prose, held.end(), total.start):
            continue
        # no rival whole in its sentence: another figure of its measure larger than every part ("with a further
        # 311 ballots ruled informal" is not of it; "by 6 p.m." or "No. 11" could not be the whole)
        rivals = [f for f in figs if f is not total and claims.same_measure(f, total)
                  and not _ONE_MORE.search(prose, max(s_start, f.start - 14), f.start)]
        n = int(q.value)
        for step in (1, -1):
            parts = _counted_list(story, total, n, sentences, k, step, ordered, starts)
            if parts and not any(p.start in taken for p in parts) and \
                    not any(f.value > max(p.value for p in parts) for f in rivals) and \
                    _NEAR[0] <= sum(p.value for p in parts) / total.value <= _NEAR[1]:
                taken.update(p.start for p in parts)
                taken.add(total.start)
                yield claims.Breakdown(total, parts, tuple(Span(p.start, p.end) for p in parts), stated_sum=True,
                                       whole_first=step > 0)
                break


_NUMBERED = regex.compile(r"(?<![\p{L}])(?:No\.|no\.|Nos?\.|number|#)\s*\Z")


def _counted_list(story: Story, total: Quantity, n: int, sentences, k: int, step: int, ordered, starts):
    """Exactly `n` figures of the total's measure, each sentence of them a list, in the sentences right after
    (step 1) or before (step -1) the total's own; none of another time, a part of a part or other money."""
    prose = story.doc.prose
    parts: list[Quantity] = []
    j = k + step
    while 0 <= j < len(sentences) and abs(j - k) <= 3 and len(parts) < n:
        lo, hi = sentences[j]
        figs = [f for f in _figures(story, ordered, starts, lo, hi, claims) if claims.same_measure(f, total)
                and not _NUMBERED.search(prose, max(lo, f.start - 8), f.start)]
        if not figs:
            if parts:
                break
            j += step        # a sentence of other things between the whole and its list
            continue
        if len(figs) < 2 or any(f.hedge or not claims.is_plain(f) or f.value >= total.value for f in figs) \
                or not all(_joined(a, b, prose) for a, b in zip(figs, figs[1:])) or _OTHER_MONEY.search(prose, lo, hi) \
                or any(_OF_THE_PART.match(prose[f.end:f.end + 30]) for f in figs):     # "nine goals, four of them"
            return None
        parts = parts + figs if step > 0 else figs + parts
        j += step
    return tuple(parts) if len(parts) == n else None
