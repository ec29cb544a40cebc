"""The texts of a document that rules and recognisers scan.

``inline_texts`` gives every block's inline text: listed once for a
document of up to KEEP_TEXTS_UP_TO characters (symbols, officer lines,
dates and citations all read them), made afresh on each call for a larger
one (kept, the texts of a 10 MB document held 11 MB through all the rules).
``digit_texts`` lists, once per document, those with a digit: dates and
citations all hold a number, so both read only these (about half of a
document's blocks).
"""

from __future__ import annotations

from typing import Any, Iterable

from .. import regexes

ANY_DIGIT = regexes.compile(r"\d")  # any decimal digit: European, Arabic-Indic, full-width …
KEEP_TEXTS_UP_TO = 1_000_000  # characters


def inline_texts(doc) -> Iterable[tuple[Any, Any, str]]:
    """(block, inline, text) of every block with inline content, in document order."""
    found = doc.cache.get("texts.all")
    if found is not None:
        return found
    entries = ((block, inline, inline.text) for block in doc.blocks
               if (inline := getattr(block, "content", None)) is not None)
    if len(doc.source.text) > KEEP_TEXTS_UP_TO:
        return entries
    found = doc.cache["texts.all"] = list(entries)
    return found


def digit_texts(doc) -> list[tuple[Any, Any, str]]:
    """(block, inline, text) of every block whose text holds a digit, in document order."""
    found = doc.cache.get("texts.digits")
    if found is None:
        search = ANY_DIGIT.search
        found = doc.cache["texts.digits"] = [entry for entry in inline_texts(doc) if search(entry[2])]
    return found
