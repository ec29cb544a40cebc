"""grammar/undoc.lark -> a flat list of raw blocks (the builder nests them).

The Lark parser is LALR with the contextual lexer, built once per process and
cached on disk (Lark's own cache, keyed on the grammar's hash), and applies
the transformer while parsing so no parse tree is materialised.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field

from lark import Lark, Token, Transformer

_PARSER: Lark | None = None


@dataclass(slots=True)
class RawLine:
    parts: list[Token]  # inline tokens in order
    start: int  # offset of the first character of the line (indentation included)
    end: int  # offset after the last character (line ending excluded)


@dataclass(slots=True)
class RawBlock:
    kind: str  # blank | heading | paragraph | item | footnote_def | comment_block
    first: RawLine
    lead: Token | None = None  # heading mark, item marker, footnote mark, comment
    rest: list[RawLine] = field(default_factory=list)


@dataclass(slots=True)
class RawDocument:
    front_matter: Token | None
    blocks: list[RawBlock]


def _line(parts, lead=None) -> RawLine:
    first = lead if lead is not None else parts[0]
    last = parts[-1] if parts else lead
    return RawLine(parts, first.start_pos, last.end_pos)


class _ToRaw(Transformer):
    """Turns each grammar rule into a RawBlock as soon as it is reduced."""

    __visit_tokens__ = False  # tokens pass through untouched (faster)

    def start(self, children):
        fm = None
        if children and isinstance(children[0], Token) and children[0].type == "FRONT_MATTER":
            fm = children[0]
            children = children[1:]
        return RawDocument(fm, children)

    def inline(self, children):
        return children

    @staticmethod
    def _split(children):
        lead = None
        parts: list[Token] = []
        rest: list[RawLine] = []
        for c in children:
            if isinstance(c, Token):
                lead = c
            elif isinstance(c, RawLine):
                rest.append(c)
            else:
                parts = c
        return lead, parts, rest

    def line(self, children):
        return _line(children[0])

    def blank(self, children):
        tok = children[0]
        return RawBlock("blank", RawLine([], tok.start_pos, tok.start_pos), tok)

    def paragraph(self, children):
        return RawBlock("paragraph", children[0], None, children[1:])

    def _lead_block(kind):  # noqa: N805 - a small factory for the led blocks
        def build(self, children):
            lead, parts, rest = self._split(children)
            return RawBlock(kind, _line(parts, lead), lead, rest)

        return build

    heading = _lead_block("heading")
    item = _lead_block("item")
    footnote_def = _lead_block("footnote_def")
    comment_block = _lead_block("comment_block")


def grammar_text() -> str:
    return importlib.resources.files("undoc_lint.grammar").joinpath("undoc.lark").read_text("utf-8")


def get_parser() -> Lark:
    global _PARSER
    if _PARSER is None:
        _PARSER = Lark(
            grammar_text(),
            parser="lalr",
            lexer="contextual",
            transformer=_ToRaw(),
            maybe_placeholders=False,
            cache=True,
        )
    return _PARSER


def parse_raw(text: str) -> RawDocument:
    """Parse text (which must end with a line ending) into raw blocks."""
    return get_parser().parse(text)
