"""Citations of instruments by number in running text (un-domain.md §1.3), for the SYM rules.

A citation names an instrument kind and one or more numbers, optionally
after the name of the body: ``resolution 75/224``, ``resolutions 31/6 A and
B``, ``decision 2020/5``, ``Security Council resolution 2334 (2016)``,
``resolution 3363 (XXX)``; ``第 1/3 号决议``, ``第2326(2016)号决议``,
``联大第 75/224 号决议``. The words and patterns are language data (the
``citations`` section of each language pack; its schema is described in
``lang/en.yaml``), compiled once per language; nothing here branches on a
language code.

For each citation the analysis records the footnote reference(s) that
directly follow it (after ``footnote_gap``: in English the date and the
punctuation, ``resolution 75/224 of 21 December 2020,[^1]``; in Chinese
nothing, ``第 1/3 号决议[^3]``), their definitions, and the document
symbols in those definitions (from ``analysis.symbols``).

Full-width digits (``第２０２１/１号决定``, typed with a Chinese input method or
left by a PDF's text layer) are read as ASCII ones, one character for one
(``texts.halfwidth``): the numbers of a citation are ASCII (``2021``, ``1``),
its text, its numbers' ``text`` and its offsets are as written.

A multi-part resolution is cited with its parts (``resolution 75/290 B``,
``resolutions 31/6 A and B``; the group ``parts`` of a number form), and its
symbol in a footnote with them after it (``A/RES/75/290 B``; ``symbol_parts``
in the language pack); ``part_letters`` reads either as letters.

``match_symbol(number, symbol)`` relates one cited number to a symbol by
body (P5): resolution 1/3 ↔ ``HSP/HA.1/Res.3``, 75/224 ↔ ``A/RES/75/224``,
2334 (2016) ↔ ``S/RES/2334 (2016)``, 1978/66 ↔ ``E/RES/1978/66``; the
patterns are in ``lang/symbols.yaml``.

``document_citations(doc)`` runs once per document, cached in
``doc.cache["citations"]``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import regexes
from ..lang import language_pack
from ..model import OBJECT_REPLACEMENT, Document, FootnoteDef, FootnoteRef, Inline
from ..records import dataclass, field
from .symbols import FoundSymbol, document_symbols, year_space_for
from .symbols import data as symbol_data
from .texts import digit_texts, halfwidth
from .wordtree import SPACE, one_space, word_starts

CACHE_KEY = "citations"
# How far after a citation its footnote reference may stand: past a date and a title in
# quotes (`resolution 70/1 of 25 September 2015, entitled "…",[^1]`; footnote_gap bounds it).
GAP_REACH = 420


# ------------------------------------------------------------------ language data
@dataclass(frozen=True)
class _Grammar:
    citation: re.Pattern
    citation_refs: re.Pattern  # the same, for a text with footnote references: a list's numbers may carry their own
    forms: re.Pattern  # every number form, groups named f<i>_<name> (one expression)
    kinds: dict[str, str]  # word -> kind
    bodies: dict[str, str]  # name -> body id
    gap: re.Pattern  # citation end -> footnote reference(s)
    lead_words: tuple[str, ...]
    # form group (f<i>) -> its groups for (number, session, year, roman, parts), None where it has none
    form_groups: dict[str, tuple[str | None, ...]]
    trigger: re.Pattern | None = None  # any kind word: text without one holds no citation (a cheap first test)
    lead: re.Pattern | None = None  # where a citation can begin (``starts_with``), when the pack says
    report_word: re.Pattern | None = None  # the word "report" (``report_words``), when the pack lists it
    session_prefixes: tuple[tuple[str, str], ...] = ()  # a session's prefix as written -> as symbols write it
    symbol_parts: re.Pattern | None = None  # the parts after a resolution symbol (`A/RES/31/6 A and B`), if given
    part_token: re.Pattern | None = None  # one part (its letter, or its name in part_letters) or a range's dash
    part_letters: dict[str, str] | None = None  # a part's name -> its letter (ar `باء` -> `B`)


def _alt(words) -> str:
    """The words, longest first; a space in one matches any white space (a wrapped line: `Assemblée⏎générale`)."""
    return "|".join(re.escape(w).replace("\\ ", SPACE) for w in sorted(words, key=len, reverse=True))


def _prefixed(i: int, pattern: str) -> str:
    """A form as group f<i>, its own groups renamed f<i>_<name>."""
    return f"(?P<f{i}>" + re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<f{i}_{m.group(1)}>", pattern) + ")"


@lru_cache(maxsize=None)
def grammar(language: str | None) -> _Grammar | None:
    """The citation patterns of a language, compiled once (None if the pack has none)."""
    c = language_pack(language).get("citations")
    if not c or not c.get("pattern"):
        return None
    kinds = {w: k for k, words in c.get("kinds", {}).items() for w in words}
    bodies = {w: b for b, words in c.get("bodies", {}).items() for w in words}
    # One expression for every form of a number, each form's groups prefixed with
    # its index: the leftmost match, of the first form at that place (as trying
    # each form and keeping the earliest did).
    forms = regexes.compile("|".join(_prefixed(i, f) for i, f in enumerate(c.get("number_forms", []))) or "(?!)")
    one = "(?:" + "|".join(regexes.unnamed(f) for f in c.get("number_forms", [])) + ")"
    sep = c.get("list_separator") or r"(?!)"
    gap = c.get("footnote_gap") or ""
    # (what stands between a number of a list and its own footnote reference: the footnote_gap, or
    # the pack's own, zh `第4/6号[^3]和第4/9号决议[^4]`, where the number's 号 comes first)
    list_gap = c.get("list_footnote_gap") or gap
    ref = re.escape(OBJECT_REPLACEMENT)
    refs = f"{ref}(?:[,，]?\\s?{ref}){{0,5}}"
    # A number of a list may carry its own footnote (`resolutions 74/1,[^4] 74/2[^5] and 74/3`):
    # tried only in a text that has a reference (most have none, and it costs more).
    numbers = f"(?P<numbers>{one}(?:{sep}{one}){{0,9}})"
    numbers_refs = f"(?P<numbers>{one}(?:(?:(?:{list_gap}){refs}(?:{sep}|\\s+)|{sep}){one}){{0,9}})"
    names = _alt(bodies) if bodies else "(?!)"
    kind = f"(?P<kind>{_alt(kinds)})"
    # {body} may stand twice (before the kind word and after the numbers: "resolution 5/14 of
    # the United Nations Environment Assembly"); the second is group body2.
    pattern = c["pattern"].replace("{body}", f"(?P<body>{names})", 1).replace("{body}", f"(?P<body2>{names})", 1)
    pattern = pattern.replace("{kind}", kind)
    return _Grammar(
        citation=regexes.compile(pattern.replace("{numbers}", numbers)),
        citation_refs=regexes.compile(pattern.replace("{numbers}", numbers_refs)),
        forms=forms,
        kinds=kinds,
        bodies=bodies,
        gap=regexes.compile(f"(?:{gap})(?P<refs>{refs})"),
        lead_words=tuple(c.get("footnote_lead_words", [])),
        form_groups={f"f{i}": tuple(f"f{i}_{name}" if f"(?P<{name}>" in form else None
                                    for name in ("number", "session", "year", "roman", "parts"))
                     for i, form in enumerate(c.get("number_forms", []))},
        trigger=regexes.compile(_alt(kinds)) if kinds and "{kind}" in c["pattern"] else None,
        lead=_lead(c.get("starts_with"), kinds, bodies),
        report_word=regexes.compile(rf"(?<!\w)(?:{_alt(c['report_words'])})(?!\w)") if c.get("report_words") else None,
        session_prefixes=tuple((c.get("session_prefixes") or {}).items()),
        symbol_parts=regexes.compile(c["symbol_parts"]) if c.get("symbol_parts") else None,
        part_token=regexes.compile(f"{_alt(c.get('part_letters') or {})}|[A-Z]|[-\u2013]".lstrip("|")),
        part_letters=c.get("part_letters") or {},
    )


def _lead(starts: list[str] | None, kinds: dict[str, str], bodies: dict[str, str]) -> re.Pattern | None:
    """Where a citation can begin: a word of ``starts_with`` (``{body}``, ``{kind}`` or a literal word)."""
    if not starts:
        return None
    words: set[str] = set()
    for entry in starts:
        words |= set(bodies) if entry == "{body}" else set(kinds) if entry == "{kind}" else {entry}
    return regexes.compile(word_starts(words))


# ------------------------------------------------------------------ results
@dataclass(frozen=True, slots=True)
class CitedNumber:
    text: str  # as written: "75/224", "2334 (2016)", "1/3", "２０２１/１"
    number: str  # in ASCII digits (read so from full-width ones), as are session and year
    session: str | None = None  # session or year before the stroke
    year: str | None = None  # Security Council: the year in parentheses
    roman: str | None = None  # General Assembly before 1976
    parts: str | None = None  # "A and B"

    def display(self) -> str:
        if self.session is not None:
            return f"{self.session}/{self.number}"
        if self.year is not None:
            return f"{self.number} ({self.year})"
        if self.roman is not None:
            return f"{self.number} ({self.roman})"
        return self.number


@dataclass(eq=False, slots=True)
class Citation:
    text: str  # the citation as written
    kind: str  # resolution | decision | recommendation
    body: str | None  # body id named before the kind word, if any
    numbers: list[CitedNumber]
    block: Any
    inline: Inline
    start: int  # offsets in inline.text
    end: int
    refs: list[FootnoteRef] = field(default_factory=list)  # references directly after it
    footnotes: list[FootnoteDef] = field(default_factory=list)  # their definitions
    symbols: list[FoundSymbol] = field(default_factory=list)  # symbols in those definitions
    year_space: bool = True  # the language writes `S/RES/2334 (2016)`, not `S/RES/2334(2016)`
    via_clause: bool = False  # its footnote follows a clause on it (`, by which it approved the plan,[^1]`)

    @property
    def span(self):
        """The source span (worked out when a rule reports the citation)."""
        return self.inline.span_of(self.start, self.end)

    @property
    def ref_labels(self) -> str:
        """Its footnote references as written, for messages: `[^1], [^2]`."""
        return ", ".join(f"[^{r.label}]" for r in self.refs)


# What ends a clause before a citation: a full stop, a semicolon (in any script), a footnote reference.
_CLAUSE_END = regexes.compile(r"[.;。；؛\ufffc][^.;。；؛\ufffc]*$")
REPORT_REACH = 250  # characters before a citation where its clause's "report" may stand


def in_report_clause(language: str | None, c: Citation) -> bool:
    """Whether the word "report" stands earlier in the citation's clause (`the report on the
    implementation of resolution 75/224[^1]`: the footnote may cite the report, not the resolution)."""
    g = grammar(language)
    if g is None or g.report_word is None:
        return False
    before = c.inline.text[max(0, c.start - REPORT_REACH):c.start]
    end = _CLAUSE_END.search(before)
    return g.report_word.search(before, end.end() if end else 0) is not None


OWN_LEAD_REACH = 120  # characters: the paragraph's opening verb and the possessive (`*Recalling also* its `)


@lru_cache(maxsize=None)
def pack_pattern(language: str | None, key: str) -> re.Pattern | None:
    """The language pack's ``citations.<key>`` expression, compiled (once a language), or None when
    the pack gives none (`own_lead`, `adoption_date_gap`)."""
    pattern = (language_pack(language).get("citations") or {}).get(key)
    return regexes.compile(pattern) if pattern else None


def names_own(language: str | None, c: Citation) -> bool:
    """Whether a citation that names no body cites the acting body's own instrument, in the form
    the language pack's ``own_lead`` gives: a paragraph that opens with its verb and the possessive
    (`*Recalling* its resolutions 32/162 of 19 December 1977 …`, ar `*إذ تشير* إلى قراراتها`); not
    `*Noting* the work of the Human Rights Council and its resolution 52/25`, where `its` is another's."""
    pattern = pack_pattern(language, "own_lead")
    if pattern is None or c.body is not None or c.start > OWN_LEAD_REACH or not c.numbers:
        return False
    k = c.text.find(c.numbers[0].text)
    return k >= 0 and pattern.fullmatch(c.inline.text[:c.start] + c.text[:k]) is not None


def _numbers(g: _Grammar, text: str, written: str) -> list[CitedNumber]:
    """The numbers of a citation, read in ``text`` (its digits ASCII); their ``text`` as ``written``."""
    out = []
    for m in g.forms.finditer(text):
        number, session, year, roman, parts = (m.group(name) if name else None for name in g.form_groups[m.lastgroup])
        for prefix, symbolic in g.session_prefixes:  # (ar `دإط-10` is session ES-10)
            if session and session.startswith(prefix):
                session = symbolic + session[len(prefix):]
        out.append(CitedNumber(m.group(0) if written is text else written[m.start():m.end()], number or "", session,
                               year, roman, (parts or "").strip() or None))
    return out


def part_letters(language: str | None, parts: str | None) -> frozenset[str]:
    """The letters of the parts of a multi-part resolution as written (`A and B`, `A–C`, ar `ألف وباء`):
    {A, B}, {A, B, C}, {A, B}; empty when none are named."""
    g = grammar(language)
    if not parts or g is None or g.part_token is None:
        return frozenset()
    letters: list[str] = []
    dash = False
    for m in g.part_token.finditer(parts):
        t = m.group(0)
        if t in "-\u2013":
            dash = bool(letters)
            continue
        letter = g.part_letters.get(t, t) if g.part_letters else t
        if dash and letters[-1] < letter:  # (a range: `A–C` is A, B and C)
            letters.extend(chr(k) for k in range(ord(letters[-1]) + 1, ord(letter)))
        dash = False
        letters.append(letter)
    return frozenset(letters)


def symbol_parts(language: str | None, s: FoundSymbol) -> str | None:
    """The parts written after a resolution symbol in its footnote (`A/RES/75/290 A`: `A`), if any."""
    g = grammar(language)
    if g is None or g.symbol_parts is None or s.inline is None:
        return None
    m = g.symbol_parts.match(s.inline.text, s.end)
    return m.group("parts") if m else None


def scan(text: str, language: str | None) -> list[tuple[int, int, str, str | None, list[CitedNumber], int, int]]:
    """Citations in a plain string: (start, end, kind, body, numbers, refs_start, refs_end)."""
    g = grammar(language)
    return [] if g is None else _scan(g, text)


def _scan(g: _Grammar, written: str) -> list[tuple[int, int, str, str | None, list[CitedNumber], int, int]]:
    out = []
    text = halfwidth(written)  # (`第２０２１/１号决定`: full-width digits read as ASCII, the offsets unchanged)
    citation = g.citation_refs if OBJECT_REPLACEMENT in text else g.citation
    if g.lead is not None:  # the pattern tried only where a citation can begin
        match, reached = citation.match, 0
        for lead in g.lead.finditer(text):
            at = lead.start()
            if at < reached:
                continue
            m = match(text, at)
            if m is not None:
                reached = m.end()
                _add(g, text, m, out, written)
        return out
    if g.trigger is not None and g.trigger.search(text) is None:
        return out
    for m in citation.finditer(text):
        _add(g, text, m, out, written)
    return out


def _add(g: _Grammar, text: str, m: re.Match, out: list, written: str | None = None) -> None:
    """Add the citation a match found in ``text`` (``written`` read with ASCII digits; ``text``
    itself when None) unless it names no known kind or no number."""
    written = text if written is None else written
    kind = g.kinds.get(one_space(m.group("kind")))
    ns, ne = m.span("numbers")
    read = text[ns:ne]
    numbers = _numbers(g, read, read if written is text else written[ns:ne])
    if not kind or not numbers:
        return
    body = m.group("body") or (m.group("body2") if "body2" in m.re.groupindex else None)
    rs = re_ = -1
    if OBJECT_REPLACEMENT in text[m.end():m.end() + GAP_REACH]:
        gm = g.gap.match(text, m.end())
        if gm:
            rs, re_ = gm.span("refs")
    out.append((m.start(), m.end(), kind, g.bodies.get(one_space(body)) if body else None, numbers, rs, re_))


def document_citations(doc: Document) -> list[Citation]:
    """Every citation in the document, with its footnotes and their symbols; once per document."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is not None:
        return cached
    result: list[Citation] = []
    g = grammar(doc.language)
    if g is None:
        doc.cache[CACHE_KEY] = result
        return result
    syms = document_symbols(doc)
    year_space = year_space_for(doc.language)
    defs: dict[str, FootnoteDef] = {}
    for d in doc.footnote_defs:
        defs.setdefault(d.label, d)
    for block, inline, text in digit_texts(doc):  # every citation has a number
        for s, e, kind, body, numbers, rs, re_ in _scan(g, text):
            c = Citation(text[s:e], kind, body, numbers, block, inline, s, e, year_space=year_space)
            if rs >= 0 and "clause" in g.gap.groupindex:
                c.via_clause = g.gap.match(text, e).group("clause") is not None
            within = OBJECT_REPLACEMENT in c.text  # footnotes of numbers in a list
            for i in [*(range(s, e) if within else ()), *(range(rs, re_) if rs >= 0 else ())]:
                if text[i] == OBJECT_REPLACEMENT:
                    ref = inline.ref_at(i)
                    if ref is not None:
                        c.refs.append(ref)
                        d = defs.get(ref.label)
                        if d is not None and d not in c.footnotes:
                            c.footnotes.append(d)
            # (one footnote's list itself, not a copy: a thousand citations may share a footnote)
            if len(c.footnotes) == 1:
                c.symbols = syms.in_inline(c.footnotes[0].content)
            else:
                c.symbols = [s for f in c.footnotes for s in syms.in_inline(f.content)]
            if within:  # as written, for messages
                c.text = "".join(f"[^{r.label}]" if ch == OBJECT_REPLACEMENT and (r := inline.ref_at(s + k)) else ch
                                 for k, ch in enumerate(c.text))
            result.append(c)
    doc.cache[CACHE_KEY] = result
    return result


# ------------------------------------------------------------------ citation <-> symbol
@dataclass(frozen=True)
class SymbolMeaning:
    """What a symbol says about the instrument it stands for."""

    kind: str  # resolution | decision | session (a document of a session) | other
    body: str | None = None
    session: str | None = None
    number: str | None = None
    year: str | None = None
    roman: str | None = None
    template: str | None = None


@lru_cache(maxsize=None)
def _symbol_patterns():
    d = symbol_data()
    res = [(r["body"], regexes.compile(r["pattern"]), r.get("template")) for r in d.get("resolution_symbols", [])]
    dec = [(r["body"], regexes.compile(r["pattern"])) for r in d.get("decision_symbols", [])]
    reports = [(r["body"], regexes.compile(r["pattern"])) for r in d.get("report_series", [])]
    sessions = [regexes.compile(p) for p in d.get("session_symbols", [])]
    return res, dec, reports, sessions


@lru_cache(maxsize=4096)
def meaning(symbol: str) -> SymbolMeaning:
    """Classify a (normalized) symbol: a resolution or decision of a body, or a session document."""
    res, dec, _, sessions = _symbol_patterns()
    for body, pat, template in res:
        m = pat.match(symbol)
        if m and _ends_instrument(symbol, m.end()):
            gd = m.groupdict()
            return SymbolMeaning("resolution", body, gd.get("session"), gd.get("number"), gd.get("year"),
                                 gd.get("roman"), template)
    for body, pat in dec:
        m = pat.match(symbol)
        if m and _ends_instrument(symbol, m.end()):
            gd = m.groupdict()
            return SymbolMeaning("decision", body, gd.get("session"), gd.get("number"))
    for pat in sessions:
        m = pat.match(symbol)
        if m:
            return SymbolMeaning("session", None, m.group("session"))
    return SymbolMeaning("other")


def _ends_instrument(symbol: str, end: int) -> bool:
    """The instrument number ends there (a modifier or a reissue mark may follow)."""
    rest = symbol[end:]
    return rest == "" or rest[0] in "/* " or rest.startswith("(")


# A RES or DEC component (`S/RES/2334`, `HSP/HA.1/Res.3`): an instrument's symbol, even one
# that lacks a part (the year of `S/RES/2334`, which SYM002 reports), not a report's.
INSTRUMENT_PART = regexes.compile(r"(?:^|/)(?:RES|DEC)(?:[/.]|$)", re.IGNORECASE | re.ASCII)


def report_body(symbol: str) -> str | None:
    """The body of a series that issues resolution symbols, for a symbol that is not one (P6)."""
    if INSTRUMENT_PART.search(symbol):
        return None
    _, _, reports, _ = _symbol_patterns()
    for body, pat in reports:
        if pat.match(symbol):
            return body
    return None


def expected_symbol(number: CitedNumber, body: str, year_space: bool = True) -> str | None:
    """The resolution symbol of a cited number for a body (P5), for messages (without the
    space before a year in a language that writes none: `S/RES/2334(2016)`)."""
    res, _, _, _ = _symbol_patterns()
    for b, pattern, template in res:
        if b != body or not template:
            continue
        fields = {"session": number.session, "number": number.number, "year": number.year, "roman": number.roman}
        needed = set(re.findall(r"\{(\w+)\}", template))
        if all(fields.get(k) for k in needed):
            written = template.format(**fields)
            if not pattern.match(written):  # (`E/RES/68/1`: ECOSOC numbers its resolutions by year, not session)
                continue
            return written if year_space else re.sub(r" \((?=[0-9]{4}\)$)", "(", written)
    return None


def same_instrument(number: CitedNumber, m: SymbolMeaning) -> bool:
    """Whether a cited number is the instrument a resolution/decision symbol stands for (P5)."""
    if m.number is None or number.number != m.number:
        return False
    if m.year is not None or number.year is not None:
        return m.year == number.year
    if m.roman is not None or number.roman is not None:
        return m.roman == number.roman
    return (m.session or "") == (number.session or "")


def footnote_citations(language: str | None, c: Citation) -> list[tuple[str, list[CitedNumber], FootnoteDef]]:
    """(kind, numbers, footnote) of each footnote of a citation that is itself only a citation by
    number (`[^1]: See resolution 75/225.`: un-domain.md §3.3), with its lead words."""
    g = grammar(language)
    out = []
    for f in c.footnotes if g is not None else ():
        text = f.content.text
        found = _scan(g, text)
        if len(found) != 1:
            continue
        s, e, kind, _, numbers, _, _ = found[0]
        rest = f"{text[:s]} {text[e:]}"
        for w in sorted(g.lead_words, key=len, reverse=True):
            rest = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)", " ", rest)
        if not re.search(r"\w", rest):
            out.append((kind, numbers, f))
    return out


def is_bare_symbol_footnote(footnote: FootnoteDef, symbols: list[FoundSymbol], lead_words: tuple[str, ...]) -> bool:
    """A footnote that is only symbol(s) (masthead-document form, §3.3), not an Official Records citation."""
    full, pieces, at = footnote.content.text, [], 0
    for s in sorted((s for s in symbols if s.inline is footnote.content), key=lambda s: s.start):
        if s.start >= at:  # (the text between the symbols, in one pass: a footnote may hold thousands)
            pieces.append(full[at:s.start])
            at = s.end
    pieces.append(full[at:])
    text = " ".join(pieces)
    for w in sorted(lead_words, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(w)}(?!\w)" if w.isascii() else re.escape(w), " ", text)
    return not re.search(r"\w", text)


@dataclass(eq=False)
class FootnoteSymbols:
    """What the symbols of a citation's footnotes stand for, worked out once for each set of
    footnotes: many citations may share one footnote (`[^1]` after each of a thousand
    paragraphs), and each is then compared in the time of its own numbers."""

    res: list  # (FoundSymbol, SymbolMeaning) of the resolution symbols, in order
    dec: list  # … of the decision symbols
    sessions: list  # … of the documents of a session
    others: list  # … of the rest
    by_number: dict  # (kind, number) -> [(FoundSymbol, SymbolMeaning)] of resolutions and decisions
    report: tuple | None = None  # (FoundSymbol, body) of the first report symbol (P6), if any
    parts: dict = field(default_factory=dict)  # id(FoundSymbol) -> the parts written after a resolution symbol
    named: dict = field(default_factory=dict)  # (kind, number) -> named_parts, once for each instrument

    def same(self, kind: str, number: CitedNumber) -> list:
        """The symbols of ``kind`` that stand for the cited number."""
        return [(s, m) for s, m in self.by_number.get((kind, number.number), ()) if same_instrument(number, m)]

    def named_parts(self, kind: str, number: CitedNumber, language: str | None) -> tuple | None:
        """(the first symbol of the cited instrument, the letters of the parts its symbols name) when
        each of them names parts (`A/RES/75/290 A`); None when there is none, or one without a part
        (`A/RES/75/290`: the whole resolution). Worked out once for each instrument of a footnote."""
        key = (kind, number.number, number.session, number.year, number.roman)
        if key not in self.named:
            same = self.same(kind, number)
            written = [self.parts.get(id(s)) for s, _ in same]
            self.named[key] = (same[0][0], frozenset().union(*(part_letters(language, w) for w in written))) \
                if same and all(written) else None
        return self.named[key]


def footnote_symbols(doc: Document, c: Citation) -> FootnoteSymbols:
    """The classified symbols of a citation's footnotes (once per set of footnotes in a document)."""
    key = ("citations.footnote_symbols", *map(id, c.footnotes))
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = FootnoteSymbols([], [], [], [], {})
        lists = {"resolution": found.res, "decision": found.dec, "session": found.sessions}
        for s in c.symbols:
            if s.cut_short:  # (`A/RES/⏎75/224`, broken by a line: SYM001's, no symbol to compare)
                continue
            m = meaning(s.check.normalized)
            lists.get(m.kind, found.others).append((s, m))
            if m.kind in ("resolution", "decision"):
                found.by_number.setdefault((m.kind, m.number), []).append((s, m))
                if m.kind == "resolution" and (parts := symbol_parts(doc.language, s)):
                    found.parts[id(s)] = parts  # (`A/RES/75/290 A`: part A of resolution 75/290)
            elif found.report is None and (body := report_body(s.check.normalized)):
                found.report = s, body
    return found
