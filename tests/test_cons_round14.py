"""Consistency, round 14: one thing sized twice, in shapes the earlier rounds did not read. All sentences are the
tests' own.

Classes: a generic "the ... project" cost named twice, or after the cost of the story's one thing; an "at least N"
toll whose only "others" are the injured or missing (no update); victims whose families are paid, or whose loss of
lives is mourned, are the dead; "injuring 57 passengers" reads the injured; a restricting clause that restates
what happened to the whole ("the 340 homes that burned", "the 1,400 schools that closed"); an exact toll told again
without "the"; a venue's bare capacity ("capacity from 52,000 to 65,000", "would hold 45,000 spectators"), a
stadium and an arena being one ground; road works named as "the 54km upgrade"; people on trial are the defendants;
"about 3,000" is not a 3,500-strong workforce; an existing thing of the kind is no third value; with two digits
swapped, a scope-free later sentence, a place given after the first figure or a completion year do not make
another thing. Near-misses: tolls that rose, other incidents, parts, costs that moved, another project, a
change to come, "some 5,000" against 5,600."""
from __future__ import annotations

import pytest

from _consistency_cases import consistency, flags

CAUGHT = [
    ("The Tasman Link project will cost NZ$1.6 billion, the minister said.\n\n"
     "Opponents said the NZ$1.9 billion project lacked a business case.", "NZ$1.9 billion", "NZ"),
    ("Ministers approved the $2.4 billion project on Monday.\n\nCritics said the $2.9 billion project "
     "had no published business case.", "$2.9 billion", "US"),
    pytest.param("A contract was signed for a 22km tram line in Oran at a cost of DZD 40 billion.\n\n"
                 "The DZD 46 billion project will be financed by state banks and a credit line from Italy.",
                 "DZD 46 billion", "DZ", marks=pytest.mark.xfail(strict=True, reason="'DZD 40 billion' is not read as money")),
    ("A contract was signed for a 22km tram line in Oran at a cost of EGP 12 billion.\n\n"
     "The EGP 15 billion project will be financed by state banks and a credit line from Italy.", "EGP 15 billion", "EG"),
    ("The Wairoa battery is expected to cost about NZ$370 million.\n\n"
     "The firm reached financial close on the NZ$730 million project with a group of lenders.", "NZ$730 million", "NZ"),
    ("At least 31 people were killed and 12 others injured when the ferry capsized, officials said.\n\n"
     "Relatives of the 36 dead gathered at the jetty.", "36 dead", "BD"),
    pytest.param("At least 22 people died and four others are missing after the landslide, officials said.\n\n"
                 "The governor said the 26 dead would be buried on Friday.", "26 dead", "ID",
                 marks=pytest.mark.xfail(strict=True, reason="'would be buried on Friday' shifts the later toll")),
    pytest.param("At least 22 people died and four others are missing after the landslide, officials said.\n\n"
                 "The governor said the 26 dead included nine children.", "26 dead", "ID",
                 marks=pytest.mark.xfail(strict=True, reason="'died ... after the landslide' leaves the first toll unusable")),
    ("At least 19 people were killed and 25 injured when the bus overturned.\n\n"
     "The minister mourned the loss of lives and paid for the funerals of the 23 victims.", "23 victims", "PK"),
    ("A blaze at a shoe factory killed 14 workers and injured 30 others on Sunday.\n\n"
     "The owner will pay Tk 3 lakh to the family of each of the 17 victims.", "17 victims", "BD"),
    ("The tram left the rails on Friday, injuring 44 passengers, police said.\n\n"
     "\"Fifty-two people were hurt, and we are deeply sorry,\" the operator's chief said.", "Fifty-two", "PL"),
    ("The bushfire destroyed 218 homes in the valley last week.\n\n"
     "Volunteers are helping the owners of the 281 homes that burned.", "281 homes", "AU"),
    ("The storm flattened 460 houses along the coast, officials said.\n\n"
     "Aid is going to the families of the 520 houses that were flattened.", "520 houses", "PH"),
    ("The strike kept about 800 schools closed across the region.\n\n"
     "\"The 950 schools that closed today will open tomorrow,\" the minister said.", "950 schools", "AR"),
    ("The council voted to raise the stadium's capacity from 30,000 to 42,000.\n\n"
     "Once built, the 46,000-seat stadium will host the cup final.", "46,000-seat", "GB"),
    ("The arena would hold 36,000 spectators under a retractable roof.\n\n"
     "\"A 63,000-seat stadium is a fantasy,\" a councillor said.", "63,000-seat", "BR"),
    ("The works will widen 36km of the coastal road to four lanes.\n\n"
     "The agency said the 41km upgrade would be built in two stages.", "41km", "AU"),
    ("Thirteen people went on trial in Lille on Monday over the subsidy fraud.\n\n"
     "All 15 defendants deny the charges.", "15 defendants", "FR"),
    ("Building the plant will employ about 2,000 workers at its peak.\n\n"
     "The 2,500-strong construction workforce will live on site.", "2,500-strong", "SA"),
    ("A 400-bed hospital is being built in Machakos, the governor said.\n\n"
     "The county will hire 300 nurses to run the 300-bed facility.\n\n"
     "The county's existing hospital has 260 beds.", "300-bed", "KE"),
    ("Sanitation remains poor at 2,140 schools across the country, the report said.\n\n"
     "Officials said the 2,410 remaining schools would get flush toilets.", "2,410", "ZA"),
    ("The scheme will provide 3,600 flats for poor families when it is completed in 2028.\n\n"
     "The project, on a site in Seri Kembangan, has six blocks of 600 flats each.\n\n"
     "The 3,060 flats in Seri Kembangan will cut the waiting list.", "3,060", "MY"),
]

