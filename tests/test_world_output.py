"""FC209: one producer's output of a commodity beyond what the whole world makes (rules/tables/world_output.csv),
in sentences of our own.

Each flagged shape comes with its near misses: the same sentence with the figure right, or with the one word
that makes the figure someone else's or something else (the world's, a bloc's, a sum over years, a stock, a
capacity, consumption, another unit). Where a guard is what silences a near miss, a test turns the guard off and
shows the sentence then fires, so the near miss cannot pass by accident.
"""
from __future__ import annotations

import pytest

import factcheck
from factcheck.ruletypes import world_output
from factcheck.tables import ReferenceData, TableError


def fc209(text: str, date: str = "2024-06-01", country: str = "GH"):
    return [f for f in factcheck.check(text, date=date, country=country) if f.rule == "FC209"]


def flagged(text: str, **kw) -> list[str]:
    return [f.text for f in fc209(text, **kw)]


# (sentence, country, the figure flagged)
BAD = [
    # a country's harvest in tonnes, its commodity a shared word ("beans") in a story about cocoa
    ("The cocoa board met on Monday. Ghana, the second-biggest grower on earth, usually gathers a harvest of about "
     "71 million tonnes of beans.", "GH", "about 71 million tonnes"),
    ("Ivorian farmers harvested 21 million tonnes of cocoa in the main crop, the regulator said.", "CI",
     "21 million tonnes"),
    # crude a day: above the largest producer's, though below the world's
    ("Iraq, which pumps some 43 million barrels of crude a day, wants a bigger quota.", "IQ",
     "some 43 million barrels"),
    ("Nigeria's output climbed to 26.5 million bpd in May, the regulator said.", "NG", "26.5 million bpd"),
    ("Angola pumped 21mb/d in March, its highest in years.", "AO", "21mb/d"),
    # barrels a year, made a day's
    ("Kazakhstan produced 9.1 billion barrels of oil a year, the ministry said.", "KZ", "9.1 billion barrels"),
    # an airport and a port
    ("Hamad International welcomed 459 million passengers last year, up 15%.", "QA", "459 million passengers"),
    ("The port of Colombo handled 80 million TEUs in 2023, the ports authority said.", "LK", "80 million TEUs"),
    # counted units: coffee bags, cotton bales, troy ounces, bcm
    ("Vietnam exported 310 million bags of coffee in the season.", "VN", "310 million bags"),
    ("Pakistan produced 1,050 lakh bales of cotton this year.", "PK", "1,050 lakh bales"),
    ("Russia mined 41 million ounces of gold last year.", "RU", "41 million ounces"),
    ("Qatar produces about 1,700 bcm of gas a year.", "QA", "about 1,700 bcm"),
    # a daily figure in tonnes, made a year's
    ("India mines about 350 million tonnes of coal a day, the ministry said.", "IN", "about 350 million tonnes"),
    # the commodity named before the figure
    ("Malaysia's palm oil output reached 190 million tonnes in 2023.", "MY", "190 million tonnes"),
    ("Chile's copper production rose to 53 million tonnes last year.", "CL", "53 million tonnes"),
    # a company or a region, held to the world's output
    ("Codelco produced 54 million tonnes of copper last year.", "CL", "54 million tonnes"),
]

