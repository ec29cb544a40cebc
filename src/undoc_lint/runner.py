"""Lint files: select rules, read, parse, run, filter, fix.

This is what the CLI, the pre-commit hook and the pytest plugin share.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .api import parse_text, read_path
from .diagnostics import Diagnostic, Severity
from .engine import apply_directives, run_rules
from .fixes import apply_edits, choose_fixes
from .model import Document
from .registry import Registry, load_registry
from .rule import Rule
from .syntax import CHECKS, syn

SUFFIXES = (".undoc.md", ".undoc")
FIX_ROUNDS = 10


class UsageError(Exception):
    """A bad selector, option or configuration value: exit code 2."""


@dataclass
class Selection:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    options: dict[str, dict] = field(default_factory=dict)  # rule code or name -> options
    severity: dict[str, str] = field(default_factory=dict)  # rule code or name -> severity


def _all_codes(reg: Registry) -> dict[str, str]:
    out = {code: cls.name for code, cls in reg.rules.items()}
    out.update({c.code: c.name for c in CHECKS.values()})
    return out


def match_selector(sel: str, code: str, name: str) -> bool:
    s = sel.strip()
    return s.upper() == "ALL" or code.startswith(s.upper()) or name == s.lower()


def check_selectors(reg: Registry, selectors: list[str], what: str) -> None:
    codes = _all_codes(reg)
    for sel in selectors:
        if not any(match_selector(sel, c, n) for c, n in codes.items()):
            pool = sorted(set(codes) | set(codes.values()) | {c.rstrip("0123456789") for c in codes})
            close = difflib.get_close_matches(sel.upper(), pool, n=1) or difflib.get_close_matches(sel.lower(), pool, n=1)
            hint = f"; did you mean `{close[0]}`?" if close else "; `undoc-lint rules` lists them"
            raise UsageError(f"{what} `{sel}` matches no rule code, prefix, family or name{hint}")


def enabled_codes(reg: Registry, sel: Selection) -> set[str]:
    check_selectors(reg, sel.select, "--select")
    check_selectors(reg, sel.extend_select, "--extend-select")
    check_selectors(reg, sel.ignore, "--ignore")
    out = set()
    for code, name in _all_codes(reg).items():
        chosen = any(match_selector(s, code, name) for s in sel.select + sel.extend_select)
        if chosen and not any(match_selector(s, code, name) for s in sel.ignore):
            out.add(code)
    return out


def build_rules(reg: Registry, codes: set[str], sel: Selection) -> list[Rule]:
    rules = []
    for code in sorted(codes):
        cls = reg.rules.get(code)
        if cls is None:
            continue
        opts = sel.options.get(code) or sel.options.get(cls.name)
        sev = sel.severity.get(code) or sel.severity.get(cls.name)
        try:
            rules.append(cls(cls.make_options(opts), Severity.parse(sev) if sev else None))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    return rules


@dataclass
class Linter:
    selection: Selection = field(default_factory=Selection)
    language: str | None = None  # overrides detection when the front matter says nothing
    use_directives: bool = True
    registry: Registry = field(default_factory=load_registry)

    def __post_init__(self):
        self.codes = enabled_codes(self.registry, self.selection)
        self.rules = build_rules(self.registry, self.codes, self.selection)
        self.severity_override = {code: Severity.parse(v) for key, v in self.selection.severity.items()
                                  for code in [self._code_for(key)] if code in CHECKS}

    def _code_for(self, key: str) -> str | None:
        cls = self.registry.lookup(key)
        if cls is not None:
            return cls.code
        for check in CHECKS.values():
            if key.upper() == check.code or key.lower() == check.name:
                return check.code
        return None

    def lint_document(self, doc: Document) -> list[Diagnostic]:
        if self.language and not doc.language_declared:
            doc.language = self.language
        diags, _ = run_rules(doc, self.rules)
        diags = list(doc.diagnostics) + diags
        for problem in self.registry.problems:
            diags.append(syn("ENG002", doc.span(0, 0), problem.message, doc.path))
        if self.use_directives:
            diags = apply_directives(doc, diags, self.registry)
        out = []
        for d in diags:
            if d.code not in self.codes:
                continue
            if d.code in self.severity_override:
                d.severity = self.severity_override[d.code]
            d.path = doc.path
            out.append(d)
        return sorted(out, key=lambda d: d.sort_key())

    def lint_text(self, text: str, path: str = "<stdin>") -> tuple[Document, list[Diagnostic]]:
        doc = parse_text(text, path)
        return doc, self.lint_document(doc)

    def lint_path(self, path: str) -> tuple[Document, list[Diagnostic]]:
        doc = read_path(path)
        return doc, self.lint_document(doc)

    def fix_text(self, text: str, path: str, unsafe: bool = False) -> tuple[str, list[Diagnostic], list[Diagnostic]]:
        """Apply fixes to a fixed point. Returns (new text, fixed diagnostics, remaining diagnostics).

        A round whose result parses with more syntax errors than before is
        dropped, and its diagnostics stay.
        """
        fixed: list[Diagnostic] = []
        doc, diags = self.lint_text(text, path)
        for _ in range(FIX_ROUNDS):
            chosen, edits = choose_fixes(diags, unsafe)
            if not edits:
                break
            candidate = apply_edits(text, edits)
            new_doc, new_diags = self.lint_text(candidate, path)
            if _syntax_errors(new_doc) > _syntax_errors(doc) or candidate == text:
                break
            fixed.extend(chosen)
            text, doc, diags = candidate, new_doc, new_diags
        return text, fixed, diags


def _syntax_errors(doc: Document) -> int:
    return sum(1 for d in doc.diagnostics if d.code.startswith("SYN") and d.severity == Severity.ERROR)


def collect_files(paths: list[str]) -> list[str]:
    """Explicit files as given; directories searched for *.undoc.md and *.undoc (hidden ones skipped)."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for f in sorted(files):
                    if f.endswith(SUFFIXES):
                        out.append(os.path.join(root, f))
        else:
            out.append(p)
    seen = set()
    unique = []
    for f in out:
        key = os.path.normpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def write_atomic(path: str, text: str, bom: bool = False) -> None:
    """Write through a temporary file in the same directory, then replace; keep the mode."""
    import tempfile

    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write((("\ufeff" if bom else "") + text).encode("utf-8", "surrogatepass"))
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
