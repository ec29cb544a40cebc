"""The fast LALR loop in parser.py gives exactly what Lark.parse gives."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from helpers import PIECES

from undoc_lint import parser

EXAMPLES = int(os.environ.get("UNDOC_LINT_HYPOTHESIS_EXAMPLES", "300"))


def normal(raw):
    def tok(t):
        return None if t is None else (t.type, str(t), t.start_pos, t.end_pos)

    fm = tok(raw.front_matter)
    return fm, [(b.kind, tok(b.lead), [[tok(t) for t in line] for line in b.lines]) for b in raw.blocks]


def both(text):
    if not text.endswith(("\n", "\r")):
        text += "\n"
    driver = parser._Driver(parser.tables_from_lark(parser.get_parser()))
    return normal(driver.parse(text)), normal(parser.get_parser().parse(text))


def test_driver_is_in_use():
    parser.parse_raw("1. One.\n")
    assert isinstance(parser._DRIVER, parser._Driver), "Lark internals changed: the fast loop fell back to Lark.parse"


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_same_blocks_as_lark(pieces):
    fast, reference = both("".join(pieces))
    assert fast == reference


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=300))
def test_same_blocks_as_lark_on_any_text(text):
    fast, reference = both(text)
    assert fast == reference


def test_same_blocks_on_the_examples():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[2] / "examples").glob("**/*.undoc.md")):
        fast, reference = both(path.read_text(encoding="utf-8"))
        assert fast == reference, path


def test_cached_tables_are_lark_tables():
    assert parser._cached_tables() == parser.tables_from_lark(parser.get_parser())


def test_a_warm_run_does_not_import_lark(tmp_path):
    import subprocess
    import sys

    code = "import sys; from undoc_lint.api import parse_text; parse_text('1. x\\n'); print('lark' in sys.modules)"
    env = {**__import__("os").environ, "UNDOC_LINT_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert first.stdout.strip() == "True" and second.stdout.strip() == "False", (first.stderr, second.stderr)
