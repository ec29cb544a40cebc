"""Dates, date ranges and year periods in text, recognised from language data.

Every language pack has a ``dates:`` section (its schema is described at the
top of that section in ``lang/en.yaml``): month and weekday names, the
connectors that join the ends of a range (``–``, ``from … to``, ``至``), and
templates such as ``"{day1}{sep}{day2} {month2} {year2}"`` or
``"{year} 年 {mm} 月 {day} 日"``. Each template is compiled once per language
into a bounded regular expression (every repetition has a small upper
bound, so no input makes it backtrack badly); nothing here branches on a
language code.

``scan(text, language)`` finds the dates in a plain string;
``document_dates(doc)`` finds them in every block of a document, with exact
source spans, once per document (cached in ``doc.cache["dates"]``) so that all
DATE rules share one pass.

What is found:

* ``date``: one day (``21 December 2020``, ``2021 年 6 月 29 日``), possibly
  with its weekday (``Friday, 9 June 2023``), or a month (``May 2019``,
  ``2019 年 5 月``);
* ``range``: two ends joined by a connector (``29 June–1 July 2021``,
  ``from 5 to 9 June 2023``, ``2023 年 6 月 5 日至 9 日``,
  ``22 and 23 February 2021``, en US order ``April 5–9, 2023``,
  ``April 5 through 9, 2023``); parts written on one end only (the month
  and year of ``5–9 June 2023``, the month of ``April 5–9, 2023``) are
  taken by the other end, and recorded as not written. A list of more
  than two days (``5, 6 and 7 April 2023``, en US order ``April 5, 6 and
  7, 2023``) is a range joined by a list connector whose ``middle`` holds
  the days between its ends, each with the list's month and year;
* ``period``: two years (``2020–2023``, ``2020-2023 年``).

Arabic-Indic digits (``٢٠٢٣``, ``۲۰۲۳``) and full-width ones (``２０２３``, what a
Chinese input method types) are read as European digits, one character for
one, so offsets do not move. The texts of a match (``text``, each end's
``text``) are as written, ``other_digits`` says that they hold such digits,
and ``digits`` is what ``render`` and ``describe`` take to write numbers as
the text does (a suggestion does not change the user's digits: DATE010 says
which to write).

Symbols (``A/RES/75/224``, ``HSP/EB.2020/29``), instrument numbers
(``2021/1``) and bare numbers or years (``2030 年``) are not dates: a match may
not touch a letter, digit, ``/`` or ``.`` on either side, and a bare year is
never a date.
"""

from __future__ import annotations

import datetime as _dt
import re
from calendar import isleap
from functools import lru_cache
from typing import Any

from .. import regexes
from ..records import dataclass, field
from .date_templates import PLACEHOLDER, SPACE_CHARS, Compiled, Template, compiled
from .wordtree import alternatives, one_space
from .texts import FULLWIDTH_DIGITS, OTHER_DIGIT, OTHER_DIGITS, digit_texts, european, halfwidth
from .texts import EUROPEAN_DIGITS as _EUROPEAN_DIGITS  # noqa: F401 - (the reference scan of tests/test_dates_scan.py)
from .texts import OTHER_DIGIT_BASES as _OTHER_DIGIT_BASES

__all__ = ["DIGIT", "FULLWIDTH_DIGITS", "NUMBER", "OTHER_DIGITS", "DateMatch", "DatePart", "compiled", "describe",
           "digits_of", "document_dates", "european", "find_dates", "full_range_template", "halfwidth", "in_digits",
           "month_name", "other_digits", "render", "scan", "style_template", "un_separator", "un_written",
           "weekday_name", "with_connector", "written_gaps"]

