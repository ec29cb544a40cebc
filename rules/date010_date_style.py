import re
from functools import lru_cache
from typing import NamedTuple

from undoc_lint import regexes
from undoc_lint.analysis.date_templates import compiled
from undoc_lint.analysis.dates import (DIGIT, NUMBER, OTHER_DIGITS, document_dates, halfwidth, in_digits, month_name,
                                      other_digits, style_template, un_separator, un_written)
from undoc_lint.analysis.texts import FULLWIDTH_RUN
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule

_WORD = regexes.compile(r"[^\W\d_]+\.?")
_NUMBER_AFTER = regexes.compile(rf"(?<!\s)\s*(?:to|through|until|till|[-–—])\s*[^\W\d_]{{3,9}}\.?\s[0-9{OTHER_DIGITS}]")
_RANGE_BEFORE = regexes.compile(rf"[0-9{OTHER_DIGITS}]\s*(?:to|and|through|until|till|[-–—])\s*$")
# what a sentence (or a title, a cell, a line of dialogue) begins after: a capital there stays
_SENTENCE_END = ".!?:;。\n«“„\"'‘(（[¿¡—–|*"


class _Style(NamedTuple):
    """A language's `style` entry, read once a language."""

    style: dict
    non_un: frozenset  # its month forms that are not UN style, folded
    suffixes: tuple  # the day suffixes UN style does not write
    months: bool  # whether it checks month names
    halfwidth_only: bool  # whether a date's digits must be half-width
    others: bool  # whether it checks anything but the digits (the order, day, month)
    tail: re.Pattern | None  # `date_tail`: the rest of a range or list no template reads


@lru_cache(maxsize=None)
def _style(language) -> _Style | None:
    """The language's `style`, or None."""
    comp = compiled(language)
    style = comp.data.get("style")
    if not style:
        return None
    non_un = frozenset(comp.fold(w) for w in style.get("non_un_months") or ())
    months = bool(non_un or style.get("lower_case_months") or style.get("day_month_form") is not None
                  or style.get("first_month_form_only"))
    suffixes = tuple(style.get("no_day_suffixes") or ())
    others = bool(months or suffixes or style.get("templates") or style.get("first_day_written"))
    tail = regexes.compile(style["date_tail"]) if style.get("date_tail") else None
    return _Style(style, non_un, suffixes, months, bool(style.get("halfwidth_digits")), others, tail)


