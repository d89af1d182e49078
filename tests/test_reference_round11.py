"""Round 11 (reference): a recorded event's date told apart from its name, in our own words.

* A date in a clause of the event's own happening ("the victims of the tsunami, which was set off by a quake off
  Sumatra on ...", "the gunmen who attacked the capital on ...") is the event's, whatever the main clause does
  about it (a verdict, a vigil); "since gunmen stormed the mall in ..." dates the storming, not a time after it;
  "the first World Cup since ..." compares, it tells no aftermath.
* "since the night of <date>, when gunmen attacked the Bataclan": the when-clause tells what happened on the
  date (never "when survivors recalled how ..."); a happening placed in a country the event did not touch is
  another one.
* A match of a recorded tournament (a stage word, the series written, a host place) dated a year off the
  edition's weeks is a slip of its year (another competition named, or the stated day a recorded tournament's
  own, stays silent).
* A tournament's first day is its "opener"; attackers' verbs (attacked, stormed, bombed) tell an attack happening.
* A host's own edition written in a year in which the series staged none ("hosted the World Cup in November and
  December 2021") is a slip of the host's edition; a month span before the year is read as one date.
* When the first reader ties a date to an event whose own day the sentence also writes ("voted for Brexit on ...
  and left on 31 January 2020"), the next reader gets the date.
* A year written on an event's noun ("the 1967 war lasted", "the war of 1967") narrows the events of its kind
  to that year's, so a duration finds its war.
* "one-day tournament", "a one-day series": cricket's format, not how long a recorded tournament ran.
"""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    # a clause of the event's own happening, behind what the main clause does about it
    ('2024-12-26', 'ID', 'Families gathered at the mass grave to remember those lost to the Indian Ocean tsunami, '
     'which was set off by a huge undersea quake off Sumatra on 26 December 2005.', '26 December 2005'),
    ('2024-12-26', 'LK', 'Vigils were held along the coast for the dead of the Boxing Day tsunami, which swept '
     'ashore on December 26, 2003.', 'December 26, 2003'),
    ('2024-12-26', 'TH', 'Hotels in Khao Lak held a minute of silence for the victims of the 2004 tsunami, '
     'which struck the resort on 26 December 2006.', '26 December 2006'),
    ('2023-05-10', 'FR', 'Judges on Tuesday sentenced the last defendant linked to the commando that attacked '
     'Paris on 13 November 2016.', '13 November 2016'),
    ('2023-05-10', 'FR', 'The trial over the Paris attacks ended with 20 convictions of men tied to the gunmen '
     'who stormed the Bataclan on 13 November 2014.', '13 November 2014'),
    # "since" + a clause with its own verb: the date is the verb's
    ('2025-03-25', 'KE', 'Mall owners have added scanners ever since militants stormed Westgate mall in '
     'September 2015.', 'September 2015'),
    ('2025-03-25', 'KE', 'Insurers have raised premiums for Nairobi malls since gunmen attacked Westgate in '
     'September 2011.', 'September 2011'),
    # the date, then a when-clause telling the event happening
    ('2025-11-13', 'FR', 'Ten years have passed since the night of 13 November 2016, when gunmen attacked the '
     'Bataclan.', '13 November 2016'),
    ('2025-11-13', 'FR', 'Survivors still talk of 13 November 2014, when jihadists stormed the Bataclan concert '
     'hall.', '13 November 2014'),
    # a final told by its day, with a comparison after it
    ('2026-06-24', 'ZA', "On 24 June 1996, Pienaar's side beat the All Blacks 15-12 at Ellis Park to lift the "
     "Rugby World Cup, the country's first major title since readmission.", '24 June 1996'),
    ('2026-06-24', 'ZA', 'On 24 June 1994 the Springboks won the Rugby World Cup final against New Zealand at '
     'Ellis Park, their only home triumph since the 1960s.', '24 June 1994'),
    # the tournament's opener
    ('2021-09-08', 'ZA', "Soccer City is still remembered for the 2010 World Cup. It staged the opener, the "
     "hosts' draw with Mexico, on 11 June 2012.", '11 June 2012'),
    ('2021-09-08', 'ZA', "Vendors at the 2010 World Cup stadium recall the tournament's opener against Mexico "
     "on 11 June 2009 as their best day.", '11 June 2009'),
    # a host's own edition in a year the series staged none
    ('2026-01-14', 'QA', 'Since Qatar hosted the World Cup in November and December 2021, the stadiums have '
     'stood half empty.', 'December 2021'),
    ('2026-01-14', 'QA', 'Qatar hosted the World Cup in November-December 2023 and has bid for the Olympics '
     'since.', 'December 2023'),
    ('2026-01-14', 'QA', 'Eight venues were built after Qatar staged the FIFA World Cup in late 2021.', '2021'),
    ('2025-07-01', 'BR', 'Brazil hosted the World Cup in June and July 2015, and several of its arenas now '
     'host only state-league games.', 'July 2015'),
    ('2025-07-01', 'ZA', 'South Africa hosted the Rugby World Cup in May and June 1996, a year after Mandela '
     'walked free.', 'June 1996'),
    # a match of the edition, at its host, a year off its weeks
    ('2026-06-09', 'MA', 'Eleven of the squad started the quarter-final win over Portugal in Doha on 10 December '
     '2021, the night Morocco reached the last four of the World Cup.', '10 December 2021'),
    ('2026-06-09', 'MA', 'Morocco reached the World Cup semi-finals in Qatar after edging Portugal on 10 December '
     '2023.', '10 December 2023'),
    ('2026-06-09', 'AR', 'Argentina lost their World Cup group opener to Saudi Arabia at Lusail in Qatar on '
     '22 November 2021.', '22 November 2021'),
    ('2025-07-01', 'ZA', 'Bafana Bafana drew their World Cup group opener with Mexico in Johannesburg, South '
     'Africa on 11 June 2009.', '11 June 2009'),
    # a duration on an event's noun with its year: of the country's wars, that year's
    ('2025-07-01', 'IL', 'The 1967 war lasted nine days.', 'nine days'),
    ('2025-07-01', 'IL', 'The 1967 war, which lasted only nine days, redrew the map.', 'nine days'),
    ('2025-07-01', 'IL', "Israel's 1967 war lasted just nine days.", 'nine days'),
    ('2026-01-25', 'EG', 'The 2011 uprising lasted only 28 days.', '28 days'),
    # the first reader took another event of the sentence
    ('2025-06-20', 'GB', 'Britain voted for Brexit on 23 June 2015 and left the bloc on 31 January 2020.',
     '23 June 2015'),
    ('2025-06-20', 'GB', 'Britons voted for Brexit on June 23, 2014, and the UK formally left on January 31, '
     '2020.', 'June 23, 2014'),
]

