from itertools import islice

from undoc_lint.analysis.citations import (INSTRUMENT_PART, document_citations, expected_symbol, footnote_citations,
                                           footnote_symbols, in_report_clause, is_bare_symbol_footnote, part_letters,
                                           report_body, same_instrument)
from undoc_lint.diagnostics import Severity
from undoc_lint.lang import language_pack
from undoc_lint.rule import Rule


def _not_theirs(found: list, kind: str, citations) -> list:
    """The symbols of ``kind`` that stand for none of the numbers of the citations before (`its
    resolutions 75/224 and 75/225 and its decision 75/501,[^1]` with `[^1]: A/RES/75/224 and
    A/RES/75/225.`: the footnote documents all three, and the decision has no symbol)."""
    theirs = [n for p in citations if p.kind == kind for n in p.numbers]
    return [(s, m) for s, m in found if not any(same_instrument(n, m) for n in theirs)] if theirs else found


def same_number(a, b) -> bool:
    """Two cited numbers that name one instrument (`75/224`, `2334 (2016)`, `3363 (XXX)`)."""
    return (a.number, a.session, a.year, a.roman) == (b.number, b.session, b.year, b.roman)


def body_name(body: str | None) -> str:
    names = language_pack("en").get("citations", {}).get("bodies", {}).get(body or "")
    return names[0] if names else (body or "unknown body").replace("-", " ")


def listed(letters) -> str:
    """`part B`, `parts A and B`, for messages."""
    letters = sorted(letters)
    return f"part {letters[0]}" if len(letters) == 1 else f"parts {', '.join(letters[:-1])} and {letters[-1]}"


def said(c) -> tuple[str, str]:
    """What the citation says and its footnote labels, for messages (made only when one is reported)."""
    numbers = ", ".join(n.display() for n in c.numbers)
    return f"`{c.text}` cites {c.kind} {numbers}", c.ref_labels


