from undoc_lint.analysis.symbols import document_symbols
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class FrontMatterSymbol(Rule):
    """The front-matter `symbol` is not a valid document symbol.

    What it checks:
        The value of `symbol:` in the front matter, the document's own
        symbol, against the syntax and the profile rules of UN symbols
        (as SYM001 and SYM002 check symbols in the text), as a bare value:
        trailing punctuation or whitespace is part of the value and wrong.

    Why:
        The front-matter symbol identifies the draft (exports, file names,
        the masthead); it has to be exactly the symbol of the document.

    Example:
        ```undoc fail lang=en
        ---
        symbol: HSP/OECPR.2021/INF.1
        language: en
        ---

        1. *Decides* to continue.
        ```
        ```expect
        2:9 SYM004 `INF` takes an oblique stroke
        ```
        ```undoc fixed
        ---
        symbol: HSP/OECPR.2021/INF/1
        language: en
        ---

        1. *Decides* to continue.
        ```
        ```undoc pass lang=zh
        ---
        symbol: HSP/OECPR.2021/8
        language: zh
        ---

        1. 决定继续。
        ```

    Fix safety:
        Safe when the intended symbol is certain; unsafe when a letter is
        read as a digit. No fix when it cannot be inferred.
    """

    code = "SYM004"
    name = "front-matter-symbol"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        ds = document_symbols(doc)
        if doc.front_matter is None or "symbol" not in doc.front_matter.entries:
            return
        entry = doc.front_matter.entries["symbol"]
        if ds.front_matter is None:
            if entry.value is not None:
                yield self.diagnostic(entry.value_span,
                                      f"front-matter `symbol` is {entry.value!r}, not text; expected a document symbol such as `A/RES/75/224`")
            return
        s = ds.front_matter
        if s.valid:
            return
        yield self.diagnostic(s.span, "front-matter " + s.check.describe(), fix=s.correction())
