"""`--format json`: a JSON array with a stable schema (documented in the README)."""

from __future__ import annotations

import json
import re

from ..diagnostics import Diagnostic
from . import u_escaped


def diagnostic_to_dict(d: Diagnostic, sources: dict) -> dict:
    fix = None
    if d.fix is not None:
        src = sources.get(d.path)
        edits = []
        for e in d.fix.edits:
            s = src.span(e.start, e.end) if src is not None else None
            edits.append({"line": s.line if s else None, "column": s.column if s else None,
                          "end_line": s.end_line if s else None, "end_column": s.end_column if s else None,
                          "content": e.content})
        fix = {"applicability": d.fix.applicability, "message": d.fix.message, "edits": edits}
    return {
        "path": d.path,
        "line": d.span.line,
        "column": d.span.column,
        "end_line": d.span.end_line,
        "end_column": d.span.end_column,
        "code": d.code,
        "name": d.name,
        "severity": str(d.severity),
        "message": d.message,
        "fix": fix,
    }


# A lone surrogate stands for a byte of a file name that is not UTF-8: written raw it
# would make the output invalid UTF-8, so it is escaped (`"\udcff"`, which JSON readers take back).
_SURROGATE = re.compile("[\ud800-\udfff]")


def format_json(diags: list[Diagnostic], sources: dict, *, files: list[str] | None = None) -> str:
    text = json.dumps([diagnostic_to_dict(d, sources) for d in diags], ensure_ascii=False, indent=2) + "\n"
    return u_escaped(_SURROGATE, text)
