"""Session 19 (h19g): readings of reference and date slips, in our own words, with the near misses that must stay
silent.

* a host listed with its year after a word of hosting, and "the first <series> in <place> since <year>"
  (event_editions.py);
* an opening told in a participle aside naming who opened it ("The tunnel, opened by the Queen in")
  (event_openings.py);
* a recorded flight told again by what the craft is ("The Airbus A330 crashed into the sea on") (event_craft.py);
* the people an event left as the subject of a later act ("relatives of the victims of ... marched on")
  (reference.py);
* a year a count of years will be reached ("will mark 300 years since its founding in 2031") (date.py);
* "this year marks N years of service" after the year it began (date.py);
* "as it celebrated its Nth anniversary": the subject's beginning, not a thing it opened (date.py).
"""
import pytest

import factcheck


def _found(text: str, date: str, country: str, rule: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == rule]


FLAGGED = [
    # earlier hosts listed with their years after a word of hosting
    ("Brisbane will be the third Australian Olympic host city, following Melbourne in 1956 and Sydney in 2004.",
     "2022-03-01", "AU", "FC602", "2004"),
    # the first edition at a place since the year of its last one there
    ("The 2026 final will crown the first World Cup played in the United States since 1998.", "2025-01-10", "US",
     "FC602", "1998"),
    ("Organisers say these will be the first Olympics held in London since 1952.", "2011-06-01", "GB", "FC602",
     "1952"),
    # a recorded opening told again by its head noun, in an aside naming who opened it
    ("Freight through the Channel Tunnel has fallen since Brexit. The tunnel, officially opened by the Queen in "
     "May 1995, now carries fewer lorries than a decade ago.", "2022-05-01", "GB", "FC602", "May 1995"),
    # a recorded flight named by its code, told again by the craft's type and the event's own verb
    ("Relatives of the passengers of flight MH370 met the minister on Monday. The Boeing 777 disappeared on "
     "8 March 2016 over the Indian Ocean.", "2023-05-01", "MY", "FC602", "8 March 2016"),
    ("A memorial to the victims of AF447 was unveiled in Rio. The Airbus A330 crashed into the Atlantic on "
     "1 June 2010, killing all 228 on board.", "2019-06-01", "FR", "FC602", "1 June 2010"),
    # this year marks a count of years from the year the sentence's thing opened
    ("The ferry terminal opened in 1991, and this year marks 30 years of service for its original ramps.",
     "2025-04-01", "GB", "FC503", "30 years"),
    # "as it celebrated its Nth anniversary": the subject's founding, not the new building's predecessor's
    ("The rowing club unveiled a new boatshed on Saturday as it celebrated its 60th anniversary. The club, founded "
     "in 1971 by six students, now has 300 members. The old boatshed, built in 1975, was flooded in 2019.",
     "2024-10-14", "AU", "FC503", "60th"),
]


@pytest.mark.parametrize(("text", "date", "country", "rule", "figure"), FLAGGED)
def test_flagged(text, date, country, rule, figure):
    assert figure in _found(text, date, country, rule)


SILENT = [
    # the right years
    ("Brisbane will be the third Australian Olympic host city, following Melbourne in 1956 and Sydney in 2000.",
     "2022-03-01", "AU", "FC602"),
    ("The 2026 final will crown the first World Cup played in the United States since 1994.", "2025-01-10", "US",
     "FC602"),
    # a place with a year, but no word of hosting leads to it: someone's move, not a Games
    ("The swimmer, who won gold at the Olympics, moved to Sydney in 1996 to train.", "2022-03-01", "AU", "FC602"),
    # "since" without "the first <series>" before it: a time since, not the place's last edition
    ("Ticket prices for the World Cup in the United States have tripled since 1998.", "2025-01-10", "US", "FC602"),
    # the right day of the opening; another act of the tunnel, not its opening
    ("Freight through the Channel Tunnel has fallen since Brexit. The tunnel, officially opened by the Queen in "
     "May 1994, now carries fewer lorries than a decade ago.", "2022-05-01", "GB", "FC602"),
    ("Freight through the Channel Tunnel has fallen since Brexit. The tunnel, opened by the Queen, was closed by a "
     "fire in November 1996.", "2022-05-01", "GB", "FC602"),
    # the right day; a verb that is not the event's; two flights named (the craft may be either)
    ("Relatives of the passengers of flight MH370 met the minister on Monday. The Boeing 777 disappeared on "
     "8 March 2014 over the Indian Ocean.", "2023-05-01", "MY", "FC602"),
    ("Relatives of the passengers of flight MH370 met the minister on Monday. The Boeing 777 was delivered to the "
     "airline on 31 May 2002.", "2023-05-01", "MY", "FC602"),
    ("Families of MH370 and MH17 victims met on Monday. The Boeing 777 vanished on 8 March 2015.", "2023-05-01",
     "MY", "FC602"),
    # the people an event left, marching on a day of their own
    ("Families of the victims of the Beirut port explosion marched on parliament on Thursday, 8 June, to demand a "
     "trial.", "2023-06-10", "LB", "FC602"),
    # the year a count will be reached, after a count of years since the founding
    ("The port town will mark 300 years since its founding in 2031, the mayor said.", "2024-06-21", "CO", "FC503"),
    # this year's count right
    ("The ferry terminal opened in 1991, and this year marks 34 years of service for its original ramps.",
     "2025-04-01", "GB", "FC503"),
    # the subject's anniversary right, beside a thing of another kind it opened
    ("The rowing club unveiled a new boatshed on Saturday as it celebrated its 53rd anniversary. The club, founded "
     "in 1971 by six students, now has 300 members. The old boatshed, built in 1975, was flooded in 2019.",
     "2024-10-14", "AU", "FC503"),
]


@pytest.mark.parametrize(("text", "date", "country", "rule"), SILENT)
def test_silent(text, date, country, rule):
    assert not _found(text, date, country, rule)

