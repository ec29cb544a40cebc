"""Spec §1: front matter."""

import pytest

from helpers import codes, parse


def test_front_matter_mapping_and_positions():
    doc = parse("---\nsymbol: A/RES/99/1\nlanguage: en\ndates: 2021-06-29/2021-07-01\n---\n\n# Title\n")
    fm = doc.front_matter
    assert fm.data["symbol"] == "A/RES/99/1"
    assert doc.language == "en" and doc.language_declared
    assert (fm.span.line, fm.span.end_line) == (1, 5)
    entry = fm.entries["symbol"]
    assert (entry.key_span.line, entry.key_span.column) == (2, 1)
    assert (entry.value_span.line, entry.value_span.column, entry.value_span.end_column) == (2, 9, 19)
    assert codes(doc) == []
    assert doc.children[0].kind == "heading"


def test_yaml_error_is_mapped_to_file_line_and_column():
    doc = parse("---\nsymbol: A/RES/1\nbody: [unclosed\n---\n")
    [(code, line, col)] = codes(doc)
    assert code == "SYN006"
    assert line >= 3  # the error lies in the file's own lines, not the YAML's
    assert "YAML line" in doc.diagnostics[0].message


@pytest.mark.parametrize("body", ["# only a comment\n", "# \n", "~\n", "# a\n# b\n"])
def test_front_matter_of_comments_only_is_empty(body):
    # (found by the property tests: a comment-only front matter loads as None and crashed)
    doc = parse(f"---\n{body}---\n\n# Title\n")
    assert doc.front_matter.data == {} and doc.front_matter.valid
    assert codes(doc) == []


@pytest.mark.parametrize("body", ["- a\n- b\n", "5\n", "-5\n", "1e3\n", ".nan\n", "true\n", "0x1F\n", "!!int 5\n", "foo\n"])
def test_not_a_mapping(body):
    # (a number or boolean crashed while positions were read: found by fuzzing)
    doc = parse(f"---\n{body}---\n")
    assert [c[0] for c in codes(doc)] == ["SYN006"]
    assert "mapping" in doc.diagnostics[0].message


@pytest.mark.parametrize("body", ["a: &a\n  <<: *a\n", "x: &a {<<: *a}\n", "? [x, y]: {a: b}\n"])
def test_yaml_that_ruamel_cannot_construct_is_malformed(body):
    # (a merge key that refers to its own mapping raised AttributeError in ruamel: exit 3; found by fuzzing)
    doc = parse(f"---\n{body}---\n")
    assert [c[0] for c in codes(doc)] == ["SYN006"] and "\n" not in doc.diagnostics[0].message


def test_unterminated_front_matter():
    doc = parse("---\nsymbol: A/1\n\n1. Text.\n")
    assert ("SYN005", 1, 1) in codes(doc)
    assert doc.front_matter is None
    assert doc.items and doc.items[0].marker.value == 1  # the rest is still modelled


def test_unknown_key_is_a_warning_with_suggestion():
    doc = parse("---\nsymbl: A/1\n---\n")
    [d] = doc.diagnostics
    assert d.code == "SYN007" and str(d.severity) == "warning" and "symbol" in d.message
    assert (d.span.line, d.span.column) == (2, 1)


def test_invalid_values():
    doc = parse("---\nlanguage: de\ndistribution: Public\ndates: 2021-06-31\n---\n")
    assert sorted(c[0] for c in codes(doc)) == ["SYN008", "SYN008", "SYN008"]


def test_dates_as_yaml_date_and_abbreviated_interval():
    doc = parse("---\ndates: 2021-06-29\n---\n")
    assert codes(doc) == []
    assert doc.front_matter.data["dates"] == "2021-06-29"
    assert codes(parse("---\ndates: 2021-06-29/07-01\n---\n")) == []


def test_front_matter_only_at_the_very_top():
    doc = parse("\n---\nsymbol: A/1\n---\n")
    assert doc.front_matter is None


