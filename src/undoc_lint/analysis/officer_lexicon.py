"""The words of officer lines, one lexicon per language (for analysis.officers and the BUR rules).

Words come from the language pack (``countries``, ``countries_superseded``, ``countries_informal``,
``groups``, ``groups_informal``, ``officers``, ``officer_lists``, ``vacancy``) and the facts from
member-states.yaml; nothing here depends on a language code. Names are
compared by a *key*: NFKC (so full-width brackets and colons become
half-width), case-folded, dashes and apostrophes unified, spacing collapsed
(and dropped next to punctuation and between CJK characters). Lexicons are
built once per language (``lexicon``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .. import regexes
from ..lang import language_pack, member_states
from ..records import dataclass, field

_DASHES = regexes.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d-]")
_APOSTROPHES = regexes.compile(r"[\u2018\u2019\u02bc\u2032`´]")
_SPACE = regexes.compile(r"\s+")
_SPACE_NEAR_PUNCT = regexes.compile(r"\s*([-()',/])\s*")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_IN_CJK = regexes.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


@lru_cache(maxsize=8192)  # the same titles, States and groups come back line after line
def name_key(text: str) -> str:
    """The comparison key of a name: tolerant of width, case, spacing, dashes and apostrophes."""
    s = unicodedata.normalize("NFKC", text)
    s = _DASHES.sub("-", s)
    s = _APOSTROPHES.sub("'", s)
    s = s.casefold().replace("ё", "е")  # (UN Russian writes е; a draft may write ё: Соединённые Штаты)
    s = _SPACE.sub(" ", s).strip()
    s = _SPACE_NEAR_PUNCT.sub(r"\1", s)
    s = _SPACE_IN_CJK.sub("", s)
    return s


# ------------------------------------------------------------------ lexicon
@dataclass(frozen=True)
class Lexicon:
    """The BUR words of one language, keyed by ``name_key``."""

    language: str
    countries: dict[str, str]  # key -> ISO3
    country_names: dict[str, str]  # key -> the name as written in the pack
    preferred: dict[str, str]  # ISO3 -> the UN short name (first in the pack)
    superseded: dict[str, str]  # key -> ISO3
    superseded_names: dict[str, str]  # key -> the old name as written in the pack
    groups: dict[str, str]  # key -> group id
    group_names: dict[str, str]  # key -> the group name as written
    group_display: dict[str, str]  # group id -> the name used in messages
    groups_verified: bool
    roles: dict[str, str]  # key -> role id
    vacancy: frozenset[str]  # keys, without brackets
    list_titles: frozenset[str] = frozenset()  # keys of the titles that may name several members
    list_separator: Any = None  # compiled: what joins the members of such a line
    informal: dict[str, str] = field(default_factory=dict)  # key -> ISO3: names in use that are not the UN's
    groups_informal: dict[str, str] = field(default_factory=dict)  # key -> group id: likewise, for groups
    regional_bodies: Any = None  # compiled: a regional commission's name or acronym (``regional_bodies``)

    def country(self, text: str) -> str | None:
        return self.countries.get(name_key(text))

    def group(self, text: str) -> str | None:
        return self.groups.get(name_key(text))

    def is_vacancy(self, text: str) -> bool:
        return _strip_brackets(name_key(text)) in self.vacancy

    def suggest_country(self, text: str) -> tuple[str, str] | None:
        """(ISO3, name) of the closest accepted name, or of the current name for a superseded one."""
        key = name_key(text)
        iso = self.superseded.get(key) or self.informal.get(key)
        if iso:
            return iso, self.preferred[iso]
        iso = _only_owner(key, self.countries)  # a part of one State's names: `Tanzania`, `Bolivia`
        if iso:
            return iso, self.preferred[iso]
        match = _closest(key, tuple(self.country_names))
        if match is not None:
            return self.countries[match], self.country_names[match]
        return None

    def near_country(self, text: str) -> bool:
        """Whether the name is close to a State's name (a misspelling; not a part of one)."""
        return _closest(name_key(text), tuple(self.country_names)) is not None

    def suggest_group(self, text: str) -> tuple[str, str] | None:
        """(group id, name in messages) of the group whose names come closest."""
        key = name_key(text)
        gid = self.groups_informal.get(key) or _only_owner(key, self.groups)  # (`African Group`; a part: `African`)
        if gid is None:
            match = _closest(key, tuple(self.group_names))
            gid = self.groups[match] if match is not None else None
        if gid is None:
            return None
        return gid, self.group_display.get(gid, gid)


