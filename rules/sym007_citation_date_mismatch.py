import datetime as _dt
from bisect import bisect_left, bisect_right
from functools import lru_cache

from undoc_lint.analysis.bodies import assembly_session_window, document_body, year_from_july_window
from undoc_lint.analysis.citations import document_citations, footnote_symbols, names_own, pack_pattern
from undoc_lint.analysis.dates import describe, document_dates
from undoc_lint.analysis.symbol_check import data as symbol_data
from undoc_lint.diagnostics import Severity
from undoc_lint.lang import language_pack
from undoc_lint.rule import Rule

GAP_REACH = 40  # characters between a citation and its date at most (`, adopted on `)


class CitationDateMismatch(Rule):
    """A cited instrument's date of adoption contradicts its own number.

    What it checks:
        A citation followed by its date of adoption (`resolution 2573
        (2021) of 27 April 2021`, its digits and the date's read as ASCII
        when written full-width; what may stand between them is
        `adoption_date_gap` in the language pack), and each number of a
        list followed by its own (`resolutions 32/162 of 19 December 1977
        and 77/173 of 14 December 2022`): a Security Council
        resolution's year in brackets is the year of adoption; an
        instrument numbered by year (`decision 2021/3`, ECOSOC
        `resolution 2020/5`) is adopted in that year; a General Assembly
        resolution numbered by session (`75/224`) is adopted during that
        session, which opens in September of 1945 + the session's number
        and ends before the next one opens (a warning: resumed sessions).
        The Economic and Social Council's year begins in the July before
        it (`year_from_july` in symbols.yaml): a citation's body is the
        one it names, its footnote's, or the document's (front-matter
        `body` or `symbol`, or the acting body's short line at the top);
        an instrument numbered by year in an Assembly document may be the
        Council's. A resolution is the Assembly's only when the citation
        or its footnote says so (`Commission on Narcotic Drugs resolution
        66/1` names a body the pack does not list), or when a paragraph
        of an Assembly document opens with its verb and the possessive
        (`*Recalling* its resolutions 32/162 of …`, the preamble's usual
        form: the language's `own_lead`). What may stand between a
        citation and its date is the pack's `adoption_date_gap`; Chinese
        writes the date before the number (`2019年12月20日第73/240号决议`,
        a list each number with its own: `1977年12月19日第32/162号和…`),
        and gives `adoption_date_before_gap`.

    Why:
        A session number or year copied from the wrong instrument, or a
        date from another one, is a typical slip (un-domain.md §1.5); the
        number is what the footnote and every index use.

    Example:
        ```undoc fail lang=en
        *Recalling* Security Council resolution 2573 (2021) of 27 April 2020,
        ```
        ```expect
        1:13 SYM007 2021
        ```
        ```undoc pass lang=en
        *Recalling* its resolution 75/224 of 21 December 2020 and its decision 2021/3 of 30 March 2021,
        ```

    Fix safety:
        No fix: either the number or the date may be the wrong one.
    """

    code = "SYM007"
    name = "citation-date-mismatch"
    severity = Severity.ERROR

    def check(self, doc):
        gap, before = pack_pattern(doc.language, "adoption_date_gap"), pack_pattern(doc.language, "adoption_date_before_gap")
        if gap is None and before is None:
            return
        citations = document_citations(doc)
        if not citations:
            return
        by_inline: dict[int, tuple[list, list, list]] = {}  # id(inline) -> (its dates, their starts, their ends)
        for d in document_dates(doc):
            if d.kind == "date" and d.inline is not None:
                dates, starts, ends = by_inline.setdefault(id(d.inline), ([], [], []))
                dates.append(d)
                starts.append(d.start)
                ends.append(d.end)
        for c in citations:
            if id(c.inline) not in by_inline:
                continue
            dates, starts, ends = by_inline[id(c.inline)]
            text = c.inline.text
            for number, at, end in _number_spans(c, text):
                if gap is not None:
                    k = bisect_left(starts, end)  # (the first date after it: a line of 20,000 citations took seconds)
                    date = next((d for d in dates[k:k + 3] if d.start <= end + GAP_REACH and gap.match(text[end:d.start])), None)
                else:  # (zh `2019年12月20日第73/240号决议`: the date stands before the number)
                    k = bisect_right(ends, at) - 1 if at >= 0 else -1
                    date = dates[k] if k >= 0 and before.match(text[dates[k].end:at]) else None
                adopted = date.first.date() if date is not None else None
                if adopted is None:
                    continue
                found = self._contradiction(doc, c, number, adopted)
                if found:
                    what, expected, severity = found
                    cited, start = (c.text, c.start) if len(c.numbers) == 1 else (_one_number(doc.language, c.kind, number.text), end - len(number.text))
                    if gap is None:  # (the date, then the number)
                        start, stop = date.start, (c.end if len(c.numbers) == 1 else end)
                    else:
                        stop = date.end
                    yield self.diagnostic(c.inline.span_of(start, stop),
                                          f"`{cited}` {what}, but the date of its adoption given is "
                                          f"{describe(doc.language, date.first, date.digits)}: expected a date {expected}",
                                          severity=severity)

    @staticmethod
    def _contradiction(doc, c, number, adopted: _dt.date):
        """(what the number says, the dates it allows, a severity or None), or None."""
        if number.year is not None:  # Security Council: the year in brackets (P1)
            year = int(number.year)
            return None if year == adopted.year else (f"was adopted in {year}", f"in {year}", None)
        session = number.session
        if session is None or not session.isdigit():
            return None
        if len(session) == 4:  # numbered by year: `decision 2021/3`, ECOSOC `2020/5`
            year = int(session)
            if adopted.year == year:
                return None
            body = _body(doc, c)
            # (the Assembly numbers nothing by year: a `Council resolution 2023/30` in its documents
            # is most likely ECOSOC's, whose year begins in July)
            from_july = body in symbol_data().get("year_from_july", ())
            if from_july or body == "general-assembly":
                opens, closes = year_from_july_window(year)
                if opens <= adopted <= closes:
                    return None
                if from_july:
                    return f"is an instrument of the Council's year {year}", f"from July {year - 1} to July {year}", None
            return f"is an instrument of {year}", f"in {year}", None
        if int(session) < 31 or not _of_the_general_assembly(doc, c):  # (numbered by session since the 31st, 1976)
            return None
        opens, closes = assembly_session_window(int(session))
        if opens <= adopted <= closes:
            return None
        return (f"is of the General Assembly's session {session}",
                f"between September {opens.year} and September {closes.year}", Severity.WARNING)


