"""The SYN family: problems found while reading and parsing a document
(and ENG: the engine's own problems, such as a rule pack that failed).

They are diagnostics like any rule's (selectable, ignorable, suppressible by
directive), but are produced by the reader and the model builder, never by
re-reading text in a rule.
"""

from __future__ import annotations

from .diagnostics import Diagnostic, Severity
from .records import dataclass
from .source import Span


@dataclass(frozen=True, slots=True)
class SyntaxCheck:
    code: str
    name: str
    severity: Severity
    summary: str


_E, _W = Severity.ERROR, Severity.WARNING

CHECKS: dict[str, SyntaxCheck] = {
    c.code: c
    for c in (
        SyntaxCheck("SYN001", "invalid-utf8", _E, "The file is not valid UTF-8; the byte offset of the first bad byte is given."),
        SyntaxCheck("SYN002", "unreadable-file", _E, "The file cannot be read (missing, a directory, no permission, a symlink loop)."),
        SyntaxCheck("SYN003", "binary-file", _E, "The file holds NUL bytes or other binary data, not a UNDoc text."),
        SyntaxCheck("SYN004", "mixed-line-endings", _W, "The file mixes LF, CRLF or CR line endings."),
        SyntaxCheck("SYN005", "unterminated-front-matter", _E, "The first line is `---` but no closing `---` line follows."),
        SyntaxCheck("SYN006", "malformed-front-matter", _E, "The front matter is not valid YAML, or not a mapping."),
        SyntaxCheck("SYN007", "unknown-front-matter-key", _W, "A front-matter key that the spec does not define."),
        SyntaxCheck("SYN008", "invalid-front-matter-value", _E, "A front-matter value of the wrong form (language code, ISO date, distribution)."),
        SyntaxCheck("SYN009", "unterminated-comment", _E, "An HTML comment `<!--` with no closing `-->`."),
        SyntaxCheck("SYN010", "heading-too-deep", _E, "A heading deeper than `####`."),
        SyntaxCheck("SYN011", "empty-footnote", _E, "A footnote definition with no text."),
        SyntaxCheck("SYN012", "inconsistent-indentation", _W, "An item or paragraph dedented to a column that no open item uses."),
        SyntaxCheck("SYN013", "malformed-directive", _E, "An `undoc-lint:` comment whose action is not disable, enable, disable-next-line or disable-file, or that follows text on its line (and so is not read)."),
        SyntaxCheck("SYN014", "invalid-marker", _E, "A lettered marker that is neither a letter sequence ((a), (aa)) nor a roman numeral."),
        SyntaxCheck("SYN015", "indented-footnote-definition", _W, "`[^label]:` not at column 0 is read as text, not as a definition."),
        SyntaxCheck("SYN016", "empty-heading", _W, "A heading with no text."),
        SyntaxCheck("SYN017", "control-character", _W, "A NUL or other C0 control character (other than tab and line endings) in the text."),
        SyntaxCheck("SYN018", "unknown-directive-selector", _W, "A directive names a code, prefix or rule name that no installed rule has."),
        SyntaxCheck("SYN019", "unused-directive", _W, "A directive that suppressed nothing (like ruff's RUF100)."),
        SyntaxCheck("SYN020", "language-mismatch", _W, "The front matter's `language` is not the language the text is plainly written in (a front matter copied from another draft)."),
        SyntaxCheck("SYN021", "front-matter-not-read", _W, "A `---` near the top that is not where front matter begins (blanks after it, or not on the first line): what follows is read as text."),
        SyntaxCheck("SYN022", "empty-item", _W, "A numbered or lettered item with no text and nothing nested in it."),
        SyntaxCheck("SYN023", "comment-in-text", _W, "`<!--` inside a line of text and closed on a later line: not a comment, so what follows is read as text."),
        # ENG: the engine's own problems, reported in the file being linted.
        SyntaxCheck("ENG001", "rule-crashed", _E, "A rule raised an exception on this document; the other rules still ran."),
        SyntaxCheck("ENG002", "rule-pack-failed", _E, "A rule pack (or one of its rules) could not be loaded; the other packs still run."),
        SyntaxCheck("ENG003", "fixes-unsettled", _W, "`--fix` stopped with fixes still on offer: they undid one another, or kept coming after every round; what was applied is reported, the rest was not."),
    )
}


def syn(code: str, span: Span, message: str, path: str = "") -> Diagnostic:
    check = CHECKS[code]
    if "\n" in message:  # (a parser's or an exception's text over several lines: one-line formats need one)
        message = " ".join(line.strip() for line in message.splitlines() if line.strip())
    return Diagnostic(code, check.name, check.severity, message, span, path=path)
