"""Which files to lint: explicit paths, and *.undoc.md / *.undoc found in
directories, minus `exclude` globs and what .gitignore files ignore."""

from __future__ import annotations

import os

from .config import _glob_regex, config_for, relative_posix
from .records import dataclass

SUFFIXES = (".undoc.md", ".undoc")
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


@dataclass(frozen=True)
class _Rule:
    base: str  # directory of the .gitignore
    regex: object
    negate: bool
    dir_only: bool


def _read_gitignore(directory: str) -> list[_Rule]:
    path = os.path.join(directory, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    rules = []
    for line in lines:
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        dir_only = pattern.endswith("/")
        rules.append(_Rule(directory, _glob_regex(pattern.rstrip("/")), negate, dir_only))
    return rules


class GitIgnore:
    """The .gitignore files from the repository root down to each directory."""

    def __init__(self):
        self._cache: dict[str, list[_Rule]] = {}

    def rules_for(self, directory: str) -> list[_Rule]:
        directory = os.path.abspath(directory)
        if directory not in self._cache:
            parent = os.path.dirname(directory)
            inherited = [] if parent == directory or os.path.isdir(os.path.join(directory, ".git")) else self.rules_for(parent)
            self._cache[directory] = inherited + _read_gitignore(directory)
        return self._cache[directory]

    def ignored(self, path: str, is_dir: bool) -> bool:
        result = False
        for rule in self.rules_for(os.path.dirname(os.path.abspath(path))):
            if rule.dir_only and not is_dir:
                continue
            rel = relative_posix(path, rule.base)
            if not rel.startswith("..") and rule.regex.match(rel):
                result = not rule.negate
        return result


def collect_files(paths: list[str], force_exclude: bool = False, respect_gitignore: bool = True) -> list[str]:
    """Explicit files as given (unless --force-exclude and excluded); directories searched."""
    gitignore = GitIgnore()
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                cfg = config_for(root)
                keep = []
                for d in sorted(dirs):
                    full = os.path.join(root, d)
                    if d in _SKIP_DIRS or cfg.is_excluded(full) or (respect_gitignore and gitignore.ignored(full, True)):
                        continue
                    keep.append(d)
                dirs[:] = keep
                for f in sorted(files):
                    full = os.path.join(root, f)
                    if f.endswith(SUFFIXES) and not cfg.is_excluded(full) and not (respect_gitignore and gitignore.ignored(full, False)):
                        out.append(full)
        elif force_exclude and (config_for(p).is_excluded(p) or (respect_gitignore and gitignore.ignored(p, False))):
            continue
        else:
            out.append(p)
    seen, unique = set(), []
    for f in out:
        key = f if f == "-" else os.path.normpath(os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique
