"""Round 12: readings, not phrasings. A country's head count is read under EVERY owner the story offers and every
year ("for a country of 1.65 billion people" in a story naming four countries; "216 billion people using figures
from 2006"); a turnout "of the electoral roll" is a share of whoever may vote; a nation's whole spending is read
as its outlay, as "total program spending", and as bare "total spending" where the national budget is the only
one the story speaks of. Near-misses stay silent: a region's or the world's people, a target, a turnout measured
against another turnout, spending over several years, a half-year's spending. All sentences are our own."""
from __future__ import annotations

import pytest

from _findings import found

POPULATION = [
    # no owner named: too many people for every country the story names
    ("Dhaka garment exporters met buyers from Vietnam and Turkey. For a nation of 1.7 billion people, one industry "
     "is too narrow a base, the economist said.", "BD", "2023-05-02"),
    ("Lagos traders fear the levy. In a country of some 2.1 billion people, the tax net still misses most "
     "workers, the Ghanaian analyst added.", "NG", "2023-05-02"),
    ("Remittances from Qatar and Malaysia keep rising, and for a country of 3 billion people that money is "
     "a lifeline.", "NP", "2023-05-02"),
    ("\"We are a country of 1,100 million people,\" the Kenyan minister told delegates from Uganda.",
     "KE", "2023-05-02"),
    ("Officials in Cairo and Khartoum disagree. For a country of 10.5 billion people, water is survival, the "
     "Egyptian envoy said.", "EG", "2023-05-02"),
    ("Policy makers in a country of roughly 2.4 billion people cannot ignore farmers, the Pakistani economist "
     "argued after talks in Tehran.", "PK", "2023-05-02"),
    ("The Philippine senator said a nation of 1.1 billion people could not rely on imported rice from Thailand "
     "and Vietnam.", "PH", "2023-05-02"),
    ("Colombia, a country of 520 million people, is courting investors from Spain.", "CO", "2023-05-02"),
    # an owner named but a year far from the table's: too many under every year's reading
    ("\"We cannot plan for a country of 190 billion people with a census from 2006,\" the Nigerian commission "
     "chairman said.", "NG", "2022-05-25"),
    ("The 1998 census counted Pakistan's population at 1.3 billion, the bureau's archive shows.", "PK",
     "2022-05-25"),
    ("Back in 2001, Bangladesh's population was estimated at 1.3 billion, the report recalled.", "BD",
     "2023-05-25"),
    ("In 2005 Ethiopia's population stood at about 750 million, according to the old survey.", "ET",
     "2023-05-25"),
    ("Kenya, with a population of 3.9 billion at the 2009 census, is East Africa's biggest economy.", "KE",
     "2023-05-25"),
    # the owner-free ceiling: more people than any country could hold, whatever the year
    ("Officials said Nigeria, with a population of 21.6 billion by the 2015 estimate, needs more schools.",
     "NG", "2023-05-25"),
    ("Ghana's population of 24 billion, a 2010 figure, is out of date, the statistician said.", "GH",
     "2023-05-25"),
]

