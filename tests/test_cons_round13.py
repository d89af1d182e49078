"""Consistency, round 13: classes of fresh copy, not its stories.

A facility's size given twice: the size kept through what is said of the thing afterwards ("should have been built a
decade ago", "work began in 2019"), the thing named after its size ("140 beds in this new unit"), one phase named
twice ("for the first stage" ... "of phase one"), a body's size ("the 41-member council"). A project's cost given
twice: an ordinal in the clause heads another noun ("the final approval for a £3.1bn scheme"), and a scope word
("the state", "the city council") is no other scope for a cost. A place's toll given twice: another incident's own
count ("a separate storm killed two") explains nothing; a figure said of "the village" or "this town" is placed by
the place named before it, the dateline included; the dead told with their place first ("Forty people from the
hamlet died"). All sentences are the tests' own."""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags

CAUGHT = [
    # -- a facility's size given twice --------------------------------------------------------------------------
    ("A 96-bed psychiatric unit at St Brendan's will open next spring, the health board said.\n\n"
     "Campaigners said the 69-bed unit should have opened five years ago.", "69-bed"),
    ("The council approved a 240-bed care home on the old depot site on Monday.\n\n"
     "Residents said the 420-bed home had been promised since 2015.", "420-bed"),
    ("Work is under way on a new 800-bed hospital north of the city, the ministry said.\n\n"
     "Building of the 600-bed facility started in 2019 but stalled when the contractor went bust.", "600-bed"),
    ("Construction of a 320-room hotel on the seafront was approved on Tuesday.\n\n"
     "The developer said the 230-room hotel was first proposed a decade ago.", "230-room"),
    ("The trust opened a 140-bed surgical block on Friday, ending years of delays.\n\n"
     "\"With 160 beds in this new block, we can finally clear the waiting list,\" the chief executive said.", "160 beds"),
    ("A 75-bed children's wing was opened at the district hospital by the minister.\n\n"
     "The old children's ward, built in the 1950s, had room for 30 cots.\n\n"
     "\"The 57 beds in our new wing will change everything,\" the matron said.", "57 beds"),
    ("Ministers signed off the hospital on Wednesday, with 360 beds planned for the first phase.\n\n"
     "Doctors have long called for a second big hospital in the region.\n\n"
     "Tenders for the 420 beds of phase one will be issued in June.", "420 beds"),
    ("The college will have 1,200 rooms in its first stage, the university said.\n\n"
     "Students have asked for a second residence for years.\n\n"
     "Contracts for the 1,500 rooms of stage one go out next month.", "1,500 rooms"),
    ("The 41-member County Assembly voted to remove the speaker on Thursday.\n\n"
     "Members of the 14-member House said they had been threatened.", "14-member"),
    ("Lawmakers in the 61-member Assembly passed the budget on Monday.\n\n"
     "Critics said the 66-member assembly had rushed the vote.", "66-member"),
    ("The 250-bed maternity block at the regional hospital opened in March.\n\n"
     "Local councillors said the 520-bed block ought to have been finished years ago.", "520-bed"),
    # -- a project's cost given twice ---------------------------------------------------------------------------
    ("Ministers gave the final approval to a £3.1bn plan to rebuild the coastal railway on Monday.\n\n"
     "Campaigners said the £3.7bn scheme left the single-track section untouched.", "£3.7bn"),
    ("The cabinet gave its final nod on Tuesday to a $4.6 billion metro line.\n\n"
     "Opponents asked whether the $6.4 billion line was good value.", "$6.4 billion"),
    ("The first trains will run in 2029 on the line, which is expected to cost $12.8 billion.\n\n"
     "Critics said the $18.2 billion line was a gift to contractors.", "$18.2 billion"),
    ("The tunnel will cost $1.3 billion and be financed with guarantees from the state.\n\n"
     "Members of the city council questioned whether the $3.1 billion tunnel was needed.", "$3.1 billion"),
    ("The province said the bridge would cost C$2.4 billion, with the state bank lending half.\n\n"
     "City councillors said the C$4.2 billion bridge was too expensive.", "C$4.2 billion"),
    ("The regional authority signed the final contract for a ₹4,200 crore metro extension on Monday.\n\n"
     "Opposition MLAs said the ₹4,800 crore extension was overpriced.", "₹4,800 crore"),
    ("The €1.6bn ring road received its final planning consent on Wednesday.\n\n"
     "The county council said the €1.9bn road would open in 2031.", "€1.9bn"),
    ("Officials opened a 48-bed rehabilitation centre in the capital on Thursday.\n\n"
     "The minister said 84 beds at this centre would be kept for veterans.", "84 beds"),
    # -- a place's toll given twice -----------------------------------------------------------------------------
    ("A tornado struck Brookfield late on Friday, killing six people and flattening dozens of homes.\n\n"
     "A separate storm killed two people near the village of Pine Hollow.\n\n"
     "The mayor said the eight people killed in Brookfield were aged 4 to 80.", "eight people killed"),
    ("Floods swept through Kibuye on Monday, killing 14 people, officials said.\n\n"
     "Another landslide killed three people near Ruhondo.\n\n"
     "Police said the 17 people killed in Kibuye had been buried on Wednesday.", "17 people killed"),
    ("MARLOW CREEK, Texas — Residents of this small town cleared debris on Sunday after a tornado killed five "
     "people.\n\nA separate twister killed one man in a neighbouring county.\n\n"
     "The sheriff said the six people killed in Marlow Creek included two children.", "six people killed"),
    ("When the water finally receded, residents of Barangay Lumot counted their losses. Thirty-two people from the "
     "village died, most of them as they slept.\n\nThe storm killed more than 90 people across the region.\n\n"
     "By Thursday the town hall had posted the names of the 23 confirmed dead in Lumot.", "23 confirmed dead"),
    ("Residents of Kilanga buried their neighbours on Tuesday. Eighteen people from the village died when the "
     "hillside collapsed.\n\nThe Red Cross listed the 13 dead in Kilanga by name.", "13 dead"),
    ("Villagers of Santo Amaro mourned on Sunday. Twenty-six people from the town were killed in the mudslide.\n\n"
     "The mayor said the 62 dead in Santo Amaro would be buried together.", "62 dead"),
]

