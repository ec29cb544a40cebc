"""Spec §4: `undoc-lint:` directives suppress by code, prefix or name; bad and unused ones are reported."""

from undoc_lint.runner import Linter


def lint(text):
    _, diags = Linter().lint_text(text, "d.undoc.md")
    return [(d.code, d.span.line) for d in diags]


def test_disable_enable_range():
    text = "1. One.\n\n<!-- undoc-lint: disable NUM001 -->\n\n3. Three.\n\n<!-- undoc-lint: enable NUM001 -->\n\n5. Five.\n"
    assert lint(text) == [("NUM001", 9)]


def test_disable_by_family_prefix_and_name():
    assert lint("<!-- undoc-lint: disable NUM -->\n1. One.\n\n3. Three.\n") == []
    assert lint("<!-- undoc-lint: disable operative-sequence -->\n1. One.\n\n3. Three.\n") == []


def test_disable_next_line_skips_blank_lines():
    assert lint("1. One.\n\n<!-- undoc-lint: disable-next-line NUM001 -->\n\n3. Three.\n") == []


def test_disable_file_anywhere():
    assert lint("1. One.\n\n3. Three.[^9]\n\n<!-- undoc-lint: disable-file -->\n") == []


def test_directive_without_codes_applies_to_all():
    assert lint("<!-- undoc-lint: disable -->\n1. One.[^9]\n\n3. Three.\n") == []


def test_unknown_code_is_reported():
    assert ("SYN018", 1) in lint("<!-- undoc-lint: disable NUM999X -->\n1. One.\n")


def test_unused_directive_is_reported():
    assert lint("<!-- undoc-lint: disable-next-line FN001 -->\n1. One.\n") == [("SYN019", 1)]


def test_enable_closes_only_its_own_codes():
    text = ("<!-- undoc-lint: disable NUM001 -->\n<!-- undoc-lint: disable FN001 -->\n1. One.[^1]\n\n"
            "<!-- undoc-lint: enable FN001 -->\n\n3. Three.[^2]\n")
    assert lint(text) == [("FN001", 7)]


def test_ignoring_directives_audits_them():
    _, diags = Linter(use_directives=False).lint_text("<!-- undoc-lint: disable-file -->\n1. One.\n\n3. Three.\n", "d.undoc.md")
    assert [d.code for d in diags] == ["NUM001"]


def test_an_enable_that_closes_nothing_is_reported():
    # (a stray or misspelt `enable` was silent, and the `disable` it was meant for ran on: fuzzing)
    assert lint("<!-- undoc-lint: enable NUM001 -->\n1. One.\n") == [("SYN019", 1)]
    text = "<!-- undoc-lint: disable NUM001 -->\n1. One.\n\n3. Three.\n\n<!-- undoc-lint: enable FN001 -->\n"
    assert lint(text) == [("SYN019", 6)]


def test_a_directive_after_text_on_its_line_is_reported_not_silently_ignored():
    # (found by fuzzing: `3. b <!-- undoc-lint: disable-file NUM001 -->` did nothing, and said nothing)
    text = "1. a\n\n3. b <!-- undoc-lint: disable-file NUM001 -->\n"
    assert lint(text) == [("NUM001", 3), ("SYN013", 3)]
    assert lint("1. One <!-- a note, not a directive -->.\n") == []


def test_enable_of_one_code_leaves_the_others_disabled():
    # (`enable NUM001` ended the whole `disable NUM001, DATE001`, or a bare `disable`: a spec audit)
    body = "1. One.\n\n3. Three.\n\n<!-- undoc-lint: enable NUM001 -->\n\n5. On 31 June 2021.\n"
    assert lint("<!-- undoc-lint: disable NUM001, DATE001 -->\n\n" + body) == [("NUM001", 9)]
    assert lint("<!-- undoc-lint: disable -->\n\n" + body) == [("NUM001", 9)]
    # a bare `enable` then ends what is left, and the directive counts as used once
    assert lint("<!-- undoc-lint: disable -->\n\n" + body + "\n<!-- undoc-lint: enable -->\n\n7. On 31 June 2021.\n") == [
        ("NUM001", 9), ("NUM001", 13), ("DATE001", 13)]
    assert lint("<!-- undoc-lint: disable NUM001, DATE001 -->\n\n1. One.\n\n<!-- undoc-lint: enable NUM001 -->\n\n"
                "3. On 31 June 2021.\n") == [("NUM001", 7)]
