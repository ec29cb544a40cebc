from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class UndefinedReference(Rule):
    """A footnote reference has no definition.

    What it checks:
        Every reference `[^N]` in the text, headings, items or other
        footnotes has a definition `[^N]: …` somewhere in the document.

    Why:
        A reference without a definition renders as a dangling number; in
        resolutions every source is cited in a footnote, so the citation is
        lost (Editorial Manual, footnotes).

    Example:
        ```undoc fail lang=en
        1. *Welcomes* the report;[^1]

        2. *Decides* to continue.[^2]

        [^1]: A/75/1.
        ```
        ```expect
        3:26 FN001 [^2]
        ```
        ```undoc pass lang=en
        1. *Welcomes* the report;[^1]

        [^1]: A/75/1.
        ```

    Fix safety:
        No fix: the missing text cannot be inferred.
    """

    code = "FN001"
    name = "undefined-footnote"
    severity = Severity.ERROR

    def check(self, doc):
        defined = {d.label for d in doc.footnote_defs}
        for ref in doc.footnote_refs:
            if ref.label not in defined:
                yield self.diagnostic(ref.span, f"footnote reference [^{ref.label}] has no definition")