SILENT = [
    # sizes: another thing, a change explained, a phase of its own, a part
    "A 96-bed psychiatric unit will open next spring.\n\nThe old 40-bed unit, built in 1970, will close.",
    "The council approved a 240-bed care home on Monday.\n\nThe home was later enlarged, and the 300-bed home "
    "opened in 2024.",
    "Ministers signed off the hospital with 360 beds planned for the first phase.\n\nThe 240 beds of phase two "
    "will follow in 2031.",
    "The 41-member County Assembly voted on Thursday.\n\nThe 67-member Senate will now hear the case.",
    "The 41-member County Assembly voted on Thursday.\n\nThe 12-member committee will report next week.",
    "A 140-bed surgical block opened on Friday.\n\nThere are 30 beds in the intensive care unit next door.",
    "The trust opened a 140-bed surgical block on Friday.\n\nThe old block, with 90 beds, will be demolished; "
    "\"the 90 beds in that building served us for 50 years,\" the nurse said.",
    "The 250-bed maternity block opened in March.\n\nThe hospital's 600-bed main building was finished in 1998.",
    # costs: a part, a change, another thing
    "Ministers gave the final approval to a £3.1bn plan to rebuild the railway.\n\nThe first phase, costing "
    "£1.2bn, starts in spring.",
    "The cabinet gave its final nod to a $4.6 billion metro line on Tuesday.\n\nThe cost has since risen to "
    "$5.2 billion, officials said.",
    "The tunnel will cost $1.3 billion, the state said.\n\nThe city council approved a separate $0.9 billion "
    "bridge.",
    "The line is expected to cost $12.8 billion.\n\nThe final $2.1 billion will be paid on completion.",
    "The state approved a $1.4 billion metro project on Monday.\n\nThe city also plans the $1.6 billion "
    "hospital it promised voters.",
    "The authority signed a ₹4,200 crore metro extension contract.\n\nIt also approved a separate ₹4,800 crore "
    "bus depot.",
    # tolls: another place, an update, a part, a breakdown
    "A tornado killed six people in the town late on Friday.\n\nA separate storm killed two people near Pine "
    "Hollow.\n\nThe two people killed in Pine Hollow were a couple in their seventies.",
    "Floods killed 14 people in the valley on Monday.\n\nTwo more bodies were found on Tuesday, and police said "
    "the 16 people killed would be buried on Wednesday.",
    "Thirty-two people from the village died in the landslide.\n\nThe storm killed more than 90 people across "
    "the region, and 60 in the province alone.",
    "Eighteen people from the village died when the hillside collapsed.\n\nAmong them were the 11 dead from one "
    "family, buried on Sunday.",
    "MARLOW CREEK, Texas — A tornado killed five people in this small town on Saturday.\n\nIn nearby Elm Grove, "
    "the three people killed were farm workers.",
    "Twenty-six people from the town were killed in the mudslide.\n\nLast year 62 people died in floods in the "
    "same district.",
]


@pytest.mark.parametrize("text,figure", CAUGHT)
def test_caught(text, figure):
    found = consistency(text, country="GB")
    assert flags(found, figure), [f.text for f in found]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    found = consistency(text, country="GB")
    assert not found, [f.text for f in found]
