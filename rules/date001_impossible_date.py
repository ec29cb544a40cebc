from undoc_lint.analysis.dates import describe, document_dates
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class ImpossibleDate(Rule):
    """A date that does not exist: 31 June, 30 February, 29 February of a common year, month 13.

    What it checks:
        Every date, each end of every date range and each day of a list
        (`5, 6 and 7 June 2023`), recognised in the text (headings,
        paragraphs, items, footnotes) in the document's language: the
        month must be 1–12 and the day must exist in that month of that
        year. A part written on one end of a range only (the month and
        year of `30–31 June 2021`) counts for both ends and for a list's
        middle days.
        29 February is accepted in leap years, and when no year is written.

    Why:
        A date that cannot exist is a typing error in a meeting date, a
        deadline or the date of a cited resolution, and a reader cannot
        tell which day was meant (Editorial Manual, dates).

    Example:
        ```undoc fail lang=en
        1. *Decides* to convene the meeting on 31 June 2021;
        ```
        ```expect
        1:40 DATE001 31 June 2021
        ```
        ```undoc fail lang=zh
        1. 决定于 2021 年 13 月 1 日举行会议；
        ```
        ```expect
        1:8 DATE001
        ```
        ```undoc pass lang=en
        1. *Decides* to convene the meeting on 29 February 2024;
        ```

    Fix safety:
        No fix: which day was meant cannot be inferred.
    """

    code = "DATE001"
    name = "impossible-date"
    severity = Severity.ERROR

    def check(self, doc):
        lang = doc.language
        for d in document_dates(doc):
            if d.kind == "period":
                continue
            ends = (d.first,) if d.first is d.last else (d.first, *d.middle, d.last)  # (a list's middle days too)
            for part in ends:
                why = part.problem(lang)
                if why is None:
                    continue
                where = f"`{d.text}`" if part.text == d.text else f"`{part.text}` in `{d.text}`"
                yield self.diagnostic(
                    d.part_span(part),
                    f"impossible date {where}: {describe(lang, part, d.digits)} does not exist ({why}); "
                    f"expected {'a month from 1 to 12' if why.startswith('there is no month') else 'a day that exists in that month'}",
                )
