"""Configuration files: discovery, validation, and every key's effect."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from undoc_lint.cli import main
from undoc_lint.config import ConfigError, clear_caches, config_for, glob_match, load_config

BAD = "1. One.\n\n3. Three.\n"  # NUM001 at 3:1


@pytest.fixture(autouse=True)
def fresh_caches():
    clear_caches()
    yield


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def codes(result):
    return sorted({d["code"] for d in json.loads(result.output)})


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_means_defaults(tmp_path):
    cfg = config_for(str(tmp_path / "a.undoc.md"))
    assert cfg.path is None and cfg.select == ["ALL"]


def test_closest_file_wins_and_yaml_beats_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.undoc-lint]\nignore = ["FN"]\n')
    write(tmp_path / "sub" / ".undoc-lint.yaml", "ignore: [NUM]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[tool.undoc-lint]\nignore = ["DATE"]\n')
    assert config_for(str(tmp_path / "a.undoc.md")).ignore == ["FN"]
    assert config_for(str(tmp_path / "sub" / "deeper" / "b.undoc.md")).ignore == ["NUM"]


def test_pyproject_without_table_does_not_count(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [FN]\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert config_for(str(tmp_path / "sub" / "a.undoc.md")).ignore == ["FN"]


def test_unknown_key_names_file_line_and_suggestion(tmp_path):
    f = write(tmp_path / ".undoc-lint.yaml", "select: [NUM]\nignroe: [FN]\n")
    with pytest.raises(ConfigError) as err:
        load_config(str(f))
    assert f"{f}:2: unknown key `ignroe`; did you mean `ignore`?" == str(err.value)


def test_unknown_key_in_pyproject_has_its_line(tmp_path):
    f = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.undoc-lint]\nselect = ["NUM"]\nlanguag = "zh"\n')
    with pytest.raises(ConfigError) as err:
        load_config(str(f))
    assert str(err.value).startswith(f"{f}:6: unknown key `languag`; did you mean `language`?")


@pytest.mark.parametrize("text,fragment", [
    ("language: de\n", "`language` must be one of"),
    ("severity: {NUM001: fatal}\n", "must be error, warning or info"),
    ("select: 3\n", "must be a list of strings"),
    ("per-file-ignores: [a]\n", "must be a mapping"),
    ("options: {NUM001: scope}\n", "must be a mapping of option names"),
    ("fail-on: never\n", "`fail-on` must be"),
    ("select: [NUM\n", "not valid YAML"),
    ("- a\n- b\n", "must be a mapping"),
])
def test_bad_values_are_errors(tmp_path, text, fragment):
    f = write(tmp_path / ".undoc-lint.yaml", text)
    with pytest.raises(ConfigError) as err:
        load_config(str(f))
    assert fragment in str(err.value) and str(f) in str(err.value)


def test_bad_config_is_exit_2_with_message(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "ignroe: [FN]\n")
    doc = write(tmp_path / "a.undoc.md", BAD)
    r = run("check", str(doc))
    assert r.exit_code == 2 and "did you mean `ignore`" in r.output


def test_unknown_selector_in_config_is_exit_2(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [NUMBR]\n")
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and "NUMBR" in r.output


def test_unknown_rule_option_is_exit_2(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "options:\n  NUM001: {scop: document}\n")
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and "no option `scop`" in r.output


def test_bad_rule_option_value_is_exit_2(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "options:\n  operative-sequence: {scope: everywhere}\n")
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and "must be one of instrument, document" in r.output


def test_select_ignore_and_cli_override(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [NUM001]\n")
    doc = write(tmp_path / "a.undoc.md", BAD + "\n4. Four.[^1]\n")
    assert codes(run("check", "--format", "json", str(doc))) == ["FN001"]
    assert codes(run("check", "--format", "json", "--select", "NUM", str(doc))) == []  # config ignore still applies
    assert codes(run("check", "--format", "json", "--config", str(write(tmp_path / "other.yaml", "select: [NUM]\n")), str(doc))) == ["NUM001"]


def test_per_file_ignores(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "per-file-ignores:\n  'legacy/**': [NUM]\n  '*.en.undoc.md': [FN001]\n")
    a = write(tmp_path / "legacy" / "x" / "a.undoc.md", BAD)
    b = write(tmp_path / "b.en.undoc.md", "1. One.[^1]\n")
    c = write(tmp_path / "c.undoc.md", BAD)
    assert codes(run("check", "--format", "json", str(a))) == []
    assert codes(run("check", "--format", "json", str(b))) == []
    assert codes(run("check", "--format", "json", str(c))) == ["NUM001"]


def test_severity_override_and_fail_on(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "severity: {operative-sequence: info}\n")
    doc = write(tmp_path / "a.undoc.md", BAD)
    r = run("check", "--format", "json", str(doc))
    assert json.loads(r.output)[0]["severity"] == "info" and r.exit_code == 0
    assert run("check", "--fail-on", "info", str(doc)).exit_code == 1
    write(tmp_path / ".undoc-lint.yaml", "severity: {operative-sequence: info}\nfail-on: info\n")
    clear_caches()
    assert run("check", str(doc)).exit_code == 1


def test_rule_options(tmp_path):
    text = "## Recommendation 2021/1: A\n\n1. One.\n\n## Recommendation 2021/2: B\n\n1. One.\n"
    doc = write(tmp_path / "a.undoc.md", text)
    assert codes(run("check", "--format", "json", str(doc))) == []
    write(tmp_path / ".undoc-lint.yaml", "options:\n  NUM001: {scope: document}\n")
    clear_caches()
    assert codes(run("check", "--format", "json", str(doc))) == ["NUM001"]


def test_default_language(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "language: fr\n")
    doc = write(tmp_path / "a.undoc.md", "1. *Prie*:\n\na) un;\nb) deux.\n")
    assert codes(run("check", "--format", "json", "--select", "NUM005", str(doc))) == []
    doc2 = write(tmp_path / "b.undoc.md", "---\nlanguage: en\n---\n\n1. *Requests*:\n\na) one;\nb) two.\n")
    assert codes(run("check", "--format", "json", "--select", "NUM005", str(doc2))) == ["NUM005"]


def test_exclude_and_force_exclude(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "exclude: ['drafts/old/', 'scratch-*.undoc.md']\n")
    old = write(tmp_path / "drafts" / "old" / "a.undoc.md", BAD)
    scratch = write(tmp_path / "scratch-1.undoc.md", BAD)
    kept = write(tmp_path / "drafts" / "new.undoc.md", BAD)
    r = run("check", "--format", "json", str(tmp_path))
    assert {Path(d["path"]).name for d in json.loads(r.output)} == {kept.name}
    assert codes(run("check", "--format", "json", str(old))) == ["NUM001"]  # named explicitly: linted
    r = run("check", "--format", "json", "--force-exclude", str(old), str(scratch))
    assert json.loads(r.output) == [] and r.exit_code == 0


def test_gitignore_is_honoured(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "build/\n*.tmp.undoc.md\n!keep.tmp.undoc.md\n")
    write(tmp_path / "build" / "a.undoc.md", BAD)
    write(tmp_path / "x.tmp.undoc.md", BAD)
    keep = write(tmp_path / "keep.tmp.undoc.md", BAD)
    r = run("check", "--format", "json", str(tmp_path))
    assert {Path(d["path"]).name for d in json.loads(r.output)} == {keep.name}
    r = run("check", "--format", "json", "--no-respect-gitignore", str(tmp_path))
    assert len({d["path"] for d in json.loads(r.output)}) == 3


def test_required_plugin_missing_is_exit_2(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "plugins: [nonexistent-pack]\n")
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and "nonexistent-pack" in r.output and ":1:" in r.output


def test_stdin_filename_resolves_config(tmp_path):
    write(tmp_path / "sub" / ".undoc-lint.yaml", "ignore: [NUM001]\n")
    r = run("check", "--format", "json", "--stdin-filename", str(tmp_path / "sub" / "x.undoc.md"), "-", input=BAD)
    assert json.loads(r.output) == []
    r = run("check", "--format", "json", "--stdin-filename", str(tmp_path / "x.undoc.md"), "-", input=BAD)
    assert codes(r) == ["NUM001"] and json.loads(r.output)[0]["path"].endswith("x.undoc.md")


def test_config_command(tmp_path):
    f = write(tmp_path / ".undoc-lint.yaml", "ignore: [FN]\nlanguage: zh\n")
    r = run("config", "--format", "json", str(tmp_path / "a.undoc.md"))
    data = json.loads(r.output)
    assert data["config_file"] == str(f) and data["settings"]["ignore"] == ["FN"] and data["settings"]["language"] == "zh"
    r = run("config", str(tmp_path))
    assert str(f) in r.output and "ignore" in r.output


def test_output_file(tmp_path):
    doc = write(tmp_path / "a.undoc.md", BAD)
    out = tmp_path / "report.json"
    r = run("check", "--format", "json", "-o", str(out), str(doc))
    assert r.output == "" and r.exit_code == 1
    assert json.loads(out.read_text())[0]["code"] == "NUM001"


@pytest.mark.parametrize("glob,path,expected", [
    ("*.undoc.md", "a/b/c.undoc.md", True),
    ("/top.undoc.md", "top.undoc.md", True),
    ("/top.undoc.md", "a/top.undoc.md", False),
    ("drafts/*.undoc.md", "drafts/a.undoc.md", True),
    ("drafts/*.undoc.md", "drafts/x/a.undoc.md", False),
    ("drafts/**/*.undoc.md", "drafts/x/y/a.undoc.md", True),
    ("legacy", "legacy/a.undoc.md", True),
    ("scratch/", "drafts/scratch/x.undoc.md", True),
    ("/scratch/", "drafts/scratch/x.undoc.md", False),
])
def test_glob_match(glob, path, expected):
    assert glob_match(glob, path) is expected


def test_readme_worked_example_is_valid(tmp_path):
    """The configuration shown in the README loads and lints (the docs cannot drift)."""
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"with \(A\):\n\n```yaml\n(.*?)```", readme, re.S).group(1)
    write(tmp_path / ".undoc-lint.yaml", block)
    cfg = load_config(str(tmp_path / ".undoc-lint.yaml"))
    assert cfg.ignore == ["FN007"] and cfg.options["BUR003"] == {"size": 5}
    doc = write(tmp_path / "2024" / "outcome.undoc.md", BAD)
    r = run("check", "--format", "json", str(doc))
    assert codes(r) == ["NUM001"], r.output


# ------------------------------------------------------------------ fuzzing finds: every mistake is exit 2, naming the file
@pytest.mark.parametrize("text", ["? [x, y]: {a: b}\n", "? [x, [y]]: 1\nb: 1\n", "a: &a\n  <<: *a\n"])
def test_yaml_that_ruamel_cannot_construct_is_exit_2(tmp_path, text):
    # (a mapping as a key, or a merge key that refers to itself, was exit 3: found by fuzzing)
    f = write(tmp_path / ".undoc-lint.yaml", text)
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and f"{f}: not valid YAML" in r.output and "Traceback" not in r.output, r.output


def test_deeply_nested_yaml_is_exit_2(tmp_path):
    f = write(tmp_path / ".undoc-lint.yaml", "options: " + "[" * 1000 + "]" * 1000 + "\n")
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and str(f) in r.output, r.output


@pytest.mark.parametrize("text,fragment", [
    ("tool = 5\n", "no [tool.undoc-lint] table"),
    ("[project]\nname = 'x'\n", "no [tool.undoc-lint] table"),
    ("[tool]\nundoc-lint = 5\n", "must be a table"),
    ("[tool.undoc-lint]\nx = " + "[" * 3000 + "]" * 3000 + "\n", ""),  # RecursionError, or (deeper stack limit) unknown key
])
def test_explicit_toml_config_without_table_is_exit_2(tmp_path, text, fragment):
    f = write(tmp_path / "x.toml", text)
    r = run("check", "--config", str(f), str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and str(f) in r.output and fragment in r.output, r.output


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs /proc/self/mem (Linux)")
def test_unreadable_toml_config_is_exit_2(tmp_path):
    f = tmp_path / "c.toml"
    f.symlink_to("/proc/self/mem")  # opens, but reading it fails (EIO)
    r = run("check", "--config", str(f), str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and f"{f}: cannot read" in r.output, r.output


@pytest.mark.parametrize("text,fragment", [
    ("options: {NUM999: {scope: document}}\n", "`NUM999` is not a rule code or name"),
    ("options: {operative-sequance: {scope: document}}\n", "did you mean `operative-sequence`?"),
    ("options: {NUM: {scope: document}}\n", "a rule code or name is expected"),
    ("options: {SYN001: {x: 1}}\n", "has no options"),
    ("severity: {NUM999: error}\n", "`NUM999` is not a rule code or name"),
    ("severity: {NUM: info}\n", "a rule code or name is expected"),
    ("select: [FN]\noptions: {NUM001: {scoop: x}}\n", "NUM001 (operative-sequence) has no option `scoop`"),
    ("options: {NUM001: {scope: document}, operative-sequence: {scope: instrument}}\n", "both `NUM001` and `operative-sequence`"),
    ("severity: {NUM001: info, operative-sequence: error}\n", "both `NUM001` and `operative-sequence`"),
])
def test_options_and_severity_name_exactly_one_known_rule(tmp_path, text, fragment):
    f = write(tmp_path / ".undoc-lint.yaml", text)
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith(("options", "severity")))
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and f"{f}:{line}: " in r.output and fragment in r.output, r.output


@pytest.mark.parametrize("text", ['ignore: [""]\n', 'ignore: [" "]\n', 'select: [""]\n', 'extend-select: [NUM, ""]\n',
                                  'per-file-ignores: {"*": [""]}\n'])
def test_empty_selector_in_config_is_exit_2(tmp_path, text):
    f = write(tmp_path / ".undoc-lint.yaml", text)
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    key = text.split(":")[0]
    assert r.exit_code == 2 and f"{f}:1: `{key}`" in r.output and "empty selector" in r.output, r.output


def test_empty_selector_matches_nothing():
    from undoc_lint.engine import match_selector
    from undoc_lint.runner import Linter, Selection, UsageError

    assert not any(match_selector(s, "NUM001", "operative-sequence") for s in ("", " ", "\t"))
    with pytest.raises(UsageError, match="--ignore: an empty selector"):
        Linter(Selection(ignore=[""]))


def test_selector_error_names_the_config_file_key_and_line(tmp_path):
    f = write(tmp_path / ".undoc-lint.yaml", "select: [NUM]\nignore: [XYZ999]\n")
    doc = write(tmp_path / "a.undoc.md", BAD)
    r = run("check", str(doc))
    assert r.exit_code == 2 and f"{f}:2: `ignore`: `XYZ999` matches no rule" in r.output and "--ignore" not in r.output, r.output
    write(tmp_path / ".undoc-lint.yaml", "select: [NUM]\n")
    clear_caches()
    r = run("check", "--ignore", "XYZ999", str(doc))  # a flag's mistake is the flag's, not the file's
    assert r.exit_code == 2 and "--ignore: `XYZ999` matches no rule" in r.output and str(f) not in r.output, r.output


def test_selector_error_in_pyproject_has_its_line(tmp_path):
    f = write(tmp_path / "pyproject.toml", '[tool.undoc-lint]\nselect = ["NUM"]\nextend-select = ["FNN"]\n')
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and f"{f}:3: `extend-select`: `FNN` matches no rule" in r.output, r.output


@pytest.mark.parametrize("name, text, line", [
    # (an option's mistake named the line of `options:`, not of the option: found by an audit)
    (".undoc-lint.yaml", "select: [NUM]\n\noptions:\n  NUM002: {}\n  operative-sequence:\n    sections: sideways\n", 6),
    (".undoc-lint.yaml", "select: [NUM]\noptions:\n  NUM001:\n    bogus: 1\n", 4),
    (".undoc-lint.yaml", "select: [NUM]\noptions: {NUM001: {bogus: 1}}\n", 2),
    ("pyproject.toml", '[tool.undoc-lint]\nselect = ["NUM"]\n\n[tool.undoc-lint.options.NUM001]\nscope = "instrument"\n'
                       'sections = "sideways"\n', 6),
    ("pyproject.toml", '[tool.undoc-lint]\nselect = ["NUM"]\noptions.NUM001.scope = "x"\n', 3),
    ("pyproject.toml", '[tool.undoc-lint]\nselect = ["NUM"]\n[tool.undoc-lint.options]\nBUR003 = {size = -1}\n', 4),
    (".undoc-lint.yaml", "select: [NUM]\nseverity:\n  NUM001: warning\n  NUM002: loud\n", 4),
    (".undoc-lint.yaml", "select: [NUM]\noptions:\n  NUM001: {}\n  XYZ999: {scope: document}\n", 4),
])
def test_an_option_error_names_the_options_line(tmp_path, name, text, line):
    f = write(tmp_path / name, text)
    r = run("check", str(write(tmp_path / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and f"{f}:{line}: " in r.output, r.output


@pytest.mark.parametrize("raw", [
    b"[tool.'undoc-lint']\nignore = [\n",  # not TOML
    b"[tool.undoc-lint]\nignore = ['\xff']\n",  # not UTF-8
    b"# undoc-lint\n",  # a directory, not a file: replaced below
])
def test_broken_pyproject_mentioning_undoc_lint_is_exit_2(tmp_path, raw):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [FN]\n")
    p = tmp_path / "sub" / "pyproject.toml"
    p.parent.mkdir()
    if raw == b"# undoc-lint\n":
        if not Path("/proc/self/mem").exists():
            pytest.skip("needs /proc/self/mem (Linux)")
        p.symlink_to("/proc/self/mem")  # cannot be read: whether it is ours cannot be told
    else:
        p.write_bytes(raw)
    r = run("check", str(write(tmp_path / "sub" / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and str(p) in r.output, r.output


@pytest.mark.parametrize("raw", [
    "\ufeff[tool.undoc-lint]\nignore = ['NUM']\n",
    "[tool.'undoc-lint']\nignore = ['NUM']\n",
    "[tool]\nundoc-lint = {ignore = ['NUM']}\n",
    "tool.undoc-lint.ignore = ['NUM']\n",
])
def test_pyproject_table_is_found_however_spelt(tmp_path, raw):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [FN]\n")
    write(tmp_path / "sub" / "pyproject.toml", raw)
    assert config_for(str(tmp_path / "sub" / "a.undoc.md")).ignore == ["NUM"]


@pytest.mark.parametrize("raw", ["[project]\ndependencies = ['undoc-lint']\n", "[[[ broken, and not ours\n"])
def test_pyproject_that_is_not_ours_is_skipped(tmp_path, raw):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [FN]\n")
    write(tmp_path / "sub" / "pyproject.toml", raw)
    assert config_for(str(tmp_path / "sub" / "a.undoc.md")).ignore == ["FN"]


def test_yaml_config_that_is_a_directory_is_exit_2(tmp_path):
    write(tmp_path / ".undoc-lint.yaml", "ignore: [FN]\n")
    (tmp_path / "sub" / ".undoc-lint.yaml").mkdir(parents=True)
    r = run("check", str(write(tmp_path / "sub" / "a.undoc.md", BAD)))
    assert r.exit_code == 2 and str(tmp_path / "sub" / ".undoc-lint.yaml") in r.output, r.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("name", [".undoc-lint.yaml", "pyproject.toml"])
def test_a_configuration_file_that_is_a_pipe_is_exit_2_not_a_hang(tmp_path, name):
    # (opening it blocked until a writer came: found by fuzzing; a subprocess, so that a
    # regression fails after the timeout instead of hanging the suite)
    os.mkfifo(tmp_path / name)
    doc = tmp_path / "x.undoc.md"
    doc.write_text("1. a\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "undoc-lint"
    r = subprocess.run([str(exe), "check", "--no-cache", str(doc)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "not a regular file" in r.stderr and name in r.stderr


@pytest.mark.parametrize("text", ['[project]\ndependencies = ["undoc-lint"]\n', '[project.scripts]\nundoc-lint = "x:y"\n'])
def test_a_pyproject_that_only_names_undoc_lint_is_not_parsed(tmp_path, monkeypatch, text):
    # (no TOML parser at start-up for a project that merely depends on undoc-lint)
    import undoc_lint.config as config

    write(tmp_path / "pyproject.toml", text + "broken = [\n")  # (were it parsed, this would be an error)
    clear_caches()
    assert config_for(str(tmp_path / "a.undoc.md")).path != str(tmp_path / "pyproject.toml")
    assert config._config_in(str(tmp_path)) is None
