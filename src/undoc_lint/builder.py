"""Raw blocks (parser.py) -> the document model (model.py), with SYN diagnostics.

The grammar gives a flat sequence of blocks; this module nests them:
headings open sections, indentation and marker kinds nest items, and the
letter-or-roman question of (i), (v), (x) is decided here (spec §2,
"Numbering"). It never raises: whatever it cannot read it reports.
"""

from __future__ import annotations

import re

from . import regexes
from .diagnostics import Diagnostic
from .frontmatter import read_front_matter
from .inline import build_inline
from .markers import letter_value, roman_value
from .model import OBJECT_REPLACEMENT, Comment, Directive, Document, FootnoteDef, Heading, Item, Marker, Paragraph, Section
from .parser import LINE_END, RawBlock, RawDocument, RawLine, line_end
from .source import Source, Span, indent_width
from .syntax import syn

DIRECTIVE_ACTIONS = ("disable", "enable", "disable-next-line", "disable-file")
_DIRECTIVE = regexes.compile(r"^\s*undoc-lint\s*:(?P<body>.*)$", re.S)
_SELECTOR = regexes.compile(r"[^\s,]+")
_CONTROL = regexes.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# `### (a) …` or, in French and Spanish, `### a) …`
_HEADING_MARKER = regexes.compile(r"^(?:\((?P<paren>[a-z]{1,6}|[ivx]{7})\)|(?P<rparen>[a-z]{1,6}|[ivx]{7})\))(?=\s|$)")
_MARKER_STYLE = {"NUM_MARKER": "dot", "PAREN_MARKER": "paren", "RPAREN_MARKER": "rparen", "DOT_MARKER": "dot", "BULLET": "bullet"}
_BLANKS = regexes.compile(r"[ \t]*")
MAX_NUMBER_DIGITS = 100  # a longer paragraph number is reported (SYN014), not read
# At one indentation, deeper ranks nest under shallower ones: 1. > (a) > (i) > a. > i.
_RANK = {("number", "dot"): 1, ("letter", "paren"): 2, ("letter", "rparen"): 2, ("roman", "paren"): 3,
         ("roman", "rparen"): 3, ("letter", "dot"): 4, ("roman", "dot"): 5}


