"""The result cache of `undoc-lint check` (undoc_lint.resultcache): a warm run
prints exactly what a cold one prints, in every format; everything that can
change the diagnostics invalidates; it is best effort and never used for
stdin, --fix, --diff or --debug."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from click.testing import CliRunner

import undoc_lint
from undoc_lint import resultcache, runner
from undoc_lint.batch import Job, run_files
from undoc_lint.cli import main
from undoc_lint.config import ConfigError, clear_caches, load_config
from undoc_lint.diagnostics import Diagnostic
from undoc_lint.registry import load_registry
from undoc_lint.runner import Overrides, Session

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BAD = "1. One.\n\n3. Three.[^1]\n\n[^1]: A/75/1.\n"  # NUM001 at 3:1 (fixable)


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch) -> Path:
    """This test's own cache directory (never the user's), with the cache on."""
    monkeypatch.setenv("UNDOC_LINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("UNDOC_LINT_NO_CACHE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    clear_caches()
    return tmp_path / "cache" / "undoc-lint" / "results"


def entries(cache: Path) -> dict[str, int]:
    """Every entry and its modification time."""
    return {str(p): p.stat().st_mtime_ns for p in sorted(cache.glob("*/*.json"))} if cache.exists() else {}


class Lints:
    """Counts the files that are really linted (Linter.lint_path); `boom` makes linting fail."""

    def __init__(self, monkeypatch):
        self.paths: list[str] = []
        self.boom = False
        real = runner.Linter.lint_path

        def counting(linter, path, extra_ignore=None):
            if self.boom:
                raise AssertionError(f"{path} was linted, not read from the cache")
            self.paths.append(os.path.basename(path))
            return real(linter, path, extra_ignore)

        monkeypatch.setattr(runner.Linter, "lint_path", counting)

    def take(self) -> list[str]:
        out, self.paths = sorted(self.paths), []
        return out


@pytest.fixture
def lints(monkeypatch) -> Lints:
    return Lints(monkeypatch)


def run(*args, input=None):
    r = CliRunner().invoke(main, ["check", *map(str, args)], input=input)
    assert r.exit_code in (0, 1), r.output
    return r


@pytest.fixture(scope="module")
def odd_files(tmp_path_factory) -> Path:
    """Files whose output exercises the Source: BOM, CRLF, lone CR, tabs, CJK, a long line, invalid UTF-8."""
    d = tmp_path_factory.mktemp("odd")
    (d / "bom.undoc.md").write_bytes("\ufeff1. Un.\r\n\r\n3. Trois 2021-2023.\r\n".encode("utf-8"))
    (d / "cr.undoc.md").write_bytes(b"1. One.\r\r3. Three.\r")
    (d / "tabs.undoc.md").write_text("(a)\tOne;\n\n(c)\t\u6587\u672c Three.[^1]\n", encoding="utf-8")
    (d / "long.undoc.md").write_text("1. " + "word " * 120 + "29 June\u20131 July 2021.\n\n3. x.\n", encoding="utf-8")
    (d / "bad.undoc.md").write_bytes(b"1. One \xff.\n")
    (d / "clean.undoc.md").write_text("1. One.\n", encoding="utf-8")
    return d


FORMATS = [
    ["--format", "text"], ["--format", "concise"], ["--format", "json"], ["--format", "sarif"],
    ["--format", "github"], ["--format", "junit"], ["--statistics"], ["--quiet"],
    ["--format", "json", "--jobs", "2"], ["--format", "text", "--ignore-directives"],
]


@pytest.mark.parametrize("options", FORMATS, ids=lambda o: " ".join(o))
def test_warm_run_prints_exactly_what_a_cold_run_prints(options, cache, lints, odd_files):
    from undoc_lint.files import collect_files

    paths = [EXAMPLES, odd_files]
    files = collect_files(list(map(str, paths)))
    assert len(files) > 35
    cold = run(*options, *paths)
    stored = entries(cache)
    assert len(stored) == len(files) - 1  # all but the invalid UTF-8 file (not stored: see resultcache)
    lints.take()

    warm = run(*options, *paths)
    assert lints.take() == ["bad.undoc.md"]  # nothing else is linted again
    assert (warm.stdout, warm.stderr, warm.exit_code) == (cold.stdout, cold.stderr, cold.exit_code)
    assert entries(cache) == stored  # hits write nothing

    fresh = run("--no-cache", *options, *paths)
    assert (fresh.stdout, fresh.exit_code) == (cold.stdout, cold.exit_code)


def test_the_report_has_source_lines_carets_and_fixes_from_the_cache(tmp_path, lints):
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    cold = run(f)
    warm = run(f)
    assert lints.take() == ["d.undoc.md"]
    assert warm.output == cold.output and "  3. Three.[^1]\n  ^^\n  help: " in warm.output
    for fmt in ("json", "sarif"):
        assert run("--format", fmt, f).output == run("--no-cache", "--format", fmt, f).output
    assert lints.take() == ["d.undoc.md"] * 2  # the --no-cache runs only


def test_what_invalidates(tmp_path, cache, lints, monkeypatch):
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    config = tmp_path / ".undoc-lint.yaml"

    def again(*options, expect):
        clear_caches()  # (a long-lived process would not see edits to configuration files)
        first = run("--format", "json", *options, f)
        assert lints.take() == (["d.undoc.md"] if expect else []), options
        second = run("--format", "json", *options, f)
        assert lints.take() == [] and second.output == first.output
        return json.loads(first.output)

    assert "NUM001" in [d["code"] for d in again(expect=True)]
    again(expect=False)
    f.write_text(BAD.replace("One", "Uno"), encoding="utf-8")  # the file's bytes
    again(expect=True)
    config.write_text("ignore: [NUM001]\n", encoding="utf-8")  # the configuration
    assert "NUM001" not in [d["code"] for d in again(expect=True)]
    config.write_text("ignore: [NUM001]  # a comment only\n", encoding="utf-8")  # same settings: same entry
    again(expect=False)
    config.write_text("severity: {NUM001: info}\n", encoding="utf-8")  # a severity
    assert {d["code"]: d["severity"] for d in again(expect=True)}["NUM001"] == "info"
    config.write_text("options:\n  NUM001: {scope: document}\n", encoding="utf-8")  # a rule option
    again(expect=True)
    config.write_text("per-file-ignores:\n  'd.*': [NUM]\n", encoding="utf-8")  # per-file-ignores
    assert "NUM001" not in [d["code"] for d in again(expect=True)]
    config.write_text("language: fr\nfail-on: error\nexclude: [x/]\n", encoding="utf-8")
    again(expect=True)
    config.write_text("language: fr\n", encoding="utf-8")  # fail-on and exclude do not change diagnostics
    again(expect=False)
    again("--select", "NUM", expect=True)  # command-line options
    again("--language", "en", expect=True)
    again("--ignore-directives", expect=True)
    monkeypatch.setattr(undoc_lint, "__version__", undoc_lint.__version__ + ".post1")  # the version
    again(expect=True)
    monkeypatch.chdir(tmp_path)  # the path as reported (diagnostics carry it)
    rel = CliRunner().invoke(main, ["check", "--format", "json", "d.undoc.md"])
    assert lints.take() == ["d.undoc.md"] and {d["path"] for d in json.loads(rel.output)} == {"d.undoc.md"}


@pytest.fixture
def pack(tmp_path, monkeypatch):
    """A copy of the demo rule pack, importable."""
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "tests" / "fixtures" / "pack", pack, ignore=shutil.ignore_patterns("build", "*.egg-info"))
    monkeypatch.syspath_prepend(str(pack))
    sys.modules.pop("undoc_lint_demo_pack", None)
    yield pack
    sys.modules.pop("undoc_lint_demo_pack", None)


def test_code_of_a_rule_pack_invalidates_without_a_version_change(tmp_path, pack, lints):
    """An editable install: the pack's module changes, its version does not."""
    reg = load_registry([EntryPoint(name="demo", value="undoc_lint_demo_pack", group="undoc_lint.rules")])
    f = tmp_path / "d.undoc.md"
    f.write_text("1. *Decides* TODO.\n", encoding="utf-8")
    job = Job(cache=True)

    def once() -> list[str]:  # (DEMO002 always crashes: ENG001 results are not stored)
        [result] = run_files(Session(Overrides(select=["DEMO001", "NUM"]), registry=reg), [str(f)], job, 1)
        return [d.code for d in result.diagnostics]

    assert "DEMO001" in once() and lints.take() == ["d.undoc.md"]
    assert "DEMO001" in once() and lints.take() == []
    release, code = resultcache.environment(reg)
    module = pack / "undoc_lint_demo_pack.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert resultcache.environment(reg) != (release, code) and resultcache.environment(reg)[0] == release
    assert "DEMO001" in once() and lints.take() == ["d.undoc.md"]


