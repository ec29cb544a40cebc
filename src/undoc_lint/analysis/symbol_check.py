"""The grammar of UN document symbols (un-domain.md §1): one symbol checked and corrected.

Two layers, as §1.4 proposes:

* the **syntactic** layer: the EBNF of §1.4 (``series {/body} [/session]
  [/doctype] {/modifier} [year-suffix | roman-session] [(Part …)] [*]``),
  compiled once into an anchored regular expression;
* the **profile** rules P1–P4 (and the per-language spacing of a Security
  Council year suffix): ``S/RES/N`` needs its year (P1), no roman session
  after a session number (P2), ``RES/`` in New York series but ``Res.`` in
  the Nairobi assemblies (P3), mixed-case modifiers (P4), and the year of
  ``HSP/EB.2020``/``HSP/OECPR.2021`` joined with a dot.

``check_symbol(text, year_space=True)`` validates one bare symbol and, when
the intended symbol is unambiguous, returns it corrected (``Res2`` →
``Res.2``, ``ADD.1`` → ``Add.1``, ``A / RES / 75 / 224`` → ``A/RES/75/224``).
Each problem has a ``kind`` (stable, for rules and tests), a ``layer``
(``syntax`` or ``profile``) and a message that says what is wrong and what
is expected.

All facts (series, bodies, document types, which bodies use ``Res.``)
come from ``lang/symbols.yaml``; the one language convention (a space
before a Security Council year) from the ``citations`` section of the
language pack (``symbol_year_space``).

The scanning of text and documents is ``analysis.symbols``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regexes
from ..lang import language_pack, load_data_file
from ..records import dataclass
from .texts import FULLWIDTH_RUN, halfwidth

MAX_COMPONENTS = 12
MAX_LENGTH = 120


@lru_cache(maxsize=None)
def data() -> dict:
    return load_data_file("symbols.yaml")


def known_series() -> dict[str, str]:
    return data().get("series", {})


def year_space_for(language: str | None) -> bool:
    """Whether the language writes a space before a symbol's year: `S/RES/2334 (2016)`."""
    return bool(language_pack(language).get("citations", {}).get("symbol_year_space", True))


# Cyrillic capitals that look like Latin ones (A, B, E, K, M, H, O, P, C, T, X), typed on a Russian
# keyboard: a symbol's scan reads them, and SYM001 reports them
_LIKE_LATIN = "АВЕКМНОРСТХ"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    grammar: re.Pattern
    component: re.Pattern
    numbered_body: re.Pattern
    numbered_body_nodot: re.Pattern
    dot_type: re.Pattern
    slash_type_dot: re.Pattern
    res_any: re.Pattern
    modifier_any: re.Pattern
    embedded_modifier: re.Pattern
    start: re.Pattern
    step: re.Pattern
    hyphen_form: re.Pattern
    keyword: re.Pattern  # a component only a symbol has: `RES`, `INF`, `L.5`, `C.1`, `Res.3`, `Add.1`
    suffix: re.Pattern
    joint: re.Pattern
    series_at: re.Pattern
    space_for_stroke: re.Pattern  # a component with a space where a stroke belongs: `75 224`, `INF 5`
    spaced_modifier: re.Pattern  # a modifier with a space before its number: `Add. 2`, `Rev 1`
    modifier_end: re.Pattern  # a candidate that ends with a modifier's word: `…/Add`, `…/Add.`
    wants_number: re.Pattern  # a candidate that still wants its number: `A/RES/75`, `…/INF`


# Symbols are ASCII: a word in any case, but only ASCII letters (re.I alone lets `ſ`
# stand for `s` and the Kelvin sign for `K`, which then match no listed word).
_ASCII_CASE = re.IGNORECASE | re.ASCII


