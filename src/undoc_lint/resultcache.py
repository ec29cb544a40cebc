"""The result cache of `undoc-lint check`, and the cache keys it shares with
the pytest plugin.

A file's diagnostics depend on its bytes, the path it is reported under, the
effective settings for it, and the code that lints it (undoc-lint, the rule
packs, their language data, the libraries that parse, Python). When none of
those changed since a run stored the file's result, the next run prints that
result instead of linting again.

Layout, under ``cachedir.cache_path("results", …)`` (``UNDOC_LINT_CACHE_DIR``
moves it)::

    results/<release>/<slot>.json

* ``<release>``: a digest of undoc-lint's version and installed location,
  the Python build, the versions of lark and ruamel.yaml and of every loaded
  rule pack. A new release (or installation) starts a new directory; when
  it does, the directories unused for ``PRUNE_AFTER_DAYS`` are deleted.
* ``<slot>``: a digest of the path as reported, the file's effective settings
  (enabled rules, their options and severities, language, directives on or
  off) and the per-file ignores that match it. One entry per file and
  settings: an edit replaces the entry, so the cache does not grow with edits.
* inside the entry, ``check``: a digest of all of that plus the file's bytes
  and a stamp (size, modification time) of every code and data file of
  undoc-lint and of the rule packs. It must match exactly, else the entry is
  a miss and is overwritten: so a file edit, or an edit to a rule in an
  editable install (no version bump), relints.

The digests are BLAKE2b (160 bits for names, 256 bits for ``check``): a
collision would print another file's diagnostics, so a 64-bit checksum such
as ``cachedir.digest`` is not enough here. BLAKE2b comes from the built-in
``_blake2`` module (0.2 ms to import; ``hashlib`` costs ~3 ms, as it loads
OpenSSL), with ``hashlib`` as the fallback.

Everything is best effort: an unreadable, corrupt, foreign or unwritable
entry is a miss (the file is linted), never an error or a wrong result.
Entries are written atomically (``cachedir.write_bytes``).

A lookup reads the file's bytes and computes the key; a miss is linted
exactly as without the cache (``Linter.lint_path``), and its result is
stored only if the text that was linted is the bytes that were read (the
file did not change in between). So only results that are a function of
the key are stored: not those of files whose document has no text of their
bytes (invalid UTF-8, binary, too many lines: cheap to check again), nor
those with an ENG diagnostic (a rule that crashed, a pack that failed to
load: perhaps transient). A hit rebuilds the diagnostics (every field,
positions included) and the Source from the bytes read (lazily: only the
text format's source lines and fix positions need it), so every output
format prints exactly what a fresh run prints.
"""

from __future__ import annotations

import json
import os
import sys

from .cachedir import cache_path, write_bytes

FORMAT = 1  # of an entry; part of every key
PRUNE_AFTER_DAYS = 30
DEPENDENCIES = ("lark", "ruamel-yaml")  # they parse the documents: their upgrade may change results
_STAMPED = (".py", ".yaml", ".yml", ".json", ".lark", ".toml", ".txt")
_FALSE = ("", "0", "false", "no", "off")
# The Diagnostic fields an entry stores (a test checks that this is all of them).
DIAGNOSTIC_FIELDS = ("code", "name", "severity", "message", "span", "fix", "path", "pack", "extra")


def disabled_by_environment() -> bool:
    """UNDOC_LINT_NO_CACHE set to anything but 0/false/no/off (or empty)."""
    return os.environ.get("UNDOC_LINT_NO_CACHE", "").strip().lower() not in _FALSE


# ------------------------------------------------------------------ keys (shared with the pytest plugin)
def _blake2b():
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover (an interpreter without the built-in module)
        from hashlib import blake2b
    return blake2b


