from undoc_lint.analysis.citations import (document_citations, expected_symbol, footnote_symbols, in_report_clause,
                                           is_bare_symbol_footnote)
from undoc_lint.diagnostics import Severity
from undoc_lint.model import OBJECT_REPLACEMENT
from undoc_lint.lang import language_pack
from undoc_lint.rule import Rule


class ReportSymbolForResolution(Rule):
    """A cited resolution's footnote gives a report symbol, not the resolution's.

    What it checks:
        A citation of a resolution (`resolution 75/224`, `第 75/224 号决议`)
        directly followed by a footnote that is only a symbol without
        `RES`/`Res` of a series that issues resolution symbols (`A/`,
        `A/HRC/`, `S/`, `E/`, `UNEP/EA.`, `HSP/HA.`), e.g. `A/75/224`
        (un-domain.md §1.4, P6). Footnotes that cite an Official Records
        supplement, and any citation of a decision, are left alone; so is a
        report whose numbers are not the resolution's when punctuation stands
        between the citation and the footnote (`the report on the
        implementation of resolution 75/224.[^1]` with `A/76/250`: the
        footnote cites the report the sentence is about), or when the word
        "report" (language data, `report_words`) stands earlier in the
        citation's clause (`du rapport sur l'application de la résolution
        75/224[^1].`: French puts the call before the full stop).

    Why:
        `A/75/224` is a valid symbol, but of a report: not the same
        document as resolution 75/224 (`A/RES/75/224`). The mix-up is easy
        to make and hard to see; since a report can be what is meant, this
        is a warning.

    Example:
        ```undoc fail lang=en
        *Recalling* its resolution 75/224,[^1]

        [^1]: A/75/224.
        ```
        ```expect
        1:17 SYM006 `A/RES/75/224`
        ```
        ```undoc pass lang=en
        *Taking note* of the report of the Secretary-General,[^1]

        [^1]: A/75/224.
        ```
        ```undoc pass lang=fr
        *Prend note* du rapport sur l'application de la résolution 75/224[^1].

        [^1]: A/76/250.
        ```

    Fix safety:
        No fix: the footnote may cite the report on purpose.
    """

    code = "SYM006"
    name = "report-symbol-for-resolution"
    severity = Severity.WARNING

    @staticmethod
    def _bare(doc, footnote, symbols, lead) -> bool:
        key = ("sym006.bare", id(footnote))  # (a footnote's answer is the same for every citation)
        if key not in doc.cache:
            doc.cache[key] = is_bare_symbol_footnote(footnote, symbols, lead)
        return doc.cache[key]

    def check(self, doc):
        lead = tuple(language_pack(doc.language).get("citations", {}).get("footnote_lead_words", []))
        for c in document_citations(doc):
            if c.kind != "resolution" or not c.symbols or c.via_clause:  # (after a clause: what it names)
                continue
            fs = footnote_symbols(doc, c)  # (once for each footnote, however many citations share it)
            if fs.res or fs.dec or fs.report is None or not all(self._bare(doc, f, c.symbols, lead) for f in c.footnotes):
                continue
            s, body = fs.report
            if not _same_numbers(s.check.normalized, c.numbers) and (
                    c.inline.text[c.end:c.end + 1] != OBJECT_REPLACEMENT or in_report_clause(doc.language, c)):
                continue
            expected = expected_symbol(c.numbers[0], c.body or body, c.year_space)
            if expected is None and body and not c.body:
                continue  # (the report's body numbers no resolution so: `68/1` and an ECOSOC report `E/2024/27`)
            tail = f"; the resolution's symbol would be `{expected}`" if expected else ""
            yield self.diagnostic(
                c.span,
                f"`{c.text}` cites a resolution, but footnote {c.ref_labels} gives `{s.shown}`, a report symbol without RES{tail}")


def _same_numbers(symbol: str, numbers) -> bool:
    """Whether a report symbol ends in a cited number (`A/75/224` for 75/224, `UNEP/EA.5/14` for 5/14)."""
    parts = symbol.split("/")
    return any(parts[-1] == n.number and (n.session is None or any(p == n.session or p.endswith("." + n.session)
                                                                    for p in parts[:-1]))
               for n in numbers)
