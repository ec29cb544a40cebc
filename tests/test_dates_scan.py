"""`dates.scan` tries templates only at anchors; it must find exactly what
trying every template at every position finds (the reference below), in
every language, on the examples and on generated text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from undoc_lint.analysis import dates
from undoc_lint.analysis.dates import compiled, document_dates, scan
from undoc_lint.api import parse_text

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
ROOT = Path(__file__).resolve().parent.parent


def reference_scan(text: str, language: str) -> list[tuple]:
    """Every template tried at every position: the longest match wins (the first
    listed of equal ones), and the scan goes on after it."""
    text = text.translate(dates._EUROPEAN_DIGITS)
    comp = compiled(language)
    out, pos = [], 0
    while pos < len(text):
        best = None
        for t in comp.templates:
            m = t.regex().match(text, pos)
            if m is not None and dates._pairs(comp, t, m) and (best is None or m.end() > best[1].end()):
                best = (t, m)
        if best is None:
            pos += 1
            continue
        out.append(key(dates._build(comp, *best, 0)))
        pos = max(best[1].end(), pos + 1)
    return out


def key(d) -> tuple:
    return (d.kind, d.start, d.end, d.first.key(), d.last.key(), d.first.weekday, d.template, d.separator, d.open,
            d.open_mismatch, d.first.written, d.last.written)


def words(language: str) -> list[str]:
    data = compiled(language).data
    names = [w for forms in data.get("month_names") or [] for w in forms]
    names += [w for forms in data.get("weekday_names") or [] for w in forms]
    for c in compiled(language).connectors:
        names += [c["sep"]] + ([c["open"]] if c.get("open") else [])
    return names


PIECES = sorted({w for lang in LANGUAGES for w in words(lang)}) + [
    "1", "5", "29", "31", "9", "2020", "2023", "1999", "12345", "-", "–", "—", " ", " ", "\u00a0", ",", ".", "/",
    "年", "月", "日", "（", "）", "(", ")", "er", "de", "A/RES/", "x", "٢٠٢١", "٥", "года", "\n",
    "２０２１", "２０２３", "５", "２９", "－",  # (full-width digits, read as ASCII ones)
    "le", "el", "Le", "El"]  # the articles of `entre le 9 et le 13 juin`, `desde el 9 hasta el 13 de junio`


def test_examples_scan_as_the_reference_does():
    texts = []
    for path in sorted(ROOT.glob("examples/**/*.undoc.md")):
        doc = parse_text(path.read_text(encoding="utf-8"), str(path))
        texts += [(inline.text, doc.language) for _, inline in doc.inlines() if re.search("[0-9]", inline.text)]
    assert len(texts) > 300
    for text, language in texts:
        assert [key(d) for d in scan(text, language)] == reference_scan(text, language), (language, text)


def test_a_document_scanned_as_one_string_finds_what_each_paragraph_does():
    """document_dates joins a document's paragraphs into one string: nothing may cross a join."""
    for path in sorted(ROOT.glob("examples/**/*.undoc.md")):
        doc = parse_text(path.read_text(encoding="utf-8"), str(path))
        each = [(id(inline), key(d), d.text) for _, inline in doc.inlines() for d in dates.find_dates(inline, doc.language)]
        assert [(id(d.inline), key(d), d.text) for d in document_dates(doc)] == each, path


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), min_size=1, max_size=5))
def test_generated_paragraphs_scanned_as_one_string_find_what_each_does(language, paragraphs):
    text = "\n\n".join("".join(p).strip() or "x" for p in paragraphs) + "\n"
    doc = parse_text(f"---\nlanguage: {language}\n---\n" + text, "t.undoc.md")
    each = [(id(inline), key(d), d.text) for _, inline in doc.inlines() for d in dates.find_dates(inline, language)]
    assert [(id(d.inline), key(d), d.text) for d in document_dates(doc)] == each


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(LANGUAGES), st.lists(st.sampled_from(PIECES), min_size=1, max_size=16),
       st.lists(st.booleans(), min_size=16, max_size=16))
def test_generated_text_scans_as_the_reference_does(language, pieces, spaced):
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, spaced))
    assert [key(d) for d in scan(text, language)] == reference_scan(text, language)


