"""Small helpers shared by the construct tests."""

from undoc_lint.api import parse_text


def parse(text: str):
    return parse_text(text, "t.undoc.md")


def codes(doc) -> list[tuple[str, int, int]]:
    """The SYN diagnostics of a document as (code, line, column)."""
    return [(d.code, d.span.line, d.span.column) for d in doc.diagnostics]


def kinds(nodes) -> list[str]:
    return [n.kind for n in nodes]


# Line fragments that exercise every construct, glued in random order.
PIECES = [
    "---\n", "symbol: A/RES/1\n", "language: zh\n", "# ", "## ", "### (a) ", "#### ", "##### ", "1. ", "12. ",
    "(a) ", "(i) ", "(v) ", "(x) ", "(ab) ", "b) ", "ii) ", "    ", "\t", "        a. ", "- ", "* ", "[^1]", "[^1]: ",
    "[^x]:", "<!-- ", " -->", "<!-- undoc-lint: disable NUM001 -->", "<!-- undoc-lint: nope -->", "\\", "\\1. ",
    "text", "文本", "مرحبا", "текст", "[", "<", "]", "\n", "\r\n", "\r", "\n\n", "\ufeff", "\x00", "\u200f",
    "99999999999999999999. ", "2021 年 6 月 29 日至 7 月 1 日", "29 June–1 July 2021", "A/RES/75/224", ":",
]
