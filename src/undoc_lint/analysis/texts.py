"""The texts of a document that rules and recognisers scan.

``inline_texts`` gives every block's inline text: listed once for a
document of up to KEEP_TEXTS_UP_TO characters (symbols, officer lines,
dates and citations all read them), made afresh on each call for a larger
one (kept, the texts of a 10 MB document held 11 MB through all the rules).
``digit_texts`` lists, once per document, those with a digit: dates and
citations all hold a number, so both read only these (about half of a
document's blocks).

``european`` and ``halfwidth`` read the digits of other scripts as ASCII
ones, one character for one (so offsets into the text stay right): dates
read Arabic-Indic and full-width digits (``european``); citations,
instrument headings and document symbols read full-width ones
(``halfwidth``: `第２０２１/１号决定`, `A/RES/７５/２２４`, as a Chinese input
method types them, or a PDF's text layer holds them).
"""

from __future__ import annotations

from typing import Any, Iterable

from .. import regexes

ANY_DIGIT = regexes.compile(r"\d")  # any decimal digit: European, Arabic-Indic, full-width …
# Digits read as European ones: Arabic-Indic (U+0660), Eastern Arabic-Indic (U+06F0) and full-width
# (U+FF10, what a Chinese or Japanese input method types): one code point each, so offsets stay right.
OTHER_DIGIT_BASES = (0x0660, 0x06F0, 0xFF10)
OTHER_DIGITS = "\u0660-\u0669\u06f0-\u06f9\uff10-\uff19"  # (for a character class)
FULLWIDTH_DIGITS = "\uff10-\uff19"
EUROPEAN_DIGITS = {cp: ord("0") + (cp - base) for base in OTHER_DIGIT_BASES for cp in range(base, base + 10)}
HALFWIDTH_DIGITS = {cp: digit for cp, digit in EUROPEAN_DIGITS.items() if cp >= 0xFF10}  # (the full-width ones)
OTHER_DIGIT = regexes.compile(f"[{OTHER_DIGITS}]")
FULLWIDTH_RUN = regexes.compile(f"[{FULLWIDTH_DIGITS}]+")  # (a run of full-width digits, `２０２１`)
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


def european(text: str) -> str:
    """``text`` with Arabic-Indic and full-width digits read as European ones (the same length,
    so offsets stay right); ``text`` itself when it has none (a quick first test)."""
    return text.translate(EUROPEAN_DIGITS) if OTHER_DIGIT.search(text) else text


def halfwidth(text: str) -> str:
    """``text`` with full-width digits (`２０２１`) read as ASCII ones (the same length, so offsets
    stay right); ``text`` itself when it has none (a quick first test)."""
    return text.translate(HALFWIDTH_DIGITS) if FULLWIDTH_RUN.search(text) else text
