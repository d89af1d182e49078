"""Arithmetic, round 3: a whole, then its breakdown (factcheck/broken_down.py).

Four classes, each for any unit and noun:
- a remainder ("the remaining R", "the rest", "the balance", "the other", "leaving R") is the whole
  less the other parts;
- "N of the <noun>, or P%" where "the <noun>" is a whole counted in an earlier sentence;
- a whole, the number of things it is spread over, then one part per thing in the next sentence(s):
  the list is all of it, so it must add up;
- a whole, then its breakdown in the next sentence ("accounts for", "followed by", "The largest",
  "Of them", a colon): parts of its measure cannot add up to more.

Every case is our own sentence. A wrong one must be flagged on the figure that does not follow, its
corrected twin must stay silent, and the near-misses are legitimate copy that must stay silent.
Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _flags, _ids, _silent


# -- the remainder is the whole less the other parts ---------------------------------------------
# (wrong, flagged, right, country)

REMAINDERS = [
    ("Of the £96m, schools receive £41m, transport £22m and housing £18m, with the remaining £21m going to "
     "parks and libraries.", "£21m",
     "Of the £96m, schools receive £41m, transport £22m and housing £18m, with the remaining £15m going to "
     "parks and libraries.", "GB"),
    ("Of the 2,400 delegates, 1,150 came from Africa and 640 from Asia; the remaining 710 travelled from Europe "
     "and the Americas.", "710",
     "Of the 2,400 delegates, 1,150 came from Africa and 640 from Asia; the remaining 610 travelled from Europe "
     "and the Americas.", None),
    ("Of the Rs 1,200 crore package, Rs 520 crore is for irrigation and Rs 380 crore for rural roads, while the "
     "remaining Rs 350 crore will fund drinking water schemes.", "Rs 350 crore",
     "Of the Rs 1,200 crore package, Rs 520 crore is for irrigation and Rs 380 crore for rural roads, while the "
     "remaining Rs 300 crore will fund drinking water schemes.", "IN"),
    ("Of the 84,000 tonnes harvested, 51,000 tonnes were exported and 19,500 tonnes milled locally, leaving "
     "9,500 tonnes in storage.", "9,500 tonnes",
     "Of the 84,000 tonnes harvested, 51,000 tonnes were exported and 19,500 tonnes milled locally, leaving "
     "13,500 tonnes in storage.", None),
    ("Out of the 640 MW the plant will produce, 410 MW is contracted to the national grid and 130 MW to a smelter, "
     "with the remaining 140 MW sold on the spot market.", "140 MW",
     "Out of the 640 MW the plant will produce, 410 MW is contracted to the national grid and 130 MW to a smelter, "
     "with the remaining 100 MW sold on the spot market.", None),
    ("Of the KSh 9.6 billion allocation, KSh 4.1 billion goes to salaries, KSh 2.7 billion to drugs and the "
     "balance of KSh 3.2 billion to equipment.", "KSh 3.2 billion",
     "Of the KSh 9.6 billion allocation, KSh 4.1 billion goes to salaries, KSh 2.7 billion to drugs and the "
     "balance of KSh 2.8 billion to equipment.", "KE"),
    ("Of its 5,200 hectares, the estate has planted 3,100 hectares with tea and 1,300 hectares with coffee, and "
     "the rest, 1,100 hectares, is forest.", "1,100 hectares",
     "Of its 5,200 hectares, the estate has planted 3,100 hectares with tea and 1,300 hectares with coffee, and "
     "the rest, 800 hectares, is forest.", "KE"),
    ("Of the $48 million raised, $22 million came from foundations and $9 million from corporate donors — the "
     "other $21 million from individuals.", "$21 million",
     "Of the $48 million raised, $22 million came from foundations and $9 million from corporate donors — the "
     "other $17 million from individuals.", "US"),
    ("Of the 312 MPs who voted, 174 backed the motion, 96 opposed it and the remaining 58 abstained.", "58",
     "Of the 312 MPs who voted, 174 backed the motion, 96 opposed it and the remaining 42 abstained.", "GB"),
    ("Of the €2.4bn fund, €1.1bn is earmarked for rail and €700m for ports, with the remaining €900m for "
     "broadband.", "€900m",
     "Of the €2.4bn fund, €1.1bn is earmarked for rail and €700m for ports, with the remaining €600m for "
     "broadband.", "IE"),
    # the whole in the sentence before, the remainder in the breakdown after it
    ("The county's road budget is KSh 1.8 billion this year. Resurfacing accounts for the largest share at "
     "KSh 900 million, followed by bridges at KSh 450 million, with the remaining KSh 600 million for "
     "drainage.", "KSh 600 million",
     "The county's road budget is KSh 1.8 billion this year. Resurfacing accounts for the largest share at "
     "KSh 900 million, followed by bridges at KSh 450 million, with the remaining KSh 450 million for "
     "drainage.", "KE"),
    ("Of the 4.2 lakh applicants, 2.1 lakh applied for engineering and 1.3 lakh for medicine, while the remaining "
     "1.2 lakh sought other courses.", "1.2 lakh",
     "Of the 4.2 lakh applicants, 2.1 lakh applied for engineering and 1.3 lakh for medicine, while the remaining "
     "0.8 lakh sought other courses.", "IN"),
    ("Of the N800 million approved, N350 million is for classrooms, N200 million for desks and the balance of "
     "N350 million for teachers' housing.", "N350 million",
     "Of the N800 million approved, N350 million is for classrooms, N200 million for desks and the balance of "
     "N250 million for teachers' housing.", "NG"),
    ("Of the 1,540 homes completed in the county, 820 were houses and 420 apartments, with the other 200 "
     "described as student beds.", "200",
     "Of the 1,540 homes completed in the county, 820 were houses and 420 apartments, with the other 300 "
     "described as student beds.", "IE"),
    ("Of the 900 acres, 520 acres will be farmed, 240 acres left as woodland and the remaining 80 acres built "
     "on.", "80 acres",
     "Of the 900 acres, 520 acres will be farmed, 240 acres left as woodland and the remaining 140 acres built "
     "on.", "US"),
    # a colon after the whole, and a time said of all of it
    ("The county spent $412 million on roads last year: $168 million on repaving, $97 million on bridges, $74 "
     "million on signals and the remaining $58 million on sidewalks.", "$58 million",
     "The county spent $412 million on roads last year: $168 million on repaving, $97 million on bridges, $74 "
     "million on signals and the remaining $73 million on sidewalks.", "US"),
    ("The state has set aside Rs 412 crore for the scheme. Of this, Rs 168 crore goes to irrigation, Rs 97 crore "
     "to seeds and Rs 74 crore to fertiliser subsidies, with the rest, Rs 58 crore, for storage.", "Rs 58 crore",
     "The state has set aside Rs 412 crore for the scheme. Of this, Rs 168 crore goes to irrigation, Rs 97 crore "
     "to seeds and Rs 74 crore to fertiliser subsidies, with the rest, Rs 73 crore, for storage.", "IN"),
    # the whole in a sentence of its own, the parts and what is left in the next
    ("The fund has $900 million to spend. Roads will take $400 million and schools $300 million, leaving $300 "
     "million for clinics.", "$300 million",
     "The fund has $900 million to spend. Roads will take $400 million and schools $300 million, leaving $200 "
     "million for clinics.", "US"),
    ("Twelve hundred runners started the race. Of them, 800 finished, 250 dropped out and the rest, 300, were "
     "disqualified.", "300",
     "Twelve hundred runners started the race. Of them, 800 finished, 250 dropped out and the rest, 150, were "
     "disqualified.", None),
    ("The club sold 18,000 tickets for the final. Members bought 11,000, the away side 5,000 and the remaining "
     "4,000 went on general sale.", "4,000",
     "The club sold 18,000 tickets for the final. Members bought 11,000, the away side 5,000 and the remaining "
     "2,000 went on general sale.", "GB"),
    ("The hospital treated 4,300 patients during the outbreak. The largest group, 2,100, were children under "
     "five, followed by 1,200 adults over 60, and the remaining 1,300 were of working age.", "1,300",
     "The hospital treated 4,300 patients during the outbreak. The largest group, 2,100, were children under "
     "five, followed by 1,200 adults over 60, and the remaining 1,000 were of working age.", None),
]


@pytest.mark.parametrize("wrong,flagged,right,country", REMAINDERS, ids=_ids(REMAINDERS))
def test_a_remainder_is_the_whole_less_the_others(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- "N of the <noun>, or P%": the whole counted in an earlier sentence --------------------------

SHARES_OF_THE_NOUN = [
    ("Inspectors visited 840 clinics across the province in the spring. They found that 210 of the clinics, or "
     "40 per cent, had no running water.", "40 per cent",
     "Inspectors visited 840 clinics across the province in the spring. They found that 210 of the clinics, or "
     "25 per cent, had no running water.", "ZA"),
    ("The survey covered 3,200 households in six districts. Some 1,920 of the households — 48% — said they had "
     "skipped meals in the past month.", "48%",
     "The survey covered 3,200 households in six districts. Some 1,920 of the households — 60% — said they had "
     "skipped meals in the past month.", None),
    ("Auditors examined 2,500 contracts awarded last year.\n\nAccording to the report, 600 of the contracts (32 "
     "percent) were signed without a tender.", "32 percent",
     "Auditors examined 2,500 contracts awarded last year.\n\nAccording to the report, 600 of the contracts (24 "
     "percent) were signed without a tender.", "US"),
    ("Officials tested 1,200 water samples from village wells. Of these, none were sterile, and 330 of the "
     "samples, or 35pc, carried E. coli.", "35pc",
     "Officials tested 1,200 water samples from village wells. Of these, none were sterile, and 330 of the "
     "samples, or 27.5pc, carried E. coli.", "PK"),
    ("The ministry inspected 450 buses on intercity routes. Police impounded 63 of the buses, or 21 per cent, "
     "for bald tyres.", "21 per cent",
     "The ministry inspected 450 buses on intercity routes. Police impounded 63 of the buses, or 14 per cent, "
     "for bald tyres.", "NG"),
    ("A total of 16,000 candidates sat the bar examination in March. Only 2,880 of the candidates, or 28 per "
     "cent, passed all papers.", "28 per cent",
     "A total of 16,000 candidates sat the bar examination in March. Only 2,880 of the candidates, or 18 per "
     "cent, passed all papers.", "IN"),
    ("The regulator reviewed 96 banks. It said 30 of the banks – about 45% – fell short of the capital "
     "requirement.", "about 45%",
     "The regulator reviewed 96 banks. It said 30 of the banks – about 31% – fell short of the capital "
     "requirement.", None),
    ("Volunteers counted 5,400 trees along the river. They tagged 1,350 of the trees, or 35 per cent, as "
     "diseased.", "35 per cent",
     "Volunteers counted 5,400 trees along the river. They tagged 1,350 of the trees, or 25 per cent, as "
     "diseased.", "GB"),
    ("The agency processed 72,000 visa applications in the quarter. It refused 9,000 of the applications, or "
     "18 per cent.", "18 per cent",
     "The agency processed 72,000 visa applications in the quarter. It refused 9,000 of the applications, or "
     "12.5 per cent.", "AU"),
    # the noun said first: "Of the schools, 412 — 38 per cent —"
    ("The audit covered 1,650 schools. Of the schools, 412 — 38 per cent — relied on rainwater.", "38 per cent",
     "The audit covered 1,650 schools. Of the schools, 412 — 25 per cent — relied on rainwater.", "KE"),
    ("The audit covered 1,650 schools in five counties. It found 412 of the surveyed schools, or 38%, relied on "
     "rainwater.", "38%",
     "The audit covered 1,650 schools in five counties. It found 412 of the surveyed schools, or 25%, relied on "
     "rainwater.", None),
    ("Engineers assessed 260 bridges after the floods.\n\nThey rated 117 of the bridges, or 54 percent, as "
     "unsafe for heavy vehicles.", "54 percent",
     "Engineers assessed 260 bridges after the floods.\n\nThey rated 117 of the bridges, or 45 percent, as "
     "unsafe for heavy vehicles.", "US"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", SHARES_OF_THE_NOUN, ids=_ids(SHARES_OF_THE_NOUN))
def test_a_share_of_the_noun_counted_before(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- a whole spread over N things, then one part per thing: the list is all of it ------------------

COUNTED_PARTS = [
    ("The state will build four new dams this decade, storing 2,600 million cubic metres. The largest, at "
     "Kilo, will hold 1,100 million cubic metres; the others 700 million cubic metres, 500 million cubic "
     "metres and 200 million cubic metres.", None, None, None),
    ("The airline will take delivery of three aircraft this year, adding 620 seats. The largest, an A330, has "
     "300 seats, and the two A321s have 200 seats each.", None, None, None),
    ("The province will open three new prisons next year, adding 4,200 places. The biggest, near Lyon, will "
     "have 1,800 places. One in Marseille will hold 1,100 places and one in Lille 900.", "4,200",
     "The province will open three new prisons next year, adding 3,800 places. The biggest, near Lyon, will "
     "have 1,800 places. One in Marseille will hold 1,100 places and one in Lille 900.", "FR"),
    ("Nairobi will build four new markets with room for 6,400 traders. The largest, in Gikomba, will take "
     "2,500 traders, while one in Kangemi takes 1,600 traders, one in Githurai 1,200 and one in Kawangware "
     "800.", "6,400",
     "Nairobi will build four new markets with room for 6,100 traders. The largest, in Gikomba, will take "
     "2,500 traders, while one in Kangemi takes 1,600 traders, one in Githurai 1,200 and one in Kawangware "
     "800.", "KE"),
    ("The developer will put up two towers with 940 flats. The taller will have 610 flats and the other 390 "
     "flats.", "390",
     "The developer will put up two towers with 1,000 flats. The taller will have 610 flats and the other 390 "
     "flats.", None),
    ("Three new wind farms will add 1,100 MW. The biggest, off Norfolk, will have 520 MW; one off Kent 330 MW "
     "and one off Cumbria 200 MW.", "1,100 MW",
     "Three new wind farms will add 1,050 MW. The biggest, off Norfolk, will have 520 MW; one off Kent 330 MW "
     "and one off Cumbria 200 MW.", "GB"),
    ("Three solar farms now under construction will add 1,450 megawatts to the grid. The largest, with 700 "
     "megawatts, is in the Karoo. A farm near Upington will have 420 megawatts and one near De Aar 230 "
     "megawatts.", "1,450 megawatts",
     "Three solar farms now under construction will add 1,350 megawatts to the grid. The largest, with 700 "
     "megawatts, is in the Karoo. A farm near Upington will have 420 megawatts and one near De Aar 230 "
     "megawatts.", "ZA"),
]
COUNTED_PARTS = [c for c in COUNTED_PARTS if c[1] is not None] + [
    # the same in one sentence: a colon or a bracket opens the parts
    ("The 1,240 beds will be spread over three hospitals: 460 in Lodz, 380 in Poznan and 310 in Gdansk.", "1,240",
     "The 1,150 beds will be spread over three hospitals: 460 in Lodz, 380 in Poznan and 310 in Gdansk.", "PL"),
    ("The ministry is adding 1,240 beds in three hospitals (460 in Lodz, 380 in Poznan and 310 in Gdansk).", "1,240",
     "The ministry is adding 1,150 beds in three hospitals (460 in Lodz, 380 in Poznan and 310 in Gdansk).", "PL"),
    ("The 2,615 children still unplaced are spread over four districts: Mitte with 1,020, Nord with 730, Ost with "
     "540 and Süd with 425.", "2,615",
     "The 2,715 children still unplaced are spread over four districts: Mitte with 1,020, Nord with 730, Ost with "
     "540 and Süd with 425.", "DE"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", COUNTED_PARTS, ids=_ids(COUNTED_PARTS))
def test_as_many_parts_as_things_counted_must_add_up(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- a whole, then a breakdown that adds up to more ------------------------------------------------

PARTS_OVER = [
    ("The county recorded 3,950 road accidents last year. Motorcycles account for the largest share, with "
     "1,900 crashes, followed by cars with 1,240, lorries with 610 and bicycles with 420.", "3,950",
     "The county recorded 4,350 road accidents last year. Motorcycles account for the largest share, with "
     "1,900 crashes, followed by cars with 1,240, lorries with 610 and bicycles with 420.", "KE"),
    ("Exporters shipped 48,500 tonnes of avocados in the season. The Netherlands took the biggest share at "
     "21,000 tonnes, followed by Spain at 14,500 tonnes and France at 16,000 tonnes.", "48,500 tonnes",
     "Exporters shipped 52,500 tonnes of avocados in the season. The Netherlands took the biggest share at "
     "21,000 tonnes, followed by Spain at 14,500 tonnes and France at 16,000 tonnes.", "KE"),
    ("The charity raised $3.2 million at its gala. Of that, $2.1 million came from a single donor, $0.8 million "
     "from table sales and $0.7 million from the auction.", "$3.2 million",
     "The charity raised $3.6 million at its gala. Of that, $2.1 million came from a single donor, $0.8 million "
     "from table sales and $0.7 million from the auction.", "US"),
    ("The university enrolled 12,600 students this term. Engineering accounts for 5,200 of them, "
     "followed by business with 4,100, law with 2,300 and medicine with 1,600.", "12,600",
     "The university enrolled 13,200 students this term. Engineering accounts for 5,200 of them, "
     "followed by business with 4,100, law with 2,300 and medicine with 1,600.", "NG"),
    ("The force employs 2,480 officers. The largest division, Central, has 1,050 officers, followed by North "
     "with 820, South with 470 and the dog unit with 260.", "2,480",
     "The force employs 2,680 officers. The largest division, Central, has 1,050 officers, followed by North "
     "with 820, South with 470 and the dog unit with 260.", "GB"),
    ("Rs 640 crore has been sanctioned for the metro's second phase. The bulk, Rs 410 crore, is for tunnelling, "
     "followed by Rs 180 crore for stations and Rs 90 crore for signalling.", "Rs 640 crore",
     "Rs 680 crore has been sanctioned for the metro's second phase. The bulk, Rs 410 crore, is for tunnelling, "
     "followed by Rs 180 crore for stations and Rs 90 crore for signalling.", "IN"),
    ("There are 1,730 people sleeping rough in the city, the count found. Men make up the largest group, at "
     "1,320, followed by women at 380 and young people under 18 at 95.", "1,730",
     "There are 1,795 people sleeping rough in the city, the count found. Men make up the largest group, at "
     "1,320, followed by women at 380 and young people under 18 at 95.", "IE"),
    ("The port handled 9.4 million tonnes of cargo. Containers accounted for the lion's share at 5.8 million "
     "tonnes, followed by bulk grain at 2.6 million tonnes and fuel at 1.9 million tonnes.", "9.4 million tonnes",
     "The port handled 10.3 million tonnes of cargo. Containers accounted for the lion's share at 5.8 million "
     "tonnes, followed by bulk grain at 2.6 million tonnes and fuel at 1.9 million tonnes.", "TZ"),
    ("The trust has 2,950 patients waiting more than 18 weeks. Cardiology has the biggest backlog, with 1,400, "
     "followed by dermatology with 900 and urology with 820.", "2,950",
     "The trust has 3,150 patients waiting more than 18 weeks. Cardiology has the biggest backlog, with 1,400, "
     "followed by dermatology with 900 and urology with 820.", "GB"),
    ("The Treasury released KSh 50 billion to counties. Nairobi got the biggest share, KSh 22 billion, followed "
     "by Mombasa with KSh 15 billion and Kisumu with KSh 18 billion.", "KSh 50 billion",
     "The Treasury released KSh 55 billion to counties. Nairobi got the biggest share, KSh 22 billion, followed "
     "by Mombasa with KSh 15 billion and Kisumu with KSh 18 billion.", "KE"),
    ("Over the weekend, 2,300 passengers were screened at the airport. The bulk, 1,450, arrived from Europe, "
     "followed by 620 from the Gulf and 410 from elsewhere in Africa.", "2,300",
     "Over the weekend, 2,480 passengers were screened at the airport. The bulk, 1,450, arrived from Europe, "
     "followed by 620 from the Gulf and 410 from elsewhere in Africa.", "NG"),
    ("Rs 50 billion has been set aside for the dams. The Diamer-Bhasha dam takes the lion's share at Rs 32 "
     "billion, followed by Mohmand at Rs 14 billion and Dasu at Rs 9 billion.", "Rs 50 billion",
     "Rs 55 billion has been set aside for the dams. The Diamer-Bhasha dam takes the lion's share at Rs 32 "
     "billion, followed by Mohmand at Rs 14 billion and Dasu at Rs 9 billion.", "PK"),
    ("The trust's 4,870 long waiters break down as follows: orthopaedics 2,140, ENT 1,380, general surgery 960 and "
     "gynaecology 590.", "4,870",
     "The trust's 5,070 long waiters break down as follows: orthopaedics 2,140, ENT 1,380, general surgery 960 and "
     "gynaecology 590.", "GB"),
    ("Police made 860 arrests during the festival weekend. Drug offences were the largest category with 470, "
     "followed by theft with 260 and assault with 190.", "860",
     "Police made 920 arrests during the festival weekend. Drug offences were the largest category with 470, "
     "followed by theft with 260 and assault with 190.", "AU"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", PARTS_OVER, ids=_ids(PARTS_OVER))
def test_a_breakdown_after_its_whole_cannot_add_up_to_more(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# -- near-misses: legitimate copy that must stay silent ---------------------------------------------

NEAR_MISSES = [
    # a breakdown short of its whole, not said to be all of it
    "Ministers signed off a €2.9bn health plan. Hospitals take the largest share, €1.3bn, followed by primary "
    "care at €640m and mental health at €410m.",
    # "including": some of the whole only
    "The trust has 4,870 people waiting over a year. The largest groups include orthopaedics with 2,140, "
    "followed by ENT with 1,380, surgery with 960 and gynaecology with 590.",
    # the parts are of another year than the whole
    "The agency recorded 3,950 accidents this year. Last year motorcycles accounted for 2,100, followed by cars "
    "with 1,400 and lorries with 700.",
    # a whole of another place: the breakdown is of the country, not the county
    "The county recorded 950 cases. Nationally, the largest group was children, with 4,100 cases, followed by "
    "adults with 3,800.",
    # siblings, not parts: each party's seats
    "The Greens came second with 87 seats. The Liberals took the largest share of the vote with 58 seats, "
    "and the Socialists 39 seats.",
    # temperatures do not add up
    "Jacobabad recorded 51C on Monday. Dadu was the next hottest at 49.5C, followed by Larkana at 48.5C.",
    # a time, not a list: "9:40"
    "The blast killed 23 people and wounded 41. The tanker caught fire at around 9:40 a.m.: 12 shops burned.",
    # three hospitals, but the parts are of another measure
    "The ministry will open three temporary hospitals, adding 1,240 beds. The largest will have 60 "
    "ventilators, one in Poznan 40 and one in Gdansk 30.",
    # the remainder of another whole: the earlier figure is a change, not the whole
    "Of the 1,200 teachers hired last year, 700 went to primary schools and 300 to secondary schools; the "
    "remaining 200 were posted to colleges.",
    # "the rest" right: the sum works
    "Of the 640 MW, 410 MW is contracted to the grid and the rest, 230 MW, sold on the spot market.",
    # a share of the noun with two earlier counts of it: which one is meant is unclear
    "The survey covered 1,650 schools, and a follow-up visit 900 schools. Some 412 of the schools, or 46 per "
    "cent, had no water.",
    # a share of the noun in one place only
    "Field officers visited 1,650 schools. In Turkana, 412 of the schools, or 62 per cent, had no water.",
    # a share whose whole is counted after
    "About 275 of the wards, or 22 per cent, lacked a working lift, the survey of wards showed.",
    # a part said to be some of the whole, with a running total
    "The club has sold 18,000 season tickets so far. The largest stand, the North, accounts for 9,000, "
    "followed by the East with 6,000 and the South with 5,500 to date.",
    # four hospitals counted, three parts listed: not all of them, so short is fine
    "The state will open four hospitals with 1,240 beds. The largest, with 460 beds, is in Lodz; one in Poznan "
    "will have 380 beds and one in Gdansk 310.",
    # a breakdown by differences ("by"), not by parts
    "The surplus reached Rs 352 billion. In the first quarter, the current account remained in surplus by Rs "
    "237 billion, followed by the balance of payments by Rs 264 billion.",
    # rounded whole: the parts add up to it within rounding
    "The county recorded 4,000 accidents. Motorcycles account for the largest share, with 1,940, followed by "
    "cars with 1,240 and lorries with 840.",
    # the parts are of a larger whole (the national list), far beyond the trust's
    "The trust has 4,870 long waiters. Nationally, orthopaedics accounts for the largest group, with 92,000, "
    "followed by ENT with 61,000.",
    # a ranking: the whole's sentence names the first, the next its rivals
    "Oil companies led the gains, contributing 61 points to the index. They were followed by banks and cement "
    "with 57 and 47 points respectively.",
    "Sindh recorded the highest number of deaths, 306. Balochistan accounted for 234, while Punjab accounted "
    "for 185 and 165 in the north.",
    # "the top five": some of the whole
    "The country received 14.15 million visitors this year. Malaysians accounted for the top five, with 2.24 "
    "million, followed by Chinese with 1.65 million, Koreans with 0.83 million.",
    # a score, not a breakdown
    "The Kings set a 160-run target. Bopara top-scored with 50 off 34 balls, followed by Denly with 28 off 14 "
    "balls.",
    # a running total and the parts of some days
    "The heat has brought the death toll since Sunday to 38. A spokesman said 22 bodies were buried on "
    "Tuesday, and the other 22 will be buried by Wednesday.",
    # the remainder right, with a part said beside the whole
    "Her alliance took 14 of the 41 council seats. The governor's bloc won 19 seats, and the remaining 8 went to "
    "the Greens.",
    # "each": one figure for several parts
    "Four new schools will open with places for 3,800 students. The largest, in Box Hill, will take 1,400 "
    "students. Schools in Werribee and Craigieburn will each take 900 students and one in Pakenham 600.",
    # parts rounded as written: 9 lakh + 6 lakh + 4.5 lakh against 18 lakh is within the rounding
    "The state procured 18 lakh tonnes of wheat. Punjab accounted for the largest share at 9 lakh tonnes, "
    "followed by Haryana at 6 lakh tonnes and Madhya Pradesh at 4.5 lakh tonnes.",
    # two periods
    "In the previous year, inflows reached Rs 352 billion. In the first quarter of this year, Rs 237 billion "
    "came from the Gulf, followed by Rs 164 billion from Europe.",
    # a colon list of some of them
    "The 4,870 long waiters include these groups: orthopaedics 2,140, ENT 1,380, general surgery 960 and "
    "gynaecology 590.",
    # a colon in a clock time and a score
    "The 412 runners set off at 9:30, and 168 finished by 11:15.",
    "Nairobi's 4,100 matatus were checked (2,140 on Monday, 1,380 on Tuesday) in the crackdown last year, up from "
    "3,900.",
    # "three main items": the biggest of them, not all
    "The ministry will open three major hospitals, adding 1,240 beds. The largest, with 460 beds, is in Lodz; "
    "one in Poznan will have 380 beds and one in Gdansk 310.",
    # a bracket of the parts' own sizes, not parts
    "The firm employs 1,240 people in three plants (each with 400 to 500 staff).",
    # a per-unit figure beside the parts
    "The plant will produce 640 MW. The largest unit, with 410 MW, will run at 1,200 MW a day at peak.",
]


@pytest.mark.parametrize("text", NEAR_MISSES, ids=[t[:70] for t in NEAR_MISSES])
def test_near_misses_stay_silent(text):
    _silent(text)
