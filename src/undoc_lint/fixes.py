"""Applying fixes: non-overlapping edits, applied back to front."""

from __future__ import annotations

from .diagnostics import Diagnostic, Edit


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply edits that do not overlap (the caller chose them)."""
    out = text
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: e.start] + e.content + out[e.end :]
    return out


def choose_fixes(diags: list[Diagnostic], unsafe: bool = False) -> tuple[list[Diagnostic], list[Edit]]:
    """The fixable diagnostics whose edits do not overlap any chosen before them."""
    chosen: list[Diagnostic] = []
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for diag in sorted((d for d in diags if d.fix and (d.fix.safe or unsafe)), key=lambda d: d.span.start):
        ranges = [(e.start, e.end) for e in diag.fix.edits]
        if any(_overlap(r, t) for r in ranges for t in taken):
            continue
        chosen.append(diag)
        edits.extend(diag.fix.edits)
        taken.extend(ranges)
    return chosen, edits


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # Touching ranges are fine; two insertions at one point are not.
    if a[0] == a[1] == b[0] == b[1]:
        return True
    return a[0] < b[1] and b[0] < a[1]
