"""The pre-commit hooks (.pre-commit-hooks.yaml), run by the real pre-commit, end to end.

A snapshot of this checkout's working tree (uncommitted changes included) is
committed into a temporary repository; a temporary drafts repository points
its .pre-commit-config.yaml at that snapshot's HEAD. pre-commit builds the
hook's environment itself (a virtualenv and `pip install` of the snapshot,
from the package registry) under a temporary PRE_COMMIT_HOME, so the test
uses nothing of the developer's own pre-commit set-up. It takes ~10 s here
(most of it pip building the environment; longer on a cold package cache):
marked `slow`, and CI runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CLEAN_DRAFT
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent

CLEAN = CLEAN_DRAFT

# A hyphen in a year period (DATE005, warning) and a gap in the numbering (NUM001, error): both fixable.
BROKEN = (CLEAN.replace("2. *Requests*", "3. *Requests*").replace("2020–2023", "2020-2023")
          .replace("EB.2024/1", "EB.2024/2").replace("Decision 2024/1", "Decision 2024/2"))
FIXED = CLEAN.replace("EB.2024/1", "EB.2024/2").replace("Decision 2024/1", "Decision 2024/2")


def _git(*args: str, cwd: Path, env: dict) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _environment(tmp: Path) -> dict:
    """git and pre-commit isolated from the developer's configuration and from any enclosing git hook."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    gitconfig = tmp / "gitconfig"
    gitconfig.write_text("[user]\n\tname = undoc-lint tests\n\temail = tests@undoc-lint.invalid\n"
                         "[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    env.update(GIT_CONFIG_GLOBAL=str(gitconfig), GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_HOME=str(tmp / "pre-commit-home"),
               PRE_COMMIT_COLOR="never", NO_COLOR="1")
    env.pop("VIRTUAL_ENV", None)
    return env


