"""No code from the documents: nothing in a draft or in a drafts repository
makes undoc-lint import or execute code. YAML is read without Python tags;
rule packs come only from installed entry points."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from undoc_lint.cli import main
from undoc_lint.runner import Linter

EXE = Path(sys.executable).parent / "undoc-lint"

PAYLOADS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/name:os.system",
    "!!python/module:os",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_front_matter_tags_construct_nothing(tmp_path, payload):
    marker = tmp_path / "PWNED"
    text = f"---\nlanguage: en\nsymbol: {payload.format(marker=marker)}\n---\n\n1. One.\n"
    _, diags = Linter().lint_text(text, "d.undoc.md")
    assert not marker.exists()
    assert not [d for d in diags if d.code.startswith("ENG")]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_configuration_tags_construct_nothing(tmp_path, payload):
    marker = tmp_path / "PWNED"
    (tmp_path / ".undoc-lint.yaml").write_text(f"select: {payload.format(marker=marker)}\n", encoding="utf-8")
    f = tmp_path / "d.undoc.md"
    f.write_text("1. One.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(f)])
    assert not marker.exists()
    assert r.exit_code in (0, 1, 2) and "Traceback" not in r.output


def _evil_repo(tmp_path: Path, marker: Path) -> Path:
    """A drafts repository that tries to smuggle in a rule pack: a module and a fake
    installed distribution whose entry point names it, and a configuration asking for it."""
    repo = tmp_path / "drafts"
    repo.mkdir()
    payload = f"import pathlib\npathlib.Path({str(marker)!r}).write_text('imported')\nRULES = []\n"
    (repo / "evil.py").write_text(payload, encoding="utf-8")
    (repo / "undoc_lint_evil.py").write_text(payload, encoding="utf-8")
    dist = repo / "evil-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[undoc_lint.rules]\nevil = evil\n", encoding="utf-8")
    (repo / "conftest.py").write_text(payload, encoding="utf-8")
    (repo / "d.undoc.md").write_text("1. One.\n", encoding="utf-8")
    return repo


@pytest.mark.skipif(not EXE.exists(), reason="needs the console script")
@pytest.mark.parametrize("how", ["console script", "python -m"])
def test_a_drafts_repository_cannot_bring_its_own_rule_pack(tmp_path, how):
    marker = tmp_path / "PWNED"
    repo = _evil_repo(tmp_path, marker)
    cmd = [str(EXE)] if how == "console script" else [sys.executable, "-m", "undoc_lint"]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH")}
    r = subprocess.run(cmd + ["check", "d.undoc.md"], cwd=repo, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert not marker.exists(), f"{how}: a module in the drafts repository was imported"
    # a configuration naming it does not make it load either: it is "not installed"
    (repo / ".undoc-lint.yaml").write_text("plugins: [evil]\n", encoding="utf-8")
    r = subprocess.run(cmd + ["check", "d.undoc.md"], cwd=repo, capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "not installed" in r.stderr and "evil" in r.stderr
    assert not marker.exists()


def test_directives_and_config_values_are_never_evaluated(tmp_path):
    marker = tmp_path / "PWNED"
    code = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    (tmp_path / ".undoc-lint.yaml").write_text(f"options:\n  NUM001: {{scope: \"{code}\"}}\n", encoding="utf-8")
    f = tmp_path / "d.undoc.md"
    f.write_text(f"<!-- undoc-lint: disable {code} -->\n1. One.\n", encoding="utf-8")
    CliRunner().invoke(main, ["check", str(f)])
    CliRunner().invoke(main, ["check", "--config", str(tmp_path / ".undoc-lint.yaml"), str(f)])
    assert not marker.exists()
