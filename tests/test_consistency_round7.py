"""Consistency, round 7: digit swaps of any two digits, of money and of "N-bed" forms (FC409); a death toll
told in words (FC410).

On six fresh batches the consistency misses were three digit swaps FC409 was built for and still missed, a
stadium's seats given two values, and two death tolls written in words:

* FC409 asked for two NEIGHBOURING digits swapped ("312" and "213" swap the first and last), read a count's noun
  only after a space ("the 460-bed hospital" has none) and left money out altogether;
* the dead were read after "killing seven people", but "the nine victims" and "the storm's three victims" carry
  their number in words, and FC401/FC407 compared them only when the later toll was a known subject.

FC409 now reads any two figures of one kind whose digits are one pair exchanged (a length, an area, a counted
noun in either "640 beds" or "640-bed" form, an amount of one currency), with its existing guards. FC410 reads
the story's death toll as one counted thing: "killed N", "N dead", "N victims", "N bodies", "the deaths of N",
in words or digits, silent where the copy tells of a change (rose, climbed, more bodies, later died, updated,
revised) or the two tolls are set in different places, events or times.

Every sentence is written for these tests; none is taken from a published or evaluation story.
"""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags



# -- digit swaps FC409 missed: non-neighbouring digits, attributive counts, money ------------------------------

SWAPS = [
    # a length whose first and last digits are exchanged
    ("The authority will resurface 418km of trunk roads in the dry season, the minister said.\n\n"
     "When the 814km network is finished, journeys to the coast will take half as long.", "TZ", "814km"),
    ("Engineers have surveyed a 526-kilometre route for the new power line across the plateau.\n\n"
     "Landowners along the 625km route will be paid for the land the pylons stand on.", "ZM", "625km"),
    ("The canal, which runs for 173 miles through farmland, was dug in the 1880s.\n\n"
     "Volunteers hope to reopen all 371 miles to boats within a decade.", "US", "371 miles"),
    ("The utility will lay 6,402 metres of water main under the avenue, it said.\n\n"
     "Residents along the 6,204 metres of water main were asked to boil their water.", "AU", "6,204 metres"),
    # a count written as an attribute ("N-bed", "N-seat", "N-room")
    ("The trust will open a new hospital with 380 beds on the edge of the city.\n\n"
     "Nurses say the 830-bed hospital will need at least 400 more staff.", "GB", "830-bed"),
    ("The council approved plans for a theatre seating 1,250 people, with 1,250 seats in all.\n\n"
     "Critics called the 1,520-seat theatre an extravagance.", "IE", "1,520-seat"),
    ("The new stadium will hold 34,500 seats once the roof is finished, the club said.\n\n"
     "Fans queued for hours to see inside the 35,400-seat stadium on Saturday.", "NG", "35,400-seat"),
    ("A developer plans to build 270 rooms on the seafront site, the planning office said.\n\n"
     "Hoteliers fear the 720-room resort will draw guests away from the old town.", "ES", "720-room"),
    ("The hospital is to be expanded to 640 beds under the plan, the province said.\n\n"
     "The ward currently has about 510 beds.\n\n"
     "A new car park will serve the 460-bed hospital, officials said.", "PL", "460-bed"),
    # money of one thing
    ("The roads agency signed a Shs2.63 trillion contract to widen the northern bypass.\n\n"
     "Traders asked that the Shs2.36 trillion project hire local firms.", "UG", "Shs2.36 trillion"),
    ("The city has approved a $1.27 billion plan to replace its water mains.\n\n"
     "Opponents say the $1.72 billion plan should have gone to a public vote.", "US", "$1.72 billion"),
    ("The ministry awarded a ₦45.8 billion contract for the dualisation of the highway.\n\n"
     "Lawmakers questioned how the ₦48.5 billion contract was awarded without a tender.", "NG", "₦48.5 billion"),
    ("The province will spend Rs 3,640 crore on the new metro line, the chief minister said.\n\n"
     "Work on the Rs 3,460 crore line will start after the monsoon.", "IN", "Rs 3,460 crore"),
    ("Ministers signed off a £4.19bn deal for new frigates on Monday.\n\n"
     "Unions said the £4.91bn deal would secure jobs at the yard for a decade.", "GB", "£4.91bn"),
]


