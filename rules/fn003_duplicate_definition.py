from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class DuplicateDefinition(Rule):
    """A footnote label is defined more than once.

    What it checks:
        Each label has one definition; a second `[^N]:` is reported with
        the line of the first.

    Why:
        Two texts for one footnote number: readers see one of them, and
        which one depends on the renderer.

    Example:
        ```undoc fail lang=en
        1. *Welcomes* the report.[^1]

        [^1]: A/75/1.
        [^1]: A/75/2.
        ```
        ```expect
        4:1 FN003 line 3
        ```
        ```undoc pass lang=en
        1. *Welcomes* the report.[^1]

        2. *Notes* the note.[^2]

        [^1]: A/75/1.
        [^2]: A/75/2.
        ```

    Fix safety:
        No fix: which of the two texts is right is not known.
    """

    code = "FN003"
    name = "duplicate-footnote-definition"
    severity = Severity.ERROR

    def check(self, doc):
        first = {}
        for d in doc.footnote_defs:
            if d.label in first:
                yield self.diagnostic(d.mark_span, f"footnote [^{d.label}] is defined again (first defined on line {first[d.label].span.line})")
            else:
                first[d.label] = d