def make_key(parts, data: bytes = b"", size: int = 32) -> str:
    """A hex digest of strings and bytes, each length-prefixed (no two inputs give one stream)."""
    h = _blake2b()(digest_size=size)
    for part in (*parts, data):
        raw = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
        h.update(len(raw).to_bytes(8, "little"))
        h.update(raw)
    return h.hexdigest()


def environment(registry=None) -> tuple[str, str]:
    """(release, code stamp): what undoc-lint, Python and the rule packs are.

    ``release`` names versions (undoc-lint's, Python's, lark's and
    ruamel.yaml's, and every rule pack's) and where undoc-lint is installed.
    With ``registry`` (loaded), the packs are its packs and its load
    problems; without, they are the installed entry points, found without
    importing them. ``code stamp`` lists the size and modification time of
    every code and data file of undoc-lint (its package, the grammar, the
    built-in rules, the language data) and of each rule pack's top-level
    package, all of it (a top-level module: that file only): it changes with
    an edit in an editable install, where the versions do not.
    Nothing is memoised here: callers keep the result for their run.
    """
    import undoc_lint

    modules: set[tuple[str, str | None]] = set()  # (module name, file)
    if registry is not None:
        packs = sorted(registry.packs.items())
        problems = sorted(p.message for p in registry.problems)
        for cls in registry.rules.values():
            modules.add((cls.__module__, getattr(sys.modules.get(cls.__module__), "__file__", None)))
    else:
        from .registry import GROUP, entry_points_in_path

        eps = entry_points_in_path(GROUP)
        packs = sorted((ep.name, ep.value, ep.dist_version) for ep in eps)
        problems = []
        for ep in eps:
            name = ep.value.partition(":")[0].strip()
            modules.add((name, _module_file(name)))
    modules.add(("undoc_lint.grammar", _module_file("undoc_lint.grammar")))
    package = os.path.dirname(os.path.abspath(undoc_lint.__file__))
    # The installation's location too: two installations of one version (a venv and pre-commit's)
    # have different code stamps, and would otherwise keep overwriting each other's entries.
    release = json.dumps([FORMAT, undoc_lint.__version__, sys.version, sys.implementation.cache_tag,
                          _versions(DEPENDENCIES), packs, package])
    stamp: list = []
    _stamp_dir(package, True, stamp)
    dirs, files = set(), set()
    for name, file in modules:
        if not file or os.path.abspath(file).startswith(package + os.sep):
            continue  # (undoc-lint's own package is stamped whole, above)
        if "." in name:  # a module in a package: its whole top-level package (helpers and data beside it too)
            top = _module_file(name.split(".", 1)[0])
            dirs.add(os.path.dirname(os.path.abspath(top or file)))
            # and its own directory, which a package's mapping may put outside it (an editable
            # install maps undoc_lint.rules to the repository's rules/, beside src/undoc_lint)
            dirs.add(os.path.dirname(os.path.abspath(file)))
        else:  # a top-level module: its directory may be site-packages
            files.add(os.path.abspath(file))
    for d in sorted(dirs):
        _stamp_dir(d, True, stamp)
    for f in sorted(files):
        if os.path.dirname(f) not in dirs:
            _stamp_file(f, stamp)
    return release, json.dumps([problems, stamp])


def _module_file(name: str) -> str | None:
    """The file of a module, without running it (only its parent packages are imported)."""
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module, "__file__", None)
    try:
        import importlib.util

        spec = importlib.util.find_spec(name)
    except Exception:  # a pack that cannot be found is reported by the registry, not here
        return None
    return spec.origin if spec is not None and spec.has_location else None


def _stamp_dir(directory: str, recursive: bool, out: list) -> None:
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        out.append([directory, None])
        return
    for e in entries:
        if e.name.startswith(".") or e.name == "__pycache__":
            continue
        try:
            if e.is_dir():
                if recursive:
                    _stamp_dir(e.path, True, out)
            elif e.name.endswith(_STAMPED):
                st = e.stat()
                out.append([e.path, st.st_size, st.st_mtime_ns])
        except OSError:
            out.append([e.path, None])


