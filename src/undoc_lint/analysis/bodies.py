"""Which body a document is of: the one whose instruments it holds."""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from .. import regexes
from ..lang import language_pack
from .symbol_check import data as symbol_data

ACTING_LINE_UP_TO = 80  # characters: `*The United Nations Environment Assembly*,` and the like


def document_body(doc) -> str | None:
    """The document's own body (an id of symbols.yaml: `economic-and-social-council` …): its
    front matter's `body` in the language's words, or its `symbol` (`body_of_symbol`), else the
    acting body's line at the top (`*The Economic and Social Council*,`); None when none tells."""
    cached = doc.cache.get("body", False)
    if cached is not False:
        return cached
    fm = doc.front_matter.data if doc.front_matter is not None else {}
    body = str(fm.get("body") or "")
    names = (language_pack(doc.language).get("citations") or {}).get("bodies") or {}
    found = next((bid for bid, words in names.items() if any(w in body for w in words)), None) if body else None
    if found is None and fm.get("symbol"):
        found = body_of_symbol(str(fm["symbol"]).strip())
    if found is None:
        for block in doc.blocks[:12]:
            # (the acting body's line: short, the body's name near its start, `*The Economic and Social
            # Council*,`; not a preamble paragraph that cites another body's resolution)
            text = block.content.text if getattr(block, "kind", None) == "paragraph" else ""
            if len(text) > ACTING_LINE_UP_TO:
                continue
            found = next((bid for bid, words in names.items() if any(0 <= text.find(w) <= 8 for w in words)), None)
            if found is not None:
                break
    doc.cache["body"] = found
    return found


def body_of_symbol(symbol: str) -> str | None:
    """The body a document of this symbol is of (`document_body_by_symbol` in symbols.yaml), or None."""
    return next((body for pattern, body in _by_symbol() if pattern.match(symbol)), None)


@lru_cache(maxsize=1)
def _by_symbol() -> tuple:
    return tuple((regexes.compile(e["pattern"]), e["body"]) for e in symbol_data().get("document_body_by_symbol") or ())


def year_from_july_window(year: int) -> tuple[_dt.date, _dt.date]:
    """The days an instrument of a body whose year begins in the July before it (`year_from_july`
    in symbols.yaml: the Economic and Social Council) may be adopted on: from that July to the end
    of its year."""
    return _dt.date(year - 1, 7, 1), _dt.date(year, 12, 31)


def assembly_session_window(session: int) -> tuple[_dt.date, _dt.date]:
    """The days a General Assembly session's resolutions may be adopted on: it opens in the
    September of 1945 + its number and ends before the next opens (resumed parts included)."""
    return _dt.date(1945 + session, 9, 1), _dt.date(1946 + session, 9, 30)
