from undoc_lint.analysis.bodies import document_body
from undoc_lint.analysis.numbering import instrument_numbers
from undoc_lint.analysis.symbol_check import data as symbol_data
from undoc_lint.diagnostics import Severity
from undoc_lint.frontmatter import declared_dates
from undoc_lint.rule import Rule

YEARS = range(1946, 2200)  # a prefix of four digits in these is a year (`2021/1`), not a session (`75/224`)


class InstrumentYear(Rule):
    """Instruments numbered by year carry another year than the meeting's.

    What it checks:
        When the front matter has valid `dates`, each kind of instrument
        numbered by year (`Decision 2023/1`, `第 2021/1 号建议`, also in
        full-width digits, `第２０２１/１号建议`) carries the
        year of the first or of the last day. For a body whose year begins
        in the July before it (the Economic and Social Council:
        `year_from_july` in symbols.yaml), a meeting from July on may
        adopt instruments of the next year; the document's body is its
        front matter's `body`, else its `symbol` (`E/RES/…`, `E/2024/…`;
        not `E/ICEF/…`, UNICEF's board: `document_body_by_symbol` in
        symbols.yaml), else the acting body's line. Instruments numbered by session
        (`75/224`) are not concerned. One report for each kind: the first
        instrument that carries another year, with how many more do.

    Why:
        A meeting numbers the instruments it adopts by the year (UN-Habitat
        Executive Board and CPR decisions and recommendations, ECOSOC
        resolutions). A draft begun from last year's outcome keeps last
        year's numbers unless someone remembers them; NUM007 sees nothing
        wrong when all of them carry the same wrong year.

    Example:
        ```undoc fail lang=en
        ---
        dates: 2023-03-28/2023-03-30
        language: en
        ---

        ## Decision 2022/1: One

        ## Decision 2022/2: Two
        ```
        ```expect
        6:13 NUM010 2022/1
        ```
        ```undoc pass lang=zh
        ---
        dates: 2021-06-29/2021-07-01
        language: zh
        ---

        ## 第 2021/1 号建议：一
        ```

    Fix safety:
        No fix: either the numbers or the dates may be the wrong ones.
    """

    code = "NUM010"
    name = "instrument-year"
    severity = Severity.WARNING

    def check(self, doc):
        found = declared_dates(doc)
        if found is None:
            return  # (none, or malformed: SYN008)
        entry, dates = found
        allowed = {dates[0].year, dates[1].year}
        wrong: dict[str, list] = {}
        for inst in instrument_numbers(doc):
            if inst.same_prefix and not inst.number_first and inst.prefix.isascii() and inst.prefix.isdigit() \
                    and int(inst.prefix) in YEARS and int(inst.prefix) not in allowed:
                wrong.setdefault(inst.kind, []).append(inst)
        if not wrong:
            return
        if dates[1].month >= 7 and document_body(doc) in (symbol_data().get("year_from_july") or ()):
            allowed.add(dates[1].year + 1)  # (looked up only now: reading the body costs more than the rest)
            wrong = {k: kept for k, v in wrong.items() if (kept := [i for i in v if int(i.prefix) not in allowed])}
        when = " or ".join(map(str, sorted(allowed)))
        for kind, found in wrong.items():
            first = found[0]
            n = len(found) - 1
            more = f" (and {n} more {kind}{'s' if n > 1 else ''})" if n else ""
            yield self.diagnostic(first.span, f"{kind} {first.label()}{more} carries the year {first.prefix}, but the "
                                              f"front-matter `dates` (line {entry.value_span.line}) are of {when}: "
                                              f"expected the year of the meeting (numbers left from another session?)")
