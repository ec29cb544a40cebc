from undoc_lint.analysis.officers import BureauOptions, bureaus
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class NoChair(Rule):
    """A whole bureau, its Vice-Chairs listed, has no Chair.

    What it checks:
        A bureau of exactly `size` officers (default 5, vacancies included)
        that lists at least one Vice-Chair has one officer with the role of
        Chair (`Chair`, `President`, `主席`, … from `officers.chair` in the
        language pack). Smaller lists are not reported: electing some
        officers (Vice-Chairs to fill vacancies) is common; nor is a bureau
        in a document that names a Chair in another officer line (elected
        in a paragraph of its own).

    Why:
        A bureau has exactly one Chair (un-domain.md §2.5); a whole bureau
        without one is mostly a Chair's line retyped as a Vice-Chair's.

    Example:
        ```undoc fail lang=en
        - Vice-Chair: Poland (Eastern European States)
        - Vice-Chair: Morocco (African States)
        - Vice-Chair: Mexico (Latin American and Caribbean States)
        - Vice-Chair: (vacant) (Western European and other States)
        - Rapporteur: Bangladesh (Asia-Pacific States)
        ```
        ```expect
        1:3 BUR010 no Chair
        ```
        ```undoc pass lang=en
        - Vice-Chair: Morocco (African States)
        - Vice-Chair: Mexico (Latin American and Caribbean States)
        ```

    Fix safety:
        No fix: which officer is the Chair cannot be inferred.
    """

    code = "BUR010"
    name = "no-chair"
    severity = Severity.WARNING

    Options = BureauOptions

    def check(self, doc):
        found = bureaus(doc)
        if any(o.is_chair for b in found for o in b.officers):
            return  # (a Chair elected in a paragraph of its own, before the other officers: a hunt)
        for bureau in found:
            if bureau.size != self.options.size:
                continue
            vice = [o for o in bureau.officers if o.role == "vice-chair"]
            if vice:
                lines = ", ".join(str(o.span.line) for o in vice)
                yield self.diagnostic(bureau.officers[0].role_span,
                                      f"this bureau of {bureau.size} officers has no Chair (Vice-Chairs at line "
                                      f"{lines}): expected one Chair; is one of them the Chair?")
