"""Consistency by class: one thing introduced with a figure, referred back to with another.

Each class is a kind of thing a story gives twice — a death toll, a workforce, a count of homes,
the length of a road, pipeline or bridge, the cost of a project — read through its synonyms
(died/victims/bodies; workers/employees/staff/workforce; units/homes/flats; highway/road/route;
bridge/span; project/scheme/line/estimate). The sentences are written for these tests; none is
taken from a published or evaluation story. The clean near-misses are the copy real stories
legitimately contain: several tolls, a toll that rises, a part of the whole, a second thing of the
kind, another year or place, a total and its part.
"""
from __future__ import annotations

import pytest

import factcheck


def consistency(text: str, date: str = "2025-03-10", country: str = "KE"):
    return [f for f in factcheck.check(text, date=date, country=country) if f.category == "consistency"]


# (text, the later figure flagged, country)
BAD = [
    # -- a death toll, later referred back to under another noun ---------------------------
    ("Eleven people died when a minibus collided with a lorry near Naivasha on Friday, police said.\n\n"
     "Relatives gathered at the mortuary where the 13 victims were taken.", "13 victims", "KE"),
    ("A landslide buried part of the village on Sunday, killing 27 people, the district officer said.\n\n"
     "Soldiers helped dig graves for the 29 dead on Monday.", "29 dead", "NP"),
    ("At least 41 people were killed when the ferry capsized on Lake Albert, the police said.\n\n"
     "The bodies of all 38 victims were handed to their families on Tuesday.", "38 victims", "UG"),
    ("The death toll from the factory fire has risen to 23, the fire service said on Wednesday.\n\n"
     "The mayor attended a funeral service for the 26 victims.", "26 victims", "BD"),
    ("Thirty-one miners died after the shaft flooded, the mines ministry said.\n\n"
     "Inspectors said the 13 deaths could have been avoided.", "13 deaths", "ZA"),
    ("A bus crash on the coast road killed 23 people on Sunday, police said.\n\n"
     "Among the 32 dead were four children.", "32 dead", "KE"),
    ("The stampede at the stadium gate claimed 19 lives.\n\n"
     "The families of the 91 victims will be compensated, the governor said.", "91 victims", "KE"),
    ("A fire at the market killed 12 people overnight.\n\n"
     "The 21 people who died were mostly traders.", "21 people who died", "KE"),
    ("A fire at the market killed 12 people overnight.\n\nThe 21 who died were mostly traders.", "21 who died", "KE"),
    ("At least 37 people died in the warehouse fire.\n\nOf the 34 victims, 20 were women.", "34 victims", "KE"),
    ("The roof collapse killed 14 worshippers, police said.\n\n"
     "Relatives of the 17 deceased gathered at the morgue.", "17 deceased", "KE"),
    # the missing are not the killed: 23 killed and nine missing are not "the 32 people killed"
    ("Floods killed 23 people and left nine missing in the valley.\n\n"
     "Prayers were held for the 32 people killed.", "32 people killed", "NG"),
    # -- a workforce, under another noun ----------------------------------------------------
    ("The tannery, one of the largest in the valley, employs 1,860 people.\n\n"
     "All 1,680 employees will be moved to the new site by June.", "1,680 employees", "PK"),
    ("The carmaker said the plant's workforce of 2,700 would not be affected by the merger.\n\n"
     "Union leaders said the 2,070 workers had been promised a pay rise.", "2,070 workers", "ZA"),
    ("The brewery has 480 staff at its Kampala site, the company said.\n\n"
     "Its 840 employees will each receive a bonus, the union said.", "840 employees", "UG"),
    # a workforce given twice without "the": the digits swapped are evidence enough
    ("The expansion will bring the company's workforce at the site to 730, the chief executive said.\n\n"
     "\"With this plant we will have 370 employees on the campus,\" she said.", "370 employees", "IE"),
    ("The mill's 3,200-strong workforce walked out on Monday.\n\n"
     "Its 2,300 workers want a 20 per cent rise.", "2,300 workers", "BD"),
    ("The factory, which employs 4,500 people, reopened on Sunday.\n\n"
     "All 5,400 staff were paid their arrears.", "5,400 staff", "BD"),
    ("The firm said its 650-person workforce would grow.\n\nAll 560 employees will get a bonus.", "560 employees", "IE"),
    ("The plant has 650 staff, the company said.\n\n"
     "Today 560 people are employed at the site, the union said.", "560 people are employed", "IE"),
    # -- homes and housing units ------------------------------------------------------------
    ("The housing agency will build 14,000 homes on the former airfield, the minister said.\n\n"
     "The 41,000 homes will be sold through a subsidised mortgage scheme.", "41,000 homes", "NG"),
    ("The developer plans 3,600 apartments in four towers beside the river.\n\n"
     "Buyers of the 6,300 flats will be offered 20-year loans.", "6,300 flats", "GB"),
    ("The ministry signed a contract for 2,500 residential units in the new district.\n\n"
     "The 5,200 units will be handed over in three phases.", "5,200 units", "EG"),
    ("The agency will build a 1,200-unit housing estate outside Abuja.\n\n"
     "The 2,100 homes will be sold to civil servants.", "2,100 homes", "NG"),
    ("The state will build 6,500 affordable homes in Ikorodu.\n\n"
     "The 5,600 homes will be finished in 2027, in three phases.", "5,600 homes", "NG"),
    # -- the length of a road, pipeline, railway or bridge ----------------------------------
    ("The concession covers 275 kilometres of national roads in the north.\n\n"
     "The operator must resurface all 257 km of the roads within five years.", "257 km", "AR"),
    ("The contractor will build a 540km water pipeline from the dam to the coast.\n\n"
     "Landowners along the 450km route have been offered compensation.", "450km route", "KE"),
    ("Engineers finished the 1.8-kilometre Mwanza Bridge on Friday.\n\n"
     "Cyclists will have a lane on each side of the 2.4-km span.", "2.4-km span", "TZ"),
    ("The government approved a 190-mile rail line linking the port to the capital.\n\n"
     "Freight trains on the 910-mile railway will run at night.", "910-mile railway", "US"),
    ("The government signed a deal for a railway stretching 620 kilometres to the border.\n\n"
     "Trains on the 260km line will carry freight.", "260km line", "KE"),
    ("The bridge, which spans 1.4 kilometres, opened on Monday.\n\nThe 4.1km bridge cost Sh3bn.", "4.1km bridge", "KE"),
    ("The company will lay a pipeline 320km long from the port.\n\n"
     "Farmers along the 230km route will be paid for their land.", "230km route", "KE"),
    # -- the cost of one project, under another noun (money: a typing slip only) ------------
    ("The council approved the £2.6bn tram scheme on Tuesday after a five-hour debate.\n\n"
     "Opponents said the £6.2bn project would push up council tax.", "£6.2bn project", "GB"),
    ("Ministers endorsed a Rs 3,400 crore expressway project in the state.\n\n"
     "The Rs 3,700 crore expressway will cut the journey to Pune by an hour.", "Rs 3,700 crore expressway", "IN"),
    ("The regional government signed off on the $2.3-billion transit line in May.\n\n"
     "Critics on council said the $3.2-billion project had grown without scrutiny.", "$3.2-billion project", "CA"),
    ("The project, estimated at $2.7 billion, was approved on Monday.\n\n"
     "Critics said the $7.2 billion project was too expensive.", "$7.2 billion project", "US"),
    ("The state will build a new hospital at a cost of N25 billion.\n\n"
     "The N52 billion hospital will have 400 beds.", "N52 billion hospital", "NG"),
    # any other amount given twice under one noun, with a typing slip
    ("The Treasury signed a $250 million loan with the bank on Monday.\n\n"
     "The $520 million loan will pay for rural roads.", "$520 million loan", "KE"),
    ("The club agreed a £45m deal for the striker on Friday.\n\nThe £54m deal includes add-ons.", "£54m deal", "GB"),
    ("The regulator imposed a Rs 36 crore fine on the lender.\n\n"
     "The bank said it would appeal against the Rs 63 crore fine.", "Rs 63 crore fine", "IN"),
    # -- a named person's age, then a bare "the N-year-old" (two digits swapped) -------------
    ("Police arrested Ahmed Khan, 45, at his home on Monday.\n\n"
     "The 54-year-old was charged with fraud on Tuesday.", "54-year-old", "KE"),
    ("Police arrested 38-year-old Grace Wanjiru on Monday.\n\n"
     "The 83-year-old denied the charges in court.", "83-year-old", "KE"),
    ("Officers detained Mr Tunde Bakare (27) at the airport.\n\n"
     "The 72-year-old, who was travelling alone, was released on bail.", "72-year-old", "NG"),
]


