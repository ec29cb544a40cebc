from undoc_lint.analysis.dates import (DatePart, describe, document_dates, full_range_template, in_digits, render,
                                       un_separator, un_written)
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class RangeEndsBeforeStart(Rule):
    """A date range ends before it starts (`9–5 June 2023`, `29 December–2 January 2022`).

    What it checks:
        Every date range (two dates joined by a dash, `to`, `至` …): its
        end must not be earlier than its start, once the parts written on
        one end only (`5–9 June 2023`: month and year) are given to both.
        A range that crosses into another year with the year written on
        one end only (`29 December–2 January 2022`) reads as ending before
        it starts; the message then asks for the year on both ends.
        The days of one month listed (`22 and 23 February 2021`, `5, 6
        and 7 April 2023`) must likewise come earlier first (`19 and 18
        April 2023`, `5, 7 and 6 April 2023` are reported); two dates
        written whole may be named in any order. The suggestion of a date
        in another order (en US order, `May 9–5, 2023`) is written as
        DATE010 writes it, in UN order (`5–9 May 2023`).

    Why:
        The end date must be on or after the start date, and a range across
        years needs the year on both sides: `29 December 2021–2 January
        2022` (Editorial Manual, ranges of dates; un-domain.md §3.1).

    Example:
        ```undoc fail lang=en
        1. *Decides* to hold the session from 9 to 5 June 2023;
        ```
        ```expect
        1:34 DATE002 from 9 to 5 June 2023
        ```
        ```undoc fail lang=zh
        会议于 2021 年 7 月 1 日至 6 月 29 日举行。
        ```
        ```expect
        1:5 DATE002
        ```
        ```undoc fail lang=en
        Meeting held 29 December–2 January 2022.
        ```
        ```expect
        1:14 DATE002 year on both ends (`29 December 2021–2 January 2022`)
        ```
        ```undoc pass lang=en
        Meetings held 5–9 June 2023 and 29 December 2021–2 January 2022.
        ```

    Fix safety:
        No fix: either end may be the wrong one.
    """

    code = "DATE002"
    name = "range-ends-before-start"
    severity = Severity.ERROR

    def check(self, doc):
        lang = doc.language
        for d in document_dates(doc):
            if d.kind != "range" or (d.last.key() >= d.first.key() and not d.middle):
                continue
            if d.middle:  # (`5, 7 and 6 April 2023`: a list of several days)
                yield from self._list(d)
                continue
            a, b = d.first, d.last
            digits = d.digits  # (the digits as written: `２０２３年` stays full-width; DATE010 says which to write)
            # (only the order of the ends changes: the connector and the spacing as DATE010 writes them, and in
            # the order it writes (en US order `May 9–5, 2023` -> `5–9 May 2023`); a month keeps the case of its
            # place, `с июля по май` → `с мая по июль`)
            swapped = d.with_open(un_written(d, _copy(b, a.month_form), _copy(a, b.month_form))[0])
            if d.is_list:  # (`19 and 18 April 2023`: two days of one month, the later first)
                if not ("month" in a.written and "month" in b.written):  # (two dates written whole: any order)
                    yield self.diagnostic(d.span, f"the days of `{d.text}` are listed later first: expected the earlier "
                                                  f"first (`{swapped}`)")
                continue
            other = _other_reading(lang, d, digits)
            if other is None:
                yield self.diagnostic(d.span, f"date range `{d.text}` ends before it starts: {describe(lang, b, digits)} is "
                                              f"earlier than {describe(lang, a, digits)}; expected the earlier date first "
                                              f"(`{swapped}`)")
                continue
            # two readings, the shorter range first
            first, second = sorted([other, (_days(b, a), f"if its ends are swapped, write the earlier date first (`{swapped}`)")],
                                   key=lambda o: o[0])
            yield self.diagnostic(d.span, f"date range `{d.text}` ends before it starts: it reads as "
                                          f"{describe(lang, a, digits)} to {describe(lang, b, digits)}; {first[1]}, or "
                                          f"{second[1]}")

    def _list(self, d):
        """A list of several days (`5, 7 and 6 April 2023`): its days must come earlier first."""
        days = (d.first, *d.middle, d.last)
        if all(x.key() <= y.key() for x, y in zip(days, days[1:])):
            return
        ordered = sorted(days, key=DatePart.key)
        middle = d.middle_days(in_digits(str(p.day), d.digits) for p in ordered[1:-1])
        first, last = _copy(ordered[0], d.first.month_form), _copy(ordered[-1], d.last.month_form)
        written = d.with_open(un_written(d, first, last, days=middle)[0])
        yield self.diagnostic(d.span, f"the days of `{d.text}` are not listed earlier first: expected `{written}`")


def _other_reading(lang, d, digits=None) -> tuple[int, str] | None:
    """(days, how to write it) of the reading besides swapped ends, if there is one: a range into
    the next year (`29 December–2 January 2024`, `29 December 2024 to 2 January 2024`), or one
    whose years are swapped (`1 July 2024 to 30 June 2023`, a budget period)."""
    a, b = d.first, d.last
    one_year = ("year" in a.written) != ("year" in b.written)
    both_years = "year" in a.written and "year" in b.written
    if (one_year or both_years) and a.year == b.year and (a.month or 0) > (b.month or 0):
        fixed_a, fixed_b = _copy(a), _copy(b)
        if "year" in b.written and not both_years:
            fixed_a.year = b.year - 1
        else:
            fixed_b.year = a.year + 1
        full = full_range_template(lang, a)
        across = d.with_open(render(lang, full, fixed_a, fixed_b, un_separator(d), digits=digits) if full
                             else un_written(d, fixed_a, fixed_b)[0])
        into = f"the end's year is {fixed_b.year}" if both_years else "write the year on both ends"
        return _days(fixed_a, fixed_b), f"if it runs into the next year, {into} (`{across}`)"
    if both_years and a.year == b.year + 1 and (a.month or 0, a.day or 0) > (b.month or 0, b.day or 0):
        years = _copy(a), _copy(b)
        years[0].year, years[1].year = b.year, a.year
        written = d.with_open(un_written(d, years[0], years[1])[0])
        return _days(*years), f"if its years are swapped, `{written}`"
    return None


def _days(a: DatePart, b: DatePart) -> int:
    """How many days from a to b (large when either is not a date)."""
    x, y = a.date(), b.date()
    return abs((y - x).days) if x and y else 10**6


def _copy(p: DatePart, month_form: int | None = None) -> DatePart:
    form = p.month_form if month_form is None else month_form
    return DatePart(p.day, p.month, p.year, p.weekday, p.written, month_form=form)