SILENT = [
    # the record's own dates, told the same ways
    ('2024-12-26', 'ID', 'Families gathered at the mass grave to remember those lost to the Indian Ocean tsunami, '
     'which was set off by a huge undersea quake off Sumatra on 26 December 2004.'),
    ('2023-05-10', 'FR', 'Judges on Tuesday sentenced the last defendant linked to the commando that attacked '
     'Paris on 13 November 2015.'),
    ('2025-03-25', 'KE', 'Mall owners have added scanners ever since militants stormed Westgate mall in '
     'September 2013.'),
    ('2026-06-24', 'ZA', "On 24 June 1995, Pienaar's side beat the All Blacks 15-12 at Ellis Park to lift the "
     "Rugby World Cup, the country's first major title since readmission."),
    ('2026-01-14', 'QA', 'Since Qatar hosted the World Cup in November and December 2022, the stadiums have '
     'stood half empty.'),
    ('2025-06-20', 'GB', 'Britain voted for Brexit on 23 June 2016 and left the bloc on 31 January 2020.'),
    # what was done about the event on its own later day
    ('2024-12-26', 'ID', 'Families gathered at the mass grave on 26 December 2005 to mark a year since the '
     'Indian Ocean tsunami, which struck Aceh in 2004.'),
    ('2023-05-10', 'FR', 'A memorial to the victims of the Paris attacks was unveiled on 13 November 2016, a '
     'year after the gunmen struck.'),
    ('2025-03-25', 'KE', 'A year after gunmen stormed Westgate mall, on 21 September 2014, the owners reopened '
     'it.'),
    ('2025-03-25', 'KE', 'The mall reopened in July 2015, almost two years after the Westgate attack.'),
    ('2025-11-13', 'FR', 'Ten years have passed since the night of 13 November 2015, when gunmen attacked the '
     'Bataclan.'),
    ('2025-11-13', 'FR', 'On 13 November 2016, when mourners laid flowers outside the Bataclan, the mayor spoke.'),
    ('2025-11-13', 'FR', 'On 13 November 2016, when the Bataclan reopened with a Sting concert, survivors wept.'),
    ('2025-11-13', 'FR', 'On 13 November 2016, when survivors recalled how gunmen attacked the Bataclan, the mayor '
     'spoke.'),
    ('2025-11-25', 'IN', 'Mumbai recalled the 26/11 attacks. Gunmen attacked a hotel in Kabul on November 26, 2009.'),
    # another edition or another series
    ('2026-01-14', 'QA', 'Qatar hosted the Club World Cup in December 2020 and February 2021.'),
    ('2025-07-01', 'BR', 'Brazil hosted the Copa America in June and July 2019.'),
    ('2026-01-14', 'QA', 'Fans watched the World Cup in November and December 2018 on big screens in Doha.'),
    # a match of another competition, of the edition's own weeks, or away from its host
    ('2026-06-09', 'MA', 'Morocco beat Algeria in the Arab Cup quarter-final in Doha on 10 December 2021.'),
    ('2026-06-09', 'MA', 'Morocco beat Portugal in the World Cup quarter-final in Doha on 10 December 2022.'),
    ('2026-06-09', 'MA', 'Morocco beat Portugal in a friendly in Doha on 10 December 2021.'),
    ('2026-06-09', 'MA', 'Morocco won a World Cup qualifier in Rabat on 10 December 2021.'),
    ('2026-06-09', 'MA', 'Morocco will play their World Cup quarter-final in Doha on 10 December 2026.'),
    # the year's own war, or a year with no war recorded
    ('2025-07-01', 'IL', 'The 1967 war lasted six days.'),
    ('2025-07-01', 'IL', 'The 2006 war in Lebanon lasted 34 days.'),
    ('2025-07-01', 'IL', 'The 1948 war lasted about ten months.'),
    ('2025-07-01', 'IL', 'The 1967 war of attrition along the canal lasted three years.'),
    ('2025-07-01', 'IN', 'The 1971 war lasted 13 days.'),
    ('2025-07-01', 'EG', 'The 2013 protests lasted four days before the army stepped in.'),
    ('2025-07-01', 'KE', 'The 2013 siege lasted four days.'),
    # a one-day format, not a length
    ('2025-10-12', 'IN', 'Kozhikode won the final of the inter-district under-19 one-day tournament on Monday '
     'as the Cricket World Cup 2023 build-up began.'),
    ('2025-10-12', 'IN', 'India will play a three-match one-day series against Australia before the Cricket '
     'World Cup 2023.'),
    ('2025-10-12', 'IN', 'The 2023 Cricket World Cup was the last 50-over global event before the one-day '
     'format was trimmed.'),
]


@pytest.mark.parametrize("date,country,text,figure", FLAGGED)
def test_flagged(date, country, text, figure):
    assert figure in " ".join(found(text, date, country, "reference"))


@pytest.mark.parametrize("date,country,text", SILENT)
def test_silent(date, country, text):
    assert found(text, date, country, "reference") == []
