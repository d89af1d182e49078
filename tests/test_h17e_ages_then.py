"""Ages at past moments (helper h17e): an age at a one-off event of a life told in the past tense, with no moment
given, is the age then and stays silent; an age at an event the story dates to now, or to a year, is still weighed
against the birth. A relative's age at a year is not the person's; a form's "Date of Birth" is a date of birth."""
import pytest

import factcheck


def _ages(text: str, date: str = "2024-03-02") -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country="GB") if f.rule == "FC504"]


# an age at a past event whose moment the sentence does not give: the age then
AGES_THEN = [
    "Peter Okonjo, born in 1948, stepped down from the board at the age of 62.",
    "Okonjo, who was born in 1948, passed away in a Lagos hospital aged 71.",
    "Born in 1948, Okonjo emigrated to Canada at the age of 24 and never went back.",
    "Okonjo, who was born in 1948, married his college sweetheart at the age of 30.",
    "Okonjo, born in 1948, was appointed to the bench at the age of 51.",
    "Okonjo, who was born in 1948, joined the civil service aged 19.",
]


@pytest.mark.parametrize("text", AGES_THEN)
def test_an_age_at_an_undated_past_event_is_the_age_then(text):
    assert _ages(text) == []


# the event dated to the story's own days, or to a year: the age is weighed
AGES_DATED = [
    ("Okonjo, who was born in 1948, stepped down yesterday at the age of 62.", "at the age of 62"),
    ("Okonjo, who was born in 1948, stepped down this week at the age of 62.", "at the age of 62"),
    ("Okonjo, who was born in 1948, stepped down in 2024 at the age of 62.", "at the age of 62"),
    ("Okonjo, who was born in 1948, is stepping down at the age of 62.", "at the age of 62"),
    # a death the story reports
    ("Peter Okonjo has died. Okonjo, who was born in 1948, died in hospital at the age of 71.", "at the age of 71"),
    ("Okonjo, who was born in 1948, died on Thursday in hospital aged 71.", "aged 71"),
]


@pytest.mark.parametrize("text,flagged", AGES_DATED)
def test_an_age_at_an_event_dated_now_or_to_a_year_is_still_weighed(text, flagged):
    assert _ages(text) == [flagged]


def test_an_age_now_beside_the_past_event_is_still_weighed():
    # "is 70" is today's age whatever else the sentence tells of the past
    assert _ages("Okonjo, born in 1948, who retired at the age of 62, is 70.") == ["is 70"]


# a relative's age at a year is the relative's, not the person's the sentence opens on
def test_a_relatives_age_at_a_year_is_not_the_persons():
    assert _ages("Ruth Adeyemi, 58, who buried her daughter aged 20 in 2016, spoke at the vigil.",
                 date="2024-08-14") == []
    assert _ages("Ruth Adeyemi, 58, whose brother was killed in 2016 aged 20, spoke at the vigil.",
                 date="2024-08-14") == []


def test_the_persons_own_age_at_a_year_still_dates_her_birth():
    assert _ages("Ruth Adeyemi, 58, who joined the police in 2016 aged 20, spoke at the vigil.",
                 date="2024-08-14") == ["58"]


# a record's date of birth written as a form writes it
@pytest.mark.parametrize("label", ["Date of Birth", "DATE OF BIRTH", "date of birth"])
def test_a_date_of_birth_in_any_case(label):
    text = f"The charge sheet gives Adeyemi's {label} as June 9, 1985. Adeyemi, 45, was remanded on Friday."
    assert _ages(text, date="2024-08-14") == ["45"]


def test_his_date_of_birth_opening_a_sentence():
    text = "Adeyemi was remanded on Friday. His date of birth is June 9, 1985. The 45-year-old denied the charge."
    assert _ages(text, date="2024-08-14") == ["45-year-old"]


def test_a_date_of_birth_that_fits_stays_silent():
    text = "The charge sheet gives Adeyemi's Date of Birth as June 9, 1985. Adeyemi, 39, was remanded on Friday."
    assert _ages(text, date="2024-08-14") == []


# a story that reports the death (its funeral, survivors, tributes, "died last week"): the age at death is now's
@pytest.mark.parametrize("tail", [
    "He is survived by his wife and three sons.",
    "Tributes poured in from the farming community.",
    "His funeral takes place in Ennis on Saturday.",
    "Neighbours said he died peacefully last week.",
])
def test_an_age_at_a_death_the_story_reports_is_weighed(tail):
    text = f"Okonjo, who was born in 1948, died at home at the age of 71. {tail}"
    assert _ages(text) == ["at the age of 71"]


def test_a_death_news_story_leaves_another_past_event_alone():
    # the story reports a death, but the retirement it tells of is long past
    text = ("Okonjo, who was born in 1948, retired from the bench at the age of 62. "
            "He is survived by his wife and three sons.")
    assert _ages(text) == []



# more one-off events of a life, told in the past with no moment: the age then
@pytest.mark.parametrize("text", [
    "Okonjo, born in 1948, started work on the docks at the age of 15.",
    "Okonjo, born in 1948, became a grandfather at the age of 50.",
    "Okonjo, born in 1948, won his first election at the age of 33.",
    "Okonjo, born in 1948, learnt to swim aged 60.",
])
def test_more_past_events_are_ages_then(text):
    assert _ages(text) == []


# the same event reported as the story's news elsewhere: "retires on Friday", "is retiring", "this week"
@pytest.mark.parametrize("news", [
    "Okonjo retires from the bench on Friday.",
    "Okonjo is retiring from the bench after 20 years.",
    "His retirement takes effect this week.",
])
def test_an_event_the_story_reports_now_is_weighed(news):
    text = f"{news} Okonjo, who was born in 1948, retired at the age of 62."
    assert _ages(text) == ["at the age of 62"]
