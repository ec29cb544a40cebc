"""Rule packs load through the `undoc_lint.rules` entry point; failures are loud but contained."""

import sys
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from undoc_lint.registry import load_registry
from undoc_lint.runner import Linter, Selection

PACK_DIR = Path(__file__).parent / "fixtures" / "pack"


@pytest.fixture
def pack_on_path(monkeypatch, tmp_path):
    # (the module alone: an install of the pack leaves an `.egg-info` beside it, which would be
    # read as an installed distribution, as `setup.py develop` leaves one)
    import shutil

    shutil.copy(PACK_DIR / "undoc_lint_demo_pack.py", tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("undoc_lint_demo_pack", None)


def ep(name, value):
    return EntryPoint(name=name, value=value, group="undoc_lint.rules")


def test_builtin_rules_come_through_the_entry_point():
    reg = load_registry()
    assert "builtin" in reg.packs
    assert reg.rules["NUM001"].pack == "builtin"
    assert not reg.problems


def test_third_party_pack_is_loaded_and_reports(pack_on_path):
    reg = load_registry([ep("demo", "undoc_lint_demo_pack")])
    assert reg.rules["DEMO001"].pack == "demo" and "NUM001" in reg.rules
    linter = Linter(Selection(select=["DEMO001", "NUM"]), registry=reg)
    _, diags = linter.lint_text("1. *Decides* TODO.\n\n3. *Requests*.\n", "d.undoc.md")
    assert [(d.code, d.span.line, d.span.column) for d in diags] == [("DEMO001", 1, 14), ("NUM001", 3, 1)]


def test_crashing_rule_is_reported_and_others_still_run(pack_on_path):
    reg = load_registry([ep("demo", "undoc_lint_demo_pack")])
    linter = Linter(Selection(select=["DEMO", "NUM", "ENG"]), registry=reg)
    _, diags = linter.lint_text("1. TODO\n\n3. x\n", "d.undoc.md")
    codes = [d.code for d in diags]
    assert "ENG001" in codes and "DEMO001" in codes and "NUM001" in codes
    crash = next(d for d in diags if d.code == "ENG001")
    assert "DEMO002" in crash.message and "always-crashes" in crash.message and "demo" in crash.message


def test_a_crash_is_reported_whatever_the_selection_unless_ignored_by_name(pack_on_path):
    # (`select: [NUM, FN, …]`, as the README suggests, hid every ENG001/ENG002: found by fuzzing)
    reg = load_registry([ep("demo", "undoc_lint_demo_pack"), ep("broken", "undoc_lint_no_such_module_xyz")])
    _, diags = Linter(Selection(select=["DEMO", "NUM"]), registry=reg).lint_text("1. x\n", "d.undoc.md")
    assert {"ENG001", "ENG002"} <= {d.code for d in diags}
    _, diags = Linter(Selection(select=["DEMO"], ignore=["ENG001"]), registry=reg).lint_text("1. x\n", "d.undoc.md")
    assert {d.code for d in diags} == {"ENG002"}


def test_stop_iteration_in_a_rule_is_reported_where_it_was_raised():
    # (a next() without a default inside check() surfaces as "RuntimeError: generator raised
    # StopIteration" at the engine's loop; the message names the rule's own line instead)
    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    class Stops(Rule):
        """Stops."""

        code, name, severity = "STOP001", "stops", Severity.ERROR

        def check(self, doc):
            yield next(iter(()))

    reg = type(load_registry())()  # (a registry of its own: the loaded one is shared)
    reg.add_pack("stops", [Stops])
    _, diags = Linter(Selection(select=["STOP", "ENG"]), registry=reg).lint_text("1. x\n", "d.undoc.md")
    [crash] = [d for d in diags if d.code == "ENG001"]
    assert "raised StopIteration" in crash.message and "test_plugins.py:" in crash.message, crash.message


def test_pack_that_fails_to_import_is_named_and_others_load():
    reg = load_registry([ep("broken", "undoc_lint_no_such_module_xyz")])
    assert "NUM001" in reg.rules
    [problem] = reg.problems
    assert problem.pack == "broken" and "ModuleNotFoundError" in problem.message
    linter = Linter(Selection(), registry=reg)
    _, diags = linter.lint_text("1. One.\n", "d.undoc.md")
    eng = [d for d in diags if d.code == "ENG002"]
    assert eng and "broken" in eng[0].message


def test_rule_with_bad_code_is_rejected(pack_on_path):
    import undoc_lint_demo_pack as pack

    class Bad(pack.NoTodo):
        code = "bad"

    reg = load_registry()
    fresh = type(reg)()
    fresh.add_pack("x", [Bad])
    assert not fresh.rules and "not LETTERS" in fresh.problems[0].message


def test_duplicate_code_across_packs_is_rejected(pack_on_path):
    import undoc_lint_demo_pack as pack

    class Clash(pack.NoTodo):
        """Same code as a built-in rule."""

        code = "NUM001"
        name = "clash"

    reg = load_registry([ep("demo", "undoc_lint_demo_pack")])
    reg.add_pack("clash", [Clash])
    assert reg.rules["NUM001"].pack == "builtin"
    assert any("already defined" in p.message for p in reg.problems)


def _pack_registry(*classes):
    reg = type(load_registry())()  # (a registry of its own: the loaded one is shared)
    reg.add_pack("odd", list(classes))
    return reg


def _odd_rule(result):
    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    class Odd(Rule):
        """Yields what it is given."""

        code, name, severity = "ODD001", "odd", Severity.ERROR

        def check(self, doc):
            yield result(self, doc)

    return Odd


@pytest.mark.parametrize("result, says", [
    (lambda r, doc: __import__("types").SimpleNamespace(code="X"), "yielded namespace"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), None), "yielded Diagnostic"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", _fix((12, 3, "x"))), "not in order"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", _fix((0, 999, "x"))), "outside the document"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", _fix((0, 5, "a"), (3, 8, "b"))), "overlaps"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", _fix((0, 1, 5))), "with a string"),
    (lambda r, doc: (_ for _ in ()).throw(SystemExit(7)), "raised SystemExit: 7"),
    # (each of these crashed the run, exit 3, or wrote them into the draft: a pack author's hunt)
    (lambda r, doc: r.diagnostic(None, "m"), "not a span of this document"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", severity="error"), "a severity is"),
    (lambda r, doc: r.diagnostic(__import__("undoc_lint.api").api.parse_text("a\n" * 99, "o").span(150, 152), "m"),
     "not a span of this document"),
    (lambda r, doc: __import__("undoc_lint.diagnostics").diagnostics.Diagnostic(
        "NUM001", "operative-sequence", r.severity, "m", doc.span(0, 1)), "under its own code"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", _fix((0, 1, "\ud800"))), "lone surrogate"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", _fix((0, 1, "\x00W"))), "cannot hold"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", __import__("undoc_lint.diagnostics").diagnostics.Fix(
        "x", (__import__("undoc_lint.diagnostics").diagnostics.Edit(0, 1, "Z"),), safe="no")), "safe=True or False"),
    (lambda r, doc: r.diagnostic(doc.span(0, 1), "m", __import__("undoc_lint.diagnostics").diagnostics.Fix(
        "x", (e for e in [__import__("undoc_lint.diagnostics").diagnostics.Edit(0, 1, "Z")]))), "a tuple of Edit"),
])
def test_what_a_rule_yields_is_checked_before_it_is_reported_or_applied(result, says):
    # (a pack rule's odd result crashed the run (exit 3), ended it (SystemExit), or mangled the
    # draft with a reversed or overlapping edit: found by fuzzing)
    linter = Linter(Selection(select=["ODD"]), registry=_pack_registry(_odd_rule(result)))
    text = "1. *Decides* something here.\n"
    _, diags = linter.lint_text(text, "d.undoc.md")
    [d] = diags
    assert d.code == "ENG001" and "ODD001" in d.message and says in d.message, d.message
    fixed, _, _ = linter.fix_text(text, "d.undoc.md", unsafe=True)
    assert fixed == text


