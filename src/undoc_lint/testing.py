"""Helpers for testing rules, used by undoc-lint's own suite and by rule-pack authors.

* ``check_text(text, select=..., language=..., options=...)`` lints a string.
* ``doc_examples(rule)`` reads the fenced examples of a rule's docstring.
* ``load_cases(path)`` reads a YAML case file; ``run_case(case)`` checks one.

A YAML case file is a list of cases (or a mapping with ``rule:`` and
``cases:``), each with ``name``, ``text``, optional ``language``,
``options`` (for the rule under test), ``expect`` (a list of
``"LINE:COLUMN CODE"`` strings; empty means the text must pass) and
optional ``fixed`` (the text after applying every fix).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .api import parse_text
from .diagnostics import Diagnostic
from .engine import run_rules
from .fixes import apply_edits, choose_fixes
from .registry import load_registry

_FENCE = re.compile(r"^[ \t]*```(?P<info>[^\n]*)\n(?P<body>.*?)^[ \t]*```[ \t]*$", re.S | re.M)


@dataclass
class Example:
    kind: str  # fail | pass
    text: str
    language: str | None = None
    options: dict = field(default_factory=dict)
    expect: list[str] = field(default_factory=list)
    fixed: str | None = None
    name: str = ""


def check_text(text: str, select: list[str] | str | None = None, language: str | None = None,
               options: dict[str, dict] | None = None, path: str = "<test>.undoc.md") -> list[Diagnostic]:
    """Lint a string with the selected rules (codes, prefixes or names); SYN diagnostics included."""
    doc = parse_text(text, path)
    if language:
        doc.language = language
    rules = _instantiate(select, options)
    diags, _ = run_rules(doc, rules)
    return sorted(doc.diagnostics + diags, key=lambda d: d.sort_key())


def _instantiate(select, options):
    reg = load_registry()
    if isinstance(select, str):
        select = [select]
    rules = []
    for code, cls in sorted(reg.rules.items()):
        if select is None or any(code.startswith(s.upper()) or cls.name == s for s in select):
            opts = (options or {}).get(code) or (options or {}).get(cls.name)
            rules.append(cls(cls.make_options(opts)))
    return rules


def fix_text(text: str, select=None, language=None, options=None, unsafe: bool = True, limit: int = 10) -> str:
    """Apply the selected rules' fixes until nothing changes (at most ``limit`` rounds)."""
    for _ in range(limit):
        diags = [d for d in check_text(text, select, language, options) if d.fix]
        _, edits = choose_fixes(diags, unsafe=unsafe)
        if not edits:
            break
        text = apply_edits(text, edits)
    return text


def _dedent(body: str) -> str:
    lines = body.split("\n")
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] for l in lines)


def _parse_info(info: str) -> tuple[list[str], dict[str, Any]]:
    words, opts = [], {}
    for w in info.split():
        if "=" in w:
            k, v = w.split("=", 1)
            opts[k] = _value(v)
        else:
            words.append(w)
    return words, opts


def _value(v: str) -> Any:
    if v in ("true", "false"):
        return v == "true"
    if v.isdigit():
        return int(v)
    if "," in v:
        return v.split(",")
    return v


def doc_examples(rule_cls) -> list[Example]:
    """The examples in a rule's docstring, in order (see undoc_lint.rule)."""
    doc = rule_cls.__doc__ or ""
    examples: list[Example] = []
    for n, m in enumerate(_FENCE.finditer(doc)):
        words, opts = _parse_info(m.group("info"))
        body = _dedent(m.group("body"))
        if not words:
            continue
        if words[0] == "undoc" and len(words) > 1 and words[1] in ("fail", "pass"):
            lang = opts.pop("lang", None)
            examples.append(Example(words[1], body, lang, opts, name=f"{rule_cls.code}-doc-{n}"))
        elif words[0] == "expect" and examples:
            examples[-1].expect = [l.strip() for l in body.splitlines() if l.strip()]
        elif words[0] == "undoc" and len(words) > 1 and words[1] == "fixed" and examples:
            examples[-1].fixed = body
    return examples


def expectation(diags: list[Diagnostic]) -> list[str]:
    return [f"{d.span.line}:{d.span.column} {d.code}" for d in diags]


def run_example(rule_cls, ex: Example) -> None:
    """Assert an example: exactly the expected diagnostics of this rule, and the fixed text."""
    options = {rule_cls.code: ex.options} if ex.options else None
    diags = [d for d in check_text(ex.text, rule_cls.code, ex.language, options) if d.code == rule_cls.code]
    got = expectation(diags)
    want = [" ".join(e.split()[:2]) for e in ex.expect] if ex.kind == "fail" else []
    detail = "\n".join(f"  {d.span.line}:{d.span.column} {d.code} {d.message}" for d in diags)
    assert sorted(got) == sorted(want), f"{ex.name}: expected {want}, got {got}\n{detail}\n--- text ---\n{ex.text}"
    if ex.kind == "fail":
        assert diags, f"{ex.name}: a failing example must produce a diagnostic"
    for e, d in zip(sorted(ex.expect), sorted(diags, key=lambda d: f"{d.span.line}:{d.span.column} {d.code}")):
        words = e.split(None, 2)
        if len(words) == 3:
            assert words[2] in d.message, f"{ex.name}: message {d.message!r} lacks {words[2]!r}"
    if ex.fixed is not None:
        fixed = fix_text(ex.text, rule_cls.code, ex.language, options)
        assert fixed == ex.fixed, f"{ex.name}: fixed text differs\n--- got ---\n{fixed}\n--- want ---\n{ex.fixed}"


def load_cases(path) -> list[Example]:
    from ruamel.yaml import YAML

    with open(path, encoding="utf-8") as fh:
        data = YAML(typ="safe", pure=True).load(fh)
    cases = data.get("cases", []) if isinstance(data, dict) else data
    out = []
    for i, c in enumerate(cases):
        expect = c.get("expect") or []
        out.append(Example("fail" if expect else "pass", c["text"], c.get("language"), c.get("options") or {},
                           [str(e) for e in expect], c.get("fixed"), c.get("name") or f"case-{i}"))
    return out
