"""Reading a document: bytes to text, and positions in that text.

Every position in the model is a character offset into ``Source.text`` (BOM
removed). ``Source.span`` turns offsets into a ``Span`` with 1-based lines and
columns (columns count code points) and byte offsets into the original file.
"""

from __future__ import annotations

import bisect
from array import array

from . import regexes

BOM = "\ufeff"
TAB_WIDTH = 4
_LINE_END = regexes.compile(r"\r\n|\r|\n")
# Invisible bidirectional formatting characters: LRM, RLM, ALM, embeddings, isolates.
BIDI_CONTROLS = regexes.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


class Span:
    """An exact source range: character offsets ``start``/``end`` into the text,
    with 1-based ``line``/``column`` (end exclusive) and byte offsets into the
    file, computed when first asked for (most spans are never printed)."""

    __slots__ = ("start", "end", "_source", "_pos")

    def __init__(self, start: int, end: int, source: "Source | None" = None, pos: tuple | None = None):
        self.start = start
        self.end = end
        self._source = source
        self._pos = pos  # (line, column, end_line, end_column, start_byte, end_byte)

    def _position(self) -> tuple:
        if self._pos is None:
            self._pos = self._source.position(self.start, self.end)
        return self._pos

    line = property(lambda self: self._position()[0])
    column = property(lambda self: self._position()[1])
    end_line = property(lambda self: self._position()[2])
    end_column = property(lambda self: self._position()[3])
    start_byte = property(lambda self: self._position()[4])
    end_byte = property(lambda self: self._position()[5])

    def __eq__(self, other) -> bool:
        return isinstance(other, Span) and (self.start, self.end, self._position()) == (other.start, other.end, other._position())

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Span({self.line}:{self.column}-{self.end_line}:{self.end_column})"

    def as_dict(self) -> dict:
        line, column, end_line, end_column, start_byte, end_byte = self._position()
        return {"line": line, "column": column, "end_line": end_line, "end_column": end_column,
                "start_byte": start_byte, "end_byte": end_byte}


class DecodeError(Exception):
    """The bytes are not UTF-8; carries the byte offset of the first bad byte."""

    def __init__(self, offset: int, reason: str):
        super().__init__(f"invalid UTF-8 at byte {offset}: {reason}")
        self.offset = offset
        self.reason = reason


_CHUNK = 256  # characters: byte offsets far into a long line start from a count kept every _CHUNK


SLICE_KEPT_FROM = 2_000  # characters: a shorter slice costs less to copy than to look up


class Source:
    """The text of one document with a line index for offset -> position."""

    def __init__(self, text: str, path: str = "<string>", *, bom: bool | None = None):
        if bom is None:
            bom = text.startswith(BOM)
        if text.startswith(BOM):
            text = text[1:]
        self.path = path
        self.text = text
        self.bom = bom
        self._byte_base = 3 if bom else 0
        # Line starts after LF, CRLF and a lone CR (CR-only files are read, and reported).
        if "\r" in text:
            starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
        else:
            starts = [0]
            find, i = text.find, text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = find("\n", i + 1)
        # As an array of machine integers: a list would take 5 times the memory (an int object a line).
        self.line_starts = array("q", starts)
        self.has_bidi_controls = BIDI_CONTROLS.search(text) is not None
        self._ascii = text.isascii()
        self._line_bytes: array | None = None
        self._chunk_bytes: dict[int, array] = {}  # long lines: see byte_offset
        self.last_slice: tuple[int, int, str] | None = None  # see slice

    def slice(self, start: int, end: int) -> str:
        """``text[start:end]``; the last long one is kept, so that asking for a long paragraph's text
        again (a rule reads it for each of its dates) does not copy it again (a 1 MB line: seconds)."""
        last = self.last_slice
        if last is not None and last[0] == start and last[1] == end:
            return last[2]
        text = self.text[start:end]
        if end - start > SLICE_KEPT_FROM:
            self.last_slice = (start, end, text)
        return text

    def __getstate__(self) -> dict:
        # (a source crosses processes with --jobs: without the kept slice, a copy of a paragraph)
        return {**self.__dict__, "last_slice": None}

    @classmethod
    def from_bytes(cls, data: bytes, path: str = "<bytes>") -> "Source":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(exc.start, exc.reason) from None
        return cls(text, path)

    # -- positions -------------------------------------------------------
    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def line_of(self, offset: int) -> int:
        """0-based line index of a character offset."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def byte_offset(self, offset: int) -> int:
        if self._ascii:
            return self._byte_base + offset
        if self._line_bytes is None:
            # One pass over the text: the byte offset at which every line starts.
            text, starts = self.text, self.line_starts
            acc, bases = self._byte_base, array("q")
            for i, s in enumerate(starts):
                bases.append(acc)
                end = starts[i + 1] if i + 1 < len(starts) else len(text)
                acc += len(text[s:end].encode("utf-8", "surrogatepass"))
            self._line_bytes = bases
        line = self.line_of(offset)
        start = self.line_starts[line]
        base = self._line_bytes[line]
        if offset - start > _CHUNK:
            # Far into a long line: from the byte count at the last whole chunk, counted once
            # per line (counting from the line's start for each offset was quadratic).
            chunks = self._chunk_bytes.get(line)
            if chunks is None:
                chunks = self._chunk_bytes[line] = self._count_chunks(line)
            k = (offset - start) // _CHUNK
            base += chunks[k]
            start += k * _CHUNK
        return base + len(self.text[start:offset].encode("utf-8", "surrogatepass"))

    def _count_chunks(self, line: int) -> array:
        """The bytes before every _CHUNK-th character of a line (0 for the first)."""
        text, start = self.text, self.line_starts[line]
        end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(text)
        acc, out = 0, array("q", [0])
        for a in range(start, end, _CHUNK):
            acc += len(text[a:a + _CHUNK].encode("utf-8", "surrogatepass"))
            out.append(acc)
        return out

    def span(self, start: int, end: int) -> Span:
        n = len(self.text)
        start = min(max(start, 0), n)
        return Span(start, min(max(end, start), n), self)

    def position(self, start: int, end: int) -> tuple:
        """(line, column, end_line, end_column, start_byte, end_byte) of a range."""
        line = self.line_of(start)
        end_line = self.line_of(end) if end != start else line
        return (line + 1, start - self.line_starts[line] + 1, end_line + 1, end - self.line_starts[end_line] + 1,
                self.byte_offset(start), self.byte_offset(end))

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line ending."""
        i = line - 1
        if i < 0 or i >= len(self.line_starts):
            return ""
        start = self.line_starts[i]
        end = self.line_starts[i + 1] if i + 1 < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def ending_before(self, start: int) -> str:
        """The line ending just before a line start offset: LF, CRLF or CR."""
        if self.text[start - 1] == "\n":
            return "\r\n" if start >= 2 and self.text[start - 2] == "\r" else "\n"
        return "\r"

    def line_endings(self) -> set[str]:
        """The kinds of line ending present: a subset of {'\\n', '\\r\\n', '\\r'}."""
        if "\r" not in self.text:  # the usual case, without a look at every line
            return {"\n"} if len(self.line_starts) > 1 else set()
        return {self.ending_before(s) for s in self.line_starts[1:]}


def indent_width(indent: str) -> int:
    """Columns of leading whitespace; a tab advances to the next multiple of 4."""
    if "\t" not in indent:
        return len(indent)
    col = 0
    for ch in indent:
        col = (col // TAB_WIDTH + 1) * TAB_WIDTH if ch == "\t" else col + 1
    return col
