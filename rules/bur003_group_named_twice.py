from undoc_lint.analysis.officers import BureauOptions, balance_expected, bureaus, lexicon
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class GroupNamedTwice(Rule):
    """A regional group holds two offices in a bureau of one officer per group.

    What it checks:
        In a bureau of exactly `size` officers (default 5: a Chair, three
        Vice-Chairs and a Rapporteur, vacancies included), no regional group
        is named twice. An officer's group is the one stated in brackets, or,
        when the line states none, the group of the Member State elected.
        Bureaus of any other size are not checked: larger bureaus (a
        President and many Vice-Presidents) repeat groups by design. Nor is
        the bureau of a regional commission (its members come from one
        region): the front-matter `body` names one (`regional_bodies`,
        language data) or the `symbol` is of its series, or no line states
        a group and every officer's State is of one group.

    Why:
        A five-member bureau has "five members representing the five
        regional groups" (UN-Habitat CPR, Executive Board); a group named
        twice means another group has no seat (un-domain.md §2.5).

    Example:
        ```undoc fail lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: Morocco (African States)
        - Vice-Chair: Mexico (Latin American and Caribbean States)
        - Vice-Chair: India (Asia-Pacific States)
        - Rapporteur: Poland (Eastern European States)
        ```
        ```expect
        4:22 BUR003 also at line 1
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: India (Asia-Pacific States)
        - Rapporteur: Poland (Eastern European States)
        ```

    Fix safety:
        No fix: which office is wrong is a matter for the groups.
    """

    code = "BUR003"
    name = "group-named-twice"
    severity = Severity.ERROR

    Options = BureauOptions

    def check(self, doc):
        lex = lexicon(doc.language)
        for bureau in bureaus(doc):
            if bureau.size != self.options.size or not balance_expected(doc, bureau):
                continue
            first = {}
            for o, group in zip(bureau.officers, bureau.counted_groups()):
                if group is None:
                    continue
                if group not in first:
                    first[group] = o
                    continue
                name = lex.group_display.get(group, group)
                span = o.group_span or o.member_span
                yield self.diagnostic(span, f"the `{name}` hold a second office in this bureau of {bureau.size} "
                                            f"(also at line {first[group].span.line}): expected each regional group once")
