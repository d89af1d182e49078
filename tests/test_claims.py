"""Relations between figures: pairs, changes, shares, breakdowns, majorities, multiples."""
from __future__ import annotations

from factcheck.claims import precision_of, relations
from factcheck.document import Document
from factcheck.engine import build_story


def rel(text, date="2025-06-10", country="PK"):
    story = build_story(Document.from_text(text, date=date, country=country))
    return story, relations(story)


def texts(story, *qs):
    return tuple(q.text if q is not None else None for q in qs)


def test_relations_are_cached_per_story():
    story, r = rel("Rs716bn ($2.55bn).")
    assert relations(story) is r and story.cache["claims.relations"] is r


def test_paired_amounts():
    for text, pair in [("It costs Rs716bn ($2.55bn).", ("Rs716bn", "$2.55bn")),
                       ("It costs Rs716bn, or about $2.55bn, a year.", ("Rs716bn", "about $2.55bn")),
                       ("It costs Rs716bn, equivalent to $2.55bn.", ("Rs716bn", "$2.55bn")),
                       ("It costs Rs716bn or $2.55bn.", ("Rs716bn", "$2.55bn"))]:
        story, r = rel(text)
        assert [texts(story, p.first, p.second) for p in r.pairs] == [pair], text


def test_same_currency_amounts_are_not_a_pair():
    _, r = rel("A fine of $500 or $1,000.", country="US")
    assert r.pairs == ()


def test_change_from_to_with_rate():
    story, r = rel("Exports rose from $2.1bn to $2.8bn, an increase of 12%.")
    [c] = r.changes
    assert texts(story, c.old, c.new, c.rate) == ("$2.1bn", "$2.8bn", "12%") and c.direction == 1


def test_change_to_from_reversed():
    story, r = rel("Sales fell 25% to $300m from $350m.")
    [c] = r.changes
    assert texts(story, c.old, c.new, c.rate) == ("$350m", "$300m", "25%") and c.direction == -1


def test_two_changes_in_one_sentence_are_two_clauses():
    story, r = rel("Labour fell to 39.9% from 41.2%, a drop of 2.4 percentage points, while the "
                   "Conservatives rose 0.8 points to 20.1% from 19.3%.")
    first, second = r.changes
    assert texts(story, first.old, first.new, first.rate) == ("41.2%", "39.9%", "2.4 percentage points")
    assert texts(story, second.old, second.new, second.delta) == ("19.3%", "20.1%", "0.8")
    assert second.delta_points


def test_market_move():
    story, r = rel("The index gained 2,412 points, or 3.1pc, to close at 161,820.")
    [c] = r.changes
    assert texts(story, c.delta, c.rate, c.new) == ("2,412", "3.1pc", "161,820") and c.direction == 1


def test_factor_change():
    story, r = rel("Cases tripled from 31 to 62.")
    [c] = r.changes
    assert c.factor == 3.0 and texts(story, c.old, c.new) == ("31", "62")
    assert story.doc.text[c.factor_span.start:c.factor_span.end] == "tripled"


def test_years_are_not_change_figures():
    _, r = rel("Sales rose 20% from 2019 to 2024.")
    assert all(c.old is None and c.new is None for c in r.changes)


def test_shares():
    story, r = rel("The party won 240 of 543 seats, or 48 per cent.")
    [s] = r.shares
    assert texts(story, s.part, s.whole, s.percent) == ("240", "543", "48 per cent")
    story, r = rel("Of the 920 damaged monuments, 851 have been rebuilt, or 92.5 per cent.")
    [s] = r.shares
    assert texts(story, s.part, s.whole, s.percent) == ("851", "920", "92.5 per cent")


def test_breakdown_and_nested_parts():
    story, r = rel("Of the 64 passengers, 38 were men and 31 were women.")
    [b] = r.breakdowns
    assert texts(story, b.whole, *b.parts) == ("64", "38", "31")
    assert [story.doc.text[s.start:s.end] for s in b.part_spans] == ["38 were men", "31 were women"]
    _, r = rel("Of the 64 passengers, 52 survived, 19 of whom were admitted to hospital.")
    assert r.breakdowns == ()


def test_majority_and_its_negation():
    story, r = rel("The alliance won 340 of the 543 seats, a two-thirds majority.")
    [m] = r.majorities
    assert m.fraction == 2 / 3 and texts(story, m.seats, m.total) == ("340", "543")
    _, r = rel("The alliance won 340 of the 543 seats, short of a two-thirds majority.")
    assert r.majorities == ()