@pytest.mark.parametrize(("text", "figure", "country"), BAD)
def test_same_thing_given_two_values(text, figure, country):
    found = consistency(text, country=country)
    assert [f.text for f in found] == [figure], [f.message for f in found]
    assert found[0].severity.name.lower() == "warning"


def test_suggestion_names_the_first_value():
    text = ("The contractor will build a 540km water pipeline from the dam to the coast.\n\n"
            "Landowners along the 450km route have been offered compensation.")
    (finding,) = consistency(text)
    assert finding.suggestion == "540km route"
    assert text[finding.related[0].start:finding.related[0].end].startswith("540km")


CLEAN = [
    # the same value under another noun
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "Relatives gathered at the mortuary where the 11 victims were taken.", "KE"),
    # a toll that rises, with the update in between
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "Two more bodies were pulled from the wreck on Saturday, and the 13 victims were buried on Sunday.", "KE"),
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "The death toll rose to 13 on Saturday, police said, and the 13 victims were buried on Sunday.", "KE"),
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "More bodies were found on Saturday, and relatives gathered for the 14 victims.", "KE"),
    # several tolls: another incident, another year, another place
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "In a separate crash on Sunday, a bus overturned, and the 14 victims were taken to Nakuru.", "KE"),
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "In 2019, a similar crash on the same road killed 14, and the 14 victims were buried together.", "KE"),
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "Another crash near Kisumu on Sunday left 14 people dead, and the 14 victims were buried on Monday.", "KE"),
    # a total and its part: the dead and the injured
    ("Eleven people died and three were injured when a minibus collided with a lorry.\n\n"
     "The 14 victims were taken to the county hospital.", "KE"),
    # a part of the whole
    ("Eleven people died when a minibus collided with a lorry on Friday.\n\n"
     "Police identified nine of the victims, and the 2 victims who were not identified were buried.", "KE"),
    # victims that are not the dead
    ("Four people died in the floods, the Red Cross said.\n\n"
     "Aid agencies said 150,000 flood victims had not been reached.", "KE"),
    # a workforce: the company and one of its plants, the sector, the old size, a rival
    ("The tannery group employs 1,860 people across the country.\n\n"
     "Its 680 employees in Sialkot will be moved to a new site.", "PK"),
    ("The brewery has 480 staff at its Kampala site.\n\n"
     "The sector employs about 840 people nationally, the association said.", "UG"),
    ("The brewery has 480 staff at its Kampala site.\n\n"
     "The site had grown from 84 employees when it opened in 2009.", "UG"),
    ("The brewery has 480 staff at its Kampala site.\n\n"
     "A rival brewery nearby also cut shifts, and its 840 employees were sent home.", "UG"),
    ("The brewery has 480 staff at its Kampala site, the company said.\n\n"
     "It will hire 200 new workers, and the 680 employees will move into a larger plant next year.", "UG"),
    # a workforce given twice without "the", not a slip: two groups
    ("The brewery has 480 staff at its Kampala site.\n\n"
     "Officials said 520 employees had signed the petition.", "UG"),
    # a workforce of one plant named after the figure, when the first counted the company
    ("The carmaker employs 2,700 people in the country.\n\n"
     "The 2,070 workers at its Durban plant will be retrained.", "ZA"),
    ("The carmaker employs 2,700 people in the country.\n\n"
     "The 2,070 workers at a supplier's plant will be retrained.", "ZA"),
    # casualties that count the injured with the dead
    ("The collapse killed 14 people and injured three, police said.\n\n"
     "The 17 casualties were taken to the county hospital.", "KE"),
    # victims that count the missing with the dead
    ("Floods killed 23 people and left nine missing in the valley.\n\n"
     "Prayers were held for the 32 victims.", "NG"),
    # homes: an addition, a part with its own word, another project
    ("The housing agency will build 14,000 homes on the former airfield.\n\n"
     "Another 41,000 homes are planned elsewhere in the state.", "NG"),
    ("The housing agency will build 14,000 homes on the former airfield.\n\n"
     "The 4,100 affordable homes will be offered to first-time buyers.", "NG"),
    ("The developer will build 14,000 homes on the former airfield.\n\n"
     "The first phase will include 4,100 homes, and the 4,100 homes will be sold by lottery.", "NG"),
    ("The developer will build 14,000 homes on the former airfield.\n\n"
     "The 4,100 homes in the first phase will be sold by lottery.", "NG"),
    ("The housing agency will build 14,000 homes on the former airfield.\n\n"
     "A second project in the east will add 41,000 homes, and the 41,000 homes will be finished by 2032.", "NG"),
    # four-room flats count rooms, not flats
    ("Four-room flats sold for more than a year ago.\n\nThe 5,032 flats launched in February sold out.", "SG"),
    # lengths: a part of the road, another road, a section, another kind of thing
    ("The concession covers 275 kilometres of national roads in the north.\n\n"
     "The operator will widen 57 kilometres of single-lane road, and the 57 km will be tolled.", "AR"),
    ("The contractor will build a 540km water pipeline from the dam to the coast.\n\n"
     "A separate 450km pipeline will feed the port, and the 450km route crosses two rivers.", "KE"),
    ("The contractor will build a 540km water pipeline from the dam to the coast.\n\n"
     "The first 45km section will be laid this year.", "KE"),
    ("Engineers finished the 1.8-kilometre Mwanza Bridge on Friday.\n\n"
     "The main river section has a 240-metre span, and the 2.4-km approach road was resurfaced.", "TZ"),
    ("The government approved a 190km road and a 910km railway.\n\nThe 190km road opens in May.", "KE"),
    # money: phase and total, two projects, a cost that rose, values that are no slip
    ("The first phase of the tram scheme will cost £2.6bn, officials said.\n\n"
     "Opponents said the £6.2bn project would push up council tax.", "GB"),
    ("The council approved the £2.6bn tram scheme on Tuesday.\n\n"
     "It also backed a second project, and the £6.2bn project will extend the airport.", "GB"),
    ("The council approved the £2.6bn tram scheme on Tuesday.\n\n"
     "Opponents said the £4.1bn project would push up council tax.", "GB"),
    ("The council approved the £2.6bn tram scheme in 2019.\n\n"
     "The cost has since risen, and the £6.2bn project will now open in 2031.", "GB"),
    # money: another loan of the same kind, a change, nouns that differ
    ("The Treasury signed a $250 million loan with the bank on Monday.\n\n"
     "A second $520 million loan will pay for rural roads.", "KE"),
    ("Revenue rose by £45m to £300m.\n\nThe £54m increase came from ticket sales.", "GB"),
    ("The Treasury signed a $250 million loan with the bank on Monday.\n\n"
     "The $520 million grant will pay for rural roads.", "KE"),
    # ages: two people, a father, a noun of its own, the same age, no slip
    ("Police arrested Ahmed Khan, 45, and his father on Monday.\n\nThe 61-year-old was released.", "KE"),
    ("Police arrested Ahmed Khan, 45, and Mary Otieno, 54, on Monday.\n\nThe 54-year-old was released.", "KE"),
    ("Police arrested Ahmed Khan, 45, on Monday.\n\nThe 54-year-old driver of the car was released.", "KE"),
    ("Police arrested Ahmed Khan, 45, on Monday.\n\nThe 45-year-old was released.", "KE"),
    ("Police arrested Ahmed Khan, 45, on Monday.\n\nThe 46-year-old was released.", "KE"),
    # a comparison with last year
    ("A total of 491 people have died of dengue this year, the health ministry said.\n\n"
     "That is higher than the 419 deaths recorded in the same period last year.", "PH"),
]


