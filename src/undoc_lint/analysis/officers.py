"""Officer lines of an elected bureau (spec §5), for the BUR rules.

An officer line is ``ROLE : MEMBER (GROUP)`` with a full-width or half-width
colon and brackets; MEMBER may be a vacancy word (``（空缺）``, ``(vacant)``)
and ``(GROUP)`` may be left out. One officer stands on a line: a bullet (or
other) item, a paragraph of its own, or one line of a paragraph whose lines
are officer lines (the seed's plain ``主席：    巴基斯坦（亚太国家）`` lines).
An item whose officer line is soft-wrapped over two lines is one officer.
A title of several officers (``officer_lists`` in the language pack:
``Vice-Chairs: A (GROUP), B (GROUP) and C (GROUP)``) names one officer per
member (an extension of the spec; see ``_members``).

Consecutive officer lines form one *bureau*: any other text, heading or
footnote between two officer lines starts a new one (comments do not).

Words and names come from the language's lexicon (``officer_lexicon``);
the analysis of a document is made once (``doc.cache``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Document, Inline, Item, Paragraph
from ..records import dataclass, field
from ..rule import OptionError
from ..source import Span
from .officer_lexicon import Lexicon, electoral_group, lexicon, name_key, state
from .symbol_check import data as symbol_data
from .texts import inline_texts

__all__ = ["GROUP_IDS", "Bureau", "BureauOptions", "Lexicon", "Officer", "bureaus", "electoral_group", "lexicon",
           "name_key", "officers", "source_range", "state"]

CACHE_KEY = "officers"

@dataclasses.dataclass
class BureauOptions:
    """The options of the rules on a bureau's balance (BUR003, BUR004)."""

    size: int = 5  # the number of officers of a bureau of one officer per group

    def __post_init__(self):
        if self.size < 1:
            raise OptionError(f"option `size` is a number of officers, at least 1, not {self.size}")


#: The five regional groups (member-states.yaml ids), in DGACM order.
GROUP_IDS = ("african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-other")

_COLONS = ":："
_OPEN = "(（"
_CLOSE = ")）"
_TRAILING = ";；.。,，、؛، \t\n\ufffc"  # (Arabic `؛` `،` too; U+FFFC: a footnote reference after the line, `(African States)[^1]`)
_EMPHASIS = "*_ \t\u00a0\u202f"  # (and the no-break spaces French puts before a colon)
# A line of several members (`Vice-Chairs: A, B and C`): at most this many separators are
# tried (no bureau is larger; more is prose), and one member's name holds at most this
# many of them (`Saint Vincent and the Grenadines`, `大不列颠及北爱尔兰联合王国`: one).
_MAX_LIST_CUTS = 40
_MAX_CUTS_IN_NAME = 3

