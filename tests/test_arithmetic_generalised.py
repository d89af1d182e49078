"""Arithmetic, round 3: general mechanisms, each written many ways in many house styles.

Every sentence is our own. A wrong one must be flagged on the figure that does not follow (or
its whole), its corrected twin must stay silent, and the near-misses must stay silent. Classes:

- a gap in points checked against the two shares it relates (same sentence or the one before);
- decimal commas in percentages ("51,95%", "5,9 pontos percentuais") read as decimals;
- "N of M ..., or P%" with a clause, a weekday or an age between; an age is never a part;
- a whole named in one sentence, its allocations in the next, adding up to more;
- a list that goes on over a sentence break ("Another N ...") to "In all, T".
"""
from __future__ import annotations

import pytest

import factcheck
from _arithmetic_cases import DATE, _flags, _ids, _silent


# -- a gap in points between two shares --------------------------------------------------------
# (wrong, flagged, right, country)

GAPS = [
    ("The Liberals took 41.2% of the vote and the Conservatives 37.9%, a gap of 4.3 percentage points.",
     "4.3 percentage points",
     "The Liberals took 41.2% of the vote and the Conservatives 37.9%, a gap of 3.3 percentage points.", "CA"),
    ("With most ballots counted, the ruling party had 44.6 per cent. The main opposition party had 39.1 per cent, "
     "a difference of 6.5 percentage points.", "6.5 percentage points",
     "With most ballots counted, the ruling party had 44.6 per cent. The main opposition party had 39.1 per cent, "
     "a difference of 5.5 percentage points.", "GB"),
    ("Labour polled 34 per cent against the Tories' 27 per cent, a seven-point lead that has barely moved. "
     "Reform was on 12 per cent, a lead of 9 points for Labour over the Tories.", None, None, "GB"),
    ("The incumbent won 52.4 percent of the vote to her challenger's 46.1 percent, a margin of 3.3 percentage points.",
     "3.3 percentage points",
     "The incumbent won 52.4 percent of the vote to her challenger's 46.1 percent, a margin of 6.3 percentage points.",
     "US"),
    ("Ruto received 50.5% of the votes cast. Odinga took 48.9%, a 2.6-point gap.", "2.6",
     "Ruto received 50.5% of the votes cast. Odinga took 48.9%, a 1.6-point gap.", "KE"),
    ("In the survey, 58 percent backed the measure and 36 percent opposed it, a 12-point gap.", "12",
     "In the survey, 58 percent backed the measure and 36 percent opposed it, a 22-point gap.", "US"),
    ("The DMK alliance secured 46.97 per cent of votes while the AIADMK front got 39.72 per cent, a difference of "
     "8.25 percentage points.", "8.25 percentage points",
     "The DMK alliance secured 46.97 per cent of votes while the AIADMK front got 39.72 per cent, a difference of "
     "7.25 percentage points.", "IN"),
    ("O candidato do PT obteve 53,2% dos votos válidos, contra 46,8% do adversário. A diferença entre os dois foi de "
     "8,4 pontos percentuais.", "8,4 pontos percentuais",
     "O candidato do PT obteve 53,2% dos votos válidos, contra 46,8% do adversário. A diferença entre os dois foi de "
     "6,4 pontos percentuais.", "BR"),
    ("El PSOE obtuvo el 32,4% de los votos y el PP el 30,1%, una diferencia de 3,3 puntos porcentuales.",
     "3,3 puntos porcentuales",
     "El PSOE obtuvo el 32,4% de los votos y el PP el 30,1%, una diferencia de 2,3 puntos porcentuales.", "ES"),
    ("The Yes side won 55.3% to the No side's 44.7% – a gap of 9.6 percentage points, officials said.",
     "9.6 percentage points",
     "The Yes side won 55.3% to the No side's 44.7% – a gap of 10.6 percentage points, officials said.", "AU"),
    ("APC's candidate took 36.6% of the vote and the PDP's 29.1%. The gap between the two was 5.5 percentage points.",
     "5.5 percentage points",
     "APC's candidate took 36.6% of the vote and the PDP's 29.1%. The gap between the two was 7.5 percentage points.",
     "NG"),
]


