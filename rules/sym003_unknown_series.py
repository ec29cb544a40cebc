from dataclasses import dataclass, field

from undoc_lint.analysis.symbols import document_symbols, known_series, shown
from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule


class UnknownSeries(Rule):
    """A document symbol begins with a series that is not a known UN series.

    What it checks:
        The first component of every document symbol in the text and in
        the front matter against the series of `lang/symbols.yaml` (`A`,
        `S`, `E`, `ST`, `HSP`, `UNEP`, `FCCC`, `ICCD`, `TD`, `CEDAW`, `CRC`,
        `DP` …) and the option `extra-series`.

    Why:
        An unknown series is usually a typo (`AA/75/1`) or a word that only
        looks like a symbol; but UN bodies do have series of their own that
        the list may lack, so this is a warning.

    Example:
        ```undoc fail lang=en
        1. *Takes note* of the report.[^1]

        [^1]: HPS/EB.2023/4.
        ```
        ```expect
        3:7 SYM003 series `HPS`
        ```
        ```undoc pass lang=en
        1. *Takes note* of the report.[^1]

        [^1]: HSP/EB.2023/4.
        ```

    Fix safety:
        No fix: the intended series cannot be inferred.
    """

    code = "SYM003"
    name = "unknown-symbol-series"
    severity = Severity.WARNING

    @dataclass
    class Options:
        extra_series: list[str] = field(default_factory=list)

    def check(self, doc):
        ds = document_symbols(doc)
        extra = set(self.options.extra_series)
        found = list(ds.found) + ([ds.front_matter] if ds.front_matter else [])
        for s in found:
            series = s.check.series
            if not series or s.check.known_series or series in extra:
                continue
            yield self.diagnostic(
                s.span,
                f"symbol `{shown(s.text.strip())}`: series `{series}` is not a known UN document series "
                f"(expected one such as {', '.join(list(known_series())[:8])} …; "
                f"add a series of your own with the option extra-series)")
