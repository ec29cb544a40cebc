"""Configuration: `.undoc-lint.yaml` or `[tool.undoc-lint]` in `pyproject.toml`.

For each linted file the closest configuration file wins: the search goes
up from the file's directory, and in one directory `.undoc-lint.yaml` (or
`.yml`) is preferred to `pyproject.toml`; a `pyproject.toml` without a
`[tool.undoc-lint]` table does not count (one that mentions undoc-lint but
cannot be read or parsed is an error, not skipped). Nothing is merged
between files (as in ruff): one file holds the whole configuration of its
tree.

Every key and value is validated; a mistake is a ConfigError naming the
file, the line and, where it can, the intended key.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from .diagnostics import Severity
from .records import dataclass, field

YAML_NAMES = (".undoc-lint.yaml", ".undoc-lint.yml")
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
KEYS = {
    "select": "list of rule codes, prefixes, families or names to check (default: all)",
    "extend-select": "more selectors added to `select`",
    "ignore": "selectors to leave out",
    "per-file-ignores": "mapping of a glob (relative to this file) to the selectors ignored in matching files",
    "severity": "mapping of a rule code or name to error, warning or info",
    "options": "mapping of a rule code or name to that rule's options",
    "language": "language of documents whose front matter does not say (ar, en, es, fr, ru, zh)",
    "exclude": "globs (relative to this file) of paths not to lint when searching directories",
    "plugins": "rule packs (entry-point names) that must be installed; a missing one is an error",
    "fail-on": "the lowest severity that makes the exit code 1 (error, warning, info)",
    "cache": "true (default) or false: whether `undoc-lint check` may reuse results of unchanged files",
}


class ConfigError(Exception):
    """A configuration mistake: exit code 2."""

    def __init__(self, path: str, line: int | None, message: str):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path, self.line = path, line


@dataclass
class Config:
    path: str | None = None  # the file it came from; None: defaults
    root: str = "."  # the directory that globs are relative to
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict] = field(default_factory=dict)
    language: str | None = None
    exclude: list[str] = field(default_factory=list)
    plugins: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    cache: bool = True  # the result cache of `undoc-lint check` (resultcache.py)
    lines: dict[str, int] = field(default_factory=dict, repr=False)  # key -> line in the file

    def line_of(self, key: str) -> int | None:
        """The line of a key (`options.NUM001.sections`), else of the nearest key above it."""
        while key not in self.lines and "." in key:
            key = key.rpartition(".")[0]
        return self.lines.get(key)

    def ignores_for(self, path: str) -> list[str]:
        rel = relative_posix(path, self.root)
        return [sel for glob, sels in self.per_file_ignores.items() if glob_match(glob, rel) for sel in sels]

    def is_excluded(self, path: str) -> bool:
        rel = relative_posix(path, self.root)
        return any(glob_match(g, rel) or glob_match(g.rstrip("/") + "/**", rel) for g in self.exclude)

    def as_dict(self) -> dict:
        return {"select": self.select, "extend-select": self.extend_select, "ignore": self.ignore,
                "per-file-ignores": self.per_file_ignores, "severity": self.severity, "options": self.options,
                "language": self.language, "exclude": self.exclude, "plugins": self.plugins, "fail-on": self.fail_on,
                "cache": self.cache}


# ------------------------------------------------------------------ discovery
def find_config_file(start_dir: str) -> str | None:
    """The closest configuration file at or above start_dir."""
    d = os.path.abspath(start_dir)
    while True:
        found = _config_in(d)
        if found:
            return found
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


@lru_cache(maxsize=None)
def _config_in(directory: str) -> str | None:
    # Whatever stands under our names is ours: a directory or a dangling link is an error
    # (load_config says so), not a reason to fall back on a parent directory's configuration.
    for name in YAML_NAMES:
        p = os.path.join(directory, name)
        if os.path.lexists(p):
            return p
    p = os.path.join(directory, "pyproject.toml")
    if os.path.lexists(p):
        # Without a line that may open our table it is not ours, and not parsed (a project that
        # lists undoc-lint as a dependency pays no TOML parser at start-up); with one, it must
        # parse, and counts if it has the table, however spelt (quoted, dotted, inline).
        if _MAY_HOLD_OUR_TABLE.search(_read_bytes(p).decode("utf-8", "replace")) and _toml_file(p)[0] is not None:
            return p
    return None


# `[tool.undoc-lint…]` or `tool.undoc-lint… =` (names quoted or not), or a bare `[tool]` / `tool =`.
_MAY_HOLD_OUR_TABLE = re.compile(r"""(?m)^\ufeff?[ \t]*(?:\[[ \t]*)?tool[ \t]*(?:\.[ \t]*["']?undoc-lint|\]|=)""")


def config_for(path: str) -> Config:
    """The configuration that applies to a file (or directory) path."""
    start = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path)) or "."
    found = find_config_file(start)
    return load_config(found) if found else Config()


