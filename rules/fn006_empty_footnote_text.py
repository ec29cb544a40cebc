
from undoc_lint import regexes
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule

_WORD = regexes.compile(r"\w")


class EmptyFootnoteText(Rule):
    """A footnote's text has no words: only punctuation or spaces.

    What it checks:
        A footnote definition whose text holds no letter or digit at all
        (`[^3]: 。` or `[^3]: .`). A definition with no text at all is the
        syntax error SYN011.

    Why:
        What is left when a symbol was cut from a footnote: the reader is
        pointed to nothing.

    Example:
        ```undoc fail lang=zh
        1. 表示注意到报告；[^1]

        [^1]: 。
        ```
        ```expect
        3:1 FN006
        ```
        ```undoc pass lang=zh
        1. 表示注意到报告；[^1]

        [^1]: HSP/OECPR.2021/4。
        ```

    Fix safety:
        No fix: the missing text cannot be inferred.
    """

    code = "FN006"
    name = "empty-footnote-text"
    severity = Severity.ERROR

    def check(self, doc):
        for d in doc.footnote_defs:
            text = d.text.replace("\ufffc", "")
            if text.strip() and not _WORD.search(text):
                yield self.diagnostic(d.mark_span, f"footnote [^{d.label}] has no words, only {text.strip()!r}")