def _stamp_file(path: str, out: list) -> None:
    try:
        st = os.stat(path)
        out.append([path, st.st_size, st.st_mtime_ns])
    except OSError:
        out.append([path, None])


def _versions(names: tuple[str, ...]) -> dict[str, str]:
    """Installed versions of distributions, from their *.dist-info names on sys.path (the first wins)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names_here = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names_here:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].partition("-")
                dist = dist.lower().replace("_", "-").replace(".", "-")
                if dist in names and dist not in found:
                    found[dist] = version
        if len(found) == len(names):
            break
    return found


def settings_key(linter) -> str:
    """What of a Linter's settings can change diagnostics (not fail-on, not exclude)."""
    sel = linter.selection
    return json.dumps([sorted(linter.codes), sel.options, sel.severity, linter.language, linter.use_directives],
                      sort_keys=True, default=repr)


# ------------------------------------------------------------------ the result cache of `check`
class Pending:
    """What a miss needs to store the result once the file is linted."""

    __slots__ = ("check", "data", "entry")

    def __init__(self, entry: str, check: str, data: bytes):
        self.entry, self.check, self.data = entry, check, data


class ResultCache:
    """One run's view of the cache: the environment is computed once (before workers fork)."""

    def __init__(self, session):
        self.session = session
        self.release, self.code = environment(session.registry)
        self.directory = cache_path("results", make_key([self.release], size=10))
        self._settings: dict[int, tuple] = {}  # id(linter) -> (linter, key or None)
        self._touched = False
        self._enabled: dict[str, bool] = {}  # directory -> `cache` of its configuration

    def enabled_for(self, path: str) -> bool:
        """`cache` of the file's configuration (which depends on its directory only)."""
        directory = os.path.dirname(path)
        known = self._enabled.get(directory)
        if known is None:
            try:
                known = self._enabled[directory] = bool(self.session.config(path).cache)
            except Exception:  # a configuration error surfaces where it always does
                return False
        return known

    def _settings_key(self, linter) -> str | None:
        known = self._settings.get(id(linter))
        if known is None:
            try:
                key = settings_key(linter)
            except (TypeError, ValueError):  # options that do not serialise: no caching for them
                key = None
            known = self._settings[id(linter)] = (linter, key)
        return known[1]

    def lookup(self, path: str, name: str, linter, extra_ignore: list[str], read: bool = True):
        """(diagnostics and Source of a hit or None, Pending for a later store or None)."""
        from .api import Unreadable, read_bytes

        settings = self._settings_key(linter)
        if settings is None:
            return None, None
        try:
            data = read_bytes(path)
        except Unreadable:  # the linter reports it (SYN002)
            return None, None
        parts = [self.release, settings, json.dumps(extra_ignore), name]
        entry = os.path.join(self.directory, make_key(parts, size=20) + ".json")
        check = make_key([*parts, self.code], data)
        pending = Pending(entry, check, data)
        if not read:
            return None, pending
        try:
            with open(entry, "rb") as fh:
                stored = json.loads(fh.read())
            if stored.get("check") != check:
                return None, pending
            hit = _rebuild(stored, data, name)
        except Exception:  # missing, unreadable, corrupt or foreign: a miss
            return None, pending
        self._touch()
        return hit, pending

    def store(self, pending: Pending, doc, diags) -> None:
        try:
            source = doc.source
            if any(d.code.startswith("ENG") for d in diags) or _encoded(source) != pending.data:
                return
            blob = json.dumps({"check": pending.check, "text_len": len(source.text),
                               "diagnostics": [_diagnostic_row(d) for d in diags]}, separators=(",", ":"))
        except Exception:  # something that does not serialise exactly: not stored
            return
        new_release = not self._touched and not os.path.isdir(self.directory)
        write_bytes(pending.entry, blob.encode("ascii"))
        if new_release:
            _prune(self.directory)
        self._touched = True

    def _touch(self) -> None:
        """Mark this release's directory as used (pruning deletes directories unused for long)."""
        if not self._touched:
            self._touched = True
            try:
                os.utime(self.directory)
            except OSError:
                pass


