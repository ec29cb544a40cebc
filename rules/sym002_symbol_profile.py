from undoc_lint.analysis.symbols import document_symbols
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class SymbolProfile(Rule):
    """A well-formed document symbol breaks a rule of its series (RES/Res, modifier case, year).

    What it checks:
        The profile rules of un-domain.md §1.4 for symbols in the text,
        headings, items and footnotes whose syntax is otherwise right:

        * P1: a Security Council resolution carries its year in
          parentheses, `S/RES/2334 (2016)`; the space before the year
          follows the language of the document (`symbol_year_space` in the
          language pack: Chinese documents write `S/RES/2326(2016)`);
        * P3: New York series write `RES/` (`A/RES/75/224`), the Nairobi
          assemblies `Res.` (`UNEP/EA.5/Res.14`, `HSP/HA.1/Res.3`); the year
          of `HSP/EB.2020/…` and `HSP/OECPR.2021/…` joins with a dot;
        * P4: modifiers are mixed case, `Add.1`, `Rev.1`, not `ADD.1`
          (an ODS metadata artefact);
        * P2: a resolution numbered by session takes no roman session;
        * a New York series' resolution symbol has its numbers:
          `A/RES/75`, `E/RES/2020` and `A/HRC/RES/37` are cut short
          (`resolution_symbols` in `symbols.yaml`);
        * and `RES` before the session: a General Assembly resolution is
          `A/RES/<session>/<number>`, so `A/75/RES/224` is
          `A/RES/75/224` (likewise `A/HRC/37/RES/4`, `E/2020/RES/5`; the
          shapes are the `resolution_symbols` of `symbols.yaml`). The
          grammar alone reads `A/75/RES/224` (a session, then `RES/224` as
          the document type of `HSP/GC/24/INF/6`), so this is the
          profile's.

    Why:
        The symbol printed on the document is the one to cite; `ADD.`,
        `A/Res/` and `UNEP/EA.5/RES.14` are copies of metadata or web pages,
        and `S/RES/2334` without its year is not a complete symbol.

    Example:
        ```undoc fail lang=en
        *Recalling* its resolution 5/14,[^1]

        [^1]: UNEP/EA.5/RES.14.
        ```
        ```expect
        3:7 SYM002 `RES.14` must be `Res.14`
        ```
        ```undoc fixed
        *Recalling* its resolution 5/14,[^1]

        [^1]: UNEP/EA.5/Res.14.
        ```
        ```undoc fail lang=en
        *Recalling* its resolution 75/224,[^1]

        [^1]: A/75/RES/224.
        ```
        ```expect
        3:7 SYM002 `RES` stands after the session `75`
        ```
        ```undoc fixed
        *Recalling* its resolution 75/224,[^1]

        [^1]: A/RES/75/224.
        ```
        ```undoc pass lang=zh
        回顾安全理事会第2326(2016)号决议[^1]

        [^1]: S/RES/2326(2016)。
        ```

    Fix safety:
        Safe: only the case, the dot or stroke of a component, or the space
        before a year changes; or `RES` moves before the session, which
        keeps every component (the session and the number stay as written)
        and is offered only when the result is a resolution symbol of the
        series, the one document the misplaced form can stand for (no
        symbol of these series has `RES` after a session). No fix for a
        missing year (P1), a roman session after a session number (P2) or
        a symbol cut short: the intended text is unknown.
    """

    code = "SYM002"
    name = "symbol-profile"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        for s in document_symbols(doc).found:
            if not s.check.problems or s.check.syntax_problems or not s.check.profile_problems:  # (most have none)
                continue
            yield self.diagnostic(s.span, s.check.describe(), fix=s.correction())
