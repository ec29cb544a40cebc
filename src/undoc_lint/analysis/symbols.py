"""UN document symbols found in text and front matter, for the SYM rules.

``scan(text)`` finds symbol candidates in a plain string: a
token that starts with an upper-case series followed by ``/`` and contains
a digit, or one written in file-name style with hyphens for its strokes:
for the series listed in ``hyphen_form_series`` any such token with a
digit (``HSP-OECPR-2025-3``), for another known series only one that is a
valid symbol when written with strokes and has a component only a symbol
has (``A-RES-75-224``, ``A-C.1-76-L.5``; not ``S-300-PMU``, ``E-3-4``). Sentence punctuation after a symbol
(``A/RES/75/224.``, ``HSP/HA.1/Res.3。``) and unbalanced closing brackets
are left out; URLs, dates (``2021/22``) and instrument numbers
(``resolution 75/224``, ``decision 1/CP.26``) never start with a series.
A joint symbol (``A/75/719-S/2021/18``, a hyphen or en dash before a known
series and its stroke) is two symbols, each with a document number of its
own. A line break before a suffix (``S/RES/2334⏎(2016)``, a soft-wrapped
line) stands for the space (or for none where the language writes none),
and a correction keeps it. Full-width digits (``A/RES/７５/２２４``,
``HSP/HA.１/Res.３``, typed with a CJK input method) are read as ASCII ones,
one character for one (``texts.halfwidth``), so such a symbol is found whole,
as written, and ``check_symbol`` reports its digits (SYM001). Every
repetition is bounded, so scanning is linear in the text.

``document_symbols(doc)`` scans every inline of a document and its front
matter (the ``symbol``, and symbols cited in free-text values) once, cached
in ``doc.cache["symbols"]``.

Each symbol found is checked by ``analysis.symbol_check.check_symbol``
(the grammar and profiles of un-domain.md §1.4).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from .. import regexes
from ..diagnostics import Edit, Fix
from ..model import Document, FootnoteDef, Inline
from ..records import dataclass, field
from .symbol_check import (_LOOKALIKE, _TRAILING_PUNCT, LOOKALIKES, MAX_COMPONENTS, Problem, SymbolCheck, _patterns,
                           check_symbol, data, hyphen_form_symbol, known_series, shown, year_space_for)
from .texts import ANY_DIGIT, halfwidth, inline_texts

__all__ = ["CACHE_KEY", "DocumentSymbols", "FoundSymbol", "Problem", "SymbolCheck", "check_symbol", "data",
           "document_symbols", "known_series", "scan", "shown", "year_space_for"]

CACHE_KEY = "symbols"


# ------------------------------------------------------------------ scanning text
_URL = regexes.compile(r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff08\uff09]{1,2000}", re.I)


# what follows a stroke on the next line: the rest of a symbol cut by a line break (`A/RES/⏎75/224`)
_WRAPPED_REST = regexes.compile(r"(?<![ \t])[ \t]*\n[ \t]*([0-9A-Za-z][0-9A-Za-z./*-]{0,60})")


# a year in full-width brackets after a symbol that may carry one
_FULLWIDTH_YEAR = regexes.compile(r" ?\uff08[0-9]{4}\uff09")
# a year after two or three spaces, or a dash, where one space belongs (`S/RES/2334  (2016)`,
# `S/RES/2334 - (2016)`): read as the symbol's, so that SYM001 says so (not "no year")
_LOOSE_YEAR = regexes.compile(r"(?: {2,3}| ?[-\u2013] ?)\([0-9]{4}\)")
# after a candidate that ends with a modifier's word (`…/Add`), its number after a space (`. 2`, ` 2`);
# after one that still wants its number (`A/RES/75`, `…/INF`), that number after a space
_MODIFIER_NUMBER = regexes.compile(r"\.? [0-9]{1,3}(?![0-9/])")
_NUMBER_AFTER_SPACE = regexes.compile(r" [0-9]{1,5}(?![0-9/.,]?[0-9])")


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of every symbol candidate in a plain string, punctuation after it left out."""
    written, text = text, halfwidth(text)  # (`A/RES/７５/２２４`: full-width digits read as ASCII, the offsets unchanged)
    pats = _patterns()
    not_series, allowed_year, allowed_roman = _scan_words()
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if ("http" in text or "www." in text) else []
    found: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    second = -1  # where the second symbol of a joint symbol begins
    while True:
        m = pats.series_at.match(text, second) if second >= 0 else None
        second = -1
        if m is None:
            m = pats.start.search(text, pos)
        if not m:
            break
        start = m.start()
        end = m.end()
        k = 0
        while k < MAX_COMPONENTS:
            st = pats.step.match(text, end)
            if not st:
                break
            comp = st.group(1)
            if "-" in comp or "\u2013" in comp:
                # a joint symbol (`A/75/719-S/2021/18`, a letter to two organs) is two
                # symbols: this one ends before the dash, the next begins after it
                for jm in pats.joint.finditer(text, st.start(1), min(n, st.end() + 12)):
                    if jm.start() >= st.end():
                        break
                    if jm.group("series") in known_series():
                        end, second = jm.start(), jm.start() + 1
                        break
                if second >= 0:
                    break
            end = st.end()
            k += 1
        if second < 0:
            # swallow the rest of an over-long token so that scanning stays linear
            while end < n and (text[end].isalnum() or text[end] in "/.-*()") and not _is_cjk(text[end]):
                end += 1
        if (sm := _MODIFIER_NUMBER.match(text, end)) and pats.modifier_end.search(text, start, end):
            end = sm.end()  # (`A/78/459/Add. 2`: the modifier's number after a space is the symbol's: SYM001)
        elif (sn := _NUMBER_AFTER_SPACE.match(text, end)) and pats.wants_number.search(text, start, end):
            end = sn.end()  # (`A/RES/75 224`, `…/INF 5`: a space where a stroke belongs: SYM001)
        cand = text[start:end]
        sx = pats.suffix.match(text, end)
        if sx:
            base = cand.rstrip(_TRAILING_PUNCT)
            if (sx.group("year") and base.startswith(allowed_year) and base == cand) or \
                    (sx.group("roman") and base.startswith(allowed_roman) and base == cand) or \
                    (not sx.group("year") and not sx.group("roman")):
                end = sx.end()
                if end < n and text[end] == "*":
                    end += 1
        elif "\uff08" in text[end:end + 2] and (fy := _FULLWIDTH_YEAR.match(text, end)) and \
                cand.startswith(allowed_year) and cand[-1:].isdigit():
            end = fy.end()  # (`S/RES/2334（2016）`, typed on a CJK keyboard: SYM001 reports the brackets)
        elif (text[end:end + 1] in " -\u2013") and cand.startswith(allowed_year) and cand[-1:].isdigit() and \
                (ly := _LOOSE_YEAR.match(text, end)):
            end = ly.end()
        end = _trim(text, start, end)
        pos = max(end, m.end())
        cand = text[start:end]
        if m.group(1) in not_series:
            continue
        if not cand.isascii() and _has_lookalike(cand) and cand.translate(LOOKALIKES).split("/")[0] not in known_series():
            continue  # (Cyrillic capitals before a stroke: a symbol only if they spell a known series)
        if text is not written and m.group(1).translate(LOOKALIKES) not in known_series() and written[start:end] != cand:
            continue  # (full-width digits: a symbol only after a known series, `A/RES/７５/２２４`, not `HIV/２型`)
        if not (ANY_DIGIT.search(cand) or any(ch.isdigit() for ch in cand)):  # (\d first: quick)
            # no number, so no symbol; unless the line breaks after its stroke and the rest
            # follows on the next (`A/RES/⏎75/224`, `A/⏎HRC/37/2`: the symbol is cut by the wrap)
            w = _WRAPPED_REST.match(text, end) if cand.endswith("/") else None
            if w is None or not _continues(w.group(1)):
                continue
            if not w.group(1)[0].isdigit():
                pos = w.end()  # (`HRC/37/2` is the rest of this symbol, not one of its own)
        if urls and any(a <= start < b for a, b in urls):  # (most texts hold no URL)
            continue
        found.append((start, end))
    if "-" in text:
        hyphen_series = _hyphen_series()
        series = known_series()
        slashed = ends = None  # (the symbols found with strokes, and where they end: bisected)
        for hm in pats.hyphen_form.finditer(text):
            name = hm.group(1)
            if name not in series and name not in hyphen_series:
                continue
            s, e = hm.start(), _trim(text, hm.start(), hm.end())
            token = text[s:e]
            # (the series of hyphen_form_series with any number; another known series only when
            # the token is a symbol, `A-RES-75-224`, and not a code, `S-300-PMU`)
            if not (hyphen_form_symbol(token) if name not in hyphen_series else any(ch.isdigit() for ch in token)):
                continue
            if slashed is None:
                slashed, ends = found[:], [b for _, b in found]  # (in order, not overlapping)
            k = bisect_right(ends, s)
            if k < len(slashed) and slashed[k][0] <= s:
                continue
            found.append((s, e))
        if slashed is not None:
            found.sort()
    return found