@pytest.mark.parametrize("text,country,figure", SWAPS)
def test_digit_swap_is_flagged(text, country, figure):
    assert flags(consistency(text, country), figure)


SWAPS_CLEAN = [
    # two amounts of one currency for two things
    "The state will spend $1.27 billion on water mains.\n\nSeparately, the $1.72 billion transit budget was passed.",
    "The agency signed a Shs2.63 trillion contract for the bypass.\n\nThe national budget, the Shs2.36 trillion "
    "development budget, was read in June.",
    # money in other years
    "In 2019 the project was priced at $1.27 billion.\n\nIn 2024 the $1.72 billion project was finally approved.",
    # a cost revised
    "The council approved a $1.27 billion plan in March.\n\nThe cost was later revised, and the $1.72 billion plan "
    "went to a vote.",
    # a cost that rose
    "The bridge was first costed at £4.19bn.\n\nCosts have since risen, and the £4.91bn bridge opens next year.",
    # two hospitals
    "The trust runs a 380-bed hospital in the north of the city.\n\nA second, the 830-bed hospital in the south, is "
    "being rebuilt.",
    # a hospital expanded (only two values: the old and the new)
    "The hospital will be expanded to 640 beds under the plan.\n\nThe 460-bed hospital has long been overcrowded.",
    # two stadiums
    "The national stadium holds 34,500 seats.\n\nThe 35,400-seat stadium in the capital of the neighbouring "
    "province hosts the final.",
    # other places for a length
    "In the north the programme covers 418km of roads.\n\nIn the south, the 814km network is half finished.",
    # a figure in a list of parts, in one sentence
    "The two routes run for 173 miles and 371 miles respectively.",
    # an amount that is a share of the contract
    "The government signed a $1.27 billion contract for the line.\n\nLenders will fund the first $1.72 billion "
    "phase of the wider programme.",
    # a change in the later clause
    "The city approved a $1.27 billion plan in May.\n\nThe plan now costs $1.72 billion after the redesign.",
]


@pytest.mark.parametrize("text", SWAPS_CLEAN)
def test_swap_near_miss_is_silent(text):
    assert not [f for f in consistency(text, "GB") if f.rule == "FC409"]


# -- a death toll told in words (FC410) ----------------------------------------------------------------------

TOLLS = [
    ("A landslide buried part of a hill village on Friday night, killing five people, police said.\n\n"
     "The district governor attended the burial of the six victims on Sunday.", "NP", "six victims"),
    ("Flash floods swept through the valley overnight, leaving eight people dead, officials said.\n\n"
     "Prayers were held for the ten victims at the main mosque.", "PK", "ten victims"),
    ("Three people died when the bus overturned on the mountain road, police said.\n\n"
     "Relatives of the bus's two victims gathered at the hospital.", "PE", "two victims"),
    ("The gas explosion killed 11 people and wounded dozens, the fire brigade said.\n\n"
     "A memorial for the 13 victims will be unveiled next year.", "DE", "13 victims"),
    ("The ferry capsized in rough seas on Tuesday, and four people were killed.\n\n"
     "The families of the three dead have asked for an inquiry.", "ID", "three dead"),
    ("A fire at the market killed six traders before dawn, according to the fire service.\n\n"
     "The mayor paid tribute to the fire's seven victims.", "GH", "seven victims"),
    ("Twelve people were killed when the dam burst, the state news agency reported.\n\n"
     "Rescuers recovered the last of the 14 bodies on Thursday.", "CN", "14 bodies"),
    ("The tornado left two people dead in the county, the sheriff's office said.\n\n"
     "Neighbours set up a fund for the families of the tornado's three victims.", "US", "three victims"),
]


@pytest.mark.parametrize("text,country,figure", TOLLS)
def test_toll_in_words_is_flagged(text, country, figure):
    assert flags(consistency(text, country), figure)


