"""examples/broken/: one deliberately broken document per family, with its exact diagnostics."""

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from undoc_lint.runner import Linter

BROKEN = Path(__file__).resolve().parent.parent / "examples" / "broken"
# expected.yaml (Chinese and English) and expected.<lang>.yaml for the other languages.
EXPECTED = {name: codes for path in sorted(BROKEN.glob("expected*.yaml"))
            for name, codes in YAML(typ="safe").load(path.read_text(encoding="utf-8")).items()}
FAMILIES = {"numbering": "NUM", "footnotes": "FN", "symbols": "SYM", "dates": "DATE", "bureau": "BUR"}


def test_one_broken_example_per_family_and_language():
    stems = {name.split(".")[0] for name in EXPECTED}
    assert stems == set(FAMILIES)
    languages = {name.split(".")[1] for name in EXPECTED}
    for lang in languages - {"en", "zh"}:  # the other languages break every family
        assert {n.split(".")[0] for n in EXPECTED if n.split(".")[1] == lang} == set(FAMILIES), lang


def test_every_broken_file_has_expectations():
    assert {p.name for p in BROKEN.glob("*.undoc.md")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_example(name):
    _, diags = Linter().lint_path(str(BROKEN / name))
    got = [f"{d.span.line}:{d.span.column} {d.code}" for d in diags]
    assert got == EXPECTED[name]
    family = FAMILIES[name.split(".")[0]]
    assert all(code.split()[1].startswith(family) for code in EXPECTED[name]), "each file breaks only its own family"
