"""Regular expressions whose compiled form outlives the process.

``re`` keeps a compiled pattern only for the life of a process, and
compiling is slow: a language's date templates take ~35 ms, more than the
rest of a pre-commit run on one file. This module keeps what compiling
produces (the engine code that ``re`` hands to ``_sre.compile``) in the
user cache, one small file per pattern, keyed on the Python version and the
engine's magic number; a later process reads it back instead of parsing and
generating code again.

The engine code is an internal format of CPython. The cache is used only
where every piece of it is present and the engine takes the code back
(``_sre`` validates it); otherwise, and whenever reading or writing fails,
``compile`` is ``re.compile``. ``UNDOC_LINT_NO_REGEX_CACHE=1`` turns it off.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array

from .cachedir import cache_path, digest, write_bytes

try:  # the pieces of re.compile (CPython 3.11+)
    import _sre
    from re import _compiler, _parser

    _KEY = f"py{sys.version_info[0]}{sys.version_info[1]}-sre{_sre.MAGIC}-{_sre.CODESIZE}"
    if array("I").itemsize != _sre.CODESIZE:
        _KEY = None
except (ImportError, AttributeError):  # another implementation: plain re.compile
    _KEY = None

_DISABLED = bool(os.environ.get("UNDOC_LINT_NO_REGEX_CACHE"))
_memo: dict[tuple[str, int], re.Pattern] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name says what it replaces)
    """``re.compile(pattern, flags)``, read from the user cache when it was compiled before."""
    flags = int(flags)  # (a RegexFlag does not marshal)
    key = (pattern, flags)
    found = _memo.get(key)
    if found is None:
        found = _memo[key] = _load_or_compile(pattern, flags)
    return found


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def unnamed(pattern: str) -> str:
    """The pattern with its named groups made non-capturing (to join patterns whose names repeat)."""
    return _GROUP_NAME.sub("(?:", pattern)


def _path(pattern: str, flags: int) -> str:
    return cache_path(f"regex/{_KEY}", digest(f"{flags}:{pattern}".encode("utf-8", "surrogatepass")))


def _load_or_compile(pattern: str, flags: int) -> re.Pattern:
    if _KEY is None or _DISABLED or flags & re.DEBUG:
        return re.compile(pattern, flags)
    path = _path(pattern, flags)
    try:
        with open(path, "rb") as fh:
            stored, stored_flags, final_flags, code, groups, groupindex, indexgroup = marshal.load(fh)
        if stored == pattern and stored_flags == flags:
            return _sre.compile(pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # missing, unreadable, from another build: compile afresh  # noqa: BLE001
        pass
    try:
        compiled, entry = _fresh(pattern, flags)
    except re.error:
        raise
    except Exception:  # the internals are not what this module expects  # noqa: BLE001
        return re.compile(pattern, flags)
    _store(path, entry)
    return compiled


def _fresh(pattern: str, flags: int) -> tuple[re.Pattern, tuple]:
    """Compile as ``re._compiler.compile`` does, keeping the pieces it hands to ``_sre``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags, groups = int(flags | parsed.state.flags), parsed.state.groups - 1
    compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
    return compiled, (pattern, flags, final_flags, array("I", code).tobytes(), groups, groupindex, tuple(indexgroup))


def _store(path: str, entry: tuple) -> None:
    try:
        data = marshal.dumps(entry)
    except ValueError:  # not a plain value (cannot happen for what _load_or_compile stores)
        return
    write_bytes(path, data)
