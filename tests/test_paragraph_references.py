"""NUM001's renumbering is unsafe when the text refers to a paragraph it renumbers, in every language."""

import pytest

from undoc_lint.analysis.numbering import paragraph_references
from undoc_lint.api import parse_text
from undoc_lint.runner import Linter, Selection

REFERENCES = {
    "en": ("as set out in paragraphs 3 and 5 above, and in paragraph 7", {3, 5, 7}),
    "fr": ("conformément aux paragraphes 3 et 5 ci-dessus et au paragraphe 7", {3, 5, 7}),
    "es": ("de conformidad con los párrafos 3 y 5 supra y el párrafo 7", {3, 5, 7}),
    "ru": ("в соответствии с пунктами 3 и 5 выше и пунктом 7", {3, 5, 7}),
    "ar": ("وفقا للفقرتين 3 و 5 أعلاه والفقرة 7", {3, 5, 7}),
    "zh": ("依照上文第 3 和 5 段以及第7段", {3, 5, 7}),
}


@pytest.mark.parametrize("language", sorted(REFERENCES))
def test_references_are_read(language):
    text, numbers = REFERENCES[language]
    doc = parse_text(f"---\nlanguage: {language}\n---\n\n{text}\n", "t.undoc.md")
    assert paragraph_references(doc) == numbers


@pytest.mark.parametrize("language", sorted(REFERENCES))
def test_the_renumbering_that_changes_a_referred_paragraph_is_unsafe(language):
    text, _ = REFERENCES[language]
    draft = f"---\nlanguage: {language}\n---\n\n1. A.\n\n3. B.\n\n4. C.\n\n5. {text}.\n"
    _, [d] = Linter(Selection(select=["NUM001"])).lint_text(draft, "t.undoc.md")
    assert not d.fix.safe and "paragraphs 3 and 5" in d.fix.message
    _, [d] = Linter(Selection(select=["NUM001"])).lint_text(draft.replace(text, "no reference"), "t.undoc.md")
    assert d.fix.safe


@pytest.mark.parametrize("language, text", [
    ("en", "in line with paragraph 4 of decision 2021/3 and paragraphs 3 and 5 of the annex to resolution 75/224"),
    ("fr", "conformément au paragraphe 4 de la décision 2021/3 et au paragraphe 3 de l'annexe"),
    ("es", "de conformidad con el párrafo 4 de la decisión 2021/3"),
    ("ru", "в соответствии с пунктом 4 решения 2021/3"),
    ("ar", "وفقا للفقرة 4 من المقرر 2021/3"),
    ("zh", "依照第 2021/3 号决定第 4 段"),
])
def test_references_to_paragraphs_of_another_instrument_are_not_this_texts(language, text):
    # (they made NUM001's renumbering unsafe in most real drafts: a hunt)
    doc = parse_text(f"---\nlanguage: {language}\n---\n\n{text}\n", "t.undoc.md")
    assert paragraph_references(doc) == set()


def test_paragraph_of_the_present_resolution_is_this_texts():
    doc = parse_text("---\nlanguage: en\n---\n\nas set out in paragraph 4 of the present resolution\n", "t.undoc.md")
    assert paragraph_references(doc) == {4}


@pytest.mark.parametrize("language, text, numbers", [
    ("en", "as set out in paragraph\u00a03 above and in para. 5", {3, 5}),
    ("en", "as set out in paragraph\n3 above", {3}),
    ("fr", "le par. 3 et le paragraphe 4 de cette décision", {3, 4}),
    ("es", "el párr. 3 y el párrafo 4 de esta decisión", {3, 4}),
    ("ru", "п. 3 и пункт\u00a04", {3, 4}),
    ("ar", "الفقرة\u00a03 من منطوق هذا القرار", {3}),
    ("zh", "上文第３段", {3}),
])
def test_references_with_no_break_spaces_abbreviations_and_demonstratives(language, text, numbers):
    # (each left NUM001's renumbering safe, and the reference then pointed at the next paragraph: an audit)
    doc = parse_text(f"---\nlanguage: {language}\n---\n\n{text}\n", "t.undoc.md")
    assert paragraph_references(doc) == numbers


@pytest.mark.parametrize("language, text, key, values", [
    ("en", "to take up item 3 first, and items 5 and 6", "item_reference", {3, 5, 6}),
    ("en", "subparagraph (c) of paragraph 1 and paragraph 2 (a)", "subparagraph_reference", {3, 1}),
    ("fr", "le point 3 de l'ordre du jour et l'alinéa c) du paragraphe 1", "item_reference", {3}),
    ("fr", "l'alinéa c) du paragraphe 1", "subparagraph_reference", {3}),
    ("es", "el tema 3 del programa y el apartado c)", "item_reference", {3}),
    ("ru", "пункт 3 повестки дня", "item_reference", {3}),
    ("ar", "البند 3 من جدول الأعمال", "item_reference", {3}),
    ("zh", "议程项目 3", "item_reference", {3}),
])
def test_references_to_items_and_subparagraphs(language, text, key, values):
    from undoc_lint.analysis.numbering import marker_references

    doc = parse_text(f"---\nlanguage: {language}\n---\n\n{text}\n", "t.undoc.md")
    assert marker_references(doc, key) == values


