from copy import copy as _copy

from undoc_lint import regexes
from undoc_lint.analysis.dates import describe, document_dates, weekday_name
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class WeekdayMismatch(Rule):
    """A weekday written with a date is not the weekday of that date.

    What it checks:
        Every date written with its weekday (`Friday, 9 June 2023`,
        `2023 年 6 月 9 日（星期五）`): the weekday must be the one on which
        that date falls in the Gregorian calendar. A date written without
        its year takes the year of the next date of its sentence that has
        one, when it can fall in that year before it (`on Tuesday, 3 July,
        and on Friday, 5 July 2024`: 3 July 2024).

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
        ```undoc fail lang=en
        The briefings will be held on Tuesday, 3 July, and on Friday, 5 July 2024.
        ```
        ```expect
        1:31 DATE004 the year of `Friday, 5 July 2024`
        ```

    Fix safety:
        No fix: the weekday or the date may be the wrong one.
    """

    code = "DATE004"
    name = "weekday-mismatch"
    severity = Severity.ERROR

    def check(self, doc):
        lang = doc.language
        found = document_dates(doc)
        for k, d in enumerate(found):
            ends = (d.first,) if d.first is d.last else (d.first, d.last)
            for part in ends:
                if part.weekday is None or "weekday" not in part.written:
                    continue
                dated, source = part, None
                if part.year is None:
                    year, source = _year_from_later(found, k, part)
                    dated = _with_year(part, year)
                day = dated.date()
                if day is None or day.weekday() == part.weekday:
                    continue
                given = f" (the year of `{source.text}`)" if source is not None else ""
                yield self.diagnostic(
                    d.span if d.kind == "date" else d.part_span(part),
                    f"weekday `{part.weekday_text}` does not match the date in `{d.text}`{given}: "
                    f"{describe(lang, dated, d.digits)} is a {weekday_name(lang, day.weekday())}, "
                    f"not a {weekday_name(lang, part.weekday)}; expected the weekday and the date to agree",
                )


# What ends a sentence: a date after it gives no year to one before it.
_SENTENCE_END = regexes.compile(r"[.;!?。；！？]\s")
_REACH = 200  # characters to the date that gives the year


def _year_from_later(found, k: int, part) -> tuple[int | None, object]:
    """The year of the next date of the same sentence that has one, if ``part`` can fall before
    it in that year (`Tuesday, 3 July, and … 5 July 2024`); else (None, None)."""
    d = found[k]
    for e in found[k + 1:k + 4]:
        if e.inline is not d.inline or e.start - d.end > _REACH:
            break
        if _SENTENCE_END.search(d.inline.text, d.end, e.start):
            break
        if e.first.year is None:
            continue
        if part.month is not None and (part.month, part.day or 0) <= (e.first.month or 13, e.first.day or 0):
            return e.first.year, e
        break
    return None, None


def _with_year(part, year):
    copy = _copy(part)
    copy.year = year
    return copy