def test_no_python_objects_from_tags():
    doc = parse("---\nsymbol: !!python/object/apply:os.system ['echo hacked']\n---\n")
    value = doc.front_matter.data.get("symbol") if doc.front_matter.valid else None
    assert value is None or isinstance(value, (str, list, dict))


def test_alias_bomb_is_rejected_quickly():
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
        prev = name
    lines.append("---")
    doc = parse("\n".join(lines) + "\n")
    assert [c[0] for c in codes(doc)] == ["SYN006"]
    assert "expands" in doc.diagnostics[0].message


def test_crlf_front_matter():
    doc = parse("---\r\nlanguage: zh\r\n---\r\n\r\n1. 文本。\r\n")
    assert doc.language == "zh" and codes(doc) == []


# The fast path for plain `key: text` front matter reads exactly what ruamel.yaml reads.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from undoc_lint.frontmatter import _plain, _positions, _yaml, simple_mapping  # noqa: E402

_KEYS = st.sampled_from(["symbol", "language", "body", "dates", "venue", "a", "b-c", "x_1"])
_VALUES = st.one_of(
    st.sampled_from(["A/RES/75/224", "zh", "2021-06-29/2021-07-01", "2021-06-29", "75", "-1", "1e3", ".5", "true", "no",
                     "null", "~", "内罗毕", "a: b", "a:b", "x #y", "'q'", "[1]", "*a", "&a b", "!t x", "- x", "a:", "%x",
                     "General", "第一次会议/高级别审查", "nan", ".nan", "0x1F", "Y"]),
    st.text(alphabet="ab :#-'\"[]{}!&*|>%@`,?01.\t", min_size=1, max_size=12),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(_KEYS, _VALUES, st.sampled_from([" ", "  "]), st.booleans()), min_size=1, max_size=6))
def test_fast_path_agrees_with_ruamel(entries):
    text = "".join(f"{k}:{sp}{v}\n" + ("# note\n" if c else "") for k, v, sp, c in entries)
    fast = simple_mapping(text)
    try:
        loaded = _yaml().load(text)
    except Exception:
        assert fast is None, f"the fast path read what ruamel.yaml rejects: {text!r}"
        return
    if fast is None:
        return
    data = _plain(loaded, [0])
    assert fast[0] == data
    assert fast[1] == _positions(loaded, data)


def test_dates_that_run_backwards():
    # (accepted: a spec audit and a hunt)
    for value in ("2021-07-01/2021-06-29", "2021-07-01/06-29", "2021-07-03/01"):
        doc = parse(f"---\ndates: {value}\n---\n")
        [d] = doc.diagnostics
        assert d.code == "SYN008" and "runs backwards" in d.message, d.message
    assert parse("---\ndates: 2021-06-29/07-01\n---\n").diagnostics == []


@pytest.mark.parametrize("text, where", [
    ("--- \nlanguage: en\n---\n\n1. One.\n", (1, "blanks after it")),
    ("\n---\nlanguage: en\n---\n\n1. One.\n", (2, "not the first line")),
    ("<!-- a note -->\n---\nlanguage: en\n---\n\n1. One.\n", (2, "not the first line")),
])
def test_a_near_miss_front_matter_is_reported_not_silently_read_as_text(text, where):
    # (its keys, `language` among them, were lost without a word: a spec audit)
    doc = parse(text)
    [d] = [d for d in doc.diagnostics if d.code == "SYN021"]
    assert d.span.line == where[0] and where[1] in d.message and doc.front_matter is None


def test_a_closing_line_with_blanks_after_it_is_named():
    [d] = parse("---\nlanguage: en\n---  \n\n1. One.\n").diagnostics
    assert d.code == "SYN005" and "line 3 is `---` with blanks after it" in d.message


def test_rules_in_the_body_are_no_front_matter():
    assert parse("Text.\n\n---\n\nMore.\n\n---\n").diagnostics == []
