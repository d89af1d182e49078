"""One focused test per form the quantity grammar must read (issue 2, item 3),
plus the Document rules every offset depends on (front matter, non-prose, CRLF, BOM).

Each case names the figure by its surface text and states what the extractor must
say about it; `find` fails with the full extraction when the surface is not read.
"""
from __future__ import annotations

import datetime as dt
import math

import pytest

import factcheck
from factcheck import Document, InputError

PUB = "2025-11-25"  # a Tuesday


def find(text: str, surface: str, **kw):
    qs = factcheck.extract(text, **kw)
    for q in qs:
        if q.text == surface:
            return q
    pytest.fail(f"{surface!r} not read in {text!r}; got {[q.to_dict() for q in qs]}")


def check(q, want: dict) -> None:
    for field, expected in want.items():
        got = getattr(q, field)
        if isinstance(expected, float) or (isinstance(expected, int) and not isinstance(expected, bool)
                                           and isinstance(got, float)):
            assert got is not None and math.isclose(got, expected, rel_tol=1e-9), (field, q.to_dict())
        elif field == "date":
            assert got == dt.date.fromisoformat(expected), (field, q.to_dict())
        else:
            assert got == expected, (field, q.to_dict())


def case(id, text, surface, want, **kw):
    return pytest.param(text, surface, want, kw, id=id)


