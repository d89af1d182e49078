"""General ways copy refers to a recorded event, and the size of a country's economy, each in many wordings.

Written for this suite (never copied from the evaluation stories), in several house styles:

* an event called by its kind and its place ("the attacks in Mumbai", "the Concepción quake"), two of
  one place told apart by the year written, silent when none is;
* a name every edition shares, with the year in the date ("to take the World Cup final on 19 December
  2022"), whose final is its last day;
* a story's named event told again without its name, a year off ("... came ashore by dinghy on November 26,
  2009 went on to storm ...");
* "N years after the YEAR <event>" against the years written;
* "trapped for N days" at the place of a recorded rescue;
* a country's economy in any shape of sentence ("put the size of the economy at", "GDP stood at",
  "the Kenyan economy, worth").
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str, category: str = "reference") -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == category]


# -- an event by its kind and place ---------------------------------------------------------------------

PLACE_BAD = [
    ("Survivors of the Mumbai attacks of November 26, 2009 met the police chief.", "2025-11-20", "IN",
     "November 26, 2009"),
    ("The terror attacks in Mumbai on 26 November 2010 left 166 people dead.", "2025-11-20", "IN",
     "26 November 2010"),
    ("Residents of Concepción still remember the earthquake of 27 February 2011.", "2025-03-06", "CL",
     "27 February 2011"),
    ("The Maule quake of Feb. 27, 2009, triggered a tsunami that swept away fishing villages.", "2025-03-06",
     "CL", "Feb. 27, 2009"),
    ("On this stretch of coast nobody has forgotten the 8.8-magnitude quake and tsunami of 27 February 2012.",
     "2025-03-06", "CL", "27 February 2012"),
    ("In Mexico City, the earthquake of September 19, 1986 killed thousands.", "2025-09-19", "MX",
     "September 19, 1986"),
    ("The Genoa bridge collapse on 14 August 2019 killed 43 people.", "2024-08-14", "IT", "14 August 2019"),
    ("L'Aquila's old town was flattened by the earthquake of 6 April 2008.", "2024-04-06", "IT", "6 April 2008"),
    ("The 1993 blasts in Bombay on March 12, 1994 killed 257 people.", "2025-03-12", "IN", "March 12, 1994"),
    ("Rebuilding in Bam took a decade after the earthquake of 26 December 2004.", "2024-12-26", "IR",
     "26 December 2004"),
    # what the event did to its place: the verb tells the kind
    ("When terrorists attacked Mumbai on November 26, 2009, the police were outgunned.", "2025-11-20", "IN",
     "November 26, 2009"),
    ("Bombs struck Mumbai on 11 July 2007, killing 209 commuters.", "2025-07-11", "IN", "11 July 2007"),
    ("The attacks on Mumbai of November 2009 killed 166 people.", "2025-11-20", "IN", "November 2009"),
    ("A magnitude 8.8 quake jolted Concepción in the early hours of 27 February 2012.", "2025-03-06", "CL",
     None),
]

PLACE_GOOD = [
    # the right dates
    ("Survivors of the Mumbai attacks of November 26, 2008 met the police chief.", "2025-11-20", "IN"),
    ("Residents of Concepción still remember the earthquake of 27 February 2010.", "2025-03-06", "CL"),
    # two quakes of one city on one day: the year written decides, and both are right
    ("Mexico City was struck by earthquakes on September 19, 1985 and September 19, 2017.", "2025-09-19", "MX"),
    ("In Mexico City, the earthquake of September 19, 2017 killed 370 people.", "2025-09-19", "MX"),
    # another event of the place, on its own date
    ("Seven bombs tore through Mumbai's trains in the attacks of 11 July 2006.", "2025-07-11", "IN"),
    # a date of something done about it, or a new event of the kind
    ("Mumbai marked the anniversary of the attacks on November 26, 2024.", "2025-01-10", "IN"),
    ("A new earthquake shook Concepción on 12 March 2025, without damage.", "2025-03-14", "CL"),
    ("Police in Mumbai foiled an attack on 3 January 2024.", "2025-01-10", "IN"),
    # a place named but no event noun of its kind
    ("Concepción hosted a conference on 27 February 2012.", "2025-03-06", "CL"),
    ("The 2022 Mexico City marathon was run on 28 August 2022.", "2025-09-19", "MX"),
    ("When terrorists attacked Mumbai on November 26, 2008, the police were outgunned.", "2025-11-20", "IN"),
    ("Gunmen attacked Mumbai on 3 March 2024, police said.", "2025-11-20", "IN"),
    ("Floods hit Mumbai on 26 July 2005, stranding commuters.", "2025-11-20", "IN"),
    ("A quake of magnitude 5 shook Mexico City on 19 September 2022.", "2025-09-19", "MX"),
    # a year alone by place: another event of the place the table may not hold ("the 2011 Mumbai bombings")
    ("In the 2011 Mumbai bombings, 26 people died.", "2025-11-20", "IN"),
]


@pytest.mark.parametrize("text,date,country,figure", [t for t in PLACE_BAD if t[3]])
def test_event_by_kind_and_place(text, date, country, figure):
    assert found(text, date, country) == [figure]


@pytest.mark.parametrize("text,date,country", PLACE_GOOD)
def test_event_by_kind_and_place_silent(text, date, country):
    assert found(text, date, country) == []


# -- a name every edition shares, and a final that is the last day ------------------------------------

FINAL_BAD = [
    ("In a shoot-out, Messi's side edged France to take the World Cup final on 19 December 2022.",
     "2025-08-19", "QA", "19 December 2022"),
    # found since round 5 by event_story (a date in the clause of "final", the World Cup in Qatar in play)
    ("Messi's Argentina edged France in a shoot-out in the World Cup final of December 19, 2022.",
     "2025-08-19", "QA", "December 19, 2022"),
    ("Lusail, which staged the World Cup final on 17 December 2022, will host the Arab Cup.", "2025-08-19",
     "QA", "17 December 2022"),
    ("Argentina won the final of the 2022 World Cup on 19 December 2022.", "2025-08-19", "AR",
     "19 December 2022"),
    ("France won the World Cup final in Moscow on 16 July 2018.", "2024-07-15", "FR", "16 July 2018"),
    ("Spain lifted the trophy at the Euro 2024 final on July 15, 2024.", "2025-01-15", "ES", "July 15, 2024"),
    ("Australia won the Cricket World Cup final on November 20, 2023, in Ahmedabad.", "2024-11-19", "IN",
     "November 20, 2023"),
    ("The World Cup final, played at Lusail on 19 December 2022, drew 88,966 fans.", "2025-08-19", "QA",
     "19 December 2022"),
    ("The Qatar World Cup final on 19 December 2022 was watched by 1.5 billion people.", "2025-08-19", "QA",
     "19 December 2022"),
    ("Spain beat England in the final of Euro 2024 on 15 July 2024.", "2025-01-15", "GB", "15 July 2024"),
    ("Luzhniki hosted the World Cup final on July 14, 2018.", "2024-07-15", "RU", "July 14, 2018"),
]

FINAL_GOOD = [
    ("In a shoot-out, Messi's side edged France to take the World Cup final on 18 December 2022.",
     "2025-08-19", "QA"),
    ("Argentina won the final of the 2022 World Cup on 18 December 2022.", "2025-08-19", "AR"),
    ("The World Cup opened on November 20, 2022 at Al Bayt.", "2025-08-19", "QA"),
    # other competitions that share the words
    ("England won the T20 World Cup final on November 13, 2022.", "2025-08-19", "GB"),
    ("Chelsea won the Club World Cup final on 13 July 2025.", "2025-08-19", "GB"),
    ("Spain won the Women's World Cup final on 20 August 2023.", "2025-08-19", "ES"),
    ("England won the Rugby World Cup final on 27 September 2025.", "2025-10-01", "GB"),
    # a World Cup of another year the table does not hold, and a date far from the record
    ("Germany won the World Cup final on July 13, 2014.", "2024-07-15", "DE"),
    ("Messi, who won the World Cup in 2022, scored twice on March 5, 2023.", "2025-08-19", "AR"),
    ("Qatar bid for the World Cup, awarded in December 2010.", "2025-08-19", "QA"),
]


@pytest.mark.parametrize("text,date,country,figure", FINAL_BAD)
def test_tournament_final(text, date, country, figure):
    assert found(text, date, country) == [figure]


@pytest.mark.parametrize("text,date,country", FINAL_GOOD)
def test_tournament_final_silent(text, date, country):
    assert found(text, date, country) == []


# -- a story's named event told again without its name ---------------------------------------------------

TOLD_BAD = [
    ("Security was tightened before the 26/11 anniversary. Gunmen who came ashore by dinghy on November 26, "
     "2009 went on to storm the Taj and the Oberoi.", "2025-11-25", "IN", "November 26, 2009"),
    ("Families gathered at the 9/11 memorial. Hijackers flew two planes into the towers on September 11, 2002, "
     "in the deadliest attack on US soil.", "2025-09-11", "US", "September 11, 2002"),
    ("Galle remembered the Boxing Day tsunami. The waves struck the coast on 26 December 2005, just after "
     "9am.", "2024-12-26", "LK", "26 December 2005"),
    ("New Zealand tightened gun laws after the Christchurch mosque shootings. A gunman opened fire at two "
     "mosques on 15 March 2018, killing 51 worshippers.", "2025-03-15", "NZ", "15 March 2018"),
    ("Survivors of the Grenfell Tower fire met ministers. The blaze spread up the tower on 14 June 2016 within "
     "minutes.", "2025-06-10", "GB", "14 June 2016"),
    ("London paused for the 7/7 bombings. Four suicide bombers struck three Tube trains and a bus on 7 July "
     "2006.", "2025-07-07", "GB", "7 July 2006"),
    ("Boston runners honoured the Boston Marathon bombing victims. Two bombs exploded near the finish line "
     "on April 15, 2014.", "2025-04-15", "US", "April 15, 2014"),
    ("The Rana Plaza collapse changed the garment trade. The eight-storey building collapsed on 24 April "
     "2012, killing 1,134 workers.", "2025-04-24", "BD", "24 April 2012"),
    ("Kenya recalled the Westgate mall attack. Gunmen stormed the mall on 21 September 2012 and held it for "
     "four days.", "2025-09-21", "KE", "21 September 2012"),
    ("Mumbai recalled the 26/11 attacks. The terrorists attacked the Taj hotel on 26-11-2009.", "2025-11-25",
     "IN", None),   # a numeric date is read as it is: no assertion on it beyond silence or the slip
]

TOLD_GOOD = [
    ("Security was tightened before the 26/11 anniversary. Gunmen who came ashore by dinghy on November 26, "
     "2008 went on to storm the Taj and the Oberoi.", "2025-11-25", "IN"),
    # something done about the event on a date of its own
    ("Patrols were stepped up ahead of the 26/11 anniversary. A year after the attacks, on November 26, 2009, "
     "the city unveiled a memorial.", "2025-11-25", "IN"),
    ("Mumbai recalled the 26/11 attacks. The trial of the lone surviving gunman opened on November 26, 2009.",
     "2025-11-25", "IN"),
    ("Families gathered at the 9/11 memorial. On September 11, 2002, they marked the first anniversary of "
     "the attack.", "2025-09-11", "US"),
    # no event of the kind told in the sentence
    ("Galle remembered the Boxing Day tsunami. The new sea wall was finished on 26 December 2005.",
     "2024-12-26", "LK"),
    # the event is not named in the story
    ("Gunmen who came ashore by dinghy on November 26, 2009 went on to storm the Taj and the Oberoi.",
     "2025-11-25", "IN"),
    # another country's event of that day
    ("Mumbai recalled the 26/11 attacks. Gunmen attacked a hotel in Kabul on November 26, 2009.",
     "2025-11-25", "IN"),
    # far from the record in years: another event
    ("Galle remembered the Boxing Day tsunami. Waves struck the coast again on 26 December 2010.",
     "2024-12-26", "LK"),
    ("Families gathered at the 9/11 memorial. Terrorists attacked a train in Spain on March 11, 2004.",
     "2025-09-11", "US"),
    ("London paused for the 7/7 bombings. Police said the bombers struck on 7 July 2005.", "2025-07-07", "GB"),
]


@pytest.mark.parametrize("text,date,country,figure", [t for t in TOLD_BAD if t[3]])
def test_named_event_told_again(text, date, country, figure):
    assert figure in found(text, date, country)


@pytest.mark.parametrize("text,date,country", TOLD_GOOD)
def test_named_event_told_again_silent(text, date, country):
    assert found(text, date, country) == []


# -- "N years after" ------------------------------------------------------------------------------------

INTERVAL_BAD = [
    ("Some 370 people died in the 7.1 tremor of September 19, 2017, which hit exactly 30 years after the 1985 "
     "catastrophe.", "2025-09-19", "MX", "30 years after"),
    ("In 2016, 20 years after the 1986 Chernobyl disaster, a new shelter was slid over the reactor.",
     "2025-04-26", "UA", "20 years after"),
    ("The floods of July 2022, which came 15 years after the 2010 floods, displaced 33 million people.",
     "2025-07-01", "PK", "15 years after"),
    ("The 2019 fire, which came 25 years after the 1999 blaze, gutted the market.", "2025-01-10", "GB",
     "25 years after"),
    ("In 2024, exactly 40 years after the 1986 tragedy, a memorial was unveiled.", "2025-01-10", "IN",
     "40 years after"),
    ("The cyclone of May 2019 struck almost 30 years after the 1999 super cyclone.", "2025-01-10", "IN",
     "30 years after"),
    ("Argentina's win in 2022 came 46 years after the 1978 final.", "2025-01-10", "AR", None),
    ("The 2015 quake struck 91 years after the 1934 earthquake, the last of its size.", "2025-04-25", "NP",
     None),
    ("The attack of 2008 came 12 years after the 1993 bombings.", "2025-01-10", "IN", "12 years after"),
    ("In 2011, ten years after the 2001 attacks, the memorial opened.", "2025-01-10", "US", None),
]

INTERVAL_GOOD = [
    ("Some 370 people died in the 7.1 tremor of September 19, 2017, which hit exactly 32 years after the 1985 "
     "catastrophe.", "2025-09-19", "MX"),
    ("In 2016, 30 years after the 1986 Chernobyl disaster, a new shelter was slid over the reactor.",
     "2025-04-26", "UA"),
    # rounding: about, nearly, a year either way
    ("The floods of July 2022, which came some 12 years after the 2010 floods, displaced 33 million people.",
     "2025-07-01", "PK"),
    ("The 2019 fire, which came 21 years after the 1999 blaze, gutted the market.", "2025-01-10", "GB"),
    # the dated thing is not what came after: a report, a law
    ("The 2010 report, published 30 years after the 1985 quake, found most schools unsafe.", "2025-09-19",
     "MX"),
    ("The law passed in 2019 was drafted ten years after the 2005 floods.", "2025-01-10", "IN"),
    # no year to work from
    ("The tremor hit precisely 30 years after the 1985 catastrophe.", "2025-09-19", "MX"),
    ("The 2017 quake came two hours after the drill.", "2025-09-19", "MX"),
    # a year of a different clause
    ("By 2017, officials said, 30 years after the 1985 quake was too long to wait.", "2025-09-19", "MX"),
    ("In 2017 the drill, held 30 years after 1985, was the largest.", "2025-09-19", "MX"),
]


@pytest.mark.parametrize("text,date,country,figure", [t for t in INTERVAL_BAD if t[3]])
def test_years_after(text, date, country, figure):
    assert any(figure in f for f in found(text, date, country))


@pytest.mark.parametrize("text,date,country", INTERVAL_GOOD)
def test_years_after_silent(text, date, country):
    assert found(text, date, country) == []


# -- "trapped for N days" at the place of a recorded rescue ----------------------------------------------

TRAPPED_BAD = [
    ("The last of the 33 miners left the San José mine after being trapped underground for 33 days.",
     "2025-10-13", "CL", "33 days"),
    ("At the San José mine, 33 men were trapped for 96 days before the Fénix capsule reached them.",
     "2025-10-13", "CL", "96 days"),
    ("The boys and their coach were trapped for 81 days in Tham Luang before divers reached them.",
     "2025-06-23", "TH", "81 days"),
    ("Rescuers at the San José mine reached the men, stranded for 39 days, in October.", "2025-10-13", "CL",
     "39 days"),
    ("Divers at Tham Luang brought out the boys, trapped inside for 8 days.", "2025-06-23", "TH", "8 days"),
]

TRAPPED_GOOD = [
    ("The last of the 33 miners left the San José mine after being trapped underground for 69 days.",
     "2025-10-13", "CL"),
    ("The boys and their coach were trapped for 18 days in Tham Luang before the last of them came out.",
     "2025-06-23", "TH"),
    ("The boys were trapped for about two and a half weeks at Tham Luang.", "2025-06-23", "TH"),
    # a part of the time, or someone else's
    ("At the San José mine, the men went 17 days without contact before a drill broke through.",
     "2025-10-13", "CL"),
    ("A miner in Bolivia was trapped for 5 days last week.", "2025-10-13", "CL"),
]


@pytest.mark.parametrize("text,date,country,figure", TRAPPED_BAD)
def test_trapped_for(text, date, country, figure):
    assert any(figure in f for f in found(text, date, country))


@pytest.mark.parametrize("text,date,country", TRAPPED_GOOD)
def test_trapped_for_silent(text, date, country):
    assert found(text, date, country) == []


# -- a country's economy in any shape of sentence -----------------------------------------------------

LEAD = {"VN": "HANOI – Vietnam recorded growth of 7.1 per cent in 2024, the General Statistics Office reported. ",
        "KE": "NAIROBI – Kenya's economy grew 5.6 per cent last year, the statistics office said. ",
        "IN": "NEW DELHI: India's economy grew 8.2 per cent in 2023-24, official data showed. ",
        "NG": "ABUJA — Nigeria's economy grew 3.4 percent last year, the statistics bureau said. ",
        "GB": "LONDON — Britain's economy grew 0.9 per cent last year, the ONS said. ",
        "BD": "DHAKA — Bangladesh's economy grew 5.8 per cent last fiscal year, the BBS said. "}

GDP_BAD = [
    ("VN", "Officials put the economy's size at roughly $4.3 trillion.", "$4.3 trillion"),
    ("VN", "Last year GDP stood at $4.3 trillion, the office said.", "$4.3 trillion"),
    ("KE", "The statistics office estimated GDP at $1.07 trillion.", "$1.07 trillion"),
    ("KE", "The Kenyan economy, now worth some $10.7bn, is East Africa's largest.", "$10.7bn"),
    ("NG", "The economy, valued at $3.6 trillion, is Africa's fourth-largest.", "$3.6 trillion"),
    ("GB", "The Treasury put the size of the economy at £26 trillion.", "£26 trillion"),
    ("BD", "The country's economy is now worth $4.37 trillion, the BBS said.", "$4.37 trillion"),
    ("IN", "At current prices, GDP reached ₹29.5 lakh crore, the ministry said.", "₹29.5 lakh crore"),
    ("VN", "Its economy is worth $43bn, twice the size of a decade ago.", "$43bn"),
    ("KE", "Nominal GDP came in at KSh 1.4 trillion, officials said.", "KSh 1.4 trillion"),
]

GDP_GOOD = [
    ("VN", "Officials put the economy's size at roughly $430 billion.", None),
    ("VN", "Per capita GDP reached $4,700 last year.", None),
    ("VN", "GDP per capita rose to $4,700, the office said.", None),
    ("VN", "Hanoi's GDP reached $54 billion last year.", None),
    ("VN", "The digital economy was worth $36 billion.", None),
    ("VN", "World GDP reached $105 trillion, the IMF said.", None),
    ("KE", "The Nairobi county economy was worth $30bn, the governor said.", None),
    ("IN", "At current prices, GDP reached ₹295 lakh crore, the ministry said.", None),
    ("GB", "The US economy is worth $27 trillion, about eight times the size of Britain's.", None),
    ("NG", "Lagos State's GDP was put at $84bn.", None),
    ("KE", "Tourism added KSh 560bn to the economy last year.", None),
    ("BD", "The country's export earnings stood at $44 billion.", None),
]


@pytest.mark.parametrize("country,sentence,figure", GDP_BAD)
def test_gdp_any_shape(country, sentence, figure):
    assert found(LEAD[country] + sentence, "2025-01-15", country, "plausibility") == [figure]


@pytest.mark.parametrize("country,sentence,figure", GDP_GOOD)
def test_gdp_any_shape_silent(country, sentence, figure):
    assert found(LEAD[country] + sentence, "2025-01-15", country, "plausibility") == []


def test_gdp_after_a_dollar_mark_of_another_country():
    """"US$405 billion" in the sentence before is a currency mark, not a mention of the United States."""
    text = ("HANOI – Vietnam recorded growth of 7.1 per cent in 2024. Exports climbed to roughly US$405 billion. "
            "Officials put the economy's size at roughly $4.3 trillion, the statistics office said.")
    assert found(text, "2025-01-15", "VN", "plausibility") == ["$4.3 trillion"]
