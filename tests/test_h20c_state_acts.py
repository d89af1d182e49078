"""Session 20 (helper h20c): a state's recorded act told by its verb, and an opening told by years of service.

* a state told leaving the state it separated from ("Bangladesh broke away from Pakistan in 1972"): its recorded
  independence, when both are its participants (event_acts);
* a state told moving its capital ("Brazil moved its capital to Brasília in 1961"): kind "capital move";
* a state told handing something over to another ("Portugal handed Macau back to China"), or handing "it" over in
  a story about the taker: the recorded handover or transfer of the two;
* "the peace agreement signed in": the one recorded agreement of the story's country whose name's other words
  the story wrote before;
* "The canal, which has been in service since 1904": a thing's years of use run from its recorded opening.

Sentences are our own; each positive has near misses that must stay silent."""
import pytest

import factcheck


def _rules(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CAUGHT = [
    ("Port tariffs are set in Singapore dollars. The island, which separated from Malaysia in 1964, still buys its "
     "raw water across the causeway.", "2021-03-02", "SG", ("FC602", "1964")),
    ("Singapore quit the Malaysian federation on 9 August 1966 after two years of quarrels.", "2022-08-09", "SG",
     ("FC602", "9 August 1966")),
    ("Brazil moved its capital inland, from Rio de Janeiro to the planned city of Brasília, in 1961.", "2020-04-21",
     "BR", ("FC602", "1961")),
    ("Nigeria relocated its capital from Lagos to Abuja in December 1992, and ministries followed slowly.",
     "2021-12-12", "NG", ("FC602", "December 1992")),
    ("Tolls now go to the treasury in Panama City. Washington ran the waterway for decades until the United States "
     "handed it over on 31 December 1998.", "2023-05-01", "PA", ("FC602", "31 December 1998")),
    ("Britain handed Hong Kong back to China on 1 July 1996, ending 156 years of colonial rule.", "2022-07-01", "HK",
     ("FC602", "1 July 1996")),
    ("Former FARC fighters say land promised to them has not arrived. The peace accord signed in November 2015 "
     "promised rural reform.", "2021-11-24", "CO", ("FC602", "November 2015")),
    ("Ships queue at Gatún. The Panama Canal cut booking slots again. The canal, which has been in service since "
     "1910, depends on rain.", "2023-10-01", "PA", ("FC602", "1910")),
]

SILENT = [
    # the record's own dates
    ("The island, which separated from Malaysia in 1965, still buys its raw water across the causeway.",
     "2021-03-02", "SG"),
    ("Brazil moved its capital from Rio de Janeiro to Brasília in 1960.", "2020-04-21", "BR"),
    ("Britain handed Hong Kong back to China on 1 July 1997.", "2022-07-01", "HK"),
    ("Former FARC fighters say land has not arrived. The peace accord signed in November 2016 promised reform.",
     "2021-11-24", "CO"),
    ("The Panama Canal cut slots. The canal, which has been in service since 1914, depends on rain.",
     "2023-10-01", "PA"),
    # a state leaving a body, not a state: no independence is meant
    ("Qatar left OPEC in 2017 to focus on gas.", "2022-01-10", "QA"),
    ("Britain left the European Union in 2020.", "2022-01-10", "GB"),
    # a state the table records no move for, and a decision to move, not the move
    ("Indonesia moved its capital to Nusantara in 2023.", "2024-08-17", "ID"),
    ("Nigeria decided to move its capital from Lagos to Abuja in 1976.", "2021-12-12", "NG"),
    # the date belongs to another clause
    ("Brazil moved its capital to Brasília, which was renamed in 1961.", "2020-04-21", "BR"),
    # handing over something else, to a state with no recorded transfer
    ("The United States handed the files over to Mexico on 3 May 2019.", "2023-05-01", "MX"),
    ("Washington handed it over on 31 December 1998.", "2023-05-01", "US"),
    # a new agreement, and one whose other words the story never wrote
    ("Rebels rejected the new peace deal signed in March 2024.", "2024-05-01", "CO"),
    ("The peace accord signed in November 2015 promised rural reform.", "2021-11-24", "CO"),
    # years of service that are not the opening's
    ("The Panama Canal cut slots. The canal, which has been in service since its expansion in 2015, depends on "
     "rain.", "2023-10-01", "PA"),
]


@pytest.mark.parametrize("text,date,country,expected", CAUGHT)
def test_caught(text, date, country, expected):
    assert expected in _rules(text, date, country)


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert [r for r in _rules(text, date, country) if r[0].startswith("FC6")] == []