# ---------------------------------------------------------------------------- money
MONEY = [
    # symbols before, with and without space
    case("dollar-bn", "Trade rose to $3.5bn.", "$3.5bn", dict(kind="money", value=3.5e9, unit="USD")),
    case("dollar-m", "The start-up raised $120m.", "$120m", dict(kind="money", value=120e6, unit="USD")),
    case("dollar-k", "It costs $5k a year.", "$5k", dict(value=5000, unit="USD")),
    case("dollar-mn", "A grant of $2.5mn.", "$2.5mn", dict(value=2.5e6, unit="USD")),
    case("dollar-mln", "Bonds raised $400mln.", "$400mln", dict(value=400e6, unit="USD")),
    case("dollar-tn", "Apple topped $3tn.", "$3tn", dict(value=3e12, unit="USD")),
    case("dollar-trillion-word", "A $1.2 trillion bill passed.", "$1.2 trillion", dict(value=1.2e12, unit="USD")),
    case("dollar-after-article", "The IMF approved a $7bn loan.", "$7bn", dict(value=7e9, unit="USD")),
    case("US$", "Assets rose to US$2.4bn.", "US$2.4bn", dict(value=2.4e9, unit="USD")),
    case("A$", "A profit of A$1.5bn.", "A$1.5bn", dict(value=1.5e9, unit="AUD")),
    case("C$", "Ottawa committed C$800 million.", "C$800 million", dict(value=800e6, unit="CAD")),
    case("HK$", "Sold for HK$12bn.", "HK$12bn", dict(value=12e9, unit="HKD")),
    case("S$", "Fell by S$3.4 billion.", "S$3.4 billion", dict(value=3.4e9, unit="SGD")),
    case("NZ$", "Set aside NZ$150m.", "NZ$150m", dict(value=150e6, unit="NZD")),
    case("pound", "Savings of £4.2bn.", "£4.2bn", dict(value=4.2e9, unit="GBP")),
    case("euro", "State aid of €750m.", "€750m", dict(value=750e6, unit="EUR")),
    case("yen-in-JP", "The BoJ bought ¥3tn of bonds.", "¥3tn", dict(value=3e12, unit="JPY"), country="JP"),
    case("yen-sign-in-CN-is-yuan", "Beijing set up a ¥500 billion fund.", "¥500 billion",
         dict(value=500e9, unit="CNY"), country="CN"),
    case("rupee-sign", "A profit of ₹8,432 crore.", "₹8,432 crore", dict(value=8.432e10, unit="INR"), country="IN"),
    case("rupee-sign-generic", "A fine of ₨50,000.", "₨50,000", dict(value=50000, unit="PKR"), country="PK"),
    case("Rs-nospace", "Trade of Rs10bn.", "Rs10bn", dict(value=10e9, unit="PKR"), country="PK"),
    case("Rs-dot", "Approved Rs. 25 billion.", "Rs. 25 billion", dict(value=25e9, unit="PKR"), country="PK"),
    case("Tk", "Stimulus of Tk 5,000 crore.", "Tk 5,000 crore", dict(value=5e10, unit="BDT"), country="BD"),
    case("Dh", "A sukuk of Dh2.5bn.", "Dh2.5bn", dict(value=2.5e9, unit="AED"), country="AE"),
    case("SR", "Dividends of SR70bn.", "SR70bn", dict(value=70e9, unit="SAR"), country="SA"),
    case("R-rand", "Eskom needs R254bn.", "R254bn", dict(value=254e9, unit="ZAR"), country="ZA"),
    # codes before and after
    case("PKR-before", "The dam will cost PKR 480 billion.", "PKR 480 billion", dict(value=480e9, unit="PKR")),
    case("INR-before", "Exports of INR 2,500 crore.", "INR 2,500 crore", dict(value=2.5e10, unit="INR")),
    case("BDT-before", "A budget of BDT 7.97 lakh crore.", "BDT 7.97 lakh crore", dict(value=7.97e12, unit="BDT")),
    case("AED-before", "Worth AED 1.2 billion.", "AED 1.2 billion", dict(value=1.2e9, unit="AED")),
    case("SAR-before", "Assets of SAR 3.2 trillion.", "SAR 3.2 trillion", dict(value=3.2e12, unit="SAR")),
    case("IRR-before", "It traded at IRR 1,050,000.", "IRR 1,050,000", dict(value=1.05e6, unit="IRR")),
    case("RMB-before", "Revenue of RMB 236.5 billion.", "RMB 236.5 billion", dict(value=236.5e9, unit="CNY")),
    case("CNY-before", "It issued CNY 50bn of bonds.", "CNY 50bn", dict(value=50e9, unit="CNY")),
    case("USD-before", "A loss of USD 3.2 billion.", "USD 3.2 billion", dict(value=3.2e9, unit="USD")),
    case("code-after", "Reserves of 500 million USD.", "500 million USD", dict(value=500e6, unit="USD")),
    case("PKR-after", "A loss of 10bn PKR.", "10bn PKR", dict(value=10e9, unit="PKR")),
    # currency words after the number
    case("rials", "Meat costs 8 million rials.", "8 million rials", dict(value=8e6, unit="IRR"), country="IR"),
    case("tomans", "Rent is 30 million tomans.", "30 million tomans", dict(value=30e6, unit="IRT"), country="IR"),
    case("yuan", "Stimulus of 10 trillion yuan.", "10 trillion yuan", dict(value=10e12, unit="CNY")),
    case("lira", "A gap of 1.3 trillion lira.", "1.3 trillion lira", dict(value=1.3e12, unit="TRY")),
    case("naira", "A budget of 54.99 trillion naira.", "54.99 trillion naira", dict(value=54.99e12, unit="NGN")),
    case("rand", "It raises 12 billion rand.", "12 billion rand", dict(value=12e9, unit="ZAR")),
    case("dollars-digits", "He sold it for 450 million dollars.", "450 million dollars", dict(value=450e6, unit="USD")),
    case("rupees-digits", "They lost 50,000 rupees a day.", "50,000 rupees", dict(value=50000, unit="PKR"), country="PK"),
    # number words
    case("words-dollars", "It is worth seven billion dollars.", "seven billion dollars", dict(value=7e9, unit="USD")),
    case("words-rupees", "He earned forty-five thousand rupees.", "forty-five thousand rupees",
         dict(value=45000, unit="INR"), country="IN"),
    case("words-pounds", "They paid two million pounds.", "two million pounds", dict(value=2e6, unit="GBP"), country="GB"),
    # South Asian scales
    case("lakh", "Compensation of Rs 10 lakh.", "Rs 10 lakh", dict(value=1e6, unit="INR"), country="IN"),
    case("crore", "It released Rs 4.5 crore.", "Rs 4.5 crore", dict(value=45e6, unit="INR"), country="IN"),
    case("lakh-crore", "An outlay of Rs 1.5 lakh crore.", "Rs 1.5 lakh crore", dict(value=1.5e12, unit="INR"), country="IN"),
    case("arab", "A deficit of Rs 3 arab.", "Rs 3 arab", dict(value=3e9, unit="PKR"), country="PK"),
    case("kharab", "Losses of Rs 2 kharab.", "Rs 2 kharab", dict(value=2e11, unit="PKR"), country="PK"),
    case("thousand-word", "A bonus of $40 thousand.", "$40 thousand", dict(value=40000, unit="USD")),
    # digit grouping
    case("western-grouping", "Recovery of Rs1,234,567.", "Rs1,234,567", dict(value=1234567, unit="PKR"), country="PK"),
    case("indian-grouping-lakh", "Awarded Rs 1,00,000.", "Rs 1,00,000", dict(value=100000, unit="INR"), country="IN"),
    case("indian-grouping-12,34,567", "Paid Rs 12,34,567.", "Rs 12,34,567", dict(value=1234567, unit="INR"), country="IN"),
    case("indian-grouping-crore", "Sold for ₹1,25,00,000.", "₹1,25,00,000", dict(value=12500000, unit="INR"), country="IN"),
    case("decimal-cents", "Gold rose to $2,650.40 an ounce.", "$2,650.40", dict(value=2650.40, unit="USD")),
]