def test_never_for_stdin_fix_diff_or_debug(tmp_path, cache, lints):
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    for _ in range(2):
        run("-", "--stdin-filename", str(f), input=BAD)
    assert not entries(cache)
    run("--diff", f)
    run("--debug", f)
    assert not entries(cache) and lints.take() == ["d.undoc.md"] * 2
    run(f)  # fills the cache ...
    assert len(entries(cache)) == 1 and lints.take() == ["d.undoc.md"]
    run("--debug", f)  # ... which --debug, --diff and --fix do not read: they run the rules
    run("--diff", f)
    assert lints.take() == ["d.undoc.md"] * 2
    r = run("--fix", f)
    assert "Fixed" in r.output and f.read_text(encoding="utf-8").startswith("1. One.\n\n2. Three.")
    r = run(f)  # the fixed file is another content: linted, not the old result
    assert lints.take() == ["d.undoc.md"] * 2 and "NUM001" not in r.output


def test_turned_off(tmp_path, cache, lints, monkeypatch):
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    run("--no-cache", f)
    monkeypatch.setenv("UNDOC_LINT_NO_CACHE", "1")
    run(f)
    assert not entries(cache) and lints.take() == ["d.undoc.md"] * 2
    monkeypatch.setenv("UNDOC_LINT_NO_CACHE", "0")  # 0 (or false, no, off, empty) is not "no cache"
    run(f)
    run(f)
    assert len(entries(cache)) == 1 and lints.take() == ["d.undoc.md"]
    (tmp_path / ".undoc-lint.yaml").write_text("cache: false\n", encoding="utf-8")
    clear_caches()
    run(f)
    run(f)
    assert lints.take() == ["d.undoc.md"] * 2
    (tmp_path / "pyproject.toml").write_text("[tool.undoc-lint]\ncache = true\n", encoding="utf-8")
    (tmp_path / ".undoc-lint.yaml").unlink()
    clear_caches()
    run(f)
    assert lints.take() == []


