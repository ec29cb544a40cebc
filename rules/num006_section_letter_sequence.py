from undoc_lint.analysis.numbering import check_sequence, section_markers, sequence_diagnostics
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class SectionLetterSequence(Rule):
    """Lettered section headings `### (a)`, `### (b)` … run in order within their instrument.

    What it checks:
        The `###` (and, separately, `####`) headings of one instrument that
        begin with a lettered marker count (a), (b), (c) … with no gap,
        repeat or disorder; the count restarts in every `##` instrument
        (and, for `####`, under every `###`). Sections numbered in
        capitals, `### I.`, `### II.` (an omnibus resolution's parts) or
        `### A.`, `### B.`, count I, II, III … and A, B, C … the same way,
        when two or more sibling headings are so numbered (`I.` is a
        letter only right after `H.`); so do a report's `##` chapters.

    Why:
        Sections are cited by letter or number ("section (b) of
        recommendation 2021/4", "section II of resolution 77/263 A"); the
        seed's recommendations use them.

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

        ```undoc fail lang=es
        ## 78/253. Cuestiones especiales relativas al presupuesto

        ### I. Seguridad

        1. *Toma nota* del informe.

        ### III. Conferencias

        1. *Aprueba* el calendario.
        ```
        ```expect
        7:5 NUM006 expected `II.`
        ```

    Fix safety:
        Safe: only the letters or numbers of the section markers change.
    """

    code = "NUM006"
    name = "section-letter-sequence"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        groups = [doc.sections] + [s.sections for s in doc.walk_sections()]
        for sections in groups:
            if not sections:
                continue  # (a section with no sections in it: most of them)
            found = [m for m in section_markers(sections) if m is not None and m.kind in ("letter", "roman")]
            lower = [m for m in found if m.style != "upper"]
            if lower:
                yield from sequence_diagnostics(self, lower, check_sequence(lower), "reletter")
            # numbers in capitals, read from the heading's text: two at least (`### U.S. policy` alone is no list)
            for kind in ("roman", "letter"):
                upper = [m for m in found if m.style == "upper" and m.kind == kind]
                if len(upper) >= 2:
                    yield from sequence_diagnostics(self, upper, check_sequence(upper), "renumber")
