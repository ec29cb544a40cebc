"""Lint files: select rules, read, parse, run, filter, fix.

This is what the CLI, the pre-commit hook and the pytest plugin share.
"""

from __future__ import annotations

import dataclasses
import os

from .api import gc_paused_for, parse_text, read_path
from .atomic import replace_atomically
from .diagnostics import Diagnostic, Severity
from .engine import all_codes, apply_directives, match_selector, run_rules
from .fixes import apply_edits, choose_fixes
from .lang.detect import contradicted  # (here, not in the function: every document asks for it)
from .model import Document
from .records import dataclass, field
from .registry import Registry, load_registry
from .source import BOM
from .rule import Rule
from .syntax import CHECKS, syn

FIX_ROUNDS = 10


def _unsafe_within(diags: list[Diagnostic], start: int, end: int) -> None:
    """Make unsafe each safe fix that edits text in [start, end)."""
    for d in diags:
        if d.fix is not None and d.fix.safe and any(start <= e.start < end for e in d.fix.edits):
            d.fix = dataclasses.replace(d.fix, safe=False)


def _drop_fixes_that_delete_comments(text: str, diags: list[Diagnostic]) -> None:
    """No fix may delete a comment (an editor's query, an `undoc-lint:` directive) that stands
    inside what it replaces (`April <!-- TBC --> 5, 2023`): such a fix is withdrawn, whatever the
    rule (the rules read text with its comments dropped)."""
    if "<!--" not in text:
        return
    for d in diags:
        if d.fix is not None and any("<!--" in text[e.start:e.end] and "<!--" not in e.content for e in d.fix.edits):
            d.fix = None
            d.message += " (no fix: a comment stands inside the text it would replace)"


def _language_mismatch(doc: Document) -> Diagnostic | None:
    """SYN020, when the front matter's `language` is plainly not the text's (read with the
    rules, not by the parser: it looks at the text the way the analyses do)."""
    if not doc.language_declared or doc.front_matter is None or "language" not in doc.front_matter.entries:
        return None
    found = contradicted(doc, doc.language)
    if found is None:
        return None
    return syn("SYN020", doc.front_matter.entries["language"].value_span,
               f"`language: {doc.language}`, but the text is written in `{found}`: the rules read the draft as "
               f"`{doc.language}` (its dates, words and typography); expected the language of the text", doc.path)


