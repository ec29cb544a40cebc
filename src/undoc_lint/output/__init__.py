"""Output formats for diagnostics.

Each format is a function ``format_X(diags, sources, *, files) -> str``
in its own module, imported only when asked for (start-up time matters in
a pre-commit hook). ``sources`` maps each reported path to its
``Source`` (for source lines and fix positions); ``files`` is every path
that was linted, clean or not.
"""

from __future__ import annotations

import importlib

FORMATS = {
    "json": ("json_format", "format_json"),
    "sarif": ("sarif", "format_sarif"),
    "github": ("github", "format_github"),
    "junit": ("junit", "format_junit"),
}


def u_escaped(chars, text: str) -> str:
    """``text`` with each character that ``chars`` (a compiled class) matches written `\\uXXXX`,
    the escape both JSON and GitHub's log readers take back."""
    return chars.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(fmt: str, diags, sources, files) -> str:
    module, func = FORMATS[fmt]
    return getattr(importlib.import_module(f"{__name__}.{module}"), func)(diags, sources, files=files)
