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
    return detect_text(_sample(doc))


def _sample(doc) -> str:
    parts, size = [], 0
    for _, content in doc.inlines():  # enough text to decide, not the whole document
        parts.append(content.text)
        size += len(content.text)
        if size >= _SAMPLE:
            break
    return "\n".join(parts)[:_SAMPLE]


def contradicted(doc, declared: str) -> str | None:
    """The language the text is plainly written in, when it is not the ``declared`` one (a front
    matter copied from a draft in another language): else None. Plainly: the declared script
    is next to absent from a sample of 100 letters or more, or, among the Latin-script languages,
    another language's function words outnumber the declared one's three to one, six at least."""
    sample = _sample(doc)
    counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS}
    latin = len(_LATIN.findall(sample))
    if latin + sum(counts.values()) < 100:
        return None
    if declared in counts:  # (a script of its own: Chinese, Arabic, Russian)
        if counts[declared] * 10 >= latin + sum(counts.values()):
            return None
        found = detect_text(sample)
        return found if found not in (None, declared) else None
    best = max(counts, key=counts.get)
    if counts[best] > latin:
        return best
    from . import latin_function_words

    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {code: sum(1 for w in words if w in vocab) for code, vocab in latin_function_words().items()}
    found = max(scores, key=scores.get, default=None)
    if found is None or found == declared or scores[found] < 6 or scores[found] < 3 * max(scores.get(declared, 0), 1):
        return None
    return found


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
