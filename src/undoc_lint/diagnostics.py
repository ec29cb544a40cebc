"""Diagnostics and fixes: what rules (and the parser) report."""

from __future__ import annotations

from enum import IntEnum

from .records import dataclass, field
from .source import Span


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the source characters [start, end) with ``content``."""

    start: int
    end: int
    content: str


@dataclass(frozen=True, slots=True)
class Fix:
    message: str
    edits: tuple[Edit, ...]
    safe: bool = True

    @property
    def applicability(self) -> str:
        return "safe" if self.safe else "unsafe"


@dataclass(slots=True)
class Diagnostic:
    code: str  # NUM001, SYN003 …
    name: str  # kebab-case rule name
    severity: Severity
    message: str
    span: Span
    fix: Fix | None = None
    path: str = ""
    pack: str = "builtin"
    extra: dict = field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (self.path, self.span.start, self.span.end, self.code, self.message)
