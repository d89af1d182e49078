"""Session 17 (helper h17b): ages at a moment the story dates, and a National Day that is independence's own.

- an age "at the age of 61 after 30 years" is the retirement's age, now, not an age at some moment before or after;
- "was 52 when he opened the vault" beside a birth, at a year the sentence or the story's marked day gives;
- "who was 17 when those storms hit, said at 70 ...": the moment the sentence before dates;
- "Okoro, then 22, ..." (or "22 at the time", "the then 22-year-old Okoro") and later "Okoro, now 40" (or "Okoro,
  40,"): the moment the sentence before dates;
- "Karim, 60, who was 17 when those storms hit" (date_then): the moment the sentence before dates;
- "its 60th National Day" where the story dates independence to the day the holiday falls on.
"""
from __future__ import annotations

import pytest

import factcheck


def found(text: str, date: str, country: str = "GB", category: str | None = "date"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)
            if category is None or f.category == category]


# -- "at the age of 61 after 30 years": the career before the age, not a moment ---------------------------------------

RETIRES = ("The college's longest-serving librarian, Grace Oduya, born in Kisii in {born}, steps down at the end of "
           "the month at the age of {age} after 34 years in the post.")


def test_retirement_age_after_years_of_service_is_held_to_the_birth():
    assert ("FC504", "at the age of 55") in found(RETIRES.format(born=1960, age=55), "2024-06-03", "KE")


@pytest.mark.parametrize("born,age", [(1960, 63), (1960, 64)])
def test_retirement_age_that_fits_the_birth(born, age):
    assert found(RETIRES.format(born=born, age=age), "2024-06-03", "KE") == []


def test_age_after_an_event_is_still_a_moment_not_read():
    text = ("Grace Oduya, born in Kisii in 1960, became head librarian at the age of 41 after the old head retired.")
    assert found(text, "2024-06-03", "KE") == []


# -- a birth and "was N when" at a moment the story dates ------------------------------------------------------------

VAULT = ("ATHENS — Fifty years ago today, on 12 March 1974, divers off Antikythera raised the first bronze from the "
         "wreck. It was the biggest haul of the decade.\n\n"
         "Nikos Vlachos, born in Piraeus in 1939, was {age} when he led the dive, the museum said.")


def test_age_when_at_the_sentence_befores_year_against_the_birth():
    text = ("The old lighthouse keeper remembers the storm of 1987. Ruth Bayliss, born in 1950, was 41 when that "
            "storm hit.")
    assert ("FC504", "41") in found(text, "2024-10-16", "GB")


def test_age_when_at_the_marked_day_against_the_birth():
    assert ("FC504", "41") in found(VAULT.format(age=41), "2024-03-12", "GR")


@pytest.mark.parametrize("age", [34, 35])
def test_age_when_at_the_marked_day_that_fits(age):
    assert found(VAULT.format(age=age), "2024-03-12", "GR") == []


def test_age_when_with_its_own_year_against_the_birth():
    text = "Nikos Vlachos, born in 1939, was 41 when he led the dive in 1974, the museum said."
    assert ("FC504", "41") in found(text, "2024-03-12", "GR")


def test_age_when_at_an_undated_moment_of_its_own_is_silent():
    # joining the navy is no moment the story dated: the marked day is the dive's
    text = VAULT.format(age=41).replace("when he led the dive", "when he joined the navy")
    assert found(text, "2024-03-12", "GR") == []


def test_age_when_of_someone_else_after_the_birth_is_silent():
    text = VAULT.format(age=41).replace("born in Piraeus in 1939, was", "born in Piraeus in 1939, said his son was")
    assert found(text, "2024-03-12", "GR") == []


# -- "who was 17 when those storms hit, said at 70": the sentence before dates the storms -------------------------

STORMS = ("Older fishermen still talk of the cyclone of 1970, which flattened half the harbour. Abdul Karim, who was "
          "17 when those storms hit, said at {age} he had never seen the sea so high.")


def test_age_now_against_an_age_at_the_year_the_sentence_before_gives():
    assert ("FC504", "60") in found(STORMS.format(age=60), "2021-05-10", "BD")


@pytest.mark.parametrize("age", [67, 68])
def test_age_now_that_fits_the_year_before(age):
    assert found(STORMS.format(age=age), "2021-05-10", "BD") == []


def test_clause_that_does_not_point_back_is_silent():
    text = STORMS.format(age=60).replace("when those storms hit", "when he bought his first boat")
    assert found(text, "2021-05-10", "BD") == []


def test_age_now_in_front_of_the_clause_held_to_the_year_before():
    text = ("Older fishermen still talk of the cyclone of 1970, which flattened half the harbour. Abdul Karim, 60, who "
            "was 17 when those storms hit, said the sea had never been so high.")
    assert ("FC504", "60") in found(text, "2021-05-10", "BD")


