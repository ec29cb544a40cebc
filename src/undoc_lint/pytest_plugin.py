"""pytest plugin: lint UNDoc drafts as test items, and fixtures for rule authors.

Registered through the ``pytest11`` entry point, so installing undoc-lint is
enough. Linting is opt-in::

    pytest --undoc-lint                 # every *.undoc.md / *.undoc is one item `path::undoc-lint`
    pytest --undoc-lint -m undoc_lint   # only those items

or ``undoc_lint = true`` in the pytest ini file. Each file is linted with the
configuration that the command line would use for it (the closest
``.undoc-lint.yaml`` or ``[tool.undoc-lint]``, its ``exclude``,
``per-file-ignores`` and ``fail-on``); excluded and ``.gitignore``d files
are not collected. A failing item's report is undoc-lint's own text output.

Passes are remembered in pytest's cache (``undoc-lint/v1``), keyed on the
file's bytes, its configuration, and the versions and code of undoc-lint and
the installed rule packs (``undoc_lint.resultcache``, whose keys
``undoc-lint check``'s result cache uses too); a remembered pass is reported
as passed. Only the controller writes the cache under pytest-xdist.

pytest imports this module in every session of every project that has
undoc-lint installed: it imports nothing of undoc-lint at import time.
"""

from __future__ import annotations

import json
import os

import pytest

CACHE_KEY = "undoc-lint/v1"
MARKER = "undoc_lint"
ITEM_NAME = "undoc-lint"
SUFFIXES = (".undoc.md", ".undoc")
_PROPERTY = "undoc_lint_pass"  # (path, key) of a pass, carried from an xdist worker to the controller


# ------------------------------------------------------------------ options, configuration
def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("undoc-lint", "lint UNDoc markup drafts (undoc-lint)")
    group.addoption("--undoc-lint", action="store_true", default=False,
                    help="Collect every *.undoc.md and *.undoc file as a test item `path::undoc-lint` that runs undoc-lint.")
    parser.addini("undoc_lint", type="bool", default=False,
                  help="Always collect UNDoc drafts as undoc-lint items, as --undoc-lint does.")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: undoc-lint items, one per UNDoc draft (select with `-m {MARKER}`)")
    if config.getoption("undoc_lint") or config.getini("undoc_lint"):
        state = _State(config)
        config.stash[_STATE] = state
        config.pluginmanager.register(state, "undoc-lint-session")


# ------------------------------------------------------------------ items
class UndocLintError(Exception):
    """A draft has diagnostics at or above its failing severity; the message is the report."""


class UndocLintFile(pytest.File):
    def collect(self):
        item = UndocLintItem.from_parent(self, name=ITEM_NAME)
        item.add_marker(MARKER)
        yield item


class UndocLintItem(pytest.Item):
    def runtest(self) -> None:
        state: _State = self.config.stash[_STATE]
        state.run(self)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, UndocLintError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        # The failure's heading: the draft's path (a domain that ended the node id would be rewritten).
        return self.path, None, self.parent.nodeid or self.path.name


def _relative(path, root) -> str:
    try:
        return os.path.relpath(path, root).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(path)


