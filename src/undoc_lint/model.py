"""The document model: what rules read. Every node carries its exact Span.

Structure (spec §2):

    Document
      front_matter: FrontMatter | None
      children: [Paragraph | Item | Heading(#) | FootnoteDef | Comment | Section]
    Section (a `##` instrument, or a `###`/`####` section inside one)
      heading: Heading; children: same kinds as the document, subsections included
    Item
      marker: Marker (number, letter, roman or bullet; its style and value)
      children: [Item | Paragraph] nested by indentation

Flat indexes in document order (``doc.items``, ``doc.footnote_refs`` …) let a
rule visit what it needs without walking the tree again.
"""

from __future__ import annotations

import bisect
from typing import Any, Iterator, Union

from .records import dataclass, field
from .source import Source, Span

OBJECT_REPLACEMENT = "\ufffc"  # stands for a footnote reference in Inline.text


# ------------------------------------------------------------------ inline
@dataclass(slots=True, eq=False)
class FootnoteRef:
    label: str
    span: Span  # the whole `[^label]`
    kind: str = "footnote_ref"

    @property
    def label_span(self) -> Span:
        """Just `label` (made when asked for: few are)."""
        span = self.span
        return Span(span.start + 2, span.end - 1, span._source)


@dataclass(slots=True, eq=False)
class InlineComment:
    text: str
    span: Span
    kind: str = "inline_comment"


def _span_start(node) -> int:
    return node.span.start


@dataclass(slots=True, eq=False)
class Inline:
    """Inline content of a block, soft-wrapped lines joined.

    ``text`` is the readable text: escapes resolved, comments dropped, each
    footnote reference replaced by U+FFFC, continuation lines joined by "\\n"
    (their indentation dropped). ``span_of(i, j)`` maps a slice of ``text``
    back to the source; ``ref_at(i)`` gives the reference behind a U+FFFC.
    """

    # The text; None when it is the source text of span, character for character (most
    # blocks): then ``text`` slices it from the source when asked, and it is not kept twice.
    _text: str | None
    span: Span | None
    refs: list[FootnoteRef]  # (an empty tuple when there are none: most blocks)
    comments: list[InlineComment]  # (likewise)
    # The piecewise mapping of text to the source, flat: (text_start, text_end, src_start,
    # src_end, identity) for each piece, one after the other; None when text is the source
    # text of span, character for character (most blocks: one piece, kept small in memory).
    _pieces: tuple | None = field(repr=False)
    _source: Source = field(repr=False)
    _starts: tuple | None = field(default=None, repr=False)  # text_start of each piece

    @property
    def text(self) -> str:
        text = self._text
        if text is None:
            span = self.span
            return self._source.slice(span.start, span.end)
        return text

    def _piece_index(self, i: int) -> int:
        """The offset in _pieces of the piece of text[i]."""
        if self._starts is None:
            self._starts = self._pieces[::5]
        return max(bisect.bisect_right(self._starts, i) - 1, 0) * 5

    def source_offset(self, i: int) -> int:
        pieces = self._pieces
        if pieces is None:  # one piece, the identity: (0, len(text), span.start, span.end, True)
            span = self.span
            if span is None:
                return 0
            return span.end if i >= span.end - span.start else span.start + i
        if not pieces:
            return self.span.start if self.span else 0
        k = self._piece_index(i)
        t0, t1, s0, s1, ident = pieces[k:k + 5]
        if i >= t1:
            return s1
        return s0 + (i - t0) if ident else s0

    def source_end(self, j: int) -> int:
        if j <= 0:
            return self.source_offset(0)
        pieces = self._pieces
        if pieces is None:
            span = self.span
            if span is None:
                return 0
            return span.end if j >= span.end - span.start else span.start + j
        if not pieces:
            return self.span.start if self.span else 0
        k = self._piece_index(j - 1)
        t0, t1, s0, s1, ident = pieces[k:k + 5]
        if j >= t1:
            return s1
        return s0 + (j - t0) if ident else s1

    def span_of(self, i: int, j: int) -> Span:
        """The source span of text[i:j]."""
        return self._source.span(self.source_offset(i), self.source_end(j))

    def ref_at(self, i: int) -> FootnoteRef | None:
        """The footnote reference behind the U+FFFC at text[i], if any."""
        refs = self.refs
        if not refs or i < 0:
            return None
        text, span = self._text, self.span
        if text is None:  # (the character read from the source: no copy of a long paragraph)
            at = span.start + i
            if at >= span.end or self._source.text[at] != OBJECT_REPLACEMENT:
                return None
        elif i >= len(text) or text[i] != OBJECT_REPLACEMENT:
            return None
        # References are in document order: the one that begins where this character's
        # source begins (none for a U+FFFC written in the text itself).
        start = self.source_offset(i)
        k = bisect.bisect_left(refs, start, key=_span_start)
        return refs[k] if k < len(refs) and refs[k].span.start == start else None

    def __str__(self) -> str:
        return self.text


# ------------------------------------------------------------------ blocks
@dataclass(slots=True, eq=False)
class Marker:
    """An item or section marker: `12.`, `(a)`, `a)`, `a.`, `(ii)`, `-`."""

    text: str  # as written, without surrounding spaces: "(a)"
    label: str  # the number or letters: "a"
    kind: str  # number | letter | roman | bullet | invalid
    style: str  # dot "1." / "a." | paren "(a)" | rparen "a)" | bullet
    value: int | None  # 12, a=1 … z=26, aa=27 …, ii=2; None for bullets and invalid
    span: Span


