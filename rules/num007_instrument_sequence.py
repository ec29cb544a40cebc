from dataclasses import dataclass

from undoc_lint.analysis.numbering import instrument_numbers
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class InstrumentSequence(Rule):
    """Instruments of one kind in a document are numbered in sequence with one prefix.

    What it checks:
        The `##` instrument headings are read with the language's heading
        patterns (`第 2021/1 号建议`, `Recommendation 2021/1`, `75/224.`;
        full-width digits, `第２０２１/１号建议`, are read as ASCII ones).
        For each kind (resolution, decision, recommendation), the numbers
        run 1..n in document order with no gap, repeat or disorder, and all
        carry the same prefix (the session or year: `2021/…`). A document
        may begin anywhere in the series (a single resolution 75/224 is a
        document of its own); option `require-start-at-one` demands that the
        first of each kind is number 1, as in a meeting's outcome document.
        The parts of an instrument issued in parts (`Resolution 75/100 A`,
        `Resolution 75/100 B`) share one number. Decisions run in series
        by hundreds (General Assembly 3xx for elections and appointments,
        4xx and 5xx for other matters; Human Rights Council 1xx; ECOSOC
        2xx: un-domain.md §3.4), so each hundred (101–200, 201–300 …) is a
        series of its own, which may begin anywhere like the document; so
        is each hundred of instruments whose heading names no kind
        (`## 55/115. …`, a Council's decision printed among its
        resolutions). The decisions of a Conference of the Parties
        (`Decision 1/CP.28`, `1/CMA.5`) are a series per body and session.

    Why:
        A meeting numbers its recommendations and decisions 2021/1,
        2021/2 … (UN-Habitat CPR; General Assembly `session/number`); a
        wrong prefix or number makes the instrument uncitable.

    Example:
        ```undoc fail lang=zh
        ## 第 2021/1 号建议：一

        ## 第 2021/3 号建议：二

        ## 第 2020/3 号建议：三

        ## 第 2021/1 号决定：选举
        ```
        ```expect
        3:6 NUM007 expected 2021/2
        5:6 NUM007 prefix
        ```
        ```undoc pass lang=en
        ## Recommendation 2023/1: One

        ## Recommendation 2023/2: Two

        ## Decision 2023/1: Election
        ```
        ```undoc pass lang=en
        ## Decision 78/303: Election of members of the Economic and Social Council

        ## Decision 78/401: Adoption of the agenda

        ## Decision 78/402: Allocation of items
        ```

    Fix safety:
        No fix: instrument numbers are assigned by the secretariat and
        cited elsewhere; renumbering them is an editorial decision.
    """

    code = "NUM007"
    name = "instrument-sequence"
    severity = Severity.ERROR

    @dataclass
    class Options:
        require_start_at_one: bool = False

    def check(self, doc):
        seen = {}  # series -> the previous instrument of that series
        for inst in instrument_numbers(doc):
            series = _series(inst)
            prev = seen.get(series)
            seen[series] = inst
            what = inst.kind.split(" (")[0] if inst.kind_written else "instrument"  # (`55/115.`: a decision among resolutions?)
            if prev is None:
                first = series[1] * 100 + 1 if isinstance(series[1], int) else 1  # (78/401: the series of 401–500)
                if inst.number != first and self.options.require_start_at_one:
                    yield self.diagnostic(inst.span, f"the first {what} is numbered {inst.label()}: expected {inst.label(first)}")
                continue
            if inst.part and prev.part and (inst.prefix, inst.number) == (prev.prefix, prev.number) and inst.part != prev.part:
                continue  # the next part of one instrument (75/100 A, then 75/100 B): one number
            if inst.same_prefix and inst.prefix != prev.prefix:
                seen[series] = prev  # keep counting in the document's own prefix
                yield self.diagnostic(inst.span, f"{what} {inst.label()} has the prefix {inst.prefix}, but the previous "
                                      f"{what} has {prev.prefix}: expected {prev.label(prev.number + 1)}")
            elif inst.number < prev.number:  # (2021/1, 2021/3, 2021/2: "expected 2021/4" named one that is not there)
                yield self.diagnostic(inst.span, f"{what} {inst.label()} follows {prev.label()}: out of order; expected "
                                                 f"{inst.label()} before {prev.label()}")
            elif inst.number != prev.number + 1:
                yield self.diagnostic(inst.span, f"{what} {inst.label()} follows {prev.label()}: expected {prev.label(prev.number + 1)}")


def _series(inst) -> tuple:
    """The series an instrument is counted in: its kind, and for decisions (and instruments
    whose heading names no kind) the hundred its number falls in (301–400: `78/3xx`)."""
    if inst.number_first:  # (`1/CP.28`, `1/CMA.5`: each body's decisions are a series of their own)
        return inst.kind, inst.prefix.split(".")[0]
    if inst.kind.startswith("decision") or not inst.kind_written:
        return inst.kind, (inst.number - 1) // 100
    return inst.kind, None