def test_relettering_or_renumbering_what_the_text_cites_is_unsafe():
    # (NUM002 and NUM003 reletterd and renumbered safely what `subparagraph (c)` and `item 3` cite: an audit)
    text = ("1. *Requests*:\n\n(a) To report;\n\n(c) To consult;\n\n(d) To act.\n\n"
            "2. *Approves* the agenda:\n\n    1. Opening.\n    3. Adoption.\n    4. Closure.\n\n"
            "3. *Decides* that subparagraph (c) of paragraph 1 applies first, and to take up item 3 first.\n")
    _, diags = Linter(Selection(select=["NUM002", "NUM003"])).lint_text("---\nlanguage: en\n---\n\n" + text, "t.undoc.md")
    fixes = [d.fix for d in diags if d.fix is not None]
    assert len(fixes) == 2 and not any(f.safe for f in fixes) and all("the text refers to" in f.message for f in fixes)


# (heading of decision 2024/1, heading of decision 2024/2, a citation of paragraph 3 of decision 2024/1)
CITED_FROM_ANOTHER_INSTRUMENT = {
    "en": ("## Decision 2024/1: One", "## Decision 2024/2: Two", "as set out in paragraph 3 of decision 2024/1"),
    "fr": ("## Décision 2024/1 : Un", "## Décision 2024/2 : Deux", "conformément au paragraphe 3 de la décision 2024/1"),
    "es": ("## Decisión 2024/1: Uno", "## Decisión 2024/2: Dos", "de conformidad con el párrafo 3 de la decisión 2024/1"),
    "ru": ("## Решение 2024/1: Первое", "## Решение 2024/2: Второе", "в соответствии с пунктом 3 решения 2024/1"),
    "ar": ("## المقرر 2024/1: الأول", "## المقرر 2024/2: الثاني", "وفقا للفقرة 3 من المقرر 2024/1"),
    "zh": ("## 第 2024/1 号决定：一", "## 第 2024/2 号决定：二", "依照第 2024/1 号决定第 3 段"),
}


@pytest.mark.parametrize("language", sorted(CITED_FROM_ANOTHER_INSTRUMENT))
def test_the_renumbering_is_unsafe_when_another_instrument_cites_the_paragraph(language):
    first, second, citation = CITED_FROM_ANOTHER_INSTRUMENT[language]
    draft = f"---\nlanguage: {language}\n---\n\n{first}\n\n1. A.\n\n3. B.\n\n4. C.\n\n{second}\n\n1. {citation}.\n"
    _, [d] = Linter(Selection(select=["NUM001"])).lint_text(draft, "t.undoc.md")
    assert not d.fix.safe and "paragraph 3" in d.fix.message
    # the same paragraph number of another instrument (not the one renumbered): safe
    _, [d] = Linter(Selection(select=["NUM001"])).lint_text(draft.replace("2024/1", "2023/9", 2)
                                                            .replace("2023/9", "2024/1", 1), "t.undoc.md")
    assert d.fix.safe


@pytest.mark.parametrize("language, first, second, citation", [
    ("fr", "## Décision 2024/1 : Un", "## Décision 2024/2 : Deux", "rappelle le paragraphe 3 du dispositif de la décision 2024/1"),
    ("es", "## Decisión 2024/1: Uno", "## Decisión 2024/2: Dos", "recuerda el párrafo 3 de la parte dispositiva de la decisión 2024/1"),
    ("zh", "## 第 2024/1 号决定：一", "## 第 2024/2 号决定：二", "回顾第2024/1号决定第3(a)段"),
    ("zh", "## 第 2024/1 号决定：一", "## 第 2024/2 号决定：二", "回顾第２０２４/１号决定第３段"),
    ("en", "## Decision 2024/1: One", "## Decision 2024/2: Two", "recalls paragraph 3 of the Executive Board's decision 2024/1"),
    ("en", "## Decision 2024/1: One", "## Decision 2024/2: Two", "recalls para 3 of decision 2024/1"),
    ("ar", "## المقرر 2024/1: الأول", "## المقرر 2024/2: الثاني", "الفقرة 3 من مقرر المجلس التنفيذي 2024/1"),
    ("ar", "## المقرر 2024/1: الأول", "## المقرر 2024/2: الثاني", "وفقا للفقرة ٣ من المقرر ٢٠٢٤/١"),
])
def test_more_forms_of_a_citation_from_another_instrument_make_the_renumbering_unsafe(language, first, second, citation):
    # (each left the renumbering safe, and the citation pointing at another paragraph: an audit)
    draft = f"---\nlanguage: {language}\n---\n\n{first}\n\n1. A.\n\n3. B.\n\n4. C.\n\n{second}\n\n1. {citation}.\n"
    _, [d] = Linter(Selection(select=["NUM001"])).lint_text(draft, "t.undoc.md")
    assert not d.fix.safe and "paragraph 3" in d.fix.message
