"""Coverage-guided fuzz target for undoc-lint: bytes in, the whole pipeline run.

Each input goes through what `undoc-lint check --fix` does to a file: decode
(invalid UTF-8 and binary data included), parse, every installed rule, every
output format (text, concise, json, sarif, github, junit, statistics) and the
fix loop with unsafe fixes. A crash is any exception, and any broken
invariant (see ``check``): a rule that raised (ENG001), a span outside the
text, output that is not valid JSON or XML, a fix that adds or removes a line,
a second --fix that still changes the text.

Run it with atheris (libFuzzer), from the project root:

    .venv/bin/pip install atheris
    mkdir -p fuzz/corpus && cp examples/*.undoc.md examples/broken/*.undoc.md fuzz/corpus/
    .venv/bin/python fuzz/fuzz_undoc.py -dict=fuzz/undoc.dict -max_total_time=600 -rss_limit_mb=2048 fuzz/corpus

A crashing input is written to `crash-<sha1>`; replay it with
`.venv/bin/python fuzz/fuzz_undoc.py crash-<sha1>`, then turn it into a
regression test in tests/reliability/.

Without atheris (or with `--random N [SEED]`), the same target runs on N
random inputs built from markup fragments and random bytes: this is what
CI runs, for a bounded time, through tests/reliability/test_fuzz_target.py.
"""

from __future__ import annotations

import json
import random
import sys
import xml.etree.ElementTree as ET

UNREADABLE = ("SYN001", "SYN002", "SYN003")
PATH = "fuzz.undoc.md"

# Fragments of every construct (and of broken ones), glued by the random mode.
FRAGMENTS = [
    "---\n", "language: en\n", "language: zh\n", "language: ar\n", "symbol: A/RES/75/224\n",
    "dates: 2021-06-29/07-01\n", "a: &a [1, *a]\n", "x: !!python/object/apply:os.system [echo]\n",
    "# ", "## ", "## Resolution 1/", "## Decision 99999999999999999999/1\n", "### (a) ", "#### ", "##### ",
    "1. ", "2. ", "12. ", "99999999999999999999. ", "0. ", "(a) ", "(b) ", "(i) ", "(ii) ", "(v) ", "(x) ",
    "(ab) ", "(zzzzzz) ", "a) ", "ii) ", "    ", "        ", "\t", "        a. ", "- ", "* ",
    "[^1]", "[^2]", "[^a]", "[^1]: ", "[^2]: ", "[^x]:", "[^", "[^[^", "]", "[", "<", "<!--", "-->",
    "<!-- note -->", "<!-- undoc-lint: disable NUM001 -->", "<!-- undoc-lint: enable -->",
    "<!-- undoc-lint: disable-next-line FN -->", "<!-- undoc-lint: disable-file -->", "<!-- undoc-lint: nope -->",
    "\\", "\\1. ", "text", "*Decides* to ", "Recalls resolution 75/224", "文本", "第 75/224 号决议", "مرحبا",
    "القرار 75/1", "текст", "резолюция 75/1", "Résolution 1/3", "\n", "\r\n", "\r", "\n\n", "\ufeff", "\x00",
    "\x07", "\u200f", "\u200e", "\u202e", "\u2066", "\u061c", "\ud800", "\udfff", "\U0001F600", "\u0301",
    "2021 年 6 月 29 日至 7 月 1 日", "29 June–1 July 2021", "from 5-9 June 2023", "31 February 2023",
    "Monday, 3 June 2024", "A/RES/75/224", "A/Res/75/224", "S/RES/2334(2016)", "HSP/HA.1/Res.3",
    "HSP-OECPR-2025-3", "A / RES / 75", "1/1/1/1/1/1/1/1/1/1", "A/1)))))", ":", ";", ".", "。",
    "- Chair: Pakistann (Asia-Pacific States)\n", "- Rapporteur: France (Western European and other States)\n",
    "- Vice-Chair: vacant\n", "**Bureau**\n", "http://example.org/A/RES/1",
]


def _all_rules_linter():
    from undoc_lint.runner import Linter

    return Linter()


_LINTER = None


