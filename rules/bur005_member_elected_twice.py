from undoc_lint.analysis.officers import bureaus
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class MemberElectedTwice(Rule):
    """A Member State holds two offices in one bureau.

    What it checks:
        No Member State appears twice among the officers of one bureau
        (consecutive officer lines). Different spellings of one State (`刚果`
        and `刚果（布）`, `Netherlands` and `Netherlands (Kingdom of the)`)
        count as the same State; vacancies are not counted.

    Why:
        Each officer of a bureau represents a different Member State; a State
        listed twice is a copy-and-paste slip that leaves another seat unnamed.

    Example:
        ```undoc fail lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: Morocco (African States)
        - Rapporteur: Pakistan (Asia-Pacific States)
        ```
        ```expect
        3:15 BUR005 Pakistan
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: (vacant) (African States)
        - Rapporteur: (vacant) (Eastern European States)
        ```

    Fix safety:
        No fix: the State meant for the second office cannot be inferred.
    """

    code = "BUR005"
    name = "member-elected-twice"
    severity = Severity.ERROR

    def check(self, doc):
        for bureau in bureaus(doc):
            seen = {}
            for o in bureau.officers:
                if not o.iso3:
                    continue
                if o.iso3 in seen:
                    first = seen[o.iso3]
                    member = o.member_text.replace("\n", " ")
                    yield self.diagnostic(o.member_span,
                                          f"`{member}` is elected twice in this bureau (also `{first.role_text}` at line "
                                          f"{first.span.line}): expected each Member State to hold one office")
                else:
                    seen[o.iso3] = o