@pytest.mark.parametrize("text", ["cache: no\n", "cache: 0\n", "cache: [x]\n"])
def test_cache_key_is_validated(tmp_path, text):
    config = tmp_path / ".undoc-lint.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="`cache` must be true or false"):
        load_config(str(config))
    doc = tmp_path / "d.undoc.md"
    doc.write_text(BAD, encoding="utf-8")
    assert CliRunner().invoke(main, ["check", str(doc)]).exit_code == 2


def test_corrupt_foreign_and_unwritable_entries_only_cost_time(tmp_path, cache, lints, monkeypatch):
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    good = run(f)
    [entry] = entries(cache)
    valid = json.loads(Path(entry).read_bytes())
    assert lints.take() == ["d.undoc.md"]
    for junk in (b"", b"{not json", b"\xff\xfe", b'{"check": "0"}', b"[1, 2]",
                 json.dumps({**valid, "diagnostics": [["x"]]}).encode(),
                 json.dumps({**valid, "check": "0" * 64}).encode()):
        Path(entry).write_bytes(junk)
        assert run(f).output == good.output and lints.take() == ["d.undoc.md"], junk
        assert json.loads(Path(entry).read_bytes()) == valid  # rewritten
    assert run(f).output == good.output and lints.take() == []
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("UNDOC_LINT_CACHE_DIR", str(blocked))
    assert run(f).output == good.output and run(f).output == good.output
    assert lints.take() == ["d.undoc.md"] * 2


def test_a_file_that_changes_while_linted_is_not_stored(tmp_path, cache, monkeypatch):
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    real = runner.Linter.lint_path

    def edited_meanwhile(linter, path, extra_ignore=None):
        Path(path).write_text("1. Changed.\n", encoding="utf-8")
        return real(linter, path, extra_ignore)

    monkeypatch.setattr(runner.Linter, "lint_path", edited_meanwhile)
    run(f)
    assert not entries(cache)  # what was linted is not the content the key was computed from


def test_results_with_engine_errors_are_not_stored(tmp_path, cache, monkeypatch):
    cls = load_registry().rules["NUM001"]

    def crash(self, doc):
        raise RuntimeError("transient")

    monkeypatch.setattr(cls, "check", crash)
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    assert "ENG001" in run(f).output
    assert not entries(cache)


def test_workers_store_and_the_parent_reads(tmp_path, cache, lints):
    for i in range(40):
        (tmp_path / f"d{i:02}.undoc.md").write_text(f"1. One.\n\n{3 + i % 3}. Three.[^{i % 2 + 1}]\n", encoding="utf-8")
    cold = run("--format", "json", "--jobs", "2", tmp_path)
    assert len(entries(cache)) == 40  # written by the workers (their lint_path is not counted here)
    lints.boom = True
    warm = run("--format", "json", "--jobs", "1", tmp_path)
    assert warm.output == cold.output
    (tmp_path / "d07.undoc.md").write_text("1. Changed.\n\n3. x.\n", encoding="utf-8")
    lints.boom = False
    again = run("--format", "json", "--jobs", "2", tmp_path)
    assert lints.take() == ["d07.undoc.md"]  # one miss: linted in this process, no workers started
    assert [d for d in json.loads(again.output) if not d["path"].endswith("d07.undoc.md")] == \
        [d for d in json.loads(cold.output) if not d["path"].endswith("d07.undoc.md")]


