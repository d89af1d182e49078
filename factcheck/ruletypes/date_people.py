"""The people of a story, for the age check: who is introduced, and whom a later name, "he" or "the 58-year-old" means.

A sub-editor reading "Chan, who was born in 1971, set up the company in 1995. The 58-year-old will stay on"
knows the 58-year-old is Chan: a definite description with an age refers back to the person last named. And in
"His daughter, Chan Hoi-yan, 29, joined the firm" the 29 is the daughter's, a new person, even though she shares
Chan's family name. This module keeps that small model:

- a person is introduced by a name that something marks as a person's (a birth, an age, a title, "said", a role
  before it, "who" after it), or by a relative ("his daughter", "her husband"), who is always someone new;
- a later surname or given name alone means the one person of that name introduced so far (two of them: we
  cannot tell, and say so);
- "he"/"she" and "the 58-year-old" mean the person last mentioned before them in that paragraph or the one
  before, of the same sex where the story has told it.

`holders(story, births, ages)` gives each birth and age its person (an int), or None where the model cannot
tell; the age check compares a birth and an age of the same person only, and never of two known to differ.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .base import Story

# A word of a name: capitalised, or an Arabic article joined to one ("al-Hassan"), with lower-case particles between
# ("Juan de la Cruz"); the same shape the age check reads names in.
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ul|ud|bin|ben|abu|ibn)-\p{Lu}[\p{L}'’.-]*)"
_PARTICLES = r"(?:(?:de|del|della|la|le|da|das|do|dos|di|du|van|von|der|den|ter|ten|bin|binti|ibn|al|el|y)\s+)*"
_SP = r"[^\S\n]+"       # a space within a line: a name does not run over a paragraph break
_NAME = (rf"(?P<name>(?!(?:The|A|An|His|Her|Their|Its|Our|He|She|They|It|We|I|In|On|At|But|And)(?![\p{{L}}'’-]))"
         rf"(?:{_NAME_WORD}{_SP}{_PARTICLES}){{0,3}}{_NAME_WORD})")

_TITLES_M = r"Mr|Sir|Lord|Sheikh|Sheik|King|Prince|Father"
_TITLES_F = r"Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister"
_TITLES = r"Dr|Prof|Professor|Rev|Judge|Justice|Mayor|President|Minister|Senator|Governor|Captain|Coach|General|Gen"
# Roles written before a name ("coach Niels Frederiksen", "chairman Ali Musa"): the name is a person's
_ROLES = (r"chairman|chairwoman|chairperson|founder|co-founder|director|chief\s+executive|CEO|manager|coach|"
          r"captain|striker|midfielder|defender|goalkeeper|spokesman|spokeswoman|spokesperson|minister|senator|"
          r"mayor|governor|secretary|leader|lawyer|attorney|judge|inspector|officer|constable|sergeant|"
          r"professor|economist|analyst|singer|actor|actress|author|artist|veteran|owner|farmer|teacher|"
          r"nurse|doctor|engineer|driver|president|principal|trader|businessman|businesswoman|tycoon|heir|heiress")
_RELATIVES_M = r"son|husband|father|brother|grandson|grandfather|nephew|uncle|son-in-law|stepson|boyfriend"
_RELATIVES_F = r"daughter|wife|mother|sister|granddaughter|grandmother|niece|aunt|daughter-in-law|stepdaughter|girlfriend"
_RELATIVE_OF = r"(?:(?i:his|her|their)|(?:\p{Lu}[\p{L}'-]*)['’]s)"

# Lower-case words a name may follow that do not say what its bearer is
_NOT_BEFORE_NAME = (r"(?:the|and|but|for|from|into|onto|with|within|without|near|across|along|over|under|between|"
                    r"about|against|around|through|toward|towards|via|per|than|then|when|where|while|whose|which|"
                    r"that|this|these|those|its|their|his|her|our|your|was|were|are|has|had|have|will|would|could|"
                    r"should|can|may|might|must|says|said|told|tells|visit|visits|joins|join|beat|beats|leads|"
                    r"lead|runs|run|owns|own|like|named|called|known|both|all|also|not|only|still|just|even|once|"
                    r"after|before|since|until|during|among|amid|outside|inside|beside|behind|beyond|upon|unlike|"
                    r"including|plus|versus|nor|yet|some|many|most|more|less|each|every|any|whom|who|against|"
                    r"north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater|"
                    r"metropolitan|downtown|rural|urban|coastal|former|new|old)")

# What marks a name as a person's.
_PERSON_NAMES = regex.compile(
    # a title or a role before it: "Mr Chan", "coach Niels Frederiksen"
    rf"(?<![\p{{L}}])(?:(?P<m>{_TITLES_M})|(?P<f>{_TITLES_F})|{_TITLES}|(?i:{_ROLES}))\.?{_SP}{_NAME}"
    # a relative named: "his daughter, Chan Hoi-yan", "her husband Tom Reyes": someone new
    rf"|(?<![\p{{L}}]){_RELATIVE_OF}\s+(?:(?P<rm>{_RELATIVES_M})|(?P<rf>{_RELATIVES_F})),?\s+{_NAME}"
    # someone's someone, named with a full name: "his assistant Per Holm", "her lawyer, Ana Silva": a person
    rf"|(?<![\p{{L}}]){_RELATIVE_OF}\s+\p{{Ll}}[\p{{L}}-]*,?\s+(?={_NAME_WORD}{_SP}{_PARTICLES}{_NAME_WORD}){_NAME}"
    # something after it: a birth, an age, "who", a verb of saying
    rf"|(?<![\p{{L}}'’-]){_NAME}(?=\s*,\s*(?:who\s+(?:was|is)\s+)?born\b|\s*\(\s*b\.|,\s*\d{{1,3}}\s*,|\s*\(\d{{1,3}}\)"
    r"|,\s*aged\s+\d|,\s+an?\s+\d{1,3}-year-old\b|,\s+who\b|\s+(?:said|says|told|added|explained|recalled|wrote)\b|\s+was\s+born\b)"
    # a verb of saying before it: "said Chan Wing-kei"
    rf"|(?<![\p{{L}}])(?:said|says|according\s+to)\s+{_NAME}"
    # an age before it: "the 61-year-old Weerasekera"
    rf"|\d-year-old\s+{_NAME}"
    # a full name after a common noun that says what the person is ("beat rival Piotr Lis", "challenger Raj
    # Gill"): a noun, not a verb or a preposition, so not "visited New Delhi", "in Puerto Rico"
    rf"|(?<![\p{{L}}'’-])(?!{_NOT_BEFORE_NAME}\s)\p{{Ll}}{{3,}}(?<!ed|ing)\s+"
    rf"(?={_NAME_WORD}{_SP}{_PARTICLES}{_NAME_WORD}){_NAME}")
# A relative not named: "his daughter joined the firm": someone new, though we do not know their name
_RELATIVE = regex.compile(rf"(?<![\p{{L}}]){_RELATIVE_OF}\s+(?:(?P<rm>{_RELATIVES_M})|(?P<rf>{_RELATIVES_F}))\b"
                          rf"(?!,?\s+{_NAME_WORD})")
_PRONOUN = regex.compile(r"(?<![\p{L}])(?:(?P<m>he|him|his)|(?P<f>she|her))(?![\p{L}])", regex.I)
# Capitalised words that open a sentence or name a title are not a person's name
_NOT_NAME = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "mr", "mrs", "ms", "miss", "dr", "he",
                       "she", "they", "it", "we", "i", "in", "on", "at", "but", "and", "when", "after", "before"})


# The last word of a body's name, not a person's: "Kwun Lung Holdings said", "the Enea Stadion"
_BODIES = frozenset({
    "holdings", "group", "ltd", "limited", "plc", "inc", "corp", "corporation", "company", "co", "bank", "ministry",
    "council", "police", "party", "club", "fc", "university", "college", "school", "association", "agency",
    "authority", "commission", "court", "office", "department", "board", "union", "institute", "foundation",
    "fund", "airlines", "airways", "motors", "energy", "industries", "industry", "enterprises", "chamber", "capital", "partners", "news", "times", "post", "reuters",
    "bloomberg", "afp", "ap", "stadium", "stadion", "arena", "park", "street", "road", "city", "county", "state",
    "government", "parliament", "assembly", "senate", "congress", "league", "cup", "hospital", "trust", "bureau",
    "service", "services", "international", "federation", "organisation", "organization", "exchange", "index",
    # places and institutions a count is given for ("St Mary's Academy (131)", "Station Road, 131,")
    "academy", "academies", "church", "mosque", "temple", "cathedral", "centre", "center", "station", "district",
    "province", "region", "village", "town", "ward", "market", "mall", "hotel", "airport", "avenue", "lane", "square",
})

_NOT_NAMES_AT_ALL = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "september", "october", "november", "december", "today", "yesterday", "tomorrow"})


# Who may "say" at the head of a sentence without being one person
_GROUPS = frozenset({
    "analysts", "officials", "police", "residents", "experts", "critics", "witnesses", "investors", "authorities",
    "doctors", "economists", "traders", "locals", "others", "sources", "prosecutors", "officers", "organisers",
    "organizers", "researchers", "scientists", "lawyers", "campaigners", "activists", "protesters", "villagers",
    "farmers", "workers", "unions", "parents", "teachers", "students", "fans", "supporters", "ministers",
    "diplomats", "observers", "bankers", "brokers", "dealers", "engineers", "rescuers", "survivors", "families",
    "neighbours", "neighbors", "staff", "management", "shareholders", "voters", "leaders", "members", "some",
    "many", "both", "all", "most", "few", "several", "insiders", "aides", "allies", "rivals", "opponents",
    "relatives", "friends", "colleagues", "officers", "spokesmen", "sources", "reports", "documents", "figures",
    "data", "statistics", "results", "polls", "surveys", "studies", "filings", "records", "court", "judges"})


@dataclass
class Person:
    names: list[tuple[str, ...]] = field(default_factory=list)
    sex: str = ""                       # "m", "f" or "" when the story has not said
    relative: bool = False              # introduced as someone's relative ("his daughter, Chan Hoi-yan")

    def known_by(self, word: str) -> bool:
        return any(word in (n[0], n[-1]) or _paternal(word, n) for n in self.names)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: int | None                  # None: a name two people of the story share


@dataclass
class People:
    persons: list[Person]
    mentions: list[Mention]             # in story order
    pronouns: list[tuple[int, str]] = field(default_factory=list)   # (where, "m" or "f"), outside mentions

    def by_name(self, name: tuple[str, ...], at: int) -> int | None:
        """The person a name means: the full name, or the one person known by a part of it."""
        exact = [i for i, p in enumerate(self.persons) if name in p.names]
        if len(exact) == 1:
            return exact[0]
        known = [i for i, p in enumerate(self.persons) if any(_joins(name, n) for n in p.names)]
        return known[0] if len(known) == 1 else None

    def only_one_since(self, at: int, since: int) -> int | None:
        """The one person mentioned between `since` and `at`; None when nobody is, or two people or a shared
        name are."""
        met = {m.person for m in self.mentions if since <= m.start and m.end <= at}
        return met.pop() if len(met) == 1 else None

    def _pronoun_against(self, m: Mention, at: int) -> str:
        """The sex of the last pronoun between a mention and `at` when it cannot stand for that mention's person
        (a "she" after "her father"), else ""."""
        sex = self.persons[m.person].sex if m.person is not None else ""
        if not sex:
            return ""
        told = {s for where, s in self.pronouns if m.end <= where < at}
        # only when no pronoun between can be the mention's ("He said she works hard. The 58-year-old" may be him)
        return told.pop() if len(told) == 1 and sex not in told else ""

    def last_before(self, at: int, since: int, sex: str = "", also: Mention | None = None,
                    skip: frozenset[int] = frozenset()) -> tuple[int | None, bool]:
        """The person last mentioned before `at` (not before `since`), of the sex given where known;
        (None, True) when that mention is a shared name, (None, False) when nobody is mentioned. `also` is a
        mention the story's names do not show: a birth whose "the economist" was read as someone's."""
        for m in reversed(self.mentions):
            if m.start >= at or m.end > at:
                continue
            if m.start < since:
                break
            if also is not None and also.start > m.start and also.end <= at:
                return also.person, True
            if m.person is None:
                return None, True
            if m.person in skip:
                continue        # the speaker whose words carry the age: not the one aged
            if sex and self.persons[m.person].sex not in ("", sex):
                continue
            told = self._pronoun_against(m, at)
            if told and not sex:
                # "Grace Mwansa ... the land her father gave her. Today she grows ... The 58-year-old": a
                # pronoun after the father that cannot be his tells who the sentences are about since
                return self.last_before(m.start, since, told, also, skip)
            return m.person, True
        if also is not None and since <= also.start and also.end <= at:
            return also.person, True
        return None, False


def people(story: Story) -> People:
    return story.memo("date.people", _read_people)


def _key(run: str) -> tuple[str, ...]:
    """A name's words, without case, titles or what ends the sentence before ("Thursday.\n\nChan" is "chan")."""
    words: list[str] = []
    for w in run.rsplit("\n", 1)[-1].split():
        word = w.strip(".").casefold()
        if (w.endswith(".") and len(word) > 2) or word in _NOT_NAMES_AT_ALL:
            words = []          # a sentence ended, or a day or month is no part of a name
            continue
        words.append(word)
    while words and words[0] in _NOT_NAME:
        words.pop(0)
    return tuple(words)


