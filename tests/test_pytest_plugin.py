"""The pytest plugin (undoc_lint.pytest_plugin), run through pytest's own `pytester`."""

from __future__ import annotations

import json

import pytest
from helpers import CLEAN_DRAFT

# Imported here, these stay loaded across pytester's in-process runs, which would otherwise import
# (and assertion-rewrite) them again in every run: hypothesis's pytest plugin, the grammar, the rule packs.
import hypothesis  # noqa: F401
import ruamel.yaml  # noqa: F401
import undoc_lint.output.text  # noqa: F401
from undoc_lint.registry import load_registry
from undoc_lint.runner import Session

pytest_plugins = ["pytester"]

CLEAN = CLEAN_DRAFT
# NUM001 (error): 3 after 1.
BROKEN = CLEAN.replace("2. *Requests*", "3. *Requests*")
# DATE005 (warning) only: a hyphen in a year period.
WARNING_ONLY = CLEAN.replace("2020–2023", "2020-2023")

PY_TEST = "def test_python():\n    assert True\n"

# Warm up: parse, lint and read YAML once in this process (see the imports above).
load_registry()
Session().linter_for(__file__)[0].lint_text(CLEAN)


@pytest.fixture
def drafts(pytester):
    pytester.makefile(".undoc.md", clean=CLEAN)
    pytester.makefile(".undoc.md", broken=BROKEN)
    pytester.makefile(".undoc", short=CLEAN)  # the bare .undoc suffix too
    pytester.makefile(".md", notes="1. One\n\n3. Three\n")  # not a draft
    pytester.makepyfile(test_python=PY_TEST)
    return pytester


def _lines(result) -> str:
    return "\n".join(result.outlines + result.errlines)


# ------------------------------------------------------------------ collection
def test_off_by_default(drafts):
    result = drafts.runpytest("--collect-only", "-q")
    assert "undoc-lint" not in _lines(result)
    result.stdout.fnmatch_lines(["test_python.py::test_python"])


def test_collects_one_item_per_draft(drafts):
    result = drafts.runpytest("--undoc-lint", "--collect-only", "-q")
    out = _lines(result)
    for nodeid in ("clean.undoc.md::undoc-lint", "broken.undoc.md::undoc-lint", "short.undoc::undoc-lint",
                   "test_python.py::test_python"):
        assert nodeid in out, out
    assert "notes.md" not in out


def test_ini_option_turns_it_on(drafts):
    drafts.makeini("[pytest]\nundoc_lint = true\n")
    result = drafts.runpytest("--collect-only", "-q")
    assert "clean.undoc.md::undoc-lint" in _lines(result)


def test_marker_selects_the_items(drafts):
    result = drafts.runpytest("--undoc-lint", "-m", "undoc_lint", "--strict-markers", "-v")
    result.assert_outcomes(passed=2, failed=1, deselected=1)
    result = drafts.runpytest("--undoc-lint", "-m", "not undoc_lint", "--strict-markers")
    result.assert_outcomes(passed=1, deselected=3)
    result = drafts.runpytest("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.undoc_lint:*"])


# ------------------------------------------------------------------ pass and fail
def test_pass_and_fail_with_the_linters_own_output(drafts):
    result = drafts.runpytest("--undoc-lint", "-v")
    result.assert_outcomes(passed=3, failed=1)
    assert result.ret == 1
    result.stdout.fnmatch_lines([
        "broken.undoc.md::undoc-lint FAILED*",
        "clean.undoc.md::undoc-lint PASSED*",
        "short.undoc::undoc-lint PASSED*",
        "*_ broken.undoc.md _*",
    ])
    out = _lines(result)
    # The failure's report is undoc-lint's own text output, exactly.
    assert "_ broken.undoc.md _" in out
    assert (
        "\nbroken.undoc.md:14:1: NUM001 [error] paragraph numbered 3 after paragraph 1: expected 2\n"
        "  3. *Requests* the Executive Director to report at its next session.\n"
        "  ^^\n"
        "  help: renumber paragraphs 3.→2.\n"
        "Found 1 diagnostic in 1 file (1 error). 1 fixable with `--fix`.\n"
        "===") in out, out
    assert "FAILED broken.undoc.md::undoc-lint - broken.undoc.md:14:1: NUM001" in out
    for python_noise in ("Traceback", "runtest", "UndocLintError", "pytest_plugin.py"):
        assert python_noise not in out


def test_fails_at_the_configured_severity(pytester):
    pytester.makefile(".undoc.md", warned=WARNING_ONLY)
    pytester.runpytest("--undoc-lint").assert_outcomes(failed=1)  # fail-on: warning by default
    pytester.makefile(".yaml", **{".undoc-lint": "fail-on: error\n"})
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)