@lru_cache(maxsize=1024)
def _closest(key: str, keys: tuple[str, ...]) -> str | None:
    if not key:
        return None
    import difflib  # only for suggestions

    found = difflib.get_close_matches(key, keys, n=1, cutoff=0.75)
    if found:
        return found[0]
    if _IDEOGRAPHS.fullmatch(key):  # (`智力` for 智利: a two-character name with one wrong is a ratio of 0.5)
        found = [k for k in keys if len(k) == len(key) and sum(a != b for a, b in zip(k, key)) == 1]
        return found[0] if len(found) == 1 else None
    return None


# Chinese names, where one character written for another of the same sound (`智力`, `秘露`) is the
# usual misspelling: a name with one character changed is suggested when no other name is as near.
_IDEOGRAPHS = regexes.compile(r"[\u3400-\u9fff]{2,}")


def _only_owner(key: str, owners: dict[str, str]) -> str | None:
    """The one owner of the names that contain ``key`` (a part of a name), if there is exactly one."""
    if len(key) < (2 if not key.isascii() else 3):
        return None
    found = {owner for k, owner in owners.items() if key in k}
    return found.pop() if len(found) == 1 else None


def _strip_brackets(key: str) -> str:
    key = key.strip()
    while len(key) >= 2 and key[0] in "([" and key[-1] in ")]":
        key = key[1:-1].strip()
    return key


@lru_cache(maxsize=None)
def lexicon(language: str | None) -> Lexicon:
    pack = language_pack(language)
    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    preferred: dict[str, str] = {}
    for iso, names in (pack.get("countries") or {}).items():
        names = [unicodedata.normalize("NFC", n) for n in names or []]
        if names:
            preferred[iso] = names[0]
        for n in names:
            countries.setdefault(name_key(n), iso)
            country_names.setdefault(name_key(n), n)
    superseded = {name_key(n): iso for n, iso in (pack.get("countries_superseded") or {}).items()}
    superseded_names = {name_key(n): n for n in (pack.get("countries_superseded") or {})}
    groups: dict[str, str] = {}
    group_names: dict[str, str] = {}
    group_display: dict[str, str] = {}
    for gid, names in (pack.get("groups") or {}).items():
        for n in names or []:
            groups.setdefault(name_key(n), gid)
            group_names.setdefault(name_key(n), n)
        if names:
            group_display[gid] = names[0]
    roles = {name_key(t): rid for rid, titles in (pack.get("officers") or {}).items() for t in titles or []}
    vacancy = frozenset(_strip_brackets(name_key(v)) for v in pack.get("vacancy") or [])
    lists = pack.get("officer_lists") or {}
    list_titles = {name_key(t): rid for rid, titles in (lists.get("titles") or {}).items() for t in titles or []}
    roles.update({k: rid for k, rid in list_titles.items() if k not in roles})
    separators = sorted((str(s) for s in lists.get("separators") or [] if str(s).strip()), key=len, reverse=True)
    return Lexicon(pack.get("language") or "en", countries, country_names, preferred, superseded, superseded_names,
                   groups, group_names, group_display, bool(pack.get("group_names_verified", True)), roles, vacancy,
                   frozenset(list_titles), regexes.compile("|".join(map(_separator, separators))) if separators else None,
                   {name_key(n): iso for n, iso in (pack.get("countries_informal") or {}).items()},
                   {name_key(n): gid for gid, names in (pack.get("groups_informal") or {}).items() for n in names or []},
                   _any_name(pack.get("regional_bodies") or []))


def _any_name(names: list[str]) -> Any:
    """One expression for names written whole (not inside a word), in any case; None for none."""
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return regexes.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _separator(sep: str) -> str:
    """An expression for a list separator from the data: a space at either end of it means
    some white space there, none means any (`" and "`, `","`, Arabic `" و"` written onto the name)."""
    body = r"\s+".join(re.escape(w) for w in sep.split())
    # (begins only where a run of white space begins: `\s*,` tried inside a long run of spaces
    # would read the rest of the run at each of its positions)
    return r"(?<!\s)" + (r"\s+" if sep[0].isspace() else r"\s*") + body + (r"\s+" if sep[-1].isspace() else r"\s*")


# ------------------------------------------------------------------ facts
def state(iso3: str) -> dict:
    return member_states().get(iso3) or {}


def electoral_group(iso3: str) -> str | None:
    """The group a Member State counts in for elections (Türkiye and the United States: WEOG)."""
    entry = state(iso3)
    return entry.get("electoral_group") or entry.get("group")