GOOD = [
    # the right figures
    ("The cocoa board met on Monday. Ghana, the second-biggest grower on earth, usually gathers a harvest of about "
     "710,000 tonnes of beans.", "GH"),
    ("Iraq, which pumps some 4.3 million barrels of crude a day, wants a bigger quota.", "IQ"),
    ("The United States pumped a record 13.2 million b/d of crude in 2024.", "US"),
    ("US output of crude and other liquids reached 22.9 million barrels a day.", "US"),
    ("Hamad International welcomed 45.9 million passengers last year, up 15%.", "QA"),
    ("The port of Colombo handled 8 million TEUs in 2023, the ports authority said.", "LK"),
    ("Vietnam exported 31 million bags of coffee in the season.", "VN"),
    ("Pakistan produced 105 lakh bales of cotton this year.", "PK"),
    ("China produced 4.76 billion tonnes of coal in 2024, statistics showed.", "CN"),
    ("Indonesia produced 54.8 million tonnes of palm oil in 2023.", "ID"),
    # the world's, a bloc's, several producers'
    ("World cocoa output may reach 50 million tonnes within a century, one model says.", "GH"),
    ("Saudi Arabia and the other OPEC+ members pump about 41 million barrels a day.", "SA"),
    ("Gulf producers together pump some 25 million barrels a day.", "SA"),
    ("India's airports handled 376 million passengers in the year to March.", "IN"),
    ("PSA handled 95 million TEUs across its terminals worldwide.", "SG"),
    # a sum over years
    ("Ghana has produced 65 million tonnes of cocoa since independence.", "GH"),
    ("Over the past two decades Brazil exported 1.2 billion tonnes of soybeans.", "BR"),
    ("Between 2000 and 2020 Kuwait pumped 20 billion barrels of oil a year on average, by one count.", "KW"),
    # stocks, reserves, capacity, consumption, imports
    ("Ghana's gold reserves stand at 8,000 tonnes, the central bank said.", "GH"),
    ("China's cement capacity is about 5 billion tonnes, far above what it makes.", "CN"),
    ("China consumed 1.2 billion tonnes of soybeans, most of it imported.", "CN"),
    ("China imported 1.2 billion tonnes of iron ore last year.", "CN"),
    # a different unit or a heavier thing
    ("The US harvested 15.3 billion bushels of corn.", "US"),
    ("Brazil produced 700 million tonnes of sugarcane this season.", "BR"),
    ("Brazil produced 700 million tonnes of sugar cane this season.", "BR"),
    ("China harvested 18 million tonnes of seed cotton.", "CN"),
    ("Escondida mined 400 million tonnes of copper ore.", "CL"),
    ("Iraq exported more than 100 million barrels of oil in April.", "IQ"),
    ("Libya's crude oil production reached 1,391,407 barrels on Saturday.", "LY"),
    ("Zambia produced 67 million bags of maize in 2023/2024.", "ZM"),
    # money
    ("Ghana's cocoa exports earned $65 billion over the decade.", "GH"),
    # a shared word in a story about two beans
    ("Coffee and cocoa prices rose. Ghana harvests about 71 million tonnes of beans, traders say.", "GH"),
    # two commodities in one phrase
    ("Indonesia's coal and palm oil exports reached 500 million tonnes and 30 million tonnes.", "ID"),
    # railways and airlines are not airports
    ("Indian Railways carried 8 billion passengers last year.", "IN"),
    ("The airport metro line served 376 million passengers last year.", "AE"),
    # a list: the figure before owns the commodity named before it
    ("The plan is to produce 32,536 kg of gold and 30,187 tons of cassiterite.", "CD"),
    # a bracketed figure's owner is not said; "white gold" is cotton
    ("Mali is the second-largest producer of white gold in Africa behind Benin (714,000 tons).", "ML"),
]


@pytest.mark.parametrize("text,country,figure", BAD)
def test_flagged(text, country, figure):
    assert flagged(text, country=country) == [figure]


@pytest.mark.parametrize("text,country", GOOD)
def test_near_misses_stay_silent(text, country):
    assert flagged(text, country=country) == []


def test_the_founding_shapes_flag_with_a_suggestion_and_evidence():
    [f] = fc209("Ghana, the world's second-largest producer, normally harvests about 65 million tonnes of beans "
                "a year. Cocoa prices rose.")
    assert f.severity.value == "error"
    assert f.suggestion == "about 650,000 tonnes"
    assert f.evidence["world"] == 5_000_000 and f.evidence["year"] == "2022/23"
    assert f.evidence["table"][0]["table"] == "world_output.csv" and "ICCO" in f.evidence["table"][0]["source"]
    [f] = fc209("Kuwait, which pumps about 24 million barrels of crude a day, is cutting output.", country="KW")
    assert f.suggestion == "about 2.4 million barrels"
    # Kuwait has a row in oil_peaks.csv: its own best year (about 3.3 million) is the tighter bound
    assert f.evidence["bound"] == "peak" and f.evidence["owner"] == "KW"
    [f] = fc209("Guyana, which pumps about 24 million barrels of crude a day, is cutting output.", country="GY")
    assert f.evidence["bound"] == "largest" and f.evidence["largest_producer"] == "United States"
    [f] = fc209("Dubai International handled 869 million passengers in 2023.", country="AE")
    assert f.suggestion == "86.9 million passengers"
    assert f.evidence["bound"] == "busiest"


