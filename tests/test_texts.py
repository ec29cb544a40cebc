"""analysis.texts: the texts every recogniser reads, listed once for an ordinary document."""

from undoc_lint.analysis import texts
from undoc_lint.api import parse_text

DOC = "# Title\n\n1. Recalls resolution 75/224;\n\n2. Decides.[^1]\n\n[^1]: A/RES/75/224.\n"


def test_texts_of_a_document_are_listed_once_and_in_order():
    doc = parse_text(DOC, "d.undoc.md")
    first = texts.inline_texts(doc)
    assert texts.inline_texts(doc) is first  # (shared by symbols, officer lines, dates, citations)
    assert [text for _, _, text in first] == ["Title", "Recalls resolution 75/224;", "Decides.\ufffc", "A/RES/75/224."]
    assert [text for _, _, text in texts.digit_texts(doc)] == ["Recalls resolution 75/224;", "A/RES/75/224."]


def test_texts_of_a_large_document_are_made_afresh(monkeypatch):
    monkeypatch.setattr(texts, "KEEP_TEXTS_UP_TO", 10)
    doc = parse_text(DOC, "d.undoc.md")
    assert texts.inline_texts(doc) is not texts.inline_texts(doc)
    assert "texts.all" not in doc.cache
    assert [text for _, _, text in texts.inline_texts(doc)][1] == "Recalls resolution 75/224;"


def test_a_long_paragraphs_text_is_not_copied_again_for_each_read():
    # (rules read `inline.text` for each date or citation: on a 1 MB line, each read copied the
    # line, and SYM007 and DATE010 took seconds)
    from undoc_lint.api import parse_text

    doc = parse_text("1. " + "Recalls resolution 75/224 of 21 December 2020, " * 200 + "\n", "l.undoc.md")
    [(_, inline)] = list(doc.inlines())
    assert inline.text is inline.text and inline.text == doc.text[inline.span.start:inline.span.end]


def test_full_width_digits_are_read_as_ascii_one_for_one():
    # (citations, instrument headings and symbols read them so, as dates read them: offsets stay right)
    text = "第２０２１/１号决定，A/RES/７５/２２４"
    read = texts.halfwidth(text)
    assert read == "第2021/1号决定，A/RES/75/224" and len(read) == len(text)
    plain = "第 2021/1 号决定，٢٠٢٣"
    assert texts.halfwidth(plain) is plain  # (nothing to read: the same object, no copy; Arabic-Indic digits are left)
    assert texts.european("２０２３年٦月۹日") == "2023年6月9日"
