"""Bounded time: pathological inputs finish in time linear in their size.

Each input is sized so that linear code takes well under a second and the
quadratic code it replaced (see docs/reliability.md) took minutes: the
budgets are ten times or more above what linear code needs on a slow CI
machine, so they catch a complexity regression, not a slow day.
"""

import importlib.util
import re
import sys
import time
from pathlib import Path

import pytest

from undoc_lint import regexes
from undoc_lint.runner import Linter

ROOT = Path(__file__).resolve().parents[2]


def _load_fuzz_target():
    if "fuzz_undoc" not in sys.modules:
        spec = importlib.util.spec_from_file_location("fuzz_undoc", ROOT / "fuzz" / "fuzz_undoc.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules["fuzz_undoc"] = module
    return sys.modules["fuzz_undoc"]


pipeline = _load_fuzz_target().pipeline

# name -> (input, budget in seconds for the whole pipeline: parse, rules, all formats, --fix)
K = 1000
PATHOLOGICAL = {
    # lexer: every `[` or `<` rescanned the rest of the line (fixed in the grammar)
    "[^ run on one line": ("1. " + "[^" * 200 * K + "\n", 20),
    "[^a run, closed at the end": ("1. " + "[^a" * 100 * K + "]\n", 20),
    "<!-- run on one line": ("a " + "<!--" * 100 * K + "\n", 20),
    "<!-- -- run on one line": ("a " + "<!-- --" * 60 * K + "\n", 20),
    "[^ run at a line start": ("[^" * 200 * K + "\n", 20),
    # symbols: unbalanced `)` counted again for each one (fixed in analysis/symbols.py)
    "symbol followed by 200k `)`": ("1. A/1" + ")" * 200 * K + "\n", 20),
    # many digits and slashes, no closing component
    "digits and slashes": ("1. A/" + "1/" * 200 * K + "\n", 20),
    "bare digits and slashes": ("1. " + "1/" * 200 * K + "\n", 20),
    "digits and dashes": ("1. " + "1-" * 200 * K + "\n", 20),
    "spaced strokes": ("1. A" + " / 1" * 100 * K + "\n", 20),
    "hyphen-form prefix": ("1. HSP-" + "a-" * 200 * K + "\n", 20),
    "citation words and numbers": ("1. resolutions " + "75/1, " * 60 * K + "\n", 20),
    "zh numbers": ("---\nlanguage: zh\n---\n1. " + "第1/" * 100 * K + "\n", 20),
    "a 400k-digit marker": ("9" * 400 * K + ". x\n", 20),
    "a 1 MB line of text": ("1. " + "Recalls resolution 75/224 of 21 December 2020, " * 20 * K + "\n", 30),
    "a 1 MB URL": ("1. http://" + "a/1" * 330 * K + "\n", 20),
    "bidi marks between symbol parts": ("1. " + "A/\u200f" * 100 * K + "\n", 20),
    # many diagnostics and fixes: the fix loop spliced the text once per edit, chose
    # fixes against every earlier one, and NUM002 looked each marker up in a list
    "8000 repeated (a) items": ("".join("(a) x\n" for _ in range(8 * K)), 30),
    "4000 dates with hyphens on one line": ("1. " + "from 5-9 June 2023, " * 4 * K + "\n", 30),
    "4000 lists of days in US order on one line": ("1. " + "on April 5, 6, and 7, 2023, " * 4 * K + "\n", 30),
    "a list of 100k days": ("1. on " + "5, " * 100 * K + "and 6 April 2023\n", 20),
    "4000 full-width dates on one line": ("---\nlanguage: zh\n---\n1. " + "２０２３年６月９日至５日（星期四），" * 4 * K + "\n", 30),
    # full-width digits read as ASCII outside dates: each text translated once, a date's tail
    # bounded and stopped at the next date, every full-width symbol checked once
    "4000 full-width date lists on one line": ("---\nlanguage: zh\n---\n1. " + "２０２３年６月５日" + "、６日" * 4 * K
                                               + "２０２３年６月５日、６日和７日，" * 4 * K + "\n", 30),
    "full-width symbols and citations": ("---\nlanguage: zh\n---\n1. " + "第７５/２２４号决议、A/RES/７５/２２４、" * 10 * K
                                         + "\n", 30),
    "zh full-width numbers": ("---\nlanguage: zh\n---\n1. " + "第１／" * 100 * K + "\n", 20),
    "front matter never closed, CRLF lines": ("---\r\nlanguage: en\r\n" + "x\r\n" * 20 * K, 20),
    "4000 footnotes": ("".join(f"1. a[^{i}]\n\n" for i in range(4 * K)) + "".join(f"[^{i}]: A/1.\n" for i in range(4 * K)), 30),
    "CR-only lines": ("1. a\r\r" * 8 * K, 30),
    # file-name style in any known series: each candidate checked once, and placed among the
    # slashed symbols by bisection (not compared with each)
    "hyphen-form symbols among slashed ones": ("1. " + ("A/75/1 " * 50 + "A-RES-75-224 ") * 2 * K + "\n", 20),
    "hyphen-form codes": ("1. " + "S-300-PMU, A-RES-75, E-3-4 and " * 30 * K + "\n", 20),
    "hyphen-form series prefixes": ("1. " + "A-RES-" * 150 * K + "\n", 20),
    # the parts of a multi-part resolution: those its footnote's symbols name, worked out once
    "multi-part citations sharing a footnote": ("1. " + "resolutions 75/290 A and B[^1] and " * 10 * K + "\n\n[^1]: "
                                                + "A/RES/75/290 A and " * 100 + "A/RES/75/290 B.\n", 20),
    "nesting 1000 levels": ("".join(" " * (4 * i) + "(a) x\n" for i in range(K)), 20),
    "nesting 1000 levels with tabs": ("".join("\t" * i + "1. x\n" for i in range(K)), 20),
    "unclosed front matter": ("---\n" + "a: b\n" * 100 * K, 20),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_in_bounded_time(name):
    text, budget = PATHOLOGICAL[name]
    t0 = time.perf_counter()
    pipeline(text.encode("utf-8", "surrogatepass"))
    spent = time.perf_counter() - t0
    assert spent < budget, f"{name}: {spent:.1f} s for {len(text)} characters (budget {budget} s)"


def test_choose_fixes_is_not_quadratic():
    """Regression: choose_fixes compared each fix with every one chosen before it."""
    from undoc_lint.diagnostics import Diagnostic, Edit, Fix, Severity
    from undoc_lint.fixes import apply_edits, choose_fixes
    from undoc_lint.source import Source

    n = 40 * K
    text = "x " * n
    src = Source(text)
    diags = [Diagnostic("T001", "t", Severity.ERROR, "m", src.span(2 * i, 2 * i + 1), Fix("f", (Edit(2 * i, 2 * i + 1, "y"),)))
             for i in range(n)]
    t0 = time.perf_counter()
    chosen, edits = choose_fixes(diags)
    out = apply_edits(text, edits)
    assert time.perf_counter() - t0 < 5
    assert len(chosen) == n and out == "y " * n


def test_footnote_references_after_citations_are_found_in_linear_time():
    """Regression: Inline.ref_at copied the paragraph and counted the U+FFFC before each
    reference (6 s for 40k references on one line, 40 s for 100k; now about 1 s)."""
    from undoc_lint.analysis.citations import document_citations
    from undoc_lint.api import parse_text

    doc = parse_text("1. " + "resolution 75/1[^1] and " * 100 * K + "\n\n[^1]: A/RES/75/1.\n", "d.undoc.md")
    t0 = time.perf_counter()
    found = document_citations(doc)
    assert time.perf_counter() - t0 < 10
    assert len(found) == 100 * K and all(c.refs and c.refs[0].label == "1" for c in found)


def test_byte_offsets_far_into_a_long_line_are_not_counted_from_its_start():
    """Regression: each position's byte offset encoded the line up to it, so 20,000 diagnostics
    on one non-ASCII line took 6 s (100,000 took minutes); now a count kept every 256 characters."""
    from undoc_lint.source import Source

    text = "voir A/Res/75/1 é " * 100 * K
    src = Source(text)
    t0 = time.perf_counter()
    found = [src.byte_offset(i) for i in range(0, len(text), 18)]
    assert time.perf_counter() - t0 < 10
    assert found[:3] == [0, 19, 38] and found[-1] == len(text[:len(text) - 18].encode("utf-8"))


def test_a_yaml_alias_bomb_is_rejected_quickly():
    """Billion laughs in the front matter: a SYN006 in well under a second, not a hang."""
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(8):
        prev, name = chr(97 + i), chr(98 + i)
        lines.append(f"{name}: &{name} [{','.join('*' + prev for _ in range(9))}]")
    text = "\n".join(lines + ["---", "1. x", ""])
    t0 = time.perf_counter()
    _, diags = Linter().lint_text(text, "bomb.undoc.md")
    assert time.perf_counter() - t0 < 5
    [d] = [d for d in diags if d.code == "SYN006"]
    assert "more than" in d.message and "aliases" in d.message


@pytest.mark.parametrize("yaml, code", [
    ("a: &a [1, *a]", "SYN007"),  # an alias inside itself: ruamel reads the inner one as null; `a` is unknown
    ("a: " + "[" * 5000 + "]" * 5000, "SYN006"),  # deep nesting
    ("a: " + "{b: " * 3000 + "1" + "}" * 3000, "SYN006"),
])
def test_recursive_or_deep_yaml_is_a_diagnostic(yaml, code):
    t0 = time.perf_counter()
    _, diags = Linter().lint_text(f"---\n{yaml}\n---\n1. x\n", "y.undoc.md")
    assert time.perf_counter() - t0 < 10
    assert [d.code for d in diags if d.code.startswith(("SYN00", "ENG"))] == [code]


# ---------------------------------------------------------------- every regular expression
M = 400  # adversarial strings of about 20,000 characters: a quadratic pattern takes seconds on them
ADVERSARIAL = {
    "digits": "1" * 50 * M,
    "digits and slashes": "1/" * 25 * M,
    "letters and slashes": "A/" * 25 * M,
    "digits, slashes, dots": "1/1." * 12 * M,
    "series-like": "AB/" * 16 * M,
    "spaces": " " * 50 * M,
    "spaced strokes": " / " * 16 * M,
    "open parentheses": "(" * 50 * M,
    "close parentheses": ")" * 50 * M,
    "parenthesised digits": "(1)" * 16 * M,
    "dashes and digits": "1-" * 25 * M,
    "en dashes and digits": "1\u2013" * 25 * M,
    "words": "a " * 25 * M,
    "capital words": "Resolution " * 4 * M,
    "resolution numbers": "resolution 1/" * 4 * M,
    "CJK": "第年月日号" * 10 * M,
    "Arabic": "القرار " * 7 * M,
    "Cyrillic": "резолюция " * 5 * M,
    "brackets": "[^" * 25 * M,
    "comment openers": "<!--" * 12 * M,
    "hashes": "#" * 50 * M,
    "dots": "." * 50 * M,
    "dates without month": "29 " * 16 * M,
    "lists of days": "29, " * 12 * M,
    "full-width digits": "２０２３年６" * 8 * M,
    "full-width date tails": "日、６" * 16 * M,
    "full-width strokes and digits": "A／７" * 16 * M,
    "bidi marks": "\u200f1/" * 16 * M,
    "newlines": "\n" * 50 * M,
    "mixed": "A/RES/75/224 (2016) 5-9 June 2023 第1/" * 1 * M,
}
PER_PATTERN_BUDGET = 2.0  # seconds for all adversarial strings: linear patterns take milliseconds


def _exempt(pattern: re.Pattern) -> str | None:
    """Why a pattern need not be linear under `finditer` over long text (None: it must be)."""
    p = pattern.pattern
    if "(?P<BLANK_LINE>" in p or "(?P<TEXT" in p or "(?P<FRONT_MATTER>" in p:
        return "the lexer: matched at token starts only; test_pathological_input_in_bounded_time covers it"
    if p.endswith(")\\Z") and p.startswith("(?s:"):
        return "a glob from the configuration (fnmatch): matched against file paths"
    if p == r"\s*([-()',/])\s*":
        return "officers.name_key: runs of white space are collapsed to one space first"
    return None


def _all_patterns() -> list[re.Pattern]:
    """Every regular expression undoc-lint uses: module-level ones, and those built from the
    language data (compiled on first use, so collected from re's cache and undoc_lint.regexes
    after linting every example in every language)."""
    import importlib
    import pkgutil

    import undoc_lint
    import undoc_lint.rules

    linter = Linter()
    before = set(re._cache)  # noqa: SLF001 - what the standard library (and imports) compiled
    for path in sorted((ROOT / "examples").rglob("*.undoc.md")):
        linter.lint_path(str(path))
        linter.fix_text(path.read_text(encoding="utf-8"), str(path), True)
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):  # also documents that only claim the language
        linter.lint_text(f"---\nlanguage: {lang}\n---\n## x 1/1\n\n1. A/RES/1 29 June 2021 - Chair: x (y)\n", "l.undoc.md")
    patterns: dict[tuple, re.Pattern] = {}
    for pkg in (undoc_lint, undoc_lint.rules):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if info.name.endswith(("pytest_plugin", "__main__")):
                continue
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, re.Pattern):
                    patterns[(value.pattern, value.flags)] = value
    for key, value in list(re._cache.items()):  # noqa: SLF001 - the patterns compiled while linting
        if key not in before and isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            patterns[(value.pattern, value.flags)] = value
    for value in regexes._memo.values():  # noqa: SLF001 - and those compiled through the regex cache
        patterns[(value.pattern, value.flags)] = value
    return list(patterns.values())


