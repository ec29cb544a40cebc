"""Parse throughput of undoc-lint on documents from 1 KB to 10 MB.

    python benchmarks/parse_throughput.py            # the table in benchmarks/README.md
    python benchmarks/parse_throughput.py --lint     # parse + all rules

Runs in one process on one core, best of several runs per size (the
parser is built once, as in a long-running process; start-up is measured
separately with hyperfine or /usr/bin/time, see README.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_document  # noqa: E402

from undoc_lint.api import parse_text  # noqa: E402
from undoc_lint.parser import get_parser  # noqa: E402

SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000]


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lint", action="store_true", help="also run every rule")
    ap.add_argument("--max-size", type=int, default=SIZES[-1])
    args = ap.parse_args()
    get_parser()
    linter = None
    if args.lint:
        from undoc_lint.runner import Linter

        linter = Linter()
    print(f"{'size':>10} {'seconds':>9} {'MB/s':>7} {'s per MB':>9}" + ("   (parse + rules)" if args.lint else ""))
    for size in [s for s in SIZES if s <= args.max_size]:
        text = make_document(size)
        nbytes = len(text.encode("utf-8"))
        repeat = 5 if size <= 1_000_000 else 2
        if linter is not None:
            seconds = best_of(lambda: linter.lint_text(text, "bench.undoc.md"), repeat)
        else:
            seconds = best_of(lambda: parse_text(text, "bench.undoc.md"), repeat)
        mb = nbytes / 1e6
        print(f"{nbytes:>10} {seconds:>9.4f} {mb / seconds:>7.1f} {seconds / mb:>9.3f}")


if __name__ == "__main__":
    main()