@lru_cache(maxsize=None)
def _patterns() -> _Patterns:
    d = data()
    nb = _alt(d["numbered_bodies"])
    dot = _alt(d["doctypes"]["dot"])
    slash = _alt(d["doctypes"]["slash"])
    nairobi = _alt(d["doctypes"]["nairobi"])
    mods = _alt(d["modifiers"])
    numbered_slash = _alt(t for t in d["doctypes"]["slash"] if t not in ("RES", "DEC"))  # (INF/2; RES and DEC apart)
    # (a subsidiary organ's or a session's ordinal may be roman: `BWC/CONF.IX/9`, `TD/B/C.I/49`, §1.1)
    # (and the sessions of convention bodies: `ICCD/CRIC(22)/2`, `ICCD/CST(S-4)/3`, `UNEP/CHW.16/1`,
    # `UNEP/POPS/COP.11/1`, `UNEP/OzL.Pro.35/12`, `ECE/MP.PP/2021/2`, `UNEP/EA.SS.1/L.1`)
    body = (rf"(?:(?:{nb})\.(?:[0-9]{{1,4}}[A-Z]?|[IVXLC]{{1,6}})|Sub\.[0-9]{{1,3}}|(?:COP|EX|CRIC|CST)\((?:S-)?[0-9]{{1,3}}\)"
            rf"|(?:COP|CHW|MOP|CMP|CMA)\.[0-9]{{1,3}}|OzL\.Pro(?:\.WG)?\.[0-9]{{1,3}}|MP\.[A-Z]{{2,5}}|EA\.SS\.[0-9]{{1,2}}"
            rf"|SER\.[A-Z]{{1,3}}|[A-Z]{{1,10}})")
    session = r"(?:[0-9]{1,4}|S-[0-9]{1,2}|ES-[0-9]{1,2})"
    doctype = (rf"(?:(?:{dot})\.[0-9]{{1,5}}|(?:{slash})/[0-9]{{1,5}}|PRST/[0-9]{{4}}/[0-9]{{1,4}}"
               rf"|(?:{nairobi})\.[0-9]{{1,4}}|[0-9]{{1,5}})")
    modifier = rf"(?:(?:{mods})\.[0-9]{{1,3}}|Summary)"
    # after the session, the State a document is about (`A/HRC/WG.6/45/RUS/1`, a UPR national report)
    state = rf"(?:/(?!(?:{slash})(?:/|$))[A-Z]{{3}})"
    # the combined periodic reports of a treaty body (`CERD/C/SAU/CO/4-9`): checked in check_symbol
    combined = r"[0-9]{1,2}-[0-9]{1,2}"
    suffix = r"(?: ?\([0-9]{4}\)| ?\((?:S-|ES-)?[IVXLC]{1,7}\))"
    extra = r"(?: \((?:Part [IVXLC]{1,5}|Resumption [0-9]{1,2}|Vol\. [IVXLC]{1,5})\))"
    grammar = regexes.compile(
        # (a modifier follows a document's number: `HSP/OECPR.2023/Rev.1` is no symbol)
        rf"^[A-Z]{{1,6}}(?:/{body}){{0,4}}(?:/{session}{state}?)?(?:/(?:{doctype}|{combined})(?:/{modifier}){{0,4}})?"
        rf"{suffix}?{extra}?\*?$")
    component = regexes.compile(rf"^(?:{body}|{session}|{doctype}|{modifier}|{slash}|PRST)$")
    # file-name style, every stroke a hyphen (`HSP-OECPR-2025-3`, `A-RES-75-224`): an upper-case series
    # and at least three components; which series count is scan's (`hyphen_form_symbol`)
    # (the look-behind after the first letter, as in `start`: the engine's fast loop finds the letter)
    hyphen_form = regexes.compile(
        r"([A-Z](?<![A-Za-z0-9/.\-_\\].)[A-Z]{0,5})-[A-Za-z0-9.]{1,20}(?:-[A-Za-z0-9.()]{1,20}){1,8}(?![A-Za-z0-9\-])")
    return _Patterns(
        grammar=grammar,
        component=component,
        numbered_body=regexes.compile(rf"^(?:{nb})\.[0-9]+[A-Z]?$"),
        numbered_body_nodot=regexes.compile(rf"^({nb})([0-9]{{1,4}}[A-Z]?)$"),
        dot_type=regexes.compile(rf"^({dot})\.?([0-9]{{1,5}})$", _ASCII_CASE),
        slash_type_dot=regexes.compile(rf"^({slash})[.]?([0-9]{{1,5}})$", _ASCII_CASE),
        res_any=regexes.compile(rf"^({nairobi}|RES|DEC)(?:[.]?([0-9]{{1,5}}))?$", _ASCII_CASE),
        modifier_any=regexes.compile(rf"^({mods})\.?([0-9]{{1,3}})$", _ASCII_CASE),
        embedded_modifier=regexes.compile(rf"^([0-9]{{1,5}})\.((?:{mods})\.[0-9]{{1,3}})$", _ASCII_CASE),
        # a series: upper-case letters, not glued to a word, number, path or symbol before it
        # (the look-behind after the first letter: an expression that begins with a character
        # class is searched for by the engine's fast loop)
        # (or a stroke that ends a line: `A/⏎HRC/37/2`, a symbol cut by a soft wrap)
        # (Cyrillic capitals that look like Latin ones are read too, `А/RES/75/224` typed on a Russian
        # keyboard: SYM001 reports them)
        start=regexes.compile(rf"([A-Z{_LIKE_LATIN}](?<![A-Za-z0-9/／.\-_\\@\u0400-\u04ff].)[A-Z{_LIKE_LATIN}]{{0,5}})"
                              rf"(?= {{0,2}}[/／](?: {{0,2}}[A-Za-z0-9({_LIKE_LATIN}]|[ \t]*\n))"),
        # a stroke and a component; spaces around the stroke only before an upper-case or numeric one
        # (`／`, the full-width stroke of a CJK keyboard, is read as one, and reported: SYM001)
        step=regexes.compile(rf"(?:[/／]|(?: {{1,2}}[/／] {{0,2}}|[/／] {{1,2}})(?=[A-Z0-9({_LIKE_LATIN}]))"
                             rf"([A-Za-z0-9({_LIKE_LATIN}][A-Za-z0-9.\-\u2013*(){_LIKE_LATIN}]{{0,39}})"),
        hyphen_form=hyphen_form,
        keyword=regexes.compile(
            rf"^(?:{slash}|PRST|(?:{nb})\.[0-9]{{1,4}}[A-Z]?|(?:{dot}|{nairobi}|{mods})\.[0-9]{{1,5}})$"),
        # a space or a soft wrap (a line break, the indentation after it dropped) before it
        suffix=regexes.compile(r"[ \n\u00a0]\((?:(?P<year>[0-9]{4})|(?P<roman>(?:S-|ES-)?[IVXLC]{1,7})|Part [IVXLC]{1,5}|Resumption [0-9]{1,2}|Vol\. [IVXLC]{1,5})\)"),
        # the hyphen or en dash of a joint symbol, `A/75/719-S/2021/18`: after a component,
        # before a known series and its stroke (inside one symbol a dash is followed by a digit:
        # `ES-10`, `S-30`, `75-224`); the series is checked against the list by scan
        joint=regexes.compile(r"(?<=[A-Za-z0-9*])[-\u2013](?=(?P<series>[A-Z]{1,6}) {0,2}/ {0,2}[A-Za-z0-9(])"),
        series_at=regexes.compile(r"([A-Z]{1,6})(?= {0,2}/ {0,2}[A-Za-z0-9(])"),
        space_for_stroke=regexes.compile(rf"([0-9]{{1,4}}|S-[0-9]{{1,2}}|ES-[0-9]{{1,2}}|{numbered_slash}) ([0-9]{{1,5}})"),
        spaced_modifier=regexes.compile(rf"({mods})\.? ([0-9]{{1,3}})", _ASCII_CASE),
        modifier_end=regexes.compile(rf"/(?:{mods})\.?$", _ASCII_CASE),
        wants_number=regexes.compile(rf"/(?:(?:RES|DEC)/(?:[0-9]{{1,4}}|S-[0-9]{{1,2}}|ES-[0-9]{{1,2}})|{numbered_slash})$"),
    )


