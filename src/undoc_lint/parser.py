"""grammar/undoc.lark -> a flat list of raw blocks (the builder nests them).

The Lark parser is LALR with the contextual lexer, built once per process and
cached on disk (Lark's own cache, keyed on the grammar's hash), and applies
the transformer while parsing so no parse tree is materialised.

Speed matters here (benchmarks/parse_throughput.py): every token and every
reduction costs Python calls, so the grammar keeps both few (see its header),
names a callback for every alternative (`-> new_list`, `-> append`, `-> item`
…) and has no `_inlined` rules, which Lark would first build as a tree node
and then flatten into their parent; and _Driver runs Lark's table and lexer
in a tighter loop than Lark.parse (Lark.parse remains the reference and the
fallback).
The raw structures are plain lists of Lark tokens: a *line* is the list of
its inline tokens, the last of which carries the line ending (TEXT_NL,
TEXT_BR: text and ending in one token; NL, BR: a bare ending). Offsets into
the text are Token.start_pos / Token.end_pos.
"""

from __future__ import annotations

import os
import re

from . import regexes
from .records import dataclass

_PARSER = None  # the lark.Lark instance, built only when the tables are not cached (or for the fallback)
TABLES_FORMAT = "undoc-lint LALR tables v1"  # change it whenever the cached table layout changes


class Token(str):
    """A token of the fast loop: the text, with Lark's token attributes (type, offsets)."""

    __slots__ = ("type", "value", "start_pos", "end_pos", "line", "column", "end_line", "end_column")

# Token types that end a line. The *_BR ones also swallowed the blank lines after it.
LINE_END = frozenset({"NL", "BR"})  # a bare line ending: not text
TEXT_END = frozenset({"TEXT_NL", "TEXT_BR"})  # text with the line ending after it

_LINE_BREAK = regexes.compile(r"[\r\n]")

RawLine = list  # [inline tokens …, line ending]: see the module docstring


@dataclass(slots=True)
class RawBlock:
    kind: str  # heading | paragraph | item | footnote_def | comment_block
    lead: Token | None  # heading mark, item marker, footnote mark, comment; None for a paragraph
    lines: list[RawLine]  # the lead's own line first (maybe just its ending)


@dataclass(slots=True)
class RawDocument:
    front_matter: Token | None
    blocks: list[RawBlock]


def line_end(line: RawLine) -> int:
    """Offset just after the last character of a line, its line ending excluded."""
    last = line[-1]
    if last.type in LINE_END:
        return last.start_pos
    return last.start_pos + _LINE_BREAK.search(last).start()  # TEXT_NL, TEXT_BR: the text stops there


class _ToRaw:
    """The callbacks named in the grammar (`-> name`), called as each alternative is reduced.

    Plain functions of the children list; Lark gets them through a Transformer
    subclass (see get_parser), the fast loop calls them directly."""

    __visit_tokens__ = False  # tokens pass through untouched (faster)

    @staticmethod
    def start(children):
        if len(children) == 2:
            return RawDocument(children[0], children[1])
        return RawDocument(None, children[0])

    # Lists are built left-recursively: Lark hands each callback a fresh list
    # of the children, which can be kept as is.
    @staticmethod
    def new_list(children):
        return children

    @staticmethod
    def append(children):
        items = children[0]
        items.append(children[1])
        return items

    @staticmethod
    def first_line(children):
        """[line]: the first line of a block, from its tokens (an inline list, then the line ending)."""
        if len(children) == 1:
            return [children]
        line = children[0]
        line.append(children[1])
        return [line]

    # -- blocks: children are [blocks, (lead,) lines]
    @staticmethod
    def no_blocks(children):
        return []

    @staticmethod
    def blank(children):
        return children[0]  # a blank line at the top of the file: nothing to build

    @staticmethod
    def paragraph(children):
        blocks = children[0]
        blocks.append(RawBlock("paragraph", None, children[1]))
        return blocks

    def _lead_block(kind, one_line):  # noqa: N805 - a small factory for the led blocks
        if one_line:
            def build(children):
                blocks = children[0]
                blocks.append(RawBlock(kind, children[1], [children[2]]))
                return blocks
        else:
            def build(children):
                blocks = children[0]
                blocks.append(RawBlock(kind, children[1], children[2]))
                return blocks

        return staticmethod(build)

    heading = _lead_block("heading", True)
    comment_block = _lead_block("comment_block", True)
    item = _lead_block("item", False)
    footnote_def = _lead_block("footnote_def", False)
    del _lead_block


