"""Marker values: letters (a … z, aa … zz, aaa …) and roman numerals, both ways."""

from __future__ import annotations

from . import regexes

# Subparagraph romans stay small; a marker of i, v and x only is read as roman.
_ROMAN = regexes.compile(r"^(?=[ivx])(x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = (("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def letter_value(label: str) -> int | None:
    """a=1 … z=26, aa=27 … zz=52, aaa=53 …; None if not one repeated letter."""
    if not label or not label.isascii() or not label.isalpha() or label != label[0] * len(label):
        return None
    return (len(label) - 1) * 26 + (ord(label[0].lower()) - ord("a") + 1)


def letter_label(value: int) -> str:
    """The inverse of letter_value: 1 -> a, 27 -> aa."""
    repeat, index = divmod(value - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def roman_value(label: str) -> int | None:
    m = _ROMAN.match(label)
    if not m or not label:
        return None
    total, rest = 0, label
    for numeral, value in _ROMAN_VALUES:
        while rest.startswith(numeral):
            total += value
            rest = rest[len(numeral) :]
    return total


def roman_label(value: int) -> str:
    out = []
    thousands = ""
    if value >= 40:  # beyond subparagraph range: write plainly with l/c/d/m
        for numeral, v in (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40)):
            while value >= v:
                thousands += numeral
                value -= v
    for numeral, v in _ROMAN_VALUES:
        while value >= v:
            out.append(numeral)
            value -= v
    return thousands + "".join(out)


def is_ambiguous(label: str) -> bool:
    """Both a letter and a roman numeral: (i), (v), (x), (ii), (xx), (iii) …"""
    return letter_value(label) is not None and roman_value(label) is not None


def format_marker(kind: str, style: str, value: int) -> str:
    """The marker text for a value in a kind and style: ("letter", "paren", 2) -> "(b)";
    ("roman", "upper", 2) -> "II." (a section heading's number, `### II. Title`)."""
    label = str(value) if kind == "number" else letter_label(value) if kind == "letter" else roman_label(value)
    if style == "upper":
        return f"{label.upper()}."
    if style == "paren":
        return f"({label})"
    if style == "rparen":
        return f"{label})"
    return f"{label}."