@pytest.mark.parametrize(("text", "country"), CLEAN)
def test_same_thing_stays_silent(text, country):
    assert [f.text for f in consistency(text, country=country)] == []


# -- the size of one thing, in every shape a reporter writes it ------------------------------------------
#
# A hospital's beds, an estate's homes, a tower's storeys, a stadium's seats, a hotel's rooms: given first
# attributively ("a 500-bed hospital") or as the thing's parts ("a hospital with / of 500 beds", "the hospital,
# which has 500 beds", "the hospital has 500 beds"), then referred back to attributively, with "all", with the
# thing's possessive, with "its", or under a generic noun ("the 650-bed facility"). Each shape is crossed with
# every other, with a wrong value (a close one, and digits swapped through a zero: 1,200 / 1,020) that must be
# flagged and the right value that must stay silent. Bare seats ("all 650 seats", "its 650 seats") are read only
# as the seats of a venue the story has given its seats: bare seats are usually a party's.

SIZED_THINGS = [  # hyphenated noun, plural, the thing, a generic noun for it
    ("bed", "beds", "hospital", "facility"),
    ("home", "homes", "estate", "development"),
    ("storey", "storeys", "tower", "building"),
    ("seat", "seats", "stadium", "venue"),
    ("room", "rooms", "hotel", "property"),
]
SIZED_FIRST = {
    "attributive": "The city opened a {v}-{hy} {head} on Monday, officials said.",
    "with": "The city opened a {head} with {v} {pl} on Monday, officials said.",
    "of": "The city opened a {head} of {v} {pl} on Monday, officials said.",
    "which-has": "The city opened a new {head}, which has {v} {pl}, on Monday.",
    "has": "The new {head} has {v} {pl}, officials said on Monday.",
}
SIZED_LATER = {
    "attributive": "Officials said the {v}-{hy} {head} would be fully open by March.",
    "all": "All {v} {pl} will be in use by March, the manager said.",
    "possessive": "The {head}'s {v} {pl} will be in use by March, the manager said.",
    "its": "Its {v} {pl} will be in use by March, the manager said.",
    "generic": "Officials said the {v}-{hy} {generic} would be fully open by March.",
}
SIZED_MIDDLE = "It cost about $40 million to build, the council said."


