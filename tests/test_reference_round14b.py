"""Session 14 (second pass): dates of recorded events told in shapes newsroom copy uses.

A preposition of place after the event's noun ("survivors of the 2023 earthquakes out of their tents"), the event's
own verb with the places it struck ("devastated X and Y in", "made landfall as a Category 4 storm in"), a civil war
told by its sides ("the civil war between the army and the rebels ended in"), a volcano's eruption by its place,
and rows added to events.csv (Winter Olympics, Eurovision hosts, Abiy Ahmed's Nobel Peace Prize). Every sentence
here is our own.
"""
import pytest

import factcheck


def _dates(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC602"]


SLIPS = [
    ("Relief groups moved families hit by the February 2021 earthquakes out of tent camps.", "2024-06-10", "TR",
     "February 2021"),
    ("The convoy reached survivors of the February 2022 earthquakes across southern Türkiye.", "2024-06-10", "TR",
     "February 2022"),
    ("Insurers recall how Hurricane Katrina devastated Gulfport and the Mississippi Sound in August 2004.", "2024-08-29", "US",
     "August 2004"),
    ("Power was cut island-wide after Hurricane Maria made landfall as a Category 4 storm in September 2018.",
     "2022-09-20", "US", "September 2018"),
    ("Rebuilding in Jaffna began after the civil war between the army and the Tamil Tigers ended in May 2010.",
     "2019-05-18", "LK", "May 2010"),
    ("Airlines still plan for a repeat of the April 2011 eruption of Eyjafjallajökull in Iceland.", "2023-04-14",
     "DE", "April 2011"),
    ("Engineers have raised the dikes since the North Sea flood of 1955, which drowned much of Zeeland.",
     "2023-02-01", "NL", "1955"),
    ("Hotels filled up when Lisbon staged the Eurovision Song Contest in 2016.", "2023-05-02", "PT", "2016"),
    ("Nagano hosted the Winter Olympics in 1996, and its ski jumps still draw visitors.", "2023-02-07", "JP",
     "1996"),
    ("Abiy Ahmed received the Nobel Peace Prize in 2018 for making peace with Eritrea.", "2023-11-02", "ET",
     "2018"),
]

CLEAN = [
    ("Families hit by the February 2023 earthquakes moved out of tent camps in Kahramanmaraş.", "2024-06-10", "TR"),
    ("Insurers recall how Hurricane Katrina devastated Gulfport and the Mississippi Sound in August 2005.", "2024-08-29", "US"),
    ("Power was cut island-wide after Hurricane Maria made landfall as a Category 4 storm in September 2017.",
     "2022-09-20", "US"),
    # the "and" opens another clause, whose date is its own
    ("Hurricane Katrina devastated Biloxi and the city rebuilt its levees in 2008.", "2024-08-29", "US"),
    ("Rebuilding in Jaffna began after the civil war between the army and the Tamil Tigers ended in May 2009.",
     "2019-05-18", "LK"),
    ("Airlines still plan for a repeat of the April 2010 eruption of Eyjafjallajökull in Iceland.", "2023-04-14",
     "DE"),
    ("Hotels filled up when Lisbon staged the Eurovision Song Contest in 2018.", "2023-05-02", "PT"),
    ("Nagano hosted the Winter Olympics in 1998, and its ski jumps still draw visitors.", "2023-02-07", "JP"),
    ("Abiy Ahmed received the Nobel Peace Prize in 2019 for making peace with Eritrea.", "2023-11-02", "ET"),
    # a new eruption of the kind, no place of a recorded one
    ("A fissure eruption in March 2021 drew hikers to the Reykjanes peninsula.", "2023-04-14", "IS"),
]


@pytest.mark.parametrize("text,date,country,wrong", SLIPS)
def test_slip_flagged(text, date, country, wrong):
    assert wrong in _dates(text, date, country)


@pytest.mark.parametrize("text,date,country", CLEAN)
def test_clean_silent(text, date, country):
    assert _dates(text, date, country) == []


# A final's result (FC604): a final placed in its host country, a ground that staged several finals narrowed by the
# sides written, a winner told by "lifting the trophy", and no edition yet to be played.
def _results(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC604"]


RESULT_SLIPS = [
    ("Spain beat Italy 2-0 in the World Cup final in Qatar, the pundit told viewers.", "2023-06-01", "ES", "Spain"),
    ("At the Maracanã, Germany defeated Brazil in the World Cup final.", "2024-07-13", "DE", "Brazil"),
    ("Qatar hosted the World Cup in 2022. The month ended with Croatia lifting the trophy in the final at Lusail "
     "Stadium.", "2023-06-01", "QA", "Croatia"),
]

RESULT_CLEAN = [
    ("Argentina beat France on penalties in the World Cup final in Qatar, the pundit told viewers.", "2023-06-01",
     "AR"),
    ("At the Maracanã, Germany defeated Argentina in the World Cup final.", "2024-07-13", "DE"),
    ("Uruguay beat Brazil at the Maracanã to win the World Cup.", "2024-07-13", "UY"),
    ("Argentina beat Croatia in the semi-final in Qatar before the final against France.", "2023-06-01", "AR"),
    ("Qatar hosted the World Cup in 2022. The month ended with Argentina lifting the trophy in the final at Lusail "
     "Stadium.", "2023-06-01", "QA"),
]


@pytest.mark.parametrize("text,date,country,wrong", RESULT_SLIPS)
def test_result_slip_flagged(text, date, country, wrong):
    assert wrong in _results(text, date, country)


@pytest.mark.parametrize("text,date,country", RESULT_CLEAN)
def test_result_clean_silent(text, date, country):
    assert _results(text, date, country) == []


# An edition named by its year with a city that staged another edition of the series (FC605).
def _hosts(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.rule == "FC605"]


CITY_SLIPS = [
    ("The rowing course, dug for the 2000 Melbourne Olympics, is being dredged.", "2024-03-01", "AU", "Melbourne"),
    ("Officials toured venues left over from the 2014 Vancouver Winter Olympics.", "2024-03-01", "CA", "Vancouver"),
    ("The athletes' village of the 2014 Guangzhou Asian Games is now housing.", "2024-03-01", "KR", "Guangzhou"),
]

CITY_CLEAN = [
    ("The rowing course, dug for the 2000 Sydney Olympics, is being dredged.", "2024-03-01", "AU"),
    ("The pool was built for the 1956 Melbourne Olympics and rebuilt for the 2006 Commonwealth Games.", "2024-03-01",
     "AU"),
    ("Officials toured venues left over from the 2010 Vancouver Winter Olympics.", "2024-03-01", "CA"),
    # a word of the series' own title is no city
    ("The 2000 Summer Olympics and the 2019 Rugby World Cup drew record crowds.", "2024-03-01", "AU"),
    ("The 2000 Olympic Games opened in Sydney.", "2024-03-01", "AU"),
]


@pytest.mark.parametrize("text,date,country,wrong", CITY_SLIPS)
def test_city_slip_flagged(text, date, country, wrong):
    assert wrong in _hosts(text, date, country)


@pytest.mark.parametrize("text,date,country", CITY_CLEAN)
def test_city_clean_silent(text, date, country):
    assert _hosts(text, date, country) == []


# A state's independence, which it has once, found by kind with a year a few off the record (FC602).
INDEPENDENCE_SLIPS = [
    ("Nairobi has had five mayors since independence in 1968, the council said.", "2022-08-15", "KE", "1968"),
    ("The island has had four prime ministers since independence in 1969.", "2024-08-09", "SG", "1969"),
]

INDEPENDENCE_CLEAN = [
    ("Nairobi has had many mayors since independence in 1963, the council said.", "2022-08-15", "KE"),
    # a central bank's or a court's independence is not the state's
    ("The central bank was granted independence in 1970, the council said.", "2022-08-15", "KE"),
    # another state's, in a story of one with no record
    ("Tanzania won independence in 1961, two years before its neighbour.", "2022-08-15", "TZ"),
    # far from the record: another thing's year, not a slip
    ("East Timor declared independence in 1975, days before Indonesia invaded.", "2022-08-15", "TL"),
]


@pytest.mark.parametrize("text,date,country,wrong", INDEPENDENCE_SLIPS)
def test_independence_slip_flagged(text, date, country, wrong):
    assert wrong in _dates(text, date, country)


@pytest.mark.parametrize("text,date,country", INDEPENDENCE_CLEAN)
def test_independence_clean_silent(text, date, country):
    assert _dates(text, date, country) == []
