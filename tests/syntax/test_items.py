"""Spec §2: numbered, lettered, roman and bullet items; nesting by indentation."""

from helpers import codes, parse


def markers(items):
    return [(i.marker.text, i.marker.kind, i.marker.style, i.marker.value, i.depth) for i in items]


def test_numbered_items():
    doc = parse("1. One;\n\n12. Twelve.\n")
    assert markers(doc.items) == [("1.", "number", "dot", 1, 0), ("12.", "number", "dot", 12, 0)]
    m = doc.items[1].marker
    assert (m.span.column, m.span.end_column) == (1, 4)


def test_three_lettered_styles():
    doc = parse("1. P:\n\n(a) paren;\nb) right paren;\n    c. dot\n")
    assert [(m[0], m[1], m[2], m[3]) for m in markers(doc.items)[1:]] == [
        ("(a)", "letter", "paren", 1), ("b)", "letter", "rparen", 2), ("c.", "letter", "dot", 3)]


def test_dot_letter_at_column_zero_is_text():
    doc = parse("a. not an item\n")
    assert doc.children[0].kind == "paragraph"


def test_item_marker_opens_new_item_without_blank_line():
    doc = parse("1. One;\n2. Two.\n")
    assert [i.marker.value for i in doc.items] == [1, 2]


def test_continuation_line_of_item():
    doc = parse("1. One that\nwraps here.\n")
    assert doc.items[0].text == "One that\nwraps here."


def test_escape_keeps_marker_as_text():
    doc = parse("1. Text that continues\n\\2021. was a year\n")
    assert len(doc.items) == 1
    assert doc.items[0].text.endswith("2021. was a year")


def test_lettered_item_after_numbered_paragraph_is_its_subparagraph():
    doc = parse("1. Requests:\n\n(a) A;\n\n(b) B.\n\n2. Decides.\n")
    one, two = doc.children
    assert [c.marker.text for c in one.children] == ["(a)", "(b)"]
    assert two.marker.value == 2 and one.children[0].depth == 1


def test_nesting_by_indentation():
    doc = parse("2. Agenda:\n\n    1. Opening.\n    2. Matters:\n        (a) Agenda;\n        (b) Officers.\n    3. Closure.\n")
    [para] = doc.children
    assert [c.marker.text for c in para.children] == ["1.", "2.", "3."]
    assert [c.marker.text for c in para.children[1].children] == ["(a)", "(b)"]
    assert para.children[1].children[0].depth == 2


def test_tabs_count_four_columns():
    doc = parse("1. P:\n\t(a) tab;\n    (b) spaces.\n")
    a, b = doc.items[1:]
    assert a.indent == 4 and b.indent == 4
    assert a.parent is b.parent


def test_i_after_h_is_letter_otherwise_roman():
    doc = parse("1. P:\n\n(g) g;\n(h) h;\n(i) i;\n(j) j.\n\n2. Q:\n\n(a) a:\n    (i) one;\n    (ii) two.\n")
    letters = {i.marker.text: i.marker.kind for i in doc.items}
    first_i = doc.items[3]
    assert first_i.marker.kind == "letter" and first_i.marker.value == 9
    roman_i = [i for i in doc.items if i.marker.text == "(i)"][1]
    assert roman_i.marker.kind == "roman" and roman_i.marker.value == 1
    assert letters["(ii)"] == "roman"


def test_v_and_x_and_double_letters():
    doc = parse("1. P:\n\n(u) u;\n(v) v;\n(w) w;\n(x) x.\n\n2. Q:\n\n(a) a:\n    (iv) four;\n    (v) five.\n")
    kinds = [(i.marker.text, i.marker.kind, i.marker.value) for i in doc.items if i.marker.text in ("(v)", "(x)")]
    assert kinds == [("(v)", "letter", 22), ("(x)", "letter", 24), ("(v)", "roman", 5)]


def test_roman_at_same_indent_nests_under_letter():
    doc = parse("1. P:\n\n(a) a:\n(i) one;\n(ii) two;\n(b) b.\n")
    one = doc.children[0]
    assert [c.marker.text for c in one.children] == ["(a)", "(b)"]
    assert [c.marker.text for c in one.children[0].children] == ["(i)", "(ii)"]


def test_bullets_at_column_zero_are_top_level():
    doc = parse("1. Elects:\n\n- Chair: Poland (Eastern European States)\n- Rapporteur: Chile (Latin American and Caribbean States)\n\n2. Decides.\n")
    assert [c.kind for c in doc.children] == ["item", "item", "item", "item"]
    assert doc.children[1].marker.kind == "bullet"


def test_invalid_marker():
    doc = parse("1. P:\n\n(ab) what?\n")
    assert ("SYN014", 3, 1) in codes(doc)
    assert doc.items[1].marker.kind == "invalid"


def test_inconsistent_indentation():
    doc = parse("1. P:\n\n    (a) a:\n        (i) one;\n      (ii) two.\n")
    assert [c[0] for c in codes(doc)] == ["SYN012"]


def test_absurd_number():
    doc = parse("99999999999999999999. Big.\n")
    assert doc.items[0].marker.value == 99999999999999999999


def test_signed_is_not_a_marker():
    doc = parse("(Signed) Secretary-General\n")
    assert doc.children[0].kind == "paragraph"


def test_an_item_with_no_text_is_reported():
    # (accepted silently, where an empty heading or footnote is reported: a spec audit)
    doc = parse("1.\n\n2. Decides:\n    (a)\n    (b) text;\n\n3. Parent:\n    (a) child.\n")
    assert [(d.code, d.span.line) for d in doc.diagnostics] == [("SYN022", 1), ("SYN022", 4)]