POPULATION_SILENT = [
    ("Dhaka garment exporters met buyers from India. For a nation of 1.4 billion people, India is a huge "
     "market, the economist said.", "BD", "2023-05-02"),
    ("For a region of 1.9 billion people, South Asia trades little within itself, the Pakistani economist said.",
     "PK", "2023-05-02"),
    ("Feeding a world of 8 billion people is the challenge, the Nepali minister said.", "NP", "2023-05-02"),
    ("The bloc, a market of 1.4 billion people, wants lower tariffs from Kenya.", "KE", "2023-05-02"),
    ("For a country of 170 million people, Bangladesh has few universities, the minister said.", "BD",
     "2023-05-02"),
    ("Nigeria will be a country of 400 million people by 2050, the UN projects.", "NG", "2023-05-02"),
    ("In a country of about 57 million people, Kenya's tax take is low, the Ugandan analyst said.", "KE",
     "2023-05-02"),
    ("The 2006 census put Nigeria's population at about 140 million.", "NG", "2022-05-25"),
    ("In 1971 Bangladesh's population was about 70 million, a fraction of today's.", "BD", "2023-05-25"),
    ("Pakistan's population was 132 million in 1998, the census showed.", "PK", "2023-05-25"),
    ("The continent of 1.4 billion people needs power, the Kenyan minister said.", "KE", "2023-05-02"),
    ("Asia and Africa together, home to 6 billion people, will shape demand, the Egyptian envoy said.", "EG",
     "2023-05-02"),
    ("Two countries of 1.4 billion people each, India and China, dominate the market, the Nepali trader said.",
     "NP", "2023-05-02"),
    ("Policy makers in a country of roughly 2.4 billion people cannot ignore farmers, the Pakistani economist "
     "argued after talks in Beijing.", "PK", "2023-05-02"),     # China's twice-over is still a reading
    ("China's 1.41 billion people consume most of the world's pork, the Vietnamese exporter said.", "VN",
     "2023-05-02"),
    ("The combined nations of 1.6 billion people signed the accord in Nairobi.", "KE", "2023-05-02"),
    ("If South Asia were a country of 1.9 billion people, it would trade far more, the Pakistani economist said.",
     "PK", "2023-05-02"),
    ("Treat the whole region as a country of 2 billion people and the market looks different, the Nepali "
     "trader said.", "NP", "2023-05-02"),
]

TURNOUT = [
    ("Turnout reached 106.2% of the electoral roll in the commune, officials said.", "CL", "2022-09-05"),
    ("Preliminary returns put turnout there at 103.9 percent of the electoral roll.", "CL", "2022-09-05"),
    ("Turnout hit 112 per cent of the electoral register in one ward, the commission admitted.", "GB",
     "2024-07-05"),
    ("Officials put turnout at 109 percent of the voter roll in the district.", "PK", "2024-02-09"),
    ("In the village, turnout was 118% of the registered roll, observers said.", "KE", "2022-08-10"),
    ("Turnout nationally reached 104.5 per cent of the electoral list, an impossible figure.", "GH", "2024-12-10"),
    ("Turnout overall stood at 101.3% of the roll, the observers' report says.", "ZW", "2023-08-25"),
    ("Turnout here hit 107 per cent of the electoral rolls, the returning officer said.", "NG", "2023-02-26"),
    ("Turnout in the ward reached 121 percent of those on the electoral roll.", "PH", "2022-05-10"),
    ("Turnout locally reached 140% of the voters' list, the party complained.", "IN", "2024-06-04"),
    ("Turnout there was 105 per cent of registered electors, the count showed.", "LK", "2024-09-22"),
    ("According to the returns, turnout was 113.4% of the electoral roll in Ñuñoa.", "CL", "2022-09-05"),
    ("Turnout reached 102.7 percent of the electoral roll, the service said, after a table was counted twice.",
     "CL", "2022-09-05"),
    ("The official turnout reached 150% of the electoral register, prompting a recount.", "MW", "2019-05-22"),
    ("Turnout there reached 104% of the enrolment list, the commission said.", "AU", "2022-05-21"),
]

TURNOUT_SILENT = [
    ("Turnout reached 106% of the 2017 level, the commission said.", "KE", "2022-08-10"),
    ("Turnout reached 112 per cent of last time's turnout in the ward.", "GB", "2024-07-05"),
    ("Turnout there reached 86.1% of the electoral roll, the highest since 1989.", "CL", "2022-09-05"),
    ("Turnout rose 104% from the previous poll, as voting was made compulsory.", "CL", "2022-09-05"),
    ("Turnout was 108 percent of the previous record, officials said.", "PH", "2022-05-10"),
    ("Turnout reached 103% of the target the commission had set.", "NG", "2023-02-26"),
    ("Turnout climbed to 61.4 per cent of the electoral register.", "GB", "2024-07-05"),
    ("Turnout was 120% of the average for a by-election, the party said.", "GB", "2024-07-05"),
    ("Turnout here reached 77 per cent of the voters' list.", "IN", "2024-06-04"),
    ("Turnout reached 101% of the figure seen in 2019, the agency said.", "IN", "2024-06-04"),
    ("Turnout was 115 per cent above the 2021 by-election.", "GB", "2024-07-05"),
    ("The stadium was filled to 104 per cent of capacity for the rally.", "KE", "2022-08-10"),
    ("Turnout reached 99.2% of the roll in the tiny island commune.", "CL", "2022-09-05"),
    ("Turnout reached 130% of the 2018 total in the district.", "PK", "2024-02-09"),
    ("Turnout there reached 110 per cent of last year's levels, the council said.", "GB", "2024-07-05"),
]

