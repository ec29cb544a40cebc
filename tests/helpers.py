"""Small helpers shared by the construct tests."""

from undoc_lint.api import parse_text


def parse(text: str):
    return parse_text(text, "t.undoc.md")


def codes(doc) -> list[tuple[str, int, int]]:
    """The SYN diagnostics of a document as (code, line, column)."""
    return [(d.code, d.span.line, d.span.column) for d in doc.diagnostics]


def kinds(nodes) -> list[str]:
    return [n.kind for n in nodes]
