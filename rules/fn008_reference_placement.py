from functools import lru_cache

from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.lang import language_pack
from undoc_lint.model import OBJECT_REPLACEMENT
from undoc_lint.rule import Rule


@lru_cache(maxsize=None)
def _placement(language):
    data = language_pack(language).get("footnotes") or {}
    return (data.get("reference_position"), frozenset(data.get("punctuation") or ""),
            tuple(data.get("abbreviations") or ()))


def _ends_abbreviation(text: str, end: int, abbreviations: tuple[str, ...]) -> bool:
    """text[:end] ends with an abbreviation (`etc.`) as a word of its own: its dot is not the sentence's."""
    for a in abbreviations:
        s = end - len(a)
        if s >= 0 and text.startswith(a, s) and (s == 0 or not text[s - 1].isalnum()):
            return True
    return False


def _dot_of_no_sentence(text: str, i: int, j: int) -> bool:
    """The dot before the references at text[i:j] does not end the sentence: an ellipsis
    (`régions...[^1]`), a dotted or one-letter abbreviation (`EE.UU.[^1]`, `т. д.[^1]`), or the
    sentence goes on in lower case or with a number (`párr.[^2] 3`)."""
    if text[i - 1] != ".":
        return False
    if i >= 2 and text[i - 2] == ".":
        return True
    k = i - 1
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:i - 1]
    if "." in word or (len(word) == 1 and word.islower()):
        return True
    rest = text[j:j + 3].lstrip(" \u00a0\u202f")
    return bool(rest) and (rest[0].islower() or rest[0].isdigit())


class ReferencePlacement(Rule):
    """Footnote references stand on the side of the punctuation that the language's style wants.

    What it checks:
        A footnote reference right next to a comma, full stop, semicolon or
        colon: in English it follows the punctuation (`2019,[^2]`), in
        French and Spanish it precedes it (`2019[^2],`). The position and
        the punctuation marks are language data (`footnotes` in the
        language pack); languages without a rule there are not checked.

    Why:
        "The indicator goes after punctuation in English, and before
        punctuation in French and Spanish" (Editorial Manual, footnotes);
        translated drafts keep the other language's order.

    Example:
        ```undoc fail lang=en
        *Recalling* its resolution 75/224[^1],

        [^1]: A/RES/75/224.
        ```
        ```expect
        1:34 FN008
        ```
        ```undoc fixed
        *Recalling* its resolution 75/224,[^1]

        [^1]: A/RES/75/224.
        ```
        ```undoc pass lang=fr
        *Rappelant* sa résolution 75/224[^1],

        [^1]: A/RES/75/224.
        ```
        A reference between two marks already stands on the right side of
        one of them; the other is not this rule's business (a swap would
        only double it). Nor is the dot of an abbreviation (`etc.`, listed
        in the language pack; a dotted one, `EE.UU.`, or one of one letter,
        `т. д.`), of an ellipsis, or a dot after which the sentence goes on
        in lower case or with a number (`párr.[^2] 3`) a full stop:
        ```undoc pass lang=en
        *Recalling* its resolution 75/224,[^1], and decides.

        [^1]: A/RES/75/224.
        ```
        ```undoc pass lang=fr
        *Rappelant* les plans, les programmes, etc.[^1]

        [^1]: A/RES/75/224.
        ```

    Fix safety:
        Safe: the punctuation mark and the reference (or references) trade
        places; no character is added or lost. No fix when a blank stands
        before references that belong after the mark (`report [^1],`: the
        swap would leave `report ,[^1]`).
    """

    code = "FN008"
    name = "footnote-reference-placement"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc):
        position, punctuation, abbreviations = _placement(doc.language)
        if position not in ("after", "before"):
            return
        for block in doc.blocks:  # (a loop of its own: doc.inlines(), a generator, cost more)
            content = getattr(block, "content", None)
            if content is None or not content.refs:  # (before the text is read: most blocks have no reference)
                continue
            text = content.text
            i = text.find(OBJECT_REPLACEMENT)
            while i >= 0:
                j = _run_end(text, i)  # a run of references at one place, `[^1][^2]` or `[^1],[^2]`
                if text[j:j + 1] == ":" and (i == 0 or text[i - 1] == "\n"):  # (an indented `[^1]:`: SYN015's)
                    i = text.find(OBJECT_REPLACEMENT, j)
                    continue
                before = i > 0 and text[i - 1] in punctuation
                after = j < len(text) and text[j] in punctuation
                if position == "after" and after and not before:
                    # (a blank before the references, `report [^1],`: swapping them would leave `report ,[^1]`,
                    # and what the blank should become is not this rule's to say: no fix)
                    blank = 0 < i and text[i - 1] in " \t\n"
                    yield from self.report(content, i, j, j, j + 1, "after", fixable=not blank)
                elif position == "before" and before and not after and not _ends_abbreviation(text, i, abbreviations) \
                        and not _dot_of_no_sentence(text, i, j):
                    # the space French sets before `;` `:` stays with its mark: `exécutive[^3] ;`
                    ps = i - 1
                    while ps > 0 and text[ps - 1] in _SPACES:
                        ps -= 1
                    yield from self.report(content, i, j, ps, i, "before")
                i = text.find(OBJECT_REPLACEMENT, j)

    def report(self, content, ref_start, ref_end, punct_start, punct_end, position, fixable=True):
        refs = content.span_of(ref_start, ref_end)
        punct = content.span_of(punct_start, punct_end)
        src = self._doc.text
        mark = src[punct.start:punct.end]  # (with the spaces before it, where they stay with it)
        calls = src[refs.start:refs.end]
        first, last = min(refs.start, punct.start), max(refs.end, punct.end)
        if last - first != len(mark) + len(calls):
            return  # something stands between them in the source (an escape, a comment): no safe swap
        swapped = mark + calls if position == "after" else calls + mark
        where = "after" if position == "after" else "before"
        yield self.diagnostic(refs, f"footnote reference {calls} should stand {where} the `{mark.strip()}` in this language",
                              Fix(f"write `{swapped}`", (Edit(first, last, swapped),)) if fixable else None)


_SPACES = " \u00a0\u202f"


def _run_end(text: str, i: int) -> int:
    """The end of the run of references from ``i``: several calls at one place, joined or
    separated by a comma (un-domain.md §3.3: "several indicators at one place are separated
    by commas"), whose comma is no sentence punctuation."""
    j, n = i, len(text)
    while j < n and text[j] == OBJECT_REPLACEMENT:
        j += 1
        k = j + 1 if j < n and text[j] in ",，" else j
        k = k + 1 if k < n and text[k] == " " and k > j else k
        if k > j and k < n and text[k] == OBJECT_REPLACEMENT:
            j = k
    return j