class UsageError(Exception):
    """A bad selector, option or configuration value: exit code 2."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key  # the configuration key it is about (its file and line name it), None for a flag


@dataclass
class Selection:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    options: dict[str, dict] = field(default_factory=dict)  # rule code or name -> options
    severity: dict[str, str] = field(default_factory=dict)  # rule code or name -> severity


def _hint(word: str, pool: set[str], reg: Registry | None = None) -> str:
    import difflib  # only for the error message

    pool = sorted(pool)
    close = difflib.get_close_matches(word.upper(), pool, n=1) or difflib.get_close_matches(word.lower(), pool, n=1)
    hint = f"; did you mean `{close[0]}`?" if close else "; `undoc-lint rules` lists them"
    if reg is not None and reg.problems:  # (the rule may be in a pack that did not load: say why, not only "no rule")
        hint += " (not loaded: " + "; ".join(p.message for p in reg.problems[:3]) + \
            (f"; and {len(reg.problems) - 3} more" if len(reg.problems) > 3 else "") + ")"
    return hint


def check_selectors(reg: Registry, selectors: list[str], what: str, key: str | None = None) -> None:
    """`what` names where the selectors come from (a flag or a configuration key) for messages."""
    codes = all_codes(reg)
    for sel in selectors:
        if not sel.strip():
            raise UsageError(f"{what}: an empty selector is not a rule code, prefix, family or name", key)
        if not any(match_selector(sel, c, n) for c, n in codes.items()):
            pool = set(codes) | set(codes.values()) | {c.rstrip("0123456789") for c in codes}
            raise UsageError(f"{what}: `{sel}` matches no rule code, prefix, family or name{_hint(sel, pool, reg)}", key)


def enabled_codes(reg: Registry, sel: Selection) -> set[str]:
    check_selectors(reg, sel.select, "--select")
    check_selectors(reg, sel.extend_select, "--extend-select")
    check_selectors(reg, sel.ignore, "--ignore")
    out = set()
    for code, name in all_codes(reg).items():
        chosen = any(match_selector(s, code, name) for s in sel.select + sel.extend_select)
        if chosen and not any(match_selector(s, code, name) for s in sel.ignore):
            out.add(code)
    return out


def code_for(reg: Registry, key: str) -> str | None:
    """The code of the rule or syntax check that a code or name denotes (not a prefix)."""
    cls = reg.lookup(key)
    if cls is not None:
        return cls.code
    return next((c.code for c in CHECKS.values() if key.upper() == c.code or key.lower() == c.name), None)


def _by_code(reg: Registry, settings: dict, key: str) -> tuple[dict[str, object], dict[str, str]]:
    """`options` or `severity` keyed by code, and the key each code was given under. Every key
    must denote one rule, selected or not: a misspelt one would otherwise be ignored without a word."""
    out, given = {}, {}
    for k, v in settings.items():
        code = code_for(reg, k)
        if code is None:
            codes = all_codes(reg)
            if any(match_selector(k, c, n) for c, n in codes.items()):
                raise UsageError(f"`{key}`: `{k}` selects several rules; a rule code or name is expected, not a prefix or family", f"{key}.{k}")
            raise UsageError(f"`{key}`: `{k}` is not a rule code or name{_hint(k, set(codes) | set(codes.values()), reg)}", f"{key}.{k}")
        if key == "options" and code in CHECKS:
            raise UsageError(f"`options`: {code} ({CHECKS[code].name}) is a syntax check, which has no options", f"{key}.{k}")
        if code in given:
            raise UsageError(f"`{key}`: both `{given[code]}` and `{k}` name {code}; keep one", f"{key}.{k}")
        out[code], given[code] = v, k
    return out, given


def rule_settings(reg: Registry, sel: Selection) -> tuple[dict[str, object], dict[str, Severity]]:
    """Each rule's typed options and each code's severity, by code."""
    (options, given), (severity, given_sev) = _by_code(reg, sel.options, "options"), _by_code(reg, sel.severity, "severity")
    made = {}
    for code, values in options.items():
        try:
            made[code] = reg.rules[code].make_options(values)
        except ValueError as exc:  # (the key of the option, or of the rule, names the line)
            option = getattr(exc, "option", None)
            raise UsageError(str(exc), f"options.{given[code]}" + (f".{option}" if option else "")) from None
    levels = {}
    for code, value in severity.items():
        try:
            levels[code] = Severity.parse(value)
        except ValueError as exc:
            raise UsageError(f"`severity`: {exc}", f"severity.{given_sev[code]}") from None
    return made, levels


def build_rules(reg: Registry, codes: set[str], options: dict, severity: dict[str, Severity]) -> list[Rule]:
    return [reg.rules[code](options.get(code), severity.get(code)) for code in sorted(codes) if code in reg.rules]


@dataclass
class Linter:
    selection: Selection = field(default_factory=Selection)
    language: str | None = None  # overrides detection when the front matter says nothing
    use_directives: bool = True
    registry: Registry = field(default_factory=load_registry)
    timings: dict[str, float] | None = None  # rule code -> seconds, when asked for (--debug)

    def __post_init__(self):
        self.codes = enabled_codes(self.registry, self.selection)
        # A rule that raised or a pack that failed to load is reported whatever the selection
        # (`select: [NUM, FN]` must not hide it); only an `ignore` that names it drops it.
        self.codes |= {code for code, check in CHECKS.items() if code.startswith("ENG")
                       and not any(match_selector(s, code, check.name) for s in self.selection.ignore)}
        options, severity = rule_settings(self.registry, self.selection)
        self.rules = build_rules(self.registry, self.codes, options, severity)
        self.severity_override = {code: sev for code, sev in severity.items() if code in CHECKS}

    def lint_document(self, doc: Document, extra_ignore: list[str] | None = None) -> list[Diagnostic]:
        if self.language and not doc.language_declared:
            doc.language = self.language
        with gc_paused_for(doc.text):
            diags, spent = run_rules(doc, self.rules, timings=self.timings is not None)
            mismatch = _language_mismatch(doc) if "SYN020" in self.codes else None  # (before the texts go)
        # The analyses the rules shared (dates, symbols, citations …) are of no use once they
        # have run: freed now, not when the document goes, they leave memory (and the
        # collector) to the next document.
        doc.cache.clear()
        for code, seconds in spent.items():
            self.timings[code] = self.timings.get(code, 0.0) + seconds
        _drop_fixes_that_delete_comments(doc.text, diags)
        for d in doc.diagnostics:
            if d.code == "SYN023":  # (what the author meant as a comment: no fix there is safe)
                end = doc.text.find("-->", d.span.start)
                _unsafe_within(diags, d.span.start, len(doc.text) if end < 0 else end + 3)
        if mismatch is not None:
            # (the draft is not in its declared language: a fix to that language's typography would
            # damage it, so none is safe; `--unsafe-fixes` still applies them)
            _unsafe_within(diags, 0, len(doc.text) + 1)
            diags.append(mismatch)
        diags = list(doc.diagnostics) + diags
        for problem in self.registry.problems:
            diags.append(syn("ENG002", doc.span(0, 0), problem.message, doc.path))
        if self.use_directives:
            diags = apply_directives(doc, diags, self.registry)
        out = []
        for d in diags:
            if not self._reports(d.code, d.name, extra_ignore):
                continue
            if d.code in self.severity_override:
                d.severity = self.severity_override[d.code]
            d.path = doc.path
            out.append(d)
        return sorted(out, key=lambda d: d.sort_key())

    def lint_text(self, text: str, path: str = "<stdin>", extra_ignore=None) -> tuple[Document, list[Diagnostic]]:
        doc = parse_text(text, path)
        return doc, self.lint_document(doc, extra_ignore)

    def lint_path(self, path: str, extra_ignore=None) -> tuple[Document, list[Diagnostic]]:
        doc = read_path(path)
        return doc, self.lint_document(doc, extra_ignore)

    def fix_text(self, text: str, path: str, unsafe: bool = False, extra_ignore=None) -> tuple[str, list[Diagnostic], list[Diagnostic]]:
        """Apply fixes to a fixed point. Returns (new text, fixed diagnostics, remaining diagnostics).

        A round whose result parses with more syntax errors than before is
        dropped, and its diagnostics stay. Fixes that would bring back a text
        already seen (they undo one another), or still come after FIX_ROUNDS
        rounds, are not applied: an ENG003 warning among the remaining
        diagnostics names their rules.
        """
        # A leading U+FEFF is read as the encoding's signature, not as text (Source drops it),
        # so the spans of every diagnostic are counted without it: fix the text after it.
        signature = BOM if text.startswith(BOM) else ""
        text = text[len(signature):]
        doc, diags = self.lint_text(text, path, extra_ignore)
        excluded: set[str] = set()  # rules whose fixes kept coming: fixing starts again without them
        while True:
            new_text, new_doc, new_diags, fixed, unsettled = self._fix_rounds(text, doc, diags, path, unsafe, extra_ignore, excluded)
            if unsettled and unsettled[0].startswith("still") and not unsettled[1] <= excluded:
                excluded |= unsettled[1]  # (so that none of their rounds stays applied, as ENG003 says)
                continue
            break
        text, doc, diags = new_text, new_doc, new_diags
        if excluded and unsettled is None:
            unsettled = f"still offered after {FIX_ROUNDS} rounds of fixing", excluded
        if unsettled and self._reports("ENG003", CHECKS["ENG003"].name, extra_ignore):
            why, codes = unsettled
            codes = ", ".join(sorted(codes))
            diags = [syn("ENG003", doc.span(0, 0), f"--fix stopped: fixes of {codes} {why} were not applied "
                         "(the fixes reported were); please report the rules", path)] + diags
        return signature + text, fixed, diags

    def _fix_rounds(self, text, doc, diags, path, unsafe, extra_ignore, excluded):
        """Rounds of fixing, to a fixed point: (text, document, diagnostics, fixed, unsettled)."""
        fixed: list[Diagnostic] = []
        seen = [hash(text)]  # each round's text (hashes: ten copies of a 10 MB draft would be 100 MB)
        applied: list[set[str]] = []  # the codes each round's fixes came from
        unsettled = None
        for _ in range(FIX_ROUNDS + 1):
            chosen, edits = choose_fixes([d for d in diags if d.code not in excluded] if excluded else diags, unsafe)
            if not edits:
                break
            if len(applied) >= FIX_ROUNDS:
                unsettled = f"still offered after {FIX_ROUNDS} rounds of fixing", {d.code for d in chosen}
                break
            candidate = apply_edits(text, edits)
            new_doc, new_diags = self.lint_text(candidate, path, extra_ignore)
            if _syntax_errors(new_doc) > _syntax_errors(doc):
                # Some fix breaks the markup: keep only the fixes that are safe one by one.
                chosen = [d for d in chosen if _syntax_errors(parse_text(apply_edits(text, list(d.fix.edits)), path)) <= _syntax_errors(doc)]
                if not chosen:
                    break
                candidate = apply_edits(text, [e for d in chosen for e in d.fix.edits])
                new_doc, new_diags = self.lint_text(candidate, path, extra_ignore)
                if _syntax_errors(new_doc) > _syntax_errors(doc):
                    break
            if candidate == text:
                break
            if hash(candidate) in seen:
                # (the rules of every round since that text, which this one would undo, too)
                since = seen.index(hash(candidate))
                unsettled = "that undo what an earlier round did", set().union(*applied[since:], {d.code for d in chosen})
                break
            seen.append(hash(candidate))
            applied.append({d.code for d in chosen})
            fixed.extend(chosen)
            text, doc, diags = candidate, new_doc, new_diags
        return text, doc, diags, fixed, unsettled

    def _reports(self, code: str, name: str, extra_ignore) -> bool:
        """Whether a diagnostic of this code is reported: selected, and not ignored for this file."""
        return code in self.codes and not (extra_ignore and any(match_selector(s, code, name) for s in extra_ignore))


@dataclass
class Overrides:
    """What the command line says, which beats the configuration files."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    language: str | None = None
    use_directives: bool = True
    config_file: str | None = None  # --config: one file for every path


