from undoc_lint.analysis.footnotes import is_symbol_label
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class NonNumericLabel(Rule):
    """Footnote labels are numbers.

    What it checks:
        Every footnote reference and definition uses a numeric label
        (`[^1]`), not a word or a letter (`[^note]`, `[^a]`). Symbols
        (`[^*]`, `[^**]`, `[^†]`) are fine: UN decisions on elections use
        them (un-domain.md §3.3), outside the numbered sequence.

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
        ```undoc pass lang=en
        ## Decision 2023/1: Election of members of the Bureau[^*]

        1. *Elects* the following members;[^1]

        [^*]: The election was held by secret ballot.
        [^1]: See HSP/OECPR.2023/1.
        ```

    Fix safety:
        No fix: FN004 numbers the footnotes once their labels are numeric.
    """

    code = "FN005"
    name = "non-numeric-footnote-label"
    severity = Severity.WARNING

    def check(self, doc):
        for ref in doc.footnote_refs:
            if not ref.label.isdigit() and not is_symbol_label(ref.label):
                yield self.diagnostic(ref.span, f"footnote reference [^{ref.label}] has a non-numeric label; UN documents number their footnotes")
        for d in doc.footnote_defs:
            if not d.label.isdigit() and not is_symbol_label(d.label):
                yield self.diagnostic(d.mark_span, f"footnote definition [^{d.label}] has a non-numeric label; UN documents number their footnotes")