def test_anchor_covers_every_template_start():
    """Wherever a template matches, the anchor says one could begin."""
    for language in LANGUAGES:
        comp = compiled(language)
        for text in ("from 5 to 9 June 2023 and 2020–2023", "du lundi 5 au mardi 6 juin 2023",
                     "Friday, 9 June 2023", "2021 年 6 月 29 日至 7 月 1 日", "с 5 по 9 июня 2023 года",
                     "من 5 إلى 9 حزيران/يونيه 2023", "del 5 al 9 de junio de 2023", "junio de 2023",
                     "From 9 to 5 June 2023", "Between 2023 and 2020", "for the period 1 July 2022 to 30 June 2023",
                     "on 6 June 2023 (Monday)", "entre le 1er juillet 2022 et le 30 juin 2023",
                     "entre le lundi 5 et le vendredi 9 juin 2023", "desde el 9 hasta el 5 de junio de 2023",
                     "entre el 1 de julio de 2022 y el 30 de junio de 2021", "el 5 de junio de 2023 y el 9 de junio",
                     "on April 5–9, 2023 and from April 30 to May 2, 2023", "between April 5 and 6, 2023",
                     "for the period July 1, 2022 to June 30, 2023"):
            anchors = {m.start() for m in comp.anchor().finditer(text)}
            for t in comp.templates:
                for m in re.finditer(f"(?=({t.source}))", text, t.flags):
                    assert m.start() in anchors, (language, t.pattern, text)


@pytest.mark.parametrize("text", [
    "From 9 to 5 June 2023, consultations. Between 2023 and 2020 it grew. From 5–9 June 2023.",
    "for the period 1 July 2022 to 30 June 2021; met on 5 June to discuss; in 2020 to 2030 terms",
    "on 3 May 2023 to postpone, from 5 to 9 June 2023 to 10 June, between 5 to 9 June 2023",
    "on 6 June 2023 (Monday), 5 June 2023 (Monday meeting), 5 June 2023(Monday) and 9 June (Friday)",
])
def test_capitalised_openers_bare_to_and_bracketed_weekdays_scan_as_the_reference_does(text):
    assert [key(d) for d in scan(text, "en")] == reference_scan(text, "en")


@pytest.mark.parametrize("text", [
    "on April 5–9, 2023 and on April 31–May 2, 2023; April 5 and 6, 2023, from April 5 to 9, 2023",
    "between April 5 and 9, 2023, May 9–5, 2023, From April 5–9, 2023 and December 29, 2022–January 2, 2023",
    "Article 5, 2023, 5 and 6, 2023, May 5, 2023 and 6 June 2023, April 5 to April 9, 2023, March 3 and April 5-9, 2023",
    "April 5 and\n6, 2023; April 5 and 9–12, 2023; on 5 April 2023 and May 6, 2023; June 2023–2024; April 5–9, 2023–2024",
])
def test_us_order_ranges_scan_as_the_reference_does(text):
    found = scan(text, "en")
    assert any(d.kind == "range" and d.template.startswith("{month1}") and "{day1}" in d.template for d in found)
    assert [key(d) for d in found] == reference_scan(text, "en")


@pytest.mark.parametrize("language,text", [
    ("fr", "Entre le 9 et le 5 juin 2023, du 9 au 5 juin 2023 et entre le 1er juillet 2022 et le 30 juin 2021."),
    ("fr", "le 5 juin 2023 et le rapport, entre le Conseil et le 5 juin, le 5 juin 2023 et le 9 juin 2023, elle 5 et le 9 juin"),
    ("fr", "entre le lundi 5 et le vendredi 9 juin 2023, entre le 5 et 9 juin 2023, entre le 9 et\nle 13 juin, le 5 et le 9 juin"),
    ("es", "entre el 1 de julio de 2022 y el 30 de junio de 2021, del 9 al 5 de junio de 2023, desde el 9 hasta el 5 de junio de 2023"),
    ("es", "el 5 de junio de 2023 y el informe, entre el Consejo y el 5 de junio, el 5 de junio de 2023 y el 9 de junio de 2023"),
    ("es", "entre el lunes 5 y el viernes 9 de junio de 2023, entre el 5 y 9 de junio, el 1 de enero hasta el 5 de junio, y\nel 9"),
])
def test_ranges_with_articles_scan_as_the_reference_does(language, text):
    found = scan(text, language)
    assert any(d.text.lower().startswith(("entre le", "entre el", "desde el", "le ", "el ")) for d in found)
    assert [key(d) for d in found] == reference_scan(text, language)


def test_the_longest_match_wins_whatever_the_order_of_the_templates(monkeypatch):
    from undoc_lint.analysis import date_templates

    pack = {"language": "xx", "dates": {
        "month_names": [[m] for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]],
        "space": "required", "connectors": [{"sep": "-", "dash": True}],
        "templates": {"date": ["{day} {month}", "{day} {month} {year}"], "range": ["{day1}{sep}{day2} {month2}"]}}}
    monkeypatch.setattr(date_templates, "language_pack", lambda code: pack)
    compiled.cache_clear()
    try:
        found = scan("on 5 Jun 2023 and 6-7 Jul", "xx")
        assert [(d.kind, d.text) for d in found] == [("date", "5 Jun 2023"), ("range", "6-7 Jul")]
        assert [key(d) for d in found] == reference_scan("on 5 Jun 2023 and 6-7 Jul", "xx")
    finally:
        compiled.cache_clear()
