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
          (`resolution_symbols` in `symbols.yaml`).

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
        ```undoc pass lang=zh
        回顾安全理事会第2326(2016)号决议[^1]

        [^1]: S/RES/2326(2016)。
        ```

    Fix safety:
        Safe: only the case, the dot or stroke of a component, or the space
        before a year changes. No fix for a missing year (P1), a roman
        session after a session number (P2) or a symbol cut short: the
        intended text is unknown.
    """

    code = "SYM002"
    name = "symbol-profile"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        for s in document_symbols(doc).found:
            if s.check.syntax_problems or not s.check.profile_problems:
                continue
            yield self.diagnostic(s.span, s.check.describe(), fix=s.correction())