# ------------------------------------------------------------------ model
@dataclass(eq=False, slots=True)
class Officer:
    block: Any  # the Item or Paragraph
    inline: Inline
    start: int  # offsets of the officer line in inline.text
    end: int
    role: str  # role id: chair, vice-chair, rapporteur, vice-chair-and-rapporteur, chair-and-rapporteur
    role_text: str
    role_start: int  # offsets in inline.text, like the others below
    role_end: int
    member_text: str
    member_start: int
    member_end: int
    vacant: bool
    iso3: str | None  # None when vacant or not a Member State name
    group_text: str | None  # as written, None when the line names no group
    group_start: int | None
    group_end: int | None
    group: str | None  # group id, when group_text is a known group name
    text_end: int  # where the line's text ends (its span runs from the role to here)
    person: str | None = None  # `Chair: Ms. A. B. (Norway)`: the person; member_* is then the State
    # `unclosed`: the group's bracket is not closed (`Chile (Latin American and Caribbean States`);
    # `extra`: a closing bracket too many after it, at ``extra_at`` (`France (… States))`)
    bracket_problem: str | None = None
    extra_at: int | None = None

    # Source spans, worked out when a rule reports the officer.
    @property
    def role_span(self) -> Span:
        return self.inline.span_of(self.role_start, self.role_end)

    @property
    def member_span(self) -> Span:
        return self.inline.span_of(self.member_start, self.member_end)

    @property
    def group_span(self) -> Span | None:
        return None if self.group_start is None else self.inline.span_of(self.group_start, self.group_end)

    @property
    def span(self) -> Span:
        return self.inline.span_of(self.role_start, self.text_end)

    @property
    def group_in_brackets(self) -> str:
        """The stated group as a correction would write it: in the brackets the line uses."""
        text, k = self.inline.text, (self.group_start or 0) - 1
        while k > self.member_end and text[k] in " \t\n":
            k -= 1
        return "（{}）" if text[k:k + 1] == "（" else "({})"

    @property
    def is_chair(self) -> bool:
        return self.role in ("chair", "chair-and-rapporteur")

    @property
    def is_rapporteur(self) -> bool:
        return self.role in ("rapporteur", "vice-chair-and-rapporteur", "chair-and-rapporteur")

    @property
    def counted_group(self) -> str | None:
        """The group this office counts for: as stated, else the member's electoral group (but
        see Bureau.counted_groups)."""
        if self.group:
            return self.group
        if self.group_text is None and self.iso3:
            return electoral_group(self.iso3)
        return None


@dataclass(eq=False)
class Bureau:
    officers: list[Officer] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.officers)

    @property
    def span(self) -> Span:
        return self.officers[0].span

    def counted_groups(self) -> list[str | None]:
        """The group each office counts for (BUR003, BUR004): as stated, else the member's. But
        where the stated group is not the member's (BUR002's) and the member's own group holds no
        other office here, the member's: the label is then the slip, and counting it would report
        a group "missing" whose State is there and a group "twice" on another, right, line."""
        out = [o.counted_group for o in self.officers]
        for i, o in enumerate(self.officers):
            if o.iso3 and o.group and not state(o.iso3).get("disputed"):
                real = electoral_group(o.iso3)
                if real and real != o.group and real not in out[:i] + out[i + 1:]:
                    out[i] = real
        return out


def balance_expected(doc: Document, bureau: Bureau) -> bool:
    """Whether a bureau should hold one officer per regional group (BUR003, BUR004): not in a
    regional commission's document (its members come from one region: the front-matter `body`
    names one, or the `symbol` is of its series), nor when no line states a group and every
    officer's State is of one group (a regional body, whatever the document says)."""
    regional = doc.cache.get("officers.regional")
    if regional is None:
        regional = doc.cache["officers.regional"] = _regional_document(doc)
    if regional:
        return False
    if any(o.group_text is not None for o in bureau.officers):
        return True
    return len({o.counted_group for o in bureau.officers if not o.vacant}) > 1


def _regional_document(doc: Document) -> bool:
    fm = doc.front_matter
    if fm is None:
        return False
    body, symbol = fm.entries.get("body"), fm.entries.get("symbol")
    names = lexicon(doc.language).regional_bodies
    if body is not None and names is not None and isinstance(body.value, str) and names.search(body.value):
        return True
    series = tuple(f"{s}/" for s in symbol_data().get("regional_commission_series") or ())
    return symbol is not None and isinstance(symbol.value, str) and symbol.value.strip().startswith(series)


