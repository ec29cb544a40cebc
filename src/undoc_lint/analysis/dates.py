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
  ``22 and 23 February 2021``); parts written on one end only (the month and
  year of ``5–9 June 2023``) are taken by the other end, and recorded as
  not written;
* ``period``: two years (``2020–2023``, ``2020-2023 年``).

Symbols (``A/RES/75/224``, ``HSP/EB.2020/29``), instrument numbers
(``2021/1``) and bare numbers or years (``2030 年``) are not dates: a match may
not touch a letter, digit, ``/`` or ``.`` on either side, and a bare year is
never a date.
"""

from __future__ import annotations

import datetime as _dt
import re
from calendar import monthrange
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lang import language_pack

# Characters that may not stand right before or after a date: what would make
# it part of a number, a word or a document symbol.
_NEIGHBOUR = r"0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF/\\_"
_BEFORE = rf"(?<![{_NEIGHBOUR}.\-])"
_AFTER = rf"(?![{_NEIGHBOUR}])(?![.,\-–—][0-9])"
_LETTER = r"A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0620-\u064A"
_WS = "[ \\t\\u00a0\\u202f\\u3000\\n]"
_WS_REQUIRED = _WS + "{1,3}"
_WS_OPTIONAL = _WS + "{0,3}"
_PLACEHOLDER = re.compile(r"\{([a-z]+)([12]?)\}")
_PARTS = ("day", "month", "mm", "year", "weekday")
# Years that a period may join: outside this, `1234-1240` is not read as years.
PERIOD_YEARS = range(1800, 2200)
KINDS = ("range", "date", "period")  # tried in this order at one position


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
        days = monthrange(year, self.month)[1]
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
    # set by document_dates(): where the text came from
    block: Any = field(default=None, repr=False)
    inline: Any = field(default=None, repr=False)
    span: Any = None
    separator_span: Any = None
    open_span: Any = None

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
    def is_dash(self) -> bool:
        return bool(self.connector and self.connector.get("dash"))

    def part_span(self, part: DatePart):
        """The source span of one end (or the whole text when not mapped)."""
        if self.inline is None:
            return None
        return self.inline.span_of(part.start, part.end)

    def interval(self) -> tuple[_dt.date, _dt.date] | None:
        """(first day, last day) of a date or range of days; None otherwise."""
        if self.kind == "period":
            return None
        a, b = self.first.date(), self.last.date()
        if a is None or b is None:
            return None
        return a, b


# ------------------------------------------------------------------ compiling
@dataclass(frozen=True, slots=True)
class _Template:
    kind: str
    pattern: str
    source: str  # the regular expression, compiled on first use (most documents need few templates)
    flags: int
    range_dash: dict | None
    order: int
    needs_month: bool = False  # skip the template in text that names no month
    needs: str = ""  # a literal the template cannot match without (`年`, `月`)


@dataclass(frozen=True, slots=True)
class _Compiled:
    language: str
    data: dict
    templates: tuple[_Template, ...]
    months: dict  # name (folded) -> 1..12
    weekdays: dict  # name (folded) -> 0..6
    ignore_case: bool
    connectors: tuple[dict, ...]
    month_trigger: re.Pattern | None = None  # any month name: a cheap first test


def _alternatives(words) -> str:
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


def _name_group(name: str, words) -> str:
    alts = _alternatives(words)
    if not alts:
        return "(?!)"  # this language writes no such names
    # A name must end a word (June, not Juneau) where words are spaced.
    return f"(?P<{name}>{alts})(?:(?<![{_LETTER}])|(?![{_LETTER}]))"


def _space(value: Any, default: str = "optional") -> str:
    return _WS_REQUIRED if (value or default) == "required" else _WS_OPTIONAL


def _compile_template(kind: str, pattern: str, data: dict, connectors: list[dict], order: int,
                      range_dash: dict | None, flags: int) -> _Template:
    space = _space(data.get("space"), "required")
    month_words = [w for forms in data.get("month_names") or [] for w in forms]
    weekday_words = [w for forms in data.get("weekday_names") or [] for w in forms]
    suffixes = _alternatives(data.get("day_suffixes") or [])
    out = []
    pos = 0
    for m in _PLACEHOLDER.finditer(pattern):
        literal = pattern[pos:m.start()]
        out.append(_literal(literal, space))
        name, idx = m.group(1), m.group(2) or "1"
        group = f"{name}{idx}"
        if name == "day":
            out.append(f"(?P<{group}>[0-9]{{1,2}})(?![0-9])" + (f"(?:{suffixes})?" if suffixes else ""))
        elif name == "mm":
            out.append(f"(?P<{group}>[0-9]{{1,2}})(?![0-9])")
        elif name == "year":
            out.append(f"(?P<{group}>[0-9]{{4}})(?![0-9])")
        elif name == "month":
            out.append(_name_group(group, month_words))
        elif name == "weekday":
            out.append(_name_group(group, weekday_words))
        elif name == "sep":
            out.append(_sep_group(connectors, kind))
        else:
            raise ValueError(f"unknown placeholder {{{name}}} in date template {pattern!r}")
        pos = m.end()
    out.append(_literal(pattern[pos:], space))
    body = "".join(out)
    opens = [c for c in connectors if c.get("open") and kind in c.get("for", ("range", "period"))]
    open_part = ""
    if opens and "{sep}" in pattern:
        open_part = f"(?:(?P<open>{_alternatives(c['open'] for c in opens)}){_WS_OPTIONAL})?"
    source = _BEFORE + open_part + body + _AFTER
    # The longest literal of the template (`年`), unless it is mere punctuation.
    literals = [chunk for chunk in re.split(r"\{[a-z]+[12]?\}| +", pattern) if chunk.strip(" ,.")]
    needs = max(literals, key=len) if literals else ""
    return _Template(kind, pattern, source, flags, range_dash, order, "{month" in pattern, needs)


def _literal(text: str, space: str) -> str:
    parts = []
    for chunk in re.split(r"( +)", text):
        if not chunk:
            continue
        parts.append(space if chunk.startswith(" ") else re.escape(chunk))
    return "".join(parts)


def _sep_group(connectors: list[dict], kind: str) -> str:
    by_space: dict[str, set[str]] = {}
    for c in connectors:
        if kind in c.get("for", ("range", "period")):
            by_space.setdefault(_space(c.get("space")), set()).add(c["sep"])
    alts = [f"{ws}(?:{_alternatives(seps)}){ws}" for ws, seps in sorted(by_space.items())]
    return f"(?P<sep>{'|'.join(alts) or '(?!)'})"


@lru_cache(maxsize=None)
def compiled(language: str | None) -> _Compiled:
    """The date templates of a language, compiled once."""
    pack = language_pack(language)
    data = pack.get("dates") or {}
    ignore_case = bool(data.get("ignore_case"))
    flags = re.IGNORECASE if ignore_case else 0
    fold = (lambda s: s.casefold()) if ignore_case else (lambda s: s)
    connectors = [dict(c, sep=str(c["sep"])) for c in data.get("connectors") or [] if c.get("sep")]
    templates = []
    order = 0
    for kind in KINDS:
        for entry in (data.get("templates") or {}).get(kind) or []:
            pattern = entry["pattern"] if isinstance(entry, dict) else entry
            dash = entry.get("range_dash", data.get("range_dash")) if isinstance(entry, dict) else data.get("range_dash")
            templates.append(_compile_template(kind, pattern, data, connectors, order, dash, flags))
            order += 1
    months = {fold(w): i + 1 for i, forms in enumerate(data.get("month_names") or []) for w in forms}
    weekdays = {fold(w): i for i, forms in enumerate(data.get("weekday_names") or []) for w in forms}
    month_words = [w for forms in data.get("month_names") or [] for w in forms]
    trigger = re.compile(_alternatives(month_words), flags) if month_words else None
    return _Compiled(pack.get("language", language or "en"), data, tuple(templates), months, weekdays,
                     ignore_case, tuple(connectors), trigger)


# ------------------------------------------------------------------ scanning
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_EUROPEAN_DIGITS = {cp: ord("0") + (cp - base) for base in (0x0660, 0x06F0) for cp in range(base, base + 10)}

def scan(text: str, language: str | None) -> list[DateMatch]:
    """Every date, range and period in ``text``, left to right, not overlapping."""
    if not _DIGIT.search(text):  # every date form has a number: skip the templates
        return []
    # Arabic-Indic digits are tolerated: read as European digits (same length, same offsets).
    text = text.translate(_EUROPEAN_DIGITS)
    comp = compiled(language)
    candidates: list[tuple[int, int, int, DateMatch]] = []
    has_month = comp.month_trigger is None or comp.month_trigger.search(text) is not None
    folded = text.casefold() if comp.ignore_case else text
    for t in comp.templates:
        if (t.needs_month and not has_month) or (t.needs and _fold(comp, t.needs) not in folded):
            continue
        pos = 0
        while True:
            m = re.compile(t.source, t.flags).search(text, pos)  # (re caches compiled patterns)
            if m is None:
                break
            found = _build(comp, t, m)
            if found is None:  # not a valid pairing: try again just after this start
                pos = m.start() + 1
                continue
            candidates.append((found.start, -(found.end - found.start), t.order, found))
            pos = m.end() if m.end() > m.start() else m.start() + 1
    candidates.sort(key=lambda c: c[:3])
    out: list[DateMatch] = []
    reached = 0
    for start, _, _, found in candidates:
        if start >= reached:
            out.append(found)
            reached = found.end
    return out


def _fold(comp: _Compiled, s: str) -> str:
    return s.casefold() if comp.ignore_case else s


def _connector(comp: _Compiled, kind: str, sep: str, open_word: str | None) -> tuple[dict | None, bool]:
    """The connector entry for (open, sep) and whether the open word is out of place."""
    sep_f = _fold(comp, sep)
    open_f = _fold(comp, open_word) if open_word else ""
    fitting = [c for c in comp.connectors
               if _fold(comp, c["sep"]) == sep_f and kind in c.get("for", ("range", "period"))]
    for c in fitting:
        if _fold(comp, c.get("open") or "") == open_f:
            return c, False
    if open_word:
        for c in fitting:
            if not c.get("open"):
                return c, True
    return None, False


def _part(comp: _Compiled, m: re.Match, idx: str) -> DatePart | None:
    values: dict[str, Any] = {}
    starts, ends = [], []
    weekday_text = None
    for name in _PARTS:
        group = f"{name}{idx}"
        if group not in m.re.groupindex or m.group(group) is None:
            continue
        raw = m.group(group)
        starts.append(m.start(group))
        ends.append(m.end(group))
        if name == "month":
            values["month"] = comp.months.get(_fold(comp, raw))
        elif name == "mm":
            values["month"] = int(raw)
        elif name == "weekday":
            values["weekday"] = comp.weekdays.get(_fold(comp, raw))
            weekday_text = raw
        else:
            values[name] = int(raw)
    if not starts:
        return None
    s, e = min(starts), max(ends)
    return DatePart(values.get("day"), values.get("month"), values.get("year"), values.get("weekday"),
                    frozenset(values), s, e, m.string[s:e], weekday_text)


def _build(comp: _Compiled, t: _Template, m: re.Match) -> DateMatch | None:
    first = _part(comp, m, "1")
    if first is None:
        return None
    common = dict(kind=t.kind, text=m.group(0), start=m.start(), end=m.end(), template=t.pattern,
                  range_dash=t.range_dash, language=comp.language)
    if t.kind == "date":
        first.start, first.end, first.text = m.start(), m.end(), m.group(0)
        return DateMatch(first=first, last=first, **common)
    last = _part(comp, m, "2")
    if last is None:
        return None
    sep = m.group("sep")
    open_word = m.group("open") if "open" in m.re.groupindex else None
    connector, mismatch = _connector(comp, t.kind, sep.strip(), open_word)
    if connector is None:
        return None
    if t.kind == "period" and (first.year not in PERIOD_YEARS or last.year not in PERIOD_YEARS):
        return None
    # What is written on one end only belongs to both (5–9 June 2023).
    for name in ("year", "month", "day"):
        a, b = getattr(first, name), getattr(last, name)
        if a is None and b is not None:
            setattr(first, name, b)
        elif b is None and a is not None:
            setattr(last, name, a)
    # Each end runs from the connector to the edge of the match (`29 日` with its `日`).
    begin = m.end("open") if open_word else m.start()
    while begin < m.start("sep") and m.string[begin].isspace():
        begin += 1
    first.start, first.end, first.text = begin, m.start("sep"), m.string[begin:m.start("sep")]
    last.start, last.end, last.text = m.end("sep"), m.end(), m.string[m.end("sep"):m.end()]
    match = DateMatch(first=first, last=last, separator=sep, sep_start=m.start("sep"), sep_end=m.end("sep"),
                      connector=connector, open_mismatch=mismatch, **common)
    if open_word:
        match.open, match.open_start, match.open_end = open_word, m.start("open"), m.end("open")
    return match


# ------------------------------------------------------------------ documents
def find_dates(inline, language: str | None) -> list[DateMatch]:
    """The dates of one Inline, with source spans."""
    text = inline.text
    found = scan(text, language)
    for d in found:
        d.text = text[d.start:d.end]  # as written (scan reads Arabic-Indic digits as European)
        d.inline = inline
        d.span = inline.span_of(d.start, d.end)
        if d.sep_start is not None:
            d.separator_span = inline.span_of(d.sep_start, d.sep_end)
        if d.open_start is not None:
            d.open_span = inline.span_of(d.open_start, d.open_end)
    return found


def document_dates(doc) -> list[DateMatch]:
    """Every date, range and period of a document, in order (computed once per document)."""
    cached = doc.cache.get("dates")
    if cached is not None and doc.cache.get("dates.language", doc.language) == doc.language:
        return cached
    out: list[DateMatch] = []
    for block, inline in doc.inlines():
        if not inline.text:
            continue
        for d in find_dates(inline, doc.language):
            d.block = block
            out.append(d)
    doc.cache["dates"] = out
    doc.cache["dates.language"] = doc.language
    return out


# ------------------------------------------------------------------ writing
def month_name(language: str | None, month: int) -> str:
    names = compiled(language).data.get("month_names") or []
    if 1 <= month <= len(names) and names[month - 1]:
        return names[month - 1][0]
    return str(month)


def weekday_name(language: str | None, weekday: int) -> str:
    names = compiled(language).data.get("weekday_names") or []
    return names[weekday][0] if 0 <= weekday < len(names) and names[weekday] else str(weekday)


def render(language: str | None, pattern: str, first: DatePart, last: DatePart | None = None,
           sep: str | None = None) -> str:
    """Write values into a template, in the language's preferred forms (for messages)."""
    comp = compiled(language)
    space = " " if (comp.data.get("space") or "required") == "required" else ""
    last = last or first

    def value(m: re.Match) -> str:
        name, idx = m.group(1), m.group(2) or "1"
        part = first if idx == "1" else last
        if name == "sep":
            return sep or ""
        if name == "month":
            return month_name(language, part.month) if part.month else ""
        if name == "mm":
            return str(part.month or "")
        if name == "weekday":
            return weekday_name(language, part.weekday) if part.weekday is not None else ""
        v = getattr(part, name)
        return "" if v is None else str(v)

    out = []
    pos = 0
    for m in _PLACEHOLDER.finditer(pattern):
        out.append(pattern[pos:m.start()].replace(" ", space))
        out.append(value(m))
        pos = m.end()
    out.append(pattern[pos:].replace(" ", space))
    return "".join(out)


def full_range_template(language: str | None) -> str | None:
    """The first range template of a language: the one that writes every part."""
    for t in compiled(language).templates:
        if t.kind == "range":
            return t.pattern
    return None


def describe(language: str | None, part: DatePart) -> str:
    """One end written out in full in the language's date form (`29 December 2022`)."""
    comp = compiled(language)
    pattern = None
    for t in comp.templates:
        if t.kind != "date" or "{weekday" in t.pattern:
            continue
        names = {n for n, _ in _PLACEHOLDER.findall(t.pattern)}
        have = {"day" if part.day is not None else None, "year" if part.year is not None else None}
        want = {n for n in names if n in ("day", "year")}
        if want == have - {None}:
            pattern = t.pattern
            break
    if pattern is None:
        return f"{part.year or '?'}-{part.month or '?'}-{part.day or '?'}"
    return render(language, pattern, part)
