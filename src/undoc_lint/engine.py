"""Run rules over a document: every rule isolated, directives applied.

One parse, one model; each rule reads the model (and the shared analyses
cached on it) and yields diagnostics. A rule that raises becomes an ENG001
diagnostic naming it, and the other rules still run.
"""

from __future__ import annotations

import time
import traceback

from . import regexes
from .diagnostics import Diagnostic, Edit, Fix, Severity
from .model import Document
from .records import dataclass, field
from .registry import Registry
from .rule import Rule
from .source import Span
from .syntax import CHECKS, syn


@dataclass
class LintResult:
    document: Document
    diagnostics: list[Diagnostic]
    timings: dict[str, float] = field(default_factory=dict)  # rule code -> seconds


def run_rules(doc: Document, rules: list[Rule], *, timings: bool = False) -> tuple[list[Diagnostic], dict[str, float]]:
    out: list[Diagnostic] = []
    spent: dict[str, float] = {}
    path, size = doc.path, len(doc.text)
    for rule in rules:
        t0 = time.perf_counter() if timings else 0.0
        direct = type(rule).run is Rule.run  # (then what Rule.run does, without a generator around the rule's)
        try:
            if direct:
                rule._doc = doc
            for diag in rule.check(doc) if direct else rule.run(doc):
                if type(diag) is not Diagnostic or type(diag.message) is not str or diag.fix is not None \
                        or diag.code != rule.code or type(diag.severity) is not Severity \
                        or getattr(diag.span, "_source", None) is not doc.source:
                    _check_result(diag, size, rule.code, doc)
                diag.path = path
                out.append(diag)
        except BadResult as exc:
            out.append(syn("ENG001", doc.span(0, 0), f"rule {rule.code} ({rule.name}, pack {rule.pack}) {exc}; "
                           f"please report it to {_whom(rule)}", doc.path))
        except (Exception, SystemExit) as exc:  # isolate: one broken rule must not stop (or end) the others
            exc = _origin(exc)
            where = traceback.extract_tb(exc.__traceback__)[-1]
            out.append(syn("ENG001", doc.span(0, 0),
                           f"rule {rule.code} ({rule.name}, pack {rule.pack}) raised {type(exc).__name__}: {exc} "
                           f"at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}; please report it to {_whom(rule)}", doc.path))
        finally:
            rule._doc = None  # (as Rule.run leaves it)
        if timings:
            spent[rule.code] = spent.get(rule.code, 0.0) + time.perf_counter() - t0
    return out, spent


def _whom(rule: Rule) -> str:
    return "undoc-lint" if rule.pack == "builtin" else f"the authors of the rule pack `{rule.pack}`"


class BadResult(Exception):
    """What a rule yielded is not a diagnostic the engine can report or a fix it can apply."""


def _check_result(diag, size: int, code: str, doc: Document) -> None:
    """A rule's diagnostic, checked before anything reports it or applies its fix (a third-party
    rule's mistake must be its ENG001, not a crash of the whole run or a mangled draft)."""
    if not isinstance(diag, Diagnostic) or not isinstance(diag.message, str):
        raise BadResult(f"yielded {diag!r:.80}; a rule yields diagnostics made by self.diagnostic(span, message)")
    if diag.code != code:
        raise BadResult(f"yielded a diagnostic of {diag.code!r:.20}; a rule reports under its own code (self.diagnostic)")
    if not isinstance(diag.severity, Severity):
        raise BadResult(f"gave the severity {diag.severity!r:.40}; a severity is Severity.ERROR, WARNING or INFO")
    span = diag.span
    if not isinstance(span, Span) or span._source is not doc.source or not 0 <= span.start <= span.end <= size:
        raise BadResult(f"gave the place {span!r:.60}, which is not a span of this document; "
                        "a place is doc.span(start, end) or a node's span")
    if diag.fix is None:
        return
    fix = diag.fix
    if not isinstance(fix, Fix) or not isinstance(fix.safe, bool) or not isinstance(fix.edits, (tuple, list)):
        raise BadResult(f"gave the fix {fix!r:.80}; a fix is Fix(message, a tuple of Edit, safe=True or False)")
    end = 0
    for e in sorted(fix.edits, key=lambda e: (getattr(e, "start", 0), getattr(e, "end", 0))):
        if not (isinstance(e, Edit) and isinstance(e.content, str) and isinstance(e.start, int) and isinstance(e.end, int)
                and end <= e.start <= e.end <= size):
            raise BadResult(f"gave a fix with an edit that is not in order, overlaps another or lies outside the "
                            f"document ({e!r:.80}); edits replace [start, end) of the text with a string")
        end = e.end
        if _UNWRITABLE.search(e.content):  # (a lone surrogate cannot be written as UTF-8; NUL makes a binary file)
            raise BadResult(f"gave a fix that writes {_UNWRITABLE.search(e.content).group(0)!r}, a character a draft "
                            "cannot hold (a lone surrogate, NUL or another control character)")