# ------------------------------------------------------------------ the session's state
class _State:
    """The linting session, the cache read at start and the passes to write at the end."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.is_worker = hasattr(config, "workerinput")
        cache = getattr(config, "cache", None)  # None with `-p no:cacheprovider`
        self.cache = cache
        entries = cache.get(CACHE_KEY, {}) if cache is not None else {}
        self.known: dict[str, str] = entries.get("passes", {}) if isinstance(entries, dict) else {}
        self.passed: dict[str, str] = {}  # path -> key of a pass in this run
        self.failed: set[str] = set()
        self._session = None
        self._gitignore = None
        self._environment: str | None = None
        self._config_keys: dict[str | None, str] = {}

    # -- hooks (this object is registered as a plugin when linting is on)
    def pytest_sessionstart(self) -> None:
        # A long-lived process (pytester, an IDE) may have read older configuration files.
        from undoc_lint.config import clear_caches

        clear_caches()

    def pytest_collect_file(self, file_path, parent):
        if file_path.name.endswith(SUFFIXES) and not self.excluded(file_path):
            return UndocLintFile.from_parent(parent, path=file_path)
        return None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # Under xdist the controller sees the workers' reports here: they carry their passes.
        if self.is_worker or report.when != "call" or not report.passed:
            return
        for name, value in report.user_properties:
            if name == _PROPERTY:
                self.passed[value[0]] = value[1]

    def pytest_sessionfinish(self) -> None:
        self.write_cache()

    # -- what to collect
    def excluded(self, path) -> bool:
        """Excluded by a configuration's `exclude` or a .gitignore, the file or a directory above it
        (up to the rootdir), as `undoc-lint check` skips it when searching the rootdir."""
        from undoc_lint.config import ConfigError, config_for
        from undoc_lint.files import GitIgnore

        if self._gitignore is None:
            self._gitignore = GitIgnore()
        root = str(self.config.rootpath)
        current, is_dir = str(path), False
        try:
            while True:
                parent = os.path.dirname(current)
                if config_for(parent).is_excluded(current) or self._gitignore.ignored(current, is_dir):
                    return True
                if parent == current or os.path.normcase(parent) == os.path.normcase(root) or not _inside(parent, root):
                    return False
                current, is_dir = parent, True
        except ConfigError:
            return False  # collected, and the item reports the configuration error

    # -- the cache key
    def environment(self) -> str:
        """undoc-lint's and the installed rule packs' versions and code, without importing the packs."""
        if self._environment is None:
            from undoc_lint.resultcache import environment

            self._environment = json.dumps([CACHE_KEY, *environment()])
        return self._environment

    def config_key(self, cfg) -> str:
        if cfg.path not in self._config_keys:
            from undoc_lint.resultcache import make_key

            content = ""
            if cfg.path:
                with open(cfg.path, "rb") as fh:
                    content = make_key([], fh.read())
            self._config_keys[cfg.path] = json.dumps([cfg.path, content, cfg.as_dict()], sort_keys=True, default=str)
        return self._config_keys[cfg.path]

    def key(self, path: str, data: bytes, cfg) -> str:
        from undoc_lint.resultcache import make_key

        return make_key([self.environment(), self.config_key(cfg), path], data)

    # -- linting
    def session(self):
        if self._session is None:
            from undoc_lint.runner import Session

            self._session = Session()
        return self._session

    def run(self, item: UndocLintItem) -> None:
        from undoc_lint.config import ConfigError, config_for

        path = str(item.path)
        shown = _relative(item.path, self.config.invocation_params.dir)
        from undoc_lint.api import Unreadable, read_bytes

        try:
            cfg = config_for(path)
            data = read_bytes(path)
            key = self.key(path, data, cfg)
            if self.known.get(path) != key:
                self._lint(path, shown, data, cfg)
        except ConfigError as exc:
            self.failed.add(path)
            raise UndocLintError(f"undoc-lint: configuration error: {exc}") from None
        except UndocLintError:
            self.failed.add(path)
            raise
        except Unreadable as exc:
            self.failed.add(path)
            raise UndocLintError(f"{shown}: {exc}") from None
        if self.is_worker:
            item.user_properties.append((_PROPERTY, (path, key)))
        else:
            self.passed[path] = key

    def _lint(self, path: str, shown: str, data: bytes, cfg) -> None:
        from undoc_lint.api import parse_bytes
        from undoc_lint.diagnostics import Severity
        from undoc_lint.output.text import format_full, summary
        from undoc_lint.runner import UsageError

        try:
            linter, extra_ignore = self.session().linter_for(path)
        except UsageError as exc:
            raise UndocLintError(f"undoc-lint: {exc}") from None
        doc = parse_bytes(data, shown)
        diags = linter.lint_document(doc, extra_ignore)
        threshold = Severity.parse(cfg.fail_on or "warning")
        if any(d.severity >= threshold for d in diags):
            report = format_full(diags, {shown: doc.source}) + summary(diags, 1)
            raise UndocLintError(report)

    # -- the cache, written once by the controller
    def write_cache(self) -> None:
        if self.is_worker or self.cache is None:
            return
        if not self.passed and not (self.failed & set(self.known)):
            return
        current = self.cache.get(CACHE_KEY, {})
        known = dict(current.get("passes", {})) if isinstance(current, dict) else {}
        for path in self.failed:
            known.pop(path, None)
        known.update(self.passed)
        # A name that is not UTF-8 (surrogate escapes) cannot be stored in pytest's JSON
        # cache: such a file is simply linted again next time.
        known = {path: key for path, key in known.items() if path.isascii() or _utf8(path)}
        if known != (current.get("passes") if isinstance(current, dict) else None):
            self.cache.set(CACHE_KEY, {"passes": known})


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([os.path.abspath(path), os.path.abspath(root)]) == os.path.abspath(root)
    except ValueError:
        return False


_STATE = pytest.StashKey[_State]()


# ------------------------------------------------------------------ fixtures for rule authors
@pytest.fixture
def undoc_lint_check():
    """``undoc_lint.testing.check_text``: lint a string with the selected rules.

    ``undoc_lint_check(text, select="NUM001", language="en", options={...})``
    returns the sorted diagnostics (SYN ones included); each has ``code``,
    ``name``, ``severity``, ``message``, ``span.line``, ``span.column`` and ``fix``.
    """
    from undoc_lint.testing import check_text

    return check_text


class CaseRunner:
    """Run rule cases, as undoc-lint's own rule tests do (``undoc_lint.testing.run_example``).

    ``runner(path, rule=None)`` runs a YAML case file (``load_cases``) or a
    Markdown file of fenced examples in the docstring format (```` ```undoc fail ````,
    ```` ```expect ````, ```` ```undoc fixed ````). The rule is ``rule`` (a code,
    a name or a class), else the YAML file's ``rule:``, else the file's stem.
    ``runner.docstring(rule)`` runs a rule's docstring examples. Every case
    runs; one AssertionError lists all that failed. Returns the names of the cases run.
    """

    def __call__(self, path, rule=None) -> list[str]:
        from undoc_lint.testing import doc_examples, load_cases

        path = os.fspath(path)
        if path.endswith((".yaml", ".yml")):
            cls = self._rule(rule or _yaml_rule(path) or _stem(path))
            examples = load_cases(path)
        else:
            cls = self._rule(rule or _stem(path))
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            examples = doc_examples(type("Cases", (), {"__doc__": text, "code": cls.code}))
        if not examples:
            raise AssertionError(f"{path}: no cases found")
        return self._run(cls, examples)

    def docstring(self, rule) -> list[str]:
        from undoc_lint.testing import doc_examples

        cls = self._rule(rule)
        examples = doc_examples(cls)
        kinds = {ex.kind for ex in examples}
        if kinds != {"fail", "pass"}:  # (a rule with no examples passed, having run nothing)
            raise AssertionError(f"{cls.code}: its docstring has {'no' if not kinds else 'only ' + next(iter(kinds))} "
                                 f"examples; a rule documents at least one ```undoc fail and one ```undoc pass")
        return self._run(cls, examples)

    @staticmethod
    def _rule(rule):
        from undoc_lint.registry import load_registry

        if isinstance(rule, type):
            return rule
        cls = load_registry().lookup(str(rule))
        if cls is None:
            raise LookupError(f"no installed rule `{rule}` (is its rule pack installed?)")
        return cls

    @staticmethod
    def _run(cls, examples) -> list[str]:
        from undoc_lint.testing import run_example

        failures = []
        for ex in examples:
            try:
                run_example(cls, ex)
            except AssertionError as exc:
                failures.append(str(exc))
        if failures:
            raise AssertionError(f"{len(failures)} of {len(examples)} cases of {cls.code} failed:\n\n" + "\n\n".join(failures))
        return [ex.name for ex in examples]


def _stem(path: str) -> str:
    return os.path.basename(path).split(".")[0]


def _yaml_rule(path: str) -> str | None:
    from ruamel.yaml import YAML

    with open(path, encoding="utf-8") as fh:
        data = YAML(typ="safe", pure=True).load(fh)
    return str(data["rule"]) if isinstance(data, dict) and data.get("rule") else None


@pytest.fixture
def undoc_lint_cases() -> CaseRunner:
    """Run a YAML (or Markdown) file of rule cases: ``undoc_lint_cases("tests/cases/XYZ001.yaml")``.

    See ``CaseRunner``; ``undoc_lint_cases.docstring(MyRule)`` runs a rule's docstring examples.
    """
    return CaseRunner()
