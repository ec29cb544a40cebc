from undoc_lint.analysis.dates import describe, document_dates, weekday_name
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class WeekdayMismatch(Rule):
    """A weekday written with a date is not the weekday of that date.

    What it checks:
        Every date written with its weekday (`Friday, 9 June 2023`,
        `2023 年 6 月 9 日（星期五）`): the weekday must be the one on which
        that date falls in the Gregorian calendar.

    Why:
        When the weekday and the date disagree, readers cannot tell which
        day the meeting or deadline is; a weekday, if given, must match the
        date (un-domain.md §3.1).

    Example:
        ```undoc fail lang=en
        An informal briefing will be held on Thursday, 9 June 2023.
        ```
        ```expect
        1:38 DATE004 Friday
        ```
        ```undoc fail lang=zh
        简报会将于 2023 年 6 月 9 日（星期四）举行。
        ```
        ```expect
        1:7 DATE004 星期五
        ```
        ```undoc pass lang=en
        An informal briefing will be held on Friday, 9 June 2023.
        ```

    Fix safety:
        No fix: the weekday or the date may be the wrong one.
    """

    code = "DATE004"
    name = "weekday-mismatch"
    severity = Severity.ERROR

    def check(self, doc):
        lang = doc.language
        for d in document_dates(doc):
            ends = (d.first,) if d.first is d.last else (d.first, d.last)
            for part in ends:
                if part.weekday is None or "weekday" not in part.written:
                    continue
                day = part.date()
                if day is None or day.weekday() == part.weekday:
                    continue
                yield self.diagnostic(
                    d.span if d.kind == "date" else d.part_span(part),
                    f"weekday `{part.weekday_text}` does not match the date in `{d.text}`: "
                    f"{describe(lang, part)} is a {weekday_name(lang, day.weekday())}, "
                    f"not a {weekday_name(lang, part.weekday)}; expected the weekday and the date to agree",
                )