_UNWRITABLE = regexes.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _origin(exc: BaseException) -> BaseException:
    """The exception that started it all: a StopIteration inside a rule's generator
    surfaces as a RuntimeError raised *from* it, at the engine's loop."""
    while exc.__cause__ is not None and exc.__cause__.__traceback__ is not None:
        exc = exc.__cause__
    return exc


def match_selector(selector: str, code: str, name: str) -> bool:
    """A selector is ALL, a code or a prefix of one (NUM, FN00), or a rule name."""
    sel = selector.strip()
    # An empty selector would be a prefix of every code: it matches nothing (the configuration rejects it too).
    # (ASCII only: `ſym`.upper() is `SYM`, and no code or name has another letter)
    return bool(sel) and sel.isascii() and (sel.upper() == "ALL" or code.startswith(sel.upper()) or name == sel.lower())


def all_codes(registry: Registry) -> dict[str, str]:
    """Every code that can be reported (rules, SYN and ENG) -> its name."""
    out = {code: cls.name for code, cls in registry.rules.items()}
    out.update({c.code: c.name for c in CHECKS.values()})
    return out


def known_selector(selector: str, registry: Registry) -> bool:
    return any(match_selector(selector, code, name) for code, name in all_codes(registry).items())


def apply_directives(doc: Document, diags: list[Diagnostic], registry: Registry, *, report_unused: bool = True) -> list[Diagnostic]:
    """Drop what the document's `undoc-lint:` directives suppress; report bad and unused ones."""
    if not doc.directives:
        return diags
    src = doc.source
    # per suppression: [selectors (empty: all), first line, last line, directive, selectors it no longer covers]
    scopes: list[list] = []
    extra: list[Diagnostic] = []
    open_ranges: list[list] = []
    for d in doc.directives:
        sels = [s for s, _ in d.selectors]
        for s, span in d.selectors:
            if not known_selector(s, registry):
                extra.append(syn("SYN018", span, f"directive names `{s}`, which matches no installed rule code, prefix or name", doc.path))
        line = d.span.end_line
        if d.action == "disable-file":
            scopes.append([sels, 1, 10**12, d, []])
        elif d.action == "disable-next-line":
            target = line + 1
            while target <= src.line_count and not src.line_text(target).strip():
                target += 1
            scopes.append([sels, target, target, d, []])
        elif d.action == "disable":
            scope = [sels, line + 1, 10**12, d, []]
            scopes.append(scope)
            open_ranges.append(scope)
        elif d.action == "enable":
            closed = False
            for scope in reversed(open_ranges):
                if not sels or not scope[0] or set(sels) & set(scope[0]):
                    scope[2] = line
                    open_ranges.remove(scope)
                    closed = True
                    # (`enable NUM001` after `disable NUM001, DATE001`, or after a bare `disable`:
                    # the rest stays disabled)
                    rest = [s for s in scope[0] if s not in sels]
                    if sels and (rest or not scope[0]):
                        on = [rest, line + 1, 10**12, scope[3], scope[4] + sels]
                        scopes.append(on)
                        open_ranges.append(on)
                    if sels:
                        break
            if not closed:  # (else a misspelt or stray `enable` would go unnoticed, the `disable` running on)
                what = ", ".join(sels) if sels else "all codes"
                extra.append(syn("SYN019", d.span, f"`enable` directive for {what} closes no open `disable` for it", doc.path))
    kept = []
    used: set[int] = set()  # the directives that suppressed something
    for diag in diags:
        suppressed = False
        if diag.code in ("SYN018", "SYN019"):
            kept.append(diag)
            continue
        for sels, first, last, d, enabled in scopes:
            if first <= diag.span.line <= last and (not sels or any(match_selector(s, diag.code, diag.name) for s in sels)) \
                    and not any(match_selector(s, diag.code, diag.name) for s in enabled):
                used.add(id(d))
                suppressed = True
        if not suppressed:
            kept.append(diag)
    if report_unused:
        reported: set[int] = set()
        for sels, _, _, d, _ in scopes:
            if id(d) not in used and id(d) not in reported:
                reported.add(id(d))
                what = ", ".join(sels) if sels else "all codes"
                extra.append(syn("SYN019", d.span, f"`{d.action}` directive for {what} suppressed nothing", doc.path))
    return kept + extra