class _Builder:
    """Builds the model block by block: ``append`` takes each raw block, as
    the parser reads it (see parse_raw) or from a whole RawDocument; ``build``
    makes the Document."""

    def __init__(self, source: Source):
        self.src = source
        self.diags: list[Diagnostic] = []
        self.children: list = []
        self.blocks: list = []
        self.items: list[Item] = []
        self.defs: list[FootnoteDef] = []
        self.comments: list[Comment] = []
        self.sections: list[Section] = []  # open sections, outermost first
        self.open_items: list[Item] = []  # open items, outermost first
        self.title: Heading | None = None
        self.last_def: FootnoteDef | None = None
        self._def_lines: dict[int, list] = {}
        self.failed_defs: set[int] = set()  # where an indented `[^1]:` stands: no reference (SYN015's)
        # Marker text -> (text, label, value), (text, label): the same few markers recur
        # (1. 2. … (a) (b) … in every instrument), so each is one set of objects, not one an item.
        self._numbers: dict[str, tuple] = {}
        self._labels: dict[str, tuple] = {}

    def append(self, block: RawBlock) -> None:
        """Build one raw block (the blocks come in document order)."""
        # (Functions, not bound methods kept on self: a builder is no reference cycle, and is
        # freed with the raw lines it holds as soon as it is done, whether the collector runs or not.)
        handler = _HANDLERS.get(block.kind)
        if handler is not None:
            handler(self, block)

    # -- helpers ---------------------------------------------------------
    def report(self, code: str, start: int, end: int, message: str) -> None:
        self.diags.append(syn(code, self.src.span(start, end), message, self.src.path))

    def container(self) -> list:
        return self.sections[-1].children if self.sections else self.children

    def parent(self):
        return self.sections[-1] if self.sections else None

    def indent_at(self, line_start: int) -> tuple[int, int]:
        """(columns, offset of the first non-blank character) of the line starting at line_start.

        Every block begins at the start of a line (the lead tokens carry the
        indentation), so no search for the line start is needed."""
        i = _BLANKS.match(self.src.text, line_start).end()
        return indent_width(self.src.text[line_start:i]), i

    # -- blocks ----------------------------------------------------------
    def heading(self, b: RawBlock) -> None:
        mark = b.lead
        _, s0 = self.indent_at(mark.start_pos)
        hashes = len(mark.strip(" \t"))
        level = hashes
        if hashes > 4:
            self.report("SYN010", s0, s0 + hashes, f"heading level {hashes} is deeper than `####`; read as level 4")
            level = 4
        content = build_inline(self.src, b.lines)
        end = content.span.end if content.span else s0 + hashes
        if not content.text.strip():
            self.report("SYN016", s0, end, "heading with no text")
        heading = Heading(level, content, Span(s0, end, self.src), Span(s0, s0 + hashes, self.src))
        self.open_items.clear()
        self.last_def = None
        self.blocks.append(heading)
        if level == 1:
            while self.sections:
                self.sections.pop()
            heading.parent = None
            self.children.append(heading)
            if self.title is None:
                self.title = heading
            return
        while self.sections and self.sections[-1].level >= level:
            self.sections.pop()
        m = _HEADING_MARKER.match(content.text)
        if m and level >= 3:
            style = "paren" if m.group("paren") else "rparen"
            prev = next((c.heading.marker for c in reversed(self.container())
                         if isinstance(c, Section) and c.level == level and c.heading.marker is not None), None)
            heading.marker = self.marker_for(m.group(style), style, content.span_of(0, m.end()), m.group(0), prev)
        section = Section(heading, parent=self.parent())
        heading.parent = section
        self.container().append(section)
        self.sections.append(section)

    def paragraph(self, b: RawBlock) -> None:
        self.text_block(b.lines, b.lines[0][0].start_pos)

    def text_block(self, lines: list[RawLine], start: int, after_comment: bool = False) -> None:
        """A paragraph (or a footnote's continuation) whose first line starts at offset start
        (``after_comment``: the text after a comment's `-->`, whose span begins at that text)."""
        cols, s0 = self.indent_at(start)
        content = build_inline(self.src, lines)
        span = content.span
        if after_comment and span is not None:
            s0 = span.start
        if span is None or span.start != s0:  # (else the paragraph's span is its text's: one object for both)
            span = Span(s0, span.end if span else line_end(lines[-1]), self.src)
        end = span.end
        para = Paragraph(content, span, cols)
        # `[^1]:` indented: a definition that is not one (and no call of footnote 1 either)
        if cols > 0 and content.text.startswith(OBJECT_REPLACEMENT + ":") and content.refs[0].span.start == s0:
            self.report("SYN015", s0, content.refs[0].span.end + 1, "a footnote definition must start at column 0; this line is read as text")
            self.failed_defs.add(s0)
        # An indented paragraph after a footnote definition continues its text.
        if cols >= 4 and self.last_def is not None:
            fdef = self.last_def
            self._def_lines[id(fdef)] += lines
            fdef.content = build_inline(self.src, self._def_lines[id(fdef)])
            fdef.span = self.src.span(fdef.span.start, end)
            return
        self.last_def = None
        host = self.host_for(cols, s0, end, rank=None)
        self.blocks.append(para)
        if host is not None:
            para.parent = host
            host.children.append(para)
        else:
            if cols == 0:
                self.open_items.clear()
            para.parent = self.parent()
            self.container().append(para)

    def host_for(self, cols: int, s0: int, end: int, rank: int | None, style: str | None = None):
        """Pop the open items that this line closes; return the item it nests under."""
        popped = False
        stack = self.open_items
        while stack and stack[-1].indent > cols:
            stack.pop()
            popped = True
        if popped and stack and stack[-1].indent < cols:
            self.report("SYN012", s0, end, f"indentation of {cols} columns matches no open item (the enclosing one is at {stack[-1].indent})")
        if rank is None:  # a paragraph: nests under a shallower item only
            while stack and stack[-1].indent >= cols:
                stack.pop()
            return stack[-1] if stack and cols > 0 else None
        while stack and stack[-1].indent == cols and _rank(stack[-1]) >= rank:
            stack.pop()
        return stack[-1] if stack else None

    def item(self, b: RawBlock) -> None:
        lead = b.lead
        src = self.src
        # The marker token starts the line and holds its indentation: measure it there.
        unindented = lead.lstrip(" \t")
        indent = len(lead) - len(unindented)
        cols = indent_width(lead[:indent])
        s0 = lead.start_pos + indent
        text = unindented.rstrip(" \t")
        # Offsets from tokens always lie inside the text: no need for src.span's clamping.
        m_span = Span(s0, s0 + len(text), src)
        content = build_inline(src, b.lines)
        end = content.span.end if content.span else m_span.end
        self.last_def = None
        style = _MARKER_STYLE[lead.type]
        if lead.type == "NUM_MARKER" and len(text) > MAX_NUMBER_DIGITS + 1:
            # int() refuses more than 4300 digits (and is quadratic before that): report, don't count.
            self.report("SYN014", s0, s0 + len(text), f"marker of {len(text) - 1} digits: undoc-lint reads "
                        f"paragraph numbers of at most {MAX_NUMBER_DIGITS} digits")
            marker = Marker(text, text[:-1], "invalid", "dot", None, m_span)
        elif lead.type == "NUM_MARKER":
            known = self._numbers.get(text)
            if known is None:
                known = self._numbers[text] = (text, text[:-1], int(text[:-1]))
            marker = Marker(known[0], known[1], "number", "dot", known[2], m_span)
        elif lead.type == "BULLET":
            marker = Marker(text, text, "bullet", "bullet", None, m_span)
        else:
            known = self._labels.get(text)
            if known is None:
                known = self._labels[text] = (text, text.strip("()."))
            text, label = known
            prev = self.previous_sibling(cols, style)
            marker = self.marker_for(label, style, m_span, text, prev.marker if prev else None)
        item = Item(marker, content, Span(s0, end, src), cols)
        if marker.kind == "bullet":
            host = self.host_for(cols, s0, end, rank=None)
        else:
            host = self.host_for(cols, s0, end, rank=_RANK.get((marker.kind, marker.style), 2))
        if host is not None and marker.kind == "bullet" and cols == 0:
            host = None
        self.blocks.append(item)
        self.items.append(item)
        if host is not None:
            item.parent = host
            item.depth = host.depth + 1
            host.children.append(item)
        else:
            if cols == 0 and marker.kind == "bullet":
                self.open_items.clear()
            item.parent = self.parent()
            self.container().append(item)
        self.open_items.append(item)

    def marker_for(self, label: str, style: str, span, text: str, prev: Marker | None) -> Marker:
        """The marker's kind and value; `prev` is the previous sibling's marker, if any."""
        letter, roman = letter_value(label), roman_value(label)
        if letter is not None and roman is not None:
            # (i), (v), (x), (ii) …: a letter only right after its letter predecessor.
            is_letter = prev is not None and prev.kind == "letter" and prev.value == letter - 1
            kind, value = ("letter", letter) if is_letter else ("roman", roman)
        elif letter is not None:
            kind, value = "letter", letter
        elif roman is not None:
            kind, value = "roman", roman
        else:
            self.report("SYN014", span.start, span.end, f"marker `{text}` is neither a letter sequence ((a), (aa)) nor a roman numeral ((iv))")
            kind, value = "invalid", None
        return Marker(text, label, kind, style, value, span)

    def previous_sibling(self, cols: int, style: str) -> Item | None:
        for item in reversed(self.open_items):
            if item.indent < cols:
                return None
            if item.indent == cols and item.marker.style == style and item.marker.kind in ("letter", "roman"):
                return item
        return None

    def footnote_def(self, b: RawBlock) -> None:
        lead = b.lead
        s0 = lead.start_pos
        label_end = lead.index("]:")
        label = lead[2:label_end]
        lines = b.lines
        content = build_inline(self.src, lines)
        end = content.span.end if content.span else s0 + label_end + 2
        src = self.src
        fdef = FootnoteDef(label, content, Span(s0, end, src), parent=self.parent())
        self._def_lines[id(fdef)] = lines
        if not content.text.strip():
            self.report("SYN011", s0, s0 + label_end + 2, f"footnote definition [^{label}] has no text")
        self.blocks.append(fdef)
        self.defs.append(fdef)
        self.container().append(fdef)
        self.last_def = fdef

    def comment(self, b: RawBlock) -> None:
        lead = b.lead
        _, s0 = self.indent_at(lead.start_pos)
        closed = lead.type == "COMMENT"
        s1 = lead.end_pos
        inner = lead.strip(" \t")[4 : -3 if closed else None]
        comment = Comment(inner, self.src.span(s0, s1), closed, parent=self.parent())
        if not closed:
            self.report("SYN009", s0, s0 + 4, "comment `<!--` is never closed with `-->`; the rest of the file is a comment")
        else:
            comment.directive = self.directive(inner, s0 + 4, comment)
        self.blocks.append(comment)
        self.comments.append(comment)
        self.container().append(comment)
        # text after `-->` on the same line: a paragraph of its own (blanks are nothing: an empty
        # paragraph at column 0 would close the open list, and `(b)` after it would start one)
        first = b.lines[0]
        if any(t.type not in LINE_END and t.strip() for t in first):
            self.text_block([first], lead.start_pos, after_comment=True)

    def directive(self, inner: str, offset: int, comment: Comment) -> Directive | None:
        m = _DIRECTIVE.match(inner)
        if not m:
            return None
        body_start = offset + m.start("body")
        body = m.group("body")
        words = [(w.group(0), body_start + w.start(), body_start + w.end()) for w in _SELECTOR.finditer(body)]
        if not words or words[0][0] not in DIRECTIVE_ACTIONS:
            got = f"`{words[0][0]}`" if words else "nothing"
            s, e = (words[0][1], words[0][2]) if words else (comment.span.start, comment.span.end)
            self.report("SYN013", s, e, f"undoc-lint directive action is {got}; expected one of {', '.join(DIRECTIVE_ACTIONS)}")
            return None
        action = words[0][0]
        selectors = [(w, self.src.span(s, e)) for w, s, e in words[1:]]
        return Directive(action, selectors, comment.span)

    # -- the whole document ---------------------------------------------
    def build(self, raw: RawDocument) -> Document:
        """The Document, once the parser is done; `raw.blocks` is this builder
        if the parser handed it each block as it read it (see parse_raw)."""
        if raw.blocks is not self:
            for block in raw.blocks:
                self.append(block)
        src = self.src
        fm = None
        head: list[Diagnostic] = []  # the front matter's diagnostics come before the blocks'
        if raw.front_matter is not None:
            tok = raw.front_matter
            fm = read_front_matter(src, tok.start_pos, tok.end_pos, head)
        elif src.line_text(1) == "---":
            near = _near_fence(src, 2)
            why = f" (line {near} is `---` with blanks after it)" if near else ""
            head.append(syn("SYN005", src.span(0, 3), f"front matter opened with `---` is never closed by a line of exactly `---`{why}", src.path))
        elif (first := _near_fence(src, 1, blank_lines=True)) and _near_fence(src, first + 1, exact=True):
            # (`--- ` with a blank after it, or a blank line or comment first: read as text, its
            # `language` lost without a word: a spec audit)
            start = src.line_starts[first - 1]
            why = "has blanks after it" if src.line_text(first).strip() == "---" and first == 1 else "is not the first line"
            head.append(syn("SYN021", src.span(start, start + len(src.line_text(first))),
                            f"this `---` {why}, so what follows is read as text, not as front matter: front matter "
                            f"begins on the first line with a line of exactly `---`", src.path))
        if head:
            self.diags[:0] = head
        self.check_text()
        if "<!--" in self.src.text:  # (a comment opened inside text and closed on a later line is text: say so)
            for block in self.blocks:
                content = getattr(block, "content", None)
                at = content.text.find("<!--") if content is not None else -1
                if at >= 0:
                    span = content.span_of(at, at + 4)
                    self.report("SYN023", span.start, span.end, "`<!--` inside a line of text, closed on a later line, "
                                "is no comment: what follows is read (and linted) as text; put `<!--` at the start of a "
                                "line, or close it on this one")
        for item in self.items:  # (`1.` alone: a paragraph lost in an edit; headings and footnotes said so, items not)
            if not item.children and not item.content.text.strip() and item.marker.kind != "bullet":
                self.report("SYN022", item.span.start, item.marker.span.end, f"item `{item.marker.text}` has no text")
        refs = []
        for block in self.blocks:
            content = getattr(block, "content", None)
            if content is None:
                continue
            refs.extend(content.refs if not self.failed_defs else
                        [r for r in content.refs if r.span.start not in self.failed_defs])
            for c in content.comments:  # (none in nearly every block)
                if _DIRECTIVE.match(c.text):
                    self.report("SYN013", c.span.start, c.span.end, "an `undoc-lint:` directive after text on its line is not "
                                "read: a directive stands on a line of its own (`disable-next-line` above the line it is for)")
        directives = [c.directive for c in self.comments if c.directive is not None]
        language, declared = None, False
        if fm is not None and fm.get("language") in ("ar", "en", "es", "fr", "ru", "zh"):
            language, declared = fm.get("language"), True
        doc = Document(src, fm, self.children, language, declared, self.title, self.blocks, self.items,
                       refs, self.defs, self.comments, directives, self.diags)
        if language is None:
            from .lang.detect import detect_language

            doc.language = detect_language(doc)
        return doc

    def check_text(self) -> None:
        src = self.src
        if len(src.line_endings()) > 1:
            names = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}
            first_kind = src.ending_before(src.line_starts[1])
            for i, start in enumerate(src.line_starts[1:], start=1):
                kind = src.ending_before(start)
                if kind != first_kind:
                    self.report("SYN004", start - len(kind), start, f"line {i} ends with {names[kind]} but the file began with {names[first_kind]}")
                    break
        reported = 0
        for m in _CONTROL.finditer(src.text):
            if reported >= 20:
                break
            self.report("SYN017", m.start(), m.end(), f"control character U+{ord(m.group(0)):04X} in the text")
            reported += 1


_HANDLERS = {"heading": _Builder.heading, "paragraph": _Builder.paragraph, "item": _Builder.item,
             "footnote_def": _Builder.footnote_def, "comment_block": _Builder.comment}


def _near_fence(src: Source, line: int, blank_lines: bool = False, exact: bool = False) -> int | None:
    """The first line from ``line`` on (within the next 60) that is `---` with blanks after it (or,
    ``exact``, exactly `---`); ``blank_lines``: only if every line before it is blank or a comment."""
    for n in range(line, min(src.line_count, line + 60) + 1):
        text = src.line_text(n)
        if text == "---" if exact else (text.rstrip() == "---" and (text != "---" or blank_lines and n > 1)):
            return n
        if blank_lines and text.strip() and not text.lstrip().startswith("<!--"):
            return None
    return None


def _rank(item: Item) -> int:
    return _RANK.get((item.marker.kind, item.marker.style), 2)


def new_builder(source: Source) -> _Builder:
    """A builder to hand to parse_raw, which then builds each block as it reads it."""
    return _Builder(source)


def build_document(source: Source, raw: RawDocument) -> Document:
    return _Builder(source).build(raw)
