from undoc_lint.analysis.numbering import all_runs, check_sequence, sequence_diagnostics
from undoc_lint.diagnostics import Severity
from undoc_lint.markers import letter_value
from undoc_lint.model import Item, Marker
from undoc_lint.rule import Rule


class SubparagraphSequence(Rule):
    """Lettered and roman subparagraphs run (a), (b) … and (i), (ii) … within their parent.

    What it checks:
        Among the sibling items of one parent, a run of lettered markers
        counts (a) … (z), (aa), (bb) …, and a run of roman markers counts
        (i), (ii), (iii) …, each starting afresh under every parent. Whether
        (i), (v) or (x) is a letter or a roman numeral is decided by the
        parser: a letter right after (h), (u) or (w), roman otherwise. All
        marker styles count: (a), a) and a. One such marker alone at the
        indentation of the letters before it, one letter after the last of
        them (`(g)`, `(i)` with `(h)` left out), is counted as the letter it
        reads as: a single roman subparagraph under `(g)` is no UN list,
        a skipped `(h)` is (un-domain.md §3.2: "no gap").

    Why:
        Subparagraph letters are cited ("paragraph 2 (c)") in every language
        version; a skipped or repeated letter breaks those references
        (Editorial Manual, paragraphs and subparagraphs).

    Example:
        ```undoc fail lang=en
        1. *Requests* the Executive Director:

        (a) To report;

        (c) To consult;

        (d) To act.
        ```
        ```expect
        5:1 NUM002 expected `(b)`
        ```
        ```undoc fixed
        1. *Requests* the Executive Director:

        (a) To report;

        (b) To consult;

        (c) To act.
        ```
        ```undoc pass lang=en
        1. *Requests* the Executive Director:

            (a) To report;
            (b) To consult:
                (i) Member States;
                (ii) Partners;
            (c) To act;
            (d) To plan;
            (e) To fund;
            (f) To staff;
            (g) To audit;
            (h) To review;
            (i) To publish.
        ```

    Fix safety:
        Safe: the markers of the run are renumbered in order, in their own
        style; nothing else changes. Unsafe when a lone (i), (v) or (x) is
        counted as a letter: the list may have meant a roman subparagraph;
        and when the text refers to a subparagraph it reletters
        (`subparagraph (c)`: `subparagraph_reference` in the language pack).
    """

    code = "NUM002"
    name = "subparagraph-sequence"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        runs = [run for run in all_runs(doc) if run[0].marker.kind in ("letter", "roman")]
        # letter item -> the lone roman under it that is counted as the next letter but one
        lone_after = {id(item): lone for run in runs if run[0].marker.kind == "letter"
                      for k, item in enumerate(run)
                      if (lone := _lone_letter(item, run[k + 1] if k + 1 < len(run) else None)) is not None}
        counted_as_letters = {id(lone) for lone in lone_after.values()}
        for run in runs:
            if run[0].marker.kind == "roman" and len(run) == 1 and id(run[0]) in counted_as_letters:
                continue  # (counted with the letters above)
            if _beside_invalid(doc, run):
                continue  # (`(a)`, `(ab)`, `(c)`: SYN014's until corrected; counted without it, `(c)` was relettered `(a)`)
            markers, read_as_letter = [], False
            for item in run:
                markers.append(item.marker)
                lone = lone_after.get(id(item))
                if lone is not None:
                    m = lone.marker
                    markers.append(Marker(m.text, m.label, "letter", m.style, letter_value(m.label), m.span))
                    read_as_letter = True
            # (relettering a marker the parser read as roman changes how the list nests: unsafe)
            yield from sequence_diagnostics(self, markers, check_sequence(markers), "reletter", safe=not read_as_letter,
                                            referred="subparagraph_reference")


def _beside_invalid(doc, run) -> bool:
    """Whether the run's list holds a marker that is neither a letter nor a roman numeral (SYN014)."""
    parent = run[0].parent
    siblings = getattr(parent, "children", None)
    if siblings is None:  # (a list at the top of the document)
        siblings = doc.children
    return any(getattr(c, "kind", None) == "item" and c.marker.kind == "invalid" for c in siblings)


def _lone_letter(item, following):
    """The one roman item nested under a letter ``item`` at its own indentation that reads, as a
    letter, as a later one (`(i)` under `(g)`: the parser's roman, where `(h)` was left out)."""
    if item.marker.kind != "letter" or item.marker.value is None:
        return None
    romans = [c for c in item.children if isinstance(c, Item) and c.marker.kind == "roman" and c.indent == item.indent]
    if len(romans) != 1 or romans[0].marker.style != item.marker.style:
        return None
    value = letter_value(romans[0].marker.label)
    if value != item.marker.value + 2:  # (one letter skipped: `(g)`, `(i)`; more is a roman subparagraph)
        return None
    if following is not None and following.marker.value is not None and following.marker.value <= value:
        return None
    return romans[0]