# ------------------------------------------------------------------ checking one symbol
@dataclass(frozen=True)
class Problem:
    kind: str  # stable id: space, trailing-punctuation, missing-dot, res-style, missing-year …
    message: str  # what is wrong and what is expected
    layer: str  # "syntax" (the §1.4 grammar) or "profile" (P1–P4)
    rule: str = ""  # the profile rule: P1 … P4
    safe: bool = True  # whether the correction for this problem is certain


@dataclass(frozen=True)
class SymbolCheck:
    text: str
    valid: bool
    problems: tuple[Problem, ...]
    corrected: str | None  # the intended symbol, when unambiguous
    series: str | None
    known_series: bool
    one_line: str | None = None  # text with a line break in it: the symbol written on one line

    @property
    def syntax_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.layer == "syntax")

    @property
    def profile_problems(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.layer == "profile")

    @property
    def safe(self) -> bool:
        return all(p.safe for p in self.problems)

    @property
    def normalized(self) -> str:
        """The symbol as it should be written, on one line (the text itself when it cannot be corrected)."""
        return self.one_line or self.corrected or self.text

    def describe(self) -> str:
        """One message: every problem, then the expected symbol (or that none can be inferred)."""
        parts = "; ".join(p.message for p in self.problems)
        if self.corrected:
            return f"symbol `{shown(self.text)}`: {parts}; expected `{shown(self.corrected)}`"
        return f"symbol `{shown(self.text)}`: {parts}"