@lru_cache(maxsize=None)
def load_config(path: str) -> Config:
    if path.endswith(".toml"):
        data, lines = _read_toml(path)
    else:
        data, lines = _read_yaml(path)
    return _validate(path, data, lines)


def _read_bytes(path: str) -> bytes:
    from .api import Unreadable, read_bytes

    try:  # (as a draft is read: never blocking on a FIFO, never more than 64 MB)
        return read_bytes(path)
    except Unreadable as exc:
        raise ConfigError(path, None, f"cannot read: {exc}") from None


def _toml_table(path: str, raw: bytes) -> tuple[Any, str]:
    """The `[tool.undoc-lint]` table (None if there is none) and the file's text."""
    import tomllib

    try:
        text = raw.decode("utf-8-sig")  # a leading BOM is the encoding's signature, not TOML
        tool = tomllib.loads(text).get("tool")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ConfigError(path, int(line.group(1)) if line else None, f"not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(path, None, "not valid TOML: nested too deeply") from None
    return (tool.get("undoc-lint") if isinstance(tool, dict) else None), text


@lru_cache(maxsize=None)
def _toml_file(path: str) -> tuple[Any, str]:
    """_toml_table of a file, read and parsed once (discovery and load_config both ask)."""
    return _toml_table(path, _read_bytes(path))


def _read_toml(path: str) -> tuple[dict, dict[str, int]]:
    table, text = _toml_file(path)
    if table is None:  # only a file named by --config can get here: discovery skips it
        raise ConfigError(path, None, "has no [tool.undoc-lint] table")
    if not isinstance(table, dict):
        raise ConfigError(path, None, "[tool.undoc-lint] must be a table")
    # tomllib keeps no positions: find each key's line inside the table for messages
    # (`options`, `options.NUM001`, `options.NUM001.sections`, in sub-tables and dotted keys too).
    lines: dict[str, int] = {}
    inside, prefix = False, ""
    for n, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            head = re.match(r"\[\s*tool\s*\.\s*([\"']?)undoc-lint\1\s*(\.[^\]]*)?\]", stripped)
            inside = head is not None
            prefix = _dotted(head.group(2)[1:]) + "." if head and head.group(2) else ""
            if prefix:
                _record(prefix[:-1], n, lines)
            continue
        m = re.match(r"((?:[\"']?[\w-]+[\"']?\s*\.\s*)*[\"']?[\w-]+[\"']?)\s*=", stripped)
        if inside and m:
            _record(prefix + _dotted(m.group(1)), n, lines)
    return table, lines


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.split("."))


def _record(key: str, line: int, lines: dict[str, int]) -> None:
    """The line of a key and of each key above it, where not yet known."""
    parts = key.split(".")
    for k in range(1, len(parts) + 1):
        lines.setdefault(".".join(parts[:k]), line)