@pytest.mark.parametrize("wrong, flagged, right, country", [g for g in GAPS if g[1]], ids=_ids([g for g in GAPS if g[1]]))
def test_gap_in_points_between_two_shares(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


GAPS_SILENT = [g[0] for g in GAPS if g[1] is None] + [
    # the rival's share is not given: "13 points ahead of" someone the sentence before did not name
    "In Delhi, the party won 46 per cent of the vote, 14 percentage points ahead of its rival. In Maharashtra, the "
    "alliance polled 47 per cent of the vote, 13 percentage points ahead of the Congress.",
    # one share at two times, and a lead over a party whose share is not given
    "Support for the government stands at 33%, up from 29% in March, giving it a 6-point lead over Labour.",
    # a margin of error is no gap
    "The poll put the governor on 48% and her opponent on 45%. It has a margin of error of 3.5 percentage points.",
    # a gap of another time
    "The Greens took 14.2% and Labour 11.8%, a gap of 6 percentage points at the last election has closed.",
    # a gap among a subgroup
    "Overall, Democrats led 49% to 45%. The gap among women was 12 percentage points.",
    # the other share follows the gap
    "The ruling party took 41 per cent, a lead of 9 points over the opposition's 32 per cent.",
    # three shares: the gap fits one pair
    "Labour was on 41%, the Conservatives 24% and Reform 18%, a gap of 17 points between the two main parties.",
    # a basketball score, not a poll
    "The Bulls shot 48% from the field and the Knicks 41%, and won by 12 points.",
    # a correct gap in the next sentence
    "Cheruiyot got 61.3% of the vote and Wanjiku 35.2%. The difference between them was 26.1 percentage points.",
    # a gap wider than either share cannot be theirs
    "Turnout was 62% in the north and 58% in the south, with a gap of 70 percentage points between age groups.",
]


@pytest.mark.parametrize("text", GAPS_SILENT, ids=_ids([(t,) for t in GAPS_SILENT]))
def test_gap_near_misses_stay_silent(text):
    _silent(text)


# -- decimal commas ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country, value, unit", [
    ("ela teve 182.453 votos válidos (51,95%)", "BR", 51.95, "percent"),
    ("ou 5,9 pontos percentuais", "BR", 5.9, "percentage point"),
    ("el 32,4% de los votos", "ES", 32.4, "percent"),
    ("una diferencia de 3,3 puntos porcentuales", "ES", 3.3, "percentage point"),
    ("soit 52,02 % des suffrages exprimés", "FR", 52.02, "percent"),
    ("un écart de 4,1 points de pourcentage", "FR", 4.1, "percentage point"),
    ("con il 28,7 per cento dei voti", "IT", 28.7, "percent"),
    ("die Partei kam auf 16,4 Prozent", "DE", 16.4, "percent"),
    ("The all-share index closed 0,97% higher", "ZA", 0.97, "percent"),
    ("CHP: 24,99% and 132 MPs", "TR", 24.99, "percent"),
])
def test_decimal_comma_before_a_percent(text, country, value, unit):
    pct = [q for q in factcheck.extract(text, date=DATE, country=country) if q.kind == "percent"]
    assert len(pct) == 1 and pct[0].value == pytest.approx(value) and pct[0].unit == unit, pct


@pytest.mark.parametrize("text, value", [
    ("Some 1,250 workers lost their jobs.", 1250),
    ("The fund paid out 12,500 claims, 3% of the total.", 12500),
    ("Rs 1,25,000 was paid.", 125000),
    ("Pages 1,2 and 3 were missing.", 1),
])
def test_thousands_commas_unchanged(text, value):
    assert factcheck.extract(text, date=DATE)[0].value == value


# -- "N of M ..., or P%" with words between ---------------------------------------------------------

SHARES = [
    ("Of the 1,480 schools registered with the board, 1,110 had submitted their returns by Friday, or 65 per cent, "
     "officials said.", "65 per cent",
     "Of the 1,480 schools registered with the board, 1,110 had submitted their returns by Friday, or 75 per cent, "
     "officials said.", "NG"),
    ("Of the 640 clinics, 512 had reopened by Monday, or 70%.", "70%",
     "Of the 640 clinics, 512 had reopened by Monday, or 80%.", "KE"),
    ("Volunteers immunised 2.4 million infants aged below two, or 60 per cent of the 3.2 million on the list.",
     "60 per cent",
     "Volunteers immunised 2.4 million infants aged below two, or 75 per cent of the 3.2 million on the list.", "ET"),
    ("Health workers vaccinated 1,840,000 girls aged nine to fourteen, or 72% of the 2,000,000 eligible.", "72%",
     "Health workers vaccinated 1,840,000 girls aged nine to fourteen, or 92% of the 2,000,000 eligible.", "TZ"),
    ("Of the 3,200 shops inspected in Dhaka, 2,720 had displayed price lists by Thursday, or 75 percent.", "75 percent",
     "Of the 3,200 shops inspected in Dhaka, 2,720 had displayed price lists by Thursday, or 85 percent.", "BD"),
    ("Of the 420 councils, 357 had filed accounts by Wednesday – or 75% – the auditor said.", "75%",
     "Of the 420 councils, 357 had filed accounts by Wednesday – or 85% – the auditor said.", "GB"),
    ("Of the 18,000 pensioners on the register, 15,300 had collected their payments by Tuesday, or 75pc.", "75pc",
     "Of the 18,000 pensioners on the register, 15,300 had collected their payments by Tuesday, or 85pc.", "PK"),
    ("Of the 1,200 farms surveyed in Punjab, 960 had received seed subsidies by Monday, or 70 per cent, the board said.",
     "70 per cent",
     "Of the 1,200 farms surveyed in Punjab, 960 had received seed subsidies by Monday, or 80 per cent, the board said.",
     "IN"),
    ("Some 2.1 million girls aged six to eleven, or 50% of the 3 million enrolled, sat the test.", "50%",
     "Some 2.1 million girls aged six to eleven, or 70% of the 3 million enrolled, sat the test.", "GH"),
]


