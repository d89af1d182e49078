"""Classes of phrasing the knowledge checks must handle, each with several wordings of our own.

Consistency: one thing named again under another head noun ("a 640km gas pipeline" …
"the 460km line"; "the mill's 3,200 workers" … "help the 2,300 workers"), unless
something in between introduces a second thing of the kind. Reference: an event and
its date with other words between ("resigned and fled to India on"), and "the N-day
war" with its participants anywhere in the sentence or story. Plausibility: a share
of a whole above 100% written as a level or where a change ended ("the pass rate rose
to 112.6%"), and bilateral trade for more pairs.
"""
from __future__ import annotations

import pytest

import factcheck

KNOWLEDGE = ("plausibility", "reference", "consistency")


def knowledge(text: str, date: str, country: str):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country) if f.category in KNOWLEDGE]


BAD = [
    # consistency: another head noun of the same kind, possessive first mentions, mentions inside clauses
    ("FC403", "The company is building a 640km gas pipeline from the Caspian coast.\n\n"
              "Engineers said the 460km line would be finished by 2028.", "2025-10-21", "TR", "460km line"),
    ("FC403", "Work began on the 340km road linking the two cities.\n\n"
              "The 430km highway will cut travel time by half.", "2025-01-01", "PK", "430km highway"),
    ("FC403", "The 340km motorway opened on Monday.\n\nDrivers on the 430km road paid tolls.", "2025-01-01", "PK",
     "430km road"),
    ("FC403", "The 1.2km bridge over the river was opened on Friday.\n\n"
              "The 2.1km span was built by a Chinese company.", "2025-01-01", "BD", "2.1km span"),
    ("FC403", "The 1,200MW plant will be built by a Chinese firm.\n\nThe 2,100MW facility is due in 2029.",
     "2025-01-01", "PK", "2,100MW facility"),
    ("FC403", "A 96km railway will link the port to the capital.\n\nThe 69km line is due to open next year.",
     "2025-01-01", "KE", "69km line"),
    ("FC402", "The mill's 3,200 workers have not been paid since March.\n\n"
              "The government pledged to help the 2,300 workers find jobs.", "2025-01-01", "BD", "2,300 workers"),
    ("FC402", "Its 3,200 workers walked out on Monday.\n\n"
              "Union leaders said the 2,300 workers would stay out until paid.", "2025-01-01", "BD", "2,300 workers"),
    ("FC402", "The company's 4,500 employees were told on Friday.\n\n"
              "A spokesman said the 5,400 employees would receive severance.", "2025-01-01", "GB", "5,400 employees"),
    ("FC402", "The plant employs 3,200 workers.\n\nThe facility's 2,300 workers produce cement.", "2025-01-01", "BD",
     "2,300 workers"),
    # reference: words between an event and its date; durations with participants elsewhere
    ("FC602", "Sheikh Hasina resigned and fled to India on August 12, 2024, ending 15 years in power.",
     "2025-01-01", "BD", "August 12, 2024"),
    ("FC602", "Russia launched its full-scale invasion of Ukraine on March 24, 2022.", "2025-01-01", "UA",
     "March 24, 2022"),
    ("FC602", "Since Russia's full-scale invasion of Ukraine on February 4, 2022, millions have fled.",
     "2025-01-01", "UA", "February 4, 2022"),
    ("FC602", "The war, which began on March 24, 2022, has killed tens of thousands.", "2025-01-01", "UA",
     "March 24, 2022"),
    ("FC602", "The Brexit referendum was held across the UK on 23 June 2017.", "2025-01-01", "GB", "23 June 2017"),
    ("FC602", "The Kahramanmaraş earthquake, the deadliest in modern Turkish history, struck on February 9, 2023.",
     "2025-01-01", "TR", "February 9, 2023"),
    ("FC601", "The 20-day Israel-Iran war ended with a US-brokered truce.", "2025-09-01", "IR",
     "20-day Israel-Iran war"),
    ("FC601", "The war between Iran and Israel, which lasted 20 days, ended in June.", "2025-09-01", "IR",
     "20 days"),
    ("FC601", "Israel and Iran fought for 20 days in June before a ceasefire.", "2025-09-01", "IR", "20 days"),
    ("FC601", "Oil prices in India rose during the 20-day war between Israel and Iran.", "2025-09-01", "IN",
     "20-day war"),
    ("FC601", "The 20-day conflict killed hundreds in Iran. Israel said its strikes had set back the programme.",
     "2025-09-01", "IR", "20-day conflict"),
    # plausibility: shares of a whole above 100%, as levels and as where a change ended
    ("FC204", "The pass rate rose to 112.6% this year, the board said.", "2025-06-01", "PK", "112.6%"),
    ("FC204", "Turnout reached 104% in the northern district.", "2025-06-01", "IN", "104%"),
    ("FC204", "Officials said 112% of candidates passed the exam.", "2025-06-01", "PK", "112%"),
    ("FC204", "Literacy climbed to 108 per cent, the survey found.", "2025-06-01", "IN", "108 per cent"),
    ("FC204", "Voter turnout stood at a record 104.5 percent.", "2025-06-01", "IN", "104.5 percent"),
    ("FC204", "Some 112 per cent of registered voters cast ballots.", "2025-06-01", "IN", "112 per cent"),
    ("FC204", "The pass percentage increased to 112.6 per cent from 88 per cent.", "2025-06-01", "PK",
     "112.6 per cent"),
    ("FC204", "Nearly 108% of adults are literate, the census found.", "2025-06-01", "IN", "108%"),
    ("FC204", "The party's vote share jumped to 140%.", "2025-06-01", "IN", "140%"),
    # plausibility: bilateral trade for the pairs added to trade.csv
    ("FC201", "China-Vietnam trade hit $23bn in 2023.", "2024-05-01", "VN", "$23bn"),
    ("FC201", "Trade between China and Indonesia stood at $13.9bn in 2023.", "2024-05-01", "ID", "$13.9bn"),
    ("FC201", "Trade between Japan and China fell to $31.8bn in 2023.", "2024-05-01", "JP", "$31.8bn"),
    ("FC201", "India-Saudi Arabia bilateral trade stood at $4.3bn in 2023-24.", "2024-09-01", "IN", "$4.3bn"),
    ("FC201", "Turkey's trade with Russia reached $6.8bn in 2022.", "2023-05-01", "TR", "$6.8bn"),
    ("FC201", "Germany's trade with China totalled $2.5bn last year.", "2024-05-01", "DE", "$2.5bn"),
    ("FC201", "Bilateral trade between China and Malaysia reached $19bn in 2023.", "2024-05-01", "MY", "$19bn"),
]


