"""Kinds of published copy that raised false alarms on real news, each held silent here.

Every sentence is the team's own; the classes come from the real-news measurement
(bench/false_alarms.py). Each class also keeps a planted error that must still be caught.
"""
from __future__ import annotations

import factcheck


def _rules(text: str, **kw) -> list[str]:
    return [f.rule for f in factcheck.check(text, **kw)]


# -- an ambiguous currency symbol stays open while the story names both its countries --------

def test_yen_or_yuan_pair_is_checked_under_both_readings():
    text = ("Tokyo carmaker Hanabusa, which builds most of its cars in Japan and sells a third of them in China, "
            "expects net profit of ¥2.4 trillion (US$16 billion) for the year.")
    assert _rules(text, date="2025-11-10", country="MY") == []


def test_yen_pair_wrong_under_both_readings_is_still_flagged():
    text = ("Tokyo carmaker Hanabusa, which builds most of its cars in Japan and sells a third of them in China, "
            "expects net profit of ¥2.4 trillion (US$1.6 billion) for the year.")
    assert _rules(text, date="2025-11-10", country="MY") == ["FC101"]


def test_shillings_in_a_kenyan_paper_about_uganda_may_be_ugandan():
    text = ("Uganda's coffee earnings rose in January, the Uganda Coffee Development Authority said. "
            "The country earned $80 million (Shs296 billion), it said.")
    assert _rules(text, date="2024-03-01", country="KE") == []


def test_shillings_in_a_kenyan_paper_about_kenya_stay_kenyan():
    text = "The Treasury released Sh30 billion ($2.3 billion) to the counties on Monday."
    assert _rules(text, date="2024-03-01", country="KE") == ["FC101"]


# -- a rate from one of several official windows is not a slip ------------------------------

def test_conversion_at_a_second_official_rate_is_silent():
    # about 307 naira to the dollar, when the table's window rate was about 360: 17% apart
    text = "The debt stock rose to N24.9 trillion (US$81.1 billion) at the end of March, the DMO said."
    assert _rules(text, date="2019-06-20", country="NG") == []


def test_conversion_at_a_rate_a_decade_old_is_flagged():
    # about $1.34 to the pound in 2025; $1.65 was the rate of 2014: 23% apart
    text = "The club sold its stadium naming rights for £200m ($330m), the chairman said."
    assert _rules(text, date="2025-09-10", country="GB") == ["FC101"]


def test_conversion_off_by_half_is_still_flagged():
    text = "The debt stock rose to N24.9 trillion (US$45 billion) at the end of March, the DMO said."
    assert _rules(text, date="2019-06-20", country="NG") == ["FC101"]


# -- a later figure already written as a part refers back to it -----------------------------

def test_part_named_first_is_not_a_second_toll():
    text = ("Floods have killed at least 40 people this week, including 12 in Kasese district.\n\n"
            "The 40 deaths make it the worst week of the rainy season. The 12 dead in Kasese alone "
            "exceed the district's toll for the whole of last year.")
    assert _rules(text, date="2024-05-10", country="UG") == []


def test_toll_given_twice_is_still_flagged():
    text = ("Floods have killed 40 people this week in Kasese district, officials said.\n\n"
            "Rescuers were still searching on Thursday for survivors, and the 46 deaths make it the worst "
            "week of the rainy season.")
    assert "FC401" in _rules(text, date="2024-05-10", country="UG")


# -- "degrees" with the scale unsaid ---------------------------------------------------------

def test_bare_degrees_in_american_copy_are_fahrenheit():
    text = "Phoenix hit 117 degrees on Sunday, tying its all-time record high temperature."
    assert _rules(text, date="2023-07-17", country="US") == []


def test_bare_degrees_possible_in_either_scale_are_silent():
    text = "The mercury climbed to 104 degrees in the city on Tuesday, forecasters said."
    assert _rules(text, date="2023-07-17", country="GB") == []


def test_bare_degrees_impossible_in_both_scales_are_flagged():
    text = "The mercury climbed to 150 degrees in the city on Tuesday, forecasters said."
    assert _rules(text, date="2023-07-17", country="GB") == ["FC204"]


def _degrees(text: str, country: str | None):
    (q,) = [q for q in factcheck.extract(text, country=country) if q.kind == "physical"]
    return q.unit, q.alternatives