@lru_cache(maxsize=None)
def _res_prefixes() -> dict[str, tuple]:
    """`A/RES` -> (its resolution patterns, the first template, the body): the New York series whose
    resolution symbols are whole only with their numbers."""
    out: dict[str, tuple] = {}
    for r in data().get("resolution_symbols", []):
        template = r.get("template", "")
        prefix = template.split("{", 1)[0].rstrip("/")
        if prefix.endswith("/RES"):
            pats, first, body = out.get(prefix, ((), r.get("shape", template), r.get("body")))
            out[prefix] = (pats + (regexes.compile(r["pattern"]),), first, body)
    return out


def _cut_short(base: str, written: str) -> str | None:
    """The shape of the resolution symbol that ``base`` begins but does not complete
    (`A/RES/75`: `A/RES/{session}/{number}`), or None."""
    for prefix, (pats, template, _) in _res_prefixes().items():
        if (base == prefix or base.startswith(prefix + "/")) and not any(p.match(written) for p in pats):
            return template
    return None


def _res_moved(out: list[str]) -> tuple[int, str] | None:
    """(where `RES` stands, how the series writes its resolution symbols) when `RES` follows the
    session of a resolution symbol of a New York series (`A/75/RES/224`, `A/HRC/37/RES/4`,
    `E/2020/RES/5`) and, moved before it, makes one (`A/RES/75/224`); else None."""
    if "RES" not in out:
        return None
    k = out.index("RES")
    if k < 2 or k + 1 >= len(out):
        return None
    found = _res_prefixes().get("/".join(out[:k - 1]) + "/RES")
    if found is None:
        return None
    pats, shape, body = found
    moved = "/".join([*out[:k - 1], "RES", out[k - 1], *out[k + 1:]])
    for p in pats:
        m = p.match(moved)
        if m and (m.end() == len(moved) or moved[m.end()] == "/"):
            names = language_pack("en").get("citations", {}).get("bodies", {}).get(body) or ()
            return k, f"resolution symbols of the {names[0]} are written `{shape}`" if names else \
                f"resolution symbols of this series are written `{shape}`"
    return None


def slash_hyphens(s: str) -> str:
    """A symbol written with hyphens for its strokes, with strokes: `A-RES-75-224` -> `A/RES/75/224`; a
    special or emergency session keeps its hyphen (`A-RES-ES-10-19` -> `A/RES/ES-10/19`)."""
    out: list[str] = []
    for c in s.split("-"):
        if len(out) > 1 and out[-1] in ("S", "ES") and c[:1].isdigit():
            out[-1] += "-" + c
        else:
            out.append(c)
    return "/".join(out)


def hyphen_form_symbol(token: str) -> bool:
    """Whether a token of a known series written with hyphens (`A-RES-75-224`, `A-C.1-76-L.5`) is a
    symbol: written with strokes it is one, valid, with a component that only a symbol has (`RES`,
    `L.5`, `C.1` …): not a code (`S-300-PMU`, `E-3-4`, `ISO-3166-1`) nor a word (`E-commerce-led`)."""
    if not any(ch.isdigit() for ch in token):
        return False
    slashed = slash_hyphens(token)
    if not _has_symbol_only_component(slashed):  # (first: cheaper than the check)
        return False
    c = check_symbol(slashed)
    return c.valid and c.known_series


def _has_symbol_only_component(slashed: str) -> bool:
    """Whether a symbol has, after its series, a component only symbols have (`RES`, `INF`, `L.5`,
    `C.1`, `Res.3`, `Add.1` …)."""
    kw = _patterns().keyword
    return any(kw.match(comp) for comp in slashed.split("/")[1:])


def shown(symbol: str) -> str:
    """A symbol for a message: a line break in it (a wrapped line) shown as `⏎`."""
    return symbol.replace("\n", "\u23ce")


_TRAILING_PUNCT = ".,;:!?。，；：、"
LOOKALIKES = str.maketrans(_LIKE_LATIN, "ABEKMHOPCTX")
_LOOKALIKE = regexes.compile(f"[{_LIKE_LATIN}]")
_DASH_BETWEEN_NUMBERS = regexes.compile(r"(?<![A-Z])(?<![A-Z]-)([0-9]{1,5}) ?[-\u2013\u2014] ?([0-9]{1,5})$")
_LETTER_FOR_DIGIT = regexes.compile(r"^(?=.*[0-9])(?=.*[Ol])[0-9Ol]{2,5}$")
# `(?<! )`: a run of spaces is tried from its first space only (not from each: quadratic)
# A line break stands for the space before a suffix (or for none: a wrapped line, §2 of
# the markup spec; the inline text joins the lines with "\n", their indentation dropped).
_SUFFIX_AT_END = regexes.compile(r"(?<! )(?P<space> *(?:[-\u2013] *)?|\n)\((?:(?P<year>[0-9]{4})|(?P<roman>(?:S-|ES-)?[IVXLC]{1,7}))\)(?P<extra>[ \n]\((?:Part [IVXLC]{1,5}|Resumption [0-9]{1,2})\))?(?P<star>\*?)$")
_EXTRA_AT_END = regexes.compile(r"(?P<extra>[ \n]?\((?:Part ?[IVXLC]{1,5}|Resumption ?[0-9]{1,2}|Vol\. ?[IVXLC]{1,5})\))(?P<star>\*?)$")