def test_comparison():
    story, r = rel("The Congress won 99 seats, nearly double the 52 it won.")
    [c] = r.comparisons
    assert c.factor == 2.0 and c.hedge == "nearly" and texts(story, c.figure, c.base) == ("99", "52")


def test_precision_as_written():
    story, _ = rel("It was $115m, 3.1pc, 48 per cent, 2,412 and Rs32.4bn.")
    by_text = {q.text: precision_of(q) for q in story.quantities}
    assert by_text["$115m"] == 500_000
    assert abs(by_text["3.1pc"] - 0.05) < 1e-9
    assert by_text["48 per cent"] == 0.5
    assert by_text["2,412"] == 0


def test_rate_notation_and_rate_brackets_are_not_pairs():
    for text, date, country in [("The naira fetched N470/$1 on the parallel market.", "2021-04-01", "NG"),
                                ("It cost Tk 9,450 crore (1 US dollar is Tk 85.90).", "2021-08-01", "BD"),
                                ("About R412bn (21 cents of each rand) goes to debt.", "2024-02-22", "ZA"),
                                ("It cost Rs 1,200 crore ($144 million; €133 million).", "2024-11-05", "IN")]:
        _, r = rel(text, date=date, country=country)
        assert r.pairs == (), text
    story, r = rel("It cost Rs 1,200 crore (about $144 million at current rates).", country="IN")
    assert [texts(story, p.first, p.second) for p in r.pairs] == [("Rs 1,200 crore", "about $144 million")]


def test_level_then_change():
    story, r = rel("The pass rate was 82.1% this year, up from 78.4% last year, a gain of 5.7 percentage points.")
    [c] = r.changes
    assert texts(story, c.old, c.new, c.rate) == ("78.4%", "82.1%", "5.7 percentage points") and c.direction == 1
    story, r = rel("Exports reached $2.8bn, up 21% from $2.5bn last year.")
    [c] = r.changes
    assert texts(story, c.old, c.new, c.rate) == ("$2.5bn", "$2.8bn", "21%")


def test_compared_with_needs_a_time():
    story, r = rel("Exports rose 21% to $2.8bn, compared with $2.5bn a year earlier.")
    [c] = r.changes
    assert texts(story, c.old, c.new, c.rate) == ("$2.5bn", "$2.8bn", "21%")
    story, r = rel("Exports rose 21% to $2.8bn, compared with $2.5bn for imports.")
    assert all(c.old is None for c in r.changes)


def test_price_levels_and_against():
    story, r = rel("Gold fell by $4 and was sold at $1,703 against its sale at $1,807.", country="US")
    [c] = r.changes
    assert texts(story, c.delta, c.new, c.old) == ("$4", "$1,703", "$1,807") and c.direction == -1


def test_market_move_phrasings():
    for text, parts in [("The Sensex closed at 74,000, down 600 points or 0.8%.", ("600", "0.8%", "74,000", -1)),
                        ("The Sensex ended 600 points, or 0.8%, lower at 74,000.", ("600", "0.8%", "74,000", -1)),
                        ("The BIST 100 posted a gain of 312.40 points to 16,890.21, or 1.9%.",
                         ("312.40", "1.9%", "16,890.21", 1))]:
        story, r = rel(text)
        [c] = r.changes
        assert (*texts(story, c.delta, c.rate, c.new), c.direction) == parts, text


def test_joined_readings_are_split():
    story, r = rel("Only 240 out of 543 MPs (44%) voted for the bill.", country="IN")
    [s] = r.shares
    assert texts(story, s.part, s.whole, s.percent) == ("240", "543", "44%")
    story, r = rel("Exports fell by $500m to $2.2bn from $2.5bn.")
    [c] = r.changes
    assert texts(story, c.delta, c.new, c.old) == ("$500m", "$2.2bn", "$2.5bn")


def test_percent_of_whole_then_part():
    story, r = rel("Nearly 82% of the 38,350 candidates, or 31,482, passed.", country="KE")
    [s] = r.shares
    assert texts(story, s.part, s.whole, s.percent) == ("31,482", "38,350", "Nearly 82%")


def test_lost_majority_is_not_claimed():
    for text in ["The ANC will hold 159 of the 400 seats after losing its outright majority.",
                 "The ANC lost its outright majority, winning 159 of 400 seats.",
                 "The coalition won 201 of 336 seats but was denied a two-thirds majority."]:
        _, r = rel(text, country="ZA")
        assert r.majorities == (), text