@pytest.mark.slow
def test_no_pattern_backtracks_on_adversarial_strings():
    patterns = _all_patterns()
    assert len(patterns) > 100, "the collection of patterns found too few: has the code moved?"
    slow = []
    for pattern in patterns:
        if _exempt(pattern):
            continue
        t0 = time.perf_counter()
        for text in ADVERSARIAL.values():
            for _ in pattern.finditer(text):
                pass
        spent = time.perf_counter() - t0
        if spent > PER_PATTERN_BUDGET:
            slow.append(f"{spent:.1f} s: {pattern.pattern[:200]!r}")
    assert not slow, "patterns that backtrack:\n" + "\n".join(slow)


def test_many_citations_sharing_one_footnote_of_many_symbols_are_linear():
    # (each citation compared itself with every symbol of the shared footnote: 13 s for 3,000; found by fuzzing)
    from undoc_lint.runner import Selection

    linter = Linter(Selection(select=["SYM"]))

    def spent(n: int) -> float:
        text = "".join("Recalling resolution 74/1,[^1]\n\n" for _ in range(n))
        text += "[^1]: " + " ".join(f"A/RES/74/{i}" for i in range(n)) + "\n"
        t0 = time.perf_counter()
        linter.lint_text(text, "x.undoc.md")
        return time.perf_counter() - t0

    spent(100)
    small, large = min(spent(300) for _ in range(2)), min(spent(3000) for _ in range(2))
    assert large < 25 * small + 0.05, (small, large)
