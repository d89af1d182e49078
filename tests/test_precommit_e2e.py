"""The real `pre-commit`, in a real git repository, using this project's hook.

The project's working tree is copied into a temporary git repository and
committed (pre-commit needs a rev); a second temporary repository — the
newsroom's — points its `.pre-commit-config.yaml` at it, installs the hook and
commits stories. pre-commit builds the hook's environment with pip, from the
package index pip is configured with. Skipped only when pre-commit or git is
missing.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit") or (str(Path(sys.executable).with_name("pre-commit"))
                                            if Path(sys.executable).with_name("pre-commit").exists() else None)
GIT = shutil.which("git")

pytestmark = [
    pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (pip install -e '.[hook]')"),
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
]

WRONG = """---
title: Pakistan and Iran sign trade accords
date: 2025-11-25
country: PK
---
# Pakistan and Iran sign trade accords

Islamabad and Tehran signed accords worth Rs10bn ($3.5bn) on Tuesday, officials said.
"""
RIGHT = WRONG.replace("($3.5bn)", "($35m)")

COPY = ("factcheck", "rules", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "LICENSE")


def git(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([GIT, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("home")
    e = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    e.update({
        "HOME": str(home),                      # no user git config or hooks leak in
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-cache")),
        "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.com",
        "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), e.get("PATH", "")]),
    })
    return e


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env) -> tuple[Path, str]:
    """A committed copy of the project's working tree (with whatever is not yet committed)."""
    repo = tmp_path_factory.mktemp("factcheck-hook")
    for name in COPY:
        src = PROJECT / name
        if src.is_dir():
            shutil.copytree(src, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.exists():
            shutil.copy2(src, repo / name)
    if not (repo / "README.md").exists():    # the build needs the readme the metadata names
        (repo / "README.md").write_text("# factcheck\n")
    assert git(repo, "init", "-q", env=env).returncode == 0
    git(repo, "add", "-A", env=env)
    done = git(repo, "commit", "-q", "-m", "hook under test", env=env)
    assert done.returncode == 0, done.stderr
    rev = git(repo, "rev-parse", "HEAD", env=env).stdout.strip()
    return repo, rev


@pytest.fixture
def newsroom(tmp_path, env, hook_repo) -> Path:
    repo, rev = hook_repo
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: factcheck\n")
    assert git(tmp_path, "init", "-q", env=env).returncode == 0
    installed = subprocess.run([PRE_COMMIT, "install"], cwd=tmp_path, env=env, capture_output=True, text=True,
                               timeout=120)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    git(tmp_path, "add", ".pre-commit-config.yaml", env=env)
    return tmp_path


def commit(repo: Path, env: dict, name: str, text: str) -> subprocess.CompletedProcess:
    (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", name, env=env)
    return git(repo, "commit", "-m", f"story {name}", env=env)


def test_precommit_blocks_wrong_conversion_and_passes_the_fix(newsroom, env):
    (newsroom / "stories").mkdir()
    blocked = commit(newsroom, env, "stories/trade.md", WRONG)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "factcheck" in output and "Failed" in output, output
    assert "FC101" in output, output
    assert git(newsroom, "log", "--oneline", env=env).returncode != 0   # nothing was committed

    passed = commit(newsroom, env, "stories/trade.md", RIGHT)
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "factcheck" in output and "Passed" in output, output
    assert "story stories/trade.md" in git(newsroom, "log", "--oneline", env=env).stdout


def test_hook_definition():
    import yaml
    hooks = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [h for h in hooks if h["id"] == "factcheck"]
    assert hook["entry"] == "factcheck check"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "text", "html"]