def _fix(*edits):
    from undoc_lint.diagnostics import Edit, Fix

    return Fix("odd", tuple(Edit(*e) for e in edits))


def test_a_pack_class_that_is_not_a_proper_rule_is_named_and_not_loaded():
    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    class NotARule:
        """Not a rule."""

        code, name = "XYZ008", "not-a-rule"

    class Reserved(Rule):
        """Takes the engine's prefix."""

        code, name = "ENG003", "reserved"

    class Newline(Rule):
        """A code with a line break."""

        code, name = "XYZ001\n", "newline"

    class Loud(Rule):
        """A severity that is not one."""

        code, name, severity = "XYZ002", "loud", "loud"

    class Fine(Rule):
        """Fine."""

        code, name, severity = "XYZ003", "fine", Severity.INFO

    reg = _pack_registry(NotARule, Reserved, Newline, Loud, Fine)
    assert list(reg.rules) == ["XYZ003"]
    messages = [p.message for p in reg.problems]
    assert all(m.startswith("rule pack `odd`: rule ") for m in messages)
    assert "not a subclass of undoc_lint.rule.Rule" in messages[0] and "undoc-lint's own" in messages[1]
    assert "not LETTERS + 3 digits" in messages[2] and "is not a Severity" in messages[3]


def test_selectors_and_lookups_are_ascii():
    # (`ſym`.upper() is `SYM`: `--select ſYM` and `explain ſym001` found SYM rules; fuzzing)
    from undoc_lint.engine import match_selector

    assert not match_selector("\u017fym", "SYM001", "malformed-symbol") and match_selector("sym", "SYM001", "x")
    reg = load_registry()
    assert reg.lookup("\u017fym001") is None and reg.lookup("sym001") is reg.rules["SYM001"]