def _read_people(story: Story) -> People:
    prose = story.doc.prose
    body = story.doc.body_start
    persons: list[Person] = []
    introduced: list[tuple[int, int, int]] = []      # (start, end, person) where a person is named as one

    def person_for(name: tuple[str, ...], new: bool) -> int:
        if not new:
            exact = [i for i, p in enumerate(persons) if name in p.names]
            if exact:
                return exact[-1]
            # a family name alone is not a relative's, who shares it with the person the story is about
            partial = [i for i, p in enumerate(persons) if not p.relative and any(_joins(name, n) for n in p.names)]
            if len(partial) == 1:
                if name not in persons[partial[0]].names:
                    persons[partial[0]].names.append(name)
                return partial[0]
        persons.append(Person([name], relative=new))
        return len(persons) - 1

    for m in _PERSON_NAMES.finditer(prose, body):
        name = _key(m.group("name"))
        if not name or any(not w[:1].isalpha() for w in name) or name[-1] in _BODIES or _body_follows(prose, m.end("name")):
            continue
        if len(name) == 1 and (name[0] in _GROUPS or _written_in_lower_case(story, name[0])):
            continue        # "Analysts said", "Police said": people, but no one person
        relative = m.group("rm") or m.group("rf")
        i = person_for(name, new=bool(relative))
        sex = "m" if (m.group("m") or m.group("rm")) else "f" if (m.group("f") or m.group("rf")) else ""
        if sex and not persons[i].sex:
            persons[i].sex = sex
        run = m.group("name")
        introduced.append((m.start("name") + run.rfind("\n") + 1, m.end("name"), i))

    mentions = [Mention(s, e, i) for s, e, i in introduced]
    seen = {(s, e) for s, e, _ in introduced}
    # every later use of a name word: "Chan" alone, once Chan Wing-kei is known
    words = {w for p in persons for n in p.names for w in (n[0], n[-1])}
    for word in words:
        owners = [i for i, p in enumerate(persons) if p.known_by(word)]
        for w in regex.finditer(rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}-]|['’]\p{{L}}{{2}})", prose, regex.I,
                                pos=body):
            if not prose[w.start()].isupper() or any(s <= w.start() < e for s, e in seen):
                continue
            mentions.append(Mention(w.start(), w.end(), owners[0] if len(owners) == 1 else None))
    # a relative not named is someone new, and the last person mentioned until another is
    for m in _RELATIVE.finditer(prose, body):
        persons.append(Person([], "m" if m.group("rm") else "f", relative=True))
        mentions.append(Mention(m.start(), m.end(), len(persons) - 1))
    mentions.sort(key=lambda m: m.start)
    pronouns = _pronouns(prose, body, mentions)
    _sexes_from_pronouns(story, persons, mentions, pronouns)
    return People(persons, mentions, pronouns)


