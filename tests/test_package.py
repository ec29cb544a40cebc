"""From a fresh clone: the wheel installs into a clean venv and works from another directory,
with the grammar and language data inside it, and a third-party rule pack installed beside it."""

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "oecpr-2021-outcome.zh.undoc.md"

pytestmark = pytest.mark.slow


def run(cmd, cwd=None, **kw):
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, **kw)
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pkg")
    dist = tmp / "dist"
    r = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(dist), str(ROOT)])
    assert r.returncode == 0, r.stdout + r.stderr
    [wheel] = dist.glob("undoc_lint-*.whl")
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    pip = [str(bindir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    r = run(pip + [str(wheel)])
    assert r.returncode == 0, r.stdout + r.stderr
    r = run(pip + [str(ROOT / "tests" / "fixtures" / "pack")])
    assert r.returncode == 0, r.stdout + r.stderr
    return tmp, bindir, wheel


def test_wheel_contains_grammar_rules_and_language_data(installed):
    import zipfile

    _, _, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "undoc_lint/grammar/undoc.lark" in names
    assert "undoc_lint/rules/num001_operative_sequence.py" in names
    assert "undoc_lint/lang/en.yaml" in names and "undoc_lint/lang/zh.yaml" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "undoc_lint.rules" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_parse_from_another_directory(installed):
    tmp, bindir, _ = installed
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    r = run([str(bindir / "undoc-lint"), "parse", str(EXAMPLE)], cwd=elsewhere)
    assert r.returncode == 0, r.stderr
    model = json.loads(r.stdout)
    assert model["language"] == "zh" and model["diagnostics"] == []
    r = run([str(bindir / "undoc-lint"), "--version"], cwd=elsewhere)
    assert r.returncode == 0 and r.stdout.startswith("undoc-lint ")


def test_installed_pack_reports_through_the_entry_point(installed):
    tmp, bindir, _ = installed
    draft = tmp / "draft.undoc.md"
    draft.write_text("1. *Decides* TODO.\n", encoding="utf-8")
    r = run([str(bindir / "undoc-lint"), "check", "--select", "DEMO001", "--format", "json", str(draft)], cwd=tmp)
    assert r.returncode == 1, r.stdout + r.stderr
    [diag] = json.loads(r.stdout)
    assert diag["code"] == "DEMO001" and (diag["line"], diag["column"]) == (1, 14)
    r = run([str(bindir / "undoc-lint"), "rules"], cwd=tmp)
    assert "DEMO001" in r.stdout and "demo" in r.stdout
