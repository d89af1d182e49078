"""Session 17 (helper h17g): totals and their pieces as newsrooms write them.

- a total, then a dash and its pieces each told by what it is in or for ("came to €9,400 — €8,100 in fees and
  €1,500 in interest");
- a list whose later items drop the unit the first one gave ("310 million litres ..., 85 million ... and 40 million
  ...");
- "Of the current stock, ...": the whole of now, pointed past a sentence of another time;
- a sum, then the same verb said again of its pieces ("was awarded £2.4m ... The judge awarded £1.6m for ...");
- a stated total of four or more rounded parts off by more than their rounding can plausibly explain.

FIRES texts hold a sum that does not follow; SILENT texts are near misses that must stay silent."""
import pytest

import factcheck


def _found(text, date="2022-05-10", country="GB"):
    return [(f.rule, f.text) for f in factcheck.check(text, date=date, country=country)]


FIRES = [
    # a dash opens the breakdown, as a colon does
    ("The duty he evaded was €9,400 — €8,100 in excise and €1,500 in VAT, the court was told.", "IE", "€9,400"),
    ("Refunds owed to passengers reached £64,300 – £51,200 for cancelled flights and £11,900 for delays.", "GB",
     "£64,300"),
    # a later item without its unit is in the unit of the first
    ("The region's lakes now hold 390 million cubic metres. Of these, 310 million cubic metres are in the "
     "western lakes, 85 million in the southern ones and 40 million in the reservoirs near the capital.", "GB", None),
    # "the current" whole, past a sentence of another time
    ("Grain stocks stood at 4.1 million tonnes on Friday. A year earlier they held 5.6 million tonnes. Of the current "
     "stock, 3.2 million tonnes were in state silos, 0.7 million in cooperatives and 0.5 million in private stores.",
     "GB", None),
    # four parts and their total, each to a tenth of a million, 0.2 million out: no rounding explains it
    ("The four depots handled a combined 5.2 million parcels last year. North accounted for 2.9 million, East for "
     "1.1 million, West for 0.9 million and South for 0.5 million.", "GB", "5.2 million"),
    # the same verb said of the pieces of a sum told before
    ("A nurse injured in a fall at a hospital car park has been awarded £2.4m. She is 41 and lives in Derby. "
     "The judge awarded £1.6m for lost earnings, £550,000 for care and £390,000 for pain and suffering.", "GB", None),
]


@pytest.mark.parametrize(("text", "country", "flagged"), FIRES)
def test_fires(text, country, flagged):
    found = [t for r, t in _found(text, country=country) if r in ("FC305", "FC308")]
    assert found, _found(text, country=country)
    if flagged:
        assert flagged in found


SILENT = [
    # the same shapes, adding up
    ("The duty he evaded was €9,600 — €8,100 in excise and €1,500 in VAT, the court was told.", "IE"),
    ("The region's lakes now hold 435 million cubic metres. Of these, 310 million cubic metres are in the "
     "western lakes, 85 million in the southern ones and 40 million in the reservoirs near the capital.", "GB"),
    ("Grain stocks stood at 4.5 million tonnes on Friday. A year earlier they held 5.6 million tonnes. Of the current "
     "stock, 3.2 million tonnes were in state silos, 0.7 million in cooperatives and 0.5 million in private stores.",
     "GB"),
    ("A nurse injured in a fall at a hospital car park has been awarded £2.6m. She is 41 and lives in Derby. "
     "The judge awarded £1.6m for lost earnings, £550,000 for care and £390,000 for pain and suffering.", "GB"),
    # four parts 0.1 million off their total: their rounding may explain it
    ("The four depots handled a combined 5.3 million parcels last year. North accounted for 2.9 million, East for "
     "1.1 million, West for 0.9 million and South for 0.5 million.", "GB"),
    # a dash before pieces with nouns of their own: some of the whole, not all of it
    ("The blast killed 40 people — 12 children and 9 women among them, officials said.", "GB"),
    ("The storm left 40 people dead — 12 children and 9 women.", "GB"),
    # a dash before a comparison, not a breakdown
    ("Ticket sales reached €9,400 — €1,100 more than last year and €600 above the forecast.", "IE"),
    # the pieces in a later year, the same verb: another sum
    ("The fund was awarded £2.4m in 2019. Last year the council awarded £1.6m for roads, £550,000 for parks "
     "and £390,000 for libraries.", "GB"),
    # a sum between the whole and the list: the verb's whole is the nearest one
    ("The firm was fined £50,000 in March. Its director paid £45,000 in costs. A second firm was fined £30,000 for "
     "the leak and £25,000 for the late report.", "GB"),
    # the verb said again of someone else
    ("The firm was fined £50,000. A second firm was fined £30,000 for the leak and £25,000 for the late report.",
     "GB"),
    ("The driver was ordered to pay £50,000. His employer was also ordered to pay £30,000 for the lapses and "
     "£25,000 for the cover-up.", "GB"),
    # a bare number after a unit but not joined as a list item
    ("The plant burned 120 million litres of fuel. Officials said 95 million people live within range of its grid, "
     "and 40 million of them in cities.", "GB"),
    # a capacity beside the whole is no whole; the current stock with the earlier sentence: no list past it
    ("Reserves stood at 1.1 billion cubic metres, or 48% of a capacity of 2.3 billion cubic metres. Last year they "
     "held 0.9 billion. Of the current stock, 0.6 billion cubic metres were in the north and 0.4 billion in the south.",
     "GB"),
]


@pytest.mark.parametrize(("text", "country"), SILENT)
def test_silent(text, country):
    found = [(r, t) for r, t in _found(text, country=country) if r.startswith("FC3")]
    assert found == []