def test_a_required_pack_that_did_not_load_says_why(tmp_path):
    # (it said "not installed" of an installed pack that failed to import: fuzzing)
    from undoc_lint.config import ConfigError
    from undoc_lint.runner import Session

    (tmp_path / ".undoc-lint.yaml").write_text("plugins: [broken]\n", encoding="utf-8")
    session = Session(registry=load_registry([ep("broken", "undoc_lint_no_such_module_xyz")]))
    with pytest.raises(ConfigError, match="did not load: .*broken.*ModuleNotFoundError"):
        session.linter_for(str(tmp_path / "d.undoc.md"))


def _replacing_rule(code, old, new):
    """A rule whose safe fix replaces the first `old` with `new` (a pack's rule with a fix)."""
    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    class Replacing(Rule):
        """Replaces a word."""

        severity = Severity.WARNING

        def check(self, doc):
            at = doc.text.find(old)
            if at >= 0:
                yield self.diagnostic(doc.span(at, at + len(old)), f"`{old}`", _fix((at, at + len(old), new)))

    Replacing.code, Replacing.name = code, f"replace-{code.lower()}"
    return Replacing


def test_fixes_that_undo_one_another_stop_with_a_warning():
    # (two rules that undo each other's fix went round FIX_ROUNDS times without a word)
    reg = _pack_registry(_replacing_rule("ODD001", "foo", "bar"), _replacing_rule("ODD002", "bar", "foo"))
    linter = Linter(Selection(select=["ODD"]), registry=reg)
    fixed, applied, remaining = linter.fix_text("1. foo\n", "d.undoc.md", unsafe=True)
    assert fixed == "1. bar\n" and [d.code for d in applied] == ["ODD001"]
    [eng] = [d for d in remaining if d.code == "ENG003"]
    assert "ODD001, ODD002" in eng.message and "undo" in eng.message  # (both rules of the cycle: found by an audit)
    assert [d.code for d in remaining if d.code != "ENG003"] == ["ODD002"]


def test_fixes_that_keep_coming_stop_after_the_last_round_with_a_warning():
    from undoc_lint.runner import FIX_ROUNDS

    # (ten rounds of it stayed applied, though ENG003 said they were not: a pack author's hunt)
    reg = _pack_registry(_replacing_rule("ODD001", "x", "xx"))
    fixed, applied, remaining = Linter(Selection(select=["ODD"]), registry=reg).fix_text("1. x\n", "d.undoc.md")
    assert fixed == "1. x\n" and applied == []
    assert [d.code for d in remaining] == ["ENG003", "ODD001"]
    assert f"after {FIX_ROUNDS} rounds" in remaining[0].message
    # ignored by name, it is not reported (the fixes still stop)
    linter = Linter(Selection(select=["ODD"], ignore=["ENG003"]), registry=reg)
    assert [d.code for d in linter.fix_text("1. x\n", "d.undoc.md")[2]] == ["ODD001"]


def test_a_message_over_several_lines_is_reported_on_one():
    # (an exception's or a quoted wrapped text's line breaks broke the one-line formats: found by fuzzing)
    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    class Wrapped(Rule):
        """Quotes text over two lines, then raises over two."""

        code, name, severity = "ODD001", "odd", Severity.ERROR

        def check(self, doc):
            yield self.diagnostic(doc.span(0, 1), "quoted `5 June\n– 9 June`")
            raise ValueError("first line\nsecond line")

    _, diags = Linter(Selection(select=["ODD"]), registry=_pack_registry(Wrapped)).lint_text("1. x\n", "d.undoc.md")
    assert [d.code for d in diags] == ["ENG001", "ODD001"] or [d.code for d in diags] == ["ODD001", "ENG001"]
    assert all("\n" not in d.message for d in diags)
    assert any("`5 June\u23ce– 9 June`" in d.message for d in diags)


