"""A fraction word hyphened to another word is usually the first half of a compound
("a third-party candidate", "a quarter-final"), not a fraction; joined to a measure it
stays one ("a quarter-century", "a half-cent tax"). A fraction in words followed by the
same share in figures is an aside, not a range ("a quarter - 25% - of them")."""
import pytest

from factcheck.quantities import extract_quantities


def _read(sentence):
    return [(q.text, q.kind, round(q.value, 4)) for q in extract_quantities(sentence, sentence)]


@pytest.mark.parametrize("sentence, not_read", [
    ("A third-party candidate took 9% of the vote.", "a third"),
    ("The lender reported a third-quarter loss of $40m.", "a third-quarter"),
    ("They lost a quarter-final to Brazil.", "a quarter"),
    ("The air force ordered a fifth-generation fighter.", "a fifth-generation"),
    ("Pupils return after a half-term break.", "a half"),
])
def test_compound_is_not_a_fraction(sentence, not_read):
    assert all(not text.lower().startswith(not_read) for text, kind, value in _read(sentence)
               if kind != "ordinal"), _read(sentence)


@pytest.mark.parametrize("sentence, text, value", [
    ("It took a quarter-century to finish.", "a quarter-century", 0.25),
    ("Voters approved a half-cent sales tax.", "a half-cent", 0.005),
    ("About a third of voters stayed home.", "a third", 0.3333),
    ("Between a quarter and a third of the crop was lost.", "Between a quarter and a third", 0.2917),
])
def test_fractions_stay_fractions(sentence, text, value):
    assert any(t.lower().endswith(text.lower()) and abs(v - value) < 1e-3 for t, kind, v in _read(sentence)), _read(sentence)


@pytest.mark.parametrize("sentence", [
    "A quarter - 25% - of the staff left.",
    "Nearly a third - about 40% by some counts - of households rent.",
])
def test_aside_after_a_dash_is_not_a_range(sentence):
    assert not any(kind == "percent" and "-" in text for text, kind, value in _read(sentence)), _read(sentence)


def test_ordinal_in_a_compound_keeps_its_rank():
    assert ("third", "ordinal", 3.0) in _read("They finished with a third-place finish.")
