"""Deterministic benchmark documents made from the examples.

`make_document(size)` returns a UNDoc text of about `size` bytes: the
examples' instruments repeated (numbering and footnotes kept valid), in
English and Chinese alternately. It is what parse_throughput.py has always
used, so its figures stay comparable.

`make_varied_document(size, lang, seed)` returns one outcome document of
about `size` bytes in one language (en, fr, es, ru, ar, zh), shaped like that
language's example: its front matter and heading, then the example's
instruments in a seeded random order (repeated as needed), each with some
preambular and operative paragraphs left out. Operative paragraphs,
instrument numbers (2023/1, 2023/2, … per kind of instrument) and footnotes
(in order of first reference, unused definitions dropped) are renumbered so
the markup stays valid. Used by make_corpus.py. Standard library only; no
network; the same arguments always give the same text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.undoc.md"))
LANGS = ("en", "fr", "es", "ru", "ar", "zh")


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---\n", 1)[1]
    return text


def make_document(size: int) -> str:
    """About `size` bytes of markup; footnote labels renumbered so they stay unique."""
    bodies = [_body(p) for p in EXAMPLES]
    out, total, offset, i = [], 0, 0, 0
    while total < size:
        body = bodies[i % len(bodies)]
        labels = sorted({int(m) for m in re.findall(r"\[\^(\d+)\]", body)})
        shifted = re.sub(r"\[\^(\d+)\]", lambda m: f"[^{int(m.group(1)) + offset}]", body)
        offset += len(labels)
        out.append(shifted)
        total += len(shifted.encode("utf-8"))
        i += 1
    text = "".join(out)
    data = text.encode("utf-8")[:size]
    text = data.decode("utf-8", "ignore")
    return text[: text.rfind("\n") + 1] if "\n" in text else text


# --- varied documents, one language each -------------------------------------

_OPERATIVE = re.compile(r"^(\d+)\.(\s)")
_INSTRUMENT_NO = re.compile(r"(\d{4})/(\d+)")
_FN_REF = re.compile(r"\[\^(\d+)\](?!:)")
_FN_DEF = re.compile(r"^\[\^(\d+)\]:", re.MULTILINE)


@dataclass
class _Unit:
    """A run of blank-line-separated blocks that must stay together."""

    kind: str  # "heading" | "section" | "subject" | "preamble" | "operative" | "footnote" | "other"
    text: str  # blocks joined by blank lines, no trailing newline


@dataclass
class _Instrument:
    key: str  # kind of instrument: the heading around its number
    start: int  # its number in the example (2023/5 -> 5)
    units: list[_Unit]


def _blocks(text: str) -> list[str]:
    return [b for b in re.split(r"\n[ \t]*\n", text.strip("\n")) if b.strip()]


def _instrument(text: str) -> _Instrument:
    blocks = _blocks(text)
    heading = blocks[0]
    m = _INSTRUMENT_NO.search(heading)
    after = re.split(r"[:：.]| :", heading[m.end():], maxsplit=1)[0] if m else ""
    key = (heading[: m.start()] if m else heading) + "#" + after
    units: list[_Unit] = [_Unit("heading", heading)]
    seen_operative = False
    for block in blocks[1:]:
        first = block.lstrip("\ufeff")
        attach = block[:1] in (" ", "\t") or first.startswith("- ")
        if attach and units[-1].kind in ("operative", "preamble", "subject", "other"):
            units[-1].text += "\n\n" + block  # nested list or bullets belong to the paragraph above
            continue
        if first.startswith("#"):
            kind = "section"
        elif first.startswith("[^") and _FN_DEF.match(first):
            kind = "footnote"
        elif _OPERATIVE.match(first):
            kind, seen_operative = "operative", True
        elif first.startswith("<!--"):
            kind = "other"
        elif len(units) == 1:
            kind = "subject"  # "*The Executive Board*,"
        elif not seen_operative:
            kind = "preamble"
        else:
            kind = "other"
        units.append(_Unit(kind, block))
    return _Instrument(key, int(m.group(2)) if m else 1, units)


@dataclass
class _Template:
    header: str  # front matter, comment, title lines, the document heading
    instruments: list[_Instrument]


_TEMPLATES: dict[str, _Template] = {}


def _template(lang: str) -> _Template:
    if lang not in _TEMPLATES:
        paths = [p for p in EXAMPLES if p.name.endswith(f".{lang}.undoc.md")]
        if not paths:
            raise ValueError(f"no example in examples/ for language {lang!r}")
        text = paths[0].read_text(encoding="utf-8").replace("\r\n", "\n")
        parts = re.split(r"(?m)^(?=## )", text)
        _TEMPLATES[lang] = _Template(parts[0].rstrip("\n"), [_instrument(p) for p in parts[1:]])
    return _TEMPLATES[lang]


def _vary(inst: _Instrument, rng: random.Random, keep_operative: int | None = None) -> list[_Unit]:
    """The instrument's units with some paragraphs left out (at least one operative per section)."""
    units = list(inst.units)
    preamble = [i for i, u in enumerate(units) if u.kind == "preamble"]
    drop: set[int] = {i for i in preamble[1:] if rng.random() < 0.25}
    # operative paragraphs grouped by lettered section; keep the first of each section
    sections: list[list[int]] = [[]]
    for i, u in enumerate(units):
        if u.kind == "section":
            sections.append([])
        elif u.kind == "operative":
            sections[-1].append(i)
    for group in sections:
        drop |= {i for i in group[1:] if rng.random() < 0.2}
    if keep_operative is not None:  # truncate: keep only the first N operative paragraphs
        ops = [i for i, u in enumerate(units) if u.kind == "operative" and i not in drop]
        cut = ops[keep_operative:]
        if cut:
            last = cut[0]
            drop |= {i for i, u in enumerate(units) if i >= last and u.kind not in ("footnote",)}
    out = [u for i, u in enumerate(units) if i not in drop]
    n = 0
    renumbered = []
    for u in out:
        if u.kind == "operative":
            n += 1
            u = _Unit(u.kind, _OPERATIVE.sub(lambda m, n=n: f"{n}.{m.group(2)}", u.text, count=1))
        renumbered.append(u)
    return renumbered


