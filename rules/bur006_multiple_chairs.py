from undoc_lint.analysis.officers import bureaus
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class MultipleChairs(Rule):
    """A bureau lists more than one Chair.

    What it checks:
        Among the officers of one bureau (consecutive officer lines), at most
        one has the role of Chair (`Chair`, `Chairperson`, `President`,
        `主席`, … from `officers.chair` in the language pack). A bureau with
        no Chair (a partial election) is not reported (a whole one: BUR010).

    Why:
        A bureau has exactly one Chair (or President); a second one is
        usually a Vice-Chair with a truncated title (un-domain.md §2.5).

    Example:
        ```undoc fail lang=zh
        - 主席：巴基斯坦（亚太国家）
        - 主席：哥伦比亚（拉丁美洲和加勒比国家）
        ```
        ```expect
        2:3 BUR006
        ```
        ```undoc pass lang=zh
        - 主席：巴基斯坦（亚太国家）
        - 副主席：哥伦比亚（拉丁美洲和加勒比国家）
        ```

    Fix safety:
        No fix: which officer is the Chair cannot be inferred.
    """

    code = "BUR006"
    name = "multiple-chairs"
    severity = Severity.ERROR

    def check(self, doc):
        for bureau in bureaus(doc):
            chairs = [o for o in bureau.officers if o.is_chair]
            for o in chairs[1:]:
                yield self.diagnostic(o.role_span, f"a second `{o.role_text}` in this bureau (the first at line "
                                                   f"{chairs[0].span.line}): expected one Chair")
