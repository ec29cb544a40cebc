"""No crash on any input: the whole pipeline (decode, parse, every rule, every
output format, --fix) on generated and hostile inputs. The pipeline and its
invariants are the fuzz target's (fuzz/fuzz_undoc.py), so a failure here can
be replayed there and the reverse."""

import json
import os
from pathlib import Path

import pytest
from helpers import load_fuzz_target
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undoc_lint.api import parse_bytes, parse_text
from undoc_lint.output import FORMATS, render
from undoc_lint.output.text import format_full
from undoc_lint.runner import Linter

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("UNDOC_LINT_HYPOTHESIS_EXAMPLES", "300"))


fuzz = load_fuzz_target()
pipeline = fuzz.pipeline
LINTER = Linter()


def encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8 (CESU) bytes


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(fuzz.FRAGMENTS), max_size=80))
def test_any_mix_of_constructs(fragments):
    pipeline(encode("".join(fragments)))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(fuzz.FRAGMENTS), max_size=40), st.binary(max_size=24), st.integers(0, 10_000))
def test_constructs_with_random_bytes_spliced_in(fragments, noise, at):
    data = encode("".join(fragments))
    at = at % (len(data) + 1)
    pipeline(data[:at] + noise + data[at:])


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes(data):
    pipeline(data)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=300))
def test_arbitrary_text_through_the_api(text):
    """Text (lone surrogates included) straight into the API, as a library user may pass it."""
    doc = parse_text(text, "api.undoc.md")
    diags = LINTER.lint_document(doc)
    assert not [d for d in diags if d.code == "ENG001"]
    sources = {"api.undoc.md": doc.source}
    for fmt in FORMATS:
        render(fmt, diags, sources, ["api.undoc.md"])
    format_full(diags, sources)
    LINTER.fix_text(doc.text, "api.undoc.md", True)


HOSTILE = {
    "empty": b"",
    "one newline": b"\n",
    "only spaces": b"    ",
    "only whitespace": b" \t\n\r\n \x0b\x0c\n\t\t",
    "only blank lines": b"\n" * 1000,
    "NUL in text": b"1. One\x00two.\n",
    "NUL only": b"\x00",
    "NUL after 8 KiB": b"1. One.\n" * 1100 + b"\x00\n",
    "control characters": bytes(range(1, 32)) + b"\n",
    "lone surrogate (CESU bytes)": "1. \ud800 x\n".encode("utf-8", "surrogatepass"),
    "overlong UTF-8": b"1. \xc0\xaf\n",
    "truncated UTF-8 at the end": "1. 文".encode()[:-1],
    "UTF-16 with BOM": "1. One.\n".encode("utf-16"),
    "BOM at the start": "\ufeff1. One.\n".encode(),
    "BOM in the middle": "1. One.\n\ufeff2. Two.\n\ufeff".encode(),
    "two BOMs": "\ufeff\ufeff1. One.\n".encode(),
    "CR only": b"1. One.\r\r2. Two.\r[^1]: A/1.\r",
    "CR only, front matter": b"---\rlanguage: en\r---\r1. One.\r",
    "mixed endings": b"1. One.\r\n\n2. Two.\r\r3. Three.\n",
    "no final newline": b"1. One.\n\n3. Three.",
    "absurd number": b"99999999999999999999. One.\n\n1. Two.\n",
    "5000-digit number": b"9" * 5000 + b". One.\n\n2. Two.\n",
    "absurd instrument number": b"## Resolution 1/" + b"9" * 5000 + b"\n\n## Resolution 1/2\n",
    "absurd zero": b"0. x\n\n00000000000000000000000. y\n",
    "RTL marks everywhere": "\u200f1.\u200f A/\u200fRES/\u200f75/224\u200f\n\n\u202e(a)\u202c x\n".encode(),
    "mixed scripts": "---\nlanguage: ar\n---\n1. القرار 75/1 резолюция 75/1 决议 résolution\n".encode(),
    "Arabic-Indic digits": "1. ٢٩ حزيران/يونيه ٢٠٢١\n".encode(),
    "combining marks": "1. A\u0301/RES/75/224\u0301\n".encode(),
    "unmatched footnotes": b"1. a[^1][^2][^1][^]\n\n[^3]: x\n[^3]: y\n[^]: z\n[^1]:\n",
    "broken nesting": b"        (a) x\n(ii) y\n    1. z\n  (c) w\n\t\t\t(iv) v\n- a\n    - b\n",
    "unclosed comment": b"1. a\n<!-- never closed\n2. b\n",
    "unclosed front matter": b"---\nlanguage: en\n1. a\n",
    "front matter only": b"---\n---\n",
    "front matter not a mapping": b"---\n- a\n- b\n---\n1. x\n",
    "front matter with a tab": b"---\nlanguage:\ten\n\tx: y\n---\n",
    "half-merged conflict": b"<<<<<<< HEAD\n1. One.\n=======\n1. Uno.\n>>>>>>> branch\n",
    "heading only hashes": b"#\n##\n#######\n",
    "directive soup": b"<!-- undoc-lint: -->\n<!-- undoc-lint: enable -->\n<!-- undoc-lint: disable ,,, -->\n",
    "symbol soup": b"1. A/ / /RES//75/// S/RES/ (2016) HSP-OECPR- A/1(((((( A/1))))))\n",
    "date soup": "1. 31 February 2023, 0 June 0000, 99 June 99999, 29–28 June 2021, 第 0 年 0 月 0 日\n".encode(),
    "bureau soup": b"---\nlanguage: en\n---\n- Chair:\n- : ()\n- Chair: (\n- Rapporteur: ) (\n",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input(name):
    out = pipeline(HOSTILE[name])
    json.loads(out["json"])


def test_huge_paragraph_number_is_reported_not_a_crash():
    """Regression: int() refused a marker of more than 4300 digits (ValueError out of the builder)."""
    doc = parse_bytes(b"9" * 5000 + b". One.\n\n2. Two.\n", "t.undoc.md")
    [d] = [d for d in doc.diagnostics if d.code == "SYN014"]
    assert "5000 digits" in d.message and d.span.line == 1
    assert doc.items[0].marker.kind == "invalid" and doc.items[1].marker.value == 2
    # 100 digits are still a number (a NUM001 finding, not a syntax error)
    doc = parse_bytes(b"9" * 100 + b". One.\n", "t.undoc.md")
    assert doc.items[0].marker.value == int("9" * 100) and not doc.diagnostics


def test_huge_instrument_number_is_not_a_rule_crash():
    """Regression: NUM007 read `## Resolution 1/<5000 digits>` with int() and crashed (ENG001)."""
    _, diags = LINTER.lint_text("## Resolution 1/" + "9" * 5000 + "\n\n## Resolution 1/2\n", "t.undoc.md")
    assert not [d for d in diags if d.code == "ENG001"]
