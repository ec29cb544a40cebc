"""The document language comes from front matter, else from the text: all six examples."""

from pathlib import Path

import pytest

from undoc_lint.api import parse_text
from undoc_lint.lang.detect import detect_text

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.undoc.md"))


def strip_front_matter(text: str) -> str:
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def test_one_example_per_official_language():
    assert {p.name.split(".")[-3] for p in EXAMPLES} == {"ar", "en", "es", "fr", "ru", "zh"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_detected_without_front_matter(path):
    lang = path.name.split(".")[-3]
    body = strip_front_matter(path.read_text(encoding="utf-8"))
    doc = parse_text(body, path.name)
    assert doc.language == lang and not doc.language_declared
    assert detect_text(body) == lang


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_declared_language_wins(path):
    doc = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert doc.language_declared and doc.language == path.name.split(".")[-3]


def test_undetectable_text():
    assert parse_text("1. 2. 3.\n").language is None
