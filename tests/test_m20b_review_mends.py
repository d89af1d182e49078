"""m20b: review mends for session 20's reference readings of a state's act, the member a state became, and years
of service.

Each false alarm below is a true sentence that must stay silent; beside each stands a near miss that the reading
must still catch (a wrong date or a wrong place told in the same shape). Sentences are our own."""
import pytest

import factcheck


def _found(text, date, country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def _fc6(text, date, country="GB"):
    return [(r, t) for r, t in _found(text, date, country) if r.startswith("FC6")]


SILENT = [
    # 1. the member is the one the sentence gives the ordinal to, not a state in an aside or after "by"
    ("Norway's accession, held up for months by Hungary, made it the 12th member of NATO.", "2024-05-01", "GB"),
    ("Sweden's bid, blocked for a year by Turkey, finally made it NATO's 32nd member.", "2024-05-01", "GB"),
    ("Croatia's accession, long delayed by Slovenia, made it the EU's 28th member.", "2024-05-01", "GB"),
    # 2. leaving something that carries the state's adjective or name is not leaving the state
    ("Singapore exited the Malaysian causeway toll scheme in 2020 after a row.", "2024-05-01", "SG"),
    ("Singapore left the Malaysian water pricing review in 2016 without agreement.", "2024-05-01", "SG"),
    ("Singapore quit Malaysia's regional tourism council in 2012.", "2024-05-01", "SG"),
    # 3. handing over something other than the recorded thing
    ("The United States returned the Albrook airfield to Panama in October 1997.", "2024-05-01", "PA"),
    ("The United States transferred $500m in loans to Panama in 2019.", "2024-05-01", "PA"),
    ("Britain handed the embassy archives over to China in 1998.", "2024-05-01", "HK"),
    # 4. a move to another capital than the recorded one, or an earlier move
    ("Kazakhstan moved its capital to Almaty in 1929, four years after Kyzylorda.", "2024-05-01", "KZ"),
    ("Nigeria first moved its capital to Lagos in 1914.", "2024-05-01", "NG"),
    ("Kazakhstan moved its capital in 1929 to Almaty from Kyzylorda.", "2024-05-01", "KZ"),
    # 5. years of service re-anchored by a qualifier right after the year
    ("The Panama Canal cut booking slots. The canal, which has been in service since 2000 under Panamanian "
     "management, is profitable.", "2024-05-01", "PA"),
    ("The Panama Canal cut booking slots. The canal, which has been in operation since 2000 in Panamanian hands, "
     "is profitable.", "2024-05-01", "PA"),
]

CAUGHT = [
    # 1. the state the ordinal is given to, the aside aside
    ("Sweden's accession, held up for months by Hungary, made it the 33rd member of NATO.", "2024-05-01", "GB",
     ("FC602", "33rd")),
    ("Finland, after months of waiting on Turkey, became NATO's 30th member.", "2024-05-01", "GB",
     ("FC602", "30th")),
    # 2. the state itself, or its federation
    ("Singapore left Malaysia in 1963 after two years of quarrels.", "2024-05-01", "SG", ("FC602", "1963")),
    ("Singapore quit the Malaysian federation in 1966.", "2024-05-01", "SG", ("FC602", "1966")),
    ("Singapore exited the federation in 1964 after two years.", "2024-05-01", "SG", ("FC602", "1964")),
    # 3. the recorded thing by its name, or "it"
    ("The United States handed the canal over to Panama in November 1999.", "2024-05-01", "PA",
     ("FC602", "November 1999")),
    ("The United States transferred the waterway's canal zone to Panama in 1998.", "2024-05-01", "PA",
     ("FC602", "1998")),
    ("Britain returned Hong Kong to China in 1996.", "2024-05-01", "HK", ("FC602", "1996")),
    # 4. the recorded destination, or none written
    ("Kazakhstan moved its capital to Akmola in 1995.", "2024-05-01", "KZ", ("FC602", "1995")),
    ("Kazakhstan moved its capital to Astana in 1996.", "2024-05-01", "KZ", ("FC602", "1996")),
    ("Kazakhstan moved its capital in 1995.", "2024-05-01", "KZ", ("FC602", "1995")),
    # 5. years of service with no qualifier
    ("The Panama Canal cut booking slots. The canal, which has been in operation since 2000, is profitable.",
     "2024-05-01", "PA", ("FC602", "2000")),
]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert _fc6(text, date, country) == []


@pytest.mark.parametrize("text,date,country,expected", CAUGHT)
def test_caught(text, date, country, expected):
    assert expected in _found(text, date, country)