def _sized(first: str, later: str, thing, a: str, b: str) -> str:
    hy, pl, head, generic = thing
    return (SIZED_FIRST[first].format(v=a, hy=hy, pl=pl, head=head) + "\n\n" + SIZED_MIDDLE + "\n\n"
            + SIZED_LATER[later].format(v=b, hy=hy, pl=pl, head=head, generic=generic))


SIZED_GRID = [(thing, first, later, pair) for thing in SIZED_THINGS for first in SIZED_FIRST
              for later in SIZED_LATER for pair in (("500", "650"), ("1,200", "1,020"))]


@pytest.mark.parametrize(("thing", "first", "later", "pair"), SIZED_GRID,
                         ids=[f"{t[0]}-{f}-{l}-{p[0]}" for t, f, l, p in SIZED_GRID])
def test_size_of_one_thing_in_any_shape(thing, first, later, pair):
    a, b = pair
    wrong = [f.text for f in consistency(_sized(first, later, thing, a, b))]
    # (bare "all 650 seats" / "its 650 seats" are read as the story's one venue's seats once the story has given
    # a stadium its seats: round 7; bare seats in a story with no venue are still a party's, never read)
    assert len(wrong) == 1 and wrong[0].startswith(b), wrong
    assert consistency(_sized(first, later, thing, a, a)) == []