def _snapshot_checkout(dest: Path, env: dict) -> str:
    """Commit the working tree of this checkout (tracked and untracked, not ignored files) into dest."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            env=env, check=True, capture_output=True).stdout
    for name in sorted({n for n in listed.decode("utf-8").split("\0") if n}):
        src = ROOT / name
        if src.is_file():  # a tracked file deleted in the working tree is left out
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    _git("init", "-q", cwd=dest, env=env)
    _git("add", "-A", cwd=dest, env=env)
    _git("commit", "-q", "-m", "snapshot of the working tree", cwd=dest, env=env)
    return _git("rev-parse", "HEAD", cwd=dest, env=env).strip()


def _pre_commit(*args: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def _out(r: subprocess.CompletedProcess) -> str:
    return f"exit {r.returncode}\n--- stdout ---\n{r.stdout}\n--- stderr ---\n{r.stderr}"


def test_manifest_declares_both_hooks():
    hooks = {h["id"]: h for h in YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    assert set(hooks) == {"undoc-lint", "undoc-lint-fix"}
    assert hooks["undoc-lint"]["args"] == ["check", "--force-exclude", "--"]
    assert hooks["undoc-lint-fix"]["args"] == ["check", "--fix", "--force-exclude", "--"]
    for hook in hooks.values():
        assert hook["entry"] == "undoc-lint" and hook["language"] == "python"
        assert hook["minimum_pre_commit_version"] and hook["require_serial"] is True
        files = re.compile(hook["files"])
        assert files.search("drafts/a.undoc.md") and files.search("b.undoc")
        assert not files.search("README.md") and not files.search("a.undoc.txt")


def test_a_draft_whose_name_begins_with_a_dash_is_linted_as_a_file(tmp_path, monkeypatch):
    # (without `--` in the hook's args, pre-commit's `-o.undoc.md` was the option -o: the
    # report went to `.undoc.md` and the draft was never linted; found by fuzzing)
    from click.testing import CliRunner

    from undoc_lint.cli import main

    hooks = {h["id"]: h for h in YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-o.undoc.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "ok.undoc.md").write_text(CLEAN, encoding="utf-8")
    r = CliRunner().invoke(main, [*hooks["undoc-lint"]["args"], "-o.undoc.md", "ok.undoc.md"])
    assert r.exit_code == 1 and "-o.undoc.md:14:1: NUM001" in r.output, r.output
    assert not (tmp_path / ".undoc.md").exists()


@pytest.mark.slow
def test_hooks_with_the_real_pre_commit(tmp_path):
    env = _environment(tmp_path)
    checkout = tmp_path / "undoc-lint"
    checkout.mkdir()
    rev = _snapshot_checkout(checkout, env)

    repo = tmp_path / "drafts-repo"
    (repo / "drafts" / "scratch").mkdir(parents=True)
    _git("init", "-q", cwd=repo, env=env)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {checkout}\n    rev: {rev}\n    hooks:\n      - id: undoc-lint-fix\n      - id: undoc-lint\n",
        encoding="utf-8")
    (repo / ".undoc-lint.yaml").write_text('exclude: ["drafts/scratch/"]\n', encoding="utf-8")
    (repo / "drafts" / "clean.undoc.md").write_text(CLEAN, encoding="utf-8")
    # Excluded by the configuration: pre-commit names it, --force-exclude skips it (else NUM001 would fail).
    (repo / "drafts" / "scratch" / "wip.undoc.md").write_text(BROKEN, encoding="utf-8")
    (repo / "notes.md").write_text("1. One\n\n3. Three\n", encoding="utf-8")  # not a draft: not passed to the hook
    _git("add", "-A", cwd=repo, env=env)

    # A clean repository passes (this run builds the hook's environment).
    r = _pre_commit("run", "undoc-lint", "--all-files", "--color", "never", cwd=repo, env=env)
    assert r.returncode == 0, _out(r)
    assert "undoc-lint" in r.stdout and "Passed" in r.stdout, _out(r)

    # A broken draft fails, with the linter's diagnostics in pre-commit's output.
    broken = repo / "drafts" / "broken.undoc.md"
    broken.write_text(BROKEN, encoding="utf-8")
    _git("add", "-A", cwd=repo, env=env)
    r = _pre_commit("run", "undoc-lint", "--all-files", "--color", "never", cwd=repo, env=env)
    assert r.returncode == 1, _out(r)
    assert "Failed" in r.stdout and "- exit code: 1" in r.stdout, _out(r)
    assert "drafts/broken.undoc.md:14:1: NUM001 [error]" in r.stdout, _out(r)
    assert "drafts/broken.undoc.md:8:77: DATE005 [warning]" in r.stdout, _out(r)
    assert "wip.undoc.md" not in r.stdout and "clean.undoc.md" not in r.stdout, _out(r)
    assert broken.read_text("utf-8") == BROKEN  # the check hook writes nothing

    # The fix hook rewrites the draft; undoc-lint exits 0 (all fixed), but pre-commit fails a hook that changed files.
    r = _pre_commit("run", "undoc-lint-fix", "--all-files", "--color", "never", cwd=repo, env=env)
    assert r.returncode == 1, _out(r)
    assert "Failed" in r.stdout and "- files were modified by this hook" in r.stdout, _out(r)
    assert "- exit code:" not in r.stdout, _out(r)  # the hook itself succeeded
    assert "Fixed 2." in r.stdout, _out(r)
    assert broken.read_text("utf-8") == FIXED
    assert (repo / "drafts" / "scratch" / "wip.undoc.md").read_text("utf-8") == BROKEN  # excluded: untouched
    assert (repo / "notes.md").read_text("utf-8") == "1. One\n\n3. Three\n"

    # A second run of both hooks passes.
    r = _pre_commit("run", "--all-files", "--color", "never", cwd=repo, env=env)
    assert r.returncode == 0, _out(r)
    assert r.stdout.count("Passed") == 2, _out(r)

    # As a git hook: a commit of a broken draft is stopped, and the fix is left in the work tree to review.
    _git("add", "-A", cwd=repo, env=env)
    _git("commit", "-q", "-m", "drafts", cwd=repo, env=env)
    r = _pre_commit("install", cwd=repo, env=env)
    assert r.returncode == 0, _out(r)
    new = repo / "drafts" / "new.undoc.md"
    new.write_text(BROKEN, encoding="utf-8")
    _git("add", "drafts/new.undoc.md", cwd=repo, env=env)
    c = subprocess.run(["git", "commit", "-m", "a new draft"], cwd=repo, env=env, capture_output=True, text=True)
    assert c.returncode != 0, _out(c)
    assert "files were modified by this hook" in c.stdout + c.stderr, _out(c)
    assert new.read_text("utf-8") == FIXED
    _git("add", "drafts/new.undoc.md", cwd=repo, env=env)
    c = subprocess.run(["git", "commit", "-m", "a new draft, fixed"], cwd=repo, env=env, capture_output=True, text=True)
    assert c.returncode == 0, _out(c)
