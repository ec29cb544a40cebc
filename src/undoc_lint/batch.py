"""Linting many files: one file at a time, or in worker processes (`--jobs`).

Results always come back in the order of the files given, whatever the
number of jobs, so the report is deterministic.

With ``Job.cache`` (the command line's default) a file whose result is in
the result cache (resultcache.py) is not linted again: the parent process
looks every file up first, and only the misses go to the workers, which
store their results. The cache is never used for stdin, --fix, --diff or
--debug timings.
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
    cache: bool = False  # read and write the result cache (when the file's configuration allows)

    @property
    def cacheable(self) -> bool:
        return self.cache and not (self.fix or self.diff or self.timings)


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


def process(session: Session, path: str, job: Job, name: str | None = None, data: bytes | None = None,
            lookup: bool = True) -> FileResult:
    """Lint (and fix) one file; `data` is stdin's bytes when path is `-`.

    With a cacheable job, a file is looked up in the result cache first
    (unless `lookup` is false: the caller already did) and a fresh result is
    stored; the linting itself is the same as without the cache.
    """
    name = name or path
    linter, extra_ignore = session.linter_for(name if data is not None else path)
    linter.timings = {} if job.timings else None
    pending = cache = None
    if data is None and job.cacheable:
        cache, hit, pending = _look_up(session, path, name, linter, extra_ignore, read=lookup)
        if hit is not None:
            return hit
    if data is not None:
        from .api import parse_bytes

        doc = parse_bytes(data, name)
        diags = linter.lint_document(doc, extra_ignore)
    else:
        doc, diags = linter.lint_path(path, extra_ignore)
        if pending is not None:
            cache.store(pending, doc, diags)
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
                try:
                    write_atomic(os.path.realpath(path), new_text, doc.source.bom)
                except OSError as exc:  # (a read-only directory, a full disk): the file stays as it was
                    result.warnings.append(f"{path}: not fixed: cannot write it ({exc.strerror or exc})")
                    return _done(result, linter)
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
    # Workers only get files that the parent looked up and missed (or the cache is off).
    return process(_WORKER_SESSION, path, _WORKER_JOB, lookup=False)


def run_files(session: Session, files: list[str], job: Job, jobs: int) -> list[FileResult]:
    """Every file's result, in the order of `files` (stdin `-` excluded: see process)."""
    for path in files:  # configuration errors surface here, before any worker starts
        session.linter_for(path)
    parallel = sys.platform != "win32" and min(jobs, len(files) // MIN_FILES_PER_JOB) > 1
    results: list[FileResult | None] = [None] * len(files)
    looked_up = False
    if parallel and job.cacheable:
        # Look every file up here, before forking: a warm run starts no workers at all,
        # and the workers inherit the cache's environment key, computed once.
        results = [_cached(session, path, job) for path in files]
        looked_up = True
    todo = [i for i, r in enumerate(results) if r is None]
    jobs = max(1, min(jobs, len(todo) // MIN_FILES_PER_JOB))
    if jobs == 1 or sys.platform == "win32":
        for i in todo:
            results[i] = process(session, files[i], job, lookup=not looked_up)
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_SESSION, _WORKER_JOB
    _WORKER_SESSION, _WORKER_JOB = session, job  # inherited by the forked workers, with rules and grammar loaded
    try:
        chunk = max(1, len(todo) // (jobs * 4))
        # (the workers leave Ctrl-C to this process, which then stops them: waiting for them, a
        # hung rule in a pack kept the run going through two Ctrl-Cs)
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_ignore_interrupts)
        try:
            for i, result in zip(todo, pool.map(_work, [files[i] for i in todo], chunksize=chunk)):
                results[i] = result
        except BaseException:
            for worker in list((getattr(pool, "_processes", None) or {}).values()):
                worker.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        return results
    finally:
        _WORKER_SESSION = _WORKER_JOB = None


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _cached(session: Session, path: str, job: Job) -> FileResult | None:
    """The cached result of a file, or None."""
    linter, extra_ignore = session.linter_for(path)
    return _look_up(session, path, path, linter, extra_ignore)[1]


def _look_up(session: Session, path: str, name: str, linter, extra_ignore: list[str], read: bool = True):
    """(cache, cached FileResult or None, pending entry to store a fresh result in) of a file;
    (None, None, None) when the result cache is off for it. ``read``: look for a stored result."""
    from . import resultcache

    cache = resultcache.for_session(session)
    if cache is None or not cache.enabled_for(path):
        return None, None, None
    hit, pending = cache.lookup(path, name, linter, extra_ignore, read=read)
    return cache, (FileResult(name, hit[0], hit[1]) if hit is not None else None), pending


def report_once(results: list[FileResult], codes: frozenset[str] = frozenset({"ENG002"})) -> None:
    """Keep a run-wide finding (a rule pack that failed to load: ENG002, the same in every file)
    on the first file that reports it, not on every file of the run."""
    seen: set[tuple[str, str]] = set()
    for r in results:
        if any(d.code in codes for d in r.diagnostics):
            kept = []
            for d in r.diagnostics:
                key = (d.code, d.message)
                if d.code in codes and key in seen:
                    continue
                seen.add(key)
                kept.append(d)
            r.diagnostics = kept