_NEXT_NAME_WORD = regex.compile(r"[^\S\n]+(\p{Lu}[\p{L}'’.-]*)")


def _body_follows(prose: str, end: int) -> bool:
    """Does a body's last word follow a run of four name words ("Cape Recife Boys' High School")?"""
    nxt = _NEXT_NAME_WORD.match(prose, end)
    return nxt is not None and nxt.group(1).lower() in _BODIES


def _sexes_from_pronouns(story: Story, persons: list[Person], mentions: list[Mention],
                         pronouns: list[tuple[int, str]]) -> None:
    """A person's sex, where no title told it, from the pronouns of the sentences that mention no one else
    ("Gill, who ran on a platform of ..., said he accepted the result"): kept only when
    every such "he" or "she" agrees. Quoted words are left out: "she" in a quote may be anyone."""
    if not pronouns:
        return
    votes: dict[int, set[str]] = {}
    starts = [m.start for m in mentions]
    prose = story.doc.prose
    for where, sex in pronouns:
        if prose[where:where + 2].lower() not in ("he", "sh") or prose[where:where + 3].lower() == "her":
            continue    # only "he" and "she": "aggravated by her position" may be anyone's
        s0, s1 = story.doc.sentence_at(where)
        before = mentions[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, where)]
        if not before or any(m.start >= where for m in before):
            continue
        later = mentions[bisect.bisect_left(starts, where):bisect.bisect_left(starts, s1)]
        met = {m.person for m in before} | {m.person for m in later}
        if _WHO_CLAUSE.fullmatch(prose, before[-1].end, where) and before[-1].person is not None:
            met = {before[-1].person}   # "succeeds Leila Nouri, who said she was proud": the who's person
        if len(met) != 1 or None in met or _quoted(prose, s0, where):
            continue
        votes.setdefault(met.pop(), set()).add(sex)
    for i, told in votes.items():
        if len(told) == 1 and not persons[i].sex:
            persons[i].sex = told.pop()


