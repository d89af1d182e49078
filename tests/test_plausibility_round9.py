"""Round 9: the same plausibility errors read in other shapes (a country's people "living in" it, its budget
presented in a fronted participle, goods trade, bare degrees a place reached, an electorate after a turnout,
a birthday), and the near-misses each reader must leave alone. All sentences are our own."""
from __future__ import annotations

import pytest

from _findings import found




FLAGGED = [
    # a country's population off by a slip, in other frames
    ("At the close of last year some 8.36 million people were living in Germany, the statistics office said.", "DE"),
    ("Some 6.8 million people live in France, according to the latest estimate.", "FR"),
    ("The census found that 5.5 million people were living in Kenya in 2024.", "KE"),
    ("There are 8.4 million people living in Germany.", "DE"),
    ("The number of people living in Vietnam reached 9.9 million at the end of 2024.", "VN"),
    ("The Philippines now has 11.7 million residents, up 1.5 per cent on a year earlier.", "PH"),
    ("Bangladesh, population 17 million, is one of the world's most crowded countries.", "BD"),
    # a national budget presented in another order or tense
    ("Presenting a Rs17.57 billion budget for 2025-26, Finance Minister Muhammad Aurangzeb promised stability.", "PK"),
    ("Finance Minister Muhammad Aurangzeb presents Rs17.57 billion budget for 2025-26", "PK"),
    ("Tabling the Rs17.57 billion budget for 2025-26 in the National Assembly, the finance minister promised relief.",
     "PK"),
    ("Pakistan's federal budget for FY26 stands at Rs17.57 billion.", "PK"),
    # bilateral trade off by a slip
    ("India is Sri Lanka's biggest trading partner, with two-way trade of about $5.5 trillion last year.", "LK"),
    ("Mexico is again the United States' largest trading partner. Two-way trade in goods reached $839.9 million "
     "last year, ahead of Canada and China.", "MX"),
    ("Mexico is again the United States' largest trading partner. Bilateral merchandise trade hit $839.9 million "
     "in 2024.", "MX"),
    # air temperatures beyond the record
    ("The weather station at Needles recorded 146 degrees on Sunday afternoon, while Bullhead City reached 123.",
     "US"),
    ("Phoenix hit 146 degrees Sunday afternoon, breaking the city's all-time record.", "US"),
    ("Las Vegas baked in 142F heat on Sunday, the hottest day ever recorded there.", "US"),
    ("Mohenjo Daro, one of the hottest places on earth, registered a scorching 62 degrees on Sunday.", "PK"),
    ("It was 60 degrees in the shade in Phalodi on Tuesday, according to the weather office.", "IN"),
    # turnout above the electorate, whatever the verb
    ("The Electoral Commission said 109.6 per cent of the 18.8 million registered voters cast their ballots.", "GH"),
    ("The poll drew 109.6 per cent of registered voters, the commission said.", "GH"),
    ("With 109.6 per cent of voters casting ballots, the count ran late.", "GH"),
    ("At 109.6 per cent, turnout was well above the 2020 level.", "GH"),
    ("Turnout at the union vote, including proxies, reached 104 per cent of the 3,000 registered members.", "KR"),
    # an age beyond any human's
    ("She celebrated her 140th birthday at a care home in Osaka on Sunday.", "JP"),
]


@pytest.mark.parametrize("text, country", FLAGGED)
def test_the_error_is_flagged_in_another_shape(text, country):
    assert found(text, "2025-06-20", country, "plausibility")


SILENT = [
    # shares of something that may pass 100%
    ("Some wards were running at between 120 and 150 per cent of capacity as patients lay on benches.", "KE"),
    ("Some wards ran at 140 per cent of capacity as patients slept on mats.", "KE"),
    ("Turnout reached 104.3 percent of the 2019 level.", "KR"),
    ("Turnout rose 104 per cent from the previous election.", "GH"),
    # people who live in a country but are a part of its people, or live in a city
    ("About 8.4 million people living in Germany were born abroad.", "DE"),
    ("About 8.4 million people live in Germany without a German passport.", "DE"),
    ("Another 8.4 million people live in Germany, officials said.", "DE"),
    ("About 8.4 million people live in Germany, most of them in the west.", "DE"),
    ("About 8.4 million people were living in Berlin at the end of 2024.", "DE"),
    ("Nearly 24 million people live in Karachi, Pakistan's largest city.", "PK"),
    ("The number of people living in Vietnam below the poverty line reached 9.9 million.", "VN"),
    ("The number of people living in Hanoi reached 9.9 million at the end of 2024.", "VN"),
    ("The Philippines now has 11.7 million people living abroad.", "PH"),
    # a province's budget, a right one
    ("Presenting a Rs17.57 billion budget for 2025-26, Punjab Finance Minister Mujtaba Shuja ur Rehman said it "
     "would build roads.", "PK"),
    ("Presenting a Rs17.57 trillion budget for 2025-26, Finance Minister Muhammad Aurangzeb promised stability.", "PK"),
    ("Presenting a Rs17.57 billion budget for 2025-26, the district council said it would build roads.", "PK"),
    # trade that fits, or a part of it
    ("India is Sri Lanka's biggest trading partner, with two-way trade of about $5.5 billion last year.", "LK"),
    ("Trade in services between Mexico and the United States reached $83.9 billion last year.", "MX"),
    ("Mexico is again the United States' largest trading partner. Two-way trade in goods reached $839.9 billion "
     "last year.", "MX"),
    # an economy's change or loss
    ("Vietnam's economic output rose by $43 billion last year.", "VN"),
    ("The Kenyan economy lost Sh10.7 billion during the protests.", "KE"),
    # degrees that are not the air's, ages that are not a person's
    ("The ship turned 146 degrees before the storm hit.", "US"),
    ("Phoenix hit 118 degrees Sunday afternoon, breaking the city's record.", "US"),
    ("The company celebrated its 140th birthday.", "JP"),
    ("She celebrated her 114th birthday at a care home in Osaka.", "JP"),
    ("The tortoise, aged 190, is the oldest living land animal.", "JP"),
    ("The tradition, 200 years old, continues.", "GB"),
    ("The oak, at 131 years old, is the village's oldest tree.", "GB"),
]


@pytest.mark.parametrize("text, country", SILENT)
def test_the_near_miss_stays_silent(text, country):
    assert not found(text, "2025-06-20", country, "plausibility")