def _body_key(comps: list[str]) -> list[str]:
    """`UNEP/EA.5/…` -> [`UNEP/EA`, …]: the series joined with each body name, numbers dropped."""
    keys = []
    if not comps:
        return keys
    for c in comps[1:3]:
        name = re.match(r"^[A-Za-z]+", c)
        if name:
            keys.append(f"{comps[0]}/{name.group(0)}")
    return keys


@lru_cache(maxsize=4096)
def check_symbol(text: str, year_space: bool = True, joint: bool = False) -> SymbolCheck:
    """Validate one bare symbol (syntax, then profile); correct it when the intent is clear.

    A line break before the suffix (`S/RES/2334⏎(2016)`: a wrapped line) stands for the
    space, or for none where the language writes none, and is kept in the correction.
    ``joint``: the symbol is one part of a joint symbol, which has its own document number."""
    d = data()
    pats = _patterns()
    problems: list[Problem] = []
    fixable = True

    def add(kind, message, layer="syntax", rule="", safe=True):
        problems.append(Problem(kind, message, layer, rule, safe))

    s = text
    if s != s.strip():
        add("whitespace", "leading or trailing whitespace is not part of a symbol")
        s = s.strip()
    stripped = s.rstrip(_TRAILING_PUNCT)
    if stripped != s:
        add("trailing-punctuation", f"`{s[len(stripped):]}` after the symbol is punctuation, not part of it")
        s = stripped
    if len(s) > MAX_LENGTH:
        add("too-long", f"a symbol is at most {MAX_LENGTH} characters")
        return SymbolCheck(text, False, tuple(problems), None, None, False)

    if _LOOKALIKE.search(s):  # `А/RES/75/224` with a Cyrillic `А`
        odd = ", ".join(sorted({f"`{ch}` (U+{ord(ch):04X})" for ch in _LOOKALIKE.findall(s)}))
        add("lookalike", f"{odd}: Cyrillic where a symbol has Latin letters")
        s = s.translate(LOOKALIKES)
    ascii_digits = halfwidth(s)
    if ascii_digits is not s:  # `A/RES/７５/２２４`, typed on a CJK keyboard
        runs = list(dict.fromkeys(FULLWIDTH_RUN.findall(s)))
        written = ", ".join(f"`{r}`" for r in runs)
        read = ", ".join(f"`{halfwidth(r)}`" for r in runs)
        add("fullwidth-digit", f"{written} {'is' if len(runs) == 1 else 'are'} written in full-width digits: "
                               f"a symbol's digits are ASCII ({read})")
        s = ascii_digits
    m = re.match(r"^[A-Z]{1,6}", s)
    series = m.group(0) if m else None

    # file-name style: HSP-OECPR-2025-3, A-RES-75-224 (a session keeps its own: A-RES-ES-10-19)
    if "/" not in s and series and re.match(r"^[A-Z]{1,6}-[A-Za-z0-9]", s) and s.count("-") >= 2:
        # (safe only when a component is one only symbols have, `A-RES-75-224`, `HSP-OECPR.2021-INF-2`:
        # `UNEP-WCMC-2023-5` is a project's code as likely as a symbol)
        s = slash_hyphens(s)
        add("hyphen-separator", "hyphens `-` stand where a symbol has oblique strokes `/`",
            safe=_has_symbol_only_component(s))
    if "\uff08" in s or "\uff09" in s:  # `S/RES/2334（2016）`, typed on a CJK keyboard
        add("fullwidth-bracket", "`（）` are full-width brackets: a symbol's are `()`")
        s = s.replace("\uff08", "(").replace("\uff09", ")")
    if "\uff0f" in s:  # `A／RES／73／239`, typed on a CJK keyboard
        add("fullwidth-stroke", "`／` is a full-width stroke: a symbol's strokes are `/`")
        s = s.replace("\uff0f", "/")
    # spaces around the strokes: `A / RES / 75 / 224`, `S/RES /1019(1995)`
    # ` */ *`, but spaces taken from the start of their run only: linear on long runs of spaces
    spaced = re.sub(r"(?:(?<! ) +)?\u2044 *|(?:(?<! ) +)?/ *", "/", s)
    if spaced != s:
        add("space", "a symbol has no spaces around its oblique strokes `/`")
        s = spaced

    if "\u00a0(" in s:  # (a no-break space before the year, as French word processors write it: the space)
        s = s.replace("\u00a0(", " (")
    # suffixes: year / roman session, (Part I) / (Resumption 1), reissue asterisk
    year = roman = None
    year_gap = ""
    extra = star = ""
    sm = _SUFFIX_AT_END.search(s)
    if sm and sm.start() > 0:
        year, roman, year_gap = sm.group("year"), sm.group("roman"), sm.group("space")
        extra, star = sm.group("extra") or "", sm.group("star")
        s = s[:sm.start()]
    else:
        em = _EXTRA_AT_END.search(s)
        if em and em.start() > 0:
            extra, star = em.group("extra"), em.group("star")
            s = s[:em.start()]
        elif s.endswith("*"):
            star, s = "*", s[:-1]
    if extra and not extra.startswith((" ", "\n")):
        extra = " " + extra
    extra = re.sub(r"\((Part|Resumption|Vol\.) ?", r"(\1 ", extra)

    comps = s.split("/")
    if len(comps) > 1 and comps[-1] == "":
        add("trailing-slash", "a symbol does not end with an oblique stroke `/`")
        while len(comps) > 1 and comps[-1] == "":
            comps.pop()
    if any(c == "" for c in comps[1:]):
        add("empty-component", "two oblique strokes `//` with nothing between them")
        fixable = False

    out: list[str] = [comps[0]] if comps else []
    keys = _body_key(comps)
    # (Nairobi style: a Nairobi body or series, but not a sub-series exempt from it, `UNEP/CBD`)
    nairobi = (bool(set(keys) & set(d.get("nairobi_res_bodies", []))) or (bool(comps) and comps[0] in d.get(
        "nairobi_series", []))) and not (keys and keys[0] in d.get("nairobi_exempt", []))
    dotted_year = set(d.get("dotted_year_bodies", []))
    i = 1
    n = len(comps)
    while i < n:
        c = comps[i]
        nxt = comps[i + 1] if i + 1 < n else None
        if c == "":
            i += 1
            continue
        if pats.component.match(c) and not (c in ("RES", "DEC") and nairobi) and not pats.modifier_any.match(c):
            # a recognised component; the year of HSP/EB and HSP/OECPR joins with a dot
            if nxt and re.fullmatch(r"[0-9]{4}", nxt) and f"{comps[0]}/{c}" in dotted_year and len(out) == 1:
                add("year-body-slash", f"`{c}/{nxt}`: the year joins the body with a dot: `{c}.{nxt}`", "profile", "body")
                out.append(f"{c}.{nxt}")
                i += 2
                continue
            out.append(c)
            i += 1
            continue
        # `2.Add.3`: `.Add` where `/Add.` belongs
        em = pats.embedded_modifier.match(c)
        if em:
            mod = _canonical_modifier(em.group(2), add)
            add("modifier-separator", f"`{c}`: a modifier follows an oblique stroke: `{em.group(1)}/{mod}`")
            out += [em.group(1), mod]
            i += 1
            continue
        mm = pats.modifier_any.match(c)
        if mm:
            out.append(_canonical_modifier(c, add))
            i += 1
            continue
        rm = pats.res_any.match(c)
        if rm and (rm.group(2) or (nxt and re.fullmatch(r"[0-9]{1,5}|S-[0-9]{1,2}|ES-[0-9]{1,2}", nxt))):
            word = rm.group(1)
            kind = "RES" if word.upper() == "RES" else "DEC"
            number = rm.group(2)
            if nairobi:
                want = kind.capitalize()
                if number is None:
                    # `UNEP/EA.5/RES/14` -> `Res.14` (only when a single number follows)
                    number = nxt
                    i += 1
                    written = f"{word}/{number}"
                else:
                    written = c
                if written != f"{want}.{number}":
                    if word == want and "." not in c and rm.group(2):
                        add("missing-dot", f"`{c}` lacks the dot: `{want}.{number}`")
                    else:
                        add("res-style", f"`{written}` must be `{want}.{number}` in a {'/'.join(comps[:2]).split('.')[0]} symbol (Nairobi style)",
                            "profile", "P3")
                out.append(f"{want}.{number}")
            else:
                want = kind
                if number is None:
                    if word != want:
                        add("res-style", f"`{word}` must be `{want}` (upper case, then an oblique stroke) in a New York series symbol",
                            "profile", "P3")
                    out.append(want)
                else:
                    add("res-style", f"`{c}` must be `{want}/{number}` in a New York series symbol", "profile", "P3")
                    out += [want, number]
            i += 1
            continue
        sm2 = pats.slash_type_dot.match(c)
        if sm2:
            word = sm2.group(1).upper()
            add("dot-for-slash", f"`{c}`: `{word}` takes an oblique stroke before its number: `{word}/{sm2.group(2)}`")
            out += [word, sm2.group(2)]
            i += 1
            continue
        if re.fullmatch(r"l[0-9]{1,4}", c):
            add("lowercase-l", f"`{c}` looks like `L.{c[1:]}` written with a lower-case `l` and without its dot", safe=False)
            out.append(f"L.{c[1:]}")
            i += 1
            continue
        dm = pats.dot_type.match(c)
        if dm:
            word = dm.group(1)
            want = next(w for w in d["doctypes"]["dot"] if w.lower() == word.lower())
            if "." not in c:
                add("missing-dot", f"`{c}` lacks the dot: `{want}.{dm.group(2)}`")
            if word != want:
                add("doctype-case", f"`{word}` must be upper case: `{want}`")
            out.append(f"{want}.{dm.group(2)}")
            i += 1
            continue
        nm = pats.numbered_body_nodot.match(c)
        if nm and len(out) <= 3:
            add("missing-dot", f"`{c}` lacks the dot: `{nm.group(1)}.{nm.group(2)}`")
            out.append(f"{nm.group(1)}.{nm.group(2)}")
            i += 1
            continue
        cm = re.fullmatch(r"COP ?([0-9]{1,3})", c)
        if cm:
            add("missing-parentheses", f"`{c}`: the session of the COP is in parentheses: `COP({cm.group(1)})`")
            out.append(f"COP({cm.group(1)})")
            i += 1
            continue
        dn = _DASH_BETWEEN_NUMBERS.fullmatch(c)
        if dn and i == n - 1 and comps[0] in d.get("combined_report_series", []) and len(c) <= 5 \
                and int(dn.group(1)) < int(dn.group(2)):
            out.append(f"{dn.group(1)}-{dn.group(2)}")  # (combined periodic reports: `CO/4-9`)
            i += 1
            continue
        gap = pats.space_for_stroke.fullmatch(c)
        if gap:  # `75 224`, `INF 5`: a space where a stroke belongs
            add("space", f"`{c}`: a space stands where an oblique stroke belongs: `{gap.group(1)}/{gap.group(2)}`")
            out += [gap.group(1), gap.group(2)]
            i += 1
            continue
        sp = pats.spaced_modifier.fullmatch(c)
        if sp:
            add("space", f"`{c}`: a symbol has no spaces; the modifier's number follows its dot: "
                         f"`{sp.group(1)}.{sp.group(2)}`")
            out.append(_canonical_modifier(f"{sp.group(1)}.{sp.group(2)}", add))
            i += 1
            continue
        if dn:
            add("dash-for-slash", f"`{c}`: a dash stands where an oblique stroke belongs: `{dn.group(1)}/{dn.group(2)}`")
            out += [dn.group(1), dn.group(2)]
            i += 1
            continue
        ym = re.fullmatch(r"([0-9]{1,5})\(([0-9]{4})\)", c)
        if ym and i == n - 1 and year is None:
            out.append(ym.group(1))
            year, year_gap = ym.group(2), ""
            i += 1
            continue
        if _LETTER_FOR_DIGIT.match(c):
            fixed = c.replace("O", "0").replace("l", "1")
            add("letter-for-digit", f"`{c}` mixes letters into a number (`O` for `0`, `l` for `1`?): `{fixed}`", safe=False)
            out.append(fixed)
            i += 1
            continue
        add("component", f"`{c}` is not a recognised body, session, document type or modifier")
        fixable = False
        out.append(c)
        i += 1

    # -- suffix and profile rules ------------------------------------------
    moved = _res_moved(out)
    if moved is not None:  # `A/75/RES/224`: RES after the session, where the series has it before
        k, written = moved
        add("res-position", f"`RES` stands after the session `{out[k - 1]}`: {written}", "profile", "RES")
        out[k - 1:k + 1] = ["RES", out[k - 1]]
    base = "/".join(out)
    prefix2 = "/".join(out[:2])
    suffix = ""
    if year is not None:
        allowed = any(base.startswith(p + "/") for p in d.get("year_suffix_allowed", []))
        gap = " " if year_space else ""
        # a line break is where a line was wrapped: the space, or (where none is written) no
        # space; it is kept as it is (a fix does not join the lines)
        wrapped = year_gap == "\n"
        if allowed and year_gap != gap and not wrapped:
            if "-" in year_gap or "\u2013" in year_gap:
                add("year-space", f"no dash stands before the year: `{base}{gap}({year})`", "profile", "P1")
            elif gap:
                add("year-space", f"a space belongs before the year: `{base} ({year})`", "profile", "P1")
            else:
                add("year-space", f"this language writes no space before the year: `{base}({year})`", "profile", "P1")
        suffix = f"{gap if allowed and not wrapped else year_gap}({year})"
    elif roman is not None:
        suffix = f"{year_gap}({roman})"
        if re.match(r"^A/RES/[0-9]+/[0-9]+$", base):
            add("roman-session", f"`({roman})`: a resolution numbered by session (`{base}`) takes no roman session",
                "profile", "P2")
            fixable = False
    if year is None and any(prefix2 == p for p in d.get("year_suffix_required", [])) and len(out) == 3:
        written = f"{base} (YYYY)" if year_space else f"{base}(YYYY)"  # (zh closes it up, §1.3)
        add("missing-year", f"a Security Council resolution symbol carries its year: `{written}`", "profile", "P1")
        fixable = False
    if joint and len(out) < 3:
        add("joint-part", "a part of a joint symbol is a whole symbol, with its own document number "
            "(`A/75/719-S/2021/18`: `A/75/719` and `S/2021/18`)")
        fixable = False
    rebuilt = base + suffix + extra + star
    # the symbol on one line (for the grammar, and for comparing with a citation): a line
    # break read as the space before the suffix, or as none where the language writes none
    flat = rebuilt
    if "\n" in rebuilt:
        line_gap = gap if year is not None and allowed else " "
        flat = base + suffix.replace("\n", line_gap) + extra.replace("\n", " ") + star
    # (a line break, or a no-break space before the year: the symbol as compared is written with a space)
    one_line = text.replace("\n", " ").replace("\u00a0(", " (") if "\n" in text or "\u00a0(" in text else None

    # (a symbol the grammar reads, `A/RES/75`, but not whole: a grammar message says more of the others)
    if not any(p.kind == "missing-year" for p in problems) and (shape := _cut_short(base, flat)) \
            and pats.grammar.match(flat):
        add("cut-short", f"cut short: a resolution symbol of this series is written `{shape}`", "profile", "RES")
        fixable = False
    if not problems:
        if pats.grammar.match(flat):
            return SymbolCheck(text, True, (), None, series, series in known_series(), one_line and flat)
        add("grammar", _grammar_message(out), "syntax")
        return SymbolCheck(text, False, tuple(problems), None, series, series in known_series(), one_line)
    corrected = rebuilt if fixable and rebuilt != text and pats.grammar.match(flat) else None
    if fixable and corrected is None and not pats.grammar.match(flat):
        problems.append(Problem("grammar", _grammar_message(out), "syntax"))
    if corrected and one_line:
        one_line = flat
    return SymbolCheck(text, False, tuple(problems), corrected, series, series in known_series(), one_line)