@lru_cache(maxsize=None)
def _hyphen_series() -> frozenset[str]:
    """The series whose symbols are written in file-name style (`HSP-OECPR-2025-3`): found with any number."""
    return frozenset(data().get("hyphen_form_series") or ())


def _continues(rest: str) -> bool:
    """Whether what follows a wrapped stroke is the rest of the symbol: its number
    (`75/224`), or further components up to a number (`HRC/37/2`), not a word of prose."""
    return rest[0].isdigit() or ("/" in rest and ANY_DIGIT.search(rest) is not None)


@lru_cache(maxsize=None)
def _scan_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Words that are not series (`See/`), and the series whose symbols may end in `(year)`, and
    in a roman session (`A/RES/3363 (XXX)`, `E/RES/1722 (LIII)`)."""
    d = data()
    return (frozenset(d.get("not_series", [])), tuple(p + "/" for p in d.get("year_suffix_allowed", [])),
            tuple(p + "/" for p in d.get("roman_suffix_allowed", [])))


def _has_lookalike(text: str) -> bool:
    return _LOOKALIKE.search(text) is not None


def _is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _trim(text: str, start: int, end: int) -> int:
    """Leave out sentence punctuation and unbalanced closing brackets after a symbol."""
    opens = closes = -1  # counted once, on the first `)` (counting per `)` was quadratic)
    while end > start:
        ch = text[end - 1]
        if ch in _TRAILING_PUNCT or ch in "-\u2013":
            end -= 1
            continue
        if ch == ")":
            if closes < 0:
                seg = text[start:end]
                opens, closes = seg.count("("), seg.count(")")
            if closes > opens:
                end -= 1
                closes -= 1
                continue
        break
    return end


# ------------------------------------------------------------------ a document
@dataclass(eq=False, slots=True)
class FoundSymbol:
    text: str
    fixed_span: Any  # the source Span when it is not worked out from inline (the front matter)
    check: SymbolCheck
    block: Any = None  # the block holding it (None for the front matter)
    inline: Inline | None = None
    start: int = 0  # offsets in inline.text (or in the front-matter value)
    end: int = 0
    footnote: FootnoteDef | None = None  # the footnote definition it stands in
    in_front_matter: bool = False
    exact_in_source: bool | None = None  # None: worked out when asked

    @property
    def span(self):
        """The source span (worked out when asked: most symbols are never reported)."""
        if self.fixed_span is None:
            self.fixed_span = self.inline.span_of(self.start, self.end)
        return self.fixed_span

    @property
    def exact(self) -> bool:
        """The source characters are exactly ``text`` (a fix may replace them)."""
        if self.exact_in_source is None:
            span = self.span
            self.exact_in_source = span._source.text[span.start:span.end] == self.text
        return self.exact_in_source

    @property
    def shown(self) -> str:
        """The text for a message (a line break in it shown as `⏎`)."""
        return shown(self.text)

    def replacement(self, new: str | None) -> str | None:
        """What replaces the source of ``span`` to write ``new`` instead of ``text``; None when
        that cannot be said. A symbol wrapped before its suffix (`S/RES/2334⏎    (2016)` in a
        footnote) keeps its line break and the indentation after it, as they are in the source:
        ``new`` must have its line break where ``text`` has it (check_symbol keeps it)."""
        if not new:
            return None
        if self.exact:
            return new
        if self.inline is None or self.text.count("\n") != 1 or new.count("\n") != 1:
            return None
        span = self.span
        src = span._source.text[span.start:span.end]
        head, tail = self.text.split("\n")
        brk = src[len(head):len(src) - len(tail)]
        if len(src) < len(head) + len(tail) or not src.startswith(head) or not src.endswith(tail) \
                or brk.strip(" \t\r\n") or "\n" not in brk:
            return None
        return new.replace("\n", brk)

    def correction(self) -> Fix | None:
        """The fix that writes the corrected symbol (keeping a line break where the text has one), if any."""
        new = self.replacement(self.corrected)
        if new is None:
            return None
        return Fix(f"write `{shown(self.corrected)}`", (Edit(self.span.start, self.span.end, new),), safe=self.check.safe)

    @property
    def wrapped_rest(self) -> str | None:
        """What follows on the next line of a symbol cut after its stroke (`A/RES/⏎75/224`: `75/224`)."""
        if not self.cut_short:
            return None
        m = _WRAPPED_REST.match(self.inline.text, self.end)
        return m.group(1).rstrip(".") if m else None

    @property
    def cut_short(self) -> bool:
        """Ends with `/` and something that is not a space or a sentence mark follows (at most
        after a line break): `A/RES/75/—224`, `A/RES/75/_224`, `A/RES/75/` wrapped before `224`.
        The scan stopped at what it does not read as a component; the stroke is not trailing."""
        if not self.text.endswith("/") or self.inline is None:
            return False
        after = self.inline.text[self.end:self.end + 8]
        wrapped = after.lstrip(" \t")
        if wrapped.startswith("\n"):  # (a line may break inside a symbol)
            after = wrapped[1:].lstrip(" \t")
        return bool(after) and (after[0].isalnum() or after[0] in "-\u2010\u2011\u2012\u2013\u2014_/\\")

    @property
    def valid(self) -> bool:
        return self.check.valid

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.check.problems

    @property
    def corrected(self) -> str | None:
        return self.check.corrected

    @property
    def source_start(self) -> int:
        return self.span.start

    @property
    def source_end(self) -> int:
        return self.span.end


@dataclass
class DocumentSymbols:
    found: list[FoundSymbol] = field(default_factory=list)  # in text, headings, items and footnotes
    front_matter: FoundSymbol | None = None
    front_matter_value: Any = None  # the raw value (may be a non-string)
    by_inline: dict[int, list[FoundSymbol]] = field(default_factory=dict)  # id(inline) -> symbols

    def in_inline(self, inline: Inline) -> list[FoundSymbol]:
        return self.by_inline.get(id(inline), [])


# Front-matter keys whose values have a form of their own (spec §1): no symbol is cited in them.
_NOT_FREE_TEXT = frozenset({"symbol", "language", "original", "dates", "distribution"})


def document_symbols(doc: Document) -> DocumentSymbols:
    """Every symbol in the document (and its front matter), checked; computed once per document."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is not None:
        return cached
    year_space = year_space_for(doc.language)
    result = DocumentSymbols()
    src = doc.text
    for block, inline, text in inline_texts(doc):
        if "/" not in text and "-" not in text and "\uff0f" not in text:
            continue
        here = []
        spans = scan(text)
        for k, (s, e) in enumerate(spans):
            sym = text[s:e]
            # a part of a joint symbol: one dash between it and the symbol before or after it
            joint = (k > 0 and spans[k - 1][1] == s - 1 and text[s - 1] in "-\u2013") or \
                (k + 1 < len(spans) and spans[k + 1][0] == e + 1 and text[e] in "-\u2013")
            fs = FoundSymbol(sym, None, check_symbol(sym, year_space, joint), block, inline, s, e,
                             block if isinstance(block, FootnoteDef) else None)
            here.append(fs)
        if here:
            result.found.extend(here)
            result.by_inline[id(inline)] = here
    fm = doc.front_matter
    for key, entry in (fm.entries.items() if fm is not None else ()):
        # symbols cited in other values (`meeting: Resumed session (see A/75/L.1/Rev.1)`), where the
        # value stands as written in the file (a folded or escaped one is left alone)
        if key in _NOT_FREE_TEXT or not isinstance(entry.value, str) or "/" not in entry.value:
            continue
        inner = _unquoted(doc, entry.value_span)
        if src[inner.start:inner.end] == entry.value:
            for s, e in scan(entry.value):
                sym = entry.value[s:e]
                result.found.append(FoundSymbol(sym, doc.span(inner.start + s, inner.start + e),
                                                check_symbol(sym, year_space), in_front_matter=True,
                                                exact_in_source=True))
    if fm is not None and "symbol" in fm.entries:
        entry = fm.entries["symbol"]
        result.front_matter_value = entry.value
        if isinstance(entry.value, str):
            inner = _unquoted(doc, entry.value_span)
            exact = src[inner.start:inner.end] == entry.value
            result.front_matter = _joint_front_matter(entry.value, inner, year_space, exact, doc) or \
                FoundSymbol(entry.value, inner, check_symbol(entry.value, year_space), in_front_matter=True,
                            exact_in_source=exact)
    doc.cache[CACHE_KEY] = result
    return result


def _joint_front_matter(value: str, inner, year_space: bool, exact: bool, doc) -> FoundSymbol | None:
    """The document's own symbol when it is a joint one (`A/75/719-S/2021/18`, a letter to two
    organs): its first part with a problem, else its first part; None when it is not joint."""
    if "-" not in value and "\u2013" not in value:
        return None
    spans = scan(value)
    if len(spans) != 2 or spans[0][0] != 0 or spans[1][1] != len(value) or spans[1][0] != spans[0][1] + 1 \
            or value[spans[0][1]] not in "-\u2013" or not exact:
        return None
    parts = [FoundSymbol(value[s:e], doc.span(inner.start + s, inner.start + e), check_symbol(value[s:e], year_space, True),
                         in_front_matter=True, exact_in_source=True) for s, e in spans]
    return next((p for p in parts if not p.valid), parts[0])


def _unquoted(doc, span):
    """A front-matter value's span inside its quotes, when quoted."""
    raw = doc.text[span.start:span.end]
    if len(raw) >= 2 and raw[0] in "'\"" and raw[-1] == raw[0]:
        return doc.span(span.start + 1, span.end - 1)
    return span
