from functools import lru_cache

import datetime as _dt

from undoc_lint import regexes
from undoc_lint.analysis.bodies import assembly_session_window, year_from_july_window
from undoc_lint.analysis.citations import meaning
from undoc_lint.analysis.symbol_check import data as symbol_data
from undoc_lint.analysis.symbols import document_symbols
from undoc_lint.diagnostics import Severity
from undoc_lint.frontmatter import declared_dates, iso_dates
from undoc_lint.rule import Rule


@lru_cache(maxsize=1)
def _session_year():
    """A component that joins a body to the year of its sessions (`EB.2023`, `OECPR.2021`)."""
    bodies = "|".join(sorted(symbol_data().get("year_bodies") or (), key=len, reverse=True)) or "(?!)"
    return regexes.compile(rf"(?:^|/)(?:{bodies})\.(?P<year>[0-9]{{4}})(?=/)")


class SymbolSessionYear(Rule):
    """The document's own symbol names another year than its meeting's dates.

    What it checks:
        When the front matter has valid `dates` and its `symbol` is of a
        body numbered by year (`HSP/EB.2023/10`, `HSP/OECPR.2021/8`:
        `year_bodies` in symbols.yaml), the year in the symbol is the year
        of the first or of the last day. When the symbol is a resolution's
        (`resolution_symbols` in symbols.yaml), its number tells when it
        was adopted, and the first or the last day must be then: a
        Security Council resolution's year (`S/RES/2722 (2024)`); a General
        Assembly session (`A/RES/78/300`: from September 2023 to September
        2024); the Economic and Social Council's year (`E/RES/2024/5`: from
        July 2023 to the end of 2024; `year_from_july`).

    Why:
        A body numbered by year puts the year of its sessions in the symbol
        of each of their documents. A draft begun from last year's outcome
        keeps last year's symbol unless someone remembers it; the dates are
        usually the part that was updated.

    Example:
        ```undoc fail lang=en
        ---
        symbol: HSP/EB.2022/10
        dates: 2023-03-28/2023-03-30
        language: en
        ---

        1. *Decides* to continue.
        ```
        ```expect
        2:16 SYM008 2022
        ```
        ```undoc pass lang=en
        ---
        symbol: HSP/EB.2023/10
        dates: 2023-03-28/2023-03-30
        language: en
        ---

        1. *Decides* to continue.
        ```

    Fix safety:
        No fix: either the symbol or the dates may be the wrong one.
    """

    code = "SYM008"
    name = "symbol-session-year"
    severity = Severity.WARNING

    def check(self, doc):
        found = declared_dates(doc)
        if found is None:
            return  # (none, or malformed: SYN008)
        entry, dates = found
        own = document_symbols(doc).front_matter
        if own is None or not own.valid or own.span is None:
            return  # (SYM004 reports a malformed symbol)
        m = _session_year().search(own.text)
        if m is None:
            found = _adoption_window(own)
            if found is not None and not any(found[1] <= day <= found[2] for day in dates):
                yield self.diagnostic(
                    own.span, f"the symbol `{own.text}` is of a resolution adopted {found[0]}, but the front-matter "
                    f"`dates` (line {entry.value_span.line}) are {iso_dates(dates)}: expected a day of the meeting then "
                    f"(a symbol or dates left from another session?)")
            return
        year = int(m.group("year"))
        if year in (dates[0].year, dates[1].year):
            return
        when = str(dates[0].year) if dates[0].year == dates[1].year else f"{dates[0].year}–{dates[1].year}"
        span = own.span  # (the year itself, where the value stands as written)
        if own.exact:
            span = doc.span(span.start + m.start("year"), span.start + m.end("year"))
        yield self.diagnostic(
            span,
            f"the symbol `{own.text}` names the sessions of {year}, but the front-matter `dates` "
            f"(line {entry.value_span.line}) are in {when}: expected the year of the meeting "
            f"in both (a symbol or dates left from another session?)")


def _adoption_window(own) -> tuple[str, _dt.date, _dt.date] | None:
    """(when, first day, last day) a resolution of this symbol is adopted, or None (not a
    resolution's symbol, or one whose number does not tell)."""
    m = meaning(own.check.normalized or own.text)
    if m.kind != "resolution":
        return None
    if m.year is not None:  # the Security Council: the year in brackets
        year = int(m.year)
        return f"in {year}", _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    session = m.session or ""
    if m.body == "general-assembly" and session.isdigit() and int(session) >= 31:  # (by session since 1976)
        opens, closes = assembly_session_window(int(session))
        return f"in the General Assembly's session {session} (September {opens.year} to September {closes.year})", \
            opens, closes
    if m.body in (symbol_data().get("year_from_july") or ()) and len(session) == 4 and session.isdigit():
        year = int(session)
        return f"in the Council's year {year} (from July {year - 1})", *year_from_july_window(year)
    return None