def test_no_suggestion_when_no_slip_lands_in_range():
    [f] = fc209("Ghana harvests about 6.5 trillion tonnes of cocoa a year.")
    assert f.suggestion is None and "No usual slip" in f.message


def test_the_largest_producer_gets_a_wider_margin_than_the_rest():
    # 21 million b/d: 1.6 times the US record, within the leader's margin (its liquids count more widely) but
    # beyond any other country's
    assert flagged("The United States pumps 21 million barrels a day.", country="US") == []
    assert flagged("Canada pumps 21 million barrels a day.", country="CA") == ["21 million barrels a day"]


def test_a_company_is_held_to_the_world_not_to_the_largest_country():
    # 30 million b/d would be no country's, but a company named without a country is held to the world's output
    assert flagged("Aramco pumps 30 million barrels a day.", country="SA") == []
    assert flagged("Aramco pumps 300 million barrels a day.", country="SA") == ["300 million barrels a day"]


@pytest.mark.parametrize("guard,text,country", [
    ("_SOMETHING_ELSE", "Ghana has produced 65 million tonnes of cocoa since independence.", "GH"),
    ("_SOMETHING_ELSE", "China's cement capacity is about 5 billion tonnes, far above what it makes.", "CN"),
    ("_WIDER", "Saudi Arabia and the other OPEC+ members pump about 41 million barrels a day.", "SA"),
    ("_NOT_THE_ROW", "Brazil produced 700 million tonnes of sugar cane this season.", "BR"),
    ("_NOT_AIR", "The airport metro line served 376 million passengers last year.", "AE"),
])
def test_the_guard_is_what_silences_the_near_miss(monkeypatch, guard, text, country):
    assert flagged(text, country=country) == []
    monkeypatch.setattr(world_output, guard, world_output.regex.compile(r"(?!x)x"))
    assert flagged(text, country=country) != []


def test_the_ranking_apposition_is_not_the_world(monkeypatch):
    text = "Ghana, the world's second-largest producer, harvests 65 million tonnes of cocoa a year."
    assert flagged(text) == ["65 million tonnes"]
    monkeypatch.setattr(world_output, "_RANKED", world_output.regex.compile(r"(?!x)x"))
    assert flagged(text) == []


HEADER = "commodity,aliases,unit,world,largest,largest_name,largest_iso2,owner,year,counted,reexported,note,source,as_of\n"
GOOD_ROW = "cocoa,cocoa,tonne,5000000,2200000,Côte d'Ivoire,CI,country,2022/23,,,n,ICCO,2024-02-29\n"


