"""Build an Inline (model.py) from the inline tokens of one or more lines."""

from __future__ import annotations

from . import regexes
from .model import OBJECT_REPLACEMENT, FootnoteRef, Inline, InlineComment
from .parser import LINE_END, TEXT_END, RawLine, Token
from .source import BIDI_CONTROLS, Source, Span

_TEXT = frozenset({"TEXT"}) | TEXT_END  # the token types whose blanks are trimmed at a line's ends
_VISIBLE_RUN = regexes.compile(f"[^{BIDI_CONTROLS.pattern[1:-1]}]+")
_NONE = ()  # the refs and comments of an Inline that has none (most have none: no list each)


def build_inline(source: Source, lines: list[RawLine]) -> Inline:
    if len(lines) == 1 and len(lines[0]) == 1 and lines[0][0].type in TEXT_END and not source.has_bidi_controls:
        return _one_text(source, lines[0][0])
    text: list[str] = []
    # text_start, text_end, src_start, src_end, identity for each piece, flat: see Inline._pieces
    pieces: list = []
    refs: list[FootnoteRef] = []
    comments: list[InlineComment] = []
    src = source.text
    pos = 0  # length of the text so far
    prev_end = -1  # source end of the previous non-empty line
    for line in lines:
        parts = _trim(src, line)
        if not parts:
            continue
        if prev_end >= 0:  # a soft wrap
            text.append("\n")
            pieces.extend((pos, pos + 1, prev_end, parts[0][1], False))
            pos += 1
        for tok, s0, s1 in parts:
            kind = tok.type
            if kind == "FNREF":
                # Spans straight from token offsets, which always lie inside the text.
                refs.append(FootnoteRef(tok[2:-1], Span(s0, s1, source)))
                text.append(OBJECT_REPLACEMENT)
                pieces.extend((pos, pos + 1, s0, s1, False))
                pos += 1
            elif kind == "ESCAPE":
                text.append(tok[1])
                pieces.extend((pos, pos + 1, s0 + 1, s1, True))
                pos += 1
            elif kind == "INLINE_COMMENT":
                comments.append(InlineComment(tok[4:-3], Span(s0, s1, source)))
            elif source.has_bidi_controls and BIDI_CONTROLS.search(src, s0, s1):
                # Bidi marks are invisible: leave them out of the text, so that
                # `75/\u200f224` reads as a symbol and a marked-up date as a date.
                for m in _VISIBLE_RUN.finditer(src, s0, s1):
                    text.append(m.group())
                    pieces.extend((pos, pos + m.end() - m.start(), m.start(), m.end(), True))
                    pos += m.end() - m.start()
            else:
                text.append(src[s0:s1])
                pieces.extend((pos, pos + s1 - s0, s0, s1, True))
                pos += s1 - s0
        prev_end = parts[-1][2]

    span = Span(pieces[2], pieces[-2], source) if pieces else None
    if len(pieces) == 5 and pieces[4]:
        # One piece, the identity (escapes and visible runs keep their length): the text is
        # the source's text of span, and needs neither a map nor a copy of its own.
        return Inline(None, span, refs or _NONE, comments or _NONE, None, source)
    return Inline(text[0] if len(text) == 1 else "".join(text), span, refs or _NONE, comments or _NONE, tuple(pieces), source)


def _one_text(source: Source, tok: Token) -> Inline:
    """The inline of a one-line block whose line is one text token (most blocks):
    what build_inline would make of it, without the general machinery."""
    body = tok.rstrip(" \t\r\n")  # (a text run holds no line ending; blank lines hold only blanks)
    kept = body.lstrip(" \t")
    if not kept:
        return Inline("", None, _NONE, _NONE, _NONE, source)
    s1 = tok.start_pos + len(body)
    return Inline(None, Span(s1 - len(kept), s1, source), _NONE, _NONE, None, source)


def _trim(text: str, line: RawLine) -> list[tuple[Token, int, int]]:
    """A line's inline tokens with their offsets: the line ending dropped,
    leading indentation and trailing spaces cut off."""
    last = line[-1]
    if len(line) == 1 and last.type in TEXT_END:  # the common case: one token of text
        body = last.rstrip(" \t\r\n")  # (a text run holds no line ending; blank lines hold only blanks)
        kept = body.lstrip(" \t")
        if not kept:
            return []
        s1 = last.start_pos + len(body)
        return [(last, s1 - len(kept), s1)]
    out = [(t, t.start_pos, t.end_pos) for t in line]
    if last.type in LINE_END:
        out.pop()
    else:  # text and line ending in one token: keep the text only, its trailing blanks cut
        out[-1] = (last, last.start_pos, last.start_pos + len(last.rstrip(" \t\r\n")))
    while out and out[0][0].type in _TEXT:
        tok, s0, s1 = out[0]
        s0 = s1 - len(text[s0:s1].lstrip(" \t"))
        if s0 < s1:
            out[0] = (tok, s0, s1)
            break
        out.pop(0)
    while out and out[-1][0].type in _TEXT:
        tok, s0, s1 = out[-1]
        s1 = s0 + len(text[s0:s1].rstrip(" \t"))
        if s1 > s0:
            out[-1] = (tok, s0, s1)
            break
        out.pop()
    return out