SPENDING = [
    ("The plan foresees a total federal outlay of $18.9 trillion for the year beginning on 1 July, with interest "
     "payments alone taking more than half of it.", "PK", "2024-06-13"),
    ("The budget sets a total federal outlay of $14.5 trillion for 2023-24.", "PK", "2023-06-10"),
    ("Finance Minister Ishaq Dar said total government outlays would reach $14 trillion next year.", "PK",
     "2023-06-10"),
    ("The finance minister tabled the federal budget. Total program spending and debt charges are set to reach "
     "about $510 million in 2024-25, with debt charges alone above $54 billion.", "CA", "2024-04-17"),
    ("The finance minister tabled the federal budget on Tuesday. Total spending is set to reach about "
     "$520 million in 2024-25, the budget papers show.", "CA", "2024-04-17"),
    ("The treasurer handed down the federal budget. Total spending will reach A$690 million in 2024-25, with "
     "health alone taking more than a sixth of it.", "AU", "2024-05-14"),
    ("Total public outlays for the year are put at R2.4 billion, the finance minister said.", "ZA", "2024-02-21"),
    ("The federal budget's total outlays of $6.9 billion for fiscal 2025 were unveiled by the Treasury.", "US",
     "2024-03-11"),
    ("The finance minister presented the federal budget. Total expenditure for the year is set at $21.2 trillion, "
     "with pensions alone taking almost half of it.", "PK", "2024-06-13"),
    ("The finance minister presented the budget to parliament. Total outlays will reach Sh3.9 billion in 2024/25.",
     "KE", "2024-06-13"),
]

SPENDING_SILENT = [
    ("The plan foresees a total federal outlay of Rs18.9 trillion for the year beginning on 1 July.", "PK",
     "2024-06-13"),
    ("The finance minister tabled the federal budget. Total program spending and debt charges are set to reach "
     "about $535 billion in 2024-25.", "CA", "2024-04-17"),
    ("The finance minister tabled the federal budget. The Calgary council's total spending is set at "
     "$5.3 billion, the mayor said.", "CA", "2024-04-17"),
    ("The finance minister tabled the federal budget. Total spending on the housing scheme is set at "
     "$535 million.", "CA", "2024-04-17"),
    ("Government expenditure amounted to KWD 6.74 billion during the first half of the financial year.", "KW",
     "2024-03-11"),
    ("Total spending over the next ten years will reach $18.9 trillion, the Pakistani plan says.", "PK",
     "2024-06-13"),
    ("The company's total outlays of $535 million were approved by the board.", "CA", "2024-04-17"),
    ("The provincial government's total spending is $53.5 million, the premier said.", "CA", "2024-04-17"),
    ("The finance minister tabled the federal budget. Total spending by the agency will be $535 million.", "CA",
     "2024-04-17"),
    ("Total federal outlays rose by $18.9 billion, the Treasury said.", "US", "2024-03-11"),
]


@pytest.mark.parametrize("text,country,date", POPULATION)
def test_head_count_too_big_for_every_reading(text, country, date):
    assert found(text, date, country, "plausibility")


@pytest.mark.parametrize("text,country,date", POPULATION_SILENT)
def test_head_count_some_reading_allows(text, country, date):
    assert not found(text, date, country, "plausibility")


@pytest.mark.parametrize("text,country,date", TURNOUT)
def test_turnout_share_of_the_roll(text, country, date):
    assert found(text, date, country, "plausibility")


@pytest.mark.parametrize("text,country,date", TURNOUT_SILENT)
def test_turnout_against_another_turnout(text, country, date):
    assert not found(text, date, country, "plausibility")


@pytest.mark.parametrize("text,country,date", SPENDING)
def test_whole_spending_off_by_a_slip(text, country, date):
    assert found(text, date, country, "plausibility")


@pytest.mark.parametrize("text,country,date", SPENDING_SILENT)
def test_spending_some_reading_allows(text, country, date):
    assert not found(text, date, country, "plausibility")