def pipeline(data: bytes) -> dict:
    """Run everything on one input; raise on any failure. Returns what was produced."""
    global _LINTER
    from undoc_lint.api import parse_bytes
    from undoc_lint.output import FORMATS, render
    from undoc_lint.output.text import format_concise, format_full, statistics, summary

    if _LINTER is None:
        _LINTER = _all_rules_linter()
    linter = _LINTER
    doc = parse_bytes(data, PATH)
    check_spans(doc)
    diags = linter.lint_document(doc)
    crashed = [d.message for d in diags if d.code == "ENG001"]
    assert not crashed, crashed
    for d in diags:
        assert 0 <= d.span.start <= d.span.end <= len(doc.text), (d.code, d.span.start, d.span.end)
        if d.fix is not None:
            for e in d.fix.edits:
                assert 0 <= e.start <= e.end <= len(doc.text), (d.code, e)
    sources = {PATH: doc.source}
    out = {}
    for fmt in FORMATS:
        out[fmt] = render(fmt, diags, sources, [PATH])
    json.loads(out["json"])
    json.loads(out["sarif"])
    ET.fromstring(out["junit"])
    out["text"] = format_full(diags, sources, colour=True) + summary(diags, 1)
    out["concise"] = format_concise(diags) + statistics(diags)
    if not any(d.code in UNREADABLE for d in diags):
        text = doc.text
        fixed, _, _ = linter.fix_text(text, PATH, True)
        assert fixed.count("\n") == text.count("\n"), "a fix added or removed a line"
        again, fixed_again, _ = linter.fix_text(fixed, PATH, True)
        assert again == fixed or fixed_again == [], "a second --fix still changes the text"
        out["fixed"] = fixed
    return out


def check_spans(doc) -> None:
    n = len(doc.text)
    for block in doc.blocks:
        assert 0 <= block.span.start <= block.span.end <= n, block
    for ref in doc.footnote_refs:
        assert 0 <= ref.span.start <= ref.span.end <= n
    for d in doc.diagnostics:
        assert d.span.line >= 1 and d.span.column >= 1 and d.span.start_byte <= d.span.end_byte


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    pipeline(data)


def random_input(rng: random.Random) -> bytes:
    """One input: markup fragments in random order, sometimes with random bytes spliced in."""
    parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 80))]
    text = "".join(parts).encode("utf-8", "surrogatepass")
    roll = rng.random()
    if roll < 0.15:  # random bytes spliced in (invalid UTF-8, binary)
        pos = rng.randint(0, len(text))
        text = text[:pos] + rng.randbytes(rng.randint(1, 16)) + text[pos:]
    elif roll < 0.25:  # a byte flipped
        if text:
            pos = rng.randrange(len(text))
            text = text[:pos] + bytes([rng.randrange(256)]) + text[pos + 1:]
    return text


def random_run(runs: int, seed: int = 0) -> int:
    """The CI mode: `runs` random inputs from a fixed seed; returns the number run."""
    rng = random.Random(seed)
    for i in range(runs):
        data = random_input(rng)
        try:
            pipeline(data)
        except BaseException:
            sys.stderr.write(f"fuzz_undoc: input {i} (seed {seed}) failed: {data!r}\n")
            raise
    return runs


def main() -> None:
    if len(sys.argv) >= 2 and sys.argv[1] == "--random":
        runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
        print(f"fuzz_undoc: {random_run(runs, seed)} random inputs passed")
        return
    import atheris

    with atheris.instrument_imports():
        import undoc_lint.api  # noqa: F401
        import undoc_lint.builder  # noqa: F401
        import undoc_lint.engine  # noqa: F401
        import undoc_lint.fixes  # noqa: F401
        import undoc_lint.inline  # noqa: F401
        import undoc_lint.output.json_format  # noqa: F401
        import undoc_lint.output.junit  # noqa: F401
        import undoc_lint.output.sarif  # noqa: F401
        import undoc_lint.output.text  # noqa: F401
        import undoc_lint.parser  # noqa: F401
        import undoc_lint.rules  # noqa: F401
        import undoc_lint.runner  # noqa: F401
        import undoc_lint.analysis.citations  # noqa: F401
        import undoc_lint.analysis.dates  # noqa: F401
        import undoc_lint.analysis.numbering  # noqa: F401
        import undoc_lint.analysis.officers  # noqa: F401
        import undoc_lint.analysis.symbols  # noqa: F401
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
