"""Readings from session 14's b143-b146 (scored unseen first, then read): a figure said again with its digits in
another order or one digit changed, where the second mention hid behind a plural term ("the 21-year sentences"),
a size set before its thing ("At 421 metres, the tower"), a rival's place ("to compete with plants in Poland"),
jobs sought elsewhere ("help workers find new jobs"), a sentence opening on the whole ("Of the 43,800 patients
waiting, ..."), the same time said for both ("last year" twice) or a verb closing the noun phrase ("the
180-metre breach opened early"); and their near misses."""
import pytest

import factcheck


def _found(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "consistency"]


@pytest.mark.parametrize(("text", "figure"), [
    ("A court in Lome on Monday sentenced two former customs officers to 15 years in prison each for taking "
     "bribes. Their lawyer said both would appeal against the 18-year sentences.",
     "the 18-year sentences"),
    ("Harbour Properties will build a 356-metre office tower on the waterfront at a cost of $900 million. At "
     "365 metres, the tower would be the tallest in the city.", "365 metres"),
    ("Danube Steel will cut 410 of the 4,700 jobs at its mill near Linz, the company said on Monday. The chief "
     "executive said the cuts would leave the 7,400-strong workforce able to compete with mills in China and "
     "India. The regional government said it would help workers find new jobs.", "7,400-strong workforce"),
    ("The hospital had 36,200 patients waiting at the end of May, down from 37,050 in April. Of the 32,600 "
     "patients waiting, 1,480 had waited more than a year.", "32,600 patients"),
    ("Northern Zinc plans to raise output to 300,000 tonnes by 2028 from 126,000 tonnes last year. The manager "
     "said the 162,000 tonnes produced last year had come despite a flood.", "162,000 tonnes"),
    ("The 240-metre gap opened early on Sunday, the county said. Engineers hope to close the 210-metre gap by "
     "Friday.", "210-metre"),
])
def test_the_second_mention_is_read_back_to_the_first(text, figure):
    assert _found(text, "2024-06-12", "AT") == [figure]


@pytest.mark.parametrize("text", [
    # the same figures said right
    ("A court in Lome on Monday sentenced two former customs officers to 15 years in prison each for taking "
     "bribes. Their lawyer said both would appeal against the 15-year sentences."),
    ("Harbour Properties will build a 356-metre office tower on the waterfront at a cost of $900 million. At "
     "356 metres, the tower would be the tallest in the city."),
    ("Danube Steel will cut 410 of the 4,700 jobs at its mill near Linz, the company said on Monday. The chief "
     "executive said the cuts would leave the 4,700-strong workforce able to compete with mills in China and "
     "India. The regional government said it would help workers find new jobs."),
    ("The hospital had 36,200 patients waiting at the end of May, down from 37,050 in April. Of the 36,200 "
     "patients waiting, 1,480 had waited more than a year."),
    # another year's figure stays another figure
    ("Northern Zinc plans to raise output to 300,000 tonnes by 2028 from 126,000 tonnes this year. The manager "
     "said the 162,000 tonnes produced last year had come despite a flood."),
    # a second tower, introduced as such, and its own height
    ("Harbour Properties will build a 356-metre office tower on the waterfront. A rival developer plans a second "
     "tower nearby. At 365 metres, the rival tower would be taller."),
    # the plant adds jobs in between: the workforce grew
    ("Danube Steel employs 4,700 people at its mill near Linz. It hired 2,700 more workers this year for a new "
     "line, and the 7,400-strong workforce is now the region's largest."),
])
def test_the_same_shapes_right_or_explained_are_silent(text):
    assert not _found(text, "2024-06-12", "AT")


@pytest.mark.parametrize(("text", "found"), [
    # the amount's thing three words on, past its bracketed conversion; "another season" is in no figure's clause
    ("A RM2.35bn ($495m) flood mitigation scheme is 18 months behind schedule, the department said, as the "
     "monsoon brought the first heavy rain of the season. Engineers expect another season of delays. Lawmakers "
     "said the RM2.53bn project should have come first.", ["RM2.53bn project"]),
    ("A RM2.35bn ($495m) flood mitigation scheme is 18 months behind schedule, the department said, as the "
     "monsoon brought the first heavy rain of the season. Engineers expect another season of delays. Lawmakers "
     "said the RM2.35bn project should have come first.", []),
    # a second scheme introduced in between is another thing
    ("A RM2.35bn ($495m) flood mitigation scheme is 18 months behind schedule, the department said. Another "
     "scheme upstream is on time. Lawmakers said the RM2.53bn scheme should have come first.", []),
])
def test_an_amounts_thing_past_its_conversion_and_a_season_in_another_clause(text, found):
    assert _found(text, "2023-11-14", "MY") == found


@pytest.mark.parametrize(("text", "found"), [
    ('Harbour Gas started production at its Kestrel field and expects output to reach 420 million cubic feet a '
     'day by the third quarter. "At 240 million cubic feet a day, Kestrel would be one of the larger fields," '
     'an analyst said.', ["240 million cubic feet a day"]),
    ('Harbour Gas started production at its Kestrel field and expects output to reach 420 million cubic feet a '
     'day by the third quarter. "At 420 million cubic feet a day, Kestrel would be one of the larger fields," '
     'an analyst said.', []),
    # no comma and thing after it: a rate, not the field's output said again
    ('Harbour Gas expects output to reach 420 million cubic feet a day by the third quarter. At 240 million '
     'cubic feet a day the field would barely pay.', []),
])
def test_a_figure_the_sentence_opens_on_with_at(text, found):
    assert _found(text, "2019-06-12", "TT") == found
