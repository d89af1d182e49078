"""Session 18 (helper h18b): a year written onto a war found by its participants, its other side named ("the
2006 war with Russia" in a story from Georgia; coups and referendums are left alone), and families of often-cited events added to events.csv (deaths,
assassinations, attacks, disasters, openings). Every sentence is our own."""
import pytest

import factcheck

CATCHES = [
    # a war found by its participants, its year a little off: the one war on record between them
    ("Thousands of families have lived in collective centres since the 2006 war with Russia.", "2024-05-10", "GE",
     "2006"),
    # the families: a famous death, an assassination, an attack, a disaster and an opening told a year off
    ("Cuba has changed slowly since Fidel Castro's death in 2015.", "2024-05-10", "CU", "2015"),
    ("The assassination of Olof Palme in 1987 is still debated in Stockholm.", "2024-05-10", "SE", "1987"),
    ("The Beirut barracks bombing in October 1984 killed 241 American servicemen.", "2024-05-10", "US",
     "October 1984"),
    ("The Doña Paz sank in December 1988 after colliding with a tanker.", "2024-05-10", "PH", "December 1988"),
    ("The Golden Gate Bridge opened in May 1938.", "2024-05-10", "US", "May 1938"),
]

NEAR_MISSES = [
    # the year on record: nothing to say
    ("Thousands of families have lived in collective centres since the 2008 war with Russia.", "2024-05-10", "GE"),
    # a war with no other side named may be another one (a civil war, a war of independence): not read
    ("Villagers near Gori still rebuild homes burned in the 2010 war.", "2024-05-10", "GE"),
    # a year far off is another war (Abkhazia, 1992-93), not a slip of the one on record
    ("Many still recall the 1992 war in Abkhazia.", "2024-05-10", "GE"),
    # a month written with the year is read by the stricter rule for a date found by kind, not as a bare year
    ("Two coups on record: Thailand's army took power again in the 2016 coup, which the junta denies.",
     "2024-05-10", "TH"),
    # the right year for a death and an opening
    ("Cuba has changed slowly since Fidel Castro's death in 2016.", "2024-05-10", "CU"),
    ("The Golden Gate Bridge opened in May 1937.", "2024-05-10", "US"),
    # an earthquake year in a Christchurch story is the 2011 sequence's, not an added row's
    ("The track has been rebuilt since the 2011 earthquakes closed much of the Port Hills.", "2024-05-10", "NZ"),
]


@pytest.mark.parametrize("text,date,country,flagged", CATCHES)
def test_catches(text, date, country, flagged):
    assert flagged in [f.text for f in factcheck.check(text, date=date, country=country)]


@pytest.mark.parametrize("text,date,country", NEAR_MISSES)
def test_near_misses_stay_silent(text, date, country):
    assert [f.text for f in factcheck.check(text, date=date, country=country)] == []