@pytest.mark.parametrize("text,surface,want,kw", MONEY)
def test_money(text, surface, want, kw):
    check(find(text, surface, **kw), want)


# ---------------------------------------------------------------------------- currency resolution
RESOLUTION = [
    case("Rs-in-PK", "The budget has Rs 5bn for schools.", "Rs 5bn", dict(unit="PKR", alternatives=()), country="PK"),
    case("Rs-in-IN", "The budget has Rs 5bn for schools.", "Rs 5bn", dict(unit="INR", alternatives=()), country="IN"),
    case("Rs-in-LK", "The budget has Rs 5bn for schools.", "Rs 5bn", dict(unit="LKR", alternatives=()), country="LK"),
    case("Rs-in-NP", "The budget has Rs 5bn for schools.", "Rs 5bn", dict(unit="NPR", alternatives=()), country="NP"),
    case("Rs-mentions-Pakistan", "Pakistan's finance ministry set aside Rs 5bn.", "Rs 5bn", dict(unit="PKR")),
    case("Rs-mentions-India", "India's railways sanctioned Rs 300 crore.", "Rs 300 crore", dict(unit="INR")),
    case("Rs-mentions-Sri-Lanka", "In Sri Lanka, gas now sells for Rs 4,100.", "Rs 4,100", dict(unit="LKR")),
    case("Rs-mentions-Nepal", "Nepal's central bank fined the lender Rs 2.5 million.", "Rs 2.5 million", dict(unit="NPR")),
    case("story-country-beats-mention", "India has offered Rs 5bn in aid, the Foreign Office said.", "Rs 5bn",
         dict(unit="PKR"), country="PK"),
    case("dollar-is-USD-unless-marked", "The deal is worth $2bn.", "$2bn", dict(unit="USD"), country="PK"),
]


@pytest.mark.parametrize("text,surface,want,kw", RESOLUTION)
def test_currency_resolution(text, surface, want, kw):
    check(find(text, surface, **kw), want)


def test_unresolved_rupee_records_alternatives():
    q = find("The budget has Rs 5bn for schools.", "Rs 5bn")
    candidates = {q.unit, *q.alternatives}
    assert {"PKR", "INR", "LKR", "NPR"} <= candidates
    assert q.alternatives, "an unresolved Rs must not be guessed silently"


def test_rupee_with_two_countries_mentioned_keeps_the_other_as_alternative():
    q = find("Pakistan and India traded Rs 5bn of goods.", "Rs 5bn")
    assert q.unit in ("PKR", "INR")
    assert ({"PKR", "INR"} - {q.unit}) <= set(q.alternatives)


def test_unresolved_yen_sign_records_alternatives():
    q = find("A fund of ¥500bn was set up.", "¥500bn")
    assert {q.unit, *q.alternatives} >= {"JPY", "CNY"}


# ---------------------------------------------------------------------------- counts and numbers
COUNTS = [
    case("digits", "Police arrested 312 protesters.", "312", dict(kind="number", value=312, unit=None)),
    case("grouped", "The firm will cut 4,500 jobs.", "4,500", dict(value=4500, unit=None)),
    case("million-word", "The floods displaced 33 million people.", "33 million", dict(value=33e6, unit=None)),
    case("decimal-billion", "Population passed 1.4 billion.", "1.4 billion", dict(value=1.4e9)),
    case("m-suffix-count", "It infected 2.3m people.", "2.3m", dict(value=2.3e6, unit=None)),
    case("k-suffix", "The post drew 1.2k comments.", "1.2k", dict(value=1200, unit=None)),
    case("words-compound", "Forty-two passengers were on board.", "Forty-two", dict(value=42)),
    case("words-and", "Three hundred and fifty workers lost jobs.", "Three hundred and fifty", dict(value=350)),
    case("words-trillion", "There are three trillion trees.", "three trillion", dict(value=3e12)),
    case("words-million", "It was downloaded twelve million times.", "twelve million", dict(value=12e6)),
    case("a-dozen", "A dozen ministers resigned.", "A dozen", dict(value=12, unit=None)),
    case("half-a-million", "Half a million refugees crossed.", "Half a million", dict(value=5e5)),
    case("two-thirds", "Two-thirds of voters agreed.", "Two-thirds", dict(value=2 / 3)),
    case("a-third", "A third of the crop was lost.", "A third", dict(value=1 / 3)),
    case("a-quarter", "A quarter of children are stunted.", "A quarter", dict(value=0.25)),
    case("lakh-count", "Over 3 lakh pilgrims came.", "Over 3 lakh", dict(value=3e5, low=3e5), country="IN"),
    case("crore-count", "The state has 2 crore voters.", "2 crore", dict(value=2e7), country="IN"),
    case("indian-grouping-one-number", "The army deployed 1,00,000 troops.", "1,00,000", dict(value=100000)),
    case("dozens-of", "Dozens of people were hurt.", "Dozens", dict(kind="number", low=24)),
]


