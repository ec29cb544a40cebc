from undoc_lint.analysis.footnotes import is_symbol_label
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class RepeatedReference(Rule):
    """A footnote is referenced more than once.

    What it checks:
        A label referenced a second time (`[^3]` in two places). UN
        documents give each footnote call its own number; a second citation
        of the same source gets a new footnote ("Ibid." or the symbol again).
        A symbol label (`[^*]`) stands outside the numbering and may mark
        several places (the members of an election that it notes).

    Why:
        The Editorial Manual asks editors to check "that no numbers have
        been repeated incorrectly"; a repeated call is usually a copy-paste
        slip that hides a missing footnote.

    Example:
        ```undoc fail lang=en
        1. *Recalls* resolution 1/3;[^1]

        2. *Recalls also* resolution 1/3.[^1]

        [^1]: HSP/HA.1/Res.3.
        ```
        ```expect
        3:34 FN007 line 1
        ```
        ```undoc pass lang=en
        1. *Recalls* resolution 1/3;[^1]

        2. *Recalls also* resolution 1/3.[^2]

        [^1]: HSP/HA.1/Res.3.
        [^2]: HSP/HA.1/Res.3.
        ```

    Fix safety:
        No fix: a new footnote needs its own text.
    """

    code = "FN007"
    name = "repeated-footnote-reference"
    severity = Severity.WARNING

    def check(self, doc):
        first = {}
        for ref in doc.footnote_refs:
            if is_symbol_label(ref.label):
                continue
            if ref.label in first:
                yield self.diagnostic(ref.span, f"footnote [^{ref.label}] is referenced again (first on line {first[ref.label].span.line}); give each call its own footnote")
            else:
                first[ref.label] = ref
