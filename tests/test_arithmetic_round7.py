"""Arithmetic, round 7: a stated result (share, change, gap, margin, total) that sits next to exactly the
figures it is worked out from and fits no relation of them, however many words stand between.

Every case is our own sentence, in several house styles. Publication date 2025-03-14.
"""
from __future__ import annotations

import pytest

from _arithmetic_cases import _flags, _ids, _silent

# (wrong, flagged, right, country)

# a share: "Of the M ..., N ... , or P" with a long clause, or "Of those ..." pointing at the sentence before
SHARES = [
    ("Of the 52,300 pupils who sat the county's end-of-primary examination in November, 31,870 scored above the "
     "national mean in reading, writing, arithmetic and general science, or 55.4 per cent of the total.",
     "55.4 per cent",
     "Of the 52,300 pupils who sat the county's end-of-primary examination in November, 31,870 scored above the "
     "national mean in reading, writing, arithmetic and general science, or 60.9 per cent of the total.", "KE"),
    ("Out of the 8,640 households visited by enumerators across the district over three weeks, 5,112 said they "
     "had at least one member working abroad, or 66 percent.", "66 percent",
     "Out of the 8,640 households visited by enumerators across the district over three weeks, 5,112 said they "
     "had at least one member working abroad, or 59 percent.", "PH"),
    ("Among the 1,275 doctors who answered the association's online questionnaire last month, 702 reported working "
     "more than 60 hours a week during the winter peak (61%).", "61%",
     "Among the 1,275 doctors who answered the association's online questionnaire last month, 702 reported working "
     "more than 60 hours a week during the winter peak (55%).", "GB"),
    ("Of the 4,480 members entitled to vote, 3,615 returned a ballot. Of those who voted, 2,904 backed the "
     "offer, or 71 per cent, while 688 rejected it and 23 papers were spoilt.", "71 per cent",
     "Of the 4,480 members entitled to vote, 3,615 returned a ballot. Of those who voted, 2,904 backed the "
     "offer, or 80 per cent, while 688 rejected it and 23 papers were spoilt.", "AU"),
    ("The union balloted 6,200 staff and 4,950 took part. Of them, 3,861 voted in favour of a strike — 84 per "
     "cent — the union said.", "84 per cent",
     "The union balloted 6,200 staff and 4,950 took part. Of them, 3,861 voted in favour of a strike — 78 per "
     "cent — the union said.", "GB"),
    ("Of the 3.2 lakh applicants registered on the state portal since January for the housing scheme, 1,18,400 "
     "have been allotted a plot, or 45 per cent.", "45 per cent",
     "Of the 3.2 lakh applicants registered on the state portal since January for the housing scheme, 1,18,400 "
     "have been allotted a plot, or 37 per cent.", "IN"),
]

SHARE_NEAR_MISSES = [
    # a percentage of another base, named after it
    ("Of the 52,300 pupils who sat the county's examination in November, 31,870 scored above the national mean in "
     "reading, or 55.4 per cent of those who also passed arithmetic.", "KE"),
    # the share right, to the rounding written
    ("Of the 8,640 households visited by enumerators across the district over three weeks, 5,112 said they had a "
     "member abroad, or 59.2 percent.", "PH"),
    # a percentage said as a comparison, not a share
    ("Of the 8,640 households visited by enumerators across the district, 5,112 said they had a member abroad, "
     "a figure 12 per cent higher than in the last survey.", "PH"),
    # a percentage of another thing, not set off as the share
    ("Of the 1,275 doctors who answered the association's questionnaire last month, 702 worked nights, and 18% "
     "said they planned to leave.", "GB"),
    # "Of those" when the sentence before holds no count bigger than the part
    ("The union said 4,950 took part. Of those who voted in the capital, 3,861 backed a strike, or 84 per cent.", "GB"),
    # another count between the whole and the percentage: the part is not the one the clause opens on
    ("Of the 8,640 households visited, 5,112 had a member abroad and 2,040 had two, or 66 percent of them.", "PH"),
    # the share of another count of the two sentences
    ("Of the 4,480 members entitled to vote, 3,615 returned a ballot. Of those, 2,904 backed the offer, or 65 per "
     "cent of the membership.", "AU"),
]

# a change: "That is P% more than B", the level in the sentence before
CHANGES = [
    ("Farmers had threshed 26.4 million tonnes of wheat by Friday. That is already 28% more than the 18.3 million "
     "tonnes brought in during the whole of last season.", "28%",
     "Farmers had threshed 26.4 million tonnes of wheat by Friday. That is already 44% more than the 18.3 million "
     "tonnes brought in during the whole of last season.", "KZ"),
    ("The festival sold 148,000 tickets this summer. This was 19 percent up on the 112,000 it sold in 2023.",
     "19 percent",
     "The festival sold 148,000 tickets this summer. This was 32 percent up on the 112,000 it sold in 2023.", "US"),
    ("Exports of mangoes reached 41,200 tonnes in the season. It is a 56 per cent rise on the 31,500 tonnes "
     "shipped a year earlier.", "56 per cent",
     "Exports of mangoes reached 41,200 tonnes in the season. It is a 31 per cent rise on the 31,500 tonnes "
     "shipped a year earlier.", "PK"),
]