def test_a_pack_that_calls_its_entry_point_builtin_does_not_replace_the_built_in_rules(pack_on_path):
    # (all 40 built-in rules silently disappeared, and a broken draft passed: a pack author's hunt)
    reg = load_registry([ep("builtin", "undoc_lint_demo_pack")])
    assert reg.rules["NUM001"].pack == "builtin" and "NUM001" in reg.rules
    assert reg.rules["DEMO001"].pack == "builtin (undoc_lint_demo_pack)"
    assert not reg.problems


def _dist(site, dist, module, code):
    """A distribution installed in `site`: its dist-info with an entry point `rules`, and its module."""
    info = site / f"{dist}-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(f"[undoc_lint.rules]\nrules = {module}\n", encoding="utf-8")
    (site / f"{module}.py").write_text(
        "from undoc_lint.diagnostics import Severity\nfrom undoc_lint.rule import Rule\n\n\n"
        f"class R(Rule):\n    \"\"\"A rule of {dist}.\"\"\"\n\n    code, name, severity = '{code}', '{code.lower()}-rule', Severity.INFO\n\n"
        "    def check(self, doc):\n        return ()\n\n\nRULES = [R]\n", encoding="utf-8")


def test_two_packs_that_give_their_entry_points_one_name_both_load(tmp_path, monkeypatch):
    # (the second was silently not loaded: a pack author's hunt)
    from undoc_lint.registry import GROUP, entry_points_in_path

    _dist(tmp_path, "alpha_rules", "alphapack_xyz", "ALP001")
    _dist(tmp_path, "beta_rules", "betapack_xyz", "BET001")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = [e for e in entry_points_in_path(GROUP) if e.name == "rules"]
    assert sorted(e.dist_name for e in found) == ["alpha-rules", "beta-rules"]
    reg = load_registry([])  # (what is on sys.path, now with both)
    assert reg.rules["ALP001"].pack == "rules" and reg.rules["BET001"].pack == "rules (beta-rules)"
    assert not reg.problems
    for m in ("alphapack_xyz", "betapack_xyz"):
        sys.modules.pop(m, None)


def test_a_rule_whose_options_cannot_be_made_is_not_loaded():
    # (an option without a default, or an Options that is no dataclass, was exit 3 on every run: a hunt)
    from dataclasses import dataclass

    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    def rule(code, options):
        return type(f"R{code}", (Rule,), {"__doc__": "Doc.", "code": code, "name": f"r-{code.lower()}",
                                          "severity": Severity.INFO, "Options": options, "check": lambda self, doc: ()})

    @dataclass
    class NoDefault:
        limit: int

    class Plain:
        limit = 3

    @dataclass
    class BadDefault:
        words: list[str] = None
        ratio: float = 0.5

    reg = _pack_registry(rule("OPT001", NoDefault), rule("OPT002", Plain), rule("OPT003", BadDefault))
    assert not reg.rules and len(reg.problems) == 3
    assert "every option needs a default" in reg.problems[0].message
    assert "not a dataclass" in reg.problems[1].message and "`words`, None, is not a list of strings" in reg.problems[2].message


@pytest.mark.parametrize("value, fits", [
    ({"ratio": 1}, True), ({"ratio": "abc"}, False), ({"limit": None}, True), ({"limit": "x"}, False),
    ({"limit": [1]}, False), ({"sizes": [3, 4]}, True), ({"sizes": ["3"]}, False), ({"mapping": {"a": "b"}}, True),
    ({"mapping": 5}, False), ({"words": ["a", "b"]}, True),
])
def test_options_of_every_common_type_are_checked(value, fits):
    # (float, int | None, list[int], dict and frozenset options were passed on unchecked, or refused: a hunt)
    from dataclasses import dataclass, field

    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import OptionError, Rule

    @dataclass
    class Options:
        ratio: float = 0.5
        limit: int | None = None
        sizes: list[int] = field(default_factory=list)
        mapping: dict[str, str] = field(default_factory=dict)
        words: frozenset[str] = frozenset()

    R = type("R", (Rule,), {"__doc__": "Doc.", "code": "OPT009", "name": "r", "severity": Severity.INFO,
                            "Options": Options, "check": lambda self, doc: ()})
    if fits:
        made = R.make_options(value)
        assert isinstance(made.words, frozenset) and isinstance(made.ratio, float)
    else:
        with pytest.raises(OptionError):
            R.make_options(value)


def test_a_selector_of_a_pack_that_did_not_load_says_why():
    # (only "`MYP` matches no rule", the import error shown nowhere: a pack author's hunt)
    from undoc_lint.runner import UsageError, check_selectors

    reg = load_registry([ep("mypack", "undoc_lint_no_such_module_xyz")])
    with pytest.raises(UsageError) as err:
        check_selectors(reg, ["MYP"], "--select")
    assert "matches no rule" in str(err.value) and "ModuleNotFoundError" in str(err.value) and "mypack" in str(err.value)