# ------------------------------------------------------------------ configuration and excludes
def test_configuration_selection_and_per_file_ignores(pytester):
    pytester.makefile(".undoc.md", broken=BROKEN)
    sub = pytester.mkdir("annexes")
    (sub / "annex-1.undoc.md").write_text(BROKEN, encoding="utf-8")
    pytester.makefile(".yaml", **{".undoc-lint": 'per-file-ignores:\n  "annexes/annex-*.undoc.md": [NUM001]\n'})
    result = pytester.runpytest("--undoc-lint", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*annexes/annex-1.undoc.md::undoc-lint PASSED*", "*broken.undoc.md::undoc-lint FAILED*"])
    # The closest configuration file wins: a nested one that ignores nothing.
    (sub / ".undoc-lint.yaml").write_text("select: [NUM]\n", encoding="utf-8")
    pytester.runpytest("--undoc-lint").assert_outcomes(failed=2)


def test_excluded_and_gitignored_drafts_are_not_collected(pytester):
    pytester.makefile(".undoc.md", clean=CLEAN)
    for folder, name in (("scratch", "a"), ("old", "b"), ("kept", "c.tmp")):
        d = pytester.path / "drafts" / folder
        d.mkdir(parents=True)
        (d / f"{name}.undoc.md").write_text(BROKEN, encoding="utf-8")
    pytester.makefile(".yaml", **{".undoc-lint": 'exclude: ["drafts/scratch/", "*.tmp.undoc.md"]\n'})
    (pytester.path / ".gitignore").write_text("old/\n", encoding="utf-8")
    result = pytester.runpytest("--undoc-lint", "-v")
    result.assert_outcomes(passed=1)
    assert "drafts/" not in _lines(result)
    # Named explicitly, an excluded draft is still not collected (as --force-exclude does).
    result = pytester.runpytest("--undoc-lint", "drafts/scratch/a.undoc.md")
    assert result.ret in (pytest.ExitCode.USAGE_ERROR, pytest.ExitCode.NO_TESTS_COLLECTED)  # pytest: "not found"
    assert "::undoc-lint" not in "\n".join(result.outlines)


def test_configuration_error_is_reported_without_traceback(pytester):
    pytester.makefile(".undoc.md", clean=CLEAN)
    pytester.makefile(".yaml", **{".undoc-lint": "ignroe: [NUM001]\n"})
    result = pytester.runpytest("--undoc-lint")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*undoc-lint: configuration error: *.undoc-lint.yaml:1: unknown key `ignroe`; did you mean `ignore`?"])
    assert "Traceback" not in _lines(result)


# ------------------------------------------------------------------ the cache
class _CountLints:
    def __init__(self, monkeypatch):
        from undoc_lint import pytest_plugin

        self.paths: list[str] = []
        original = pytest_plugin._State._lint

        def counting(state, path, *args):
            self.paths.append(path.rsplit("/", 1)[-1])
            return original(state, path, *args)

        monkeypatch.setattr(pytest_plugin._State, "_lint", counting)

    def take(self) -> list[str]:
        out, self.paths = sorted(self.paths), []
        return out


def _cache(pytester) -> dict:
    path = pytester.path / ".pytest_cache" / "v" / "undoc-lint" / "v1"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def test_cache_skips_unchanged_passes_and_reports_them_passed(pytester, monkeypatch):
    lints = _CountLints(monkeypatch)
    pytester.makefile(".undoc.md", clean=CLEAN, broken=BROKEN)
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1, failed=1)
    assert lints.take() == ["broken.undoc.md", "clean.undoc.md"]
    assert [p.rsplit("/", 1)[-1] for p in _cache(pytester)["passes"]] == ["clean.undoc.md"]

    result = pytester.runpytest("--undoc-lint", "-v")
    result.assert_outcomes(passed=1, failed=1)  # a cached pass is a pass, not a skip
    result.stdout.fnmatch_lines(["*clean.undoc.md::undoc-lint PASSED*"])
    assert lints.take() == ["broken.undoc.md"]  # failures are never cached

    # The content is the key: an edit is linted again.
    (pytester.path / "clean.undoc.md").write_text(CLEAN.replace("next session", "next session."), encoding="utf-8")
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1, failed=1)
    assert lints.take() == ["broken.undoc.md", "clean.undoc.md"]

    # --cache-clear forgets.
    pytester.runpytest("--undoc-lint", "--cache-clear").assert_outcomes(passed=1, failed=1)
    assert lints.take() == ["broken.undoc.md", "clean.undoc.md"]


def test_cache_is_invalidated_by_the_configuration(pytester, monkeypatch):
    lints = _CountLints(monkeypatch)
    pytester.makefile(".undoc.md", warned=WARNING_ONLY)
    config = pytester.path / ".undoc-lint.yaml"
    config.write_text("ignore: [DATE005]\n", encoding="utf-8")
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    assert lints.take() == ["warned.undoc.md"]  # the second run came from the cache

    config.write_text("ignore: []\n", encoding="utf-8")  # the same draft now fails
    result = pytester.runpytest("--undoc-lint")
    result.assert_outcomes(failed=1)
    assert "warned.undoc.md:8:77: DATE005 [warning] year period `2020-2023`" in _lines(result)
    assert lints.take() == ["warned.undoc.md"]

    # One entry per draft: the failure replaced the pass, so going back lints once more, then caches.
    config.write_text("ignore: [DATE005]\n", encoding="utf-8")
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    assert lints.take() == ["warned.undoc.md"]
    # Another configuration file (here a pyproject.toml once the YAML file is gone) is another key.
    (pytester.path / "pyproject.toml").write_text("[tool.undoc-lint]\nselect = ['NUM']\n", encoding="utf-8")
    config.unlink()
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    assert lints.take() == ["warned.undoc.md"]


