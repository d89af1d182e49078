"""Round 7: a recorded event's date written with the wrong year, whatever the sentence's shape (event_years).

The anomaly decides: a full date with the record's day and month and another year, or a month and year with the
record's month and a year one or two off. The event must be meant — named, pointed at by a word of its own with a
word of its kind ("the fire at Grenfell Tower"), or the story's subject while the sentence tells it happening —
and nothing done about it (an anniversary, a year after, an inquiry) may take the date. All our own words.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str = "reference"):
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


# (key, text, publication date, country, the figure that must be flagged)
YEAR_WRONG = [
    ('gren1', 'Survivors will gather on Saturday for the eighth anniversary of the fire at Grenfell Tower on 14 June 2018, which claimed 72 lives.',
     '2025-06-12', 'GB', '14 June 2018'),
    ('gren2', 'When fire tore through Grenfell Tower in west London on 14 June 2016, 72 people died.',
     '2024-06-10', 'GB', '14 June 2016'),
    ('gren3', 'The Grenfell Tower fire of June 2018 killed 72 people and led to a ban on combustible cladding.',
     '2025-03-01', 'GB', 'June 2018'),
    ('gren4', 'Seventy-two people lost their lives in the Grenfell blaze in the early hours of June 14, 2018.',
     '2023-05-02', 'GB', 'June 14, 2018'),
    ('gren5', 'Grenfell survivors demand faster cladding removal.\n\nThe 24-storey block in North Kensington burned on 14 June 2016, killing 72 residents.',
     '2024-02-02', 'GB', '14 June 2016'),
    ('gren6', 'Councils are still removing cladding.\n\nThe June 14, 2018, Grenfell Tower fire killed 72 people, the deadliest residential fire in Britain since the Second World War.',
     '2024-02-02', 'GB', 'June 14, 2018'),
    ('sew1', 'Sewol families mark 11 years in Ansan.\n\nThe ferry capsized off Jindo island on 16 April 2015 with 476 people aboard.',
     '2025-04-16', 'KR', '16 April 2015'),
    ('sew2', 'The sinking of the Sewol on April 16, 2015, killed 304 people, most of them students from Danwon High School.',
     '2024-04-16', 'KR', 'April 16, 2015'),
    ('sew3', 'When the Sewol went down off Jindo in April 2015, 304 people died.',
     '2024-04-16', 'KR', 'April 2015'),
    ('sew4', 'Bereaved parents still wear yellow ribbons for the Sewol ferry disaster.\n\nOn 16 April 2013 the overloaded ferry listed and sank within two hours, and 304 passengers died.',
     '2023-04-16', 'KR', '16 April 2013'),
    ('sew5', 'Parents of the students who drowned when the Sewol ferry sank on 16 April 2015 gathered in Ansan on Wednesday.',
     '2025-04-16', 'KR', '16 April 2015'),
    ('bs1', 'Kinglake marks 15 years since Black Saturday.\n\nAcross Victoria, 173 people died on that day, February 7, 2010, most of them in the Kilmore East fire.',
     '2024-02-07', 'AU', 'February 7, 2010'),
    ('bs2', 'Older residents still measure every season against the Black Saturday fires of 7 February 2015, which killed 173 people.',
     '2024-10-01', 'AU', '7 February 2015'),
    ('bs3', "Victoria's Black Saturday bushfires in February 2010 killed 173 people and destroyed more than 2,000 homes.",
     '2024-10-01', 'AU', 'February 2010'),
    ('bs4', 'In all, 173 people were killed in the bushfires of Black Saturday, 7 February 2008.',
     '2024-10-01', 'AU', '7 February 2008'),
    ('bs5', 'Black Saturday - February 7, 2010 - remains the deadliest day of fire in Australian history.',
     '2024-10-01', 'AU', 'February 7, 2010'),
    ('bs6', 'Firefighters remember Black Saturday.\n\nOn 7 February 2010 flames swept through Marysville and Kinglake, killing 173 people across the state.',
     '2024-02-06', 'AU', '7 February 2010'),
    ('kat1', "The levees were rebuilt after the failures that followed Katrina's landfall on Aug. 29, 2006, when floodwaters covered 80% of the city.",
     '2025-08-28', 'US', 'Aug. 29, 2006'),
    ('kat2', 'Hurricane Katrina struck the Gulf Coast on August 29, 2004, killing more than 1,800 people.',
     '2025-08-28', 'US', 'August 29, 2004'),
    ('kat3', 'When Hurricane Katrina hit New Orleans in August 2006, 80% of the city flooded.',
     '2025-08-28', 'US', 'August 2006'),
    ('kat4', 'New Orleans remembers Hurricane Katrina.\n\nThe storm made landfall in Louisiana on Aug. 29, 2006, and the levees broke within hours.',
     '2025-08-28', 'US', 'Aug. 29, 2006'),
    ('kat5', 'Katrina, which came ashore near Buras on 29 August 2006, destroyed more than 200,000 homes.',
     '2025-08-28', 'US', '29 August 2006'),
    ('mar1', "The blackout brought back memories of the grid's collapse after Hurricane Maria in September 2018.",
     '2022-09-19', 'US', 'September 2018'),
    ('mar2', 'Puerto Rico braces for Fiona.\n\nWhen Hurricane Maria hit Puerto Rico in September 2016, some residents went a year without power.',
     '2022-09-19', 'US', 'September 2016'),
    ('mar3', 'Hurricane Maria, which struck the island on Sept. 20, 2018, as a Category 4 storm, knocked out power to 1.5 million customers.',
     '2022-09-19', 'US', 'Sept. 20, 2018'),
    ('mar4', "The grid never recovered from the damage that followed Hurricane Maria's landfall on 20 September 2016.",
     '2022-09-19', 'US', '20 September 2016'),
    ('mar5', 'Linemen are still replacing poles felled by Hurricane Maria.\n\nThe storm came ashore near Yabucoa on 20 September 2018 with winds of 155 mph.',
     '2022-09-19', 'US', '20 September 2018'),
    ('arg1', 'For many Argentines, Maradona remains defined by the 1982 World Cup in Mexico, when he captained the national team to its second title.',
     '2025-10-30', 'AR', '1982 World Cup'),
    ('arg3', 'Maradona lifted the World Cup at the Azteca on 29 June 1987 after Argentina beat West Germany 3-2.',
     '2025-10-30', 'AR', '29 June 1987'),
    ('arg4', 'Argentina beat West Germany 3-2 to win the World Cup in Mexico City in June 1985.',
     '2025-10-30', 'AR', 'June 1985'),
    ('arg5', 'The 1987 World Cup in Mexico, won by Argentina, is remembered for the Hand of God.',
     '2025-10-30', 'AR', '1987 World Cup'),
    ('pak1', "Fans still remember Imran Khan's side lifting the World Cup in Melbourne in March 1993.",
     '2025-02-18', 'PK', 'March 1993'),
    ('pak2', 'Pakistan won the World Cup at the MCG on 25 March 1993, beating England by 22 runs.',
     '2025-02-18', 'PK', '25 March 1993'),
    ('pak3', "When Imran Khan's team beat England in Melbourne in March 1991 to win the World Cup, the country celebrated for a week.",
     '2025-02-18', 'PK', 'March 1991'),
    ('pak4', "Pakistan's only 50-over World Cup title came in Melbourne on 25 March 1993.",
     '2025-02-18', 'PK', '25 March 1993'),
    ('ind1', "Kapil Dev's team lifted the World Cup at Lord's on 25 June 1984, beating the West Indies by 43 runs.",
     '2023-06-25', 'IN', '25 June 1984'),
    ('us1', 'Katrina, a Category 3 storm when it came ashore Aug. 29, 2006, flooded 80% of New Orleans.',
     '2025-08-28', 'US', 'Aug. 29, 2006'),
    ('nz1', 'Seventeen years after Black Saturday, the scars of 7 February 2008 are still visible on the ranges.',
     '2026-02-06', 'AU', '7 February 2008'),
]

# anniversaries, later things, other editions and other events of the kind: silent in every category but date
SILENT = [
    ('gr-a', 'A year after the Grenfell Tower fire, on 14 June 2018, survivors marched in silence through North Kensington.',
     '2024-06-10', 'GB'),
    ('gr-b', 'The Grenfell Tower Inquiry published its final report in September 2024, seven years after the fire.',
     '2025-06-10', 'GB'),
    ('gr-c', 'On 14 June 2018, the first anniversary of the Grenfell fire, thousands walked in silence.',
     '2024-06-10', 'GB'),
    ('gr-d', 'Survivors marked the anniversary of the Grenfell Tower fire on 14 June 2019 with a silent walk.',
     '2024-06-10', 'GB'),
    ('gr-e', 'Grenfell survivors demand faster cladding removal.\n\nThe government banned combustible cladding on 21 December 2018.',
     '2024-06-10', 'GB'),
    ('gr-f', 'Grenfell survivors gathered on Friday.\n\nOn 14 June 2024 hundreds walked in silence past the tower.',
     '2024-06-15', 'GB'),
    ('se-a', 'Survivors gathered at the Sewol memorial in Ansan on 16 April 2015, a year after the sinking.',
     '2024-04-16', 'KR'),
    ('se-b', 'The Sewol ferry disaster of 2014 haunts Korea.\n\nThousands gathered in Ansan on 16 April 2019 to mark five years.',
     '2024-04-16', 'KR'),
    ('se-c', "The Sewol's hull was lifted from the seabed in March 2017, nearly three years after the sinking.",
     '2024-04-16', 'KR'),
    ('se-d', 'Sewol families mark ten years.\n\nOn 16 April 2024 a siren sounded for one minute at 10am.',
     '2024-04-17', 'KR'),
    ('bs-a', 'The Black Saturday royal commission delivered its final report in July 2010.',
     '2024-02-06', 'AU'),
    ('bs-b', 'Kinglake remembers Black Saturday.\n\nOn 7 February 2010, a year after the fires, residents planted a memorial garden.',
     '2024-02-06', 'AU'),
    ('bs-c', 'Kinglake remembers Black Saturday.\n\nA new fire station opened in the town on 7 February 2012.',
     '2024-02-06', 'AU'),
    ('bs-d', 'The Ash Wednesday fires of February 1983 killed 75 people, and Black Saturday in 2009 killed 173.',
     '2024-02-06', 'AU'),
    ('ka-a', 'Hurricane Ida hit on the 16th anniversary of Katrina in 2021 with winds of 150 mph.',
     '2025-08-28', 'US'),
    ('ka-b', 'On Aug. 29, 2006, the first anniversary of Katrina, President Bush visited New Orleans.',
     '2025-08-28', 'US'),
    ('ka-c', 'Since Katrina in 2005, the system has been tested by several storms, including Gustav in September 2008.',
     '2025-08-28', 'US'),
    ('ka-d', 'Hurricane Katrina struck in 2005; Hurricane Rita hit the same coast in September 2005 and Ike in September 2008.',
     '2025-08-28', 'US'),
    ('ma-a', 'Hurricane Maria struck in 2017, and Hurricane Fiona knocked the grid out again in September 2022.',
     '2022-09-25', 'US'),
    ('ma-b', "A study published in August 2018 put Hurricane Maria's death toll at 2,975.",
     '2022-09-25', 'US'),
    ('ma-c', 'Hurricane Maria left the island without power; the last customers were reconnected in August 2018.',
     '2022-09-25', 'US'),
    ('ar-a', 'Messi lifted the World Cup in Qatar in 2022, and Maradona led Argentina to the final of the 1990 World Cup in Italy.',
     '2025-10-30', 'AR'),
    ('ar-b', 'Argentina won the Copa America in 1991 and 1993.',
     '2025-10-30', 'AR'),
    ('ar-c', 'Maradona scored the Hand of God goal against England in the 1986 quarter-final in Mexico City.',
     '2025-10-30', 'AR'),
    ('ar-d', 'Argentina hosted and won the 1978 World Cup, beating the Netherlands in Buenos Aires.',
     '2025-10-30', 'AR'),
    ('pk-a', 'It is the first global tournament staged in Pakistan since the 1996 World Cup, which the country co-hosted with India and Sri Lanka.',
     '2025-02-18', 'PK'),
    ('pk-b', "Pakistan won the T20 World Cup at Lord's in June 2009.",
     '2025-02-18', 'PK'),
    ('pk-c', 'England beat Pakistan in the T20 World Cup final in Melbourne in November 2022.',
     '2025-02-18', 'PK'),
    ('pk-d', 'Imran Khan, who led Pakistan to the World Cup in 1992, became prime minister in August 2018.',
     '2025-02-18', 'PK'),
    ('pk-e', "Pakistan played the 1999 World Cup final at Lord's and lost to Australia.",
     '2025-02-18', 'PK'),
    ('gr-g', 'The government announced the cladding ban in June 2018, a year after the Grenfell fire.',
     '2024-06-10', 'GB'),
    ('gr-h', 'The fire at Grenfell Tower in June 2017 was followed in June 2018 by the first hearings of the inquiry.',
     '2024-06-10', 'GB'),
    ('ma-d', "FEMA's response to Hurricane Maria was criticised in a September 2018 report by the GAO.",
     '2022-09-25', 'US'),
    ('ma-e', "Puerto Rico's grid, wrecked by Hurricane Maria in September 2017, failed again in September 2018 during a heatwave.",
     '2022-09-25', 'US'),
    ('ma-f', 'Hurricane Irma brushed the island in September 2017, two weeks before Hurricane Maria.',
     '2022-09-25', 'US'),
    ('pk-f', 'In March 1991, a year before they won the World Cup in Melbourne, Pakistan lost a series in the West Indies.',
     '2025-02-18', 'PK'),
    ('ar-e', 'Argentina, who won the World Cup in Mexico in 1986, reached the final again in Italy in July 1990.',
     '2025-10-30', 'AR'),
    ('ka-f', 'A year after Katrina, in August 2006, the levees were still being repaired.',
     '2025-08-28', 'US'),
    ('bs-e', 'On 7 February 2019, ten years on from Black Saturday, Kinglake opened a memorial garden.',
     '2024-02-06', 'AU'),
    ('se-e', 'The Sewol ferry disaster led to the break-up of the coast guard in November 2014.',
     '2024-04-16', 'KR'),
    ('se-f', 'Sewol families mark ten years.\n\nOn 16 April 2015, a year after the ferry sank, parents marched to Seoul.',
     '2024-04-16', 'KR'),
    ('ka-e2', 'The Corps began rebuilding the levees in August 2006, a year after Katrina.',
     '2025-08-28', 'US'),
]


@pytest.mark.parametrize("key,text,date,country,figure", YEAR_WRONG, ids=[c[0] for c in YEAR_WRONG])
def test_year_slip_of_a_recorded_event(key, text, date, country, figure):
    assert any(figure in f or f in figure for f in found(text, date, country))


@pytest.mark.parametrize("key,text,date,country", SILENT, ids=[c[0] for c in SILENT])
def test_silent_near_misses(key, text, date, country):
    assert found(text, date, country) == []


def test_a_new_one_of_the_kind_on_the_day_is_another():
    text = ("Kinglake remembers Black Saturday.\n\nOn 7 February 2011 a grassfire burned 20 hectares near the town "
            "before crews stopped it.")
    assert found(text, "2024-02-06", "AU") == []


def test_the_events_own_date_beside_makes_the_other_another_things():
    text = "Grenfell Tower burned in June 2017, and the cladding ban followed in June 2018."
    assert found(text, "2024-06-10", "GB") == []


def test_a_storms_given_name_alone_is_a_person():
    assert found("Maria Lopez moved to Puerto Rico in September 2018.", "2022-09-20", "US") == []


def test_a_storms_given_name_once_the_story_has_called_it_so():
    text = ("Hurricane Maria was the worst storm in living memory.\n\nWhen Maria hit Puerto Rico in September 2018, "
            "the grid failed within hours.")
    assert found(text, "2022-09-20", "US") == ["September 2018"]
