from undoc_lint.analysis.numbering import all_runs, check_sequence, indented_lists, sequence_diagnostics
from undoc_lint.diagnostics import Severity
from undoc_lint.model import Item
from undoc_lint.rule import Rule


class NestedItemSequence(Rule):
    """Numbered items nested in a paragraph (agenda items) run 1, 2, 3 … under each parent.

    What it checks:
        Numbered items indented under another item, such as the items of a
        provisional agenda under the paragraph that adopts it, count from 1
        with no gap, repeat or disorder, restarting under every parent; so
        do numbered items indented under an unnumbered paragraph (`*The
        Board* adopted the following agenda:`), which are no operative
        paragraphs (spec §2: those stand at column 0).

    Why:
        Agenda items are referred to by number for the whole session
        ("item 5 of the provisional agenda"); a gap or repeat misleads
        every delegation that prepares for it.

    Example:
        ```undoc fail lang=en
        2. *Approves* the provisional agenda:

            1. Opening of the session.
            2. Adoption of the agenda.
            2. Election of officers.
            3. Closure of the session.
        ```
        ```expect
        5:5 NUM003 expected `3.`
        ```
        ```undoc fixed
        2. *Approves* the provisional agenda:

            1. Opening of the session.
            2. Adoption of the agenda.
            3. Election of officers.
            4. Closure of the session.
        ```
        ```undoc pass lang=zh
        4. 又决定临时议程如下：

            1. 会议开幕：
                (a) 组织事项；
                (b) 通过议程。
            2. 会议闭幕。
        ```

    Fix safety:
        Safe: the item numbers under the parent are renumbered in order and
        nothing else changes. Unsafe when the text refers to an item it
        renumbers (`item 3`: `item_reference` in the language pack), or when
        the items begin with years (`2015.`).
    """

    code = "NUM003"
    name = "nested-item-sequence"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        # (the runs of items' children are among the runs NUM002, NUM004 and NUM005 read, listed once
        # per document, in the order of doc.items; a leaf item, most of them, holds none)
        for run in all_runs(doc):
            if run[0].marker.kind != "number" or not isinstance(run[0].parent, Item):
                continue
            markers = [item.marker for item in run]
            yield from sequence_diagnostics(self, markers, check_sequence(markers), "renumber", safe=not _years(markers),
                                            referred="item_reference")
        for run in indented_lists(doc):  # (under a paragraph: `adopted the following agenda:`)
            markers = [item.marker for item in run]
            yield from sequence_diagnostics(self, markers, check_sequence(markers), "renumber", safe=not _years(markers),
                                            referred="item_reference")


def _years(markers) -> bool:
    """Lines that begin with years (`2015. Adoption of the plan.`), read as numbered items: no
    renumbering of them is safe (they would be lost: an audit)."""
    return any(1000 <= m.value <= 2999 for m in markers)