TOLLS_CLEAN = [
    # the toll rose
    "The landslide killed five people, police said.\n\nThe toll rose on Sunday, and the six victims were buried on "
    "Monday.",
    "The flood killed eight people on Friday.\n\nTwo more bodies were found overnight, and prayers were held for the "
    "ten victims.",
    "The crash killed three people.\n\nA fourth passenger later died in hospital, and the four victims were named "
    "on Tuesday.",
    "The blast killed 11 people, officials said at first.\n\nThe updated toll put the number of victims at 13, and "
    "the 13 victims were named.",
    # different events or places
    "The storm killed four people in Brittany.\n\nIn Normandy, the storm's two victims were a farmer and his son.",
    "The mudflow killed seven people on Saturday.\n\nA similar mudflow in 2019 had nine victims.",
    "The fire killed six people.\n\nIt was the city's worst since a blaze in 2015 that left nine dead.",
    "The bus crash killed three people.\n\nA separate crash on the same road last month left five dead.",
    # a part of the dead
    "The flood killed eight people, including three children.\n\nThe three victims who were children were buried "
    "first.",
    # injured, not dead
    "The crash killed two people and injured five.\n\nThe five injured were taken to hospital.",
    # a toll across a season or a country
    "The storm killed four people on Thursday.\n\nThis year's storms have now claimed nine victims across the "
    "country.",
]


@pytest.mark.parametrize("text", TOLLS_CLEAN)
def test_toll_near_miss_is_silent(text):
    assert not consistency(text, "FR")


# -- a toll with a count of the hurt or the rescued in between (FC407) -----------------------------------------
# The dead's difference was taken from any count of "people" in between ("Two people were taken to hospital with
# injuries" between seven and nine dead), and a bare figure of the same value from any sentence ("Eleven
# departments were put on alert, and three on the coast" before "the three victims"): each explained away the
# slip. A count of people is now the dead's difference, and a bare figure their count, only where its sentence
# speaks of death.

TOLLS_BETWEEN = [
    ("An avalanche hit the pass on Monday, killing six people, the rescue service said.\n\n"
     "Two people were airlifted to hospital in the capital with fractures.\n\n"
     "The eight victims were buried in their home villages on Wednesday.", "KG", "eight victims"),
    ("A boat carrying traders sank on the lake, leaving five people dead, police said.\n\n"
     "Fishermen pulled four people from the water alive.\n\n"
     "The district paid for the funerals of the nine victims.", "UG", "nine victims"),
    ("Floods killed 12 people in the county on Saturday, the sheriff said.\n\n"
     "Three people were rescued from the roof of a school bus.\n\n"
     "A vigil for the 15 victims drew hundreds on Monday.", "US", "15 victims"),
    ("A gale swept the coast overnight, killing four people, officials said.\n\n"
     "Twelve ports were closed to shipping, and three on the islands were damaged.\n\n"
     "The prime minister paid tribute to the gale's three victims.", "GB", "three victims"),
    ("The earthquake killed seven people in the hill town, officials said on Friday.\n\n"
     "Six schools were damaged, and two more were shut as a precaution.\n\n"
     "Residents mourned the nine victims on Sunday.", "IT", "nine victims"),
]


@pytest.mark.parametrize("text,country,figure", TOLLS_BETWEEN)
def test_toll_slip_past_other_counts_is_flagged(text, country, figure):
    assert flags(consistency(text, country), figure)


TOLLS_BETWEEN_CLEAN = [
    "An avalanche killed six people on Monday.\n\nTwo people later died in hospital.\n\nThe eight victims were "
    "buried on Wednesday.",
    "The boat sank, leaving five people dead.\n\nThe bodies of four people were pulled from the lake on Tuesday.\n\n"
    "The district paid for the funerals of the nine victims.",
    "Floods killed 12 people on Saturday.\n\nThree more people were found dead on Sunday.\n\nA vigil for the 15 "
    "victims drew hundreds.",
]


@pytest.mark.parametrize("text", TOLLS_BETWEEN_CLEAN)
def test_toll_updated_in_between_is_silent(text):
    assert not consistency(text, "GB")