class DateStyle(Rule):
    """A date is written in a form the language reads but UN style does not use.

    What it checks:
        From the `style` entry of the language pack's dates: a date, a
        range or a list of days in another order (English `April 5, 2023`,
        `April 5–9, 2023`, `April 30–May 2, 2023`, `April 5, 6 and 7,
        2023`, `Friday April 5, 2023`: UN English writes `5 April 2023`,
        `5–9 April 2023`, `30 April–2 May 2023`, `5, 6 and 7 April 2023`,
        `Friday, 5 April 2023`); a range joined by a connector UN style
        does not write (the connector's `un_style`: English `through`, US
        usage, `5 through 9 April 2023` → `5–9 April 2023`, `from 5
        through 9 April 2023` → `from 5 to 9 April 2023`); an ordinal
        suffix after the day (`31st April`, Spanish `1º de julio`); French
        day 1 without `er` (`1 juillet`: `1er juillet`); a month name with
        a capital inside a sentence (French, Spanish, Russian: `3 Mars 2024`); a
        month form that is not UN style (Spanish `setiembre`); a Russian
        month after a day in another case than the genitive (`20 декабрь
        2018 года`); an Arabic month written alone or spelt otherwise than
        in the UN's pair (`يونيو`, `حزيران/يونيو` for `حزيران/يونيه`). All
        in un-domain.md §3.1. A date, range or period written with
        full-width digits (`２０２３年６月５日`, as a Chinese input method
        types them), where the pack says `halfwidth_digits` (Chinese: the
        UN writes `2023年6月5日`, as every Chinese date of §3.1 and of the
        seed document is written); every DATE rule reads such a date as
        it reads it in ASCII digits. The report and its fix take in the
        rest of a range or list that follows the date and that no date
        form reads (the pack's `date_tail`: `６月５日至９日`, a range with
        no year; `２０２３年６月５日、６日和７日`, a list of three days),
        so no digit of it is left full-width, and it is reported when only
        that rest is full-width (`2023年6月5日、６日和７日`).

    Why:
        The UN writes dates one way in each language; a date in another
        form is a draft that was not edited (a delegation's text, a
        machine translation), and readers of six language versions compare
        them.

    Example:
        ```undoc fail lang=en
        1. *Decides* to meet on April 5, 2024;
        ```
        ```expect
        1:25 DATE010 `5 April 2024`
        ```
        ```undoc fixed
        1. *Decides* to meet on 5 April 2024;
        ```
        ```undoc fail lang=en
        1. *Decides* to meet from April 5 to 9, 2024 and on April 30–May 2, 2024;
        ```
        ```expect
        1:27 DATE010 `5 to 9 April 2024`
        1:53 DATE010 `30 April–2 May 2024`
        ```
        ```undoc fixed
        1. *Decides* to meet from 5 to 9 April 2024 and on 30 April–2 May 2024;
        ```
        ```undoc fail lang=en
        1. *Decides* to meet on Friday April 5, 2024, on April 8, 9 and 10, 2024 and from April 15 through 19, 2024;
        ```
        ```expect
        1:25 DATE010 `Friday, 5 April 2024`
        1:50 DATE010 `8, 9 and 10 April 2024`
        1:83 DATE010 `15 to 19 April 2024`
        ```
        ```undoc fixed
        1. *Decides* to meet on Friday, 5 April 2024, on 8, 9 and 10 April 2024 and from 15 to 19 April 2024;
        ```
        ```undoc pass lang=fr
        1. *Décide* de se réunir le 1er juillet 2024 ;
        ```
        ```undoc fail lang=zh
        1. 决定于２０２３年６月５日至９日举行会议；
        ```
        ```expect
        1:7 DATE010 `2023年6月5日至9日`
        ```
        ```undoc fixed
        1. 决定于2023年6月5日至9日举行会议；
        ```
        ```undoc pass lang=zh
        1. 决定于2023年6月5日至9日举行会议，支持2020-2023年期间战略计划；
        ```
        ```undoc fail lang=zh
        1. 决定于２０２３年６月５日、６日和７日举行会议；
        ```
        ```expect
        1:7 DATE010 `2023年6月5日、6日和7日`
        ```
        ```undoc fixed
        1. 决定于2023年6月5日、6日和7日举行会议；
        ```

    Fix safety:
        Safe: the same date, written the UN way; nothing else changes. A
        range or a list is rewritten whole in one edit (its connector as
        written, or the one UN style writes for `through`; its opening
        word `from` left in place; a list's middle days as written), which
        mixes no orders. The spaces between the parts stay as written (the
        n-th space written stands in the n-th place of the UN form, so a
        no-break space between `April` and `5` stays between `5` and
        `April`); where they cannot (spaces of several kinds, and a form
        with another number of spaces), the fix writes plain spaces and is
        unsafe. A range in UN order joined by `through` has its connector
        replaced, nothing else.
        Unsafe for a date or range in another order close after a number
        that no date read holds (`April 5 to April 9, 2023`, `March 3 and
        April 5–9, 2023`, `April 4 or April 5, 2023`), or before a range
        connector and a month and day (`December 30, 2023 to January 2`):
        what it is joined to would stay in the other order. Unsafe where a capital or a single Arabic month
        name may belong to a name (`le 14 Juillet`, `ثورة 25 يناير`: the
        name of an event) or begin a sentence the rule cannot see. No fix
        across a line break (it would join the lines), but for full-width
        digits, whose fix changes only the digits: the date's, and those of
        the rest of its range or list (`６月５日至９日` -> `6月5日至9日`, not
        `6月5日至９日`), up to the next date read.
    """

    code = "DATE010"
    name = "date-style"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc):
        found = _style(doc.language)
        if found is None:
            return
        halfwidth_only, others, tail = found.halfwidth_only, found.others, found.tail
        if halfwidth_only and other_digits(doc):  # (`２０２３年６月５日`, typed with a Chinese input method)
            dates = document_dates(doc)
            for k, d in enumerate(dates):
                if d.inline is None:
                    continue
                end = d.end
                if tail is not None:  # (the rest of a range or list no template reads: `６月５日至９日`)
                    after = dates[k + 1] if k + 1 < len(dates) else None
                    limit = after.start if after is not None and after.inline is d.inline else len(d.inline.text)
                    t = tail.match(d.inline.text, d.end, limit)
                    if t is not None and FULLWIDTH_RUN.search(t.group(0)):
                        end = t.end()
                if d.other_digits or end > d.end:
                    yield from self._fullwidth_digits(doc, d, end)
        if not others:
            return
        comp = compiled(doc.language)
        before = None  # the date read before, in the same text
        for d in document_dates(doc):
            previous, before = before, d
            if d.kind == "period" or d.inline is None:
                continue
            if style_template(doc.language, d.template) is not None:  # (another order: rewritten whole)
                read_to = previous.end if previous is not None and previous.inline is d.inline else 0
                yield self._order(d, read_to)
                continue
            if d.connector is not None and d.connector.get("un_style"):  # (en `5 through 9 April 2023`)
                yield self._connector(d)
            for part in (d.first,) if d.first is d.last else (d.first, *d.middle, d.last):
                yield from self._part(doc, d, part, comp, found)

    def _order(self, d, read_to):
        """A date or range in another order (en `April 5, 2023`, `April 30–May 2, 2023`), rewritten
        whole in the UN one: the same parts, a range's connector as written (spacing and dash
        included, which are DATE005's) unless UN style writes another (`through`), the spaces
        between the parts and a list's middle days as written, its opening word (`from`) left where
        it is. ``read_to``: where the date read before it in its text ends."""
        text = d.inline.text
        begin = d.first.start  # (after a range's opening word)
        written, kept = un_written(d)  # (digits and spaces as written)
        # (unsafe after a connector and a number that no date read holds, `April 5 to April 9,
        # 2023`, `March 3 and April 5–9, 2023`: what it is joined to would stay in the other
        # order; after a date read, `5 April 2023 and May 6, 2023`, nothing is left half done)
        window = max(0, d.start - 24)
        joined = _RANGE_BEFORE.search(text, window, d.start)
        joined = joined is not None and joined.start() >= read_to
        likewise = (" (and the range's start likewise)" if d.kind == "date" else
                    " (and the day joined to it before likewise)") if joined else ""
        # (unsafe, too, with a number close before it that no date read holds, `April 4 or April 5,
        # 2023`, `March 30, April 5 and May 6, 2023`, or close after it, `December 30, 2023 to
        # January 2`: a day in the other order may be joined to it by words the rule does not know)
        joined = joined or DIGIT.search(text, max(window, read_to), d.start) is not None \
            or _NUMBER_AFTER.match(text, d.end) is not None
        # (unsafe, too, when the spaces written between the parts could not be kept: a no-break space
        # would become a plain one)
        return self._report(d.inline.span_of(begin, d.end), f"`{text[begin:d.end]}` is not written the UN way: "
                            f"expected `{written}`" + likewise, written, safe=kept and not joined)

    def _connector(self, d):
        """A range in UN order joined by a connector UN style does not write (en `5 through 9 April
        2023`): the connector replaced by the one it writes (`5–9 April 2023`), nothing else."""
        text = d.inline.text
        begin = d.first.start
        sep = un_separator(d)
        written = (text[begin:d.sep_start] + sep + text[d.sep_end:d.end]).replace("\n", " ")
        span = d.separator_span
        # (no fix across a line break in the connector: it would join the lines)
        fix = None if "\n" in d.separator else Fix(f"write `{sep.strip()}`", (Edit(span.start, span.end, sep),),
                                                   safe=True)
        return self.diagnostic(d.inline.span_of(begin, d.end),
                               f"`{text[begin:d.end]}` is not written the UN way: expected `{written}`", fix)

    def _fullwidth_digits(self, doc, d, end):
        """A date written with full-width digits, up to ``end`` (past the date, the rest of a range
        or list that no template reads, `６月５日至９日`: its digits are written half-width with the
        date's, not left full-width): reported once, fixed digit by digit (nothing else changes, so a
        date wrapped across lines is fixed too)."""
        written = d.inline.text[d.start:end]
        runs = list(FULLWIDTH_RUN.finditer(written))
        if not runs:
            return
        want = halfwidth(written)
        edits = []
        for run in runs:
            span = d.inline.span_of(d.start + run.start(), d.start + run.end())
            if doc.text[span.start:span.end] != run.group(0):
                edits = None  # (not the same characters in the source: no fix)
                break
            edits.append(Edit(span.start, span.end, halfwidth(run.group(0))))
        fix = Fix(f"write `{want.replace(chr(10), chr(0x23CE))}`", tuple(edits), safe=True) if edits else None
        yield self.diagnostic(d.span if end == d.end else d.inline.span_of(d.start, end),
                              f"`{written}` is written with full-width digits: UN style writes the digits of a date "
                              f"half-width (ASCII): expected `{want}`", fix)

    def _part(self, doc, d, part, comp, found):
        lang = doc.language
        style, non_un, suffixes, months = found.style, found.non_un, found.suffixes, found.months
        day = NUMBER.match(part.text)  # (as written: `５`, `٥` are read as 5) if part.day is not None else None
        if day:
            after = part.text[day.end():]
            suffix = next((s for s in suffixes if after.startswith(s)), None) if suffixes else None
            if suffix:
                span = d.inline.span_of(part.start, part.start + day.end() + len(suffix))
                yield self._report(span, f"`{day.group(0)}{suffix}`: UN style writes the day without "
                                   f"`{suffix}`: expected `{day.group(0)}`", day.group(0))
            elif style.get("first_day_written") and part.day == 1 and comp.data.get("first_day") \
                    and not after.startswith(tuple(comp.data.get("day_suffixes") or ())):
                first = comp.data["first_day"]
                first = in_digits(first, d.digits)  # (the digit as written)
                span = d.inline.span_of(part.start, part.start + day.end())
                yield self._report(span, f"`{day.group(0)}` for the first day of the month: expected `{first}`", first)
        if style.get("first_month_form_only") and part.month is not None:
            yield from self._month_form(d, part, comp)
            return
        for m in _WORD.finditer(part.text) if months and part.month is not None else ():
            word = m.group(0)
            folded = comp.fold(word)
            if comp.months.get(folded) != part.month:
                continue
            form = None  # the UN form, when the one written is not (in the case it was written in)
            if folded in non_un:
                form = month_name(lang, part.month)
            elif style.get("day_month_form") is not None and part.day is not None and comp.month_forms \
                    and comp.month_forms.get(folded) != style["day_month_form"]:
                form = month_name(lang, part.month, style["day_month_form"])
            at = part.start + m.start()
            if form is not None:  # (safe: the same word's case kept, `ДЕКАБРЬ` → `ДЕКАБРЯ`, `Setiembre` → `Septiembre`)
                want = form.upper() if word.isupper() and len(word) > 1 else (
                    form[:1].upper() + form[1:] if word[:1].isupper() else form)
                yield self._report(d.inline.span_of(at, at + len(word)),
                                   f"`{word}` in `{part.text}` is not UN style: expected `{want}`", want)
            elif style.get("lower_case_months") and word[:1].isupper() and not word.isupper() \
                    and not _starts_sentence(d.inline.text, at):  # (the paragraph's text read only then)
                # (unsafe: a capital may begin a sentence or a name the rule cannot see, `le 14 Juillet`;
                # a word in capitals, `DÉCEMBRE`, is a heading's, not a capital)
                want = word[:1].lower() + word[1:]
                yield self._report(d.inline.span_of(at, at + len(word)),
                                   f"`{word}` in `{part.text}` is not UN style: expected `{want}`", want, safe=False)

    def _month_form(self, d, part, comp):
        """The form of the month written, when it is not the month's first (ar `يونيو` alone, or
        `حزيران/يونيو`, for the UN's pair `حزيران/يونيه`)."""
        forms = (comp.data.get("month_names") or [])[part.month - 1]
        written = next((f for f in sorted(forms, key=len, reverse=True) if f in part.text), None)
        if written is None or written == forms[0]:
            return
        at = part.start + part.text.find(written)
        # (unsafe: a name of an event keeps its own form, `ثورة 25 يناير`)
        yield self._report(d.inline.span_of(at, at + len(written)),
                           f"`{written}` in `{part.text}` is not UN style: expected the month's pair `{forms[0]}`", forms[0],
                           safe=False)

    def _report(self, span, message, content, safe=True):
        # (no fix across a line break: it would join the lines of a wrapped date)
        fix = None if span.line != span.end_line else Fix(f"write `{content}`", (Edit(span.start, span.end, content),), safe=safe)
        return self.diagnostic(span, message, fix)


def _starts_sentence(text: str, at: int) -> bool:
    k = at - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END
