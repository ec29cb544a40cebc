from functools import lru_cache

from undoc_lint import regexes
from undoc_lint.analysis.numbering import operative_scopes
from undoc_lint.diagnostics import Severity
from undoc_lint.lang import language_pack
from undoc_lint.model import Item
from undoc_lint.rule import Rule

_DIGITS = regexes.compile(r"\d+")  # (int() reads `５` and `٥` too)


@lru_cache(maxsize=None)
def _relative(language):
    """(pattern, written direction word -> `above` or `below`), or None."""
    data = (language_pack(language).get("numbering") or {}).get("paragraph_reference_relative")
    if not data:
        return None
    words = {w: side for side in ("above", "below") for w in data.get(side) or ()}
    return regexes.compile(data["pattern"]), words


class ParagraphReference(Rule):
    """A reference to a paragraph above or below points at none, or at one on the other side.

    What it checks:
        In an operative paragraph (or its subparagraphs), a reference to
        paragraphs of the same instrument by their side (`paragraph 7
        below`, `paragraphs 2 and 3 above`, `paragraphe 4 ci-dessus`,
        `上文第 4 段`: `paragraph_reference_relative` in the language pack)
        names paragraphs that are there, above or below the one it stands
        in as it says. An instrument whose numbering repeats a number (its
        sections restart) is not checked: which paragraph 2 is meant is not
        known; nor a reference in quotation marks (the new wording of
        another instrument's paragraph), nor one to a number that another
        scope of the document has (a report around a draft it prints).

    Why:
        Paragraphs are renumbered as a draft changes, and a reference left
        behind sends every reader to the wrong paragraph (un-domain.md §3.4:
        a cross-reference must resolve).

    Example:
        ```undoc fail lang=en
        1. *Decides* to establish a working group;

        2. *Requests* the working group to report as set out in paragraph 7 below.
        ```
        ```expect
        3:57 NUM009 no paragraph 7
        ```
        ```undoc pass lang=en
        1. *Decides* to establish a working group;

        2. *Requests* the working group to meet as set out in paragraph 1 above.
        ```

    Fix safety:
        No fix: which paragraph was meant cannot be inferred.
    """

    code = "NUM009"
    name = "paragraph-reference"
    severity = Severity.ERROR

    def check(self, doc):
        found = _relative(doc.language)
        if found is None:
            return
        pattern, words = found
        # (a plain look for `above`, `below` … first, then for a reference in the whole text: most drafts have none)
        if not any(w in doc.text for w in words) or pattern.search(doc.text) is None:
            return
        scopes = operative_scopes(doc)
        # (a report's paragraphs run on around a draft printed in it, which the markup makes a
        # scope of its own: a number of another scope is not called missing)
        everywhere = {op.item.marker.value for scope in scopes for op in scope}
        for scope in scopes:
            values = [op.item.marker.value for op in scope]
            if len(set(values)) != len(values):
                continue
            first, last = min(values), max(values)
            for op in scope:
                here = op.item.marker.value
                for inline in _inlines(op.item):
                    for m in pattern.finditer(inline.text):
                        if _quoted(inline.text, m.start()):
                            continue  # (`shall read as follows: "… paragraphs 3 and 4 above …"`: another text's)
                        side = words.get(m.group("dir"))
                        numbers = [int(n) for n in _DIGITS.findall(m.group("numbers"))]
                        if any(n not in values and n in everywhere for n in numbers):
                            continue
                        missing = [n for n in numbers if n not in values]
                        wrong = [n for n in numbers if n in values and (n >= here if side == "above" else n <= here)]
                        if missing:
                            what = f"there is no paragraph {missing[0]} in this instrument (it has {first} to {last})"
                        elif wrong:
                            what = f"paragraph {wrong[0]} is not {side} paragraph {here}, where this stands"
                        else:
                            continue
                        yield self.diagnostic(inline.span_of(m.start(), m.end()),
                                              f"`{m.group(0)}`: {what}; expected a reference that resolves")


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened before it in the same text."""
    before = text[:at]
    opened = sum(before.count(q) for q in "“«„「『") - sum(before.count(q) for q in "”»」』")
    return opened > 0 or before.count('"') % 2 == 1


def _inlines(item: Item):
    """The inline texts of an item and of every block nested in it."""
    stack = [item]
    while stack:
        block = stack.pop()
        content = getattr(block, "content", None)
        if content is not None:
            yield content
        stack.extend(reversed(getattr(block, "children", None) or ()))
