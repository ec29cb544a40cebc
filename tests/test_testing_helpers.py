"""The helpers rule authors test with fail loudly on a typo, and test the rule they are given."""

import pytest

from undoc_lint.diagnostics import Severity
from undoc_lint.rule import Rule
from undoc_lint.testing import check_text, doc_examples, run_example

TEXT = "1. *Decides* one;\n\n3. *Decides* two.\n"


@pytest.mark.parametrize("kwargs", [
    {"select": "NUM99"}, {"select": "operative-sequenc"}, {"select": "NUM001", "options": {"NUM01": {"scope": "document"}}},
    {"select": "NUM001", "language": "english"},
])
def test_a_selector_option_key_or_language_that_names_nothing_is_an_error(kwargs):
    # (each gave [] or ignored the option: a "must not fire" test passed having checked nothing: a hunt)
    with pytest.raises(ValueError):
        check_text(TEXT, **kwargs)


def test_selectors_are_read_as_on_the_command_line():
    assert [d.code for d in check_text(TEXT, select=["Operative-Sequence"], language="en")] == ["NUM001"]
    assert [d.code for d in check_text(TEXT, select="NUM", language="en")] == ["NUM001"]


class LocalRule(Rule):
    """Reports `two`; not installed.

    Example:
        ```undoc fail lang=en
        1. *Decides* two.
        ```
        ```expect
        1:14 LOC001
        ```
        ```undoc pass lang=en
        1. *Decides* one.
        ```
    """

    code, name, severity = "LOC001", "local-rule", Severity.INFO

    def check(self, doc):
        at = doc.text.find("two")
        if at >= 0:
            yield self.diagnostic(doc.span(at, at + 3), "two")


def test_the_class_given_is_the_rule_tested_even_when_not_installed():
    # (the installed rule with that code ran instead, or none: a hunt)
    for ex in doc_examples(LocalRule):
        run_example(LocalRule, ex)


def test_a_misspelt_example_fence_is_an_error():
    class Misspelt(LocalRule):
        """Doc.

        ```undoc fial lang=en
        1. two
        ```
        """

    with pytest.raises(ValueError, match="undoc fial"):
        doc_examples(Misspelt)
