"""Session 16 (ref16c): recorded events told with a slipped year in shapes the readers missed, and an opening
match that is not the final. Sentences are our own; each positive has near misses that stay silent."""
import factcheck
import pytest


def _rules(text, date, country):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


def _fires(text, date, country, figure, rule="FC602"):
    return (rule, figure) in _rules(text, date, country)


# -- "the fires of <date>" refers back to the named bushfires ------------------------------------------

def test_fires_of_a_date_refer_back_to_black_saturday():
    text = ('"Anyone who saw Black Saturday knows what wind does," the captain said, referring to the fires of '
            'February 2011, which razed whole towns.')
    assert _fires(text, "2023-11-02", "AU", "February 2011")


@pytest.mark.parametrize("text", [
    '"Anyone who saw Black Saturday knows what wind does," the captain said, referring to the fires of February 2009, which razed whole towns.',
    # no event named: Western Australia's hills burned in February 2011 too
    '"Anyone who saw the drought knows what wind does," the captain said, referring to the fires of February 2011, which razed whole towns.',
    "Residents who lived through the drought still speak of the fires of February 2008, which razed the valley.",
])
def test_fires_of_the_right_date_or_no_name_stay_silent(text):
    assert not any(r == "FC602" for r, _ in _rules(text, "2023-11-02", "AU"))


# -- a date set off in commas after the event noun ------------------------------------------------------

def test_date_set_off_in_commas_after_the_vote():
    text = ("Campaigners said the country changed after it allowed same-sex marriage by popular vote, in May 2016, "
            "when a clear majority backed it.")
    assert _fires(text, "2023-05-20", "IE", "May 2016")


@pytest.mark.parametrize("text", [
    # the date opens the next clause: it is the grant's, not the vote's
    "Campaigners said that after the popular vote on same-sex marriage, in May 2016 the council doubled its grant.",
    # the date closes the sentence: it is when the campaigners acted
    "Campaigners held a first parade after the popular vote on same-sex marriage, on 20 June 2016.",
    "Campaigners said the country changed after it allowed same-sex marriage by popular vote, in May 2015, when a clear majority backed it.",
])
def test_date_not_closed_by_comma_or_right_stays_silent(text):
    assert not any(r == "FC602" for r, _ in _rules(text, "2023-05-20", "IE"))


# -- a recurring name told as the recorded one by what it is remembered for ------------------------------

def test_recurring_name_with_typo_year_and_its_own_topic():
    text = "Engineers began the Delta Works soon after the 1963 North Sea flood swamped the southwest."
    assert _fires(text, "2024-02-01", "NL", "1963")


@pytest.mark.parametrize("text", [
    # no topic or place of its own: another flood of the name may be meant
    "Engineers raised the dikes soon after the 1963 North Sea flood swamped the southwest.",
    # a year more than one digit off is another year, not a typo
    "Engineers began the Delta Works soon after the 1968 North Sea flood swamped the southwest.",
    "Engineers began the Delta Works soon after the 1953 North Sea flood swamped the southwest.",
])
def test_recurring_name_without_its_topic_or_far_year_stays_silent(text):
    assert not any(r == "FC602" for r, _ in _rules(text, "2024-02-01", "NL"))


# -- new rows: a cyclone's landfall and a president's removal -----------------------------------------------

def test_cyclone_idai_landfall_year():
    text = "Families in Buzi still live in tents put up after Cyclone Idai, which made landfall near Beira in March 2018."
    assert _fires(text, "2021-01-20", "MZ", "March 2018")
    ok = "Families in Buzi still live in tents put up after Cyclone Idai, which made landfall near Beira in March 2019."
    assert not any(r == "FC602" for r, _ in _rules(ok, "2021-01-20", "MZ"))


def test_castillo_removal_date():
    text = "The prosecutor's case dates from when Pedro Castillo was removed from office on 7 December 2023."
    assert _fires(text, "2024-06-01", "PE", "7 December 2023")
    ok = "The prosecutor's case dates from when Pedro Castillo was removed from office on 7 December 2022."
    assert not any(r == "FC602" for r, _ in _rules(ok, "2024-06-01", "PE"))


# -- an opening match is not the final ------------------------------------------------------------------------

def test_opening_match_beating_is_not_the_final():
    text = ("Bars in Douala were packed for the Africa Cup of Nations this week.\n\n"
            "The competition opened on Sunday, 9 January, in Yaounde with Cameroon beating Burkina Faso 2-1, and "
            "ends with the final at the Olembe stadium on Sunday, 6 February.")
    assert not any(r == "FC604" for r, _ in _rules(text, "2022-01-13", "CM"))


def test_opened_the_scoring_in_a_final_still_read():
    text = ("Egypt, who opened the scoring early, went on to beat Senegal in the Africa Cup of Nations final in "
            "Yaounde in February 2022.")
    assert _fires(text, "2023-01-13", "SN", "Senegal", rule="FC604")