@pytest.mark.parametrize("wrong, flagged, right, country", SHARES, ids=_ids(SHARES))
def test_share_with_words_between(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


SHARES_SILENT = [
    "Teams dewormed 3.3 million pupils aged six to twelve, or 75 per cent of the 4.4 million enrolled.",
    "The scheme covers 1.2 million people aged over 60, or 40 per cent of the 3 million pensioners.",
    "Some 9,000 children under five, or 30 per cent of the 30,000 admitted, were malnourished.",
    "The survey found 15-year-olds, or 12 per cent of the 4,000 pupils, had tried vaping.",
    "The drive reached 3.6 million adults over the age of 50, or 90 per cent of the 4 million eligible.",
    "Of the 2,400 patients, 65 were aged over 80, or 2.7 per cent.",
]


@pytest.mark.parametrize("text", SHARES_SILENT, ids=_ids([(t,) for t in SHARES_SILENT]))
def test_ages_are_never_parts(text):
    _silent(text)


# -- a whole named, its allocations listed in the next sentence ---------------------------------------

WHOLES = [
    ("The council approved a TSh 245.0 billion budget for 2025/26. TSh 150.2 billion was allocated to development, "
     "while TSh 101.4 billion would cover recurrent spending.", "TSh 245.0 billion",
     "The council approved a TSh 251.6 billion budget for 2025/26. TSh 150.2 billion was allocated to development, "
     "while TSh 101.4 billion would cover recurrent spending.", "TZ"),
    ("The county unveiled a KSh 18.4 billion budget on Thursday. KSh 11.2 billion is earmarked for development and "
     "KSh 8.1 billion for recurrent costs.", "KSh 18.4 billion",
     "The county unveiled a KSh 19.3 billion budget on Thursday. KSh 11.2 billion is earmarked for development and "
     "KSh 8.1 billion for recurrent costs.", "KE"),
    ("Ministers announced a £2.5bn package for the north. Rail will get £1.4bn, roads £0.8bn and broadband £0.6bn.",
     "£2.5bn",
     "Ministers announced a £2.8bn package for the north. Rail will get £1.4bn, roads £0.8bn and broadband £0.6bn.",
     "GB"),
    ("The state approved a budget of ₹12,400 crore for the city. ₹7,900 crore has been set aside for the metro and "
     "₹5,100 crore for water supply.", "₹12,400 crore",
     "The state approved a budget of ₹13,000 crore for the city. ₹7,900 crore has been set aside for the metro and "
     "₹5,100 crore for water supply.", "IN"),
    ("The board signed off a N48 billion plan. N30 billion goes to classrooms and N21 billion to teacher training.",
     "N48 billion",
     "The board signed off a N51 billion plan. N30 billion goes to classrooms and N21 billion to teacher training.",
     "NG"),
    ("Parliament passed a Sh72.5 trillion budget for 2025/26. Sh45.1 trillion was allocated to recurrent spending, "
     "while Sh29.8 trillion will go to development.", "Sh72.5 trillion",
     "Parliament passed a Sh74.9 trillion budget for 2025/26. Sh45.1 trillion was allocated to recurrent spending, "
     "while Sh29.8 trillion will go to development.", "UG"),
    ("The city council adopted a $1.2 billion budget on Tuesday. $780 million is earmarked for operations and "
     "$510 million for capital projects.", "$1.2 billion",
     "The city council adopted a $1.3 billion budget on Tuesday. $780 million is earmarked for operations and "
     "$510 million for capital projects.", "US"),
    ("The province unveiled an R8.6bn infrastructure plan. R5.2bn will go to roads and R3.9bn to water schemes.",
     "R8.6bn",
     "The province unveiled an R9.1bn infrastructure plan. R5.2bn will go to roads and R3.9bn to water schemes.", "ZA"),
    ("The ministry announced a GH¢4.2 billion stimulus package. GH¢2.5 billion would cover loans to small firms and "
     "GH¢1.9 billion would go to farmers.", "GH¢4.2 billion",
     "The ministry announced a GH¢4.4 billion stimulus package. GH¢2.5 billion would cover loans to small firms and "
     "GH¢1.9 billion would go to farmers.", "GH"),
    ("Cabinet approved a Tk 9,500 crore package for exporters. Tk 6,000 crore has been set aside for wages and "
     "Tk 4,000 crore for energy bills.", "Tk 9,500 crore",
     "Cabinet approved a Tk 10,000 crore package for exporters. Tk 6,000 crore has been set aside for wages and "
     "Tk 4,000 crore for energy bills.", "BD"),
]


@pytest.mark.parametrize("wrong, flagged, right, country", WHOLES, ids=_ids(WHOLES))
def test_allocations_exceed_the_whole(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


WHOLES_SILENT = [
    # falling short is not flagged: an "includes" list may be partial
    ("The $4.8bn package includes $2.1bn for roads. $1.6bn goes to rail and $0.7bn to water.", "AU"),
    ("The government unveiled a $4.8 billion package. It includes $2.1 billion for roads and $1.6 billion for rail.", "AU"),
    # other money in the next sentence
    ("The council approved a KSh 18 billion budget. It also set aside KSh 11 billion for roads and KSh 9 billion for "
     "a new market from a separate fund.", "KE"),
    ("The council approved a KSh 18 billion budget. Last year KSh 11 billion went to roads and KSh 9 billion to "
     "markets.", "KE"),
    ("The city passed a $900 million budget. Of that, $600 million is for schools and $200 million for police.", "US"),
    # figures that are not allocations of it
    ("The province tabled a R32 billion budget. Revenue rose to R21 billion and borrowing reached R14 billion.", "ZA"),
]


@pytest.mark.parametrize("text, country", WHOLES_SILENT, ids=_ids(WHOLES_SILENT))
def test_whole_near_misses_stay_silent(text, country):
    _silent(text, country)


# -- a list that goes on over a sentence break to its total -----------------------------------------

LISTS = [
    ("Results show 12,400 candidates scored grade A, 18,900 grade B and 21,300 grade C passes. Another 6,100 failed. In all, "
     "56,700 candidates sat the test.", "56,700",
     "Results show 12,400 candidates scored grade A, 18,900 grade B and 21,300 grade C passes. Another 6,100 failed. In all, "
     "58,700 candidates sat the test.", "KE"),
    ("Police arrested 48 men, 19 women and 7 teenagers on Saturday. A further 11 were held on Sunday. In total, 95 "
     "people were arrested over the weekend.", "95",
     "Police arrested 48 men, 19 women and 7 teenagers on Saturday. A further 11 were held on Sunday. In total, 85 "
     "people were arrested over the weekend.", "GB"),
    ("The board approved 310 loans in Kano, 245 in Kaduna and 190 in Katsina. Another 85 are pending. Altogether, "
     "840 loans were processed.", "840",
     "The board approved 310 loans in Kano, 245 in Kaduna and 190 in Katsina. Another 85 are pending. Altogether, "
     "830 loans were processed.", "NG"),
    ("The clinic treated 1,240 patients for malaria, 860 for typhoid and 410 for cholera. A further 290 were referred. "
     "In all, 2,900 patients were seen.", "2,900",
     "The clinic treated 1,240 patients for malaria, 860 for typhoid and 410 for cholera. A further 290 were referred. "
     "In all, 2,800 patients were seen.", "MW"),
    ("Inspectors passed 58 restaurants, 23 cafes and 14 bakeries. Another 9 premises were closed. In total, 114 "
     "premises were inspected.", "114",
     "Inspectors passed 58 restaurants, 23 cafes and 14 bakeries. Another 9 premises were closed. In total, 104 "
     "premises were inspected.", "IE"),
]


@pytest.mark.parametrize("wrong, flagged, right, country", LISTS, ids=_ids(LISTS))
def test_list_goes_on_to_its_total(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


LISTS_SILENT = [
    # the total counts something else
    "Results show 12,400 candidates scored grade A, 18,900 grade B and 21,300 grade C passes. Another 6,100 failed. In all, "
    "1,240 schools took part.",
    # a running total
    "Police arrested 48 men, 19 women and 7 teenagers on Saturday. Another 11 were held on Sunday. In all, 140 people "
    "have been arrested since the protests began.",
    # the total includes others not listed
    "The board approved 310 loans in Kano, 245 in Kaduna and 190 in Katsina. Another 85 are pending. In all, 1,400 "
    "loans, including those from earlier rounds, were processed.",
]


@pytest.mark.parametrize("text", LISTS_SILENT, ids=_ids([(t,) for t in LISTS_SILENT]))
def test_list_near_misses_stay_silent(text):
    _silent(text)
