from functools import lru_cache

from undoc_lint import regexes
from undoc_lint.analysis.date_templates import compiled
from undoc_lint.analysis.dates import european, month_name, other_digits
from undoc_lint.analysis.texts import digit_texts
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule


@lru_cache(maxsize=None)
def _shape(language):
    """(where a month name stands, folded month name -> as written in the pack, the folded names
    in a tuple for `_closest`), or None."""
    comp = compiled(language)
    pattern = comp.data.get("misspelt_month_shape")
    if not pattern or not comp.months:
        return None
    # a misspelt form -> the month's first (preferred) form; its own form where forms are cases (ru)
    parallel = bool(comp.month_forms)
    names = {comp.fold(w): w if parallel else forms[0] for forms in comp.data.get("month_names") or [] for w in forms}
    return regexes.compile(pattern), names, tuple(names)


@lru_cache(maxsize=None)
def _foreign_months(language) -> frozenset:
    """The month names of the other languages (folded): `June` in a draft declared French is no
    misspelling of `juin`, but English: the draft is not in the language it declares."""
    from undoc_lint.lang import LANGUAGES

    return frozenset(w.casefold() for other in LANGUAGES if other != language
                     for forms in compiled(other).data.get("month_names") or [] for w in forms)


@lru_cache(maxsize=4096)
def _closest(word: str, names: tuple[str, ...]) -> str | None:
    """The month name a misspelt word stands for: close (a ratio of 0.75), with its first letter."""
    import difflib  # only when a word is no month name

    found = difflib.get_close_matches(word, [n for n in names if n[:1] == word[:1]], n=1, cutoff=0.75)
    return found[0] if found else None


class MisspeltMonth(Rule):
    """A date's month name is misspelt, so no date rule reads the date.

    What it checks:
        Where a month name stands in a date of the document's language
        (`31 Juen 2023`, `le 31 févier 2024`, `30 de septimbre de 2023`,
        `31 майя 2019 года`, `9 حزيرن/يونيه 2023`: `misspelt_month_shape` in
        the language pack), a word that is no month name but close to one,
        with the same first letter. Chinese writes months in figures.

    Why:
        A misspelt month hides the date from every other check: `31 févier`
        is an impossible date that DATE001 cannot see until the month is
        spelt right.

    Example:
        ```undoc fail lang=fr
        1. *Décide* de se réunir le 31 févier 2024 ;
        ```
        ```expect
        1:32 DATE009 `février`
        ```
        ```undoc fixed
        1. *Décide* de se réunir le 31 février 2024 ;
        ```
        ```undoc pass lang=en
        1. *Decides* to meet on 31 January 2024 and on 5 Member States 2023.
        ```

    Fix safety:
        Unsafe: the closest month name is a guess (`Mai` may be `mai` or
        `mars`).
    """

    code = "DATE009"
    name = "misspelt-month"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc):
        shape = _shape(doc.language)
        if shape is None:
            return
        pattern, names, known = shape
        comp = compiled(doc.language)
        read = european if other_digits(doc) else None  # (`３１ Juen ２０２３`: its digits read as ASCII ones)
        for _, inline, written in digit_texts(doc):
            text = written if read is None else read(written)
            for m in pattern.finditer(text):
                if m.start() and text[m.start() - 1].isdigit():
                    continue  # (`123 Juen 2023`: no day; checked here, a look-behind in the pattern cost a third more)
                word = m.group("word")
                folded = comp.fold(word)
                if folded in comp.months or folded in comp.weekdays:
                    continue
                if "/" in folded and all(half in comp.months for half in folded.split("/")):
                    continue  # (`حزيران/مايو`, two months in one pair: DATE008's)
                best = _closest(folded, known)
                # (the other languages' months only then: reading their packs costs a process start-up)
                if best is None or word.casefold() in _foreign_months(doc.language):
                    continue
                name = names[best]
                form = (comp.data.get("style") or {}).get("day_month_form")
                if form is not None and comp.month_forms:  # (after a day, the case it takes: ru `марта`, not `март`)
                    name = month_name(doc.language, comp.months[best], form)
                if word[:1].isupper() and not name[:1].isupper():  # (a capital that begins a sentence stays)
                    name = name[:1].upper() + name[1:]
                span = inline.span_of(m.start("word"), m.end("word"))
                shown = written[m.start():m.end()]  # (as written)
                yield self.diagnostic(span, f"`{word}` in `{shown}` is no month name: did you mean `{name}`? "
                                            f"(the date is checked once the month is spelt right)",
                                      Fix(f"write `{name}`", (Edit(span.start, span.end, name),), safe=False))
