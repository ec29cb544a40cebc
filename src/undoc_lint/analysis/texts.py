"""The texts of a document that rules and recognisers scan.

``inline_texts`` yields every block's inline text (made afresh each time:
kept, the texts of a 10 MB document held 11 MB through all the rules);
``digit_texts`` lists, once per document, those with a digit: dates and
citations all hold a number, so both read only these (about half of a
document's blocks).
"""

from __future__ import annotations

from typing import Any, Iterator

from .. import regexes

ANY_DIGIT = regexes.compile(r"\d")  # any decimal digit: European, Arabic-Indic, full-width …


def inline_texts(doc) -> Iterator[tuple[Any, Any, str]]:
    """(block, inline, text) of every block with inline content, in document order."""
    return ((block, inline, inline.text) for block in doc.blocks
            if (inline := getattr(block, "content", None)) is not None)


def digit_texts(doc) -> list[tuple[Any, Any, str]]:
    """(block, inline, text) of every block whose text holds a digit, in document order."""
    found = doc.cache.get("texts.digits")
    if found is None:
        search = ANY_DIGIT.search
        found = doc.cache["texts.digits"] = [entry for entry in inline_texts(doc) if search(entry[2])]
    return found
