"""What the NUM rules share: operative-paragraph scopes, sibling groups of
items, and instrument numbers read from `##` headings (language data; full-width
digits, `## 第２０２１/１号建议`, read as ASCII ones)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from .. import regexes
from ..diagnostics import Edit, Fix
from ..lang import language_pack
from ..markers import format_marker, letter_value, roman_value
from ..model import Document, Item, Marker, Paragraph, Section
from ..records import dataclass
from ..source import Span
from .texts import halfwidth


@dataclass
class Operative:
    item: Item
    section: Section | None  # the `###`/`####` section it stands in, if any
    opens_section: bool  # the first numbered paragraph after a section heading


def operative_scopes(doc: Document, scope: str = "instrument") -> list[list[Operative]]:
    """Numbered paragraphs at top level, grouped into numbering scopes.

    ``instrument``: each `##` instrument is a scope, and so is what stands
    before the first one; a document with no `##` is one scope. A `##`
    heading that no instrument heading pattern of the language reads
    (`## II. Organizational matters`, a chapter of a report, spec §2) is
    treated like a `###` section heading: the numbering may run on there
    or restart (reports number their paragraphs through their chapters),
    and it runs on across the instruments between two such chapters (a
    report that quotes the decisions it adopted). A heading that names an
    instrument printed inside a report (the language's ``embedded_heading``:
    `### Draft resolution I`) is a scope of its own, at any level, and the
    numbering around it runs on after it.
    ``document``: the whole document is one scope.
    """
    key = ("numbering.operative_scopes", scope)  # (NUM001 and NUM009 read them)
    cached = doc.cache.get(key)
    if cached is not None:
        return cached
    outer: list[Operative] = []
    scopes: list[list[Operative]] = [outer]
    numbered = {id(n.section) for n in instrument_numbers(doc)} if scope == "instrument" else set()
    embedded = _embedded_heading(doc.language) if scope == "instrument" else None

    def walk(children, into, section, fresh_section):
        for child in children:
            if isinstance(child, Section):
                if (child.level == 2 and id(child) in numbered) or (
                        embedded is not None and embedded.search(halfwidth(child.heading.content.text))):
                    # an instrument, or one printed inside a report (`### Draft resolution I`):
                    # numbered on its own; the count around it runs on after it
                    scopes.append(own := [])
                    walk(child.children, own, None, False)
                else:
                    heads = child.level >= 3 or scope == "instrument"
                    walk(child.children, into, child if heads else section, heads)
                    fresh_section = False
            elif isinstance(child, Item) and child.marker.kind == "number" and child.indent == 0:
                # (an indented list under a paragraph, `adopted the following agenda:`, is no
                # operative paragraph: spec §2, column 0; NUM003 counts it)
                into.append(Operative(child, section, fresh_section))
                fresh_section = False

    walk(doc.children, outer, None, False)
    found = doc.cache[key] = [s for s in scopes if s]
    return found


@lru_cache(maxsize=None)
def _embedded_heading(language: str | None) -> re.Pattern | None:
    pattern = (language_pack(language).get("instruments") or {}).get("embedded_heading")
    return regexes.compile(pattern) if pattern else None


def marker_references(doc: Document, key: str) -> set[int]:
    """The values of the markers the text refers to by the language's ``key`` pattern (a group
    `numbers` of numbers, or `letters` of lettered markers: `(c)` is 3; with neither, the numbers
    of the whole match), once per document."""
    found = doc.cache.get(("numbering.references", key))
    if found is None:
        found = doc.cache[("numbering.references", key)] = set()
        pattern = _reference_pattern(doc.language, key)
        groups = pattern.groupindex if pattern is not None else {}
        for _, content in doc.inlines() if pattern is not None else ():
            for m in pattern.finditer(content.text):
                numbers = m.group("numbers") if "numbers" in groups else None if groups else m.group(0)
                if numbers:
                    found.update(int(n) for n in _DIGITS.findall(numbers))
                if "letters" in groups and m.group("letters"):
                    found.update(v for v in map(letter_value, _LETTERS.findall(m.group("letters"))) if v)
    return found


def referred_values(doc: Document, markers: list, edits: list, key: str, also: set[int] = frozenset()) -> list[int]:
    """The values of the markers a renumbering (``edits``) changes that the text refers to
    (``key``: the language's pattern of such references; ``also``: more values referred to), in order."""
    changed = {e.start for e in edits}
    values = {m.value for m in markers if m.span.start in changed}
    return sorted(values & (marker_references(doc, key) | also)) if values else []


def instrument_references(doc: Document) -> dict[tuple[int, int], set[int]]:
    """The paragraph numbers the text refers to in instruments it names by number (`paragraph 3 of
    decision 2024/1`: the language's ``paragraph_reference_of``, groups `numbers` and `instrument`),
    by the instrument's (prefix, number), once per document."""
    found = doc.cache.get("numbering.instrument_references")
    if found is None:
        found = doc.cache["numbering.instrument_references"] = {}
        pattern = _reference_pattern(doc.language, "paragraph_reference_of")
        for _, content in doc.inlines() if pattern is not None else ():
            for m in pattern.finditer(content.text):
                prefix, number = _DIGITS.findall(m.group("instrument"))[:2]
                found.setdefault((int(prefix), int(number)), set()).update(int(n) for n in _DIGITS.findall(m.group("numbers")))
    return found


def instrument_of(doc: Document, item: Item) -> InstrumentNumber | None:
    """The numbered instrument (`##`) a top-level item stands in, if any."""
    at = item.marker.span.start
    section = None
    for inst in doc.instruments:  # (in document order: the last heading before the item)
        if inst.span.start > at:
            break
        section = inst
    return next((n for n in instrument_numbers(doc) if n.section is section), None) if section is not None else None


@lru_cache(maxsize=None)
def _reference_pattern(language: str | None, key: str) -> re.Pattern | None:
    pattern = (language_pack(language).get("numbering") or {}).get(key)
    return regexes.compile(pattern) if pattern else None


_LETTERS = regexes.compile(r"[a-z]{1,4}")


def paragraph_references(doc: Document) -> set[int]:
    """The paragraph numbers the text refers to (`paragraph 4 above`, `paragraphs 3 and 5`: the
    language's ``paragraph_reference``), once per document."""
    return marker_references(doc, "paragraph_reference")


_DIGITS = regexes.compile(r"\d+")  # (any script's digits: int() reads `３` and `٣` too)


def indented_lists(doc: Document) -> list[list[Item]]:
    """Runs of numbered items indented under a paragraph rather than an item (an agenda after
    `*The Board* adopted the following agenda:`), outside any item: each counts on its own."""
    runs: list[list[Item]] = []
    # (such an item is a numbered one indented outside any item: with none, most documents, no walk)
    if not any(item.indent > 0 and item.marker.kind == "number" and not isinstance(item.parent, Item) for item in doc.items):
        return runs

    def walk(children):
        run: list[Item] = []
        for child in children:
            if isinstance(child, Section):
                walk(child.children)
            elif isinstance(child, Item) and child.marker.kind == "number" and child.indent > 0 \
                    and (not run or child.indent == run[0].indent):
                run.append(child)
                continue
            elif getattr(child, "kind", None) == "comment":
                continue
            if run:
                runs.append(run)
            run = [child] if isinstance(child, Item) and child.marker.kind == "number" and child.indent > 0 else []
        if run:
            runs.append(run)

    walk(doc.children)
    return runs


def sibling_runs(children: list) -> list[list[Item]]:
    """Runs of consecutive sibling items of one counting kind (number, letter, roman).

    A letter item that follows a roman sibling (or the reverse) starts a new run,
    as does any item whose kind differs; bullets and paragraphs are skipped.
    """
    runs: list[list[Item]] = []
    current: list[Item] = []
    kind = None
    for child in children:
        if not isinstance(child, Item) or child.marker.kind in ("bullet",):
            continue
        k = child.marker.kind
        if k != kind:
            if current:
                runs.append(current)
            current, kind = [], k
        current.append(child)
    if current:
        runs.append(current)
    return runs


def all_runs(doc: Document) -> list[list[Item]]:
    """The sibling runs of every list that can hold items, in document order (once per document).

    A letter written in another style at its siblings' indentation, the next letter of its
    run (`(a)`, `b.`, `(c)`), which the parser nests under the letter before it (`a.` is the
    third degree, spec §2), is counted in its siblings' run: NUM004 then reports its style,
    where NUM002 read it as a list of its own and would have relettered both lists."""
    cached = doc.cache.get("numbering.runs")
    if cached is None:
        runs = [run for children in item_parents(doc) for run in sibling_runs(children)]
        restyled = {id(item): lone for run in runs if run[0].marker.kind == "letter" for k, item in enumerate(run)
                    if (lone := _restyled_letter(item, run[k + 1] if k + 1 < len(run) else None)) is not None}
        if restyled:
            spliced = {id(lone) for lone in restyled.values()}
            runs = [[x for item in run for x in ((item, restyled[id(item)]) if id(item) in restyled else (item,))]
                    for run in runs if not (len(run) == 1 and id(run[0]) in spliced)]
        cached = doc.cache["numbering.runs"] = runs
    return cached


def _restyled_letter(item: Item, following: Item | None) -> Item | None:
    """The one letter item nested under a letter ``item`` at its indentation, in another style,
    that is the letter after it (`b.` under `(a)`, before `(c)` or the end): a sibling."""
    m = item.marker
    if m.kind != "letter" or m.value is None:
        return None
    kids = [c for c in item.children if isinstance(c, Item)]
    # (the last of its children: after a nested `(i)` too, `(b) …: (i) …; c. …`)
    letters = [c for c in kids if c.marker.kind == "letter" and c.indent == item.indent]
    if len(letters) != 1 or letters[0] is not kids[-1]:
        return None
    lone = letters[0].marker
    if lone.style == m.style or lone.value != m.value + 1:
        return None
    if following is not None and following.marker.value != m.value + 2:
        return None
    return letters[0]


def item_parents(doc: Document):
    """Every list of siblings that can hold items: containers and items' children."""
    yield doc.children
    for section in doc.walk_sections():
        yield section.children
    for item in doc.items:
        if item.children:
            yield item.children


# A section heading numbered in capitals (`### II. Conferences`, `### B. Staff`): the grammar's
# markers are lower-case, so the heading's text is read (like instrument numbers, below).
_SECTION_NUMBER = regexes.compile(r"([IVX]{1,6}|[A-Z])\.(?=[ \t])")


def section_markers(sections: list[Section]) -> list[Marker | None]:
    """Each section's marker: the grammar's (`### (a)`), or a number in capitals read from its
    heading (`### II.`: roman, or a letter, `### I.` after `### H.`; style `upper`), or None."""
    out: list[Marker | None] = []
    prev = None
    for section in sections:
        heading = section.heading
        marker = heading.marker
        if marker is None and (m := _SECTION_NUMBER.match(heading.content.text)) is not None:
            label = m.group(1)
            letter, roman = letter_value(label) if len(label) == 1 else None, roman_value(label.lower())
            as_letter = letter is not None and (roman is None or (prev is not None and prev.kind == "letter"
                                                                   and prev.value == letter - 1))
            kind, value = ("letter", letter) if as_letter else ("roman", roman)
            if value is not None:
                marker = Marker(m.group(0), label, kind, "upper", value, heading.content.span_of(m.start(), m.end()))
        out.append(marker)
        prev = marker if marker is not None and marker.style == "upper" else prev
    return out


@dataclass
class InstrumentNumber:
    section: Section
    kind: str  # resolution | decision | recommendation
    prefix: str  # session or year: "2021", "75", "ES-10"
    number: int
    span: Span  # the number as written, `2021/1` (`２０２１/１`: the prefix and number are read in ASCII digits)
    same_prefix: bool = True  # False: one series through the years (Security Council)
    part: str | None = None  # `A`, `B` … of an instrument issued in parts (`Resolution 75/100 A`)
    kind_written: bool = True  # False: the heading names no kind (`75/224.`), the pattern's default is taken
    number_first: bool = False  # `1/CP.28`: the number, then the body and session

    def label(self, number: int | None = None) -> str:
        n = self.number if number is None else number
        if not self.same_prefix:
            return str(n)
        return f"{n}/{self.prefix}" if self.number_first else f"{self.prefix}/{n}"


@lru_cache(maxsize=None)
def _heading_patterns(language: str | None):
    data = language_pack(language).get("instruments", {})
    words = {w: kind for kind, ws in data.get("kinds", {}).items() for w in ws}
    return [(regexes.compile(p["pattern"]), p.get("default_kind"), p.get("same_prefix", True), bool(p.get("number_first")))
            for p in data.get("heading_patterns", [])], words


def instrument_numbers(doc: Document) -> list[InstrumentNumber]:
    cached = doc.cache.get("instrument_numbers")
    if cached is not None:
        return cached
    patterns, words = _heading_patterns(doc.language)
    out = []
    for section in doc.instruments:
        content = section.heading.content
        text = halfwidth(content.text)  # (`第２０２１/１号建议`: full-width digits read as ASCII, offsets unchanged)
        for rx, default_kind, same_prefix, number_first in patterns:
            m = rx.search(text)
            if not m:
                continue
            groups = m.groupdict()
            kind = words.get(groups.get("kind") or "", default_kind)
            if kind is None or len(groups["number"]) > 100:  # no instrument has such a number (nor can int() read 4300 digits)
                continue
            start = min(m.start("prefix"), m.start("number"))
            end = max(m.end("prefix"), m.end("number"))
            kind_key = kind if same_prefix else f"{kind} (through the years)"
            out.append(InstrumentNumber(section, kind_key, groups["prefix"], int(groups["number"]), content.span_of(start, end),
                                        same_prefix, groups.get("part"), groups.get("kind") is not None, number_first))
            break
    doc.cache["instrument_numbers"] = out
    return out


@dataclass
class SequenceResult:
    problems: list[tuple]  # (Marker, allowed values, previous value or None)
    edits: list  # Edit: the whole run renumbered
    changes: list[str]  # "3→2", for the fix message

    def reported(self, edits: list | None = None) -> list[tuple]:
        """The problems to report: those on markers the renumbering (``edits``, else this run's)
        changes. In `1. 3. 3. 4.` the second `3.` is an echo of the first (the fix keeps it);
        all of them when the fix changes none."""
        changed = {e.start for e in (self.edits if edits is None else edits)}
        return [p for p in self.problems if p[0].span.start in changed] or self.problems


def check_sequence(markers: list, restarts: list[bool] | None = None, restart_mode: str = "either") -> SequenceResult:
    """Check that marker values run 1..n; at positions flagged in ``restarts``
    the run may also restart at 1 (``either``) or must (``restart``) or must not
    (``run-on``). Diagnostics resynchronise on the written value; the edits
    renumber the whole run (markers keep their kind and style). Where a
    section allows both and its written value is neither, the edit follows
    the sections before it when all of them restarted (an omnibus text,
    A/RES/56/206: `1.` there, not the run-on number), and runs on otherwise."""
    restarts = restarts or [False] * len(markers)
    expected = fix_expected = 1
    prev = None
    result = SequenceResult([], [], [])
    restarted: list[bool] = []  # whether each section that could do either restarted (as fixed)

    if restart_mode not in ("either", "run-on", "restart"):
        raise ValueError(f"unknown restart mode {restart_mode!r}")
    # (most runs are right, 1 to n, where only a mode that wants every section to restart finds a problem)
    if all(m.value == n for n, m in enumerate(markers, 1)) and not (restart_mode == "restart" and any(restarts[1:])):
        return result

    def allowed(exp: int, restart: bool) -> list[int]:
        if not restart or prev is None or restart_mode == "run-on":
            return [exp]
        if restart_mode == "restart":
            return [1]
        return [exp] if exp == 1 else [exp, 1]

    for marker, restart in zip(markers, restarts):
        ok = allowed(expected, restart)
        if marker.value not in ok:
            result.problems.append((marker, ok, prev))
        fix_ok = allowed(fix_expected, restart)
        if marker.value in fix_ok:
            want = marker.value
        else:  # (both allowed and neither written: as the earlier sections did, if they all restarted)
            want = 1 if len(fix_ok) > 1 and restarted and all(restarted) else fix_ok[0]
        if len(fix_ok) > 1:
            restarted.append(want == 1)
        if want != marker.value:
            text = format_marker(marker.kind, marker.style, want)
            result.edits.append(Edit(marker.span.start, marker.span.end, text))
            result.changes.append(f"{marker.text}→{text}")
        prev, expected, fix_expected = marker.value, marker.value + 1, want + 1
    return result


def describe(marker, ok: list[int], prev_marker_text: str | None) -> str:
    want = " or ".join(format_marker(marker.kind, marker.style, v) for v in ok)
    where = f"after {prev_marker_text}" if prev_marker_text else "as the first of its list"
    return f"`{marker.text}` {where}: expected `{want}`"


def sequence_diagnostics(rule, markers: list, result: SequenceResult, verb: str, safe: bool = True,
                         referred: str | None = None):
    """A rule's diagnostics for a checked run of markers: one per problem, the
    first carrying the fix that renumbers the whole run (`verb`: renumber, reletter); none while
    a marker in full-width characters is read as text somewhere (NUM008): the count is then off.
    ``referred``: the language pack's key of references to such markers (`item 3`,
    `subparagraph (c)`): the fix is unsafe when the text refers to a marker it changes."""
    position = {id(m): i for i, m in enumerate(markers)}  # (markers.index per problem was quadratic)
    how = ""
    if referred is not None and result.edits:
        hit = referred_values(rule._doc, markers, result.edits, referred)
        if hit:
            safe = False
            shown = ", ".join(format_marker(markers[0].kind, markers[0].style, v) for v in hit)
            how = f" (the text refers to {shown}: check its references)"
    for n, (marker, ok, _) in enumerate(result.reported()):
        index = position[id(marker)]
        prev = markers[index - 1].text if index else None
        fix = Fix(f"{verb} {', '.join(result.changes)}{how}", tuple(result.edits), safe=safe) \
            if n == 0 and result.edits and not fullwidth_markers(rule._doc) else None
        yield rule.diagnostic(marker.span, describe(marker, ok, prev), fix)


# A marker in full-width characters at the start of a line (`（a）`, `(ｂ)`, `１.`), in Arabic-Indic
# digits (`٢.`), after an invisible direction mark (U+200F `2.`) or followed by a no-break space
# (`2.` U+00A0): read as text.
# invisible characters a line can begin with: direction marks, and a zero-width space, joiner or
# word joiner, or a BOM left mid-file by joining two files
_BIDI = "\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff"
# What may follow a marker and still make it text: a no-break, narrow no-break or ideographic
# space (`nbsp`), or a letter with no space (`glued`, `(a)To report`; allowed after a full-width
# marker, as Chinese writes `（a）提交`, and reported with the space added otherwise).
_AFTER_MARKER = (r"(?P<nbsp>[\u00a0\u202f\u3000])?(?:(?=[ \t]|$|(?<=[\u00a0\u202f\u3000]))"
                 r"|(?:(?<=[）．])|(?<=[０-９]\.))(?![0-9０-９])|(?=(?P<glued>[^\W\d_])))")
_FULLWIDTH_MARKER = regexes.compile(rf"(?<![ \t])[ \t]*(?P<m>[{_BIDI}]{{0,4}}(?:[（(][ \t]?[a-zａ-ｚ]{{1,6}}[ \t]?[）)]"
                                    rf"|[a-zａ-ｚ]{{1,6}}[）)]|[0-9０-９٠-٩۰-۹]{{1,4}}[.．])){_AFTER_MARKER}", re.M)
_BIDI_MARKS = {cp: None for cp in (*range(0x200B, 0x2010), 0x061C, *range(0x202A, 0x202F), 0x2060,
                                   *range(0x2066, 0x206A), 0xFEFF)}
# (a line break first: the engine then looks for it with a fast loop, where a `^` is tried everywhere)
_AFTER_LINE_BREAK = regexes.compile(rf"\n(?=[ \t]*(?:[（(０-９٠-٩۰-۹]|[0-9]{{1,3}}\.(?:[\u00a0\u202f\u3000]|[^\W\d_])"
                                    rf"|[a-zａ-ｚ]{{1,6}}[)）](?:[\u00a0\u202f\u3000]|[^\W\d_])|[{_BIDI}]{{1,4}}[（(0-9]))")
_ARABIC_INDIC = {cp: ord("0") + (cp - base) for base in (0x0660, 0x06F0) for cp in range(base, base + 10)}


@lru_cache(maxsize=None)
def _marker_letters(language: str | None) -> tuple[dict, re.Pattern, re.Pattern] | None:
    """The language's ``marker_letters`` (letters of another script typed for a marker's Latin
    letter: Cyrillic `а`, Arabic `أ`) as a translation table, the marker they make at the start
    of a line, and where such a line begins; None when the language lists none."""
    table = (language_pack(language).get("numbering") or {}).get("marker_letters") or {}
    if not table:
        return None
    letters = f"[{re.escape(''.join(sorted(table)))}\u0640]{{1,6}}"  # (U+0640, the tatweel of `هـ`)
    marker = regexes.compile(rf"(?<![ \t])[ \t]*(?P<m>[（(][ \t]?{letters}[ \t]?[）)]|{letters}[)）]){_AFTER_MARKER}", re.M)
    # (the marker's shape in the look-ahead: in Arabic nearly every line begins with one of the letters)
    after = regexes.compile(rf"\n(?=[ \t]*(?:[（(][ \t]?{letters}[ \t]?[）)]|{letters}[)）]))")
    return {ord(k): v for k, v in table.items()} | {0x640: None}, marker, after


def _is_marker(plain: str) -> bool:
    """Whether an ASCII marker reads as one: a number, or letters that count (`(b)`, `(ii)`), not `(vacant)`."""
    label = plain.strip(" ().")
    return label.isdigit() or letter_value(label) is not None or roman_value(label) is not None


def fullwidth_markers(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, the marker in ASCII) of each line of a paragraph or item that begins with a
    marker written with full-width characters, or with letters of another script that the
    language lists as standing for Latin ones (``marker_letters``), once per document."""
    found = doc.cache.get("numbering.fullwidth")
    if found is not None:
        return found
    found = doc.cache["numbering.fullwidth"] = []
    src = doc.text
    tries = [(_FULLWIDTH_MARKER, _AFTER_LINE_BREAK, None)]
    not_before = tuple((language_pack(doc.language).get("numbering") or {}).get("not_a_marker_before") or ())
    if (letters := _marker_letters(doc.language)) is not None:
        tries.append((letters[1], letters[2], letters[0]))
    candidates = sorted(((at, marker, table) for marker, after, table in tries
                         for at in [0, *(m.end() for m in after.finditer(src))]), key=lambda c: c[0])
    blocks = starts = None
    for at, marker, table in candidates:
        m = marker.match(src, at)
        if m is None:
            continue
        written = m.group("m")
        nbsp, glued = m.group("nbsp"), m.group("glued")
        if nbsp is None and glued is None and written.isascii() and " " not in written and "\t" not in written:
            continue  # (`(a)`, the usual marker: nothing to normalise, nothing to report)
        plain = "".join(unicodedata.normalize("NFKC", written).split()).translate(_ARABIC_INDIC).translate(_BIDI_MARKS)
        if table is not None:
            plain = plain.translate(table)
        if src[m.end():m.end() + 1] in not_before and not nbsp:
            continue  # (`（b）项`, "item (b)": an item cited at a line's start is no marker)
        if glued is not None and plain[:1].isdigit() and len(plain.rstrip(".")) > 3:
            continue  # (`2015.Adoption`: no paragraph is numbered so)
        if nbsp:  # (`2.` and a no-break space: the marker wants a space after it)
            written, plain = written + nbsp, plain + " "
        if (plain == written and glued is None) or not plain.isascii() or not _is_marker(plain):
            continue
        if blocks is None:
            blocks = [b for b in doc.blocks if isinstance(b, (Paragraph, Item))]
            starts = [b.span.start for b in blocks]
        k = bisect_right(starts, m.start("m")) - 1  # (only in a paragraph or an item: not a heading, a footnote …)
        end = m.start("m") + len(written)
        if k >= 0 and end <= blocks[k].span.end:
            found.append((m.start("m"), end, plain))
    return found
