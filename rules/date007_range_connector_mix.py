from undoc_lint.analysis.dates import compiled, document_dates
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule


class RangeConnectorMix(Rule):
    """A range opens with a word (`from`, `between`) but is joined by a dash: `from 5–9 June 2023`.

    What it checks:
        Every date range or year period that begins with an opening word
        of the language pack's connectors (`from`, `between`, `从`) must
        use the connector that goes with it (`from … to …`,
        `between … and …`), not a dash.

    Why:
        Do not mix "from … –" or "between … –": write `from 5 to 9 June
        2023` in running text or `5–9 June 2023` in a heading
        (un-domain.md §3.1).

    Example:
        ```undoc fail lang=en
        1. *Decides* to meet from 5–9 June 2023;
        ```
        ```expect
        1:22 DATE007 from 5–9 June 2023
        ```
        ```undoc fixed
        1. *Decides* to meet from 5 to 9 June 2023;
        ```
        ```undoc pass lang=en
        1. *Decides* to meet from 5 to 9 June 2023, that is, on 5–9 June 2023;
        ```

    Fix safety:
        Safe: the dash becomes the connector that goes with the opening
        word; the dates do not change. No fix when a line breaks at the
        dash (the fix would join the lines).
    """

    code = "DATE007"
    name = "range-connector-mix"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc):
        for d in document_dates(doc):
            if not d.open_mismatch or d.separator_span is None:
                continue
            partner = _partner(doc.language, d.open, d.kind)
            fix = None
            expected = "the connector that goes with it"
            if partner is not None:
                sep = partner["sep"]
                replacement = f" {sep} " if partner.get("space") == "required" else sep
                rel_start, rel_end = d.sep_start - d.start, d.sep_end - d.start
                fixed = d.text[:rel_start] + replacement + d.text[rel_end:]
                expected = f"`{d.open} … {sep} …`: `{fixed}`"
                if "\n" not in d.separator:  # (across a line break the fix would join the lines)
                    fix = Fix(f"write `{fixed}`", (Edit(d.separator_span.start, d.separator_span.end, replacement),), safe=True)
            yield self.diagnostic(
                d.span,
                f"range `{d.text}` opens with `{d.open}` but is joined by `{d.separator.strip()}`; expected {expected}",
                fix=fix,
            )


def _partner(language, open_word, kind):
    comp = compiled(language)
    fold = str.casefold if comp.ignore_case else (lambda s: s)
    for c in comp.connectors:
        if c.get("open") and fold(c["open"]) == fold(open_word) and kind in c.get("for", ("range", "period")):
            return c
    return None
