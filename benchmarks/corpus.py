"""Deterministic benchmark documents made from the examples.

`make_document(size)` returns a UNDoc text of about `size` bytes: the
examples' instruments repeated (numbering and footnotes kept valid), in
English and Chinese alternately.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.undoc.md"))


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---\n", 1)[1]
    return text


def make_document(size: int) -> str:
    """About `size` bytes of markup; footnote labels renumbered so they stay unique."""
    bodies = [_body(p) for p in EXAMPLES]
    out, total, offset, i = [], 0, 0, 0
    while total < size:
        body = bodies[i % len(bodies)]
        labels = sorted({int(m) for m in re.findall(r"\[\^(\d+)\]", body)})
        shifted = re.sub(r"\[\^(\d+)\]", lambda m: f"[^{int(m.group(1)) + offset}]", body)
        offset += len(labels)
        out.append(shifted)
        total += len(shifted.encode("utf-8"))
        i += 1
    text = "".join(out)
    data = text.encode("utf-8")[:size]
    text = data.decode("utf-8", "ignore")
    return text[: text.rfind("\n") + 1] if "\n" in text else text
