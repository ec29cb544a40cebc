"""The user cache: files undoc-lint derives once and reads back on later runs
(language data as JSON, parser tables, compiled regular expressions).

Everything here is best effort: a missing, stale or unwritable cache only
costs time. ``UNDOC_LINT_CACHE_DIR`` moves it (else ``$XDG_CACHE_HOME`` or
``~/.cache``, under ``undoc-lint/``).
"""

from __future__ import annotations

import json
import os
import zlib
from functools import lru_cache
from typing import Any

from .atomic import replace_atomically


def cache_path(kind: str, name: str) -> str:
    """Where undoc-lint keeps a derived file of one kind."""
    env = os.environ
    base = env.get("UNDOC_LINT_CACHE_DIR") or env.get("XDG_CACHE_HOME") or _home_cache(env.get("HOME"))
    return os.path.join(base, "undoc-lint", kind, name)


@lru_cache(maxsize=4)
def _home_cache(home: str | None) -> str:
    # (once a run: a process start-up asks for about 200 paths, one a compiled expression)
    return os.path.join(os.path.expanduser("~"), ".cache")


def digest(data: bytes) -> str:
    """A 64-bit content key: enough to tell cache entries apart (``hashlib`` costs ~3 ms to import)."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def read_cache(path: str) -> Any:
    """A cached JSON file's data, or None when it is missing or unreadable."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def write_cache(path: str, data: Any) -> None:
    """Write JSON atomically."""
    write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def write_bytes(path: str, data: bytes) -> None:
    """Write a file atomically (a reader sees the old file or the new one, never half)."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        replace_atomically(path, data)
    except OSError:
        pass