@pytest.mark.parametrize("clause", ["who was 17 when he joined the crew", "who was 17 when the firm took him on"])
def test_clause_of_a_thing_not_an_event_is_silent(clause):
    text = ("The Karnaphuli boat company was founded in 1970. Abdul Karim, 60, " + clause +
            ", said the sea had never been so high.")
    assert found(text, "2021-05-10", "BD") == []


def test_sentence_before_with_two_years_is_silent():
    text = STORMS.format(age=60).replace("the cyclone of 1970", "the cyclones of 1970 and 1991")
    assert found(text, "2021-05-10", "BD") == []


# -- "Okoro, then 22," and "Okoro, now 40" ----------------------------------------------------------------------------

FINAL = ("LAGOS — The cup final in Ibadan on 14 June 2008 went to penalties. Chidi Okoro, then 22, missed the "
         "decisive kick.\n\nOkoro, now {age} and coaching in the second division, said he still dreams of it.")


def test_age_then_and_age_now_of_one_name():
    assert ("FC504", "now 40") in found(FINAL.format(age=40), "2023-06-14", "NG")


@pytest.mark.parametrize("age", [37, 38])
def test_age_then_and_now_that_fit(age):
    assert found(FINAL.format(age=age), "2023-06-14", "NG") == []


def test_age_now_of_another_name_is_silent():
    text = FINAL.format(age=40).replace("Okoro, now", "His coach, Ade Bello, now")
    assert found(text, "2023-06-14", "NG") == []


@pytest.mark.parametrize("then", ["Chidi Okoro, 22 at the time,", "Chidi Okoro, who was 22 at the time,",
                                  "The then 22-year-old Chidi Okoro"])
def test_other_ways_of_writing_the_age_then(then):
    text = FINAL.format(age=40).replace("Chidi Okoro, then 22,", then)
    assert ("FC504", "now 40") in found(text, "2023-06-14", "NG")


def test_age_now_apposed_without_now():
    text = FINAL.format(age=40).replace("Okoro, now 40 and coaching in the second division, said",
                                        "Okoro, 40, coaches in the second division. He said")
    assert ("FC504", "40") in found(text, "2023-06-14", "NG")


def test_two_ages_now_for_the_name_are_silent():
    text = FINAL.format(age=40) + " Okoro, 37, has two sons."
    assert found(text, "2023-06-14", "NG") == []


def test_then_without_a_dated_sentence_before_is_silent():
    text = FINAL.format(age=40).replace(" in Ibadan on 14 June 2008", " in Ibadan")
    assert found(text, "2023-06-14", "NG") == []


# -- "its 60th National Day" where independence is dated to the holiday -------------------------------------------

NATIONAL_DAY = ("Singapore will mark its {nth} National Day on Saturday with a parade at the Padang.\n\n"
                "The island became independent on 9 August 1965.")


def test_national_day_held_to_an_independence_on_its_own_day():
    assert ("FC503", "57th") in found(NATIONAL_DAY.format(nth="57th"), "2025-08-07", "SG")


@pytest.mark.parametrize("nth", ["60th", "61st"])
def test_national_day_count_that_fits(nth):
    assert found(NATIONAL_DAY.format(nth=nth), "2025-08-07", "SG") == []


def test_national_day_far_from_the_dated_independence_is_silent():
    # a National Day that marks something else: independence fell months away
    text = ("Kuwait marks its 50th National Day on Sunday.\n\n"
            "The emirate gained independence from Britain on 19 June 1961.")
    assert found(text, "2024-02-24", "KW") == []


# -- the sentence before in another paragraph, or with a year reckoned from now, dates nothing -------------------

def test_sentence_before_in_another_paragraph_is_not_the_moment():
    text = ("MANCHESTER — Twenty years ago today, on 22 April 2004, City beat United 4-1 in the last derby at Maine "
            "Road.\n\nThe club's museum drew a record 90,000 visitors last year, its curator said.\n\n"
            "\"I still have the ticket,\" said steward Alan Hughes, 35, who saw the match as a 15-year-old.")
    assert found(text, "2024-04-22", "GB") == []


def test_year_reckoned_from_now_in_the_sentence_before_is_not_the_moment():
    text = ("Older fishermen say the harbour flooded last year. Abdul Karim, who was 17 when those storms hit, "
            "said at 60 he had never seen the sea so high.")
    assert found(text, "2021-05-10", "BD") == []


@pytest.mark.parametrize("text", [
    "Nikos Vlachos, born in 1939, was 41 when he led the dive, five years after he began diving in 1969.",
    "LAGOS — The cup final on 14 June 2008 went to penalties. Chidi Okoro, then 22, who had joined Enyimba in "
    "2005, missed the decisive kick.\n\nOkoro, now 37, coaches in the second division.",
])
def test_year_of_another_verb_in_the_sentence_is_not_the_moment(text):
    assert found(text, "2023-06-14", "GR") == []
