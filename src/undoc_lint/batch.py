"""Linting many files: one file at a time, or in worker processes (`--jobs`).

Results always come back in the order of the files given, whatever the
number of jobs, so the report is deterministic.
"""

from __future__ import annotations

import os
import sys

from .diagnostics import Diagnostic
from .records import dataclass, field
from .runner import Session, write_atomic
from .source import Source

UNREADABLE = ("SYN001", "SYN002", "SYN003")
MIN_FILES_PER_JOB = 8  # below this, starting workers costs more than it saves


@dataclass(frozen=True)
class Job:
    fix: bool = False
    unsafe: bool = False
    diff: bool = False
    follow_symlinks: bool = False
    timings: bool = False


@dataclass
class FileResult:
    name: str
    diagnostics: list[Diagnostic]
    source: Source | None
    fixed: int = 0
    diff: str = ""
    fixed_text: str | None = None  # for stdin: the fixed document
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def process(session: Session, path: str, job: Job, name: str | None = None, data: bytes | None = None) -> FileResult:
    """Lint (and fix) one file; `data` is stdin's bytes when path is `-`."""
    name = name or path
    linter, extra_ignore = session.linter_for(name if data is not None else path)
    linter.timings = {} if job.timings else None
    if data is not None:
        from .api import parse_bytes

        doc = parse_bytes(data, name)
        diags = linter.lint_document(doc, extra_ignore)
    else:
        doc, diags = linter.lint_path(path, extra_ignore)
    result = FileResult(name, diags, doc.source)
    if (job.fix or job.diff) and not any(d.code in UNREADABLE for d in diags):
        text = doc.text
        new_text, fixed, remaining = linter.fix_text(text, name, job.unsafe, extra_ignore)
        if new_text != text:
            if job.diff:
                import difflib

                result.diff = "".join(difflib.unified_diff(text.splitlines(True), new_text.splitlines(True), f"a/{name}", f"b/{name}"))
            elif data is not None:
                result.fixed_text = new_text
            elif os.path.islink(path) and not job.follow_symlinks:
                result.warnings.append(f"{path}: not fixed: it is a symbolic link (to {os.path.realpath(path)}); "
                                       "use --follow-symlinks to write to its target")
                return _done(result, linter)
            else:
                write_atomic(os.path.realpath(path), new_text, doc.source.bom)
            if not job.diff:
                result.fixed, result.diagnostics = len(fixed), remaining
                result.source = Source(new_text, name, bom=doc.source.bom)
    return _done(result, linter)


def _done(result: FileResult, linter) -> FileResult:
    if linter.timings is not None:
        result.timings = dict(linter.timings)
    return result


# -- workers -----------------------------------------------------------------
_WORKER_SESSION: Session | None = None
_WORKER_JOB: Job | None = None


def _work(path: str) -> FileResult:
    return process(_WORKER_SESSION, path, _WORKER_JOB)


def run_files(session: Session, files: list[str], job: Job, jobs: int) -> list[FileResult]:
    """Every file's result, in the order of `files` (stdin `-` excluded: see process)."""
    for path in files:  # configuration errors surface here, before any worker starts
        session.linter_for(path)
    jobs = max(1, min(jobs, len(files) // MIN_FILES_PER_JOB))
    if jobs == 1 or sys.platform == "win32":
        return [process(session, path, job) for path in files]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_SESSION, _WORKER_JOB
    _WORKER_SESSION, _WORKER_JOB = session, job  # inherited by the forked workers, with rules and grammar loaded
    try:
        chunk = max(1, len(files) // (jobs * 4))
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_work, files, chunksize=chunk))
    finally:
        _WORKER_SESSION = _WORKER_JOB = None
