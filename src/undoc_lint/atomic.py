"""Replacing a file atomically: a reader sees the old file or the new one, never half.

Used for the drafts `--fix` rewrites (durable: synced to disk, mode kept) and
for the user cache (best effort: callers ignore OSError).
"""

from __future__ import annotations

import os
import tempfile


def replace_atomically(path: str, data: bytes, *, mode: int | None = None, owner: tuple[int, int] | None = None,
                       durable: bool = False) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``
    (with ``mode`` and, where the process may give it, ``owner``: (uid, gid))."""
    directory, name = os.path.split(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if owner is not None and hasattr(os, "chown"):
            try:  # (root fixing someone's draft must not make it root's)
                os.chown(tmp, *owner)
            except OSError:
                pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
