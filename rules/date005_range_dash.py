import unicodedata

from undoc_lint.analysis.dates import document_dates, with_connector
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule


class RangeDash(Rule):
    """A range or period is joined by a hyphen or a spaced dash where the language wants a closed-up en dash.

    What it checks:
        Every date range and year period whose ends are joined by a dash
        (`5-9 June 2023`, `29 June – 1 July 2021`, `2020-2023`): the dash
        must be the one the language pack's `dates.range_dash` names,
        closed up when it says so. English UN style uses a closed-up en
        dash (U+2013): `29 June–1 July 2021`, `2020–2023`. Languages whose
        pack names no range dash (Chinese writes `2020-2023年期间`,
        `2020—2023年` or `至`) are not checked. Ranges written with words
        (`from 5 to 9 June 2023`) are not concerned. The text expected of
        a range in another order (en US order, `April 5-9, 2023`) is
        written as DATE010 writes it, in UN order (`5–9 April 2023`); the
        fix still changes only the dash.

    Why:
        The UN editorial practice seen in English documents closes up
        ranges with an en dash; a hyphen or a spaced dash is wrong
        (un-domain.md §3.1: attested practice, as the Manual's own text
        on ranges could not be read, hence a warning).

    Example:
        ```undoc fail lang=en
        1. *Decides* to hold the session on 5-9 June 2023, for the period 2020 - 2023;
        ```
        ```expect
        1:38 DATE005 hyphen
        1:71 DATE005 spaced
        ```
        ```undoc fixed
        1. *Decides* to hold the session on 5–9 June 2023, for the period 2020–2023;
        ```
        ```undoc pass lang=en
        1. *Decides* to hold the session on 5–9 June 2023, for the period 2020–2023 (A/RES/75/224, decision 2021/1);
        ```
        ```undoc pass lang=zh
        支持 2020-2023 年期间战略计划。
        ```

    Fix safety:
        Safe: only the dash and the spaces around it change. No fix when a
        line breaks at the dash (closing it up would join the lines).
    """

    code = "DATE005"
    name = "range-dash"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc):
        for d in document_dates(doc):
            style = d.range_dash
            # (`d.separator_span is None` tested without making the span: most ranges are fine)
            if d.kind == "date" or not style or not d.is_dash or d.inline is None or d.sep_start is None:
                continue
            if d.open_mismatch:  # (`from 2020-2023`: the dash is DATE007's to replace with `to`; an en dash fixed nothing)
                continue
            want = str(style.get("char") or "")
            closed = bool(style.get("closed"))
            written = d.separator
            dash = written.strip()
            if not want or (dash == want and (not closed or written == dash)):
                continue
            spaced = written != dash
            what = f"a spaced {_name(dash)}" if spaced else _article(_name(dash))
            replacement = want if closed else (f" {want} " if spaced else want)
            # (a range in another order, `April 5-9, 2023`, expected as DATE010 writes it, in UN order: the
            # fix still changes the dash only)
            fixed, expected_text = with_connector(d, replacement)
            kind = "year period" if d.kind == "period" else "date range"
            expected = f"a closed-up {_name(want)}" if closed else _article(_name(want))
            yield self.diagnostic(
                d.separator_span,
                f"{kind} `{d.text}` is joined by {what}; expected {expected}: `{expected_text}`",
                # (no fix across a line break: it would join the lines)
                fix=None if "\n" in written else Fix(f"write `{fixed}`", (Edit(d.separator_span.start, d.separator_span.end,
                                                                                  replacement),), safe=True),
            )


def _article(name: str) -> str:
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"  # (an en dash, a hyphen-minus)


def _name(ch: str) -> str:
    try:
        return f"{unicodedata.name(ch).lower()} (U+{ord(ch):04X})"
    except (TypeError, ValueError):
        return f"`{ch}`"
