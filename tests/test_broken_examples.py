"""examples/broken/: one deliberately broken document per family, with its exact diagnostics."""

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from undoc_lint.runner import Linter

BROKEN = Path(__file__).resolve().parent.parent / "examples" / "broken"
EXPECTED = YAML(typ="safe").load((BROKEN / "expected.yaml").read_text(encoding="utf-8"))
FAMILIES = {"numbering": "NUM", "footnotes": "FN", "symbols": "SYM", "dates": "DATE", "bureau": "BUR"}


def test_one_broken_example_per_family():
    stems = {name.split(".")[0] for name in EXPECTED}
    assert stems == set(FAMILIES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_example(name):
    _, diags = Linter().lint_path(str(BROKEN / name))
    got = [f"{d.span.line}:{d.span.column} {d.code}" for d in diags]
    assert got == EXPECTED[name]
    family = FAMILIES[name.split(".")[0]]
    assert all(code.split()[1].startswith(family) for code in EXPECTED[name]), "each file breaks only its own family"