LENGTH_FIRST = {
    "attributive": "Engineers opened a {v}-km bridge across the river on Friday.",
    "named": "The {v}-kilometre Qilin River Bridge opened to traffic on Friday.",
    "long": "Engineers opened a bridge {v} km long across the river on Friday.",
    "which-spans": "The new bridge, which spans {v} km, opened to traffic on Friday.",
    "stretches": "The bridge stretches {v} kilometres across the estuary, officials said.",
    "apposition-long": "The Qilin Bridge, {v} km long, opened to traffic on Friday.",
}
LENGTH_LATER = {
    "attributive": "Officials said the {v}-km bridge could withstand strong earthquakes.",
    "span": "Officials said the {v}-km span could withstand strong earthquakes.",
    "crossing": "Tolls will apply along the {v}km crossing from May.",
    "all-of": "Lights will line all {v} km of the bridge.",
    "which-is": "Engineers said the bridge, which is {v}km long, could withstand earthquakes.",
    "length": "Engineers said the bridge's {v}km length made it the longest in the province.",
    "structure": "Engineers said the {v}-km structure could withstand earthquakes.",
}
POWER_FIRST = {
    "attributive": "The utility commissioned a {v}MW solar plant near the border on Friday.",
    "with-capacity": "The utility commissioned a solar plant with a capacity of {v}MW near the border.",
    "which-has": "The solar plant, which has a capacity of {v} megawatts, opened on Friday.",
}
POWER_LATER = {
    "attributive": "Officials said the {v}MW plant would power a million homes.",
    "generic": "Officials said the {v}MW facility would power a million homes.",
    "its-capacity": "Officials said its {v}MW capacity would power a million homes.",
}
MEASURED_GRID = [(LENGTH_FIRST[f], LENGTH_LATER[l], pair) for f in LENGTH_FIRST for l in LENGTH_LATER
                 for pair in (("12.4", "14.2"), ("12.4", "15.8"))] + \
                [(POWER_FIRST[f], POWER_LATER[l], pair) for f in POWER_FIRST for l in POWER_LATER
                 for pair in (("1,200", "2,100"), ("1,200", "1,500"))]


@pytest.mark.parametrize(("first", "later", "pair"), MEASURED_GRID)
def test_length_or_capacity_of_one_thing_in_any_shape(first, later, pair):
    a, b = pair
    text = first.format(v=a) + "\n\n" + SIZED_MIDDLE + "\n\n" + later.format(v=b)
    wrong = [f.text for f in consistency(text)]
    assert len(wrong) == 1 and wrong[0].startswith(b), wrong
    assert consistency(first.format(v=a) + "\n\n" + SIZED_MIDDLE + "\n\n" + later.format(v=a)) == []