@pytest.mark.parametrize("text,surface,want,kw", COUNTS)
def test_counts(text, surface, want, kw):
    check(find(text, surface, **kw), want)


ORDINALS = [
    case("24th", "It was the 24th attack.", "24th", dict(kind="ordinal", value=24)),
    case("21st", "The 21st amendment passed.", "21st", dict(kind="ordinal", value=21)),
    case("143rd", "It ranked 143rd.", "143rd", dict(kind="ordinal", value=143)),
    case("second-word", "She finished second in the race.", "second", dict(kind="ordinal", value=2)),
    case("third-word", "They won for the third time.", "third", dict(kind="ordinal", value=3)),
]


@pytest.mark.parametrize("text,surface,want,kw", ORDINALS)
def test_ordinals(text, surface, want, kw):
    check(find(text, surface, **kw), want)


def test_second_as_time_unit_is_not_an_ordinal():
    qs = factcheck.extract("He ran it in 9.79 seconds.")
    assert not any(q.kind == "ordinal" for q in qs), [q.to_dict() for q in qs]


# ---------------------------------------------------------------------------- percentages
PERCENTS = [
    case("percent-sign", "Inflation eased to 6.9%.", "6.9%", dict(kind="percent", value=6.9, unit="percent")),
    case("per-cent", "The economy grew 3.5 per cent.", "3.5 per cent", dict(value=3.5, unit="percent")),
    case("percent-word", "Unemployment rose to 12 percent.", "12 percent", dict(value=12, unit="percent")),
    case("pc", "Exports rose 4pc.", "4pc", dict(value=4, unit="percent"), country="PK"),
    case("pc-spaced", "The rate was cut to 11 pc.", "11 pc", dict(value=11, unit="percent"), country="PK"),
    case("words-per-cent", "Prices rose by twelve per cent.", "twelve per cent", dict(value=12, unit="percent")),
    case("percentage-points", "Its share fell 2 percentage points.", "2 percentage points",
         dict(value=2, unit="percentage point")),
    case("percentage-point-singular", "It rose 0.3 percentage point.", "0.3 percentage point",
         dict(value=0.3, unit="percentage point")),
    case("basis-points", "Rates rose by 50 basis points.", "50 basis points", dict(value=50, unit="basis point")),
    case("bps", "The Fed cut by 25 bps.", "25 bps", dict(value=25, unit="basis point")),
    case("bp", "Spreads widened 75bp.", "75bp", dict(value=75, unit="basis point")),
]


@pytest.mark.parametrize("text,surface,want,kw", PERCENTS)
def test_percentages(text, surface, want, kw):
    check(find(text, surface, **kw), want)


# ---------------------------------------------------------------------------- durations
DURATIONS = [
    case("12-day", "The 12-day war ended.", "12-day", dict(kind="duration", value=12, unit="day")),
    case("twelve-day", "The twelve-day war ended.", "twelve-day", dict(value=12, unit="day")),
    case("three-weeks", "Talks lasted three weeks.", "three weeks", dict(value=3, unit="week")),
    case("a-fortnight", "The sit-in lasted a fortnight.", "a fortnight", dict(kind="duration", value=1, unit="fortnight")),
    case("18-months", "It was delayed by 18 months.", "18 months", dict(value=18, unit="month")),
    case("24-hour", "A 24-hour strike was held.", "24-hour", dict(value=24, unit="hour")),
    case("a-decade", "War for a decade.", "a decade", dict(kind="duration", value=1, unit="decade")),
    case("two-hours-ago", "He was arrested two hours ago.", "two hours ago", dict(kind="duration", value=2, unit="hour")),
    case("90-minutes", "The meeting lasted 90 minutes.", "90 minutes", dict(value=90, unit="minute")),
    case("six-month", "A six-month ban.", "six-month", dict(value=6, unit="month")),
]


