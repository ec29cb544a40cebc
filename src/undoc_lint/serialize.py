"""The document model as JSON (``undoc-lint parse``) and as an indented tree."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .model import Comment, Document, FootnoteDef, Heading, Inline, Item, Paragraph, Section


def _span(span) -> dict | None:
    return span.as_dict() if span is not None else None


def _inline(inline: Inline) -> dict:
    return {
        "text": inline.text,
        "span": _span(inline.span),
        "footnote_refs": [{"label": r.label, "span": _span(r.span)} for r in inline.refs],
    }


def node_to_dict(node: Any) -> dict:
    if isinstance(node, Section):
        return {"type": "instrument" if node.is_instrument else "section", "level": node.level,
                "heading": node_to_dict(node.heading), "children": [node_to_dict(c) for c in node.children]}
    if isinstance(node, Heading):
        out = {"type": "heading", "level": node.level, "span": _span(node.span), "content": _inline(node.content)}
        if node.marker is not None:
            out["marker"] = _marker(node.marker)
        return out
    if isinstance(node, Paragraph):
        return {"type": "paragraph", "indent": node.indent, "span": _span(node.span), "content": _inline(node.content)}
    if isinstance(node, Item):
        return {"type": "item", "marker": _marker(node.marker), "indent": node.indent, "depth": node.depth,
                "span": _span(node.span), "content": _inline(node.content), "children": [node_to_dict(c) for c in node.children]}
    if isinstance(node, FootnoteDef):
        return {"type": "footnote_definition", "label": node.label, "span": _span(node.span),
                "label_span": _span(node.label_span), "content": _inline(node.content)}
    if isinstance(node, Comment):
        out = {"type": "comment", "text": node.text, "closed": node.closed, "span": _span(node.span)}
        if node.directive is not None:
            out["directive"] = {"action": node.directive.action, "selectors": [s for s, _ in node.directive.selectors]}
        return out
    raise TypeError(f"unknown node {node!r}")


def _marker(m) -> dict:
    return {"text": m.text, "kind": m.kind, "style": m.style, "value": m.value, "span": _span(m.span)}


def _plain(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def document_to_dict(doc: Document) -> dict:
    fm = doc.front_matter
    return {
        "path": doc.path,
        "language": doc.language,
        "language_declared": doc.language_declared,
        "front_matter": None if fm is None else {"span": _span(fm.span), "valid": fm.valid, "data": _plain(fm.data)},
        "children": [node_to_dict(c) for c in doc.children],
        "footnote_references": [{"label": r.label, "span": _span(r.span)} for r in doc.footnote_refs],
        "diagnostics": [{"code": d.code, "severity": str(d.severity), "message": d.message, "span": _span(d.span)} for d in doc.diagnostics],
    }


def document_to_tree(doc: Document) -> str:
    lines = [f"document {doc.path} language={doc.language}{'' if doc.language_declared else ' (detected)'}"]
    if doc.front_matter is not None:
        fm = doc.front_matter
        lines.append(f"  front_matter {fm.span.line}:{fm.span.column}-{fm.span.end_line}:{fm.span.end_column} {_plain(fm.data)}")

    def short(text: str) -> str:
        text = text.replace("\n", "⏎")
        return text if len(text) <= 60 else text[:57] + "…"

    def walk(nodes, depth):
        pad = "  " * depth
        for n in nodes:
            s = n.span
            at = f"{s.line}:{s.column}-{s.end_line}:{s.end_column}"
            if isinstance(n, Section):
                lines.append(f"{pad}{'instrument' if n.is_instrument else 'section'} {'#' * n.level} {at} {short(n.heading.text)!r}")
                walk(n.children, depth + 1)
            elif isinstance(n, Heading):
                lines.append(f"{pad}heading {'#' * n.level} {at} {short(n.text)!r}")
            elif isinstance(n, Item):
                m = n.marker
                lines.append(f"{pad}item {m.text} {m.kind}={m.value} {m.style} {at} {short(n.text)!r}")
                walk(n.children, depth + 1)
            elif isinstance(n, Paragraph):
                lines.append(f"{pad}paragraph {at} {short(n.text)!r}")
            elif isinstance(n, FootnoteDef):
                lines.append(f"{pad}footnote [^{n.label}] {at} {short(n.text)!r}")
            elif isinstance(n, Comment):
                what = f"directive {n.directive.action} {[x for x, _ in n.directive.selectors]}" if n.directive else "comment"
                lines.append(f"{pad}{what} {at}")

    walk(doc.children, 1)
    for d in doc.diagnostics:
        lines.append(f"  ! {d.span.line}:{d.span.column} {d.code} [{d.severity}] {d.message}")
    return "\n".join(lines) + "\n"