def _one_number(language, kind: str, number: str) -> str:
    """One number of a list cited alone, as the language writes it (fr `résolution 32/162`, zh
    `第32/162号决议`: the pack's `one_number_form`, else the kind word and the number)."""
    form, word = _citation_form(language, kind)
    return form.replace("{kind}", word).replace("{number}", number)


@lru_cache(maxsize=None)
def _citation_form(language, kind: str) -> tuple[str, str]:
    citations = language_pack(language).get("citations") or {}
    words = (citations.get("kinds") or {}).get(kind) or (kind,)
    return citations.get("one_number_form") or "{kind} {number}", words[0]


def _of_the_general_assembly(doc, c) -> bool:
    """The citation names the General Assembly, or its footnote gives a General Assembly resolution,
    or it cites the acting body's own in an Assembly document (`*Recalling* its resolutions 32/162
    of …`: the language's `own_lead`). Not the document's body alone: `Commission on Narcotic Drugs
    resolution 66/1` names a body the language pack does not list, and reads as naming none."""
    if c.body is not None:
        return c.body == "general-assembly"
    res = footnote_symbols(doc, c).res if c.footnotes else ()
    if res:
        return any(m.body == "general-assembly" for _, m in res)
    return names_own(doc.language, c) and document_body(doc) == "general-assembly"


def _body(doc, c) -> str | None:
    """The body of a citation: named in it, else of its footnote's symbol, else (`its decision`)
    the document's own (analysis.bodies)."""
    if c.body is not None:
        return c.body
    found = next((m.body for _, m in footnote_symbols(doc, c).res), None) if c.footnotes else None
    return found if found is not None else document_body(doc)


def _number_spans(c, text: str):
    """(number, where it begins in the text or -1, where it ends) of each number of a citation: a
    list gives each its own date (`resolutions 32/162 of 19 December 1977 and 77/173 of 14 December
    2022`, zh `1977年12月19日第32/162号和2001年12月21日第56/206号决议`); the last, and a citation's
    only number, end where the citation does (`… of the General Assembly`)."""
    at = c.start
    for k, number in enumerate(c.numbers):
        found = text.find(number.text, at, c.end)
        if k == len(c.numbers) - 1:
            yield number, found, c.end
            return
        if found < 0:  # (written otherwise than read: a footnote reference inside it)
            return
        at = found + len(number.text)
        yield number, found, at
