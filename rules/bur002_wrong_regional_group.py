from undoc_lint.analysis.officers import bureaus, electoral_group, lexicon, state
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class WrongRegionalGroup(Rule):
    """The group stated for an elected member is not that Member State's group.

    What it checks:
        In `ROLE: MEMBER (GROUP)`, when MEMBER is a Member State and GROUP a
        regional group, GROUP is the group the State counts in for elections
        (member-states.yaml, from the DGACM list). Türkiye (which also takes
        part in the Asia-Pacific States) and the United States (in no group)
        count as Western European and other States. Kiribati, whose group the
        sources dispute, gets a warning at most.

    Why:
        Officers are elected "with due regard to equitable geographical
        representation", one nominee per regional group; a wrong group in the
        list misstates whose seat an officer holds (un-domain.md §2.1, §2.5).

    Example:
        ```undoc fail lang=en
        - Chair: Pakistan (African States)
        - Vice-Chair: Türkiye (Asia-Pacific States)
        ```
        ```expect
        1:20 BUR002 `Asia-Pacific States`
        2:24 BUR002 for elections
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: United States of America (Western European and other States)
        - Rapporteur: (vacant) (Eastern European States)
        ```
        ```undoc pass lang=zh
        - 副主席：坦桑尼亚联合共和国（非洲国家）
        ```

    Fix safety:
        No fix: either the member or the group may be the mistake.
    """

    code = "BUR002"
    name = "wrong-regional-group"
    severity = Severity.ERROR

    def check(self, doc):
        lex = lexicon(doc.language)
        for bureau in bureaus(doc):
            for o in bureau.officers:
                if not o.iso3 or not o.group:
                    continue
                expected = electoral_group(o.iso3)
                if expected is None or o.group == expected:
                    continue
                facts = state(o.iso3)
                want = lex.group_display.get(expected, expected)
                member = o.member_text.replace("\n", " ")
                message = f"`{member}` is in the `{want}`, not the `{o.group_text}`: expected `{o.group_in_brackets.format(want)}`"
                severity = None
                if facts.get("disputed"):
                    severity = min(self.effective_severity, Severity.WARNING)
                    message = (f"`{member}` is listed in the `{want}` by DGACM, not the `{o.group_text}`; "
                               f"the sources disagree on its group, so check the nomination")
                elif facts.get("electoral_group") or o.group in (facts.get("also") or []):
                    message += " (it counts in that group for elections)"
                yield self.diagnostic(o.group_span, message, severity=severity)
