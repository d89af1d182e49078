"""Near misses a reviewer found in the date_span frame and the age-before-owner reading (FC204)."""
import factcheck
from factcheck.ruletypes import date, date_span, date_things


def _codes(text, day, country="GB", prefix="FC5"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=day, country=country) if f.rule.startswith(prefix)]


# 1. "after N years" is a wait only when something comes back; a thing that ended lasted N years
def test_after_n_years_of_an_ending_is_a_lifetime_not_a_wait():
    assert _codes("The tannery shut its gates on Monday after 40 years. Its roof was last replaced in 1988, "
                  "after a storm.", "2025-03-01") == []
    assert _codes("The headteacher retired after 30 years. Her pupils last topped the county tables in 1997.",
                  "2025-03-01") == []
    assert _codes("The ferryman died after 25 years on the river. He last missed a crossing in 2003.",
                  "2025-03-01") == []


def test_after_n_years_of_a_return_is_still_a_wait():
    text = "The ferry service returned after 40 years. It last sailed in 1988, before the bridge opened."
    assert _codes(text, "2025-03-01") == [("FC503", "40 years")]
    text = "The pier café reopened after 30 years. It was last open in 1997."
    assert _codes(text, "2025-03-01") == [("FC503", "30 years")]


# 2. the last time must be the wait's own event, and a superlative with a verb between it and "in" counts no wait
def test_last_time_of_another_event_is_no_start():
    text = ("The rugby side won its first county title in 19 years on Sunday. They last reached a semi-final in "
            "2003, losing to Bath.")
    assert _codes(text, "2024-05-10") == []


def test_last_time_of_the_same_event_still_ties():
    text = ("The rugby side won its first county title in 19 years on Sunday. They last won the title in 2003, "
            "beating Bath.")
    assert _codes(text, "2024-05-10") == [("FC503", "19 years")]
    text = "The rugby side won the final, its first title in 19 years. They last won the title in 2003."
    assert _codes(text, "2024-05-10") == [("FC503", "19 years")]
    text = "The rugby side won its first county title in 19 years on Sunday. They last did so in 2003."
    assert _codes(text, "2024-05-10") == [("FC503", "19 years")]


def test_a_superlative_then_a_future_span_is_no_wait():
    text = ("The bond, last rolled over in 2005, is the largest the county has issued and will be paid off "
            "in 17 years.")
    assert _codes(text, "2025-03-01") == []


# 3. "N years since" ties to a founding only when "since" names the founding
def test_years_since_another_beginning_is_not_the_founding():
    text = ("Established in 1986, the studio employs 300 people. It is celebrating 35 years since its first "
            "overseas contract.")
    assert _codes(text, "2024-05-10") == []


def test_years_since_the_founding_still_ties():
    text = "Established in 1986, the studio employs 300 people. It is celebrating 35 years since its founding."
    assert _codes(text, "2024-05-10") == [("FC503", "35 years")]
    text = "Established in 1986, the studio employs 300 people. It is celebrating 35 years since it opened."
    assert _codes(text, "2024-05-10") == [("FC503", "35 years")]


# 4. one ordinal writer for the date checks
def test_one_ordinal_writer():
    assert date_things.ordinal_text(22) == "22nd" and date_things.ordinal_text(112) == "112th"
    assert date._ordinal_text is date_things.ordinal_text
    assert not hasattr(date_span, "_ordinal")


# 6. "N-year-old" is a person's age only when the phrase's head noun is a person
def test_age_of_a_thing_whose_modifier_names_a_person():
    assert _codes("The sale included a 300-year-old grandfather clock and several paintings.", "2025-03-01",
                  prefix="FC204") == []
    assert _codes("Volunteers repaired the 900-year-old mother church of the diocese.", "2025-03-01",
                  prefix="FC204") == []


def test_age_of_a_person_still_fires():
    assert _codes("Officials named a 131-year-old man as the oldest voter.", "2025-03-01", prefix="FC204") != []
    assert _codes("The clinic welcomed a 128-year-old grandmother on Monday.", "2025-03-01", prefix="FC204") != []
    assert _codes("Doctors say a 129-year-old woman lives in the village.", "2025-03-01", prefix="FC204") != []
