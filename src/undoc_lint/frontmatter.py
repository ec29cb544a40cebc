"""Front matter (spec §1): YAML read with ruamel.yaml, positions mapped to the file.

ruamel.yaml is imported only when a document has front matter. The
round-trip loader is used for its key/value positions; it builds plain
mappings, sequences and scalars only (no tag ever constructs a Python
object), and aliases are expanded under a budget so an alias bomb is a
diagnostic, not a hang.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any

from . import regexes
from .diagnostics import Diagnostic
from .model import FrontMatter, FrontMatterEntry
from .source import Source
from .syntax import syn

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
DISTRIBUTIONS = ("General", "Limited", "Restricted")
KEYS = ("symbol", "language", "original", "body", "meeting", "session", "dates", "venue", "distribution", "agenda_item")
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_ISO_INTERVAL = regexes.compile(rf"^({_ISO_DATE})(?:/({_ISO_DATE}|\d{{2}}-\d{{2}}|\d{{2}}))?$")
_MAX_NODES = 10_000  # plain values built from the YAML, aliases expanded


_MAX_DEPTH = 100  # brackets nested in the front matter's YAML (its values are a few levels deep)
_QUOTED = regexes.compile(r"'[^'\n]*'|\"(?:[^\"\\\n]|\\.)*\"")
_BRACKET = regexes.compile(r"[\[\]{}]")


def _flow_depth(yaml_text: str) -> int:
    """How deep `[` and `{` nest, outside quoted strings (a cheap look before ruamel reads it)."""
    if yaml_text.count("[") + yaml_text.count("{") <= _MAX_DEPTH:
        return 0
    depth = deepest = 0
    for m in _BRACKET.finditer(_QUOTED.sub("", yaml_text)):
        depth = depth + 1 if m.group(0) in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


class _TooLarge(Exception):
    pass


def parse_dates(value: Any) -> tuple[_dt.date, _dt.date] | None:
    """`2021-06-29` or `2021-06-29/2021-07-01` (end may be abbreviated) -> (start, end)."""
    if isinstance(value, _dt.date):
        return value, value
    m = _ISO_INTERVAL.match(str(value).strip())
    if not m:
        return None
    try:
        start = _dt.date.fromisoformat(m.group(1))
        end_text = m.group(2)
        if not end_text:
            return start, start
        end_text = m.group(1)[: 10 - len(end_text)] + end_text  # 07-01 -> 2021-07-01
        end = _dt.date.fromisoformat(end_text)
    except ValueError:
        return None
    return (start, end) if end >= start else None  # (an interval that runs backwards is none)


def iso_dates(interval: tuple[_dt.date, _dt.date]) -> str:
    """(first, last) as the front matter's `dates` writes it: `2021-06-29`, `2021-06-29/2021-07-01`."""
    a, b = interval
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


def declared_dates(doc) -> tuple[FrontMatterEntry, tuple[_dt.date, _dt.date]] | None:
    """The front matter's `dates` entry and the days it gives (first, last); None when there is
    none or it is malformed (SYN008 reports that). Read once per document (DATE006, NUM010 and
    SYM008 ask for it)."""
    found = doc.cache.get("frontmatter.dates", _UNREAD)
    if found is _UNREAD:
        entry = doc.front_matter.entries.get("dates") if doc.front_matter is not None else None
        dates = parse_dates(entry.value) if entry is not None else None
        found = doc.cache["frontmatter.dates"] = None if dates is None else (entry, dates)
    return found


_UNREAD = object()  # (declared_dates: not read yet, where None is the answer "no dates")


def _backwards(value: Any) -> str | None:
    """`2021-07-01/06-29`: its end, written out, when it comes before its start."""
    m = _ISO_INTERVAL.match(str(value).strip())
    if not m or not m.group(2):
        return None
    try:
        end = m.group(1)[: 10 - len(m.group(2))] + m.group(2)
        return end if _dt.date.fromisoformat(end) < _dt.date.fromisoformat(m.group(1)) else None
    except ValueError:
        return None