def test_a_fix_that_keeps_coming_is_left_out_and_the_others_still_apply():
    reg = _pack_registry(_replacing_rule("ODD001", "x", "xx"), _replacing_rule("ODD002", "colour", "color"))
    fixed, applied, remaining = Linter(Selection(select=["ODD"]), registry=reg).fix_text("1. x colour\n", "d.undoc.md")
    assert fixed == "1. x color\n" and [d.code for d in applied] == ["ODD002"]
    assert [d.code for d in remaining] == ["ENG003", "ODD001"] and "ODD001" in remaining[0].message


def test_a_rule_name_that_selects_other_rules_is_not_loaded():
    # (`all`, `fn001`, `num` as names: `--select num` took the NUM family and the rule: a hunt)
    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import Rule

    def rule(code, name):
        return type(f"R{code}", (Rule,), {"__doc__": "Doc.", "code": code, "name": name, "severity": Severity.INFO,
                                          "check": lambda self, doc: ()})

    reg = load_registry([])
    for code, name in (("COL001", "all"), ("COL002", "num"), ("COL003", "fn001")):
        reg.add_pack("col", [rule(code, name)])
        assert code not in reg.rules and "reads as a selector" in reg.problems[-1].message
    reg.add_pack("own", [rule("TODO001", "todo")])  # (its own family's name: fine)
    assert "TODO001" in reg.rules


def test_an_option_given_twice_in_two_spellings_is_an_error():
    # (`max-spaces: 2` and `max_spaces: 3`: the last silently won: a hunt)
    from dataclasses import dataclass

    from undoc_lint.diagnostics import Severity
    from undoc_lint.rule import OptionError, Rule

    @dataclass
    class Options:
        max_spaces: int = 1

    R = type("R", (Rule,), {"__doc__": "Doc.", "code": "OPT007", "name": "r", "severity": Severity.INFO,
                            "Options": Options, "check": lambda self, doc: ()})
    assert R.make_options({"max-spaces": 2}).max_spaces == 2
    with pytest.raises(OptionError, match="given twice"):
        R.make_options({"max-spaces": 2, "max_spaces": 3})


def test_a_pack_installed_the_develop_way_is_found(tmp_path, monkeypatch):
    # (`name.egg-info` without a version, as `setup.py develop` leaves it, was passed over: a hunt)
    from undoc_lint.registry import GROUP, entry_points_in_path

    info = tmp_path / "legacypack_xyz.egg-info"
    info.mkdir()
    (info / "entry_points.txt").write_text("[undoc_lint.rules]\nlegacy = legacypack_xyz\n", encoding="utf-8")
    (info / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: legacypack-xyz\nVersion: 0.3\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    [found] = [e for e in entry_points_in_path(GROUP) if e.name == "legacy"]
    assert (found.value, found.dist_version) == ("legacypack_xyz", "0.3")


def test_every_built_in_rule_has_options_that_its_defaults_fit():
    # (not checked when the built-in pack loads, for the start-up's sake: here instead)
    from undoc_lint.rule import _options_problems

    for cls in load_registry().rules.values():
        if cls.pack == "builtin":
            assert _options_problems(cls.Options) == [], cls.code


def test_a_pack_that_fails_to_load_is_reported_once_a_run(tmp_path):
    # (in every file's report, a broken pack's ENG002 buried a run of many files in copies of it)
    import subprocess

    dist = tmp_path / "site" / "broken_pack-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-pack\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[undoc_lint.rules]\nbroken = undoc_lint_no_such_module_xyz\n")
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.undoc.md").write_text("1. *Decides* one.\n", encoding="utf-8")
    env = {**__import__("os").environ, "PYTHONPATH": str(tmp_path / "site"), "UNDOC_LINT_NO_CACHE": "1"}
    run = subprocess.run([sys.executable, "-m", "undoc_lint", "check", "--no-cache", "--format", "json", "."],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    import json

    found = json.loads(run.stdout)
    assert run.returncode == 1, run.stderr
    assert [(d["code"], d["path"]) for d in found if d["code"] == "ENG002"] == [("ENG002", "./a.undoc.md")], found
    # (with --diff, which prints no diagnostics, on stderr: it went unnoticed there; a hunt)
    run = subprocess.run([sys.executable, "-m", "undoc_lint", "check", "--no-cache", "--diff", "."],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.stderr.count("ENG002") == 1 and "broken" in run.stderr, run.stderr
