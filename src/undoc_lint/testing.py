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


def check_text(text: str, select: list | str | type | None = None, language: str | None = None,
               options: dict[str, dict] | None = None, path: str = "<test>.undoc.md") -> list[Diagnostic]:
    """Lint a string with the selected rules (codes, prefixes, families or names, as on the command
    line, or rule classes, run as given even when not installed); SYN diagnostics included. A
    selector, option key or language that names nothing is a ValueError, not a test that passes
    having checked nothing."""
    from .lang import LANGUAGES

    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language {language!r} is none of {', '.join(LANGUAGES)}")
    doc = parse_text(text, path)
    if language:
        doc.language = language
    rules = _instantiate(select, options)
    diags, _ = run_rules(doc, rules)
    return sorted(doc.diagnostics + diags, key=lambda d: d.sort_key())


def _instantiate(select, options):
    from .engine import match_selector
    from .runner import UsageError, check_selectors

    reg = load_registry()
    if select is None or isinstance(select, (str, type)):
        select = None if select is None else [select]
    classes = [s for s in select or () if isinstance(s, type)]
    words = [s for s in select or () if not isinstance(s, type)]
    try:
        check_selectors(reg, words, "select")
    except UsageError as exc:
        raise ValueError(str(exc)) from None
    chosen = list(classes) + [cls for code, cls in sorted(reg.rules.items())
                              if cls not in classes and (select is None or any(match_selector(w, code, cls.name) for w in words))]
    given = {k: False for k in options or {}}
    rules = []
    for cls in chosen:
        keys = [k for k in options or {} if k.upper() == cls.code or k.lower() == cls.name]
        for k in keys:
            given[k] = True
        rules.append(cls(cls.make_options(options[keys[0]] if keys else None)))
    if unused := [k for k, used in given.items() if not used]:
        raise ValueError(f"options for {', '.join(map(repr, unused))}, which names no selected rule")
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
        elif words[0] == "undoc" or (words[0].startswith("expect") and words[0] != "expect"):
            # (a misspelt fence, ```undoc fial or ```expected, was skipped: the example then never ran)
            raise ValueError(f"{rule_cls.code}: a docstring example fenced ```{m.group('info').strip()}: expected "
                             f"```undoc fail, ```undoc pass, ```undoc fixed or ```expect")
    return examples


def expectation(diags: list[Diagnostic]) -> list[str]:
    return [f"{d.span.line}:{d.span.column} {d.code}" for d in diags]


def run_example(rule_cls, ex: Example) -> None:
    """Assert an example: exactly the expected diagnostics of this rule, and the fixed text."""
    options = {rule_cls.code: ex.options} if ex.options else None
    diags = [d for d in check_text(ex.text, rule_cls, ex.language, options) if d.code == rule_cls.code]
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
        fixed = fix_text(ex.text, rule_cls, ex.language, options)
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
