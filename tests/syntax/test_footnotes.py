"""Spec §3: footnote references and definitions."""

from helpers import codes, parse


def test_references_and_definitions():
    doc = parse("1. Text;[^1] more.[^2]\n\n[^1]: A/RES/75/224.\n[^2]: A/99/100.\n")
    assert [r.label for r in doc.footnote_refs] == ["1", "2"]
    r = doc.footnote_refs[0]
    assert (r.span.line, r.span.column, r.span.end_column) == (1, 9, 13)
    assert (r.label_span.column, r.label_span.end_column) == (11, 12)
    d = doc.footnote_defs[0]
    assert d.label == "1" and d.text == "A/RES/75/224."
    assert (d.mark_span.column, d.mark_span.end_column) == (1, 6)


def test_reference_is_replacement_character_in_text():
    doc = parse("决议[^2]、\n")
    content = doc.children[0].content
    assert content.text == "决议\ufffc、"
    assert content.ref_at(2).label == "2"


def test_definition_continuation_lines():
    doc = parse("[^1]: Official Records of the General Assembly,\n    Seventy-fifth Session.\n")
    assert doc.footnote_defs[0].text == "Official Records of the General Assembly,\nSeventy-fifth Session."


def test_indented_paragraph_after_blank_continues_definition():
    doc = parse("[^1]: First part.\n\n    Second part.\n\nNext paragraph.\n")
    assert doc.footnote_defs[0].text == "First part.\nSecond part."
    assert doc.children[-1].text == "Next paragraph."


def test_empty_definition():
    doc = parse("[^1]:\n")
    assert codes(doc) == [("SYN011", 1, 1)]


def test_indented_definition_is_text():
    doc = parse("Para.\n\n  [^1]: not a definition\n")
    assert not doc.footnote_defs
    assert [c[0] for c in codes(doc)] == ["SYN015"]


def test_references_in_headings_and_items():
    doc = parse("## Title[^1]\n\n1. Item[^2]\n")
    assert [r.label for r in doc.footnote_refs] == ["1", "2"]


def test_glued_reference_digits_are_not_references():
    doc = parse("报告；1\n")
    assert doc.footnote_refs == []


def test_bracket_without_caret_is_text():
    doc = parse("[bracketed] text [^ not a ref]\n")
    assert doc.footnote_refs == [] and doc.children[0].text == "[bracketed] text [^ not a ref]"


def test_literal_object_replacement_character_does_not_confuse_refs():
    doc = parse("a\ufffcb[^1]\n")
    content = doc.children[0].content
    assert content.ref_at(1) is None
    assert content.ref_at(3).label == "1"


def test_an_indented_definition_is_no_call_of_its_footnote():
    # (an indented `[^1]:` read as a call got FN001, FN007 and a safe FN008 fix to `:[^1]`; after a
    # definition it was read on as its text, with no SYN015: a spec audit)
    from undoc_lint.runner import Linter

    for text, undefined in (("1. One.[^1]\n\n  [^1]: Indented note.\n", "[^1]"),
                            ("1. One.[^1] Two.[^2]\n\n[^1]: First.\n\n    [^2]: Second, indented.\n", "[^2]")):
        doc, diags = Linter().lint_text(text, "t.undoc.md")
        assert sorted(d.code for d in diags) == ["FN001", "SYN015"], diags
        assert [r.label for r in doc.footnote_refs] == (["1"] if undefined == "[^1]" else ["1", "2"])
        assert all(d.fix is None for d in diags)
