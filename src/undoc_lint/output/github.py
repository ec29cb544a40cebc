"""`--format github`: GitHub Actions workflow commands, one annotation a diagnostic.

    ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE (name)::message

Escaping is GitHub's (as in @actions/core): in the message `%`, CR and LF
become `%25`, `%0D`, `%0A`; in property values `:` and `,` also become
`%3A` and `%2C`. GitHub accepts `col`/`endColumn` only on a one-line
annotation, so a span over several lines gives lines alone.
"""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic, Severity
from . import u_escaped

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


# Other characters that readers of a log may take for a line break (str.splitlines does):
# written as escapes, so that one annotation stays one line.
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return u_escaped(_OTHER_BREAKS, text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic) -> str:
    s = d.span
    props = [("file", d.path), ("line", s.line)]
    if s.line == s.end_line:
        props.append(("col", s.column))
    props.append(("endLine", s.end_line))
    if s.line == s.end_line:
        props.append(("endColumn", s.end_column))
    props.append(("title", f"{d.code} ({d.name})"))
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{COMMANDS[Severity.parse(d.severity)]} {rendered}::{escape_data(d.message)}"


def format_github(diags: list[Diagnostic], sources: dict, *, files: list[str] | None = None) -> str:
    return "".join(annotation(d) + "\n" for d in diags)
