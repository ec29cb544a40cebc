"""The YAML case files in tests/rules/cases/, one per rule (sqlfluff style)."""

from pathlib import Path

import pytest

from undoc_lint.registry import load_registry
from undoc_lint.testing import load_cases, run_example

CASES_DIR = Path(__file__).parent / "cases"
REGISTRY = load_registry()
CASES = [(path.stem, ex) for path in sorted(CASES_DIR.glob("*.yaml")) for ex in load_cases(path)]


@pytest.mark.parametrize("cls", sorted(REGISTRY.rules.values(), key=lambda c: c.code), ids=lambda c: c.code)
def test_every_rule_has_cases(cls):
    assert (CASES_DIR / f"{cls.code}.yaml").exists(), f"tests/rules/cases/{cls.code}.yaml is missing"


@pytest.mark.parametrize("code,ex", CASES, ids=[f"{code}-{ex.name}" for code, ex in CASES])
def test_case(code, ex):
    cls = REGISTRY.rules.get(code)
    assert cls is not None, f"case file for unknown rule {code}"
    run_example(cls, ex)
