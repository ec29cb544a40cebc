"""The public entry points: text, bytes or a path in, a Document out.

Never raises on any content: undecodable or unreadable input gives a
Document with a SYN diagnostic and no blocks.
"""

from __future__ import annotations

import gc
import os
import stat
import sys
from contextlib import contextmanager, nullcontext

from .builder import build_document, new_builder
from .model import Document
from .parser import parse_raw
from .source import DecodeError, Source, Span
from .syntax import syn

MAX_BYTES = 64 * 1024 * 1024  # larger files are reported, not read
# Lines and `[`, `<`, `\` (each makes one or two tokens, about 0.5-2 KB of model in memory):
# more than this is reported, not read (docs/reliability.md: 1 GB at most, not 6 GB for 10 MB of `[^`).
MAX_UNITS = 1_000_000


def read_stdin() -> bytes:
    """Standard input, up to one byte more than MAX_BYTES (parse_bytes reports the excess)."""
    return sys.stdin.buffer.read(MAX_BYTES + 1)


def parse_text(text: str, path: str = "<string>") -> Document:
    return parse_source(Source(text, path))


GC_PAUSE_FROM = 200_000  # characters


@contextmanager
def _gc_paused():
    """Building the model allocates many small objects and no garbage; Python's
    cyclic collector would rescan them all again and again (quadratic on large
    files), so it is paused while parsing and resumed after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def gc_paused_for(text: str):
    """The collector paused (_gc_paused) for a large document, not for a small one. The
    rules pause it too: else every collection of the old generations while they run
    rescans the whole model (a quarter of the time of a 10 MB document)."""
    return _gc_paused() if len(text) >= GC_PAUSE_FROM else nullcontext()


def parse_source(source: Source) -> Document:
    text = source.text
    units = text.count("\n") + text.count("\r") + text.count("[") + text.count("<") + text.count("\\")
    if units > MAX_UNITS:
        return _empty(source.path, "SYN002", f"file has {units} lines and `[`, `<`, `\\` characters; undoc-lint reads "
                      f"files of up to {MAX_UNITS} (more would take gigabytes of memory)")
    if len(text) < GC_PAUSE_FROM:  # small documents: the collector costs less than pausing it
        return _parse_source(source)
    with _gc_paused():
        return _parse_source(source)


def _parse_source(source: Source) -> Document:
    text = source.text
    # The grammar wants every line ended; a missing final newline is supplied here only.
    if not text.endswith(("\n", "\r")):
        text += "\n"
    # The parser hands each block to the builder as soon as it has read it, so that the
    # raw tokens of the whole document (more memory than its model) never exist at once.
    builder = new_builder(source)
    try:
        raw = parse_raw(text, builder)
        if raw is None:  # the fast loop could not (see parse_raw): parse again, then build
            builder = new_builder(source)
            raw = parse_raw(text)
    except Exception as exc:  # a hole in the grammar is a bug: report it, never crash
        doc = build_document(source, parse_raw("\n"))
        doc.diagnostics.append(syn("ENG001", source.span(0, 0), f"the parser failed ({type(exc).__name__}: "
                                   f"{str(exc).splitlines()[0]}); please report this document", source.path))
        return doc
    return builder.build(raw)


def parse_bytes(data: bytes, path: str = "<bytes>") -> Document:
    if len(data) > MAX_BYTES:  # (stdin: read_stdin stops one byte past the limit)
        return _empty(path, "SYN002", f"input is over {MAX_BYTES} bytes; undoc-lint reads up to {MAX_BYTES} bytes")
    source = _decode(data, path)
    return source if isinstance(source, Document) else parse_source(source)


def _decode(data: bytes, path: str) -> Source | Document:
    """The Source of some bytes, or a Document with the SYN diagnostic that says why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # (a byte-order mark of UTF-16 or UTF-32: "binary" misled)
        return _empty(path, "SYN001", "UTF-16 or UTF-32 text (its byte-order mark says so): not UTF-8; save it as UTF-8")
    if b"\x00" in data[:8192] and _looks_binary(data[:8192]):
        return _empty(path, "SYN003", "binary file (NUL bytes): not a UNDoc text")
    try:
        return Source.from_bytes(data, path)
    except DecodeError as exc:
        # where the bad byte is, as a line and column (what comes before it is valid UTF-8)
        line = data.count(b"\n", 0, exc.offset) + 1
        column = len(data[data.rfind(b"\n", 0, exc.offset) + 1:exc.offset].decode("utf-8", "replace")) + 1
        return _empty(path, "SYN001", f"not valid UTF-8: {exc.reason} at byte {exc.offset} (line {line}, column {column}); "
                      "nothing else in the file is checked until it is", exc.offset, (line, column))


class Unreadable(Exception):
    """Why a path was not read (the message of its SYN002)."""


def read_bytes(name: str) -> bytes:
    """The bytes of a regular file of up to MAX_BYTES; Unreadable says why not.

    Opened without blocking and checked before reading: a FIFO named like a
    draft would hang the run, and a device or /proc file reports no size (so
    at most MAX_BYTES + 1 bytes are ever read).
    """
    if os.path.isdir(name):
        raise Unreadable("is a directory, not a file")
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise Unreadable("is not a regular file (a pipe, socket or device): not read")
            if info.st_size > MAX_BYTES:
                raise Unreadable(f"file is {info.st_size} bytes; undoc-lint reads files up to {MAX_BYTES} bytes")
            data = fh.read(MAX_BYTES + 1)  # (it may have grown since)
    except OSError as exc:
        raise Unreadable(f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise Unreadable(f"file is over {MAX_BYTES} bytes; undoc-lint reads files up to {MAX_BYTES} bytes")
    return data


def read_path(path: str | os.PathLike) -> Document:
    """Read and parse a file; an unreadable one is a Document with a SYN002."""
    name = os.fspath(path)
    try:
        data = read_bytes(name)
    except Unreadable as exc:
        return _empty(name, "SYN002", str(exc))
    source = _decode(data, name)
    del data  # parse the text without the file's bytes beside it
    return source if isinstance(source, Document) else parse_source(source)


def _looks_binary(head: bytes) -> bool:
    # UTF-16/32 text is full of NULs too, and is not UNDoc (UTF-8) either.
    return head.count(b"\x00") > 0


def _empty(path: str, code: str, message: str, byte_offset: int = 0, at: tuple[int, int] = (1, 1)) -> Document:
    source = Source("", path)
    span = Span(0, 0, None, (*at, *at, byte_offset, byte_offset))
    doc = build_document(source, parse_raw("\n"))
    doc.diagnostics.append(syn(code, span, message, path))
    doc.language = None
    return doc