CHANGE_NEAR_MISSES = [
    # the sentence names another subject, not the one before
    ("Farmers had threshed 26.4 million tonnes of wheat by Friday. Barley output is 28% more than the 1.8 million "
     "tonnes of last season.", "KZ"),
    # two figures of the measure before: which one "That" points to is not sure
    ("Farmers threshed 26.4 million tonnes of wheat and 3.1 million tonnes of barley by Friday. That is 28% more "
     "than the 18.3 million tonnes of last season.", "KZ"),
    # right
    ("Farmers had threshed 26.4 million tonnes of wheat by Friday. That is 44% more than the 18.3 million tonnes "
     "of last season.", "KZ"),
]

# a gap in points between two rounded shares
GAPS = [
    ("The poll put Labour on 38% and the Conservatives on 27%, an 8-point lead.", "8",
     "The poll put Labour on 38% and the Conservatives on 27%, an 11-point lead.", "GB"),
    ("The survey gives the ruling party 41 per cent against 29 per cent for the opposition, a 14-point lead.",
     "14",
     "The survey gives the ruling party 41 per cent against 29 per cent for the opposition, a 12-point lead.", "ZA"),
    ("Sanders polled 31% to Warren's 24%, a 9-point edge, the survey found.", "9",
     "Sanders polled 31% to Warren's 24%, a 7-point edge, the survey found.", "US"),
]

GAP_NEAR_MISSES = [
    # rounding explains it: 34.4 and 21.6 are a 12.8-point lead
    ("The poll put Labour on 34% and the Conservatives on 22%, a 13-point lead.", "GB"),
]

# a margin between two counts
MARGINS = [
    ("Official results gave Mensah 61,208 votes to Boateng's 55,934, a margin of 5,724.", "5,724",
     "Official results gave Mensah 61,208 votes to Boateng's 55,934, a margin of 5,274.", "GH"),
    ("The incumbent won with 18,462 votes against 17,915 for her challenger, a majority of 574.", "574",
     "The incumbent won with 18,462 votes against 17,915 for her challenger, a majority of 547.", "GB"),
    ("Ortiz finished on 9,831 votes and Keane on 8,907, a gap of 942 votes.", "942",
     "Ortiz finished on 9,831 votes and Keane on 8,907, a gap of 924 votes.", "US"),
    ("With 2,31,560 votes against his rival's 1,98,240, the candidate won by a margin of 32,320 votes.",
     "32,320",
     "With 2,31,560 votes against his rival's 1,98,240, the candidate won by a margin of 33,320 votes.", "IN"),
]

MARGIN_NEAR_MISSES = [
    # the tally itself, said with "by ... to"
    ("The bill passed by 320 votes to 290, with 12 abstentions.", "GB"),
    # a margin of another race
    ("Okafor won by 4,274 votes in 2021; this time she took 52,114 to 47,390.", "US"),
    # the previous sentence's counts at two times: which "those" are is not sure
    ("The list stood at 8,420 in January and 8,000 in June. Of those who waited, 5,262 — 81 per cent — were seen "
     "within a month.", "GB"),
    # a margin said of another time
    ("Mensah took 61,208 votes to Boateng's 55,934; in 2020 his margin was 3,110.", "GH"),
    # three candidates: the margin is over the third
    ("Mensah took 61,208 votes, Boateng 55,934 and Owusu 12,400, a margin of 48,808 over the third-placed "
     "candidate.", "GH"),
    # a rounded margin
    ("Mensah took 61,208 votes to Boateng's 55,934, a margin of about 5,300.", "GH"),
    # "the majority of": most of a group, not a margin
    ("A poll of 1,000 adults found 612 backed the plan, and the majority of 574 women questioned in cities agreed.",
     "GB"),
    # a margin of error
    ("Mensah was on 612 and Boateng on 559 in the sample, with a margin of error of 4 points.", "GH"),
]

