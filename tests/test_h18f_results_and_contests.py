"""Helper h18f (session 18): a final's result told by the trophy lifted or by a weekday, a month-and-day told a
year back, a leader's win told with its month, a host that "hosted and won" the series, and a date that a story
only names the country of must not be read as another year's day of that country's event. Every sentence is our
own."""
import pytest

import factcheck


def _rules(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


CATCHES = [
    # the trophy lifted tells the final as the word does (FC604): Argentina won the 2022 World Cup at Lusail
    ("Workers are dismantling seats at the World Cup grounds. The stands emptied fast after France lifted the "
     "trophy at Lusail Stadium in December.", "2023-02-02", "QA", ("FC604", "France")),
    # a final dated by its weekday is the one just played at that ground (FC604), whatever other year is written
    ("The T20 World Cup champions were cheered through Mumbai. The side beat Australia in the final at Bridgetown "
     "on Saturday, a first title since 2007.", "2024-07-03", "IN", ("FC604", "Australia")),
    # a month and day still to come in the story's year is last year's (FC604)
    ("Fans recalled the T20 World Cup a year on. The final was staged at Kensington Oval on June 29, when India beat "
     "Australia to take the title.", "2025-06-20", "IN", ("FC604", "Australia")),
    # a leader's win told with its month (FC602): Ruto beat Odinga in 2022
    ("President William Ruto spoke on Monday. Ruto, who beat Raila Odinga in the August 2017 vote, said taxes would "
     "rise.", "2023-05-02", "KE", ("FC602", "August 2017")),
    # a host that "hosted and won the tournament" in a year another country staged it (FC602)
    ("Officials want the Rugby World Cup back in Johannesburg. South Africa hosted and won the tournament in 1999.",
     "2024-03-01", "ZA", ("FC602", "1999")),
]


@pytest.mark.parametrize("text,date,country,expected", CATCHES)
def test_catches(text, date, country, expected):
    assert expected in _rules(text, date, country)


NEAR_MISSES = [
    # a country named in a story is not the subject of that country's recorded event: a women's final's date is
    # its own, not the day a US government shutdown ended in another year
    ("The women's World Cup was staged in Auckland in 2022, when the hosts beat England in the final at Eden Park "
     "on Saturday, 12 November 2022. The next men's tournament will be held in the United States in 2031.",
     "2024-04-18", "NZ"),
    # the right winner lifting the trophy; another competition's title
    ("The stands emptied fast after Argentina lifted the trophy at Lusail Stadium in December.", "2023-02-02", "QA"),
    ("France lifted the trophy at the Stade de France on Saturday after winning the league.", "2023-06-05", "FR"),
    # the right runner-up, by weekday
    ("The T20 World Cup champions were cheered through Mumbai. The side beat South Africa in the final at "
     "Bridgetown on Saturday.", "2024-07-03", "IN"),
    # a day already passed this year is this year's: the 2024 final was on 29 June
    ("Fans recalled the T20 World Cup. The final was staged at Kensington Oval on June 29, when India beat South "
     "Africa to take the title.", "2024-07-20", "IN"),
    # the right year with its month; a month of another contest
    ("President William Ruto spoke on Monday. Ruto, who beat Raila Odinga in the August 2022 vote, said taxes "
     "would rise.", "2023-05-02", "KE"),
    # hosted and won where the record agrees
    ("Officials want the Rugby World Cup back. The country hosted and won the tournament in 1987 and 2011.",
     "2024-03-01", "NZ"),
]


@pytest.mark.parametrize("text,date,country", NEAR_MISSES)
def test_near_misses(text, date, country):
    assert _rules(text, date, country) == []
