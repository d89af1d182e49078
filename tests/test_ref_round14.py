"""Round 14 (references): classes of slip from fresh copy, in sentences of our own.

- An event found by its kind in a story whose own country is outranked by a foreign one named in passing (a
  Banda Aceh story that names a Helsinki peace deal once): the story's own country still owns the event.
- "In 2017, exactly 30 years later": an interval with its own year beside it and "later" running from a year told
  just before; every year told earlier in the sentence or the one before is a reading, and only a figure that fits
  none is flagged.
- A recorded attack found by its target's place ("near the Gaddafi Stadium") with a year off.
- A named edition credited to a side that did not win it ("Pakistan's 1996 World Cup triumph") when the side won
  one other edition nearby: the year slipped to the side's own edition.
"""
from __future__ import annotations

import pytest

from _findings import found

WRONG = [
    # -- the story's own country owns an event found by kind, a foreign country named once ---------------------
    ('The tsunami that struck on December 25, 2004 killed more than 160,000 people in the province. A Norwegian '
     'charity later rebuilt the village school.\n\nNorway also paid for a clinic.', '2024-12-20', 'ID',
     'December 25, 2004'),
    ('Villagers recalled the morning the tsunami hit on 24 December 2004. Swiss engineers helped design the new '
     'sea wall, and Switzerland paid for half of it.', '2024-12-26', 'LK', '24 December 2004'),
    ('The tsunami of 28 December 2004 swept away the fishing fleet.\n\nA Japanese loan, agreed in Tokyo with Japan\'s '
     'aid agency, paid for new boats.', '2024-12-26', 'TH', '28 December 2004'),
    ('The waves of the tsunami, which struck on Dec. 27, 2004, reached 5km inland. The peace deal was signed in '
     'Finland the next year.', '2024-12-20', 'ID', 'Dec. 27, 2004'),
    ('When the earthquake struck on 21 May 1960, the town lost its church. A German firm rebuilt the tower, and '
     'Germany sent a bell.', '2025-05-20', 'CL', '21 May 1960'),
    # -- "N years later" against every year told just before ------------------------------------------------------
    ('On 19 September 1985, a powerful earthquake flattened the old centre. In 2017, exactly 30 years later, '
     'another quake brought down dozens of buildings.', '2025-09-19', 'MX', 'exactly 30 years later'),
    ('The mill closed in 1982, putting 3,000 out of work. In 2012, 20 years later, the site became a park.',
     '2025-01-10', 'GB', '20 years later'),
    ('The dam burst in August 1975. Forty years later, in 2005, survivors unveiled a memorial.',
     '2025-08-08', 'CN', 'Forty years later'),
    ('The first metro line opened in 1995 — and in 2020, 15 years later, the fourth followed.',
     '2025-03-01', 'IN', '15 years later'),
    ('The club was founded in 1921. It won its first title in 1960, almost 30 years later.',
     '2025-02-02', 'AR', 'almost 30 years later'),
    ('Parliament first debated the bill in 1998. In 2009, precisely ten years later, it became law.',
     '2025-06-01', 'KE', 'precisely ten years later'),
    # -- a recorded attack found by its target's place --------------------------------------------------------
    ('Gunmen opened fire on the visiting team\'s bus near the Gaddafi Stadium in the March 2010 attack, which '
     'drove international cricket out of Pakistan for years.', '2025-02-19', 'PK', 'March 2010'),
    ('Tests left Pakistan after the attack at Liberty Chowk in Lahore on 3 March 2008, when gunmen fired on the Sri '
     'Lankan team bus.', '2024-03-03', 'PK', '3 March 2008'),
    # -- a named edition credited to a side that won another ------------------------------------------------------
    ('A new gallery celebrates Pakistan\'s 1996 World Cup triumph under Imran Khan.', '2025-03-02', 'PK',
     '1996 World Cup'),
    ('Pakistan won the 1996 World Cup, the board\'s history says.', '2025-03-02', 'PK', '1996 World Cup'),
    ('Pakistan won the 1996 World Cup in Melbourne, the board\'s history says.', '2025-03-02', 'PK', '1996'),
    ('Fans still sing of Pakistan\'s famous 1996 World Cup win.', '2025-03-02', 'PK', '1996 World Cup'),
    ('The statue honours the captain of Sri Lanka\'s 1992 World Cup-winning side.', '2025-03-17', 'LK',
     '1992 World Cup'),
]

