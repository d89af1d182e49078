"""Round 14b (references): classes of slip that fresh copy writes again, in sentences of our own.

- A trapped time told by what the people spent ("The workers spent 40 days underground", "they spent 30 days
  trapped in the cave"), or trapped at a place named on the way ("trapped in the Tham Luang cave for six weeks"),
  the event named or placed in the sentence or one of the two before; a place of a recorded event told with
  words of description before its last noun ("the San José copper mine").
- A host city tied by a hosting verb to a series told by its noun ("when Rio de Janeiro hosted the Games in",
  "Japan hosted the tournament in", "Paris, which first staged the Games in 1900 and last hosted them in"), the
  series written earlier in the story: a year of another edition is the slip.
"""
from __future__ import annotations

import pytest

from _findings import found

WRONG = [
    # -- a trapped time told by what the people spent, or at a place on the way ------------------------------------
    ('A cave-in at the San José mine near Copiapó trapped 33 workers in 2010. The workers spent 40 days underground '
     'before the capsule brought them up.', '2024-08-06', 'CL', '40 days'),
    ('The 33 miners of the San José mine spent 90 days below ground, a record at the time.', '2024-08-06', 'CL',
     '90 days'),
    ('A rockfall sealed the San José gold mine near Copiapó in August 2010. Its 33 workers spent 45 days trapped '
     'before they were winched out.', '2024-08-06', 'CL', '45 days'),
    ('Twelve boys were cut off by floodwater in the Tham Luang cave in June 2018. Families waited at the entrance. '
     'They spent 30 days trapped in the cave, the governor recalled.', '2024-06-23', 'TH', '30 days'),
    ('Twelve boys and their coach were trapped in the Tham Luang cave for six weeks in 2018.', '2024-06-23', 'TH',
     'six weeks'),
    ('The 33 men were trapped in the San José copper mine for 96 days in 2010.', '2024-08-06', 'CL', '96 days'),
]

HOSTS_WRONG = [
    ('Swimmers trained for the Olympics all summer. The pool was built when Rio de Janeiro hosted the Games in 2012.',
     '2024-07-01', 'BR', '2012'),
    ('Brazil hopes for more Olympic medals. The best haul came when Rio de Janeiro hosted the Olympics in 2008.',
     '2024-07-01', 'BR', '2008'),
    ('Agencies sold tours to the Rugby World Cup in France, to fans won over when Japan hosted the tournament in '
     '2015.', '2023-09-01', 'JP', '2015'),
    ('The Olympics return to France this summer. Paris, which first staged the Games in 1900 and last hosted them '
     'in 1928, will be the third city to host three times.', '2024-07-01', 'FR', '1928'),
    ('Paris last hosted the Olympics in 1928, a century before the city bid again.', '2024-07-01', 'FR', '1928'),
]

HOSTS_RIGHT = [
    ('Swimmers trained for the Olympics all summer. The pool was built when Rio de Janeiro hosted the Games in 2016.',
     '2024-07-01', 'BR'),
    ('The Olympics return to France this summer. Paris, which first staged the Games in 1900 and last hosted them '
     'in 1924, will be the third city to host three times.', '2024-07-01', 'FR'),
    ('Agencies sold tours to the Rugby World Cup in France, to fans won over when Japan hosted the tournament in '
     '2019.', '2023-09-01', 'JP'),
    # no series written: the tournament may be any
    ('Japan hosted the tournament in 2015, and the hall has been busy since.', '2023-09-01', 'JP'),
    ('Rio de Janeiro hosted the Games in 2007, the Pan American ones, before it won the Olympic bid.',
     '2024-07-01', 'BR'),
]


@pytest.mark.parametrize("text,date,country,figure", HOSTS_WRONG)
def test_host_year_slip_is_found(text, date, country, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", HOSTS_RIGHT)
def test_host_right_year_stays_silent(text, date, country):
    assert found(text, date, country, "reference") == []


RIGHT = [
    # the recorded time, another group's time, or no recorded event about
    ('A cave-in at the San José mine near Copiapó trapped 33 workers in 2010. The workers spent 69 days underground '
     'before the capsule brought them up.', '2024-08-06', 'CL'),
    ('Twelve boys and their coach were trapped in the Tham Luang cave for 18 days in 2018.', '2024-06-23', 'TH'),
    ('The San José mine collapse of 2010 is still studied. Miners at a coal pit in Peru spent 40 days underground '
     'last year.', '2024-08-06', 'CL'),
    ('The rescuers of the San José mine spent 40 days underground training for the next one.', '2024-08-06', 'CL'),
    ('The men spent 40 days underground every season at the San José mine, a union leader said.', '2024-08-06',
     'CL'),
    ('Divers spent 30 days in the Tham Luang cave mapping its passages last year.', '2024-06-23', 'TH'),
    ('Workers were trapped in a lift for six hours at a tower in Bangkok.', '2024-06-23', 'TH'),
    ('The San José copper mine reopened in 2012. Its new owners spent 40 days underground surveying it.',
     '2024-08-06', 'CL'),
]


@pytest.mark.parametrize("text,date,country,figure", WRONG)
def test_slip_is_found(text, date, country, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", RIGHT)
def test_right_or_other_stays_silent(text, date, country):
    assert found(text, date, country, "reference") == []


def test_trapped_time_three_sentences_after_the_place():
    text = ('Ten years after a football team was cut off in the Tham Luang cave, the park drew 900,000 visitors. '
            'That is a rise of a third. Most came by coach. The boys and their coach were trapped for seven weeks '
            'before divers reached them.')
    assert 'seven weeks' in found(text, '2028-06-23', 'TH', 'reference')


def test_trapped_time_after_another_event_named_stays_silent():
    text = ('Ten years after a football team was cut off in the Tham Luang cave, the park drew 900,000 visitors. '
            'Many also visit the site of the 2004 Indian Ocean tsunami. The people there were trapped for seven '
            'weeks by the floods.')
    assert found(text, '2028-06-23', 'TH', 'reference') == []
