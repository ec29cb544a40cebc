"""Time of linting the examples corpus against the time of parsing it.

    python benchmarks/lint_vs_parse.py
    python benchmarks/lint_vs_parse.py --instructions   # under valgrind: counts, not seconds

The corpus is every document in examples/ (broken ones included), read
once; each is parsed, then parsed and linted with every rule, best of
several rounds, in one process (rules and language data loaded first).
Last, the time of each rule family on fresh documents (a family's first
rule pays for the analysis the family shares: dates, symbols, citations,
officer lines, sibling runs), best of the rounds.

Times on a shared machine vary by several per cent from run to run.
``--instructions`` counts machine instructions instead (valgrind's
callgrind, which gives the same count for the same run whatever else the
machine is doing): the process is run three times (loading only, then
loading and ROUNDS_COUNTED rounds of parsing, then of linting) and the
differences are divided by the rounds. Instructions are not time (a cache
miss costs more than an add), but they show whether a change did less
work.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from undoc_lint.api import parse_text
from undoc_lint.runner import Linter

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20
ROUNDS_COUNTED = 5


def best(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def corpus() -> tuple[list[tuple[str, str]], Linter]:
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("examples/**/*.undoc.md"))]
    linter = Linter()
    for path, text in texts:  # warm: grammar, rules, language data, regexes
        linter.lint_text(text, path)
    return texts, linter


def counted(mode: str) -> None:
    """What --instructions runs under valgrind: load, then ROUNDS_COUNTED rounds of ``mode``."""
    texts, linter = corpus()
    for _ in range(ROUNDS_COUNTED if mode != "load" else 0):
        if mode == "parse":
            [parse_text(t, p) for p, t in texts]
        else:
            [linter.lint_text(t, p) for p, t in texts]


def instructions() -> None:
    # First fill the user cache (compiled expressions, language data): else the first
    # process counted would pay for what the others read back.
    subprocess.run([sys.executable, __file__, "--counted", "lint"], check=True)
    totals = {}
    for mode in ("load", "parse", "lint"):
        run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                              __file__, "--counted", mode], capture_output=True, text=True, check=True)
        totals[mode] = int(re.search(r"Collected : (\d+)", run.stderr).group(1))
    parse = (totals["parse"] - totals["load"]) / ROUNDS_COUNTED
    lint = (totals["lint"] - totals["load"]) / ROUNDS_COUNTED
    print(f"parse:        {parse / 1e6:8.1f} M instructions")
    print(f"parse + lint: {lint / 1e6:8.1f} M instructions   ({lint / parse:.2f} x parse; rules alone {(lint - parse) / parse:.2f} x parse)")


def main() -> None:
    if sys.argv[1:2] == ["--counted"]:
        return counted(sys.argv[2])
    if sys.argv[1:2] == ["--instructions"]:
        return instructions()
    texts, linter = corpus()
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