RIGHT = [
    # the right day, or an event of another country found in the sentence
    ('The tsunami that struck on December 26, 2004 killed more than 160,000 people in the province. A Norwegian '
     'charity later rebuilt the school.\n\nNorway also paid for a clinic.', '2024-12-20', 'ID'),
    ('The peace deal signed in Finland on 15 August 2005 ended the conflict. Finland hosted the talks.',
     '2024-12-20', 'ID'),
    ('A new tsunami warning drill was held on December 24, 2024, officials in Norway said.', '2024-12-28', 'ID'),
    # "later" that fits a year told before, or no year told before
    ('On 19 September 1985, a powerful earthquake flattened the old centre. In 2017, exactly 32 years later, '
     'another quake brought down dozens of buildings.', '2025-09-19', 'MX'),
    ('The mill closed in 1982. It was bought in 1992, and in 2012, 20 years later, the site became a park.',
     '2025-01-10', 'GB'),
    ('The dam burst in August 1975. Thirty years later, in 2005, survivors unveiled a memorial.',
     '2025-08-08', 'CN'),
    ('She joined the firm as a clerk. In 2015, 20 years later, she was its chief executive.', '2025-01-10', 'GB'),
    ('The club was founded in 1921. It won its first title in 1950, almost 30 years later.', '2025-02-02', 'AR'),
    ('The bridge opened in 1990 and was widened in 2000. In 2010, ten years later, it was tolled.',
     '2025-02-02', 'AU'),
    ('The plant opened in 1990. In 2019, some 30 years later, it closed.', '2025-02-02', 'AU'),
    # the attack on its day; another attack in Lahore
    ('Gunmen opened fire on the visiting team\'s bus near the Gaddafi Stadium in the March 2009 attack.',
     '2025-02-19', 'PK'),
    ('A bomb in a Lahore park killed dozens on Easter Sunday in March 2016.', '2025-03-27', 'PK'),
    # the right side, a match won during the tournament, a campaign, a side that never won
    ('A new gallery celebrates Pakistan\'s 1992 World Cup triumph under Imran Khan.', '2025-03-02', 'PK'),
    ('Sri Lanka\'s 1996 World Cup triumph changed one-day cricket.', '2025-03-17', 'LK'),
    ('Pakistan\'s 1996 World Cup win over England is still remembered.', '2025-03-02', 'PK'),
    ('Pakistan\'s 1996 World Cup campaign ended in the quarter-finals in Bangalore.', '2025-03-02', 'PK'),
    ('Kenya\'s 2003 World Cup run to the semi-finals is still a high point.', '2025-03-02', 'KE'),
    ('England\'s 1996 World Cup title hopes ended early.', '2025-03-02', 'GB'),
]


