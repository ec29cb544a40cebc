"""Shortcuts the analyses take for the usual case give what the general way gives."""

from undoc_lint.analysis.numbering import check_sequence, indented_lists
from undoc_lint.api import parse_text
from undoc_lint.lang.detect import contradicted
from undoc_lint.model import Section


def _markers(values: list[int]):
    doc = parse_text("".join(f"{v}. Text.\n\n" for v in values), "m.undoc.md")
    return [item.marker for item in doc.items]


def test_a_right_run_has_no_problem_unless_every_section_must_restart():
    markers = _markers([1, 2, 3, 4])
    for mode in ("either", "run-on"):
        result = check_sequence(markers, [False, False, True, False], mode)
        assert (result.problems, result.edits, result.changes) == ([], [], [])
    assert check_sequence(markers, [True, False, False, False], "restart").problems == []  # (the first opens none)
    result = check_sequence(markers, [False, False, True, False], "restart")
    assert [(m.value, ok) for m, ok, _ in result.problems] == [(3, [1])]  # (then resynchronised on 3)
    assert result.changes == ["3.→1.", "4.→2."]


def test_a_wrong_run_is_checked_in_full():
    result = check_sequence(_markers([1, 3, 4]))
    assert [(m.value, ok) for m, ok, _ in result.problems] == [(3, [2])]
    assert result.changes == ["3.→2.", "4.→3."]


def test_sections_are_listed_depth_first_in_document_order():
    doc = parse_text("## A\n\n### B\n\n#### C\n\n### D\n\n# T\n\n### E\n\n## F\n\n#### G\n", "s.undoc.md")
    expected, stack = [], [c for c in reversed(doc.children) if isinstance(c, Section)]
    while stack:  # (the tree walked)
        s = stack.pop()
        expected.append(s)
        stack.extend(reversed(s.sections))
    assert [s.heading.content.text for s in doc.walk_sections()] == [s.heading.content.text for s in expected]
    assert [s.heading.content.text for s in expected] == ["A", "B", "C", "D", "E", "F", "G"]


def test_indented_lists_only_outside_items():
    agenda = "*The Board* adopted the following agenda:\n\n   1. Opening.\n   2. Election.\n"
    assert [[i.marker.value for i in run] for run in indented_lists(parse_text(agenda, "a.undoc.md"))] == [[1, 2]]
    nested = "1. *Decides*:\n\n   1. first;\n   2. second.\n"
    assert indented_lists(parse_text(nested, "n.undoc.md")) == []


def test_a_script_language_read_quickly_still_tells_another_text():
    zh = "---\nlanguage: zh\n---\n\n1. 决定召开会议。\n"
    assert contradicted(parse_text(zh, "z.undoc.md"), "zh") is None
    en = "---\nlanguage: zh\n---\n\n" + "1. The Board decides to hold the session of the year in the city of Nairobi.\n" * 3
    assert contradicted(parse_text(en, "e.undoc.md"), "zh") == "en"