@pytest.mark.parametrize("row,message", [
    ("cocoa,cocoa,bushel,5000000,2200000,X,CI,country,2023,,,n,ICCO,2024-02-29\n", "unit 'bushel'"),
    ("cocoa,cocoa,tonne,5000000,9200000,X,CI,country,2023,,,n,ICCO,2024-02-29\n", "exceeds the world's"),
    ("cocoa,cocoa,tonne,,,X,CI,country,2023,,,n,ICCO,2024-02-29\n", "needs a world figure"),
    ("cocoa,cocoa,tonne,5000000,2200000,X,Ivory,country,2023,,,n,ICCO,2024-02-29\n", "ISO alpha-2"),
    ("cocoa,cocoa,tonne,5000000,2200000,X,CI,farm,2023,,,n,ICCO,2024-02-29\n", "owner 'farm'"),
    ("cocoa,cocoa,tonne,5000000,2200000,X,CI,country,last year,,,n,ICCO,2024-02-29\n", "year 'last year'"),
    ("cocoa,cocoa,tonne,5000000,2200000,X,CI,country,2023,bag=60,,n,ICCO,2024-02-29\n", "noun:tonnes"),
    ("cocoa,cocoa,tonne,5000000,2200000,X,CI,country,2023,,,n,,2024-02-29\n", "source"),
    ("cocoa,cocoa,tonne,-5,,X,CI,country,2023,,,n,ICCO,2024-02-29\n", "positive"),
    ("hub,passengers,passenger,100,,,,airport,2023,,,n,ACI,2024-02-29\n", "busiest"),
    ("gold,gold,tonne,3640,380,China,CN,country,2023,,no,n,WGC,2024-02-29\n", "reexported 'no'"),
])
def test_a_bad_row_names_file_and_row(tmp_path, row, message):
    (tmp_path / "world_output.csv").write_text(HEADER + GOOD_ROW + row, encoding="utf-8")
    with pytest.raises(TableError) as error:
        ReferenceData(tmp_path).world_output
    assert error.value.row == 3 and "world_output.csv:3" in str(error.value)
    assert message in str(error.value)


def test_the_shipped_table_loads_and_holds_its_key_facts():
    rows = {r["commodity"]: r for r in ReferenceData(factcheck.tables.reference_data().folder).world_output}
    assert rows["cocoa"].number("world") == 5_000_000
    assert rows["crude oil"]["unit"] == "barrel per day"
    assert rows["airport passengers"].number("largest") == 104_700_000
    for row in rows.values():
        assert row.source and row.as_of
        world, largest = row.number("world"), row.number("largest")
        assert world is None or largest is None or largest <= world


def test_gold_exports_of_a_refining_hub_are_held_to_the_world_not_to_the_largest_miner():
    # Switzerland refines and re-exports more gold than any country mines; its exports are no output of its own
    assert flagged("Switzerland exported 1,800 tonnes of gold last year.", country="CH") == []
    assert flagged("Switzerland mined 1,800 tonnes of gold last year.", country="CH") == ["1,800 tonnes"]
    assert flagged("Switzerland exported 18,000 tonnes of gold last year.", country="CH") == ["18,000 tonnes"]


@pytest.mark.parametrize("text,country,figure", [
    # an ordinal before the commodity ("the first half") is no figure that owns it
    ("China's crude steel output in the first half was 5.3 billion tonnes.", "CN", "5.3 billion tonnes"),
    # a possessive that ranks nothing ("Singapore's port") is the owner, not an apposition
    ("Singapore's port handled 410 million TEUs in 2024.", "SG", "410 million TEUs"),
    # iron ore is the row, not an ore of a metal
    ("Vale produced 32.8 billion tonnes of iron ore in 2024.", "BR", "32.8 billion tonnes"),
    # condensate is counted in the world's oil liquids
    ("Russia's oil and condensate output hit 105 million barrels per day.", "RU", "105 million barrels per day"),
])
def test_shapes_read_past_their_first_traps(text, country, figure):
    assert flagged(text, country=country) == [figure]


@pytest.mark.parametrize("text,country", [
    ("China's crude steel output in the first half was 530 million tonnes.", "CN"),
    ("Singapore's port handled 41 million TEUs in 2024.", "SG"),
    ("Vale produced 328 million tonnes of iron ore in 2024.", "BR"),
    ("Russia's oil and condensate output stood at 10.5 million barrels per day.", "RU"),
    ("US crude and condensate output hit 13.6 million bpd, while total liquids reached 22.8 million barrels per day.",
     "US"),
])
def test_their_right_figures_stay_silent(text, country):
    assert flagged(text, country=country) == []


def test_million_barrels_a_day_is_read_as_its_own_unit():
    # the reader once took "mb/d" for millibarns a day, and this rule undid it; now the unit is named for what it is
    assert [(q.text, q.unit) for q in factcheck.extract("Angola pumped 21mb/d.")] == [("21mb/d", "million barrels per day")]
