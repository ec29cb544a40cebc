from dataclasses import dataclass

from undoc_lint.analysis.numbering import instrument_numbers
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class InstrumentSequence(Rule):
    """Instruments of one kind in a document are numbered in sequence with one prefix.

    What it checks:
        The `##` instrument headings are read with the language's heading
        patterns (`第 2021/1 号建议`, `Recommendation 2021/1`, `75/224.`).
        For each kind (resolution, decision, recommendation), the numbers
        run 1..n in document order with no gap, repeat or disorder, and all
        carry the same prefix (the session or year: `2021/…`). A document
        may begin anywhere in the series (a single resolution 75/224 is a
        document of its own); option `require-start-at-one` demands that the
        first of each kind is number 1, as in a meeting's outcome document.
        The parts of an instrument issued in parts (`Resolution 75/100 A`,
        `Resolution 75/100 B`) share one number.

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
        seen = {}  # kind -> the previous instrument of that kind
        for inst in instrument_numbers(doc):
            prev = seen.get(inst.kind)
            seen[inst.kind] = inst
            if prev is None:
                if inst.number != 1 and self.options.require_start_at_one:
                    yield self.diagnostic(inst.span, f"the first {inst.kind} is numbered {inst.label()}: expected {inst.label(1)}")
                continue
            if inst.part and prev.part and (inst.prefix, inst.number) == (prev.prefix, prev.number) and inst.part != prev.part:
                continue  # the next part of one instrument (75/100 A, then 75/100 B): one number
            if inst.same_prefix and inst.prefix != prev.prefix:
                seen[inst.kind] = prev  # keep counting in the document's own prefix
                yield self.diagnostic(inst.span, f"{inst.kind} {inst.label()} has the prefix {inst.prefix}, but the previous "
                                      f"{inst.kind} has {prev.prefix}: expected {prev.label(prev.number + 1)}")
            elif inst.number != prev.number + 1:
                yield self.diagnostic(inst.span, f"{inst.kind} {inst.label()} follows {prev.label()}: expected {prev.label(prev.number + 1)}")
