"""Session 10: events newsrooms cite that the table lacked (events.csv rows added in this session).

Every sentence is our own. Each slip is paired with the same sentence carrying the recorded figure, which
must stay silent.
"""
import pytest

import factcheck


def _events(text: str, date: str, country: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.rule in ("FC601", "FC602", "FC603")]


# (sentence with the slip, the same sentence set right, publication date, country, rule, the slip as written)
PAIRS = [
    # Silkyara tunnel collapse: 12-28 Nov 2023, 17 days
    ("The Silkyara tunnel collapse left 41 labourers trapped for 19 days before rescuers reached them.",
     "The Silkyara tunnel collapse left 41 labourers trapped for 17 days before rescuers reached them.",
     "2024-11-12", "IN", "FC601", "19 days"),
    # Chi-Chi earthquake: 21 Sep 1999
    ("Taipei remembered the Chi-Chi earthquake, which struck on 21 September 2000.",
     "Taipei remembered the Chi-Chi earthquake, which struck on 21 September 1999.",
     "2024-09-21", "TW", "FC602", "21 September 2000"),
    # Iranian Embassy siege: 30 Apr-5 May 1980, six days
    ("The Iranian Embassy siege lasted nine days before soldiers stormed the building.",
     "The Iranian Embassy siege lasted six days before soldiers stormed the building.",
     "2020-05-05", "GB", "FC601", "nine days"),
    # Sino-Indian War: 1962
    ("The Sino-Indian War of 1965 still shapes the politics of the border.",
     "The Sino-Indian War of 1962 still shapes the politics of the border.",
     "2022-10-20", "IN", "FC602", "1965"),
    # Tempi train crash: 28 Feb 2023
    ("The Tempi train crash on 28 February 2022 killed 57 people.",
     "The Tempi train crash on 28 February 2023 killed 57 people.",
     "2024-02-28", "GR", "FC602", "28 February 2022"),
    # Gwangju Uprising: 18-27 May 1980
    ("The Gwangju Uprising, which began on 18 May 1981, is marked each spring.",
     "The Gwangju Uprising, which began on 18 May 1980, is marked each spring.",
     "2023-05-18", "KR", "FC602", "18 May 1981"),
    # IC 814 hijacking: 24-31 Dec 1999
    ("The IC 814 hijacking lasted 12 days.",
     "The IC 814 hijacking lasted eight days.",
     "2019-12-24", "IN", "FC601", "12 days"),
    # Derna dam collapse: 10-11 Sep 2023
    ("The Derna floods of September 2022 swept whole districts into the sea.",
     "The Derna floods of September 2023 swept whole districts into the sea.",
     "2024-09-10", "LY", "FC602", "September 2022"),
    # Baldia factory fire: 11 Sep 2012
    ("The Baldia factory fire on 11 September 2013 killed more than 250 workers.",
     "The Baldia factory fire on 11 September 2012 killed more than 250 workers.",
     "2022-09-11", "PK", "FC602", "11 September 2013"),
    # Algerian War: 1 Nov 1954 - 19 Mar 1962
    ("The Algerian War lasted three years.",
     "The Algerian War lasted more than seven years.",
     "2022-03-19", "DZ", "FC601", "three years"),
    # First Chechen War: ended 31 Aug 1996
    ("The First Chechen War ended in 1999 with the Khasavyurt accord.",
     "The First Chechen War ended in 1996 with the Khasavyurt accord.",
     "2021-08-31", "RU", "FC602", "1999"),
    # 1970 World Cup final: 21 Jun 1970 at the Azteca
    ("Brazil won the 1970 World Cup final at the Estadio Azteca on 21 June 1971.",
     "Brazil won the 1970 World Cup final at the Estadio Azteca on 21 June 1970.",
     "2020-06-21", "BR", "FC602", "21 June 1971"),
    # 2010 Commonwealth Games: Delhi, 3-14 Oct 2010
    ("The 2010 Commonwealth Games were held in Delhi in October 2011.",
     "The 2010 Commonwealth Games were held in Delhi in October 2010.",
     "2020-10-03", "IN", "FC602", "October 2011"),
    # 1988 Chilean plebiscite: 5 Oct 1988
    ("Chileans voted in the 1988 plebiscite on 5 October 1989 to end Pinochet's rule.",
     "Chileans voted in the 1988 plebiscite on 5 October 1988 to end Pinochet's rule.",
     "2018-10-05", "CL", "FC602", "5 October 1989"),
]


@pytest.mark.parametrize("wrong,right,date,country,rule,slip", PAIRS, ids=[p[5] for p in PAIRS])
def test_slip_flagged(wrong, right, date, country, rule, slip):
    assert (rule, slip) in _events(wrong, date, country)


@pytest.mark.parametrize("wrong,right,date,country,rule,slip", PAIRS, ids=[p[5] for p in PAIRS])
def test_record_silent(wrong, right, date, country, rule, slip):
    assert _events(right, date, country) == []


SILENT = [
    # the 2003 World Cup was co-hosted by Kenya with South Africa and Zimbabwe
    ("Kenya co-hosted the 2003 Cricket World Cup with South Africa and Zimbabwe.", "2023-03-29", "KE"),
    # a new collapse of the kind, not the recorded one
    ("A tunnel collapsed in the hills last week, and rescuers said the workers could be trapped for 19 days.",
     "2025-06-01", "IN"),
]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert _events(text, date, country) == []


def test_rows_present():
    import csv
    from pathlib import Path
    rows = {r["id"]: r for r in csv.DictReader(
        (Path(__file__).resolve().parents[1] / "rules" / "tables" / "events.csv").open(encoding="utf-8"))}
    assert rows["silkyara-tunnel-collapse-2023"]["duration_days"] == "17"
    assert rows["iranian-embassy-siege-1980"]["start"] == "1980-04-30"
    assert rows["chi-chi-earthquake-1999"]["participants"] == "TW"
    assert rows["fifa-world-cup-1970"]["aliases"].split("|").count("=BR") == 1


def test_a_blockage_told_by_its_verb_and_its_place():
    # "the Ever Given, which blocked the waterway for N days": the recorded blockage of 23-29 March 2021
    text = ("Revenue rose despite the grounding of the container ship Ever Given, which blocked the waterway for 16 "
            "days in March 2021.")
    found = [f for f in factcheck.check(text, date="2023-03-23", country="EG") if f.rule == "FC601"]
    assert [f.text for f in found] == ["16 days"]
    assert not [f for f in factcheck.check(text.replace("16", "six"), date="2023-03-23", country="EG")
                if f.rule == "FC601"]
    # a blockade with no recorded place of its own in the sentence is another one
    assert not [f for f in factcheck.check("Protesters blocked the road for 16 days in Suez.", date="2023-03-23",
                                           country="EG") if f.rule == "FC601"]
