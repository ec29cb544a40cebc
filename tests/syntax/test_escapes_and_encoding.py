"""Backslash escapes, BOM, CRLF, CR and mixed line endings, invalid UTF-8."""

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import codes, parse

from undoc_lint.api import parse_bytes
from undoc_lint.source import Source


def test_backslash_escape():
    doc = parse("\\- not a bullet \\[^1] not a ref\n")
    p = doc.children[0]
    assert p.kind == "paragraph" and p.text == "- not a bullet [^1] not a ref"
    assert doc.footnote_refs == []


def test_lone_backslash_at_end():
    assert parse("Text \\\n").children[0].text == "Text \\"


def test_bom_is_ignored_but_counted_in_bytes():
    doc = parse_bytes("\ufeff1. 文本。\n".encode("utf-8"))
    item = doc.items[0]
    assert doc.source.bom and (item.span.line, item.span.column) == (1, 1)
    assert item.marker.span.start_byte == 3
    assert codes(doc) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab é文\U0001F600", min_size=200, max_size=900), min_size=1, max_size=3), st.booleans(), st.data())
def test_byte_offsets_are_the_bytes_before_the_character(parts, bom, data):
    # (far into a long line they are counted from a checkpoint every 256 characters:
    # counting from the line's start for each diagnostic was quadratic)
    text = "\n".join(parts)
    src = Source(text, bom=bom)
    offsets = data.draw(st.lists(st.integers(0, len(text)), max_size=20))
    for offset in offsets + [0, len(text)]:
        assert src.byte_offset(offset) == (3 if bom else 0) + len(text[:offset].encode("utf-8"))


def test_crlf():
    doc = parse("1. One;\r\n2. Two.\r\n")
    assert [i.text for i in doc.items] == ["One;", "Two."]
    assert codes(doc) == []


def test_cr_only():
    doc = parse("1. One;\r2. Two.\r")
    assert [i.marker.value for i in doc.items] == [1, 2]
    assert doc.items[1].span.line == 2


def test_mixed_line_endings_reported():
    doc = parse("1. One;\n2. Two;\r\n3. Three.\n")
    assert codes(doc) == [("SYN004", 2, 8)]


def test_invalid_utf8_has_byte_offset():
    doc = parse_bytes(b"1. Ok\n2. \xff bad\n", "x.undoc.md")
    [d] = doc.diagnostics
    assert d.code == "SYN001" and "byte 9" in d.message


def test_binary_file():
    doc = parse_bytes(b"\x00\x01\x02PNG\x00\x00", "x.undoc")
    assert [d.code for d in doc.diagnostics] == ["SYN003"]


def test_control_character():
    doc = parse("Text\x07 bell.\n")
    assert codes(doc) == [("SYN017", 1, 5)]


def test_byte_offsets_with_multibyte_text():
    doc = parse("决议[^2]\n")
    ref = doc.footnote_refs[0]
    assert (ref.span.start_byte, ref.span.end_byte) == (6, 10)


def test_no_final_newline():
    doc = parse("1. Last line without newline")
    assert doc.items[0].text == "Last line without newline"


def test_bidi_marks_are_left_out_of_the_text_with_exact_spans():
    doc = parse("1. القرار 75/\u200f224 المؤرخ 9 حزيران\u200e/\u061cيونيه 2023.\n")
    content = doc.items[0].content
    assert content.text == "القرار 75/224 المؤرخ 9 حزيران/يونيه 2023."
    i = content.text.index("75/224")
    span = content.span_of(i, i + 6)
    assert doc.text[span.start:span.end] == "75/\u200f224"
