"""Rule packs: every mistake in a pack is a PackError naming file:line:column."""
from __future__ import annotations

import textwrap

import pytest

from factcheck.packs import PackError, load_pack, load_pack_file, load_rules, render, template_fields

GOOD_RULE = """\
rules:
  - id: FC901
    name: conversion.test-rule
    type: conversion
    category: conversion
    severity: warning
    message: "{converted} should be about {expected}"
    options:
      tolerance: 0.2
    description: A test rule.
    examples:
      bad:
        - text: "Rs716bn ($25.4bn)"
          date: 2025-06-10
          country: PK
      good:
        - "Rs716bn ($2.55bn)"
"""


def write(tmp_path, text: str, name: str = "pack.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_good_pack_loads_with_defaults_and_examples(tmp_path):
    [rule] = load_pack_file(write(tmp_path, GOOD_RULE))
    assert rule.id == "FC901" and rule.severity.value == "warning"
    assert rule.options == {"tolerance": 0.2, "hedge_tolerance": 0.10, "tolerance_by_currency": {}}
    assert rule.examples["bad"][0]["country"] == "PK"
    assert str(rule.examples["bad"][0]["date"]) == "2025-06-10"
    assert rule.examples["good"][0]["text"] == "Rs716bn ($2.55bn)"
    assert rule.source.endswith("pack.yaml:2:5")


def test_integer_option_is_accepted_for_a_float(tmp_path):
    [rule] = load_pack_file(write(tmp_path, GOOD_RULE.replace("tolerance: 0.2", "tolerance: 1")))
    assert rule.options["tolerance"] == 1.0 and isinstance(rule.options["tolerance"], float)


def test_a_folder_is_a_pack(tmp_path):
    write(tmp_path, GOOD_RULE, "a.yaml")
    write(tmp_path, GOOD_RULE.replace("FC901", "FC902"), "b.yaml")
    (tmp_path / "notes.txt").write_text("not a pack")
    assert [r.id for r in load_pack(tmp_path)] == ["FC901", "FC902"]


# (what to change in GOOD_RULE, expected line, words the message must contain)
BAD_PACKS = [
    pytest.param(("    severity: warning\n", "    severity: warning\n    colour: red\n"), 7, "unknown key 'colour'",
                 id="unknown-key"),
    pytest.param(("      tolerance: 0.2\n", "      tolerance: 0.2\n      speed: 3\n"), 10, "unknown key 'speed'",
                 id="unknown-option"),
    pytest.param(("tolerance: 0.2", "tolerance: high"), 9, "'tolerance' must be a number", id="option-wrong-type"),
    pytest.param(("tolerance: 0.2", "tolerance: true"), 9, "must be a number", id="option-bool-for-float"),
    pytest.param(("type: conversion", "type: telepathy"), 4, "unknown rule type 'telepathy'", id="unknown-type"),
    pytest.param(("category: conversion", "category: spelling"), 5, "unknown category", id="unknown-category"),
    pytest.param(("severity: warning", "severity: fatal"), 6, "severity", id="bad-severity"),
    pytest.param(("id: FC901", "id: X1"), 2, "FC and three digits", id="bad-id"),
    pytest.param(("name: conversion.test-rule", "name: Test Rule"), 3, "dotted", id="bad-name"),
    pytest.param(('message: "{converted} should be about {expected}"', 'message: "{converted.__class__}"'), 7,
                 "attribute or index", id="template-attribute"),
    pytest.param(('message: "{converted} should be about {expected}"', 'message: "{converted[0]}"'), 7,
                 "attribute or index", id="template-index"),
    pytest.param(('message: "{converted} should be about {expected}"', 'message: "{nonsense}"'), 7,
                 "does not give", id="template-unknown-field"),
    pytest.param(('message: "{converted} should be about {expected}"', 'message: "{converted!r}"'), 7,
                 "conversions", id="template-conversion"),
    pytest.param(("        - text: \"Rs716bn ($25.4bn)\"\n", "        - txt: \"Rs716bn ($25.4bn)\"\n"), 13,
                 "unknown key 'txt'", id="example-unknown-key"),
    pytest.param(("      good:\n", "      fine:\n"), 16, "unknown key 'fine'", id="examples-unknown-kind"),
    pytest.param(("          date: 2025-06-10", "          date: last week"), 14, "date", id="example-bad-date"),
    pytest.param(("    message: \"{converted} should be about {expected}\"\n", ""), 2, "missing 'message'",
                 id="missing-key"),
    pytest.param(("    severity: warning\n", "    severity: warning\n    severity: error\n"), 7, "given twice",
                 id="repeated-key"),
    pytest.param(("    description: A test rule.", "    description: [a, list]"), 10, "'description' must be a string",
                 id="description-wrong-type"),
]


@pytest.mark.parametrize(("change", "line", "words"), BAD_PACKS)
def test_bad_pack_names_file_and_line(tmp_path, change, line, words):
    old, new = change
    assert old in GOOD_RULE
    path = write(tmp_path, GOOD_RULE.replace(old, new))
    with pytest.raises(PackError) as e:
        load_pack_file(path)
    assert str(e.value).startswith(f"{path}:{line}:"), str(e.value)
    assert words in str(e.value)


def test_malformed_yaml_names_file_and_line(tmp_path):
    path = write(tmp_path, "rules:\n  - id: FC901\n    name: [unclosed\n    type: conversion\n")
    with pytest.raises(PackError) as e:
        load_pack_file(path)
    assert str(e.value).startswith(f"{path}:4:") and "malformed YAML" in str(e.value)


def test_a_pack_file_must_hold_a_rules_list(tmp_path):
    path = write(tmp_path, "rules: {id: FC901}\n")
    with pytest.raises(PackError) as e:
        load_pack_file(path)
    assert str(e.value).startswith(f"{path}:1:")
    path = write(tmp_path, "rulez: []\n", "other.yaml")
    with pytest.raises(PackError, match=r"other.yaml:1:1: unknown key 'rulez'"):
        load_pack_file(path)


def test_duplicate_id_across_packs_names_the_second_and_the_first(tmp_path):
    first = write(tmp_path, GOOD_RULE, "a.yaml")
    second = write(tmp_path, "# another pack\n" + GOOD_RULE, "b.yaml")
    with pytest.raises(PackError) as e:
        load_rules([first, second], core=False)
    assert str(e.value).startswith(f"{second.resolve()}:3:")
    assert "duplicate rule id FC901" in str(e.value) and "a.yaml:2" in str(e.value)


def test_duplicate_of_a_core_rule_id(tmp_path):
    path = write(tmp_path, GOOD_RULE.replace("FC901", "FC101"))
    with pytest.raises(PackError, match="duplicate rule id FC101"):
        load_rules([path])


def test_missing_pack_is_an_error(tmp_path):
    with pytest.raises(PackError, match="no such rule pack"):
        load_pack(tmp_path / "nowhere")


def test_extra_pack_adds_rules_and_load_is_cached(tmp_path):
    path = write(tmp_path, GOOD_RULE)
    rules = load_rules([path])
    assert "FC901" in {r.id for r in rules} and "FC101" in {r.id for r in rules}
    assert load_rules([path]) is rules


def test_default_pack_has_unique_ids_descriptions_and_examples():
    rules = load_rules()
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        if rule.type in ("conversion", "arithmetic", "date"):
            assert rule.description, rule.id
            assert rule.examples["bad"] and rule.examples["good"], rule.id


@pytest.mark.parametrize("template", ["{a.b}", "{a[0]}", "{0}", "{}", "{a!r}", "{a:{b}}", "{a:>{width}}"])
def test_unsafe_templates_are_rejected(template):
    with pytest.raises(ValueError):
        template_fields(template)


def test_render_fills_fields_and_marks_missing_ones():
    assert template_fields("{a} and {b:.1f}") == ["a", "b"]
    assert render("{a} and {b:.1f} and {c}", {"a": "x", "b": 2.25}) == "x and 2.2 and ?"
    assert render("{{literal}} {a}", {"a": 1}) == "{literal} 1"
