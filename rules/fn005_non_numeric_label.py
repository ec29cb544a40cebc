from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class NonNumericLabel(Rule):
    """Footnote labels are numbers.

    What it checks:
        Every footnote reference and definition uses a numeric label
        (`[^1]`), not a word or a letter (`[^note]`, `[^a]`).

    Why:
        "Resolutions and decisions use numbered footnotes, annexes included.
        Lower-case letters are not used" (Editorial Manual, footnotes);
        numeric labels are what makes the order checkable.

    Example:
        ```undoc fail lang=en
        1. *Welcomes* the report.[^a]

        [^a]: A/75/1.
        ```
        ```expect
        1:26 FN005
        3:1 FN005
        ```
        ```undoc pass lang=en
        1. *Welcomes* the report.[^1]

        [^1]: A/75/1.
        ```

    Fix safety:
        No fix: FN004 numbers the footnotes once their labels are numeric.
    """

    code = "FN005"
    name = "non-numeric-footnote-label"
    severity = Severity.WARNING

    def check(self, doc):
        for ref in doc.footnote_refs:
            if not ref.label.isdigit():
                yield self.diagnostic(ref.span, f"footnote reference [^{ref.label}] has a non-numeric label; UN documents number their footnotes")
        for d in doc.footnote_defs:
            if not d.label.isdigit():
                yield self.diagnostic(d.mark_span, f"footnote definition [^{d.label}] has a non-numeric label; UN documents number their footnotes")
