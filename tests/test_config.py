import pytest

from factcheck.config import (DEFAULT_INCLUDE, Config, ConfigError, best_match, config_for, find_config,
                              load_config, parse_size, specificity)
from factcheck.model import Severity


@pytest.mark.parametrize("select, ignore, rule, name, selected", [
    ((), (), "FC101", "conversion.implied-rate", True),
    (("FC1",), (), "FC101", "conversion.implied-rate", True),
    (("FC1",), (), "FC201", "plausibility.trade", False),
    (("FC1",), ("FC10",), "FC101", "conversion.implied-rate", False),      # longer prefix wins
    (("FC101",), ("FC1",), "FC101", "conversion.implied-rate", True),      # exact beats prefix
    (("FC10",), ("FC10",), "FC101", "conversion.implied-rate", False),     # tie: ignore wins
    (("conversion",), (), "FC101", "conversion.implied-rate", True),       # dotted name prefix
    (("conversion",), (), "FC201", "plausibility.trade", False),
    ((), ("conversion",), "FC101", "conversion.implied-rate", False),
    (("conversion.implied-rate",), ("FC1",), "FC101", "conversion.implied-rate", True),
    ((), ("conv",), "FC101", "conversion.implied-rate", True),             # not a whole dotted part
    (("fc1",), (), "FC101", "conversion.implied-rate", True),              # ids are case-insensitive
    (("all",), ("date",), "FC301", "date.weekday", False),
    (("all",), ("date",), "FC101", "conversion.implied-rate", True),
])
def test_selection(select, ignore, rule, name, selected):
    assert Config(select=select, ignore=ignore).is_selected(rule, name) is selected


def test_specificity_orders_prefixes():
    assert specificity("FC1", "FC101") < specificity("FC10", "FC101") < specificity("FC101", "FC101")
    assert specificity("date", "FC301", "date.weekday.check") < specificity("date.weekday", "FC301", "date.weekday.check")
    assert specificity("FC2", "FC101") is None
    assert best_match(["FC1", "FC10", "conversion"], "FC101", "conversion.implied-rate")[1] == "FC10"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_found_upwards(tmp_path):
    write(tmp_path / "pyproject.toml", """
[project]
name = "newsroom"
[tool.factcheck]
select = ["FC1", "date"]
ignore = ["FC105"]
fail-on = "warning"
country = "pk"
locale = "en_PK"
exclude = ["drafts"]
max-file-size = "2MB"
[tool.factcheck.severity]
FC101 = "warning"
[tool.factcheck.options.FC101]
tolerance = 0.2
""")
    story = write(tmp_path / "stories" / "2025" / "a.md", "x")
    assert find_config(story) == tmp_path / "pyproject.toml"
    cfg = config_for(story)
    assert cfg.select == ("FC1", "date") and cfg.ignore == ("FC105",)
    assert cfg.fail_on is Severity.WARNING
    assert cfg.country == "PK" and cfg.locale == "en_PK"
    assert cfg.include == DEFAULT_INCLUDE and cfg.exclude == ("drafts",)
    assert cfg.max_file_size == 2 * 1024 * 1024
    assert cfg.severity_for("FC101", "conversion.implied-rate") is Severity.WARNING
    assert cfg.severity_for("FC102", "conversion.x") is None
    assert cfg.options_for("FC101") == {"tolerance": 0.2}


def test_pyproject_without_table_is_skipped_and_dotfile_wins(tmp_path):
    write(tmp_path / ".factcheck.toml", 'ignore = ["FC3"]\n')
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname='x'\n")
    story = write(tmp_path / "sub" / "a.md", "x")
    assert find_config(story) == tmp_path / ".factcheck.toml"
    assert config_for(story).ignore == ("FC3",)
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nignore = ['FC1']\n")
    assert find_config(story) == tmp_path / ".factcheck.toml"


def test_no_config_gives_defaults(tmp_path):
    story = write(tmp_path / "a.md", "x")
    cfg = config_for(story) if find_config(story) is None else Config()
    assert cfg.select == () and cfg.fail_on is None and cfg.max_file_size == 10 * 1024 * 1024


@pytest.mark.parametrize("body, key", [
    ("selct = ['FC1']", "selct"),
    ("select = 'FC1!'", "select"),
    ("select = [1]", "select"),
    ("fail-on = 'fatal'", "fail-on"),
    ("country = 'Pakistan'", "country"),
    ("locale = 'english please'", "locale"),
    ("max-file-size = 'huge'", "max-file-size"),
    ("packs = ['missing-pack/']", "packs"),
    ("[severity]\nFC101 = 'loud'", "severity.FC101"),
    ("[options]\nFC101 = 3", "options"),
])
def test_bad_config_names_file_and_key(tmp_path, body, key):
    path = write(tmp_path / ".factcheck.toml", body + "\n")
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert str(path) in str(e.value)
    assert f"key '{key}'" in str(e.value)


def test_bad_toml_names_file(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.factcheck\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_packs_resolved_relative_to_config(tmp_path):
    write(tmp_path / "house" / "rules.yaml", "rules: []\n")
    path = write(tmp_path / ".factcheck.toml", "packs = ['house/rules.yaml']\n")
    assert load_config(path).packs == ((tmp_path / "house" / "rules.yaml").resolve(),)


def test_configure_applies_selection_severity_and_options():
    from factcheck.packs import load_rules
    rules = load_rules()
    if not rules.rules:
        pytest.skip("no rules in the default pack yet")
    first = rules.rules[0]
    option = next(iter(first.options), None)
    cfg = Config(ignore=(first.id,))
    assert first.id not in {r.id for r in cfg.configure(rules).rules}
    cfg = Config(severity={first.id: Severity.INFO})
    assert cfg.configure(rules).by_id(first.id).severity is Severity.INFO
    if option is not None:
        cfg = Config(options={first.id: {option: first.options[option]}})
        assert cfg.configure(rules).by_id(first.id).options[option] == first.options[option]
    cfg = Config(options={first.id: {"no_such_option": 1}})
    with pytest.raises(ConfigError, match="no_such_option"):
        cfg.configure(rules)


@pytest.mark.parametrize("raw, n", [(100, 100), ("10MB", 10 * 1024**2), ("512 KiB", 512 * 1024), ("1.5k", 1536)])
def test_parse_size(raw, n):
    assert parse_size(raw) == n


@pytest.mark.parametrize("raw", ["", "ten", -1, 0, True, "5 parsecs"])
def test_parse_size_rejects(raw):
    with pytest.raises(ConfigError):
        parse_size(raw)
