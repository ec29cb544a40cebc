"""Which official language a document is written in, when front matter does not say.

Scripts decide Chinese, Arabic and Russian; among the Latin-script languages
the most frequent function words decide (the word lists are language data,
``detect.words`` in each lang/*.yaml file).
"""

from __future__ import annotations

from .. import regexes
from ..analysis.texts import inline_texts  # (the texts the rules read too: listed once)
from . import function_words, latin_function_words

# (runs, counted by their lengths: a list of one string a letter cost most of the time)
_SCRIPTS = (
    ("zh", regexes.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")),
    ("ar", regexes.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")),
    ("ru", regexes.compile(r"[\u0400-\u04ff]+")),
)
_SCRIPT_OF = dict(_SCRIPTS)
_LATIN = regexes.compile(r"[A-Za-zÀ-ÿ]+")  # (its runs are the words of a Latin-script text, too)
_SAMPLE = 1_500  # characters of body text looked at (enough to tell six languages apart)
_CHECK_SAMPLE = 500  # … to see that a declared language is plainly not the text's (every document pays it)


def _letters(rx, sample: str) -> int:
    return sum(map(len, rx.findall(sample)))


def _has_letters(rx, sample: str, count: int) -> bool:
    """Whether ``_letters(rx, sample) >= count``, read only as far as it takes (the usual text in
    its declared script answers after a few words, where counting listed every run)."""
    for m in rx.finditer(sample):
        count -= m.end() - m.start()
        if count <= 0:
            return True
    return count <= 0


def detect_language(doc) -> str | None:
    return detect_text(_sample(doc))


def _sample(doc, limit: int = _SAMPLE) -> str:
    parts, size = [], 0
    for _, _, text in inline_texts(doc):  # enough text to decide, not the whole document
        parts.append(text)
        size += len(text)
        if size >= limit:
            break
    return "\n".join(parts)[:limit]


def contradicted(doc, declared: str) -> str | None:
    """The language the text is plainly written in, when it is not the ``declared`` one (a front
    matter copied from a draft in another language): else None. Plainly: the declared script
    is next to absent from a sample of 100 letters or more, or, among the Latin-script languages,
    another language's function words outnumber the declared one's three to one, six at least.
    (Every document pays for it: the usual case, the text in its declared language, is settled
    by one look at the sample: the declared script's letters, or the function words.)"""
    sample = _sample(doc, _CHECK_SAMPLE)
    if declared in _SCRIPT_OF:  # (a script of its own: Chinese, Arabic, Russian)
        if _has_letters(_SCRIPT_OF[declared], sample, -(-len(sample) // 20)):  # (a twentieth of the sample at least)
            return None
        found = detect_text(sample) if _letters(_ANY_LETTER, sample) >= 100 else None
        return found if found not in (None, declared) else None
    words = _words(sample)
    own = function_words(declared)
    mine = sum(1 for w in words if w in own)
    if mine >= 6 and mine * 5 >= len(words):  # (a fifth of the words are the declared language's own: it is)
        return None
    scores = _function_word_scores(words)
    found = max(scores, key=scores.get, default=None)
    if found is None or found == declared or scores[found] < 6 or scores[found] < 3 * max(scores.get(declared, 0), 1):
        # (the declared Latin language's own words, or too few of another's: unless another script fills the text)
        if sample.isascii() or scores.get(declared, 0) >= 6:
            return None
        counts = {code: _letters(rx, sample) for code, rx in _SCRIPTS}
        best = max(counts, key=counts.get)
        return best if counts[best] >= 10 and counts[best] > 2 * _letters(_LATIN, sample) else None
    return found


def _words(sample: str) -> list[str]:
    return [w.lower() for w in _LATIN.findall(sample)]


def _function_word_scores(words: list[str]) -> dict[str, int]:
    return {code: sum(1 for w in words if w in v) for code, v in latin_function_words().items()}


_ANY_LETTER = regexes.compile(r"[^\W\d_]+")


def detect_text(sample: str) -> str | None:
    counts = {code: _letters(rx, sample) for code, rx in _SCRIPTS}
    latin = _letters(_LATIN, sample)
    best = max(counts, key=counts.get)
    if counts[best] > latin * 0.5 and counts[best] > 0:
        return best
    if latin == 0:
        return None
    scores = _function_word_scores(_words(sample))
    if not scores or max(scores.values()) == 0:
        return None
    return max(scores, key=scores.get)
