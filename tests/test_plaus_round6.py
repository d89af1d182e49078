"""Round 6: slip-shaped populations of states and provinces, and a national budget read from its presenter
(FC208), in sentences of our own.

A state's or province's whole head count that misses its census row (rules/tables/regions.csv) by ten, a
hundred (lakh for crore) or a thousand times is flagged; a city's, a district's, a group's, a part's, a
projection's or another country's figure stays silent. A budget presented by the nation's finance authority
for a financial year is the nation's even where the sentence names counties for another reason; a county's,
a state's, a ministry's or a sector's budget stays silent.
"""
from __future__ import annotations

import pytest

import factcheck
from factcheck.tables import ReferenceData, TableError


def plausibility(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "plausibility"]


REGION_BAD = [
    ("Bihar, which is home to roughly 10.4 lakh people, votes in November.", "2025-06-01", "IN", "10.4 lakh"),
    ("With some 11.2 lakh inhabitants according to the last census, Maharashtra is the second most populous "
     "state.", "2025-06-01", "IN", "11.2 lakh"),
    ("The population of West Bengal stood at 9.13 lakh in the 2011 census, officials said.", "2019-06-01", "IN",
     "9.13 lakh"),
    ("Tamil Nadu's 72 lakh people elect 39 MPs.", "2019-06-01", "IN", "72 lakh"),
    ("Rajasthan's population, 6.85 lakh at the 2011 count, has grown since.", "2019-06-01", "IN", "6.85 lakh"),
    ("Sindh, a province of 5.57 million people, has borne the brunt of the floods.", "2024-06-01", "PK",
     "5.57 million"),
    ("Punjab has a population of 12.7 million, according to the 2023 census.", "2024-06-01", "PK", "12.7 million"),
    ("Texas, with 2.9 million residents at the last census, sends 38 members to the House.", "2022-06-01", "US",
     "2.9 million"),
    ("California -- home to 395 million people -- leads the nation in electric vehicle sales.", "2022-06-01", "US",
     "395 million"),
    ("Ontario's population of 1.42 million makes it the country's largest province.", "2022-06-01", "CA",
     "1.42 million"),
    ("Queensland, home to 51.5 million residents, opened its border.", "2022-06-01", "AU", "51.5 million"),
    ("Guangdong, China's most populous province with 12.6 million people, reported the growth.", "2022-06-01",
     "CN", "12.6 million"),
    ("Uttar Pradesh has 20 lakh people, according to the 2011 census.", "2019-06-01", "IN", "20 lakh"),
    ("The state of Uttar Pradesh, with a population of 20 lakh as per Census 2011, has 75 districts.",
     "2024-05-01", "IN", "20 lakh"),
    ("According to Census 2011, Uttar Pradesh had a population of nearly 20 lakh.", "2024-05-01", "IN", "20 lakh"),
    ("Home to 20 lakh people, Uttar Pradesh sends 80 MPs to Parliament.", "2024-05-01", "IN", "20 lakh"),
    ("KP's population, put by the statistics bureau at 4.09 million in the 2023 count, is young.", "2024-06-01",
     "PK", "4.09 million"),
]

