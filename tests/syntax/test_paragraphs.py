"""Spec §2: unnumbered paragraphs and soft-wrapped continuation lines."""

from helpers import parse


def test_soft_wrap_joins_lines():
    doc = parse("*Recalling* its resolution\n75/224 of 21 December 2020,\n")
    [p] = doc.children
    assert p.text == "*Recalling* its resolution\n75/224 of 21 December 2020,"
    assert (p.span.line, p.span.end_line) == (1, 2)


def test_blank_line_separates_paragraphs():
    doc = parse("First.\n\nSecond.\n")
    assert [p.text for p in doc.children] == ["First.", "Second."]


def test_whitespace_only_line_is_blank():
    doc = parse("First.\n   \t\nSecond.\n")
    assert len(doc.children) == 2


def test_indented_line_continues():
    doc = parse("First line\n    indented continuation\n")
    assert doc.children[0].text == "First line\nindented continuation"


def test_text_maps_back_to_source():
    doc = parse("Alpha\n  beta gamma\n")
    content = doc.children[0].content
    i = content.text.index("gamma")
    span = content.span_of(i, i + 5)
    assert (span.line, span.column, span.end_column) == (2, 8, 13)
    assert doc.text[span.start:span.end] == "gamma"


def test_trailing_spaces_not_in_text():
    doc = parse("Text.   \n")
    assert doc.children[0].text == "Text."
    assert doc.children[0].span.end_column == 6


def test_paragraph_at_column_zero_closes_items():
    doc = parse("1. One:\n\n(a) A;\n\nProse paragraph.\n\n(a) Again.\n")
    assert [c.kind for c in doc.children] == ["item", "paragraph", "item"]