def _read_yaml(path: str) -> tuple[dict, dict[str, int]]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    raw = _read_bytes(path)
    try:
        data = YAML(typ="rt", pure=True).load(raw.decode("utf-8"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise ConfigError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc.problem}") from None
    except (YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, f"cannot read: {exc}") from None
    except RecursionError:  # ruamel's parser recurses once per level of nesting
        raise ConfigError(path, None, "not valid YAML: nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - what ruamel raises on odd input (a mapping as a key: TypeError;
        # a merge key that refers to its own mapping: AttributeError): not valid, not a crash
        what = " ".join(str(exc).split()) or type(exc).__name__
        raise ConfigError(path, None, f"not valid YAML: it cannot be read (a key or alias that refers to itself?: {what})") from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(path, 1, "the configuration must be a mapping of keys to values")
    lines: dict[str, int] = {}
    _key_lines(data, "", lines, 3)
    return _plain(data), lines


def _key_lines(mapping: Any, prefix: str, lines: dict[str, int], depth: int) -> None:
    """The line of each key (`options`, `options.NUM001`, `options.NUM001.sections`) for messages."""
    for key in mapping:
        try:
            lines[prefix + str(key)] = mapping.lc.key(key)[0] + 1
        except Exception:  # (a key ruamel kept no position for: the message names the file only)
            continue
        value = mapping[key]
        if depth > 1 and isinstance(value, dict) and hasattr(value, "lc"):
            _key_lines(value, f"{prefix}{key}.", lines, depth - 1)


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, str):
        return str(v)
    return v


# ------------------------------------------------------------------ validation
def _validate(path: str, data: dict, lines: dict[str, int]) -> Config:
    cfg = Config(path=path, root=os.path.dirname(os.path.abspath(path)), lines=lines)

    def fail(key: str, message: str):  # (`options.NUM001`: that entry's line, else its parent's)
        raise ConfigError(path, cfg.line_of(key), message)

    def str_list(key: str, value: Any) -> list[str]:
        if isinstance(value, str):
            value = [v for v in re.split(r"[,\s]+", value) if v]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(key, f"`{key}` must be a list of strings, not {value!r}")
        return list(value)

    def mapping(key: str, value: Any) -> dict:
        if not isinstance(value, dict):
            fail(key, f"`{key}` must be a mapping, not {value!r}")
        return value

    for key, value in data.items():
        if key not in KEYS:
            import difflib  # only for the error message

            close = difflib.get_close_matches(key, list(KEYS), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else f" (keys: {', '.join(KEYS)})"
            fail(key, f"unknown key `{key}`{hint}")
        if key in ("select", "extend-select", "ignore", "exclude", "plugins"):
            setattr(cfg, key.replace("-", "_"), str_list(key, value))
        elif key == "per-file-ignores":
            cfg.per_file_ignores = {str(g): str_list(key, sels) for g, sels in mapping(key, value).items()}
        elif key == "severity":
            sev = {}
            for rule, level in mapping(key, value).items():
                try:
                    Severity.parse(level)
                except ValueError:
                    fail(f"{key}.{rule}", f"severity of `{rule}` must be error, warning or info, not {level!r}")
                sev[str(rule)] = str(level).lower()
            cfg.severity = sev
        elif key == "options":
            opts = {}
            for rule, values in mapping(key, value).items():
                if not isinstance(values, dict):
                    fail(f"{key}.{rule}", f"options of `{rule}` must be a mapping of option names to values, not {values!r}")
                opts[str(rule)] = values
            cfg.options = opts
        elif key == "language":
            if value not in LANGUAGES:
                fail(key, f"`language` must be one of {', '.join(LANGUAGES)}, not {value!r}")
            cfg.language = value
        elif key == "fail-on":
            if value not in ("error", "warning", "info"):
                fail(key, f"`fail-on` must be error, warning or info, not {value!r}")
            cfg.fail_on = value
        elif key == "cache":
            if not isinstance(value, bool):
                fail(key, f"`cache` must be true or false, not {value!r}")
            cfg.cache = value
    return cfg


def clear_caches() -> None:
    """Forget found and loaded configuration files (for long-running callers)."""
    _config_in.cache_clear()
    _toml_file.cache_clear()
    load_config.cache_clear()


# ------------------------------------------------------------------ paths and globs
def relative_posix(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


@lru_cache(maxsize=512)
def _glob_regex(glob: str) -> re.Pattern:
    """`*` within a path segment, `**` across segments, `?` one character; a glob
    without `/` matches a file name at any depth (as .gitignore does)."""
    anchored = "/" in glob.rstrip("/")
    g = glob.strip("/")  # a trailing slash (directories only) is the caller's concern
    out, i = [], 0
    while i < len(g):
        c = g[i]
        if g.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif g.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(c))
            i += 1
    body = "".join(out)
    return re.compile(("^" if anchored else "^(?:.*/)?") + body + "(?:/.*)?$")


def glob_match(glob: str, rel_path: str) -> bool:
    return bool(_glob_regex(glob).match(rel_path))