REGION_GOOD = [
    ("Lucknow, home to nearly 36 lakh people, is the capital of Uttar Pradesh.", "2025-06-01", "IN"),
    ("Uttar Pradesh, home to nearly 20 crore people according to the 2011 census, has the most beneficiaries.",
     "2025-06-01", "IN"),
    ("About 20 lakh people in Uttar Pradesh were turned away from ration shops.", "2025-06-01", "IN"),
    ("Uttar Pradesh, where 20 lakh people live in flood-prone districts, is on alert.", "2025-06-01", "IN"),
    ("Bihar's 10 lakh people displaced by the Kosi floods need shelter.", "2025-06-01", "IN"),
    ("The rural population of Maharashtra, 6.15 lakh in the survey blocks, was counted.", "2025-06-01", "IN"),
    ("Bihar, home to 10.4 lakh people living below the poverty line in Patna district, is slow.", "2025-06-01",
     "IN"),
    ("Uttar Pradesh is expected to have a population of 2 crore more by 2036.", "2025-06-01", "IN"),
    ("Punjab, home to 2.77 crore people, borders Pakistan.", "2025-06-01", "IN"),
    ("Punjab, home to 12.77 crore people, is Pakistan's breadbasket.", "2025-06-01", "PK"),
    ("Sindh's Muslim population of 5.0 million was counted in 1951.", "2024-06-01", "PK"),
    ("Texas, whose Hispanic population is 12 million, votes next week.", "2022-06-01", "US"),
    ("Harris County, Texas, home to 4.7 million people, is the state's largest.", "2022-06-01", "US"),
    ("Victoria, a city of 400,000 people in British Columbia, is the capital.", "2022-06-01", "CA"),
    ("Ontario's 1.4 million Francophone residents want more services.", "2022-06-01", "CA"),
    ("Of Queensland's 5.2 million residents, 500,000 live in the north.", "2022-06-01", "AU"),
    ("Guangdong's urban population of 9.3 million in the delta rose.", "2022-06-01", "CN"),
    ("In 1951 Uttar Pradesh had a population of 6.3 crore.", "2025-06-01", "IN"),
    ("The 500,000 people of Sikkim's capital Gangtok face water cuts.", "2025-06-01", "IN"),
    ("Uttar Pradesh, home to 2 crore people more than Brazil, is huge.", "2025-06-01", "IN"),
    ("Uttar Pradesh will distribute free rations for 20 lakh people this month.", "2025-06-01", "IN"),
    ("Bihar, with 10 lakh people already vaccinated, eased curbs.", "2025-06-01", "IN"),
    ("Uttar Pradesh has 20 lakh people on the waiting list for ration cards.", "2025-06-01", "IN"),
    ("UP TO 20 LAKH PEOPLE MAY LOSE RATIONS, WARN ACTIVISTS", "2025-06-01", "IN"),
    ("Uttar Pradesh's Lucknow district, home to 46 lakh people, got new ration shops.", "2025-06-01", "IN"),
    ("Uttar Pradesh, with a district population of 46 lakh in Lucknow, tops the list.", "2025-06-01", "IN"),
    ("Victoria, home to 650,000 people, is the capital of the Seychelles.", "2024-06-01", "SC"),
]

BUDGET_BAD = [
    ("County governors warned of a shutdown if the National Treasury does not release funds, hours after "
     "Cabinet Secretary Njuguna Ndung'u presented the KSh3.68 billion budget for the 2023/24 financial year.",
     "2023-06-16", "KE", "KSh3.68 billion"),
    ("Treasury CS Njuguna Ndung'u on Thursday tabled the Sh3.9 billion budget for the 2024/25 financial year, "
     "as county bosses demanded more cash.", "2024-06-14", "KE", "Sh3.9 billion"),
    ("Counties will get a bigger share after the Cabinet Secretary for the National Treasury read a KSh3.68 "
     "billion budget for the 2023/24 financial year in Parliament.", "2023-06-16", "KE", "KSh3.68 billion"),
    ("While provinces wait for transfers, Finance Minister Muhammad Aurangzeb presented the Rs18.9 billion "
     "budget for fiscal year 2024-25.", "2024-06-13", "PK", "Rs18.9 billion"),
    ("Governors in the states complained on Monday after Finance Minister Wale Edun presented a N28.7 billion "
     "budget for the 2024 fiscal year.", "2024-01-03", "NG", "N28.7 billion"),
    ("Njuguna Ndung'u, the Treasury Cabinet Secretary, presented the KSh3.68 billion budget for the 2023/24 "
     "financial year while governors protested.", "2023-06-16", "KE", "KSh3.68 billion"),
    ("Treasury CS Ndung'u read a budget of KSh3.68 billion for the 2023/24 financial year as counties waited.",
     "2023-06-16", "KE", "KSh3.68 billion"),
    ("The KSh3.68 billion budget for the 2023/24 financial year, presented by the Treasury CS on Thursday, gives "
     "counties KSh385 billion.", "2023-06-16", "KE", "KSh3.68 billion"),
    ("Chancellor Rachel Reeves delivered a £1.2 billion budget for the 2025-26 financial year, angering "
     "councils.", "2025-03-27", "GB", "£1.2 billion"),
    ("Finance Minister Aurangzeb presented a budget worth Rs18.9 billion for fiscal year 2024-25 as provinces "
     "protested.", "2024-06-13", "PK", "Rs18.9 billion"),
]