# A whole and its breakdown: figures in one sentence that add up to the whole are its parts, so the later
# "all N" is compared with the whole alone; digits swapped through a zero (1,200 / 1,020) are a slip.
SIZED_BAD = [
    ("The council approved a 360-home scheme on the old barracks site on Tuesday.\n\n"
     "It will have 150 houses, 130 apartments and 80 maisonettes.\n\n"
     "The builder expects all 320 homes to be finished by 2028.", "320 homes", "IE"),
    ("A 900-bed teaching hospital opened in the city on Monday.\n\n"
     "The east wing has 400 beds and the west wing 500 beds.\n\n"
     "Its 960 beds will ease pressure on the old infirmary, the director said.", "960 beds", "KE"),
    ("The resort will have 240 rooms when it opens next spring.\n\n"
     "The main building will hold 160 rooms and the villas 80 rooms.\n\n"
     "All 420 rooms will face the sea, the developer said.", "420 rooms", "MV"),
    # the thing named before its size pins the comparison: a 20-bed unit is another thing
    ("The 300-bed hospital in Mbale will admit patients from June, the ministry said.\n\n"
     "It will also house a 16-bed intensive care unit.\n\n"
     "Once fully staffed, the 380-bed hospital will serve four districts.", "380-bed", "UG"),
    ("Work began on a 45-storey tower beside the harbour on Monday.\n\n"
     "A 12-storey car park will be built next to it.\n\n"
     "The 54-storey tower will be the tallest in the city.", "54-storey", "AU"),
    # digits swapped through a zero
    ("The stadium, which has 40,500 seats, hosted its first match on Saturday.\n\n"
     "The 45,000-seat stadium will host the final in May.", "45,000-seat", "MA"),
    ("The hotel has 1,300 rooms, the company said.\n\nThe hotel's 1,030 rooms were fully booked.", "1,030 rooms",
     "AE"),
    # a bridge or a plant under its own name
    ("The 3.6-kilometre Sheikh Zayed Causeway Bridge opened on Friday.\n\n"
     "Engineers said the 6.3-km bridge would carry 60,000 vehicles a day.", "6.3-km bridge", "AE"),
    ("The 1,320MW Port Qasim Power Plant was commissioned on Friday.\n\n"
     "The 1,230MW plant will supply 4 million homes.", "1,230MW plant", "PK"),
]


@pytest.mark.parametrize(("text", "figure", "country"), SIZED_BAD, ids=[b[1] for b in SIZED_BAD])
def test_size_given_twice(text, figure, country):
    assert [f.text for f in consistency(text, country=country)] == [figure]


SIZED_CLEAN = [
    # another thing of the kind introduced in between
    ("The city opened a 500-bed hospital on Monday.\n\n"
     "A second hospital with 650 beds is planned nearby, and the 650-bed hospital will open in 2027.", "KE"),
    ("The state runs a 500-bed hospital in Balangir.\n\n"
     "A 650-bed hospital in Burla serves the west, and the 650-bed hospital is always full.", "IN"),
    # another thing of another kind
    ("The city opened a 500-bed hospital on Monday.\n\n"
     "Its 20-bed dialysis unit will open in May, and the 24-bed dialysis unit at the old site will close.", "KE"),
    # a part of the whole, a breakdown that adds up, an allocation list
    ("The 500-bed hospital opened on Monday.\n\n"
     "The first phase of 200 beds is ready, and the 200 beds will be used for maternity care.", "KE"),
    ("The developer will build a 420-home estate outside the town.\n\n"
     "It includes 200 houses and 220 flats, and the 220 flats will be sold to first-time buyers.", "KE"),
    ("The developer will build a 420-home estate outside the town.\n\n"
     "The first phase will deliver 180 homes by 2026 and the remaining 240 homes by 2028.", "KE"),
    ("The 500-bed hospital opened on Monday.\n\n"
     "It will have 120 beds for surgery, 80 for maternity and 60 for children.", "KE"),
    # a change of size, another time
    ("The hospital opened with 500 beds.\n\n"
     "It was expanded last year, and the 650-bed hospital is now the region's largest.", "KE"),
    ("In 2015 the old hospital had 500 beds.\n\nThe 650-bed hospital opened on Monday.", "KE"),
    # seats won by a party are not the house's size
    ("The NDC won 183 seats in the 276-seat parliament.\n\n"
     "The 183 seats give it a two-thirds majority, and the NPP's 88 seats make it the largest opposition.", "GH"),
    # a part of a hotel, a second building, the units of a plant, a nation's capacity
    ("The 300-room hotel opened on Friday.\n\nThe 30 rooms on the top floor are suites.", "KE"),
    ("The 40-storey tower will be finished next year.\n\n"
     "A 14-storey car park beside the tower opens in May, and the 14-storey block will have 900 spaces.", "KE"),
    ("The utility commissioned a 1,320MW coal plant on Friday.\n\n"
     "The plant's two 660MW units will run at full load by March.", "PK"),
    ("The utility commissioned a 1,320MW coal plant on Friday.\n\n"
     "The 660MW first unit is already running, and the 660MW unit will be joined by a second in June.", "PK"),
    ("The country has an installed capacity of 3,300MW, officials said.\n\n"
     "A new 330MW plant opened on Friday, and the 330MW plant will supply the capital.", "KE"),
    # a month is a time, not a place: "from May" does not bind the later figure elsewhere (and it is right)
    ("Engineers opened a 12.4-km bridge across the river on Friday.\n\n"
     "Tolls will apply along the 12.4km crossing from May.", "CN"),
]


