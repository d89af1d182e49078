"""Consistency, round 9: one pairwise decision instead of "exactly two values", and the readers it needs.

A later figure answers to the earlier figure of its kind nearest in value; other figures of the kind (a site's
workforce beside a group's, a 20-bed unit beside a 300-bed hospital, a worldwide payroll) are other things when
they stand far (twice or more) from both. Silent where a change, another place/time/owner, an old thing and its
replacement, or a part accounts for the difference. All sentences are the tests' own."""
from __future__ import annotations

import pytest

from _consistency_cases import consistency

CAUGHT = [
    ('The carmaker has 12,500 employees in France, the union said.\n\nIts plant in Rennes has 420 workers. Worldwide the group has a payroll of 31,000.\n\nThe cuts would affect the 15,200 employees in France by 2027, the union said.',
     '15,200'),
    ('The group employs 12,500 people in France.\n\nThe Lyon site has 420 workers, and the company counts 31,000 staff worldwide.\n\nUnions say the 15,200 employees in France fear for their jobs.',
     '15,200'),
    ('Officials toured the 420-bed facility on Monday. It will have a 20-bed intensive care unit.\n\nThe hospital, with 240 beds in total, will open next year.',
     '240'),
    ('The new 300-bed district hospital opens in August. It has 20 intensive care beds and eight theatres.\n\nThe minister said the 350-bed hospital would ease pressure on the capital.',
     '350'),
    ('The developer says the towers will hold 1,200 homes. The city has set a target of 33,000 homes.\n\nAbout 400 of the 1,500 apartments will have two bedrooms.',
     '1,500'),
    ("A 640-bed hospital opened on Monday with a 12-bed burns unit.\n\nThe hospital's 460 beds will be filled within a month.",
     '460'),
    ('The school has 1,340 pupils, the head said. Its 60 teachers ... a class of 30 pupils.\n\nAll 1,430 pupils will move to the new site.',
     '1,430'),
    ("The mill employs 3,600 people, 150 of them on the night shift.\n\nThe mill's 6,300 workers have not been paid since the spring.",
     '6,300'),
    ('Work began on a 500-bed referral hospital, which will include a 16-bed neonatal unit, officials said on Tuesday.\n\nThe hospital, with 550 beds in all, is due to be finished in 2027.',
     '550'),
    ('The resort will have 820 rooms, the developer said, and a 40-room spa wing.\n\nAll 280 rooms will face the sea.',
     '280'),
    ('The university enrols 24,000 students, among them 900 doctoral students.\n\nThe 42,000 students will return on Monday.',
     '42,000'),
    ("The carrier has 6,800 staff, 250 of them pilots, and its parent a workforce of 40,000.\n\nThe carrier's 8,600 staff will get a one-off bonus.",
     '8,600'),
    ('Nine miners died when a shaft collapsed on Friday.\n\nA memorial service for the 11 victims is planned for Sunday.',
     '11'),
    ('Fourteen people were killed and 30 hurt when a lorry hit a market stall.\n\nThe town held a vigil for the 16 victims on Saturday night.',
     '16'),
    ('Seven workers were killed and four injured in the explosion.\n\nThe families of the nine workers who died will receive compensation.',
     'nine'),
    ('At least 31 people, including eight children, were killed when the boat capsized.\n\nThe bodies of the 38 victims were flown home.',
     '38'),
    ('Twelve people, most of them pilgrims, died when the bus overturned, police said.\n\nThe 21 people who died were buried on Monday.',
     '21'),
    ('The council approved a 180-room hotel on the seafront.\n\nThe hotel, with 810 rooms, will open in 2027.',
     '810'),
    ('A 96-bed care home will be built on the site.\n\nThe home, with 69 beds, will employ 80 staff.',
     '69'),
    ('Plans for 2,300 homes were approved on Monday.\n\nThe development, with 3,200 homes in total, includes a school.',
     '3,200'),
    ('The developer will build 640 flats by the river.\n\nAbout 200 of the 460 residences will be affordable.',
     '460'),
    ('Five firefighters were killed and 12 injured.\n\nFlags flew at half-mast for the seven victims.',
     'seven'),
    ('Three young climbers died on the north face on Sunday, rescuers said.\n\nThe bodies of the five climbers were recovered on Tuesday.',
     'five'),
    ('Eleven conscripts were killed in the ambush, the army said.\n\nA funeral for the 17 victims was held in the capital.',
     '17'),
]

SILENT = [
    'The group has 12,500 employees in France. It plans to hire 2,700 more.\n\nThe 15,200 employees in France will get new contracts.',
    'The group has 12,500 employees in France.\n\nThe 15,200 employees in Germany will get new contracts.',
    'A 48-bed hut sits at 2,700 metres.\n\nThe new hut, with 56 beds, is budgeted at CHF 4 million.',
    'The 300-bed hospital was expanded last year.\n\nThe 350-bed hospital now has a new wing.',
    "The hospital has 420 beds. A 240-bed annex opened in 2020.\n\nThe annex's 240 beds are full.",
    'The hospital has 300 beds, rising to 350 once the new wing opens.\n\nThe 350-bed hospital will serve the region.',
    "The district has 420 schools. The charity built 240 schools.\n\nThe charity's 260 schools teach 30,000 pupils.",
    'The company had 1,200 staff in 2019.\n\nIn 2024, its 1,500 staff moved to new offices.',
    'The estate has 2,300 homes, and the council plans another 900 homes.\n\nThe 3,200 homes will share one school.',
    'About 1,200 homes are planned in the first phase.\n\nThe 1,500 homes of the second phase follow in 2030.',
    'The firm has 12,500 employees in France and 14,000 in Spain.\n\nThe 14,000 employees in Spain will get new contracts.',
    'Nine miners died in the collapse on Friday. Two more bodies were recovered on Saturday.\n\nA memorial for the 11 victims is planned.',
    'Fourteen people were killed in the crash, police said. Two of the injured later died in hospital.\n\nThe town held a vigil for the 16 victims.',
    'Seven workers were killed in the blast, officials said.\n\nLast year, nine workers who died in a similar blast at another plant were honoured.',
    'At least 31 people were killed when the boat capsized. Rescuers are still searching for seven missing.\n\nThe toll rose to 38 on Tuesday.',
    'The resort will have 820 rooms. A nearby rival hotel, with 280 rooms, opened last year.',
    'The old hospital, with 240 beds, will close.\n\nA 420-bed facility will replace it.',
    'The council approved a 180-room hotel. The existing hotel, with 120 rooms, will be demolished.',
    'The university enrols 24,000 students, 4,200 of them from abroad.\n\nThe 2,400 foreign students pay higher fees.',
    'Five firefighters were killed and 12 injured in the blaze.\n\nFlags flew at half-mast for the 12 injured.',
    'Twelve people died in the bus crash, and a further 30 people were hurt.\n\nThe 42 victims were all pilgrims.',
    'Four surfers drowned and two died later in hospital.\n\nA memorial for the six victims was held.',
    'Two linemen were killed and six hurt when a pylon fell.\n\nThe six injured linemen were flown to Leeds.',
    'Three hikers died on the ridge. Two more bodies were found on Monday.\n\nA vigil for the five victims was held.',
]


@pytest.mark.parametrize(("text", "figure"), CAUGHT)
def test_the_later_figure_is_flagged(text, figure):
    found = consistency(text, country="GB")
    assert any(figure in f.text for f in found), [f.message for f in found]


@pytest.mark.parametrize("text", SILENT)
def test_near_miss_stays_silent(text):
    assert consistency(text, country="GB") == []
