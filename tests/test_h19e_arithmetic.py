"""Session 19 (h19e): lists, remainders and multiples whose reading was missing or wrong; sentences of our own.

- a whole whose next sentence opens on its own noun ("Of those places, ...") keeps its breakdown though the
  whole's sentence also gives a far larger count of something else (a population);
- parts said by what each "contributed", the first opening the sentence with its own noun ("Beer contributed");
- the winner's share "to" the runner-up's, then "the remaining P%" of the others, past 100%;
- silenced: a multiple said of another subject after the figures (", as overseas bookings of tours nearly
  doubled"); a total said of other holders (", leaving the allies A and B with N between them"); a one-day
  total with the other days' figures beside it ("with 31,000 on Saturday ... and 29,000 for Friday's ...").
"""
from __future__ import annotations

import pytest

import factcheck


def arithmetic(text: str, date: str = "2022-06-01", country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "arithmetic"]


BAD = [
    # the whole's noun named again opening the breakdown; the population is no rival whole
    ("The district has 860 school places for about 1.4 million residents. Of those places, 420 are in state "
     "schools, 310 in church schools and 190 in private ones.", "GB", "860"),
    # parts by what each contributed, the first without an article
    ("The brewer's sales for the year reached R8.4 billion. Beer contributed R5.1 billion, cider R2.2 billion and "
     "soft drinks R1.6 billion.", "ZA", "R8.4 billion"),
    # winner "to" runner-up, a count in a leading clause, an attribution after, the rest in the next sentence
    ("With 98 of 102 wards counted, Okafor took 61.2% of the vote to 35.9% for Bello, according to figures from "
     "the electoral commission. An independent and a third-party hopeful split the remaining 4.6%.", "NG", "4.6%"),
    ("Okafor won 61.2% to 35.9%. Three minor candidates shared the remaining 4.6%.", "NG", "4.6%"),
]

GOOD = [
    # a rival count near the parts' sum: which whole the list is of stays unsure
    ("The district has 860 school places and 960 nursery places. Of those places, 420 are in state schools, 310 in "
     "church schools and 190 in private ones.", "GB"),
    # the breakdown adds up
    ("The brewer's sales for the year reached R8.4 billion. Beer contributed R5.1 billion, cider R1.7 billion and "
     "soft drinks R1.6 billion.", "ZA"),
    # the shares and the remainder make 100%
    ("With 98 of 102 wards counted, Okafor took 61.2% of the vote to 35.9% for Bello, according to figures from "
     "the electoral commission. An independent and a third-party hopeful split the remaining 2.9%.", "NG"),
    # a move, not two shares of one vote
    ("Okafor's share rose from 41.2% to 65.9%. The remaining 10.6% went to others.", "NG"),
    # the multiple is another subject's
    ("Ticket income climbed to $9.1m in 2023 from $6.4m a year earlier, a 42% rise, as overseas bookings of "
     "guided tours nearly doubled.", "US"),
    # the total is of other holders than the parts
    ("Labour won 41 seats and the Greens 17, leaving the governing allies Labour and the Liberals with 66 seats "
     "between them, one short of a majority.", "NZ"),
    # one day's total, the other days' figures beside it
    ("The stadium said Sunday's final drew about 58,000, with 31,000 on Saturday for the semi-finals and 29,000 "
     "for Friday's opening rounds.", "GB"),
]

STILL_BAD = [
    # the multiple said of the figures' own subject
    ("Ticket income more than doubled to $9.1m in 2023 from $6.4m a year earlier.", "US", "doubled"),
    # the total said of the parts' holders
    ("Labour won 41 seats and the Greens 17, leaving them with 66 seats between them.", "NZ", "66"),
    # one whole split between places, no other days
    ("The stadium said Sunday's final drew about 58,000, with 31,000 in the stands and 29,000 on the lawns.", "GB",
     "about 58,000"),
    # a whole of several days, its days named as its parts (the last one after its figure)
    ("Weekend attendance was 100,000, with 53,000 on Saturday and 56,000 on Sunday.", "GB", "100,000"),
]


@pytest.mark.parametrize("text,country,flagged", BAD + STILL_BAD)
def test_flagged(text, country, flagged):
    found = arithmetic(text, country=country)
    assert any(flagged in t for _, t in found), found


@pytest.mark.parametrize("text,country", GOOD)
def test_silent(text, country):
    assert arithmetic(text, country=country) == []