def _canonical_modifier(c: str, add) -> str:
    pats = _patterns()
    mm = pats.modifier_any.match(c)
    word, num = mm.group(1), mm.group(2)
    want = next(w for w in data()["modifiers"] if w.lower() == word.lower())
    if word != want:
        add("modifier-case", f"`{word}.` must be written `{want}.` (modifiers are mixed case)", "profile", "P4")
    if "." not in c:
        add("missing-dot", f"`{c}` lacks the dot: `{want}.{num}`")
    return f"{want}.{num}"


def _grammar_message(comps: list[str]) -> str:
    if not comps or not re.fullmatch(r"[A-Z]{1,6}", comps[0]):
        return "a symbol begins with an upper-case series (`A`, `S`, `E`, `HSP`, `UNEP` …) and an oblique stroke"
    pats = _patterns()
    for c in comps[1:]:
        if not pats.component.match(c):
            return f"`{c}` is not a recognised body, session, document type or modifier"
    mods = [k for k, c in enumerate(comps) if pats.modifier_any.match(c)]
    prev = comps[mods[0] - 1] if mods else ""
    if mods and not (prev.isdigit() or pats.dot_type.match(prev)):  # (a number, `L.1`, `CRP.7` …)
        return f"`{comps[mods[0]]}` modifies a document's number, which this symbol lacks (`…/123/{comps[mods[0]]}`)"
    return "the components are not in the order series/body/session/document type/modifier"
