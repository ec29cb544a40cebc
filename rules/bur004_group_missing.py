from undoc_lint.analysis.officers import GROUP_IDS, BureauOptions, balance_expected, bureaus, lexicon
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class GroupMissing(Rule):
    """A regional group has no office in a bureau of one officer per group.

    What it checks:
        A bureau of exactly `size` officers (default 5, vacancies included)
        has an officer from each of the five regional groups. An officer's
        group is the one stated in brackets, or, when the line states none,
        the group of the Member State elected. The check is skipped when an
        officer's group cannot be told (an unknown name: BUR001, BUR008), and
        bureaus of any other size are not checked. Nor is the bureau of a
        regional commission (its members come from one region): the
        front-matter `body` names one (`regional_bodies`, language data) or
        the `symbol` is of its series, or no line states a group and every
        officer's State is of one group.

    Why:
        Five-member bureaus of UN bodies have one member from each regional
        group, the offices rotating among the groups (un-domain.md §2.5); a
        group left out is either a typo or an unbalanced bureau.

    Example:
        ```undoc fail lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: Morocco (African States)
        - Vice-Chair: Mexico (Latin American and Caribbean States)
        - Vice-Chair: India (Asia-Pacific States)
        - Rapporteur: Poland (Eastern European States)
        ```
        ```expect
        1:3 BUR004 Western European and other States
        ```
        ```undoc pass lang=zh
        - 主席：巴基斯坦（亚太国家）
        - 副主席：坦桑尼亚联合共和国（非洲国家）
        - 副主席：哥伦比亚（拉丁美洲和加勒比国家）
        - 副主席：（空缺）（西欧和其他国家）
        - 报告员：（空缺）（东欧国家）
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: Morocco (African States)
        - Rapporteur: Poland (Eastern European States)
        ```

    Fix safety:
        No fix: the missing nominee cannot be inferred.
    """

    code = "BUR004"
    name = "group-missing"
    severity = Severity.ERROR

    Options = BureauOptions

    def check(self, doc):
        lex = lexicon(doc.language)
        for bureau in bureaus(doc):
            if bureau.size != self.options.size or not balance_expected(doc, bureau):
                continue
            groups = bureau.counted_groups()
            if None in groups:
                continue
            for gid in GROUP_IDS:
                if gid not in groups:
                    name = lex.group_display.get(gid, gid)
                    yield self.diagnostic(bureau.officers[0].role_span,
                                          f"this bureau of {bureau.size} officers has none from the `{name}`: "
                                          f"expected each regional group once (a vacant seat counts)")
