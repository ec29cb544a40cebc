"""The fuzz target in CI: fuzz/fuzz_undoc.py's pipeline on seeded random inputs
for a bounded time (coverage-guided fuzzing with atheris is run by hand:
see docs/reliability.md), and regression tests for what fuzzing found."""

import os
import sys
import time
from pathlib import Path

import pytest
from helpers import load_fuzz_target

from undoc_lint.output.text import MAX_LINE_SHOWN, format_full
from undoc_lint.runner import Linter

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("UNDOC_LINT_FUZZ_RUNS", "1500"))
BUDGET = float(os.environ.get("UNDOC_LINT_FUZZ_SECONDS", "60"))


fuzz = load_fuzz_target()


@pytest.mark.slow
def test_fuzz_target_on_seeded_random_inputs():
    """RUNS inputs (UNDOC_LINT_FUZZ_RUNS), stopping early at BUDGET seconds; a failure prints the input."""
    import random

    rng = random.Random(int(os.environ.get("UNDOC_LINT_FUZZ_SEED", "0")))
    t0 = time.perf_counter()
    done = 0
    while done < RUNS and time.perf_counter() - t0 < BUDGET:
        data = fuzz.random_input(rng)
        try:
            fuzz.pipeline(data)
        except BaseException:
            print(f"failing input: {data!r}")
            raise
        done += 1
    assert done >= min(RUNS, 200), f"only {done} inputs in {BUDGET} s: the pipeline got much slower"


def test_the_seed_corpus_passes():
    for path in sorted((ROOT / "examples").rglob("*.undoc.md")):
        fuzz.TestOneInput(path.read_bytes())


LINTER = Linter()


@pytest.mark.parametrize("text", [
    # found by atheris: a group name wrapped onto the next line; the unsafe fix joined the lines
    "---\nlanguage: es\n---\n\n- Vicepresidente: México (Estados de América Latina y el Caribeecutive Boaes.2.\n Chair:)\n",
    "---\nlanguage: en\n---\n\n- Chair: France (Western European and other\n  Statesx)\n",
    "---\nlanguage: en\n---\n\n- Chair: Pakis\n  tann (Asia-Pacific States)\n",
])
def test_a_name_wrapped_over_lines_gets_no_fix_that_joins_them(text):
    _, diags = LINTER.lint_text(text, "b.undoc.md")
    assert [d.code for d in diags if d.code.startswith("BUR")] and not [d for d in diags if d.fix]
    fixed, _, _ = LINTER.fix_text(text, "b.undoc.md", True)
    assert fixed == text


def test_a_diagnostic_on_a_very_long_line_shows_a_window_of_it():
    """Regression: each diagnostic printed the whole source line: 10,000 findings on a 1 MB line made 10 GB of output."""
    line = "1. " + "from 5-9 June 2023, " * 5000
    doc, diags = LINTER.lint_text(line + "\n", "l.undoc.md")
    assert len(diags) >= 1000
    out = format_full(diags, {"l.undoc.md": doc.source})
    assert len(out) < len(diags) * (MAX_LINE_SHOWN + 400) * 2
    d = diags[-1]
    shown, carets = out.split(f"{d.code} [")[-1].split("\n")[1:3]
    start = carets.index("^")
    assert shown[start:start + len(carets) - start] == line[d.span.column - 1:d.span.end_column - 1]
    assert shown.startswith("  …")


@pytest.mark.slow
def test_coverage_guided_fuzzing_for_a_bounded_time(tmp_path):
    """The atheris (libFuzzer) campaign of docs/reliability.md, for 45 seconds, seeded with the examples."""
    import shutil
    import subprocess

    pytest.importorskip("atheris", reason="atheris is installed with the test extra on Linux x86_64")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((ROOT / "examples").glob("**/*.undoc.md")):
        shutil.copy(path, corpus / path.name)
    seconds = int(os.environ.get("UNDOC_LINT_ATHERIS_SECONDS", "45"))
    r = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_undoc.py"), f"-dict={ROOT / 'fuzz' / 'undoc.dict'}",
                        f"-max_total_time={seconds}", "-max_len=8192", "-rss_limit_mb=2048", str(corpus)],
                       cwd=tmp_path, capture_output=True, text=True, timeout=seconds + 120)
    crashes = sorted(p.name for p in tmp_path.glob("crash-*"))
    assert r.returncode == 0 and not crashes, f"fuzzing found {crashes}:\n{r.stderr[-3000:]}"
    assert "Done" in r.stderr or "DONE" in r.stderr, r.stderr[-2000:]
