"""Session 16 (ref16): reference readings of events told without their full names, in our own words.

* A thing named just before "since it opened in" is what "it" stands for; "The bridge, which opened in" tells again
  a recorded opening whose thing the story named before and whose head noun opens the sentence.
* "the first Paris Games since 1936": the place's previous edition, told by the year after "since".
* "when they co-hosted the 2006 World Cup": the pronoun is the one country named just before it.
* "beat X in the final there": the ground the story named before staged the final, which picks the edition.
* "<day and month>, the anniversary of the 1987 earthquake": the earlier event's day and month are that day's.
* "the eruption of the Eyjafjallajökull volcano" is a name of the eruption of Eyjafjallajökull.
* "The MS Estonia, which sank ... in": a thing of a one-day event ("sinking of the MS Estonia") and its own verb.
* events.csv: the baht's float (2 July 1997), the Channel Tunnel's opening (6 May 1994), Singapore's circuit
  breaker (7 April - 1 June 2020) and Cyclone Shaheen's landfall in Oman (3 October 2021).
"""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    # a thing named right before "since it opened"
    ('2021-05-02', 'GB', 'Coach operators have used the Channel Tunnel since it opened in 1997, a spokesman said.', '1997'),
    ('2021-05-02', 'AU', 'Crews began repainting the Sydney Harbour Bridge on Monday. The bridge, which opened in 1930, '
                         'takes eight lanes of traffic.', '1930'),
    # the place's previous edition after "since"
    ('2012-08-13', 'GB', 'Organisers called it the first London Olympics since 1952, with record crowds.', '1952'),
    ('2024-08-12', 'FR', 'Athletes praised the first Paris Olympics since 1928 for its river venues.', '1928'),
    # "they" as the host: the one country named before it
    ('2023-06-01', 'JP', 'Japan have reached seven finals. They won plaudits when they co-hosted the 2006 World Cup '
                         'alongside their neighbours.', '2006'),
    # the final there: the ground the story is about
    ('2024-03-02', 'IN', 'The Wankhede Stadium will get a new roof. It was refurbished before the 2011 World Cup, when '
                         'the home side beat Pakistan in the final there.', 'Pakistan'),
    # the anniversary's day is the earlier event's day
    ('2019-09-20', 'MX', 'Buildings shook on Sept. 19, 2017, the 32nd anniversary of the deadly 1983 earthquake in Mexico '
                         'City.', '1983'),
    # a volcano's kind written after its name
    ('2022-04-14', 'IS', 'Farmers recall the eruption of the Eyjafjallajökull volcano in 2011 and the ash on their '
                         'fields.', '2011'),
    # a ship named, then its verb
    ('2022-09-28', 'FI', 'The MS Estonia, which sank in a storm on its way from Tallinn to Stockholm in September '
                         '1996, still draws divers.', 'September 1996'),
    # new rows
    ('2023-07-03', 'TH', 'Bankers still talk about July 1998, when the central bank floated the baht.', 'July 1998'),
    ('2022-04-07', 'SG', 'Restaurants closed during the circuit breaker, which started on 7 April 2021.', '7 April 2021'),
    ('2022-06-01', 'OM', 'Cyclone Shaheen, which came ashore in October 2020, wrecked farms along the coast.',
     'October 2020'),
]

SILENT = [
    ('2021-05-02', 'GB', 'Coach operators have used the Channel Tunnel since it opened in 1994, a spokesman said.'),
    # "it" is the port, not the tunnel named before it
    ('2021-05-02', 'GB', 'Lorries use the Channel Tunnel, and the port has grown since it opened in 1998.'),
    ('2021-05-02', 'AU', 'Crews began repainting the Sydney Harbour Bridge on Monday. The bridge, which opened in 1932, '
                         'takes eight lanes of traffic.'),
    # another bridge's head noun than the named thing's
    ('2021-05-02', 'AU', 'Crews began repainting the Sydney Harbour Bridge on Monday. The tunnel, which opened in 1992, '
                         'takes four lanes.'),
    ('2012-08-13', 'GB', 'Organisers called it the first London Olympics since 1948, with record crowds.'),
    # "since" a year not told of the place's Games
    ('2024-08-12', 'FR', 'Paris hotels have been full since 2019, the Olympics organisers said.'),
    ('2023-06-01', 'KR', 'South Korea have reached the finals ten times. Their best run came when they co-hosted the '
                         '2002 World Cup with Japan.'),
    # two countries before the pronoun: whose hosting is not told
    ('2023-06-01', 'KR', 'South Korea and Germany drew. Their fans recalled when they hosted the 2006 World Cup.'),
    ('2024-03-02', 'IN', 'The Wankhede Stadium will get a new roof. It was refurbished before the 2011 World Cup, when '
                         'the home side beat Sri Lanka in the final there.'),
    # no ground named before: "there" cannot be read
    ('2024-03-02', 'IN', 'Fans recalled the 2011 World Cup, when the home side beat Pakistan in the final there.'),
    ('2019-09-20', 'MX', 'Buildings shook on Sept. 19, 2017, the 32nd anniversary of the deadly 1985 earthquake in Mexico '
                         'City.'),
    ('2022-04-14', 'IS', 'Farmers recall the eruption of the Eyjafjallajökull volcano in 2010 and the ash on their '
                         'fields.'),
    ('2022-09-28', 'FI', 'The MS Estonia, which sank off the Finnish coast in September 1994, still draws divers.'),
    # the ship's verb, but the date belongs to another clause's time
    ('2022-09-28', 'FI', 'The MS Estonia sank after a refit that was finished in 1993.'),
    # the country, not the ship
    ('2022-09-28', 'EE', 'Estonia sank to a heavy defeat in September 1993.'),
    ('2023-07-03', 'TH', 'Bankers still talk about July 1997, when the central bank floated the baht.'),
    # a stock exchange's circuit breaker in another country
    ('2020-03-20', 'US', 'Trading halted when the circuit breaker was triggered on 9 March 2020.'),
    # a cricketer, not the storm
    ('2022-06-01', 'PK', 'Shaheen Afridi took five wickets in October 2019 against Oman.'),
]


@pytest.mark.parametrize("date,country,text,figure", FLAGGED)
def test_flagged(date, country, text, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("date,country,text", SILENT)
def test_silent(date, country, text):
    assert found(text, date, country, "reference") == []