# a list of parts and its stated total
LISTS = [
    ("Of the 1,930 clinics inspected across Dhaka, Sylhet, Rajshahi, Barishal, Rangpur and Khulna divisions, "
     "1,704 had a licence on display as of Sunday afternoon, 158 had an expired one and 84 had none, officials "
     "said.", "1,930",
     "Of the 1,946 clinics inspected across Dhaka, Sylhet, Rajshahi, Barishal, Rangpur and Khulna divisions, "
     "1,704 had a licence on display as of Sunday afternoon, 158 had an expired one and 84 had none, officials "
     "said.", "BD"),
    ("Of the 640 buses in the fleet, 512 were running on Monday, 96 were in the workshop and 41 were waiting for "
     "parts.", "640",
     "Of the 649 buses in the fleet, 512 were running on Monday, 96 were in the workshop and 41 were waiting for "
     "parts.", "KE"),
    ("The council set aside £2.4m for libraries, £3.1m for parks and £1.3m for leisure centres, bringing the total "
     "to £6.6m.", "£6.6m",
     "The council set aside £2.4m for libraries, £3.1m for parks and £1.3m for leisure centres, bringing the total "
     "to £6.8m.", "GB"),
    ("The ministry allocated N1.6 billion to primary schools, N2.7 billion to secondary schools and N0.8 billion "
     "to teacher training, a total of N4.9 billion.", "N4.9 billion",
     "The ministry allocated N1.6 billion to primary schools, N2.7 billion to secondary schools and N0.8 billion "
     "to teacher training, a total of N5.1 billion.", "NG"),
]

LIST_NEAR_MISSES = [
    # rounding as written explains a total one unit off
    ("The council set aside £2.4m for libraries, £3.1m for parks and £1.3m for leisure centres, bringing the total "
     "to £6.9m.", "GB"),
    # some of the whole
    ("Of the 640 buses in the fleet, including 512 running on Monday, 96 in the workshop and 41 waiting for parts.",
     "KE"),
    # parts of different days
    ("Of the 640 buses in the fleet, 512 were running on Monday, 596 on Tuesday and 601 on Wednesday.", "KE"),
]


# more shapes of the same results
MARGINS += [
    ("Okafor polled 52,114 votes and Brennan 47,390, giving her a 4,274-vote margin.", "4,274",
     "Okafor polled 52,114 votes and Brennan 47,390, giving her a 4,724-vote margin.", "US"),
    ("Okafor won by 4,274 votes, 52,114 to 47,390.", "4,274", "Okafor won by 4,724 votes, 52,114 to 47,390.", "US"),
]

SHARES += [
    ("Some 48,930 of the 74,210 candidates who sat the exam in the region this year, after weeks of extra weekend "
     "tuition, scored credits in all four core subjects — 61.4 per cent.", "61.4 per cent",
     "Some 48,930 of the 74,210 candidates who sat the exam in the region this year, after weeks of extra weekend "
     "tuition, scored credits in all four core subjects — 65.9 per cent.", "GH"),
    ("In the region, 74,210 candidates sat the exam and 48,930 of them obtained credit passes in all four core "
     "subjects, or 61.4 per cent.", "61.4 per cent",
     "In the region, 74,210 candidates sat the exam and 48,930 of them obtained credit passes in all four core "
     "subjects, or 65.9 per cent.", "GH"),
]

CHANGES += [
    ("The harvest stood at 26.2 million tonnes on Monday. It is 36 percent above the 17.1 million tonnes of 2023.",
     "36 percent",
     "The harvest stood at 26.2 million tonnes on Monday. It is 53 percent above the 17.1 million tonnes of 2023.", "KZ"),
]

LISTS += [
    ("Capital spending is set at Rs1.6 billion, recurrent spending at Rs1.9 billion and financing at Rs0.9 billion, "
     "a total outlay of Rs4.2 billion.", "Rs4.2 billion",
     "Capital spending is set at Rs1.6 billion, recurrent spending at Rs1.9 billion and financing at Rs0.9 billion, "
     "a total outlay of Rs4.4 billion.", "NP"),
]


@pytest.mark.parametrize("wrong,flagged,right,country", SHARES, ids=_ids(SHARES))
def test_share(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", CHANGES, ids=_ids(CHANGES))
def test_change(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", GAPS, ids=_ids(GAPS))
def test_gap(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", MARGINS, ids=_ids(MARGINS))
def test_margin(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


@pytest.mark.parametrize("wrong,flagged,right,country", LISTS, ids=_ids(LISTS))
def test_list(wrong, flagged, right, country):
    _flags(wrong, flagged, right, country)


# a tally said as "a majority of N votes to M" is the winning side's count, not a margin (council copy)
MARGIN_NEAR_MISSES += [
    ("The county council approved the depot last spring, by a majority of 14 votes to nine, subject to 41 "
     "planning conditions.", "IE"),
    ("Councillors backed the plan by a majority of twelve votes to five, with 30 amendments attached.", "GB"),
]

NEAR_MISSES = SHARE_NEAR_MISSES + CHANGE_NEAR_MISSES + GAP_NEAR_MISSES + MARGIN_NEAR_MISSES + LIST_NEAR_MISSES


@pytest.mark.parametrize("text,country", NEAR_MISSES, ids=_ids(NEAR_MISSES))
def test_near_miss(text, country):
    _silent(text, country)
