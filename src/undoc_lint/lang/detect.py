"""Which official language a document is written in, when front matter does not say.

Scripts decide Chinese, Arabic and Russian; among the Latin-script languages
the most frequent function words decide (the word lists are language data,
``detect.words`` in each lang/*.yaml file).
"""

from __future__ import annotations

from .. import regexes

_SCRIPTS = (
    ("zh", regexes.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ar", regexes.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("ru", regexes.compile(r"[\u0400-\u04ff]")),
)
_LATIN = regexes.compile(r"[A-Za-zÀ-ÿ]")
_WORD = regexes.compile(r"[A-Za-zÀ-ÿ]+")
_SAMPLE = 1_500  # characters of body text looked at (enough to tell six languages apart)


def detect_language(doc) -> str | None:
    parts, size = [], 0
    for _, content in doc.inlines():  # enough text to decide, not the whole document
        parts.append(content.text)
        size += len(content.text)
        if size >= _SAMPLE:
            break
    return detect_text("\n".join(parts)[:_SAMPLE])


def detect_text(sample: str) -> str | None:
    counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS}
    latin = len(_LATIN.findall(sample))
    best = max(counts, key=counts.get)
    if counts[best] > latin * 0.5 and counts[best] > 0:
        return best
    if latin == 0:
        return None
    from . import latin_function_words

    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {code: sum(1 for w in words if w in vocab) for code, vocab in latin_function_words().items()}
    if not scores or max(scores.values()) == 0:
        return None
    return max(scores, key=scores.get)
