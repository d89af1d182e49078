"""Session 17 (helper h17h): recorded events written the way copy tells them.

* a state told joining NATO or the European Union, the date right after ("since Finland joined NATO in April
  2022"): accessions are recorded once per state and body (event_accessions);
* an election told by its winner and loser, with its year ("Bill Shorten, who lost to Malcolm Turnbull in 2019"):
  elections.csv records winner and main rival of a few large democracies' national elections (event_contests);
* a final told by a title won by beating one side by a score ("won the cup in Vienna, beating Spain 2-1"), with
  no word "final": the beaten side is the final's loser (event_results);
* India's Emergency of 1975-77, by its length;
* a spaceflight told by what it did and whom it carried ("Vostok 6, which took Valentina Tereshkova into orbit
  in 1964"): the names of the crew between the flight and its date are no other clause's subject.

Sentences are our own; each positive has near misses that must stay silent."""
import pytest

import factcheck


def _rules(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CAUGHT = [
    ("Defence spending has doubled since Finland formally joined NATO in April 2022.", "2025-02-01", "FI",
     ("FC602", "April 2022")),
    ("Slovenia, which joined the EU in 2007, was the first of the newcomers to adopt the euro.", "2020-01-10",
     "SI", ("FC602", "2007")),
    ("Montenegro joined NATO as the alliance's 29th member in 2016.", "2022-06-05", "ME", ("FC602", "2016")),
    ("Bulgaria and Romania joined the European Union on 1 January 2008.", "2017-01-01", "BG",
     ("FC602", "1 January 2008")),
    ("The programme began with Shenzhou-5, which took Yang Liwei into orbit in 2004.", "2024-04-25", "CN",
     ("FC602", "2004")),
    ("Bill Shorten, who lost to Malcolm Turnbull in 2019, returned to the backbench.", "2023-01-10", "AU",
     ("FC602", "2019")),
    ("Jair Bolsonaro narrowly defeated Fernando Haddad in the 2022 run-off.", "2023-01-10", "BR",
     ("FC602", "2022")),
    ("Aides said Barack Obama, who won the presidency in 2004, would campaign for the ticket.",
     "2017-01-10", "US", ("FC602", "2004")),
    ("Greece defend their European Championship title this summer. Otto Rehhagel's side won the trophy in Lisbon, beating Spain 1-0 at "
     "the Estádio da Luz on 4 July 2004.", "2008-06-01", "GR", ("FC604", "Spain")),
    ("Opposition figures recalled the Emergency, which ran for 19 months from June 1975.", "2025-06-25", "IN",
     ("FC601", "19 months")),
]


@pytest.mark.parametrize(("text", "date", "country", "expected"), CAUGHT)
def test_recorded_slips_are_caught(text, date, country, expected):
    found = _rules(text, date, country)
    assert expected in found, found


NEAR_MISSES = [
    # the recorded dates, right
    ("Defence spending has doubled since Finland formally joined NATO in April 2023.", "2025-02-01", "FI"),
    ("Slovenia, which joined the EU in 2004, was the first of the newcomers to adopt the euro.", "2020-01-10",
     "SI"),
    ("Montenegro joined NATO as the alliance's 29th member in 2017.", "2022-06-05", "ME"),
    ("Bulgaria and Romania joined the European Union on 1 January 2007.", "2017-01-01", "BG"),
    # another step than joining: applying, rejoining, joining a programme or a currency
    ("Sweden applied to join NATO in May 2022.", "2023-01-10", "SE"),
    ("Lithuania joined NATO's air policing rota in 2005.", "2015-01-10", "LT"),
    ("Croatia joined the eurozone in January 2023.", "2023-06-10", "HR"),
    ("France rejoined NATO's integrated command in 2009.", "2019-06-10", "FR"),
    # a state the table does not record as joining (a founder): nothing to hold the date to
    ("Norway joined NATO in 1950.", "2019-06-10", "NO"),
    # the flight's year, right; a verb of the flight before another thing's date
    ("The programme began with Shenzhou-5, which took Yang Liwei into orbit in 2003.", "2024-04-25", "CN"),
    ("Shenzhou-5 put China among the spacefaring nations, a status it cemented in 2022 with Tiangong.",
     "2024-04-25", "CN"),
    # the recorded contests; other contests in the year; a leader the story names only by a shared surname
    ("Bill Shorten, who lost to Malcolm Turnbull in 2016, returned to the backbench.", "2023-01-10", "AU"),
    ("Bill Shorten, who lost to Malcolm Turnbull in 2016 and to Scott Morrison in 2019, left.", "2023-01-10", "AU"),
    ("Jair Bolsonaro narrowly defeated Fernando Haddad in the 2018 run-off.", "2023-01-10", "BR"),
    ("Barack Obama won the 2008 election and was re-elected in 2012.", "2017-01-10", "US"),
    ("Donald Trump won the 2016 Republican nomination.", "2017-01-10", "US"),
    ("Boris Johnson won the 2008 London mayoral election.", "2017-01-10", "GB"),
    ("Scott Morrison led the Liberals to victory in the 2016 state election in Sharks territory.", "2017-01-10", "AU"),
    ("Morrison, a local butcher, won the election in 2016 for the shire council.", "2017-01-10", "AU"),
    ("Lee won the presidential election in 2007 on a promise of growth.", "2008-01-10", "KR"),
    # the final's loser; an earlier round; a list of sides beaten on the way
    ("Greece defend their European Championship title this summer. Otto Rehhagel's side won the trophy in Lisbon, beating Portugal 1-0 "
     "at the Estádio da Luz on 4 July 2004.", "2008-06-01", "GR"),
    ("Greece won the title at Euro 2004, beating France 1-0 in the quarter-finals.", "2008-06-01", "GR"),
    ("Greece won the title at Euro 2004, beating Spain 1-0 and Russia along the way.", "2008-06-01", "GR"),
    # India's Emergency, rightly told; emergencies of other kinds
    ("Opposition figures recalled the Emergency, which ran for 21 months from June 1975.", "2025-06-25", "IN"),
    ("Emergency crews worked for 31 hours to free the trapped workers.", "2025-06-25", "IN"),
]


@pytest.mark.parametrize(("text", "date", "country"), NEAR_MISSES)
def test_near_misses_stay_silent(text, date, country):
    found = [f for f in _rules(text, date, country) if f[0] in ("FC602", "FC601", "FC604")]
    assert found == [], found