def _renumber_footnotes(text: str) -> str:
    """Labels 1..n in order of first reference; definitions nobody references dropped."""
    order: dict[str, int] = {}
    for m in _FN_REF.finditer(text):
        order.setdefault(m.group(1), len(order) + 1)
    lines = text.split("\n")
    kept = []
    for line in lines:
        d = _FN_DEF.match(line)
        if d and d.group(1) not in order:
            continue
        kept.append(line)
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r"\[\^(\d+)\]", lambda m: f"[^{order.get(m.group(1), m.group(1))}]", text)


def make_varied_document(size: int, lang: str = "en", seed: int = 0) -> str:
    """One document of about `size` bytes (UTF-8) in `lang`; deterministic in (size, lang, seed)."""
    text = _make(size, lang, seed)
    got = len(text.encode("utf-8"))
    if got < size * 0.99:  # dropped footnote definitions and shorter labels: aim a little higher
        text = _make(int(size * size / got), lang, seed)
    return text


def _make(size: int, lang: str, seed: int) -> str:
    tpl = _template(lang)
    rng = random.Random(f"undoc-lint-bench/{lang}/{seed}")
    header = tpl.header
    chunks: list[str] = [header]
    total = len(header.encode("utf-8")) + 2
    counters: dict[str, int] = {}
    for inst in tpl.instruments:  # each kind numbered from the example's first number
        counters[inst.key] = min(counters.get(inst.key, inst.start), inst.start)
    # footnote labels made unique across repeated instruments (renumbered at the end): each
    # instrument's labels shifted by a multiple of the example's largest label
    step = max((int(x) for x in re.findall(r"\[\^(\d+)\]", tpl.header + "".join(
        u.text for i in tpl.instruments for u in i.units))), default=0) + 1
    label = 0
    pool: list[_Instrument] = []
    while total < size:
        if not pool:
            pool = list(tpl.instruments)
            rng.shuffle(pool)
        inst = pool.pop()
        units = _vary(inst, rng)
        body = _render(inst, units, counters, label)
        nbytes = len(body.encode("utf-8")) + 2
        if total + nbytes > size * 1.03 and len(chunks) > 1:
            # the last instrument: as many operative paragraphs as fit (at least one)
            n_ops = sum(u.kind == "operative" for u in units)
            while n_ops > 1 and total + nbytes > size * 1.03:
                n_ops -= 1
                units = _vary(inst, random.Random(rng.random()), keep_operative=n_ops)
                body = _render(inst, units, counters, label)
                nbytes = len(body.encode("utf-8")) + 2
            if total + nbytes > size * 1.10:
                break
        _commit(inst, counters)
        label += step
        chunks.append(body)
        total += nbytes
    return _renumber_footnotes("\n\n".join(chunks) + "\n")


def _render(inst: _Instrument, units: list[_Unit], counters: dict[str, int], label: int) -> str:
    number = counters.get(inst.key, inst.start)
    text = "\n\n".join(u.text for u in units)
    head, _, rest = text.partition("\n")
    head = _INSTRUMENT_NO.sub(lambda m: f"{m.group(1)}/{number}", head, count=1)
    text = head + ("\n" + rest if rest else "")
    return re.sub(r"\[\^(\d+)\]", lambda m: f"[^{int(m.group(1)) + label}]", text)


def _commit(inst: _Instrument, counters: dict[str, int]) -> None:
    counters[inst.key] = counters.get(inst.key, inst.start) + 1
