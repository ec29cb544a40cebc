from undoc_lint.analysis.officers import bureaus
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class VacantOffice(Rule):
    """An office of the bureau is reported vacant.

    What it checks:
        An officer line whose MEMBER is a vacancy word (`(vacant)`,
        `（空缺）`, `vacant`, …, from `vacancy` in the language pack). The
        message names the office and the group whose seat is open, so that
        a summary of the run lists the seats still to be filled.

    Why:
        Vacancies are real and legitimate: a group may not have agreed on
        its nominee by the time of the election (the seed's bureau has two).
        They are worth listing, not correcting, hence the severity info.

    Example:
        ```undoc fail lang=zh
        - 主席：巴基斯坦（亚太国家）
        - 副主席：（空缺）（西欧和其他国家）
        ```
        ```expect
        2:7 BUR007 西欧和其他国家
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Rapporteur: Poland (Eastern European States)
        ```

    Fix safety:
        No fix: nothing is wrong.
    """

    code = "BUR007"
    name = "vacant-office"
    severity = Severity.INFO

    def check(self, doc):
        for bureau in bureaus(doc):
            for o in bureau.officers:
                if not o.vacant:
                    continue
                seat = f"the seat of the `{o.group_text}`" if o.group_text else "no group stated"
                yield self.diagnostic(o.member_span, f"the office of `{o.role_text}` is vacant ({seat})")