# ------------------------------------------------------------------ parsing
def bureaus(doc: Document) -> list[Bureau]:
    """The bureaus of a document (cached in ``doc.cache["officers"]``)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = _find_bureaus(doc)
        doc.cache[CACHE_KEY] = cached
    return cached


def officers(doc: Document) -> list[Officer]:
    return [o for b in bureaus(doc) for o in b.officers]


def _find_bureaus(doc: Document) -> list[Bureau]:
    lex = lexicon(doc.language)
    out: list[Bureau] = []
    current: list[Officer] = []

    def close():
        nonlocal current
        if current:
            out.append(Bureau(current))
            current = []

    for block, _, text in inline_texts(doc):  # (every block but comments, which are skipped)
        if ":" not in text and "：" not in text or not isinstance(block, (Item, Paragraph)):  # (_COLONS)
            if current:  # (most blocks: no bureau open, nothing to close)
                close()  # no title, so no officer; or not a paragraph
            continue
        for officer in _officer_lines(block, text, lex):
            if officer is None:
                close()
            else:
                current.append(officer)
    close()
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (i := text.find("\n", start)) >= 0:
        out.append((start, i))
        start = i + 1
    out.append((start, len(text)))
    return out


def _officer_lines(block, text: str, lex: Lexicon) -> list[Officer | None]:
    """Officers of one block (whose text is ``text``) in order, None for a stretch of other text."""
    inline = block.content
    lines = _lines(text)
    result: list[Officer | None] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        role = _role_at(text, s, e, lex)
        if role is None:
            if not result or result[-1] is not None:
                result.append(None)
            i += 1
            continue
        # the line alone, else the line with its continuation lines (up to the next officer line)
        j = i + 1
        while j < len(lines) and _role_at(text, *lines[j], lex) is None:
            j += 1
        # An item holds one officer, so its wrapped lines are tried joined first;
        # in a paragraph each line is tried alone first (prose may follow it).
        tries = [(i + 1, e), (j, lines[j - 1][1])] if j > i + 1 else [(i + 1, e)]
        if isinstance(block, Item):
            tries.reverse()
        found, consumed = [], i + 1
        for upto, end in tries:
            found = _parse(block, inline, text, s, end, role, lex)
            if found:
                consumed = upto
                break
        if not found:
            if not result or result[-1] is not None:
                result.append(None)
        else:
            result.extend(found)
        i = consumed
    return result


def _first_colon(text: str, s: int, e: int) -> int:
    first = -1  # (a plain loop: two comprehensions made for every line cost more than the finds)
    for c in _COLONS:
        k = text.find(c, s, e)
        if k >= 0 and (first < 0 or k < first):
            first = k
    return first


def _role_at(text: str, s: int, e: int, lex: Lexicon) -> tuple[str, int, int, int, bool] | None:
    """(role id, role start, role end, colon offset, whether the title may name several members)
    when text[s:e] begins with a known title and a colon."""
    k = _first_colon(text, s, e)
    if k < 0:
        return None
    a, b = s, k
    while a < b and text[a] in _EMPHASIS:
        a += 1
    while b > a and text[b - 1] in _EMPHASIS + "\ufffc":  # (and a footnote reference: `Chair[^1]:`)
        b -= 1
    key = name_key(text[a:b])
    rid = lex.roles.get(key)
    if rid is None:
        return None
    return rid, a, b, k, key in lex.list_titles


def _strip_span(text: str, a: int, b: int, chars: str = " \t\n") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _last_bracket(text: str, a: int, b: int) -> int:
    """Offset of the bracket that opens the bracketed group ending at text[b-1], or -1."""
    if b <= a or text[b - 1] not in _CLOSE:
        return -1
    k = max(text.rfind("(", a, b - 1), text.rfind("（", a, b - 1))
    if k >= 0 and not any(c in text[k + 1:b - 1] for c in _CLOSE):
        return k  # one bracketed group at the end, nothing nested in it (nearly every line)
    depth = 0
    for k in range(b - 1, a - 1, -1):
        if text[k] in _CLOSE:
            depth += 1
        elif text[k] in _OPEN:
            depth -= 1
            if depth == 0:
                return k
    return -1


def _parse(block, inline: Inline, text: str, s: int, e: int, role, lex: Lexicon) -> list[Officer]:
    """The officers of the line text[s:e] whose title is ``role`` (none: not an officer line)."""
    a, b = _strip_span(text, role[3] + 1, e, _TRAILING)
    if a >= b:
        return []
    one = _entry(block, inline, text, s, e, role, lex, a, b)
    # (a line that reads whole as one known member is one: no two known names make up a third)
    if role[4] and lex.list_separator is not None and not (one is not None and _exact(one) and one.person is None):
        several = _members(block, inline, text, s, e, role, lex, a, b, one)
        if several:
            return several
    return [one] if one is not None else []


def _members(block, inline: Inline, text: str, s: int, e: int, role, lex: Lexicon, a: int, b: int,
             whole: Officer | None) -> list[Officer]:
    """Several members after one title (`Vice-Chairs: A (GROUP), B (GROUP) and C (GROUP)`), or
    none when the line reads best as one member.

    Separators (outside brackets) are tried, not trusted: `Trinidad and Tobago` and
    `坦桑尼亚联合共和国` hold one. Of the divisions into two or more entries that each read
    as a member (``_reads_as_member``), the one with the most exactly known names (States,
    vacancies) wins, then the one with the fewest entries (`Bosnia and Herzegovinaa` stays
    whole); it is taken unless the line read whole names more States exactly.
    """
    depth, outside = 0, []
    for k in range(a, b):
        ch = text[k]
        depth += (ch in _OPEN) - (ch in _CLOSE)
        outside.append(depth <= 0)
    cuts = [(m.start(), m.end()) for m in lex.list_separator.finditer(text, a, b) if outside[m.start() - a] and m.start() > a]
    if not cuts or len(cuts) > _MAX_LIST_CUTS:
        return []
    starts = [a] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [b]

    def entry(i: int, j: int) -> Officer | None:  # the member from starts[i] to ends[j], if it reads as one
        x, y = _strip_span(text, starts[i], ends[j], _TRAILING)
        o = _entry(block, inline, text, s, e, role, lex, x, y) if x < y else None
        return o if o is not None and _reads_as_member(o, lex) else None

    # best[i]: (exact names, entries, officers) of the best division of starts[i]..b
    best: list[tuple[int, int, list[Officer]] | None] = [None] * len(starts) + [(0, 0, [])]
    for i in range(len(starts) - 1, -1, -1):
        for j in range(i, min(i + _MAX_CUTS_IN_NAME + 1, len(ends))):
            rest = best[j + 1]
            o = entry(i, j) if rest is not None else None
            if o is not None:
                found = (rest[0] + _exact(o), rest[1] + 1, [o] + rest[2])
                # the most exactly known names, then the fewest entries (no division that gains none)
                if best[i] is None or (found[0], -found[1]) > (best[i][0], -best[i][1]):
                    best[i] = found
    if best[0] is None or best[0][1] < 2:
        return []
    return best[0][2] if whole is None or (best[0][0], best[0][1]) > (_exact(whole), 1) else []


def _exact(o: Officer) -> int:
    return 1 if o.vacant or o.iso3 is not None else 0


def _reads_as_member(o: Officer, lex: Lexicon) -> bool:
    """Whether an entry of a list can be a member: a known State or vacancy (before any bracket:
    `Polonia (Europa del Este)`, the group is BUR008's), a person with a known State in
    brackets, a name without brackets before a known group (`智力（拉丁美洲和加勒比国家）`), or
    a name close to a State's (a misspelling, not a part: `Bosnia` is no entry of `Bosnia and
    Herzegovinaa`) before nothing or a (nearly) known group."""
    if o.iso3 is not None or o.vacant:
        return True
    if o.group is not None and not any(ch in o.member_text for ch in _OPEN + _CLOSE):
        return True  # a name, however misspelt (`智力`), before a known group: BUR001's to name
    if not lex.near_country(o.member_text):
        return False
    return o.group_text is None or o.group is not None or lex.suggest_group(o.group_text) is not None


def _entry(block, inline: Inline, text: str, s: int, e: int, role, lex: Lexicon, a: int, b: int) -> Officer | None:
    """One officer, MEMBER (GROUP) in text[a:b], or None when it does not look like one."""
    rid, ra, rb = role[:3]
    m_start, m_end = a, b
    g_start = g_end = None
    whole = text[a:b]
    bracket_problem = extra_at = None
    if not (lex.country(whole) or lex.is_vacancy(whole) or name_key(whole) in lex.superseded):
        k = _last_bracket(text, a, b)
        if k < 0:  # a bracket left open, or one closed twice: read the group all the same (BUR008 reports it)
            k, b, bracket_problem, extra_at = _unbalanced(text, a, b)
        if k >= 0:
            ma, mb = _strip_span(text, a, k, " \t\n\ufffc")  # (`Egypt[^*] (African States)`: the call is no part of the name)
            if ma < mb:  # `MEMBER (GROUP)`; with nothing before the bracket it is the member: `(vacant)`
                m_start, m_end = ma, mb
                g_start, g_end = _strip_span(text, k + 1, b if bracket_problem == "unclosed" else b - 1)
    member = text[m_start:m_end]
    vacant = lex.is_vacancy(member)
    iso = None if vacant else lex.country(member)
    group_text = text[g_start:g_end] if g_start is not None else None
    person = None
    if group_text is not None and not iso and not vacant and (
            lex.country(group_text) or _misspelt_state(group_text, member, lex)):
        # `Chair: Ms. A. B. (Norway)`: a person, with the State in brackets (BUR001 names a misspelt one)
        person = member
        m_start, m_end, member, iso = g_start, g_end, group_text, lex.country(group_text)
        g_start = g_end = group_text = None
    # Recognise the line as an officer line only when it looks like one: a
    # bracketed group, or a member that is (or nearly is) a name or a vacancy.
    if group_text is None and not (vacant or iso or lex.suggest_country(member)):
        return None
    return Officer(
        block=block, inline=inline, start=s, end=e,
        role=rid, role_text=text[ra:rb], role_start=ra, role_end=rb,
        member_text=member, member_start=m_start, member_end=m_end,
        vacant=vacant, iso3=iso,
        group_text=group_text, group_start=g_start, group_end=g_end,
        group=lex.group(group_text) if group_text is not None else None,
        text_end=b if bracket_problem != "extra" else extra_at + 1,
        person=person,
        bracket_problem=bracket_problem if group_text is not None else None,
        extra_at=extra_at,
    )


def _unbalanced(text: str, a: int, b: int) -> tuple[int, int, str | None, int | None]:
    """(opening bracket, end of the group's text, problem, offset of the extra bracket) of an entry
    whose last bracket is not closed (`Chile (Latin … States`) or is closed twice (`… States))`);
    (-1, b, None, None) for anything else."""
    opens = sum(text.count(c, a, b) for c in _OPEN)
    closes = sum(text.count(c, a, b) for c in _CLOSE)
    if opens == closes + 1:
        k = max(text.rfind("(", a, b), text.rfind("（", a, b))
        if k > a and not any(c in text[k + 1:b] for c in _CLOSE):
            return k, b, "unclosed", None
    elif closes == opens + 1 and opens >= 1 and text[b - 1] in _CLOSE and text[b - 2] in _CLOSE:
        k = _last_bracket(text, a, b - 1)
        if k >= 0:
            return k, b - 1, "extra", b - 1
    return -1, b, None, None


def _misspelt_state(bracket: str, before: str, lex: Lexicon) -> bool:
    """Whether a bracket after a name that is no State holds a State's name misspelt or out of
    use (`Sra. Rhonda Edmonds (Trinidad y Tobago)`), not a group."""
    return (lex.group(bracket) is None and lex.suggest_group(bracket) is None and lex.suggest_country(bracket) is not None
            and lex.suggest_country(before) is None and not lex.is_vacancy(before))


def source_range(officer: Officer, start: int, end: int) -> tuple[int, int]:
    """Character offsets in doc.text of officer.inline.text[start:end] (for fixes)."""
    return officer.inline.source_offset(start), officer.inline.source_end(end)