def grammar_text() -> str:
    import undoc_lint.grammar as grammar_package  # grammar/ is installed as this package

    # A plain path beside the package: importlib.resources costs ~6 ms to import.
    with open(os.path.join(os.path.dirname(grammar_package.__file__), "undoc.lark"), encoding="utf-8") as fh:
        return fh.read()


def get_parser():
    """The lark.Lark LALR parser of grammar/undoc.lark (imports lark: the fast path does not)."""
    global _PARSER
    if _PARSER is None:
        from lark import Lark, Transformer

        transformer = type("_LarkToRaw", (_ToRaw, Transformer), {})()
        _PARSER = Lark(grammar_text(), parser="lalr", lexer="contextual", transformer=transformer,
                       maybe_placeholders=False, cache=True)
    return _PARSER


def tables_from_lark(lark) -> dict:
    """What the fast loop needs of Lark's parser, as plain JSON data:
    the start and end states, each state's lexer regex (Lark's contextual
    lexer: only the terminals that state accepts, in Lark's order), and each
    state's actions (a next state, or a reduction: size, callback, rule).
    Raises _Unsupported if Lark's internals are not as expected."""
    from lark.lexer import ContextualLexer
    from lark.parsers.lalr_analysis import Shift

    try:
        frontend = lark.parser
        parser = frontend.parser.parser  # lark.parsers.lalr_parser._Parser
        table, callbacks, lexer = parser.parse_table, parser.callbacks, frontend.lexer
        if not isinstance(lexer, ContextualLexer) or frontend.lexer_conf.postlex or frontend.lexer_conf.ignore:
            raise _Unsupported("not a plain contextual lexer")
        scan = {}
        for state, basic in lexer.lexers.items():
            res = basic.scanner._mres
            if basic.callback or len(res) > 1:
                raise _Unsupported("lexer callbacks or a split scanner")
            if res:
                scan[str(state)] = [res[0].pattern, res[0].flags]
        actions = {}
        for state, row in table.states.items():
            out = {}
            for sym, (action, arg) in row.items():
                if action is Shift:
                    out[sym] = arg
                    continue
                name = arg.alias or arg.origin.name
                if getattr(_ToRaw, name, None) is not getattr(type(lark.options.transformer), name, None) \
                        or callbacks[arg] is not getattr(lark.options.transformer, name):
                    raise _Unsupported(f"callback of {name} is wrapped")
                out[sym] = [len(arg.expansion), name, arg.origin.name]
            actions[str(state)] = out
        return {"format": TABLES_FORMAT, "start": table.start_states["start"], "end": table.end_states["start"],
                "scan": scan, "actions": actions}
    except (AttributeError, KeyError, TypeError) as exc:
        raise _Unsupported(repr(exc)) from None


def _cached_tables() -> dict:
    """The tables for the grammar as it is now: from the cache, else from Lark (then cached)."""
    from .cachedir import cache_path, digest, read_cache, write_cache

    grammar = grammar_text()
    key = digest((TABLES_FORMAT + grammar).encode("utf-8"))
    path = cache_path("parser", f"undoc-{key}.json")
    tables = read_cache(path)
    if isinstance(tables, dict) and tables.get("format") == TABLES_FORMAT:
        return tables
    tables = tables_from_lark(get_parser())
    write_cache(path, tables)
    return tables


