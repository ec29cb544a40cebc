"""Property tests: parsing never raises, and every span lies inside the document."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undoc_lint.api import parse_bytes, parse_text
from helpers import PIECES

from undoc_lint.model import Item, Section

EXAMPLES = int(os.environ.get("UNDOC_LINT_HYPOTHESIS_EXAMPLES", "300"))



def check_spans(doc) -> None:
    n = len(doc.text)

    def ok(span):
        assert 0 <= span.start <= span.end <= n, (span, n)
        assert span.line >= 1 and span.column >= 1
        assert (span.line, span.column) <= (span.end_line, span.end_column)

    def walk(nodes):
        for node in nodes:
            ok(node.span)
            if isinstance(node, Section):
                ok(node.heading.span)
                walk(node.children)
            elif isinstance(node, Item):
                ok(node.marker.span)
                walk(node.children)
            content = getattr(node, "content", None)
            if content is not None and content.span is not None:
                ok(content.span)
                for i in range(0, len(content.text) + 1, max(1, len(content.text) // 7 or 1)):
                    ok(content.span_of(0, i))

    walk(doc.children)
    for ref in doc.footnote_refs:
        ok(ref.span)
        ok(ref.label_span)
    for d in doc.diagnostics:
        assert d.span.start_byte <= d.span.end_byte
    if doc.front_matter is not None:
        ok(doc.front_matter.span)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_constructs_in_any_order(pieces):
    doc = parse_text("".join(pieces))
    check_spans(doc)
    assert not any(d.code == "ENG001" for d in doc.diagnostics), [d.message for d in doc.diagnostics]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    doc = parse_text(text)
    check_spans(doc)
    assert not any(d.code == "ENG001" for d in doc.diagnostics), [d.message for d in doc.diagnostics]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_decoded_with_replacement(data):
    doc = parse_text(data.decode("utf-8", "replace"))
    check_spans(doc)
    doc = parse_bytes(data)  # undecodable bytes: a diagnostic, never an exception
    check_spans(doc)