@pytest.mark.parametrize("text,surface,want,kw", DURATIONS)
def test_durations(text, surface, want, kw):
    check(find(text, surface, **kw), want)


# "a year" after a rate is the rate's period ("per year"), not one year's span; after a verb it is a span
RATE_PERIODS = [
    "The population grew by 1.24 per cent a year since 2011.",
    "Fares have risen about 3 percent a year.",
    "Output rose 2pc a year over the decade.",
    "The index has gained 40 points a year.",
    "The plant will produce 1.2tn a year by 2030.",
]


@pytest.mark.parametrize("text", RATE_PERIODS)
def test_a_rate_period_is_no_duration(text):
    assert not [q for q in factcheck.extract(text) if q.kind == "duration" and q.text.lower() in ("a year", "a decade")]


@pytest.mark.parametrize("text", ["The inquiry took a year.", "Prices fell 4% in a year.", "It lasted a decade."])
def test_a_span_after_a_verb_is_a_duration(text):
    assert [q for q in factcheck.extract(text) if q.kind == "duration"]


# ---------------------------------------------------------------------------- ranges and bounds
RANGES = [
    case("between-and-money", "It will cost between $3bn and $4bn.", "between $3bn and $4bn",
         dict(kind="money", unit="USD", low=3e9, high=4e9)),
    case("dash-range-shared-scale", "A $3-4bn write-down.", "$3-4bn", dict(unit="USD", low=3e9, high=4e9)),
    case("dash-range-lakh-crore", "It costs Rs 50-60 crore.", "Rs 50-60 crore", dict(unit="INR", low=5e8, high=6e8),
         country="IN"),
    case("dash-range-percent", "It lost 10-15% of its value.", "10-15%", dict(unit="percent", low=10, high=15)),
    case("to-range-money", "A gap of $5bn to $6bn.", "$5bn to $6bn", dict(unit="USD", low=5e9, high=6e9)),
    case("between-counts", "Between 200 and 300 people.", "Between 200 and 300", dict(unit=None, low=200, high=300)),
    case("to-range-counts", "Officials said 3,000 to 4,000 houses were damaged.", "3,000 to 4,000",
         dict(unit=None, low=3000, high=4000)),
    case("at-least", "At least 1,200 people died.", "At least 1,200", dict(value=1200, low=1200, high=None)),
    case("at-least-a-dozen", "At least a dozen were hurt.", "At least a dozen", dict(value=12, low=12)),
    case("more-than", "More than 70,000 attended.", "More than 70,000", dict(value=70000, low=70000, high=None)),
    case("nearly", "Nearly 5,000 families fled.", "Nearly 5,000", dict(value=5000, high=5000, low=None)),
    case("about", "About 40% is under water.", "About 40%", dict(value=40, low=None, high=None, hedge="about")),
    case("up-to-money", "Fines of up to £10,000.", "up to £10,000", dict(value=10000, unit="GBP", high=10000)),
    case("fewer-than", "Fewer than 100 came.", "Fewer than 100", dict(value=100, high=100)),
]


@pytest.mark.parametrize("text,surface,want,kw", RANGES)
def test_ranges_and_bounds(text, surface, want, kw):
    check(find(text, surface, **kw), want)


# ---------------------------------------------------------------------------- dates and weekdays
DATES = [
    case("month-day-year", "Signed on Nov 25, 2025.", "Nov 25, 2025", dict(kind="date", date="2025-11-25")),
    case("day-month-year", "Signed on 25 November 2025.", "25 November 2025", dict(kind="date", date="2025-11-25")),
    case("AP-abbrev", "It struck on Jan. 15, 2025.", "Jan. 15, 2025", dict(kind="date", date="2025-01-15")),
    case("no-year-uses-pub-year", "He resigned on 3 November last.", "3 November",
         dict(kind="date", date="2025-11-03"), date=PUB),
    case("no-year-before-full-stop", "The minister resigned on 3 November.", "3 November",
         dict(kind="date", date="2025-11-03"), date=PUB),
    case("tuesday-is-pub-day", "He said on Tuesday that talks would resume.", "Tuesday",
         dict(kind="weekday", date="2025-11-25", weekday=1), date=PUB),
    case("on-monday-past", "Protesters gathered on Monday.", "Monday", dict(kind="weekday", date="2025-11-24"), date=PUB),
    case("friday-past-tense", "Police said on Friday the suspect had fled.", "Friday",
         dict(kind="weekday", date="2025-11-21"), date=PUB),
    case("friday-future-tense", "The cabinet will meet on Friday to approve the budget.", "Friday",
         dict(kind="weekday", date="2025-11-28"), date=PUB),
    case("in-august", "Inflation peaked in August.", "August", dict(kind="date", date="2025-08-01", resolution="month"),
         date=PUB),
    case("earlier-this-year", "It listed earlier this year.", "earlier this year",
         dict(kind="date", date="2025-01-01", resolution="year"), date=PUB),
    case("last-month", "Exports fell last month.", "last month", dict(kind="date", date="2025-10-01", resolution="month"),
         date=PUB),
    case("last-year", "It lost power last year.", "last year", dict(kind="date", date="2024-01-01", resolution="year"),
         date=PUB),
]


