"""Property tests for --fix: it changes only the markers, labels, symbols and
dashes that it reports, leaves the text between them exactly as it was, and a
second run changes nothing."""

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undoc_lint.fixes import apply_edits, choose_fixes
from undoc_lint.runner import Linter

EXAMPLES = int(os.environ.get("UNDOC_LINT_HYPOTHESIS_EXAMPLES", "150"))
LINTER = Linter()

# What a fix may replace: an item or section marker, a footnote label, a
# document symbol, a dash (or a range connector), a group or State name
# suggested by an unsafe fix, footnote calls moved across a punctuation mark,
# full-width digits (a word: `\w`; in a symbol, with its full-width strokes).
ALLOWED = re.compile(
    r"^(?:\(?[0-9a-z]{1,6}[.)]"            # 3.  (b)  c)  ii.
    r"|[0-9]+"                            # footnote label
    r"|[A-Za-z0-9/.\-() *０-９／]{2,60}"    # a symbol, spaces inside a malformed one included
    r"|\s*[-‐‑‒–—―]\s*"                    # a dash, spaced or not
    r"|[\w\s'’-]{1,40}"                    # a connector word or a suggested name
    r"|(?:\[\^[^\]]+\])+[,.;:]|[,.;:](?:\[\^[^\]]+\])+)$"  # footnote calls trading places with punctuation
)

marker = st.one_of(
    st.integers(0, 30).map(lambda n: f"{n}. "),
    st.sampled_from("abcdefghij").map(lambda c: f"({c}) "),
    st.sampled_from(["(i) ", "(ii) ", "(iv) ", "a) ", "b) "]),
)
text_piece = st.sampled_from([
    "*Decides* to continue", "recalls resolution 1/3", "from 5-9 June 2023", "2020-2023", "A/Res/75/224",
    "HSP/OECPR.2021/INF.1", "S/RES/2334(2016)", "A/54/L.74/ADD.1", "文本", "2021 年 6 月 29 日至 7 月 1 日",
    "２０２３年６月５日至９日", "from ５-９ June ２０２３", "２０２０－２０２３年",  # (full-width digits: DATE010 fixes them)
    "６月５日至９日", "２０２３年６月５日、６日和７日", "A/RES/７５/２２４", "HSP/HA.１/Res３", "第１/３号决议",  # (and SYM001)
])
ref = st.integers(1, 6).map(lambda n: f"[^{n}]")


@st.composite
def documents(draw):
    lines = ["---", "language: " + draw(st.sampled_from(["en", "zh"])), "---", ""]
    for _ in range(draw(st.integers(1, 12))):
        indent = draw(st.sampled_from(["", "", "    "]))
        line = indent + draw(marker) + draw(text_piece)
        if draw(st.booleans()):
            line += draw(ref)
        lines += [line + ";", ""]
    for n in draw(st.lists(st.integers(1, 6), max_size=6)):
        lines.append(f"[^{n}]: {draw(text_piece)}.")
    return "\n".join(lines) + "\n"


def run_fixes(text: str, unsafe: bool):
    """The fix loop, step by step, checking each round's edits."""
    for _ in range(10):
        _, diags = LINTER.lint_text(text, "p.undoc.md")
        _, edits = choose_fixes(diags, unsafe)
        if not edits:
            return text
        for e in edits:
            original = text[e.start:e.end]
            assert ALLOWED.match(original) or original == "", f"a fix replaced {original!r}"
            assert "\n" not in original and "\n" not in e.content
        # The text between the edits is kept exactly.
        ordered = sorted(edits, key=lambda e: e.start)
        new = apply_edits(text, edits)
        pos, out_pos = 0, 0
        for e in ordered:
            gap = text[pos:e.start]
            assert new[out_pos:out_pos + len(gap)] == gap
            out_pos += len(gap) + len(e.content)
            pos = e.end
        assert new[out_pos:] == text[pos:]
        text = new
    return text


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.booleans())
def test_fix_changes_only_what_it_reports(doc, unsafe):
    fixed = run_fixes(doc, unsafe)
    via_linter, _, _ = LINTER.fix_text(doc, "p.undoc.md", unsafe)
    assert via_linter.count("\n") == doc.count("\n")
    again, fixed_again, _ = LINTER.fix_text(via_linter, "p.undoc.md", unsafe)
    assert again == via_linter and not fixed_again, "a second --fix changed the text"
    assert fixed.count("\n") == doc.count("\n")