@dataclass(slots=True, eq=False)
class Heading:
    level: int  # 1..4 (deeper headings are reported and read as level 4)
    content: Inline
    span: Span  # from the first `#` to the end of the line
    mark_span: Span
    marker: Marker | None = None  # `### (a) …`
    parent: Any = field(default=None, repr=False)
    kind: str = "heading"

    @property
    def text(self) -> str:
        return self.content.text


@dataclass(slots=True, eq=False)
class Paragraph:
    content: Inline
    span: Span
    indent: int  # columns (tabs count 4)
    parent: Any = field(default=None, repr=False)
    kind: str = "paragraph"

    @property
    def text(self) -> str:
        return self.content.text


@dataclass(slots=True, eq=False)
class Item:
    marker: Marker
    content: Inline
    span: Span  # from the marker to the end of the item's last line
    indent: int
    depth: int = 0  # 0 for an item not nested in another item
    children: list[Union["Item", Paragraph]] = field(default_factory=list)
    parent: Any = field(default=None, repr=False)
    kind: str = "item"

    @property
    def text(self) -> str:
        return self.content.text

    @property
    def items(self) -> list["Item"]:
        return [c for c in self.children if isinstance(c, Item)]


@dataclass(slots=True, eq=False)
class FootnoteDef:
    label: str
    content: Inline
    span: Span  # from `[^label]:` to the end of the text
    parent: Any = field(default=None, repr=False)
    kind: str = "footnote_def"

    # The spans of the mark and the label, made when asked for (few are).
    @property
    def label_span(self) -> Span:
        start = self.span.start + 2
        return Span(start, start + len(self.label), self.span._source)

    @property
    def mark_span(self) -> Span:
        """`[^label]:`"""
        start = self.span.start
        return Span(start, start + len(self.label) + 4, self.span._source)

    @property
    def text(self) -> str:
        return self.content.text


@dataclass(slots=True, eq=False)
class Directive:
    """`<!-- undoc-lint: ACTION CODE, … -->` (spec §4)."""

    action: str  # disable | enable | disable-next-line | disable-file
    selectors: list[tuple[str, Span]]  # empty: all codes
    span: Span
    kind: str = "directive"


@dataclass(slots=True, eq=False)
class Comment:
    text: str  # between `<!--` and `-->`
    span: Span
    closed: bool = True
    directive: Directive | None = None
    parent: Any = field(default=None, repr=False)
    kind: str = "comment"


@dataclass(slots=True, eq=False)
class Section:
    """A `##` instrument or a `###`/`####` section, with what it contains."""

    heading: Heading
    children: list[Any] = field(default_factory=list)
    parent: Any = field(default=None, repr=False)
    kind: str = "section"

    @property
    def level(self) -> int:
        return self.heading.level

    @property
    def span(self) -> Span:
        return self.heading.span

    @property
    def sections(self) -> list["Section"]:
        return [c for c in self.children if isinstance(c, Section)]

    @property
    def is_instrument(self) -> bool:
        return self.heading.level == 2


@dataclass(slots=True, eq=False)
class FrontMatterEntry:
    key: str
    value: Any
    key_span: Span
    value_span: Span


@dataclass(slots=True, eq=False)
class FrontMatter:
    span: Span  # from the opening `---` to the closing `---`
    data: dict  # plain Python values ({} when the YAML is malformed)
    entries: dict[str, FrontMatterEntry]
    valid: bool = True
    kind: str = "front_matter"

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


Block = Union[Paragraph, Item, Heading, FootnoteDef, Comment, Section]


# ------------------------------------------------------------------ document
@dataclass(slots=True, eq=False)
class Document:
    source: Source
    front_matter: FrontMatter | None
    children: list[Any]
    language: str | None  # declared in front matter, else detected (None: unknown)
    language_declared: bool
    title: Heading | None
    # flat indexes, in document order
    blocks: list[Any]  # every block: headings, paragraphs, items, footnote defs, comments
    items: list[Item]
    footnote_refs: list[FootnoteRef]
    footnote_defs: list[FootnoteDef]
    comments: list[Comment]
    directives: list[Directive]
    diagnostics: list[Any]  # SYN diagnostics found while reading and parsing
    cache: dict = field(default_factory=dict, repr=False)  # shared analysis results
    kind: str = "document"

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def sections(self) -> list[Section]:
        return [c for c in self.children if isinstance(c, Section)]

    @property
    def instruments(self) -> list[Section]:
        return [s for s in self.walk_sections() if s.level == 2]

    def walk_sections(self) -> Iterator[Section]:
        """Every section, depth first in document order (listed once, on first use)."""
        found = self.cache.get("model.sections")
        if found is None:
            # (a section's heading is its first block, the headings are in document order, and each
            # `##`-`####` heading's parent is its section: one pass over the blocks, no walk)
            found = self.cache["model.sections"] = [b.parent for b in self.blocks
                                                    if isinstance(b, Heading) and b.parent is not None]
        return iter(found)

    def inlines(self) -> Iterator[tuple[Any, Inline]]:
        """Every block that has inline content, with that content, in order."""
        for block in self.blocks:
            content = getattr(block, "content", None)
            if content is not None:
                yield block, content

    def span(self, start: int, end: int) -> Span:
        return self.source.span(start, end)
