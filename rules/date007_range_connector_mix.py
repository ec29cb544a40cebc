from undoc_lint.analysis.dates import compiled, document_dates, with_connector
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule


class RangeConnectorMix(Rule):
    """A range opens with a word (`from`, `between`) but is joined by a dash: `from 5–9 June 2023`.

    What it checks:
        Every date range or year period that begins with an opening word
        of the language pack's connectors (`from`, `between`, `从`) must
        use the connector that goes with it (`from … to …`,
        `between … and …`), not a dash. The text expected of a range in
        another order (en US order, `from April 5–9, 2023`) is written as
        DATE010 writes it, in UN order (`from 5 to 9 April 2023`); the fix
        still changes only the connector.

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
        Safe for a range of days: the dash becomes the connector that goes
        with the opening word; the dates do not change. Unsafe for a period
        of years, where the word may belong to the sentence rather than
        open the period (`data from 2020–2023`). No
        fix when a line breaks at the dash (the fix would join the lines).
        Not reported when the word's own connector follows the range (`from
        2020–2023 to 2020–2025`), nor after a phrase that ends in the word
        (`not_opening_after`, language data: ru `по сравнению с`).
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
            if partner is not None and _joins_after(d, partner):
                continue  # (`from 2020–2023 to 2020–2025`: the word opens a range of two periods)
            if _after_phrase(doc.language, d):
                continue  # (ru `по сравнению с 2020–2021 годами`: `с` is the phrase's, "compared with")
            fix = None
            expected = "the connector that goes with it"
            if partner is not None:
                sep = partner["sep"]
                replacement = f" {sep} " if partner.get("space") == "required" else sep
                # (a range in another order, `from April 5–9, 2023`, expected in UN order, as DATE010 writes
                # it: the fix still changes the connector only)
                fixed, shown = with_connector(d, replacement)
                expected = f"`{d.open} … {sep} …`: `{shown}`"
                if "\n" not in d.separator:  # (across a line break the fix would join the lines)
                    # (a range of days: the word opens it; a period of years may be the sentence's: `data from 2020–2023`)
                    fix = Fix(f"write `{fixed}`", (Edit(d.separator_span.start, d.separator_span.end, replacement),),
                              safe=d.kind == "range")
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


def _joins_after(d, partner) -> bool:
    """Whether the opening word's own connector follows the range (`from 2020–2023 to …`)."""
    after = d.inline.text[d.end:d.end + 12] if d.inline is not None else ""
    sep = partner["sep"]
    if partner.get("space") == "required":
        return after.startswith(" ") and after.lstrip(" \n").startswith(sep + " ")
    return after.lstrip(" ").startswith(sep)


def _after_phrase(language, d) -> bool:
    """Whether the opening word ends a phrase of the language's `not_opening_after` list."""
    phrases = compiled(language).data.get("not_opening_after") or ()
    if not phrases or d.inline is None or d.open_start is None:
        return False
    before = d.inline.text[max(0, d.open_start - 40):d.open_end].replace("\n", " ")
    fold = str.casefold
    return any(fold(before).endswith(fold(p)) for p in phrases)
