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


# -- shared by the language test modules (tests/test_lang_*.py) -----------------
def parse_as(text: str, language: str):
    """A parsed document read as being in `language` whatever its front matter says."""
    doc = parse(text)
    doc.language = language
    return doc


def one_date(text: str, language: str):
    """The one date, range or period that `text` holds (fails if there are more or none)."""
    from undoc_lint.analysis.dates import scan

    found = scan(text, language)
    assert len(found) == 1, f"{text!r}: {[(d.kind, d.text) for d in found]}"
    return found[0]


def date_ends(d) -> tuple:
    """((year, month, day) of the first end, (year, month, day) of the last end)."""
    return ((d.first.year, d.first.month, d.first.day), (d.last.year, d.last.month, d.last.day))


def positions(diags) -> list[str]:
    return [f"{d.span.line}:{d.span.column} {d.code}" for d in diags]


# -- shared by the pre-commit and pytest-plugin tests ---------------------------
CLEAN_DRAFT = """\
---
symbol: HSP/EB.2024/1
language: en
---

# Decisions adopted by the Executive Board

## Decision 2024/1: Implementation of the strategic plan for the period 2020–2023

*The Executive Board*,

1. *Takes note* of the report of the Executive Director;

2. *Requests* the Executive Director to report at its next session.
"""


def load_fuzz_target():
    """fuzz/fuzz_undoc.py as a module (it is a script, not a package module)."""
    import importlib.util
    import sys
    from pathlib import Path

    if "fuzz_undoc" not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_undoc.py"
        spec = importlib.util.spec_from_file_location("fuzz_undoc", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules["fuzz_undoc"] = module
    return sys.modules["fuzz_undoc"]
