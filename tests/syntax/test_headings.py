"""Spec §2: headings, instruments and sections."""

from helpers import codes, parse


def test_levels_and_sections():
    doc = parse("# Title\n\n## Recommendation 2021/1: A\n\n### (a) First\n\n#### Sub\n\n## Decision 2021/1: B\n")
    title, inst1, inst2 = doc.children
    assert title.kind == "heading" and title.level == 1 and doc.title is title
    assert inst1.is_instrument and inst1.heading.text == "Recommendation 2021/1: A"
    sec = inst1.children[0]
    assert sec.level == 3 and sec.heading.marker.text == "(a)" and sec.heading.marker.value == 1
    assert sec.children[0].level == 4
    assert [s.heading.text for s in doc.instruments] == ["Recommendation 2021/1: A", "Decision 2021/1: B"]


def test_heading_span_and_mark():
    doc = parse("## 第 2021/1 号建议：执行情况\n")
    h = doc.instruments[0].heading
    assert (h.span.line, h.span.column, h.span.end_column) == (1, 1, 21)
    assert (h.mark_span.column, h.mark_span.end_column) == (1, 3)
    assert (h.content.span.column) == 4


def test_too_deep_heading():
    doc = parse("##### Five\n")
    assert codes(doc) == [("SYN010", 1, 1)]
    assert doc.sections[0].level == 4


def test_heading_is_one_line():
    doc = parse("## Title\nText after heading\n")
    assert doc.instruments[0].heading.text == "Title"
    assert doc.instruments[0].children[0].kind == "paragraph"


def test_hash_without_space_is_text():
    doc = parse("#hashtag\n")
    assert doc.children[0].kind == "paragraph"


def test_empty_heading():
    assert [c[0] for c in codes(parse("##\n"))] == ["SYN016"]


def test_roman_section_marker():
    doc = parse("## A\n\n### (i) First\n")
    assert doc.instruments[0].children[0].heading.marker.kind == "roman"


def test_right_paren_section_marker_and_i_after_h():
    text = "## Recomendación 2023/1: A\n\n" + "".join(f"### {c}) Sección\n\n" for c in "abcdefghi")
    sections = [s.heading.marker for s in doc_sections(parse(text))]
    assert [(m.text, m.kind, m.style, m.value) for m in sections][-2:] == [("h)", "letter", "rparen", 8), ("i)", "letter", "rparen", 9)]


def test_first_section_i_is_roman():
    doc = parse("## A\n\n### (i) Uno\n\n### (ii) Dos\n")
    assert [s.heading.marker.kind for s in doc.instruments[0].sections] == ["roman", "roman"]


def doc_sections(doc):
    return [s for s in doc.walk_sections() if s.level == 3]
