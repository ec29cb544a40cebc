from undoc_lint.analysis.dates import DatePart, document_dates, render
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class PeriodRunsBackwards(Rule):
    """A year period runs backwards (`2023–2020`, `2023-2020 年期间`).

    What it checks:
        Every period of years (`2020–2023`, `for the period 2020–2023`,
        `2020-2023 年期间`, `2020—2023年`): the second year must not be
        earlier than the first. Symbols and instrument numbers
        (`HSP/EB.2020/29`, `2021/1`) are never read as periods.

    Why:
        A strategic plan, a term of office or a budget period runs from the
        earlier year to the later one; a reversed period is a typing error
        that changes which years are meant (un-domain.md §3.1).

    Example:
        ```undoc fail lang=zh
        支持 2023-2020 年期间战略计划。
        ```
        ```expect
        1:4 DATE003 2023-2020
        ```
        ```undoc fail lang=en
        the strategic plan for the period 2023–2020
        ```
        ```expect
        1:35 DATE003
        ```
        ```undoc pass lang=zh
        支持 2020-2023 年期间战略计划和《2030 年可持续发展议程》。
        ```

    Fix safety:
        No fix: either year may be the wrong one.
    """

    code = "DATE003"
    name = "period-runs-backwards"
    severity = Severity.ERROR

    def check(self, doc):
        lang = doc.language
        for d in document_dates(doc):
            if d.kind != "period" or d.last.year >= d.first.year:
                continue
            digits = d.digits  # (the years as written: `２０２０`; DATE010 says which digits to write)
            # (`с 2023 по 2020 год` -> `с 2020 по 2023 год`, not `2020 по 2023 год`; the spacing as written)
            hint = d.with_open(render(lang, d.template, DatePart(year=d.last.year), DatePart(year=d.first.year),
                                      d.written_separator, digits=digits))
            first, last = (str(d.first.year).translate(digits or {}), str(d.last.year).translate(digits or {}))
            yield self.diagnostic(
                d.span,
                f"year period `{d.text}` runs backwards: {last} is before {first}; "
                f"expected the earlier year first (`{hint}`)",
            )
