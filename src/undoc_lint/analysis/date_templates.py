"""A language's date templates compiled into bounded regular expressions.

Every language pack has a ``dates:`` section (its schema is described at the
top of that section in ``lang/en.yaml``); each template there, such as
``"{day1}{sep}{day2} {month2} {year2}"`` or ``"{year} 年 {mm} 月 {day} 日"``,
becomes one regular expression in which every repetition has a small upper
bound, so that no input makes it backtrack badly. Nothing here branches on a
language code.

Running every template over every paragraph was most of the time undoc-lint
spent linting, so a language also gets one *anchor* expression: every place
where some template could begin (a free number followed by what some
template has after its number, a month or weekday name, an opening word
such as ``from``). It begins with one character class, so the engine looks
for its candidates with a fast loop. ``analysis.dates`` runs the anchor once
over a document's texts and then tries, at each anchor, only the templates
that can begin with what is there (a 4-digit year, a 1- or 2-digit day, a
word).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import regexes
from ..lang import language_pack
from ..records import dataclass, field
from .wordtree import alternatives

# Characters that may not stand right before or after a date: what would make
# it part of a number, a word or a document symbol.
_NEIGHBOUR = r"0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF/\\_"
BEFORE = rf"(?<![{_NEIGHBOUR}.\-])"
_BEFORE_CONSUMED = rf"(?<![{_NEIGHBOUR}.\-].)"  # BEFORE, tested after the first character is read
_AFTER = rf"(?![{_NEIGHBOUR}])(?![.,\-–—][0-9])"
_LETTER = r"A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0620-\u064A"
_WS = "[ \\t\\u00a0\\u202f\\u3000\\n]"
SPACE_CHARS = _WS  # what a template's space is made of (a no-break space, a line break of a wrapped line …)
_WS_REQUIRED = _WS + "{1,3}"
_WS_OPTIONAL = _WS + "{0,3}"
PLACEHOLDER = re.compile(r"\{([a-z]+)([12]?)\}")
KINDS = ("range", "date", "period")  # tried in this order at one position
# What a template begins with, when it begins with a number: the length of
# the digit run it can start on.
_DIGIT_RUNS = {"day": (1, 2), "mm": (1, 2), "year": (4,)}
_PARTS = ("day", "month", "mm", "year", "weekday")  # the placeholders that give a date its values
_MAX_DAYS = 15  # the middle days a list may have (`{days}`)


@dataclass(frozen=True, slots=True)
class Template:
    kind: str
    pattern: str
    source: str  # the regular expression, compiled on first use (most documents need few templates)
    flags: int
    range_dash: dict | None
    order: int
    digit_runs: tuple[int, ...] = ()  # begins with a number of these lengths; () begins with a word
    opens: bool = False  # may begin with an opening word (`from`, `du`, `从`)
    first_words: tuple[str, ...] = ()  # the words it can begin with (after an opening word), when not a number
    # (part, group) of the start and of the end: (("day", "day1"), ("month", "month1")), …
    groups: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = ((), ())
    beginning: str = ""  # the expression of its first two elements (and of an opening word before them)
    number_tail: str = ""  # when it begins with a number: the expression of what follows it in `beginning`
    lead_source: str = ""  # when it begins with a literal word (fr `le`, es `el`): the expression of its first elements
    days: bool = False  # holds `{days}`, the middle days of a list (`5, 6 and 7 April`): joined by a list connector only

    def regex(self) -> re.Pattern:
        return regexes.compile(self.source, self.flags)


@dataclass(frozen=True, slots=True)
class Compiled:
    language: str
    data: dict
    templates: tuple[Template, ...]
    months: dict  # name (folded) -> 1..12
    month_forms: dict  # name (folded) -> its place among its month's forms, when that place means a case (ru)
    weekdays: dict  # name (folded) -> 0..6
    ignore_case: bool
    connectors: tuple[dict, ...]
    anchor_source: str = "(?!)"
    weak_open: frozenset = frozenset()  # opening words (folded) that open only with their own connector
    by_start: dict = field(default_factory=dict, compare=False)  # filled by starting_with()
    connector_of: dict = field(default_factory=dict, compare=False)  # (kind, sep, open) -> connector, filled on use
    # template order -> for each end, ((part, group number), …): Template.groups with numbers, filled on use
    part_groups: dict = field(default_factory=dict, compare=False)

    def anchor(self) -> re.Pattern:
        """Matches wherever a template could begin: the whole number there, or the first letter of a word."""
        return regexes.compile(self.anchor_source, re.IGNORECASE if self.ignore_case else 0)

    def fold(self, s: str) -> str:
        return s.casefold() if self.ignore_case else s

    def starting_with(self, digits: int) -> tuple[re.Pattern, tuple[tuple[Template, Any], ...]]:
        """The templates that can begin on a number of ``digits`` digits (0: on a word; -1: on
        a literal word such as fr `le`, apart, as what follows an opening word tells the two
        kinds apart; of those of 0, -2: those that begin with a name, a month's or a weekday's,
        after an opening word or not, and -3: those that begin with an opening word and a number),
        each with its compiled ``match``, and one expression that matches wherever any of them
        begins (a quick first test)."""
        found = self.by_start.get(digits)
        if found is None:
            found = self.by_start[digits] = _starting_with(self, digits)
        return found


def _starting_with(comp: Compiled, digits: int) -> tuple[re.Pattern, tuple[tuple[Template, Any], ...]]:
    if digits > 0:
        ts = tuple(t for t in comp.templates if digits in t.digit_runs)
    elif digits == 0:
        ts = tuple(t for t in comp.templates if (t.opens or not t.digit_runs) and not t.lead_source)
    elif digits == -2:
        ts = tuple(t for t in comp.templates if not t.digit_runs and not t.lead_source)
    elif digits == -3:
        ts = tuple(t for t in comp.templates if t.opens and t.digit_runs and not t.lead_source)
    else:
        ts = tuple(t for t in comp.templates if t.lead_source)
    # Many templates begin alike (`{day} {month}`): the union of their distinct
    # beginnings rejects nearly every number and word at a fraction of the cost
    # of the union of the templates.
    union = "|".join(sorted({t.beginning for t in ts})) or "(?!)"
    return (regexes.compile(f"{BEFORE}(?:{union})", re.IGNORECASE if comp.ignore_case else 0),
            tuple((t, t.regex().match) for t in ts))


def _optional(pattern: str) -> str:
    """``(?:pattern)?``, written ``(?:pattern|)``: the same matches, tried in the same order, but the
    engine runs an alternative with no repeat to set up (an optional group of several characters
    is a repeat, whose state it makes at every try: at every number of every text)."""
    return f"(?:{pattern}|)"


def _name_group(name: str, words) -> str:
    alts = alternatives(words)
    if not alts:
        return "(?!)"  # this language writes no such names
    # A name must end a word (June, not Juneau) where words are spaced.
    return f"(?P<{name}>{alts})(?:(?<![{_LETTER}])|(?![{_LETTER}]))"


def _space(value: Any, default: str = "optional") -> str:
    return _WS_REQUIRED if (value or default) == "required" else _WS_OPTIONAL


def _opening_words(connectors: list[dict], kind: str) -> set[str]:
    """The words that may open a range or period of this kind (`from`, `du`)."""
    return {c["open"] for c in connectors if c.get("open") and kind in c.get("for", ("range", "period"))}


def _compile_template(kind: str, pattern: str, data: dict, connectors: list[dict], order: int,
                      range_dash: dict | None, flags: int) -> Template:
    space = _space(data.get("space"), "required")
    month_words = [w for forms in data.get("month_names") or [] for w in forms]
    weekday_words = [w for forms in data.get("weekday_names") or [] for w in forms]
    suffixes = alternatives(data.get("day_suffixes") or [])
    out = []
    first_name = None  # the placeholder the template begins with, if it begins with one
    words = {"month": month_words, "weekday": weekday_words}
    pos = 0
    for m in PLACEHOLDER.finditer(pattern):
        literal = pattern[pos:m.start()]
        out.append(_literal(literal, space))
        name, idx = m.group(1), m.group(2) or "1"
        if not "".join(out) and first_name is None:
            first_name = name
        group = f"{name}{idx}"
        if name == "day":
            out.append(f"(?P<{group}>[0-9]{{1,2}})(?![0-9])" + (_optional(suffixes) if suffixes else ""))
        elif name == "mm":
            out.append(f"(?P<{group}>[0-9]{{1,2}})(?![0-9])")
        elif name == "year":
            out.append(f"(?P<{group}>[0-9]{{4}})(?![0-9])")
        elif name == "month":
            out.append(_name_group(group, month_words))
        elif name == "weekday":
            out.append(_name_group(group, weekday_words))
        elif name == "sep":
            out.append(_sep_group(connectors, kind))
        elif name == "days":  # (`, 6` of `5, 6 and 7 April`: up to 15 days, and a serial comma)
            comma = re.escape(str(data.get("list_comma") or ","))
            day = "[0-9]{1,2}(?![0-9])" + (_optional(suffixes) if suffixes else "")
            # (atomic: a day given back could only be followed by a comma and a number, never by the connector)
            out.append(f"(?P<days>(?>(?:{comma}{space}{day}){{1,{_MAX_DAYS}}})(?:{comma})?)")
        else:
            raise ValueError(f"unknown placeholder {{{name}}} in date template {pattern!r}")
        pos = m.end()
    out.append(_literal(pattern[pos:], space))
    body = "".join(out)
    opens = alternatives(_opening_words(connectors, kind)) if "{sep}" in pattern else ""
    open_part = _optional(f"(?P<open>{opens}){_WS_OPTIONAL}") if opens else ""
    source = BEFORE + open_part + body + _AFTER
    # What it begins with, up to its second element: `{day} {month}`, `{day1}{sep}`.
    beginning = regexes.unnamed(open_part + "".join(out[:4]))
    # What follows the number a template begins with, up to its second element (the
    # anchor tests it, so that a number no template can begin on is not an anchor).
    tail = ""
    if first_name in _DIGIT_RUNS:
        suffix = _optional(suffixes) if first_name == "day" and suffixes else ""
        # (a list's middle days with the connector after them: a number in a run of numbers and
        # commas, `1, 2, 3`, is then no anchor)
        tail = regexes.unnamed(suffix + "".join(out[2:6] if out[3].startswith("(?P<days>") else out[2:4]))
    names = [(n, i or "1") for n, i in PLACEHOLDER.findall(pattern) if n in _PARTS]
    groups = tuple(tuple(sorted(((n, n + i) for n, i in names if i == end), key=lambda g: _PARTS.index(g[0])))
                   for end in "12")
    lead = (pattern[:pattern.index("{")] if "{" in pattern else pattern).split(" ")[0]
    first_words = (lead,) if lead else tuple(w for w in words.get(first_name, ()) if w)
    # A literal first word (`le {day1}…`) is as common as words come: the anchor tests what follows it too.
    lead_source = regexes.unnamed("".join(out[:4])) if lead else ""
    return Template(kind, pattern, source, flags, range_dash, order,
                    _DIGIT_RUNS.get(first_name, ()), bool(opens), first_words, groups, beginning, tail, lead_source,
                    "{days}" in pattern)


def _literal(text: str, space: str) -> str:
    parts = []
    for chunk in re.split(r"( +)", text):
        if not chunk:
            continue
        parts.append(space if chunk.startswith(" ") else re.escape(chunk))
    return "".join(parts)


def _sep_group(connectors: list[dict], kind: str) -> str:
    by_space: dict[str, set[str]] = {}
    for c in connectors:
        if kind in c.get("for", ("range", "period")):
            by_space.setdefault(_space(c.get("space")), set()).add(c["sep"])
    alts = [f"{ws}(?:{alternatives(seps)}){ws}" for ws, seps in sorted(by_space.items())]
    return f"(?P<sep>{'|'.join(alts) or '(?!)'})"


def _anchor_source(templates: list[Template], connectors: list[dict]) -> str:
    """Where a template could begin: a superset of every template's start positions.

    A template begins (after the shared look-behind) with a number, with a
    word (a month or weekday name), or with an opening word, optional spaces
    and either. The expression begins with one character class (a digit or
    the first letter of such a word), which the regular-expression engine
    looks for with a fast loop, and only there tests the look-behind and the
    rest; it consumes that character (or the whole number), so the match's
    start is the anchor. A number is an anchor only where some template's
    first two elements match (group ``d12`` for a day or month number, ``d4``
    for a year); a word is tested only as far as the word.
    """
    words = {w for t in templates if not t.digit_runs and not t.lead_source for w in t.first_words}
    leads = sorted({t.lead_source for t in templates if t.lead_source})
    lead_words = {w for t in templates if t.lead_source for w in t.first_words}
    open_words = set().union(*(_opening_words(connectors, t.kind) for t in templates if t.opens))
    after_open = f"{_WS_OPTIONAL}(?:[0-9]|{'|'.join([alternatives(words)] * bool(words) + leads) or '(?!)'})"

    def tails(run: int) -> str:
        return "|".join(sorted({t.number_tail for t in templates if run in t.digit_runs})) or "(?!)"

    number = f"(?<=[0-9])(?:(?P<d12>[0-9]?(?![0-9])(?={tails(1)}))|(?P<d4>[0-9]{{3}}(?![0-9])(?={tails(4)})))"
    # A word: the look-behind steps back over the letter just read, and the look-ahead
    # tests the words from there (as a tree, whose branches the engine tells apart by
    # their first letter at once).
    starts = []
    if open_words:
        starts.append(f"(?:{alternatives(open_words)}){after_open}")
    if words:
        starts.append(alternatives(words))
    starts.extend(leads)
    word = f"(?<=(?={'|'.join(starts)}).)" if starts else "(?!)"
    initials = "".join(sorted({w[0] for w in words | open_words | lead_words}))
    return f"[0-9{re.escape(initials)}]{_BEFORE_CONSUMED}(?:{number}|{word})"


@lru_cache(maxsize=None)
def compiled(language: str | None) -> Compiled:
    """The date templates of a language, compiled once."""
    pack = language_pack(language)
    data = pack.get("dates") or {}
    ignore_case = bool(data.get("ignore_case"))
    flags = re.IGNORECASE if ignore_case else 0
    fold = (lambda s: s.casefold()) if ignore_case else (lambda s: s)
    connectors = [dict(c, sep=str(c["sep"])) for c in data.get("connectors") or [] if c.get("sep")]
    templates = []
    order = 0
    for kind in KINDS:
        for entry in (data.get("templates") or {}).get(kind) or []:
            pattern = entry["pattern"] if isinstance(entry, dict) else entry
            dash = entry.get("range_dash", data.get("range_dash")) if isinstance(entry, dict) else data.get("range_dash")
            templates.append(_compile_template(kind, pattern, data, connectors, order, dash, flags))
            order += 1
    months = {fold(w): i + 1 for i, forms in enumerate(data.get("month_names") or []) for w in forms}
    month_forms = ({fold(w): k for forms in data.get("month_names") or [] for k, w in enumerate(forms)}
                   if data.get("month_forms_parallel") else {})
    weekdays = {fold(w): i for i, forms in enumerate(data.get("weekday_names") or []) for w in forms}
    return Compiled(pack.get("language", language or "en"), data, tuple(templates), months, month_forms, weekdays,
                    ignore_case, tuple(connectors), _anchor_source(templates, connectors),
                    frozenset(fold(c["open"]) for c in connectors if c.get("open") and c.get("open_weak")))