_CURRENT: tuple | None = None  # (session, ResultCache or None): one run at a time


def for_session(session) -> ResultCache | None:
    global _CURRENT
    if _CURRENT is None or _CURRENT[0] is not session:
        try:
            cache = ResultCache(session)
        except Exception:  # e.g. an unreadable package directory: run without the cache
            cache = None
        _CURRENT = (session, cache)
    return _CURRENT[1]


class _NotStorable(Exception):
    pass


def _encoded(source) -> bytes:
    """The bytes a Source was decoded from (UTF-8 decoding is exact both ways)."""
    return (("\ufeff" if source.bom else "") + source.text).encode("utf-8")


def _diagnostic_row(d) -> list:
    from .diagnostics import Severity

    s = d.span
    fix = None
    if d.fix is not None:
        fix = [d.fix.message, d.fix.safe, [[e.start, e.end, e.content] for e in d.fix.edits]]
    extra = d.extra
    if extra:
        try:
            if json.loads(json.dumps(extra)) != extra:
                raise _NotStorable
        except (TypeError, ValueError):
            raise _NotStorable from None
    return [d.code, d.name, int(Severity.parse(d.severity)), d.message, s.start, s.end,
            [s.line, s.column, s.end_line, s.end_column, s.start_byte, s.end_byte], fix, d.path, d.pack, extra or {}]


def _rebuild(stored: dict, data: bytes, name: str):
    from .diagnostics import Diagnostic, Edit, Fix, Severity
    from .source import Source, Span

    if "__slots__" in Source.__dict__:  # (_LazySource needs an instance __dict__)
        source = Source.from_bytes(data, name)
        if len(source.text) != stored["text_len"]:
            raise ValueError("text length differs")
    else:
        source = _lazy_source_class()(data, name)
    diags = []
    for code, rule, severity, message, start, end, pos, fix, path, pack, extra in stored["diagnostics"]:
        if fix is not None:
            fix = Fix(fix[0], tuple(Edit(a, b, c) for a, b, c in fix[2]), bool(fix[1]))
        diags.append(Diagnostic(code=code, name=rule, severity=Severity(severity), message=message,
                                span=Span(start, end, source, tuple(pos)), fix=fix, path=path, pack=pack, extra=extra))
    return diags, source


_LAZY = None


def _lazy_source_class():
    """Source, built from the bytes only when first used: the text format needs
    it for source lines, json and sarif for fix positions, and a clean file's
    result never (most files of a project, on a warm run)."""
    global _LAZY
    if _LAZY is None:
        from .source import Source

        class _LazySource(Source):
            def __init__(self, data: bytes, path: str):  # Source.__init__ runs on first use, in __getattr__
                self.__dict__["_lazy"] = (data, path)

            def __getattr__(self, name: str):
                lazy = self.__dict__.pop("_lazy", None)
                if lazy is None:
                    raise AttributeError(name)
                self.__dict__.update(Source.from_bytes(*lazy).__dict__)
                return getattr(self, name)

        _LAZY = _LazySource
    return _LAZY


def _prune(directory: str) -> None:
    """Delete the directories of other releases that no run used for PRUNE_AFTER_DAYS."""
    import time

    base, own = os.path.split(directory)
    cutoff = time.time() - PRUNE_AFTER_DAYS * 86400
    try:
        with os.scandir(base) as it:
            old = [e.path for e in it if e.name != own and e.is_dir(follow_symlinks=False)
                   and e.stat(follow_symlinks=False).st_mtime < cutoff]
    except OSError:
        return
    if old:
        import shutil

        for path in old:
            shutil.rmtree(path, ignore_errors=True)
