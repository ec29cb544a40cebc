from undoc_lint.analysis.footnotes import is_symbol_label
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule


class FootnoteOrder(Rule):
    """Footnotes are numbered 1, 2, 3 … in the order of their first reference.

    What it checks:
        Taking the footnote references in document order, the first
        reference of each footnote carries the next number: 1, then 2, then
        3. Only the first place where the numbering goes wrong is reported,
        not every later footnote that it shifts.

    Why:
        "Editors should check all indicator numbers against the footnotes to
        ensure that they correspond and that no numbers have been repeated
        incorrectly or skipped" (Editorial Manual, footnotes). Footnotes run
        consecutively through the whole document.

    Example:
        ```undoc fail lang=en
        1. *Welcomes* the report;[^1]

        2. *Notes* the note;[^3]

        3. *Recalls* the resolution.[^2]

        [^1]: A/75/1.
        [^2]: A/75/2.
        [^3]: A/75/3.
        ```
        ```expect
        3:21 FN004 expected [^2]
        ```
        ```undoc fixed
        1. *Welcomes* the report;[^1]

        2. *Notes* the note;[^2]

        3. *Recalls* the resolution.[^3]

        [^1]: A/75/1.
        [^3]: A/75/2.
        [^2]: A/75/3.
        ```
        ```undoc pass lang=zh
        1. 表示注意到报告；[^1]

        2. 回顾第 1/3 号决议[^2]。

        [^1]: HSP/OECPR.2021/4。
        [^2]: HSP/HA.1/Res.3。
        ```

    Fix safety:
        Safe: references and definitions are relabelled together by the
        order of first reference, so every reference keeps its text; the
        definitions stay where they are. No fix is offered while a label is
        not numeric, defined twice, or defined but never referenced.
    """

    code = "FN004"
    name = "footnote-order"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        order: list[str] = []
        first_ref = {}
        for ref in doc.footnote_refs:
            if is_symbol_label(ref.label):  # (`[^*]`: outside the numbered sequence)
                continue
            if ref.label not in first_ref:
                first_ref[ref.label] = ref
                order.append(ref.label)
        wrong = None
        for n, label in enumerate(order, start=1):
            if label != str(n):
                wrong = (n, label)
                break
        if wrong is None:
            return
        n, label = wrong
        ref = first_ref[label]
        yield self.diagnostic(ref.span, f"footnote [^{label}] is the {_ordinal(n)} footnote referenced: expected [^{n}]", self.renumber(doc, order))

    @staticmethod
    def renumber(doc, order):
        labels = [d.label for d in doc.footnote_defs if not is_symbol_label(d.label)]
        if not all(l.isdigit() for l in order) or len(set(labels)) != len(labels) or set(labels) - set(order):
            return None
        new = {old: str(i) for i, old in enumerate(order, start=1)}
        edits = [Edit(r.label_span.start, r.label_span.end, new[r.label]) for r in doc.footnote_refs if r.label in new and new[r.label] != r.label]
        edits += [Edit(d.label_span.start, d.label_span.end, new[d.label]) for d in doc.footnote_defs if d.label in new and new[d.label] != d.label]
        changes = ", ".join(f"[^{o}]→[^{n}]" for o, n in new.items() if o != n)
        return Fix(f"renumber footnotes by first reference: {changes}", tuple(edits))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