@pytest.mark.parametrize(("text", "country"), SIZED_CLEAN, ids=[c[0][:40] for c in SIZED_CLEAN])
def test_size_near_miss_is_silent(text, country):
    assert [f.text for f in consistency(text, country=country)] == []


# -- session 2: blockers the blind batches b12-b14 met ----------------------------------------
# (each sentence written for these tests)
BLOCKER_BAD = [
    # a round size and a figure half-way to the next round one: "300" stands for 250 up to 349
    ("Work began on a 300-bed referral facility in Nyeri on Monday.\n\n"
     "When all 350 beds are open, the facility will serve three counties.", "350 beds", "KE"),
    ("The county will build a 500-home estate on the old rail yard.\n\n"
     "The 550 homes will be let at below-market rents.", "550 homes", "KE"),
    ("A 1,000-bed teaching hospital opened in Multan on Tuesday.\n\n"
     "The 1,500-bed hospital replaces three older wards.", "1,500-bed", "PK"),
    # "a new 800-bed hospital": new is the hospital's; "a university hospital" is a hospital
    ("A new 600-bed university hospital opened in Daegu on Monday.\n\n"
     "The 660-bed hospital will reach full operation next year.", "660-bed", "KR"),
    ("A new 450-bed district hospital opened in Gulu on Friday.\n\n"
     "Officials said the 540-bed hospital would employ 900 staff.", "540-bed", "UG"),
    ("The ministry opened a new 240-room student hostel on the campus.\n\n"
     "The 420-room hostel cost less than planned.", "420-room", "KE"),
    # a line, a route, a track: no pipeline or road named, so they are the story's one measured thing
    ("The 585km electrified line will link the port with the northern border.\n\n"
     "Twelve stations will be built along the 558km line.", "558km line", "MY"),
    ("Regulators approved the Ridgeback project, a 214-mile natural gas line to the coast.\n\n"
     "Landowners along the 241-mile route have 30 days to object.", "241-mile route", "US"),
    ("The 73km light-rail link will open in stages from 2027.\n\n"
     "Contractors have started work, and the 37km link is due to open first.", "37km link", "AU"),
    # the thing named by its name: "other projects" in between are not what it refers to
    ("The largest project, Riverside Gardens, offers 1,260 flats.\n\n"
     "Other projects are in the east and the north of the island.\n\n"
     "The 1,620-unit Riverside Gardens project will include a clinic.", "1,620-unit", "SG"),
    ("The board approved Harbour View, a scheme of 840 homes.\n\n"
     "Another scheme nearby was rejected.\n\n"
     "The 480-home Harbour View scheme will open in 2028.", "480-home", "GB"),
    ("The biggest estate, Palm Heights, will have 2,350 units.\n\n"
     "A second estate is planned for the coast.\n\n"
     "The 2,530-unit Palm Heights estate will be finished first.", "2,530-unit", "NG"),
    # a year after the figure's clause is the yardstick's, not the figure's
    ("The president opened the Shs 734bn bridge project on Tuesday.\n\n"
     "Critics compared the Shs 743bn bridge with the Jinja bridge, which cost less and opened in 2018.",
     "Shs 743bn bridge", "UG"),
    ("The council approved the $1.35 billion rail project on Monday.\n\n"
     "Opponents said the $1.53 billion project cost more than the tram line, which was finished in 2015.",
     "$1.53 billion project", "US"),
    ("Engineers opened the 465km highway on Friday.\n\n"
     "The 456km highway, unlike the coast road, which was built in 1998, has six lanes.", "456km highway", "KE"),
    # a toll today: the storm's own time sits in a relative clause; "since ... earlier" is the yardstick's
    ("The death toll from the storm that hit the region earlier this week has risen to 28, officials said.\n\n"
     "The 82 people killed made it the deadliest storm since the cyclone two years earlier.", "82 people killed", "PH"),
    ("The death toll from the floods that swept the valley last week has climbed to 47, police said.\n\n"
     "Prayers were held for the 74 people killed.", "74 people killed", "PK"),
    ("The number of people killed in the quake that struck on Monday has risen to 36.\n\n"
     "The 63 dead made it the worst disaster since 2015.", "63 dead", "TR"),
]

