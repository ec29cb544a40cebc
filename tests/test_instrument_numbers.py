"""analysis.numbering.instrument_numbers: the numbers of `##` instrument headings, read from language data."""

from undoc_lint.analysis.numbering import instrument_numbers, operative_scopes
from undoc_lint.api import parse_text


def test_full_width_digits_in_headings_are_read_as_ascii_with_spans_as_written():
    # (typed with a Chinese input method, or left by a PDF's text layer: no heading was read)
    text = ("---\nlanguage: zh\n---\n\n## 第２０２１/１号建议：一\n\n## 第２０２１／２号决定：二\n\n"
            "## 第２３３４（２０１６）号决议\n\n## 第１/CP.２８号决定：成果\n")
    doc = parse_text(text, "d.undoc.md")
    found = instrument_numbers(doc)
    assert [(n.kind, n.prefix, n.number, n.label()) for n in found] == [
        ("recommendation", "2021", 1, "2021/1"), ("decision", "2021", 2, "2021/2"),
        ("resolution (through the years)", "2016", 2334, "2334"), ("decision", "CP.28", 1, "1/CP.28")]
    assert [doc.text[n.span.start:n.span.end] for n in found] == ["２０２１/１", "２０２１／２", "２３３４（２０１６", "１/CP.２８"]


def test_an_embedded_heading_in_full_width_digits_is_a_scope_of_its_own():
    text = "---\nlanguage: zh\n---\n\n1. 委员会建议通过以下决定：\n\n### 第２０２１/１号决定：工作方法\n\n1. 决定举行会议。\n"
    doc = parse_text(text, "d.undoc.md")
    assert [[o.item.marker.value for o in scope] for scope in operative_scopes(doc)] == [[1], [1]]
