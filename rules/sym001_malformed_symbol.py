from undoc_lint.analysis.symbols import document_symbols
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class MalformedSymbol(Rule):
    """A document symbol does not follow the symbol grammar.

    What it checks:
        Every document symbol in the text, headings, items, footnotes and
        free-text front-matter values (a token that begins with an
        upper-case series such as `A`, `S`,
        `HSP` or `UNEP` and an oblique stroke) against the syntax of UN
        symbols: components separated by `/` with no spaces, `L.`, `CRP.`,
        `Add.`, `Rev.`, `C.1`, `CN.6` with their dot, `INF/`, `RES/` with
        their stroke, no trailing stroke, no hyphens for strokes. A symbol
        written in file-name style, every stroke a hyphen, is found for the
        series of `hyphen_form_series` in `symbols.yaml` whenever it has a
        number (`HSP-OECPR-2025-3`), and for any other known series when,
        written with strokes, it is a valid symbol with a component that
        only symbols have (`A-RES-75-224`, `A-C.1-76-L.5`, `E-CN.6-2021-L.3`:
        `RES`, `INF`, `L.5`, `C.1` …); hyphenated words and codes are left
        alone (`COVID-19`, `SDG-11`, `G-77`, `A-RES`, `A-75-224`,
        `S-300-PMU`). Sentence
        punctuation after a symbol (`A/RES/75/224.`) is not part of it. A
        joint symbol (`A/75/719-S/2021/18`, a letter to two organs) is two
        symbols, each checked on its own. Symbols are ASCII: digits written
        full-width (`A/RES/７５/２２４`, `HSP/HA.１/Res.３`, as a CJK input
        method types them or a PDF's text layer holds them), a full-width
        stroke `／` or full-width brackets `（）` are reported; a token with
        full-width digits is read as a symbol only after a known series
        (not `HIV/２型`). The profile rules of a well-formed
        symbol are SYM002's, the front-matter `symbol` SYM004's.

    Why:
        Punctuation is part of each component of a symbol and must match
        exactly (Dag Hammarskjöld Library, "UN Document Symbols"); a
        malformed symbol (`HSP/OECPR/2023/CRP1`, `A/76/L.1/Rev1`) does not
        find its document in ODS or undocs.org.

    Example:
        ```undoc fail lang=en
        1. *Takes note* of the revised draft.[^1]

        [^1]: A/76/L.1/Rev1.
        ```
        ```expect
        3:7 SYM001 `Rev1` lacks the dot
        ```
        ```undoc fixed
        1. *Takes note* of the revised draft.[^1]

        [^1]: A/76/L.1/Rev.1.
        ```
        ```undoc fail lang=en
        *Recalling* its resolution 75/224 (see A-RES-75-224),
        ```
        ```expect
        1:40 SYM001 hyphens `-` stand where a symbol has oblique strokes
        ```
        ```undoc fixed
        *Recalling* its resolution 75/224 (see A/RES/75/224),
        ```
        ```undoc pass lang=en
        1. *Calls* for action on COVID-19, SDG-11 and ISO-3166-1 by the G-77 in 2020-2023.
        ```
        ```undoc fail lang=zh
        1. 回顾第 1/3 号决议；[^1]

        [^1]: HSP/HA.１/Res.３。
        ```
        ```expect
        3:7 SYM001 expected `HSP/HA.1/Res.3`
        ```
        ```undoc fixed
        1. 回顾第 1/3 号决议；[^1]

        [^1]: HSP/HA.1/Res.3。
        ```
        ```undoc pass lang=zh
        1. 表示注意到报告；[^1]

        [^1]: HSP/OECPR.2021/4。
        ```

    Fix safety:
        Safe when the intended symbol is certain (a missing dot, a space or
        a hyphen where a stroke belongs, `INF.1` for `INF/1`, full-width
        digits, strokes or brackets written in ASCII when that makes a
        valid symbol: `A/RES/７５/２２４` -> `A/RES/75/224`; a symbol in
        file-name style with a component only symbols have, `A-RES-75-224`
        -> `A/RES/75/224`, since only the separators change); unsafe for
        one without (`HSP-OECPR-2025-3`: `UNEP-WCMC-2023-5` may be a
        project's code), and when a
        letter is read as a digit (`l2` as `L.2`, `2O21` as `2021`). No fix
        when a component cannot be recognised, nor for a stroke that the
        symbol seems to go on after (`A/RES/75/—224`, full-width letters, a
        line break): what was meant there is not known.
    """

    code = "SYM001"
    name = "malformed-symbol"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        for s in document_symbols(doc).found:
            if not s.check.problems or not s.check.syntax_problems:  # (most symbols have none: no tuple made)
                continue
            rest = s.wrapped_rest
            if rest:  # (`A/RES/⏎75/224`: the line was wrapped inside the symbol; nothing else is wrong)
                yield self.diagnostic(s.span, f"symbol `{s.text}\u23ce{rest}` is broken over two lines after a stroke; "
                                              f"a symbol stays on one line (a line break reads as a space): `{s.text}{rest}`")
                continue
            # (what was meant after a cut is not known: no fix then)
            yield self.diagnostic(s.span, s.check.describe(), fix=None if s.cut_short else s.correction())