_WHO_CLAUSE = regex.compile(r"\s*,\s*who\s+(?:[\p{Ll}'’-]+\s+){0,3}")


def _quoted(prose: str, s0: int, at: int) -> bool:
    """Is `at` inside a quotation opened in its sentence?"""
    text = prose[s0:at]
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _pronouns(prose: str, body: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    """The story's he/she/his/her outside its mentions ("her father" is a mention of the father)."""
    starts = [m.start for m in mentions]
    found = []
    for p in _PRONOUN.finditer(prose, body):
        i = bisect.bisect_right(starts, p.start()) - 1
        if i < 0 or p.start() >= mentions[i].end:
            found.append((p.start(), "m" if p.group("m") else "f"))
    return found


def _written_in_lower_case(story: Story, word: str) -> bool:
    """Is the word also written in lower case ("Analysts said ... analysts expect"): a noun, not a name."""
    prose = story.doc.prose
    return word in prose and regex.search(rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}'’-])", prose,
                                          pos=story.doc.body_start) is not None


def _joins(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other's surname or given name alone ("Chan" and "Chan Wing-kei")."""
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == len(full):
        return False
    if len(short) == 1:
        return short[0] in (full[0], full[-1]) or _paternal(short[0], full)
    # "de la Fuente" for "Pedro de la Fuente"; "Mary Kamau" for "Mary Wanjiru Kamau"
    return full[-len(short):] == short or (short[0] == full[0] and short[-1] == full[-1])


def _paternal(word: str, full: tuple[str, ...]) -> bool:
    """ "Quispe" for "Rosa Quispe Mamani": a Spanish or Portuguese name of three words is known by its middle one,
    the father's surname."""
    return len(full) == 3 and word == full[1]


def full_person_name(story: Story, name: tuple[str, ...], at: int) -> bool:
    """A person's name of two words or more (not a body's or a place's: "Station Road"), or one word the story
    gave as part of such a name ("Nakamura" for Chiyo Nakamura)."""
    if len(name) > 1:
        return not _body_word(name[-1])
    model = people(story)
    person = model.by_name(name, at)
    return person is not None and any(len(n) > 1 and not _body_word(n[-1]) for n in model.persons[person].names)


def _body_word(word: str) -> bool:
    """ "Road", "Schools", "Hospitals": the last word of a body's or a place's name, singular or plural."""
    return word in _BODIES or (word.endswith("s") and word[:-1] in _BODIES)


# -- whose birth, whose age

# A definite description that refers back to the person last named ("the 58-year-old", "the veteran")
_FOCUS_NOUNS = frozenset({"veteran", "founder", "tycoon", "businessman", "businesswoman", "entrepreneur",
                          "chairman", "chairwoman", "former", "star", "politician"})


def holder(story: Story, who, at: int, birth: bool = False, also: Mention | None = None) -> int | None:
    """The person a birth's or an age's `who` (a date._Who) means, written at `at`; None when we cannot tell.
    ("Born in 1961, the 58-year-old Kasirye ...": a birth's "the N-year-old" opens a sentence and looks forward.)"""
    model = people(story)
    if not model.persons:
        return None
    if who.kind == "name":
        return model.by_name(who.name, at)
    if who.kind == "back" and birth and who.name:
        # "Born in May 1951 in Tamale, the economist taught ...": a definite description the birth's sentence opens
        # its main clause with is the person named before it, when that is the one person named since
        return model.only_one_since(at, _previous_paragraph_start(story, at))
    if who.kind == "pronoun" or (who.kind == "back" and not birth and (
            not who.name or who.name[0] in _FOCUS_NOUNS or _is_verb(who.name[0])
            or _verb_by_its_object(story, at, who.name[0]))):
        sex = _sex_of_pronoun(story, at) if who.kind == "pronoun" else _sex_told_after(story, model, at)
        since = _previous_paragraph_start(story, at)
        person, _ = model.last_before(at, since, sex, also, _speakers(story, model, at))
        return person
    return None


# Verbs that put someone else's words around an age: "Prosecutor Helen Ashby said the 62-year-old had ...",
# "her lawyer ... asked for a fine, arguing that the 61-year-old ...", "according to the detective, the 52-year-old"
_SPEECH = regex.compile(r"(?<![\p{L}])(?:said|says|told|tells|argued|argues|arguing|saying|added|adding|claimed|"
                        r"claims|claiming|alleged|alleges|alleging|insisted|insists|insisting|stated|states|noted|"
                        r"notes|submitted|submits|testified|testifies|described|describes|explained|"
                        r"according\s+to)(?![\p{L}])", regex.I)


def _speakers(story: Story, model: People, at: int) -> frozenset[int]:
    """The person whose words an age in the same sentence is written in: the last person mentioned before the
    verb of saying (or after "according to"). A speaker does not call themself "the 62-year-old"."""
    s0, _ = story.doc.sentence_at(at)
    verb = None
    for verb in _SPEECH.finditer(story.doc.prose, s0, at):
        pass
    if verb is None:
        return frozenset()
    if verb.group().lower().startswith("according"):
        named = [m for m in model.mentions if verb.end() <= m.start and m.end <= at]
        return frozenset({named[0].person}) if named and named[0].person is not None else frozenset()
    named = [m for m in model.mentions if s0 <= m.start and m.end <= verb.start()]
    return frozenset({named[-1].person}) if named and named[-1].person is not None else frozenset()


_SUBJECT_PRONOUN = regex.compile(r"(?<![\p{L}])(?:(?P<m>he)|(?P<f>she))(?![\p{L}])", regex.I)


def _sex_told_after(story: Story, model: People, at: int) -> str:
    """The sex of "the 58-year-old" told by the first "he" or "she" after it in its sentence, before anyone else is
    mentioned ("The 58-year-old has led the union since 2021, when she became ...")."""
    _, s1 = story.doc.sentence_at(at)
    p = _SUBJECT_PRONOUN.search(story.doc.prose, at, s1)
    if p is None or any(at < m.start < p.start() for m in model.mentions):
        return ""
    return "m" if p.group("m") else "f"


# "The 57-year-old told reporters", "the 50-year-old plans to": the word after is the verb, not a noun
_VERBS_AFTER = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "said", "told", "has",
                          "had", "is", "was", "won", "took", "made", "became", "left", "ran", "led", "spent", "went",
                          "got", "gave", "kept", "now", "also", "still", "has", "who", "and", "then", "first"})