SILENT = [
    ("At least 31 people were killed in the ferry sinking, officials said.\n\n"
     "By evening the toll had risen, and relatives of the 36 dead gathered at the jetty.", "BD"),
    ("At least 22 people died in the landslide on Monday.\n\n"
     "Four more bodies were found on Tuesday, and the 26 dead will be buried on Friday.", "ID"),
    ("The tram derailed on Friday, injuring 44 passengers.\n\n"
     "It was the worst crash since 2019, when 52 people were hurt.", "PL"),
    ("A blaze at a shoe factory killed 14 workers on Sunday.\n\n"
     "Nine bodies were burnt beyond recognition, officials said.", "BD"),
    ("The bushfire destroyed 218 homes in the valley last week.\n\n"
     "Insurers have paid out on the 120 homes that were insured.", "AU"),
    ("The council voted to raise the stadium's capacity from 30,000 to 42,000.\n\n"
     "The 42,000-seat stadium will host the cup final.", "GB"),
    ("Ministers approved the $2.4 billion project on Monday.\n\n"
     "The cost of the project has since risen, and the $2.9 billion project is under review.", "US"),
    ("Ministers approved the $2.4 billion project on Monday.\n\n"
     "A second project, a port, was also approved, and the $2.9 billion project will start next year.", "US"),
    ("The company, which employs 9,400 people, will cut 1,100 jobs.\n\n"
     "If the cuts go ahead, its workforce will fall to 8,300.", "ZA"),
    ("The carmaker employs some 5,000 workers at its Pune plant.\n\nIts 5,600 workers will get a bonus.", "IN"),
    ("The union represents about 2,300 workers at the mine.\n\nThe 2,250 workers walked out on Thursday.", "CL"),
    ("Nine people went on trial in Lille on Monday over the subsidy fraud.\n\n"
     "All nine defendants deny the charges.", "FR"),
    ("A 400-bed hospital is being built in Machakos, the governor said.\n\n"
     "The county's existing hospital has 260 beds and is often full.", "KE"),
    ("The ministry signed a deal for a plant and a pipeline in a project valued at RO96 million.\n\n"
     "Work on the RO118 million plant will begin in March.", "OM"),
    ("The works will widen 36km of the coastal road to four lanes.\n\n"
     "The agency said the 20km section near the port would open first.", "AU"),
]


@pytest.mark.parametrize("text,figure,country", CAUGHT)
def test_one_thing_sized_twice_is_flagged(text, figure, country):
    assert flags(consistency(text, country), figure)


@pytest.mark.parametrize("text,country", SILENT)
def test_near_miss_stays_silent(text, country):
    assert consistency(text, country) == []
