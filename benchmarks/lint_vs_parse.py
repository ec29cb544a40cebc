"""Time of linting the examples corpus against the time of parsing it.

    python benchmarks/lint_vs_parse.py

The corpus is every document in examples/ (broken ones included), read
once; each is parsed, then parsed and linted with every rule, best of
several rounds, in one process (rules and language data loaded first).
Last, the time of each rule family on fresh documents (a family's first
rule pays for the analysis the family shares: dates, symbols, citations,
officer lines, sibling runs), best of the rounds.
"""

from __future__ import annotations

import time
from pathlib import Path

from undoc_lint.api import parse_text
from undoc_lint.runner import Linter

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20


def best(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("examples/**/*.undoc.md"))]
    linter = Linter()
    for path, text in texts:  # warm: grammar, rules, language data, regexes
        linter.lint_text(text, path)
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    parse = best(lambda: [parse_text(t, p) for p, t in texts])
    lint = best(lambda: [linter.lint_text(t, p) for p, t in texts])
    print(f"corpus: {len(texts)} documents, {size} bytes")
    print(f"parse:        {parse * 1000:8.2f} ms")
    print(f"parse + lint: {lint * 1000:8.2f} ms   ({lint / parse:.2f} x parse; rules alone {(lint - parse) / parse:.2f} x parse)")
    families: dict[str, float] = {}
    for _ in range(ROUNDS):
        docs = [parse_text(t, p) for p, t in texts]
        linter.timings = {}
        for doc in docs:
            linter.lint_document(doc)
        spent: dict[str, float] = {}
        for code, seconds in linter.timings.items():
            family = code.rstrip("0123456789")
            spent[family] = spent.get(family, 0.0) + seconds
        for family, seconds in spent.items():
            families[family] = min(families.get(family, seconds), seconds)
    print("rules by family, on fresh documents: " + ", ".join(
        f"{family} {seconds * 1000:.1f} ms" for family, seconds in sorted(families.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