def test_cache_is_invalidated_by_the_undoc_lint_version(pytester, monkeypatch):
    import undoc_lint

    lints = _CountLints(monkeypatch)
    pytester.makefile(".undoc.md", clean=CLEAN)
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    assert lints.take() == ["clean.undoc.md"]
    monkeypatch.setattr(undoc_lint, "__version__", undoc_lint.__version__ + ".post1")
    pytester.runpytest("--undoc-lint").assert_outcomes(passed=1)
    assert lints.take() == ["clean.undoc.md"]


def test_works_without_the_cache_provider(drafts):
    drafts.runpytest("--undoc-lint", "-p", "no:cacheprovider").assert_outcomes(passed=3, failed=1)
    assert not (drafts.path / ".pytest_cache").exists()


def test_xdist_only_the_controller_writes_the_cache(drafts, monkeypatch):
    pytest.importorskip("xdist")
    drafts.makeconftest("""
        import os, pytest

        @pytest.hookimpl(trylast=True)
        def pytest_configure(config):  # log who writes undoc-lint's cache entry
            cache = getattr(config, "cache", None)
            if cache is None:
                return
            who = "worker" if hasattr(config, "workerinput") else "controller"
            original = cache.set

            def logged_set(key, value):
                if key.startswith("undoc-lint/"):
                    with open(os.path.join(str(config.rootpath), "cache-writes.log"), "a") as fh:
                        fh.write(who + "\\n")
                return original(key, value)

            cache.set = logged_set
    """)
    result = drafts.runpytest_subprocess("--undoc-lint", "-n", "2")
    result.assert_outcomes(passed=3, failed=1)
    assert "broken.undoc.md:14:1: NUM001 [error] paragraph numbered 3" in _lines(result)
    assert (drafts.path / "cache-writes.log").read_text("utf-8").split() == ["controller"]
    passes = sorted(p.rsplit("/", 1)[-1] for p in _cache(drafts)["passes"])
    assert passes == ["clean.undoc.md", "short.undoc"]  # carried from the workers to the controller
    # The workers' keys are the keys a later run computes: the passes come from the cache.
    lints = _CountLints(monkeypatch)
    drafts.runpytest("--undoc-lint").assert_outcomes(passed=3, failed=1)
    assert lints.take() == ["broken.undoc.md"]


# ------------------------------------------------------------------ fixtures for rule authors
def test_fixtures_for_rule_authors(pytester):
    pytester.makefile(".yaml", NUM001="""\
        rule: NUM001
        cases:
          - name: gap after 1
            language: en
            text: |
              1. One;

              3. Three.
            expect: ["3:1 NUM001"]
            fixed: |
              1. One;

              2. Three.
          - name: in order
            text: |
              1. One;

              2. Two.
            expect: []
    """)
    pytester.makefile(".md", **{"operative-sequence": """\
        # Cases for NUM001 in the docstring format

        ```undoc fail lang=en
        1. One;

        1. Again.
        ```
        ```expect
        3:1 NUM001
        ```
        ```undoc pass lang=en
        1. One.
        ```
    """})
    pytester.makefile(".yaml", wrong="""\
        rule: NUM001
        cases:
          - name: claims a pass but fails
            text: |
              1. One;

              3. Three.
            expect: []
    """)
    pytester.makepyfile(test_rules="""
        import pytest

        def test_check(undoc_lint_check):
            diags = undoc_lint_check("1. One;\\n\\n3. Three.\\n", select="NUM001", language="en")
            assert [(d.code, d.span.line, d.span.column) for d in diags] == [("NUM001", 3, 1)]
            assert undoc_lint_check("1. One;\\n\\n2. Two.\\n", select=["NUM"]) == []

        def test_yaml_cases(undoc_lint_cases):
            assert undoc_lint_cases("NUM001.yaml") == ["gap after 1", "in order"]

        def test_markdown_cases(undoc_lint_cases):
            assert len(undoc_lint_cases("operative-sequence.md")) == 2

        def test_docstring_examples(undoc_lint_cases):
            assert undoc_lint_cases.docstring("operative-sequence")

        def test_failing_case(undoc_lint_cases):
            undoc_lint_cases("wrong.yaml")
    """)
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=4, failed=1)
    out = _lines(result)
    assert "1 of 1 cases of NUM001 failed:" in out
    assert "claims a pass but fails: expected [], got ['3:1 NUM001']" in out
