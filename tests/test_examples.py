"""The showcase documents in examples/ parse without a SYN diagnostic and lint clean."""

from pathlib import Path

import pytest

from undoc_lint.api import read_path
from undoc_lint.diagnostics import Severity
from undoc_lint.runner import Linter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.undoc.md"))
# drafts of a false-positive hunt, correct by UN conventions (tests/fixtures/README.md)
CLEAN = sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.undoc.md"))


def test_there_are_examples():
    assert len(CLEAN) >= 19
    names = {p.name for p in EXAMPLES}
    assert "oecpr-2021-outcome.zh.undoc.md" in names
    assert any(".en." in n for n in names)


@pytest.mark.parametrize("path", EXAMPLES + CLEAN, ids=lambda p: p.name)
def test_example_parses_without_syntax_diagnostics(path):
    doc = read_path(path)
    assert doc.diagnostics == [], [(d.code, d.span.line, d.message) for d in doc.diagnostics]


@pytest.mark.parametrize("path", EXAMPLES + CLEAN, ids=lambda p: p.name)
def test_example_lints_clean(path):
    _, diags = Linter().lint_path(str(path))
    above_info = [d for d in diags if d.severity > Severity.INFO]
    assert above_info == [], "\n".join(f"{d.span.line}:{d.span.column} {d.code} {d.message}" for d in above_info)


def test_seed_conversion_is_faithful():
    """The converted seed keeps the seed's structure: instruments, paragraph numbers, footnotes, bureau."""
    doc = read_path(ROOT / "examples" / "oecpr-2021-outcome.zh.undoc.md")
    assert [s.heading.text.split("：")[0] for s in doc.instruments] == [
        "第 2021/1 号建议", "第 2021/2 号建议", "第 2021/3 号建议", "第 2021/4 号建议", "第 2021/1 号决定"]

    def operative(section):
        out = []
        stack = list(section.children)
        while stack:
            node = stack.pop(0)
            if node.kind == "section":
                stack[:0] = node.children
            elif node.kind == "item" and node.marker.kind == "number":
                out.append(node.marker.value)
        return out

    assert [operative(s) for s in doc.instruments] == [list(range(1, 11)), list(range(1, 9)), list(range(1, 6)), list(range(1, 6)), []]
    assert [r.label for r in doc.footnote_refs] == [str(n) for n in range(1, 15)]
    assert [d.text for d in doc.footnote_defs][12:] == ["A/RES/75/224。", "A/74/8。"]
    agenda = [i for i in doc.items if i.depth == 1 and i.marker.kind == "number"]
    assert len(agenda) == 16 + 9
    bureau = [i.text for i in doc.items if i.marker.kind == "bullet"]
    assert bureau == ["主席：巴基斯坦（亚太国家）", "副主席：坦桑尼亚联合共和国（非洲国家）", "副主席：哥伦比亚（拉丁美洲和加勒比国家）",
                      "副主席：（空缺）（西欧和其他国家）", "报告员：（空缺）（东欧国家）"]