# -- a venue's seats (FC407) ---------------------------------------------------------------------------------
# Seats were compared only with a venue named before their figure ("the stadium's 60,000 seats"), since bare
# "183 seats" are a party's. A venue named by the sentence that counts them ("With 20,000 seats, the stadium
# ...") is theirs, and "the 25,000 seats" with no venue of their own are the story's one venue's.

SEATS = [
    ("With 42,000 seats, the new stadium will be the biggest in the region, the club said.\n\n"
     "Supporters hope to fill the 48,000 seats for the derby.", "GB", "48,000 seats"),
    ("The arena, built for the championships, has 18,500 seats.\n\n"
     "Organisers said all 15,800 seats had been sold within a day.", "AU", "15,800 seats"),
    ("Opening on Friday, the theatre offers 1,200 seats on three levels.\n\n"
     "Critics praised the view from every one of the 1,400 seats.", "IE", "1,400 seats"),
    ("The cricket stadium in the city has 33,000 seats after the rebuild.\n\n"
     "Officials expect the 38,000 seats to be full for the final.", "IN", "38,000 seats"),
    ("With 62,000 seats, the arena is among the largest in Africa.\n\n"
     "Fans filled the arena's 65,000 seats for the opening match.", "ZA", "65,000 seats"),
]


@pytest.mark.parametrize("text,country,figure", SEATS)
def test_venue_seats_are_compared(text, country, figure):
    assert flags(consistency(text, country), figure)


SEATS_CLEAN = [
    # a party's seats
    "The party won 183 seats in the election, two short of a majority.\n\nThe 160 seats it held before were "
    "mostly in the north.",
    "With 42,000 seats, the stadium is the city's biggest.\n\nThe party won 48 seats in the election held there.",
    # the venue enlarged
    "With 42,000 seats, the stadium is the city's biggest.\n\nThe stadium was expanded last year, and the 48,000 "
    "seats were full for the derby.",
    # two venues
    "With 42,000 seats, the stadium is the city's biggest.\n\nA second venue, the old arena, has 18,000 seats, and "
    "the 18,000 seats there are cheaper.",
    # a part of the seats
    "The arena has 18,500 seats.\n\nThe 5,800 seats behind the goal are reserved for members.",
]


@pytest.mark.parametrize("text", SEATS_CLEAN)
def test_seats_near_miss_is_silent(text):
    assert not consistency(text, "GB")


# -- more near-misses for the widened FC409: amounts and attributive counts of two things ----------------------

MORE_CLEAN = [
    # a loan and a project: two things of one currency
    "The bank approved a $1.34 billion loan for the port.\n\nThe $1.43 billion expansion of the airport is funded "
    "by bonds.",
    # a price and a contract
    "Shares closed at $143 on Friday.\n\nThe $134 million contract was announced after the close.",
    # a per-unit price
    "Each flat will sell for Rs 1.26 crore.\n\nBuyers say the Rs 1.62 crore price of the larger flats is too high.",
    # the amount spent so far: a part
    "The government has paid Ksh2.31 billion of the contract so far.\n\nThe remaining Ksh2.13 billion will be paid "
    "on completion.",
    # last year's budget
    "The council's budget this year is £3.47m.\n\nLast year the £3.74m budget was overspent.",
    # two wards
    "The children's ward has 120 beds.\n\nThe maternity ward, a separate 210-bed unit, opened in May.",
    # a new hotel and an old one
    "The chain will open a 340-room hotel by the airport.\n\nIts older 430-room hotel in the city centre will close.",
    # a hospital enlarged from one size to the other, both given
    "The 460-bed hospital will be enlarged under the plan.\n\nOnce work ends, the 640-bed hospital will be the "
    "region's largest.",
    # seats of two parties
    "The ruling party holds 214 seats.\n\nThe opposition's 241 seats were won mostly in the cities.",
    # an age and a length: units are no counted thing
    "A 52-year-old driver was injured.\n\nThe 25-year-old passenger was unhurt.",
]


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_more_swap_near_misses_are_silent(text):
    assert not [f for f in consistency(text, "GB") if f.rule == "FC409"]