def test_one_entry_per_file_and_settings(tmp_path, cache):
    f = tmp_path / "d.undoc.md"
    for i in range(3):
        f.write_text(BAD + f"\n{i + 4}. More.\n", encoding="utf-8")
        run(f)
    assert len(entries(cache)) == 1  # an edit replaces the entry: the cache does not grow with edits
    run("--select", "NUM", f)
    assert len(entries(cache)) == 2


def test_other_releases_unused_for_long_are_pruned(tmp_path, cache):
    old, recent = cache / "0123456789abcdef0123", cache / "fedcba9876543210fedc"
    for d in (old, recent):
        d.mkdir(parents=True)
        (d / "x.json").write_text("{}", encoding="utf-8")
    past = time.time() - (resultcache.PRUNE_AFTER_DAYS + 1) * 86400
    os.utime(old, (past, past))
    f = tmp_path / "d.undoc.md"
    f.write_text(BAD, encoding="utf-8")
    run(f)
    assert not old.exists() and recent.exists() and len(entries(cache)) == 2


def test_every_diagnostic_field_is_stored():
    fields = getattr(Diagnostic, "__record_fields__", None) or tuple(Diagnostic.__dataclass_fields__)
    assert tuple(fields) == resultcache.DIAGNOSTIC_FIELDS, "a new Diagnostic field: store it in resultcache"


def test_keys_are_collision_safe_digests():
    assert len(resultcache.make_key(["a"], b"b")) == 64
    assert resultcache.make_key(["ab"], b"") != resultcache.make_key(["a", "b"], b"")  # parts are delimited
    assert resultcache.make_key(["a"], b"b") != resultcache.make_key(["a", "b"])


def test_a_packs_helper_module_and_data_invalidate_too(tmp_path, monkeypatch):
    # (only the files beside the rule's own module counted: a helper one level up, or a data file in
    # a subfolder, left stale results: a pack author's hunt)
    top = tmp_path / "helperpack_xyz"
    (top / "rules").mkdir(parents=True)
    (top / "data").mkdir()
    (top / "__init__.py").write_text("", encoding="utf-8")
    (top / "helpers.py").write_text("MESSAGE = 'banned word'\n", encoding="utf-8")
    (top / "data" / "banned.txt").write_text("Elects\n", encoding="utf-8")
    (top / "rules" / "__init__.py").write_text(_rule_module("HLP001", "banned"), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        reg = load_registry([EntryPoint(name="helper", value="helperpack_xyz.rules", group="undoc_lint.rules")])
        assert "HLP001" in reg.rules
        before = resultcache.environment(reg)
        (top / "helpers.py").write_text("MESSAGE = 'FORBIDDEN word'\n", encoding="utf-8")
        after_helper = resultcache.environment(reg)
        (top / "data" / "banned.txt").write_text("Decisions and more\n", encoding="utf-8")
        after_data = resultcache.environment(reg)
        assert before[1] != after_helper[1] != after_data[1] and before[0] == after_data[0]
    finally:
        for m in [m for m in sys.modules if m.startswith("helperpack_xyz")]:
            sys.modules.pop(m)


def test_a_rule_module_mapped_outside_its_package_invalidates_too(tmp_path, monkeypatch):
    # (an editable install maps undoc_lint.rules to the repository's rules/, beside src/undoc_lint:
    # editing a built-in rule left stale results, as only the top-level package was stamped)
    top, elsewhere = tmp_path / "mappedpack_xyz", tmp_path / "elsewhere"
    top.mkdir()
    elsewhere.mkdir()
    (top / "__init__.py").write_text(f"__path__.append({str(elsewhere)!r})\n", encoding="utf-8")
    rules = elsewhere / "rules.py"
    rules.write_text(_rule_module("MAP001", "mapped"), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        reg = load_registry([EntryPoint(name="mapped", value="mappedpack_xyz.rules", group="undoc_lint.rules")])
        assert "MAP001" in reg.rules
        before = resultcache.environment(reg)
        rules.write_text(rules.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
        assert resultcache.environment(reg)[1] != before[1]
    finally:
        for m in [m for m in sys.modules if m.startswith("mappedpack_xyz")]:
            sys.modules.pop(m)


def _rule_module(code: str, name: str) -> str:
    """The source of a rule pack's module with one rule that reports nothing."""
    return ("from undoc_lint.diagnostics import Severity\nfrom undoc_lint.rule import Rule\n\n\n"
            f"class One(Rule):\n    \"\"\"Doc.\"\"\"\n\n    code, name, severity = {code!r}, {name!r}, Severity.INFO\n\n"
            "    def check(self, doc):\n        return ()\n\n\nRULES = [One]\n")
