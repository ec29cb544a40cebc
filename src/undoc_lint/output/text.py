"""Human output: `path:line:col: CODE [severity] message`, the source line and a caret."""

from __future__ import annotations

from collections import Counter

from ..diagnostics import Diagnostic

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def format_full(diags: list[Diagnostic], sources: dict, colour: bool = False) -> str:
    out = []
    for d in diags:
        out.append(_head(d, colour))
        src = sources.get(d.path)
        if src is not None and 1 <= d.span.line <= src.line_count:
            line = src.line_text(d.span.line)
            column = d.span.column
            end = d.span.end_column if d.span.end_line == d.span.line else len(line) + 1
            if len(line) > MAX_LINE_SHOWN:  # a very long line: show a window around the span, not all of it
                line, column, end = _window(line, column, end)
            marks = "^" * max(1, end - column)
            on, off = (_COLOURS[str(d.severity)], _RESET) if colour else ("", "")
            out.append(f"  {line}")
            out.append(f"  {_caret_pad(line, column)}{on}{marks}{off}")
        if d.fix is not None:
            out.append(f"  {'help' if d.fix.safe else 'help (unsafe)'}: {d.fix.message}")
        out.append("")
    return "\n".join(out)


MAX_LINE_SHOWN = 240  # longer source lines are shown as a window around the span
_CONTEXT = 60  # columns shown before the span in such a window


def _window(line: str, column: int, end: int) -> tuple[str, int, int]:
    """A part of a long line around the span (1-based columns, end exclusive), elided with `…`."""
    start = max(0, column - 1 - _CONTEXT)
    stop = min(len(line), start + MAX_LINE_SHOWN)
    head = "…" if start > 0 else ""
    shown = head + line[start:stop] + ("…" if stop < len(line) else "")
    column = column - start + len(head)
    end = min(end - start + len(head), len(shown) + 1)
    return shown, column, end


def _caret_pad(line: str, column: int) -> str:
    # Keep tabs and wide characters aligned: reuse the line's own whitespace, double width for CJK.
    pad = []
    for ch in line[: column - 1]:
        if ch == "\t":
            pad.append("\t")
        elif "\u1100" <= ch and (ch <= "\u115f" or "\u2e80" <= ch <= "\ua4cf" or "\uac00" <= ch <= "\ud7a3"
                                  or "\uf900" <= ch <= "\ufaff" or "\ufe30" <= ch <= "\ufe4f" or "\uff00" <= ch <= "\uff60"):
            pad.append("  ")
        else:
            pad.append(" ")
    return "".join(pad)


def _head(d: Diagnostic, colour: bool) -> str:
    sev = str(d.severity)
    if colour:
        return f"{_BOLD}{d.path}:{d.span.line}:{d.span.column}:{_RESET} {_BOLD}{d.code}{_RESET} {_COLOURS[sev]}[{sev}]{_RESET} {d.message}"
    return f"{d.path}:{d.span.line}:{d.span.column}: {d.code} [{sev}] {d.message}"


def format_concise(diags: list[Diagnostic]) -> str:
    return "".join(_head(d, False) + "\n" for d in diags)


def summary(diags: list[Diagnostic], files: int, fixed: int = 0) -> str:
    counts = Counter(str(d.severity) for d in diags)
    fixable = sum(1 for d in diags if d.fix is not None)
    if not diags:
        base = f"All checks passed: {files} file{'s' if files != 1 else ''}."
    else:
        parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
        base = f"Found {len(diags)} diagnostic{'s' if len(diags) != 1 else ''} in {files} file{'s' if files != 1 else ''} ({', '.join(parts)})."
        safe = sum(1 for d in diags if d.fix is not None and d.fix.safe)
        if safe:  # (an unsafe fix is no fix `--fix` applies: "1 fixable with `--fix`" of one unsafe misled)
            base += f" {safe} fixable with `--fix`" + (f" ({fixable - safe} more with `--unsafe-fixes`)." if fixable > safe else ".")
        elif fixable:
            base += f" {fixable} fixable with `--fix --unsafe-fixes`."
    if fixed:
        base += f" Fixed {fixed}."
    return base


def statistics(diags: list[Diagnostic]) -> str:
    counts = Counter((d.code, d.name) for d in diags)
    fixable = Counter(d.code for d in diags if d.fix)
    rows = [f"{n:>5}  {code:<8} {name}{'  [*]' if fixable[code] else ''}" for (code, name), n in counts.most_common()]
    return "\n".join(rows) + ("\n" if rows else "")
