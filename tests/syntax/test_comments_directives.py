"""Spec §4: comments and undoc-lint directives."""

from helpers import codes, parse


def test_comment_block_and_multiline():
    doc = parse("<!-- a note -->\n\n<!-- multi\nline\n-->\nText.\n")
    c1, c2, p = doc.children
    assert c1.kind == "comment" and c1.text == " a note "
    assert (c2.span.line, c2.span.end_line) == (3, 5)
    assert p.text == "Text."


def test_unterminated_comment():
    doc = parse("Text.\n\n<!-- never closed\n\n1. Hidden.\n")
    assert codes(doc) == [("SYN009", 3, 1)]
    assert doc.items == []


def test_directives():
    doc = parse("<!-- undoc-lint: disable NUM001, FN004 -->\n<!-- undoc-lint: enable -->\n<!-- undoc-lint: disable-next-line NUM -->\n<!-- undoc-lint: disable-file operative-sequence -->\n")
    assert [(d.action, [s for s, _ in d.selectors]) for d in doc.directives] == [
        ("disable", ["NUM001", "FN004"]), ("enable", []), ("disable-next-line", ["NUM"]), ("disable-file", ["operative-sequence"])]
    sel_span = doc.directives[0].selectors[1][1]
    assert (sel_span.line, sel_span.column) == (1, 34)


def test_malformed_directive():
    doc = parse("<!-- undoc-lint: disabel NUM001 -->\n")
    assert codes(doc) == [("SYN013", 1, 18)]
    assert doc.directives == []


def test_inline_comment_is_invisible():
    doc = parse("Text <!-- hidden --> more.\n")
    assert doc.children[0].text == "Text  more."
    assert doc.children[0].content.comments[0].text == " hidden "


def test_text_after_comment_on_same_line():
    doc = parse("<!-- c --> trailing text\n")
    assert [c.kind for c in doc.children] == ["comment", "paragraph"]


def test_blanks_after_a_comment_are_nothing():
    # (an empty paragraph at column 0 closed the list, and NUM002's safe fix reletterd `(b)` as `(a)`: a hunt)
    for tail in ("  ", "\t", " \u00a0"):
        doc = parse(f"1. Para:\n\n(a) one;\n\n<!-- note -->{tail}\n\n(b) two.\n")
        [item] = [c for c in doc.children if c.kind == "item"]
        assert [(c.marker.text, c.text) for c in item.children if c.kind == "item"] == [("(a)", "one;"), ("(b)", "two.")]
        assert not any(c.kind == "paragraph" for c in doc.children)


def test_a_comment_opened_in_text_and_closed_later_is_reported_and_no_fix_there_is_safe():
    # (read and linted as text, and FN004's safe fix relabelled a footnote call in it: a spec audit)
    from undoc_lint.runner import Linter

    text = "1. Decides to meet. <!-- old: see resolution 75/224[^9]\n   and more -->\n\n2. Text <!-- fine --> more.\n"
    doc, diags = Linter().lint_text(text, "t.undoc.md")
    assert [(d.code, d.span.line, d.span.column) for d in doc.diagnostics] == [("SYN023", 1, 21)]
    assert all(not d.fix.safe for d in diags if d.fix is not None) and any(d.fix for d in diags)
