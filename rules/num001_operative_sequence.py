from dataclasses import dataclass
from typing import Literal

from undoc_lint.analysis.numbering import (check_sequence, fullwidth_markers, instrument_of, instrument_references,
                                          operative_scopes, referred_values)
from undoc_lint.diagnostics import Fix, Severity
from undoc_lint.rule import Rule


class OperativeSequence(Rule):
    """Operative paragraphs are numbered 1, 2, 3 … with no gap, repeat or disorder.

    What it checks:
        The numbered paragraphs at column 0 of each `##` instrument (or of
        the whole document when it has no `##` headings, as in reports) run
        1..n. At a `###`/`####` section heading the numbering may run on or
        restart at 1, both being UN practice (the seed runs on; omnibus
        resolutions such as A/RES/56/206 restart in every section); option
        `sections` can require one of them. A `##` heading that is not an
        instrument heading of the language (`## II. Organizational
        matters`, a chapter of a report) counts as such a section heading,
        and a heading that names one instrument printed inside a report
        (`### Draft resolution I: …`, the language's `embedded_heading`) numbers
        its paragraphs on its own, the report's numbering running on after it.
        Option `scope: document` numbers straight through all instruments. A single operative paragraph left
        unnumbered is fine: it is not an item.

    Why:
        Paragraph numbers are how every language version and every later
        document refers to the text ("paragraph 3 of decision 2020/5"); a
        gap or a repeat breaks those references.

    Example:
        ```undoc fail lang=en
        ## Recommendation 2021/1: Example

        1. *Welcomes* the report;

        3. *Decides* to continue.

        4. *Requests* a report.
        ```
        ```expect
        5:1 NUM001 expected 2
        ```
        ```undoc fixed
        ## Recommendation 2021/1: Example

        1. *Welcomes* the report;

        2. *Decides* to continue.

        3. *Requests* a report.
        ```
        ```undoc pass lang=zh
        ## 第 2021/1 号建议：示例

        ### (a) 第一节

        1. 表示注意到报告；

        ### (b) 第二节

        2. 请执行主任报告。
        ```

    Fix safety:
        Safe: the fix renumbers the markers of the scope in order (keeping a
        restart at a section heading where the text restarted; a section
        whose first number is neither restarts when every section before it
        in the scope did, as in an omnibus resolution, and runs on
        otherwise) and changes nothing else. Cross-references in the text ("paragraph 5 above") are
        not rewritten: unsafe when the text refers to a paragraph whose
        number the fix changes (`paragraph_reference` in the language pack),
        or cites it by its instrument's number from elsewhere (`paragraph 3
        of decision 2024/1`: `paragraph_reference_of`), and the fix says
        which. Unsafe too when numbering every section on (or every one
        afresh) changes fewer markers than keeping
        each restart as written (that renumbering is then the one offered),
        and when a paragraph number looks like a year (a wrapped line that
        began `2015.`).
    """

    code = "NUM001"
    name = "operative-sequence"
    severity = Severity.ERROR
    fixable = True

    @dataclass
    class Options:
        scope: Literal["instrument", "document"] = "instrument"
        sections: Literal["either", "run-on", "restart"] = "either"

    def check(self, doc):
        for scope in operative_scopes(doc, self.options.scope):
            markers = [op.item.marker for op in scope]
            restarts = [op.opens_section for op in scope]
            result = check_sequence(markers, restarts, self.options.sections)
            if not result.problems:
                continue
            fixing, safe = _fewest_changes(result, markers, restarts, self.options.sections)
            # (a year that began a wrapped line, `2015. It remains …`, is read as a paragraph number)
            safe = safe and not any(_year_like(m, ok) for m, ok, _ in result.problems)
            # (`paragraph 4 above` would point at another paragraph once 4 is renumbered)
            referred = referred_values(doc, markers, fixing.edits, "paragraph_reference", _cited_in(doc, scope))
            how = ""
            if referred:
                safe = False
                how = f" (the text refers to paragraph{'s' if len(referred) > 1 else ''} {' and '.join(map(str, referred))}: check its references)"
            for n, (marker, ok, prev) in enumerate(result.reported(fixing.edits)):
                after = f"after paragraph {prev}" if prev is not None else "as the first paragraph"
                message = f"paragraph numbered {marker.value} {after}: expected {' or '.join(map(str, ok))}"
                if _year_like(marker, ok):
                    message += f" (a year that began a wrapped line? write `\\{marker.text}` to keep it text)"
                # (no fix while a full-width `３.` is read as text: NUM008's first, or the count is off)
                alike = "" if fixing is result else " (numbering the sections alike: fewer changes)"
                fix = Fix(f"renumber paragraphs {', '.join(fixing.changes)}{alike}{how}", tuple(fixing.edits), safe=safe) \
                    if n == 0 and fixing.edits and not fullwidth_markers(doc) else None
                yield self.diagnostic(marker.span, message, fix)


def _cited_in(doc, scope) -> set[int]:
    """The paragraphs of the scope's instrument that the text cites by its number (`paragraph 3
    of decision 2024/1`, from another instrument of the document)."""
    refs = instrument_references(doc)
    inst = instrument_of(doc, scope[0].item) if refs else None
    if inst is None or not inst.prefix.isdigit():
        return set()
    return refs.get((int(inst.prefix), inst.number), set())


def _year_like(marker, ok) -> bool:
    """A paragraph number that is more likely a year a wrapped line began with: four digits, far
    from the number expected there (a long document's paragraph 1200 is none)."""
    return 1000 <= marker.value <= 2999 and min(abs(marker.value - v) for v in ok) > 100


def _fewest_changes(result, markers, restarts, mode):
    """The renumbering that changes fewest markers, and whether it is safe: where a section
    heading allows both a restart and a run-on, renumbering keeps each written value it can
    (the result), but numbering all sections on, or all afresh, may change fewer; that one is
    then offered, unsafe (`(b) 1. 3.`, `(c) 4.`: `1.` was the typo, not `3.` and `4.`)."""
    if mode != "either" or not any(restarts):
        return result, True
    best = result
    for other in (check_sequence(markers, restarts, "run-on"), check_sequence(markers, restarts, "restart")):
        if len(other.edits) < len(best.edits):
            best = other
    return best, best is result