def test_extraction_keeps_the_other_scale_only_where_the_newsroom_leaves_it_open():
    # the newsroom settles a bare "degrees"
    assert _degrees("It was 96 degrees in Seattle.", "US") == ("degree Fahrenheit", ())
    assert _degrees("It was 46 degrees in Sibi.", "PK") == ("degree Celsius", ())
    # British copy writes both; copy with no newsroom may be either; a story about a place of the other scale may
    # quote it
    assert _degrees("It was a sweltering 90 degrees in Leeds.", "GB") == ("degree Celsius", ("degree Fahrenheit",))
    assert _degrees("It was 46 degrees.", None) == ("degree Celsius", ("degree Fahrenheit",))
    assert _degrees("Phoenix in the United States hit 118 degrees.", "IN") == \
        ("degree Celsius", ("degree Fahrenheit",))


def test_lowercase_c_in_a_price_notice_is_not_celsius():
    quantities = factcheck.extract("Illuminating paraffin: 58c increase per litre.", country="KE")
    assert not any(q.kind == "physical" for q in quantities)
    assert [q.unit for q in factcheck.extract("Temperatures hit 45c in Sibi.") if q.kind == "physical"] == \
        ["degree Celsius"]


# -- an indicator's monthly or regional series is its own ------------------------------------

def test_monthly_basis_reading_is_not_the_annual_one():
    text = ("Annual inflation rose to 7.2% in March, the statistics office said.\n\n"
            "The office added that on a month-on-month basis, inflation slowed to 0.4 per cent in March.")
    assert _rules(text, date="2024-04-10", country="EG") == []


def test_regional_reading_is_not_the_national_one():
    text = ("Headline inflation quickened to 6.1 percent in July, the statistics authority said.\n\n"
            "Inflation in the Cordillera Administrative Region was slower at 5.2 percent in July.")
    assert _rules(text, date="2024-08-06", country="PH") == []


def test_same_month_reading_given_twice_is_still_flagged():
    text = ("Headline inflation quickened to 6.1 percent in July, the statistics authority said.\n\n"
            "Economists had expected a smaller rise. July's 6.7 percent reading was the highest in a year.")
    assert _rules(text, date="2024-08-06", country="PH") == ["FC406"]


# -- session 2: the peso as "P" in Manila copy; Malaysian "mil"/"bil" scale words --------------

def test_philippine_peso_written_p_is_converted():
    text = "The Senate flagged a P2.4 billion ($2.4 billion) road contract in Pampanga on Tuesday."
    assert _rules(text, date="2025-09-16", country="PH") == ["FC101"]
    text = "The Senate flagged a P2.4 billion ($42 million) road contract in Pampanga on Tuesday."
    assert _rules(text, date="2025-09-16", country="PH") == []


def test_philippine_peso_glued_scale_is_converted():
    text = "Officials said P545bn (about $950 million) had gone to flood control since 2022."
    assert _rules(text, date="2025-09-16", country="PH") == ["FC101"]
    text = "Officials said P545bn (about $9.5 billion) had gone to flood control since 2022."
    assert _rules(text, date="2025-09-16", country="PH") == []


def test_a_bare_p_outside_the_philippines_is_not_money():
    text = "The P2 variant and P3 variant were both tested, and P1.2 billion was not a figure anyone used."
    assert [q.text for q in factcheck.extract(text, date="2025-09-16", country="GB") if q.kind == "money"] == []


def test_malaysian_mil_and_bil_are_scale_words():
    amounts = {q.text: q.value for q in factcheck.extract("It costs RM450mil (US$1.9bil), he said.",
                                                          date="2025-08-20", country="MY")}
    assert amounts == {"RM450mil": 450e6, "US$1.9bil": 1.9e9}


def test_malaysian_wrong_way_conversion_is_flagged():
    for usd in ("US$1.9bil", "US$1.9 billion"):
        text = f"The biggest item is RM450mil ({usd}) for the flood mitigation project, he said."
        assert _rules(text, date="2025-08-20", country="MY") == ["FC101"]
    for usd in ("US$106mil", "US$0.1bil"):
        text = f"The biggest item is RM450mil ({usd}) for the flood mitigation project, he said."
        assert _rules(text, date="2025-08-20", country="MY") == []


# -- "yesterday" is dated from publication but writes no year ---------------------------------

def test_a_relative_date_gives_a_figure_no_year():
    from factcheck.document import Document
    from factcheck.engine import build_story
    from factcheck.subjects import measures
    story = build_story(Document.from_text(
        "The ministry said yesterday that the bridge would cost Shs612bn.", date="2025-03-12", country="UG"))
    [m] = [m for m in measures(story) if m.quantity.kind == "money"]
    assert m.year is None