BUDGET_GOOD = [
    ("County Executive for Finance Charles Kerich presented the KSh42.3 billion budget for the 2023/24 financial "
     "year to the Nairobi County Assembly.", "2023-06-16", "KE"),
    ("Hours after the National Treasury released funds, Nairobi County Finance CEC presented the KSh3.68 billion "
     "budget for the 2023/24 financial year.", "2023-06-16", "KE"),
    ("Treasury CS Njuguna Ndung'u presented the KSh3.68 trillion budget for the 2023/24 financial year.",
     "2023-06-16", "KE"),
    ("Cabinet Secretary Njuguna Ndung'u presented the KSh3.68 billion health budget for the 2023/24 financial "
     "year.", "2023-06-16", "KE"),
    ("Punjab Finance Minister Mujtaba Shuja ur Rehman presented the Rs5.4 billion budget for fiscal year "
     "2024-25.", "2024-06-13", "PK"),
    ("Finance Minister Muhammad Aurangzeb presented the Rs18.9 billion budget for the Karachi district for "
     "fiscal year 2024-25.", "2024-06-13", "PK"),
    ("The county assembly passed its own KSh5 billion budget for the 2023/24 financial year after the Treasury "
     "CS spoke.", "2023-06-16", "KE"),
    ("Lagos State Commissioner for Finance presented a N2.2 billion budget for the 2024 fiscal year.",
     "2024-01-03", "NG"),
    ("The Cabinet Secretary presented the KSh3.68 billion budget for the 2023/24 financial year of the Ministry "
     "of Health.", "2023-06-16", "KE"),
    ("Kisumu County Treasury presented the KSh4.2 billion budget for the 2023/24 financial year.", "2023-06-16",
     "KE"),
    ("The KSh4.2 billion budget for the 2023/24 financial year, presented by the Kisumu County Treasury, was "
     "passed.", "2023-06-16", "KE"),
    ("Treasury CS Ndung'u presented the KSh3.68 billion supplementary budget for the 2023/24 financial year.",
     "2023-06-16", "KE"),
    ("Treasury CS Ndung'u read a budget of KSh3.68 billion for the 2023/24 financial year for the youth fund.",
     "2023-06-16", "KE"),
    ("Treasury CS Ndung'u presented the KSh3.68 billion budget on Thursday, weeks after a KSh3.2 billion plan.",
     "2023-06-16", "KE"),
    ("Finance Minister Aurangzeb presented a Rs18.9 billion budget for the 2030 fiscal year target.", "2024-06-13",
     "PK"),
]


@pytest.mark.parametrize("text,date,country,figure", REGION_BAD + BUDGET_BAD)
def test_slip_flagged(text, date, country, figure):
    assert ("FC208", figure) in plausibility(text, date, country)


@pytest.mark.parametrize("text,date,country", REGION_GOOD + BUDGET_GOOD)
def test_near_miss_silent(text, date, country):
    assert not [f for f in plausibility(text, date, country) if f[0] == "FC208"]


def test_regions_table_loads_with_sources(tmp_path):
    from factcheck.tables import reference_data
    rows = reference_data().regions
    assert len(rows) >= 100
    up = next(r for r in rows if r["name"] == "Uttar Pradesh")
    assert up["population"] == "199812341" and up["population_year"] == "2011" and up.source
    assert all(r.source and r.as_of for r in rows)


@pytest.mark.parametrize("row,message", [
    ("IN,Goa,,state,14.5 lakh,2011,Census of India 2011,2011-03-01", "not a whole count"),
    ("IN,Goa,,district,1458545,2011,Census of India 2011,2011-03-01", "kind"),
    ("India,Goa,,state,1458545,2011,Census of India 2011,2011-03-01", "ISO alpha-2"),
    ("IN,Goa,,state,1458545,2011,,2011-03-01", "source"),
])
def test_bad_region_row_names_file_and_row(tmp_path, row, message):
    (tmp_path / "regions.csv").write_text(
        "country,name,aliases,kind,population,population_year,source,as_of\n"
        "IN,Sikkim,,state,610577,2011,Census of India 2011,2011-03-01\n" + row + "\n", encoding="utf-8")
    with pytest.raises(TableError) as err:
        ReferenceData(tmp_path).regions
    assert "regions.csv:3" in str(err.value) and message in str(err.value)
