from undoc_lint.analysis.officers import bureaus
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class MultipleRapporteurs(Rule):
    """A bureau lists more than one Rapporteur.

    What it checks:
        Among the officers of one bureau, at most one is the Rapporteur,
        counting a "Vice-Chair and Rapporteur" (`副主席兼报告员`) as the
        Rapporteur.

    Why:
        A bureau has one Rapporteur, who presents the body's report
        (un-domain.md §2.5: "exactly one Chair, and at most one Rapporteur").

    Example:
        ```undoc fail lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair and Rapporteur: Morocco (African States)
        - Rapporteur: Poland (Eastern European States)
        ```
        ```expect
        3:3 BUR009
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair and Rapporteur: Morocco (African States)
        - Vice-Chair: Poland (Eastern European States)
        ```

    Fix safety:
        No fix: which officer is the Rapporteur cannot be inferred.
    """

    code = "BUR009"
    name = "multiple-rapporteurs"
    severity = Severity.ERROR

    def check(self, doc):
        for bureau in bureaus(doc):
            found = [o for o in bureau.officers if o.is_rapporteur]
            for o in found[1:]:
                yield self.diagnostic(o.role_span, f"a second Rapporteur, `{o.role_text}`, in this bureau (the first, "
                                                   f"`{found[0].role_text}`, at line {found[0].span.line}): "
                                                   f"expected at most one")