class Session:
    """One run over many files: a Linter per configuration file, built once."""

    def __init__(self, overrides: Overrides | None = None, registry: Registry | None = None):
        self.overrides = overrides or Overrides()
        self.registry = registry or load_registry()
        self._linters: dict[str | None, Linter] = {}

    def config(self, path: str):
        from .config import config_for, load_config

        if self.overrides.config_file:
            return load_config(os.path.abspath(self.overrides.config_file))
        return config_for(path)

    def linter_for(self, path: str) -> tuple[Linter, list[str]]:
        """The Linter for a file and the per-file ignores that apply to it."""
        cfg = self.config(path)
        if cfg.path not in self._linters:
            ov = self.overrides
            missing = [p for p in cfg.plugins if p not in self.registry.packs]
            failed = [problem.message for problem in self.registry.problems if problem.pack in missing]
            if missing:
                from .config import ConfigError

                if failed:  # installed, but it did not load: say why, not "not installed"
                    raise ConfigError(cfg.path, cfg.lines.get("plugins"), "required rule pack(s) did not load: " + "; ".join(failed))
                raise ConfigError(cfg.path, cfg.lines.get("plugins"), f"required rule pack(s) not installed: {', '.join(missing)} "
                                  f"(installed: {', '.join(sorted(self.registry.packs))})")
            selection = Selection(select=ov.select or cfg.select, extend_select=cfg.extend_select + ov.extend_select,
                                  ignore=cfg.ignore + ov.ignore, options=cfg.options, severity=cfg.severity)
            try:
                # The file's selectors first, so that their mistakes name the file's key, not a flag.
                for key in ("select", "extend-select", "ignore"):
                    check_selectors(self.registry, getattr(cfg, key.replace("-", "_")), f"`{key}`", key)
                for glob, sels in cfg.per_file_ignores.items():
                    check_selectors(self.registry, sels, f"`per-file-ignores` `{glob}`", "per-file-ignores")
                linter = Linter(selection, language=ov.language or cfg.language, use_directives=ov.use_directives, registry=self.registry)
            except UsageError as exc:
                if cfg.path is None or exc.key is None:  # defaults, or a command-line flag's mistake
                    raise
                from .config import ConfigError

                raise ConfigError(cfg.path, cfg.line_of(exc.key), str(exc)) from None
            self._linters[cfg.path] = linter
        return self._linters[cfg.path], cfg.ignores_for(path)


def _syntax_errors(doc: Document) -> int:
    return sum(1 for d in doc.diagnostics if d.code.startswith("SYN") and d.severity == Severity.ERROR)


def write_atomic(path: str, text: str, bom: bool = False) -> None:
    """Write through a temporary file in the same directory, then replace; keep the mode and owner."""
    info = os.stat(path) if os.path.exists(path) else None
    replace_atomically(path, (("\ufeff" if bom else "") + text).encode("utf-8", "surrogatepass"),
                       mode=info.st_mode & 0o7777 if info else None, owner=(info.st_uid, info.st_gid) if info else None,
                       durable=True)
