from undoc_lint.analysis.numbering import check_sequence, sequence_diagnostics
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class SectionLetterSequence(Rule):
    """Lettered section headings `### (a)`, `### (b)` … run in order within their instrument.

    What it checks:
        The `###` (and, separately, `####`) headings of one instrument that
        begin with a lettered marker count (a), (b), (c) … with no gap,
        repeat or disorder; the count restarts in every `##` instrument
        (and, for `####`, under every `###`).

    Why:
        Sections are cited by letter ("section (b) of recommendation
        2021/4"); the seed's recommendations use them.

    Example:
        ```undoc fail lang=zh
        ## 第 2021/4 号建议：日期和议程

        ### (a) 第二届会议的日期和议程

        1. 回顾决定；

        ### (c) 第二次会议的日期和议程

        2. 决定举行会议。
        ```
        ```expect
        7:5 NUM006 expected `(b)`
        ```
        ```undoc fixed
        ## 第 2021/4 号建议：日期和议程

        ### (a) 第二届会议的日期和议程

        1. 回顾决定；

        ### (b) 第二次会议的日期和议程

        2. 决定举行会议。
        ```
        ```undoc pass lang=en
        ## Recommendation 2021/1: One

        ### (a) First

        ### (b) Second

        ## Recommendation 2021/2: Two

        ### (a) First again
        ```

    Fix safety:
        Safe: only the letters of the section markers change.
    """

    code = "NUM006"
    name = "section-letter-sequence"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        groups = [doc.sections] + [s.sections for s in doc.walk_sections()]
        for sections in groups:
            markers = [s.heading.marker for s in sections if s.heading.marker is not None and s.heading.marker.kind in ("letter", "roman")]
            if not markers:
                continue
            yield from sequence_diagnostics(self, markers, check_sequence(markers), "reletter")
