"""Round 10: "N years ago" of a firm founded under its name in another sentence ("set up Ceylon Spice Heritage
in 1987 ... The company, which began trading 34 years ago"), "N years ago" that looks back to the one coming
to be its own sentence dates (an aside closing the clause, or after "beginnings"), a yearless weekday read on
the side of publication its sentence's tense tells of, births through a place's present name in dashes, "The
N-year-old <role>" opening the sentence after one that opens with a person and their birth, and a thing's age with
its coming to be later in the same sentence; in sentences of our own."""
from __future__ import annotations

import pytest

from _findings import found

FLAGGED = [
    ("Ana Ruiz set up Panaderia Ruiz in 1994 with one oven. The bakery chain, which began trading 25 years ago, "
     "now has 40 outlets.", "2024-05-02", "ES", "25 years ago"),
    ("Two brothers founded Kestrel Freight in 2001. The company started operations 30 years ago with a single "
     "lorry.", "2025-03-11", "GB", "30 years ago"),
    ("Mr Okafor established Lagos Lens & Co in 2009. The firm, which began business 20 years ago, employs 45.",
     "2024-08-20", "NG", "20 years ago"),
    ("His grandfather launched Hotel Miramar in 1962. The hotel, which opened 70 years ago, is still family run.",
     "2024-01-10", "IT", "70 years ago"),
]

FLAGGED += [
    ("The library first opened in March 1984 with 2,000 books on loan, 30 years ago this spring.", "2024-04-10",
     "GB", "30 years ago"),
    ("The cooperative, founded in 1991 by 14 dairy farmers, has come a long way since its beginnings 40 years ago.",
     "2025-02-01", "NZ", "40 years ago"),
    ("The clinic was established in 2004 in two rented rooms, some 15 years ago.", "2024-09-09", "KE",
     "some 15 years ago"),
    ("Set up in 1979 by a retired teacher, the choir has grown from its modest start 50 years ago into a company of "
     "80 voices.", "2024-06-01", "IE", "50 years ago"),
]

SILENT = [
    # right
    ("Ana Ruiz set up Panaderia Ruiz in 1994 with one oven. The bakery chain, which began trading 30 years ago, "
     "now has 40 outlets.", "2024-05-02", "ES"),
    ("Two brothers founded Kestrel Freight in 2001. The company started operations 24 years ago with a single "
     "lorry.", "2025-03-11", "GB"),
    # two names founded: which one the company is, the story does not say
    ("Ana Ruiz set up Panaderia Ruiz in 1994 and Cafe Norte in 2005. The company, which began trading 25 years "
     "ago, now has 40 outlets.", "2024-05-02", "ES"),
    # another firm, marked as such
    ("Two brothers founded Kestrel Freight in 2001. Its parent company started operations 30 years ago in Leeds.",
     "2025-03-11", "GB"),
    # a name whose year is not a founding: bought, not set up
    # right, as an aside and after a beginning
    ("The library first opened in March 1984 with 2,000 books on loan, 40 years ago this spring.", "2024-04-10",
     "GB"),
    ("The cooperative, founded in 1991 by 14 dairy farmers, has come a long way since its beginnings 34 years ago.",
     "2025-02-01", "NZ"),
    # the count has its own verb: another event
    ("The clinic, established in 2004, opened a maternity wing 15 years ago.", "2024-09-09", "KE"),
    ("Founded in 1991, the cooperative built its first creamery, 25 years ago.", "2025-02-01", "NZ"),
    # the aside closes the clause of the later year, and fits it
    ("The library opened in 1984 and moved in 1999, 25 years ago this spring.", "2024-04-10", "GB"),
    ("The family bought Hotel Miramar in 1962. The hotel, which opened 90 years ago, is still family run.",
     "2024-01-10", "IT"),
]

# a yearless day: the tense says which side of publication it is on (14 January 2025 was a Tuesday, 2026's is a
# Wednesday; 10 March 2025 a Monday, 2026's a Tuesday)
FLAGGED += [
    ("Police were called to the high street shortly after 11pm on Wednesday 14 January.", "2025-03-22", "GB",
     "Wednesday 14 January"),
    ("The new bus route will open on Monday 10 March, the council said.", "2025-11-20", "GB", "Monday 10 March"),
]
SILENT += [
    ("The inquest will open on Wednesday 14 January.", "2025-03-22", "GB"),
    ("Police were called to the high street shortly after 11pm on Tuesday 14 January.", "2025-03-22", "GB"),
    # no tense: either year may be meant, and one fits
    ("Hearing: Wednesday 14 January, Court 3.", "2025-03-22", "GB"),
    ("The route opened on Monday 10 March, the council said.", "2025-11-20", "GB"),
]

# people and things
FLAGGED += [
    ("Mwale, who led Chipata Girls' Secondary School for 20 years, died on Monday, March 3. She was 70. Mwale was "
     "born in Fort Jameson — today Chipata — on June 2, 1948.", "2025-03-05", "ZM", "70"),
    ("Okonjo, who was born in July 1970 in Enugu, beat two rivals to the party's nomination, defeating "
     "Chidi Eze. The 60-year-old former banker promised cheaper fuel.", "2025-09-16", "NG", "60-year-old"),
    ("The 12-year-old terminal opened in 2001 with six gates.", "2024-05-01", "IE", "12-year"),
]
SILENT += [
    ("Mwale, who led Chipata Girls' Secondary School for 20 years, died on Monday, March 3. She was 76. Mwale was "
     "born in Fort Jameson — today Chipata — on June 2, 1948.", "2025-03-05", "ZM"),
    ("Okonjo, who was born in July 1970 in Enugu, beat two rivals to the party's nomination, defeating "
     "Chidi Eze. The 55-year-old former banker promised cheaper fuel.", "2025-09-16", "NG"),
    ("The 23-year-old terminal opened in 2001 with six gates.", "2024-05-01", "IE"),
    # another thing's year in the sentence
    ("The 12-year-old terminal stands beside a hangar built in 1950.", "2024-05-01", "IE"),
]


@pytest.mark.parametrize("text,date,country,flagged", FLAGGED)
def test_flagged(text, date, country, flagged):
    assert found(text, date, country) == [flagged]


@pytest.mark.parametrize("text,date,country", SILENT)
def test_silent(text, date, country):
    assert found(text, date, country) == []
