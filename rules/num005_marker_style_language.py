from undoc_lint.analysis.numbering import all_runs
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.lang import language_pack
from undoc_lint.markers import format_marker
from undoc_lint.rule import Rule


class MarkerStyleLanguage(Rule):
    """Subparagraph markers use the style of the document's language: (a) in English and Chinese, a) in French and Spanish.

    What it checks:
        Lettered and roman subparagraph markers of the first and second
        degree use the style the language's UN editorial practice prescribes
        (`numbering.letter_style` in the language pack: `paren` for `(a)`,
        `rparen` for `a)`). The indented `a.` / `i.` markers of the third
        and fourth degree are not concerned, nor a list whose siblings mix
        styles (NUM004's).

    Why:
        The Editorial Manual gives `(a)` for English and `a)` for French and
        Spanish; a draft translated or pasted from another language version
        often keeps the wrong style.

    Example:
        ```undoc fail lang=en
        1. *Requests*:

        a) To report;

        b) To consult.
        ```
        ```expect
        3:1 NUM005 `(a)`
        5:1 NUM005 `(b)`
        ```
        ```undoc fixed
        1. *Requests*:

        (a) To report;

        (b) To consult.
        ```
        ```undoc pass lang=en
        1. *Requests*:

        (a) To report;

        (b) To consult.
        ```

    Fix safety:
        Safe: only the marker's punctuation changes.
    """

    code = "NUM005"
    name = "marker-style-language"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc):
        want_style = language_pack(doc.language).get("numbering", {}).get("letter_style")
        if want_style not in ("paren", "rparen"):
            return
        for run in all_runs(doc):
            if run[0].marker.kind not in ("letter", "roman"):
                continue  # (a run is of one kind: numbers, most of them, have no such style)
            if len({item.marker.style for item in run}) > 1:
                continue  # (siblings in two styles: NUM004's, which writes the language's when they use it)
            for item in run:
                m = item.marker
                if m.kind in ("letter", "roman") and m.style in ("paren", "rparen") and m.style != want_style and m.value:
                    want = format_marker(m.kind, want_style, m.value)
                    yield self.diagnostic(m.span, f"`{m.text}`: the UN style for this language ({doc.language or 'undetected'}) is `{want}`",
                                          Fix(f"write `{want}`", (Edit(m.span.start, m.span.end, want),)))
