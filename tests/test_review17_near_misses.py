"""Near misses found in session 17's review of the new readers: each was flagged before the review's mends and
must stay silent; beside each group, the catch the mend keeps. Every sentence is our own."""
import pytest

import factcheck


NEAR_MISSES = [
    # a sport's debut (FC602): the story's sport is not the sentence's medals; "windsurfing" is not surfing; indoor
    # volleyball and rugby union were at older Games
    ("Cornwall's surfing scene is booming, with new schools opening every summer. Britain won 29 golds at London "
     "2012, and the legacy funding helped build the venues.", "2024-05-10", "GB"),
    ("Karate clubs across Britain report record sign-ups. The boom echoes the one after the 2012 Olympics, when "
     "Team GB won 29 gold medals.", "2024-05-10", "GB"),
    ("Dorian van Rijsselberghe won windsurfing gold at the 2012 Olympics.", "2024-05-10", "NL"),
    ("Karch Kiraly, who won indoor volleyball gold at the 1984 Olympics, also won beach volleyball gold at Atlanta "
     "1996.", "2024-05-10", "US"),
    ("The United States won the rugby gold at the 1924 Olympics, before rugby sevens arrived in Rio.",
     "2024-05-10", "US"),
    # a national election year in which the leader won another office (FC602)
    ("Claudia Sheinbaum, who won the election in 2018 to become mayor of Mexico City, is now the favourite.",
     "2024-05-10", "MX"),
    # the other half of a divided state (FC602)
    ("The former East Germany joined NATO in October 1990 through reunification.", "2024-05-10", "DE"),
    # an age at a release from jail is an age then (FC504)
    ("Jane Smith, born in 1950, was freed aged 60 after 20 years in jail.", "2024-05-10", "GB"),
    # "now 30 years later" is a span, not an age; a brother of the same surname is another person (FC504)
    ("The storms of 1987 flattened the village. Otieno, who was 19 when those storms struck, says now 30 years "
     "later he still fears the wind.", "2024-05-10", "KE"),
    ("Ghana reached the quarter-finals in 2010. Asamoah Gyan, then 24, missed a late penalty. His younger brother, "
     "Baffour Gyan, 30, now coaches in Accra.", "2024-05-10", "GH"),
    # "the final" is not what the sentence before dated (FC504)
    ("The stadium was rebuilt in 1995. Ana Ruiz, 71, who was 12 when she first saw the final, still has a season "
     "ticket.", "2024-05-10", "ES"),
    # a level of its own after a close with decimals (FC412)
    ("The FTSE 100 closed up 0.4% at 8,143.51. Analysts see support at the 8,134 level.", "2024-05-10", "GB"),
    # a total said as a range has no one average (FC316)
    ("Across 64 matches, attendance reached 3-3.5 million, an average of 50,000 a game.", "2024-05-10", "GB"),
    # the noun said again is the one compared; the phrase's own figure may be the one doubled (FC303)
    ("The squad has 30 players from 12 countries, double the 6 countries represented last season.",
     "2024-05-10", "GB"),
    ("The festival drew 900 artists from 40 nations, double the 20 that took part in 2019.", "2024-05-10", "GB"),
    # the same verb said of another payer, or of another month (FC305)
    ("The club was fined £50,000 by the league. The players were fined £30,000 for misconduct, £20,000 for dissent "
     "and £10,000 for time-wasting.", "2024-05-10", "GB"),
    ("The charity raised £50,000 in March. In April it raised £30,000 for food, £20,000 for shelter and £15,000 for "
     "transport.", "2024-05-10", "GB"),
    # a pipeline beside a river, and the longest published lengths of the Amazon and the Nile (FC204)
    ("A pipeline along the river runs 7,000km to the coast.", "2024-05-10", "BR"),
    ("The Nile, the world's longest river, which runs for 6,853km, feeds eleven countries.", "2024-05-10", "EG"),
]


@pytest.mark.parametrize(("text", "date", "country"), NEAR_MISSES, ids=[t[:50] for t, _, _ in NEAR_MISSES])
def test_near_misses_stay_silent(text, date, country):
    assert [f.text for f in factcheck.check(text, date=date, country=country)] == []


CAUGHT = [
    ("Fiji's rugby sevens side flew home on Monday. They are defending the title they won at London 2012.",
     "2024-05-10", "FJ", "2012"),
    ("Japan's Yuto Horigome won skateboarding gold at the 2016 Olympics.", "2024-05-10", "JP", "2016"),
    ("Sweden formally joined NATO in March 2023.", "2024-05-10", "SE", "March 2023"),
    ("Scott Morrison, who won the election in 2016, stood down.", "2024-05-10", "AU", "2016"),
    ("Jane Smith, born in 1950, retires at the age of 60 after 31 years at the bank.", "2024-05-10", "GB",
     "at the age of 60"),
    ("The Sensex jumped 1,961.32 points on Friday. The 1,691-point rally was its biggest this year.",
     "2024-05-10", "IN", "1,691"),
    ("Across 64 matches, attendance reached 3.4 million, an average of 63,000 a game.", "2024-05-10", "GB",
     "63,000"),
    ("The festival drew 900 artists from 40 nations, double the 300 that took part in 2019.", "2024-05-10", "GB",
     "double"),
    ("The Mekong, the region's longest river, stretches 47,000km from the Tibetan Plateau to the sea.",
     "2024-05-10", "VN", "47,000km"),
]


@pytest.mark.parametrize(("text", "date", "country", "flagged"), CAUGHT, ids=[t[:50] for t, *_ in CAUGHT])
def test_the_mended_readers_still_catch(text, date, country, flagged):
    assert flagged in [f.text for f in factcheck.check(text, date=date, country=country)]


def test_a_recomputed_figure_never_reads_as_the_stated_one():
    """30 over 12 is 2.5: rounded as written it would read "an average of 2, not 2"; a decimal more says why."""
    found = factcheck.check("In 12 matches this season, United scored 30 goals, an average of 2 a game against "
                            "weaker sides.", date="2024-05-10", country="GB")
    assert [(f.rule, f.message) for f in found] == [("FC316", "30 over 12 is an average of 2.5, not 2.")]


def test_an_anniversary_told_today_is_counted_to_the_story_day():
    """"today" names the story's own day, not another year: the count after the event clause runs to it."""
    told = "Notre-Dame reopened today, {} years to the day after fire tore through the roof of the cathedral on " \
           "15 April 2019."
    assert [f.text for f in factcheck.check(told.format("six"), date="2026-04-15", country="FR")] == ["six years"]
    assert factcheck.check(told.format("seven"), date="2026-04-15", country="FR") == []
