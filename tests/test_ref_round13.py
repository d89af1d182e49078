"""Round 13 (references): classes of slip that fresh copy writes again, in sentences of our own.

- A local venue tied to an edition of a tournament ("a stadium built for the 2006 World Cup" in a South African
  story; "when the arena staged the opening match of the 2010 World Cup" in a Brazilian one): the venue is the
  story country's, so its edition is the one that country staged.
- A duration of a recorded rescue or siege in a sentence that names the event only by its people or a pronoun
  ("The men were trapped for 96 days"), the event named or placed in the sentence before.
- A date whose "when ..." clause tells the event by the nationality of its perpetrators ("when ten Pakistani
  gunmen attacked ... in south Mumbai"): a nationality of people is who, not another place.
- An event named by an alias after "since", with what was done since before it ("land reform has moved slowly
  since the first democratic elections on ...").
- Several of a kind counted before a length ("two nine-day blockades in 2026 and 2027") are new ones, never the
  one on record.
"""
from __future__ import annotations

import pytest

from _findings import found

WRONG = [
    # -- a local venue tied to another country's edition ---------------------------------------------------------
    ('The council has leased the Ridgeback Stadium, a venue built for the 2006 FIFA World Cup, to a rugby franchise.',
     '2025-02-10', 'ZA', '2006'),
    ('Years after the stadium hosted the opening match of the 2010 World Cup, residents of the district still wait '
     'for the promised clinic.', '2024-06-10', 'BR', '2010'),
    ('The municipality still pays R40m a year to maintain an arena constructed for the 2006 World Cup.',
     '2024-09-03', 'ZA', '2006'),
    ('The ground, upgraded for the 2018 World Cup, now sits empty most weekends.', '2023-05-01', 'BR', '2018'),
    ('Fans queued outside a stadium that staged three matches of the 2014 FIFA World Cup to buy season tickets.',
     '2024-03-12', 'ZA', '2014'),
    ('The city bought back the venue, which was renovated ahead of the 2006 World Cup, for a nominal one rand.',
     '2025-01-20', 'ZA', '2006'),
    ('Its stadium, refurbished in time for the 2010 World Cup, will host the state football final.',
     '2024-11-02', 'BR', '2010'),
    ('Cracks have appeared in the roof of a stadium built for the 2022 World Cup, engineers said.',
     '2024-05-05', 'RU', '2022'),
    ('The arena hosted the final of the 2014 World Cup and is now a concert venue.',
     '2023-08-08', 'QA', '2014'),
    ('Residents near the stadium where the opening match of the 2010 World Cup was played still wait for homes.',
     '2024-06-19', 'BR', '2010'),
    ('The Lowveld Arena, one of ten venues of the 2014 World Cup, is up for sale.', '2024-06-19', 'ZA', '2014'),
    ('The stadium was one of the venues for the 2006 World Cup, the city says.', '2024-06-19', 'ZA', '2006'),
    # -- a duration told by the event's people, the event named the sentence before -----------------------------
    ('The cave-in at the San José mine near Copiapó in August 2010 trapped 33 workers. The men were trapped for 96 '
     'days before being hauled out.', '2024-08-06', 'CL', '96 days'),
    ('Rescuers reached the San José mine in Copiapó after a long drilling effort. They had been trapped for 50 days '
     'by then, officials recalled.', '2024-08-06', 'CL', '50 days'),
    ('Twelve boys and their coach went missing in the Tham Luang cave in June 2018. The boys were trapped for '
     '28 days before the last of them was brought out.', '2024-06-23', 'TH', '28 days'),
    ('Chechen gunmen seized a theatre at Dubrovka in Moscow in October 2002. The audience was held hostage for ten '
     'days.', '2024-10-23', 'RU', 'ten days'),
    ('Troops surrounded the Lal Masjid in Islamabad in July 2007.\n\nThose inside were besieged for 19 days.',
     '2024-07-03', 'PK', '19 days'),
    ('A cave-in at the San José mine in Copiapó trapped 33 men. All of them were trapped for four months, the '
     'report said.', '2024-08-06', 'CL', 'four months'),
    ('Militants stormed the In Amenas gas plant in January 2013. The workers were held hostage for nine days.',
     '2024-01-16', 'DZ', 'nine days'),
    # -- a "when" clause telling the event by its perpetrators' nationality -------------------------------------
    ('She lost her husband on the night of 26 November 2009, when ten Pakistani gunmen attacked several sites in '
     'south Mumbai.', '2025-03-18', 'IN', '26 November 2009'),
    ('He was a waiter at the Taj on 26 November 2007, when Pakistani militants attacked the hotel and other places '
     'in Mumbai.', '2024-11-26', 'IN', '26 November 2007'),
    ('Survivors of the 26/11 attacks met the chief minister on Monday.\n\nOne of them lost her son on the night of '
     '26 November 2009, when ten Pakistani gunmen attacked several sites in south Mumbai.', '2025-03-18', 'IN',
     '26 November 2009'),
    ('A survivor of the 26/11 terror attacks has sued the state. She was shot on 26 November 2009, when Pakistani '
     'terrorists opened fire at the railway terminus in Mumbai.', '2025-03-18', 'IN', '26 November 2009'),
    # -- an alias after "since", a thing done since before it ---------------------------------------------------
    ('The ANC has ruled since the first democratic elections on 27 April 1996.', '2024-04-24', 'ZA', '27 April 1996'),
    ('Townships have been promised houses, and many were built, since the first all-race elections on 27 April '
     '1996.', '2024-04-24', 'ZA', '27 April 1996'),
    ('Land reform has moved too slowly since the first democratic elections on 27 April 1996, farmers say.',
     '2024-04-24', 'ZA', '27 April 1996'),
    ('Housing delivery has stalled since the first all-race election on 27 April 1995, the report found.',
     '2024-04-24', 'ZA', '27 April 1995'),
    ('Much has been promised since the first democratic election on 27 April 1993, but little delivered.',
     '2024-04-24', 'ZA', '27 April 1993'),
]