@pytest.mark.parametrize("text,date,country,figure", WRONG)
def test_slip_is_found(text, date, country, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", RIGHT)
def test_right_or_other_stays_silent(text, date, country):
    assert found(text, date, country, "reference") == []


MORE_WRONG = [
    # the story's own country, a foreign one named in passing
    ('The tsunami struck on 26 December 2003, flattening the harbour. Australia funded the new pier, and an '
     'Australian crew built it.', '2024-12-26', 'LK', '26 December 2003'),
    ('Fishermen remember the tsunami of December 26, 2005. A French aid group, backed by France, rebuilt 300 homes.',
     '2024-12-26', 'IN', 'December 26, 2005'),
    ('The tsunami that hit the coast on 26 November 2004 left 5,000 dead here. Sweden lost hundreds of tourists.',
     '2024-12-26', 'TH', '26 November 2004'),
    # "N years later", other styles
    ('The cathedral burned in 1893. In 1923, 40 years later, it reopened.', '2025-04-10', 'FR', '40 years later'),
    ('The first cohort graduated in 1979; in 2004, 30 years later, they met again.', '2025-04-10', 'NG',
     '30 years later'),
    ('The treaty was signed in 1962. Twenty-five years later, in 1993, it was torn up.', '2025-04-10', 'DZ',
     'Twenty-five years later'),
    ('The airport opened in 1974. In 2009 — 25 years later — a second runway followed.', '2025-04-10', 'GH',
     '25 years later'),
    # a side credited with an edition it did not win
    ('Italy\'s 2002 World Cup triumph is the film\'s subject.', '2024-04-02', 'IT', '2002 World Cup'),
    ('The museum shows the shirts of Argentina\'s 2018 World Cup-winning squad.', '2024-12-18', 'AR', '2018 World Cup'),
    ('Germany won the 2010 World Cup with a young side, the coach recalled.', '2024-07-13', 'DE', '2010 World Cup'),
]

MORE_RIGHT = [
    # an age or a span moves the time on without a year
    ('He was born in 1950 and left home at 20. In 1990, 20 years later, he came back.', '2025-04-10', 'IE'),
    ('The mine opened in 1960 and ran for a decade. In 2000, 30 years later, it was flooded.', '2025-04-10', 'ZA'),
    ('The cathedral burned in 1893. In 1923, 30 years later, it reopened.', '2025-04-10', 'FR'),
    ('Twenty years later, the village still waits.', '2025-04-10', 'FR'),
    ('India\'s 2011 World Cup triumph under MS Dhoni is the film\'s subject.', '2024-04-02', 'IN'),
    ('Argentina\'s 2022 World Cup-winning squad toured the country.', '2024-12-18', 'AR'),
    ('South Africa\'s 2010 World Cup success as host still shapes the city.', '2024-06-11', 'ZA'),
    ('South Africa\'s 2010 World Cup triumph as host still shapes the city.', '2024-06-11', 'ZA'),
    ('France\'s 2019 World Cup title hopes ended in the quarter-finals.', '2024-06-11', 'FR'),
]


@pytest.mark.parametrize("text,date,country,figure", MORE_WRONG)
def test_more_slips_are_found(text, date, country, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", MORE_RIGHT)
def test_more_right_stays_silent(text, date, country):
    assert found(text, date, country, "reference") == []


# -- a one-day attack told happening by its verb, with a place of its own in the sentence ------------------------
ATTACK_WRONG = [
    ('The mosque attacks changed the gun laws. On 15 April 2019, a gunman opened fire at Al Noor mosque, killing '
     'dozens.', '2021-03-15', 'NZ', '15 April 2019'),
    ('Survivors of the shootings met the minister. On 15 March 2018 a gunman attacked worshippers at the Linwood '
     'Islamic Centre.', '2021-03-15', 'NZ', '15 March 2018'),
    ('The attacks still haunt the city. On 16 March 2019, worshippers at Al Noor mosque were killed by a lone '
     'gunman.', '2021-03-15', 'NZ', '16 March 2019'),
]

ATTACK_RIGHT = [
    ('The mosque attacks changed the gun laws. On 15 March 2019, a gunman opened fire at Al Noor mosque, killing '
     'dozens.', '2021-03-15', 'NZ'),
    # no place of its own in the sentence: another attack of the kind may be meant
    ('The mosque attacks changed the gun laws. On 15 April 2019, a gunman opened fire at a bar in Auckland.',
     '2021-03-15', 'NZ'),
    # something done about it, not an attacker's act
    ('The mosque attacks changed the gun laws. On 15 April 2019, Al Noor mosque reopened to worshippers.',
     '2021-03-15', 'NZ'),
]


@pytest.mark.parametrize("text,date,country,figure", ATTACK_WRONG)
def test_attack_told_happening_is_found(text, date, country, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", ATTACK_RIGHT)
def test_attack_right_or_other_stays_silent(text, date, country):
    assert found(text, date, country, "reference") == []
