"""Build an Inline (model.py) from the inline tokens of one or more lines."""

from __future__ import annotations

from lark import Token

from .model import OBJECT_REPLACEMENT, FootnoteRef, Inline, InlineComment
from .parser import RawLine
from .source import Source


def build_inline(source: Source, lines: list[RawLine]) -> Inline:
    text: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    refs: list[FootnoteRef] = []
    comments: list[InlineComment] = []
    pos = 0  # length of the text so far
    prev_end = None

    def add(s: str, s0: int, s1: int, identity: bool) -> None:
        nonlocal pos
        text.append(s)
        pieces.append((pos, pos + len(s), s0, s1, identity))
        pos += len(s)

    for line in lines:
        parts = _trim(source.text, line.parts)
        if not parts:
            continue
        if prev_end is not None:
            add("\n", prev_end, parts[0][1], False)  # a soft wrap
        for tok, s0, s1 in parts:
            kind = tok.type
            if kind == "FNREF":
                ref = FootnoteRef(tok[2:-1], source.span(s0, s1), source.span(s0 + 2, s1 - 1))
                refs.append(ref)
                add(OBJECT_REPLACEMENT, s0, s1, False)
            elif kind == "ESCAPE":
                add(tok[1], s0 + 1, s1, True)
            elif kind == "INLINE_COMMENT":
                comments.append(InlineComment(tok[4:-3], source.span(s0, s1)))
            else:
                add(source.text[s0:s1], s0, s1, True)
        prev_end = parts[-1][2]

    span = source.span(pieces[0][2], pieces[-1][3]) if pieces else None
    return Inline("".join(text), span, refs, comments, pieces, source)


def _trim(text: str, tokens: list[Token]) -> list[tuple[Token, int, int]]:
    """Tokens with their offsets, leading indentation and trailing spaces cut off."""
    out = [(t, t.start_pos, t.end_pos) for t in tokens]
    while out and out[0][0].type == "TEXT":
        tok, s0, s1 = out[0]
        s0 = s1 - len(text[s0:s1].lstrip(" \t"))
        if s0 < s1:
            out[0] = (tok, s0, s1)
            break
        out.pop(0)
    while out and out[-1][0].type == "TEXT":
        tok, s0, s1 = out[-1]
        s1 = s0 + len(text[s0:s1].rstrip(" \t"))
        if s1 > s0:
            out[-1] = (tok, s0, s1)
            break
        out.pop()
    return out