# Years that a period may join: outside this, `1234-1240` is not read as years.
PERIOD_YEARS = range(1800, 2200)


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# ------------------------------------------------------------------ results
@dataclass(slots=True)
class DatePart:
    """One end of a range or period, or the date itself."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 = Monday, as written
    written: frozenset = frozenset()  # which of day, month, year, weekday are written on this end
    start: int = 0  # offsets of this end in the text
    end: int = 0
    text: str = ""
    weekday_text: str | None = None
    month_form: int = 0  # which of the month's forms is written (its case, in a language whose forms are cases)

    @property
    def complete(self) -> bool:
        return self.day is not None and self.month is not None and self.year is not None

    def date(self) -> _dt.date | None:
        """The calendar date, or None when incomplete or impossible."""
        if not self.complete:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def problem(self, language: str | None = None) -> str | None:
        """Why this cannot be a date (month 13, 31 June, 29 February 2023), or None."""
        if self.month is not None and not 1 <= self.month <= 12:
            return f"there is no month {self.month}"
        if self.day is None:
            return None
        if self.day < 1:
            return f"there is no day {self.day}"
        if self.month is None:
            return None if self.day <= 31 else f"no month has {self.day} days"
        year = self.year if self.year is not None else 2000  # a leap year: 29 February may be fine
        days = _DAYS_IN_MONTH[self.month] + (self.month == 2 and isleap(year))  # (monthrange's count, without its weekday)
        if self.day <= days:
            return None
        name = month_name(language, self.month)
        name = f"month {self.month}" if name.isdigit() else name
        if self.month == 2 and self.day == 29:
            return f"{self.year} is not a leap year, so February has 28 days"
        return f"{name} has {days} days"

    def key(self) -> tuple:
        """For ordering the two ends: (year, month, day), missing parts as 0."""
        return (self.year or 0, self.month or 0, self.day or 0)


@dataclass(slots=True)
class DateMatch:
    kind: str  # date | range | period
    text: str
    start: int  # offsets in the scanned text
    end: int
    first: DatePart  # the date itself, or the start of a range / period
    last: DatePart  # the end of a range / period (the same object as first for a date)
    template: str
    separator: str | None = None  # as written, with the spaces around it
    sep_start: int | None = None
    sep_end: int | None = None
    connector: dict | None = None  # the language data entry that matched
    open: str | None = None  # `from`, `between`, `从` …
    open_start: int | None = None
    open_end: int | None = None
    open_mismatch: bool = False  # an open word that does not go with the connector (`from 5–9 June`)
    range_dash: dict | None = None  # the dash style that applies to this form (None: any)
    language: str = "en"
    other_digits: bool = False  # written with digits other than ASCII (`２０２３`, `٢٠٢٣`), read as ASCII ones
    # the days of a list between its first and its last (the 6 of `5, 6 and 7 April 2023`), each with the
    # month and year of the list; they are written between the end of ``first`` and the connector
    middle: tuple = ()
    # set by document_dates(): where the text came from
    block: Any = field(default=None, repr=False)
    inline: Any = field(default=None, repr=False)

    @property
    def is_list(self) -> bool:
        return bool(self.connector and self.connector.get("kind") == "list")

    @property
    def clean_separator(self) -> str | None:
        """The connector as the language writes it: spaced only where it requires spaces."""
        if self.separator is None:
            return None
        sep = self.separator.strip()
        return f" {sep} " if (self.connector or {}).get("space") == "required" else sep

    @property
    def written_separator(self) -> str | None:
        """The connector with the spacing written around it; where a line breaks in it (a wrapped
        range, `April 30–⏎May 2`), whose spacing is not known, as the language writes it."""
        if self.separator is None or "\n" not in self.separator:
            return self.separator
        return self.clean_separator

    def middle_days(self, days=None) -> str | None:
        """The middle days of a list (`, 6` of `5, 6 and 7 April 2023`) as suggestions write them:
        the numbers as written, without a suffix (`6th`), or ``days`` (numbers, in order), between
        the commas and spaces written (a line break read as a space); None when there are none."""
        if not self.middle:
            return None
        out, pos = [], self.first.end
        days = iter(days) if days is not None else None
        for part in self.middle:
            out.append(self.text[pos - self.start:part.start - self.start])
            out.append(NUMBER.match(part.text).group(0) if days is None else next(days))
            pos = part.end
        out.append(self.text[pos - self.start:self.sep_start - self.start])
        return "".join(out).replace("\n", " ")

    def with_open(self, rest: str) -> str:
        """``rest`` after the opening word and the spacing written after it (`from `, zh `从`)."""
        if not self.open:
            return rest
        gap = self.inline.text[self.open_end:self.first.start] if self.inline is not None else " "
        return f"{self.open}{gap.replace(chr(10), ' ')}{rest}"

    @property
    def is_dash(self) -> bool:
        return bool(self.connector and self.connector.get("dash"))

    # Source spans, worked out when a rule asks (most dates are never reported).
    @property
    def span(self):
        return None if self.inline is None else self.inline.span_of(self.start, self.end)

    @property
    def separator_span(self):
        return None if self.inline is None or self.sep_start is None else self.inline.span_of(self.sep_start, self.sep_end)

    @property
    def open_span(self):
        return None if self.inline is None or self.open_start is None else self.inline.span_of(self.open_start, self.open_end)

    def part_span(self, part: DatePart):
        """The source span of one end (or the whole text when not mapped)."""
        if self.inline is None:
            return None
        return self.inline.span_of(part.start, part.end)

    @property
    def digits(self) -> dict | None:
        """How to write numbers as this date does (for ``render`` and ``describe``): None for ASCII
        digits (or digits of several scripts), else the translation to the script written."""
        return digits_of(self.text) if self.other_digits else None

    def interval(self) -> tuple[_dt.date, _dt.date] | None:
        """(first day, last day) of a date or range of days; None otherwise."""
        if self.kind == "period":
            return None
        a, b = self.first.date(), self.last.date()
        if a is None or b is None:
            return None
        return a, b


# ------------------------------------------------------------------ scanning
# (the digits of other scripts read as European ones, and their tables: analysis.texts)
DIGIT = regexes.compile(rf"[0-9{OTHER_DIGITS}]")  # a digit of a date as written (ASCII or another script's)
NUMBER = regexes.compile(rf"[0-9{OTHER_DIGITS}]+")
# ASCII digit -> the digit of each other script (render and describe write numbers as the text did)
_DIGITS_OF = {base: {ord("0") + k: chr(base + k) for k in range(10)} for base in _OTHER_DIGIT_BASES}


def scan(text: str, language: str | None) -> list[DateMatch]:
    """Every date, range and period in ``text``, left to right, not overlapping.

    At each place where a template matches, the longest match wins (of equal
    ones, the template listed first), and the scan goes on after it. The
    templates are tried only where the language's anchor says one could
    begin, which finds what trying them at every position would
    (tests/test_dates_scan.py holds that as the reference).
    """
    if not DIGIT.search(text):  # every date form has a number: skip the templates
        return []
    comp = compiled(language)
    read = european(text)
    found = [_build(comp, t, m, 0) for t, m in _matches(read, comp)]
    if read is not text:
        for d in found:
            _as_written(d, text, 0)
    return found


def _as_written(d: DateMatch, text: str, base: int) -> None:
    """A date found in the text read with European digits: its texts as written (``text``, where
    the date's offsets count from ``base``), and whether they hold digits of another script."""
    d.text = text[base + d.start:base + d.end]
    if OTHER_DIGIT.search(d.text) is None:
        return
    d.other_digits = True
    for part in (d.first,) if d.first is d.last else (d.first, *d.middle, d.last):
        part.text = text[base + part.start:base + part.end]


def digits_of(text: str) -> dict | None:
    """The translation that writes ASCII digits as ``text`` writes its digits, when they are all
    of one other script (full-width `２０２３`, Arabic-Indic `٢٠٢٣`); None (ASCII) otherwise."""
    found = None
    for ch in text:
        if not ch.isdigit():
            continue
        base = next((b for b in _OTHER_DIGIT_BASES if b <= ord(ch) < b + 10), None)
        if base is None or (found is not None and base != found):
            return None
        found = base
    return None if found is None else _DIGITS_OF[found]


def _matches(text: str, comp: Compiled):
    """(template, match) of every date in ``text``, as ``scan`` describes."""
    reached = 0
    starting_with = comp.starting_with
    search = comp.anchor().search
    while (anchor := search(text, reached)) is not None:  # (from the end of the date just found)
        at = anchor.start()
        reached = anchor.end()
        number = anchor.lastgroup  # d12, d4, or None for a word
        if number is None:  # a word: the union of the templates' beginnings first
            # (a name, or an opening word and a name: the templates that begin so; an opening word
            # and a number: those; a word that can be both, `from`: all, in their order)
            name_union, templates = starting_with(-2)
            open_union, open_templates = starting_with(-3)
            if name_union.match(text, at) is None:
                templates = open_templates if open_templates and open_union.match(text, at) is not None else ()
            elif open_templates and open_union.match(text, at) is not None:
                templates = starting_with(0)[1]
            lead_union, lead_templates = starting_with(-1)  # (fr `le {day}…`: rarely worth a try)
            if lead_templates and lead_union.match(text, at) is not None:
                templates += lead_templates
            if not templates:
                continue
        else:  # a number: the anchor has tested what follows it
            templates = starting_with(4 if number == "d4" else 1)[1]
        best, best_template = None, None
        for t, match in templates:
            m = match(text, at)
            if m is not None and (best is None or m.end() > best.end()) and _pairs(comp, t, m):
                best, best_template = m, t
        if best is not None:
            yield best_template, best
            reached = max(best.end(), reached)


def _pairs(comp: Compiled, t: Template, m: re.Match) -> bool:
    """Whether the two ends of a range or period go together (connector, years)."""
    if t.kind == "date":
        return True
    if t.kind == "period" and not (int(m.group("year1")) in PERIOD_YEARS and int(m.group("year2")) in PERIOD_YEARS):
        return False
    open_word = m.group("open") if t.opens else None
    found, mismatch = _connector(comp, t.kind, m.group("sep").strip(), open_word)
    if t.days and (found is None or found.get("kind") != "list"):  # (`5, 6–9 April`: no list; `6–9 April` is read)
        return False
    # A list whose second day begins a range is no list (zh `2023年3月23日和2024年3月11日至22日`:
    # a day, then a range); the first day is a date of its own.
    if found is not None and found.get("kind") == "list" and _range_follows(comp.language).match(m.string, m.end()):
        return False
    # A weak opening word (fr `de`) before another connector is no opening word: the date
    # begins after it (`de 2024-2025` is the period 2024-2025).
    return found is not None and not (mismatch and comp.fold(open_word) in comp.weak_open)


@lru_cache(maxsize=None)
def _range_follows(language: str | None) -> re.Pattern:
    """A range connector and a number: what follows a list's second day that begins a range."""
    seps = sorted({c["sep"] for c in compiled(language).connectors if c.get("kind") != "list" and not c.get("open")},
                  key=len, reverse=True)
    # (`(?<!…)`: a run of spaces is tried from its first space only, so that no input makes it quadratic)
    return regexes.compile(rf"(?<![ \t\u3000])[ \t\u3000]*(?:{'|'.join(map(re.escape, seps)) or '(?!)'})(?<![ \t\u3000])"
                           rf"[ \t\u3000]*[0-9]")


def _connector(comp: Compiled, kind: str, sep: str, open_word: str | None) -> tuple[dict | None, bool]:
    """The connector entry for (open, sep) and whether the open word is out of place."""
    if open_word and not open_word.isalpha():  # (a wrapped line may break inside a word of several)
        open_word = one_space(open_word)
    sep = one_space(sep) if not sep.isalpha() else sep
    key = (kind, sep, open_word)
    found = comp.connector_of.get(key)
    if found is None:
        found = comp.connector_of[key] = _find_connector(comp, kind, sep, open_word)
    return found


def _find_connector(comp: Compiled, kind: str, sep: str, open_word: str | None) -> tuple[dict | None, bool]:
    sep_f = comp.fold(sep)
    open_f = comp.fold(open_word) if open_word else ""
    fitting = [c for c in comp.connectors
               if comp.fold(c["sep"]) == sep_f and kind in c.get("for", ("range", "period"))]
    for c in fitting:
        if comp.fold(c.get("open") or "") == open_f:
            return c, False
    if open_word:
        for c in fitting:
            if not c.get("open"):
                return c, True
    return None, False


def _part(comp: Compiled, m: re.Match, groups: tuple[tuple[str, int], ...], base: int) -> DatePart:
    day = month = year = weekday = weekday_text = None
    month_form = 0
    written = []
    text, regs = m.string, m.regs
    s, e = len(text), 0
    for name, group in groups:
        a, b = regs[group]
        if a < 0:  # not written on this end
            continue
        if a < s:
            s = a
        if b > e:
            e = b
        raw = text[a:b]
        if name == "day":
            day = int(raw)
        elif name == "month":
            key = comp.fold(one_space(raw))  # (a name of two words may be wrapped: `تشرين⏎الثاني`)
            month = comp.months.get(key)
            if comp.month_forms:
                month_form = comp.month_forms.get(key, 0)
        elif name == "mm":
            month = int(raw)
            name = "month"
        elif name == "year":
            year = int(raw)
        else:  # weekday
            weekday = comp.weekdays.get(comp.fold(one_space(raw)))
            weekday_text = raw
        written.append(name)
    return DatePart(day, month, year, weekday, _written(tuple(written)), s - base, e - base, text[s:e], weekday_text, month_form)


@lru_cache(maxsize=None)
def _list_day(language: str | None) -> re.Pattern:
    """A day of a list's middle days, with its suffix (`6`, `6th`)."""
    suffixes = alternatives(compiled(language).data.get("day_suffixes") or [])
    return regexes.compile("([0-9]{1,2})(?![0-9])" + (f"(?:{suffixes})?" if suffixes else ""))


@lru_cache(maxsize=None)  # a few combinations, shared by every date (a frozenset is 216 bytes)
def _written(parts: tuple[str, ...]) -> frozenset:
    return frozenset(parts)


def _part_groups(comp: Compiled, t: Template, m: re.Match) -> tuple[tuple[tuple[str, int], ...], ...]:
    found = comp.part_groups.get(t.order)
    if found is None:
        index = m.re.groupindex
        found = comp.part_groups[t.order] = tuple(tuple((name, index[group]) for name, group in end) for end in t.groups)
    return found


def _build(comp: Compiled, t: Template, m: re.Match, base: int) -> DateMatch:
    """The DateMatch of a template's match; its offsets are counted from ``base`` in the scanned text."""
    start, end = m.span()
    groups = _part_groups(comp, t, m)
    first = _part(comp, m, groups[0], base)
    if t.kind == "date":
        first.start, first.end, first.text = start - base, end - base, m.group(0)
        return DateMatch(t.kind, m.group(0), start - base, end - base, first, first, t.pattern,
                         range_dash=t.range_dash, language=comp.language)
    last = _part(comp, m, groups[1], base)
    sep = m.group("sep")
    sep_start, sep_end = m.span("sep")
    open_word = m.group("open") if t.opens else None
    connector, mismatch = _connector(comp, t.kind, sep.strip(), open_word)
    # What is written on one end only belongs to both (5–9 June 2023).
    for name in ("year", "month", "day"):
        a, b = getattr(first, name), getattr(last, name)
        if a is None and b is not None:
            setattr(first, name, b)
        elif b is None and a is not None:
            setattr(last, name, a)
    if "month" not in first.written and "month" in last.written:
        first.month_form = last.month_form
    elif "month" not in last.written and "month" in first.written:
        last.month_form = first.month_form
    # Each end runs from the connector to the edge of the match (`29 日` with its `日`).
    text = m.string
    begin = m.end("open") if open_word else start
    while begin < sep_start and text[begin].isspace():
        begin += 1
    first.start, first.end, first.text = begin - base, sep_start - base, text[begin:sep_start]
    last.start, last.end, last.text = sep_end - base, end - base, text[sep_end:end]
    match = DateMatch(t.kind, m.group(0), start - base, end - base, first, last, t.pattern, sep, sep_start - base,
                      sep_end - base, connector, open_mismatch=mismatch, range_dash=t.range_dash, language=comp.language)
    if t.days:  # (the first end stops where the middle days begin)
        days_start, days_end = m.span("days")
        first.end, first.text = days_start - base, text[begin:days_start]
        match.middle = tuple(DatePart(int(day.group(1)), first.month, first.year, None, _written(("day",)),
                                      day.start() - base, day.end() - base, day.group(0), month_form=first.month_form)
                             for day in _list_day(comp.language).finditer(text, days_start, days_end))
    if open_word:
        match.open, match.open_start, match.open_end = open_word, m.start("open") - base, m.end("open") - base
    return match


# ------------------------------------------------------------------ documents
def find_dates(inline, language: str | None) -> list[DateMatch]:
    """The dates of one Inline, with source spans."""
    found = scan(inline.text, language)  # (its texts as written: scan reads other digits as European)
    for d in found:
        d.inline = inline
    return found


def document_dates(doc) -> list[DateMatch]:
    """Every date, range and period of a document, in order (computed once per document).

    The texts that hold a digit are scanned as one string, joined by NUL: no
    template can match across a NUL, and each look-around treats it as it
    treats the end of a string, so each text yields what ``scan`` would
    find in it alone (tests/test_dates_scan.py checks that).
    """
    cached = doc.cache.get("dates")
    if cached is not None and doc.cache.get("dates.language", doc.language) == doc.language:
        return cached
    out: list[DateMatch] = []
    other = False
    entries = digit_texts(doc)
    if entries:
        comp = compiled(doc.language)
        bases, base = [], 0
        for _, _, text in entries:
            bases.append(base)
            base += len(text) + 1
        k = 0
        joined = "\x00".join(text for _, _, text in entries)
        read = european(joined)  # (Arabic-Indic and full-width digits read as European)
        other = read is not joined
        for t, m in _matches(read, comp):
            while k + 1 < len(bases) and bases[k + 1] <= m.start():
                k += 1
            block, inline, text = entries[k]
            d = _build(comp, t, m, bases[k])
            if read is joined:
                d.text = text[d.start:d.end]
            else:  # (its texts as written)
                _as_written(d, text, 0)
            d.block, d.inline = block, inline
            out.append(d)
    doc.cache["dates"] = out
    doc.cache["dates.language"] = doc.language
    doc.cache["dates.other_digits"] = other
    return out


def other_digits(doc) -> bool:
    """Whether the document's texts hold digits other than ASCII ones (full-width, Arabic-Indic),
    which the dates read as European: a rule that reads digits near dates reads ``european(text)``
    then, and the text as it is otherwise (found with the document's dates, at no further cost)."""
    document_dates(doc)
    return doc.cache.get("dates.other_digits", False)


# ------------------------------------------------------------------ writing
def month_name(language: str | None, month: int, form: int = 0) -> str:
    """The month's name: its preferred form, or its ``form``-th where the language lists its forms as cases."""
    names = compiled(language).data.get("month_names") or []
    if 1 <= month <= len(names) and names[month - 1]:
        forms = names[month - 1]
        return forms[form] if 0 < form < len(forms) else forms[0]
    return str(month)


def weekday_name(language: str | None, weekday: int) -> str:
    names = compiled(language).data.get("weekday_names") or []
    return names[weekday][0] if 0 <= weekday < len(names) and names[weekday] else str(weekday)


def render(language: str | None, pattern: str, first: DatePart, last: DatePart | None = None,
           sep: str | None = None, forms: bool = True, digits: dict | None = None,
           gaps: list[str] | None = None, days: str | None = None) -> str:
    """Write values into a template (for messages): month names in each part's ``month_form``
    (the case the text used, where forms are cases), or with ``forms=False`` in the preferred form;
    numbers in ASCII digits, or translated by ``digits`` (``DateMatch.digits``: as the text wrote them);
    each space of the template as the next of ``gaps`` (one for each run of spaces), or as the language
    spaces; a list's ``{days}`` as ``days``."""
    comp = compiled(language)
    space = " " if (comp.data.get("space") or "required") == "required" else ""
    gap = iter(gaps) if gaps is not None else None
    first_day = comp.data.get("first_day")
    last = last or first

    def value(m: re.Match) -> str:
        name, idx = m.group(1), m.group(2) or "1"
        part = first if idx == "1" else last
        if name == "sep":
            return sep or ""
        if name == "days":
            return days or ""
        if name == "month":
            return month_name(language, part.month, part.month_form if forms else 0) if part.month else ""
        if name == "mm":
            return in_digits(str(part.month or ""), digits)
        if name == "weekday":
            return weekday_name(language, part.weekday) if part.weekday is not None else ""
        v = getattr(part, name)
        if name == "day" and v == 1 and first_day:
            return in_digits(first_day, digits)  # fr `1er juin`
        return "" if v is None else in_digits(str(v), digits)

    def literal(text: str) -> str:
        if gap is None:
            return text.replace(" ", space)
        return _SPACES.sub(lambda _: next(gap, " "), text)

    out = []
    pos = 0
    for m in PLACEHOLDER.finditer(pattern):
        out.append(literal(pattern[pos:m.start()]))
        out.append(value(m))
        pos = m.end()
    out.append(literal(pattern[pos:]))
    return "".join(out)


_SPACES = regexes.compile(" +")  # a run of spaces in a template: one space between two of its parts
_GAP = regexes.compile(f"{SPACE_CHARS}+")  # what a template's space matches in a text


def style_template(language: str | None, template: str) -> str | None:
    """The template UN style writes a date of ``template`` in, when it is written in another order
    (the language's `style: templates`: en US order `{month} {day}, {year}` -> `{day} {month} {year}`)."""
    return ((compiled(language).data.get("style") or {}).get("templates") or {}).get(template)


def un_separator(d: DateMatch) -> str | None:
    """A range's connector as DATE010 writes it: as written (``written_separator``), or the one UN
    style writes instead of it (`un_style`: en `through` -> `–`, `from … through` -> `from … to`),
    spaced as the language spaces that one."""
    want = (d.connector or {}).get("un_style")
    if not want:
        return d.written_separator
    comp = compiled(d.language)
    opener = comp.fold(d.open or "")
    if d.open_mismatch:  # (`between April 5 through 9, 2023`: the opening word's own, `and`, as DATE007 says)
        own = next((c for c in comp.connectors if comp.fold(c.get("open") or "") == opener
                    and d.kind in c.get("for", ("range", "period"))), None)
        if own is not None:
            want = own["sep"]
    entry = next((c for c in comp.connectors if comp.fold(c["sep"]) == comp.fold(want)
                  and comp.fold(c.get("open") or "") == opener), None) \
        or next((c for c in comp.connectors if comp.fold(c["sep"]) == comp.fold(want)), {})
    return f" {want} " if entry.get("space") == "required" else want


def with_connector(d: DateMatch, sep: str) -> tuple[str, str]:
    """A range with its connector replaced by ``sep`` (spacing included), nothing else: (the text as
    the fix writes it, the text to expect in a message). The second is in UN order, as DATE010
    writes it, when the range is written in another (`April 5-9, 2023` -> `5–9 April 2023`)."""
    fixed = d.text[:d.sep_start - d.start] + sep + d.text[d.sep_end - d.start:]
    return fixed, (d.with_open(un_written(d, sep=sep)[0]) if style_template(d.language, d.template) is not None
                   else fixed)


def written_gaps(d: DateMatch) -> list[str]:
    """The white space written between the parts of a date, in order: not that of a range's connector,
    of a list's middle days, or after its opening word (a line break read as a space)."""
    ends = (d.first,) if d.first is d.last else (d.first, d.last)
    return [g.group(0).replace("\n", " ") for part in ends
            for g in _GAP.finditer(d.text, part.start - d.start, part.end - d.start)]


@lru_cache(maxsize=None)
def _space_runs(pattern: str) -> int:
    """How many runs of spaces (each a space between two parts) a template has."""
    return sum(len(_SPACES.findall(literal)) for literal in PLACEHOLDER.split(pattern)[::3])


def un_written(d: DateMatch, first: DatePart | None = None, last: DatePart | None = None, sep: str | None = None,
               days: str | None = None) -> tuple[str, bool]:
    """``d`` (after its opening word) as DATE010 writes it: in the order UN style writes it
    (``style_template``, else its own), its connector as ``un_separator`` (or ``sep``), its list's
    middle days as ``middle_days`` (or ``days``), the spaces between its parts and its digits as
    written; ``first`` and ``last`` for other values of its ends (DATE002 swaps them).

    Returns the text and whether the spaces written are kept: each in its place (the n-th space
    written is the n-th space of the template written in, when both have as many), or all alike;
    else (False) a plain space stands for each. In a language whose spaces are optional (spaces
    there are PDF artefacts), the template's spaces are written as ``render`` writes them."""
    pattern = style_template(d.language, d.template) or d.template
    gaps, kept = None, True
    if (compiled(d.language).data.get("space") or "required") == "required":
        written = written_gaps(d)
        wanted = _space_runs(pattern)
        if len(written) == wanted == _space_runs(d.template):
            gaps = written
        elif len(set(written)) == 1:
            gaps = written[:1] * wanted
        elif written:  # (spaces of several kinds, not each in a place of its own)
            kept = False
    text = render(d.language, pattern, first or d.first, last or d.last, un_separator(d) if sep is None else sep,
                  digits=d.digits, gaps=gaps, days=d.middle_days() if days is None else days)
    return text, kept


def in_digits(text: str, digits: dict | None) -> str:
    """``text``'s ASCII digits, or translated by ``digits`` into the script the date was written in."""
    return text if digits is None else text.translate(digits)


def full_range_template(language: str | None, like: DatePart | None = None) -> str | None:
    """The first range template of a language that writes the year on both ends, and a day
    when ``like`` has one (a range of months is written as months: `July 2022–June 2023`)."""
    for t in compiled(language).templates:
        if t.kind != "range":
            continue
        names = {name + (idx or "1") for name, idx in PLACEHOLDER.findall(t.pattern)}
        if "days1" in names:  # (a list of several days)
            continue
        if like is None or ({"year1", "year2"} <= names and ("day1" in names) == (like.day is not None)
                            and "weekday1" not in names):
            return t.pattern
    return None


def describe(language: str | None, part: DatePart, digits: dict | None = None) -> str:
    """One end written out in full in the language's date form (`29 December 2022`), its numbers
    in ASCII digits or translated by ``digits`` (``DateMatch.digits``)."""
    comp = compiled(language)
    pattern = None
    for t in comp.templates:
        if t.kind != "date" or "{weekday" in t.pattern:
            continue
        names = {n for n, _ in PLACEHOLDER.findall(t.pattern)}
        have = {"day" if part.day is not None else None, "year" if part.year is not None else None}
        want = {n for n in names if n in ("day", "year")}
        if want == have - {None}:
            pattern = t.pattern
            break
    if pattern is None:
        return in_digits(f"{part.year or '?'}-{part.month or '?'}-{part.day or '?'}", digits)
    return render(language, pattern, part, forms=False, digits=digits)
