from undoc_lint.analysis.numbering import all_runs, check_sequence, sequence_diagnostics
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class SubparagraphSequence(Rule):
    """Lettered and roman subparagraphs run (a), (b) … and (i), (ii) … within their parent.

    What it checks:
        Among the sibling items of one parent, a run of lettered markers
        counts (a) … (z), (aa), (bb) …, and a run of roman markers counts
        (i), (ii), (iii) …, each starting afresh under every parent. Whether
        (i), (v) or (x) is a letter or a roman numeral is decided by the
        parser: a letter right after (h), (u) or (w), roman otherwise. All
        marker styles count: (a), a) and a.

    Why:
        Subparagraph letters are cited ("paragraph 2 (c)") in every language
        version; a skipped or repeated letter breaks those references
        (Editorial Manual, paragraphs and subparagraphs).

    Example:
        ```undoc fail lang=en
        1. *Requests* the Executive Director:

        (a) To report;

        (c) To consult;

        (d) To act.
        ```
        ```expect
        5:1 NUM002 expected `(b)`
        ```
        ```undoc fixed
        1. *Requests* the Executive Director:

        (a) To report;

        (b) To consult;

        (c) To act.
        ```
        ```undoc pass lang=en
        1. *Requests* the Executive Director:

            (a) To report;
            (b) To consult:
                (i) Member States;
                (ii) Partners;
            (c) To act;
            (d) To plan;
            (e) To fund;
            (f) To staff;
            (g) To audit;
            (h) To review;
            (i) To publish.
        ```

    Fix safety:
        Safe: the markers of the run are renumbered in order, in their own
        style; nothing else changes.
    """

    code = "NUM002"
    name = "subparagraph-sequence"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        for run in all_runs(doc):
            if run[0].marker.kind not in ("letter", "roman"):
                continue
            markers = [item.marker for item in run]
            yield from sequence_diagnostics(self, markers, check_sequence(markers), "reletter")
