"""The texts of a document that the recognisers scan, listed once per document.

Dates and citations all hold a number, so both read only the texts with a
digit in them (about half of a document's blocks); listing those once saves
each recogniser a pass over every block.
"""

from __future__ import annotations

from typing import Any

from .. import regexes

_ANY_DIGIT = regexes.compile(r"\d")  # any decimal digit: European, Arabic-Indic, full-width …


def digit_texts(doc) -> list[tuple[Any, Any, str]]:
    """(block, inline, text) of every block whose text holds a digit, in document order."""
    found = doc.cache.get("texts.digits")
    if found is None:
        search = _ANY_DIGIT.search
        found = doc.cache["texts.digits"] = [(block, inline, text) for block, inline in doc.inlines()
                                             for text in (inline.text,) if search(text)]
    return found
