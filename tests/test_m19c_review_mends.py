"""Session 19 (helper m19c): false alarms a reviewer found in this session's new readers, mended by shape.

- FC602 (event_endings): an ending narrowed to a place ("... in Europe"), hedged as a matter of form ("formally
  ending"), or told of a surrender, treaty or announcement a few months off the record is not the record's day.
- FC214 (plausibility_direction): a currency quoted per dollar and a rank in a table fall to larger numbers.
- FC204 (plausibility_calendar): days far beyond ten years' worth are a total over many calendars; the message
  names a figure once, with its own noun.
The SILENT sentences are the reviewer's probes; each fired before this mend. The STILL_FIRES sentences are our own
and keep each reading's catches."""
import pytest

import factcheck


def _found(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


SILENT = [
    # FC602: VE Day, VJ Day and the Versailles treaty told as the war's end
    ("Germany surrendered on 8 May 1945, ending the Second World War in Europe.", "2020-05-08", "DE", "FC602"),
    ("Emperor Hirohito announced Japan's surrender in August 1945, ending the war.", "2020-08-15", "JP", "FC602"),
    ("Japan announced its surrender on 15 August 1945, ending the Second World War.", "2020-08-15", "JP", "FC602"),
    ("The Treaty of Versailles was signed in June 1919, formally ending the First World War.", "2019-06-28", "FR",
     "FC602"),
    # FC214: a currency per dollar, a place in the standings
    ("Lebanon's currency fell to 15,000 from 1,507 after the official rate was changed on Wednesday.",
     "2023-02-01", "LB", "FC214"),
    ("Sudan's pound slid to 1,000 from 100 last year.", "2023-02-01", "SD", "FC214"),
    ("The team slipped to 20 from 2 in the standings after the defeat.", "2023-02-01", "GB", "FC214"),
    # FC204: many rooms', vehicles' and people's days added up
    ("The city's hotels sold 400,000 nights a year before the pandemic.", "2023-02-01", "CL", "FC204"),
    ("Its 40 buses and trams clock up 14,000 operating days a year.", "2023-02-01", "GB", "FC204"),
    ("Walkers spend an estimated 2 million days a year on the national trails.", "2023-02-01", "GB", "FC204"),
    # our own near misses of the same shapes
    ("Soviet troops took the city in May 1945, ending the war in Europe.", "2020-05-08", "RU", "FC602"),
    ("The rupee dropped to 3,000 from 300 against the dollar in the crisis.", "2023-02-01", "LK", "FC214"),
    ("The club fell to 14th place from 1 in the league table.", "2023-02-01", "GB", "FC214"),
    ("Campers booked 5,000 pitch nights a year at the lakeside site.", "2023-02-01", "GB", "FC204"),
]

STILL_FIRES = [
    # a surrender dated years off the record, and a plain act ending the war unhedged
    ("Japan announced its surrender on 15 August 1948, ending the Second World War.", "2020-08-15", "JP",
     "FC602", "15 August 1948"),
    ("Allied troops crossed the Rhine in March 1947, ending the Second World War.", "2020-05-08", "DE",
     "FC602", "March 1947"),
    # a level, not a currency or a rank
    ("Rice exports dropped to 8,000 tonnes from 800 tonnes last season.", "2023-02-01", "TH", "FC214",
     "8,000 tonnes"),
    # one place's calendar
    ("The desert town gets 410 sunny days a year, its tourist board says.", "2023-02-01", "ES", "FC204", "410"),
]


@pytest.mark.parametrize(("text", "date", "country", "rule"), SILENT)
def test_silent(text, date, country, rule):
    found = _found(text, date, country)
    assert not [f for f in found if f[0] == rule], found


@pytest.mark.parametrize(("text", "date", "country", "rule", "figure"), STILL_FIRES)
def test_still_fires(text, date, country, rule, figure):
    found = _found(text, date, country)
    assert (rule, figure) in found, found


def test_calendar_message_names_the_figure_once():
    """ "420 nights" read as a duration: the message says "420 nights a year", not "420 nights days a year"."""
    findings = [f for f in factcheck.check("The plateau sees 420 nights a year without cloud.", date="2023-02-01",
                                           country="CL") if f.rule == "FC204"]
    assert findings, "the calendar's bound should still be read"
    message = findings[0].message
    assert "420 nights a year" in message and "nights days" not in message, message
