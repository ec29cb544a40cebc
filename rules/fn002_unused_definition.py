from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class UnusedDefinition(Rule):
    """A footnote definition is never referenced.

    What it checks:
        Every definition `[^N]: …` is referenced by at least one `[^N]`.

    Why:
        An unreferenced footnote prints at the foot of the page with nothing
        pointing to it; usually its reference was lost in an edit.

    Example:
        ```undoc fail lang=en
        1. *Welcomes* the report.[^1]

        [^1]: A/75/1.
        [^2]: A/75/2.
        ```
        ```expect
        4:1 FN002 [^2]
        ```
        ```undoc pass lang=en
        1. *Welcomes* the report.[^1]

        [^1]: A/75/1.
        ```

    Fix safety:
        No fix: whether the reference or the definition is wrong is not known.
    """

    code = "FN002"
    name = "unused-footnote"
    severity = Severity.ERROR

    def check(self, doc):
        used = {r.label for r in doc.footnote_refs}
        for d in doc.footnote_defs:
            if d.label not in used:
                yield self.diagnostic(d.mark_span, f"footnote [^{d.label}] is defined but never referenced")