_ROLE_WORD = regex.compile(rf"(?i:{_ROLES}|{'|'.join(_FOCUS_NOUNS)})")


def is_role(word: str) -> bool:
    """A noun a person is called by ("the judge", "the veteran"), not a thing's."""
    return _ROLE_WORD.fullmatch(word) is not None


# "The 31-year-old burst into tears", "the 44-year-old thanked the crowd": a word followed by a particle, an article
# or an object pronoun is the verb of "the N-year-old", whatever verb it is ("the 31-year-old sprinter" is followed
# by its own verb)
_OBJECT_AFTER = regex.compile(r"[^\S\n]+(?:into|onto|down|out|up|off|away|back|the|a|an|his|her|their|its|him|them|"
                              r"me|us|it)(?![\p{L}'’-])", regex.I)


# words of a closed class, never the verb: "praised the 41-year-old after the final buzzer"
_FUNCTION_WORDS = frozenset(("after", "before", "at", "in", "on", "with", "for", "from", "as", "and", "but", "or",
                             "when", "while", "since", "during", "until", "by", "of", "to", "than", "like", "into",
                             "over", "under", "about", "against", "despite", "through", "behind", "near", "because"))


def _verb_by_its_object(story: Story, at: int, word: str) -> bool:
    if word.lower() in _FUNCTION_WORDS:
        return False
    prose = story.doc.prose
    _, s1 = story.doc.sentence_at(at)
    m = regex.compile(rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}'’-])", regex.I).search(prose, at, min(s1, at + 40))
    return m is not None and _OBJECT_AFTER.match(prose, m.end()) is not None


def _is_verb(word: str) -> bool:
    return word in _VERBS_AFTER or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))


def _sex_of_pronoun(story: Story, at: int) -> str:
    s0, _ = story.doc.sentence_at(at)
    m = None
    for m in _PRONOUN.finditer(story.doc.prose, max(s0, at - 40), at + 4):
        pass
    if m is None:
        return ""
    return "m" if m.group("m") else "f"


def _previous_paragraph_start(story: Story, at: int) -> int:
    start, _ = story.doc.paragraph_at(at)
    if start <= 2:
        return 0
    return story.doc.paragraph_at(start - 3)[0]