@pytest.mark.parametrize("text,surface,want,kw", DATES)
def test_dates_and_weekdays(text, surface, want, kw):
    check(find(text, surface, **kw), want)


def test_last_week_falls_in_the_previous_week():
    q = find("The leaders met last week.", "last week", date=PUB)
    assert q.kind == "date" and q.resolution == "week"
    assert q.date.isocalendar()[:2] == dt.date(2025, 11, 17).isocalendar()[:2]


def test_stated_weekday_is_kept_on_the_date():
    q = find("It was signed on Wednesday, November 19, 2025.", "Wednesday, November 19, 2025")
    assert q.date == dt.date(2025, 11, 19) and q.weekday == 2


def test_front_matter_date_resolves_relative_dates():
    text = "---\ndate: 2025-11-25\n---\nThe leaders met on Monday.\n"
    q = find(text, "Monday")
    assert q.date == dt.date(2025, 11, 24)


# ---------------------------------------------------------------------------- physical quantities
PHYSICAL = [
    case("km-attached", "The 1,200km pipeline.", "1,200km", dict(kind="physical", value=1200, unit="kilometre")),
    case("km-spaced", "The motorway is 395 km long.", "395 km", dict(value=395, unit="kilometre")),
    case("tonnes-scaled", "It produced 5 million tonnes of wheat.", "5 million tonnes", dict(value=5e6, unit="tonne")),
    case("tonnes-m-suffix", "Exports of 4.5m tonnes.", "4.5m tonnes", dict(value=4.5e6, unit="tonne")),
    case("degree-sign-C", "It hit 45°C in Jacobabad.", "45°C", dict(value=45, unit="degree Celsius")),
    case("40C-heatwave", "Residents sweltered in a 40C heatwave.", "40C", dict(value=40, unit="degree Celsius")),
    case("40C-bare", "Temperatures reached 40C on Sunday.", "40C", dict(value=40, unit="degree Celsius")),
    case("minus-5C", "Temperatures fell to -5C overnight.", "-5C", dict(value=-5, unit="degree Celsius")),
    case("MW", "The 1,320MW plant.", "1,320MW", dict(value=1320, unit="megawatt")),
    case("megawatts-word", "It adds 4,500 megawatts.", "4,500 megawatts", dict(value=4500, unit="megawatt")),
    case("barrels-a-day", "OPEC+ cut 1.5m barrels a day.", "1.5m barrels a day",
         dict(value=1.5e6, unit="barrel per day")),
    case("100m-sprint", "He won the 100m sprint.", "100m", dict(kind="physical", value=100, unit="metre")),
    case("mm-rain", "Karachi got 120mm of rain.", "120mm", dict(value=120, unit="millimetre")),
    case("acres", "Fire burnt 5,000 acres.", "5,000 acres", dict(value=5000, unit="acre")),
    case("kmh", "Winds of 150km/h.", "150km/h", dict(value=150, unit="kilometre per hour")),
]


@pytest.mark.parametrize("text,surface,want,kw", PHYSICAL)
def test_physical(text, surface, want, kw):
    check(find(text, surface, **kw), want)


TRAPS = [
    # quantulum3 reads these as barn, metre, litre and coulomb; they are money, money, money and Celsius
    case("3.5bn-not-barn", "Trade reached $3.5bn.", "$3.5bn", dict(kind="money", unit="USD", value=3.5e9)),
    case("120m-not-metres", "The firm raised $120m.", "$120m", dict(kind="money", unit="USD", value=1.2e8)),
    case("pound-m-not-metres", "A fee of £85m.", "£85m", dict(kind="money", unit="GBP", value=8.5e7)),
    case("lakh-not-litres", "He paid Rs 10 lakh.", "Rs 10 lakh", dict(kind="money", unit="INR", value=1e6), country="IN"),
    case("bn-count-not-barn", "Population passed 1.4bn.", "1.4bn", dict(kind="number", unit=None, value=1.4e9)),
    case("40C-not-coulomb", "A 40C heatwave hit Europe.", "40C", dict(unit="degree Celsius", value=40)),
]


