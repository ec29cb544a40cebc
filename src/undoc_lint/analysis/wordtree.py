"""Expressions for sets of words, written so that the regular-expression engine is quick.

``alternatives`` writes a set of words as a tree of their common
beginnings (a space in a word matching any white space: ``SPACE``;
``one_space`` turns what it matched back into the word as written).
``word_starts`` matches wherever one of the words begins, and begins
with one character class (the words' first letters): for such an
expression the engine looks for candidates with a fast loop over the text,
where an expression that begins with a look-behind or a group is tried at
every position.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A space inside a word of several (`تشرين الثاني`, `General Assembly`) is any white space: a
# soft-wrapped line breaks there (the block's text then holds "\n"), or a no-break space stands.
SPACE = r"\s{1,3}"


def one_space(words: str) -> str:
    """Words as the data writes them, white space as one space (for looking up what SPACE matched)."""
    return " ".join(words.split())


def alternatives(words) -> str:
    """One expression for a set of words, as a tree of their common beginnings.

    ``janvier|juin|juillet`` is written ``j(?:anvier|ui(?:llet|n))``: the
    regular-expression engine then tests one letter where it tested every
    word, at every position of every paragraph. Where one word begins
    another, the longer is tried first (as in an alternation sorted longest
    first). Empty words are left out; no words give "".
    """
    return _word_tree(tuple(sorted({w for w in words if w})))


@lru_cache(maxsize=None)  # month and weekday names recur in every template of a language
def _word_tree(words: tuple[str, ...]) -> str:
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree(tree)[0]


def _tree(node: dict) -> tuple[str, int]:
    """(expression, length of the longest word) of a tree node."""
    branches = []
    for ch, sub in node.items():
        if ch == "":
            branches.append(("", -1))
        else:
            expr, depth = _tree(sub)
            branches.append(((SPACE if ch == " " else re.escape(ch)) + expr, depth + 1))
    branches.sort(key=lambda b: (-b[1], b[0]))
    depth = branches[0][1] if branches else 0
    if len(branches) == 1:
        return branches[0][0], max(depth, 0)
    return "(?:" + "|".join(b for b, _ in branches) + ")", depth


def word_starts(words, not_after: str = "") -> str:
    """Matches the first character of each place where one of ``words`` begins.

    ``not_after``: a character class body (``\\w-``); a word preceded by
    one of its characters does not count. The match consumes one character,
    so places inside a word just found are still found: the look-behind
    steps back over it, and the look-ahead tests the words from there.
    """
    words = {w for w in words if w}
    if not words:
        return "(?!)"
    initials = "".join(re.escape(c) for c in sorted({w[0] for w in words}))
    behind = f"(?<![{not_after}].)" if not_after else ""
    return f"[{initials}]{behind}(?<=(?={alternatives(words)}).)"
