"""Language packs: one YAML file per official language (ar, en, es, fr, ru, zh),
plus member-states.yaml (the facts that do not depend on language).

Rules ask ``language_pack(doc.language)`` for words and patterns; no rule
branches on a language code. YAML is parsed with ruamel.yaml once and kept
as JSON in the user's cache directory (keyed on the file's content hash), so
a pre-commit run does not pay for YAML parsing.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from ..cachedir import cache_path, digest, read_cache, write_cache

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def load_data_file(name: str) -> Any:
    """Parse a YAML data file shipped in this package, through the JSON cache."""
    # A plain path beside this module: importlib.resources costs ~6 ms to import.
    with open(os.path.join(os.path.dirname(__file__), name), "rb") as fh:
        raw = fh.read()
    cached = cache_path("lang", f"{name}.{digest(raw)}.json")
    data = read_cache(cached)
    if data is not None:
        return data
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load(raw.decode("utf-8"))
    write_cache(cached, data)
    return data


@lru_cache(maxsize=None)
def language_pack(code: str | None) -> dict:
    """The language pack for a code; English when the language is unknown."""
    if code not in LANGUAGES:
        code = "en"
    try:
        return load_data_file(f"{code}.yaml")
    except FileNotFoundError:
        return {"language": code}


@lru_cache(maxsize=None)
def member_states() -> dict:
    """ISO3 -> {group, electoral_group?, also?, disputed?, note?}, from member-states.yaml.

    ``group`` is a stable group id (african, asia-pacific, eastern-european,
    latin-american-caribbean, western-european-other) or null (the United
    States); ``electoral_group`` appears only where it differs from ``group``.
    """
    return load_data_file("member-states.yaml")


@lru_cache(maxsize=None)
def function_words(code: str) -> frozenset[str]:
    """A language's most frequent words (``detect.words``), lower-cased: its own pack alone."""
    return frozenset(w.lower() for w in (language_pack(code).get("detect") or {}).get("words") or ())


@lru_cache(maxsize=None)
def latin_function_words() -> dict[str, frozenset[str]]:
    return {code: words for code in ("en", "fr", "es") if (words := function_words(code))}
