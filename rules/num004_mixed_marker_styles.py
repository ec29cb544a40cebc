from collections import Counter

from undoc_lint.analysis.numbering import all_runs
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.lang import language_pack
from undoc_lint.markers import format_marker
from undoc_lint.rule import Rule


class MixedMarkerStyles(Rule):
    """Sibling subparagraphs share one marker style: all (a), or all a).

    What it checks:
        Within a run of sibling lettered or roman items, every marker is
        written in the same style: `(a)`, `a)` or `a.`. The language's
        style (`letter_style`: `a)` in French) is taken as intended when
        some siblings use it, else the one most of them use (the first on
        a tie), and always at the third and fourth degrees (`a.`, `i.`);
        NUM005 says nothing of such a list.

    Why:
        A list that mixes `(b)` and `c)` is a merge or copy-paste slip; it
        renders inconsistently and is corrected by every editor.

    Example:
        ```undoc fail lang=en
        1. *Requests*:

        (a) To report;

        b) To consult;

        (c) To act.
        ```
        ```expect
        5:1 NUM004 `(b)`
        ```
        ```undoc fixed
        1. *Requests*:

        (a) To report;

        (b) To consult;

        (c) To act.
        ```
        ```undoc pass lang=fr
        1. *Prie* :

        a) De faire rapport;

        b) De consulter.
        ```

    Fix safety:
        Safe: only the marker's punctuation changes, to the siblings' style.
    """

    code = "NUM004"
    name = "mixed-marker-styles"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        for run in all_runs(doc):
            if run[0].marker.kind not in ("letter", "roman") or len(run) < 2:
                continue
            styles = Counter(item.marker.style for item in run)
            if len(styles) < 2:
                continue
            first = run[0].marker.style
            # the language's style when some siblings use it (NUM005's), else the most used
            own = (language_pack(doc.language).get("numbering") or {}).get("letter_style")
            most = max(styles, key=lambda s: (styles[s], s == first))
            # (not at the third and fourth degrees, written `a.` and `i.` in every language: spec §2)
            style = own if own in styles and most != "dot" else most
            for item in run:
                m = item.marker
                if m.style != style or m.value is None:
                    if m.value is None:
                        continue
                    want = format_marker(m.kind, style, m.value)
                    yield self.diagnostic(m.span, f"`{m.text}` among siblings written `{format_marker(m.kind, style, 1)}`: write `{want}`",
                                          Fix(f"write `{want}`", (Edit(m.span.start, m.span.end, want),)))