@pytest.mark.parametrize("text,surface,want,kw", TRAPS)
def test_quantulum_traps(text, surface, want, kw):
    check(find(text, surface, **kw), want)


def test_indian_grouping_is_one_number():
    qs = factcheck.extract("The army deployed 1,00,000 troops.")
    assert [(q.text, q.value) for q in qs] == [("1,00,000", 100000)]


def test_money_never_gets_a_physical_unit():
    text = "The firm raised $120m, Rs 10 lakh and £3.5bn; output was 2m barrels a day."
    for q in factcheck.extract(text, country="IN"):
        if q.text.startswith(("$", "Rs", "£")):
            assert q.kind == "money", q.to_dict()


# ---------------------------------------------------------------------------- non-Latin digits
NON_LATIN = [
    case("arabic-indic", "قُتل ٣٥ شخصاً.", "٣٥", dict(value=35)),
    case("extended-arabic-indic", "۳۵ نفر کشته شدند.", "۳۵", dict(value=35)),
    case("devanagari", "इस हादसे में १२३ लोग घायल हुए।", "१२३", dict(value=123)),
    case("bengali", "বন্যায় ১০০ জন মারা গেছেন।", "১০০", dict(value=100)),
    case("extended-in-money", "Cash of Rs ۵۰۰۰ was found.", "Rs ۵۰۰۰", dict(value=5000, unit="PKR"), country="PK"),
    case("arabic-indic-percent", "Inflation hit ٢٥%.", "٢٥%", dict(value=25, unit="percent")),
]


@pytest.mark.parametrize("text,surface,want,kw", NON_LATIN)
def test_non_latin_digits(text, surface, want, kw):
    check(find(text, surface, **kw), want)


# ---------------------------------------------------------------------------- written precision
PRECISION = [
    case("35.7m", "A payment of $35.7m.", "$35.7m", dict(precision=50_000)),
    case("3.5bn", "Trade of $3.5bn.", "$3.5bn", dict(precision=50_000_000)),
    case("10bn", "Trade of Rs10bn.", "Rs10bn", dict(precision=500_000_000), country="PK"),
    case("1.2k", "It drew 1.2k comments.", "1.2k", dict(precision=50)),
    case("cents", "It rose to $71.23.", "$71.23", dict(precision=0.005)),
]


@pytest.mark.parametrize("text,surface,want,kw", PRECISION)
def test_written_precision(text, surface, want, kw):
    check(find(text, surface, **kw), want)


def test_precision_gives_the_rounding_interval():
    lo, hi = find("A payment of $35.7m.", "$35.7m").bounds
    assert math.isclose(lo, 35.65e6) and math.isclose(hi, 35.75e6)


# ---------------------------------------------------------------------------- documents
def test_front_matter_date_and_country():
    doc = Document.from_text("---\ndate: 2025-11-25\ncountry: PK\n---\nTrade of Rs10bn.\n")
    assert doc.publication_date == dt.date(2025, 11, 25)
    assert doc.country == "PK"


def test_front_matter_norway_is_a_country_not_false():
    # YAML 1.1 reads an unquoted NO as False; Norwegian copy must keep its country
    doc = Document.from_text("---\ndate: 2025-11-25\ncountry: NO\nsticky: yes\ndraft: true\n---\nBody.\n")
    assert doc.country == "NO"
    assert doc.front_matter["sticky"] == "yes"
    assert doc.front_matter["draft"] is True


def test_sentence_before_the_first_is_none_not_the_front_matter():
    doc = Document.from_text("---\ndate: 2025-11-25\n---\nFirst one here. Second one here.\n")
    first, second = doc.sentences()
    assert doc.sentence_before(first[0]) is None
    assert doc.sentence_before(second[0]) == first
    assert doc.sentence_at(first[0] - 1) != first      # why sentence_before exists: this is the whole text


def test_front_matter_datetime_is_a_date():
    doc = Document.from_text("---\ndate: 2025-11-25T09:30:00+05:00\ncountry: in\n---\nBody.\n")
    assert doc.publication_date == dt.date(2025, 11, 25)
    assert doc.country == "IN"


def test_front_matter_country_resolves_rupees():
    text = "---\ndate: 2025-11-25\ncountry: LK\n---\nThe ministry spent Rs 5bn.\n"
    q = find(text, "Rs 5bn")
    assert q.unit == "LKR"


def test_front_matter_beats_arguments():
    text = "---\ncountry: PK\n---\nThe ministry spent Rs 5bn.\n"
    assert find(text, "Rs 5bn", country="IN").unit == "PKR"


