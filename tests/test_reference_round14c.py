"""Readings from session 14's b147-b150 (reference): a venue written as the host before an edition's name ("Eden
Park, which staged the 2015 final"); a name other events could bear read as the home event in a story from its
first participant's country ("the city returned to Chinese rule in 1999" in Hong Kong); what a war was fought
against as its topic, with a year three off when the month is the record's; an act at a recorded place told in
the when-clause after a date ("since August 2014, when police shot dead ... at Marikana"); and the near misses
that must stay silent."""
import pytest

import factcheck


def _found(text: str, date: str, country: str) -> list[str]:
    return [f.text for f in factcheck.check(text, date=date, country=country) if f.category == "reference"]


@pytest.mark.parametrize(("text", "country", "figure"), [
    # a stadium that staged one edition's final, put before another edition's name
    ("The stadium's owners said Twickenham, which hosted the 2011 Rugby World Cup final, would get new seats.",
     "GB", "2011"),
    ("Eden Park, host of the 2015 Rugby World Cup, will stage a concert next year.", "NZ", "2015"),
    # the home event, named in words other events could bear, with a year alone a little off
    ("Rents have risen every year since the territory returned to Chinese rule in 1998, agents said.", "HK", "1998"),
    ("Families were split for decades until the Wall came down in 1990, the guide said.", "DE", "1990"),
    # the invader left to the clause before
    ("Saddam Hussein's troops, which invaded Kuwait in August 1992, burned hundreds of wells.", "KW", "August 1992"),
    # what a war was fought against, and the record's month
    ("Fishermen returned to the lagoon after the civil war against the Tamil Tigers, which ended in May 2012.", "LK",
     "May 2012"),
    # the act at a recorded place, told after its date
    ("Unions have distrusted the police since August 2013, when officers shot dead 34 miners at the Marikana "
     "mine.", "ZA", "August 2013"),
])
def test_the_reference_slips_are_read(text, country, figure):
    assert _found(text, "2023-06-01", country) == [figure]


@pytest.mark.parametrize(("text", "country"), [
    ("The stadium's owners said Twickenham, which hosted the 2015 Rugby World Cup final, would get new seats.", "GB"),
    ("Eden Park, host of the 2011 Rugby World Cup, will stage a concert next year.", "NZ"),
    # a venue not written as the host: the sentence says where fans watched
    ("Fans at Eden Park watched the 2015 Rugby World Cup final on big screens.", "NZ"),
    ("Rents have risen every year since the territory returned to Chinese rule in 1997, agents said.", "HK"),
    # Macau's return, in a Macau story, is not Hong Kong's
    ("Casino revenue has grown since the territory returned to Chinese rule in 1999.", "MO"),
    # a year far off is another thing's
    ("Rents have risen since the territory returned to Chinese rule in 2008, agents said.", "HK"),
    ("Families were split for decades until the Wall came down in 1989, the guide said.", "DE"),
    ("Saddam Hussein's troops, which invaded Kuwait in August 1990, burned hundreds of wells.", "KW"),
    ("Fishermen returned to the lagoon after the civil war against the Tamil Tigers, which ended in May 2009.", "LK"),
    # no topic of the war written: a civil war found by kind alone, three years off, is not read
    ("Fishermen returned to the lagoon after the civil war, which ended in May 2012.", "LK"),
    ("Unions have distrusted the police since August 2012, when officers shot dead 34 miners at the Marikana "
     "mine.", "ZA"),
    # something else done at the place: no act of the event's kind
    ("Unions have been busy since August 2015, when officers opened a new station at the Marikana mine.", "ZA"),
])
def test_the_same_shapes_right_or_unread_are_silent(text, country):
    assert not _found(text, "2023-06-01", country)


def test_a_record_told_by_its_own_time_in_a_home_story():
    """The record's own figure ("1:59:40") names it in a story from its home country; a year a little off is a slip.
    Elsewhere, or with its own year, the figure says nothing."""
    text = "The camp's best-known runner clocked 1:59:40 in Vienna in 2020, his coach recalled."
    assert _found(text, "2023-06-01", "KE") == ["2020"]
    assert not _found(text.replace("2020", "2019"), "2023-06-01", "KE")
    assert not _found(text, "2023-06-01", "GB")