BLOCKER_CLEAN = [
    # a hedged round figure keeps its slack; a figure that rounds to the round one agrees
    ("Work began on a facility of about 300 beds in Nyeri on Monday.\n\n"
     "When all 340 beds are open, the facility will serve three counties.", "KE"),
    ("The county will build a 500-home estate on the old rail yard.\n\n"
     "The 480 homes will be let at below-market rents.", "KE"),
    # a line and a pipeline named: the generic line is the pipeline, another line is introduced
    ("The 585km electrified line will link the port with the border.\n\n"
     "A separate 58km line will serve the airport, and the 58km line opens first.", "MY"),
    # other named projects keep their own figures
    ("The largest project, Riverside Gardens, offers 1,260 flats.\n\n"
     "The 1,620-unit Lakeside Court project will include a clinic.", "SG"),
    # a toll that rises, said as such
    ("The death toll from the storm that hit the region earlier this week has risen to 28, officials said.\n\n"
     "By Friday it had risen to 32, and the 32 people killed were buried on Saturday.", "PH"),
    # a toll of another storm, in its own clause
    ("The storm has killed 28 people, officials said.\n\n"
     "Last year a cyclone killed 82 people in the same province.", "PH"),
]


@pytest.mark.parametrize(("text", "figure", "country"), BLOCKER_BAD, ids=[b[1] for b in BLOCKER_BAD])
def test_blocker_class_is_read(text, figure, country):
    assert [f.text for f in consistency(text, country=country)] == [figure]


@pytest.mark.parametrize(("text", "country"), BLOCKER_CLEAN, ids=[c[0][:40] for c in BLOCKER_CLEAN])
def test_blocker_near_miss_is_silent(text, country):
    assert [f.text for f in consistency(text, country=country)] == []


# a recount with its digits swapped: "the 1,540 schools affected" is the whole, and only a sentence that
# speaks of the count can change it
RECOUNT_BAD = [
    ("Officials said 1,370 schools in the province would move classes online.\n\n"
     "\"We have had more snow days than lessons,\" said one parent, a mother of three.\n\n"
     "Teachers at the 1,730 schools affected will take attendance online.", "1,730 schools"),
    ("The agency said 2,460 clinics would stay open over the holiday.\n\n"
     "Staff at the 2,640 clinics involved will be paid overtime.", "2,640 clinics"),
    ("Inspectors found that 1,250 shops had sold expired medicine.\n\n"
     "Customers said more checks were needed.\n\n"
     "The 1,520 shops affected will be fined.", "1,520 shops"),
]
RECOUNT_CLEAN = [
    # a slip that is no swap, with a restriction: a part
    ("Officials said 1,370 schools in the province would move classes online.\n\n"
     "Teachers at the 1,170 schools affected will take attendance online.", ),
    # an update narrated about the count
    ("Officials said 1,370 schools in the province would move classes online.\n\n"
     "By Tuesday more schools had closed, and the 1,730 schools will stay shut until Friday.", ),
]


@pytest.mark.parametrize(("text", "figure"), RECOUNT_BAD, ids=[b[1] for b in RECOUNT_BAD])
def test_recount_swap_is_read(text, figure):
    assert [f.text for f in consistency(text, country="IR")] == [figure]


@pytest.mark.parametrize(("text",), RECOUNT_CLEAN, ids=[c[0][:40] for c in RECOUNT_CLEAN])
def test_recount_near_miss_is_silent(text):
    assert [f.text for f in consistency(text, country="IR")] == []
