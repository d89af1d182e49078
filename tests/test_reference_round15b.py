"""Session 15 (newest seen batches): recorded events told in shapes newsroom copy uses, and two false alarms.

A state told winning its independence with the year in its clause ("X, which in 1957 became the first ... to win
independence"); a relative clause that puts the date before its verb ("the eruption, which in June 1991 buried");
a kind noun that refers back to the one event named just before, with a year one digit off; a prisoner's release
told again by the walk out of the gates; a recorded opening told through "it" ("Since it opened in ..., the line");
co-hosting cities listed before the Games they staged. Silent: the year a tournament was awarded to its hosts, and
a country that owns the club beaten ("beat Egypt's Al Ahly"). Every sentence here is our own.
"""
import pytest

import factcheck


def _found(text: str, date: str, country: str, rule: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == rule]


SLIPS = [
    ("Nigeria, which in 1962 gained independence from Britain, is Africa's most populous country.", "2024-10-01", "NG",
     "1962"),
    ("Jamaica gained its independence from Britain in 1966 and joined the Commonwealth.", "2024-08-06", "JM", "1966"),
    ("Ghana, which in 1959 became the first colony in West Africa to win independence, celebrated quietly.",
     "2024-03-06", "GH", "1959"),
    ("Farmers still dig ash from fields buried after the eruption of Mount Pinatubo. The eruption, which in June 1981 "
     "sent ash around the globe, cooled the planet.", "2024-06-15", "PH", "June 1981"),
    ("Schools closed across Luzon after the eruption of Mount Pinatubo. Villagers fled the eruption, which in June "
     "1971 buried farms under ash.", "2024-06-15", "PH", "June 1971"),
    ("Crowds gathered to mark the anniversary of Nelson Mandela's release. Mandela left the gates of Victor Verster "
     "prison, near Paarl, on 11 February 1992, after 27 years behind bars.", "2024-02-11", "ZA", "11 February 1992"),
    ("The Elizabeth line carries more passengers than any other railway in Britain. Since it opened in May 2023, "
     "the line has changed how Londoners commute.", "2025-01-20", "GB", "May 2023"),
    ("The Elizabeth line is now Britain's busiest railway. It opened in May 2020 after years of delay.",
     "2025-01-20", "GB", "May 2020"),
    ("Jakarta and Palembang co-hosted the 2010 Asian Games, lifting Indonesia's sporting ambitions.", "2023-08-18",
     "ID", "2010"),
]

CLEAN = [
    ("Nigeria, which in 1960 gained independence from Britain, is Africa's most populous country.", "2024-10-01", "NG"),
    ("Jamaica gained its independence from Britain in 1962, and reggae soon followed.", "2024-08-06", "JM"),
    # the year is not the clause's: the party, not the state
    ("The party, which in 1959 became the first to win independence for its members, split.", "2024-03-06", "GH"),
    ("Schools closed across Luzon after the eruption of Mount Pinatubo. Villagers fled the eruption, which in June "
     "1991 buried farms under ash.", "2024-06-15", "PH"),
    # a later thing told in the clause, not what the eruption did
    ("Schools closed across Luzon after the eruption of Mount Pinatubo. The eruption, which in 2001 was the subject "
     "of a film, still haunts them.", "2024-06-15", "PH"),
    ("Crowds gathered to mark the anniversary of Nelson Mandela's release. He walked out of Victor Verster prison "
     "near Paarl on 11 February 1990, raising his fist.", "2024-02-11", "ZA"),
    ("The Elizabeth line carries more passengers than any other railway in Britain. Since it opened in May 2022, "
     "the line has changed how Londoners commute.", "2025-01-20", "GB"),
    # "it" is the station the main clause names, not the line
    ("The Elizabeth line carries more passengers than any other railway. Since it opened in May 2023, the station "
     "has drawn shoppers.", "2025-01-20", "GB"),
    ("Jakarta and Palembang co-hosted the 2018 Asian Games, lifting Indonesia's sporting ambitions.", "2023-08-18",
     "ID"),
    # the Games were given to their hosts years before they were played
    ("Pyeongchang staged the Winter Olympics in 2018. Seoul has spent heavily on sport since the Games were awarded "
     "in 2011.", "2022-02-01", "KR"),
]


@pytest.mark.parametrize("text,date,country,figure", SLIPS)
def test_slip_is_flagged(text, date, country, figure):
    assert figure in _found(text, date, country, "FC602")


@pytest.mark.parametrize("text,date,country", CLEAN)
def test_clean_stays_silent(text, date, country):
    assert _found(text, date, country, "FC602") == []


# A country owning the side beaten is no side of the final: "beat Egypt's Al Ahly".
FINALS_CLEAN = [
    ("Two years after Lusail staged the 2022 World Cup final, Al Ain beat Mexico's Pachuca in a friendly there.",
     "2024-12-20", "QA"),
    ("Two years after Lusail staged the 2022 World Cup final, the club reached another by beating Egypt's Al Ahly.",
     "2024-12-20", "QA"),
]


@pytest.mark.parametrize("text,date,country", FINALS_CLEAN)
def test_owner_of_the_side_beaten_is_not_a_side(text, date, country):
    assert _found(text, date, country, "FC604") == []


def test_country_beaten_in_the_final_is_still_read():
    text = "A year after Lusail staged the World Cup final, in which Argentina beat Croatia on penalties, fans returned."
    assert _found(text, "2023-12-18", "QA", "FC604") == ["Croatia"]
