"""Every rule's docstring examples run as tests, so the docs cannot drift."""

import pytest

from undoc_lint.registry import load_registry
from undoc_lint.testing import doc_examples, run_example

REGISTRY = load_registry()
RULES = sorted(REGISTRY.rules.values(), key=lambda c: c.code)
EXAMPLES = [(cls, ex) for cls in RULES for ex in doc_examples(cls)]


def test_registry_loaded_cleanly():
    assert not REGISTRY.problems, REGISTRY.problems


@pytest.mark.parametrize("cls", RULES, ids=lambda c: c.code)
def test_rule_documents_itself(cls):
    doc = cls.__doc__ or ""
    for section in ("What it checks:", "Why:", "Example:", "Fix safety:"):
        assert section in doc, f"{cls.code} docstring lacks {section!r}"
    kinds = {ex.kind for ex in doc_examples(cls)}
    assert kinds == {"fail", "pass"}, f"{cls.code} needs a failing and a passing example"
    if cls.fixable:
        assert any(ex.fixed is not None for ex in doc_examples(cls)), f"{cls.code} is fixable but shows no fixed text"


@pytest.mark.parametrize("cls,ex", EXAMPLES, ids=[ex.name for _, ex in EXAMPLES])
def test_doc_example(cls, ex):
    run_example(cls, ex)
