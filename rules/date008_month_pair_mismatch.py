import re
from functools import lru_cache

from undoc_lint import regexes
from undoc_lint.analysis.texts import inline_texts
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.lang import language_pack
from undoc_lint.rule import Rule


@lru_cache(maxsize=None)
def _pairs(language):
    """(regex over `first/second`, first name -> month, second name -> month, preferred seconds, joiner)."""
    data = language_pack(language).get("month_pairs")
    if not data:
        return None
    first = {name: i + 1 for i, forms in enumerate(data["first"]) for name in forms}
    second = {name: i + 1 for i, forms in enumerate(data["second"]) for name in forms}
    preferred = {i + 1: forms[0] for i, forms in enumerate(data["second"])}

    def alt(names):
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    joiner = data.get("joiner", "/")
    # Bidi marks may sit around the joiner in text typed right to left.
    rx = regexes.compile(rf"(?<!\w)(?P<first>{alt(first)})[\u200e\u200f\u061c\s]*{re.escape(joiner)}[\u200e\u200f\u061c\s]*(?P<second>{alt(second)})(?!\w)")
    return rx, first, second, preferred, joiner


class MonthPairMismatch(Rule):
    """The two names of a double month name (Arabic `حزيران/يونيه`) name the same month.

    What it checks:
        In languages that write a month with two names joined by a slash
        (the Levantine name, then the one derived from the European name:
        `month_pairs` in the language pack), both halves name the same
        month: `حزيران/يونيه` (June/June) is right, `حزيران/مايو`
        (June/May) is an error.

    Why:
        The pair is written from two lists; a slip on one side leaves the
        reader with two different months for one date.

    Example:
        ```undoc fail lang=ar
        1. يقرر عقد الدورة في 9 حزيران/مايو 2023.
        ```
        ```expect
        1:25 DATE008
        ```
        ```undoc fixed
        1. يقرر عقد الدورة في 9 حزيران/يونيه 2023.
        ```
        ```undoc pass lang=ar
        1. يقرر عقد الدورة في 9 حزيران/يونيه 2023.
        ```

    Fix safety:
        Unsafe: the second half is rewritten to match the first (the
        Levantine name); the date may have meant the other month.
    """

    code = "DATE008"
    name = "month-pair-mismatch"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        pairs = _pairs(doc.language)
        if pairs is None:
            return
        rx, first, second, preferred, joiner = pairs
        for _, content, text in inline_texts(doc):
            if joiner not in text:  # (a quick first test: most paragraphs hold no pair)
                continue
            for m in rx.finditer(text):
                a, b = first[m.group("first")], second[m.group("second")]
                if a == b:
                    continue
                span = content.span_of(m.start("second"), m.end("second"))
                want = preferred[a]
                yield self.diagnostic(content.span_of(m.start(), m.end()),
                                      f"`{m.group(0)}` pairs month {a} with month {b}: expected `{m.group('first')}/{want}`",
                                      Fix(f"write `{want}`", (Edit(span.start, span.end, want),), safe=False))