class CitationSymbolMismatch(Rule):
    """A cited resolution or decision and the symbol in its footnote are not the same instrument.

    What it checks:
        A citation by number (`resolution 75/224`, `第 1/3 号决议`,
        `Security Council resolution 2334 (2016)`, `decision 2020/5`; its
        digits read as ASCII when written full-width, `第１/３号决议`)
        followed by a footnote reference (directly, or after its date, body,
        title or a clause on it: `resolution 75/224, by which it approved
        the plan,[^1]`; `footnote_gap` in the language pack), against the symbols in
        that footnote, by body (un-domain.md §1.4, P5): resolution 1/3 ↔
        `HSP/HA.1/Res.3`, 75/224 ↔ `A/RES/75/224`, 37/4 ↔
        `A/HRC/RES/37/4`, 5/14 ↔ `UNEP/EA.5/Res.14`, 2334 (2016) ↔
        `S/RES/2334 (2016)`, 1978/66 ↔ `E/RES/1978/66`; a footnote that is
        only a citation by number (`See resolution 75/225.`) is compared
        by its number (a list by its numbers, when it lists as many as the
        citation: `Resolutions 32/162 and 56/205.` for `resolutions 32/162
        and 56/206`). A body named in
        the citation (`General Assembly resolution`) must be the body of
        the symbol. A part of a multi-part resolution (`resolution 75/290
        B`, `resolutions 31/6 A and B`, `résolution 75/290 B`, `第 75/290 B
        号决议`, `قرارها 75/290 باء`) must be among the parts its footnote
        names after the symbol (`A/RES/75/290 B`, `A/RES/31/6 A and B`,
        `A/RES/74/264 A–C`; `symbol_parts` and `part_letters` in the
        language pack) or in a footnote that cites by number; a symbol with
        no part (`A/RES/31/6`) stands for the whole resolution. A footnote
        after the last of several citations of one text may give the
        symbols of the others too (`its resolutions 75/224 and 75/225 and
        its decision 75/501,[^1]` with `A/RES/75/224 and A/RES/75/225`):
        their symbols are not compared with the last one. Decisions
        and recommendations mostly have no symbol of their own (§1.3): a
        footnote citing the report of the session
        (`第 2020/5 号决定[^7]` with `HSP/EB.2020/29`) is fine, and only a
        year or session in such a symbol is compared; not even that when
        the word "report" stands earlier in the citation's clause (`the
        report on the implementation of decision 52/115[^1]`: a report of
        a later session).

    Why:
        A footnote that points to another resolution than the one cited
        (a copied footnote, a renumbered draft) misleads the reader and
        is the error editors are told to check for (Editorial Manual,
        footnotes).

    Example:
        ```undoc fail lang=zh
        1. 回顾第 1/3 号决议[^3]；

        [^3]: HSP/HA.1/Res.4。
        ```
        ```expect
        1:6 SYM005 resolution 1/3
        ```
        ```undoc fail lang=en
        *Recalling* its resolution 75/290 B,[^1]

        [^1]: A/RES/75/290 A.
        ```
        ```expect
        1:17 SYM005 cites part B of resolution 75/290
        ```
        ```undoc pass lang=en
        *Recalling* its resolution 75/224 of 21 December 2020,[^1]

        [^1]: A/RES/75/224.
        ```
        ```undoc pass lang=en
        *Recalling* its resolutions 31/6 A and B,[^1]

        [^1]: A/RES/31/6 A and B.
        ```

    Fix safety:
        No fix: either the citation or the footnote may be the wrong one.
    """

    code = "SYM005"
    name = "citation-symbol-mismatch"
    severity = Severity.ERROR

    def check(self, doc):
        lead = tuple(language_pack(doc.language).get("citations", {}).get("footnote_lead_words", []))
        before: list = []  # the citations since the last with a footnote, in the same text
        for c in document_citations(doc):
            if before and before[-1].inline is not c.inline:
                before = []
            shared, before = (before, []) if c.footnotes else ((), before + [c])
            if not c.symbols:
                if c.footnotes:  # (`[^1]: See resolution 75/225.`: a footnote that cites by number)
                    yield from self._by_number(doc, c)
                continue
            if c.via_clause and not all(is_bare_symbol_footnote(f, c.symbols, lead) for f in c.footnotes):
                continue  # (`…, in which it reaffirmed the New Urban Agenda,[^1]` with `A/RES/71/256, annex.`)
            fs = footnote_symbols(doc, c)
            res, dec, sessions = fs.res, fs.dec, fs.sessions
            if shared:  # (one footnote after the last of several citations may give each its symbol)
                res, dec = _not_theirs(res, "resolution", shared), _not_theirs(dec, "decision", shared)
            if c.kind == "resolution" and not res and not dec:
                msg = self._not_a_resolution_symbol(c, fs.others)
                if msg:
                    yield self.diagnostic(c.span, msg)
                    continue
            if c.kind == "resolution":
                instruments = res
                if not res and dec:
                    s = dec[0][0]
                    what, labels = said(c)
                    yield self.diagnostic(c.span, f"{what}, but footnote {labels} gives `{s.shown}`, the symbol of a decision; expected a resolution symbol")
                    continue
            elif c.kind == "decision":
                instruments = dec
                if not dec and res:
                    s = res[0][0]
                    what, labels = said(c)
                    yield self.diagnostic(c.span, f"{what}, but footnote {labels} gives `{s.shown}`, the symbol of a resolution; expected the decision's own record")
                    continue
            else:
                instruments = []
            if instruments:
                for msg in self._compare(c, instruments, fs, doc.language):
                    yield self.diagnostic(c.span, msg)
                continue
            # (`the report on the implementation of decision 52/115[^1]`: the footnote may cite
            # that report, of a later session)
            if c.kind in ("decision", "recommendation") and sessions and not in_report_clause(doc.language, c):
                msg = self._compare_sessions(c, sessions)
                if msg:
                    yield self.diagnostic(c.span, msg)

    def _by_number(self, doc, c):
        for kind, numbers, f in footnote_citations(doc.language, c):
            if kind != c.kind:
                continue
            if any(same_number(n, m) for n in c.numbers for m in numbers):
                # (`resolution 75/290 B[^1]` with `[^1]: See resolution 75/290 A.`: another part)
                for n in c.numbers:
                    given = [m for m in numbers if same_number(n, m)] if n.parts else None
                    msg = given and self._parts(c, n, [part_letters(doc.language, m.parts) for m in given],
                                                f"[^{f.label}]", f"cites {kind} {given[0].display()} {given[0].parts}",
                                                doc.language)
                    if msg:
                        yield self.diagnostic(c.span, msg)
                        return
                # (a list cited and a list in the footnote, as many numbers in each: one that differs,
                # `resolutions 32/162 and 56/206[^1]` with `[^1]: Resolutions 32/162 and 56/205.`)
                if len(numbers) == len(c.numbers) > 1:
                    missing = [n for n in c.numbers if not any(same_number(n, m) for m in numbers)]
                    theirs = [m for m in numbers if not any(same_number(n, m) for n in c.numbers)]
                    if missing and theirs:
                        what, _ = said(c)
                        yield self.diagnostic(c.span, f"{what}, but footnote [^{f.label}] cites {kind} "
                                                      f"{', '.join(m.display() for m in theirs)} in the place of "
                                                      f"{', '.join(n.display() for n in missing)}; expected the same {kind}s")
                        return
                continue
            what, _ = said(c)
            theirs = ", ".join(m.display() for m in numbers)
            yield self.diagnostic(c.span, f"{what}, but footnote [^{f.label}] cites {kind} {theirs}; expected the same {kind}")
            return

    @staticmethod
    def _parts(c, n, given, labels, gives, language):
        """The message when the citation names a part of a multi-part resolution (`resolution 75/290 B`)
        that its footnote does not (`A/RES/75/290 A`), or None. ``given``: the letters of the parts that
        each symbol or number of that resolution in the footnote names (an empty one: the whole
        resolution, which has every part); ``gives``: what the footnote gives, for the message."""
        cited = part_letters(language, n.parts)
        if not cited or not given or not all(given):
            return None
        named = frozenset().union(*given)
        missing = cited - named
        if not missing:
            return None
        also = " as well" if cited & named else ""
        return (f"`{c.text}` cites {listed(cited)} of {c.kind} {n.display()}, but footnote {labels} {gives}, "
                f"{listed(named)}; expected {listed(missing)}{also}")

    @staticmethod
    def _not_a_resolution_symbol(c, others):
        """A footnote whose RES symbol is no resolution symbol of the cited body (`A/RES/2334 (2016)`
        for Security Council resolution 2334 (2016): P5), or None."""
        number = c.numbers[0]
        body = c.body or ("security-council" if number.year else None)  # `resolution N (YYYY)`: P5
        if not body:
            return None
        odd = next((s for s, m in others if m.kind == "other" and INSTRUMENT_PART.search(s.check.normalized)
                    and not report_body(s.check.normalized)), None)
        expected = expected_symbol(number, body, c.year_space) if odd else None
        if not expected:
            return None
        what, labels = said(c)
        return f"{what}, but footnote {labels} gives `{odd.shown}`, which is no resolution symbol of the " \
               f"{body_name(body)}; expected `{expected}`"

    def _compare(self, c, instruments, fs, language):
        # (in the time of the citation's numbers: the footnote's symbols are indexed by number)
        unmatched_numbers = [n for n in c.numbers if not fs.same(c.kind, n)]
        unmatched_syms = list(islice(((s, m) for s, m in instruments if not any(same_instrument(n, m) for n in c.numbers)),
                                     len(unmatched_numbers)))
        if unmatched_numbers and unmatched_syms:
            # (in a list whose numbers each have a footnote, each pair that disagrees)
            out = []
            for number, (s, m) in zip(unmatched_numbers, unmatched_syms):
                what, labels = said(c)
                labels = next((f"[^{f.label}]" for f in c.footnotes if s.inline is f.content), labels)
                # (the footnote's body only when the citation's number could be of it: `76/133` of the
                # Habitat Assembly, whose sessions are 1 and 2, gave `HSP/HA.76/Res.133`)
                plausible = c.body is not None or number.year is not None or (
                    number.session is not None and m.session is not None and len(number.session) == len(m.session))
                expected = expected_symbol(number, c.body or m.body, c.year_space) if c.kind == "resolution" and plausible else None
                tail = f"; expected `{expected}`" if expected else ""
                out.append(f"{what}, but footnote {labels} gives `{s.shown}` ({c.kind} {self._display(m)}){tail}")
            return out
        # (the instrument is the cited one; a part of it may not be: `75/290 B` with `A/RES/75/290 A`)
        for n in c.numbers:
            named = fs.named_parts(c.kind, n, language) if n.parts else None
            if named is not None:
                s, letters = named
                labels = next((f"[^{f.label}]" for f in c.footnotes if s.inline is f.content), c.ref_labels)
                msg = self._parts(c, n, [letters], labels, f"gives `{s.shown} {fs.parts[id(s)]}`", language)
                if msg:
                    return [msg]
        if c.body:
            for s, m in (found for n in c.numbers for found in fs.same(c.kind, n)):
                if m.body and m.body != c.body:
                    expected = expected_symbol(c.numbers[0], c.body, c.year_space) if c.kind == "resolution" else None
                    what, labels = said(c)
                    tail = f"; expected `{expected}`" if expected else ""
                    return [f"{what} of the {body_name(c.body)}, but footnote {labels} gives `{s.shown}`, "
                            f"a symbol of the {body_name(m.body)}{tail}"]
        return []

    @staticmethod
    def _display(m):
        if m.year:
            return f"{m.number} ({m.year})"
        if m.roman:
            return f"{m.number} ({m.roman})"
        return f"{m.session}/{m.number}"

    @staticmethod
    def _compare_sessions(c, sessions):
        # compare a year with a year, a session number with a session number
        def shape(x):
            return "year" if len(x) == 4 else "session"

        comparable = []
        for s, m in sessions:
            for n in c.numbers:
                if n.session and m.session and shape(n.session) == shape(m.session):
                    comparable.append((n, s, m))
        if not comparable or any(n.session == m.session for n, s, m in comparable):
            return None
        n, s, m = comparable[0]
        what, labels = said(c)
        unit = "year" if shape(m.session) == "year" else "session"
        return (f"{what} ({unit} {n.session}), but footnote {labels} gives `{s.shown}`, a document of {unit} "
                f"{m.session}; expected a symbol of {unit} {n.session}")