@pytest.mark.parametrize(("rule_id", "text", "date", "country", "figure"), BAD,
                         ids=[f"{c[0]}-{c[4]}" for c in BAD])
def test_class_is_found(rule_id, text, date, country, figure):
    assert knowledge(text, date, country) == [(rule_id, figure)]


CLEAN = [
    # consistency: a second thing of the kind introduced in between, the same value, a part, another name
    ("The company is building a 640km gas pipeline from the Caspian coast.\n\n"
     "It will join a 460km line to Iraq, and the 460km line will be finished by 2028.", "2025-10-21", "TR"),
    ("The mill's 3,200 workers have not been paid since March.\n\n"
     "The government pledged to help the 300 workers who were laid off.", "2025-01-01", "BD"),
    ("The 340km motorway opened on Monday.\n\nA 40km road links it to the airport, and the 40km road is free.",
     "2025-01-01", "PK"),
    ("The mill's 3,200 workers have not been paid.\n\n"
     "A second mill nearby employs 2,300 workers, and the 2,300 workers are paid.", "2025-01-01", "BD"),
    ("Work began on the 340km road linking the two cities.\n\nThe 340km highway will cut travel time by half.",
     "2025-01-01", "PK"),
    ("The 640km pipeline will carry gas to Europe.\n\nTurkey is also planning another pipeline, and the 460km "
     "pipeline will run to Iraq.", "2025-10-21", "TR"),
    ("The 1,200km pipeline will carry gas.\n\nIt will feed a spur line near the border, and the 300km line will "
     "open in 2027.", "2025-10-21", "TR"),
    ("The 1,320MW Sahiwal plant runs on imported coal.\n\nThe 660MW Jamshoro plant is being converted.",
     "2025-01-01", "PK"),
    ("The government spent a 10-year span building roads.\n\nThe 5-year span that followed was quieter.",
     "2025-01-01", "PK"),
    # reference: the date belongs to another act, or the figure agrees
    ("Sheikh Hasina resigned and fled to India on August 5, 2024, ending 15 years in power.", "2025-01-01", "BD"),
    ("Hasina resigned and Yunus was sworn in on August 8, 2024.", "2025-01-01", "BD"),
    ("Hasina resigned after weeks of protests that began on July 1, 2024.", "2025-01-01", "BD"),
    ("Russia invaded Ukraine and NATO leaders met in Madrid in June 2022.", "2025-01-01", "UA"),
    ("Since Russia invaded Ukraine, Europe has cut gas imports, a policy adopted in May 2022.", "2025-01-01", "UA"),
    ("Queen Elizabeth II died and King Charles was crowned on 6 May 2023.", "2025-01-01", "GB"),
    ("Russia invaded Ukraine in 2022 and annexed four regions in September 2022.", "2025-01-01", "UA"),
    ("The war, which escalated on March 24, 2022, has killed tens of thousands.", "2025-01-01", "UA"),
    ("Iran and Israel fought for 12 days in June.", "2025-09-01", "IR"),
    ("India and Pakistan fought for 13 days in 1971.", "2025-09-01", "PK"),
    ("The two-day conflict between Armenia and Azerbaijan in September killed 200.", "2025-01-01", "AM"),
    ("The 17-day India-Pakistan war of 1965 ended with a UN ceasefire.", "2025-01-01", "PK"),
    # plausibility: changes of a share (not levels), ratios to something else, in-range levels
    ("The pass rate rose by 112% over a decade.", "2025-06-01", "PK"),
    ("The number of candidates who passed rose 112%.", "2025-06-01", "PK"),
    ("Turnout reached 64% in the northern district, up 104% on 2019's figure.", "2025-06-01", "IN"),
    ("Gross enrolment reached 104%, as over-age pupils attend primary school.", "2025-06-01", "IN"),
    ("The dam reached 112% of its capacity.", "2025-06-01", "IN"),
    ("Turnout rose to 104% of the 2019 level in the district.", "2025-06-01", "IN"),
    ("The pass rate climbed to 92.6% this year.", "2025-06-01", "PK"),
    ("The company's share price rose to 140% of its listing value.", "2025-06-01", "GB"),
    ("Turnout ranged from 35% to 98% across districts.", "2025-06-01", "IN"),
    # plausibility: trade said right for the new pairs
    ("China-Vietnam trade hit $230bn in 2023.", "2024-05-01", "VN"),
    ("India-Saudi Arabia bilateral trade stood at $43bn in 2023-24.", "2024-09-01", "IN"),
    ("Turkey's trade with Russia reached $68bn in 2022.", "2023-05-01", "TR"),
    ("Germany's trade with China totalled €253bn last year.", "2024-05-01", "DE"),
    ("Bilateral trade between India and Bangladesh is about $13bn.", "2024-09-01", "IN"),
    ("Malaysia's trade with China in March alone reached RM40bn.", "2024-05-01", "MY"),
]


@pytest.mark.parametrize(("text", "date", "country"), CLEAN, ids=[c[0][:40] for c in CLEAN])
def test_class_said_right_is_silent(text, date, country):
    assert knowledge(text, date, country) == []
