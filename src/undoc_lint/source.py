"""Reading a document: bytes to text, and positions in that text.

Every position in the model is a character offset into ``Source.text`` (BOM
removed). ``Source.span`` turns offsets into a ``Span`` with 1-based lines and
columns (columns count code points) and byte offsets into the original file.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

BOM = "\ufeff"
TAB_WIDTH = 4
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Span:
    """An exact source range: 1-based line/column (end exclusive), byte offsets."""

    start: int  # character offset into Source.text
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    start_byte: int
    end_byte: int

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start_byte": self.start_byte,
            "end_byte": self.end_byte,
        }


class DecodeError(Exception):
    """The bytes are not UTF-8; carries the byte offset of the first bad byte."""

    def __init__(self, offset: int, reason: str):
        super().__init__(f"invalid UTF-8 at byte {offset}: {reason}")
        self.offset = offset
        self.reason = reason


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
        self.line_starts = starts
        self._ascii = text.isascii()
        self._line_bytes: dict[int, int] = {}

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
        line = self.line_of(offset)
        base = self._line_bytes.get(line)
        start = self.line_starts[line]
        if base is None:
            base = self._byte_base + len(self.text[:start].encode("utf-8", "surrogatepass"))
            self._line_bytes[line] = base
        return base + len(self.text[start:offset].encode("utf-8", "surrogatepass"))

    def span(self, start: int, end: int) -> Span:
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        line = self.line_of(start)
        end_line = self.line_of(end) if end != start else line
        return Span(
            start,
            end,
            line + 1,
            start - self.line_starts[line] + 1,
            end_line + 1,
            end - self.line_starts[end_line] + 1,
            self.byte_offset(start),
            self.byte_offset(end),
        )

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
        return {self.ending_before(s) for s in self.line_starts[1:]}


def indent_width(indent: str) -> int:
    """Columns of leading whitespace; a tab advances to the next multiple of 4."""
    col = 0
    for ch in indent:
        col = (col // TAB_WIDTH + 1) * TAB_WIDTH if ch == "\t" else col + 1
    return col