RIGHT = [
    # a local venue of the edition the story country staged, or a venue abroad
    ('The council has leased the Ridgeback Stadium, a venue built for the 2010 FIFA World Cup, to a rugby franchise.',
     '2025-02-10', 'ZA'),
    ('Years after the stadium hosted the opening match of the 2014 World Cup, residents still wait for a clinic.',
     '2024-06-10', 'BR'),
    ("The squad trained at Germany's Allianz Arena, a venue built for the 2006 World Cup.", '2025-02-10', 'ZA'),
    ('Officials toured a stadium in Germany built for the 2006 World Cup before drafting the bid.', '2025-02-10', 'ZA'),
    ('The stadium screened the 2006 World Cup final on a giant board for 20,000 fans.', '2025-02-10', 'ZA'),
    ('Fans watched the 2006 World Cup at the stadium on big screens.', '2025-02-10', 'ZA'),
    ('Bafana Bafana missed the 2006 World Cup but reached the stadium final of the regional cup.', '2025-02-10', 'ZA'),
    ('A stadium built for the 2010 World Cup in Kenya would have cost billions, officials said.', '2025-02-10', 'KE'),
    ('The stadium hosted a friendly against Germany, the 2006 World Cup hosts, last year.', '2025-02-10', 'ZA'),
    ('Germany staged the 2006 World Cup. A venue built for the 2006 World Cup is now a model for Durban.',
     '2025-02-10', 'ZA'),
    ('The stadium hosted a 2006 World Cup qualifier against a weak side in 2005.', '2025-02-10', 'ZA'),
    ('The venue for the 2006 World Cup qualifiers was changed twice.', '2025-02-10', 'ZA'),
    ('The stadium where the 2006 World Cup draw was screened is now a car park.', '2025-02-10', 'ZA'),
    ('The stadium was built for the 2006 World Cup, which Germany hosted.', '2025-02-10', 'ZA'),
    # a duration of others or of a new one
    ('The cave-in at the San José mine near Copiapó in August 2010 trapped 33 workers. The men were trapped for 69 '
     'days before being hauled out.', '2024-08-06', 'CL'),
    ('The cave-in at the San José mine near Copiapó in August 2010 trapped 33 workers. Two miners in Peru were '
     'trapped for 96 days last year.', '2024-08-06', 'CL'),
    ('Miners were trapped for 12 days in a collapse in Shandong province last month.', '2024-08-06', 'CN'),
    ('The Tham Luang rescue in 2018 drew divers from around the world. The boys were trapped for 18 days.',
     '2024-06-23', 'TH'),
    ('The San José mine collapse of 2010 is still studied. A worker at another mine was trapped for five days.',
     '2024-08-06', 'CL'),
    # several of a kind counted
    ('The line will close for two nine-day blockades in summer 2026 and 2027.', '2025-01-14', 'GB'),
    ('Unions called three 48-hour strikes in March, the rail operator said.', '2025-01-14', 'GB'),
    ('Protesters staged several week-long blockades of the port in Calais.', '2025-01-14', 'FR'),
    ('Engineers will need two nine-day blockades of the Berlin line next year.', '2025-01-14', 'DE'),
    # the right date in a when clause; another country's attack
    ('She lost her husband on the night of 26 November 2008, when ten Pakistani gunmen attacked several sites in '
     'south Mumbai.', '2025-03-18', 'IN'),
    ('He was in Islamabad on 20 September 2010, when Pakistani police stopped traffic across the city.',
     '2025-03-18', 'PK'),
    # the right date after since; a ruling since the election on another day
    ('Land reform has moved too slowly since the first democratic elections on 27 April 1994, farmers say.',
     '2024-04-24', 'ZA'),
    ('Nothing has moved since the court ruled on the first democratic elections on 3 May 2023.', '2024-04-24', 'ZA'),
]


@pytest.mark.parametrize("text,date,country,figure", WRONG)
def test_slip_is_found(text, date, country, figure):
    assert figure in found(text, date, country, "reference")


@pytest.mark.parametrize("text,date,country", RIGHT)
def test_right_or_other_stays_silent(text, date, country):
    assert found(text, date, country, "reference") == []
