"""Write the benchmark corpus: N outcome documents of about S bytes each, or one big document.

    python benchmarks/make_corpus.py                       # 1,000 x 12 KB into benchmarks/corpus/
    python benchmarks/make_corpus.py -n 200 -s 4000 -o /tmp/c
    python benchmarks/make_corpus.py --single 100KB        # benchmarks/single/single-100KB.en.undoc.md
    python benchmarks/make_corpus.py --single 10MB --lang zh

Documents are shaped like examples/*.undoc.md, in all six languages in turn
(en, fr, es, ru, ar, zh): the language's front matter and heading, its
instruments in a seeded order with some paragraphs left out, numbering and
footnotes renumbered (see corpus.py). They are valid UNDoc markup (they lint
with at most the examples' own BUR007 infos about vacant offices) and valid
Markdown, named `*.undoc.md`, so markdownlint-cli2 and pymarkdown can read
them too. Deterministic: the same arguments write the same bytes (no
network, no clock). benchmarks/corpus/ is git-ignored.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import LANGS, make_varied_document

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus"
DEFAULT_SINGLE = HERE / "single"  # not inside corpus/, which is linted as a whole


def parse_size(text: str) -> int:
    """`12000`, `12KB`, `12K`, `100kb`, `10MB`, `1.5M` (KB = 1,000 bytes, MB = 1,000,000)."""
    m = re.fullmatch(r"\s*([\d.]+)\s*([kKmM]?)[bB]?\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 12KB, 100KB, 10MB)")
    return int(float(m.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()])


def human(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}MB"
    if n % 1_000 == 0:
        return f"{n // 1_000}KB"
    return f"{n}B"


def write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--count", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("-s", "--size", type=parse_size, default=12_000, help="bytes per document (default 12KB)")
    ap.add_argument("-o", "--out", type=Path, default=None,
                    help="directory (default benchmarks/corpus/, or benchmarks/single/ with --single)")
    ap.add_argument("--seed", type=int, default=2024, help="base seed (default 2024)")
    ap.add_argument("--single", type=parse_size, metavar="SIZE",
                    help="write one document of SIZE (e.g. 100KB, 10MB) instead of the corpus")
    ap.add_argument("--lang", choices=LANGS, default="en", help="language of the --single document (default en)")
    args = ap.parse_args(argv)

    if args.single:
        out = args.out or DEFAULT_SINGLE
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"single-{human(args.single)}.{args.lang}.undoc.md"
        n = write(path, make_varied_document(args.single, args.lang, args.seed))
        print(f"{path}  {n:,} bytes")
        return 0

    out = args.out or DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(args.count - 1)))
    wanted = set()
    total = 0
    digest = hashlib.sha256()
    for i in range(args.count):
        lang = LANGS[i % len(LANGS)]
        name = f"doc-{i:0{width}d}.{lang}.undoc.md"
        text = make_varied_document(args.size, lang, args.seed * 1_000_003 + i)
        total += write(out / name, text)
        digest.update(name.encode() + b"\0" + text.encode("utf-8"))
        wanted.add(name)
    stale = [p for p in out.glob("doc-*.undoc.md") if p.name not in wanted]
    for p in stale:  # left from a run with another -n
        p.unlink()
    print(f"{out}: {args.count} documents, {total:,} bytes "
          f"(mean {total // max(args.count, 1):,}), sha256 {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
