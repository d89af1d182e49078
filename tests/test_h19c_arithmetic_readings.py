"""Arithmetic readings that real published copy showed wrong (session 19, helper h19c): each near miss stays silent,
and the real catch nearest each guard still fires."""
from __future__ import annotations

import factcheck


def arithmetic(text: str, date: str = "2024-03-01", country: str = "GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if f.category == "arithmetic"]


# -- a decimal comma the reader does not know cuts one figure in two; neither half is a part or a whole ----------

def test_a_results_table_with_decimal_commas_is_not_a_breakdown():
    # "(- 1,83)" is a change of 1.83 points, not the whole 83 of a list "3 + 52 + - 2 + 46" read from "3,52 ... 2,46"
    text = ("Slik ble den endelige prosentfordelingen:\n\nArbeiderpartiet: 26,15 prosent (- 1,83)\n\n"
            "Høyre: 3,52 prosent (- 2,46)\n\nSenterpartiet: 9,0 prosent (+ 2,31)\n\nVenstre: 18,73 prosent (- 3,38)")
    assert arithmetic(text, country="NO") == []


def test_a_list_with_spaced_commas_still_adds_up():
    text = "Of the 64 passengers, 38 were men, 31 were women."
    assert [r for r, _ in arithmetic(text)] == ["FC305"]


# -- a match report's minutes: the last minute of one list is not the whole of the next ---------------------------

def test_minutes_after_names_are_not_a_total_and_its_parts():
    text = "Goals: R. Ochieng 12, T. Wanjiru 64 Bookings: Kamau 33, Otieno 40 Substitutions: Maina 70 (Were)"
    assert arithmetic(text, country="KE") == []


def test_a_minute_after_a_colon_and_a_name_is_not_a_whole():
    text = "Goals: Ochieng 12 Bookings: Wanjiru 64 Substitutions: Kamau 33 (Maina), Otieno 40 (Were)"
    assert arithmetic(text, country="KE") == []


def test_a_count_said_of_a_subject_before_its_colon_list_still_fires():
    text = "The county recorded 88 cases: Kisumu 52, Siaya 27 and Homa Bay 14."
    assert [r for r, _ in arithmetic(text, country="KE")] == ["FC308"]


# -- a rate and two levels in clauses of their own: another subject's move ----------------------------------------

def test_a_rate_in_a_clause_of_its_own_is_not_the_levels_move():
    text = "The quota was cut to 41,000 tonnes from 45,000 tonnes as fishing effort fell by 30% over the season."
    assert arithmetic(text) == []


def test_levels_in_a_clause_of_their_own_are_not_the_rates():
    text = "Earnings rose 30%, helped by a weak pound, as the average price climbed to £4.2 from £3.8 a kilo."
    assert arithmetic(text) == []


def test_a_rate_named_as_the_levels_move_still_fires():
    text = "The quota was cut to 41,000 tonnes from 45,000 tonnes, a fall of 30%, as fishing effort fell."
    assert [r for r, _ in arithmetic(text)] == ["FC301"]


def test_a_rate_said_of_the_sentence_before_still_fires_past_a_clause_of_prices():
    text = ("Coffee earnings rose to $38.4m from $26.1m. It is an increase of 30%, attributed to better prices, "
            "where the average price rose to $4.9/kg from $3.7/kg.")
    assert [r for r, _ in arithmetic(text)] == ["FC301"]


# -- the band a target allows is not the gap between the shares beside it -----------------------------------------

def test_a_tolerance_margin_is_not_the_gap_between_the_rate_and_its_target():
    text = ("The index ended 2023 at 7.42 percent—above the 4.5 percent target ceiling, with a tolerance margin of "
            "1.5 percentage points.")
    assert arithmetic(text, country="BR") == []


def test_a_gap_between_the_rate_and_its_ceiling_still_fires():
    text = "The index ended 2023 at 7.42 percent, above the 4.5 percent ceiling, a gap of 2 percentage points."
    assert [r for r, _ in arithmetic(text, country="BR")] == ["FC301"]

