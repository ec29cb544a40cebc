"""`--format sarif`: one SARIF 2.1.0 log (one run) for code-scanning tools.

Regions carry lines and columns (code points, end exclusive, as SARIF's
`columnKind: unicodeCodePoints` says), character offsets and byte offsets
into the file. Fixes become `fixes` with `properties.applicability`.
"""

from __future__ import annotations

import inspect
import json
import os
import re
from urllib.parse import quote

from .. import __version__
from ..diagnostics import Diagnostic, Severity

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# RFC 3986 sub-delims, "@" and unreserved stay; ":" is escaped so no first segment reads as a scheme.
_URI_SAFE = "/-._~!$&'()*+,;=@"


def path_to_uri(path: str) -> str:
    """A path as given -> a URI reference: relative stays relative, absolute becomes file://."""
    posix = path.replace(os.sep, "/") if os.sep != "/" else path
    # The file system's own bytes, percent-encoded: a name that is not UTF-8 (held as
    # surrogate escapes) keeps its bytes (`bad\udcff` -> `bad%FF`).
    posix = os.fsencode(posix)
    if os.path.isabs(path):
        return "file://" + ("" if posix.startswith(b"/") else "/") + quote(posix, safe=_URI_SAFE + ":")
    return quote(posix, safe=_URI_SAFE)


def format_sarif(diags: list[Diagnostic], sources: dict, *, files: list[str] | None = None) -> str:
    codes = sorted({d.code for d in diags})
    names = {}
    for d in diags:
        names.setdefault(d.code, d.name)
    index = {code: i for i, code in enumerate(codes)}
    paths = list(dict.fromkeys([*(files or []), *(d.path for d in diags)]))
    run = {
        "tool": {"driver": {"name": "undoc-lint", "version": __version__,
                            "rules": [_descriptor(code, names[code]) for code in codes]}},
        "invocations": [{"executionSuccessful": True}],
        "artifacts": [{"location": {"uri": path_to_uri(p)}, "roles": ["analysisTarget"]} for p in paths],
        "results": [_result(d, index[d.code], sources.get(d.path)) for d in diags],
        "columnKind": "unicodeCodePoints",
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule_info(code: str, name: str) -> tuple:
    """(name, default severity or None, family, summary, what-it-checks or None)."""
    from ..registry import load_registry
    from ..syntax import CHECKS

    family = re.match(r"[A-Z]*", code).group(0) or code
    cls = load_registry().rules.get(code)
    if cls is not None:
        return cls.name, cls.severity, cls.family(), cls.summary(), _what_it_checks(cls.__doc__)
    check = CHECKS.get(code)
    if check is not None:
        return check.name, check.severity, family, check.summary, None
    return name, None, family, name, None


def _what_it_checks(doc: str | None) -> str | None:
    """The indented paragraph under `What it checks:` in a rule docstring, on one line."""
    lines = inspect.cleandoc(doc or "").splitlines()
    if "What it checks:" not in lines:
        return None
    body = []
    for line in lines[lines.index("What it checks:") + 1:]:
        if line.strip() and not line.startswith((" ", "\t")):
            break
        body.append(line.strip())
    return " ".join(" ".join(body).split()) or None


def _descriptor(code: str, fallback_name: str) -> dict:
    name, severity, family, summary, full = _rule_info(code, fallback_name)
    desc = {"id": code, "name": name, "shortDescription": {"text": summary}}
    if full:
        desc["fullDescription"] = {"text": full}
    if severity is not None:
        desc["defaultConfiguration"] = {"level": LEVELS[Severity.parse(severity)]}
    desc["properties"] = {"tags": [family]}
    return desc


def _region(span) -> dict:
    return {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line, "endColumn": span.end_column,
            "charOffset": span.start, "charLength": span.end - span.start,
            "byteOffset": span.start_byte, "byteLength": span.end_byte - span.start_byte}


def _result(d: Diagnostic, rule_index: int, source) -> dict:
    location = {"artifactLocation": {"uri": path_to_uri(d.path)}, "region": _region(d.span)}
    result = {"ruleId": d.code, "ruleIndex": rule_index, "level": LEVELS[Severity.parse(d.severity)],
              "message": {"text": d.message}, "locations": [{"physicalLocation": location}]}
    if d.fix is not None and d.fix.edits:
        replacements = []
        for e in d.fix.edits:
            deleted = _region(source.span(e.start, e.end)) if source is not None else \
                {"charOffset": e.start, "charLength": e.end - e.start}
            replacements.append({"deletedRegion": deleted, "insertedContent": {"text": e.content}})
        result["fixes"] = [{"description": {"text": d.fix.message},
                            "artifactChanges": [{"artifactLocation": {"uri": path_to_uri(d.path)},
                                                 "replacements": replacements}],
                            "properties": {"applicability": d.fix.applicability}}]
    return result