def read_front_matter(source: Source, start: int, end: int, diags: list[Diagnostic]) -> FrontMatter:
    """Read the front matter between offsets start (the first `---`) and end (after the last `---`)."""
    text = source.text
    first_nl = text.index("\n", start) if "\n" in text[start:end] else text.index("\r", start)
    body_start = first_nl + 1
    body_end = text.rfind("---", start, end)
    yaml_text = text[body_start:body_end]
    base_line = source.line_of(body_start)
    span = source.span(start, end)
    path = source.path

    def at(line: int, col: int) -> int:
        idx = base_line + line
        if idx >= len(source.line_starts):
            return body_end
        return min(source.line_starts[idx] + col, body_end)

    def line_end(offset: int) -> int:
        stop = offset
        while stop < body_end and text[stop] not in "\r\n":
            stop += 1
        return stop

    simple = simple_mapping(yaml_text)
    if simple is not None:  # the usual `key: text` lines: no need to load ruamel.yaml
        data, positions = simple
    elif (depth := _flow_depth(yaml_text)) > _MAX_DEPTH:
        # (ruamel reads nesting by recursion: 5,000 brackets took seconds before it gave up)
        diags.append(syn("SYN006", span, f"malformed front matter: brackets nested {depth} deep (at most "
                                         f"{_MAX_DEPTH})", path))
        return FrontMatter(span, {}, {}, valid=False)
    else:
        import warnings

        from ruamel.yaml.error import MarkedYAMLError, YAMLError

        try:
            with warnings.catch_warnings():  # ruamel warns on stderr (reused anchors …): not our output
                warnings.simplefilter("ignore")
                loaded = _yaml().load(yaml_text) if yaml_text.strip() else {}
            if loaded is None:  # only comments (or `~`): an empty front matter, as when there is nothing
                loaded = {}
            data = _plain(loaded, [0])
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            off = at(mark.line, mark.column) if mark else start
            what = "; ".join(p for p in (exc.context, exc.problem) if p)
            where = f" (YAML line {mark.line + 1}, column {mark.column + 1})" if mark else ""
            diags.append(syn("SYN006", source.span(off, line_end(off)), f"malformed front matter: {what}{where}", path))
            return FrontMatter(span, {}, {}, valid=False)
        except _TooLarge:
            diags.append(syn("SYN006", span, f"front matter expands to more than {_MAX_NODES} values (YAML aliases?)", path))
            return FrontMatter(span, {}, {}, valid=False)
        except Exception as exc:  # noqa: BLE001 - YAMLError, and what ruamel raises on odd input (a merge key
            # that refers to its own mapping: AttributeError; a mapping as a key: TypeError): malformed, not a crash
            what = " ".join(str(exc).split()) or type(exc).__name__
            if not isinstance(exc, YAMLError):
                what = f"the YAML cannot be read (a key or alias that refers to itself?: {what})"
            diags.append(syn("SYN006", span, f"malformed front matter: {what}", path))
            return FrontMatter(span, {}, {}, valid=False)
        positions = _positions(loaded, data)

    if not isinstance(data, dict):
        diags.append(syn("SYN006", span, "front matter must be a YAML mapping of keys to values", path))
        return FrontMatter(span, {}, {}, valid=False)

    entries: dict[str, FrontMatterEntry] = {}
    for key, value in data.items():
        key_s = str(key)
        kl, kc, vl, vc = positions.get(key, (0, 0, 0, 0))
        k0 = at(kl, kc)
        v0 = at(vl, vc)
        entry = FrontMatterEntry(key_s, value, source.span(k0, k0 + len(key_s)), source.span(v0, line_end(v0)))
        entries[key_s] = entry
        _check_entry(entry, diags, path)
    return FrontMatter(span, data, entries)


def _positions(loaded, data) -> dict:
    """key -> (key line, key column, value line, value column), 0-based, from ruamel."""
    lc = getattr(loaded, "lc", None)
    out = {}
    if not isinstance(data, dict):  # a scalar or a list: reported by the caller
        return out
    for key in data:
        try:
            out[key] = (*lc.key(key), *lc.value(key))
        except Exception:  # a key whose position ruamel does not keep
            pass
    return out


# A line `key: value` whose value YAML reads as plain text: no quotes, flow or
# block indicators, anchors, tags or comments, and not a number, boolean or null.
_SIMPLE_LINE = regexes.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*):[ ]+(?P<value>[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^#:\t\r\n]|:(?![ ]|$))*?)[ ]*")
_NOT_TEXT = regexes.compile(r"[-+]?[0-9_.]+(?:[eE][-+]?[0-9]+)?|[-+]?0[boxBOX][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)"
                       r"|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|[yYnN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF")


def simple_mapping(yaml_text: str) -> tuple[dict, dict] | None:
    """(data, positions) when every line is blank, a comment, or `key: plain text`
    with distinct keys, which is what ruamel.yaml would read too; else None."""
    data, positions = {}, {}
    for n, line in enumerate(yaml_text.splitlines()):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _SIMPLE_LINE.fullmatch(line.rstrip("\r"))
        if m is None or m.group("key") in data or _NOT_TEXT.fullmatch(m.group("value")):
            return None
        data[m.group("key")] = m.group("value")
        positions[m.group("key")] = (n, 0, n, m.start("value"))
    return (data, positions) if data else None


@lru_cache(maxsize=1)
def _constructor():
    """ruamel's round-trip constructor, keeping timestamps as text (checked by parse_dates)."""
    from ruamel.yaml.constructor import RoundTripConstructor

    class _Constructor(RoundTripConstructor):
        pass

    _Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)
    return _Constructor


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _constructor()
    return yaml


def _check_entry(entry: FrontMatterEntry, diags: list[Diagnostic], path: str) -> None:
    key, value = entry.key, entry.value
    if key not in KEYS:
        from difflib import get_close_matches

        close = get_close_matches(key, KEYS, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else f" (known keys: {', '.join(KEYS)})"
        diags.append(syn("SYN007", entry.key_span, f"unknown front-matter key `{key}`{hint}", path))
        return
    bad = None
    if key in ("language", "original") and value not in LANGUAGES:
        bad = f"`{key}` must be one of {', '.join(LANGUAGES)}, not {value!r}"
    elif key == "distribution" and value not in DISTRIBUTIONS:
        bad = f"`distribution` must be one of {', '.join(DISTRIBUTIONS)}, not {value!r}"
    elif key == "dates" and parse_dates(value) is None:
        if end := _backwards(value):
            bad = f"`dates` runs backwards: it ends on {end}, before it starts; expected the earlier date first"
        else:
            bad = f"`dates` must be an ISO 8601 date or interval that exists (2021-06-29/2021-07-01), not {value!r}"
    elif key not in ("dates",) and isinstance(value, (dict, list)):
        bad = f"`{key}` must be a single value, not a {'mapping' if isinstance(value, dict) else 'list'}"
    if bad:
        diags.append(syn("SYN008", entry.value_span, bad, path))


def _plain(node: Any, budget: list[int]) -> Any:
    """ruamel's round-trip objects -> plain Python values, counting every value built."""
    budget[0] += 1
    if budget[0] > _MAX_NODES:
        raise _TooLarge
    if isinstance(node, dict):
        return {(_plain(k, budget) if not isinstance(k, str) else str(k)): _plain(v, budget) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_plain(v, budget) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, (_dt.datetime, _dt.date)):
        return node
    return str(node)
