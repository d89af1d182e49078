"""Round 11 (dates and conversions): a rate's period is no count of years ("1.24 per cent a year since 2011"); a
network is a railway; the story's one person keeps their age when a role's age is given beside it; an indefinite
opening describes the person named after the birth ("A lawyer born in 1961 ..., Daguman held"); a decade far from
an amount in its sentence dates another thing. Sentences of our own."""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    ("The tram's first line opened on May 3, 2012. \"Since the network opened 11 years ago, it has carried 90 million "
     "riders,\" the operator said.", "2020-02-10", "IE", "date", "11 years ago"),
    ("Okafor, who was born in Jos in June 1984, has played 17 seasons. Fans cheered the 44-year-old at the whistle. "
     "\"Our youngest player is 18,\" the coach said.", "2021-03-01", "NG", "date", "44-year-old"),
    ("The 50-year-old former mayor said he would run again. A teacher born in 1962 in the hill town of Ruteng, "
     "Dacosta led the council for nine years.", "2026-07-09", "ID", "date", "50-year-old"),
    ("Tracks dating back to the 1950s on the branch lines around Leeds will be replaced, after ministers approved a "
     "£1.5 billion ($1.1 billion) upgrade.", "2025-10-08", "GB", "conversion", "$1.1 billion"),
]

# "is set for" looks ahead: 17 September 2019 was a Tuesday (2018's a Monday)
FLAGGED += [
    ("A new ballot is set for Monday, September 17, the speaker said.", "2019-05-30", "IL", "date",
     "Monday, September 17"),
]

SILENT = [
    ("The population grew by an average of 1.24 per cent a year since 2011, the census found.", "2017-04-18", "IR"),
    ("Exports rose $2bn a year since 2019, the ministry said.", "2024-04-18", "KE"),
    ("The tram's first line opened on May 3, 2012. \"Since the network opened eight years ago, it has carried "
     "90 million riders,\" the operator said.", "2020-07-10", "IE"),
    ("Okafor, who was born in Jos in June 1984, has played 17 seasons. Fans cheered the 36-year-old at the whistle. "
     "\"Our youngest player is 18,\" the coach said.", "2021-03-01", "NG"),
    ("The 64-year-old former mayor said he would run again. A teacher born in 1962 in the hill town of Ruteng, "
     "Dacosta led the council for nine years.", "2026-07-09", "ID"),
    ("Tracks dating back to the 1950s on the branch lines around Leeds will be replaced, after ministers approved a "
     "£1.5 billion ($2 billion) upgrade.", "2025-10-08", "GB"),
    ("A new ballot is set for Tuesday, September 17, the speaker said.", "2019-05-30", "IL"),
    # a decade right beside the amount dates it: the table has no rate for it
    ("In the 1990s the port cost £150 million ($90 million) to build.", "2025-10-08", "GB"),
]


@pytest.mark.parametrize("text,date,country,category,flagged", FLAGGED)
def test_flagged(text, date, country, category, flagged):
    assert found(text, date, country, category) == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert found(text, date, country, "date") == [] and found(text, date, country, "conversion") == []
