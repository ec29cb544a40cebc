"""Applying fixes: non-overlapping edits, applied back to front."""

from __future__ import annotations

import bisect

from .diagnostics import Diagnostic, Edit


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply edits that do not overlap (the caller chose them), in one pass
    (splicing the text once per edit was quadratic in the number of edits)."""
    out, pos = [], 0
    for e in reversed(sorted(edits, key=lambda e: (e.start, e.end), reverse=True)):  # (ties as before: last first)
        out += (text[pos : e.start], e.content)
        pos = max(pos, e.end)
    out.append(text[pos:])
    return "".join(out)


def choose_fixes(diags: list[Diagnostic], unsafe: bool = False) -> tuple[list[Diagnostic], list[Edit]]:
    """The fixable diagnostics whose edits do not overlap any chosen before them."""
    chosen: list[Diagnostic] = []
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []  # sorted; pairwise non-overlapping, so their ends are sorted too
    for diag in sorted((d for d in diags if d.fix and (d.fix.safe or unsafe)), key=lambda d: d.span.start):
        ranges = [(e.start, e.end) for e in diag.fix.edits]
        if any(_overlaps_taken(r, taken) for r in ranges):
            continue
        chosen.append(diag)
        edits.extend(diag.fix.edits)
        for r in ranges:
            bisect.insort(taken, r)
    return chosen, edits


def _overlaps_taken(r: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether r overlaps any of the sorted ranges: only its neighbours need a look
    (a check against every range was quadratic in the number of fixes)."""
    i = bisect.bisect_left(taken, r)
    k = i - 1
    while k >= 0:
        if _overlap(r, taken[k]):
            return True
        if taken[k][1] <= r[0]:
            break
        k -= 1
    k = i
    while k < len(taken):
        t = taken[k]
        if _overlap(r, t):
            return True
        if t[0] >= r[1] and t[0] > r[0]:
            break
        k += 1
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # Touching ranges are fine; two insertions at one point are not.
    if a[0] == a[1] == b[0] == b[1]:
        return True
    return a[0] < b[1] and b[0] < a[1]