class _Driver:
    """Lark's LALR(1) table and contextual lexer, run by one tight loop.

    Lark.parse spends about a third of its time on bookkeeping this grammar
    does not need: line and column counting, ignored terminals, lexer
    callbacks, a generator and a method call per token. This loop makes the
    same tokens (each state's own compiled regex from Lark's contextual
    lexer), the same shifts and reductions (Lark's table) and the same
    callback calls (Lark's, i.e. _ToRaw), so the result is the same; tokens
    carry no line and column (nothing here reads them).

    Its tables come from Lark (tables_from_lark, which reads Lark internals
    and raises _Unsupported if they are not as expected) through a JSON cache,
    so that a run whose cache is warm never imports lark. parse_raw uses
    Lark.parse if the tables cannot be had, and when anything fails while
    parsing; Lark.parse gives its own result or error.
    """

    def __init__(self, tables: dict):
        try:
            self.start, self.end = tables["start"], tables["end"]
            self.scan = {int(state): regexes.compile(pattern, flags).match for state, (pattern, flags) in tables["scan"].items()}
            # state -> {terminal or rule name: next state (shift, goto) or (size, callback, rule name) (reduce)}
            self.actions = {
                int(state): {sym: arg if isinstance(arg, int) else (arg[0], getattr(_ToRaw, arg[1]), arg[2])
                             for sym, arg in row.items()}
                for state, row in tables["actions"].items()
            }
        except (AttributeError, KeyError, TypeError, ValueError, re.error) as exc:
            raise _Unsupported(repr(exc)) from None

    def parse(self, text: str, blocks=None):
        actions, scan, accept = self.actions, self.scan, self.end
        states, values = [self.start], []
        pos, n = 0, len(text)
        while True:
            if pos < n:
                m = scan[states[-1]](text, pos)
                kind, end, value = m.lastgroup, m.end(), m.group()
                # What Token(kind, value, pos, end_pos=end) makes, without its two Python-level calls.
                token = _new_str(Token, value)
                token.type, token.value, token.start_pos, token.end_pos = kind, value, pos, end
                token.line = token.column = token.end_line = token.end_column = None
                pos = end
            else:
                kind = _END
            act = actions[states[-1]][kind]
            while type(act) is tuple:  # reduce (as often as needed), then shift the token
                size, callback, rule = act
                if size:
                    children = values[-size:]
                    del states[-size:], values[-size:]
                    values.append(callback(children))
                elif blocks is not None and callback is _NO_BLOCKS:  # `blocks: ε`, once, at the start
                    values.append(blocks)
                else:
                    values.append(callback([]))
                goto = actions[states[-1]][rule]
                if kind is _END and goto == accept:
                    return values[-1]
                states.append(goto)
                act = actions[goto][kind]
            states.append(act)
            values.append(token)


class _Unsupported(Exception):
    pass


_END = "$END"  # Lark's end-of-input terminal
_NO_BLOCKS = _ToRaw.no_blocks  # the callback that starts the list of blocks
_new_str = str.__new__


_DRIVER: _Driver | None | bool = None  # False: Lark internals not as expected, use Lark.parse


def parse_raw(text: str, blocks=None) -> RawDocument | None:
    """Parse text (which must end with a line ending) into raw blocks.

    With `blocks` (an object with an ``append`` method: the builder), each
    block is appended to it as soon as it is read, and it is the result's
    ``blocks``: so the tokens of a block can be freed once it is built, and
    the raw tokens of a whole large document never exist at once. Only the
    fast loop can do that: with `blocks`, None means that it could not (no
    tables, or it failed, maybe part way), and the caller parses again
    without `blocks` (Lark.parse, or the fast loop's error)."""
    global _DRIVER
    if _DRIVER is None:
        try:
            _DRIVER = _Driver(_cached_tables())
        except _Unsupported:
            _DRIVER = False
    if _DRIVER:
        try:
            return _DRIVER.parse(text, blocks)
        except Exception:  # noqa: BLE001 - Lark.parse below gives the real result or error
            pass
    if blocks is not None:
        return None
    return get_parser().parse(text)