def test_arguments_apply_without_front_matter():
    assert find("The ministry spent Rs 5bn.", "Rs 5bn", country="NP").unit == "NPR"


def test_bad_front_matter_is_an_input_error():
    with pytest.raises(InputError):
        Document.from_text("---\ndate: [unclosed\n---\nBody\n")
    with pytest.raises(InputError):
        Document.from_text("---\ncountry: Pakistan\n---\nBody\n")


def test_impossible_front_matter_date_names_its_line():
    # YAML reads the value as a timestamp and the calendar refuses it: a clear error, not a traceback
    with pytest.raises(InputError, match=r"line 3: .*impossible date"):
        Document.from_text("---\ntitle: Budget\ndate: 2018-19-15\n---\nBody\n")


def test_offsets_count_from_start_of_file_including_front_matter():
    text = "---\ndate: 2025-11-25\ncountry: PK\ntitle: \"Trade of $1bn\"\n---\nTrade rose to Rs10bn.\n"
    qs = factcheck.extract(text)
    assert [q.text for q in qs if q.kind == "money"] == ["Rs10bn"], "front matter is not prose"
    q = next(q for q in qs if q.text == "Rs10bn")
    assert q.start == text.index("Rs10bn") and text[q.start:q.end] == "Rs10bn"


def test_offsets_count_code_points():
    text = "Ümläüt 🎉🎉 story: trade of $3.5bn."
    q = find(text, "$3.5bn")
    assert q.start == text.index("$3.5bn")


def test_fenced_code_is_not_prose():
    text = "Trade of $1bn.\n\n```\nprice = $2bn\n```\n\n~~~python\nx = '50%'\n~~~\n\nIt rose 5%.\n"
    assert [q.text for q in factcheck.extract(text)] == ["$1bn", "5%"]


def test_inline_code_is_not_prose():
    text = "Run `cost --max $5bn` before you file; the budget is $2bn."
    assert [q.text for q in factcheck.extract(text)] == ["$2bn"]


def test_urls_are_not_prose():
    text = "See https://example.com/report-2025/$3bn-50pc?x=12 and www.example.org/10km for $4bn."
    assert [q.text for q in factcheck.extract(text)] == ["$4bn"]


def test_markdown_link_targets_are_not_prose():
    text = "The [report](https://example.com/12-day-war) says $4bn."
    assert [q.text for q in factcheck.extract(text)] == ["$4bn"]


def test_html_tags_are_not_prose():
    text = '<p class="x" data-width="300">Aid of <b>$4bn</b> arrived.</p><img width="640">'
    qs = factcheck.extract(text)
    assert [q.text for q in qs] == ["$4bn"]
    assert text[qs[0].start:qs[0].end] == "$4bn"


def test_crlf_offsets_point_into_the_original_text(tmp_path):
    text = "---\r\ndate: 2025-11-25\r\ncountry: PK\r\n---\r\nLine one.\r\nTrade rose to Rs10bn on Monday.\r\n"
    path = tmp_path / "story.md"
    path.write_bytes(text.encode("utf-8"))
    doc = Document.read(path)
    assert doc.publication_date == dt.date(2025, 11, 25) and doc.country == "PK"
    qs = factcheck.extract(text)
    q = next(q for q in qs if q.text == "Rs10bn")
    assert q.unit == "PKR" and q.start == text.index("Rs10bn")
    monday = next(q for q in qs if q.text == "Monday")
    assert monday.date == dt.date(2025, 11, 24)
    assert doc.line_col(q.start) == (6, text.split("\r\n")[5].index("Rs10bn") + 1)


def test_bom_file_reads_front_matter_and_spans(tmp_path):
    body = "---\ndate: 2025-11-25\ncountry: IN\n---\nThe outlay is Rs 1.5 lakh crore.\n"
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    doc = Document.read(path)
    assert doc.country == "IN" and doc.publication_date == dt.date(2025, 11, 25)
    from factcheck.reading import read_quantities
    q = next(q for q in read_quantities(doc) if q.kind == "money")
    assert doc.text[q.start:q.end] == q.text == "Rs 1.5 lakh crore"
    assert q.unit == "INR"


def test_bom_in_a_string_keeps_offsets_into_that_string():
    text = "\ufeff---\ncountry: PK\n---\nTrade rose to Rs10bn.\n"
    q = find(text, "Rs10bn")
    assert q.unit == "PKR" and text[q.start:q.end] == "Rs10bn"


def test_empty_file_is_an_input_error(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"  \n")
    with pytest.raises(InputError):
        Document.read(path)
